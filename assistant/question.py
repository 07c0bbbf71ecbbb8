"""Understanding a question: intent, years, budget or final account, the item asked about.

``parse(text)`` → :class:`Question`. Pure text work: which unit the question names is resolved
against the documents of the store by :mod:`units`; which figures fit by :mod:`rules`.
Cue words come from ``lexicon/questions.toml``; metric names from ``lexicon/metrics.toml``.
"""
from __future__ import annotations

import logging
import os
import re
from decimal import Decimal
from functools import lru_cache

import jieba
from dataclasses import dataclass, field, replace

from corpus import lexicon
from corpus.figures import alias_after_other_name
from corpus.metadata import written_years
from .text import CJK, CLASS_CODE, norm

jieba.setLogLevel(logging.WARNING)

YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?![\d.])(?!\s*(?:多)?(?:万|亿|元|千|百|%|个|人|辆|项))"
                  r"(?:年度|年)?(?:\d{1,2}月(?:\d{1,2}日|份|底|末)?)?")     # 2000万元 is no year
BASE_BEFORE = re.compile(r"(?:比|跟|与|较|和|同|对比|相比于|相较于?)$")
UNTIL_BEFORE = re.compile(r"(?:截至|截止|截止到|到)$")
# (a rate stated in the question, "按工资总额10%…" / "百分之十", is a premise, not the unit asked)
ASKED_UNIT = re.compile(r"(?:多少|(?:折合|换算|折算)(?:成|为)?|(?:按|以|用)(?=(?:万元|亿元|元)(?:算|计|计算|为单位|表示)))(万元|亿元|元)|(百分之(?![一二三四五六七八九十零〇两\d])|(?<![\d.])%)")
SCOPE_WORDS = re.compile(r"(部门|单位)(?:的)?(?:预算|决算|支出|收入)")
TABLE_AFTER_YEAR = re.compile(r"[^，,。？?\d]{0,24}?表(?:中|里|上|内)")
# a later year said of the item's own figure ("…2015年农林水支出的2014年决算数"): the year asked
VALUE_OF_YEAR = re.compile(r"的\s*(?:19|20)\d{2}\s*年度?\s*的?(?:决算数|预算数|执行数|实际数|决算|预算)(?:是|为|有)?(?:多少|几)")
DOC_AFTER_YEAR = re.compile(r"(?:部门|单位)?(?:(?:预算|决算)(?:公开|说明|文件|报告)?|报告)(?:里|中|当中|上|里面)")
# "根据2025年预算说明，…2024年的…": a year after 根据/按 and before a document word names the source
# "比2023年执行数增长了…", "比去年预算少了…": the basis word names the base of the comparison,
# not the amount asked
# a clause setting an item aside ("除去项目支出，…", "除了X以外，…")
SET_ASIDE = re.compile(r"除(?:了|去|开)?([^，,。？?]{2,16}?)(?:以外|之外)?[，,]")
COMPARED_BASIS = re.compile(r"(?:比|较|与|同|对比)(?:\d{4}年度?|上年度?|去年|上一年度?|前一年)的?"
                            r"(?:当年)?(?:预算执行数|实际执行数|实际执行|执行数|预算数|决算数|年初预算|调整预算|预算|决算)")
# "与上年支出数相比": the base of the comparison named by its flow, not a second item
COMPARED_FLOW = re.compile(r"(?:比|较|与|同|对比)(?:\d{4}年度?|上年度?|去年|上一年度?|前一年)的?(?:实际)?(?:支出|收入)数?")
# "决算比预算…" / "实际花的比年初预算…": the same year's budget as the base (no year named)
# ("决算数大于年初预算数": a comparison verb before the base says the same)
SAME_YEAR_BUDGET = re.compile(r"(?:比|较|与|同|对比|大于|小于|高于|低于|超过|超出|少于|多于)"
                              r"(?:年初|全年|调整后的|调整)?预算(?:数)?(?!执行)")
# "预算比实际花的多出多少" / "全年预算比支出决算多多少": the same year's budget against its final
# amount, the budget first (budget − final is asked)
@lru_cache(maxsize=1)
def _budget_before_final() -> re.Pattern:
    actual = "|".join(map(re.escape, sorted(questions_lexicon()["actual_spending"]["words"], key=len, reverse=True)))
    return re.compile(rf"((?:年初|全年|调整后的|调整)?预算数?)(?:比|较)(?:支出)?(?:{actual}|决算)(?=[^，,。？?]{{0,6}}?(?:多|少))")


# "调整预算数与决算数相差多少" / "决算和年初预算差多少": the size of the gap between one item's budget
# and its final amount
@lru_cache(maxsize=1)
def _budget_final_gap() -> re.Pattern:
    budget = r"(?:年初|全年|调整后的|调整)?预算数?"
    final = r"(?:支出)?(?:决算数?|实际支出数?|执行数)"
    joined = r"(?:与|和|跟|同)"
    return re.compile(rf"(?:({budget}){joined}{final}|{final}{joined}({budget}))(?:之间)?(?:相差|差距|差)(?:了|是)?(?:多少|几|多大)")


# "2019-2021年", "2019至2021年": several years at once (a medium-term plan)
YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*((?:19|20)\d{2})\s*年")
DOC_BEFORE_YEAR = re.compile(r"(?:根据|按照|依据|按|据|从|看)$")
DOC_WORD_AFTER_YEAR = re.compile(r"(?:度)?(?:的)?(?:部门|单位)?(?:预算|决算)")
EXCLUDED = re.compile(r"[(（](?:不含|不包括|不包含|不算|不计|除)[^)）]{1,12}[)）]")
QUOTED = re.compile(r"[“\"「『‘]([^”\"」』’]{2,40})[”\"」』’]")


def questions_lexicon() -> dict:
    return lexicon.load("questions")


def metric_aliases() -> dict[str, str]:
    """alias (normalised) → canonical metric key, from metrics.toml (empty if it is not there).
    Built once per loaded lexicon (callers must not change it)."""
    try:
        data = lexicon.load("metrics")
    except FileNotFoundError:
        return {}
    global _ALIASES
    if _ALIASES is None or _ALIASES[0] is not data:
        _ALIASES = (data, _aliases_from(data))
    return _ALIASES[1]


_ALIASES: tuple[dict, dict[str, str]] | None = None


def _aliases_from(data: dict) -> dict[str, str]:
    out: dict[str, str] = {}
    metrics = data.get("metrics", data)
    if not isinstance(metrics, dict):
        return out
    for key, spec in metrics.items():
        if not isinstance(spec, dict):
            continue
        names = [key, spec.get("name", "")] + list(spec.get("aliases", []))
        for name in names:
            if isinstance(name, str) and name:
                out.setdefault(norm(name), key)
    return out


def _flow_keys() -> set[str]:
    try:
        spec = lexicon.load("metrics").get("metrics", {})
    except FileNotFoundError:
        return set()
    return {k for k, v in spec.items() if isinstance(v, dict) and v.get("flow")}


def fund_flow(metric: str, verb: str | None) -> str | None:
    """The metric of a flow-neutral fund's flow named by a question's verb (一般公共预算拨款 with
    花 → 一般公共预算拨款支出); None when ``metric`` is no such fund or that metric does not exist."""
    key = metric + (verb or "")
    if verb not in ("收入", "支出") or metric not in _flow_keys():
        return None
    return key if metrics_in(key) == [key] else None


FLOW_FILLER = r"(?:财政)?(?:拨款)?(?:本年)?(?:决算)?"       # between a flow-neutral name and its flow
FLOW_TAIL = re.compile(FLOW_FILLER + "(收入|支出)")


def without_metric(text: str, metric: str) -> str:
    """``text`` (normalised) without the words that name ``metric``: its aliases, longest first, and
    a flow-neutral alias followed by the metric's flow (公共预算财政拨款本年收入 names
    一般公共预算拨款收入)."""
    aliases = metric_aliases()
    for a in sorted((a for a, k in aliases.items() if k == metric), key=len, reverse=True):
        text = text.replace(norm(a), "")
    base, flow = metric[:-2], metric[-2:]
    if flow in ("收入", "支出") and base in _flow_keys():
        for a in sorted((a for a, k in aliases.items() if k == base), key=len, reverse=True):
            text = re.sub(re.escape(norm(a)) + FLOW_FILLER + flow, "", text)
    return text


def _generic_totals() -> tuple[set[str], tuple[str, ...]]:
    """Metric keys of the document totals (tier 0: 收入, 支出) and the words that may stand
    before them without naming a part ([generic_total] of metrics.toml)."""
    data = lexicon.load("metrics")
    keys = {k for k, v in data.get("metrics", {}).items() if isinstance(v, dict) and v.get("tier") == 0}
    return keys, tuple(norm(w) for w in data.get("generic_total", {}).get("qualifiers", []))


def _bare_qualifier_before(t: str, i: int) -> bool:
    """Whether a qualifier of [generic_total] bare_qualifiers (预算) ends at ``i`` with no name right
    before it (2016年预算支出: yes; 一般预算支出: no)."""
    words = lexicon.load("metrics").get("generic_total", {}).get("bare_qualifiers", [])
    return any(t[:i].endswith(w) and _name_run_before(t, i - len(w)) == 0 for w in map(norm, words))


def _name_run_before(t: str, i: int) -> int:
    """How many Chinese characters run right before position ``i`` (stopping at 年, 的, 里 …); a
    bracketed note closing the name ("村级运转（农村综合改革）支出") is part of it."""
    bracket = re.search(r"[\u4e00-\u9fff]{2}[(（][^()（）]{1,12}[)）]$", t[:i])
    if bracket:
        return 2 + _name_run_before(t, bracket.start() + 2)
    n = 0
    while i - n - 1 >= 0 and CJK.match(t[i - n - 1]) and t[i - n - 1] not in "年的里是有几少个辆家人":
        n += 1
    return n


def related(a: str, b: str) -> bool:
    """Whether metrics ``a`` and ``b`` are the same, or one is a part (at any depth) of the other
    (metrics.toml [[identities]]: 公务用车运行维护费 within 三公经费; 人员经费 within 支出)."""
    return a == b or b in wholes_of(a) or a in wholes_of(b)


def metric_tier(metric: str) -> int:
    """The tier of a metric key in metrics.toml: 0 generic totals (收入, 支出), 1 funding sources,
    2 (default) specific metrics; a fund's flow key (一般公共预算拨款支出) has its fund's tier."""
    specs = lexicon.load("metrics")["metrics"]
    return (specs.get(metric) or specs.get(metric[:-2]) or {}).get("tier", 2)


@lru_cache(maxsize=None)
def wholes_of(metric: str) -> frozenset:
    """The totals ``metric`` is a part of, at any depth, by metrics.toml [[identities]]."""
    wholes: set[str] = set()
    todo = [metric]
    while todo:
        m = todo.pop()
        for identity in lexicon.load("metrics").get("identities", []):
            parts = set(identity["parts"]) | {p for alts in identity.get("alternatives", {}).values() for p in alts}
            if m in parts and identity["total"] not in wholes:
                wholes.add(identity["total"])
                todo.append(identity["total"])
    return frozenset(wholes)


def metrics_in(text: str, names: list[str] | None = None) -> list[str]:
    """Canonical metric keys named in ``text``, leftmost-longest alias at each position, in
    order of appearance (事业收入预算 → [事业收入], not 收入). A flow-neutral metric followed by
    收入/支出 becomes "<key>收入"/"<key>支出" (一般公共预算财政拨款支出 → 一般公共预算拨款支出)."""
    aliases = metric_aliases()
    flows = _flow_keys()
    generic, qualifiers = _generic_totals()
    by_first: dict[str, list[str]] = {}
    for a in aliases:
        if len(a) >= 2:
            by_first.setdefault(a[0], []).append(a)
    for v in by_first.values():
        v.sort(key=len, reverse=True)
    t, out, i, prev_end = norm(text), [], 0, -1
    funds = tuple(questions_lexicon()["container"]["fund_prefixes"])
    inside = []   # spans of quoted item names: a metric strictly inside one is not the item
    for name in names or []:
        at = t.find(name)
        if at >= 0:
            inside.append((at, at + len(name)))
    for m in EXCLUDED.finditer(t):
        inside.append((m.start(), m.end()))     # "设备（不含车辆）": what is left out is not asked
    while i < len(t):
        hit = next((a for a in by_first.get(t[i], []) if t.startswith(a, i)), None)
        if hit and alias_after_other_name(t, i, hit):
            hit = None      # 事业运行经费: the class 事业运行, not 机关运行经费
        if hit and any(a <= i and i + len(hit) <= b and (a, b) != (i, i + len(hit)) for a, b in inside):
            hit = None
        said = next((w for w in qualifiers if t[:i].endswith(w)), "")
        if hit and len(hit) == 2 and _name_run_before(t, i) >= 4 \
                and not (said and _name_run_before(t, i - len(said)) <= 2) \
                and lexicon.load("metrics")["metrics"].get(aliases[hit], {}).get("tier", 2) < 2:
            hit = None      # 支出 closing a longer name (其他…管理支出, 房租费安排支出) is not the total (三公
                            # after 市场监管局 is 三公); "一共预计收入" is (a qualifier after at most two characters)
        if hit and aliases[hit] in generic and _name_run_before(t, i) >= 2 \
                and not t[:i].endswith(qualifiers) and not _bare_qualifier_before(t, i):
            hit = None      # 农业支出 / 税收收入: a generic total word after an item's name is that item
        if hit and hit.startswith(funds) and (
                out and prev_end == i and lexicon.load("metrics")["metrics"].get(out[-1], {}).get("tier", 2) >= 2
                or re.search(CLASS_CODE + r"(?!年)\D{0,12}$", t[max(0, i - 20):i])
                or re.search(r"\((?:类|款|项)\)的?$", t[:i])):
            i += len(hit)   # “三公”经费公共财政拨款支出, 计划生育机构（2100716）公共财政拨款支出: the
                            # fund the item is paid from, no second metric
            prev_end = i
            continue
        if hit:
            key = aliases[hit]
            i += len(hit)
            prev_end = i
            if key in flows:
                m = FLOW_TAIL.match(t, i)
                if m:
                    key += m.group(1)
                    i += len(m.group(0))
            out.append(key)
        else:
            i += 1
    return list(dict.fromkeys(out))


