"""Shapes met first in the held-out sets of session 40 (PQ25–PQ27, S23, W16, P39–P41): a class path
whose last level is also the unit's short name, "A里面的B", a container named by a coded row of the
经济分类, a premise with no 那, years written 二〇一八年 or 19年, "A与B哪个多，多多少", a named column
after a code, a level word that fixes the code's length, a stated share of a narrower whole, and
"收支总计各减少". Every page is written in the shape of such a page; every expected value is read
from its words by hand."""
from __future__ import annotations

from decimal import Decimal as D

from assistant.question import parse

from web_pages import html

CITY_BUREAU = ("某县城市管理执法局2026年部门预算\n二、一般公共预算当年拨款情况说明\n"
               "（二）一般公共预算当年拨款结构情况\n社会保障和就业支出（类）170.64万元，占5.44%；"
               "城乡社区支出（类）2,760.94万元，占88.10%。\n（三）一般公共预算当年拨款具体使用情况\n"
               "5.城乡社区支出（类）城乡社区管理事务（款）城管执法（项）185.00万元，比上年预算增加25.00万元，"
               "增长15.63%。主要原因是数字化城管平台运维。\n")


def test_a_class_path_ending_in_the_units_short_name_is_that_row(ask_pages):
    ask = ask_pages({"budget.txt": CITY_BUREAU})
    # 城管执法 is also a short name of 城市管理执法局: inside a class path it is the 项, never the unit
    a = ask("城乡社区支出（类）城乡社区管理事务（款）城管执法（项）2026年预算数是多少？", scope={"doc": "budget.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("185.00"), "万元")


ENVIRONMENT = ("平潭综合实验区某局2017-2019年预算\n二、 支出情况 2017年度预计支出:9914.28万元。 "
               "1、 基本支出：1183.47万元 2、公用支出：106.98万元 ① 综合定额公用费：68.9万元 "
               "② 退休人员：200元×49人=0.98万元 ③ 车辆费用：4×3.8+1×4.8=20万元 ④ 误餐及通讯费：4500元×38人=17.10万元\n")


def test_a_thing_inside_another_said_with_limian(ask_pages):
    ask = ask_pages({"plan.txt": ENVIRONMENT})
    # "公用支出里面的车辆费用": 车辆费用 20, never the 公用支出 it is listed under
    assert parse("2017年公用支出里面的车辆费用是多少？").container == "公用支出"
    a = ask("2017年公用支出里面的车辆费用是多少？", scope={"doc": "plan.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("20"), "万元")


STREET = ("某街道办事处2025年部门预算\n部门一般公共预算基本支出部门预算经济分类预算表\n单位：元\n"
          "<table><tr><th>经济分类科目编码</th><th>科目名称</th><th>合计</th></tr>"
          "<tr><td>302</td><td>商品和服务支出</td><td>10,827,702</td></tr>"
          "<tr><td>30201</td><td>办公费</td><td>402,000</td></tr>"
          "<tr><td>30209</td><td>物业管理费</td><td>1,143,816</td></tr></table>\n")


def test_a_row_coded_under_the_container_named_is_in_it(ask_pages):
    ask = ask_pages({"budget.html": html(STREET)})
    # 30209 is listed under 302 商品和服务支出, though its row never says so in words
    a = ask("商品和服务支出里面的物业管理费是多少？", scope={"doc": "budget.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("1143816"), "元")


TRANSPORT = ("某市交通委员会2018年部门预算\n二、部门预算情况说明\n2018年支出预算80,000.00万元，其中：基本支出61042.17万元，"
             "比2017年增加4824.58万元。\n四、其他重要事项\n2.政府采购情况。政府采购预算总额6060.41万元，其中：政府采购货物预算"
             "4728.6万元、政府采购工程预算0万元、政府采购服务预算1331.81万元。\n")


def test_a_premise_without_na_asks_the_year_after_it(ask_pages):
    ask = ask_pages({"budget.txt": TRANSPORT})
    q = "已知某市交通委员会2018年基本支出比2017年增加4824.58万元，2017年基本支出为多少万元？"
    assert parse(q).year == 2017
    a = ask(q, scope={"doc": "budget.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("56217.59"), "万元")   # 61042.17 − 4824.58


def test_years_written_in_chinese_digits_or_two_digits():
    assert parse("二〇一八年市交委政府采购预算有多少？").year == 2018
    assert parse("19年平潭全区的税收收入一共收了多少？").year == 2019
    assert parse("近10年花了多少").year is None            # ten years counted, no year named


def test_everyday_words_narrowing_a_formal_name(ask_pages):
    # "买服务的政府采购预算": the 政府采购 of services, never the whole 政府采购
    assert parse("买服务的政府采购预算有多少？").metrics == ["政府采购服务"]
    ask = ask_pages({"budget.txt": TRANSPORT})
    a = ask("二〇一八年市交委买服务的政府采购预算有多少？", scope={"doc": "budget.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("1331.81"), "万元")


OFFICE = ("平潭综合实验区某办公室2015年部门决算\n五、公共财政拨款支出决算情况\n"
          "（十七）2210201 住房公积金242.11万元。\n（十八）2210202 提租补贴71.99万元。\n")


def test_which_of_two_is_more_and_by_how_much(ask_pages):
    ask = ask_pages({"final.txt": OFFICE})
    for q in ("住房公积金和提租补贴哪个多，多多少？",
              "2015年公共财政拨款支出中，2210201住房公积金与2210202提租补贴哪个多，多多少？"):
        a = ask(q, scope={"doc": "final.txt"})
        assert (a.kind, a.value, a.unit) == ("derived", D("170.12"), "万元"), q     # 242.11 − 71.99


MARKET_FINAL = ("某县市场监督管理局2025年部门决算\n收入决算表\n单位：万元\n"
                "<table><tr><th>科目编码</th><th>科目名称</th><th>本年收入合计</th><th>财政拨款收入</th>"
                "<th>事业收入</th><th>其他收入</th></tr>"
                "<tr><td>2013816</td><td>食品安全监管</td><td>85.90</td><td>85.90</td><td>0.00</td><td>0.00</td></tr>"
                "<tr><td>2013801</td><td>行政运行</td><td>1,286.45</td><td>1,280.30</td><td>0.00</td><td>6.15</td></tr>"
                "</table>\n")


def test_a_column_named_after_a_code_is_that_column(ask_pages):
    ask = ask_pages({"final.html": html(MARKET_FINAL)})
    a = ask("收入决算表中行政运行（2013801）的财政拨款收入是多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("1280.30"), "万元")


CITY_TABLE = ("某区城市管理综合行政执法局2026年部门预算\n一般公共预算支出表\n单位：万元\n"
              "<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>"
              "<tr><td>212</td><td>城乡社区支出</td><td>2,400.00</td><td>2,061.28</td><td>338.72</td></tr>"
              "<tr><td>21201</td><td>城乡社区管理事务</td><td>2,400.00</td><td>2,061.28</td><td>338.72</td></tr>"
              "<tr><td>2120101</td><td>行政运行</td><td>2,061.28</td><td>2,061.28</td><td>0.00</td></tr>"
              "<tr><td>2120199</td><td>其他城乡社区管理事务支出</td><td>338.72</td><td>0.00</td><td>338.72</td></tr>"
              "</table>\n")


def test_a_level_word_fixes_the_length_of_the_code(ask_pages):
    ask = ask_pages({"budget.html": html(CITY_TABLE)})
    # （款）: the five-digit row 21201, never 2120199 whose name holds the same words
    a = ask("一般公共预算支出表中，城乡社区管理事务（款）的项目支出是多少？", scope={"doc": "budget.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("338.72"), "万元")


TOWN = ("某镇人民政府2026年部门预算\n一、收支预算总体情况\n2026年收支总预算3,499.90万元，其中：基本支出2,598.00万元，"
        "项目支出901.90万元。\n六、绩效目标设置情况\n2026年本部门9个项目全部编制了绩效目标，涉及一般公共预算拨款901.90万元，"
        "占项目支出预算总额的100%。\n")


def test_a_share_of_a_narrower_whole_is_not_the_share_asked(ask_pages):
    ask = ask_pages({"budget.txt": TOWN})
    # 占项目支出预算总额的100% is another part (一般公共预算拨款) of another whole
    a = ask("2026年项目支出占支出预算总额的比重是多少？", scope={"doc": "budget.txt"})
    assert a.value != D("100")
    assert (a.kind, a.value, a.unit) == ("derived", D("25.77"), "%")      # 901.90 ÷ 3,499.90


WATER = ("某县水务局2026年部门预算\n一、收支总体情况\n2026年收入总计1,555.53万元，支出总计1,555.53万元，与2025年相比，"
         "收支总计各减少76.90万元，下降4.71%。\n")


def test_shou_zhi_each_is_both_totals(ask_pages):
    ask = ask_pages({"budget.txt": WATER})
    # 收支总计各减少76.90: 收入总计 and 支出总计 each fell by 76.90 → last year 1,632.43
    a = ask("水务局去年的收支总预算是多少？", scope={"doc": "budget.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("1632.43"), "万元")
    a = ask("去年的收入总计是多少？", scope={"doc": "budget.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("1632.43"), "万元")


def test_everyday_words_of_this_session():
    assert parse("幼儿园暖气费预算多少钱？").item.endswith("取暖费")
    assert parse("给义务兵家里发的优待金今年安排了多少钱？").item == "义务兵家庭优待金"
    assert parse("老师的绩效工资一年发了多少？").item == "绩效工资"
    assert "利息收入" == parse("存银行的利息收入有多少？").item
    assert parse("司法局公车加油、维修这些运行费用预算多少？").metrics == ["公务用车运行维护费"]


HEALTH_CENTRE = ("某县某乡卫生院2026年单位预算\n一般公共预算基本支出预算表\n单位：元\n"
                 "<table><tr><th>经济分类科目编码</th><th>科目名称</th><th>合计</th></tr>"
                 "<tr><td>30206</td><td>电费</td><td>98,000.00</td></tr>"
                 "<tr><td>30207</td><td>邮电费</td><td>18,600.00</td></tr></table>\n"
                 "三、收入预算情况\n2026年收入预算420.30万元，其中：一般公共预算拨款收入235.30万元，占55.98%；"
                 "事业收入185.00万元，占44.02%，为医疗服务收入，比2025年增加15.25万元。\n"
                 "支出预算表\n单位：元\n"
                 "<table><tr><th>科目编码</th><th>科目名称</th><th>上年预算数</th><th>本年预算数</th><th>增减额</th><th>增减%</th></tr>"
                 "<tr><td>2210201</td><td>住房公积金</td><td>96,200.00</td><td>109,300.00</td><td>13,100.00</td><td>13.62</td></tr>"
                 "</table>\n")


def test_an_economic_code_names_its_row(ask_pages):
    ask = ask_pages({"budget.html": html(HEALTH_CENTRE)})
    # 电费（30206）: never 30207 邮电费, whose name holds 电费 too
    a = ask("一般公共预算基本支出预算表中，电费（30206）预算数是多少？", scope={"doc": "budget.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("98000.00"), "元")


def test_what_an_amount_is_said_after_it_names_it(ask_pages):
    ask = ask_pages({"budget.html": html(HEALTH_CENTRE)})
    # "事业收入185.00万元，占44.02%，为医疗服务收入，比2025年增加15.25万元"
    a = ask("卫生院今年的医疗服务收入比去年多了多少？", scope={"doc": "budget.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("15.25"), "万元")


def test_an_everyday_name_of_what_an_amount_is(ask_pages):
    ask = ask_pages({"hospital.txt": HOSPITAL})
    # "事业收入9,650.00万元，占83.60%，主要为医疗收入": 看病收入 is that 医疗收入
    a = ask("蒙医医院2026年预计看病收入有多少？", scope={"doc": "hospital.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("9650.00"), "万元")


HOSPITAL = ("某旗蒙医医院2026年单位预算\n三、收入预算情况\n2026年收入预算11,543.45万元，其中：一般公共预算拨款收入"
            "1,773.45万元，占15.36%；事业收入9,650.00万元，占83.60%，主要为医疗收入；其他收入120.00万元，占1.04%。\n")


def test_a_rate_column_answers_the_rows_growth(ask_pages):
    ask = ask_pages({"budget.html": html(HEALTH_CENTRE)})
    a = ask("2026年住房公积金（2210201）预算比上年预算增长百分之几？", scope={"doc": "budget.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("13.62"), "%")


VILLAGE = ("某旗某苏木人民政府2026年部门预算\n五、项目支出情况\n2026年项目支出479.24万元，比上年预算增加34.44万元。"
           "主要用于嘎查村“两委”成员报酬及嘎查村办公经费282.24万元、草原森林防灭火经费18.00万元。\n"
           "项目支出表\n单位：万元\n"
           "<table><tr><th>项目名称</th><th>科目编码</th><th>金额</th></tr>"
           "<tr><td>嘎查村“两委”成员报酬</td><td>2130705</td><td>196.56</td></tr>"
           "<tr><td>嘎查村办公经费</td><td>2130705</td><td>85.68</td></tr></table>\n")


def test_an_item_listed_with_another_before_one_amount_is_not_that_amount(ask_pages):
    ask = ask_pages({"budget.html": html(VILLAGE)})
    # 282.24 is 报酬 and 办公经费 together; the project row states 报酬 alone: 196.56 ÷ 479.24
    a = ask("嘎查村“两委”成员报酬占2026年项目支出的比重是多少？", scope={"doc": "budget.html"})
    assert (a.kind, a.value, a.unit) == ("derived", D("41.01"), "%")


POLICE = ("某县公安局2026年部门预算\n九、其他重要事项的情况说明\n（二）政府采购情况。2026年本部门政府采购预算总额420.00万元，"
          "其中：货物类采购预算250.30万元、工程类采购预算0.00万元、服务类采购预算169.70万元。\n")


def test_a_part_read_inside_a_named_total_over_that_total(ask_pages):
    ask = ask_pages({"budget.txt": POLICE})
    a = ask("政府采购里货物占采购总额的百分之几？", scope={"doc": "budget.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("59.60"), "%")      # 250.30 ÷ 420.00


SCHOOL_BUDGET = ("某县第二实验小学2026年单位预算\n二、收支预算总体情况\n2026年收入预算1,470.68万元，支出预算1,470.68万元。"
                 "与2025年相比，收支预算总额各增加46.83万元，增长3.29%。\n")


def test_the_units_kind_alone_asks_its_total(ask_pages):
    ask = ask_pages({"budget.txt": SCHOOL_BUDGET})
    a = ask("学校去年的预算总共是多少？", scope={"doc": "budget.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("1423.85"), "万元")   # 1,470.68 − 46.83
    a = ask("去年的收支预算总共是多少？", scope={"doc": "budget.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("1423.85"), "万元")


SHARE_OF_ROW = ("某区司法局2026年部门预算\n部门支出预算总表\n单位：元\n"
                "<table><tr><th>功能分类科目编码</th><th>功能分类科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>"
                "<tr><td>204</td><td>公共安全支出</td><td>87,267,272.44</td><td>16,726,725.44</td><td>70,540,547.00</td></tr>"
                "<tr><td>208</td><td>社会保障和就业支出</td><td>5,000,000.00</td><td>5,000,000.00</td><td>0.00</td></tr>"
                "</table>\n")


def test_a_whole_pointing_back_is_the_thing_the_part_is_in(ask_pages):
    ask = ask_pages({"budget.html": html(SHARE_OF_ROW)})
    a = ask("在支出预算总表中，公共安全支出里项目支出占该类合计的比例是多少？", scope={"doc": "budget.html"})
    assert (a.kind, a.value, a.unit) == ("derived", D("80.83"), "%")      # 70,540,547.00 ÷ 87,267,272.44


def test_phrasings_of_this_sessions_second_wave():
    assert parse("就问一下差旅费。").item == "差旅费"
    assert parse("经济分类30201办公费的决算数是多少？").item == "30201办公费"
    assert parse("三公经费里面车的钱占了多大比例？").part == "车辆经费"
    assert parse("2019-2021年部门项目支出规划数为多少？").year_range == (2019, 2021)
    assert "-" not in parse("三年中期财政规划中，2019-2021年部门项目支出规划数为多少？").item
    assert parse("收支结余是多少").metrics != ["支出"]
