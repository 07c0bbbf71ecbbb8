"""Session 48: shapes met on new provinces' pages and by new users. Each page below is written in
the shape of such a page; every expected value is read from its words by hand (never from the
program's output)."""
from __future__ import annotations

from decimal import Decimal as D

from web_pages import html

# both flows' totals named by their abbreviations, with no 各/均 (收、支总计4,364.13万元), a fund's
# own list (its 支出 and carry-overs) and the unit's carry-over of every fund
FINAL = ("某区退役军人事务局2025年部门决算\n一、收入支出决算总体情况说明\n"
         "2025年度收、支总计4,364.13万元。与2024年相比，收、支总计各增加451.53万元，增长11.54%。\n"
         "四、财政拨款收入支出决算总体情况说明\n2025年财政拨款收、支总计4,351.73万元。与2024年相比，"
         "财政拨款收、支总计各增加471.36万元，增长12.15%。\n"
         "其中：财政拨款收入2,341.28万元，年初财政拨款结转和结余37.42万元；财政拨款支出2,356.56万元，"
         "年末财政拨款结转和结余22.14万元。\n"
         "八、政府性基金预算财政拨款支出决算情况说明\n2025年度政府性基金预算财政拨款收入85.00万元，"
         "支出85.00万元，年初、年末结转和结余均为0万元。\n")

# a class line's parts after 其中 (the line's 基本支出, not the unit's), and procurement kinds whose
# uses name things the question may ask about
SCHOOL = ("某市特殊教育学校2025年单位预算\n三、支出预算情况\n2025年支出预算641.42万元，其中：基本支出579.54万元，"
          "占90.35%；项目支出61.88万元，占9.65%，主要用于送教上门和康复训练。\n"
          "五、具体使用情况\n1．教育支出（类）特殊教育（款）特殊学校教育（项）493.97万元，其中基本支出435.69万元，"
          "用于保障教职工工资福利；项目支出58.28万元，用于送教上门。\n"
          "十、政府采购情况\n2025年政府采购预算380.40万元，其中：货物类268.00万元，主要为实验室检测试剂和疫苗冷链监测设备；"
          "工程类0万元；服务类112.40万元，主要为设备维保。\n"
          "二、机构设置\n学校设教务处等5个科室，全日制在校生156人。\n")

# a final account's 三公 with its change on last year, the car items asked together
CARS = ("某区市场监督管理局2025年部门决算\n七、“三公”经费情况说明\n"
        "公务用车购置及运行维护费：预算32.00万元，决算29.63万元，较上年减少1.95万元，下降6.17%。\n"
        "国内公务接待38批次，216人次。外事接待0批次，0人次。\n"
        "与2024年度相比，“三公”经费支出决算减少0.35万元，下降8.31%，主要原因是严格执行公务接待标准。\n")

# a reason stated against the budget, and none against last year
REASONS = ("某街道办事处2025年部门决算\n七、“三公”经费情况说明\n2025年度“三公”经费财政拨款支出预算为12.50万元，"
           "支出决算为9.86万元，完成预算的78.88%。决算数小于预算数的主要原因是严格控制公务用车使用。"
           "与2024年度相比，“三公”经费支出决算减少0.88万元，下降8.19%。\n"
           "五、一般公共预算财政拨款支出决算情况说明\n其他城乡社区公共设施支出决算为2,865.40万元。"
           "决算数大于年初预算数的主要原因是年中追加老旧小区综合整治配套资金。\n")


def test_both_totals_named_by_their_abbreviations_are_each_stated(ask_pages):
    ask = ask_pages({"final.txt": FINAL})
    scope = {"doc": "final.txt"}
    assert ask("收入总计是多少？", scope=scope).value == D("4364.13")
    assert ask("支出总计是多少？", scope=scope).value == D("4364.13")
    a = ask("2024年度收、支总计是多少？", scope=scope)
    assert a.value == D("3912.60")                     # 4364.13 − 451.53
    assert ask("财政拨款支出总计比上年增加了多少？", scope=scope).value == D("471.36")


