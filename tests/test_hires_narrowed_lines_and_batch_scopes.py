"""Session 56: rules found on unseen documents, each in general form.

Expected values are read from the pages' own text, written here as they print."""
from __future__ import annotations

from decimal import Decimal as D

from web_pages import html

LIBRARY = ("某区图书馆2017年预算说明\n一、基本支出预算\n（一）人员经费（共19人。其中：在职人员9人，临聘人员10人。）\n"
           "二、项目支出\n1、购书专项经费50万\n")


def test_temporary_workers_in_everyday_words_are_the_hired_staff(ask_pages):
    # 临聘 (临时聘用) read in full: "临时工" asked is the 临聘人员 counted
    ask = ask_pages({"tsg-2017-budget.txt": LIBRARY})
    scope = {"doc": "tsg-2017-budget.txt"}
    for text in ("图书馆2017年请了多少临时工？", "临聘人员有多少人？"):
        answer = ask(text, scope=scope)
        assert (answer.value, answer.unit) == (D("10"), "人"), (text, answer.answer)
    assert ask("在职人员有几个？", scope=scope).value == D("9")


FOREST = ("某区林业和草原局2025年部门预算\n一、部门预算收支情况\n2025年支出预算2118.55万元，其中：基本支出1222.69万元；"
          "项目支出895.86万元。\n"
          "表7 2025年部门项目支出预算表\n单位：元\n"
          "<table><tr><th>项目名称</th><th>科目编码</th><th>科目名称</th><th>资金来源</th><th>金额</th></tr>"
          "<tr><td>森林草原防灭火专项经费</td><td>2130234</td><td>林业草原防灾减灾</td><td>一般公共预算</td><td>1,328,000.00</td></tr>"
          "<tr><td>古树名木保护经费</td><td>2130205</td><td>森林资源培育</td><td>一般公共预算</td><td>200,000.00</td></tr></table>\n"
          "表10 2025年部门政府采购预算表\n单位：元\n"
          "<table><tr><th>项目名称</th><th>合计</th><th>货物</th><th>服务</th></tr>"
          "<tr><td>森林草原防灭火专项经费（扑火机具及防火物资）</td><td>365,000.00</td><td>365,000.00</td><td>0.00</td></tr>"
          "</table>\n")


def test_a_line_narrowed_by_its_bracket_is_a_part_of_the_line_without_one(ask_pages):
    # the project's row (1,328,000.00), never its procurement line (365,000.00): 防灭火 is 防火 and 灭火
    ask = ask_pages({"lcj-2025-budget.html": html(FOREST)})
    scope = {"doc": "lcj-2025-budget.html"}
    for text in ("森林防火那笔专项经费是多少？", "森林草原防灭火专项经费安排了多少？"):
        assert ask(text, scope=scope).value == D("1328000.00"), text
    share = ask("森林防火那笔专项经费占全部项目支出的百分之几？", scope=scope)
    assert (share.value, share.unit) == (D("14.82"), "%"), share.answer      # 132.80 ÷ 895.86
    assert ask("防火物资采购预算是多少？", scope=scope).value in (D("365000.00"), None)


CARS = ("某区农业农村局2024年部门预算\n六、“三公”经费预算\n2024年“三公”经费预算13.80万元，比上年减少2.00万元，下降12.66%。"
        "其中：因公出国（境）费0万元，与上年持平；公务用车购置及运行维护费9.60万元，其中：公务用车购置费0万元，与上年持平；"
        "公务用车运行维护费9.60万元，比上年减少1.20万元，下降11.11%；公务接待费4.20万元，比上年减少0.80万元，下降16.00%。"
        "公务用车运行维护费减少的主要原因是严格执行公务用车使用登记制度。\n")


def test_a_wholes_change_is_the_sum_of_its_parts_stated_changes(ask_pages):
    # 购置费 持平 (0) + 运行维护费 −1.20: the whole's change, each part cited
    ask = ask_pages({"nyj-2024-budget.txt": CARS})
    scope = {"doc": "nyj-2024-budget.txt"}
    answer = ask("公务用车购置及运行维护费比上年减少了多少？", scope=scope)
    assert (answer.kind, answer.value) == ("derived", D("-1.20")), answer.answer
    assert ask("2024年开公车的钱比上年少了多少？", scope=scope).value == D("1.20")
    reason = ask("车辆开销为什么比上年少了？", scope=scope)
    assert "公务用车使用登记制度" in reason.answer, reason.answer


