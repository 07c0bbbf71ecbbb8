"""Consistency checks read from the wording of the text (the issue's identities that no single
figure carries): the clauses are found by the template words kept as data in
``lexicon/metrics.toml`` ``[text_checks]``; every number is read with :mod:`corpus.numbers`.

Checks (``Finding.check``):

- "其中各项之和": a total followed by "其中：A x万元，B y万元…" (one sentence, no nested 其中, no
  aside in brackets). Parts exceeding the total are always a finding; parts falling short only
  when the list is a template's full enumeration (it states an item as 0).
- "具体情况如下": a total whose sentence (or the next) closes with "具体情况如下：" against the
  first amount of each numbered item that follows ("（一）招商引资47.43万元…（二）…"), up to the
  next heading of a higher level; every item must state an amount.
- "科目=下级科目之和": an item with a 科目编码 (229) against the items listed after it whose codes
  extend it (2296099, 2299901: the next level listed), and a 一般公共预算拨款支出 total against
  its 类 (3-digit codes) — parts exceeding the total always, falling short when ≥ 2 are listed.
- "收入预算=支出预算": a budget's "收入预算为X万元" and "相应安排支出预算Y万元" (the 收支总表
  balances).
- "财政拨款收入与支出": a budget's 一般公共预算拨款 income (in the income list) against its
  "一般公共预算拨款支出": spending below the appropriation, or above it plus the carry-over the
  income list states.
- "增长率": a rate that cannot be — a decrease of more than 100%; a rate stated against the
  previous year's amount written in the clause ("与2014年0.7万元相比…增长52.71%", the current
  amount the one stated just before); a rate stated with a change written without its unit
  ("6.83万元，较2014年决算数增加1.17，增加16.71%": the change is in the amount's unit).

Tolerance: 0.01 of the total's unit for sums (a finding says when the gap is within the rounding
of the stated digits), 0.1 percentage point for rates (plus the rounding of the inputs).
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from . import lexicon
from .figures import paragraphs, section_path
from .models import Document, Finding, Span
from .numbers import MONEY_FACTORS_TO_WAN, amount_ulp, half_ulp, pct_range, plain as _fmt, to_wan

SUM_TOLERANCE = Decimal("0.01")   # of the total's unit
RATE_TOLERANCE = Decimal("0.1")   # percentage points

_NUM = r"(\d[\d,，]*(?:\.\d+)?)"
_MONEY = _NUM + r"\s*(万元|亿元|元)"



def _halves(parts: list, unit: str, total: Decimal) -> bool:
    """Whether the first parts of a list make ``total`` and the rest make it again (the list of a
    total shared by income and spending: "年初结转8.32万元，本年收入372.48万元；本年支出374.39万元，年末结转
    6.41万元" under "收入、支出总计均为380.80万元")."""
    run = Decimal(0)
    for k, (_, v, u) in enumerate(parts[:-1]):
        run += _in(v, u, unit)
        if abs(run - total) <= SUM_TOLERANCE:
            return True
    return False

def _cfg() -> dict:
    return lexicon.load("metrics")["text_checks"]


def _dec(s: str) -> Decimal | None:
    try:
        return Decimal(s.replace(",", "").replace("，", ""))
    except (InvalidOperation, AttributeError):
        return None


def _span(doc: Document, para, start: int, end: int) -> Span:
    a, b = para.doc_span(start, end)
    return Span(doc.name, section_path(doc, a), doc.page_at(a), a, b, para.text[start:end])


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """[start, end) of the sentence (。！？ bounded) holding ``pos``."""
    start = max(text.rfind(c, 0, pos) for c in "。！？") + 1
    ends = [i for i in (text.find(c, pos) for c in "。！？") if i >= 0]
    return start, (min(ends) + 1 if ends else len(text))


_FACTOR = MONEY_FACTORS_TO_WAN


def _in(value: Decimal, unit: str, target: str) -> Decimal:
    """``value`` in ``unit`` expressed in ``target`` (both money units)."""
    return to_wan(value, unit) / to_wan(Decimal(1), target)


def _sum_message(total_label: str, total: Decimal, unit: str, parts: list[tuple[str, Decimal, str]],
                 computed: Decimal, rounding: Decimal) -> str:
    parts_text = " + ".join(f"{lab}{_fmt(v)}{u}" for lab, v, u in parts)
    gap = total - computed
    note = "（差额在各数四舍五入的范围内）" if abs(gap) <= rounding else ""
    return (f"{total_label}{_fmt(total)}{unit}，但分项 {parts_text} = {_fmt(computed)}{unit}，"
            f"相差 {_fmt(gap)}{unit}{note}")


def _rounding(values: list[tuple[Decimal, str]], unit: str) -> Decimal:
    """The most the stated digits can hide: half a unit of each last digit, amounts in 万元 / 亿元
    being kept to the cent of the unit (so "6820万元" is 6820.00)."""
    return sum((_in(amount_ulp(v, u), u, unit) for v, u in values), Decimal(0))


# --------------------------------------------------------------------------- 其中 lists

def _list_sum_findings(doc: Document) -> list[Finding]:
    cfg = _cfg()
    opener = re.compile(_MONEY + r"\s*[，,；;：:。]?\s*(?:" + "|".join(cfg["list_openers"]) + r")\s*[：:，,]?")
    change_words = tuple(cfg["change_words"])
    out = []
    for para in paragraphs(doc.text or ""):
        text = para.text
        for m in opener.finditer(text):
            total, unit = _dec(m.group(1)), m.group(2)
            if total is None:
                continue
            clause = re.split(r"[，,。；;：:]", text[max(0, m.start() - 30):m.start()])[-1]
            s0, _ = _sentence(text, m.start())
            if "。" in m.group(0) and re.search(_MONEY, text[s0:m.start()]):
                continue                # "…资金327.26万元。其中": the 其中 of another total
            if clause.rstrip("了约达为 ").endswith(change_words):
                continue                # "比上年增加6.94万元，其中…": the parts of a change
            _, end = _sentence(text, m.end())
            flow = next((f for f in cfg["flow_totals"] if f in clause), None)
            stops = cfg["list_openers"] + cfg["income_totals"] + cfg["spending_totals"] + ["相应安排"] \
                + (cfg["flow_totals"][flow] if flow else [])
            nested = re.search("|".join(stops + cfg.get("list_end_words", [])), text[m.end():end])
            stop = m.end() + nested.start() if nested else end      # (a reason closes the list: "…运行费0.00万元，
                                                                    # 主要原因是…；公务接待费0.30万元")
            body = text[m.end():stop]
            if nested and nested.group(0) in cfg["list_openers"]:
                semi = max(body.rfind("；"), body.rfind(";"))
                if semi > 0:    # "…1235.00万元；合肥市…服务中心支出预算749.50万元，其中…": the clause
                    body = body[:semi]  # after ； heads a list of its own, no part of this one
            if "占" in body:            # "…办公费9.48万元，占执行预算的67.7%": another enumeration
                body = body[:body.find("占")].rstrip("，,、 ")
                body = body[:max(body.rfind("，"), body.rfind(","), 0)]
            if re.search("|".join(cfg["code_words"]), body) or re.search(r"\d\s*[，,、；;]", body):
                continue                # coded items (checked by code) or a number without its unit
            parts = []
            depth = 0
            last = 0
            for pm in re.finditer(_MONEY + r"|[（(]|[）)]", body):
                tok = pm.group(0)
                if tok in "（(":
                    depth += 1
                    continue
                if tok in "）)":
                    depth = max(0, depth - 1)
                    continue
                label = body[last:pm.start()]
                last = pm.end()
                if depth or label.rstrip().endswith(change_words) or re.search(r"[占%％]", label):
                    continue
                if cfg.get("budget_restated") and re.fullmatch(cfg["budget_restated"], re.sub(r"[\s，,、；;：:]", "", label)):
                    continue            # "…运行费12.60万元，年初预算14.00万元": the part's budget, no part
                value = _dec(pm.group(1))
                if value is not None:
                    parts.append((re.sub(r"^[，,、；;：:\s]+", "", label).strip()[-16:], value, pm.group(2)))
            if len(parts) < 2:
                continue
            computed = sum((_in(v, u, unit) for _, v, u in parts), Decimal(0))
            if abs(computed - 2 * total) <= SUM_TOLERANCE and _halves(parts, unit, total):
                continue                # "收入、支出决算总计均为380.80万元，其中：…收入…；…支出…": one total of
                                        # two sides, its list the parts of both (each side adds up)
            gap = total - computed
            template = any(v == 0 for _, v, _ in parts) and len(parts) >= 3 or _complete(parts, cfg)
            if abs(gap) <= SUM_TOLERANCE or (gap > 0 and not template):
                continue
            label = clause
            rounding = _rounding([(total, unit)] + [(v, u) for _, v, u in parts], unit)
            out.append(Finding(doc.name, "其中各项之和",
                               _sum_message(label, total, unit, parts, computed, rounding),
                               gap, unit, [_span(doc, para, *_sentence(text, m.start()))]))
    return out


def _complete(parts, cfg) -> bool:
    """The parts name every item of one of the template's full lists ([text_checks] complete_lists)."""
    labels = [re.sub(r"\s", "", label) for label, _, _ in parts]
    return any(all(any(lab.endswith(name) for lab in labels) for name in names) and len(labels) == len(names)
               for names in cfg.get("complete_lists", []))


# --------------------------------------------------------------------------- "具体情况如下" lists

_ITEM_MARKERS = [r"[（(][一二三四五六七八九十]+[）)]", r"(?<![\d.])\d{1,2}[.．、](?!\d)", r"[①-⑳⑴-⒇]"]
PLAUSIBLE_GAP = Decimal("0.2")   # items off by more than this share of the total: the list was misread
_HEADING = re.compile(r"(?<![\u4e00-\u9fff])[一二三四五六七八九十]+、")


def _as_follows_findings(doc: Document) -> list[Finding]:
    cfg = _cfg()
    change_words = tuple(cfg["change_words"])
    cue = re.compile("(?:" + "|".join(cfg["as_follows"]) + r")[^：:]{0,20}[：:]")
    out = []
    for para in paragraphs(doc.text or ""):
        text = para.text
        for m in cue.finditer(text):
            s0, _ = _sentence(text, m.start())
            head = text[s0:m.start()]
            if not re.search(_MONEY, head) and s0 > 0:      # "…万元。具体情况如下：" — the sentence before
                s0, _ = _sentence(text, s0 - 1)
                head = text[s0:m.start()]
            total_m = re.search(_MONEY, head)
            if total_m is None or head[:total_m.start()].rstrip("了约达为 ").endswith(change_words):
                continue
            total, unit = _dec(total_m.group(1)), total_m.group(2)
            rest = text[m.end():]
            heading = _HEADING.search(rest)
            body = rest[:heading.start()] if heading else rest
            # the total's own list level ("（一）2015本年收入…"): the next item of that level ends the list
            own = next((rx for rx in _ITEM_MARKERS if re.match(r"\s*" + rx, text[s0:s0 + 8])), None)
            if own is not None and re.search(own, body):
                body = body[:re.search(own, body).start()]
            first = next((rx for rx in _ITEM_MARKERS if rx != own and re.match(r"\s*" + rx, body)), None)
            if first is None or total is None:
                continue
            pieces = re.split(first, body)[1:]
            items = []
            for piece in pieces:
                stop = re.search(r"[。；]", piece[re.search(_MONEY, piece).end():]) if re.search(_MONEY, piece) else None
                if stop and first == _ITEM_MARKERS[2]:
                    # circled items end with their sentence ("⒂水体建设支出20万元。在经济分类支出中：…")
                    piece = piece[:re.search(_MONEY, piece).end() + stop.start()]
                am = next((a for a in re.finditer(_MONEY, piece)
                           if not piece[:a.start()].rstrip("了约达为 ").endswith(change_words)), None)
                label = piece[:am.start()] if am else ""
                if am is None or _dec(am.group(1)) is None or re.search(r"\d", label) \
                        or label.rstrip().endswith(("万", "亿", ".")):
                    items = []          # an item without its amount, a coded or garbled one: no finding
                    break
                others = [a for a in re.finditer(_MONEY, piece[am.end():].split("其中")[0])
                          if not piece[am.end():am.end() + a.start()].rstrip("了约达为 ").endswith(change_words)]
                if others:
                    items = []          # "公务用车购置为0万元、运行费116.02万元": parts, not the item's amount
                    break
                items.append((label.strip(" ：:")[-14:], _dec(am.group(1)), am.group(2)))
            if len(items) < 2:
                continue
            computed = sum((_in(v, u, unit) for _, v, u in items), Decimal(0))
            gap = total - computed
            if abs(gap) <= SUM_TOLERANCE or total and abs(gap) > PLAUSIBLE_GAP * total:
                continue
            rounding = _rounding([(total, unit)] + [(v, u) for _, v, u in items], unit)
            label = re.split(r"[，,。；;：:]", head[:total_m.start()])[-1]
            out.append(Finding(doc.name, "具体情况如下", _sum_message(label, total, unit, items, computed, rounding),
                               gap, unit, [_span(doc, para, s0, m.end())]))
    return out


# --------------------------------------------------------------------------- coded items

def _coded_items(doc: Document):
    """(paragraph, position, code, value, unit, label) of each "名称（科目编码：229）82.785万元"."""
    cfg = _cfg()
    code_rx = re.compile(r"[（(]?\s*(?:" + "|".join(cfg["code_words"]) + r")\s*[：:]?\s*(\d{3,7})\s*[）)]?"
                         r"\s*[^\d，。；]{0,8}?" + _MONEY)
    for para in paragraphs(doc.text or ""):
        for m in code_rx.finditer(para.text):
            value = _dec(m.group(2))
            if value is not None:
                yield para, m.start(), m.group(1), value, m.group(3)


def _code_tree_findings(doc: Document) -> list[Finding]:
    items = list(_coded_items(doc))
    out = []
    for i, (para, pos, code, value, unit) in enumerate(items):
        children = []
        level = None
        for _, _, code2, value2, unit2 in items[i + 1:]:
            if not code2.startswith(code) or code2 == code:
                if len(code2) <= len(code):
                    break               # the next item of this level or above: the list ended
                continue
            if level is None:
                level = len(code2)      # the first level listed under the parent
            if len(code2) == level and unit2 in _FACTOR:
                children.append((code2, value2, unit2))
        if not children or unit not in _FACTOR:
            continue
        computed = sum((_in(v, u, unit) for _, v, u in children), Decimal(0))
        gap = value - computed
        if abs(gap) <= SUM_TOLERANCE or (gap > 0 and len(children) < 2):
            continue
        rounding = _rounding([(value, unit)] + [(v, u) for _, v, u in children], unit)
        message = _sum_message(f"科目{code} ", value, unit, [(f"科目{c} ", v, u) for c, v, u in children],
                               computed, rounding)
        out.append(Finding(doc.name, "科目=下级科目之和", message, gap, unit,
                           [_span(doc, para, *_sentence(para.text, pos))]))
    out += _class_total_findings(doc, items)
    return out


def _class_total_findings(doc: Document, items) -> list[Finding]:
    """一般公共预算拨款支出 X万元 against the 类 (3-digit codes) listed after it in its section."""
    cfg = _cfg()
    rx = re.compile("(?:" + "|".join(cfg["class_totals"]) + r")\s*(?:为|是)?\s*" + _MONEY)
    out = []
    for para in paragraphs(doc.text or ""):
        for m in rx.finditer(para.text):
            total, unit = _dec(m.group(1)), m.group(2)
            start, _ = para.doc_span(m.start(), m.end())
            section = section_path(doc, start)
            classes, seen = [], set()
            for para2, pos2, code, value, unit2 in items:
                at, _ = para2.doc_span(pos2, pos2 + 1)
                where = section_path(doc, at)
                if at <= start or not (where == section or where.startswith(section + " > ")) \
                        or len(code) != 3 or code in seen:
                    continue
                seen.add(code)
                classes.append((code, value, unit2))
            if total is None or len(classes) < 2:
                continue
            computed = sum((_in(v, u, unit) for _, v, u in classes), Decimal(0))
            gap = total - computed
            if gap >= -SUM_TOLERANCE:
                continue                # fewer classes listed than spent on: no finding
            rounding = _rounding([(total, unit)] + [(v, u) for _, v, u in classes], unit)
            message = _sum_message(m.group(0)[:-len(m.group(1)) - len(unit)].strip(), total, unit,
                                   [(f"科目{c} ", v, u) for c, v, u in classes], computed, rounding)
            out.append(Finding(doc.name, "功能分类=支出合计", message, gap, unit,
                               [_span(doc, para, *_sentence(para.text, m.start()))]))
    return out


# --------------------------------------------------------------------------- budget balance

def _first(doc: Document, words: list[str]):
    rx = re.compile("(?:" + "|".join(words) + r")\s*(?:为|是)?\s*" + _MONEY)
    found = []
    for para in paragraphs(doc.text or ""):
        for m in rx.finditer(para.text):
            value = _dec(m.group(1))
            if value is not None and m.group(2) in _FACTOR:
                found.append((para, m, _in(value, m.group(2), "万元")))
    return found


def _one_decimal(v: Decimal) -> Decimal:
    """A total restated with one decimal ("1136.3万元" for 1136.33) is rounded: half its last digit."""
    return half_ulp(v) if v.as_tuple().exponent == -1 else Decimal(0)


def _balance_findings(doc: Document) -> list[Finding]:
    if doc.kind != "预算":
        return []
    cfg = _cfg()
    out = []
    income, spending = _first(doc, cfg["income_totals"]), _first(doc, cfg["spending_totals"])
    if income and spending and len({v for *_, v in income}) == 1 and len({v for *_, v in spending}) == 1:
        (pi, mi, vi), (ps, ms, vs) = income[0], spending[0]
        if abs(vi - vs) > SUM_TOLERANCE + _one_decimal(vi) + _one_decimal(vs):
            out.append(Finding(doc.name, "收入预算=支出预算",
                               f"收入预算{_fmt(vi)}万元，支出预算{_fmt(vs)}万元，相差 {_fmt(vi - vs)}万元（预算收支应平衡）",
                               vi - vs, "万元", [_span(doc, pi, *_sentence(pi.text, mi.start())),
                                                _span(doc, ps, *_sentence(ps.text, ms.start()))]))
    # the appropriation in the income list against its spending
    granted = [(p, m, v) for p, m, v in _first(doc, cfg["appropriation_income"])
               if any(w in p.text[max(0, m.start() - 40):m.start()] for w in cfg["income_list_words"])]
    spent = _first(doc, cfg["appropriation_spending"])
    if len({v for *_, v in granted}) == 1 and len({v for *_, v in spent}) == 1:
        (pg, mg, vg), (pp, mp, vp) = granted[0], spent[0]
        s0, s1 = _sentence(pg.text, mg.start())
        carried = sum((v for p, m, v in _first(doc, cfg["carry_over"]) if p is pg and s0 <= m.start() < s1),
                      Decimal(0))
        tol = SUM_TOLERANCE + _one_decimal(vg) + _one_decimal(vp)
        if vp < vg - tol or vp > vg + carried + tol:
            extra = f"（另有结转{_fmt(carried)}万元）" if carried else ""
            out.append(Finding(doc.name, "财政拨款收入与支出",
                               f"一般公共预算拨款收入{_fmt(vg)}万元{extra}，一般公共预算拨款支出却为{_fmt(vp)}万元",
                               vp - vg, "万元", [_span(doc, pg, s0, s1), _span(doc, pp, *_sentence(pp.text, mp.start()))]))
    return out


# --------------------------------------------------------------------------- rates

def _rate_findings(doc: Document) -> list[Finding]:
    cfg = _cfg()
    down = "|".join(cfg["rate_down"])
    up = "|".join(cfg["rate_up"])
    rate_rx = re.compile(rf"({down}|{up})([（(][^）)]{{0,4}}[）)])?\s*(?:了)?\s*{_NUM}\s*[%％]")
    base_rx = re.compile(r"(?:与|同|比|较)\s*(?:(?:19|20)\d{2}\s*年度?|上年|去年)[^\d，。；]{0,8}?" + _NUM
                         + r"\s*(万元|元)?\s*(?:相比|比)?\s*[，,]?")
    loose_rx = re.compile(r"(?:较|比)\s*(?:(?:19|20)\d{2}\s*年度?)?[^\d，。；]{0,12}?(" + "|".join(cfg["change_up"] + cfg["change_down"])
                          + r")\s*" + _NUM + r"\s*[，,]\s*$")
    out = []
    for para in paragraphs(doc.text or ""):
        text = para.text
        for m in rate_rx.finditer(text):
            rate = _dec(m.group(3))
            if rate is None:
                continue
            is_down = re.fullmatch(down, m.group(1)) is not None
            stated = -rate if is_down else rate
            either = m.group(2) is not None     # "下降（增长）162%": the template left both words
            s0, s1 = _sentence(text, m.start())
            span = _span(doc, para, s0, s1)
            if is_down and rate > 100 and not either:
                out.append(Finding(doc.name, "增长率", f"写明“{m.group(0)}”：下降超过100%不可能（下降100%即减为0）",
                                   stated, "%", [span]))
                continue
            before = text[max(0, m.start() - 120):m.start()]
            # the amount stated last before the comparison: this year's
            base_m = None
            for bm in base_rx.finditer(before):
                base_m = bm
            if base_m is not None and any(w in base_m.group(0) for w in cfg["rate_up"] + cfg["rate_down"]):
                base_m = None   # "较2014年决算数减少23.23万元": a change, not last year's amount
            if base_m is not None and not re.search(_MONEY, before[base_m.end():]):
                prior = _dec(base_m.group(1))
                unit = base_m.group(2)
                head = before[:base_m.start()]
                cur = list(re.finditer(_MONEY, head))
                if prior is None or not cur:
                    continue
                current, cur_unit = _dec(cur[-1].group(1)), cur[-1].group(2)
                if unit and unit != cur_unit or current is None:
                    continue
                how = f"本年{_fmt(current)}{cur_unit}、上年{_fmt(prior)}{cur_unit}"
                found = _rate_check(current, prior, stated, how, either)
            else:
                lm = loose_rx.search(before)
                if lm is None:
                    continue
                cur = list(re.finditer(_MONEY, before[:lm.start()]))
                change = _dec(lm.group(2))
                if not cur or change is None:
                    continue
                current = _dec(cur[-1].group(1))
                if current is None:
                    continue
                sign = -1 if lm.group(1) in cfg["change_down"] else 1
                prior = current - sign * change
                how = (f"本年{_fmt(current)}{cur[-1].group(2)}、变化{_fmt(sign * change)}"
                       f"（未写单位，按{cur[-1].group(2)}）")
                found = _rate_check(current, prior, stated, how, either)
            if found:
                message, gap = found
                out.append(Finding(doc.name, "增长率", message, gap, "%", [span]))
    return out


def _rate_check(current: Decimal, prior: Decimal, stated: Decimal, how: str, either: bool = False):
    rng = pct_range(current, prior, half_ulp(current), half_ulp(prior))
    if rng is None:
        return None
    lo, hi = rng
    tol = RATE_TOLERANCE + half_ulp(stated)
    if any(lo - tol <= x <= hi + tol for x in ((stated, -stated) if either else (stated,))):
        return None
    computed = (current - prior) / prior * 100
    gap = (stated - computed).quantize(Decimal("0.01"))
    return f"写明变化 {_fmt(stated)}%，但按{how}计算应为 {computed:+.2f}%（相差 {gap} 个百分点）", gap


def run(doc: Document) -> list[Finding]:
    """The text-wording checks of ``doc`` (``doc.text`` read; figures not needed)."""
    return (_list_sum_findings(doc) + _code_tree_findings(doc) + _balance_findings(doc)
            + _rate_findings(doc) + _as_follows_findings(doc))
