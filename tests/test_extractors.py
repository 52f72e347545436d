from __future__ import annotations

import vnplan
from tests.conftest import plan_text


def items(xs: list[vnplan.Item]) -> list[str]:
    return [x.text for x in xs]


def test_combined_purposes_and_requirements_with_subheadings() -> None:
    body = "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- P1.\n- P2.\n2. Yêu cầu\n- R1.\nII. NỘI DUNG\n- x"
    p = vnplan.parse_text(plan_text(body))
    assert (items(p.purposes), items(p.requirements)) == (["P1.", "P2."], ["R1."])


def test_combined_heading_without_subheadings_goes_to_purposes() -> None:
    body = "I. MỤC ĐÍCH, YÊU CẦU\n1. Tiếp tục đẩy mạnh.\n2. Chủ động khắc phục.\nII. NỘI DUNG"
    p = vnplan.parse_text(plan_text(body))
    assert (items(p.purposes), items(p.requirements)) == (
        ["Tiếp tục đẩy mạnh.", "Chủ động khắc phục."],
        [],
    )


def test_separate_sections_any_case_and_numbering() -> None:
    body = "1. MỤC TIÊU\na) Một.\nb) Hai.\n2. Yêu cầu:\nMột đoạn văn.\n3. NỘI DUNG"
    p = vnplan.parse_text(plan_text(body))
    assert (items(p.purposes), items(p.requirements)) == (["Một.", "Hai."], ["Một đoạn văn."])


def test_lead_in_paragraph_is_not_an_item() -> None:
    body = "I. MỤC ĐÍCH\nKế hoạch nhằm các mục đích sau:\n- A.\n- B.\nII. X"
    assert items(vnplan.parse_text(plan_text(body)).purposes) == ["A.", "B."]


def test_assignments_under_unit_headings() -> None:
    body = "\n".join(
        [
            "III. Phân công Nhiệm vụ",
            "1. Cục Cảnh sát quản lý tạm giữ (C11)",
            "- Chủ trì A.",
            "- Chủ trì B.",
            "2. Văn phòng Bộ Công an (V01)",
            "Phối hợp với C11.",
            "3. Công an các tỉnh, thành phố trực thuộc Trung ương",
            "- Tham mưu.",
            "IV. TỔ CHỨC THỰC HIỆN",
            "1. Căn cứ Kế hoạch này, Công an các đơn vị, địa phương khẩn trương thực hiện.",
            "2. Văn phòng Sở: chủ trì tổng hợp, báo cáo.",
            "3. Trách nhiệm của Sở Y tế",
            "- Bảo đảm thuốc.",
            "4. Các phòng chuyên môn khác",
            "Phối hợp thực hiện.",
        ]
    )
    p = vnplan.parse_text(plan_text(body))
    got = [(a.unit.name, a.unit.code, a.unit.collective, len(a.tasks)) for a in p.assignments]
    assert got == [
        ("Cục Cảnh sát quản lý tạm giữ", "C11", False, 2),
        ("Văn phòng Bộ Công an", "V01", False, 1),
        ("Công an các tỉnh, thành phố trực thuộc Trung ương", None, True, 1),
        ("Văn phòng Sở", None, False, 1),
        ("Sở Y tế", None, False, 1),
        ("Các phòng chuyên môn khác", None, True, 1),
    ]
    assert all(t.origin == "section" for a in p.assignments for t in a.tasks)
    assert p.assignments[3].tasks[0].text == "chủ trì tổng hợp, báo cáo."


def test_unit_headings_outside_assignment_sections_are_not_assignments() -> None:
    body = "I. NỘI DUNG\n1. Sở Y tế\n- a.\nII. KINH PHÍ"
    assert vnplan.parse_text(plan_text(body)).assignments == []


def test_phases_and_period() -> None:
    body = (
        "II. THỜI GIAN THỰC HIỆN\nThời gian thực hiện từ năm 2020 đến 2025, chia làm 2 giai "
        "đoạn:\n- Giai đoạn 1: Từ năm 2020 đến năm 2022.\n- Giai đoạn 2 (2023 - 2025): triển "
        "khai.\n- Đợt 3: từ tháng 5/2025 đến Quý III/2025."
    )
    p = vnplan.parse_text(plan_text(body))
    assert [(ph.label, str(ph.start), str(ph.end)) for ph in p.phases] == [
        ("Giai đoạn 1", "2020", "2022"),
        ("Giai đoạn 2", "2023", "2025"),
        ("Đợt 3", "2025-05", "2025-09"),  # a quarter spelled as months
    ]
    assert p.period is not None and (str(p.period.start), str(p.period.end)) == ("2020", "2025")


