"""Shapes met first in question sets of session 27: a template stating both directions of a
change ("下降（增长）26%"), a question about the whole budget where the page gives reasons only for
line items, a unit named after the year ("2016年白青乡…"), the organisations counted ("由几个单位
合并成立"), a table's cut said before the question ("按项级科目分类统计，…"), and a short unit name
whose characters stand inside an item (福利 of 社会福利 for the unit 区福利院). Every page below is
written in the shape of such a page; every expected value is read from its words by hand."""
from __future__ import annotations

from decimal import Decimal as D

POLICE = ("某区公安局2016年部门预算\n一、收支预算总体情况 2016年收入预算1000万元，支出预算1000万元。\n"
          "七、一般公共预算“三公”经费支出情况\n（二）公务接待费 2016年预算安排10万元。"
          "与上年相比支出下降（增长）17%，主要原因是:严格按标准接待，接待人数次数减少。\n"
          "（三）公务用车购置及运行费 2016年预算安排车辆经费320万元，其中公务用车购置费0万元、车辆运行费320万元，"
          "与上年支出数相比下降（增长）26%，主要原因是公务用车实行燃油、维修及保险定点后，费用下降。\n")

TOTAL_REASON = ("某局2016年部门预算\n一、收支预算总体情况 2016年收入预算1000万元，支出预算1000万元，比上年减少50万元，"
                "主要原因是办公楼维修项目完工。\n"
                "七、一般公共预算“三公”经费支出情况\n（二）公务接待费 2016年预算安排10万元。"
                "与上年相比支出下降17%，主要原因是:严格按标准接待。\n")

TOWNSHIP = ("白青乡2016年部门预算\n七、一般公共预算“三公”经费支出情况 （一）因公出国（境）经费 2016年预算安排0万元。"
            "（二）公务接待费 2016年预算安排2万元。主要用于按规定开支的各类公务接待支出。\n")

CENTRE = ("某水利中心2016年部门预算\n一、基本情况 整合甲水利工作站、乙水利工作站、丙堤防管理站等八个基层单位，"
          "设立某水利中心，核定事业编制37名。\n")

WELFARE = ("区福利院2017年部门预算\n二、一般公共预算拨款支出 2017年度一般公共预算拨款支出202.76万元，其中："
           "（一）社会福利单位172.61万元；（二）其他社会福利支出30.15万元。\n")


def test_both_words_of_a_template_say_no_direction(ask_pages):
    # "下降（增长）26%" states no direction: the reason answers "为啥降了" (it is the car money's)
    ask = ask_pages({"police.txt": POLICE})
    a = ask("公安局的公车费用为啥降了？", scope={"doc": "police.txt"})
    assert a.kind == "passage" and "燃油、维修及保险定点" in a.answer


def test_a_whole_budget_reason_is_never_a_line_items(ask_pages):
    # the page gives reasons for 公务接待费 and the car money only: the whole budget's change has none
    ask = ask_pages({"police.txt": POLICE})
    a = ask("某区公安局2016年预算比2015年多了还是少了，为啥？", scope={"doc": "police.txt"})
    assert a.kind == "none"


def test_a_whole_budget_reason_stated_answers(ask_pages):
    ask = ask_pages({"total.txt": TOTAL_REASON})
    a = ask("今年预算为啥少了？", scope={"doc": "total.txt"})
    assert a.kind == "passage" and "办公楼维修项目完工" in a.answer
    assert "严格按标准接待" not in a.answer


def test_a_unit_named_after_the_year_leaves_the_item(ask_pages):
    ask = ask_pages({"baiqing.txt": TOWNSHIP})
    for q in ("2016年白青乡公务接待费预算安排多少？", "白青乡2016年公务接待费预算安排多少？"):
        a = ask(q, scope={"doc": "baiqing.txt", "unit": "白青乡"})
        assert (a.kind, a.value) == ("figure", D("2")), q


def test_the_organisations_counted(ask_pages):
    # "等八个基层单位" — the units merged are counted, 8
    ask = ask_pages({"centre.txt": CENTRE})
    a = ask("水利中心是由几个单位合并成立的？", scope={"doc": "centre.txt"})
    assert (a.kind, a.value) == ("figure", D("8"))


