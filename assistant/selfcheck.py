"""``disclosure-qa selfcheck``: checks of the answering path that need no expected answers.

On every document of an index:

- **round trip**: every prose clause that states an amount or a change becomes the question a
  citizen would ask ("<label>是多少？", "<label>比上年增加了多少？" / "…减少了多少？" as stated), asked with the document
  selected; the answer must be that number, or none / clarify — a different number is a
  disagreement (printed with the clause).
- **invariance**: each of those questions asked three ways — document selected; unit + year
  selected; unit and year written in the question with nothing selected — must give one number
  (or none): two different numbers is a disagreement.
- **not stated**: for standard money metrics that a document never names (no alias of it in
  its text), "<metric>是多少？" must get no number; nor may "<entry>是多少？" for an entry of a stated
  use that lists several ("主要用于办公费、邮电费、培训费…") which no figure is labelled with, by
  this name or another (:func:`listed_uses`): an entry is a part of the amount, never the amount.
- **everyday words**: each metric a document states, asked in its own term ("公务接待费是多少？")
  and in the everyday words that mean it (``[everyday]`` of questions.toml: "招待客人的钱是多少？"),
  must give one number (or none): two different numbers is a disagreement.
- **derived**: values the document does not state but its stated figures give by one formula,
  each asked three ways (``DERIVED_PHRASINGS``): the share of a part in its whole and the sum of
  two parts, for the wholes and parts of ``[[identities]]`` in metrics.toml stated once each for
  the document's year; the growth rate of a prose amount whose change on last year is stated
  without a rate. Every answer must be the formula's value (a stated rate within its rounding),
  or none; a different number is a disagreement. Answered and none are counted.

``run_selfcheck(assistant, max_per_doc)`` → :class:`SelfCheckReport`; ``to_text()`` prints checks
run and disagreements by kind, each with its question, the numbers and the source spans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from corpus import lexicon
from corpus.models import Figure
from .question import metrics_in, rewrite_everyday
from .rules import change_on_last_year, use_entries
from .text import is_money, money_to, norm, round_as

KINDS = ("round_trip", "invariance", "not_stated", "everyday", "derived")
EVERYDAY_PER_METRIC = 2     # everyday phrasings asked per metric
PERCENT_TOLERANCE = Decimal("0.1")   # a stated rate may be rounded to one decimal
DERIVED_PHRASINGS = {
    "share": ("{part}占{whole}的比例是多少？", "{part}占{whole}的百分之几？", "{whole}中{part}所占比重是多少？"),
    "sum": ("{a}和{b}一共是多少？", "{a}加上{b}合计多少？", "{a}、{b}合起来是多少？"),
    "growth": ("{label}比上年{word}了百分之几？", "{label}比上年{word}百分之多少？", "与上年相比，{label}{word}了百分之几？"),
}


@dataclass
class Disagreement:
    kind: str
    doc: str
    question: str
    expected: str
    got: list[str]
    span: str


@dataclass
class SelfCheckReport:
    """Checks run and disagreements per kind (``KINDS``); ``right``/``none`` for round trips."""

    run: dict = field(default_factory=lambda: {k: 0 for k in KINDS})
    right: int = 0
    withheld: int = 0
    derived_right: int = 0
    derived_none: int = 0
    disagreements: list[Disagreement] = field(default_factory=list)
    withheld_items: list[Disagreement] = field(default_factory=list)   # round trips and derived answered none

    def count(self, kind: str) -> int:
        return sum(1 for d in self.disagreements if d.kind == kind)

    def to_dict(self) -> dict:
        return {"run": self.run, "round_trip_right": self.right, "round_trip_none": self.withheld,
                "derived_right": self.derived_right, "derived_none": self.derived_none,
                "disagreements": {k: self.count(k) for k in KINDS},
                "items": [d.__dict__ for d in self.disagreements]}

    def to_text(self, limit: int = 40, show_withheld: bool = False) -> str:
        rt = self.run["round_trip"]
        lines = [f"往返核对 {rt} 个：答对 {self.right}，不答 {self.withheld}，答错 {self.count('round_trip')}"
                 + (f"（答对率 {self.right / rt:.1%}，答错率 {self.count('round_trip') / rt:.1%}）" if rt else ""),
                 f"三种问法 {self.run['invariance']} 组：给出两个不同数字 {self.count('invariance')} 组",
                 f"文中没有的指标和用途条目 {self.run['not_stated']} 个：给出数字 {self.count('not_stated')} 个",
                 f"日常说法与正式说法 {self.run['everyday']} 组：给出两个不同数字 {self.count('everyday')} 组",
                 f"推算（占比、合计、增长率）{self.run['derived']} 问：答对 {self.derived_right}，"
                 f"不答 {self.derived_none}，答错 {self.count('derived')}"]
        for d in self.disagreements[:limit]:
            lines.append(f"\n[{d.kind}] {d.doc}：{d.question}\n  应为 {d.expected}；得到 {' / '.join(d.got)}\n  原文：{d.span[:160]}")
        if len(self.disagreements) > limit:
            lines.append(f"\n……另有 {len(self.disagreements) - limit} 条")
        if show_withheld:
            for d in self.withheld_items:
                lines.append(f"\n[不答·{d.kind}] {d.doc}：{d.question}\n  应为 {d.expected}\n  原文：{d.span[:160]}")
        return "\n".join(lines)


def _key(value, unit) -> tuple | None:
    """A comparable form of an answer's number: money in 万元 to 0.01, others as is."""
    if value is None:
        return None
    if is_money(unit):
        return ("money", round_as(money_to(Decimal(value), unit, "万元"), "万元"))
    return (unit, Decimal(value))


