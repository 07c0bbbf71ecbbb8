"""Session 55: rules found on unseen documents, each in general form.

Expected values are read from the pages' own text, written here as they print."""
from __future__ import annotations

from decimal import Decimal as D

from web_pages import html

FUND = ("某街道办事处2023年部门预算\n一、收支预算总体情况\n2023年部门收入预算6660.60万元，收支总预算比2022年预算减少559.63万元。"
        "收支总预算减少的主要原因是政府性基金安排的征地拆迁项目减少。\n"
        "八、政府性基金预算支出情况\n2023年政府性基金预算拨款支出1500.00万元，比2022年预算减少600.00万元，下降28.57%。"
        "其中：征地和拆迁补偿支出1200.00万元，主要用于老街片区有机更新项目征迁补偿；农村基础设施建设支出300.00万元，"
        "主要用于村道提升改造。减少的主要原因是部分征迁项目已于上年完成补偿。\n")


def test_a_reason_naming_a_decrease_is_the_decreases_not_the_last_amount_listed(page_doc, ask_pages):
    # "减少的主要原因是…" after a list of parts that moved no way: the reason of the amount that decreased
    doc = page_doc("jd-2023-budget.txt", FUND, 2023, "预算")
    fund = next(f for f in doc.figures if f.value == D("1500.00") and f.source == "text")
    assert fund.reason == "部分征迁项目已于上年完成补偿"
    assert not any(f.reason for f in doc.figures if f.value == D("300.00"))
    ask = ask_pages({"jd-2023-budget.txt": FUND})
    answer = ask("政府性基金预算为什么比上年少了？", scope={"doc": "jd-2023-budget.txt"})
    assert "部分征迁项目已于上年完成补偿" in answer.answer, answer.answer


KINDERGARTEN = ("某镇中心幼儿园2025年单位预算\n二、收入预算情况\n2025年收入预算3455459.36元，其中：一般公共预算拨款收入"
                "2843459.36元，占82.29%；财政专户管理资金收入612000.00元（为幼儿保教费收入），较上年减少54000.00元，"
                "下降8.11%，系在园幼儿人数减少所致；政府性基金预算拨款收入0元。\n")


def test_what_an_income_is_said_in_brackets_after_it_names_it(ask_pages):
    # "财政专户管理资金收入612000.00元（为幼儿保教费收入）": 保教费 (its everyday short name too) is that income
    ask = ask_pages({"yey-2025-budget.txt": KINDERGARTEN})
    scope = {"doc": "yey-2025-budget.txt"}
    for text in ("幼儿园今年预计收多少保教费？", "保育教育费收入是多少？"):
        assert ask(text, scope=scope).value == D("612000.00"), text
    assert ask("2024年的保教费收入预算是多少？", scope=scope).value == D("666000.00")     # 612000 + 54000


EVALUATED = ("某镇人民政府2022年部门决算\n五、一般公共预算财政拨款支出决算情况说明\n2022年度一般公共预算财政拨款支出年初预算为"
             "5485.30万元，支出决算为6187.36万元，完成年初预算的112.80%。\n"
             "十、预算绩效情况说明\n组织对高标准农田建设项目开展了部门评价，涉及一般公共预算支出1386.40万元，评价等级为“良”。\n")


def test_an_amount_an_evaluation_covers_is_not_the_units_spending(ask_pages):
    ask = ask_pages({"zf-2022-final.txt": EVALUATED})
    scope = {"doc": "zf-2022-final.txt"}
    assert ask("一般公共预算支出是多少？", scope=scope).value == D("6187.36")
    assert ask("一般公共预算的钱，实际花的比年初预算多出多少？", scope=scope).value == D("702.06")


SCHOOL_CARS = ("某市第一中学2024年单位预算\n七、“三公”经费预算情况说明\n2024年“三公”经费预算2.00万元，与上年持平。其中：因公出国（境）费"
               "0万元；公务用车购置及运行费0万元，主要原因是学校未配备公务用车；公务接待费2.00万元，主要用于兄弟学校交流考察。\n")


