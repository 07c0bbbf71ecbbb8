"""The verifier: before a number leaves the assistant, re-read the cited source and check it.

It shares no parsing code with the extractor (corpus/figures.py, corpus/numbers.py): it reads the
span text of every input figure again with its own number grammar (NFKC-normalised text, its own
regular expression) and its own cue words (``[verifier]`` in lexicon/questions.toml), so a
mistake of the extractor is not repeated here.

``check(result, question) -> Verdict`` checks, for each input of a figure or derived answer:

1. **the number is there**: a number in the span equals the figure's value (the signed change's
   size for a change answer), in a compatible unit (money / % / a count noun, digits or Chinese
   numerals "八个"; table rows state no unit per cell and are read in the table's declared unit);
2. **in the role asked**: its local grammar (a change word right before it → a change; 占 before
   a % → a share; a table column named 增减/变化 → a change) is the role the answer claims —
   an amount question is never answered by an increase, a percent question never by money;
3. **next to the subject**: the text before the number (its clause, or the table row) names the
   figure's item (its label, or an alias of its metric, or of a metric the question asks for); an
   amount standing alone under its headings ("年度预算安排 / 795万元") needs the headings to name
   the item asked.

A derived answer is checked input by input; an amount input that turns out to be a change fails
it. A failed check yields ``Verdict(ok=False, reason=…)``; the assistant then answers "none" and
logs the reason (``eval`` counts them).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from corpus import lexicon
from corpus.models import Figure
from corpus.numbers import MONEY_FACTORS_TO_WAN      # the unit table only; no parsing code is shared

NUMBER = re.compile(r"(?<![\d.])(\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(亿元|万元|元|%|万)?")
WINDOW = 60          # characters before a number searched for its subject


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: str = ""


@dataclass(frozen=True)
class _Token:
    value: Decimal
    unit: str           # 亿元 | 万元 | 元 | % | "" (none written) | a count noun
    start: int
    end: int


@lru_cache(maxsize=1)
def _words() -> dict:
    return lexicon.load("questions")["verifier"]


@lru_cache(maxsize=1)
def _aliases() -> dict[str, list[str]]:
    """metric key → its names (key and aliases), NFKC, no quotes or spaces."""
    out: dict[str, list[str]] = {}
    for key, spec in lexicon.load("metrics")["metrics"].items():
        out[key] = sorted({_plain(n) for n in [key, *spec.get("aliases", [])] if n}, key=lambda w: (-len(w), w))
    return out


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return re.sub(r"[\s“”\"'‘’「」『』]", "", text)


def _tokens(text: str) -> list[_Token]:
    out = []
    counts = tuple(_words()["count_nouns"])
    for m in NUMBER.finditer(text):
        try:
            value = Decimal(re.sub(r"[,，]", "", m.group(1)))
        except InvalidOperation:
            continue
        unit = m.group(2) or ""
        if unit == "万":
            unit = "万元"
        end = m.end()
        if not unit:
            after = text[end:end + 2]
            unit = next((c for c in counts if after.startswith(c)), "")
        out.append(_Token(value, unit, m.start(), end))
    for m in RUN_TOGETHER.finditer(text):
        # "1228人（在编10人，挂职干部12人，行政助理4人，临聘人员2人）": two cells run together, the
        # breakdown adding up to the last one (28) — both numbers are stated
        people = [int(n) for n in re.findall(r"(\d+)\s*人", m.group(2))]
        last, cut = str(sum(people)), m.start(1) + len(m.group(1)) - len(str(sum(people)))
        if len(people) >= 2 and m.group(1).endswith(last) and cut > m.start(1):
            out += [_Token(Decimal(m.group(1)[:cut - m.start(1)]), "人", m.start(1), cut),
                    _Token(Decimal(last), "人", cut, m.end(1))]
    for m in PLAIN_RUN.finditer(text):
        # a flattened staff row's two cells with no breakdown: "07" is 0 and 7, "1010" is 10 and 10
        d, half = m.group(1), len(m.group(1)) // 2
        if d[0] == "0" and d[1] != "0":
            out += [_Token(Decimal(0), "人", m.start(1), m.start(1) + 1), _Token(Decimal(d[1:]), "人", m.start(1) + 1, m.end(1))]
        elif len(d) % 2 == 0 and d[:half] == d[half:] and d[0] != "0":
            out += [_Token(Decimal(d[:half]), "人", m.start(1), m.start(1) + half),
                    _Token(Decimal(d[half:]), "人", m.start(1) + half, m.end(1))]
    for m in CHINESE_COUNT.finditer(text):
        value = _chinese_value(m.group(1))
        noun = next((c for c in sorted(counts, key=len, reverse=True) if text.startswith(c, m.end(1))), "")
        if value is not None and noun:
            out.append(_Token(Decimal(value), noun, m.start(), m.end(1) + len(noun)))
    return out


PLAIN_RUN = re.compile(r"(?<![\d.])(\d{2,8})(?![\d.]|\s*[万元%亿])")
RUN_TOGETHER = re.compile(r"(\d{2,8})\s*人\s*[（(]([^（）()]{2,80})[）)]")
CHINESE_COUNT = re.compile(r"(?<![第一二三四五六七八九十两])([一二三四五六七八九十两]{1,3})(?=[^\d\s])")
_CN = dict(zip("一二三四五六七八九", range(1, 10)), 两=2)


def _chinese_value(word: str) -> int | None:
    """八 → 8, 十二 → 12, 三十 → 30 (counts written in words: 等八个基层单位)."""
    if len(word) == 1:
        return 10 if word == "十" else _CN.get(word)
    head, sep, tail = word.partition("十")
    if not sep or len(head) > 1 or len(tail) > 1 or any(c not in _CN for c in head + tail):
        return None
    return _CN.get(head, 1) * 10 + _CN.get(tail, 0)


def _kind(unit: str) -> str:
    if unit in MONEY_FACTORS_TO_WAN:
        return "money"
    if unit == "%":
        return "%"
    return "count" if unit else ""


def _same(token: _Token, value: Decimal, unit: str) -> bool:
    """Whether ``token`` states ``value`` (in ``unit``): equal in the figure's unit, or the same
    money after converting the token's own unit."""
    if token.unit in ("", unit) or _kind(token.unit) == "count" and _kind(unit) == "count":
        return token.value == value
    if token.unit in MONEY_FACTORS_TO_WAN and unit in MONEY_FACTORS_TO_WAN:
        return token.value * MONEY_FACTORS_TO_WAN[token.unit] == value * MONEY_FACTORS_TO_WAN[unit]
    return False


