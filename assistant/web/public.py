"""The public chat page (mounted at "/"): questions, answers with their sources, scope pickers.

It only calls ``Services.ask`` / ``Services.search`` and lists units and years: nothing here
reaches staff functions, uploads or the file system. Its one API endpoint is ``/ask``.
"""
# no ``from __future__ import annotations``: gr.api reads the endpoint's type hints at runtime
import logging
import re
import threading

import gradio as gr

from ..answer import Answer
from ..question import unit_suffix_pattern
from ..text import bigrams, norm
from corpus.errors import DisclosureError
from .gate import AskGate
from .render import answer_markdown, info, notice
from .services import Services
from .uploads import text_messages

log = logging.getLogger(__name__)

ALL_UNITS = "全部单位"
ALL_YEARS = "全部年度"
EXAMPLES = [
    "三公经费预算是多少？",
    "项目支出比去年变化了多少？",      # (either way: a decrease is answered too)
    "一般公共服务支出占支出预算的比重是多少？",
    "为什么项目支出增加了？",
    "什么是“三公”经费？",
    "联系电话是多少？",
]
MAX_TURNS_KEPT = 10     # previous answers passed to the assistant as history


class BadQuestion(DisclosureError):
    """A question the page refuses before asking (empty, too long, asked while one is pending)."""


class ClientBusy(BadQuestion):
    """The same client already has a question in flight (HTTP 429 on the JSON route)."""


class SessionGuard:
    """At most one question in flight per browser session / API client (``session_hash``):
    a client that fires many questions at once gets a clear refusal for the extra ones instead
    of filling the queue ahead of everybody else."""

    def __init__(self):
        self._busy: set[str] = set()
        self._lock = threading.Lock()

    def enter(self, key: str) -> bool:
        with self._lock:
            if key in self._busy:
                return False
            self._busy.add(key)
            return True

    def leave(self, key: str) -> None:
        with self._lock:
            self._busy.discard(key)


def related(hits: list, answer: Answer) -> list:
    """Of the passages found for a question the assistant could not answer, those holding a word of
    what was asked (two characters of its item: 会议费 → 会议): a cover page or an office list that
    merely names the unit is no closer than nothing."""
    item = norm(str((answer.scope or {}).get("q", {}).get("item") or ""))
    item = re.sub(rf"^.*(?:{unit_suffix_pattern()})", "", item) or item     # (the unit's own name is no topic)
    grams = bigrams(item)
    return [h for h in hits if grams & bigrams(norm(h.passage.text))]


def scope_of(unit, year, doc=None) -> dict:
    """Picker values → the assistant's scope dict ({"unit", "year", "doc"}, unset keys left out)."""
    scope = {}
    if unit and unit != ALL_UNITS:
        scope["unit"] = str(unit)
    if year not in (None, "", ALL_YEARS, 0, "0"):
        try:
            scope["year"] = int(year)
        except (TypeError, ValueError):
            raise BadQuestion(f"年度应为数字，例如 2023（收到 {str(year)[:20]!r}）") from None
    if doc:
        scope["doc"] = str(doc)
    return scope


