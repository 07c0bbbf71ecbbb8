"""The index folder and the SQLite corpus store inside it.

Layout of an index folder::

    INDEX_DIR/CURRENT            name of the live generation (one line)
    INDEX_DIR/gen-<id>/corpus.sqlite    documents, sections, passages, tables, figures, findings
    INDEX_DIR/gen-<id>/...       vector and lexical indexes (see index)

A build writes a whole new generation folder and then replaces ``CURRENT`` with ``os.replace``
(atomic on POSIX), so a failed or interrupted build leaves the previous generation live and
usable. The newest ``KEEP_GENERATIONS`` generations are kept after the switch (a running server
may still read the one before, and ``rollback`` can go back to it); older ones are removed.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Iterator

from .errors import StoreError
from .models import Document, Figure, Finding, Passage, document_from_dict, figure_from_dict, \
    finding_from_dict, to_dict

STORE_FORMAT = 1
KEEP_GENERATIONS = 3
DB_NAME = "corpus.sqlite"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, title TEXT, unit TEXT,
    year INTEGER, kind TEXT, scope TEXT, pages INTEGER, body TEXT NOT NULL);
CREATE TABLE passages (id TEXT PRIMARY KEY, doc TEXT NOT NULL, section TEXT, page INTEGER,
    start INTEGER, "end" INTEGER, kind TEXT, text TEXT NOT NULL);
CREATE TABLE figures (id INTEGER PRIMARY KEY, doc TEXT NOT NULL, metric TEXT, label TEXT,
    value TEXT, unit TEXT, body TEXT NOT NULL);
CREATE TABLE findings (id INTEGER PRIMARY KEY, doc TEXT NOT NULL, "check" TEXT, body TEXT NOT NULL);
CREATE INDEX figures_doc ON figures(doc);
CREATE INDEX passages_doc ON passages(doc);
"""


# --------------------------------------------------------------------------- generations
class IndexFolder:
    """An index folder with atomically switched generations (see module docstring)."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    @property
    def current_file(self) -> Path:
        return self.root / "CURRENT"

    def current(self) -> Path | None:
        """The live generation folder, or None when nothing was built yet."""
        try:
            name = self.current_file.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        path = self.root / name
        return path if name and path.is_dir() else None

    def require_current(self) -> Path:
        """The live generation; raises StoreError naming the folder when there is none."""
        if not self.root.is_dir():
            raise StoreError(f"索引目录不存在: {self.root}（先运行 disclosure-qa build）")
        cur = self.current()
        if cur is None and any(self.root.glob("gen-*.tmp")):
            # a first build that did not finish (stopped, or still running in another process)
            raise StoreError(f"{self.root} 的索引还没有建好：建索引尚未完成或被中断（请等它完成，或重新运行 disclosure-qa build）")
        if cur is None:
            raise StoreError(f"{self.root} 不是 disclosure-qa 索引目录（没有 CURRENT；先运行 disclosure-qa build）")
        return cur

    @contextlib.contextmanager
    def lock(self):
        """Exclusive lock for writers (one build at a time per index folder; readers never wait)."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "w") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def begin(self) -> Path:
        """Create and return an empty folder for a new generation (not live until commit)."""
        self.root.mkdir(parents=True, exist_ok=True)
        for stale in self.root.glob("gen-*.tmp"):
            shutil.rmtree(stale, ignore_errors=True)
        return Path(tempfile.mkdtemp(prefix=f"gen-{time.strftime('%Y%m%d%H%M%S')}-", suffix=".tmp", dir=self.root))

    def commit(self, new: Path) -> Path:
        """Make ``new`` the live generation (atomic switch), then delete all but the newest
        ``KEEP_GENERATIONS`` generations."""
        final = new.with_name(new.name.removesuffix(".tmp"))
        os.replace(new, final)
        self._switch(final)
        for old in self.generations()[KEEP_GENERATIONS:]:
            if old != final:
                shutil.rmtree(old, ignore_errors=True)
        return final

    def _switch(self, gen: Path) -> None:
        tmp = self.current_file.with_suffix(".tmp")
        tmp.write_text(gen.name + "\n", encoding="utf-8")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, self.current_file)

    def generations(self) -> list[Path]:
        """Finished generation folders, newest first (their names start with the build time)."""
        gens = [p for p in self.root.glob("gen-*") if p.is_dir() and not p.name.endswith(".tmp")]
        return sorted(gens, key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)

    def rollback(self) -> Path:
        """Make the generation built before the live one live again (atomic switch); returns it.
        Raises StoreError when there is none to go back to."""
        with self.lock():
            live = self.require_current()
            gens = self.generations()
            older = gens[gens.index(live) + 1:] if live in gens else []
            if not older:
                raise StoreError(f"{self.root} 没有更早的索引版本可以恢复（只保留最近 {KEEP_GENERATIONS} 个）")
            self._switch(older[0])
            return older[0]

    def abort(self, new: Path) -> None:
        """Throw away an unfinished generation."""
        shutil.rmtree(new, ignore_errors=True)


