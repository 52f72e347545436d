"""The small interface to underthesea (Vietnamese word segmentation and POS tags).

Imported lazily, on first use, and only ever asked for ``word_tokenize`` and ``pos_tag``: both
work offline from the pip package. Its other functions (classify, lang_detect,
dependency_parse, deep NER) download models and are never called; ``HF_HUB_OFFLINE`` and
``TRANSFORMERS_OFFLINE`` are set during the import (and restored after it: a library leaves
its host's environment alone) so that nothing imported then can reach a hub by accident. The
import runs shielded from ``timeout=`` (see ``vnplan._deadline``): a timer that fired
inside it would leave underthesea half-imported for the rest of the process.

Measured here: ``pos_tag`` costs about 2 ms per clause once warm (the import and the model
about 1 s once per process), while a whole text plan parses in 5-10 ms, and it tags words of
unit names as verbs (``Đầu tư`` in ``Sở Kế hoạch và Đầu tư``). So the extractors find units
and clause boundaries by rule, and ask this module only what rules cannot decide: whether an
unknown phrase before ``chủ trì`` is a noun phrase (a unit) at all; where a name ends before a
lower-case verb no word list holds (``Phòng Kế hoạch - Tài vụ bảo đảm kinh phí, ...``, in
``units._tagged_stop``); whether the word after ``Phòng,`` is the verb of ``Phòng, chống``;
whether a clause word is the second half of a noun (``chương trình``). A verb in capitals is
taken for part of a name, which is what the tagger's errors on names need.

underthesea returns NFC and re-spaced tokens; ``tag()`` maps every token back to its
offsets in the text it was given.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from vnplan._deadline import shielded

_OFFLINE = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
_LOCK = threading.Lock()
_MODULE: Any = None
_FAILED = False


@dataclass(frozen=True, slots=True)
class Token:
    """A word (one or more syllables), its POS tag and its offsets in the input."""

    text: str
    tag: str
    start: int
    end: int


def enabled() -> bool:
    """NLP is on unless ``VNPLAN_NLP=0`` (rules alone then decide; for benchmarks and for
    environments without underthesea)."""
    return os.environ.get("VNPLAN_NLP", "1") not in ("0", "false", "off")


@contextlib.contextmanager
def _offline_env() -> Iterator[None]:
    """The hub libraries' offline switches on while the block runs, then as they were."""
    saved = {k: os.environ.get(k) for k in _OFFLINE}
    for k in _OFFLINE:
        os.environ.setdefault(k, "1")
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _underthesea() -> Any | None:
    global _MODULE, _FAILED
    if not enabled():
        return None
    if _MODULE is not None or _FAILED:
        return _MODULE
    with shielded(), _LOCK:
        if _MODULE is None and not _FAILED:
            try:
                with _offline_env():
                    import underthesea

                    # The first call loads the tagger's model: part of the import's cost
                    # and, like it, not to be cut by a timer.
                    underthesea.pos_tag("Sở Y tế")
                _MODULE = underthesea
            except Exception:  # not installed or broken: the rules work without it
                _FAILED = True
    return _MODULE


def available() -> bool:
    """Whether underthesea can be used here."""
    return _underthesea() is not None


def _align(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Offsets of underthesea's (re-spaced) words in ``text``."""
    spans = []
    pos = 0
    for w in words:
        parts = w.split()
        start = -1
        cur = pos
        for k, part in enumerate(parts):
            i = text.find(part, cur)
            if i < 0:
                break
            if k == 0:
                start = i
            cur = i + len(part)
        if start < 0:
            spans.append((pos, pos))
            continue
        spans.append((start, cur))
        pos = cur
    return spans


@lru_cache(maxsize=4096)
def _pos(text: str) -> tuple[tuple[str, str], ...]:
    mod = _MODULE
    try:
        return tuple((w, t) for w, t in mod.pos_tag(text))
    except Exception as e:
        from vnplan.errors import VnplanError

        if isinstance(e, VnplanError):  # a parse timeout must not be swallowed here
            raise
        return ()


def tag(text: str) -> list[Token]:
    """POS-tagged words of a short text (a clause), with offsets into ``text``.

    Empty when underthesea is not available: callers must work without it.
    """
    if _underthesea() is None:
        return []
    pairs = _pos(text)
    spans = _align(text, [w for w, _ in pairs])
    return [Token(w, t, s, e) for (w, t), (s, e) in zip(pairs, spans, strict=True)]


_NOUNISH = {"N", "Np", "Nc", "Ny", "Nu", "M", "L", "CH", "C"}


def is_noun_phrase(text: str) -> bool | None:
    """Whether ``text`` is a noun phrase (only nouns, proper nouns, numerals, conjunctions
    and punctuation, and at least one proper noun); None when underthesea is unavailable."""
    toks = tag(text)
    if not toks:
        return None
    return all(t.tag in _NOUNISH for t in toks) and any(t.tag in ("Np", "Ny") for t in toks)


def inside_a_word(text: str, start: int) -> bool:
    """Whether the syllable at ``start`` is the second half of a longer word (the "trình"
    of the noun "chương trình", not the verb "trình"); False when underthesea is
    unavailable."""
    return any(t.start < start < t.end for t in tag(text))