def test_every_funds_appropriation_is_never_one_funds(ask_pages):
    ask = ask_pages({"final.txt": FINAL})
    scope = {"doc": "final.txt"}
    assert ask("年末财政拨款结转和结余是多少？", scope=scope).value == D("22.14")   # never the fund's 0
    assert ask("政府性基金年末结转和结余是多少？", scope=scope).value == D("0")
    assert ask("政府性基金预算财政拨款支出是多少？", scope=scope).value == D("85.00")


def test_a_class_lines_parts_are_the_lines(ask_pages):
    ask = ask_pages({"school.txt": SCHOOL})
    scope = {"doc": "school.txt"}
    assert ask("基本支出是多少？", scope=scope).value == D("579.54")          # never the line's 435.69
    assert ask("项目支出是多少？", scope=scope).value == D("61.88")
    a = ask("项目支出主要用于哪些方面？", scope=scope)
    assert a.kind == "passage" and "送教上门" in a.answer and "占" not in a.answer.split("：", 1)[1][:8]


def test_words_said_of_a_part_never_answer_the_whole(ask_pages):
    ask = ask_pages({"school.txt": SCHOOL})
    a = ask("政府采购预算中用于采购疫苗的金额是多少？", scope={"doc": "school.txt"})
    assert a.value is None                             # never the total 380.40 its parts add up to


def test_counts_of_rooms_and_pupils(ask_pages):
    ask = ask_pages({"school.txt": SCHOOL})
    scope = {"doc": "school.txt"}
    assert ask("学校有几个科室？", scope=scope).value == D("5")
    assert ask("有多少孩子在校读书？", scope=scope).value == D("156")


def test_last_years_sum_of_a_totals_parts(ask_pages):
    ask = ask_pages({"cars.txt": CARS})
    a = ask("前一年在公车上（买车加养车）一共花了多少钱？", scope={"doc": "cars.txt"})
    assert a.value == D("31.58")                       # 29.63 + 1.95, never this year's 29.63


def test_visitors_in_groups_and_a_rate_with_its_change(ask_pages):
    ask = ask_pages({"cars.txt": CARS})
    scope = {"doc": "cars.txt"}
    assert ask("一共接待了几批客人？", scope=scope).value == D("38")          # 38 + 0
    assert ask("“三公”经费支出决算下降了百分之几？", scope=scope).value == D("-8.31")


def test_a_reason_asked_against_one_base_is_never_the_others(ask_pages):
    ask = ask_pages({"reasons.txt": REASONS})
    scope = {"doc": "reasons.txt"}
    a = ask("三公经费为什么比预算少？", scope=scope)
    assert "严格控制公务用车使用" in a.answer
    a = ask("三公经费为什么比去年少？", scope=scope)
    assert a.kind == "none"                            # the page gives its reason against the budget only
    a = ask("老旧小区改造的钱为什么比年初预算多？", scope=scope)
    assert "老旧小区综合整治配套资金" in a.answer


def test_two_years_set_side_by_side_read_forward():
    from assistant.question import parse
    q = parse("2024年和2025年相比，三公经费变化多少？")
    assert (q.year, q.base_year) == (2025, 2024)
    q = parse("2025年三公经费比2024年变化多少？")
    assert (q.year, q.base_year) == (2025, 2024)


def test_a_lines_parts_in_a_turned_sangong_table_are_no_further_parts():
    from corpus.table_checks import _inner_columns
    named = [(2, "因公出国（境）费"), (3, "公务用车购置及运行费小计"), (4, "其中：公务用车购置费"),
             (5, "其中：公务用车运行费"), (6, "公务接待费")]
    assert _inner_columns(named) == {3: [4, 5]}
    named = [(2, "因公出国（境）费"), (3, "公务用车购置及运行维护费小计"), (4, "公务用车购置费"),
             (5, "公务用车运行维护费"), (6, "公务接待费")]
    assert _inner_columns(named) == {3: [4, 5]}


