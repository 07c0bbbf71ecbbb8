"""Shapes met first in question sets of session 28: a level named without its generic last word
("海洋管理" for 海洋管理事务（款）), a level's demonstrative ("农业这一款"), the cars kept said in
everyday words ("还留着几辆公车"), the year's end said before the unit ("到年底招商局…"), 招待 as the
verb of a count of guests, 请客 for 公务接待费, and "是啥钱" asking what a term is. Every page below
is written in the shape of such a page; every expected value is read from its words by hand."""
from __future__ import annotations

from decimal import Decimal as D

AGRI = ("某农村发展局2017年部门决算\n五、一般公共预算拨款支出决算情况\n"
        "（五）21301农林水支出(类)农业（款）拨款支出3365.91万元，较上年决算数增加1207.73万元，增长56%。\n"
        "（十三）22002国土海洋气象等支出(类)海洋管理事务（款）拨款支出3819.15万元，较上年决算数减少 15951.86万元，"
        "下降81%。其中：9.2200299其他海洋管理事务支出（项）拨款支出948.31万元。\n")

CARS = ("某管理局2017年部门预算\n九、一般公共预算“三公”经费支出情况\n（三）公务用车购置及运行费 2017年预算安排车辆经费3.8万元，"
        "其中公务用车购置费0万元、车辆运行费3.8万元，与上年支出数相比下降83.4%，主要原因是2017年公务用车改革，"
        "某管理局保留一辆公务用车。\n")

INVEST = ("区招商局2015年部门决算\n七、“三公”经费公共财政拨款支出决算情况\n其中，公务用车运行费5.55万元，"
          "主要用于公务用车燃油、维修、保险等方面支出，年末公务用车保有量2辆。公务接待费9.73万元，"
          "主要用于招商联络等方面的接待活动，累计接待86批次、接待总人数1004人。\n")

POLICE = ("某区公安局2016年部门预算\n七、一般公共预算“三公”经费支出情况\n（二）公务接待费 2016年预算安排30万元。"
          "与上年相比支出下降（增长）17%，主要原因是:严格按标准接待，接待人数次数减少。\n")

TERMS = ("某文联2018年部门预算\n七、机关运行经费 2018年一般公共预算拨款安排的机关运行经费支出132万元，比2017年增加20万元。\n"
         "十、名词解释\n13.机关运行经费：为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，"
         "包括办公及印刷费、邮电费、差旅费。\n")