def test_event_phase_keeps_condition() -> None:
    body = "I. A\n- Giai đoạn 1: Khi Chính phủ ban hành Nghị quyết (dự kiến tháng 5/2025)."
    ph = vnplan.parse_text(plan_text(body)).phases[0]
    assert ph.condition == "Khi Chính phủ ban hành Nghị quyết"
    assert (ph.start, str(ph.end)) == (None, "2025-05")


def test_period_from_title() -> None:
    text = plan_text("I. A").replace("Thử nghiệm", "Triển khai Đề án giai đoạn 2019 - 2021")
    p = vnplan.parse_text(text)
    assert p.period is not None and (str(p.period.start), str(p.period.end)) == ("2019", "2021")


def test_references() -> None:
    body = (
        "Căn cứ Nghị định số 47/2020/NĐ-CP ngày 09/4/2020 của Chính phủ; Quyết định số "
        "471/QĐ-TTg ngày 26/4/2019 của Thủ tướng Chính phủ về đề án; thực hiện kết luận số "
        "631-KL/BTGTU và Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024;\n\nI. A"
    )
    p = vnplan.parse_text(plan_text(body))
    got = [(r.raw, r.type, str(r.date) if r.date else None, r.issuer) for r in p.references]
    assert got == [
        ("47/2020/NĐ-CP", "Nghị định", "2020-04-09", "Chính phủ"),
        ("471/QĐ-TTg", "Quyết định", "2019-04-26", "Thủ tướng Chính phủ"),
        ("631-KL/BTGTU", "Kết luận", None, None),
        ("57-NQ/TW", "Nghị quyết", "2024-12-22", None),
    ]


def test_own_number_is_not_a_reference() -> None:
    p = vnplan.parse_text(plan_text("Kế hoạch số 12/KH-SYT này.\n\nI. A"))
    assert p.references == []


def test_abbreviations() -> None:
    body = (
        "Công tác tái hòa nhập cộng đồng (sau đây viết gọn là THNCĐ) và Ủy ban nhân dân "
        "(UBND), doanh nghiệp nhỏ và vừa (viết tắt là DNNVV); Cục C11 (C11).\n\nI. A"
    )
    p = vnplan.parse_text(plan_text(body))
    assert [(a.short, a.full) for a in p.abbreviations] == [
        ("THNCĐ", "tái hòa nhập cộng đồng"),
        ("DNNVV", "doanh nghiệp nhỏ và vừa"),
        ("UBND", "Ủy ban nhân dân"),
    ]


def test_unit_names_that_contain_verbs_capitalised() -> None:
    from vnplan.extract.units import unit_from_heading

    found = unit_from_heading("Sở Xây dựng")
    assert found is not None and found[0].name == "Sở Xây dựng"
    found = unit_from_heading("Sở Y tế chủ trì, phối hợp với các sở")
    assert found is not None and (found[0].name, found[1]) == (
        "Sở Y tế",
        "chủ trì, phối hợp với các sở",
    )
    found = unit_from_heading(
        "Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội", whole=True
    )
    assert found is not None and found[0].name.endswith("các tổ chức chính trị - xã hội")
    assert unit_from_heading("Đoàn kết toàn dân") is None
    # A school's subject group and a power company's branches are units; "tổ dân phố" is not.
    for name in ("Tổ Khoa học tự nhiên", "Các Điện lực trực thuộc"):
        found = unit_from_heading(name)
        assert found is not None and found[0].name == name
    assert unit_from_heading("tổ dân phố số 3") is None
    assert unit_from_heading("Tổ chức thực hiện") is None
    # "tổ chức xã hội" is organisations; "tổ chức tập huấn" is the verb.
    found = unit_from_heading("Các đoàn thể, tổ chức xã hội:")
    assert found is not None and found == (found[0], "") and found[0].name.endswith("xã hội")
    found = unit_from_heading("Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp")
    assert found is not None and found[1] == "" and found[0].name.endswith("Khu công nghiệp")
    found = unit_from_heading(
        "Các sở, cơ quan trực thuộc Sở và các cơ quan liên quan trong phạm vi chức năng, nhiệm vụ "
        "của mình tổ chức triển khai thực hiện Kế hoạch."
    )
    assert found is not None and found[0].name.endswith("các cơ quan liên quan")
    found = unit_from_heading("Các đoàn thể tổ chức tập huấn cho hội viên")
    assert found is not None and found[1] == "tổ chức tập huấn cho hội viên"


def test_named_laws_without_numbers_are_cited() -> None:
    body = (
        "Thực thi Luật Báo chí, Luật An toàn thông tin mạng, Luật Tần số vô tuyến điện và "
        "Luật Bầu cử đại biểu Quốc hội số 85/2015/QH13 ngày 25/6/2015; thống nhất với Luật Phòng, "
        "chống ma túy sát với thực tiễn.\n\nI. A"
    )
    refs = [(r.raw, r.type) for r in vnplan.parse_text(plan_text(body)).citations]
    assert refs == [
        ("Luật Báo chí", "Luật"),
        ("Luật An toàn thông tin mạng", "Luật"),
        ("Luật Tần số vô tuyến điện", "Luật"),
        ("Luật Phòng, chống ma túy", "Luật"),  # "sát với thực tiễn" is prose
        ("85/2015/QH13", "Luật"),
    ]


