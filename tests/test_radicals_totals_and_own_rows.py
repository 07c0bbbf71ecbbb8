"""Session 45: radical code points in a PDF's text layer, a count stated as a total (共保留公车23辆),
a table named with the unit and year before its title, a unit's own row (局本级) asked in a
department's budget, a change column (增减额) typed as a change, a share "占该院…合计", the final
against a budget said with 省了, people counted with 个, a unit named without its province and
city, a share stated within one fund beside the share of all spending, a reason answered alone,
and everyday words. Every page is written in the shape of such a page; every expected value is
read from its words by hand."""
from __future__ import annotations

from decimal import Decimal as D

from corpus.models import RawDocument, RawTable
from corpus.readers import unify_radicals

# "⼀般公共预算财政拨款⽀出", "⼈⺠政府": Kangxi radicals (U+2F00…) and a simplified radical form
# (⺠ U+2EA0) where a PDF font maps its glyphs to them
RADICAL_TOWN = ("某镇⼈⺠政府2025年部门决算\n五、⼀般公共预算财政拨款⽀出决算情况说明\n"
                "2025年度⼀般公共预算财政拨款⽀出2931.75万元，⽐上年增加89.57万元，增⻓3.15%。\n")

CARS = ("某区管委会办公室2017年部门预算说明\n六、一般公共预算“三公”经费支出情况\n"
        "（三）公务用车购置及运行费 2017年预算安排车辆经费43.8万元。党工委、管委会机关保留机要通信、应急用车9辆；"
        "区党工委、管委会办公室保留接待调研用车3辆；县党政主官保留的2辆工作用车也暂划统一调配。"
        "因此，区党工委、管委会机关及办公室、县委县政府共保留公车23辆。\n")

FUND_TABLE = ("某镇人民政府2025年度部门决算\n第二部分 2025年度部门决算表\n"
              "表八 政府性基金预算财政拨款收入支出决算表\n单位：万元\n"
              "<table><tr><th>科目编码</th><th>科目名称</th><th>年初预算数</th><th>决算数</th><th>上年决算数</th></tr>"
              "<tr><td></td><td>合计</td><td>160.00</td><td>198.00</td><td>252.00</td></tr>"
              "<tr><td>2120804</td><td>农村基础设施建设支出</td><td>150.00</td><td>186.00</td><td>240.00</td></tr>"
              "<tr><td>2296002</td><td>用于社会福利的彩票公益金支出</td><td>10.00</td><td>12.00</td><td>12.00</td></tr></table>\n")

BUREAU = ("某区教育和体育局2026年部门预算\n表3 部门支出总表\n单位：万元\n"
          "<table><tr><th>单位编码</th><th>单位名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>"
          "<tr><td></td><td>合计</td><td>9631.86</td><td>7322.36</td><td>2309.50</td></tr>"
          "<tr><td>145001</td><td>某区教育和体育局（本级）</td><td>2668.82</td><td>1617.82</td><td>1051.00</td></tr>"
          "<tr><td>145002</td><td>某区第一实验小学</td><td>2480.75</td><td>2128.75</td><td>352.00</td></tr></table>\n"
          "表5 一般公共预算支出表\n单位：万元\n"
          "<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>"
          "<tr><td>2080506</td><td>机关事业单位职业年金缴费支出</td><td>238.08</td><td>238.08</td><td>0.00</td></tr></table>\n")

HEALTH = ("某区卫生健康局2026年部门预算\n表二 2026年部门收入总表\n单位：万元\n"
          "<table><tr><th>单位名称</th><th>合计</th><th>一般公共预算拨款收入</th><th>事业收入</th><th>其他收入</th></tr>"
          "<tr><td>合计</td><td>9000.00</td><td>5000.00</td><td>3800.00</td><td>200.00</td></tr>"
          "<tr><td>某区妇幼保健院</td><td>3378.88</td><td>953.88</td><td>2380.00</td><td>45.00</td></tr></table>\n")

STREET = ("某街道办事处2026年部门预算\n一般公共预算支出表\n单位：元\n"
          "<table><tr><th>科目编码</th><th>科目名称</th><th>上年数</th><th>本年数</th><th>增减额</th></tr>"
          "<tr><td>2081002</td><td>老年福利</td><td>498,600.00</td><td>526,800.00</td><td>28,200.00</td></tr></table>\n")

CENTRE = ("某区农业技术推广中心2025年度单位决算\n七、一般公共预算财政拨款“三公”经费支出决算情况说明\n"
          "2025年度“三公”经费财政拨款支出年初预算为3.50万元，支出决算为2.80万元，完成年初预算的80.00%。\n")

