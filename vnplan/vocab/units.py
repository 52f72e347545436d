"""Unit names: the words that head them, the prefixes and verbs around them, administrative
levels and sector abbreviations."""

from __future__ import annotations

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
    "Tiểu ban",
    "Ban",
    "Bộ Chỉ huy",
    "Bộ đội",
    "Bộ",
    "Trung tâm",
    "Viện kiểm sát",
    "Viện",
    "Học viện",
    "Trường",
    "Cơ sở giáo dục",
    "Cơ sở đào tạo",
    "Cơ sở y tế",
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
    # Residential units under a commune or ward, assignees of its plans.
    "Thôn",
    "Tổ dân phố",
    "Khu phố",
    "Ấp",
    "Khóm",
    "Buôn",
    "Ban cán sự đảng",
    "Liên đoàn Lao động",
    "LĐLĐ",
    "Đảng bộ",
    "Chi bộ",
    "Tỉnh ủy",
    "Thành ủy",
    "Huyện ủy",
    "Quận ủy",
    "Thị ủy",
    "Cấp ủy",
    "Báo",
    "Tạp chí",
    "Đài",
    "Kho bạc",
    "Ngân hàng",
    "Tòa án",
    "Công ty",
    "Tổng công ty",
    "Cơ quan",
    "Đơn vị",
    "Tổ",
    "Điện lực",
    "Tổ công tác",
    "Liên hiệp các Hội",
    "Liên minh Hợp tác xã",
    "Tổ giúp việc",
    "Tổ kiểm tra",
    "Tổ bầu cử",
    "Đoàn kiểm tra",
    "Đoàn giám sát",
    "Đoàn công tác",
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
    "Chủ đầu tư",
    "Hợp tác xã",
    "Cổng thông tin",
    "Tổ chức",
    "Tỉnh Đoàn",
    "Tỉnh đoàn",
    "Thành Đoàn",
    "Thành đoàn",
    "Huyện Đoàn",
    "Huyện đoàn",
    "Công đoàn",
    "Chi nhánh",
    "Trạm",
    "Thông tấn xã",
    "Nhà xuất bản",
    "Hạt Kiểm lâm",
    # Schools, universities, hospitals and companies: their own units.
    "Khoa",
    "Bộ môn",
    "Phân hiệu",
    "Nhà trường",
    "Chi đoàn",
    "Chi hội",
    "Chi ủy",
    "Liên đội",
    "Đội",
    "Xí nghiệp",
    "Nhà máy",
    "Phân xưởng",
)

# Heads too common as ordinary words: they name a unit only before a capitalised word
# (``Đoàn Thanh niên`` but not ``Đoàn kết``), or in a collective (``các phòng chuyên môn``).
AMBIGUOUS_UNIT_HEADS: frozenset[str] = frozenset(
    {
        "Đoàn",
        "Hội",
        "Báo",
        "Tạp chí",
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
        "Chi nhánh",
        "Trạm",
        "Chủ đầu tư",
        "Tổ",
        "Điện lực",
        "Doanh nghiệp",
        "Tổ chức",
        "Khoa",
        "Bộ môn",
        "Đội",
        "Phân xưởng",
        "Nhà trường",
    }
)

# Administrative levels in lower case, as a unit's name ends with one or a collective's scope
# names one ("UBND các huyện, thị xã", "các trường trong huyện").
LEVEL_WORDS: tuple[str, ...] = (
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "thị xã",
    "thị trấn",
    "xã",
    "phường",
)

# Levels below a commune, where a body's name often ends in lower case ("Ban điều hành các
# khu phố", "Ban công tác Mặt trận khu dân cư", "Chi hội phụ nữ các thôn").
GRASSROOTS_LEVELS: tuple[str, ...] = (
    "khu phố",
    "tổ dân phố",
    "khu dân cư",
    "thôn",
    "ấp",
    "bản",
    "buôn",
    "làng",
    "xóm",
    "tổ dân cư",
    "khóm",
)

