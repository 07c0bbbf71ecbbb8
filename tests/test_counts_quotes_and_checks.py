"""Session 47: shapes met on new provinces' pages and by new users. Each page below is written in
the shape of such a page; every expected value is read from its words by hand (never from the
program's output)."""
from __future__ import annotations

from decimal import Decimal as D

# a reception fee with its counts in the sentences after it, and a car fee with its budget beside it
SANGONG = ("某区规划和自然资源局2024年度部门决算\n七、“三公”经费财政拨款支出决算情况说明\n"
           "3、公务接待费支出0.39万元。主要用于接待上级部门调研，列明公务接待2批次、26人次。\n"
           "2、公务用车购置及运行费支出决算12.60万元，其中：公务用车购置费0万元；公务用车运行费12.60万元，"
           "年初预算14.00万元，完成预算的90.00%，比上年减少0.60万元，下降4.55%。\n")

# a table whose row names last year's column; this year's 项目支出 stated with its change in words
HOSPITAL = ("某区人民医院2026年单位预算\n表五 一般公共预算支出表\n单位：万元\n"
            "<table><tr><th>科目名称</th><th>2025年预算数</th><th>2026年预算数</th><th>基本支出</th><th>项目支出</th></tr>"
            "<tr><td>重大公共卫生服务</td><td>260.00</td><td>260.00</td><td>0.00</td><td>260.00</td></tr></table>\n"
            "二、支出预算情况\n2026年支出预算16600.00万元，其中：基本支出14280.00万元；项目支出2320.00万元，"
            "比上年增加190.00万元。\n")

# procurement kinds said with 类, beside an economic class holding 服务 in its name
STREET = ("某街道办事处2026年部门预算\n表6 一般公共预算基本支出表\n单位：万元\n"
          "<table><tr><th>经济科目名称</th><th>本年预算数</th></tr>"
          "<tr><td>302商品和服务支出</td><td>195.91</td></tr></table>\n"
          "（二）政府采购情况\n2026年政府采购预算总额210.00万元，其中：货物类27.00万元，工程类0万元，服务类183.00万元。"
          "授予中小企业合同金额150.00万元。\n"
          "一、部门概况\n本街道辖甲、乙、丙、丁4个社区。\n")

# a department and its research centre: the centre's share of the department's budget
BUREAU = ("某区教育局2026年部门预算\n三、收入预算情况\n2026年收入预算1623.87万元。其中：某区教育局（本级）收入预算"
          "1189.65万元，某区教育研究中心收入预算434.22万元。\n"
          "一、人员情况\n某区教育局本级行政编制36名，实有人数34人；某区社会福利院事业编制128名，实有人数121人。\n")

# an approval addressed to the unit by another form of its name
APPROVAL = ("东山县财政局关于批复 东山轮渡所2014年度部门决算的通知\n东山县轮渡管理处:你部门报送的2014年度部门决算悉。"
            "现批复如下： 一、2014年年初结转结余304.91万元，本年收入510.04万元。\n")

INCOME = ("某街道办事处2025年部门决算\n二、收入决算情况说明\n本年收入合计2865.43万元，其中：财政拨款收入2783.43万元，"
          "占97.14%；其他收入82.00万元，占2.86%，主要为辖区共建单位捐赠的社区公益服务资金。\n")

SCHOOL = ("某区实验小学2025年单位决算\n二、机构设置\n2025年末学校共有48个教学班，在校学生2,136名。\n")
KINDERGARTEN = ("某区实验幼儿园2025年单位决算\n二、机构设置\n幼儿园设12个班，在园幼儿360人。\n")


def test_an_amount_per_head_divides_the_amount_by_its_own_count(ask_pages):
    ask = ask_pages({"sangong.txt": SANGONG})
    a = ask("招待客人平均每人次花了多少元？", scope={"doc": "sangong.txt"})
    assert a.kind == "derived" and a.value == D("150.00") and a.unit == "元"     # 3900元 ÷ 26人次
    a = ask("公车平均每人次花了多少元？", scope={"doc": "sangong.txt"})
    assert a.value is None          # the car sentence counts no 人次: never the reception's count


