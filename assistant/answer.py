"""The one answer type that every front end shows (CLI JSON, batch, eval, web API).

JSON contract (issue 4)::

    {"id", "question", "kind", "answer", "value", "unit", "formula", "citations"}

kind is one of figure, derived, passage, definition, none, clarify; value is a number or null;
citations is a list of {"doc", "unit", "year", "section", "page", "text"}, the first being the
source of the answer.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

KINDS = ("figure", "derived", "passage", "definition", "none", "clarify")


@dataclass
class Citation:
    """Where an answer comes from: document file name, issuing unit, year, section path,
    page (1-based or None) and the quoted sentence or table row."""

    doc: str
    unit: str | None
    year: int | None
    section: str
    page: int | None
    text: str


@dataclass
class Answer:
    """An answer. ``value`` is a Decimal in ``unit`` (万元, 元, 亿元, %, 辆, 个, 人 …) or None;
    ``formula`` shows a derived value's computation with its inputs."""

    question: str
    kind: str
    answer: str
    value: Decimal | None = None
    unit: str | None = None
    formula: str | None = None
    citations: list[Citation] = field(default_factory=list)
    id: str | None = None
    scope: dict = field(default_factory=dict)   # the scope used (unit/year/doc), kept for follow-ups
    stopped: str | None = None    # why the verifier withheld a number (kind none), for eval and logs

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown answer kind {self.kind!r}")
        # one sentence cited once (a budget and its final amount read from the same sentence): a
        # second copy would look like a second piece of evidence
        kept: list[Citation] = []
        for c in self.citations:
            if c not in kept:
                kept.append(c)
        self.citations = kept

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract; value becomes a float (or int when whole)."""
        v = self.value
        if v is not None:
            v = int(v) if v == v.to_integral_value() else float(v)
        return {"id": self.id, "question": self.question, "kind": self.kind, "answer": self.answer,
                "value": v, "unit": self.unit, "formula": self.formula,
                "citations": [asdict(c) for c in self.citations]}

    def to_text(self) -> str:
        """Plain text for the terminal: the reply, the formula, then numbered sources."""
        lines = [self.answer]
        if self.formula:
            lines.append(f"计算: {self.formula}")
        for i, c in enumerate(self.citations, 1):
            page = f" 第{c.page}页" if c.page else ""
            lines.append(f"[{i}] {c.doc}{page} {c.section}: {c.text}")
        return "\n".join(lines)
