"""Session 50: layouts and questions first met on documents written by helpers who never saw the
code. Every expected value is read from the pages below by hand."""
from __future__ import annotations

from decimal import Decimal as D

from corpus import tables
from web_pages import html
from corpus.models import Document, RawDocument, RawTable


def _pdf(*pages: str, tables_: list[RawTable]) -> tuple[RawDocument, Document]:
    text, starts = "", []
    for page in pages:
        starts.append(len(text))
        text += page + "\n"
    raw = RawDocument(path="x.pdf", text=text, page_starts=starts, tables=tables_)
    doc = Document(name="x.pdf", path="x.pdf", sha256="", title="", unit=None, year=2024, kind="决算", scope=None,
                   text=raw.text, page_starts=raw.page_starts, pages=len(pages))
    return raw, doc


def test_a_group_row_printed_at_the_foot_of_the_page_before_heads_the_table():
    # 公开07表 of a 部门决算: the title, the unit line and the row "预算数 | 决算数" end page 1; the two
    # header rows and the amounts start page 2 (its 12 columns under the two groups of 6)
    page1 = "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。\n一般公共预算财政拨款“三公”经费支出决算表\n" \
            "公开07表 部门：某区民政局 单位：万元\n预算数 决算数"
    page2 = "合计 因公出国（境）费 公务用车购置及运行费 公务接待费 合计 因公出国（境）费 公务用车购置及运行费 公务接待费\n" \
            "小计 公务用车购置费 公务用车运行费 小计 公务用车购置费 公务用车运行费\n" \
            "10.00 0.00 7.00 0.00 7.00 3.00 8.10 0.00 6.84 0.00 6.84 1.26"
    heads = ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置及运行费", "公务用车购置及运行费", "公务接待费"]
    parts = ["合计", "因公出国（境）费", "小计", "公务用车购置费", "公务用车运行费", "公务接待费"]
    edges = [51.0, 81.0, 138.0, 163.0, 212.0, 260.0, 300.0, 326.0, 382.0, 407.0, 455.0, 504.0, 543.0]
    top = RawTable(rows=[["预算数", "决算数"]], page=1, start=len(page1) - len("预算数 决算数"),
                   edges=[51.4, 299.8, 543.4])
    body = RawTable(rows=[heads * 2, parts * 2,
                          ["10.00", "0.00", "7.00", "0.00", "7.00", "3.00", "8.10", "0.00", "6.84", "0.00", "6.84", "1.26"]],
                    page=2, start=len(page1) + 1, edges=edges)
    raw, doc = _pdf(page1, page2, tables_=[top, body])
    (t,) = tables.parse_tables(raw, doc)
    assert t.title == "一般公共预算财政拨款“三公”经费支出决算表"
    assert t.unit == "万元"
    names = tables.column_names(t)
    assert "预算数" in names[5] and "公务接待费" in names[5]
    assert "决算数" in names[11] and "公务接待费" in names[11]
    assert t.rows[0][11] == "1.26"


STAFF = ("某区某镇人民政府2025年部门预算\n第一部分 部门概况\n三、人员情况\n"
         "本部门核定编制90名，其中：行政编制38名，事业编制52名。2024年底实有在职人员84人，其中：行政人员36人，"
         "事业人员48人。另有退休人员46人。\n")


def test_posts_left_empty_are_the_head_of_the_posts_less_the_staff(ask_pages):
    # the head 90 (not its part 行政编制 38) less the staff at the end of the year before the budget's: 6
    ask = ask_pages({"zhen-2025-budget.txt": STAFF})
    for question in ("核定编制比实有在职人员多几个？", "编制空着几个？", "还有几个编制没人？"):
        answer = ask(question, scope={"doc": "zhen-2025-budget.txt"})
        assert answer.value == 6, (question, answer.answer)
    assert ask("在职的比编制少几个人？", scope={"doc": "zhen-2025-budget.txt"}).value == 6