def test_the_reason_of_an_amount_of_nothing_says_the_amount(ask_pages):
    ask = ask_pages({"yz-2024-budget.txt": SCHOOL_CARS})
    answer = ask("学校为什么没有公车方面的开支？", scope={"doc": "yz-2024-budget.txt"})
    assert "为0万元，主要原因是学校未配备公务用车" in answer.answer, answer.answer


SANGONG = ("某区教育局2024年部门预算\n七、“三公”经费预算情况\n本部门“三公”经费预算比上年减少1.70万元，主要原因是压减公务接待。\n")


def test_less_said_before_the_verb_asks_the_size_of_the_decrease(ask_pages):
    ask = ask_pages({"jyj-2024-budget.txt": SANGONG})
    answer = ask("三公经费比去年少安排了多少？", scope={"doc": "jyj-2024-budget.txt"})
    assert answer.value == D("1.70"), answer.answer


OCEAN = ("威海市海洋发展局2024年部门决算\n五、一般公共预算财政拨款支出决算情况说明\n2024年度一般公共预算财政拨款支出5,684.89万元。"
         "农林水支出（类）农业农村（款）渔业发展（项）。年初预算为1,280.00万元，支出决算为1,392.75万元，完成年初预算的108.81%。\n")


def test_a_rows_name_sharing_words_with_the_units_name_stays_whole_in_a_share(ask_pages):
    # 渔业发展（项） of 海洋发展局: the row's own 发展 is never cut as if it named the unit
    ask = ask_pages({"hyfzj-2024-final.txt": OCEAN})
    answer = ask("渔业发展（项）支出决算占一般公共预算财政拨款支出的比重是多少？", scope={"doc": "hyfzj-2024-final.txt"})
    assert answer.value == D("24.50"), answer.answer        # 1392.75 ÷ 5684.89


APPROVAL = ("某县人民法院2015年部门决算批复\n2015年公共预算财政拨款收入支出决算批复表 附件1-2 部门（单位）：某县人民法院 单位：万元 "
            "项 目 年初结转和结余 本年收入 本年支出 年末结转和结余 支出功能分类科目编码 科目名称 合计 基本支出 项目支出 合计 "
            "基本支出 项目支出 合计 基本支出结转 项目支出结转和结余 小计 人员经费 日常公用经费 类款项 "
            "合计 100.00 40.00 60.00 1,200.00 1,000.00 900.00 700.00 200.00 100.00 300.00 50.00 250.00 "
            "204 公共安全支出 100.00 40.00 60.00 1,100.00 900.00 800.00 600.00 200.00 100.00 300.00 50.00 250.00 "
            "20404 法院 100.00 40.00 60.00 1,100.00 900.00 800.00 600.00 200.00 100.00 300.00 50.00 250.00 "
            "221 住房保障支出 100.00 100.00 100.00 100.00 22102 住房改革支出 100.00 100.00 100.00 100.00 "
            "2210201 住房公积金 100.00 100.00 100.00 100.00\n")


def test_a_share_of_the_total_row_of_a_flat_table_stating_no_document_total(ask_pages):
    # "公共安全支出占本年支出合计": the 合计 row's 本年支出 (1,000.00) of the part's own table
    ask = ask_pages({"fy-2015-approval.txt": APPROVAL})
    answer = ask("公共安全支出占本年支出合计的百分之多少？", scope={"doc": "fy-2015-approval.txt"})
    assert answer.value == D("90.00"), answer.answer


HOSPITAL = ("某市第二人民医院2025年单位预算\n一、收入预算情况\n2025年收入预算20,154.30万元，其中：财政拨款收入1,286.40万元，"
            "事业收入18,567.90万元，其他收入300.00万元。\n四、财政拨款收支预算情况\n2025年财政拨款收支预算1,286.40万元，"
            "全部为一般公共预算拨款。较2024年增加168.14万元，增长15.04%。\n"
            "附表4 2025年财政拨款收支预算总表（单位：元）\n收入 | 预算数 | 支出 | 预算数\n"
            "一般公共预算拨款 | 12,864,000.00 | 卫生健康支出 | 12,864,000.00\n收入合计 | 12,864,000.00 | 支出合计 | 12,864,000.00\n")


