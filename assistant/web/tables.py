"""Staff desk tables: a document's figures, its findings and its expenditure chart, as pandas
DataFrames built from the stored Figures and Findings (no figures are computed here except a last
year's value from a stated change, which the chart labels as such)."""
from __future__ import annotations

from decimal import Decimal

import pandas as pd

from corpus import lexicon
from corpus.models import Document, Figure
from corpus.numbers import MONEY_FACTORS_TO_WAN, find_amounts

FIGURE_COLUMNS = ["指标", "名称", "类型", "数值", "单位", "万元", "较上年变化", "变化%", "年度", "口径", "原因",
                  "用途", "来源", "章节", "页码", "原文"]
CHARTS = {"function": "按功能分类", "type": "基本支出与项目支出"}
EXPENDITURE_TYPES = ("基本支出", "项目支出")     # metric keys of the lexicon


def _num(v: Decimal | None) -> float | None:
    return None if v is None else float(v)


def figures_frame(figures: list[Figure]) -> pd.DataFrame:
    """One row per figure with its type (金额 / 变化额 / 数量 / 占比 …: what the assistant may use it
    for) and its source (section, page, sentence or table row)."""
    names = lexicon.load("metrics")["role_names"]
    rows = [[f.metric or "", f.label, names.get(f.role, f.role), str(f.value), f.unit, _num(f.value_wan), _num(f.change), _num(f.change_pct),
             f.year, f.basis or "", f.reason or "", f.purpose or "", "表格" if f.source == "table" else "正文",
             f.span.section, f.span.page, f.span.text] for f in figures]
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS)


def findings_markdown(doc: Document) -> str:
    """The document's consistency findings grouped by identity (its ``check``), each with the spans
    involved (total first) and, in them, the amounts the finding names in bold."""
    if not doc.findings:
        return "没有发现不一致之处。"
    out = [f"共 {len(doc.findings)} 个一致性问题：\n"]
    groups: dict[str, list] = {}
    for f in doc.findings:
        groups.setdefault(f.check, []).append(f)
    n = 0
    for check, found in groups.items():
        out.append(f"#### {check}（{len(found)} 个）")
        for f in found:
            n += 1
            out.append(f"**{n}.**（差额 {f.gap} {f.unit}）：{f.message}")
            for s in f.spans:
                page = f" 第{s.page}页" if s.page else ""
                out.append(f"   - {s.section}{page}：{_bold_amounts(s.text, f.message)}")
    return "\n".join(out)


def _bold_amounts(text: str, message: str) -> str:
    """``text`` with the amounts that ``message`` also names set in bold (the figures in conflict)."""
    named = {a.value for a in find_amounts(message)}
    out, at = [], 0
    for a in find_amounts(text):
        if a.value in named and text[a.start:a.end] == a.raw:
            out += [text[at:a.start], f"**{a.raw}**"]
            at = a.end
    return "".join(out) + text[at:]


def function_class_metrics() -> dict[str, str]:
    """Function-class (功能分类 类) metric keys → 3-digit code, from the metrics lexicon."""
    metrics = lexicon.load("metrics").get("metrics", {})
    return {key: str(m["code"]) for key, m in metrics.items() if isinstance(m, dict) and m.get("code")}


CHANGE_ONLY = "变化"    # Figure.basis of change-only figures (corpus/figures.py): not a stated amount


def _pick(figures: list[Figure], doc: Document, metric: str) -> Figure | None:
    """The document's first stated money amount of ``metric`` for its own year (change-only
    figures skipped); when that one states no change, a figure of the same amount that does."""
    stated = [f for f in figures if f.metric == metric and f.value_wan is not None and f.basis != CHANGE_ONLY
              and f.year in (None, doc.year)]
    if not stated:
        return None
    first = stated[0]
    if first.change is None:
        return next((f for f in stated if f.change is not None and f.value_wan == first.value_wan), first)
    return first


def chart_frame(doc: Document, chart: str) -> pd.DataFrame:
    """Rows (项目, 年度, 万元, 柱) for ``chart`` ("function" or "type"): this year's stated amount and,
    where the document states a change, last year's (= this year − change, in 万元)."""
    metrics = list(function_class_metrics()) if chart == "function" else list(EXPENDITURE_TYPES)
    this_year = f"{doc.year}年" if doc.year else "本年"
    last_year = f"{doc.year - 1}年" if doc.year else "上年"
    rows = []
    for metric in metrics:
        f = _pick(doc.figures, doc, metric)
        if f is None:
            continue
        rows.append((metric, this_year, float(f.value_wan)))
        if f.change is not None and f.unit in MONEY_FACTORS_TO_WAN and f.value:
            change_wan = f.change * (f.value_wan / f.value)     # change is stated in the figure's unit
            rows.append((metric, last_year, float(f.value_wan - change_wan)))
    frame = pd.DataFrame(rows, columns=["项目", "年度", "万元"])
    frame["柱"] = frame["项目"] + " " + frame["年度"]     # one bar per item and year (bars never stack)
    return frame


def table_choices(doc: Document) -> list[str]:
    """One label per table of ``doc``: "n. title（单位）· 第p页"."""
    out = []
    for i, t in enumerate(doc.tables, start=1):
        unit = f"（单位：{t.unit}）" if t.unit else ""
        page = f" · 第{t.page}页" if t.page else ""
        out.append(f"{i}. {t.title or t.section or '表格'}{unit}{page}")
    return out


def table_frame(doc: Document | None, label: str | None) -> pd.DataFrame:
    """The table picked by its ``table_choices`` label, as read: column names from its header
    (parents joined where needed), one row per body row."""
    from corpus.tables import column_names

    if not label:
        return pd.DataFrame({"说明": ["本文档没有读到表格" if doc is not None else "请先选择文档并点“查看”"]})
    try:
        table = doc.tables[int(label.split(".", 1)[0]) - 1]
    except (ValueError, IndexError):
        return pd.DataFrame()
    names = column_names(table)
    width = max([len(names)] + [len(r) for r in table.rows])
    names = (names + [f"第{j + 1}列" for j in range(len(names), width)])[:width]
    seen: dict[str, int] = {}
    unique = []
    for n in names:                                 # DataFrame columns must differ
        seen[n] = seen.get(n, 0) + 1
        unique.append(n if seen[n] == 1 else f"{n}（{seen[n]}）")
    rows = [list(r) + [""] * (width - len(r)) for r in table.rows]
    return pd.DataFrame(rows, columns=unique)

