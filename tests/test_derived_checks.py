"""Derived values checked without expected answers (selfcheck's **derived** kind), and the share
of a part that is all of its whole: a whole whose metric holds the part by an identity of
metrics.toml is its own figure even when its amount equals the part's. Pages are written in the
shape of real ones; every expected value is read from their words by hand."""
from __future__ import annotations

from decimal import Decimal as D

from assistant.selfcheck import derived_questions

PROCUREMENT = ("某办2017年部门决算\n（二）政府采购情况本部门2017年度政府采购支出总额3.76万元，其中：政府采购货物支出3.76万元、"
               "政府采购工程支出0.00万元、政府采购服务支出0.00万元。\n")
MONTHLY = ("2018年某镇1月份三公经费公示\n三公经费支出情况如下： 项目 本月支出数（元） 合计 2190 1、因公出国（境）费用 0 "
           "2、公务接待费 0 3、公务用车费 2190 其中：（1）公务用车运行维护费 2190 （2）公务用车购置费 0\n")


def test_a_part_that_is_all_of_its_whole_is_100_percent(ask_pages):
    ask = ask_pages({"ban-2017-final.txt": PROCUREMENT, "zhen-2018-01-sangong.txt": MONTHLY})
    a = ask("政府采购货物占政府采购的比例是多少？", scope={"doc": "ban-2017-final.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("100.00"), "%")      # 3.76 ÷ 3.76 × 100
    a = ask("公务用车运行维护费占公务用车费的百分之几？", scope={"doc": "zhen-2018-01-sangong.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("100.00"), "%")      # 2190 ÷ 2190 × 100
    a = ask("三公经费中公务用车费所占比重是多少？", scope={"doc": "zhen-2018-01-sangong.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("100.00"), "%")      # 2190 ÷ 合计 2190 × 100


def test_derived_questions_come_from_stated_figures_only(page_doc):
    doc = page_doc("zhen-2016-budget.txt", "某镇2016年部门预算\n2016年基本支出500万元，其中人员经费400万元，公用经费100万元。"
                                           "公务接待费3万元，比上年减少1万元。\n", 2016, "预算")
    asked = {(f, tuple(sorted(w.items()))): (v, u) for f, w, v, u, _ in derived_questions(doc.figures, 2016)}
    assert asked[("share", (("part", "人员经费"), ("whole", "基本支出")))] == (D("80.00"), "%")   # 400 ÷ 500
    assert asked[("sum", (("a", "人员经费"), ("b", "公用经费")))] == (D("500.00"), "万元")     # 400 + 100
    assert asked[("growth", (("label", "公务接待费"), ("word", "下降")))] == (D("-25.00"), "%")  # −1 ÷ (3 + 1)


TOWNSHIP = ("某乡2015年财政预算\n1.收入情况：2015年财政总收入预算1634.9万元，其中：上级财政补助收入689万元、税收收入150万元。"
            "2.支出情况：2015年财政安排总支出1563.68万元。\n")


def test_a_share_of_the_unit_s_money_is_of_the_flow_the_part_belongs_to(ask_pages):
    ask = ask_pages({"xiang-2015-budget.txt": TOWNSHIP})
    for question in ("今年乡里的钱有几成是上级补助的？按百分比说。", "上级补助占百分之几？"):
        a = ask(question, scope={"doc": "xiang-2015-budget.txt"})
        # 上级财政补助收入 is income: 689 ÷ 总收入 1634.9 × 100, never ÷ 总支出 1563.68 (44.06)
        assert (a.value, a.unit) == (D("42.14"), "%"), question
    a = ask("上级补助收入占总支出的百分之几？", scope={"doc": "xiang-2015-budget.txt"})
    assert a.value in (None, D("44.06"))           # the whole named is 支出: 689 ÷ 1563.68 × 100, never 42.14


def test_two_items_in_the_document_s_own_words_are_compared(ask_pages):
    ask = ask_pages({"xiang-2015-budget.txt": TOWNSHIP.replace("税收收入150万元。", "税收收入150万元、乡村可支配计生经费收入208.6万元。")
                     + "其中按功能科目列支的行政支出如下：(1)一般公共支出903.8万元(其中人大5万元，党建35万元、人口与计生200万元)。\n"})
    a = ask("乡村可支配计生经费收入比人口与计生支出多多少？", scope={"doc": "xiang-2015-budget.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("8.60"), "万元")      # 208.6 − 200
    # a side the document's words do not hold whole (4+ characters) is never guessed
    assert ask("乡村可支配计生经费收入比党建多多少？", scope={"doc": "xiang-2015-budget.txt"}).value is None


BALANCES = ("某乡2016年预算\n一、2015年预算执行情况 2015年财政滚存结余52.49万元。\n二、2016年预算 2016年财政总收入1001万元，"
            "加上年财政滚存结余52.49万元，减全年财政总支出969万元，2016年预计滚存结余69.49万元。\n")


def test_the_growth_of_one_item_on_another_named_item(ask_pages):
    ask = ask_pages({"xiang-2016-budget.txt": BALANCES})
    a = ask("2016年预计滚存结余比2015年财政滚存结余增长了百分之几？", scope={"doc": "xiang-2016-budget.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("32.39"), "%")     # (69.49 − 52.49) ÷ 52.49 × 100
    from assistant.rules import _basis_only
    # 比上年 / 比上年预算数 / 比同期 name no second item (the growth on its own last year is asked)
    assert all(_basis_only(w) for w in ("", "预算数", "年初预算数", "同期", "实际执行数"))
    assert not _basis_only("财政滚存结余")


def test_buying_and_using_cars_is_purchase_and_running(ask_pages):
    ask = ask_pages({"zhb-2017-final.txt": "某局2017年部门决算\n六、“三公”经费\n公务用车购置及运行费3.70万元。其中：公务用车购置费0.00万元，"
                                          "公务用车运行费3.70万元。2016年公务用车购置费决算数0万元，公务用车运行费19.11万元。\n"})
    a = ask("去年（2016年）公车的钱，买车加用车一共花了多少？", scope={"doc": "zhb-2017-final.txt"})
    assert (a.value, a.unit) == (D("19.11"), "万元")       # 2016: 购置费 0 + 运行费 19.11
    a = ask("买车和用车一共花了多少？", scope={"doc": "zhb-2017-final.txt"})
    assert (a.value, a.unit) == (D("3.70"), "万元")        # 2017: 0.00 + 3.70, stated as 购置及运行费 3.70


RATES = "某镇2016年部门预算\n二、基本情况 2016年全镇预计新农保参合率达95.26%；覆盖率达99%；全镇新农合参合率达88.7%。\n"


def test_a_rate_asked_with_能到_and_a_rate_two_items_share(ask_pages):
    ask = ask_pages({"zhen-2016-budget.txt": RATES})
    a = ask("今年全镇新农合参合率预计能到多少？", scope={"doc": "zhen-2016-budget.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("88.7"), "%")
    # 参合率 alone is held by both rates (新农保 95.26, 新农合 88.7): never one of them silently
    a = ask("参合率能达到多少？", scope={"doc": "zhen-2016-budget.txt"})
    assert a.value is None


def test_与上年相比_opens_no_second_item(ask_pages):
    ask = ask_pages({"lcpq-2017-budget.txt": "某局2017年部门预算\n2017年安排“三公”经费支出预算。其中公务接待费支出预算0.3万元，"
                                            "与上年相比支出下降84.2%，主要原因是压缩接待。支出预算合计34.6万元。\n"})
    for question in ("公务接待费与上年相比支出下降了百分之几？", "公务接待费比上年支出下降了百分之几？"):
        a = ask(question, scope={"doc": "lcpq-2017-budget.txt"})
        assert a.value in (None, D("-84.2")), question      # stated; never 0.3 against 支出预算合计 34.6


def test_the_units_in_the_budget_s_scope_are_every_row_of_the_staff_table(ask_pages):
    ask = ask_pages({"scjgj-2016-budget.txt": "某局2016年部门预算\n二、部门预算单位基本情况 列入2016年部门预算编制范围的单位详细情况见下表: "
                                              "单位名称 经费性质 人员编制数 在职人数 区市场监督管理局 财政拨款 120 129 区检验检测中心 财政拨款 10 9 "
                                              "区卫生监督所 财政拨款 17 22 三、部门主要工作任务\n"})
    a = ask("区市场监督管理局2016年列入部门预算编制范围的单位，人员编制数合计是多少？", scope={"doc": "scjgj-2016-budget.txt"})
    assert (a.kind, a.value) == ("derived", D("147"))         # 120 + 10 + 17, never the first row's 120
