"""A row asked with no fund named is read in the table of all funds, whether or not its code is
printed in the row's name (205教育支出 of 单位支出总表 and 教育支出 of 财政拨款收支总表: one name).

Expected values are read from the page's own tables."""
from __future__ import annotations

from decimal import Decimal as D

PAGE = """<html><body><h1>某区第二幼儿园2024年单位预算</h1>
<h2>第二部分 某区第二幼儿园2024年单位预算表</h2>
<p>表三 单位支出总表</p><p>单位：元</p>
<table>
<tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td></td><td>合计</td><td>6,310,600.00</td><td>3,354,600.00</td><td>2,956,000.00</td></tr>
<tr><td>205</td><td>教育支出</td><td>5,810,600.00</td><td>2,854,600.00</td><td>2,956,000.00</td></tr>
<tr><td>221</td><td>住房保障支出</td><td>500,000.00</td><td>500,000.00</td><td></td></tr>
</table>
<p>表四 财政拨款收支总表</p><p>单位：元</p>
<table>
<tr><td>收入</td><td></td><td>支出</td><td></td></tr>
<tr><td>项目</td><td>合计</td><td>项目</td><td>合计</td></tr>
<tr><td>一、一般公共预算拨款收入</td><td>4,762,600.00</td><td>教育支出</td><td>4,262,600.00</td></tr>
<tr><td>二、政府性基金预算拨款收入</td><td></td><td>住房保障支出</td><td>500,000.00</td></tr>
<tr><td>收入总计</td><td>4,762,600.00</td><td>支出总计</td><td>4,762,600.00</td></tr>
</table></body></html>"""


def test_a_row_asked_with_no_fund_is_the_row_of_all_funds_code_or_none(ask_pages):
    ask = ask_pages({"ey-2024-budget.html": PAGE})
    scope = {"doc": "ey-2024-budget.html"}
    for question in ("教育支出是多少", "今年花在教育上的钱有多少？"):
        assert ask(question, scope=scope).value == D("5810600.00"), question
    # a fund named: that fund's row
    assert ask("财政拨款教育支出是多少", scope=scope).value == D("4262600.00")
