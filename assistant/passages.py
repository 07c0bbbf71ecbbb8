"""Sentences that answer reason, purpose, definition, organisation and contact questions.

``SentenceFinder(passages)`` splits a document's passages into sentences once; ``find(question,
n)`` returns the n sentences that best say what was asked (主要原因是… for a reason, 主要用于…
for a purpose, the document's own 名词解释 for a definition, 联系电话 for contact …), each with
its passage so it can be cited. Scoring: the share of the question's item words the sentence
holds, plus a bonus for the cue words of the intent (lexicon [passage_cues] in questions.toml).
"""
from __future__ import annotations

import re
from decimal import Decimal
from dataclasses import dataclass, field, replace

from corpus.models import Passage
from corpus.numbers import direction, direction_words, find_amounts
from .question import Question, asked_money, metric_aliases, metric_tier, metrics_in, questions_lexicon, related
from .text import bigrams, coverage, norm, sentences

# share of the question's item words a sentence (with its section titles) must hold
MIN_ITEM_COVER = {"contact": 0.0, "definition": 0.5, "reason": 0.5, "purpose": 0.5, "organisation": 0.4,
                  "deadline": 0.5, "basis_doc": 0.6, "yesno": 0.6}
CUE_REQUIRED = ("reason", "purpose", "definition", "contact", "basis_doc", "organisation")
# a telephone number: area code + number, or a mobile number; never digits inside table figures
PHONE = re.compile(r"(?<![\d.])(?:0\d{2,3}[-－—]?\d{7,8}|1[3-9]\d{9})(?![\d.])")
DATE = re.compile(r"\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月")


@dataclass
class Sentence:
    text: str
    norm: str
    grams: set[str]
    passage: Passage
    section_norm: str
    order: int
    before: set[str] = None      # grams of the three sentences before it in the same passage
    before_norms: tuple = ()     # those sentences, normalised, nearest last
    use_after: set[str] = field(default_factory=set)   # grams of the next sentence in the passage when it
                                                        # states this one's use ([passage_cues] use_openers)


@dataclass
class Found:
    """A sentence and its score; ``lead`` is a shorter reply drawn from it (e.g. the reason
    clause of a figure), used instead of the whole sentence in the answer text."""

    sentence: Sentence
    score: float
    lead: str | None = None


