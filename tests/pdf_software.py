"""PDFs as real software writes them, made with reportlab: a bold effect drawn twice at a small
offset, the header stored after the body in the content stream, the number and date stamped
later by an e-signing system as their own text objects, text in the layer that the page does
not show (render mode 3)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(TTFont("Serif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("SerifB", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
W, H = A4
HEADER_L = [("UBND TỈNH HÀ GIANG", False), ("SỞ NỘI VỤ", True)]
HEADER_R = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True)]
BODY = [
    ("KẾ HOẠCH", True, "c"),
    ("Tổ chức Hội thi cải cách hành chính năm 2026", True, "c"),
    ("I. MỤC ĐÍCH, YÊU CẦU", True, "l"),
    ("1. Mục đích", True, "l"),
    ("- Nâng cao nhận thức của cán bộ về cải cách hành chính.", False, "l"),
    ("2. Yêu cầu", True, "l"),
    ("- Tổ chức tiết kiệm, hiệu quả, đúng quy định.", False, "l"),
    ("II. TỔ CHỨC THỰC HIỆN", True, "l"),
    ("1. Phòng Cải cách hành chính", True, "l"),
    ("- Chủ trì xây dựng đề thi và tổ chức Hội thi.", False, "l"),
    ("- Tổng hợp kết quả, báo cáo Giám đốc Sở.", False, "l"),
    ("2. Văn phòng Sở", True, "l"),
    ("- Bảo đảm kinh phí và cơ sở vật chất.", False, "l"),
]


def draw(
    c: canvas.Canvas,
    x: float,
    y: float,
    text: str,
    bold: bool,
    fake_bold: bool = False,
    mode: int = 0,
) -> None:
    t = c.beginText(x, y)
    t.setFont("SerifB" if (bold and not fake_bold) else "Serif", 12)
    t.setTextRenderMode(mode)
    t.textOut(text)
    c.drawText(t)
    if bold and fake_bold:
        t = c.beginText(x + 0.35, y)
        t.setFont("Serif", 12)
        t.textOut(text)
        c.drawText(t)


def make(
    path: str,
    fake_bold: bool = False,
    header_last: bool = False,
    esign: bool = False,
    invisible: bool = False,
) -> None:
    c = canvas.Canvas(path, pagesize=A4)

    def header() -> None:
        y = H - 60
        for (lt, lb), (rt, rb) in zip(HEADER_L, HEADER_R, strict=True):
            w = pdfmetrics.stringWidth(lt, "Serif", 12)
            draw(c, 150 - w / 2, y, lt, lb, fake_bold)
            w = pdfmetrics.stringWidth(rt, "Serif", 12)
            draw(c, 410 - w / 2, y, rt, rb, fake_bold)
            y -= 16
        y -= 10
        if esign:
            draw(c, 90, y, "Số:", False)
            draw(c, 113, y, "/KH-SNV", False)
            draw(c, 330, y, "Hà Giang, ngày", False)
            draw(c, 440, y, "tháng", False)
            draw(c, 490, y, "năm 2026", False)
            # stamped later by the signing system, as their own objects
            draw(c, 104.5, y + 0.4, "230", False)
            draw(c, 422, y - 0.3, "14", False)
            draw(c, 474.5, y, "3", False)
        else:
            draw(c, 90, y, "Số: 230/KH-SNV", False)
            draw(c, 330, y, "Hà Giang, ngày 14 tháng 3 năm 2026", False)

    def body() -> None:
        y = H - 150
        for text, bold, align in BODY:
            w = pdfmetrics.stringWidth(text, "Serif", 12)
            x = (W - w) / 2 if align == "c" else 70
            draw(c, x, y, text, bold, fake_bold)
            y -= 18
        y -= 20
        draw(c, 70, y, "Nơi nhận:", True)
        draw(c, 360, y, "KT. GIÁM ĐỐC", True, fake_bold)
        draw(c, 70, y - 16, "- UBND tỉnh;", False)
        draw(c, 360, y - 16, "PHÓ GIÁM ĐỐC", True, fake_bold)
        draw(c, 70, y - 32, "- Lưu: VT.", False)
        draw(c, 360, y - 80, "Lê Văn Hùng", True, fake_bold)
        if invisible:
            c.saveState()
            draw(c, 70, y - 120, "Tệp đính kèm ẩn khóa chữ ký số", False, mode=3)
            c.restoreState()

    if header_last:
        body()
        header()
    else:
        header()
        body()
    c.showPage()
    c.save()


VARIANTS: dict[str, dict[str, bool]] = {
    "plain": {},
    "fakebold": {"fake_bold": True},
    "headerlast": {"header_last": True},
    "esign": {"esign": True},
    "invisible": {"invisible": True},
    "all": {"fake_bold": True, "header_last": True, "esign": True, "invisible": True},
}


def make_all(out: Path) -> dict[str, Path]:
    paths = {}
    for name, opts in VARIANTS.items():
        paths[name] = out / f"{name}.pdf"
        make(str(paths[name]), **opts)
    return paths


def make_pages(path: str, pages: list[list[str]], centred: tuple[str, ...] = ()) -> None:
    """One line of text each, page after page, as a word processor's plain export draws them
    (one text object per line); the lines in ``centred`` are centred."""
    c = canvas.Canvas(path, pagesize=A4)
    for lines in pages:
        y = H - 70
        for line in lines:
            c.setFont("Serif", 12)
            if line in centred:
                c.drawCentredString(W / 2, y, line)
            else:
                c.drawString(70, y, line)
            y -= 20
        c.showPage()
    c.save()
