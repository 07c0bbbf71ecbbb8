"""Shapes met first in the first wave of session 43 (S33, W25, PQ44–PQ45, T01): a flattened
approval table whose rows leave cells blank (the totals above them say which), a monthly
notice's spending asked as its budget, a table cell named by its row and column, two rows of
a table compared in the document's own words and asked in 元, a class named without 支出, and
the car said before its upkeep (公车养车). Every page is written in the shape of such a page;
every expected value is read from its words by hand."""
from __future__ import annotations

from decimal import Decimal as D

# an approval page of 2014 as the district's site prints it: the national form flattened into one
# line, blank cells dropped (the 208 and 221 rows have no 年初结转, no 项目支出, no 年末结转)
APPROVAL = ("平潭县某某院2014年部门决算批复\n"
            "时间：2015-11-11 2014年公共预算财政拨款收入支出决算批复表 附件1-2 部门（单位）：平潭县某某院 单位：万元 "
            "项 目 年初结转和结余 本年收入 本年支出 年末结转和结余 支出功能分类科目编码 科目名称 合计 基本支出 项目支出 "
            "合计 基本支出 项目支出 合计 基本支出结转 项目支出结转和结余 小计 人员经费 日常公用经费 类款项 "
            "合计 161.90 45.03 116.87 1,511.71 1,413.56 1,351.67 1,049.12 302.55 61.89 260.04 32.16 227.89 "
            "204 公共安全支出 161.90 45.03 116.87 1,388.01 1,289.86 1,227.97 925.42 302.55 61.89 260.05 32.16 227.89 "
            "208 社会保障和就业支出 3.78 3.78 3.78 3.78 "
            "221 住房保障支出 119.92 119.92 119.92 119.92 "
            "22102 住房改革支出 119.92 119.92 119.92 119.92 "
            "2210201 住房公积金 95.79 95.79 95.79 95.79 "
            "2210202 提租补贴 24.13 24.13 24.13 24.13 来源：中国平潭 附件下载\n")

MONTHLY = ("2018年某乡1月份“三公经费”支出公开表\n经统计，某乡 2018年1月份“三公经费”支出情况如下： 项目 本期支出数（元） "
           "累计支出数（元） 合计 1200 1200 1、因公出国（境）费用 0 0 2、公务接待费 1200 1200 3、公务用车费 0 0 "
           "其中：（1）公务用车运行维护费 0 0 （2）公务用车购置费 0 0 特此公示\n")

STREET = ("某街道2023年部门预算\n"
          "23. “卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”144.55万元，主要用于行政单位医疗。\n"
          "24. “卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）”145.02万元，主要用于事业单位医疗。\n"
          "25. “社会保障和就业支出（类）”420.00万元，“一般公共服务支出（类）”800.50万元。\n"
          "2023年“三公”经费预算数为22.91万元，其中：公务接待费1.35万元，公务车用车运行费21.56万元。\n"
          "支出预算总表\n单位：元\n"
          "<table><tr><th>功能分类科目编码</th><th>功能分类科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>"
          "<tr><td>210 11</td><td>行政事业单位医疗</td><td>2,895,732</td><td>2,895,732</td><td>0</td></tr>"
          "<tr><td>210 11 01</td><td>行政单位医疗</td><td>1,445,495</td><td>1,445,495</td><td>0</td></tr>"
          "<tr><td>210 11 02</td><td>事业单位医疗</td><td>1,450,237</td><td>1,450,237</td><td>0</td></tr></table>\n")


def test_a_flattened_rows_blank_cells_are_placed_by_the_totals_above_it(ask_pages):
    ask = ask_pages({"approval.txt": APPROVAL})
    scope = {"doc": "approval.txt"}
    # 合计's 年初结转 161.90 is all 204's, its 项目支出 61.89 too: the four numbers of 2210201 are its
    # 本年收入, 本年支出, 基本支出 and 人员经费
    a = ask("住房公积金本年支出是多少？", scope=scope)
    assert (a.value, a.unit) == (D("95.79"), "万元")
    a = ask("社会保障和就业支出的人员经费是多少？", scope=scope)
    assert (a.value, a.unit) == (D("3.78"), "万元")


