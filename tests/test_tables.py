"""tables: header/body split, title and declared unit, continuation pages, forms, row passages."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus import readers, sections, tables
from corpus.models import Document, RawDocument, RawTable

SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

HEADER = [["项目", "项目", "项目", "项目", "收入预算", "收入预算"],
          ["功能分类科目编码", "功能分类科目编码", "功能分类科目编码", "功能分类科目名称", "合计", "财政拨款收入"],
          ["类", "款", "项", "功能分类科目名称", "合计", "财政拨款收入"]]
ROWS_P1 = [["201", "", "", "一般公共服务支出", "82,096,797.42", "82,096,797.42"],
           ["201", "03", "01", "行政运行", "12,029,501.84", "12,029,501.84"]]
ROWS_P2 = [["221", "02", "01", "住房公积金", "1,741,445.22", "1,741,445.22"],
           ["", "", "", "", "", ""],
           ["合计", "", "", "", "91,016,775.35", "91,016,775.35"]]


def make_doc(raw: RawDocument, name: str = "d.pdf") -> Document:
    doc = Document(name=name, path=name, sha256="", title="", unit=None, year=None, kind="预算", scope=None,
                   text=raw.text, page_starts=raw.page_starts, pages=len(raw.page_starts))
    doc.sections, doc.passages = sections.split(raw, name)
    return doc


def two_page_table(repeat_header: bool) -> RawDocument:
    page1 = ("上海市普陀区2025年区级单位预算\n2025年预算单位收入预算总表\n编制单位：上海市普陀区人民政府办公室 单位：元\n"
             "项目 收入预算\n201 一般公共服务支出 82,096,797.42 82,096,797.42\n201 03 01 行政运行 12,029,501.84 12,029,501.84")
    page2 = ("类 款 项 功能分类科目名称 合计 财政拨款收入\n" if repeat_header else "") + \
        "221 02 01 住房公积金 1,741,445.22 1,741,445.22\n合计 91,016,775.35 91,016,775.35"
    text = page1 + "\n" + page2
    p2 = len(page1) + 1
    return RawDocument(path="d.pdf", text=text, page_starts=[0, p2], tables=[
        RawTable(rows=HEADER + ROWS_P1, page=1, start=text.index("项目 收入预算")),
        RawTable(rows=(HEADER if repeat_header else []) + ROWS_P2, page=2, start=p2)])


@pytest.mark.parametrize("repeat_header", [False, True])
def test_header_title_unit_and_continuation(repeat_header):
    raw = two_page_table(repeat_header)
    (t1,) = tables.parse_tables(raw, make_doc(raw))
    assert t1.title == "2025年预算单位收入预算总表" and t1.unit == "元"
    assert t1.header == HEADER and t1.page == 1
    # the next page continues the table: one table, its rows appended (a repeated header and the
    # blank row dropped), each row keeping its own page
    assert t1.rows == ROWS_P1 + [ROWS_P2[0], ROWS_P2[2]]
    assert [span[2] for span in t1.row_spans] == [1] * len(ROWS_P1) + [2, 2]
    assert t1.id == "d.pdf#t0"
    assert t1.section == "2025年预算单位收入预算总表"


def test_row_passages():
    raw = two_page_table(False)
    doc = make_doc(raw)
    found = tables.parse_tables(raw, doc)
    passages = tables.table_passages(found, start_index=7)
    assert [p.id for p in passages] == [f"d.pdf#{i}" for i in range(7, 11)]
    assert all(p.kind == "table_row" and p.doc == "d.pdf" for p in passages)
    assert passages[1].text == ("2025年预算单位收入预算总表（单位：元） | 类: 201 | 款: 03 | 项: 01 | "
                                "功能分类科目名称: 行政运行 | 合计: 12,029,501.84 | 财政拨款收入: 12,029,501.84")
    # each row points at its own line and page
    assert raw.text[passages[1].start:passages[1].end] == "201 03 01 行政运行 12,029,501.84 12,029,501.84"
    assert [p.page for p in passages] == [1, 1, 2, 2]
    assert passages[3].text.startswith("2025年预算单位收入预算总表（单位：元） | 类: 合计 | 合计: 91,016,775.35")


def test_unit_in_header_cell_and_ambiguous_column_names():
    text = "收入支出决算总表\n收入 支出\n一、财政拨款收入 2,940.05 一、一般公共服务支出 2,106.66"
    raw = RawDocument(path="f.pdf", text=text, page_starts=[0], tables=[RawTable(rows=[
        ["金额单位：万元", "金额单位：万元", "金额单位：万元", "金额单位：万元"],
        ["收入", "收入", "支出", "支出"],
        ["项目", "决算数", "项目", "决算数"],
        ["一、财政拨款收入", "2,940.05", "一、一般公共服务支出", "2,106.66"]], page=1, start=text.index("收入 支出"))])
    (t,) = tables.parse_tables(raw, make_doc(raw, "f.pdf"))
    assert t.unit == "万元" and t.title == "收入支出决算总表"
    assert tables.column_names(t) == ["收入/项目", "收入/决算数", "支出/项目", "支出/决算数"]


def test_form_table_keeps_label_value_rows():
    text = "七、绩效目标\n项目名称 新建社区中心"
    rows = [["财政项目支出绩效目标填报表"] * 4, ["（2023年度）"] * 4,
            ["项目名称", "新建社区中心", "项目性质", "阶段性项目"],
            ["计划开始日期", "2023-01-01", "计划完成日期", "2023-12-31"],
            ["项目资金（元）", "项目资金总额", "4,100,000.00", ""]]
    raw = RawDocument(path="g.pdf", text=text, page_starts=[0],
                      tables=[RawTable(rows=rows, page=1, start=text.index("项目名称"))])
    (t,) = tables.parse_tables(raw, make_doc(raw, "g.pdf"))
    assert t.title == "财政项目支出绩效目标填报表（2023年度）"
    assert t.header == [] and len(t.rows) == 3
    (p0, _, _) = tables.table_passages([t])
    assert p0.text == "财政项目支出绩效目标填报表（2023年度） | 项目名称 | 新建社区中心 | 项目性质 | 阶段性项目"


def test_is_amount():
    assert all(tables.is_amount(c) for c in ["0", "12,029,501.84", "867.50", "-3.2", "28.57%"])
    assert not any(tables.is_amount(c) for c in ["", "2025年", "类", "201 03", "≥13459.00(平方米)"])


# --------------------------------------------------------------------------- real PDFs
def parsed(name: str) -> list:
    path = SHARED_CORPUS / name
    if not path.is_file():
        pytest.skip(f"shared corpus not found at {SHARED_CORPUS}")
    raw = readers.read_file(path)
    return tables.parse_tables(raw, make_doc(raw, name))


@pytest.fixture(scope="module")
def qzfb_unit_tables():
    return parsed("sh-putuo-qzfb-2025-unit-budget.pdf")


def test_unit_budget_tables(qzfb_unit_tables):
    ts = qzfb_unit_tables
    titles = {t.title for t in ts}
    assert {"2025年预算单位财务收支预算总表", "2025年预算单位收入预算总表", "2025年预算单位支出预算总表",
            "2025年预算单位财政拨款收支预算总表", "2025年预算单位一般公共预算支出功能分类预算表",
            "2025年预算单位一般公共预算基本支出部门预算经济分类预算表",
            "2025年单位“三公”经费和机关运行经费预算表"} <= titles
    income = [t for t in ts if t.title == "2025年预算单位收入预算总表"]
    assert [t.page for t in income] == [9]           # continued on page 10: one table
    assert {span[2] for span in income[0].row_spans} == {9, 10}
    assert all(t.unit == "元" and len(t.header) == 3 for t in income)
    rows = [r for t in income for r in t.rows]
    assert ["210", "11", "02", "事业单位医疗", "314,218.15", "314,218.15", "", "", ""] in rows
    assert rows[-1][:5] == ["合计", "", "", "", "91,016,775.35"] or rows[-1][0] == "合计"
    (sangong,) = [t for t in ts if "三公" in t.title]
    assert sangong.unit == "万元" and sangong.page == 20
    assert sangong.rows == [["867.50", "839.00", "28.50", "", "", "", "213.28"]]
    assert tables.column_names(sangong)[0] == "合计"


def test_mixed_units_in_one_document():
    ts = parsed("sh-putuo-sfj-2026-dept-budget.pdf")
    units = {t.title: t.unit for t in ts}
    assert units["2026年部门财务收支预算总表"] == "元"
    assert units["2026年部门“三公”经费和机关运行经费预算表"] == "万元"
    (sangong,) = [t for t in ts if "三公" in t.title]
    assert sangong.rows == [["10.81", "0", "0.83", "9.98", "0", "9.98", "217.83"]]


def test_final_account_tables_in_wan():
    ts = parsed("sh-putuo-czj-2024-final.pdf")
    (total, *_) = [t for t in ts if t.title == "收入支出决算总表"]
    assert total.unit == "万元" and total.page == 6
    assert ["一、一般公共预算财政拨款收入", "2,940.05", "一、一般公共服务支出", "2,106.66"] in total.rows
    (sangong,) = [t for t in ts if "三公" in t.title]
    assert sangong.unit == "万元"
    assert sangong.rows[0][0] == "0.95"