def test_law_names_keep_phong_chong_and_drop_a_bare_year() -> None:
    body = (
        "Căn cứ Luật Phòng, chống tham nhũng 2018, Luật Phòng, chống ma túy năm 2021, "
        "Luật Báo chí, các Nghị định có liên quan.\n\nI. A"
    )
    refs = [r.raw for r in vnplan.parse_text(plan_text(body)).citations]
    assert refs == ["Luật Phòng, chống tham nhũng", "Luật Phòng, chống ma túy", "Luật Báo chí"]


def test_section_period_from_its_own_time_line() -> None:
    body = (
        "III. NỘI DUNG\n\n1. Xây dựng lực lượng\n\n- Lựa chọn người.\n\nThời gian thực hiện "
        "từ năm 2020 đến năm 2022\n\n2. Tuyên truyền\n\nThời gian thực hiện: Quý III/2025."
    )
    sec = vnplan.parse_text(plan_text(body)).sections[0]
    periods = [
        (c.title, c.period and (str(c.period.start), str(c.period.end))) for c in sec.children
    ]
    assert periods == [
        ("Xây dựng lực lượng", ("2020", "2022")),
        ("Tuyên truyền", ("2025-Q3", "2025-Q3")),
    ]


def test_roles_and_lower_case_bodies_are_assignees_in_assignment_sections() -> None:
    body = (
        "III. TỔ CHỨC THỰC HIỆN\n1. Các tổ chức chính trị - xã hội xã\n- Tuyên truyền.\n"
        "2. Cán bộ phụ trách lĩnh vực giám sát\n- Tham mưu.\n- Chủ trì báo cáo.\n"
        "3. Ban công tác Mặt trận các thôn\nPhối hợp.\n4. Tổ chức Hội nghị sơ kết\n- Quý IV."
    )
    got = [(a.unit.name, len(a.tasks)) for a in vnplan.parse_text(plan_text(body)).assignments]
    assert got == [
        ("Các tổ chức chính trị - xã hội xã", 1),
        ("Cán bộ phụ trách lĩnh vực giám sát", 2),
        ("Ban công tác Mặt trận các thôn", 1),
    ]
    # Outside an assignment section a role is not a unit.
    from vnplan.extract.units import unit_from_heading

    assert unit_from_heading("Cán bộ phụ trách lĩnh vực giám sát") is None


def test_notes_in_brackets_are_not_tasks_and_admin_levels_make_units() -> None:
    body = (
        "IV. TỔ CHỨC THỰC HIỆN\n1. Thuế tỉnh\n- Kiểm tra.\n- Đôn đốc.\n"
        "2. Ủy ban nhân dân các xã\n- Quán triệt.\n(Một số nhiệm vụ có Phụ lục kèm theo)"
    )
    got = [(a.unit.name, len(a.tasks)) for a in vnplan.parse_text(plan_text(body)).assignments]
    assert got == [("Thuế tỉnh", 2), ("Ủy ban nhân dân các xã", 1)]


def test_paragraphs_after_a_units_last_bullet_are_not_its_tasks() -> None:
    body = (
        "III. TỔ CHỨC THỰC HIỆN\n\n5. Công đoàn cơ sở\n\n- Chủ động tham gia công khai phương án."
        "\n\n- Báo cáo kết quả về công đoàn cấp trên.\n\nTheo đó, công đoàn cơ sở cần chủ động."
        "\n\n6. Trạm Y tế xã\n\nTổ chức khám sàng lọc.\n\nBáo cáo kết quả hằng quý."
    )
    got = {a.unit.name: len(a.tasks) for a in vnplan.parse_text(plan_text(body)).assignments}
    assert got == {"Công đoàn cơ sở": 2, "Trạm Y tế xã": 2}


def test_paragraphs_after_a_bulleted_requirements_list_are_not_requirements() -> None:
    body = (
        "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Tìm hiểu ý kiến.\n\n2. Yêu cầu\n\n"
        "- Tiến hành nghiêm túc.\n\n- Phản ánh khách quan.\n\n"
        "Xem chi tiết thêm tại Kế hoạch 163-KH/BTGDVTW.\n\nII. NỘI DUNG\n\n1. Điều tra"
    )
    p = vnplan.parse_text(plan_text(body))
    assert [i.text for i in p.requirements] == ["Tiến hành nghiêm túc.", "Phản ánh khách quan."]


