"""Legacy .doc, .rtf and .odt: converted to .docx by LibreOffice, then read as Word.

LibreOffice runs headless with a throw-away profile (parallel conversions do not share a lock)
and a per-file timeout. Without it, a clear error names the tool to install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from vnplan.errors import ParseTimeoutError, UnreadableError, UnsupportedFormatError
from vnplan.readers.base import Document

#: Seconds one LibreOffice conversion may take.
DEFAULT_CONVERT_TIMEOUT = 120.0


def soffice_path() -> str | None:
    """LibreOffice's command, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(data: bytes, fmt: str, *, timeout: float = DEFAULT_CONVERT_TIMEOUT) -> bytes:
    """The .docx LibreOffice makes of a .doc/.rtf/.odt file's bytes."""
    soffice = soffice_path()
    if soffice is None:
        raise UnsupportedFormatError(
            f"reading .{fmt} files needs LibreOffice ('soffice'), which is not installed: install "
            "it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or save the file as .docx"
        )
    with tempfile.TemporaryDirectory(prefix="vnplan-") as tmp:
        src = Path(tmp) / f"input.{fmt}"
        src.write_bytes(data)
        out = Path(tmp) / "out"
        cmd = [
            soffice,
            f"-env:UserInstallation={(Path(tmp) / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--convert-to",
            "docx",
            "--outdir",
            str(out),
            str(src),
        ]
        env = {**os.environ, "HOME": tmp}
        try:
            proc = subprocess.run(
                cmd,
                capture_output=True,
                timeout=timeout,
                env=env,
                check=False,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired as e:
            raise ParseTimeoutError(
                f"LibreOffice took over {timeout:.0f} s to convert the .{fmt} file"
            ) from e
        result = out / "input.docx"
        if not result.is_file():
            err = (proc.stderr or proc.stdout).decode("utf-8", "replace").strip()[-300:]
            raise UnreadableError(
                f"LibreOffice could not convert the .{fmt} file" + (f": {err}" if err else "")
            )
        return result.read_bytes()


def read_office(data: bytes, fmt: str) -> Document:
    """Read a .doc, .rtf or .odt file through LibreOffice."""
    if fmt == "doc" and "WordDocument".encode("utf-16-le") not in data:
        raise UnsupportedFormatError(
            "the file is a legacy Office (OLE) file but not a Word "
            "document (an Excel or PowerPoint file?)"
        )
    from vnplan.readers.docx import read_docx

    doc = read_docx(convert_to_docx(data, fmt))
    doc.format = fmt
    doc.notes.append(("converted", f".{fmt} converted to .docx with LibreOffice"))
    return doc
