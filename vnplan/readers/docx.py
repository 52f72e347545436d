"""Word .docx: paragraphs and tables in document order, as Word shows them.

``Paragraph.text`` of python-docx loses text that real plans carry — tracked insertions
(``w:ins``), content controls (``w:sdt``, often the date), simple fields (``w:fldSimple``),
hyperlinks, text boxes — and has no automatic numbering; ``doc.paragraphs`` skips tables. So
the body is walked here element by element: insertions kept, deletions dropped, field results
kept and field codes dropped, text boxes read once (``mc:Choice``, not its fallback copy),
numbering rendered from numbering.xml. Page headers and footers are not part of the body.

Layout tables (the two-column header: issuer and number | motto, place and date; the closing:
``Nơi nhận`` | signature) are read column by column so that the columns never interleave;
other tables row by row, cells separated by a tab.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from vnplan.errors import EncryptedError, TooLargeError, UnreadableError, VnplanError
from vnplan.readers.base import Document
from vnplan.readers.numbering import Numbering, W
from vnplan.text import legacy

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_RECURSE = {
    f"{W}{t}"
    for t in (
        "ins",
        "hyperlink",
        "smartTag",
        "customXml",
        "fldSimple",
        "bdo",
        "dir",
        "moveTo",
        "sdtContent",
    )
}
_SKIP = {
    f"{W}{t}"
    for t in (
        "del",
        "moveFrom",
        "pPr",
        "rPr",
        "proofErr",
        "bookmarkStart",
        "bookmarkEnd",
        "commentRangeStart",
        "commentRangeEnd",
    )
}
_LAYOUT_WORDS = (
    "CỘNG HÒA",
    "CỘNG HOÀ",
    "Độc lập",
    "ĐẢNG CỘNG SẢN",
    "Nơi nhận",
    "NƠI NHẬN",
    "KT.",
    "TM.",
    "TL.",
    "T/M",
    "K/T",
    "Số:",
    "Số ",
)

#: Largest total uncompressed size of a .docx's parts (zip-bomb guard).
DEFAULT_MAX_UNZIPPED = 200 * 1024 * 1024


def _check_zip(data: bytes, max_unzipped: int) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            if any(i.flag_bits & 0x1 for i in infos):
                raise EncryptedError("the .docx parts are encrypted")
            # Declared sizes can lie, but zipfile never inflates a member past its declared
            # size (it stops there and fails the CRC: tests/test_hostile.py), so checking the
            # declared sizes bounds what reading can produce.
            total = sum(i.file_size for i in infos)
            if total > max_unzipped:
                raise TooLargeError(
                    f".docx unpacks to {total} bytes, over the limit of "
                    f"{max_unzipped} (a zip bomb?)"
                )
            for i in infos:
                if i.compress_size and i.file_size / i.compress_size > 1000 and i.file_size > 1e6:
                    raise TooLargeError(
                        f"zip member {i.filename!r} expands {i.file_size} bytes "
                        f"from {i.compress_size}: refused as a zip bomb"
                    )
    except (zipfile.BadZipFile, OSError, EOFError) as e:
        raise UnreadableError(f"corrupt .docx (bad zip): {e}") from e
    except Exception as e:  # zlib.error and the like from a damaged member
        if isinstance(e, VnplanError):
            raise
        raise UnreadableError(f"corrupt .docx: {type(e).__name__}: {e}") from e


def _legacy_font(font: str | None) -> tuple[str, bool] | None:
    """(encoding, upper-case font) for a legacy Vietnamese font name."""
    if not font:
        return None
    f = font.strip()
    if f.startswith(".Vn"):
        return "tcvn3", f.endswith("H")
    if f.upper().startswith("VNI"):
        return "vni", False
    return None


_MERGED = object()  # the lower part of a vertically merged table cell


class _Budget:
    """Characters of text the walk may still produce: a small file can expand (numbering,
    cells merged down over many rows, one part reached many times), so the text is capped
    as the file is."""

    def __init__(self, limit: int | None) -> None:
        self.left = limit

    def spend(self, n: int) -> None:
        if self.left is None:
            return
        self.left -= n
        if self.left < 0:
            raise TooLargeError(
                "the .docx expands to more text than max_bytes allows (a numbering or "
                "merged-cell bomb?)"
            )


def _on(el: Any) -> bool:
    """A toggle property (``w:b``) that is set and not switched off."""
    return el is not None and el.get(f"{W}val", "true") not in ("0", "false", "off")


def _emphasised(p: Any) -> bool:
    """The paragraph is a heading by its looks: a Heading/Title style, or every run with
    text set bold in its own run properties."""
    style = p.find(f"{W}pPr/{W}pStyle")
    if style is not None and (style.get(f"{W}val") or "").lower().startswith(("heading", "title")):
        return True
    runs = [r for r in p.iter(f"{W}r") if "".join(t.text or "" for t in r.iter(f"{W}t")).strip()]
    return bool(runs) and all(_on(r.find(f"{W}rPr/{W}b")) for r in runs)


class _Walker:
    def __init__(
        self,
        numbering: Numbering,
        default_font: str | None = None,
        budget: _Budget | None = None,
    ) -> None:
        self.numbering = numbering
        self.default_font = default_font
        self.lines: list[str] = []
        self.bold: set[int] = set()  # lines of a bold or heading-styled paragraph, unnumbered
        self.legacy_runs = 0
        self.budget = budget or _Budget(None)

    # -- block level ---------------------------------------------------------------------
    def body(self, el: Any) -> list[int]:
        """Walk the document's body; return each line's body element (0-based)."""
        origins: list[int] = []
        for i, child in enumerate(el):
            self._child(child)
            origins.extend([i] * (len(self.lines) - len(origins)))
        return origins

    def block(self, el: Any) -> None:
        for child in el:
            self._child(child)

    def _child(self, child: Any) -> None:
        tag = child.tag
        if tag == f"{W}p":
            self.paragraph(child)
        elif tag == f"{W}tbl":
            self.table(child)
        elif tag in (f"{W}sdt",):
            content = child.find(f"{W}sdtContent")
            if content is not None:
                self.block(content)
        elif tag in (f"{W}customXml", f"{W}ins", f"{W}moveTo"):
            self.block(child)

    def paragraph(self, p: Any) -> None:
        parts: list[str] = []
        boxes: list[Any] = []
        self._inline(p, parts, boxes)
        text = "".join(parts)
        self.budget.spend(len(text) + 1)
        label = self.numbering.label(p)
        if label:
            text = f"{label} {text.lstrip()}"
        elif text.strip() and "\n" not in text and _emphasised(p):
            self.bold.add(len(self.lines))  # a heading whose number Word's numbering lost
        # A manual line break (w:br) inside a sentence only wraps it: a piece that starts in
        # lower case continues the line; "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" stay two lines.
        pieces: list[str] = []
        for piece in text.split("\n"):
            if pieces and piece.strip()[:1].islower() and pieces[-1].strip():
                pieces[-1] = pieces[-1].rstrip() + " " + piece.strip()
            else:
                pieces.append(piece)
        self.lines.extend(pieces)
        for box in boxes:
            self.block(box)

    def _inline(self, el: Any, out: list[str], boxes: list[Any]) -> None:
        for child in el:
            tag = child.tag
            if tag == f"{W}r":
                self._run(child, out, boxes)
            elif tag in _RECURSE:
                self._inline(child, out, boxes)
            elif tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    self._inline(content, out, boxes)
            elif tag == f"{MC}AlternateContent":
                choice = child.find(f"{MC}Choice")
                if choice is not None:
                    self._inline(choice, out, boxes)

    def _run(self, r: Any, out: list[str], boxes: list[Any]) -> None:
        fonts = r.find(f"{W}rPr/{W}rFonts")
        font = self.default_font
        if fonts is not None:
            font = fonts.get(f"{W}ascii") or fonts.get(f"{W}hAnsi") or font
        enc = _legacy_font(font)
        if enc is not None:
            # A run typed in a TCVN3 (.VnTime) or VNI font: convert its text on its own.
            self.legacy_runs += 1
            piece: list[str] = []
            self._run_text(r, piece, boxes)
            out.append(legacy.convert("".join(piece), enc[0], upper=enc[1]))
            return
        self._run_text(r, out, boxes)

    def _run_text(self, r: Any, out: list[str], boxes: list[Any]) -> None:
        for c in r:
            tag = c.tag
            if tag == f"{W}t":
                out.append(c.text or "")
            elif tag == f"{W}tab" or tag == f"{W}ptab":
                out.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                out.append("\n")
            elif tag == f"{W}noBreakHyphen":
                out.append("-")
            elif tag == f"{MC}AlternateContent":
                choice = c.find(f"{MC}Choice")
                if choice is not None:
                    boxes.extend(choice.iter(f"{W}txbxContent"))
            elif tag in (f"{W}drawing", f"{W}pict", f"{W}object"):
                boxes.extend(c.iter(f"{W}txbxContent"))

    # -- tables --------------------------------------------------------------------------
    def _cells(self, tbl: Any) -> list[list[Any]]:
        """Each row's cells by grid column: a ``w:tc``, ``_MERGED`` for the lower part of a
        vertically merged cell, or ``None`` for a column a cell to its left spans."""
        rows = []
        for tr in tbl.findall(f"{W}tr"):
            cells: list[Any] = []
            for tc in tr.findall(f"{W}tc"):
                vm = tc.find(f"{W}tcPr/{W}vMerge")
                if vm is not None and vm.get(f"{W}val", "continue") == "continue":
                    cells.append(_MERGED)
                else:
                    cells.append(tc)
                span = tc.find(f"{W}tcPr/{W}gridSpan")
                try:
                    extra = int(span.get(f"{W}val", "1")) - 1 if span is not None else 0
                except ValueError:
                    extra = 0
                cells.extend([None] * min(max(extra, 0), 64))
            rows.append(cells)
        return rows

    def _cell_lines(self, tc: Any) -> list[str]:
        sub = _Walker(self.numbering, self.default_font, self.budget)
        sub.block(tc)
        self.legacy_runs += sub.legacy_runs
        return sub.lines

    @staticmethod
    def _blocks_side_by_side(read: dict[int, list[str]]) -> bool:
        """A small table whose every cell is a block of short lines (a joint plan's two
        signature blocks "SỞ Y TẾ / GIÁM ĐỐC / ... / Vũ Thị Lan" with no KT./TM.), not a
        table of data whose cells are sentences. ``read``: each cell's lines."""
        cells = [c for c in ([ln for ln in lines if ln.strip()] for lines in read.values()) if c]
        return (
            len(cells) >= 2
            and all(len(c) >= 2 for c in cells)
            and any(len(c) >= 3 for c in cells)
            and all(len(ln.split()) <= 10 for c in cells for ln in c)
        )

    def table(self, tbl: Any) -> None:
        rows = self._cells(tbl)
        ncols = max((len(r) for r in rows), default=0)
        text = "".join(t.text or "" for t in tbl.iter(f"{W}t"))
        # Each cell is walked once (a walk spends the size budget and counts legacy runs).
        read: dict[int, list[str]] = {}

        def lines_of(tc: Any) -> list[str]:
            if id(tc) not in read:
                read[id(tc)] = self._cell_lines(tc)
            return read[id(tc)]

        layout = ncols <= 3 and len(rows) <= 8 and any(w in text for w in _LAYOUT_WORDS)
        if not layout and ncols <= 3 and len(rows) <= 3:
            for row in rows:
                for tc in row:
                    if tc is not None and tc is not _MERGED:
                        lines_of(tc)
            layout = self._blocks_side_by_side(read)
        if layout:
            # Column by column: the issuer block, then the motto and date; recipients, then
            # the signature.
            for j in range(ncols):
                for row in rows:
                    if j < len(row) and row[j] is not None and row[j] is not _MERGED:
                        cell = lines_of(row[j])
                        if any(ln.strip() for ln in cell):
                            self.lines.append("")
                            self.lines.extend(cell)
            self.lines.append("")
            return
        self.lines.append("")
        above: dict[int, str] = {}  # each grid column's last cell text
        for row in rows:
            # A cell merged down over several rows (one lead unit for several tasks) holds
            # its text in each of them, as the reader of the printed table takes it; a column
            # that a cell to its left spans stays an empty cell, so that cells keep columns.
            cells: list[str] = []
            for j, tc in enumerate(row):
                if tc is _MERGED:
                    cells.append(above.get(j, ""))
                    self.budget.spend(len(cells[-1]))  # the text again, in this row
                elif tc is None:
                    cells.append("")
                else:
                    cells.append(_cell_text([x.strip() for x in lines_of(tc) if x.strip()]))
            above.update(enumerate(cells))
            if any(cells):
                self.lines.append("\t".join(cells))
        self.lines.append("")


