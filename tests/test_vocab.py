"""The vocabulary as checked data: every entry written as normalised text reads it, no entry
twice in one list, and every public list used by the parser.

Text is normalised before anything matches it (NFC, ``hoà`` → ``hòa``, ``uỷ`` → ``ủy``), so an
entry that normalisation would change can never match; a duplicate or an unused list is a sign
of an edit gone wrong."""

from __future__ import annotations

import ast
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

import vnplan
import vnplan.vocab as vocab
from vnplan.text.normalize import unify_tone_marks

PACKAGE = Path(vnplan.__file__).parent
VOCAB = PACKAGE / "vocab"
PUBLIC = [n for n in vocab.__all__ if n.isupper()]


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, tuple | list | set | frozenset):
        for v in value:
            yield from _strings(v)


def test_every_module_name_is_exported() -> None:
    for path in sorted(VOCAB.glob("*.py")):
        if path.name == "__init__.py":
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.AnnAssign | ast.Assign):
                target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
                assert isinstance(target, ast.Name)
                assert target.id in vocab.__all__, f"{path.name}: {target.id}"


@pytest.mark.parametrize("name", PUBLIC)
def test_entries_are_normalised(name: str) -> None:
    if name == "TASK_TABLE_HEADER_PATTERN":
        return  # a pattern built from TASK_TABLE_HEADER_WORDS, not an entry
    bad = [
        s
        for s in _strings(getattr(vocab, name))
        if unify_tone_marks(unicodedata.normalize("NFC", s)) != s
    ]
    assert not bad, f"{name}: normalisation changes {bad}"


def _literal_lists() -> Iterator[tuple[str, list[str]]]:
    """Each list's entries as written in the source (a frozenset would hide a duplicate)."""
    for path in sorted(VOCAB.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.AnnAssign | ast.Assign) or node.value is None:
                continue
            target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
            assert isinstance(target, ast.Name)
            value = node.value
            if isinstance(value, ast.Call) and value.args:  # frozenset({...}) / frozenset([...])
                value = value.args[0]
            if isinstance(value, ast.Dict):
                keys = [k.value for k in value.keys if isinstance(k, ast.Constant)]
                yield target.id, [k for k in keys if isinstance(k, str)]
            elif isinstance(value, ast.Tuple | ast.List | ast.Set):
                consts = [e.value for e in value.elts if isinstance(e, ast.Constant)]
                yield target.id, [c for c in consts if isinstance(c, str)]


LISTS = dict(_literal_lists())


def test_lists_are_read() -> None:
    assert len(LISTS) >= 40 and "SURNAMES" in LISTS and "DOC_TYPES" in LISTS


@pytest.mark.parametrize("name", sorted(LISTS))
def test_no_duplicates(name: str) -> None:
    twice = [w for w, n in Counter(LISTS[name]).items() if n > 1]
    assert not twice, f"{name}: {twice} more than once"


def _code_outside_definitions() -> str:
    """The package's code without the vocabulary's re-exports."""
    return "\n".join(
        p.read_text(encoding="utf-8")
        for p in sorted(PACKAGE.rglob("*.py"))
        if p != VOCAB / "__init__.py"
    )


CODE = _code_outside_definitions()


@pytest.mark.parametrize("name", PUBLIC)
def test_every_list_is_used(name: str) -> None:
    """Used somewhere in vnplan/ besides its own definition (in the parser, or to build
    another list of the vocabulary)."""
    uses = len(regex.findall(rf"\b{name}\b", CODE))
    assert uses >= 2, f"{name} is defined but never used"
