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
from web_pages import html


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
    ask = ask_pages({"final.html": html(FINAL)})
    a = ask("2023年度支出决算表中，水利工程运行与维护（2130306）的项目支出是多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("178.65"), "万元")
    a = ask("一般公共预算财政拨款支出决算表中，水利工程运行与维护的项目支出是多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("166.30"), "万元")
    a = ask("水利工程运行与维护的项目支出是多少？", scope={"doc": "final.html"})
    # no fund named: the class's 项目支出 of all funds (支出决算表), never the one fund's 166.30
    assert (a.kind, a.value, a.unit) == ("figure", D("178.65"), "万元")


def test_the_gap_between_a_budget_and_its_final_amount(ask_pages):
    ask = ask_pages({"final.html": html(FINAL)})
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


def _table_doc(rows: list[list[str]], title: str, unit: str = "万元", year: int = 2024):
    text = f"{title}\n单位：{unit}\n" + "\n".join(" ".join(r) for r in rows)
    raw = RawDocument(path="t.pdf", text=text, page_starts=[0],
                      tables=[RawTable(rows=rows, page=1, start=text.index(" ".join(rows[0])))])
    doc = Document(name="t.pdf", path="t.pdf", sha256="", title="", unit=None, year=year, kind="预算", scope=None,
                   text=raw.text, page_starts=raw.page_starts, pages=1)
    doc.tables = tables.parse_tables(raw, doc)
    return doc


def test_a_numbered_title_line_is_the_tables_title():
    doc = _table_doc([["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
                      ["2070109", "群众文化", "386,000.00", "", "386,000.00"]], "表1-2 部门支出总表", unit="元")
    assert doc.tables[0].title == "表1-2部门支出总表"


def test_a_part_named_again_under_another_parent_is_that_parents():
    from corpus.figures import extract as extract_figures
    doc = _table_doc([["收入项目", "本年预算", "支出项目", "合计"],
                      ["一、本年收入", "4,147.71", "一、本年支出", "4,234.21"],
                      ["（一）一般公共预算拨款", "4,147.71", "（一）农林水支出", "3,564.70"],
                      ["二、上年结转", "86.50", "二、结转下年", ""],
                      ["（一）一般公共预算拨款", "86.50", "", ""]], "财政拨款收支总表")
    labels = {(f.label, f.value) for f in extract_figures(doc) if f.source == "table"}
    assert ("一般公共预算拨款", D("4147.71")) in labels
    assert ("上年结转一般公共预算拨款", D("86.50")) in labels


def test_a_column_stating_a_year_dates_its_cells():
    from corpus.figures import extract as extract_figures
    doc = _table_doc([["2024年预算数", "", "2025年预算数", ""], ["合计", "公务接待费", "合计", "公务接待费"],
                      ["14.40", "4.00", "12.80", "3.20"]], "一般公共预算“三公”经费支出表", year=2025)
    years = {(f.value, f.year) for f in extract_figures(doc) if f.source == "table"}
    assert (D("4.00"), 2024) in years and (D("3.20"), 2025) in years


UNITS = ("某县农业农村局\n2024年部门预算\n二、收入预算情况说明\n2024年收入预算4,291.21万元，其中：上年结转86.50万元；"
         "一般公共预算拨款收入4,147.71万元。\n部门收入总表\n单位：万元\n"
         "<table><tr><th>单位名称</th><th>合计</th><th>上年结转</th><th>一般公共预算拨款收入</th><th>其他收入</th></tr>"
         "<tr><td>某县农业农村局（本级）</td><td>1,572.75</td><td>86.50</td><td>1,486.25</td><td>0.00</td></tr>"
         "<tr><td>某县畜牧兽医服务中心</td><td>1,300.66</td><td>0.00</td><td>1,288.66</td><td>12.00</td></tr></table>\n"
         "收入决算表\n单位：万元\n<table><tr><th>科目编码</th><th>科目名称</th><th>本年收入合计</th><th>财政拨款收入</th><th>其他收入</th></tr>"
         "<tr><td>2100401</td><td>疾病预防控制机构</td><td>713.55</td><td>700.95</td><td>12.60</td></tr></table>\n")


def test_a_body_named_before_a_bracketed_term_and_a_column_said_whole(ask_pages):
    ask = ask_pages({"units.html": html(UNITS)})
    a = ask("某县畜牧兽医服务中心今年财政给安排了多少钱（一般公共预算拨款）？", scope={"doc": "units.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("1288.66"), "万元")
    a = ask("收入决算表中疾病预防控制机构（2100401）的本年收入合计是多少？", scope={"doc": "units.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("713.55"), "万元")


SCHOOL = ("某中学2024年单位预算\n二、支出预算情况说明\n按功能分类：教育支出1,842.78万元，住房保障支出108.65万元。\n"
          "支出预算总表\n单位：元\n<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>"
          "<tr><td>205</td><td>教育支出</td><td>18,427,800.00</td><td>15,827,800.00</td><td>2,600,000.00</td></tr>"
          "<tr><td>2050203</td><td>初中教育</td><td>10,266,700.00</td><td>9,108,700.00</td><td>1,158,000.00</td></tr>"
          "<tr><td>2050204</td><td>高中教育</td><td>8,161,100.00</td><td>6,719,100.00</td><td>1,442,000.00</td></tr></table>\n")


def test_a_lower_class_named_with_its_metrics_words(ask_pages):
    ask = ask_pages({"school.html": html(SCHOOL)})
    for q in ("初中教育支出是多少？", "2050203初中教育支出预算合计是多少？"):
        a = ask(q, scope={"doc": "school.html"})
        assert (a.kind, a.value, a.unit) == ("figure", D("10266700.00"), "元"), q     # never 教育支出 (205)
    a = ask("教育支出是多少？", scope={"doc": "school.html"})
    assert a.kind == "figure" and a.value in (D("1842.78"), D("18427800.00"))


def test_a_body_of_the_department_without_a_figure_of_its_own(ask_pages):
    page = ("某县农业农村局2024年部门预算\n二、收入预算情况说明\n2024年收入预算4,291.21万元，其中：上年结转86.50万元；"
            "一般公共预算拨款收入4,147.71万元。所属单位有某县畜牧兽医服务中心、某县农业技术推广中心。\n")
    ask = ask_pages({"dept.txt": page})
    for q in ("某县畜牧兽医服务中心今年财政给安排了多少钱（一般公共预算拨款）？", "某县畜牧兽医服务中心的一般公共预算拨款收入是多少？"):
        a = ask(q, scope={"doc": "dept.txt"})
        assert a.kind == "none" and a.value is None, q       # never the department's 4,147.71
    a = ask("一般公共预算拨款收入是多少？", scope={"doc": "dept.txt"})
    assert (a.kind, a.value) == ("figure", D("4147.71"))


def test_a_standard_per_pupil_is_no_total(ask_pages):
    page = ("某小学2025年单位预算\n三、支出预算情况说明\n公用经费38.18万元。项目支出131.64万元，包括：义务教育生均公用经费76.44万元"
            "（按每生每年700元标准安排）。\n")
    ask = ask_pages({"school.txt": page})
    a = ask("学校每个学生每年的公用经费按多少钱的标准给？", scope={"doc": "school.txt"})
    assert a.value != D("38.18") and a.value != D("76.44")


def test_a_final_amount_asked_of_a_budget_is_never_a_budget(ask_pages):
    page = ("某街道办事处2024年部门预算\n二、收支预算总体情况\n2024年部门收入预算总额8,897.98万元，比上年预算增加373.30万元，"
            "增长4.38%；支出预算总额8,897.98万元。\n")
    ask = ask_pages({"street.txt": page})
    a = ask("2023年部门决算支出总额是多少？", scope={"doc": "street.txt"})
    assert a.kind == "none" and a.value is None          # 8,524.68 is last year's budget, not its final
    a = ask("2023年部门收入预算总额是多少？", scope={"doc": "street.txt"})
    assert (a.kind, a.value) == ("derived", D("8524.68"))


def test_a_unit_abbreviated_a_character_a_word(ask_pages):
    page = ("安平县文化和广电旅游体育局2023年度部门决算\n六、一般公共预算财政拨款基本支出决算情况说明\n"
            "公用经费128.12万元，其中：物业管理费21.50万元，公务用车运行维护费5.42万元。\n")
    ask = ask_pages({"final.txt": page})
    for q, value in (("安平文广旅体局2023年物业费花了多少钱？", "21.50"), ("安平县文广旅体局2023年公车运行实际花了多少？", "5.42")):
        a = ask(q, scope={"doc": "final.txt"})
        assert (a.kind, a.value, a.unit) == ("figure", D(value), "万元"), q


ADJUSTED = ("某局2023年度部门决算\n一般公共预算财政拨款支出决算表\n单位：万元\n"
            "<table><tr><th>科目编码</th><th>科目名称</th><th>年初预算数</th><th>调整预算数</th><th>决算数</th>"
            "<th>决算数占调整预算数%</th></tr>"
            "<tr><td>2070113</td><td>旅游宣传</td><td>150.00</td><td>190.00</td><td>185.00</td><td>97.37</td></tr></table>\n"
            "2023年度一般公共预算财政拨款支出2,323.91万元。\n")


def test_a_fund_after_a_level_and_a_rate_column(ask_pages):
    ask = ask_pages({"adjusted.html": html(ADJUSTED)})
    a = ask("2023年度旅游宣传（项）一般公共预算财政拨款的调整预算数是多少？", scope={"doc": "adjusted.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("190.00"), "万元")
    a = ask("旅游宣传决算数占调整预算数的百分比是多少万元？", scope={"doc": "adjusted.html"})
    assert a.value != D("97.37") or a.unit == "%"      # a rate column is never money