def test_a_numbered_item_opening_with_a_unit_is_its_heading_and_first_task() -> None:
    body = (
        "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Khoa học và Công nghệ theo dõi, đôn đốc các đơn vị."
        "\n\n- Tổng hợp báo cáo hằng tháng.\n\n2. Các Sở, ban, ngành và các cơ quan, tổ chức "
        "có liên quan căn cứ Kế hoạch này xây dựng kế hoạch.\n\n3. Giao Công an tỉnh chủ trì "
        "kiểm tra.\n\n4. Các đơn vị tăng cường kiểm tra, đôn đốc."
    )
    got = {
        a.unit.name: [t.origin for t in a.tasks]
        for a in vnplan.parse_text(plan_text(body)).assignments
    }
    assert got == {
        "Sở Khoa học và Công nghệ": ["section", "section"],
        "Các Sở, ban, ngành và các cơ quan, tổ chức có liên quan": ["section"],
        "Công an tỉnh": ["sentence"],
    }


def test_an_abbreviation_with_a_word_and_an_ampersand_acronym() -> None:
    body = (
        "Căn cứ Thông tư số 02/2025/TT-BGDĐT, Sở Giáo dục và Đào tạo (sau đây gọi tắt là "
        "Sở GD&ĐT) ban hành Kế hoạch.\n\nI. MỤC TIÊU\n1. Dạy học kỹ năng số."
    )
    p = vnplan.parse_text(plan_text(body))
    assert [(a.short, a.full) for a in p.abbreviations] == [("Sở GD&ĐT", "Sở Giáo dục và Đào tạo")]


def test_a_unit_headings_verbs_over_its_own_task_list_are_not_a_task() -> None:
    body = (
        "IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính chủ trì, phối hợp các sở, ban, ngành\n\n"
        "- Bố trí kinh phí thực hiện.\n\n- Hướng dẫn thanh quyết toán.\n\n"
        "2. Các Sở, ngành chủ trì, quản lý các dự án thành phần thuộc Chương trình\n\n"
        "- Phê duyệt kế hoạch giám sát.\n\n"
        "3. Sở Y tế chủ trì, phối hợp với các đơn vị tổ chức tập huấn cho cán bộ.\n\n"
        "- Thời gian: quý II/2026.\n"
    )
    p = vnplan.parse_text(plan_text(body))
    assert [(a.unit.name, len(a.tasks)) for a in p.assignments] == [
        ("Sở Tài chính", 2),  # the verbs lead in to the list
        # after a collective they say which units are meant
        ("Các Sở, ngành chủ trì, quản lý các dự án thành phần thuộc Chương trình", 1),
        ("Sở Y tế", 2),  # a sentence that ends is a task of its own
    ]


def test_hour_stages_are_not_numbered_phases_and_a_phuong_an_is_cited() -> None:
    body = (
        "Căn cứ Phương án 02600/PA-UBND ngày 18/8/2025 của UBND tỉnh về ứng phó thiên tai.\n\n"
        "I. PHƯƠNG ÁN CẤP PHÁT\n\n- Giai đoạn 48-72 giờ: Tổ chức bếp ăn cộng đồng.\n\n"
        "- Giai đoạn 2: quý IV/2025, phục hồi sản xuất.\n"
    )
    p = vnplan.parse_text(plan_text(body))
    assert [(ph.label, str(ph.start)) for ph in p.phases] == [("Giai đoạn 2", "2025-10")]
    assert [(r.raw, r.type) for r in p.references] == [("02600/PA-UBND", "Phương án")]


def test_joint_media_names_and_a_list_of_assignee_kinds_are_units() -> None:
    from vnplan.extract.units import unit_from_heading

    for name in ("Báo và Phát thanh, Truyền hình Đồng Nai", "Doanh nghiệp, cộng đồng, cá nhân"):
        found = unit_from_heading(name, roles=True)
        assert found is not None and found[0].name == name
    # Outside an assignment section a bare "Doanh nghiệp, ..." is prose.
    assert unit_from_heading("Doanh nghiệp, cộng đồng, cá nhân") is None


def test_a_law_name_with_commas_and_a_session_phase_with_its_hour() -> None:
    body = (
        "Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 26 tháng 8 "
        "năm 2024; Luật Dữ liệu, phấn đấu hoàn thành; Luật Ngân sách nhà nước, nguồn chi khác.\n\n"
        "I. NỘI DUNG\n\n1.1. Đợt 1: Từ 13h30’ ngày 02/6/2026 (Thứ Ba).\n"
    )
    p = vnplan.parse_text(plan_text(body))
    assert [r.raw for r in p.citations] == [
        "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ",
        "Luật Dữ liệu",
        "Luật Ngân sách nhà nước",
    ]
    assert [(ph.label, str(ph.start), str(ph.end)) for ph in p.phases] == [
        ("Đợt 1", "2026-06-02", "2026-06-02")
    ]