def test_a_funds_own_money_is_a_share_of_all_funds_never_of_its_own_total(ask_pages):
    # 财政拨款收入 of 全部收入: 1,286.40 ÷ 20,154.30, never ÷ the 财政拨款收支预算总表's own 收入合计 (100%)
    ask = ask_pages({"ey-2025-budget.txt": HOSPITAL})
    answer = ask("二院2025年财政给的钱占全部收入的百分之几？", scope={"doc": "ey-2025-budget.txt"})
    assert answer.value == D("6.38"), answer.answer


WATER = ("某区水利局2023年部门预算\n一、收支预算总体情况\n2023年收入预算3297.17万元，收入预算较上年增加500.87万元，增长17.90%。\n"
         "二、“三公”经费预算情况\n公务用车购置及运行维护费8.60万元，其中公务用车购置费0万元，与上年持平；公务用车运行维护费8.60万元，"
         "较上年减少0.80万元，主要原因是压减车辆燃料及维修费用。\n"
         "三、项目支出绩效目标\n淤地坝除险加固项目：资金金额680.00万元，完成病险淤地坝除险加固12座。\n"
         "四、政府采购预算情况\n2023年本部门政府采购预算48.00万元，其中：货物类12.00万元，主要为办公设备更新；工程类0万元；"
         "服务类36.00万元，主要为信息系统运维服务。\n")


def test_a_count_asked_by_its_measure_word_is_never_answered_with_money(ask_pages):
    ask = ask_pages({"slj-2023-budget.txt": WATER})
    scope = {"doc": "slj-2023-budget.txt"}
    answer = ask("淤地坝要加固几座？", scope=scope)
    assert (answer.value, answer.unit) == (D("12"), "座"), answer.answer
    answer = ask("淤地坝除险加固项目要加固多少座？", scope=scope)
    assert answer.unit != "万元" and answer.value in (None, D("12")), answer.answer


def test_everyday_rise_and_fall_words_ask_the_change(ask_pages):
    ask = ask_pages({"slj-2023-budget.txt": WATER})
    scope = {"doc": "slj-2023-budget.txt"}
    answer = ask("公务用车运行维护费比上年降了多少？", scope=scope)
    assert answer.value == D("0.80"), answer.answer          # the size of the fall, never last year's 9.40
    assert ask("水利局今年拿到的预算比去年多了多少钱？", scope=scope).value == D("500.87")


def test_a_part_asked_with_no_whole_is_a_share_of_the_whole_it_is_listed_under(ask_pages):
    # "服务类占多少": of 政府采购预算 48.00 (75.00%), never of a total elsewhere; "0万元" of 工程类 is never
    # read inside "48.00万元" as the list's head
    ask = ask_pages({"slj-2023-budget.txt": WATER})
    answer = ask("政府采购服务占多少？", scope={"doc": "slj-2023-budget.txt"})
    assert answer.value == D("75.00"), answer.answer


PRIMARY = ("某区实验小学2022年单位预算\n（一）收入预算情况\n2022年收入预算总计15363340.00元，其中：本年收入15126840.00元，"
           "全部为一般公共预算拨款收入，比上年增加818225.00元，增长5.72%，主要是由于教职工工资标准调整；上年结转236500.00元。\n")


def test_an_amount_said_to_be_all_of_one_kind_is_that_kinds_amount_with_its_change(page_doc, ask_pages):
    doc = page_doc("xx-2022-budget.txt", PRIMARY, 2022, "预算")
    restated = [f for f in doc.figures if f.metric == "一般公共预算拨款收入" and f.source == "text"]
    assert [(f.value, f.change) for f in restated] == [(D("15126840.00"), D("818225.00"))]
    ask = ask_pages({"xx-2022-budget.txt": PRIMARY})
    scope = {"doc": "xx-2022-budget.txt"}
    assert ask("一般公共预算拨款收入比上年增加了多少？", scope=scope).value == D("818225.00")
    assert ask("2021年的一般公共预算拨款收入是多少？", scope=scope).value == D("14308615.00")   # 15126840 − 818225


