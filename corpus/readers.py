"""File → :class:`RawDocument`: the text of one disclosure file, its page offsets and its tables.

Formats (by suffix, see ``SUPPORTED_SUFFIXES``):

- ``.pdf`` — pdfplumber: ``extract_text`` per page (page numbers and running headers removed by
  :mod:`pages`; pages joined by ``\\n``, ``page_starts`` holds each page's offset) and ruled tables via ``find_tables`` (merged cells filled, see
  :func:`_table_grid`).
- ``.docx`` — python-docx: paragraphs and tables in document order; each table row is also put in
  the text as one line of cells joined by spaces.
- ``.html`` / ``.htm`` — BeautifulSoup with lxml: script/style/nav/header/footer dropped, block
  elements become line breaks, ``<table>`` becomes a RawTable plus one text line per row.
- ``.txt`` — UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK (detected).

Every failure raises :class:`CorpusError` naming the file (and the line, for text files) with a
reason a user can act on: corrupt PDF, PDF without text (scanned?), binary data, unknown encoding.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path

from . import lexicon, ocr, pages, spreadsheets
from .errors import CorpusError
from .models import RawDocument, RawTable

SUPPORTED_SUFFIXES = {".pdf", ".docx", ".doc", ".html", ".htm", ".txt", *spreadsheets.SUFFIXES}

_AMOUNT = re.compile(r"^[-−+]?[\d,，]+(\.\d+)?%?$")


def read_file(path: str | Path) -> RawDocument:
    """Read one file into a RawDocument.

    Raises CorpusError(path, reason[, line]) when the file cannot be read: unsupported suffix,
    corrupt or encrypted PDF, PDF without a text layer, binary data named .txt, undecodable text.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    readers = {".pdf": _read_pdf, ".docx": _read_docx, ".doc": _read_doc, ".html": _read_html,
               ".htm": _read_html, ".txt": _read_txt,
               **{s: spreadsheets.read_workbook for s in spreadsheets.SUFFIXES}}
    if suffix not in readers:
        raise CorpusError(str(path), f"不支持的文件类型 {suffix or '(无扩展名)'}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(str(path), f"无法读取文件: {exc.strerror or exc}")
    if not data:
        raise CorpusError(str(path), "空文件")
    return unify_radicals(readers[suffix](path, data))


def unify_radicals(doc: RawDocument) -> RawDocument:
    """The document with radical code points read as the ideographs they stand for ("⼈⺠政府" →
    "人民政府": Kangxi radicals by NFKC, the CJK Radicals Supplement's simplified forms by the
    ``[radicals]`` table of documents.toml). One character for one, so offsets stay put."""
    if not _RADICAL.search(doc.text) and not any(_RADICAL.search(c) for t in doc.tables for r in t.rows for c in r):
        return doc
    doc.text = _unified(doc.text)
    for t in doc.tables:
        t.rows = [[_unified(c) for c in r] for r in t.rows]
    return doc


_RADICAL = re.compile("[\u2e80-\u2fdf]")


def _unified(text: str) -> str:
    table = lexicon.load("documents").get("radicals", {})

    def one(m: re.Match) -> str:
        ch = m.group(0)
        same = unicodedata.normalize("NFKC", ch)
        return table.get(ch, same if len(same) == 1 else ch)
    return _RADICAL.sub(one, text or "")


# --------------------------------------------------------------------------- text files
def decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file; returns (text, encoding).

    Tries UTF-8 (BOM or not), UTF-16 with BOM, then GB18030 (a superset of GBK/GB2312), then
    charset-normalizer's best guess. Raises CorpusError when the bytes are binary (NUL bytes,
    control characters) or no encoding fits.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        if b"\x00" in data:
            line = data[:data.index(b"\x00")].count(b"\n") + 1
            raise CorpusError(str(path), "不是文本文件（含二进制数据 NUL 字节）", line)
        candidates = ["utf-8", "gb18030"]
    for enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        _check_printable(path, text)
        return text, "gbk" if enc == "gb18030" and _is_gbk(data) else enc
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - library failure
        best = None
    if best is not None:
        text = str(best)
        _check_printable(path, text)
        return text, best.encoding
    raise CorpusError(str(path), "无法识别文字编码（不是 UTF-8 或 GBK/GB18030 文本）")


def _is_gbk(data: bytes) -> bool:
    try:
        data.decode("gbk")
        return True
    except UnicodeDecodeError:
        return False


