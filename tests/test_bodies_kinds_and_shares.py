"""Session 46: shapes met on new provinces' pages. Each page below is written in the shape of such a
page; every expected value is read from its words by hand (never from the program's output)."""
from __future__ import annotations

from decimal import Decimal as D

from assistant.text import fmt

# a department whose staff table lists two bodies it holds; the money is the department's only
MEDIA = ("某区传媒中心2016年预算说明\n二、部门预算单位基本情况\n单位名称 经费性质 人员编制数 在职人数 "
         "某区传媒中心 财政核拨 11 2 某区时报社 财政核拨 5 0\n三、预算收支总体情况\n"
         "2016年，区传媒中心收入预算为2488.34万元；相应安排支出预算2488.34万元。\n")

# bodies of a department: carried over a clause run, listed after 其中 and in brackets
STAFF = ("某区教育局2026年部门预算\n一、部门概况\n截至2025年底，局本级行政编制32人，实有人数29人，离退休人员18人；"
         "某区第十五中学事业编制126人，实有人数119人，离退休人员73人。全部门编制数合计158人，实有人数148人。\n"
         "截至2025年12月31日，某区水务局实有人数28人，其中：局本级17人，水土保持站11人。\n")

# a department's bodies in brackets after their basic spending
BODIES = ("某区人力资源和社会保障局2026年部门预算\n六、一般公共预算基本支出情况说明\n"
          "2026年一般公共预算基本支出946.56万元，其中：人员经费795.26万元，公用经费151.30万元。"
          "其中：局本级基本支出746.22万元（人员经费626.77万元，公用经费119.45万元）；"
          "某区劳动保障监察大队基本支出200.34万元（人员经费168.49万元，公用经费31.85万元）。\n"
          "8．社会保障和就业支出（类）就业补助（款）公益性岗位补贴（项）210.00万元，主要原因是部分公益性岗位人员"
          "补贴期满退出，岗位补贴人数由上年的260人减少至210人。\n")

TOTALS = ("某区林业和草原局2025年度部门决算\n第三部分 2025年度部门决算情况说明\n一、收入支出决算总体情况说明\n"
          "2025年度收入总计760.99万元、支出总计760.99万元，与上年相比，收、支总计各增加46.17万元，增长6.46%，"
          "主要原因是年中追加森林草原防火专项资金。\n")

PROCUREMENT = ("某区残疾人联合会2026年部门预算\n七、政府采购情况\n2026年本部门政府采购预算186.50万元，其中：货物类24.50万元，"
               "工程类0万元，服务类162.00万元。面向中小企业预留政府采购项目预算金额148.60万元，占79.68%。\n"
               "八、支出情况\n2026年支出预算1286.43万元。\n")

PLAN_2026 = ("某区卫生健康委员会2026年部门预算\n表7 一般公共预算“三公”经费支出表\n单位：万元\n"
             "<table><tr><th>项目</th><th>上年数</th><th>本年数</th></tr>"
             "<tr><td>合计</td><td>12.30</td><td>11.00</td></tr></table>\n")

ARCHIVE = ("某区档案馆2026年单位预算\n（六）国有资产占用情况\n截至2025年12月31日，某区档案馆占用房屋建筑面积2860平方米"
           "（其中档案库房1920平方米），车辆0辆。\n（七）人员情况\n本单位事业编制9名，实有在职人员8人。\n")

HOSPITAL = ("某区中医医院2026年单位预算\n二、收入预算情况\n2026年收入预算8238.00万元，其中：一般公共预算拨款收入1388.00万元，"
            "事业收入6850.00万元，主要为医疗收入。\n")

STREET = ("某街道办事处2025年部门决算\n三、一般公共预算财政拨款支出决算情况说明\n"
          "城乡社区支出（类）1326.40万元，比上年增加146.40万元，主要用于垃圾清运和道路保洁。\n"
          "本年收入合计3382.75万元，比上年增加253.38万元。\n")

SANGONG = ("某区自然资源局2025年度部门决算\n五、一般公共预算财政拨款“三公”经费支出决算情况说明\n"
           "2025年度“三公”经费支出年初预算为27.00万元，决算为21.64万元，完成年初预算的80.15%。"
           "与上年决算数50.69万元相比，减少29.05万元，下降57.31%。\n")

BUREAU = ("某区医疗保障局2026年部门预算\n一、部门概况\n本部门编制数26名，均为行政编制；截至2025年12月底实有在职人员24人，"
          "另有政府购买服务岗位人员18人；离退休人员5人。\n")

HOME = ("某区第一社会福利院2025年单位决算\n一、单位概况\n本单位核定床位500张，截至2025年12月31日在院老人462人。"
        "本单位事业编制86人，实有在职人员79人。\n")


def test_a_body_listed_only_in_the_staff_table_has_no_money_of_its_own(ask_pages):
    ask = ask_pages({"media.txt": MEDIA})
    scope = {"doc": "media.txt"}
    a = ask("某区时报社2016年单独的预算支出是多少？", scope=scope)
    assert a.kind == "none" and a.value is None        # never the centre's 2488.34
    a = ask("某区时报社有几个编制？", scope=scope)
    assert (a.value, a.unit) == (D("5"), "人")


