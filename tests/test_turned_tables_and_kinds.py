"""Shapes met in session 37: a manifest naming the kind as the publishers do ("部门决算", "单位预算"); a
“三公” table turned on its side (rows "2023年预算数 / 2023年决算数 / 2022年决算数", the items across), in
元 while the text rounds to 万元; a change stated after a budget amount that belongs to the final amount
stated twice; the basis said before a total ("2016年决算支出"); income never answering spending; two
amounts of one fund compared ("本年收入比公共预算财政拨款本年收入多出多少"); a list counted and then
summed ("A、B、C这几项支出加起来"). The pages are written in the shape of such pages; every expected
value is read from their words by hand."""
from __future__ import annotations

from decimal import Decimal as D

from assistant.question import parse
from corpus import metadata
from web_pages import html


def test_a_manifest_kind_as_publishers_name_it():
    for said, kind in (("部门决算", "决算"), ("单位决算", "决算"), ("部门预算", "预算"), ("单位预算", "预算"),
                       ("决算(三公)", "决算"), ("other(预算执行分析)", "other"), ("三公", "other"), ("预决算", "other")):
        assert metadata.normalise_kind(said) == kind, said


TURNED = ("某镇卫生院2023年度单位决算\n六、“三公”经费财政拨款支出决算情况\n公务用车运行维护费支出决算1.79万元，完成预算的89.50%。\n"
          "表六 “三公”经费支出决算表\n单位：元\n"
          "<table><tr><th rowspan=2>项目</th><th rowspan=2>合计</th><th rowspan=2>因公出国（境）费</th>"
          "<th colspan=3>公务用车购置及运行维护费</th><th rowspan=2>公务接待费</th></tr>"
          "<tr><th>小计</th><th>公务用车购置费</th><th>公务用车运行维护费</th></tr>"
          "<tr><td>2023年预算数</td><td>25,000.00</td><td>0.00</td><td>20,000.00</td><td>0.00</td><td>20,000.00</td><td>5,000.00</td></tr>"
          "<tr><td>2023年决算数</td><td>20,200.00</td><td>0.00</td><td>17,860.00</td><td>0.00</td><td>17,860.00</td><td>2,340.00</td></tr>"
          "<tr><td>2022年决算数</td><td>22,070.00</td><td>0.00</td><td>18,950.00</td><td>0.00</td><td>18,950.00</td><td>3,120.00</td></tr>"
          "</table>\n")


def test_rows_named_by_their_year_and_basis(ask_pages):
    ask = ask_pages({"clinic.html": html(TURNED)})
    scope = {"doc": "clinic.html"}
    a = ask("2022年度公务用车运行维护费决算数是多少？", scope=scope)
    assert (a.kind, a.value, a.unit) == ("figure", D("18950.00"), "元")
    a = ask("2023年公务接待费预算数是多少？", scope=scope)
    assert (a.kind, a.value, a.unit) == ("figure", D("5000.00"), "元")     # never the 决算 row's 2,340
    a = ask("2023年“三公”经费预算是多少？", scope=scope)
    assert (a.kind, a.value, a.unit) == ("figure", D("25000.00"), "元")