def test_numbered_requests_to_units_and_a_year_running_to_a_day() -> None:
    body = (
        "IV. THỜI GIAN THI ĐUA\n\n1. Thời gian thi đua\n\nPhong trào thi đua trong năm 2026 và "
        "tính đến hết ngày 31/12/2026.\n\nVII. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Báo và Đài Phát thanh, Truyền hình Lâm Đồng tăng cường công tác tuyên truyền.\n\n"
        "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh căn cứ chức năng, nhiệm vụ tăng "
        "cường giám sát.\n\n3. Giao Công an tỉnh chủ trì bảo đảm an ninh.\n"
    )
    p = vnplan.parse_text(plan_text(body))
    assert p.period is not None and (str(p.period.start), str(p.period.end)) == (
        "2026",
        "2026-12-31",
    )
    assert [(a.unit.name, [t.origin for t in a.tasks]) for a in p.assignments] == [
        ("Báo và Đài Phát thanh, Truyền hình Lâm Đồng", ["section"]),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", ["section"]),
        ("Công an tỉnh", ["sentence"]),
    ]


def test_symbols_with_two_slashes_and_a_one_day_plan_period() -> None:
    body = (
        "Xét đề nghị của Công ty Yên Hà tại Văn bản số 12/YH/KT-TC ngày 15/6/2026; Công ty "
        "Trung Anh tại Văn bản số 03/2026/VLN/CV-TA ngày 18/6/2026.\n\nII. NỘI DUNG\n\n"
        "1. Thời gian kiểm tra: 13h30’ ngày 07/7/2026 (Thứ Ba).\n"
    )
    p = vnplan.parse_text(plan_text(body))
    assert [r.raw for r in p.references] == ["12/YH/KT-TC", "03/2026/VLN/CV-TA"]
    assert p.period is not None and (str(p.period.start), str(p.period.end)) == (
        "2026-07-07",
        "2026-07-07",
    )


def test_front_committee_plan_units_and_per_activity_times() -> None:
    body = (
        "III. NỘI DUNG\n\n1. Giám sát hiệp thương\n\n- Cơ quan chủ trì, thành phần, số lượng cử "
        "tri tham dự hội nghị.\n\n- Ban Thường trực Ủy ban MTTQ Việt Nam phường chủ trì tổ chức "
        "đoàn giám sát.\n\n* Thời gian thực hiện: từ ngày 17/12/2025 đến 17 giờ 00, ngày "
        "01/02/2026.\n\n2. Giám sát bỏ phiếu\n\n* Thời gian thực hiện: từ ngày 05/3/2026 đến ngày "
        "20/3/2026.\n\nV. TỔ CHỨC THỰC HIỆN\n\n1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt "
        "Nam phường xây dựng Kế hoạch kiểm tra.\n\n2. Các tổ chức thành viên của MTTQ Việt Nam "
        "phường tham gia kiểm tra, giám sát.\n\n3. Đoàn kiểm tra trong quá trình kiểm tra nếu có "
        "vướng mắc thì báo cáo kịp thời.\n"
    )
    text = plan_text(body).replace("Thử nghiệm", "Kiểm tra công tác bầu cử nhiệm kỳ 2026 - 2031")
    p = vnplan.parse_text(text)
    # "MTTQ" is "Mặt trận Tổ quốc": the sentence task joins the unit's heading.
    assert [(a.unit.name, [t.origin for t in a.tasks]) for a in p.assignments] == [
        ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường", ["section", "sentence"]),
        ("Các tổ chức thành viên của MTTQ Việt Nam phường", ["section"]),
        ("Đoàn kiểm tra", ["section"]),
    ]
    # Each activity has its own time; none is the plan's, and a term of office is not either.
    assert p.period is None


def test_a_last_phase_that_ends_on_an_event_leaves_the_plan_open_ended() -> None:
    body = (
        "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN\n\n1. Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026:"
        "\n\n- Kiểm tra hội nghị.\n\n2. Đợt 2: Từ ngày 15/3/2026 đến ngày bầu cử:\n\n"
        "- Giám sát bỏ phiếu.\n"
    )
    p = vnplan.parse_text(plan_text(body))
    assert [(ph.label, str(ph.start), ph.end) for ph in p.phases][1] == (
        "Đợt 2",
        "2026-03-15",
        None,
    )
    assert p.period is not None and (str(p.period.start), p.period.end) == ("2025-12-05", None)


