"""What the web pages call: one Assistant, one Searcher and one CorpusStore per process.

They are loaded once (``Services.load``) and replaced together after the staff desk changes the
documents (``Services.add_document``). A request keeps the objects it started with, so a rebuild
never disturbs answers under way.
"""
from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from ..answer import Answer
from ..core import Assistant
from corpus.build import SUPPORTED, probe_document
from corpus.store import CorpusStore, IndexFolder
from corpus.errors import CorpusError, DisclosureError, StoreError
from index.search import Searcher, open_searcher
from corpus.settings import DEMO_CORPUS, Settings

log = logging.getLogger(__name__)


@dataclass
class Loaded:
    """The objects of one index generation."""

    assistant: Assistant
    searcher: Searcher | None     # None when the passage index cannot be opened (figures still answer)
    store: CorpusStore
    generation: str = ""          # the generation folder's name these objects were opened from


class Services:
    """Shared, thread-safe access to the index of ``settings.index_dir``.

    ``corpus_dir`` is the folder staff uploads are saved into (None: the desk cannot add
    documents). Raises StoreError from ``load`` when the index folder has no build.
    """

    def __init__(self, settings: Settings, corpus_dir: str | Path | None = None):
        self.settings = settings
        self.corpus_dir = Path(corpus_dir) if corpus_dir else None
        self._loaded: Loaded | None = None
        self._lock = threading.Lock()          # guards swapping the loaded objects
        self._build_lock = threading.Lock()    # one document change at a time
        self._reload_lock = threading.Lock()   # one reload when the live generation changes

    # ------------------------------------------------------------------ loading
    def load(self) -> Loaded:
        """Open store, searcher and assistant of the live generation and make them current."""
        live = IndexFolder(self.settings.index_dir).current()
        assistant = Assistant(self.settings)
        # the assistant may hold its own searcher and store: share them rather than open twice
        searcher = getattr(assistant, "searcher", None) or _open_searcher(self.settings)
        store = getattr(assistant, "store", None)
        loaded = Loaded(assistant=assistant, searcher=searcher,
                        store=store if isinstance(store, CorpusStore) else CorpusStore(self.settings.index_dir),
                        generation=live.name if live else "")
        with self._lock:
            self._loaded = loaded
        return loaded

    @property
    def current(self) -> Loaded:
        """The loaded generation; when a build (or rollback) from elsewhere switched the index
        folder's live generation, the new one is opened first (between two questions)."""
        with self._lock:
            loaded = self._loaded
        if loaded is None:
            return self.load()
        live = IndexFolder(self.settings.index_dir).current()
        if live is not None and live.name != loaded.generation:
            with self._reload_lock:
                with self._lock:
                    loaded = self._loaded
                if loaded is None or loaded.generation != live.name:
                    log.info("index generation changed to %s: reloading", live.name)
                    loaded = self.load()
        return loaded

    def generation(self) -> str:
        return self.current.generation

    # ------------------------------------------------------------------ reading
    def ask(self, question: str, scope: dict | None = None, history: list[Answer] | None = None) -> Answer:
        return self.current.assistant.ask(question, scope=scope or {}, history=history or [])

    def documents(self) -> list[dict]:
        """Document summaries (see CorpusStore.documents)."""
        return self.current.store.documents()

    def units(self) -> list[str]:
        return sorted({d["unit"] for d in self.current.store.document_infos() if d.get("unit")})

    def years(self, unit: str | None = None) -> list[int]:
        return sorted({d["year"] for d in self.current.store.document_infos()
                       if d.get("year") and (not unit or d.get("unit") == unit)}, reverse=True)

    def document(self, name: str):
        """The full Document; raises StoreError if unknown."""
        return self.current.store.document(name)

    def search(self, query: str, k: int = 10, **filters) -> list:
        """Passage hits (index.search.Hit); [] when the passage index is unavailable."""
        searcher = self.current.searcher
        return searcher.search(query, k=k, **filters) if searcher is not None else []

    # ------------------------------------------------------------------ changing
    def add_document(self, upload: str | Path, name: str) -> list[str]:
        """Save an uploaded file as ``corpus_dir/name`` (replacing a file of that name) and rebuild.

        The file is parsed on its own first: a file that cannot be read raises CorpusError and
        changes nothing. Returns the build summary lines. Raises DisclosureError when the desk
        has no corpus folder or the name is not a plain supported file name.
        """
        if self.corpus_dir is None:
            raise DisclosureError("本服务没有可写入的文档文件夹（用 disclosure-qa serve --corpus 文件夹 启动）")
        name = Path(name).name
        if not name or name.startswith(".") or Path(name).suffix.lower() not in SUPPORTED:
            raise CorpusError(name or "(无名)", f"不支持的文件类型（支持 {'、'.join(sorted(SUPPORTED))}）")
        with self._build_lock:
            with tempfile.TemporaryDirectory() as tmp:
                probe = Path(tmp) / name
                shutil.copyfile(upload, probe)
                probe_document(probe, name)           # own process, memory capped; raises CorpusError
            self.corpus_dir.mkdir(parents=True, exist_ok=True)
            target = self.corpus_dir / name
            backup = target.with_name(f".{name}.previous") if target.exists() else None
            if backup:
                shutil.copyfile(target, backup)
            shutil.copyfile(upload, target)
            try:
                from index.pipeline import build
                report = build(self.corpus_dir, self.settings, log=lambda m: log.info(m))
            except BaseException:
                if backup:
                    shutil.copyfile(backup, target)
                else:
                    target.unlink(missing_ok=True)
                raise
            finally:
                if backup:
                    backup.unlink(missing_ok=True)
            self.load()
            return report.summary_lines()


def _open_searcher(settings: Settings) -> Searcher | None:
    try:
        return open_searcher(settings)
    except Exception as exc:     # a broken passage index must not take the page down
        log.warning("passage search unavailable: %s: %s", type(exc).__name__, exc)
        return None


def staff_corpus_dir(settings: Settings, corpus: str | Path | None) -> Path | None:
    """The folder the staff desk saves documents into.

    ``corpus`` when it is a user folder; for the built-in sample (read-only package data) a
    working copy ``<index_dir>-corpus`` holding the sample; with no corpus, the folder the index
    was last built from (store metadata) unless that is the sample. None if none is known or
    the folder is not writable (then the desk cannot add documents and says so).
    """
    demo = DEMO_CORPUS.resolve()
    if corpus is not None and Path(corpus).resolve() != demo:
        return _writable(Path(corpus))
    if corpus is None:
        try:
            store = CorpusStore(settings.index_dir)
            built_from = store.meta.get("corpus")
            store.close()
        except StoreError:
            built_from = None
        if built_from and Path(built_from).resolve() != demo:
            return _writable(Path(built_from))
    work = Path(str(settings.index_dir).rstrip("/") + "-corpus")
    if not work.exists():
        shutil.copytree(demo, work)
    return work


def _writable(folder: Path) -> Path | None:
    if folder.is_dir() and os.access(folder, os.W_OK | os.X_OK):
        return folder
    log.warning("corpus folder %s is not writable: the staff desk cannot add documents", folder)
    return None