SWEEPERS = ("某区环境卫生服务中心2026年单位预算\n（三）人员情况\n本单位事业编制45人，实有人数41人；"
            "另有通过劳务派遣方式使用的一线环卫工人326人，其劳务费用在项目支出中列支。\n")

TOWN_SHARES = ("某镇人民政府2025年部门决算\n一、收入支出决算总体情况说明\n2025年度本年支出合计3129.75万元。\n"
               "五、一般公共预算财政拨款支出决算情况说明\n2025年度一般公共预算财政拨款支出2931.75万元，主要用于以下方面："
               "一般公共服务支出1573.85万元，占53.68%；公共安全支出12.40万元，占0.42%。\n")

SCHOOL = ("某区第一实验小学2026年单位预算\n（五）“三公”经费预算情况\n因公出国（境）费0万元，与上年持平，本单位无因公出国（境）安排；"
          "公务用车购置及运行费0万元，与上年持平，主要原因是本单位无公务用车，不安排公务用车购置及运行费。"
          "公务接待费0.60万元，较上年减少0.20万元，主要原因是严格控制接待标准和接待范围。\n")


def test_radicals_read_as_the_ideographs_they_stand_for(ask_pages):
    doc = unify_radicals(RawDocument(path="x.pdf", text="⼀般公共预算⽀出，⼈⺠政府，⻋辆",
                                     tables=[RawTable(rows=[["⽀出", "1.00"]])]))
    assert doc.text == "一般公共预算支出，人民政府，车辆" and doc.tables[0].rows == [["支出", "1.00"]]
    # a simplified font draws 户 with the radical ⼾'s glyph: 户籍, never the variant 戶籍
    assert unify_radicals(RawDocument(path="x.pdf", text="随⼾籍变动，⾭年，⿈河")).text == "随户籍变动，青年，黄河"
    ask = ask_pages({"town.txt": RADICAL_TOWN})
    a = ask("一般公共预算财政拨款支出是多少？", scope={"doc": "town.txt"})
    assert (a.value, a.unit) == (D("2931.75"), "万元")


def test_a_count_asked_in_all_is_the_total_stated(ask_pages):
    ask = ask_pages({"cars.txt": CARS})
    scope = {"doc": "cars.txt"}
    for q in ("一共保留了几辆公车？", "管委会办公室这些机关一共保留了几辆公车？"):
        a = ask(q, scope=scope)
        assert (a.value, a.unit) == (D("23"), "辆"), q        # never 9 + 3 + 2 + 23, never the 3
    a = ask("接待调研用车保留了几辆？", scope=scope)
    assert a.value == D("3")


def test_a_table_named_after_the_unit_and_year(ask_pages):
    ask = ask_pages({"fund.html": FUND_TABLE})
    a = ask("某镇2025年度政府性基金预算财政拨款支出决算表中，2120804农村基础设施建设支出的上年决算数是多少？",
            scope={"doc": "fund.html"})
    assert (a.value, a.unit) == (D("240.00"), "万元")


def test_the_units_own_row_asked_by_name(ask_pages):
    ask = ask_pages({"bureau.html": BUREAU})
    a = ask("教体局机关本身（局本级）2026年花在项目上的钱有多少？", scope={"doc": "bureau.html"})
    assert (a.value, a.unit) == (D("1051.00"), "万元")      # never 2080506's 0.00, nor the 2309.50 of all


def test_a_share_of_the_bodys_own_total(ask_pages):
    ask = ask_pages({"health.html": HEALTH})
    a = ask("2026年某区妇幼保健院事业收入占该院收入预算合计的比重是多少？", scope={"doc": "health.html"})
    assert (a.value, a.unit) == (D("70.44"), "%")           # 2380.00 ÷ 3378.88, not ÷ 9000.00


def test_a_change_column_is_a_change(ask_pages):
    ask = ask_pages({"street.html": STREET})
    scope = {"doc": "street.html"}
    a = ask("今年老年福利安排了多少？", scope=scope)
    assert (a.kind, a.value, a.unit) == ("figure", D("526800.00"), "元")    # never the 增减额 as a rival
    a = ask("老年福利比上年增加了多少？", scope=scope)
    assert (a.value, a.unit) == (D("28200.00"), "元")