def _check_printable(path: Path, text: str) -> None:
    """Raise CorpusError when decoded text is mostly control / private-use characters (binary)."""
    sample = text[:200_000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or "\ue000" <= ch <= "\uf8ff"
              or ch == "\ufffd")
    if sample and bad / len(sample) > 0.01:
        first = next(i for i, ch in enumerate(sample) if (ord(ch) < 32 and ch not in "\n\r\t\f")
                     or "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd")
        raise CorpusError(str(path), "不是文本文件（含大量控制字符或乱码）", sample[:first].count("\n") + 1)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")


# markup comments left in text saved from a web page ("<!--[if !supportLists]-->（一）<!--[endif]-->")
_MARKUP_COMMENT = re.compile(r"<!--.{0,200}?-->", re.S)


def _read_txt(path: Path, data: bytes) -> RawDocument:
    text, encoding = decode_text(path, data)
    return RawDocument(path=str(path), text=_normalise_newlines(_MARKUP_COMMENT.sub("", text)), encoding=encoding)


# --------------------------------------------------------------------------- PDF
def _read_pdf(path: Path, data: bytes) -> RawDocument:
    import io

    import pdfplumber

    # pdfminer warns on every glyph of a font without a bounding box ("Could not get FontBBox…"):
    # noise for whoever builds an index, never a problem of the text read
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise CorpusError(str(path), "不是有效的 PDF 文件（文件头不是 %PDF，文件损坏？）")
    parts: list[str] = []
    page_starts: list[int] = []
    tables: list[RawTable] = []
    offset = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            tolerances = [_y_tolerance(page) for page in pdf.pages]
            texts = [_clean_pdf_text(page.extract_text(y_tolerance=y) or "")
                     for page, y in zip(pdf.pages, tolerances)]
            scanned = [i for i, (page, text) in enumerate(zip(pdf.pages, texts))
                       if len(re.sub(r"\s", "", text)) < 5 and page.images]
            if scanned and (ocr.available() or len(scanned) == len(texts)):
                for i in scanned:
                    texts[i] = ocr.page_text(data, i, str(path))
            else:
                scanned = []
            texts = pages.strip_furniture(texts)
            for number, (page, text, y) in enumerate(zip(pdf.pages, texts, tolerances), start=1):
                page_starts.append(offset)
                tables += _pdf_tables(page, number, text, offset, y)
                parts.append(text)
                offset += len(text) + 1
    except CorpusError:
        raise
    except Exception as exc:  # pdfminer raises many kinds (PDFSyntaxError, PSEOF, KeyError …)
        raise CorpusError(str(path), f"PDF 无法解析（文件损坏或加密？）: {type(exc).__name__}: {exc}"[:300])
    if not page_starts:
        raise CorpusError(str(path), "PDF 没有页面（文件损坏？）")
    text = "\n".join(parts)
    if not text.strip():
        why = "扫描件，文字识别未能读出文字" if scanned else "扫描件？需先做文字识别"
        raise CorpusError(str(path), f"PDF 共 {len(page_starts)} 页但没有文字层（{why}）")
    return RawDocument(path=str(path), text=text, page_starts=page_starts, tables=tables,
                       ocr_pages=[i + 1 for i in scanned])


