"""Session 52: rules found by sets written on unseen documents (first run), each in general form.

Expected values are read from the documents' own text, written here as they print."""
from __future__ import annotations

from decimal import Decimal as D


def _one_table(lines_above: str, rows: list[list[str]]):
    from corpus import tables
    from corpus.models import Document, RawDocument, RawTable
    text = lines_above + "X\n"
    raw = RawDocument(path="t.pdf", text=text, page_starts=[0],
                      tables=[RawTable(rows=rows, start=text.find("X"), page=1)])
    doc = Document(name="t.pdf", path="t.pdf", sha256="", title="", unit=None, year=2024, kind="预算", scope=None, text=text)
    (t,) = tables.parse_tables(raw, doc)
    return t


def test_a_title_with_its_classification_in_brackets_above_the_unit_line_names_the_table():
    # 宁波 template: "附表6 2024年一般公共预算基本支出表（按部门经济分类）" / "部门名称：…  单位：万元"
    t = _one_table("附表6 2024年一般公共预算基本支出表（按部门经济分类）\n部门名称：宁波市某区市场监督管理局          单位：万元\n",
                   [["科目编码", "科目名称", "合计"], ["", "合 计", "12,710.00"], ["30239", "其他交通费用", "612.00"]])
    assert "基本支出表（按部门经济分类）" in t.title
    assert t.unit == "万元"


PROJECTS = """<html><body><h1>某区妇幼保健院2024年单位预算</h1>
<h2>二、收入预算情况</h2>
<p>2024年收入预算总额17,624,312.00元，其中：一般公共预算拨款收入7,654,312.00元；事业收入9,850,000.00元，占55.89%；
其他收入120,000.00元。事业收入主要为本单位开展门诊、住院等医疗服务取得的医疗收入。</p>
<h2>（四）预算绩效情况</h2>
<table>
<tr><td>序号</td><td>项目名称</td><td>资金来源</td><td>预算金额（元）</td></tr>
<tr><td>1</td><td>城区道路清扫保洁服务外包经费</td><td>一般公共预算</td><td>2,860,000.00</td></tr>
<tr><td>2</td><td>医疗设备购置项目</td><td>事业收入</td><td>1,200,000.00</td></tr>
<tr><td></td><td>合计</td><td></td><td>4,060,000.00</td></tr>
</table></body></html>"""


def test_a_numbered_project_table_with_its_unit_in_the_head_gives_its_amounts(ask_pages):
    ask = ask_pages({"fy-2024-budget.html": PROJECTS})
    scope = {"doc": "fy-2024-budget.html"}
    assert ask("城区道路清扫保洁服务外包经费是多少？", scope=scope).value == D("2860000.00")
    assert ask("医疗设备购置项目安排了多少？", scope=scope).value == D("1200000.00")
    # the column saying where a project's money comes from names no income: 事业收入 is the income
    for question in ("2024年事业收入是多少？", "医院看病能收多少钱？", "2024年靠给病人看病预计能收入多少钱？"):
        assert ask(question, scope=scope).value == D("9850000.00"), question


YUTOU = ("平潭综合实验区屿头乡2015年度决算说明\n五、公共财政拨款支出决算情况\n"
         "（五）农林水支出（科目编码：213）137.75万元，较2014年决算数增加43.75万元，增加46.54%，"
         "主要原因是乡镇增加农村人畜饮水的资金投入。\n"
         "七、“三公”经费情况\n（二）公务接待费1.48万元。主要用于各部门来乡检查工作的工作用餐，累计接待9批次、接待总人数136人/次。\n"
         "2016年下达我单位“三公经费”控制数30.50万元。\n")


def test_a_year_said_of_the_items_figure_after_the_documents_year_is_asked(ask_pages):
    ask = ask_pages({"yutou-2015-final.txt": YUTOU})
    scope = {"doc": "yutou-2015-final.txt"}
    # 137.75 − 43.75 = 94.00, the 2014 final; never 2015's 137.75
    assert ask("屿头乡2015年农林水支出的2014年决算数是多少？", scope=scope).value == D("94.00")
    assert ask("屿头乡2015年在农业、林业、水利上实际花了多少钱？", scope=scope).value == D("137.75")
    for question in ("乡里2015年招待来访人员一共接待了多少批？", "一年里接待了多少批来检查、考察的客人？"):
        answer = ask(question, scope=scope)
        assert (answer.value, answer.unit) == (D("9"), "批次"), question


def test_a_demonstrative_count_word_asks_nothing_of_its_own(ask_pages):
    text = ("某区发展和改革局2024年部门预算\n七、一般公共预算“三公”经费预算情况\n"
            "2024年一般公共预算“三公”经费预算8.20万元，比上年减少0.90万元，下降9.89%。\n")
    ask = ask_pages({"fgj-2024-budget.txt": text})
    answer = ask("2024年出国、公车、招待客人这几块钱加起来，比上一年少了多少？", scope={"doc": "fgj-2024-budget.txt"})
    # (少了多少 asks the size of the decrease: 0.90, said as 减少; one answer, never the 8.20 beside it)
    assert answer.value == D("0.90") and "减少0.90万元" in answer.answer and "8.20" not in answer.answer


def test_why_a_cost_is_nothing_said_as_how_come_none(ask_pages):
    text = ("某区文化馆2024年单位预算\n（五）“三公”经费预算情况\n"
            "公务用车购置及运行维护费预算为0，与上年持平，原因是本单位无公务用车，不安排公务用车购置及运行维护经费。\n")
    ask = ask_pages({"whg-2024-budget.txt": text})
    for question in ("文化馆怎么一分钱公车费用都没有？", "为什么公车的钱是零？"):
        answer = ask(question, scope={"doc": "whg-2024-budget.txt"})
        assert "本单位无公务用车" in answer.answer, question


