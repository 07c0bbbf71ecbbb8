"""Shapes met in session 33: a comparison of two staff columns within one row of a table of the
unit's units, and a sum of two items named in the document's own words (a bracket that is part of
the label, not a restatement). The page is written in the shape of such a page; every expected
value is read from its words by hand."""
from __future__ import annotations

from decimal import Decimal as D

BUREAU = ("某局2016年预算说明\n二、部门预算单位基本情况\n某局包括12个机关行政处室及2个下属单位，其中：列入2016年部门预算编制范围的"
          "单位详细情况见下表: 单位名称 经费性质 人员编制数 在职人数 区某某管理局 财政拨款 120 129 区检验检测中心 财政拨款 10 9 "
          "区卫生监督所 财政拨款 17 22\n四、预算收支总体情况\n2016年,某局收入预算为2333.03万元，其中：一般公共预算拨款2333.03万元。"
          "其中：人员支出1415.43万元，对个人和家庭补助支出207.8万元，公用支出218.55万元，项目支出491.25万元。\n"
          "五、一般公共预算拨款支出情况\n2016年度一般公共预算拨款支出2333.03万元，主要支出项目(按项级科目分类统计)包括："
          "（一）人员经费支出（项级科目）1623.23万元。主要用于在职人员工资。（二）公用支出（项级科目）218.55万元。"
          "主要用于办公经费。\n")


def test_two_columns_of_one_row(ask_pages):
    ask = ask_pages({"bureau.txt": BUREAU})
    scope = {"doc": "bureau.txt"}
    # 区卫生监督所: 在职 22 − 编制 17 = 5; 区检验检测中心: 编制 10 − 在职 9 = 1
    a = ask("区卫生监督所在职人数比编制数多几个？", scope=scope)
    assert (a.kind, a.value, a.unit) == ("derived", D("5"), "人")
    a = ask("区检验检测中心编制数比在职人数多几个？", scope=scope)
    assert (a.kind, a.value, a.unit) == ("derived", D("1"), "人")
    # the unit's own row, by a short name and 机关本身: 区某某管理局 129 − 120 = 9
    a = ask("某某局机关本身，实际在岗的人比编制多了几个？", scope=scope)
    assert (a.kind, a.value, a.unit) == ("derived", D("9"), "人")


def test_no_row_named_and_no_total_stated_is_none(ask_pages):
    ask = ask_pages({"bureau.txt": BUREAU})
    # three rows, no total row: neither one row's gap nor a guess
    assert ask("在职人数比编制数多几个？", scope={"doc": "bureau.txt"}).value is None


