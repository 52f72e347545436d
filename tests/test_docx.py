"""The .docx reader on documents made with python-docx, element by element."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

import vnplan
from vnplan.readers.docx import read_docx

W = nsdecls("w")


def _bytes(doc) -> bytes:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _para_xml(doc, xml: str) -> None:  # type: ignore[no-untyped-def]
    doc.element.body.insert(len(doc.element.body) - 1, parse_xml(xml))


def text_of(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [ln for ln in read_docx(_bytes(doc)).text.split("\n") if ln.strip()]


def test_tracked_changes_fields_content_controls_hyperlinks() -> None:
    doc = Document()
    _para_xml(
        doc,
        f'<w:p {W}><w:r><w:t xml:space="preserve">Hà Nội, </w:t></w:r>'
        '<w:ins w:id="1" w:author="a"><w:r><w:t>ngày 04 </w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="a"><w:r><w:delText>ngày 05 </w:delText></w:r>'
        '</w:del><w:sdt><w:sdtContent><w:r><w:t xml:space="preserve">tháng 12 '
        '</w:t></w:r></w:sdtContent></w:sdt><w:fldSimple w:instr="DATE">'
        "<w:r><w:t>năm 2024</w:t></w:r></w:fldSimple></w:p>",
    )
    _para_xml(
        doc,
        f'<w:p {W}><w:r><w:t xml:space="preserve">Năm </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE '
        '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>2024</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:hyperlink><w:r><w:t xml:space="preserve"> (xem)</w:t></w:r></w:hyperlink>'
        "</w:p>",
    )
    assert text_of(doc) == ["Hà Nội, ngày 04 tháng 12 năm 2024", "Năm 2024 (xem)"]


def test_text_box_read_once() -> None:
    doc = Document()
    box = (
        '<w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
        'wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/'
        'drawingml/2006/main"><a:graphicData><wps:wsp xmlns:wps="http://schemas.microsoft'
        '.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent><w:p><w:r>'
        "<w:t>Số: 12/KH-SYT</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:inline></w:drawing>"
    )
    _para_xml(
        doc,
        f'<w:p {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/'
        f'2006"><w:r><mc:AlternateContent><mc:Choice Requires="wps">{box}'
        "</mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Số: 12/KH-SYT"
        "</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent>"
        "</w:r></w:p>",
    )
    assert text_of(doc) == ["Số: 12/KH-SYT"]


def test_tables_in_document_order_and_layout_tables_by_column() -> None:
    doc = Document()
    doc.add_paragraph("Trước bảng")
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "UBND TỈNH ĐẮK NÔNG"
    t.cell(1, 0).text = "SỞ Y TẾ"
    t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    t.cell(1, 1).text = "Độc lập - Tự do - Hạnh phúc"
    doc.add_paragraph("Giữa")
    d = doc.add_table(rows=2, cols=3)
    for j, v in enumerate(["STT", "Nội dung", "Thời gian"]):
        d.cell(0, j).text = v
    a = d.cell(1, 0).merge(d.cell(1, 1))  # a merged cell appears once, its columns kept
    a.text = "Xây dựng kế hoạch"
    d.cell(1, 2).text = "Quý I/2025"
    doc.add_paragraph("Sau bảng")
    assert text_of(doc) == [
        "Trước bảng",
        "UBND TỈNH ĐẮK NÔNG",
        "SỞ Y TẾ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Giữa",
        "STT\tNội dung\tThời gian",
        "Xây dựng kế hoạch\t\tQuý I/2025",
        "Sau bảng",
    ]


NUMBERING = f"""<w:abstractNum {W} w:abstractNumId="80">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>
    <w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/>
    <w:isLgl/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
    <w:lvlText w:val="%3)"/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/>
    <w:lvlText w:val="\uf0b7"/></w:lvl>