RECEPTION = ("某街道办事处2023年部门决算\n七、“三公”经费情况说明\n（三）公务接待费。年初预算为2.00万元，支出决算为2.10万元，比上年减少"
             "0.34万元。全部为国内公务接待，共接待18批次、216人次，主要用于接待上级部门检查指导。\n")


def test_a_count_of_what_a_money_item_does_is_asked_by_the_items_name(ask_pages):
    ask = ask_pages({"jd-2023-final.txt": RECEPTION})
    scope = {"doc": "jd-2023-final.txt"}
    assert (ask("公务接待了多少人次？", scope=scope).value, ask("公务接待一共接待了多少批次？", scope=scope).value) \
        == (D("216"), D("18"))
    assert ask("公务接待花了多少钱？", scope=scope).value == D("2.10")


APPROVED = ("某林场2014年部门决算批复\n一、2014年年初结转结余441.06万元，本年收入364.94万元，本年支出364.37万元。二、2014年基本支出"
            "320.04万元，项目支出44.33万元。三、2014年“三公”经费公共预算财政拨款支出7.03万元，其中：因公出国（境）费1.11万元；"
            "公务用车购置及运行维护费4.63万元；公务接待费1.29万元。\n")


def test_the_approval_named_as_where_and_the_three_items_in_everyday_words(ask_pages):
    ask = ask_pages({"lc-2014-approval.txt": APPROVED})
    scope = {"doc": "lc-2014-approval.txt"}
    assert ask("2014年度决算批复中的项目支出是多少？", scope=scope).value == D("44.33")
    assert ask("林场2014年吃喝、用车、出国这三项公款一共花了多少？", scope=scope).value == D("7.03")


AGAINST_BUDGET = ("某镇人民政府2024年部门决算\n七、“三公”经费财政拨款支出决算情况说明\n（一）“三公”经费财政拨款支出决算总体情况。"
                  "2024年度“三公”经费财政拨款支出预算为6.50万元，支出决算为5.28万元，完成预算的81.23%，决算数小于预算数的主要原因是"
                  "严格落实中央八项规定精神，压缩公务接待开支。与上年相比，“三公”经费支出减少0.59万元，下降10.05%，主要是由于公务接待"
                  "批次减少及车辆燃油费用下降。\n")


def test_the_reason_against_the_budget_is_not_the_reason_against_last_year(ask_pages):
    ask = ask_pages({"z-2024-final.txt": AGAINST_BUDGET})
    scope = {"doc": "z-2024-final.txt"}
    assert "严格落实中央八项规定精神" in ask("三公经费为什么比预算少？", scope=scope).answer
    assert "公务接待批次减少" in ask("三公经费为什么比上年少？", scope=scope).answer


def test_a_unit_of_another_kind_or_level_is_refused_not_answered(ask_pages):
    # 民政局 shares 民政 with …镇人民政府, 北海市人民政府 is the city's: neither is the town's
    ask = ask_pages({"nk-2022-final.txt": "北海市铁山港区南康镇人民政府2022年部门决算\n七、“三公”经费情况说明\n"
                                          "2022年度“三公”经费财政拨款支出决算为10.26万元。\n"})
    for unit in ("民政局", "北海市民政局", "北海市人民政府"):
        answer = ask("三公经费是多少？", scope={"unit": unit})
        assert answer.value is None and "没有找到" in answer.answer, (unit, answer.answer)
    for unit in ("南康镇", "南康镇政府", "南康镇人民政府"):
        assert ask("三公经费是多少？", scope={"unit": unit}).value == D("10.26"), unit


