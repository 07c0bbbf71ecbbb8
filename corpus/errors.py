"""Errors the product raises on bad input. Each carries a message a user can act on."""
from __future__ import annotations


class DisclosureError(Exception):
    """Base class: the message is shown to the user as is (no traceback)."""


class CorpusError(DisclosureError):
    """A file could not be read into a document. ``path`` names the file; ``line`` where known."""

    def __init__(self, path: str, reason: str, line: int | None = None):
        self.path, self.reason, self.line = str(path), reason, line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {reason}")

    def __reduce__(self):            # picklable across processes (a parse in a child process)
        return (CorpusError, (self.path, self.reason, self.line))


class StoreError(DisclosureError):
    """The index folder is missing, unreadable, or from another format/embedder."""


class QueryError(DisclosureError):
    """A search or question that cannot be processed (empty, too long …)."""


class InputError(DisclosureError):
    """A batch input file (CSV / JSONL) that cannot be used."""
