"""Shapes met first in the first wave of session 42 (P55–P58, PQ36–PQ37, S29, W21): a field of
spending named beside a metric, the year's own total as a share's whole, a unit's name before two
rows compared, a fund's name after a class path, a class path whose upper levels the lexicon does
not know, a unit's abbreviation without its place, a 本级 row of a table by unit, a sub-unit its
department's page names in full, a change said of income and spending after a comparison, a table
named before the question, a fee said after the income it is, context sentences before the
question, an amount asked in another unit, and an asker introducing themselves. Every page is
written in the shape of such a page; every expected value is read from its words by hand."""
from __future__ import annotations

from decimal import Decimal as D

from web_pages import html

FINANCE = ("某区财政局2025年部门预算\n基本支出经济分类预算表\n单位：元\n"
           "<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>"
           "<tr><td>201</td><td>一般公共服务支出</td><td>20,000,000.00</td><td>16,093,326.00</td><td>3,906,674.00</td></tr>"
           "<tr><td>2010601</td><td>行政运行</td><td>16,093,326.00</td><td>16,093,326.00</td><td>0.00</td></tr>"
           "<tr><td>208</td><td>社会保障和就业支出</td><td>9,027,765.00</td><td>9,027,765.00</td><td>0.00</td></tr>"
           "<tr><td></td><td>合计</td><td>29,027,765.00</td><td>25,121,091.00</td><td>3,906,674.00</td></tr></table>\n"
           "一般公共预算基本支出经济分类预算表\n单位：元\n"
           "<table><tr><th>经济分类科目编码</th><th>科目名称</th><th>合计</th></tr>"
           "<tr><td>30101</td><td>基本工资</td><td>13,150,000.00</td></tr>"
           "<tr><td>30102</td><td>津贴补贴</td><td>57,583,760.00</td></tr></table>\n"
           "五、政府采购预算情况\n2025年政府采购预算总额68.50万元，其中：政府采购货物预算42.50万元，"
           "政府采购服务预算26.00万元。\n")


def test_a_field_of_spending_named_narrows_any_metric(ask_pages):
    ask = ask_pages({"finance.html": html(FINANCE)})
    # the page names no 环卫 and no 教育: never its whole 基本支出 (25,121,091.00)
    assert ask("环卫的基本支出是多少？", scope={"doc": "finance.html"}).value is None
    assert ask("教育的基本支出是多少？", scope={"doc": "finance.html"}).value is None
    a = ask("一般公共服务的基本支出是多少？", scope={"doc": "finance.html"})
    assert (a.value, a.unit) == (D("16093326.00"), "元")


def test_the_unit_named_before_two_rows_compared(ask_pages):
    ask = ask_pages({"finance.html": html(FINANCE)})
    a = ask("某区财政局2025年津贴补贴比基本工资多多少？", scope={"doc": "finance.html"})
    assert (a.kind, a.value, a.unit) == ("derived", D("44433760.00"), "元")     # 57,583,760 − 13,150,000


def test_an_amount_asked_in_another_unit(ask_pages):
    ask = ask_pages({"finance.html": html(FINANCE)})
    a = ask("财政局2025年政府采购货物预算折合成元是多少？", scope={"doc": "finance.html"})
    assert (a.value, a.unit) == (D("425000.00"), "元") and "42.50万元" in a.answer


TOWNSHIP = ("平潭综合实验区芦洋乡人民政府2015年决算\n二、部门预算单位基本情况 单位名称 经费性质 人员编制数 在职人数 "
            "芦洋乡人民政府 财政金额拨款 42 47\n四、收入支出决算总体情况\n（二）2015年部门决算总支出727.56万元，"
            "其中本年支出709.75万元。具体情况如下：1.基本支出562.74万元。2.项目支出147.01万元。"
            "3．上缴上级支出0万元。7.年末结转结余17.81万元。\n")