def test_a_level_named_without_its_generic_last_word(ask_pages):
    ask = ask_pages({"agri.txt": AGRI})
    # 海洋管理 is 海洋管理事务（款）: its decrease 15951.86 (asked as a size: positive)
    a = ask("海洋管理这块的钱比上一年少了多少？", scope={"doc": "agri.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("15951.86"), "万元")
    # 其他海洋管理事务 stays its own item
    a = ask("其他海洋管理事务支出是多少？", scope={"doc": "agri.txt"})
    assert (a.kind, a.value) == ("figure", D("948.31"))


def test_a_levels_demonstrative_is_not_an_item_word(ask_pages):
    ask = ask_pages({"agri.txt": AGRI})
    # last year = 3365.91 − 1207.73 = 2158.18
    a = ask("农林水里农业这一款的拨款支出，上一年是多少？", scope={"doc": "agri.txt"})
    assert (a.kind, a.value) == ("derived", D("2158.18"))


def test_the_cars_kept_in_everyday_words(ask_pages):
    ask = ask_pages({"cars.txt": CARS})
    for q in ("2017年某管理局还留着几辆公车？", "还保留了几辆公车？", "留着几辆车？"):
        a = ask(q, scope={"doc": "cars.txt"})
        assert (a.kind, a.value, a.unit) == ("figure", D("1"), "辆"), q


def test_the_years_end_before_the_unit(ask_pages):
    ask = ask_pages({"invest.txt": INVEST})
    for q in ("到年底招商局手里有几辆公车？", "年底招商局有几辆公车？"):
        a = ask(q, scope={"doc": "invest.txt", "unit": "区招商局"})
        assert (a.kind, a.value, a.unit) == ("figure", D("2"), "辆"), q


def test_guests_counted_with_the_everyday_verb(ask_pages):
    ask = ask_pages({"invest.txt": INVEST})
    a = ask("招待客人一年下来一共招待了多少人？", scope={"doc": "invest.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("1004"), "人")
    a = ask("招待了多少批次？", scope={"doc": "invest.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("86"), "批次")


def test_qingke_is_official_hospitality(ask_pages):
    ask = ask_pages({"police.txt": POLICE})
    a = ask("请客花了多少？", scope={"doc": "police.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("30"), "万元")
    a = ask("公安局2016年请客的钱为啥比上年少了？", scope={"doc": "police.txt"})
    assert a.kind == "passage" and "接待人数次数减少" in a.answer


def test_what_money_a_term_is_in_everyday_words(ask_pages):
    ask = ask_pages({"terms.txt": TERMS})
    for q in ("机关运行经费到底是啥钱？", "机关运行经费是啥？"):
        a = ask(q, scope={"doc": "terms.txt"})
        assert a.kind in ("passage", "definition") and "用于购买货物和服务的各项资金" in a.answer, q
    a = ask("机关运行经费是多少钱？", scope={"doc": "terms.txt"})
    assert (a.kind, a.value) == ("figure", D("132"))


FTZ = ("某自贸办2016年部门预算\n七、一般公共预算“三公”经费支出情况\n（一）因公出国（境）经费 2016年预算安排出国经费在专项业务经费调剂使用，未单列。"
       "（二）公务接待费 2016年预算安排20万元。\n")

STREET = ("某街道办事处2024年部门预算\n其他相关情况说明\n五、国有资产占有使用情况\n截至2023年8月31日，某街道办事处共有车辆7辆。"
          "2024年部门预算安排购置车辆1辆，其中：其他用车1辆。\n六、“三公”经费 公务用车购置费25万元。\n")

TOWN = ("某镇2016年部门预算\n一、部门主要职责 " + "贯彻执行党和国家的路线、方针、政策，负责本镇经济社会发展规划的编制和实施，" * 4 + "\n四、预算收支总体情况 2016年收入预算1682万元，其中：一般公共预算拨款1006万元，单位结余结转资金56万元。\n"
        "五、一般公共预算拨款支出情况\n主要支出项目包括：\n（一）人员经费874万元。主要用于在职基本工资。\n"
        "（二）公用经费230万元。主要用于日常公务支出。\n"
        "六、其他支出\n村级运转132万元。主要用于村级办公经费及村干工资。\n")

FINAL = ("某片区指挥部2017年部门决算\n五、一般公共预算拨款支出决算情况\n（五）2129999其他城乡社区支出-安征迁项目经费支出1029.38万元，"
         "较2016年决算数6710.61万元，减少5681.23万元，下降84.66 %。\n")


def test_why_an_item_is_not_listed(ask_pages):
    ask = ask_pages({"ftz.txt": FTZ})
    for q in ("自贸办出国出境的钱怎么没单独列出来？", "出国经费为什么没单列？"):
        a = ask(q, scope={"doc": "ftz.txt"})
        assert a.kind == "passage" and "专项业务经费调剂使用" in a.answer, q


def test_cars_to_buy_are_not_the_fleet(ask_pages):
    ask = ask_pages({"street.txt": STREET})
    for q in ("今年预算里安排买几辆新车？", "买几辆车？", "计划买几辆车？"):
        a = ask(q, scope={"doc": "street.txt"})
        assert (a.kind, a.value, a.unit) == ("figure", D("1"), "辆"), q
    a = ask("有几辆车？", scope={"doc": "street.txt"})
    assert (a.kind, a.value) == ("figure", D("7"))
    a = ask("买车花多少钱？", scope={"doc": "street.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("25"), "万元")


def test_money_left_from_earlier_years_in_everyday_words(ask_pages):
    ask = ask_pages({"town.txt": TOWN})
    for q in ("往年没花完、转到今年接着用的钱有多少？", "去年没花完的钱有多少？"):
        a = ask(q, scope={"doc": "town.txt"})
        assert (a.kind, a.value) == ("figure", D("56")), q


def test_every_word_of_a_list_must_narrow(ask_pages):
    # 村级…和村干部工资 names 村级运转 by its use: 公用经费 (230) is not it; none rather than a guess
    ask = ask_pages({"town.txt": TOWN})
    a = ask("村里的办公经费和村干部工资安排了多少钱？", scope={"doc": "town.txt"})
    assert a.value != D("230")
    a = ask("公用经费是多少？", scope={"doc": "town.txt"})
    assert (a.kind, a.value) == ("figure", D("230"))


def test_a_metric_named_by_its_alias_inside_a_label(ask_pages):
    # 项目经费支出 names 项目支出: the class row "2129999其他城乡社区支出-安征迁项目经费支出" answers
    ask = ask_pages({"final.txt": FINAL})
    a = ask("2129999安征迁项目经费支出比2016年决算数下降了百分之几？", scope={"doc": "final.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("-84.66"), "%")


def test_where_the_term_is_said_and_everyday_time_words(ask_pages):
    ask = ask_pages({"terms.txt": TERMS})
    a = ask("决算说明里说的机关运行经费，到底指的是啥钱？", scope={"doc": "terms.txt"})
    assert "用于购买货物和服务的各项资金" in a.answer


TRAFFIC = ("某局2015年部门预算\n四、支出预算 项目支出中专项业务费946.43万元、部门发展性项目支出1602.50万元、"
           "社会发展性项目支出21500万元。\n")

APPROVAL = ("某中心2014年决算批复\n一、2014年年初结转结余28.78万元，本年收入169.92万元，本年支出120.46万元，年末结转结余78.23万元。\n"
            "二、(一）公共预算财政拨款年初结转结余28.78万元，本年收入119.92万元，本年支出120.46万元，"
            "年末公共预算财政拨款结转结余28.23万元。\n")

STAFF = ("某镇2016年部门预算\n一、部门主要职责 " + "负责本镇经济社会发展规划的编制和实施，" * 6 + "\n"
         "二、部门预算单位基本情况 列入2016年部门预算编制范围的单位详细情况见下表：单位名称经费性质人员编制数在职人员"
         "政府行政机关财政核拨3939财政事务财政核拨66农业服务中心财政核拨1010林业站财政核拨07\n"
         "三、部门主要工作任务 2016年主要任务是推进项目建设。\n")

LIBRARY = ("某图书馆2017年部门预算\n五、项目支出 1、购书专项经费 50万 2、设备购置经费 30万\n")


def test_a_list_in_brackets_joined_by_he_is_summed(ask_pages):
    ask = ask_pages({"traffic.txt": TRAFFIC})
    # 946.43 + 1602.50 + 21500 = 24048.93
    a = ask("项目支出（专项业务费、部门发展性项目支出和社会发展性项目支出）合计是多少？", scope={"doc": "traffic.txt"})
    assert (a.kind, a.value) == ("derived", D("24048.93"))


def test_the_rest_of_income_besides_a_fund(ask_pages):
    ask = ask_pages({"approval.txt": APPROVAL})
    # 本年收入 169.92 − 公共预算财政拨款本年收入 119.92 = 50.00 (its 本年支出 120.46 stands beside it)
    for q in ("本年收入里除了公共预算财政拨款，其余的收入有多少？", "收入里除了公共预算财政拨款以外的有多少？"):
        a = ask(q, scope={"doc": "approval.txt"})
        assert (a.kind, a.value) == ("derived", D("50.00")), q


def test_run_together_staff_cells_read_only_when_forced(ask_pages):
    ask = ask_pages({"staff.txt": STAFF})
    a = ask("农业服务中心在职人员有几人？", scope={"doc": "staff.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("10"), "人")      # 1010: 10 and 10
    a = ask("林业站在职人员有几人？", scope={"doc": "staff.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("7"), "人")       # 07: 0 and 7
    a = ask("林业站人员编制数是多少？", scope={"doc": "staff.txt"})
    assert (a.kind, a.value) == ("figure", D("0"))


def test_buying_books_and_equipment(ask_pages):
    ask = ask_pages({"library.txt": LIBRARY})
    a = ask("买书和买设备一共安排了多少钱？", scope={"doc": "library.txt"})
    assert (a.kind, a.value) == ("derived", D("80"))                  # 50 + 30


DRAFT = ("某乡2015年财政预算执行情况和2016年财政预算草案的报告\n一、2015年财政预算执行情况\n"
         "(二) 基金预算部分全年基金预算没有收入，也没有支出，年终滚存结余53.81万元。\n"
         "二、2016年财政收支预算草案\n2、专用基金支出37万元，其中：党建工作经费5万元，人大2万元，会议费5万元，其他4万元。\n")

CEILING = ("卫生监督所2016年部门预算\n九、一般公共预算“三公”经费支出情况 2016年下达我单位“三公经费”控制数9.94万元。"
           "其中：（三）公务用车购置及运行费 2016年预算安排公务用车购置费3.6万元。\n")


def test_the_documents_term_in_brackets_restates_everyday_words(ask_pages):
    ask = ask_pages({"draft.txt": DRAFT})
    a = ask("2016年开会的钱（会议费）安排了多少？", scope={"doc": "draft.txt"})
    assert (a.kind, a.value) == ("figure", D("5"))


def test_a_funds_name_holding_yusuan_is_no_basis(ask_pages):
    ask = ask_pages({"draft.txt": DRAFT})
    a = ask("基金预算年终滚存结余是多少？", scope={"doc": "draft.txt"})
    assert (a.kind, a.value) == ("figure", D("53.81"))


def test_the_most_one_may_spend_is_the_ceiling(ask_pages):
    ask = ask_pages({"ceiling.txt": CEILING, "other.txt": POLICE})
    for q in ("今年三公经费最多能花多少？", "三公经费的上限是多少？"):
        a = ask(q, scope={"doc": "ceiling.txt"})
        assert (a.kind, a.value) == ("figure", D("9.94")), q


def test_the_place_before_a_unit_named_without_it(ask_pages):
    pages = {"ceiling.txt": CEILING,
             "a.txt": "平潭综合实验区公安局2016年部门预算\n一、收支预算总体情况 2016年收入预算1000万元。\n",
             "b.txt": "平潭综合实验区文联2018年部门预算\n一、收支预算总体情况 2018年收入预算200万元。\n"}
    ask = ask_pages(pages)
    a = ask("平潭卫生监督所2016年买公车预算了多少钱？")
    assert (a.kind, a.value) == ("figure", D("3.6"))


CODED = ("某办公室2017年部门预算\n五、一般公共预算拨款支出情况 主要支出项目(按项级科目分类统计)包括：\n"
         "（一）2010301行政运行（项级科目）5005.63万元。主要用于机关运行。\n"
         "（二）2210201（项级科目）176.59万元。主要用于住房公积金。\n")


def test_a_level_word_in_brackets_restates_nothing(ask_pages):
    ask = ask_pages({"coded.txt": CODED})
    a = ask("2010301行政运行（项级科目）安排了多少？", scope={"doc": "coded.txt"})
    assert (a.kind, a.value) == ("figure", D("5005.63"))


PARTS = ("流水镇2016年部门预算\n五、一般公共预算拨款支出情况\n（六） 林业支出（科目代码2130201）8.10万元。\n"
         "（七） 农村综合改革（科目代码2130701）182.66万元，其中村级运转经费58.00万元，村干部工资补助124.66万元。\n"
         "六、政府性基金预算拨款支出情况\n（一）环境卫生（项级科目）230万元。主要用于农村环境卫生支出。\n")


def test_the_parts_of_an_items_money_say_where_it_goes(ask_pages):
    ask = ask_pages({"parts.txt": PARTS})
    for q in ("流水镇2016年农村综合改革那182万多花在哪了？", "农村综合改革的钱用在哪？"):
        a = ask(q, scope={"doc": "parts.txt"})
        assert a.kind == "passage" and "村级运转经费" in a.answer and "村干部工资补助" in a.answer, q
    a = ask("环境卫生的钱用在哪？", scope={"doc": "parts.txt"})
    assert "农村环境卫生支出" in a.answer


COURT = ("平潭县人民法院2015年部门决算\n二、部门决算单位基本情况 列入2015年部门决算编制范围的单位详细情况见下表：\n"
         "单位名称 经费性质 人员编制数 在职人数 平潭县人民法院 全额财政核拨 95 87\n三、收入支出决算总体情况 本年支出1928.05万元。\n")

QUAKE = ("某办2014年部门决算批复\n一、2014年年初结转结余5.76万元，本年收入64.19万元，本年支出57.26万元，年末结转结余10.50万元。"
         "二、2014年基本支出55.26万元，项目支出2.00万元。\n")


def test_a_count_of_units_before_a_count_of_people_says_whose(ask_pages):
    ask = ask_pages({"court.txt": COURT})
    a = ask("列入部门决算编制范围的单位在职人数是多少？", scope={"doc": "court.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("87"), "人")


def test_the_years_spending_in_everyday_words(ask_pages):
    ask = ask_pages({"quake.txt": QUAKE})
    # 项目支出 2.00 ÷ 本年支出 57.26 × 100 = 3.49
    a = ask("项目上的钱占全年花销的百分之几？", scope={"doc": "quake.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("3.49"), "%")


CENTRE19 = ("某研究中心2019年部门预算\n五、一般公共预算拨款支出情况 基本支出118.01万元，其中：\n1.人员经费 75.14 万元。\n"
            "2.公用经费 40.3 万元（含专项业务费转列公用经费 万元）。\n3.对个人和家庭的补助2.57万元。\n")


def test_items_listed_then_heji_are_summed(ask_pages):
    ask = ask_pages({"centre.txt": CENTRE19})
    # 75.14 + 40.3 + 2.57 = 118.01
    a = ask("人员经费、公用经费和对个人和家庭的补助三项合计多少？", scope={"doc": "centre.txt"})
    assert (a.kind, a.value) == ("derived", D("118.01"))


JUSTICE = ("某区司法局2026年部门预算\n四、一般公共预算支出预算主要内容\n"
           "1、公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元。主要用于：行政单位的基本支出。"
           "2025年当年预算执行数为1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。\n")


def test_the_year_compared_by_what_was_actually_spent(ask_pages):
    ask = ask_pages({"justice.txt": JUSTICE})
    # 降了 in everyday words asks the size of the fall: 1.07
    a = ask("行政运行这块今年比2025年实际执行的降了百分之几？", scope={"doc": "justice.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("1.07"), "%")


PURCHASE = ("岚城片区管理局2017年部门预算\n八、政府采购情况 2017年政府采购预算总额35.4万元，其中：政府购买项目预算金额35.4万元。\n")


def test_what_money_buys_when_the_page_says_nothing_of_it(ask_pages):
    # the page gives the amount and one part equal to it, no use: none, and no number
    ask = ask_pages({"purchase.txt": PURCHASE})
    a = ask("岚城局2017年政府采购预算35.4万元是准备买啥的？", scope={"doc": "purchase.txt"})
    assert a.kind == "none" and a.value is None


VILLAGE = ("中楼乡2016年部门决算\n五、公共财政拨款支出决算情况\n（五）农林水支出（科目编码213）120.50万元（其中按照项级科目统计，"
           "科目编码2130705-对村委会和党支部的补助支出金额为79.71万元；科目编码2130701-对村级一事一议的补助的金额为40.79万元）。\n")


def test_a_coded_item_closed_by_its_amount_word(ask_pages):
    ask = ask_pages({"village.txt": VILLAGE})
    for q in ("乡里给村委会和党支部的补助花了多少钱？", "对村委会和党支部的补助是多少？"):
        a = ask(q, scope={"doc": "village.txt"})
        assert (a.kind, a.value) == ("figure", D("79.71")), q


STATION = ("某农机站2016年部门预算\n四、预算收支总体情况 2016年收入预算278.21万元，相应安排支出预算278.21万元，其中：人员支出153.19万元，"
           "对个人和家庭补助支出20.97万元，公用支出22.55万元，项目支出81.5万元。\n")


def test_an_item_set_aside_is_never_summed(ask_pages):
    # "除去项目支出，…加起来": 项目支出 is set aside; 项目支出 + 公用经费 (104.05) would be a wrong number
    ask = ask_pages({"station.txt": STATION})
    a = ask("除去项目支出，人员、对个人家庭补助和公用这些日常开支加起来一共多少？", scope={"doc": "station.txt"})
    assert a.value != D("104.05")
    assert a.kind in ("none", "clarify") or a.value == D("196.71")   # 153.19 + 20.97 + 22.55


TOWN_WORK = ("芦洋乡2015年部门决算\n一、乡政府部门主要职责：1、促进经济发展，增加农民收入。2、强化公共服务，着力改善民生。\n"
             "三、部门主要工作总结\n2015年，我乡主要任务是按区党工委布署的各项任务和乡年度工作。围绕上述任务，重点完成了以下工作：1、征地拆迁工作。"
             "2、社会事业发展。\n")


def test_the_work_done_is_not_the_duties(ask_pages):
    ask = ask_pages({"work.txt": TOWN_WORK})
    a = ask("芦洋乡2015年主要干了哪些工作？", scope={"doc": "work.txt"})
    assert a.kind == "passage" and "征地拆迁工作" in a.answer
    a = ask("芦洋乡的主要职责是什么？", scope={"doc": "work.txt"})
    assert "促进经济发展" in a.answer
