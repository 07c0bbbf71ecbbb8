"""The rule layer: figure questions answered from stored figures, derived values computed with
Decimal from stated figures (formula and every input's source kept).

``FigureMatcher(figures)`` scores the figures of one document against a parsed Question;
``answer_figure(question, doc, figures)`` returns a :class:`Result` (value, unit, formula,
inputs) or None when no figure fits well enough — a wrong number is worse than no answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, DivisionByZero, InvalidOperation
from functools import cached_property, lru_cache

from corpus import lexicon
from corpus.figures import basis_only, match_metric, total_scope
from corpus.models import Figure
from corpus.numbers import chinese_number
from .question import (Question, basis_of, fund_flow, parse as parse_question, left_out_names, metric_aliases, metric_head_split, fund_tail_split, metric_tier, metrics_in,
                       questions_lexicon, rewrite_everyday, split_items, strip_words, unit_suffix_pattern, wholes_of,
                       without_left_out, without_metric)
from .text import CLASS_CODE, bigrams, coverage, fmt, in_order, is_money, money_to, norm, raw_at, round_as

MIN_SCORE = 2.2          # below this no figure is trusted
TIE = 0.05               # scores this close count as equally good
MAX_TITLE_CHARS = 40     # a longer "title" is a table's text run together, never a title
MIN_COVER = 0.6          # share of the question's item grams that the figure's words must cover
HUNDRED = Decimal(100)
# which figure roles may answer a question asking for a unit kind (corpus.models.ROLES)
ROLES_OF_KIND = {"money": ("amount",), "count": ("count",), "%": ("share", "percent")}
ANSWER_ROLES = ("amount", "count", "share", "percent")
CHANGE_ROLES = ("amount", "change", "count")


def _words(key: str) -> list[str]:
    return questions_lexicon()["rules"][key]


DOCUMENT_TOTALS = tuple(_words("document_totals"))
DOCUMENT_FLOWS = ("收入", "支出")       # metric keys of a document's whole income and spending
TOTAL_LABELS = {norm(w) for w in _words("total_labels")}
# a table's total row (合计 / 总计): its cells are their columns' totals (corpus/figures.py)
TOTAL_ROWS = {norm(w) for w in lexicon.load("documents")["tables"]["total_row_labels"]}
TOTAL_COLUMNS = tuple(norm(w) for w in _words("total_columns"))
TOTAL_COLUMN_ENDINGS = tuple(norm(w) for w in _words("total_column_endings"))
FUND_WORDS = tuple(_words("fund_words"))
EVENT_STATES = frozenset(questions_lexicon()["rules"]["count_event_states"])
GENERIC_FUNDS = frozenset(_words("generic_fund_words"))   # 财政拨款: every fund's, naming none of them
GENERIC_LABEL = re.compile("|".join(map(re.escape, sorted(_words("generic_label_words"), key=len, reverse=True))))
_LEVEL = "|".join(map(re.escape, _words("levels")))
LEVELS = re.compile(rf"\(\d*(?:{_LEVEL})\)|\(\d+[:：]\)|\d*(?:{_LEVEL})\)|(?<!\d)[-—]|[-—](?!\d)|(?<=[\u4e00-\u9fff])/(?=[\u4e00-\u9fff])")


@dataclass
class Result:
    """A figure answer: ``kind`` figure | derived; ``value`` in ``unit``; ``inputs`` the figures
    used (the first is the main source); ``formula`` for derived values; ``label`` what it is.
    Kind "clarify": several figures fit equally well — ``inputs`` are the candidates, no value."""

    kind: str
    value: Decimal
    unit: str
    label: str
    inputs: list[Figure] = field(default_factory=list)
    formula: str | None = None
    note: str = ""
    decrease: bool = False   # the size of a decrease asked in everyday words (少了多少): value > 0, said as 减少


@dataclass
class _Scored:
    score: float
    cover: float
    fig: Figure


LIST_JOINERS = re.compile("[和与、,，]|(?<![涉普危顾])及(?![时格])")   # (涉及, 及时 are words, no list)
LEAD_CHARS = 50   # text before a sentence that still names its subject ("2、…事业运行（项）。全年预算为…")


@dataclass
class _Prep:
    """What scoring needs of one figure, computed once per document."""

    fig: Figure
    label_g: set[str]         # label + column + metric grams
    all_g: set[str]           # + sentence, the words before it, section
    span_g: set[str]          # sentence grams
    label_n: str
    leaf_g: set[str] | None   # last level of a hierarchical label (类-款-项)
    codes: set[str]           # function-class codes in the label (or the table row)
    after_g: set[str]         # words right after a count ("8个二级事业单位")
    kind: str                 # money | count | %
    total: bool               # a 合计/总计 row
    label_codes: set[str]     # function-class codes in the label itself
    before_g: set[str]        # all_g without the words only after the amount in its sentence
    fund_table: bool = False  # a cell of a table whose title names one fund (财政拨款收支预算总表)
    heading_g: set[str] = field(default_factory=set)   # the inline heading the amount stands under,
                                                        # and the sentence a continuation (主要用于…，
                                                        # 其中：…) goes on from
    section_g: set[str] = field(default_factory=set)   # the title of the section it stands in
    column_metrics: tuple[str, ...] = ()   # a coded row's cell ("2040402一般行政管理事务" ×
                                           # "“三公”经费…合计"): the metrics its column names
    own_g: set[str] = field(default_factory=set)   # label + metric + its own sentence up to the amount
                                                    # (a table row: the row), no words of the lead before it
    table: str = ""               # a cell's table title, normalised, without its number ("" for text)
    flow: str | None = None       # the flow (支出 / 收入) a cell's column or table names, or a clause's total


# the words that may close a label after the stem of a fee asked ("专项业务费" of 专项业务经费); other
# words there name another thing (保育教育费 is not 保育教育设施设备购置)
FEE_CLOSE = r"(?:经费|费用|费|支出|资金)?(?:\(\d*[类款项]\))?$"
SIBLING_ASIDE = re.compile(r"(\d[\d,，.]*\s*(?:亿元|万元|元|%|人|辆|个|项)?)\s*[（(][^（）()]*[）)]")


BODY_ENDINGS = tuple(lexicon.load("metrics")["phrases"]["body_endings"])


@lru_cache(maxsize=512)
def _title_metrics(title: str) -> tuple[str, ...]:
    """The metrics a table's title names ("一般公共预算“三公”经费支出表" → 一般公共预算拨款, 三公经费)."""
    return tuple(metrics_in(title))


def _generic_label(label: str) -> bool:
    """Whether a label names no item: empty, or generic words only (2025年度项目总预算, 合计)."""
    return not GENERIC_LABEL.sub("", re.sub(r"[\d\s年度:：]", "", norm(label or "")))


PLATE = re.compile(questions_lexicon()["rules"]["plate_pattern"])
# the one-character joiners of a list (和 / 及 / 与 / 、 / 加); a question may write 及 / 与 / 、 as 和
JOINERS = frozenset(j for j in questions_lexicon()["intent"]["sum_joiners"] if len(j) == 1)
JOINER_CHARS = re.compile("[%s]" % "".join(sorted(JOINERS - {"和", "加"})))


def _count_states(text: str) -> set[int]:
    """The groups of [rules] count_states whose words ``text`` holds (原有 → the group before a
    change, 保留 → after it …)."""
    return {i for i, group in enumerate(_words("count_states")) if any(w in text for w in group)}


def _flow_of(text: str) -> str | None:
    """支出 or 收入 when ``text`` names one flow and not the other, else None."""
    said = [w for w in DOCUMENT_FLOWS if w in text]
    return said[0] if len(said) == 1 else None


def _figure_flow(fig: Figure) -> str | None:
    """The flow a figure is of: its cell's column or table title, else its metric or label."""
    if fig.source == "table":
        return _cell_flow(fig, _table_title(fig))
    return fig.metric if fig.metric in DOCUMENT_FLOWS else _flow_of(norm(fig.label or ""))


def _cell_flow(fig: Figure, title: str) -> str | None:
    """The flow a table cell's column names (本年收入合计 → 收入), else its table's ``title``; None
    when neither names exactly one. A table titled by spending alone holds spending in every column:
    its column of an income source ("项目支出预算表 | 事业收入") is the spending paid from it."""
    if _flow_of(norm(title or "")) == DOCUMENT_FLOWS[1]:
        return DOCUMENT_FLOWS[1]
    return _flow_of(norm(fig.column or "")) or _flow_of(title)


TABLE_NUMBER = re.compile(lexicon.load("documents")["tables"]["table_number_prefix"])


def _table_title(fig: Figure) -> str:
    """The title of the table a cell stands in, normalised, without its number and 续 mark ("表1-2
    部门支出总表（单位：元） | …" → 部门支出总表); else the last heading of its section path."""
    head = re.sub(r"[（(](?:金额)?单位.*$", "", (fig.span.text or "").split(" | ")[0])
    head = re.sub(r"[（(]续[）)]$", "", TABLE_NUMBER.sub("", head))
    return norm(head) or norm((fig.span.section or "").split(" > ")[-1])


def _row_codes(p: _Prep) -> set[str]:
    """The codes a row is listed under: its function-class codes, else the 经济分类 code its label
    opens with ("30209物业管理费" → 30209)."""
    return p.label_codes or set(re.findall(r"^\d{3,7}(?=[\u4e00-\u9fff])", p.label_n))


def _names_marked_line(item_n: str, label_n: str) -> bool:
    """Whether a coded row's name closes the words before the item's last level mark
    ("城乡社区管理事务行政运行(项)" and the row 2120101行政运行: yes; 2120199其他城乡社区管理事务支出: no)."""
    marks = list(re.finditer(r"\((?:%s)\)" % "|".join(_words("levels")), item_n))
    said = re.sub(r"(?:支出)$", "", item_n[:marks[-1].start()] if marks else item_n).replace("的", "")
    name = re.sub(r"(?:支出)$", "", CODE.sub("", label_n, count=1)).replace("的", "")
    return len(name) >= 2 and said.endswith(name)


def _leaf(label_n: str) -> str | None:
    """The last level of a hierarchical name ("住房保障支出(类)住房改革支出(款)住房公积金(项)" →
    住房公积金), without the amount's words after it and a generic last word; None when the name
    holds one level only."""
    # the last level names the item; a trailing "：全年预算" only says which amount of it
    label_n = re.sub(r"\((?:科目)?(?:编码|代码)?[：:]?\d{3,7}\)$", "", label_n)  # "…事业运行(项)(科目编码2013850)"
    parts = [p for p in LEVELS.split(re.sub(r"[：:][^：:]{0,10}$", "", label_n)) if p.strip("“”\"科目的")]
    if len(parts) >= 2 and parts[-1].strip("“”\"科目的") in _words("after_levels"):
        parts = parts[:-1]       # "…一般行政管理事务(项)拨款支出": the amount's words, not a level
    elif len(parts) >= 2 and not LEVELS.search(label_n[-4:]) and metrics_in(parts[-1]) \
            and not _residual(parts[-1].strip("“”\"科目的"), metrics_in(parts[-1])).strip():
        parts = parts[:-1]       # "…事业运行(项)的项目支出": a column's metric after the last level
    if len(parts) < 2:
        return None
    leaf_n = parts[-1].strip("“”\"科目的")
    ending = next((w for w in sorted(_words("after_levels"), key=len, reverse=True)
                   if leaf_n.endswith(w) and len(leaf_n) - len(w) >= 2), "")
    leaf_n = leaf_n[:len(leaf_n) - len(ending)]      # "2210201-住房公积金支出": the leaf is 住房公积金
    generic = next((w for w in _words("leaf_generic_endings") if leaf_n.endswith(w) and len(leaf_n) - len(w) >= 2), "")
    return leaf_n[:len(leaf_n) - len(generic)]      # "海洋管理事务（款）" is named 海洋管理


def _prepare(fig: Figure, text: str = "", opening: str = "") -> _Prep:
    label_n = norm(fig.label)
    means = questions_lexicon()["rules"].get("plate_means", "")
    label = bigrams(PLATE.sub(lambda m: means + m.group(0), label_n) if means not in label_n else label_n) \
        | bigrams(norm(fig.column or ""))
    if JOINER_CHARS.search(label_n):
        label |= bigrams(JOINER_CHARS.sub("和", label_n))     # 误餐及通讯补贴 asked as 误餐和通讯补贴
    for long, shorts in _SHORT_NAMES.items():
        if long in label_n:      # a body's row named in full (…疾病预防控制中心) asked by its short name (疾控中心)
            label |= set().union(*(bigrams(label_n.replace(long, s)) for s in shorts))
    label |= _read_in_full(label_n)     # a line named short (人口与计生) asked in full (计划生育)
    if fig.source == "text" and _generic_label(label_n):
        # an amount alone under its headings ("人民调解项目经费情况说明 > 六、年度预算安排 / 795万元"),
        # or with generic words only (2025年度项目总预算1410.00万): the headings name it
        label |= bigrams(norm(re.sub(r"[一二三四五六七八九十\d]+[、.．]", "", fig.span.section or "")))
    if fig.column and fig.source == "table":
        # a cell read as "row的column" (工会经费的公用经费): the words where row and column meet
        label |= bigrams(label_n[-2:] + norm(fig.column.split("/")[-1])[:2])
    metric = bigrams(norm(fig.metric or ""))
    span_g = bigrams(norm(fig.span.text))
    ctx = span_g | bigrams(norm(fig.span.section))
    if text and fig.source == "text" and 0 < fig.span.start <= len(text):
        ctx |= bigrams(norm(text[max(0, fig.span.start - LEAD_CHARS):fig.span.start]))
    if opening:
        ctx |= bigrams(norm(opening))
    leaf_n = _leaf(label_n)
    leaf = bigrams(leaf_n.replace("的", "")) if leaf_n is not None else None     # 的 is no item word of a question
    code_text = label_n + " " + (norm(fig.span.text) if fig.source == "table" else "")
    if fig.purpose and not re.search(r"[\u4e00-\u9fff]{2}", re.sub(r"\([^()]*\)", "", CODE.sub("", label_n))):
        ctx |= bigrams(norm(fig.purpose))   # "2210201（项级科目）176.59万元。主要用于…住房公积金提租补贴": a
                                            # code alone names the item; its stated use says what it is
    kind = _unit_kind(fig.unit)
    after: set[str] = set()
    if kind == "count" and fig.raw:
        at = (fig.span.text or "").find(fig.raw)
        if at >= 0:
            tail = fig.span.text[at + len(fig.raw):at + len(fig.raw) + 12]
            after = bigrams(norm(re.split(r"[\d，,。；;：:、（(]", tail)[0]))
            label |= after          # the noun after a count is what it counts (八个基层单位)
    before = label | metric | ctx
    at = (fig.span.text or "").find(fig.raw) if fig.source == "text" and fig.raw else -1
    # (a bracket right after an earlier amount says what that amount is: "货物类38.00万元（纸质图书和
    # 报刊），…服务类6.50万元" — its words never narrow the 服务类)
    lead_in = SIBLING_ASIDE.sub(r"\1", fig.span.text[:at]) if at >= 0 else ""
    if at >= 0:
        # words only after the amount (公用经费40.3万元（含专项业务费转列公用经费 万元）) are another
        # amount's: they never narrow this one
        before = label | metric | (ctx - span_g) | bigrams(norm(lead_in))
    fund_table = fig.source == "table" and any(w in (fig.span.text or "").split(" | ")[0] for w in FUND_WORDS)
    table = _table_title(fig) if fig.source == "table" else ""
    return _Prep(fig, label | metric, label | metric | ctx, span_g, label_n, leaf, set(CODE.findall(code_text)),
                 after, kind, label_n in TOTAL_LABELS, set(CODE.findall(label_n)), before, fund_table,
                 bigrams(norm(_inline_heading(fig, text) + _continued(fig, text) + _list_lead(fig, text))),
                 bigrams(norm(fig.span.section or "")),
                 tuple(metrics_in(fig.column)) if fig.source == "table" and fig.column and not fig.metric else (),
                 label | metric | (bigrams(norm(lead_in)) if at >= 0 else span_g),
                 table, _cell_flow(fig, table) if fig.source == "table"
                 else fig.metric if fig.metric in DOCUMENT_FLOWS else None)   # a clause's 收入 total is no 支出


def _continued(fig: Figure, text: str) -> str:
    """The words before a sentence that goes on from the one before it ("（一）基本支出1427.64万元。
    主要用于部门运行支出，其中：…社会保障费支出265.83万元"): LEAD_CHARS of them, '' otherwise."""
    if fig.source != "text" or not text or fig.span.start <= 0:
        return ""
    openers = tuple(lexicon.load("documents")["sections"]["continuation_openers"])
    return text[max(0, fig.span.start - LEAD_CHARS):fig.span.start] \
        if (fig.span.text or "").lstrip().startswith(openers) else ""


def _list_lead(fig: Figure, text: str) -> str:
    """The words that open the numbered list a sentence is a later item of ("在经济分类支出中：" before
    "(1) 工资类支出…" for "(4) 出国（境）费用支出3.26万元"): up to [rules] list_lead_chars before the
    list's first item, from the sentence end before it; '' when the sentence is no such item."""
    lex = questions_lexicon()["rules"]
    if fig.source != "text" or not text or fig.span.start <= 0:
        return ""
    item = re.match(lex["list_item"], fig.span.text or "")
    if not item or int(item.group(1)) < 2:
        return ""
    window = text[max(0, fig.span.start - lex["inline_heading_chars"]):fig.span.start]
    first = list(re.finditer(lex["list_first_item"], window))
    if not first:
        return ""
    lead = window[max(0, first[-1].start() - lex["list_lead_chars"]):first[-1].start()]
    return re.split(r"[。；;]", lead)[-1]


def _inline_heading(fig: Figure, text: str) -> str:
    """The last numbered heading written in the running text before a sentence's amount
    ("五、一般公共预算拨款支出情况" before "（二）公用经费32.40万元"), '' if none."""
    if fig.source != "text" or not text or fig.span.start <= 0:
        return ""
    lex = questions_lexicon()["rules"]
    window = text[max(0, fig.span.start - lex["inline_heading_chars"]):fig.span.start]
    found = re.findall(lex["inline_heading"], window)
    return found[-1] if found else ""


OPENING_CHARS = 200


def _is_total_column(column: str | None) -> bool:
    """Whether a cell's column is its row's total (合计, 本年合计 …: [rules] total_columns)."""
    col = norm((column or "").split("/")[-1])
    return bool(col) and (col in TOTAL_COLUMNS or col.endswith(TOTAL_COLUMN_ENDINGS))


def _column_fit(column: str | None, item_grams: set[str]) -> float:
    """Table cells: a cell whose column is unknown is a guess (−1); a column the question names
    wins (+0.9); a total column (合计) is what a question without a column word asks for (+0.3);
    another column must be named (−0.3)."""
    if not column:
        return -1.0
    if coverage(bigrams(norm(column.split("/")[-1])), item_grams) >= 0.99:
        return 0.9      # the column named ("…的财政拨款收入"): over the total column's cell of the row
    if _is_total_column(column):
        return 0.3
    return -0.3


def _opening(fig: Figure, text: str, sections: list) -> str:
    """The first words of the section one level above the one holding ``fig`` ('' if none)."""
    if not text or fig.source != "text" or not sections:
        return ""
    holding = [s for s in sections if s.start <= fig.span.start < s.end]
    if len(holding) < 2:
        return ""
    holding.sort(key=lambda s: (s.level, s.start))
    parent = holding[-2]
    return text[parent.start:min(parent.end, parent.start + OPENING_CHARS)]


