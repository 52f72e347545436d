"""Akoma Ntoso 3.0 XML of a plan: ``<doc name="plan">`` with FRBR identification from the
number, issuer and date, a ``<preface>`` (type, number, place and date, title), the section
tree as ``<hcontainer>`` / ``<num>`` / ``<heading>`` / ``<paragraph>`` in ``<mainBody>``, and
the recipients and signatures in ``<conclusions>``. Valid against the official XSD (tested)."""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

from vnplan.models import PartialDate, Plan, Section, Signatory

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_E = f"{{{NS}}}"


def _slug(text: str | None, default: str) -> str:
    if not text:
        return default
    t = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = re.sub(r"[^A-Za-z0-9]+", "-", t).strip("-").lower()
    return t or default


def _date(d: PartialDate | None) -> str:
    if d is None:
        return "1900-01-01"
    month = d.month or ((d.quarter - 1) * 3 + 1 if d.quarter else 1)
    return f"{d.year:04d}-{month:02d}-{d.day or 1:02d}"


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, _E + tag, {k.rstrip("_"): v for k, v in attrs.items()})
    if text is not None:
        el.text = text
    return el


def _identification(meta: etree._Element, plan: Plan) -> None:
    issuer = plan.issuer.name if plan.issuer else None
    number = plan.number.raw if plan.number else None
    date = _date(plan.date)
    work = f"/akn/vn/doc/plan/{_slug(issuer, 'unknown')}/{date}/{_slug(number, 'unnumbered')}"
    expr = f"{work}/vie@"
    ident = _el(meta, "identification", source="#vnplan")
    for level, uri in (
        ("FRBRWork", work),
        ("FRBRExpression", expr),
        ("FRBRManifestation", f"{expr}/!main.xml"),
    ):
        frbr = _el(ident, level)
        _el(frbr, "FRBRthis", value=f"{uri}/!main" if level != "FRBRManifestation" else uri)
        _el(frbr, "FRBRuri", value=uri)
        _el(frbr, "FRBRdate", date=date, name="issued" if plan.date else "unknown")
        _el(frbr, "FRBRauthor", href="#issuer" if issuer else "#vnplan")
        if level == "FRBRWork":
            _el(frbr, "FRBRcountry", value="vn")
            if number:
                _el(frbr, "FRBRnumber", value=number)
        if level == "FRBRExpression":
            _el(frbr, "FRBRlanguage", language="vie")
    refs = _el(meta, "references", source="#vnplan")
    _el(
        refs, "TLCOrganization", eId="vnplan", href="/ontology/organization/vnplan", showAs="vnplan"
    )
    if issuer:
        _el(
            refs,
            "TLCOrganization",
            eId="issuer",
            href=f"/ontology/organization/vn/{_slug(issuer, 'issuer')}",
            showAs=issuer,
        )
    for i, s in enumerate(plan.signatories, 1):
        if s.name:
            _el(
                refs,
                "TLCPerson",
                eId=f"signer_{i}",
                href=f"/ontology/person/vn/{_slug(s.name, 'person')}",
                showAs=s.name,
            )


def _preface(doc: etree._Element, plan: Plan) -> None:
    preface = _el(doc, "preface")
    if plan.issuer:
        p = _el(preface, "p", class_="issuer")
        _el(p, "docAuthority", plan.issuer.name)
    p = _el(preface, "p", class_="number")
    if plan.number:
        _el(p, "docNumber", plan.number.raw)
    else:
        p.text = "Số:"
    if plan.place or plan.date:
        p = _el(preface, "p", class_="placeAndDate")
        p.text = (plan.place or "") + (", " if plan.place and plan.date else "")
        if plan.date:
            _el(p, "docDate", str(plan.date), date=_date(plan.date))
    p = _el(preface, "p", class_="title")
    _el(p, "docType", plan.doc_type or "KẾ HOẠCH")
    if plan.title:
        _el(p, "docTitle", plan.title)


class _Ids:
    def __init__(self) -> None:
        self.n = 0

    def next(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}_{self.n}"


def _section(parent: etree._Element, s: Section, ids: _Ids) -> None:
    if s.kind == "paragraph" or (not s.children and s.kind in ("dash", "plus", "star")):
        para = _el(parent, "paragraph", eId=ids.next("para"))
        if s.num and s.kind not in ("paragraph",):
            _el(para, "num", s.num)
        content = _el(para, "content")
        _el(content, "p", s.text)
        return
    hc = _el(parent, "hcontainer", name=s.kind, eId=ids.next("hcontainer"))
    if s.num:
        _el(hc, "num", s.num)
    heading = s.title if s.title else None
    if heading:
        _el(hc, "heading", heading)
    rest = (
        s.text
        if not heading
        else (s.text[len(heading) :].lstrip(" :.-–") if s.text.startswith(heading) else "")
    )
    if s.children:
        if rest:
            intro = _el(hc, "intro")
            _el(intro, "p", rest)
        for c in s.children:
            _section(hc, c, ids)
    else:
        content = _el(hc, "content")
        _el(content, "p", rest or s.text)


def _signature(parent: etree._Element, s: Signatory, i: int) -> None:
    p = _el(parent, "p", class_="signature")
    sig = _el(p, "signature")
    for a in s.chain or []:
        _el(
            sig,
            "role",
            f"{a.authority or ''} {a.on_behalf_of or ''}".strip(),
            refersTo="#signer_role",
        )
    if s.position:
        _el(sig, "role", s.position, refersTo="#signer_role")
    if s.name:
        person = _el(sig, "person", refersTo=f"#signer_{i}", as_="#signer_role")
        person.text = f"{s.rank} {s.name}" if s.rank else s.name


def to_akn(plan: Plan) -> str:
    """The plan as an Akoma Ntoso 3.0 document."""
    root = etree.Element(_E + "akomaNtoso", nsmap={None: NS})
    doc = _el(root, "doc", name="plan")
    meta = _el(doc, "meta")
    _identification(meta, plan)
    if any(s.chain or s.position for s in plan.signatories):
        refs = meta.find(_E + "references")
        assert refs is not None
        _el(refs, "TLCRole", eId="signer_role", href="/ontology/role/vn/signer", showAs="Signer")
    _preface(doc, plan)
    body = _el(doc, "mainBody")
    ids = _Ids()
    for s in plan.sections:
        _section(body, s, ids)
    if not plan.sections:
        para = _el(body, "paragraph", eId="para_0")
        _el(_el(para, "content"), "p", plan.title or "")
    if plan.recipients or plan.signatories:
        concl = _el(doc, "conclusions")
        if plan.recipients:
            block = _el(concl, "blockList", eId="recipients")
            _el(block, "listIntroduction", "Nơi nhận:")
            for k, r in enumerate(plan.recipients, 1):
                _el(_el(block, "item", eId=f"recipients__item_{k}"), "p", r.text)
        for i, signer in enumerate(plan.signatories, 1):
            _signature(concl, signer, i)
    xml: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return xml.decode("utf-8")