def test_a_monthly_notices_spending_is_no_budget(ask_pages):
    ask = ask_pages({"monthly.txt": MONTHLY})
    scope = {"doc": "monthly.txt"}
    assert ask("2018年1月份某乡“三公经费”的预算数是多少？", scope=scope).value is None
    a = ask("2018年1月某乡的三公表里，公务接待费那一行、累计支出数那一栏填的是多少元？", scope=scope)
    assert (a.value, a.unit) == (D("1200"), "元")


def test_two_rows_compared_in_the_documents_words(ask_pages):
    ask = ask_pages({"street.html": STREET})
    scope = {"doc": "street.html"}
    # the table's 元 when 元 is asked (1,450,237 − 1,445,495), the text's 万元 otherwise
    a = ask("事业单位医疗比行政单位医疗多安排了多少钱，按元算？", scope=scope)
    assert (a.value, a.unit) == (D("4742"), "元")
    a = ask("事业单位医疗比行政单位医疗多多少万元？", scope=scope)
    assert (a.value, a.unit) == (D("0.47"), "万元")


def test_a_class_named_without_its_word_of_spending(ask_pages):
    ask = ask_pages({"street.html": STREET})
    a = ask("一般公共服务比社会保障和就业多安排了多少？", scope={"doc": "street.html"})
    assert (a.value, a.unit) == (D("380.50"), "万元")


def test_the_car_said_before_its_upkeep(ask_pages):
    ask = ask_pages({"street.html": STREET})
    a = ask("公车养车的钱占三公经费的百分之多少？", scope={"doc": "street.html"})
    assert (a.value, a.unit) == (D("94.11"), "%")


TOWNSHIP = ("某苏木2025年部门预算\n"
            "（一）机关运行经费：2025年苏木本级（行政单位）机关运行经费预算92.36万元，比2024年预算减少4.44万元。\n"
            "（二）项目支出：农村人居环境整治经费120.00万元；村级组织运转经费168.00万元；村级公益事业“一事一议”奖补资金50.00万元。"
            "村级组织运转经费主要用于21个行政村村干部报酬和村级组织办公经费补助。\n"
            "（三）“三公”经费预算5.60万元，其中公务用车运行维护费5.60万元。\n")

HOSPITAL = ("某县人民医院2023年单位决算\n"
            "三、支出决算情况说明\n2023年度本年支出合计35,380.25万元，其中：基本支出33,432.35万元，占94.49%；"
            "项目支出1,947.90万元，占5.51%。\n")


def test_a_units_name_before_its_own_level(ask_pages):
    ask = ask_pages({"sumu.html": TOWNSHIP})
    a = ask("2025年某苏木本级机关运行经费预算是多少？", scope={"doc": "sumu.html"})
    assert (a.value, a.unit) == (D("92.36"), "万元")


def test_examples_in_brackets_name_no_item(ask_pages):
    ask = ask_pages({"sumu.html": TOWNSHIP})
    a = ask("给村里的运转经费（村干部报酬等）安排了多少？", scope={"doc": "sumu.html"})
    assert (a.value, a.unit) == (D("168.00"), "万元")


def test_the_cars_upkeep_listed_by_its_chores(ask_pages):
    ask = ask_pages({"sumu.html": TOWNSHIP})
    a = ask("给公车加油、修车的钱预算了多少？", scope={"doc": "sumu.html"})
    assert (a.value, a.unit) == (D("5.60"), "万元")


def test_a_total_naming_where_the_part_is_asks_no_total(ask_pages):
    ask = ask_pages({"hospital.html": HOSPITAL})
    a = ask("2023年度本年支出合计中项目支出是多少？", scope={"doc": "hospital.html"})
    assert (a.value, a.unit) == (D("1947.90"), "万元")


BUREAU = ("某县市场监督管理局2026年部门预算\n"
          "8．一般公共服务支出（类）市场监督管理事务（款）事业运行（项）（科目编码2013850）：安排\n"
          "444.97万元，比上年增加16.37万元，增长3.82%，主要原因是执法大队人员增加2人及调资。\n")