def test_amending_laws_forms_and_terms_of_office() -> None:
    body = (
        "Thực hiện Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân ngày 25 tháng 6 "
        "năm 2015 và Luật sửa đổi, bổ sung một số điều của Luật Bầu cử đại biểu Quốc hội và đại "
        "biểu Hội đồng nhân dân ngày 24 tháng 6 năm 2025;\n\nI. NỘI DUNG\n\n1. Hội nghị thông "
        "qua biên bản (theo Mẫu số 01/BCĐBHĐND-MT).\n\nII. THỜI GIAN THỰC HIỆN\n\n- Hội nghị "
        "bầu cử nhiệm kỳ 2026 - 2031 được thực hiện trong ngày 02/02/2026 đến ngày 03/02/2026.\n\n"
        "III. THÀNH PHẦN\n\nBan Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã triệu tập và chủ "
        "trì hội nghị gồm các đại biểu.\n"
    )
    p = vnplan.parse_text(plan_text(body))
    assert [r.raw for r in p.citations] == [
        "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân",
        "Luật sửa đổi, bổ sung một số điều của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội "
        "đồng nhân dân",
    ]
    assert p.period is not None and (str(p.period.start), str(p.period.end)) == (
        "2026-02-02",
        "2026-02-03",
    )
    assert [a.unit.name for a in p.assignments] == [
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"
    ]


def test_two_laws_in_a_row_short_start_ranges_and_giao_with_a_new_verb() -> None:
    body = (
        "I. THỜI GIAN\n\n1. Thời gian thi đua\n\na) Thời gian thi đua chia thành 02 đợt:\n\n"
        "- Đợt 01: từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12 năm 2025;\n\n- Đợt 02: từ "
        "ngày 08 đến ngày 10 tháng 12 năm 2025.\n\nb) Đánh giá kết quả trước ngày 31 tháng 12 "
        "năm 2025.\n\nII. KHEN THƯỞNG\n\nKinh phí theo "
        "Luật Thi đua khen thưởng và Luật Ngân sách Nhà nước; khen thưởng theo Luật Thi đua, khen "
        "thưởng. Trên cơ sở kết quả, giao Sở Y tế thành lập đoàn kiểm tra.\n"
    )
    p = vnplan.parse_text(plan_text(body))
    assert [r.raw for r in p.citations] == ["Luật Thi đua khen thưởng", "Luật Ngân sách Nhà nước"]
    assert [(ph.label, str(ph.start), str(ph.end)) for ph in p.phases][1] == (
        "Đợt 02",
        "2025-12-08",
        "2025-12-10",
    )
    assert p.period is not None and (str(p.period.start), str(p.period.end)) == (
        "2025-11-20",
        "2025-12-31",
    )
    assert [(a.unit.name, a.tasks[0].via) for a in p.assignments] == [("Sở Y tế", "sentence")]


def test_stages_named_by_their_years_and_a_federation_of_associations() -> None:
    body = (
        "III. LỘ TRÌNH THỰC HIỆN\n\n1. Giai đoạn 2025 - 2030\n\n- Rà soát chính sách.\n\n"
        "2. Giai đoạn 2031 - 2035\n\n- Mở rộng mô hình.\n\nV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Liên hiệp các Hội Khoa học và Kỹ thuật\n\nNghiên cứu, tư vấn, phản biện chính sách.\n"
    )
    p = vnplan.parse_text(plan_text(body))
    assert [(ph.label, str(ph.start), str(ph.end)) for ph in p.phases] == [
        ("Giai đoạn 2025 - 2030", "2025", "2030"),
        ("Giai đoạn 2031 - 2035", "2031", "2035"),
    ]
    assert p.period is not None and (str(p.period.start), str(p.period.end)) == ("2025", "2035")
    assert [a.unit.name for a in p.assignments] == ["Liên hiệp các Hội Khoa học và Kỹ thuật"]


def test_numbered_requests_wrapped_mid_name_and_communes_listed_after_a_colon() -> None:
    body = (
        "IV. NHIỆM VỤ CỤ THỂ\n\n1. Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông\n\n"
        "- Xây dựng kế hoạch cụ thể.\n\n- Tuyên truyền nâng cao nhận thức.\n\n"
        "VI. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế hoạch này có trách nhiệm "
        "thường xuyên phối hợp.\n\n"
        "2. Đề nghị Ủy ban Mặt trận\nTổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh bằng nhiều hình "
        "thức và phương pháp thích hợp, tổ chức tuyên truyền.\n"
    )
    p = vnplan.parse_text(plan_text(body))
    assert [(a.unit.name, len(a.tasks)) for a in p.assignments] == [
        ("Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông", 2),
        ("Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế hoạch này", 1),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh", 1),
    ]


