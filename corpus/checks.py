"""Consistency checks: the identities of DOMAIN.md applied to one document's figures.

Each check compares only figures that belong together (same sentence, the same list following a
total, the same table), with the same year and a compatible basis (a 预算 figure is never checked
against a 决算 / 执行数 one). Tolerances are for rounding: half a unit of the last stated digit of
every input (so "1.0万元" may be 0.95–1.05), and half a unit of the last digit of a stated %.

Checks (``Finding.check``):

- identities from ``lexicon/metrics.toml`` ``[[identities]]`` (三公经费=分项之和,
  基本支出=人员经费+公用经费, 支出合计=基本支出+项目支出, 政府采购=货物+工程+服务, 公务用车购置及运行
  维护费=购置费+运行维护费): a total and the first figure of each part that follows it (before the
  next figure of the total's metric, within ``WINDOW`` characters); skipped unless every part is
  stated.
- "功能分类=支出合计": an expenditure total and the function classes (201 一般公共服务支出 …) listed
  in the same sentence, or the 类 rows of a table and its 合计 row.
- "增长率": a stated growth % against the one computed from the stated value and change
  (change / (value − change)), or from the stated value and the previous year's figure in the same
  item ("2022年执行数为1.48万元，2023年预算安排2.63万元，比…增加77.70%") — catches a rate computed
  on the wrong base.
- "上年数为负": a value and a stated increase that imply a negative previous-year amount.
- "同项两数": an item restated in its own paragraph with another value ("…（项）”220.63万元 …
  2023年预算安排441.25万元").
- "同一总数两个值": a document total (基本支出, 项目支出, 三公经费) stated in two places with two
  values (其中：…项目支出491.25万元 / （三）项目支出419.25万元).

``gap`` is stated − computed, in the unit of the total (万元/元/% points).
"""
from __future__ import annotations

import re
from decimal import Decimal

from . import lexicon, table_checks, text_checks
from .figures import basis_only, paragraphs, section_path, unit_fits
from .numbers import MONEY_FACTORS_TO_WAN, amount_ulp as _amount_ulp, half_ulp as _half_ulp, pct_range as _pct_range, plain as _fmt, to_wan
from .models import Document, Figure, Finding, Span

WINDOW = 800  # characters after a total within which its parts are looked for
_ACTUAL = {"决算", "执行数"}
_PLANNED = {"预算", "年初预算", "全年预算", "调整预算", "控制数", "预计"}


# --------------------------------------------------------------------------- helpers

def _compatible_basis(a: Figure, b: Figure) -> bool:
    if a.basis is None or b.basis is None or a.basis == b.basis:
        return True
    return not ({a.basis, b.basis} & _ACTUAL and {a.basis, b.basis} & _PLANNED)


def _stated(f: Figure) -> bool:
    """A stated amount (not a change-only figure, not a %)."""
    return f.basis != "变化" and f.unit != "%" and f.value_wan is not None


def _num(f: Figure) -> str:
    return f"{f.label or f.metric}{_fmt(f.value)}{f.unit}"


# --------------------------------------------------------------------------- identities

def _identity_findings(doc: Document, figs: list[Figure]) -> list[Finding]:
    out = []
    final_doc = (doc.kind or "").startswith("决算")
    text_figs = sorted((f for f in figs if f.source == "text" and _stated(f)), key=lambda f: f.span.start)
    for ident in lexicon.load("metrics").get("identities", []):
        total_key, parts = ident["total"], ident["parts"]
        alternatives = ident.get("alternatives", {})
        for i, total in enumerate(text_figs):
            if total.metric != total_key or total.unit not in MONEY_FACTORS_TO_WAN:
                continue
            found: dict[str, Figure] = {}
            for f in text_figs[i + 1:]:
                if f.span.start - total.span.start > WINDOW or f.metric == total_key:
                    break
                if f.metric in found or f.year != total.year or not _compatible_basis(total, f):
                    continue
                if (f.basis in _PLANNED) != (total.basis in _PLANNED) and final_doc:
                    continue    # "…运行费12.60万元，年初预算14.00万元": the budget set against a part is no
                                # part, nor are a final account's amounts parts of a budget
                found[f.metric] = f
            chosen: list[Figure] = []
            complete = True
            for part in parts:
                if part in found:
                    chosen.append(found[part])
                elif part in alternatives and all(p in found for p in alternatives[part]):
                    chosen += [found[p] for p in alternatives[part]]
                else:
                    complete = False    # a part not stated: only parts exceeding the total count
            if chosen and all(_listed_after(doc, total, p) for p in chosen):
                f = _sum_finding(doc, ident["name"], total, chosen,
                                 exhaustive=complete and ident.get("exhaustive", True))
                if f:
                    out.append(f)
    return out