EXECUTION = ("某区2019年1-12月预算执行情况分析\n"
             "1-12月，全区一般公共预算总收入完成70.83亿元，同比增长5.2%。\n")

STREET_FINAL = ("某街道办事处2025年部门决算\n"
                "七、“三公”经费财政拨款支出预算为13.50万元，支出决算为10.98万元，完成预算的81.33%。\n"
                "一、2025年本年收入1998.59万元，本年支出2,059.99万元。\n")

KINDERGARTEN = ("某县幼儿园2026年单位预算\n"
                "2026年本单位收入预算498.39万元，其中：一般公共预算拨款收入430.39万元，占86.36%；事业收入"
                "68.00万元，占13.64%，为按规定收取的保育教育费收入。\n"
                "支出预算总表\n单位：元\n"
                "<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>"
                "<tr><td>2050201</td><td>学前教育</td><td>4,226,400.00</td><td>3,126,400.00</td><td>1,100,000.00</td></tr></table>\n")


def test_a_class_path_before_a_colon_and_a_verb(ask_pages):
    ask = ask_pages({"bureau.html": BUREAU})
    # the amount's item is the path before "：安排": last year's is 444.97 − 16.37
    a = ask("事业运行这一项去年安排了多少钱？", scope={"doc": "bureau.html"})
    assert (a.value, a.unit) == (D("428.60"), "万元")


def test_one_month_alone_of_a_report_of_the_year_so_far(ask_pages):
    ask = ask_pages({"execution.txt": EXECUTION})
    scope = {"doc": "execution.txt"}
    assert ask("2019年12月当月全区一般公共预算总收入是多少亿元？", scope=scope).value is None
    a = ask("2019年1-12月全区一般公共预算总收入是多少亿元？", scope=scope)
    assert (a.value, a.unit) == (D("70.83"), "亿元")


def test_money_spent_in_everyday_words_against_the_budget_and_the_income(ask_pages):
    ask = ask_pages({"final.html": STREET_FINAL})
    scope = {"doc": "final.html"}
    a = ask("三公经费花掉的钱占预算的百分之几？", scope=scope)
    assert (a.value, a.unit) == (D("81.33"), "%")
    a = ask("2025年花的钱比收进来的多了多少？", scope=scope)
    assert (a.value, a.unit) == (D("61.40"), "万元")


def test_a_fee_by_its_short_name_and_a_table_before_a_class_of_schooling(ask_pages):
    ask = ask_pages({"kindergarten.html": KINDERGARTEN})
    scope = {"doc": "kindergarten.html"}
    a = ask("某县幼儿园2026年预计收多少保教费？", scope=scope)
    assert (a.value, a.unit) == (D("68.00"), "万元")
    a = ask("某县幼儿园2026年支出预算总表中学前教育（2050201）的项目支出是多少？", scope=scope)
    assert (a.value, a.unit) == (D("1100000.00"), "元")


RECEPTION = ("某街道办事处2025年部门决算\n"
             "七、“三公”经费\n（三）公务接待费支出决算1.74万元，完成预算的69.60%，与2024年度相比增加0.22万元，"
             "主要原因是承接检查增加。\n"
             "“三公”经费支出决算表\n单位：万元\n"
             "<table><tr><th>项目</th><th>预算数</th><th>决算数</th></tr>"
             "<tr><td>公务接待费</td><td>2.50</td><td>1.74</td></tr></table>\n")


def test_growth_from_the_sentence_that_restates_a_tables_amount_with_its_change(ask_pages):
    ask = ask_pages({"reception.html": RECEPTION})
    # 0.22 ÷ (1.74 − 0.22) × 100
    a = ask("2025年公务接待费决算比2024年度增长了百分之几？", scope={"doc": "reception.html"})
    assert (a.value, a.unit) == (D("14.47"), "%")


