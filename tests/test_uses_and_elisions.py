"""Shapes met in session 35: an amount whose stated use lists what it pays for ("运行经费47.25万元…
主要用于办公费、邮电费、差旅费、培训费…", "公用经费38万元。主要用于定额公用经费、车辆运行费…"): none
of those entries is the amount; a part named by a modifier of its metric (定额公用经费, 在职人员经费)
is not the metric's amount; a level written in words in brackets ("行政运行（项级科目）"); and a
comparison whose second side drops the modifier it shares with the first ("车辆运行费比购置费多多少").
The pages are written in the shape of such pages; every expected value is read from their words by hand."""
from __future__ import annotations

from decimal import Decimal as D

RUNNING = ("某办公室2023年单位预算\n四、其他重要事项的情况说明\n1、机关运行经费。2023年一般公共预算财政拨款运行经费"
           "47.25万元。比上年增加8.48万元，主要原因为人员数量增加，相应增加公用经费。主要用于办公费、邮电费、水电费、"
           "差旅费、培训费及其他商品和服务支出等。\n")

TOWNSHIP = ("某办2016年部门预算\n五、一般公共预算拨款支出情况\n2016年度一般公共预算拨款支出326.63万元，主要支出项目包括："
            "（一）人员经费88.63万元。主要用于人员工资及养老保险、医保、住房公积金等支出。（二）公用经费38万元。"
            "主要用于定额公用经费、车辆运行费、通讯和误餐费补贴等支出。（三）项目支出200万元。主要用于专项业务费、"
            "部门发展专项费等支出。\n六、一般公共预算“三公”经费支出情况\n2016年预算安排车辆经费7.6万元，其中公务用车购置费"
            "3.6万元、车辆运行费4万元。\n")

LEVELS = ("某局2016年部门预算\n五、一般公共预算拨款支出情况\n2016年度一般公共预算拨款支出283.68万元，主要支出项目"
          "(按项级科目分类统计)包括：（一）行政运行112.25万元。主要用于在职人员工资、津贴补贴等支出。（二）专项业务费运行80万元。"
          "主要用于人员经费及日常支出。（三）2210201（项级科目）7.6万元。主要用于在职人员住房公积金提租补贴支出。\n")


