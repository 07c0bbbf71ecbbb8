"""Answers and passages as chat messages (Markdown with small HTML blocks, text escaped).

Every figure in a reply keeps its sources under it: document, section, page and the quoted
sentence or table row in an expandable ``<details>`` block; a derived value shows its formula.
"""
from __future__ import annotations

import html

from ..answer import Answer, Citation

KIND_LABELS = {"figure": "数字", "derived": "计算得出", "passage": "原文", "definition": "名词解释",
               "none": "无法回答", "clarify": "需要确认"}


def _esc(text: str | None) -> str:
    return html.escape(str(text or ""), quote=False)


def _where(doc: str, section: str | None, page: int | None, unit: str | None = None,
           year: int | None = None) -> str:
    # the unit and year first (what a reader knows the document by), the file name last, in
    # brackets (what staff look it up by)
    parts = []
    if unit or year:
        parts.append(" ".join(str(p) for p in (unit, f"{year}年" if year else None) if p))
    if section:
        parts.append(section)
    if page:
        parts.append(f"第{page}页")
    parts.append(f"（{doc}）" if parts else doc)
    return " · ".join(_esc(p) for p in parts)


def source_block(i: int, c: Citation, open_: bool = False) -> str:
    """One source as an expandable block: summary line with where, body with the quote."""
    return (f'<details class="dqa-source"{" open" if open_ else ""}><summary>来源{i}：'
            f"{_where(c.doc, c.section, c.page, c.unit, c.year)}</summary>"
            f"<blockquote>{_esc(c.text)}</blockquote></details>")


def answer_markdown(answer: Answer, nearby: list | None = None) -> str:
    """The assistant message for ``answer``.

    ``nearby``: search hits (index.search.Hit) shown as the closest passages when the assistant
    could not answer and gave no citations itself.
    """
    lines = [_esc(answer.answer)]
    if answer.formula:
        lines.append(f"<p class=\"dqa-formula\"><b>计算：</b>{_esc(answer.formula)}</p>")
    if answer.citations:
        label = "最接近的段落" if answer.kind == "none" else "出处"
        lines.append(f"<p><b>{label}</b>（{len(answer.citations)}）</p>")
        lines += [source_block(i, c, open_=(i == 1 and answer.kind != "none"))
                  for i, c in enumerate(answer.citations, 1)]
    elif nearby:
        lines.append(f"<p><b>最接近的段落</b>（{len(nearby)}）</p>")
        for i, hit in enumerate(nearby, 1):
            p = hit.passage
            lines.append(source_block(i, Citation(doc=p.doc, unit=hit.unit, year=hit.year, section=p.section,
                                                  page=p.page, text=p.text[:400])))
    return "\n\n".join(lines)


def notice(text: str) -> str:
    """A plain message from the page itself (bad input, busy), not from the assistant."""
    return f"<p class=\"dqa-notice\">⚠️ {_esc(text)}</p>"


def info(text: str) -> str:
    """A confirmation from the page itself (the scope changed): no warning sign, muted."""
    return f"<p class=\"dqa-info\">{_esc(text)}</p>"