def test_the_final_against_its_budget_said_with_saved(ask_pages):
    ask = ask_pages({"centre.txt": CENTRE})
    a = ask("农技推广中心2025年的三公经费比预算省了多少？", scope={"doc": "centre.txt"})
    assert abs(a.value) == D("0.70") and a.unit == "万元"    # 3.50 − 2.80


def test_people_counted_with_ge(ask_pages):
    ask = ask_pages({"sweepers.txt": SWEEPERS})
    a = ask("环卫中心用了多少个劳务派遣的环卫工人？", scope={"doc": "sweepers.txt"})
    assert a.value == D("326")


def test_a_share_within_one_fund_and_of_all_spending_both_shown(ask_pages):
    ask = ask_pages({"shares.txt": TOWN_SHARES})
    a = ask("一般公共服务支出占比多少？", scope={"doc": "shares.txt"})
    assert a.kind == "clarify" and a.value is None
    assert "53.68%" in a.answer and "50.29%" in a.answer    # stated; 1573.85 ÷ 3129.75
    a = ask("一般公共服务支出占一般公共预算财政拨款支出的比重是多少？", scope={"doc": "shares.txt"})
    assert (a.value, a.unit) == (D("53.68"), "%")


def test_a_reason_answered_alone(ask_pages):
    ask = ask_pages({"school.txt": SCHOOL})
    a = ask("第一实验小学2026年为什么没有公务用车的钱？", scope={"doc": "school.txt"})
    assert "无公务用车" in a.answer and "接待标准" not in a.answer


def test_a_unit_named_without_its_province_and_city(ask_pages):
    ask = ask_pages({
        "a.txt": "桂林市临桂区卫生健康局2026年部门预算\n五、“三公”经费预算情况\n2026年一般公共预算“三公”经费预算25.20万元。\n",
        "b.txt": "桂林市临桂区疾病预防控制中心2026年单位预算\n五、“三公”经费预算情况\n2026年一般公共预算“三公”经费预算8.00万元。\n"})
    a = ask("临桂区卫生健康局2026年三公经费预算是多少？")
    assert (a.value, a.unit) == (D("25.20"), "万元")


def test_everyday_words_of_this_session(ask_pages):
    ask = ask_pages({"ghj.txt": "某区规划和自然资源局2024年部门决算\n（一）机关运行经费支出情况\n"
                                "机关运行经费支出142.80万元，比2023年度减少13.52万元，下降8.65%。\n"
                                "（二）公务接待 列明公务接待2批次、18人次。\n"})
    scope = {"doc": "ghj.txt"}
    a = ask("规划资源局2024年机关日常运转的钱比2023年少了多少？", scope=scope)
    assert abs(a.value) == D("13.52")
    a = ask("2024年一共接待了几批来访的客人？", scope=scope)
    assert (a.value, a.unit) == (D("2"), "批次")


SCHOOL_FINAL = ("某中学2025年度单位决算\n收入决算表\n单位：万元\n"
                "<table><tr><th>项目</th><th>上年决算数</th><th>本年决算数</th><th>增减额</th></tr>"
                "<tr><td>本年收入合计</td><td>7925.58</td><td>8164.00</td><td>238.42</td></tr>"
                "<tr><td>事业收入</td><td>1375.08</td><td>1285.40</td><td>-89.68</td></tr>"
                "<tr><td>其他收入</td><td>38.20</td><td>36.24</td><td>-1.96</td></tr></table>\n")

BUREAU_FINAL = ("某区卫生健康局2025年部门决算\n收入决算表\n单位：万元\n"
                "<table><tr><th>单位名称</th><th>本年收入合计</th><th>财政拨款收入</th><th>事业收入</th><th>其他收入</th></tr>"
                "<tr><td>合计</td><td>2548.78</td><td>2055.53</td><td>483.90</td><td>9.35</td></tr>"
                "<tr><td>某区卫生健康局（本级）</td><td>1286.45</td><td>1286.45</td><td>0.00</td><td>0.00</td></tr>"
                "<tr><td>某区自强社区卫生服务中心</td><td>687.00</td><td>412.30</td><td>268.50</td><td>6.20</td></tr>"
                "<tr><td>某区南岭社区卫生服务中心</td><td>575.33</td><td>356.78</td><td>215.40</td><td>3.15</td></tr></table>\n")

FINANCE = ("某区财政局2025年部门决算\n四、财政拨款收入支出决算总体情况说明\n"
           "2025年度财政拨款收入总计3872.05万元，其中年初财政拨款结转和结余45.60万元，本年财政拨款收入3826.45万元；"
           "财政拨款支出总计3872.05万元，其中本年财政拨款支出3789.62万元，年末财政拨款结转和结余82.43万元。\n")


