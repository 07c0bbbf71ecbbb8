"""Excel, .doc and scanned PDFs: each read into text, tables and figures with their source.

The workbook and the .doc in tests/data hold real content: the Excel sheet is the
一般公共预算支出功能分类预算表 of sh-putuo-czj-2025-dept-budget.pdf (first rows and 合计), laid
out as units publish it (merged title, "编制单位：… 单位：元", a two-row merged header); the .doc
holds a sentence and the 基本支出 / 项目支出 split of the demo document
(cq-jiangjin-zwfw-2023-unit-budget.txt: 1122.09 = 263.22 + 858.87)."""
from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from corpus import ocr, readers
from corpus.build import parse_document, read_corpus
from corpus.errors import CorpusError

DATA = Path(__file__).parent / "data"
SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
D = Decimal


def cell(doc, label_part, column):
    got = [f for f in doc.figures if label_part in f.label and f.column == column]
    assert len(got) == 1, [(f.label, f.column, f.value) for f in doc.figures]
    return got[0]


# --------------------------------------------------------------------------- Excel
def test_excel_table_with_merged_header_cells():
    doc = parse_document(DATA / "budget-table-merged-header.xlsx", "budget-table-merged-header.xlsx", None)
    assert (doc.unit, doc.year, doc.kind) == ("上海市普陀区财政局", 2025, "预算")
    (table,) = doc.tables                       # the sheet without numbers is not a table
    assert table.title == "2025年部门一般公共预算支出功能分类预算表" and table.unit == "元"
    assert table.header[0][4:] == ["一般公共预算支出"] * 3     # merged over its three columns
    assert table.header[-1][4:] == ["合计", "基本支出", "项目支出"]
    f = cell(doc, "行政运行", "项目支出")
    assert (f.value, f.unit, f.role, f.source) == (D("138514.8"), "元", "amount", "table")
    assert "行政运行" in f.span.text
    assert cell(doc, "合计", "基本支出").value == D("25121091")


def test_workbook_without_numbers_and_broken_workbook(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active["A1"] = "说明：本表无数据"
    wb.save(tmp_path / "empty.xlsx")
    with pytest.raises(CorpusError, match="没有含数字的工作表"):
        readers.read_file(tmp_path / "empty.xlsx")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(CorpusError, match="Excel 文件无法打开") as err:
        readers.read_file(tmp_path / "broken.xlsx")
    assert "broken.xlsx" in str(err.value)


def test_bad_workbook_does_not_stop_the_build(tmp_path):
    shutil.copy(DATA / "budget-table-merged-header.xlsx", tmp_path / "good.xlsx")
    (tmp_path / "bad.xls").write_bytes(b"\xd0\xcf\x11\xe0 garbage")
    docs, report = read_corpus(tmp_path)
    assert [d.name for d in docs] == ["good.xlsx"]
    assert [name for name, _ in report.failed] == ["bad.xls"]


# --------------------------------------------------------------------------- .doc
@pytest.mark.skipif(not shutil.which("antiword") and not shutil.which("soffice"),
                    reason="antiword / LibreOffice not installed")
def test_doc_text_and_table():
    doc = parse_document(DATA / "unit-budget-2023.doc", "unit-budget-2023.doc", None)
    assert (doc.unit, doc.year, doc.kind) == ("重庆市江津区政务服务管理办公室（本级）", 2023, "预算")
    total = [f for f in doc.figures if f.value == D("1122.09")]
    assert total and total[0].change == D("400.68") and total[0].unit == "万元"
    assert doc.tables and doc.tables[0].rows[0][:2] == ["基本支出", "263.22"]


def test_doc_without_converter_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(CorpusError, match="antiword") as err:
        readers.read_file(DATA / "unit-budget-2023.doc")
    assert "unit-budget-2023.doc" in str(err.value)


# --------------------------------------------------------------------------- scanned PDF
@pytest.fixture(scope="module")
def scanned_pdf(tmp_path_factory):
    """Page 7 of sh-putuo-czj-2025-dept-budget.pdf rendered to an image and saved as a PDF
    without a text layer (a scan)."""
    source = SHARED_CORPUS / "sh-putuo-czj-2025-dept-budget.pdf"
    if not source.is_file():
        pytest.skip(f"shared corpus not found at {source}")
    import pypdfium2 as pdfium

    image = pdfium.PdfDocument(str(source))[6].render(scale=2).to_pil().convert("RGB")
    path = tmp_path_factory.mktemp("scan") / "scan.pdf"
    image.save(path, "PDF", resolution=144)
    return path


@pytest.mark.skipif(not ocr.available(), reason="rapidocr not installed")
def test_scanned_page_is_read_by_ocr_and_figures_say_so(scanned_pdf):
    doc = parse_document(scanned_pdf, "scan.pdf", None)
    assert doc.ocr_pages == [1]
    assert "财政拨款收入支出增加的主要原因是人员经费增加" in doc.text
    income = [f for f in doc.figures if f.metric == "财政拨款收入"]
    assert income and income[0].value == D("3121.42") and income[0].change == D("107.62")
    assert all(f.ocr for f in doc.figures)


def test_scanned_pdf_without_ocr_names_what_to_install(scanned_pdf, monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: False)
    with pytest.raises(CorpusError, match="rapidocr") as err:
        readers.read_file(scanned_pdf)
    assert "scan.pdf" in str(err.value)


@pytest.mark.skipif(not ocr.available(), reason="rapidocr not installed")
def test_answer_from_a_scanned_page_says_it_was_read_by_ocr(scanned_pdf, tmp_path):
    from assistant.core import Assistant
    from corpus.settings import Settings
    from index.pipeline import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(scanned_pdf, corpus / "scan.pdf")
    settings = Settings(index_dir=tmp_path / "index", embedder="none")
    build(corpus, settings, log=lambda m: None)
    answer = Assistant(settings).ask("财政拨款收入是多少？", scope={"doc": "scan.pdf"})
    assert answer.value == D("3121.42") and answer.unit == "万元"
    assert "扫描件的文字识别" in answer.answer


def test_staff_desk_shows_a_table_as_a_table():
    """The staff desk's table view: the Excel sheet's rows under its column names."""
    from assistant.web import tables as views

    doc = parse_document(DATA / "budget-table-merged-header.xlsx", "budget-table-merged-header.xlsx", None)
    (label,) = views.table_choices(doc)
    assert label.startswith("1. 2025年部门一般公共预算支出功能分类预算表（单位：元）")
    frame = views.table_frame(doc, label)
    assert list(frame.columns)[-3:] == ["合计", "基本支出", "项目支出"]
    row = frame[frame.apply(lambda r: "行政运行" in list(r), axis=1)].iloc[0]
    assert row["项目支出"] == "138514.8"
