"""What every reader returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from vnplan.catalogue import WarningCode


@dataclass
class Document:
    """A file's text as its reader produced it.

    ``paragraph_lines``: every line is a whole paragraph (Word, PDF after layout analysis), so
    the text stage must not re-join lines; plain text leaves that to the wrap heuristics.
    ``blank_separated``: the lines are printed lines and only blank lines set paragraphs
    apart (a PDF printed from a text file), so lines between two blank lines are re-joined.
    Columns of a line that sit apart on the page are separated by a tab.
    ``origins``: where each line of ``text`` came from, of the kind ``origin_kind`` (a PDF's
    page, 1-based; a .docx body element, 0-based; None for a line of none, such as a
    footnote), or empty when the reader does not know.
    ``bold_lines``: the lines (0-based) the file sets as headings by their looks alone, bold
    or in a heading style, with no number (a .docx whose automatic numbering was lost).
    """

    text: str
    format: str
    notes: list[tuple[WarningCode, str]] = field(default_factory=list)
    paragraph_lines: bool = False
    blank_separated: bool = False
    origins: list[int | None] = field(default_factory=list)
    bold_lines: frozenset[int] = frozenset()
    origin_kind: Literal["page", "paragraph"] | None = None
