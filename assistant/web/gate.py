"""One limit on answering shared by every way of asking (the public page, Gradio's ``/ask``
endpoint and the JSON route ``/api/v1/ask``): at most ``concurrency`` questions are answered at
once and at most ``max_waiting`` wait for a turn; beyond that a question is refused at once with
a Chinese message (:class:`QueueFull`) instead of waiting ever longer.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager

from corpus.errors import DisclosureError

QUEUE_FULL = "现在提问的人太多，排队已满，请稍后再试。"


class QueueFull(DisclosureError):
    """Too many questions are waiting; ask again later (HTTP 503 on the JSON route)."""


class AskGate:
    """``with gate.slot(): …`` answers one question inside the limits; raises QueueFull."""

    def __init__(self, concurrency: int, max_waiting: int):
        self._slots = threading.BoundedSemaphore(concurrency)
        self._lock = threading.Lock()
        self._waiting = 0
        self.max_waiting = max_waiting

    @property
    def waiting(self) -> int:
        return self._waiting

    @contextmanager
    def slot(self):
        with self._lock:
            if self._waiting >= self.max_waiting:
                raise QueueFull(QUEUE_FULL)
            self._waiting += 1
        try:
            self._slots.acquire()
        finally:
            with self._lock:
                self._waiting -= 1
        try:
            yield
        finally:
            self._slots.release()