def _show(value, unit) -> str:
    return "无数字" if value is None else f"{value}{unit or ''}"


def _relates(label: str) -> bool:
    """A label relating its amount to the clause before ("涉及…"): not an item's name."""
    return norm(label).startswith(tuple(norm(w) for w in lexicon.load("metrics")["phrases"]["relates"]))


def questions_for(fig: Figure, doc_year: int | None) -> list[tuple[str, Decimal, str]]:
    """(question, expected value, unit) a citizen would ask of a prose figure; [] when its label
    is not a plain item name."""
    label = (fig.label or "").strip("：:，,、 ")
    if fig.source != "text" or not label or len(label) > 20 or re.search(r"[：:（(]", label):
        return []
    if not re.search(r"[\u4e00-\u9fff]{2}", label) or fig.role not in ("amount", "change"):
        return []
    year = f"{fig.year}年" if fig.year and fig.year != doc_year else ""
    if year:
        return []
    out = [(f"{label}是多少？", fig.value, fig.unit)] if fig.role == "amount" else []
    if fig.change and fig.unit == "%":  # a rate stated alone: asked as a rate, signed as stated
        word = "增长" if fig.change > 0 else "下降"
        out.append((f"{label}比上年{word}了百分之几？", fig.change, fig.unit))
    elif fig.change:    # asked in the direction stated; the official words ask the signed change
        word = "增加" if fig.change > 0 else "减少"
        out.append((f"{label}比上年{word}了多少？", fig.change, fig.unit))
        if fig.role == "amount" and change_on_last_year(fig, doc_year):
            # derived: last year's amount is this year's less the change stated
            out.append((f"上年的{label}是多少？", round_as(fig.value - fig.change, fig.unit), fig.unit))
    return out


