"""Session 56: rules found on unseen documents, each in general form.

Expected values are read from the pages' own text, written here as they print."""
from __future__ import annotations

from decimal import Decimal as D

from web_pages import html

LIBRARY = ("某区图书馆2017年预算说明\n一、基本支出预算\n（一）人员经费（共19人。其中：在职人员9人，临聘人员10人。）\n"
           "二、项目支出\n1、购书专项经费50万\n")


def test_temporary_workers_in_everyday_words_are_the_hired_staff(ask_pages):
    # 临聘 (临时聘用) read in full: "临时工" asked is the 临聘人员 counted
    ask = ask_pages({"tsg-2017-budget.txt": LIBRARY})
    scope = {"doc": "tsg-2017-budget.txt"}
    for text in ("图书馆2017年请了多少临时工？", "临聘人员有多少人？"):
        answer = ask(text, scope=scope)
        assert (answer.value, answer.unit) == (D("10"), "人"), (text, answer.answer)
    assert ask("在职人员有几个？", scope=scope).value == D("9")


FOREST = ("某区林业和草原局2025年部门预算\n一、部门预算收支情况\n2025年支出预算2118.55万元，其中：基本支出1222.69万元；"
          "项目支出895.86万元。\n"
          "表7 2025年部门项目支出预算表\n单位：元\n"
          "<table><tr><th>项目名称</th><th>科目编码</th><th>科目名称</th><th>资金来源</th><th>金额</th></tr>"
          "<tr><td>森林草原防灭火专项经费</td><td>2130234</td><td>林业草原防灾减灾</td><td>一般公共预算</td><td>1,328,000.00</td></tr>"
          "<tr><td>古树名木保护经费</td><td>2130205</td><td>森林资源培育</td><td>一般公共预算</td><td>200,000.00</td></tr></table>\n"
          "表10 2025年部门政府采购预算表\n单位：元\n"
          "<table><tr><th>项目名称</th><th>合计</th><th>货物</th><th>服务</th></tr>"
          "<tr><td>森林草原防灭火专项经费（扑火机具及防火物资）</td><td>365,000.00</td><td>365,000.00</td><td>0.00</td></tr>"
          "</table>\n")


def test_a_line_narrowed_by_its_bracket_is_a_part_of_the_line_without_one(ask_pages):
    # the project's row (1,328,000.00), never its procurement line (365,000.00): 防灭火 is 防火 and 灭火
    ask = ask_pages({"lcj-2025-budget.html": html(FOREST)})
    scope = {"doc": "lcj-2025-budget.html"}
    for text in ("森林防火那笔专项经费是多少？", "森林草原防灭火专项经费安排了多少？"):
        assert ask(text, scope=scope).value == D("1328000.00"), text
    share = ask("森林防火那笔专项经费占全部项目支出的百分之几？", scope=scope)
    assert (share.value, share.unit) == (D("14.82"), "%"), share.answer      # 132.80 ÷ 895.86
    assert ask("防火物资采购预算是多少？", scope=scope).value in (D("365000.00"), None)
