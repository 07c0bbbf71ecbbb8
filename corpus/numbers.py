"""Amounts as budget disclosures write them: ``9,101.68万元``, ``1，335.93万元``, ``5 万元``,
full-width digits, ``％``, ``下降99 %``, ``70.83亿元``, bare ``3.25万``, ``0元``, counts (辆 个 人 家 项 次 …).

- :func:`normalize` maps full-width digits / ``％`` / ``．`` to ASCII one character for one
  character, so offsets into the normalised text are offsets into the original.
- :func:`find_amounts` returns every :class:`Amount` in a text (value as a Decimal, unit, raw text,
  ``[start, end)`` offsets). Unfilled template text (``×××万元``, ``万元`` with no number, ``/万元``)
  yields nothing, because an amount needs digits.
- :func:`to_wan` converts money to 万元 exactly (元 / 10000, 亿元 × 10000); None for non-money units.
- :func:`direction` gives the sign of a direction word (增加 +1, 减少 −1, 持平 0) from the lexicon.

Units and direction words are data in ``lexicon/metrics.toml`` (``[units]``, ``[directions]``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from . import lexicon

_FULLWIDTH = {chr(0xFF10 + i): str(i) for i in range(10)}
_FULLWIDTH.update({"％": "%", "．": ".", "＋": "+", "－": "-", "\u3000": " ", "\xa0": " "})
_TRANS = str.maketrans(_FULLWIDTH)

MONEY_FACTORS_TO_WAN = {"元": Decimal("0.0001"), "万元": Decimal(1), "亿元": Decimal(10000)}


@dataclass(frozen=True)
class Amount:
    """One amount in a text: ``value`` as stated (Decimal), canonical ``unit`` (元, 万元, 亿元, %,
    or a count word such as 辆), ``raw`` the original characters, ``[start, end)`` offsets."""

    value: Decimal
    unit: str
    raw: str
    start: int
    end: int

    @property
    def is_money(self) -> bool:
        return self.unit in MONEY_FACTORS_TO_WAN

    @property
    def value_wan(self) -> Decimal | None:
        return to_wan(self.value, self.unit)


def normalize(text: str) -> str:
    """Full-width digits, ％, ．, ＋, －, ideographic and no-break spaces → ASCII; same length. A
    decimal point typed as 。 inside an amount ("拨款支出1500。05万元") is a point."""
    return _MISTYPED_POINT.sub(".", text.translate(_TRANS))


_MISTYPED_POINT = re.compile(r"(?<=\d)。(?=\d{1,2}\s*(?:万元|元|亿元|%))")


def to_wan(value: Decimal, unit: str) -> Decimal | None:
    """Money in 万元 (exact Decimal arithmetic); None when ``unit`` is not money."""
    factor = MONEY_FACTORS_TO_WAN.get(unit)
    return None if factor is None else value * factor


_YUAN = {unit: int(factor * 10000) for unit, factor in MONEY_FACTORS_TO_WAN.items()}


def convert_money(value: Decimal, unit: str, target: str) -> Decimal | None:
    """``value`` in ``unit`` expressed in ``target`` (元 / 万元 / 亿元), exact Decimal arithmetic;
    None when either unit is not money."""
    if unit not in _YUAN or target not in _YUAN:
        return None
    return value * _YUAN[unit] / _YUAN[target]


@lru_cache(maxsize=1)
def _amount_re() -> re.Pattern:
    units = lexicon.load("metrics")["units"]
    # money units may be written with spaces or a line break inside ("万 元")
    money = [r"亿\s*元", r"万\s*元", r"万(?![\u4e00-\u9fff])", r"元"]
    counts = sorted(units["counts"], key=len, reverse=True)
    not_before = f"(?![{re.escape(units['count_not_before'])}])"
    each = units.get("count_not_before_each", {})
    unit_alt = "|".join(money + [r"%"] + [re.escape(c) + not_before + (f"(?![{re.escape(each[c])}])" if c in each else "")
                                          for c in counts])
    number = r"(?<![\d.])(?<!\d[,，])(?P<num>\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    return re.compile(number + r"\s*(?P<unit>" + unit_alt + ")")


def canonical_unit(unit: str) -> str:
    """A unit as written ("万 元", "万", "人/次") in its canonical form (万元, 人次)."""
    unit = re.sub(r"\s+", "", unit)
    return {"万": "万元", "人/次": "人次"}.get(unit, unit)


_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_DIGITS["两"] = 2


def chinese_number(word: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 九十九 → 99, 两 → 2; None for anything else."""
    if word and all(c in _DIGITS for c in word) and len(word) == 1:
        return _DIGITS[word]
    tens, _, ones = word.partition("十")
    if "十" not in word or any(c not in _DIGITS for c in tens + ones) or len(tens) > 1 or len(ones) > 1:
        return None
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)


