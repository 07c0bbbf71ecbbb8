"""Shapes met first in question sets asking past the totals of one district's pages (session 26):
sums of items listed with 、 and a number of items said, staff counted across a unit's table,
parts listed under an item, a reason given for another item, a balance at a year's end with the
unit named between, a rate stated of an amount whose unit is misprinted, items named by examples
or by their class code only. Every page below is written in the shape of such a page; every
expected value is read from its words by hand (derived ones computed by hand, formula in the
comment)."""
from __future__ import annotations

from decimal import Decimal as D


TOWN = ("某镇2016年预算说明\n三、2016年预算安排 办公费9万元，差旅费支出29.5万元,会议费支出3.5万元，公务招待费支出2.8万元，"
        "在全年的总支出中安排普法综治信访维稳经费12万元，纪检经费3万元。\n")

TROUPE = ("某剧团2017年预算编制说明\n一、单位人员 现有在职在编人员34名。 二、基本支出 1、按34人每人年按2.4万元标准，计81.6万元/年。 "
          "2、预算内在职人员养老保险按照工资总额的10%定额补助编制,计8.16万元。 "
          "3、 预算内在职人员医疗保险按照工资总额的4%定额补助编制,计3.26万元。\n")

LISTS = ("东澳镇2016年部门预算\n五、支出预算 主要用于：1、人员经费支出 905.33 万元：（1）、在职人员工资及福利费：588.09万元；"
         "（2）、在职人员住房公积金：82.76万元2、公用支出： 64.50 万元 （1）、综合定额公用经费：42.5万元（2）、误餐及通讯补贴:22.00万元"
         "3、项目支出223.56万元，都是专项业务费。\n")

RECEPTION = ("某办2016年部门预算\n（三）项目支出200万元。主要用于专项业务费等支出。\n"
             "七、一般公共预算“三公”经费支出情况 （二）公务接待费 2016年预算安排18.10万元。主要用于推动招商引资方面的接待活动。"
             "与上年相比支出下降（增长）243%，主要原因是: 2016年加大区内招商引资力度，促进各类项目落地等。\n")

APPROVAL = ("财政局关于批复某中心2014年度部门决算的通知\n现批复如下： 一、2014年年初结转结余28.78万元，本年收入169.92万元，"
            "本年支出120.46万元，年末结转结余78.23万元。(一）公共预算财政拨款年初结转结余28.78万元，本年收入119.92万元，"
            "本年支出120.46万元，年末公共预算财政拨款结转结余28.23万元。\n")

COURT = ("某院2015年部门决算\n“三公”经费支出决算情况 （一）因公出国（境）费万2.28元，主要用于赴台任务。"
         "与2014年相比，因公出国（境）经费支出下降63%。\n")

STAFF = ("某乡2014年部门决算\n二、部门预算单位基本情况 某乡政府部门包括3个机关行政处室及2个下属单位，详细情况见下表: "
         "单位名称 经费性质 人员编制数 在职人数 政府机关 财政拨款 22 21 财政所 财政拨款 3 3 计生办 财政拨款 3 3 "
         "三、部门主要工作总结 略。\n")

CENTRE = ("某中心2016年部门预算\n一、基本情况 本中心由原某堤防管理站等八个基层单位整合而成。 "
          "二、支出预算 相应安排支出预算329.85万元，其中：人员支出120.4万元，公用支出9.45万元，项目支出200万元。"
          "其中住房保障支出66.28万元，提租补贴28.23万元。 三公经费 2016年“三公”经费预算6.60万元，"
          "其中公务接待费0.16万元。\n")

CODED = ("某办2017年部门决算\n（一）2010302一般公共服务支出(类) 政府办公厅（室）及相关机构事务(款)一般行政管理事务(项)拨款支出"
         "2.99万元，比2016年决算数减少42.59万元,下降93.44%。\n")




def test_items_listed_with_commas_are_each_summed_and_the_number_said_must_match(page_doc, ask_rules):
    doc = page_doc("town-2016-budget.txt", TOWN, 2016, "预算")
    r = ask_rules(doc, "今年办公、出差和开会三项一共要花多少钱？")
    assert (r.kind, r.value) == ("derived", D("42.00"))      # 9 + 29.5 + 3.5
    # two items said, three named: the page gives no two-item sum of them
    assert ask_rules(doc, "今年办公、出差和开会两项一共要花多少钱？") is None
    # one stated item whose name joins several fields ("普法综治信访维稳经费12万元")
    assert ask_rules(doc, "今年搞普法、综治、信访维稳准备花多少钱？").value == D("12")


