"""Document types, cited documents, the motto and the marks a header carries (Decree 30
Appendix III, Party guides 36-HD/VPTW, 399-QĐ/TW, 05-HD/VPTW)."""

from __future__ import annotations

# The type codes of a plan issued jointly by several bodies ("27/KHLT-STP-HLG": liên tịch;
# "KHLN": liên ngành; "KHPH": phối hợp).
JOINT_TYPE_CODES: tuple[str, ...] = ("KHLT", "KHLN", "KHPH")

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
    "Phương án",
    "Tờ trình",
    "Biên bản",
    "Hợp đồng",
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
# Marks a header may carry beside the issuer (folded): a draft, secrecy, urgency, a copy.
DOCUMENT_MARKS: frozenset[str] = frozenset(
    {
        "dự thảo",
        "mật",
        "tối mật",
        "tuyệt mật",
        "khẩn",
        "hỏa tốc",
        "thượng khẩn",
        "dự thảo lần 1",
        "dự thảo lần 2",
        "bản chính",
        "bản sao",
    }
)
# Bodies that stand above another in an issuer block (``UBND TỈNH LÂM ĐỒNG`` over ``SỞ Y
# TẾ``): two bodies of a joint plan are side by side unless the first is one of these.
SUPERIOR_BODIES: tuple[str, ...] = (
    "UBND",
    "ỦY BAN NHÂN DÂN",
    "BỘ",
    "TỈNH ỦY",
    "THÀNH ỦY",
    "ĐẢNG BỘ",
)

# Words that end a law's name in running text ("Luật Báo chí năm 2016", "Luật Đất đai được").
LAW_NAME_STOPS: tuple[str, ...] = (
    "năm",
    "ngày",
    "được",
    "đã",
    "có",
    "quy định",
    "sửa đổi",
    "của",
    "về",
    "và các",
    "trong",
    "theo",
    "để",
    "nhằm",
    "tại",
    "cho",
    "với",
    "thì",
    "là",
    "này",
    "hiện hành",
    "và văn bản",
    "và các văn bản",
    "và pháp luật",
    "sát với",
    "phù hợp",
    "ước",
    "dự kiến",
    "ban hành",
    "trên",
    "thuộc",
    "bảo đảm",
    "đảm bảo",
    "đến",
    "từ",
    "khi",
    "nên",
    "mà",
    "do",
    "bằng",
    "cũng",
)

# Abbreviated names of ministries as news reports write them.
ORG_ABBREVIATIONS: dict[str, str] = {
    "Bộ TTTT": "Bộ Thông tin và Truyền thông",
    "Bộ TT&TT": "Bộ Thông tin và Truyền thông",
    "Bộ GD&ĐT": "Bộ Giáo dục và Đào tạo",
    "Bộ GDĐT": "Bộ Giáo dục và Đào tạo",
    "Bộ KH&CN": "Bộ Khoa học và Công nghệ",
    "Bộ KHCN": "Bộ Khoa học và Công nghệ",
    "Bộ KH&ĐT": "Bộ Kế hoạch và Đầu tư",
    "Bộ LĐ-TB&XH": "Bộ Lao động - Thương binh và Xã hội",
    "Bộ LĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "Bộ VHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ VH,TT&DL": "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ TN&MT": "Bộ Tài nguyên và Môi trường",
    "Bộ NN&PTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "Bộ NN&MT": "Bộ Nông nghiệp và Môi trường",
    "Bộ GTVT": "Bộ Giao thông vận tải",
}

# Function words an acronym leaves out of its full form: "phòng, chống tác hại của thuốc lá"
# is PCTHTL, "phòng, chống lụt bão và tìm kiếm cứu nạn" is PCLB-TKCN.
ACRONYM_SKIPPED_WORDS: frozenset[str] = frozenset(
    {"của", "và", "các", "cho", "với", "trong", "về", "đối", "tại", "theo", "hoặc", "ở"}
)
