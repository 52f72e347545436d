"""Shared test helpers: where the corpus is, and a small plan builder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
SHARED = Path(os.environ.get("VNPLAN_SHARED", ROOT.parent / "shared"))


def shared_path(rel: str) -> Path:
    p = SHARED / rel
    if not p.exists():
        pytest.skip(f"{p} is not here (CI keeps ../shared beside the repo)")
    return p


def plan_text(body: str, *, header: str | None = None, closing: str | None = None) -> str:
    """A minimal well-formed plan around ``body``."""
    header = (
        header
        if header is not None
        else (
            "UBND TỈNH ĐẮK NÔNG\nSỞ Y TẾ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nSố: 12/KH-SYT\n\nĐắk Nông, ngày 04 tháng 12 năm 2024\n"
        )
    )
    closing = (
        closing
        if closing is not None
        else ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An\n")
    )
    return f"{header}\nKẾ HOẠCH\nThử nghiệm\n\n{body}\n\n{closing}"
