"""Table line items asked as row × column, cells of a row without a name, and "A中B" questions.

Expected values are read from the shared corpus PDFs (page and table named at each case)."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from assistant.question import parse
from corpus.build import parse_document


# --------------------------------------------------------------------------- the question grammar
@pytest.mark.parametrize("question, item, metrics, container_metrics", [
    # a document or a table says where the item is
    ("普陀区财政局2024年度决算中，行政运行的基本支出是多少万元？", "行政运行基本支出", ["基本支出"], []),
    ("收入决算表中，一般行政管理事务的其他收入是多少万元？", "一般行政管理事务其他收入", ["其他收入"], []),
    ("基本支出经济分类中公务接待费安排了多少元？", "公务接待费", ["公务接待费"], []),
    # a parent by an identity of metrics.toml says nothing more
    ("“三公”经费中公务接待费预算多少万元？", "公务接待费", ["公务接待费"], []),
    # another item must hold too
    ("一般公共服务支出里的人员经费是多少？", "人员经费", ["人员经费", "一般公共服务支出"], ["一般公共服务支出"]),
    ("部门预算基本支出里的公务用车运行维护费是多少？", "公务用车运行维护费", ["公务用车运行维护费", "基本支出"],
     ["基本支出"]),
    # 其中 / 中央 are no containers
    ("其中人员经费多少？", "人员经费", ["人员经费"], []),
])
def test_container_grammar(question, item, metrics, container_metrics):
    q = parse(question)
    assert (q.item, q.metrics, q.container_metrics) == (item, metrics, container_metrics)


def test_a_basis_word_closing_the_item_is_not_the_item():
    assert parse("行政运行的基本支出决算是多少万元？").item == "行政运行基本支出"


# --------------------------------------------------------------------------- cells of the standard tables
def test_one_row_three_public_table_cells_are_named_by_their_columns(shared_corpus):
    """sh-putuo-sfj-2026-dept-budget.pdf, 2026年部门“三公”经费和机关运行经费预算表 (万元): one row
    10.81 | 0 | 0.83 | 9.98 | 0 | 9.98 | 217.83 under a two-level header."""
    doc = parse_document(shared_corpus / "sh-putuo-sfj-2026-dept-budget.pdf", "sfj.pdf", None)
    cells = {f.label: (f.metric, f.value) for f in doc.figures if f.source == "table" and "三公" in f.span.text[:20]}
    assert cells["“三公”经费"] == ("三公经费", D("10.81"))
    assert cells["公务接待费"] == ("公务接待费", D("0.83"))
    assert cells["公务用车购置及运行费"] == ("公务用车购置及运行维护费", D("9.98"))
    assert cells["公务用车运行费"] == ("公务用车运行维护费", D("9.98"))
    assert cells["机关运行经费"] == ("机关运行经费", D("217.83"))
    reception = next(f for f in doc.figures if f.label == "公务接待费" and f.source == "table")
    assert "公务接待费: 0.83" in reception.span.text       # the source names the cell


@pytest.fixture(scope="module")
def corpus_assistant(full_index):
    from assistant.core import Assistant

    return Assistant(full_index)


@pytest.mark.parametrize("doc, question, value, unit", [
    # sh-putuo-czj-2024-final.pdf 支出决算表 / 一般公共预算财政拨款支出决算表: 2010601 行政运行 基本支出 1503.52
    ("sh-putuo-czj-2024-final.pdf", "普陀区财政局2024年度决算中，行政运行的基本支出是多少万元？", "1503.52", "万元"),
    # sh-putuo-sfj-2026-dept-budget.pdf “三公”经费表: 公务接待费 0.83万元
    ("sh-putuo-sfj-2026-dept-budget.pdf", "司法局2026年“三公”经费中公务接待费预算多少万元？", "0.83", "万元"),
    # sh-putuo-qzfb-2025-dept-budget.pdf 基本支出经济分类预算表: 30217 公务接待费 185,000.00元
    # (the “三公” table's 公务接待费 is 28.50万元: another figure, not this one)
    ("sh-putuo-qzfb-2025-dept-budget.pdf", "普陀区政府办公室2025年基本支出经济分类中公务接待费安排了多少元？",
     "185000.00", "元"),
    # sh-putuo-wanli-2025-dept-budget.pdf: “三公”经费预算数为37.91万元，比2024年预算减少10万元
    # (少了多少 asks the size of the decrease: 10; 减少了多少 keeps the sign, as the dev questions take it)
    ("sh-putuo-wanli-2025-dept-budget.pdf", "万里街道2025年的三公经费比2024年少了多少？", "10", "万元"),
    ("sh-putuo-wanli-2025-dept-budget.pdf", "万里街道2025年的三公经费比2024年减少了多少？", "-10", "万元"),
    # sh-putuo-qzfb-2025-unit-budget.pdf 基本支出经济分类预算表 (元): the 合计 row's 人员经费 22,473,997.81
    ("sh-putuo-qzfb-2025-unit-budget.pdf", "区府办2025年单位预算的人员经费合计是多少元？", "22473997.81", "元"),
    # sh-putuo-sfj-2026-unit-budget.pdf: the 工会经费 row's 公用经费 227,810.34元, not the 合计 row's
    ("sh-putuo-sfj-2026-unit-budget.pdf", "普陀区司法局2026年单位预算中工会经费的公用经费是多少？", "227810.34", "元"),
])
def test_row_by_column_answers(corpus_assistant, doc, question, value, unit):
    a = corpus_assistant.ask(question, scope={"doc": doc})
    assert (a.kind, a.value, a.unit) == ("figure", D(value), unit), a.answer


# --------------------------------------------------------------------------- flattened staff tables
STAFF_LINE = ("二、部门预算单位构成 单位名称 经费性质 人员编制数 在职人数 东庠乡人民政府行政部门 财政拨款 14 13 "
              "计生服务中心 财政拨款 5 2 农业服务中心 财政拨款 6 5 工勤 财政拨款 4 6 三、部门主要工作任务 2016年，"
              "东庠乡政府的主要任务是：按计划组织、管理。")   # fj-pingtan-dongxiang-2016-dept-budget.txt


def test_flattened_staff_table_gives_counts_per_row_and_column():
    from corpus import figures
    from corpus.models import Document

    doc = Document(name="d.txt", path="d.txt", sha256="", title="", unit=None, year=2016, kind="预算", scope=None,
                   text=STAFF_LINE)
    got = {(f.label, f.metric): f.value for f in figures.extract(doc) if f.role == "count" and f.source == "table"}
    assert got[("计生服务中心在职人数", "在职人数")] == D(2)
    assert got[("农业服务中心在职人数", "在职人数")] == D(5)
    assert got[("农业服务中心人员编制数", "编制数")] == D(6)
    assert got[("东庠乡人民政府行政部门人员编制数", "编制数")] == D(14)
    assert len(got) == 8                               # 4 rows × 2 count columns, nothing after the table


def test_flattened_staff_row_with_glued_numbers_is_not_guessed():
    from corpus import figures
    from corpus.models import Document

    text = "单位名称经费性质人员编制数在职人数平潭县卫生监督所财政核拨1721三、部门预算情况"
    doc = Document(name="w.txt", path="w.txt", sha256="", title="", unit=None, year=2016, kind="预算", scope=None,
                   text=text)
    assert not [f for f in figures.extract(doc) if f.role == "count" and f.source == "table"]


# --------------------------------------------------------------------------- more grammar
def test_words_for_a_rate_and_a_count_of_people():
    assert parse("三公经费支出同比增减幅度是多少？").intent == "growth"
    assert parse("企业所得税收入同比变化幅度是多少？").intent == "growth"
    assert parse("计生服务中心在职的有几个人？").count_unit == "人"
    assert parse("中楼乡2018年2月份三公经费支出多少？").month == 2
    assert parse("截至2025年8月底执行了多少？").month is None


def test_words_after_the_amount_do_not_narrow_it():
    """fj-pingtan-fzyjzx-2019-dept-budget.txt: "公用经费 40.3 万元（含专项业务费转列公用经费 万元）":
    the blank is another amount; 40.3 is not the 专项业务费转列公用经费."""
    from assistant.rules import answer_figure
    from corpus.models import Figure, Span

    sentence = "2.公用经费 40.3 万元（含专项业务费转列公用经费 万元）。"
    fig = Figure(doc="f.txt", metric="公用经费", label="公用经费", value=D("40.3"), unit="万元", raw="40.3 万元",
                 span=Span("f.txt", "（二）支出预算", None, 0, len(sentence), sentence), value_wan=D("40.3"), year=2019)
    assert answer_figure(parse("专项业务费转列公用经费是多少？"), 2019, [fig]) is None
    assert answer_figure(parse("公用经费是多少？"), 2019, [fig]).value == D("40.3")


def test_a_monthly_report_has_no_other_months_figures():
    from assistant.core import _title_months

    assert _title_months("2018年中楼乡1月份“三公经费”支出公开表") == {1}
    assert _title_months("平潭综合实验区2019年1-12月预算执行情况分析") == set(range(1, 13))
    assert _title_months("2025年部门预算") == set()


def test_a_sum_of_items_the_lexicon_does_not_know():
    """fj-pingtan-gwhbgs-2015-final.txt: 2210201住房公积金 242.11万元, 2210202提租补贴 71.99万元."""
    from assistant.rules import answer_figure
    from corpus.models import Figure, Span

    def fig(label, value):
        s = f"{label}{value}万元。"
        return Figure(doc="g.txt", metric=None, label=label, value=D(value), unit="万元", raw=f"{value}万元",
                      span=Span("g.txt", "五、公共财政拨款支出决算情况", None, 0, len(s), s), value_wan=D(value),
                      year=2015)
    figs = [fig("2210201住房公积金", "242.11"), fig("2210202提租补贴", "71.99")]
    q = parse("住房公积金和提租补贴加起来一共多少？")
    assert q.sum_items == ["住房公积金", "提租补贴"]
    r = answer_figure(q, 2015, figs)
    assert (r.kind, r.value, r.unit) == ("derived", D("314.10"), "万元")


# --------------------------------------------------------------------------- reasons and purposes
def _finder(section: str, *texts: str):
    """A SentenceFinder over consecutive passages of one section of a.txt."""
    from assistant.passages import SentenceFinder
    from corpus.models import Passage
    passages, at = [], 0
    for i, text in enumerate(texts, 1):
        passages.append(Passage(f"a#{i}", "a.txt", section, None, at, at + len(text), text))
        at += len(text)
    return SentenceFinder(passages)


def test_reason_whose_subject_closes_the_passage_before():
    """fj-pingtan-5449-aodong-2015-final.txt: the reason opens a passage of its own after the
    sentence naming the item."""
    finder = _finder("五、公共财政拨款支出决算情况",
                     "（五）农林水支出186.77万元，较2014年决算数增加62.39万元，增长50.16 %。",
                     "主要原因是：扶持农村生产基础设施建设资金投入力度加大。（六）住房保障支出62.08万元。")
    found = finder.find(parse("农林水方面的钱为啥多了这么多？"), 1)
    assert found and "扶持农村生产基础设施建设资金投入力度加大" in found[0].sentence.text


def test_everyday_purpose_words():
    assert parse("社会工作部那笔“其他社会工作事务支出”是干嘛用的？").intent == "purpose"
    assert parse("社会福利院是干什么的单位？").intent == "organisation"


def test_count_nouns_keep_everyday_words_and_flat_change_is_stated():
    # fj-pingtan-benji-2017-sangong-final.txt: "全年各部门组织出国团组74个" counts groups, not money
    assert "因公出国" not in parse("各部门一共组织了多少个出国团组？").norm
    assert parse("交委2018年公务用车购置费跟2017年比变了多少？").intent == "change"


def test_a_change_stated_as_the_same_as_last_year_is_zero():
    """cq-jtw-2018-dept-budget.txt: "公务用车购置费0万元,与2017年一致。"."""
    from assistant.rules import Result
    from assistant.verify import check
    from corpus.models import Figure, Span

    s = "公务用车购置费0万元,与2017年一致。"
    fig = Figure(doc="j.txt", metric="公务用车购置费", label="公务用车购置费", value=D(0), unit="万元", raw="0万元",
                 span=Span("j.txt", "三公", None, 0, len(s), s), value_wan=D(0), change=D(0),
                 change_raw="与2017年一致", year=2018)
    q = parse("公务用车购置费跟2017年比变了多少？")
    assert check(Result("figure", D(0), "万元", "公务用车购置费变化", [fig]), q).ok


def test_change_words_decide_amount_or_rate():
    """增加X万元，增长Y%: the documents pair 增加/减少 with an amount and 增长/下降 with a rate."""
    from assistant.rules import answer_figure
    from corpus.models import Figure, Span

    s = "（五）农林水支出186.77万元，较2014年决算数增加62.39万元，增长50.16 %。"   # fj-pingtan-5449-aodong-2015-final.txt
    fig = Figure(doc="a.txt", metric="农林水支出", label="农林水支出", value=D("186.77"), unit="万元", raw="186.77万元",
                 span=Span("a.txt", "五、", None, 0, len(s), s), value_wan=D("186.77"), change=D("62.39"),
                 change_pct=D("50.16"), change_raw="增加62.39万元，增长50.16 %", year=2015)
    assert parse("农林水支出同比增长率是多少？").change_word == "rate"
    r = answer_figure(parse("农林水支出同比增长百分之几？"), 2015, [fig])
    assert (r.value, r.unit) == (D("50.16"), "%")
    # "增长了多少" with no percent word reads as 变化了多少: the amount stated (users read it as 万元)
    r = answer_figure(parse("农林水支出同比增长了多少？"), 2015, [fig])
    assert (r.value, r.unit) == (D("62.39"), "万元")
    r = answer_figure(parse("农林水支出比上年增加了多少？"), 2015, [fig])
    assert (r.value, r.unit) == (D("62.39"), "万元")
    r = answer_figure(parse("农林水支出比上年变化了多少？"), 2015, [fig])
    assert (r.value, r.unit) == (D("62.39"), "万元")


def test_a_count_noun_that_only_qualifies_the_item_asks_no_count():
    """fj-pingtan-6105-fy-2016-budget.txt: "（二）在职人员年金51.7万元" — 在职人员年金 is money."""
    q = parse("在职人员年金是多少？")
    assert q.count_unit is None and q.metrics == []
    q = parse("在职人员有多少人？")
    assert q.count_unit == "人" and q.metrics == ["在职人数"]
    assert parse("在职人员养老保险预算是多少钱？").count_unit is None


def _prose(label, value, unit, sentence, metric=None):
    from corpus.models import Figure, Span
    return Figure(doc="p.txt", metric=metric, label=label, value=D(value), unit=unit, raw=f"{value}{unit}",
                  span=Span("p.txt", "一、", None, 0, len(sentence), sentence),
                  value_wan=D(value) if unit == "万元" else None, year=2016)


def test_a_per_person_amount_is_never_an_items_total():
    """fj-pingtan-6229-jcy-2016-budget.txt: "商品和服务支出预计226.2万元，按…人均2.9万元进行编列"."""
    from assistant.rules import answer_figure

    s = "2、商品和服务支出预计226.2万元，按省级检察系统三级院人均2.9万元进行编列。"
    figs = [_prose("商品和服务支出", "226.2", "万元", s, "商品和服务支出")]
    assert answer_figure(parse("商品和服务支出是按人均多少钱编列的？"), 2016, figs) is None
    assert answer_figure(parse("商品和服务支出是多少？"), 2016, figs).value == D("226.2")


def test_a_total_asked_when_the_sentence_closes_with_another_total():
    """fj-pingtan-hjgtj-2017-2019-budget.txt: "目前实有人数区环土局行政单位在职36人，…一共人数171人"."""
    from assistant.rules import answer_figure

    s = ("目前实有人数区环土局行政单位在职36人，事业单位（县国土所和县国土监察大队）在职49人：其中干部22人、"
         "职工27人，退休人员49人，一共人数171人。")
    figs = [_prose("实有人数区环土局行政单位在职", "36", "人", s, "在职人数")]
    assert answer_figure(parse("局里实有人数一共有多少人？"), 2017, figs) is None


def test_a_share_whose_whole_is_named_before_it():
    """"A里，B占了百分之多少": A is the whole (fj-pingtan-12960-ncfzj-2017-final.txt asks 人员经费 of
    一般公共预算财政拨款基本支出)."""
    q = parse("一般公共预算财政拨款基本支出里，人员经费占了百分之多少？")
    assert (q.intent, q.part, q.whole) == ("share", "人员经费", "一般公共预算财政拨款基本支出")
    q = parse("公务接待费占三公经费的比重是多少？")
    assert (q.part, q.whole) == ("公务接待费", "三公经费")


def test_what_a_building_is_for_is_said_after_jianchenghou():
    """sh-putuo-wanli-2023-dept-budget.pdf: a project's purpose written as "建成后作为…"."""
    finder = _finder("项目经费情况说明 > 一、项目概况",
                     "由万里街道办事处建设的万里街道社区公共服务中心新建工程，位于普陀区真金路与交通路路口，用地面积约为4000.6平方米。",
                     "建成后作为万里街道社区事务受理、社区管理、社区文化艺术活动场所。")
    found = finder.find(parse("新建的社区公共服务中心建好以后用来干什么？"), 1)
    assert found and "社区文化艺术活动场所" in found[0].sentence.text
