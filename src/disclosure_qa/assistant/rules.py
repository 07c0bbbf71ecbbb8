"""The rule layer: figure questions answered from stored figures, derived values computed with
Decimal from stated figures (formula and every input's source kept).

``FigureMatcher(figures)`` scores the figures of one document against a parsed Question;
``answer_figure(question, doc, figures)`` returns a :class:`Result` (value, unit, formula,
inputs) or None when no figure fits well enough — a wrong number is worse than no answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, DivisionByZero, InvalidOperation

from ..corpus.models import Figure
from .question import Question, metric_aliases, metrics_in, questions_lexicon, strip_words
from .text import bigrams, coverage, fmt, is_money, money_to, norm, round_as

MIN_SCORE = 2.2          # below this no figure is trusted
TIE = 0.05               # scores this close count as equally good
MIN_COVER = 0.6          # share of the question's item grams that the figure's words must cover
HUNDRED = Decimal(100)


@dataclass
class Result:
    """A figure answer: ``kind`` figure | derived; ``value`` in ``unit``; ``inputs`` the figures
    used (the first is the main source); ``formula`` for derived values; ``label`` what it is."""

    kind: str
    value: Decimal
    unit: str
    label: str
    inputs: list[Figure] = field(default_factory=list)
    formula: str | None = None
    note: str = ""


@dataclass
class _Scored:
    score: float
    cover: float
    fig: Figure


LEAD_CHARS = 50   # text before a sentence that still names its subject ("2、…事业运行（项）。全年预算为…")


def _fig_words(fig: Figure, text: str = "") -> tuple[set[str], set[str]]:
    """(label grams, all grams: label + sentence + the words just before it + section + column
    + metric)."""
    label = bigrams(norm(fig.label)) | bigrams(norm(fig.column or ""))
    metric = bigrams(norm(fig.metric or ""))
    ctx = bigrams(norm(fig.span.text)) | bigrams(norm(fig.span.section)) | bigrams(norm(fig.column or ""))
    if text and fig.source == "text" and 0 < fig.span.start <= len(text):
        ctx |= bigrams(norm(text[max(0, fig.span.start - LEAD_CHARS):fig.span.start]))
    return label | metric, label | metric | ctx


class FigureMatcher:
    """Scores the figures of one document against a question item."""

    def __init__(self, figures: list[Figure], text: str = ""):
        """``text``: the document text (its words just before a sentence count as context)."""
        self.figures = figures
        self._words = [_fig_words(f, text) for f in figures]

    def rank(self, item: str, metrics: list[str], *, unit_kind: str | None = None, year: int | None = None,
             doc_year: int | None = None, basis: str | None = None, require=None,
             context: str = "") -> list[_Scored]:
        """Figures that fit ``item`` best first. ``unit_kind``: money | count | % | None;
        ``year``: the year wanted (None = the document's year); ``require``: extra predicate."""
        item_n = norm(item)
        grams = bigrams(item_n)
        residual = bigrams(_residual(item_n, metrics))
        codes = set(CODE.findall(item_n))
        context_g = bigrams(norm(context))
        out: list[_Scored] = []
        for fig, (label_g, all_g) in zip(self.figures, self._words):
            if unit_kind and _unit_kind(fig.unit) != unit_kind:
                continue
            fy = _stated_year(fig, doc_year)
            if year is not None and fy is not None and fy != year:
                continue
            if require and not require(fig):
                continue
            cover_all = coverage(grams, all_g)
            cover_label = coverage(grams, label_g)
            precision = coverage(label_g, grams | bigrams(norm(" ".join(metrics)))) if label_g else 0.0
            metric_hit = 0.0
            if fig.metric and fig.metric in metrics:
                metric_hit = 2.0 if metrics.index(fig.metric) == 0 else 1.0
            elif fig.metric and any(fig.metric.startswith(k) for k in metrics):
                metric_hit = 1.5            # a part the question narrows down to (政府采购 → 货物)
            elif fig.metric and metrics:
                metric_hit = -2.5           # the question names another metric
            elif metrics:
                metric_hit = -0.8           # a figure no metric was recognised in
            if residual:
                score_res = 2.5 * coverage(residual, label_g)
            else:
                score_res = 0.0
            score = metric_hit + 2.0 * cover_label + 1.5 * cover_all + 1.0 * precision + score_res
            leaf = _leaf_fit(grams, fig.label)
            if leaf < -50:
                continue
            score += leaf
            score += _code_fit(codes, fig)
            if item_n and item_n in norm(fig.label):
                score += 1.0
            if item_n and item_n == norm(fig.label):
                score += 0.3
            if context_g:
                # tie-breaker: the rest of the question (截至2025年8月底 …) in the sentence
                score += 0.4 * coverage(context_g, bigrams(norm(fig.span.text)))
            score += _after_fit(grams, fig)
            if TOTAL_LABEL.match(norm(fig.label)):
                score += 0.6
            score += _basis_fit(basis, fig.basis)
            if fig.source == "text":
                score += 0.05
            if (cover_all < MIN_COVER and metric_hit <= 0) or (grams and cover_all < 0.35):
                continue
            out.append(_Scored(score, cover_all, fig))
        out.sort(key=lambda s: (-s.score, s.fig.span.start))
        return out

    def best(self, *args, **kwargs) -> Figure | None:
        """The best figure, or None when none scores MIN_SCORE or when figures with different
        values fit equally well (e.g. table cells whose column is unknown): no guessing."""
        ranked = self.rank(*args, **kwargs)
        if not ranked or ranked[0].score < MIN_SCORE:
            return None
        top = ranked[0]
        tied = [s for s in ranked[1:] if s.score >= top.score - TIE and not _same_amount(top.fig, s.fig)]
        if not tied:
            return top.fig
        if all(s.fig.source == "text" and norm(s.fig.label) == norm(top.fig.label) for s in [top, *tied]):
            # the same words stated several times (本年收入 of the whole, then of each fund):
            # documents state the whole first
            return min([top, *tied], key=lambda s: s.fig.span.start).fig
        return None


TOTAL_LABEL = re.compile(r"^(本年)?(收入|支出)?(合计|总计)$")
CODE = re.compile(r"(?<!\d)(2\d{2}(?:\d{2}){0,2})(?!\d)")
LEVELS = re.compile(r"\(\d*(?:类|款|项)\)|\(\d+[:：]\)|\d*(?:类|款|项)\)|-|—")
STATED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?:度)?")


