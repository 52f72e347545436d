"""One catalogue of codes: every warning raised in vnplan/ and every conformance finding is in
``vnplan.catalogue`` and in ``docs/data-model.md``, and the catalogue holds nothing unused."""

from __future__ import annotations

import typing
from pathlib import Path

import regex

import vnplan
from vnplan.catalogue import FINDINGS, WARNINGS, WarningCode

PACKAGE = Path(vnplan.__file__).parent
DOCS = (PACKAGE.parent / "docs" / "data-model.md").read_text(encoding="utf-8")
CODE = {p: p.read_text(encoding="utf-8") for p in sorted(PACKAGE.rglob("*.py"))}
# ``warn("code", ...)`` / ``ctx.warn(\n "code"`` / ``notes.append(("code", ...))`` /
# ``code: WarningCode = "code"`` and the
# conditional ``"a" if ... else "b"`` some of them choose between.
_RAISED = regex.compile(
    r'(?:\bwarn\(|notes\.append\(\s*\(|:\s*WarningCode\s*=)\s*"(?P<c>[a-z_0-9]+)"'
    r'(?:\s+if\s[^\n]*?else\s+"(?P<d>[a-z_0-9]+)")?'
)


def _raised() -> set[str]:
    out: set[str] = set()
    for text in CODE.values():
        for m in _RAISED.finditer(text):
            out.update(c for c in (m.group("c"), m.group("d")) if c)
    return out


RAISED = _raised()


def test_the_scan_finds_the_warnings() -> None:
    assert {"number_blank", "issuer_inferred", "encoding_cp1258", "legacy_encoding"} <= RAISED
    assert {"section_number_skipped", "section_number_out_of_order"} <= RAISED


def test_every_raised_code_is_catalogued() -> None:
    assert RAISED - set(WARNINGS) == set()


def test_every_catalogued_warning_is_raised() -> None:
    assert set(WARNINGS) - RAISED == set()


def test_the_type_names_the_catalogue() -> None:
    """``Context.warn`` takes a :data:`WarningCode`, so mypy rejects a code not listed."""
    assert set(typing.get_args(WarningCode)) == set(WARNINGS)


def test_every_code_is_documented() -> None:
    documented = set(regex.findall(r"^\| `([A-Za-z_0-9]+)` \|", DOCS, flags=regex.M))
    assert set(WARNINGS) - documented == set()
    assert {e.code for e in FINDINGS.values()} - documented == set()


def test_every_finding_is_used_by_check() -> None:
    check = CODE[PACKAGE / "check.py"]
    used = set(regex.findall(r'_finding\(\s*"([A-Z_.a-z]+)"', check))
    used |= set(regex.findall(r'"([A-Z_]+(?:\.[a-z_]+)?)" if "[a-z_]+" in f\.codes else', check))
    used |= set(regex.findall(r'else "([A-Z_]+)"\)', check))
    assert set(FINDINGS) - used == set()
    assert used - set(FINDINGS) == set()


def test_messages_fill_in() -> None:
    values = dict.fromkeys(
        ("raw", "form", "type_code", "doc_type", "expected", "date", "authority", "position"),
        "x",
    )
    for key, e in FINDINGS.items():
        assert e.code == key.split(".")[0]
        assert e.vi.format(**values) and e.en.format(**values)
        assert e.severity in ("warning", "error")
    for code, e in WARNINGS.items():
        assert e.code == code and e.vi and e.en
