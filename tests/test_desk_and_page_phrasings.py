"""What a new user met on the public page and at the desk (session 43, a helper using the
command line on 5 real documents): two years written back to back, a field of spending said in
everyday words asking a stated share, cars bought counted, a request or a context sentence around
the question, a term's parts said before it, a reason said twice, a key held down, and a command
line error. Every page is written in the shape of such a page; every expected value is read from
its words by hand."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

WELFARE = ("某区社会福利院2024年单位预算\n"
           "6. “住房保障支出（类）住房改革支出（款）住房公积金（项）”33.58万元，主要用于住房公积金。2023年当年预算执行数为"
           "33.74万元，2024年预算安排33.58万元，比2023年预算执行数减少0.47%。\n"
           "（二）公务用车购置及运行费6.40万元，其中：公务用车运行费6.40万元。\n")

WORK_DEPT = ("某区社会工作部2024年部门决算\n"
             "本年支出合计307.82万元，其中：一般公共服务支出（类）250.00万元，占81.22%；住房保障支出（类）29.42 万元，占 9.55%。\n")

SANGONG = ("某区本级2017年“三公”经费决算情况通报\n"
           "“三公”经费支出1476.44万元，其中：公务用车购置费100.99万元，公务用车购置3辆。\n"
           "（三）公务接待费453.53万元，主要用于公务等方面的接待活动，累计接待2360批次、接待总人数41427人次。\n")

BUDGET = ("某市交通委员会2018年部门预算\n一般公共预算财政拨款支出324970.32万元，其中：基本支出61042.17万元，比2017年增加4824.58万元。\n"
          "基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。\n")


def test_the_documents_year_written_before_the_year_asked(ask_pages):
    ask = ask_pages({"welfare.html": WELFARE})
    a = ask("某区社会福利院2024年2023年住房公积金的预算执行数是多少？")
    assert (a.value, a.unit) == (D("33.74"), "万元")


def test_a_field_said_in_everyday_words_asks_the_stated_share(ask_pages):
    ask = ask_pages({"work.html": WORK_DEPT})
    a = ask("住房方面的支出占多少比例？", scope={"doc": "work.html"})
    assert (a.value, a.unit) == (D("9.55"), "%")       # stated; never 29.42 ÷ 307.82 recomputed (9.56)
    assert "占为" not in a.answer


def test_cars_bought_counted_in_everyday_words(ask_pages):
    ask = ask_pages({"sangong.html": SANGONG})
    a = ask("买了几辆车？", scope={"doc": "sangong.html"})
    assert (a.value, a.unit) == (D("3"), "辆")


def test_a_request_after_the_question_and_a_context_sentence_before_it(ask_pages):
    ask = ask_pages({"welfare.html": WELFARE})
    scope = {"doc": "welfare.html"}
    for q in ("公务用车运行费是多少？请详细说明。", "家属很关心钱花在哪。公务用车运行费是多少？",
              "我家老人住在区社会福利院，家属都很关心钱花在哪。请问某区社会福利院2024年公务用车运行费预算是多少？"):
        a = ask(q, scope=scope)
        assert (a.value, a.unit) == (D("6.40"), "万元"), q


def test_a_terms_parts_said_before_it(ask_pages):
    ask = ask_pages({"budget.html": BUDGET})
    a = ask("养人和日常运转的基本支出要花多少钱？", scope={"doc": "budget.html"})
    assert (a.value, a.unit) == (D("61042.17"), "万元")


def test_a_use_is_quoted_once(ask_pages):
    ask = ask_pages({"sangong.html": SANGONG})
    a = ask("公务接待费主要用在哪里？", scope={"doc": "sangong.html"})
    assert a.answer.count("累计接待2360批次") == 1


def test_a_key_held_down_asks_nothing(ask_pages):
    ask = ask_pages({"sangong.html": SANGONG})
    a = ask("啊" * 300)
    assert a.value is None and "没有看懂" in a.answer


def test_a_command_line_error_is_said_in_chinese(capsys):
    from assistant.cli import make_parser
    with pytest.raises(SystemExit):
        make_parser().parse_args(["ask", "收入预算是多少？", "--year", "abc"])
    err = capsys.readouterr().err
    assert "需要一个整数" in err and "invalid" not in err


SCHOOL = ("锦州市某区第一初级中学2026年单位预算\n表三 2026年一般公共预算基本支出预算表\n单位：元\n"
          "<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>人员经费</th><th>公用经费</th></tr>"
          "<tr><td>30101</td><td>基本工资</td><td>4,120,500.00</td><td>4,120,500.00</td><td>0.00</td></tr>"
          "<tr><td>30107</td><td>绩效工资</td><td>3,018,624.00</td><td>3,018,624.00</td><td>0.00</td></tr></table>\n")

TOWN = ("流水镇2016年部门预算\n五、一般公共预算支出情况\n（七）农林水支出\n农村综合改革（科目代码2130701）182.66万元，"
        "其中村级运转经费58.00万元，村干部工资补助124.66万元。\n")


def test_a_schools_short_name_and_whose_pay(ask_pages):
    ask = ask_pages({"school.html": SCHOOL})
    a = ask("某区一中2026年给老师发绩效工资的预算是多少？", scope={"doc": "school.html"})
    assert (a.value, a.unit) == (D("3018624.00"), "元")
    a = ask("2026年工作人员的基本工资一共多少？", scope={"doc": "school.html"})
    assert (a.value, a.unit) == (D("4120500.00"), "元")


def test_a_code_naming_where_the_item_is(ask_pages):
    ask = ask_pages({"town.txt": TOWN})
    a = ask("农村综合改革（2130701）中村干部工资补助是多少万元？", scope={"doc": "town.txt"})
    assert (a.value, a.unit) == (D("124.66"), "万元")     # never the class's 182.66


HUJI = ("沭阳县胡集镇人民政府2026年部门预算\n五、政府采购预算情况\n2026年政府采购预算总额138.00万元，其中：拟采购货物支出38.00万元、"
        "拟采购工程支出80.00万元、拟采购服务支出20.00万元。\n")

HOUSING = ("某县住房和城乡建设局2025年部门决算\n表5 一般公共预算财政拨款支出决算表\n单位：万元\n"
           "<table><tr><th>功能分类科目编码</th><th>科目名称</th><th>年初预算数</th><th>调整预算数</th><th>合计</th><th>完成率（%）</th></tr>"
           "<tr><td>2120106</td><td>工程建设管理</td><td>300.00</td><td>280.00</td><td>268.30</td><td>95.82</td></tr></table>\n")


def test_a_townships_name_before_government_procurement(ask_pages):
    ask = ask_pages({"huji.html": HUJI})
    a = ask("胡集镇2026年政府采购预算中工程类占比是多少？", scope={"doc": "huji.html"})
    assert (a.value, a.unit) == (D("57.97"), "%")        # 80.00 ÷ 138.00 (镇政府 is no filler inside 政府采购)


def test_a_rate_column_of_a_table_in_wan(ask_pages):
    ask = ask_pages({"housing.html": HOUSING})
    a = ask("2025年2120106工程建设管理的预算完成率是多少？", scope={"doc": "housing.html"})
    assert (a.value, a.unit) == (D("95.82"), "%")


PROCUREMENT = ("某镇人民政府2026年部门预算\n五、政府采购预算情况\n2026年政府采购预算总额2,408.00万元，面向中小企业预留采购份额130.55万元。\n")


def test_a_share_set_aside_is_an_amount(ask_pages):
    ask = ask_pages({"town.html": PROCUREMENT})
    a = ask("2026年政府采购预算中面向中小企业预留的采购份额是多少？", scope={"doc": "town.html"})
    assert (a.value, a.unit) == (D("130.55"), "万元")     # 份额 asks the money; never 130.55 ÷ 2,408.00


FINANCE_2016 = ("平潭综合实验区财政金融局2016年部门预算\n五、一般公共预算支出情况\n（一）2010601行政运行123.85万元。"
                "主要用于机关人员经费和公用支出。\n（八）2150701行政运行41.8万元。主要用于本部门所属单位国有资产管理局人员经费、"
                "日常公用经费及专项业务费开支。\n")

COMMERCE = ("上海市普陀区商务委员会2025年部门预算\n基本支出经济分类预算表\n单位：元\n"
            "<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th></tr>"
            "<tr><td>30201</td><td>办公费</td><td>273,900.00</td></tr></table>\n")


def test_everyday_words_in_brackets_describe_the_name_before_them(ask_pages):
    ask = ask_pages({"finance.txt": FINANCE_2016})
    a = ask("我在看平潭财政金融局2016年的预算说明，下面国有资产管理局那块的行政运行经费（人员和日常办公的钱）安排了多少？"
            "麻烦告诉我，谢谢", scope={"doc": "finance.txt"})
    assert a.value in (None, D("41.8"))          # never the bureau's own 行政运行 (123.85)


def test_another_money_unit_asked_after_the_question(ask_pages):
    ask = ask_pages({"commerce.html": COMMERCE})
    a = ask("我是普陀区的居民，在看区商务委2025年的预算，想知道他们一年办公费预算多少钱？表里写的是元，能帮我换算成万元吗？谢谢",
            scope={"doc": "commerce.html"})
    assert (a.value, a.unit) == (D("27.39"), "万元")


AOQIAN = ("某片区开发管理局2017年决算\n四、收入支出决算情况\n（一）1、财政拨款收入6,225.05万元，其中政府性基金3,000.00万元。\n"
          "五、一般公共预算拨款支出决算情况\n2017年一般公共预算拨款支出4,825.42万元，比2016年决算数减少6170.34万元。\n")


def test_income_asked_is_never_a_spending_amount(ask_pages):
    ask = ask_pages({"aoqian.txt": AOQIAN})
    a = ask("2017年财政拨款收入里，除去政府性基金，一般公共预算的拨款有多少？", scope={"doc": "aoqian.txt"})
    assert a.value != D("4825.42")