def test_a_row_whose_name_wraps_is_placed_on_its_own_page():
    # 表二 部门收入总表 on page 1 prints "政府办公厅（室）及相 / 关机构事务" over two lines; 表三 on page 2
    # prints the same rows unwrapped: every row of 表二 is cited on page 1, and 表二 continued at the
    # top of page 2 is one table with it
    page1 = ("表二 部门收入总表\n部门名称：某乡人民政府 单位：万元\n科目编码 科目名称 合计 一般公共预算拨款收入\n"
             "201 一般公共服务支出 1,091.81 1,091.81\n政府办公厅（室）及相\n20103 1,026.81 1,026.81\n关机构事务\n"
             "2010301 行政运行 742.36 742.36")
    page2 = ("2010302 一般行政管理事务 284.45 284.45\n表三 部门支出总表\n单位：万元\n科目编码 科目名称 合计 基本支出 项目支出\n"
             "20103 政府办公厅（室）及相关机构事务 1,026.81 940.81 86.00\n2010301 行政运行 742.36 742.36")
    income = RawTable(rows=[["科目编码", "科目名称", "合计", "一般公共预算拨款收入"],
                            ["201", "一般公共服务支出", "1,091.81", "1,091.81"],
                            ["20103", "政府办公厅（室）及相关机构事务", "1,026.81", "1,026.81"],
                            ["2010301", "行政运行", "742.36", "742.36"]], page=1, start=page1.index("科目编码"))
    rest = RawTable(rows=[["2010302", "一般行政管理事务", "284.45", "284.45"]], page=2, start=len(page1) + 1)
    raw, doc = _pdf(page1, page2, tables_=[income, rest])
    first = tables.parse_tables(raw, doc)[0]
    assert [r[0] for r in first.rows] == ["201", "20103", "2010301", "2010302"]
    assert [span[2] for span in first.row_spans] == [1, 1, 1, 2]


def test_a_share_of_a_column_is_taken_in_the_parts_own_row(ask_pages):
    # 附件1-2 of a 决算批复 page (one flattened line): the 合计 row's 人员经费 1,049.12 of its own 本年支出
    # 1,413.56 (74.22%), never of the 20404 检察 row's 1,289.86
    page = ("当前位置： 首页 某县人民检察院2014年部门决算批复 2014年公共预算财政拨款收入支出决算批复表 附件1-2 "
            "部门（单位）：某县人民检察院 单位：万元 项 目 年初结转和结余 本年收入 本年支出 年末结转和结余 "
            "支出功能分类科目编码 科目名称 合计 基本支出 项目支出 合计 基本支出 项目支出 合计 基本支出结转 "
            "项目支出结转和结余 小计 人员经费 日常公用经费 类款项 "
            "合计 161.90 45.03 116.87 1,511.71 1,413.56 1,351.67 1,049.12 302.55 61.89 260.04 32.16 227.89 "
            "204 公共安全支出 161.90 45.03 116.87 1,388.01 1,289.86 1,227.97 925.42 302.55 61.89 260.05 32.16 227.89 "
            "20404 检察 161.90 45.03 116.87 1,388.01 1,289.86 1,227.97 925.42 302.55 61.89 260.05 32.16 227.89 "
            "221 住房保障支出 123.70 123.70 123.70 123.70 "
            "2210201 住房公积金 123.70 123.70 123.70 123.70 来源：某县 附件下载\n")
    ask = ask_pages({"jcy-2014-final-approval.txt": page})
    answer = ask("某县人民检察院2014年人员经费占本年支出合计的比例是多少？", scope={"doc": "jcy-2014-final-approval.txt"})
    assert answer.value == D("74.22"), answer.answer
    # a year said before the whole's words is no column's words: 61.89 ÷ 1,413.56 (4.38), not ÷ 1,289.86
    answer = ask("2014年本年支出合计中，项目支出所占比重是多少？", scope={"doc": "jcy-2014-final-approval.txt"})
    assert answer.value == D("4.38"), answer.answer


def test_an_item_of_a_numbered_list_is_inside_what_the_list_opens_with(ask_pages):
    # "在经济分类支出中：(1)…(4) 出国（境）费用支出3.26万元": the 4th item is in 经济分类 too
    page = ("某乡2015年财政预算执行情况的报告\n一、2015年财政预算执行情况\n全年支出1,234.50万元。在经济分类支出中：(1) 工资类支出585.60万元。"
            "(2) 差旅费支出11.30万元。(3) 办公费支出55.44万元。(4) 出国（境）费用支出3.26万元。(5) 维修（护）费用支出35.34万元。\n")
    ask = ask_pages({"xiang-2015-report.txt": page})
    answer = ask("经济分类中出国（境）费用支出是多少？", scope={"doc": "xiang-2015-report.txt"})
    assert answer.value == D("3.26"), answer.answer