TOWN = ("某镇人民政府2025年单位预算\n（二）项目支出\n2025年一般公共预算拨款项目支出461.60万元，具体为：\n"
        "1.对村民委员会和村党支部的补助243.60万元，用于保障全镇14个行政村和1个社区的村（社区）干部基本报酬、"
        "村级组织办公经费和服务群众专项经费。\n2.农村环境保护85.00万元，用于农村人居环境整治。\n"
        "（三）基本支出\n公用经费98.70万元，主要用于办公费、水电费。\n")


def test_uses_read_without_brackets_and_joiners_and_a_per_head_amount_asked(ask_pages):
    ask = ask_pages({"zf-2025-budget.txt": TOWN})
    scope = {"doc": "zf-2025-budget.txt"}
    for text in ("今年给村干部发报酬和保障村里办公的钱预算了多少？", "给村委会和村党支部的补助是多少？"):
        assert ask(text, scope=scope).value == D("243.60"), text
    # a standard per pupil is no total: never the 公用经费 of all
    assert ask("给每个小学生的公用经费标准是多少钱一个人？", scope=scope).value is None
    assert ask("公用经费是多少？", scope=scope).value == D("98.70")


def test_a_units_short_name_ending_like_a_unit_goes_before_the_items_words(ask_pages):
    page = ("敦煌市文物保护中心2025年单位预算\n一、支出预算\n文化旅游体育与传媒支出（类）文物（款）文物保护（项）1,650,000.00元，"
            "主要用于悬泉置遗址本体保护、文物安全巡查。\n")
    ask = ask_pages({"wbzx-2025-budget.txt": page})
    answer = ask("文保中心“文物保护”这一项的钱主要拿来干什么？", scope={"doc": "wbzx-2025-budget.txt"})
    assert "悬泉置遗址本体保护" in answer.answer, answer.answer


HOSPITAL = ("某县人民医院2025年单位预算\n三、财政拨款收支预算情况\n2025年本单位财政拨款收支预算均为1,286.40万元，全部为一般公共预算拨款，"
            "较上年减少26.40万元，下降2.01％。\n（三）支出预算情况\n2025年本单位支出预算3389.94万元，其中：基本支出2288.94万元，"
            "比上年增加74.34万元；项目支出1101.00万元，比上年增加149.80万元。\n")


def test_a_fund_restated_as_all_of_both_flows_is_each_flows(page_doc, ask_pages):
    doc = page_doc("yy-2025-budget.txt", HOSPITAL, 2025, "预算")
    # a part's amount (基本支出) is never restated as the whole 支出
    assert not any(f.metric == "支出" and f.value == D("2288.94") for f in doc.figures)
    ask = ask_pages({"yy-2025-budget.txt": HOSPITAL})
    scope = {"doc": "yy-2025-budget.txt"}
    assert ask("2025年一般公共预算拨款收入较上年减少了多少？", scope=scope).value == D("-26.40")
    assert ask("一般公共预算拨款支出比上年减少了多少？", scope=scope).value == D("-26.40")


STREET = ("某镇人民政府2022年部门决算\n第一部分 2022年度部门决算情况说明\n五、一般公共预算财政拨款支出决算情况说明\n（二）结构情况\n"
          "城乡社区支出45.80万元，占1.79%；农林水支出920.06万元，占35.97%。\n"
          "八、政府性基金预算财政拨款收入支出决算情况说明\n2022年度政府性基金预算财政拨款收入380.00万元，年初、年末结转和结余均为0万元。\n"
          "第二部分 2022年度部门决算表\n收入支出决算总表\n单位：万元\n"
          "<table><tr><th>项目</th><th>决算数</th></tr>"
          "<tr><td>城乡社区支出</td><td>458.20</td></tr><tr><td>农林水支出</td><td>944.42</td></tr>"
          "<tr><td>年末结转和结余</td><td>48.26</td></tr></table>\n")


def test_no_fund_asked_is_all_funds_when_one_funds_sentence_states_another_value(ask_pages):
    ask = ask_pages({"zf-2022-final.html": html(STREET)})
    scope = {"doc": "zf-2022-final.html"}
    assert ask("城乡社区支出是多少？", scope=scope).value == D("458.20")
    assert ask("农林水支出是多少？", scope=scope).value == D("944.42")
    assert ask("2022年度年末结转和结余是多少？", scope=scope).value == D("48.26")
    assert ask("一般公共预算财政拨款支出中城乡社区支出是多少？", scope=scope).value == D("45.80")


