"""Dates and phases: quarters and numbers in words, phase labels."""

from __future__ import annotations

# Months and quarters written in words or Roman numerals.
ROMAN_QUARTERS: dict[str, int] = {"I": 1, "II": 2, "III": 3, "IV": 4}

NUMBER_WORDS: dict[str, int] = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "nhất": 1,
    "thứ nhất": 1,
    "thứ hai": 2,
    "thứ ba": 3,
    "thứ tư": 4,
}

# Labels of phases.
PHASE_LABELS: tuple[str, ...] = ("Giai đoạn", "Đợt", "Bước", "Phase")

# A year range after one of these is the term of a body being elected ("nhiệm kỳ 2026 -
# 2031", "khóa XV"), not a plan's period.
TERM_WORDS: tuple[str, ...] = ("nhiệm kỳ", "khóa")
# Words that may open a plan's period in its title ("giai đoạn 2021 - 2025", "từ năm 2024").
RANGE_OPENERS: tuple[str, ...] = ("giai đoạn", "từ năm")
# Words that join the two years of a range ("2021 - 2025", "2024 đến năm 2026").
RANGE_JOINERS: tuple[str, ...] = ("-", "–", "—", "đến")

# Verbs that say when something runs ("... được triển khai từ ngày ...", "... diễn ra từ
# tháng 4 đến hết tháng 7/2019", "... bắt đầu từ ngày 1/6 và kết thúc ngày 31/8"): in a
# report, the first such sentence with both ends dates the plan it reports.
RUN_VERBS: tuple[str, ...] = (
    "triển khai",
    "thực hiện",
    "diễn ra",
    "phát động",
    "tổ chức",
    "bắt đầu",
    "kéo dài",
    "áp dụng",
    "tiến hành",
)