def test_an_entry_of_a_stated_use_is_not_the_amount(ask_pages):
    ask = ask_pages({"running.txt": RUNNING, "township.txt": TOWNSHIP})
    for q in ("培训费是多少？", "差旅费是多少？", "办公费花了多少钱？"):
        a = ask(q, scope={"doc": "running.txt"})
        assert a.kind == "none" and a.value is None, q
    a = ask("机关运行经费是多少？", scope={"doc": "running.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("47.25"), "万元")
    for q in ("定额公用经费是多少？", "通讯和误餐费补贴是多少？"):
        a = ask(q, scope={"doc": "township.txt"})
        assert a.kind == "none" and a.value is None, q
    a = ask("公用经费是多少？", scope={"doc": "township.txt"})
    assert (a.kind, a.value) == ("figure", D("38"))


def test_a_part_named_by_a_modifier_of_its_metric(ask_pages):
    ask = ask_pages({"levels.txt": LEVELS})
    # 在职人员经费 is stated nowhere: not 在职人员住房公积金 (7.6), not 人员经费 as a use
    a = ask("在职人员经费是多少？", scope={"doc": "levels.txt"})
    assert a.kind == "none" and a.value is None


def test_a_level_written_in_words_in_brackets(ask_pages):
    ask = ask_pages({"levels.txt": LEVELS})
    for q in ("一般公共预算拨款支出中，行政运行（项级科目）安排了多少？", "行政运行（项级）是多少？", "行政运行是多少？"):
        a = ask(q, scope={"doc": "levels.txt"})
        assert (a.kind, a.value, a.unit) == ("figure", D("112.25"), "万元"), q


def test_a_comparison_side_without_its_shared_modifier(ask_pages):
    ask = ask_pages({"township.txt": TOWNSHIP})
    for q in ("车辆运行费比购置费多多少？", "购置费比车辆运行费少多少？", "公车运行费比购置费多了多少钱？"):
        a = ask(q, scope={"doc": "township.txt"})
        assert (a.kind, a.value, a.unit) == ("derived", D("0.40"), "万元"), q
        assert len(a.citations) >= 1
    # a bare side that borrows into no sibling of the other side's metric is no item
    a = ask("车辆运行费比专项多多少？", scope={"doc": "township.txt"})
    assert a.value is None


MONTHLY = ("某镇2018年1月份三公经费公示\n经统计，某镇2018年1月份三公经费支出情况如下： 项目 本月支出数（元） 合计 2190 "
           "1、因公出国（境）费用 0 2、公务接待费 0 3、公务用车费 2190 其中：（1）公务用车运行维护费 2190 （2）公务用车购置费 0 "
           "注：闽K229KA公车洗车900元、闽K198KA公车洗车900元、K198KA公车加油390元。\n")


def test_a_word_holding_jia_asks_no_sum(ask_pages):
    from assistant.question import parse
    for text in ("加班费是多少？", "公车加油费多少？", "附加费多少？"):
        assert not parse(text).asks_sum, text
    assert parse("人员经费加公用经费是多少？").asks_sum
    ask = ask_pages({"monthly.txt": MONTHLY})
    # 加油费 is the fuel: never 洗车 900 + 运行维护费 2190 (a sum of 公车 and 油费)
    a = ask("1月份公车加油费多少？", scope={"doc": "monthly.txt"})
    assert a.value in (None, D("390"))


def test_a_thousands_separated_amount_is_no_staff_count(page_doc):
    # a PDF's economic-classification row in 元 ("302 11 事业单位离退休人员福利费 116,640 116,640") holds
    # 单位 and 离退休人员 run together: never a staff table whose 福利费 row counts 116 people
    text = ("某院2024年单位预算\n2024年预算单位一般公共预算基本支出部门预算经济分类预算表（单位：元）\n"
            "302 11 事业单位离退休人员福利费 116,640 116,640\n302 12 机关事业单位退休人员活动费 7,020 7,020\n")
    doc = page_doc("eco.txt", text, 2024, "预算")
    assert not [f for f in doc.figures if f.unit == "人"]


ASSETS = ("某联2018年预算\n八、其他重要事项的情况说明\n截至2017年12月31日，共有车辆0辆，其中，一般公务用车0辆。"
          "单价50万元（含）以上通用设备0台（套），单价50万元（含）以上专用设备0台（套）。\n")


def test_a_count_past_a_threshold_answers_only_the_threshold_asked(ask_pages):
    ask = ask_pages({"assets.txt": ASSETS})
    a = ask("专用设备有多少台？", scope={"doc": "assets.txt"})
    assert a.value is None          # only those of 50万元 and more are counted
    a = ask("单价50万元以上专用设备有多少台？", scope={"doc": "assets.txt"})
    assert (a.value, a.unit) == (D("0"), "台")


WATER = ("某局2017年部门决算\n支出具体情况如下：1.2130305水利工程建设（项）拨款支出26291.42万元，主要用于海堤清淤加固"
         "维护等支出；2.2130306水利工程运行与维护（项）拨款支出46.88万元，主要用于水利设施出险加固、水利工程监理费等支出。\n")


def test_an_item_the_lexicon_does_not_know_needs_its_head_word(ask_pages):
    ask = ask_pages({"water.txt": WATER})
    # 水利工程监理费 is one use of 2130306 (stated without its own amount), never 水利工程建设
    a = ask("水利工程监理费是多少？", scope={"doc": "water.txt"})
    assert a.value is None
    a = ask("水利工程建设支出是多少？", scope={"doc": "water.txt"})
    assert (a.value, a.unit) == (D("26291.42"), "万元")


def test_the_year_before_last_is_never_this_year(ask_pages):
    from assistant.question import parse
    assert parse("前年三公经费多少？").year_offset == -2
    assert parse("明年的收入预算是多少？").year_offset == 1
    assert parse("以前年度结余多少？").year_offset == 0
    ask = ask_pages({"running.txt": RUNNING})
    # a 2023 budget states 2023 and (by its change) 2022: 2021 is nowhere, never 2023's 47.25
    a = ask("前年的机关运行经费是多少？", scope={"doc": "running.txt"})
    assert a.value is None and "2021" in a.answer
    a = ask("明年的机关运行经费是多少？", scope={"doc": "running.txt"})
    assert a.value == D("47.25") and "按2023年预算回答" in a.answer     # the year the plan is for
    a = ask("去年的机关运行经费是多少？", scope={"doc": "running.txt"})
    assert (a.kind, a.value) == ("derived", D("38.77"))     # 47.25 − 8.48


SANGONG = ("某局2015年三公经费支出情况\n2015年，我局三公经费一般公共预算财政拨款支出27.03万元，同比下降22.62%；其中，"
           "公车使用经费23.78万元，同比下降0.38%；公务接待费用3.25万，同比下降34.37%；因公出国0元，同比下降100%。\n")


def test_a_stated_rate_asked_as_how_much_it_fell_passes_the_verifier(ask_pages):
    ask = ask_pages({"sangong.txt": SANGONG})
    # "下降了多少" of an amount stated only with its rate: the rate, signed as the documents' changes
    # are (dev.jsonl: 下降了百分之几 → −30.89); the verifier reads "下降0.38%" as that change
    for q, want in (("2015年公车使用经费同比下降了多少？", "-0.38"), ("公务接待费用同比下降了多少？", "-34.37"),
                    ("公车使用经费同比下降了百分之几？", "-0.38")):
        a = ask(q, scope={"doc": "sangong.txt"})
        assert (a.value, a.unit) == (D(want), "%"), q


TWO_COLUMNS = ("2018年某乡1月份“三公经费”支出公开表\n经统计，某乡 2018年1月份“三公经费”支出情况如下： 项目 本期支出数（元） "
               "累计支出数（元） 合计 300 500 1、因公出国（境）费用 0 0 2、公务接待费 300 500 3、公务用车费 0 0 特此公示\n")


def test_a_flattened_table_of_two_money_columns(page_doc):
    # each row's first number is 本期支出数, its second 累计支出数: never one column read for both
    doc = page_doc("monthly.txt", TWO_COLUMNS, 2018, "other")
    cells = {(f.label, f.column): f.value for f in doc.figures if f.source == "table"}
    assert cells[("公务接待费", "本期支出数")] == D("300")
    assert cells[("公务接待费", "累计支出数")] == D("500")
    assert cells[("合计", "累计支出数")] == D("500")


def test_whose_examples_they_are_stays_with_the_item():
    from assistant.question import parse
    q = parse("法院公车的油费、维修、保险这些运行费用一年花了多少？")
    assert q.metrics == ["公务用车运行维护费"]


def test_a_generic_unit_word_after_a_time_word_is_the_unit_in_scope(ask_pages):
    ask = ask_pages({"running.txt": RUNNING})
    a = ask("为什么今年办公室的机关运行经费比去年多了？", scope={"doc": "running.txt"})
    assert a.kind != "none" and "人员数量增加" in a.answer
