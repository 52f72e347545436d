"""A bounded look at a PDF's object graph before a native reader touches it.

pdfium and pdfminer trust a file's structure. A 4 KB PDF whose form XObjects draw each other
(five levels, each drawing the one below fifty times) expands to 50⁵ forms when a page is
loaded: pdfium aborts the process and pdfminer crashes, whatever the memory limit. An object
that is only a reference to itself (``21 0 obj 21 0 R endobj``) sends pdfminer's resolver
round forever. Neither can be stopped from Python once it started, so this module reads the
bytes first, in linear time and bounded memory:

- every ``N G obj`` in the file (and in object streams) is parsed, streams' data skipped;
- a chain of objects that are only references, and that loops, is refused
  (``UnreadableError``);
- the content streams of form XObjects, Type 3 glyphs and pages are decoded (Flate, LZW,
  ASCII hex and 85; at most ``MAX_DECODED`` bytes in all) and their ``Do`` operators
  counted by name; names resolve through each stream's own resources (else any XObject of
  that name, the largest). What a page costs is then its content plus, for each ``Do``, what
  the drawn form costs, recursively, computed once per form: over ``MAX_PAGE_COST``
  bytes of content for one page, ``MAX_FORM_USES`` form uses, or a form that draws
  itself, the PDF is refused with ``TooComplexError`` (real plans: a few kilobytes and a
  handful of forms a page).

The scan does not judge what the native readers would do with other broken structures; it
bounds the two ways a small file makes them run without end.
"""

from __future__ import annotations

import binascii
import re
import zlib
from dataclasses import dataclass, field
from typing import Any

from vnplan.errors import TooComplexError, UnreadableError

#: Bytes of decoded content (pages, forms, glyphs) one page may cost once forms are expanded.
MAX_PAGE_COST = 64 * 1024 * 1024
#: Form XObjects drawn on one page once expanded (each is a parse of its content by pdfium).
MAX_FORM_USES = 100_000
#: Bytes the scan decodes in all; a PDF whose content streams inflate to more is refused.
MAX_DECODED = 512 * 1024 * 1024
#: Nesting of dictionaries and arrays the scan follows (pdfium's own limit is 64).
MAX_DEPTH = 64

_OBJ = re.compile(rb"(?<![0-9])(\d{1,10})[ \t\r\n\f\x00]+(\d{1,5})[ \t\r\n\f\x00]+obj(?![A-Za-z])")
_WS = b" \t\r\n\f\x00"
_DELIM = b"()<>[]{}/%"
# An integer (or a reference "12 0 R"), or a real number.
_NUMBER = re.compile(
    rb"([+-]?\d+)(?:(\.\d*)|[ \t\r\n\f\x00]+(\d{1,5})[ \t\r\n\f\x00]+R(?![A-Za-z]))?"
    rb"(?![\d.])|[+-]?\.\d+()"
)
_DO = re.compile(rb"/([^\s()<>\[\]{}/%]*)\s*Do(?![^\s()<>\[\]{}/%])")
_NAME_ESC = re.compile(rb"#([0-9A-Fa-f]{2})")


@dataclass(frozen=True, slots=True)
class Ref:
    num: int