class SentenceFinder:
    """The sentences of one document, ready to be scored against questions."""

    def __init__(self, passages: list[Passage]):
        self.sentences: list[Sentence] = []
        self._section_of: dict[str, str] = {}           # passage id → its section
        self._in_section: dict[str, list[str]] = {}     # section → its passages' ids
        prev: list[set[str]] = []
        demonstratives = tuple(norm(w) for w in questions_lexicon().get("passage_cues", {}).get("demonstratives", []))
        section, prev_norms = None, []
        for p in passages:
            if p.kind != "text":
                continue
            self._section_of[p.id] = p.section
            self._in_section.setdefault(p.section, []).append(p.id)
            if p.section != section:
                # the subject of a reason may close the passage before, in the same section
                prev, prev_norms, section = [], [], p.section
            for s in sentences(p.text):
                if len(s) < 4:
                    continue
                n = norm(s)
                g = bigrams(n)
                # "该项目建成投入使用效益为…": the project named anywhere before in the section
                back = prev if n.startswith(demonstratives) else prev[-3:]
                before = set().union(*back) if back else set()
                self.sentences.append(Sentence(s, n, g, p, norm(p.section), len(self.sentences), before,
                                               tuple(prev_norms[-3:])))
                prev.append(g)
                prev_norms.append(n)
        openers = tuple(questions_lexicon().get("passage_cues", {}).get("use_openers", []))
        for s, nxt in zip(self.sentences, self.sentences[1:]):
            if nxt.passage is s.passage and nxt.text.lstrip().startswith(openers):
                s.use_after = nxt.grams

    def continuation(self, s: Sentence, limit: int = 300) -> str:
        """The sentence with what its closing colon introduces ("…增长1078%，原因是：" + "1、人员增加…；
        2、本年增加了其他资金预算7000万元。"): the sentences after it in its section, up to the one
        ending with 。; or with the rest of its enumeration ("一是…；" + "二是…；三是…。"); at most
        ``limit`` characters more."""
        text = s.text
        if s.order < 0:
            return text
        if text.rstrip().endswith(("：", ":")):
            for nxt in self.sentences[s.order + 1:]:
                if nxt.section_norm != s.section_norm or len(text) + len(nxt.text) > len(s.text) + limit:
                    break
                text += nxt.text
                if nxt.text.rstrip().endswith("。"):
                    break
            return text
        following = tuple(questions_lexicon().get("passage_cues", {}).get("enumeration_next", []))
        for nxt in self.sentences[s.order + 1:]:        # "一是…；" + "二是…；三是…。"
            if nxt.section_norm != s.section_norm or not nxt.text.lstrip().startswith(following) \
                    or not text.rstrip().endswith(("；", ";")) or len(text) + len(nxt.text) > len(s.text) + limit:
                break
            text += nxt.text
        return text

    def _window(self, s: Sentence, limit: int = 400) -> str:
        """``s`` and the sentences after it in its section, up to ``limit`` characters more."""
        text = s.text
        for nxt in self.sentences[s.order + 1:]:
            if nxt.section_norm != s.section_norm or len(text) + len(nxt.text) > len(s.text) + limit:
                break
            text += nxt.text
        return text

    def _named_parents(self, grams: set[str], cues: list[str]) -> dict[str, float]:
        """{parent section: the best share of ``grams`` its heading or one of its project subsections'
        sentences holds} — subsections whose heading has one of ``cues`` (项目概述 …): a catch-all
        section's other subsection ("（二）政府采购情况" beside "（四）项目绩效自评报告") names no
        project of its siblings."""
        best: dict[str, float] = {}
        for s in self.sentences:
            if ">" in s.section_norm:
                parent, _, leaf = s.section_norm.rpartition(">")
                held = coverage(grams, bigrams(parent))
                if any(c in leaf for c in cues):
                    held = max(held, coverage(grams, s.grams | bigrams(s.section_norm)))
                best[parent] = max(best.get(parent, 0.0), held)
        return best

    def find(self, q: Question, n: int = 2, min_score: float = 0.9,
             only: set[str] | None = None) -> list[Found]:
        """The ``n`` best sentences for ``q`` (best first; empty when none reaches min_score);
        ``only``: ids of the passages to read (those the index ranked best), None for all."""
        if only is not None:
            # a reason or use may open a later passage of the section naming its subject
            # ("该项目建成投入使用效益为…")
            only = set(only) | {j for i in only if i in self._section_of for j in self._in_section[self._section_of[i]]}
        cues = questions_lexicon().get("passage_cues", {})
        item = item_words(q)
        for word in q.quoted:
            if word not in item:
                item += word
        terms = [next((k for k in q.metrics if w in k), None if q.metrics else w) for w in q.quoted]
        if q.intent == "definition" and terms and all(terms):
            # "预决算里说的“基本支出”是什么意思": the quoted term is what is defined (“三公”经费: its
            # metric); not when it only says where the term is ("“三公”经费里的公务用车购置及运行费")
            item = "".join(terms)
        grams = bigrams(norm(item))
        duties = False
        intent_cues = [norm(w) for w in cues.get(q.intent, [])]
        section_cues = [norm(w) for w in cues.get(q.intent + "_sections", [])]
        if q.intent == "organisation" and any(w in q.norm for w in cues.get("work_asked", [])):
            section_cues = [norm(w) for w in cues.get("work_sections", [])]    # the work done, not the duties
        elif q.intent == "organisation" and any(w in q.norm for w in cues.get("duties_asked", [])) \
                and not any(w in q.norm for w in cues.get("units_asked", [])):
            # 负责什么 / 主要职责 asks the duties, not the units and offices (基本情况 …)
            section_cues = [norm(w) for w in cues.get("duties_sections", [])]
            duties = True
        elif q.intent == "organisation" and any(w in q.norm for w in cues.get("units_asked", [])):
            section_cues = [norm(w) for w in cues.get("units_sections", [])] or section_cues
            intent_cues = [norm(w) for w in cues.get("units_cues", [])] or intent_cues
        if asks_why_not(q):
            intent_cues += [norm(w) for w in cues.get("why_not", [])]   # why an item is absent: its absence stated
        if asks_source(q):
            intent_cues += [norm(w) for w in cues.get("source", [])]    # where money comes from: what it is
        out: list[Found] = []
        need = MIN_ITEM_COVER.get(q.intent, 0.5)
        composition = q.intent == "definition" and any(w in q.norm for w in cues.get("composition_asked", []))
        quoted = asked_money(q.text)
        # a project's description in numbered sections (一、项目概况 … 五、实施周期): the project
        # named in one of them is the subject of its siblings
        named_in = self._named_parents(grams, section_cues) if grams and section_cues else {}
        whole = q.intent == "reason" and _asks_whole(q, item, cues.get("whole_words", []))
        for s in self.sentences:
            parent, _, leaf = s.section_norm.rpartition(">")
            sibling = any(c in leaf for c in section_cues) and named_in.get(parent, 0.0) >= 0.8
            # the duties asked are read in the duties section, however the index ranked its passages
            own_section = duties and any(c in s.section_norm for c in section_cues)
            if only is not None and s.passage.id not in only and not sibling and not own_section:
                continue
            cover = coverage(grams, s.grams | bigrams(s.section_norm))
            if s.before:
                # the subject may be named in the sentence before ("2、…事业运行（项）。…主要原因：…")
                cover = max(cover, 0.85 * coverage(grams, s.grams | s.before | bigrams(s.section_norm)))
            if q.intent == "reason" and s.use_after:
                # …or by the use the next sentence states ("…主要是…。主要用于辖区环境卫生保洁…")
                cover = max(cover, 0.85 * coverage(grams, s.grams | s.use_after | bigrams(s.section_norm)))
            if sibling:
                cover = max(cover, 0.85 * named_in[parent])
            if whole and cover < need and cues.get("flow_reason"):
                flow = re.match(cues["flow_reason"], s.norm)
                if flow and norm(item).endswith(flow.group("flow")):
                    cover = need    # "支出增长的主要原因是…": the whole's reason (一般预算支出为什么增加)
            if grams and cover < need:
                continue
            score = 2.0 * cover
            if q.intent == "organisation" and grams and coverage(grams, bigrams(leaf)) >= 0.8:
                score += 1.0        # the section is about what was asked (（八）外事科)
            if grams and norm(item) and norm(item) in s.norm:
                score += 0.8
            # (a cue inside a class's name is no use said: "…（款）用于社会福利的彩票公益金支出（项）")
            cued = re.sub(r"\((?:类|款)\)用于[^,，。;；()]*?\(项\)", lambda x: "#" * len(x.group()), s.norm)
            cue_pos = min((cued.find(c) for c in intent_cues if c in cued), default=-1)
            if q.intent == "purpose" and cue_pos < 0 and norm(item):
                # "农村综合改革…182.66万元，其中村级运转经费58.00万元，村干部工资补助124.66万元": the
                # parts of the item's money, listed right after it, say where it goes
                cue_pos = _parts_after(s.norm, norm(item), cues.get("purpose_parts", []))
                remark = re.search(cues["purpose_remark"], s.norm) if cues.get("purpose_remark") and cue_pos < 0 else None
                if remark:      # a table's remark right after a row's amount ("3939.64 支付洗车、补胎…")
                    cue_pos = remark.start(1)
            in_section = any(c in s.section_norm for c in section_cues) or _inline_section(s.norm, section_cues)
            follows = q.intent == "reason" and bool(s.before_norms) and s.norm.startswith(tuple(intent_cues))
            if quoted and (_states_amount(s.text, quoted) or follows and _states_amount(s.before_norms[-1], quoted)):
                # "那1720万主要拿去支持啥了": the sentence stating the money asked about is about it
                # (a reason said on its own right after it: "…比上年增加60.00万元。主要原因是…")
                score += 1.5
            elif quoted and any(a.value_wan is not None for a in find_amounts(s.text)):
                score -= 1.0    # …and one stating other money is about another amount ("增加119.01万元")
                if q.intent == "purpose" and not q.metrics and cover >= 0.8 and _says_more(s.norm, item) \
                        and _names_something(item) \
                        and sum(a.value_wan is not None for a in find_amounts(s.text)) == 1:
                    in_section = True   # a named project's own line with that money ("…工程配备自动
                                        # 监控系统：2000万元") says what it is for, cue word or not
                                        # (a list of several amounts says none's use)
            lead = _list_after(self._window(s), norm(item), len(s.text)) if composition else None
            if lead:
                in_section = True   # the list after the item's name and amount is its parts
            if q.intent in ("reason", "purpose") and q.metrics and _other_subject(s, q.metrics, cue_pos):
                continue            # "（二）公务接待费…。与上年相比支出下降…，主要原因是…": another item's reason
            if q.intent == "reason" and cues.get("reason_referral") and re.search(cues["reason_referral"], s.norm):
                continue            # "…主要原因同上": a reason given elsewhere — that sentence answers
            if q.intent in CUE_REQUIRED and cue_pos < 0 and not in_section \
                    and not (q.intent == "contact" and PHONE.search(s.norm)):
                continue            # a reason question is answered by a sentence that gives one
            if q.intent == "contact" and any(w in q.norm for w in cues.get("address_asked", [])) \
                    and not any(w in s.norm for w in cues.get("address_words", [])):
                continue            # an address asked: a phone line gives none
            if q.intent == "definition" and cue_pos < 0 and not lead and not _opens_with(s.norm, norm(item)):
                continue            # under 名词解释, a line that neither defines (指…) nor names the term
                                    # first is no definition (the list of attached tables)
            if q.intent in ("reason", "purpose") and cue_pos >= 0 and norm(item) \
                    and _item_after_next_marker(s.norm, norm(item), cue_pos):
                continue            # "…主要用于村级办公经费（六）…重大疫情防护等30万元": the use is the item before
            if whole and cue_pos >= 0 and _names_line_item(leaf, s.norm[:cue_pos]):
                continue            # "今年预算为啥少了": the reason of one line item ((二)公务接待费…) is not the whole's
            if q.intent == "reason" and q.direction and cue_pos > 0 and _moved(s.norm[:cue_pos]) not in (None, q.direction):
                continue            # "为什么增加了": a reason given for a decrease (or no change) is another item's
            if q.intent == "reason" and cue_pos >= 0 and other_comparison(q, s.norm[:cue_pos], cues, s.before_norms):
                continue            # "为什么比年初预算多": a reason for the change on last year answers nothing
            if cue_pos >= 0:
                score += 1.0
            if in_section:
                score += 0.6
            score += self._intent_bonus(q, s, item, cue_pos)
            if score >= min_score:
                out.append(Found(s, score, lead))
        out.sort(key=lambda f: (-f.score, f.sentence.order))
        named = q.metrics[0] if len(q.metrics) == 1 else ""
        if not out and named and item != named and named not in item and metric_aliases().get(item) == named:
            # an everyday name (公车的钱 → 车辆经费) the document never writes: the standard term
            # (公务用车购置及运行维护费) read in its place
            return self.find(replace(q, item=named), n, min_score, only)
        return out[:n]

    @staticmethod
    def _intent_bonus(q: Question, s: Sentence, item: str, cue_pos: int) -> float:
        it = norm(item)
        bonus = 0.0
        if q.intent == "contact" and PHONE.search(s.norm):
            bonus += 1.5
        cues = questions_lexicon().get("passage_cues", {})
        if q.intent == "organisation" and any(w in q.norm for w in cues.get("nature_asked", [])) \
                and any(w in s.norm for w in cues.get("nature_words", [])):
            bonus += 1.5            # "…是…由归侨、侨眷组成的人民团体": the kind of body asked
        if q.intent == "deadline" and DATE.search(s.norm):
            bonus += 0.8
        if q.intent == "definition" and it and _opens_with(s.norm, it):
            bonus += 1.5            # "（五）“三公”经费：指…" — the term opens the sentence and 指 follows it
        if q.intent in ("reason", "purpose") and it and cue_pos >= 0:
            # the item is the subject: named before the cue word; named only after it, it is the
            # reason given for something else ("主要原因是2017年海坛商业城应急搬迁工程支出3000万元"
            # does not say why the 搬迁 was done)
            pos = s.norm.find(it[:4])
            if 0 <= pos < cue_pos or s.before_norms and it[:4] in s.before_norms[-1]:
                bonus += 0.5        # (or named in the sentence right before: "…老旧小区改造（项）。年初
                                    # 预算为…，主要原因是上级追加城镇老旧小区改造…资金")
            elif pos > cue_pos > 0 and q.intent == "reason":
                bonus -= 1.0        # (a sentence opening with its cue has its subject in the one before)
            if q.intent == "purpose" and pos < 0 and s.before_norms and it[:4] in s.before_norms[-1] \
                    and s.norm.startswith(tuple(cues.get("demonstratives", []))):
                bonus += 0.8        # "…彩票公益金。该项资金主要用于…": the sentence pointing back at it
        return bonus


