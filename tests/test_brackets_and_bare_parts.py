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
