"""``disclosure-qa build``: corpus folder → new index generation (store + indexes), switched in
atomically. Unchanged files (same sha256) reuse their parsed documents and their embeddings."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from collections.abc import Mapping

from corpus.build import PARSER_VERSION, BuildReport, read_corpus
from corpus.models import Document
from corpus.store import CorpusStore, IndexFolder, StoreWriter, generation_passages
from corpus.errors import StoreError
from . import build as index_build
from corpus.settings import Settings


class PreviousDocuments(Mapping):
    """The live generation's documents by name, each read from its store only when asked for
    (one at a time: a build never holds the previous corpus in memory)."""

    def __init__(self, store: CorpusStore | None):
        self.store = store
        self._names = [d["name"] for d in store.document_infos()] if store is not None else []
        self._known = set(self._names)

    def __getitem__(self, name: str) -> Document:
        if name not in self._known:
            raise KeyError(name)
        return self.store.document(name)

    def __iter__(self):
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def previous_documents(index_dir: Path) -> tuple[PreviousDocuments, Path | None]:
    """Documents of the live generation (empty if none, unreadable, or parsed by another parser
    version) and its folder (whose embeddings the index build may reuse). Close the first."""
    try:
        store = CorpusStore(index_dir)
    except StoreError:
        return PreviousDocuments(None), None
    try:
        if store.meta.get("parser") != PARSER_VERSION:
            folder = store.folder
            store.close()
            return PreviousDocuments(None), folder   # parsed by other code: re-parse, reuse embeddings only
        return PreviousDocuments(store), store.folder
    except Exception:
        store.close()
        return PreviousDocuments(None), None


MAX_REMOVED_SHARE = 0.5     # a build dropping more of the indexed documents than this is refused…
MIN_REMOVED = 3             # …when it drops at least this many; a build left with no document is refused


def built_from(index_dir) -> str | None:
    """The corpus folder the live index of ``index_dir`` was built from, or None."""
    try:
        store = CorpusStore(index_dir)
    except StoreError:
        return None
    try:
        return store.meta.get("corpus")
    finally:
        store.close()


def build(corpus_dir: str | Path, settings: Settings, progress: Callable | None = None,
          log: Callable[[str], None] = print, allow_removals: bool = False) -> BuildReport:
    """Build (or update) ``settings.index_dir`` from ``corpus_dir``.

    Raises CorpusError if the corpus folder does not exist, StoreError when the build would leave
    no document or remove more than half of the indexed ones (at least 3) — an empty or wrong
    folder — unless ``allow_removals``; the live index is then untouched. Per-file problems are in
    the report; the new generation becomes live only when everything is written.
    """
    folder = IndexFolder(settings.index_dir)
    with folder.lock():
        return _build_locked(folder, corpus_dir, settings, progress, log, allow_removals)


def indexed_names(index_dir: Path) -> set[str]:
    """Names of the documents of the live generation (empty when there is none)."""
    try:
        store = CorpusStore(index_dir)
    except StoreError:
        return set()
    try:
        return {d["name"] for d in store.documents()}
    finally:
        store.close()


def _build_locked(folder: IndexFolder, corpus_dir, settings: Settings, progress, log,
                  allow_removals: bool = False) -> BuildReport:
    """Each document is written to the new generation as soon as it is read (streaming: memory
    does not grow with the corpus); the generation goes live only when complete and allowed."""
    before = indexed_names(settings.index_dir)
    previous, previous_gen = previous_documents(settings.index_dir)
    gen = folder.begin()
    try:
        writer = StoreWriter(gen, {"corpus": str(Path(corpus_dir).resolve()), "embedder": settings.embedder,
                                   "parser": PARSER_VERSION})
        names: set[str] = set()

        def emit(doc: Document) -> None:
            writer.add(doc)
            names.add(doc.name)
        try:
            _, report = read_corpus(corpus_dir, previous=previous, progress=progress, emit=emit)
            writer.set_meta("duplicates", report.copies)
        finally:
            writer.close()
            previous.close()
        removed = before - names
        if before and not allow_removals and (not names or len(removed) >= MIN_REMOVED
                                              and len(removed) > MAX_REMOVED_SHARE * len(before)):
            source_dir = built_from(settings.index_dir)
            source = f"（建自文件夹 {source_dir}）" if source_dir and source_dir != str(Path(corpus_dir).resolve()) else ""
            raise StoreError(f"这次建索引会移除索引目录 {settings.index_dir} 现有 {len(before)} 份文档{source}中的 "
                             f"{len(removed)} 份（文件夹 {corpus_dir} 是否正确？）；索引未改动。要为这个文件夹另建索引，"
                             f"请加 --index 新目录（或设 DISCLOSURE_QA_INDEX）；确需移除请加 --allow-removals")
        stats = index_build.build_index(gen, generation_passages(gen), previous_gen, settings, log=log)
        report.extra.update(stats or {})
        folder.commit(gen)
    except BaseException:
        folder.abort(gen)
        raise
    return report