def run_selfcheck(assistant, max_per_doc: int = 60) -> SelfCheckReport:
    """Run the three checks on every document the assistant holds (module docstring)."""
    report = SelfCheckReport()
    money = [k for k, spec in lexicon.load("metrics")["metrics"].items()
             if "money" in spec.get("units", ["money"]) and spec.get("tier", 2) >= 2]
    totals = {i["total"] for i in lexicon.load("metrics").get("identities", [])}
    for d in assistant.docs.values():
        info, doc = d.info, d.doc
        seen: set[str] = set()
        asked = 0
        values_of: dict[str, set] = {}
        for fig in doc.figures:
            values_of.setdefault(norm(fig.label), set()).add(_key(fig.value, fig.unit))
        for fig in doc.figures:
            if len(values_of[norm(fig.label)]) > 1 or _relates(fig.label):
                continue        # the same words with two amounts (采购金额 …) ask nothing definite
            for question, value, unit in questions_for(fig, info.year):
                if question in seen or asked >= max_per_doc:
                    continue
                seen.add(question)
                asked += 1
                _round_trip(assistant, report, info, fig, question, value, unit)
        _everyday(assistant, report, info, doc.figures)
        for formula, words, value, unit, span in derived_questions(doc.figures, info.year):
            _derived(assistant, report, info, formula, words, value, unit, span)
        text = norm(doc.text) + "\x00" + norm("\x00".join(f.label for f in doc.figures))   # table rows too
        text += "\x00" + re.sub(r"[(（][^()（）]{1,4}[)）]", "", text)     # 维修（护）费 states 维修费
        typed = {f.metric for f in doc.figures if f.metric}     # a class listed without 支出 (公共安全43.48万元)
        for key in money:
            names = [norm(n) for n in [key, *lexicon.load("metrics")["metrics"][key].get("aliases", [])]]
            code = str(lexicon.load("metrics")["metrics"][key].get("code", ""))
            if key in totals or key in typed or any(n in text for n in names) \
                    or code and re.search(rf"(?<!\d){code}(?!\d)", text):
                continue        # stated by name, or by its class code alone ("221（项级科目）32.75万元")
            report.run["not_stated"] += 1
            a = assistant.ask(f"{key}是多少？", scope={"doc": info.name})
            if a.value is not None:
                report.disagreements.append(Disagreement("not_stated", info.name, f"{key}是多少？", "无数字",
                                                         [_show(a.value, a.unit)], a.citations[0].text if a.citations else ""))
        for entry, fig in listed_uses(doc.figures):
            report.run["not_stated"] += 1
            a = assistant.ask(f"{entry}是多少？", scope={"doc": info.name})
            if a.value is not None:
                report.disagreements.append(Disagreement("not_stated", info.name, f"{entry}是多少？", "无数字",
                                                         [_show(a.value, a.unit)], fig.span.text))
    return report


def listed_uses(figures: list[Figure]) -> list[tuple[str, Figure]]:
    """(entry, figure) for each entry of a stated use that lists several ("运行经费47.25万元…主要用于
    办公费、邮电费、差旅费、培训费…"), when no figure of the document is labelled with it, nor
    typed as the metric it names (日常公用经费 when 公用经费 is stated; a part modifier such as 定额
    makes it another item, [phrases] part_modifiers): an entry is a part of the amount the
    document does not state, so "<entry>是多少？" must get no number."""
    labels = "\x00".join(norm(f.label or "") for f in figures)
    typed = {f.metric for f in figures if f.metric}
    modifiers = lexicon.load("metrics")["phrases"]["part_modifiers"]
    out, seen = [], set()
    for fig in figures:
        entries = use_entries(fig.purpose)
        if len(entries) < 3:
            continue
        for entry in entries:
            if set(metrics_in(rewrite_everyday(entry))) & typed and not any(w in entry for w in modifiers):
                continue        # stated by another of its names (日常公用经费 is the 公用经费 stated)
            if re.fullmatch(r"[\u4e00-\u9fff]{2,8}费", entry) and entry not in labels and entry not in seen:
                seen.add(entry)
                out.append((entry, fig))
    return out


def _round_trip(assistant, report: SelfCheckReport, info, fig: Figure, question: str, value, unit) -> None:
    report.run["round_trip"] += 1
    by_doc = assistant.ask(question, scope={"doc": info.name})
    want = _key(value, unit)
    got = _key(by_doc.value, by_doc.unit)
    if got is None:
        report.withheld += 1
        report.withheld_items.append(Disagreement("round_trip", info.name, question, _show(value, unit), [], fig.span.text))
    elif got == want:
        report.right += 1
    else:
        report.disagreements.append(Disagreement("round_trip", info.name, question, _show(value, unit),
                                                 [_show(by_doc.value, by_doc.unit)], fig.span.text))
    if not info.unit or not info.year:
        return
    report.run["invariance"] += 1
    by_unit = assistant.ask(question, scope={"unit": info.unit, "year": info.year})
    in_text = assistant.ask(f"{info.unit}{info.year}年{question}")
    answers = [by_doc, by_unit, in_text]
    keys = {_key(a.value, a.unit) for a in answers} - {None}
    if len(keys) > 1:
        report.disagreements.append(Disagreement("invariance", info.name, question, _show(value, unit),
                                                 [_show(a.value, a.unit) for a in answers], fig.span.text))


