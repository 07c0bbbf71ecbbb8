"""Text of PDF pages without a text layer (scanned pages), by OCR with ``rapidocr``.

rapidocr carries its ONNX models inside its wheel, so nothing is downloaded. A page is rendered
with pypdfium2 (``SCALE`` × 72 dpi), read into text boxes, and the boxes are put back into lines
by their vertical position (boxes of one line ordered left to right, joined by two spaces when a
gap separates them, so a table row keeps its cells apart). Boxes read with a confidence below
``MIN_SCORE`` are dropped. No table structure is built from OCR boxes: their columns are not
reliable enough to give a figure a column, so a scanned table is text to the readers.

:func:`available` says whether OCR can run; :func:`page_text` raises CorpusError otherwise.
"""
from __future__ import annotations

import logging
from functools import lru_cache

from .errors import CorpusError

SCALE = 2.0
MIN_SCORE = 0.8
INSTALL_HINT = "pip install rapidocr onnxruntime"


def available() -> bool:
    """True when rapidocr and onnxruntime can be imported."""
    try:
        import onnxruntime  # noqa: F401
        import rapidocr  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=1)
def _engine():
    from rapidocr import RapidOCR

    engine = RapidOCR()
    for name in ("RapidOCR", "rapidocr"):
        logging.getLogger(name).setLevel(logging.WARNING)
    return engine


def page_text(pdf_bytes: bytes, index: int, path: str = "") -> str:
    """Lines of text read by OCR from page ``index`` (0-based) of a PDF given as bytes.
    Raises CorpusError (naming ``path``) when OCR is not installed or the page cannot be rendered."""
    if not available():
        raise CorpusError(path, f"PDF 第 {index + 1} 页没有文字层（扫描件），需要文字识别组件：{INSTALL_HINT}")
    import numpy as np
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(pdf_bytes)
        image = pdf[index].render(scale=SCALE).to_pil().convert("RGB")
    except Exception as exc:
        raise CorpusError(path, f"PDF 第 {index + 1} 页无法渲染以做文字识别: {type(exc).__name__}: {exc}"[:300])
    result = _engine()(np.asarray(image))
    boxes = []
    for box, text, score in zip(result.boxes if result.boxes is not None else [],
                                result.txts or [], result.scores or []):
        if score >= MIN_SCORE and text.strip():
            ys = [p[1] for p in box]
            xs = [p[0] for p in box]
            boxes.append((min(ys), max(ys), min(xs), max(xs), text.strip()))
    return "\n".join(_lines(boxes))


def _lines(boxes: list[tuple[float, float, float, float, str]]) -> list[str]:
    """Boxes (top, bottom, left, right, text) → lines: a box joins the current line when its
    vertical middle lies within the line's first box's height."""
    lines: list[list[tuple]] = []
    for box in sorted(boxes, key=lambda b: ((b[0] + b[1]) / 2, b[2])):
        middle = (box[0] + box[1]) / 2
        if lines and lines[-1][0][0] <= middle <= lines[-1][0][1]:
            lines[-1].append(box)
        else:
            lines.append([box])
    out = []
    for line in lines:
        line.sort(key=lambda b: b[2])
        height = max(b[1] - b[0] for b in line)
        text = line[0][4]
        for prev, box in zip(line, line[1:]):
            text += ("  " if box[2] - prev[3] > 0.6 * height else "") + box[4]
        out.append(text)
    return out
