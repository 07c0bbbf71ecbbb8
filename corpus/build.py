"""Read a folder of disclosure files into documents and store them (the corpus half of ``build``).

files → :func:`readers.read_file` → :func:`metadata.detect` (+ manifest) → :func:`sections.split`
→ :func:`tables.parse_tables` → :func:`figures.extract` → :func:`checks.run` → :class:`Document`.

One bad file never stops the others: its error is recorded in the report and the build goes on.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Mapping

from .copies import Copies
from .errors import CorpusError
from . import checks, figures, metadata, readers, sections, tables
from .models import Document

SUPPORTED = readers.SUPPORTED_SUFFIXES
# which format of a document comes first in a folder (and so is kept when the others copy it)
FORMAT_RANK = {".pdf": 0, ".docx": 1, ".doc": 2, ".xlsx": 3, ".xls": 4, ".html": 5, ".htm": 6, ".txt": 7}


def _parser_version() -> str:
    """Hash of the corpus code and lexicons: a stored document is reused only when it was parsed
    by the same code (a changed parser or lexicon re-parses every file; embeddings of unchanged
    passage texts are still reused by the index)."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    for path in sorted([*here.glob("*.py"), *(here.parent / "lexicon").glob("*.toml")]):
        h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()[:16]


PARSER_VERSION = _parser_version()
MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass
class BuildReport:
    """What a build did: files read, skipped (with why) and failed (with why), and totals."""

    read: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    passages: int = 0
    tables: int = 0
    figures: int = 0
    findings: int = 0
    removed: list[str] = field(default_factory=list)
    no_unit: list[str] = field(default_factory=list)
    copies: dict[str, str] = field(default_factory=dict)    # a copy left out → the document kept
    extra: dict = field(default_factory=dict)

    def count(self, doc: Document) -> None:
        self.passages += len(doc.passages)
        self.tables += len(doc.tables)
        self.figures += len(doc.figures)
        self.findings += len(doc.findings)
        if not doc.unit:
            self.no_unit.append(doc.name)

    def summary_lines(self) -> list[str]:
        lines = [f"读取文件 {len(self.read) + len(self.reused)} 个（其中未变更沿用 {len(self.reused)} 个），"
                 f"跳过 {len(self.skipped)} 个，失败 {len(self.failed)} 个",
                 f"段落 {self.passages}，表格 {self.tables}，数字 {self.figures}，一致性问题 {self.findings}"]
        if self.removed:
            lines.append(f"已移除不再存在的文档 {len(self.removed)} 个: {', '.join(self.removed)}")
        if self.no_unit:
            lines.append(f"未能识别发布单位的文档 {len(self.no_unit)} 个（以文件名代替）: {', '.join(self.no_unit)}")
        lines += [f"跳过 {name}: {why}" for name, why in self.skipped]
        lines += [f"未重复收录 {name}: 与 {kept} 内容相同（同一文件的另一种格式）；问到它时按 {kept} 回答"
                  for name, kept in self.copies.items()]
        lines += [f"失败 {name}: {why}" for name, why in self.failed]
        lines += [f"{k}: {v}" for k, v in self.extra.items()]
        return lines