class FigureMatcher:
    """Scores the figures of one document against a question item."""

    def __init__(self, figures: list[Figure], text: str = "", sections: list | None = None,
                 kind: str | None = None, year: int | None = None):
        """``text``: the document text (its words just before a sentence count as context);
        ``sections``: its Sections — the opening words of the section enclosing a figure's
        subsection name what the subsection is about (a project's 年度预算安排 under its name);
        ``kind``: the document's kind (预算… / 决算…): a figure stating no basis has the
        document's, so in a final account a budget question is never answered by it;
        ``year``: the document's own year (a budget's 预计 of that year or later is its plan)."""
        self.figures = figures
        self.text = text
        self.final = bool(kind and kind.startswith("决算"))
        self.budget = bool(kind and kind.startswith("预算"))     # (neither when the kind is not known)
        self.year = year
        self._prep = [_prepare(f, text, _opening(f, text, sections or [])) for f in figures]
        _under_numbered_rows(self._prep)
        self._labels = "\n".join(p.label_n for p in self._prep)    # every label, to look a name up once
        self._code_names: dict[str, str] = {}    # a class code → the labels of its rows (21103 → 污染防治)
        for p in self._prep:
            for c in _row_codes(p):
                self._code_names[c] = self._code_names.get(c, "") + p.label_n + "\n"
        self._years: dict[int | None, list[int | None]] = {}
        self.last_tie: list[Figure] = []     # figures that fitted equally well in the last best()
        self._by_id: dict[int, _Prep] | None = None

    def _codes_of_name(self, p: "_Prep") -> set[str]:
        """The codes the tables give the line a figure named without one is ("…（款）行政运行（项）" →
        the row 2010301 行政运行): rows whose label, code left out, is that line's last level."""
        leaf = _leaf(p.label_n) or ""
        if len(leaf) < 2:
            return set()
        return {c for c, labels in self._code_names.items() if len(c) >= 5
                and any(re.sub(r"^\d+", "", lbl) == leaf for lbl in labels.split("\n") if lbl)}

    @cached_property
    def text_n(self) -> str:
        """The document text, normalised (once per document)."""
        return norm(self.text)

    def _stated_years(self, doc_year: int | None) -> list[int | None]:
        if doc_year not in self._years:
            self._years[doc_year] = [_stated_year(f, doc_year) for f in self.figures]
        return self._years[doc_year]

    def _under_levels(self, uppers: list[str], p: _Prep) -> bool:
        """Whether a row is coded under rows named by ``uppers`` (each an upper level's name, found in
        a label of a shorter code that opens the row's code)."""
        for c in (c for c in _row_codes(p) if len(c) in (5, 7)):
            above = "".join(self._code_names.get(c[:n], "") for n in (3, 5) if n < len(c))
            if all(u in above for u in uppers):
                return True
        return False

    def rank(self, item: str, metrics: list[str], *, unit_kind: str | None = None, year: int | None = None,
             doc_year: int | None = None, basis: str | None = None, require=None,
             context: str = "", roles: tuple[str, ...] | None = None, narrow: bool = True,
             container: str = "", container_metrics: tuple[str, ...] = ()) -> list[_Scored]:
        """Figures that fit ``item`` best first. ``unit_kind``: money | count | % | None;
        ``year``: the year wanted (None = the document's year); ``require``: extra predicate;
        ``context``: the whole question (its other words break ties between sentences);
        ``roles``: the figure roles that may answer (default: those of ``unit_kind`` —
        money → amount, count → count, % → share/percent; a change-only or untyped figure never
        answers unless asked for by role). Kinds are filtered before any score is computed.
        ``narrow``: words of the item besides its metric (志愿服务 in 志愿服务项目支出) must occur
        in the figure's words or sentence (off for finding a reason's sentence).
        ``container``: where the question says the item is ("A中B": a table, a parent item): its
        words in the figure's row or sentence (a table's title is in its rows) raise the score;
        ``container_metrics``: metrics of that A which must hold, in the figure's label or its
        row/sentence (基本支出里的公务用车运行维护费: a row of the 基本支出 table)."""
        roles = roles or ROLES_OF_KIND.get(unit_kind, ANSWER_ROLES)
        if unit_kind == "money":    # 公车加油费: the money of a car, not the count of cars (车辆)
            metrics = [k for k in metrics if not _metric_is_count([k])]
        item_n = norm(item)
        said_g = bigrams(item_n)
        if CODE.search(item_n):     # 支出功能分类科目2130301行政运行: the code says it all, and a
            item_n = AFTER_CODE_FUND.sub(r"\1", CODE_WORDS.sub("", item_n))   # fund after it only where
                                                                            # it is paid from
        example = EXAMPLE_MARKER.search(item_n)
        after = item_n[example.end():] if example else ""
        if example and len(re.findall(r"[\u4e00-\u9fff]", after)) >= 2 and (metrics_in(after) or not metrics):
            item_n = after      # 日常办公这些公用开支 / 渔港这些港口设施: the words before 这些 are examples
        inner = re.search(r"\d{3,7}\)?(?:当中|之中|中|里)(?=[\u4e00-\u9fff]{2})", item_n)
        if inner:           # "农村综合改革（2130701）中村干部工资补助": the code is the container's
            item_n = re.sub(r"\(?\d{3,7}\)?(?=(?:当中|之中|中|里)[\u4e00-\u9fff]{2})", "", item_n)
        codes = set(CODE.findall(item_n))
        econ_codes = set(ECONOMIC_CODE.findall(item_n))     # 电费（30206）: the 经济分类 row so coded
        idents = set(IDENT.findall(item_n))
        # words in brackets explain the item ("其他支出（彩票公益金）", "村级运转（村干部工资、村办公）"):
        # they score, never narrow, and never dilute the item's own words
        asides = [a for a in re.findall(r"\(([^()]*)\)", item_n)
                  if len(re.findall(r"[\u4e00-\u9fff]", a)) >= 3 and not re.search(r"\d", a)]
        aside = "".join(asides)
        core = re.sub(r"\(([^()]*)\)", lambda b: "" if b.group(1) in asides else b.group(0), item_n)
        if aside and len(re.findall(r"[\u4e00-\u9fff]", core)) >= 2:
            item_n = core
        else:
            aside = ""
        aside_g = bigrams(aside)
        grams = bigrams(item_n)
        # the words asked without the pairs across a joiner ("报酬和保障": 酬和, 和保 are no words of a use)
        unjoined = {g for g in grams if not LIST_JOINERS.search(g)} or grams
        # …and with the words a line may write short read short (村民委员会 of "对村委会和党支部的补助")
        short_g = grams | bigrams(_written_short(item_n))
        # a class metric with a name glued before it ("初中教育支出" holds 教育支出, code 205): a lower
        # level's name, not that metric; the glued words must be the figure's own
        # (only when the document has a row of that lower level: "看病卫生健康支出", an everyday
        # rewrite, names no class 看病卫生健康)
        glued: set[str] = set()
        for k in [k for k in metrics if _class_code(k)]:
            for a in _aliases_of(k):
                before = re.search(rf"([\u4e00-\u9fff]{{2,4}}){re.escape(a)}", item_n)
                stem = a[:-2] if a.endswith(DOCUMENT_FLOWS) else a
                if before and any(before.group(1)[-n:] + stem in self._labels for n in (2, 3, 4)
                                  if len(before.group(1)) >= n):
                    glued |= bigrams(item_n.replace(a, ""))
                    metrics = [x for x in metrics if x != k]
                    break
        leaf_n = _leaf(item_n)
        if leaf_n and metrics:
            # "农林水支出—农业农村—事业运行（2130104）的人员经费": the column's metric after the last
            # level, and the level's code, are no part of its name
            said = sorted((a for a, k in metric_aliases().items() if k in metrics), key=len, reverse=True)
            bare = re.sub(r"\(\d{3,7}\)", "", leaf_n)
            cut = next((bare[:-len(a)] for a in said if bare.endswith(a) and len(bare) - len(a) >= 2), bare)
            leaf_n = cut.rstrip("的") or leaf_n
        asked_states = _count_states(item_n + norm(context))
        asked_leaf = bigrams(leaf_n.replace("的", "")) if leaf_n and len(leaf_n) >= 2 else set()
        residual_text = _residual(re.sub(r"\([^()]*\)", "", item_n) if metrics else item_n, metrics)
        if metrics and container and any(norm(container).startswith(f) for f in FUND_WORDS):
            # "公务接待费财政拨款支出" read with the fund as its container: the fund (and its flow
            # word) says where the item is paid from, it narrows nothing more
            residual_text = re.sub(re.escape(norm(container)) + "(?:支出|收入)?", "", residual_text)
        residual = bigrams(residual_text)
        # the words of a list ("村级…和村干部工资"): each must narrow, not one of them
        residual_words = [bigrams(w) for w in LIST_JOINERS.split(residual_text) if len(w) >= 2] if metrics else []
        part_words = [w for w in PART_MODIFIERS if w in residual_text]     # ([phrases] part_modifiers)
        # (a field's word naming a unit — 水利局, 教育局 — is the unit's name, no field asked)
        field_words = [w for w in _words("field_words") if re.search(rf"{w}(?!{_UNIT_ENDS})", residual_text)] \
            if metrics else []
        labelled_words = [w for w in _words("narrowing_when_labelled") if w in residual_text and w in self._labels]
        # a project named ("农业技术推广补助项目安排的一般公共预算拨款"): its words must be the figure's, not
        # a few of them met nearby
        # (项目 said inside the metric's name too: "课后延时服务补助项目支出" names the project 课后延时服务补助)
        # a fund's whole flow asked with more words ("发绩效工资用了多少财政拨款"): those words name the
        # item paid from the fund — half of them at least must be the figure's, never a word met nearby
        fund_total = bool(metrics) and all(metric_tier(k) == 1 and k.endswith(DOCUMENT_FLOWS) for k in metrics) \
            and len(_narrowing_chars(residual_text, self._labels)) >= 4
        project = len(residual) >= 4 and any(w in item_n for w in _words("project_words")) \
            and not LEVELS.search(item_n) and not CODE.search(item_n)     # (a class path names no project)
        context_g = bigrams(norm(context))
        metric_g = bigrams(norm(" ".join(metrics)))
        # every metric the question names must be the figure's (一般公共服务支出里的人员经费);
        # the document totals used for a question without subject are alternatives
        metric_grams = [] if tuple(metrics) == DOCUMENT_TOTALS else [(k, bigrams(norm(k))) for k in metrics]
        # the words the question names each metric by ("安征迁项目经费支出": 项目经费支出 for 项目支出)
        said_as = {k: [a for a in _aliases_of(k) if a in item_n] for k in metrics}
        # an alias longer than its metric's name said in the question (一般公共预算当年拨款 of 一般公共预算拨款)
        said_longer = [a for k in metrics for a in _aliases_of(k) if len(a) > len(norm(k)) and norm(k) not in a
                       and a in norm(context)]
        container_g = bigrams(_residual(norm(container), []))   # basis words (决算) say nothing here
        asked_container = bigrams(norm(container)) or {""}      # the container as asked (公共财政拨款支出)
        generic_fund = re.sub(r"(?:安排的?|的)$", "", norm(container or "")) in GENERIC_FUNDS
        if container_g and len(container_g) >= 2:
            # "A中B" with A found in the document (a table's title, a section): B is read there only
            fits = [coverage(container_g, p.all_g) for p in self._prep]
            floor = 0.5 if max(fits, default=0) >= 0.8 else 0.0
            # a coded row named whole ("302商品和服务支出"): the rows coded under it are in it (30209)
            named = {norm(container), _residual(norm(container), [])}
            container_codes = {c for p in self._prep if re.sub(r"^\d+", "", p.label_n) in named for c in _row_codes(p)}
        else:
            container_g, floor, container_codes = set(), 0.0, set()
        named_table = self._named_table(container)
        own_row_unasked = not any(w in norm(context) or w in item_n for w in OWN_ROW_WORDS)
        totalled = {p.table for p in self._prep if p.total and p.table} if own_row_unasked else set()
        # "教体局机关本身（局本级）…项目支出" of a department whose tables have a row for the unit's own
        # part: a cell of that row or an amount said of that part only, never another row's
        # (2080506…职业年金) nor the department's
        own_rows = not own_row_unasked and any(w in norm(item) for w in OWN_ROW_WORDS) \
            and any(p.fig.source == "table" and OWN_ROW.search(p.label_n) for p in self._prep)
        final_said = basis == "决算" and "决算" in norm(context)
        # a 功能分类 class asked by its code or level and no flow word: its spending (the
        # classification is of spending; a 收入决算表 row of it is the income for it)
        # (a coded line asked with its flow said outside its name — "案件执行（2040505）这一项的支出决算数" —
        # is that flow's row, never the other flow's)
        asked_flow = _flow_of(item_n) or _flow_of(norm(container or "")) or ((_flow_of(norm(context)) or "支出")
                                                                              if (codes or LEVELS.search(item_n))
                                                                              and not metrics else None)
        fund_asked = any(w in context or w in item_n for w in FUND_WORDS)
        # a fund said as what the money is not ("非财政拨款"): the figures saying so
        not_funds = {"非" + w for w in FUND_WORDS if "非" + w in norm(context) + item_n}
        # the body's own money asked ("用单位资金安排的公务接待费"): never a figure of a fiscal fund
        own_money = any(w in norm(context) + item_n for w in _words("own_money_words"))
        counted = COUNTED_NOUN.search(norm(context))      # the noun after 几个 / 多少个 …
        counted_g = bigrams(counted.group(1) or counted.group(2)) if counted else set()
        # a kind of the thing counted, narrower than the metric asked (救护车 of 车辆; 公车 is 车辆 itself)
        noun = norm(counted.group(1) or counted.group(2) or "") if counted else ""
        counted_kind = bool(counted_g) and bool(metrics) and not noun.endswith(("人", *_words("people_nouns"))) \
            and any(w in counted.group(0) for w in _words("kind_measures")) \
            and not any(a in noun or noun in a for k in metrics for a in (*_aliases_of(k), norm(k)) if len(a) >= 2)
        # people counted who are no staff ("多少名学生", "多少病人"): only a count naming them answers
        people_counted = bool(counted_g) and any(noun.endswith(w) for w in _words("people_nouns")) \
            and not any(noun.endswith(w) and len(noun) - len(w) <= 2 for w in _words("staff_nouns")) and not metrics
                                            # (流浪乞讨人员 are no staff; 在职人员 are)
        years = self._stated_years(doc_year)
        leveled = bigrams(LEVELS.sub("", item_n)) if LEVELS.search(item_n) else set()
        # the upper levels of a class path the lexicon does not know ("污染防治（款）大气（项）")
        uppers = [u for u in (u.strip("“”\"科目的") for u in LEVELS.split(item_n)) if u][:-1] if not metrics and leveled else []
        uppers = [u for u in uppers if len(u) >= 2]
        marks = re.findall(r"\((%s)\)" % "|".join(questions_lexicon()["rules"]["levels"]), item_n)
        code_length = questions_lexicon()["rules"]["level_code_lengths"].get(marks[-1]) if marks else None
        # the item without a money word closing it (招商引资支出 → 招商引资)
        money_stem = next((item_n[:-len(w)] for w in sorted(MONEY_SUFFIXES, key=len, reverse=True)
                           if w and item_n.endswith(w)), item_n)
        out: list[_Scored] = []
        coded_ids: set[int] = set()
        for p, fy in zip(self._prep, years):
            fig = p.fig
            if unit_kind and p.kind != unit_kind or fig.role not in roles:
                continue
            if year is not None and fy is not None and fy != year:
                continue
            lead = re.match(r"(\d{3,7})(?=[\u4e00-\u9fff])", p.label_n)
            if econ_codes and lead and lead.group(1) not in econ_codes:
                continue            # 电费（30206） asked: never 30207 邮电费
            long_codes = {len(c) for c in p.label_codes if len(c) >= 5}     # (not 204 of "（204类）…（13项）")
            if code_length and (lead or long_codes) \
                    and code_length not in long_codes | ({len(lead.group(1))} if lead else set()):
                continue            # 城乡社区管理事务（款）: the 款 row (21201), never a 项 row (2120199),
                                    # nor a project's row coded with one ("死亡抚恤金 2080801 死亡抚恤")
            cover_all = coverage(grams, p.all_g)
            if leveled and cover_all < 1:       # 防汛（项）: the row 防汛 of a table naming no levels
                cover_all = max(cover_all, coverage(leveled, p.all_g))
            # money named by its stated use (建仲裁庭的钱: "…14.38万元，用于仲裁庭建设"), an income by
            # what it is (看病收入: "事业收入…，主要为门诊、住院等医疗服务收入")
            # (the use's words with the label's: "给村干部发报酬、给村里办公的补助" of "…的补助326.40万元，
            # 用于…村干部基本报酬、村级组织办公经费及…"; never when the words asked are another amount's
            # name — a project's row "政务云及网络运维服务 … 520.00" is no use of its class)
            use_g = _read_in_full(norm(fig.purpose or "")) | p.label_g \
                | bigrams(re.sub(r"\([^()]*\)", "", norm(fig.purpose or "")))     # 村（社区）干部 read as 村干部
            # (托养费 of "…缴纳的托养服务费": the fee's name split around words between, its end closing the use)
            split_use = len(item_n) >= 3 and bool(fig.purpose) and _split_in(item_n, norm(fig.purpose))
            by_use = not metrics and bool(fig.purpose) and coverage(grams, p.label_g) < 0.5 \
                and not (len(item_n) >= 4 and item_n in self._labels) \
                and (coverage(unjoined, use_g) >= 0.6 or split_use) \
                and (_names_use(grams, fig.purpose) or norm(fig.metric or fig.label).endswith(DOCUMENT_FLOWS[0])) \
                and (bigrams(item_n[-2:]) <= use_g or split_use) \
                and not _one_use_of_several(grams, fig)     # its head word too: 在职人员经费
                                                                    # is not 在职人员住房公积金
            if grams and cover_all < 0.35 and not (fig.metric and fig.metric in metrics) and not codes & p.codes \
                    and not (asked_leaf and coverage(asked_leaf, p.label_g) >= 0.85) and not by_use:
                continue            # (an item named by another alias of the figure's metric still fits:
                                    # 车辆经费 is 公务用车购置及运行维护费; the last level's row; the class code asked)
            if len(item_n) >= 4 and _entry_of_use(item_n, p.label_n):
                continue            # "主要用于嘎查村“两委”成员报酬及嘎查村办公经费282.24万元": the two
                                    # together, never the first one's amount
            if fig.purpose and _entry_of_use(item_n, fig.purpose):
                continue            # 定额公用经费 asked: "公用经费38万元。主要用于定额公用经费、车辆运行费…"
                                    # holds it as one use of several, it is not its amount
            if p.leaf_g is not None and coverage(p.leaf_g, short_g) < 0.85 and not codes & p.codes and not by_use:
                continue            # the question names an upper level only
            if asked_leaf and coverage(asked_leaf, p.label_g) < 0.85 and not codes & p.codes:
                continue            # …(类)…(款)住房公积金(项) asked: never the upper level's amount
            if marks and asked_leaf and fig.source == "table" and not p.label_codes \
                    and leaf_n.replace("的", "") not in p.label_n:
                continue            # 疾病预防控制机构（项） asked: a class's row, never a project row of
                                    # a like name (…疾病预防控制中心) coded under no class
            if marks and not asked_leaf and fig.source == "table" and p.label_codes and not codes \
                    and not _names_marked_line(item_n, p.label_n):
                continue            # 城乡社区管理事务行政运行（项） asked: the row 行政运行, never
                                    # 其他城乡社区管理事务支出 (its words, another line)
            if require and not require(fig):
                continue
            if not_funds and not any(w in p.label_n for w in not_funds):
                continue            # "用自己的钱（非财政拨款）安排的三公经费": only the money said to be so
            if own_money and self.funds(fig) and not any(w in norm(_clause_before(fig)) + p.label_n
                                                         for w in _words("own_money_words")):
                continue            # (a cell of the 一般公共预算“三公”经费支出表 is no 单位资金 amount)
            if len(item_n) >= 2 and item_n in p.label_n and all(
                    p.label_n[max(0, at - 2):at].endswith(tuple(_words("negating_prefixes")))
                    for at in (x.start() for x in re.finditer(re.escape(item_n), p.label_n))):
                continue            # 学费 asked: never "国家助学金及免学费补助" (the fee waived, a grant)
            source = re.search(_words("paid_from"), p.label_n) if metrics and fig.metric not in metrics else None
            if source and set(metrics) & set(metrics_in(source.group("source"))):
                continue            # 事业收入 asked: never "本单位使用事业收入安排“三公”经费" (the 三公 paid from it)
            if _one_of_joined(item_n, p.label_n):
                continue            # "法律顾问" asked: never "华侨事务及法律顾问费" (the two items' one amount)
            if _other_parent(item_n, p.label_n):
                continue            # "财政事务的一般行政管理事务": never 组织事务（款）一般行政管理事务（项）
            if not metrics and fig.source == "table" and p.table and not named_table \
                    and (p.label_n.endswith(BODY_ENDINGS) or norm(fig.column or "").endswith(BODY_ENDINGS)) \
                    and any(k not in DOCUMENT_FLOWS for k in _title_metrics(p.table)):
                continue            # "市场服务中心今年预算一共多少": never its row (or column) of the “三公”经费
                                    # table (a body's row of a table titled by an item holds that item only)
            if asked_flow and p.flow not in (None, asked_flow) \
                    and not (fig.source == "table" and p.label_g and coverage(p.label_g, residual) >= 0.6):
                continue            # …支出 asked: never a cell of an income column (收入决算表 | 本年收入合计);
                                    # 事业收入 asked: never a 项目支出表's cell under 事业收入 (spending paid
                                    # from it) — unless the row is named ("医疗设备购置项目的事业收入")
            if named_table and not self.in_table(fig, named_table):
                continue            # "支出决算表中…": a cell of that table, never of 一般公共预算财政拨款支出决算表
                                    # nor a sentence rounding it (68,923.05万元 of 689,230,512.18元)
            if own_row_unasked and fig.source == "table" and p.table in totalled and OWN_ROW.search(p.label_n) \
                    and not metrics_in(p.label_n) and not ITEM_WORDS.search(p.label_n):
                continue            # "民政局总共花多少": never the row "…民政局（本级）", one part of the
                                    # department beside the table's 合计
            if own_rows and not (OWN_ROW.search(p.label_n) if fig.source == "table"
                                 else any(w in p.label_n for w in OWN_ROW_WORDS)):
                continue
            if idents and not _names_idents(idents, fig):
                continue            # 闽K198KA的保险费: never another car's (闽K229KA保险费)
            if _asks_budget(basis) and (fig.basis or ("决算" if self.final else "")) in FINAL_BASES \
                    and not (fig.basis == "预计" and not self.final and (self.year or doc_year) and fy
                             and fy >= (self.year or doc_year)):
                continue            # a budget asked: never a final or executed figure (of a final
                                    # account, or stated as 执行数 / 决算 anywhere); a budget's 预计 of
                                    # its own year or later is its plan ("2018年度预计支出", 打算花)
            if final_said and self.budget and fig.basis not in FINAL_BASES:
                continue            # "2025年度…决算支出" of a 2026 budget: its 上年 column is last year's
                                    # budget, never a final (only a 决算 the page states answers)
            if (final_said or basis == "决算" and self.final) and _asks_budget(fig.basis):
                continue            # 决算 asked (or 花了 of a final account): never an amount the document
                                    # states as a budget (上年预算); an everyday 花了 of a budget asks the budget
            if _other_budget(basis, fig.basis):
                continue            # 调整后的预算 asked: never the 年初预算 (150 of "年初预算150、调整预算220")
            if basis is None and self.final and _asks_budget(fig.basis):
                continue            # a final account asked plainly: its 决算, never the budget it
                                    # compares with ("公务接待费: 预算数 0.95 | 决算数 0.00")
            cover_label = coverage(grams, p.label_g)
            if len(grams) <= 3 and cover_label < 0.99 and _split_in(item_n, p.label_n):
                cover_all = cover_label = 0.99      # 物业费 is 物业管理费, 辅警工资 辅警人员工资: all of it
            precision = coverage(p.label_g, grams | aside_g | metric_g) if p.label_g else 0.0
            metric_hit, flow_row = 0.0, False
            if fig.metric and fig.metric in metrics:
                if container_metrics and set(metrics) <= set(container_metrics) and cover_label < 0.85:
                    continue                # 项目支出中社会保障费: never the container (项目支出) itself
                metric_hit = 2.0 if metrics.index(fig.metric) == 0 else 1.0
            elif fig.metric and any(_narrows(k, fig.metric) for k in metrics):
                metric_hit = 1.5            # a part the question narrows down to (政府采购 → 货物)
            elif p.column_metrics and not (p.label_codes and not codes and not residual and not asked_leaf
                                           and all(metric_tier(k) == 0 for k in metrics) and require is None) \
                    and (metrics and _same_fund(metrics[0], p.column_metrics[0]) or asked_leaf and p.column_metrics[0] in metrics
                                       and all(k == p.column_metrics[0] or _class_code(k) and any(
                                           c.startswith(_class_code(k)) for c in p.label_codes) for k in metrics)):
                metric_hit = 1.0            # 一般行政管理事务的三公经费: a coded row's cell of the metric's column
                                            # (…（类）…事业运行（项）的项目支出: the row under that class)
            elif metrics and set(metrics) <= set(container_metrics):
                stem = money_stem if len(money_stem) >= 2 else item_n
                if cover_label < 0.85 and coverage(bigrams(stem), p.label_g) < 0.85:
                    continue                # 社会发展性支出 is not 部门发展性支出 (招商引资支出 is the line 招商引资)
                metric_hit = 0.0            # 项目支出中专项业务费: the metric only says where the item is
            elif fig.metric and metrics:
                if all(metric_tier(k) == 0 for k in metrics):
                    continue                # 本年收入 asked: 事业收入 is one of its parts, never it
                metric_hit = -2.5           # the question names another metric
            elif metrics and p.column_metrics and all(metric_tier(k) == 0 for k in metrics) \
                    and all(metric_tier(c) > 0 for c in p.column_metrics):
                continue                    # a row's 收入 asked: its 事业收入 cell is one part, never its total
            elif metrics and fig.source == "table" and p.flow in metrics and _is_total_column(fig.column) \
                    and all(metric_tier(k) == 0 for k in metrics) and coverage(residual, p.label_g) >= 0.85:
                metric_hit = 0.0            # "服务中心的收入预算": that row's 合计 of a 收入总表 — the flow its table names
                flow_row = True
                if any(metric_tier(k) >= 2 for k in metrics_in(p.table or "")):
                    metric_hit = -0.3       # (a row of a 项目支出表 is a project's amount, not the row's 支出)
            elif len(metrics) == 1 and fig.source == "table" and _is_total_column(fig.column) and residual \
                    and metrics[0] in metrics_in(p.table or "") and coverage(residual, p.label_g) >= 0.85:
                metric_hit, flow_row = 0.0, True    # "疾控中心的三公经费": that row's 合计 of the “三公”经费支出表
            elif asked_leaf and coverage(asked_leaf, p.label_g) >= 0.85 and all(
                    _class_code(k) and any(c.startswith(_class_code(k)) for c in p.label_codes) for k in metrics):
                metric_hit = 1.0            # "卫生健康支出（类）…乡镇卫生院（项）": the last level's row
                cover_all = max(cover_all, MIN_COVER)   # under that class (2100302 乡镇卫生院)
            elif metrics:
                metric_hit = -0.8           # a figure no metric was recognised in
            coded = bool(codes & p.codes)   # the class code asked is the figure's own: it names the item
            if not coded and uppers and asked_leaf and coverage(asked_leaf, p.label_g) >= 0.85:
                coded = self._under_levels(uppers, p)   # its row coded under rows of those names (2110301
                                                        # under 21103 污染防治)
            if fig.purpose and len(p.label_n) >= 4 and item_n.endswith(p.label_n) and len(item_n) > len(p.label_n) \
                    and coverage(set().union(*map(bigrams, re.split(r"[和及与、]", item_n[:-len(p.label_n)]))),
                                 bigrams(norm(fig.purpose))) >= 0.4:
                cover_all = max(cover_all, MIN_COVER)   # "买设备和维修改造的部门发展专项": the label
                cover_label = max(cover_label, MIN_COVER)   # named whole, after words of its stated use
            if cover_all < MIN_COVER and metric_hit <= 0 and not coded and not by_use:
                continue
            if by_use:
                cover_label = 0.99
                cover_all = max(cover_all, coverage(grams, use_g))   # (the use read in full: 保教费 as 保育教育费)
            if (len(grams) <= 3 and metric_hit <= 0 and cover_label < 0.99 and item_n not in p.label_n and not coded
                    and not flow_row      # (本级支出: the 合计 of the row "…局（本级）")
                    and not (LEVELS.sub("", item_n) and LEVELS.sub("", item_n) in p.label_n)     # 防汛（项）: the row 防汛
                    and not _split_in(item_n, p.label_n) and not _split_in(item_n, LEVELS.sub("", p.label_n))
                    and not (p.after_g and bigrams(item_n[-2:]) <= p.after_g)):
                continue                    # a short item (编制数) must be the label, not look like it
                                            # (辅警工资 is 辅警人员工资: both halves, in order; a count's
                                            # noun follows it: 整合…等八个基层单位)
            fee = item_n.endswith("费") and len(item_n) >= 4
            # (a money word closing the item names no other item: 地热资源勘查评价经费 is "地热资源勘查评价：500万元")
            if not metrics and p.kind == "money" and cover_label < (0.8 if fee else 0.5) and not coded and len(grams) >= 4 \
                    and not bigrams(item_n[-2:]) <= p.label_g and not (p.after_g and bigrams(item_n[-2:]) <= p.after_g) \
                    and not (fee and cover_label >= 0.5 and re.search(re.escape(item_n[-3:-1]) + FEE_CLOSE, p.label_n)) \
                    and not (money_stem != item_n and len(money_stem) >= 4 and money_stem in p.label_n):
                continue                    # 在职人员工资和福利 is not 在职人员年金: an item the lexicon does not
                                            # know names its head last; a label without it is another item
                                            # (a fee's the more so: 水利工程监理费 is not 水利工程建设, while
                                            # 公车加油费 is "K198KA公车加油")
            if not metrics and cover_label < 0.5 and precision < 0.6 and not coded \
                    and not (p.kind == "count" and (coverage(grams, p.before_g) >= 0.7
                                                    or p.after_g & grams and coverage(grams, p.all_g) >= 0.6)):
                continue                    # an item the lexicon does not know, named otherwise by the figure
                                            # (商业创新专项 is not 支持商业数字化创新; a label that is part of
                                            # the item, 第一季度用款计划 under its project, still fits; a
                                            # count's clause names what is counted: 公务接待…累计接待85批次)
            if p.kind == "count" and (not metrics or counted_kind) and (p.after_g or counted_kind) and counted_g \
                    and coverage(counted_g, p.label_g | p.after_g) < 0.5:
                continue                    # 多少个社区工作者: "保障12个社区正常运转" counts 社区, not them
                                            # (几辆救护车: "共有车辆14辆" counts all cars, not them)
            if p.kind == "count" and people_counted and coverage(counted_g, p.label_g | p.after_g) < 0.5:
                continue                    # 多少名学生: never the school's 编制 or 在职人数 (staff, not them)
            if p.kind == "count" and asked_states & EVENT_STATES and not _count_states(p.label_n):
                continue                    # 买了几辆车: never the cars held ("共有车辆14辆")
            if p.kind == "count" and not asked_states and _count_states(p.label_n) & EVENT_STATES:
                continue                    # 有几辆车: never the cars bought or scrapped this year
            if p.kind == "count" and asked_states and (states := _count_states(p.label_n)) and not states & asked_states:
                continue                    # 原来有几辆: never the count 保留 (原有的6辆公务用车保留2辆)
            if item_n and not (fig.metric and fig.metric in metrics) and _sibling_name(item_n, p.label_n):
                continue                    # 新农保参合率 asked: 新农合参合率 is another item, one character apart
            if any(w in p.label_n and w not in norm(context or item_n) for w in THRESHOLD_WORDS):
                continue                    # 专用设备 asked: "单价50万元（含）以上专用设备0台" counts a part only
            if item_n and re.sub(r"^[\d.．、]+", "", p.label_n).startswith(RESIDUAL_PREFIXES) \
                    and not re.sub(r"^[\d.．、]+", "", item_n).startswith(RESIDUAL_PREFIXES) and item_n in p.label_n:
                continue                    # 社会福利支出 asked: 其他社会福利支出 is what is left of it, not it
                                            # (nor "10.2130299其他林业支出（项）", numbered and coded)
            if item_n and item_n != p.label_n and item_n in p.label_n \
                    and any(g in p.label_n[:p.label_n.find(item_n)] and g not in item_n for g in GROUP_WORDS):
                continue                    # 人员工资 asked: 辅警人员工资 is one group's pay, not the staff's
            outside = re.sub(r"\([^()]*\)", "", p.label_n)     # (a kind restated in brackets names them all)
            # (the kind words said right before the cars asked: "应急管理局共有车辆" is all the bureau's cars)
            at = outside.find(item_n)
            kind_said = outside[max(0, at - 6):at + len(item_n)] if at >= 0 else ""
            if p.kind == "count" and item_n and item_n != outside and item_n in outside \
                    and any(k in kind_said and k not in item_n for k in CAR_KINDS):
                continue                    # 几辆公务用车 asked: "一般公务用车1辆" is one kind of them, not all
            if not metrics and fig.metric and item_n and item_n != norm(fig.metric) and item_n in norm(fig.metric) \
                    and norm(fig.metric).replace(item_n, "", 1) not in MONEY_SUFFIXES \
                    and not (p.kind == "count" and not re.sub(COUNT_QUALIFIERS, "", norm(fig.metric).replace(item_n, "", 1))):
                continue                    # 公务用车 asked: 公务用车购置费 is a narrower item, not the answer
            own_project = project and coverage(residual, p.label_g) >= 0.99     # 课后延时服务补助 of its 项目支出
            if metric_hit == -0.8 and not own_project and (cover_label < 0.85 or all(metric_tier(k) == 0 for k in metrics)
                                       and (_numbered_item(fig) or p.label_codes and not codes
                                            or fig.source == "text" and p.label_n.endswith(DOCUMENT_FLOWS)
                                            and p.label_n not in DOCUMENT_FLOWS     # (住院收入: a part the reader
                                                                                    # typed as no total)
                                            or not codes and not re.sub(r"[^\u4e00-\u9fff]", "", residual_text)
                                            and re.sub(r"^[\d.．、]+", "", p.label_n).startswith(RESIDUAL_PREFIXES))):
                continue                    # 公务用车购置 is not 公务用车购置及运行费; an untyped
                                            # label (一般预算支出) is never the document's total, nor
                                            # a numbered item of a list ("5. 附属单位上缴收入0元"),
                                            # nor what is left of another item (11其他人员支出),
                                            # nor a class's row (20404检察：本年支出)
            if any(k != fig.metric and coverage(g, p.label_g) < 0.8 and not any(a in p.label_n for a in said_as[k])
                   and (k not in container_metrics or max(coverage(g, p.span_g | p.heading_g | p.section_g),
                                                          coverage(asked_container, p.span_g | p.heading_g | p.section_g)) < 0.99
                        and not any(a in norm(fig.span.text) for a in _aliases_of(k)))
                   and not (own_project and any(a in norm(fig.span.text) for a in _aliases_of(k)))
                   and not (asked_leaf and _class_code(k) and any(c.startswith(_class_code(k)) for c in p.label_codes))
                   and not (k in container_metrics and _economic_group(k, p))
                   and not (fig.source == "table" and fig.column and metric_tier(k) >= 1
                            and _column_names(k, fig.column, p.flow))    # the row's cell under a column naming it
                   and not (any(w in k for w in FUND_WORDS) and fig.source == "text"
                            and max(coverage(x, p.heading_g) for x in (g, *map(bigrams, said_as[k]))) >= 0.99)
                   and not (k == p.flow and fig.source == "table" and _is_total_column(fig.column))
                   and not (flow_row and k in metrics_in(p.table or ""))
                   and not (fig.source == "text" and len(p.label_n) >= 2 and any(
                       a.startswith(p.label_n) and len(a) > len(p.label_n) and a[len(p.label_n):] in norm(fig.span.text)
                       for a in _aliases_of(k)))      # "政府采购…其中：服务类230.00万元": 服务类采购
                   and not (p.kind == "count" and len(item_n) >= 2 and item_n in p.label_n
                            and any(a in norm(fig.span.text) for a in (*_aliases_of(k), norm(k))))
                   for k, g in metric_grams):
                continue                    # 一般公共服务支出里的人员经费: both must be the figure's (a
                                            # count of a kind named whole, in the sentence counting
                                            # the metric, is one: "共有车辆14辆，其中：救护车9辆";
                                            # container may be in the sentence by another of its
                                            # names: 农林水事务支出中村级运行 in "农林水事务125.4万元(其中…)";
                                            # a project's row under its 项目支出 sentence or table is one;
                                            # so is a row coded under the class named by its levels)
            if fig.metric and metrics and fig.metric not in metrics and metric_tier(fig.metric) > 1 \
                    and all(metric_tier(k) <= 1 for k in metrics):
                continue                    # 财政拨款支出 asked: "“三公”经费财政拨款支出" is the 三公经费
                                            # (its fund said), never the fund's total
            if p.label_codes and any(c and not any(x.startswith(c) for x in p.label_codes)
                                     for c in map(_class_code, metrics)):
                continue                    # a row coded under another class (2150899 其他支持…) is never 其他支出 (229)
            if (fig.source == "table" and p.label_n in TOTAL_ROWS and len(residual - bigrams(norm(fig.column or ""))) >= 2
                    and coverage(residual, bigrams(p.label_n)) == 0):
                continue                    # 工会经费的公用经费: a row is asked, not the column's total
                                            # (三公经费累计支出数: the words of the column name no row)
            if (metrics or fig.metric) and any(not bigrams(w) <= p.before_g for w in part_words):
                continue                    # 定额公用经费 asked: an amount of 公用经费 not said to be 定额
            if metrics and any(w in p.label_n and w not in item_n for w in SCOPE_MODIFIERS):
                continue                    # 一般公共预算支出 asked: "涉及一般公共预算支出1386.40万元" is what
                                            # an evaluation covered, not the unit's ([phrases] scope_modifiers)
            if narrow and metrics and any(not bigrams(w) <= p.label_g for w in labelled_words):
                continue                    # 本级支出 asked where a row "…局（本级）" is: that row's, never the
                                            # whole 部门支出 of a sentence near a 本级 said in passing
            if metrics and any(not bigrams(w) <= p.all_g | p.heading_g | p.section_g
                               and not self._under_levels([w], p) for w in field_words):
                continue                    # 环卫的基本支出 asked: a field of spending named narrows any
                                            # metric — never the whole 基本支出 of a page without it
            if glued and not glued <= p.own_g:
                continue                    # 初中教育支出 asked: 教育支出 (205) is the class, not 初中教育 (2050203)
            if narrow and metrics and (len(residual) >= 2 or all(metric_tier(k) == 0 for k in metrics)
                                             and len(_narrowing_chars(residual_text, self._labels)) >= 2) and (
                    (coverage(residual, p.own_g) < 0.5 if project
                     else coverage(residual, p.before_g) < (0.5 if fund_total else 1e-9))
                                                              or any(not w & p.before_g for w in residual_words)):
                continue                    # 志愿服务项目支出: the words narrowing the metric must be there
                                            # (村级公用经费和村干部工资: 村级 too, not 工资 alone; two
                                            # characters narrow a bare 收入/支出: 卖药的收入)
            if metrics and len(residual) >= 2 and fig.purpose and coverage(residual, p.label_g) < 0.5 \
                    and _narrows_to_one_use(residual, fig.purpose):
                continue                    # 食堂托管服务采购 asked: "服务采购420.00万元，主要用于学校物业、安保
                                            # 及食堂托管服务" is all three's amount, not the one asked
            score = metric_hit + 2.0 * cover_label + 1.5 * cover_all + 1.0 * precision
            if residual:
                score += 2.5 * coverage(residual, p.label_g)
            if p.leaf_g is not None:
                score += 0.8
            if codes:
                # a function-class code in the question (2010350) must be the figure's code: a
                # parent class (213) or another item is never the answer
                if p.codes and not codes & p.codes:
                    continue
                if not p.codes and cover_label < 0.85:
                    continue        # a class asked by its code is never a figure named otherwise
                                    # (“财政国库业务”（2010605） is not the table's 一般公共预算拨款支出)
                named_codes = self._codes_of_name(p) if not p.codes else set()
                if named_codes and not codes & named_codes:
                    continue        # a line stated in words whose name the tables code otherwise (行政运行
                                    # is 2010301 there): never the line of another code asked (2010399)
                score += 3.0 if codes & p.codes else 0.0
            if item_n and item_n in p.label_n:
                score += 1.0 + (0.3 if item_n == p.label_n else 0.0)
            if len(p.label_n) >= 6 and p.label_n in norm(context) and not (item_n and item_n in p.label_n) \
                    and p.label_n not in item_n:        # (计划生育经费 is a part of the item 计划生育经费收入)
                score += 1.0            # the figure's own name said whole ("年初财政拨款结转和结余是多少", its fund
                                        # read apart as where the item is): never 政府性基金预算财政拨款年初结转和结余
            if said_longer:
                # "一般公共预算当年拨款" asked: the figure so named before one named by the metric's short
                # name ("涉及资金211.56万元，其中一般公共预算拨款91.56万元": the projects' part)
                score += 1.0 if any(a in p.label_n for a in said_longer) else -1.0
            if aside_g:
                score += 0.5 * coverage(aside_g, p.label_g) + 0.5 * coverage(aside_g, p.all_g)
            if context_g:
                # tie-breaker: the rest of the question (截至2025年8月底 …) in the sentence
                score += 0.4 * coverage(context_g, p.span_g)
            if container_g:
                fit = coverage(container_g, p.all_g | p.heading_g | p.section_g)
                if not metrics and any(x.startswith(c) and x != c for c in container_codes for x in _row_codes(p)):
                    fit = 1.0
                elif container_metrics and all(_economic_group(k, p) for k in container_metrics):
                    fit = 1.0           # 人员经费中津贴补贴: the row 30102 of a table grouping no words
                elif generic_fund and p.fund_table:
                    fit = 1.0           # 用财政拨款安排的电费: a row of any fund's table (一般公共预算基本支出表)
                if fit < floor:
                    continue
                score += 1.0 * fit
            if p.kind == "count":
                score += 0.5 * coverage(grams, bigrams(p.label_n))   # 在职 asked: "在职人员79人", not "实有人数131人"
            if p.after_g:
                # counts are written before their noun: 8个二级事业单位16个三级事业单位
                score += 1.5 * coverage(grams, p.after_g) - 0.5
            if p.total:
                score += 0.6
            if (p.fund_table or fig.source == "text" and len(_class_code(fig.metric or "")) == 3 and self.funds(fig)) \
                    and not fund_asked:
                score -= 0.3                # 收入总计 asked: the table of all funds, not 财政拨款's (nor a
                                            # sentence under "一般公共预算财政拨款支出决算结构情况")
            elif fund_asked and fig.source == "table" and not p.fund_table:
                score -= 0.3                # 财政给…安排的: the fund's table, not the one of all funds
            if fig.source == "table":
                score += _column_fit(fig.column, grams | said_g)    # (a column named after a code)
            score += _basis_fit(basis, fig.basis)
            if fig.source == "text":
                score += 0.05
            out.append(_Scored(score, cover_all, fig))
            if coded:
                coded_ids.add(id(fig))
        if metrics and (all(metric_tier(k) == 0 for k in metrics) or set(metrics) == set(DOCUMENT_TOTALS)) \
                and not any(w in norm(context) or w in item_n for w in FUND_WORDS):
            # 总共花了多少钱 (no fund named): the whole document's total, never one fund's
            # ("财政拨款收入、支出总计各增加282.18万元") while the whole one is stated
            if any(not self.funded(s.fig) for s in out):
                out = [s for s in out if not self.funded(s.fig)]
        asked_funds = {w for w in FUND_WORDS if w in norm(context) or w in item_n}
        named_funds = asked_funds - GENERIC_FUNDS
        if metrics and context and not asked_funds and out:     # (only the question read whole says no fund)
            # no fund named: all the unit's money — an amount naming no fund ("公务用车运行维护费7.20万元",
            # a hospital's own funds) over one fund's table of other values ("一般公共预算“三公”经费支出表":
            # 0.00), when it fits about as well
            top = max(s.score for s in out)
            whole = [s for s in out if not self.funded(s.fig)]
            funded = [s.fig for s in out if self.funded(s.fig)]
            if whole and funded and all(f.source == "table" for f in funded) and max(s.score for s in whole) >= top - 1.5 \
                    and not any(f.value_wan == w.fig.value_wan or _rounds_to(f, w.fig) for f in funded for w in whole):
                out = whole     # (a table in 元 the prose rounds is the same amount: both stay)
            first = max(out, key=lambda s: s.score).fig
            name = lambda f: re.sub(r"^\d+", "", _label_item(f.label))     # (one item's name, its code aside)
            same = [s for s in whole if s.fig.metric and s.fig.metric == first.metric and s.score >= top - 1.5
                    and name(s.fig) == name(first)]
            if same and self.funded(first) and len({(s.fig.value_wan, s.fig.unit) for s in same}) == 1 \
                    and not any(first.value_wan == w.fig.value_wan or _rounds_to(first, w.fig) for w in same):
                out = whole     # a sentence under "八、政府性基金预算财政拨款收入支出决算情况说明" ("年末结转和
                                # 结余均为0万元") is that fund's; the 收入支出决算总表's 48.26, all funds', answers
        if asked_funds and not named_funds and out:
            # "年末财政拨款结转和结余" (every fund's appropriation): never one fund's ("政府性基金预算财政
            # 拨款…年末结转和结余均为0万元") while an amount naming no single fund fits about as well
            top = max(s.score for s in out)
            every = [s for s in out if not self.funds(s.fig) - GENERIC_FUNDS]
            if every and max(s.score for s in every) >= top - 1.5:
                out = every
        if metrics and named_funds and out:
            # "一般公共预算基本支出" (a fund named): that fund's figure, never the one of all funds
            # ("支出预算611.23万元，其中：基本支出512.63万元") when the fund's own fits about as well (404.23)
            top = max(s.score for s in out)
            own = [s for s in out if self.funds(s.fig) & named_funds]
            if own and max(s.score for s in own) >= top - 1.5:
                out = own
        if narrow and metrics and len(residual) >= 3 and not asked_leaf and not codes:    # (a class path: its rows)
            if any(p.kind == unit_kind and coverage(residual, p.label_g) >= 0.8 for p in self._prep):
                # "政府采购中授予中小企业合同金额": an amount labelled with the narrowing words is
                # stated; the metric's total, whose own words hold few of them, is not it
                out = [s for s in out if coverage(residual, self._prep_of(s.fig).own_g) >= 0.8]
        if coded_ids:
            # a class asked by its code ("…拨款中科目21201"): the rows with that code, never a
            # figure named by the question's other words (the fund's total)
            out = [s for s in out if id(s.fig) in coded_ids]
        if code_length:
            # "特困人员救助供养（款）": when a line of that level fits (its code 5 long, or its words
            # marked （款）), never a line of no level (a project "农村特困人员救助供养资金")
            at_level = [s for s in out if _line_level(self._prep_of(s.fig)) == code_length]
            if at_level:
                out = [s for s in out if _line_level(self._prep_of(s.fig)) in (code_length, None)
                       and (_line_level(self._prep_of(s.fig)) or not _names_project(s.fig))]
        out.sort(key=lambda s: (-s.score, s.fig.span.start))
        return out

    def _named_table(self, container: str) -> str | None:
        """The title of the table a container names at its end, None if none or several.

        The title covering the longest end of the words said, in order, is named: "湘潭县水利局支出
        决算表" → 支出决算表 (the title said whole wins over a longer one ending the same way);
        "唐江镇政府性基金预算财政拨款支出决算表" → 政府性基金预算财政拨款收入支出决算表, never the
        shorter 支出决算表 its last words match; "三公经费表" → 一般公共预算财政拨款三公经费支出决算表."""
        said = re.sub(r"(?:里面|当中|之中|中|里)$", "", norm(container or ""))      # (“…表”中: the quote's 中)
        said = TABLE_NUMBER_PREFIX.sub("", said) or said       # 表5 / 公开05表 before the title
        titles = {p.table for p in self._prep if p.table and len(p.table) <= MAX_TITLE_CHARS}   # (not a
                                                                    # table's rows run into its heading)
        if len(said) < 4 or not said.endswith("表"):
            return max((t for t in titles if len(t) >= 4 and said.endswith(t)), key=len, default=None)

        def cover(title: str) -> int:
            return next((len(said) - i for i in range(len(said)) if in_order(said[i:], title)), 0)
        covers = {t: cover(t) for t in titles}
        best = max(covers.values(), default=0)
        if best < 4:
            return None
        top = sorted(t for t, c in covers.items() if c == best)
        end = said[len(said) - best:]
        for picked in ([t for t in top if t == end], [t for t in top if t.endswith(end)], top):
            if picked:
                return picked[0] if len(picked) == 1 else None
        return None

    def in_table(self, fig: Figure, table: str) -> bool:
        """Whether ``fig`` is read from the table titled ``table``: a cell of it, or a sentence under
        its own title (its rows read as text)."""
        if fig.source == "table":
            return getattr(self._prep_of(fig), "table", None) == table
        return table in norm(fig.span.section or "")

    def _prep_of(self, fig: Figure) -> _Prep | None:
        """The prepared words of one of this document's figures (looked up once per document)."""
        if self._by_id is None:
            self._by_id = {id(p.fig): p for p in self._prep}
        return self._by_id.get(id(fig))

    def funded(self, fig: Figure) -> bool:
        """Whether ``fig`` is one fund's amount: a cell of a table whose title or row names a fund
        (财政拨款收支总表), or an amount whose own words or heading name one ("财政拨款支出总计…").
        (A cell is read by its table's title line only, never by the heading above a table without one.)"""
        p = self._prep_of(fig)
        if fig.source == "table":
            return bool(p and p.fund_table) or any(w in norm(fig.label + (fig.column or "")) for w in FUND_WORDS)
        return bool(self.funds(fig))

    @staticmethod
    def funds(fig: Figure) -> frozenset:
        """The fund words ([rules] fund_words) naming where ``fig`` is paid from: its table's title,
        row and column (a 收支总表 row holds the income side's fund names too), or its own words and
        heading (…under "六、一般公共预算支出情况"); empty for an amount of all funds."""
        if fig.source == "table":
            said = norm(_table_title(fig) + fig.label + (fig.column or ""))
        else:
            # (…and the headings above it that name a fund's whole flow, no item of their own: "五、一般公共
            # 预算财政拨款支出决算情况说明 > （二）结构情况" — never "六、一般公共预算“三公”经费支出情况 > …")
            path = (fig.span.section or "").split(" > ")
            said = norm(_clause_before(fig) + path[-1]
                        + "".join(h for h in path[:-1] if all(metric_tier(k) <= 1 for k in metrics_in(h))))
        return frozenset(w for w in FUND_WORDS if w in said)

    def best(self, *args, **kwargs) -> Figure | None:
        """The best figure, or None when none scores MIN_SCORE or when figures with different
        values fit equally well (e.g. table cells whose column is unknown): no guessing. A table
        cell that a sentence of the document states too (the same amount at the sentence's
        precision: 171,915,169元 and "17,192万元") is answered with the sentence."""
        ranked = self.rank(*args, **kwargs)
        self.last_tie = []
        if not ranked or ranked[0].score < MIN_SCORE:
            return None
        top = _stated_in_words(ranked)
        tied = [s for s in ranked if s is not top and s.score >= ranked[0].score - TIE
                and not _same_amount(top.fig, s.fig) and not (top is not ranked[0] and _rounds_to(s.fig, top.fig))]
        if _is_staff_row(top.fig):
            # rows of one staff table scoring about the same: the question named none of them
            # (传媒中心本身在岗几人 once the unit's name is gone) — never a sibling row's count
            tied += [s for s in ranked if s is not top and s not in tied and _is_staff_row(s.fig)
                     and s.fig.column == top.fig.column and s.fig.span.section == top.fig.span.section
                     and s.score >= top.score - ROW_MARGIN and s.fig.value != top.fig.value]
        item = norm(kwargs.get("item", args[0] if args else ""))
        split_only = lambda s: s.cover >= 0.99 and item and item not in norm(s.fig.label) \
            and norm(s.fig.metric or "") != item      # (a figure of the very metric asked is no split reading)
        if split_only(top) and split_only(ranked[0]):     # (the best row holds it whole: the sentence
                                                          # restating its amount is no split reading)
            # "归侨生活补助" read both in 归侨人员生活补助 and in 归难侨生活补助经费, neither holding it
            # whole: the words do not choose between them
            tied += [s for s in ranked if s is not top and s not in tied and split_only(s)
                     and s.score >= top.score - ROW_MARGIN and not _same_amount(top.fig, s.fig)]
        held = lambda s: bool(item) and len(item) >= 2 and item in _label_item(s.fig.label) != item
        if held(top) and (top.fig.unit == "%" or _unit_kind(top.fig.unit) == "count"):
            # "参合率" held whole by 新农合参合率 and by 新农保参合率, each with words of its own: the
            # words asked do not choose between the two rates (nor 接待 between 国内公务接待28批次
            # and 外事接待0批次)
            tied += [s for s in ranked if s is not top and s not in tied and held(s) and s.fig.unit == top.fig.unit
                     and s.score >= top.score - ROW_MARGIN and s.fig.value != top.fig.value
                     and not _label_item(s.fig.label).endswith(_label_item(top.fig.label))
                     and not _label_item(top.fig.label).endswith(_label_item(s.fig.label))]
        if not tied:
            return top.fig
        group = [top, *tied]
        asked = norm(kwargs.get("context", "")) or norm(args[0] if args else "")
        asked = without_left_out(asked)     # "管理局本身（不算服务中心）": a row left out is no row said
        bare = lambda s: re.sub(r"^\d+", "", _label_item(s.fig.label))    # (205教育支出 and 教育支出: one name)
        said = lambda s: (len(bare(s)) >= 4 and bare(s) in asked
                          or _is_staff_row(s.fig) and _row_named_in(s.fig, asked))
        if len({s.fig.value for s in group if said(s)}) == 1:
            # "本年支出合计多少": the figure the document labels with the very words asked, not the
            # table's 总计 beside it
            return next(s.fig for s in group if said(s))
        if not any(w in asked for w in FUND_WORDS):
            # no fund named: the same row of a table of all funds and of one fund's table (支出决算表
            # and 一般公共预算财政拨款支出决算表) — the one of all funds
            whole = [s for s in group if not self.funded(s.fig)]
            if whole and len(whole) < len(group) and len({s.fig.value for s in whole}) == 1 \
                    and all(s.fig.source == "table" and bare(s) == bare(whole[0])
                            and s.fig.column == whole[0].fig.column for s in group):
                return whole[0].fig
            # (or a body's spending said in words beside its row of one fund's table: "青少年活动中心
            # 支出预算397.57万元" and its 一般公共预算 row 373.57 — the words, of all funds)
            # (or the reverse: "城乡社区支出" of the 收入支出决算总表 458.20 and the same class said under
            # "五、一般公共预算财政拨款支出决算情况说明" 45.80 — all funds')
            if whole and len(whole) < len(group) and len({(s.fig.value, s.fig.unit) for s in whole}) == 1 \
                    and len({bare(s) for s in group}) == 1:     # (one item's, not two items')
                return whole[0].fig
        exact = lambda s: bool(item) and re.sub(r"^\d+", "", _label_item(s.fig.label)) == item
        if len({s.fig.value for s in group if exact(s)}) == 1:
            # "电费" asked: the row named 电费 (30206电费), not 邮电费 holding the same words after others
            return next(s.fig for s in group if exact(s))
        column_said = lambda s: s.fig.source == "table" and len(norm((s.fig.column or "").split("/")[-1])) >= 4 \
            and norm(s.fig.column.split("/")[-1]) in asked
        if len({s.fig.value for s in group if column_said(s)}) == 1:
            # "…的本年收入合计是多少": the cell of the column the question names whole (本年 and 合计 are
            # cue words elsewhere, so the item alone does not tell 本年收入合计 from 其他收入)
            return next(s.fig for s in group if column_said(s))
        if item and not _residual(item, [k for k in {s.fig.metric for s in group} if k]).strip():
            # the metric asked plainly ("政府采购"): its amount labelled with nothing else (本部门政府采购
            # 预算总额), never one narrowed by words of its own (面向中小企业预留政府采购项目预算金额)
            plain = [s for s in group if s.fig.metric and not GENERIC_LABEL.sub("", _residual(norm(s.fig.label), [s.fig.metric]))]
            if plain and len(plain) < len(group) and len({(s.fig.value, s.fig.unit) for s in plain}) == 1:
                return plain[0].fig
        totals = [s for s in group if _is_total_column(s.fig.column)]
        if totals and len({s.fig.value for s in totals}) == 1 \
                and all(s.fig.source == "table" and s.fig.span.start == top.fig.span.start for s in group):
            # cells of one row, no column named ("2081901…支出决算数是多少"): the row's total
            # (本年支出合计), never one of its parts (基本支出 0.00)
            return totals[0].fig
        if all(s.fig.source == "text" and norm(s.fig.label) == norm(top.fig.label) for s in group) \
                and len({s.fig.span.start for s in group}) == len(group):
            # the same words stated several times (本年收入 of the whole, then of each fund):
            # documents state the whole first
            return min(group, key=lambda s: s.fig.span.start).fig
        narrowed = {re.sub(r"\([^()]*\)$", "", bare(s)) for s in group if re.search(r"\([^()]*\)$", bare(s))}
        plain = [s for s in group if re.sub(r"\([^()]*\)$", "", bare(s)) == bare(s)]
        if len(narrowed) == 1 and plain and len({(s.fig.value, s.fig.unit) for s in plain}) == 1 \
                and all(bare(s).startswith(next(iter(narrowed))) for s in plain):
            # "森林草原防灭火专项经费" (its 科目 and class glued after it or not) and "森林草原防灭火专项经费
            # （扑火机具及防火物资）" fitting the words asked alike: a line whose bracket narrows the name is
            # a part of the line without one
            return plain[0].fig
        head = _list_head_of_tie([s.fig for s in group])
        if head is not None:
            # "在校学生2,356人，其中小学生1,580人、初中生776人" asked "有多少学生": the head of the
            # 其中-list, never one of its parts (a part is named by its own words: the exact rule above)
            return head
        self.last_tie = [s.fig for s in group]
        return None


