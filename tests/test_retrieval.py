"""Why / what-for answers through the index: passages keep a reason with its subject, the
question is stripped to its content before search, an unscoped question is answered from the
document that clearly says it or clarified with the units the index found."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.question import parse
from assistant.retrieval import search_query
from corpus import sections
from corpus.models import RawDocument

# the words of a real final account (平潭中楼乡 2016年决算, corpus-wide): each item's reason opens
# its own line after the item's amount and change
ZHONGLOU = (
    "2016年度中楼乡人民政府决算说明\n"
    "五、一般公共预算财政拨款支出决算情况\n"
    "（四）医疗卫生与计划生育支出（科目编码210）88.50万元，较2015年增加10.20万元。\n"
    "主要原因是：计划生育宣传和补助增加投入。\n"
    "（五）节能环保支出（科目编码211）406.09万元（其中按照项级科目统计，科目编码2110399-其他污染防治"
    "支出的金额为406.09万元），较2015年为全部增加支出。\n"
    "主要原因是：上级政府加大对乡镇农村畜禽养殖污染拆除补偿。\n"
)
OTHER = (
    "2016年度东庠乡人民政府决算说明\n"
    "五、一般公共预算财政拨款支出决算情况\n"
    "（一）一般公共服务支出（科目编码201）210.00万元，较2015年增加30.00万元。\n"
    "主要原因是：乡村振兴规划编制经费增加。\n"
    "（二）农林水支出（科目编码213）150.00万元，较2015年增加20.00万元。\n"
    "主要原因是：海堤加固工程配套资金增加。\n"
)


def test_a_reason_stays_in_the_passage_of_its_subject():
    _, passages = sections.split(RawDocument(path="t.txt", text=ZHONGLOU * 3, page_starts=[]), "t.txt")
    for p in passages:
        if "畜禽养殖污染拆除补偿" in p.text:
            assert "节能环保支出" in p.text, p.text
        if "计划生育宣传和补助" in p.text:
            assert "医疗卫生与计划生育支出" in p.text, p.text


def test_search_query_drops_unit_year_and_question_words():
    q = parse("中楼乡2016年节能环保支出为什么全部是新增的？")
    query = search_query(q, "中楼乡")
    assert "中楼乡" not in query and "2016" not in query and "为什么" not in query
    assert "节能环保支出" in query and query.endswith("原因")


@pytest.fixture(scope="module")
def two_units(tmp_path_factory):
    from assistant.core import Assistant
    from corpus.settings import Settings
    from index.pipeline import build

    root = tmp_path_factory.mktemp("two-units")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "zhonglou-2016-final.txt").write_text(ZHONGLOU, encoding="utf-8")
    (corpus / "dongxiang-2016-final.txt").write_text(OTHER, encoding="utf-8")
    settings = Settings(index_dir=root / "index", embedder="none")
    build(corpus, settings, log=lambda m: None)
    return Assistant(settings)


def test_unscoped_why_is_answered_from_the_document_that_says_it(two_units):
    a = two_units.ask("为什么节能环保支出全部是新增的？")
    assert a.kind == "passage"
    assert "畜禽养殖污染拆除补偿" in a.answer
    assert a.citations and a.citations[0].doc == "zhonglou-2016-final.txt"


def test_unscoped_why_asked_of_several_units_lists_the_units_found(two_units):
    a = two_units.ask("为什么支出比2015年增加了？")
    assert a.kind == "clarify"
    assert "中楼乡" in a.answer and "东庠乡" in a.answer
    assert len(a.citations) >= 2


def test_scoped_why_reads_the_ranked_passages_of_its_document(two_units):
    a = two_units.ask("农林水支出为什么增加？", scope={"doc": "dongxiang-2016-final.txt"})
    assert a.kind == "passage" and "海堤加固工程配套资金增加" in a.answer


def test_a_reply_naming_a_unit_narrows_the_clarified_question(two_units):
    first = two_units.ask("为什么支出比2015年增加了？")
    assert first.kind == "clarify"
    a = two_units.ask("东庠乡", history=[first])
    assert a.kind == "passage" and a.citations[0].doc == "dongxiang-2016-final.txt"
    assert "主要原因" in a.answer
    # a reply that asks something of its own is a new question
    b = two_units.ask("东庠乡农林水支出是多少？", history=[first])
    assert b.value is not None and str(b.value) == "150.00"


def test_which_units_are_answered_with_the_units_listed(tmp_path):
    """"下面有哪些单位" reads the section listing the units, table rows included (the rows of a
    PDF's 单位构成 table are stored after the text passages)."""
    from corpus.models import Document, Passage
    from assistant.core import Assistant
    doc = Document(name="t.pdf", path="t.pdf", sha256="", title="", unit="上海市普陀区规划和自然资源局", year=2024,
                   kind="决算", scope=None, text="")
    root = "第一部分 概况 > 二、部门决算单位构成"
    doc.passages = [
        Passage("t.pdf#0", "t.pdf", "第一部分 概况 > 一、主要职能", None, 0, 10, "一、主要职能 1.履行全民所有自然资源资产所有者职责。"),
        Passage("t.pdf#1", "t.pdf", root, None, 10, 20, "纳入上海市普陀区规划和自然资源局 2024 年度部门决算编制范围的单位包括："),
        Passage("t.pdf#2", "t.pdf", root, None, 20, 30, "纳入…编 | 序号: 1 | 单位名称: 上海市普陀区规划和自然资源局（本级）", kind="table_row"),
        Passage("t.pdf#3", "t.pdf", root, None, 30, 40, "纳入…编 | 序号: 2 | 单位名称: 上海市普陀区土地发展中心（下属事业单位）", kind="table_row"),
    ]

    class D:   # what _section_text reads of a prepared document
        pass
    d = D()
    d.doc = doc
    text = Assistant._section_text(d, doc.passages[1], units=True)
    assert "上海市普陀区土地发展中心（下属事业单位）" in text and "主要职能" not in text