def _without_fund_names(text: str) -> str:
    """The text without fund names (一般公共预算, 政府性基金预算 …) and names holding a basis word
    (计划生育, [filler] keep): their 预算 / 计划 is not a basis."""
    aliases = metric_aliases()
    flows = _flow_keys()
    for a in sorted((a for a, k in aliases.items() if k in flows), key=len, reverse=True):
        text = text.replace(a, "|")
    for name in questions_lexicon()["filler"].get("keep", []):   # 计划生育 holds no 计划
        text = text.replace(name, "|")
    return text


def basis_of(words: str) -> str | None:
    """The basis a phrase of a question names (its fund names, 一般公共预算 …, name none)."""
    return question_basis(_without_fund_names(norm(words)))


def question_basis(text: str) -> str | None:
    """预算 / 决算 / 年初预算 / 执行数 … from the metrics lexicon's basis words (longest first),
    then the everyday basis words of questions.toml (实际花了 → 决算)."""
    try:
        words = lexicon.load("metrics").get("basis", {}).get("words", [])
    except FileNotFoundError:
        words = []
    for word, basis in sorted(words, key=lambda wb: -len(wb[0])):
        if len(word) >= 3 and norm(word) in text:
            return basis
    for basis, ws in questions_lexicon()["basis"].items():
        if _has(text, ws):
            return basis
    return None


@dataclass
class Question:
    """A parsed question.

    - ``intent``: value | change | growth | last_year | share | completion | compare_units |
      reason | purpose | definition | organisation | contact | yesno | person | deadline | basis_doc
    - ``year``: the year asked about (None = the document's year); ``base_year``: the year
      compared with (比2022年 …); ``relative``: -1 for 去年/上年, 0 for 今年, None if not said.
    - ``basis``: 预算 | 决算 | None; ``count_unit``: 个/辆/人… when a count is asked;
      ``asked_unit``: 元/万元/亿元/% when the question names it.
    - ``item``: the words left for matching figure labels; ``metrics``: canonical metric keys
      named (longest alias first); ``part``/``whole``: the two sides of a share question.
    """

    text: str
    norm: str
    intent: str = "value"
    year: int | None = None
    money_asked: bool = False          # 多少钱 / 金额 / 资金: the answer is an amount of money
    base_year: int | None = None
    until_year: int | None = None
    year_range: tuple[int, int] | None = None   # "2019-2021年…规划": a figure stated for those years
    relative: int | None = None
    last_of_named: bool = False     # "2017年上年的收入": the year before the named one, read in its document
    basis: str | None = None
    base_basis: str | None = None       # 比2025年预算执行数…: the basis of the compared year's amount
    count_unit: str | None = None
    asked_unit: str | None = None
    item: str = ""
    metrics: list[str] = field(default_factory=list)
    quoted: list[str] = field(default_factory=list)
    part: str | None = None
    whole: str | None = None
    whole_raw: str | None = None
    reverse: bool = False
    lowest: bool = False                # compare_units: 最少/最低 rather than 最多/最高
    decrease: bool = False              # a decrease asked in everyday words (少了多少): said as 减少
    budget_first: bool = False          # 预算比实际花的多多少: budget − final is asked, not final − budget
    budget_gap: bool = False            # 调整预算数与决算数相差多少: the size |final − budget| is asked
    verb_metric: str | None = None      # the total a verb names (花了 → 支出, 收进来 → 收入)
    wants_sum: bool = False             # several items asked together (A和B加起来): their sum
    asks_sum: bool = False              # a sum is asked (加起来 / A和B合计), whether or not its items were read
    sum_items: list[str] = field(default_factory=list)  # the items of such a sum when they are no metrics
    direction: int = 0                  # +1 增加/多了 asked, −1 减少/少了 asked, 0 neither or both
    mentions_scope: str | None = None   # 部门 / 单位 when the question says 部门预算 / 单位预算
    container: str = ""                 # "A中B": the A that says where B is (a table, a parent item)
    container_metrics: list[str] = field(default_factory=list)  # metrics of A that must hold too
    change_word: str = ""               # change asked with a rate verb (增长/下降), an amount verb (增加/减少) or neither
    year_offset: int = 0                # 前年 (−2) / 明年 (+1): the year asked, against the document's year
    month: int | None = None            # a month asked about (2月份; 0 for 这个月, the report's own): a
                                        # monthly report of another month has no answer
    excluded: list[str] = field(default_factory=list)  # metrics a bracket leaves out ("三公经费（不含因公出国费）")
    excluded_names: list[str] = field(default_factory=list)  # other things it leaves out ("（不算救护车那种专用车）")

    def with_item(self, item: str) -> "Question":
        return replace(self, item=item)

    @property
    def is_figure(self) -> bool:
        return self.intent in ("value", "change", "growth", "last_year", "share", "completion", "compare_years")


_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_PLACES = {"十": 10, "百": 100, "千": 1000}
ROUGH_MONEY = re.compile(r"(\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+)(多)?\s*(万|亿)(多)?(出头)?")