# Words after a list of levels that go on with a body's name ("UBND các xã, phường có rừng",
# "... trên địa bàn huyện", "... trực thuộc Trung ương"); any other lower-case word after
# the list opens the body's task.
LEVEL_LIST_CONTINUATIONS: tuple[str, ...] = (
    "có",
    "trên",
    "trong",
    "thuộc",
    "trực thuộc",
    "của",
    "ở",
    "tại",
    "ven",
    "giáp",
    "vùng",
    "khu vực",
)

# Heads that name assignees only in a collective ("Các tổ chức chính trị - xã hội").
COLLECTIVE_ONLY_HEADS: frozenset[str] = frozenset({"Tổ chức"})
# Words before a unit's head that name a level of it ("Cơ sở Hội Nông dân ...": the
# grassroots chapters): the unit is still named by its head, which follows in capitals.
UNIT_LEVEL_QUALIFIERS: tuple[str, ...] = ("Cơ sở",)
# Ambiguous heads whose names may start in lower case ("Ban công tác Mặt trận").
NAMED_LATER_HEADS: frozenset[str] = frozenset({"Ban", "Phòng", "Đoàn", "Hội", "Bộ phận"})
# Head words that never end a unit's name ("Ủy ban Mặt trận" goes on "Tổ quốc ..."): a line
# that ends with one was wrapped.
OPEN_NAME_HEADS: tuple[str, ...] = (
    "Mặt trận",
    "Ủy ban",
    "Hội đồng",
    "Ban",
    "Sở",
    "Liên hiệp",
    "Liên đoàn",
)
# Heads whose bodies are named by what they do: a verb right after one is the body's function
# ("Ban xây dựng Đảng", "Ban tổ chức Hội nghị", "Tổ thường trực", "Tiểu ban hướng dẫn"), not
# the verb of a task that ends the name.
FUNCTION_NAMED_HEADS: tuple[str, ...] = (
    "Ban",
    "Tiểu ban",
    "Trung tâm",
    "Tổ",
    "Nhóm",
    "Phòng",
    "Bộ phận",
    "Hội đồng",
)
# Nouns of the scope a collective's members are in ("Các đơn vị trong ngành", "Các thành
# viên khác trong tiểu ban", "Các trường trong huyện"), besides the unit heads.
SCOPE_NOUNS: tuple[str, ...] = (
    "tiểu ban",
    "chi bộ",
    "đảng bộ",
    "trường",
    "đơn vị",
    "ngành",
    "hệ thống",
    "khối",
    "lĩnh vực",
    "địa bàn",
    *LEVEL_WORDS,
)
# People and roles an assignment section may give work to, by position rather than body
# ("3. Cán bộ phụ trách lĩnh vực ...", "6. Phó Chủ tịch phụ trách ..."): heads of an assignee
# only inside an assignment section.
ROLE_HEADS: tuple[str, ...] = (
    "Đồng chí",
    "Các đồng chí",
    "Cán bộ",
    "Công chức",
    "Chuyên viên",
    "Các Phó Chủ tịch",
    "Phó Chủ tịch",
    "Chủ tịch",
    "Các Phó chủ tịch",
    "Phó chủ tịch",
    "Giám đốc",
    "Phó Giám đốc",
    "Thủ trưởng",
    "Lãnh đạo",
    "Trưởng",
    "Phó Trưởng",
    "Tổ trưởng",
    "Thành viên",
    "Các thành viên",
    "Bí thư",
    "Phó Bí thư",
    "Ủy viên",
    "Giáo viên",
    "Hiệu trưởng",
    "Phó Hiệu trưởng",
    "Tổng phụ trách",
    # Staff named by their occupation, who lead by post in schools, hospitals and companies
    # ("Kế toán", "Nhân viên y tế", "Văn thư"): as the task tables of such plans name them.
    "Nhân viên",
    "Kế toán",
    "Văn thư",
    "Thư ký",
    "Thủ quỹ",
    "Thủ thư",
    "Bác sĩ",
    "Điều dưỡng",
    "Giảng viên",
    "Quản đốc",
    "Chủ nhiệm",
    "Phó Chủ nhiệm",
)

