"""Shapes met first in the question sets of session 30 (U55, U57): a part printed without its unit,
brackets that say what a side of a comparison means, examples joined by 加上, everyday names of
retired staff, and one item stated twice with two values in a sum. Every page is written in the
shape of such a page; every expected value is read from its words by hand."""
from __future__ import annotations

from decimal import Decimal as D

from corpus.numbers import find_amounts

HOME = ("某福利院2017年部门预算\n三、预算收支总体情况\n2017年，区福利院部门收入预算为202.76万元，其中：一般公共预算拨款"
        "202.76万元。相应安排支出预算202.76万元，其中：人员经费99.39，公用支出8.75万元，项目支出94.62万元，"
        "基金预算支出0万元。\n")


def test_a_part_without_its_unit_takes_the_lists_when_the_parts_close_the_total():
    text = "相应安排支出预算202.76万元，其中：人员经费99.39，公用支出8.75万元，项目支出94.62万元，基金预算支出0万元。"
    # 99.39 + 8.75 + 94.62 + 0 = 202.76: the 99.39 is in 万元 like its list
    assert ("99.39", "万元") in {(str(a.value), a.unit) for a in find_amounts(text)}
    # parts that do not close the total leave the bare number without a unit (no amount)
    text = "支出预算202.76万元，其中：人员经费99.38，公用支出8.75万元，项目支出94.62万元。"
    assert "99.38" not in {str(a.value) for a in find_amounts(text)}


def test_a_sum_with_a_part_stated_without_its_unit(ask_pages):
    ask = ask_pages({"home.txt": HOME})
    # 人员经费 + 公用支出 = 99.39 + 8.75 = 108.14
    a = ask("福利院2017年人员经费和公用支出合计是多少？", scope={"doc": "home.txt"})
    assert (a.value, a.unit) == (D("108.14"), "万元")


BALANCES = ("某所2014年部门决算批复\n一、2014年年初结转结余28.78万元，本年收入169.92万元，本年支出120.46万元，"
            "年末结转结余78.23万元。二、2014年基本支出1,083.54万元，项目支出976.45万元。\n")


def test_brackets_on_a_side_of_a_comparison(ask_pages):
    ask = ask_pages({"bal.txt": BALANCES})
    # the bracket names the metric the everyday words mean: 基本支出 − 项目支出 = 1083.54 − 976.45 = 107.09
    a = ask("日常运转的钱（基本支出）比项目上花的钱多多少？", scope={"doc": "bal.txt"})
    assert (a.kind, a.value) == ("derived", D("107.09"))
    # a bracket saying what the side is not names nothing: 本年收入 − 本年支出 = 169.92 − 120.46 = 49.46
    a = ask("本年总收入（不只是公共预算财政拨款）比本年支出多多少？", scope={"doc": "bal.txt"})
    assert (a.kind, a.value) == ("derived", D("49.46"))


STATION = ("某站2016年部门预算\n四、预算收支总体情况\n2016年,某站部门收入预算为278.21万元，其中：一般公共预算拨款"
           "278.21万元。其中：人员支出153.19万元，对个人和家庭补助支出20.97万元，公用支出22.55万元，项目支出81.5万元。"
           "\n五、一般公共预算拨款支出情况\n2016年年度一般公共预算拨款支出278.21万元，主要支出项目包括：（一）人员经费"
           "（项级科目）174.16万元。（二）公用经费（项级科目）22.55万元。（三）项目支出（项级科目）81.5万元。\n"
           "六、其他\n离退休人员经费10.44万元。\n")
BASIC = "某办2014年部门决算批复\n二、2014年基本支出52.93万元，项目支出10.00万元。\n"


def test_a_sum_whose_item_is_stated_twice_with_two_values(ask_pages):
    ask = ask_pages({"station.txt": STATION})
    # 人员经费 is 174.16 (its own line) and 人员支出 153.19 beside 公用支出: the page says two things
    assert ask("人员经费是多少？", scope={"doc": "station.txt"}).value == D("174.16")
    a = ask("人员经费加公用经费一共多少？", scope={"doc": "station.txt"})
    assert a.kind == "none"


def test_examples_joined_by_plus_keep_the_unit_and_year(ask_pages):
    ask = ask_pages({"basic.txt": BASIC})
    a = ask("人头费加上日常办公运转这些基本开支一共花了多少？", scope={"doc": "basic.txt"})
    assert (a.kind, a.value) == ("figure", D("52.93"))
    from assistant.question import parse
    q = parse("人防办2014年人头费加上日常办公运转这些基本开支一共花了多少？")
    assert q.year == 2014 and q.metrics == ["基本支出"]


def test_retired_staff_in_everyday_words(ask_pages):
    ask = ask_pages({"station.txt": STATION})
    a = ask("离退休的老同志的经费有多少？", scope={"doc": "station.txt"})
    assert (a.kind, a.value) == ("figure", D("10.44"))


