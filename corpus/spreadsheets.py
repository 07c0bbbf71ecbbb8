"""Excel workbooks (.xlsx, .xlsm, .xls, .ods) → :class:`RawDocument`, through python-calamine.

Every sheet with a number in it becomes one table: its leading one-cell rows (the table title,
"单位：万元") are text lines above the table, so the table reader takes its title and unit from
them as it does for PDF and web tables; the other rows are the table's rows. A merged header cell
is spread over the columns it covers ("一般公共预算财政拨款" over 基本支出 | 项目支出), merged
numbers are not. Each row is also put in the text as one line of cells joined by spaces, so prose
readers and passages see the table (as for DOCX).

Raises CorpusError (Chinese reason naming the file) for a protected, corrupt or number-less
workbook.
"""
from __future__ import annotations

import datetime as _dt
import io
import re
from pathlib import Path

from .errors import CorpusError
from .models import RawDocument, RawTable
from .tables import is_amount

SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}


def read_workbook(path: Path, data: bytes) -> RawDocument:
    """All sheets of a workbook as one document: per sheet, its title lines (the sheet name when
    it has none), then the table rows. ``tables`` holds one RawTable per sheet that has a number."""
    import python_calamine as calamine

    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except calamine.PasswordError:
        raise CorpusError(str(path), "Excel 文件有密码保护，无法读取")
    except Exception as exc:  # ZipError, XmlError, CalamineError, unknown format
        raise CorpusError(str(path), f"Excel 文件无法打开（文件损坏或格式不对）: {type(exc).__name__}: {exc}"[:300])
    lines: list[str] = []
    tables: list[RawTable] = []
    offset = 0

    def add(line: str) -> None:
        nonlocal offset
        lines.append(line)
        offset += len(line) + 1

    for name in book.sheet_names:
        try:
            sheet = book.get_sheet_by_name(name)
            rows = [[_cell(v) for v in row] for row in sheet.to_python(skip_empty_area=True)]
            merged = list(getattr(sheet, "merged_cell_ranges", None) or [])
        except Exception as exc:
            raise CorpusError(str(path), f"工作表“{name}”无法读取: {type(exc).__name__}: {exc}"[:300])
        rows = _spread_merged(rows, merged, getattr(sheet, "start", None))
        rows = [r for r in rows if any(c for c in r)]
        if not any(is_amount(c) for r in rows for c in r):
            continue
        head = 0
        while head < len(rows) and _title_line(rows[head]):
            head += 1
        for line in [_title_line(r) for r in rows[:head]] or [name]:   # the sheet name when untitled
            add(line)
        tables.append(RawTable(rows=rows[head:], page=None, start=offset))
        for r in rows[head:]:
            add(" ".join(c for c in r if c))
    if not tables:
        raise CorpusError(str(path), "Excel 文件中没有含数字的工作表")
    return RawDocument(path=str(path), text="\n".join(lines), tables=tables)


def _title_line(row: list[str]) -> str | None:
    """A row above the table's header that is a line of text: one value (a merged title spread
    over the width counts once), or label lines only ("编制单位：… | 单位：元"). Else None."""
    values = list(dict.fromkeys(c for c in row if c))
    if not values or any(is_amount(v) for v in values):
        return None
    if len(values) == 1 or all(re.search(r"[:：]", v) for v in values):
        return " ".join(values)
    return None


def _cell(value) -> str:
    """A cell as text: numbers without float noise (3121.4200000000001 → "3121.42"), whole
    numbers without ".0", dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return f"{round(value, 6):.6f}".rstrip("0").rstrip(".")
    if isinstance(value, (_dt.date, _dt.datetime, _dt.time)):
        return value.isoformat()
    return re.sub(r"\s+", " ", str(value)).strip()


def _spread_merged(rows: list[list[str]], merged: list, start) -> list[list[str]]:
    """Copy a merged text cell's value into every cell of its range (numbers are not copied:
    a merged amount is one amount). ``merged`` holds ((row0, col0), (row1, col1)) in sheet
    coordinates; ``start`` is the (row, col) of ``rows[0][0]`` (the data area may not start at A1)."""
    r0, c0 = start if start else (0, 0)
    for rng in merged:
        try:
            (a_row, a_col), (b_row, b_col) = rng
        except (TypeError, ValueError):
            continue
        a_row, b_row, a_col, b_col = a_row - r0, b_row - r0, a_col - c0, b_col - c0
        if not (0 <= a_row < len(rows) and 0 <= a_col < len(rows[a_row])):
            continue
        value = rows[a_row][a_col]
        if not value or is_amount(value):
            continue
        for r in range(a_row, min(b_row, len(rows) - 1) + 1):
            for c in range(a_col, min(b_col, len(rows[r]) - 1) + 1):
                if not rows[r][c]:
                    rows[r][c] = value
    return rows