def test_a_count_noun_qualifying_money_never_answers_the_count(page_doc, ask_rules):
    doc = page_doc("troupe-2017-budget.txt", TROUPE, 2017, "预算")
    # "预算内在职人员养老保险…计8.16万元"; 在职人员 only says whose insurance (never "34名")
    r = ask_rules(doc, "2017年预算中在职人员养老保险定额补助是多少？")
    assert (r.value, r.unit) == (D("8.16"), "万元")


def test_the_parts_of_an_item_are_the_list_after_its_name(ask_pages):
    ask = ask_pages({"MANIFEST.tsv": "file\tissuing_unit\tyear\tkind\ntown-2016-budget.txt\t平潭综合实验区东澳镇人民政府\t2016\t预算\n",
                     "town-2016-budget.txt": LISTS})
    a = ask("东澳镇2016年公用支出64.50万元由哪些部分构成？")
    assert "误餐及通讯补贴" in a.answer and "综合定额公用经费" in a.answer
    assert "项目支出223.56" not in a.answer          # the next item of the outer list is not a part
    a = ask("东澳镇2016年人员经费支出包括哪几部分？")
    assert "在职人员工资及福利费" in a.answer and "公用支出" not in a.answer


def test_a_reason_given_for_another_item_is_no_answer(ask_pages):
    ask = ask_pages({"office-2016-budget.txt": RECEPTION})
    # the reason after "（二）公务接待费…" is the reception costs', not the project spending's
    assert ask("某办2016年项目支出预算较上年变化的主要原因是什么？").kind == "none"
    assert "项目落地" in ask("某办2016年公务接待费为什么增长？").answer


def test_a_year_end_balance_with_the_unit_named_between(ask_pages):
    ask = ask_pages({"MANIFEST.tsv": "file\tissuing_unit\tyear\tkind\ncentre-2014-final.txt\t平潭综合实验区水务服务中心\t2014\t决算\n",
                     "centre-2014-final.txt": APPROVAL})
    # "年末公共预算财政拨款结转结余28.23万元"; "年末结转结余78.23万元"
    assert ask("2014年末水务服务中心公共预算财政拨款结转结余是多少？").value == D("28.23")
    assert ask("水务服务中心2014年末公共预算财政拨款结转结余是多少？").value == D("28.23")
    assert ask("2014年末水务服务中心结转结余是多少？").value == D("78.23")
    a = ask("水务服务中心2014年年初剩下的钱加上当年收入，一共有多少钱可用？")
    assert (a.kind, a.value) == ("derived", D("198.70"))     # 28.78 + 169.92


def test_a_rate_stated_of_an_amount_with_a_misprinted_unit_is_still_a_rate(page_doc, ask_rules):
    doc = page_doc("court-2015-final.txt", COURT, 2015, "决算")
    r = ask_rules(doc, "与2014年相比，2015年因公出国（境）经费支出下降的百分比是多少？")
    assert (r.value, r.unit) == (D("-63"), "%")
    assert ask_rules(doc, "2015年因公出国（境）费是多少？") is None    # "费万2.28元": 元 or 万元, not said


def test_a_units_staff_counted_across_its_table(page_doc, ask_rules):
    doc = page_doc("xiang-2014-final.txt", STAFF, 2014, "决算")
    # no total row: the rows' 在职人数 21 + 3 + 3 = 27
    r = ask_rules(doc, "某乡政府和下面那些站所加起来一共有多少人在上班？")
    assert (r.kind, r.value, r.unit) == ("derived", D("27"), "人")
    assert ask_rules(doc, "一共有多少在职人员？").value == D("27")
    assert ask_rules(doc, "财政所现在有多少工作人员？").value == D("3")


