"""Assigning sentences: the markers of a lead unit, the verbs after it, the words that end a
list of coordinating units, and recurrences a task may carry."""

from __future__ import annotations

# Sentence-level assignment markers: a unit leads a task when a sentence gives it with
# "Giao <unit> ..." or names it as the subject of one of these.
# "X là cơ quan thường trực", "X làm đầu mối", "X là đơn vị chủ trì": the copula, an
# optional body noun and the lead role, every combination a plan writes.
LEAD_MARKERS: tuple[str, ...] = (
    *(
        f"{copula} {body}{role}"
        for copula in ("là", "làm")
        for body in ("", "cơ quan ", "đơn vị ", "bộ phận ")
        for role in ("thường trực", "đầu mối", "chủ trì")
    ),
    "chủ trì",
)

# Verbs that may follow "Giao <unit>": they end the unit's name.
GIAO_VERBS: tuple[str, ...] = (
    "là",  # "Giao X là đầu mối ...", "... là cơ quan thường trực"
    "chủ trì",
    "thực hiện",
    "triển khai",
    "tham mưu",
    "theo dõi",
    "phối hợp",
    "xây dựng",
    "tổ chức",
    "hướng dẫn",
    "nghiên cứu",
    "rà soát",
    "tổng hợp",
    "kiểm tra",
    "chỉ đạo",
    "lãnh đạo",
    "có trách nhiệm",
    "chịu trách nhiệm",
    "đôn đốc",
    "quản lý",
    "bố trí",
    "cân đối",
    "phụ trách",
    "làm",
    # "Giao các cấp ủy trực thuộc căn cứ Kế hoạch này xây dựng ...": the basis before the task.
    "căn cứ",
)

# More verbs that end a unit's name when it opens an item under "Cơ quan thực hiện:"
# ("Sở Xây dựng đăng tải thông điệp ...").
PERFORMER_VERBS: tuple[str, ...] = (
    "đăng tải",
    "thành lập",
    "triệu tập",
    "phát hành",
    "cung cấp",
    "tuyên truyền",
    "phổ biến",
    "vận động",
    "hỗ trợ",
    "cập nhật",
    "bảo đảm",
    "đảm bảo",
    "thẩm định",
    "ban hành",
    "biên soạn",
    "chuẩn bị",
    "lồng ghép",
    "tiến hành",
    "rà soát",
    "kiểm tra",
)

# Words that end a list of coordinating units ("phối hợp với Sở A, Sở B trong ...").
COORDINATION_STOPS: tuple[str, ...] = (
    "trong",
    "để",
    "nhằm",
    "về việc",
    "về",
    "tại",
    "theo",
    "thực hiện",
    "triển khai",
    "tổ chức",
    "kiểm tra",
    "xây dựng",
    "hướng dẫn",
    "tuyên truyền",
    "tham mưu",
    "theo dõi",
    "đôn đốc",
    "báo cáo",
    "bảo đảm",
    "đảm bảo",
    "cung cấp",
    "rà soát",
    "đánh giá",
    "tổng hợp",
    "giải quyết",
    "thành lập",
    "chỉ đạo",
    "phổ biến",
    "quản lý",
    "vận động",
    "giám sát",
    "xử lý",
    "nghiên cứu",
    "đề xuất",
    "trình",
    "khảo sát",
    "chuẩn bị",
    "hoàn thành",
    "biên soạn",
    "thẩm định",
    "bố trí",
    "tập huấn",
    "ban hành",
)

# Adverbs that may stand between a lead unit and "chủ trì": not part of the unit's name.
LEAD_ADVERBS: tuple[str, ...] = (
    "thường xuyên",
    "chủ động",
    "tích cực",
    "khẩn trương",
    "trực tiếp",
    "cùng",
    "sẽ",
    "tiếp tục",
)

# Recurring schedules a task may carry instead of (or besides) a deadline.
RECURRENCES: tuple[str, ...] = (
    "thường xuyên",
    "hằng năm",
    "hàng năm",
    "hằng quý",
    "hàng quý",
    "hằng tháng",
    "hàng tháng",
    "hằng tuần",
    "hàng tuần",
    "định kỳ",
    "liên tục",
    "năm 2025 và các năm tiếp theo",
    "và các năm tiếp theo",
)
