"""The shapes that flow from files to answers: documents, sections, passages, tables, figures.

Data flows one way: ``readers`` turn a file into a :class:`RawDocument`; ``metadata``, ``sections``,
``tables`` and ``figures`` turn that into a :class:`Document`; ``checks`` adds :class:`Finding`s;
``store`` persists it. Every class here is a plain dataclass that round-trips through
:func:`to_dict` / ``from_dict`` (Decimals become strings) so the SQLite store and the JSON outputs
share one representation.
"""
from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field, fields
from decimal import Decimal
from typing import Any

from .numbers import MONEY_FACTORS_TO_WAN


# --------------------------------------------------------------------------- raw reading
@dataclass
class RawTable:
    """A table as a reader found it.

    ``rows`` holds cell texts (None cells become ""), first rows usually the header. ``page`` is
    1-based or None for formats without pages. ``start`` is the character offset in
    ``RawDocument.text`` of the first line of the table, when known (else -1). ``edges`` holds,
    for a PDF table, the x positions (points) of each column's left edge and then the table's right
    edge (``len(rows[0]) + 1`` values), used to line up a table split over two pages; else None.
    """

    rows: list[list[str]]
    page: int | None = None
    start: int = -1
    edges: list[float] | None = None


@dataclass
class RawDocument:
    """Text of one file, as read.

    ``text`` is the whole body with ``\\n`` line breaks; ``page_starts[i]`` is the offset in
    ``text`` where page i+1 begins (empty for formats without pages); ``tables`` are the tables the
    format exposes (PDF, DOCX, HTML, Excel); ``encoding`` is what a text file was decoded with;
    ``ocr_pages`` the pages whose text was read by OCR (no text layer).
    """

    path: str
    text: str
    page_starts: list[int] = field(default_factory=list)
    tables: list[RawTable] = field(default_factory=list)
    encoding: str | None = None
    ocr_pages: list[int] = field(default_factory=list)   # 1-based pages read by OCR (scans)

    def page_at(self, offset: int) -> int | None:
        """1-based page holding character ``offset``, or None for formats without pages."""
        return page_at(self.page_starts, offset)


def page_at(page_starts: list[int], offset: int) -> int | None:
    """1-based page number for a character offset given page start offsets (None if no pages)."""
    if not page_starts:
        return None
    return max(1, bisect.bisect_right(page_starts, offset))


# --------------------------------------------------------------------------- parsed document
@dataclass
class Span:
    """Where something was read: document file name, section path, page (1-based or None),
    character offsets ``[start, end)`` into the document text, and the sentence or table row."""

    doc: str
    section: str
    page: int | None
    start: int
    end: int
    text: str


@dataclass
class Section:
    """A heading and the text under it. ``path`` is the heading titles from the top, e.g.
    ("单位预算情况说明", "（二）支出预算"); ``level`` 1 is top; offsets cover heading + body."""

    id: int
    title: str
    level: int
    path: list[str]
    start: int
    end: int
    page: int | None = None


@dataclass
class Passage:
    """A retrievable piece of text: a paragraph (kind "text") or one table row rendered with its
    header and unit (kind "table_row"). ``section`` is the heading path joined by " > "."""

    id: str
    doc: str
    section: str
    page: int | None
    start: int
    end: int
    text: str
    kind: str = "text"


@dataclass
class Table:
    """A table with its header rows, body rows and the unit it declares (元, 万元 or None).
    ``row_spans[i]`` is [start, end, page] of body row i in the document text (empty if unknown)."""

    id: str
    doc: str
    page: int | None
    section: str
    title: str
    unit: str | None
    header: list[list[str]]
    rows: list[list[str]]
    start: int = -1
    row_spans: list[list] = field(default_factory=list)  # [start, end, page] of each body row


