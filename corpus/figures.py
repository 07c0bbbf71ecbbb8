"""Figures: every stated amount of a document, from prose and from tables.

What the fields mean (the assistant relies on this):

- ``metric``: canonical key from ``lexicon/metrics.toml`` (e.g. "收入", "支出", "三公经费",
  "公务接待费", "一般公共服务支出", "一般公共预算拨款收入", "绩效目标项目", "车辆", "下属单位") or
  None. Chosen from the label: of the metrics the label names, the most specific tier wins
  (specific > funding source 财政拨款…/一般公共预算拨款… > generic 收入/支出), then the one named
  last, so "“三公”经费公共财政拨款支出" → 三公经费 and "基本支出中的人员经费" → 人员经费.
  Flow-neutral words (一般公共预算拨款, 政府性基金, 国有资本经营) get "收入"/"支出" from the label or,
  failing that, from the sentence's first label. Function-class items below 类 (labels with
  （款）/（项）, "（07项）" or a 5/7-digit code such as "2010301行政运行") have metric None; 类 rows
  (code 201 …) get the class metric. A metric is only given to amounts in its units (money for
  most; 辆 for 车辆/车辆购置数; 个/家 for 下属单位; 个 for 内设机构; 个/项/money for 绩效目标项目);
  % figures ("占99.79%", "完成预算的98.20%") have metric None.
- ``label``: the document's words before the amount, tidied: text after the last list marker,
  "其中", the year and trailing fillers (为/是/安排 …) removed; for a table cell the row name,
  with the function-class code glued in front ("2010601行政运行"). A label made only of basis
  words ("当年预算执行数", "预算", "支出决算") is read as part of the item it follows:
  "<item label>：<words>" (e.g. "“…公益性岗位补贴（项）”：当年预算执行数") with the item's metric;
  a label naming nothing after a colon gets the words before the colon ("收入预算：年初预算数").
  For counts, the words right after the amount name the thing ("设3个内设机构" → "内设机构").
- ``value``/``unit``/``raw``: as stated; ``value_wan`` money in 万元 (Decimal, exact).
- ``change``: signed change on the comparison year, in ``unit`` (增加 +, 减少/下降/减支 −,
  持平/一致 0, also when 持平 has no number); ``change_pct`` signed %; ``change_raw`` the text.
  In templates such as "增长（下降）27.78%" the word outside the brackets gives the sign.
  A change goes to the figure it belongs to: the figure touched last before it in its sentence
  (or in one of the two sentences before) when the change clause names no subject
  ("比2022年增加88.03万元"; amounts in brackets are skipped), else the latest earlier figure in
  the paragraph with the subject's metric ("收入较去年增加809.44万元" → 收入). A money change with
  no such figure becomes its own figure with ``basis`` "变化" and ``value`` = ``change`` = the
  signed change ("主要是基本支出增加88.03万元"), so a lookup by metric can tell it from a stated
  amount. A change amount is never also a plain figure.
- ``year``: the year written in the amount's own clause ("2022年执行数为667.32万元" → 2022,
  "上年…" → document year − 1); years after 比/较/与 are comparison bases, not the figure's year;
  otherwise the document year (table figures: always the document year).
- ``basis``: 预算 / 年初预算 / 全年预算 / 调整预算 / 执行数 / 决算 / 控制数 / 预计 when the clause
  (or the table column header or title) says so ("一般公共预算" does not count), "变化" for
  change-only figures, else None (then the document's kind applies).
- ``reason`` (主要原因是… / 原因是… / 主要是…) and ``purpose`` (主要用于…): text up to the next
  "；", "。" or list marker (a reason also stops at "，主要用于"), given to the figure touched last
  before it in the sentence, else to the figure of the metric its clause names, else to the last
  figure of the previous sentence.
- ``span``: the sentence (prose; wrapped PDF lines joined) or the rendered row (table, as in
  the table-row passage); ``start``/``end`` are offsets in ``Document.text``; ``section`` the
  heading path joined by " > "; ``page`` from page_at (table: the row's page).
- ``role``: amount / change / count / share / percent / unknown (see models.Figure): a change
  clause gives a figure of role "change" (never "amount"); a % after 占/比重 ([roles] of
  metrics.toml) is a "share", another % a "percent"; table cells are amounts.
- ``source``: "text" or "table"; ``column``: the table column header (tables only; the metric
  of a table figure names its ROW, the column says which part — 合计/基本支出/项目支出 …).

Formula operands ("210043元×12月=") and codes in brackets ("（01项）") are not figures; unfilled
template text (××× 万元, "费万元") gives none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from . import lexicon
from . import flat_templates, numbers, sections, tables
from .models import Document, Figure, Span, default_role

# --------------------------------------------------------------------------- lexicon access

_QUOTES = str.maketrans("", "", "“”\"\"「」『』‘’' \t\u3000")


def squash(text: str) -> str:
    """Text for matching: normalised digits, no spaces, no quotes."""
    return numbers.normalize(text).translate(_QUOTES)


@lru_cache(maxsize=1)
def _lex() -> dict:
    return lexicon.load("metrics")


@lru_cache(maxsize=1)
def _aliases() -> list[tuple[str, str, int]]:
    """(alias, metric key, tier) triples, longest alias first. A flow-neutral alias X also yields
    X+收入 / X+支出 variants (→ "<key>收入" / "<key>支出"); bare X keeps the base key."""
    flows = _lex()["flow"]
    triples = []
    for key, spec in _lex()["metrics"].items():
        tier = spec.get("tier", 2)
        for alias in dict.fromkeys([key, *spec.get("aliases", [])]):
            alias = squash(alias)
            triples.append((alias, key, tier))
            if spec.get("flow"):
                for words, flow in ((flows["income"], "收入"), (flows["spending"], "支出")):
                    triples += [(alias + squash(w), key + flow, tier) for w in words]
    return sorted(triples, key=lambda p: len(p[0]), reverse=True)


@lru_cache(maxsize=1)
def _alias_names() -> frozenset[str]:
    """Every metric alias of the lexicon, squashed (a name that is one item whole)."""
    return frozenset(alias for alias, _, _ in _aliases())


@lru_cache(maxsize=1)
def _by_code() -> dict[str, str]:
    return {spec["code"]: key for key, spec in _lex()["metrics"].items() if spec.get("code")}


def metric_units(key: str | None) -> list[str]:
    """Units an amount of metric ``key`` may have ("money" stands for 元/万元/亿元)."""
    if key is None:
        return ["money"]
    spec = _lex()["metrics"].get(key) or _lex()["metrics"].get(key[:-2]) or {}
    return spec.get("units", ["money"])


def unit_fits(key: str | None, unit: str) -> bool:
    """Whether an amount in ``unit`` can be a value of metric ``key``."""
    allowed = metric_units(key)
    return unit in allowed or "money" in allowed and unit in numbers.MONEY_FACTORS_TO_WAN


_SUB_CLASS = re.compile(r"[（(]\s*\d*\s*(款|项)[）)]")
# a 款/项 function code anywhere in a label ("（科目编码：2013399）其他宣传事务支出")
_SUB_CODE = re.compile(r"(?<![\d.．])(?:\d{5}|\d{7})(?![\d.．])")
_CODE = re.compile(r"^\[?(\d{3}(?:\d{2}){0,2})\]?(?![\d年月.．、])")


@lru_cache(maxsize=65536)
def alias_after_other_name(text: str, at: int, alias: str) -> bool:
    """Whether ``alias`` found at ``at`` of ``text`` closes another name ([phrases] alias_not_after:
    事业运行经费 is the class 事业运行, not 机关运行经费's alias 运行经费)."""
    return text[:at].endswith(tuple(_lex()["phrases"].get("alias_not_after", {}).get(alias, [])))


def match_metric(label: str, context: str = "") -> str | None:
    """Canonical metric key named by ``label`` (see module docstring), or None.

    Every alias occurrence is found; occurrences inside a longer one are dropped; the one ending
    last wins. ``context`` (the sentence head) decides 收入/支出 for a bare flow-neutral word.
    """
    text = squash(label)
    # "年末公共预算财政拨款结转结余": the carry-over of one fund is still a carry-over, not the fund
    text = re.sub(r"(年末|年初)[^年]{0,12}?(?:拨款|预算|基金|财政)(结转和?结余)$", r"\1\2", text)
    # "住房保障（类）支出": the class's level mark inside its name (住房保障支出)
    text = re.sub(r"[（(]类[）)](?=(?:支出|收入)?$)", "", text)
    code = _CODE.match(text)
    if code and len(code.group(1)) > 3 or _SUB_CLASS.search(text) or _SUB_CODE.search(text):
        return None
    if code and code.group(1) in _by_code():
        return _by_code()[code.group(1)]
    hits = []
    for alias, key, tier in _aliases():
        at = text.find(alias)
        while at >= 0:
            hits.append((at, at + len(alias), key, tier))
            at = text.find(alias, at + 1)
    hits = [h for h in hits if not any(o[0] <= h[0] and h[1] <= o[1] and (o[1] - o[0]) > (h[1] - h[0])
                                       for o in hits)]
    hits = [h for h in hits if not alias_after_other_name(text, h[0], text[h[0]:h[1]])]
    if not hits:
        return None
    start, end, key, tier = max(hits, key=lambda h: (h[3], h[1], h[1] - h[0]))
    if text[:start].endswith(tuple(_lex()["phrases"].get("residual_words", []))):
        return None     # "临时人员及其他人员支出": what is left of a group (其他人员支出), never the metric
                        # itself (其他收入, a metric of its own, is matched whole as its own alias)
    if code and code.group(1).startswith("3") and start > code.end():
        return None     # an economic class's row naming more than the metric (303离退休人员经费) is
                        # that class, never 人员经费 (303对个人和家庭的补助 is the metric)
    # overlapping names of the same metric are one name ("财政总收入" + "收入预算" in 财政总收入预算)
    start = min([h[0] for h in hits if h[2] == key and h[0] < end and h[1] > start] + [start])
    if tier == 0 and not _plain_total(text[:start]):
        # a qualifier running into the name ("本部门收入预算": 本 + 部门收入预算)
        straddle = [k for q in _lex()["generic_total"]["qualifiers"] for k in range(1, len(q))
                    if text[:start].endswith(q[:k]) and text[start:].startswith(q[k:])
                    and _plain_total(text[:start - k])]
        start -= max(straddle, default=0)
    if tier == 0 and not _plain_total(text[:start]):
        return None     # 一般预算收入 / 基金支出: a generic total word after a qualifier names a part
    if _lex()["metrics"].get(key, {}).get("flow"):
        ctx = squash(context)
        has_in, has_out = "收入" in ctx, "支出" in ctx
        if has_in != has_out:
            return key + ("收入" if has_in else "支出")
    return key


def _plain_total(before: str) -> bool:
    """Whether the words before a generic total word (收入/支出) leave it the document's total:
    nothing, years, basis words or the words of [generic_total] in metrics.toml."""
    t = _YEAR.sub("", before)
    t = re.sub(r"^[\d（）()、.．一二三四五六七八九十]+", "", t)
    if t.endswith(tuple(_lex()["generic_total"]["unit_suffixes"])) \
            and not t.endswith(tuple(_lex()["generic_total"].get("inner_bodies", []))) \
            and not t.endswith(tuple(_lex()["generic_total"].get("service_words", []))):
        return True     # the unit's own name: "…公安局收入预算" (not its 工会's)
    for word in sorted(_lex()["generic_total"]["qualifiers"] + [w for w, _ in _lex()["basis"]["words"]],
                       key=len, reverse=True):
        t = t.replace(squash(word), "")
    return not t


# --------------------------------------------------------------------------- paragraphs

_MARKER = re.compile(r"^\s*(（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、|"
                     r"[\d０-９]{1,2}\s*(?:[、．]|\.(?![\d０-９]))|第[一二三四五六七八九十]+部分|[①-⑳])")
_END_PUNCT = "。！？!?；;：:"


@dataclass
class _Para:
    """A paragraph with wrapped lines joined: ``text`` and ``offsets[i]`` = offset in the
    document of ``text[i]``."""

    text: str
    offsets: list[int]

    def doc_span(self, start: int, end: int) -> tuple[int, int]:
        if start >= len(self.offsets):
            return self.offsets[-1] + 1, self.offsets[-1] + 1
        return self.offsets[start], self.offsets[max(start, end - 1)] + 1


def paragraphs(text: str) -> list[_Para]:
    """Split ``text`` into paragraphs, joining lines that a PDF wrapped.

    A line break ends a paragraph when the line ends with 。！？；： or is clearly shorter than
    the document's full line width, when the next line starts with a list marker, or at blank
    lines. Otherwise the break is a wrap and is removed (so "增加\n107.62万元" reads whole).
    Numbers that a PDF printed on a line of their own below their sentence are put back into its
    blanks first (see :func:`_fill_blanks`).
    """
    lines: list[tuple[str, list[int]]] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.rstrip()
        lines.append((stripped, list(range(pos, pos + len(stripped)))))
        pos += len(line) + 1
    lines = _fill_blanks(lines)
    widths = [round(_width(l.strip())) for l, _ in lines if _width(l.strip()) >= 15]
    full = max(set(widths), key=lambda w: (widths.count(w), w)) if widths else 0
    paras: list[_Para] = []
    cur_text: list[str] = []
    cur_off: list[int] = []
    for i, (line, offsets) in enumerate(lines):
        cur_text += line
        cur_off += offsets
        nxt = lines[i + 1][0] if i + 1 < len(lines) else ""
        ends = (not line.strip() or not nxt.strip() or line[-1] in _END_PUNCT
                or _width(line.strip()) < 0.85 * full or _MARKER.match(nxt) or nxt.startswith("<<"))
        if ends and cur_text:
            paras.append(_Para("".join(cur_text), cur_off))
            cur_text, cur_off = [], []
    if cur_text:
        paras.append(_Para("".join(cur_text), cur_off))
    return paras


_NUMBER_LINE = re.compile(r"^\s*(?:[\d,.]+%?\s+)*[\d,.]+%?\s*$")
_BLANK = re.compile(r"(?<=[\u4e00-\u9fff）)]) (?=(万元|亿元|元|年|个|家|辆|[。，；、]))")


def _fill_blanks(lines: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """Some PDFs print a sentence's numbers on the next line ("支出总计减少 万元，下降 。" then
    "56.95 1.87%"). When a line holding only numbers follows a line with exactly as many blanks
    of the right kind (a year before 年, an amount before 万元/元, a % before punctuation), the
    numbers go back into the blanks, keeping their own offsets; the number line is dropped."""
    out: list = list(lines)
    for i in range(1, len(out)):
        nums_line, nums_off = out[i]
        if out[i - 1] is None or not _NUMBER_LINE.match(nums_line) or not out[i - 1][0]:
            continue
        line, offsets = out[i - 1]
        tokens = [(m.group(0), m.start()) for m in re.finditer(r"[\d,.]+%?", nums_line)]
        blanks = list(_BLANK.finditer(line))
        if len(blanks) != len(tokens) or not all(_fits(tok, b.group(1)) for (tok, _), b in zip(tokens, blanks)):
            continue
        new_text, new_off, last = [], [], 0
        for (tok, at), b in zip(tokens, blanks):
            new_text.append(line[last:b.start()])
            new_off += offsets[last:b.start()]
            new_text.append(tok)
            new_off += nums_off[at:at + len(tok)]
            last = b.end()
        new_text.append(line[last:])
        new_off += offsets[last:]
        out[i - 1] = ("".join(new_text), new_off)
        out[i] = None
    return [line for line in out if line is not None]


def _fits(token: str, after: str) -> bool:
    if token.endswith("%"):
        return after in "。，；、"
    if after == "年":
        return bool(re.fullmatch(r"(19|20)\d\d", token))
    return after not in "。，；、" and not re.fullmatch(r"(19|20)\d\d", token) or after in ("万元", "元")


def _width(line: str) -> float:
    """Printed width of a line: ASCII characters count half (PDF lines wrap on width)."""
    return len(line) - 0.5 * len(line.encode("ascii", "ignore"))


# (not a decimal point typed as 。 inside an amount: "拨款支出1500。05万元", see numbers.normalize)
_SENT_END = re.compile(r"(?:(?<!\d)。|。(?!\d{1,2}\s*(?:万元|元|亿元|%))|[！？!?])")


_OPENS, _CLOSES = "（([【", "）)]】"
_ITEM_START = re.compile(r"$|[。！？!?]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、")
_LIST_MARK = re.compile(r"[（(【\[][一二三四五六七八九十\d]{1,3}[)）】\]]")     # （二） opens an item of a list


def _depth(piece: str) -> int:
    """Brackets left open in ``piece`` (（ ( [ 【 against ） ) ] 】)."""
    return sum(piece.count(c) for c in _OPENS) - sum(piece.count(c) for c in _CLOSES)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentences of a paragraph as (start, end): split after 。！？, never inside brackets that close
    later ("其他行政专项支出146万元[其中：…35万元。“两违”工作经费30万元…]"), and a sentence that is
    one bracket only joins the one before it ("机关运转经费77万元。（…差旅费10万元…）": its parts)."""
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        if _depth(text[start:m.start()]) > 0 and _depth(text[start:]) <= 0:
            continue
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    out = [(s, e) for s, e in out if text[s:e].strip()]
    joined: list[tuple[int, int]] = []
    for s, e in out:
        lead = len(text[s:e]) - len(text[s:e].lstrip())
        close = _closing(text, s + lead, e) if joined and text[s + lead:s + lead + 1] in _OPENS \
            and not _LIST_MARK.match(text, s + lead) else None
        if close is not None and not _ITEM_START.match(text[close + 1:e].strip()):
            close = None        # "（以合同签订为准）为2319.21万元，…": the bracket opens its own sentence
        if close is None:
            joined.append((s, e))
            continue
        joined[-1] = (joined[-1][0], close + 1)       # the bracket goes with the sentence before it
        if text[close + 1:e].strip():
            joined.append((close + 1, e))
    return joined


def _closing(text: str, at: int, end: int) -> int | None:
    """Index of the bracket closing the one opened at ``at`` (before ``end``), None if none."""
    depth = 0
    for i in range(at, end):
        depth += (text[i] in _OPENS) - (text[i] in _CLOSES)
        if depth == 0:
            return i
    return None


# --------------------------------------------------------------------------- prose figures

_YEAR = re.compile(r"(\d{4})\s*年(?:度)?")


@lru_cache(maxsize=1)
def _comparison_words() -> str:
    """Regex alternation of the comparison words (比 / 较 / 与 / 同 …), longest first, each kept out
    of the words it is part of (合同, 参与, 比重: ``comparison_not_after`` / ``_before``)."""
    years = _lex()["years"]
    after, before = years.get("comparison_not_after", {}), years.get("comparison_not_before", {})
    out = []
    for w in sorted(years["comparison"], key=len, reverse=True):
        pat = re.escape(w)
        if w in after:
            pat = f"(?<![{re.escape(after[w])}])" + pat
        if w in before:
            pat += f"(?![{re.escape(before[w])}])"
        if w in years.get("comparison_needs_base", []):
            pat += f"(?=\\s*(?:{years['comparison_bases']}))"     # 与2025年 / 与上年, never 利用与保护
        out.append(pat)
    return "|".join(out)


@lru_cache(maxsize=1)
def _regexes() -> dict[str, re.Pattern]:
    lx = _lex()
    dirs = "|".join(map(re.escape, numbers.direction_words()))
    comp = _comparison_words()
    prev = "|".join(map(re.escape, sorted(lx["years"]["previous"], key=len, reverse=True)))
    carry = "|".join(map(re.escape, lx["years"]["previous_not_before"]))
    reason = "|".join(map(re.escape, lx["phrases"]["reason"]))
    purpose = "|".join(map(re.escape, lx["phrases"]["purpose"]))
    parts = "|".join(map(re.escape, lx["phrases"]["parts"]))
    flat = "|".join(map(re.escape, sorted(lx["directions"]["flat"], key=len, reverse=True)))
    short = "|".join(map(re.escape, lx["directions"].get("short_up", []) + lx["directions"].get("short_down", [])))
    return {
        # the words right before a change amount: 增加 / 下降了 / 增长（下降）
        "change_tail": re.compile(rf"(?P<dir>(?:{dirs})(?:[（(][^）)]{{1,4}}[）)])?)[了为达约]*$"),
        # a one-character direction right after a comparison: 较上年增 / 比2020年减
        "short_change": re.compile(rf"(?:{comp})(?:\d{{4}}\s*年度?|{prev}|上期)[^，,；;。\d]{{0,8}}?"
                                   rf"(?P<dir>{short})[了为达约]*$"),
        # a comparison phrase: 比2022年预算执行数 / 较去年 / 与2024年预算 / 同比
        "comparison": re.compile(rf"(?:{comp})(?:\d{{4}}\s*年度?|{prev}|上期)?[^，,；;。]*?(?=(?:{dirs})|$)"),
        # a sentence opening with its comparison: 与2014年相比， / 同比， / 较上年，
        "opening_comparison": re.compile(rf"(?:{comp})[^，,；;。\d]{{0,3}}(?:\d{{4}}\s*年度?|{prev})?[^，,；;。\d]{{0,6}}[，,]"),
        "flat": re.compile(rf"(?:{comp})(?:\d{{4}}\s*年度?)?[^，,；;。\d]{{0,20}}?(?:{flat})"),
        "reason": re.compile(rf"(?:{reason})[：:]?"),
        "purpose": re.compile(rf"(?:{purpose})[：:]?"),
        "parts": re.compile(rf"^(?:{parts})[：:，,]?"),
        "prev_year": re.compile(rf"(?<![比较与同])(?:{prev})(?!{carry})"),
        "dirs": re.compile(rf"(?:{dirs})"),
    }


@dataclass
class _Draft:
    """A figure being built from prose."""

    amount: numbers.Amount
    label: str
    metric: str | None
    year: int | None
    basis: str | None
    sent: tuple[int, int]
    para: _Para
    sent_index: int
    change: Decimal | None = None
    change_pct: Decimal | None = None
    change_raw: list[str] = field(default_factory=list)
    reason: str | None = None
    purpose: str | None = None
    is_change: bool = False
    base: "_Draft | None" = None  # the figure a weak label ("预算", "执行数") was read as part of
    role: str = ""                # see Figure.role; "" = from the unit
    is_base: bool = False         # the base amount of a comparison (比2016年决算数37.28万元)
    read_to: int = 0              # end (in the paragraph) of a later sentence its change was read in


def _role(a: numbers.Amount, clause: str) -> str:
    """Role of a stated (not change) number from its clause: a % after 占/比重 is a share, another
    % a rate; money whose clause ends in a change word it could not be read with, or in a stray
    unit word ("…费万2.28元"), or a count whose clause names two count columns (编制数 在职人数 …
    1228人: the numbers ran together), is unknown."""
    words = _lex()["roles"]
    t = squash(clause)
    if a.unit == "%":
        return "share" if any(w in t for w in words["share"]) else "percent"
    if re.search("(?:" + "|".join(map(re.escape, words["change_cues"])) + r")[了约达为]{0,2}$", t):
        return "unknown"
    if t.endswith(tuple(words["stray_units"])):
        return "unknown"
    if a.unit not in ("%", "元", "万元", "亿元") and re.search(
            "(?:" + "|".join(map(re.escape, words.get("count_change_cues", []))) + r")[\u4e00-\u9fff]{0,6}$", t):
        return "unknown"        # 新增公务员2名 / 新增2个教学班: how many were added, not how many there are
    plain = re.sub("|".join(map(re.escape, words.get("run_together_not", []))) or "(?!)", "", t)
    if a.unit not in ("%", "元", "万元", "亿元") and any(
            all(w in plain for w in pair) and plain.index(pair[0]) < plain.rindex(pair[1])
            for pair in words.get("run_together", [])):
        return "unknown"        # the columns in their order (编制数 … 在职人数), not "实有人员编制"
    return ""


def _basis(text: str, nearest: bool = False) -> str | None:
    """The basis the words of ``text`` state ([basis] words, the first listed found); ``nearest``:
    the one closest to the end of ``text`` (a clause's own word before its amount, not a heading's
    glued in front: "…支出决算总体情况说明2025年…支出预算为9.00万元" is 预算)."""
    t = squash(text)
    for word in _lex()["basis"]["ignore"]:
        t = t.replace(word, "|" * len(word))
    if nearest:
        found = [(t.rfind(word) + len(word), len(word), basis) for word, basis in _lex()["basis"]["words"] if word in t]
        return max(found)[2] if found else None
    for word, basis in _lex()["basis"]["words"]:
        if word in t:
            return basis
    return None


def _clause_start(text: str, pos: int, floor: int) -> tuple[int, str]:
    """Start of the clause ending at ``pos`` and the separator before it ('' at ``floor``)."""
    depth = 0
    i = pos - 1
    while i >= floor:
        ch = text[i]
        if ch in "）)]】":
            depth += 1
        elif ch in "（([【":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in "，,；;：:、。":
            return i + 1, ch
        i -= 1
    return floor, ""


_INNER_MARKER = re.compile(r"(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|(?<![\d.])\d{1,2}\s*[、．](?!\d)"
                           r"|(?<![\d.])\d{1,2}\.(?!\d)|[①-⑳])[、.．\s]*")


def _tidy_label(prefix: str) -> str:
    """Label from the words before an amount: text after the last list marker and after the
    last year (when what follows the year still names a metric), without 其中/year/fillers."""
    lx = _lex()["phrases"]
    text = numbers.normalize(prefix).strip()
    text = re.sub(r"^(?:\d[\d,]*\.\d{2}\s+)+(?=[\u4e00-\u9fff])", "", text)   # "420.00 420.00 0.00 作业车辆": a
                                                                            # table row's amounts are no name
    pieces = [p for p in _INNER_MARKER.split(text) if p.strip()]
    text = pieces[-1] if pieces else ""
    years = list(_YEAR.finditer(text))
    if years and years[-1].start() > 0:
        after = text[years[-1].end():]
        if match_metric(after):
            text = after
    text = text.lstrip("[【〔")             # "…25万元[其中农业5万元": the bracket opens an aside
    if text[:1] in "（(" and not re.search(r"[）)]", text):
        text = text[1:]                     # "（其中中楼卫生院经费5万元": an aside's words name its amount
    aside = max(text.rfind("（"), text.rfind("("))
    if aside > 0 and not re.search(r"[）)]", text[aside:]) and re.match(lx["aside_parts"], text[aside + 1:]):
        text = re.sub(lx["aside_parts"], "", text[aside + 1:])   # "综合定额公用经费（含出国经费10万元":
                                                                # the aside's own item (出国经费)
    for word in lx.get("label_conjunctions", []):
        if text.startswith(word) and len(text) - len(word) >= 2:
            text = text[len(word):]         # "…和税收上解支出80万元": the conjunction joins two terms
            break
    text = _regexes()["parts"].sub("", text.strip())
    text = _YEAR.sub("", text).strip()
    text = re.sub(r"^(?:19|20)\d{2}(?=[\u4e00-\u9fff])", "", text)   # "2017本年收入": a year short of its 年
    text = _regexes()["parts"].sub("", text.strip())
    for head in sorted(lx.get("label_head", []), key=len, reverse=True):
        if text.startswith(head) and match_metric(text[len(head):]):
            text = text[len(head):]          # "加上年滚存结余" / "减全年财政总支出" in a balance sum
            break
    changed = True
    while changed and text:
        changed = False
        for tail in sorted(lx["label_tail"], key=len, reverse=True):
            if text.endswith(tail) and len(text) > len(tail):
                text, changed = text[: -len(tail)].rstrip(), True
    return re.sub(r"\s+", "", text)[-60:]


_NUMBERED_HEAD = re.compile(r"(?:^|[。；;\s])[（(]?[一二三四五六七八九十\d]{1,2}[)）.、．]\s*([^。；;，,：:\d]{2,20})。\s*$")
_ITEM = re.compile(r"[^。；;，,、：:“”\"\s]+[（(]\d*类[）)][^。；;，,、：:\s]*?[（(]\d*项[）)]")


def _tier(metric: str) -> int:
    spec = _lex()["metrics"].get(metric) or _lex()["metrics"].get(metric[:-2]) or {}
    return spec.get("tier", 2)


def _is_operand(sentence: str, a: numbers.Amount) -> bool:
    """An amount inside a formula ("210043元×12月=…", "…+85人×72.5元") or a code in brackets
    ("（01项）") is not a stated figure (the result after "=" is)."""
    after = sentence[a.end:].lstrip()
    before = sentence[:a.start].rstrip()
    if after[:1] in ("×", "*", "÷", "+", "＋", "=", "＝") or before[-1:] in ("×", "*", "÷", "+", "＋"):
        return True
    if re.match(r"[XxＸｘ]\s*[\d０-９]", after) or re.search(r"[\d０-９%％]\s*[XxＸｘ]$", before):
        return True     # "16318元 X 12 = 195816": a letter X between numbers multiplies
    return a.unit not in numbers.MONEY_FACTORS_TO_WAN and before[-1:] in "（(" and after[:1] in "）)"


def basis_only(label: str) -> bool:
    """A label made only of basis words and time words ("当年预算执行数", "预算安排", "上年预算数",
    "2025年年初预算数": the year is the column's, read apart)."""
    t = re.sub(r"^(?:(?:19|20)\d{2}年度?|当年|本年度?|全年|今年|年度|上年度?)", "", squash(label))
    for word, _ in _lex()["basis"]["words"]:
        t = t.replace(word, "")
    return bool(squash(label)) and t in ("", "数")     # 调整预算数


def _without_basis_tail(label: str) -> str:
    """``label`` without the basis words closing it ("一般公共预算财政拨款支出年初预算数" → …支出), so
    that another amount of the same item ("决算数为…") takes the item, not the other basis."""
    words = sorted((w for w, _ in _lex()["basis"]["words"]), key=len, reverse=True)
    bare = re.sub("(?:%s)$" % "|".join(map(re.escape, words)), "", label) if words else label
    return bare if len(squash(bare)) >= 2 else label


def _is_weak(label: str) -> bool:
    """A label that names nothing by itself: empty, 其中/合计, or only basis words (年初预算数)."""
    t = squash(label)
    for word, _ in _lex()["basis"]["words"]:
        t = t.replace(word, "")
    t = re.sub(r"^(?:当年|本年度?|全年|今年|年度)", "", t)
    return t in _lex()["phrases"]["weak_labels"] or len(t) <= 1


_INLINE_HEADING = re.compile(r"(?:^|[。；！？\s])[一二三四五六七八九十]{1,2}、\s*((?:19|20)\d\d)\s*年[^。，,；]{0,20}")


def _section_year(doc: Document, offset: int) -> tuple[int, str | None] | None:
    """(year, basis) named by the nearest heading above ``offset`` that names a year, when that is
    one year other than the document's; basis 决算 when the heading says 决算 / 执行."""
    sec = sections.deepest_section(doc.sections, offset)
    # a heading written inline, inside the section's running text (a web page flattened to one
    # line: "…。二、2016年财政收支预算草案2016年…"): the last one before ``offset`` counts first
    inline = list(_INLINE_HEADING.finditer(doc.text or "", sec.start if sec else 0, offset))
    if inline:
        year = int(inline[-1].group(1))
        if doc.year and year != doc.year:
            return year, ("决算" if re.search("决算|执行", inline[-1].group(0)) else None)
        return None
    for title in reversed(sec.path if sec and sec.path else []):
        years = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)\s*年", numbers.normalize(title))}
        if not years:
            continue
        if len(years) == 1 and doc.year and years != {doc.year}:
            return years.pop(), ("决算" if re.search("决算|执行", title) else None)
        if years == {doc.year} and re.search("预算执行情况", title) and not doc.kind.startswith(("预算", "决算")):
            # a report of a year's execution and the next year's draft: "一、2015年财政预算执行情况"
            # holds what was spent, not what was budgeted
            return doc.year, "执行数"
        return None
    return None


def _listed_year(P: "_Paragraph", si: int, sentence: str, at: int, main: str, year: int | None,
                 basis: str | None, doc_year: int | None) -> tuple[int | None, str | None]:
    """The year and basis of an amount listed after another in one sentence, its clause naming no
    year of its own: the year written before the amount listed first ("2016年公务用车购置费决算数0万元，
    公务用车运行费19.11万元" in a 2017 page: both are 2016's 决算), when that amount's basis is
    written too (a year alone may be a slip: "2015年财政预算…2014年财政安排总支出…"). Unchanged when
    the clause names a year or this year ([years] current), another year is written after the
    sentence's first amount, or the amount before it is a change or a comparison's base.
    ``at``: the amount's start in ``sentence``."""
    t = numbers.normalize(main)
    if year != doc_year or _YEAR.search(t) or _regexes()["prev_year"].search(t) \
            or any(w in t for w in _lex()["years"]["current"]):
        return year, basis
    prior = next((d for d in reversed(P.drafts) if d.sent_index == si), None)
    if prior is None or prior.is_change or prior.is_base or prior.role in ("unknown", "share", "percent") \
            or prior.year in (None, doc_year) or prior.basis is None:
        return year, basis
    first = next(d for d in P.drafts if d.sent_index == si)
    said = [int(m.group(1)) for m in _YEAR.finditer(numbers.normalize(sentence[:first.amount.start]))]
    if not said or said[-1] != prior.year or _YEAR.search(numbers.normalize(sentence[first.amount.start:at])):
        return year, basis          # (a year inside a later item's name: "252016年征收安置服务费尾款")
    return prior.year, basis or prior.basis


def _year_of(prefix: str, doc_year: int | None) -> int | None:
    t = numbers.normalize(prefix)
    years = [m for m in _YEAR.finditer(t) if not re.search(r"[比较与同截至止]\s*$", t[: m.start()])]
    years = [m for m in years if not t[m.end():].lstrip().startswith(("月", "-", "—", "至"))] or years[-1:] if years else []
    if years:
        return int(years[-1].group(1))
    if doc_year and _regexes()["prev_year"].search(t):
        return doc_year - 1
    return doc_year


_ASIDE = re.compile(r"[（(][^（）()]*[，,][^（）()]*[）)]")


def _rule_subject(before: str) -> str:
    """The item a sentence opens with before its rule of computation ("2、预算内在职人员养老保险
    按照工资总额的10%定额补助编制" → 预算内在职人员养老保险); "" when it opens with the rule."""
    openers = "|".join(map(re.escape, sorted(_lex()["phrases"]["rule_openers"], key=len, reverse=True)))
    head = re.split(openers, before, maxsplit=1)
    if len(head) < 2:
        return ""
    # only the words after the last list marker ("二、基本支出 1、按照…": item 1 names nothing)
    subject = _tidy_label(re.split(r"[（(]?[一二三四五六七八九十\d]+[）)、.．]", head[0])[-1])
    return subject if re.search(r"[\u4e00-\u9fff]{2}", subject) else ""


def _after_clause_end(prefix: str) -> str:
    """The prefix after the last word that ends a clause ([phrases] clause_final: "…比2017年预算数
    无增减2018年公务用车购置经费预算数" — a full stop lost between two clauses)."""
    ends = [prefix.rfind(w) + len(w) for w in _lex()["phrases"]["clause_final"] if w in prefix]
    at = max(ends, default=0)
    return prefix[at:] if re.search(r"[\u4e00-\u9fff]{2}", prefix[at:]) else prefix


def _without_comparison(prefix: str) -> str:
    """The clause prefix with its comparison phrase (比2022年预算 …) and asides containing a
    comma ("（上一年度，下同）") removed."""
    return _regexes()["comparison"].sub("", _ASIDE.sub("", prefix))


def _comparison_base(prefix: str, doc_year: int | None) -> tuple[int | None, str | None] | None:
    """(year, basis) of an amount written as the base of a comparison ("比2016年决算数37.28万元
    减少…", "较上年12.5万元"): the comparison word opens the words right before the amount, and no
    direction word comes between. None when the amount is not such a base."""
    t = squash(_ASIDE.sub("", prefix))
    m = re.search(rf"(?:{_comparison_words()})([^，,；;。比较与]{{0,16}})$", t)
    if not m or _regexes()["dirs"].search(m.group(1)) or not (_YEAR.search(m.group(1))
                                                                  or _regexes()["prev_year"].search("_" + m.group(1))):
        return None
    tail = m.group(1)
    year = _YEAR.search(tail)
    return (int(year.group(1)) if year else (doc_year - 1 if doc_year else None)), _basis(tail)


def _counts_noun_after(a: numbers.Amount, post: str) -> bool:
    """Whether a count's measure word is followed by the noun it counts ("1家机关", "5个分局"):
    ``[phrases] noun_measures``, a noun not opening with ``not_a_noun``."""
    ph = _lex()["phrases"]
    return bool(post) and a.unit in ph["noun_measures"] and re.match(r"[\u4e00-\u9fff]", post) is not None \
        and not post.startswith(tuple(ph["not_a_noun"]))


def _counts_doers(post: str) -> bool:
    """Whether the noun after a count is followed by an action verb (``[phrases] count_action_verbs``):
    "3个预算单位开展了…" counts the units doing it."""
    return any(v in post for v in _lex()["phrases"]["count_action_verbs"])


def _postfix_label(text: str, end: int) -> str:
    """Words right after a count ("设3个内设机构" → "内设机构")."""
    m = re.match(r"[^\d，,；;。：:（(、的]{1,12}", text[end:])
    if not m:
        return ""
    words = m.group(0).strip()
    if re.match(r"\s*\d", text[end + len(m.group(0)):]):
        # "原有的6辆公务用车保留2辆": 保留 opens the next count's clause
        for verb in sorted(_lex()["phrases"]["next_count_verbs"], key=len, reverse=True):
            if words.endswith(verb) and len(words) > len(verb):
                words = words[:-len(verb)]
                break
    return re.sub(r"[和及与或]+$", "", words)


class _Paragraph:
    """Drafts of one paragraph and the order in which they were last touched (a figure stated,
    a change attached, 持平 noted), which decides where a following reason or purpose goes."""

    def __init__(self, para: _Para, before: "_Paragraph | None" = None) -> None:
        self.budget_changes: set[tuple[int, int]] = set()   # (sentence, end) of changes on the budget
        self.para = para
        self.before = before        # the paragraph before (a change opening this one may be of its figure)
        self.drafts: list[_Draft] = []
        self.touches: list[tuple[int, int, _Draft]] = []  # (sentence index, position, draft)

    def touch(self, si: int, pos: int, d: _Draft) -> None:
        self.touches.append((si, pos, d))

    def last_touched(self, si: int, pos: int) -> _Draft | None:
        here = [t for t in self.touches if t[0] == si and t[1] < pos]
        return max(here, key=lambda t: t[1])[2] if here else None

    def last_amount_touched(self, si: int, pos: int) -> _Draft | None:
        """The last figure touched before ``pos`` that is not a share ("项目支出8,808.16万元，占30.97%，
        主要用于…": the use is the amount's, the share only says how much of the whole it is)."""
        here = [t for t in self.touches if t[0] == si and t[1] < pos]
        last = max(here, key=lambda t: t[1])[2] if here else None
        if last is None or last.role != "share":
            return last
        amounts = [t for t in here if t[2].role in ("", "amount") and t[2].amount.unit != "%" and not t[2].is_change]
        return max(amounts, key=lambda t: t[1])[2] if amounts else last

    def spoken_of_before(self, si: int) -> _Draft | None:
        """The one figure the sentence before ``si`` spoke of without stating an amount of its own
        ("…本年财政拨款支出2,147.20万元，年末…结余9.85万元。本年财政拨款支出比上年增加143.65万元，增长7.17%。
        与年初预算相比，年初预算数1,933.30万元": the comparison goes on with 本年财政拨款支出), else None."""
        here = {id(t[2]): t[2] for t in self.touches if t[0] == si - 1}
        if len(here) != 1 or any(d.sent_index == si - 1 for d in self.drafts):
            return None
        return next(iter(here.values()))

    def last_in_sentence(self, si: int) -> _Draft | None:
        here = [t for t in self.touches if t[0] == si]
        return max(here, key=lambda t: t[1])[2] if here else None


@dataclass
class _Group:
    """A distributive clause ("收、支总计各是4125.49、4143.91万元"): ``subjects`` paired in order with
    ``amounts`` (offsets in the sentence); ``verb`` an amount verb or a direction word; ``span`` the
    number list's [start, end) in the sentence; ``before`` the clause's words before the subjects."""

    subjects: list[str]
    verb: str
    amounts: list[numbers.Amount]
    span: tuple[int, int]
    before: str


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d.])|\d+(?:\.\d+)?"
@lru_cache(maxsize=1)
def _list_unit() -> str:
    """The units a distributive list's numbers may carry: money, %, or a count noun of the lexicon."""
    counts = sorted(lexicon.load("metrics")["units"]["counts"], key=len, reverse=True)
    return r"亿\s*元|万\s*元|万(?![\u4e00-\u9fff])|元|%|" + "|".join(map(re.escape, counts))


