"""Amount parsing on snippets of the real documents (../shared/corpus)."""
from decimal import Decimal

import pytest

from corpus import numbers


def one(text: str) -> numbers.Amount:
    found = numbers.find_amounts(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, value, unit, raw", [
    ("收入预算9,101.68万元，其中", "9101.68", "万元", "9,101.68万元"),          # qzfb-2025
    ("财政拨款收入1，335.93万元", "1335.93", "万元", "1，335.93万元"),            # full-width comma
    ("（二）2010602一般行政管理事务5 万元。", "5", "万元", "5 万元"),               # czjrj-2016: space
    ("公务接待费 0.15 万元", "0.15", "万元", "0.15 万元"),                       # ghzyj-2024
    ("一般公共预算总收入完成70.83亿元", "70.83", "亿元", "70.83亿元"),             # qu-2019
    ("公务接待费用3.25万，同比下降", "3.25", "万元", "3.25万"),                   # hjgtj-2015: bare 万
    ("因公出国0元，同比", "0", "元", "0元"),
    ("支出总计96,282,213.44元", "96282213.44", "元", "96,282,213.44元"),
    ("有车辆７辆", "7", "辆", "７辆"),                                          # full-width digit
    ("下降99 %", "99", "%", "99 %"),
    ("增长２７．７８％", "27.78", "%", "２７．７８％"),                           # full-width % and dot
    ("设3个内设机构", "3", "个", "3个"),
    ("下属0家预算单位", "0", "家", "0家"),
])
def test_formats(text, value, unit, raw):
    a = one(text)
    assert a.value == Decimal(value) and a.unit == unit and a.raw == raw
    assert text[a.start:a.end] == raw  # offsets point into the original text


def test_wrapped_unit_and_wrapped_number_unit():
    a = one("主要用于缴纳职业年金支出887.36万\n元，")
    assert a.value == Decimal("887.36") and a.unit == "万元"


@pytest.mark.parametrize("text", [
    "因公出国（境）费万元；",               # jtjsj-2014: blank amount
    "××部门2014 年部门决算总收入 万元",      # dongxiang-2014: unfilled template
    "公用经费 /万元",                        # gwhbgs-2015 placeholder
    "×××万元",
    "2010301行政运行",                       # a code, no unit
    "联系方式：023-81222205",
])
def test_unfilled_templates_give_no_amount(text):
    assert numbers.find_amounts(text) == []


def test_codes_are_not_amounts():
    # "W-07" planning numbers, "5万平方米" is not money
    assert [a.raw for a in numbers.find_amounts("项目编号W-07个")] == []
    assert numbers.find_amounts("面积5万平方米") == []


def test_to_wan_is_exact():
    assert numbers.to_wan(Decimal("84861719"), "元") == Decimal("8486.1719")
    assert numbers.to_wan(Decimal("70.83"), "亿元") == Decimal("708300.00")
    assert numbers.to_wan(Decimal("1.0"), "万元") == Decimal("1.0")
    assert numbers.to_wan(Decimal("3"), "辆") is None


@pytest.mark.parametrize("word, sign", [
    ("增加", 1), ("增长", 1), ("上升", 1), ("增支", 1),
    ("减少", -1), ("下降", -1), ("降低", -1), ("减支", -1),
    ("持平", 0), ("一致", 0),
    ("增长（下降）", 1), ("下降（增长）", -1),   # template pairs: the word outside the brackets
    ("不知道", None),
])
def test_direction(word, sign):
    assert numbers.direction(word) == sign


def test_signed_zero_is_plain_zero():
    assert numbers.signed(Decimal("0"), -1) == 0 and str(numbers.signed(Decimal("0"), -1)) == "0"
    assert numbers.signed(Decimal("8.48"), -1) == Decimal("-8.48")
    assert numbers.signed(Decimal("5"), 0) == 0


def test_normalize_keeps_length():
    text = "增长２７．７８％，１，３３５万元"
    assert len(numbers.normalize(text)) == len(text)


def test_count_word_inside_a_word_is_not_a_unit():
    # sh-city-czj-2025 page text: a table row glued to the next page's header "项目"
    assert [a.unit for a in numbers.find_amounts("208 08 01 死亡抚恤 1,200,000 1,200,000项目 收入预算")] == []
    assert one("因公出国（境）累计169人次").unit == "人次"


def test_counts_in_chinese_numerals_need_a_count_noun_after():
    from corpus.numbers import chinese_number, find_amounts
    assert [(a.value, a.unit, a.raw) for a in find_amounts("包括五个机关行政处室及一个下属单位")] == [
        (Decimal(5), "个", "五个"), (Decimal(1), "个", "一个")]
    assert [(a.value, a.unit) for a in find_amounts("岚城片区管理局保留一辆公务用车")] == [(Decimal(1), "辆")]
    for slogan in ("“四个全面”战略布局", "开展“三个一批”工程", "第一个窗口", "实行一个窗口对外", "中央八项规定"):
        assert find_amounts(slogan) == [], slogan
    assert (chinese_number("十二"), chinese_number("二十"), chinese_number("两"), chinese_number("百")) == (12, 20, 2, None)