def test_a_share_of_the_years_own_spending_is_not_of_the_total_with_carry_overs(ask_pages):
    ask = ask_pages({"township.txt": TOWNSHIP})
    # 本年支出 asked: 147.01 ÷ 709.75 (not ÷ 727.56, the 总支出 with its balance)
    a = ask("2015年度部门决算本年支出中，项目支出占比是多少？", scope={"doc": "township.txt"})
    assert (a.value, a.unit) == (D("20.71"), "%")


def test_an_asker_introducing_themselves(ask_pages):
    ask = ask_pages({"township.txt": TOWNSHIP})
    a = ask("我是芦洋乡的居民，想问一下乡政府在职人数比人员编制数多出了几个人？", scope={"doc": "township.txt"})
    assert (a.value, a.unit) == (D("5"), "人")      # 47 − 42


HEALTH = ("互助土族自治县卫生健康局2026年部门预算\n五、一般公共预算支出情况\n（三）一般公共预算支出具体使用情况\n"
          "5.卫生健康支出（类）公共卫生（款）疾病预防控制机构（项）365.18万元，比2025年减少16.42万元，下降4.30%，"
          "主要原因是项目结束。\n十、项目支出预算表\n单位：万元\n"
          "<table><tr><th>项目名称</th><th>项目单位</th><th>合计</th><th>一般公共预算</th></tr>"
          "<tr><td>重大传染病防控项目</td><td>互助土族自治县疾病预防控制中心</td><td>185.00</td><td>185.00</td></tr></table>\n")


def test_a_funds_name_after_a_class_path(ask_pages):
    ask = ask_pages({"health.html": html(HEALTH)})
    a = ask("疾病预防控制机构（项）一般公共预算支出比2025年减少了多少？", scope={"doc": "health.html"})
    assert a.value is not None and abs(a.value) == D("16.42")
    # the class's row: never the project row of the 疾病预防控制中心 (185.00)
    a = ask("疾病预防控制机构（项）一般公共预算支出是多少？", scope={"doc": "health.html"})
    assert (a.value, a.unit) == (D("365.18"), "万元")
    a = ask("疾病预防控制机构一般公共预算支出是多少？", scope={"doc": "health.html"})
    assert (a.value, a.unit) == (D("365.18"), "万元")


ECOLOGY = ("琼海市生态环境局2025年部门决算\n支出决算表\n单位：万元\n"
           "<table><tr><th>科目编码</th><th>科目名称</th><th>本年支出合计</th><th>基本支出</th><th>项目支出</th></tr>"
           "<tr><td>211</td><td>节能环保支出</td><td>793.02</td><td>341.34</td><td>451.68</td></tr>"
           "<tr><td>21102</td><td>环境监测与监察</td><td>341.34</td><td>341.34</td><td>0.00</td></tr>"
           "<tr><td>2110299</td><td>其他环境监测与监察支出</td><td>341.34</td><td>341.34</td><td>0.00</td></tr>"
           "<tr><td>21103</td><td>污染防治</td><td>451.68</td><td>0.00</td><td>451.68</td></tr>"
           "<tr><td>2110301</td><td>大气</td><td>186.20</td><td>0.00</td><td>186.20</td></tr>"
           "<tr><td>2110302</td><td>水体</td><td>265.48</td><td>0.00</td><td>265.48</td></tr></table>\n")


def test_a_class_path_whose_upper_levels_the_lexicon_does_not_know(ask_pages):
    ask = ask_pages({"ecology.html": html(ECOLOGY)})
    a = ask("2025年度琼海市生态环境局污染防治（款）大气（项）支出决算是多少？", scope={"doc": "ecology.html"})
    assert (a.value, a.unit) == (D("186.20"), "万元")
    # 大气 is coded under 污染防治, not under 环境监测与监察
    assert ask("环境监测与监察（款）大气（项）支出决算是多少？", scope={"doc": "ecology.html"}).value is None