@lru_cache(maxsize=1)
def _distributive_re() -> re.Pattern:
    lx = _lex()["distributive"]
    alt = lambda words: "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    verbs = alt(lx["amount_verbs"] + numbers.direction_words())
    comp = _comparison_words()
    item = rf"(?:{_NUM})\s*(?:{_list_unit()})?"
    return re.compile(rf"(?P<mark>{alt(lx['markers'])})(?:(?:{comp})[^，,；;。\d]{{0,12}}?)?(?P<verb>{verbs})?"
                      rf"[了约]?\s*(?P<list>{item}(?:\s*(?:{alt(lx['joiners'])})\s*{item})*)")


def _subjects(text: str, count: int | None) -> list[str] | None:
    """The ``count`` subjects a distributive clause names ("收、支总计" → 收入总计, 支出总计;
    "基本支出和项目支出" → both), or None when they cannot be paired with ``count`` numbers
    (``count`` None: any number of subjects from two, all sharing one number)."""
    lx = _lex()["distributive"]
    text = _tidy_label(text)
    parts = [p for p in re.split("、", text) if p]
    abbr = lx["abbreviations"]
    if len(parts) == 1 and len(parts[0]) >= 3 and parts[0][0] in abbr and parts[0][1] in abbr \
            and parts[0][0] != parts[0][1]:
        parts = [parts[0][0], parts[0][1:]]     # "收支总计各减少76.90万元": 收入总计 and 支出总计
    lead = ""
    if len(parts) == 2 and len(parts[0]) > 1 and parts[0][-1] in abbr and parts[1][:1] in abbr:
        lead, parts = parts[0][:-1], [parts[0][-1], parts[1]]   # "财政拨款收、支总计": words both share
    flows = sorted(abbr.values(), key=len, reverse=True)
    first = next((f for f in flows if len(parts) == 2 and parts[0].endswith(f) and len(parts[0]) > len(f)), None)
    other = next((f for f in flows if first and f != first and parts[1].startswith(f)), None)
    if first and other:
        # "财政拨款收入、支出决算总计": the words before the first flow word and after the second are both's
        lead, parts = parts[0][:-len(first)], [first, parts[1]]
    count = count or len(parts)
    if len(parts) < count and parts:
        others = "|".join(map(re.escape, sorted(set(lx["joiners"]) - {"、", "，", ","}, key=len, reverse=True)))
        last = [p for p in re.split(others, parts[-1]) if p]
        if len(parts) - 1 + len(last) == count and all(match_metric(p) for p in last[:-1]):
            parts = parts[:-1] + last
    if len(parts) != count or count < 2:
        return None
    width = len(parts[0])
    if width <= 2 and all(len(p) == width for p in parts[:-1]) and len(parts[-1]) > width:
        heads, suffix = parts[:-1] + [parts[-1][:width]], parts[-1][width:]   # 收、支总计
    else:
        heads, suffix = parts, ""
    return [lead + lx["abbreviations"].get(h, h) + suffix for h in heads]


