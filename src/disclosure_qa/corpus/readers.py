"""File → RawDocument. STUB: owned by the readers helper."""
from __future__ import annotations

from pathlib import Path

from ..errors import CorpusError
from .models import RawDocument

SUPPORTED_SUFFIXES = {".pdf", ".docx", ".html", ".htm", ".txt"}


def read_file(path: Path) -> RawDocument:
    """Read one file. Raises CorpusError(path, reason) when it cannot be read."""
    path = Path(path)
    try:
        return RawDocument(path=str(path), text=path.read_text(encoding="utf-8"))
    except Exception as exc:
        raise CorpusError(str(path), str(exc))
