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
