"""Shapes met first in the held-out sets of session 41 (PQ30–PQ31, S26, W18, P45–P48): a 基本支出
table laid out in side-by-side groups, a table named by the end of its title, an amount stated as a
premise, "A比B多多少" with a long B, 去年 of a final account, a subordinate unit's row of a 部门收入总表,
the 上年预算数 of a total row, 事业运行经费, a bare 收入 narrowed by two characters, a 款 asked among
coded project rows, a fund named after words of its use, and a list longer than its metrics. Every
page is written in the shape of such a page; every expected value is read from its words by hand."""
from __future__ import annotations

from decimal import Decimal as D

from assistant.question import parse

from web_pages import html

TOWN_FINAL = ("某县某镇人民政府2023年部门决算\n表3支出决算表\n单位：万元\n"
              "<table><tr><th>科目名称</th><th>本年支出合计</th><th>基本支出</th></tr>"
              "<tr><td>合计</td><td>1,210.50</td><td>998.02</td></tr></table>\n"
              "表6一般公共预算财政拨款基本支出决算表\n单位：万元\n"
              "<table><tr><th>科目编码</th><th>科目名称</th><th>决算数</th><th>科目编码</th><th>科目名称</th><th>决算数</th></tr>"
              "<tr><td>30102</td><td>津贴补贴</td><td>39.72</td><td>30201</td><td>办公费</td><td>10.36</td></tr>"
              "<tr><td>30107</td><td>绩效工资</td><td>246.39</td><td>30206</td><td>电费</td><td>9.48</td></tr></table>\n"
              "六、一般公共预算财政拨款基本支出决算情况说明\n2023年度一般公共预算财政拨款基本支出998.02万元，其中："
              "人员经费911.99万元，主要包括基本工资、津贴补贴、绩效工资；公用经费86.03万元，主要包括办公费、电费。\n")


