"""Which documents a question is about: the unit it names (official or short name) and the year.

Short names are derived from the official names in the store, not listed by hand: a stretch of
the question matches a unit when its characters appear, in order, inside the official name
(区府办 ⊂ 上海市普陀区人民政府办公室, 江津政务办 ⊂ 重庆市江津区政务服务管理办公室), and the stretch
says something specific (characters that are rare among the unit names weigh more; region
prefixes and generic words such as 人民政府/办公室 weigh little).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from corpus import lexicon
from corpus.metadata import written_years

from .question import metric_aliases, questions_lexicon, unit_suffix_pattern
from .text import in_order, norm

CJK_RUN = re.compile(r"[\u4e00-\u9fff()（）]+")     # a name, its other name in brackets


@dataclass
class DocInfo:
    """A document as the assistant sees it (from CorpusStore.documents())."""

    name: str
    unit: str | None
    year: int | None
    kind: str
    scope: str | None
    title: str

    @property
    def who(self) -> str:
        """How replies name the document: 上海市普陀区财政局2025年部门预算."""
        if self.kind not in ("预算", "决算"):
            # a report that is neither (预算执行情况和预算草案的报告, a monthly table): its title
            return self.title or f"{self.unit or ''}{self.year or ''}年公开文件"
        year = f"{self.year}年" if self.year else ""
        scope = self.scope or ""
        return f"{self.unit or self.title}{year}{scope}{self.kind}"

    @property
    def label(self) -> str:
        return f"{self.who}（{self.name}）"


def body_name(unit: str) -> str:
    """A unit's name without the region before it (平潭综合实验区中楼乡人民政府 → 中楼乡人民政府)."""
    return re.sub(lexicon.load("documents")["metadata"]["region_prefix"], "", norm(unit)) or norm(unit)


def _pieces(stretch: str, name: str) -> list[str] | None:
    """Greedy split of ``stretch`` into the longest pieces found in order in ``name``."""
    pos, pieces, i = 0, [], 0
    while i < len(stretch):
        k = len(stretch)
        while k > i and name.find(stretch[i:k], pos) < 0:
            k -= 1
        if k == i:
            return None
        pos = name.find(stretch[i:k], pos) + (k - i)
        pieces.append(stretch[i:k])
        i = k
    return pieces


