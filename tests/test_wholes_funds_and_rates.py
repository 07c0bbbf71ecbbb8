"""Shapes met first in session 31 (U79, U80 and the misses left from session 30): a part named
after its whole ("基本支出的日常公用经费"), a fund in brackets after an item ("城乡社区这块（公共财政
拨款）"), last year's value from a stated rate asked plainly, examples of an item with nothing named
after them, and building repairs said plainly (修房子). Every page is written in the shape of such a
page; every expected value is read from its words by hand."""
from __future__ import annotations

from decimal import Decimal as D

from assistant.question import parse

FINAL = ("某镇2015年部门决算\n四、公共财政拨款支出决算情况\n2015年公共财政拨款支出1008.12万元，比2014年决算数增加117.49万元，"
         "增长13.19%，具体情况如下：（一）一般公共服务支出604.36万元。（四）城乡社区支出91.92万元，较2014年决算数增加11.83万元，"
         "增长14.77%。\n五、基本支出决算情况\n2015年本年支出中基本支出712.63万元，其中人员经费600.21万元，日常公用经费112.42万元。\n"
         "六、“三公”经费\n（二）公务用车购置及运行费47.92万元。其中：公务用车购置费零万元。公务用车运行费47.92万元，主要用于公务用车燃油、"
         "维修、保险等方面支出，年末公务用车保有量15辆。（三）公务接待费3万元，与上年相比支出下降25%。\n")
LIBRARY = ("某馆2017年部门预算\n二、项目支出\n专项业务费： 1、购书专项经费 50万元 2、设备购置经费 30万元 3、活动经费 10万元 "
           "4、修缮专项经费 25万元\n")


def test_a_part_named_after_its_whole_is_the_part():
    # 基本支出 is the whole of 公用经费 (人员经费 + 公用经费): it says where the part is
    for text in ("基本支出的日常公用经费是多少？", "本年支出中基本支出的日常公用经费是多少？"):
        q = parse(text)
        assert (q.item, q.metrics) == ("日常公用经费", ["公用经费"]), text
    # a sum of the whole and a part keeps both
    assert parse("基本支出和人员经费合计").metrics == ["基本支出", "人员经费"]


def test_a_part_named_after_its_whole_answers_the_part(ask_pages):
    ask = ask_pages({"zhen.txt": FINAL})
    a = ask("本年支出中基本支出的日常公用经费是多少？", scope={"doc": "zhen.txt"})
    assert (a.kind, a.value) == ("figure", D("112.42"))


def test_a_fund_in_brackets_says_where_the_item_is():
    q = parse("城乡社区这块（公共财政拨款）去年花了多少？")
    assert (q.item, q.metrics, q.container) == ("城乡社区支出", ["城乡社区支出"], "公共财政拨款")


def test_a_fund_in_brackets_never_answers_the_funds_total(ask_pages):
    ask = ask_pages({"zhen.txt": FINAL})
    # 2014: 91.92 − 11.83 = 80.09 (never the fund's 1008.12 − 117.49 = 890.63)
    a = ask("城乡社区这块（公共财政拨款）去年花了多少？", scope={"doc": "zhen.txt"})
    assert (a.kind, a.value) == ("derived", D("80.09"))


def test_last_year_from_a_stated_rate_asked_plainly(ask_pages):
    ask = ask_pages({"zhen.txt": FINAL})
    # 公务接待费 3万元, 下降25%: last year 3 ÷ (1 − 25%) = 4.00, said as 约 with its formula
    a = ask("去年招待费花了多少？", scope={"doc": "zhen.txt"})
    assert (a.kind, a.value) == ("derived", D("4.00"))
    assert "约" in a.answer and "1 − 25%" in a.formula


def test_examples_with_nothing_named_after_them_never_leave_the_unit_as_the_item(ask_pages):
    # "公车的油费、维修、保险这些花了多少": nothing after 这些; the unit and year before the examples
    # are no item, so the answer is never the unit's 本年支出
    q = parse("平潭县法院2015年公车的油费、维修、保险这些花了多少？")
    assert "公务用车" in q.item
    ask = ask_pages({"zhen.txt": FINAL})
    a = ask("某镇2015年公车的油费、维修、保险这些花了多少？", scope={"doc": "zhen.txt"})
    assert a.value in (None, D("47.92"))


def test_building_repairs_said_plainly(ask_pages):
    ask = ask_pages({"library.txt": LIBRARY})
    # 修缮专项经费 25 + 设备购置经费 30 = 55
    a = ask("修房子和买设备一共安排了多少钱？", scope={"doc": "library.txt"})
    assert (a.kind, a.value) == ("derived", D("55.00"))


FINAL_2017 = ("某局2017年部门决算\n二、部门决算单位基本情况\n列入2017年部门决算编制范围的单位详细情况见下表: 单位名称 经费性质 "
              "人员编制数 在职人数 某局 财政核拨 14 12 某局项目建设服务中心 财政核拨 8 5\n"
              "三、收入支出决算总体情况\n2017年某局年初结转和结余2,551.37万元，本年收入8,465.79万元，本年支出7,812.65万元，"
              "年末结转和结余3,204.51万元。\n"
              "八、一般公共预算拨款“三公”经费支出决算情况\n公务用车购置及运行费3.70万元。其中：公务用车购置费0.00万元，"
              "公务用车运行费3.70万元。2016年公务用车购置费决算数0万元，公务用车运行费19.11万元；与2016年相比，公务用车运行费"
              "减少15.41万元，下降80.64%。\n")