def everyday_phrasings() -> dict[str, list[str]]:
    """metric → everyday words that the question parser reads as that metric alone (from
    ``[everyday]``), shortest first."""
    from .question import parse

    specs = lexicon.load("metrics")["metrics"]
    out: dict[str, list[str]] = {}
    for phrase in sorted(lexicon.load("questions")["everyday"], key=lambda p: (len(p), p)):
        q = parse(f"{phrase}是多少？")
        if q.intent == "value" and len(q.metrics) == 1 and specs.get(q.metrics[0], {}).get("tier", 2) > 0:
            # (收入 / 支出 themselves are left out: 收支总计 is not 本年支出)
            out.setdefault(q.metrics[0], []).append(phrase)
    return out


def _everyday(assistant, report: SelfCheckReport, info, figures: list[Figure]) -> None:
    phrasings = everyday_phrasings()
    for metric in sorted({f.metric for f in figures if f.metric in phrasings and f.role == "amount"}):
        formal = assistant.ask(f"{metric}是多少？", scope={"doc": info.name})
        for phrase in phrasings[metric][:EVERYDAY_PER_METRIC]:
            report.run["everyday"] += 1
            plain = assistant.ask(f"{phrase}是多少？", scope={"doc": info.name})
            keys = {_key(a.value, a.unit) for a in (formal, plain)} - {None}
            if len(keys) > 1:
                report.disagreements.append(Disagreement(
                    "everyday", info.name, f"{metric}是多少？ / {phrase}是多少？", _show(formal.value, formal.unit),
                    [_show(plain.value, plain.unit)], plain.citations[0].text if plain.citations else ""))


def derived_questions(figures: list[Figure], doc_year: int | None) -> list[tuple[str, dict, Decimal, str, str]]:
    """(formula, words for its phrasings, expected value, unit, source span) of the values a
    document's stated figures give by one formula (module docstring: **derived**). A metric
    stated with two different amounts for the year (budget and final …) asks nothing."""
    amounts: dict[str, set] = {}
    first: dict[str, Figure] = {}
    for f in figures:
        if f.metric and f.role == "amount" and is_money(f.unit) and f.year in (None, doc_year):
            amounts.setdefault(f.metric, set()).add(_key(f.value, f.unit))
            first.setdefault(f.metric, f)
    once = {m: first[m] for m, keys in amounts.items() if len(keys) == 1}
    wan = lambda m: money_to(once[m].value, once[m].unit, "万元")
    out = []
    for ident in lexicon.load("metrics").get("identities", []):
        whole, parts = ident["total"], [p for p in ident["parts"] if p in once]
        if whole in once and wan(whole) > 0:
            for part in parts:
                out.append(("share", {"part": part, "whole": whole}, round_as(wan(part) / wan(whole) * 100, "%"), "%",
                            once[part].span.text))
        if len(parts) >= 2:
            a, b = parts[:2]
            out.append(("sum", {"a": a, "b": b}, round_as(wan(a) + wan(b), "万元"), "万元", once[a].span.text))
    for f in figures:
        label = (f.label or "").strip("：:，,、 ")
        if f.source != "text" or f.role != "amount" or not f.change or f.change_pct is not None \
                or not is_money(f.unit) or f.year not in (None, doc_year) or not re.fullmatch(r"[\u4e00-\u9fff]{2,12}", label):
            continue
        base = f.value - f.change
        if base > 0 and change_on_last_year(f, doc_year):
            out.append(("growth", {"label": label, "word": "增长" if f.change > 0 else "下降"},
                        round_as(f.change / base * 100, "%"), "%", f.span.text))
    return out


def _derived(assistant, report: SelfCheckReport, info, formula: str, words: dict, value: Decimal, unit: str,
             span: str) -> None:
    for template in DERIVED_PHRASINGS[formula]:
        question = template.format(**words)
        report.run["derived"] += 1
        a = assistant.ask(question, scope={"doc": info.name})
        got = _key(a.value, a.unit)
        if got is None:
            report.derived_none += 1
            report.withheld_items.append(Disagreement("derived", info.name, question, _show(value, unit), [], span))
        elif got == _key(value, unit) or unit == "%" == a.unit and abs(Decimal(a.value) - value) <= PERCENT_TOLERANCE:
            report.derived_right += 1
        else:
            report.disagreements.append(Disagreement("derived", info.name, question, _show(value, unit),
                                                     [_show(a.value, a.unit)], span))
