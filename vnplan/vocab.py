"""Vocabularies: the data the parser knows about Vietnamese official documents.

Everything the code matches by word lives here, so that adding a document type, a unit head or
a signing prefix is a one-line change. Sources: Decree 30/2020/NĐ-CP (Appendix III: types and
codes; Appendix I: signing prefixes), Party guide 36-HD/VPTW (2018) and its 2026 successors
399-QĐ/TW and 05-HD/VPTW (Party types, ``T/M``-style prefixes, ``Số 05-KH/TU``).
"""

from __future__ import annotations

from collections.abc import Iterable

# Document types and their codes in a number's symbol (Decree 30 Appendix III, Party guides).
DOC_TYPES: dict[str, str] = {
    "KẾ HOẠCH": "KH",
    "KẾ HOẠCH LIÊN TỊCH": "KHLT",
    "NGHỊ QUYẾT": "NQ",
    "QUYẾT ĐỊNH": "QĐ",
    "CHỈ THỊ": "CT",
    "QUY CHẾ": "QC",
    "QUY ĐỊNH": "QyĐ",
    "THÔNG CÁO": "TC",
    "THÔNG BÁO": "TB",
    "HƯỚNG DẪN": "HD",
    "CHƯƠNG TRÌNH": "CTr",
    "CHƯƠNG TRÌNH HÀNH ĐỘNG": "CTr",
    "PHƯƠNG ÁN": "PA",
    "ĐỀ ÁN": "ĐA",
    "DỰ ÁN": "DA",
    "BÁO CÁO": "BC",
    "BIÊN BẢN": "BB",
    "TỜ TRÌNH": "TTr",
    "HỢP ĐỒNG": "HĐ",
    "CÔNG ĐIỆN": "CĐ",
    "KẾT LUẬN": "KL",
    "THÔNG TRI": "TT",
    "CÔNG VĂN": "CV",
}

# The type code a plan's symbol carries.
PLAN_TYPE_CODES = ("KH", "KHLT")

# Names of cited document types, longest first so that "Thông tư liên tịch" wins.
CITED_TYPES: tuple[str, ...] = (
    "Nghị quyết liên tịch",
    "Thông tư liên tịch",
    "Chương trình hành động",
    "Kế hoạch liên tịch",
    "Nghị quyết",
    "Nghị định",
    "Quyết định",
    "Chỉ thị",
    "Thông tư",
    "Kế hoạch",
    "Công văn",
    "Kết luận",
    "Hướng dẫn",
    "Thông báo",
    "Thông tri",
    "Quy định",
    "Quy chế",
    "Chương trình",
    "Đề án",
    "Tờ trình",
    "Báo cáo",
    "Công điện",
    "Văn bản",
    "Luật",
    "Pháp lệnh",
    "Hiến pháp",
)

# National motto and Party heading lines (removed from the issuer block).
MOTTO_LINES: tuple[str, ...] = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
)

# Signing-authority prefixes: state style (Decree 30) and Party style (36-HD/VPTW).
AUTHORITY_PREFIXES: tuple[str, ...] = ("TUQ.", "KT.", "TM.", "TL.", "Q.", "K/T", "T/M", "T/L")

# Military and police ranks printed above a signer's name, and academic titles.
RANKS: tuple[str, ...] = (
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
    "Đại úy",
    "Thượng úy",
    "Trung úy",
    "Thiếu úy",
    "Chuẩn úy",
    "Thượng sĩ",
    "Trung sĩ",
    "Hạ sĩ",
)