# an amount, then its parts in brackets: three or more names each with an amount
BRACKET_LIST = re.compile(r"[:：]?[\d,.]+万?元[。，,]?[（(](?:[^()（）]{2,20}?[\d.]+万?元[，,、；;]?){3,}[)）]")
LIST_OPENS = re.compile(r"[:：]?\s*(?:[\d,.]+\s*万?元)?\s*[:：，,]?\s*(?:其中[:：]?)?\s*[（(]?(?:1|一|①)[)）、.．]")
LIST_MARK = re.compile(r"(?<![\d.])[（(]?(\d{1,2}|[一二三四五六七八九十])[)）]?[、.．]$")


def _list_after(text: str, name: str, within: int | None = None) -> str | None:
    """The parts listed right after ``name`` ("2、公用支出： 64.50 万元 （1）、综合定额公用经费：42.5万元
    （2）、误餐及通讯补贴:22.00万元3、项目支出…" → from 公用支出 to before "3、"): the name, its amount,
    and its numbered list up to the next mark of the name's own level or the sentence's end; None
    when no numbered list follows the name. ``within``: the name must start in the first
    ``within`` characters (the sentence the list is looked for from)."""
    if len(name) < 2:
        return None
    limit = len(re.sub(r"\s", "", text[:within])) if within is not None else None
    plain = re.sub(r"\s", "", text)
    start = plain.find(name)
    while start >= 0 and (limit is None or start < limit):
        bracketed = BRACKET_LIST.match(plain, start + len(name))
        if bracketed:       # "机关运转经费77万元。（党建工作经费6万元，办公经费5万元，…）"
            return plain[start:bracketed.end()]
        opened = LIST_OPENS.match(plain, start + len(name))
        if opened:
            end = len(plain)
            own = LIST_MARK.search(plain[max(0, start - 5):start])
            if own and own.group(1).isdigit():
                nxt = re.compile(r"(?<![\d.（(])%d[、.．](?!\d)" % (int(own.group(1)) + 1))
                after = nxt.search(plain, opened.end())
                end = after.start() if after else end
            stop = re.search("[。]", plain[opened.end():end])
            end = opened.end() + stop.end() if stop else end
            return plain[start:end]
        start = plain.find(name, start + 1)
    return None


