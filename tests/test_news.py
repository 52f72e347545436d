"""News reports about plans: the plan's number, issuer, date, title and goals from prose."""

from __future__ import annotations

import pytest

import vnplan


def test_issue_sentence_with_number_date_title() -> None:
    text = (
        "Thứ 3, Ngày 22/10/2019 -\n\nTriển khai Đề án trên địa bàn tỉnh\nMặc định Cỡ chữ\n"
        "Ngày 02/7/2019, UBND tỉnh ban hành Kế hoạch số 1655/KH-UBND triển khai Đề án "
        '"Tăng cường ứng dụng công nghệ thông tin, giáo dục pháp luật giai đoạn 2019 - 2021"'
        " theo Quyết định số 471/QĐ-TTg ngày 26/4/2019 của Thủ tướng Chính phủ.\n\nThái Ninh"
    )
    p = vnplan.parse_text(text)
    assert p.kind == "news" and p.doc_type == "KẾ HOẠCH"
    assert p.number is not None and p.number.raw == "1655/KH-UBND"
    assert (p.issuer and p.issuer.name, str(p.date)) == ("UBND tỉnh", "2019-07-02")
    assert p.title == (
        'triển khai Đề án "Tăng cường ứng dụng công nghệ thông tin, giáo dục pháp '
        'luật giai đoạn 2019 - 2021"'
    )
    assert p.period is not None and (str(p.period.start), str(p.period.end)) == ("2019", "2021")
    assert [r.raw for r in p.references] == ["471/QĐ-TTg"]
    assert p.snippet(p.spans["title"]) == p.title


def test_year_from_the_cited_number_and_abbreviated_ministry() -> None:
    text = (
        "Sở TT&TT AG - Ngày 22/5, Bộ TTTT đã ban hành Kế hoạch truyền thông về dữ liệu số\n"
        "nhằm nâng cao nhận thức.\nNguồn KH số 864/QĐ-BTTTT ngày 22/5/2020"
    )
    p = vnplan.parse_text(text)
    assert p.number is not None and p.number.raw == "864/QĐ-BTTTT"
    assert p.issuer is not None and p.issuer.name == "Bộ Thông tin và Truyền thông"
    assert str(p.date) == "2020-05-22"
    assert p.title == "Kế hoạch truyền thông về dữ liệu số"


def test_goals_after_an_introducing_sentence_and_headline_title() -> None:
    text = (
        "Thực hiện tuyên truyền dự án Luật Dữ liệu trong Công an tỉnh Sóc Trăng\n"
        "Theo đó, nội dung Kế hoạch đã đề ra mục tiêu, yêu cầu cụ thể như sau:\n"
        "(1) Đẩy mạnh công tác tuyên truyền.\n(2) Phản bác thông tin sai sự thật.\n"
        "Ảnh minh họa.\nViệc thực hiện chia thành 02 giai đoạn:\n"
        "- Giai đoạn 1: Khi Chính phủ ban hành Nghị quyết.\n"
        "- Giai đoạn 2: Khi Bộ Công an xây dựng dự án Luật (dự kiến tháng 5/2025)."
    )
    p = vnplan.parse_text(text)
    assert p.title == "Thực hiện tuyên truyền dự án Luật Dữ liệu trong Công an tỉnh Sóc Trăng"
    assert p.issuer is not None and (p.issuer.name, p.issuer.inferred) == (
        "Công an tỉnh Sóc Trăng",
        True,
    )
    assert [i.text for i in p.purposes] == [
        "Đẩy mạnh công tác tuyên truyền.",
        "Phản bác thông tin sai sự thật.",
    ]
    assert [(ph.label, ph.condition, str(ph.end)) for ph in p.phases] == [
        ("Giai đoạn 1", "Khi Chính phủ ban hành Nghị quyết", "None"),
        ("Giai đoạn 2", "Khi Bộ Công an xây dựng dự án Luật", "2025-05"),
    ]


def test_long_form_date_without_comma_and_a_download_link_before_the_title() -> None:
    text = (
        "Điểm thi vào lớp 10 tính thế nào?\n\nNgày 26 tháng 02 năm 2025 Ủy ban nhân dân tỉnh "
        "Hà Nam đã ban hành Kế hoạch số 14/KH-UBND Tải về về Kế hoạch tuyển sinh lớp 10 "
        "năm học 2025-2026.\n\nCăn cứ Mục 3 Kế hoạch 14/KH-UBND năm 2025 như sau:"
    )
    p = vnplan.parse_text(text)
    assert p.number is not None and p.number.raw == "14/KH-UBND"
    assert p.issuer is not None and p.issuer.name == "Ủy ban nhân dân tỉnh Hà Nam"
    assert str(p.date) == "2025-02-26"
    assert p.title == "tuyển sinh lớp 10 năm học 2025-2026"


