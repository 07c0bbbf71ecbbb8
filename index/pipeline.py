"""``disclosure-qa build``: corpus folder → new index generation (store + indexes), switched in
atomically. Unchanged files (same sha256) reuse their parsed documents and their embeddings."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from corpus.build import PARSER_VERSION, BuildReport, read_corpus
from corpus.store import CorpusStore, IndexFolder, write_store
from corpus.errors import StoreError
from . import build as index_build
from corpus.settings import Settings


def previous_documents(index_dir: Path) -> tuple[dict, Path | None]:
    """Documents of the live generation by name (empty if none, unreadable, or parsed by another
    parser version) and its folder (whose embeddings the index build may reuse)."""
    try:
        store = CorpusStore(index_dir)
    except StoreError:
        return {}, None
    try:
        if store.meta.get("parser") != PARSER_VERSION:
            return {}, store.folder        # parsed by other code: re-parse, reuse embeddings only
        return {d.name: d for d in store.all_documents()}, store.folder
    except Exception:
        return {}, None
    finally:
        store.close()


MAX_REMOVED_SHARE = 0.5     # a build dropping more of the indexed documents than this is refused…
MIN_REMOVED = 3             # …when it drops at least this many; a build left with no document is refused


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
    previous, previous_gen = previous_documents(settings.index_dir)
    docs, report = read_corpus(corpus_dir, previous=previous, progress=progress)
    before = indexed_names(settings.index_dir)
    removed = before - {d.name for d in docs}
    if before and not allow_removals and (not docs or
                                          len(removed) >= MIN_REMOVED and len(removed) > MAX_REMOVED_SHARE * len(before)):
        raise StoreError(f"这次建索引会移除现有 {len(before)} 份文档中的 {len(removed)} 份（文件夹 {corpus_dir} 是否正确？）；"
                         f"索引未改动。确需移除请加 --allow-removals")
    gen = folder.begin()
    try:
        write_store(gen, docs, {"corpus": str(Path(corpus_dir).resolve()), "embedder": settings.embedder,
                                "parser": PARSER_VERSION})
        stats = index_build.build_index(gen, docs, previous_gen, settings, log=log)
        report.extra.update(stats or {})
        folder.commit(gen)
    except BaseException:
        folder.abort(gen)
        raise
    return report