def test_items_named_plainly_by_examples_code_suffix_or_brackets(page_doc, ask_rules):
    doc = page_doc("centre-2016-budget.txt", CENTRE, 2016, "预算")
    assert ask_rules(doc, "日常办公这些公用开支安排了多少钱？").value == D("9.45")
    r = ask_rules(doc, "人员支出与公用支出合计（基本支出）是多少？")
    assert (r.kind, r.value) == ("derived", D("129.85"))     # 120.4 + 9.45
    r = ask_rules(doc, "今年住房保障和提租补贴加起来一共多少钱？")
    assert (r.kind, r.value) == ("derived", D("94.51"))      # 66.28 + 28.23
    assert ask_rules(doc, "这个中心是由几个基层单位合并成的？").value == D("8")
    r = ask_rules(doc, "三公经费里接待费占了几个百分点？")
    assert (r.value, r.unit) == (D("2.42"), "%")              # 0.16 ÷ 6.60 × 100


def test_a_class_asked_by_its_code_alone(page_doc, ask_rules):
    doc = page_doc("dab-2017-final.txt", CODED, 2017, "决算")
    assert ask_rules(doc, "2010302科目2017年花了多少？").value == D("2.99")
    r = ask_rules(doc, "挂在政府办公厅事务那个科目（2010302）的钱，2016年花了多少？")
    assert (r.kind, r.value) == ("derived", D("45.58"))      # 2.99 + 42.59


def test_everyday_words_for_staff_insurance_and_a_unit_asked_what_kind(ask_pages):
    ask = ask_pages({
        "media-2016-budget.txt": "某中心2016年部门预算\n（一）基本支出1427.64万元。其中：在职人员工资及福利支出920.65万元，"
                                 "社会保障费支出265.83万元，住房保障支出110.57万元。\n",
        "ql-2018-budget.txt": "某侨联2018年部门预算\n一、 部门主要职责 某侨联是党工委管委会领导的由归侨、侨眷组成的人民团体，"
                              "代表归侨、侨眷的利益。\n"})
    assert ask("某中心2016年给职工交社保的钱预算了多少？").value == D("265.83")
    assert "人民团体" in ask("某侨联到底是个啥样的组织？").answer


YUTOU = ("某乡2015年决算\n四、公共财政拨款支出决算情况 1、行政运行（科目编码：2010301）313.61万元，较2014年决算数减少15.39万元，"
         "下降4.68 %。2、财政事务（科目编码：20106）15.16万元，其中行政运行（科目编码：2010601）15.16万元，较2014年决算数减少7.84，"
         "下降34%。（三）住房保障支出42.73万元，其中：1、住房公积金（科目编码：2210201）32.86万元，较2014年决算数增加0.86，增加2.69%。"
         "（四）其他支出17 万元，与2014年决算数持平，主要是社会福利的彩票公益金支出。\n")


def test_a_change_printed_without_its_unit_takes_its_amounts(page_doc, ask_rules):
    doc = page_doc("xiang-2015-final.txt", YUTOU, 2015, "决算")
    # "住房公积金（科目编码：2210201）32.86万元，较2014年决算数增加0.86": 0.86 is in 万元
    r = ask_rules(doc, "住房公积金（科目编码：2210201）2014年决算数是多少？")
    assert (r.kind, r.value) == ("derived", D("32.00"))      # 32.86 − 0.86
    # a class asked by its code, with 支出 after it: the class's amount, not the document's total
    assert ask_rules(doc, "2015年财政事务行政运行（科目编码：2010601）支出决算数是多少？").value == D("15.16")
    # words in brackets explain the item; they need not stand before its amount
    assert ask_rules(doc, "2015年其他支出（彩票公益金）决算数是多少？").value == D("17")


def test_a_lists_next_number_after_an_amount_is_no_amount_of_its_own(page_doc):
    doc = page_doc("zhen-2016-budget.txt", "某镇2016年部门预算\n2、公用支出： 64.50 万元 （1）、综合定额公用经费：42.5万元"
                                          "（2）、误餐及通讯补贴:22.00万元3、项目支出223.56万元，都是专项业务费。\n", 2016, "预算")
    # "…22.00万元3、项目支出…": 3 is the next item's number, never "误餐及通讯补贴 3万元"
    assert sorted(f.value for f in doc.figures if "误餐" in f.label) == [D("22.00")]


