"""Rows of standard approval tables flattened into one line of a web page, blank cells dropped.

The 2014 批复 pages print the national forms ("公共预算财政拨款收入支出决算批复表", "“三公”经费公共财政拨款
支出决算批复表") as one line: header words, then rows "code name n1 n2 …" where an empty cell leaves
no trace. A row's numbers can then sit in several columns. Each form is described in
``documents.toml`` (``[[tables.flat_templates]]``): its title, the word closing its header, its
leaf columns in order, and the sums its columns obey ("1 = 2 + 3"). A row's numbers are placed in
every way that keeps their order and obeys every sum (to the cent, per term); a cell is read only
when every such placement gives it the same number. A complete row (one number per column) is
read as printed.

Pure text → placements; :mod:`corpus.figures` turns them into figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from itertools import combinations

from . import lexicon

_NUM = r"-?\d[\d,]*\.\d+"
_ROW = re.compile(rf"(?P<name>(?:\d{{3,7}}\s*)?[\u4e00-\u9fff“”\"（）()、][\u4e00-\u9fff“”\"（）()、\s]*?)\s+"
                  rf"(?P<nums>{_NUM}(?:\s+{_NUM})*)(?=\s|$)")
_TOLERANCE = Decimal("0.011")        # per term: two-decimal cells rounded one by one


@dataclass(frozen=True)
class Cell:
    """One read cell: the row's name as printed (code and name), the column (0-based index into
    the template's ``columns``), the number as printed, and its [start, end) in the text."""

    row: str
    column: int
    raw: str
    start: int
    end: int
    row_start: int
    row_end: int


@lru_cache(maxsize=1)
def templates() -> list[dict]:
    return lexicon.load("documents")["tables"].get("flat_templates", [])


def _sums(template: dict) -> list[list[tuple[int, int]]]:
    """"1 + 4 = 5 + 10" → [(0, +1), (3, +1), (4, −1), (9, −1)] (0-based columns, signs)."""
    out = []
    for rule in template.get("sums", []):
        left, right = rule.split("=")
        terms = [(int(x) - 1, 1) for x in re.findall(r"\d+", left)]
        terms += [(int(x) - 1, -1) for x in re.findall(r"\d+", right)]
        out.append(terms)
    return out


def place(values: list[Decimal], width: int, sums: list[list[tuple[int, int]]],
          blank: frozenset[int] = frozenset()) -> dict[int, int | None]:
    """Column → index into ``values`` (or None: blank) for the cells every consistent placement
    agrees on; columns the placements disagree on are left out.

    ``values`` in printed order fill ``width`` columns, the missing ones blank (0); columns in
    ``blank`` are known to be blank (see :func:`_known_blanks`). A placement is consistent when
    every sum holds within one cent per term. A row as wide as the table is read as printed even
    when its sums do not hold (the page's own inconsistency)."""
    if not values or len(values) > width:
        return {}
    if len(values) == width:
        return {i: i for i in range(width)}
    agreed: dict[int, int | None] | None = None       # column → index of its value, None blank
    for cols in combinations([c for c in range(width) if c not in blank], len(values)):
        cells = dict(zip(cols, values))
        if any(abs(sum((cells.get(c, Decimal(0)) * s for c, s in terms), Decimal(0))) > _TOLERANCE * len(terms)
               for terms in sums):
            continue
        here = {c: (cols.index(c) if c in cols else None) for c in range(width)}
        if agreed is None:
            agreed = here
            continue
        for c, k in agreed.items():
            same = (k is None and here[c] is None) or (k is not None and k >= 0 and here[c] is not None
                                                        and values[here[c]] == values[k])
            if not same:
                agreed[c] = -1          # placements disagree: the cell is not read
    if agreed is None:
        return {}
    return {c: k for c, k in agreed.items() if k is None or k >= 0}


@dataclass
class _Row:
    name: str
    code: str
    values: list[Decimal]
    read: dict[int, int | None]         # place(): column → index into values, None blank


def _known_blanks(rows: list[_Row], width: int) -> list[frozenset[int]]:
    """Columns each row must leave blank by the table's own totals (amounts are not negative):
    a column its parent row leaves blank (the nearest row above whose code begins its code; the
    合计 row for rows without such a parent), or one whose parent's amount the siblings already
    read use up to the cent ("合计 161.90" and "204 … 161.90": no other class has a 年初结转)."""
    parents: list[int | None] = []
    for i, r in enumerate(rows):
        above = range(i - 1, -1, -1)
        parent = next((j for j in above if rows[j].code and r.code.startswith(rows[j].code)
                       and len(rows[j].code) < len(r.code)), None) if r.code else None
        if r.code and parent is None:
            parent = next((j for j in above if not rows[j].code), None)
        parents.append(parent)
    out = []
    for i, r in enumerate(rows):
        p = parents[i]
        blanks: set[int] = set()
        if p is not None:
            parent = rows[p]
            siblings = [k for k, q in enumerate(parents) if q == p and k != i]
            for c in range(width):
                if c not in parent.read or r.read.get(c) is not None:
                    continue        # (a cell the row's own sums already read stays)
                if parent.read[c] is None:
                    blanks.add(c)
                    continue
                left = parent.values[parent.read[c]]
                for k in siblings:
                    if c in rows[k].read and rows[k].read[c] is not None:
                        left -= rows[k].values[rows[k].read[c]]
                if abs(left) <= _TOLERANCE * (len(siblings) + 1):
                    blanks.add(c)
        out.append(frozenset(blanks))
    return out


def cells(text: str) -> list[tuple[dict, list[Cell]]]:
    """Every template found in ``text`` with the cells read from its rows."""
    out = []
    for template in templates():
        width, sums = len(template["columns"]), _sums(template)
        heads: set[int] = set()
        for title in re.finditer(re.escape(template["title"]), text):
            head = text.find(template["header_end"], title.end())
            if head < 0 or head in heads:
                continue                # the page's title and the table's: one table
            heads.add(head)
            body_start = head + len(template["header_end"])
            ends = [i for i in (text.find(w, body_start) for w in template.get("ends", [])) if i >= 0]
            body_end = min(ends, default=len(text))
            matches = list(_ROW.finditer(text, body_start, body_end))
            rows = []
            for row in matches:
                values = [Decimal(n.replace(",", "")) for n in re.findall(_NUM, row.group("nums"))]
                name = re.sub(r"\s+", "", row.group("name"))
                rows.append(_Row(name, re.match(r"\d*", name).group(0), values, place(values, width, sums)))
            for _ in range(3):              # a row read fully can settle its siblings' blanks
                blanks = _known_blanks(rows, width)
                for r, blank in zip(rows, blanks):
                    if blank:
                        r.read = place(r.values, width, sums, blank)
            found: list[Cell] = []
            for row, r in zip(matches, rows):
                nums = list(re.finditer(_NUM, row.group("nums")))
                at = row.start("nums")
                for col, k in sorted(r.read.items()):
                    if k is None:
                        continue
                    n = nums[k]
                    found.append(Cell(r.name, col, n.group(0), at + n.start(), at + n.end(), row.start("name"), row.end()))
            out.append((template, found))
    return out
