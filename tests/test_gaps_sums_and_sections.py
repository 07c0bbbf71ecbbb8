"""Shapes met first in the second batch of session 30 (U59–U63, SC10, R25): a sum asked inside its
container, two items joined by 和 and summed with 合计, the gap between two counts, 在职 read as a
word (not 在 + 职), when the cars were counted (车改后), and a catch-all section whose subsections
are no one project. Every page is written in the shape of such a page; every expected value is read
from its words by hand."""
from __future__ import annotations

from decimal import Decimal as D

from assistant.question import parse

OFFICE = ("某办2016年部门预算\n四、预算收支总体情况\n2016年，某办部门收入预算为0万元。相应安排支出预算0万元，其中：人员支出0万元，"
          "公用支出0万元，项目支出0万元。\n五、一般公共预算拨款支出情况\n2016年度一般公共预算拨款支出326.63万元，主要支出项目包括："
          "（一）人员经费88.63万元。主要用于人员工资及养老保险等支出。（二）公用经费38万元。（三）项目支出200万元。\n"
          "六、部门预算单位基本情况\n列入2016年部门预算编制范围的单位详细情况见下表: 单位名称 经费性质 人员编制数 在职人数 某办 财政核拨 95 87\n"
          "七、支出明细\n1、工资福利支出1024.82万元，主要用于在职人员工资。2、商品和服务支出158.92万元。"
          "3、对个人和家庭的补助123.55万元。\n")


def test_a_sum_asked_inside_its_container(ask_pages):
    ask = ask_pages({"office.txt": OFFICE})
    # 人员经费 + 公用经费 = 88.63 + 38 = 126.63; the container (326.63) is none of the parts
    a = ask("一般公共预算拨款支出中的人员经费和公用经费合计是多少？", scope={"doc": "office.txt"})
    assert (a.kind, a.value) == ("derived", D("126.63"))


def test_two_items_joined_and_summed_with_heji(ask_pages):
    ask = ask_pages({"office.txt": OFFICE})
    # 工资福利支出 + 对个人和家庭的补助 = 1024.82 + 123.55 = 1148.37 (one of them no metric of the lexicon)
    a = ask("工资福利支出和对个人和家庭的补助合计是多少？", scope={"doc": "office.txt"})
    assert (a.kind, a.value) == ("derived", D("1148.37"))


def test_the_gap_between_two_counts(ask_pages):
    ask = ask_pages({"office.txt": OFFICE})
    # 编制 95, 在职 87: the gap is 8, whichever is named first
    for q in ("人员编制数和在职人数相差多少人？", "在职人数和人员编制数相差几个人？"):
        a = ask(q, scope={"doc": "office.txt"})
        assert (a.kind, a.value, a.unit) == ("derived", D("8"), "人"), q
    # 在职 87 − 编制 95: 在岗的人比编制少了几个 → 8
    a = ask("实际在岗的人比编制少了几个？", scope={"doc": "office.txt"})
    assert (a.kind, a.value) == ("derived", D("8"))


def test_zaizhi_is_a_word_in_a_share_question():
    q = parse("人头费里面，在职人员工资福利占了多大比例？")
    assert (q.part, q.whole) == ("在职人员工资福利支出", "人员经费")


CARS = ("某部2017年部门预算\n（三）公务用车运行费 2017年预算安排7.6万元，与上年相比支出下降68%，主要原因是在我区单位公务用车"
        "制度改革实施方案出台后，原有的6辆公务用车保留2辆。\n")