def test_a_class_code_named_with_its_fund_or_only_by_its_use(page_doc, ask_rules):
    doc = page_doc("ban-2017-budget.txt", "某办2017年部门预算\n五、一般公共预算拨款支出情况 （二）2010302一般行政管理事务（项级科目）6470万元。"
                                          "主要用于对外联络经费。 （三）2210201（项级科目）176.59万元。主要用于在职人员住房公积金提租补贴支出。\n",
                   2017, "预算")
    assert ask_rules(doc, "2017年科目2010302一般行政管理事务的一般公共预算拨款支出预算是多少？").value == D("6470")
    # the row names only its code; its stated use names the money
    assert ask_rules(doc, "今年给在职人员发住房公积金提租补贴准备了多少钱？").value == D("176.59")


def test_cars_and_staff_asked_in_everyday_words(page_doc, ask_rules):
    doc = page_doc("ju-2017-final.txt", "某局2017年部门决算\n截至2017年12月31日，本部门共有车辆11辆，其中：一般公务用车6辆、"
                                        "一般执法执勤用车5辆。 人员情况 单位名称 经费性质 人员编制数 在职人数 某局 财政核拨 30 24\n",
                   2017, "决算")
    assert ask_rules(doc, "到2017年底有几辆执法执勤的车？").value == D("5")
    assert ask_rules(doc, "实际上班的有多少人？").value == D("24")


def test_examples_before_an_item_and_the_year_before_a_named_year(page_doc, ask_rules):
    doc = page_doc("ju-2017-final.txt", "某局2017年部门决算\n（二）2140122交通运输支出(类)公路水路运输(款)港口设施（项）拨款支出"
                                        "651.22万元，较上年决算数减少2373.78万元。 2017年收入196.87万元，比2016年决算数增加147.37万元。\n",
                   2017, "决算")
    r = ask_rules(doc, "搞渔港这些港口设施，2016年花了多少钱？")
    assert (r.kind, r.value) == ("derived", D("3025.00"))    # 651.22 + 2373.78
    r = ask_rules(doc, "2017年上年的收入是多少？")
    assert (r.kind, r.value) == ("derived", D("49.50"))      # 196.87 − 147.37
    assert ask_rules(doc, "2017年收入比上年增加了多少？").value == D("147.37")


def test_reasons_uses_and_units_asked_plainly(ask_pages):
    ask = ask_pages({
        "MANIFEST.tsv": "file\tissuing_unit\tyear\tkind\n"
                        "zhen-2015-final.txt\t平潭综合实验区敖西镇人民政府\t2015\t决算\n"
                        "zcy-2017-budget.txt\t平潭劳动仲裁中心\t2017\t预算\n"
                        "slzx-2016-budget.txt\t平潭水务综合服务中心\t2016\t预算\n",
        "zhen-2015-final.txt": "敖西镇2015年决算\n（三）医疗卫生与计划生育支出46.91万元，较2014年决算数减少1.64万元，下降3.37%。"
                               "主要原因是：计划生育室外宣传栏2014年已建设，无需2015年继续投入。\n",
        "zcy-2017-budget.txt": "平潭劳动仲裁中心2017年部门预算\n（二）专项业务费15万元，主要用于办案补助。 （三）部门发展专项14.38万元，"
                               "用于仲裁庭建设。\n",
        "slzx-2016-budget.txt": "平潭水务综合服务中心2016年部门预算\n一、部门主要职责 负责管理维护全区水利设施；承办交办的相关工作等"
                                "二、部门预算单位基本情况按照有关文件精神，整合某水利水电工作站、某水库管理处等八个基层单位，"
                                "设立平潭水务综合服务中心。 三、部门主要工作任务 主要任务是：加强自身建设，强化内部管理。\n"})
    assert "室外宣传栏" in ask("敖西镇计生方面的钱为什么比前一年少了？").answer
    assert "仲裁庭建设" in ask("劳动仲裁中心2017年部门发展专项那笔钱是干啥的？").answer
    a = ask("平潭水务综合服务中心是由哪些单位整合设立的？")
    assert "水库管理处" in a.answer