def asks_why_not(q: Question) -> bool:
    """Why something is absent or left out ([passage_cues] why_not_asked / why_not_openers: "为什么没有…",
    "采血车为什么不算进…") — never a question comparing with a basis ("为什么没有花到预算那么多")."""
    cues = questions_lexicon()["passage_cues"]
    return q.intent == "reason" and not q.base_basis and not q.basis and (
        any(norm(w) in q.norm for w in cues.get("why_not_asked", []))
        or q.norm.startswith(tuple(cues.get("why_not_openers", []))))


def asks_source(q: Question) -> bool:
    """Where money comes from ([passage_cues] source_asked: "其他收入是哪来的")."""
    return q.intent == "reason" and any(norm(w) in q.norm for w in questions_lexicon()["passage_cues"].get("source_asked", []))


def asks_what_money(q: Question) -> bool:
    """What money is ([passage_cues] what_money_asked: "其他收入是什么钱"): the unit's own statement of
    it first, else what the glossary says such money is."""
    return q.intent == "reason" and any(norm(w) in q.norm for w in questions_lexicon()["passage_cues"].get("what_money_asked", []))


def other_comparison(q: Question, said: str, cues: dict, before: tuple = ()) -> bool:
    """Whether a reason's sentence (``said``: its words before the reason) sets the amount against
    the other base than the question: the budget asked ("比年初预算多") and only last year stated, or
    last year asked ("比去年少") and only the budget stated ([passage_cues] against_budget /
    against_last_year). A reason said in a sentence of its own ("主要原因是…") is read with the two
    sentences before it (``before``, nearest last)."""
    def bases(text: str) -> tuple[bool, bool]:
        return (re.search(cues.get("against_budget", "(?!)"), text) is not None,
                re.search(cues.get("against_last_year", "(?!)"), text) is not None)
    budget, last_year = bases(said)
    if not budget and not last_year and before:
        budget, last_year = bases("".join(before[-2:]))
    if q.base_basis and not q.base_year and q.relative is None:
        return last_year and not budget
    if q.relative == -1 and not q.base_basis:
        return budget and not last_year
    return False


