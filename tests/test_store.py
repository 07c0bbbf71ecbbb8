"""The index folder: atomic generations, incremental reuse, clear errors on foreign folders."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from index import pipeline as build_mod
from index.pipeline import build
from corpus.store import CorpusStore, IndexFolder
from corpus.errors import StoreError
from corpus.settings import Settings

from conftest import SAMPLE


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / SAMPLE.name)
    return folder


@pytest.fixture()
def settings(tmp_path):
    return Settings(index_dir=tmp_path / "index", embedder="none")


def test_build_stores_the_document(corpus, settings):
    report = build(corpus, settings, log=lambda m: None)
    assert report.read == [SAMPLE.name] and not report.failed
    store = CorpusStore(settings.index_dir)
    (info,) = store.documents()
    assert info["name"] == SAMPLE.name
    doc = store.document(SAMPLE.name)
    assert "1385.31万元" in doc.text
    assert doc.passages and all(p.doc == SAMPLE.name for p in doc.passages)


def test_unchanged_file_is_reused_and_removed_file_dropped(corpus, settings, tmp_path):
    build(corpus, settings, log=lambda m: None)
    report = build(corpus, settings, log=lambda m: None)
    assert report.reused == [SAMPLE.name] and report.read == []
    (corpus / SAMPLE.name).unlink()
    (corpus / "other.txt").write_text("某单位2024年单位预算情况说明\n收入预算100万元。", encoding="utf-8")
    report = build(corpus, settings, log=lambda m: None)
    assert report.removed == [SAMPLE.name]
    assert [d["name"] for d in CorpusStore(settings.index_dir).documents()] == ["other.txt"]


def test_failed_build_leaves_previous_generation_live(corpus, settings, monkeypatch):
    build(corpus, settings, log=lambda m: None)
    live = IndexFolder(settings.index_dir).current()

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(build_mod.index_build, "build_index", broken)
    (corpus / "new.txt").write_text("某单位2024年单位预算情况说明\n收入预算100万元。", encoding="utf-8")
    with pytest.raises(RuntimeError):
        build(corpus, settings, log=lambda m: None)
    folder = IndexFolder(settings.index_dir)
    assert folder.current() == live
    assert [p.name for p in settings.index_dir.glob("gen-*")] == [live.name]
    assert [d["name"] for d in CorpusStore(settings.index_dir).documents()] == [SAMPLE.name]


def test_missing_or_foreign_index_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="不存在"):
        CorpusStore(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="CURRENT"):
        CorpusStore(tmp_path / "empty")


def test_store_of_another_format_is_refused(corpus, settings):
    build(corpus, settings, log=lambda m: None)
    db = IndexFolder(settings.index_dir).current() / "corpus.sqlite"
    con = sqlite3.connect(db)
    con.execute("UPDATE meta SET value = '999' WHERE key = 'format'")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="格式"):
        CorpusStore(settings.index_dir)


def test_unknown_document_is_a_clear_error(corpus, settings):
    build(corpus, settings, log=lambda m: None)
    with pytest.raises(StoreError, match="没有文档"):
        CorpusStore(settings.index_dir).document("nope.pdf")


def test_a_build_from_an_empty_folder_is_refused_and_the_index_kept(corpus, settings, tmp_path):
    build(corpus, settings, log=lambda m: None)
    live = IndexFolder(settings.index_dir).current()
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(StoreError, match="--allow-removals"):
        build(empty, settings, log=lambda m: None)
    assert IndexFolder(settings.index_dir).current() == live
    assert [d["name"] for d in CorpusStore(settings.index_dir).documents()] == [SAMPLE.name]
    build(empty, settings, log=lambda m: None, allow_removals=True)     # asked for: allowed
    assert CorpusStore(settings.index_dir).documents() == []


def test_rollback_restores_the_previous_generation(corpus, settings):
    build(corpus, settings, log=lambda m: None)
    first = IndexFolder(settings.index_dir).current()
    (corpus / "other.txt").write_text("某单位2024年单位预算情况说明\n收入预算100万元。", encoding="utf-8")
    build(corpus, settings, log=lambda m: None)
    assert len(CorpusStore(settings.index_dir).documents()) == 2
    assert IndexFolder(settings.index_dir).rollback() == first
    assert [d["name"] for d in CorpusStore(settings.index_dir).documents()] == [SAMPLE.name]
    with pytest.raises(StoreError, match="没有更早的索引版本"):
        IndexFolder(settings.index_dir).rollback()


def test_a_running_server_picks_up_a_rebuild(corpus, settings):
    from assistant.web.services import Services

    build(corpus, settings, log=lambda m: None)
    services = Services(settings)
    before = services.generation()
    assert [d["name"] for d in services.documents()] == [SAMPLE.name]
    (corpus / "other.txt").write_text("某单位2024年单位预算情况说明\n收入预算100万元。", encoding="utf-8")
    build(corpus, settings, log=lambda m: None)          # e.g. from the command line
    assert services.generation() != before
    assert sorted(d["name"] for d in services.documents()) == sorted([SAMPLE.name, "other.txt"])
