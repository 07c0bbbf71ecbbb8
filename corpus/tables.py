"""RawTable → :class:`Table` (title, declared unit, header rows, body rows) and table-row passages.

- header rows: the rows before the first row holding an amount cell (a table without amounts —
  e.g. a 绩效目标表 — keeps its first row as header);
- title: the nearest name line above the table on its page ("2025年预算单位收入预算总表"),
  preferring a line ending in 表; ``unit``: 元 / 万元 / 亿元 / 千元 from "单位：元", "单位:万元",
  "金额单位：万元" above the table or in its header cells, else None;
- a table that continues on the next page (no name line above it, same number of columns as
  the table before) keeps its own page and offset but takes the title, unit and header of the
  table it continues; a repeated header is recognised and not counted as body rows;
- blank rows are dropped; cells are strings ("" for empty).

:func:`table_passages` renders each body row as one passage (kind "table_row"):
``"<title>（单位：元）| 功能分类科目名称: 行政运行 | 合计: 12,029,501.84 | …"``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon, numbers, sections
from .models import Document, Passage, RawDocument, RawTable, Table, page_at

_AMOUNT = re.compile(r"^[-−+]?[0-9][0-9,，]*(\.[0-9]+)?%?$")
_NUMBER_TOKEN = re.compile(r"(?<![A-Za-z0-9.])[0-9][0-9,]*(\.[0-9]+)?(?![A-Za-z0-9.])")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=None)
def _config() -> dict:
    c = lexicon.load("documents")["tables"]
    return {"unit": re.compile(c["unit_pattern"]), "title_endings": tuple(c["title_endings"]),
            "table_number": re.compile(c["table_number"]), "table_number_prefix": re.compile(c["table_number_prefix"]),
            "subtotal_leaves": tuple(c["column_subtotal_leaves"]),
            "unit_line_labels": re.compile(rf"\s*({c['unit_line_labels']})"), "title_qualifier": re.compile(c["title_qualifier"])}


def is_amount(cell: str) -> bool:
    """True for a cell that is a number as tables print them ("12,029,501.84", "0", "3.5%")."""
    return bool(_AMOUNT.match(cell.strip()))


# --------------------------------------------------------------------------- tables
def _continues(title: str, before: str) -> bool:
    """Whether ``title`` marks a continuation ([tables] continued_marks: （续表）, 续表 …) of the table
    titled ``before`` (the same words without the mark, or no words at all)."""
    marks = lexicon.load("documents")["tables"].get("continued_marks", [])
    flat = re.sub(r"\s", "", title)
    for mark in marks:
        if flat.endswith(mark) or flat.startswith(mark):
            stem = flat.replace(mark, "")
            return not stem or stem in re.sub(r"\s", "", before or "")
    return False


def parse_tables(raw: RawDocument, doc: Document) -> list[Table]:
    """Tables of ``raw`` with title, unit, header and body rows; ``section`` is the heading path
    (" > " joined) of ``doc.sections`` holding the table's first line, ``page`` 1-based or None,
    ``start`` the offset of its first line in ``doc.text`` (-1 when unknown).

    Each Table's ``row_spans`` holds [start, end, page] of every body row's line (used for
    row passages and table figures' spans)."""
    tables: list[Table] = []
    edges: dict[str, list[float] | None] = {}     # table id → its first raw part's column edges
    for raw_table in raw.tables:
        rows = [[_clean(c) for c in row] for row in raw_table.rows]
        rows = [r for r in rows if any(r)]
        if _width_rows(rows) < 2:
            continue                  # a framed one-column box (e.g. a table of contents)
        lines = _lines_above(raw, raw_table)
        begun = None if lines or not tables else _header_begun(tables[-1], edges[tables[-1].id], raw_table)
        if begun:
            # its first header rows printed at the foot of the page before: one table, named there
            started = tables.pop()
            header, body = _split_header(rows)
            table = Table(id=started.id, doc=doc.name, page=started.page, section=started.section,
                          title=started.title, unit=started.unit, header=begun + header, rows=body,
                          start=started.start)
            table.row_spans = [list(t) for t in _row_spans(raw, raw_table, body)]
            tables.append(table)
            edges[table.id] = raw_table.edges
            continue
        title = _title(lines)
        if title is None:
            # the title (and its unit line) printed at the foot of the page before
            title, foot = _title_on_page_before(raw, raw_table, lines)
            lines = lines + foot if title else lines
        inner_title, rows = _title_rows(rows)
        title = inner_title or title
        unit = _unit(lines, rows)
        prev = tables[-1] if tables else None
        header, body = _split_header(rows)
        if len(header) > 6 or any(re.search(r"\d", re.sub(r"\d{4}\s*年度?", "", c)) for r in header for c in r):
            header, body = [], rows   # a form (label | value | label | value …), not a grid
        header = _aligned_header(header, body)
        unit = unit or _header_unit(header, body)
        at_page_top = not lines or len(_NUMBER_TOKEN.findall(lines[0])) >= 2
        last_page = prev.row_spans[-1][2] if prev is not None and prev.row_spans else (prev.page if prev else None)
        # (a title saying it continues the table before: "一般公共预算财政拨款支出决算表（续表）")
        continues = title is not None and prev is not None and _continues(title, prev.title)
        if ((title is None and at_page_top or continues) and prev is not None and _width(prev) == _width_rows(rows)
                and (raw_table.page is None or last_page is None or raw_table.page - last_page in (0, 1))):
            # continuation of the previous table on the next page: one table, its rows appended
            if header and [_flat(r) for r in header] != [_flat(r) for r in prev.header]:
                body = header + body
            prev.rows += body
            prev.row_spans += [list(t) for t in _row_spans(raw, raw_table, body)]
            prev.unit = prev.unit or unit
            continue
        section = _section_path(doc, raw_table.start)
        table = Table(id=f"{doc.name}#t{len(tables)}", doc=doc.name, page=raw_table.page, section=section,
                      title=title or (section.split(" > ")[-1] if section else ""), unit=unit,
                      header=header, rows=body, start=raw_table.start)
        table.row_spans = [list(t) for t in _row_spans(raw, raw_table, body)]  # (start, end, page) per body row
        tables.append(table)
        edges[table.id] = raw_table.edges
    return tables


def _header_begun(prev: Table, prev_edges: list[float] | None, raw_table: RawTable) -> list[list[str]] | None:
    """The header rows of ``raw_table`` printed at the foot of the page before as a table of their own
    (a group row "预算数 | 决算数" over the 12 columns of a “三公”经费 table that starts the next page),
    spread over ``raw_table``'s columns by position: each column takes the cell of ``prev`` above
    its middle. None unless ``prev`` has header rows only, sits on the page before and spans the
    same width (within 6 points)."""
    here = raw_table.edges
    if (prev.rows or not prev.header or not prev_edges or not here or raw_table.page is None
            or prev.page is None or raw_table.page - prev.page != 1
            or abs(prev_edges[0] - here[0]) > 6 or abs(prev_edges[-1] - here[-1]) > 6):
        return None
    spread = []
    for row in prev.header:
        cells = []
        for j in range(len(here) - 1):
            middle = (here[j] + here[j + 1]) / 2
            k = next((k for k in range(len(prev_edges) - 1) if prev_edges[k] <= middle < prev_edges[k + 1]), None)
            cells.append(row[k] if k is not None and k < len(row) else "")
        spread.append(cells)
    return spread


def _title_rows(rows: list[list[str]]) -> tuple[str | None, list[list[str]]]:
    """Leading rows that hold one text across the whole width and name the table
    ("财政项目支出绩效目标填报表", "（2023年度）") → (title, remaining rows)."""
    parts = []
    k = 0
    while k < len(rows) and len(set(c for c in rows[k] if c)) == 1 and not is_amount(rows[k][0] or "x"):
        cell = next(c for c in rows[k] if c)
        if not parts and not cell.endswith(_config()["title_endings"]):
            break
        parts.append(cell)
        k += 1
    return ("".join(parts) or None), rows[k:]


def _clean(cell: str | None) -> str:
    return re.sub(r"\s+", " ", cell or "").strip()


def _flat(row: list[str]) -> str:
    return "".join(row).replace(" ", "")


def _width(table: Table) -> int:
    return _width_rows(table.header + table.rows)


def _width_rows(rows: list[list[str]]) -> int:
    return max((len(r) for r in rows), default=0)


def _aligned_header(header: list[list[str]], body: list[list[str]]) -> list[list[str]]:
    """The header moved right when the layout put it one or more columns left of its body: its
    last k cells empty in every header row and the first k cells empty in every body row
    ("经济分类科目编码 | 名称 | 合计 | 人员经费 | 公用经费 | ·" over "· | 30107 | 绩效工资 | 1,005,800.00 | …")."""
    if not header or not body:
        return header
    width = min(len(r) for r in header + body)
    k = 0
    while k < width - 1 and all(len(r) > k and not r[len(r) - 1 - k] for r in header) \
            and all(not r[k] for r in body):
        k += 1
    if not k or not all(any(r[:len(r) - k]) for r in header):
        return header
    return [[""] * k + r[:len(r) - k] for r in header]


def _split_header(rows: list[list[str]]) -> tuple[list[list[str]], list[list[str]]]:
    for i, row in enumerate(rows):
        if any(is_amount(c) for c in row if c):
            return rows[:i], rows[i:]
    for i, row in enumerate(rows):        # no amounts: an empty template ends with its 合计 row
        first = next((c for c in row if c), "")
        if i and first.replace(" ", "") in ("合计", "总计"):
            return rows[:i], rows[i:]
    return rows[:1], rows[1:]


def _header_only(line: str) -> bool:
    """Whether ``line`` is only column header words ("科目编码 科目名称 合计 基本支出 项目支出"):
    a header printed above the grid or repeated on the next page, no title."""
    rest = re.sub(r"\s+", "", line)
    if not rest or re.search(r"\d", rest):
        return False
    words = sorted(lexicon.load("documents")["tables"]["column_header_words"], key=len, reverse=True)
    return not re.sub("|".join(map(re.escape, words)), "", rest)


def _lines_above(raw: RawDocument, table: RawTable) -> list[str]:
    """Up to 4 non-empty lines just above the table on its page, nearest first; lines made of
    column header words only (a header printed above the grid) are skipped."""
    if table.start < 0:
        return []
    page_start = 0
    if raw.page_starts and table.page:
        page_start = raw.page_starts[table.page - 1]
    before = raw.text[page_start:table.start].split("\n")
    out = [ln.strip() for ln in reversed(before) if ln.strip() and not _header_only(ln)]
    return out[:4]


def _title_on_page_before(raw: RawDocument, table: RawTable, lines: list[str]) -> tuple[str | None, list[str]]:
    """A title printed at the foot of the page before the table ("…“三公”经费支出决算表" / next page:
    "公开07表", the unit line, the table): only a name line ending in 表; with the lines at that
    foot, nearest first (the unit line may be among them: "编制单位：… 金额单位：万元"). (None, [])
    when there is none."""
    if not (raw.page_starts and table.page and table.page >= 2) or table.start < 0:
        return None, []
    page_start = raw.page_starts[table.page - 1]
    previous = raw.text[raw.page_starts[table.page - 2]:page_start].split("\n")
    tail = [ln.strip() for ln in reversed(previous) if ln.strip()][:max(0, 4 - len(lines))]
    title = _title(tail)
    if not title or not _ends_as_title(title, _config()["title_endings"][:1]):
        return None, []
    return title, tail[:next((i for i, ln in enumerate(tail) if title in re.sub(r"\s+", "", ln)), len(tail))]


def _ends_as_title(name: str, endings: tuple[str, ...] | None = None) -> bool:
    """Whether ``name`` ends as a table's name does ([tables] title_endings), a qualifier in brackets
    after it aside ("…基本支出表（按部门经济分类）")."""
    return _config()["title_qualifier"].sub("", name).endswith(endings or _config()["title_endings"])


def _title(lines: list[str]) -> str | None:
    """The table's name line: the nearest line above that is not a unit line, not table data and
    not a note, preferring one that ends in 表."""
    unit_re = _config()["unit"]
    candidates = []
    for line in lines:
        if len(_NUMBER_TOKEN.findall(re.sub(r"\d{4}\s*年度?", "", _config()["table_number_prefix"].sub("", line)))) >= 2:
            break                                   # rows of another table: no title here ("表1-2 部门支出总表" is one)
        name = _config()["unit_line_labels"].split(line)[0].strip()
        if (len(_CJK.findall(name)) < 2 or name.startswith(("注", "备注")) or len(name) > 80
                or _config()["table_number"].match(numbers.normalize(re.sub(r"\s+", "", name)))
                or name.endswith(("：", ":", "；")) or "，" in name or "。" in name
                or (len(name) > 40 and not _ends_as_title(name))):
            continue
        if unit_re.search(line) and not name:
            continue
        candidates.append(re.sub(r"\s+", "", name) if _CJK.search(name) else name)
    for name in candidates:
        if _ends_as_title(name):
            return name
    return candidates[0] if candidates else None


def _unit(lines: list[str], rows: list[list[str]]) -> str | None:
    unit_re = _config()["unit"]
    for line in lines:
        m = unit_re.search(line)
        if m:
            return m.group(1)
    for row in rows[:3]:
        for cell in row:
            m = unit_re.search(cell)
            if m:
                return m.group(1)
    return None


def _header_unit(header: list[list[str]], body: list[list[str]]) -> str | None:
    """The money unit a table without a unit line prints in its column heads ("项目名称 | 预算金额
    （万元） | 主要绩效指标"): the one unit in brackets over every column that holds amounts; None when
    a column of amounts says none, or the heads name several units or a count."""
    money = ("亿元", "万元", "千元", "元")
    width = max((len(r) for r in header + body), default=0)
    said: dict[int, set[str]] = {}
    for row in header:
        for j, cell in enumerate(row):
            for unit in re.findall(r"[（(]\s*([\u4e00-\u9fff]{1,3})\s*[)）]", cell or ""):
                said.setdefault(j, set()).add(unit)
    numbering = tuple(lexicon.load("documents")["tables"]["line_number_words"])
    # (a column headed 序号 / 编号 numbers the lines: "1 | 城区道路清扫保洁服务外包经费 | … | 2,860.00")
    numbered = {j for row in header for j, cell in enumerate(row) if re.sub(r"\s", "", cell or "") in numbering}
    amounts = [j for j in range(width) if j not in numbered and any(j < len(r) and is_amount(r[j]) for r in body)]
    units = {u for j in amounts for u in said.get(j, set())}
    if not amounts or len(units) != 1 or not units <= set(money) or any(not said.get(j) for j in amounts):
        return None
    return units.pop()


def _section_path(doc: Document, offset: int) -> str:
    best = sections.deepest_section(doc.sections, max(offset, 0), titled=True)
    return " > ".join(best.path) if best else ""


def _row_spans(raw: RawDocument, table: RawTable, body: list[list[str]]) -> list[tuple[int, int, int | None]]:
    """Where each body row's line is in the text: found by its longest cells (the first found
    after the row before), in order from the table's first line and never past the end of the
    table's page (a table read from one PDF page has its rows on that page); falls back to the
    table's own offset."""
    out = []
    cursor = max(table.start, 0)
    text = raw.text
    page_end = raw.page_starts[table.page] if raw.page_starts and table.page and table.page < len(raw.page_starts) \
        else len(text)
    previous: set[str] = set()
    for row in body:
        keys = sorted({c for c in row if c and c not in previous}, key=lambda w: (-len(w), w))
        previous = set(row)
        # a wrapped cell is on several lines in the text: look for its first 12 characters
        found = [text.find(key[:12], cursor, min(cursor + 4000, page_end)) for key in keys[:3]] \
            if table.start >= 0 else []
        pos = min((p for p in found if p >= 0), default=-1)
        if pos < 0:
            out.append((max(table.start, 0), max(table.start, 0), table.page))
            continue
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        out.append((line_start, line_end, page_at(raw.page_starts, line_start) if raw.page_starts else table.page))
        cursor = line_end
    return out


# --------------------------------------------------------------------------- passages
def header_rows(table: Table) -> list[list[str]]:
    """The header rows with merged cells spread: a blank cell of an upper header row over a
    column that a lower row names belongs to the cell on its left ("预算数 | | | 决算数 | |" over
    "合计 | 因公出国（境）费 | … " → 预算数 over each of its columns)."""
    rows = [list(r) for r in table.header]
    for i, row in enumerate(rows[:-1]):
        for j in range(1, len(row)):
            named_below = any(j < len(r) and r[j] for r in rows[i + 1:])
            if not row[j] and row[j - 1] and named_below:
                row[j] = row[j - 1]
    return rows


def _header_cells(table: Table, j: int) -> list[str]:
    """The header cells over column ``j``, top down, blanks removed and a merged cell once."""
    parts: list[str] = []
    for row in header_rows(table):
        cell = re.sub(r"\s+", "", row[j]) if j < len(row) else ""
        if cell and (not parts or parts[-1] != cell):
            parts.append(cell)
    return parts


def column_path(table: Table, j: int) -> str:
    """Every header cell over column ``j``, top down, joined by "/" ("预算数/公务用车购置及运行费/
    公务用车运行费"): the words a short column name may leave out (a band naming the basis)."""
    return "/".join(_header_cells(table, j))


def column_names(table: Table) -> list[str]:
    """A short name per column: the deepest header cell, with its parent header prepended while
    the name is not unique among the columns ("本年支出/项目" vs "本年收入/项目")."""
    width = _width(table)
    stacks = []
    header = header_rows(table)
    for j in range(width):
        parts: list[str] = []
        for row in header:
            cell = row[j] if j < len(row) else ""
            if cell and (not parts or parts[-1] != cell):
                parts.append(cell)
        if len(parts) > 1 and re.sub(r"\s+", "", parts[-1]) in _config()["subtotal_leaves"]:
            parts.pop()         # 基本支出 > 小计 | 人员经费 | 公用经费: the 小计 column is 基本支出 itself
        stacks.append(parts)
    depth = [1] * width
    for _ in range(4):
        names = ["/".join(p[-d:]) for p, d in zip(stacks, depth)]
        dupes = {n for n in names if n and names.count(n) > 1}
        if not dupes:
            break
        changed = False
        for j, n in enumerate(names):
            if n in dupes and depth[j] < len(stacks[j]):
                depth[j] += 1
                changed = True
        if not changed:
            break
    names = ["/".join(p[-d:]) for p, d in zip(stacks, depth)]
    if not table.header:
        return [""] * width       # a form: cells speak for themselves
    return [n or f"第{j + 1}列" for j, n in enumerate(names)]


def column_label(table: Table, j: int) -> str:
    """What column ``j`` of ``table`` is, as an item name, for cells of a row without a name:
    the deepest header cell, its parent when it is a total (“三公”经费预算数 > 合计 → “三公”经费),
    a part joined to its parent by the lexicon (公务用车购置及运行费 > 运行费 → 公务用车运行费);
    amount words (预算数) off the end. "" when the column has no header."""
    cfg = lexicon.load("documents")["tables"]
    parts = _header_cells(table, j)
    while len(parts) > 1 and parts[-1] in cfg["column_label_suffixes"]:
        parts.pop()             # "因公出国（境）费 / 预算数": the item is the level above its amount word
    while len(parts) > 1 and parts[-1] in cfg["column_total_leaves"]:
        parts.pop()
    if not parts:
        return ""
    label = cfg["column_parts"].get("/".join(parts[-2:]), parts[-1])
    label = re.sub(r"^\d{4}年度?", "", label)
    for suffix in cfg["column_label_suffixes"]:
        if label.endswith(suffix) and len(label) > len(suffix) + 1:
            label = label[:-len(suffix)]
    return label


def row_column_names(table: Table, row: list[str], names: list[str] | None = None) -> list[str]:
    """Column names for ``row``: :func:`column_names`, or for a row without a name (only numbers:
    the one-row “三公” table) each column's :func:`column_label` (公务用车运行费, not 运行费)."""
    names = names or column_names(table)
    if table.header and row and all(not c or is_amount(c) for c in row):
        return [column_label(table, j) or n for j, n in enumerate(names)]
    return names


def render_row(table: Table, row: list[str], names: list[str] | None = None) -> str:
    """One body row as text: "<title>（单位：元）| <column>: <cell> | …" (empty cells left out,
    a label repeated by a merged cell shown once)."""
    names = row_column_names(table, row, names)
    head = table.title or table.section.split(" > ")[-1]
    if table.unit:
        head += f"（单位：{table.unit}）"
    parts, last = [], None
    for j, cell in enumerate(row):
        if not cell or (cell == last and not is_amount(cell)):
            continue
        last = cell
        name = names[j] if j < len(names) else ""
        parts.append(f"{name}: {cell}" if name else cell)
    return " | ".join([head] + parts)


def table_passages(tables: list[Table], start_index: int = 0) -> list[Passage]:
    """One passage (kind "table_row") per body row of every table (except grid rows holding only a
    label and no figure), ids "<doc>#<n>" numbered from ``start_index``; offsets and page are those of the row's line when it was found in the text
    (else the table's first line)."""
    out: list[Passage] = []
    for table in tables:
        names = column_names(table)
        spans = table.row_spans
        for k, row in enumerate(table.rows):
            if not any(row) or (table.header and not any(is_amount(c) for c in row)
                                and len({c for c in row if c}) <= 1):
                continue          # a grid row with a label and no figure (blank template line)
            start, end, page = spans[k] if k < len(spans) else (max(table.start, 0), max(table.start, 0), table.page)
            out.append(Passage(id=f"{table.doc}#{start_index + len(out)}", doc=table.doc, section=table.section,
                               page=page, start=start, end=end, text=render_row(table, row, names),
                               kind="table_row"))
    return out