def _residual(item: str, metrics: list[str]) -> str:
    """The item without the metric aliases and basis words it contains (what narrows it)."""
    aliases = metric_aliases()
    for a in sorted((a for a in aliases if aliases[a] in metrics or any(aliases[a].startswith(k) for k in metrics)),
                    key=len, reverse=True):
        item = item.replace(a, "")
    for w in ("年初预算", "预算数", "预算", "决算数", "决算", "执行数", "支出", "收入"):
        item = item.replace(w, "")
    return item


def _stated_year(fig: Figure, doc_year: int | None) -> int | None:
    """The figure's year; when it is the document's year but the words just before the amount
    name another year ("三、2018年度预计支出：6941.88万元"), that year."""
    fy = fig.year if fig.year is not None else doc_year
    text = fig.span.text or ""
    at = text.find(fig.raw) if fig.raw else -1
    if at <= 0 or fy != doc_year:
        return fy
    before = text[max(0, at - 20):at]
    cut = max(before.rfind(c) for c in "，。；,;")
    before = before[cut + 1:]
    years = [m for m in STATED_YEAR.finditer(before)
             if not re.search(r"(比|较|与|同|相比|对比|参照)$", before[:m.start()])]
    return int(years[-1].group(1)) if years else fy


def _after_fit(item_grams: set[str], fig: Figure) -> float:
    """Counts are written before their noun (8个二级事业单位): the words right after the amount
    should be the item."""
    if _unit_kind(fig.unit) != "count" or not fig.raw:
        return 0.0
    text = fig.span.text or ""
    at = text.find(fig.raw)
    if at < 0:
        return 0.0
    after = bigrams(norm(text[at + len(fig.raw):at + len(fig.raw) + 10]))
    return 0.5 if coverage(item_grams, after) >= 0.5 else 0.0


def _leaf_fit(item_grams: set[str], label: str) -> float:
    """For hierarchical labels (类-款-项, A-B-C) the question must name the last level:
    "城乡社区支出" does not ask for "城乡社区支出（类）…其他城乡社区支出（项）"."""
    parts = [p for p in LEVELS.split(norm(label)) if p.strip("“”\"科目")]
    if len(parts) < 2:
        return 0.0
    leaf = bigrams(parts[-1].strip("“”\"科目"))
    return 0.8 if coverage(leaf, item_grams) >= 0.85 else -100.0