ARCHIVE = ("某市档案馆2025年单位预算\n二、收支预算总体情况\n2025年本单位收入预算总计812.74万元，全部为一般公共预算拨款收入。"
           "支出预算总计812.74万元，其中：基本支出651.74万元，项目支出161.00万元。\n"
           "收支预算总计比2024年预算增加44.22万元，系馆藏档案数字化加工项目经费增加所致。\n")


def test_a_change_said_of_both_totals_is_each_totals(ask_pages):
    ask = ask_pages({"dag-2025-budget.txt": ARCHIVE})
    scope = {"doc": "dag-2025-budget.txt"}
    assert ask("2025年收入预算总计比上年增加了多少？", scope=scope).value == D("44.22")
    assert ask("2024年的支出预算总计是多少？", scope=scope).value == D("768.52")     # 812.74 − 44.22


def test_a_comparison_opening_the_question_and_words_of_money_not_spent(ask_pages):
    page = ("某街道办事处2023年部门决算\n七、“三公”经费支出决算情况说明\n2023年度“三公”经费财政拨款支出预算为13.00万元，支出决算为"
            "10.10万元，完成预算的77.69%。与上年相比，“三公”经费支出减少1.65万元，下降14.04%，主要原因是公务接待批次减少。\n"
            "六、一般公共预算财政拨款支出决算具体情况\n1.文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）。年初预算为20.00万元，"
            "支出决算为12.00万元。决算数小于年初预算数的主要原因是部分群众文化活动因疫情取消。\n"
            "二、收入决算情况说明\n本年收入合计3016.76万元，其中：其他收入24.36万元，占0.81%，系收到的村集体经济发展帮扶资金。\n")
    ask = ask_pages({"jd-2023-final.txt": page})
    scope = {"doc": "jd-2023-final.txt"}
    # "与上年相比，" before the item is no second item compared with it
    assert ask("与上年相比，“三公”经费支出减少了多少？", scope=scope).value == D("-1.65")
    answer = ask("群众文化的钱为什么没花完？", scope=scope)
    assert "部分群众文化活动因疫情取消" in answer.answer, answer.answer
    what = ask("其他收入24.36万元是什么钱？", scope=scope)
    assert "村集体经济发展帮扶资金" in what.answer, what.answer


def test_units_a_department_includes_and_what_its_whole_system_runs(ask_pages):
    page = ("某市卫生健康委员会2024年部门预算\n二、部门预算单位构成\n纳入某市卫生健康委员会2024年部门预算编制范围的单位共6个。\n"
            "（三）国有资产占有使用情况。截至2023年12月31日，某市卫生健康委员会共有车辆38辆，其中：一般公务用车2辆，执法执勤用车6辆，"
            "特种专业技术用车30辆（救护车22辆、采血车6辆、疾控应急处置车2辆）。\n")
    ask = ask_pages({"wjw-2024-budget.txt": page})
    scope = {"doc": "wjw-2024-budget.txt"}
    assert ask("卫健委下面包括几个单位？", scope=scope).value == D("6")
    assert ask("卫健委系统一共有几辆救护车？", scope=scope).value == D("22")
    assert ask("卫健委系统一共有几台救护车？", scope=scope).value == D("22")     # cars are counted in 辆


PARK = ("某公园服务中心2025年单位预算\n（七）“三公”经费预算情况\n2025年“三公”经费预算3.70万元，较2024年减少0.70万元，降幅15.91%。"
        "其中：因公出国（境）费0万元；公务用车购置费0万元；公务用车运行维护费3.20万元，较2024年减少0.40万元，降幅11.11%；"
        "公务接待费0.50万元，较2024年减少0.30万元，降幅37.50%。“三公”经费减少系本单位坚持过紧日子，严控车辆运行和接待开支所致。\n"
        "本单位2025年未安排因公出国（境）费，主要是由于本单位无因公出国（境）计划；未安排公务用车购置费，主要是由于现有车辆能够满足工作需要。\n"
        "（八）政府采购预算情况\n2025年政府采购预算205.00万元，其中：货物类12.00万元，主要为园林养护机械；服务类193.00万元，"
        "主要为公园绿地养护和园区保洁服务。\n")