# Heads of a signer's position line (upper case in the document).
POSITION_HEADS: tuple[str, ...] = (
    "BỘ TRƯỞNG",
    "THỨ TRƯỞNG",
    "CHỦ TỊCH",
    "GIÁM ĐỐC",
    "TỔNG GIÁM ĐỐC",
    "CỤC TRƯỞNG",
    "TỔNG CỤC TRƯỞNG",
    "VỤ TRƯỞNG",
    "CHI CỤC TRƯỞNG",
    "TRƯỞNG BAN",
    "TRƯỞNG PHÒNG",
    "TRƯỞNG KHOA",
    "TRƯỞNG ĐOÀN",
    "TRƯỞNG CÔNG AN",
    "TRƯỞNG TRẠM",
    "CHÁNH VĂN PHÒNG",
    "CHÁNH THANH TRA",
    "CHÁNH ÁN",
    "VIỆN TRƯỞNG",
    "HIỆU TRƯỞNG",
    "BÍ THƯ",
    "CHỦ NHIỆM",
    "CHÍNH ỦY",
    "TƯ LỆNH",
    "CHỈ HUY TRƯỞNG",
    "THỦ TRƯỞNG",
    "TỔNG BIÊN TẬP",
    "ỦY VIÊN",
    "THƯỜNG TRỰC",
    "TRƯỞNG",
    "CHỦ TỊCH HỘI ĐỒNG",
    "TỔNG THƯ KÝ",
    "THƯ KÝ",
    "GIÁM HIỆU",
    "KẾ TOÁN TRƯỞNG",
    "TRƯỞNG TIỂU BAN",
    "TỔ TRƯỞNG",
    "ĐỘI TRƯỞNG",
    "ĐOÀN TRƯỞNG",
)
POSITION_MODIFIERS: tuple[str, ...] = ("PHÓ", "Q.", "QUYỀN", "THƯỜNG TRỰC", "ỦY VIÊN")

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
BUDGET_HEADINGS: tuple[str, ...] = ("kinh phí", "nguồn kinh phí", "nguồn lực")

# Words that head the name of a unit (organisation, office, department). "Các ..." before
# one of these makes the unit collective (``Các phòng chuyên môn``).
UNIT_HEADS: tuple[str, ...] = (
    "Văn phòng",
    "Thanh tra",
    "Cục",
    "Tổng cục",
    "Chi cục",
    "Vụ",
    "Sở",
    "Phòng",
    "Ban",
    "Bộ Chỉ huy",
    "Bộ đội",
    "Bộ",
    "Trung tâm",
    "Viện kiểm sát",
    "Viện",
    "Học viện",
    "Trường",
    "Bệnh viện",
    "Công an",
    "Cảnh sát",
    "Ủy ban nhân dân",
    "Ủy ban",
    "UBND",
    "Hội đồng nhân dân",
    "HĐND",
    "Hội đồng",
    "Hội Liên hiệp",
    "Hội",
    "Đoàn",
    "Liên đoàn",
    "Mặt trận",
    "Ủy ban Mặt trận",
    "MTTQ",
    "Đảng ủy",
    "Đảng đoàn",
    "Đảng bộ",
    "Chi bộ",
    "Tỉnh ủy",
    "Thành ủy",
    "Huyện ủy",
    "Quận ủy",
    "Thị ủy",
    "Cấp ủy",
    "Báo",
    "Đài",
    "Kho bạc",
    "Ngân hàng",
    "Tòa án",
    "Công ty",
    "Tổng công ty",
    "Cơ quan",
    "Đơn vị",
    "Tổ công tác",
    "Tổ giúp việc",
    "Ban Chỉ đạo",
    "Ban chỉ đạo",
    "Hiệp hội",
    "Quỹ",
    "Đại học",
    "Thuế",
    "Hải quan",
    "Bảo hiểm xã hội",
    "Ngành",
    "Sở, ban, ngành",
    "Chính quyền",
    "Lực lượng",
    "Thường trực",
    "Ban Thường vụ",
    "Ban Tuyên giáo",
    "Ban Dân vận",
    "Ban Tổ chức",
    "Ban Nội chính",
    "Ủy ban Kiểm tra",
    "Bộ phận",
    "Các sở",
    "Doanh nghiệp",
    "Hợp tác xã",
    "Cổng thông tin",
)
# Heads too common as ordinary words: they name a unit only before a capitalised word
# (``Đoàn Thanh niên`` but not ``Đoàn kết``), or in a collective (``các phòng chuyên môn``).
AMBIGUOUS_UNIT_HEADS: frozenset[str] = frozenset(
    {
        "Đoàn",
        "Hội",
        "Báo",
        "Đài",
        "Ban",
        "Phòng",
        "Vụ",
        "Bộ",
        "Cơ quan",
        "Đơn vị",
        "Ngành",
        "Lực lượng",
        "Thuế",
        "Quỹ",
        "Thường trực",
        "Chính quyền",
        "Bộ phận",
        "Doanh nghiệp",
    }
)
# Prefixes stripped from a unit heading: "Trách nhiệm của Sở Y tế" names "Sở Y tế".
UNIT_HEADING_PREFIXES: tuple[str, ...] = (
    "Trách nhiệm của",
    "Nhiệm vụ của",
    "Đối với",
    "Đề nghị",
    "Giao",
)
# Verbs that end a unit's name inside a heading line ("Sở Y tế chủ trì, ...").
UNIT_NAME_STOPS: tuple[str, ...] = (
    "chủ trì",
    "phối hợp",
    "có trách nhiệm",
    "chịu trách nhiệm",
    "thực hiện",
    "tham mưu",
    "triển khai",
    "xây dựng",
    "chỉ đạo",
    "hướng dẫn",
    "tổ chức",
    "theo dõi",
    "căn cứ",
    "là cơ quan",
    "là đơn vị",
    "thường trực",
    "giúp",
    "được giao",
)

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
SECTION_CLOSING_FORMULAS: tuple[str, ...] = (
    "Trong quá trình thực hiện",
    "Trong quá trình tổ chức thực hiện",
    "Trong quá trình triển khai",
    "Quá trình thực hiện",
    "Quá trình triển khai",
)