def test_the_table_cut_said_first_is_no_item():
    from assistant.question import parse
    assert parse("按项级科目分类统计，招商局2015年住房公积金支出是多少？").item == "招商局住房公积金支出"


def test_a_short_unit_name_inside_an_item_stays(ask_pages):
    # share = 172.61 ÷ 202.76 × 100 = 85.13%; 社会福利 is the item's, not the unit 区福利院's
    ask = ask_pages({"welfare.txt": WELFARE})
    a = ask("2017年区福利院一般公共预算拨款支出中，社会福利单位支出所占比重是多少？", scope={"doc": "welfare.txt"})
    assert (a.kind, a.value) == ("derived", D("85.13"))


SANGONG = ("某乡2014年部门决算\n七、“三公”经费公共财政拨款支出决算情况 2014年“三公”经费公共财政拨款支出4.18万元，具体情况如下："
           "（一）公务用车运行维护费2.17万元。（二）公务接待费2.01万元。主要用于上级考核检查等方面的接待活动。\n")

SANGONG_OPEN = ("某乡2014年部门决算\n七、“三公”经费公共财政拨款支出决算情况 2014年“三公”经费公共财政拨款支出5.18万元，具体情况如下："
                "（一）公务用车运行维护费2.17万元。（二）公务接待费2.01万元。\n")

INCOME = ("某乡2014年部门决算\n（一）本年收入万元，具体情况如下： 1. 财政拨款收入675.26万元。2. 事业收入0万元。"
          "3. 经营收入0万元。4. 其他收入18.36万元。\n")

CLASS_ROW = ("某办2017年部门决算\n五、一般公共预算拨款支出决算情况 （一）2010302一般公共服务支出(类)政府办公厅（室）及相关机构事务(款)"
             "一般行政管理事务(项)拨款支出2.99万元，比2016年决算数减少42.59万元,下降93.44%。\n")


def test_a_part_left_alone_inside_a_closed_total(page_doc, ask_rules):
    # 4.18 = 2.17 + 2.01: nothing is left for 购置 or 出国, so the cars cost 2.17 (derived)
    doc = page_doc("sangong.txt", SANGONG, 2014, "决算")
    r = ask_rules(doc, "2014年公车花了多少钱？")
    assert (r.kind, r.value) == ("derived", D("2.17"))
    assert {f.value for f in r.inputs} == {D("2.17"), D("2.01"), D("4.18")}


def test_a_part_inside_a_total_not_closed_is_not_known(page_doc, ask_rules):
    # 5.18 ≠ 2.17 + 2.01: 1.00 is somewhere unsaid (出国 or 购置), the cars' cost is not known
    doc = page_doc("sangong.txt", SANGONG_OPEN, 2014, "决算")
    r = ask_rules(doc, "2014年公车花了多少钱？")
    assert r is None or r.value is None


def test_a_total_asked_is_never_one_of_its_parts(page_doc, ask_rules):
    # 本年收入 left blank: 事业收入 0 is a part of it, not it
    doc = page_doc("income.txt", INCOME, 2014, "决算")
    r = ask_rules(doc, "2014年本年收入合计是多少？")
    assert r is None or r.value is None or r.kind == "clarify"


def test_where_the_money_is_booked_is_said_around_the_item(page_doc, ask_rules):
    doc = page_doc("office.txt", CLASS_ROW, 2017, "决算")
    r = ask_rules(doc, "2017年放在一般公共服务那个一般行政管理事务科目里的钱，比2016年少花了多少？")
    assert (r.kind, r.value) == ("figure", D("42.59"))


MARKET = ("某局2016年部门预算\n一、收入预算 2016年,区某局收入预算为2333.03万元，其中：一般公共预算拨款2333.03万元，"
          "单位结余结转资金327.26万元。\n")

PROJECTS = ("某局2015年部门预算\n三、支出预算 项目支出中专项业务费946.43万元、部门发展性项目支出1602.50万元、"
            "社会发展性项目支出21500万元。\n")


def test_money_carried_from_earlier_years_said_in_everyday_words(page_doc, ask_rules):
    doc = page_doc("market.txt", MARKET, 2016, "预算")
    r = ask_rules(doc, "2016年手上还有多少往年结余结转下来的钱？")
    assert (r.kind, r.value) == ("figure", D("327.26"))


