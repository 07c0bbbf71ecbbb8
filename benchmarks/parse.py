"""Parse throughput over a corpus folder (default: the shared corpus, ../shared/corpus).

Prints, for reading alone (``readers.read_file``: PDF text + tables) and for the whole corpus
stage (``corpus.build.read_corpus``: reading, metadata, sections, tables, figures, checks):
seconds, documents/s and pages/s (a text file counts as one page); then the slowest files, the
counts per document (sections, text passages, table rows, tables), and the process's peak
resident memory (``resource.getrusage`` ru_maxrss).

    python benchmarks/parse.py [--corpus DIR] [--repeat N]
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from corpus import readers
from corpus.build import SUPPORTED, iter_files, read_corpus

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"


def peak_mb() -> float:
    """Peak resident set size of this process in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--repeat", type=int, default=1, help="runs of the full corpus stage (best is shown)")
    args = ap.parse_args(argv)
    folder = Path(args.corpus)
    if not folder.is_dir():
        print(f"corpus folder not found: {folder}", file=sys.stderr)
        return 2

    files = [p for p in iter_files(folder) if p.suffix.lower() in SUPPORTED]
    timings, pages, failed = [], 0, 0
    t0 = time.perf_counter()
    for path in files:
        t = time.perf_counter()
        try:
            raw = readers.read_file(path)
            pages += max(1, len(raw.page_starts))
        except Exception as exc:       # report and go on, as the build does
            failed += 1
            print(f"failed {path.name}: {exc}", file=sys.stderr)
        timings.append((time.perf_counter() - t, path.name))
    read_s = time.perf_counter() - t0
    print(f"files: {len(files)} ({failed} failed), pages: {pages}")
    print(f"read only      : {read_s:6.2f} s  {len(files) / read_s:6.2f} docs/s  {pages / read_s:6.1f} pages/s")

    best = None
    for _ in range(max(1, args.repeat)):
        t = time.perf_counter()
        docs, report = read_corpus(folder)
        elapsed = time.perf_counter() - t
        best = elapsed if best is None else min(best, elapsed)
    n_pages = sum(max(1, d.pages) for d in docs)
    print(f"read_corpus    : {best:6.2f} s  {len(docs) / best:6.2f} docs/s  {n_pages / best:6.1f} pages/s"
          f"  (read {len(report.read)}, failed {len(report.failed)})")

    print("slowest files (read only):")
    for seconds, name in sorted(timings, reverse=True)[:5]:
        print(f"  {seconds:5.2f} s  {name}")
    print(f"{'document':46} {'pages':>5} {'sections':>8} {'passages':>8} {'rows':>5} {'tables':>6}")
    for d in docs:
        rows = sum(1 for p in d.passages if p.kind == "table_row")
        print(f"{d.name[:46]:46} {d.pages:5} {len(d.sections):8} {len(d.passages) - rows:8} {rows:5} {len(d.tables):6}")
    print(f"peak memory: {peak_mb():.0f} MB (ru_maxrss)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