def _list_head_of_tie(figs: list[Figure]) -> Figure | None:
    """Of tied figures all stated in one sentence, the first one when every other is listed after a
    其中 that follows it (its parts); None otherwise."""
    if len(figs) < 2 or any(f.source != "text" or f.span.start != figs[0].span.start or not f.raw
                            or f.unit != figs[0].unit for f in figs):
        return None
    text = figs[0].span.text or ""
    placed = sorted(((raw_at(text, f.raw), f) for f in figs), key=lambda t: t[0])
    if placed[0][0] < 0 or len({p for p, _ in placed}) < len(placed):
        return None
    first_end = placed[0][0] + len(placed[0][1].raw)
    cue = text.find("其中", first_end)
    if cue < 0 or cue > placed[1][0]:
        return None
    return placed[0][1]


PROSE_MARGIN = 2.0   # a sentence stating a table cell's amount may score this much lower
ROW_MARGIN = 0.5     # rows of one staff table this close are equally good answers


def _row_named_in(fig: Figure, asked: str) -> bool:
    """Whether ``asked`` names a staff row's body, whole or shortened in order ("平潭传媒中心" for
    平潭综合实验区传媒中心): 4+ characters ending like the row's name."""
    row = norm(fig.label)[:-len(norm(fig.column))] if fig.label.endswith(fig.column) else norm(fig.label)
    if len(row) < 2:
        return False
    if row in asked:
        return True
    ends = [m.end() for m in re.finditer(re.escape(row[-2:]), asked)]
    return any(in_order(asked[start:end], row) for end in ends for start in range(max(0, end - 12), end - 3))


def _is_staff_row(fig: Figure) -> bool:
    """A count of a staff table's row (corpus.figures._flat_staff_figures)."""
    return fig.source == "table" and fig.role == "count" and fig.unit == "人" and bool(fig.column)


def _numbered_item(fig: Figure) -> bool:
    """Whether the figure's label follows a list number in its sentence ("…4. 上级补助收入0元。5. 附属
    单位上缴收入0元"): one item of an enumeration."""
    text = fig.span.text or ""
    at = text.find(fig.label) if fig.label else -1
    return at > 0 and bool(re.search(r"(?:^|[。；;，,\s])(?:\d{1,2}[.、．]|[（(]\d{1,2}[）)])\s*$", text[:at]))


def _split_in(item: str, label: str, gap: int = 4) -> bool:
    """Whether ``item`` is two pieces of ≥ 2 characters found in order in ``label`` with at most
    ``gap`` characters between them (辅警工资 in 辅警人员工资, 图书购置 in 图书文献资源购置), or its last character closes the
    label that far after the rest (物业费 in 物业管理费)."""
    for i in range(2, len(item) - 1):
        head, tail = item[:i], item[i:]
        at = label.find(head)
        if at >= 0 and tail in label[at + len(head):at + len(head) + gap + len(tail)]:
            return True
    # 物业费 in 物业管理费: a one-character ending (费) closing the label
    at = label.rfind(item[:-1]) if len(item) >= 3 else -1
    return at >= 0 and label.endswith(item[-1]) and len(label) - at - len(item) <= gap


def _stated_in_words(ranked: list[_Scored]) -> _Scored:
    """The top figure, or, when it is a table cell, a sentence figure stating the same amount
    (equal at the sentence's precision) that fits nearly as well."""
    top = ranked[0]
    if top.fig.source != "table" or not is_money(top.fig.unit):
        return top
    for s in ranked[1:]:
        if s.score < top.score - PROSE_MARGIN or s.score < MIN_SCORE:
            break
        if s.fig.source == "text" and is_money(s.fig.unit) and _rounds_to(top.fig, s.fig):
            return s
    return top


def _same_item(a: Figure, b: Figure) -> bool:
    """One item: the same metric, or (neither typed) the same label once codes are left out
    ("专用材料费（30218）" and "30218专用材料费"), or the same function class by its last level
    ("…（款）城乡社区环境卫生（项）" and "2120501城乡社区环境卫生")."""
    if a.metric or b.metric:
        return a.metric == b.metric
    bare = lambda label: re.sub(r"\(\d+\)|\d{3,}", "", norm(label))
    codes = [set(CODE.findall(norm(f.label))) for f in (a, b)]
    return bare(a.label) == bare(b.label) != "" or _class_name(a) == _class_name(b) != "" \
        and not (all(codes) and codes[0] != codes[1])     # (21205 and 2120501 of one name: two levels)


def _rounds_to(exact: Figure, stated: Figure) -> bool:
    """Whether ``stated`` is ``exact`` rounded to the decimals ``stated`` is written with."""
    value = money_to(exact.value, exact.unit, stated.unit)
    places = max(0, -stated.value.as_tuple().exponent)
    return value is not None and round(value, places) == stated.value


CODE = re.compile(f"({CLASS_CODE})")
ECONOMIC_CODE = re.compile(r"(?<!\d)([3-5]\d{2}(?:\d{2})?)(?![\d.%万元个人辆项])")    # 302, 30206 (经济分类)


def _alternatives(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


# words naming one group of people ("辅警人员工资"): an item said without them is not that group's
GROUP_WORDS = tuple(norm(w) for w in _words("group_words"))
CAR_KINDS = tuple(norm(w) for w in _words("car_kinds"))
# what closing a name adds nothing to it: 住房保障 is 住房保障支出
MONEY_SUFFIXES = {norm(w) for w in _words("money_suffixes")}
COUNT_QUALIFIERS = "|".join(map(re.escape, sorted(_words("count_qualifiers"), key=len, reverse=True)))
RESIDUAL_PREFIXES = tuple(norm(w) for w in _words("residual_prefixes"))
# the endings of unit names (局, 站, 中心 …): a field's word before one names a unit (水利局), no field
_UNIT_ENDS = "|".join(map(re.escape, questions_lexicon()["unit_names"]["generic_suffixes"]))
# the short names people build from bodies' names ([unit_names] abbreviations: 疾病预防控制中心 → 疾控中心)
_SHORT_NAMES = {norm(k): [norm(x) for x in v] for k, v in questions_lexicon()["unit_names"]["abbreviations"].items()}
THRESHOLD_WORDS = tuple(_words("threshold_words"))
PART_MODIFIERS = sorted(lexicon.load("metrics")["phrases"]["part_modifiers"], key=len, reverse=True)
SCOPE_MODIFIERS = lexicon.load("metrics")["phrases"]["scope_modifiers"]
EXAMPLE_MARKER = re.compile(_alternatives(_words("example_markers")))
AFTER_CODE_FUND = re.compile(r"(%s(?!年)\D{0,12}?)(?:%s)(?:%s)?" % (
    CLASS_CODE, _alternatives(questions_lexicon()["container"]["fund_prefixes"]), _alternatives(_words("after_levels"))))
CODE_WORDS = re.compile(_alternatives(_words("code_words")))
# an identifier of letters and digits (a car's plate 闽K198KA, a contract number): never a code
IDENT = re.compile(r"[A-Za-z0-9]*(?:[A-Za-z]\d|\d[A-Za-z])[A-Za-z0-9]*")


def _ident_items_sum(q: Question, m: FigureMatcher) -> Result | None:
    """"平原镇1月份那辆闽K198KA的公车洗车加油一共花了多少钱" of "闽K198KA公车洗车900元、K198KA公车
    加油390元": the amounts of one identified thing (a plate) whose own words (洗车, 加油: the
    label without the identifier, its place character and the thing's name, [rules]
    ident_thing_words) the question names, added up, each cited. None unless a total is asked
    (asked_total_words) and two or more such amounts of one unit are named."""
    item = norm(q.item).upper()
    idents = set(IDENT.findall(item))
    if not idents or not any(w in q.norm for w in _words("asked_total_words")):
        return None
    things = "|".join(map(re.escape, sorted(_words("ident_thing_words"), key=len, reverse=True)))
    named = []
    for f in m.figures:
        if f.role != "amount" or not is_money(f.unit) or f.source != "text" or not _names_idents(idents, f):
            continue
        own = IDENT.sub("", norm(f.label).upper())
        own = re.sub(rf"^[\u4e00-\u9fff]?(?:{things})?", "", own)
        if len(own) >= 2 and own in item and all(g.value != f.value or norm(g.label) != norm(f.label) for g in named):
            named.append(f)
    if len(named) < 2 or len({f.unit for f in named}) != 1:
        return None
    total = sum((f.value for f in named), Decimal(0))
    formula = " + ".join(f"{display_label(f)} {fmt(f.value, f.unit)}" for f in named) + f" = {fmt(total, named[0].unit)}"
    return Result("derived", total, named[0].unit, f"{' '.join(sorted(idents))}合计", named, formula)


def _names_idents(idents: set[str], fig: Figure) -> bool:
    """Whether a figure is of the identifiers asked: its label holds them, or (a label holding
    none) its clause before the amount, or its table column, does — never a table's row of all
    (公务用车费 10895 above a note "闽K198KA劳务费3195…")."""
    label = norm(fig.label).upper()
    own = set(IDENT.findall(label))
    if own:
        return all(any(i.upper() in o or o in i.upper() for o in own) for i in idents)
    if fig.source != "text":
        return all(i.upper() in norm(fig.column or "").upper() for i in idents)   # a row naming none
    text = norm(fig.span.text or "").upper()
    at = text.find(norm(fig.raw or "").upper()) if fig.raw else -1
    return all(i.upper() in (text[:at] if at >= 0 else text) for i in idents)
# the noun after 几个 / 多少个 ([rules] counted_noun_measures), up to the verb or particle after it
# ([rules] counted_noun_ends: "几个单位合并成立的" → 单位), else its first four characters
_MEASURES = "|".join(map(re.escape, sorted(_words("counted_noun_measures"), key=len, reverse=True)))
_NOUN_ENDS = "|".join(map(re.escape, _words("counted_noun_ends")))
COUNTED_NOUN = re.compile(rf"(?:几|多少)(?:{_MEASURES})?([\u4e00-\u9fff]{{2,4}}?)(?={_NOUN_ENDS}|[?？。，,]|$)|"
                          rf"(?:几|多少)(?:{_MEASURES})?([\u4e00-\u9fff]{{2,4}})")
STATED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?:度)?")


def _narrows(asked: str, metric: str) -> bool:
    """Whether ``metric`` is ``asked`` with its flow (一般公共预算拨款 → …支出) or one of its parts
    by an identity of metrics.toml (政府采购 → 政府采购货物); 车辆购置数 is not a kind of 车辆."""
    if not metric.startswith(asked) or metric == asked:
        return False
    if metric[len(asked):] in DOCUMENT_FLOWS:
        return True
    return any(i["total"] == asked and metric in i["parts"] for i in lexicon.load("metrics").get("identities", []))


def _same_fund(asked: str, named: str) -> bool:
    """Whether a metric asked is the one a column names, a fund's flow aside (一般公共预算拨款 asked
    is the column 一般公共预算拨款收入 of a 收入总表, 一般公共预算拨款收入 its column 一般公共预算)."""
    return asked == named or named.startswith(asked) and named[len(asked):] in DOCUMENT_FLOWS \
        or asked.startswith(named) and asked[len(named):] in DOCUMENT_FLOWS   # (…收入 asked of the column 一般公共预算)


def _narrowing_chars(residual: str, labels: str = "") -> str:
    """The characters of an item's residual words that narrow a bare total ("卖药" of 卖药的收入),
    without words that only say how it is counted ([rules] not_narrowing: 预计, 实际, 本年 …) —
    unless ``labels`` (the document's row labels, one per line) has a row so named ([rules]
    narrowing_when_labelled: 本级 of a table by unit, "…局（本级）")."""
    kept = [w for w in _words("narrowing_when_labelled") if w in residual and w in labels]
    for w in sorted(_words("not_narrowing"), key=len, reverse=True):
        if w not in kept:
            residual = residual.replace(w, "")
    return re.sub(r"[^\u4e00-\u9fff]", "", residual)


@lru_cache(maxsize=None)
def _column_metric(column: str) -> str | None:
    """The metric a table column's last header level names (read once per column text)."""
    return match_metric(column.split("/")[-1])


def _column_names(metric: str, column: str, flow: str | None) -> bool:
    """Whether a table's column (its last header level) names ``metric``: 一般公共预算 names
    一般公共预算拨款, and 一般公共预算拨款收入 too in a table of income (``flow`` 收入 or unknown)."""
    named = _column_metric(column)
    if not named:
        return False
    if _same_fund(metric, named):
        return True         # (一般公共预算拨款 asked, the column 一般公共预算拨款收入)
    tail = metric[len(named):] if metric.startswith(named) else ""
    return tail in DOCUMENT_FLOWS and flow in (None, tail)


# the numbering of a table row's label, by level: 一、 > （一） > 1． > （1）
ROW_LEVELS = [re.compile(r"^[一二三四五六七八九十]+[、.．]"), re.compile(r"^[(（][一二三四五六七八九十]+[)）]"),
              re.compile(r"^\d{1,2}[、.．](?!\d)"), re.compile(r"^[(（]\d{1,2}[)）]")]


# the row of a unit's own part in a table of its units ("…民政局（本级）"): only when asked so
OWN_ROW_WORDS = tuple(questions_lexicon()["unit_names"]["own_row_words"])
ITEM_WORDS = re.compile("|".join(map(re.escape, questions_lexicon()["unit_names"]["row_item_words"])))
OWN_ROW = re.compile(r"(?:%s)\)?$" % "|".join(map(re.escape, OWN_ROW_WORDS)))     # a row naming a unit's own part
TABLE_NUMBER_PREFIX = re.compile(lexicon.load("documents")["tables"]["table_number_prefix"])


def _under_numbered_rows(preps: list["_Prep"]) -> None:
    """A table row numbered under another ("二、项目支出" then "2．聘请中介机构参与审计费用") stands
    under it as under a heading: the upper rows' words join its ``heading_g`` (the item asked "项目
    支出中聘请中介机构…" is that row). Rows of another table, or unnumbered, start again."""
    stack: list[tuple[int, str]] = []
    table, label, upper = None, None, set()
    for p in preps:
        fig = p.fig
        if fig.source != "table":
            continue
        if p.table != table:
            stack, table, label = [], p.table, None
        if fig.label != label:          # a new row (the cells of one row share its label)
            label = fig.label
            cells = (fig.span.text or "").split(" | ")
            head = cells[1].split(": ", 1)[-1].strip() if len(cells) > 1 else ""   # the row's first cell
            level = next((i for i, r in enumerate(ROW_LEVELS) if r.match(head)), None)
            if level is None:
                stack = []
            else:
                stack = [(lv, x) for lv, x in stack if lv < level]
            upper = set().union(*(bigrams(norm(ROW_LEVELS[lv].sub("", x))) for lv, x in stack)) if stack else set()
            if level is not None:
                stack.append((level, head))
        p.heading_g |= upper


def _line_level(p: "_Prep") -> int | None:
    """The code length of the class level a line states (3 类, 5 款, 7 项): its leading or own
    code, else the last level its words mark ("…（款）…（项）" → 7); None when it states none."""
    lead = re.match(r"(\d{3,7})(?=[\u4e00-\u9fff])", p.label_n)
    if lead:
        return len(lead.group(1))
    long_codes = sorted(len(c) for c in p.label_codes if len(c) >= 3)
    if long_codes:
        return long_codes[-1]
    marks = re.findall(r"\((%s)\)" % "|".join(questions_lexicon()["rules"]["levels"]), p.label_n)
    return questions_lexicon()["rules"]["level_code_lengths"].get(marks[-1]) if marks else None


def _names_project(fig: Figure) -> bool:
    """A line of a project (项目支出表's row, or an amount labelled …资金/…经费/…项目): no class line."""
    return "项目" in (fig.span.text or "").split(" | ")[0] or bool(re.search(r"(?:资金|经费|项目|工程)$", norm(fig.label or "")))


def _economic_group(metric: str, p: "_Prep") -> bool:
    """Whether the row of ``p`` is coded (经济分类, leading code of its label) under a class that
    ``metric`` is made of (metrics.toml economic_codes: 30102 津贴补贴 is in 人员经费)."""
    lead = re.match(r"(\d{5})(?=[\u4e00-\u9fff])", p.label_n)
    codes = lexicon.load("metrics")["metrics"].get(metric, {}).get("economic_codes", [])
    return bool(lead) and any(lead.group(1).startswith(c) for c in codes)


def _class_code(metric: str) -> str:
    """The function-class code (类, e.g. "229") of a metric in metrics.toml, '' if it has none."""
    return str(lexicon.load("metrics")["metrics"].get(metric, {}).get("code", ""))


@lru_cache(maxsize=None)
def _aliases_of(metric: str) -> tuple[str, ...]:
    """The normalised aliases (3+ characters) of ``metric`` in the metrics lexicon."""
    return tuple(a for a in map(norm, (a for a, key in metric_aliases().items() if key == metric)) if len(a) >= 3)


def _residual(item: str, metrics: list[str]) -> str:
    """The item without the metric aliases and basis words it contains (what narrows it)."""
    aliases = metric_aliases()
    # (a fund's aliases name its flow metric too: 一般公共预算财政拨款 of 一般公共预算拨款支出)
    named = {k for k in metrics} | {k[:-len(f)] for k in metrics for f in DOCUMENT_FLOWS if k.endswith(f)}
    said = {a for a in aliases if aliases[a] in named or any(aliases[a].startswith(k) for k in metrics)}
    # (an alias closing in a basis word, as the item reads once that word is gone: 收支总 of 收支总预算)
    said |= {a[:-len(w)] for a in said for w in _words("basis_words") if a.endswith(w) and len(a) - len(w) >= 2}
    for a in sorted(said, key=len, reverse=True):
        item = item.replace(a, "")
    for w in _words("basis_words"):
        item = item.replace(w, "")
    if metrics and all(metric_tier(k) <= 1 for k in metrics):
        for w in sorted(FUND_WORDS, key=len, reverse=True):
            item = item.replace(w, "")      # 财政拨的一般公共预算支出: the fund asked, said twice
    for w in sorted(lexicon.load("metrics")["phrases"]["generic_amounts"], key=len, reverse=True):
        item = item.replace(w, "")          # 公务用车运行维护费的费用: a money word narrows nothing
    # "政府采购合同里…中小企业": a word placing one thing inside another names nothing itself
    item = re.sub("|".join(map(re.escape, _words("inside_words"))), "", item)
    return item.rstrip("少多")               # …少花了多少: what is left of the comparison


def _stated_year(fig: Figure, doc_year: int | None) -> int | None:
    """The figure's year; when it is the document's year but the words just before the amount
    name another year ("三、2018年度预计支出：6941.88万元"), that year."""
    fy = fig.year if fig.year is not None else doc_year
    if fig.source == "table":
        return fy       # a cell's year is its column's (a row's text names other columns' years)
    text = fig.span.text or ""
    # (the amount itself, not the end of a longer one: 0.00 in "320.00 | … | 基本支出: 0.00")
    found = re.search(rf"(?<![\d.,]){re.escape(fig.raw)}", text) if fig.raw else None
    at = found.start() if found else -1
    if at <= 0 or fy != doc_year:
        return fy
    before = text[max(0, at - 20):at]
    cut = max(before.rfind(c) for c in "，。；,;")
    before = before[cut + 1:]
    count = _unit_kind(fig.unit) == "count"
    years = [m for m in STATED_YEAR.finditer(before)
             if not re.search(r"(比|较|与|同|相比|对比|参照)$", before[:m.start()])
             and not (count and re.search(r"(截至|截止|截止到)$", before[:m.start()]))]
    return int(years[-1].group(1)) if years else fy     # (截至2024年12月底实有人数55人: the staff the
                                                        # 2025 budget is made for, counted on that day)


def _same_amount(a: Figure, b: Figure) -> bool:
    if a.unit == b.unit:
        return a.value == b.value
    wa, wb = as_wan(a), as_wan(b)
    return wa is not None and wb is not None and abs(wa - wb) < Decimal("0.006")


def _unit_kind(unit: str | None) -> str:
    if is_money(unit):
        return "money"
    if unit == "%":
        return "%"
    return "count"


FINAL_BASES = ("决算", "执行数", "预计")
# words before a stated completion rate ("完成年初预算的98%", "支出决算数为年初预算数4,853.80万元的104.69%")
COMPLETION_WORDS = tuple(_words("completion_words"))


def _asks_budget(basis: str | None) -> bool:
    return basis == "预算" or basis in _words("budget_bases")


def _other_budget(asked: str | None, stated: str | None) -> bool:
    """Whether a figure's budget basis is another budget than the one asked: the budget at the
    year's start and the adjusted (全年) budget are different amounts ([rules] budget_groups)."""
    groups = [set(g) for g in _words("budget_groups")]
    return any(asked in g for g in groups) and any(stated in g for g in groups) \
        and not any(asked in g and stated in g for g in groups)


def _basis_fit(asked: str | None, stated: str | None) -> float:
    """Bonus/penalty for a figure's basis (预算/决算/执行数 …) against the question's."""
    if not stated:
        return 0.0
    side = _words("side_bases")
    if stated in side and asked not in (*side, "决算"):
        return -0.6
    if asked is None:
        return 0.0
    if asked in stated or stated in asked:
        return 0.3
    if asked == "预算" and stated in _words("budget_bases"):
        return 0.2
    if asked == "决算" and stated in side:
        return 0.1
    return -0.4


# --------------------------------------------------------------------------- helpers
def as_wan(fig: Figure) -> Decimal | None:
    if fig.value_wan is not None:
        return fig.value_wan
    return money_to(fig.value, fig.unit, "万元")


def _as_stated(fig: Figure, unit: str) -> str:
    """A formula input as the document states it, with its value in ``unit`` when that differs
    ("3,363.02万元（即33,630,200.00元）"): a converted number is never shown as if it were stated."""
    shown = fmt(fig.value, fig.unit)
    if fig.unit != unit and is_money(fig.unit) and is_money(unit):
        shown += f"（即{fmt(money_to(fig.value, fig.unit, unit), unit)}）"
    return shown


def _same_unit_values(a: Figure, b: Figure) -> tuple[Decimal, Decimal, str] | None:
    """Values of two figures in one unit (money converted to a's unit)."""
    if a.unit == b.unit:
        return a.value, b.value, a.unit
    if is_money(a.unit) and is_money(b.unit):
        return a.value, money_to(b.value, b.unit, a.unit), a.unit
    return None


def _pct(num: Decimal, den: Decimal) -> Decimal | None:
    try:
        if den == 0:
            return None
        return round_as(num / den * HUNDRED, "%")
    except (InvalidOperation, DivisionByZero):
        return None


def _sibling_name(item: str, label: str) -> bool:
    """Whether ``label`` names a sibling of ``item``: the item's words with one character in their
    middle replaced by another, two characters kept on each side (新农保参合率 / 新农合参合率), and
    the item itself not in the label. Two joiners are no other item (误餐和通讯补贴 / 误餐及通讯补贴)."""
    if item in label:
        return False
    for i in range(2, len(item) - 2):
        x = item[i]
        if not "\u4e00" <= x <= "\u9fff":
            continue
        for m in re.finditer(re.escape(item[i - 2:i]) + r"([\u4e00-\u9fff])" + re.escape(item[i + 1:i + 3]), label):
            if m.group(1) != x and not {x, m.group(1)} <= JOINERS:
                return True
    return False


def _wholes_said(text: str) -> list[tuple[Decimal, str]]:
    """Amounts a question states as the whole it asks inside ("20万元里", "300万元中的"): (value, unit)."""
    return [(Decimal(m.group(1)), m.group(2)) for m in
            re.finditer(r"(\d+(?:\.\d+)?)(万元|元|亿元)(?:里面|当中|之中|里|中)", text)]