def _distributive(sentence: str) -> list[_Group]:
    """Distributive clauses of a sentence; a clause naming no subject ("，各下降23.51%、38.28%")
    takes the subjects of the one before it."""
    norm = numbers.normalize(sentence)
    groups: list[_Group] = []
    for m in _distributive_re().finditer(norm):
        items = list(re.finditer(rf"(?P<num>{_NUM})\s*(?P<unit>{_list_unit()})?", m.group("list")))
        units = {numbers.canonical_unit(i.group("unit")) for i in items if i.group("unit")}
        if len(units) != 1 or not items[-1].group("unit"):
            continue
        unit = units.pop()
        cut = max(norm.rfind(c, 0, m.start()) for c in "，,；;。：:") + 1
        named = norm[cut:m.start()]
        # "与上年相比收、支预算总额各增加…": the comparison before the subjects names none of them
        named = re.sub(_lex()["distributive"]["comparison_lead"], "", named)
        alone = len(items) == 1
        if alone and m.group("mark") not in _lex()["distributive"]["same_value_markers"]:
            continue
        if m.group("verb") is None and not (alone and m.start("list") == m.end("mark")):
            continue    # no verb: only "…总计各5,915.02万元", one amount right after the marker
        subjects = _subjects(named, None if alone else len(items)) if named.strip() \
            else (groups[-1].subjects if groups else None)
        if not subjects or len(subjects) != len(items) and not alone:
            continue
        base = m.start("list")
        amounts = [numbers.Amount(Decimal(i.group("num").replace(",", "")), unit,
                                  sentence[base + i.start():base + i.end()], base + i.start(), base + i.end())
                   for i in items] * (len(subjects) if alone else 1)
        groups.append(_Group(subjects, m.group("verb") or "", amounts, (base, m.end("list")), named))
    return groups + [g for g in _joint(sentence, norm) if not any(o.span[0] <= g.span[0] < o.span[1] for o in groups)]


def _joint_re() -> re.Pattern:
    lx = _lex()["distributive"]
    alt = lambda words: "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    first, second = list(lx["abbreviations"])[:2]      # 收、支, in the lexicon's order
    return re.compile(rf"{re.escape(first)}、?{re.escape(second)}(?P<suffix>{lx['joint_suffix']})"
                      rf"(?P<verb>{alt(lx['amount_verbs'])})?[了约]?\s*(?P<list>(?:{_NUM})\s*(?:{_list_unit()}))"
                      rf"(?!\s*(?:{alt(lx['joiners'])})\s*(?:{_NUM}))")


def _joint(sentence: str, norm: str) -> list[_Group]:
    """Both flows named by their abbreviations before one amount ("2025年度收、支总计4,364.13万元"):
    one group whose subjects (收入总计, 支出总计, with the words before them: 财政拨款收入总计 …)
    share the amount."""
    lx = _lex()["distributive"]["abbreviations"]
    groups = []
    for m in _joint_re().finditer(norm):
        item = re.match(rf"(?P<num>{_NUM})\s*(?P<unit>{_list_unit()})", m.group("list"))
        cut = max(norm.rfind(c, 0, m.start()) for c in "，,；;。：:") + 1
        named = norm[cut:m.start()]
        lead = re.sub(_lex()["distributive"]["comparison_lead"], "", named)
        subjects = [_tidy_label(lead + full + m.group("suffix")) for full in list(lx.values())[:2]]
        base = m.start("list")
        amount = numbers.Amount(Decimal(item.group("num").replace(",", "")), numbers.canonical_unit(item.group("unit")),
                                sentence[base + item.start():base + item.end()], base + item.start(), base + item.end())
        groups.append(_Group(subjects, m.group("verb") or "", [amount, amount], (base, m.end("list")), named))
    return groups


def _group_drafts(doc: Document, P: "_Paragraph", g: _Group, s0: int, s1: int, si: int, sentence: str) -> None:
    """Figures of a distributive clause: amounts, or changes hung on each subject's figure."""
    head = re.sub(r"^\s*(?:\d{4}年度?)?", "", sentence)     # "2025年度政府性基金预算财政拨款收入…": its fund
    for subject, a in zip(g.subjects, g.amounts):
        fund = _fund_subject(head, subject)
        subject = fund + squash(subject) if fund else subject
        if numbers.direction(g.verb) is not None:
            _attach_change(doc, P, a, subject + g.verb, g.verb, s0, si, sentence)
            continue
        metric = match_metric(subject)
        if metric and not unit_fits(metric, a.unit):
            metric = None
        d = _Draft(a, subject, metric, _year_of(g.before, doc.year), _basis(g.before), (s0, s1), P.para, si)
        d.role = _role(a, subject + g.verb)
        P.drafts.append(d)
        P.touch(si, a.start, d)


def _fund_subject(head_label: str, label: str) -> str:
    """The fund a list's first label names ("公共预算财政拨款年初结转结余") when ``label`` is one of the
    bare totals after it (本年收入 / 本年支出: that fund's, [phrases] in metrics.toml); else ""."""
    phrases = _lex()["phrases"]
    if squash(label) not in phrases.get("fund_list_terms", []):
        return ""
    head = squash(head_label)
    return next((f for f in sorted(phrases.get("fund_subjects", []), key=len, reverse=True)
                 if head.startswith(f)), "")


def _prose_drafts(doc: Document) -> list[_Draft]:
    rx = _regexes()
    drafts: list[_Draft] = []
    previous: list[_Draft] = []  # drafts of the paragraph before (a weak label may refer to them)
    prev_text = ""
    P: _Paragraph | None = None
    for para in paragraphs(doc.text):
        text = para.text
        P = _Paragraph(para, P)
        for si, (s0, s1) in enumerate(_sentences(text)):
            sentence = text[s0:s1]
            amounts = numbers.find_amounts(sentence)
            head_label = ""
            prev_end = 0
            groups = _distributive(sentence)
            # each list is read where it stands: a change it states hangs on the amounts before it
            # ("收入预算总计68,436.50万元，…，收、支预算总计各增加3,604.20万元")
            pending = sorted(groups, key=lambda g: g.span[0])
            for a in [*amounts, None]:
                while pending and (a is None or pending[0].span[0] <= a.start):
                    _group_drafts(doc, P, pending.pop(0), s0, s1, si, sentence)
                if a is None:
                    break
                if any(g.span[0] <= a.start < g.span[1] for g in groups):
                    prev_end = max(prev_end, a.end)
                    continue
                cs, sep = _clause_start(sentence, a.start, prev_end)
                prefix = sentence[cs:a.start]
                if _is_operand(sentence, a):
                    continue
                floor, prev_end = prev_end, a.end
                if prefix.rstrip().endswith(("=", "＝")):  # result of a formula: label before it
                    prefix = re.split(r"[\d×＋+]", prefix, maxsplit=1)[0]
                tail = rx["change_tail"].search(squash(prefix)) or rx["short_change"].search(squash(prefix))
                if tail:
                    _attach_change(doc, P, a, prefix, tail.group("dir"), s0, si, sentence)
                    continue
                if re.fullmatch(r"\s*[）)]\s*", prefix):
                    # "综合定额公用经费（含出国经费10万元）1275万元": the name before the aside
                    opened = max(sentence.rfind("（", 0, cs), sentence.rfind("(", 0, cs))
                    if opened > 0:
                        prefix = sentence[_clause_start(sentence, opened, 0)[0]:opened]
                main = _without_comparison(_after_clause_end(prefix))
                label = _tidy_label(main)
                if label in _lex()["phrases"]["computed_labels"] and cs > 0:
                    label = _rule_subject(sentence[:cs]) or label
                metric_text = label
                if a.unit not in numbers.MONEY_FACTORS_TO_WAN and a.unit != "%":
                    post = _postfix_label(sentence, a.end)
                    if post and match_metric(post):
                        label = metric_text = post
                    elif _counts_noun_after(a, post):
                        label, metric_text = post, ""     # 下属1家机关: 机关 are counted, not 下属单位
                    if post and _counts_doers(post):
                        metric_text = ""                  # 3个预算单位开展了…: those doing it
                metric = match_metric(metric_text, head_label)
                before = P.last_touched(si, a.start)      # (not a distributive clause's later in it)
                if before is not None and not before.is_change and not _is_weak(before.label) and (
                        not label and (sep == "、" or sep in ",，" and before.amount.unit != a.unit)
                        and not a.is_money and a.unit != "%"
                        and not before.amount.is_money and before.amount.unit != "%"
                        or squash(label) in _lex()["phrases"]["generic_amounts"] and (metric is None or _tier(metric) == 0)):
                    # "国内公务接待12批次、85人次，支出1.20万元": the count after 、 and the bare
                    # "支出" after it are the same item's (公务接待 人次, 公务接待支出)
                    root = before.label.split("：")[0]
                    flows = ("收入", "支出")
                    if squash(label) in flows and root.endswith(flows):
                        root = root[:-2]    # "…拨款收入85.00万元，支出85.00万元": the same fund's 支出
                    label = root + label
                    metric = match_metric(label)
                    metric_text = label
                if metric is None and sep in "：:" and squash(label) in _lex()["phrases"]["colon_verbs"]:
                    label = ""          # "事业运行（项）：安排444.97万元": the verb names nothing
                if metric is None and sep in "：:" and cs > 0 and _is_weak(label):
                    subject_start, _ = _clause_start(sentence, cs - 1, floor)
                    subject = _tidy_label(sentence[subject_start:cs - 1])
                    if subject and (match_metric(subject) or not label):
                        label = f"{subject}：{label}" if label else subject
                        metric = match_metric(subject, head_label)
                        main = _without_comparison(sentence[subject_start:cs - 1]) + main  # its year, basis
                if squash(label).startswith(tuple(_lex()["phrases"]["relates"])) and cs > 0:
                    cs0, _ = _clause_start(sentence, cs - 1, 0)
                    metric = match_metric(sentence[cs0:cs - 1], head_label) or metric
                if (metric is None and (not label or basis_only(label)) or metric is not None and _tier(metric) == 0) \
                        and si > 0:
                    # "3.公务接待费。2023年度支出预算为3.50万元…": a numbered head naming an item, the
                    # sentence right after it saying only 支出 (or only 预算数): that item's
                    head = _NUMBERED_HEAD.search(text[:s0])
                    named = match_metric(head.group(1)) if head else None
                    if named is not None and _tier(named) >= 2:
                        label, metric = f"{head.group(1)}：{label}" if label else head.group(1), named
                base = None
                if (not label or basis_only(label)) and (metric is None or _tier(metric) == 0):
                    # "2022年执行数为1.48万元" after an item: read as part of that item; a generic
                    # metric word ("支出决算") only within the same sentence
                    pool = previous + P.drafts if metric is None else [d for d in P.drafts if d.sent_index == si]
                    spoken = P.spoken_of_before(si) if metric is None else None
                    if spoken is not None and all(d.label.split("：")[0] == spoken.label
                                                  for d in P.drafts if d.sent_index == si):
                        pool = pool + [spoken]
                    base = next((d for d in reversed(pool) if not d.is_change and d.base is None
                                 and d.amount.unit == a.unit and not _is_weak(d.label)
                                 and squash(d.label) not in _lex()["phrases"]["adjustment_labels"]
                                 and not _INNER_MARKER.search(sentence[d.amount.end if d.sent_index == si else 0:a.start])),
                                None)
                    before = (prev_text + text[:s0 + a.start])[-300:]
                    items = list(_ITEM.finditer(before))
                    if base is not None and (base.sent_index != si or base not in P.drafts) and items \
                            and base.amount.raw not in before[items[-1].end():]:     # (an earlier paragraph's)
                        base = None     # an item named after that amount, without one of its own:
                                        # "其中：1、…行政单位离退休（项）。…年初预算为…"
                    if base is not None:
                        root = _without_basis_tail(base.label.split("：")[0])    # (…支出年初预算数 → …支出)
                        label, metric = f"{root}：{label}" if label else root, base.metric
                    elif items:  # an item named without an amount: "…行政运行（项）。…年初预算为…"
                        label, metric = f"{items[-1].group(0)}：{label}" if label else items[-1].group(0), None
                fund = _fund_subject(head_label, label)
                if fund:
                    label = fund + squash(label)
                    metric = match_metric(label, label)
                if metric is None and a.is_money and re.fullmatch(_lex()["phrases"]["section_total"], squash(label)):
                    # "二、基本支出 1、…81.6万元。2、…8.16万元。三项合计93.02万元。": the section's total
                    heading = section_path(doc, para.doc_span(s0 + a.start, s0 + a.end)[0]).split(" > ")[-1]
                    metric = match_metric(re.sub(r"^[一二三四五六七八九十\d]+[、.．]\s*", "", heading))
                    label = f"{heading}：{label}" if metric else label
                if metric and not unit_fits(metric, a.unit):
                    metric = None  # 0台 is not 车辆, a % is not the metric's amount
                if not head_label:
                    head_label = label
                year, basis = _year_of(main, doc.year), _basis(main, nearest=True)
                joined = P.last_in_sentence(si)
                if year == doc.year and joined is not None and joined.year not in (None, doc.year) \
                        and not joined.is_change and sentence[joined.amount.end:a.start].lstrip().startswith("、") \
                        and not _YEAR.search(numbers.normalize(main)):
                    # "上年基本支出1,102.02万元、项目支出1,533.80万元": an item joined by 、 to one of
                    # another year is of that year too
                    year = joined.year
                elif year == doc.year and not _YEAR.search(numbers.normalize(main)) \
                        and not _regexes()["prev_year"].search(numbers.normalize(main)):
                    # no year in the clause: a heading naming another year holds that year's
                    # figures ("四、2015年决算收支总体情况" in a 2016 budget)
                    # (an inline heading before the amount in its own sentence counts too: "…800万元
                    # 三、2018年度预计支出：6941.88万元 1.基本支出：1189.95万元…")
                    held = _section_year(doc, para.doc_span(s0 + a.start, s0 + a.end)[0])
                    if held is not None:
                        year, basis = held[0], basis or held[1]
                compared = _comparison_base(prefix, doc.year)
                if compared is not None:      # "比2016年决算数37.28万元": the base's amount
                    year, basis = compared[0], compared[1] or basis
                else:
                    year, basis = _listed_year(P, si, sentence, a.start, main, year, basis, doc.year)
                d = _Draft(a, label, metric, year, basis, (s0, s1), para, si)
                d.base = base
                d.role = _role(a, prefix)
                d.is_base = compared is not None
                P.drafts.append(d)
                P.touch(si, a.start, d)
            _attach_flat(P, sentence, si)
            _attach_phrases(P, sentence, si, previous, drafts)
            _attach_kinds(P, sentence, si)
        drafts += P.drafts
        previous, prev_text = P.drafts, text
    return drafts