def test_a_total_equal_to_its_funds_total_answers_with_that_funds_change(page_doc, ask_rules):
    doc = page_doc("ban-2025-budget.txt", "某办2025年部门预算\n支出预算9,101.68万元，其中：财政拨款支出预算9,101.68万元，"
                                          "比2024年预算减少2,389.52万元。\n", 2025, "预算")
    # the total is all 财政拨款 this year: the fund's change is the one the page states
    r = ask_rules(doc, "比去年少花了多少？")
    assert (r.value, r.unit) == (D("2389.52"), "万元")
    assert ask_rules(doc, "支出比上年减少了多少？").value == D("-2389.52")
    r = ask_rules(doc, "去年花了多少？")
    assert (r.kind, r.value) == ("derived", D("11491.20"))   # 9101.68 + 2389.52


def test_a_total_with_other_money_never_takes_its_funds_change(page_doc, ask_rules):
    doc = page_doc("ban-2025-budget.txt", "某办2025年部门预算\n支出预算9,200.00万元，其中：财政拨款支出预算9,101.68万元，"
                                          "比2024年预算减少2,389.52万元。\n", 2025, "预算")
    assert ask_rules(doc, "支出比上年减少了多少？") is None


def test_car_costs_written_as_cars_and_upkeep(page_doc, ask_rules):
    doc = page_doc("xiang-2016-budget.txt", "某乡2016年预算\n1、政府办公厅及相关事务支出511万元（其中：公务用车及维护支出11万元，"
                                            "公务接待费5万元）。\n", 2016, "预算")
    assert ask_rules(doc, "公车一共花了多少？").value == D("11")


def test_a_decimal_point_typed_as_a_full_stop_inside_an_amount(ask_pages):
    ask = ask_pages({
        "MANIFEST.tsv": "file\tissuing_unit\tyear\tkind\njcy-2016-budget.txt\t平潭县人民检察院\t2016\t预算\n",
        "jcy-2016-budget.txt": "平潭县人民检察院2016年部门预算\n（二）部门支出预算 2016年度一般公共预算拨款支出1500。05万元，"
                               "主要支出项目包括： 1、工资福利支出1024.82万元。 其中项目支出125.48万元。\n"})
    assert ask("检察院2016年一般公共预算拨款支出是多少？").value == D("1500.05")
    a = ask("检察院2016年项目支出占一般公共预算拨款支出的比重是多少？")
    assert (a.value, a.unit) == (D("8.37"), "%")              # 125.48 ÷ 1500.05 × 100


def test_a_number_of_units_said_must_be_the_rows_summed(page_doc, ask_rules):
    doc = page_doc("pq-2017-final.txt", "某指挥部2017年部门决算\n二、部门决算单位基本情况 单位名称 经费性质 人员编制数 在职人数 "
                                        "某指挥部 财政核拨 15 12 某服务中心 财政核拨 6 5 三、部门主要工作 略。\n", 2017, "决算")
    r = ask_rules(doc, "列入2017年部门决算编制范围的两个单位在职人数合计多少人？")
    assert (r.kind, r.value) == ("derived", D("17"))         # 12 + 5
    r = ask_rules(doc, "列入2017年部门决算编制范围的三个单位在职人数合计多少人？")
    assert r is None or r.kind == "clarify"


def test_a_fund_before_a_class_code_only_says_where_the_class_is(page_doc, ask_rules):
    doc = page_doc("lc-2017-budget.txt", "某局2017年部门预算\n2017年一般公共预算拨款691.13万元。 主要支出项目包括： "
                                         "（一）21201（项级科目）634.18万元。主要用于正常行政运行经费支出。\n", 2017, "预算")
    # never the fund's total (691.13): the row coded 21201
    assert ask_rules(doc, "2017年一般公共预算拨款中科目21201安排了多少？").value == D("634.18")


def test_a_template_left_unfilled_answers_nothing(page_doc, ask_rules):
    doc = page_doc("zmb-2016-budget.txt", "某办2016年预算\n四、预算收支总体情况 相应安排支出预算0万元，其中：人员支出0万元，"
                                          "对个人和家庭补助支出0万元，公用支出0万元，项目支出0万元。五、一般公共预算拨款支出情况 "
                                          "2016年度一般公共预算拨款支出326.63万元，主要支出项目包括：（一）人员经费88.63万元。"
                                          "（二）公用经费38万元。（三）项目支出200万元。\n", 2016, "预算")
    assert ask_rules(doc, "2016年项目支出是多少？").value == D("200")
    r = ask_rules(doc, "2016年项目支出占一般公共预算拨款支出的比重是多少？")
    assert (r.value, r.unit) == (D("61.23"), "%")             # 200 ÷ 326.63 × 100