_LIST_ITEM = r"\d+(?:\.\d+)?\s*(?:亿元|万元|元|%|万|辆|个|人|名|家|项|台|套|次|批)?"


_JOINER = r"\s*(?:[、，,和及与]|以及)\s*"


def _alt(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _list_head() -> re.Pattern:
    """A distributive marker, its verb and the list items before a number, ending at it."""
    w = _words()
    return re.compile(rf"({_alt(w['distributive_markers'])})(?:[比较与][^，,；;。\d]{{0,12}}?)?"
                      rf"({_alt(w['distributive_verbs'])})?[了约]?\s*((?:{_LIST_ITEM}{_JOINER})*)$")


def _joint(text: str) -> str:
    """"财政拨款收、支总计" → "财政拨款收入总计、财政拨款支出总计": both flows' totals named at once."""
    short = _words()["abbreviations"]
    return re.sub(_words()["joint_names"], lambda m: f"{m[1]}{short[m[2]]}{m[4]}、{m[1]}{short[m[3]]}{m[4]}", text)


def _distributed(text: str, token: _Token) -> tuple[str | None, str] | None:
    """(the name, the verb) of a number in a distributive list: in "收、支总计各是4125.49、4143.91万元"
    the k-th number belongs to the k-th name before 各/分别 (收入总计, 支出总计) and the verb (是) gives
    its role; None when the number is not in such a list; the name is None when names and numbers
    do not pair up."""
    w = _words()
    head = _list_head().search(text[:token.start])
    if head is None or not head.group(2) and not head.group(3):
        return None
    k = len(re.findall(_LIST_ITEM, head.group(3)))
    rest = re.match(rf"(?:{_JOINER}{_LIST_ITEM})*", text[token.end:])
    total = k + 1 + len(re.findall(_LIST_ITEM, rest.group(0)))
    shared = total == 1 and head.group(1) in w["same_value_markers"]      # 均为581.45万元: every name's
    if total < 2 and not shared:
        return None
    cut = max(text.rfind(c, 0, head.start()) for c in "，,；;。：:") + 1
    named = _joint(re.sub(r"\d{4}年度?", "", _plain(text[cut:head.start()])))
    names = [n for n in re.split(_alt(w["name_joiners"]), named) if n]
    if len(names) != total and not (shared and len(names) >= 2):
        return None, head.group(2) or ""
    width = len(names[0])
    if width <= 2 and all(len(n) == width for n in names[:-1]) and len(names[-1]) > width:
        suffix = names[-1][width:]                                  # 收、支总计 → 收总计, 支总计
        names = [n + suffix for n in names[:-1]] + [names[-1]]
    for i, name in enumerate(names):
        for short, full in w["abbreviations"].items():
            if name.startswith(short) and not name.startswith(full):
                names[i] = full + name[len(short):]
    return ("|".join(names) if shared else names[k]), head.group(2) or ""


def _role_at(text: str, token: _Token, table_column: str | None) -> str:
    """The role of a number from the words around it: change, share, percent, amount, count."""
    w = _words()
    if table_column is not None:
        rate_column = re.search(w["rate_column"], table_column)      # 完成率（%）
        return "change" if any(c in table_column for c in w["change_columns"]) else \
            ("percent" if token.unit == "%" or rate_column else "amount")
    listed = _distributed(text, token)
    if listed is not None and listed[1]:
        changed = listed[1] in w["change_words"]
        return ("change" if changed else "percent") if token.unit == "%" else \
            ("change" if changed else "count" if _kind(token.unit) == "count" else "amount")
    before = text[max(0, token.start - 8):token.start]
    before = re.sub(r"[了约达为\s]+$", "", before)
    before = re.sub(r"[（(][^）)]{0,4}[）)]$", "", before)         # 增长（下降）27.78%
    changed = before.endswith(tuple(w["change_words"]))
    if token.unit == "%":
        if changed:
            return "change"
        clause = re.split(r"[，,；;。]", text[:token.start])[-1]
        return "share" if any(s in clause for s in w["share_words"]) else "percent"
    if changed:
        return "change"
    return "count" if _kind(token.unit) == "count" else "amount"


def _names(fig: Figure, metrics: list[str]) -> list[str]:
    names = [p for p in re.split(r"[：:]", _plain(fig.label)) if len(p) >= 2]
    names += [re.sub(r"^[\d\s\[\]]+", "", p) for p in names]          # 2010601行政运行 → 行政运行
    for key in [fig.metric, *metrics]:
        if key:
            names += _aliases().get(key, [_plain(key)])
    return [n for n in names if len(n) >= 2]


def _subject_near(text: str, token: _Token, names: list[str], table: bool) -> bool:
    listed = None if table else _distributed(text, token)
    hay = listed[0] if listed and listed[0] else _plain(text if table else text[max(0, token.start - WINDOW):token.start])
    hay = _joint(hay)
    if _kind(token.unit) == "count":
        hay += _plain(text[token.end:token.end + 12])       # 设9个内设机构: counts name their noun after
    closer = re.match(r"\s*(?:%s)" % "|".join(_words()["comparison_closers"]), text[token.end:])
    if closer:
        after = token.end + closer.end()
        hay += _plain(text[after:after + 16])               # 与2014年0.7万元相比，公务接待费…
    restated = re.match(r"\s*[，,（(]?\s*(?:%s)" % "|".join(_words()["restating_openers"]), text[token.end:])
    if restated and not table:
        hay += _plain(text[token.end + restated.end():token.end + restated.end() + 20])   # …元，全部为X
    for name in names:
        if name in hay:
            return True
        grams = {name[i:i + 2] for i in range(len(name) - 1)}
        if len(grams) >= 3 and sum(g in hay for g in grams) >= 0.75 * len(grams):
            return True         # the label was tidied (years, fillers and codes dropped)
    return False


def _column_of(fig: Figure) -> str | None:
    return _plain(fig.column or "") if fig.source == "table" else None


def check_input(fig: Figure, value: Decimal, unit: str, role: str, metrics: list[str],
                subject: bool = True, asked: str = "") -> Verdict:
    """Whether ``fig``'s span states ``value`` (``unit``) in ``role`` (next to its subject when
    ``subject``). A change stated in a later sentence than its amount is read from the quoted
    change text kept with the figure."""
    text = fig.span.text or ""
    if fig.source == "list":
        # a count of a numbered list (corpus.figures._listed_units): its rows must run 1 … value
        rows = [int(n) for n in re.findall(r"(?m)^\s*(\d{1,2})(?=\s|$)", text)]
        ok = role == "count" and rows == list(range(1, int(value) + 1))
        return Verdict(ok, "" if ok else f"原文列表的序号不是 1 到 {value}：{text[:60]}")
    if role in ("change", "percent") and fig.change_raw:
        text += "；" + fig.change_raw
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"(?<=\d)。(?=\d{1,2}\s*(?:万元|元|亿元|%))", ".", text)   # "1500。05万元": a point typed as 。
    table = fig.source == "table"
    if role == "change" and value == 0 and fig.change == 0 and fig.change_raw \
            and any(w in fig.change_raw for w in _words()["flat_words"]):
        return Verdict(True)        # "公务用车购置费0万元,与2017年一致": the change stated in words
    found = [t for t in _tokens(text) if _same(t, abs(value) if role == "change" else value, unit)]
    if not found and role == "change" and value == 0 and any(w in text for w in _words()["flat_words"]):
        return Verdict(True)        # "与2025年预算持平": a change of 0 stated in words
    if not found:
        return Verdict(False, f"原文中找不到数字 {value}{unit}：{text[:60]}")
    wanted = {"amount": {"amount"}, "count": {"count", "amount"}, "change": {"change"},
              "share": {"share", "percent"}, "percent": {"percent", "share", "change"}}[role]
    in_role = [t for t in found if _role_at(text, t, _column_of(fig)) in wanted]
    if not in_role:
        return Verdict(False, f"原文中 {value}{unit} 不是{lexicon.load('metrics')['role_names'][role]}：{text[:60]}")
    names = _names(fig, metrics)
    if subject and not _plain(text[:in_role[0].start]) and not table and asked:
        # an amount alone under its headings ("…项目经费情况说明 > 六、年度预算安排 / 795万元"): the
        # headings must name what was asked
        text, names = _plain(fig.span.section) + "：" + text, names + [_plain(asked)]
        in_role = [t for t in _tokens(text) if _same(t, value, unit)]
    if subject and not table and re.match(r"\s*(?:%s)" % "|".join(_words()["continuing_openers"]), text) \
            and not any(_subject_near(text, t, names, table) for t in in_role):
        # "与上年决算数50.69万元相比，减少29.05万元": a sentence going on from the one before, under the
        # heading that names its subject ("五、…“三公”经费支出决算情况说明")
        text = _plain((fig.span.section or "").split(" > ")[-1]) + "：" + text
        in_role = [t for t in _tokens(text) if _same(t, abs(value) if role == "change" else value, unit)
                   and _role_at(text, t, _column_of(fig)) in wanted]
    if subject and not any(_subject_near(text, t, names, table) for t in in_role):
        return Verdict(False, f"原文中 {value}{unit} 旁没有“{fig.label}”：{text[:60]}")
    return Verdict(True)