def _sentence_of(d: _Draft) -> str:
    """The text of the sentence ``d`` was read from (positions of its touches count from its start)."""
    return d.para.text[d.sent[0]:d.sent[1]]


def _compatible(d: _Draft, a: numbers.Amount) -> bool:
    """Can change amount ``a`` belong to figure ``d``? (money↔money, same count unit, % ↔ any)."""
    if d.amount.unit == "%":
        return False
    return a.unit == "%" or d.amount.is_money == a.is_money and (a.is_money or d.amount.unit == a.unit)


def _in_aside(sentence: str, pos: int, until: int) -> bool:
    """Whether position ``pos`` is inside brackets that close before ``until``
    ("77.15亿元（包含两金计提1.64亿元），…增收21.39亿元": 1.64 is an aside)."""
    between = sentence[pos:until]
    return between.count("）") + between.count(")") > between.count("（") + between.count("(")


BUDGET_BASES = ("预算", "年初预算", "调整预算", "全年预算")


def _target(P: "_Paragraph", a: numbers.Amount, si: int, subject_metric: str | None,
            subject: str, sentence: str, money_only: bool = False) -> _Draft | None:
    """The figure a change belongs to; see module docstring. ``money_only``: a rate said of money
    ("与上年相比支出下降68%") never belongs to a count (…的燃油费（1辆小车及1辆商务车）)."""
    want_pct = a.unit == "%"
    free = (lambda d: d.change_pct is None) if want_pct else (lambda d: d.change is None)
    if squash(subject) in _lex()["phrases"].get("bare_subjects", []) \
            and re.search(r"相比[，,]?\s*" + re.escape(subject), sentence):
        # "（二）公务接待费 2017年预算安排6万元。主要用于…。与上年相比支出下降84.2%": a bare 支出 is the
        # item just stated, as a clause with no subject is
        subject, subject_metric = "", None
    if squash(subject) in _lex()["phrases"].get("anaphoric_subjects", []):
        # "…基本公共卫生服务（项）2,315.80万元，主要用于…。该项比上年减少146.70万元": "this item" is
        # the item just stated
        subject, subject_metric = "", None
    if subject:
        for d in reversed(P.drafts):
            if d.is_change or not _compatible(d, a):
                continue
            if subject_metric and d.metric == subject_metric and total_scope(subject) != total_scope(d.label) \
                    and None not in (total_scope(subject), total_scope(d.label)):
                continue        # 本年支出合计 said: not the 支出总计 before it
            if subject_metric and d.metric == subject_metric or not subject_metric and squash(subject) == squash(d.label):
                return d if free(d) else None
        return None
    head = _list_head(P, sentence, si, a.start)
    if head is not None and _compatible(head, a) and not (money_only and not head.amount.is_money):
        return head if free(head) else None
    touched = [t for t in P.touches if t[0] == si and t[1] < a.start and not _in_aside(sentence, t[1], a.start)]
    if not touched:  # the latest earlier sentence with a figure of the change's kind, at most two
        # sentences back ("决算数为2.36万元…。全年共接待…18批次、126人次…。与2024年度相比减少0.62万元")
        earlier = [t for t in P.touches if si - 2 <= t[0] < si
                   and (_compatible(t[2], a) or want_pct and t[2].is_change)]
        touched = [t for t in earlier if t[0] == max(e[0] for e in earlier)] if earlier else []
        used = _regexes()["purpose"].search(_sentence_of(touched[0][2])) if len(touched) >= 2 else None
        if used and any(t[1] < used.start() for t in touched):
            # "…拨款支出800.00万元，全部为…，用于背街小巷提质改造500.00万元和…300.00万元。比上年减少
            # 400.00万元": the amounts of the use are its parts — the change is the head's
            touched = [t for t in touched if t[1] < used.start()]
    if not touched and si == 0 and P.before is not None and P.before.touches:
        # "…支出决算为32.40万元，完成预算的88.77%。" then, on a line of its own, "与上年相比，增加
        # 16.39万元": a change naming nothing, opening a paragraph, is of the last sentence before it
        last = max(t[0] for t in P.before.touches)
        touched = [t for t in P.before.touches if t[0] == last]
    for _, _, d in sorted(touched, key=lambda t: (t[0], t[1]), reverse=True):
        if d.is_base or money_only and not d.amount.is_money:
            continue        # a change is of the compared amount, not of its base
        if d.basis in BUDGET_BASES and any(
                o is not d and not o.is_change and o.basis not in BUDGET_BASES and o.sent_index == d.sent_index
                and o.amount.start < d.amount.start and o.amount.is_money     # (never a count: "所属1个…单位")
                and (squash(d.label).startswith(squash(o.label)) or "完成" in squash(d.label)) for _, _, o in touched):
            continue        # "公务用车运行费12.60万元，年初预算14.00万元，…比上年减少0.60万元" / "…决算为1.25
                            # 万元，完成年初预算2.00万元的62.50%，比上年减少0.23万元": the change is the
                            # amount's, never the budget it is set against
        if _compatible(d, a) or (want_pct and d.is_change):
            return d if free(d) else None
    return None


def total_scope(label: str) -> int | None:
    """Which of a flow's two totals ``label`` names ([phrases] total_scopes: 0 本年收入合计, 1 收入总计),
    None when it names neither."""
    text = squash(label)
    found = {k for k, words in enumerate(_lex()["phrases"]["total_scopes"]) if any(w in text for w in words)}
    return found.pop() if len(found) == 1 else None


def _list_head(P: "_Paragraph", sentence: str, si: int, pos: int) -> _Draft | None:
    """The head of a list of parts that a change with no subject closes ("车辆经费48万元，其中公务用车
    购置费0万元、车辆运行费48万元，与上年支出数相比下降10%": the 10% is the 车辆经费's). Only when
    two or more parts joined by 、 follow the list opener and the change opens its own clause
    after the last of them; otherwise None."""
    opener = None
    for m in re.finditer("|".join(map(re.escape, _lex()["phrases"]["list_parts"])), sentence[:pos]):
        opener = m
    if opener is None:
        return None
    parts = [t for t in P.touches if t[0] == si and opener.end() <= t[1] < pos]
    if len(parts) < 2:
        return None
    between = sentence[opener.end():pos]
    cs, sep = _clause_start(sentence, pos, opener.end())
    if sep not in ("，", ",") or cs <= max(t[1] for t in parts) or "、" not in between \
            or re.search(r"[，,；;]", sentence[opener.end():cs - 1]):
        return None
    before = [t for t in P.touches if t[0] == si and t[1] < opener.start()
              and not _in_aside(sentence, t[1], opener.start())]
    return max(before, key=lambda t: t[1])[2] if before else None


def _subject(prefix: str) -> str:
    """The subject named in a change clause ("收入较去年增加" → "收入"), tidied."""
    rx = _regexes()
    text = squash(_ASIDE.sub("", prefix))
    text = rx["change_tail"].sub("", text)
    text = rx["comparison"].sub("", text)
    text = rx["reason"].sub("", text)
    text = re.sub(r"(?:同比|相比|比上年|较上年)$", "", text)
    return _tidy_label(text)


def _rate_subject(prefix: str, opening: str = "", doc_year: int | None = None) -> str:
    """The item a stand-alone rate clause names before its comparison ("三公经费比上年下降" →
    三公经费; "公务接待费与上年相比支出下降" → 公务接待费), or before its direction word when the
    sentence opens with the comparison and states no amount before ("与2014年相比，公务用车购置费不变，
    运行费下降" → 公务用车运行费: a short name shares the head of the item named before it). "" when
    none is named, or the words name no metric of the lexicon, a whole ([phrases] whole_subjects) or
    a bare amount word, or the opening compares with a year other than the one before ``doc_year``."""
    text = squash(_ASIDE.sub("", prefix))
    rx = _regexes()
    compared = rx["comparison"].search(text)
    before = squash(opening)
    opened = rx["opening_comparison"].search(numbers.normalize(before))
    base = re.search(r"(\d{4})\s*年", opened.group(0)) if opened else None
    if compared and compared.start() > 0:
        named = _tidy_label(text[:compared.start()])
    elif not compared and opened and not _MONEY_END.search(numbers.normalize(opening)) \
            and not (base and doc_year and int(base.group(1)) != doc_year - 1) \
            and (tail := rx["change_tail"].search(text)):
        named = _tidy_label(text[:tail.start()])
        if named and not match_metric(named):
            # "公务用车购置费不变，运行费下降": the short name is the earlier item's head + it
            earlier = [_tidy_label(c) for c in re.split(r"[，,；;]", before)[1:] if c]
            heads = [e for e in earlier if match_metric(e)]
            named = next((h[:k] + named for h in heads[-1:] for k in range(len(h) - 1, 1, -1)
                          if squash(h[:k] + named) in _alias_names()), named)
    else:
        return ""
    if not named or named in _lex()["phrases"]["whole_subjects"] or named in _lex()["phrases"]["generic_amounts"]:
        return ""
    several = _lex()["distributive"]["joiners"] + _lex()["distributive"]["markers"]   # several subjects
    if any(w in named for w in several) and squash(named) not in _alias_names():
        return ""           # "公务用车购置费和运行费分别下降5%": several items, no one subject
    metric = match_metric(named)
    return named if metric and _tier(metric) > 0 else ""


def _rate_item_heading(text: str, pos: int, prefix: str) -> tuple[str, int]:
    """"3、“三公经费”安排原则。…执行。与上年相比支出下降12%": a rate whose clause names no item of
    its own (nothing, or only a bare amount word, before its comparison) is the rate of the item
    its numbered list entry opens with, when that entry names a metric of the lexicon and states no
    amount before the rate, with the offset of the entry's marker in ``text``; ("", 0) otherwise."""
    clause = squash(_ASIDE.sub("", prefix))
    compared = _regexes()["comparison"].search(clause)
    before = _tidy_label(clause[:compared.start()]) if compared else None
    if before is None or before and before not in _lex()["phrases"]["generic_amounts"]:
        return "", 0
    markers = list(_INNER_MARKER.finditer(text[:pos]))
    if not markers:
        return "", 0
    entry = text[markers[-1].end():pos]
    if any(x.is_money or x.unit == "%" for x in numbers.find_amounts(entry)):
        return "", 0           # the entry states an amount before the rate: the rate is that amount's
    head = _tidy_label(re.split(r"[。；;，,：:]", entry, maxsplit=1)[0])
    metric = match_metric(head) if head else None
    if not metric or _tier(metric) == 0:
        return "", 0
    # the item's name as the entry writes it ("“三公经费”安排原则" → 三公经费)
    return next((alias for alias, key, _ in _aliases() if key == metric and alias in squash(head)), head), markers[-1].start()


_AMOUNT_END = re.compile(r"\d\s*(?:万元|亿元|元|万|%|％)")
_MONEY_END = re.compile(r"\d\s*(?:万元|亿元|元|万)")


def _against_own_budget(doc: Document, P: "_Paragraph", si: int, sentence: str, pos: int) -> bool:
    """Whether the change at ``pos`` of a final account compares with the year's own budget, not
    with last year ("公务接待费支出2.14万元，与2021年度预算相比，增加1.14万元，增长1.14%" in the 2021
    final account; "决算数比预算数减少"): the words after the comparison word since the last amount name a
    budget, no execution or final figure and no earlier year; a rate right after such a change
    shares its base."""
    if not (doc.kind or "").startswith("决算"):
        return False        # a budget is compared with last year's (比2026年预算 in a 2026 budget: a slip)
    before = numbers.normalize(sentence[:pos])
    ends = list(_AMOUNT_END.finditer(before))
    window = squash(before[ends[-1].end():] if ends else before)
    compared = list(re.finditer(_comparison_words(), window))
    if not compared:
        return bool(ends) and (si, ends[-1].end()) in P.budget_changes
    base = window[compared[0].end():]
    if "预算" not in base or re.search(r"执行|决算", base):
        return False
    if any(w in base for w in _lex()["years"]["previous"]):
        return False
    years = [int(y) for y in re.findall(r"((?:19|20)\d{2})年", base)]
    return all(doc.year is not None and y >= doc.year for y in years)


def _may_change_by(P: "_Paragraph", si: int, target: "_Draft", value: Decimal, a: numbers.Amount) -> bool:
    """Whether an amount may have risen by ``value`` (the change amount ``a``): an increase larger
    than the amount itself would leave last year's below zero, so with other amounts stated between
    the two the change is another's ("每生每月360元、每学年按10个月计算，在园幼儿360名，比上年增加7.20
    万元" is the income's, never the fee's). Right after its amount it stays that amount's ("…0万元，
    比2022年预算增加1421.25万元": the page's own inconsistency, for the checks to find)."""
    if value <= 0 or not target.amount.unit or target.amount.value is None:
        return True
    try:
        if _in_unit(value, a.unit, target.amount.unit) <= target.amount.value:
            return True
    except Exception:
        return True
    return not any(d is not target and d.sent_index == si and target.amount.end <= d.amount.start < a.start
                   for d in P.drafts)