FUND_PAGE = ("某区城市管理局2025年部门预算\n五、一般公共预算支出情况\n2025年一般公共预算支出6,842.05万元。\n"
             "城乡社区支出（类）城乡社区环境卫生（款）城乡社区环境卫生（项）4,033.56万元，用于道路清扫保洁。\n"
             "部门支出总表\n单位：万元\n<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>"
             "<tr><td>2120501</td><td>城乡社区环境卫生</td><td>4,069.16</td><td>486.30</td><td>3,582.86</td></tr></table>\n")


def test_a_share_of_one_funds_spending_takes_the_part_of_that_fund(ask_pages):
    # the line is 4,069.16 of all funds and 4,033.56 of 一般公共预算: of 一般公共预算支出 6,842.05, 58.95%
    ask = ask_pages({"cgj-2025-budget.html": html(FUND_PAGE)})
    answer = ask("城乡社区环境卫生（2120501）支出占一般公共预算支出的比重是多少？", scope={"doc": "cgj-2025-budget.html"})
    assert answer.value == D("58.95"), answer.answer


VILLAGE = ("某乡人民政府2025年部门预算\n三、一般公共预算支出情况\n农林水支出（类）农村综合改革（款）对村民委员会和村党支部的补助（项）"
           "326.40万元，用于全乡12个行政村村干部基本报酬、村级组织办公经费及村级服务群众专项经费。\n")


def test_money_named_by_most_of_its_uses_is_that_amount_and_one_use_is_not(ask_pages):
    ask = ask_pages({"xiang-2025-budget.txt": VILLAGE})
    scope = {"doc": "xiang-2025-budget.txt"}
    assert ask("给村干部发报酬、给村里办公的补助预算有多少？", scope=scope).value == D("326.40")
    # one use of three: neither the whole amount nor the count of villages (12个) — pay is money
    for question in ("给村干部发报酬的钱有多少？", "给村干部发报酬有多少？"):
        answer = ask(question, scope=scope)
        assert answer.kind == "none", (question, answer.answer)


HOSPITAL = ("某县人民医院2024年单位决算\n二、收入决算情况说明\n2024年度本年收入合计32,139.55万元，比上年增加1,283.35万元，增长4.16%。"
            "其中：财政拨款收入2,986.45万元；事业收入28,640.72万元；其他收入512.38万元。\n"
            "事业收入全部为医疗收入，其中门急诊收入9,856.30万元、住院收入18,784.42万元，比上年增加1,372.32万元，增长5.03%。\n")


def test_a_wards_income_is_no_total_income(ask_pages):
    # 住院收入 ends in 院 + 收入 like a unit's own total ("…医院收入"): it is a part; last year's 本年收入合计
    # is 32,139.55 − 1,283.35 = 30,856.20
    ask = ask_pages({"yy-2024-final.txt": HOSPITAL})
    scope = {"doc": "yy-2024-final.txt"}
    assert ask("2023年的本年收入合计是多少？", scope=scope).value == D("30856.20")
    assert ask("靠给病人看病收了多少钱？", scope=scope).value == D("28640.72")


def test_a_rate_between_two_rows_of_a_table_of_one_row_per_year(ask_pages):
    # 表7 with rows "2025年预算数" and "2026年预算数" (元): 运行费 48,000 against 53,000 is −9.43%
    page = ("某街道办事处2026年部门预算\n七、“三公”经费预算情况\n公务用车运行费4.80万元，主要用于2辆公务用车的燃料、维修、保险。\n"
            "一般公共预算“三公”经费支出表\n单位：元\n<table><tr><th rowspan=2>年度</th><th rowspan=2>合计</th><th rowspan=2>因公出国（境）费</th>"
            "<th colspan=3>公务用车购置及运行费</th><th rowspan=2>公务接待费</th></tr><tr><th>小计</th><th>公务用车购置费</th><th>公务用车运行费</th></tr>"
            "<tr><td>2025年预算数</td><td>68,000.00</td><td>0.00</td><td>53,000.00</td><td>0.00</td><td>53,000.00</td><td>15,000.00</td></tr>"
            "<tr><td>2026年预算数</td><td>60,000.00</td><td>0.00</td><td>48,000.00</td><td>0.00</td><td>48,000.00</td><td>12,000.00</td></tr></table>\n")
    ask = ask_pages({"jd-2026-budget.html": html(page)})
    answer = ask("公务用车运行费比上年下降了百分之几？", scope={"doc": "jd-2026-budget.html"})
    assert answer.value == D("-9.43"), answer.answer


