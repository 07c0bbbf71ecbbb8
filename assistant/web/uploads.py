"""Files a request may make the server read: only those Gradio's upload route stored.

With the app mounted through ``gr.mount_gradio_app`` Gradio's own allowed-path check does not run
(it only runs for ``launch()``ed apps), so an event's file argument may be any path a client
writes ({"path": "/etc/passwd"}). Every handler that reads a file passes it through
:func:`uploaded_file` first.
"""
from __future__ import annotations

from pathlib import Path

from gradio.utils import get_upload_folder

from corpus.errors import InputError


def uploaded_file(path) -> Path:
    """``path`` resolved, when it is a regular file inside Gradio's upload folder
    (``GRADIO_TEMP_DIR`` or ``<tmp>/gradio``); raises InputError (a Chinese message naming no
    server path) for anything else — a server path, a symlink out, a folder, a missing file."""
    if isinstance(path, dict):
        path = path.get("path")
    if not isinstance(path, (str, Path)) or not str(path):
        raise InputError("只能读取本次上传的文件。")
    root = Path(get_upload_folder()).resolve()
    try:
        resolved = Path(path).resolve(strict=True)
    except (OSError, RuntimeError):
        raise InputError("只能读取本次上传的文件。") from None
    if not resolved.is_file() or not resolved.is_relative_to(root) or resolved == root:
        raise InputError("只能读取本次上传的文件。")
    return resolved


def text_messages(messages) -> list[dict]:
    """A chat history from a client with only text turns kept ({"role", "content": str}): a file
    or component a client slips into the history is dropped, never read or served."""
    out = []
    for m in messages or []:
        if not isinstance(m, dict) or m.get("role") not in ("user", "assistant"):
            continue
        content = m.get("content")
        if isinstance(content, list):        # Gradio's message parts: keep the text ones
            content = "".join(p.get("text", "") for p in content
                              if isinstance(p, dict) and p.get("type") == "text" and isinstance(p.get("text"), str))
        if isinstance(content, str) and content:
            out.append({"role": m["role"], "content": content})
    return out
