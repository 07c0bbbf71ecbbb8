"""Shapes met first in the second and third waves of session 41 (PQ32–PQ35, S27–S28, W19–W20,
P49–P54): the smaller of two items, a table named by its number with its title in brackets, a total
count stated before its parts, 明年 of a budget (refused), a change said of income and spending
together, a total restated after its parts (也就是), a formal name in brackets inside an everyday
question, two characters that narrow a bare total, a budget not spent in full, what an item includes
said in brackets, money asked of a body with no amount, and a stated share of another whole. Every
page is written in the shape of such a page; every expected value is read from its words by hand."""
from __future__ import annotations

from decimal import Decimal as D

from assistant.question import parse

from web_pages import html

FINANCE = ("平潭综合实验区某局2016年部门预算\n四、支出预算\n2016年支出预算1948.2万元，其中：人员支出1003.2万元，"
           "项目支出945万元。\n")


def test_which_of_two_is_smaller_and_by_how_much(ask_pages):
    ask = ask_pages({"budget.txt": FINANCE})
    a = ask("2016年的支出预算里，人员支出和项目支出哪个少，少多少？", scope={"doc": "budget.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("58.20"), "万元")


COMMERCE = ("某区商务委员会2025年单位预算\n8．2025年预算单位一般公共预算基本支出部门预算经济分类预算表\n单位：元\n"
            "<table><tr><th>经济分类科目编码</th><th>科目名称</th><th>合计</th></tr>"
            "<tr><td>30226</td><td>劳务费</td><td>60,000.00</td></tr>"
            "<tr><td>30227</td><td>委托业务费</td><td>180,000.00</td></tr></table>\n")


def test_a_table_named_by_its_number_and_bracketed_title(ask_pages):
    ask = ask_pages({"budget.html": html(COMMERCE)})
    assert parse("表8（一般公共预算基本支出部门预算经济分类预算表）中，委托业务费是多少？").container \
        == "一般公共预算基本支出预算经济分类预算表"
    a = ask("表8（一般公共预算基本支出部门预算经济分类预算表）中，委托业务费是多少？", scope={"doc": "budget.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("180000.00"), "元")


CITY = ("某区城市管理局2026年部门预算\n二、支出预算\n2026年支出预算20,337.21万元，其中：基本支出6,171.91万元，"
        "项目支出14,165.30万元。\n十、项目绩效目标\n环卫作业车辆更新购置项目：420.00 420.00 0.00 作业车辆6辆；"
        "车辆按期交付率100%。\n十三、国有资产占有使用情况\n截至2025年12月31日，本部门共有车辆23辆，其中：一般公务用车2辆、"
        "执法执勤用车15辆、特种专业技术用车6辆。\n"
        "部门支出总表\n单位：万元\n"
        "<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>"
        "<tr><td>2120501</td><td>城乡社区环境卫生</td><td>12,974.24</td><td>1,965.04</td><td>11,009.20</td></tr>"
        "<tr><td>2120399</td><td>其他城乡社区公共设施支出</td><td>926.50</td><td>0.00</td><td>926.50</td></tr>"
        "</table>\n")


def test_all_the_cars_are_the_whole_stated_before_its_parts(ask_pages):
    ask = ask_pages({"budget.html": html(CITY)})
    a = ask("城管局一共有多少辆车？", scope={"doc": "budget.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("23"), "辆")


def test_a_formal_name_in_brackets_and_a_total_said_again(ask_pages):
    ask = ask_pages({"budget.html": html(CITY)})
    q = "城管局2026年环卫这一块（城乡社区环境卫生）安排的人头费和日常运转的钱，也就是基本支出，有多少？"
    assert parse(q).metrics == ["基本支出"]
    a = ask(q, scope={"doc": "budget.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("1965.04"), "万元")


def test_two_characters_narrow_a_bare_total(ask_pages):
    ask = ask_pages({"budget.html": html(CITY)})
    # 路灯 is named nowhere: never the document's whole 支出 (20,337.21)
    assert ask("路灯的支出预算有多少？", scope={"doc": "budget.html"}).kind == "none"


def test_next_year_of_a_budget_is_the_year_it_plans(ask_pages):
    ask = ask_pages({"budget.html": html(CITY)})
    # a 2026 budget states nothing of 2027: 明年 is the year the plan is for (read before it begins),
    # said so in the answer; a year it does not plan, named, is refused
    a = ask("城管局明年其他城乡社区公共设施支出要花多少钱？", scope={"doc": "budget.html"})
    assert a.value == D("926.50") and "按2026年预算回答" in a.answer
    assert ask("城管局2027年其他城乡社区公共设施支出要花多少钱？", scope={"doc": "budget.html"}).value is None


CLINIC = ("某镇中心卫生院2026年单位预算\n二、收支预算总体情况\n2026年本单位收入预算823.66万元，支出预算823.66万元，"
          "比2025年增加37.24万元，增长4.74%，主要原因是人员增加。\n")


def test_a_change_said_of_income_and_spending_together(ask_pages):
    ask = ask_pages({"budget.txt": CLINIC})
    # the change follows 支出预算 but is of both: 2025's income budget is 823.66 − 37.24
    a = ask("卫生院2025年的收入预算是多少？", scope={"doc": "budget.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("786.42"), "万元")


SCHOOL = ("某县第二实验小学2026年单位预算\n一、基本情况\n本单位编制数68名；实有在职人员64人，其中专任教师59人。\n"
          "2026年一般公共预算基本支出预算表\n单位：元\n"
          "<table><tr><th>经济科目编码</th><th>经济科目名称</th><th>合计</th></tr>"
          "<tr><td>30308</td><td>助学金</td><td>123,000.00</td></tr></table>\n")


def test_phrasings_of_this_sessions_second_wave(ask_pages):
    ask = ask_pages({"school.html": html(SCHOOL)})
    a = ask("学校有多少专任老师？", scope={"doc": "school.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("59"), "人")
    a = ask("实验小学2026年给学生的助学金安排了多少钱？", scope={"doc": "school.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("123000.00"), "元")
    q = parse("疾控中心突发公共卫生事件应急处理的钱为啥没花完预算？")
    assert q.intent == "reason" and q.metrics == []


# the third wave (W20, S28, PQ34–PQ35, P52–P54)
POLICE = ("平潭综合实验区某局2016年预算说明\n五、一般公共预算拨款支出情况 2016年度一般公共预算拨款支出23320.62万元，主要支出"
          "项目包括：（一）综合定额公用经费（含出国经费10万元）1275万元。\n")


def test_what_an_item_includes_in_brackets_is_no_second_item(ask_pages):
    ask = ask_pages({"budget.txt": POLICE})
    # （含出国经费）: the 1275 includes the 10; the 10 is never the answer
    a = ask("综合定额公用经费（含出国经费）安排了多少？", scope={"doc": "budget.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("1275"), "万元")


EDUCATION = ("某县教育局2026年部门预算\n一、部门基本情况\n本部门编制数1168人，实有人数1120人。\n"
             "二、收支预算总体情况\n2026年收入预算28,650.00万元，支出预算28,650.00万元。\n")


def test_money_asked_is_never_a_count(ask_pages):
    ask = ask_pages({"budget.txt": EDUCATION})
    # 某县中学 has no amount of its own here: never the 编制数 (1168人)
    assert ask("2026年给某县中学安排了多少预算？", scope={"doc": "budget.txt"}).kind == "none"


ENVIRONMENT_FINAL = ("某市生态环境局2025年部门决算\n三、支出决算情况说明\n2025年度本年支出合计1,900.27万元，其中：基本支出"
                     "1,186.39万元，占62.43%；项目支出713.88万元，占37.57%。\n六、一般公共预算财政拨款支出决算情况说明\n"
                     "项目支出713.88万元，占一般公共预算项目支出总额的100%。\n本部门实有人数42人，离退休人员12人，其中退休人员12人。\n")


def test_a_stated_share_of_another_whole_is_not_the_share_asked(ask_pages):
    ask = ask_pages({"final.txt": ENVIRONMENT_FINAL})
    a = ask("2025年项目支出占本年支出合计的比重是多少？", scope={"doc": "final.txt"})
    assert (a.kind, a.value, a.unit) in {("figure", D("37.57"), "%"), ("derived", D("37.57"), "%")}
    a = ask("生态环境局有多少退休的人？", scope={"doc": "final.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("12"), "人")


TOWNSHIP_FINAL = ("某县某乡人民政府2025年部门决算\n（二）政府采购支出情况\n2025年度政府采购支出总额57.60万元，其中：政府采购货物"
                  "支出15.60万元、政府采购工程支出0.00万元、政府采购服务支出42.00万元。\n")


def test_a_part_named_after_its_whole_is_the_wholes_part(ask_pages):
    ask = ask_pages({"final.txt": TOWNSHIP_FINAL})
    # 服务 inside 政府采购 is 政府采购服务: 42.00 ÷ 57.60 × 100
    a = ask("政府采购里服务类占多少比例？", scope={"doc": "final.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("72.92"), "%")
