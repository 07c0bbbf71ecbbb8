"""Building the passage index: FAISS flat vs HNSW, BM25 tokenizers, fusion, incremental builds
(index/vectors.py, lexical.py, fusion.py, build.py)."""
from __future__ import annotations

import json

import numpy as np
import pytest

from index.pipeline import build
from corpus.store import IndexFolder
from corpus.errors import StoreError
from index import layout
from index.fusion import fuse
from index.lexical import LexicalIndex, bigram_tokens, jieba_tokens
from index.search import Searcher
from index.vectors import VectorIndex
from corpus.settings import Settings


# --------------------------------------------------------------------------- vectors
def _unit_vectors(n: int, d: int = 32, seed: int = 0) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(n, d)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_flat_index_is_exact_inner_product():
    vectors = _unit_vectors(500)
    query = _unit_vectors(1, seed=1)[0]
    rows, scores = VectorIndex.build(vectors, "flat").search(query, 10)
    expected = np.argsort(-(vectors @ query))[:10]
    assert rows.tolist() == expected.tolist()
    np.testing.assert_allclose(scores, (vectors @ query)[expected], atol=1e-5)


def test_hnsw_finds_the_stored_vector_itself_like_flat():
    vectors = _unit_vectors(500)
    flat, hnsw = VectorIndex.build(vectors, "flat"), VectorIndex.build(vectors, "hnsw")
    for i in (0, 17, 499):
        assert hnsw.search(vectors[i], 1)[0].tolist() == [i] == flat.search(vectors[i], 1)[0].tolist()


@pytest.mark.parametrize("ann", ["flat", "hnsw"])
def test_vector_search_ranks_only_the_allowed_rows(ann, tmp_path):
    vectors = _unit_vectors(300)
    index = VectorIndex.build(vectors, ann)
    index.save(tmp_path)
    index = VectorIndex.load(tmp_path, ann)
    allowed = np.array([3, 50, 51, 299], dtype=np.int64)
    rows, _ = index.search(vectors[10], 3, rows=allowed)   # row 10 itself is not allowed
    assert set(rows.tolist()) <= set(allowed.tolist()) and len(rows) == 3
    expected = allowed[np.argsort(-(vectors[allowed] @ vectors[10]))][:3]
    assert rows.tolist() == expected.tolist()
    assert len(index.search(vectors[10], 3, rows=np.array([], dtype=np.int64))[0]) == 0


def test_unknown_ann_type_is_refused():
    with pytest.raises(StoreError, match="hnsw"):
        VectorIndex.build(_unit_vectors(3), "ivf")


# --------------------------------------------------------------------------- lexical
def test_bigram_tokens_ignore_quotes_and_width():
    assert bigram_tokens("“三公”经费") == bigram_tokens("三公经费") == ["三", "公", "经", "费", "三公", "公经", "经费"]
    assert "2023" in bigram_tokens("２０２３年")


def test_jieba_tokens_drop_punctuation():
    tokens = jieba_tokens("什么是“三公”经费？")
    assert "经费" in tokens and "？" not in tokens and "“" not in tokens


@pytest.mark.parametrize("tokenizer", ["bigram", "jieba"])
def test_bm25_scores_every_row_and_survives_save_load(tokenizer, tmp_path):
    texts = ["“三公”经费预算1.0万元", "项目支出增加的主要原因是搬迁新政务大厅", "联系电话"]
    LexicalIndex.build(texts, tokenizer).save(tmp_path)
    index = LexicalIndex.load(tmp_path)
    scores = index.scores("三公经费")
    assert scores.shape == (3,) and int(np.argmax(scores)) == 0 and scores[1] == 0
    assert index.scores("！？").tolist() == [0, 0, 0]


# --------------------------------------------------------------------------- fusion
def test_rrf_rewards_agreement():
    a = (np.array([1, 2, 3]), np.array([9.0, 5.0, 1.0]))
    b = (np.array([7, 2, 3]), np.array([0.9, 0.8, 0.1]))
    rows, scores = fuse([a, b], "rrf")
    assert rows[0] == 2                       # 2nd in both beats 1st in one
    assert scores[0] == pytest.approx(2 / 62)


def test_merge_uses_normalised_scores_and_unknown_fusion_is_refused():
    a = (np.array([1, 2]), np.array([10.0, 0.0]))
    b = (np.array([2, 1]), np.array([0.9, 0.8]))
    rows, scores = fuse([a, b], "merge", weights=[1.0, 0.5])
    assert rows.tolist() == [1, 2] and scores.tolist() == pytest.approx([1.0, 0.5])
    with pytest.raises(ValueError):
        fuse([a], "max")


# --------------------------------------------------------------------------- incremental builds
A = "甲单位2023年预算\n一、“三公”经费\n2023年“三公”经费预算1.5万元，主要原因是接待任务增加。\n二、联系方式\n联系电话：023-11111111。\n"
B = "乙单位2023年预算\n一、项目支出\n项目支出比上年增加20万元，主要原因是搬迁新办公楼。\n二、基本支出\n基本支出主要用于人员工资。\n"
C = "丙单位2022年决算\n一、收入决算\n2022年收入决算100万元，比上年减少5万元。\n"


def _corpus(folder, files: dict[str, str]):
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def minilm_available():
    pytest.importorskip("sentence_transformers")