def _code_fit(codes: set[str], fig: Figure) -> float:
    """A function-class code in the question (2010350) must be the figure's code."""
    if not codes:
        return 0.0
    text = norm(fig.label) + " " + norm(fig.span.text if fig.source == "table" else "")
    found = set(CODE.findall(text))
    if codes & found:
        return 3.0
    return -1.5 if found else 0.0


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


def _basis_fit(asked: str | None, stated: str | None) -> float:
    """Bonus/penalty for a figure's basis (预算/决算/执行数 …) against the question's."""
    if not stated:
        return 0.0
    if stated in ("执行数", "预计") and asked not in ("执行数", "决算"):
        return -0.6
    if asked is None:
        return 0.0
    if asked in stated or stated in asked:
        return 0.3
    if asked == "预算" and stated in ("年初预算", "全年预算", "调整预算", "控制数"):
        return 0.2
    if asked == "决算" and stated in ("执行数",):
        return 0.1
    return -0.4


# --------------------------------------------------------------------------- helpers
def as_wan(fig: Figure) -> Decimal | None:
    if fig.value_wan is not None:
        return fig.value_wan
    return money_to(fig.value, fig.unit, "万元")


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


def _unit_kind_asked(q: Question) -> str | None:
    if q.count_unit:
        return "count"
    if q.asked_unit == "%":
        return "%"
    if q.asked_unit:
        return "money"
    return None


# --------------------------------------------------------------------------- answering
def answer_figure(q: Question, doc_year: int | None, figures: list[Figure],
                  matcher: FigureMatcher | None = None) -> Result | None:
    """The figure (stated or derived) that answers ``q`` in one document, or None."""
    m = matcher or FigureMatcher(figures)
    intent = q.intent
    if not _residual(q.item, []) and not q.metrics:
        # "比2024年预算多了多少？" — no subject: the document's totals
        from dataclasses import replace
        q = replace(q, metrics=["收入", "支出", "财政拨款收入", "财政拨款支出"])
    wants_last = _wants_last_year(q, doc_year)
    if intent == "share":
        return _share(q, m, doc_year)
    if intent == "completion":
        return _stated_pct(q, m, doc_year, ("完成", "执行")) or _completion(q, m, doc_year)
    if intent == "growth":
        return _growth(q, m, doc_year)
    if intent == "change":
        return _change(q, m, doc_year)
    if wants_last:
        return _last_year(q, m, doc_year)
    target = q.year if q.year and q.year != doc_year else None
    if target is not None and doc_year is not None and target > doc_year:
        return None
    kind = _unit_kind_asked(q)
    if kind is None:
        kind = "count" if _metric_is_count(q.metrics) else "money"
    fig = m.best(q.item, q.metrics, unit_kind=kind, year=target or doc_year, doc_year=doc_year, basis=q.basis, context=q.norm)
    if fig is None and kind == "money" and not q.asked_unit and not q.metrics:
        fig = m.best(q.item, q.metrics, unit_kind="count", year=target or doc_year, doc_year=doc_year,
                     basis=q.basis)
    if fig is None:
        return None
    value, unit = fig.value, fig.unit
    if q.asked_unit == "元" and fig.unit != "元":
        # 多少元: a table row in 元 is exact where prose rounds to 0.01万元
        ranked = m.rank(q.item, q.metrics, unit_kind="money", year=target or doc_year, doc_year=doc_year, context=q.norm,
                        basis=q.basis)
        top = ranked[0].score if ranked else 0
        exact = [s for s in ranked if s.fig.unit == "元" and s.score >= max(MIN_SCORE, top - 1.5)]
        if exact:
            fig = exact[0].fig
            value, unit = fig.value, fig.unit
    return Result("figure", value, unit, fig.label or fig.metric or q.item, [fig])


def _metric_is_count(metrics: list[str]) -> bool:
    try:
        from .. import lexicon
        spec = lexicon.load("metrics").get("metrics", {})
    except FileNotFoundError:
        return False
    return bool(metrics) and spec.get(metrics[0], {}).get("kind") == "count"


def _wants_last_year(q: Question, doc_year: int | None) -> bool:
    if q.intent not in ("value",):
        return False
    if q.reverse:
        return True
    if doc_year is not None and q.year == doc_year - 1:
        return True
    return q.relative == -1 and q.year is None