_MARKERS = [re.compile(p) for p in (
    r"（\s*[一二三四五六七八九十]+\s*）", r"[一二三四五六七八九十]+\s*、", r"（\s*\d+\s*）",
    r"(?<![\d.])\d{1,2}\s*、", r"(?<![\d.])\d{1,2}\s*[.．](?!\d)", r"[①-⑳]")]


def _marker_kind(text: str) -> re.Pattern | None:
    """The kind of list marker that opens the last item in ``text`` (e.g. "1、"), if any."""
    best = None
    for pattern in _MARKERS:
        for m in pattern.finditer(text):
            if best is None or m.start() > best[0]:
                best = (m.start(), pattern)
    return best[1] if best else None


def _amount_pos(doc: Document, f: Figure) -> int:
    pos = doc.text.find(f.raw, f.span.start, f.span.end + len(f.raw))
    return pos if pos >= 0 else f.span.start


def _listed_after(doc: Document, total: Figure, part: Figure) -> bool:
    """Whether ``part`` belongs to the list of ``total``: in the same sentence or in a 其中/包括
    list that follows it, and no new item of the total's own list level ("2、") in between."""
    t_pos, p_pos = _amount_pos(doc, total), _amount_pos(doc, part)
    kind = _marker_kind(doc.text[max(0, t_pos - 40):t_pos])
    if kind is not None and kind.search(doc.text[t_pos:p_pos]):
        return False
    if part.span.start == total.span.start:
        return True
    words = lexicon.load("metrics")["phrases"]["parts"]
    after_total = total.span.text[total.span.text.find(total.raw) + len(total.raw):] if total.raw in total.span.text else ""
    following = doc.text[total.span.end:total.span.end + 12].lstrip(" \n\u3000")
    if any(w in after_total for w in words) or following.startswith(tuple(words)):
        return True
    # "控制数35.50万元。比上年度增加，主要增加…。其中：": one short sentence between the total and
    # its list
    nxt = doc.text[total.span.end:total.span.end + 60]
    return any(nxt.find("。" + w) >= 0 or nxt.find("。 " + w) >= 0 for w in words) and nxt.count("。") <= 2


def _sum_finding(doc: Document, name: str, total: Figure, parts: list[Figure],
                 exhaustive: bool = True) -> Finding | None:
    """A finding when the parts (converted to the total's unit) do not add up to the total; when
    the list may be partial (``exhaustive`` False) only parts exceeding the total count."""
    def in_total_unit(value: Decimal, unit: str) -> Decimal:
        return to_wan(value, unit) / to_wan(Decimal(1), total.unit)

    computed = sum((in_total_unit(p.value, p.unit) for p in parts), Decimal(0))
    # amounts in 万元 are kept to the cent of the unit ("0万元", "17万元": exact, _amount_ulp)
    tolerance = _amount_ulp(total.value, total.unit) + sum((in_total_unit(_amount_ulp(p.value, p.unit), p.unit)
                                                            for p in parts), Decimal(0))
    gap = total.value - computed
    if abs(gap) <= tolerance or not exhaustive and gap > 0:
        return None
    parts_text = " + ".join(_num(p) for p in parts)
    message = (f"{_num(total)}，但分项 {parts_text} = {_fmt(computed)}{total.unit}，"
               f"相差 {_fmt(gap)}{total.unit}")
    return Finding(doc.name, name, message, gap, total.unit, [total.span] + [p.span for p in parts])