def answer_role(result, question) -> str:
    """The role the answer's number claims: change (a stated change), percent/share (a stated
    rate), count, or amount."""
    if question.intent == "change" and result.unit != "%":
        return "change"
    if result.unit == "%":
        return "share" if question.intent == "share" else "percent"
    return "count" if _kind(result.unit) == "count" else "amount"


def check(result, question) -> Verdict:
    """Verify a rules.Result (kind figure or derived) for a parsed Question (see module doc)."""
    if result.kind == "figure":
        fig = result.inputs[0] if result.inputs else None
        if fig is None:
            return Verdict(False, "没有出处")
        role = answer_role(result, question)
        value = result.value
        if fig.role != "change" and (role == "change" or question.intent in ("growth", "change") and fig.unit != "%"):
            # (下降了多少 answered with the stated rate: a change too, its size in the text)
            # a change stated with its amount: the amount next to the subject, then the change
            first = check_input(fig, fig.value, fig.unit, "count" if _kind(fig.unit) == "count" else "amount",
                                question.metrics)
            if not first.ok:
                return first
            return check_input(fig, abs(value), result.unit, "change", question.metrics, subject=False)
        if fig.role == "change" and "%" in (fig.unit, result.unit):
            # a rate stated with no amount ("“三公经费”与上年相比支出下降12%"), or with a change only
            # ("…减少0.35万元，下降8.31%"): its size as a change
            return check_input(fig, abs(value), "%", "change", question.metrics, asked=question.item)
        return check_input(fig, value, result.unit, role, question.metrics, asked=question.item)
    if result.kind == "derived":
        uses_change = any(w in (result.formula or "") for w in _words()["change_formula"])
        for fig in result.inputs:
            if fig.role == "change":
                if not uses_change or len(result.inputs) < 2:
                    return Verdict(False, f"“{fig.label}”是变化额，不能当作金额计算")
                # a change stated apart from its amount, used as the change ("收入较去年增加785.67万元")
                v = check_input(fig, abs(fig.value), fig.unit, "change", [], subject=False)
                if not v.ok:
                    return v
                continue
            role = "count" if _kind(fig.unit) == "count" else ("percent" if fig.unit == "%" else "amount")
            v = check_input(fig, fig.value, fig.unit, role, [])
            if not v.ok:
                return v
            if fig.change is not None and fig.change != 0 and uses_change:
                c = check_input(fig, fig.change, fig.unit, "change", [], subject=False)
                if not c.ok:
                    return c
        return Verdict(True)
    return Verdict(True)
