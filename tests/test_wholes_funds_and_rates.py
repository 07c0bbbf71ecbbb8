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