def test_rates_named_as_such_and_reasons_given_to_the_item_their_clause_names(page_doc, ask_pages):
    doc = page_doc("gy-2025-budget.txt", PARK, 2025, "预算")
    reasons = {f.metric: f.reason for f in doc.figures if f.source == "text" and f.role == "amount"}
    assert reasons["因公出国（境）费"] == "本单位无因公出国（境）计划"
    assert reasons["公务用车购置费"] == "现有车辆能够满足工作需要"
    assert reasons["公务接待费"] is None            # never the next paragraph's reason of another item
    assert reasons["三公经费"] == "本单位坚持过紧日子，严控车辆运行和接待开支"
    ask = ask_pages({"gy-2025-budget.txt": PARK})
    scope = {"doc": "gy-2025-budget.txt"}
    rate = ask("公务接待费比2024年下降了百分之几？", scope=scope)
    assert (rate.kind, rate.value) == ("figure", D("-37.50")), rate.answer     # "降幅37.50%" is stated
    assert "现有车辆能够满足工作需要" in ask("为什么不买公务车？", scope=scope).answer
    assert "园林养护机械" in ask("政府采购买的货物主要是什么？", scope=scope).answer


def test_money_taken_from_the_public_purse_in_everyday_words(ask_pages):
    page = ("某县中医医院2025年单位预算\n一、收入预算\n2025年收入预算17460.93万元，其中：一般公共预算拨款收入1452.93万元，"
            "比上年减少85.68万元；事业收入15860.00万元。\n二、财政拨款收支预算\n2025年本单位财政拨款收支预算总计1452.93万元，"
            "全部为一般公共预算拨款，比上年减少85.68万元。\n")
    ask = ask_pages({"zyy-2025-budget.txt": page})
    assert ask("中医院2025年从财政拿多少钱？", scope={"doc": "zyy-2025-budget.txt"}).value == D("1452.93")


def test_a_change_read_in_a_later_sentence_is_cited_with_it(ask_pages):
    page = ("某街道办事处2022年部门决算\n七、“三公”经费财政拨款支出决算情况说明\n2022年度“三公”经费财政拨款支出年初预算为8.50万元，"
            "支出决算为6.58万元，完成年初预算的77.41%。决算数小于年初预算数的主要原因是公务接待进一步压减。与2021年度相比，"
            "“三公”经费支出减少1.06万元，下降13.87%。\n")
    ask = ask_pages({"jd-2022-final.txt": page})
    answer = ask("三公经费比2021年少花了多少？", scope={"doc": "jd-2022-final.txt"})
    assert answer.value == D("1.06")
    assert any("减少1.06万元" in c.text for c in answer.citations), answer.citations


def test_everyday_words_for_cars_money_taxes_and_whom_a_body_looks_after(ask_pages):
    page = ("某乡人民政府2015年财政预算\n一、收入预算\n2015年财政总收入预算1634.9万元，其中：上级财政补助收入689万元、税收收入150万元。\n"
            "二、“三公”经费\n2014年“三公”经费公共预算财政拨款支出11.48万元，其中：因公出国（境）费0万元；公务用车购置及运行维护费11.24万元；"
            "公务接待费0.24万元。\n三、部门职责\n本院的主要职责是：收养“三无”老人，孤残儿童、弃婴，保障弱势群体的合法权益。\n")
    ask = ask_pages({"x-2015-budget.txt": page})
    scope = {"doc": "x-2015-budget.txt"}
    assert ask("这个乡2015年预计能收上来多少税？", scope=scope).value == D("150")
    share = ask("三公经费里，花在车上的钱占了百分之多少？", scope=scope)
    assert (share.value, share.unit) == (D("97.91"), "%"), share.answer        # 11.24 ÷ 11.48
    assert "孤残儿童" in ask("平时主要收留照顾哪些人？", scope=scope).answer


def test_a_tables_numbered_name_is_its_section_and_never_holds_the_next_heading(page_doc):
    page = ("某中心2025年单位预算\n一、单位基本情况\n本单位为公益二类事业单位。\n四、联系方式\n联系电话：0633-8781942。\n"
            "附表1 收支预算总表\n单位：元\n<table><tr><th>项目</th><th>预算数</th></tr>"
            "<tr><td>一般公共预算拨款收入</td><td>17,744,200.00</td></tr></table>\n"
            "表2 一般公共预算支出表\n<table><tr><th>项目</th><th>预算数</th></tr><tr><td>合计</td><td>100.00</td></tr></table>\n"
            "五、其他说明\n本单位无政府性基金预算拨款安排的支出。\n")
    doc = page_doc("zx-2025-budget.html", html(page), 2025, "预算")
    cell = next(f for f in doc.figures if f.value == D("17744200.00"))
    assert cell.span.section == "附表1 收支预算总表", cell.span.section       # never "四、联系方式"
    paths = [s.path for s in doc.sections]
    assert ["五、其他说明"] in paths, paths      # the next heading is no part of a table's name