def iter_files(folder: Path) -> Iterator[Path]:
    """Every file under ``folder``, recursively, in a stable order (hidden files and the manifest
    excluded). Raises CorpusError if the folder does not exist."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusError(str(folder), "文件夹不存在或不是文件夹")
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        # (a folder's PDF before the web page or text of the same name: the copy kept is the PDF)
        for name in sorted(files, key=lambda n: (FORMAT_RANK.get(Path(n).suffix.lower(), len(FORMAT_RANK)), n)):
            if name.startswith(".") or name in metadata.MANIFEST_NAMES:
                continue
            yield Path(root) / name


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def parse_document(path: Path, name: str, overrides: dict | None = None, sha256: str | None = None) -> Document:
    """Read and parse one file into a Document. Raises CorpusError naming the file on failure."""
    size = path.stat().st_size
    if size == 0:
        raise CorpusError(name, "空文件")
    if size > MAX_FILE_BYTES:
        raise CorpusError(name, f"文件过大（{size / 1048576:.1f} MB，上限 {MAX_FILE_BYTES // 1048576} MB）")
    raw = readers.read_file(path)
    if not raw.text.strip():
        raise CorpusError(name, "没有可读取的文字（扫描件或空文档？）")
    meta = metadata.detect(raw, name)
    if overrides:
        meta = metadata.apply_overrides(meta, overrides)
    doc = Document(name=name, path=str(path), sha256=sha256 or file_sha256(path), title=meta.title,
                   unit=meta.unit, year=meta.year, kind=meta.kind, scope=meta.scope, text=raw.text,
                   page_starts=list(raw.page_starts), pages=len(raw.page_starts), ocr_pages=list(raw.ocr_pages))
    doc.sections, doc.passages = sections.split(raw, name)
    doc.tables = tables.parse_tables(raw, doc)
    doc.passages += tables.table_passages(doc.tables, start_index=len(doc.passages))
    doc.figures = figures.extract(doc)
    doc.findings = checks.run(doc)
    return doc


PROBE_MEMORY_BYTES = 3 * 1024 ** 3
PROBE_SECONDS = 900


def probe_document(path: str | os.PathLike, name: str, memory: int = PROBE_MEMORY_BYTES,
                   seconds: int = PROBE_SECONDS) -> int:
    """Parse one file in a separate process (``python -m corpus.build``) whose address space is
    capped at ``memory`` bytes, so an upload that would need gigabytes fails on its own, not the
    server. Returns the number of figures read. Raises CorpusError naming ``name``: the parser's
    own reason, or that the file needs more memory / time than allowed."""
    import json
    import subprocess
    import sys

    try:
        run = subprocess.run([sys.executable, "-m", "corpus.build", str(path), name, str(memory)],
                             capture_output=True, text=True, timeout=seconds)
    except subprocess.TimeoutExpired:
        raise CorpusError(name, f"文件解析超过 {seconds} 秒，已停止") from None
    try:
        result = json.loads(run.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        raise CorpusError(name, "解析进程意外退出（文件过大或损坏？）") from None
    if result.get("memory"):
        raise CorpusError(name, f"文件太大或太复杂：解析需要的内存超过 {memory // 1024 ** 2} MB 上限")
    if "reason" in result:
        raise CorpusError(name, result["reason"])
    return int(result["figures"])


def _probe_main(argv: list[str]) -> int:
    """``python -m corpus.build PATH NAME MEMORY``: parse under an address-space cap and print one
    JSON line: {"figures": n} | {"reason": "…"} | {"memory": true}."""
    import json
    import resource

    path, name, memory = argv[0], argv[1], int(argv[2])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    try:
        out = {"figures": len(parse_document(Path(path), name).figures)}
    except MemoryError:
        out = {"memory": True}
    except CorpusError as exc:
        out = {"reason": exc.reason}
    except Exception as exc:  # a parser bug on this file: reported like the build does
        out = {"reason": f"解析出错: {type(exc).__name__}: {exc}"[:300]}
    print(json.dumps(out, ensure_ascii=False))
    return 0


def read_corpus(folder: str | os.PathLike, previous: Mapping[str, Document] | None = None,
                progress: Callable[[Iterator[Path], int], Iterator[Path]] | None = None,
                report: BuildReport | None = None,
                emit: Callable[[Document], None] | None = None) -> tuple[list[Document], BuildReport]:
    """Parse every supported file under ``folder``.

    ``previous`` maps document names to documents of the last build (it may read them lazily): a
    file whose sha256 is unchanged is reused as is. ``progress`` wraps the file iterator (e.g. a
    tqdm bar). ``emit``: called with each document as soon as it is ready, which is then not kept
    (a build writes it and moves on; the returned list is empty).
    Returns the documents and a BuildReport; per-file errors go into ``report.failed``.
    """
    folder = Path(folder)
    report = report or BuildReport()
    manifest = metadata.read_manifest(folder, warn=lambda msg: report.skipped.append(("manifest", msg)))
    paths = list(iter_files(folder))
    docs = _Sink(emit)
    copies = Copies()
    iterator = progress(iter(paths), len(paths)) if progress else iter(paths)
    for path in iterator:
        name = path.relative_to(folder).as_posix()
        if path.suffix.lower() not in SUPPORTED:
            report.skipped.append((name, f"不支持的文件类型 {path.suffix or '(无扩展名)'}"))
            continue
        try:
            sha = file_sha256(path)
            old = (previous or {}).get(name)
            overrides = manifest.get(name) or manifest.get(path.name)
            if old is not None and old.sha256 == sha and not overrides:
                if _copy(copies, old, report):
                    continue
                docs.append(old)
                report.reused.append(name)
                report.count(old)
                continue
            doc = parse_document(path, name, overrides, sha)
        except CorpusError as exc:
            _failed(report, docs, previous, name, exc.reason if exc.path.endswith(name) else str(exc))
            continue
        except Exception as exc:  # a parser bug on one file must not stop the others
            _failed(report, docs, previous, name, f"解析出错: {type(exc).__name__}: {exc}")
            continue
        if _copy(copies, doc, report):
            continue
        docs.append(doc)
        report.read.append(name)
        report.count(doc)
    if previous:
        report.removed = sorted(n for n in previous if n not in docs.names and not (folder / n).exists())
    return docs.kept, report


def _copy(copies: Copies, doc: Document, report: BuildReport) -> bool:
    """Whether ``doc`` copies a document already kept (then noted in ``report.copies``)."""
    kept = copies.original(doc)
    if kept is not None:
        report.copies[doc.name] = kept
    return kept is not None


class _Sink:
    """Where read_corpus puts documents: a list, or ``emit`` (then only the names are kept)."""

    def __init__(self, emit: Callable[[Document], None] | None):
        self.emit = emit
        self.kept: list[Document] = []
        self.names: set[str] = set()

    def append(self, doc: Document) -> None:
        self.names.add(doc.name)
        if self.emit is None:
            self.kept.append(doc)
        else:
            self.emit(doc)


def _failed(report: BuildReport, docs: _Sink, previous: Mapping[str, Document] | None,
            name: str, why: str) -> None:
    """Record a failed file; its previously stored version (if any) is kept, so nothing is lost."""
    old = (previous or {}).get(name)
    if old is not None:
        docs.append(old)
        report.count(old)
        why += "（保留上次成功读取的版本）"
    report.failed.append((name, why))


if __name__ == "__main__":
    import sys

    sys.exit(_probe_main(sys.argv[1:]))