# Elected bodies one office serves together: "Văn phòng HĐND và UBND xã", "Văn phòng Đoàn
# ĐBQH, HĐND và UBND tỉnh" is one unit, not a list of an office and a committee.
SHARED_OFFICE_BODIES: tuple[str, ...] = (
    "HĐND",
    "UBND",
    "Hội đồng nhân dân",
    "Ủy ban nhân dân",
    "Đoàn ĐBQH",
    "Đoàn đại biểu Quốc hội",
)

# Prefixes stripped from a unit heading: "Trách nhiệm của Sở Y tế" names "Sở Y tế".
UNIT_HEADING_PREFIXES: tuple[str, ...] = (
    "Trách nhiệm của",
    "Nhiệm vụ của",
    "Đối với",
    "Đề nghị",
    "Khuyến khích",
    "Giao",
)

# Prefixes of a numbered item that asks a body outside the issuer's command to act:
# "Đề nghị Ủy ban MTTQ tỉnh ...", "Khuyến khích Liên đoàn Lao động tỉnh ...".
REQUEST_PREFIXES: tuple[str, ...] = ("Đề nghị", "Khuyến khích")

# More words before the lead unit of an assigning sentence ("Yêu cầu Sở X ...").
SENTENCE_PREFIXES: tuple[str, ...] = ("Yêu cầu",)

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
    "thúc đẩy",
    "đôn đốc",
    "tăng cường",
    "vận động",
    "tham gia",
    "trong quá trình",
    "trong phạm vi",
    "bằng nhiều",
    "bằng các",
    "căn cứ",
    "là",  # "X là (cơ quan) đầu mối ...": the copula ends a name
    "làm đầu mối",  # not "làm" alone: "Phòng Lao động - Việc làm"
    "làm thường trực",
    "thường trực",
    "giúp",
    "được giao",
    "chủ động",
    "phát huy",
    "tiên phong",
    "mở thêm",
)

# Verbs that open a duty ("Sở Tài chính và UBND các xã bố trí ngân sách ..."): in lower case
# after a unit's name they end it, like UNIT_NAME_STOPS. A class, not the verbs of one plan:
# the actions Vietnamese plans give units (plan, report, fund, inspect, train, inform ...).
TASK_VERBS: tuple[str, ...] = (
    "lãnh đạo",  # "Đảng đoàn HĐND thành phố lãnh đạo HĐND ...": a Party body's verb
    "bố trí",
    "ban hành",
    "báo cáo",
    "tổng hợp",
    "kiểm tra",
    "rà soát",
    "tuyên truyền",
    "phổ biến",
    "quán triệt",
    "đề xuất",
    "nghiên cứu",
    "cung cấp",
    "hỗ trợ",
    "bảo đảm",
    "đảm bảo",
    "giám sát",
    "thẩm định",
    "phê duyệt",
    "trình",
    "hoàn thiện",
    "hoàn thành",
    "cập nhật",
    "lập",
    "tiếp nhận",
    "giải quyết",
    "xử lý",
    "huy động",
    "phân bổ",
    "cân đối",
    "đánh giá",
    "tập huấn",
    "bồi dưỡng",
    "phát động",
    "kiện toàn",
    "củng cố",
    "ứng dụng",
    "chuẩn bị",
    "biên soạn",
    "cử",
    "duy trì",
    "nâng cao",
    "đẩy mạnh",
    "tập trung",
    "quan tâm",
    "lựa chọn",
    "phân công",
    "sắp xếp",
    "thành lập",
    "khảo sát",
    "thống kê",
    "thu thập",
    "tổng kết",
    "sơ kết",
    "kiến nghị",
    "công khai",
    "đăng tải",
    "biên tập",
    "xác minh",
    "khen thưởng",
    "giới thiệu",
    "nâng cấp",
    "mua sắm",
    "kiểm soát",
    "lồng ghép",
    "phấn đấu",
    "chấp hành",
    "tuân thủ",
    "bàn giao",
    "thông báo",
    "gửi",
    "nắm bắt",
    "nắm chắc",
    "quản lý",
    "phục vụ",
    "vận hành",
    "tiếp tục",
    "tích cực",
    "khẩn trương",
)

# Lower-case words a unit's name can end with (an administrative level, "các cấp", "liên
# quan"): a verb of TASK_VERBS after one of them opens the unit's task.
NAME_END_WORDS: tuple[str, ...] = (
    *LEVEL_WORDS,
    "cấp",
    "trung ương",
    "liên quan",
    "địa phương",
    "trực thuộc",
    "ngành",
    "đoàn thể",
)