BLOOD = ("某市中心血站2025年单位预算\n二、收入预算情况\n2025年收入预算3077.63万元。本年收入中：事业收入2158.00万元。\n"
         "四、财政拨款收支预算情况\n2025年财政拨款收支预算均为842.63万元，全部为一般公共预算拨款。\n"
         "表6 一般公共预算基本支出表\n单位：元\n"
         "<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>人员经费</th><th>公用经费</th></tr>"
         "<tr><td>30206</td><td>电费</td><td>96,000.00</td><td>0.00</td><td>96,000.00</td></tr>"
         "<tr><td>30207</td><td>邮电费</td><td>24,000.00</td><td>0.00</td><td>24,000.00</td></tr></table>\n")


def test_both_flows_said_at_once_and_a_generic_fund_as_where(ask_pages):
    ask = ask_pages({"xz-2025-budget.html": html(BLOOD)})
    scope = {"doc": "xz-2025-budget.html"}
    # "财政拨款收支预算均为842.63万元": the income's amount too; never the 收入预算 of all funds
    for text in ("血站2025年能从财政拿到多少钱？", "财政2025年给血站拨多少钱？", "财政拨款收入是多少？"):
        assert ask(text, scope=scope).value == D("842.63"), text
    assert ask("血站2025年用财政拨款安排的电费是多少？", scope=scope).value == D("96000.00")


STREET_FINAL = ("某街道办事处2021年部门决算\n二、收入决算情况说明\n2021年度本年收入合计1834.82万元，其中：财政拨款收入1826.47万元，"
                "占99.54％；其他收入8.35万元，占0.46％，系辖区临时占道保洁押金转入及废旧物资处置收入。\n"
                "第四部分 名词解释\n二、其他收入：指单位取得的除上述收入以外的各项收入。\n")


def test_where_money_comes_from_is_what_the_amount_is_said_to_be(ask_pages):
    ask = ask_pages({"jd-2021-final.txt": STREET_FINAL})
    answer = ask("2021年的其他收入8.35万元是哪来的？", scope={"doc": "jd-2021-final.txt"})
    assert "辖区临时占道保洁押金转入及废旧物资处置收入" in answer.answer, answer.answer


def test_contracts_small_firms_got_and_the_retired_in_everyday_words(ask_pages):
    page = ("某镇人民政府2022年部门决算\n（二）政府采购情况\n2022年度本部门政府采购支出总额412.36万元，其中：政府采购货物支出"
            "120.00万元。授予中小企业合同金额390.12万元。\n（三）人员情况\n本单位在职人员24人，退休人员6人。\n")
    ask = ask_pages({"z-2022-final.txt": page})
    scope = {"doc": "z-2022-final.txt"}
    assert ask("中小企业拿到了多少钱的政府采购合同？", scope=scope).value == D("390.12")
    assert ask("镇里退休的有几个人？", scope=scope).value == D("6")


def test_the_one_reason_given_for_items_asked_together(ask_pages):
    page = ("某区人民医院2025年单位预算\n（七）“三公”经费预算情况\n2025年本单位一般公共预算财政拨款安排的“三公”经费预算为0元，与上年持平。"
            "其中：因公出国（境）费0元，公务用车购置及运行维护费0元，公务接待费0元。主要是由于本单位为差额拨款的公立医院，"
            "“三公”经费均由单位自有资金安排，不使用财政拨款。\n")
    ask = ask_pages({"yy-2025-budget.txt": page})
    answer = ask("医院招待客人、用车的钱怎么财政一分都没安排？", scope={"doc": "yy-2025-budget.txt"})
    assert "自有资金" in answer.answer, answer.answer


def test_why_a_thing_is_not_counted_in_an_amount_is_never_the_amounts_change(ask_pages):
    page = ("某市中心血站2025年单位预算\n（七）“三公”经费预算情况\n2025年“三公”经费财政拨款预算4.80万元，较上年减少0.70万元。"
            "“三公”经费减少主要是由于本单位严格执行公务用车管理和公务接待有关规定，压缩一般性支出。\n"
            "需要说明的是，本单位流动采血车和血液运输车属于特种专业技术用车，其运行费用由单位资金在项目支出中安排，不在“三公”经费中反映。\n")
    ask = ask_pages({"xz-2025-budget.txt": page})
    answer = ask("为什么血站的采血车花的钱不算进三公经费？", scope={"doc": "xz-2025-budget.txt"})
    assert "特种专业技术用车" in answer.answer, answer.answer