# a line's change said of "该项", a count named by its verb after its amount, a coded line stated in
# words, a hospital's car costs of all its money beside its 一般公共预算 table of zeros
HEALTH = ("某县卫生健康局2026年部门预算\n三、一般公共预算支出情况\n9. 卫生健康支出（类）公共卫生（款）基本公共卫生服务（项）"
          "2,315.80万元，主要用于居民健康档案管理。该项比上年减少146.70万元，下降5.96%。\n"
          "七、“三公”经费情况\n公务用车运行维护费7.20万元，比上年减少0.80万元。国内公务接待支出3.14万元，共接待42批次、312人次。\n"
          "八、低保情况\n农村低保标准由每人每年4920元提高至5160元。最低生活保障支出16797.66万元。\n"
          "表7 一般公共预算“三公”经费支出表\n单位：元\n"
          "<table><tr><th>合计</th><th>公务用车运行维护费</th><th>公务接待费</th></tr>"
          "<tr><td>0.00</td><td>0.00</td><td>0.00</td></tr></table>\n")
LINE = ("某镇人民政府2025年部门决算\n五、一般公共预算财政拨款支出决算情况\n具体情况如下：一般公共服务支出（类）政府办公厅（室）"
        "及相关机构事务（款）行政运行（项）：年初预算为560.00万元，支出决算为586.42万元，完成年初预算的104.72%。\n"
        "一般公共预算财政拨款支出决算表\n单位：万元\n"
        "<table><tr><th>科目编码</th><th>科目名称</th><th>决算数</th></tr>"
        "<tr><td>2010301</td><td>行政运行</td><td>586.42</td></tr></table>\n")


def test_this_item_a_counts_verb_and_all_the_units_money(ask_pages):
    ask = ask_pages({"health.html": html(HEALTH)})
    scope = {"doc": "health.html"}
    assert ask("基本公共卫生服务（项）比上年变化了多少？", scope=scope).value == D("-146.70")
    assert ask("公务接待了多少批次？", scope=scope).value == D("42")
    assert ask("公车加油、修车这些准备花多少钱？", scope=scope).value == D("7.20")   # never the fund table's 0.00
    a = ask("有多少低保对象？", scope=scope)
    assert a.value is None                             # a count of people: never the 16797.66万元 spent


def test_a_coded_line_stated_in_words_by_its_name(ask_pages):
    ask = ask_pages({"line.html": html(LINE)})
    a = ask("行政运行（2010301）支出决算完成年初预算的百分之几？", scope={"doc": "line.html"})
    assert a.value == D("104.72")
    a = ask("行政运行（2010399）支出决算完成年初预算的百分之几？", scope={"doc": "line.html"})
    assert a.value is None                             # another code: never this line's rate


def _sangong_table(subtotal: str) -> str:
    return ("某镇人民政府2026年部门预算\n表四 一般公共预算“三公”经费支出表\n单位：元\n"
            "<table><tr><th>项目</th><th>合计</th><th>因公出国（境）费</th><th>公务用车购置及运行费</th>"
            "<th>其中：公务用车购置费</th><th>其中：公务用车运行费</th><th>公务接待费</th></tr>"
            f"<tr><td>2026年预算数</td><td>98,000.00</td><td>0.00</td><td>{subtotal}</td><td>0.00</td>"
            "<td>75,000.00</td><td>23,000.00</td></tr></table>\n")


def test_a_parts_own_parts_in_a_turned_table_are_checked_against_it_only(page_doc):
    # 0 + 75,000 + 23,000 = 98,000 (the 其中 columns are the car part's own): no finding
    doc = page_doc("ok.html", html(_sangong_table("75,000.00")), 2026, "预算")
    assert not [f for f in doc.findings if f.check == "合计=分列之和"]
    # a car part printed 80,000 while its own parts add up to 75,000: both sums are off, both said
    doc = page_doc("off.html", html(_sangong_table("80,000.00")), 2026, "预算")
    gaps = sorted(f.gap for f in doc.findings if f.check == "合计=分列之和")
    assert gaps == [D("-5000"), D("5000")]