def _cell_text(paragraphs: list[str]) -> str:
    """A table cell's paragraphs on one line: a paragraph that ends without punctuation and is
    followed by one in capitals is an item of its own ("Hội LHPN các xã, phường" / "Hội Nông
    dân các xã, phường" in a lead column), parted by a semicolon as a list of bodies is."""
    out = ""
    for k, p in enumerate(paragraphs):
        if k:
            sep = "; " if p[:1].isupper() and not out.endswith((",", ";", ":", ".", "-")) else " "
            out += sep
        out += p
    return out


def read_docx(
    data: bytes, *, max_unzipped: int = DEFAULT_MAX_UNZIPPED, max_chars: int | None = None
) -> Document:
    """Read a .docx file's body as text, one line per paragraph.

    ``max_chars`` caps the text the file expands to (``TooLargeError`` past it)."""
    _check_zip(data, max_unzipped)
    import docx  # imported here: a text-only user never pays for it

    try:
        d = docx.Document(io.BytesIO(data))
    except (KeyError, ValueError, zipfile.BadZipFile, OSError, EOFError) as e:
        raise UnreadableError(f"corrupt .docx: {type(e).__name__}: {e}") from e
    except Exception as e:  # lxml.etree.XMLSyntaxError and python-docx's own errors
        if isinstance(e, VnplanError):
            raise
        raise UnreadableError(f"corrupt .docx: {type(e).__name__}: {e}") from e
    numbering_el = None
    try:
        numbering_el = d.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        numbering_el = None
    try:
        styles_el = d.styles.element
    except (KeyError, AttributeError):
        styles_el = None
    walker = _Walker(
        Numbering.load(numbering_el, styles_el), _default_font(styles_el), _Budget(max_chars)
    )
    origins = walker.body(d.element.body)
    _notes(d, walker)
    # Footnotes and endnotes, printed after the body, come from no body element.
    found: list[int | None] = [*origins, *[None] * (len(walker.lines) - len(origins))]
    doc = Document(
        text="\n".join(walker.lines),
        format="docx",
        paragraph_lines=True,
        bold_lines=frozenset(walker.bold),
        origins=found,
        origin_kind="paragraph",
    )
    if walker.legacy_runs:
        doc.notes.append(
            (
                "legacy_encoding",
                f"{walker.legacy_runs} run(s) in TCVN3/VNI fonts converted to Unicode",
            )
        )
    else:
        enc = legacy.detect(doc.text)  # legacy text in a font the styles do not name
        if enc is not None:
            doc.text = legacy.convert(doc.text, enc)
            doc.notes.append(
                (
                    "legacy_encoding",
                    f"text was in the legacy {enc.upper()} encoding; converted to Unicode",
                )
            )
    return doc


