"""Shapes met in session 38: a table's total row under a column naming no item (年初预算数 / 调整预算数 /
合计); the year's own total (本年支出合计) beside the grand total with carry-overs (支出总计); a share whose
part and whole must be of one fund; a multi-year page whose inline headings ("三、2018年度预计支出")
date the items after them; a table named in the question; counts of a kind of vehicle; one item's
spending against its income; growth rates asked without a direction. The pages are written in the
shape of such pages; every expected value is read from their words by hand."""
from __future__ import annotations

from decimal import Decimal as D

from assistant.question import parse
from web_pages import html


FINAL_TABLE = ("某局2023年度部门决算\n五、一般公共预算财政拨款支出决算情况说明\n"
               "2023年一般公共预算财政拨款支出年初预算为1867.39万元，支出决算为1942.29万元。\n"
               "一般公共预算财政拨款支出决算表\n单位：元\n"
               "<table><tr><th colspan=3>科目编码</th><th rowspan=2>科目名称</th><th rowspan=2>年初预算数</th>"
               "<th rowspan=2>调整预算数</th><th colspan=3>决算数</th></tr>"
               "<tr><th>类</th><th>款</th><th>项</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>"
               "<tr><td colspan=4>合计</td><td>18,673,900.00</td><td>19,587,200.00</td><td>19,422,900.00</td>"
               "<td>15,112,700.00</td><td>4,310,200.00</td></tr>"
               "<tr><td>201</td><td></td><td></td><td>一般公共服务支出</td><td>18,673,900.00</td><td>19,587,200.00</td>"
               "<td>19,422,900.00</td><td>15,112,700.00</td><td>4,310,200.00</td></tr></table>\n")


