"""Layout: web-page furniture, the punctuation and function words that tell a wrapped line
from the text's own line break."""

from __future__ import annotations

# Lines of web-page furniture that are never a plan's content, anywhere in a document:
# a line that starts with one of these or ends with "(Hình từ Internet)".
WEB_FURNITURE: tuple[str, ...] = (
    "Mặc định Cỡ chữ",
    "Ảnh minh họa",
    ">>>",
    "Xem chi tiết:",
    "Xem thêm:",
    "Tin liên quan",
    "Chia sẻ bài viết",
    "In bài viết",
)

# The labels of the metadata table a legal-documents site prints above a document (folded),
# and the field each gives (see extract/page_meta).
PAGE_METADATA_LABELS: dict[str, str] = {
    "số hiệu": "number",
    "số ký hiệu": "number",
    "ký hiệu": "number",
    "ngày ban hành": "date",
    "ngày ký": "date",
    "nơi ban hành": "place",
    "cơ quan ban hành": "place",
    "người ký": "signer",
    "loại văn bản": "type",
}
WEB_FURNITURE_SUFFIXES: tuple[str, ...] = ("(Hình từ Internet)", "(Ảnh minh họa)")

# Days of the week: a line that opens with one and a date is a post's dateline ("Thứ Hai,
# 13/03/2023 10:25"); "Thứ hai, nâng cao ..." is a report's second point.
WEEKDAYS: tuple[str, ...] = (
    "Chủ nhật",
    "Thứ 2",
    "Thứ 3",
    "Thứ 4",
    "Thứ 5",
    "Thứ 6",
    "Thứ 7",
    "Thứ Hai",
    "Thứ Ba",
    "Thứ Tư",
    "Thứ Năm",
    "Thứ Sáu",
    "Thứ Bảy",
)

# Web-page furniture in copies of news pages (a line that starts with one is not content).
WEB_DEBRIS: tuple[str, ...] = (
    "Mặc định Cỡ chữ",
    "Cỡ chữ",
    "Ảnh minh họa",
    "Ảnh:",
    "Ngày đăng",
    "Giờ đăng",
    "Nguồn:",
    "Tin liên quan",
    "Xem thêm",
    "Chia sẻ",
    "In bài",
    "Lượt xem",
    "Tải về",
    "Quý khách",
    "Ban Biên tập",
    "(Hình từ Internet)",
    # A site's navigation and a post's metadata line.
    "Trang chủ",
    "Bạn đang xem",
    "Cập nhật lúc",
    "Cập nhật:",
    "Người đăng",
    "Đăng nhập",
    "Tìm kiếm",
)

# A web page's label over the document it carries, a whole line ("NỘI DUNG VĂN BẢN"): it
# stands just above the issuer's lines and looks like one (short, upper case).
WEB_DOC_LABELS: tuple[str, ...] = (
    "Nội dung văn bản",
    "Toàn văn",
    "Toàn văn văn bản",
    "Nội dung toàn văn",
    "Văn bản gốc",
    "Xem toàn văn",
    "Chi tiết văn bản",
    "Thông tin văn bản",
)

# A web page's footer, under the article or document it carries: a line that starts with
# one of these (and is short) ends the document; what follows is the site's, not the plan's.
WEB_FOOTER: tuple[str, ...] = (
    "Chia sẻ",
    "Tweet",
    "In trang",
    "In bài",
    "Tin cùng chuyên mục",
    "Tin liên quan",
    "Tin khác",
    "Các tin khác",
    "Bài viết liên quan",
    "Bài liên quan",
    "Xem thêm",
    "Bình luận",
    "Gửi bình luận",
    "Ý kiến bạn đọc",
    "Liên kết website",
    "Từ khóa:",
    "Tags:",
    "Bản quyền",
    "Copyright",
    "©",
    "Lên đầu trang",
    "Chịu trách nhiệm nội dung",
    "Ghi rõ nguồn",
    "Tệp đính kèm",
)

# Punctuation that ends a sentence or a clause a line may close on: after it, a line break
# is the text's own, not a wrap.
CLAUSE_ENDS: tuple[str, ...] = (".", ";", ":", "!", "?")

# Function words after which a line cannot end a heading or paragraph: a line ending in one
# was wrapped.
DANGLING_WORDS: tuple[str, ...] = (
    "với",
    "của",
    "và",
    "các",
    "những",
    "số",
    "về",
    "tại",
    "cho",
    "theo",
    "trong",
    "là",
    "được",
    "đến",
    "từ",
    "ngày",
    "tháng",
    "năm",
    "để",
    "trên",
    "dưới",
    "vào",
    "ra",
    "như",
    "hoặc",
    "có",
    "thuộc",
    "gồm",
    "nhằm",
    "bằng",
    "qua",
    "giữa",
    "đối",
    "mọi",
    "toàn",
    "cùng",
    "tới",
)