MONTHLY = ("某乡2018年3月三公经费公开\n某乡2018年3月“三公经费”使用情况公示 单位：元 项目名称 金额 备注 合计 3939.64 "
           "1、因公出国（境）费用 0 2、公务接待费 0 3、公务用车费 3939.64 其中：（1）公务用车运行维护费 3939.64 "
           "支付洗车、补胎及保险等费用 （2）公务用车购置费\n")


def test_an_amount_listed_after_a_dated_one_is_of_that_year(ask_pages):
    ask = ask_pages({"ju.txt": FINAL_2017})
    # "2016年公务用车购置费决算数0万元，公务用车运行费19.11万元": both 2016's; this year's 运行费 is 3.70
    a = ask("公务用车运行费是多少？", scope={"doc": "ju.txt"})
    assert (a.kind, a.value) == ("figure", D("3.70"))
    # last year's 公务用车购置及运行费, never stated: its 2016 parts, 0 + 19.11
    a = ask("2016年公务用车购置及运行费是多少？", scope={"doc": "ju.txt"})
    assert (a.kind, a.value) == ("derived", D("19.11"))


def test_the_growth_of_the_balance_over_the_year(ask_pages):
    ask = ask_pages({"ju.txt": FINAL_2017})
    # (3204.51 − 2551.37) ÷ 2551.37 × 100 = 25.60
    a = ask("年末结转和结余比年初结转和结余增长了百分之几？", scope={"doc": "ju.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("25.60"), "%")


def test_posts_left_empty_are_the_posts_less_the_staff():
    q = parse("有几个编制空着没人？")
    assert q.metrics == ["编制数", "在职人数"] and "比" in q.norm


def test_a_row_left_out_in_brackets_is_never_the_row_answered(ask_pages):
    ask = ask_pages({"ju.txt": FINAL_2017})
    # "（不算服务中心）" names the row left out: never its 5 (the unit's own row says 12)
    a = ask("某局本身（不算服务中心）在职人数是多少？", scope={"doc": "ju.txt"})
    assert a.value != D("5")


def test_a_remark_saying_what_was_paid_is_the_use(ask_pages):
    ask = ask_pages({"month.txt": MONTHLY})
    for text in ("公务用车运行维护费用于什么？", "3月份公车的钱都花在什么上面了？"):
        a = ask(text, scope={"doc": "month.txt"})
        assert a.kind == "passage" and "洗车、补胎及保险" in a.answer, text


def test_another_years_amount_says_its_year(ask_pages):
    ask = ask_pages({"ju.txt": FINAL_2017})
    a = ask("2016年公务用车运行费是多少？", scope={"doc": "ju.txt"})
    assert a.value == D("19.11") and "2016年公务用车运行费" in a.answer
    a = ask("去年公车的钱花了多少？", scope={"doc": "ju.txt"})
    assert (a.kind, a.value) == ("derived", D("19.11")) and "2016年" in a.answer    # 0 + 19.11


PROCURATORATE = ("某院2016年部门预算\n（二）部门支出预算 2016年度一般公共预算拨款支出1500.05万元，主要支出项目包括： "
                 "1、工资福利支出1024.82万元，主要用于在职人员工资。 2、商品和服务支出226.2万元。 "
                 "3、对个人和家庭的补助123.55万元，主要用于在职人员住房公积金和提租补贴。 4、项目支出125.48万元。\n")
CARS = ("某镇2018年10月份三公经费公示\n经统计，某镇2018年10月份三公经费支出情况如下： 项目 本月支出数（元） 合计 10895 "
        "1、因公出国（境）费用 0 2、公务接待费 0 3、公务用车费 10895 其中：（1）公务用车运行维护费 10895 （2）公务用车购置费 0 "
        "注：闽K198KA劳务费3195、闽K198KA修理修配劳务费2915元、闽K229KA劳务费2190元、闽K229KA修理修配劳务费2595元。\n")


def test_items_in_brackets_joined_by_jiashang_are_summed(ask_pages):
    ask = ask_pages({"yuan.txt": PROCURATORATE})
    # 人头费 said as 工资福利 + 对个人和家庭的补助 = 1024.82 + 123.55 = 1148.37 (never 123.55 alone)
    a = ask("2016年的人头费（工资福利加上对个人和家庭的补助）一共是多少？", scope={"doc": "yuan.txt"})
    assert (a.kind, a.value) == ("derived", D("1148.37"))


def test_one_cars_amounts_are_summed_and_never_the_table_total(ask_pages):
    ask = ask_pages({"cars.txt": CARS})
    # 闽K198KA: 3195 + 2915 = 6110 (the row 公务用车费 10895 is both cars')
    a = ask("10月闽K198KA这辆公车一共花了多少钱？", scope={"doc": "cars.txt"})
    assert (a.kind, a.value) == ("derived", D("6110"))
    a = ask("闽K198KA修理修配劳务费是多少？", scope={"doc": "cars.txt"})
    assert (a.kind, a.value) == ("figure", D("2915"))


def test_parts_in_brackets_of_a_stated_whole_are_that_whole(ask_pages):
    ask = ask_pages({"ju.txt": FINAL_2017})
    # 公车的钱（买车加养车）: 公务用车购置费 + 公务用车运行维护费 is the stated 公务用车购置及运行费 3.70
    # (never that figure added to itself, 7.40)
    a = ask("公车的钱（买车加养车）一共花了多少？", scope={"doc": "ju.txt"})
    assert a.value == D("3.70")