def test_a_list_in_brackets_then_its_total(page_doc, ask_rules):
    # 946.43 + 1602.50 + 21500 = 24048.93
    doc = page_doc("projects.txt", PROJECTS, 2015, "预算")
    r = ask_rules(doc, "2015年项目支出（专项业务费、部门发展性项目支出、社会发展性项目支出）合计多少？")
    assert (r.kind, r.value) == ("derived", D("24048.93"))


def test_a_question_said_again_in_other_terms_is_one_question(ask_pages):
    # 2.01 ÷ 4.18 × 100 = 48.09%
    ask = ask_pages({"sangong.txt": SANGONG})
    a = ask("2014年公务接待费占三公经费几成？按百分比算是多少？", scope={"doc": "sangong.txt"})
    assert (a.kind, a.value) == ("derived", D("48.09"))


def test_a_share_of_a_part_left_alone_in_a_closed_total(page_doc, ask_rules):
    # 公车 = 2.17 (4.18 − 2.01, nothing else left); 2.17 ÷ 4.18 × 100 = 51.91%
    doc = page_doc("sangong.txt", SANGONG, 2014, "决算")
    r = ask_rules(doc, "2014年三公经费里，公车的钱占了百分之几？")
    assert (r.kind, r.value) == ("derived", D("51.91"))
    assert {f.value for f in r.inputs} == {D("2.17"), D("2.01"), D("4.18")}


TOWN_REPORT = ("澳前镇2016年财政预算报告\n（二）财政总支出1670万元，其中：行政支出550.33万元，征地及拆迁支出274万元。\n")

HOME = ("福利院2017年部门预算\n四、一般公共预算拨款支出情况 （三）在职人员住房公积金支出8.04万元。（四）提租补贴支出2.11万元。"
        "主要用于在职人员改革性补贴支出。\n")


def test_a_town_named_again_later_in_the_question_is_not_its_name(ask_pages):
    # "澳前镇今年征地拆迁的钱占全镇…": 澳前镇 is the unit; 全镇 is no part of its name.
    # 274 ÷ 1670 × 100 = 16.41%
    ask = ask_pages({"aoqian.txt": TOWN_REPORT})
    a = ask("澳前镇今年征地拆迁的钱占全镇总支出的百分比是多少？", scope={"doc": "aoqian.txt", "unit": "澳前镇"})
    assert (a.kind, a.value) == ("derived", D("16.41"))


def test_an_item_inside_a_fund_said_with_zhong(page_doc, ask_rules):
    doc = page_doc("home.txt", HOME, 2017, "预算")
    r = ask_rules(doc, "2017年一般公共预算拨款中提租补贴支出是多少？")
    assert (r.kind, r.value) == ("figure", D("2.11"))


APPROVAL = ("财政局关于批复某所2014年度部门决算的通知\n现批复如下： 一、2014年年初结转结余304.91万元，本年收入510.04万元，"
            "本年支出510.04万元，年末结转结余304.91万元。(一）公共预算财政拨款年初结转结余304.91万元，本年收入509.89万元，"
            "本年支出509.89万元，年末公共预算财政拨款结转结余304.91万元。\n")

TRIP = ("某局2017年部门决算\n八、一般公共预算拨款“三公”经费支出决算情况 （一）因公出国（境）费6.34万元，主要用于由省林业厅组织的"
        "全省林业系统主要负责人赴巴西参加生态林业培训学习。\n")

RUN_TOGETHER = ("某办2016年部门预算\n二、部门预算单位基本情况 具体详细情况见下表:单位名称经费性质人员编制数在职人数"
                "某办财政核拨1228人（在编10人，挂职干部12人，行政助理4人，临聘人员2人） 三、部门主要工作任务 略。\n")

CARS = ("某部2017年部门预算\n（三）公务用车运行费 2017年预算安排7.6万元。与上年相比支出下降68%，主要原因是在我区单位公务用车"
        "制度改革实施方案出台后，原有的6辆公务用车保留2辆。\n")


def test_income_but_a_funds_own(page_doc, ask_rules):
    # 510.04 − 509.89 = 0.15: the year's income besides the fund's own
    doc = page_doc("approval.txt", APPROVAL, 2014, "决算")
    r = ask_rules(doc, "2014年的收入里，除了公共预算财政拨款以外还有多少钱？")
    assert (r.kind, r.value) == ("derived", D("0.15"))