CULTURE = ("某县文化和旅游局2025年部门决算\n"
           "五、一般公共预算财政拨款支出决算情况说明\n"
           "2025年一般公共预算财政拨款支出年初预算数为1,360.94万元，调整预算数为1,740.78万元，较年初预算净"
           "增加379.84万元，其中：年中追加404.84万元；追减25.00万元，主要是压减旅游宣传推介经费。决算数为1,718.02万元，预算"
           "执行率为98.69%（决算数/调整预算数），决算数比年初预算增加357.08万元，增长26.24%。\n"
           "七、“三公”经费\n"
           "3．公务接待费。预算数为3.50万元，决算数为2.36万元，完成预算的67.43%，决算数小于预算数的主要原"
           "因是严格执行公务接待审批制度。全年共接待国内来访团组18批次、126人次，主要用于上级部门检查指导。"
           "与2024年度相比减少0.62万元。\n")

HOSPITAL_FINAL = ("某县中医院2025年单位决算\n"
                  "六、“三公”经费支出预算为6.50万元，支出决算为5.11万元。\n")


def test_a_rate_of_execution_and_the_budget_its_formula_names(ask_pages):
    ask = ask_pages({"culture.html": CULTURE})
    scope = {"doc": "culture.html"}
    a = ask("一般公共预算财政拨款支出的预算执行率是多少？", scope=scope)
    assert (a.value, a.unit) == (D("98.69"), "%")
    # the stated rate is of the adjusted budget: of the budget at the year's start it is 1,718.02 ÷ 1,360.94
    a = ask("一般公共预算财政拨款支出完成年初预算的百分之几？", scope=scope)
    assert (a.value, a.unit) == (D("126.24"), "%")


def test_a_change_said_two_sentences_after_its_items_numbered_head(ask_pages):
    ask = ask_pages({"culture.html": CULTURE})
    a = ask("2025年公务接待费决算是多少？", scope={"doc": "culture.html"})
    assert (a.value, a.unit) == (D("2.36"), "万元")
    a = ask("2025年招待费比2024年少花了多少万元？", scope={"doc": "culture.html"})
    assert (a.value, a.unit) == (D("0.62"), "万元")


def test_money_saved_against_the_budget(ask_pages):
    ask = ask_pages({"hospital.html": HOSPITAL_FINAL})
    a = ask("2025年三公经费实际花的比预算省了多少钱？", scope={"doc": "hospital.html"})
    assert (a.value, a.unit) == (D("1.39"), "万元")


OFFICE = ("上海市某区人民政府办公室2025年单位预算\n"
          "四、绩效目标设置情况\n2025年度，本单位编报绩效目标的项目共11个，涉及项目预算资金6626万元。\n"
          "五、国有资产占有使用情况\n截至2024年8月31日，本单位共有车辆0辆；单价100万元（含）以上设备（不含车辆）1台（套）。\n"
          "七、项目支出情况\n金额较大的项目是：征地和拆迁补偿780.00万元，主要用于被征收土地的补偿。\n"
          "部门支出总表\n单位：万元\n"
          "<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th></tr>"
          "<tr><td>2120801</td><td>征地和拆迁补偿支出</td><td>780.00</td></tr></table>\n")


def test_a_year_in_chinese_digits_before_the_units_short_name(ask_pages):
    ask = ask_pages({"office.html": OFFICE})
    a = ask("二〇二五年某区政府办有几个项目编报了绩效目标？", scope={"doc": "office.html"})
    assert (a.value, a.unit) == (D("11"), "个")


def test_a_count_whose_name_leaves_out_what_the_question_leaves_out(ask_pages):
    ask = ask_pages({"office.html": OFFICE})
    a = ask("单价100万元（含）以上设备（不含车辆）共有多少台（套）？", scope={"doc": "office.html"})
    assert (a.value, a.unit) == (D("1"), "台")


def test_the_same_amount_in_the_text_and_the_table_is_one_answer(ask_pages):
    ask = ask_pages({"office.html": OFFICE})
    a = ask("2025年征地拆迁补偿安排了多少钱？", scope={"doc": "office.html"})
    assert (a.value, a.unit) == (D("780.00"), "万元")