def test_a_sum_of_items_named_with_their_brackets(ask_pages):
    ask = ask_pages({"bureau.txt": BUREAU})
    # 人员经费支出（项级科目）1623.23 + 公用支出（项级科目）218.55 = 1841.78 (not 人员支出 1415.43)
    a = ask("人员经费支出（项级科目）和公用支出（项级科目）合计是多少？", scope={"doc": "bureau.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("1841.78"), "万元")


TOWNSHIP = ("某乡2015年财政预算执行情况和2016年财政预算草案的报告\n二、2015年财政支出\n⑥农林水支出40万元。"
            "⑦对村民委员会和村党支部的补助100万元，比上年增支34.09万元，增支51.72%。\n")


def test_a_bracket_naming_the_item_in_the_documents_terms(ask_pages):
    ask = ask_pages({"xiang.txt": TOWNSHIP})
    # 2014 = 2015's 100 − the increase 34.09 = 65.91; 村里 is said, the bracket names the item
    a = ask("2014年给村里（村委会和村党支部）的补助是多少？", scope={"doc": "xiang.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("65.91"), "万元")
    a = ask("2015年给村里（村委会和村党支部）的补助是多少？", scope={"doc": "xiang.txt"})
    assert (a.kind, a.value) == ("figure", D("100"))


def test_a_qualifying_bracket_is_no_name():
    from assistant.question import bracket_named
    assert bracket_named("给村里（村委会和村党支部）的补助是多少？") == "村委会和村党支部的补助是多少?"
    for q in ("公务用车运行维护费（含燃油费）是多少？", "人员经费支出（项级科目）是多少？", "项目支出（不含基建）多少？",
              "三公经费（2016年）是多少？", "公用经费是多少（万元）？"):
        assert bracket_named(q) is None, q


SANGONG = ("某院2016年部门预算\n六、“三公”经费\n3、“三公经费”安排原则。“三公经费”和会议费按照规定，实行从严从紧安排。"
           "“三公经费”与上年相比支出下降12%，主要原因是:严格按标准接待。\n4、公务用车购置费及公务用车运行费。"
           "2016年预算安排公务用车运行费20万元，与上年相比持平。\n")


def test_a_rate_stated_without_an_amount(ask_pages):
    ask = ask_pages({"yuan.txt": SANGONG})
    scope = {"doc": "yuan.txt"}
    # "“三公经费”与上年相比支出下降12%": the document's words give the signed rate, everyday words its size
    a = ask("三公经费比上年下降了百分之几？", scope=scope)
    assert (a.kind, a.value, a.unit) == ("figure", D("-12"), "%")
    a = ask("三公经费比去年降了百分之几？", scope=scope)
    assert (a.kind, a.value, a.unit) == ("figure", D("12"), "%")
    # the rate is no amount, no change in money and no other item's rate
    for q in ("三公经费是多少？", "三公经费比上年减少了多少万元？", "公务接待费比上年下降了百分之几？"):
        assert ask(q, scope=scope).value is None, q


def test_a_rate_after_a_sentence_naming_no_item_is_not_stored(page_doc):
    doc = page_doc("p.txt", "某院2016年部门预算\n三公经费安排原则。按照规定执行。与上年相比支出下降12%，主要原因是减少接待。\n",
                   2016, "预算")
    # the 支出 after 与上年相比 is some earlier item's: no figure is made of it
    assert not [f for f in doc.figures if f.unit == "%"]


def test_a_rate_under_a_list_entry_naming_its_item(ask_pages):
    page = ("某院2016年部门预算\n六、“三公”经费支出情况\n3、“三公经费”安排原则。“三公经费”和会议费按照规定，实行从严从紧安排，"
            "具体按照《通知》（岚财金（2016）14号执行。与上年相比支出下降12%，主要原因是:严格按标准接待。\n")
    ask = ask_pages({"yuan.txt": page})
    # the entry "3、“三公经费”安排原则" names the item; the rate closes it, no amount between
    a = ask("三公经费比去年降了百分之几？", scope={"doc": "yuan.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("12"), "%")
    assert "三公经费" in a.citations[0].text


def test_a_rate_after_an_amount_of_its_entry_stays_that_amounts(page_doc):
    doc = page_doc("p.txt", "某院2016年部门预算\n（二）公务接待费 2016年预算安排34.53万元。主要用于接待。与上年相比支出下降25%。\n",
                   2016, "预算")
    [fig] = [f for f in doc.figures if f.change_pct is not None]
    assert (fig.label, fig.value, fig.unit, fig.role, fig.change_pct) == ("公务接待费", D("34.53"), "万元", "amount", D("-25"))


TOWN_ITEMS = ("某镇2016年部门预算\n五、支出预算\n1、工资福利支出：在职人员工资及福利费：588.09万元；误餐及通讯补贴:22.00万元；"
              "在职人员年金：45.26万元。\n")


def test_an_item_asked_with_he_where_the_document_writes_ji(ask_pages):
    ask = ask_pages({"zhen.txt": TOWN_ITEMS})
    scope = {"doc": "zhen.txt"}
    # "误餐及通讯补贴:22.00万元": 和 for 及 is the same item, not a sibling one character apart
    a = ask("镇里干部的误餐和通讯补贴今年预算多少钱？", scope=scope)
    assert (a.kind, a.value) == ("figure", D("22.00"))
    # "在职人员工资及福利费：588.09万元": two items the document states as one amount
    a = ask("在职人员的工资和福利一共预算了多少？", scope=scope)
    assert (a.kind, a.value) == ("figure", D("588.09"))
    # items the document states apart are still summed: 588.09 + 45.26 = 633.35
    a = ask("在职人员工资及福利费和在职人员年金合计多少？", scope=scope)
    assert (a.kind, a.value) == ("derived", D("633.35"))


MEDIA = ("某传媒中心2016年部门预算说明\n二、部门预算单位基本情况\n列入2016年部门预算编制范围的单位详细情况见下表: "
         "单位名称 经费性质 人员编制数 在职人数 某传媒中心 财政核拨 11 2 某广播电视台 财政核拨 5 0 某时报社 财政核拨 5 0\n")


def test_units_left_out_after_a_comma_in_brackets(ask_pages):
    ask = ask_pages({"media.txt": MEDIA})
    # "（本级，不含…）": the centre's own row, 11; never a row left out (5)
    a = ask("某传媒中心（本级，不含某广播电视台和某时报社）的人员编制数是多少？", scope={"doc": "media.txt"})
    assert (a.kind, a.value) == ("figure", D("11"))
    a = ask("某广播电视台的人员编制数是多少？（不含某时报社）", scope={"doc": "media.txt"})
    assert (a.kind, a.value) == ("figure", D("5"))


def test_left_out_names():
    from assistant.question import left_out_names, without_left_out
    assert left_out_names("传媒中心（本级，不含广播电视台和时报社）的编制") == ["广播电视台", "时报社"]
    assert without_left_out("传媒中心（本级，不含广播电视台和时报社）的编制") == "传媒中心(本级)的编制"
    assert without_left_out("传媒中心本级（不算广播电视台）的编制") == "传媒中心本级的编制"


def test_the_round_trip_asks_a_stated_rate_as_a_rate(page_doc):
    from assistant.selfcheck import questions_for
    doc = page_doc("p.txt", "某院2016年部门预算\n六、“三公”经费\n3、“三公经费”安排原则。按照规定执行。与上年相比支出下降12%，主要原因是减少接待。\n",
                   2016, "预算")
    [fig] = [f for f in doc.figures if f.unit == "%"]
    assert questions_for(fig, 2016) == [("三公经费比上年下降了百分之几？", D("-12"), "%")]


def test_a_rate_in_a_sentence_opening_with_its_comparison(page_doc):
    text = ("某院2015年部门决算\n七、“三公”经费\n与2014年相比，公务用车购置费不变，运行费下降13%。"
            "与上年相比，公务接待费下降8%，因公出国（境）费增长5%。与2014年相比，公务用车购置费和运行费分别下降5%。\n")
    doc = page_doc("p.txt", text, 2015, "决算")
    rates = {(f.metric, f.change_pct) for f in doc.figures if f.unit == "%"}
    # 运行费 shares the head of the item before it (公务用车); "A和B分别下降5%" names no one item
    assert rates == {("公务用车运行维护费", D("-13")), ("公务接待费", D("-8")), ("因公出国（境）费", D("5"))}


def test_a_rate_compared_with_an_older_year_is_no_rate_on_last_year(page_doc):
    doc = page_doc("p.txt", "某院2015年部门决算\n与2012年相比，公务接待费下降30%。\n", 2015, "决算")
    assert not [f for f in doc.figures if f.unit == "%"]


def test_posts_left_empty_in_any_word_order(ask_pages):
    ask = ask_pages({"bureau.txt": BUREAU})
    # 区检验检测中心: 编制 10 − 在职 9 = 1 post empty; never the 10 posts themselves
    for q in ("区检验检测中心还空着几个编制没人？", "区检验检测中心有几个编制空着没人？", "区检验检测中心空着几个编制？"):
        a = ask(q, scope={"doc": "bureau.txt"})
        assert (a.kind, a.value, a.unit) == ("derived", D("1"), "人"), q


def test_a_sum_read_inside_its_container_adds_no_container(ask_pages):
    ask = ask_pages({"bureau.txt": BUREAU})
    # 人员经费支出（项级科目）1623.23 + 公用支出 218.55 = 1841.78; the 一般公共预算拨款 (2333.03) the
    # items are read in is none of them
    a = ask("2016年一般公共预算拨款中人员经费支出与公用支出合计是多少？", scope={"doc": "bureau.txt"})
    assert (a.kind, a.value) == ("derived", D("1841.78"))


MONTHLY = ("2018年某镇12月份三公经费公示\n经统计，某镇2018年12月份三公经费支出情况如下： 项目 本月支出数（元） 合计 2190 "
           "1、因公出国（境）费用 0 2、公务接待费 0 3、公务用车购置及运行费 2190\n")


def test_a_whole_year_asked_of_a_months_notice(ask_pages):
    ask = ask_pages({"m12.txt": MONTHLY})
    scope = {"doc": "m12.txt"}
    # the notice states December only: the month asked plainly is December's 2190; the year's is not stated
    a = ask("三公经费合计多少元？", scope=scope)
    assert (a.kind, a.value) == ("figure", D("2190"))
    assert ask("2018年全年三公经费一共花了多少？", scope=scope).value is None
