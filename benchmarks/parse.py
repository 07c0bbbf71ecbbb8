"""Parse throughput over a corpus folder (default: the shared corpus, ../shared/corpus).

Prints, for reading alone (``readers.read_file``: PDF text + tables) and for the whole corpus
stage (``corpus.build.read_corpus``: reading, metadata, sections, tables, figures, checks):
seconds, documents/s and pages/s (a text file counts as one page); then the slowest files, the
counts per document (sections, text passages, table rows, tables), and the process's peak
resident memory (``resource.getrusage`` ru_maxrss).

    python benchmarks/parse.py [--corpus DIR] [--repeat N]
    python benchmarks/parse.py --sizes 1,5,10,20      # MB/s and peak MB by input size
    python benchmarks/parse.py --ocr-pages 3            # OCR pages/s on a rendered (scanned) PDF

``--sizes``: a text of each size (MB) made by repeating the corpus's .txt documents, each parsed
whole (``parse_document``) in a fresh process so each size's peak memory is its own; MB/s that
stays flat from 1 to 20 MB means the cost is linear. ``--ocr-pages``: pages of a shared PDF
rendered to images and saved as a PDF without a text layer, then read through OCR.
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
    ap.add_argument("--sizes", help="comma-separated sizes in MB (e.g. 1,5,10,20)")
    ap.add_argument("--ocr-pages", type=int, default=0, help="pages to read through OCR")
    ap.add_argument("--one", help=argparse.SUPPRESS)          # internal: parse one file, print seconds
    args = ap.parse_args(argv)
    if args.one:
        return _parse_one(Path(args.one))
    folder = Path(args.corpus)
    if args.sizes:
        return _by_size(folder, [float(x) for x in args.sizes.split(",")])
    if args.ocr_pages:
        return _ocr(folder, args.ocr_pages)
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


def _parse_one(path: Path) -> int:
    from corpus.build import parse_document

    t = time.perf_counter()
    doc = parse_document(path, path.name, None)
    print(f"{time.perf_counter() - t:.3f} {peak_mb():.0f} {len(doc.figures)} {len(doc.passages)}")
    return 0


def _by_size(folder: Path, sizes: list[float]) -> int:
    """Each size parsed in its own process; prints MB, seconds, MB/s, peak MB, figures."""
    import subprocess
    import tempfile

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        print(f"no .txt documents in {folder}", file=sys.stderr)
        return 2
    body = "\n".join(texts)
    print(f"{'MB':>5} {'seconds':>8} {'MB/s':>6} {'peak MB':>8} {'figures':>8} {'passages':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            want = int(mb * 1024 * 1024)
            reps = want // len(body.encode("utf-8")) + 1
            text = (body + "\n") * reps
            data = text.encode("utf-8")[:want].decode("utf-8", "ignore")
            path = Path(tmp) / f"size-{mb:g}MB.txt"
            path.write_text(data, encoding="utf-8")
            run = subprocess.run([sys.executable, __file__, "--one", str(path)], capture_output=True, text=True)
            if run.returncode != 0:
                print(f"{mb:5g} failed: {run.stderr.strip().splitlines()[-1:]}")
                continue
            seconds, peak, figs, passages = run.stdout.split()
            size = path.stat().st_size / 1048576
            print(f"{size:5.1f} {float(seconds):8.2f} {size / float(seconds):6.2f} {float(peak):8.0f} {figs:>8} {passages:>9}")
    return 0


def _ocr(folder: Path, n: int) -> int:
    """Render ``n`` pages of the first PDF in ``folder`` to images, save them as a PDF without a
    text layer and read it: pages/s through OCR."""
    import tempfile

    import pypdfium2 as pdfium

    from corpus import ocr

    if not ocr.available():
        print(f"OCR not installed ({ocr.INSTALL_HINT})", file=sys.stderr)
        return 2
    source = next(iter(sorted(folder.glob("*.pdf"))), None)
    if source is None:
        print(f"no PDF in {folder}", file=sys.stderr)
        return 2
    pdf = pdfium.PdfDocument(str(source))
    images = [pdf[i].render(scale=2).to_pil().convert("RGB") for i in range(min(n, len(pdf)))]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "scan.pdf"
        images[0].save(path, "PDF", resolution=144, save_all=True, append_images=images[1:])
        t = time.perf_counter()
        text_pdf = readers.read_file(source)
        baseline = time.perf_counter() - t
        t = time.perf_counter()
        raw = readers.read_file(path)
        seconds = time.perf_counter() - t
    print(f"{source.name}: text layer {len(text_pdf.page_starts) / baseline:6.1f} pages/s (baseline)")
    print(f"OCR of {len(images)} rendered pages: {seconds:.1f} s, {len(images) / seconds:.2f} pages/s, "
          f"{len(raw.text)} characters, peak {peak_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
