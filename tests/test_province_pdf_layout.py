"""A province's PDF template never seen before (session 36, written in the shape of the national
财政部 tables as another province prints them): a cover page that carries the contents list; a
subtotal column under a group header (基本支出 > 小计 | 人员经费 | 公用经费); several tables on one
page, each opened by its title line; a question naming one table ("支出决算表中…") of several whose
titles hold one another; the gap between a row's adjusted budget and its final amount. Every
expected value is read from the pages below by hand."""
from __future__ import annotations

from decimal import Decimal as D

from corpus import metadata, sections, tables
from corpus.models import Document, RawDocument, RawTable


def pdf_like(*pages: str, tables_: list[RawTable] | None = None) -> RawDocument:
    text, starts = "", []
    for page in pages:
        starts.append(len(text))
        text += page + "\n"
    return RawDocument(path="x.pdf", text=text, page_starts=starts, tables=tables_ or [])


def test_a_contents_list_on_the_cover_is_no_part_of_the_title():
    raw = pdf_like("某县民政局\n2025年部门预算\n目 录\n第一部分 某县民政局部门概况\n第二部分 2025年部门预算情况说明\n"
                   "某县民政局\n2025年1月", "第一部分 某县民政局部门概况\n" + "主要职能包括：负责社会救助工作。" * 30)
    m = metadata.detect(raw, "a.pdf")
    assert m.title == "某县民政局2025年部门预算"
    assert (m.unit, m.year, m.kind, m.scope) == ("某县民政局", 2025, "预算", "部门")


def test_a_subtotal_column_is_named_by_its_group():
    text = "一般公共预算支出表\n单位：万元\n科目编码 科目名称 合计 基本支出 项目支出\n2081004 殡葬 365.37 245.37 215.37 30.00 120.00"
    raw = RawDocument(path="f.pdf", text=text, page_starts=[0], tables=[RawTable(rows=[
        ["科目编码", "科目名称", "合计", "基本支出", "", "", "项目支出"],
        ["", "", "", "小计", "人员经费", "公用经费", ""],
        ["2081004", "殡葬", "365.37", "245.37", "215.37", "30.00", "120.00"]], page=1, start=text.index("科目编码"))])
    doc = Document(name="f.pdf", path="f.pdf", sha256="", title="", unit=None, year=2025, kind="预算", scope=None,
                   text=raw.text, page_starts=raw.page_starts, pages=1)
    (t,) = tables.parse_tables(raw, doc)
    assert tables.column_names(t) == ["科目编码", "科目名称", "合计", "基本支出", "人员经费", "公用经费", "项目支出"]


def test_each_table_title_on_a_page_opens_its_section():
    page = ("第四部分 2023年度部门决算公开表\n收入决算表\n金额单位：万元\n2130306 水利工程运行与维护 317.29 304.94 12.35\n"
            "支出决算表\n金额单位：万元\n2130306 水利工程运行与维护 317.29 138.64 178.65\n")
    first, second = page.index("2130306"), page.index("2130306", page.index("支出决算表"))
    raw = pdf_like(page, tables_=[RawTable(rows=[["功能分类科目编码", "科目名称", "本年收入合计", "财政拨款收入", "其他收入"],
                                                 ["2130306", "水利工程运行与维护", "317.29", "304.94", "12.35"]], page=1,
                                                start=first),
                                       RawTable(rows=[["功能分类科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
                                                      ["2130306", "水利工程运行与维护", "317.29", "138.64", "178.65"]],
                                                page=1, start=second)])
    secs, _ = sections.split(raw, "x.pdf")
    assert [s.title for s in secs if s.level >= 2] == ["收入决算表", "支出决算表"]


FINAL = ("某县水利局\n2023年度部门决算\n五、一般公共预算财政拨款支出决算情况说明\n"
         "1．农林水支出（类）水利（款）防汛（项）。年初预算为80.00万元，调整预算为236.00万元，支出决算为233.90万元。\n"
         "第四部分 2023年度部门决算公开表\n支出决算表\n单位：万元\n"
         "<table><tr><th>功能分类科目编码</th><th>科目名称</th><th>本年支出合计</th><th>基本支出</th><th>项目支出</th></tr>"
         "<tr><td>2130306</td><td>水利工程运行与维护</td><td>317.29</td><td>138.64</td><td>178.65</td></tr></table>\n"
         "一般公共预算财政拨款支出决算表\n单位：万元\n"
         "<table><tr><th>功能分类科目编码</th><th>科目名称</th><th>年初预算数</th><th>调整预算数</th><th>合计</th><th>基本支出</th>"
         "<th>项目支出</th></tr><tr><td>2130306</td><td>水利工程运行与维护</td><td>260.00</td><td>308.00</td><td>304.94</td>"
         "<td>138.64</td><td>166.30</td></tr></table>\n")


def test_a_question_naming_one_table_of_several(ask_pages):
    ask = ask_pages({"final.html": "<html><body>" + FINAL.replace("\n", "<br>") + "</body></html>"})
    a = ask("2023年度支出决算表中，水利工程运行与维护（2130306）的项目支出是多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("178.65"), "万元")
    a = ask("一般公共预算财政拨款支出决算表中，水利工程运行与维护的项目支出是多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("166.30"), "万元")
    a = ask("水利工程运行与维护的项目支出是多少？", scope={"doc": "final.html"})
    assert a.kind == "clarify" and a.value is None        # two tables state two amounts: never one picked


def test_the_gap_between_a_budget_and_its_final_amount(ask_pages):
    ask = ask_pages({"final.html": "<html><body>" + FINAL.replace("\n", "<br>") + "</body></html>"})
    a = ask("2023年度防汛调整预算数与决算数相差多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value, a.unit) == ("derived", D("2.10"), "万元")        # 236.00 − 233.90
    a = ask("防汛决算和年初预算差多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value, a.unit) == ("derived", D("153.90"), "万元")      # 233.90 − 80.00


def test_a_name_holding_a_ranking_word_asks_no_ranking(ask_pages):
    page = ("某县民政局2025年部门预算\n二、支出预算情况说明\n主要项目有：农村最低生活保障金3,850.00万元，主要用于农村低保对象保障金发放；"
            "城市最低生活保障金1,260.00万元。\n")
    ask = ask_pages({"b.txt": page})
    for q, value in (("农村最低生活保障金支出是多少？", "3850.00"), ("今年农村低保金预算安排了多少钱？", "3850.00"),
                     ("城市低保金是多少？", "1260.00")):
        a = ask(q, scope={"doc": "b.txt"})
        assert (a.kind, a.value, a.unit) == ("figure", D(value), "万元"), q
