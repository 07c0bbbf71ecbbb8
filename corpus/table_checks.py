"""Consistency of the standard tables, cell by cell (the issue's "rows against their parent row,
columns against 合计").

- "科目=下级科目之和": in each money column, a function- or economic-class row (类 201, 款 20106)
  equals the sum of its child rows (款 / 项, found by code prefix) when the table lists children.
- "合计=分列之和": in each row, a total column (合计 / 小计 under a header) equals the sum of the
  part columns under the same header ("支出预算 > 合计 | 基本支出 | 项目支出"; a part with its own
  小计 counts once, by that 小计); a 小计 equals its own parts.

Blank cells are 0. Tolerance: half a unit of the last stated digit of every cell involved (rounded
cells). A table continued over pages is one table (tables.parse_tables), so rows are not lost at a
page break. Each finding names the table, the row and the columns, with the row's span.
"""
from __future__ import annotations

import re
from decimal import Decimal

from . import lexicon, tables
from .figures import cell_number, row_groups
from .models import Document, Finding, Span
from .numbers import MONEY_FACTORS_TO_WAN, half_ulp as _half_ulp, plain as _fmt

# the header words of a total column (lexicon/documents.toml [tables] column_total_leaves)
_TOTAL_WORDS = tuple(lexicon.load("documents")["tables"]["column_total_leaves"])
_RATE_COLUMN = re.compile(lexicon.load("documents")["tables"]["rate_column"])
_NUMBERING_ROWS = {re.sub(r"\s+", "", w) for w in lexicon.load("documents")["tables"]["numbering_rows"]}


def _numbering_row(table, row) -> bool:
    """A row that numbers the columns ("栏次 1 2 3 …"): no amounts to check."""
    return any(re.sub(r"\s+", "", c or "") in _NUMBERING_ROWS for c in row)


def _span(doc: Document, table, k: int, text: str) -> Span:
    start, end, page = table.row_spans[k] if k < len(table.row_spans) else (max(table.start, 0),) * 2 + (table.page,)
    return Span(doc.name, table.section, page, start, end, text)


def _gap_finding(doc, check, table, k, row_text, total, parts, what) -> Finding | None:
    computed = sum((v for v in parts), Decimal(0))
    tolerance = _half_ulp(total) + sum((_half_ulp(v) for v in parts), Decimal(0))
    gap = total - computed
    if abs(gap) <= tolerance:
        return None
    message = (f"{table.title}：{what}为{_fmt(total)}{table.unit}，但分项之和为{_fmt(computed)}{table.unit}，"
               f"相差{_fmt(gap)}{table.unit}")
    return Finding(doc.name, check, message, gap, table.unit, [_span(doc, table, k, row_text)])


# --------------------------------------------------------------------------- rows: parent = Σ children
def _coded_items(table) -> dict[str, tuple[int, str, list[int]]]:
    """code → (row index, name, value cells) of every coded item of the table, side-by-side
    blocks included ("301 工资福利支出 171.07 | 302 商品和服务支出 0.83" gives 301 and 302)."""
    out = {}
    for k, row in enumerate(table.rows):
        for label, nums in row_groups(row):
            m = re.match(r"^(\d{3}(?:\d{2}){0,2})(?!\d)", label)
            if m and re.match(r"\s*[/、，,]\s*\d{3}", label[m.end():]):
                continue    # "301/303人员经费": a row of two classes is neither's total
            if m and m.group(1) not in out:
                out[m.group(1)] = (k, label[len(m.group(1)):], nums)
    return out


def _row_findings(doc: Document, table) -> list[Finding]:
    """A coded row against its child rows, value by value (the i-th amount of the parent against
    the i-th amount of each child, so side-by-side blocks line up)."""
    items = _coded_items(table)
    if len(items) < 2:
        return []
    names = tables.column_names(table)
    out = []
    for code, (k, name, nums) in items.items():
        children = [c for c in items if c.startswith(code) and len(c) == len(code) + 2]
        if not children or any(len(items[c][2]) != len(nums) for c in children):
            continue
        for i, j in enumerate(nums):
            total = cell_number(table.rows[k][j])
            values = [cell_number(table.rows[items[c][0]][items[c][2][i]]) for c in children]
            if total is None or all(v is None for v in values):
                continue
            column = names[j] if j < len(names) else ""
            if _RATE_COLUMN.search(column):
                continue            # 完成率（%）: a parent's rate is no sum of its children's
            finding = _gap_finding(doc, "科目=下级科目之和", table, k,
                                   tables.render_row(table, table.rows[k], names), total,
                                   [v or Decimal(0) for v in values], f"{code}{name}（{column}）")
            if finding:
                finding.message += f"（下级科目：{'、'.join(c + items[c][1] for c in children)}）"
                out.append(finding)
    return out


def _value_columns(table) -> set[int]:
    """Columns holding amounts of a row's item (not its code cells "201" "06" "01")."""
    return {j for row in table.rows for _, nums in row_groups(row) for j in nums}


# --------------------------------------------------------------------------- columns: 合计 = Σ parts
_LABEL_COLUMN = "项目|科目|名称|单位|编码"