</w:abstractNum>"""


def _numbered_doc(items: list[tuple[str, int, str]], *, style_list: bool = False):  # type: ignore[no-untyped-def]
    doc = Document()
    nb = doc.part.numbering_part.element
    nb.insert(0, parse_xml(NUMBERING))
    nb.append(parse_xml(f'<w:num {W} w:numId="80"><w:abstractNumId w:val="80"/></w:num>'))
    nb.append(
        parse_xml(
            f'<w:num {W} w:numId="81"><w:abstractNumId w:val="80"/><w:lvlOverride '
            'w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
        )
    )
    if style_list:
        styles = doc.styles.element
        styles.append(
            parse_xml(
                f'<w:style {W} w:type="paragraph" w:styleId="Muc"><w:name '
                'w:val="Muc"/><w:pPr><w:numPr><w:numId w:val="80"/></w:numPr>'
                "</w:pPr></w:style>"
            )
        )
    for num_id, ilvl, text in items:
        p = doc.add_paragraph(text)
        if num_id == "style":
            p._p.get_or_add_pPr().append(parse_xml(f'<w:pStyle {W} w:val="Muc"/>'))
        else:
            p._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
                )
            )
    return doc


def test_word_numbering_rendered() -> None:
    doc = _numbered_doc(
        [
            ("80", 0, "MỤC ĐÍCH"),
            ("80", 1, "Mục đích"),
            ("80", 2, "Một"),
            ("80", 2, "Hai"),
            ("80", 3, "Chi tiết"),
            ("80", 1, "Yêu cầu"),
            ("80", 0, "NỘI DUNG"),
            ("80", 1, "Nội dung"),
            ("81", 1, "Tiếp tục ở 5"),
            ("81", 1, "Sáu"),
        ]
    )
    assert text_of(doc) == [
        "I. MỤC ĐÍCH",
        "1.1. Mục đích",
        "a) Một",
        "b) Hai",
        "• Chi tiết",
        "1.2. Yêu cầu",
        "II. NỘI DUNG",
        "2.1. Nội dung",
        "2.5. Tiếp tục ở 5",
        "2.6. Sáu",
    ]


def test_multilevel_label_without_legal_numbering_keeps_each_format() -> None:
    from vnplan.readers.numbering import Numbering

    nb = Numbering.load(
        parse_xml(
            f'<w:numbering {W}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start '
            'w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl '
            'w:ilvl="1"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/>'
            '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
            "</w:numbering>"
        ),
        None,
    )
    p = parse_xml(
        f'<w:p {W}><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p>'
    )
    assert nb.label(p) == "I.3."  # as Word shows it: level 1 keeps level 0's Roman format


def test_numbering_inherited_from_style() -> None:
    doc = _numbered_doc([("style", 0, "MỤC ĐÍCH"), ("style", 0, "NỘI DUNG")], style_list=True)
    assert text_of(doc) == ["I. MỤC ĐÍCH", "II. NỘI DUNG"]


def test_corrupt_and_bomb_docx() -> None:
    with pytest.raises(vnplan.UnreadableError):
        vnplan.parse(b"PK\x03\x04" + b"\x00" * 100)
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<a>" + b" " * 30_000_000 + b"</a>")
    with pytest.raises(vnplan.TooLargeError, match="zip bomb"):
        vnplan.parse(buf.getvalue())


def test_manual_line_breaks_inside_a_sentence_do_not_split_it() -> None:
    doc = Document()
    _para_xml(
        doc,
        f"<w:p {W}><w:r><w:t>- Chủ trì, thẩm định điều kiện về vốn</w:t><w:br/>"
        "<w:t>tổ chức, cá nhân khi trình.</w:t></w:r></w:p>",
    )
    _para_xml(
        doc, f"<w:p {W}><w:r><w:t>KT. GIÁM ĐỐC</w:t><w:br/><w:t>PHÓ GIÁM ĐỐC</w:t></w:r></w:p>"
    )
    assert text_of(doc) == [
        "- Chủ trì, thẩm định điều kiện về vốn tổ chức, cá nhân khi trình.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
    ]


def test_footnotes_follow_the_body() -> None:
    # A real plan whose footnote cites the decision its emulation rules come from.
    from tests.conftest import shared_path

    path = shared_path("corpus/docs/c010.docx")
    text = read_docx(path.read_bytes()).text
    last = text.rstrip().split("\n")[-1]
    assert last.startswith("[1] Theo Quyết định: Thống nhất áp dụng Quyết định số 01/2025/QĐ-UBND")
    plan = vnplan.parse(path)
    assert "01/2025/QĐ-UBND" in [r.raw for r in plan.citations]


def test_a_pdf_converted_to_word_line_by_line_is_rejoined() -> None:
    # Each printed line its own paragraph: the wrapped lines are joined back, headings kept.
    words = (
        "Triển khai đồng bộ các giải pháp chuyển đổi số trong cơ quan nhà nước, bảo đảm an "
        "toàn thông tin, nâng cao chất lượng phục vụ người dân và doanh nghiệp trên địa bàn "
    )
    para = (words * 6).split()
    printed: list[str] = []
    line: list[str] = []
    for w in para:  # break at about 80 characters, as a printed page does
        if len(" ".join([*line, w])) > 80:
            printed.append(" ".join(line))
            line = []
        line.append(w)
    printed.append(" ".join(line) + ".")
    doc = Document()
    for text in ["KẾ HOẠCH", "Chuyển đổi số năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"]:
        doc.add_paragraph(text)
    for k in range(4):
        for text in printed:
            doc.add_paragraph(text if k or text is not printed[0] else f"- {text}")
        doc.add_paragraph(f"{k + 2}. Nhiệm vụ thứ {k + 2}")
    plan = vnplan.parse(_bytes(doc))
    purpose = plan.sections[0].children[0]
    assert purpose.title == "Mục đích"
    item = purpose.children[0]  # the dash item: one paragraph again, all its printed lines
    assert item.kind == "dash" and len(item.text) > 500 and "\n" not in item.text
    assert [s.title for s in plan.sections[0].children[1:]] == [
        f"Nhiệm vụ thứ {k}" for k in range(2, 6)
    ]


def _joint_signed(rows: list[list[list[str]]]) -> bytes:
    doc = Document()
    for t in (
        "SỞ Y TẾ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/KHLT-SYT-CA",
        "Hà Giang, ngày 04 tháng 5 năm 2026",
        "KẾ HOẠCH",
        "Phối hợp phòng, chống ma túy trong trường học",
        "I. MỤC ĐÍCH",
        "- Nâng cao nhận thức./.",
    ):
        doc.add_paragraph(t)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, lines in enumerate(row):
            cell = table.cell(r, c)
            cell.text = lines[0]
            for more in lines[1:]:
                cell.add_paragraph(more)
    for t in ("Nơi nhận:", "- Như trên;", "- Lưu: VT."):
        doc.add_paragraph(t)
    return _bytes(doc)


def test_a_joint_plans_signature_table_without_kt_or_tm_keeps_each_block() -> None:
    data = _joint_signed(
        [
            [
                ["CÔNG AN TỈNH HÀ GIANG", "GIÁM ĐỐC", "", "Đại tá Lò Văn Sính"],
                ["SỞ Y TẾ", "GIÁM ĐỐC", "", "Hoàng Thị Mai"],
            ]
        ]
    )
    plan = vnplan.parse(data)
    assert [
        (s.authority, s.on_behalf_of, s.position, s.rank, s.name) for s in plan.signatories
    ] == [
        (None, "CÔNG AN TỈNH HÀ GIANG", "GIÁM ĐỐC", "Đại tá", "Lò Văn Sính"),
        (None, "SỞ Y TẾ", "GIÁM ĐỐC", None, "Hoàng Thị Mai"),
    ]
    assert [r.text for r in plan.recipients] == ["Như trên", "Lưu: VT"]


def test_a_small_table_of_sentences_stays_a_table() -> None:
    data = _joint_signed(
        [
            [
                ["Rà soát học sinh có nguy cơ sử dụng ma túy trong toàn tỉnh và báo cáo kết quả"],
                ["Sở Y tế"],
            ],
            [
                ["Tổ chức tuyên truyền tại các trường trung học phổ thông trên địa bàn"],
                ["Công an tỉnh"],
            ],
        ]
    )
    text = read_docx(data).text
    assert (
        "Rà soát học sinh có nguy cơ sử dụng ma túy trong toàn tỉnh và báo cáo kết quả\tSở Y tế"
        in text
    )


@pytest.mark.parametrize(
    ("paragraphs", "leads"),
    [
        # one body per paragraph of a lead cell
        (
            ["Hội LHPN các xã, phường", "Hội Nông dân các xã, phường"],
            ["Hội LHPN các xã, phường", "Hội Nông dân các xã, phường"],
        ),
        (["Phòng Y tế", "Trung tâm Y tế huyện"], ["Phòng Y tế", "Trung tâm Y tế huyện"]),
        # a paragraph that ends with a comma goes on with the next
        (["Sở Y tế,", "Sở Giáo dục và Đào tạo"], ["Sở Y tế", "Sở Giáo dục và Đào tạo"]),
    ],
)
def test_each_paragraph_of_a_lead_cell_is_a_body(paragraphs: list[str], leads: list[str]) -> None:
    doc = Document()
    doc.add_paragraph("UBND HUYỆN TAM NÔNG")
    doc.add_paragraph("Số: 12/KH-UBND")
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Phòng, chống dịch năm 2026")
    doc.add_paragraph("I. NỘI DUNG")
    t = doc.add_table(rows=2, cols=4)
    for j, v in enumerate(["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian"]):
        t.cell(0, j).text = v
    t.cell(1, 0).text = "1"
    t.cell(1, 1).text = "Khảo sát, hỗ trợ các mô hình"
    cell = t.cell(1, 2)
    cell.text = paragraphs[0]
    for p in paragraphs[1:]:
        cell.add_paragraph(p)
    t.cell(1, 3).text = "Quý II/2026"
    plan = vnplan.parse(_bytes(doc))
    assert [a.unit.name for a in plan.assignments] == leads