@dataclass
class Figure:
    """One stated amount.

    - ``metric``: canonical metric key from the lexicon (e.g. "三公经费", "基本支出") or None when
      the label is not a standard metric; ``label``: the words the document puts before the amount
      (e.g. "一般公共服务支出", "2010601行政运行").
    - ``value``: Decimal as stated; ``unit``: 元, 万元, 亿元, %, 辆, 个, 人, 家 …; ``raw``: the
      original text of the amount (e.g. "1，335.93万元"); ``value_wan``: money in 万元, else None.
    - ``change``: signed change on last year in ``unit`` (+ 增加, − 减少, 0 持平) or None;
      ``change_pct``: signed stated growth in % or None; ``change_raw``: its original text.
    - ``year``: the year the amount is for (document year unless the sentence says otherwise);
      ``basis``: what kind of amount (e.g. "预算", "决算", "执行数", "年初预算") when stated.
    - ``reason`` (主要原因是…) and ``purpose`` (主要用于…) when the sentence gives them.
    - ``span``: the sentence or table row; ``source``: "text", "table" or "list" (a count of a numbered list); ``column``: the table
      column header for table figures.
    - ``role``: what the number is (:data:`ROLES`), set by the clause's grammar: "amount" (money
      stated as the item's value), "change" (a clause that only states a change: ``value`` =
      ``change``, never an amount), "count" (辆/个/人 …), "share" (占…%), "percent" (another
      rate: 完成预算的98.20%), "unknown" (a clause that could not be typed: answers nothing).
      Empty on construction means "from the unit": money → amount, % → percent, else count.
    - ``ocr``: True when the page it was read from had no text layer (OCR; may misread digits).
    """

    doc: str
    metric: str | None
    label: str
    value: Decimal
    unit: str
    raw: str
    span: Span
    value_wan: Decimal | None = None
    change: Decimal | None = None
    change_pct: Decimal | None = None
    change_raw: str | None = None
    year: int | None = None
    basis: str | None = None
    reason: str | None = None
    purpose: str | None = None
    source: str = "text"
    column: str | None = None
    role: str = ""
    ocr: bool = False        # read by OCR from a scanned page: the answer says so

    def __post_init__(self) -> None:
        if not self.role:
            self.role = default_role(self.unit, self.basis)


ROLES = ("amount", "change", "count", "share", "percent", "unknown")


def default_role(unit: str, basis: str | None = None) -> str:
    """The role a number has by its unit alone (a change-only figure keeps basis "变化")."""
    if basis == "变化":
        return "change"
    if unit in MONEY_FACTORS_TO_WAN:
        return "amount"
    return "percent" if unit == "%" else "count"


@dataclass
class Finding:
    """A consistency finding: ``check`` names the identity (e.g. "三公经费=分项之和"),
    ``message`` says it in Chinese, ``gap`` is stated − computed in ``unit``, ``spans`` are the
    source spans of every figure involved (the total first)."""

    doc: str
    check: str
    message: str
    gap: Decimal
    unit: str
    spans: list[Span]


@dataclass
class Document:
    """One disclosure file, parsed.

    ``name`` is the path relative to the corpus folder (the document id); ``unit`` the issuing
    unit's official name; ``year`` the budget year; ``kind`` 预算 / 决算 / other; ``scope`` 部门 /
    单位 / None; ``sha256`` of the file bytes (for incremental builds).
    """

    name: str
    path: str
    sha256: str
    title: str
    unit: str | None
    year: int | None
    kind: str
    scope: str | None
    text: str
    page_starts: list[int] = field(default_factory=list)
    pages: int = 0
    sections: list[Section] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)

    def page_at(self, offset: int) -> int | None:
        return page_at(self.page_starts, offset)

    def info(self) -> dict[str, Any]:
        """Summary without text and parts (for listings)."""
        return {
            "name": self.name, "title": self.title, "unit": self.unit, "year": self.year,
            "kind": self.kind, "scope": self.scope, "pages": self.pages,
            "passages": len(self.passages), "tables": len(self.tables),
            "figures": len(self.figures), "findings": len(self.findings),
        }


# --------------------------------------------------------------------------- (de)serialisation
def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def to_dict(obj: Any) -> dict[str, Any]:
    """A dataclass as JSON-ready data (Decimal → str)."""
    return _plain(asdict(obj))


_DECIMAL_FIELDS = {"value", "value_wan", "change", "change_pct", "gap"}


def span_from_dict(d: dict[str, Any]) -> Span:
    return Span(**d)


def figure_from_dict(d: dict[str, Any]) -> Figure:
    d = dict(d)
    for k in _DECIMAL_FIELDS & d.keys():
        if d[k] is not None:
            d[k] = Decimal(d[k])
    d["span"] = span_from_dict(d["span"])
    return Figure(**d)


def finding_from_dict(d: dict[str, Any]) -> Finding:
    d = dict(d)
    d["gap"] = Decimal(d["gap"])
    d["spans"] = [span_from_dict(s) for s in d["spans"]]
    return Finding(**d)


def document_from_dict(d: dict[str, Any]) -> Document:
    d = dict(d)
    d["sections"] = [Section(**s) for s in d.get("sections", [])]
    d["passages"] = [Passage(**p) for p in d.get("passages", [])]
    d["tables"] = [Table(**t) for t in d.get("tables", [])]
    d["figures"] = [figure_from_dict(f) for f in d.get("figures", [])]
    d["findings"] = [finding_from_dict(f) for f in d.get("findings", [])]
    known = {f.name for f in fields(Document)}
    return Document(**{k: v for k, v in d.items() if k in known})