def test_where_and_what_for_asks_the_use(ask_pages):
    ask = ask_pages({"trip.txt": TRIP})
    a = ask("2017年出国花的那6万多块钱，是去哪儿干嘛了？", scope={"doc": "trip.txt"})
    assert a.kind == "passage" and "赴巴西参加生态林业培训学习" in a.answer


def test_two_count_cells_run_together_told_apart_by_the_rows_breakdown(page_doc, ask_rules):
    # 10 + 12 + 4 + 2 = 28 in post, so "1228" is 编制 12 | 在职 28
    doc = page_doc("office.txt", RUN_TOGETHER, 2016, "预算")
    counts = {(f.metric, f.value) for f in doc.figures if f.role == "count" and f.source == "table"}
    assert counts == {("编制数", D("12")), ("在职人数", D("28"))}


def test_cars_kept_after_the_reform(page_doc, ask_rules):
    doc = page_doc("cars.txt", CARS, 2017, "预算")
    r = ask_rules(doc, "公车改革后还留了几辆公车？")
    assert (r.kind, r.value, r.unit) == ("figure", D("2"), "辆")


RELIEF = ("某部2017年部门预算\n五、一般公共预算拨款支出情况 （七）归难侨生活补助经费5万元，归侨人员生活补助1万元，主要是用于补助散居"
          "社会贫困归难侨、侨眷及开展相关义诊活动经费支出。\n")


def test_words_read_apart_in_two_labels_choose_neither(page_doc, ask_rules):
    # 归侨…生活补助 is in 归侨人员生活补助 (1) and in 归难侨生活补助经费 (5): never one of them silently
    doc = page_doc("relief.txt", RELIEF, 2017, "预算")
    r = ask_rules(doc, "今年给归侨的生活补助一共安排了多少钱？")
    assert r is None or r.kind == "clarify"


def test_persons_per_visit_written_with_a_slash(page_doc, ask_rules):
    doc = page_doc("visits.txt", "某乡2015年决算\n（二）公务接待费1.48万元。累计接待9批次、接待总人数136人/次。\n", 2015, "决算")
    assert any((f.value, f.unit) == (D("136"), "人次") for f in doc.figures)
    r = ask_rules(doc, "2015年公务接待一共接待了多少人次？")
    assert (r.kind, r.value) == ("figure", D("136"))


QUAKE = ("财政局关于批复某办2014年度部门决算的通知\n现批复如下： 一、2014年年初结转结余10.50万元，本年收入59.45万元，本年支出57.26万元，"
         "年末结转结余10.50万元。(一）公共预算财政拨款年初结转结余2.00万元，本年收入57.26万元，本年支出57.26万元，"
         "年末公共预算财政拨款结转结余2.00万元。\n")

SANITATION = ("财政局关于批复某所2014年度部门决算的通知\n现批复如下： (一）公共预算财政拨款年初结转结余74.92万元，本年收入500.00万元，"
              "本年支出542.92万元，年末公共预算财政拨款结转结余32.00万元。\n")

FUND = ("某镇2016年部门预算\n六、政府性基金预算支出情况 2016年政府性基金预算支出250万元，其中：（一）环境卫生（项级科目）230万元；"
        "（二）农村福利彩票公益金（项级科目）20万元。\n")


def test_last_year_of_a_carry_over_is_no_year_asked(page_doc, ask_rules):
    doc = page_doc("quake.txt", QUAKE, 2014, "决算")
    r = ask_rules(doc, "2014年初财政拨款还有多少钱是上年结转下来的？")
    assert (r.kind, r.value) == ("figure", D("2.00"))


def test_a_balance_at_the_years_end_against_its_start(page_doc, ask_rules):
    # 74.92 − 32.00 = 42.92 less at the end of the year
    doc = page_doc("sanitation.txt", SANITATION, 2014, "决算")
    r = ask_rules(doc, "2014年财政拨款的结余到年底比年初少了多少？")
    assert (r.kind, r.value) == ("derived", D("42.92"))