# --------------------------------------------------------------------------- writing
class StoreWriter:
    """Writes documents into a new ``folder/corpus.sqlite`` one at a time, so a build holds one
    parsed document in memory, not the corpus. ``close()`` commits; raises StoreError if the file
    exists already."""

    def __init__(self, folder: Path, info: dict | None = None):
        self.path = Path(folder) / DB_NAME
        if self.path.exists():
            raise StoreError(f"{self.path} exists already")
        self.con = sqlite3.connect(self.path)
        self.con.executescript(_SCHEMA)
        meta = {"format": STORE_FORMAT, "built": time.strftime("%Y-%m-%dT%H:%M:%S"), **(info or {})}
        self.con.executemany("INSERT INTO meta VALUES (?, ?)",
                             [(k, json.dumps(v, ensure_ascii=False)) for k, v in meta.items()])

    def set_meta(self, key: str, value) -> None:
        """Record ``value`` (JSON) under ``key`` in the generation's meta table (replacing it)."""
        self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value, ensure_ascii=False)))

    def add(self, doc: Document) -> None:
        body = to_dict(doc)
        for part in ("passages", "figures", "findings"):
            body.pop(part)
        con = self.con
        con.execute("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?)",
                    (doc.name, doc.sha256, doc.title, doc.unit, doc.year, doc.kind, doc.scope,
                     doc.pages, json.dumps(body, ensure_ascii=False)))
        con.executemany("INSERT INTO passages VALUES (?,?,?,?,?,?,?,?)",
                        [(p.id, p.doc, p.section, p.page, p.start, p.end, p.kind, p.text) for p in doc.passages])
        con.executemany("INSERT INTO figures (doc, metric, label, value, unit, body) VALUES (?,?,?,?,?,?)",
                        [(f.doc, f.metric, f.label, str(f.value), f.unit, json.dumps(to_dict(f), ensure_ascii=False))
                         for f in doc.figures])
        con.executemany('INSERT INTO findings (doc, "check", body) VALUES (?,?,?)',
                        [(f.doc, f.check, json.dumps(to_dict(f), ensure_ascii=False)) for f in doc.findings])

    def close(self) -> Path:
        try:
            self.con.commit()
        finally:
            self.con.close()
        return self.path


def generation_passages(folder: Path) -> Iterator[Passage]:
    """The passages of a generation's store in the order they were written (the index's rows)."""
    con = sqlite3.connect(f"file:{Path(folder) / DB_NAME}?mode=ro", uri=True)
    try:
        for r in con.execute('SELECT id, doc, section, page, start, "end", text, kind FROM passages ORDER BY rowid'):
            yield Passage(*r)
    finally:
        con.close()


# --------------------------------------------------------------------------- reading
def doc_named(name: str, names) -> str | None:
    """The one stored document name of ``names`` that ``name`` gives: the name itself, a path ending
    in it, or it in another letter case or without its extension; None when none or several fit."""
    if name in names:
        return name
    base = lambda s: s.replace("\\", "/").rsplit("/", 1)[-1].lower()     # noqa: E731
    stem = lambda s: base(s).rsplit(".", 1)[0]                             # noqa: E731
    for same in (lambda n: base(n) == base(name), lambda n: stem(n) in (base(name), stem(name))):
        found = [n for n in names if same(n)]
        if len(found) == 1:
            return found[0]
    return None


def held_names(names, limit: int = 8) -> str:
    """Stored document names for a message: file names joined by 、, the first ``limit`` (then 等)."""
    files = sorted(n.replace("\\", "/").rsplit("/", 1)[-1] for n in names)
    return "、".join(files[:limit]) + ("等" if len(files) > limit else "") or "无"