def test_an_aside_in_brackets_is_its_own_item_and_the_name_before_it_keeps_its_amount(page_doc, ask_rules):
    doc = page_doc("gaj-2016-budget.txt", "某局2016年预算\n二、公用支出 （一）综合定额公用经费（含出国经费10万元）1275万元。"
                                          "主要用于日常办公。\n", 2016, "预算")
    assert ask_rules(doc, "2016年综合定额公用经费预算数是多少？").value == D("1275")
    assert {f.label: f.value for f in doc.figures}["出国经费"] == D("10")


def test_one_groups_pay_is_not_the_staffs_pay(page_doc, ask_rules):
    doc = page_doc("gaj-2016-budget.txt", "某局2016年预算\n其中：人员支出5824.98万元，公用支出1429万元。 （二）辅警人员工资1169.16万元。\n",
                   2016, "预算")
    # "人员工资" said plainly is not 辅警人员工资 (one group's pay): no sum from it
    r = ask_rules(doc, "发人员工资的钱和日常办公的钱加起来一共预算多少？")
    assert r is None or r.value != D("2598.16")
    assert ask_rules(doc, "辅警工资是多少？").value == D("1169.16")


def test_a_body_on_the_units_page_asked_with_the_units_name(ask_pages):
    ask = ask_pages({
        "MANIFEST.tsv": "file\tissuing_unit\tyear\tkind\nbq-2016-budget.txt\t白沙乡\t2016\t预算\n",
        "bq-2016-budget.txt": "白沙乡2016年预算\n二、部门预算单位基本情况 单位名称 经费性质 人员编制数 在职人数 政府机关 财政核拨 22 21 "
                              "计生服务中心 财政核拨 7 7 农业站 财政核拨 7 6 三、村级运转（农村综合改革）132万元。\n"})
    # 计生服务中心 is a row of the page's staff table, not another unit
    assert ask("白沙乡计生服务中心有几个人在上班？", scope={"doc": "bq-2016-budget.txt"}).value == D("7")
    # 各 in "下面各站所" names the rows, it is no "each" of two questions
    a = ask("白沙乡政府和下面各站所加起来一共有多少在职人员？", scope={"doc": "bq-2016-budget.txt"})
    assert (a.kind, a.value) == ("derived", D("34"))          # 21 + 7 + 6
    assert ask("白沙乡2016年村级运转（农村综合改革）支出预算是多少？").value == D("132")


def test_people_counted_inside_the_staff_and_insurance_named_in_a_longer_label(page_doc, ask_rules):
    doc = page_doc("zmb-2016-budget.txt", "某办2016年预算\n人员编制数 在职人数 某办 财政核拨 12 28人（在编10人，挂职干部12人，"
                                          "行政助理4人，临聘人员2人）。 （4）、在职人员医保社保生育工伤险：50.07万元\n", 2016, "预算")
    assert ask_rules(doc, "2016年在职人员里有几个挂职干部？").value == D("12")
    # 社保 inside a longer label is that label's word, not the everyday 社保 (社会保障费)
    assert ask_rules(doc, "在职人员医保社保生育工伤险是多少？").value == D("50.07")