# Lines that are layout debris rather than content ("Đã ký", signature placeholders).
SIGNATURE_NOISE: tuple[str, ...] = (
    "đã ký",
    "(đã ký)",
    "[daky]",
    "(ký tên, đóng dấu)",
    "(ký, ghi rõ họ tên)",
    "ký tên",
    "(chữ ký)",
    "(ký)",
    "(đã ký và đóng dấu)",
)

# Administrative levels: an issuer-block line that starts with one continues the name above
# (``ỦY BAN NHÂN DÂN`` / ``TỈNH NGHỆ AN``) unless it is a Party committee (``TỈNH ỦY``).
ADMIN_LEVELS: tuple[str, ...] = (
    "TỈNH",
    "THÀNH PHỐ",
    "TP.",
    "HUYỆN",
    "QUẬN",
    "THỊ XÃ",
    "THỊ TRẤN",
    "XÃ",
    "PHƯỜNG",
    "ĐẶC KHU",
    "KHU VỰC",
    "VÀ",
    "VIỆT NAM",
    "TRUNG ƯƠNG",
    "CẤP",
    "NHÂN DÂN",
    "DÂN",
)

# Vietnamese surnames: a signer's name line starts with one (precision for name detection).
SURNAMES: frozenset[str] = frozenset(
    [
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đào",
        "Đoàn",
        "Vương",
        "Trịnh",
        "Trương",
        "Lâm",
        "Phùng",
        "Mai",
        "Tô",
        "Hà",
        "Tạ",
        "Lương",
        "Lưu",
        "Cao",
        "Châu",
        "Đinh",
        "Đàm",
        "Quách",
        "Thái",
        "Triệu",
        "Từ",
        "Kiều",
        "Chu",
        "Mạc",
        "Khổng",
        "Hứa",
        "Cù",
        "Diệp",
        "La",
        "Lò",
        "Lục",
        "Mã",
        "Nông",
        "Tăng",
        "Thân",
        "Tôn",
        "Văn",
        "Ninh",
        "Khúc",
        "Giang",
        "Hầu",
        "Kim",
        "Quan",
        "Thạch",
        "Ông",
        "Lại",
        "Nghiêm",
        "Tống",
        "Vi",
        "Đồng",
        "Hoàng",
        "Âu",
        "Bạch",
        "Bế",
        "Cấn",
        "Doãn",
        "Đậu",
        "Giáp",
        "Hàn",
        "Hoàng",
        "Lã",
        "Lạc",
        "Lăng",
        "Liêu",
        "Mạnh",
        "Nhâm",
        "Phó",
        "Quang",
        "Sầm",
        "Sơn",
        "Tiêu",
        "Trà",
        "Trang",
        "Ứng",
        "Viên",
        "Vòng",
        "Y",
        "Yên",
        "Ma",
        "Hồng",
        "Lầu",
        "Sùng",
        "Giàng",
        "Thào",
        "Vàng",
        "Mùa",
        "Cầm",
        "Quàng",
        "Hờ",
        "Lường",
        "Điêu",
        "Danh",
        "Kha",
        "Ôn",
    ]
)

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


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so that the longest one wins."""
    import regex

    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))