def _cn_value(word: str) -> Decimal | None:
    """1720 / 两千 / 二十 / 一千五 → the number; None when it is not one."""
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return Decimal(word)
    total, digit, last_place = 0, None, None
    for ch in word:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_PLACES:
            total += (digit if digit is not None else 1) * _CN_PLACES[ch]
            digit, last_place = None, _CN_PLACES[ch]
        else:
            return None
    if digit is not None:       # 一千五: the digit after a place counts a tenth of it
        total += digit * (last_place // 10 if last_place else 1)
    return Decimal(total) if total else None


def asked_money(text: str) -> list[tuple[Decimal, Decimal]]:
    """Amounts a question quotes, as (low, high) in 万元: "那1720万" → (1720, 1720); "两千多万" →
    (2000, 3000); "二十多亿" → (200000, 300000); "一千万出头" → (1000, 1100)."""
    out = []
    for m in ROUGH_MONEY.finditer(text):
        v = _cn_value(m.group(1))
        if v is None:
            continue
        scale = Decimal(10000) if m.group(3) == "亿" else Decimal(1)
        if m.group(2) or m.group(4) or m.group(5):
            step = Decimal(10) ** (len(str(int(v))) - 1)
            if m.group(5):
                step = step / 10
            out.append((v * scale, (v + step) * scale))
        else:
            out.append((v * scale, v * scale))
    return out


def _field_named(text: str) -> str:
    """"城乡社区方面的钱" → "城乡社区支出" when that is a metric's name ([field_words])."""
    lex = questions_lexicon().get("field_words", {})
    if not lex:
        return text
    aspects = "|".join(map(re.escape, lex["aspects"]))
    money = "|".join(map(re.escape, sorted(lex["money"], key=len, reverse=True)))
    names = metric_aliases()

    def swap(m: re.Match) -> str:
        for i in range(len(m.group(1)) - 2, -1, -1):       # the longest tail of the words before
            field = m.group(1)[i:]
            if field + "支出" in names:
                return m.group(1)[:i] + field + "支出"
        return m.group(0)
    text = re.sub(rf"([\u4e00-\u9fff]{{2,12}}?)(?:{aspects})(?:{money})?", swap, text)

    def named(m: re.Match) -> str:
        # the field as a standard class (卫生健康 → 卫生健康支出), else as written (征地拆迁); a
        # question word there ("花在哪些事情上") asks what for: left as it is
        everyday = [w for w in questions_lexicon().get("everyday", {}) if len(w) >= 3 and w in m.group(0)]
        if re.search(lex.get("asked_words", "$^"), m.group(1)) or any(w not in m.group(1) for w in everyday):
            return m.group(0)       # (花在人头上: everyday words the lexicon reads whole)
        if everyday:
            return m.group(1)       # 花在接待来客上的钱: the everyday words inside, read as the item
        return swap(m) if swap(m) != m.group(0) else m.group(1)

    if lex.get("spent_on"):
        # "花在卫生健康上的" → 卫生健康支出: the field the money went to, said after its verb
        verbs = "|".join(map(re.escape, lex["spent_on"]))
        # ("用在教职工身上的人员经费": whom it is spent on, before the item that says it — nothing asked)
        text = re.sub(rf"(?:{verbs})[\u4e00-\u9fff]{{1,6}}?身上的?(?![的钱])(?=[\u4e00-\u9fff]{{2}})", "", text)
        text = re.sub(rf"(?:{verbs})([\u4e00-\u9fff]{{2,12}}?)上(?:的钱|的)?", named, text)
    if lex.get("spent_in_verbs"):
        # "在征地拆迁上花多少" → "征地拆迁花多少" (the standard name when the field is one)
        verbs = "|".join(map(re.escape, lex["spent_in_verbs"]))
        adverbs = "|".join(map(re.escape, sorted(lex.get("spent_in_adverbs", []), key=len, reverse=True))) or "$^"
        text = re.sub(rf"在([\u4e00-\u9fff]{{2,12}}?)(?:上面|方面|上)(?=(?:{adverbs})?(?:{verbs}))", named, text)
    return text


def _table_named(text: str, lex: dict) -> str:
    """The words naming a table, up to its 表 and the word placing an item in it ("一般公共预算支出
    功能分类预算表中"), or ""."""
    c = lex["container"]
    words = "|".join(map(re.escape, sorted(c["words"], key=len, reverse=True)))
    m = re.search(rf"[\u4e00-\u9fff]*表(?:{words})", text)
    return m.group(0) if m else ""


def _lone_fund(q: str, lex: dict) -> str:
    """"财政拨款比去年少了多少" → 财政拨款收入…: a fund named alone ([rules] lone_funds) right before
    a comparison or question word ([rules] lone_fund_next) is the money received from it — or
    spent from it, when the question spends ([rules] lone_fund_spent: 财政拨款一共花了多少 → 支出)."""
    rules = lex["rules"]
    funds = "|".join(map(re.escape, sorted(rules["lone_funds"], key=len, reverse=True)))
    nxt = "|".join(w if w == "$" else re.escape(w) for w in rules["lone_fund_next"])
    flow = "支出" if any(w in q for w in rules.get("lone_fund_spent", [])) else "收入"
    longer = "".join(f"(?<!{re.escape(w)})" for w in rules.get("lone_fund_not_after", []))

    def named(m: re.Match) -> str:
        # "财政给的钱占本年收入合计": a share's part is of the flow its whole names
        after = q[m.end():]
        whole = "支出" if after.startswith("占") and "支出" in after and "收入" not in after else \
            "收入" if after.startswith("占") and "收入" in after else flow
        return m.group(1) + whole
    return re.sub(rf"{longer}({funds})(?=(?:{nxt}))", named, q) if funds else q


def rewrite_everyday(text: str) -> str:
    """Replace everyday words by standard terms (lexicon [everyday_patterns] first, then [everyday],
    longest first)."""
    everyday = questions_lexicon().get("everyday", {})
    text = _field_named(text)
    for pattern, term in questions_lexicon().get("everyday_patterns", {}).get("patterns", []):
        text = re.sub(pattern, term, text)      # a car's chores listed (油钱、修车钱这些): its upkeep
    counted = "|".join(map(re.escape, questions_lexicon()["rules"]["counted_nouns"]))
    # a document's own name of a metric (公车使用经费, an alias in metrics.toml) is not everyday speech:
    # it stays whole, so the metrics lexicon reads it
    names = [a for a in metric_aliases() if a in text and any(norm(w) in a and norm(w) != a for w in everyday)]
    names = sorted(names, key=len, reverse=True)
    written = text
    for n, name in enumerate(names):
        text = text.replace(name, f"\x02{n}\x03")
    for word in sorted(everyday, key=len, reverse=True):
        w, term = norm(word), norm(everyday[word])
        if w not in text and (len(w) < 4 or w[:2] + "的" + w[2:] not in text):
            continue
        described = re.search(re.escape(w) + "(?:上|方面|这块|这一块)?的", text)
        formal = described and _formal_names().match(text, described.end())
        shared = os.path.commonprefix([term, formal.group(0)]) if formal else ""
        if len(shared) >= 4 and len(term) > len(shared):
            # "买服务的政府采购预算": the everyday words narrow the formal name to their term
            text = text[:described.start()] + term + text[described.end() + len(shared):]
            continue
        if described and (formal or text.startswith(term, described.end())):
            # "维持单位日常运转的基本支出" / "花在养人上的人员经费" / "出差的差旅费": everyday words
            # describing the formal term after them
            text = text[:described.start()] + text[described.end():]
            continue
        if not _stands_alone(term, written) and not _stands_alone(term, text):
            # 出国团组 / 接待人次 count things: the word is not the money item here
            after = "".join(f"(?<!{re.escape(w)})" for w in questions_lexicon().get("everyday_not_after", {}).get(word, []))
            # 公车运行费 → 公务用车运行维护费 (the 费 written after the phrase is the term's own)
            tail = "(?:维护费|经费|费|维护)?" if term.endswith("费") and not w.endswith("费") else ""
            # "公车的运行维护": a 的 inside the everyday words changes nothing
            body = re.escape(w) if len(w) < 4 else re.escape(w[:2]) + "的?" + re.escape(w[2:])
            before = "".join(f"(?!{re.escape(w)})" for w in questions_lexicon().get("everyday_not_before", {}).get(word, []))
            text = re.sub(after + body + tail + f"(?!{counted})" + before, term, text)
        elif len(w) < 3:
            # "油费修车费": a short everyday word right beside its term (修车费 read first) restates it
            text = re.sub(rf"{re.escape(w)}[、和及与]?(?={re.escape(term)})|(?<={re.escape(term)})[、和及与]?{re.escape(w)}(?!{counted})",
                          "", text)
        elif len(w) >= 3:
            # "冬天取暖费": the everyday words run into the term they stand for (冬天取暖 → 取暖费)
            overlap = next((k for k in range(min(len(w) - 1, len(term)), 1, -1) if w.endswith(term[:k])), 0)
            if overlap:
                text = text.replace(w[:-overlap] + term, term)
            # the term is written too ("出国、公车、接待这三项（“三公”经费）"): the phrase only restates
            # it; drop it outside the term so that its words are not read as other items
            text = term.join(re.sub(re.escape(w) + f"(?!{counted})", "", piece) for piece in text.split(term))
    text = re.sub(questions_lexicon()["rules"]["said_twice_before_term"], "", text)
    text = re.sub(questions_lexicon()["rules"]["said_twice_after_term"], "", text)
    text = _kinds_in_whole(re.sub("\x02(\\d+)\x03", lambda m: names[int(m.group(1))], text))
    return _amount_before_field(text)


def _amount_before_field(text: str) -> str:
    """"打算花多少钱在公务用车运行维护费上面" → "公务用车运行维护费花多少钱": the field the money goes
    to, said after the amount asked (once everyday words are read); a question word there asks what for."""
    lex = questions_lexicon().get("field_words", {})
    if not lex.get("spent_in_verbs"):
        return text
    verbs = "|".join(map(re.escape, lex["spent_in_verbs"]))

    def moved(m: re.Match) -> str:
        return m.group(0) if re.search(lex.get("asked_words", "$^"), m.group(2)) else f"在{m.group(2)}上{m.group(1)}"
    said = re.sub(rf"((?:{verbs})了?多少(?:钱|万元|万)?)在([\u4e00-\u9fff]{{2,14}}?)(?:上面|方面|上)", moved, text)
    return _field_named(said) if said != text else text     # ("在X上花多少钱": the field read as its class)


def _stands_alone(term: str, text: str) -> bool:
    """Whether ``term`` is written in ``text`` as a word of its own, not as the head of a unit's
    name (幼儿 of 幼儿园: "幼儿园有多少个小朋友" has not said 幼儿 yet)."""
    ends = tuple(questions_lexicon()["unit_names"]["generic_suffixes"])
    return any(not text[m.end():].startswith(ends) for m in re.finditer(re.escape(term), text))


def _kinds_in_whole(text: str) -> str:
    """"政府采购里货物和服务": a kind named bare after the whole it divides (and a container word)
    is that whole's kind ([container] kinds: 货物 → 政府采购货物); other words stay."""
    lex = questions_lexicon()["container"]
    inside = "|".join(map(re.escape, sorted(lex["words"], key=len, reverse=True)))
    for whole, kinds in lex.get("kinds", {}).items():
        m = re.search(re.escape(whole) + f"(?:{inside})", text)
        if not m:
            continue
        head, tail = text[:m.end()], text[m.end():]
        for word, term in kinds.items():
            # (货物采购 / 购买服务 / 政府采购服务 already name it; 工程建设 is another thing)
            tail = re.sub(rf"(?<![采购买府]){re.escape(word)}(?=类|[、和与及加,，]|$|(?:加起来|合计|一共|共|分别|各|是|为|有|占|多少|的))",
                          term, tail)
        text = head + tail
    return text


def _asks_decrease(q: str, cues: dict) -> bool:
    """An everyday decrease cue ([intent] decrease) not part of an official word (减少了, 下降了)."""
    if re.search(cues["either_way"], q):
        return False        # "是升了还是降了": either way asked — the signed change, never a size
    before = "|".join(map(re.escape, cues["decrease_not_after"]))
    words = "|".join(map(re.escape, (norm(w) for w in cues["decrease"])))
    return re.search(rf"(?<!{before})(?:{words})", q) is not None if before else _has(q, cues["decrease"])


def _has(text: str, words) -> bool:
    return any(norm(w) in text for w in words)


def _years(text: str) -> tuple[int | None, int | None, int | None]:
    """(target year, base year, until year) from the years written in ``text``."""
    target = base = until = None
    years = list(YEAR.finditer(text))
    for n, m in enumerate(years):
        y = int(m.group(1))
        before = text[max(0, m.start() - 4):m.start()]
        after = text[m.end():m.end() + 6]
        if n + 1 < len(years) and (DOC_AFTER_YEAR.match(after)
                                   or DOC_BEFORE_YEAR.search(before) and DOC_WORD_AFTER_YEAR.match(after)
                                   or TABLE_AFTER_YEAR.match(text, m.end())
                                   or VALUE_OF_YEAR.match(text, years[n + 1].start() - 1)
                                   and not BASE_BEFORE.search(text[max(0, years[n + 1].start() - 5):years[n + 1].start() - 1])
                                   or re.match(r"\s*(?:的|里|中)?\s*(?:19|20)\d{2}\s*年", text[m.end():])):
            continue            # "2026年单位预算里，2025年的…": the first year names the document
                                # (so does a year written right before another: "…福利院2024年2023年…")
                                # ("2026年一般公共预算支出表中…的2025年预算数": or its table;
                                # "2015年农林水支出的2014年决算数": or the item, the year asked after it)
        if UNTIL_BEFORE.search(before) or after.startswith(("底", "末")) or "底" in m.group(0):
            until = y
        elif BASE_BEFORE.search(before) or after.lstrip("度").startswith(("相比", "比较", "相较")) and (
                re.search(r"[与和同跟较]\s*$", before) or n + 1 == len(years)):
            # "与2014年相比": the base; "2019年度相比2017年度": the year compared, its base after it
            base = y
        elif target is None:
            target = y
        elif base is None:
            base = y
    if target and base and target < base \
            and re.search(rf"{target}\s*年度?\s*[和与同跟]\s*{base}\s*年度?\s*(?:相比|比较|相较)", text):
        # "2025年和2026年相比，三公经费变化多少": two years set side by side, the change between them
        # runs forward in time (2026 on 2025), as a document states it
        target, base = base, target
    return target, base, until


# Intents answered with text, in the order they are checked; True: not when 多少/几 asks an amount.
TEXT_INTENTS = (("contact", False), ("person", True), ("definition", False), ("reason", False),
                ("basis_doc", True), ("purpose", True), ("deadline", True), ("place", True))


def _intent(q: str, lex: dict) -> str:
    cues = lex["intent"]
    if _has(q, lex.get("injection", {}).get("patterns", [])):
        return "injection"
    asks_amount = re.search(r"(多少|几)", q) is not None
    for intent, unless_amount in TEXT_INTENTS:
        if _has(q, cues.get(intent + "_not_in", [])):
            continue                # "为什么是0" holds 什么是 but asks why
        said = _has(q, cues[intent]) or re.search(cues.get(intent + "_pattern", "(?!)"), q)
        if said and not (unless_amount and asks_amount):
            return intent
    if _has(q, cues["organisation"]) and not _has(q, cues["count"]) and not re.search(r"多少", q):
        money = lex["rules"]["money_nouns"]
        if _has(q, cues.get("purpose_if_money", [])) and (_has(q, money) or re.search(r"\d\s*(?:万|元)", q)):
            return "purpose"        # "271万元项目支出主要是干什么的": what the money is for
        return "organisation"
    if _has(re.sub("|".join(map(re.escape, cues["compare_units_not_in"])), "", q), cues["compare_units"]):
        return "compare_units"      # (最低生活保障 is a name, no lowest asked)
    if _has(q, cues["completion"]) and _has(q, cues["growth_pct"] + ["%", "百分"] + cues["completion_rates"]
                                            + cues.get("completion_share", [])):
        return "completion"         # (执行率是多少: a rate, a percent by its name; 完成年初预算的比例)
    if _has(q, cues["share"]) or re.search(r"占.{0,30}(百分之|百分比|百分点|%|多少|几成)", q) \
            or re.search(SPENT_ON_SHARE, q):
        return "share"
    if _has(q, cues["growth_pct"]):
        plain = [w for w in cues["growth_pct"] if w in q and w not in cues["pct_plain"]]
        if not plain and not _has(q, cues["pct_change_hints"]):
            return "value"          # 按照工资总额的百分之几: the rate stated, no growth
        return "growth"
    if (_has(q, cues["change"]) or re.search(cues["change_pattern"], q)) and re.search(r"(多少|几|怎样|如何|怎么)", q):
        return "change"
    if not asks_amount and re.search(cues.get("growth_keyword", "(?!)"), q):
        return "growth"             # "项目支出增长": a keyword query asking the rate
    if not asks_amount and re.search(cues.get("change_keyword", "(?!)"), q):
        return "change"             # "基本支出比上年增加": the change, never last year's amount
    if re.search(cues["either_way"], q):
        return "change"             # "比上一年多了还是少了": the signed change, never an amount
    if q.endswith(("吗", "吗?", "吗？")) or _has(q, ["有没有", "是否"]):
        return "yesno"
    if not asks_amount and (_has(q, cues.get("definition_last", []))
                            or re.search(cues.get("definition_last_pattern", "(?!)"), q)):
        return "definition"         # "机关运行经费是什么？", "…都包括哪些开支": nothing else was asked
    return "value"


def _is_basis_only(words: str) -> bool:
    """Whether ``words`` name only a basis (全年预算, 年初预算的, 预算数): nothing else is left."""
    rest = norm(words)
    for w in sorted(["年初预算数", "全年预算数", "调整预算数", "年初预算", "全年预算", "调整预算", "预算数", "预算", "的", "当年",
                     "本年"], key=len, reverse=True):
        rest = rest.replace(w, "")
    return not rest and question_basis(norm(words)) is not None


def _split_share(q: str) -> tuple[str | None, str | None]:
    """Part and whole of a share question: "A占B的比重" → (A, B); "A在B里占多大比例" → (A, B)."""
    m = re.search(r"^(.*?)(?<![花用放投存])(?:在(?![职编岗])|于)(.+?)(?:里|中|当中|之中)?(?:所)?占", q)   # (在职 is no 在)
    if m and m.group(1) and m.group(2):
        return m.group(1), m.group(2)
    m = re.search(SPENT_ON_SHARE, q)
    if m:       # "…的钱有百分之多少用在基本支出上": part after, whole before (without 里 / 中)
        return m.group(2), re.sub(r"(?:里面|当中|之中|里|中)$", "", m.group(1))
    m = re.search(r"^(.+?)(?:里面|里|中|当中|之中)(?:有)?(?:多大|多少|百分之几|几成)(?:的)?(?:比例|比重|占比|份额)?"
                  r"(?:是)?(?:花在|用在|用于|投在)?(.+?)(?:上面|上)?(?:的)?$", q)
    if m and m.group(2):
        return m.group(2), m.group(1)       # "今年的钱里有多大比例是花在项目上的": part after, whole before
    # "三公经费中公车占比多少": 占比 is the noun "share", not the verb 占 with a whole named 比
    m = re.search(r"^(.*?)占(.*?)(?:的)?(?:比重|比例|占比|百分比|百分之|几个百分点|百分点|%|多少|多大|份额|几成|$)",
                  re.sub(r"(?<!的)占比(?![重例])(?:是|为|有)?", "占", q))     # 所占比重 keeps its 比重
    if m:
        part, whole = re.sub("所$", "", m.group(1)) or None, m.group(2) or None
        if whole and re.fullmatch(r"[了的]+", whole):
            whole = None             # "占了百分之多少" names no whole
        if part and whole:
            # "一般公共预算基本支出中，人员经费占基本支出合计的比重": where the part is read says
            # nothing more once the whole is named — unless the whole points back to it
            # ("商业创新专项中，支持促消费提质提升占该项目总预算的比例": 该项目 is that 专项)
            where = re.match(r"^(.+?)(?:当中|之中|里面|中|里)[，,]", part)
            flat = re.sub(r"[，,、]", "", part)
            inner = _container_pattern().match(flat)
            if where and len(part[where.end():]) >= 2:
                part = part[where.end():]
                within = where.group(1)
            elif inner and len(flat[inner.end():]) >= 2:
                part = flat[inner.end():]
                within = inner.group(1)
            elif (said := re.search(r"^(.+?)(?:里面|当中|之中|里|中)(.{2,})$", flat)) and metrics_in(said.group(1)):
                within = said.group(1)      # "政府采购里货物占采购总额": the whole is that 政府采购
            else:
                within = ""
            back = next((w for w in sorted(questions_lexicon()["intent"]["share_anaphors"], key=len, reverse=True)
                         if whole.startswith(w)), "")
            if back:
                # "…公共安全支出里项目支出占该类合计": 该类 is the thing the part is read in, the
                # nearest one named ("商业创新专项中，支持促消费…占该项目总预算": that 专项)
                flat = re.sub(r"[，,、]", "", part)
                nearer = _container_pattern().match(flat)
                if nearer and len(flat[nearer.end():]) >= 2:
                    part, within = flat[nearer.end():], nearer.group(1)
                if within:
                    whole = within + whole[len(back):]
            bare = re.sub(r"(?:的)?(?:总额|总计|合计|总数|总量|总和)$", "", whole)
            if bare != whole and metrics_in(bare):
                bare = whole        # (占基本支出合计: a whole of its own name, as written)
            if bare and within.endswith(bare) and len(within) > len(bare):
                # "一般公共预算基本支出中人员经费占基本支出": the 基本支出 said before ("政府采购里货物
                # 占采购总额": the 政府采购 total)
                whole = within + whole[len(bare):]
        if part and not whole:
            # "A里，B占了百分之多少": A is the whole (the "A中B" grammar of [container])
            inner = _container_pattern().match(re.sub(r"[，,、]", "", part))
            if inner:
                flat = re.sub(r"[，,、]", "", part)
                return flat[inner.end():] or None, inner.group(1)
            # "三公经费里公车占了多大比例", "收入里事业收入占多少": the whole before 里 / 中 (the one
            # a comma closes first: "…服务中心本年收入合计中，财政拨款收入所占比重"; never the 中 of 中心)
            split = re.search(r"^(.+)(?:里面|当中|之中|里|中)[，,、](.+)$", part) \
                or re.search(r"^(.+?)(?:里面|当中|之中|里|中(?![心央]))[，,、]?(.+)$", part)
            wholes = tuple(questions_lexicon()["intent"].get("share_whole_words", []))
            if split and (metrics_in(split.group(1)) or split.group(1).endswith(wholes)):
                part, whole = split.group(2), split.group(1)
                # the body whose whole it is ("南岭社区卫生服务中心本年收入合计中"): its part too
                suffixes = "|".join(map(re.escape, sorted(questions_lexicon()["unit_names"]["generic_suffixes"],
                                                          key=len, reverse=True)))
                body = re.match(rf"(?:[^，,、]*?\d{{4}}年度?)?((?:[\u4e00-\u9fff]{{2,14}}?(?:{suffixes}))+)(?=[\u4e00-\u9fff])", whole)
                if body and len(body.group(1)) >= 4 and metrics_in(whole[body.end():]) and body.group(1) not in part:
                    part = body.group(1) + part
                return part, whole     # (今年的钱里面，项目上花的占了…: all the money)
        return part, whole
    return None, None


# "环卫所2014年的钱有百分之多少用在基本支出上": a share said as where the money went
# ("…的钱有百分之几花在项目上" once 花在项目上 reads 项目支出: 有 + the share + the part)
_SHARE_WORDS = r"(?:百分之多少|百分之几|多大比例|多少比例|几成)(?:是)?"
SPENT_ON_SHARE = re.compile(rf"^(.+?)(?:有{_SHARE_WORDS}(?:用在|花在|用于|投在|用到)?|{_SHARE_WORDS}(?:用在|花在|用于|投在|用到))(.+?)"
                            r"(?:上面|上)?(?:了)?(?:的)?[？?。]?$")
MONTH = re.compile(r"(?<!\d)(1[0-2]|0?[1-9])月(?:份)?(?![底末初])")
# a month written in Chinese digits, after a year or before 份 ("2018年二月", "二月份"): 2月
WRITTEN_MONTH = re.compile(r"(?:(?<=年)|(?<![\u4e00-\u9fff])|(?=[一二三四五六七八九十]{1,2}月份))"
                           r"(十[一二]?|[一二三四五六七八九])(?=月)")
MONTH_DIGITS = {w: str(i) for i, w in enumerate("一二三四五六七八九十", start=1)} | {"十一": "11", "十二": "12"}


def written_months(text: str) -> str:
    """"二月份乡里接待…" → "2月份乡里接待…"; "三个月", "一月一次" (no year before, no 份 after) unchanged."""
    return WRITTEN_MONTH.sub(lambda m: MONTH_DIGITS[m.group(1)], text)


def strip_words(text: str, lex: dict) -> str:
    """The item words: ``text`` without years, cue words, basis words and filler."""
    text = re.sub(r"(?:跟|和)(?:(?:19|20)\d{2}年|上年|去年|上一年|前一年)(?:花的|的)?(?:相比|比较|比)", "", text)   # 跟上年比
    text = re.sub(r"(?:比|较|与|同|对比)(?=(?:19|20)\d{2}年|上年|去年|上一年|前一年)", "", text)   # the compared year's 比
    text = re.sub(r"(?:截至|截止到|截止|到)(?=(?:19|20)\d{2}年)", "", text)   # 到2024年8月底: a date, not an item
    if any(b in text for b in lex["rules"]["balance_items"]):
        text = re.sub(r"(?:19|20)\d{2}(?=年[末底初])", "", text)    # 2014年末结转结余: the year-end's 年末 stays
    text = YEAR_RANGE.sub("", text)     # 2019-2021年: a run of years, its dash no level of a name
    text = YEAR.sub("", text)
    text = re.sub(r"\d{1,2}月(?:\d{1,2}日)?(份|底|末)?", "", text)
    measures = "|".join(map(re.escape, sorted(lex["count_units"], key=len, reverse=True)))
    # the noun counted ("由几个单位合并成立"): what is asked, even where it is filler elsewhere
    counted = {m[1] for m in re.finditer(rf"(?:几|多少)(?:{measures})([\u4e00-\u9fff]{{2}})", text)
               if m[1] in lex["filler"].get("counted_keep", [])}
    text = re.sub(rf"(?:几|多少)(?:{measures})(?!目|员经费|民|庭|算|金|百分)", "", text)
    text = re.sub(r"(?<=[\u4e00-\u9fff])、(?=[\u4e00-\u9fff])", "\x02", text)   # A、B和C: three items, not two
    text = re.sub(r"[?？!！。,，、:：;；]+", "", text).replace("\x02", "、")
    if lex["filler"].get("rough_amounts"):
        text = re.sub(lex["filler"]["rough_amounts"], "", text)     # 少了快七成: how much, roughly
    for pattern in lex["filler"].get("verb_patterns", []):
        text = re.sub(pattern, "", text)                             # 给辅警发工资: 辅警工资
    cues = lex["intent"]
    words: list[str] = []
    for key in ("reason", "purpose", "definition", "contact", "organisation", "yesno", "share", "growth_pct", "completion",
                "change", "last_year", "this_year", "this_month", "reverse", "count", "compare_units", "money_question",
                "deadline", "basis_doc", "decrease", "sum"):
        words += cues.get(key, [])
    words += lex["filler"]["words"]
    for w in lex["filler"].get("first", []):
        text = text.replace(norm(w), "")     # 主要花在: 主要 goes whole before the verb 要花 does
    for verb in sorted((norm(w) for verbs in lex["verb_subject"].values() for w in verbs), key=len, reverse=True):
        text = text.replace(verb, "")        # 花多少 before 多少钱 leaves nothing behind
    words += ["截至", "截止", "比", "较", "相比", "同比", "按", "这份说明", "说明", "底", "末", "所占"]
    for w in sorted({norm(w) for w in cues["sum_joiners"] if len(norm(w)) > 1} & {norm(w) for w in cues["sum"]}, key=len, reverse=True):
        # "市场监管局加上下属的检验检测中心": 加上 joins two items as 、 does, it is no filler
        text = re.sub(rf"(?<=[\u4e00-\u9fff]){re.escape(w)}(?=[\u4e00-\u9fff])", "、", text)
    singles = {norm(w) for w in words if len(norm(w)) == 1}
    determiners = lex["filler"].get("unit_word_determiners", "")
    named = {m[0] for m in re.finditer(r"[\u4e00-\u9fff]{2}单位", text) if determiners and m[0][1] not in determiners
             and m[0][:2] not in lex["filler"].get("unit_word_verbs", [])}
    # "区里小学这一块": the level of government said as where (区里, 县里), not the item; 社区里 stays
    text = re.sub(r"(?<![\u4e00-\u9fff])(?:我们|咱们)?(?:区|县|市|旗)里(?=[\u4e00-\u9fff])", "", text)
    # "福利院里": 里 after a name closing in a unit word goes, the name stays (院里 alone is filler)
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?<![这那我们咱该本贵])(院|局|所|站|队|中心|街道)(?:里|上)(?=[\u4e00-\u9fff])", r"\1", text)
    text, restore = _hold(text, {norm(w) for w in lex["filler"].get("keep", []) + cues["compare_units_not_in"]}
                          | counted | named)   # names holding a filler word (最低生活保障 holds 最低)
    for w in sorted({norm(w) for w in words if len(norm(w)) > 1}, key=lambda w: (-len(w), w)):
        text = text.replace(w, "")
    text = restore(text)
    text = re.sub(r"[（(]\s*[）)]", "", text)        # "前一年（2014年）": the brackets left empty
    # a token made of single filler characters only ("比钱" left of 比去年多了多少钱) goes too
    item = "".join(t for t in jieba.lcut(text) if not all(c in singles for c in t))
    return item.rstrip(lex["filler"].get("trailing_chars", ""))     # "多花了" leaves nothing named