def test_incremental_build_reembeds_only_new_or_changed_passages(tmp_path, minilm_available):
    corpus = _corpus(tmp_path / "corpus", {"a.txt": A, "b.txt": B, "c.txt": C})
    settings = Settings(index_dir=tmp_path / "index", embedder="minilm")
    quiet = dict(log=lambda m: None)

    first = build(corpus, settings, **quiet).extra
    assert first["embedded"] == first["passages"] > 0 and first["reused_embeddings"] == 0

    second = build(corpus, settings, **quiet).extra
    assert second["embedded"] == 0 and second["reused_embeddings"] == first["passages"]

    _corpus(corpus, {"a.txt": A, "b.txt": B.replace("搬迁新办公楼", "新增信息化项目"), "c.txt": C})
    third = build(corpus, settings, **quiet).extra
    assert third["embedded"] == 1                      # only the changed sentence of b.txt
    assert third["reused_embeddings"] == third["passages"] - 1

    _corpus(corpus, {"a.txt": A, "b.txt": B})          # c.txt removed
    fourth = build(corpus, settings, **quiet).extra
    gen = IndexFolder(settings.index_dir).require_current()
    ids = [pid for pid, _ in layout.read_rows(gen)]
    assert ids and not any(pid.startswith("c.txt") for pid in ids)
    assert fourth["embedded"] == 1                     # b.txt's old sentence is back; c's are gone
    assert fourth["passages"] < third["passages"]

    searcher = Searcher(settings)
    try:
        hits = searcher.search("收入决算", k=5)
        assert all(h.passage.doc != "c.txt" for h in hits)
        assert searcher.search("收入决算", k=5, doc="c.txt") == []
    finally:
        searcher.close()


def test_changing_the_embedder_embeds_everything_again(tmp_path, minilm_available):
    corpus = _corpus(tmp_path / "corpus", {"a.txt": A, "b.txt": B})
    index = tmp_path / "index"
    build(corpus, Settings(index_dir=index, embedder="none"), log=lambda m: None)
    stats = build(corpus, Settings(index_dir=index, embedder="minilm"), log=lambda m: None).extra
    assert stats["embedded"] == stats["passages"] > 0
    assert json.loads((IndexFolder(index).require_current() / layout.META_FILE).read_text())["dim"] == 384


def test_bm25_only_build_writes_no_vectors(tmp_path):
    corpus = _corpus(tmp_path / "corpus", {"a.txt": A})
    settings = Settings(index_dir=tmp_path / "index", embedder="none")
    stats = build(corpus, settings, log=lambda m: None).extra
    gen = IndexFolder(settings.index_dir).require_current()
    assert stats["embedded"] == 0 and not (gen / "vectors.faiss").exists()
    assert layout.read_meta(gen)["embedder"] == "none"


def test_hnsw_build_is_recorded_and_searchable(tmp_path, minilm_available):
    corpus = _corpus(tmp_path / "corpus", {"a.txt": A, "b.txt": B})
    settings = Settings(index_dir=tmp_path / "index", embedder="minilm", ann="hnsw")
    build(corpus, settings, log=lambda m: None)
    assert layout.read_meta(IndexFolder(settings.index_dir).require_current())["ann"] == "hnsw"
    searcher = Searcher(settings)
    try:
        assert searcher.search("联系电话", k=1)[0].passage.doc == "a.txt"
    finally:
        searcher.close()


def test_a_corpus_without_passages_builds_an_empty_searchable_index(tmp_path):
    corpus = _corpus(tmp_path / "corpus", {"blank.txt": "\n \n"})
    settings = Settings(index_dir=tmp_path / "index", embedder="none")
    assert build(corpus, settings, log=lambda m: None).extra["passages"] == 0
    searcher = Searcher(settings)
    try:
        assert searcher.search("三公经费") == []
    finally:
        searcher.close()


def test_a_build_streams_documents_into_the_store(tmp_path):
    """Each document is written as it is read (read_corpus emits it, nothing is kept), the previous
    generation's documents are read one at a time, and a rebuild reuses them unchanged."""
    from corpus.build import read_corpus
    from corpus.settings import DEMO_CORPUS, Settings
    from corpus.store import CorpusStore
    from index.pipeline import build, previous_documents

    seen = []
    kept, report = read_corpus(DEMO_CORPUS, emit=seen.append)
    assert kept == [] and [d.name for d in seen] == ["cq-jiangjin-zwfw-2023-unit-budget.txt"]
    settings = Settings(index_dir=tmp_path / "index", embedder="none")
    build(DEMO_CORPUS, settings, log=lambda m: None)
    previous, gen = previous_documents(settings.index_dir)
    try:
        assert list(previous) == ["cq-jiangjin-zwfw-2023-unit-budget.txt"] and gen is not None
        assert previous["cq-jiangjin-zwfw-2023-unit-budget.txt"].figures     # read when asked for
    finally:
        previous.close()
    report = build(DEMO_CORPUS, settings, log=lambda m: None)
    assert report.reused == ["cq-jiangjin-zwfw-2023-unit-budget.txt"]
    store = CorpusStore(settings.index_dir)
    try:
        assert len(store.passages()) == len(seen[0].passages)
    finally:
        store.close()
