"""Fusing ranked lists from several retrievers (BM25, dense) into one ranking.

The strategy is a parameter (as Haystack's DocumentJoiner's ``join_mode``):

- ``"rrf"`` (default): reciprocal-rank fusion, score(r) = Σ_lists weight / (k + rank), rank from 1.
  Needs no score calibration between BM25 and cosine.
- ``"merge"``: each list's scores min-max normalised to [0, 1], then a weighted sum.

Each input list is (rows, scores) best first; the output is (rows, fused scores) best first.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

FUSIONS = ("rrf", "merge")
RRF_K = 60


def fuse(ranked: Sequence[tuple[np.ndarray, np.ndarray]], method: str = "rrf",
         weights: Sequence[float] | None = None, rrf_k: int = RRF_K) -> tuple[np.ndarray, np.ndarray]:
    """Fuse ranked lists; raises ValueError for an unknown ``method`` or mismatched ``weights``."""
    if method not in FUSIONS:
        raise ValueError(f"unknown fusion {method!r} (use one of {', '.join(FUSIONS)})")
    weights = list(weights) if weights is not None else [1.0] * len(ranked)
    if len(weights) != len(ranked):
        raise ValueError("one weight per ranked list")
    total: dict[int, float] = {}
    for (rows, scores), weight in zip(ranked, weights):
        if len(rows) == 0:
            continue
        if method == "rrf":
            parts = weight / (rrf_k + np.arange(1, len(rows) + 1))
        else:
            scores = np.asarray(scores, dtype=np.float64)
            span = scores.max() - scores.min()
            parts = weight * ((scores - scores.min()) / span if span > 0 else np.ones_like(scores))
        for row, part in zip(rows.tolist(), parts.tolist()):
            total[row] = total.get(row, 0.0) + part
    if not total:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    order = sorted(total.items(), key=lambda item: (-item[1], item[0]))
    return (np.array([r for r, _ in order], dtype=np.int64),
            np.array([s for _, s in order], dtype=np.float32))