def _without_demonstrative(q: str, lex: dict) -> str:
    """"这个站2014年一共花了多少钱" → "2014年一共花了多少钱": a demonstrative naming the unit in
    scope ([unit_names] demonstratives + a unit-type suffix) says nothing about the item."""
    names = lex["unit_names"]
    words = "|".join(map(re.escape, names.get("demonstratives", [])))
    suffixes = "|".join(map(re.escape, sorted(names["generic_suffixes"] + list(names.get("kind_words", {}))
                                              + ["单位", "部门"], key=len, reverse=True)))   # (这家医院, 这所学校)
    # (after the unit's own name too: "敦操乡政府这几个单位现在实际有多少人上班")
    if not words:
        return q
    # a share's whole said of the body its part names ("妇幼保健院事业收入占该院收入预算合计"):
    # that body's own total, as 其 says it
    q = re.sub(rf"占(?:{words})(?:{suffixes})(?:的)?", "占其", q)
    return re.sub(rf"(?:{words})(?:{suffixes})", "", q)


def _period_to_balance(q: str, lex: dict) -> str:
    """"2014年末行政服务中心…结转结余" → "2014年行政服务中心…年末结转结余": a year's end (or start)
    said with the year is the balance's, wherever the balance is named after it."""
    m = re.search(r"((?:19|20)\d{2})年(末|底|初)", q)
    if not m:
        return q
    at = min((q.find(b, m.end()) for b in lex["rules"]["balance_items"] if b in q[m.end():]), default=-1)
    if at <= m.end() or re.search(r"(?:年初|年末|年底)$", q[:at]):
        return q
    period = "年初" if m.group(2) == "初" else "年末"
    return q[:m.start()] + m.group(1) + "年" + q[m.end():at] + period + q[at:]


@lru_cache(maxsize=1)
def _bracketed_basis() -> re.Pattern:
    """A basis word alone in brackets ("（决算）"), the word as group 1 (metrics.toml [basis] words)."""
    words = sorted((w for w, _ in lexicon.load("metrics")["basis"]["words"]), key=len, reverse=True)
    return re.compile(r"\((%s)\)" % "|".join(map(re.escape, words)))


def _without_examples(text: str, lex: dict, pattern: str = "examples_pattern") -> str:
    """``text`` without the examples listed before what they illustrate ("办公、出差这些日常开销" →
    日常开销); the unit and year said before the first example stay ("人防办2014年人头费加上日常办公运转
    这些基本开支" → 人防办2014年基本开支), and so does whose they are ("法院公车的油费、维修这些运行费用" →
    法院公车的运行费用)."""
    m = re.search(lex["filler"][pattern], text)
    if m is None:
        return text
    said = "|".join(map(re.escape, lex["intent"]["last_year"] + lex["intent"]["this_year"]))
    first = re.search(lex["filler"]["examples_separator"], text[:m.end()])
    years = [y for y in re.finditer(r"(?:19|20)\d{2}年度?|%s" % said, text[:m.end()])
             if first is None or y.end() <= first.start()]
    keep = years[-1].end() if years else 0
    owner = text.rfind("的", 0, first.start()) if first else -1
    if owner >= 0:
        keep = max(keep, owner + 1)     # "法院公车的油费、维修、保险这些运行费用": whose they are stays
    else:
        # "公车加油、维修这些运行费用": whose they are glued before the first example stays too
        # ([filler] example_owners)
        owners = "|".join(map(re.escape, sorted(lex["filler"].get("example_owners", []), key=len, reverse=True)))
        glued = re.search(rf"(?:{owners})(?=[\u4e00-\u9fff])", text[keep:first.start()]) if first and owners else None
        if glued:
            keep += glued.end()
    return text[:keep] + text[m.end():]


def _source_lead(q: str, lex: dict) -> str:
    """"按白青乡2015年的预算执行报告，上一年…" → "白青乡2015年报告中，上一年…": a lead naming the
    source keeps its unit and year (the document's) and says its kind only (决算 / 预算 when it
    says one of them alone, else 报告), so its words name no item and no basis of their own."""
    m = re.match(lex["filler"].get("source_lead", "(?!)"), q)
    if not m:
        return q
    body = m.group("body")
    years = list(YEAR.finditer(body))
    year = years[-1] if years else None
    who = body[:year.end()] if year else (body[:body.rfind("的")] if "的" in body else "")
    rest = body[len(who):]
    kind = "决算" if "决算" in rest and "预算" not in rest else (
        "预算" if "预算" in rest and "执行" not in rest and "决算" not in rest else "报告")
    return f"{who}{kind}中，{q[m.end():]}"


def parse(text: str, _examples: bool = True) -> Question:
    """Parse a (valid, Chinese) question. Never raises on odd text: unknown → intent "value".

    Sentences of context before the question ("我在看…2015年的三公经费公开。这一年公车…是多少？")
    give its unit (matched on the whole ``text``) and, when the question names none, its year;
    only the last sentence says what is asked."""
    lex = questions_lexicon()
    # "我在看…的预算说明，下面…": a lead saying what the asker reads ends there, as a sentence would
    said = re.sub(lex["filler"]["self_intro"], "", text)          # (who asks: no part of the lead)
    said = re.sub(lex["filler"]["reading_lead"], lambda m: m.group(0)[:-1] + "。", said, count=1)
    # "…办公费预算多少钱？表里写的是元，能帮我换算成万元吗？谢谢": the unit wanted, said after the question
    said = re.sub(lex["filler"]["conversion_request"], r"，\g<verb>成\g<unit>？", said)
    lead, asked = _context_split(said)
    if not lead:
        return _parse_one(said if said != text else text, _examples)
    q = _parse_one(asked, _examples)
    years = {int(y) for y in YEAR.findall(_short_years(written_years(norm(lead)), questions_lexicon()))}
    if q.year is None and not q.year_offset and q.relative in (None, 0) and len(years) == 1:
        q.year = years.pop()
    return replace(q, text=text)


def _context_split(text: str) -> tuple[str, str]:
    """(context, question) of a text whose last sentence asks and whose sentences before it only
    tell (no question word, no number but years: [filler] context_question_cues); ("", text) else."""
    t = text.strip()
    cut = max(t.rfind(c, 0, len(t) - 1) for c in "。！!")
    if cut <= 0:
        return "", text
    lead, asked = t[:cut + 1], t[cut + 1:]
    cues = questions_lexicon()["filler"]["context_question_cues"]
    # a lead that only tells may still hold a cue word ("家属很关心钱花在哪。"): when the last sentence
    # ends in a question mark and asks how much, the sentences before it are its context
    plainly = re.search(r"(?:多少|几)[^。！!？?]*[？?]\s*$", asked) and not re.search(r"[？?]", lead)
    if len(asked) < 4 or not re.search(cues, asked) or re.search(cues, lead) and not plainly \
            or re.search(r"\d", YEAR.sub("", norm(lead))):
        return "", text
    return lead, asked