def test_a_quoting_page_names_number_and_issuer_above_the_quoted_plan() -> None:
    text = (
        "Căn cứ Mục 5 Kế hoạch 34/KH-TLĐ năm 2025 do Tổng Liên đoàn Lao động Việt Nam ban "
        "hành như sau:\n\nKẾ HOẠCH\n\nTỔ CHỨC CÁC HOẠT ĐỘNG CHĂM LO TẾT\n\n"
        "V. TỔ CHỨC THỰC HIỆN\n\n5. Công đoàn cơ sở\n\n- Báo cáo kết quả chăm lo Tết."
    )
    p = vnplan.parse_text(text)
    assert p.kind == "news"
    assert p.number is not None and p.number.raw == "34/KH-TLĐ"
    assert p.issuer is not None and p.issuer.name == "Tổng Liên đoàn Lao động Việt Nam"
    assert p.title == "TỔ CHỨC CÁC HOẠT ĐỘNG CHĂM LO TẾT"
    assert [(a.unit.name, len(a.tasks)) for a in p.assignments] == [("Công đoàn cơ sở", 1)]


def test_goals_list_survives_a_motto_an_item_introduces_and_ve_viec_is_not_title() -> None:
    text = (
        "Ngày 17/9/2025, Công đoàn Ngân hàng Việt Nam ban hành Kế hoạch 1472/KH-CĐNH năm 2025 "
        "về việc tổ chức Đại hội VIII.\n\nCăn cứ Kế hoạch 22/KH-TLĐ năm 2025 của Đoàn Chủ tịch."
        "\n\nTại Mục I Kế hoạch 1472/KH-CĐNH có nêu rõ mục đích, yêu cầu như sau:\n\n"
        "- Đại hội là ngày hội theo phương châm:\n\n“Đoàn kết - Dân chủ”\n\n"
        "- Đại hội bầu Ban Chấp hành.\n\nCăn cứ Kế hoạch 22/KH-TLĐ ngày 29/8/2025 của Đoàn."
    )
    p = vnplan.parse_text(text)
    assert p.title == "tổ chức Đại hội VIII"
    assert [i.text for i in p.purposes] == [
        "Đại hội là ngày hội theo phương châm:",
        "Đại hội bầu Ban Chấp hành.",
    ]
    assert [(r.raw, str(r.date)) for r in p.references] == [("22/KH-TLĐ", "2025-08-29")]


def test_a_list_introduced_as_requirements_only_goes_to_requirements() -> None:
    text = (
        "Ngày 01/12/2025, UBND tỉnh Phú Thọ đã ban hành Kế hoạch 10345/KH-UBND triển khai "
        "Nghị định 269/2025/NĐ-CP.\n\nTheo đó, tại Mục II Kế hoạch 10345/KH-UBND nêu rõ yêu "
        "cầu như sau:\n\n1. Tuân thủ quy định pháp luật.\n\n2. Lấy người dân làm trung tâm."
    )
    p = vnplan.parse_text(text)
    assert p.purposes == []
    assert [i.text for i in p.requirements] == [
        "Tuân thủ quy định pháp luật.",
        "Lấy người dân làm trung tâm.",
    ]


def test_title_runs_past_a_citation_it_is_about_and_ve_is_the_reporters() -> None:
    text = (
        "Ngày 04/12/2025, Sở GD&ĐT TPHCM ban hành Kế hoạch 5418/KH-SGDĐT năm 2025 về tổ chức "
        "cho trẻ làm quen tiếng Anh theo Thông tư 50/2020/TT-BGDĐT dựa trên tiếp cận công nghệ, "
        "giai đoạn 2025-2028.\n\nNội dung chính như sau:"
    )
    p = vnplan.parse_text(text)
    assert p.title == (
        "tổ chức cho trẻ làm quen tiếng Anh theo Thông tư 50/2020/TT-BGDĐT dựa trên tiếp cận "
        "công nghệ, giai đoạn 2025-2028"
    )
    assert p.period is not None and (str(p.period.start), str(p.period.end)) == ("2025", "2028")


