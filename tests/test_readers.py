"""readers: every format into text + page offsets + tables; encodings; clear errors."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus import readers
from corpus.errors import CorpusError

SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
QZFB_UNIT = SHARED_CORPUS / "sh-putuo-qzfb-2025-unit-budget.pdf"

SNIPPET = "2023年“三公”经费预算1.0万元，比2022年增加0万元。\n公务接待费1.0万元。\n"


# --------------------------------------------------------------------------- text files
@pytest.mark.parametrize("encoding, expected", [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"),
                                                ("gbk", "gbk"), ("gb18030", "gbk"), ("utf-16", "utf-16")])
def test_text_encodings_are_detected(tmp_path, encoding, expected):
    path = tmp_path / "doc.txt"
    path.write_bytes(SNIPPET.encode(encoding))
    raw = readers.read_file(path)
    assert raw.text == SNIPPET
    assert raw.encoding == expected
    assert raw.page_starts == [] and raw.page_at(5) is None


def test_gb18030_only_characters(tmp_path):
    text = "单位：㐀䶵 预算 1,335.93万元\n"          # CJK extension A: in GB18030, not in GBK
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode("gb18030"))
    assert readers.read_file(path).text == text


def test_crlf_and_bom_normalised(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes("\ufeff一、单位基本情况\r\n（一）职能职责。\r\n".encode("utf-8"))
    assert readers.read_file(path).text == "一、单位基本情况\n（一）职能职责。\n"


def test_binary_txt_is_refused_with_line(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(b"first line\nsecond\x00\x01\x02 binary")
    with pytest.raises(CorpusError) as err:
        readers.read_file(path)
    assert err.value.line == 2
    assert "junk.txt" in str(err.value) and "二进制" in str(err.value)


def test_control_characters_are_refused(tmp_path):
    path = tmp_path / "ctl.txt"
    path.write_bytes(bytes(range(1, 9)) * 200)
    with pytest.raises(CorpusError, match="控制字符"):
        readers.read_file(path)


def test_unsupported_suffix(tmp_path):
    path = tmp_path / "doc.xyz"
    path.write_bytes(b"x")
    with pytest.raises(CorpusError, match="不支持"):
        readers.read_file(path)


# --------------------------------------------------------------------------- DOCX
def test_docx_paragraphs_and_tables_in_order(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("2025年单位预算编制说明")
    d.add_paragraph("支出预算9,101.68万元。")
    d.add_paragraph("2025年预算单位收入预算总表")
    table = d.add_table(rows=2, cols=3)
    for j, text in enumerate(["功能分类科目名称", "合计", "财政拨款收入"]):
        table.rows[0].cells[j].text = text
    for j, text in enumerate(["行政运行", "12,029,501.84", "12,029,501.84"]):
        table.rows[1].cells[j].text = text
    d.add_paragraph("其他相关情况说明")
    path = tmp_path / "budget.docx"
    d.save(path)

    raw = readers.read_file(path)
    lines = raw.text.split("\n")
    assert lines[:3] == ["2025年单位预算编制说明", "支出预算9,101.68万元。", "2025年预算单位收入预算总表"]
    assert lines[-1] == "其他相关情况说明"
    (t,) = raw.tables
    assert t.rows == [["功能分类科目名称", "合计", "财政拨款收入"], ["行政运行", "12,029,501.84", "12,029,501.84"]]
    assert raw.text[t.start:].startswith("功能分类科目名称 合计 财政拨款收入\n行政运行 12,029,501.84")


def test_corrupt_docx(tmp_path):
    path = tmp_path / "bad.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(CorpusError, match="DOCX"):
        readers.read_file(path)


# --------------------------------------------------------------------------- HTML
HTML = """<html><head><title>页面标题</title><style>p {color: red}</style></head><body>
<nav>首页 &gt; 政务公开</nav><header>网站头部</header>
<div class="content"><h1>重庆市交通委员会2018年部门预算情况说明</h1>
<p>一、单位基本情况</p><p>（一）职能职责。<br>负责推进综合交通运输体系建设。</p>
<table><tr><th>项目</th><th>预算数</th></tr><tr><td>公务接待费</td><td>12.5</td></tr></table>
<p>联系电话：023-1234</p></div>
<script>var x = "不要这段脚本";</script><footer>版权所有</footer></body></html>"""


def test_html_blocks_become_lines_and_junk_is_dropped(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    raw = readers.read_file(path)
    lines = raw.text.split("\n")
    assert lines[0] == "重庆市交通委员会2018年部门预算情况说明"
    assert "一、单位基本情况" in lines and "（一）职能职责。" in lines and "负责推进综合交通运输体系建设。" in lines
    for junk in ("不要这段脚本", "版权所有", "网站头部", "首页", "color"):
        assert junk not in raw.text
    (t,) = raw.tables
    assert t.rows == [["项目", "预算数"], ["公务接待费", "12.5"]]
    assert raw.text[t.start:].startswith("项目 预算数\n公务接待费 12.5")


def test_html_in_gbk(tmp_path):
    path = tmp_path / "page.htm"
    path.write_bytes('<html><head><meta charset="gbk"></head><body><p>公务接待费3.25万元</p></body></html>'
                     .encode("gbk"))
    assert readers.read_file(path).text == "公务接待费3.25万元"


# --------------------------------------------------------------------------- PDF
def test_corrupt_pdf(tmp_path):
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not a pdf body at all")
    with pytest.raises(CorpusError) as err:
        readers.read_file(path)
    assert "PDF" in err.value.reason and err.value.path.endswith("bad.pdf")


def test_not_a_pdf_at_all(tmp_path):
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"<html>saved web page</html>")
    with pytest.raises(CorpusError, match="%PDF"):
        readers.read_file(path)


BLANK_PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
             b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
             b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
             b"trailer << /Root 1 0 R >>\n%%EOF\n")


def test_pdf_without_text_says_scanned(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(BLANK_PDF)
    with pytest.raises(CorpusError, match="扫描件"):
        readers.read_file(path)


@pytest.fixture(scope="module")
def qzfb_unit():
    if not QZFB_UNIT.is_file():
        pytest.skip(f"shared corpus not found at {SHARED_CORPUS}")
    return readers.read_file(QZFB_UNIT)


def test_pdf_pages_and_offsets(qzfb_unit):
    raw = qzfb_unit
    assert len(raw.page_starts) == 21 and raw.page_starts[0] == 0
    assert raw.text.startswith("上海市普陀区2025年区级单位预算\n预算单位：上海市普陀区人民政府办公室")
    title = raw.text.index("2025年预算单位收入预算总表\n编制单位")  # not the TOC line
    assert raw.page_at(title) == 9
    three = raw.text.index("2025年“三公”经费预算数为867.50万元")
    assert raw.page_at(three) == 21
    # every page starts right after a line break
    assert all(raw.text[s - 1] == "\n" for s in raw.page_starts[1:])


def test_pdf_ruled_tables(qzfb_unit):
    raw = qzfb_unit
    by_page = {}
    for t in raw.tables:
        by_page.setdefault(t.page, []).append(t)
    assert sorted(by_page) == list(range(8, 21))       # the nine budget tables, some over two pages
    income = by_page[9][0]
    assert ["201", "03", "01", "行政运行", "12,029,501.84", "12,029,501.84", "", "", ""] in income.rows
    # a wrapped cell is one cell; merged header cells are filled across the columns they span
    assert income.rows[1][7] == "事业单位经营收入"
    assert income.rows[0][4:9] == ["收入预算"] * 5
    assert raw.text[income.start:].startswith("项目 收入预算")
    sangong = by_page[20][0]
    assert sangong.rows[-1] == ["867.50", "839.00", "28.50", "", "", "", "213.28"]


def test_markup_comments_saved_in_a_text_page_are_dropped(tmp_path):
    # fj-pingtan-6139-beicuo-2016-budget.txt carries Word's list markup as text
    from corpus import readers
    p = tmp_path / "page.txt"
    p.write_text("<!--[if !supportLists]-->（一）<!--[endif]-->公务接待费2016年预算安排5万元。", encoding="utf-8")
    assert readers.read_file(p).text == "（一）公务接待费2016年预算安排5万元。"