@lru_cache(maxsize=1)
def _chinese_count_re() -> re.Pattern:
    units = lexicon.load("metrics")["units"]
    words = "|".join(map(re.escape, units["chinese_counts"]))
    nouns = "|".join(map(re.escape, sorted(units["chinese_count_nouns"], key=len, reverse=True)))
    return re.compile(rf"(?<![第“\"‘一二三四五六七八九十两零])(?P<num>[一二三四五六七八九十两]{{1,3}})(?P<unit>{words})"
                      rf"(?=[\u4e00-\u9fff]{{0,4}}(?:{nouns}))")


def _chinese_counts(text: str) -> list[Amount]:
    out = []
    for m in _chinese_count_re().finditer(text):
        value = chinese_number(m.group("num"))
        if value is not None:
            out.append(Amount(Decimal(value), m.group("unit"), m.group(0), m.start(), m.end()))
    return out


def find_amounts(text: str) -> list[Amount]:
    """Every amount with a unit in ``text`` (original or normalised), in order.

    A number must be followed (spaces allowed) by a unit: 元/万元/亿元/万, %, or a count word from
    the lexicon. Numbers glued to a preceding digit or letter code (e.g. the "01" in "W-01") and
    7-digit function-class codes ("2010301行政运行") are not amounts since no unit follows them.
    Counts in Chinese numerals ("等八个基层单位") are amounts too when a count noun of the lexicon
    follows (``[units] chinese_counts`` / ``chinese_count_nouns``); their ``raw`` is "八个".
    """
    norm = normalize(text)
    out = []
    for m in _amount_re().finditer(norm):
        start = m.start("num")
        if start > 0 and (norm[start - 1].isascii() and norm[start - 1].isalpha() or norm[start - 1] in "-/"):
            continue  # part of a code such as W-07 or X101
        num = m.group("num").replace(",", "").replace("，", "")
        out.append(Amount(Decimal(num), canonical_unit(m.group("unit")), text[start:m.end()], start, m.end()))
    out = sorted(out + _bare_list_items(norm, text, out), key=lambda a: a.start)
    out = sorted(out + _bare_changes(norm, text, out), key=lambda a: a.start)
    out = sorted(out + _bare_parts_of_total(norm, text, out), key=lambda a: a.start)
    if any(c in text for c in _DIGITS):
        out = sorted(out + _chinese_counts(text), key=lambda a: a.start)
    return out


_BARE_ITEM = re.compile(r"(?<=[\u4e00-\u9fff])(?P<num>\d+(?:\.\d+)?)、(?=[\u4e00-\u9fffA-Za-z])")


def _bare_list_items(norm: str, text: str, found: list[Amount]) -> list[Amount]:
    """Items of a 、-list whose unit is written only after a later item ("闽K198KA劳务费3195、
    闽K198KA修理修配劳务费2915元"): the bare number takes the money unit of the next amount, when
    that one follows in the same clause after words of its own."""
    out = []
    for m in _BARE_ITEM.finditer(norm):
        if any(a.end == m.start("num") for a in found):
            continue    # "…22.00万元3、项目支出…": a list's next number right after an amount's unit
        if m.group("num") == "1" and re.search(r"(?:^|[。；;\s])(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[^。；;，,、]*$",
                                               norm[:m.start("num")]):
            continue    # "一、2015年度收支预算1、你单位…": a heading's first point, not an amount
        nxt = next((a for a in found if a.start > m.end()), None)
        if nxt is None or not nxt.is_money or re.search(r"[。；;，,]", norm[m.end():nxt.start]):
            continue
        if not re.search(r"[\u4e00-\u9fff]{2}", norm[m.end():nxt.start]):
            continue
        start, end = m.start("num"), m.end("num")
        out.append(Amount(Decimal(m.group("num")), nxt.unit, text[start:end], start, end))
    return out


def _bare_changes(norm: str, text: str, found: list[Amount]) -> list[Amount]:
    """A change printed without its unit after an amount of money in the same sentence
    ("住房公积金…32.86万元，较2014年决算数增加0.86，增加2.69%"): the bare number closing its clause
    right after a direction word takes that amount's unit."""
    words = "|".join(map(re.escape, direction_words()))
    out = []
    for m in re.finditer(rf"(?:{words})了?(?P<num>\d+(?:\.\d+)?)(?=\s*(?:[，,。；;]|$))", norm):
        start = m.start("num")
        if start > 0 and norm[start - 1].isdigit() or any(a.start <= start < a.end for a in found):
            continue
        prev = [a for a in found if a.end <= m.start()]
        if not prev or not prev[-1].is_money or re.search(r"[。；;]", norm[prev[-1].end:m.start()]) \
                or m.start() - prev[-1].end > 30:
            continue
        out.append(Amount(Decimal(m.group("num")), prev[-1].unit, text[start:m.end("num")], start, m.end("num")))
    return out


