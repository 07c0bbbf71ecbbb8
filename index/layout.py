"""Files of the passage index inside a generation folder, and its description file.

    gen/index.json      format, embedder spec, dimension, ANN type, tokenizer, row count
    gen/rows.json       row i → [passage id, sha1 of the embedded text]
    gen/vectors.npy     (n, d) float32 (absent for embedder "none"), see vectors.py
    gen/vectors.faiss   FAISS index over the same rows
    gen/bm25/           bm25s index over the same rows, see lexical.py

``index.json`` is written last, so a generation without it is incomplete.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from corpus.models import Passage
from corpus.errors import StoreError

INDEX_FORMAT = 1
META_FILE = "index.json"
ROWS_FILE = "rows.json"
LEXICAL_DIR = "bm25"


def embed_text(passage: Passage) -> str:
    """What is embedded and BM25-indexed for a passage: its heading path, then its text, so a
    sentence under “三公”经费 is found by "三公经费"."""
    return f"{passage.section}\n{passage.text}" if passage.section else passage.text


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def write_json(path: Path, data) -> None:
    Path(path).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def read_meta(gen: Path) -> dict:
    """The index description of a generation; raises StoreError (with what to do) when it is
    missing or of another format."""
    path = Path(gen) / META_FILE
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StoreError(f"{gen}: 没有段落索引（{META_FILE}），可能是旧版本建立的索引，请重新 build") from None
    except (OSError, ValueError) as exc:
        raise StoreError(f"{path}: 无法读取（{type(exc).__name__}），请重新 build") from exc
    if not isinstance(meta, dict) or meta.get("format") != INDEX_FORMAT:
        found = meta.get("format") if isinstance(meta, dict) else None
        raise StoreError(f"{gen}: 段落索引格式 {found} 不是本版本的 {INDEX_FORMAT}，请重新 build")
    return meta


def read_rows(gen: Path) -> list[tuple[str, str]]:
    """Row i → (passage id, text hash); raises StoreError when missing or unreadable."""
    try:
        rows = json.loads((Path(gen) / ROWS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"{gen}: 段落索引行表缺失或损坏，请重新 build") from exc
    return [(pid, h) for pid, h in rows]
