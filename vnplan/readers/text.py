"""Decode a text file: UTF-8 (with or without BOM), UTF-16 (with or without BOM),
Windows-1258."""

from __future__ import annotations

import codecs

from vnplan.errors import UnreadableError


def decode(data: bytes) -> tuple[str, str]:
    """``(text, encoding)``. Windows-1258 is tried when the bytes are not UTF-8; bytes that
    are neither are decoded as UTF-8 with replacement characters (and the caller warns)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise UnreadableError(f"invalid UTF-16 text: {e.reason}") from e
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from vnplan.readers.detect import utf16_without_bom

    enc = utf16_without_bom(data[:4096])
    if enc is not None:
        try:
            return data[: len(data) - len(data) % 2].decode(enc), enc
        except UnicodeDecodeError as e:
            raise UnreadableError(f"invalid UTF-16 text: {e.reason}") from e
    try:
        return data.decode("cp1258"), "cp1258"
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace"), "utf-8-replace"
