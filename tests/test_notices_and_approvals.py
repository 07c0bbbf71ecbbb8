"""Shapes met first in question sets on monthly “三公” notices, 2014 approval letters and final
accounts of one district (session 25): a car's plate in a notice's remarks, several cars' costs
asked together, a month's spending never a budget, a balance at the year's end against its
opening, a unit's short name in the manifest written out in full by the question, a reason given
for a part of the item asked. Every page below is written in the shape of such a page; every
expected value is read from its words by hand (derived ones computed by hand, formula in the
comment)."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from assistant.question import parse

NOTICE = ("2018年某镇1月份三公经费公示\n三公经费公示 经统计，某镇2018年1月份三公经费支出情况如下： 项目 本月支出数（元） "
          "合计 2190 1、因公出国（境）费用 0 2、公务接待费 0 3、公务用车费 2190 其中：（1）公务用车运行维护费 2190 "
          "（2）公务用车购置费 0 注：闽K229KA公车洗车900元、闽K198KA公车洗车900元、K198KA公车加油390元。 特此公示\n")

USE_NOTICE = ("某乡三公经费公开\n平潭县某乡2018年9月“三公经费”使用情况公示 单位名称： 单位：元 项目名称 金额 备注 合计 4298 "
              "1、因公出国（境）费用 0 2、公务接待费 1298 支付接待费 3、公务用车费 3000 其中：（1）公务用车运行维护费 3000 "
              "支付燃料费报销 （2）公务用车购置费 0 来源：某乡\n")

CARS = ("2018年某镇6月份三公经费公示\n经统计，某镇2018年6月份三公经费支出情况如下： 项目 本月支出数（元） 合计 6563.1 "
        "1、因公出国（境）费用 0 2、公务接待费 0 3、公务用车费 6563.1 其中：（1）公务用车运行维护费 6563.1 "
        "（2）公务用车购置费 0 注：闽K198KA车保险费2403.4元、闽K229KA保险费4159.7元。 特此公示\n")

REPAIRS = ("2018年某镇10月份三公经费公示\n经统计，某镇2018年10月份三公经费支出情况如下： 项目 本月支出数（元） 合计 10895 "
           "1、因公出国（境）费用 0 2、公务接待费 0 3、公务用车费 10895 其中：（1）公务用车运行维护费 10895 "
           "（2）公务用车购置费 0 注：闽K198KA劳务费3195、闽K198KA修理修配劳务费2915元、闽K229KA劳务费2190元、"
           "闽K229KA修理修配劳务费2595元。 特此公示\n")

APPROVAL = ("财政局关于批复区某办2014年度部门决算的通知\n现批复如下： 一、2014年年初结转结余2.04万元，本年收入52.72万元，"
            "本年支出54.08万元，年末结转结余0.68万元。(一）公共预算财政拨款年初结转结余2.04万元，本年收入52.72万元，"
            "本年支出54.08万元，年末公共预算财政拨款结转结余0.68万元。\n")




def test_a_cars_plate_asked_is_that_cars_cost_never_another_cars(page_doc, ask_rules):
    doc = page_doc("town-2018-06-sangong-monthly.txt", CARS, 2018, "other")
    # "闽K198KA车保险费2403.4元、闽K229KA保险费4159.7元"
    assert ask_rules(doc, "2018年6月闽K198KA那辆车的保险交了多少钱？").value == D("2403.4")
    assert ask_rules(doc, "2018年6月闽K229KA保险多少钱？").value == D("4159.7")


def test_several_cars_costs_asked_together_are_summed_only_as_asked(page_doc, ask_rules):
    doc = page_doc("town-2018-01-sangong-monthly.txt", NOTICE, 2018, "other")
    r = ask_rules(doc, "2018年1月两辆公车洗车一共花了多少钱？")
    assert (r.kind, r.value, r.unit) == ("derived", D("1800"), "元")      # 900 + 900
    assert len(r.inputs) == 2
    assert ask_rules(doc, "2018年1月三辆公车洗车一共花了多少钱？") is None     # the page lists two
    assert ask_rules(doc, "2018年1月公车洗车花了多少钱？") is None             # which car is not said
    assert ask_rules(doc, "2018年1月闽K229KA洗车花了多少钱？").value == D("900")


def test_a_remark_against_the_notices_row_is_a_share(page_doc, ask_rules):
    doc = page_doc("town-2018-01-sangong-monthly.txt", NOTICE, 2018, "other")
    r = ask_rules(doc, "2018年1月份公车加油费占公务用车运行维护费的比重是多少？")
    assert (r.kind, r.value, r.unit) == ("derived", D("17.81"), "%")     # 390 ÷ 2190 × 100 = 17.808


def test_the_first_items_plate_is_the_later_items_too(page_doc, ask_rules):
    doc = page_doc("town-2018-10-sangong-monthly.txt", REPAIRS, 2018, "other")
    r = ask_rules(doc, "2018年10月份闽K198KA劳务费与修理修配劳务费合计是多少元？")
    assert (r.kind, r.value) == ("derived", D("6110"))                    # 3195 + 2915


def test_a_months_spending_is_never_a_budget(page_doc, ask_rules):
    doc = page_doc("town-2018-01-sangong-monthly.txt", NOTICE, 2018, "other")
    total = [f for f in doc.figures if f.label == "合计"]
    assert [f.basis for f in total] == ["执行数"]                            # 本月支出数
    assert ask_rules(doc, "2018年1月三公经费预算定了多少钱？") is None
    assert ask_rules(doc, "2018年1月三公经费合计是多少？").value == D("2190")
    use = page_doc("xiang-2018-09-sangong-monthly.txt", USE_NOTICE, 2018, "other")
    assert {f.basis for f in use.figures if f.source == "table"} == {"执行数"}  # 使用情况公示
    assert ask_rules(use, "2018年9月三公经费全年预算是多少？") is None
    assert ask_rules(use, "平潭县某乡2018年9月“三公经费”使用情况公示中，公务接待费金额是多少？").value == D("1298")


@pytest.mark.parametrize("text, value", [
    ("2014年底的结转结余比年初少了多少钱？", D("1.36")),            # 2.04 − 0.68, said as a size
    ("2014年末结转结余与年初相比变化多少？", D("-1.36")),          # 0.68 − 2.04, signed
])
def test_a_year_end_balance_against_the_opening_one(text, value, page_doc, ask_rules):
    doc = page_doc("ban-2014-final-approval.txt", APPROVAL, 2014, "决算")
    r = ask_rules(doc, text)
    assert (r.kind, r.value, r.unit) == ("derived", value, "万元")
    assert {f.value for f in r.inputs} == {D("0.68"), D("2.04")}


@pytest.mark.parametrize("text, intent", [
    ("交通与建设局2015年度“三公经费”支出按照什么原则安排？", "basis_doc"),
    ("三公经费是按啥要求安排的", "basis_doc"),
    ("区道安办2017年度政府采购货物支出3.76万元具体采购了哪些货物？", "purpose"),
    ("那个搬迁工程建好了有啥用？", "purpose"),
    ("政协是干啥的？", "organisation"),
    ("项目支出是干啥的？", "purpose"),
])
def test_what_rule_what_was_bought_and_what_use_are_asked_in_words(text, intent):
    assert parse(text).intent == intent


def test_the_manifests_short_name_of_a_name_written_in_full():
    from assistant.units import DocInfo, UnitCatalog

    catalog = UnitCatalog([DocInfo("a.txt", "区环卫所", 2014, "决算", "", ""),
                           DocInfo("b.txt", "芦洋乡", 2018, "other", "", "")])
    assert catalog.stretch_for("平潭县环境卫生管理所2014年年末结转结余是多少", "区环卫所") == "平潭县环境卫生管理所"
    assert catalog.stretch_for("平潭县芦洋乡2018年4月三公经费合计金额是多少", "芦洋乡") == "平潭县芦洋乡"


def test_a_reason_given_for_a_part_of_the_item_asked(ask_pages):
    ask = ask_pages({"pq-2017-final.txt":
                     "某片区2017年部门决算\n（二）公务用车购置及运行费3.70万元。其中：公务用车购置费0.00万元。公务用车运行费3.70万元，"
                     "主要用于公务用车燃油、维修、保险等方面支出。2016年公务用车运行费19.11万元；与2016年相比，公务用车运行费减少15.41万元，"
                     "下降80.64%，主要是: 严格执行公务用车改革制度。\n"})
    scope = {"doc": "pq-2017-final.txt"}
    # 公车的钱 is 公务用车购置及运行费; the page gives the reason for its part 公务用车运行费 only
    assert "严格执行公务用车改革制度" in ask("公车的钱怎么比前一年少了那么多？", scope=scope).answer
    assert ask("公车的钱为什么增加了？", scope=scope).kind == "none"       # it fell


ONE_LINE = ("某乡2016年预算\n四、支出预算 2016年支出预算598.59万元，其中：人员支出480.22万元，公用支出32.40万元，项目支出85.97万元。 "
            "五、一般公共预算拨款支出情况 2016年度一般公共预算拨款支出598.59万元，主要支出项目包括： （一）基本支出512.62万元。"
            "主要用于部门运行支出，其中：在职人员工资及福利支出420.65万元，社会保障费支出65.83万元。 （二）公用经费32.40万元。"
            "主要用于定额公用经费。\n")


def test_a_container_named_by_a_heading_or_the_sentence_a_list_goes_on_from(page_doc, ask_rules):
    doc = page_doc("xiang-2016-budget.txt", ONE_LINE, 2016, "预算")
    # "五、一般公共预算拨款支出情况 … （二）公用经费32.40万元" on one line: the heading holds it
    assert ask_rules(doc, "2016年一般公共预算拨款支出中公用经费是多少？").value == D("32.40")
    # "（一）基本支出512.62万元。主要用于部门运行支出，其中：…社会保障费支出65.83万元"
    assert ask_rules(doc, "2016年基本支出中社会保障费支出预算是多少？").value == D("65.83")
    assert ask_rules(doc, "2016年项目支出中社会保障费支出是多少？") is None


def test_this_years_budget_from_next_years_draft_on_the_same_page(ask_pages):
    ask = ask_pages({"xiang-2015-execution-2016-budget-draft.txt":
                     "某乡2015年财政预算执行情况和2016年财政预算草案的报告\n一、平衡状况：本年税收收入130.17万元；本年支出1351.8万元。"
                     "二、2016年财政预算草案 2016年财政总支出安排837万元，比2015年预算增支90万元，同比增支12.05％。\n"})
    scope = {"doc": "xiang-2015-execution-2016-budget-draft.txt"}
    r = ask("2015年财政总支出预算数是多少？", scope=scope)
    assert (r.kind, r.value) == ("derived", D("747.00"))                 # 837 − 90
    assert ask("2015年本年支出是多少？", scope=scope).value == D("1351.8")     # stated: the executed one


LIBRARY = ("某馆2017年预算说明\n二、项目支出 专项业务费： 1、购书专项经费 50万 2、设备购置经费 30万 3、活动经费 10万 "
           "4、修缮专项经费 25万 5、弥补日常经费不足 5万 7、免费开放经费补助 12万 附件： 1.收支预算总表 2.收入预算总表\n")


def test_a_head_stated_only_through_its_numbered_list_is_their_sum_when_a_total_is_asked(page_doc, ask_rules):
    doc = page_doc("guan-2017-budget.txt", LIBRARY, 2017, "预算")
    r = ask_rules(doc, "2017年的专项业务费加起来一共多少钱？")
    assert (r.kind, r.value, r.unit) == ("derived", D("132"), "万元")     # 50 + 30 + 10 + 25 + 5 + 12
    assert len(r.inputs) == 6
    assert ask_rules(doc, "2017年的专项业务费是多少？") is None                  # no total asked, none stated


def test_a_fund_after_a_coded_item_is_where_it_is_paid_from_and_a_leaf_ends_before_its_amount_word(page_doc, ask_rules):
    doc = page_doc("xiang-2015-final.txt",
               "某乡2015年决算\n（三）医疗卫生与计划生育支出（科目编号：210）28.8万元。包括：计划生育事务（科目编码：21007）28.8万元，"
               "其中计划生育机构（科目编码：2100716）28.8万元，较2014年决算数减少10.2万元。科目编码2210201-住房公积金支出的金额为58.61万元。\n",
               2015, "决算")
    r = ask_rules(doc, "2015年度计划生育机构（科目编码：2100716）公共财政拨款支出决算数是多少？")
    assert (r.kind, r.value) == ("figure", D("28.8"))
    assert ask_rules(doc, "2015年给工作人员交住房公积金花了多少钱？").value == D("58.61")


def test_money_asked_by_its_use_under_a_one_level_coded_label(page_doc, ask_rules):
    doc = page_doc("ju-2017-final.txt",
               "某局2017年决算\n8.2130119防灾救灾（项）拨款支出30万元，主要用于各乡镇救灾支出。"
               "9.2130234林业防灾减灾（项）拨款支出127.88万元，主要用于防火半专业化队伍建设经费等支出。\n", 2017, "决算")
    # "…（项）拨款支出" names one level: its leaf is 防灾救灾, not 拨款支出; its use names the money
    assert ask_rules(doc, "2017年给各乡镇救灾花了多少钱？").value == D("30")


def test_staff_counts_printed_run_together_are_read_only_when_forced_and_a_heading_ends_the_table(page_doc):
    mixed = page_doc("zhen-2016-budget.txt",
                     "某镇2016年预算\n列入2016年部门预算编制范围的单位详细情况见下表：单位名称经费性质人员编制数在职人员"
                     "政府行政机关财政核拨3939财政事务财政核拨1721林业站财政核拨33三、部门主要工作任务2016年主要任务是：稳中求进。\n",
                     2016, "预算")
    # two count columns, one number per row, and one row ("1721") no reading can tell apart: the
    # equal halves of the others ("3939") are not read either
    assert not [f for f in mixed.figures if f.unit == "人"]
    together = page_doc("zhen3-2016-budget.txt",
                        "某镇2016年预算\n列入2016年部门预算编制范围的单位详细情况见下表：单位名称经费性质人员编制数在职人员"
                        "政府行政机关财政核拨3939财政事务财政核拨66林业站财政核拨07三、部门主要工作任务2016年主要任务是：稳中求进。\n",
                        2016, "预算")
    # every row reads one way: equal halves are two equal cells, a leading 0 is a cell of its own
    assert sorted((f.label, f.value) for f in together.figures if f.unit == "人") == [
        ("政府行政机关人员编制数", D(39)), ("政府行政机关在职人员", D(39)), ("林业站人员编制数", D(0)),
        ("林业站在职人员", D(7)), ("财政事务人员编制数", D(6)), ("财政事务在职人员", D(6))]
    spaced = page_doc("zhen2-2016-budget.txt",
                  "某镇2016年预算\n单位名称 经费性质 编制数 在职人数 政府行政机关 财政核拨 39 38 财政事务 财政核拨 6 6 "
                  "三、部门主要工作任务 2016 2016\n", 2016, "预算")
    assert sorted((f.label, f.value) for f in spaced.figures if f.unit == "人") == [
        ("政府行政机关在职人数", D(38)), ("政府行政机关编制数", D(39)), ("财政事务在职人数", D(6)), ("财政事务编制数", D(6))]


def test_a_change_and_a_rate_that_cannot_both_hold_are_not_kept(page_doc, ask_rules):
    doc = page_doc("ju-2015-final.txt",
               "某局2015年决算\n2015本年收入103.9万元，比2014年决算数增加66.5万元，增长177.81%。"
               "2015本年支出101.79万元，比2014年决算数增加65.39元，增长179.64%。\n", 2015, "决算")
    income, spending = [f for f in doc.figures if f.value in (D("103.9"), D("101.79"))]
    assert (income.change, income.change_pct) == (D("66.5"), D("177.81"))     # 66.5 ÷ 37.4 = 177.81%
    assert (spending.change, spending.change_pct) == (None, None)              # 65.39元 on 101.78万元 ≠ 179.64%
    assert spending.value == D("101.79")
    assert ask_rules(doc, "本年支出比去年多花了多少？") is None


def test_a_class_row_of_an_approval_form_is_never_the_documents_total(page_doc, ask_rules):
    doc = page_doc("yuan-2014-final-approval.txt",
               "某院2014年部门决算批复\n2014年公共预算财政拨款收入支出决算批复表 附件1-2 部门（单位）：某院 单位：万元 项 目 "
               "年初结转和结余 本年收入 本年支出 年末结转和结余 支出功能分类科目编码 科目名称 合计 基本支出 项目支出 合计 基本支出 "
               "项目支出 合计 基本支出结转 项目支出结转和结余 小计 人员经费 日常公用经费 类款项 合计 161.90 45.03 116.87 1,511.71 "
               "1,413.56 1,351.67 1,049.12 302.55 61.89 260.04 32.16 227.89 204 公共安全支出 161.90 45.03 116.87 1,388.01 "
               "1,289.86 1,227.97 925.42 302.55 61.89 260.05 32.16 227.89 来源：中国平潭\n", 2014, "决算")
    r = ask_rules(doc, "2014年一共花了多少钱？")
    assert r is None or r.kind == "clarify" or r.value == D("1413.56")         # never the class row's 1289.86
    assert ask_rules(doc, "2014年204公共安全支出本年支出是多少？").value == D("1289.86")


def test_a_months_notice_answers_its_month_and_is_found_by_it(ask_pages):
    ask = ask_pages({
        "xiang-2018-09-sangong-monthly.txt": "某乡三公经费公开\n时间：2018-10-01 某乡2018年9月“三公经费”使用情况公示 单位名称： 单位：元 "
                                             "项目名称 金额 备注 合计 4298 1、因公出国（境）费用 0 2、公务接待费 1298 3、公务用车费 3000 "
                                             "公示时间：2018年10月1日至2018年10月7日\n",
        "xiang-2018-05-sangong-monthly.txt": "某乡三公经费公开\n时间：2018-06-01 某乡2018年5月“三公经费”使用情况公示 单位名称： 单位：元 "
                                             "项目名称 金额 备注 合计 500 1、因公出国（境）费用 0 2、公务接待费 500 3、公务用车费 0 "
                                             "公示时间：2018年6月1日至2018年6月7日\n"})
    assert ask("公务接待费是多少？", scope={"doc": "xiang-2018-09-sangong-monthly.txt"}).value == D("1298")
    assert ask("2018年9月公务接待费花了多少？", scope={"unit": "某乡"}).value == D("1298")
    assert ask("2018年5月公务接待费花了多少？", scope={"unit": "某乡"}).value == D("500")


def test_a_part_printed_in_another_unit_whose_sum_needs_the_heads_answers_nothing(page_doc, ask_rules):
    doc = page_doc("zhen-2015-final.txt",
               "某镇2015年决算\n本年支出1035.12万元，基本支出837.83万元。其中：人员支出697.33元，公用支出140.50万元。\n",
               2015, "决算")
    # 697.33 + 140.50 = 837.83 only in 万元: "697.33元" is misprinted, and which reading holds is not said
    (staff,) = [f for f in doc.figures if f.value == D("697.33")]
    assert staff.role == "unknown"
    assert ask_rules(doc, "人员支出是多少？") is None
    assert ask_rules(doc, "人员经费占基本支出多少？") is None
    assert ask_rules(doc, "公用支出是多少？").value == D("140.50")


def test_an_economic_class_row_naming_more_than_a_metric_is_that_class():
    from corpus.figures import match_metric

    assert match_metric("303离退休人员经费") == "离退休人员经费"    # retirees' expenses, never 人员经费
    assert match_metric("303对个人和家庭的补助") == "对个人和家庭的补助"
    assert match_metric("人员经费") == "人员经费"


@pytest.mark.parametrize("text, intent, year", [
    ("平潭全区2019年一般公共预算支出比上一年多了一些，那上一年（2018年）一共支出了多少？", "value", 2018),
    ("一般公共预算支出比上年增加了多少？", "change", None),
])
def test_a_comparison_said_as_the_premise_is_no_change_asked(text, intent, year):
    q = parse(text)
    assert (q.intent, q.year) == (intent, year)


def test_two_characters_inside_the_item_are_no_units_name():
    from assistant.units import DocInfo, UnitCatalog

    unit = "某片区项目建设指挥部"
    catalog = UnitCatalog([DocInfo("a.txt", unit, 2017, "决算", "", "")])
    assert catalog.stretch_for("2017年度2120303城乡社区公共设施-小城镇基础设施建设支出决算数是多少？", unit) == ""


def test_none_held_answers_a_count_with_zero(ask_pages):
    ask = ask_pages({"ju-2016-budget.txt": "某局2016年预算\n（三）公务用车购置及运行费 我单位未配置公车。（四）公务接待费2万元。\n"})
    r = ask("有几辆公车？", scope={"doc": "ju-2016-budget.txt"})
    assert (r.kind, r.value, r.unit) == ("figure", D(0), "辆")
    assert ask("有几个下属单位？", scope={"doc": "ju-2016-budget.txt"}).kind == "none"


def test_last_years_value_of_a_final_account_is_its_final_amount_minus_the_change(page_doc, ask_rules):
    doc = page_doc("ju-2024-final.txt",
               "某局2024年部门决算\n“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元，完成预算的13.68%。"
               "2024年度“三公”经费财政拨款支出决算数比2023年度减少0.15万元，下降27.78%。\n", 2024, "决算")
    r = ask_rules(doc, "三公经费去年是多少？")
    assert (r.kind, r.value) == ("derived", D("0.54"))       # 0.39 + 0.15; never from the budget 2.85


def test_the_retirees_part_is_no_staff_cost_and_a_total_said_with_yigong_is_the_total(page_doc, ask_rules):
    from corpus.figures import match_metric

    assert match_metric("离退休人员经费") == "离退休人员经费"      # never 人员经费
    assert parse("今年一共收入多少钱？").metrics == ["收入"]
    doc = page_doc("zhongxin-2016-budget.txt",
               "某中心2016年预算\n相应安排支出预算801.77万元，其中：人员支出547.85万元，对个人和家庭补助支出243.48万元。"
               "（三）离退休人员经费10.44万元。\n", 2016, "预算")
    assert ask_rules(doc, "养人花了多少").value == D("547.85")


def test_a_container_asked_in_the_headings_own_words(page_doc, ask_rules):
    doc = page_doc("xiang-2014-final.txt",
               "某乡2014年决算\n7. 年末结转结余25.34万元。五、公共财政拨款支出决算情况2014年公共财政拨款支出639.35万元具体情况如下"
               "(按项级科目分类统计)：（一）一般公共服务支出298.10万元。（五）农林水支出92.29万元。\n", 2014, "决算")
    # the heading says 公共财政拨款 (the question's words), the metric's name is 一般公共预算拨款支出
    assert ask_rules(doc, "公共财政拨款支出中农林水支出是多少？").value == D("92.29")
    assert ask_rules(doc, "政府性基金支出中农林水支出是多少？") is None


def test_one_body_named_with_and_without_its_region(ask_pages):
    ask = ask_pages({
        "MANIFEST.tsv": "file\tissuing_unit\tyear\tkind\n"
                        "xiang-2014-final-stub.txt\t中楼乡人民政府\t2014\t决算\n"
                        "xiang-2016-final.txt\t平潭综合实验区中楼乡人民政府\t2016\t决算\n",
        "xiang-2014-final-stub.txt": "中楼乡人民政府2014年决算\n见附件。\n",
        "xiang-2016-final.txt": "平潭综合实验区中楼乡人民政府2016年决算\n2016年机关运行经费支出72.17万元。\n"})
    # the question's 中楼乡 names the 2014 page's unit; the 2016 account is the same body's
    assert ask("中楼乡2016年机关运行经费是多少？").value == D("72.17")


def test_a_budget_word_never_names_a_unit(ask_pages):
    ask = ask_pages({
        "MANIFEST.tsv": "file\tissuing_unit\tyear\tkind\n"
                        "zmb-2016-budget.txt\t平潭综合实验区自贸办\t2016\t预算\n"
                        "cdc-2020-final-stub.txt\t平潭综合实验区疾病预防控制中心\t2020\t决算\n",
        "zmb-2016-budget.txt": "平潭综合实验区自贸办2016年预算\n2016年下达我单位“三公经费”控制数30.50万元。\n",
        "cdc-2020-final-stub.txt": "平潭综合实验区疾病预防控制中心2020年度单位决算\n见附件。\n"})
    # 控制数 is a budget word: the question names 自贸办, not the 疾病预防控制中心
    assert ask("自贸办2016年三公经费控制数是多少？").value == D("30.50")


def test_a_short_label_after_an_amount_shares_the_head_before_it(page_doc, ask_rules):
    doc = page_doc("ban-2015-final.txt",
               "某办2015年决算\n（二）公务用车购置为0万元、运行费116.02万元，主要用于公务用车燃油、维修、保险等方面支出。\n",
               2015, "决算")
    (run,) = [f for f in doc.figures if f.value == D("116.02")]
    assert (run.label, run.metric) == ("公务用车运行费", "公务用车运行维护费")
    assert ask_rules(doc, "公务用车运行费是多少？").value == D("116.02")


def test_a_rate_said_of_bare_spending_after_the_items_use_is_the_items(page_doc, ask_rules):
    doc = page_doc("ju-2017-budget.txt",
               "某局2017年预算\n（二）公务接待费 2017年预算安排6万元。主要用于招商引资等方面的接待活动。"
               "与上年相比支出下降84.2%，主要原因是:2017年招商引资工作统一由管委会负责。\n", 2017, "预算")
    (hosting,) = [f for f in doc.figures if f.value == D(6)]
    assert (hosting.change_pct, hosting.reason) == (D("-84.2"), "2017年招商引资工作统一由管委会负责")
    r = ask_rules(doc, "公务接待费与上年相比下降的百分比是多少？")
    assert (r.value, r.unit) == (D("-84.2"), "%")