def test_a_row_of_a_side_by_side_table_is_in_its_economic_group(ask_pages):
    ask = ask_pages({"final.html": html(TOWN_FINAL)})
    # 30102 is 工资福利支出, part of 人员经费, though the table names its groups in no row
    a = ask("人员经费里的津贴补贴是多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("39.72"), "万元")
    # 30201 办公费 is 公用经费: never an answer inside 人员经费
    assert ask("人员经费中的办公费是多少？", scope={"doc": "final.html"}).kind == "none"


def test_a_table_named_by_the_end_of_its_title(ask_pages):
    ask = ask_pages({"final.html": html(TOWN_FINAL)})
    # 基本支出决算表 is the end of 一般公共预算财政拨款基本支出决算表, not the shorter title 支出决算表
    a = ask("2023年基本支出决算表中绩效工资的决算数是多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("246.39"), "万元")


def test_an_amount_stated_as_a_premise(ask_pages):
    ask = ask_pages({"final.html": html(TOWN_FINAL)})
    q = parse("我看到2023年人员经费是911.99万元，那其中津贴补贴是多少？")
    assert (q.container, q.item, q.year) == ("人员经费", "津贴补贴", 2023)
    a = ask("我看到2023年人员经费是911.99万元，那其中津贴补贴是多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("39.72"), "万元")


OFFICE = ("某区人民政府办公室2025年单位预算\n二、支出预算情况\n"
          "1.“一般公共服务支出-政府办公厅（室）及相关机构事务-一般行政管理事务”科目4,614万元，主要用于日常工作。\n"
          "2.“一般公共服务支出-政府办公厅（室）及相关机构事务-其他政府办公厅（室）及相关机构事务支出”科目2,012万元，"
          "主要用于其他工作。\n")


def test_one_item_more_than_another_with_a_long_name(ask_pages):
    ask = ask_pages({"budget.txt": OFFICE})
    a = ask("2025年一般行政管理事务比其他政府办公厅（室）及相关机构事务支出多安排多少万元？", scope={"doc": "budget.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("2602"), "万元")


BUREAU_FINAL = ("某旗教育局2025年部门决算\n七、“三公”经费财政拨款支出决算情况说明\n"
                "公务接待费支出4.27万元，其中：国内公务接待支出4.27万元，主要用于上级部门来旗督导检查的接待支出，"
                "国内公务接待38批次，412人次。\n")


def test_last_year_of_a_final_account_that_states_no_earlier_year(ask_pages):
    ask = ask_pages({"final.txt": BUREAU_FINAL})
    # a 2025 account is read in 2026: with nothing said of 2024, 去年 is its own year
    a = ask("教育局去年一共接待了多少批公务来访？", scope={"doc": "final.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("38"), "批次")


HOSPITAL = ("某旗蒙医医院2026年单位预算\n八、国有资产占有使用情况\n截至2025年12月31日，本单位共有车辆5辆，其中："
            "一般公务用车1辆，特种专业技术用车（救护车）4辆。\n三、收入预算情况\n2026年收入预算11,543.45万元，其中："
            "一般公共预算拨款收入1,773.45万元，事业收入9,650.00万元，其他收入120.00万元。\n")


def test_this_hospital_is_the_unit_in_scope(ask_pages):
    ask = ask_pages({"budget.txt": HOSPITAL})
    a = ask("这家医院有几辆救护车？", scope={"doc": "budget.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("4"), "辆")


def test_a_bare_income_narrowed_by_two_characters_is_not_the_total(ask_pages):
    ask = ask_pages({"budget.txt": HOSPITAL})
    # 卖药的收入 is stated nowhere: never the 收入预算 of all sources
    assert ask("医院2026年卖药的收入预算是多少？", scope={"doc": "budget.txt"}).kind == "none"


AUDIT = ("某县审计局2026年部门预算\n部门收入总表\n单位：万元\n"
         "<table><tr><th>单位编码</th><th>单位名称</th><th>合计</th><th>一般公共预算</th><th>事业收入</th></tr>"
         "<tr><td></td><td>合计</td><td>318.60</td><td>298.60</td><td>20.00</td></tr>"
         "<tr><td>118001</td><td>某县审计局（本级）</td><td>244.77</td><td>244.77</td><td>0.00</td></tr>"
         "<tr><td>118002</td><td>某县审计服务中心</td><td>73.83</td><td>53.83</td><td>20.00</td></tr></table>\n"
         "项目支出表\n单位：万元\n"
         "<table><tr><th>项目名称</th><th>上年预算数</th><th>本年预算数</th></tr>"
         "<tr><td>合计</td><td>41.90</td><td>76.70</td></tr>"
         "<tr><td>审计业务经费</td><td>41.90</td><td>76.70</td></tr></table>\n")


def test_a_subordinate_units_row_under_a_fund_column(ask_pages):
    ask = ask_pages({"budget.html": html(AUDIT)})
    a = ask("部门收入总表中某县审计服务中心的一般公共预算拨款是多少？", scope={"doc": "budget.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("53.83"), "万元")


def test_the_last_years_budget_of_a_total_row(ask_pages):
    ask = ask_pages({"budget.html": html(AUDIT)})
    # the 合计 row of the 项目支出表: 76.70 this year, 41.90 the year before
    a = ask("项目支出今年比上年预算多了多少？", scope={"doc": "budget.html"})
    assert (a.kind, a.value, a.unit) == ("derived", D("34.80"), "万元")


RESOURCES = ("某县自然资源局2026年部门预算\n一般公共预算支出表\n单位：万元\n"
             "<table><tr><th>科目编码</th><th>科目名称</th><th>2025年预算数</th><th>2026年预算数</th></tr>"
             "<tr><td>2200150</td><td>事业运行</td><td>316.95</td><td>336.02</td></tr></table>\n"
             "八、机关运行经费\n本级（行政单位）机关运行经费财政拨款预算为32.68万元，比上年预算减少1.42万元。\n")


def test_a_class_named_with_yunxing_jingfei_is_not_the_running_costs(ask_pages):
    ask = ask_pages({"budget.html": html(RESOURCES)})
    assert parse("事业运行经费去年预算是多少？").metrics == []
    a = ask("自然资源局的事业运行经费去年预算是多少？", scope={"doc": "budget.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("316.95"), "万元")


VETERANS = ("某县退役军人事务局2026年部门预算\n部门支出总表\n单位：万元\n"
            "<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th></tr>"
            "<tr><td>20808</td><td>抚恤</td><td>698.95</td></tr></table>\n"
            "项目支出表\n单位：万元\n"
            "<table><tr><th>项目名称</th><th>功能分类科目</th><th>合计</th></tr>"
            "<tr><td>死亡抚恤金</td><td>2080801 死亡抚恤</td><td>86.40</td></tr>"
            "<tr><td>残疾军人伤残抚恤金</td><td>2080802 伤残抚恤</td><td>612.55</td></tr></table>\n")


def test_a_kuan_asked_is_never_a_project_coded_under_it(ask_pages):
    ask = ask_pages({"budget.html": html(VETERANS)})
    a = ask("2026年部门预算中抚恤（款）的预算数合计是多少？", scope={"doc": "budget.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("698.95"), "万元")


MEDIA = ("平潭综合实验区某传媒中心2016年预算\n（二）项目支出\n项目支出1060.70万元，其中专项业务费160.00万元，"
         "主要用于电视节目采购及运行管理支出；部门发展专项900.70万元，主要用于传媒中心设备采购及维修维护改造。\n")


def test_a_fund_named_after_words_of_its_use(ask_pages):
    ask = ask_pages({"budget.txt": MEDIA})
    a = ask("传媒中心买设备和维修改造的部门发展专项有多少钱？", scope={"doc": "budget.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("900.70"), "万元")


TOWNSHIP = ("某乡2016年公共财政预算支出计划\n二、支出预算 财政支出的安排2393.3万元：1、政府及办公厅（室）及相关事务"
            "支出511万元（其中差旅费20万元，会议费5万元，公务招待费4万元，印刷费10万元，公务用车及维护支出11万元等）。\n")


def test_a_list_longer_than_the_metrics_it_names(ask_pages):
    ask = ask_pages({"plan.txt": TOWNSHIP})
    # five items, two of them lexicon metrics: all five are added, never the two alone (15)
    a = ask("差旅费、会议费、公务招待费、印刷费和公务用车及维护支出一共多少钱？", scope={"doc": "plan.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("50"), "万元")


SCHOOL = ("某县第一中学2026年单位预算\n一、基本情况\n截至2025年底，学校共有在职教职工286人，离退休人员142人，"
          "在校学生4,386名，教学班78个。\n")


def test_phrasings_of_this_sessions_first_wave(ask_pages):
    ask = ask_pages({"school.txt": SCHOOL})
    a = ask("一中现在有多少在职的老师和职工？", scope={"doc": "school.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("286"), "人")
    # a count asked of a money item's doing: the count's item words, never the money metric (公务接待费)
    q = parse("接待了多少批公务来访？")
    assert (q.metrics, q.count_unit) == ([], "批次") and "公务接待" in q.item