HOSPITAL_2 = ("某县中医医院2025年单位预算\n一、收入预算\n2025年收入预算17460.93万元，其中：一般公共预算拨款收入1452.93万元；"
              "事业收入15860.00万元，比上年增加448.00万元。\n二、政府采购预算\n2025年本单位政府采购预算901.00万元，其中：货物685.00万元，"
              "主要为彩色多普勒超声诊断仪、中医诊疗设备等医疗设备；工程120.00万元，为中医特色治疗中心装修改造；服务96.00万元，"
              "为物业管理和医疗设备维保服务。授予中小企业合同金额163.90万元，占政府采购支出总额的87.92%。\n"
              "三、名词解释\n1．事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入，本单位主要为门诊收入和住院\n收入等医疗收入。\n"
              "四、一般公共预算支出\n卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）164.23万元，用于在编职工基本医疗保险单位缴费。\n")


def test_procurement_kinds_the_money_from_patients_and_contracts_small_firms_got(ask_pages):
    ask = ask_pages({"zyy-2025-budget.txt": HOSPITAL_2})
    scope = {"doc": "zyy-2025-budget.txt"}
    assert ask("货物采购预算多少钱？", scope=scope).value == D("685.00")     # 货物 after 其中 of 政府采购
    # the money from treating patients is 事业收入 (its glossary entry says so), never the class 事业单位医疗
    for text in ("医院看病挣的钱预计有多少？", "医院的医疗收入有多少？"):
        assert ask(text, scope=scope).value == D("15860.00"), text
    share = ask("政府采购合同给中小企业的占多大比例？", scope=scope)
    assert (share.value, share.unit) == (D("87.92"), "%"), share.answer


def test_a_part_column_read_under_another_heading_is_no_finding(page_doc):
    # 单位资金收入 stands beside the 财政拨款收入 columns; 3208.12 = 2739.62 + 450.00 + 18.50 holds
    page = ("某局2024年部门预算\n表2 2024年部门收入预算总表\n单位：万元\n"
            "<table><tr><th rowspan=2>科目名称</th><th rowspan=2>合计</th><th colspan=2>财政拨款收入</th><th rowspan=2>单位资金收入</th></tr>"
            "<tr><th>一般公共预算拨款收入</th><th>政府性基金预算拨款收入</th></tr>"
            "<tr><td>合计</td><td>3208.12</td><td>2739.62</td><td>450.00</td><td>18.50</td></tr>"
            "<tr><td>交通运输支出</td><td>2352.86</td><td>2334.36</td><td>0.00</td><td>18.50</td></tr></table>\n")
    doc = page_doc("jt-2024-budget.html", html(page), 2024, "预算")
    assert [f for f in doc.findings if f.check == "合计=分列之和"] == []


def test_cars_of_a_body_named_like_a_kind_counts_and_balances_said_what_they_are(ask_pages):
    page = ("某区应急管理局2023年部门预算\n十二、国有资产占用情况说明\n截至2022年12月31日，某区应急管理局共有车辆3辆，其中执法执勤用车2辆、"
            "特种专业技术用车1辆（应急指挥通信车）。\n七、三公经费\n公务用车购置及运行维护费4.20万元，其中：公务用车购置费0万元；"
            "公务用车运行维护费4.20万元，比2023年减少0.60万元。公务接待费2.14万元，完成预算的85.44%，共接待国内来访团组32批次、215人次。\n"
            "五、联系方式\n联系电话：0394-8386120。\n")
    ask = ask_pages({"yj-2023-budget.txt": page})
    scope = {"doc": "yj-2023-budget.txt"}
    # 应急 in the body's own name is no kind of car
    assert ask("应急管理局手里有几辆车？", scope=scope).value == D("3")
    assert ask("公车今年养车的钱比上年少了多少？", scope=scope).value == D("0.60")
    assert ask("公务接待了多少批次？", scope=scope).value == D("32")
    # calls counted are no contact line
    assert ask("一年要接多少个120呼救电话？", scope=scope).kind == "none"