def _moved(text: str) -> int | None:
    """The direction (+1 / −1, 0 for 持平) of the last change word in ``text``; None without one."""
    words = [w for w in direction_words() if direction(w) is not None]
    found = [(text.rfind(w), direction(w)) for w in words if w in text]
    cues = questions_lexicon()["passage_cues"]
    found += [(text.rfind(w), way) for key, way in (("compared_up", 1), ("compared_down", -1))
              for w in cues.get(key, []) if w in text]      # 决算数大于年初预算数的主要原因
    if not found:
        return None
    either = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    for pair in re.finditer(r"(%s)[（(](%s)[)）]" % (either, either), text):
        if direction(pair[1]) != direction(pair[2]) and pair.end(2) >= max(at + 1 for at, _ in found):
            return None     # a template's both words ("下降（增长）26%"): no direction stated
    return max(found)[1]


def _parts_after(sentence: str, item: str, words: list[str]) -> int:
    """Where a list of the item's parts opens ("…农村综合改革（科目代码2130701）182.66万元，其中…"):
    the item named, its amount, then one of ``words`` and two or more parts with their own amounts
    (one part restating the whole says no use; parts that are funding sources — "其中：一般公共预算
    34.86万元，政府性基金预算0万元" — say where it comes from, not where it goes); −1 if not."""
    at = sentence.find(item)
    if at < 0 or not words:
        return -1
    opens = "|".join(map(re.escape, map(norm, words)))
    m = re.compile(r"[^。；;]{0,30}?\d[\d,.]*万?元[,，:：]?(?:%s)[:：]?((?:[^。；;]{2,30}?\d[\d,.]*万?元[,，、]?){2})" % opens) \
        .match(sentence, at + len(item))
    if m is None:
        return -1
    parts = metrics_in(m.group(1))
    if parts and all(metric_tier(k) <= 1 or k.endswith("收入") for k in parts):
        return -1
    return m.start()