def _y_tolerance(page) -> float:
    """How far apart (in points) two characters' tops may be and still be one line.

    Word exports often set digits in another font (Times New Roman) whose glyph box sits ~5 pt
    lower than the Chinese font's on the same line; pdfplumber's default of 3 then moves every
    number to a line of its own ("年初预算为 万元" … "0.95"). 45% of the body font size joins them
    and stays well below the line pitch."""
    sizes = sorted(c.get("size", 0) for c in page.chars[:2000] if c.get("text", " ").strip())
    if not sizes:
        return 3
    return max(3.0, min(6.0, 0.45 * sizes[len(sizes) // 2]))


def _clean_pdf_text(text: str) -> str:
    """Trailing spaces off each line; nothing else (line breaks are kept for the sentence splitter)."""
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _pdf_tables(page, number: int, page_text: str, page_offset: int, y_tol: float = 3) -> list[RawTable]:
    """Ruled tables of one page as RawTables, with ``start`` = offset of the table's first text line."""
    try:
        found = page.find_tables()
    except Exception:
        return []
    out = []
    lines = page_text.split("\n")
    line_offsets = [0]
    for line in lines:
        line_offsets.append(line_offsets[-1] + len(line) + 1)
    for table in found:
        rows, edges = _table_grid(table, y_tol)
        if not any(cell for row in rows for cell in row):
            continue
        top = table.bbox[1]
        above = ""
        if top > 1:
            try:
                above = page.crop((0, 0, page.width, top)).extract_text(y_tolerance=y_tol) or ""
            except Exception:
                above = ""
        n_above = len([ln for ln in above.split("\n")]) if above.strip() else 0
        n_above = min(n_above, len(lines))
        out.append(RawTable(rows=rows, page=number, start=page_offset + line_offsets[n_above], edges=edges))
    return out


def _table_grid(table, y_tol: float = 3) -> tuple[list[list[str]], list[float] | None]:
    """Cell texts of a pdfplumber table with merged cells filled in, and the x positions of its
    columns' left edges followed by its right edge (None when a column has no cell of its own).

    pdfplumber gives None for a position covered by a merged cell. Such a position takes the text
    of the covering cell when that text is a label (so header labels reach every column they
    span, and row labels every row), but never when it is an amount — an amount is stated once.
    Line breaks inside a cell (wrapped text) are removed.
    """
    texts = table.extract(y_tolerance=y_tol)
    cells_by_row = [row.cells for row in table.rows]
    xs: dict[int, float] = {}
    tops: dict[int, float] = {}
    owners = []  # (bbox, text)
    for i, row in enumerate(cells_by_row):
        for j, bbox in enumerate(row):
            if bbox is not None:
                xs.setdefault(j, bbox[0])
                tops.setdefault(i, bbox[1])
                owners.append((bbox, _cell_text(texts[i][j] if j < len(texts[i]) else None)))
    grid = []
    for i, row in enumerate(texts):
        out = []
        for j, cell in enumerate(row):
            if cell is not None:
                out.append(_cell_text(cell))
                continue
            fill = ""
            if j in xs and i in tops:
                px, py = xs[j] + 1, tops[i] + 1
                for bbox, text in owners:
                    if bbox[0] <= px < bbox[2] and bbox[1] <= py < bbox[3]:
                        fill = "" if _AMOUNT.match(text) else text
                        break
            out.append(fill)
        grid.append(out)
    width = max((len(r) for r in texts), default=0)
    edges = [xs[j] for j in range(width) if j in xs] + [table.bbox[2]]
    return grid, (edges if len(edges) == width + 1 else None)


def _cell_text(cell: str | None) -> str:
    if not cell:
        return ""
    parts = [p.strip() for p in cell.split("\n")]
    out = ""
    for p in parts:
        if out and re.search(r"[A-Za-z0-9]$", out) and re.match(r"[A-Za-z0-9]", p):
            out += " "
        out += p
    return out.strip()


# --------------------------------------------------------------------------- DOCX
def _read_docx(path: Path, data: bytes) -> RawDocument:
    import io
    import zipfile

    try:
        import docx
        from docx.table import Table as DocxTable
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CorpusError(str(path), f"DOCX 无法打开（文件损坏或不是 Word 2007+ 文档）: {exc}"[:300])
    except Exception as exc:
        raise CorpusError(str(path), f"DOCX 无法解析: {type(exc).__name__}: {exc}"[:300])
    lines: list[str] = []
    tables: list[RawTable] = []
    offset = 0
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(child, document).text.strip()
            lines.append(text)
            offset += len(text) + 1
        elif tag == "tbl":
            rows = []
            for row in DocxTable(child, document).rows:
                cells, last = [], None
                for cell in row.cells:
                    # python-docx repeats a merged cell object once per grid column it spans
                    text = _cell_text(cell.text)
                    cells.append("" if cell._tc is last and _AMOUNT.match(text) else text)
                    last = cell._tc
                rows.append(cells)
            tables.append(RawTable(rows=rows, page=None, start=offset))
            for cells in rows:
                line = " ".join(c for c in cells if c)
                lines.append(line)
                offset += len(line) + 1
    return RawDocument(path=str(path), text="\n".join(lines), tables=tables)


# --------------------------------------------------------------------------- DOC (Word 97-2003)
def _read_doc(path: Path, data: bytes) -> RawDocument:
    """A .doc through ``antiword`` (Debian package antiword), else LibreOffice headless converting
    it to .docx. Table rows that antiword draws as ``|a |b |`` lines become RawTable rows.
    Raises CorpusError naming what to install when neither is found."""
    import shutil
    import subprocess
    import tempfile

    if not data.startswith(b"\xd0\xcf\x11\xe0"):
        if data[:2] == b"PK":
            return _read_docx(path, data)
        raise CorpusError(str(path), "不是有效的 Word 97-2003 (.doc) 文件")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.doc"
        src.write_bytes(data)
        if shutil.which("antiword"):
            run = subprocess.run(["antiword", "-w", "0", "-m", "UTF-8.txt", str(src)],
                                 capture_output=True, timeout=120)
            if run.returncode != 0:
                why = run.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["未知错误"]
                raise CorpusError(str(path), f".doc 无法读取（antiword: {why[0][:200]}）")
            return _doc_text(path, run.stdout.decode("utf-8", "replace"))
        office = shutil.which("soffice") or shutil.which("libreoffice")
        if office:
            subprocess.run([office, "--headless", "--convert-to", "docx", "--outdir", tmp, str(src)],
                           capture_output=True, timeout=300)
            out = Path(tmp) / "in.docx"
            if out.is_file():
                return _read_docx(path, out.read_bytes())
            raise CorpusError(str(path), ".doc 无法读取（LibreOffice 转换失败）")
    raise CorpusError(str(path), "读取 .doc 需要 antiword（apt-get install antiword）或 LibreOffice，均未安装")


def _doc_text(path: Path, text: str) -> RawDocument:
    lines: list[str] = []
    tables: list[RawTable] = []
    rows: list[list[str]] = []
    start = 0
    offset = 0
    for line in text.replace("\r", "").split("\n"):
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            if not rows:
                start = offset
            rows.append([_cell_text(c) for c in stripped.strip("|").split("|")])
            line = " ".join(c for c in rows[-1] if c)
        elif rows:
            tables.append(RawTable(rows=rows, page=None, start=start))
            rows = []
        lines.append(line.rstrip())
        offset += len(lines[-1]) + 1
    if rows:
        tables.append(RawTable(rows=rows, page=None, start=start))
    return RawDocument(path=str(path), text="\n".join(lines), tables=tables)


# --------------------------------------------------------------------------- HTML
_DROP_TAGS = ["script", "style", "nav", "header", "footer", "noscript", "iframe", "form", "button"]
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section",
               "article", "blockquote", "pre", "dd", "dt", "dl", "hr", "title", "caption", "center"}


def _span(cell, attr: str) -> int:
    try:
        return max(1, min(int(str(cell.get(attr, 1)).strip() or 1), 100))
    except ValueError:
        return 1


def _html_grid(table) -> list[list[str]]:
    """Cell texts of an HTML ``<table>`` laid on its grid: a cell spanning rows or columns
    (rowspan / colspan) fills every position it covers when its text is a label (header labels reach
    every column they span, row labels every row), its first position only when it is an amount —
    an amount is stated once (as :func:`_table_grid` does for PDF tables). Rows of nested tables are
    their own tables' only."""
    grid: list[list[str]] = []
    pending: dict[tuple[int, int], str] = {}        # (row, column) → text of a cell from a row above
    for i, tr in enumerate(r for r in table.find_all("tr") if r.find_parent("table") is table):
        row: list[str] = []
        j = 0
        for td in tr.find_all(["td", "th"], recursive=False):
            while (i, j) in pending:
                row.append(pending.pop((i, j)))
                j += 1
            text = _cell_text(td.get_text("\n"))
            fill = "" if _AMOUNT.match(text) else text
            rows, cols = _span(td, "rowspan"), _span(td, "colspan")
            for dj in range(cols):
                row.append(text if dj == 0 else fill)
                for di in range(1, rows):
                    pending[(i + di, j + dj)] = fill
            j += cols
        while (i, j) in pending:
            row.append(pending.pop((i, j)))
            j += 1
        grid.append(row)
    return grid


def _read_html(path: Path, data: bytes) -> RawDocument:
    from bs4 import BeautifulSoup, NavigableString, Tag

    try:
        soup = BeautifulSoup(data, "lxml")
    except Exception as exc:
        raise CorpusError(str(path), f"HTML 无法解析: {type(exc).__name__}: {exc}"[:300])
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    lines: list[str] = []
    tables: list[RawTable] = []
    current: list[str] = []

    def flush() -> None:
        text = re.sub(r"[ \t\r\n\xa0]+", " ", "".join(current)).strip()
        current.clear()
        if text:
            lines.append(text)

    def walk(node) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child).__name__ in ("Comment", "Doctype", "Declaration", "ProcessingInstruction"):
                    continue
                current.append(str(child))
            elif isinstance(child, Tag):
                name = child.name.lower()
                if name == "table":
                    flush()
                    rows = _html_grid(child)
                    start = sum(len(ln) + 1 for ln in lines)
                    tables.append(RawTable(rows=rows, page=None, start=start))
                    for cells in rows:
                        line = " ".join(c for c in cells if c)
                        if line:
                            lines.append(line)
                elif name in _BLOCK_TAGS:
                    flush()
                    walk(child)
                    flush()
                else:
                    walk(child)

    root = soup.body or soup
    walk(root)
    flush()
    return RawDocument(path=str(path), text="\n".join(lines), tables=tables)