def _attach_change(doc: Document, P: _Paragraph, a: numbers.Amount, prefix: str, word: str,
                   s0: int, si: int, sentence: str) -> None:
    sign = numbers.direction(word)
    if sign is None:
        return
    if _against_own_budget(doc, P, si, sentence, a.start):
        P.budget_changes.add((si, a.end))
        return      # a change on the budget is not a change on last year (and not an amount)
    value = numbers.signed(a.value, sign)
    subject = _subject(prefix)
    subject_metric = match_metric(subject) if subject else None
    if subject and not subject_metric and not re.search(r"[\u4e00-\u9fff]{2}", subject):
        subject = ""
    want_pct = a.unit == "%"
    if subject in _lex()["phrases"]["whole_subjects"]:
        # "…（其中…），总体较2015年增加1.43万元": the sentence's first figure, outside the brackets
        # (after the last list marker before it: "…1401.72万元，…具体情况如下： （一）一般公共服务支出…
        # 554.19万元（其中…），总体较2015年增加40.29万元" is the 554.19's)
        markers = [m.start() for m in _INNER_MARKER.finditer(sentence[:a.start])
                   if not _in_aside(sentence, m.start(), a.start)]
        floor = markers[-1] if markers else 0
        head = next((d for d in P.drafts if d.sent_index == si and not d.is_change and _compatible(d, a)
                     and d.amount.start >= floor and not _in_aside(sentence, d.amount.start, a.start)), None)
        if head is not None and head.change is None:
            subject, subject_metric = head.label, head.metric
    money_said = want_pct and any(w in squash(prefix) for w in _lex()["phrases"]["money_subjects"])
    opening = _opening_subject(sentence[:a.start]) if not subject and not want_pct else None
    if opening is not None:
        # "事业收入为医院开展医疗服务取得的医疗收入，…，比2023年预算增加5,590.00万元": the item the
        # sentence opens with (its definition, no amount before the change), stated in this
        # paragraph or the one before
        subject, subject_metric = opening
        target = _target(P, a, si, subject_metric, subject, sentence) \
            or (_target(P.before, a, si, subject_metric, subject, sentence) if P.before is not None else None)
    else:
        target = _target(P, a, si, subject_metric, subject, sentence, money_only=money_said)
    if target is not None and not want_pct and not _may_change_by(P, si, target, value, a):
        target = None
    if target is not None and subject and total_scope(subject) is not None \
            and total_scope(target.label) not in (None, total_scope(subject)):
        target = None       # "…决算总计均为382.96万元。与2022年度相比，本年收入合计增加17.71万元": the change
                            # of 本年收入合计 (stated in a table), never of the 总计 with carry-overs
    if target is None and not subject and not want_pct:
        # "…，公务用车运行维护费支出决算比预算无增减变化，比去年增加1.05万元": the item is named in the
        # clause before, which states no amount
        cs, sep = _clause_start(sentence, a.start, 0)
        if cs > 0 and sep in "，,":
            before_start, _ = _clause_start(sentence, cs - 1, 0)
            named = sentence[before_start:cs - 1]
            if not numbers.find_amounts(named):
                named = _tidy_label(re.split(_comparison_words(), squash(named))[0])
                if named and match_metric(named):
                    subject, subject_metric = named, match_metric(named)
                    target = _target(P, a, si, subject_metric, subject, sentence)
                    if target is not None and not _may_change_by(P, si, target, value, a):
                        target = None
    raw = sentence[max(0, a.start - 12):a.end].strip()
    if target is None and subject_metric and any(
            d.metric == subject_metric and not d.is_change and raw in d.change_raw
            and (d.change_pct == value if want_pct else d.change == _in_unit(value, a.unit, d.amount.unit))
            for d in P.drafts):
        return      # "收、支预算总计各增加…": given the subject already with its twin's (the pair's change)
    if target is not None:
        if target.para is P.para and s0 + len(sentence) > target.sent[1]:
            # "…支出决算为6.58万元…。与2021年度相比，“三公”经费支出减少1.06万元": the figure's source
            # runs on to the sentence stating its change, so its citation shows that number too
            target.read_to = max(target.read_to, s0 + len(sentence))
        if want_pct:
            target.change_pct = value
            for twin in _flow_twins(P, target, si, changed=True) if target.change is not None else []:
                twin.change_pct = value      # the pair's rate, as its change is
        else:
            target.change = _in_unit(value, a.unit, target.amount.unit)
            both = any(w in squash(subject) for w in _lex()["phrases"].get("both_flows", []))
            for twin in _flow_twins(P, target, None if both else si):
                # "…财政拨款收入1385.31万元，…财政拨款支出1385.31万元，比2022年增加809.44万元": the
                # change is the pair's (income and spending of one amount)
                twin.change = target.change
                twin.change_raw.append(raw)
        target.change_raw.append(raw)
        P.touch(si, a.start, target)
        return
    if want_pct:
        named, start = _rate_subject(prefix, sentence[:max(0, a.start - len(prefix))], doc.year), s0
        if not named:
            named, start = _rate_item_heading(P.para.text, s0 + a.start, prefix)
        if named:
            # "“三公经费”比上年下降12%": a rate with no amount to hang on is the item's stated rate
            # (role change, unit %; never an amount). Only an item of the lexicon named before the
            # comparison, or heading the list entry the rate closes (its span then starts there)
            d = _Draft(a, named, match_metric(named), _year_of(prefix, doc.year), "变化",
                       (start, s0 + len(sentence)), P.para, si, change=value, change_pct=value, change_raw=[raw],
                       is_change=True, role="change")
            P.drafts.append(d)
            P.touch(si, a.start, d)
        return
    main = _without_comparison(prefix)
    d = _Draft(a, subject or _tidy_label(main), subject_metric, _year_of(main, doc.year), "变化",
               (s0, s0 + len(sentence)), P.para, si, change=value, change_raw=[raw], is_change=True,
               role="change")
    P.drafts.append(d)
    P.touch(si, a.start, d)


def _opening_subject(before: str) -> tuple[str, str] | None:
    """(label, metric) of the item a sentence opens with, said to be something ("事业收入为医院开展医疗
    服务取得的医疗收入，…"), when no amount comes before the change in it; None otherwise."""
    if numbers.find_amounts(before):
        return None
    # ("事业收入全部为医疗收入，比上年增加…": a word of how much of it stands before 为)
    m = re.match(r"\s*(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])?\s*([\u4e00-\u9fff]{2,12}?)"
                 r"(?:全部|均|都|全额|基本上|基本|大部分)?(?:主要为|主要是|为|是|指)", before)
    if m is None:
        return None
    label = _tidy_label(m.group(1))
    metric = match_metric(label) if label else None
    return (label, metric) if metric and any(squash(alias) == squash(label) for alias, key, _ in _aliases()
                                             if key == metric) else None


def _flow_twins(P: "_Paragraph", target: _Draft, si: int | None, changed: bool = False) -> list[_Draft]:
    """Figures of the same sentence (``si``; None: of the paragraph) stating the same amount as
    ``target`` under the other flow word (its 收入 for its 支出, or the reverse) and no change of
    their own (``changed``: the same change
    as ``target``'s, given them both: "收、支总计各增加46.17万元，增长6.46%")."""
    other = {"收入": "支出", "支出": "收入"}
    out = []
    for d in P.drafts:
        if d is target or (si is not None and d.sent_index != si) or d.is_change or d.is_base \
                or (d.change != target.change or d.change_pct is not None if changed else d.change is not None):
            continue
        if d.amount.value != target.amount.value or d.amount.unit != target.amount.unit:
            continue
        a, b = squash(d.label), squash(target.label)
        ma, mb = match_metric(a), match_metric(b)
        if any(w in b and a == b.replace(w, o) for w, o in other.items()) \
                or ma and mb and any(w in mb and ma == mb.replace(w, o) for w, o in other.items()):
            out.append(d)       # (or by their metrics: "本单位收入预算823.66万元，支出预算823.66万元")
    return out


def _in_unit(value: Decimal, unit: str, target_unit: str) -> Decimal:
    if unit == target_unit:
        return value
    a, b = numbers.to_wan(value, unit), numbers.to_wan(Decimal(1), target_unit)
    return value if a is None or b is None else a / b


def _attach_flat(P: _Paragraph, sentence: str, si: int) -> None:
    """"与2024年预算持平" with no number: change 0 for the figure it follows (same sentence, else
    the previous one)."""
    for m in _regexes()["flat"].finditer(sentence):
        target = P.last_touched(si, m.start()) or (P.last_in_sentence(si - 1) if si else None)
        if target is not None and target.change is None and target.amount.unit != "%":
            target.change = Decimal(0)
            target.change_raw.append(m.group(0))
            P.touch(si, m.start(), target)


def _attach_phrases(P: _Paragraph, sentence: str, si: int, previous: list[_Draft],
                    earlier: list[_Draft]) -> None:
    """Reasons and purposes go to the figure touched last before them in the sentence; one after
    a subject naming a metric ("财政拨款收入支出增加的主要原因是") to the latest earlier figure of
    that metric (``earlier``: the drafts of the paragraphs before); otherwise ("决算数小于预算数的主要原因：", or a
    phrase opening its sentence) to the last figure of the previous sentence (or paragraph)."""
    rx = _regexes()
    for key, pattern in (("reason", rx["reason"]), ("purpose", rx["purpose"])):
        for m in pattern.finditer(sentence):
            if key == "purpose" and m.group(0).startswith("用于") and sentence[max(0, m.start() - 2):m.start()] == "主要":
                continue
            rest = sentence[m.end():]
            opening = rest.lstrip(" ：:")
            if _INNER_MARKER.match(opening) or opening.startswith(tuple(_lex()["phrases"]["enumeration_openers"])):
                # "原因是：1、人员增加…；2、本年增加了其他资金预算7000万元。" / "一是…；二是…": the whole list
                stop = re.search(r"[。]|，\s*主要用于", rest)
            else:
                stop = re.search(r"[；;。]|，\s*主要用于|" + _INNER_MARKER.pattern, rest)
            body = (rest[: stop.start()] if stop else rest).strip(" ，,：:")
            if key == "reason" and m.group(0).endswith("系"):
                body = re.sub(r"(?:所致|造成的|造成)$", "", body)     # "减少系…所致": the cause alone
            if not body or (key == "reason" and body.startswith("用于")):
                continue        # "主要是用于…" states a purpose, not a reason
            target = P.last_amount_touched(si, m.start())
            if target is None:
                cs, sep = _clause_start(sentence, m.start(), 0)
                named = sentence[cs:m.start()]
                if not named.strip() and cs > 0 and sep in "，,":
                    # "未安排因公出国（境）费，主要是由于本单位无因公出国（境）计划": the clause before names it
                    named = sentence[_clause_start(sentence, cs - 1, 0)[0]:cs - 1]
                metric = match_metric(named)
                if metric:
                    # (that item's amount, or none: never the last amount of another item)
                    target = next((d for d in reversed(earlier + P.drafts) if d.metric == metric), None)
                else:
                    target = P.last_in_sentence(si - 1) if si else (previous[-1] if previous else None)
                    moved = _direction_named(sentence[cs:m.start()]) if key == "reason" else 0
                    if moved and target is not None and _sign(target.change) != moved:
                        # "…减少600.00万元…。其中：…支出300.00万元，主要用于…。减少的主要原因是…": the
                        # reason of a decrease is the decrease's, not of the last amount that moved no way
                        target = next((d for d in reversed(P.drafts) if d.sent_index < si
                                       and _sign(d.change) == moved), target)
            if target is not None and getattr(target, key) is None:
                setattr(target, key, body)


def _direction_named(words: str) -> int:
    """+1 / −1 when ``words`` (those before 的主要原因是) name only a rise or only a fall ([directions]
    up / down: "减少的"), else 0."""
    lx = _lex()["directions"]
    up, down = any(w in words for w in lx["up"]), any(w in words for w in lx["down"])
    return 1 if up and not down else (-1 if down and not up else 0)


def _sign(change: Decimal | None) -> int:
    return 0 if not change else (1 if change > 0 else -1)


def _describe_incomes(doc: Document, out: list[Figure]) -> None:
    """What an income is, said in a sentence of its own anywhere in the document ("事业收入主要是
    公办幼儿园保育教育费收入和普通高中学费、住宿费收入"; "本单位事业收入主要为预防性健康检查…收入"; [phrases]
    income_described): the words become the ``purpose`` of that income's amounts that have none, so
    a question naming the money by where it comes from (学费, 体检收费) finds it."""
    text = numbers.normalize(doc.text or "")
    for m in (m for p in _lex()["phrases"].get("income_described", []) for m in re.finditer(p, text)):
        metric = match_metric(m.group("label"))
        if not metric or not metric.endswith("收入"):
            continue
        for f in out:
            if f.metric == metric and f.role == "amount" and f.purpose is None and f.unit in numbers.MONEY_FACTORS_TO_WAN:
                f.purpose = re.sub(r"\s+", "", m.group("body"))


def _attach_kinds(P: _Paragraph, sentence: str, si: int) -> None:
    """What an amount is, said after it ("事业收入9,650.00万元，占83.60%，主要为医疗收入", "…612000.00元（为
    幼儿保教费收入）"; [phrases]
    apposition): the words go to the last amount before them whose metric ends in the same flow
    word (收入 / 支出) as its ``purpose``, so a question naming the money that way (看病收入) finds it."""
    openers = "|".join(map(re.escape, _lex()["phrases"]["apposition"]))
    # (or in brackets right after it: "财政专户管理资金收入612000.00元（为幼儿保教费收入）")
    # (…or money of a kind: "其他收入24.36万元，占0.81%，系收到的村集体经济发展帮扶资金" — income's)
    for m in re.finditer(rf"[，,（(](?:{openers})([\u4e00-\u9fff、“”]{{2,40}}?(收入|支出|费|资金))(?=[，,。；;）)]|$)", sentence):
        if m.group(2) == "费" and not any(w in m.group(1) for w in _lex()["phrases"]["fee_collected"]):
            continue
        # (a fee collected is income: "事业收入126.00万元，为按规定收取的保育教育费")
        flow = m.group(2) if m.group(2) in ("收入", "支出") else "收入"
        here = [t for t in P.touches if t[0] == si and t[1] < m.start() and t[2].role in ("", "amount")
                and t[2].amount.unit in numbers.MONEY_FACTORS_TO_WAN]
        # the amount right before the words, when it is of that flow (by its metric or its own name)
        target = max(here, key=lambda t: t[1])[2] if here else None
        if target is not None and not ((target.metric or "").endswith(flow) or squash(target.label).endswith(flow)):
            target = None
        if target is not None and target.purpose is None:
            target.purpose = m.group(1)


# --------------------------------------------------------------------------- table figures

_NUM_CELL = re.compile(r"^[-+−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[-+−]?\d+(?:\.\d+)?$")


def _cell_number(cell: str) -> Decimal | None:
    """A table cell as a number ("96,282,213.44" → Decimal), None for text or blanks."""
    c = numbers.normalize(cell or "").replace(" ", "").replace("，", ",").replace("−", "-")
    if not _NUM_CELL.match(c):
        return None
    try:
        return Decimal(c.replace(",", ""))
    except InvalidOperation:
        return None


_CODE_PART = re.compile(r"^\d{3}(?:\s*\d{2}){0,2}$|^\d{2}$")


_CLASS_CODE = re.compile(r"^\d{3}(?:\d{2}){0,2}$")


def _next_is_name(row: list[str], j: int) -> bool:
    """Whether a name (text, not a number) follows cell ``j``, after any code cells ("01")."""
    for cell in row[j + 1:]:
        if cell and cell.strip():
            if _CODE_PART.match(numbers.normalize(cell.strip())):
                continue
            return _cell_number(cell) is None
    return False


def _row_groups(row: list[str], unit_cells: frozenset[int] = frozenset()) -> list[tuple[str, list[int]]]:
    """A row's (label, numeric cell indices) groups, left to right: a text cell starts a label,
    the numbers after it belong to it (so "一、财政拨款收入 | 31,214,205.80 | 一、一般公共服务支出 |
    22,186,440.80" gives two groups). Function-class code cells ("201" "06" "01") are glued in
    front of the name: "2010601行政运行". ``unit_cells``: cells under a budget-unit column, left
    out of the label when another text cell of the row names it."""
    groups: list[tuple[str, list[int]]] = []
    code, name, nums = "", "", []
    named = any((c or "").strip() and _cell_number(c) is None and not _CODE_PART.match(numbers.normalize(c.strip()))
                for j, c in enumerate(row) if j not in unit_cells)
    for j, cell in enumerate(row):
        cell = (cell or "").strip()
        if not cell or j in unit_cells and named:
            continue
        norm = numbers.normalize(cell)
        if not nums and not name and _CODE_PART.match(norm) and (code or len(norm.replace(" ", "")) >= 3):
            code += norm.replace(" ", "")
            continue
        if not nums and not name and len(code) in (3, 5) and re.fullmatch(r"\d", norm):
            code += "0" + norm          # a 款/项 code printed without its leading zero ("301 | 2 | 津贴补贴")
            continue
        if (nums or name) and code and _CLASS_CODE.match(norm) and _next_is_name(row, j):
            # a second coded item side by side ("301 工资福利支出 171.07 | 302 商品和服务支出 0.83",
            # or with the first one blank): its code opens the next group, no amount of this one
            if nums:
                groups.append((code + name, nums))
            code, name, nums = norm.replace(" ", ""), "", []
            continue
        if name and not nums and not code and re.fullmatch(r"\d{7}", norm.replace(" ", "")) and _next_is_name(row, j):
            # "单位 | 项目名称 | 2120104 | 城管执法 | 65.00": a project's row giving its class after its
            # name — the class's code and name join the project's, the project stays the label's
            code = norm.replace(" ", "")
            continue
        if _cell_number(cell) is not None:
            if name or code:
                nums.append(j)
            continue
        if nums:
            groups.append((code + name, nums))
            code, name, nums = "", "", []
        lead = re.match(r"^(\d{3}(?:\s?\d{2}){0,2})\s+(\S.*)$", norm)  # "201 06 01 行政运行" in one cell
        if lead and not name and not code:
            code, cell = lead.group(1).replace(" ", ""), lead.group(2)
        piece = re.sub(r"\s+", "", cell)
        if not name.endswith(piece):  # a merged cell repeats its text ("合计 合计 合计")
            name += piece
    if nums:
        groups.append((code + name, nums))
    return groups


def _numbers_columns(row: list[str]) -> bool:
    """Whether a row's numbers are 1, 2, 3, … in order (at least three): it numbers the columns."""
    values = [_cell_number(c) for c in row if c and c.strip()]
    return len(values) >= 3 and values == [Decimal(k) for k in range(1, len(values) + 1)]