# Lower-case words that go on naming a unit after a name the document also prints alone
# ("Ủy ban nhân dân" + "các xã", "Sở Y tế" + "tỉnh"), so that no task starts there.
NAME_LOWER_CONTINUATIONS: tuple[str, ...] = (
    *NAME_END_WORDS,
    "các",
    "những",
    "và",
    "thuộc",
    "tại",
    "trên địa bàn",  # "Các thôn trên địa bàn xã": where they are, still the name
    "của",
    "trong",
    "nhà nước",
    "khu vực",
    "khác",
    "còn lại",
)

# After these words "tổ chức" is a noun (organisations), not the verb "organise":
# "Các đoàn thể, tổ chức xã hội", "cơ quan, tổ chức, cá nhân".
ORGANISATION_KINDS: tuple[str, ...] = (
    "xã hội",
    "chính trị",
    "kinh tế",
    "tín dụng",
    "phi chính phủ",
    "quốc tế",
    "đoàn thể",
    "hội",
    "cá nhân",
    "có liên quan",
    "liên quan",
    "thành viên",
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

# Words that open the rest of an issuer's name on its next line, not a body of its own:
# "ĐOÀN KIỂM TRA" / "THEO QUYẾT ĐỊNH" / "SỐ 1050/QĐ-SCT", "TRUNG TÂM Y TẾ" / "TRỰC THUỘC ...".
# "BỘ NÔNG NGHIỆP" / "VÀ PHÁT TRIỂN NÔNG THÔN": a name wrapped at its "và".
NAME_CONTINUATIONS: tuple[str, ...] = ("THEO", "SỐ", "TRỰC THUỘC", "THUỘC", "TẠI", "VÀ", "&")

# Sector abbreviations in unit names ("Sở KH&CN", "Phòng GD&ĐT"): the same unit as its full
# name, for matching a task table's lead with the unit's heading.
SECTOR_ABBREVIATIONS: dict[str, str] = {
    "KH&CN": "Khoa học và Công nghệ",
    "KHCN": "Khoa học và Công nghệ",
    "GD&ĐT": "Giáo dục và Đào tạo",
    "GDĐT": "Giáo dục và Đào tạo",
    "TT&TT": "Thông tin và Truyền thông",
    "TTTT": "Thông tin và Truyền thông",
    "KH&ĐT": "Kế hoạch và Đầu tư",
    "KHĐT": "Kế hoạch và Đầu tư",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội",
    "LĐTB&XH": "Lao động - Thương binh và Xã hội",
    "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "VH,TT&DL": "Văn hóa, Thể thao và Du lịch",
    "VHTT&DL": "Văn hóa, Thể thao và Du lịch",
    "VHTTDL": "Văn hóa, Thể thao và Du lịch",
    "VH&TT": "Văn hóa và Thể thao",
    "TN&MT": "Tài nguyên và Môi trường",
    "TNMT": "Tài nguyên và Môi trường",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
    "NN&MT": "Nông nghiệp và Môi trường",
    "GTVT": "Giao thông vận tải",
    "DT&TG": "Dân tộc và Tôn giáo",
}

# Words that make a would-be unit name a clause ("Các đơn vị, địa phương tăng cường kiểm
# tra"): a numbered sentence opening with such a phrase is not a unit's heading.
CLAUSE_WORDS: tuple[str, ...] = ("ưu tiên", "tăng cường", "việc", "tham gia", "tích cực")
# The legal forms of an enterprise ("CÔNG TY TNHH MỘT THÀNH VIÊN", "CÔNG TY CỔ PHẦN"): a
# header line that ends in one has not yet given the company's name, which the next line does.
ENTERPRISE_FORMS: tuple[str, ...] = (
    "TNHH",
    "TRÁCH NHIỆM HỮU HẠN",
    "MỘT THÀNH VIÊN",
    "MTV",
    "HAI THÀNH VIÊN TRỞ LÊN",
    "CỔ PHẦN",
    "HỢP DANH",
    "LIÊN DOANH",
)