STREET = ("某街道办事处2026年部门预算\n四、一般公共预算支出情况\n"
          "（五）城乡社区支出（类）294.00万元，比上年减少24.00万元，下降7.55%，主要是上年一次性安排的背街小巷改造资金本年不再安排。"
          "主要用于辖区环境卫生保洁、垃圾清运及老旧小区物业管理补贴。\n"
          "（七）灾害防治及应急管理支出（类）15.00万元，比上年减少5.00万元，下降25.00%，主要是上年一次性安排的应急物资购置资金本年不再安排。\n"
          "3.灾害防治及应急管理支出（类）应急管理事务（款）安全监管（项）2025年预算数为286.40万元，比上年增加60.00万元，增长26.50%。"
          "主要原因是安全生产执法检查频次增加，新增第三方技术服务经费。\n"
          "项目支出872.16万元，比上年增加119.01万元，主要原因是新增安全生产治本攻坚三年行动专项经费，安全生产监管执法经费增加。\n")


def test_a_reason_asked_of_an_item_by_its_use_or_by_the_amount_it_rose(ask_pages):
    ask = ask_pages({"jd-2026-budget.txt": STREET})
    scope = {"doc": "jd-2026-budget.txt"}
    answer = ask("街道搞环境卫生、小区管理的钱怎么比去年少了？", scope=scope)
    assert "背街小巷改造资金" in answer.answer, answer.answer
    answer = ask("为什么今年安全生产监管这块的预算比去年多了60万？", scope=scope)
    assert answer.answer.index("执法检查频次增加") < answer.answer.find("治本攻坚") or "治本攻坚" not in answer.answer


FINAL_GAP = ("某县妇幼保健院2024年单位决算\n四、财政拨款收入支出决算总体情况说明\n"
             "2024年度财政拨款收入总计1,431.74万元。与2023年度相比，财政拨款收入总计增加62.81万元，增长4.59%。"
             "主要原因是上级下达的基本公共卫生服务补助资金增加。\n五、一般公共预算财政拨款支出决算情况说明\n"
             "4．卫生健康支出（类）公共卫生（款）基本公共卫生服务（项）。年初预算为110.00万元，支出决算为126.50万元，完成年初预算的115.00%。"
             "决算数大于年初预算数的主要原因是上级追加下达基本公共卫生服务补助资金，且提高了人均补助标准。\n")


def test_a_final_said_greater_than_its_budget_asks_the_reason_against_the_budget(ask_pages):
    ask = ask_pages({"fy-2024-final.txt": FINAL_GAP})
    scope = {"doc": "fy-2024-final.txt"}
    answer = ask("基本公共卫生服务（2100408）支出决算数大于年初预算数的原因是什么？", scope=scope)
    assert "提高了人均补助标准" in answer.answer, answer.answer
    assert ask("基本公共卫生服务支出完成了年初预算的百分之多少？", scope=scope).value == D("115.00")


def test_people_named_before_the_money_are_no_unit_and_everyday_spending_words(ask_pages):
    page = ("某区退役军人事务局2026年部门预算\n五、一般公共预算支出情况\n"
            "10．社会保障和就业支出（类）退役安置（款）军队转业干部安置（项）2026年预算数为310.00万元，比上年预算减少35.00万元，"
            "下降10.14%，主要原因是2026年计划接收安置的军队转业干部人数减少。\n"
            "2026年本年支出合计4,210.27万元。“三公”经费中公务接待费3.20万元，共接待38批次、412人次。\n")
    ask = ask_pages({"tyjr-2026-budget.txt": page})
    scope = {"doc": "tyjr-2026-budget.txt"}
    answer = ask("区退役军人局安置军转干部的钱为什么比去年少了？", scope=scope)
    assert "转业干部人数减少" in answer.answer, answer.answer
    assert ask("当年一共花出去多少钱？", scope=scope).value == D("4210.27")
    assert ask("公家招待客人一共招待了多少人次？", scope=scope).value == 412


KINDERGARTEN = ("某区第三幼儿园2025年单位预算\n三、收入预算情况\n2025年收入预算641.82万元，其中：一般公共预算拨款收入512.22万元，"
                "事业收入129.60万元。事业收入全部为保育教育费收入，按照现行收费标准每生每月360元、每学年按10个月计算，在园幼儿360名，"
                "比上年增加7.20万元。\n四、财政拨款收支预算总体情况\n2025年财政拨款收支预算总计512.22万元，全部为一般公共预算拨款。\n")