def test_a_decrease_in_percent_from_a_tables_two_years(ask_pages):
    ask = ask_pages({"school.html": SCHOOL_FINAL})
    a = ask("其他收入下降了百分之几？", scope={"doc": "school.html"})
    assert (a.value, a.unit) == (D("-5.13"), "%") and "下降5.13%" in a.answer     # (36.24 − 38.20) ÷ 38.20


def test_a_body_named_before_everyday_words_in_brackets_and_a_share_of_its_own_total(ask_pages):
    ask = ask_pages({"bureau.html": BUREAU_FINAL})
    scope = {"doc": "bureau.html"}
    a = ask("卫健局下面的自强社区卫生服务中心，2025年自己看病等业务挣的钱（事业收入）有多少？", scope=scope)
    assert (a.value, a.unit) == (D("268.50"), "万元")      # never the 483.90 of all
    a = ask("2025年度某区南岭社区卫生服务中心本年收入合计中，财政拨款收入所占比重是多少？", scope=scope)
    assert (a.value, a.unit) == (D("62.01"), "%")           # 356.78 ÷ 575.33, not ÷ 2548.78


def test_an_income_list_ends_where_the_spending_total_begins(page_doc):
    doc = page_doc("finance.txt", FINANCE, 2025, "决算")
    assert not [f for f in doc.findings if f.check == "其中各项之和"]     # 45.60 + 3826.45 = 3872.05


def test_actual_spending_of_an_earlier_year_asked_after_a_budget(ask_pages):
    ask = ask_pages({
        "b2026.txt": "某区生态环境分局2026年部门预算\n五、“三公”经费预算情况\n2026年一般公共预算“三公”经费预算12.00万元。\n",
        "f2025.txt": "某区生态环境分局2025年部门决算\n七、“三公”经费财政拨款支出决算情况说明\n"
                     "2025年度“三公”经费财政拨款支出决算12.52万元。\n"})
    first = ask("某区生态环境分局2026年三公经费预算是多少？")
    assert first.value == D("12.00")
    a = ask("那2025年实际花了多少？", scope=first.scope, history=[first])
    assert (a.value, a.unit) == (D("12.52"), "万元")


MCH_UNIT = ("某区妇幼保健计划生育服务中心2026年单位预算\n一、收支预算总体情况\n"
            "2026年收支预算611.23万元。2026年支出预算611.23万元，其中：基本支出512.63万元，占83.87%；项目支出98.60万元，"
            "占16.13%。\n四、一般公共预算基本支出预算情况\n2026年一般公共预算基本支出404.23万元，其中：人员经费358.06万元，"
            "公用经费46.17万元。\n五、政府采购预算情况\n2026年本单位政府采购预算58.00万元，其中：货物类36.00万元，"
            "服务类22.00万元。\n")

CARS_HELD = ("某区教育体育局2025年部门决算\n（三）国有资产占有使用情况\n截至2025年12月31日，本部门开支财政拨款的公务用车保有量为2辆。"
             "截至2025年12月31日，本部门共有车辆3辆，其中：一般公务用车2辆，其他用车1辆（校车）。\n")

MONTH_12 = ("芦洋乡2018年12月三公经费公开\n三公经费公示 经统计，芦洋乡2018年12月份三公经费支出情况如下： 项目 本月支出数（元） "
            "合计 3980 1、因公出国（境）费用 0 2、公务接待费 980 3、公务用车费 3000\n")


def test_a_fund_named_is_answered_by_that_funds_figure(ask_pages):
    ask = ask_pages({"mch.txt": MCH_UNIT})
    scope = {"doc": "mch.txt"}
    a = ask("2026年一般公共预算基本支出是多少？", scope=scope)
    assert (a.value, a.unit) == (D("404.23"), "万元")      # never the 512.63 of all funds
    a = ask("2026年基本支出是多少？", scope=scope)
    assert a.value == D("512.63")
    a = ask("服务类采购是多少？", scope=scope)                # a part after 其中 under 政府采购
    assert (a.value, a.unit) == (D("22.00"), "万元")
    a = ask("政府采购货物和服务加起来一共多少钱？", scope=scope)
    assert a.value == D("58.00")                              # 36.00 + 22.00, never the total added in


def test_official_cars_are_not_all_vehicles(ask_pages):
    ask = ask_pages({"cars.txt": CARS_HELD})
    a = ask("有几辆公务用车？", scope={"doc": "cars.txt"})
    assert (a.value, a.unit) == (D("2"), "辆")
    a = ask("一共有几辆车？", scope={"doc": "cars.txt"})
    assert a.value == D("3")


