"""The answering core shared by CLI, batch, eval and web.

``Assistant(settings)`` opens the store (and the passage searcher) of ``settings.index_dir`` once
and prepares every document's figures and sentences; ``ask(question, scope, history)`` returns one
:class:`Answer`:

1. refuse bad input with a short reply (empty, too long, no words, English, instructions);
2. parse the question (:mod:`question`), resolve the documents it is about (:mod:`units`):
   the ``scope`` given, else the unit and year the question names, else the conversation's;
3. figure questions → the rule layer (:mod:`rules`): a stated figure, or a derived one with its
   formula; reason/purpose/definition/organisation/contact → the sentences that say it
   (:mod:`passages`);
4. nothing that fits → kind "none" with the closest passages; several documents fit → "clarify".
"""
from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from dataclasses import replace
from decimal import Decimal

from corpus import lexicon
from corpus.models import ROLES, Document, Figure, Passage
from corpus.store import CorpusStore, doc_named, held_names
from corpus.errors import DisclosureError
from corpus.settings import Settings
from .answer import Answer, Citation
from .passages import SentenceFinder, asks_what_money, item_words
from .retrieval import PassageRetriever
from .question import (MONTH, Question, bracket_named, has_words, looks_english, metric_aliases, metric_tier, metrics_in,
                       parse, questions_lexicon, unit_suffix_pattern, without_described)
from .rules import GAP_SUFFIXES, OWN_ROW_WORDS, FigureMatcher, Result, answer_figure, display_label
from .text import (CJK, bigrams, coverage, fmt, in_order, is_money, money_to, norm, round_as, sentence_around,
                   tidy_quote)
from .units import DocInfo, UnitCatalog, body_name, place_tails
from .verify import check as verify

log = logging.getLogger(__name__)
# a heading that is only an enumerated item ("（一）增强乡镇经济实力"): part of the list before it
LIST_ITEM = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])")

# documents whose text, figures and passages stay prepared in memory (the ones used last); the
# rest are read from the store when a question needs them (settings.extra["documents_kept"])
DOCUMENTS_KEPT = 256
# why / what for questions without a unit: answered across the index (see _answer_across)
ACROSS_INTENTS = ("reason", "purpose", "organisation", "basis_doc")
CLEAR_LEAD = 1.0              # sentence-score lead that makes one document the clear answer
MAX_CLARIFY_CHOICES = 5
MAX_DOCS_SEARCHED_EACH = 4    # above this many documents in scope, one search over the index
PASSAGE_INTENTS = ("reason", "purpose", "definition", "organisation", "contact", "deadline", "basis_doc")
FOLLOW_UP_MAX_ITEM = 8


class _Prepared:
    """The documents' heavy parts (text, figures, passages; their matcher and sentence finder),
    read from the store when a question first needs them and kept for the ``capacity`` documents
    used last. Thread-safe: the web app answers several questions at once."""

    def __init__(self, store: CorpusStore, capacity: int):
        self.store = store
        self.capacity = capacity
        self._cache: OrderedDict[str, tuple[Document, FigureMatcher, SentenceFinder]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, name: str) -> tuple[Document, FigureMatcher, SentenceFinder]:
        with self._lock:
            parts = self._cache.get(name)
            if parts is None:
                d = self.store.document(name)
                parts = (d, FigureMatcher(d.figures, d.text, d.sections, d.kind, d.year), SentenceFinder(d.passages))
                self._cache[name] = parts
                while len(self._cache) > self.capacity:
                    self._cache.popitem(last=False)
            else:
                self._cache.move_to_end(name)
            return parts


class _Doc:
    """A document: its catalogue entry (``info``, always in memory) and what answering needs
    (``doc``, ``matcher``, ``finder``), prepared from the store on first use."""

    __slots__ = ("info", "_prepared")

    def __init__(self, info: DocInfo, prepared: _Prepared):
        self.info = info
        self._prepared = prepared

    @property
    def doc(self) -> Document:
        return self._prepared.get(self.info.name)[0]

    @property
    def matcher(self) -> FigureMatcher:
        return self._prepared.get(self.info.name)[1]

    @property
    def finder(self) -> SentenceFinder:
        return self._prepared.get(self.info.name)[2]