TOWN = ("某镇2015年决算\n五、公共财政拨款支出决算情况\n（四）城乡社区支出91.92万元，较2014年决算数增加11.83万元，增长14.77 %。"
        "\n六、政府性基金支出决算情况\n（一）城乡社区10万元，较2014年决算数增加10 万元，增长100%。\n"
        "七、其他\n2015年全镇预计新农保参合率达95.26%；覆盖率达99%；全镇新农合参合率达88.7%。\n")


def test_last_years_value_inside_a_named_container(ask_pages):
    ask = ask_pages({"town.txt": TOWN})
    # 2014 = 91.92 − 11.83 = 80.09 (the 公共财政拨款 one, not the fund's 城乡社区)
    a = ask("公共财政拨款支出中的城乡社区支出，2014年决算数是多少？", scope={"doc": "town.txt"})
    assert (a.kind, a.value) == ("derived", D("80.09"))


def test_a_rate_noun_asks_a_percent(ask_pages):
    ask = ask_pages({"town.txt": TOWN})
    a = ask("新农保参合率是多少？", scope={"doc": "town.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("95.26"), "%")


def test_an_item_one_character_apart_is_another_item(ask_pages):
    # 新农合 (medical cooperative) is not 新农保 (pension): the page states only the 新农合 rate
    ask = ask_pages({"coop.txt": "某镇2016年部门预算\n七、其他\n2016年全镇新农合参合率达88.7%；覆盖率达99%。\n"})
    assert ask("新农保参合率是多少？", scope={"doc": "coop.txt"}).kind == "none"
    assert ask("新农合参合率是多少？", scope={"doc": "coop.txt"}).value == D("88.7")


GLOSSARY = ("某区政府办公室2025年单位预算\n名词解释\n（七）“三公”经费：公务接待费主要安排全国性专业会议、专项检查以及外事团组"
            "接待交流等执行公务所需住宿费、交通费、伙食费等支出。\n四、绩效目标设置情况\n2024年度，本单位编报绩效目标的项目"
            "共1个，涉及项目预算资金262.00万元。\n")


def test_what_a_cost_is_arranged_for_and_a_project_named_by_its_money_only(ask_pages):
    ask = ask_pages({"gloss.txt": GLOSSARY})
    a = ask("“三公”经费中的公务接待费主要安排哪些支出？", scope={"doc": "gloss.txt"})
    assert a.kind == "passage" and "外事团组接待交流" in a.answer
    # "那个262万元的项目" names no project: the sentence stating 262万元 says nothing of its use
    a = ask("那个262万元的项目是做什么用的？", scope={"doc": "gloss.txt"})
    assert a.kind == "none"


FARM = ("某林场2014年部门决算批复\n一、2014年年初结转结余441.06万元，本年收入364.94万元，本年支出364.37万元，结余分配24.34万元，"
        "年末结转结余417.29万元。(一）公共预算财政拨款年初结转结余415.03万元，本年收入295.69万元，本年支出320.04万元，"
        "年末公共预算财政拨款结转结余390.69万元。\n")


def test_a_bracket_saying_not_only_a_fund_asks_the_item_whole(ask_pages):
    ask = ask_pages({"farm.txt": FARM})
    a = ask("年末结转结余（全部资金，不只是公共预算财政拨款）是多少？", scope={"doc": "farm.txt"})
    assert (a.kind, a.value) == ("figure", D("417.29"))
    # everyday "少了多少": the size of the fall, 441.06 − 417.29 = 23.77
    a = ask("全部结转结余（不只是财政拨款）年底比年初少了多少？", scope={"doc": "farm.txt"})
    assert (a.kind, a.value) == ("derived", D("23.77"))


VILLAGE = ("某乡2016年部门预算\n四、预算收支总体情况\n2016年，某乡部门收入预算为598.59万元。相应安排支出预算598.59万元，"
           "其中：人员支出480.22万元，公用支出32.4万元，项目支出85.97万元。\n")
DRAFT = ("某乡2015年财政预算\n二、支出预算\n(7)城乡社区事务150万元(含农村环境卫生整治120万元)。(8)农林水事务125.4万元"
         "(其中农业5万元、林业(含森林防火)10万元、水利30万元、村级运行80.4万元)。\n")


def test_everyday_words_restated_by_a_sum_in_brackets(ask_pages):
    ask = ask_pages({"village.txt": VILLAGE})
    # 人员经费 + 公用经费 = 480.22 + 32.4 = 512.62 (everyday words before the brackets name no metric)
    a = ask("养人和日常办公的钱（人员经费加公用经费）一共多少？", scope={"doc": "village.txt"})
    assert (a.kind, a.value) == ("derived", D("512.62"))


def test_a_function_class_by_its_name_before_2015(ask_pages):
    ask = ask_pages({"draft.txt": DRAFT})
    a = ask("农林水事务支出安排了多少？", scope={"doc": "draft.txt"})
    assert (a.kind, a.value) == ("figure", D("125.4"))
    assert a.answer.count("农林水事务") == 1 and "(8)" not in a.answer and "8)" not in a.answer
