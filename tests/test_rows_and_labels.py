"""Shapes met in session 33: a comparison of two staff columns within one row of a table of the
unit's units, and a sum of two items named in the document's own words (a bracket that is part of
the label, not a restatement). The page is written in the shape of such a page; every expected
value is read from its words by hand."""
from __future__ import annotations

from decimal import Decimal as D

BUREAU = ("某局2016年预算说明\n二、部门预算单位基本情况\n某局包括12个机关行政处室及2个下属单位，其中：列入2016年部门预算编制范围的"
          "单位详细情况见下表: 单位名称 经费性质 人员编制数 在职人数 区某某管理局 财政拨款 120 129 区检验检测中心 财政拨款 10 9 "
          "区卫生监督所 财政拨款 17 22\n四、预算收支总体情况\n2016年,某局收入预算为2333.03万元，其中：一般公共预算拨款2333.03万元。"
          "其中：人员支出1415.43万元，对个人和家庭补助支出207.8万元，公用支出218.55万元，项目支出491.25万元。\n"
          "五、一般公共预算拨款支出情况\n2016年度一般公共预算拨款支出2333.03万元，主要支出项目(按项级科目分类统计)包括："
          "（一）人员经费支出（项级科目）1623.23万元。主要用于在职人员工资。（二）公用支出（项级科目）218.55万元。"
          "主要用于办公经费。\n")


def test_two_columns_of_one_row(ask_pages):
    ask = ask_pages({"bureau.txt": BUREAU})
    scope = {"doc": "bureau.txt"}
    # 区卫生监督所: 在职 22 − 编制 17 = 5; 区检验检测中心: 编制 10 − 在职 9 = 1
    a = ask("区卫生监督所在职人数比编制数多几个？", scope=scope)
    assert (a.kind, a.value, a.unit) == ("derived", D("5"), "人")
    a = ask("区检验检测中心编制数比在职人数多几个？", scope=scope)
    assert (a.kind, a.value, a.unit) == ("derived", D("1"), "人")
    # the unit's own row, by a short name and 机关本身: 区某某管理局 129 − 120 = 9
    a = ask("某某局机关本身，实际在岗的人比编制多了几个？", scope=scope)
    assert (a.kind, a.value, a.unit) == ("derived", D("9"), "人")


def test_no_row_named_and_no_total_stated_is_none(ask_pages):
    ask = ask_pages({"bureau.txt": BUREAU})
    # three rows, no total row: neither one row's gap nor a guess
    assert ask("在职人数比编制数多几个？", scope={"doc": "bureau.txt"}).value is None


def test_a_sum_of_items_named_with_their_brackets(ask_pages):
    ask = ask_pages({"bureau.txt": BUREAU})
    # 人员经费支出（项级科目）1623.23 + 公用支出（项级科目）218.55 = 1841.78 (not 人员支出 1415.43)
    a = ask("人员经费支出（项级科目）和公用支出（项级科目）合计是多少？", scope={"doc": "bureau.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("1841.78"), "万元")