def test_a_change_after_a_budget_belongs_to_the_final_it_fits(ask_pages):
    page = ("某局2023年度部门决算\n七、“三公”经费财政拨款支出决算情况\n2023年度“三公”经费财政拨款支出决算5.10万元，其中："
            "公务接待费支出决算2.86万元。\n3．公务接待费支出决算2.86万元，年初预算为3.50万元，决算数比预算数减少0.64万元，"
            "完成预算的81.71%；与2022年度相比减少0.29万元，下降9.21%。\n")
    ask = ask_pages({"final.txt": page})
    a = ask("2022年招待客人花了多少钱？", scope={"doc": "final.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("3.15"), "万元")     # 2.86 + 0.29, never 3.50 + 0.29


def test_the_basis_said_before_a_total():
    for q, metric in (("道安办2016年决算支出是多少？", "支出"), ("2016年预算支出是多少", "支出"), ("决算收入是多少", "收入"),
                      ("一般公共预算决算支出是多少", "一般公共预算拨款支出")):
        assert parse(q).metrics == [metric], q
    for q in ("一般预算支出是多少", "基金预算收入是多少", "农业支出是多少"):
        assert parse(q).metrics == [], q        # a fund's or an item's own, not the total


INCOME_SPENDING = ("某办2017年部门决算\n四、收入支出决算总体情况\n（一）2017年收入196.87万元，比2016年决算数增加147.37万元，"
                   "增长297.72％。\n（二）2017年支出199.86万元，比2016年决算数增加150.40万元，增长304.10％。\n")


def test_income_never_answers_spending(ask_pages):
    ask = ask_pages({"final.txt": INCOME_SPENDING})
    a = ask("2016年决算支出是多少？", scope={"doc": "final.txt"})
    assert (a.kind, a.value) == ("derived", D("49.46"))     # 199.86 − 150.40, never the income's 49.50


def test_two_amounts_of_one_fund_compared(ask_pages):
    page = ("某所2014年度部门决算批复\n一、2014年年初结转结余304.91万元，本年收入510.04万元，本年支出510.04万元。"
            "(一）公共预算财政拨款年初结转结余304.91万元，本年收入509.89万元，本年支出509.89万元。\n")
    ask = ask_pages({"approval.txt": page})
    a = ask("本年收入比公共预算财政拨款本年收入多出多少？", scope={"doc": "approval.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("0.15"), "万元")


def test_a_list_counted_then_summed(ask_pages):
    page = ("某中心2019年部门预算\n（二）支出预算 1.人员经费 75.14 万元。 2.公用经费 40.3 万元。 3.对个人和家庭的补助2.57万元。"
            " 4.项目支出 90万元，其中：部门发展性支出90万元、社会发展性支出 0万元。\n")
    ask = ask_pages({"budget.txt": page})
    for q in ("人员经费、公用经费、对个人和家庭的补助、项目支出这几项支出预算加起来一共多少钱？",
              "人员经费、公用经费、对个人和家庭的补助、项目支出加起来一共多少钱？"):
        a = ask(q, scope={"doc": "budget.txt"})
        assert (a.kind, a.value, a.unit) == ("derived", D("208.01"), "万元"), q
    assert parse("办公、出差这些日常开销一共多少").metrics == ["公用经费"]     # examples still name their class


def test_the_running_of_a_car_in_everyday_words():
    assert parse("农机站的车子一年跑下来要花多少钱？").metrics == ["公务用车运行维护费"]


def test_prose_rounding_a_yuan_table_answers_with_the_table(ask_pages):
    ask = ask_pages({"clinic.html": html(TURNED)})
    a = ask("2023年养车实际花了多少钱？", scope={"doc": "clinic.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("17860.00"), "元")    # the text's 1.79万元, to the cent


TOWN = ("某镇人民政府2023年度部门决算\n五、一般公共预算财政拨款支出决算情况说明\n2023年度一般公共预算财政拨款支出年初预算为1666.10万元，"
        "支出决算为1841.25万元，完成年初预算的110.51%。其中：\n12．农林水支出（类）巩固脱贫攻坚成果衔接（款）其他巩固脱贫攻坚成果"
        "衔接支出（项）。年初预算为60.00万元，支出决算为92.40万元，完成年初预算的154.00%。\n")


def test_a_long_name_in_brackets_restates_and_an_item_not_found_is_no_total(ask_pages):
    ask = ask_pages({"town.txt": TOWN})
    scope = {"doc": "town.txt"}
    a = ask("巩固脱贫衔接那块（其他巩固脱贫攻坚成果衔接支出）实际花的钱比年初预算多了多少？", scope=scope)
    assert (a.kind, a.value, a.unit) == ("derived", D("32.40"), "万元")
    a = ask("修路实际花的钱比年初预算多了多少？", scope=scope)
    assert a.kind == "none" and a.value is None         # never the whole fund's 175.15
    a = ask("实际花的钱比年初预算多了多少？", scope=scope)
    assert (a.kind, a.value) == ("derived", D("175.15"))


def test_a_share_whose_whole_is_the_container_said_before():
    q = parse("一般公共预算基本支出中人员经费占基本支出的比例是多少？")
    assert (q.part, q.whole) == ("人员经费", "一般公共预算基本支出")


SCHOOL = ("某县实验小学2024年单位预算\n三、支出预算情况。支出预算1,836.90万元，其中：基本支出1,571.90万元，项目支出265.00万元。"
          "收支预算比上年增加38.60万元，主要原因是新增课后延时服务补助。\n四、项目支出情况。2024年项目支出265.00万元，主要用于："
          "校舍维修改造65.00万元；课后延时服务补助32.00万元，用于参与课后服务教师补助。\n项目支出预算表\n单位：元\n"
          "<table><tr><th>项目名称</th><th>功能科目</th><th>预算数</th></tr>"
          "<tr><td>合计</td><td></td><td>2,650,000.00</td></tr>"
          "<tr><td>课后延时服务补助</td><td>2059999</td><td>320,000.00</td></tr></table>\n")


def test_a_project_named_before_its_metric(ask_pages):
    ask = ask_pages({"school.html": html(SCHOOL)})
    for q in ("2024年某县实验小学课后延时服务补助项目支出预算是多少？", "课后延时服务补助项目支出是多少？"):
        a = ask(q, scope={"doc": "school.html"})
        assert a.kind == "figure" and a.value * (10000 if a.unit == "万元" else 1) == D("320000"), q   # never 265.00
    a = ask("校舍维修改造项目支出是多少？", scope={"doc": "school.html"})
    assert (a.kind, a.value) == ("figure", D("65.00"))


def test_a_function_code_column_states_no_amount(page_doc):
    doc = page_doc("school.html", html(SCHOOL), 2024, "预算")
    assert not [f for f in doc.figures if f.value == D("2059999")]


def test_a_counted_noun_must_be_the_one_asked_and_two_counts_of_it_are_listed(ask_pages):
    page = ("某街道办事处2025年部门预算\n一、部门概况\n辖12个社区居民委员会。\n二、项目支出\n社区运转经费386.40万元，保障12个社区正常运转。\n"
            "三、“三公”经费\n公务接待费支出3.15万元，国内公务接待28批次、312人次；外事接待0批次、0人次。\n")
    ask = ask_pages({"street.txt": page})
    a = ask("街道12个社区一共有多少个社区工作者？", scope={"doc": "street.txt"})
    assert a.kind == "none" and a.value is None         # 12 counts 社区, never their workers
    a = ask("2025年接待了多少批次？", scope={"doc": "street.txt"})
    assert a.value == D("28")       # 国内 28 and 外事 0: all the batches received (session 48's choice;
                                    # before, a clarify naming both)
    a = ask("国内公务接待多少批次？", scope={"doc": "street.txt"})
    assert (a.kind, a.value) == ("figure", D("28"))


def test_an_items_budget_and_final_are_never_added_up(ask_pages):
    page = ("某中心2023年度单位决算\n五、一般公共预算财政拨款支出决算情况\n3．重大公共卫生服务（项）年初预算为38.00万元，支出决算为"
            "42.68万元，完成年初预算的112.32%，主要原因是追加重大传染病防控经费。\n")
    ask = ask_pages({"final.txt": page})
    for q in ("重大公共卫生服务（项）的调整预算数是多少？", "重大公共卫生服务（项）一共多少？"):
        a = ask(q, scope={"doc": "final.txt"})
        assert a.value != D("80.68"), q                 # 38.00 + 42.68 is no amount of anything


def test_prose_with_a_code_rounding_a_yuan_table(ask_pages):
    page = ("某疾控中心2023年度单位决算\n六、基本支出决算情况\n商品和服务支出主要包括：专用材料费（30218）8.43万元、公务用车运行维护费"
            "（30231）4.13万元。\n一般公共预算财政拨款基本支出决算表\n单位：元\n"
            "<table><tr><th>科目编码</th><th>科目名称</th><th>决算数</th></tr>"
            "<tr><td>30218</td><td>专用材料费</td><td>84,260.80</td></tr>"
            "<tr><td>30231</td><td>公务用车运行维护费</td><td>41,268.50</td></tr></table>\n")
    ask = ask_pages({"final.html": html(page)})
    a = ask("2023年基本支出决算中专用材料费（30218）是多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("84260.80"), "元")


def test_what_the_term_is_for_said_before_it():
    q = parse("基本支出里办公运转的公用经费占多大比例？")
    assert (q.part, q.whole) == ("公用经费", "基本支出")


def test_a_narrower_amount_stated_is_never_its_metrics_total(ask_pages):
    page = ("某局2023年部门决算\n九、政府采购支出情况\n2023年度政府采购支出总额977.56万元，其中：政府采购货物支出652.18万元、政府采购工程"
            "支出208.46万元、政府采购服务支出116.92万元。授予中小企业合同金额842.30万元，占政府采购支出总额的86.16%。\n")
    ask = ask_pages({"final.txt": page})
    a = ask("政府采购中授予中小企业合同金额是多少？", scope={"doc": "final.txt"})
    assert a.value != D("977.56")


PEOPLE = ("某街道办事处2025年部门预算\n三、人员情况\n本部门编制数60名，其中行政编制38名、事业编制22名。截至2024年12月底实有人数55人，"
          "另有离退休人员41人。辖区共有社区居民委员会12个。\n四、支出预算\n行政运行支出1,856.42万元，主要原因是在职人员正常晋级晋档及"
          "新增公务员2名。\n")


def test_counts_of_people_and_things_said_plainly(ask_pages):
    ask = ask_pages({"street.txt": PEOPLE})
    scope = {"doc": "street.txt"}
    for q, value, unit in (("街道现在实际有多少人？", "55", "人"), ("街道辖区里有多少个社区居委会？", "12", "个"),
                           ("2025年实有人数是多少？", "55", "人")):
        a = ask(q, scope=scope)
        assert (a.kind, a.value, a.unit) == ("figure", D(value), unit), q     # never the 2 new 公务员


def test_pupils_beds_and_staff_besides(ask_pages):
    page = ("某县实验小学2024年单位预算\n一、基本情况\n现有教学班48个，在校学生2,136人。学校核定事业编制98人，实有在编人员95人，"
            "另有编外聘用人员18人。医务室编制床位6张。\n")
    ask = ask_pages({"school.txt": page})
    scope = {"doc": "school.txt"}
    for q, value, unit in (("实验小学有多少个学生在读？", "2136", "人"), ("学校除了在编人员外，还有多少编外聘用的人？", "18", "人"),
                           ("编制床位有多少张？", "6", "张")):
        a = ask(q, scope=scope)
        assert (a.kind, a.value, a.unit) == ("figure", D(value), unit), q


def test_a_performance_indicator_value(ask_pages):
    page = ("某局2025年部门预算\n部门整体支出绩效目标表\n单位：万元\n<table><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th>"
            "<th>指标值</th></tr><tr><td>产出指标</td><td>时效指标</td><td>投诉举报按期办结率</td><td>≥98%</td></tr></table>\n")
    ask = ask_pages({"dept.html": html(page)})
    a = ask("部门整体支出绩效目标表中“投诉举报按期办结率”的指标值是多少？", scope={"doc": "dept.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("98"), "%")


def test_no_fund_named_asks_the_whole_not_one_funds(ask_pages):
    page = ("某县人民医院2023年度单位决算\n一、收入支出决算总体情况说明\n2023年度收入总计37,443.04万元，支出总计37,443.04万元。其中本年支出"
            "合计35,380.25万元，与上年相比增加1,367.68万元，增长4.02%。\n四、财政拨款收入支出决算总体情况说明\n2023年度财政拨款收入总计"
            "3,268.52万元，支出总计3,268.52万元。与上年相比，财政拨款收入、支出总计各增加282.18万元，增长9.45%。\n")
    ask = ask_pages({"hospital.txt": page})
    a = ask("县医院前一年（2022年）总共花了多少钱？", scope={"doc": "hospital.txt"})
    assert a.value != D("2986.34")          # never the 财政拨款 total's last year


def test_a_completion_rate_of_the_budget_asked(ask_pages):
    page = ("某局2023年度部门决算\n五、一般公共预算财政拨款支出决算情况说明\n2023年度一般公共预算财政拨款支出年初预算为4,757.97万元，"
            "全年预算为5,176.12万元，支出决算为5,148.68万元，完成年初预算的108.21%，完成全年预算的99.47%。\n")
    ask = ask_pages({"final.txt": page})
    a = ask("2023年度一般公共预算财政拨款支出完成全年预算的百分之多少？", scope={"doc": "final.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("99.47"), "%")
    a = ask("2023年度一般公共预算财政拨款支出完成年初预算的百分之多少？", scope={"doc": "final.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("108.21"), "%")


def test_more_by_how_much_asks_money_never_a_rate():
    q = parse("孟家岗镇2023年一般公共预算财政拨款支出决算数比年初预算数多多少？")
    assert q.change_word == "amount"


def test_a_class_path_then_a_columns_metric(ask_pages):
    page = ("某局2024年度部门决算\n支出决算表\n单位：万元\n<table><tr><th>科目编码</th><th>科目名称</th><th>本年支出合计</th><th>基本支出</th>"
            "<th>项目支出</th></tr><tr><td>220</td><td>自然资源海洋气象等支出</td><td>5,100.00</td><td>3,022.91</td><td>2,077.09</td></tr>"
            "<tr><td>2200150</td><td>事业运行</td><td>5,100.00</td><td>3,022.91</td><td>2,077.09</td></tr></table>\n")
    ask = ask_pages({"final.html": html(page)})
    a = ask("自然资源海洋气象等支出（类）自然资源事务（款）事业运行（项）的项目支出决算数是多少？", scope={"doc": "final.html"})
    assert (a.kind, a.value, a.unit) == ("figure", D("2077.09"), "万元")


def test_a_description_before_a_term_and_an_item_of_its_own():
    assert parse("基本支出里办公运转的公用经费占多大比例？").part == "公用经费"
    assert parse("金陵街道今年给社区办公运转安排了多少钱？").metrics == []     # 社区办公运转 is its own item


def test_a_head_whose_parts_add_up_to_it_answers_the_plain_question(ask_pages):
    page = ("某街道办事处2025年部门预算\n三、人员情况\n某街道办事处编制数60人，其中：行政编制42人，事业编制18人；实有人数55人。\n")
    ask = ask_pages({"street.txt": page})
    for q in ("街道办事处有多少个编制？", "有多少编制？"):
        a = ask(q, scope={"doc": "street.txt"})
        assert (a.kind, a.value, a.unit) == ("figure", D("60"), "人"), q