class UnitCatalog:
    """Official unit names of the store and a matcher for the names people use."""

    def __init__(self, docs: list[DocInfo]):
        self.docs = docs
        lex = questions_lexicon()["unit_names"]
        self.units = sorted({d.unit for d in docs if d.unit})
        self.norm_units = {u: norm(u) for u in self.units}
        # characters that carry no identity: region names and generic words of every unit name
        generic = set("".join(norm(w) for w in lex["generic_words"] + lex["region_words"]))
        generic |= set("".join(lex["generic_suffixes"]))
        for u in self.norm_units.values():
            for prefix in self._region_prefixes(u, lex["region_suffixes"]):
                generic |= set(prefix)
        self.generic = generic
        counts = Counter(ch for u in self.norm_units.values() for ch in set(u))
        n = max(1, len(self.units))
        self.weight = {ch: math.log(1 + n / c) for ch, c in counts.items()}
        self._phrase = None
        # the place most units are named after (平潭综合实验区…, 平潭…): people put it before a
        # unit whose official name leaves it out ("平潭卫生监督所" for 卫生监督所)
        regions = "|".join(map(re.escape, sorted((norm(w) for w in lex["region_words"]), key=len, reverse=True)))
        places = Counter(m.group(1) for u in self.norm_units.values()
                         if (m := re.match(rf"^([\u4e00-\u9fff]{{2,4}}?)(?:{regions})", u)))
        self.places = [p for p, c in places.items() if c >= 2]
        self._variants = {u: self.variants(nu) for u, nu in self.norm_units.items()}   # built once

    @staticmethod
    def _region_prefixes(name: str, suffixes: list[str]) -> list[str]:
        """Leading place names (上海市, 普陀区, 重庆市, 江津区 …): 2-4 characters ending in 市/区/县…"""
        out, rest = [], name
        while True:
            m = re.match(r"^([\u4e00-\u9fff]{1,4}?(?:%s))" % "|".join(map(re.escape, suffixes)), rest)
            if not m or len(m.group(1)) < 2:
                return out
            out.append(m.group(1))
            rest = rest[len(m.group(1)):]

    def _stretch_score(self, stretch: str) -> float:
        return sum(self.weight.get(ch, 0.0) * (0.25 if ch in self.generic else 1.0) for ch in stretch)

    def variants(self, name: str) -> list[str]:
        """The official name and its usual abbreviations (人民政府办公室 → 政府办, 府办 …)."""
        out = [name] + [p + name for p in getattr(self, "places", []) if not name.startswith(p)]
        abbreviations = questions_lexicon()["unit_names"].get("abbreviations", {})
        # a bureau's branch named place first ("晋中市生态环境局榆次分局" said 榆次生态环境分局, and by the
        # bureau's short name 榆次环保分局)
        suffixes = questions_lexicon()["unit_names"]["region_suffixes"]
        bureau_at = len("".join(self._region_prefixes(name, suffixes)))
        branch = re.match(r"^([\u4e00-\u9fff]{2,8})局([\u4e00-\u9fff]{2,4})分局$", name[bureau_at:])
        if branch:
            kinds = [branch[1]] + [norm(s)[:-1] for long, shorts in abbreviations.items()
                                   if norm(long) == branch[1] + "局" for s in shorts if norm(s).endswith("局")]
            out += [f"{branch[2]}{k}分局" for k in kinds]
        for long, shorts in abbreviations.items():
            long = norm(long)
            for v in list(out):
                if long in v:
                    out += [v.replace(long, norm(s)) for s in shorts]
        return out

    def match(self, text: str, masked: str | None = None) -> tuple[list[str], str]:
        """Units named in ``text`` (best first; several when equally good) and the matched stretch.

        ``masked`` is the text with budget words blanked out (default: :meth:`mask`), so that
        财政拨款 in a question does not name 财政局. A stretch of 2+ characters must appear in
        order inside the name (or an abbreviation of it); its score is the rarity of its
        characters (generic ones count a quarter) plus a bonus for contiguity; below 2.0 the
        question names no unit.
        """
        said = norm(text)
        exact = [(u, w) for u in self.units if u for w in place_tails(norm(u)) if len(w) >= 4 and w in said]
        if exact:
            # the full name written ("蓬溪县卫生健康局…", or without its province and city:
            # "临桂区卫生健康局" of 桂林市临桂区卫生健康局): that unit, before any masking of its
            # budget words (卫生健康) leaves only the place shared with other units
            whole, words = max(exact, key=lambda uw: len(uw[1]))
            return [whole], words
        q = masked if masked is not None else self.mask(norm(text))
        best: dict[str, tuple[float, str]] = {}
        for u in self.units:
            top = self._best_stretch(q, u)
            if top[0] > 0:
                best[u] = top
        # a kind of body said right after the words ("北海市民政局"): never a unit of another kind whose
        # name only shares those words (北海市…南康镇人民政府 holds 北海市…民政 in order, no 局)
        best = {u: top for u, top in best.items() if self._kind_agrees(q, top[1], u)}
        if not best:
            return [], ""
        ranked = sorted(best.items(), key=lambda kv: -kv[1][0])
        top_score = ranked[0][1][0]
        if top_score < 2.0:
            return [], ""
        keep = [u for u, (sc, _) in ranked if sc >= top_score - 0.05]
        return keep, ranked[0][1][1]

    def _kind_agrees(self, q: str, stretch: str, u: str) -> bool:
        """Whether the body-kind word right after ``stretch`` in ``q`` ([unit_names] generic_suffixes:
        局, 镇, 中心 …), if any, is in unit ``u``'s name or one of its short names."""
        at = q.find(stretch)
        said = re.match(rf"(?:{unit_suffix_pattern()})", q[at + len(stretch):]) if at >= 0 and stretch else None
        if said is None or stretch.endswith(said.group(0)):
            return True
        return any(said.group(0) in v for v in self._variants.get(u) or self.variants(norm(u)))

    def _best_stretch(self, q: str, u: str) -> tuple[float, str]:
        """(score, stretch) of the best run of the masked question ``q`` naming unit ``u``."""
        top = (0.0, "")
        for variant in self._variants.get(u) or self.variants(norm(u)):
            for i in range(len(q)):
                if q[i] not in variant:
                    continue
                j = i + 1
                while j <= len(q) and in_order(q[i:j], variant):
                    j += 1
                stretch = q[i:j - 1]
                if len(stretch) < 2:
                    continue
                pieces = _pieces(stretch, variant)
                if pieces is None or len(pieces) > 3:
                    continue
                if any(len(p) < 2 for p in pieces[:-1]) and len(stretch) > 3:
                    continue
                score = self._stretch_score(stretch) + 0.75 * (len(stretch) - len(pieces))
                score -= 0.01 * (len(variant) - len(stretch))   # tie-break: the closer name
                if score > top[0]:
                    top = (score, stretch)
        return top

    def stretch_for(self, text: str, unit: str) -> str:
        """The words of ``text`` that name ``unit`` (a document's unit, known from the scope):
        the longer of the masked match and the longest run of 3+ characters found in order in
        the name that ends like a unit name (规划资源局, where 规划 alone is budget vocabulary)."""
        score, stretch = self._best_stretch(self.mask(norm(text)), unit)
        masked = stretch if score >= 2.0 else ""     # this unit's own words (no scan of every unit)
        name = norm(unit)
        q = norm(text)
        suffixes = tuple(questions_lexicon()["unit_names"]["generic_suffixes"])
        if len(masked) <= 2 and not masked.endswith(suffixes) and q.find(masked) > 2:
            masked = ""     # two characters inside the item (小城镇基础设施建设支出) are no unit's name
        # a region word the question adds ("平潭综合实验区水利综合服务中心" for 平潭水利综合服务中心)
        regions = re.compile("|".join(map(re.escape, questions_lexicon()["unit_names"]["region_words"])))
        county = re.compile("^[\u4e00-\u9fff]{2,4}?[%s]" % "".join(questions_lexicon()["unit_names"]["region_suffixes"]))
        short = re.sub("^[%s]" % "".join(questions_lexicon()["unit_names"]["region_suffixes"]), "",
                       body_name(name))    # 区环卫所: the district's 环卫所
        suffix_chars = "".join(questions_lexicon()["unit_names"]["region_suffixes"])
        bare = name[len("".join(self._region_prefixes(name, questions_lexicon()["unit_names"]["region_suffixes"]))):]
        bare = re.sub(rf"^[{suffix_chars}]", "", bare)     # the name without its places (文化广电旅游体育局)
        best = ""
        for i in range(len(q)):
            for j in range(len(q), i + 2, -1):
                piece = q[i:j]
                if len(piece) <= len(best):
                    break
                if not CJK_RUN.fullmatch(piece) or i and q[i - 1].isdigit():
                    continue    # a year before the name ("2016年白青乡") is no part of it
                core = piece if in_order(piece, name) else regions.sub("", piece)
                # a county or city before the name (平潭县芦洋乡); the manifest's short name (区环卫所)
                # of the name written out in full (平潭县环境卫生管理所, 岚城片区开发管理局)
                if piece.endswith(suffixes) and any(
                        len(c) >= 3 and (in_order(c, name) and _pieces(c, name) and len(_pieces(c, name)) <= 3
                                         or len(short) >= 3 and short[-1] == c[-1] and in_order(short, c) and short not in c
                                         and len(_pieces(short, c) or ()) <= 3
                                         # an abbreviation keeping the place and the ending: 德清文广旅体局
                                         # of 德清县文化和广电旅游体育局 (a character of each word)
                                         or len(c) >= 5 and c[:2] == name[:2] and c[-1] == name[-1]
                                         and in_order(c, name)
                                         # …without the place: (区)文广旅体局 of 端州区文化广电旅游体育局
                                         or len(c) >= 3 and len(bare) >= 4 and c[0] == bare[0]
                                         and c[-1] == bare[-1] and in_order(c, bare))
                        for c in (core, county.sub("", core), re.sub(rf"^[{suffix_chars}]", "", core))):
                    best = piece
                    break
        tail = name[-2:]
        at = next((m.start() for m in re.finditer(re.escape(tail), q) if m.end() < len(q)
                   and (q[m.end()].isdigit() or q[m.end()] in "的今去明")), -1) if tail.endswith(suffixes) else -1
        if not best and not masked and at >= 0:
            # the name's last two characters said as its name ("血站2025年…", "血站的采血车" of 孝感市中心血站)
            best = tail
        if best and len(best) == len(masked) and not masked.endswith(suffixes):
            return best     # "文保中心“文物保护”这一项": the words ending like a unit name, never the item's
        return best if len(best) > len(masked) else masked

    def named_phrase(self, text: str) -> str | None:
        """The unit a question opens with, as written ("火星区财政局2023年…", "法院年底有几辆车"):
        a run of Chinese characters at the start (after 请问 …) ending in a unit-type suffix
        ([unit_names] generic_suffixes, 政府), followed by a year, 的, or a time word. None when
        the question does not open with a unit."""
        opener, phrase, budget_words, times = self._phrase_patterns()
        q = opener.sub("", norm(written_years(text)))     # (二〇二五年普陀区政府办: a year, then the unit)
        m = phrase.match(q)
        # (a word closing a unit's name with its suffix is the name's: 轮渡管理处, 社区服务中心)
        head = re.sub("(?:%s)(?:%s)$" % ("|".join(map(re.escape, questions_lexicon()["unit_names"].get("suffix_words", []))) or "(?!)",
                                          "|".join(map(re.escape, questions_lexicon()["unit_names"]["generic_suffixes"]))),
                      "", m.group(1)) if m else ""
        if not m or any(a in head for a in budget_words):
            return None                  # budget words (基本支出占全部…, 预算收支…) are never a unit's name
        if m.group(1).startswith(tuple(questions_lexicon()["unit_names"].get("demonstratives", []))):
            return None                  # 这个站, 该局: the unit in scope
        name = times.sub("", m.group(1))
        if name in questions_lexicon()["unit_names"]["generic_suffixes"]:
            return None                  # "为什么今年街道的预算…": 街道 alone is the unit in scope
        if name.endswith(tuple(questions_lexicon()["unit_names"].get("not_unit_endings", []))):
            return None                  # "退役军人局安置军转干部的钱": 干部 ends no unit's name
        return name

    def _phrase_patterns(self):
        """(opener regex, unit-phrase regex, budget words, leading time words regex) for
        ``named_phrase``, built once."""
        if self._phrase is None:
            lex = questions_lexicon()["unit_names"]
            opener = re.compile("^(?:%s)" % "|".join(map(re.escape, lex["openers"])))
            suffixes = "|".join(map(re.escape, sorted(lex["generic_suffixes"] + ["政府"], key=len, reverse=True)))
            after = "|".join(map(re.escape, lex["after_unit"]))
            breaks = "".join(lex["not_in_unit"])
            phrase = re.compile(rf"^([^\W\d_{breaks}]{{1,30}}?(?:{suffixes}))(?=\d{{4}}|{after})")
            names = "|".join(self.norm_units.values())
            budget = {w for w in list(metric_aliases()) + [norm(w) for w in lex.get("not_names", [])]
                      if len(w) >= 2 and w not in names}   # 服务 is budget vocabulary, but also in 政务服务管理办公室
            intent = questions_lexicon()["intent"]
            times = sorted(intent["this_year"] + intent["last_year"] + list(intent["year_offsets"]), key=len, reverse=True)
            self._phrase = (opener, phrase, budget, re.compile("^(?:%s)的?" % "|".join(map(re.escape, times))))
        return self._phrase

    def holds(self, phrase: str, unit: str) -> bool:
        """Whether ``phrase`` (a unit as a question writes it) can name ``unit``: every character
        before its type suffix appears, in order, in the official name or one of its usual
        abbreviations (广州市财政局 never names 上海市财政局)."""
        lex = questions_lexicon()["unit_names"]
        core = re.sub("(?:%s)$" % "|".join(map(re.escape, sorted(lex["generic_suffixes"] + ["政府"], key=len,
                                                                       reverse=True))), "", phrase)
        kind = phrase[len(core):]
        core = re.sub(r"[（）()]", "", core)
        variants = self.variants(norm(unit))
        # (its type suffix too: 民政局 never names …南康镇人民政府, which holds 民政 but no 局; and a
        # government's level: 北海市人民政府 is the city's, never …南康镇人民政府)
        # (某乡 is its 乡政府: a place's name stands for its government)
        level = lambda name: (re.search(r"([市区县镇乡旗])(?:(?:人民)?政府)?$", name) or [None, None])[1]
        if kind.endswith("政府") and level(norm(phrase)) and level(norm(unit)) and level(norm(phrase)) != level(norm(unit)):
            return False
        kind_held = not kind or any(kind in v for v in variants) or kind.endswith("政府") and bool(level(norm(unit)))
        return kind_held and any(in_order(core, v) for v in variants)

    @staticmethod
    def mask(text: str) -> str:
        """``text`` with budget vocabulary (lexicon [unit_names].not_names and every metric alias
        of metrics.toml) and digits as '|'."""
        words = list(questions_lexicon()["unit_names"].get("not_names", [])) + list(metric_aliases())
        for w in sorted({norm(w) for w in words if len(norm(w)) >= 2}, key=lambda w: (-len(w), w)):
            text = text.replace(w, "|" * len(w))
        return re.sub(r"\d+", lambda m: "|" * len(m.group(0)), text)

    def docs_for(self, unit: str | None = None, year: int | None = None, kind: str | None = None,
                 scope: str | None = None) -> list[DocInfo]:
        """Documents of a unit (official name, or any name matching it) and year, if given."""
        out = self.docs
        if unit:
            nu = norm(unit)
            exact = [d for d in out if d.unit and norm(d.unit) == nu]
            if not exact:
                names, _ = self.match(nu)
                exact = [d for d in out if d.unit in names]
            out = exact
        if year is not None:
            out = [d for d in out if d.year == year or _covers_year(d, year)]
        if kind:
            out = [d for d in out if d.kind == kind] or out
        if scope:
            out = [d for d in out if d.scope == scope] or out
        return out


def _covers_year(doc: DocInfo, year: int) -> bool:
    """A multi-year document (2017—2019年预算) covers each year its title names."""
    years = [int(y) for y in re.findall(r"(?<!\d)(20\d{2}|19\d{2})(?!\d)", doc.title or "")]
    return len(years) >= 2 and min(years) <= year <= max(years)


PLACE_ENDS = re.compile(r"(?:自治区|自治州|省|市|盟)(?=[\u4e00-\u9fff]{2,}?[区县市旗])")


def place_tails(name: str) -> list[str]:
    """A unit's full name and its ends after a province or city ("江西省赣州市南康区农业农村局" →
    …, 赣州市南康区农业农村局, 南康区农业农村局): the ways a name is written in full below the
    province. Never the name without its county (农业农村局 names many units)."""
    return [name] + [name[m.end():] for m in PLACE_ENDS.finditer(name) if m.end() < len(name)]
