"""Shapes met first in the held-out sets of session 29 (SC8, R22): a quoted 科目 named with its
level word only, a unit named in a why question over its 部门 and 单位 documents, "是去干嘛的", and a
list of funding sources that says nothing of a use. Every page is written in the shape of such a
page; every expected value is read from its words by hand."""
from __future__ import annotations

from decimal import Decimal as D

IT = ("某区司法局2026年部门预算\n2026年部门预算编制说明\n5、公共安全支出（204类）司法（06款）信息化建设（13项）227.88万元。"
      "主要用于：信息化建设及运行维护等方面的支出。2025年当年预算执行数为60.41万元，2026年预算安排227.88万元，"
      "比2025年预算执行数增加277.22%。主要原因是：业务量增加。\n")


def test_a_quoted_item_named_with_its_level_word_only(ask_pages):
    ask = ask_pages({"it.txt": IT})
    # “信息化建设（项）” names 信息化建设（13项）: the stated +277.22% (227.88 vs 60.41)
    for q in ("“信息化建设（项）”预算比2025年预算执行数增加了百分之几？",
              "信息化建设（项）预算比2025年预算执行数增加了百分之几？"):
        a = ask(q, scope={"doc": "it.txt"})
        assert (a.kind, a.value, a.unit) == ("figure", D("277.22"), "%"), q
    # a quoted name the page does not hold stays exact: no figure of another item
    a = ask("“信息安全（项）”预算比2025年预算执行数增加了百分之几？", scope={"doc": "it.txt"})
    assert a.kind == "none"


DEPT = ("上海市某区商务委员会2025年部门预算\n2025年部门预算编制说明\n支出预算37,151.47万元，其中：财政拨款支出预算"
        "37,151.47万元，比2024年预算增加24,491.71万元。\n财政拨款收入支出增加的主要原因是：政策资金项目预算增加，"
        "根据实际工作安排编制预算。\n")
UNIT = ("上海市某区商务委员会2025年单位预算\n2025年单位预算编制说明\n2025年，上海市某区商务委员会收入预算1,200.00万元。"
        "\n机关运行经费预算为171.01万元。\n")


def test_a_why_question_naming_the_unit_of_two_documents(ask_pages):
    ask = ask_pages({"dept.txt": DEPT, "unit.txt": UNIT})
    # "商务委…的预算为什么…多了": the unit's name leaves the item; the 部门 document gives the reason
    a = ask("商务委2025年的预算为什么比2024年多了那么多？")
    assert a.kind == "passage" and "政策资金项目预算增加" in a.answer


TRIPS = ("某办公室2015年部门决算\n五、“三公”经费支出情况\n2015年“三公”经费公共财政拨款支出590.29万元，具体情况如下："
         "（一）因公出国（境）费20.74万元，主要用于出国考察。（二）公务接待费100.00万元，主要用于上级部门检查指导工作。\n")


def test_went_abroad_to_do_what_asks_the_use(ask_pages):
    ask = ask_pages({"trips.txt": TRIPS})
    for q in ("出国花了20多万，是去干嘛的？", "出国是去干啥的？"):
        a = ask(q, scope={"doc": "trips.txt"})
        assert a.kind == "passage" and "出国考察" in a.answer, q


PROCURE = ("某中心2019年部门预算\n（三）政府采购预算 政府采购预算34.86万元，其中：一般公共预算 34.86万元，"
           "政府性基金预算 0 万元（详见附表2）。\n（四）项目支出 农村综合改革182.66万元，其中村级运转经费58.00万元，"
           "村干部工资补助124.66万元。\n")


def test_funding_sources_listed_after_an_amount_say_no_use(ask_pages):
    ask = ask_pages({"procure.txt": PROCURE})
    # where the money comes from (一般公共预算 / 政府性基金预算) is not what it buys
    a = ask("2019年政府采购预算34.86万元打算买什么？", scope={"doc": "procure.txt"})
    assert a.kind == "none"
    # parts that are uses still say where the money goes
    a = ask("农村综合改革的钱用在哪？", scope={"doc": "procure.txt"})
    assert a.kind == "passage" and "村级运转经费" in a.answer
