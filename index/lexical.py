"""BM25 over Chinese text (bm25s), with a choice of tokenizer.

Tokenizers (both see text normalised by :func:`normalise`: NFKC, lower case, punctuation and
spaces dropped, so “三公”经费 and 三公经费 give the same tokens):

- ``"bigram"``: every character (unigram) plus every pair of adjacent characters (bigram);
  runs of Latin letters and digits stay whole (``2010301``, ``023``).
- ``"jieba"``: jieba's search mode (``lcut_for_search``: words plus the shorter words inside them).

``"bigram"`` is the default, chosen on the development questions (numbers in docs/index.md).
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from corpus.errors import StoreError

TOKENIZERS = ("bigram", "jieba")
DEFAULT_TOKENIZER = "bigram"
_TOKENIZER_FILE = "tokenizer.json"

_WORD = re.compile(r"[0-9a-z]+(?:\.[0-9]+)*|[\u3400-\u9fff\uf900-\ufaff]")


def normalise(text: str) -> str:
    """NFKC + lower case (full-width digits and letters become ASCII)."""
    return unicodedata.normalize("NFKC", text).lower()


def _units(text: str) -> list[str]:
    """Han characters one by one and Latin/digit runs whole; punctuation and spaces dropped."""
    return _WORD.findall(normalise(text))


def bigram_tokens(text: str) -> list[str]:
    """Unigrams + adjacent bigrams of :func:`_units` (a bigram may join a Han character and a
    neighbouring digit run, e.g. "费" + "2023")."""
    units = _units(text)
    return units + [a + b for a, b in zip(units, units[1:])]


def jieba_tokens(text: str) -> list[str]:
    """jieba search-mode words of the normalised text, punctuation and spaces dropped."""
    import jieba

    jieba.setLogLevel(60)
    return [w for w in jieba.lcut_for_search(normalise(text)) if _WORD.search(w)]


def tokenizer(name: str) -> Callable[[str], list[str]]:
    if name == "bigram":
        return bigram_tokens
    if name == "jieba":
        return jieba_tokens
    raise StoreError(f"未知的分词方式 {name!r}（可用 {', '.join(TOKENIZERS)}）")


class LexicalIndex:
    """A BM25 index over passages in row order. ``scores(query)`` gives every row's score, so
    callers filter rows before ranking. An index of no passages has ``bm25`` None."""

    def __init__(self, bm25, tokenizer_name: str):
        self._bm25 = bm25
        self.tokenizer_name = tokenizer_name
        self._tokenize = tokenizer(tokenizer_name)

    @classmethod
    def build(cls, texts: Sequence[str], tokenizer_name: str = DEFAULT_TOKENIZER) -> "LexicalIndex":
        import bm25s

        tok = tokenizer(tokenizer_name)
        if not texts:
            return cls(None, tokenizer_name)
        bm25 = bm25s.BM25()
        # token ids as one int32 array per row (4 bytes a token) instead of lists of strings:
        # peak memory of a build fell from 661 to 272 MB on 1,582 documents (30,183 passages)
        vocab: dict[str, int] = {}
        ids = []
        for text in texts:
            # an empty token list would be dropped by bm25s; a placeholder keeps rows aligned
            tokens = tok(text) or ["\u2205"]
            ids.append(np.fromiter((vocab.setdefault(t, len(vocab)) for t in tokens), dtype=np.int32,
                                   count=len(tokens)))
        bm25.index((ids, vocab), show_progress=False)
        return cls(bm25, tokenizer_name)

    def save(self, folder: Path) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        if self._bm25 is not None:
            self._bm25.save(str(folder), show_progress=False)
        (folder / _TOKENIZER_FILE).write_text(json.dumps({"tokenizer": self.tokenizer_name,
                                                          "empty": self._bm25 is None}), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> "LexicalIndex":
        """Raises StoreError when the folder is missing or unreadable."""
        import bm25s

        folder = Path(folder)
        try:
            info = json.loads((folder / _TOKENIZER_FILE).read_text(encoding="utf-8"))
            name = info["tokenizer"]
            bm25 = None if info.get("empty") else bm25s.BM25.load(str(folder), show_progress=False, verbosity=0)
        except Exception as exc:
            raise StoreError(f"{folder}: 词法索引缺失或损坏（{type(exc).__name__}），请重新 build") from exc
        return cls(bm25, name)

    def scores_range(self, query: str, lo: int, hi: int) -> np.ndarray:
        """BM25 scores of rows ``lo``..``hi``-1 only — the same values as ``scores(query)[lo:hi]``
        — found by bisecting each query token's postings, so the cost does not grow with the
        rows outside the range (a document's rows are contiguous)."""
        out = np.zeros(max(0, hi - lo), dtype=np.float32)
        if self._bm25 is None or hi <= lo:
            return out
        tokens = [t for t in self._tokenize(query) if t in self._bm25.vocab_dict]
        if not tokens:
            return out
        sc = self._bm25.scores
        data, indices, indptr = sc["data"], sc["indices"], sc["indptr"]
        for t in np.asarray(self._bm25.get_tokens_ids(tokens), dtype=np.int64):
            a, b = int(indptr[t]), int(indptr[t + 1])
            seg = indices[a:b]
            i, j = int(np.searchsorted(seg, lo)), int(np.searchsorted(seg, hi))
            np.add.at(out, seg[i:j] - lo, data[a + i:a + j])
        return out

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every row for ``query`` (float32, length = number of rows)."""
        if self._bm25 is None:
            return np.zeros(0, dtype=np.float32)
        tokens = [t for t in self._tokenize(query) if t in self._bm25.vocab_dict]
        n = int(self._bm25.scores["num_docs"])
        if not tokens:
            return np.zeros(n, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)