def _parse_one(text: str, _examples: bool = True) -> Question:
    """Parse one question sentence (see :func:`parse`)."""
    lex = questions_lexicon()
    # a closing remark on how to compute it ("…是多少？（按2017年收入和增加额倒推）") is no part of what is asked
    remark = "|".join(map(re.escape, lex["filler"].get("remark_openers", [])))
    said = _short_years(written_months(written_years(norm(text))), lex)   # 二〇一八年二月, 19年: 2018年2月, 2019年
    said = re.sub(lex["filler"]["self_intro"], "", said)        # "我是芦洋乡的居民，…": who asks, not what
    leads = "|".join(map(re.escape, lex["filler"]["code_lead_words"]))
    said = re.sub(rf"(?:{leads})(?=\d)", "", said)             # 经济分类30201办公费: the code says it
    bare = re.sub(rf"\((?:{remark})[^()]*\)(?=[?？。!！]*\s*$)", "", said) if remark else said
    # the same remark as a sentence after the question ("…一共花了多少钱？按决算支出算。")
    bare = re.sub(rf"(?<=[?？])\s*(?:{remark})[^?？]*$", "", bare) if remark else bare
    # a request or thanks after the question ("…是多少？请详细说明。", "…？谢谢"): nothing asked
    bare = re.sub(rf"(?<=[?？])\s*(?:{lex['filler']['closing_requests']})\s*$", "", bare)
    # "实际收入（决算）": a basis in brackets is the basis said, not a name of the item
    bare = _bracketed_basis().sub(r"\1", bare)
    # "行政运行经费（人员和日常办公的钱）": everyday words in brackets describe the name before them
    bare = re.sub(lex["filler"]["described_in_brackets"], "", bare)
    # "下属单位章贡区疾病预防控制中心的项目支出": the word saying a body is the unit's own before its name
    bare = re.sub(lex["filler"].get("body_role", "(?!)"), "", bare)
    # "行政运行（项级科目）": brackets naming a 科目 level in words ([rules] level_words) name no item
    # (a quoted coded name keeps its bare markers: “城乡社区支出（类）…行政运行（项）”)
    levels = "|".join(map(re.escape, lex["rules"]["level_words"]))
    bare = re.sub(rf"\((?=[^()]*(?:级|科目))(?:{levels})+\)", "", bare)
    # "…住房公积金（项）的支出决算数": the words after the last level say it is the level's spending
    # "财政事务（款）下财政国库业务（项）": a level then the next one under it, the connector says nothing more
    connectors = "|".join(map(re.escape, lex["rules"]["level_connectors"]))
    bare = re.sub(rf"(\((?:{'|'.join(lex['rules']['levels'])})\))(?:{connectors})(?=[\u4e00-\u9fff][^()]*\()", r"\1", bare)
    amount_words = "|".join(map(re.escape, lex["rules"]["after_level_amount_words"]))
    bare = re.sub(rf"(\((?:{'|'.join(lex['rules']['levels'])})\))的?(?:{amount_words})(?![\u4e00-\u9fff]*\()", r"\1", bare)
    # "结转结余（全部资金，不只是财政拨款）": a bracket saying the item is more than a fund asks the item whole
    not_only = "|".join(map(re.escape, lex["filler"].get("not_only_words", [])))
    bare = re.sub(rf"\([^()]{{0,10}}?(?:{not_only})[^()]*\)", "", bare) if not_only else bare
    # "城乡社区（垃圾清运、保洁这些）": examples in brackets after the item are an aside
    # (and so is what follows them there: "公车日常跑起来（油费、维修这些，不算买车）")
    bare = re.sub(r"\([^()]*(?:这些|那些|之类的|之类|等等)(?:[,，][^()]*)?\)", "", bare)
    listed = re.search(lex["filler"]["counted_list"], bare)
    if listed and re.search("、|和|与|及", bare[:listed.start()]):
        bare = bare[:listed.start()] + bare[listed.end():]      # A、B、C这几项支出加起来: A + B + C
    elif lex["filler"].get("examples_pattern") and _examples:
        # 办公、出差这些日常开销 → 日常开销; when nothing is named after them ("公车的油费、维修、保险这些
        # 一年花了多少钱"), the examples are what is asked
        for pattern in ("examples_pattern", "examples_before_total"):
            reduced = _without_examples(bare, lex, pattern)
            if reduced == bare:
                continue
            # (the words after them must name it: the unit and year kept before them name nothing —
            # "平潭县法院2015年公车的油费、维修、保险这些花了多少"; a clause of its own after them
            # must name a metric: "基本支出、项目支出，一共多少" asks their sum)
            listed = re.search(lex["filler"][pattern], bare)
            if re.search(lex["filler"].get("listed_sum_end", "(?!)"), listed.group(0)):
                break       # "A和下面的B、C加起来，一共有多少人": a list closed by its own sum word is summed
            after = bare[listed.end():]
            heads = "|".join(map(re.escape, lex["filler"].get("example_generic_heads", [])))
            if heads and re.match(rf"(?:{heads})(?:[，,]|(?![\u4e00-\u9fff]{{0,2}}(?:支出|收入|经费|费)))", after):
                break       # "保教费、学费这些钱，…一共收了多少" / "体检、检测这些服务": the examples are what is asked
            trial = parse(after, _examples=False)
            whole = trial.metrics and all(metric_tier(k) == 0 for k in trial.metrics)
            if (trial.metrics if pattern == "examples_before_total" else trial.item or trial.metrics) and not whole:
                bare = reduced      # (a whole after them, "学费、住宿费这些收入": they say which part)
            break
    bare = re.sub(lex["filler"].get("besides", "(?!)"), "", bare)
    bare = re.sub(lex["filler"].get("term_descriptions", "(?!)"), "", bare)
    bare = _source_lead(bare, lex)
    if lex["filler"].get("table_lead"):
        bare = re.sub(lex["filler"]["table_lead"], r"\g<table>中，", bare)    # 根据支出决算表，… → 支出决算表中，…
    premise = re.search(lex["filler"]["premise_change"], bare) if lex["filler"].get("premise_change") else None
    if premise:
        # "…支出比上一年多了一些，那上一年一共支出了多少": the premise's comparison is no change asked
        bare = bare[:premise.start()] + bare[premise.end():]
        then = re.match(r"\s*[，,。]\s*那(?:么)?", bare[premise.start():])
        rest = bare[premise.start() + then.end():] if then else ""
        if then and strip_words(_without_basis(rest), lex):
            # "…2024年的总预算比去年多了一些，那去年的总预算是多少": the question after 那 names its
            # item itself — the premise's subject keeps only its unit and words of time
            subject = bare[:premise.start()]
            unit = re.match(rf"^[\u4e00-\u9fff]*(?:{unit_suffix_pattern()})(?=(?:19|20)\d{{2}}年|今年|去年|的)", subject)
            bare = (unit.group(0) if unit else "") + "".join(re.findall(lex["filler"]["premise_kept"], subject)) + rest
    if lex["filler"].get("table_number_named"):
        bare = re.sub(lex["filler"]["table_number_named"], r"\1", bare)    # 表8（…预算表）: the title
    stated = re.search(lex["filler"]["premise_value"], bare) if lex["filler"].get("premise_value") else None
    if stated:
        # "我看到…人员经费是95.36万元，那其中津贴补贴是多少": A中B when 其中 follows, else the
        # question after 那 with the premise's words of time
        subject, rest = stated.group("subject"), bare[stated.end():]
        if stated.group("inner"):
            bare = subject + "中" + rest
        elif not strip_words(_without_basis(rest), lex):
            # "我看到…（项）年初预算是3110.14万元，那决算比预算少了多少": the question after 那 names no
            # item — the premise's item, without its basis, is asked about
            bare = _without_basis(subject) + rest
        else:
            bare = "".join(re.findall(lex["filler"]["premise_kept"], subject)) + rest
    # a quoted name (“村干部报酬及村级组织办公经费”) is the document's own: no everyday word in it is rewritten
    names = {norm(m.group(1)) for m in QUOTED.finditer(text) if len(norm(m.group(1))) >= 6 and not metrics_in(norm(m.group(1)))}
    held, restore = _hold(_without_demonstrative(_term_in_brackets(bare), lex), names)
    q = _period_to_balance(_lone_fund(restore(rewrite_everyday(held)), lex), lex)
    people = "|".join(map(re.escape, sorted(lex["rules"]["people_nouns"], key=len, reverse=True)))
    tails = "|".join(map(re.escape, lex["rules"].get("people_count_tails", [])))
    if tails:           # "多少个幼儿在园": the people counted where they are, as documents write it (在园幼儿)
        q = re.sub(rf"((?:多少|几)[个名位]?)({people})({tails})", r"\1\3\2", q)
    out = Question(text=text, norm=q)
    excluding = "|".join(map(re.escape, lex["filler"].get("excluding_words", [])))
    if excluding:       # "（…，不算买车）": what the asker leaves out of the item
        left_out = re.findall(rf"\((?:[^()]*[,，])?(?:{excluding})([^()]+)\)", q)
        out.excluded = [k for b in left_out for k in metrics_in(b)]
        out.excluded_names = [n for b in left_out if not metrics_in(b) for n in split_items(b) if len(n) >= 2]
    out.quoted = [norm(m.group(1)) for m in QUOTED.finditer(text) if not _quotes_part_of_term(text, m)]
    out.intent = _intent(q, lex)
    out.year, out.base_year, out.until_year = _years(q)
    asked_year = _years(q[_after_premise(q, premise.start()):])[0] if premise else None
    if asked_year:
        out.year, out.base_year = asked_year, None     # the year the question after 那 names
    if out.intent == "value" and out.base_year and re.search(
            r"(?:%s)[（(]\s*%d\s*年" % ("|".join(map(re.escape, lex["intent"]["last_year"])), out.base_year), q):
        out.year, out.base_year = out.base_year, None   # "2017年…决算中，上一年（2016年）的…": 2016 is asked
    m = YEAR_RANGE.search(q)
    if m:
        out.year_range = (int(m.group(1)), int(m.group(2)))
        out.year, out.base_year = int(m.group(1)), None
    cues = lex["intent"]
    # 上年 of 上年结转 (the carry-over, "上年结转下来的") names a balance, not the year asked
    carried = "|".join(map(re.escape, lexicon.load("metrics")["years"]["previous_not_before"]))
    said_last = re.sub(rf"(?:{'|'.join(map(re.escape, cues['last_year']))})(?=(?:年初|年末|年底)?(?:{carried}))", "", q)
    if _has(said_last, cues["last_year"]):
        out.relative = -1
    elif _has(q, cues["this_year"]):
        out.relative = 0
    out.reverse = _has(q, cues["reverse"])
    other = re.sub(cues["year_offsets_not"], "", q)
    said_other = [w for w in sorted(cues["year_offsets"], key=len, reverse=True) if w in other]
    if said_other and out.year is None and out.relative is None:
        out.year_offset = cues["year_offsets"][said_other[0]]
    if out.relative == -1 and out.intent == "value" and out.year is not None and out.base_year is None:
        # "2017年上年的收入" / "2017年的上一年支出": the year before the one named, as the named
        # year's document states it (not "上年（2016年）")
        said = YEAR.search(q)
        cue = min((q.find(w) for w in cues["last_year"] if w in q), default=-1)
        if said and 0 <= said.end() <= cue and not re.search(r"比|较|与|同|相比|对比", q[said.end():cue + 4]) \
                and not asked_year and not YEAR.search(q, cue):
            out.last_of_named = True
        elif said and not asked_year and not YEAR.search(q, said.end()):
            # "2016年接待费比上年下降41.47%，据此推算上年接待费约为多少": the 上年 of the clause
            # asking, after the one compared with, is the year before the one named
            clauses = re.split(r"[，,；;]", q)
            last = clauses[-1] if len(clauses) > 1 else ""
            at = min((last.find(w) for w in cues["last_year"] if w in last), default=-1)
            if at >= 0 and not re.search(r"比|较|与|同|相比|对比", last[max(0, at - 3):at]):
                out.last_of_named = True
    out.decrease = _asks_decrease(q, cues)
    if _has(q, cues["amount_verbs"]):
        out.change_word = "amount"
    elif re.search(cues["rate_verb_how_much"], q):
        out.change_word = "neutral"
    elif _has(q, cues["rate_verbs"]):
        out.change_word = "rate"
    else:
        out.change_word = "neutral"
    up, down = _has(q, cues["direction_up"]), _has(q, cues["direction_down"])
    out.direction = 1 if up and not down else (-1 if down and not up else 0)
    if _has(q, cues.get("direction_neutral", [])):
        out.direction = 0
    out.basis = question_basis(_without_fund_names(COMPARED_BASIS.sub("|", q)))
    compared = COMPARED_BASIS.search(q)
    if compared:
        out.base_basis = question_basis(compared.group(0))
    else:
        same_year = SAME_YEAR_BUDGET.search(q)
        final = question_basis(_without_fund_names(SAME_YEAR_BUDGET.sub("|", q))) if same_year else None
        base = question_basis(same_year.group(0)) if same_year else None
        # (比预算省了多少 / 比年初预算多了多少: what was spent, against that budget)
        gap_verb = _has(q, lex["rules"]["budget_gap_verbs"]) or bool(same_year and re.match(r"[多少]", q[same_year.end():]))
        if same_year and (out.basis in ("决算", "执行数") or final in ("决算", "执行数") or final and base and final != base
                          or gap_verb and not final):
            # 实际花的比(全年)预算少了多少: this year's final against this year's budget (调整预算数比
            # 年初预算数: the adjusted budget against the first one)
            out.basis = final or ("决算" if gap_verb else out.basis)
            out.base_basis = question_basis(same_year.group(0)) or "预算"
        elif not same_year and (first := _budget_before_final().search(q)):
            out.intent, out.basis, out.budget_first = "change", "决算", True
            out.base_basis = question_basis(first.group(1)) or "预算"
        elif gap := _budget_final_gap().search(q):
            out.intent, out.basis, out.budget_gap = "change", "决算", True
            out.base_basis = question_basis(gap.group(1) or gap.group(2)) or "预算"
    budget_asked = out.basis == "预算" or out.basis in lex["rules"]["budget_bases"]     # (as rules._asks_budget)
    if out.intent in ("value", "change") and not out.base_basis and budget_asked \
            and re.search(lex["rules"]["unspent_of_budget"], q):
        # "三公经费的预算里有多少钱没花掉": the budget less what was spent (决算 against 预算, the size of
        # the shortfall) — never the budget itself
        out.intent, out.base_basis, out.basis = "change", out.basis, "决算"
        out.decrease, out.direction, out.change_word = True, -1, "amount"
    m = SCOPE_WORDS.search(q)
    if m:
        out.mentions_scope = m.group(1)     # 部门预算 / 单位决算 / 部门支出预算 …
    measures = "|".join(map(re.escape, sorted(lex["count_units"], key=len, reverse=True)))
    # (这几项 / 那几个 point back at things named: no count asked)
    m = re.search(rf"(?<![这那])(?:几|多少)({measures})(?!目|员经费|民|庭|算|金|百分|钟|之|配|钱)", q)
    if m:
        out.count_unit = lex["count_units"].get(m.group(1), m.group(1))
        people = "|".join(map(re.escape, lex["rules"]["people_nouns"]))
        if out.count_unit == "个" and (re.match(rf"[\u4e00-\u9fff]{{0,8}}?(?:{people})", q[m.end():])
                                      or re.search(rf"(?:{people})有?$", q[:m.start()])):
            out.count_unit = "人"       # 几个挂职干部 / 在园幼儿有多少个: people, counted in 人
        thing = re.match(r"[\u4e00-\u9fff]{0,8}", q[m.end():]).group(0)
        out.count_unit = next((u for noun, u in lex["rules"].get("measure_of_things", {}).items()
                               if thing.endswith(noun) and out.count_unit != u), out.count_unit)    # 几台救护车: 辆
    elif not out.count_unit and not _has(q, cues["money_question"]):
        # nouns that are counts by nature (编制数, 在职人数 …): the answer is never money — unless
        # money is asked (在职人员养老保险是多少钱: the noun only qualifies the item)
        out.count_unit = next((u for noun, u in lex["count_nouns"].items() if _ends_item(q, noun)), None) \
            or _count_metric_asked(q)
        people = "|".join(map(re.escape, sorted(lex["rules"]["people_nouns"], key=len, reverse=True)))
        tails = "|".join(map(re.escape, lex["rules"].get("people_count_tails", [])))
        if not out.count_unit and re.search(rf"(?:几|多少)(?:位|名)?[\u4e00-\u9fff]{{0,8}}?(?:{people})(?:{tails})?(?:[?？。!！]|$)", q):
            out.count_unit = "人"       # 有多少工作人员 / 有几位干部 / 多少劳务派遣的环卫工人: people, in 人
    m = ASKED_UNIT.search(q)
    if m:
        out.asked_unit = m.group(1) or "%"
    elif not out.count_unit and not _has(q, cues["money_question"]) \
            and any(_ends_item(q, noun) for noun in lex["rules"]["rate_nouns"]):
        out.asked_unit = "%"        # 参合率是多少: a rate, never money
    out.metrics = metrics_in(q, out.quoted)
    if out.count_unit:
        joined = metrics_in(re.sub(rf"(?:几|多少)\s*{re.escape(out.count_unit)}", "", q), out.quoted)
        if any(_counts_things(k) and k not in out.metrics for k in joined):
            out.metrics = joined    # 购置几辆车辆: the count asked inside a count's name (购置车辆)
    if COMPARED_FLOW.search(q):
        rest = metrics_in(COMPARED_FLOW.sub("|", q), out.quoted)
        if rest:
            out.metrics = rest      # 公务用车运行费与上年支出数相比: 支出 only names the base
    out.money_asked = _has(q, cues["money_question"])
    specs = lexicon.load("metrics")["metrics"]
    if re.search(CLASS_CODE + r"(?!年)", q) and out.metrics and all(specs.get(k, {}).get("tier", 2) < 2 for k in out.metrics):
        out.metrics = []        # "行政运行（科目编码：2010601）支出决算数": 支出 is the class's, not the document
                                # total; "一般公共预算拨款中科目21201": the fund only says where the class is
    codes = re.findall(CLASS_CODE + r"(?!年)", q)
    if codes and out.metrics:
        # "2050203初中教育支出": a class named by a lower level's code is that level, never the 类 metric
        # (教育支出, code 205) whose code it opens with
        out.metrics = [k for k in out.metrics
                       if not (str(specs.get(k, {}).get("code", "")) and any(c != str(specs[k]["code"])
                                                                                and c.startswith(str(specs[k]["code"]))
                                                                                for c in codes))]
    staff = sorted(lex["rules"].get("staff_nouns", []), key=len, reverse=True)
    groups = "|".join(map(re.escape, lex["rules"].get("group_words", []))) or "(?!)"
    said = next((w for w in staff if re.search(rf"{w}(?:[?？。!！]|$)", q)
                 and not re.search(rf"(?:{groups}){w}(?:[?？。!！]|$)", q)), None)
    staff_asked = out.count_unit == "人" and not out.metrics and said   # (临时人员 is one group, not the staff)
    if staff_asked:
        out.metrics = [lex["rules"]["staff_metric"]]    # 有多少工作人员 / 有多少职工: the staff in post
    elif out.count_unit == "辆" and not out.metrics and not _has(q, lex["rules"].get("car_kinds", [])):
        out.metrics = [lex["rules"]["count_unit_metrics"]["辆"]]     # 公车有多少辆: the cars held (not
                                                                     # 执法执勤的车: one kind of them)
    elif out.count_unit == "人" and not out.metrics:
        # "三家加起来现在在职一共多少人": a staff word before the count names the count
        out.metrics = next(([k] for w, k in lex["rules"].get("staff_words", {}).items() if w in q), [])
    if out.count_unit == "人" and not out.money_asked and out.basis and not re.search("预算|决算|执行数", q):
        out.basis = None        # "现在实际有多少人在上班": 实际 is the staff in post, no basis of money
    if out.money_asked or not out.count_unit:
        # money asked, or no count asked: a count metric (在职人员 in 在职人员养老保险 / 在职人员年金)
        # only qualifies the item
        out.metrics = [k for k in out.metrics if not _counts_things(k)]
    elif any(out.count_unit in _count_units(k) for k in out.metrics):
        # "编制范围的单位在职人数" counted in 人: the count of units (个) only says whose staff
        out.metrics = [k for k in out.metrics if not _counts_things(k) or out.count_unit in _count_units(k)]
    elif out.metrics and not any(_counts_things(k) for k in out.metrics):
        # "公务接待了多少人次": a count of what the money's item does (接待216人次), no amount of money —
        # the money metric (公务接待费) names nothing counted; the item's words stay
        out.metrics = []
    if out.relative == -1 and out.year is None and any(k in cues.get("carry_over_metrics", []) for k in out.metrics):
        out.relative = None     # 去年剩下来滚到今年的钱: "last year" is in the carry-over's meaning
    m = MONTH.search(q)
    if m:
        out.month = int(m.group(1))
    elif _has(q, cues.get("this_month", [])):
        out.month = 0           # 这个月: the month the report is about
    # 一共花了多少钱 / 收进来多少: the total the verb names ([verb_subject]); used by the rules only
    # when nothing else is left of the item once the unit's name is gone
    out.verb_metric = next((key for key, verbs in lex["verb_subject"].items() if _has(q, verbs)), None)
    part = None
    if out.intent == "share":
        part, whole = _split_share(q)
        lead = re.match(r"^(.{2,12}?)(?:预算|决算)?(?:里面|当中|之中|里|中)", q)
        endings = "|".join(map(re.escape, lex["rules"]["total_endings"]))
        short = re.sub(f"(?:{endings})$", "", whole or "")
        if lead and part and whole and short != whole and len(short) >= 2 and short in lead.group(1) \
                and short != lead.group(1) and not metrics_in(short):
            # "政府采购预算中服务类采购占采购总额的比例": the whole said short is the total of where
            # the part was said to be (政府采购总额)
            whole = lead.group(1) + whole[len(short):]
        out.part = strip_words(part, lex) if part else None
        out.whole = strip_words(whole, lex) if whole else None
        out.whole_raw = whole
    ranking = lex.get("ranking", {})
    named = "|".join(map(re.escape, ranking.get("lowest_not", [])))
    out.lowest = _has(re.sub(named, "", q) if named else q, ranking.get("lowest", ["最少", "最低", "最小"]))
    held, _ = _hold(q, set(cues.get("joined_terms", [])))
    asks_sum = _has(held, cues["sum"])      # (加班费 / 加油费 hold a 加 that asks no sum)
    excluded = SET_ASIDE.search(q)
    q_sum = q
    if excluded:
        # "除去项目支出，人员、…和公用加起来": the item set aside is never one of the sum's
        gone = set(metrics_in(excluded.group(1)))
        out.metrics = [k for k in out.metrics if k not in gone]
        q_sum = q.replace(excluded.group(0), "")
    after_join = re.search("(?:%s)" % "|".join(map(re.escape, cues["sum_after_join"])), q)
    listed = split_items(q[:after_join.start()]) if after_join else []
    money = tuple(lex["rules"]["money_nouns"])
    if not asks_sum and len(listed) >= 2 and (len(metrics_in(q[:after_join.start()])) >= 2 or "、" in q[:after_join.start()]
                                             or all(re.sub(r"[的之]$", "", x).endswith(money) for x in listed)):
        asks_sum = True     # "人员经费、公用经费和对个人和家庭的补助三项合计多少": the items listed, summed
                            # ("工资福利支出和对个人和家庭的补助合计": one a metric, one a class's name)
    out.asks_sum = asks_sum and out.intent == "value"
    out.wants_sum = len(out.metrics) >= 2 and asks_sum
    # "传媒中心本级（不算广播电视台和时报社）": the units left out name no part of the item; "按工资总额
    # 4%定额补助": the rate it is computed at, neither
    named = re.sub(lex["filler"]["premise_rate"], "", without_left_out(q))
    named = re.sub(lex["filler"]["included"], "", named)
    out.item = strip_words(named, lex)
    if staff_asked and out.item.endswith(said):
        out.item = out.item[:-len(said)] + lex["rules"]["staff_metric"]
    spent = lex["actual_spending"]["spent_words"]
    if out.intent == "share" and part and out.whole_raw and _is_basis_only(out.whole_raw) \
            and (question_basis(norm(part)) in ("决算", "执行数") or any(w in part for w in spent)):
        # "…事业运行（项）的支出决算占全年预算的百分比": its final against its own budget, a rate
        # of completion (决算 ÷ 全年预算), not a share of another item
        out.intent, out.basis = "completion", question_basis(norm(out.whole_raw)) or "预算"
        out.item = strip_words(re.sub("|".join(["决算数", "决算", "执行数"] + sorted(spent, key=len, reverse=True)), "", part), lex)
        out.part = out.whole = None
    if out.intent == "completion" and "占" in out.item:
        # "…事业运行（项）的支出决算占全年预算的比例（完成率）": the line before its final's 占
        out.item = re.sub(r"的?(?:支出)?(?:决算数|决算|执行数)?占.*$", "", out.item) or out.item
    if out.intent in ("change", "growth") and out.base_basis and not COMPARED_BASIS.search(q) \
            and SAME_YEAR_BUDGET.search(q):
        out.item = strip_words(SAME_YEAR_BUDGET.sub("", q), lex)     # the budget compared with is no item
    if out.budget_first:
        out.item = strip_words(_budget_before_final().sub("", q), lex)
    elif out.budget_gap:
        out.item = strip_words(_budget_final_gap().sub("", q), lex)
    for name in out.quoted:
        # a quoted name is exact: keep it whole
        rest = strip_words(q.replace(name, "|"), lex).replace("|", "")
        table = _table_named(rest, lex)
        if table:
            # "…功能分类预算表中“财政国库业务”（2010605）": the table only says where the name is
            out.container, rest = table, rest.replace(table, "", 1)
            inside = metrics_in(name, [])
            out.metrics = [k for k in out.metrics if k in inside or k in metrics_in(rest)]
        placed = strip_words(q.replace(name, "|"), lex)
        before = placed.split("|", 1)[0] if "|" in placed and not table else ""
        # the words before the name stay before it ("中楼乡“其他支出”这一项": never "其他支出中楼乡")
        out.item = before + name + rest[len(before):] if rest.startswith(before) else name + rest
    if out.intent not in ("share", "compare_units"):
        _split_container(out)
        at = q.find(out.container) if out.container else -1
        own = question_basis(_without_fund_names(q[at + len(out.container):])) if at >= 0 and out.intent == "value" \
            else None       # (a fund's name holds 预算: "决算里政府性基金预算…收入" asks no budget)
        if own and question_basis(out.container) and own != out.basis:
            out.basis = own     # "在…决算表里，公务接待费的预算数": the item's own basis word, not its table's
        if not out.container:
            _split_fund_prefix(out)

        if out.money_asked or not out.count_unit:
            out.metrics = [k for k in out.metrics if not _counts_things(k)]   # as above, after the split
    named_metrics = len([k for k in out.metrics if k not in out.container_metrics])
    if asks_sum and out.intent == "value":
        # (a container's metric is none of the items: "基本支出中住房保障支出和提租补贴合计")
        # A和B加起来 with items the lexicon does not know (住房公积金和提租补贴): each one by its name
        said = q_sum
        for w in sorted(set(cues["sum"]) - set(cues["sum_joiners"]), key=len, reverse=True):
            said = said.replace(w, ",")      # 加起来 (not the joiner 加 between two items)
        parts = [x for x in (strip_words(p, lex) for p in split_items(said)) if len(x) >= 2]
        # "政府性基金里环境卫生和…": the first item after where the items are
        parts = [p[m.end():] if (m := _container_pattern().match(p)) and len(p) - m.end() >= 2 else p for p in parts]
        if named_metrics >= 2 and (len(parts) <= named_metrics or re.search(r"[(（]", said)):
            parts = []          # every item a metric (出国费和接待费合计), or the metrics restating the
                                # words before them in brackets: summed as metrics; more items listed
                                # than metrics (差旅费、会议费、公务招待费…): each one by its name
        elif len(parts) < 2 and named_metrics < 2:
            parts = split_items(out.item)   # the unit's or a basis word between the items
        if len(parts) >= 2:
            out.sum_items, out.wants_sum = parts, True
    if out.container and out.sum_items and len(split_items(out.item)) >= 2:
        # "政府采购预算里货物和服务加起来": the items are the container's (政府采购货物, 政府采购服务)
        head = _without_basis(out.container)
        head = next((a for a in sorted(metric_aliases(), key=len, reverse=True) if head.endswith(a)), head)
        named = [head + p for p in split_items(out.item)]
        if all(metrics_in(n) and metrics_in(n) != metrics_in(head) for n in named):
            out.sum_items = named   # not a fund's items ("政府性基金里环境卫生和…": their own names)
    if len(out.sum_items) >= 2 and metrics_in(out.sum_items[0]):
        out.sum_items = _items_share_head(out.sum_items)
    listed = re.search(r"\(([^()]{4,})\)(?:的|总的)?(?:%s)" % "|".join(map(re.escape, cues.get("list_total", []))), q)
    if listed and listed[1].startswith(tuple(lex["filler"]["left_out_words"]) + tuple(lex["rules"]["bracket_negations"])):
        listed = None       # (不算A和B)一共: the units left out are no items
    if out.intent == "value" and not out.sum_items and listed:
        # "项目支出（专项业务费、部门发展性项目支出、社会发展性项目支出）合计多少", "人头费（工资福利加上
        # 对个人和家庭的补助）一共是多少": the items listed
        parts = [strip_words(p, lex) for p in split_items(listed[1])]   # (A、B和C)
        if len(parts) >= 2 and all(len(p) >= 2 for p in parts):
            out.sum_items, out.wants_sum = parts, True
    # a basis word closing the item (行政运行的基本支出决算) says which amount, not which item
    basis_tail = re.compile("(?:%s)$" % "|".join(map(re.escape, sorted(lex["container"]["basis_tail"], key=len, reverse=True))))
    out.sum_items = [basis_tail.sub("", p) if len(basis_tail.sub("", p)) >= 2 else p for p in out.sum_items]
    while basis_tail.search(out.item) and len(basis_tail.sub("", out.item)) >= 2:
        out.item = basis_tail.sub("", out.item)
    # "老年福利（2081002）支出决算": the coded line's spending, its total — never a 基本支出 / 项目支出 column
    out.item = re.sub(r"(\(\d{3,7}\))支出$", r"\1", out.item)
    if out.count_unit and lex["rules"].get("count_verbs"):
        # "下面管几个社区" / "做绩效自评的项目有几个": the verb before the thing counted names nothing
        out.item = re.sub(lex["rules"]["count_verbs"], "", out.item) or out.item
    rules = lex["rules"]
    if any(b in out.item for b in rules.get("balance_items", [])) and not re.search("年初|年末|上年", out.item) \
            and any(w in q for w in rules.get("balance_end_words", [])):
        word = next(b for b in rules["balance_items"] if b in out.item)
        out.item = out.item.replace(word, "年末" + word, 1)    # 到年底还剩多少结转结余: the year-end balance
        out.metrics = metrics_in(out.item, out.quoted) or out.metrics
    if out.intent == "value" and re.search(lex["filler"].get("restatement", "(?!)"), text):
        _drop_restated_parts(out)
    funds = tuple(lex["container"]["fund_prefixes"])
    inner = re.fullmatch(r"(.+?)\(([\u4e00-\u9fff]{4,24})\)(.+)", out.item)
    if inner and not inner.group(2).startswith(funds) and not metrics_in(inner.group(1)) \
            and metrics_in(inner.group(3)) and not inner.group(2).endswith(tuple(lex["rules"]["level_words"])):
        # "环卫这一块（城乡社区环境卫生）…基本支出": the name in brackets restates the everyday words
        # before it; the metric after them is that class's
        out.item = inner.group(2) + inner.group(3)
    # "买东西（政府采购）": the standard term in brackets restates the everyday words before it
    restated = re.fullmatch(r"(.+)\(([^()]+)\)", out.item)
    if restated and restated.group(2).endswith(tuple(lex["rules"]["bracket_example_ends"])):
        # "给村里的运转经费（村干部报酬等）": examples of what the money pays, no name of it
        out.item, restated = restated.group(1), None
    if restated and restated.group(2).startswith(tuple(lex["rules"]["bracket_inclusions"])) \
            and metrics_in(restated.group(1)):
        # "综合定额公用经费（含出国经费）": what the item includes (or leaves out), said in brackets,
        # restates nothing and is no second item
        out.item, out.metrics, restated = restated.group(1), metrics_in(restated.group(1)), None
    if restated and restated.group(2) in funds and metrics_in(restated.group(1)):
        # "城乡社区支出（公共财政拨款）": a fund in brackets says where the item is, it restates nothing
        out.container = out.container or restated.group(2)
        out.item = restated.group(1)
        out.metrics = metrics_in(restated.group(1))
    elif restated and metrics_in(restated.group(1)) and not out.count_unit \
            and all(_counts_things(k) for k in metrics_in(restated.group(2)) or ["-"]):
        # "养车（车辆油费维修保险）预算多少钱": brackets whose only term counts things (车辆) say what
        # the money is spent on, they restate no money item
        out.item = restated.group(1)
        out.metrics = metrics_in(restated.group(1))
    elif restated and metrics_in(restated.group(2)) and len(split_items(restated.group(1))) >= 2 \
            and metrics_in(restated.group(1)) and (asks_sum or _has(q, cues["sum_after_join"])):
        # "人员支出与公用支出合计（基本支出）": the brackets name the sum asked, the items are before them
        out.item = restated.group(1)
        out.metrics = [k for k in out.metrics if k in metrics_in(restated.group(1))]
    elif restated and (metrics_in(restated.group(2))
                       or not metrics_in(restated.group(1)) and not re.search(r"\d", restated.group(1))
                       and re.fullmatch(r"[\u4e00-\u9fff]{2,24}", restated.group(2))
                       and not restated.group(2).endswith(tuple(lex["rules"]["level_words"]))):
        # "开会的钱（会议费）": the document's term in brackets restates the everyday words before it;
        # a body named before them stays ("畜牧兽医服务中心…（一般公共预算拨款）": that body's amount)
        suffixes = unit_suffix_pattern()
        # (every body of a run: "南关区卫健局下面的自强社区卫生服务中心…（事业收入）" is that 中心's)
        body = re.match(rf"(?:[\u4e00-\u9fff]{{2,14}}?(?:{suffixes}))+(?=[\u4e00-\u9fff])", restated.group(1))
        out.item = (body.group(0) if body and len(body.group(0)) >= 4 else "") + restated.group(2)
        out.metrics = [k for k in out.metrics if k in metrics_in(restated.group(2))] or metrics_in(restated.group(2))
    if out.intent not in ("share", "compare_units") and not out.wants_sum and not out.sum_items:
        _split_leading_whole(out)
    if len(out.metrics) == 2 and out.metrics[0] in _parts_of(out.metrics[1]) and any(
            re.search(rf"{re.escape(a)}(?:和|与|及|、)[\u4e00-\u9fff]{{0,8}}?的?{re.escape(b)}", q)
            for a in _aliases_of([out.metrics[0]]) for b in _aliases_of([out.metrics[1]])):
        # "养人和日常运转的基本支出": its parts said before the whole they describe — the whole asked
        out.metrics = [out.metrics[1]]
        out.item = out.metrics[0]
        out.wants_sum = out.asks_sum = False
    return out


