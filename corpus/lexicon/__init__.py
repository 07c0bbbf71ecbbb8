"""Domain knowledge as data: every Chinese term the code matches on lives in a TOML file here.

- ``metrics.toml``: standard metrics, their aliases, units, identities, heading patterns
  (read by corpus/).
- ``documents.toml``: title, heading and unit-name patterns (read by corpus/metadata, sections).
- ``questions.toml``: everyday words for metrics, intent cues, unit short names (read by
  assistant/).

``load(name)`` parses a file once and caches it; raises FileNotFoundError naming the file.
"""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The parsed TOML file ``name`` (e.g. "metrics") from this folder."""
    path = HERE / f"{name}.toml"
    with open(path, "rb") as fh:
        return tomllib.load(fh)
