"""Dense vectors of the passages and their FAISS index.

Two files per generation: ``vectors.npy`` — (n, d) float32, L2-normalised, row i = passage row i
(also the embedding cache that the next build reuses) — and ``vectors.faiss``, an exact
inner-product index (``IndexFlatIP``, ``ann="flat"``) or an HNSW graph (``IndexHNSWFlat`` with
``METRIC_INNER_PRODUCT``, ``ann="hnsw"``). Inner product of normalised vectors = cosine.

Filtered search (:meth:`VectorIndex.search` with ``rows``) ranks only the allowed rows: exact
inner product over that subset when it is small, else FAISS with an ``IDSelectorBatch``. A global
top-k is never cut and filtered afterwards.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from corpus.errors import StoreError

ANN_TYPES = ("flat", "hnsw")
VECTORS_FILE = "vectors.npy"
FAISS_FILE = "vectors.faiss"
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 200
HNSW_EF_SEARCH = 128
BRUTE_FORCE_MAX_ROWS = 200_000   # filtered subsets up to this size: exact numpy inner product


def make_faiss_index(vectors: np.ndarray, ann: str = "flat"):
    """A FAISS index over ``vectors`` ((n, d) float32, normalised); raises StoreError for an
    unknown ``ann``."""
    import faiss

    if ann not in ANN_TYPES:
        raise StoreError(f"未知的向量索引类型 {ann!r}（可用 flat、hnsw）")
    d = vectors.shape[1]
    if ann == "flat":
        index = faiss.IndexFlatIP(d)
    else:
        index = faiss.IndexHNSWFlat(d, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        index.hnsw.efSearch = HNSW_EF_SEARCH
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


class VectorIndex:
    """Passage vectors + FAISS index of one generation."""

    def __init__(self, vectors: np.ndarray, faiss_index, ann: str):
        self.vectors = vectors
        self.faiss_index = faiss_index
        self.ann = ann

    @classmethod
    def build(cls, vectors: np.ndarray, ann: str = "flat") -> "VectorIndex":
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        return cls(vectors, make_faiss_index(vectors, ann), ann)

    def save(self, folder: Path) -> None:
        import faiss

        np.save(Path(folder) / VECTORS_FILE, self.vectors)
        faiss.write_index(self.faiss_index, str(Path(folder) / FAISS_FILE))

    @classmethod
    def load(cls, folder: Path, ann: str) -> "VectorIndex":
        """Raises StoreError when the files are missing or unreadable."""
        import faiss

        try:
            vectors = np.load(Path(folder) / VECTORS_FILE, mmap_mode="r")
            index = faiss.read_index(str(Path(folder) / FAISS_FILE))
        except Exception as exc:
            raise StoreError(f"{folder}: 向量索引缺失或损坏（{type(exc).__name__}），请重新 build") from exc
        if index.ntotal != len(vectors):
            raise StoreError(f"{folder}: 向量索引与向量文件行数不一致，请重新 build")
        if ann == "hnsw":
            index.hnsw.efSearch = HNSW_EF_SEARCH
        return cls(vectors, index, ann)

    @staticmethod
    def load_vectors(folder: Path) -> np.ndarray:
        """Only the stored vectors (for reuse by the next build)."""
        return np.load(Path(folder) / VECTORS_FILE)

    def __len__(self) -> int:
        return int(self.faiss_index.ntotal)

    def search(self, query: np.ndarray, k: int, rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top-``k`` rows by inner product with ``query`` ((d,) float32, normalised), restricted to
        ``rows`` (sorted int64 row numbers) when given. Returns (rows, scores), best first."""
        query = np.ascontiguousarray(query, dtype=np.float32).reshape(1, -1)
        if (rows is not None and len(rows) == 0) or len(self) == 0 or k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        if rows is not None and len(rows) <= BRUTE_FORCE_MAX_ROWS:
            scores = np.asarray(self.vectors[rows] @ query[0], dtype=np.float32)
            top = _top(scores, k)
            return rows[top], scores[top]
        params = None
        if rows is not None:
            import faiss

            selector = faiss.IDSelectorBatch(np.ascontiguousarray(rows, dtype=np.int64))
            params = (faiss.SearchParametersHNSW(sel=selector, efSearch=max(HNSW_EF_SEARCH, k))
                      if self.ann == "hnsw" else faiss.SearchParameters(sel=selector))
        scores, ids = self.faiss_index.search(query, min(k, len(self)), params=params)
        keep = ids[0] >= 0
        return ids[0][keep].astype(np.int64), scores[0][keep]


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Positions of the ``k`` highest scores, best first (stable for ties)."""
    k = min(k, len(scores))
    if k == len(scores):
        return np.argsort(-scores, kind="stable")
    part = np.argpartition(-scores, k - 1)[:k]
    return part[np.argsort(-scores[part], kind="stable")]