def _table_figures(doc: Document) -> list[Figure]:
    """One figure per numeric cell of every table with a money unit: label = the row's name
    (with its function-class code), column = the column header, span = the rendered row."""
    out: list[Figure] = []
    line_words = lexicon.load("documents")["tables"]["line_number_words"]
    total_leaves = lexicon.load("documents")["tables"]["column_total_leaves"]
    fund_titles = lexicon.load("documents")["tables"]["fund_column_titles"]
    change_column = lexicon.load("documents")["tables"]["change_column"]
    unit_columns = lexicon.load("documents")["tables"]["unit_columns"]
    purpose_columns = lexicon.load("documents")["tables"].get("purpose_columns", [])
    source_columns = lexicon.load("documents")["tables"].get("source_columns", [])
    for table in doc.tables:
        if table.unit not in numbers.MONEY_FACTORS_TO_WAN:
            continue
        names = tables.column_names(table)
        unit_cells = frozenset(j for j, n in enumerate(names) if n.split("/")[-1] in unit_columns)
        use_cells = [j for j, n in enumerate(names) if n.split("/")[-1] in purpose_columns]
        unit_cells |= frozenset(use_cells)       # (a use is no part of the row's name, nor where its
        unit_cells |= frozenset(j for j, n in enumerate(names) if n.split("/")[-1] in source_columns)   # money comes from)
        years = _column_years(table, doc.year)
        spans = table.row_spans
        title_basis = _basis(table.title or "")
        titled = _title_total(table.title)        # the total the title names (一般公共预算财政拨款支出决算表)
        parents: dict[int, str] = {}        # the last "一、…" row label on each side of the table
        first_parent: dict[str, str] = {}   # the parent a "（一）…" label was first met under
        band = band_text = None     # the basis a band row across the table set for the rows below it
        for k, row in enumerate(table.rows):
            cells = {c.strip() for c in row if c and c.strip()}
            if len(cells) == 1 and len(row) > 1 and basis_only(next(iter(cells))) and _basis(next(iter(cells))):
                # "预算数 | 预算数 | …" then the header again and its row, then "决算数 | …": a table
                # of two blocks, each with its own basis
                band, band_text = _basis(next(iter(cells))), next(iter(cells))
                continue
            start, end, page = spans[k] if k < len(spans) else (max(table.start, 0), max(table.start, 0), table.page)
            rendered = tables.render_row(table, row, names)
            span = Span(doc.name, table.section, page, start, end, rendered)
            groups = _row_groups(row, unit_cells)
            row_names = names
            use = "；".join(c.strip() for j in use_cells if j < len(row) and (c := row[j] or "").strip()
                           and _cell_number(c) is None)
            first_of_row = len(out)
            if not groups and table.header:
                # a row without a name (the one-row “三公” table): each cell is named by its column
                if _numbers_columns(row):
                    continue        # "1 | 2 | 3 | … | 12" under the header: the columns' numbers
                row_names = tables.row_column_names(table, row, names)
                groups = [(row_names[j], [j]) for j, c in enumerate(row)
                          if j < len(row_names) and row_names[j] and _cell_number(c) is not None]
            for side, (raw_label, nums) in enumerate(groups):
                if any(w in raw_label for w in line_words):
                    continue            # "栏次 | 1 | 2 | 3": the columns' numbers
                nums = [j for j in nums if not (j < len(row_names) and any(w in row_names[j] for w in line_words))]
                label = raw_label if re.match(r"^\d{3}", raw_label) else _tidy_label(raw_label)
                label = label or raw_label
                label = _under_parent(raw_label, label, side, parents, first_parent)
                if band_text and basis_only(label):
                    label = band_text       # the 合计 of a block under its band ("决算数"), not the first block's
                metric = match_metric(label, table.title or "")
                if metric is None and basis_only(label) and len(nums) == 1 and nums[0] < len(names) \
                        and set(names[nums[0]].split("/")) & set(total_leaves):
                    metric = match_metric(table.title or "")    # "预算数 > 合计" of the “三公”经费 table: its total
                total_row = label in lexicon.load("documents")["tables"]["total_row_labels"]
                row_year, row_basis = _row_period(label, doc.year)     # "2023年预算数" rows: a turned table
                for j in nums:
                    value = _cell_number(row[j])
                    column = row_names[j] if j < len(row_names) else ""
                    if re.search(r"[%％]|百分比", column):
                        # "增减%" / "决算数占调整预算数%": a rate column of a money table — the row's
                        # rate, never an amount
                        out.append(Figure(doc=doc.name, metric=None, label=label, value=value, unit="%",
                                          raw=row[j].strip(), span=span, value_wan=None,
                                          year=years.get(j, row_year or doc.year), basis=None, source="table",
                                          column=column, role="percent"))
                        continue
                    if re.search(change_column, column or ""):
                        # "增减额" / "比上年增减": the row's change on last year, never an amount
                        out.append(Figure(doc=doc.name, metric=metric, label=label, value=value, unit=table.unit,
                                          raw=row[j].strip(), span=span, value_wan=numbers.to_wan(value, table.unit),
                                          change=value,
                                          year=years.get(j, row_year or doc.year), basis=title_basis,
                                          source="table", column=column, role="change"))
                        continue
                    cell_metric = metric
                    if (row_basis or row_year) and metric is None and column:
                        # a row named by its year and basis only: its cell's item is its column's
                        leaf = tables.column_label(table, j)
                        cell_metric = match_metric(leaf, table.title or "") or (
                            match_metric(table.title or "") if leaf in total_leaves else None)
                    if total_row and column:
                        # the total row's cell under 人员经费 is the table's 人员经费; under a column
                        # naming no item (合计, 年初预算数, 调整预算数) it is the total the title names
                        leaf = tables.column_label(table, j)
                        cell_metric = match_metric(leaf, table.title or "") or metric or (
                            titled if leaf in total_leaves or basis_only(leaf) or basis_only(column) else None)
                        if cell_metric and _tier(cell_metric) <= 1 and titled in fund_titles:
                            cell_metric = titled    # 项目支出表's total under 一般公共预算: that fund's 项目支出
                    path = names[j] if j < len(names) else column      # the whole header path: 预算数/公务接待费
                    # (a band row above the block, else a band of the header the short name left out)
                    out.append(Figure(doc=doc.name, metric=cell_metric, label=label, value=value, unit=table.unit,
                                      raw=row[j].strip(), span=span, value_wan=numbers.to_wan(value, table.unit),
                                      year=years.get(j, row_year or doc.year),
                                      basis=band or _basis(column) or _basis(path)
                                      or _basis(tables.column_path(table, j)) or row_basis or title_basis,
                                      source="table", column=column or None))
            if use:
                for f in out[first_of_row:]:
                    f.purpose = f.purpose or use    # "主要用途: 保障全区电子政务外网…": the row's money's use
    return out


def _title_total(title: str | None) -> str | None:
    """The metric a table's title names as its total ("一般公共预算财政拨款支出决算表" →
    一般公共预算拨款支出), its basis and table words dropped; None when it names none."""
    suffix = lexicon.load("documents")["tables"]["title_total_suffix"]
    return match_metric(re.sub(suffix, "", squash(title or "")))


def _under_parent(raw_label: str, label: str, side: int, parents: dict[int, str], first_parent: dict[str, str]) -> str:
    """A "（一）…" row named again under another "一、…" row of its side of the table ("一、本年收入 /
    （一）一般公共预算拨款 … 二、上年结转 / （一）一般公共预算拨款"): the later one is its parent's
    part ("上年结转一般公共预算拨款"); the first keeps its own name. Updates ``parents`` and
    ``first_parent``."""
    levels = lexicon.load("documents")["tables"]
    if re.match(levels["parent_row_number"], raw_label):
        parents[side] = label
        return label
    if not re.match(levels["child_row_number"], raw_label) or side not in parents:
        return label
    first = first_parent.setdefault(label, parents[side])
    return label if first == parents[side] else parents[side] + label


def _row_period(label: str, doc_year: int | None) -> tuple[int | None, str | None]:
    """(year, basis) of a row named only by them ("2023年预算数" → (2023, 预算), "上年决算数" → the
    document's year − 1 and 决算, "预算数" → (None, 预算)); (None, None) for a row naming an item."""
    said = re.fullmatch(r"((?:19|20)\d{2})年度?(.*)", label)
    if said and (not said.group(2) or basis_only(said.group(2))):
        return int(said.group(1)), _basis(said.group(2))    # ("2024年": that year, its basis the table's)
    if doc_year and re.fullmatch(lexicon.load("documents")["tables"]["last_year_columns"], label) and _basis(label):
        return doc_year - 1, _basis(label)
    return (None, _basis(label)) if basis_only(label) else (None, None)


def _column_years(table, doc_year: int | None) -> dict[int, int]:
    """The year a column's header states, by column index: "2024年预算数" → 2024, "上年决算数" → the
    document's year − 1 ([tables] last_year_columns); columns stating none are absent."""
    cfg = lexicon.load("documents")["tables"]
    out: dict[int, int] = {}
    for j in range(max((len(r) for r in table.header), default=0)):
        cells = {re.sub(r"\s+", "", r[j]) for r in tables.header_rows(table) if j < len(r) and r[j]}
        said = {int(y) for c in cells for y in re.findall(r"((?:19|20)\d{2})年", c)}
        if doc_year and any(re.fullmatch(cfg["last_year_columns"], c) for c in cells):
            said.add(doc_year - 1)
        if len(said) == 1:
            out[j] = said.pop()
    return out


# --------------------------------------------------------------------------- assembly

def section_path(doc: Document, offset: int) -> str:
    """Heading path (" > "-joined) of the deepest section holding ``offset``; "" if none."""
    best = sections.deepest_section(doc.sections, offset)
    return " > ".join(best.path) if best and best.path else (best.title if best else "")


def _to_figure(doc: Document, d: _Draft) -> Figure:
    s0, s1 = d.sent
    s1 = max(s1, d.read_to)
    start, end = d.para.doc_span(s0, s1)
    text = d.para.text[s0:s1].strip()
    a = d.amount
    value = d.change if d.is_change else a.value
    return Figure(doc=doc.name, metric=d.metric, label=d.label, value=value, unit=a.unit, raw=a.raw,
                  span=Span(doc.name, section_path(doc, start), doc.page_at(start), start, end, text),
                  value_wan=numbers.to_wan(value, a.unit), change=d.change, change_pct=d.change_pct,
                  change_raw="；".join(d.change_raw) or None, year=d.year, basis=d.basis, reason=d.reason,
                  purpose=d.purpose, source="text", role=d.role)


# --------------------------------------------------------------------------- flattened tables

# a table a web page flattened into one line: its unit declared once ("单位：元", "本月支出数（元）"),
# then "<row name> <number>" pairs ("合计 2190 1、因公出国（境）费用 0 2、公务接待费 0 …")
_DECLARED = re.compile(r"(?:单位[：:]\s*|[（(])(元|万元|亿元)[）)]?")
_FLAT_PAIR = re.compile(r"(?:^|\s)(?:其中[：:]?)?(?:[（(]?\d{1,2}[）)、.．]\s*)?(?P<label>[\u4e00-\u9fff“”\"（）()]{2,24}?)\s+"
                        r"(?P<num>-?\d[\d,]*(?:\.\d+)?)(?=\s|$)")


_WIDE_ROW = re.compile(r"(?:\s+-?\d[\d,]*(?:\.\d+)?(?=\s|$)){2}")


def _flat_basis(before: str) -> str | None:
    """The basis a flattened table's title states ("2018年1月“三公经费”使用情况公示 单位：元",
    "本月支出数（元）"): words of [basis] flat_table_words in the clause before its declared unit."""
    basis = _lex()["basis"]
    clause = re.split(r"[。；;]", before[-basis["flat_title_chars"]:])[-1]
    return next((b for word, b in basis["flat_table_words"] if word in squash(clause)), None)


_COLUMN_HEAD = re.compile(r"\s*([\u4e00-\u9fff]{2,12})[（(](元|万元|亿元)[）)]")


def _more_columns(segment: str, unit: str) -> tuple[int, list[str]] | None:
    """After a flattened table's first declared column ("本期支出数（元）"), the further columns
    declared in the same unit right after it ("累计支出数（元）"): (where the rows start, their
    names); None for a one-column table."""
    names, pos = [], 0
    while (m := _COLUMN_HEAD.match(segment, pos)) and m.group(2) == unit:
        names.append(m.group(1))
        pos = m.end()
    return (pos, names) if names else None


def _columned_rows(doc: Document, para, text: str, unit_m: re.Match, rows_start: int, rows_end: int,
                   more: list[str]) -> list[Figure]:
    """Rows of a flattened table of several money columns ("项目 本期支出数（元） 累计支出数（元）
    合计 0 0 1、因公出国（境）费用 0 0 …"): each row name followed by exactly one number per column;
    each number an amount of its column. A row with another count of numbers ends the table."""
    first = re.findall(r"[\u4e00-\u9fff]{2,12}$", text[:unit_m.start()])
    columns = [(first[0] if first else "")] + more
    num = r"-?\d[\d,]*(?:\.\d+)?"
    row_rx = re.compile(r"\s*(?:其中[：:]?)?(?:[（(]?\d{1,2}[）)、.．]\s*)?(?P<label>[\u4e00-\u9fff“”\"（）()]{2,24}?)"
                        r"(?P<nums>(?:\s+%s){%d})(?=\s|$)" % (num, len(columns)))
    out, pos = [], rows_start
    while (m := row_rx.match(text, pos)) and m.end() <= rows_end:
        label = _tidy_label(re.sub(r"^其中[：:]?", "", m.group("label")))
        for column, n in zip(columns, re.finditer(num, m.group("nums"))):
            out.append(_flat_cell(doc, para, text, unit_m, label, n.group(0), m.start("nums") + n.start(),
                                  (rows_start, rows_end), _basis(column) or _flat_basis(column)
                                  or _flat_basis(text[:unit_m.start()]), column or None))
        pos = m.end()
    return out


def _flat_cell(doc: Document, para, text: str, unit_m: re.Match, label: str, raw: str, at: int,
               line: tuple[int, int], basis: str | None, column: str | None) -> Figure:
    """One amount of a flattened table: ``raw`` at ``at`` in the paragraph's ``text``, in the unit
    ``unit_m`` declares, its span the table's ``line`` (start, end in ``text``). A weak row name
    (合计) takes its metric from the table's title."""
    metric = match_metric(label)
    if metric is None and label in _lex()["phrases"]["weak_labels"]:
        metric = match_metric(text[max(0, unit_m.start() - 60):unit_m.start()])      # 合计: the title's
    unit = unit_m.group(1)
    value = Decimal(raw.replace(",", ""))
    start, _ = para.doc_span(at, at + len(raw))
    line_start, line_end = para.doc_span(*line)
    span = Span(doc.name, section_path(doc, start), doc.page_at(start), line_start, line_end,
                para.text[max(0, unit_m.start() - 20):line[1]].strip())
    return Figure(doc=doc.name, metric=metric if metric and unit_fits(metric, unit) else None, label=label,
                  value=value, unit=unit, raw=raw, span=span, value_wan=numbers.to_wan(value, unit), year=doc.year,
                  basis=basis, source="table", column=column, role="amount")


def _flat_table_figures(doc: Document) -> list[Figure]:
    """Amounts of tables flattened into a line of text: after a declared money unit, each row
    name followed by a bare number (no unit of its own, not a year or a list number) is an amount
    in the declared unit; the segment ends at the line's end or the first "。". Only the numbers
    no prose figure already took are read."""
    out: list[Figure] = []
    for para in paragraphs(doc.text):
        text = numbers.normalize(para.text)
        read_to = 0
        for unit_m in _DECLARED.finditer(text):
            if unit_m.start() < read_to:
                continue            # a further column's header of a table already read
            seg_start = unit_m.end()
            stop = text.find("。", seg_start)
            seg_end = stop if stop >= 0 else len(text)
            segment = text[seg_start:seg_end]
            more = _more_columns(segment, unit_m.group(1))
            if more:
                out += _columned_rows(doc, para, text, unit_m, seg_start + more[0], seg_end, more[1])
                read_to = seg_end
                continue
            for m in _FLAT_PAIR.finditer(segment):
                raw_label = m.group("label")
                label = _tidy_label(re.sub(r"^其中[：:]?", "", raw_label))
                num = m.group("num").replace(",", "")
                if not label or re.fullmatch(r"(19|20)\d\d", num) or label in ("金额", "项目", "项目名称"):
                    continue
                if _WIDE_ROW.match(segment, m.end()):
                    continue        # a row of three or more numbers (合计 161.90 45.03 116.87 …): a wide
                                    # table whose columns the flattened line does not place
                basis = _basis(text[max(0, unit_m.start() - 12):unit_m.start()]) or _flat_basis(text[:unit_m.start()])
                out.append(_flat_cell(doc, para, text, unit_m, label, m.group("num"), seg_start + m.start("num"),
                                      (seg_start, seg_end), basis,
                                      squash(text[max(0, unit_m.start() - 12):unit_m.end()]) or None))
            if stop < 0:
                break
    return out


@lru_cache(maxsize=1)
def _staff_patterns() -> tuple[re.Pattern, dict, re.Pattern, re.Pattern, re.Pattern]:
    t = lexicon.load("documents")["tables"]
    counts = t["staff_count_columns"]
    words = sorted(list(counts) + t["staff_header_words"], key=len, reverse=True)
    spaced = lambda w: r"\s*".join(map(re.escape, w))     # "人员 编制数 在职 人数": a header cut by spaces
    header = re.compile("(?:(?:%s)\\s*){2,}" % "|".join(map(spaced, words)))
    column = re.compile("|".join(map(spaced, sorted(counts, key=len, reverse=True))))
    funds = "|".join(map(re.escape, t["staff_fund_words"]))
    return header, counts, re.compile(rf"\s*(?P<name>[\u4e00-\u9fff（）()、][\u4e00-\u9fff（）()、 ]{{1,30}}?)\s*(?:(?P<fund>{funds})\s*)?"
                                       rf"(?P<nums>\d{{1,5}}(?:\s+\d{{1,5}})*)(?![\d.]|[,，]\d{{3}})"), \
        re.compile(rf"\s*[\u4e00-\u9fff（）()、]{{2,30}}?\s+(?:{funds})(?:\s+(?:[/／—–-]+|——)(?=\s))*(?=\s+[\u4e00-\u9fff])"), column


