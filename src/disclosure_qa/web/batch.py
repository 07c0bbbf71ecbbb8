"""Batch inquiries on the staff desk: an uploaded CSV of questions → a CSV of answers with sources.

Input: a ``.csv`` file (UTF-8, UTF-8 with BOM or GB18030), at most ``Settings.max_upload_bytes``
and MAX_ROWS questions, with a header row holding a ``question`` (or ``问题``) column; optional
``id``/``编号``, ``unit``/``单位``, ``year``/``年度``, ``doc``/``文档`` columns scope each question.
Output columns: OUTPUT_COLUMNS (``sources``: one line per citation "doc · section · 第N页：text").
Raises InputError with a message for the page on anything unusable.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Callable

from ..assistant.answer import Answer
from ..errors import InputError

MAX_ROWS = 500
COLUMNS = {"question": ("question", "问题"), "id": ("id", "编号"), "unit": ("unit", "单位"),
           "year": ("year", "年度"), "doc": ("doc", "文档")}
OUTPUT_COLUMNS = ["id", "question", "scope_unit", "scope_year", "scope_doc", "kind", "answer", "value",
                  "unit", "formula", "sources", "error"]


def read_inquiries(path: str | Path, max_bytes: int, name: str | None = None) -> list[dict]:
    """Rows {"id", "question", "unit", "year", "doc"} of the CSV at ``path``.

    ``name`` is the uploaded file's original name (its suffix is checked). Raises InputError if
    the file is not a CSV, too large, undecodable, lacks a question column or has no rows.
    """
    path = Path(path)
    shown = name or path.name
    if Path(shown).suffix.lower() != ".csv":
        raise InputError(f"{shown}: 只接受 .csv 文件")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"{shown}: 文件过大（{size / 1024:.0f} KB，上限 {max_bytes // 1024} KB）")
    data = path.read_bytes()
    if b"\x00" in data:
        raise InputError(f"{shown}: 不是文本 CSV 文件")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InputError(f"{shown}: 无法识别的文字编码（请存为 UTF-8 CSV）")
    try:
        reader = csv.DictReader(io.StringIO(text))
        header = [h.strip() for h in (reader.fieldnames or [])]
        found = {key: next((h for h in header if h.lower() in names), None) for key, names in COLUMNS.items()}
        if found["question"] is None:
            raise InputError(f"{shown}: 缺少问题列（表头应有 question 或 问题；现有：{'、'.join(header) or '无'}）")
        rows = []
        for i, raw in enumerate(reader, 1):
            raw = {(k or "").strip(): (v or "").strip() if isinstance(v, str) else "" for k, v in raw.items()}
            row = {key: raw.get(col, "") if col else "" for key, col in found.items()}
            if not row["question"]:
                continue
            row["id"] = row["id"] or str(i)
            rows.append(row)
            if len(rows) > MAX_ROWS:
                raise InputError(f"{shown}: 问题太多（上限 {MAX_ROWS} 个），请分批上传")
    except csv.Error as exc:
        raise InputError(f"{shown}: CSV 格式错误（{exc}）") from None
    if not rows:
        raise InputError(f"{shown}: 没有问题（问题列全为空）")
    return rows


def sources_text(answer: Answer) -> str:
    lines = []
    for c in answer.citations:
        page = f" · 第{c.page}页" if c.page else ""
        lines.append(f"{c.doc} · {c.section}{page}：{c.text}")
    return "\n".join(lines)


def answer_rows(rows: list[dict], ask: Callable[[str, dict], Answer], max_chars: int,
                progress: Callable | None = None) -> list[dict]:
    """Answer each row with ``ask(question, scope)``; a row that cannot be answered gets its
    reason in ``error`` and the others go on."""
    out = []
    iterator = progress(rows) if progress else rows
    for row in iterator:
        rec = {k: "" for k in OUTPUT_COLUMNS}
        rec.update(id=row["id"], question=row["question"], scope_unit=row["unit"], scope_year=row["year"],
                   scope_doc=row["doc"])
        try:
            if len(row["question"]) > max_chars:
                raise InputError(f"问题太长（{len(row['question'])} 字，上限 {max_chars} 字）")
            scope = {k: v for k, v in (("unit", row["unit"]), ("doc", row["doc"])) if v}
            if row["year"]:
                try:
                    scope["year"] = int(float(row["year"]))
                except ValueError:
                    raise InputError(f"年度不是数字：{row['year']!r}") from None
            d = ask(row["question"], scope)
            data = d.to_dict()
            rec.update(kind=data["kind"], answer=data["answer"], value="" if data["value"] is None else data["value"],
                       unit=data["unit"] or "", formula=data["formula"] or "", sources=sources_text(d))
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
