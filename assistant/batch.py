"""``disclosure-qa batch``: answer a file of inquiries, write one Answer a line (JSON Lines).

Input, by content (not only by suffix):
- JSON Lines: ``{"id", "question", "scope": {"unit", "year", "doc"}}`` one object a line;
- CSV: a header row with a question column (``question`` / 问题 / 咨询内容 …), optional ``id``,
  ``unit``, ``year``, ``doc`` columns (names in lexicon [batch_columns]); UTF-8 (with or without
  BOM) or GB18030 as Excel writes it.

A line that is not JSON, an empty question, a scope selecting no held document (unknown unit,
document or year) or any failure answering one item becomes a short reply (kind "none") for that
item, with an ``error`` field saying why, so a desk tells it from "the documents do not say"; the
rest of the batch is still answered. Raises InputError
when the file cannot be read at all or a CSV has no question column.
"""
from __future__ import annotations

import csv
import io
import json
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from corpus.errors import InputError
from .answer import Answer
from .question import questions_lexicon


@dataclass
class BatchStats:
    """Counts of a batch run: items, answers by kind, items that could not be read or failed."""

    items: int = 0
    kinds: Counter = field(default_factory=Counter)
    bad_items: int = 0
    failed: int = 0
    seconds: float = 0.0
    output: str = ""

    def summary(self) -> str:
        kinds = "，".join(f"{k} {n}" for k, n in sorted(self.kinds.items()))
        return (f"共 {self.items} 条咨询（{kinds or '无'}）；无法读取 {self.bad_items} 条，出错 {self.failed} 条；"
                f"用时 {self.seconds:.1f} 秒；结果写入 {self.output}")


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"无法读取咨询文件 {path}: {exc.strerror or exc}") from exc
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{path}: 无法识别文件编码（请存为 UTF-8）")


def _is_jsonl(path: Path, text: str) -> bool:
    if path.suffix.lower() in (".jsonl", ".json", ".ndjson"):
        return True
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        return False
    return text.lstrip().startswith("{")


def read_inquiries(path: str | os.PathLike) -> list[dict]:
    """Items {"id", "question", "scope", "error"} in file order; ``error`` (a Chinese sentence) is
    set for an item that could not be read; ``question`` is its text when there was one, else None."""
    path = Path(path)
    text = _read_text(path)
    return _read_jsonl(text) if _is_jsonl(path, text) else _read_csv(text, path)


def _read_jsonl(text: str) -> list[dict]:
    items = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as exc:
            items.append({"id": f"line{n}", "question": None, "scope": {}, "error": f"第{n}行不是有效的 JSON（{exc.msg}）"})
            continue
        if not isinstance(d, dict):
            items.append({"id": f"line{n}", "question": None, "scope": {}, "error": f"第{n}行应是一个 JSON 对象"})
            continue
        scope = d.get("scope") if isinstance(d.get("scope"), dict) else {}
        for k in ("unit", "year", "doc"):
            if d.get(k) and k not in scope:
                scope[k] = d[k]
        q = d.get("question")
        error = None if isinstance(q, str) else f"第{n}行没有 question 字段"
        if error is None and not q.strip():
            error = f"第{n}行的问题是空的"
        unknown = [k for k in scope if k not in ("unit", "year", "doc")]
        cleaned = _clean_scope(scope)
        if error is None and unknown:
            # a scope key misspelt ("unti") is never dropped silently: the question would go to every unit
            error = f"第{n}行的 scope 有不认识的字段：{'、'.join(map(str, unknown))}（只能用 unit、year、doc）"
        elif error is None and scope.get("year") not in (None, "") and "year" not in cleaned:
            error = f"第{n}行的年份“{scope['year']}”不是数字（请写 2023 或 2023年）"
        # the question text is kept with its error, so a desk can correct the line and ask again
        items.append({"id": str(d.get("id", f"line{n}")), "question": q if isinstance(q, str) else None,
                      "scope": cleaned, "error": error})
    return items


def _column(header: list[str], names: list[str]) -> int | None:
    low = [h.strip().lower() for h in header]
    for name in names:
        if name.lower() in low:
            return low.index(name.lower())
    return None


def _read_csv(text: str, path: Path) -> list[dict]:
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;，")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()                 # trailing blank lines; blank rows inside keep their place
    while rows and not any(c.strip() for c in rows[0]):
        rows.pop(0)
    if not rows:
        raise InputError(f"{path}: 文件是空的")
    cols = questions_lexicon().get("batch_columns", {})
    header = rows[0]
    qcol = _column(header, cols.get("question", ["question"]))
    if qcol is None:
        raise InputError(f"{path}: CSV 没有问题列（需要列名 question 或 问题；现有列：{', '.join(header) or '无'}）")
    idx = {k: _column(header, cols.get(k, [k])) for k in ("id", "unit", "year", "doc")}
    items = []
    for n, row in enumerate(rows[1:], 2):
        cell = lambda i: row[i].strip() if i is not None and i < len(row) else ""  # noqa: E731
        scope = _clean_scope({k: cell(idx[k]) for k in ("unit", "year", "doc")})
        error = None
        if not cell(qcol):
            # a blank row keeps its own reply, so replies line up with the staff's spreadsheet
            error = f"第{n}行没有问题（空行）"
        elif cell(idx["year"]) and "year" not in scope:
            error = f"第{n}行的年份“{cell(idx['year'])}”不是数字（请写 2023 或 2023年）"
        items.append({"id": cell(idx["id"]) or f"row{n}", "question": cell(qcol) or None,
                      "scope": scope, "error": error})
    return items


def _clean_scope(scope: dict) -> dict:
    out = {}
    for k in ("unit", "doc"):
        if isinstance(scope.get(k), str) and scope[k].strip():
            out[k] = scope[k].strip()
    y = scope.get("year")
    try:
        if y not in (None, ""):
            out["year"] = int(str(y).strip().removesuffix("年"))
    except ValueError:
        pass
    return out


def run_batch(assistant, inquiries_path: str | os.PathLike, output_path: str | os.PathLike) -> BatchStats:
    """Answer every inquiry of ``inquiries_path``; write Answer.to_dict() lines to ``output_path``
    (written to a temporary file first, then moved into place)."""
    t0 = time.perf_counter()
    items = read_inquiries(inquiries_path)
    stats = BatchStats(output=str(output_path))
    out = Path(output_path)
    if out.parent and not out.parent.exists():
        raise InputError(f"输出目录不存在: {out.parent}")
    tmp = out.with_name(out.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for item in items:
            stats.items += 1
            # a scope selecting nothing is the line's error, as at the command line (never "not stated")
            error = item["error"] or assistant.scope_problem(item["scope"])
            if error:
                stats.bad_items += 1
                answer = Answer(question=item.get("question") or "", kind="none", answer=error)
            else:
                try:
                    answer = assistant.ask(item["question"], scope=item["scope"])
                except Exception as exc:   # one bad item never stops the batch
                    stats.failed += 1
                    answer = Answer(question=item["question"], kind="none",
                                    answer=f"这条咨询无法处理（{type(exc).__name__}），请换个问法。")
            answer.id = item["id"]
            row = answer.to_dict()
            if error:
                row["error"] = error
            else:
                stats.kinds[answer.kind] += 1     # the kinds count answers; unusable lines are counted apart
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(tmp, out)
    stats.seconds = time.perf_counter() - t0
    return stats