def _function_class_findings(doc: Document, figs: list[Figure]) -> list[Finding]:
    """An expenditure total and ≥2 function classes in the same sentence must add up."""
    metrics = lexicon.load("metrics")["metrics"]
    classes = {k for k, spec in metrics.items() if spec.get("code")}
    out = []
    by_sentence: dict[tuple[int, int], list[Figure]] = {}
    for f in figs:
        if f.source == "text" and _stated(f):
            by_sentence.setdefault((f.span.start, f.span.end), []).append(f)
    for group in by_sentence.values():
        group.sort(key=lambda f: f.span.start)
        totals = [f for f in group if f.metric and f.metric.endswith("支出") and f.metric not in classes
                  and metrics.get(f.metric, metrics.get(f.metric[:-2], {})).get("tier", 2) < 2]
        items = [f for f in group if f.metric in classes]
        if not totals or len(items) < 2:
            continue
        total = totals[-1]
        if len({f.metric for f in items}) != len(items) or any(f.year != total.year for f in items):
            continue
        finding = _sum_finding(doc, "功能分类=支出合计", total, items, exhaustive=False)
        if finding:
            out.append(finding)
    return out


def _table_class_findings(doc: Document, figs: list[Figure]) -> list[Finding]:
    """In a table column, the 类 rows (3-digit codes) must add up to the 合计 row."""
    out = []
    metrics = lexicon.load("metrics")["metrics"]
    classes = {k for k, spec in metrics.items() if spec.get("code")}
    groups: dict[tuple, list[Figure]] = {}
    for f in figs:
        if f.source == "table":  # a table = its rendered title (first part of the row text)
            groups.setdefault((f.span.section, f.span.text.split(" | ")[0], f.column), []).append(f)
    for key, group in groups.items():
        totals = [f for f in group if f.label in ("合计", "总计")]
        items = [f for f in group if f.metric in classes and f.label[:3].isdigit()]
        if len(totals) != 1 or len(items) < 2 or len({f.metric for f in items}) != len(items):
            continue
        finding = _sum_finding(doc, "功能分类=支出合计", totals[0], items)
        if finding:
            out.append(finding)
    return out


# --------------------------------------------------------------------------- growth rates

def _earlier_year_before(doc: Document, f: Figure) -> bool:
    """The year written nearest before f's amount in its sentence is before the document's."""
    text = doc.text or ""
    at = text.find(f.raw, f.span.start, f.span.end + 1) if f.raw else -1
    if at < 0 or f.source != "text":
        return False
    # the year nearest before the amount, not counting a comparison's base (比2014年决算数…)
    years = re.findall(r"(?<![比较与同])((?:19|20)\d{2})\s*年", text[f.span.start:at])
    return bool(years) and int(years[-1]) < doc.year


def _unit_slip(f: Figure, pct_tol: Decimal) -> bool:
    """"101.79万元，比2014年决算数增加65.39元，增长179.64%": the change is written in another money
    unit than its amount, and read in the amount's unit it gives the stated rate — a slip of the
    unit word, not of the arithmetic (no finding from a figure the reader is unsure of)."""
    raw = (f.change_raw or "").split("；")[0]
    m = re.search(r"([\d.]+)\s*(亿元|万元|元)\s*$", raw)
    if not m or m.group(2) == f.unit or f.change_pct is None:
        return False
    change = Decimal(m.group(1)).copy_sign(f.change) if f.change else Decimal(m.group(1))
    base = f.value - change
    if base <= 0:
        return False
    return abs(change / base * 100 - f.change_pct) <= pct_tol + Decimal("0.1")