def _inline_section(sentence: str, cues: list[str]) -> bool:
    """Whether ``sentence`` (normalised) holds a numbered heading naming one of ``cues``, written
    in the running text ("…相关工作等二、部门预算单位基本情况按照…整合…设立…")."""
    return bool(cues) and re.search(r"[一二三四五六七八九十]+、[^,，。:：;；]{0,12}?(?:%s)" % "|".join(map(re.escape, cues)),
                                    sentence) is not None


def _asks_whole(q: Question, item: str, whole_words: list[str]) -> bool:
    """Whether ``q`` asks of the document's whole budget: it names no metric but a total (收入,
    支出) and its item words are only words of the whole (预算, 经费 …)."""
    if any(metric_tier(k) > 0 for k in q.metrics):
        return False
    rest = norm(item)
    for w in sorted(map(norm, whole_words), key=len, reverse=True):
        rest = rest.replace(w, "")
    return not rest


def _names_line_item(heading: str, clause: str) -> bool:
    """Whether the subject of a clause (normalised) under ``heading`` is one line item: the first
    metric its heading names, else the first the clause names, is a specific one (tier 2:
    公务接待费, 基本支出 …), not a total or a fund."""
    named = metrics_in(heading) or metrics_in(clause)
    return bool(named) and metric_tier(named[0]) >= 2