class Assistant:
    """Loads the store and indexes of ``settings.index_dir`` once; ``ask`` answers one question.

    ``scope``: optional {"unit", "year", "doc"}; ``history``: previous Answers of the same
    conversation (their scope and question carry over to follow-ups such as "那公务接待费呢？").
    Raises StoreError (from CorpusStore) when the index folder has no build.
    """

    def __init__(self, settings: Settings):
        self.settings = settings
        self.store = CorpusStore(settings.index_dir)
        prepared = _Prepared(self.store, int(settings.extra.get("documents_kept", DOCUMENTS_KEPT)))
        self.docs: dict[str, _Doc] = {}
        for d in self.store.document_infos():
            info = DocInfo(d["name"], d["unit"], d["year"], d["kind"], d["scope"], d["title"])
            self.docs[info.name] = _Doc(info, prepared)
        self.catalog = UnitCatalog([x.info for x in self.docs.values()])
        # copies of a document the build left out (another format of the same pages) → the one kept
        self.duplicates: dict[str, str] = dict(self.store.meta.get("duplicates") or {})
        self.searcher = self._open_searcher(settings)
        self.retriever = PassageRetriever(self.searcher)
        self.replies = questions_lexicon()["replies"]
        parse("2023年收入预算是多少？")        # warm up: lexicons, jieba's dictionary

    @staticmethod
    def _open_searcher(settings: Settings):
        """The passage searcher: hybrid (BM25 + dense, when the index has vectors) for the
        passages that answer why / what for / what is; the closest passages of a "none" answer
        use BM25 alone (they only show where to look; encoding a query costs 30 ms to 1.7 s on a
        busy 2-core machine). ``settings.extra["assistant_retrievers"]`` narrows it, e.g. ["bm25"]."""
        try:
            from index.search import RETRIEVERS, open_searcher
            retrievers = tuple(settings.extra.get("assistant_retrievers", RETRIEVERS))
            return open_searcher(settings, retrievers=retrievers)
        except DisclosureError as exc:
            log.warning("passage search unavailable: %s", exc)
        except Exception as exc:  # a broken index must not stop figure answers
            log.warning("passage search unavailable: %s: %s", type(exc).__name__, exc)
        return None

    # ------------------------------------------------------------------ entry point
    def ask(self, question: str, scope: dict | None = None, history: list[Answer] | None = None) -> Answer:
        """One Answer for ``question`` (never raises: an unexpected fault becomes a short reply)."""
        try:
            problem = self.scope_problem(scope)
            if problem:         # a document or unit not held selects nothing: say so (never another's figure)
                return Answer(question=str(question)[:200], kind="none", answer=problem)
            scope = self.canonical_scope(scope)
            choice = self._clarified(question, scope, history)
            if choice is not None:
                return choice
            parts = _question_parts(question) if isinstance(question, str) else []
            if len(parts) > 1:
                return self._ask_parts(question, parts, scope, history)
            return self._ask(question, scope, history)
        except Exception:  # noqa: BLE001 — one odd question must not break a conversation or a batch
            log.exception("answering failed: %r", question)
            return Answer(question=str(question)[:200], kind="none", answer=self.replies["failed"])

    def canonical_scope(self, scope: dict | None) -> dict | None:
        """``scope`` with its document as stored (a copy the build left out as a duplicate names the
        one kept) and its unit as held: a unit written shorter (乌海 for 乌海市人民医院, 林草局) becomes
        the one held unit it can name; a unit that names none, or several, is left as written."""
        if not scope:
            return scope
        scope = dict(scope)
        doc = scope.get("doc")
        if doc and doc not in self.docs:
            # a copy the build left out, by its stored name or its file name alone (src/x.html, x.html)
            kept = self.duplicates.get(doc) or next((k for c, k in self.duplicates.items()
                                                     if c.rsplit("/", 1)[-1] == doc), None)
            named = None if kept else self._doc_named(doc)
            scope["doc"] = kept or (named.info.name if named is not None else doc)
        unit = scope.get("unit")
        if unit and not scope.get("doc") and not any(norm(u) == norm(unit) for u in self.catalog.units if u):
            held = self._units_named(unit)
            if len(held) == 1:
                scope["unit"] = held[0]
        return scope

    def _doc_named(self, name: str) -> "_Doc | None":
        """The held document a scope names: by its stored name, else by its file name alone (a path
        ending in it, in any letter case, with or without its extension) when one document has it."""
        found = doc_named(name, self.docs)
        return self.docs[found] if found is not None else None

    def _no_doc(self, name: str) -> str:
        return self.replies["no_doc"].format(doc=name, docs=held_names(self.docs))

    def _units_named(self, unit: str) -> list[str]:
        """The held units a unit name given as a scope can name (every character of it before its
        type suffix, in order, in the official name or an abbreviation of it)."""
        return [u for u in self.catalog.units if u and (norm(u) == norm(unit) or self.catalog.holds(unit, u))]

    def scope_problem(self, scope: dict | None) -> str | None:
        """Why a scope selects nothing (a Chinese sentence), or None when it selects documents.

        ``scope`` is ``{"doc"?: file name, "unit"?: unit name, "year"?: int}``; a document name
        matches the stored name or its last path part; a unit matches its official name or any
        name the unit catalog resolves to it. The command line exits 2 with this sentence."""
        scope = self.canonical_scope(scope) or {}
        name = scope.get("doc")
        if name and self._doc_named(name) is None:
            return self._no_doc(name)
        unit = scope.get("unit")
        named = self._units_named(unit) if unit else []
        if unit and not name and len(named) > 1 and self.replies.get("several_units"):
            # (岳麓区教育局 where only 岳麓区 units are held, 杭州市 of two 杭州 units): which one
            return self.replies["several_units"].format(unit=unit, units="、".join(named[:8]))
        if unit and not name and len(named) != 1:
            # a unit no held unit can be (包头市林业局 where 呼和浩特市林业和草原局 is held): never
            # another unit's figures
            units = "、".join(u for u in self.catalog.units[:8] if u) + ("等" if len(self.catalog.units) > 8 else "")
            return self.replies["no_unit"].format(unit=unit, units=units)
        if unit and name and self.replies.get("unit_not_doc"):
            doc = self._doc_named(name)
            held = doc.info.unit if doc is not None else None
            same = norm(held or "") in place_tails(norm(unit)) or norm(unit) in place_tails(norm(held or ""))
            # (襄阳市襄城区审计局 selected for a document of 襄城区审计局: one unit, its city said or not)
            if held and not same and not self.catalog.holds(unit, held) and held not in named:
                # a document and a unit selected that do not go together: say so, never answer one silently
                return self.replies["unit_not_doc"].format(doc=name, doc_unit=held, unit=unit)
        year = scope.get("year")
        if unit and not name and len(named) == 1 and year and re.fullmatch(r"\d{4}", str(year).strip()):
            held = self.catalog.docs_for(unit=named[0])
            if held and not self.catalog.docs_for(unit=named[0], year=int(year)):
                # a unit held, but not the year selected: no document answers (never another year's)
                years = "、".join(str(y) for y in sorted({i.year for i in held if i.year}))
                return self.replies["no_year"].format(unit=named[0], year=year, years=years)
        if year and not unit and not name and re.fullmatch(r"\d{4}", str(year).strip()) \
                and self.catalog.docs_for() and not self.catalog.docs_for(year=int(year)):
            # only a year selected, and no document of it (never another year's answer)
            years = "、".join(str(y) for y in sorted({i.year for i in self.catalog.docs_for() if i.year}))
            return self.replies["no_year"].format(unit="", year=year, years=years)
        if name and year and self.replies.get("year_not_doc"):
            doc = self._doc_named(name)
            if doc is not None and doc.info.year and re.fullmatch(r"\d{4}", str(year).strip()) \
                    and int(year) != doc.info.year:
                # a document and a year that do not go together (a 2024 budget with 2023 selected)
                return self.replies["year_not_doc"].format(doc=name, doc_year=doc.info.year, year=year)
        return None

    def _clarified(self, text, scope, history) -> Answer | None:
        """A reply to "which one?" (the last answer a clarify) that only names a unit — "司法局",
        "就万里街道2024年的" — asks the clarified question again in that unit (and year); None
        when the reply is a question of its own."""
        last = (history or [None])[-1]
        if not isinstance(text, str) or not isinstance(last, Answer) or last.kind != "clarify":
            return None
        q = parse(text)
        named, stretch = self.catalog.match(text)
        if len(named) != 1 or len(norm(text)) > 24 or q.metrics or q.intent != "value" or q.basis:
            return None                      # ("市应急局2024年预算总共多少": the budget named, a question of its own)
        rest = norm(q.item).replace(norm(stretch), "")
        if len(rest) > 4:
            return None                      # more than a unit's name: a new question
        narrowed = {**(scope or {}), "unit": named[0]}
        if q.year:
            narrowed["year"] = q.year
        return self._ask(last.question, narrowed, list(history)[:-1])

    def _ask_parts(self, text: str, parts: list[str], scope, history) -> Answer:
        """"…是多少？比上年增加多少？": each part answered, a later one as a follow-up of the first
        (its unit, year and item carry over); one reply numbering the parts. The value, unit and
        formula are the first part's; the citations of every part are kept."""
        answers: list[Answer] = []
        for part in parts:
            answers.append(self._ask(part, scope, list(history or []) + answers[:1]))
        first = answers[0]
        if parse(parts[0]).intent == "yesno" or first.value is None and parse(parts[0]).intent in PASSAGE_INTENTS:
            # "买公车花钱了吗？公务用车购置费多少？": the amount asked next answers the yes/no too;
            # "为什么比去年多了，多了多少？": the reason, then the number asked
            first = next((a for a in answers if a.value is not None), first)
        cites, seen = [], set()
        for a in answers:
            for c in a.citations[:2]:
                if (c.doc, c.text) not in seen:
                    seen.add((c.doc, c.text))
                    cites.append(c)
        said = list(dict.fromkeys(a.answer for a in answers))     # (the same thing asked twice: once)
        reply = said[0] if len(said) == 1 else "\n".join(f"{n}. {t}" for n, t in enumerate(said, 1))
        return Answer(question=text.strip()[:200], kind=first.kind, answer=reply, value=first.value, unit=first.unit,
                      formula=first.formula, citations=cites[:4], scope=first.scope, stopped=first.stopped)

    def _ask(self, question, scope: dict | None, history: list[Answer] | None) -> Answer:
        text = question if isinstance(question, str) else ("" if question is None else str(question))
        text = re.sub(r"</?[A-Za-z][^<>]{0,40}>", "", text).strip()     # markup pasted in ("<b>三公经费</b>")
        text = re.sub(questions_lexicon()["unit_names"].get("inner_demonstrative", "(?!)"), "", text)
        if not isinstance(scope, dict):
            scope = None
        refusal = self._refuse(text)
        if refusal:
            return Answer(question=text[:200], kind="none", answer=refusal, scope=dict(scope or {}))
        q = parse(text)
        if q.intent == "injection":
            return Answer(question=text, kind="none", answer=self.replies["injection"], scope=dict(scope or {}))
        scope = {k: v for k, v in (scope or {}).items() if v not in (None, "")}
        q, scope = self._follow_up(q, scope, history or [])
        other = self._other_unit_asked(q, scope)
        if other is not None:
            return other
        d = self.docs.get(scope.get("doc")) if scope.get("doc") else None
        final = self._final_of_year_asked(q, d)
        if final is not None:
            # "那2025年实际花了多少？" after a question on the unit's 2026 budget: its 2025 final account
            scope, d = {"unit": final.info.unit, "year": final.info.year, "doc": final.info.name}, final
        if d is not None and scope.get("year") and q.year is None and q.relative in (None, 0) and q.is_figure:
            try:
                year = int(scope["year"])
            except (TypeError, ValueError):
                year = None
            if year is not None and d.info.year and year != d.info.year:
                q = replace(q, year=year)    # a document of two years (执行情况 + 预算草案): the year selected
        if not self.docs:
            return Answer(question=text, kind="none", answer=self.replies["no_index"])
        ranked = _items_ranked(text) if q.intent == "compare_units" else None
        if q.intent == "compare_units" and ranked is None:
            return self._compare_units(q, scope)
        two_years = q.intent in ("change", "growth") and q.year and q.base_year and q.year != q.base_year
        if two_years and abs(q.year - q.base_year) != 1:
            across = self._compare_years(q, scope)
            if across is not None:
                return across
        host = self._host_of_body(q, scope)
        if host is not None:
            scope = {**scope, "unit": host}     # "鹿城区社会福利院…": a body the documents of one unit list
        docs, named, problem = self._resolve(q, scope)
        if problem is not None:
            return problem
        if not docs:
            who = scope.get("unit") or ""
            units = "、".join(self.catalog.units[:8]) + ("等" if len(self.catalog.units) > 8 else "")
            return Answer(question=q.text, kind="none", answer=self.replies["no_unit"].format(unit=who, units=units))
        if len(docs) > 1:
            return self._clarify(q, docs, named)
        d = docs[0]
        addressed = self._addressed_as(text, d)
        named = addressed if len(addressed) > len(named or "") else named
        phrase = self._opening_phrase(q.text)
        if phrase and len(phrase) > len(named or "") and self._same_characters(norm(phrase), [d.info.unit or ""], [d]):
            named = phrase      # the unit named in another order ("保障房办公室" of 区保障办): not an item
        stripped = _strip_kind(self._strip_unit(q, named, d.info.unit or ""), d.info.unit or "")
        if stripped.item != q.item and _names_a_row(q, stripped.item, d):
            # 综合医院（项）: a row's name, not the unit's — in every part of the question (the part of a
            # share: "渔业发展（项）占…" of 海洋发展局 keeps its 发展)
            stripped = replace(stripped, item=q.item, norm=q.norm, part=q.part, whole=q.whole, whole_raw=q.whole_raw,
                               container=q.container, sum_items=q.sum_items)
        q = self._own_unit_out_of_whole(stripped, d)
        if ranked is not None:
            return self._rank_items(q, ranked, d, scope)
        answer = self._answer_in(q, d)
        body = self._listed_body(text, d)
        if body and answer.value is not None and not any(norm(body) in norm(c.text) for c in answer.citations):
            # "平潭时报社…的预算支出" of 传媒中心's document, which lists the 时报社 only in its staff
            # table: the department's total is not the body's
            answer = self._none(q, d, self.replies["body_not_stated"].format(body=body))
        if answer.kind == "none" and q.intent in ACROSS_INTENTS and len(named) <= 2 and named \
                and not scope.get("doc") and not scope.get("unit") and len(self.docs) > 1:
            # two characters that happen to be in one unit's name ("防护围建设工程" and 国有防护林场)
            # named it weakly: when that unit says nothing, the question goes to the whole index
            across = self._answer_across(parse(q.text), list(self.docs.values()))
            if across is not None and across.kind != "none":
                return across
        if two_years and answer.kind == "none":
            # the later document did not state the change: compare the two years' documents
            answer = self._compare_years(q, scope or {"doc": d.info.name}) or answer
        # a bracket read the other way: "给村里（村委会和村党支部）的补助" — its name in place of the everyday
        # words; "老年福利（高龄老人津贴）" — the name before it, the bracket only describing it
        for reread in (bracket_named, without_described, lambda t: _without_unique_code(t, d), _without_subordinates):
            other = reread(text) if answer.kind == "none" and q.is_figure else None
            again = self._ask(other, scope, history) if other else None
            if again is not None and again.value is not None:
                again.question = text[:200]
                return again
        answer.scope = {"unit": d.info.unit, "year": d.info.year, "doc": d.info.name, "q": _memo(q)}
        return answer

    # ------------------------------------------------------------------ comparisons
    def _compare_units(self, q: Question, scope: dict) -> Answer:
        """哪个单位…最多/最少: the figure of every unit (its document of the year asked, else its
        latest), ranked; a derived answer whose inputs are every unit's source."""
        year = scope.get("year") or q.year
        by_unit: dict[str, _Doc] = {}
        for d in self.docs.values():
            info = d.info
            if not info.unit or (year and info.year != int(year)):
                continue
            if q.basis == "决算" and not info.kind.startswith("决算"):
                continue
            if q.basis == "预算" and not info.kind.startswith("预算"):
                continue
            if q.mentions_scope and info.scope and info.scope != q.mentions_scope:
                continue
            cur = by_unit.get(info.unit)
            if cur is None or (info.year or 0, info.scope == "部门") > (cur.info.year or 0, cur.info.scope == "部门"):
                by_unit[info.unit] = d
        vq = replace(q, intent="value")
        rows = []
        for d in by_unit.values():
            r = answer_figure(vq, d.info.year, d.doc.figures, d.matcher)
            if r is None or r.kind != "figure" or not verify(r, vq).ok:
                continue
            wan = money_to(r.value, r.unit, "万元") if is_money(r.unit) else None
            if wan is not None:
                rows.append((wan, d, r))
        if len(rows) < 2:
            return Answer(question=q.text, kind="none",
                          answer="公开文件中找不到足够多单位的这一数字来比较。" if rows or by_unit else self.replies["not_found"])
        rows.sort(key=lambda t: t[0], reverse=not q.lowest)
        wan, d, r = rows[0]
        listing = "；".join(f"{x.info.unit}{x.info.year}年 {fmt(round_as(v, '万元'), '万元')}" for v, x, _ in rows)
        word = "最少" if q.lowest else "最多"
        text = f"在{len(rows)}个有此数字的单位中，{d.info.who}{word}：{fmt(round_as(wan, '万元'), '万元')}。"
        cites = [self._cite_figure(x, res.inputs[0]) for _, x, res in rows[:6]]
        return Answer(question=q.text, kind="derived", answer=text, value=round_as(wan, "万元"), unit="万元",
                      formula=f"按{r.label}比较：{listing}", citations=cites,
                      scope={"q": _memo(q)})

    def _rank_items(self, q: Question, ranked: tuple[str, list[tuple[str, str]], str], d: _Doc, scope: dict) -> Answer:
        """"钱花得最多的是哪一类？占全部支出百分之几？" of one document: each item of the group
        ([ranking] in questions.toml) asked for its amount the same way, ranked; the clause after the
        ranking one is then asked of the first. A derived answer naming the ranking; none when fewer
        than two items are stated or the first two are equal."""
        group, items, rest = ranked
        if not items:
            return self._none(q, d, self.replies["not_found"])
        lowest = any(w in q.text for w in questions_lexicon()["ranking"]["lowest"])
        basis = {"预算": "预算数", "决算": "决算数"}.get(q.basis or "", "")
        found = []
        for asked, name in items:
            a = self._answer_in(parse(f"{asked}{basis}是多少"), d)
            if a.kind == "figure" and a.value is not None and is_money(a.unit):
                wan = money_to(a.value, a.unit, "万元")
                if wan is not None and wan > 0:
                    found.append((wan, name, a))
        if len(found) < 2:
            return self._none(q, d, self.replies["not_found"])
        found.sort(key=lambda t: t[0], reverse=not lowest)
        if found[0][0] == found[1][0]:
            return self._none(q, d, f"{found[0][1]}和{found[1][1]}一样多，无法只说一项。")
        wan, name, a = found[0]
        listing = "；".join(f"{n} {fmt(x.value, x.unit)}" for _, n, x in found)
        word = "最少" if lowest else "最多"
        head = f"{d.info.who}按{group}比较，{name}{word}：{fmt(a.value, a.unit)}。"
        answer = Answer(question=q.text, kind="derived", answer=head, value=a.value, unit=a.unit,
                        formula=f"比较：{listing}", citations=list(a.citations),
                        scope={"unit": d.info.unit, "year": d.info.year, "doc": d.info.name, "q": _memo(q)})
        if rest:
            more = self._answer_in(parse(f"{name}{rest}"), d)
            if more.value is None:
                return self._none(q, d, head + self.replies["not_found"])
            answer.answer = head + more.answer
            answer.value, answer.unit = more.value, more.unit
            answer.formula = f"比较：{listing}" + (f"；{more.formula}" if more.formula else "")
            answer.citations = list(a.citations) + [c for c in more.citations if c not in a.citations]
        return answer

    def _compare_years(self, q: Question, scope: dict) -> Answer | None:
        """2024年和2025年相比…: the same unit's figure in its documents of the two years
        (later − earlier, or the growth in %). None when the unit has no document for one of
        them (then a single document may still state the change)."""
        unit = scope.get("unit")
        if scope.get("doc") and scope["doc"] in self.docs:
            unit = self.docs[scope["doc"]].info.unit
        if not unit:
            named, _ = self.catalog.match(q.text)
            unit = named[0] if len(named) == 1 else None
        if not unit:
            return None
        early, late = sorted((q.year, q.base_year))
        pick = {}
        for y in (early, late):
            docs = [d for d in self.docs.values() if d.info.unit == unit and d.info.year == y]
            docs = [d for d in docs if not q.mentions_scope or d.info.scope == q.mentions_scope] or docs
            if len(docs) != 1:
                return None
            pick[y] = docs[0]
        stretch = self.catalog.match(q.text)[1]
        vq = self._strip_unit(replace(q, intent="value", year=None, base_year=None, asked_unit=None), stretch)
        res = {y: answer_figure(vq, d.info.year, d.doc.figures, d.matcher) for y, d in pick.items()}
        if any(r is None or r.kind != "figure" or not verify(r, vq).ok for r in res.values()):
            return None
        a, b = res[early], res[late]
        if a.unit != b.unit:
            b_value = money_to(b.value, b.unit, a.unit)
            if b_value is None:
                return None
        else:
            b_value = b.value
        unit_ = a.unit
        if q.intent == "growth":
            if a.value == 0:
                return None
            value = round_as((b_value - a.value) / a.value * 100, "%")
            formula = f"({late}年 {fmt(b_value, unit_)} − {early}年 {fmt(a.value, unit_)}) ÷ {fmt(a.value, unit_)} × 100 = {fmt(value, '%')}"
            unit_ = "%"
        else:
            value = round_as(b_value - a.value, unit_)
            formula = f"{late}年 {fmt(b_value, unit_)} − {early}年 {fmt(a.value, unit_)} = {fmt(value, unit_)}"
        if q.direction * value < 0:
            return None         # 少了多少 asked, an increase found (or the reverse): not this comparison
        if q.decrease and value < 0:
            # 少了多少 asks the size of the decrease: a positive number, said as 减少/下降
            text = f"{unit}{late}年与{early}年相比，{b.label}{'下降' if unit_ == '%' else '减少'}{fmt(-value, unit_)}" \
                   f"（变化{fmt(value, unit_)}）。"
            value = -value
        else:
            text = f"{unit}{late}年与{early}年相比，{b.label}变化{fmt(value, unit_)}。"
        cites = [self._cite_figure(pick[late], b.inputs[0]), self._cite_figure(pick[early], a.inputs[0])]
        return Answer(question=q.text, kind="derived", answer=text, value=value, unit=unit_, formula=formula,
                      citations=cites, scope={"unit": unit, "q": _memo(q)})

    # ------------------------------------------------------------------ input checks
    def _refuse(self, text: str) -> str | None:
        r = self.replies
        if not text:
            return r["empty"]
        if len(text) > self.settings.max_question_chars:
            return r["too_long"].format(limit=self.settings.max_question_chars)
        if not has_words(text) or len(text) >= 10 and len(set(text)) <= 3:
            return r["no_words"]        # (a key held down: "啊啊啊…" asks nothing)
        if looks_english(text):
            return r["english"]
        return None

    # ------------------------------------------------------------------ scope
    def _follow_up(self, q: Question, scope: dict, history: list[Answer]) -> tuple[Question, dict]:
        """Carry the last answer's scope, and for elliptical questions ("那公务接待费呢？",
        "去年呢？") its item, metrics and intent."""
        last = next((a for a in reversed(history) if isinstance(a, Answer) and a.scope), None)
        if last is None:
            return q, scope
        if not scope:
            scope = {k: v for k, v in last.scope.items() if k in ("unit", "year", "doc") and v}
            named, _ = self.catalog.match(q.text)
            if named and last.scope.get("unit") not in named:
                scope = {}          # the question names another unit: a new topic
            elif q.year and last.scope.get("year") and q.year not in (last.scope["year"], last.scope["year"] - 1):
                scope = {"unit": last.scope.get("unit")}     # same unit, another year's document
        memo = last.scope.get("q") or {}
        elliptical = _elliptical(q)
        named, stretch = self.catalog.match(q.text)
        if elliptical and memo and len(named) == 1 and named[0] != last.scope.get("unit") \
                and len(norm(q.item or "")) <= len(norm(stretch or "")) + 2:
            # "那皇姑区司法局呢？": the same question of another unit (its name is no item)
            q.item, q.metrics = memo.get("item", ""), list(memo.get("metrics", []))
        # "…编制多少人？实际有多少人？": a count its measure word asks in full (人 → 在职人数) is its own
        counted = q.count_unit in questions_lexicon()["rules"].get("count_unit_metrics", {})
        if memo and (elliptical or not q.item) and not (counted and not elliptical):
            if not q.item or len(q.item) <= 2:
                q.item, q.metrics = memo.get("item", ""), list(memo.get("metrics", []))
            if q.intent == "value" and memo.get("intent") not in (*PASSAGE_INTENTS, "yesno"):
                # (…有没有安排？安排了多少？: the amount asked after a yes/no is a value)
                q.intent = memo.get("intent", "value")
            if q.year is None and q.relative is None:
                q.year = memo.get("year")
            if q.basis is None:
                q.basis = memo.get("basis")
        return q, scope

    def _other_unit_asked(self, q: Question, scope: dict) -> Answer | None:
        """"那皇姑区司法局呢？" with another unit selected: the unit asked is held, only not the one
        selected — say so (never the selected unit's figure)."""
        doc = self.docs.get(scope.get("doc")) if scope.get("doc") else None
        selected = scope.get("unit") or (doc.info.unit if doc else None)
        if not selected or not _elliptical(q):
            return None
        named, _ = self.catalog.match(q.text)
        if len(named) != 1 or norm(named[0]) == norm(selected) or self.catalog.holds(named[0], selected):
            return None
        return self._other_unit_selected(q, selected, named[0])

    def _final_of_year_asked(self, q: Question, d: _Doc | None) -> _Doc | None:
        """The unit's final account of the year a question names, when the question asks what was
        actually spent ([actual_spending] words) of a budget document of a later year and the
        index holds that final; else None (the budget's own 上年 figures answer other questions)."""
        if d is None or not q.year or not d.info.year or q.year >= d.info.year or not d.info.kind.startswith("预算") \
                or not any(w in q.text for w in questions_lexicon()["actual_spending"]["words"]):
            return None
        finals = [x for x in self.docs.values() if x.info.unit == d.info.unit and x.info.year == q.year
                  and x.info.kind.startswith("决算")]
        return finals[0] if len(finals) == 1 else None

    def _kind_named(self, text: str) -> tuple[list[str], str]:
        """([unit], kind word) when ``text`` opens with a word for a kind of unit ("这个学校有多少学生":
        [unit_names] kind_words_alone) and exactly one held unit is of that kind; ([], "") else."""
        names = questions_lexicon()["unit_names"]
        opening = re.match(names.get("kind_opening", "(?!)"), text.strip())
        rest = text.strip()[opening.end():] if opening else ""
        for word in names.get("kind_words_alone", []):
            if rest.startswith(word):
                endings = tuple(names["kind_words"].get(word, [word]))
                held = [u for u in self.catalog.units if u and norm(u).endswith(endings)]
                return (held, word) if len(held) == 1 else ([], "")
        return [], ""

    def _other_unit_selected(self, q: Question, selected: str, unit: str) -> Answer:
        return Answer(question=q.text, kind="none",
                      answer=self.replies["other_unit_selected"].format(selected=selected, unit=unit))

    def _resolve(self, q: Question, scope: dict) -> tuple[list[_Doc], str, Answer | None]:
        """Documents in scope, the unit stretch the question named, or a ready answer (none)."""
        unknown = self._unknown_unit(q, scope)
        if unknown is not None:
            return [], "", unknown
        if scope.get("doc"):
            name = scope["doc"]
            d = self._doc_named(name)
            if d is None:
                return [], "", Answer(question=q.text, kind="none", answer=self._no_doc(name))
            # a document naming no unit: the unit the question opens with ("中楼乡2015年…") is its own
            return [d], self.catalog.stretch_for(q.text, d.info.unit) if d.info.unit \
                else (self.catalog.named_phrase(q.text) or ""), None
        named_units, stretch = self.catalog.match(q.text)
        if len(named_units) > 3:
            named_units, stretch = [], ""      # a place name shared by many units names none of them
        if not named_units and not scope.get("unit"):
            named_units, stretch = self._kind_named(q.text)
        unit = scope.get("unit")
        if unit or len(named_units) == 1:
            # one unit (the scope's, or the one the question names): the words naming that unit
            # leave the question, no others (农业支出 is an item, even where a 农业局 exists;
            # 规划和自然资源局 goes whole though 规划 alone is budget vocabulary)
            stretch = self.catalog.stretch_for(q.text, unit or named_units[0])
        units = [unit] if unit else named_units
        year = scope.get("year") or q.year
        infos = [x.info for x in self.docs.values()]
        if units:
            infos = [i for i in infos if i.unit in units or (unit and i.unit and norm(unit) == norm(i.unit))]
            if unit and not infos:
                infos = self.catalog.docs_for(unit=unit)
        if not units and not scope.get("year") and len({i.unit for i in infos}) > 1 and q.is_figure:
            docs = list(self.docs.values())
            if q.year is not None:        # the year the question names narrows the documents too
                held = [x for x in docs if x.info.year in (q.year, q.year + 1)
                        or x.info in self.catalog.docs_for(year=q.year)]
                if not held:
                    years = "、".join(str(y) for y in sorted({x.info.year for x in docs if x.info.year}))
                    return [], stretch, Answer(question=q.text, kind="none",
                                               answer=self.replies["no_year"].format(unit="", year=q.year, years=years))
                docs = [x for x in docs if x.info.year == q.year] or held
            return docs, stretch, None
        if year is not None:
            in_year = [i for i in infos if i.year == int(year)]
            covering = self.catalog.docs_for(year=int(year))
            in_year = in_year or [i for i in infos if i in covering]
            if not in_year and units and not unit:
                # 中楼乡人民政府 (a 2014 page) and 平潭综合实验区中楼乡人民政府 (2016): one body, named
                # with and without its region
                bodies = {body_name(u) for u in units}
                in_year = [x.info for x in self.docs.values() if x.info.year == int(year) and x.info.unit
                           and body_name(x.info.unit) in bodies]
            if not in_year and q.is_figure:
                # last year's figures are stated in the next year's document
                in_year = [i for i in infos if i.year == int(year) + 1] if not scope.get("year") else []
            if not in_year and infos:
                years = "、".join(str(y) for y in sorted({i.year for i in infos if i.year}))
                who = units[0] if len(units) == 1 else ""
                return [], stretch, Answer(question=q.text, kind="none",
                                           answer=self.replies["no_year"].format(unit=who, year=year, years=years),
                                           citations=self._closest(q, [self.docs[i.name] for i in infos][:3]))
            infos = in_year
        if len(infos) > 1:
            infos = self._narrow(q, infos)
        return [self.docs[i.name] for i in infos], stretch, None

    def _unknown_unit(self, q: Question, scope: dict) -> Answer | None:
        """A question opening with a unit that no unit in scope (or, unscoped, in the index) can
        be gets kind none naming the units held — never another unit's figure."""
        phrase = self._opening_phrase(q.text)
        if not phrase:
            return None
        verbs = questions_lexicon()["unit_names"].get("acting_verbs", [])
        if verbs:
            phrase = re.split("|".join(map(re.escape, verbs)), phrase)[-1] or phrase   # (财政金融局批复人防办)
        if scope.get("doc") and scope["doc"] in self.docs:
            heads = [self.docs[scope["doc"]]]
            units = [heads[0].info.unit]
        elif scope.get("unit"):
            # (the unit selected by a shorter name, "黄浦区民政局" for 上海市黄浦区民政局: that unit)
            units = [u for u in self.catalog.units if u and (norm(u) == norm(scope["unit"])
                                                            or self.catalog.holds(scope["unit"], u))] or [scope["unit"]]
            heads = [d for d in self.docs.values() if d.info.unit and d.info.unit in units]
        else:
            units, heads = self.catalog.units, []
        if scope.get("doc") and any(not d.info.unit for d in heads):
            return None              # the selected document names no unit at all ("我乡"): nothing
                                     # contradicts the name written
        joiners = "|".join(map(re.escape, questions_lexicon()["intent"]["sum_joiners"]))
        names = [p for p in re.split(joiners, phrase) if p] if scope.get("doc") else []
        if all(self._known_name(n, scope, heads, units) for n in names or [phrase]):
            return None              # 检验检测中心和卫生监督所: every body named is known
        other, stretch = self.catalog.match(phrase)
        if (scope.get("doc") or scope.get("unit")) and len(other) == 1 and other[0] not in units \
                and norm(phrase).rstrip("的").endswith(norm(stretch)):
            # (the words matched must end the name asked: "区人民" of "区人民医院" names no 区人民政府…街道)
            # 审计局 selected, 司法局 asked: the unit is held, only not the one selected
            return self._other_unit_selected(q, units[0] or "", other[0])
        held = [u for u in self.catalog.units if u][:8]
        listing = "、".join(held) + ("等" if len(self.catalog.units) > 8 else "")
        return Answer(question=q.text, kind="none", answer=self.replies["no_unit"].format(unit=phrase, units=listing))

    def _host_of_body(self, q: Question, scope: dict) -> str | None:
        """The issuing unit whose documents state figures of the body an unscoped question opens
        with, when that body is no unit of the index ("鹿城区社会福利院2025年项目支出" → 温州市鹿城区
        民政局, whose tables have the row 温州市鹿城区社会福利院); None when the question is scoped,
        names a unit held, or several units' documents name the body."""
        if scope.get("doc") or scope.get("unit"):
            return None
        phrase = norm(self.catalog.named_phrase(q.text) or "")
        if len(phrase) < 4 or any(u and (phrase in norm(u) or norm(u) in phrase) for u in self.catalog.units):
            return None
        hosts = {d.info.unit for d in self.docs.values() if d.info.unit
                 and any(phrase in norm(f.label or "") for f in d.doc.figures)}
        return hosts.pop() if len(hosts) == 1 else None

    def _opening_phrase(self, text: str) -> str | None:
        """The unit-like phrase a question opens with, without a leading particle ("那道安办…")."""
        phrase = self.catalog.named_phrase(text)
        lead = next((w for w in questions_lexicon()["filler"]["lead_particles"] if phrase and phrase.startswith(w)), "")
        return phrase[len(lead):] if phrase and len(phrase) - len(lead) >= 2 else phrase

    def _own_unit_out_of_whole(self, q: Question, d: _Doc) -> Question:
        """A share's whole naming the document's own unit ("占整个教育局预算" of 天山区教育局's
        budget, its 研究中心 the part): the unit's name leaves the whole (the department's total)."""
        if q.intent != "share" or not q.whole or not d.info.unit:
            return q
        ends = unit_suffix_pattern()
        for m in re.finditer(rf"[\u4e00-\u9fff]{{1,10}}?(?:{ends})", q.whole):
            name = next((m.group(0)[i:] for i in range(len(m.group(0)) - 1)
                         if self.catalog.holds(m.group(0)[i:], d.info.unit)), None)
            if name and len(name) >= 3:
                whole = q.whole.replace(name, "", 1)
                return replace(q, whole=whole, whole_raw=(q.whole_raw or q.whole).replace(name, "", 1))
        return q

    def _addressed_as(self, text: str, d: _Doc) -> str:
        """The name a question opens with when document ``d``'s salutation addresses its unit so
        (an approval "平潭县轮渡管理处:你部门报送的…" of 平潭轮渡所); "" otherwise."""
        phrase = self._opening_phrase(text) if isinstance(text, str) else None
        pattern = lexicon.load("documents")["metadata"].get("addressee_pattern")
        if not phrase or not pattern:
            return ""
        head = d.doc.text[:HEAD_CHARS]
        return phrase if any(norm(phrase) == norm(m.group("unit"))[-len(norm(phrase)):]
                             for m in re.finditer(pattern, head)) else ""

    def _listed_body(self, text: str, d: _Doc) -> str | None:
        """The body a question opens with when document ``d`` lists it as one of its own bodies (a
        row of its staff table: 平潭时报社 of 平潭综合实验区传媒中心) and it is not the issuing unit
        itself; None otherwise. An answer must then cite a span naming that body."""
        phrase = self._opening_phrase(text) if isinstance(text, str) else None
        unit = d.info.unit or ""
        p = norm(phrase or "")
        if not phrase or not unit or len(p) < 3 or self.catalog.holds(phrase, unit) \
                or p in norm(unit) or in_order(norm(unit), p) or p in norm((d.info.title or "") + d.doc.text[:60]):
            return None         # (平潭综合实验区水利综合服务中心: the unit 平潭水利综合服务中心 in full)
        return phrase if any(norm(f.label or "").startswith(p) for f in d.doc.figures) else None

    def _known_name(self, phrase: str, scope: dict, heads: list[_Doc], units: list[str]) -> bool:
        """Whether ``phrase`` may name the unit in scope: the selected document calls itself so at
        its head (岚城片区开发管理局), states figures of that body (计生服务中心, a row of its
        staff table: the rules read that row), or the unit's name holds it."""
        if any(norm(phrase) in norm(d.doc.text[:HEAD_CHARS]) for d in heads):
            return True
        if (scope.get("doc") or scope.get("unit")) and any(norm(phrase) in norm(f.label) for d in heads for f in d.doc.figures):
            return True
        p = norm(phrase)
        if scope.get("doc") and len(p) >= 4 and any(
                norm(f.label).endswith(p[-2:]) and in_order(p, norm(f.label)) for d in heads for f in d.doc.figures):
            return True     # 区疾控中心: a body its page names in full (湖州市吴兴区疾病预防控制中心)
        if scope.get("doc"):
            # "白青乡计生服务中心": the unit's own name, then a body its page names (a staff table's row)
            for i in range(2, len(p) - 1):
                if any(u and self.catalog.holds(p[:i], u) for u in units) \
                        and any(p[i:] in norm(f.label) for d in heads for f in d.doc.figures):
                    return True
        if scope.get("doc") and self._same_characters(p, units, heads):
            return True
        return any(u and self.catalog.holds(phrase, u) for u in units)

    @staticmethod
    def _same_characters(phrase: str, units: list[str], heads: list[_Doc]) -> bool:
        """Whether a name (normalised, four characters or more besides region words) is written with
        the characters of the unit's name or of the body the selected document is addressed to, in
        another order ("乌当区生态环境分局" for 贵阳市生态环境局乌当分局; "保障房办公室" for the
        addressee "…社会保障性住房建设与领导小组办公室")."""
        regions = "".join(questions_lexicon()["unit_names"]["region_suffixes"])
        chars = set(re.sub(f"[{regions}]", "", phrase))
        if len(chars) < 4:
            return False
        pattern = lexicon.load("documents")["metadata"].get("addressee_pattern")
        names = [norm(u) for u in units if u]
        if pattern:
            names += [norm(m.group("unit")) for d in heads for m in re.finditer(pattern, d.doc.text[:HEAD_CHARS])]
        return any(chars <= set(name) for name in names)

    def _months(self, info: DocInfo) -> set[int]:
        """Months a report covers: its title's ("1月份"), else, for a report that is no year's
        budget or final, the first month its opening names ("芦洋乡三公经费公开 … 平潭县芦洋乡2017年
        3月“三公经费”使用情况公示" → {3}; a date with its day, 2017年4月1日, is no month covered)."""
        months = _title_months(info.title or "")
        if months or info.name not in self.docs or info.kind.startswith(("预算", "决算")):
            return months       # (a year's budget or final dated 2026年8月 at its head covers the year)
        opening = self.docs[info.name].doc.text[len(info.title or ""):][:OPENING_MONTH_CHARS]
        first = re.search(r"(?<!\d)(?:19|20)\d{2}\s*年\s*(\d{1,2})\s*月(?![\d\s]*[日号])", opening)
        return {int(first.group(1))} if first else set()

    def _narrow(self, q: Question, infos: list[DocInfo]) -> list[DocInfo]:
        if q.mentions_scope:
            infos = [i for i in infos if i.scope == q.mentions_scope] or infos
        if q.month:         # "平原镇2018年10月份…": of a unit's monthly notices, that month's
            infos = [i for i in infos if q.month in self._months(i)] or infos
        if q.basis == "决算":
            infos = [i for i in infos if i.kind.startswith("决算")] or infos
        elif q.basis == "预算":
            infos = [i for i in infos if i.kind.startswith("预算")] or infos
        if len(infos) > 1 and q.year is None and len({i.unit for i in infos}) == 1:
            latest = max(i.year or 0 for i in infos)
            if sum(1 for i in infos if (i.year or 0) == latest) == 1 and not q.is_figure:
                infos = [i for i in infos if (i.year or 0) == latest]
        return infos

    def _clarify(self, q: Question, docs: list[_Doc], named: str = "") -> Answer:
        one_unit = len({(d.info.unit, d.info.year) for d in docs}) == 1
        if not one_unit and q.intent in ACROSS_INTENTS:
            across = self._answer_across(q, docs)
            if across is not None:
                return across
        if q.intent == "definition" or (one_unit and q.intent in PASSAGE_INTENTS):
            # a general question (什么是“三公”经费？), or one unit's 部门/单位 documents of a year:
            # answer from the document that says it best
            if one_unit:       # the unit's name leaves the item (商务委的预算 asks of 预算)
                q = self._strip_unit(q, named, docs[0].info.unit or "")
            best = self._best_passage_doc(q, docs)
            if best is not None:
                return self._answer_in(q, best)
        if (q.is_figure or q.intent == "yesno") and len(docs) <= 4:
            each = self._answer_each(q, docs)
            if each is not None:
                return each
        if one_unit:
            return self._none(q, docs[0], self.replies["not_found"])
        if q.intent in PASSAGE_INTENTS and q.intent not in ("organisation", "contact"):
            # no document says why / what for / what it is: no list of unrelated documents
            # (every unit has its duties and its telephone: which unit's is asked)
            return Answer(question=q.text, kind="none", answer=self.replies["not_found"],
                          citations=self._closest_anywhere(q))
        listing = sorted(docs, key=lambda d: (d.info.unit or "", d.info.year or 0, d.info.name))
        lines = [self.replies["clarify_units"]] + [f"- {d.info.label}" for d in listing[:12]]
        if len(listing) > 12:
            lines.append(f"……共 {len(listing)} 份文件")
        return Answer(question=q.text, kind="clarify", answer="\n".join(lines))

    def _answer_each(self, q: Question, docs: list[_Doc]) -> Answer | None:
        """A few documents fit (部门预算 and 单位预算 of one unit and year): answer in each; when
        they agree, one answer citing both; when they differ, a clarify listing each."""
        named = self.catalog.match(q.text)[1]
        answers = [(d, self._answer_in(self._strip_unit(q, named, d.info.unit or ""), d)) for d in docs]
        found = [(d, a) for d, a in answers if a.value is not None]
        if not found:
            return None
        values = {money_to(a.value, a.unit, "万元") if is_money(a.unit) else (a.value, a.unit)
                  for _, a in found}
        values = {round_as(v, "万元") if not isinstance(v, tuple) else v for v in values}
        if len(found) == len(answers) and len(values) == 1:
            d, first = found[0]
            for _, other in found[1:]:
                first.citations += other.citations[:1]
            first.scope = {"unit": d.info.unit, "year": d.info.year, "doc": d.info.name, "q": _memo(q)}
            return first
        if len(found) == 1 and len({d.info.unit for d, _ in answers}) == len(answers) and self.replies.get("only_one_unit"):
            # one unit's document states it, the others' say nothing of it: that answer, naming whose it is
            d, first = found[0]
            first.answer = self.replies["only_one_unit"].format(unit=d.info.label) + "\n" + first.answer
            first.scope = {"unit": d.info.unit, "year": d.info.year, "doc": d.info.name, "q": _memo(q)}
            return first
        lines = [self.replies["clarify_units"]]
        for d, a in answers:
            got = fmt(a.value, a.unit) if a.value is not None else "未找到"
            lines.append(f"- {d.info.label}：{got}")
        cites = [c for _, a in found for c in a.citations[:1]]
        return Answer(question=q.text, kind="clarify", answer="\n".join(lines), citations=cites)

    def _best_passage_doc(self, q: Question, docs: list[_Doc]) -> _Doc | None:
        scored = self._scored_docs(q, docs)
        return scored[0][1] if scored else None

    def _scored_docs(self, q: Question, docs: list[_Doc]) -> list[tuple[float, _Doc, object]]:
        """(score of the best sentence, document, that Found) for the documents whose passages
        the index ranks best for q (all of ``docs`` read whole when there is no index), best first."""
        in_scope = {d.info.name: d for d in docs}
        if self.retriever.available and len(docs) > MAX_DOCS_SEARCHED_EACH:
            stretch = self.catalog.match(q.text)[1]
            years = {d.info.year for d in docs}
            year = years.pop() if len(years) == 1 else None
            groups = [(name, set(ids)) for name, ids in self.retriever.across_index(q, stretch, year)
                      if name in in_scope]
            if not groups:     # the whole index ranked other documents first: search the scope's
                groups = list((self._ranked_ids(q, docs[:MAX_DOCS_SEARCHED_EACH]) or {}).items())
        else:
            ranked = self._ranked_ids(q, docs)
            groups = list(ranked.items()) if ranked is not None else [(n, None) for n in in_scope]
        scored = []
        for name, ids in groups:
            d = in_scope[name]
            f = d.finder.find(q, 1, only=ids)
            if f:
                scored.append((f[0].score, d, f[0]))
        if not scored and q.intent == "definition" and len(docs) > MAX_DOCS_SEARCHED_EACH:
            # a term the best-ranked passages do not define: any document's 名词解释 may (one
            # pass over every document, for definitions only)
            for d in docs:
                f = d.finder.find(q, 1)
                if f:
                    scored.append((f[0].score, d, f[0]))
        scored.sort(key=lambda t: (-t[0], t[1].info.name))
        return scored

    def _answer_across(self, q: Question, docs: list[_Doc]) -> Answer | None:
        """A why / what-for question naming no unit, over several units' documents: answered from
        the document whose sentence stands clearly ahead, otherwise a clarify listing the units
        the index found, each with its best sentence. None when no document says it."""
        scored = self._scored_docs(q, docs)
        if not scored:
            return None
        if len(scored) == 1 or scored[0][0] >= scored[1][0] + CLEAR_LEAD:
            return self._passage(q, scored[0][1])
        lines = [self.replies["clarify_units"]]
        cites = []
        for _, d, f in scored[:MAX_CLARIFY_CHOICES]:
            lines.append(f"- {d.info.label}：{f.sentence.text}")
            cites.append(self._cite_passage(d, f.sentence.passage, f.sentence.text))
        return Answer(question=q.text, kind="clarify", answer="\n".join(lines), citations=cites)

    @staticmethod
    def _strip_unit(q: Question, stretch: str, unit: str = "") -> Question:
        """The question without the unit name it used (so 司法局 is not matched to labels); the
        item lost filler words, so the longest run of it found in order in the name goes — with the
        place name written before it when ``unit`` (the full name) holds that too (平潭 of
        "平潭交建局" for 平潭综合实验区交通与建设局)."""
        if not stretch or not _names_a_unit(q.norm, stretch):
            return q
        name = norm(unit or "")

        def cut(t):
            if not t:
                return t
            # another body's whole name ("成都市武侯区文化馆" asked of 成都市武侯区文化广电旅游局) is
            # never cut down to the characters it shares with the unit's name
            bodies = [b.span() for b in re.finditer(rf"[\u4e00-\u9fff]{{2,12}}?(?:{unit_suffix_pattern()})", t)
                      if name and not in_order(b.group(0), name) and not in_order(b.group(0), stretch)]
            # (the unit's whole name written out is never inside another body: "区财政金融局下达平潭综合
            # 实验区自贸办的…" — 下达平潭综合实验区 ends like a place, it is the verb and the name's start)
            written = [m.span() for m in re.finditer(re.escape(stretch), t)] \
                if stretch.endswith(tuple(questions_lexicon()["unit_names"]["generic_suffixes"])) else []
            bodies = [(a, b) for a, b in bodies if not any(x < b and a < y for x, y in written)]
            # at least half the name, and three characters of a longer one: 社会工作 of 其他社会工作
            # 事务支出 is not the unit 社会工作部, nor 福利 of 社会福利支出 the unit 区福利院
            for size in range(len(t), min(len(stretch), max(3, len(stretch) // 2)) - 1, -1):
                for i in range(len(t) - size + 1):
                    if any(a < i + size and i < b for a, b in bodies):
                        continue
                    if in_order(t[i:i + size], stretch):
                        head = t[:i]
                        if name and 2 <= len(head) <= 6 and head in name and name.find(head) < name.find(stretch[:1]):
                            head = ""
                        # "这所职校今年…": the demonstrative before the name points at the unit too
                        those = sorted(questions_lexicon()["unit_names"]["demonstratives"], key=len, reverse=True)
                        head = next((head[:-len(w)] for w in those if head.endswith(w)), head)
                        rest = head + t[i + size:]
                        # 商务委的 → (nothing); 妇幼保健院有几辆救护车: 有 joined the name to the item
                        lex = questions_lexicon()["unit_names"]
                        tail = next((w for w in lex.get("unit_tails", []) if rest.startswith(w) and not head
                                     and len(rest) - len(w) >= 2), "")
                        rest = rest[len(tail):]     # 卫健委系统…救护车: the unit and what it runs
                        joined = rest.startswith("的") or len(rest) >= 3 and rest.startswith(tuple(lex["joining_words"])) \
                            and not rest.startswith(tuple(lex["not_joining"]))
                        return rest[1:] if joined else rest
            # 石城乡政府 asked: the filler 乡政府 went at parsing, its place name 石城 leads the item
            head = next((stretch[:-len(w)] for w in questions_lexicon()["filler"]["words"]
                         if len(w) >= 2 and stretch.endswith(w) and len(stretch) - len(w) >= 2), "")
            return t[len(head):] if head and t.startswith(head) and len(t) - len(head) >= 2 else t
        metrics = q.metrics
        if not metrics and stretch in q.norm:
            # "拉孜县农业农村局收支总预算": a total word after the unit's name is the unit's total, read
            # as if the name had not been written (收支总预算 → 支出), never an item's own total
            metrics = parse(q.norm.replace(stretch, "", 1)).metrics
        items = [t for t in (cut(t) for t in q.sum_items) if t.strip()]
        listed = len(items) >= 2 or len(q.sum_items) < 2    # ("规划和自然资源局的公务接待一共…": the 和
        # (the name out of the whole question too when two rows are compared: "上海市财政局津贴补贴比
        # 基本工资多多少"; elsewhere the name may pick its own row of a table of units)
        rules = questions_lexicon()["rules"]
        compared = any(re.search(rules[k], q.norm) for k in ("item_comparison", "item_gap"))
        text_n = q.norm.replace(stretch, "", 1) if compared and len(stretch) >= 3 and stretch in q.norm else q.norm
        return replace(q, norm=text_n, item=cut(q.item), part=cut(q.part), whole=cut(q.whole), whole_raw=cut(q.whole_raw),
                       container=cut(q.container), sum_items=items if listed else [], metrics=metrics,
                       wants_sum=q.wants_sum and listed, asks_sum=q.asks_sum and listed)   # was the unit's own)

    # ------------------------------------------------------------------ answering in one document
    def _answer_in(self, q: Question, d: _Doc) -> Answer:
        info = d.info
        if q.intent == "person":
            return self._none(q, d, self.replies["person"])
        if q.intent == "place":           # where / which country: disclosures give amounts and uses
            return self._none(q, d, self.replies["not_found"])
        if q.intent in PASSAGE_INTENTS:
            return self._passage(q, d)
        if q.is_figure or q.intent == "yesno":
            read_as_own = q.year_offset == 1 and info.year and not d.matcher.final \
                and any(w in q.text for w in questions_lexicon()["intent"]["speakers_next_year"]) \
                and not any(f.year == info.year + 1 for f in d.doc.figures)
            if read_as_own:
                # 明年 of a budget that states no later year: the asker reads the plan before its year
                # begins (2026年预算, published for 2026) — its own year, said so in the answer
                answer = self._answer_in(replace(q, year_offset=0, year=None, relative=None), d)
                if answer.value is not None:
                    answer.answer = self.replies["next_year_read"].format(year=info.year) + answer.answer
                return answer
            if q.year_offset and info.year:
                q = replace(q, year=info.year + q.year_offset, year_offset=0)    # 前年 of a 2016 budget: 2014
            if not self._year_ok(q, info):
                return self._none(q, d, f"这份文件（{info.who}）没有{q.year}年的数字。")
            months = self._months(info)
            if q.month and months and q.month not in months:
                # a monthly report (1月份“三公经费”支出公开表) holds no other month's figures
                return self._none(q, d, _months_notice(info, months, f"{q.month}月"))
            fq = q if q.intent != "yesno" else _as_value(q)
            whole_year = any(w in q.text for w in questions_lexicon()["rules"]["whole_year_words"])
            cumulative = questions_lexicon()["rules"]["cumulative_words"]
            if whole_year and months and info.kind == "other" and not months >= set(range(1, 13)) and (12 not in months or not any(
                    any(w in (f.label or "") + (f.column or "") for w in cumulative) for f in d.doc.figures)):
                # "今年全年的三公经费" of a month's notice: the notice holds that month (and the months
                # before it), never the whole year — December's too, unless it states the year's
                # running total (累计)
                return self._none(q, d, _months_notice(info, months, "全年"))
            if not q.month and len(months) == 1 and not whole_year:
                fq = replace(fq, month=next(iter(months)))    # a month's notice asked: its month
                                                              # (全年… asked: never one month's)
            # a report of two years (2015年执行情况和2016年预算草案) answers its later year too
            doc_year = q.year if q.year and info.year and q.year > info.year else info.year
            result = None
            if self._actual_of_speakers_last_year(fq, d):
                # "去年招待费实际花了多少" of a final account: the account reports the year just closed,
                # read the year after, so the asker's 去年 with an actual-spending word is its own year
                result = answer_figure(replace(fq, relative=None), doc_year, d.doc.figures, d.matcher)
            if result is None:
                result = answer_figure(fq, doc_year, d.doc.figures, d.matcher)
            if result is None and q.year == info.year and fq.intent == "value" \
                    and any(f.year == info.year + 1 for f in d.doc.figures):
                # a report that goes on to next year's draft ("2016年财政总支出安排837万元，比2015年
                # 预算增支90万元"): this year's value is next year's minus its change on this year
                result = answer_figure(fq, info.year + 1, d.doc.figures, d.matcher)
                said = [norm(f.span.text) for f in (result.inputs if result else [])]
                # only when the change is said against this year's amount of the basis asked (比2015年预算)
                if result is None or result.kind != "derived" or not q.basis \
                        or not any(f"{info.year}年{q.basis}" in t for t in said):
                    result = None
            if result is None and fq.intent == "value" and fq.relative == -1 and fq.year is None \
                    and not fq.reverse and d.matcher.final \
                    and any(w in q.text for w in questions_lexicon()["intent"]["speakers_last_year"]):
                # 去年 (the asker's last year) of a final account that states nothing of the year
                # before: the account is read the year after it closed, so its own year is that
                # 去年 (2025年决算, read in 2026); never when its sentence states a change on 上年
                # (then 上年's amount is asked, and not found)
                result = answer_figure(replace(fq, relative=None), doc_year, d.doc.figures, d.matcher)
                if result is not None and any(f.change is not None or f.role == "change" for f in d.doc.figures
                                              if any(f.span.start == i.span.start for i in result.inputs)):
                    result = None
            if result is not None and q.month and len(months) > 1 \
                    and any(w in q.text for w in questions_lexicon()["rules"]["month_alone_words"]) \
                    and not all(any(w in (f.label or "") + (f.column or "") for w in questions_lexicon()["rules"]["month_words"])
                                for f in result.inputs):
                # "12月当月…" of a report of 1–12月: its amounts run from January, none is that month's
                return self._none(q, d, _months_notice(info, months, f"{q.month}月当月"))
            body = _other_body_named(q, d, result) if result is not None else None
            if body:
                # "看守所在职人数" of a 公安局 page whose table leaves the 看守所 row blank: the
                # 本级 row's 383 is not the 看守所's
                return self._none(q, d, self.replies["other_body"].format(who=info.who, body=body))
            if result is not None and self._actual_asked_of_budget(q, info, result):
                return self._none(q, d, self.replies["budget_only"].format(who=info.who))
            if result is not None and q.intent == "yesno" and result.kind == "figure" and result.value == 0:
                # 有…吗 with a 0 in a table: the sentence saying there is none answers it in words
                zero = self._stated_nil(q, d) or self._passage(q, d)
                if zero.kind != "none":
                    return zero
            if result is not None:
                return self._figure_answer(q, d, result)
            zero = self._stated_nil(q, d)
            if zero is not None:
                return zero
            if q.intent == "yesno":
                return self._passage(q, d)
        return self._none(q, d, self.replies["not_found"])

    @staticmethod
    def _actual_of_speakers_last_year(q: Question, d: _Doc) -> bool:
        """True when a final account is asked 去年 ([intent] speakers_last_year) with a word of
        actual spending ([actual_spending] words: 实际花, 决算数 …) and no year or comparison: the
        asker's last year is the year the account closed."""
        lex = questions_lexicon()
        return q.intent == "value" and q.relative == -1 and q.year is None and not q.reverse \
            and d.matcher.final and any(w in q.text for w in lex["intent"]["speakers_last_year"]) \
            and any(w in q.text for w in lex["actual_spending"]["words"])

    def _actual_asked_of_budget(self, q: Question, info: DocInfo, r: Result) -> bool:
        """True when the question asks what was actually spent (实际花了, 决算数 …: questions.toml
        [actual_spending]) but the document is a budget and the amount found is not an
        executed/final figure: a budget amount is not an answer to that (DOMAIN.md trust rules:
        预算 and 决算 are different things)."""
        if not info.kind.startswith("预算") or not is_money(r.unit):
            return False
        words = questions_lexicon()["actual_spending"]["words"]
        if not any(w in q.text for w in words):
            return False
        return not any((f.basis or "") in ("决算", "执行数") for f in r.inputs)

    @staticmethod
    def _year_ok(q: Question, info: DocInfo) -> bool:
        if q.year is None or info.year is None or q.year == info.year:
            return True
        if q.year == info.year - 1:
            return True                       # last year's value (stated or derived)
        years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", info.title or "")]
        return len(years) >= 2 and min(years) <= q.year <= max(years)

    def _figure_answer(self, q: Question, d: _Doc, r: Result) -> Answer:
        info = d.info
        if r.kind == "clarify":
            lines = [self.replies["clarify_figures"].format(who=info.who)]
            lines += [f"- {display_label(f)}：{fmt(f.value, f.unit)}（{f.span.section or f.span.text[:30]}）" for f in r.inputs]
            return Answer(question=q.text, kind="clarify", answer="\n".join(lines),
                          citations=[self._cite_figure(d, f) for f in r.inputs[:3]])
        verdict = verify(r, q)
        if not verdict.ok:
            log.info("verifier stopped %r: %s", q.text, verdict.reason)
            answer = self._none(q, d, self.replies["not_found"])
            answer.stopped = verdict.reason
            return answer
        who = info.who
        value_text = fmt(r.value, r.unit)
        # the base said as asked: 比上年, or the year named when it is not the one before ("2025年…比2026年")
        other = q.base_year is not None and q.year is not None and q.base_year != q.year - 1
        last_year = f"比{q.base_year}年" if other else "比上年"
        if r.decrease:
            what = r.label.removesuffix("变化幅度").removesuffix("变化")
            base = "" if "比" in what else last_year     # a label naming its own base (比年初)
            text = f"{who}：{what}{base}{'下降' if r.unit == '%' else '减少'}{fmt(abs(r.value), r.unit)}。"
        elif q.intent == "change" and r.unit != "%" and (r.kind == "figure" or r.label.endswith("变化")):
            word = "增加" if r.value > 0 else ("减少" if r.value < 0 else "持平，变化")
            if other:
                word = "多" if r.value > 0 else ("少" if r.value < 0 else word)
            body = f"{r.label.removesuffix('变化')}{last_year}{word}{fmt(abs(r.value), r.unit)}" if r.value != 0 \
                else f"{r.label.removesuffix('变化')}与{last_year[1:]}持平（变化0{r.unit}）"
            text = f"{who}：{body}。"       # (the word says the sign: never "增加5万元（5万元）")
        elif r.kind == "derived" and r.label.endswith(GAP_SUFFIXES) and r.value != 0:
            # 支出决算比预算少6.37万元 / 全年预算比决算多6.37万元
            text = f"{who}：{r.label}{'多' if r.value > 0 else '少'}{fmt(abs(r.value), r.unit)}。"
        else:
            label = r.label
            said = r.inputs[0].year if r.kind == "figure" and len(r.inputs) == 1 else None
            if said and info.year and said != info.year and not re.search(r"(?:19|20)\d{2}", label):
                label = f"{said}年{label}"     # another year's amount in this document: say which year
            # (a rate's label that ends in its verb — "住房保障支出占", "完成预算的" — takes the number
            # straight after it: "占9.55%", not "占为9.55%")
            joint = "" if label.endswith(tuple(self.replies["joined_label_endings"])) or \
                r.inputs and r.inputs[0].role == "count" and re.search(self.replies["count_verb_label"], label) else "为"
            text = f"{who}：{label}{joint}{value_text}。"
            if q.intent == "growth" and r.unit == "%" and r.value != 0 and label.endswith("变化幅度") \
                    and q.base_year in (None, (info.year or 0) - 1) and not q.base_basis:
                # "下降了百分之几": said the way it was asked (下降5.13%; the value stays signed)
                word = "增长" if r.value > 0 else "下降"
                text = f"{who}：{label.removesuffix('变化幅度')}比上年{word}{fmt(abs(r.value), '%')}。"
        value, unit = r.value, r.unit
        asked = money_to(r.value, r.unit, q.asked_unit) \
            if q.asked_unit and is_money(q.asked_unit) and is_money(r.unit) and q.asked_unit != r.unit else None
        if asked is not None and asked == asked.quantize(Decimal("0.01")):
            # 折合成元 / 多少元 of an amount stated in 万元: the same amount in the unit asked (only
            # when it is exact to the cent: 0.00425亿元 is never shown as 0.00)
            value, unit = asked, q.asked_unit
            text = text.rstrip("。") + f"，即{fmt(value, unit)}。"
        elif unit == "元" and abs(value) >= 10000 and not q.asked_unit:
            # a table in 元 (346206173.68元): the same amount in 万元 beside it, as the text says it
            wan = money_to(value, unit, "万元")
            near = round_as(wan, "万元")
            text = text.rstrip("。") + f"（{'即' if near == wan else '约'}{fmt(near, '万元')}）。"
        text += self._inconsistency_note(d, r.inputs)
        if any(f.ocr for f in r.inputs):
            text += "\n" + self.replies["ocr_note"]
        return Answer(question=q.text, kind=r.kind, answer=text, value=value, unit=unit, formula=r.formula,
                      citations=[self._cite_figure(d, f) for f in r.inputs])

    @staticmethod
    def _inconsistency_note(d: _Doc, inputs: list[Figure]) -> str:
        """A warning when a consistency finding involves a sentence or row the answer is read from
        (DOMAIN.md: documents are not always consistent; show it rather than hide it)."""
        used = {(f.span.start, f.span.end) for f in inputs}
        notes = [f.message for f in d.doc.findings if any((s.start, s.end) in used for s in f.spans)]
        return "\n注意：" + "；".join(dict.fromkeys(notes)) if notes else ""

    def _stated_nil(self, q: Question, d: _Doc) -> Answer | None:
        """"无“三公”经费财政拨款支出" / "无机关运行经费" answers a money question with 0, when the
        sentence names the metric the question asks for."""
        if not q.metrics or q.intent not in ("value", "yesno") or q.asked_unit == "%":
            return None
        rules = questions_lexicon()["rules"]
        if q.count_unit:
            return self._stated_none_held(q, d) if q.count_unit in rules["nil_count_units"] else None
        nil = "|".join(map(re.escape, questions_lexicon()["rules"]["nil_words"]))
        gap = "|".join(map(re.escape, (norm(w) for w in questions_lexicon()["rules"]["nil_gap_words"])))
        names = [norm(a) for a, key in metric_aliases().items() if key == q.metrics[0] and len(a) >= 3]
        if len(norm(q.metrics[0])) >= 3:
            names.append(norm(q.metrics[0]))   # a bare 支出 / 收入 ("也没有支出" of a fund) is no total's nil
        # the name of an amount (…费, …经费, …支出), not of an activity ("无因公出国（境）计划")
        endings = tuple(questions_lexicon()["rules"]["amount_endings"])
        names = [n for n in names if n.endswith(endings)]
        for s in d.finder.sentences:
            for name in names:
                at = s.norm.find(name)
                if at < 0:
                    continue
                before = s.norm[max(0, at - 12):at]
                # the nil word right before the name (无“三公”经费 / 未安排机关运行经费), not before
                # a longer name that ends like it (暂无公务用车运行经费 is not 机关运行经费)
                if re.search(rf"({nil})(?:{gap}){{0,3}}$", before) and not re.search(r"\d", s.norm[at:at + len(name) + 6]):
                    unit = "万元"
                    who = d.info.who
                    return Answer(question=q.text, kind="figure", answer=f"{who}：没有{q.metrics[0]}（为0{unit}）。原文：{s.text}",
                                  value=Decimal(0), unit=unit,
                                  citations=[self._cite_passage(d, s.passage, s.text)])
        return None

    def _stated_none_held(self, q: Question, d: _Doc) -> Answer | None:
        """"我单位未配置公车" answers 有几辆公车 with 0辆: a sentence with a nil-holding word
        ([rules] nil_count_words) right before a name of the count metric asked."""
        rules = questions_lexicon()["rules"]
        names = sorted((norm(a) for a, key in metric_aliases().items() if key == q.metrics[0]), key=len, reverse=True)
        bought = any(w in q.item for w in rules["purchase_words"])
        words = [w for w in rules["nil_count_words"] if bought or w not in rules["nil_purchase_words"]]
        nil = "|".join(map(re.escape, words))
        # the kind of thing asked besides the metric's name (救护车 of 几辆救护车) must be the sentence's
        kind = re.sub("|".join(map(re.escape, [*names, *rules["purchase_words"]])), "", norm(q.item))
        for s in d.finder.sentences:
            hit = next((n for n in names if re.search(rf"(?:{nil})(?:{n})(?![\d车辆])", s.norm)), None)
            if hit and len(kind) >= 2 and kind not in s.norm:
                continue
            if hit and not re.search(r"\d+\s*(?:%s)" % re.escape(q.count_unit), s.norm):
                return Answer(question=q.text, kind="figure", value=Decimal(0), unit=q.count_unit,
                              answer=f"{d.info.who}：没有{hit}（为0{q.count_unit}）。原文：{s.text}",
                              citations=[self._cite_passage(d, s.passage, s.text)])
        return None

    def _ranked_ids(self, q: Question, docs: list[_Doc]) -> dict[str, set[str]] | None:
        """{document: the ids of its passages the index ranks best for q}; None without an index."""
        stretch = next((self.catalog.stretch_for(q.text, d.info.unit) for d in docs if d.info.unit), "")
        ranked = self.retriever.in_documents(q, [d.info.name for d in docs], stretch)
        return None if ranked is None else {name: set(ids) for name, ids in ranked.items()}

    def _passage(self, q: Question, d: _Doc, only: set[str] | None = None) -> Answer:
        if only is None:
            only = (self._ranked_ids(q, [d]) or {}).get(d.info.name)
        found = d.finder.find(q, 2, only=only)
        if q.intent in ("reason", "purpose"):
            found = self._figure_sentences(q, d) + found
        if not found and q.intent == "reason" and asks_what_money(q):
            # "单位资金收入是什么钱" where the document says nothing of this unit's: its glossary entry
            return self._passage(replace(q, intent="definition"), d, only)
        if not found:
            return self._none(q, d, self.replies["not_found"])
        seen, cites, texts, parents = set(), [], [], []
        for f in found:
            s = f.sentence
            if s.text in seen:
                continue
            seen.add(s.text)
            units = any(w in q.norm for w in questions_lexicon()["passage_cues"].get("units_asked", []))
            text = self._section_text(d, s.passage, units=units) if q.intent == "organisation" \
                else d.finder.continuation(s)
            if any(text[:40] in t for t in texts):
                continue            # the section already quoted in full
            piece = f.lead or text
            if any(coverage(bigrams(piece), bigrams(t)) >= 0.7 for t in texts):
                continue            # the same words again (the figure's sentence and its heading's)
            texts.append(piece)
            parents.append(s.section_norm.rpartition(">")[0])
            cites.append(self._cite_passage(d, s.passage, text))
        kind = "definition" if q.intent == "definition" else "passage"
        who = d.info.who
        # the reason a figure's own clause states answers alone: the next passage found is another
        # item's ("公务接待费0.60万元，…主要原因是…" after the 公务用车 reason asked); it stays a source
        said = 1 if found[0].lead else 2
        named = bigrams(norm(item_words(q))) if q.intent in ("reason", "purpose") else set()
        if said == 2 and len(texts) > 1 and named and not named & bigrams(norm(texts[1])) and parents[0] != parents[1]:
            said = 1        # a second sentence of another part naming the item only in the sentence before
                            # it is another item's (a project's sibling subsection, 二、项目内容, stays)
        if said == 2 and len(texts) > 1 and q.intent == "reason" and named \
                and coverage(named, bigrams(norm(texts[1]))) < 0.5 <= coverage(named, bigrams(norm(texts[0]))):
            said = 1        # "为什么防汛支出比预算多": the 防汛 reason, never a 农田水利 one after it
        return Answer(question=q.text, kind=kind, answer=f"{who}中写道：" + tidy_quote("".join(texts[:said])),
                      citations=cites[:3])

    @staticmethod
    def _section_text(d: _Doc, passage: Passage, limit: int = 600, units: bool = False) -> str:
        """A unit's duties or organisation as the document lists them: the text of the section
        named for them ([passage_cues] organisation_sections: 部门主要职责 …) that holds
        ``passage``, its numbered sub-items included, from ``passage`` on (≤ ``limit`` characters;
        the passage alone when no such section holds it). ``units``: the question asks which units
        or offices — the section's table rows (序号 | 单位名称 …) are part of the answer."""
        cues = [norm(w) for w in questions_lexicon()["passage_cues"].get("organisation_sections", [])]
        parts = passage.section.split(" > ") if passage.section else []
        root = next((" > ".join(parts[:i + 1]) for i in range(len(parts))
                     if any(c in norm(parts[i]) for c in cues)), None)
        listed = False
        if root is None:
            if not re.search(r"[：:]\s*$", passage.text):
                return passage.text
            root, listed = passage.section, True   # "…的主要职责是：" closing the passage: its list follows
        out, started = "", False
        for p in d.doc.passages:
            started = started or p.id == passage.id
            if not started or p.kind != "text":
                continue
            item = listed and LIST_ITEM.match(p.section.split(" > ")[-1])   # （一）增强乡镇经济实力 read as a heading
            if p.section != root and not (root and p.section.startswith(root + " > ")) and not item:
                break
            if out and len(out) + len(p.text) > limit:
                break
            out += (" " if out else "") + p.text
        if units:
            # the units listed in the section's table (rows are stored after the text passages):
            # each row's cells without the table's title ("2、上海市…执法大队（下属参公事业单位）")
            for p in d.doc.passages:
                if p.kind.startswith("table") and (p.section == root or root and p.section.startswith(root + " > ")):
                    text = "、".join(c.split(": ", 1)[-1] for c in p.text.split(" | ")[1:])
                    if len(out) + len(text) > 2 * limit:
                        break
                    out += ("" if out.endswith(("：", ":")) else "；") + text
        return out or passage.text

    def _figure_sentences(self, q: Question, d: _Doc) -> list:
        """For reason/purpose questions: the sentence of the best-fitting figure that states a
        reason (主要原因是…) or a purpose (主要用于…)."""
        from .passages import Found, Sentence, asks_source, asks_why_not, other_comparison
        # where money comes from ("其他收入是哪来的"): what the amount is said to be (its kind, read as
        # its purpose: "其他收入8.35万元，…系辖区临时占道保洁押金转入…收入")
        source = asks_source(q)
        attr = "reason" if q.intent == "reason" and not source else "purpose"
        ranked = d.matcher.rank(q.item, q.metrics, doc_year=d.info.year, year=None, roles=ROLES, narrow=False,
                                require=lambda f: getattr(f, attr))
        if (not ranked or ranked[0].score < 2.5) and q.metrics:
            ranked = self._part_reasons(q, d, attr)
        if (not ranked or ranked[0].score < 2.5) and len(q.metrics) >= 2:
            # several items asked at once ("招待客人、用车的钱怎么…没安排"): the one reason the document
            # gives any of them, when every one it gives is that same reason
            each = [d.matcher.rank(k, [k], doc_year=d.info.year, year=None, roles=ROLES, narrow=False,
                                   require=lambda f: getattr(f, attr)) for k in q.metrics]
            each = [r[0] for r in each if r and r[0].score >= 2.5]
            if each and len({getattr(s.fig, attr) for s in each}) == 1:
                ranked = each
        if (not ranked or ranked[0].score < 2.5) and attr == "reason" \
                and any(w in k for k in q.metrics for w in questions_lexicon()["rules"]["balance_items"]):
            # "年底还剩18.27万元结转没花，是什么原因": a balance with no reason stated, but what it is ("年末
            # 结转和结余18.27万元，为…项目尚未完成支付的垃圾清运服务尾款") says why it is left
            source, attr = True, "purpose"
            ranked = d.matcher.rank(q.item, q.metrics, doc_year=d.info.year, year=None, roles=ROLES, narrow=False,
                                    require=lambda f: f.purpose)
        if not ranked or ranked[0].score < 2.5:
            return []
        fig = ranked[0].fig
        if attr == "reason" and fig.value != 0 and asks_why_not(q):
            return []       # "采血车为什么不算进三公经费": an absence asked, never the reason an amount moved
        text = self._sentence(d, fig)
        said = norm(text)[:max(0, norm(text).find(norm(getattr(fig, attr))[:8]))]
        said = said[said.rfind("。") + 1:]          # (the reason's own sentence: "…。与上年相比…，主要是由于…")
        if attr == "reason" and said and other_comparison(q, said, questions_lexicon()["passage_cues"]):
            return []       # "为什么比预算少": the figure's reason is of its change on last year — the
                            # passages may state the one against the budget (决算数小于预算数的主要原因…)
        moved = "增加" if (fig.change or 0) > 0 else ("减少" if (fig.change or 0) < 0 else "")
        if attr == "reason" and re.match(r"(?:一是|一、|1[.、．]|[（(]1[）)]|[（(]一[）)])", fig.reason or ""):
            fig = replace(fig, reason="：" + fig.reason)       # "主要原因是：一是…；二是…" (a list reads after a colon)
        if source:
            lead = f"{display_label(fig)}为{fmt(fig.value, fig.unit)}，是{fig.purpose}。"
        elif attr == "reason" and not moved:
            # the reason of an amount, not of a change ("公务用车购置及运行费0万元，主要原因是学校未配备
            # 公务用车"): the amount is said with it, never dropped ("…为0万元，主要原因是…")
            amount = "与上年持平" if fig.change == 0 else f"为{fmt(fig.value, fig.unit)}"
            lead = f"{display_label(fig)}{amount}，主要原因是{fig.reason}。"
        else:
            lead = f"{display_label(fig)}{moved + '的主要原因是' if attr == 'reason' else '主要用于'}{getattr(fig, attr)}。"
        p = Passage(id="", doc=fig.doc, section=fig.span.section, page=fig.span.page, start=fig.span.start,
                    end=fig.span.end, text=text)
        return [Found(Sentence(text, norm(text), set(), p, norm(fig.span.section), -1), 10.0, lead)]

    @staticmethod
    def _part_reasons(q: Question, d: _Doc, attr: str) -> list:
        """"公车的钱怎么少了那么多" where the document gives the reason only for a part of the item
        (公务用车运行费减少15.41万元，主要是…): the one part (by an identity of metrics.toml) whose
        stated change goes the way asked and carries a reason; [] when none or several do."""
        parts = [p for i in lexicon.load("metrics").get("identities", []) if i["total"] == q.metrics[0]
                 for p in i["parts"]]
        found = []
        for part in parts:
            ranked = d.matcher.rank(part, [part], doc_year=d.info.year, year=None, roles=ROLES, narrow=False,
                                    require=lambda f: getattr(f, attr) and f.metric == part and (
                                        not q.direction or (f.change or 0) * q.direction > 0))
            if ranked and ranked[0].score >= 2.5:
                found.append(ranked)
        return found[0] if len(found) == 1 else []

    def _none(self, q: Question, d: _Doc | None, message: str) -> Answer:
        return Answer(question=q.text, kind="none", answer=message,
                      citations=self._closest(q, [d] if d else list(self.docs.values())))

    def _closest_anywhere(self, q: Question) -> list[Citation]:
        """Up to three passages of the whole index nearest the question (no number claimed)."""
        cites: list[Citation] = []
        if self.searcher is None:
            return cites
        try:
            for h in self.searcher.search(q.text, k=3, retrievers=("bm25",)):
                d = self.docs.get(h.passage.doc)
                if d is not None:
                    cites.append(self._cite_passage(d, h.passage, h.passage.text[:300]))
        except Exception as exc:
            log.warning("search failed: %s", exc)
        return cites

    def _closest(self, q: Question, docs: list[_Doc]) -> list[Citation]:
        """Up to three passages nearest the question (no number is claimed from them)."""
        cites: list[Citation] = []
        if self.searcher is not None and docs:
            try:
                for d in docs[:3]:
                    for h in self.searcher.search(q.text, k=3 if len(docs) == 1 else 1, doc=d.info.name,
                                                  retrievers=("bm25",)):
                        cites.append(self._cite_passage(d, h.passage, h.passage.text[:300]))
            except Exception as exc:
                log.warning("search failed: %s", exc)
        if not cites:
            for d in docs[:3]:
                for f in d.finder.find(q, 2, min_score=0.3):
                    cites.append(self._cite_passage(d, f.sentence.passage, f.sentence.text))
        return cites[:3]

    # ------------------------------------------------------------------ citations
    def _sentence(self, d: _Doc, fig: Figure) -> str:
        """The sentence stating ``fig`` as the document writes it, with the next one when that is
        where its change is said ("…完成预算的85.93%。与2024年度相比减少1.20万元…")."""
        span = fig.span
        if fig.source == "text" and d.doc.text and 0 <= span.start < span.end <= len(d.doc.text):
            s = sentence_around(d.doc.text, span.start, span.end)
            change = re.sub(r"\s", "", fig.change_raw or "")
            if change and change not in re.sub(r"\s", "", s):
                at = d.doc.text.find(s) + len(s) if s else -1
                following = sentence_around(d.doc.text, at + 1, at + 2) if 0 <= at < len(d.doc.text) - 2 else ""
                if change in re.sub(r"\s", "", following):
                    s = s + following
            if len(s) >= len(span.text or ""):
                return tidy_quote(s)
        return tidy_quote(span.text)

    def _cite_figure(self, d: _Doc, fig: Figure) -> Citation:
        return Citation(doc=d.info.name, unit=d.info.unit, year=d.info.year, section=fig.span.section,
                        page=fig.span.page, text=self._sentence(d, fig))

    @staticmethod
    def _cite_passage(d: _Doc, p: Passage, text: str) -> Citation:
        return Citation(doc=d.info.name, unit=d.info.unit, year=d.info.year, section=p.section, page=p.page,
                        text=tidy_quote(text))


_PART_END = re.compile(r"[？?]")


def _question_parts(text: str) -> list[str]:
    """The questions of a two- or three-part question ("…是多少？比上年增加多少？"): split after each
    question mark when every part asks something ([two_part] asking_words); else [] (one question).
    A unit said with the bodies under it ("…局连同下面几个单位，一共…") asks nothing of its own."""
    text = re.sub(questions_lexicon()["filler"].get("with_subordinates", "(?!)"), "", text)
    pieces = [p.strip() for p in re.split(r"(?<=[？?])", text.strip()) if p.strip()]
    lex = questions_lexicon().get("two_part", {})
    followup = _year_followup_parts(pieces, lex)
    if followup:
        return followup
    if len(pieces) == 1:
        return _each_parts(pieces[0]) or _comma_parts(pieces[0]) or _flow_pair_parts(pieces[0])
    if not 2 <= len(pieces) <= 3:
        return []
    if any(p.startswith(tuple(lex.get("restating", []))) for p in pieces[1:]):
        return []       # "…占几成？按百分比算是多少？": the same question said again in other terms
    if len(pieces) == 2 and re.search(r"(?:吗|呢)[？?]$", pieces[0]) \
            and re.match(lex.get("amount_only", "(?!)"), pieces[1]):
        return []       # "…还有别的收入吗？有多少？": how much of what the first part named
    words = lex.get("asking_words", [])
    if all(len(norm(p)) >= 4 and any(w in p for w in words) for p in pieces):
        return pieces
    return []


def _year_followup_parts(pieces: list[str], lex: dict) -> list[str]:
    """"公务接待费预算多少，去年呢？" / "…多少？去年呢？": the first question, then another year of its
    item ([two_part] year_followup) asked as its follow-up; [] when the text is not so made."""
    text = "".join(pieces)
    if len(pieces) == 2:
        first, later = pieces
    else:
        clauses = re.split(r"(?<=[，,])", text)
        if len(clauses) < 2:
            return []
        first, later = "".join(clauses[:-1]).rstrip("，,") + "？", clauses[-1].strip()
    if not re.match(lex.get("year_followup", "(?!)"), later) or len(norm(first)) < 4 \
            or not any(w in first for w in lex.get("asking_words", [])):
        return []
    return [first, later]


def _comma_parts(text: str) -> list[str]:
    """"项目支出有多少，主要用于什么？" / "编制多少人，实际有多少人？": two questions joined by one comma,
    each asking something ([two_part] asking_words) and of different kinds (an amount and its use),
    or two counts; else [] (one question: "…中，…是多少" names where, then asks)."""
    clauses = [c.strip() for c in re.split(r"[，,]", text) if c.strip()]
    lex = questions_lexicon().get("two_part", {})
    words = lex.get("asking_words", [])
    demonstrative = lex.get("demonstrative_measure", "(?!)")     # ("出国、公车、招待这几块钱加起来，比上年…")
    if len(clauses) != 2 or not all(len(norm(c)) >= 4 and any(w in re.sub(demonstrative, "", c) for w in words)
                                    for c in clauses) \
            or clauses[1].startswith(tuple(lex.get("restating", []))):
        return []
    first, second = parse(clauses[0]), parse(clauses[1])
    if first.intent != second.intent and "injection" not in (first.intent, second.intent) \
            or first.intent == second.intent == "value" and first.count_unit and second.count_unit:
        return [clauses[0] + "？", clauses[1] if clauses[1].endswith(("？", "?")) else clauses[1] + "？"]
    return []


def _each_parts(text: str) -> list[str]:
    """"仲裁院的专项业务费和部门发展专项分别用来干什么？" → one question per item, each with the
    words before the first item ("仲裁院的") and the predicate after 分别 ([two_part] each_words,
    joiners); [] when the question is not so, or a joiner is part of a known name (社会保障和就业)."""
    lex = questions_lexicon().get("two_part", {})
    not_before = "|".join(map(re.escape, lex.get("each_not_before", []))) or "(?!)"
    m = re.match(r"^(.+?)(?:%s)(?!%s)(.+)$" % ("|".join(map(re.escape, lex.get("each_words", []))), not_before), text)
    if not m:
        return []
    head, predicate = m.group(1), m.group(2)
    if any(a in head and any(j in a for j in lex.get("each_joiners", [])) for a in metric_aliases()):
        return []
    items = [p for p in re.split("|".join(map(re.escape, lex.get("each_joiners", []))), head)]
    if not 2 <= len(items) <= 4 or any(len(p) < 2 for p in items):
        return []
    heads = lex.get("shared_suffix_heads", [])
    last_head = next((h for h in heads if items[-1].startswith(h) and len(items[-1]) > len(h)), None)
    if last_head and all(p.endswith(tuple(heads)) for p in items[:-1]):
        # "收入、支出决算总计各是多少": the words after the last flow word are every flow's
        suffix = items[-1][len(last_head):]
        items = [p + suffix for p in items[:-1]] + items[-1:]
    first = items[0]
    name = re.split(r"[的年]", first)[-1]
    prefix = first[:len(first) - len(name)]
    if len(name) < 2:
        return []
    return [first + predicate] + [prefix + p + predicate for p in items[1:]]


def _flow_pair_parts(text: str) -> list[str]:
    """"2023年度收入、支出决算总计": both flows named before the words they share, one question for
    each flow ([two_part] shared_suffix_heads); [] otherwise."""
    heads = questions_lexicon().get("two_part", {}).get("shared_suffix_heads", [])
    alt = "|".join(map(re.escape, heads))
    m = re.search(rf"({alt})、({alt})(?=[\u4e00-\u9fff]{{2}})", text) if alt else None
    if not m or m.group(1) == m.group(2):
        return []
    return [text[:m.start()] + flow + text[m.end():] for flow in (m.group(1), m.group(2))]


def _as_value(q: Question) -> Question:
    from dataclasses import replace
    return replace(q, intent="value")


def _memo(q: Question) -> dict:
    """What a follow-up question may reuse."""
    return {"item": q.item, "metrics": q.metrics, "intent": q.intent, "year": q.year, "basis": q.basis}


def _without_subordinates(text: str) -> str | None:
    """"教育局和下面的学校一共有几辆车" of a document stating no row of each body: the department with
    the bodies under it is the department's whole ("本部门共有车辆6辆"); None when not so worded."""
    bare = re.sub(questions_lexicon()["filler"].get("with_subordinates", "(?!)"), "", text)
    return bare if bare != text else None


def _without_unique_code(text: str, d: _Doc) -> str | None:
    """"行政运行（2010301）…完成年初预算的百分之几" whose sentence names the line only by its name
    ("行政运行（项）：…完成年初预算的104.72%"): the question without the code, when every coded row of
    that name in the document carries this code (the name alone then names the same line); else None."""
    m = re.search(r"([\u4e00-\u9fff]{2,20})[（(](\d{3,7})[)）]", text)
    if m is None:
        return None
    words, code = norm(m.group(1)), m.group(2)
    rows = [c for f in d.doc.figures if f.source == "table"
            for c in [re.match(r"^(\d{3,7})\s*([\u4e00-\u9fff]{2,20})$", norm(f.label or ""))] if c]
    named = max((c.group(2) for c in rows if c.group(1) == code and words.endswith(c.group(2))), key=len, default=None)
    codes = {c.group(1) for c in rows if c.group(2) == named}      # (2025年行政运行: the row 行政运行)
    return text[:m.end(1)] + text[m.end():] if named and codes == {code} else None


def _names_a_row(q: Question, stripped: str, d: _Doc) -> bool:
    """Whether the item asked is, whole, the name of a row of the document ("综合医院（项）" of a 医院's
    决算, "城管执法" of a 城市管理和综合执法局's budget), or a class path the unit's name was cut
    from inside one of its levels ("…（款）城管执法（项）" → "…（款）城（项）"): an item, not the unit's
    name to strip (``stripped``: the item with the name cut)."""
    levels = "|".join(map(re.escape, questions_lexicon()["rules"]["levels"]))
    item = re.sub(rf"\(\d*(?:{levels})\)", "", q.item)
    if item == norm(d.info.unit or ""):
        return False        # the unit's whole name, a row of its own units table too: the unit
    if len(item) >= 4 and any(re.sub(r"^\d+", "", norm(f.label or "")) == item for f in d.matcher.figures):
        return True
    marks = rf"\(\d*(?:{levels})\)"
    before, after = re.split(marks, q.item)[:-1], re.split(marks, stripped)[:-1]
    if not before:
        return False
    if len(after) != len(before) or before[1:] != after[1:]:
        return True         # a lower level's name cut
    return len(after[0]) < 2 or not before[0].endswith(after[0])   # the first level's own words cut


def _elliptical(q: Question) -> bool:
    """"那去年呢？", "那皇姑区司法局呢？": a question leaning on the one before it."""
    return q.norm.endswith(("呢", "呢?", "呢？")) or q.norm.startswith(("那", "那么"))


def _other_body_named(q: Question, d: _Doc, r: Result) -> str | None:
    """A body the question names ("看守所", a name closing in a unit suffix: [unit_names]
    generic_suffixes) that the document names too but that is not the document's own unit, when
    the answer found is the row of the unit's own part ("公安局本级", [unit_names] own_row_words)
    and no input stands with that body (its sentence, row, heading or section); else None."""
    if not any(any(w in norm(f.label or "") for w in OWN_ROW_WORDS) for f in r.inputs):
        return None         # only a row of the unit's own part (局本级) answered for another body
    suffixes = sorted((w for w in questions_lexicon()["unit_names"]["generic_suffixes"]), key=len, reverse=True)
    item = norm(q.item or "")
    own = norm((d.info.unit or "") + (d.info.title or ""))
    text = d.matcher.text_n
    context = "".join(norm(" ".join(x or "" for x in (f.span.text, f.span.section, f.label, f.column)))
                      for f in r.inputs)
    for m in re.finditer("|".join(map(re.escape, suffixes)), item):
        end = m.end()
        names = [item[i:end] for i in range(max(0, end - 10), end - 2) if re.fullmatch(r"[\u4e00-\u9fff]+", item[i:end])]
        names = [n for n in names if n in text and n not in own]
        if names and not any(n in context for n in names):
            return min(names, key=len)
    return None


def _items_ranked(text: str) -> tuple[str, list[tuple[str, str]], str] | None:
    """(group name, (words to ask, item name) of each item, clause asked after the ranking) when
    the question ranks the items of one document ("钱花得最多的是哪一类？占全部支出百分之几？",
    [ranking] which_items), else None."""
    lex = questions_lexicon()["ranking"]
    clauses = [c for c in re.split(r"[？?，,。；;]", text) if c.strip()]
    at = next((i for i, c in enumerate(clauses) if any(w in c for w in lex["which_items"])), None)
    if at is None:
        return None
    group = next((g for g in lex["groups"] if any(w in text for w in g["cues"])), None)
    rest = "".join(c for c in clauses[at + 1:] if re.search(r"多少|几|百分|比例|比重|占", c))
    if group is not None:
        return group["name"], [(k, k) for k in group["items"]], rest
    clause = clauses[at]
    which = min((clause.find(w) for w in lex["which_items"] if w in clause), default=0)
    inside = re.search("(?:%s)" % "|".join(map(re.escape, lex["inside_words"])), clause[:which])
    line = metrics_in(clause[:inside.start()]) if inside else []
    if not any(w in text for w in lex["class_words"]) or any(metric_tier(k) >= 2 for k in line):
        return "", [], rest             # the items of one line ("其他支出里面哪一项"): not ranked here
    items = [k for k, v in lexicon.load("metrics")["metrics"].items() if len(str(v.get("code", ""))) == 3]
    within = clause[:inside.start()] + "中" if line else ""    # 一般公共预算支出中哪一类: each class in that fund
    return lex["classes_name"], [(within + k, k) for k in items], rest


def _months_notice(info: DocInfo, months: set[int], asked: str) -> str:
    """The reply to a question a monthly notice cannot answer: which months it covers, not ``asked``."""
    run = len(months) >= 3 and max(months) - min(months) + 1 == len(months)
    said = f"{min(months)}-{max(months)}月" if run else "、".join(f"{m}月" for m in sorted(months))
    return f"这份文件（{info.title}）是{said}的报告，没有{asked}的数字。"


def _strip_kind(q: Question, unit: str) -> Question:
    """The question without the word for the unit's kind it opens its item with ("学校一年电费" of
    温宿县第二中学: [unit_names] kind_words 学校 → 中学), which names the unit, not an item."""
    def cut(text: str, word: str) -> str:
        if text == word:
            return ""               # "学校去年的预算总共是多少": the unit's own total
        if not text.startswith(word) or len(text) - len(word) < 2:
            return text
        rest = text[len(word):]
        return rest[1:] if rest.startswith("的") else rest

    for word, endings in questions_lexicon()["unit_names"].get("kind_words", {}).items():
        whole = cut(q.whole, word) if q.whole else q.whole      # "学校的钱有多大比例花在项目上": its total
        if (cut(q.item, word) != q.item or whole != q.whole) and norm(unit).endswith(tuple(endings)):
            return replace(q, item=cut(q.item, word), sum_items=[cut(t, word) for t in q.sum_items],
                           part=cut(q.part, word) if q.part else q.part, whole=whole,
                           whole_raw=cut(q.whole_raw, word) if q.whole_raw else q.whole_raw)
    return q


def _names_a_unit(text: str, stretch: str) -> bool:
    """Whether ``stretch`` stands in ``text`` as a unit's name: it ends like one (司法局, 街道) or
    is followed by no further name characters (a year, 的, a budget word, the end). 司法 inside
    基层司法业务 is part of an item's name, not the unit 司法局."""
    lex = questions_lexicon()["unit_names"]
    if stretch.endswith(tuple(lex["generic_suffixes"] + lex["name_endings"])):
        return True
    at = text.find(stretch)
    if at < 0:
        return True
    rest = text[at + len(stretch):]
    return not rest or not CJK.match(rest[0]) or rest.startswith(tuple(lex["after_unit"])) \
        or any(rest.startswith(a) for a in metric_aliases() if len(a) >= 2)


HEAD_CHARS = 400              # the head of a document: its title, cover and salutation
OPENING_MONTH_CHARS = 400     # where a notice whose title names no month states it


def _title_months(title: str) -> set[int]:
    """Months a report's title covers: "1月份" → {1}, "1-12月" → {1 … 12}; empty when none."""
    months: set[int] = set()
    for a, b in re.findall(r"(?<!\d)(\d{1,2})\s*[-—－~～至]\s*(\d{1,2})月", title):
        months |= set(range(int(a), int(b) + 1))
    title = re.sub(r"(?<!\d)\d{1,2}\s*[-—－~～至]\s*\d{1,2}月", "", title)
    return months | {int(m) for m in MONTH.findall(title)}