def _column_groups(table) -> list[tuple[int, list[int]]]:
    """(total column, part columns) pairs from the header: a column whose last header cell is a
    total word, and the following columns under the same top header (a part spanning several
    columns with its own 小计 is that 小计; its parts are checked against it)."""
    header = table.header
    if not header:
        return []
    width = max(len(r) for r in header)
    cell = lambda r, j: re.sub(r"\s+", "", header[r][j]) if j < len(header[r]) else ""  # noqa: E731
    last = len(header) - 1
    out = []
    for j in range(width):
        if cell(last, j) not in _TOTAL_WORDS:
            continue
        # the level at which this total's siblings share a parent
        level = next((r for r in range(last - 1, -1, -1) if cell(r, j) != cell(last, j)), None)
        parent = cell(level, j) if level is not None else None
        if parent == "":
            level = parent = None       # (a blank top cell, a merged span read empty: no parent known)
        siblings = [c for c in range(width) if c != j and (parent is None or cell(level, c) == parent)
                    and (level is None or all(cell(r, c) == cell(r, j) for r in range(level + 1)))]
        if level is None:
            # no header above the total: its parts are the columns after it, up to the next block's
            # label column ("项目 | 决算数 | 项目 | 合计 | 一般公共预算 …": 决算数 is the other side's)
            after = []
            for c in range(j + 1, width):
                if re.search(_LABEL_COLUMN, cell(last, c)):
                    break
                after.append(c)
            siblings = [c for c in siblings if c in after]
            inner = _inner_columns([(c, cell(last, c)) for c in siblings])
            if inner:
                # "公务用车购置及运行费小计 | 其中：购置费 | 其中：运行费": the parts of a part are no
                # further parts of the total; they are checked against their own part
                inside = {c for subs in inner.values() for c in subs}
                siblings = [c for c in siblings if c not in inside]
                for whole, subs in inner.items():
                    if whole is not None and len(subs) >= 2:
                        out.append((whole, subs))
        parts, seen_groups = [], set()
        for c in siblings:
            group = cell(level + 1, c) if level is not None and level + 1 < last else None
            if group and group != cell(last, c):
                # a sub-group (公务用车购置及运行费 > 小计 | 购置费 | 运行费): its 小计 stands for it
                if group in seen_groups:
                    continue
                sub = [x for x in siblings if cell(level + 1, x) == group]
                subtotal = next((x for x in sub if cell(last, x) in _TOTAL_WORDS), None)
                if subtotal is None:
                    parts += sub
                else:
                    parts.append(subtotal)
                    out.append((subtotal, [x for x in sub if x != subtotal]))
                seen_groups.add(group)
            elif cell(last, c) not in _TOTAL_WORDS:
                parts.append(c)
        if len(parts) >= 2:
            out.append((j, parts))
    return out


def _inner_columns(named: list[tuple[int, str]]) -> dict:
    """{column of a part (None when not found): the columns after it holding its own parts} among a
    total's part columns (``named``: (column, header)): a column headed "其中…", or one whose metric
    is a part ([[identities]] in metrics.toml) of an earlier column's metric."""
    from .figures import match_metric

    parts_of = {i["total"]: set(i["parts"]) for i in lexicon.load("metrics").get("identities", [])}
    metrics = {c: match_metric(re.sub(r"^其中[：:]?", "", name)) for c, name in named}
    out: dict = {}
    for k, (c, name) in enumerate(named):
        owner = next((p for p, _ in reversed(named[:k]) if metrics[c] and metrics[c] in parts_of.get(metrics[p], ())), None)
        if owner is None and name.startswith("其中"):
            owner = next((p for p, n in reversed(named[:k]) if not n.startswith("其中")), None)
        if owner is not None or name.startswith("其中"):
            out.setdefault(owner, []).append(c)
    return out


def _sum_of_some(values: list[Decimal], target: Decimal, limit: int = 12) -> bool:
    """Whether some of ``values`` (at most ``limit`` of them are tried) add up to ``target`` exactly."""
    sums = {Decimal(0)}
    for v in values[:limit]:
        sums |= {s + v for s in sums}
    return target in sums - {Decimal(0)}


def _column_findings(doc: Document, table) -> list[Finding]:
    value_columns = _value_columns(table) if table.header else set()
    names = tables.column_names(table)
    groups = [(t, parts) for t, parts in _column_groups(table)
              if t in value_columns and set(parts) <= value_columns
              and not any(_RATE_COLUMN.search(names[c] if c < len(names) else "") for c in (t, *parts))]
    if not groups:
        return []
    out = []
    for k, row in enumerate(table.rows):
        if _numbering_row(table, row):
            continue
        label = row_groups(row)[0][0] if row_groups(row) else (tables.row_column_names(table, row)[0] or "")
        for total_j, parts_j in groups:
            if total_j >= len(row) or cell_number(row[total_j]) is None:
                continue
            values = [cell_number(row[c]) if c < len(row) else None for c in parts_j]
            if all(v is None for v in values):
                continue
            others = [v for c in sorted(value_columns - {total_j, *parts_j}) if c < len(row)
                      and (v := cell_number(row[c])) is not None and v != 0]
            gap = cell_number(row[total_j]) - sum((v or Decimal(0) for v in values), Decimal(0))
            if gap and _sum_of_some(others, gap):
                continue    # a part column the header put under another heading (单位资金收入 beside 财政拨款
                            # 收入's columns; 项目支出 beside 基本支出's 人员经费/公用经费): the header misread, no finding
            finding = _gap_finding(doc, "合计=分列之和", table, k, tables.render_row(table, row, names),
                                   cell_number(row[total_j]), [v or Decimal(0) for v in values],
                                   f"{label or '第%d行' % (k + 1)}的{names[total_j]}")
            if finding:
                finding.message += f"（分列：{'、'.join(names[c] for c in parts_j)}）"
                out.append(finding)
    return out


def run(doc: Document) -> list[Finding]:
    """Findings of every money table of ``doc`` (``doc.tables`` filled)."""
    out: list[Finding] = []
    for table in doc.tables:
        if table.unit not in MONEY_FACTORS_TO_WAN:
            continue
        out += _row_findings(doc, table) + _column_findings(doc, table)
    return out