def test_a_change_is_the_amounts_never_the_budget_set_beside_it(ask_pages):
    ask = ask_pages({"sangong.txt": SANGONG})
    a = ask("公务用车运行费比上年减少了多少？", scope={"doc": "sangong.txt"})
    assert a.value == D("-0.60")
    a = ask("公务用车运行费上年是多少？", scope={"doc": "sangong.txt"})
    assert a.value == D("13.20")    # 12.60 + 0.60, never 14.00 + 0.60


def test_a_cells_year_is_its_columns(ask_pages):
    ask = ask_pages({"hospital.txt": HOSPITAL})
    a = ask("去年的项目支出预算是多少？", scope={"doc": "hospital.txt"})
    assert a.value == D("2130.00")  # 2320 − 190; the row's 2025年预算数 260 is that row's, not 项目支出


def test_a_kind_said_with_lei_is_the_procurements(ask_pages):
    ask = ask_pages({"street.txt": STREET})
    a = ask("服务类是多少？", scope={"doc": "street.txt"})
    assert a.value == D("183.00")   # never 302商品和服务支出 195.91
    a = ask("政府采购的合同里有多少钱给了中小企业？", scope={"doc": "street.txt"})
    assert a.value == D("150.00")   # never the procurement total 210.00


def test_a_count_after_a_verb_of_holding(ask_pages):
    ask = ask_pages({"street.txt": STREET, "school.txt": SCHOOL, "kg.txt": KINDERGARTEN})
    assert ask("街道下面管几个社区？", scope={"doc": "street.txt"}).value == D("4")
    assert ask("学校有多少个班？", scope={"doc": "school.txt"}).value == D("48")
    a = ask("幼儿园有多少个小朋友在园？", scope={"doc": "kg.txt"})
    assert a.value == D("360") and a.unit == "人"


def test_a_bodys_share_of_its_departments_budget(ask_pages):
    ask = ask_pages({"bureau.txt": BUREAU})
    a = ask("某区教育研究中心今年的预算在整个教育局预算里占百分之多少？", scope={"doc": "bureau.txt"})
    assert a.value == D("26.74")    # 434.22 ÷ 1623.87
    a = ask("某区社会福利院实际有多少人？", scope={"doc": "bureau.txt"})
    assert a.value == D("121")      # the 福利院's clause after ；, never the 本级's 34


def test_the_name_an_approval_is_addressed_to_is_the_unit(ask_pages):
    ask = ask_pages({"approval.txt": APPROVAL})
    a = ask("东山县轮渡管理处2014年年初结转结余是多少？", scope={"doc": "approval.txt"})
    assert a.value == D("304.91")


def test_where_money_comes_from_is_what_it_is(ask_pages):
    ask = ask_pages({"income.txt": INCOME})
    a = ask("街道的其他收入是从哪来的？", scope={"doc": "income.txt"})
    assert a.kind == "passage" and "辖区共建单位捐赠" in a.answer


CARS = ("某区交通运输局2025年度部门决算\n七、“三公”经费支出决算情况说明\n"
        "2.公务用车购置及运行费支出决算为51.77万元。其中：公务用车购置费支出26.50万元，公务用车运行费支出25.27万元。\n")


def test_a_part_left_out_in_brackets_is_never_the_whole(ask_pages):
    ask = ask_pages({"cars.txt": CARS})
    a = ask("公车（不算买车）花了多少钱？", scope={"doc": "cars.txt"})
    assert a.value in (None, D("25.27"))       # never the whole 51.77
    a = ask("公车日常跑起来（油费、维修这些，不算买车）实际花了多少钱？", scope={"doc": "cars.txt"})
    assert a.value == D("25.27")               # never the 购置费 26.50 the brackets leave out