BUREAU = ("湖州市吴兴区卫生健康局2026年部门预算\n一、收支预算总体情况\n2026年部门支出预算总计3,200.61万元，其中：基本支出1,945.01万元，项目支出1,255.60万元。\n三、支出预算情况\n2026年部门支出预算3,200.61万元，其中：基本支出1,945.01万元，"
          "项目支出1,255.60万元。上年结转为局本级一般公共预算结转资金。按单位分列如下：\n单位：万元\n"
          "<table><tr><th>单位名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>"
          "<tr><td>湖州市吴兴区卫生健康局（本级）</td><td>1,356.80</td><td>767.00</td><td>589.80</td></tr>"
          "<tr><td>湖州市吴兴区疾病预防控制中心</td><td>1,087.65</td><td>660.15</td><td>427.50</td></tr>"
          "<tr><td>湖州市吴兴区妇幼保健计划生育服务中心</td><td>756.16</td><td>517.86</td><td>238.30</td></tr>"
          "<tr><td>合计</td><td>3,200.61</td><td>1,945.01</td><td>1,255.60</td></tr></table>\n"
          "表七 “三公”经费支出表\n单位：万元\n"
          "<table><tr><th>单位名称</th><th>合计</th><th>因公出国（境）费</th><th>公务用车运行维护费</th><th>公务接待费</th></tr>"
          "<tr><td>湖州市吴兴区疾病预防控制中心</td><td>10.40</td><td>0.00</td><td>9.40</td><td>1.00</td></tr></table>\n")


def test_the_bureaus_own_row_of_a_table_by_unit(ask_pages):
    ask = ask_pages({"bureau.html": html(BUREAU)})
    a = ask("局本级的支出预算是多少？", scope={"doc": "bureau.html"})
    assert (a.value, a.unit) == (D("1356.80"), "万元")        # never the 部门支出预算 3,200.61
    a = ask("局本级的支出预算占整个部门支出预算总计的比重是多少？", scope={"doc": "bureau.html"})
    assert (a.value, a.unit) == (D("42.39"), "%")             # 1,356.80 ÷ 3,200.61


def test_a_sub_unit_its_departments_page_names_in_full(ask_pages):
    ask = ask_pages({"bureau.html": html(BUREAU)})
    a = ask("区疾控中心2026年公车的运行维护费安排了多少？", scope={"doc": "bureau.html"})
    assert (a.value, a.unit) == (D("9.40"), "万元")


CULTURE = ("肇庆市端州区文化广电旅游体育局2025年部门决算\n七、“三公”经费支出决算情况说明\n"
           "（三）公务接待费支出决算为1.86万元，比年初预算减少0.64万元。\n")


def test_an_abbreviation_of_the_units_words_without_its_place(ask_pages):
    ask = ask_pages({"culture.txt": CULTURE})
    a = ask("区文广旅体局2025年请客吃饭的公务接待费实际花了多少钱？", scope={"doc": "culture.txt"})
    assert (a.value, a.unit) == (D("1.86"), "万元")


WATER = ("玛纳斯县水利局2026年部门预算\n一、收支预算总体情况\n2026年玛纳斯县水利局收入预算1749.08万元，支出预算1749.08万元，"
         "与上年相比收、支预算总额各增加168.68万元，增长10.67%，主要原因是地下水超采综合治理任务增加。\n")