ZHONGLOU = ("平潭综合实验区中楼乡人民政府2016年度决算说明\n四、收入决算情况\n2016年本年收入1686.22万元，其中：\n"
            "1. 财政拨款收入1681.64万元。\n6. 其他收入4.58万元。\n")


def test_income_besides_a_fund_said_in_words_of_getting_is_the_rest_of_the_income(ask_pages):
    ask = ask_pages({"zhonglou-2016-final.txt": ZHONGLOU})
    scope = {"doc": "zhonglou-2016-final.txt"}
    # 1686.22 − 1681.64 = 4.58 (the 其他收入 stated); never the total nor the fund
    for question in ("中楼乡那年除了财政给的钱，自己还有多少别的进账？", "除了财政给的钱，还有别的来源收了多少钱？"):
        assert ask(question, scope=scope).value == D("4.58"), question


def test_a_unit_selected_with_its_city_is_the_documents_unit_written_without_it(ask_pages):
    text = ("襄城区审计局2024年部门预算\n三、支出预算情况\n2024年支出预算286.40万元，其中：基本支出167.80万元，项目支出118.60万元。\n")
    ask = ask_pages({"sjj-2024-budget.txt": text})
    answer = ask("2024年项目支出是多少？", scope={"unit": "襄阳市襄城区审计局", "doc": "sjj-2024-budget.txt"})
    assert answer.value == D("118.60")


def test_a_unit_pointed_at_by_its_kind_is_the_unit_in_scope(ask_pages):
    text = ("某区职业技术学校2024年单位预算\n四、支出预算情况\n项目支出570.68万元，比上年增加75.76万元，主要是新增实训基地设备购置项目。\n")
    ask = ask_pages({"zx-2024-budget.txt": text})
    # 75.76 ÷ (570.68 − 75.76) × 100 = 15.31
    answer = ask("这所职校今年花在项目上的钱比去年多了百分之几？", scope={"doc": "zx-2024-budget.txt"})
    assert (answer.value, answer.unit) == (D("15.31"), "%")


def test_a_unit_named_whole_after_the_body_that_gave_it_money_is_cut_from_the_item(ask_pages):
    text = ("平潭综合实验区自贸办2016年部门预算\n七、一般公共预算“三公”经费支出情况\n根据区财政金融局《关于下达我区2016年部门预算"
            "“三公经费”控制数的通知》，2016年下达我单位“三公经费”控制数30.50万元。\n")
    ask = ask_pages({"zmb-2016-budget.txt": text})
    answer = ask("2016年区财政金融局下达给平潭综合实验区自贸办的“三公经费”控制数是多少？", scope={"doc": "zmb-2016-budget.txt"})
    assert answer.value == D("30.50")


WELFARE = """<html><body><h1>某区社会福利中心2024年单位预算</h1>
<h2>二、收入预算情况</h2>
<p>2024年收入预算617.20万元，其中：一般公共预算拨款收入458.60万元，占74.31%；事业收入125.00万元，占20.25%；其他收入3.60万元，占0.58%。</p>
<p>事业收入主要为社会托养老人按规定缴纳的托养服务费（含床位费、护理费、膳食费）；其他收入主要为银行存款利息。</p>
<p>2024年项目支出预算表</p><p>单位：万元</p>
<table>
<tr><td>项目名称</td><td>合计</td><td>一般公共预算拨款</td><td>事业收入</td></tr>
<tr><td>合计</td><td>240.00</td><td>160.00</td><td>80.00</td></tr>
<tr><td>社会托养服务运营项目</td><td>80.00</td><td></td><td>80.00</td></tr>
<tr><td>特困人员集中供养项目</td><td>160.00</td><td>160.00</td><td></td></tr>
</table></body></html>"""


def test_a_fee_named_by_the_sentence_saying_what_an_income_is_takes_that_income(ask_pages):
    ask = ask_pages({"flzx-2024-budget.html": WELFARE})
    scope = {"doc": "flzx-2024-budget.html"}
    for question in ("2024年预计能收到住养老人交的托养费多少钱？", "托养费能收多少？", "中心的事业收入预计有多少？"):
        assert ask(question, scope=scope).value == D("125.00"), question
    # a cell of a spending table under 事业收入 is spending paid from it — the project's when it is named
    assert ask("社会托养服务运营项目的事业收入安排了多少？", scope=scope).value == D("80.00")


APPROVAL = """<html><body><h1>平潭县某检察院2014年部门决算批复</h1>
<p>2014年公共预算财政拨款收入支出决算批复表</p><p>单位：万元</p>
<table>
<tr><td>科目编码</td><td>科目名称</td><td>本年收入</td><td>本年支出</td><td>项目支出</td></tr>
<tr><td></td><td>合计</td><td>1,511.71</td><td>1,413.56</td><td>61.89</td></tr>
<tr><td>204</td><td>公共安全支出</td><td>1,388.01</td><td>1,289.86</td><td>61.89</td></tr>
<tr><td>20404</td><td>检察</td><td>1,388.01</td><td>1,289.86</td><td>61.89</td></tr>
<tr><td>221</td><td>住房保障支出</td><td>123.70</td><td>123.70</td><td></td></tr>
</table></body></html>"""


def test_a_coded_class_row_never_answers_the_documents_total(ask_pages):
    ask = ask_pages({"jcy-2014-final.html": APPROVAL})
    scope = {"doc": "jcy-2014-final.html"}
    # the 合计 row says 1,413.56; the class 检察 (20404) spent 1,289.86 of it — never the total
    assert ask("本年支出合计是多少？", scope=scope).value in (D("1413.56"), None)
    assert ask("检察这一项本年支出是多少？", scope=scope).value == D("1289.86")

