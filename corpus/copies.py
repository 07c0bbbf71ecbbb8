"""Copies of one document in another format (the PDF and the web page it was printed from, a .docx
and its PDF): the build keeps the first and leaves the others out, so that a question never has to
choose between two sources saying the same thing.

Two documents are copies when they are of the same year and their texts and figures are nearly the
same: the Jaccard similarity of their texts' 8-character shingles (whitespace ignored), estimated by
a 64-hash MinHash, at least ``TEXT_SIMILAR``, and of their sets of (value, unit) figures at least
``FIGURES_SIMILAR``; or, with the very same figures (at least ``SAME_FIGURES_MIN`` of them), texts at
least ``TEXT_SIMILAR_SAME_FIGURES`` alike (a web page whose tables flatten otherwise than the PDF's
lines: a kindergarten's page and its PDF measured 0.83, 283 figures all the same). A 部门预算 and the
单位预算 of its only unit — the same numbers, other words — stay apart (measured on ../shared/corpus:
text 0.44–0.75; copies: 0.83–0.93, figures 0.99–1.0).
"""
from __future__ import annotations

import re
import zlib

import numpy as np

from .models import Document

SHINGLE = 8
HASHES = 64
TEXT_SIMILAR = 0.85
FIGURES_SIMILAR = 0.95
TEXT_SIMILAR_SAME_FIGURES = 0.80
SAME_FIGURES_MIN = 50
MIN_FIGURES = 5
_rng = np.random.default_rng(20261207)
_A = _rng.integers(1, 1 << 62, HASHES, dtype=np.uint64) | np.uint64(1)     # odd multipliers
_B = _rng.integers(0, 1 << 62, HASHES, dtype=np.uint64)


def _signature(text: str) -> np.ndarray | None:
    """MinHash signature (HASHES uint64) of the text's shingles; None for a text too short to tell."""
    t = re.sub(r"\s+", "", text)
    if len(t) < 200:
        return None
    h = np.fromiter((zlib.crc32(t[i:i + SHINGLE].encode("utf-8")) for i in range(len(t) - SHINGLE + 1)),
                    dtype=np.uint64)
    h = np.unique(h)
    # (a·h + b) mod 2^64 for each of the HASHES pairs (numpy wraps uint64), its minimum per pair
    return (h[:, None] * _A[None, :] + _B[None, :]).min(axis=0)


def _figures(doc: Document) -> frozenset:
    return frozenset((f.value, f.unit) for f in doc.figures if f.value is not None)


class Copies:
    """Remembers the documents kept so far; ``original(doc)`` names the one ``doc`` copies."""

    def __init__(self):
        self._kept: dict[int | None, list[tuple[str, np.ndarray, frozenset]]] = {}

    def original(self, doc: Document) -> str | None:
        """The name of a kept document ``doc`` is a copy of, or None (then ``doc`` is kept and
        remembered)."""
        sig, figs = _signature(doc.text or ""), _figures(doc)
        if sig is None or len(figs) < MIN_FIGURES:
            return None
        year = doc.year
        for name, other_sig, other_figs in self._kept.get(year, []):
            text = float(np.mean(sig == other_sig))
            alike = len(figs & other_figs) / len(figs | other_figs)
            if text >= TEXT_SIMILAR and alike >= FIGURES_SIMILAR \
                    or text >= TEXT_SIMILAR_SAME_FIGURES and figs == other_figs and len(figs) >= SAME_FIGURES_MIN:
                return name
        self._kept.setdefault(year, []).append((doc.name, sig, figs))
        return None
