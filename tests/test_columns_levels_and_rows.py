"""Shapes met in session 36: a flattened monthly table of two money columns (本期 / 累计) whose first
row is 合计 — a question naming the column and the total asks the 合计 row's cell of that column; a
class named by its levels ("住房保障支出（类）住房改革支出（款）住房公积金（项）的支出决算数") — the last
level is the item, never the upper level's amount; a budget put before its final amount ("全年预算比
支出决算多多少"); a table of the “三公” metrics by coded class rows (a row × the metric's column, and
two rows of one metric compared); money "从上级拿到的"; the people total a page states ("一共人数171人"). The pages are written in the shape of such
pages; every expected value is read from their words by hand."""
from __future__ import annotations

from decimal import Decimal as D

MONTHLY = ("2018年某乡5月份“三公经费”支出公开表 经统计，某乡 2018年5月份“三公经费”支出情况如下： 项目 本期支出数（元） "
           "累计支出数（元） 合计 3,200 15,640 1、因公出国（境）费用 0 0 2、公务接待费 1,200 5,640 3、公务用车费 2,000 10,000 "
           "其中：（1）公务用车运行维护费 2,000 10,000 （2）公务用车购置费 0 0 特此公示\n")


def test_the_total_row_of_a_named_column(ask_pages):
    ask = ask_pages({"monthly.txt": MONTHLY})
    for q in ("三公经费累计支出数是多少？", "截至5月份，“三公经费”累计支出数合计为多少？", "累计支出数合计是多少？"):
        a = ask(q, scope={"doc": "monthly.txt"})
        assert (a.kind, a.value, a.unit) == ("figure", D("15640"), "元"), q
    for q in ("本期支出数合计是多少？", "三公经费本期支出数是多少？"):
        a = ask(q, scope={"doc": "monthly.txt"})
        assert (a.kind, a.value, a.unit) == ("figure", D("3200"), "元"), q
    a = ask("公务接待费累计支出数是多少？", scope={"doc": "monthly.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("5640"), "元")


FINAL = ("某部2024年部门决算\n五、一般公共预算财政拨款支出决算情况说明\n（二）一般公共预算财政拨款支出决算结构情况。"
         "住房保障支出（类）29.42万元，一般公共服务支出（类）11.31万元。\n（三）一般公共预算财政拨款支出决算具体情况\n"
         "1、一般公共服务支出（类）社会工作事务（款）事业运行（项）。主要用于：事业单位运行支出。全年预算为 17.68 万元，"
         "支出决算为 11.31 万元，完成全年预算数的 63.97%。\n"
         "2、住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：住房公积金支出。全年预算为 18.12 万元，支出"
         "决算为 17.70 万元，完成全年预算数的 97.68%。\n3、住房保障支出（类）住房改革支出（款）购房补贴（项）。主要用于："
         "购房补贴支出。全年预算为 11.72 万元，支出决算为 11.72 万元。\n")

APPROVAL = ("某局2014年“三公”经费公共财政拨款支出决算批复 2014年“三公”经费公共财政拨款支出决算批复表 部门（单位）：某局 "
            "单位：万元 项 目 “三公”经费公共财政拨款支出合计 因公出国（境）费 公务用车购置及运行维护费小计 公务接待费 "
            "支出功能分类科目编码 科目名称 公务用车购置费 公务用车运行维护费 类款项 合计 4.90 3.19 3.19 1.71 213 农林水支出 "
            "4.90 3.19 3.19 1.71 21303 水利 4.90 3.19 3.19 1.71 2130301 行政运行 3.78 3.14 3.14 0.64 2130304 水利行业业务管理 "
            "1.12 0.05 0.05 1.07 来源：某地\n")

PLAN = ("某乡2016年财政预算安排\n一、收入预算 2016年全乡财政总收入安排1505万元，其中上级补助款730万元，税收收入160万元。\n")


def test_the_last_level_of_a_class_named_by_its_levels(ask_pages):
    ask = ask_pages({"final.txt": FINAL})
    for q in ("住房保障支出（类）住房改革支出（款）住房公积金（项）的支出决算数是多少？",
              "住房改革支出（款）住房公积金（项）的支出决算数是多少？", "住房公积金（项）支出决算是多少？"):
        a = ask(q, scope={"doc": "final.txt"})
        assert (a.kind, a.value, a.unit) == ("figure", D("17.70"), "万元"), q
    a = ask("住房保障支出（类）的支出决算数是多少？", scope={"doc": "final.txt"})
    assert (a.kind, a.value) == ("figure", D("29.42"))


def test_a_budget_put_before_its_final_amount(ask_pages):
    ask = ask_pages({"final.txt": FINAL})
    for q in ("事业运行（项）全年预算比支出决算多多少？", "事业运行这一项，预算比实际花的多出多少钱？"):
        a = ask(q, scope={"doc": "final.txt"})
        assert (a.kind, a.value, a.unit) == ("derived", D("6.37"), "万元"), q     # 17.68 − 11.31
        assert len(a.citations) >= 1
    a = ask("事业运行实际支出比预算少花了多少？", scope={"doc": "final.txt"})
    assert (a.kind, a.value) == ("derived", D("6.37"))


def test_coded_rows_of_a_table_of_the_three_public_metrics(ask_pages):
    ask = ask_pages({"approval.txt": APPROVAL})
    cases = {"2130304水利行业业务管理科目的“三公”经费支出合计是多少？": D("1.12"),
             "水利行业业务管理的公务接待费是多少？": D("1.07"),
             "三公经费是多少？": D("4.90"),
             "公务接待费是多少？": D("1.71")}
    for q, value in cases.items():
        a = ask(q, scope={"doc": "approval.txt"})
        assert (a.kind, a.value, a.unit) == ("figure", value, "万元"), q
    for q in ("行政运行那块的三公经费比水利行业业务管理多了多少？", "某局行政运行的三公经费比水利行业业务管理多多少？"):
        a = ask(q, scope={"doc": "approval.txt"})
        assert (a.kind, a.value, a.unit) == ("derived", D("2.66"), "万元"), q     # 3.78 − 1.12
        assert len(a.citations) == 2
    a = ask("行政运行的公务接待费比水利行业业务管理的少多少？", scope={"doc": "approval.txt"})
    assert (a.kind, a.value) == ("derived", D("0.43"))                          # 1.07 − 0.64


def test_money_got_from_above(ask_pages):
    ask = ask_pages({"plan.txt": PLAN})
    for q in ("2016年从上级拿到的补助款有多少钱？", "上级补助款是多少？"):
        a = ask(q, scope={"doc": "plan.txt"})
        assert (a.kind, a.value, a.unit) == ("figure", D("730"), "万元"), q


STAFF = ("某局2017—2019年预算编制说明\n一、 人员情况 目前实有人数局机关在职36人，事业单位在职49人，临聘人员16人，"
         "退休人员49人，一共人数150人。 二、 支出情况 2017年度预计支出:914.28万元。\n")


def test_the_people_total_a_page_states(ask_pages):
    ask = ask_pages({"staff.txt": STAFF})
    for q in ("一共有多少人？", "某局一共有多少人？", "总人数是多少？"):
        a = ask(q, scope={"doc": "staff.txt"})
        assert (a.kind, a.value, a.unit) == ("figure", D("150"), "人"), q
    a = ask("退休人员有多少人？", scope={"doc": "staff.txt"})
    assert (a.kind, a.value) == ("figure", D("49"))
