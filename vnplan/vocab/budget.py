"""Budgets: sources of funds and the words for sums of money."""

from __future__ import annotations

# Sources of funds a budget section names, as they are written (longest first when matched).
FUNDING_SOURCES: tuple[str, ...] = (
    "ngân sách nhà nước",
    "ngân sách trung ương",
    "ngân sách địa phương",
    "ngân sách tỉnh",
    "ngân sách thành phố",
    "ngân sách huyện",
    "ngân sách cấp huyện",
    "ngân sách cấp xã",
    "ngân sách xã",
    "ngân sách cấp tỉnh",
    "ngân sách các cấp",
    "ngân sách đảng",
    "chi thường xuyên",
    "kinh phí thường xuyên",
    "chi đầu tư phát triển",
    "dự toán ngân sách",
    "dự toán được giao",
    "dự phòng ngân sách",
    "xã hội hóa",
    "vốn ODA",
    "vốn vay",
    "tài trợ",
    "viện trợ",
    "nguồn thu sự nghiệp",
    "quỹ phòng, chống thiên tai",
    "chương trình mục tiêu quốc gia",
    "nguồn hợp pháp khác",
    "nguồn vốn hợp pháp khác",
    "nguồn kinh phí hợp pháp khác",
    "các nguồn huy động hợp pháp khác",
)

# Words for sums of money and their factors in đồng.
MONEY_SCALES: dict[str, int] = {
    "nghìn tỷ": 10**12,
    "ngàn tỷ": 10**12,
    "tỷ": 10**9,
    "triệu": 10**6,
    "nghìn": 10**3,
    "ngàn": 10**3,
}

# What is allotted rather than a task: "ngân sách ... giao cho Trung tâm", "chỉ tiêu được giao".
# A clause that opens with one of them and then says "giao" allots it to a body.
ALLOTTED_RESOURCES: tuple[str, ...] = (
    "kinh phí",
    "ngân sách",
    "dự toán",
    "nguồn vốn",
    "vốn",
    "chỉ tiêu",
    "biên chế",
    "tài sản",
    "trang thiết bị",
)