def test_a_header_line_above_the_grid_is_no_title_and_the_title_before_the_page_break_is():
    from corpus import tables
    from corpus.models import Document, RawTable
    from test_province_pdf_layout import pdf_like
    page1 = "表4 财政拨款收支总表\n一、一般公共预算拨款 2,458.92\n表5 一般公共预算支出表\n部门：某镇人民政府 单位：万元"
    page2 = ("科目编码 基本支出\n科目名称 合计 项目支出\n类 款 项 小计 人员经费 公用经费\n"
             "213 01 04 事业运行 215.38 215.38 196.38 19.00 0.00")
    raw = pdf_like(page1, page2)
    start = raw.text.index("科目编码 基本支出") + len("科目编码 基本支出\n科目名称 合计 项目支出\n类 款 项 小计 人员经费 公用经费\n")
    raw.tables.append(RawTable(rows=[["类", "款", "项", "事业运行", "215.38", "215.38", "196.38", "19.00", "0.00"]],
                               page=2, start=start))
    doc = Document(name="x.pdf", path="x.pdf", sha256="", title="", unit=None, year=2026, kind="预算", scope=None,
                   text=raw.text, page_starts=raw.page_starts, pages=2)
    (t,) = tables.parse_tables(raw, doc)
    assert (t.title, t.unit) == ("表5一般公共预算支出表", "万元")


MIZHI = ("某镇人民政府2026年部门预算\n表5 一般公共预算支出表\n单位：万元\n"
         "<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>人员经费</th><th>公用经费</th><th>项目支出</th></tr>"
         "<tr><td>213</td><td>农林水支出</td><td>250.38</td><td>196.38</td><td>19.00</td><td>35.00</td></tr>"
         "<tr><td>21301</td><td>农业农村</td><td>215.38</td><td>196.38</td><td>19.00</td><td>0.00</td></tr>"
         "<tr><td>2130104</td><td>事业运行</td><td>215.38</td><td>196.38</td><td>19.00</td><td>0.00</td></tr>"
         "<tr><td>21105</td><td>自然生态保护</td><td>35.00</td><td>0.00</td><td>0.00</td><td>35.00</td></tr></table>\n")


def test_a_class_path_joined_by_dashes_with_its_code(ask_pages):
    ask = ask_pages({"mizhi.html": MIZHI})
    a = ask("一般公共预算支出表中，农林水支出—农业农村—事业运行（2130104）的人员经费是多少？", scope={"doc": "mizhi.html"})
    assert (a.value, a.unit) == (D("196.38"), "万元")


CLINIC = ("某社区卫生服务中心2023年单位决算\n"
          "七、“三公”经费财政拨款支出预算为7.70万元，支出决算为6.28万元。公务用车运行维护费支出决算为5.12万元。\n"
          "五、一般公共预算财政拨款支出决算情况说明\n"
          "3．重大公共卫生服务（项）年初预算为38.00万元，支出决算为42.68万元，完成年初预算的112.32%，主要原因是追加重大传染病防控经费。\n"
          "一般公共预算财政拨款支出决算表\n单位：元\n"
          "<table><tr><th>科目编码</th><th>科目名称</th><th>年初预算数</th><th>调整预算数</th><th>合计</th></tr>"
          "<tr><td>2100409</td><td>重大公共卫生服务</td><td>380,000.00</td><td>450,000.00</td><td>426,800.00</td></tr></table>\n"
          "四、财政拨款收入支出决算总体情况说明\n2023年度财政拨款支出2,610.47万元，与2022年相比，财政拨款支出增加211.83万元，增长8.83%。\n")


def test_the_budget_gap_of_a_line_named_once_with_its_level(ask_pages):
    ask = ask_pages({"clinic.html": CLINIC})
    scope = {"doc": "clinic.html"}
    a = ask("重大公共卫生服务2023年决算数比年初预算多了多少？", scope=scope)
    assert (a.value, a.unit) == (D("4.68"), "万元")
    a = ask("2023年三公经费比预算省下了多少钱？", scope=scope)
    assert (a.value, a.unit) == (D("1.42"), "万元")


def test_a_fund_and_a_verb_name_the_funds_spending(ask_pages):
    ask = ask_pages({"clinic.html": CLINIC})
    a = ask("前一年（2022年）财政拨款花了多少钱？", scope={"doc": "clinic.html"})
    assert (a.value, a.unit) == (D("2398.64"), "万元")


