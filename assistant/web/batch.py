"""Batch inquiries on the staff desk: an uploaded CSV of questions → a CSV of answers with sources.

The CSV is parsed by the assistant's batch reader (``assistant.batch.read_inquiries``: a header
row with a question column — ``question`` / ``问题`` … as listed in the lexicon's
[batch_columns] — and optional id, unit, year, doc columns; UTF-8, UTF-8 with BOM or GB18030).
This module adds what an upload needs first: a ``.csv`` name, at most ``max_bytes`` and MAX_ROWS
questions, text not binary. Output columns: OUTPUT_COLUMNS (``sources``: one line per citation
"doc · section · 第N页：text"). Raises InputError with a message for the page.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Callable

from .. import batch as assistant_batch
from ..answer import Answer
from corpus.errors import InputError

MAX_ROWS = 500
OUTPUT_COLUMNS = ["id", "question", "scope_unit", "scope_year", "scope_doc", "kind", "answer", "value",
                  "unit", "formula", "sources", "error"]


def read_inquiries(path: str | Path, max_bytes: int, name: str | None = None) -> list[dict]:
    """Items {"id", "question", "scope", "error"} of the uploaded CSV at ``path``, in file order (a
    blank row or a year that is not a number keeps its place with its own reply in ``error``).

    ``name`` is the uploaded file's original name (its suffix is checked; messages use it, not
    the server path). Raises InputError if the file is not a CSV, too large, binary, undecodable,
    lacks a question column, or has no or too many questions.
    """
    path = Path(path)
    shown = name or path.name
    if Path(shown).suffix.lower() != ".csv":
        raise InputError(f"{shown}: 只接受 .csv 文件")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"{shown}: 文件过大（{size / 1024:.0f} KB，上限 {max_bytes // 1024} KB）")
    with open(path, "rb") as fh:
        if b"\x00" in fh.read(max_bytes):
            raise InputError(f"{shown}: 不是文本 CSV 文件")
    try:
        items = assistant_batch.read_inquiries(path)
    except InputError as exc:
        raise InputError(str(exc).replace(str(path), shown)) from None
    if not any((i.get("question") or "").strip() for i in items):
        raise InputError(f"{shown}: 没有问题（问题列全为空）")
    if len(items) > MAX_ROWS:
        raise InputError(f"{shown}: 问题太多（{len(items)} 个，上限 {MAX_ROWS} 个），请分批上传")
    return items


def sources_text(answer: Answer) -> str:
    lines = []
    for c in answer.citations:
        page = f" · 第{c.page}页" if c.page else ""
        lines.append(f"{c.doc} · {c.section}{page}：{c.text}")
    return "\n".join(lines)


def answer_rows(items: list[dict], ask: Callable[[str, dict], Answer], max_chars: int,
                progress: Callable | None = None) -> list[dict]:
    """Answer each item with ``ask(question, scope)``; an item that cannot be answered gets its
    reason in ``error`` and the others go on."""
    out = []
    for item in (progress(items) if progress else items):
        scope = item.get("scope") or {}
        question = item.get("question") or ""
        rec = {k: "" for k in OUTPUT_COLUMNS}
        rec.update(id=item.get("id", ""), question=question, scope_unit=scope.get("unit", ""),
                   scope_year=scope.get("year", ""), scope_doc=scope.get("doc", ""))
        try:
            if item.get("error"):
                raise InputError(item["error"])
            if len(question) > max_chars:
                raise InputError(f"问题太长（{len(question)} 字，上限 {max_chars} 字）")
            answer = ask(question, scope)
            data = answer.to_dict()
            rec.update(kind=data["kind"], answer=data["answer"], value="" if data["value"] is None else data["value"],
                       unit=data["unit"] or "", formula=data["formula"] or "", sources=sources_text(answer))
        except InputError as exc:
            rec["error"] = str(exc)
        except Exception as exc:   # one bad row must not stop the batch
            rec["error"] = f"回答出错：{type(exc).__name__}"
        out.append(rec)
    return out


def write_answers(records: list[dict], path: str | Path) -> Path:
    """Write the answered rows as UTF-8 CSV with BOM (opens in Excel)."""
    path = Path(path)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=OUTPUT_COLUMNS)
        writer.writeheader()
        writer.writerows(records)
    return path