def _parts_of(whole: str) -> set[str]:
    """The metrics an identity of metrics.toml lists as parts of ``whole``."""
    return {k for k, parents in _parents().items() if whole in parents}


def _split_leading_whole(q: Question) -> None:
    """"基本支出的日常公用经费": a metric named first that is a whole of the one named after it
    (metrics.toml [[identities]]) says where the part is, as "A中B" does: the item becomes the
    part, the whole its container unless one is named. Nothing changes when the rest names no
    part of it."""
    if len(q.metrics) < 2:
        return
    if len(q.metrics) >= 3:
        # "一般公共服务支出的基本支出公用经费": a whole said right before its part, after the item's
        # class, says which column the part is under; the part names it
        for whole, part in zip(q.metrics[1:], q.metrics[2:]):
            if whole in _parents().get(part, ()) and any(
                    re.search(re.escape(a) + "(?:的|中的|里的)?" + re.escape(b), q.item)
                    for a in _aliases_of([whole]) for b in _aliases_of([part])):
                q.metrics = [k for k in q.metrics if k != whole]
                return
    whole = q.metrics[0]
    alias = next((a for a in sorted(_aliases_of([whole]), key=len, reverse=True) if q.item.startswith(a)), "")
    rest = q.item[len(alias):]
    inside = metrics_in(rest, q.quoted)
    if not alias or len(rest) < 2 or not any(whole in _parents().get(k, ()) for k in inside):
        return
    q.container = q.container or alias
    q.item, q.metrics = rest, [k for k in q.metrics if k in inside]