def test_income_and_spending_of_one_total_are_never_added_and_a_fee_never_rises_past_itself(ask_pages, page_doc):
    ask = ask_pages({"yey-2025-budget.txt": KINDERGARTEN})
    scope = {"doc": "yey-2025-budget.txt"}
    for question in ("2025年从财政拿到多少钱？", "财政给了多少钱？"):
        answer = ask(question, scope=scope)
        assert answer.value == D("512.22"), (question, answer.answer)
    doc = page_doc("yey-2025-budget.txt", KINDERGARTEN, 2025, "预算")
    fee = next(f for f in doc.figures if f.value == 360 and f.unit == "元")
    assert fee.change is None       # the 7.20万元 rise is the income's, not the 360元 monthly fee's


def test_a_project_row_is_named_without_its_budget_unit_and_a_header_unit_is_read(ask_pages):
    # 表十 项目支出预算表: "项目名称 | 预算单位 | 功能科目编码 | 2025年预算数 | 主要用途" — the project is asked
    # by its own name (520.00, never the class line 1,580.00 whose use lists it); a 绩效 table printing
    # "预算金额（万元）" in its head has that unit
    page = ("某区数据资源局2025年部门预算\n五、一般公共预算支出情况\n其他政府办公厅（室）及相关机构事务支出（项）1,580.00万元，"
            "主要用于政务云及网络运维服务、城市大脑二期建设、12345热线服务等。\n表十 项目支出预算表\n单位：万元\n"
            "<table><tr><th>项目名称</th><th>预算单位</th><th>功能科目编码</th><th>2025年预算数</th><th>主要用途</th></tr>"
            "<tr><td>政务云及网络运维服务</td><td>某区数据资源局（本级）</td><td>2010399</td><td>520.00</td><td>保障政务云稳定运行</td></tr>"
            "<tr><td>城市大脑二期建设</td><td>某区数据资源局（本级）</td><td>2010399</td><td>680.00</td><td>建设城市运行管理中枢</td></tr>"
            "<tr><td>合计</td><td></td><td></td><td>1,200.00</td><td></td></tr></table>\n"
            "重点项目绩效目标表\n<table><tr><th>项目名称</th><th>预算金额（万元）</th><th>主要绩效指标</th></tr>"
            "<tr><td>城区道路清扫保洁及垃圾清运</td><td>12,860.00</td><td>道路机械化清扫率≥95%</td></tr>"
            "<tr><td>生活垃圾分类处置</td><td>4,236.50</td><td>无害化处理率100%</td></tr></table>\n")
    ask = ask_pages({"sjj-2025-budget.html": html(page)})
    scope = {"doc": "sjj-2025-budget.html"}
    assert ask("政务云及网络运维服务多少钱？", scope=scope).value == D("520.00")
    assert ask("城区道路清扫保洁及垃圾清运预算多少？", scope=scope).value == D("12860.00")


BODIES = ("某区数据资源局2025年部门预算\n三、支出预算情况说明\n2025年部门支出预算2225.69万元，其中：基本支出550.69万元，"
          "项目支出1675.00万元。\n按单位分：某区数据资源局（本级）支出预算1476.19万元，其中基本支出241.19万元、项目支出1235.00万元；"
          "某区政务服务中心支出预算749.50万元，其中基本支出309.50万元、项目支出440.00万元。\n")


def test_parts_listed_after_each_body_are_that_bodys(ask_pages, page_doc):
    doc = page_doc("sjj-2025-budget.txt", BODIES, 2025, "预算", unit="某区数据资源局")
    centre = next(f for f in doc.figures if f.value == D("309.50"))
    assert "政务服务中心" in centre.label
    assert next(f for f in doc.figures if f.value == D("749.50")).metric is None    # one body's, not the total
    from corpus import text_checks
    assert not [f for f in text_checks.run(doc) if f.check == "其中各项之和"]
    ask = ask_pages({"sjj-2025-budget.txt": BODIES})
    scope = {"doc": "sjj-2025-budget.txt"}
    assert ask("基本支出多少？", scope=scope).value == D("550.69")
    assert ask("政务服务中心的基本支出是多少？", scope=scope).value == D("309.50")