def _flat_staff_figures(doc: Document) -> list[Figure]:
    """Counts of a staff table flattened into a line of text: a header of column words
    ([tables] staff_header_words / staff_count_columns), then rows "name [fund type] n1 n2 …" with
    one number per count column. Each number is a count (人) of its column's metric for that row;
    a row whose numbers do not match the columns ends the table."""
    header_rx, counts, row_rx, empty_rx, column_rx = _staff_patterns()
    out: list[Figure] = []
    for para in paragraphs(doc.text):
        text = para.text
        for head in header_rx.finditer(text):
            columns = [re.sub(r"\s+", "", c) for c in column_rx.findall(head.group(0))]
            if not columns:
                continue
            pos, rows = head.end(), 0
            halves: list[Figure] = []   # cells read as equal halves ("3939"): kept only when every
            unread = False              # run-together row of the table reads so, and there are 2+
            while rows < 40:
                m = row_rx.match(text, pos)
                empty = empty_rx.match(text, pos)
                if empty and (not m or m.start("nums") > empty.end()):
                    pos, rows = empty.end(), rows + 1   # "区马上办 行政": a row with no counts
                    continue
                nums = m.group("nums").split() if m else []
                note_end = m.end("nums") if m else pos
                by_halves = False
                if m and re.match(r"[一二三四五六七八九十]+、", re.sub(r"\s+", "", m.group("name"))):
                    break           # "三、部门主要工作任务 2016…": the next part of the page
                if m and len(nums) == 1 and len(columns) == 2:
                    split = _run_together(nums[0], text[m.end("nums"):])
                    if split:
                        nums, note_end = split[0], m.end("nums") + split[1]
                        by_halves = split[1] == 0 and nums[0] != "0"
                    else:
                        unread = True
                if not m or len(nums) != len(columns):
                    break
                name = re.sub(r"\s+", "", m.group("name"))
                if name.startswith(("（", "(")) or any(re.sub(r"\s+", "", c) in name for c in counts):
                    break           # "编制数 | （名） 在职人数（人）1": the header wrapped over two lines,
                                    # then a 序号 — no row (a row's name holds no column's words)
                start, end = para.doc_span(m.start("name"), note_end)
                span_text = head.group(0).strip() + " | " + text[m.start("name"):note_end].strip()
                span = Span(doc.name, section_path(doc, start), doc.page_at(start), start, end, span_text)
                for column, number in zip(columns, nums):
                    fig = Figure(doc=doc.name, metric=counts[column], label=name + column,
                                 value=Decimal(number), unit="人", raw=number, span=span, year=doc.year,
                                 source="table", column=column, role="count")
                    (halves if by_halves else out).append(fig)
                pos, rows = m.end(), rows + 1
            if not unread and len(halves) >= 4:
                out += halves       # "3939 … 66 … 1010": every row's cells agree; one "1721" and none is read
    return out


def _run_together(digits: str, after: str) -> tuple[list[str], int] | None:
    """Two count cells run together in a flattened row, told apart by the row's own breakdown:
    "1228人（在编10人，挂职干部12人，行政助理4人，临聘人员2人）" — the people in brackets add up to 28,
    the last column, so the first is 12. Returns ([first, last], length of the text after the digits
    up to the closing bracket); without a breakdown, :func:`_run_together_plain`; None when the
    breakdown does not end the digits."""
    note = re.match(r"\s*人?\s*[（(]([^（）()]{2,80})[）)]", after)
    if not note:
        return _run_together_plain(digits)
    parts = [int(x) for x in re.findall(r"(\d+)\s*人", note.group(1))]
    total = str(sum(parts))
    if len(parts) < 2 or not digits.endswith(total) or not 0 < len(digits) - len(total) <= len(total) \
            or digits.startswith("0"):
        return None
    return [digits[:-len(total)], total], note.end()


def _run_together_plain(digits: str) -> tuple[list[str], int] | None:
    """Two count cells run together with no breakdown, read only where one reading is forced:
    a leading 0 is a cell of its own ("07": 0 and 7 — no count is written 07), and equal halves
    are two equal cells ("1010": 10 and 10; 编制数 and 在职人数 agree — kept by the caller only
    when two or more rows read so and no row of the table stays unread). Anything else ("1721")
    stays unread: None."""
    if len(digits) >= 2 and digits[0] == "0" and digits[1] != "0":
        return ["0", digits[1:]], 0
    half = len(digits) // 2
    if len(digits) >= 2 and len(digits) % 2 == 0 and digits[:half] == digits[half:] and digits[0] != "0":
        return [digits[:half], digits[half:]], 0
    return None


def _template_figures(doc: Document) -> list[Figure]:
    """Cells of national approval forms flattened into one line (:mod:`corpus.flat_templates`):
    the 合计 row's cells take the column's metric and the form's prefix ("公共预算财政拨款本年收入"),
    a function-class row's cells its code and name; only the ``row_column`` cell of such a row
    takes the class's metric (204公共安全支出 → its 本年支出). Unit: the one declared before the rows, else
    the form's own (documents.toml)."""
    out: list[Figure] = []
    for para in paragraphs(doc.text):
        text = para.text
        for template, found in flat_templates.cells(text):
            declared = _DECLARED.search(text[:found[0].start]) if found else None
            unit = declared.group(1) if declared else template["unit"]
            for c in found:
                column, column_metric = template["columns"][c.column]
                total = c.row in lexicon.load("documents")["tables"]["total_row_labels"]
                label = template["prefix"] + column if total else f"{c.row}：{column}"
                metric = (column_metric or None) if total else (
                    match_metric(c.row) if c.column + 1 == template["row_column"] else None)
                start, end = para.doc_span(c.row_start, c.row_end)
                span = Span(doc.name, section_path(doc, start), doc.page_at(start), start, end,
                            f"{template['title']}（{column}）| {text[c.row_start:c.row_end].strip()}")
                value = Decimal(c.raw.replace(",", ""))
                out.append(Figure(doc=doc.name, metric=metric if metric and unit_fits(metric, unit) else None,
                                  label=label, value=value, unit=unit, raw=c.raw, span=span,
                                  value_wan=numbers.to_wan(value, unit), year=doc.year, source="table",
                                  column=column, role="amount"))
    return out


def _listed_units(doc: Document) -> list[Figure]:
    """How many units a department covers, from its numbered list ([tables] unit_list_intros):
    the row numbers standing at line starts after the intro must run 1, 2, … N (a list broken
    over lines: "上海市…执法大队\n2\n（下属参公事业单位）"); N (个) is the count, the span the intro
    through the last number, ``source`` "list" (a count no sentence states). Lists not numbered
    from 1, or of one row, give nothing."""
    t = lexicon.load("documents")["tables"]
    out: list[Figure] = []
    for intro in t["unit_list_intros"]:
        for m in re.finditer(r"\s*".join(map(re.escape, intro)), doc.text):     # a PDF line may break it
            body = doc.text[m.end():m.end() + 1500]
            end = min((i for i in (body.find(w) for w in t["unit_list_ends"]) if i >= 0), default=len(body))
            n, last = 0, 0
            for row in re.finditer(r"(?m)^\s*(\d{1,2})(?=\s|$)", body[:end]):
                if int(row.group(1)) != n + 1:
                    break
                eol = body.find("\n", row.end(), end)
                eol = end if eol < 0 else eol
                if not body[row.end():eol].strip():     # a number alone on its line: its name goes on
                    nxt = body.find("\n", eol + 1, end)
                    eol = end if nxt < 0 else nxt
                n, last = n + 1, eol                     # the row's line(s), to their end
            if n < 2:
                continue
            opening = doc.text.rfind("。", max(0, m.start() - 100), m.start())
            if opening < 0:
                opening = doc.text.rfind("\n", max(0, m.start() - 100), m.start())
            start, stop = (opening + 1 if opening >= 0 else m.start()), m.end() + last   # from 纳入…
            while start < m.start() and doc.text[start].isspace():
                start += 1
            span = Span(doc.name, section_path(doc, start), doc.page_at(start), start, stop, doc.text[start:stop])
            out.append(Figure(doc=doc.name, metric=t["unit_list_metric"], label=t["unit_list_label"],
                              value=Decimal(n), unit="个", raw=str(n), span=span, year=doc.year,
                              source="list", role="count"))
    return out


def _share_elided_heads(doc: Document, figures: list[Figure]) -> None:
    """"公务用车购置为0万元、运行费116.02万元": a short label right after an amount of the same
    sentence, naming nothing alone, shares the head of the label before it when head + label is a
    metric's name (运行费 → 公务用车运行费). Sets such a figure's label and metric."""
    text = doc.text or ""
    placed = sorted(((text.find(f.raw, f.span.start), f) for f in figures
                     if f.source == "text" and f.role == "amount" and f.raw), key=lambda x: x[0])
    for (at, prev), (at2, f) in zip(placed, placed[1:]):
        if at < 0 or f.metric or prev.span.start != f.span.start or len(f.label or "") > 5 or not prev.label:
            continue
        gap = text[at + len(prev.raw):at2]
        if not re.fullmatch(r"\s*[、，,；;]\s*" + re.escape(f.label) + r"\s*(?:为|是)?\s*", gap):
            continue
        for k in range(len(prev.label) - 1, 1, -1):
            metric = match_metric(prev.label[:k] + f.label)
            if metric and unit_fits(metric, f.unit):
                f.label, f.metric = prev.label[:k] + f.label, metric
                break


def _name_bare_shares(figures: list[Figure]) -> None:
    """"面向中小企业预留…金额148.60万元，占79.68%" / "…1,520.00万元，占政府采购预算总额的81.62%": a
    share whose clause is only 占 and its whole, right after an amount of the same sentence, is that
    amount's share — its label is the amount's label + 占 (+ the whole said)."""
    for placed in _text_runs(figures):
        for (at, prev), (at2, f) in zip(placed, placed[1:]):
            if f.role != "share" or prev.unit == "%" or not prev.label:
                continue
            gap = squash(f.span.text[at + len(prev.raw):at2])
            said = re.fullmatch(r"[，,、]?(占[^，,。；;:：\d%]{0,20}?)(?:比重|比例)?(?:为|是)?", gap)
            if said and squash(f.label or "") in ("占", "占比", "", said.group(1)):
                f.label = prev.label + said.group(1)     # (its whole, when said: 占政府采购预算总额的)


def _untype_misprinted_units(doc: Document, figures: list[Figure]) -> None:
    """"基本支出837.83万元。其中：人员支出697.33元，公用支出140.50万元": a part whose unit differs
    from its head's and its siblings', where the parts add up to the head only when it is read in
    their unit, is misprinted — the page does not say which reading holds, so the part answers
    nothing (role "unknown"); the head and the other parts stay."""
    text = doc.text or ""
    money = [(text.find(f.raw, f.span.start), f) for f in figures
             if f.source == "text" and f.role == "amount" and f.raw and f.unit in ("元", "万元")]
    money = sorted(((p, f) for p, f in money if p >= 0), key=lambda x: x[0])
    for cue in re.finditer("其中", text):
        heads = [(p, f) for p, f in money if cue.start() - 60 <= p < cue.start()]
        stop = text.find("。", cue.end())
        parts = [f for p, f in money if cue.end() <= p < (stop if stop >= 0 else len(text))]
        if not heads or len(parts) < 2:
            continue
        head = heads[-1][1]
        odd = [f for f in parts if f.unit != head.unit]
        if head.unit != "万元" or not odd or len(odd) == len(parts):
            continue
        as_printed = sum((numbers.to_wan(f.value, f.unit) for f in parts), Decimal(0))
        as_head = sum((f.value for f in parts), Decimal(0))
        if abs(as_head - head.value) <= Decimal("0.01") * len(parts) < abs(as_printed - head.value):
            for f in odd:
                f.role = "unknown"


def _untype_blank_templates(figures: list[Figure]) -> None:
    """"本部门收入预算0万元，其中：一般公共预算拨款0万元，…相应安排支出预算0万元，其中：人员支出0万元，
    …项目支出0万元" beside "（三）项目支出200万元": a sentence of BLANK_TEMPLATE_MIN or more amounts,
    every one 0, one of whose items the page states elsewhere as a non-zero amount of the same year
    and basis, is a template left unfilled — its zeros answer nothing (role "unknown")."""
    by_span: dict[tuple[int, int], list[Figure]] = {}
    for f in figures:
        if f.source == "text" and f.role == "amount":
            by_span.setdefault((f.span.start, f.span.end), []).append(f)
    for span, group in by_span.items():
        if len(group) < BLANK_TEMPLATE_MIN or any(f.value != 0 for f in group):
            continue
        stated = {(f.metric, f.year, f.basis) for f in figures if f.metric and f.role == "amount" and f.value != 0
                  and (f.span.start, f.span.end) != span}
        if any((f.metric, f.year, f.basis) in stated for f in group if f.metric):
            for f in group:
                f.role = "unknown"


def _change_fits(value: Decimal, change: Decimal, pct: Decimal) -> bool:
    """Whether a change and a rate can both be of ``value``: the rate of change on value − change
    is the one stated, within one unit of the rate's last printed digit (增长23% for 23.80%: pages
    cut as often as they round) and what the amounts' own last digits allow."""
    base = value - change
    if base <= 0 or change == 0:
        return base > 0
    step = lambda d: Decimal(1).scaleb(min(d.as_tuple().exponent, 0))
    slack = step(pct) + abs(pct) * (step(change) / abs(change) + step(value) / base)
    return abs(change / base * 100 - pct) <= slack


def _drop_disagreeing_changes(figures: list[Figure]) -> None:
    """A change and a rate stated of one amount that cannot both hold: they belong to the one
    other amount of the same item they fit ("2016年公务用车运行费19.11万元；与2016年相比，公务用车运行费
    减少15.41万元，下降80.64%" is the change of the 3.70万元 stated before: 3.70 + 15.41 = 19.11,
    −15.41 ÷ 19.11 = −80.64%), moved there with its reason; with no such amount and the two far
    apart ("本年支出101.79万元，比2014年决算数增加65.39元，增长179.64%": one of the two misprinted, the
    page does not say which) neither is kept. The amounts stay."""
    for f in figures:
        if f.change is None or f.change_pct is None or f.role != "amount" or f.value - f.change <= 0 \
                or _change_fits(f.value, f.change, f.change_pct):
            continue
        fits = [g for g in figures if g is not f and g.role == "amount" and g.change is None and g.unit == f.unit
                and (g.metric or g.label) == (f.metric or f.label) and _change_fits(g.value, f.change, f.change_pct)]
        if len({(g.value, g.basis) for g in fits}) == 1:
            # one amount, stated more than once (in the summary and in the item's own paragraph): the
            # statement in the change's own sentence, else the first
            g = next((g for g in fits if g.span.start == f.span.start), fits[0])
            g.change, g.change_pct, g.change_raw, g.reason = f.change, f.change_pct, f.change_raw, g.reason or f.reason
            f.reason = None
            f.change, f.change_pct, f.change_raw = None, None, None
            continue
        implied = f.change / (f.value - f.change) * 100
        if implied * f.change_pct <= 0 or not Decimal("0.5") <= abs(implied / f.change_pct) <= 2:
            f.change, f.change_pct, f.change_raw = None, None, None
        # a rate a little off (减少13.25万元，减少2.35% on the wrong base) keeps both: the consistency
        # checks report it


BLANK_TEMPLATE_MIN = 4      # zero amounts in one sentence that may be a template left unfilled
_SUB_LIST = re.compile(r"^[^。；;]{0,12}?[（(]\s*[1１一]\s*[）)]")


def _untype_sub_items(doc: Document, figures: list[Figure]) -> None:
    """"2、公用支出： 64.50 万元 （1）、综合定额公用经费：42.5万元（2）、误餐及通讯补贴…": an amount
    opening the sub-list under an amount of the same metric is a part of it, not that metric (its
    label still names it: 综合定额公用经费). Sets such a figure's metric to None."""
    text = doc.text or ""
    by_span: dict[int, list[Figure]] = {}
    for f in figures:
        if f.source == "text" and f.metric and f.role == "amount" and f.raw:
            by_span.setdefault(f.span.start, []).append(f)
    for group in by_span.values():
        placed = sorted(((text.find(f.raw, f.span.start), f) for f in group), key=lambda x: x[0])
        for (at, head), (at2, part) in zip(placed, placed[1:]):
            if at < 0 or at2 < 0 or head.metric != part.metric or head.value == part.value:
                continue
            between = text[at + len(head.raw):at2]
            if _SUB_LIST.match(between):
                part.metric = None


_LINE_HEAD = re.compile(r"[（(](?:类|款|项)[）)]\s*$|^\d{3,7}(?=[\u4e00-\u9fff])")


def _name_line_parts(figures: list[Figure]) -> None:
    """"特殊学校教育（项）493.97万元，其中基本支出435.69万元，…项目支出58.28万元": the parts listed
    after 其中 under a line of the classification (its label closing in （类）/（款）/（项）, or opening
    with its code) are that line's, not the unit's 基本支出: the label takes the line's name
    ("特殊学校教育（项）：基本支出") and the metric goes, so the unit's own amount answers 基本支出."""
    for placed in _text_runs(figures):
        named: set[int] = set()
        for k, (at, f) in enumerate(placed):
            if not f.metric or f.role != "amount" or not k:
                continue
            head_at, head = next(((a, h) for a, h in reversed(placed[:k]) if h.role == "amount"
                                  and _LINE_HEAD.search(squash(h.label or ""))), (None, None))
            if head is None:
                continue
            between = f.span.text[head_at + len(head.raw):at]
            # (a part after "；" goes on with the list when the part before it was the line's too)
            stops = "[。]" if id(placed[k - 1][1]) in named else "[；;。]"
            if "其中" in between and not re.search(stops, between) and f.unit == head.unit:
                f.label, f.metric = f"{squash(head.label)}：{f.label}", None
                named.add(id(f))