@lru_cache(maxsize=1)
def _container_pattern() -> re.Pattern:
    c = questions_lexicon()["container"]
    nouns = "|".join(map(re.escape, sorted(c["table_nouns"] + c["document_nouns"] + c["item_nouns"],
                                           key=len, reverse=True)))
    words = "|".join(map(re.escape, sorted(c["words"], key=len, reverse=True)))
    # (a bracket may follow the noun: "贸易高质量发展专项（政策资金）中区级支持总部经济")
    return re.compile(rf"^(.*(?:{nouns})(?:\([^()]*\))?)(?:{words})(?!{'|'.join(c['not_after'])})(?=[\u4e00-\u9fff“\"\d])")


def _ends_item(q: str, noun: str) -> bool:
    """Whether ``noun`` is what is asked: nothing but question words after it (在职人员有多少, not
    在职人员年金是多少)."""
    at = q.find(noun)
    if at < 0:
        return False
    rest = q[at + len(noun):]
    return not re.match(r"[\u4e00-\u9fff]", rest) or rest.startswith(
        tuple(questions_lexicon()["rules"]["item_end_words"]))


def without_left_out(text: str) -> str:
    """``text`` (normalised) without the units or items a bracket leaves out: "（不算广播电视台和时报社）"
    goes whole, "（本级，不含广播电视台和时报社）" keeps "（本级）" ([filler] left_out_words)."""
    left_out = "|".join(map(re.escape, questions_lexicon()["filler"]["left_out_words"]))
    text = re.sub(rf"\((?:{left_out})[^()]{{1,30}}\)", "", norm(text))
    return re.sub(rf"[,，、;；](?:{left_out})[^()]{{1,30}}(?=\))", "", text)


def left_out_names(text: str) -> list[str]:
    """The names a bracket leaves out ("（本级，不含平潭广播电视台和平潭时报社）" → 平潭广播电视台,
    平潭时报社), each of 2+ characters."""
    left_out = "|".join(map(re.escape, questions_lexicon()["filler"]["left_out_words"]))
    said = re.findall(rf"[(,，、;；](?:{left_out})([^()]{{1,30}})(?=\))", norm(text))
    return [name for part in said for name in split_items(part) if len(name) >= 2]


def _term_in_brackets(text: str) -> str:
    """"看病收入（事业收入）": everyday words restated by a standard term in brackets right after them
    (the bracket is a whole metric alias; the four characters before it close with the term's
    head, 收入, and name no metric) are that term."""
    aliases = metric_aliases()

    def term(m: re.Match) -> str:
        inner, words = norm(m.group(2)), m.group(1)
        # the everyday noun the term restates: closing with the term's head (看病收入) or with the
        # money said plainly (看病挣的钱), after the last time word
        # (after the last time word or container word: "基本支出里养人的钱" → 养人的钱, never 出里养人的钱)
        said = re.split(r"[年月]|里面|里|当中|之中", words)[-1][-6:] if words.endswith(("钱", "的钱")) else words[-4:]
        if inner in aliases and (said.endswith(inner[-2:]) or said.endswith("钱")) and not metrics_in(norm(said)) \
                and not re.search("多少|几", said):      # (安排了多少钱（…）: the question's words stay)
            return words[:-len(said)] + inner
        return m.group(0)
    return re.sub(r"([\u4e00-\u9fff]{4,})[（(]([^（）()]{2,12})[）)]", term, text)


def without_described(text: str) -> str | None:
    """``text`` without a bracket that only describes the name before it ("老年福利（高龄老人津贴）"
    → "老年福利"), or None when it holds none: a bracket opening with a qualifier ([rules]
    bracket_qualifier_starts: 不含, 其中 …), naming a level or a basis, or holding a number, stays."""
    rules = questions_lexicon()["rules"]
    starts = tuple(rules["bracket_qualifier_starts"])

    def drop(m: re.Match) -> str:
        inner = m.group(1)
        if inner.startswith(starts) or inner in rules["bracket_qualifiers"] or re.search(r"\d", inner) \
                or len(re.findall(r"[\u4e00-\u9fff]", inner)) < 2 or inner in rules["levels"]:
            return m.group(0)
        return ""
    out = re.sub(r"(?<=[\u4e00-\u9fff])[（(]([^（）()]{2,16})[）)]", drop, text)
    return out if out != text else None


def bracket_named(text: str) -> str | None:
    """``text`` with the everyday words before a bracket replaced by the bracket's name ("2014年给村里
    （村委会和村党支部）的补助" → "2014年村委会和村党支部的补助"), or None when no bracket names the
    item that way (4+ characters, or a term the lexicon knows: 货物; not a qualifier: [rules] bracket_qualifiers / bracket_qualifier_starts)."""
    rules = questions_lexicon()["rules"]
    starts = tuple(rules["bracket_qualifier_starts"])
    whole = set(rules["bracket_qualifiers"])
    said = norm(text)
    kinds = {w for ks in questions_lexicon()["container"].get("kinds", {}).values() for w in ks}
    for m in re.finditer(r"([^()、,，。?？和与及\d年]{1,10})\(([^()]{2,})\)", said):
        name = m.group(2)
        if len(name) < 4 and name not in kinds and not metrics_in(name):
            continue            # ("买东西（货物）": a short name only when the lexicon knows it)
        if name.startswith(starts) or name in whole or not CJK.search(name) or re.search(r"\d", name) \
                or name.endswith(tuple(rules["bracket_example_ends"])) \
                or re.fullmatch(questions_lexicon()["filler"]["described_in_brackets"], f"({name})"):
            continue
        return said[:m.start()] + name + said[m.end():]
    return None