def test_the_cars_chores_listed_before_these(ask_pages):
    ask = ask_pages({"clinic.html": CLINIC})
    a = ask("2023年公务车的油费、修车这些实际花了多少钱？", scope={"doc": "clinic.html"})
    assert (a.value, a.unit) == (D("5.12"), "万元")


STREET_BUDGET = ("某街道办事处2024年部门预算\n表3 支出预算总表\n单位：元\n"
                 "<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>"
                 "<tr><td>21201</td><td>城乡社区管理事务</td><td>70,815,610</td><td>70,565,610</td><td>250,000</td></tr>"
                 "<tr><td>2120101</td><td>行政运行</td><td>16,603,248</td><td>16,353,248</td><td>250,000</td></tr>"
                 "<tr><td>2120199</td><td>其他城乡社区管理事务支出</td><td>54,212,362</td><td>54,212,362</td><td>0</td></tr>"
                 "<tr><td>30209</td><td>物业管理费</td><td>1,206,000</td><td>1,206,000</td><td>0</td></tr></table>\n")

PLANNING = ("某区规划和自然资源局2024年部门决算\n"
            "1．城乡社区支出（类）城乡社区规划与管理（款）城乡社区规划与管理（项）。年初预算为3,110.14万元，支出决算为2,739.56万元，"
            "完成年初预算的88.08%。\n"
            "2．一般公共预算财政拨款支出年初预算为9,000.00万元，支出决算为8,536.16万元。\n")

EXECUTION_RATES = ("某区2019年1-12月预算执行情况分析\n"
                   "从地方收入结构看，税收收入完成27.7亿元，占地方一般公共预算收入的60.86%，完成预算的96%，增收3.41亿元；"
                   "非税收入完成17.81亿元，占地方一般公共预算收入的39.14%，完成预算的125.5%，增收3.66亿元。\n")


def test_a_line_marked_as_a_level_after_its_parents_words(ask_pages):
    ask = ask_pages({"street.html": STREET_BUDGET})
    a = ask("表3里城乡社区管理事务行政运行(项)的项目支出是多少？", scope={"doc": "street.html"})
    assert (a.value, a.unit) == (D("250000"), "元")      # never 其他城乡社区管理事务支出's 0
    a = ask("物业管理费是多少万元？保留两位小数", scope={"doc": "street.html"})
    assert (a.value, a.unit) == (D("120.60"), "万元")


def test_a_premise_naming_the_item_the_question_after_it_leaves_out(ask_pages):
    ask = ask_pages({"planning.html": PLANNING})
    a = ask("我看到城乡社区规划与管理（项）年初预算是3110.14万元，那决算比预算少了多少？", scope={"doc": "planning.html"})
    assert (a.value, a.unit) == (D("370.58"), "万元")


def test_rates_of_several_items_in_one_sentence(ask_pages):
    ask = ask_pages({"execution.txt": EXECUTION_RATES})
    scope = {"doc": "execution.txt"}
    a = ask("2019年某区全区非税收入完成预算的百分之几？", scope=scope)
    assert (a.value, a.unit) == (D("125.5"), "%")
    a = ask("2019年税收收入完成预算的百分之几？", scope=scope)
    assert (a.value, a.unit) == (D("96"), "%")


VILLAGES = ("某乡2024年单位预算\n表2 一般公共预算支出预算表\n单位：元\n"
            "<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>"
            "<tr><td>21307</td><td>农村综合改革</td><td>1,980,000.00</td><td>0.00</td><td>1,980,000.00</td></tr>"
            "<tr><td>2130705</td><td>对村民委员会和村党支部的补助</td><td>1,680,000.00</td><td>0.00</td><td>1,680,000.00</td></tr>"
            "<tr><td>2130799</td><td>其他农村综合改革支出</td><td>300,000.00</td><td>0.00</td><td>300,000.00</td></tr></table>\n")


def test_a_marked_line_whose_name_holds_de(ask_pages):
    ask = ask_pages({"villages.html": VILLAGES})
    a = ask("一般公共预算支出预算表中对村民委员会和村党支部的补助（项）是多少元？", scope={"doc": "villages.html"})
    assert (a.value, a.unit) == (D("1680000.00"), "元")