_BARE_PART = re.compile(r"(?<=[\u4e00-\u9fff])(?P<num>\d+(?:\.\d+)?)(?=\s*[，,；;。]|$)")


def _bare_parts_of_total(norm: str, text: str, found: list[Amount]) -> list[Amount]:
    """A part printed without its unit in the list of a total's parts ("支出预算202.76万元，其中：
    人员经费99.39，公用支出8.75万元，项目支出94.62万元，基金预算支出0万元"): the bare number takes
    the unit of the list's other amounts, only when the parts then add up to the total exactly
    (99.39 + 8.75 + 94.62 + 0 = 202.76). Openers: ``[phrases] list_parts`` of metrics.toml."""
    opens = "|".join(map(re.escape, lexicon.load("metrics")["phrases"]["list_parts"]))
    out = []
    for m in re.finditer(rf"(?:{opens})[:：]?", norm):
        end = min([i for i in (norm.find(c, m.end()) for c in "。；;") if i >= 0] or [len(norm)])
        before = [a for a in found if a.end <= m.start() and not re.search(r"[。；;]", norm[a.end:m.start()])]
        parts = [a for a in found if m.end() <= a.start < end]
        if not before or not parts or not before[-1].is_money or len({a.unit for a in parts + before[-1:]}) != 1:
            continue
        bare = [b for b in _BARE_PART.finditer(norm, m.end(), end)
                if not any(a.start <= b.start("num") < a.end for a in found)]
        if not bare or sum(a.value for a in parts) + sum(Decimal(b.group("num")) for b in bare) != before[-1].value:
            continue
        out += [Amount(Decimal(b.group("num")), before[-1].unit, text[b.start("num"):b.end("num")],
                       b.start("num"), b.end("num")) for b in bare]
    return out


@lru_cache(maxsize=1)
def _directions() -> dict[str, int]:
    d = lexicon.load("metrics")["directions"]
    table = {w: 1 for w in d["up"]}
    table.update({w: -1 for w in d["down"]})
    table.update({w: 0 for w in d["flat"]})
    return table


def direction_words() -> list[str]:
    """All direction words, longest first (for building regexes)."""
    return sorted(_directions(), key=len, reverse=True)


def direction(word: str) -> int | None:
    """+1 for 增加/增长/上升…, −1 for 减少/下降/降低/减支…, 0 for 持平/一致…, None if unknown.

    Template pairs print both directions, e.g. ``增长（下降）`` / ``下降（增长）``: the word outside
    the brackets is the one the text states, so it decides the sign.
    """
    word = re.sub(r"[（(][^）)]*[）)]", "", word).strip()
    d = lexicon.load("metrics")["directions"]
    short = {**{w: 1 for w in d.get("short_up", [])}, **{w: -1 for w in d.get("short_down", [])}}
    return _directions().get(word, short.get(word))


def signed(value: Decimal, sign: int) -> Decimal:
    """``value`` with the sign applied; 持平 (sign 0) gives 0 and a zero stays an unsigned 0."""
    if sign == 0:
        return Decimal(0)
    if value == 0:
        return abs(value)
    return abs(value) if sign > 0 else -abs(value)


def half_ulp(value: Decimal) -> Decimal:
    """Half a unit of the last stated digit of ``value`` (the rounding tolerance of a stated
    number: "1.0" may be 0.95–1.05)."""
    exp = value.as_tuple().exponent
    return Decimal(5).scaleb(exp - 1) if isinstance(exp, int) else Decimal("0.005")


def plain(v: Decimal) -> str:
    """``v`` written without exponent or trailing zeros (for messages)."""
    v = v.normalize()
    return format(v, "f") if v == v.to_integral() or abs(v.as_tuple().exponent) <= 6 else str(v)



def pct_range(value: Decimal, base: Decimal, dv: Decimal, db: Decimal) -> tuple[Decimal, Decimal] | None:
    """Range of (value − base) / base × 100 when value and base may each be off by dv, db."""
    if base - db <= 0:
        return None
    candidates = [((value + sv) - (base + sb)) / (base + sb) * 100 for sv in (-dv, dv) for sb in (-db, db)]
    return min(candidates), max(candidates)


def amount_ulp(value: Decimal, unit: str) -> Decimal:
    """Rounding allowed on a stated amount: half a unit of its last digit, but at most 0.005 for
    万元 / 亿元 — those amounts are kept to the cent of the unit, so "17万元" is 17.00万元."""
    half = half_ulp(value)
    return min(half, Decimal("0.005")) if unit in ("万元", "亿元") else half
