"""A readable Markdown summary of a plan."""

from __future__ import annotations

from vnplan.export.labels import LABELS
from vnplan.models import Plan, Section


def _cell(text: str | None) -> str:
    return (text or "—").replace("|", "\\|").replace("\n", " ")


def _sections(out: list[str], sections: list[Section], depth: int = 0) -> None:
    for s in sections:
        if s.kind == "paragraph":
            continue
        label = f"{s.num} " if s.num and s.kind not in ("dash", "plus", "star") else ""
        head = s.title or (s.text[:100] + ("…" if len(s.text) > 100 else ""))
        out.append(f"{'  ' * depth}- {label}{head}")
        if depth < 2:
            _sections(out, s.children, depth + 1)


def _reference(kind: str | None, raw: str) -> str:
    """A reference as read: its type before it unless the text already starts with it
    ("Luật sửa đổi, bổ sung ...", not "Luật Luật sửa đổi ...")."""
    if not kind or raw.casefold().startswith(kind.casefold()):
        return raw
    return f"{kind} {raw}"


def to_markdown(plan: Plan, *, lang: str = "en") -> str:
    """Header table, sections, assignments per unit, phases, budget, closing and warnings,
    labelled in English (``lang="en"``) or Vietnamese (``"vi"``)."""
    t = LABELS[lang]
    out: list[str] = [f"# {plan.doc_type or 'KẾ HOẠCH'}: {plan.title or t['no_title']}", ""]
    issuer = plan.issuer
    rows = [
        (t["kind"], plan.kind),
        (t["number"], plan.number.raw if plan.number else None),
        (
            t["issuer"],
            (issuer.name + (f" ({t['inferred']})" if issuer.inferred else "")) if issuer else None,
        ),
        (t["parent"], issuer.parent if issuer else None),
        (t["place"], plan.place),
        (t["date"], str(plan.date) if plan.date else None),
        (
            t["period"],
            f"{plan.period.start or '?'} – {plan.period.end or '?'}" if plan.period else None,
        ),
    ]
    out += [f"| {t['field']} | {t['value']} |", "|---|---|"]
    out += [f"| {k} | {_cell(v)} |" for k, v in rows]
    for name, items in ((t["purposes"], plan.purposes), (t["requirements"], plan.requirements)):
        if items:
            out += ["", f"## {name}", ""] + [f"- {i.text}" for i in items]
    if plan.sections:
        out += ["", f"## {t['sections']}", ""]
        _sections(out, plan.sections)
    if plan.assignments:
        out += ["", f"## {t['assignments']}", ""]
        out += [f"| {t['unit']} | {t['code']} | {t['tasks']} |", "|---|---|---|"]
        for a in plan.assignments:
            first = (
                a.tasks[0].text[:120] + ("…" if len(a.tasks[0].text) > 120 else "")
                if a.tasks
                else ""
            )
            out.append(
                f"| {_cell(a.unit.name)} | {_cell(a.unit.code)} | {len(a.tasks)}: {_cell(first)} |"
            )
    if plan.phases:
        out += ["", f"## {t['phases']}", ""]
        for p in plan.phases:
            when = f"{p.start or '?'} – {p.end or '?'}" if (p.start or p.end) else ""
            out.append(f"- **{p.label}** {when} {p.condition or ''}".rstrip())
    if plan.budget is not None:
        b = plan.budget
        out += ["", f"## {t['budget']}", ""]
        if b.sources:
            out.append(f"- {t['sources']}: {', '.join(b.sources)}")
        out += [f"- {a.raw} ({a.value:,.0f} đồng)" for a in b.amounts]
        if not b.sources and not b.amounts:
            out.append(f"- {b.text[:300]}")
    if plan.references:
        out += ["", f"## {t['references']}", ""]
        out += [
            f"- {_reference(r.type, r.raw)}" + (f" ({r.date})" if r.date else "")
            for r in plan.references
        ]
    if plan.recipients:
        out += ["", f"## {t['recipients']}", ""] + [f"- {r.text}" for r in plan.recipients]
    if plan.signatories:
        out += ["", f"## {t['signatories']}", ""]
        for s in plan.signatories:
            chain = " / ".join(f"{a.authority} {a.on_behalf_of}" for a in s.chain)
            parts = [chain, s.position, s.rank, s.name]
            out.append("- " + " / ".join(p for p in parts if p))
    if plan.warnings:
        out += ["", f"## {t['warnings']}", ""]
        out += [f"- `{w.code}`: {w.message}" for w in plan.warnings]
    return "\n".join(out) + "\n"
