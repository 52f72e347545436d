"""Tasks that sentences assign, deadlines and schedules of tasks, and the NLP interface."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import vnplan
from tests.conftest import plan_text
from vnplan.extract.tasks import coordinating_units, deadline_of, recurrence_of


def sentence_tasks(text: str) -> list[tuple[str, str, list[str]]]:
    plan = vnplan.parse_text(plan_text(text))
    return [
        (a.unit.name, t.text[:25], t.coordinating)
        for a in plan.assignments
        for t in a.tasks
        if t.origin == "sentence"
    ]


def test_subject_chu_tri() -> None:
    body = (
        "III. NỘI DUNG\n\n2. Thông tin tuyên truyền\n\nVăn phòng Sở chủ trì, phối hợp chặt "
        "chẽ với các phòng chuyên môn, đơn vị trực thuộc trong công tác thông tin."
    )
    # "các" governs both nouns: one collective, not two units.
    assert sentence_tasks(body) == [
        ("Văn phòng Sở", "Văn phòng Sở chủ trì, phố", ["các phòng chuyên môn, đơn vị trực thuộc"])
    ]


def test_giao_and_thuong_truc_merged_with_the_section_unit_by_code() -> None:
    body = (
        "III. PHÂN CÔNG\n\n1. Cục Cảnh sát quản lý tạm giữ (C11)\n\n- Chủ trì tuyên truyền.\n\n"
        "IV. TỔ CHỨC THỰC HIỆN\n\n1. Căn cứ Kế hoạch này, Công an các đơn vị khẩn trương "
        "thực hiện.\n\n2. Giao C11 là đơn vị thường trực theo dõi; phối hợp với V01, các đơn "
        "vị có liên quan kiểm tra."
    )
    plan = vnplan.parse_text(plan_text(body))
    assert [(a.unit.code, [t.origin for t in a.tasks]) for a in plan.assignments] == [
        ("C11", ["section", "sentence"])
    ]
    assert plan.assignments[0].tasks[1].coordinating == ["V01", "các đơn vị có liên quan"]


def test_sentence_in_the_units_own_section_is_not_counted_twice() -> None:
    body = "IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\n- Sở Y tế chủ trì, phối hợp với Sở Tài chính."
    plan = vnplan.parse_text(plan_text(body))
    assert [(a.unit.name, [t.origin for t in a.tasks]) for a in plan.assignments] == [
        ("Sở Y tế", ["section"])
    ]


def test_joint_leads_adverbs_and_lowercase_heads() -> None:
    body = (
        "I. NỘI DUNG\n\nGiao Sở Giáo dục và Đào tạo và Sở Y tế chủ trì kiểm tra.\n\n"
        "Văn phòng Ủy ban nhân dân tỉnh thường xuyên chủ trì theo dõi.\n\n"
        "Giao phòng Quản lý Công nghiệp triển khai.\n\n"
        "Các cơ quan được phân công chủ trì có trách nhiệm báo cáo.\n\n"
        "Sở Y tế thành lập đoàn do Giám đốc Sở chủ trì."
    )
    assert [u for u, _, _ in sentence_tasks(body)] == [
        "Sở Giáo dục và Đào tạo",
        "Sở Y tế",
        "Văn phòng Ủy ban nhân dân tỉnh",
        "Phòng Quản lý Công nghiệp",
    ]


def test_deadlines_and_recurrence() -> None:
    assert str(deadline_of("Hoàn thành trước ngày 30/6/2025.")) == "2025-06-30"
    assert str(deadline_of("Thời gian hoàn thành: Quý III/2025")) == "2025-Q3"
    assert str(deadline_of("báo cáo UBND tỉnh trước ngày 15 tháng 12 năm 2025")) == "2025-12-15"
    assert str(deadline_of("Thời gian thực hiện: tháng 5/2025")) == "2025-05"
    assert deadline_of("Kế hoạch số 12/KH-UBND ngày 04/12/2024") is None
    assert recurrence_of("Thực hiện thường xuyên, hằng năm") == "thường xuyên"
    assert recurrence_of("năm 2025 và các năm tiếp theo") == "năm 2025 và các năm tiếp theo"


def test_coordinating_units_stop_where_the_task_starts() -> None:
    assert coordinating_units(
        "phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư và các cơ quan liên quan tổ chức kiểm tra"
    ) == ["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "các cơ quan liên quan"]


def test_section_tasks_carry_deadlines() -> None:
    body = "IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\n- Báo cáo kết quả trước ngày 30/11/2025."
    task = vnplan.parse_text(plan_text(body)).assignments[0].tasks[0]
    assert (task.origin, str(task.deadline)) == ("section", "2025-11-30")


def test_nlp_runs_offline_and_maps_offsets(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("underthesea", reason="a dependency: pip install .")
    code = (
        "from vnplan import nlp\n"
        "text = 'Tỉnh đoàn  chủ trì, phối hợp với V01'\n"
        "toks = nlp.tag(text)\n"
        "assert toks, 'underthesea did not tag'\n"
        "assert all(text[t.start:t.end].split() == t.text.split() for t in toks), toks\n"
        "print(nlp.is_noun_phrase('Tỉnh đoàn Đắk Nông'))\n"
    )
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "HOME": str(tmp_path),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    r = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() in ("True", "False")
    # Nothing was downloaded into the temporary home.
    assert not any(p.is_file() for p in tmp_path.rglob("*"))


def test_unit_registry_links_codes_and_keeps_collectives() -> None:
    body = (
        "III. PHÂN CÔNG\n\n1. Văn phòng Bộ Công an (V01)\n\nPhối hợp.\n\n2. Cục Kế hoạch "
        "(H01)\n\n- Phối hợp với V01, Công an các đơn vị, địa phương xây dựng dự toán."
    )
    plan = vnplan.parse_text(plan_text(body))
    units = {u.name: (u.code, u.collective, u.aliases) for u in plan.units}
    assert units["Văn phòng Bộ Công an"] == ("V01", False, ["V01"])
    assert units["Công an các đơn vị, địa phương"] == (None, True, [])


def test_unknown_head_word_decided_by_the_tagger_or_left_out() -> None:
    from vnplan import nlp

    body = "I. NỘI DUNG\n\nCâu lạc bộ Hưu trí Đắk Nông chủ trì, phối hợp với Sở Y tế tổ chức."
    got = [u for u, _, _ in sentence_tasks(body)]
    assert got == (["Câu lạc bộ Hưu trí Đắk Nông"] if nlp.available() else [])


def test_nlp_can_be_switched_off(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from vnplan import nlp

    monkeypatch.setenv("VNPLAN_NLP", "0")
    assert nlp.tag("Tỉnh đoàn Đắk Nông") == [] and nlp.is_noun_phrase("Tỉnh đoàn") is None
    assert sentence_tasks("I. X\n\nCâu lạc bộ Hưu trí Đắk Nông chủ trì, phối hợp.") == []


def test_lead_named_in_a_field_line_gets_the_blocks_task() -> None:
    body = (
        "II. NHIỆM VỤ\n\n1.1. Xây dựng Chiến lược dữ liệu:\n\na) Nhiệm vụ: Rà soát chiến lược."
        "\n\nb) Cơ quan thực hiện:\n\n- Đơn vị chủ trì: Sở Khoa học và Công nghệ.\n\n"
        "- Đơn vị phối hợp: Các Sở, ban, ngành.\n\nc) Thời gian thực hiện: Hoàn thành trong "
        "năm 2025.\n\n1.2. Bảo đảm an toàn thông tin\n\n- Cơ quan chủ trì: Công an tỉnh\n\n"
        "- Thời gian thực hiện: Thực hiện thường xuyên."
    )
    p = vnplan.parse_text(plan_text(body))
    got = {
        a.unit.name: [(t.origin, t.text, str(t.deadline), t.coordinating) for t in a.tasks]
        for a in p.assignments
    }
    assert got == {
        "Sở Khoa học và Công nghệ": [
            ("sentence", "Xây dựng Chiến lược dữ liệu", "2025", ["Các Sở, ban, ngành"])
        ],
        "Công an tỉnh": [("sentence", "Bảo đảm an toàn thông tin", "None", [])],
    }


def test_a_verb_between_the_unit_and_chu_tri() -> None:
    body = (
        "III. KINH PHÍ\n\nCác đơn vị có văn bản đề xuất, gửi Sở Khoa học và Công nghệ tổng hợp, "
        "chủ trì, phối hợp với Sở Tài chính báo cáo UBND tỉnh bổ sung kinh phí."
    )
    found = sentence_tasks(body)
    assert [(u, c) for u, _, c in found] == [("Sở Khoa học và Công nghệ", ["Sở Tài chính"])]
    # Lower-case words before "chủ trì" that follow no unit name give nothing.
    assert sentence_tasks("III. KINH PHÍ\n\nCác đơn vị tổng hợp, chủ trì việc báo cáo.") == []


def test_coordinating_units_stop_at_the_task_verb() -> None:
    text = "Chủ trì, phối hợp với Văn phòng Đảng ủy chuẩn bị tài liệu, hoàn thành trước 20/3."
    assert coordinating_units(text) == ["Văn phòng Đảng ủy"]


def test_units_named_as_doers_in_a_co_quan_thuc_hien_field() -> None:
    body = (
        "III. NỘI DUNG HOẠT ĐỘNG\n\n1. Truyền thông\n\na) Hoạt động 1\n\n"
        "- Nội dung: Tuyên truyền trên bảng quang báo.\n\n- Cơ quan thực hiện:\n\n"
        "+ Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ngành.\n\n"
        "+ Sở Xây dựng đăng tải thông điệp trên bảng quang báo giao thông.\n\n"
        "b) Hoạt động 2\n\n- Nội dung: Tập huấn cán bộ.\n\n- Đơn vị thực hiện: Sở Y tế.\n"
    )
    plan = vnplan.parse_text(plan_text(body))
    got = {a.unit.name: [(t.origin, t.via) for t in a.tasks] for a in plan.assignments}
    assert got == {
        "Sở Văn hóa và Thể thao": [("sentence", "sentence")],
        "Sở Xây dựng": [("sentence", "field")],
        "Sở Y tế": [("sentence", "field")],
    }


def test_a_sentence_names_a_headed_unit_without_its_place_name() -> None:
    body = (
        "II. NỘI DUNG\n\n- Nếu liên quan đến người được giới thiệu: Ban Thường trực UBMTTQ xã "
        "chủ trì xác minh.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Ban Thường trực Ủy ban MTTQ xã "
        "Lương Minh\n\n- Thiết lập sổ theo dõi đơn thư.\n\n2. Đề nghị Thường trực HĐND, UBND, "
        "Ủy ban Kiểm tra Đảng ủy xã thường xuyên phối hợp, trao đổi thông tin.\n"
    )
    plan = vnplan.parse_text(plan_text(body))
    assert [(a.unit.name, [t.origin for t in a.tasks]) for a in plan.assignments] == [
        ("Ban Thường trực Ủy ban MTTQ xã Lương Minh", ["section", "sentence"]),
        ("Thường trực HĐND, UBND, Ủy ban Kiểm tra Đảng ủy xã", ["section"]),
    ]


def test_giao_after_its_subject_names_the_lead_but_duoc_giao_does_not() -> None:
    body = (
        "IV. ĐOÀN KIỂM TRA\n\n1. Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì phối hợp với các "
        "ngành có liên quan tổ chức kiểm tra.\n\n2. Các cơ quan được giao Sở Tài chính thẩm "
        "định hồ sơ; tình hình giao thông Sở Xây dựng theo dõi.\n"
    )
    assert [u for u, _, _ in sentence_tasks(body)] == ["Sở Nội vụ"]


def test_giao_a_unit_with_a_remark_and_units_that_were_given_a_duty() -> None:
    body = (
        "I. NHIỆM VỤ\n\n- Giao Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công "
        "tỉnh) tham mưu triển khai ứng dụng AI.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Công tác triển "
        "khai\n\na) Cơ quan, đơn vị được giao nhiệm vụ theo dõi, kiểm tra tại Phụ lục thường xuyên "
        "kiểm tra, đôn đốc.\n"
    )
    plan = vnplan.parse_text(plan_text(body))
    assert [a.unit.name for a in plan.assignments] == [
        "Cơ quan, đơn vị được giao nhiệm vụ theo dõi, kiểm tra tại Phụ lục",
        "Văn phòng Ủy ban nhân dân tỉnh",
    ]


def test_a_subject_that_gives_the_task_to_another_unit_is_not_the_lead() -> None:
    body = "II. NỘI DUNG\n\nSở giao Phòng Giáo dục phổ thông chủ trì tổ chức tập huấn."
    assert [u for u, _, _ in sentence_tasks(body)] == ["Phòng Giáo dục phổ thông"]


@pytest.mark.parametrize(
    ("heading", "sentence", "expected"),
    [
        # A coded heading, the same unit named without its code in a sentence elsewhere.
        (
            "1. Phòng Kỹ thuật - Công nghệ (KTCN)",
            "Giao Phòng Kỹ thuật - Công nghệ chủ trì rà soát thiết bị.",
            [("Phòng Kỹ thuật - Công nghệ", "KTCN", ["section", "sentence"])],
        ),
        (
            "2. Trung tâm Dịch vụ công (TTDVC)",
            "Trung tâm Dịch vụ công chủ trì tiếp nhận hồ sơ trực tuyến.",
            [("Trung tâm Dịch vụ công", "TTDVC", ["section", "sentence"])],
        ),
        # Another unit of the same head word stays apart.
        (
            "1. Phòng Kế hoạch - Vật tư (KHVT)",
            "Giao Phòng Tài chính - Kế toán chủ trì bố trí kinh phí.",
            [
                ("Phòng Kế hoạch - Vật tư", "KHVT", ["section"]),
                ("Phòng Tài chính - Kế toán", None, ["sentence"]),
            ],
        ),
    ],
)
def test_a_sentence_names_a_coded_unit_without_its_code(
    heading: str, sentence: str, expected: list[tuple[str, str | None, list[str]]]
) -> None:
    body = (
        f"I. NỘI DUNG\n\n1. Rà soát\n\n{sentence}\n\n"
        f"II. TỔ CHỨC THỰC HIỆN\n\n{heading}\n\n- Theo dõi, tổng hợp kết quả."
    )
    plan = vnplan.parse_text(plan_text(body))
    assert [
        (a.unit.name, a.unit.code, [t.origin for t in a.tasks]) for a in plan.assignments
    ] == expected


@pytest.mark.parametrize(
    ("sentence", "leads"),
    [
        # money or a quota "giao cho" a body is allotted, not a task
        ("Kinh phí từ nguồn ngân sách nhà nước giao cho Trung tâm năm 2026.", []),
        ("Sử dụng nguồn kinh phí đã giao cho Phòng Y tế trong dự toán năm 2025.", []),
        ("Chỉ tiêu tuyển sinh giao cho Trường Trung cấp Nghề năm học 2025-2026.", []),
        ("Số biên chế giao cho Trung tâm Y tế huyện năm 2026 giữ ổn định.", []),
        # a body that gives the task, or "giao" opening its own clause, still assigns
        (
            "UBND huyện giao Phòng Tài chính - Kế hoạch thẩm định dự toán.",
            ["Phòng Tài chính - Kế hoạch"],
        ),
        ("Từ nguồn kinh phí chi thường xuyên, giao Phòng Nội vụ chủ trì.", ["Phòng Nội vụ"]),
    ],
)
def test_resources_allotted_to_a_body_give_it_no_task(sentence: str, leads: list[str]) -> None:
    plan = vnplan.parse_text(plan_text(f"IV. KINH PHÍ\n\n{sentence}"))
    assert [a.unit.name for a in plan.assignments] == leads


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        # a joint proper name with a comma, then a verb the vocabulary lacks
        (
            "Giao Báo và Phát thanh, Truyền hình Quảng Nam mở chuyên mục, tăng thời lượng "
            "tuyên truyền về phòng dịch.",
            "Báo và Phát thanh, Truyền hình Quảng Nam",
        ),
        (
            "Giao Báo và Phát thanh, Truyền hình Điện Biên mở chuyên trang về chuyển đổi số.",
            "Báo và Phát thanh, Truyền hình Điện Biên",
        ),
        # a phrase a verb cuts short is not itself the unit's name
        (
            "Kế hoạch đề nghị Hội Khuyến học tỉnh đẩy mạnh phong trào xây dựng gia đình học "
            "tập, vận động các tổ chức đóng góp quỹ.",
            "Hội Khuyến học tỉnh",
        ),
    ],
)
def test_a_lead_named_before_a_verb_the_vocabulary_lacks(sentence: str, lead: str) -> None:
    assert [u for u, _, _ in sentence_tasks(f"I. NỘI DUNG\n\n1. Tuyên truyền\n\n{sentence}")] == [
        lead
    ]


def test_a_list_of_bodies_is_cut_at_its_next_body_not_by_a_verb_inside_it() -> None:
    from vnplan.extract.units import unit_from_heading

    name = (
        "Báo và Phát thanh - Truyền hình Gia Lai, Sở Văn hóa, Thể thao và Du lịch, Cổng "
        "Thông tin điện tử tỉnh và hệ thống truyền thanh cơ sở"
    )
    found = unit_from_heading(name, roles=True)
    assert found is not None and found[0].name == name


@pytest.mark.parametrize(
    ("sentence", "leads"),
    [
        # bodies asked to coordinate are coordinating units, no leads
        (
            "Sở GD&ĐT đề nghị Công an tỉnh, Sở Y tế, Công ty Điện lực Nghệ An phối hợp bảo "
            "đảm an ninh, y tế.",
            [],
        ),
        ("Kế hoạch yêu cầu Đài Truyền thanh xã tham gia phối hợp tuyên truyền.", []),
        # asked to lead, or to act, they are leads
        ("Đề nghị Công an tỉnh chủ trì, phối hợp với Sở Y tế bảo đảm an ninh.", ["Công an tỉnh"]),
        (
            "Sở Y tế đề nghị UBND các huyện chỉ đạo các xã ra quân diệt lăng quăng.",
            ["UBND các huyện"],
        ),
    ],
)
def test_bodies_asked_to_coordinate_are_not_leads(sentence: str, leads: list[str]) -> None:
    assert [u for u, _, _ in sentence_tasks(f"I. NỘI DUNG\n\n1. An ninh\n\n{sentence}")] == leads


@pytest.mark.parametrize(
    ("value", "lead"),
    [
        # a lead label names a lead, whatever its head word
        ("Mỏ đá Nghĩa Kỳ.", "Mỏ đá Nghĩa Kỳ"),
        ("Hợp tác xã Nông nghiệp Tân Phú", "Hợp tác xã Nông nghiệp Tân Phú"),
        ("Bến xe khách Phía Nam", "Bến xe khách Phía Nam"),
    ],
)
def test_a_lead_label_names_a_body_the_vocabulary_does_not_know(value: str, lead: str) -> None:
    body = "I. NỘI DUNG\n\n1. Kiểm tra an toàn\n\n- Kiểm tra hệ thống điện.\n"
    body += f"- Đơn vị chủ trì: {value}"
    assert [u for u, _, _ in sentence_tasks(body)] == [lead]


def test_a_lead_label_holding_a_clause_names_no_body() -> None:
    body = (
        "I. NỘI DUNG\n\n1. Kiểm tra\n\n- Kiểm tra hệ thống điện.\n"
        "- Đơn vị chủ trì: Tùy tình hình thực tế sẽ phân công cụ thể"
    )
    assert sentence_tasks(body) == []


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        # a noun whose second syllable is a verb alone ("công trình") inside a name
        (
            "Công ty TNHH MTV Khai thác công trình thủy lợi Long An chủ trì vận hành trạm bơm.",
            "Công ty TNHH MTV Khai thác công trình thủy lợi Long An",
        ),
        (
            "Xí nghiệp Quản lý công trình thủy lợi Cái Bè chủ trì nạo vét kênh nội đồng.",
            "Xí nghiệp Quản lý công trình thủy lợi Cái Bè",
        ),
        # one collective whose modifiers a comma lists
        (
            "Các khoa lâm sàng, cận lâm sàng được giao xây dựng đề án cải tiến chất lượng.",
            "Các khoa lâm sàng, cận lâm sàng",
        ),
        (
            "Các trường tiểu học, trung học cơ sở chủ trì tổ chức ngày hội đọc sách.",
            "Các trường tiểu học, trung học cơ sở",
        ),
    ],
)
def test_leads_whose_names_hold_a_verb_syllable_or_a_comma(sentence: str, lead: str) -> None:
    assert [u for u, _, _ in sentence_tasks(f"I. NỘI DUNG\n\n1. Triển khai\n\n{sentence}")] == [
        lead
    ]


@pytest.mark.parametrize(
    "body", ["Ủy ban MTTQ xã", "Hội Liên hiệp Phụ nữ phường", "Đoàn Thanh niên xã"]
)
def test_to_chuc_after_cac_is_the_noun_not_the_verb_that_ends_a_name(body: str) -> None:
    sentence = f"Giao {body} và các tổ chức chính trị - xã hội vận động hội viên tham gia."
    leads = [u for u, _, _ in sentence_tasks(f"I. NỘI DUNG\n\n1. Tuyên truyền\n\n{sentence}")]
    assert leads and leads[0].startswith(body)
    assert not any(u.endswith(("và các", "và")) for u in leads)