def test_plain_paragraphs_in_an_assignment_section_that_open_with_a_unit() -> None:
    body = (
        "III. TỔ CHỨC THỰC HIỆN\n\n1. Công tác triển khai\n\nSở Nội vụ có trách nhiệm giúp Ủy "
        "ban nhân dân tỉnh theo dõi, kiểm tra việc thực hiện Kế hoạch.\n\nTrong quá trình thực "
        "hiện, nếu có vướng mắc, các cơ quan báo cáo Ủy ban nhân dân tỉnh.\n"
    )
    p = vnplan.parse_text(plan_text(body))
    assert [(a.unit.name, [t.origin for t in a.tasks]) for a in p.assignments] == [
        ("Sở Nội vụ", ["section"])
    ]
    # Outside an assignment section such a paragraph is prose.
    p = vnplan.parse_text(plan_text("I. NỘI DUNG\n\nSở Nội vụ có trách nhiệm theo dõi."))
    assert p.assignments == []


def test_a_section_of_unit_headed_items_assigns_work_whatever_its_title() -> None:
    body = (
        "III. NHIỆM VỤ\n1. Chi cục Thủy lợi: chủ trì rà soát phương án an toàn hồ chứa.\n"
        "2. Văn phòng Sở: trực ban 24/24 giờ.\n\nIV. NỘI DUNG\n1. Rà soát hồ chứa.\n"
        "2. Sở Tài chính bố trí kinh phí.\n"
    )
    p = vnplan.parse_text(plan_text(body))
    assert [a.unit.name for a in p.assignments] == ["Chi cục Thủy lợi", "Văn phòng Sở"]


def test_quarter_pairs_a_year_time_line_and_per_task_time_lines() -> None:
    from vnplan.extract.dates import find_range

    rng = find_range("Đợt I: Quý I và quý II năm 2026, tập trung truyền thông")
    assert rng is not None and (str(rng[0]), str(rng[1])) == ("2026-Q1", "2026-Q2")
    body = (
        "II. THỜI GIAN THỰC HIỆN\nThời gian thực hiện: năm 2026, chia làm hai đợt:\n"
        "1. Đợt I: Quý I và quý II năm 2026.\n2. Đợt II: từ tháng 7/2026 đến tháng 12/2026.\n"
        "III. PHÂN CÔNG NHIỆM VỤ\n1. Công chức Văn hóa - Xã hội\nTham mưu tổ chức truyền thông.\n"
    )
    p = vnplan.parse_text(plan_text(body))
    assert p.period is not None and (str(p.period.start), str(p.period.end)) == ("2026", "2026")
    assert [a.unit.name for a in p.assignments] == ["Công chức Văn hóa - Xã hội"]
    # One time line per task dates the tasks, not the plan.
    body = (
        "I. NHIỆM VỤ\n1. Rà soát văn bản\n- Thời gian thực hiện: Quý IV/2025.\n"
        "2. Tập huấn\n- Thời gian thực hiện: Theo lộ trình.\n"
    )
    assert vnplan.parse_text(plan_text(body)).period is None


def test_a_title_year_older_than_the_plan_dates_a_law_and_a_law_of_the_assembly() -> None:
    text = plan_text(
        "Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân năm 2015.\n\nI. A"
    ).replace("Thử nghiệm", "Giám sát việc thực hiện Luật Tiếp cận thông tin năm 2016")
    p = vnplan.parse_text(text)  # dated 2024 by plan_text's header
    assert p.period is None
    assert [r.raw for r in p.citations] == [
        "Luật Tiếp cận thông tin",
        "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
    ]


def test_encouraged_bodies_a_later_units_paragraph_and_a_closing_request() -> None:
    body = (
        "I. MỤC TIÊU\n1. Huy động nguồn lực gắn với trách nhiệm doanh nghiệp\n"
        "a) Khuyến khích các doanh nghiệp sử dụng nhiều lao động thực hiện tốt trách nhiệm "
        "xã hội.\n\nII. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Khoa học và Công nghệ\nd) Chủ trì triển khai Kế hoạch.\ne) Xây dựng chương "
        "trình hỗ trợ.\nf) Chủ trì tổ chức phong trào thi đua.\ng) Kiểm soát tiêu chí đầu vào.\n"
        "2. Khuyến khích Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội "
        "phát huy vai trò trong tuyên truyền, vận động.\n\n"
        "Hội, hiệp hội xã hội nghề nghiệp chủ động, tích cực trong việc tham mưu, phản biện "
        "chính sách.\n\n"
        "3. Các doanh nghiệp nhà nước, Tổng Công ty tiên phong, dẫn dắt sự phát triển kinh "
        "tế số.\n\n4. Các cơ sở đào tạo đại học mở thêm chuyên ngành đào tạo về kinh tế số.\n\n"
        "Phối hợp với các Viện nghiên cứu phát triển các công nghệ mới.\n\n"
        "Yêu cầu các sở, ban, ngành, đoàn thể tỉnh căn cứ nhiệm vụ được phân công triển khai "
        "thực hiện tốt Kế hoạch này.\n"
    )
    p = vnplan.parse_text(plan_text(body))
    assert [(a.unit.name, len(a.tasks)) for a in p.assignments] == [
        ("Sở Khoa học và Công nghệ", 4),  # "f)" after "e)": writers use the Latin alphabet too
        ("Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội", 1),
        ("Hội, hiệp hội xã hội nghề nghiệp", 1),
        ("Các doanh nghiệp nhà nước, Tổng Công ty", 1),
        ("Các cơ sở đào tạo đại học", 2),  # the closing request is nobody's task
    ]
    assert not [w for w in p.warnings if w.code.startswith("section_number")]


