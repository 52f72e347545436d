"""A readable Markdown summary of a plan."""

from __future__ import annotations

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


def to_markdown(plan: Plan) -> str:
    """Header table, sections, assignments per unit, phases, budget, closing and warnings."""
    out: list[str] = [f"# {plan.doc_type or 'KẾ HOẠCH'}: {plan.title or '(no title)'}", ""]
    issuer = plan.issuer
    rows = [
        ("Kind", plan.kind),
        ("Number", plan.number.raw if plan.number else None),
        ("Issuer", (issuer.name + (" (inferred)" if issuer.inferred else "")) if issuer else None),
        ("Superior body", issuer.parent if issuer else None),
        ("Place", plan.place),
        ("Date", str(plan.date) if plan.date else None),
        (
            "Period",
            f"{plan.period.start or '?'} – {plan.period.end or '?'}" if plan.period else None,
        ),
    ]
    out += ["| Field | Value |", "|---|---|"]
    out += [f"| {k} | {_cell(v)} |" for k, v in rows]
    for name, items in (("Purposes", plan.purposes), ("Requirements", plan.requirements)):
        if items:
            out += ["", f"## {name}", ""] + [f"- {i.text}" for i in items]
    if plan.sections:
        out += ["", "## Sections", ""]
        _sections(out, plan.sections)
    if plan.assignments:
        out += ["", "## Assignments", "", "| Unit | Code | Tasks |", "|---|---|---|"]
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
        out += ["", "## Phases", ""]
        for p in plan.phases:
            when = f"{p.start or '?'} – {p.end or '?'}" if (p.start or p.end) else ""
            out.append(f"- **{p.label}** {when} {p.condition or ''}".rstrip())
    if plan.budget is not None:
        b = plan.budget
        out += ["", "## Budget", ""]
        if b.sources:
            out.append(f"- Sources: {', '.join(b.sources)}")
        out += [f"- {a.raw} ({a.value:,.0f} đồng)" for a in b.amounts]
        if not b.sources and not b.amounts:
            out.append(f"- {b.text[:300]}")
    if plan.references:
        out += ["", "## References", ""]
        out += [
            f"- {_reference(r.type, r.raw)}" + (f" ({r.date})" if r.date else "")
            for r in plan.references
        ]
    if plan.recipients:
        out += ["", "## Recipients", ""] + [f"- {r.text}" for r in plan.recipients]
    if plan.signatories:
        out += ["", "## Signatories", ""]
        for s in plan.signatories:
            chain = " / ".join(f"{a.authority} {a.on_behalf_of}" for a in s.chain)
            parts = [chain, s.position, s.rank, s.name]
            out.append("- " + " / ".join(p for p in parts if p))
    if plan.warnings:
        out += ["", "## Warnings", ""] + [f"- `{w.code}`: {w.message}" for w in plan.warnings]
    return "\n".join(out) + "\n"