# --------------------------------------------------------------------------- checks without false alarms

def _findings(text: str, year: int, kind: str):
    from corpus import checks, figures
    from corpus.models import Document
    doc = Document(name="t.txt", path="t.txt", sha256="", title="", unit=None, year=year, kind=kind, scope=None, text=text)
    doc.figures = figures.extract(doc)
    return checks.run(doc)


def test_two_line_items_are_no_total_stated_twice():
    text = ("五、一般公共预算财政拨款支出决算情况说明\n（三）具体情况。\n1. 行政运行（项）。年初预算为1,845.00万元，"
            "支出决算为1,865.23万元，完成年初预算的101.10%。\n2. 城乡社区环境卫生（项）。年初预算为1,380.00万元，"
            "支出决算为1,243.65万元，完成年初预算的90.12%。\n")
    assert not [f for f in _findings(text, 2025, "决算") if f.check == "同一总数两个值"]


def test_an_all_funds_total_and_a_general_budget_one_are_two_totals():
    text = ("二、支出预算情况\n2026年支出预算16600.00万元，其中：基本支出14280.00万元，项目支出2320.00万元。\n"
            "三、收入预算情况\n2026年事业收入12600.00万元。\n"
            "四、一般公共预算支出情况\n2026年一般公共预算支出3850.00万元，其中：基本支出2660.00万元，项目支出1190.00万元。\n")
    assert not [f for f in _findings(text, 2026, "预算") if f.check == "同一总数两个值"]


def test_a_budget_beside_a_part_is_no_part():
    text = ("（二）“三公”经费分项情况\n2．公务用车购置及运行费支出决算12.60万元，其中：公务用车购置费0万元，2025年度未购置"
            "公务用车；公务用车运行费12.60万元，年初预算14.00万元，完成预算的90.00%，比上年减少0.60万元，下降4.55%。\n")
    assert _findings(text, 2025, "决算") == []


def test_a_table_continued_under_its_title_and_a_mark_is_one_table():
    from corpus import tables
    from corpus.models import Document, RawDocument, RawTable
    rows1 = [["科目名称", "金额"], ["合计", "300.00"], ["一般公共服务支出", "100.00"]]
    rows2 = [["科目名称", "金额"], ["住房保障支出", "200.00"]]
    text = "一般公共预算财政拨款支出决算表\n单位：万元\nX\n一般公共预算财政拨款支出决算表（续表）\nY\n"
    p2 = text.find("一般公共预算财政拨款支出决算表（续表）")
    raw = RawDocument(path="c.pdf", text=text, page_starts=[0, p2],
                      tables=[RawTable(rows=rows1, start=text.find("X"), page=1),
                              RawTable(rows=rows2, start=text.find("Y"), page=2)])
    doc = Document(name="c.pdf", path="c.pdf", sha256="", title="", unit=None, year=2025, kind="决算", scope=None, text=text)
    (t,) = tables.parse_tables(raw, doc)
    assert [r[0] for r in t.rows] == ["合计", "一般公共服务支出", "住房保障支出"]


# --------------------------------------------------------------------------- quotes

def test_a_quote_keeps_a_wrapped_sentence_whole_and_drops_the_layers_spaces():
    from assistant.text import sentence_around, tidy_quote
    text = "七、三公经费情况说明\n2025年度支出决算为11.60万元，完成预算的85.93%。与\n2024年度决算相比，减少1.20万元。\n"
    at = text.find("1.20")
    s = sentence_around(text, at, at + 4)
    assert s.startswith("与") and "减少1.20万元" in s
    assert tidy_quote("年初预 算为11.00万元，比2024年 度减少") == "年初预算为11.00万元，比2024年度减少"
    assert tidy_quote("科目名称: 行政运行 | 上年预算数: 3.00") == "科目名称: 行政运行 | 上年预算数: 3.00"