def _same_money(value: Decimal, unit: str, other: Decimal, other_unit: str | None) -> bool:
    return is_money(other_unit) and money_to(other, other_unit, unit) == value


def _unit_kind_asked(q: Question) -> str | None:
    if q.count_unit:
        return "count"
    if q.asked_unit == "%":
        return "%"
    if q.asked_unit:
        return "money"
    return None


# --------------------------------------------------------------------------- answering
def answer_kind(q: Question) -> str | None:
    """The unit kind the answer to ``q`` must have: "%" (share, growth, completion, 百分之多少),
    "count" (几个/多少人, count nouns, count metrics), "money" (多少钱/多少万元, or an amount
    question about a money metric), None when the question does not fix it."""
    if q.intent in ("share", "growth", "completion") or q.asked_unit == "%":
        return "%"
    if q.intent == "change" and not q.asked_unit and q.change_word in ("rate", "neutral"):
        return None          # 增长了多少: the stated rate, or the amount when only that is stated
    if q.count_unit or _metric_is_count(q.metrics):
        return "count"
    if q.asked_unit or q.metrics:
        return "money"
    return None


def answer_figure(q: Question, doc_year: int | None, figures: list[Figure],
                  matcher: FigureMatcher | None = None) -> Result | None:
    """The figure (stated or derived) that answers ``q`` in one document, or None.

    Type-checked: a result whose unit kind is not the one the question asks for (:func:`answer_kind`),
    or whose value is a change where an amount is asked, is no answer (None)."""
    two_items = q.intent in ("value", "change") and not q.base_year and not q.base_basis
    compared = re.search(questions_lexicon()["rules"]["item_comparison"], q.norm) if two_items else None
    if compared:            # A比B多多少 of two items: their difference, never A's amount
        return _item_difference(q, compared, figures, matcher or FigureMatcher(figures), doc_year)
    gap = re.search(questions_lexicon()["rules"]["item_gap"], q.norm) if two_items else None
    if gap:                 # A和B相差多少: the size of their difference, never either amount
        return _item_difference(q, gap, figures, matcher or FigureMatcher(figures), doc_year, size=True)
    matcher = matcher or FigureMatcher(figures)
    if questions_lexicon()["rules"]["points_word"] in q.norm and "比" in q.norm:
        # "…比重比非税收入高出多少个百分点": a gap of two shares, never one of them (a share asked
        # "占了几个百分点", with no comparison, is read as a share below)
        return _points_gap(q, figures, matcher, doc_year)
    left = re.search(questions_lexicon()["rules"]["remainder"], q.norm) if q.intent == "value" else None
    rest = _remainder(q, left.group(1), left.group(2), matcher, doc_year) if left and metrics_in(left.group(1)) else None
    if rest is not None:
        return rest
    besides = re.search(questions_lexicon()["rules"].get("remainder_after", "(?!)"), q.norm) \
        if q.intent in ("value", "yesno") else None
    income = re.search(questions_lexicon()["rules"].get("remainder_income", "(?!)"), q.norm) \
        if q.intent in ("value", "yesno") and not (besides and metrics_in(besides.group(2))) else None
    if income and metrics_in(income.group(1) + DOCUMENT_FLOWS[0]):
        besides, whole = income, DOCUMENT_FLOWS[0]      # "除了财政给的钱，自己还有多少收入": 收入 less it
    else:
        whole = besides.group(2) if besides else ""
    if besides and metrics_in(whole):
        # "除了财政拨款，还有别的收入吗？有多少": the whole named after 别的, less the part named first —
        # that difference or nothing (never the whole, never the part)
        part, flow = besides.group(1), _flow_of(norm(whole))
        if flow and not _flow_of(norm(part)) and metrics_in(part + flow):
            part += flow        # 除了财政拨款…别的收入: the 财政拨款 of income (财政拨款收入)
        return _remainder(q, whole, part, matcher, doc_year)
    per = re.search(_words("per_capita_pattern"), q.norm) if q.intent == "value" else None
    counted = _per_count(q, per.group(0), matcher, doc_year) if per else None
    if counted is not None:
        return counted      # (else only an amount stated per head answers, below)
    # (a total asked of what identifiers name — "闽K198KA这辆车一共" — before any one amount they label)
    result = _balance_change(q, matcher, doc_year) or _item_growth(q, matcher, doc_year) \
        or _identified_total(q, matcher) \
        or _answer_figure(q, doc_year, figures, matcher)
    if result is None and (where := metric_head_split(q) or fund_tail_split(q)) is not None:
        # "政府采购授予小微企业合同金额": no 政府采购 amount of those words — the words in 政府采购's place
        return answer_figure(where, doc_year, figures, matcher)
    if result is None or result.kind == "clarify":
        return result
    if any(k in wholes_of(x) for x in q.excluded for k in q.metrics + [f.metric for f in result.inputs]):
        return None         # "三公经费（不含因公出国费）": the item less a part is no stated figure
    if q.excluded_names and result.unit and all(f.role == "count" for f in result.inputs) \
            and not any(n in norm(f.span.text or "") or f.source != "text" and n in norm(matcher.text or "")
                        for f in result.inputs for n in q.excluded_names):
        return None         # "有几辆公车（不算救护车那种专用车）": a count with things left out the document
                            # never names is no stated count (a table's own row, its other rows named, is)
    table = matcher._named_table(q.container) if q.container else None
    if table and not all(matcher.in_table(fig, table) for fig in result.inputs):
        return None         # "“三公”经费表中…" asked: a cell of that table, never an amount read elsewhere
                            # (a sentence only under the table's own title: its rows read as text)
    flow = _flow_of(norm(q.item)) or _flow_of(norm(q.container or ""))
    if flow and result.kind == "figure" \
            and any(_flow_of(norm(f.label or "") + (f.metric or "")) not in (None, flow) for f in result.inputs):
        return None         # "财政拨款收入里…一般公共预算的拨款": income asked, never a spending amount
    per = [w for w in _words("per_capita_words") if w in q.norm] or re.findall(_words("per_capita_pattern"), q.norm)
    if per and not any(any(w in _clause_before(f) for w in _words("per_capita_words")) for f in result.inputs):
        return None         # 人均多少 asked: an item's total is no per-person amount
    if q.asks_sum and result.kind == "figure" and len(result.inputs) == 1 and len(q.sum_items or q.metrics) >= 2 \
            and _said_items(q, result.inputs[0]) < 2:
        return None         # a sum of items asked: one item's amount is no answer
    if q.basis == "决算" and "决算" in q.norm and not q.base_basis and matcher.budget \
            and result.kind in ("figure", "derived") and any(f.basis is None for f in result.inputs):
        return None         # "2025年度…决算支出" of a 2026 budget: its 上年 column (and its parts) is a budget
    if result.kind == "figure" and _other_total_stated(q, result):
        return None         # 一共多少 asked, the sentence closes with another 一共 amount: no guess
    if result.kind == "figure" and any(_same_money(v, u, result.value, result.unit) for v, u in _wholes_said(q.norm)):
        return None         # "…顾问费20万元里，出国出境的钱具体是多少": the whole said is never its part
    items = [name for name in q.quoted if not metrics_in(name)]      # (“三公” names a metric: its parts answer too)
    if items and not any(_without_levels(name) in _without_levels((f.label or "") + (f.span.text or ""))
                         for f in result.inputs for name in items):
        return None         # "“事业运行”科目的…支出": a quoted name is exact — never a figure without it
    asked_scope = total_scope(q.text)
    if asked_scope is not None and any(total_scope(f.label) not in (None, asked_scope) for f in result.inputs):
        return None         # 本年支出合计 asked: the 支出总计 (with carry-overs) is another total
    if result.kind == "figure" and len(result.inputs) == 1:
        result = _same_items_sum(q, result, matcher)
        if result is None:
            return None
    want = answer_kind(q)
    if want is not None and _unit_kind(result.unit) != want:
        return None
    gone = left_out_names(q.text)
    kept = [re.sub(r"[(（]?(?:%s)[^()（）]*[)）]?" % "|".join(map(re.escape, questions_lexicon()["filler"]["left_out_words"])),
                   "", norm(f.label)) for f in result.inputs]       # (a label leaving it out too: "设备（不含车辆）")
    if gone and any(name in label or len(name) >= 3 and in_order(name, label) for label in kept for name in gone):
        return None         # "（不含平潭广播电视台和平潭时报社）": a unit left out never answers
    if q.month is None and any(any(w in (f.label or "") + (f.column or "") for w in _words("month_words"))
                               for f in result.inputs):
        return None         # a month's figure (本月支出数) is no answer to a question naming no month
    if q.intent not in ("change",) and result.kind == "figure" \
            and any(f.role == "change" and not (q.intent == "growth" and (f.unit == "%" or result.unit == "%"
                                                                           and f.change_pct == result.value))
                    for f in result.inputs):
        return None         # a change answers a change; a stated rate (change in %, or the rate
                            # stated with a change: "各增加46.17万元，增长6.46%") a growth too
    if q.intent in ("change", "growth") and q.direction * result.value < 0:
        return None         # 减少了多少 asked, an increase stated: another item or comparison
    if q.decrease and q.intent in ("change", "growth") and result.value < 0:
        # 少了多少 asks the size of a decrease: a positive number, said as 减少/下降 (the signed
        # change stays in the reply); 减少了多少 / 下降了百分之几 keep the sign, as documents state them
        return replace(result, value=-result.value, decrease=True)
    return result


def _read_in_full(text: str) -> set[str]:
    """Bigrams of normalised ``text`` (a label, a stated use or kind), its short words read in full
    too ([rules] written_short: 计生 → 计划生育, 保教费 → 保育教育费)."""
    grams = bigrams(text)
    for short, long in _words("written_short").items():
        if short in text:
            grams |= bigrams(text.replace(short, long))
    return grams


def _written_short(text: str) -> str:
    """``text`` with the words documents write short written short ([rules] written_short, read
    backwards: 村民委员会 → 村委会)."""
    for short, long in _words("written_short").items():
        text = text.replace(long, short)
    return text


def use_entries(purpose: str | None) -> list[str]:
    """The entries of a figure's stated use, normalised ("主要用于定额公用经费、车辆运行费、通讯和误餐费
    补贴等支出" → [定额公用经费, 车辆运行费, 通讯和误餐费补贴]): the list cut at 、 , ; with its opening
    verb and closing 等支出 / 方面 / 及其他… taken away. One entry when the use lists nothing."""
    use = re.sub(r"^(?:主要)?用(?:于|在)?", "", norm(purpose or ""))
    entries = (re.sub(r"(?:及其他.*|等)?(?:支出|方面|开支)?$", "", e) for e in re.split(r"[、,，;；]", use))
    return [e for e in entries if e]


def _names_use(grams: set[str], purpose: str) -> bool:
    """Whether words found in a figure's stated use name that use, not one entry of a list of uses:
    "运行经费47.25万元…主要用于办公费、邮电费、差旅费、培训费…" is no 培训费 amount (one entry of
    several is a part of the amount, never it; 和 / 及 join entries here too); a use of one entry,
    or most of a list said (half its words, or at least two and half of its entries), is."""
    parts = [p for e in use_entries(purpose) for p in LIST_JOINERS.split(e) if len(p) >= 2]
    named = sum(len(bigrams(norm(p)) & grams) >= 2 for p in parts)     # (an entry named by two of its words)
    return len(parts) <= 1 or coverage(bigrams(norm(purpose)), grams) >= 0.5 or named >= 2 and 2 * named >= len(parts)


def _one_use_of_several(grams: set, fig: Figure) -> bool:
    """Whether the words asked name one of several uses a figure's purpose lists, parted by ；
    up to its sentence's end ("主要用于…赴巴西参加生态林业培训学习；…赴台湾开展调研": 去巴西培训 is
    one of them, the amount is both's)."""
    text, purpose = norm(fig.span.text or ""), norm(fig.purpose or "")
    at = text.find(purpose[:8]) if purpose else -1
    said = re.split(r"。", text[at:])[0] if at >= 0 else purpose
    uses = []
    for u in re.split(r"[；;]", said):
        if uses and re.search(r"\d(?:[\d,.]*)\s*(?:亿元|万元|元|%)", u):
            break           # "…保育教育费；其他收入0万元": the next item of a list, no second use
        if len(u) >= 4:
            uses.append(u)
    if len(uses) < 2:
        return False
    fits = [coverage(grams, bigrams(u)) for u in uses]
    return sum(f >= 0.5 for f in fits) == 1 and sorted(fits)[-2] < 0.3


def _without_total_words(whole: str) -> str:
    """A whole's words without those that only say it is the total of its year ("本年收入合计" →
    收入): "占本年收入合计的22.30%" is a share of the income asked as "收入里"."""
    bare = re.sub(f"^(?:{_alternatives(_words('total_year_words'))})|(?:{_alternatives(_words('total_endings'))})$", "", whole)
    return bare if len(bare) >= 2 else whole


def _narrows_to_one_use(residual: set, purpose: str) -> bool:
    """Whether the words narrowing a metric (bigrams ``residual``) name one of several entries of a
    figure's stated use and no other (食堂托管 of "学校物业、安保及食堂托管服务")."""
    entries = [p for e in use_entries(purpose) for p in LIST_JOINERS.split(e) if len(p) >= 2]
    if len(entries) < 2:
        return False
    fits = [coverage(residual, bigrams(e)) for e in entries]
    return sum(f >= 0.5 for f in fits) == 1


def _entry_of_use(item_n: str, purpose: str) -> bool:
    """Whether the item asked (normalised) is one entry of a figure's stated use that lists several
    (定额公用经费 of "主要用于定额公用经费、车辆运行费…")."""
    entries = [p for e in use_entries(purpose) for p in LIST_JOINERS.split(e) if p]    # (及 / 和 join entries too:
    return len(entries) >= 2 and re.sub(r"(?:的)?(?:支出|金额)?$", "", item_n) in entries   # "…成员报酬及…办公经费")


def _without_levels(text: str) -> str:
    """``text`` normalised, without brackets that only mark a 科目 level: “信息化建设（项）” names the
    same item as 信息化建设（13项） ([rules] level_words)."""
    levels = "|".join(map(re.escape, _words("level_words")))
    return re.sub(r"\(\d*(?:%s)+\)" % levels, "", norm(text))


# "除X以外" / "X以外的" / "除了X，其余的…" ([rules] rest_words: the words after the part that ask the rest)
EXCEPT = re.compile(r"除(?:了)?([^，,。？?]{2,16}?)(?:以外|之外|(?=[，,]?(?:%s)))|([^，,。？?中里]{2,16}?)(?:以外|之外)的"
                    % "|".join(map(re.escape, questions_lexicon()["rules"]["rest_words"])))