def test_why_a_balance_is_left_is_what_it_is_said_to_be(ask_pages):
    page = ("某镇人民政府2023年部门决算\n二、支出决算情况说明\n2023年度本年支出合计2040.00万元。年末结转和结余18.27万元，"
            "为城乡社区环境卫生项目尚未完成支付的垃圾清运服务尾款。\n")
    ask = ask_pages({"z-2023-final.txt": page})
    answer = ask("2023年底还剩18.27万元结转没花，是什么原因？", scope={"doc": "z-2023-final.txt"})
    assert "垃圾清运服务尾款" in answer.answer, answer.answer


TOWN_FINAL = ("某镇人民政府2023年部门决算\n五、一般公共预算财政拨款支出决算情况说明\n（三）具体情况\n5.农林水支出（类）。\n"
              "年初预算为268.40万元，支出决算为359.05万元，完成年初预算的133.77%。决算数大于年初预算数的主要原因是上级追加下达乡村振兴衔接资金。\n"
              "八、政府性基金预算财政拨款支出决算情况说明\n2023年度政府性基金预算财政拨款支出120.00万元，支出全部为城乡社区支出（类）"
              "国有土地使用权出让收入安排的支出（款）农村基础设施建设支出（项），主要用于东坡村、西营村等村通村道路硬化。\n"
              "十、其他\n社会保障和就业支出（类）抚恤（款）伤残抚恤（项）412.56万元，主要用于残疾军人、伤残人民警察等伤残抚恤金。\n"
              "公务接待费0.80万元，主要用于上级部门督导检查的接待支出。\n")


def test_whom_money_is_for_land_sold_and_a_class_named_by_its_heading_over_budget(ask_pages):
    ask = ask_pages({"z-2023-final.txt": TOWN_FINAL})
    scope = {"doc": "z-2023-final.txt"}
    assert "残疾军人" in ask("伤残抚恤这笔钱是给谁的？", scope=scope).answer
    assert "上级部门督导检查" in ask("招待费主要招待谁？", scope=scope).answer
    assert "村通村道路硬化" in ask("卖地的钱花在哪了？", scope=scope).answer
    for text in ("农林水支出为什么比预算多花了那么多？", "农林水支出为什么超了预算？"):
        answer = ask(text, scope=scope)
        assert "上级追加下达乡村振兴衔接资金" in answer.answer, (text, answer.answer)


def test_a_count_said_twice_in_a_sentence_is_named_by_its_own_noun(ask_pages):
    page = ("某县职业高级中学校2022年单位预算\n（二）机构设置\n学校内设党政办公室、教务处、学生处、实训处、招生就业办公室、总务处6个处室，"
            "开设计算机应用、汽车运用与维修、机电技术应用、幼儿保育、电子商务、现代农艺技术6个专业。\n")
    ask = ask_pages({"zz-2022-budget.txt": page})
    for text in ("学校有几个专业？", "学校开设了几个专业？"):
        answer = ask(text, scope={"doc": "zz-2022-budget.txt"})
        assert answer.value == D("6") and "专业" in answer.answer and "处室" not in answer.answer, (text, answer.answer)


def test_people_named_before_how_many_and_targets_said_with_at_least(ask_pages):
    page = ("某市急救指挥中心2025年单位预算\n一、基本情况\n核定事业编制45名，截至2024年底实有在编人员41人，劳务派遣调度员12人，退休人员9人。\n"
            "二、绩效目标\n主要绩效目标为：120呼救电话10秒内接听率不低于95%，全年开展社会急救培训不少于60场次。\n"
            "三、联系方式\n联系电话：0394-8386120。\n")
    ask = ask_pages({"jj-2025-budget.txt": page})
    scope = {"doc": "jj-2025-budget.txt"}
    assert ask("劳务派遣的调度员有几个人？", scope=scope).value == D("12")
    assert ask("单位有几个人？", scope=scope).value == D("41")
    training = ask("一年要开展多少场社会急救培训？", scope=scope)
    assert training.value == D("60") and "不少于为" not in training.answer, training.answer
    assert "0394-8386120" in ask("联系电话是多少？", scope=scope).answer


def test_a_change_said_of_a_total_is_no_other_total(ask_pages):
    # the change read in the next sentence ("收支预算总计各增加127.25万元") is cited with the amount; it is no
    # rival total of "一共"
    page = ("某区应急管理局2024年部门预算\n一、收支预算总体情况\n2024年部门收入预算1862.37万元，支出预算1862.37万元，收支平衡。"
            "与上年相比，收支预算总计各增加127.25万元，增长7.33%。\n")
    ask = ask_pages({"yj-2024-budget.txt": page})
    assert ask("2024年一共打算花多少钱？", scope={"doc": "yj-2024-budget.txt"}).value == D("1862.37")