class CorpusStore:
    """Read access to a built corpus (the live generation of an index folder).

    Raises StoreError when the folder has no build or the store format is not this version's.
    """

    def __init__(self, index_dir: str | os.PathLike):
        self.folder = IndexFolder(index_dir).require_current()
        path = self.folder / DB_NAME
        if not path.is_file():
            raise StoreError(f"{path} 缺失：索引不完整，请重新 build")
        self.con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        meta = dict(self.con.execute("SELECT key, value FROM meta"))
        self.meta = {k: json.loads(v) for k, v in meta.items()}
        if self.meta.get("format") != STORE_FORMAT:
            raise StoreError(f"{path}: 存储格式 {self.meta.get('format')} 不是本版本的 {STORE_FORMAT}，请重新 build")

    def close(self) -> None:
        self.con.close()

    def documents(self) -> list[dict]:
        """Document summaries: name, title, unit, year, kind, scope, pages, counts."""
        rows = self.con.execute(
            "SELECT d.name, d.title, d.unit, d.year, d.kind, d.scope, d.pages, d.sha256,"
            " (SELECT COUNT(*) FROM passages p WHERE p.doc = d.name),"
            " (SELECT COUNT(*) FROM figures f WHERE f.doc = d.name),"
            " (SELECT COUNT(*) FROM findings f WHERE f.doc = d.name)"
            " FROM documents d ORDER BY d.name").fetchall()
        keys = ("name", "title", "unit", "year", "kind", "scope", "pages", "sha256", "passages", "figures", "findings")
        return [dict(zip(keys, r)) for r in rows]

    def document_infos(self) -> list[dict]:
        """The catalogue only — name, title, unit, year, kind, scope of every document — without
        counting their rows (cheap at any corpus size)."""
        rows = self.con.execute("SELECT name, title, unit, year, kind, scope FROM documents ORDER BY name").fetchall()
        return [dict(zip(("name", "title", "unit", "year", "kind", "scope"), r)) for r in rows]

    def has_document(self, name: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE name = ?", (name,)).fetchone() is not None

    def require(self, name: str) -> str:
        """The stored name of the document ``name`` (a stored name or a path ending in one);
        raises StoreError (a Chinese sentence) when no such document is held."""
        names = [r[0] for r in self.con.execute("SELECT name FROM documents ORDER BY name")]
        found = doc_named(name, names)
        if found is None:
            raise StoreError(f"索引里没有文档 {name!r}（现有文档：{held_names(names)}）")
        return found

    def document(self, name: str) -> Document:
        """The full document (with passages, figures, findings); raises StoreError if unknown."""
        name = self.require(name)
        row = self.con.execute("SELECT body FROM documents WHERE name = ?", (name,)).fetchone()
        body = json.loads(row[0])
        body["passages"] = [p.__dict__ for p in self.passages(doc=name)]
        body["figures"] = []
        body["findings"] = []
        doc = document_from_dict(body)
        doc.figures = self.figures(doc=name)
        doc.findings = self.findings(doc=name)
        return doc

    def all_documents(self) -> list[Document]:
        return [self.document(d["name"]) for d in self.documents()]

    def passages(self, doc: str | None = None) -> list[Passage]:
        sql = 'SELECT id, doc, section, page, start, "end", text, kind FROM passages'
        args: tuple = ()
        if doc is not None:
            sql += " WHERE doc = ?"
            args = (doc,)
        return [Passage(*r) for r in self.con.execute(sql + " ORDER BY rowid", args)]

    def passage(self, pid: str) -> Passage:
        """One passage by id; raises StoreError when unknown."""
        row = self.con.execute('SELECT id, doc, section, page, start, "end", text, kind FROM passages WHERE id = ?',
                               (pid,)).fetchone()
        if row is None:
            raise StoreError(f"索引里没有段落 {pid!r}，请重新 build")
        return Passage(*row)

    def passage_documents(self) -> dict[str, str]:
        """Passage id → its document's name, for every passage (no text read)."""
        return dict(self.con.execute("SELECT id, doc FROM passages"))

    def figures(self, doc: str | None = None) -> list[Figure]:
        sql, args = "SELECT body FROM figures", ()
        if doc is not None:
            sql, args = sql + " WHERE doc = ?", (doc,)
        return [figure_from_dict(json.loads(r[0])) for r in self.con.execute(sql + " ORDER BY id", args)]

    def findings(self, doc: str | None = None) -> list[Finding]:
        sql, args = "SELECT body FROM findings", ()
        if doc is not None:
            sql, args = sql + " WHERE doc = ?", (doc,)
        return [finding_from_dict(json.loads(r[0])) for r in self.con.execute(sql + " ORDER BY id", args)]
