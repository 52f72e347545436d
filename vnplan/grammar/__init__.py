"""The section-heading grammar: line tokens, document zones, and the section tree."""

from vnplan.grammar.tokens import Tok, Token, classify
from vnplan.grammar.tree import Node, build_tree, split_title, to_section
from vnplan.grammar.zones import Zones, split_zones

__all__ = [
    "Node",
    "Tok",
    "Token",
    "Zones",
    "build_tree",
    "classify",
    "split_title",
    "split_zones",
    "to_section",
]