def _growth_findings(doc: Document, figs: list[Figure]) -> list[Finding]:
    out = []
    text_figs = sorted((f for f in figs if f.source == "text"), key=lambda f: f.span.start)
    for i, f in enumerate(text_figs):
        if f.change_pct is None or f.unit == "%":
            continue
        if doc.year is not None and (f.year is not None and f.year < doc.year or _earlier_year_before(doc, f)):
            # last year's amount ("2016年公务用车购置费决算数0万元，公务用车运行费19.11万元；与2016年
            # 相比…下降80.64%") carries no change on last year: the change is this year's amount's
            continue
        pct_tol = _half_ulp(f.change_pct) + Decimal("0.005")
        if f.change_pct == -100 and f.value != 0:
            out.append(Finding(doc.name, "增长率", f"{_num(f)}，却写“下降100%”（下降100%意味着本年为0）",
                               f.value, f.unit, [f.span]))
            continue
        if f.change is not None and f.basis != "变化":
            if _unit_slip(f, pct_tol):
                continue
            base = f.value - f.change
            if base == 0 and f.value != 0 and f.change_pct != 0:
                # 城乡社区10万元，较上年增加10万元，增长100%: last year was 0, no rate can be computed
                out.append(Finding(doc.name, "增长率",
                                   f"{_num(f)}，比上年增加 {_fmt(f.change)}{f.unit}（上年为0），增长率无从计算，"
                                   f"却写明 {_fmt(f.change_pct)}%", f.change_pct, "%", [f.span]))
                continue
            rng = _pct_range(f.value, base, _amount_ulp(f.value, f.unit), _amount_ulp(f.change, f.unit) * 2)
            how = f"按本年数 {_fmt(f.value)} 与变化额 {_fmt(f.change)} 计算，上年数 {_fmt(base)}"
            others = []
        else:
            prior = _prior_in_item(text_figs, i)
            if prior is None:
                continue
            base = prior.value  # same unit (see _prior_in_item)
            rng = _pct_range(f.value, base, _amount_ulp(f.value, f.unit), _amount_ulp(prior.value, prior.unit))
            how = f"按上年 {prior.label.split('：')[-1]}{_fmt(prior.value)}{prior.unit} 计算"
            others = [prior.span]
        if rng is None:
            continue
        lo, hi = rng
        if lo - pct_tol <= f.change_pct <= hi + pct_tol:
            continue
        computed = (lo + hi) / 2
        gap = f.change_pct - computed
        out.append(Finding(doc.name, "增长率",
                           f"{_num(f)} 写明变化 {_fmt(f.change_pct)}%，但{how}，应为 {computed:+.2f}%"
                           f"（相差 {gap:.2f} 个百分点）",
                           gap.quantize(Decimal("0.01")), "%", [f.span] + others))
    return out


def _root(label: str) -> str:
    return label.split("：", 1)[0]


def _prior_in_item(figs: list[Figure], i: int) -> Figure | None:
    """The previous-year figure of the same item just before figure i (same label root)."""
    f = figs[i]
    for g in reversed(figs[max(0, i - 4):i]):
        if f.span.start - g.span.start > 400:
            break
        if (_root(g.label) == _root(f.label) and g.year is not None and f.year is not None and g.year < f.year
                and _stated(g) and g.unit == f.unit and g.change is None):
            return g
    return None


def _negative_base_findings(doc: Document, figs: list[Figure]) -> list[Finding]:
    out = []
    for f in figs:
        if f.change is None or not _stated(f) or f.change <= 0:
            continue
        base = f.value - f.change
        if base < -(_half_ulp(f.value) + _half_ulp(f.change)):
            out.append(Finding(doc.name, "上年数为负",
                               f"{_num(f)}，写明比上年增加 {_fmt(f.change)}{f.unit}，推出上年数为 {_fmt(base)}{f.unit}（为负）",
                               base, f.unit, [f.span]))
    return out