def _last_year(q: Question, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """Last year's value: stated for that year if the document gives it, else this year's value
    minus the stated change (derived)."""
    last = (doc_year - 1) if doc_year else None
    if last is not None:
        stated = m.best(q.item, q.metrics, unit_kind="money", year=last, doc_year=doc_year, basis=q.basis,
                        require=lambda f: _stated_year(f, doc_year) == last)
        if stated is not None:
            return Result("figure", stated.value, stated.unit, stated.label, [stated])
    fig = m.best(q.item, q.metrics, unit_kind="money", year=doc_year, doc_year=doc_year, basis=q.basis,
                 require=lambda f: f.change is not None and f.year in (None, doc_year))
    if fig is None:
        return None
    prev = round_as(fig.value - fig.change, fig.unit)
    sign = "−" if fig.change >= 0 else "+"
    formula = (f"{last or '上年'}年{fig.label} = 本年 {fmt(fig.value, fig.unit)} {sign} "
               f"{'增加' if fig.change >= 0 else '减少'} {fmt(abs(fig.change), fig.unit)} = {fmt(prev, fig.unit)}")
    return Result("derived", prev, fig.unit, f"{last or '上年'}年{fig.label}", [fig], formula)


def _change(q: Question, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """A stated change (signed), else this year's value − the base year's value (derived)."""
    ranked = m.rank(q.item, q.metrics, unit_kind="money" if not q.count_unit else "count",
                    year=doc_year if q.year in (None, doc_year) else q.year, doc_year=doc_year, basis=q.basis)
    ranked = [s for s in ranked if s.score >= MIN_SCORE]
    with_change = [s for s in ranked if s.fig.change is not None]
    if with_change and (not ranked or with_change[0].score >= ranked[0].score - 1.0):
        fig = with_change[0].fig
        return Result("figure", fig.change, fig.unit, f"{fig.label}变化", [fig],
                      note=fig.change_raw or "")
    return _two_years(q, m, doc_year, pct=False)


def _growth(q: Question, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """Growth in %: stated (change_pct or a % figure), else change / (value − change) × 100,
    else (this year − base year) / base year × 100."""
    year = q.year if q.year else doc_year
    ranked = [s for s in m.rank(q.item, q.metrics, unit_kind="money", year=year, doc_year=doc_year,
                                basis=q.basis) if s.score >= MIN_SCORE]
    stated = [s for s in ranked if s.fig.change_pct is not None]
    if stated and stated[0].score >= ranked[0].score - 1.0:
        fig = stated[0].fig
        return Result("figure", fig.change_pct, "%", f"{fig.label}变化幅度", [fig], note=fig.change_raw or "")
    pct = _stated_pct(q, m, doc_year, ("增长", "下降", "增加", "减少", "变化", "同比"))
    if pct is not None:
        return pct
    with_change = [s for s in ranked if s.fig.change is not None]
    if with_change and with_change[0].score >= ranked[0].score - 1.0:
        fig = with_change[0].fig
        base = fig.value - fig.change
        value = _pct(fig.change, base)
        if value is None:
            return None
        formula = (f"{fmt(fig.change, fig.unit)} ÷ ({fmt(fig.value, fig.unit)} − ({fmt(fig.change, fig.unit)}) "
                   f"= {fmt(base, fig.unit)}) × 100 = {fmt(value, '%')}")
        return Result("derived", value, "%", f"{fig.label}变化幅度", [fig], formula)
    return _two_years(q, m, doc_year, pct=True)


def _two_years(q: Question, m: FigureMatcher, doc_year: int | None, pct: bool) -> Result | None:
    """Change between two years' stated values of the same item (multi-year documents)."""
    if not q.base_year:
        return None
    year = q.year or doc_year
    cur = m.best(q.item, q.metrics, unit_kind="money", year=year, doc_year=doc_year, basis=q.basis,
                 require=lambda f: _stated_year(f, doc_year) == year)
    base = m.best(q.item, q.metrics, unit_kind="money", year=q.base_year, doc_year=doc_year, basis=q.basis,
                  require=lambda f: _stated_year(f, doc_year) == q.base_year)
    if cur is None or base is None or cur is base:
        return None
    if norm(cur.label) != norm(base.label) or (cur.column or "") != (base.column or ""):
        return None             # not the same item in two years
    pair = _same_unit_values(cur, base)
    if pair is None:
        return None
    a, b, unit = pair
    if pct:
        value = _pct(a - b, b)
        if value is None:
            return None
        formula = f"({fmt(a, unit)} − {fmt(b, unit)}) ÷ {fmt(b, unit)} × 100 = {fmt(value, '%')}"
        return Result("derived", value, "%", f"{cur.label}变化幅度", [cur, base], formula)
    value = round_as(a - b, unit)
    formula = f"{year}年 {fmt(a, unit)} − {q.base_year}年 {fmt(b, unit)} = {fmt(value, unit)}"
    return Result("derived", value, unit, f"{cur.label}变化", [cur, base], formula)


def _stated_pct(q: Question, m: FigureMatcher, doc_year: int | None, words: tuple[str, ...]) -> Result | None:
    """A stated % figure whose sentence names the item and one of ``words``."""
    fig = m.best(q.item, q.metrics, unit_kind="%", year=doc_year, doc_year=doc_year, basis=None,
                 require=lambda f: any(w in norm(f.span.text) for w in words))
    if fig is None:
        return None
    return Result("figure", fig.value, "%", fig.label, [fig])


def _completion(q: Question, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """决算 ÷ 预算 × 100 for the same item."""
    final = m.best(q.item, q.metrics, unit_kind="money", year=doc_year, doc_year=doc_year, basis="决算",
                   require=lambda f: (f.basis or "") == "决算")
    budget = m.best(q.item, q.metrics, unit_kind="money", year=doc_year, doc_year=doc_year, basis="预算",
                    require=lambda f: "预算" in (f.basis or ""))
    if final is None or budget is None:
        return None
    pair = _same_unit_values(final, budget)
    if pair is None:
        return None
    a, b, unit = pair
    value = _pct(a, b)
    if value is None:
        return None
    formula = f"决算 {fmt(a, unit)} ÷ 预算 {fmt(b, unit)} × 100 = {fmt(value, '%')}"
    return Result("derived", value, "%", f"{final.label}完成预算比例", [final, budget], formula)


_TOTAL_WORDS = ("总支出", "支出总额", "支出预算", "全部支出", "支出合计", "支出总计", "总额", "合计", "支出")


def _share(q: Question, m: FigureMatcher, doc_year: int | None) -> Result | None:
    """part ÷ whole × 100: a stated % first, else computed from the two figures; a whole written
    as a list in brackets "（A、B、C）" is the sum of those figures."""
    stated = _stated_pct(q, m, doc_year, ("占",))
    if stated is not None and q.part and norm(q.part) in norm(stated.inputs[0].span.text):
        return stated
    lex = questions_lexicon()
    part_item = q.part or q.item
    part_metrics = _metrics_in(part_item)
    part = m.best(part_item, part_metrics, unit_kind="money", year=doc_year, doc_year=doc_year, basis=q.basis)
    if part is None:
        return None
    whole_text = q.whole_raw or q.whole or ""
    listed = re.search(r"\((.+)\)", whole_text)
    wholes: list[Figure] = []
    if listed:
        names = [n for n in re.split(r"[、,，和及与]", listed.group(1)) if n]
        names = [n for n in _split_metric_list(listed.group(1))] or names
        for name in names:
            f = m.best(name, _metrics_in(name), unit_kind="money", year=doc_year, doc_year=doc_year, basis=q.basis)
            if f is None:
                return None
            wholes.append(f)
    else:
        whole_item = strip_words(whole_text, lex) if whole_text else ""
        whole_metrics = _metrics_in(whole_item)
        if not whole_metrics and (not whole_item or any(w in whole_item for w in _TOTAL_WORDS)):
            flow = "收入" if "收入" in norm(part_item) else "支出"
            whole_metrics = [flow]
            whole_item = whole_item or flow
        f = m.best(whole_item, whole_metrics, unit_kind="money", year=doc_year, doc_year=doc_year, basis=q.basis,
                   require=lambda f: f is not part)
        if f is None:
            return None
        wholes.append(f)
    total = Decimal(0)
    for w in wholes:
        pair = _same_unit_values(part, w)
        if pair is None:
            return None
        total += pair[1]
    value = _pct(part.value, total)
    if value is None:
        return None
    if len(wholes) == 1:
        formula = (f"{part.label} {fmt(part.value, part.unit)} ÷ {wholes[0].label} "
                   f"{fmt(total, part.unit)} × 100 = {fmt(value, '%')}")
    else:
        parts = " + ".join(f"{w.label} {fmt(_same_unit_values(part, w)[1], part.unit)}" for w in wholes)
        formula = (f"{part.label} {fmt(part.value, part.unit)} ÷ ({parts} = {fmt(total, part.unit)}) × 100 "
                   f"= {fmt(value, '%')}")
    return Result("derived", value, "%", f"{part.label}所占比重", [part, *wholes], formula)


def _metrics_in(text: str) -> list[str]:
    return metrics_in(text)


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
