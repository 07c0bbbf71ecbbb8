"""The verifier (assistant/verify.py) re-reads the cited sentence of an answer's figures. The
sentences are the sample document's (demo_corpus/cq-jiangjin-zwfw-2023-unit-budget.txt); what
is an amount and what is a change was read from them by hand."""
from __future__ import annotations

from decimal import Decimal as D

from assistant.question import parse
from assistant.rules import Result
from assistant.verify import check
from corpus.models import Figure, Span

DOC = "cq-jiangjin-zwfw-2023-unit-budget.txt"
S_BASIC = ("其中：基本支出263.22万元，比2022年增加88.03万元，主要原因是人员数量增加且工资改革导致基数调整，"
           "主要用于保障在职人员工资福利及社会保险缴费")
S_CHANGE = "支出较去年增加809.44万元，主要是基本支出增加88.03万元，项目支出增加721.41万元。"
S_UNITS = "重庆市江津区政务服务管理办公室设3个内设机构：综合科、政务服务管理科、效能监察科。"


def fig(metric, label, value, unit, sentence, change=None, role=""):
    return Figure(doc=DOC, metric=metric, label=label, value=D(value), unit=unit, raw=f"{value}{unit}",
                  span=Span(DOC, "", None, 0, len(sentence), sentence),
                  change=None if change is None else D(change), role=role)


BASIC = fig("基本支出", "基本支出", "263.22", "万元", S_BASIC, change="88.03")
BASIC_CHANGE = fig("基本支出", "基本支出", "88.03", "万元", S_CHANGE, change="88.03", role="change")


def test_an_amount_read_next_to_its_subject_passes():
    r = Result("figure", D("263.22"), "万元", "基本支出", [BASIC])
    assert check(r, parse("基本支出是多少？")).ok


def test_an_increase_offered_as_an_amount_is_stopped():
    # the category error of issue 9: "主要是基本支出增加88.03万元" answered as 基本支出
    r = Result("figure", D("88.03"), "万元", "基本支出", [BASIC_CHANGE])
    verdict = check(r, parse("基本支出是多少？"))
    assert not verdict.ok and "不是金额" in verdict.reason


def test_a_change_answer_must_be_a_change_in_the_source():
    assert check(Result("figure", D("88.03"), "万元", "基本支出变化", [BASIC]), parse("基本支出比去年增加了多少？")).ok
    wrong = Result("figure", D("263.22"), "万元", "基本支出变化", [BASIC])
    assert not check(wrong, parse("基本支出比去年增加了多少？")).ok


def test_a_number_not_in_the_source_is_stopped():
    r = Result("figure", D("263.20"), "万元", "基本支出", [BASIC])
    assert not check(r, parse("基本支出是多少？")).ok


def test_a_number_next_to_another_subject_is_stopped():
    other = fig("项目支出", "项目支出", "263.22", "万元", S_BASIC)
    r = Result("figure", D("263.22"), "万元", "项目支出", [other])
    assert not check(r, parse("项目支出是多少？")).ok


def test_a_count_names_its_noun_after_the_number():
    units = fig("内设机构", "内设机构", "3", "个", S_UNITS)
    assert check(Result("figure", D(3), "个", "内设机构", [units]), parse("有几个内设机构？")).ok


def test_a_derived_value_built_on_a_change_is_stopped():
    r = Result("derived", D("0"), "万元", "2022年基本支出", [BASIC_CHANGE], "本年 88.03万元 − 增加 88.03万元")
    assert not check(r, parse("去年的基本支出是多少？")).ok
    ok = Result("derived", D("175.19"), "万元", "2022年基本支出", [BASIC],
                "2022年基本支出 = 本年 263.22万元 − 增加 88.03万元 = 175.19万元")
    assert check(ok, parse("去年的基本支出是多少？")).ok


def test_an_amount_alone_under_its_headings_needs_the_headings_to_name_the_item():
    # sh-putuo-sfj-2026-dept-budget.pdf: "人民调解项目经费情况说明 … 六、年度预算安排 / 795万元"
    doc = "sh-putuo-sfj-2026-dept-budget.pdf"
    alone = Figure(doc=doc, metric=None, label="", value=D("795"), unit="万元", raw="795万元",
                   span=Span(doc, "人民调解项目经费情况说明 > 六、年度预算安排", 27, 0, 5, "795万元"), role="amount")
    r = Result("figure", D("795"), "万元", "人民调解项目经费", [alone])
    assert check(r, parse("人民调解项目安排多少钱？")).ok
    assert not check(r, parse("法律援助项目安排多少钱？")).ok


def test_a_count_written_in_chinese_numerals_is_read_back():
    # fj-pingtan-4343-slzhfwzx-2016-budget.txt: "…幸福洋堤防管理站等八个基层单位，设立…"
    s = "整合平潭县水利工作队、平潭县幸福洋堤防管理站等八个基层单位，设立平潭综合实验区水利综合服务中心。"
    f = Figure(doc="t.txt", metric=None, label="平潭县幸福洋堤防管理站等", value=D("8"), unit="个", raw="八个",
               span=Span("t.txt", "", None, 0, len(s), s), role="count")
    assert check(Result("figure", D("8"), "个", "基层单位", [f]), parse("有几个基层单位？")).ok
    assert not check(Result("figure", D("9"), "个", "基层单位", [f]), parse("有几个基层单位？")).ok


S_EACH = "2022年度收、支总计各是4125.49、4143.91万元。与2021年相比，收、支总计各减少1267.86、2570.97万元。"


def test_a_number_of_a_distributive_list_belongs_to_its_own_name():
    # "收、支总计各是A、B万元": A is 收入总计, B is 支出总计; the second list states changes
    spending = fig("支出", "支出总计", "4143.91", "万元", S_EACH, change="-2570.97")
    assert check(Result("figure", D("4143.91"), "万元", "支出总计", [spending]), parse("支出总计是多少？")).ok
    assert check(Result("figure", D("-2570.97"), "万元", "支出总计", [spending]), parse("支出总计比上年减少了多少？")).ok
    swapped = fig("支出", "支出总计", "4125.49", "万元", S_EACH)      # the income's number under the spending
    assert not check(Result("figure", D("4125.49"), "万元", "支出总计", [swapped]), parse("支出总计是多少？")).ok
    as_amount = fig("支出", "支出总计", "2570.97", "万元", S_EACH)   # a change taken for the amount
    assert not check(Result("figure", D("2570.97"), "万元", "支出总计", [as_amount]), parse("支出总计是多少？")).ok


def test_the_base_of_a_comparison_names_its_subject_after_xiangbi():
    s = "与2014年0.7万元相比, 公务接待费支出增长52.71%。"
    base = fig("公务接待费", "公务接待费", "0.7", "万元", s, role="amount")
    assert check(Result("figure", D("0.7"), "万元", "公务接待费", [base]), parse("2014年公务接待费是多少？")).ok
    other = fig("公务用车运行维护费", "公务用车运行维护费", "0.7", "万元", s, role="amount")
    assert not check(Result("figure", D("0.7"), "万元", "公务用车运行维护费", [other]),
                     parse("2014年公务用车运行维护费是多少？")).ok