def test_when_the_cars_were_counted_is_no_item(ask_pages):
    ask = ask_pages({"cars.txt": CARS})
    a = ask("车改后他们还留了几辆公车？", scope={"doc": "cars.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("2"), "辆")


CATCH_ALL = ("某指挥部2017年决算\n九、其他重要事项说明\n（二）政府采购情况\n本部门2017年度政府采购支出总额37.83万元，其中："
             "政府采购货物支出9.05万元、政府采购工程支出0.00万元、政府采购服务支出28.78万元。\n（四）项目绩效自评报告\n"
             "海坛商业城是国务院安办督办的重大火灾隐患点。该工程属于应急抢险工程。\n"
             "十、专项经费情况说明\n某专项经费情况说明\n一、项目概述\n某专项资金500万元。\n二、项目内容\n"
             "支持企业开展技术改造和设备更新。\n")


def test_a_catch_all_sections_subsections_are_no_one_project(ask_pages):
    ask = ask_pages({"catch.txt": CATCH_ALL})
    # the 绩效自评 subsection beside （二）政府采购情况 says nothing of what the 服务 bought
    a = ask("政府采购服务支出28.78万元主要用于采购哪些服务？", scope={"doc": "catch.txt"})
    assert a.kind == "none"
    # a project's own subsections (项目概述 / 项目内容) still say what it is for
    a = ask("某专项资金是干什么用的？", scope={"doc": "catch.txt"})
    assert a.kind == "passage" and "技术改造" in a.answer


MEDIA = ("平潭综合实验区传媒中心2016年部门预算说明\n二、部门预算单位基本情况\n列入2016年部门预算编制范围的单位详细情况见下表: "
         "单位名称 经费性质 人员编制数 在职人数 平潭综合实验区传媒中心 财政核拨 11 2 平潭广播电视台 财政核拨 5 0 "
         "平潭时报社 财政核拨 5 0\n")


def test_units_left_out_in_brackets_name_no_row(ask_pages):
    ask = ask_pages({"media.txt": MEDIA})
    a = ask("传媒中心本级（不算广播电视台和时报社）实际在岗的有几个人？", scope={"doc": "media.txt"})
    assert (a.kind, a.value) == ("figure", D("2"))


PLANNING = ("某局2024年部门决算\n七、财政拨款“三公”经费支出决算情况说明\n“三公”经费财政拨款支出年初预算为2.85万元，支出决算为"
            "0.39万元，完成预算的13.68%。\n")


def test_money_of_a_budget_not_spent(ask_pages):
    ask = ask_pages({"plan.txt": PLANNING})
    # 年初预算 2.85 − 支出决算 0.39 = 2.46 — never the budget itself
    a = ask("三公经费的预算里有多少钱没花掉？", scope={"doc": "plan.txt"})
    assert (a.kind, a.value) == ("derived", D("2.46"))


TOWNSHIP = ("某乡2016年部门预算\n四、2015年决算收支总体情况\n2015年按经济科目列支的办公费9.48万元，占执行预算的67.7%；差旅费支出"
            "26.67万元，占执行预算的98.8%；培训费支出0.8万元，执行预算23%。\n五、预算收支\n2016年人员支出5824.98万元，公用支出1429万元。"
            "综合定额公用经费1275万元。年末结转和结余20.81万元。\n")


def test_three_items_of_last_year_summed(ask_pages):
    ask = ask_pages({"town.txt": TOWNSHIP})
    # 9.48 + 26.67 + 0.8 = 36.95 — never one of them
    a = ask("2015年办公费、差旅费、培训费三项合计支出多少？", scope={"doc": "town.txt"})
    assert (a.kind, a.value) == ("derived", D("36.95"))


def test_a_sum_reads_each_item_in_the_words_asked(ask_pages):
    ask = ask_pages({"town.txt": TOWNSHIP})
    # 公用支出 as asked is 1429 (综合定额公用经费 1275 is another figure of 公用经费): 5824.98 + 1429 = 7253.98
    a = ask("人员支出和公用支出合计是多少？", scope={"doc": "town.txt"})
    assert (a.kind, a.value) == ("derived", D("7253.98"))


def test_a_balance_said_twice_and_a_remark_after_the_question(ask_pages):
    ask = ask_pages({"town.txt": TOWNSHIP})
    a = ask("2016年底还剩多少钱没花完、结转到下一年？", scope={"doc": "town.txt"})
    assert (a.kind, a.value) == ("figure", D("20.81"))
    q = parse("去年（2016年）一共花了多少钱？按决算支出算。")
    assert q.item == "" and q.basis == "决算"
    q = parse("那2016年他们实际收入（决算）是多少？")
    assert (q.item, q.basis) == ("收入", "决算")


VILLAGE = ("某镇2016年部门预算\n三、支出预算\n（五）村级运转主要用于村级办公经费及村干工资（六）生产消防安全、维稳综治、重大疫情防护"
           "等30万元。\n四、2016年一般预算支出\n1、城乡社区事务环境卫生30万元，机关运转经费77万元。（党建工作经费6万元，办公经费5万元，"
           "水电费2万元，伙食补贴费7万元，其他15万元）2、专用基金支出37万元。\n")


def test_a_use_stated_before_the_next_list_item_is_not_its(ask_pages):
    ask = ask_pages({"village.txt": VILLAGE})
    a = ask("重大疫情防护那10万元具体是干嘛用的？", scope={"doc": "village.txt"})
    assert a.kind == "none"


def test_parts_listed_in_brackets_after_an_amount(ask_pages):
    ask = ask_pages({"village.txt": VILLAGE})
    a = ask("机关运转经费77万元包括哪些开支？", scope={"doc": "village.txt"})
    assert a.kind in ("passage", "definition") and "伙食补贴费" in a.answer


OPERA = ("某剧团2017年部门预算\n三、基本支出\n2、预算内在职人员养老保险按照工资总额的10%定额补助编制,计8.16万元。"
         " 3、 预算内在职人员医疗保险按照工资总额的4%定额补助编制,计3.26万元。\n")


def test_a_rate_stated_in_the_question_is_a_premise(ask_pages):
    ask = ask_pages({"opera.txt": OPERA})
    # "按工资总额10%…，计多少" asks the money (8.16万元), never the 10% the question states itself
    a = ask("在职人员养老保险按工资总额10%定额补助，计多少？", scope={"doc": "opera.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("8.16"), "万元")
    # the clause giving the rate names how it was computed, not the item: 医疗保险 is 3.26
    a = ask("医疗保险按工资总额4%定额补助，计多少？", scope={"doc": "opera.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("3.26"), "万元")


APPROVAL = ("某办2014年部门决算批复\n一、2014年年初结转结余10.50万元，本年收入52.72万元，本年支出54.08万元，年末结转结余9.14万元。"
            "二、2014年基本支出52.08万元，项目支出2.00万元。\n")


def test_money_going_out_and_coming_in_and_a_share_said_with_you(ask_pages):
    ask = ask_pages({"appr.txt": APPROVAL})
    # 本年支出 − 本年收入 = 54.08 − 52.72 = 1.36
    a = ask("2014年花出去的钱比当年收进来的多了多少？", scope={"doc": "appr.txt"})
    assert (a.kind, a.value) == ("derived", D("1.36"))
    # 项目支出 ÷ 本年支出 = 2.00 ÷ 54.08 = 3.70%
    a = ask("2014年的钱有百分之几花在项目上？", scope={"doc": "appr.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("3.70"), "%")
    a = ask("年底账上还剩下多少钱结转到下一年？", scope={"doc": "appr.txt"})
    assert (a.kind, a.value) == ("figure", D("9.14"))


STAFF = ("某办公室2015年部门决算\n二、部门预算单位基本情况\n某办公室包括8个机关行政处室，其中：列入2015年部门预算编制范围的单位"
         "详细情况见下表: 单位名称 经费性质 人员 编制数 在职 人数 某办公室本级 财政核拨 65 67 某办事处 财政拨补 / / "
         "某研究中心 财政核拨 9 7 三、部门主要工作总结\n")


def test_a_staff_header_cut_by_spaces_and_a_row_without_counts(ask_pages):
    ask = ask_pages({"staff.txt": STAFF})
    assert ask("某办公室本级的在职人数是多少？", scope={"doc": "staff.txt"}).value == D("67")
    # the row after "某办事处 财政拨补 / /" is still read
    assert ask("某研究中心的人员编制数是多少？", scope={"doc": "staff.txt"}).value == D("9")


PROJECT = ("某委员会2025年部门预算\n贸易高质量发展专项（政策资金）经费情况说明\n六、年度预算安排\n2025年度项目总预算2921.00万，其中"
           "支持外贸发展370.00万，区级支持总部经济1106.00万，市级支持总部经济1262.00万，进博会推进专项183.00万，合计2921.00万。\n")


def test_a_part_named_inside_a_project_with_a_bracket(ask_pages):
    ask = ask_pages({"proj.txt": PROJECT})
    # "专项（政策资金）中区级支持总部经济": the part (1106.00), never the project's 合计 2921.00
    a = ask("贸易高质量发展专项（政策资金）中区级支持总部经济的年度预算安排是多少？", scope={"doc": "proj.txt"})
    assert (a.kind, a.value) == ("figure", D("1106.00"))


FARM2 = ("某林场2014年部门决算批复\n三、2014年“三公”经费公共预算财政拨款支出6.60万元，其中：因公出国（境）费万元；公务用车购置及"
         "运行维护费6.44万元；公务接待费0.16万元。\n四、资产\n年末公务用车保有量1辆。\n")


def test_a_comparison_of_two_parts_inside_their_whole(ask_pages):
    ask = ask_pages({"farm2.txt": FARM2})
    # 公务用车购置及运行维护费 − 公务接待费 = 6.44 − 0.16 = 6.28 (三公经费 only says where they are)
    a = ask("三公经费里公车的钱比招待费多花了多少？", scope={"doc": "farm2.txt"})
    assert (a.kind, a.value) == ("derived", D("6.28"))


def test_the_township_government_named_generically(ask_pages):
    ask = ask_pages({"xiang.txt": "某乡2015年决算\n四、国有资产占用情况\n年末公务用车保有量1辆。\n"})
    a = ask("乡政府年底有几辆公车？", scope={"doc": "xiang.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("1"), "辆")


def test_a_follow_up_opening_with_na_names_the_unit(ask_pages):
    ask = ask_pages({"farm2.txt": FARM2})
    a = ask("那某林场2014年公务接待费是多少？")
    assert (a.kind, a.value) == ("figure", D("0.16"))
    q = parse("芦洋乡2015年底账上还结余多少钱？")
    assert q.relative in (None, 0) and q.metrics == ["年末结转结余"]