def _other_subject(s: Sentence, asked: list[str], cue_pos: int = -1) -> bool:
    """Whether ``s`` names no metric before its cue (``cue_pos``, -1: anywhere) and the nearest
    sentence before it (same passage) that names one names only metrics unrelated to ``asked``
    (neither the same, nor a part or total of it): the sentence then speaks of that other item
    ("…中等职业教育（项）支出…增加46.56万元。主要原因是人员经费正常增长…": the 人员经费 inside the
    reason is no subject)."""
    if metrics_in(s.norm[:cue_pos] if cue_pos >= 0 else s.norm):
        return False
    if any(a in metrics_in(s.section_norm.rpartition(">")[2]) for a in asked):
        return False        # under its own heading ("5.农林水支出（类）"): the heading names the subject
    for before in reversed(s.before_norms):
        named = metrics_in(before)
        if named:
            return not any(related(a, b) for a in asked for b in named)
    return False


NEXT_MARKER = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|(?<![\d.])\d{1,2}[、．]")


def _item_after_next_marker(sentence: str, item: str, cue_pos: int) -> bool:
    """Whether ``item`` is named in ``sentence`` only after the cue and after a list marker following
    it: the cue's reason or use belongs to the list item before that marker."""
    at = sentence.find(item[:4])
    return at > cue_pos and sentence.find(item[:4], 0, cue_pos) < 0 \
        and NEXT_MARKER.search(sentence, cue_pos, at) is not None


def _names_something(item: str) -> bool:
    """Whether ``item`` names more than money in general ("那个262万元的项目" names no project:
    the sentence stating 262万元 need not say what it is for; [rules] generic_label_words)."""
    rest = norm(item)
    for w in sorted(questions_lexicon()["rules"]["generic_label_words"], key=len, reverse=True):
        rest = rest.replace(w, "")
    return len(re.sub(r"[^\u4e00-\u9fff]", "", rest)) >= 2


def _says_more(sentence: str, item: str) -> bool:
    """Whether ``sentence`` (normalised) holds words of its own besides the item, its amounts and
    list markers ("（四）其他资本性支出101.34万元。" says nothing more)."""
    rest = sentence.replace(norm(item), "")
    if rest == sentence:
        for ch in norm(item):        # the item written with words between (对个人和家庭的补助)
            rest = rest.replace(ch, "", 1)
    rest = re.sub(r"[\d.,，]+\s*(?:万元|亿元|元|万)?|[（(][一二三四五六七八九十\d]+[）)]|[①-⑳]|[^\u4e00-\u9fff]", "", rest)
    return len(rest) >= 4


def _states_amount(text: str, quoted: list[tuple[Decimal, Decimal]]) -> bool:
    """Whether ``text`` states an amount of money within one of the ``quoted`` ranges (万元)."""
    for a in find_amounts(text):
        wan = a.value_wan
        if wan is not None and any(lo * Decimal("0.995") <= wan <= hi * Decimal("1.005") for lo, hi in quoted):
            return True
    return False


def _opens_with(sentence: str, term: str) -> bool:
    """Whether ``sentence`` (normalised) opens with ``term`` (or its first four characters) after
    its list marker ("（五）“三公”经费：…")."""
    head = re.sub(r"^[\(（]?[一二三四五六七八九十\d]+[\)）.、]?", "", sentence)
    return bool(term) and (head.startswith(term) or head.startswith(term[:4]))


def item_words(q: Question) -> str:
    """The words of ``q``'s item a sentence answering it must share: without the question's
    phrasing, quoted amounts, the gap asked about and level markers ([passage_cues]); "" when only
    generic words are left."""
    cues = questions_lexicon().get("passage_cues", {})
    patterns = (cues.get("item_amounts", ""), cues.get("item_gap", ""), cues.get("item_levels", ""))
    return _content(q.item, cues.get("item_noise", []), "|".join(p for p in patterns if p),
                    tuple(cues.get("generic_items", {}).get(q.intent, [])))


def _content(item: str, noise: list[str], amounts: str = "", generic: tuple = ()) -> str:
    """``item`` without the question's phrasing ([passage_cues] item_noise: 这笔钱, 哪些事情上 …)
    and the amounts it quotes (54万元, 一万多块: ``amounts``, a pattern), which no sentence states
    in those words; unchanged when nothing would be left. An item of generic words only
    (``generic``: 工作, 职责 — "主要负责什么工作") names nothing: ""."""
    out = re.sub(amounts, "", item) if amounts else item
    for word in sorted(noise, key=len, reverse=True):
        out = out.replace(word, "")
    if generic and (out in generic or len(out) < 2):
        return ""
    return out if len(out) >= 2 else item