def _restated_findings(doc: Document, figs: list[Figure]) -> list[Finding]:
    """"X（项）”220.63万元 … 2023年预算安排441.25万元": an item's amount restated differently."""
    out = []
    text_figs = sorted((f for f in figs if f.source == "text" and _stated(f)), key=lambda f: f.span.start)
    for i, f in enumerate(text_figs):
        if "：" not in f.label or f.year != doc.year or f.basis not in (None, "预算"):
            continue
        root, suffix = f.label.split("：", 1)
        if not basis_only(suffix):
            continue
        for g in reversed(text_figs[max(0, i - 4):i]):
            if f.span.start - g.span.start > 400:
                break
            if g.label == root and g.year == f.year and g.unit == f.unit and _compatible_basis(g, f):
                if abs(g.value - f.value) > _half_ulp(g.value) + _half_ulp(f.value):
                    out.append(Finding(doc.name, "同项两数",
                                       f"{root} 先写 {_fmt(g.value)}{g.unit}，同一段又写 {_fmt(f.value)}{f.unit}",
                                       g.value - f.value, f.unit, [g.span, f.span]))
                break
    return out


def _total_twice_findings(doc: Document, figs: list[Figure]) -> list[Finding]:
    """A document total (lexicon [restated_totals]: 基本支出, 项目支出, 三公经费) stated in two
    places with two values. Only figures of the document's year, in words, with the same label
    and basis, whose sentence names no other year; a statement under one fund (政府性基金 …) is
    compared with one under none only when the document's general-budget spending is its whole
    spending (a one-fund unit)."""
    cfg = lexicon.load("metrics")["restated_totals"]
    funds = cfg["fund_words"]
    text = doc.text or ""

    def before(f: Figure) -> str:
        """The 80 characters before the amount itself (the span is its whole sentence)."""
        at = text.find(f.raw, f.span.start, f.span.end + 1) if f.raw else -1
        at = at if at >= 0 else f.span.start
        return text[max(0, at - 80):at]

    def fund_of(f: Figure) -> frozenset:
        # the fund the amount's own sentence names (not an item of the list before it: "…1. 财政拨款
        # 收入677.08万元。2. 其他收入3.21万元。（二）2015本年支出651.69万元")
        where = section_path(doc, f.span.start) + re.split(r"[。；;]", before(f))[-1] + f.label
        return frozenset(w for w in funds if w in where)

    def other_year(f: Figure) -> bool:
        # (or last year named in the amount's own clause: "上年基本支出1,102.02万元、项目支出1,533.80万元")
        clause = re.split(r"[，,。；;]", before(f))[-1] + f.label
        return any(int(y) != doc.year for y in re.findall(r"((?:19|20)\d{2})\s*年", before(f)[-60:] + f.label)) \
            or any(w in clause for w in cfg.get("last_year_words", []))

    def own_part(f: Figure) -> bool:
        # one body's part of a department ("其中：金凤区民政局（本级）支出预算2263.69万元")
        return any(w in f.label for w in cfg.get("part_words", []))

    # a one-fund unit: no amount of another fund (政府性基金 …) is stated, so its general-budget
    # statements are of its whole spending
    one_fund = not any(f.value and _stated(f) and any(w in f.label for w in cfg["other_funds"] + cfg.get("own_income", []))
                       for f in figs)

    def line_item(f: Figure) -> bool:
        # the amount of a line item named in its own sentence ("图书馆（项）…支出决算为2120.76万元"),
        # or in the one before when its own names nothing ("1. 行政运行（项）。年初预算为…，支出决算为…")
        if not cfg.get("line_item"):
            return False
        chunks = re.split(r"[。；;]", before(f))
        said = chunks[-1] + f.label
        if len(chunks) > 1 and cfg.get("bare_label") and re.fullmatch(cfg["bare_label"], re.sub(r"\s", "", f.label)):
            said = chunks[-2] + said
        return re.search(cfg["line_item"], said) is not None

    groups: dict[tuple, list[Figure]] = {}
    for f in figs:
        if (f.metric in cfg["metrics"] and f.source == "text" and _stated(f) and f.role == "amount"
                and doc.year is not None and f.year == doc.year and not other_year(f) and not line_item(f) and not own_part(f)):
            label = re.sub(r"\s+|(?:19|20)\d{2}年?度?", "", f.label)      # "2015本年收入" is 本年收入
            groups.setdefault((f.metric, label, f.basis), []).append(f)
    out = []
    for (metric, label, _), group in groups.items():
        group.sort(key=lambda f: f.span.start)
        first = group[0]
        for g in group[1:]:
            if fund_of(g) != fund_of(first) and (not one_fund or metric in cfg["all_sources"]):
                continue
            if abs(g.value_wan - first.value_wan) > to_wan(_half_ulp(g.value), g.unit) + to_wan(_half_ulp(first.value), first.unit):
                out.append(Finding(doc.name, "同一总数两个值",
                                   f"{label} 一处写 {_fmt(first.value)}{first.unit}，另一处写 {_fmt(g.value)}{g.unit}",
                                   first.value_wan - g.value_wan, "万元", [first.span, g.span]))
                break
    return out