def split_items(text: str, brackets_restate: bool = True) -> list[str]:
    """The items of "A、B和C" (``[intent] sum_joiners``), each of 2+ characters. A name holding a
    joiner (a metric alias or ``joined_terms``: 商品和服务支出, 对个人和家庭的补助) stays whole;
    "日常办公(商品和服务)" is the standard term in brackets, which restates the words before it
    (``brackets_restate=False``: the brackets stay as written, "人员经费支出(项级科目)")."""
    cues = questions_lexicon()["intent"]
    joiners = cues["sum_joiners"]
    text = norm(text)
    if brackets_restate:
        text = re.sub(r"[^()、,和与及\d年]{1,10}\(([^()]{2,})\)", lambda m: m.group(1), text)
    text, restore = _hold(text, {a for a in metric_aliases() if any(j in a for j in joiners)}
                          | set(cues.get("joined_terms", [])))
    parts = re.split("|".join(map(re.escape, joiners)), text)
    return [r for r in (restore(p) for p in parts) if len(r) >= 2]


def _items_share_head(items: list[str]) -> list[str]:
    """"政府采购货物和服务": a bare item after one named with a metric takes that metric's head when
    the two make a narrower metric of it (服务 → 政府采购服务); other items stay as written."""
    aliases = metric_aliases()
    heads = [a for a in sorted(aliases, key=len, reverse=True) if len(a) >= 2 and a in items[0]]
    out = items[:1]
    for item in items[1:]:
        if not metrics_in(item):
            head = next((a for a in heads if (k := metrics_in(a + item)) and k != metrics_in(a)
                         and aliases[a] in k[0]), None)
            item = head + item if head else item
        out.append(item)
    return out


def unit_suffix_pattern() -> str:
    """A regex alternation of the endings of a unit's name ([unit_names] generic_suffixes, longest
    first), each not followed by the characters that make it the start of a word (社会, 所得)."""
    names = questions_lexicon()["unit_names"]
    not_before = names.get("suffix_not_before", {})
    alts = []
    for w in sorted(names["generic_suffixes"], key=len, reverse=True):
        after = "".join(map(re.escape, not_before.get(w, [])))
        alts.append(re.escape(w) + (f"(?![{after}])" if after else ""))
    return "|".join(alts)


def _hold(text: str, names: set[str]):
    """``text`` with each of ``names`` (longest first) replaced by a marker no word matches, and the
    function putting them back: names that stay whole while words around them are cut."""
    kept = sorted(names, key=lambda w: (-len(w), w))
    for n, w in enumerate(kept):
        text = text.replace(w, f"\x00{n}\x01")
    return text, lambda t: re.sub("\x00(\\d+)\x01", lambda m: kept[int(m.group(1))], t)


def _count_metric_asked(q: str) -> str | None:
    """The count unit of a count metric whose name closes what is asked and says it counts (…数,
    …量: "年末公务用车保有量是多少" → 辆, metrics.toml gives 车辆 the unit 辆), or None. "公务用车购置"
    names money as well (公务用车购置费): no count unit from it."""
    specs = lexicon.load("metrics")["metrics"]
    endings = tuple(questions_lexicon()["rules"]["count_name_endings"])
    for alias, key in sorted(metric_aliases().items(), key=lambda kv: -len(kv[0])):
        if len(alias) >= 3 and alias.endswith(endings) and _counts_things(key) and alias in q \
                and _ends_item(q, alias):
            return specs[key]["units"][0]
    return None


def _count_units(metric: str) -> list[str]:
    """The units ``metric`` is counted in (metrics.toml), [] for money and percentages."""
    return [u for u in lexicon.load("metrics")["metrics"].get(metric, {}).get("units", []) if u not in ("money", "%")]


def _counts_things(metric: str) -> bool:
    """Whether ``metric`` counts things (its units in metrics.toml are neither money nor %)."""
    units = lexicon.load("metrics")["metrics"].get(metric, {}).get("units", ["money"])
    return not {"money", "%"} & set(units)


def _without_basis(text: str) -> str:
    """``text`` without basis words (当年预算执行数 → "")."""
    words = [w for w, _ in lexicon.load("metrics")["basis"]["words"]] + ["当年", "本年", "年度"]
    for w in sorted(words, key=len, reverse=True):
        text = text.replace(w, "")
    return text


def _short_years(text: str, lex: dict) -> str:
    """A year written with two digits as four ("19年平潭全区…" → 2019年…): 00–49 only, not after a
    word counting years nor before one that is no year ([rules] short_year_not_after / _not_before)."""
    rules = lex["rules"]
    after = re.compile("(?:%s)$" % "|".join(map(re.escape, rules["short_year_not_after"])))
    before = tuple(rules["short_year_not_before"])

    def year(m: re.Match) -> str:
        if after.search(text[:m.start()]) or text.startswith(before, m.end()):
            return m.group(0)
        return "20" + m.group(1)
    return re.sub(r"(?<![\d.])([0-4]\d)(?=年)", year, text)


def _after_premise(q: str, at: int) -> int:
    """Where the question after a premise opens in ``q`` (the premise cut at ``at``): its 那 ("…多了
    一些，那上一年…"), else the clause after it ("…增加4824.58万元，2017年基本支出为多少")."""
    there = q.find("那", at)
    if there >= 0:
        return there
    stop = re.compile(r"[，,。;；]").search(q, at)
    return stop.end() if stop else at


def _drop_restated_parts(q: Question) -> None:
    """"人员经费和公用经费，也就是基本支出": the parts said before a total that restates them
    (metrics.toml identities) leave the item and metrics; the total is asked."""
    for identity in lexicon.load("metrics").get("identities", []):
        parts = [k for k in identity["parts"] if k in q.metrics]
        if identity["total"] in q.metrics and parts:
            names = "|".join(map(re.escape, parts))
            joiners = "|".join(map(re.escape, questions_lexicon()["intent"]["sum_joiners"]))
            q.item = re.sub(rf"(?:{names})(?:(?:{joiners})(?:{names}))*", "", q.item)
            q.metrics = [k for k in q.metrics if k not in parts]


def _split_container(q: Question) -> None:
    """"A中B": the item becomes B; metrics named only in A leave the metrics (they say where B is,
    kept in ``container``). Nothing changes when B would be empty or name nothing."""
    m = _container_pattern().match(q.item)
    if not m:
        return
    where, target = m.group(1), q.item[m.end():]
    if len(target) < 2 or any(name in where for name in q.quoted) and len(_without_basis(target)) < 2:
        return              # "“…行政运行（项）”…预算中当年预算执行数": the quoted name is the item
    inside = metrics_in(target, q.quoted)
    asked = [k for k in q.metrics if k in inside] or inside
    q.container, q.item = where, target
    others = [k for k in q.metrics if k not in asked]
    lex = questions_lexicon()["container"]
    if where.endswith(tuple(lex["table_nouns"])) or (where.endswith(tuple(lex["document_nouns"])) and not others):
        q.metrics = asked
        return
    parents = _parents()
    codes = re.findall(r"(?<!\d)\d{5,7}(?!\d)", target)
    specs = lexicon.load("metrics")["metrics"]
    kept = [k for k in others if not any(k in parents.get(b, ()) for b in asked)
            and not any(c.startswith(str(specs.get(k, {}).get("code", "-"))) for c in codes)
            and specs.get(k, {}).get("tier", 2) >= 2]     # a fund in A (一般公共预算…基本支出中) names the table, in container
    q.metrics = asked + kept
    q.container_metrics = kept


def metric_head_split(q: Question) -> Question | None:
    """"政府采购授予小微企业合同金额" read another way: the metric opening the item, followed by
    words of 4+ characters naming no metric, says where the item is (``container``, read in that
    section or table), the item being those words. None when the question is not so (one metric of
    tier 2, a value asked, no container; the words no basis, money word or metric)."""
    if len(q.metrics) != 1 or metric_tier(q.metrics[0]) < 2 or q.intent != "value" or q.container:
        return None
    head = next((a for a in sorted(_aliases_of(q.metrics), key=len, reverse=True) if q.item.startswith(a)), "")
    rest = q.item[len(head):].lstrip("的")
    if not head or len(rest) < 4 or metrics_in(rest) or _without_basis(rest) != rest:
        return None
    return replace(q, container=head, container_metrics=list(q.metrics), item=rest, metrics=[])


def fund_tail_split(q: Question) -> Question | None:
    """"疾病预防控制机构（项）一般公共预算支出" read another way: words of 4+ characters naming no metric,
    followed by a fund's name (and its flow), ask that item where the fund's spending is stated
    (``container``: the fund; a section headed 一般公共预算支出, or its table). None when the question is
    not so (the fund's own total asked, or the words name a metric)."""
    if q.container or q.intent not in ("value", "change") or not q.metrics \
            or any(metric_tier(k) != 1 for k in q.metrics):
        return None
    for fund in sorted(questions_lexicon()["container"].get("fund_prefixes", []), key=len, reverse=True):
        at = q.item.rfind(fund)
        if at <= 0:
            continue
        head, tail = q.item[:at].rstrip("的"), q.item[at:]
        if len(re.findall(r"[\u4e00-\u9fff]", head)) < 4 or metrics_in(head) or _without_basis(head) != head \
                or metrics_in(tail) != q.metrics:
            return None
        return replace(q, container=tail, container_metrics=list(q.metrics), item=head, metrics=[])
    return None


def _split_fund_prefix(q: Question) -> None:
    """"一般公共预算基本支出": the fund says where the item is (``container``), the item is what
    follows when that names a specific metric (tier 2: 基本支出, 三公经费 …); the fund's own metric
    leaves the metrics. Nothing changes for a fund's own totals (一般公共预算财政拨款收入)."""
    specs = lexicon.load("metrics")["metrics"]
    for fund in sorted(questions_lexicon()["container"].get("fund_prefixes", []), key=len, reverse=True):
        at = q.item.find(fund)
        if at > 0 and re.search(r"\((?:类|款|项)\)$", q.item[:at]):
            # "…（款）教师进修（项）一般公共预算支出": a 科目 named by its levels, then the fund its
            # spending is paid from — the fund says where, the 科目 is the item
            q.container, q.item = fund, q.item[:at]
            q.metrics = [k for k in q.metrics if k in metrics_in(q.item)]
            return
        before = [k for k in metrics_in(q.item[:at]) if metric_tier(k) >= 2] if at > 0 else []
        if before and any(q.item[:at].endswith(a) for a in _aliases_of(before)):
            # "“三公”经费公共财政拨款支出": the fund after the item says where it is (the documents'
            # own label); only the item's metric is asked
            q.container = fund
            q.metrics = [k for k in q.metrics if metric_tier(k) >= 2] or before
            return
    for prefix in sorted(questions_lexicon()["container"].get("fund_prefixes", []), key=len, reverse=True):
        at = q.item.find(prefix)
        if at < 0:
            continue
        rest = q.item[at + len(prefix):]
        inside = [k for k in metrics_in(rest) if specs.get(k, {}).get("tier", 2) >= 2]
        if not q.metrics and len(rest) >= 2 and not metrics_in(rest):
            # "（用）财政拨款（发的）退休费": an item the lexicon does not know, paid from the fund — read
            # where the fund is (a 财政拨款基本支出表's 退休费 row); the verb saying so names nothing
            head = q.item[:at]
            verb = next((v for v in questions_lexicon()["container"].get("fund_verbs", []) if head.endswith(v)), "")
            q.container, q.item = prefix, head[:len(head) - len(verb)] + rest
            return
        if len(rest) < 2 or not inside or not any(rest.startswith(a) for a in _aliases_of(inside)):
            # "年末公共预算财政拨款结转结余": the fund inside a term; without it the words make the term
            joined = q.item[:at] + rest
            split = [k for k in metrics_in(joined) if metric_tier(k) >= 2
                     and k not in metrics_in(q.item[:at]) and k not in metrics_in(rest)]
            if at > 0 and rest and split:
                q.container, q.item, q.metrics = prefix, joined, split
            return
        q.container, q.item = prefix, q.item[:at] + rest
        q.metrics = [k for k in q.metrics if k in inside] or inside
        return


@lru_cache(maxsize=1)
def _formal_names() -> re.Pattern:
    """The metrics' own names of three characters or more (基本支出, 人员经费 …), one pattern."""
    return re.compile("|".join(map(re.escape, sorted((a for a in metric_aliases() if len(a) >= 3), key=len, reverse=True))))


def _quotes_part_of_term(text: str, m: re.Match) -> bool:
    """Whether quotes mark part of a standard term ("“三公”经费"): the quoted words and the words
    after the closing quote make a metric's name, so the quotes set off no name of their own."""
    joined = norm(m.group(1) + text[m.end():m.end() + 6])
    return any(joined.startswith(a) and len(a) > len(norm(m.group(1))) for a in metric_aliases())


def _aliases_of(keys: list[str]) -> list[str]:
    """The words naming ``keys`` in questions (their aliases and everyday names)."""
    return [norm(a) for a, k in metric_aliases().items() if k in keys] + [norm(k) for k in keys]


@lru_cache(maxsize=1)
def _parents() -> dict[str, set[str]]:
    """metric → the totals it is a part of, by the identities of metrics.toml (transitively,
    alternatives included: 公务用车运行维护费 → 公务用车购置及运行维护费, 三公经费)."""
    direct: dict[str, set[str]] = {}
    for identity in lexicon.load("metrics").get("identities", []):
        parts = list(identity["parts"]) + [p for alt in identity.get("alternatives", {}).values() for p in alt]
        for part in parts:
            direct.setdefault(part, set()).add(identity["total"])
    out: dict[str, set[str]] = {}
    for metric in direct:
        seen, todo = set(), [metric]
        while todo:
            for parent in direct.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        out[metric] = seen
    return out


def looks_english(text: str) -> bool:
    """True when the text has Latin words and no Chinese characters."""
    return not CJK.search(text) and len(re.findall(r"[A-Za-z]{2,}", text)) >= 2


def has_words(text: str) -> bool:
    """True when the text has at least one letter, digit or Chinese character."""
    return bool(re.search(r"[\w\u4e00-\u9fff]", text or ""))
