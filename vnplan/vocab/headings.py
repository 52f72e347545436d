"""Heading keywords (which section holds what), the formulas that open and close a body, and
the words of a task table's header."""

from __future__ import annotations

# Heading keywords: which section holds what. Matched on the folded heading text.
PURPOSE_HEADINGS: tuple[str, ...] = ("mục đích", "mục tiêu", "ý nghĩa")

REQUIREMENT_HEADINGS: tuple[str, ...] = ("yêu cầu",)

ASSIGNMENT_HEADINGS: tuple[str, ...] = (
    "tổ chức thực hiện",
    "phân công nhiệm vụ",
    "phân công trách nhiệm",
    "phân công thực hiện",
    "trách nhiệm thực hiện",
    "trách nhiệm của",
    "nhiệm vụ cụ thể",
    "phân công",
    "trách nhiệm",
    "nhiệm vụ của các",
    "giao nhiệm vụ",
)

PERIOD_HEADINGS: tuple[str, ...] = ("thời gian", "tiến độ", "lộ trình")
# Nouns that head a topic, not a performer, among the items of an assignment section
# ("3. Chế độ báo cáo", "4. Kinh phí", "Công tác tuyên truyền"), folded.
TOPIC_HEADS: tuple[str, ...] = (
    "công tác",
    "chế độ",
    "kinh phí",
    "nội dung",
    "thời gian",
    "tiến độ",
    "địa điểm",
    "thành phần",
    "hình thức",
    "phương thức",
    "phương pháp",
    "nhiệm vụ",
    "giải pháp",
    "biện pháp",
    "yêu cầu",
    "mục đích",
    "mục tiêu",
    "trách nhiệm",
    "tổ chức thực hiện",
    "khen thưởng",
    "kiểm tra",
    "báo cáo",
    "lưu ý",
    "điều khoản",
    "cấp",
    "đối với",
    "việc",
    "các bước",
    "bước",
    "giai đoạn",
    "đợt",
)

BUDGET_HEADINGS: tuple[str, ...] = (
    "kinh phí",
    "nguồn kinh phí",
    "nguồn lực",
    "dự toán kinh phí",
    "bảo đảm kinh phí",
    "đảm bảo kinh phí",
)

# Column headings of a task table (folded), by role; within a role, in order of preference.
# Words by which a line may be a task table's header, in any reader's output (a PDF's
# page lines, a layout text's columns): a lead or coordinating column.
TASK_TABLE_HEADER_WORDS: tuple[str, ...] = ("chủ trì", "thực hiện", "phối hợp", "phụ trách")

# The same as a pattern, a cell's line break allowed between the two words ("chủ" / "trì").
TASK_TABLE_HEADER_PATTERN = "|".join(w.replace(" ", r"\s*") for w in TASK_TABLE_HEADER_WORDS)

# Words a task table's header holds somewhere (folded), and the headings of its row-number
# column.
TASK_TABLE_LEAD_HINTS: tuple[str, ...] = ("chủ trì", "thực hiện", "phụ trách")
ROW_NUMBER_HEADERS: tuple[str, ...] = ("stt", "tt", "số tt", "số thứ tự")
TASK_TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "lead": ("chủ trì", "đơn vị thực hiện", "cơ quan thực hiện", "đơn vị thực hiện chính"),
    "coord": ("phối hợp",),
    "task": ("nội dung", "nhiệm vụ", "tên", "công việc", "hoạt động", "giải pháp"),
    "deadline": ("thời gian", "thời hạn", "tiến độ", "hoàn thành", "thời điểm"),
}
# Where no column has a lead heading above, the column that names who acts: "Người (bộ
# phận) thực hiện", "Người phụ trách", "Lực lượng thực hiện" (schools, hospitals and
# companies name posts and teams, not bodies): an agent noun, then (anywhere after it) one
# of the verbs. "Trách nhiệm thực hiện" names no agent and stays out (c009's gold reads
# such a column of programme episodes as no lead column).
TASK_TABLE_AGENT_NOUNS: tuple[str, ...] = (
    "người",
    "bộ phận",
    "cá nhân",
    "lực lượng",
    "cán bộ",
    "tổ",
    "nhóm",
)
TASK_TABLE_AGENT_VERBS: tuple[str, ...] = ("thực hiện", "phụ trách")

# First words of the lines that open the body of a plan (they end the title).
BODY_OPENERS: tuple[str, ...] = (
    "Căn cứ",
    "Thực hiện",
    "Để",
    "Nhằm",
    "Kính gửi",
    "Trên cơ sở",
    "Theo",
    "Triển khai thực hiện",
    "Qua",
    "Ngày",
    "Nhằm mục đích",
)

# Standard formulas that close the body ("Trên đây là Kế hoạch ..."): they belong to the
# document, not to the section above them.
BODY_CLOSING_FORMULAS: tuple[str, ...] = ("Trên đây là", "Trên đây là Kế hoạch")

# Formulas that close a top-level section (usually TỔ CHỨC THỰC HIỆN), not a unit inside it.
# How a paragraph speaks of the plan as a whole ("Kế hoạch này được phổ biến đến ...", "Ủy ban
# Kiểm tra yêu cầu các đoàn nghiêm túc thực hiện Kế hoạch này"): set apart by a blank line
# after the last unit's entry, such a paragraph closes the section (folded).
PLAN_SELF_REFERENCES: tuple[str, ...] = ("kế hoạch này", "bản kế hoạch này")

SECTION_CLOSING_FORMULAS: tuple[str, ...] = (
    "Trong quá trình thực hiện",
    "Trong quá trình tổ chức thực hiện",
    "Trong quá trình triển khai",
    "Quá trình thực hiện",
    "Quá trình triển khai",
)
