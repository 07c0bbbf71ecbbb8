"""The answering core shared by CLI and web. STUB: owned by the assistant helper."""
from __future__ import annotations

from ..settings import Settings
from .answer import Answer


class Assistant:
    """Loads the store and indexes of ``settings.index_dir`` once; ``ask`` answers one question.

    ``scope``: optional {"unit", "year", "doc"}; ``history``: previous Answers of the same
    conversation (their scope and metric carry over to follow-ups such as "那公务接待费呢？").
    """

    def __init__(self, settings: Settings):
        self.settings = settings

    def ask(self, question: str, scope: dict | None = None, history: list[Answer] | None = None) -> Answer:
        return Answer(question=question, kind="none", answer="（尚未实现）")
