"""Unit, year, kind and scope of a document, from its title lines, file name and manifest.
STUB: owned by the readers helper."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from .models import RawDocument

MANIFEST_NAMES = {"MANIFEST.tsv", "manifest.tsv"}


@dataclass
class DocMeta:
    title: str
    unit: str | None
    year: int | None
    kind: str          # 预算 | 决算 | other
    scope: str | None  # 部门 | 单位 | None


def detect(raw: RawDocument, name: str) -> DocMeta:
    first = raw.text.strip().splitlines()[0] if raw.text.strip() else name
    return DocMeta(title=first[:100], unit=None, year=None, kind="other", scope=None)


def read_manifest(folder: Path, warn: Callable[[str], None] = print) -> dict[str, dict]:
    return {}


def apply_overrides(meta: DocMeta, overrides: dict) -> DocMeta:
    return replace(meta, **{k: v for k, v in overrides.items() if k in ("unit", "year", "kind", "scope", "title")})