def test_a_total_row_under_budget_columns_is_the_titles_total(ask_pages):
    ask = ask_pages({"final.html": html(FINAL_TABLE)})
    a = ask("一般公共预算财政拨款支出决算数比调整预算数少多少万元？", scope={"doc": "final.html"})
    assert (a.kind, a.value, a.unit) == ("derived", D("16.43"), "万元")     # 1958.72 − 1942.29
    a = ask("一般公共预算财政拨款支出的调整预算数是多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("19587200.00"), "元")


TWO_TOTALS = ("某局2023年度部门决算\n一、收入支出决算总体情况说明\n2023年度收入总计6,919.49万元，支出总计6,919.49万元。"
              "与上年相比，本年收入合计增加2,710.34万元，增长65.72%；本年支出合计增加2,664.40万元，增长65.75%。\n"
              "三、支出决算情况说明\n2023年度本年支出合计6,716.56万元，其中：基本支出1,888.96万元，占28.12%；"
              "项目支出4,827.60万元，占71.88%。\n")


def test_the_years_own_total_is_not_the_grand_total(ask_pages):
    ask = ask_pages({"final.txt": TWO_TOTALS})
    a = ask("2022年的本年支出合计是多少？", scope={"doc": "final.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("4052.16"), "万元")   # 6716.56 − 2664.40
    a = ask("本年支出合计比上年增加了多少？", scope={"doc": "final.txt"})
    assert (a.kind, a.value) == ("figure", D("2664.40"))
    a = ask("2022年支出总计是多少？", scope={"doc": "final.txt"})
    assert a.kind == "none"         # no change of 支出总计 is stated: never 6919.49 − 2664.40


FUND_HEAD = ("某镇2025年部门预算\n五、支出预算情况说明\n2025年部门支出预算2,668.22万元，其中：基本支出1,956.92万元，"
             "项目支出711.30万元。\n六、一般公共预算基本支出情况说明\n2025年一般公共预算基本支出1,941.32万元，比上年减少"
             "25.08万元，下降1.28%。其中：人员经费1,812.82万元，主要包括基本工资、津贴补贴；公用经费128.50万元，"
             "主要包括办公费、水费、电费。\n")


def test_a_share_takes_the_whole_its_part_is_listed_under(ask_pages):
    ask = ask_pages({"budget.txt": FUND_HEAD})
    a = ask("镇里的人头费占基本支出的比例是多少？", scope={"doc": "budget.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("93.38"), "%")      # 1812.82 ÷ 1941.32, not ÷ 1956.92


FUND_PART = ("某局2023年度部门决算\n三、支出决算情况说明\n2023年度本年支出合计2383.15万元，其中：基本支出933.75万元，"
             "占39.18%；项目支出1449.40万元，占60.82%。\n五、一般公共预算财政拨款支出决算情况说明\n"
             "2023年度一般公共预算财政拨款支出2134.35万元，占本年支出合计的89.56%。\n"
             "一般公共预算财政拨款支出决算表\n单位：万元\n"
             "<table><tr><th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>"
             "<tr><td>合计</td><td>2,134.35</td><td>933.75</td><td>1,200.60</td></tr></table>\n"
             "政府性基金预算财政拨款收入支出决算表\n单位：万元\n"
             "<table><tr><th>科目名称</th><th>本年支出合计</th><th>基本支出</th><th>项目支出</th></tr>"
             "<tr><td>合计</td><td>248.80</td><td>0.00</td><td>248.80</td></tr></table>\n")


def test_a_share_of_one_funds_whole_takes_that_funds_part(ask_pages):
    ask = ask_pages({"final.html": html(FUND_PART)})
    a = ask("2023年一般公共预算财政拨款支出决算中，项目支出占比是多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value, a.unit) == ("derived", D("56.25"), "%")      # 1200.60 ÷ 2134.35, never 1449.40


YEAR_BLOCKS = ("某局2017-2019年预算\n二、支出情况 2017年度预计支出:900万元。 1、基本支出：300万元 2、项目经费支出：600万元 "
               "① 地质公园申报：150万元 ② 地热资源勘查评价：500万元 三、2018年度预计支出 ：800万元 1.基本支出：300万元 "
               "2.项目经费支出：500万元 ① 地质公园申报：100万元 ② 地热资源勘查评价：300万元 四、2019年度预计支出 ：700万元 "
               "1.基本支出：300万元 2.项目经费支出：400万元 ① 地质公园申报：70万元 ② 地热资源勘查评价：200万元\n")


def test_inline_year_headings_date_the_items_after_them(ask_pages):
    ask = ask_pages({"plan.txt": YEAR_BLOCKS})
    scope = {"doc": "plan.txt"}
    a = ask("2018年度地热资源勘查评价预计支出多少？", scope=scope)
    assert (a.kind, a.value) == ("figure", D("300"))       # never the year's total 800
    a = ask("2017年度地热资源勘查评价安排了多少经费？", scope=scope)
    assert (a.kind, a.value) == ("figure", D("500"))
    a = ask("地质公园申报经费2019年度相比2017年度增长率是多少？", scope=scope)
    assert (a.kind, a.value, a.unit) == ("derived", D("-53.33"), "%")    # (70 − 150) ÷ 150, a fall asked as 增长率


def test_a_year_compared_before_相比_is_the_year_asked():
    q = parse("地质公园申报经费2019年度相比2017年度增长率是多少？")
    assert (q.year, q.base_year, q.direction) == (2019, 2017, 0)
    q = parse("与2014年相比，2015年公务接待费增长了多少")
    assert (q.year, q.base_year) == (2015, 2014)


HOSPITAL = ("某市人民医院2023年度单位决算\n三、收入决算情况说明\n2023年度事业收入70,241.58万元，其中医疗收入68,923.05万元。\n"
            "收入决算表\n单位：元\n<table><tr><th>项目</th><th>本年收入合计</th><th>医疗收入</th></tr>"
            "<tr><td>合计</td><td>773,249,012.55</td><td>689,230,512.18</td></tr></table>\n"
            "七、其他重要事项的情况说明\n公务用车购置费0万元，本年度未购置车辆。截至2023年12月31日，本单位共有车辆14辆，"
            "其中：救护车9辆，一般公务用车2辆，其他业务用车3辆。\n")


def test_a_table_named_answers_with_its_cell(ask_pages):
    ask = ask_pages({"hospital.html": html(HOSPITAL)})
    a = ask("收入决算表中医疗收入是多少？", scope={"doc": "hospital.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("689230512.18"), "元")     # never the rounded 68,923.05万元


def test_a_kind_of_vehicle_counted_and_none_bought(ask_pages):
    manifest = "file\tissuing_unit\tyear\tkind\nhospital.html\t儋州市人民医院\t2023\t单位决算\n"
    ask = ask_pages({"hospital.html": html(HOSPITAL), "MANIFEST.tsv": manifest})
    scope = {"doc": "hospital.html"}
    a = ask("人民医院有几辆救护车？", scope=scope)
    assert (a.kind, a.value, a.unit) == ("figure", D("9"), "辆")      # never 0 from 未购置车辆
    a = ask("今年买了几辆车？", scope=scope)
    assert (a.kind, a.value) == ("figure", D("0"))


TOWNSHIP = ("某乡2016年财政预算\n一、收入预算 2016年全乡财政总收入安排1505万元，其中上级补助款730万元，"
            "征地拆迁工作经费收入370万元。 二、支出预算 财政支出的安排2393.3万元，按财政功能科目列支是： "
            "1、政府办公厅（室）及相关事务支出511万元。 2、征地和拆迁工作经费及补助款支出378万元。\n")


def test_one_items_spending_against_its_income(ask_pages):
    ask = ask_pages({"plan.txt": TOWNSHIP})
    a = ask("征地拆迁这块，花出去的比收进来的多了多少？", scope={"doc": "plan.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("8.00"), "万元")      # 378 − 370, never the totals'


TWO_YEAR_COLUMNS = ("某苏木2025年部门预算\n三、支出预算情况说明\n一般公共服务支出852.20万元，占比32.13%。\n"
                    "一般公共预算支出表\n单位：万元\n<table><tr><th>类</th><th>科目名称</th><th>2024年预算数</th><th>合计</th>"
                    "<th>基本支出</th><th>项目支出</th></tr>"
                    "<tr><td>201</td><td>一般公共服务支出</td><td>821.75</td><td>852.20</td><td>799.20</td><td>53.00</td></tr>"
                    "<tr><td>221</td><td>老旧小区改造</td><td>320.00</td><td>125.00</td><td>0.00</td><td>125.00</td></tr></table>\n"
                    "四、基本支出情况说明\n基本支出976.52万元，比上年增加40.04万元。\n")


def test_two_years_of_a_table_and_the_cell_read_whole(ask_pages):
    ask = ask_pages({"budget.html": html(TWO_YEAR_COLUMNS)})
    scope = {"doc": "budget.html"}
    a = ask("2025年一般公共服务支出比2024年预算增加了多少？", scope=scope)
    assert (a.kind, a.value) == ("derived", D("30.45"))     # 852.20 − 821.75
    a = ask("去年（2024年）的基本支出预算是多少？", scope=scope)
    assert (a.kind, a.value) == ("derived", D("936.48"))    # 976.52 − 40.04: the 0.00 cell is no 2024 amount


FUNDS = ("某镇2023年度部门决算\n二、财政拨款收入支出决算总体情况说明\n2023年度财政拨款收入总计1422.22万元，支出总计1422.22万元。"
         "与2022年度相比，财政拨款收、支总计各增加68.30万元，增长5.04%。\n"
         "七、“三公”经费财政拨款支出决算情况说明\n2023年度“三公”经费财政拨款支出预算为12.50万元，支出决算为11.18万元，"
         "完成预算的89.44%。与2022年度相比减少0.82万元。\n"
         "八、一般公共预算财政拨款支出情况\n2024年一般公共预算拨款支出2,096.71万元，比上年增加78.68万元，增长3.90%。\n")


def test_a_funds_total_is_never_an_item_paid_from_it(ask_pages):
    ask = ask_pages({"final.txt": FUNDS})
    scope = {"doc": "final.txt"}
    a = ask("2022年财政拨款一共花了多少钱？", scope=scope)
    assert a.value != D("12.00")        # the “三公” amount paid from 财政拨款 is no 财政拨款 total
    a = ask("去年财政拨的一般公共预算支出是多少？", scope={"doc": "final.txt"})
    assert a.value in (None, D("2018.03"))


def test_a_project_table_total_under_a_fund_is_that_funds_project_spending(page_doc):
    page = ("某局2025年部门预算\n项目支出表\n单位：万元\n<table><tr><th>项目名称</th><th>合计</th><th>一般公共预算</th>"
            "<th>政府性基金预算</th></tr><tr><td>合计</td><td>7,411.60</td><td>3,921.60</td><td>3,200.00</td></tr>"
            "<tr><td>测绘项目</td><td>7,411.60</td><td>3,921.60</td><td>3,200.00</td></tr></table>\n")
    doc = page_doc("budget.html", html(page), 2025, "预算")
    cells = {f.column: f.metric for f in doc.figures if f.source == "table" and f.label == "合计"}
    assert cells["一般公共预算"] == "项目支出"       # never the fund's whole spending (一般公共预算拨款支出)


def test_last_year_restated_in_brackets_is_the_year_asked():
    q = parse("2017年平潭本级“三公”经费决算中，上一年（2016年）的公务接待费支出是多少？")
    assert (q.year, q.base_year) == (2016, None)        # never 2017's 413.5 for 2016's
    q = parse("2017年比上年（2016年）增加了多少")
    assert (q.year, q.base_year) == (2017, 2016)
