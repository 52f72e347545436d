"""What every extractor reads: the zones and tree of one document, and where warnings go."""

from __future__ import annotations

from dataclasses import dataclass, field

from vnplan.catalogue import WarningCode
from vnplan.grammar.tree import Node
from vnplan.grammar.zones import Zones
from vnplan.models import Span, Warning


@dataclass
class Context:
    """One document being extracted. Extractors read it and record warnings; none re-reads
    the file."""

    text: str
    zones: Zones
    tree: list[Node] = field(default_factory=list)
    appendix_tree: list[Node] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    # id(node.line) -> key of the unit whose section-headed assignment the node belongs to.
    unit_nodes: dict[int, str] = field(default_factory=dict)

    def warn(self, code: WarningCode, message: str, span: Span | None = None) -> None:
        """Record a warning; its code is one of ``WARNINGS``."""
        self.warnings.append(Warning(code=code, message=message, span=span))

    def nodes(self) -> list[Node]:
        """Every node of the body tree, in document order."""
        out: list[Node] = []
        for n in self.tree:
            out.extend(n.walk())
        return out