def _notes(d: Any, walker: _Walker) -> None:
    """Footnotes and endnotes after the body, ``[1] ...`` one per line, as a PDF prints them
    at the foot of a page: they cite documents and set terms the body relies on."""
    import lxml.etree
    from docx.oxml.parser import parse_xml  # python-docx's parser: no entities resolved

    notes: list[str] = []
    seen: set[str] = set()
    for rel in d.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind not in ("footnotes", "endnotes") or rel.is_external:
            continue
        part_name = str(rel.target_part.partname)
        if part_name in seen:
            continue  # many relationships to one part: it is read once
        seen.add(part_name)
        try:
            root = parse_xml(rel.target_part.blob)
        except (lxml.etree.XMLSyntaxError, ValueError):
            continue  # a broken notes part loses the notes, not the document
        for note in root:
            if note.tag not in (f"{W}footnote", f"{W}endnote") or note.get(f"{W}type"):
                continue  # the separator and continuation marks
            sub = _Walker(walker.numbering, walker.default_font, walker.budget)
            sub.block(note)
            walker.legacy_runs += sub.legacy_runs
            text = " ".join(" ".join(ln.split()) for ln in sub.lines if ln.strip())
            if text:
                notes.append(text)
    if notes:
        walker.lines.append("")
        walker.lines.extend(f"[{k}] {t}" for k, t in enumerate(notes, 1))


def _default_font(styles_el: Any | None) -> str | None:
    if styles_el is None:
        return None
    el = styles_el.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    if el is None:
        return None
    font = el.get(f"{W}ascii") or el.get(f"{W}hAnsi")
    return str(font) if font else None
