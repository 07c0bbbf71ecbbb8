"""Small text helpers shared by the assistant modules: normalisation, bigrams, sentences.

All matching in the assistant happens on :func:`norm` text (NFKC: full-width digits, letters and
punctuation become ASCII; spaces and quote marks removed; 「（）」 kept as ASCII "()")."""
from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

from corpus.numbers import MONEY_FACTORS_TO_WAN, convert_money

_DROP = str.maketrans("", "", " \t\r\n\u3000“”\"'‘’「」『』《》〈〉")
SENTENCE_END = re.compile(r"(?<=[。；;！？!?\n])")
CJK = re.compile(r"[\u4e00-\u9fff]")
# a function class code (类 3, 款 5, 项 7 digits: 213, 21303, 2130301), never part of a longer number
CLASS_CODE = r"(?<!\d)2\d{2}(?:\d{2}){0,2}(?!\d)"


def norm(text: str) -> str:
    """NFKC, without whitespace and quote marks (so “三公”经费 == 三公经费)."""
    return unicodedata.normalize("NFKC", text or "").translate(_DROP)


def in_order(needle: str, hay: str) -> bool:
    """Whether every character of ``needle`` occurs in ``hay`` in the same order (a short name
    written from a long one: 市场监管局 in 区市场监督管理局)."""
    it = iter(hay)
    return all(ch in it for ch in needle)


def bigrams(text: str) -> set[str]:
    """Character bigrams of ``text`` (a single character counts as its own unigram)."""
    text = re.sub(r"[\s\d.,，。、：:；;()（）%％\-—]+", "|", text)
    grams: set[str] = set()
    for part in text.split("|"):
        if len(part) == 1:
            grams.add(part)
        grams.update(part[i:i + 2] for i in range(len(part) - 1))
    return grams


def coverage(needle: set[str], hay: set[str]) -> float:
    """Share of ``needle`` grams found in ``hay`` (0 when needle is empty)."""
    return len(needle & hay) / len(needle) if needle else 0.0


def sentences(text: str) -> list[str]:
    """Sentences of a passage, split after 。；！？ and line breaks (empty pieces dropped)."""
    return [s.strip() for s in SENTENCE_END.split(text or "") if s.strip()]


# a line break that ends a sentence: after a stop, or before an empty line; one between two
# characters of running text is a PDF's line wrap ("…完成预算的85.93%。与\n2024年度相比减少…")
_HEADING_START = r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|第[一二三四五六七八九十]+部分)"
_BREAK = re.compile(r"[。；;！？!?]|(?<=[^\u4e00-\u9fff\d%，,、（(“])\n|\n(?=\s*\n)|\n(?=\s*" + _HEADING_START + ")")
_HEADING = re.compile(r"\s*" + _HEADING_START)
_WRAP_SPACE = re.compile(r"(?<=[\u4e00-\u9fff，。；：、（）“”])[ \t\u3000]+(?=[\u4e00-\u9fff，。；：、（）“”])")


def sentence_around(text: str, start: int, end: int, limit: int = 400) -> str:
    """The sentence of ``text`` holding ``[start, end)``: bounded by 。；！？ or a line break that
    ends a sentence (a wrapped line does not), at most ``limit`` characters either side."""
    if not text or start < 0 or end > len(text) or start >= end:
        return ""
    lo = max(0, start - limit)
    lefts = [m.end() - 1 for m in _BREAK.finditer(text, lo, start)]
    left = lefts[-1] if lefts else lo - 1
    right_m = _BREAK.search(text, end, min(len(text), end + limit))
    right = right_m.end() if right_m else min(len(text), end + limit)
    # a heading line before the sentence ("七、…情况说明\n2025年度…") is no part of it
    first = text.find("\n", left + 1, start)
    while first >= 0 and _HEADING.match(text, left + 1) and not _BREAK.search(text, left + 1, first) \
            and not re.search("[，,]", text[left + 1:first]):
        left = first
        first = text.find("\n", left + 1, start)
    return text[left + 1:right].strip()


def tidy_quote(text: str) -> str:
    """A quoted sentence without the spaces and line breaks a PDF's text layer leaves inside
    running Chinese text ("年初预 算为" → "年初预算为"); table rows keep their separators."""
    return _WRAP_SPACE.sub("", re.sub(r"(?<=[\u4e00-\u9fff，、（“])\s*\n\s*(?=[\u4e00-\u9fff\d（“])", "", text))


def money_to(value: Decimal, unit: str, target: str) -> Decimal | None:
    """Convert money between 元, 万元 and 亿元 (None for other units): corpus.numbers' conversion."""
    return convert_money(value, unit, target)


def is_money(unit: str | None) -> bool:
    return unit in MONEY_FACTORS_TO_WAN


def round_as(value: Decimal, unit: str) -> Decimal:
    """Round a computed value as stated figures are: money and % to 2 decimals, counts to 0."""
    if unit in ("元", "万元", "亿元", "%"):
        return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return value.quantize(Decimal("1"), rounding=ROUND_HALF_UP)


def fmt(value: Decimal, unit: str) -> str:
    """A value as the documents write it, with its unit: 1385.31万元, 1.0万元, -4.83%, 3辆
    (digits as stated; scientific notation never); an amount in 元 of five digits or more with
    thousands separators, as the tables print it (3,615,900.00元)."""
    text = format(value, "f")
    if unit == "元" and abs(value) >= 10000:
        whole, dot, cents = text.partition(".")
        text = f"{int(whole):,}" + dot + cents if whole.lstrip("-").isdigit() else text
    return f"{text}{unit}"


def raw_at(text: str, raw: str) -> int:
    """Where an amount's original text ``raw`` ("0万元") stands in ``text`` as an amount of its own —
    never inside a longer number ("48.00万元") — or -1."""
    m = re.search(r"(?<![\d.,])" + re.escape(raw), text) if raw else None
    return m.start() if m else -1
