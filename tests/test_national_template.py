"""The national 部门决算 template (财政部 公开01–09表) as another province publishes it: a table-number
line ("公开07表") between the title and the table, a 行次 column and a 栏次 row numbering lines and
columns, and a “三公” table whose upper header (预算数 / 决算数) spans its item columns. The page
below is written in that template; every expected value is read from it by hand."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from corpus import tables
from corpus.build import parse_document
from corpus.models import Table


def _tr(cells, tag="td"):
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


PAGE = "".join([
    "<html><body><h2>某市退役军人休养所2021年度单位决算</h2>",
    "<p>收入支出决算总表</p><p>公开01表</p><p>部门：某市退役军人休养所 金额单位：万元</p><table>",
    _tr(["收入", "", "", "支出", "", ""], "th"), _tr(["项目", "行次", "金额", "项目", "行次", "金额"], "th"),
    _tr(["栏次", "", "1", "栏次", "", "2"]),
    _tr(["一、一般公共预算财政拨款收入", "1", "382.17", "一、一般公共服务支出", "32", "0.00"]),
    _tr(["四、上级补助收入", "4", "8.38", "八、社会保障和就业支出", "39", "467.99"]),
    _tr(["本年收入合计", "30", "390.55", "本年支出合计", "62", "480.71"]),
    _tr(["总计", "33", "581.45", "总计", "65", "581.45"]), "</table>",
    "<p>一般公共预算财政拨款“三公”经费支出决算表</p><p>公开07表</p><p>部门：某市退役军人休养所 金额单位：万元</p><table>",
    _tr(["预算数", "", "", "", "", "", "决算数", "", "", "", "", ""], "th"),
    _tr(["合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费",
         "合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"], "th"),
    _tr(["", "", "小计", "公务用车购置费", "公务用车运行费", "", "", "", "小计", "公务用车购置费", "公务用车运行费", ""], "th"),
    _tr([str(k) for k in range(1, 13)]),
    _tr(["3.50", "0.00", "3.00", "0.00", "3.00", "0.50", "2.86", "0.00", "2.56", "0.00", "2.56", "0.30"]),
    "</table></body></html>"])


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    path = tmp_path_factory.mktemp("nat") / "junxiusuo-2021-final.html"
    path.write_text(PAGE, encoding="utf-8")
    return parse_document(path, path.name, None)


def test_line_and_column_numbers_are_not_amounts(doc):
    cells = {}
    for f in doc.figures:
        if f.source == "table":
            cells.setdefault(f.label, set()).add(f.value)
    assert cells["一般公共预算财政拨款收入"] == {D("382.17")}        # not 1 (its 行次)
    assert cells["本年收入合计"] == {D("390.55")} and cells["本年支出合计"] == {D("480.71")}
    assert "栏次" not in cells
    assert not [f for f in doc.figures if f.source == "table" and f.value == D(12)]   # the column numbers 1…12


def test_table_number_line_is_not_the_title_and_the_upper_header_gives_the_basis(doc):
    assert [t.title for t in doc.tables] == ["收入支出决算总表", "一般公共预算财政拨款“三公”经费支出决算表"]
    three = {(f.metric, f.basis): f.value for f in doc.figures if f.source == "table" and "三公" in f.span.text[:30]}
    assert three[("三公经费", "预算")] == D("3.50") and three[("三公经费", "决算")] == D("2.86")
    assert three[("公务接待费", "预算")] == D("0.50") and three[("公务接待费", "决算")] == D("0.30")
    assert three[("公务用车运行维护费", "决算")] == D("2.56")


def test_a_basis_leaf_under_its_item_names_the_item():
    # Shanghai's layout: the item above, 预算数 / 决算数 as the leaf
    t = Table(id="t", doc="d", page=1, section="", title="财政拨款“三公”经费支出决算表", unit="万元",
              header=[["财政拨款“三公”经费"] * 4, ["合计", "合计", "因公出国（境）费", "因公出国（境）费"],
                      ["预算数", "决算数", "预算数", "决算数"]], rows=[["2.85", "0.39", "0.00", "0.00"]])
    assert [tables.column_label(t, j) for j in range(4)] == ["财政拨款“三公”经费"] * 2 + ["因公出国（境）费"] * 2
