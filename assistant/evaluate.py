"""``disclosure-qa eval``: accuracy on a gold question file (the dev.jsonl format).

Each line: {"id", "question", "scope": {"unit","year","doc"}, "expect": …}. ``expect`` is
{"value", "unit"[, "derived"]} (type figure or derived), {"contains": [...]} or {"none": true}.
Matching (shared/eval/README.md): money matches after converting between 元/万元/亿元 within
0.006 of the expected unit; % within 0.05 points; counts exactly; contains = each string, spaces
ignored, in the answer text or the first 3 citations; none = kind none and no number.
A number given that is not the expected one is a *wrong number*.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from corpus.errors import InputError
from .answer import Answer
from .text import is_money, money_to

TYPES = ("figure", "derived", "contains", "none")
MONEY_TOL = Decimal("0.006")
PCT_TOL = Decimal("0.05")


def question_type(expect: dict) -> str:
    if expect.get("none"):
        return "none"
    if "contains" in expect:
        return "contains"
    return "derived" if expect.get("derived") else "figure"


def value_matches(expect: dict, value: Decimal | None, unit: str | None) -> bool:
    """Whether an answer's value/unit is the expected figure (rules in the module docstring)."""
    if value is None or "value" not in expect:
        return False
    want = Decimal(str(expect["value"]))
    want_unit = expect.get("unit")
    if is_money(want_unit):
        if not is_money(unit):
            return False
        got = money_to(Decimal(value), unit, want_unit)
        return abs(got - want) <= MONEY_TOL
    if want_unit == "%":
        return unit == "%" and abs(Decimal(value) - want) <= PCT_TOL
    return not is_money(unit) and unit != "%" and Decimal(value) == want


def _spaceless(text: str) -> str:
    return "".join((text or "").split())


def contains_matches(expect: dict, answer: Answer) -> bool:
    """Whether every expected string is in the reply or its first three sources; a reply that
    answers nothing (kind none or clarify) never counts, whatever passages it lists as closest."""
    if answer.kind in ("none", "clarify"):
        return False
    hay = [_spaceless(answer.answer)] + [_spaceless(c.text) for c in answer.citations[:3]]
    return all(any(_spaceless(s) in h for h in hay) for s in expect["contains"])


@dataclass
class Item:
    id: str
    type: str
    question: str
    correct: bool
    wrong_number: bool
    seconds: float
    kind: str
    value: str | None
    unit: str | None
    expect: dict
    answer: str
    stopped: str | None = None


@dataclass
class EvalReport:
    """Per-question outcomes and the totals by question type."""

    items: list[Item] = field(default_factory=list)
    bad_lines: list[str] = field(default_factory=list)
    details: bool = False

    def by_type(self) -> dict[str, dict]:
        out = {}
        for t in TYPES:
            its = [i for i in self.items if i.type == t]
            right = sum(i.correct for i in its)
            out[t] = {"n": len(its), "correct": right, "accuracy": round(right / len(its), 4) if its else None}
        return out

    def latency(self) -> dict:
        secs = sorted(i.seconds for i in self.items)
        if not secs:
            return {"p50_ms": None, "p95_ms": None, "max_ms": None}
        pick = lambda q: secs[min(len(secs) - 1, int(q * len(secs)))] * 1000  # noqa: E731
        return {"p50_ms": round(pick(0.5), 1), "p95_ms": round(pick(0.95), 1), "max_ms": round(secs[-1] * 1000, 1)}

    def to_dict(self) -> dict:
        n = len(self.items)
        wrong = sum(i.wrong_number for i in self.items)
        d = {"questions": n, "correct": sum(i.correct for i in self.items),
             "accuracy": round(sum(i.correct for i in self.items) / n, 4) if n else None,
             "by_type": self.by_type(), "wrong_numbers": wrong,
             "wrong_number_rate": round(wrong / n, 4) if n else None,
             "verifier_stopped": sum(1 for i in self.items if i.stopped),
             "latency": self.latency(), "bad_lines": self.bad_lines}
        if self.details:
            d["items"] = [i.__dict__ for i in self.items]
        return d

    def to_text(self) -> str:
        d = self.to_dict()
        lines = [f"问题 {d['questions']} 个，答对 {d['correct']} 个（{_pct(d['accuracy'])}）"]
        for t, v in d["by_type"].items():
            if v["n"]:
                lines.append(f"  {t:<9} {v['correct']:>3}/{v['n']:<3} {_pct(v['accuracy'])}")
        lines.append(f"错误数字 {d['wrong_numbers']} 个（占全部问题 {_pct(d['wrong_number_rate'])}）")
        lines.append(f"核对拦下 {d['verifier_stopped']} 个数字（原文核对不通过，改答“找不到”）")
        lat = d["latency"]
        lines.append(f"耗时 p50 {lat['p50_ms']} ms，p95 {lat['p95_ms']} ms，最长 {lat['max_ms']} ms")
        for b in self.bad_lines:
            lines.append(f"跳过: {b}")
        if self.details:
            for i in self.items:
                if i.correct:
                    continue
                flag = "【错误数字】" if i.wrong_number else ""
                lines.append(f"\n✗ {flag}{i.id} [{i.type}] {i.question}\n  期望 {json.dumps(i.expect, ensure_ascii=False)}"
                             f"\n  得到 {i.kind} {i.value}{i.unit or ''}: {i.answer[:200]}"
                             + (f"\n  核对拦下: {i.stopped}" if i.stopped else ""))
        return "\n".join(lines)


def _pct(x) -> str:
    return "-" if x is None else f"{x * 100:.1f}%"


def read_gold(path: str | Path) -> tuple[list[dict], list[str]]:
    """Gold items and a note for each line that could not be used. Raises InputError if the
    file cannot be read."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"无法读取评测文件 {path}: {exc}") from exc
    items, bad = [], []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            if not isinstance(d, dict) or not d.get("question") or not isinstance(d.get("expect"), dict):
                raise ValueError("需要 question 和 expect")
        except (json.JSONDecodeError, ValueError) as exc:
            bad.append(f"第{n}行: {exc}")
            continue
        d.setdefault("id", f"line{n}")
        items.append(d)
    return items, bad


def judge(expect: dict, answer: Answer) -> tuple[bool, bool]:
    """(correct, wrong_number) for one answer."""
    t = question_type(expect)
    has_number = answer.value is not None
    if t == "none":
        ok = answer.kind == "none" and not has_number
        return ok, has_number
    if t == "contains":
        return contains_matches(expect, answer), False
    ok = value_matches(expect, answer.value, answer.unit)
    return ok, has_number and not ok


def run_eval(assistant, gold_path: str | Path, details: bool = False) -> EvalReport:
    """Ask every gold question (with its scope) and score the answers."""
    items, bad = read_gold(gold_path)
    report = EvalReport(bad_lines=bad, details=details)
    for g in items:
        scope = g.get("scope") if isinstance(g.get("scope"), dict) else None
        t0 = time.perf_counter()
        answer = assistant.ask(g["question"], scope=scope)
        secs = time.perf_counter() - t0
        ok, wrong = judge(g["expect"], answer)
        report.items.append(Item(id=str(g["id"]), type=question_type(g["expect"]), question=g["question"],
                                 correct=ok, wrong_number=wrong, seconds=secs, kind=answer.kind,
                                 value=None if answer.value is None else str(answer.value), unit=answer.unit,
                                 expect=g["expect"], answer=answer.answer, stopped=answer.stopped))
    return report
