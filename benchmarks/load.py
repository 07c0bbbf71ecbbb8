"""Load benchmark of the public API: N concurrent clients ask development-set questions for a
fixed time against a server on 127.0.0.1; prints throughput, p50/p95/max latency and errors.

    python benchmarks/load.py --index INDEX_DIR            # starts `disclosure-qa serve` itself
    python benchmarks/load.py --url http://127.0.0.1:7860  # an already running server

Each client loops: pick the next dev question (../shared/eval/dev.jsonl), call ``/ask`` through
Gradio's REST API (POST /gradio_api/call/ask, then read the event stream), wait for the answer,
repeat. The question's unit and year are sent as the picker scope, as a page user would.
An error is any HTTP failure, an "error" event (queue full, exception) or a reply that is not the
answer contract. ``inconsistent`` lists questions that got different answers (kind, value, unit)
during the run: answers are deterministic, so a difference means concurrent requests disturbed
each other. Exits 1 when there were errors or inconsistent answers.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "eval" / "dev.jsonl"
CONTRACT = {"id", "question", "kind", "answer", "value", "unit", "formula", "citations"}


def load_questions(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{"question": r["question"], "unit": (r.get("scope") or {}).get("unit") or "",
             "year": str((r.get("scope") or {}).get("year") or "")} for r in rows]


def ask_json(http: httpx.Client, q: dict) -> dict:
    """One call of the JSON route POST /api/v1/ask; returns the answer dict or raises RuntimeError."""
    body = {"question": q["question"], "unit": q["unit"], "year": q["year"] or None}
    r = http.post("/api/v1/ask", json=body)
    if r.status_code != 200:
        raise RuntimeError(f"HTTP {r.status_code}: {r.text[:120]}")
    return r.json()


def rss_mb(pid: int) -> float | None:
    """Resident memory of a process in MB (Linux /proc), None when unknown."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def ask(http: httpx.Client, q: dict) -> dict:
    """One /ask call over Gradio's REST API; returns the answer dict or raises RuntimeError."""
    r = http.post("/gradio_api/call/ask", json={"data": [q["question"], q["unit"], q["year"], ""]})
    r.raise_for_status()
    event_id = r.json()["event_id"]
    event = None
    with http.stream("GET", f"/gradio_api/call/ask/{event_id}") as stream:
        for line in stream.iter_lines():
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and event in ("complete", "error"):
                data = line.split(":", 1)[1].strip()
                if event == "error":
                    raise RuntimeError(f"error event: {data[:200]}")
                answer = json.loads(data)[0]
                if not isinstance(answer, dict) or set(answer) != CONTRACT:
                    raise RuntimeError(f"not the answer contract: {data[:200]}")
                return answer
    raise RuntimeError("stream ended without an answer")


def run(url: str, questions: list[dict], clients: int, seconds: float, call=None) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    kinds: Counter = Counter()
    seen: dict[tuple, set] = {}      # (question, unit, year) → distinct (kind, value, unit) answers
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(i: int) -> None:
        n = i
        with httpx.Client(base_url=url, timeout=120) as http:
            while time.monotonic() < stop_at:
                q = questions[n % len(questions)]
                n += clients
                t0 = time.monotonic()
                try:
                    answer = (call or ask)(http, q)
                    dt = time.monotonic() - t0
                    with lock:
                        latencies.append(dt)
                        kinds[answer["kind"]] += 1
                        seen.setdefault((q["question"], q["unit"], q["year"]), set()).add(
                            (answer["kind"], answer["value"], answer["unit"]))
                except Exception as exc:   # counted, reported, and the client goes on
                    with lock:
                        errors.append(f"{type(exc).__name__}: {exc}"[:200])

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    lat = sorted(latencies)

    def pct(p):
        return lat[min(len(lat) - 1, int(round(p / 100 * (len(lat) - 1))))] if lat else float("nan")

    return {"clients": clients, "seconds": round(elapsed, 1), "answered": len(lat), "errors": len(errors),
            "throughput_per_s": round(len(lat) / elapsed, 2), "p50_s": round(pct(50), 3),
            "p95_s": round(pct(95), 3), "max_s": round(lat[-1], 3) if lat else None,
            "mean_s": round(statistics.fmean(lat), 3) if lat else None, "kinds": dict(kinds),
            "inconsistent": sorted(q for q, answers in seen.items() if len(answers) > 1)[:5],
            "error_samples": sorted(set(errors))[:5]}


def start_server(index: str, port: int) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("disclosure-qa")
    cmd = [str(exe), "serve", "--index", index, "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ.copy())
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    proc.terminate()
    raise SystemExit("server did not start within 300 s")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--index", help="index folder to serve (starts disclosure-qa serve on 127.0.0.1)")
    where.add_argument("--url", help="an already running server")
    p.add_argument("--port", type=int, default=7861)
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--questions", default=str(DEV), help="JSONL with question and scope (default: dev set)")
    p.add_argument("--rounds", type=int, default=1,
                   help="repeat the run; the server's memory is printed after each (does it level off?)")
    args = p.parse_args()

    questions = load_questions(Path(args.questions))
    proc = start_server(args.index, args.port) if args.index else None
    url = args.url or f"http://127.0.0.1:{args.port}"
    results = []
    try:
        ask(httpx.Client(base_url=url, timeout=300), questions[0])          # warm-up, not counted
        before = rss_mb(proc.pid) if proc else None
        for n in range(args.rounds):
            result = run(url, questions, args.clients, args.seconds)
            result["round"] = n + 1
            result["server_rss_mb_before"] = round(before, 1) if before else None
            after = rss_mb(proc.pid) if proc else None
            result["server_rss_mb_after"] = round(after, 1) if after else None
            results.append(result)
            print(json.dumps(result, ensure_ascii=False, indent=2), flush=True)
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)
    return 1 if any(r["errors"] or r["inconsistent"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