def test_shares_of_a_named_whole_of_the_year_asked(page_doc, ask_rules):
    doc = page_doc("bq-2016-draft.txt", "某乡2016年财政预算草案\n2016年财政总支出安排837万元。1、一般预算支出安排800万元，"
                                        "其中一般公共服务支出430万元，财政事务23万元。\n", 2016, "预算")
    # the whole named (一般预算支出 800), never the document's total (837)
    r = ask_rules(doc, "2016年一般预算支出中一般公共服务支出所占比重是多少？")
    assert (r.value, r.unit) == (D("53.75"), "%")              # 430 ÷ 800 × 100
    r = ask_rules(doc, "2016年一般公共服务支出占财政总支出的比重是多少？")
    assert (r.value, r.unit) == (D("51.37"), "%")              # 430 ÷ 837 × 100
    ly = page_doc("ly-2016-budget.txt", "某乡2016年预算\n四、2015年决算收支总体情况 2、支出情况：2015年度财政总支出为1500万元。"
                                        "其中按功能列支的行政支出380.25万元，征地和拆迁补偿支出204万元。\n五、一般公共预算拨款支出预计情况 "
                                        "1、支出预算：2016年度安排财政总支出1600万元。其中征地和拆迁补偿支出190万元。\n", 2016, "预算")
    r = ask_rules(ly, "2015年征地和拆迁补偿支出占财政总支出的比例是多少？")
    assert (r.value, r.unit) == (D("13.60"), "%")              # 204 ÷ 1500 × 100, never 2016's 11.88
    hws = page_doc("hws-2014-final.txt", "某所2014年部门决算\n一、2014年本年支出500万元。二、2014年基本支出263万元，项目支出237万元。\n",
                   2014, "决算")
    r = ask_rules(hws, "2014年的钱有百分之多少用在基本支出上？")
    assert (r.value, r.unit) == (D("52.60"), "%")              # 263 ÷ 500 × 100


def test_a_count_of_people_asked_by_人数_is_never_money(page_doc, ask_rules):
    doc = page_doc("zsj-2015-final.txt", "某局2015年部门决算\n（二）公务接待费9.73万元。主要用于招商联络等方面的接待活动，"
                                         "累计接待86批次、接待总人数1004人。\n", 2015, "决算")
    r = ask_rules(doc, "2015年度公务接待累计接待总人数是多少？")
    assert (r.value, r.unit) == (D("1004"), "人")


def test_a_quoted_item_keeps_the_words_before_it_and_temporary_staff_are_not_the_staff(page_doc, ask_rules):
    doc = page_doc("zl-2016-final.txt", "某乡2016年决算\n人员情况 单位名称 经费性质 人员编制数 在职人数 某乡 财政核拨 10 9 "
                                        "（九）其他支出（科目编码229）66万元，较2015年决算数减少104.45万元。\n", 2016, "决算")
    r = ask_rules(doc, "某乡“其他支出”这一项，2015年花了多少钱？")
    assert (r.kind, r.value) == ("derived", D("170.45"))      # 66 + 104.45
    assert ask_rules(doc, "请了多少个临时工？") is None        # 临时人员 are not the 9 在职人数


def test_fillers_around_an_item_named_by_its_verb(page_doc, ask_rules):
    doc = page_doc("ghj-2016-budget.txt", "某局2016年部门预算\n（六）规划沙盘维护费30万元。主要用于展厅设备老化，更新费用。\n",
                   2016, "预算")
    assert ask_rules(doc, "今年光是维护那个规划沙盘就要花多少钱？").value == D("30")


def test_a_share_whole_is_never_the_part_said_again_nor_smaller_than_it(page_doc, ask_rules):
    doc = page_doc("jcy-2016-budget.txt", "某院2016年部门预算\n（二）部门支出预算 2016年度一般公共预算拨款支出1500.05万元，包括： "
                                          "1、工资福利支出1024.82万元。 编制说明 1、工资福利支出按在册工资表进行编列，全年预计支出1024.82万元。\n",
                   2016, "预算")
    # "全年预计支出1024.82万元" is the wages said again, not the total: never 100%
    r = ask_rules(doc, "工资福利支出占总支出的比例是多少？")
    assert r is None or r.value != D("100.00")
    r = ask_rules(doc, "工资福利支出占一般公共预算拨款支出的比例是多少？")
    assert (r.value, r.unit) == (D("68.32"), "%")              # 1024.82 ÷ 1500.05 × 100