def test_other_income_besides_one_is_the_remainder_of_the_years_income(ask_pages):
    page = ("某县人民检察院2024年部门决算\n二、收入决算情况说明\n2024年度收入总计4,386.52万元，其中本年收入合计4,264.16万元，"
            "年初结转和结余122.36万元。本年收入中：财政拨款收入4,211.36万元，其他收入52.80万元。\n")
    ask = ask_pages({"jcy-2024-final.txt": page})
    scope = {"doc": "jcy-2024-final.txt"}
    for question in ("除了财政给的钱，2024年还有多少别的收入？", "除了财政拨款，还有别的收入吗？有多少？"):
        answer = ask(question, scope=scope)
        assert answer.value == D("52.80"), (question, answer.answer)


def test_a_head_and_its_part_are_never_added_up(ask_pages):
    page = ("某区某幼儿园2025年单位预算\n一、基本情况\n本园共有教学班12个，其中小班4个、中班4个、大班4个；核定事业编制44名，"
            "在职教职工68人，其中在编教职工41人、编外聘用人员27人；退休人员23人。\n")
    ask = ask_pages({"yey-2025-budget.txt": page})
    answer = ask("这个幼儿园一共有多少老师和工作人员？", scope={"doc": "yey-2025-budget.txt"})
    assert answer.value == 68, answer.answer


def test_a_budget_on_the_finals_own_line_and_a_share_of_the_parts_own_fund(ask_pages):
    page = ("某县水务局2024年部门决算\n五、一般公共预算财政拨款支出决算情况说明\n"
            "14．农林水支出（类）水利（款）防汛（项）：年初预算为620.00万元，支出决算为1,126.38万元，完成年初预算的181.67%。\n"
            "三、支出决算情况说明\n2024年度本年支出合计3,408.62万元，其中：基本支出3,408.62万元。\n"
            "六、一般公共预算财政拨款基本支出决算情况说明\n2024年度一般公共预算财政拨款基本支出3,369.39万元，其中：\n"
            "人员经费2,986.15万元，主要包括：基本工资、津贴补贴。\n公用经费383.24万元，主要包括：办公费、印刷费。\n")
    ask = ask_pages({"slj-2024-final.txt": page})
    scope = {"doc": "slj-2024-final.txt"}
    assert ask("防汛实际支出比年初预算多了多少？", scope=scope).value == D("506.38")
    assert ask("基本支出里，人员经费占了百分之多少？", scope=scope).value == D("88.63")


def test_scopes_that_do_not_select_one_unit_say_why(tmp_path):
    # a unit written so that it fits two held units; a document of another unit than the one selected;
    # a copy named by its file name alone
    from assistant.core import Assistant
    from corpus.settings import Settings
    from index.pipeline import build

    folder = tmp_path / "corpus"
    (folder / "src").mkdir(parents=True)
    school = KINDERGARTEN.replace("某区第三幼儿园", "杭州市某区第三幼儿园")
    (folder / "yey.txt").write_text(school, encoding="utf-8")
    (folder / "jd.txt").write_text(STREET.replace("某街道办事处", "杭州市某区某街道办事处"), encoding="utf-8")
    (folder / "src" / "jd.html").write_text(html(STREET.replace("某街道办事处", "杭州市某区某街道办事处")), encoding="utf-8")
    settings = Settings(index_dir=tmp_path / "index").with_(embedder="none")
    build(folder, settings, log=lambda m: None)
    assistant = Assistant(settings)
    several = assistant.scope_problem({"unit": "杭州市"})
    assert several and "好几个单位" in several and "杭州市某区第三幼儿园" in several
    other = assistant.scope_problem({"unit": "杭州市某区某街道办事处", "doc": "yey.txt"})
    assert other and "杭州市某区第三幼儿园" in other
    assert assistant.scope_problem({"doc": "jd.html"}) is None     # the copy by its file name: the one kept


def test_a_batch_line_whose_scope_cannot_be_used_gets_its_own_reply(tmp_path):
    from assistant.batch import read_inquiries
    path = tmp_path / "q.jsonl"
    path.write_text('{"id": "a", "question": "三公经费是多少？", "scope": {"unit": "检察院", "year": "二〇二三"}}\n'
                    '{"id": "b", "question": "三公经费是多少？", "scope": {"unti": "检察院"}}\n'
                    '{"id": "c", "question": "三公经费是多少？", "scope": {"unit": "检察院", "year": "2024年"}}\n',
                    encoding="utf-8")
    a, b, c = read_inquiries(path)
    assert a["question"] == "三公经费是多少？" and "二〇二三" in a["error"]     # the question kept with its error
    assert b["question"] == "三公经费是多少？" and "unti" in b["error"]
    assert c["error"] is None and c["scope"] == {"unit": "检察院", "year": 2024}