CENTRE = ("某街道社区卫生服务中心2022年部门决算\n一、基本情况\n截至2022年12月31日，中心核定事业编制48名，在职职工76人（其中在编44人）。\n"
          "四、财政拨款收入支出决算总体情况说明\n2022年度财政拨款收、支总计各1151.08万元。其中：年初财政拨款结转和结余24.60万元；"
          "本年财政拨款收入1126.48万元；本年财政拨款支出1138.92万元；年末财政拨款结转和结余12.16万元。\n"
          "九、机关运行经费\n本部门机关运行经费支出136.20万元，比上年减少6.32万元，下降4.24%。\n")


def test_spent_in_the_year_staff_on_the_establishment_and_how_much_it_fell(ask_pages):
    ask = ask_pages({"zx-2022-final.txt": CENTRE})
    scope = {"doc": "zx-2022-final.txt"}
    # 花了: the year's 本年财政拨款支出, never the 总计 holding the balance carried on
    assert ask("2022年财政拨款一共花了多少？", scope=scope).value == D("1138.92")
    assert ask("财政拨款支出总计是多少？", scope=scope).value == D("1151.08")
    assert ask("中心有多少在编人员？", scope=scope).value == D("44")
    assert ask("在职职工有多少人？", scope=scope).value == D("76")
    # 下降了多少 with no percent word: the amount stated (the rate only when asked 百分之几)
    assert ask("机关运行经费比上年下降了多少？", scope=scope).value == D("-6.32")
    assert ask("机关运行经费比上年下降了百分之几？", scope=scope).value == D("-4.24")


def test_why_less_than_the_budget_asked_with_meiyou_is_the_budget_gaps_reason(ask_pages):
    ask = ask_pages({"z-2024-final.txt": AGAINST_BUDGET})
    answer = ask("三公经费为什么没有花到预算那么多？", scope={"doc": "z-2024-final.txt"})
    assert "严格落实中央八项规定精神" in answer.answer or "严格落实中央八项规定精神" in " ".join(
        c.text for c in answer.citations[:3]), answer.answer


def test_a_bureaus_branch_named_place_first_and_by_the_bureaus_short_name(ask_pages):
    page = "晋中市生态环境局榆次分局2022年部门决算\n七、“三公”经费情况\n2022年度“三公”经费财政拨款支出决算为6.48万元。\n"
    ask = ask_pages({"yc-2022-final.txt": page})
    for unit in ("榆次环保分局", "榆次生态环境分局"):
        assert ask(f"{unit}2022年“三公”经费实际花了多少？").value == D("6.48"), unit


def test_one_kind_of_car_is_never_the_count_of_all_cars_asked(ask_pages):
    page = ("某区旅游和文化广电体育局2024年部门预算\n（三）国有资产占用情况\n截至2023年12月31日，本部门共有车辆3辆，"
            "其中：一般公务用车1辆、执法执勤用车2辆。\n")
    ask = ask_pages({"lw-2024-budget.txt": page})
    scope = {"doc": "lw-2024-budget.txt"}
    assert ask("这个局有几辆公务用车？", scope=scope).value in (None, D("3"))     # never 1, one kind of them
    assert ask("一般公务用车有几辆？", scope=scope).value == D("1")
    assert ask("执法执勤用车有几辆？", scope=scope).value == D("2")
    assert ask("共有几辆车？", scope=scope).value == D("3")


def test_a_kind_restated_in_brackets_still_counts_them_all(ask_pages):
    page = ("某区人民医院2025年单位预算\n（三）国有资产占用情况\n截至2024年12月31日，本单位共有车辆10辆，其中：一般公务用车2辆，"
            "特种专业技术用车8辆（均为救护车）。\n")
    ask = ask_pages({"yy-2025-budget.txt": page})
    assert ask("医院有几辆救护车？", scope={"doc": "yy-2025-budget.txt"}).value == D("8")