def test_theo_doi_is_a_verb_of_the_title_not_the_start_of_its_basis() -> None:
    text = (
        "Ngày 10/3/2025, UBND huyện ban hành Kế hoạch số 12/KH-UBND theo dõi tình hình thi hành "
        "pháp luật năm 2025 theo Quyết định số 1/QĐ-UBND ngày 2/1/2025 của UBND tỉnh."
    )
    p = vnplan.parse_text(text)
    assert p.title == "theo dõi tình hình thi hành pháp luật năm 2025"


_REPORT = (
    "Trang chủ | Tin tức | Giáo dục | Y tế\n\nTriển khai kế hoạch năm {year}\n\n"
    "Thứ Hai, 13/03/{year} 10:25\n\n"
    "Ngày 10/3/{year}, UBND huyện Tam Nông ban hành Kế hoạch số 45/KH-UBND về tổ chức "
    "chiến dịch năm {year} trên địa bàn huyện.\n\n{prose}\n\nTheo Báo Phú Thọ"
)


@pytest.mark.parametrize(
    ("prose", "period"),
    [
        # the first sentence that says when the activities run, end to end
        (
            "Theo kế hoạch, toàn bộ công tác tuyển sinh được triển khai từ tháng 3 đến hết "
            "tháng 7/{year}. Học sinh đăng ký dự thi từ ngày 15/5 đến ngày 25/5/{year}.",
            ("{year}-03", "{year}-07"),
        ),
        (
            "Các hoạt động diễn ra từ ngày 19/02/{year} và kéo dài đến hết tháng 12/{year}.",
            ("{year}-02-19", "{year}-12"),
        ),
        (
            "Theo đó, sinh hoạt hè bắt đầu từ ngày 1/6 và kết thúc vào ngày 31/8/{year}.",
            ("{year}-06-01", "{year}-08-31"),
        ),
        (
            "Thứ hai, chiến dịch được phát động từ ngày 15/4 đến ngày 15/5/{year} trên toàn huyện.",
            ("{year}-04-15", "{year}-05-15"),
        ),
        # an event outside the phases' time is not the period: the title's year gives it
        (
            "Chiến dịch được chia thành 2 giai đoạn:\n- Giai đoạn 1 (từ ngày 18/02/{year} đến "
            "ngày 20/4/{year}): ôn tập theo lớp.\n- Giai đoạn 2 (từ ngày 22/4/{year} đến ngày "
            "20/6/{year}): ôn tập theo nhóm.\n\nKỳ thi dự kiến diễn ra từ ngày 25 đến 27/6/{year}.",
            ("{year}", "{year}"),
        ),
    ],
)
@pytest.mark.parametrize("year", [2019, 2024])
def test_the_period_a_report_gives_in_prose(prose: str, period: tuple[str, str], year: int) -> None:
    p = vnplan.parse_text(_REPORT.format(year=year, prose=prose.format(year=year)))
    assert p.kind == "news"
    assert p.period is not None
    assert (str(p.period.start), str(p.period.end)) == tuple(x.format(year=year) for x in period)


def test_a_purpose_is_preferred_over_a_target_the_report_also_gives() -> None:
    prose = (
        "Theo kế hoạch, mục tiêu đặt ra là tỷ lệ tiêm đạt trên 95% ở quy mô xã.\n\n"
        "Mục đích của Kế hoạch nhằm tăng cường miễn dịch phòng bệnh cho trẻ em dưới 5 tuổi."
    )
    p = vnplan.parse_text(_REPORT.format(year=2024, prose=prose))
    assert [i.text[:20] for i in p.purposes] == ["nhằm tăng cường miễn"]