def _name_count_verbs(figures: list[Figure]) -> None:
    """"国内公务接待支出3.14万元，共接待42批次、312人次": a count labelled by its verb alone
    ([phrases] count_verb_labels) counts the item of the amount before it in its clause; its label
    takes that item's name ("国内公务接待：共接待")."""
    verbs = _lex()["phrases"].get("count_verb_labels")
    if not verbs:
        return
    for placed in _text_runs(figures):
        for k, (at, f) in enumerate(placed):
            if f.role != "count" or not re.search(verbs, squash(f.label or "")):
                continue
            before = next(((a, h) for a, h in reversed(placed[:k]) if h.role in ("amount", "") and h.unit != "%"
                           and numbers.canonical_unit(h.unit) in numbers.MONEY_FACTORS_TO_WAN), None)
            if before is None or re.search("[；;。]", f.span.text[before[0]:at]):
                # no amount before it in its clause ("全部为国内公务接待，共接待18批次"): the words its
                # sentence names the verb's doing with before the count ("国内公务接待")
                item = _verb_named_before(squash(f.label or ""), f.span.text[:at])
                if item:
                    f.label = f"{item}：{f.label}"
                continue
            item = re.sub(r"(?:支出|费用|经费|费)$", "", squash(before[1].label or ""))
            if len(item) >= 2:
                f.label = f"{item}：{f.label}"


def _verb_named_before(label: str, before: str) -> str | None:
    """The item a count's verb label names in its own sentence before the count: the last run of
    words ending in the verb ("共接待" → "…国内公务接待，共接待"), without the words that open a
    restatement ([phrases] restated_whole's openers); None when there is none."""
    lead = re.match(r"^\^(\(\?:[^)]*\))\?", _lex()["phrases"]["count_verb_labels"])   # (共|累计|…)
    verb = re.sub("^" + lead.group(1), "", label) if lead else label
    if len(verb) < 2:
        return None
    runs = [m.group(1) for m in re.finditer(rf"([\u4e00-\u9fff]{{2,12}}?{re.escape(verb)})(?![\u4e00-\u9fff])", before)]
    openers = "|".join(map(re.escape, _lex()["phrases"].get("count_item_openers", []))) or "(?!)"
    runs = [re.sub(f"^(?:{openers})", "", r) for r in runs if not r.endswith(label)]
    return runs[-1] if runs and len(runs[-1]) > len(verb) else None


def _name_restated_kinds(figures: list[Figure]) -> None:
    """"特种专业技术用车8辆（均为救护车）": a count whose bracket right after it says what all of the
    things counted are ([phrases] restated_kind) is a count of those things too: its label takes
    their name ("特种专业技术用车（救护车）"), so a question counting them (几辆救护车) finds it."""
    pattern = _lex()["phrases"].get("restated_kind")
    if not pattern:
        return
    for f in figures:
        if f.source != "text" or not f.raw or not f.label or f.role not in ("count", "") \
                or f.unit == "%" or f.unit in numbers.MONEY_FACTORS_TO_WAN:
            continue
        m = re.search(re.escape(f.label) + r"\s*" + re.escape(f.raw) + pattern, f.span.text or "")
        if m and m.group("kind") not in f.label:
            f.label = f"{f.label}（{m.group('kind')}）"


def _split_both_flows(figures: list[Figure]) -> None:
    """"财政拨款收支预算均为842.63万元": an untyped amount said of both flows at once ([phrases]
    both_flows, closed by 均/都/各) is the income's and the spending's — a figure of each is added
    (财政拨款收入预算, 财政拨款支出预算), where the lexicon names that flow's metric; a change said of
    both totals ("收支预算总计比2024年预算增加44.22万元") is each total's change."""
    joined = "|".join(map(re.escape, sorted(_lex()["phrases"].get("both_flows", []), key=len, reverse=True)))
    if not joined:
        return
    added = []
    for f in figures:
        m = re.fullmatch(rf"(.*?)(?:{joined})(.*?)[均都各]", squash(f.label or "")) \
            if f.source == "text" and f.metric is None and f.role in ("amount", "") else None
        # (a change said of both totals at once: "收支预算总计比2024年预算增加44.22万元")
        m = m or re.fullmatch(rf"(.*?)(?:{joined})(.*?(?:总计|总额|总预算))", squash(f.label or "")) \
            if f.source == "text" and f.metric in (None, "收入", "支出") and f.role == "change" else m
        for flow in ("收入", "支出") if m else ():
            label = f"{m.group(1)}{flow}{m.group(2)}"
            metric = match_metric(label)
            if metric and metric != f.metric:
                added.append(replace(f, label=label, metric=metric, role=f.role if f.role == "change" else "amount"))
    figures.extend(added)


def _restated_wholes(figures: list[Figure]) -> None:
    """"本年收入15126840.00元，全部为一般公共预算拨款收入，比上年增加818225.00元": an amount said to be
    all of one kind ([phrases] restated_whole) is that kind's amount too — a figure of the kind's
    metric is added with the same value, change and span (none when the amount has that metric
    already, or the kind is no metric of the lexicon)."""
    pattern = _lex()["phrases"].get("restated_whole")
    if not pattern:
        return
    added = []
    for f in figures:
        if f.source != "text" or not f.raw or f.role not in ("amount", "") or f.unit not in numbers.MONEY_FACTORS_TO_WAN:
            continue
        text = f.span.text or ""
        at = text.find(f.raw)
        m = re.match(pattern, text[at + len(f.raw):]) if at >= 0 else None
        kind = m.group("kind") if m else ""
        flow = next((w for w in ("收入", "支出") if (f.metric or "").endswith(w)), None)
        if kind and flow and not kind.endswith(("收入", "支出")) and match_metric(kind + flow):
            kind += flow    # "财政拨款收支预算均为…，全部为一般公共预算拨款": the income's is 一般公共预算拨款收入
        metric = match_metric(kind) if kind else None
        if metric and metric != f.metric:
            added.append(replace(f, label=kind, metric=metric, purpose=None, role="amount"))
    figures.extend(added)


def _contents_said(figures: list[Figure]) -> None:
    """"货物类3,860.00万元，主要为CT、彩色多普勒超声诊断仪等医疗设备", "年末结转和结余18.27万元，为…项目尚未完成
    支付的垃圾清运服务尾款": what an amount of these metrics ([phrases] contents_of: procurement kinds, balances)
    buys or is, said right after it with an apposition opener, is its use."""
    bought = set(_lex()["phrases"].get("contents_of", []))
    openers = "|".join(map(re.escape, _lex()["phrases"]["apposition"]))
    for f in figures:
        if f.source != "text" or f.metric not in bought or f.purpose or not f.raw:
            continue
        text = f.span.text or ""
        at = text.find(f.raw)
        m = re.match(rf"\s*[，,](?:{openers})([^，,。；;0-9]{{2,60}})(?=[；;。]|$)", text[at + len(f.raw):]) if at >= 0 else None
        if m:
            f.purpose = m.group(1)


def _type_listed_classes(doc: Document, figures: list[Figure]) -> None:
    """"按功能科目列支的行政支出如下：(1)一般公共支出903.8万元 … (2)公共安全43.48万元": under a
    list of function classes (words of ``[phrases] class_list_words`` shortly before it), an
    untyped numbered item whose name + 支出 is a class's alias (公共安全 → 公共安全支出) is that
    class. Sets the figure's metric; nothing else is changed."""
    words = tuple(_lex()["phrases"].get("class_list_words", []))
    text = doc.text or ""
    if not words or not any(w in text for w in words):
        return
    classes = {alias: key for alias, key, _ in _aliases()
               if len(str(_lex()["metrics"].get(key, {}).get("code", ""))) == 3}
    for f in figures:
        if f.source != "text" or f.metric or f.role != "amount" or not _MARKER.match(f.label or ""):
            continue
        key = classes.get(squash(_MARKER.sub("", f.label)) + "支出")
        if key and any(w in text[max(0, f.span.start - 600):f.span.end] for w in words):
            f.metric = key


def _type_listed_parts(figures: list[Figure]) -> None:
    """"政府采购预算286.50万元，其中：货物类42.30万元，工程类14.20万元，服务类230.00万元": an
    untyped short part after 其中, whose name joined to its head's metric is an alias of a metric
    narrower than the head (服务类 + 政府采购 → 服务类政府采购 → 政府采购服务), is that metric.
    Sets the figure's metric; nothing else is changed."""
    heads = [f for f in figures if f.source == "text" and f.metric and f.role == "amount"]
    for f in figures:
        label = squash(f.label or "")
        if f.source != "text" or f.metric or f.role != "amount" or not 2 <= len(label) <= 5:
            continue
        text = f.span.text or ""
        at = text.find(f.raw) if f.raw else -1
        head = next((h for h in heads if h.span.start == f.span.start and h.raw and 0 <= text.find(h.raw) < at
                     and "其中" in text[text.find(h.raw):at]), None)
        if head is None:
            continue
        # (货物 + 政府采购 reads as 政府采购 again; 政府采购 + 货物 is 政府采购货物)
        key = next((k for k in (match_metric(label + head.metric), match_metric(head.metric + label))
                    if k and k != head.metric and head.metric in k), None)
        if key:
            f.metric = key


def _text_runs(figures: list[Figure]) -> list[list[tuple[int, Figure]]]:
    """The prose figures of each sentence, as (offset of the amount in the sentence, figure) in
    the order written."""
    by_span: dict[tuple[int, int], list[Figure]] = {}
    for f in figures:
        if f.source == "text" and f.raw:
            by_span.setdefault((f.span.start, f.span.end), []).append(f)
    runs = []
    for group in by_span.values():
        text, placed, at = group[0].span.text, [], 0
        for f in sorted(group, key=lambda f: text.find(f.raw)):
            i = text.find(f.raw, at)
            if i >= 0:
                placed.append((i, f))
                at = i + len(f.raw)
        runs.append(placed)
    return runs


def _body_before_metric(f: Figure) -> str:
    """The body a figure's label names before its metric ("局本级基本支出" → 局本级, "某区第十五中学
    事业编制" → 某区第十五中学): 3+ characters closing in [phrases] body_endings, else ''."""
    label = squash(f.label or "")
    alias = next((a for a, key, _ in _aliases() if key == f.metric and label.endswith(a)), "") if f.metric else \
        max((a for a, _, _ in _aliases() if label.endswith(a)), key=len, default="")   # (…（本级）支出预算: untyped)
    body = label[:-len(alias)] if alias else ""
    bare = re.sub(r"[（(]([^（）()]*)[）)]$", r"\1", body)      # "…数据资源局（本级）": its bracket read as said
    return body if len(body) >= 3 and bare.endswith(tuple(_lex()["phrases"].get("body_endings", []))) else ""


def _name_body_parts(figures: list[Figure]) -> None:
    """"汇川区劳动保障监察大队基本支出200.34万元（人员经费168.49万元，公用经费31.85万元）": the
    parts named bare in the brackets right after a body's amount are that body's (labels
    汇川区劳动保障监察大队人员经费 …), never the department's own 人员经费."""
    names = _alias_names()
    for placed in _text_runs(figures):
        for k, (at, g) in enumerate(placed):
            text = g.span.text
            close = text.find("）", at)
            if not g.metric or not text[at + len(g.raw):].lstrip().startswith("（") or close < 0:
                continue
            body = _body_before_metric(g)
            if not body:
                continue
            for i, f in placed[k + 1:]:
                if i > close:
                    break
                if f.metric and squash(f.label or "") in names:
                    f.label = body + f.label


def _carry_bodies(doc: Document, figures: list[Figure]) -> None:
    """A body's figures listed in one clause run: "第十五中学事业编制126人，实有人数119人" — the
    bare metric after a body's figure is that body's (第十五中学实有人数), up to the next ；/。; and
    the bodies listed after 其中 or in brackets after a figure ("实有人数28人，其中：局本级17人，
    水土保持站11人"; "退休9人（局本级5人，水土保持站4人）") are that figure's item for each body
    (局本级实有人数, metric 在职人数). Bodies end in [phrases] body_endings."""
    endings = tuple(_lex()["phrases"].get("body_endings", []))
    names = _alias_names()
    own = squash((doc.unit or "") + (doc.title or ""))

    def body_of(f: Figure) -> str:
        body = _body_before_metric(f)
        return body if body not in own else ""     # (the page's own unit, "中楼乡年初结转和结余…")

    for placed in _text_runs(figures):
        body, last_end, listed = "", 0, set()
        # a body carries over its run only where the sentence names two bodies or more (局本级…；
        # 第十五中学…): one body alone is the page's subject, its figures need no name
        several = len({body_of(f) for _, f in placed} - {""}) >= 2
        for k, (at, f) in enumerate(placed):
            text = f.span.text
            between = text[last_end:at]
            if re.search("[；;。]", between):
                body = ""
            label = squash(f.label or "")
            if body and several and f.metric and label in names and f.unit == placed[k - 1][1].unit:
                f.label = body + f.label
            elif named := body_of(f):
                body = named
                if several and f.metric and _tier(f.metric) == 0:
                    f.metric = None     # "…政务服务中心支出预算749.50万元": one body's, never the page's total
            elif label.endswith(endings) and len(label) >= 3 and not f.metric and k:
                # 其中：局本级17人 / （局本级5人…）: the item of the figure the list hangs from
                head = next((h for _, h in reversed(placed[:k]) if h.unit == f.unit and id(h) not in listed
                             and not squash(h.label or "").endswith(endings)), None)
                opened = text[text.find(head.raw) + len(head.raw):at] if head is not None else ""
                if head is not None and ("其中" in opened or "（" in opened) and not re.search("[；;。]", opened):
                    item = squash(head.label or "")
                    item = re.sub(r"^(?:本部门|全部门|本单位|部门)", "", item)
                    f.label, f.metric = label + item, f.metric or head.metric
                    listed.add(id(f))
            last_end = at + len(f.raw)


def _share_distributed_rates(figures: list[Figure]) -> None:
    """"收、支总计各增加46.17万元，增长6.46%": the changes a sentence gives several items at once
    (各) share the rate stated after them."""
    by_span: dict[tuple[int, int], list[Figure]] = {}
    for f in figures:
        if f.source == "text" and f.role == "change" and f.change is not None and f.unit != "%":
            by_span.setdefault((f.span.start, f.span.end), []).append(f)
    for changes in by_span.values():
        for f in changes:
            same = [g for g in changes if g.change == f.change and g.unit == f.unit]
            rates = {g.change_pct for g in same if g.change_pct is not None}
            if len(same) > 1 and len(rates) == 1 and all("各" in "".join(g.change_raw or []) for g in same):
                for g in same:
                    g.change_pct = g.change_pct if g.change_pct is not None else next(iter(rates))


def _type_moved_to(doc: Document, figures: list[Figure]) -> None:
    """"X由上年的260人减少至210人" ([phrases] moved_from / moved_to): the second number is X's
    value of the document's year (an amount or a count, its change on the first when that is last
    year's), the first X's value of the year named before it; both carry X as their label."""
    ph = _lex()["phrases"]
    if not ph.get("moved_to"):
        return
    to = re.compile("(?:%s)$" % "|".join(map(re.escape, sorted(ph["moved_to"], key=len, reverse=True))))
    for placed in _text_runs(figures):
        text = placed[0][1].span.text if placed else ""
        for (at0, g), (at1, f) in zip(placed, placed[1:]):
            between = squash(text[at0 + len(g.raw):at1])
            subject = re.sub(ph["moved_from"], "", g.label or "")
            if g.unit != f.unit or not to.fullmatch(between) or subject == g.label \
                    or not re.search(r"[\u4e00-\u9fff]{2}", subject) or not re.search(ph["moved_from"], squash(text[:at0])):
                continue
            f.label, f.metric, f.role = subject, f.metric or g.metric, default_role(f.unit)
            f.year = doc.year if f.year in (None, doc.year) else f.year
            if doc.year and g.year == doc.year - 1 and f.change is None:
                f.change = f.value - g.value
            g.label = subject


def extract(doc: Document) -> list[Figure]:
    """Every stated amount in ``doc`` (prose, tables, and tables flattened into a line of text)
    as :class:`Figure` (see module docstring)."""
    drafts = _prose_drafts(doc)
    prose = [_to_figure(doc, d) for d in drafts]
    taken = {(f.span.start, f.span.end, f.raw) for f in prose}
    flat = [f for f in _flat_table_figures(doc) if (f.span.start, f.span.end, f.raw) not in taken]
    out = prose + _table_figures(doc) + flat + _template_figures(doc) + _flat_staff_figures(doc) + _listed_units(doc)
    _untype_sub_items(doc, out)
    _type_moved_to(doc, out)
    _name_body_parts(out)
    _carry_bodies(doc, out)
    _name_line_parts(out)
    _name_count_verbs(out)
    _describe_incomes(doc, out)
    _name_restated_kinds(out)
    _split_both_flows(out)
    _restated_wholes(out)
    _share_distributed_rates(out)
    _type_listed_classes(doc, out)
    _type_listed_parts(out)
    _contents_said(out)
    _untype_misprinted_units(doc, out)
    _untype_blank_templates(out)
    _share_elided_heads(doc, out)
    _name_bare_shares(out)
    _drop_disagreeing_changes(out)
    for f in out:
        if f.metric and f.role == "amount" and not unit_fits(f.metric, f.unit):
            f.metric = None     # "编外教职工劳务派遣经费 1,680,000.00元": money never of a count metric (教职工)
    if any(w in squash(doc.title or "") for w in _lex()["basis"]["execution_titles"]):
        # a report of how the year's budget was carried out: its own year's amounts stated without
        # a basis word are what was done (执行数), never the budget
        for f in out:
            if f.basis is None and f.year == doc.year and f.role == "amount":
                f.basis = "执行数"
    if doc.ocr_pages:
        scanned = set(doc.ocr_pages)
        for f in out:
            f.ocr = f.span.page in scanned
    return out


# public names for the table checks
cell_number = _cell_number
row_groups = _row_groups