class PublicPage:
    """Builds the public Blocks; ``ask`` is the guarded call shared by the chat and ``/ask``."""

    def __init__(self, services: Services, gate: AskGate | None = None):
        self.services = services
        self.guard = SessionGuard()
        self.gate = gate or AskGate(concurrency=4, max_waiting=32)

    def check(self, question) -> str:
        question = (question or "").strip()
        limit = self.services.settings.max_question_chars
        if not question:
            raise BadQuestion("请输入问题。")
        if len(question) > limit:
            raise BadQuestion(f"问题太长（{len(question)} 字），请控制在 {limit} 字以内，一次问一件事。")
        return question

    def ask(self, question, scope: dict, history: list, session: str) -> Answer:
        """Validate, then ask the assistant; raises BadQuestion / DisclosureError with a message."""
        question = self.check(question)
        if not self.guard.enter(session):
            raise ClientBusy("上一个问题还在回答中，请等它完成后再问。")
        try:
            with self.gate.slot():
                return self.services.ask(question, scope=scope, history=history[-MAX_TURNS_KEPT:])
        finally:
            self.guard.leave(session)

    # ------------------------------------------------------------------ handlers
    def respond(self, question, unit, year, messages, history, request: gr.Request):
        messages = text_messages(messages)      # the public page takes text only
        history = list(history or [])
        shown = (question or "").strip()
        if not shown:       # an empty box sent (a second click while the first answer was coming): nothing
            return gr.update(), messages, history, gr.update()
        messages.append({"role": "user", "content": shown[:200] + ("…" if len(shown) > 200 else "")})
        try:
            answer = self.ask(question, scope_of(unit, year), history, _session(request))
        except DisclosureError as exc:
            messages.append({"role": "assistant", "content": notice(str(exc))})
            return gr.update(), messages, history, gr.update()
        except Exception:
            log.exception("assistant failed on %r", shown[:100])
            messages.append({"role": "assistant", "content": notice("系统出错，暂时无法回答，请稍后再试。")})
            return gr.update(), messages, history, gr.update()
        nearby = None
        if answer.kind == "none" and not answer.citations:
            try:
                nearby = related(self.services.search(answer.question, k=3, **scope_of(unit, year)), answer)
            except Exception:
                log.exception("search failed")
        messages.append({"role": "assistant", "content": answer_markdown(answer, nearby)})
        history.append(answer)
        return "", messages, history, carried_text(answer.scope, scope_of(unit, year))

    def api_ask(self, question: str, unit: str = "", year: str = "", doc: str = "",
                request: gr.Request = None) -> dict:
        """Answer one question; returns the assistant's JSON answer (Answer.to_dict()):
        {"id", "question", "kind", "answer", "value", "unit", "formula", "citations"}.
        unit / year / doc (optional) scope the question. Bad input raises an error with a message."""
        try:
            return self.ask(question, scope_of(unit, year, doc), [], _session(request)).to_dict()
        except DisclosureError as exc:
            raise gr.Error(str(exc)) from None

    def pickers(self, unit=None):
        units = self.services.units()
        years = self.services.years(unit if unit and unit != ALL_UNITS else None)
        return units, years

    def on_load(self):
        units, years = self.pickers()
        return (gr.update(choices=[ALL_UNITS, *units], value=ALL_UNITS),
                gr.update(choices=[ALL_YEARS, *map(str, years)], value=ALL_YEARS),
                holdings_text(units, years))

    def _example(self, text: str):
        """A click handler asking the example question ``text`` in the chosen scope."""
        def run(unit, year, messages, history, request: gr.Request):
            return self.respond(text, unit, year, messages, history, request)
        return run

    def on_unit(self, unit, messages):
        _, years = self.pickers(unit)
        messages = list(messages or [])
        if messages:
            messages.append({"role": "assistant", "content": info(f"已切换到：{unit}。之后的问题按此范围回答。")})
        return gr.update(choices=[ALL_YEARS, *map(str, years)], value=ALL_YEARS), messages, [], ""

    def on_new_conversation(self):
        """"新的对话": an empty chat, no carried scope, and both pickers back to 全部."""
        units, years = self.pickers()
        return ([], [], gr.update(choices=[ALL_UNITS, *units], value=ALL_UNITS),
                gr.update(choices=[ALL_YEARS, *map(str, years)], value=ALL_YEARS), "")

    # ------------------------------------------------------------------ layout
    def build(self) -> gr.Blocks:
        with gr.Blocks(title="预算公开问答") as demo:
            gr.Markdown("## 预算 / 决算公开问答\n按公开文件回答，每个数字都附出处（文件、章节、页码和原文）。"
                        "可先选择单位和年度，再提问；追问会沿用同一范围。")
            with gr.Row():
                unit = gr.Dropdown(label="单位", choices=[ALL_UNITS], value=ALL_UNITS, elem_id="unit-picker",
                                   allow_custom_value=False, scale=3)
                year = gr.Dropdown(label="年度", choices=[ALL_YEARS], value=ALL_YEARS, elem_id="year-picker",
                                   allow_custom_value=False, scale=1)
            holdings = gr.Markdown("", elem_id="holdings")
            carried = gr.Markdown("", elem_id="carried-scope")
            chat = gr.Chatbot(label="问答", show_label=False, elem_id="chat", height=520, feedback_options=None, autoscroll=False,
                              buttons=["copy"], placeholder="请在下方输入问题，或点选示例问题。")
            with gr.Row():
                box = gr.Textbox(label="输入问题", show_label=False, placeholder="例如：三公经费预算是多少？",
                                 elem_id="question", scale=8, lines=1, max_lines=4, autofocus=True)
                send = gr.Button("提问", variant="primary", elem_id="ask-button", scale=1)
            gr.Markdown("示例问题（点一下就提问）：")
            with gr.Row(elem_id="examples"):
                examples = [gr.Button(text, size="sm", variant="secondary", elem_classes=["example-question"])
                            for text in EXAMPLES]
            clear = gr.Button("新的对话", variant="secondary", size="sm")
            history = gr.State([])

            io = dict(fn=self.respond, inputs=[box, unit, year, chat, history], outputs=[box, chat, history, carried],
                      api_visibility="private", concurrency_id="ask")
            # after an answer the page shows its start (on a phone a long answer would otherwise
            # be scrolled past to its end)
            show = dict(fn=None, js=SCROLL_TO_ANSWER, queue=False)
            send.click(**io).then(**show)
            box.submit(**io).then(**show)
            for button, text in zip(examples, EXAMPLES):
                button.click(self._example(text), inputs=[unit, year, chat, history],
                             outputs=[box, chat, history, carried],
                             api_visibility="private", concurrency_id="ask").then(**show)
            clear.click(self.on_new_conversation, outputs=[chat, history, unit, year, carried],
                        api_visibility="private", queue=False)
            unit.input(self.on_unit, [unit, chat], [year, chat, history, carried], api_visibility="private")
            # clicking the unit box selects its text, so typing a name replaces "全部单位" and filters
            unit.focus(fn=None, js=SELECT_PICKER_TEXT, queue=False)
            year.input(lambda: ([], ""), outputs=[history, carried], api_visibility="private", queue=False)
            demo.load(self.on_load, outputs=[unit, year, holdings], api_visibility="private")
            gr.api(self.api_ask, api_name="ask", concurrency_id="ask")
        return demo