def _all_but(q: Question, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """"除项目支出以外的部分合计" / "公共预算财政拨款以外的钱": the total its sentence states before
    其中, minus that part (both stated in one sentence, both cited); None otherwise."""
    hit = EXCEPT.search(q.norm)
    if not hit:
        return None
    words = hit.group(1) or hit.group(2)
    keys = metrics_in(words)
    flow = next((w for w in DOCUMENT_TOTALS if w in metrics_in(q.container or "")), None)
    # "收入里除了公共预算财政拨款": the fund's income, not its spending stated beside it
    same_flow = (lambda f: bool(f.metric) and f.metric.endswith(flow)) if flow else None
    part = m.best(words, keys, unit_kind="money", year=doc_year, doc_year=doc_year, basis=q.basis, require=same_flow)
    if part is None:
        return None
    total = _list_head(part, m) or _flow_total_of_fund(q, part, m, doc_year)
    if total is None:
        return None
    return _difference(total, part, f"{display_label(total)}中{display_label(part)}以外",
                       (display_label(total), display_label(part)))


def _flow_total_of_fund(q: Question, part: Figure, m: FigureMatcher, doc_year: int | None) -> Figure | None:
    """"收入里除了公共预算财政拨款以外": a fund's own 本年收入 (or 支出) is a part of the document's
    total of that flow when the question names the flow as where the part is; that total, or None."""
    flow = next((w for w in DOCUMENT_TOTALS if part.metric and part.metric.endswith(w)), None)
    if flow is None or metric_tier(part.metric) != 1 or flow not in metrics_in(q.container or ""):
        return None
    return m.best(flow, [flow], unit_kind="money", year=doc_year, doc_year=doc_year, basis=q.basis,
                  require=lambda f: f.metric == flow and f.year in (None, doc_year))


def _named_after_whole(part: str, whole: str, m: FigureMatcher) -> tuple[str, list[str]] | None:
    """(name, metrics) of a part named after its whole's metric ("工程" of 政府采购 → 政府采购工程)
    when the document states a figure of that metric; None otherwise."""
    for k in metrics_in(whole):
        named = metrics_in(k + part)
        if named and named != [k] and any(f.metric in named for f in m.figures):
            return k + part, named
    return None


def _points_gap(q: Question, figures: list[Figure], m: FigureMatcher, doc_year: int | None) -> Result | None:
    """"税收收入占地方一般公共预算收入的比重比非税收入高出多少个百分点": A's share of W less B's
    share of W (each stated or computed), in percentage points; None for any other comparison in
    百分点 (one percent is never a gap in points)."""
    said = re.search(questions_lexicon()["rules"]["points_gap"], q.norm)
    if said is None:
        return None
    a_text, whole, b_text = (g.strip("的") for g in said.groups())
    shares = [answer_figure(parse_question(f"{x}占{whole}的比重是多少"), doc_year, figures, m) for x in (a_text, b_text)]
    if any(r is None or r.kind not in ("figure", "derived") or r.unit != "%" for r in shares):
        return None
    a, b = shares
    value = a.value - b.value
    formula = f"{a_text}占比 {fmt(a.value, '%')} − {b_text}占比 {fmt(b.value, '%')} = {fmt(value, '%')}（百分点）"
    return Result("derived", value, "%", f"{a_text}与{b_text}占{whole}比重之差（百分点）", a.inputs + b.inputs, formula)


def _remainder(q: Question, whole_text: str, part_text: str, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """"财政拨款收入中，除去政府性基金的部分是多少": the whole's amount less its part's, both stated
    for the year asked (the part read inside the whole); None when either is not, or the part is
    not smaller."""
    year = q.year or doc_year
    said = [whole_text.find(norm(a)) for a in metric_aliases() if len(a) >= 2 and norm(a) in whole_text]
    whole_text = whole_text[min(said):] if said else whole_text     # (the unit and year before it go)
    whole_q = parse_question(f"{whole_text}是多少")
    whole = None
    for scope in ([0, None] if total_scope(q.text) is None else [total_scope(q.text)]):
        # (a flow said plainly is the year's own total first: 本年收入合计, not 收入总计 with carry-overs)
        whole = m.best(whole_q.item, whole_q.metrics, unit_kind="money", year=year, doc_year=doc_year, basis=q.basis,
                       container=whole_q.container or "", container_metrics=tuple(whole_q.container_metrics),
                       require=lambda f, scope=scope: scope is None or total_scope(f.label or "") in (None, scope))
        if whole is not None:
            break
    flow = _flow_of(norm(whole_text))
    part = m.best(part_text, metrics_in(part_text), unit_kind="money", year=year, doc_year=doc_year, basis=q.basis,
                  container=whole_text, container_metrics=tuple(metrics_in(whole_text)),
                  require=lambda f: (whole is None or f is not whole and f.value != whole.value)
                  and _flow_of(norm(f.label or "") + (f.metric or "")) in (None, flow))     # (收入 less 收入's part)
    if whole is None or part is None or part.role != "amount" or whole.role != "amount":
        return None
    out = _difference(whole, part, f"{display_label(whole)}除去{display_label(part)}",
                      (display_label(whole), display_label(part)))
    return out if out is not None and out.value >= 0 else None


def _difference(first: Figure, second: Figure, label: str, names: tuple[str, str]) -> Result | None:
    """first − second, derived in one unit (None when the units cannot meet), both cited; the
    formula names each side by ``names``."""
    pair = _same_unit_values(first, second)
    if pair is None:
        return None
    a, b, unit = pair
    value = round_as(a - b, unit)
    formula = f"{names[0]} {fmt(a, unit)} − {names[1]} {fmt(b, unit)} = {fmt(value, unit)}"
    return Result("derived", value, unit, label, [first, second], formula)


def _per_count(q: Question, per: str, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """"公务接待平均每人次花了多少元" (``per``: the words 平均每…人次): the item's stated amount ÷ the
    count its own sentence gives in that measure word, in a clause naming the item ("公务接待费支出
    0.39万元。…列明公务接待2批次、26人次" → 3900元 ÷ 26 = 150元), both cited; in 元 unless 万元 is
    asked. None when the amount is not one stated figure, or no such count (or a zero one) follows it
    — a per-person amount is never an item's total."""
    measure = next((w for w in sorted(questions_lexicon()["count_units"], key=len, reverse=True) if per.endswith(w)), None)
    wanted = questions_lexicon()["count_units"].get(measure or "")
    item = re.sub(_words("per_capita_pattern"), "", q.item)
    if not wanted or not item.strip():
        return None
    found = _answer_figure(replace(q, item=item, asked_unit=None), doc_year, m.figures, m)
    if found is None or found.kind != "figure" or len(found.inputs) != 1 or not is_money(found.inputs[0].unit):
        return None
    first = found.inputs[0]
    # the amount where it is stated again with its counts ("3、公务接待费支出0.39万元。…26人次")
    again = [f for f in m.figures if f.source == "text" and f is not first and f.role == "amount"
             and f.metric == first.metric and (f.value, f.unit) == (first.value, first.unit)]
    count = None
    for amount in [first] + again:
        count = _count_after(amount, wanted, m)
        if count is not None:
            break
    if count is None:
        return None
    unit = "万元" if q.asked_unit == "万元" else "元"
    total = money_to(amount.value, amount.unit, unit)
    if total is None or not count.value:
        return None
    value = round_as(total / count.value, unit)
    formula = f"{fmt(total, unit)} ÷ {fmt(count.value, count.unit)} = {fmt(value, unit)}"
    return Result("derived", value, unit, f"{display_label(amount)}平均每{count.unit}", [amount, count], formula)


def _count_after(amount: Figure, unit: str, m: FigureMatcher) -> Figure | None:
    """The first count in ``unit`` (a count_units value: 人次, 批次 …) after ``amount`` in its
    sentence or the next ones of its section (up to COUNT_REACH characters, before any amount of
    another standard metric), in a clause sharing words with the amount's label ("3、公务接待费支出
    0.39万元。…列明公务接待2批次、26人次")."""
    sp = amount.span
    at = sp.text.find(amount.raw) if amount.raw and sp.text else -1
    if at < 0:
        return None
    names = bigrams(norm(amount.label or ""))

    def where(f: Figure) -> tuple[int, int] | None:
        if f.source != "text" or not f.raw or f.span.section != sp.section \
                or not sp.start <= f.span.start <= sp.end + COUNT_REACH:
            return None
        pos = f.span.text.find(f.raw, at + 1 if f.span.start == sp.start else 0)
        return (f.span.start, pos) if pos >= 0 else None

    stops = [w for f in m.figures if is_money(f.unit) and f.metric and f.metric != amount.metric
             and (w := where(f)) is not None]
    limit = min(stops, default=None)
    counts = []
    for f in m.figures:
        w = where(f)
        if w is None or (limit is not None and w > limit) \
                or questions_lexicon()["count_units"].get(f.unit or "", f.unit) != unit:
            continue
        if names & bigrams(norm(re.split(r"[。；;]", f.span.text[:w[1]])[-1])):
            counts.append((w, f))
    return min(counts, key=lambda c: c[0])[1] if counts else None


COUNT_REACH = 200   # characters after an amount's sentence where its counts may still be stated


def _list_head(part: Figure, m: FigureMatcher) -> Figure | None:
    """The amount a 其中-list holding ``part`` opens with: in the part's sentence, the last amount
    before the 其中 that precedes the part ("…支出预算2221.66万元，其中：人员支出…项目支出945万元")."""
    text = part.span.text or ""
    at = raw_at(text, part.raw) if part.raw else -1
    cue = text.rfind("其中", 0, at) if at > 0 else -1
    if cue < 0:
        return None
    heads = [(raw_at(text, f.raw), f) for f in m.figures if f.source == "text" and f.span.start == part.span.start
             and f is not part and f.role == "amount" and is_money(f.unit) and f.raw and 0 <= raw_at(text, f.raw) < cue]
    if not heads:
        return None
    pos = max(p for p, _ in heads)
    found: dict = {}
    for p, f in heads:
        if p == pos:
            found.setdefault((f.value, f.unit), f)   # the amount as the list opens with it ("项目总预算
                                                     # 2921.00万", not the same amount closing it: "合计2921.00万")
    return next(iter(found.values())) if len(found) == 1 else None


def _sentence_head(part: Figure, m: FigureMatcher) -> Figure | None:
    """The whole a sentence opening with a list word ("其中：人员经费1,812.82万元…") lists the parts of:
    the first amount of the sentence just before it ("…基本支出1,941.32万元，比上年减少…。"); None
    when the part's sentence does not open so or no amount ends right before it."""
    if part.source != "text" or not (part.span.text or "").lstrip().startswith(tuple(_words("list_openers"))):
        return None
    before = [f for f in m.figures if f.source == "text" and f.role == "amount" and is_money(f.unit)
              and 0 <= part.span.start - f.span.end <= 2 and f.span.start < part.span.start]
    return min(before, key=lambda f: (f.span.text or "").find(f.raw or "")) if before else None


def _head_in_tie(q: Question, m: FigureMatcher, tie: list[Figure]) -> Figure | None:
    """Of figures tied for what is asked, the head stated before its 其中 parts, or None.

    "一共有几个编制" of "编制人数5人，其中：行政编制4人、工勤编制1人": the amount before 其中 — asked
    with 一共 ([rules] asked_total_words), or plainly when its parts listed after it add up to it or
    are kinds of the same metric (编制数24名，其中：行政编制22名); when only the parts tied
    ("编制数60人，其中：行政编制42人，事业编制18人"), the head they add up to."""
    heads = [f for f in tie if _before_parts(f)]
    if not heads and len({f.span.start for f in tie}) == 1 and len({f.unit for f in tie}) == 1:
        # (or holds them with more parts of its metric: "核定编制98人，其中：行政编制40人、参照公务员法管理
        # 事业编制36人、事业编制22人" — of the tied 40 and 22, the whole is 98)
        heads = [f for f in m.figures if f.span.start == tie[0].span.start and f.unit == tie[0].unit
                 and f.role == tie[0].role and _before_parts(f) and not _narrowed_past(q, f)
                 and (f.value == sum(g.value for g in tie) or f.metric is not None and f.value > sum(g.value for g in tie)
                      and all(g.metric == f.metric and g.span.start == f.span.start for g in tie)
                      and f.raw and all(raw_at(f.span.text or "", f.raw) < raw_at(f.span.text or "", g.raw) for g in tie))][:1]
        tie = heads + tie if heads else tie
    asked_total = any(w in q.norm for w in _words("asked_total_words"))
    if len(heads) == 1 and all(f.span.start == heads[0].span.start for f in tie):
        parts = [f for f in tie if f is not heads[0]]
        if asked_total or parts and all(f.unit == heads[0].unit for f in parts) \
                and (sum(f.value for f in parts) == heads[0].value or all(f.metric == heads[0].metric for f in parts)):
            return heads[0]
    if heads and len({(f.value, f.unit) for f in heads}) == 1 and asked_total:
        return heads[0]     # "一共有多少辆车": the whole stated before its parts ("共有车辆23辆，其中…"),
                            # never a count stated elsewhere (作业车辆6辆)
    return None


def _before_parts(fig: Figure) -> bool:
    """Whether the figure's sentence lists its parts after it ("A 5人，其中：B 4人、C 1人")."""
    text = fig.span.text or ""
    at = text.find(fig.raw) if fig.raw else -1
    # (within its own clause: "…教学班12个，其中小班4个…；核定…，在职教职工68人，其中在编…")
    start = max(text.rfind("；", 0, at), text.rfind(";", 0, at)) + 1 if at >= 0 else 0
    return at >= 0 and "其中" in text[at + len(fig.raw):] and "其中" not in text[start:at]


def _head_sum(q: Question, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """An item the lexicon does not know, stated only through its parts in one sentence
    ("闽K198KA劳务费3195、闽K198KA修理修配劳务费2915元" asked as 闽K198KA花了多少): the sum of those
    parts, each cited. None when the item is stated itself, or its parts are not of one sentence
    and one unit."""
    head = norm(q.item)
    if len(head) < 3:
        return None
    figs = [f for f in m.figures if f.source == "text" and f.role == "amount" and is_money(f.unit)
            and _stated_year(f, doc_year) == doc_year]
    if any(norm(f.label) == head for f in figs):
        return None
    parts = [f for f in figs if norm(f.label).startswith(head)]
    if len(parts) < 2 or len({(f.span.start, f.unit) for f in parts}) != 1 \
            or len({norm(f.label) for f in parts}) != len(parts):
        # "项目支出（专项业务费）各项合计": the name in brackets may be the list's head
        named = [head] + [b for b in re.findall(r"\(([^()]{3,})\)", head)]
        parts = next((found for h in named if (found := _listed_under(q, h, figs, m.text))), [])
        if not parts:
            return None
    if len({f.basis for f in parts}) > 1 or q.basis and any(f.basis and f.basis != q.basis for f in parts):
        return None     # "…（项）年初预算为38.00万元，支出决算为42.68万元": two bases of one item, no parts
    if len({w for f in parts for w in DOCUMENT_FLOWS if w in norm(f.label)}) > 1:
        return None     # "财政拨款收支预算总计512.22万元": its income and its spending, never added up
    total = sum((f.value for f in parts), Decimal(0))
    unit = parts[0].unit
    formula = " + ".join(fmt(f.value, unit) for f in parts) + f" = {fmt(total, unit)}"
    return Result("derived", total, unit, f"{q.item}合计", parts, formula)


LIST_MARK = re.compile(r"(?<![\d.])\d{1,2}[、.．](?!\d)")


def _listed_under(q: Question, head: str, figs: list[Figure], text: str) -> list[Figure]:
    """"专项业务费： 1、购书专项经费 50万 2、设备购置经费 30万 …" asked as 专项业务费一共多少: the
    amounts of the numbered list right after the head and its colon, one per numbered item (the
    list ends at a full stop, 附件 or the next 一、 heading); [] unless a total is asked, the head
    is written once with a colon and states no amount, and every item has exactly one amount of
    one unit."""
    if not text or not (q.asks_sum or any(w in q.norm for w in _words("asked_total_words"))):
        return []
    spaced = r"[\s“”\"]*".join(map(re.escape, head))      # the head as the page writes it (spaces, quotes)
    heads = [m.end() for m in re.finditer(spaced + r"\s*[：:]", text)]
    if len(heads) != 1:
        return []
    end = re.search(_words("list_ends"), text[heads[0]:])
    segment = (heads[0], heads[0] + (end.start() if end else len(text) - heads[0]))
    marks = LIST_MARK.findall(re.sub(r"\s+", "", text[segment[0]:segment[1]]))
    inside = [f for f in figs if f.raw and segment[0] <= text.find(f.raw, f.span.start) < segment[1]]
    if len(marks) < 2 or len(inside) != len(marks) or len({f.unit for f in inside}) != 1:
        return []
    return inside


def _other_total_stated(q: Question, result: Result) -> bool:
    """Whether ``q`` asks a total (一共/总共/合计 …) and the answer's sentence states, after a total
    word, another number of the same unit ("在职36人…一共人数171人" asked as 实有人数一共有多少)."""
    at = q.norm.find(norm(q.container)) if q.container else -1
    where = re.search("当中|之中|中|里", q.norm[at + len(norm(q.container)):]) if at >= 0 else None
    asked = q.norm[at + len(norm(q.container)) + where.end():] if where else q.norm
    words = [w for w in _words("asked_total_words") if w in asked]    # (本年支出合计中项目支出: the
    if not words or len(result.inputs) != 1:                           # total says where the item is)
        return False
    fig = result.inputs[0]
    if is_money(fig.unit) and (fig.metric and fig.metric in q.metrics
                               or fig.purpose and len(norm(q.item)) >= 2 and norm(q.item) in norm(fig.purpose)):
        return False        # 事业收入一共有多少: the amount of the metric named ("本年收入合计8164.00万元，
                            # …事业收入1285.40万元": the total of another item is no rival); so is the
                            # amount named by what it is (看病收的钱: "事业收入…，主要为医疗收入")
    # (a change said of a total — "收支预算总计各增加127.25万元" — is no other total)
    pattern = "(?:%s)[^，。；,;\\d增减降]{0,6}?(\\d[\\d,]*(?:\\.\\d+)?)\\s*%s" % (
        "|".join(map(re.escape, _words("asked_total_words"))), re.escape(fig.unit))
    stated = {Decimal(v.replace(",", "")) for v in re.findall(pattern, fig.span.text or "")}
    return bool(stated) and fig.value not in stated


def _units_named(item: str, m: FigureMatcher, whole_text: bool = False) -> list[str]:
    """Names of units (ending like a unit: 局, 中心, 大队 …) that the question's item holds and the
    document writes in its figures' sentences (``whole_text``: anywhere in it) — another body
    than the document's own unit."""
    suffixes = unit_suffix_pattern()
    # (the longest run ending like a unit: 黄浦区社会福利院, never 黄浦区社会 of it)
    names = re.findall(rf"[\u4e00-\u9fff]{{2,12}}(?:{suffixes})", item)
    texts = {f.span.text for f in m.figures if f.source == "text"} | ({m.text_n} if whole_text and m.text else set())
    # the longest end of each run the document writes ("收入总表中社区服务中心" → 社区服务中心)
    found = (next((n[i:] for i in range(len(n) - 3) if any(n[i:] in t for t in texts)), None) for n in names)
    return [n for n in found if n]


def _other_parent(item: str, label: str) -> bool:
    """Whether ``label`` is a level path ("…组织事务(款)一般行政管理事务(项)") whose last level closes
    ``item`` while the words ``item`` names before it ("财政事务") are none of the path's: the same
    line under another parent."""
    levels = re.findall(r"([\u4e00-\u9fff]{2,})\((?:类|款|项)\)", label)
    if len(levels) < 2 or not item.endswith(levels[-1]):
        return False
    head = re.sub(r"的$", "", item[:-len(levels[-1])])
    head_g = bigrams(re.sub(r"[^\u4e00-\u9fff]", "", head))
    return len(head_g) >= 2 and coverage(head_g, bigrams("".join(levels[:-1]))) < 0.5


def _one_of_joined(item: str, label: str) -> bool:
    """Whether ``label`` joins items ("侨联华侨事务及法律顾问费": split as names are by
    question.split_items, metric aliases and joined terms kept whole) and ``item`` names only
    one of them: that amount is the items' together, not the one asked."""
    regions = "|".join(map(re.escape, questions_lexicon()["unit_names"]["region_suffixes"]))
    named = re.match(rf"^.*?(?:{regions}).*(?:{unit_suffix_pattern()})", label)
    if named and len(label) - named.end() >= 4:
        label = label[named.end():]     # (a unit's full name before the item: "海口市美兰区旅游和文化广电体育局本级…")
    levels = [x for x in LEVELS.split(label) if x.strip("“”\"科目的:：")]
    if len(levels) >= 2:
        # a class path joins no items: only the level naming the item counts ("农林水支出（类）林业和草原
        # （款）森林资源培育（项）" holds 森林资源培育 whole, its 款's 和 joins none of it)
        label = next((x for x in levels if item in x), levels[-1])
    if re.search(r"[和与及、]", item) or not re.search(r"[和与及、]", label) or len(item) <= 2:
        return False        # (补贴 alone names no one of "残疾人生活和护理补贴": its shared end)
    parts = [x for x in split_items(re.sub(r"\([^()]*\)", "", label), brackets_restate=False)
             if len(re.findall(r"[\u4e00-\u9fff]", x)) >= 2
             and not re.fullmatch(r"[\u4e00-\u9fff]{1,8}?(?:%s)" % "|".join(
                 [unit_suffix_pattern(), "单位", "部门", *map(re.escape, questions_lexicon()["unit_names"]["region_suffixes"])]), x)]
    # (a place's name cut at its 和 is no item: "沈阳市和平区教育局机关本级机关运行经费预算"; nor are the
    # bodies listed before it: "本部门行政单位及参照公务员法管理的事业单位机关运行经费预算")
    if len(parts) < 2:
        return False
    grams = bigrams(item)
    held = [x for x in parts if grams and coverage(grams, bigrams(x)) >= 0.8]
    return len(held) == 1 and all(not grams & bigrams(x) for x in parts if x is not held[0])


def _last_body_named(before: str, name: str) -> bool:
    """Whether ``name`` is the last body named in ``before``'s part of its sentence (after the last
    。or ；): no other name ending like a unit follows it there."""
    part = re.split(r"[；;。]", before)[-1]
    at = part.rfind(name)
    if at < 0:
        return False
    suffixes = unit_suffix_pattern()
    return not re.search(rf"[\u4e00-\u9fff]{{2,}}?(?:{suffixes})", part[at + len(name):])


def _clause_before(fig: Figure) -> str:
    """The figure's label and the words of its sentence before its amount."""
    text = fig.span.text or ""
    at = text.find(fig.raw) if fig.raw else -1
    return fig.label + (text[:at] if at >= 0 else "")


def _answer_figure(q: Question, doc_year: int | None, figures: list[Figure],
                   matcher: FigureMatcher | None = None) -> Result | None:
    m = matcher or FigureMatcher(figures)
    intent = q.intent
    # a thing where money is asked ("公车预算多少钱", the unit's name gone): the money spent on it
    things = questions_lexicon().get("money_things", {})
    bare = re.sub("(?:的)?(?:%s)$" % "|".join(map(re.escape, lexicon.load("metrics")["phrases"]["generic_amounts"])),
                  "", q.item)
    thing = things.get(q.item) or things.get(bare)      # 公车开销: the money of 公车
    if thing and not q.metrics and not q.count_unit and intent in ("value", "change", "growth", "last_year"):
        q = replace(q, item=thing, metrics=[thing])
    flow = norm(q.item) + (q.verb_metric or "")
    if not q.metrics and q.verb_metric and norm(q.item) in GENERIC_FUNDS | set(FUND_WORDS) and metrics_in(flow) \
            and metric_aliases().get(flow):
        q = replace(q, item=flow, metrics=metrics_in(flow))     # "财政拨款花了多少": 财政拨款支出
    elif len(q.metrics) == 1 and fund_flow(q.metrics[0], q.verb_metric or _flow_of(norm(q.item))) \
            and not q.container and not _residual(norm(q.item), q.metrics).strip():
        # "一般公共预算财政拨款实际花了多少": the fund's spending, never its 总计 (which holds the balance)
        # ("一般公共预算的钱，实际花的…": the flow said apart from the fund, after a comma)
        q = replace(q, metrics=[fund_flow(q.metrics[0], q.verb_metric or _flow_of(norm(q.item)))])
    people = _people_total(q, m, doc_year)
    if people is not None:
        return Result("figure", people.value, people.unit, display_label(people, q.item), [people])
    junk = questions_lexicon()["filler"].get("leftover_chars", "")
    if not q.metrics and all(ch in junk for ch in _residual(q.item, [])):   # "钱", "能": nothing named
        # no subject: the total the verb names (一共花了多少钱 → 支出), else the document's
        # totals ("比2024年预算多了多少？") — never when a fund is named (财政…拨: one fund's money,
        # not all funds' total)
        if any(w in norm(q.item) for w in FUND_WORDS):
            return None
        counted = _words("count_unit_metrics").get(q.count_unit or "")
        if counted:
            q = replace(q, metrics=[counted], item=counted)     # 检察院有多少人: the staff in post
        else:
            q = replace(q, metrics=[q.verb_metric] if q.verb_metric else list(DOCUMENT_TOTALS),
                        item=q.verb_metric or q.item)
    wants_last = _wants_last_year(q, doc_year)
    if intent == "share":
        return _share(q, m, doc_year)
    if intent == "completion":
        return _stated_pct(q, m, doc_year, COMPLETION_WORDS, roles=("percent",)) \
            or _stated_pct(q, m, doc_year, COMPLETION_WORDS, roles=("share",), of_budget=True) \
            or _completion(q, m, doc_year)      # (a share "占地方一般公共预算收入的39.14%" completes nothing;
                                                # "决算数占年初预算数的104%" does)
    if intent == "growth":
        if q.base_basis and _asks_budget(q.base_basis) and q.basis in FINAL_BASES and not q.base_year:
            return _budget_gap_pct(q, m, doc_year)     # 实际比预算省了百分之几: never a change on 上年
        return _growth(q, m, doc_year)
    if intent == "change":
        if q.asked_unit in (None, "%") and q.change_word == "rate":
            # 增长了多少 / 下降了多少: the documents' own pairing (增加X万元，增长Y%) makes it the rate
            return _stated_growth(q, m, doc_year) or _change(q, m, doc_year)
        found = _each_total(q, lambda x: _change(x, m, doc_year))
        if found is None:
            found = _total_as_its_fund(q, m, doc_year, lambda x: _change(x, m, doc_year))
        if found is None and q.asked_unit is None and q.change_word == "neutral":
            return _stated_growth(q, m, doc_year)      # 变化了多少, only a rate stated
        return found
    if wants_last and not q.wants_sum:      # (a sum of last year's items is summed below, in that year)
        last = _each_total(q, lambda x: _last_year(x, m, doc_year)) \
            or _total_as_its_fund(q, m, doc_year, lambda x: _last_year(x, m, doc_year))
        if last is not None or q.year != (doc_year or 0) - 1 or _unit_kind_asked(q) != "count":
            return last
        # a count the year before, named by its year ("2025年秋季学期…学生1,280人" in a 2026
        # budget): the count stated for that year, below
    target = q.year if q.year and q.year != doc_year else None
    if wants_last and q.wants_sum and target is None and doc_year:
        # "前一年…（买车加养车）一共": the items of the year before — all the parts of a total are
        # that total, read the year before (its amount less its change); else each item that year
        total = _identity_total(q.metrics)
        if total is not None and not q.sum_items:
            return _last_year(replace(q, item=total, metrics=[total], wants_sum=False, asks_sum=False), m, doc_year)
        target = doc_year - 1
    if target is not None and doc_year is not None and target > doc_year:
        return None
    rows = _row_count_sum(q, m, doc_year) if target is None else None
    if rows is not None:
        return rows             # 传媒中心和下面的电视台、时报社加起来有多少个编制: a staff table's rows
    if q.intent == "value" and target is None:
        rest = _all_but(q, m, doc_year)
        if rest is not None:
            return rest         # 支出预算中除项目支出以外的部分: the total before 其中 − that part
    if q.wants_sum and q.intent == "value":
        return _sum_asked(q, m, target or doc_year, doc_year) or _sum_by_labels(q, m, target or doc_year, doc_year)
    if q.intent == "value" and not q.wants_sum and _joined_total(q):
        # "A和B合计多少" (the unit's name gone): the sum of the items named
        parts = split_items(q.item)
        if len(parts) >= 2:
            return _sum_asked(replace(q, sum_items=parts, wants_sum=True), m, target or doc_year, doc_year)
    totals = {i["total"] for i in lexicon.load("metrics").get("identities", [])}
    whole = len(q.metrics) == 1 and q.metrics[0] in totals and not _residual(norm(q.item), q.metrics).strip()
    if q.asks_sum and q.intent == "value" and not q.wants_sum and not whole:
        # 三个单位加起来: a sum whose items were not read is never one item's amount (“三公”加起来
        # is the total its items make: 三公经费); an item stated only through its list is their sum
        named = not q.metrics or set(q.metrics) <= set(q.container_metrics)    # (项目支出里的专项业务费: the
        return _head_sum(q, m, doc_year) if named and target is None else None     # container says where)
    kind = _unit_kind_asked(q)
    if kind is None:
        kind = "count" if _metric_is_count(q.metrics) else "money"
    generic = q.count_unit in _words("generic_count_units") and _metric_is_count(q.metrics)
    require = _count_unit_fits(q.count_unit) if kind == "count" and not generic else None
    if kind == "count":
        named = _units_named(q.item, m)
        in_clause = lambda f: all(n in re.split(r"[，,；;：:。]", _clause_before(f))[-1] or n in norm(f.label or "")
                                  or _last_body_named(_clause_before(f), n) for n in named)
                                  # (or its label: the body carried over its run; or the last body its
                                  # part of the sentence names: "…；福利院事业编制128名，实有人数121人")
        if named and any(in_clause(f) for f in m.figures if _unit_kind(f.unit) == "count" and (require is None or require(f))):
            # "区机关事务管理局今年打算买几辆公务车": the count stated in that 局's own clause
            # ("区机关事务管理局…购置一般公务用车14辆：…消防大队…消防车辆1辆"), never another's
            # (a body named nowhere before a count, "中心是由几个基层单位设立的", restricts nothing)
            require = _and(require, in_clause)
    elif kind == "money":
        item = norm(q.item)
        aliases = [a for a in metric_aliases() if len(a) >= 2]
        bodies = [n for n in _units_named(q.item, m, whole_text=True)
                  if (rest := item[item.find(n) + len(n):].lstrip("的")) == "" or any(rest.startswith(a) for a in aliases)]
        if bodies:                      # (社区公共服务中心新建工程: a project's name, no body asked)
            # "畜牧兽医服务中心…（一般公共预算拨款）" of a department's budget that lists it as one of its
            # units: that body's amount (its row, or a sentence naming it), never the department's
            require = _and(require, lambda f: all(n in norm(f.label) or n in norm(_clause_before(f)) for n in bodies))
    if kind == "money" and q.verb_metric in DOCUMENT_FLOWS and not _flow_of(norm(q.item)):
        # "检验检测中心一共花了多少钱": spending, never its 本年收入 stated beside it
        require = _and(require, lambda f: _figure_flow(f) in (None, q.verb_metric))
    if any(w in q.norm for w in _words("investment_asked")):
        # "…改造工程总共要投资多少钱": a project's whole cost, never one year's budget for it
        require = _and(require, lambda f: any(w in norm(_clause_before(f)) for w in _words("investment_stated")))
    if q.year_range:
        # "2019-2021年项目支出规划": only a figure stated for the same run of years answers it
        require = _and(require, _states_years(q.year_range))
    if kind == "count" and q.metrics and not any(_metric_is_count([k]) for k in q.metrics):
        # 公务接待累计接待了多少人次: a count is never the money metric its words name (公务接待费);
        # those words only say what is counted
        q = replace(q, metrics=[])
    if kind == "money" and q.intent == "value" and target is None:
        listed = _ident_items_sum(q, m)
        if listed is not None:
            return listed       # 闽K198KA的公车洗车加油一共: that car's 洗车 and 加油, added up
    if kind == "money" and not q.metrics and target is None:
        parts = _head_sum(q, m, doc_year)
        if parts is not None:
            return parts        # 闽K198KA一共花了多少: its items of one sentence, added up
    fig = m.best(q.item, q.metrics, unit_kind=kind, year=None if q.year_range else (target or doc_year),
                 doc_year=doc_year, basis=q.basis, context=q.norm, require=require, container=q.container,
                 container_metrics=tuple(q.container_metrics))
    tie = m.last_tie
    if fig is not None and kind == "money" and q.verb_metric == "支出" and total_scope(q.text) is None \
            and total_scope(fig.label or "") == 1:
        # "财政拨款一共花了多少": what was spent in the year (本年财政拨款支出), never the 总计 that holds
        # the balance carried to next year beside it
        spent = m.best(q.item, q.metrics, unit_kind=kind, year=None if q.year_range else (target or doc_year),
                       doc_year=doc_year, basis=q.basis, context=q.norm, container=q.container,
                       container_metrics=tuple(q.container_metrics),
                       require=_and(require, lambda f: total_scope(f.label or "") in (None, 0) and f.metric == fig.metric))
        fig = spent or fig
    if fig is not None and kind == "count":
        fig = _stated_total_count(q, m, fig, require)
    if fig is None and kind == "count" and not tie and target is None and q.year is None and doc_year:
        # a budget's count as it stood before its year ("2025年秋季学期全日制在校学生1,280人" in a
        # 2026 budget): the state the document gives, when no year was asked
        fig = m.best(q.item, q.metrics, unit_kind=kind, year=doc_year - 1, doc_year=doc_year, basis=q.basis,
                     context=q.norm, require=require, container=q.container,
                     container_metrics=tuple(q.container_metrics))
        tie = m.last_tie
    if (fig is None and kind == "money" and not q.asked_unit and not q.money_asked and not q.metrics and not tie
            and not q.basis     # "安排了多少预算": money asked, never a count (编制数1168人)
            and not any(w in norm(q.item) for w in _words("money_nouns"))):
        fig = m.best(q.item, q.metrics, unit_kind="count", year=target or doc_year, doc_year=doc_year,
                     basis=q.basis)
        tie = m.last_tie
    if fig is None and tie and q.verb_metric in DOCUMENT_FLOWS:
        # "打算花多少钱在城乡社区环境卫生上": of 环境卫生收入 and 环境卫生支出, the verb names one
        # (only between the two flows: of 公务用车购置及运行维护费支出决算 and its part 公务用车购置支出,
        # both spending, the word 支出 at a label's end chooses nothing)
        def names(f: Figure, flow: str) -> bool:
            return norm(f.label).endswith(flow) or f.source == "table" and flow in norm(f.column or "")
        other = next(w for w in DOCUMENT_FLOWS if w != q.verb_metric)
        flow = [f for f in tie if names(f, q.verb_metric)]     # (a row's 本年支出合计 cell)
        if any(names(f, other) for f in tie) and len({(f.value, f.unit) for f in flow}) == 1:
            fig, tie = flow[0], []
    if fig is None and tie:
        fig = _head_in_tie(q, m, tie)
        tie = [] if fig is not None else tie
    if fig is None and tie and kind == "count" and len({(f.unit, f.span.section) for f in tie}) == 1 \
            and sum(f.value != 0 for f in tie) == 1 and all(f.source == "text" for f in tie):
        # (sibling rows of a staff table, one body's 2 and the others' 0, are never chosen between)
        # "一共接待了多少批" of "国内公务接待38批次…外事接待0批次": the kinds counted, all but one none —
        # the whole they make is that one's count
        fig, tie = next(f for f in tie if f.value != 0), []
    if fig is None and tie and any(w in q.text for w in _words("stock_asked")):
        # "年底…还有多少辆" of 购置3辆 and 年末保有量291辆: the stock at the year's end
        held = [f for f in tie if any(w in f.label for w in _words("stock_labels"))]
        if len({(f.value, f.unit) for f in held}) == 1:
            fig, tie = held[0], []
    if fig is None and tie and len({(f.value, f.unit, f.role) for f in tie}) == 1:
        fig, tie = tie[0], []       # the text's 780.00万元 and the table's 780.00: one number either way
    if fig is None:
        if tie:
            # several figures fit equally well: no guess, list them (kind "clarify", no value)
            return Result("clarify", Decimal(0), "", q.item, _distinct(tie))
        if kind == "money" and len(q.metrics) == 1 and not _residual(norm(q.item), q.metrics).strip():
            # a total never stated = its parts; not when the question narrows it (政府采购里货物类)
            return _sum_of_parts(q.metrics[0], m, target or doc_year, doc_year, q.basis)
        return None
    value, unit = fig.value, fig.unit
    if q.asked_unit == "元" and fig.unit != "元":
        # 多少元: a table row in 元 is exact where prose rounds to 0.01万元
        ranked = m.rank(q.item, q.metrics, unit_kind="money", year=target or doc_year, doc_year=doc_year, context=q.norm,
                        basis=q.basis)
        top = ranked[0].score if ranked else 0
        exact = [s for s in ranked if s.fig.unit == "元" and s.score >= max(MIN_SCORE, top - 1.5)]
        leaf = [p for p in LEVELS.split(norm(q.item)) if p.strip("“”\"科目的")]
        if not exact and len(leaf) >= 2 and len(leaf[-1]) >= 2:
            # "…管理事务（款）城管执法（项）": a table row names the last level only (2120104 城管执法)
            exact = [s for s in m.rank(leaf[-1], [], unit_kind="money", year=target or doc_year, doc_year=doc_year,
                                       basis=q.basis) if s.fig.unit == "元" and s.score >= MIN_SCORE
                     and _rounds_to(s.fig, fig) and norm(s.fig.label).endswith(leaf[-1])]
        if exact:
            fig = exact[0].fig
            value, unit = fig.value, fig.unit
    elif q.asked_unit is None and fig.source == "text" and fig.unit == "万元":
        # prose rounding a table's 元 (1.79万元 of 17,860.00元): the table's exact amount, the same
        # item, basis and year, answers to the cent
        ranked = m.rank(q.item, q.metrics, unit_kind="money", year=target or doc_year, doc_year=doc_year, context=q.norm,
                        basis=q.basis, require=require, container=q.container,
                        container_metrics=tuple(q.container_metrics))
        top = ranked[0].score if ranked else 0
        plain = "决算" if m.final else "预算"         # the basis of an amount said without one
        exact = [s.fig for s in ranked if s.fig.unit == "元" and s.score >= max(MIN_SCORE, top - 2.5)
                 and _same_item(s.fig, fig) and (s.fig.basis or plain) == (fig.basis or plain)
                 and _rounds_to(s.fig, fig)]
        if len({(f.value, f.unit) for f in exact}) == 1 and money_to(exact[0].value, exact[0].unit, fig.unit) != fig.value:
            fig = exact[0]      # (the prose exact already, 3.00万元 of 30,000.00元: said as the prose says it)
            value, unit = fig.value, fig.unit
    return Result("figure", value, unit, display_label(fig, q.item), [fig])


COUNT_CLASSES = tuple(tuple(c) for c in _words("count_classes"))
PCT_TOLERANCE = Decimal("0.05")     # two shares within this many points are one number (rounding)
STATED_TOTAL = re.compile(questions_lexicon()["rules"]["stated_total"])


def _narrowed_past(q: Question, head: Figure) -> bool:
    """Whether the question names, beyond its metric, words its head figure's sentence states
    after the head but its label lacks ("政府采购预算中用于采购疫苗的": 疫苗 is said of the 货物类
    part only): the parts tied on those words, so the whole they add up to is no answer."""
    sentence = norm(head.span.text)
    own = bigrams(norm(head.label or "")) | bigrams(norm(head.metric or ""))
    return any(g in sentence and g not in own for g in bigrams(_residual(norm(q.item), q.metrics)))


def _stated_total_count(q: Question, m: FigureMatcher, fig: Figure, require) -> Figure:
    """A count asked with 一共 ([rules] asked_total_words) whose best figure is a part: the total
    the same section states of the thing counted ("一共保留了几辆公车" of "…保留接待调研用车3辆…
    共保留公车23辆" → 23), when exactly one such total of the same metric names the noun asked (or
    the noun is the metric's own name, 车辆) and the part does not; else ``fig`` itself."""
    counted = COUNTED_NOUN.search(q.norm)
    noun = (counted.group(1) or counted.group(2)) if counted else ""
    if not noun or not any(w in q.norm for w in _words("asked_total_words")) \
            or STATED_TOTAL.search(norm(fig.label)) or noun in norm(fig.label):
        return fig
    generic = fig.metric is not None and noun in {norm(a) for a in (fig.metric, *_aliases_of(fig.metric))}
    totals = [f for f in m.figures if f is not fig and f.role == fig.role and f.unit == fig.unit
              and f.metric == fig.metric and f.span.section == fig.span.section
              and STATED_TOTAL.search(norm(f.label)) and (generic or noun in norm(f.label))
              and (require is None or require(f))]
    return totals[0] if len({f.value for f in totals}) == 1 else fig


def _people_total(q: Question, m: FigureMatcher, doc_year: int | None) -> Figure | None:
    """"一共有多少人" / "总人数是多少" naming no group of people (a unit's short name before it,
    "环土局一共有多少人", names none): the one people count the document states as its total
    ("…退休人员49人，一共人数171人"); None when it states none or several."""
    totals = _words("asked_total_words") + _words("people_total_words")
    if q.intent != "value" or q.count_unit != "人" or q.metrics or not any(w in q.norm for w in totals):
        return None
    item = norm(q.item)
    for w in sorted(totals + list(questions_lexicon()["count_nouns"]), key=len, reverse=True):
        item = item.replace(norm(w), "")
    item = re.sub(r"[^\u4e00-\u9fff]", "", item)
    owners = tuple(questions_lexicon()["unit_names"]["generic_suffixes"])
    if item and not (item.endswith(owners) and len(item) <= 6):
        return None
    found = [f for f in m.figures if f.role == "count" and f.unit == "人" and _stated_year(f, doc_year) in (None, q.year or doc_year)
             and any(w in norm(f.label) for w in totals)]
    return found[0] if len({f.value for f in found}) == 1 else None


def _states_years(years: tuple[int, int]):
    """A figure whose sentence names the run of years ``years`` ("2019-2021年")."""
    from .question import YEAR_RANGE

    def fits(f: Figure) -> bool:
        return any((int(m.group(1)), int(m.group(2))) == years for m in YEAR_RANGE.finditer(norm(f.span.text)))
    return fits


def _and(a, b):
    if a is None:
        return b
    return lambda f: a(f) and b(f)


def _count_unit_fits(asked: str | None):
    """几辆 asks for 辆, 多少人 for 人, 多少人次 for 人次 ([rules] count_classes); 几个/几家/几项
    for any other count word."""
    if not asked:
        return None
    cls = next((c for c in COUNT_CLASSES if asked in c), None)
    if cls:
        return lambda f: f.unit in cls
    special = {u for c in COUNT_CLASSES for u in c}
    return lambda f: f.unit not in special


def display_label(fig: Figure, item: str = "") -> str:
    """What a figure is, for the reply: its label, with the table column when the row label alone
    does not say it (合计 → 项目支出（合计）)."""
    label = (fig.label or fig.metric or item).strip()
    label = re.sub(r"^[(（]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）、.．]\s*(?=[\u4e00-\u9fff])", "", label)   # "(8)农林水事务"
    label = label.strip("（(：:，,、 ")
    label = re.sub(r"^(?:19|20)\d{2}(?:年度?)?(?=[\u4e00-\u9fff])", "", label) or label   # "2017本年收入"
    # one flow of an amount said of both ("收支预算总额709.60万元"): named as the document says it
    said = norm(fig.span.text or "")
    for flow in ("收入", "支出"):
        both = label.replace(flow, "收支", 1)
        if flow in label and both != label and norm(both) in said and norm(label) not in said:
            label = both
            break
    # a heading run into the label ("“三公”经费财政拨款支出决算总体情况说明：支出决算"): the heading's item
    run_on = re.match(r"^(.{4,}?)(?:总体|具体)?情况说明[：:](.+)$", label)
    if run_on and (basis_only(run_on.group(2)) or norm(run_on.group(2)) in norm(run_on.group(1))):
        label = run_on.group(1)
    # the end of a date the label was cut from ("截至2024年底实有在职人员" → 底实有在职人员)
    label = re.sub(r"^(?:\d{1,2}月\d{1,2}日|\d{1,2}月底|\d{1,2}月末|底|末)(?=[\u4e00-\u9fff]{2})", "", label) or label
    if fig.source == "text" and not fig.metric and _generic_label(fig.label) and fig.span.section:
        # 合计 under "商业创新专项（政策资金）经费情况说明 > 六、年度预算安排": the project's heading
        head = re.sub(r"(?:情况)?说明$", "", fig.span.section.split(">")[0].strip())
        return head + (fig.label or "").strip("（(：:，,、 ") if head else label
    if fig.role == "count" and fig.source == "text" and fig.raw and not re.search(r"(?:≥|≤|数量|人数|数)$", label):
        # (a label naming the count itself, "…人员数量≥1200人", keeps it)
        # a count names its noun after it (…等八个基层单位 → 基层单位)
        text = fig.span.text or ""
        # (its own place when the same count is said twice: "…6个处室，开设…6个专业")
        own = fig.raw + norm(fig.label or "")
        at = text.find(own) if fig.label and own in text else text.find(fig.raw)
        noun = re.match(r"[\u4e00-\u9fff]{2,10}", text[at + len(fig.raw):]) if at >= 0 else None
        if noun:
            return noun.group(0)
    if fig.column and fig.source == "table":
        col = re.split(r"[：:]", fig.column.split("/")[-1])[-1].strip() or fig.column   # "如下：项目本月支出数（元）"
        if basis_only(fig.label) and norm(col) not in TOTAL_COLUMNS:
            return f"{col}（{fig.label.strip()}）"     # a row of years by columns of items: 公务接待费（2023年预算数）
        if basis_only(fig.label) and fig.metric:
            return f"{fig.metric}（{fig.label.strip()}）"  # …its 合计 column: what the table totals (三公经费)
        if norm(label) in TOTAL_LABELS and norm(col) not in TOTAL_COLUMNS:
            return f"{col}（{label}）"
        if norm(col) not in norm(label) and norm(col) not in TOTAL_COLUMNS:
            return f"{label}（{col}）"
    return label


def _distinct(figs: list[Figure], limit: int = 5) -> list[Figure]:
    out: list[Figure] = []
    for f in figs:
        if not any(_same_amount(f, g) for g in out):
            out.append(f)
    return out[:limit]


def _metric_is_count(metrics: list[str]) -> bool:
    """Whether the first metric asked counts things: its units in metrics.toml are neither money
    nor % (编制数 → 人/名, 车辆 → 辆)."""
    if not metrics:
        return False
    units = lexicon.load("metrics")["metrics"].get(metrics[0], {}).get("units", ["money"])
    return not {"money", "%"} & set(units)


def _wants_last_year(q: Question, doc_year: int | None) -> bool:
    if q.intent not in ("value",):
        return False
    if q.reverse:
        return True
    if doc_year is not None and q.year == doc_year - 1:
        return True
    return q.relative == -1 and (q.year is None or q.last_of_named and q.year == doc_year)


def change_on_last_year(fig: Figure, doc_year: int | None) -> bool:
    """True when the figure's stated change (or change %) can be read as "on last year": its
    comparison phrase names no earlier base (比2016年… in a 2019 document does not), and, for money,
    the implied last-year amount (value − change) is not negative (a negative one means the change
    belongs to another item, e.g. a list's total; corpus/checks reports such cases)."""
    raw = fig.change_raw or ""
    comparison = "|".join(map(re.escape, lexicon.load("metrics")["years"]["comparison"]))
    for m in re.finditer(rf"(?:{comparison})\s*((?:19|20)\d{{2}})\s*年", raw):
        if doc_year is not None and int(m.group(1)) < doc_year - 1:
            return False
    if fig.change is not None and is_money(fig.unit) and fig.value - fig.change < 0:
        return False
    return True


def _cue(key: str) -> list[str]:
    return questions_lexicon()["intent"].get(key, [])


def _joined_total(q: Question) -> bool:
    """"规划沙盘维护费和规划编制项目评审经费合计多少": items joined by 和 in the item (the unit's name
    gone), a total word ([intent] sum_after_join) in the question, and no known name holding the
    joiner (社会保障和就业支出)."""
    joiners = _cue("sum_joiners")
    if not any(j in q.item for j in joiners if len(j) == 1) or not any(w in q.norm for w in _cue("sum_after_join")):
        return False
    return not any(a in q.item and any(j in a for j in joiners) for a in metric_aliases())


def _each_total(q: Question, answer) -> Result | None:
    """``answer(q)``; for a question naming no subject ("2024年的预算是多少？", "预算比上年少了多少？"),
    the document totals one by one in their order ([rules] document_totals: 收入, 支出, 财政拨款收入 …)
    — the first that answers, never a mix of them."""
    if tuple(q.metrics) != DOCUMENT_TOTALS:
        return answer(q)
    flow = _flow_of(norm(q.item))
    for key in DOCUMENT_TOTALS:
        if flow and _flow_of(key) not in (None, flow):
            continue        # (the flow said as the only word — "今年打算花的钱比去年实际花的多了多少" — is that flow's)
        found = answer(replace(q, metrics=[key], item=key))
        if found is not None and found.kind != "clarify":
            return found
    return None


def _total_as_its_fund(q: Question, m: FigureMatcher, doc_year: int | None, answer) -> Result | None:
    """"支出预算9,101.68万元，其中：财政拨款支出预算9,101.68万元，比2024年预算减少2,389.52万元": a
    document total (支出 / 收入, [rules] total_funds) equal this year to its one fund's total is that
    fund's money; a change or last year's amount stated only of the fund answers for it (the
    answer names the fund). None otherwise."""
    fund = _words("total_funds").get(q.metrics[0]) if len(q.metrics) == 1 else None
    if fund is None or _residual(norm(q.item), q.metrics).strip():
        return None
    total = m.best(q.metrics[0], q.metrics, unit_kind="money", year=doc_year, doc_year=doc_year, basis=q.basis,
                   require=lambda f: f.metric == q.metrics[0])
    part = m.best(fund, [fund], unit_kind="money", year=doc_year, doc_year=doc_year, basis=q.basis,
                  require=lambda f: f.metric == fund)
    pair = _same_unit_values(total, part) if total is not None and part is not None else None
    if pair is None or pair[0] != pair[1]:
        return None
    return answer(replace(q, metrics=[fund], item=fund))


def _last_year(q: Question, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """Last year's value: stated for that year if the document gives it, else this year's value
    minus the stated change (derived)."""
    last = (doc_year - 1) if doc_year else None
    inside = {"container": q.container or "", "container_metrics": tuple(q.container_metrics)}
    if last is not None:
        stated = m.best(q.item, q.metrics, unit_kind="money", year=last, doc_year=doc_year, basis=q.basis, context=q.norm,
                        require=lambda f: _stated_year(f, doc_year) == last, **inside)
        if stated is not None:
            return Result("figure", stated.value, stated.unit, display_label(stated, q.item), [stated])
    said = total_scope(q.text)
    # 收入总计 asked: never a change of 本年收入合计; a flow asked plainly ("一共花了多少钱") is the
    # year's own (本年支出合计) first, the grand total with carry-overs only when that states no change
    fig = None
    for asked in ([said] if said is not None else [0, None]):
        fig = m.best(q.item, q.metrics, unit_kind="money", year=doc_year, doc_year=doc_year, basis=q.basis,
                     context=q.norm, require=lambda f, asked=asked: f.change is not None and f.year in (None, doc_year)
                     and change_on_last_year(f, doc_year) and (asked is None or total_scope(f.label) in (None, asked)),
                     **inside)
        if fig is not None:
            break
    if fig is None:
        # "前一年的三公经费是多少" with only a rate stated (57.23万元，同比增长6.9%): this year ÷
        # (1 + rate), said as roughly (约) with its formula — the rate is rounded, so is the answer
        rated = m.best(q.item, q.metrics, unit_kind="money", year=doc_year, doc_year=doc_year, basis=q.basis, context=q.norm,
                       require=lambda f: f.change_pct is not None and f.year in (None, doc_year)
                       and change_on_last_year(f, doc_year) and (said is None or total_scope(f.label) in (None, said)),
                       **inside)
        if rated is not None and rated.change_pct > -100:
            prev = round_as(rated.value / (1 + rated.change_pct / 100), rated.unit)
            formula = (f"{last or '上年'}年{display_label(rated)} ≈ {fmt(rated.value, rated.unit)} ÷ "
                       f"(1 {'+' if rated.change_pct >= 0 else '−'} {fmt(abs(rated.change_pct), '%')}) = {fmt(prev, rated.unit)}"
                       "（按四舍五入的增幅推算，约数）")
            return Result("derived", prev, rated.unit, f"{last or '上年'}年{display_label(rated)}（约）", [rated], formula)
    if fig is None:
        apart = _change_apart(q, m, doc_year)
        if apart is None:
            # "2016年公务用车购置及运行费" of a 2017 page stating 2016's 购置费 and 运行费 only: its parts
            whole = len(q.metrics) == 1 and not _residual(norm(q.item), q.metrics).strip()
            parts = _sum_of_parts(q.metrics[0], m, last, doc_year, q.basis) if whole and last else None
            return replace(parts, label=f"{last}年{parts.label}") if parts is not None else None
        amount, change = apart
        delta = money_to(change.value, change.unit, amount.unit)
        prev = round_as(amount.value - delta, amount.unit)
        formula = (f"{last or '上年'}年{display_label(amount)} = 本年 {fmt(amount.value, amount.unit)} "
                   f"{'−' if delta >= 0 else '+'} {'增加' if delta >= 0 else '减少'} {fmt(abs(delta), amount.unit)} "
                   f"= {fmt(prev, amount.unit)}")
        return Result("derived", prev, amount.unit, f"{last or '上年'}年{display_label(amount)}", [amount, change], formula)
    prev = round_as(fig.value - fig.change, fig.unit)
    sign = "−" if fig.change >= 0 else "+"
    formula = (f"{last or '上年'}年{display_label(fig)} = 本年 {fmt(fig.value, fig.unit)} {sign} "
               f"{'增加' if fig.change >= 0 else '减少'} {fmt(abs(fig.change), fig.unit)} = {fmt(prev, fig.unit)}")
    return Result("derived", prev, fig.unit, f"{last or '上年'}年{display_label(fig)}", [fig], formula)


def _change_apart(q: Question, m: FigureMatcher, doc_year: int | None) -> tuple[Figure, Figure] | None:
    """This year's amount and last year's change of one metric stated in different sentences
    ("本部门收入预算2626.61万元…" … "收入较去年增加785.67万元"): the question names exactly that
    metric, the document states one amount of it (one value) and one change clause of it on last
    year; None otherwise."""
    if len(q.metrics) != 1 or _narrowing_chars(_residual(norm(q.item), q.metrics)):
        return None         # (words saying it is the total narrow nothing: 支出预算总计 is 支出's)
    key = q.metrics[0]
    text = [f for f in m.figures if f.source == "text" and f.metric == key and is_money(f.unit)
            and _stated_year(f, doc_year) == doc_year]
    changes = [f for f in text if f.role == "change" and change_on_last_year(f, doc_year)]
    asked = total_scope(q.text)
    if asked is not None:
        # "收入总计" asked: the change said of 收入总计, not of 本年收入合计 stated too
        changes = [f for f in changes if total_scope(f.label) in (None, asked)]
    # of a final account, the year's final amount (not the budget it is compared with: 年初预算2.85万元，
    # 支出决算为0.39万元 … 比2023年度减少0.15万元)
    amounts = [f for f in text if f.role == "amount" and not (m.final and _asks_budget(f.basis))]
    scope = total_scope(changes[0].label) if changes else None
    if scope is not None:
        # a change of 本年支出合计: this year's 本年支出合计, never the 支出总计 stated too
        amounts = [f for f in amounts if total_scope(f.label) == scope]
    if len({f.value for f in changes}) != 1 or len({(f.value, f.unit) for f in amounts}) != 1 \
            or any(f.change is not None for f in amounts):
        return None
    return amounts[0], changes[0]


def _budget_gap(q: Question, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """决算 − 预算 of one item in one year ("三公经费实际花的比预算少了多少"): both stated, the
    same item (its metric, or its table row), derived with both inputs cited."""
    year = q.year or doc_year
    junk = questions_lexicon()["filler"].get("leftover_chars", "")
    generic = q.metrics and all(metric_tier(k) == 0 for k in q.metrics) \
        or not q.metrics and all(ch in junk for ch in _residual(q.item, []))   # 实际花的钱: no item named
                                                                            # (修路: one named, never the total)
    within = {"container": q.container or "", "container_metrics": tuple(q.container_metrics)}
    final = m.best(q.item, q.metrics, unit_kind="money", year=year, doc_year=doc_year, basis=q.basis,
                   require=lambda f: (f.basis or ("决算" if m.final else "")) in FINAL_BASES   # (a final account's
                   and _stated_year(f, doc_year) == year, **within)                          # amount stating no basis)
    budget = m.best(q.item, q.metrics, unit_kind="money", year=year, doc_year=doc_year, basis=q.base_basis,
                    require=lambda f: _asks_budget(f.basis) and _stated_year(f, doc_year) == year
                    and (q.base_basis in (None, "预算") or f.basis == q.base_basis), **within)   # 调整预算数 asked: that one
    if budget is None and q.base_basis == "年初预算":
        # 比年初预算省了多少 where the page says only 预算数 ("2025年预算数 | 2025年决算数"): its budget
        # is the one set at the year's start
        budget = m.best(q.item, q.metrics, unit_kind="money", year=year, doc_year=doc_year, basis="预算",
                        require=lambda f: f.basis == "预算" and _stated_year(f, doc_year) == year, **within)
    if final is not None and budget is None:
        # "防汛支出比年初预算多了多少": the budget stated on the final's own line ("…防汛（项）：年初预算为
        # 620.00万元，支出决算为1,126.38万元"), its words without the flow the question added
        own = [f for f in m.figures if f.span.start == final.span.start and f is not final and f.role == "amount"
               and _asks_budget(f.basis) and _stated_year(f, doc_year) == year
               and (q.base_basis in (None, "预算") or f.basis == q.base_basis)
               and _label_item(f.label) == _label_item(final.label) and f.unit == final.unit]
        budget = own[0] if len({f.value for f in own}) == 1 else None
    if budget is not None and final is None:
        # "森林资源培育决算比年初预算多多少" where 决算 alone is two rows (a 收入 table's 955.55 and the
        # 支出 table's 865.30): the final stated on the budget's own line ("…年初预算为600.00万元，支出
        # 决算为865.30万元") — the pair the page compares
        own = [f for f in m.figures if f.span.start == budget.span.start and f is not budget and f.role == "amount"
               and (f.basis or "") in FINAL_BASES and _stated_year(f, doc_year) == year
               and _label_item(f.label) == _label_item(budget.label) and f.unit == budget.unit]
        final = own[0] if len({f.value for f in own}) == 1 else None
    if final is None or budget is None:
        return _only_budget_gap(q, m, year, doc_year) if generic else None
    if not _one_line(final, budget):
        return _only_budget_gap(q, m, year, doc_year) if generic else None
    return _final_budget_difference(q, final, budget)


def _budget_gap_pct(q: Question, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """"“三公”经费实际比预算省了百分之几": (决算 − 预算) ÷ 预算 × 100 of one item, both stated
    (:func:`_budget_gap`); None when they are not."""
    gap = _budget_gap(replace(q, intent="change"), m, doc_year)
    if gap is None or gap.kind != "derived" or len(gap.inputs) != 2:
        return None
    budget = next((f for f in gap.inputs if _asks_budget(f.basis)), None)
    final = next((f for f in gap.inputs if f is not budget), None)
    if budget is None or final is None:
        return None
    pair = _same_unit_values(final, budget)
    if pair is None:
        return None
    a, b, unit = pair
    value = _pct(a - b, b)
    if value is None:
        return None
    formula = f"(决算 {fmt(a, unit)} − 预算 {fmt(b, unit)}) ÷ {fmt(b, unit)} × 100 = {fmt(value, '%')}"
    return Result("derived", value, "%", f"{display_label(final)}比预算", [final, budget], formula)


def _one_line(a: Figure, b: Figure) -> bool:
    """Two amounts of one line on two bases (its 决算 and 预算): the same metric, label or class name."""
    return bool(a.metric and a.metric == b.metric) or _label_item(a.label) == _label_item(b.label) \
        or _class_name(a) == _class_name(b) != ""


def _two_budgets(q: Question, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """"调整预算数比年初预算数多了多少": one item's amount on the basis asked − its amount on the
    base's basis, the same year, both stated with exactly those bases (never a change on last
    year); None when either is not."""
    year = q.year or doc_year
    sides = [m.best(q.item, q.metrics, unit_kind="money", year=year, doc_year=doc_year, basis=b,
                    require=lambda f, b=b: f.basis == b and _stated_year(f, doc_year) == year and f.role == "amount",
                    container=q.container or "", container_metrics=tuple(q.container_metrics))
             for b in (q.basis, q.base_basis)]
    if any(f is None for f in sides):
        return None
    first, second = sides
    if not _one_line(first, second):
        return None
    return _difference(first, second, f"{q.item}{q.basis}比{q.base_basis}", (q.basis, q.base_basis))


# the label of a gap between one item's final amount and its budget ("…事业运行（项）：支出决算比预算")
GAP_SUFFIXES = ("比预算", "比决算")


def _final_budget_difference(q: Question, final: Figure, budget: Figure) -> Result | None:
    """决算 − 预算 of one item, or 预算 − 决算 when the question puts the budget first
    ("预算比实际花的多出多少")."""
    if q.budget_first or q.budget_gap and budget.value >= final.value and budget.unit == final.unit:
        return _difference(budget, final, f"{display_label(budget)}{GAP_SUFFIXES[1]}", ("预算", "决算"))
    return _difference(final, budget, f"{display_label(final)}{GAP_SUFFIXES[0]}", ("决算", "预算"))


def _only_budget_gap(q: Question, m: FigureMatcher, year: int | None, doc_year: int | None) -> Result | None:
    """"实际花的钱比全年预算少了多少" naming no item: the one total (a tier 0/1 metric) whose sentence
    states both its budget (of the basis asked, e.g. 全年预算) and its final amount; None when
    several do."""
    def wanted(f: Figure) -> bool:
        return (_asks_budget(f.basis) and (not q.base_basis or q.base_basis == "预算" or f.basis == q.base_basis)
                and _stated_year(f, doc_year) == year and f.role == "amount" and f.source == "text"
                and f.metric is not None and metric_tier(f.metric) <= 1)      # a total, not one line item
    pairs = {}
    for b in (f for f in m.figures if wanted(f)):
        finals = [f for f in m.figures if f.source == "text" and f.span.start == b.span.start and f.role == "amount"
                  and (f.basis or "") in FINAL_BASES and f.metric == b.metric]
        if len(finals) == 1:
            pairs[(finals[0].value, b.value)] = (finals[0], b)
    if len(pairs) != 1:
        return None
    final, budget = next(iter(pairs.values()))
    return _final_budget_difference(q, final, budget)


def _change(q: Question, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """A stated change (signed), else this year's value − the base year's value (derived)."""
    if q.base_basis and not q.base_year and (q.basis or "") in FINAL_BASES and _asks_budget(q.base_basis):
        return _budget_gap(q, m, doc_year)
    if q.base_basis and not q.base_year and q.basis and q.basis != q.base_basis \
            and _asks_budget(q.basis) and _asks_budget(q.base_basis):
        return _two_budgets(q, m, doc_year)
    ranked = m.rank(q.item, q.metrics, unit_kind="money" if not q.count_unit else "count",
                    year=doc_year if q.year in (None, doc_year) else q.year, doc_year=doc_year, basis=q.basis,
                    roles=CHANGE_ROLES, container=q.container or "", container_metrics=tuple(q.container_metrics))
    ranked = [s for s in ranked if s.score >= MIN_SCORE]
    said = total_scope(q.text)      # 本年收入合计 asked: never the change of 收入总计 stated too
    with_change = [s for s in ranked if s.fig.change is not None and change_on_last_year(s.fig, doc_year)
                   and (said is None or total_scope(s.fig.label) in (None, said))] \
        if _stated_change_fits(q, doc_year) else []
    # a table cell stating the same amount as the sentence with the change is no rival
    rivals = [s for s in ranked if not with_change or not (_same_amount(s.fig, with_change[0].fig)
                                                          or _same_row_item(s.fig, with_change[0].fig))]
    if q.direction and with_change and q.direction * with_change[0].fig.change < 0:
        # two items of one name (一般行政管理事务 under two classes) fit about equally: the one whose
        # change goes the way asked (减少了多少 is never answered by an increase)
        top = with_change[0].score
        with_change = [s for s in with_change if q.direction * s.fig.change > 0 and s.score >= top - 0.5] \
            or with_change
    if with_change and with_change[0].fig.metric in q.metrics and metric_tier(with_change[0].fig.metric) == 0 \
            and all(s.fig.metric == with_change[0].fig.metric for s in rivals if s.score > with_change[0].score):
        rivals = []     # a total stated again without its change ("支出预算160.81万元…收支预算较2025年增加8.49万元"):
                        # the change stated of that total is its change
    if with_change and (not rivals or with_change[0].score >= rivals[0].score - 1.0):
        fig = with_change[0].fig
        return Result("figure", fig.change, fig.unit, f"{display_label(fig)}变化", [fig],
                      note=fig.change_raw or "")
    return _two_years(q, m, doc_year, pct=False) or _parts_change(q, m, ranked, doc_year)


def _parts_change(q: Question, m: FigureMatcher, ranked: list, doc_year: int | None) -> Result | None:
    """"开公车的钱比上年少了多少" where the document states 公务用车购置及运行费 without its change but
    each part's ("公务用车购置费0万元，与上年持平；公务用车运行维护费9.60万元，比上年减少1.20万元"): the
    whole's change is the sum of its parts' stated changes, by an identity of metrics.toml that lists
    all its parts (not ``exhaustive = false``), each part's change cited. None unless the item asked
    is best answered by a figure of that metric, no figure of it states a change, and every part has
    one stated change on last year of the year asked."""
    if len(q.metrics) != 1 or not ranked or ranked[0].fig.metric != q.metrics[0]:
        return None
    whole = q.metrics[0]
    parts = next((i["parts"] for i in lexicon.load("metrics").get("identities", [])
                  if i["total"] == whole and i.get("exhaustive", True)), None)
    year = q.year or doc_year
    if not parts or any(f.metric == whole and f.change is not None for f in m.figures):
        return None
    inputs = []
    for part in parts:
        found = [f for f in m.figures if f.metric == part and f.change is not None and is_money(f.unit)
                 and change_on_last_year(f, doc_year) and (f.year or doc_year) == year
                 and not _other_budget(q.basis, f.basis)]
        if len({money_to(f.change, f.unit, "万元") for f in found}) != 1:
            return None
        inputs.append(found[0])
    unit = inputs[0].unit
    total = sum((money_to(f.change, f.unit, unit) for f in inputs), Decimal(0))
    said = lambda v: ("增加" if v > 0 else "减少") + fmt(abs(v), unit) if v else "持平（0）"
    formula = " + ".join(f"{display_label(f)}{said(money_to(f.change, f.unit, unit))}" for f in inputs) \
        + f" = {said(total)}"
    return Result("derived", total, unit, f"{whole}变化", inputs, formula)


def _same_row_item(cell: Figure, stated: Figure) -> bool:
    """A table cell is no rival to a sentence stating the same item's change: the cell's row name
    (科目编码 dropped: 2080505机关事业单位基本养老保险缴费支出) is written in the sentence's label."""
    if cell.source != "table" or stated.source != "text":
        return False
    name = re.sub(r"^[0-9]+", "", norm(cell.label))
    return len(name) >= 4 and name in norm(stated.label)


def _stated_growth(q: Question, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """A growth rate the document states for the item (its change_pct, or a % figure next to a
    change word), or None."""
    year = q.year if q.year else doc_year
    # an amount whose unit is misprinted ("因公出国（境）费万2.28元") answers nothing, but the rate
    # stated of it ("…经费支出下降63%") is a rate all the same
    ranked = [s for s in m.rank(q.item, q.metrics, unit_kind="money", year=year, doc_year=doc_year,
                                basis=q.basis, roles=CHANGE_ROLES + ("unknown",), container=q.container or "",
                                container_metrics=tuple(q.container_metrics)) if s.score >= MIN_SCORE
              and (s.fig.role != "unknown" or s.fig.change_pct is not None)]
    fits = _stated_change_fits(q, doc_year)
    stated = [s for s in ranked if s.fig.change_pct is not None and change_on_last_year(s.fig, doc_year)] \
        if fits else []
    rivals = [s for s in ranked if not stated or not _same_row_item(s.fig, stated[0].fig)]
    if stated and (not rivals or stated[0].score >= rivals[0].score - 1.0):
        fig = stated[0].fig
        return Result("figure", fig.change_pct, "%", f"{display_label(fig)}变化幅度", [fig], note=fig.change_raw or "")
    return _stated_pct(q, m, doc_year, ("增长", "下降", "增加", "减少", "变化", "同比"), roles=("percent",)) \
        or _stand_alone_rate(q, m, year, doc_year) or _rate_cell(q, m, year, doc_year)


def _rate_cell(q: Question, m: FigureMatcher, year: int | None, doc_year: int | None) -> Result | None:
    """The row's cell of a rate column of change ("增减%" of a table with 上年预算数 / 本年预算数 / 增减额
    columns, [rules] rate_column_words): the rate it states on last year, as written (signed); None
    unless one such cell fits best."""
    words = _words("rate_column_words")
    fig = m.best(q.item, q.metrics, unit_kind="%", year=year, doc_year=doc_year, roles=("percent",),
                 context=q.norm, container=q.container or "",
                 require=lambda f: f.source == "table" and any(w in (f.column or "") for w in words))
    if fig is None:
        return None
    return Result("figure", fig.value, "%", f"{display_label(fig)}变化幅度", [fig])


def _stand_alone_rate(q: Question, m: FigureMatcher, year: int | None, doc_year: int | None) -> Result | None:
    """"“三公经费”比上年下降12%" with no amount beside it: the stated rate (role change, unit %) of
    the one metric asked, for ``year``, on last year; None unless every such rate of it is one value."""
    metrics = [k for k in q.metrics if k not in q.container_metrics]
    if len(metrics) != 1:
        return None
    found = [f for f in m.figures if f.role == "change" and f.unit == "%" and f.metric == metrics[0]
             and (f.year or doc_year) == year and change_on_last_year(f, doc_year)]
    if len({f.change_pct for f in found}) != 1:
        return None
    fig = found[0]
    return Result("figure", fig.change_pct, "%", f"{display_label(fig)}变化幅度", [fig], note=fig.change_raw or "")


def _growth(q: Question, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """Growth in %: stated (change_pct or a % figure), else change / (value − change) × 100,
    else (this year − base year) / base year × 100."""
    stated = _stated_growth(q, m, doc_year)
    if stated is not None:
        return stated
    year = q.year if q.year else doc_year
    # an amount whose unit is misprinted ("因公出国（境）费万2.28元") answers nothing, but the rate
    # stated of it ("…经费支出下降63%") is a rate all the same
    ranked = [s for s in m.rank(q.item, q.metrics, unit_kind="money", year=year, doc_year=doc_year,
                                basis=q.basis, roles=CHANGE_ROLES + ("unknown",), container=q.container or "",
                                container_metrics=tuple(q.container_metrics)) if s.score >= MIN_SCORE
              and (s.fig.role != "unknown" or s.fig.change_pct is not None)]
    fits = _stated_change_fits(q, doc_year)
    with_change = [s for s in ranked if s.fig.change is not None and s.fig.role == "amount"
                   and change_on_last_year(s.fig, doc_year)] if fits else []
    if with_change and (with_change[0].score >= ranked[0].score - 1.0
                        or _restated_amount(with_change[0].fig, ranked[0].fig)):
        fig = with_change[0].fig          # growth needs the amount: a change-only clause has none
                                          # (the best one a table's cell, its sentence the same amount)
        base = fig.value - fig.change
        value = _pct(fig.change, base)
        if value is None:
            return None
        formula = _rate_formula(fig.value, fig.change, fig.unit, value)
        return Result("derived", value, "%", f"{display_label(fig)}变化幅度", [fig], formula)
    apart = _change_apart(q, m, doc_year) if fits else None
    if apart is not None:
        amount, change = apart
        delta = money_to(change.value, change.unit, amount.unit)
        value = _pct(delta, amount.value - delta)
        if value is None:
            return None
        formula = _rate_formula(amount.value, delta, amount.unit, value)
        return Result("derived", value, "%", f"{display_label(amount)}变化幅度", [amount, change], formula)
    if q.base_year is None and q.relative is None and q.year in (None, doc_year):
        q = replace(q, relative=-1)     # 下降了百分之几, no base said: on the year before (上年数 | 本年数)
    return _two_years(q, m, doc_year, pct=True)


def _restated_amount(a: Figure, b: Figure) -> bool:
    """Whether two amounts of the same metric (or label) and year state one number: a table's
    cell and the sentence that says it again with its change."""
    same = a.unit == b.unit and a.value == b.value \
        or is_money(a.unit) and is_money(b.unit) and money_to(b.value, b.unit, a.unit) == a.value   # (33899400元)
    return a.role == b.role == "amount" and same and a.year == b.year \
        and (a.metric is not None and a.metric == b.metric or _label_item(a.label) == _label_item(b.label))


def _stated_change_fits(q: Question, doc_year: int | None) -> bool:
    """A document states changes on its previous year: they answer a question comparing the
    document's year with the year before (or not naming years), nothing else."""
    if doc_year is None:
        return True
    year = q.year or doc_year
    base = q.base_year or year - 1
    return year == doc_year and base == doc_year - 1


def _rate_formula(value: Decimal, change: Decimal, unit: str, rate: Decimal) -> str:
    """"上年 = 0.20万元 − (−0.10万元) = 0.30万元；−0.10万元 ÷ 0.30万元 × 100 = −33.33%": last year's
    amount from this year's and the change, then the change over it."""
    base = value - change
    word = "增加" if change >= 0 else "减少"        # (the change named as one: never read as an amount)
    less = f"− {word} {fmt(change, unit)}" if change >= 0 else f"+ {word} {fmt(-change, unit)}"
    return (f"上年 = 本年 {fmt(value, unit)} {less} = {fmt(base, unit)}；"
            f"{fmt(change, unit)} ÷ {fmt(base, unit)} × 100 = {fmt(rate, '%')}")


def _two_years(q: Question, m: FigureMatcher, doc_year: int | None, pct: bool) -> Result | None:
    """Change between two years' stated values of the same item (multi-year documents; "今年比去年
    实际执行的少了多少": the year before the document's, said as 去年)."""
    base_year = q.base_year or (doc_year - 1 if q.relative == -1 and doc_year and q.year in (None, doc_year) else None)
    if not base_year:
        return None
    q = replace(q, base_year=base_year)
    year = q.year or doc_year
    cur = m.best(q.item, q.metrics, unit_kind="money", year=year, doc_year=doc_year, basis=q.basis,
                 require=lambda f: _stated_year(f, doc_year) == year)
    base = m.best(q.item, q.metrics, unit_kind="money", year=q.base_year, doc_year=doc_year,
                  basis=q.base_basis or q.basis, require=lambda f: _stated_year(f, doc_year) == q.base_year)
    if cur is None or base is None or cur is base:
        return None
    same_metric = cur.metric is not None and cur.metric == base.metric and cur.metric in q.metrics
    if not (same_metric or _label_item(cur.label) == _label_item(base.label)) \
            or _column_item(cur.column) != _column_item(base.column):
        # the year asked read off the base year's own row ("2210201住房公积金 | 2025年预算数 |
        # 2026年预算数"), where a sentence stated it too
        # (or its own row of a table of one row per year: "2025年预算数 | … | 53,000.00" / "2026年预算数 | …")
        cur = m.best(q.item, q.metrics, unit_kind="money", year=year, doc_year=doc_year, basis=q.basis,
                     require=lambda f: _stated_year(f, doc_year) == year and f.source == base.source == "table"
                     and _yearless_item(f.label) == _yearless_item(base.label)
                     and _column_item(f.column) == _column_item(base.column))
        if cur is None or cur is base:
            return None         # not the same item in two years (its metric asked, or its own words)
    pair = _same_unit_values(cur, base)
    if pair is None:
        return None
    a, b, unit = pair
    if pct:
        value = _pct(a - b, b)
        if value is None:
            return None
        formula = f"({fmt(a, unit)} − {fmt(b, unit)}) ÷ {fmt(b, unit)} × 100 = {fmt(value, '%')}"
        return Result("derived", value, "%", f"{display_label(cur)}变化幅度", [cur, base], formula)
    value = round_as(a - b, unit)
    formula = f"{year}年 {fmt(a, unit)} − {q.base_year}年 {fmt(b, unit)} = {fmt(value, unit)}"
    return Result("derived", value, unit, f"{display_label(cur)}变化", [cur, base], formula)


def _yearless_item(label: str) -> str:
    """:func:`_label_item` without the years it states ("2025年预算数" and "2026年预算数" name one row
    kind of a table of one row per year)."""
    return STATED_YEAR.sub("", _label_item(label))


def _column_item(column: str | None) -> str:
    """What a table column names besides its year, basis and total words: "2024年预算数", "合计" and
    no column (a sentence) name nothing (""), "基本支出" names 基本支出."""
    cues = questions_lexicon()["intent"]
    out = []
    for text in STATED_YEAR.sub("", norm(column or "")).split("/"):     # each level of a header path
        for w in sorted({*cues["last_year"], *cues["this_year"]}, key=len, reverse=True):
            text = text.removeprefix(w)      # 上年预算数 / 本年预算数: a year said as a word names no item
        for w in sorted({*_words("basis_words"), *TOTAL_COLUMNS, *TOTAL_LABELS}, key=len, reverse=True):
            text = text.replace(w, "")
        out.append(text.strip("数"))
    return "".join(out)


def _class_name(fig: Figure) -> str:
    """The function class a figure is of, by its last level's name: "…农业农村（款）农业资源保护修复与
    利用（项）：支出决算" and the row "2130135农业资源保护修复与利用" are one class ('' if no class)."""
    label = _label_item(fig.label)
    leaf = _leaf(label)
    if leaf is None and CODE.match(label):
        leaf = CODE.sub("", label, count=1)
    elif leaf is None and _without_levels(label) != label:
        leaf = _without_levels(label)      # "重大公共卫生服务（项）": one level, marked
    return re.sub(r"[^\u4e00-\u9fff]", "", leaf or "")


def _label_item(label: str) -> str:
    """A label without a trailing "：amount words" (…行政运行（01项）：当年预算执行数 → …行政运行（01项）)."""
    item = re.sub(r"[：:][^：:]{0,10}$", "", norm(label))
    bases = "|".join(map(re.escape, sorted((w for w, _ in lexicon.load("metrics")["basis"]["words"]), key=len, reverse=True)))
    bare = re.sub(f"(?:{bases})$", "", item)     # "…服务（项）年初预算" and "…服务（项）：支出决算": one item
    return bare if len(bare) >= 2 else item


def _stated_pct(q: Question, m: FigureMatcher, doc_year: int | None, words: tuple[str, ...],
                roles: tuple[str, ...] = ("share", "percent"), of_budget: bool = False) -> Result | None:
    """A stated % figure whose sentence names the item and one of ``words``; ``roles``: the roles
    it may have (a growth rate is never a share: "较上年增加11.34万元，其中…占收入预算总额的75.75%")."""
    year = q.year if q.year and doc_year and q.year < doc_year else doc_year   # 2015年 in a 2016 budget
    line = re.search(r"([\u4e00-\u9fff]+\(项\))", norm(q.item))
    # a line of the classification asked ("事业单位医疗（项）"): a stated rate names that line, never
    # the line before it (完成全年预算数的99.55% of 行政单位医疗（项）)
    named = (lambda f: line.group(1) in norm(f.span.text)) if line else (lambda f: True)
    if of_budget:
        # ``of_budget``: a share whose whole is a budget ("占年初预算数的", "占预算的")
        any_line = named
        named = lambda f: any_line(f) and bool(re.search(r"预算数?的?$|计划数?的?$", norm(f.label or "").partition("占")[2]))
    if q.intent == "completion" and q.basis:
        # "完成全年预算的百分之多少": never the rate of another budget ("完成年初预算的108.21%")
        line_named = named
        named = lambda f: line_named(f) and not _other_budget(q.basis, _completed_against(f))
    # the word in the rate's own clause (完成预算的102.82% beside "…增长38.6%" of another item is no growth)
    fig = m.best(q.item, q.metrics, unit_kind="%", year=year, doc_year=doc_year, basis=None, roles=roles,
                 require=lambda f: any(w in norm(_clause_of(f)) for w in words) and named(f))
    if fig is None and q.metrics and not m.last_tie:
        # "…支出年初预算为A万元，支出决算为B万元，完成年初预算的95.45%": the rate's label is its
        # verb; its subject is the money metric the same sentence states. One value only.
        from .question import metric_aliases
        names = [norm(a) for a, k in metric_aliases().items() if k in q.metrics]
        amounts = [g for g in m.figures if g.metric in q.metrics and g.unit != "%" and g.role == "amount"]
        stated_in = {(g.span.start, g.span.end) for g in amounts}
        # (…a sentence restating the item's amount without its name: "决算数为1,718.02万元，预算执行率为98.69%")
        stated_in |= {(g.span.start, g.span.end) for g in m.figures if g.role == "amount" and g.source == "text"
                      and any(g.value == k.value and g.unit == k.unit and g.year == k.year for k in amounts)}
        said = [f for f in m.figures if f.unit == "%" and f.role == "percent" and named(f)
                and any(w in norm(_clause_of(f)) for w in words)
                and len(re.sub(r"[^\u4e00-\u9fff]|的", "", f.label or "")) >= 2   # (a rate labelled 的 names nothing
                                                                                # its citation could show)
                and (any(n in norm(_clause_of(f)) for n in names) or (f.span.start, f.span.end) in stated_in)]
        if len({f.value for f in said}) == 1:
            fig = said[0]
    if fig is None and q.item:
        # "差旅费支出26.67万元，占执行预算的98.8%": the rate's label is its verb; the item is named
        # (also where rates of several items tied: the clause naming the item tells them apart)
        # in its clause (since the last ；/。) before it. One value only.
        item = q.part or q.item           # a share names its part before 占
        said = [f for f in m.figures if f.unit == "%" and f.role in roles and named(f)
                and any(w in re.split(r"[，,]", norm(_clause_of(f)))[-1] for w in words)    # (the rate's own words)
                and norm(item) in norm(_clause_of(f))
                and _stated_year(f, doc_year) == year]
        if len({f.value for f in said}) == 1:
            shown = display_label(said[0]).rstrip("的")
            return Result("figure", said[0].value, "%", shown if norm(shown).startswith(norm(item)) else item + shown,
                          [said[0]])      # (a label naming its part already: "项目支出占")
    if fig is None:
        return None
    return Result("figure", fig.value, "%", display_label(fig), [fig])


def _completed_against(fig: Figure) -> str | None:
    """The budget a completion rate is of: the basis said after the last 完成 of its clause
    ("完成年初预算的108.21%" → 年初预算), or None."""
    clause = norm(_clause_of(fig))
    at = clause.rfind("完成")
    if at >= 0:
        said = basis_of(clause[at:])
        if said and not any(said in g for g in _words("budget_groups")):
            # "该项目全年预算数4,426.38万元，执行数…，完成预算的93.22%": a plain 预算 is the one its
            # clause named before (全年预算), when it named only one
            named = {b for g in _words("budget_groups") for b in g if b in clause[:at]}
            if len(named) == 1:
                return named.pop()
        return said
    # "预算执行率为98.69%（决算数/调整预算数）": the formula in brackets after the rate names it
    text = norm(fig.span.text or "")
    after = text[text.find(norm(fig.raw)) + len(norm(fig.raw)):] if norm(fig.raw) in text else ""
    formula = re.match(r"\(([^()]*?[/÷][^()]*?)\)", after)
    return basis_of(re.split("[/÷]", formula.group(1))[-1]) if formula else None


def _clause_of(fig: Figure) -> str:
    """The words of ``fig``'s sentence from the last ；/。 before its number up to it."""
    return re.split(r"[；;。]", _clause_before(fig))[-1]


def _completion(q: Question, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """决算 ÷ 预算 × 100 for the same item (the budget of the kind asked: 年初预算 / 调整预算 when said;
    in a final account an amount stating no basis is its 决算)."""
    final = m.best(q.item, q.metrics, unit_kind="money", year=doc_year, doc_year=doc_year, basis="决算",
                   require=lambda f: (f.basis or ("决算" if m.final else "")) == "决算")
    kind = q.basis if q.basis and q.basis != "预算" and "预算" in q.basis else "预算"
    budget = m.best(q.item, q.metrics, unit_kind="money", year=doc_year, doc_year=doc_year, basis=kind,
                    require=lambda f: kind in (f.basis or ""))
    if final is None or budget is None:
        return None
    if kind == "预算":
        # 预算 unqualified where the item has both a 年初预算 and a 调整预算: which one the rate is of
        # is not said — no guess
        both = [m.best(q.item, q.metrics, unit_kind="money", year=doc_year, doc_year=doc_year, basis=b,
                       require=lambda f, b=b: b in (f.basis or "")) for b in ("年初预算", "调整预算")]
        if all(both) and len({money_to(f.value, f.unit, "万元") for f in both}) == 2:
            return None
    pair = _same_unit_values(final, budget)
    if pair is None:
        return None
    a, b, unit = pair
    value = _pct(a, b)
    if value is None:
        return None
    formula = f"决算 {fmt(a, unit)} ÷ 预算 {fmt(b, unit)} × 100 = {fmt(value, '%')}"
    return Result("derived", value, "%", f"{display_label(final)}完成预算比例", [final, budget], formula)


def _share(q: Question, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """part ÷ whole × 100: a stated % first, else computed from the two figures; a whole written
    as a list in brackets "（A、B、C）" is the sum of those figures."""
    # the year asked ("2015年…占…的比例" in a 2016 budget): both amounts of that year, never this year's
    year = q.year or doc_year
    if q.part and q.whole and _same_words(q.part, q.whole):
        return None     # "X（本级）收入预算占部门收入预算总额" read as 收入预算 of 收入预算: what told the part
                        # from its whole was lost in reading — never a share of a thing in itself
    stated = _stated_pct(q, m, doc_year, ("占",))     # (of the year asked: 2015年 in a 2016 budget)
    of_fund = None
    if stated is not None and m.funds(stated.inputs[0]) and not any(w in q.norm for w in FUND_WORDS):
        of_fund, stated = stated, None  # "占90.75%" under 一般公共预算当年拨款结构情况: a share of that fund, not of all
    # the whole as asked (本年支出合计 names a whole: a stated share of 一般公共预算项目支出总额 is not of it)
    whole_asked = norm(q.whole_raw or q.whole or "")
    whole_named = q.whole and whole_asked not in {norm(w) for w in _words("total_words")}
    # (the words after 占 in its label: "城乡社区支出占" names no whole, "…占政府采购预算总额的" does)
    said_whole = re.sub(r"的$", "", norm(stated.inputs[0].label or "").partition("占")[2]) \
        if stated is not None else ""
    if len(said_whole) < 2 or not metrics_in(said_whole):
        said_whole = ""     # (a bare "占" names no whole of its own)
    # (its heading counts as its words: "三、一般公共预算支出情况 … 城乡社区支出4273.26万元，占88.11%")
    sentence = norm(stated.inputs[0].span.text + " " + (stated.inputs[0].span.section or "").split(" > ")[-1]) \
        if stated is not None else ""
    # the part said outside the stated whole's words ("项目支出" of 占项目支出预算总额 is no part)
    around = sentence.replace(said_whole, "", 1) if said_whole else sentence
    part_said = norm(q.part or "")
    part_said = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:支出|开支)$", "", part_said)   # 办公费支出 is said 办公费
    if stated is not None and q.part and part_said in around and (
            not whole_named or coverage(bigrams(whole_asked), bigrams(sentence)) >= 0.8
            and (not said_whole or coverage(bigrams(_without_total_words(said_whole)), bigrams(whole_asked)) >= 0.8)):
        return stated       # a stated share of the part — of the whole asked, when one is named (and
                            # no narrower whole: 占项目支出预算总额 is not 占支出预算总额)
    lex = questions_lexicon()
    part_item = q.part or q.item
    part_item = lex.get("money_things", {}).get(part_item, part_item)    # 公车 → its cost
    part_metrics = metrics_in(part_item)
    joined = norm(q.whole or "") + norm(part_item)
    if not part_metrics and q.whole and metrics_in(joined) not in ([], metrics_in(q.whole)):
        # "政府采购里服务占多少": the part named after its whole is the whole's part (政府采购服务)
        part_item, part_metrics = joined, metrics_in(joined)
    elif not part_metrics and q.whole:
        # "政府采购预算中工程类占多大比例": the whole's metric named before the part (政府采购工程)
        named = _named_after_whole(norm(part_item), q.whole, m)
        if named:
            part_item, part_metrics = named
    whole_text = q.whole_raw or q.whole or ""
    # each side's own basis word ("“三公”经费控制数占部门总预算": 控制数 is the part's, 预算 the whole's)
    part_said, whole_said = basis_of(part_item), basis_of(whole_text)
    part_basis = part_said or (None if whole_said else q.basis)
    whole_basis = whole_said or (None if part_said else q.basis)
    inside = _whole_around_part(q, part_item, part_metrics, lex)
    part = None
    inner = re.search(r"^(.+?)(?:里面|当中|之中|里|中)(.{2,})$", norm(part_item))
    if inner and metrics_in(inner.group(1)):
        # "政府采购里（货物）": 货物 read inside 政府采购 (a bracket there is the part's name, no aside)
        words = re.sub(r"[()]", "", inner.group(2))
        words_metrics = metrics_in(words) or (_named_after_whole(words, inner.group(1), m) or ("", []))[1]
        part = m.best(words, words_metrics, unit_kind="money", year=year, doc_year=doc_year, basis=part_basis,
                      container=inner.group(1), container_metrics=tuple(metrics_in(inner.group(1))))
        if part is not None:
            part_item, part_metrics = words, words_metrics
    if part is None:
        part = m.best(part_item, part_metrics, unit_kind="money", year=year, doc_year=doc_year, basis=part_basis,
                      container=inside[0], container_metrics=inside[1])
        whole_funds = {w for w in FUND_WORDS if w in norm(q.whole_raw or q.whole or "")} - GENERIC_FUNDS
        in_fund = [g for g in m.last_tie or [] if m.funds(g) & whole_funds] if part is None else []
        if len({(g.value, g.unit) for g in in_fund}) == 1:
            # "城乡社区环境卫生（2120501）支出占一般公共预算支出的比重": the part's amounts tied (all funds
            # 4,069.16 / 一般公共预算 4,033.56), the whole one fund's: the part of that fund
            part = in_fund[0]
    if part is not None and not q.whole and part.source == "text":
        # "…预留金额148.60万元，占79.68%" and no whole asked: the share the document states of that
        # amount (its whole is the one the document means), never one over a whole picked here
        own = [f for f in m.figures if f.role == "share" and f.unit == "%" and f.span.start == part.span.start
               and norm(f.label or "").startswith(norm(part.label or "") + "占")]
        if len({f.value for f in own}) == 1 and not m.funds(own[0]):   # (a share within one fund: below)
            return Result("figure", own[0].value, "%", display_label(own[0]).split("占")[0] + "所占比重", [own[0]])
    derived_part = None
    if part is None and len(part_metrics) == 1 and not _residual(norm(part_item), part_metrics).strip():
        # a part never stated but following from stated figures (公车 = the one car item left
        # inside a closed “三公” total): its value, every input cited
        derived_part = _sum_of_parts(part_metrics[0], m, year, doc_year, part_basis)
        if derived_part is not None and derived_part.kind == "derived":
            first = derived_part.inputs[0]
            part = replace(first, value=derived_part.value, unit=derived_part.unit, label=derived_part.label,
                           value_wan=money_to(derived_part.value, derived_part.unit, "万元"))
    if part is None:
        return None
    own = re.match(r"^(?:其|它的)(.+)$", norm(q.whole_raw or q.whole or ""))
    if own and part.source == "table":
        # "体育运动学校基本支出占其本年支出合计的比重": 其 is the part's row, its whole that row's cell
        # under the total the words name (本年支出/合计)
        whole = _row_whole(part, own.group(1), m)
        if whole is None:
            return None
        value = _pct(part.value, whole.value)
        if value is None:
            return None
        formula = f"{fmt(part.value, part.unit)} ÷ {fmt(whole.value, whole.unit)} × 100 = {fmt(value, '%')}"
        return Result("derived", value, "%", f"{display_label(part)}占比", [part, whole], formula)
    listed = re.search(r"\((.+)\)", whole_text)
    wholes: list[Figure] = []
    if listed:
        names = [n for n in re.split(r"[、,，;；]", listed.group(1)) if n]
        if len(names) < 2:
            names = _split_metric_list(listed.group(1))
        for name in names:
            f = m.best(name, metrics_in(name), unit_kind="money", year=year, doc_year=doc_year, basis=whole_basis)
            if f is None:
                return None
            wholes.append(f)
    else:
        whole_item = strip_words(whole_text, lex) if whole_text else ""
        whole_metrics = metrics_in(whole_item)
        siblings = set(wholes_of(part_metrics[0])) & set(wholes_of(whole_metrics[0])) - set(DOCUMENT_FLOWS) \
            if len(part_metrics) == 1 and len(whole_metrics) == 1 and part_metrics != whole_metrics \
            and part_metrics[0] not in wholes_of(whole_metrics[0]) and whole_metrics[0] not in wholes_of(part_metrics[0]) \
            else set()
        if len(siblings) == 1:
            # "日常开支（公用经费）里，花在人身上的钱（人员经费）占多少": a part is never inside its
            # sibling — the whole meant is the one both are parts of (基本支出)
            whole_item = whole_metrics[0] = siblings.pop()
        totals = {norm(w) for w in _words("total_words")}
        plain = re.sub(_alternatives(_words("whole_qualifiers")), "", whole_item)
        if not whole_metrics and (not whole_item or plain in totals or not plain) or whole_item in totals:
            # 占总支出 / 占全年财政总支出: the document's total (not "一般预算支出", an item of its own)
            # the flow the whole names (占总支出), else the part's: its words or the figure found
            # (上级补助 → 上级财政补助收入: of 收入)
            named_flow = [w for w in DOCUMENT_FLOWS if w in norm(whole_item)]
            flow = named_flow[0] if len(named_flow) == 1 else \
                "收入" if any("收入" in norm(t or "") for t in (part_item, part.label, part.metric)) else "支出"
            whole_metrics = [flow]
            whole_item = flow if whole_item in totals or plain in totals else (whole_item or flow)
        def whole_ok(f: Figure) -> bool:
            return f is not part and not _restates(f, part) and not _within_class(f, part)
        # the total asked (本年支出中…占比: the year's own 本年支出, never the 总支出 with carry-overs)
        asked_scope = total_scope(q.text) if whole_metrics and all(metric_tier(k) == 0 for k in whole_metrics) else None
        f = None
        if asked_scope is not None:
            f = m.best(whole_item, whole_metrics, unit_kind="money", year=year, doc_year=doc_year, basis=whole_basis,
                       require=lambda f: whole_ok(f) and total_scope(f.label or "") == asked_scope)
        f = f or m.best(whole_item, whole_metrics, unit_kind="money", year=year, doc_year=doc_year, basis=whole_basis,
                        require=whole_ok)
        year_totals = [g for g in (m.last_tie or []) if total_scope(g.label or "") == 0] \
            if f is None and asked_scope is None and all(metric_tier(k) == 0 for k in whole_metrics) else []
        if len({g.value for g in year_totals}) == 1 and all(total_scope(g.label or "") in (0, 1) for g in m.last_tie):
            # "收入里面事业收入占百分之几": a part of the year's flow is a share of the year's total (本年收入
            # 合计), never of the 总计 with the carry-overs beside it
            f = year_totals[0]
        if f is None and whole_text:
            # a whole inside a fund ("一般公共预算基本支出合计"): read as its own question, the fund
            # its container (the fund's table), the rest the item
            wq = parse_question(f"{whole_text}是多少")
            if wq.container:
                f = m.best(wq.item, wq.metrics, unit_kind="money", year=year, doc_year=doc_year, basis=whole_basis,
                           container=wq.container, container_metrics=tuple(wq.container_metrics), require=whole_ok)
        head = (_list_head(part, m) or _sentence_head(part, m)) if derived_part is None else None
        if head is not None and asked_scope is not None and f is not None and total_scope(f.label or "") == asked_scope:
            head = None
        if head is not None and head is not f and head is not part and whole_item and (
                norm(whole_item) in norm(head.label or "") and not (head.metric and whole_metrics
                                                                   and head.metric not in whole_metrics)
                or head.metric and head.metric in whole_metrics
                and (f is None or f.metric != head.metric or _same_amount(f, head))):
            # the part listed under a whole of the words asked ("项目总预算2921.00万，其中…进博会推进专项
            # 153.00万"): that whole, never the same words' amount of another project
            f = head
        elif head is not None and not whole_text and head.metric and part.metric \
                and head.metric in wholes_of(part.metric):
            # no whole asked ("服务类占多少"): the whole the part is listed under, when the lexicon has
            # it as the part's own (政府采购预算48.00万元，其中…服务类36.00万元), never the document's total
            f = head
        if f is not None and part.source == "table" and f.source == "table" \
                and (f.span.start, _row_text(f)) != (part.span.start, _row_text(part)) \
                and f.span.section == part.span.section and whole_text:
            # "人员经费占本年支出合计的比例" with the part read from a table's 合计 row: the whole is
            # that row's cell under the column the words name, never another row's (20404检察's 本年支出)
            f = _row_whole(part, whole_text, m) or f
        if part.source == "table" and whole_text and (whole_item in totals or plain in totals) \
                and (f is None or _same_table(f, part) and not _total_row(f)):
            # "公共安全支出占本年支出合计的百分之多少" of a table stating no document total: the total
            # row of the part's own table, under the part's column (never another row of that table)
            f = _column_total(part, m)
        part_is_fund = any(w in norm(part.metric or "") for w in FUND_WORDS)    # (its metric a fund's money)
        if f is not None and m.funded(f) and not any(w in norm(whole_text) for w in FUND_WORDS) and part_is_fund:
            # "财政给的钱占全部收入的百分之几": the part one fund's money, the whole named by no fund —
            # all funds' total, never the fund's own table's 收入合计 (the part over itself)
            f = m.best(whole_item, whole_metrics, unit_kind="money", year=year, doc_year=doc_year, basis=whole_basis,
                       require=lambda g: whole_ok(g) and not m.funded(g))
        if f is None:
            return None
        if m.funded(f) and not m.funded(part) and derived_part is None and metric_tier(f.metric or "") == 1:
            # the whole one fund's spending ("一般公共预算财政拨款支出决算中，项目支出占比"): the part of
            # that fund too (its 项目支出 1,200.60 of 表05, not the 1,449.40 of all funds)
            part = m.best(part_item, part_metrics, unit_kind="money", year=year, doc_year=doc_year, basis=part_basis,
                          require=lambda g: m.funded(g) and _same_item(g, part) and g is not f
                          and m.funds(g) - GENERIC_FUNDS == m.funds(f) - GENERIC_FUNDS) or part
        elif m.funded(part) and not m.funded(f) and derived_part is None:
            # the whole of all funds ("今年的钱里面"): the part of all funds too, where it is stated
            # (卫生健康支出 5,400.08 of 部门收支总表, not the 4,114.48 of 财政拨款)
            whole_scope = m.best(part_item, part_metrics, unit_kind="money", year=year, doc_year=doc_year,
                                 basis=part_basis, container=inside[0], container_metrics=inside[1],
                                 require=lambda g: not m.funded(g) and _same_item(g, part))
            head = _list_head(part, m) or _sentence_head(part, m)
            if whole_scope is None and head is not None and head.metric in whole_metrics and head is not f:
                # no part of all funds stated, the part listed under a whole of the kind asked: that
                # whole (人员经费 of "一般公共预算基本支出1,941.32万元。其中：人员经费…", not the
                # 部门基本支出 1,956.92 of all funds)
                f = head
            elif whole_scope is None and part.source == "text" and not any(w in norm(whole_text) for w in FUND_WORDS) \
                    and head is not f and not part_is_fund:  # (listed under the whole found: "本年收入合计…，
                                                             # 其中：财政拨款收入…"; the fund's own money is no
                                                             # part of that fund's total: 财政拨款收入 of 全部收入)
                # …or stated in a section of its fund with no list head ("六、一般公共预算财政拨款基本
                # 支出决算情况说明 … 人员经费2,986.15万元"): the whole of that fund, where it is stated
                # (3,369.39 of 一般公共预算, not the 3,408.62 of all funds)
                own = m.best(whole_item, whole_metrics, unit_kind="money", year=year, doc_year=doc_year,
                             basis=whole_basis, require=lambda g: whole_ok(g) and m.funded(g)
                             and m.funds(g) - GENERIC_FUNDS == m.funds(part) - GENERIC_FUNDS)
                f = own or f
            part = whole_scope or part      # (none stated of all funds: the one stated)
        wholes.append(f)
    total = Decimal(0)
    for w in wholes:
        pair = _same_unit_values(part, w)
        if pair is None:
            return None
        total += pair[1]
    value = _pct(part.value, total)
    if value is None or value > HUNDRED:
        return None             # a part is never more than its whole: the whole read is another item
    if len(wholes) == 1:
        formula = (f"{display_label(part)} {fmt(part.value, part.unit)} ÷ {display_label(wholes[0])} "
                   f"{_as_stated(wholes[0], part.unit)} × 100 = {fmt(value, '%')}")
    else:
        parts = " + ".join(f"{display_label(w)} {_as_stated(w, part.unit)}" for w in wholes)
        formula = (f"{display_label(part)} {fmt(part.value, part.unit)} ÷ ({parts} = {fmt(total, part.unit)}) × 100 "
                   f"= {fmt(value, '%')}")
    if derived_part is not None:
        formula += f"（{derived_part.formula}）"
        inputs = derived_part.inputs + [w for w in wholes if w not in derived_part.inputs]
        return Result("derived", value, "%", f"{display_label(part)}所占比重", inputs, formula)
    if of_fund is not None and not q.whole and abs(of_fund.value - value) > PCT_TOLERANCE:
        # "一般公共服务支出占比多少" where the page states "…占53.68%" of one fund and the share of all
        # spending is another number: the whole was not said — both, never one picked
        computed = replace(part, value=value, unit="%", value_wan=None, role="share",
                           label=f"{display_label(part)}占{display_label(wholes[0])}" if len(wholes) == 1
                           else f"{display_label(part)}所占比重", span=replace(part.span, section=formula))
        fund = max(m.funds(of_fund.inputs[0]), key=len)
        said = replace(of_fund.inputs[0], label=f"{display_label(part)}占{fund}支出")
        return Result("clarify", Decimal(0), "", q.item, [said, computed])
    return Result("derived", value, "%", f"{display_label(part)}所占比重", [part, *wholes], formula)


def _same_words(part: str, whole: str) -> bool:
    """Whether a share's part and whole, read without filler words, name the same thing: the very
    same words, or one metric and nothing else on the same basis (决算数 of 预算数 is a rate)."""
    lex = questions_lexicon()
    a, b = (strip_words(norm(t), lex) for t in (part, whole))
    if a == b:
        return True
    ma, mb = metrics_in(a), metrics_in(b)
    return len(ma) == 1 and ma == mb and basis_of(a) == basis_of(b) \
        and not _residual(a, ma).strip() and not _residual(b, mb).strip()


def _within_class(whole: Figure, part: Figure) -> bool:
    """Whether a would-be whole is the part's own function class or one under it (20404检察 under
    204公共安全支出): never the whole of that part."""
    if whole.label == part.label and whole.source == part.source == "table" and whole.column != part.column:
        return False        # the row's 合计 over its 项目支出 cell: a whole of that part
    w, p = CODE.match(norm(whole.label)), CODE.match(norm(part.label))
    return bool(w and p and w.group(1).startswith(p.group(1)))


def _whole_around_part(q: Question, part_item: str, part_metrics: list[str], lex: dict) -> tuple[str, tuple[str, ...]]:
    """"公务接待费中，水利行业业务管理科目占百分之多少": a whole named before a part that names no metric
    of its own holds the part — the part is the row's 公务接待费, never the row's 合计. The whole's
    words and metrics as a container for the part's search; ("", ()) otherwise."""
    whole_text = norm(q.whole_raw or q.whole or "")
    if q.norm.find(whole_text) < 0 and q.whole:
        whole_text = norm(q.whole)      # (a whole said by pointing back: 该类合计 → 公共安全支出)
    at_whole, at_part = q.norm.find(whole_text), q.norm.find(norm(part_item))
    if not whole_text or at_whole < 0 or at_part < 0 or at_whole > at_part:
        return "", ()
    whole_item = strip_words(whole_text, lex)
    whole_metrics = tuple(metrics_in(whole_item))
    if part_metrics and not (whole_metrics and all(_class_code(k) for k in whole_metrics)):
        return "", ()       # (a part with a metric of its own is read in a class named before it only:
                            # "公共安全支出里项目支出" is that class's row's 项目支出)
    return (whole_item, whole_metrics) if whole_metrics else ("", ())


def _split_metric_list(text: str) -> list[str]:
    """Names in a list written without separators ("人员经费公用经费对个人家庭补助项目支出"):
    the metric aliases found in order, longest first at each position."""
    aliases = sorted((a for a in metric_aliases() if len(a) >= 2), key=len, reverse=True)
    t, out, i = norm(text), [], 0
    while i < len(t):
        hit = next((a for a in aliases if t.startswith(a, i)), None)
        if hit:
            out.append(hit)
            i += len(hit)
        else:
            i += 1
    return out


def _sum_of_parts(metric: str, m: FigureMatcher, year: int | None, doc_year: int | None,
                  basis: str | None) -> Result | None:
    """A total the document never states, as the sum of its stated parts (derived), from the
    exhaustive identities of metrics.toml (三公经费 = 因公出国（境）费 + 公务用车购置及运行维护费
    + 公务接待费, a part possibly given as its own parts). Every part must be found, in money, for
    the year asked, or the parts not found must be nothing left of a total stated (``_closed_whole``);
    else None. Value in 万元, rounded to 0.01."""
    for identity in lexicon.load("metrics").get("identities", []):
        if identity["total"] != metric or not identity.get("exhaustive", True):
            continue
        inputs: list[Figure] = []
        for part in identity["parts"]:
            found = _stated_part(part, m, year, doc_year, basis)
            if found is None:
                subs = [_stated_part(p, m, year, doc_year, basis)
                        for p in identity.get("alternatives", {}).get(part, [])]
                if not subs or any(f is None for f in subs):
                    return _closed_whole(metric, m, year, doc_year, basis)
                inputs += subs
            else:
                inputs.append(found)
        return _money_sum(inputs, f"{metric}（分项合计）")
    return _closed_whole(metric, m, year, doc_year, basis) or _group_of_closed_list(metric, m, year, doc_year, basis)


def _group_of_closed_list(metric: str, m: FigureMatcher, year: int | None, doc_year: int | None,
                          basis: str | None) -> Result | None:
    """A group of a total's parts the document never states, where the parts it states add up to
    the total exactly: "支出预算357.68万元，其中：人员支出272.98万元，公用支出30.70万元，项目支出54万元"
    — 基本支出 (人员 + 对个人和家庭的补助 + 公用, metrics.toml [[listed_totals]]) is 272.98 + 30.70 =
    303.68 (derived, every part and the total cited). None unless the stated parts close the total
    to the cent and both the group and the rest have a stated part."""
    for listing in lexicon.load("metrics").get("listed_totals", []):
        members = listing["groups"].get(metric)
        if not members:
            continue
        whole = _stated_part(listing["total"], m, year, doc_year, basis)
        if whole is None or as_wan(whole) is None:
            continue
        stated = {p: f for p in listing["parts"] if (f := _stated_part(p, m, year, doc_year, basis)) is not None}
        own = [f for p, f in stated.items() if p in members]
        if not own or len(own) == len(stated) or any(as_wan(f) is None for f in stated.values()) \
                or sum(as_wan(f) for f in stated.values()) != as_wan(whole):
            continue
        result = _money_sum(own, f"{metric}（由{display_label(whole)}的分项推算）")
        rest = [f for f in stated.values() if f not in own]
        result.inputs = own + rest + [whole]
        result.formula = (f"{display_label(whole)} {fmt(whole.value, whole.unit)} = "
                          + " + ".join(f"{display_label(f)} {fmt(f.value, f.unit)}" for f in stated.values())
                          + f"；{metric} = " + " + ".join(f"{display_label(f)} {fmt(f.value, f.unit)}" for f in own)
                          + f" = {fmt(result.value, result.unit)}")
        return result
    return None


def _closed_whole(metric: str, m: FigureMatcher, year: int | None, doc_year: int | None,
                  basis: str | None) -> Result | None:
    """A part the document states only some parts of, inside a total that its stated parts add up
    to exactly: "“三公”经费4.18万元：公务用车运行维护费2.17万元，公务接待费2.01万元" — nothing is
    left for 因公出国（境）费 or 公务用车购置费, so 公务用车购置及运行维护费 is 2.17 (derived, in 万元;
    the total and every stated part are its inputs). None unless the sum is exact (an exhaustive
    identity of metrics.toml, the total stated, at least one part of ``metric`` stated)."""
    for identity in lexicon.load("metrics").get("identities", []):
        if metric not in identity["parts"] or not identity.get("exhaustive", True):
            continue
        whole = _stated_part(identity["total"], m, year, doc_year, basis)
        if whole is None or as_wan(whole) is None:
            continue
        stated, own = [], []
        for part in identity["parts"]:
            found = _stated_part(part, m, year, doc_year, basis)
            subs = [found] if found is not None else \
                [f for f in (_stated_part(p, m, year, doc_year, basis)
                             for p in identity.get("alternatives", {}).get(part, [])) if f is not None]
            stated += subs
            if part == metric:
                own = subs
        if not own or any(as_wan(f) is None for f in stated) \
                or sum(as_wan(f) for f in stated) != as_wan(whole):
            continue
        result = _money_sum(own, f"{metric}（由{display_label(whole)}推算）")
        result.inputs = own + [f for f in stated if f not in own] + [whole]
        result.formula = (f"{display_label(whole)} {fmt(whole.value, whole.unit)} = "
                          + " + ".join(f"{display_label(f)} {fmt(f.value, f.unit)}" for f in stated)
                          + f"，未列出的分项为0；{metric} = {fmt(result.value, result.unit)}")
        return result
    return None


def _row_count_sum(q: Question, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """A count summed over the rows of a staff table: the units named ("行政服务中心和公共资源交易
    中心…人员编制数合计") or every row ("各单位人员编制数加起来"). Each name must be in exactly one
    row's label, all rows from one table; any name not found → None. Derived, every row cited."""
    words = _cue("row_sum_words")
    if q.intent != "value" or not any(w in q.norm for w in words):
        return None
    every_row = any(w in q.norm for w in _cue("all_rows")) or bool(re.search(_cue("all_rows_pattern"), q.norm))
    keys = q.metrics
    if not every_row and len(keys) == 1 and any(w in q.norm for w in _words("asked_total_words")) \
            and norm(q.item) in {a for a, k in metric_aliases().items() if k == keys[0]} | {keys[0]}:
        every_row = True        # 白青乡一共有多少在职人员: the unit's whole table (no row named)
    if every_row and len(keys) != 1:
        # 市场监管局和下属单位一共有多少在职人员: 下属单位 names the rows, not a count asked
        rest = q.norm
        for w in _cue("all_rows"):
            rest = rest.replace(w, "|")
        keys = metrics_in(rest)
    if len(keys) != 1 or not _metric_is_count(keys):
        return None
    key = keys[0]
    figs = [f for f in m.figures if f.metric == key and _unit_kind(f.unit) == "count" and f.role != "unknown"
            and _stated_year(f, doc_year) == doc_year]
    if not figs:
        return None
    names_at = min((q.norm.find(a) for a, k in metric_aliases().items() if k == key and a in q.norm), default=-1)
    stop = min((q.norm.find(w) for w in words if w in q.norm), default=len(q.norm))
    head = q.norm[:min(x for x in (names_at, stop) if x >= 0)]
    if every_row:
        table = {(f.span.section, f.source) for f in figs}
        if len(table) != 1 or len(figs) < 2 or any(norm(f.label) in TOTAL_LABELS or STATED_TOTAL.search(norm(f.label))
                                                   or f.source == "text" and _before_parts(f) for f in figs):
            return None         # (…保留工作用车9辆；…共保留公车23辆: the total is stated, never added to;
                                # "在职教职工68人，其中在编教职工41人…": a head and its part, never a sum)
        said = _number_said(_cue("rows_said"), q.norm)
        if said is not None and said != len(figs):
            return None         # "两个单位…合计" over a table of three rows: not that sum
        picked = figs
    else:
        head = re.sub(questions_lexicon()["intent"]["row_name_noise"], "", head)
        names = [n.strip(",;: ") for n in re.split("|".join(map(re.escape, _cue("sum_joiners"))), head)]
        names = [n for n in names if len(n) >= 2]
        if len(names) < 2:
            return None
        picked = []
        for name in names:
            rows = _rows_named(name, figs)
            if len({f.value for f in rows}) != 1:
                return None
            picked.append(rows[0])
        if len({(f.span.section, f.source) for f in picked}) != 1:
            return None         # one table's rows
    total = sum((f.value for f in picked), Decimal(0))
    formula = " + ".join(f"{display_label(f)} {fmt(f.value, f.unit)}" for f in picked) + f" = {fmt(total, picked[0].unit)}"
    return Result("derived", total, picked[0].unit, f"{key}合计", picked, formula)


def _rows_named(name: str, figs: list[Figure]) -> list[Figure]:
    """The rows whose label holds ``name``; failing that, the rows whose label holds its characters
    in order, as a short name is written ("市场监管局" for 区市场监督管理局, "澳前片区指挥部" for
    …澳前片区项目建设指挥部), with a leading place name of up to three characters dropped when the
    row does not write it. Names of fewer than 3 characters are matched whole only."""
    name = norm(name)
    rows = [f for f in figs if name in norm(f.label)]
    if rows or len(name) < 3:
        return rows
    for cut in range(0, max(0, min(3, len(name) - 4)) + 1):
        # "平潭市场监管局" for the row 区市场监督管理局: a place name (up to three characters) the
        # row does not repeat goes, four characters of the name at least stay
        rows = [f for f in figs if in_order(name[cut:], norm(f.label))]
        if rows:
            return rows
    return []


def _identity_total(metrics: list[str]) -> str | None:
    """The total whose exhaustive parts ([identities] in metrics.toml) are exactly ``metrics``
    (公务用车购置费 + 公务用车运行维护费 → 公务用车购置及运行维护费), or None."""
    for identity in lexicon.load("metrics").get("identities", []):
        if identity.get("exhaustive", True) and len(metrics) >= 2 and set(identity["parts"]) == set(metrics):
            return identity["total"]
    return None


def _sum_asked(q: Question, m: FigureMatcher, year: int | None, doc_year: int | None) -> Result | None:
    """The sum of the items a question names together ("人员支出和公用支出加起来"): each one's
    stated amount, money, the same year; any missing → None (never a partial sum). Items that are
    no metrics (``q.sum_items``: 住房公积金和提租补贴) are each the one figure their name fits."""
    inside = {"container": q.container or "", "container_metrics": tuple(q.container_metrics)}
    if q.container_metrics and not q.sum_items:
        # "一般公共预算拨款支出中的人员经费和公用经费合计": the container holds the parts, it is none of them
        parts = [k for k in q.metrics if k not in q.container_metrics]
        if len(parts) < 2:
            return None
        q = replace(q, metrics=parts)
    if not q.sum_items:
        # "政府采购里工程采购和服务采购加起来": a metric the others are parts of says where they are
        parts = [k for k in q.metrics if not any(k in wholes_of(j) for j in q.metrics if j != k)]
        if len(parts) >= 2 and parts != q.metrics:
            q = replace(q, metrics=parts)
        elif parts != q.metrics:
            return None         # a whole and one of its parts (政府采购, 政府采购服务): never added up
    said = _items_said(q)
    if said is not None and said != len(q.sum_items or q.metrics):
        return None             # 三项一共 with two items read: never a partial sum
    named = [metrics_in(item) for item in q.sum_items]
    if q.sum_items and all(len(k) == 1 and k[0] in _fully_named(item) for k, item in zip(named, q.sum_items)) \
            and len({k[0] for k in named}) == len(named):
        # "（公务用车购置费加公务用车运行维护费）一共": each item a metric by its own name — read as
        # metrics (their stated total answers too)
        q = replace(q, sum_items=[], metrics=[k[0] for k in named])
    if q.sum_items:
        # "闽K198KA劳务费与修理修配劳务费": the first item's identifier is the later ones' too
        first = "".join(IDENT.findall(norm(q.sum_items[0])))
        items = [item if IDENT.search(norm(item)) else first + item for item in q.sum_items]
        # "政府采购里工程和服务": the first item's whole holds the later ones too (政府采购里服务)
        inner = re.search(r"^(.+?)(?:里面|当中|之中|里|中)(.{2,})$", norm(items[0]))
        if inner and metrics_in(inner.group(1)):
            items = items[:1] + [item if metrics_in(item) else inner.group(1) + item for item in items[1:]]
        items = _place_shared(items)
        def best(item: str) -> Figure | None:
            # an item the lexicon names as one metric (招待 → 公务接待费: "公务招待费4万元") is read
            # as that metric, else by its words alone
            found = m.best(item, [], unit_kind="money", year=year, doc_year=doc_year, basis=q.basis)
            named = metrics_in(item)
            if found is None and len(named) == 1:
                found = m.best(item, named, unit_kind="money", year=year, doc_year=doc_year, basis=q.basis)
            return found
        inputs = _stated_runs(items, best)
        if any(f is None for f in inputs):
            # the items as the whole of an amount's stated use ("事业收入…，主要为按规定收取的普通高中
            # 学费和住宿费" of 学费和住宿费一共): that amount, never when the use lists more
            whole = m.best("和".join(items), [], unit_kind="money", year=year, doc_year=doc_year, basis=q.basis,
                           require=lambda f: _use_is_items(items, f.purpose))
            inputs = [whole] if whole is not None else inputs
        if len(inputs) == 1 and inputs[0] is not None:
            # "在职人员的工资和福利一共": the document states the items as one (在职人员工资及福利费)
            one = inputs[0]
            return Result("figure", one.value, one.unit, display_label(one), [one])
        if any(f is None for f in inputs) or len({id(f) for f in inputs}) < len(inputs):
            return None         # (two items read as one figure: never a figure added to itself)
        if len(inputs) == len(items) and _stated_together_otherwise(items, inputs, m.figures):
            return None         # "文化馆和图书馆": one sentence states both bodies (220.95, 190.09) while
                                # 图书馆 alone is another line (图书馆（项）153.65) — never a mixed sum
        return _money_sum(inputs, "、".join(display_label(f) for f in inputs) + "合计")
    total = _identity_total(q.metrics)
    if total is not None:
        # 买车加养车 (公务用车购置费 + 公务用车运行维护费): all the parts of a total are that
        # total, stated as such ("公务用车购置及运行维护费1687万元")
        stated = m.best(total, [total], unit_kind="money", year=year, doc_year=doc_year, basis=q.basis,
                        require=lambda f: f.metric == total)
        if stated is not None:
            return Result("figure", stated.value, stated.unit, display_label(stated), [stated])
    said = {k: _said_as(k, q.norm) for k in q.metrics}       # 公用支出 asked: the words of the question
    ranked = {k: [s for s in m.rank(said[k], [k], unit_kind="money", year=year, doc_year=doc_year, basis=q.basis,
                                    require=lambda f, k=k: f.metric == k, **inside) if s.score >= MIN_SCORE]
              for k in q.metrics}
    if not ranked or any(not r for r in ranked.values()):
        return None
    # parts asked together are stated together: prefer one sentence or row holding all of them
    spans = set.intersection(*({(s.fig.span.start, s.fig.span.end) for s in r} for r in ranked.values()))
    if spans:
        span = max(spans, key=lambda sp: sum(next(s.score for s in r if (s.fig.span.start, s.fig.span.end) == sp)
                                             for r in ranked.values()))
        inputs = [next(s.fig for s in ranked[k] if (s.fig.span.start, s.fig.span.end) == span) for k in q.metrics]
        alone = [m.best(said[k], [k], unit_kind="money", year=year, doc_year=doc_year, basis=q.basis,
                        require=lambda f, k=k: f.metric == k, **inside) for k in q.metrics]
        if any(a is not None and as_wan(a) != as_wan(f) for a, f in zip(alone, inputs)):
            return None         # 人员经费 asked alone is another figure (人员经费174.16 vs 人员支出153.19
                                # beside 公用支出): two figures of one item disagree — never pick one
    else:
        inputs = [m.best(said[k], [k], unit_kind="money", year=year, doc_year=doc_year, basis=q.basis,
                         require=lambda f, k=k: f.metric == k, **inside) for k in q.metrics]
        if any(f is None for f in inputs):
            return None
    return _money_sum(inputs, "、".join(q.metrics) + "合计")


def _stated_runs(items: list[str], best) -> list[Figure | None]:
    """The figures of a sum's items, where a run of neighbouring items the document states as one
    amount (在职人员工资 + 福利费 → "在职人员工资及福利费") is that one figure: longest run first, its
    label holding the run's words in order. ``best``: item words → Figure or None."""
    out: list[Figure | None] = []
    i = 0
    while i < len(items):
        for j in range(len(items), i + 1, -1):
            run = best("和".join(items[i:j]))
            words = norm("".join(items[i:j]))
            if run is not None and in_order(words, norm(run.label)):
                out.append(run)
                i = j
                break
        else:
            out.append(best(items[i]))
            i += 1
    return out


def _use_is_items(items: list[str], purpose: str | None) -> bool:
    """Whether a figure's stated use lists exactly ``items``, one entry each, in order ("按规定收取的
    普通高中学费和住宿费" of 学费, 住宿费): the amount is their sum."""
    entries = [p for e in use_entries(purpose or "") for p in LIST_JOINERS.split(e) if p]
    return len(entries) == len(items) >= 2 and all(norm(i)[-2:] in e for i, e in zip(items, entries))


def _sum_by_labels(q: Question, m: FigureMatcher, year: int | None, doc_year: int | None) -> Result | None:
    """"人员经费支出（项级科目）和公用支出（项级科目）合计": when the sum is not read through the
    lexicon's metrics, each item as the document's own words name it (:func:`_side_by_label`, brackets
    kept), all for ``year``, all distinct, money; None unless every item is found that way. The items
    are the question's item (a container it is read in — "一般公共预算拨款中" — is none of them), or
    those a bracket lists ("基本支出是多少（人员经费加公用经费）")."""
    listed = [items for items in (split_items(b) for b in re.findall(r"\(([^()]{4,})\)", q.norm)) if len(items) >= 2]
    sides = listed[0] if listed else split_items(q.item, brackets_restate=False)
    said = _items_said(q)
    if len(sides) < 2 or said is not None and said != len(sides):
        return None
    inputs = [_side_by_label(side, m.figures, year, doc_year) for side in sides]
    if any(f is None for f in inputs) or len({(f.span.start, f.span.end) for f in inputs}) < len(inputs):
        return None             # (two items read as one figure: never a figure added to itself)
    return _money_sum(inputs, "、".join(display_label(f) for f in inputs) + "合计")


def _fully_named(item: str) -> set[str]:
    """The metrics whose alias is the whole of ``item`` (normalised), none when other words stay."""
    keys = lexicon.load("metrics")["metrics"]
    return {k for a, k in metric_aliases().items() if norm(a) == norm(item)} | ({item} if item in keys else set())


def _said_as(metric: str, text: str) -> str:
    """The longest alias of ``metric`` written in ``text`` (公用支出 for 公用经费), else the metric."""
    said = [a for a, k in metric_aliases().items() if k == metric and a in text]
    return max(said, key=len) if said else metric


def _items_said(q: Question) -> int | None:
    """The number of items a sum question names ("办公、出差和开会三项一共" → 3), or None."""
    return _number_said(r"(?<!第)([两二三四五六七八九十\d]+)(?:%s)" % _alternatives(_words("sum_item_measures")), q.norm)


def _number_said(pattern: str, text: str) -> int | None:
    """The number (digits or Chinese numerals) ``pattern``'s first group finds in ``text``, or None."""
    m = re.search(pattern, text)
    if m is None:
        return None
    return int(m.group(1)) if m.group(1).isdigit() else chinese_number(m.group(1))


def _restates(whole: Figure, part: Figure) -> bool:
    """Whether ``whole`` is the part's own amount said again in its sentence ("1、工资福利支出…，
    全年预计支出1024.82万元": the 支出 there is the item's, never the total it is a share of). A
    whole whose metric holds the part's by an identity of metrics.toml (政府采购 of 政府采购货物,
    公务用车购置及运行维护费 of 公务用车运行维护费) is its own figure: an equal part is all of it."""
    if whole.value != part.value or whole.unit != part.unit:
        return False
    if whole.metric and part.metric and whole.metric in wholes_of(part.metric):
        return False
    return whole.span.start == part.span.start or norm(display_label(part)) in norm(whole.span.text or "")


def _identified_total(q: Question, m: FigureMatcher) -> Result | None:
    """"闽K198KA这辆公车一共花了多少钱" of a note listing one car's amounts in one sentence
    ("闽K198KA劳务费3195、闽K198KA修理修配劳务费2915元、闽K229KA…"): the sum of every amount whose
    label holds the identifiers asked (derived, each cited), when the question asks a total
    ([rules] asked_total_words) and names none of those amounts' own items; else None."""
    idents = set(IDENT.findall(q.norm))
    if not idents or not any(w in q.norm for w in _words("asked_total_words")):
        return None
    own = [f for f in m.figures if f.source == "text" and f.role == "amount" and is_money(f.unit)
           and all(i.upper() in norm(f.label).upper() for i in idents)]
    if len({f.span.start for f in own}) != 1 or len(own) < 2 or len({f.unit for f in own}) != 1:
        return None
    asked = norm(q.item).upper()
    items = [_label_item(IDENT.sub("", norm(f.label))) for f in own]
    if any(item in asked or len(item) >= 2 and item[-2:] in asked for item in items if item):
        return None         # one of its items named (闽K198KA修理修配劳务费): not the total
    named = [re.search(r"[\u4e00-\u9fff]?" + re.escape(i), q.norm).group(0) for i in sorted(idents)]
    return _money_sum(own, "、".join(named) + "合计")    # (闽K198KA: the plate as written)


def _said_items(q: Question, fig: Figure) -> int:
    """How many of the items a sum asks for the words of ``fig`` name (its label, or its
    metric among the question's)."""
    label = norm(fig.label or "")
    others = [k for k in q.metrics if k != fig.metric]
    if fig.metric and others and all(fig.metric in wholes_of(k) for k in others):
        return len(q.sum_items or q.metrics)     # the stated whole of the items asked ("车辆经费（购置费加运行费）")
    if q.sum_items and _use_is_items(q.sum_items, fig.purpose):
        return len(q.sum_items)     # its stated use lists them all ("主要为…学费和住宿费")
    return sum(1 for item in (q.sum_items or q.metrics) if norm(item) in label or item == fig.metric)


def _item_difference(q: Question, compared: re.Match, figures: list[Figure], m: FigureMatcher,
                     doc_year: int | None, size: bool = False) -> Result | None:
    """"财政总收入比总支出多多少" / "在职人数比编制数多几人": A − B (B − A for 少), each side one
    metric the lexicon knows, both stated for the same year in the same kind of unit, both cited;
    when neither side names a metric, each side is the one amount whose label its words hold
    (:func:`_side_by_label`). None when a side is not found that way or not stated (never one
    side's amount).
    ``size``: ``compared`` is a match of [rules] item_gap ("A和B相差多少", groups A and B): |A − B|."""
    a_side = compared.group(1) if size else q.norm[:compared.start()]
    b_side = compared.group(2) if size else compared.group(1)
    head, comma, tail = re.sub(r"[，,]", ",", a_side).rpartition(",")
    if comma and q.container and norm(q.container) in head and len(re.findall(r"[\u4e00-\u9fff]", tail)) >= 2:
        a_side = tail       # "公共财政拨款支出中，A与B哪个多": the clause before says where both are
    a_metrics, b_metrics = _side_metrics(a_side), _side_metrics(b_side)
    if bool(a_metrics) != bool(b_metrics):
        # "车辆运行费比购置费多多少": the bare side shares the named side's modifier (车辆购置费)
        if a_metrics:
            b_side = _elided_side(b_side, a_side, a_metrics) or b_side
        else:
            a_side = _elided_side(a_side, b_side, b_metrics) or a_side
        a_metrics, b_metrics = _side_metrics(a_side), _side_metrics(b_side)
    a_side, b_side, a_metrics, b_metrics = _shared_fund(a_side, b_side, a_metrics, b_metrics)
    rows = _rows_of_one_metric(a_side, b_side, a_metrics, b_metrics, m, doc_year, q.basis)
    if rows is not None:
        a, b = rows
    elif not a_metrics and not b_metrics and not q.count_unit:
        # "乡村可支配计生经费收入比人口与计生支出多多少": two items named in the document's own words
        a, b = (_side_by_label(side, m.figures, doc_year) or _side_asked_alone(q, side, m, doc_year)
                for side in (a_side, b_side))
        if a is None and comma and len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", tail)) >= 2:
            # "两辆公车的保险费，闽K229KA比闽K198KA多交了多少": the clause before the comma names the
            # item both sides are of — each side its own amount of a label holding some of those words
            of_item = [f for f in m.figures if coverage(bigrams(head), bigrams(norm(f.label))) > 0]
            a, b = (_side_by_label(side, of_item, doc_year) for side in (tail, b_side))
    else:
        if len(a_metrics) != 1 or len(b_metrics) != 1 or a_metrics == b_metrics:
            return None
        kind = "count" if q.count_unit or _metric_is_count(a_metrics) else "money"
        rows = [_row_figures(side, metrics[0], m.figures, doc_year)
                for side, metrics in ((a_side, a_metrics), (b_side, b_metrics))]
        if any(r is not None for r in rows):
            # "区卫生监督所在职人数比编制数多几个": both columns of the row one side names
            row = next(r for r in rows if r is not None)
            named = [_row_figures(row.name, k, m.figures, doc_year) for k in (a_metrics[0], b_metrics[0])]
            if any(r is None or r.figure is None for r in named):
                return None     # a row named and not found in both columns: never the column's total
            a, b = (r.figure for r in named)
        else:
            # "征地拆迁这块，支出比收入多多少": the item named before both flows is each side's item
            lex = questions_lexicon()
            leads = [_residual(strip_words(side, lex), metrics) if metric_tier(metrics[0]) == 0 else ""
                     for side, metrics in ((a_side, a_metrics), (b_side, b_metrics))]
            lead = next((w for w in leads if len(re.findall(r"[\u4e00-\u9fff]", w)) >= 2), "")
            lead = next((lead[i:] for i in range(len(lead)) if lead[i:] in norm(q.item)), "")  # (the unit's name
                                                                                            # is no item)
            if lead:        # each side: the item's own line of that flow, its words in the label
                a, b = (m.best(lead + k[0], [], unit_kind=kind, year=doc_year, doc_year=doc_year, basis=q.basis,
                               require=lambda f, w=k[0]: w in norm(f.label) and lead[:2] in norm(f.label))
                        for k in (a_metrics, b_metrics))
            else:
                a, b = (_side_stated(q, m, k, kind, doc_year) for k in (a_metrics, b_metrics))
    if a is None or b is None or a is b or (not is_money(a.unit) and not _same_count_unit(a.unit, b.unit)):
        return None
    kind = "money" if is_money(a.unit) and is_money(b.unit) else "count"
    unit = a.unit if a.unit == b.unit or kind == "count" else "万元"
    if size:
        bigger = a.value >= b.value if kind == "count" else money_to(a.value, a.unit, unit) >= money_to(b.value, b.unit, unit)
    else:
        bigger = compared.group(2) == "多"
    first, second = (a, b) if bigger else (b, a)
    value = round_as(money_to(first.value, first.unit, unit) - money_to(second.value, second.unit, unit), unit) \
        if kind == "money" else first.value - second.value
    formula = f"{display_label(first)} {fmt(first.value, first.unit)} − {display_label(second)} " \
              f"{fmt(second.value, second.unit)} = {fmt(value, unit)}"
    return Result("derived", value, unit, f"{display_label(a)}与{display_label(b)}之差", [first, second], formula)


def _side_stated(q: Question, m: FigureMatcher, metrics: list[str], kind: str, doc_year: int | None) -> Figure | None:
    """One side of a comparison stated as its metric: the best figure of the document's year, the
    head of its 其中 parts when those tie (:func:`_head_in_tie`); a count as it stood at the end of
    the year before a budget's year ("2024年底实有在职人员84人" in a 2025 budget) when the question
    names no year and the document's year states none."""
    for year in (doc_year, doc_year - 1 if kind == "count" and q.year is None and doc_year else None):
        if year is None:
            continue
        fig = m.best(metrics[0], metrics, unit_kind=kind, year=year, doc_year=doc_year, basis=q.basis)
        if fig is None and m.last_tie:
            fig = _head_in_tie(q, m, m.last_tie)
        if fig is not None or m.last_tie:
            return fig
    return None


def _item_growth(q: Question, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """"本年度财政总结余比上年滚存总结余变化了百分之几" / "2016年预计滚存结余比2015年财政滚存结余增长了
    百分之几": (A − B) ÷ B × 100 of two items, each with its own year when it says one ([rules]
    item_growth_comparison; B must name an item, not only a year or a basis: "比上年增长了百分之几" is
    the growth of A on its own last year, answered elsewhere). Each side is one metric or one amount
    the document's words name (:func:`_side_by_label`); both cited. A decrease asked in everyday
    words (降了百分之几) is its size. None when either side is not found or both are one figure."""
    compared = re.search(questions_lexicon()["rules"]["item_growth_comparison"], q.norm) if q.intent == "growth" else None
    if not compared:
        return None
    found = []
    for side in (q.norm[:compared.start()], compared.group(1)):
        years = STATED_YEAR.findall(side)
        year = int(years[-1]) if years else doc_year
        if _basis_only(strip_words(side, questions_lexicon())):
            return None         # 比上年 / 比2015年 / 比上年预算数 / 比同期: no item on this side
        metrics = _side_metrics(side)
        if len(metrics) > 1 or found and not years and set(metrics) & set(DOCUMENT_FLOWS):
            return None         # (…比上年支出下降了百分之几: the item's own spending last year, not the total)
        fig = m.best(metrics[0], metrics, unit_kind="money", year=year, doc_year=doc_year, basis=q.basis) \
            if metrics else _side_by_label(side, m.figures, year, doc_year)
        if fig is None or fig.role != "amount" or not is_money(fig.unit):
            return None
        found.append(fig)
    a, b = found
    if a is b or _same_amount(a, b) and a.span.start == b.span.start:
        return None
    rate = _pct(money_to(a.value, a.unit, "万元") - money_to(b.value, b.unit, "万元"), money_to(b.value, b.unit, "万元"))
    if rate is None or q.decrease and rate > 0:
        return None
    formula = (f"({display_label(a)} {fmt(a.value, a.unit)} − {display_label(b)} {fmt(b.value, b.unit)}) ÷ "
               f"{fmt(b.value, b.unit)} × 100 = {fmt(rate, '%')}")
    return Result("derived", -rate if q.decrease else rate, "%", f"{display_label(a)}比{display_label(b)}的变化幅度",
                  [a, b], formula)


def _basis_only(words: str) -> bool:
    """Whether ``words`` say nothing but a basis or period ("预算数", "决算", "同期", ""): the basis
    words of metrics.toml and questions.toml and [rules] period_only_words taken away, under 2
    characters are left."""
    rest = norm(words)
    for w in _basis_and_period_words():
        rest = rest.replace(w, "")
    return len(rest) < 2


@lru_cache(maxsize=1)
def _basis_and_period_words() -> tuple[str, ...]:
    said = [w for w, _ in lexicon.load("metrics").get("basis", {}).get("words", [])]
    said += [w for ws in questions_lexicon()["basis"].values() for w in ws] + _words("period_only_words")
    return tuple(sorted({norm(w) for w in said}, key=lambda w: (-len(w), w)))


@dataclass
class _Row:
    name: str                   # the row's name as the question writes it
    figure: Figure | None       # that row's figure of the metric asked, None when it has several values


def _row_figures(side: str, metric: str, figures: list[Figure], doc_year: int | None) -> _Row | None:
    """The table row one side of a comparison names besides its metric ("区卫生监督所在职人数" →
    the 区卫生监督所 row of 在职人数; "市场监管局机关本身的编制" → 区市场监督管理局, [rules]
    own_row_words taken away when the words as said name no row): None when the side's other words
    name no row of that metric's figures."""
    rest = without_metric(strip_words(side, questions_lexicon()), metric)
    for a in (w for w, k in _words("staff_words").items() if k == metric):
        rest = rest.replace(norm(a), "")
    stated = [f for f in figures if f.metric == metric and (f.year or doc_year) == doc_year]
    for name in (rest, re.sub("|".join(map(re.escape, _words("own_row_words"))), "", rest)):
        if len(name) < 2:
            continue
        rows = _rows_named(name, stated)
        if rows:
            values = {(f.value, f.unit) for f in rows}
            return _Row(name, rows[0] if len(values) == 1 else None)
    return None


def _rows_of_one_metric(a_side: str, b_side: str, a_metrics: list[str], b_metrics: list[str], m: FigureMatcher,
                        doc_year: int | None, basis: str | None) -> tuple[Figure, Figure] | None:
    """"行政运行的三公经费比一般行政管理事务多多少": one metric, named on one side (or both), of two
    rows each side names by its own words (two classes of a table of that metric). Each side's
    amount is the one best figure of the metric whose label holds that side's row words whole
    (never the metric's total); None unless both sides name a row and both are found, different."""
    metrics = a_metrics or b_metrics
    if len(metrics) != 1 or any(x and x != metrics for x in (a_metrics, b_metrics)):
        return None
    rows = [_residual(strip_words(side, questions_lexicon()), metrics) for side in (a_side, b_side)]
    if any(len(re.findall(r"[\u4e00-\u9fff]", r)) < 2 for r in rows) or rows[0] == rows[1]:
        return None
    owners = tuple(questions_lexicon()["unit_names"]["generic_suffixes"])
    found = []
    for row in rows:
        fig = m.best(row + metrics[0], metrics, unit_kind="money", year=doc_year, doc_year=doc_year, basis=basis)
        label = norm(fig.label) if fig else ""
        # (the unit the question opens with is no row word: "水利局行政运行的三公经费")
        if fig is None or not any(row[i:] in label for i in range(len(row) - 1)
                                  if i == 0 or row[:i].endswith(owners) and i <= len(row) - 2):
            return None
        found.append(fig)
    return (found[0], found[1]) if found[0] is not found[1] else None


def _elided_side(bare: str, named: str, named_metrics: list[str]) -> str | None:
    """A comparison's side said without the modifier it shares with the other side, completed
    ("车辆运行费比购置费": 购置费 → 车辆购置费, the metric 公务用车购置费): the longest run of the named
    side's words put before the bare side's that names one metric, a sibling of the named side's
    one (a common whole in the lexicon, so 购置费 never borrows its way into another group); None
    when no run does."""
    words = strip_words(bare, questions_lexicon())
    other = strip_words(named, questions_lexicon())
    if len(named_metrics) != 1 or not words or metrics_in(words):
        return None
    wholes = wholes_of(named_metrics[0])
    runs = sorted({other[i:j] for i in range(len(other)) for j in range(i + 1, len(other))}, key=len, reverse=True)
    for run in runs:
        found = metrics_in(run + words)
        if len(found) == 1 and found != named_metrics and wholes & wholes_of(found[0]):
            return run + words
    return None


def _side_asked_alone(q: Question, side: str, m: FigureMatcher, doc_year: int | None) -> Figure | None:
    """One side of "A比B多多少" of items no metric names, asked as a question of its own ("A是多少",
    with the question's year, basis and unit): the one stated amount answering it, else None."""
    words = strip_words(side, questions_lexicon())
    if len(words) < 4:
        return None
    alone = replace(q, intent="value", item=words, norm=words, metrics=[], quoted=[], container="",
                    container_metrics=[], part=None, whole=None, direction=0, change_word="")
    found = _answer_figure(alone, doc_year, m.figures, m)
    if found is None or found.kind != "figure" or len(found.inputs) != 1:
        return None
    fig = found.inputs[0]
    return fig if fig.role == "amount" and is_money(fig.unit) else None


def _stated_together_otherwise(items: list[str], inputs: list[Figure], figures: list[Figure]) -> bool:
    """Whether the sentence of one of ``inputs`` states every item of a sum (one amount each, its
    label holding the item's words) and those amounts are not all the ``inputs`` (parts asked
    together are stated together: a sum mixing that sentence with another line is of two kinds)."""
    for anchor in inputs:
        here = [f for f in figures if f.source == anchor.source == "text" and f.span.start == anchor.span.start
                and f.role == "amount" and is_money(f.unit) and f.year == anchor.year and f.basis == anchor.basis]
        picks = []
        for item in items:
            words = norm(strip_words(item, questions_lexicon()))
            found = [f for f in here if len(words) >= 2 and words in norm(f.label)]
            if len(found) != 1:
                break
            picks.append(found[0])
        else:
            if any(as_wan(p) != as_wan(f) for p, f in zip(picks, inputs)):
                return True
    return False


def _place_shared(items: list[str]) -> list[str]:
    """"浔阳区文化馆和图书馆": the place the first body is named with is the later bodies' too
    (浔阳区图书馆, the body, never the 图书馆（项） spending line); only between names of bodies
    ([unit_names] generic_suffixes) and when a later one names no place of its own."""
    names = questions_lexicon()["unit_names"]
    bodies = tuple(names["generic_suffixes"])
    regions = "|".join(map(re.escape, names["region_suffixes"]))
    place = re.match(rf"^[\u4e00-\u9fff]{{1,6}}?(?:{regions})(?=[\u4e00-\u9fff]{{2}})", norm(items[0]))
    if place is None or not norm(items[0]).endswith(bodies):
        return items
    return items[:1] + [item if not norm(item).endswith(bodies) or re.search(regions, norm(item))
                        else place.group(0) + item for item in items[1:]]


def _side_by_label(side: str, figures: list[Figure], year: int | None, doc_year: int | None = None) -> Figure | None:
    """The money amount one side of a comparison names in the document's own words: the side's
    item words (4+ characters) and an amount's label hold one another whole, for ``year`` (a
    figure stating no year is of ``doc_year``); None unless every such amount is the same (never
    a guess among rows)."""
    doc_year = year if doc_year is None else doc_year
    words = strip_words(side, questions_lexicon())
    if len(words) < 4:
        return None
    def holds(label: str) -> bool:      # (the label as a question would say it too: 计生经费 → 计划生育经费,
        # and with the same words taken away: 人员经费支出(项级科目) → 人员经费支出(项级))
        said = {label, rewrite_everyday(label), strip_words(label, questions_lexicon())}
        return len(label) >= 4 and any(words in x or x in words for x in said if len(x) >= 4)
    found = [f for f in figures if f.role == "amount" and is_money(f.unit) and (f.year or doc_year) == year
             and holds(_label_item(f.label))]
    if not found:
        return None
    finest = min(found, key=lambda f: money_to(_last_digit(f.value), f.unit, "元"))
    if any(not _same_when_rounded(finest, f) for f in found):
        return None
    return finest       # (a table's 1,450,237元 and the text's 145.02万元 are one amount: the exact one)


def _last_digit(value: Decimal) -> Decimal:
    """The step of the last printed digit: 145.02 → 0.01, 1450237 → 1."""
    return Decimal(1).scaleb(min(value.as_tuple().exponent, 0))


def _same_when_rounded(fine: Figure, coarse: Figure) -> bool:
    """Whether ``fine`` rounded to ``coarse``'s printed precision is ``coarse`` (1,450,237元 and
    145.02万元: yes; 145.02万元 and 145.03万元: no)."""
    step = money_to(_last_digit(coarse.value), coarse.unit, "元")
    gap = abs(money_to(fine.value, fine.unit, "元") - money_to(coarse.value, coarse.unit, "元"))
    return gap <= step / 2 if step > money_to(_last_digit(fine.value), fine.unit, "元") else gap == 0


def _same_count_unit(a: str, b: str) -> bool:
    """Whether two count units count the same kind of thing (人 and 名 both count people: [rules]
    count_unit_kinds)."""
    return a == b or any(a in group and b in group for group in _words("count_unit_kinds"))


def _row_text(fig: Figure) -> str:
    """A table cell's row as rendered, without the table's name and the cell's own column before the
    first "|" ("…批复表（本年支出：人员经费）| 合计 161.90 …" and "…（本年支出）| 合计 161.90 …": one row)."""
    return (fig.span.text or "").split("|", 1)[-1]


def _total_row(f: Figure) -> bool:
    """Whether a table cell stands in a total row (合计/总计, [tables] total_row_labels)."""
    return norm(f.label or "") in TOTAL_ROWS or norm(_row_text(f).strip().split(" ")[0]) in TOTAL_ROWS


def _same_table(a: Figure, b: Figure) -> bool:
    """Whether two figures are cells of one table (its title line, the column named there as a flat
    web table's rows write it: "title（column）| row", and its section)."""
    title = lambda f: norm((f.span.text or "").split("|")[0])
    return a.source == b.source == "table" and a.span.section == b.span.section and title(a) == title(b)


def _column_total(part: Figure, m: FigureMatcher) -> Figure | None:
    """The cell of the total row of a table cell ``part``'s own table under its own column, same
    unit; None unless exactly one value is so placed."""
    found = [f for f in m.figures if f is not part and f.column == part.column and f.unit == part.unit
             and _same_table(f, part) and _total_row(f)]
    return found[0] if len({f.value for f in found}) == 1 else None


def _row_whole(part: Figure, said: str, m: FigureMatcher) -> Figure | None:
    """The whole of a table cell ``part`` in its own row: the one cell of that row (same unit) whose
    column and label hold the words ``said`` (bigram coverage ≥ 0.6; a total column first), or,
    when ``said`` names a total (合计/总计/总额) and no cell's words hold it, the row's own total
    cell ("占该院收入预算合计" of a 收入总表 row). None when no single value is so named."""
    # (a year said is no column's words: "2014年本年支出合计")
    words = bigrams(re.sub(r"的?(?:比重|比例)$", "", re.sub(r"(?:19|20)\d\d年度?", "", norm(said))))
    same_row = lambda f: f.source == "table" and f is not part and f.span.start == part.span.start \
        and _row_text(f) == _row_text(part) and f.unit == part.unit     # (rows of a web table share one offset)
    scored = [(coverage(words, bigrams(norm((f.column or "") + f.label))), f) for f in m.figures if same_row(f)]
    best = max((c for c, _ in scored), default=0)
    row = [f for c, f in scored if c >= 0.6 and c == best]
    row = [f for f in row if _is_total_column(f.column)] or row
    # (a column under a group is that group's part: "本年支出" before "本年支出：基本支出")
    row = [f for f in row if (f.column or "").count("：") == min((g.column or "").count("：") for g in row)]
    if not row and re.search(r"合计|总计|总额", said):
        row = [f for f in m.figures if same_row(f) and _is_total_column(f.column) and not _is_total_column(part.column)]
    return row[0] if len({f.value for f in row}) == 1 else None


def _shared_fund(a_side: str, b_side: str, a_metrics: list[str], b_metrics: list[str]) -> tuple:
    """"公共预算财政拨款本年支出比本年收入多多少": one side a fund's flow, the other the bare flow
    (收入 / 支出, tier 0) — the bare side is that fund's too ([container] fund_prefixes), never the
    flow of all funds. The sides and their metrics, completed where so."""
    funds = sorted(questions_lexicon()["container"]["fund_prefixes"], key=len, reverse=True)
    for named, bare, n_metrics, b_metrics_ in ((a_side, b_side, a_metrics, b_metrics),
                                               (b_side, a_side, b_metrics, a_metrics)):
        fund = next((f for f in funds if f in named), "")
        if not fund or fund in bare or len(n_metrics) != 1 or len(b_metrics_) != 1 \
                or metric_tier(n_metrics[0]) != 1 or metric_tier(b_metrics_[0]) != 0:
            continue
        completed = _side_metrics(fund + bare)
        if len(completed) == 1 and metric_tier(completed[0]) == 1 and completed[0] != n_metrics[0]:
            if named is a_side:
                return a_side, fund + bare, a_metrics, completed
            return fund + bare, b_side, completed, b_metrics
    return a_side, b_side, a_metrics, b_metrics


def _side_metrics(side: str) -> list[str]:
    """The metrics one side of a comparison names. A bracket saying what the side is not
    ("总收入（不只是公共预算财政拨款）", [rules] bracket_negations) names nothing; a bracket naming
    metrics says which the words before it mean ("日常运转的钱（基本支出）" → 基本支出)."""
    negations = tuple(_words("bracket_negations"))
    side = re.sub(r"\(([^()]*)\)", lambda b: "" if b.group(1).startswith(negations) else b.group(0), side)
    named = [metrics_in(b) for b in re.findall(r"\(([^()]*)\)", side)]
    named = [k for keys in named for k in keys]
    staff = [k for w, k in _words("staff_words").items() if w in side][:1]
    found = named or metrics_in(side) or staff     # (在岗的人比编制多几个: 编制 is the 编制数)
    # "三公经费里公车的钱": a whole named as where the part is, not a second item
    return [k for k in found if not any(k in wholes_of(j) for j in found if j != k)]


def _balance_change(q: Question, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """"年底结转结余比年初多了多少": the year-end balance − the opening balance (万元 or the
    documents' unit), both stated for the document's year and cited; "…增长了百分之几" (growth):
    that difference ÷ the opening balance × 100 (%). None when the question is not of that form
    or either balance is not stated (never one balance's amount)."""
    rules = questions_lexicon()["rules"]
    if q.intent not in ("value", "change", "growth") or not re.search(rules["balance_start_compared"], q.norm) \
            or not any(b in q.norm for b in rules["balance_items"]):
        return None
    item = re.sub(rules["balance_start_compared"], "", q.item)
    start_metric, end_metric = rules["balance_pair"]
    found = []
    for metric in (end_metric, start_metric):
        named = re.sub("|".join(rules["balance_period_words"]), "", item)
        named = next((named.replace(b, metric, 1) for b in rules["balance_items"] if b in named), metric)
        fig = m.best(named, [metric], unit_kind="money", year=doc_year, doc_year=doc_year, basis=q.basis)
        if fig is None or fig.role != "amount":
            return None
        found.append(fig)
    end, start = found
    value = round_as(money_to(end.value, end.unit, "万元") - money_to(start.value, start.unit, "万元"), "万元")
    if q.intent == "growth":
        rate = _pct(value, money_to(start.value, start.unit, "万元"))
        if rate is None:
            return None
        formula = f"({display_label(end)} {fmt(end.value, end.unit)} − {display_label(start)} " \
                  f"{fmt(start.value, start.unit)}) ÷ {fmt(start.value, start.unit)} × 100 = {fmt(rate, '%')}"
        return Result("derived", rate, "%", f"{display_label(end)}比年初增幅", [end, start], formula)
    formula = f"{display_label(end)} {fmt(end.value, end.unit)} − {display_label(start)} " \
              f"{fmt(start.value, start.unit)} = {fmt(value, '万元')}"
    return Result("derived", value, "万元", f"{display_label(end)}比年初变化", [end, start], formula)


def _same_items_sum(q: Question, result: Result, m: FigureMatcher) -> Result | None:
    """One car's amount found where the sentence lists the same item for several identified
    things ("闽K229KA公车洗车900元、闽K198KA公车洗车900元"): a question asking them together
    ("两辆公车洗车一共…") gets their sum, every input cited (None when it names a number of
    things the sentence does not list); a question naming neither a total nor a number keeps the
    one figure only when it names its identifier (else None: which car is not said)."""
    fig = result.inputs[0]
    own = IDENT.findall(norm(fig.label))
    if fig.source != "text" or not own:
        return result
    shape = IDENT.sub("", PLATE.sub("", norm(fig.label)))
    same = [f for f in m.figures if f.source == "text" and f.span.start == fig.span.start and f.unit == fig.unit
            and f.role == fig.role and IDENT.findall(norm(f.label))
            and IDENT.sub("", PLATE.sub("", norm(f.label))) == shape]
    if len(same) < 2 or IDENT.search(q.norm):
        return result
    many = _number_said(r"([两二三四五六七八九十\d]+)(?:%s)" % "|".join(_words("thing_measures")), q.norm)
    if many is not None and many != len(same):
        return None
    if many is None and not any(w in q.norm for w in _words("asked_total_words")):
        return None
    return _money_sum(same, f"{shape}合计")


def _money_sum(inputs: list[Figure], label: str) -> Result:
    """A derived sum of money figures: in their own unit when they share one (exact: 900元 + 1290元
    = 2190元), else in 万元 to 0.01; formula with every input."""
    unit = inputs[0].unit if len({f.unit for f in inputs}) == 1 else "万元"
    total = round_as(sum((money_to(f.value, f.unit, unit) for f in inputs), Decimal(0)), unit)
    formula = " + ".join(f"{display_label(f)} {fmt(f.value, f.unit)}" for f in inputs) + f" = {fmt(total, unit)}"
    return Result("derived", total, unit, label, inputs, formula)


def _stated_part(metric: str, m: FigureMatcher, year: int | None, doc_year: int | None,
                 basis: str | None) -> Figure | None:
    return m.best(metric, [metric], unit_kind="money", year=year, doc_year=doc_year, basis=basis,
                  require=lambda f: f.metric == metric and f.basis != "变化" and f.year in (None, year))