class _Parser:
    """Just enough of PDF's object syntax: dictionaries, arrays, names, numbers, references,
    strings (skipped to their end), booleans and null."""

    def __init__(self, data: bytes, pos: int) -> None:
        self.d = data
        self.pos = pos

    def skip_ws(self) -> None:
        d, n = self.d, len(self.d)
        while self.pos < n:
            c = d[self.pos]
            if c in _WS:
                self.pos += 1
            elif c == 0x25:  # % comment
                e = d.find(b"\n", self.pos)
                self.pos = n if e < 0 else e + 1
            else:
                return

    def value(self, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise ValueError("nested too deep")
        self.skip_ws()
        d = self.d
        if self.pos >= len(d):
            raise ValueError("end of data")
        c = d[self.pos : self.pos + 2]
        if c == b"<<":
            self.pos += 2
            out: dict[str, Any] = {}
            while True:
                self.skip_ws()
                if d[self.pos : self.pos + 2] == b">>":
                    self.pos += 2
                    return out
                key = self.value(depth + 1)
                if not isinstance(key, Name):
                    raise ValueError("dictionary key is not a name")
                out[key] = self.value(depth + 1)
        if c[:1] == b"[":
            self.pos += 1
            items: list[Any] = []
            while True:
                self.skip_ws()
                if d[self.pos : self.pos + 1] == b"]":
                    self.pos += 1
                    return items
                if self.pos >= len(d):
                    raise ValueError("end of data")
                items.append(self.value(depth + 1))
                if (
                    len(items) >= 3
                    and items[-1] == "R"
                    and isinstance(items[-3], int)
                    and isinstance(items[-2], int)
                ):
                    items[-3:] = [Ref(items[-3])]
        if c[:1] == b"/":
            e = self._token_end(self.pos + 1)
            raw = d[self.pos + 1 : e]
            self.pos = e
            return Name(
                _NAME_ESC.sub(lambda m: bytes([int(m.group(1), 16)]), raw).decode("latin-1")
            )
        if c[:1] == b"(":
            self._skip_string()
            return b""
        if c[:1] == b"<":
            e = d.find(b">", self.pos)
            self.pos = len(d) if e < 0 else e + 1
            return b""
        m = _NUMBER.match(d, self.pos)
        if m:
            self.pos = m.end()
            if m.group(3) is not None:
                return Ref(int(m.group(1)))
            if m.group(2):
                return 0.0
            return int(m.group(1))
        e = self._token_end(self.pos)
        if e == self.pos:
            self.pos += 1  # a stray delimiter
            return None
        tok = d[self.pos : e]
        self.pos = e
        return tok.decode("latin-1")

    def _token_end(self, i: int) -> int:
        d, n = self.d, len(self.d)
        while i < n and d[i] not in _WS and d[i] not in _DELIM:
            i += 1
        return i

    def _skip_string(self) -> None:
        d, n = self.d, len(self.d)
        i = self.pos + 1
        level = 1
        while i < n and level:
            c = d[i]
            if c == 0x5C:  # backslash
                i += 2
                continue
            if c == 0x28:
                level += 1
            elif c == 0x29:
                level -= 1
            i += 1
        self.pos = i


class Name(str):
    """A PDF name (``/Form``), as text without its slash."""


@dataclass(slots=True)
class _Obj:
    value: Any
    stream: tuple[int, int] | None = None  # where the raw stream data is in the file
    data: bytes | None = None  # the data of an object inside an object stream


@dataclass(slots=True)
class _Scan:
    data: bytes
    objects: dict[int, _Obj] = field(default_factory=dict)  # parsed
    offsets: dict[int, int] = field(default_factory=dict)  # where the others start
    ref_only: dict[int, int] = field(default_factory=dict)  # "N 0 obj M 0 R endobj"
    decoded: int = 0

    def obj(self, num: int) -> _Obj | None:
        o = self.objects.get(num)
        if o is None and num in self.offsets:
            o = _parse_object(self.data, self.offsets.pop(num))
            if o is not None:
                self.objects[num] = o
        return o

    def get(self, v: Any, hops: int = 0) -> Any:
        while isinstance(v, Ref) and hops < 32:
            o = self.obj(v.num)
            v = None if o is None else o.value
            hops += 1
        return None if isinstance(v, Ref) else v

    def decode(self, num: int) -> bytes | None:
        """The decoded data of stream object ``num`` (None if it cannot be decoded here)."""
        o = self.obj(num)
        if o is None or o.stream is None or not isinstance(o.value, dict):
            return None
        a, b = o.stream
        raw = self.data[a:b]
        filters = self.get(o.value.get("Filter"))
        if filters is None:
            filters = []
        elif not isinstance(filters, list):
            filters = [filters]
        out = raw
        for f in filters:
            f = self.get(f)
            left = MAX_DECODED - self.decoded
            if f in ("FlateDecode", "Fl"):
                out = _inflate(out, left)
            elif f in ("ASCIIHexDecode", "AHx"):
                hexes = re.sub(rb"[^0-9A-Fa-f]", b"", out.split(b">", 1)[0])
                out = binascii.unhexlify(hexes + b"0" * (len(hexes) % 2))
            elif f in ("ASCII85Decode", "A85"):
                import base64

                body = re.sub(rb"\s", b"", out).split(b"~>", 1)[0].removeprefix(b"<~")
                try:
                    out = base64.a85decode(body)
                except ValueError:
                    return None
            elif f in ("LZWDecode", "LZW"):
                from pdfminer.lzw import lzwdecode

                try:
                    out = lzwdecode(out[: max(left, 0)])
                except Exception:
                    return None
            else:
                return None  # an image filter: not content
            if len(out) > left:
                raise TooComplexError(
                    f"the PDF's content streams inflate to over {MAX_DECODED} bytes"
                )
        self.decoded += len(out)
        return out


def _inflate(data: bytes, limit: int) -> bytes:
    d = zlib.decompressobj()
    try:
        out = d.decompress(data, max(limit, 0) + 1)
    except zlib.error:
        # pdfium and pdfminer read what inflates before the damage: so does the scan.
        d = zlib.decompressobj()
        out = b""
        for k in range(0, len(data), 4096):
            try:
                out += d.decompress(data[k : k + 4096], max(limit - len(out), 0) + 1)
            except zlib.error:
                break
            if len(out) > limit:
                break
    return out


def _parse_object(data: bytes, pos: int) -> _Obj | None:
    p = _Parser(data, pos)
    try:
        value = p.value()
    except (ValueError, IndexError, RecursionError):
        return None
    obj = _Obj(value)
    p.skip_ws()
    if isinstance(value, dict) and data.startswith(b"stream", p.pos):
        start = p.pos + 6
        if data.startswith(b"\r\n", start):
            start += 2
        elif data[start : start + 1] in (b"\n", b"\r"):
            start += 1
        length = value.get("Length")
        end = -1
        if isinstance(length, int) and 0 <= length <= len(data) - start:
            end = start + length
            if data.find(b"endstream", end, end + 64) < 0:
                end = -1
        if end < 0:
            end = data.find(b"endstream", start)
            end = len(data) if end < 0 else end
        obj.stream = (start, end)
    return obj


# Words of the objects the scan needs at once (forms, pages, Type 3 fonts, object streams;
# "#" for names written with escapes); the others are parsed when a reference reaches them.
_WANTED = (b"Form", b"Page", b"Type3", b"ObjStm", b"#")
_REF_ONLY = re.compile(
    rb"[ \t\r\n\f\x00]*(\d{1,10})[ \t\r\n\f\x00]+\d{1,5}[ \t\r\n\f\x00]+R"
    rb"[ \t\r\n\f\x00]*endobj"
)


def _objects(scan: _Scan) -> None:
    data = scan.data
    k = data.find(b"obj")
    while k >= 0:
        # "obj" is rare in binary data: find it, then look back for "N G" before it.
        m = _OBJ.search(data, max(0, k - 24), k + 3)
        k = data.find(b"obj", k + 3)
        if m is None:
            continue
        num, pos = int(m.group(1)), m.end()
        # A later definition (an incremental update) wins.
        scan.objects.pop(num, None)
        scan.offsets.pop(num, None)
        scan.ref_only.pop(num, None)
        r = _REF_ONLY.match(data, pos)
        if r:
            scan.ref_only[num] = int(r.group(1))
            continue
        end = data.find(b"stream", pos, pos + 65536)
        if end < 0:
            end = data.find(b"endobj", pos, pos + 65536)
        window = data[pos : pos + 65536] if end < 0 else data[pos:end]
        if any(w in window for w in _WANTED):
            o = _parse_object(data, pos)
            if o is not None:
                scan.objects[num] = o
        else:
            scan.offsets[num] = pos
    # Objects inside object streams.
    for num, o in list(scan.objects.items()):
        v = o.value
        if not (isinstance(v, dict) and v.get("Type") == "ObjStm" and o.stream):
            continue
        try:
            body = scan.decode(num)
        except TooComplexError:
            raise
        if not body:
            continue
        n, first = v.get("N"), v.get("First")
        if not (isinstance(n, int) and isinstance(first, int)) or n > 1_000_000:
            continue
        head = body[:first].split()
        for k in range(0, min(len(head), 2 * n) - 1, 2):
            try:
                onum, off = int(head[k]), int(head[k + 1])
            except ValueError:
                break
            if onum in scan.objects or onum in scan.offsets or onum in scan.ref_only:
                continue
            try:
                scan.objects[onum] = _Obj(_Parser(body, first + off).value())
            except (ValueError, IndexError, RecursionError):
                continue


def _reference_loop(scan: _Scan) -> int | None:
    """An object that is only a reference, in a chain of such objects that loops."""
    links = dict(scan.ref_only)
    for num, o in scan.objects.items():
        if isinstance(o.value, Ref):
            links[num] = o.value.num
    done: set[int] = set()
    for num in links:
        seen: set[int] = set()
        cur: int | None = num
        while cur is not None and cur not in done:
            if cur in seen:
                return cur
            seen.add(cur)
            cur = links.get(cur)
        done.update(seen)
    return None


def _xobjects(scan: _Scan, resources: Any) -> dict[str, int] | None:
    res = scan.get(resources)
    if not isinstance(res, dict):
        return None
    xo = scan.get(res.get("XObject"))
    if not isinstance(xo, dict):
        return {}
    return {k: v.num for k, v in xo.items() if isinstance(v, Ref)}


def _draws(content: bytes) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in _DO.finditer(content):
        name = _NAME_ESC.sub(lambda x: bytes([int(x.group(1), 16)]), m.group(1)).decode("latin-1")
        counts[name] = counts.get(name, 0) + 1
    return counts


def check_pdf(data: bytes) -> None:
    """Refuse, before any native reader runs, a PDF whose structure would make it run
    without end (see the module's docstring)."""
    scan = _Scan(data)
    _objects(scan)
    loop = _reference_loop(scan)
    if loop is not None:
        raise UnreadableError(f"corrupt PDF: object {loop} is a reference to itself")
    forms: dict[int, Any] = {}  # form XObjects: their resources
    glyphs: dict[int, Any] = {}  # Type 3 glyph procedures: their font's resources
    pages: list[dict[str, Any]] = []
    for num, o in list(scan.objects.items()):
        v = o.value
        if not isinstance(v, dict):
            continue
        if o.stream is not None and scan.get(v.get("Subtype")) == "Form":
            forms[num] = v.get("Resources")
        elif scan.get(v.get("Type")) == "Page":
            pages.append(v)
        elif scan.get(v.get("Subtype")) == "Type3":
            procs = scan.get(v.get("CharProcs"))
            if isinstance(procs, dict):
                for p in procs.values():
                    if isinstance(p, Ref):
                        glyphs[p.num] = v.get("Resources")
    if not forms:
        return  # without forms nothing on a page is drawn more than its content says
    by_name: dict[str, set[int]] = {}
    for o in list(scan.objects.values()):
        if isinstance(o.value, dict):
            for k, t in (_xobjects(scan, o.value.get("Resources")) or {}).items():
                by_name.setdefault(k, set()).add(t)
    # cost: (content bytes, form uses) of drawing a stream once, forms expanded.
    cost: dict[int, tuple[int, int]] = {}
    own_size: dict[int, int] = {}
    streams = {**glyphs, **forms}

    def visit(root: int) -> tuple[int, int]:
        # Iterative depth-first walk: a form's cost is known once all it draws are.
        stack: list[tuple[int, list[tuple[int, list[int]]] | None]] = [(root, None)]
        on_path: set[int] = set()
        while stack:
            num, edges = stack[-1]
            if num in cost:
                stack.pop()
                continue
            if edges is None:
                on_path.add(num)
                content = scan.decode(num) or b""
                names = _draws(content)
                own = _xobjects(scan, streams.get(num))
                edges = []
                for name, count in names.items():
                    t = (own or {}).get(name)
                    if t is not None:
                        if t in on_path:
                            raise TooComplexError(
                                f"the PDF's form XObject {t} draws itself (a loop)"
                            )
                        edges.append((count, [t]))
                    else:
                        edges.append(
                            (count, sorted(x for x in by_name.get(name, ()) if x not in on_path))
                        )
                stack[-1] = (num, edges)
                own_size[num] = len(content)
                pending = [t for _, ts in edges for t in ts if t in forms and t not in cost]
                if pending:
                    stack.extend((t, None) for t in pending if t not in on_path)
                    continue
            size, uses = own_size.pop(num, 0), 0
            for count, ts in edges:
                best = max((cost.get(t, (0, 0)) for t in ts if t in forms), default=None)
                if best is not None:
                    size += count * best[0]
                    uses += count * (best[1] + 1)
            cost[num] = (size, uses)
            on_path.discard(num)
            stack.pop()
            _bound(size, uses, "a form XObject")
        return cost[root]

    for num in streams:
        visit(num)
    for page in pages:
        size = uses = 0
        contents = page.get("Contents")
        refs = contents if isinstance(contents, list) else [contents]
        names: dict[str, int] = {}
        for r in refs:
            if isinstance(r, Ref):
                body = scan.decode(r.num) or b""
                size += len(body)
                for k, c in _draws(body).items():
                    names[k] = names.get(k, 0) + c
        res: Any = page.get("Resources")
        node: Any = page
        for _ in range(MAX_DEPTH):
            if res is not None:
                break
            node = scan.get(node.get("Parent"))
            if not isinstance(node, dict):
                break
            res = node.get("Resources")
        own = _xobjects(scan, res) or {}
        for name, count in names.items():
            target = own.get(name)
            ts = [target] if target is not None else sorted(by_name.get(name, ()))
            best = max((cost[x] for x in ts if x in cost), default=None)
            if best is not None:
                size += count * best[0]
                uses += count * (best[1] + 1)
        _bound(size, uses, "a page")


def _bound(size: int, uses: int, what: str) -> None:
    if size > MAX_PAGE_COST or uses > MAX_FORM_USES:
        raise TooComplexError(
            f"{what} of this PDF draws form XObjects inside each other {uses} times "
            f"({size} bytes of content once expanded; the limits are {MAX_FORM_USES} uses "
            f"and {MAX_PAGE_COST} bytes): refused before reading"
        )


__all__ = ["MAX_FORM_USES", "MAX_PAGE_COST", "check_pdf"]