def test_a_sum_inside_a_container_and_counts_asked_of_the_unit_alone(ask_pages):
    ask = ask_pages({
        "MANIFEST.tsv": "file\tissuing_unit\tyear\tkind\nswm-2025-unit-budget.txt\t上海市普陀区商务委员会\t2025\t预算\n"
                        "jcy-2016-budget.txt\t平潭县人民检察院\t2016\t预算\n",
        "swm-2025-unit-budget.txt": "上海市普陀区商务委员会2025年单位预算\n政府采购货物预算7.80万元、政府采购工程预算0万元、"
                                    "政府采购服务预算30.40万元。年末公务用车保有量3辆。\n",
        "jcy-2016-budget.txt": "平潭县人民检察院2016年部门预算\n单位名称 经费性质 人员编制数 在职人数 平潭县人民检察院 行政 70 78\n"})
    a = ask("商务委2025年政府采购预算里货物和服务加起来多少？")
    assert (a.kind, a.value) == ("derived", D("38.20"))        # 7.80 + 30.40
    assert ask("商务委2025年公车有多少辆？").value == D("3")
    assert ask("检察院2016年有多少人？").value == D("78")        # 在职人数


def test_why_it_rose_is_never_answered_with_a_reason_for_a_fall_or_no_change(ask_pages):
    ask = ask_pages({
        "MANIFEST.tsv": "file\tissuing_unit\tyear\tkind\nwl-2025-budget.txt\t某街道办事处\t2025\t预算\n",
        "wl-2025-budget.txt": "某街道办事处2025年部门预算\n二、收支预算总体情况 收入预算14,000万元，比2024年预算增加3,355.65万元。"
                              "财政拨款收入支出增加的主要原因是项目调整。\n三、“三公”经费 （二）公务用车购置及运行费36.56万元，比2024年预算"
                              "减少10万元，主要原因是新增1辆公务用车购置。公务接待费2万元，比2024年预算持平，主要原因是接待保持不变。\n"})
    a = ask("某街道办事处2025年为什么预算增加了？")
    assert "项目调整" in a.answer and "新增1辆" not in a.answer


def test_a_container_before_an_item_starting_with_共(page_doc, ask_rules):
    doc = page_doc("tgb-2017-budget.txt", "某部2017年部门预算\n2017年一般公共预算拨款支出973万元，主要包括：（三）共同家园论坛活动经费150万元，"
                                          "主要用于论坛及相关活动经费支出。\n", 2017, "预算")
    assert ask_rules(doc, "2017年一般公共预算拨款支出中，共同家园论坛活动经费安排多少？").value == D("150")
    # an item not on the page is never the container's total
    assert ask_rules(doc, "2017年一般公共预算拨款支出中，共同繁荣论坛活动经费安排多少？") is None


def test_a_question_opening_with_列入_still_names_its_unit(ask_pages):
    ask = ask_pages({
        "MANIFEST.tsv": "file\tissuing_unit\tyear\tkind\nzl-2016-final.txt\t平潭综合实验区中楼乡人民政府\t2016\t决算\n",
        "zl-2016-final.txt": "平潭综合实验区中楼乡人民政府2016年决算\n二、部门决算单位基本情况 单位名称 经费性质 人员编制数 在职人数 "
                             "政府机关 财政核拨 30 28 财政所 财政核拨 5 5 三、部门主要工作 略。\n"})
    a = ask("列入中楼乡2016年部门决算编制范围的各单位在职人数合计是多少？")
    assert (a.kind, a.value) == ("derived", D("33"))          # 28 + 5


def test_a_quoted_item_name_must_be_the_answers(page_doc, ask_rules):
    doc = page_doc("zsj-2015-final.txt", "某局2015年部门决算\n四、公共财政拨款支出决算情况 2015年公共财政拨款支出82.28万元。"
                                         "（三）事业运行32.87万元，主要用于本部门人员经费。\n", 2015, "决算")
    assert ask_rules(doc, "2015年“事业运行”支出是多少？").value == D("32.87")
    # never the fund's total (82.28) for a quoted item the rules did not find as asked
    r = ask_rules(doc, "2015年“机关服务”科目的公共财政拨款支出决算数是多少？")
    assert r is None


def test_a_whole_named_before_its_parts_is_where_they_are_not_a_third_item(page_doc, ask_rules):
    doc = page_doc("ghzyj-2024-final.txt", "某局2024年部门决算\n政府采购支出总额2319.21万元，其中：货物采购金额122.42万元、"
                                           "工程采购金额1387.72万元、服务采购金额809.07万元。\n", 2024, "决算")
    r = ask_rules(doc, "政府采购里工程采购和服务采购加起来一共多少？")
    assert (r.kind, r.value) == ("derived", D("2196.79"))    # 1387.72 + 809.07, never + 2319.21
