"""Scale: the corpus multiplied into sibling units — build, start-up, answers — one table.

The 30 files of ../shared/corpus once, plus the 97 pages of ../shared/corpus-wide N times (copy k
has its issuing unit renamed "<unit>第k分部" everywhere in the text, so every copy is another
unit), for N in --sizes. For each size, in fresh processes:

- build (``disclosure-qa build --embedder none``): seconds and peak memory (MB);
- start-up: seconds until the assistant is ready, and its memory (RSS, MB);
- answers: every dev question asked scoped to its document (3 rounds after a warm-up): p50 / p95
  ms, and whether every answer (kind, value, unit) is the same as at the first size;
- index size on disk (MB).

    python benchmarks/scale.py --sizes 1,4,16,64 [--backend faiss|milvus] [--root /tmp/dqa-scale]
"""
from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

PROBE = r"""
import json, resource, sys, time
from pathlib import Path
t0 = time.perf_counter()
from assistant.core import Assistant
from corpus.settings import Settings
a = Assistant(Settings(index_dir=Path(sys.argv[1]), embedder="none", index_backend=sys.argv[3]))
startup = time.perf_counter() - t0
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
rss0 = rss()
qs = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
answers = {}
for q in qs:
    a.ask(q["question"], scope={"doc": q["scope"]["doc"]})
times = []
for _ in range(3):
    for q in qs:
        t = time.perf_counter()
        r = a.ask(q["question"], scope={"doc": q["scope"]["doc"]})
        times.append((time.perf_counter() - t) * 1000)
        answers[q["id"]] = [r.kind, str(r.value), r.unit]
times.sort()
print(json.dumps({"startup_s": startup, "rss_mb": rss0, "rss_after_mb": rss(),
                  "p50_ms": times[len(times) // 2], "p95_ms": times[int(len(times) * 0.95)],
                  "answers": answers}))
"""

BUILD = r"""
import resource, sys, time
from pathlib import Path
from corpus.settings import Settings
from index.pipeline import build
t0 = time.perf_counter()
build(sys.argv[1], Settings(index_dir=Path(sys.argv[2]), embedder="none", index_backend=sys.argv[3]),
      log=lambda m: None)
print(time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def make_corpus(root: Path, n: int) -> Path:
    folder = root / f"corpus-x{n}"
    if folder.is_dir():
        return folder
    folder.mkdir(parents=True)
    for f in (SHARED / "corpus").iterdir():
        if f.name != "MANIFEST.tsv":
            shutil.copy(f, folder / f.name)
    wide = SHARED / "corpus-wide"
    with open(wide / "MANIFEST.tsv", encoding="utf-8") as fh:
        units = {r["file"]: r["issuing_unit"] for r in csv.DictReader(fh, delimiter="\t")}
    for k in range(n):
        for name, unit in units.items():
            text = (wide / name).read_text(encoding="utf-8")
            if k:
                text = text.replace(unit, f"{unit}第{k}分部")
            (folder / (f"x{k}-{name}" if k else name)).write_text(text, encoding="utf-8")
    return folder


def du_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2 ** 20


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,4,16")
    ap.add_argument("--root", type=Path, default=Path("/tmp/dqa-scale"))
    ap.add_argument("--backend", default="faiss", choices=["faiss", "milvus"],
                    help="index backend (milvus: milvus-lite in the index folder)")
    args = ap.parse_args(argv)
    dev = SHARED / "eval" / "dev.jsonl"
    if not dev.is_file():
        print(f"dev set not found: {dev}", file=sys.stderr)
        return 2
    rows, first = [], None
    for n in [int(x) for x in args.sizes.split(",")]:
        corpus = make_corpus(args.root, n)
        index = args.root / f"index-{args.backend}-x{n}"
        shutil.rmtree(index, ignore_errors=True)
        out = subprocess.run([sys.executable, "-c", BUILD, str(corpus), str(index), args.backend], cwd=REPO,
                             capture_output=True, text=True, check=True).stdout.split()
        build_s, build_mb = float(out[-2]), float(out[-1])
        probe = json.loads(subprocess.run([sys.executable, "-c", PROBE, str(index), str(dev), args.backend], cwd=REPO,
                                          capture_output=True, text=True, check=True).stdout.splitlines()[-1])
        first = first or probe["answers"]
        same = sum(1 for k, v in probe["answers"].items() if first.get(k) == v)
        docs = len(list(corpus.iterdir()))
        rows.append(f"| {args.backend} | {n}× | {docs} | {build_s:.0f} ({build_mb:.0f}) | {probe['startup_s']:.1f} ({probe['rss_mb']:.0f}) "
                    f"| {probe['p50_ms']:.1f} / {probe['p95_ms']:.1f} | {probe['rss_after_mb']:.0f} "
                    f"| {same}/{len(first)} | {du_mb(index):.0f} |")
        print(rows[-1], file=sys.stderr, flush=True)
    print("| backend | size | documents | build s (peak MB) | start-up s (RSS MB) | answer p50 / p95 ms (scoped) "
          "| RSS after answers MB | same answers as 1× | index MB |")
    print("|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