def test_a_bodys_counts_carried_over_its_clauses_and_listed_after_qizhong(ask_pages):
    ask = ask_pages({"staff.txt": STAFF})
    scope = {"doc": "staff.txt"}
    assert ask("第十五中学实际有多少人？", scope=scope).value == D("119")
    assert ask("局本级实有多少人？", scope=scope).value == D("29")
    assert ask("水土保持站有多少实有人员？", scope=scope).value == D("11")
    assert ask("第十五中学现在有多少名学生？", scope=scope).value is None      # 126 is its 编制, no pupils


def test_a_bodys_parts_in_brackets_and_a_count_moved_from_one_year_to_the_next(ask_pages):
    ask = ask_pages({"bodies.txt": BODIES})
    scope = {"doc": "bodies.txt"}
    assert ask("人员经费是多少？", scope=scope).value == D("795.26")
    assert ask("劳动保障监察大队的人员经费是多少？", scope=scope).value == D("168.49")
    a = ask("劳动保障监察大队人员经费比公用经费多多少？", scope=scope)
    assert (a.kind, a.value) == ("derived", D("136.64"))           # 168.49 − 31.85
    a = ask("公益性岗位补贴今年要发给多少人？", scope=scope)
    assert (a.value, a.unit) == (D("210"), "人")                    # never last year's 260


def test_a_rate_stated_once_for_both_totals(ask_pages):
    ask = ask_pages({"totals.txt": TOTALS})
    a = ask("支出总计比上年增长了百分之几？", scope={"doc": "totals.txt"})
    assert (a.value, a.unit) == (D("6.46"), "%")


def test_procurement_kinds_and_the_share_stated_of_an_amount(ask_pages):
    ask = ask_pages({"buy.txt": PROCUREMENT})
    scope = {"doc": "buy.txt"}
    a = ask("政府采购里货物和服务加起来一共多少钱？", scope=scope)
    assert (a.kind, a.value) == ("derived", D("186.50"))           # 24.50 + 162.00
    a = ask("今年的政府采购，给中小企业留了多大比例？", scope=scope)
    assert (a.value, a.unit) == (D("79.68"), "%")                   # never 148.60 ÷ 1286.43


def test_a_final_asked_of_a_budgets_year_before(ask_pages):
    ask = ask_pages({"plan.html": PLAN_2026})
    a = ask("2025年度“三公”经费决算支出是多少？", scope={"doc": "plan.html"})
    assert a.value is None              # the 上年数 column of a budget is last year's budget


def test_an_area_and_people_counted_by_their_nouns(ask_pages):
    ask = ask_pages({"archive.txt": ARCHIVE, "home.txt": HOME})
    assert ask("档案库房有多大面积？", scope={"doc": "archive.txt"}).value == D("1920")
    assert ask("福利院里现在住着多少老人？", scope={"doc": "home.txt"}).value == D("462")
    a = ask("福利院一共接待了多少人次？", scope={"doc": "home.txt"})
    assert a.value is None              # visits are no people in post (79) nor residents (462)


def test_a_standard_term_in_brackets_after_everyday_words(ask_pages):
    ask = ask_pages({"hospital.txt": HOSPITAL})
    a = ask("中医医院今年看病收入（事业收入）预计有多少？", scope={"doc": "hospital.txt"})
    assert (a.value, a.unit) == (D("6850.00"), "万元")


def test_examples_in_brackets_are_an_aside(ask_pages):
    ask = ask_pages({"street.txt": STREET})
    a = ask("街道2025年花在城乡社区（垃圾清运、保洁这些）上的钱，比前一年多了多少？", scope={"doc": "street.txt"})
    assert (a.value, a.unit) == (D("146.40"), "万元")              # never 本年收入合计's 253.38


def test_a_sentence_going_on_under_its_heading(ask_pages):
    ask = ask_pages({"sangong.txt": SANGONG})
    a = ask("三公经费比上年减少了多少？", scope={"doc": "sangong.txt"})
    assert (a.value, a.unit) == (D("-29.05"), "万元")              # 21.64 − 50.69
    a = ask("三公经费比上年省了多少？", scope={"doc": "sangong.txt"})
    assert (a.value, a.unit) == (D("29.05"), "万元")


def test_amounts_in_yuan_keep_thousands_separators():
    assert fmt(D("3615900.00"), "元") == "3,615,900.00元"
    assert fmt(D("-12345"), "元") == "-12,345元"
    assert fmt(D("9999.50"), "元") == "9999.50元" and fmt(D("1385.31"), "万元") == "1385.31万元"


def test_people_hired_through_bought_services_are_no_staff_in_post(ask_pages):
    ask = ask_pages({"bureau.txt": BUREAU})
    scope = {"doc": "bureau.txt"}
    assert ask("医保局有多少政府购买服务的人员？", scope=scope).value == D("18")
    assert ask("医保局有多少工作人员？", scope=scope).value == D("24")
