"""Shapes met in session 34: a township's budget draft listing its function classes without 支出
("按功能科目列支的行政支出如下：(2)公共安全43.48万元(…)"), a question opening with the source it
reads ("按某乡2015年的预算执行报告，…"), a reason stated of the bare flow ("支出增长的主要原因是…")
and 全部预算 for the whole budget. The pages are written in the shape of such pages; every
expected value is read from their words by hand."""
from __future__ import annotations

from decimal import Decimal as D

DRAFT = ("某乡2015年财政预算\n2015年财政预算(草案)总收支情况安排如下：1.收入情况：2015年财政总收入预算1634.9万元。"
         "2.支出情况：2015年财政安排总支出1563.68万元，其中按功能科目列支的行政支出如下：(1)一般公共支出903.8万元"
         "(其中人大5万元)。(2)公共安全43.48万元(武装3万元、道路交通安全10万元、综治维稳经费30.48万元)。(3)教育5万元。"
         "(8)农林水事务125.4万元(其中农业5万元、林业(含森林防火)10万元、水利30万元、村级运行80.4万元)。\n")

REPORT = ("某乡2015年财政预算执行情况和2016年财政预算草案的报告\n一、2015年预算执行情况\n"
          "一般预算收入130.17万元，比上年增收2.58万元，增长2.02%。一般预算支出1200.5万元，比上年增支300.2万元。"
          "收入增长主要原因是我乡大力培植财源，做到应收尽收。支出增长的主要原因是：与2014年相比，人员增资幅度较大，"
          "项目建设需要工作经费骤增，造成支出增加较多。\n")

STATION = ("某站2016年部门预算\n一、收支预算总体情况\n2016年,某站部门收入预算为278.21万元，其中：一般公共预算拨款278.21万元。"
           "其中：人员支出153.19万元，对个人和家庭补助支出20.97万元，公用支出22.55万元，项目支出81.5万元。\n")


def test_a_class_listed_without_its_zhichu(ask_pages):
    ask = ask_pages({"draft.txt": DRAFT})
    scope = {"doc": "draft.txt"}
    for q in ("公共安全支出是多少？", "按功能科目列支的公共安全支出是多少？", "公共安全是多少？"):
        a = ask(q, scope=scope)
        assert (a.kind, a.value, a.unit) == ("figure", D("43.48"), "万元"), q
    a = ask("教育支出是多少？", scope=scope)
    assert (a.kind, a.value) == ("figure", D("5"))


def test_a_part_of_a_class_named_in_its_list(ask_pages):
    ask = ask_pages({"draft.txt": DRAFT})
    scope = {"doc": "draft.txt"}
    for q in ("农林水事务支出中村级运行是多少？", "农林水事务中村级运行是多少？", "村级运行是多少？"):
        a = ask(q, scope=scope)
        assert (a.kind, a.value, a.unit) == ("figure", D("80.4"), "万元"), q
    # 武装 is a part of 公共安全, not of 农林水事务
    assert ask("农林水事务中武装是多少？", scope=scope).value is None


def test_a_question_naming_its_source_first(ask_pages):
    ask = ask_pages({"report.txt": REPORT})
    scope = {"doc": "report.txt"}
    # 2014 = 130.17 − 2.58 = 127.59; the lead names the document, not the item or a budget basis
    a = ask("按某乡2015年的预算执行报告，上一年（2014年）的一般预算收入是多少？", scope=scope)
    assert (a.kind, a.value, a.unit) == ("derived", D("127.59"), "万元")
    a = ask("根据预算执行报告，一般预算收入是多少？", scope=scope)
    assert (a.kind, a.value) == ("figure", D("130.17"))


def test_the_reason_of_the_bare_flow_is_the_wholes(ask_pages):
    ask = ask_pages({"report.txt": REPORT})
    a = ask("2015年一般预算支出为什么比上年增加了那么多？", scope={"doc": "report.txt"})
    assert a.kind == "passage" and "人员增资幅度较大" in a.answer
    a = ask("一般预算收入为什么增加？", scope={"doc": "report.txt"})
    assert a.kind == "passage" and "培植财源" in a.answer


def test_the_whole_budget_said_as_quanbu(ask_pages):
    ask = ask_pages({"station.txt": STATION})
    # 81.5 ÷ 278.21 × 100 = 29.29
    a = ask("项目支出占全部预算的百分之多少？", scope={"doc": "station.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("29.29"), "%")


CENTRE = ("某中心2016年部门预算\n五、一般公共预算拨款支出情况\n2016年度一般公共预算拨款支出1136.33万元，主要支出项目包括："
          "（一）基本支出873.83万元。主要用于部门运行支出，其中：在职人员工资及福利支出547.85万元，离退休人员经费10.44万元，"
          "社会保障费支出172.78万元，住房保障支出66.28万元，提租补贴28.23万元，临时人员及其他人员支出7万元，"
          "公用经费支出41.25万元。（二）项目支出262.50万元。\n")


def test_what_is_left_of_a_group_is_not_the_metric(ask_pages):
    from corpus.figures import match_metric
    assert match_metric("临时人员及其他人员支出") is None
    ask = ask_pages({"centre.txt": CENTRE})
    # the page states no 人员经费: 临时人员及其他人员支出 7 is never it, nor a part of a sum
    a = ask("人员经费和公用经费合计是多少？", scope={"doc": "centre.txt"})
    assert a.value is None


def test_items_summed_inside_a_container(ask_pages):
    ask = ask_pages({"centre.txt": CENTRE})
    # 172.78 + 66.28 + 28.23 = 267.29
    a = ask("基本支出中社会保障费支出、住房保障支出和提租补贴合计是多少？", scope={"doc": "centre.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("267.29"), "万元")