SELECT_PICKER_TEXT = """() => {
  const box = document.querySelector('#unit-picker input');
  if (box) { box.value = ''; box.dispatchEvent(new Event('input', {bubbles: true})); }
}"""

SCROLL_TO_ANSWER = """() => {
  const bots = document.querySelectorAll('#chat [data-testid="bot"]');
  const last = bots[bots.length - 1];
  if (last) { setTimeout(() => last.scrollIntoView({block: "start"}), 300); }
}"""


def holdings_text(units: list[str], years: list[int], shown: int = 6) -> str:
    """One line saying what the index holds: "可查询 12 个单位（甲、乙、丙等）的 2016—2025 年公开文件"."""
    if not units:
        return "索引里还没有文件。"
    names = "、".join(units[:shown]) + ("等" if len(units) > shown else "")
    span = f"{min(years)}—{max(years)} 年" if len(years) > 1 else (f"{years[0]} 年" if years else "")
    return f"可查询 {len(units)} 个单位（{names}）的{span}公开文件；单位可在上方下拉框中输入名称筛选。"


def carried_text(used: dict, picked: dict) -> str:
    """A line saying which unit/year follow-up questions go on with when the pickers do not say it
    (the scope a question's own words chose, carried to the next question); "" when the pickers do."""
    unit = used.get("unit") if not picked.get("unit") else None
    year = used.get("year") if not picked.get("year") else None
    if not unit:
        return ""
    where = f"{unit}{f' {year} 年' if year else ''}"
    return f"接着提问时沿用：{where}（上一问所指）。问其他单位请在问题里写明单位名称，或用页面下方的按钮开始新的对话。"


def _session(request) -> str:
    if request is None:
        return "anonymous"
    return getattr(request, "session_hash", None) or (request.client.host if request.client else "anonymous")
