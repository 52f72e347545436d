"""A long fuzz run: plan-like texts from the grammar, random bytes, and mutated real docx
and pdf files through ``vnplan.parse``; anything but a Plan or a VnplanError is a finding.

Run: ``python benchmarks/fuzz.py --n 100000 [--seed 1]``; prints counts and findings.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

import vnplan

REPO = Path(__file__).resolve().parent.parent
PIECES = [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "II. NỘI DUNG",
    "1. Mục đích",
    "2. Yêu cầu",
    "1.1. Chi tiết",
    "a) Một",
    "(1) Thứ nhất",
    "- Gạch đầu dòng",
    "+ Chi tiết",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Y tế",
    "2. Văn phòng Sở: chủ trì.",
    "Giao C11 chủ trì, phối hợp với V01.",
    "KẾ HOẠCH",
    "Số: 12/KH-UBND",
    "Số:",
    "Hà Nội, ngày 04 tháng 12 năm 2024",
    "Nơi nhận:",
    "- Lưu: VT.",
    "KT. GIÁM ĐỐC",
    "TM. ỦY BAN NHÂN DÂN",
    "PHÓ GIÁM ĐỐC",
    "Thiếu tướng Nguyễn Văn An",
    "|",
    "**",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "(sau đây viết gọn là THNCĐ)",
    "-------",
    "- Giai đoạn 1: Từ năm 2020 đến năm 2022.",
    "Luật Báo chí",
    "Nghị định số 47/2020/NĐ-CP",
    "Ngày 02/7/2019, UBND tỉnh ban hành Kế hoạch số 1655/KH-UBND",
    "Céng hoµ x· héi",
    "PHỤ LỤC",
    "QUYẾT ĐỊNH",
    "Trên đây là Kế hoạch.",
    "\t\t",
    "   ",
    "",
]


def grammar_text(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(0, 40)):
        r = rng.random()
        if r < 0.7:
            lines.append(rng.choice(PIECES))
        elif r < 0.9:
            lines.append(
                "".join(
                    chr(
                        rng.choice(
                            [
                                rng.randint(32, 126),
                                rng.randint(0xC0, 0x1EF9),
                                rng.randint(0, 0x2FFF),
                            ]
                        )
                    )
                    for _ in range(rng.randint(0, 60))
                )
            )
        else:
            lines.append(rng.choice(PIECES) + " " + rng.choice(PIECES))
    return "\n".join(lines)


def mutate(rng: random.Random, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(rng.randint(1, 12)):
        op = rng.random()
        if op < 0.6 and data:
            data[rng.randrange(len(data))] = rng.randrange(256)
        elif op < 0.8 and data:
            i = rng.randrange(len(data))
            del data[i : i + rng.randint(1, 500)]
        else:
            i = rng.randrange(len(data) + 1)
            data[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 50)))
    if rng.random() < 0.2:
        data = data[: rng.randrange(len(data) + 1)]
    return bytes(data)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    bases = [
        p.read_bytes()
        for p in sorted((REPO / "tests" / "data").glob("seed-00*"))
        if p.suffix in (".docx", ".pdf")
    ]
    kinds: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    findings: list[str] = []
    t0 = time.monotonic()
    for i in range(args.n):
        r = rng.random()
        if r < 0.75:
            kind, data = "text", grammar_text(rng).encode("utf-8")
        elif r < 0.8:
            kind, data = "bytes", rng.randbytes(rng.randint(0, 2000))
        else:
            kind, data = "mutated", mutate(rng, rng.choice(bases))
        kinds[kind] += 1
        try:
            vnplan.parse(data, timeout=30)
            outcomes["plan"] += 1
        except vnplan.InternalError:
            # Typed, but a bug in vnplan all the same.
            findings.append(f"#{i} {kind}: {traceback.format_exc(limit=8)}")
        except vnplan.VnplanError as e:
            outcomes[type(e).__name__] += 1
        except Exception:
            findings.append(f"#{i} {kind}: {traceback.format_exc(limit=3)}")
        if (i + 1) % 10_000 == 0:
            print(
                f"{i + 1} inputs, {len(findings)} findings, {time.monotonic() - t0:.0f} s",
                flush=True,
            )
    print(f"inputs: {dict(kinds)}\noutcomes: {dict(outcomes)}\nfindings: {len(findings)}")
    for f in findings[:20]:
        print(f)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