def test_a_change_of_income_and_spending_after_a_comparison(ask_pages):
    ask = ask_pages({"water.txt": WATER})
    a = ask("水利局去年的收入预算是多少？", scope={"doc": "water.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("1580.40"), "万元")     # 1749.08 − 168.68


HOSPITAL = ("玛纳斯县人民医院2025年部门决算\n二、收入决算情况说明\n本年收入31493.52万元，其中：财政拨款收入4639.15万元；"
            "事业收入26854.37万元，占85.27%，其中医疗收入19618.19万元、药品收入7236.18万元。\n")


def test_medicine_sold_is_the_hospitals_drug_income(ask_pages):
    ask = ask_pages({"hospital.txt": HOSPITAL})
    a = ask("县医院2025年卖药收入有多少？", scope={"doc": "hospital.txt"})
    assert (a.value, a.unit) == (D("7236.18"), "万元")


KINDERGARTEN = ("琼海市第二幼儿园2026年单位预算\n二、收入预算情况\n2026年收入预算744.54万元，其中：一般公共预算拨款收入618.54万元，"
                "占83.08%；事业收入126.00万元，占16.92%，为按规定收取的保育教育费；其他收入0万元。\n"
                "三、基本支出\n取暖费2.40万元。\n")


def test_a_fee_said_after_the_income_it_is(ask_pages):
    ask = ask_pages({"kindergarten.txt": KINDERGARTEN, "hospital.txt": HOSPITAL, "water.txt": WATER})
    a = ask("二幼今年预计收家长的保育教育费有多少？", scope={"doc": "kindergarten.txt"})
    assert (a.value, a.unit) == (D("126.00"), "万元")
    a = ask("幼儿园今年冬天取暖费打算花多少钱？", scope={"doc": "kindergarten.txt"})
    assert (a.value, a.unit) == (D("2.40"), "万元")


TOWN = ("淄博市临淄区凤凰镇人民政府2025年部门决算\n公开03表 支出决算表\n单位：万元\n"
        "<table><tr><th>科目编码</th><th>科目名称</th><th>本年支出合计</th><th>基本支出</th><th>项目支出</th></tr>"
        "<tr><td>213</td><td>农林水支出</td><td>842.30</td><td>238.70</td><td>603.60</td></tr></table>\n")


def test_a_table_named_before_the_question(ask_pages):
    ask = ask_pages({"town.html": html(TOWN)})
    a = ask("根据支出决算表，凤凰镇2025年农林水支出（类）的项目支出是多少？", scope={"doc": "town.html"})
    assert (a.value, a.unit) == (D("603.60"), "万元")


SANGONG = ("平潭综合实验区环境与国土资源局2015年三公经费支出情况\n2015年，我局三公经费一般公共预算财政拨款支出27.03万元，"
           "同比下降22.62%；其中，公车使用经费23.78万元，同比下降0.38%；公务接待费用3.25万，同比下降34.37%。\n")


def test_context_sentences_before_the_question(ask_pages):
    ask = ask_pages({"sangong.txt": SANGONG})
    a = ask("我在看环境与国土资源局2015年的三公经费公开。这一年公车方面的经费支出是多少？", scope={"doc": "sangong.txt"})
    assert (a.value, a.unit) == (D("23.78"), "万元")


DONGXIANG = ("平潭综合实验区东庠乡人民政府2014年决算\n（二）2014年部门决算总支出502.12万元。7. 年末结转结余25.34万元。\n"
             "六、“三公”经费\n公务用车运行费2.76万元，主要用于公务用车燃油、维修、保险等方面支出。\n")


def test_everyday_words_for_the_cars_upkeep_and_the_years_balance(ask_pages):
    ask = ask_pages({"dongxiang.txt": DONGXIANG})
    a = ask("东庠乡2014年车辆运维花了多少钱？", scope={"doc": "dongxiang.txt"})
    assert (a.value, a.unit) == (D("2.76"), "万元")
    a = ask("东庠乡2014年钱花完之后年底还结余了多少？", scope={"doc": "dongxiang.txt"})
    assert (a.value, a.unit) == (D("25.34"), "万元")


PLAN = ("平潭综合实验区环境与国土资源局2017—2019年预算编制说明\n一、人员情况 目前实有人数85人。\n二、2017年度预计支出:9914.28万元，其中："
        "11其他人员支出64万元；黄标车淘汰补贴：300万元。\n三、2018年度预计支出：6941.88万元。\n")


def test_a_budgets_plan_of_its_own_year_and_later(ask_pages):
    ask = ask_pages({"plan.txt": PLAN, "water.txt": WATER})
    # 打算花 asks the plan: the 预计支出 of that year, never an item named besides (11其他人员支出 64)
    a = ask("2017年打算花多少钱？", scope={"doc": "plan.txt"})
    assert (a.value, a.unit) == (D("9914.28"), "万元")
    a = ask("2018年打算花多少钱？", scope={"doc": "plan.txt"})
    assert (a.value, a.unit) == (D("6941.88"), "万元")
    a = ask("环土局2017年给淘汰黄标车发的补贴打算花多少钱？", scope={"doc": "plan.txt"})
    assert (a.value, a.unit) == (D("300"), "万元")


STREET = ("天津市河西区友谊路街道办事处2026年部门预算\n一般公共预算支出表\n预算05表 编制单位：天津市河西区友谊路街道办事处 单位：万元\n"
          "<table><tr><th>科目编码</th><th>科目名称</th><th>2025年预算数</th><th>2026年预算数</th></tr>"
          "<tr><td>2120104</td><td>城管执法</td><td>302.50</td><td>356.80</td></tr></table>\n"
          "部门收入总表\n预算02表 编制单位：天津市河西区友谊路街道办事处 单位：万元\n"
          "<table><tr><th>单位名称</th><th>合计</th><th>一般公共预算</th><th>事业收入</th></tr>"
          "<tr><td>天津市河西区友谊路街道党群服务中心</td><td>452.48</td><td>442.48</td><td>10.00</td></tr></table>\n"
          "五、一般公共预算支出情况\n城乡社区支出（类）城乡社区管理事务（款）城管执法（项）356.80万元。\n")


def test_a_table_titled_above_its_number_and_a_year_naming_the_table(ask_pages):
    ask = ask_pages({"street.html": html(STREET)})
    # 2026 names the table; the 2025年预算数 of its row is asked (never 2026's 356.80)
    a = ask("友谊路街道2026年一般公共预算支出表中城管执法（项）的2025年预算数是多少？", scope={"doc": "street.html"})
    assert (a.value, a.unit) == (D("302.50"), "万元")
    a = ask("2026年部门收入总表中天津市河西区友谊路街道党群服务中心的一般公共预算收入是多少？", scope={"doc": "street.html"})
    assert (a.value, a.unit) == (D("442.48"), "万元")


RESOURCES = ("平罗县自然资源局2026年部门预算\n（三）一般公共预算支出具体情况\n"
             "7．自然资源海洋气象等支出（类）自然资源事务（款）自然资源利用与保护（项）2026年预算95.40万元，"
             "比2025年预算增加15.40万元，主要原因是耕地保护监督检查任务增加。\n")


def test_the_and_of_a_class_name_compares_nothing(ask_pages):
    ask = ask_pages({"resources.txt": RESOURCES})
    a = ask("2026年自然资源利用与保护（项）预算比2025年增长了百分之几？", scope={"doc": "resources.txt"})
    assert (a.value, a.unit) == (D("19.25"), "%")      # 15.40 ÷ (95.40 − 15.40)
    # a count of things done is asked in 件: never an amount of money
    assert ask("2026年计划办理不动产登记业务多少件？", scope={"doc": "resources.txt"}).value is None


LIBRARY = ("淄博市张店区图书馆2026年单位预算\n表三 一般公共预算支出表\n单位：元\n"
           "<table><tr><th>科目编码</th><th>科目名称</th><th>2025年预算数</th><th>2026年预算数</th></tr>"
           "<tr><td>2210201</td><td>住房公积金</td><td>249,600.00</td><td>258,900.00</td></tr></table>\n"
           "三、一般公共预算支出情况\n住房保障支出（类）住房改革支出（款）住房公积金（项）25.89万元。\n")


def test_two_years_of_one_table_row(ask_pages):
    ask = ask_pages({"library.html": html(LIBRARY)})
    a = ask("住房公积金（项）2026年预算数比2025年预算数增长百分之几？", scope={"doc": "library.html"})
    assert (a.value, a.unit) == (D("3.73"), "%")        # (258,900 − 249,600) ÷ 249,600


SUBDISTRICT = ("湖州市吴兴区龙泉街道办事处2025年部门决算\n五、一般公共预算财政拨款支出决算情况说明\n（一）总体情况。"
               "2025年度一般公共预算财政拨款支出5,081.66万元，占本年支出合计的96.29%。支出决算数为年初预算数4,853.80万元的"
               "104.69%，比年初预算增加227.86万元，主要原因是年中追加专项经费。\n"
               "一般公共预算财政拨款支出决算表\n公开05表 单位：万元\n"
               "<table><tr><th>科目编码</th><th>科目名称</th><th>年初预算数</th><th>调整预算数</th><th>决算数</th></tr>"
               "<tr><td></td><td>合计</td><td>4,853.80</td><td>5,185.46</td><td>5,081.66</td></tr></table>\n")


def test_a_final_as_a_percent_of_its_budget(ask_pages):
    ask = ask_pages({"subdistrict.html": html(SUBDISTRICT)})
    a = ask("2025年度一般公共预算财政拨款支出决算数为年初预算数的百分之多少？", scope={"doc": "subdistrict.html"})
    assert (a.value, a.unit) == (D("104.69"), "%")


TOWNSHIP_BUDGET = ("玛纳斯县旱卡子滩哈萨克族乡人民政府2026年单位预算\n一、收支预算总体情况\n2026年收入预算836.08万元，"
                   "支出预算836.08万元，比上年增加10.92万元。\n“三公”经费预算表\n单位：元\n"
                   "<table><tr><th>年度</th><th>合计</th><th>因公出国（境）费</th><th>公务接待费</th></tr>"
                   "<tr><td>2025年预算</td><td>70,000.00</td><td>0.00</td><td>18,000.00</td></tr>"
                   "<tr><td>2026年预算</td><td>63,000.00</td><td>0.00</td><td>15,000.00</td></tr></table>\n")


def test_a_table_named_is_where_the_answer_is(ask_pages):
    ask = ask_pages({"township.html": html(TOWNSHIP_BUDGET)})
    # never last year's 支出预算 (825.16, derived from the text) for a cell of the “三公” table
    a = ask("“三公”经费表中2025年预算合计数是多少？", scope={"doc": "township.html"})
    assert a.value is None or (a.value, a.unit) == (D("70000.00"), "元")


def test_a_sub_units_row_of_a_table_of_the_metric(ask_pages):
    ask = ask_pages({"bureau.html": html(BUREAU)})
    a = ask("吴兴区疾控中心今年三公经费预算多少钱？", scope={"doc": "bureau.html"})
    assert (a.value, a.unit) == (D("10.40"), "万元")     # the row's 合计, never the bureau's whole


FORESTRY = ("平潭综合实验区农村发展局2017年决算\n五、一般公共预算财政拨款支出决算情况\n（六）21302农林水支出(类) 林业（款）拨款支出"
            "3942.67万元，较上年决算数增加2748.52万元，增长230%，主要原因是新增行政运行。8.2130213林业执法19.96万元。"
            "10.2130299其他林业支出（项）拨款支出3万元。\n")


def test_what_is_left_of_a_class_numbered_and_coded_is_not_the_class(ask_pages):
    ask = ask_pages({"forestry.txt": FORESTRY})
    a = ask("林业方面的花销比上一年涨了百分之多少？", scope={"doc": "forestry.txt"})
    assert (a.value, a.unit) == (D("230"), "%")
    # never 其他林业支出 (3, what is left of it) nor 林业执法 (19.96, one of its items)
    assert ask("林业支出是多少？", scope={"doc": "forestry.txt"}).value in (None, D("3942.67"))


YAOFU = ("平罗县姚伏镇人民政府2026年单位预算\n（三）人员情况。姚伏镇人民政府核定编制60名，其中：行政编制32名，事业编制28名。"
         "2026年预算编制在职人员54人，其中：行政人员29人，事业人员25人。\n")


def test_a_budget_compiled_for_its_staff_is_no_column_of_counts(ask_pages):
    ask = ask_pages({"yaofu.txt": YAOFU, "water.txt": WATER})
    a = ask("姚伏镇政府2026年在职人员有多少人？", scope={"doc": "yaofu.txt"})
    assert (a.value, a.unit) == (D("54"), "人")


OFFICE = ("上海市普陀区人民政府办公室2025年部门预算\n二、支出预算\n2025年支出预算9,101.68万元。\n三、一般公共预算支出\n"
          "“住房保障支出-住房改革支出-购房补贴”科目186.77万元，主要用于职工购房补贴。\n")


def test_the_units_own_total_said_with_it(ask_pages):
    ask = ask_pages({"office.txt": OFFICE})
    a = ask("区府办发给职工的买房补贴占它今年总共花的钱的百分之几？", scope={"doc": "office.txt"})
    assert (a.value, a.unit) == (D("2.05"), "%")        # 186.77 ÷ 9,101.68


BAIQING = ("白青乡2015年财政预算执行情况和2016年财政预算草案的报告\n二、2016年财政预算草案\n1、一般预算支出安排800万元，"
           "其中区事务环境卫生30万元，机关运转经费77万元。（党建工作经费6万元，办公经费5万元、差旅费10万元、其他15万元）"
           "2、专用基金支出20万元。\n")
ZHONGLOU = ("中楼乡2016年预算\n二、支出预算\n11、其他行政专项支出146万元[其中：八闽农村党风廉政建设网等维稳和网格化支出35万元。"
            "“两违”工作经费30万元，“创建全国文明城市”工作经费45万元，其他36万元]。12、预备费10万元。\n")


def test_a_list_of_parts_in_brackets_across_a_full_stop(ask_pages):
    ask = ask_pages({"baiqing.txt": BAIQING, "zhonglou.txt": ZHONGLOU})
    a = ask("2016年财政预算草案中机关运行经费里的差旅费安排了多少？", scope={"doc": "baiqing.txt"})
    assert (a.value, a.unit) == (D("10"), "万元")
    a = ask("2016年中楼乡其他行政专项支出中，“两违”工作经费安排了多少？", scope={"doc": "zhonglou.txt"})
    assert (a.value, a.unit) == (D("30"), "万元")


LEGAL_AID = ("宝鸡市渭滨区法律援助中心2026年单位预算\n二、收支预算情况说明\n2026年本单位收入预算160.81万元，全部为一般公共预算拨款收入；"
             "支出预算160.81万元，其中：基本支出128.81万元，项目支出32.00万元。收支预算较2025年增加8.49万元，增长5.57%，"
             "主要原因是法律援助案件办案补贴标准提高。\n十一、国有资产占有使用情况\n截至2025年12月31日，本单位共有车辆1辆。\n")


def test_the_change_of_the_totals_said_once(ask_pages):
    ask = ask_pages({"aid.txt": LEGAL_AID, "water.txt": WATER})
    a = ask("渭滨区法律援助中心2026年的预算比去年多了多少钱？", scope={"doc": "aid.txt"})
    assert (a.value, a.unit) == (D("8.49"), "万元")
    a = ask("法律援助中心一共有几台车？", scope={"doc": "aid.txt"})
    assert (a.value, a.unit) == (D("1"), "辆")       # 台 of cars: the 辆 the page counts


SCHOOL = ("公主岭市实验小学2026年单位预算\n一、基本情况\n学校核定事业编制146人，实有在职教职工139人。2025—2026学年在校学生2,320人。\n"
          "二、基本支出\n取暖费9.60万元，租赁费5.81万元。\n")


def test_a_school_years_span_is_no_level_of_a_name(ask_pages):
    ask = ask_pages({"school.txt": SCHOOL, "water.txt": WATER})
    a = ask("实验小学有多少学生？", scope={"doc": "school.txt"})
    assert (a.value, a.unit) == (D("2320"), "人")
    a = ask("学校烧暖气的取暖费要花多少钱？", scope={"doc": "school.txt"})
    assert (a.value, a.unit) == (D("9.60"), "万元")
    a = ask("学校一年租房子的租赁费要多少？", scope={"doc": "school.txt"})
    assert (a.value, a.unit) == (D("5.81"), "万元")


PURCHASE = ("上海市普陀区规划和自然资源局2024年部门决算\n十一、其他重要事项的情况说明\n上海市普陀区规划和自然资源局 2024 年度政府采购金额"
            "（以合同签订为准）为 2319.21 万元，其中：货物采购金额 122.43 万元、工程采购金额 1387.72 万元、服务采购金额 809.07 万元。\n"
            "一般公共预算财政拨款基本支出决算表\n单位：万元\n"
            "<table><tr><th>经济分类科目编码</th><th>科目名称</th><th>决算数</th></tr>"
            "<tr><td>302</td><td>商品和服务支出</td><td>440.90</td></tr></table>\n")


def test_the_first_items_whole_holds_the_others_of_a_sum(ask_pages):
    ask = ask_pages({"purchase.html": html(PURCHASE)})
    # 工程 and 服务 inside 政府采购: 1387.72 + 809.07, never 302商品和服务支出 (440.90)
    a = ask("规划资源局去年政府采购里，工程和服务加起来花了多少钱？", scope={"doc": "purchase.html"})
    assert (a.value, a.unit) == (D("2196.79"), "万元")


MIDDLE_SCHOOL = ("肇庆市端州区城东中学2026年单位预算\n二、收入预算情况\n2026年收入预算2,867.50万元，其中：一般公共预算拨款收入"
                 "2,743.90万元；事业收入123.60万元，占4.31%，为课后服务性收费收入。\n")


def test_next_years_fee_income_of_a_school_budget(ask_pages):
    ask = ask_pages({"middle.txt": MIDDLE_SCHOOL, "water.txt": WATER})
    a = ask("城东中学明年靠课后服务收费能收多少钱？", scope={"doc": "middle.txt"})
    assert (a.value, a.unit) == (D("123.60"), "万元") and "按2026年预算回答" in a.answer


SHICHAHAI = ("北京市西城区什刹海街道办事处2025年部门决算\n（二）政府采购支出情况。2025年度本部门政府采购支出总额1026.35万元，其中：政府采购货物支"
             "出38.60万元、政府采购工程支出245.20万元、政府采购服务支出742.55万元。授予中小企业合同金额893.40万元，"
             "占政府采购支出总额的87.05%。\n")


def test_contracts_small_firms_got_in_everyday_words(ask_pages):
    ask = ask_pages({"shichahai.txt": SHICHAHAI})
    a = ask("中小企业拿到的合同占政府采购的百分之几？", scope={"doc": "shichahai.txt"})
    assert (a.value, a.unit) == (D("87.05"), "%")
    a = ask("中小企业拿到的合同有多少钱？", scope={"doc": "shichahai.txt"})
    assert (a.value, a.unit) == (D("893.40"), "万元")


MONTHLY = ("2018年中楼乡1月份“三公经费”支出公开表\n单位：元\n<table><tr><th>项目</th><th>本期支出数</th></tr>"
           "<tr><td>合计</td><td>0</td></tr><tr><td>公务接待费</td><td>0</td></tr></table>\n")


def test_a_months_notice_holds_no_whole_year(ask_pages):
    ask = ask_pages({"monthly.html": html(MONTHLY)})
    a = ask("中楼乡今年全年的三公经费预算一共安排了多少？", scope={"doc": "monthly.html"})
    assert a.value is None and "没有全年的数字" in a.answer      # never the month's 0


def test_either_way_asked_is_the_signed_change(ask_pages):
    ask = ask_pages({"sangong.txt": SANGONG})
    a = ask("环境国土局2015年公车使用经费同比是升了还是降了，变化了百分之几？", scope={"doc": "sangong.txt"})
    assert (a.value, a.unit) == (D("-0.38"), "%")


SHANGYING = ("临洮县上营乡人民政府2026年部门预算\n二、机构设置\n上营乡人民政府内设党政综合办公室等4个办公室，辖12个行政村。\n")


def test_the_villages_a_township_has(ask_pages):
    ask = ask_pages({"shangying.txt": SHANGYING, "water.txt": WATER})
    a = ask("上营乡下面管着几个村？", scope={"doc": "shangying.txt"})
    assert (a.value, a.unit) == (D("12"), "个")