def test_items_summed_inside_a_fund_keep_their_own_names(page_doc, ask_rules):
    # 230 + 20 = 250; 福彩 is 福利彩票
    doc = page_doc("fund.txt", FUND, 2016, "预算")
    r = ask_rules(doc, "政府性基金里，环境卫生和农村福彩公益金加起来一共安排了多少钱？")
    assert (r.kind, r.value) == ("derived", D("250.00"))


def test_a_name_ending_in_danwei_keeps_it():
    from assistant.question import parse
    assert parse("社会福利单位支出是多少？").item == "社会福利单位支出"
    assert parse("本单位的人员经费是多少？").item.endswith("人员经费")


def test_run_together_counts_pass_the_verifier(ask_pages):
    # the verifier reads "1228人（在编10人，挂职干部12人，行政助理4人，临聘人员2人）" itself: 12 | 28
    ask = ask_pages({"office.txt": RUN_TOGETHER})
    a = ask("某办一共有多少人在上班（连挂职、临聘都算上）？", scope={"doc": "office.txt"})
    assert (a.kind, a.value) == ("figure", D("28"))
    a = ask("某办的人员编制数是多少？", scope={"doc": "office.txt"})
    assert (a.kind, a.value) == ("figure", D("12"))


def test_spending_on_the_departments_development():
    from assistant.question import parse
    assert "部门发展" in parse("检察院2016年用在部门发展上的钱有多少？").item


def test_guests_and_a_budget_used_up_in_everyday_words(page_doc, ask_rules):
    doc = page_doc("visits.txt", "某乡2015年决算\n（二）公务接待费1.48万元。累计接待9批次、接待总人数136人/次。\n", 2015, "决算")
    r = ask_rules(doc, "2015年一共接待了几批来客？")
    assert (r.kind, r.value) == ("figure", D("9"))
    doc = page_doc("travel.txt", "某乡2016年预算\n一、2015年预算执行情况 按经济科目列支的办公费9.48万元，占执行预算的67.7%；"
                   "差旅费支出26.67万元，占执行预算的98.8%；培训费支出0.8万元，执行预算23%。\n", 2016, "预算")
    # (the rate is of 2015's execution, under "一、2015年预算执行情况" in a 2016 budget: the year asked)
    r = ask_rules(doc, "2015年差旅费用掉了预算的百分之几？")
    assert (r.kind, r.value) == ("figure", D("98.8"))


LIBRARY = ("某馆2017年预算说明\n二、项目支出 专项业务费： 1、购书专项经费 50万 2、设备购置经费 30万 3、活动经费 10万 "
           "4、修缮专项经费 25万 5、弥补日常经费不足 5万 7、免费开放经费补助 12万 附件： 1.收支预算总表\n")


def test_the_items_listed_under_a_head_said_in_everyday_words(page_doc, ask_rules):
    # 50 + 30 + 10 + 25 + 5 + 12 = 132 (the items the page lists)
    doc = page_doc("library.txt", LIBRARY, 2017, "预算")
    r = ask_rules(doc, "2017年列出来的那些专项业务费加起来一共多少钱？")
    assert (r.kind, r.value) == ("derived", D("132"))


STAFF_ROW = ("某县政协2016年部门预算\n二、部门预算单位基本情况 单位名称 经费性质 人员编制数 在职人数 某县政协 行政 13 19 "
             "三、部门主要工作任务 略。\n（三）项目支出94.01万元。主要用于专项业务费支出。\n")


def test_two_questions_joined_by_a_comma(ask_pages):
    ask = ask_pages({"cppcc.txt": STAFF_ROW})
    a = ask("项目支出有多少，主要用于什么？", scope={"doc": "cppcc.txt"})
    assert a.value == D("94.01") and "专项业务费支出" in a.answer


def test_a_count_asked_in_full_after_another_is_its_own(ask_pages):
    # 编制 13, 在职 19: "实际有多少人" never takes the 编制 of the part before it
    ask = ask_pages({"cppcc.txt": STAFF_ROW})
    for q in ("政协编制多少人，实际有多少人？", "政协编制多少人？实际有多少人？"):
        a = ask(q, scope={"doc": "cppcc.txt"})
        assert "13人" in a.answer.splitlines()[0] and "19人" in a.answer.splitlines()[1], q