# --------------------------------------------------------------------------- stated comparisons

def _comparison_findings(doc: Document) -> list[Finding]:
    """"年初预算为A万元，支出决算为B万元。决算数小于预算数…": the stated direction (lexicon
    [comparison] words: 大于 / 小于 / 等于 / 持平) must be the one of B against A."""
    cfg = lexicon.load("metrics")["comparison"]
    words = "|".join(map(re.escape, sorted(cfg["directions"], key=len, reverse=True)))
    pattern = re.compile(rf"{cfg['budget']}\s*为?\s*(?P<a>[\d,，.]+)\s*万元[^。；]*?{cfg['final']}\s*为?\s*"
                         rf"(?P<b>[\d,，.]+)\s*万元[。，；]?\s*(?:{cfg['subject']})\s*(?P<dir>{words})")
    out = []
    for para in paragraphs(doc.text):
        for m in pattern.finditer(para.text):
            try:
                a = Decimal(m.group("a").replace(",", "").replace("，", ""))
                b = Decimal(m.group("b").replace(",", "").replace("，", ""))
            except Exception:  # noqa: BLE001 — an odd number is no finding
                continue
            said = cfg["directions"][m.group("dir")]
            actual = ">" if b > a else ("<" if b < a else "=")
            if said == actual or said == "≈" and abs(b - a) <= abs(a) * Decimal("0.01"):
                continue
            stop = para.text.find("。", m.end())
            stop = len(para.text) if stop < 0 else stop + 1          # the sentence that says it
            start, end = para.doc_span(m.start(), stop)
            span = Span(doc.name, section_path(doc, start), doc.page_at(start), start, end,
                        para.text[m.start():stop])
            out.append(Finding(doc.name, "决算与预算比较", f"年初预算{_fmt(a)}万元、决算{_fmt(b)}万元，"
                               f"文中却写“决算数{m.group('dir')}预算数”", b - a, "万元", [span]))
    return out


# --------------------------------------------------------------------------- entry point

def run(doc: Document) -> list[Finding]:
    """Consistency findings for ``doc`` from its figures (``doc.figures`` must be filled)."""
    # a figure the reader is unsure of (role "unknown": a garbled unit, an untyped clause) is
    # checked against nothing
    figs = [f for f in doc.figures if f.role != "unknown"
            and (f.metric is None or unit_fits(f.metric, f.unit) or f.unit == "%")]
    findings = (_identity_findings(doc, figs) + _function_class_findings(doc, figs)
                + _table_class_findings(doc, figs) + _growth_findings(doc, figs)
                + _negative_base_findings(doc, figs) + _restated_findings(doc, figs) + _total_twice_findings(doc, figs)
                + table_checks.run(doc) + _comparison_findings(doc))
    # a sentence the figure checks already found wrong is reported once
    found = {(s.start, s.end) for f in findings if f.check != "同一总数两个值" for s in f.spans}
    findings += [f for f in text_checks.run(doc) if not any((s.start, s.end) in found for s in f.spans)]
    seen, unique = set(), []
    for f in findings:  # a page printed twice gives the same finding twice
        key = (f.check, f.message)
        if key not in seen:
            seen.add(key)
            spans = []
            for span in f.spans:  # two figures of one sentence: show the sentence once
                if all((s.start, s.end) != (span.start, span.end) for s in spans):
                    spans.append(span)
            f.spans = spans
            unique.append(f)
    return unique