@pytest.mark.parametrize(
    ("prose", "purposes", "requirements"),
    [
        # goals numbered 1) 2) or a) b) inside one sentence
        (
            "Kế hoạch nhằm 3 mục đích: 1) Lập lại trật tự vỉa hè; 2) Nâng cao ý thức người "
            "dân; 3) Xử lý dứt điểm lấn chiếm.",
            ["Lập lại trật tự vỉa hè", "Nâng cao ý thức người dân", "Xử lý dứt điểm lấn chiếm"],
            [],
        ),
        (
            "Kế hoạch đặt ra hai mục tiêu: a) Tăng tỷ lệ hồ sơ trực tuyến; b) Giảm thời gian "
            "giải quyết thủ tục.",
            ["Tăng tỷ lệ hồ sơ trực tuyến", "Giảm thời gian giải quyết thủ tục"],
            [],
        ),
        # several quoted goals in one sentence
        (
            'Mục đích của kế hoạch nhằm "đẩy mạnh ứng dụng công nghệ số trong sản xuất" và '
            '"nâng cao năng lực khai thác nền tảng số cho hợp tác xã".',
            [
                "đẩy mạnh ứng dụng công nghệ số trong sản xuất",
                "nâng cao năng lực khai thác nền tảng số cho hợp tác xã",
            ],
            [],
        ),
        # a label read as the last item's continuation opens the next list
        (
            "Mục đích:\n1. Đánh giá đúng thực trạng công tác cải cách.\n2. Chấn chỉnh kỷ "
            "cương hành chính.\nYêu cầu:\n1. Việc kiểm tra phải khách quan.\n2. Kết thúc "
            "kiểm tra phải có kết luận.",
            ["Đánh giá đúng thực trạng công tác cải cách", "Chấn chỉnh kỷ cương hành chính"],
            ["Việc kiểm tra phải khách quan", "Kết thúc kiểm tra phải có kết luận"],
        ),
    ],
)
def test_goals_a_report_numbers_quotes_or_labels(
    prose: str, purposes: list[str], requirements: list[str]
) -> None:
    p = vnplan.parse_text(_REPORT.format(year=2024, prose=prose))
    assert [i.text.rstrip(".") for i in p.purposes] == purposes
    assert [i.text.rstrip(".") for i in p.requirements] == requirements


@pytest.mark.parametrize("turn", ["Đối với Kế hoạch số {other}, ", "Theo Kế hoạch số {other}, "])
@pytest.mark.parametrize(
    ("own", "other"), [("168/KH-UBND", "171/KH-UBND"), ("45/KH-SYT", "52/KH-SYT")]
)
def test_a_report_about_two_plans_keeps_the_first_plans_own_facts(
    turn: str, own: str, other: str
) -> None:
    text = (
        "Trang chủ | Tin tức | Y tế | Xã hội\n\nHai kế hoạch bảo đảm an toàn thực phẩm\n\n"
        f"Ngày 02/4/2024, UBND tỉnh Lào Cai ban hành Kế hoạch số {own} triển khai Tháng hành "
        f"động vì an toàn thực phẩm năm 2024 và Kế hoạch số {other} về bảo đảm an toàn thực "
        "phẩm dịp Tết Trung thu.\n\n"
        "Tháng hành động được triển khai từ ngày 15/4 đến ngày 15/5/2024. Giao Sở Y tế chủ "
        "trì tổ chức các đoàn kiểm tra liên ngành.\n\n"
        + turn.format(other=other)
        + "việc bảo đảm an toàn thực phẩm được thực hiện từ ngày 01/8 đến ngày 30/9/2024, căn "
        "cứ Công văn số 4021/BYT-ATTP của Bộ Y tế. Giao Sở Công Thương chủ trì kiểm tra.\n\n"
        "Theo Báo Lào Cai"
    )
    p = vnplan.parse_text(text)
    assert p.number is not None and p.number.raw == own
    assert p.title == "triển khai Tháng hành động vì an toàn thực phẩm năm 2024"
    assert p.period is not None
    assert (str(p.period.start), str(p.period.end)) == ("2024-04-15", "2024-05-15")
    assert [a.unit.name for a in p.assignments] == ["Sở Y tế"]
    assert p.references == []


@pytest.mark.parametrize(
    ("quote", "title"),
    [
        (
            '"Ra quân lập lại trật tự vỉa hè trên địa bàn quận năm 2016"',
            "Ra quân lập lại trật tự vỉa hè trên địa bàn quận năm 2016",
        ),
        (
            "“Tháng hành động vì an toàn thực phẩm năm 2024”",
            "Tháng hành động vì an toàn thực phẩm năm 2024",
        ),
    ],
)
def test_a_report_without_a_number_takes_the_title_from_the_issuing_sentence(
    quote: str, title: str
) -> None:
    text = (
        "BÁO CẦN THƠ ONLINE\nTrang chủ | Thời sự | Chính trị | Kinh tế | Đô thị\n\n"
        "Quận ra quân lập lại trật tự\n\n"
        f"UBND quận Ninh Kiều vừa ban hành kế hoạch {quote}. Thời gian thực hiện từ ngày 15-3 "
        "đến ngày 30-6-2016.\n\nTheo Báo Cần Thơ"
    )
    p = vnplan.parse_text(text)
    assert p.kind == "news"
    assert p.title is not None and p.title.strip('"“”') == title
