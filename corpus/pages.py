"""Page furniture of a paginated document: page numbers, running headers and footers.

A PDF's text layer carries, on each page, lines that are not part of the text: the page number
("24", "- 15 -", "第 3 页", "3/20") and a header or footer repeated on many pages (the unit and the
document's title). Left in, they cut a sentence that runs over a page break in two ("主要原因是" …
"24" … "新增…") and end up in figures and answers. :func:`strip_furniture` removes them, page by
page, before anything else reads the text. Patterns live in ``lexicon/documents.toml`` [pages].
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import lexicon


@lru_cache(maxsize=None)
def _rules() -> dict:
    p = lexicon.load("documents")["pages"]
    return {
        "number": [re.compile(x) for x in p["page_number"]],
        "repeat_share": float(p["running_share"]),
        "repeat_min": int(p["running_min_pages"]),
        "edge_lines": int(p["edge_lines"]),
        "keep": re.compile("|".join(p["running_keep"])),
    }


def page_number(line: str) -> int | None:
    """The page number a line consists of ("- 15 -" → 15, "第3页" → 3, "3/20" → 3), else None."""
    line = line.strip()
    for pattern in _rules()["number"]:
        m = pattern.fullmatch(line)
        if m:
            return int(m.group("n"))
    return None


def strip_furniture(pages: list[str]) -> list[str]:
    """``pages`` (one text per page, lines split by ``\\n``) without page-number lines and running
    headers/footers.

    A page-number line is the first or last non-empty line of its page; it is removed only when
    the numbers so found run with the pages (page position − number the same on most of them, ±1:
    a cover and a table of contents are often unnumbered), so a table's last value on a line of its
    own stays. A running line is the same line among a page's first or last ``edge_lines`` lines
    on at least ``running_min_pages`` pages and ``running_share`` of them, and is not a line a
    table needs (``running_keep``: "单位：元"). Returns a new list of the same length; other lines
    are unchanged."""
    rules = _rules()
    split = [p.split("\n") for p in pages]
    numbered: dict[tuple[int, int], int] = {}      # (page index, line index) → index − number
    for index, lines in enumerate(split, start=1):
        for i in _edge_indexes(lines, 1):
            n = page_number(lines[i])
            if n is not None:
                numbered[(index, i)] = index - n
    offsets = Counter(numbered.values())
    mode, seen = offsets.most_common(1)[0] if offsets else (None, 0)
    trusted = seen >= 2 or (seen == 1 and len(pages) <= 2)
    counts: Counter = Counter()
    for lines in split:
        counts.update({ln.strip() for ln in _edges(lines, rules["edge_lines"]) if len(ln.strip()) >= 4})
    floor = max(rules["repeat_min"], rules["repeat_share"] * len(pages))
    running = {ln for ln, n in counts.items()
               if n >= floor and page_number(ln) is None and not rules["keep"].search(ln)}
    out = []
    for index, lines in enumerate(split, start=1):
        drop = {i for i in _edge_indexes(lines, rules["edge_lines"]) if lines[i].strip() in running}
        if trusted:
            drop |= {i for (pi, i), off in numbered.items() if pi == index and abs(off - mode) <= 1}
        out.append("\n".join(ln for i, ln in enumerate(lines) if i not in drop))
    return out


def _edge_indexes(lines: list[str], edge: int) -> list[int]:
    """Indexes of the first and last ``edge`` non-empty lines."""
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    return sorted(set(filled[:edge] + filled[-edge:]))


def _edges(lines: list[str], edge: int) -> list[str]:
    return [lines[i] for i in _edge_indexes(lines, edge)]