def test_documents_cited_in_an_appendix_or_a_footnote_are_cited() -> None:
    text = plan_text("I. NỘI DUNG\n1. Rà soát văn bản.\n") + (
        "\nPHỤ LỤC\nSTT\tNội dung\tCơ quan chủ trì\n"
        "1\tThực hiện Quyết định số 1968/QĐ-TTg ngày 22/11/2021\tSở Công Thương\n"
    )
    assert "1968/QĐ-TTg" in [r.raw for r in vnplan.parse_text(text).citations]


def test_purposes_and_requirements_under_bare_label_lines() -> None:
    # "Mục đích" / "Yêu cầu:" as plain (or bold) lines, not numbered sub-headings.
    for purpose, requirement in (("Mục đích", "Yêu cầu"), ("**Mục đích:**", "**Yêu cầu:**")):
        body = (
            f"I. MỤC ĐÍCH, YÊU CẦU\n{purpose}\n- Nâng cao nhận thức của cán bộ.\n"
            f"- Tăng cường phối hợp.\n{requirement}\n- Bảo đảm đúng tiến độ.\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n- Chủ trì thực hiện."
        )
        p = vnplan.parse_text(plan_text(body))
        assert [x.text for x in p.purposes] == [
            "Nâng cao nhận thức của cán bộ.",
            "Tăng cường phối hợp.",
        ]
        assert [x.text for x in p.requirements] == ["Bảo đảm đúng tiến độ."]


def test_bare_unit_lines_over_bulleted_tasks() -> None:
    body = (
        "I. MỤC ĐÍCH\n- Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\nSở Y tế\n"
        "- Chủ trì tổ chức tuyên truyền.\n- Theo dõi, đôn đốc.\n**Sở Tài chính:**\n"
        "- Bố trí kinh phí thực hiện.\nỦy ban nhân dân các xã, phường\n"
        "- Triển khai tại địa phương.\nCác đơn vị báo cáo kết quả trước ngày 15/12/2026."
    )
    p = vnplan.parse_text(plan_text(body))
    assert [(a.unit.name, [t.text for t in a.tasks]) for a in p.assignments] == [
        ("Sở Y tế", ["Chủ trì tổ chức tuyên truyền.", "Theo dõi, đôn đốc."]),
        ("Sở Tài chính", ["Bố trí kinh phí thực hiện."]),
        ("Ủy ban nhân dân các xã, phường", ["Triển khai tại địa phương."]),
    ]


def test_budget_section_sources_and_sums() -> None:
    body = (
        "I. MỤC ĐÍCH\n- Nâng cao nhận thức.\n"
        "II. NỘI DUNG, HÌNH THỨC, KINH PHÍ THỰC HIỆN\n1. Nội dung\n- Tuyên truyền pháp luật.\n"
        "2. Kinh phí thực hiện\nTừ nguồn ngân sách nhà nước, lồng ghép trong dự toán chi thường "
        "xuyên; dự kiến 1,5 tỷ đồng năm 2026 và 500 triệu đồng cho tập huấn; huy động "
        "nguồn xã hội hóa.\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n- Chủ trì."
    )
    p = vnplan.parse_text(plan_text(body))
    assert p.budget is not None
    assert p.budget.text.startswith("Từ nguồn ngân sách nhà nước")  # not the contents part
    assert p.budget.sources == ["ngân sách nhà nước", "chi thường xuyên", "xã hội hóa"]
    assert [(a.raw, a.value) for a in p.budget.amounts] == [
        ("1,5 tỷ đồng", 1.5e9),
        ("500 triệu đồng", 5e8),
    ]
    for a in p.budget.amounts:
        assert a.span is not None and p.text[a.span.start : a.span.end] == a.raw
    assert vnplan.parse_text(plan_text("I. MỤC ĐÍCH\n- A.")).budget is None


def test_budget_amount_formats() -> None:
    from vnplan.extract.budget import amounts_in

    found = amounts_in("tổng 2.500.000.000 đồng; 121.732 tỷ đồng; 300 nghìn đồng/người; 12 đ")
    assert [(raw, value) for raw, value, _, _ in found] == [
        ("2.500.000.000 đồng", 2.5e9),
        ("121.732 tỷ đồng", 121_732e9),
        ("300 nghìn đồng", 3e5),
        ("12 đ", 12.0),
    ]