def test_a_december_notice_holds_no_whole_year(ask_pages):
    ask = ask_pages({"m12.txt": MONTH_12})
    a = ask("芦洋乡2018年全年三公经费一共花了多少钱？", scope={"doc": "m12.txt"})
    assert a.kind == "none" and a.value is None
    a = ask("芦洋乡2018年12月三公经费一共花了多少钱？", scope={"doc": "m12.txt"})
    assert a.value == D("3980")


def test_per_head_and_a_whole_said_in_the_question(ask_pages):
    ask = ask_pages({"o.txt": "某区管委会办公室2015年部门决算\n三公经费\n公务接待费453.53万元，接待41426人次。\n"
                              "项目支出：华侨事务及法律顾问费（含出国（境）费用）20万元。\n"})
    scope = {"doc": "o.txt"}
    a = ask("2015年接待客人，平均每接待一人次花了多少元？", scope=scope)
    # (session 47) the amount ÷ the count its own sentence states, both cited: 4,535,300元 ÷ 41426人次
    assert (a.kind, a.value, a.unit) == ("derived", D("109.48"), "元")
    cited = " ".join(c.text for c in a.citations)      # (one sentence states both: cited once)
    assert "453.53万元" in cited and "41426人次" in cited
    a = ask("2015年平均每人人员经费是多少？", scope=scope)
    assert a.value is None                                    # no count of heads stated: nothing to divide by
    a = ask("华侨事务及法律顾问费20万元里，出国出境的钱具体是多少？", scope=scope)
    assert a.value is None                                    # the whole said is never its part


def test_a_body_listed_by_one_unit_asked_without_scope(ask_pages):
    ask = ask_pages({
        "mz.html": ("某区民政局2025年部门决算\n支出决算表\n单位：万元\n"
                    "<table><tr><th>单位名称</th><th>本年支出合计</th><th>基本支出</th><th>项目支出</th></tr>"
                    "<tr><td>合计</td><td>3000.00</td><td>1800.00</td><td>1200.00</td></tr>"
                    "<tr><td>某区民政局（本级）</td><td>1600.00</td><td>900.00</td><td>700.00</td></tr>"
                    "<tr><td>某区社会福利院</td><td>1400.00</td><td>900.00</td><td>500.00</td></tr></table>\n"
                    "收入决算表\n单位：万元\n"
                    "<table><tr><th>单位名称</th><th>本年收入合计</th><th>财政拨款收入</th></tr>"
                    "<tr><td>某区社会福利院</td><td>1390.00</td><td>1390.00</td></tr></table>\n"),
        "jd.txt": "某区某街道办事处2025年部门决算\n一、收入支出决算总体情况说明\n2025年度本年支出合计800.00万元。\n"})
    a = ask("某区社会福利院2025年项目支出决算多少？")
    assert (a.value, a.unit) == (D("500.00"), "万元")
    a = ask("某区社会福利院2025年花了多少钱？")
    assert a.value == D("1400.00")                            # 花了: the 本年支出合计 cell, not the income's


def test_one_use_of_several_is_not_the_amount(ask_pages):
    ask = ask_pages({"nf.txt": "某区农村发展局2017年决算\n（一）因公出国（境）费\n因公出国（境）费6.34万元，主要用于由省林业厅组织的"
                               "全省林业系统主要负责人赴巴西参加生态林业培训学习；海渔、水利系统相关人员赴台湾开展调研工作。\n"})
    a = ask("农发局2017年派人去巴西参加生态林业培训花了多少钱？", scope={"doc": "nf.txt"})
    assert a.value is None                                    # 6.34 pays both trips
    a = ask("2017年因公出国（境）费是多少？", scope={"doc": "nf.txt"})
    assert a.value == D("6.34")


def test_more_than_the_years_budget_asks_the_final(ask_pages):
    ask = ask_pages({"sf.txt": "某区司法局2025年部门决算\n五、一般公共预算财政拨款支出决算情况说明\n6.公共安全支出（类）司法（款）"
                               "社区矫正（项）。年初预算为150.00万元，支出决算为156.60万元，完成年初预算的104.40%。\n"})
    a = ask("社区矫正的钱比年初预算多了多少？", scope={"doc": "sf.txt"})
    assert abs(a.value) == D("6.60") and a.unit == "万元"     # 156.60 − 150.00
