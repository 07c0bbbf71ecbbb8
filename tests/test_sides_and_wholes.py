"""Shapes met in session 39: the two sides of a difference that share one fund ("公共预算财政拨款本年支出
比本年收入"); a share whose part is listed under a whole of the words asked (a project's 项目总预算); a
share whose part and whole read the same once the unit's name is gone; a total word right after the
unit's name; a chatty question that names its items first and sums "这几项" at the end. The pages are
written in the shape of such pages; every expected value is read from their words by hand."""
from __future__ import annotations

from decimal import Decimal as D

from assistant.question import parse
from web_pages import html


FINAL_FUNDS = ("某局2014年部门决算说明\n一、2014年年初结转结余6,814.81万元，本年收入77831.16万元，本年支出58,451.40万元，"
               "年末结转结余26,194.58万元。(一）公共预算财政拨款年初结转结余5,065.11万元，本年收入42,900.24万元，"
               "本年支出42,904.15万元，年末公共预算财政拨款结转结余5,061.19万元。\n")


def test_a_bare_flow_beside_a_funds_flow_is_that_funds(ask_pages):
    ask = ask_pages({"final.txt": FINAL_FUNDS})
    a = ask("2014年公共预算财政拨款本年支出比本年收入多多少？", scope={"doc": "final.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("3.91"), "万元")     # 42904.15 − 42900.24
    a = ask("2014年本年收入比本年支出多多少？", scope={"doc": "final.txt"})
    assert (a.kind, a.value) == ("derived", D("19379.76"))                 # 77831.16 − 58451.40 (all funds)


PROJECTS = ("某委2025年部门预算\n六、项目支出情况说明\n（一）企业创新专项\n2025年度项目总预算1720.00万，"
            "其中各级企业技术中心认定1720.00万。\n（二）贸易发展专项\n2025年度项目总预算2921.00万，其中支持外贸发展"
            "370.00万，支持商销稳增长30.00万，区级支持总部经济1106.00万，市级支持总部经济1262.00万，进博会推进专项"
            "153.00万，合计2921.00万。\n")


def test_a_share_takes_the_whole_its_part_is_listed_under_by_name(ask_pages):
    ask = ask_pages({"budget.txt": PROJECTS})
    a = ask("贸易发展专项中，进博会推进专项占项目总预算的比重是多少？", scope={"doc": "budget.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("5.24"), "%")       # 153 ÷ 2921, not ÷ 1720


TOWNSHIP = ("某乡人民政府2024年部门预算\n三、收入预算情况说明\n2024年收入预算1,264.80万元，全部为一般公共预算拨款收入，"
            "占收入总额的100%。\n")


def test_a_share_of_a_thing_in_itself_is_refused(ask_pages):
    ask = ask_pages({"budget.txt": TOWNSHIP})
    a = ask("某乡人民政府（本级）收入预算占部门收入预算总额的比重是多少？", scope={"doc": "budget.txt"})
    assert a.kind == "none"         # the 本级 row is no 100% of anything the page states


BUREAU = ("拉孜县农业农村局2025年部门预算\n一、收支预算总体情况\n2025年收入总预算3,298.45万元，支出总预算3,298.45万元，"
          "收支总预算比上年增加267.58万元，增长8.83%。\n二、财政拨款收支预算总体情况\n2025年财政拨款收支总预算3,286.45万元，"
          "全部为一般公共预算拨款。\n")


def test_a_total_word_after_the_units_name_is_the_units_total(ask_pages):
    ask = ask_pages({"budget.txt": BUREAU})
    a = ask("2025年拉孜县农业农村局收支总预算是多少？", scope={"doc": "budget.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("3298.45"), "万元")  # not 财政拨款收支总预算 3286.45


CENTRE = ("平潭综合实验区发展研究中心2019年预算说明\n（二）支出预算\n1.人员经费 75.14 万元。 2.公用经费 40.3 万元。"
          "3.对个人和家庭的补助2.57万元。 4.项目支出 90万元。\n")


def test_a_chatty_sum_of_items_named_first(ask_pages):
    ask = ask_pages({"budget.txt": CENTRE})
    q = ("我想了解一下平潭发展研究中心2019年的钱是怎么花的，人员经费、公用经费、给个人和家庭的补助还有项目支出"
         "我都看到了，这几项加在一起一共是多少？")
    a = ask(q, scope={"doc": "budget.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("208.01"), "万元")  # 75.14 + 40.3 + 2.57 + 90


def test_this_many_items_points_back_and_asks_no_count():
    assert parse("人员经费和项目支出，这几项加起来是多少？").count_unit is None
    assert parse("有几项项目支出？").count_unit == "个"


HOSPITAL_FINAL = ("某县人民医院2025年部门决算\n七、“三公”经费财政拨款支出决算情况说明\n"
                  "（一）“三公”经费财政拨款支出决算总体情况说明2025年“三公”经费财政拨款支出预算为9.00万元，"
                  "支出决算为7.58万元，完成预算的84.22%。\n"
                  "一般公共预算财政拨款基本支出决算表\n单位：万元\n"
                  "<table><tr><th>经济分类科目编码</th><th>科目名称</th><th>决算数</th></tr>"
                  "<tr><td>30301</td><td>离休费</td><td>12.00</td></tr>"
                  "<tr><td>30302</td><td>退休费</td><td>186.50</td></tr></table>\n")


def test_a_clauses_own_basis_word_beats_a_heading_glued_before_it(ask_pages):
    ask = ask_pages({"final.html": html(HOSPITAL_FINAL)})
    a = ask("县医院2025年三公经费实际花了多少钱？", scope={"doc": "final.html"})
    assert (a.kind, a.value) == ("figure", D("7.58"))      # 9.00 is the budget, said so right before it


def test_an_item_paid_from_a_fund_is_read_where_the_fund_is(ask_pages):
    ask = ask_pages({"final.html": html(HOSPITAL_FINAL)})
    a = ask("县人民医院2025年用财政拨款发的退休费是多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("186.50"), "万元")


SCHOOL = ("某县第二中学2024年单位预算\n一般公共预算基本支出预算表\n单位：元\n"
          "<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th></tr>"
          "<tr><td>30205</td><td>水费</td><td>42,000.00</td></tr>"
          "<tr><td>30206</td><td>电费</td><td>182,400.00</td></tr>"
          "<tr><td>30208</td><td>取暖费</td><td>486,000.00</td></tr></table>\n"
          "一、单位概况\n本单位核定事业编制38名，截至2023年12月31日实有在编人员35人。\n")


def test_the_word_for_the_units_kind_names_the_unit(ask_pages):
    ask = ask_pages({"unit.html": html(SCHOOL), "other.txt": FINAL_FUNDS})
    a = ask("学校一年电费打算花多少钱？", scope={"doc": "unit.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("182400.00"), "元")
    a = ask("学校水电费一共预算多少钱？", scope={"doc": "unit.html"})
    assert (a.kind, a.value, a.unit) == ("derived", D("224400.00"), "元")   # 42,000 + 182,400
    a = ask("学校现在实际有多少在编人员？", scope={"doc": "unit.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("35"), "人")


BUREAU_FINAL = ("某局2023年部门决算\n七、“三公”经费财政拨款支出决算情况说明\n3.公务接待费。2023年度支出预算为3.50万元，"
                "支出决算为2.18万元，完成预算的62.29%，比2022年度减少0.77万元，下降26.10%。\n"
                "十、其他重要事项的情况说明\n（二）政府采购支出情况\n2023年度本部门政府采购支出总额86.40万元。授予中小企业"
                "合同金额86.40万元，占政府采购支出总额的100%，其中：授予小微企业合同金额61.20万元，占政府采购支出总额的70.83%。\n"
                "五、一般公共预算财政拨款支出决算情况说明\n2023年度一般公共预算财政拨款支出年初预算为1,417.90万元，调整预算为"
                "1,582.31万元，支出决算为1,574.91万元，完成年初预算的111.07%。\n"
                "一、收入支出决算总体情况说明\n2023年度收入总计7,231.87万元、支出总计7,231.87万元，与2022年相比，收入、支出总计"
                "各增加1,191.35万元，增长19.72%。本年收入合计7,111.42万元，比上年增加1,125.08万元。\n")


def test_a_numbered_head_names_the_item_of_the_sentence_after_it(ask_pages):
    ask = ask_pages({"final.txt": BUREAU_FINAL})
    a = ask("2022年招待费花了多少？", scope={"doc": "final.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("2.95"), "万元")     # 2.18 + 0.77


def test_a_metric_opening_an_item_says_where_it_is(ask_pages):
    ask = ask_pages({"final.txt": BUREAU_FINAL})
    a = ask("2023年政府采购授予小微企业合同金额是多少？", scope={"doc": "final.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("61.20"), "万元")


def test_two_budgets_of_one_year_are_compared_by_their_bases(ask_pages):
    ask = ask_pages({"final.txt": BUREAU_FINAL})
    a = ask("一般公共预算财政拨款支出的调整预算数比年初预算数多了多少？", scope={"doc": "final.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("164.41"), "万元")   # 1582.31 − 1417.90


def test_last_years_grand_total_takes_the_grand_totals_change(ask_pages):
    ask = ask_pages({"final.txt": BUREAU_FINAL})
    a = ask("2022年的收入总计是多少？", scope={"doc": "final.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("6040.52"), "万元")  # 7231.87 − 1191.35, not 本年收入合计's


UNIT_BUDGET = ("某镇中心小学2026年单位预算\n（一）收支预算总体情况\n2026年本单位收入预算758.64万元，全部为一般公共预算拨款收入；"
               "支出预算758.64万元。收支预算总额比上年减少13.26万元，下降1.72%。\n")


def test_last_years_budget_total_said_as_收支预算总额(ask_pages):
    ask = ask_pages({"budget.txt": UNIT_BUDGET})
    a = ask("去年的收支预算总额是多少？", scope={"doc": "budget.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("771.90"), "万元")   # 758.64 + 13.26
    a = ask("本单位去年收支预算是多少？", scope={"doc": "budget.txt"})
    assert (a.kind, a.value) == ("derived", D("771.90"))


def test_a_headings_first_point_number_is_no_amount():
    from corpus.numbers import find_amounts
    found = find_amounts("一、2015年度收支预算1、你单位本年度公共财政支出预算27935.04万元。")
    assert [str(a.value) for a in found] == ["27935.04"]
    found = find_amounts("闽K198KA劳务费3195、闽K198KA修理修配劳务费2915元")
    assert [str(a.value) for a in found] == ["3195", "2915"]


def test_a_premise_stating_the_change_is_no_question():
    q = parse("机关运行经费比上年少了13.52万元，那上一年机关运行经费是多少？")
    assert (q.intent, q.metrics, q.relative) == ("value", ["机关运行经费"], -1)


SANGONG_TABLE = ("某局2024年部门决算\n财政拨款“三公”经费支出决算表\n单位：万元\n"
                 "<table><tr><th colspan=2>预算数</th><th colspan=2>决算数</th></tr>"
                 "<tr><th>合计</th><th>公务接待费</th><th>合计</th><th>公务接待费</th></tr>"
                 "<tr><td>2.85</td><td>2.85</td><td>0.39</td><td>0.39</td></tr></table>\n")


def test_the_items_own_basis_word_beats_its_tables(ask_pages):
    ask = ask_pages({"final.html": html(SANGONG_TABLE)})
    a = ask("在财政拨款“三公”经费支出决算表里，公务接待费的预算数是多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value) == ("figure", D("2.85"))


INCOME_TABLE = ("某区退役军人事务局2026年部门预算\n表二 部门收入总表\n单位：万元\n"
                "<table><tr><th>单位编码</th><th>单位名称</th><th>合计</th><th>一般公共预算拨款收入</th><th>事业收入</th>"
                "<th>其他收入</th></tr>"
                "<tr><td></td><td>合计</td><td>1,238.36</td><td>1,238.36</td><td>0.00</td><td>0.00</td></tr>"
                "<tr><td>218001</td><td>某区退役军人事务局（本级）</td><td>1,000.00</td><td>1,000.00</td><td>0.00</td><td>0.00</td></tr>"
                "<tr><td>218002</td><td>某区退役军人服务中心</td><td>238.36</td><td>238.36</td><td>0.00</td><td>0.00</td></tr>"
                "</table>\n")


def test_a_rows_income_is_its_total_cell_never_one_kind_of_income(ask_pages):
    ask = ask_pages({"budget.html": html(INCOME_TABLE)})
    a = ask("退役军人服务中心2026年的收入预算是多少？", scope={"doc": "budget.html"})
    assert (a.kind, a.value) == ("figure", D("238.36"))     # its 合计, never its 事业收入 0.00


def test_brackets_naming_only_things_counted_restate_no_money_item():
    q = parse("医院今年养车（车辆油费维修保险）预算多少钱？")
    assert q.metrics == ["公务用车运行维护费"]


PROJECTS_TABLE = ("某县城市管理执法局2026年部门预算\n项目支出表\n单位：万元\n"
                  "<table><tr><th>单位名称</th><th>项目名称</th><th>科目编码</th><th>科目名称</th><th>合计</th>"
                  "<th>一般公共预算拨款</th></tr>"
                  "<tr><td>某县城市管理执法局（本级）</td><td>城市管理综合执法专项经费</td><td>2120104</td><td>城管执法</td>"
                  "<td>120.00</td><td>120.00</td></tr>"
                  "<tr><td>某县城市管理执法局（本级）</td><td>数字化城管平台运维</td><td>2120104</td><td>城管执法</td>"
                  "<td>65.00</td><td>65.00</td></tr>"
                  "<tr><td>某县城市管理执法局（本级）</td><td>村干部报酬及村级组织办公经费</td><td>2010301</td><td>行政运行</td>"
                  "<td>130.00</td><td>130.00</td></tr></table>\n"
                  "一般公共预算支出表\n单位：万元\n"
                  "<table><tr><th>科目编码</th><th>科目名称</th><th>上年预算数</th><th>本年预算数</th></tr>"
                  "<tr><td>2010301</td><td>行政运行</td><td>472.36</td><td>486.52</td></tr></table>\n"
                  "一般公共预算基本支出表\n单位：元\n"
                  "<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th></tr>"
                  "<tr><td>30206</td><td>电费</td><td>74,000.00</td></tr>"
                  "<tr><td>30207</td><td>邮电费</td><td>22,000.00</td></tr></table>\n")


def test_a_projects_row_keeps_its_name_beside_its_class(ask_pages):
    ask = ask_pages({"budget.html": html(PROJECTS_TABLE)})
    a = ask("数字化城管平台运维这个项目花多少钱？", scope={"doc": "budget.html"})
    assert (a.kind, a.value) == ("figure", D("65.00"))
    a = ask("项目支出表中“村干部报酬及村级组织办公经费”项目安排了多少？", scope={"doc": "budget.html"})
    assert (a.kind, a.value) == ("figure", D("130.00"))     # the quoted name as written (办公经费, not 公用经费)


def test_a_class_code_in_brackets_names_the_row(ask_pages):
    ask = ask_pages({"budget.html": html(PROJECTS_TABLE)})
    a = ask("一般公共预算支出表中，政府办公厅（室）及相关机构事务行政运行（2010301）的上年预算数是多少？",
            scope={"doc": "budget.html"})
    assert (a.kind, a.value) == ("figure", D("472.36"))


def test_the_row_named_exactly_beats_one_holding_the_words(ask_pages):
    ask = ask_pages({"budget.html": html(PROJECTS_TABLE)})
    a = ask("2026年电费预算多少钱？", scope={"doc": "budget.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("74000.00"), "元")


CLASS_FINAL = ("某局2025年部门决算\n七、一般公共预算财政拨款支出决算情况说明\n10.农林水支出（类）水利（款）防汛（项）：年初预算为"
               "80.00万元，支出决算为135.80万元，完成年初预算的169.75%。\n"
               "收入决算表\n单位：万元\n<table><tr><th>科目编码</th><th>科目名称</th><th>本年收入合计</th></tr>"
               "<tr><td>2130314</td><td>防汛</td><td>130.00</td></tr></table>\n"
               "一般公共预算财政拨款支出决算表\n单位：万元\n"
               "<table><tr><th>科目编码</th><th>科目名称</th><th>年初预算数</th><th>调整预算数</th><th>决算数</th></tr>"
               "<tr><td>2130314</td><td>防汛</td><td>80.00</td><td>140.00</td><td>135.80</td></tr></table>\n")


def test_a_classs_final_against_its_adjusted_budget(ask_pages):
    ask = ask_pages({"final.html": html(CLASS_FINAL)})
    a = ask("防汛（项）的决算数比调整预算数少多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value) == ("derived", D("4.20"))      # 140.00 − 135.80: never the 年初预算 80.00
    a = ask("2130314防汛的决算数比调整预算数少了多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value) == ("derived", D("4.20"))      # its spending, not the income row's 130.00


def test_premises_stating_an_amount_are_no_question():
    q = parse("2017年本级因公出国（境）费比2016年增支92.13万元，那么2016年这项费用是多少？")
    assert (q.intent, q.year) == ("value", 2016)
    q = parse("财政拨款收入比2024年预算减少了2,389.52万元，2024年预算的财政拨款收入是多少？")
    assert (q.intent, q.year, q.metrics) == ("value", 2024, ["财政拨款收入"])
    assert parse("基本支出比上年增加了多少，为什么？").intent == "reason"     # a question, not a premise


NIL_ABROAD = ("某局2025年部门预算\n其他相关情况说明\n（一）“三公”经费预算情况：因公出国（境）费0万元，与2024年预算持平，"
              "此项经费由区统筹安排；公务接待费1.20万元。\n")


def test_a_yes_no_question_then_how_much_gives_the_amount(ask_pages):
    ask = ask_pages({"budget.txt": NIL_ABROAD})
    a = ask("2025年有没有安排出国经费？安排了多少？", scope={"doc": "budget.txt"})
    assert (a.kind, a.value) == ("figure", D("0"))


HOSPITAL_CLASS = ("某县人民医院2025年部门决算\n五、一般公共预算财政拨款支出决算情况说明\n卫生健康支出（类）公立医院（款）综合医院（项）："
                  "年初预算为1,200.00万元，支出决算为1,702.65万元，主要原因是新增院区设备购置。\n"
                  "一般公共预算财政拨款支出决算表\n单位：万元\n"
                  "<table><tr><th>科目编码</th><th>科目名称</th><th>年初预算数</th><th>决算数</th></tr>"
                  "<tr><td>2100201</td><td>综合医院</td><td>1,200.00</td><td>1,702.65</td></tr>"
                  "<tr><td>2010608</td><td>财政委托业务支出</td><td>400.00</td><td>449.52</td></tr></table>\n")


def test_a_rows_name_holding_the_units_kind_is_no_unit(ask_pages):
    ask = ask_pages({"final.html": html(HOSPITAL_CLASS)})
    a = ask("综合医院（项）支出决算数比年初预算数多了多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value) == ("derived", D("502.65"))    # 1702.65 − 1200.00; 医院 is the row's word here


def test_a_class_asked_by_its_code_word(ask_pages):
    ask = ask_pages({"final.html": html(HOSPITAL_CLASS)})
    a = ask("一般公共预算财政拨款支出决算表中，科目编码2010608的支出决算数是多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value) == ("figure", D("449.52"))


RATE_COLUMN = ("某区司法局2026年部门预算\n一般公共预算支出表\n单位：万元\n"
               "<table><tr><th>科目编码</th><th>科目名称</th><th>2025年预算数</th><th>2026年预算数</th><th>增减额</th>"
               "<th>增减%</th></tr><tr><td>2040605</td><td>普法宣传</td><td>18.00</td><td>15.00</td><td>-3.00</td>"
               "<td>-16.67</td></tr></table>\n"
               "五、国有资产占用情况\n截至2025年底，本单位共有车辆3辆，其中一般公务用车1辆、特种专业技术用车（救护车）2辆。\n")


def test_a_rate_column_of_a_money_table_is_no_amount(ask_pages):
    ask = ask_pages({"budget.html": html(RATE_COLUMN)})
    a = ask("普法宣传2026年预算是多少？", scope={"doc": "budget.html"})
    assert (a.kind, a.value) == ("figure", D("15.00"))      # never the −16.67 of 增减%
    a = ask("某区司法局有几辆救护车？", scope={"doc": "budget.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("2"), "辆")     # 有 joins the name to the item


PLAN = ("中楼乡2016年预算\n一、收入\n征地拆迁工作经费收入370万元。\n二、支出\n征地和拆迁工作经费及补助款支出378万元。\n"
        "三、人员\n核定行政编制20名，另有编外执法协管员78名。\n")


def test_a_comparison_with_a_verb_after_more(ask_pages):
    ask = ask_pages({"plan.txt": PLAN})
    a = ask("乡里征地拆迁这块，支出比收入多安排了多少钱？", scope={"doc": "plan.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("8"), "万元")      # 378 − 370


def test_how_many_of_a_kind_of_staff(ask_pages):
    ask = ask_pages({"plan.txt": PLAN})
    a = ask("现在有多少个编外的执法协管员？", scope={"doc": "plan.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("78"), "名")
