"""Session 51: layouts and questions first met on documents written by helpers who never saw the
code. Every expected value is read from the pages below by hand."""
from __future__ import annotations

from decimal import Decimal as D

SANGONG_BANDS = """<html><body><h1>某区人力资源和社会保障局2023年度部门决算</h1>
<p>3．公务接待费支出0.68万元，预算为1.20万元，完成预算的56.67%。</p>
<p>一般公共预算财政拨款“三公”经费支出决算表</p><p>单位：万元</p>
<table>
<tr><td colspan="6">预算数</td></tr>
<tr><td rowspan="2">合计</td><td rowspan="2">因公出国（境）费</td><td colspan="3">公务用车购置及运行费</td><td rowspan="2">公务接待费</td></tr>
<tr><td>小计</td><td>公务用车购置费</td><td>公务用车运行费</td></tr>
<tr><td>5.70</td><td>0.00</td><td>4.50</td><td>0.00</td><td>4.50</td><td>1.20</td></tr>
<tr><td colspan="6">决算数</td></tr>
<tr><td rowspan="2">合计</td><td rowspan="2">因公出国（境）费</td><td colspan="3">公务用车购置及运行费</td><td rowspan="2">公务接待费</td></tr>
<tr><td>小计</td><td>公务用车购置费</td><td>公务用车运行费</td></tr>
<tr><td>4.54</td><td>0.00</td><td>3.86</td><td>0.00</td><td>3.86</td><td>0.68</td></tr>
</table></body></html>"""


def test_a_table_of_two_blocks_under_bands_gives_each_block_its_basis(page_doc):
    # the 预算数 block (5.70 … 1.20) above the 决算数 block (4.54 … 0.68), one table
    doc = page_doc("rsj-2023-final.html", SANGONG_BANDS, 2023, "决算")
    cells = {(f.metric, f.value): f.basis for f in doc.figures if f.source == "table"}
    assert cells[("公务接待费", D("1.20"))] == "预算"
    assert cells[("公务接待费", D("0.68"))] == "决算"
    assert cells[("三公经费", D("5.70"))] == "预算"
    assert cells[("三公经费", D("4.54"))] == "决算"


def test_the_money_spent_on_guests_is_the_final_block(ask_pages):
    ask = ask_pages({"rsj-2023-final.html": SANGONG_BANDS})
    for question in ("2023年招待来客实际花了多少钱？", "公务接待费决算是多少？"):
        assert ask(question, scope={"doc": "rsj-2023-final.html"}).value == D("0.68"), question
    assert ask("“三公”经费决算是多少？", scope={"doc": "rsj-2023-final.html"}).value == D("4.54")


RUNNING = ("某市交通运输局2024年部门预算\n十、其他重要事项的情况说明\n（一）机关运行经费。"
           "2024年某市交通运输局本级及所属1个参照公务员法管理事业单位（某市交通运输综合执法支队）的机关运行经费"
           "财政拨款预算218.60万元，比2023年预算减少7.75万元，下降3.42%。\n")


def test_a_count_before_the_amount_does_not_take_its_change(page_doc):
    doc = page_doc("jtj-2024-budget.txt", RUNNING, 2024, "预算")
    (fig,) = [f for f in doc.figures if f.value == D("218.60")]
    assert fig.change == D("-7.75") and fig.change_pct == D("-3.42")
    assert all(f.change_pct is None for f in doc.figures if f.unit == "个")


def test_last_years_running_costs_from_the_stated_change(ask_pages):
    ask = ask_pages({"jtj-2024-budget.txt": RUNNING})
    answer = ask("交通运输局2023年的机关运行经费预算是多少？", scope={"doc": "jtj-2024-budget.txt"})
    assert answer.value == D("226.35")        # 218.60 + 7.75


PLANNED = ("某乡人民政府2016年部门预算\n四、2015年决算收支总体情况\n1、我乡2015年部门决算预计总收入为926.6万元。"
           "2、支出情况：2015年度财政总支出为879.5万元。3、结余情况：全年上级补助收入515.24万元，加上年结余92.39万元，"
           "减全年财政总支出879.5万元，2015年财政滚存结余52.49万元。\n五、一般公共预算拨款支出预计情况\n"
           "1、支出预算：2016年度安排财政总支出969万元。\n2、结余情况：本年度安排财政总收入预计986万元，"
           "加上年财政滚存结余52.49万元，减全年财政总支出969万元，2016年预计滚存结余69.49万元。\n")


def test_spending_said_as_the_only_word_is_never_the_income(ask_pages):
    ask = ask_pages({"xiang-2016-budget.txt": PLANNED})
    answer = ask("今年打算花的钱比2015年实际花的多了多少？", scope={"doc": "xiang-2016-budget.txt"})
    assert answer.value == D("89.5")          # 969 − 879.5, never the income's 986 − 926.6
    answer = ask("今年预计收入比2015年多了多少？", scope={"doc": "xiang-2016-budget.txt"})
    assert answer.value == D("59.4")


CARS = ("某区农业农村局2023年部门决算\n七、“三公”经费财政拨款支出决算情况说明\n"
        "2．公务用车购置及运行维护费支出预算为12.00万元，支出决算为11.35万元，完成预算的94.58%。其中：公务用车购置支出0万元，"
        "本年度未购置公务用车；公务用车运行维护费支出11.35万元，主要用于公务用车的燃料费、维修费、过路过桥费、保险费等支出。\n")


def test_the_word_spending_at_a_labels_end_chooses_nothing_between_spendings(ask_pages):
    ask = ask_pages({"nyj-2023-final.txt": CARS})
    answer = ask("2023年公车上实际花了多少钱？", scope={"doc": "nyj-2023-final.txt"})
    assert answer.value == D("11.35")         # never the part 公务用车购置支出 0
    for question in ("养公车实际花了多少钱？", "一年养公务车花了多少？"):
        assert ask(question, scope={"doc": "nyj-2023-final.txt"}).value == D("11.35"), question


SCHOOL = ("某市第九中学校2023年度单位决算\n二、收入决算情况说明\n2023年度本年收入合计11,025.00万元，其中：财政拨款收入"
          "9,751.47万元；事业收入1,236.48万元，占本年收入合计的11.21%，主要为按规定收取的普通高中学费和住宿费；"
          "其他收入37.05万元。\n五、一般公共预算财政拨款支出决算情况说明\n2023年度一般公共预算财政拨款支出年初预算为9,267.00万元，"
          "支出决算为9,751.47万元，完成年初预算的105.23%。\n")


def test_items_that_are_the_whole_stated_use_of_an_amount_are_that_amount(ask_pages):
    ask = ask_pages({"jz-2023-final.txt": SCHOOL})
    answer = ask("向学生收的学费和住宿费一共有多少？", scope={"doc": "jz-2023-final.txt"})
    assert answer.value == D("1236.48")
    assert ask("学费和书本费一共有多少？", scope={"doc": "jz-2023-final.txt"}).value is None


def test_a_completion_asked_as_a_proportion_is_the_stated_rate(ask_pages):
    ask = ask_pages({"jz-2023-final.txt": SCHOOL})
    answer = ask("一般公共预算财政拨款支出完成年初预算的比例是多少？", scope={"doc": "jz-2023-final.txt"})
    assert answer.value == D("105.23") and answer.unit == "%"


def test_a_place_name_with_he_is_no_list_of_items(ask_pages):
    page = ("沈阳市和平区教育局2024年部门预算\n十、其他重要事项的情况说明\n（一）机关运行经费\n"
            "2024年沈阳市和平区教育局机关本级机关运行经费预算126.38万元，比上年减少4.64万元，下降3.54%。\n")
    ask = ask_pages({"hp-2024-budget.txt": page})
    assert ask("机关运行经费预算是多少？", scope={"doc": "hp-2024-budget.txt"}).value == D("126.38")


def test_groups_counted_with_who_came_are_the_batches(ask_pages):
    page = ("某乡2015年度决算说明\n七、“三公”经费\n（二）公务接待费1.48万元。主要用于各部门来乡检查工作的工作用餐，"
            "累计接待9批次、接待总人数136人/次。\n")
    ask = ask_pages({"xiang-2015-final.txt": page})
    answer = ask("一共接待了几批来检查工作的人？", scope={"doc": "xiang-2015-final.txt"})
    assert answer.value == 9 and answer.unit == "批次"


def test_a_funds_flow_said_after_a_comma_and_a_pension_paid_to_the_retired(ask_pages):
    page = ("某区农业农村局2023年部门决算\n五、一般公共预算财政拨款支出决算情况说明\n"
            "2023年度一般公共预算财政拨款支出年初预算为4782.90万元，支出决算为5822.45万元，完成年初预算的121.73%。\n")
    ask = ask_pages({"nyj-2023-final.txt": page})
    answer = ask("2023年一般公共预算的钱，实际花的比年初计划多了多少？", scope={"doc": "nyj-2023-final.txt"})
    assert answer.value == D("1039.55")       # 5822.45 − 4782.90


OCEAN = ("某市海洋发展局2023年部门决算\n第一部分 部门概况\n本部门共有公务用车5辆，另有执法船艇9艘。\n"
         "七、“三公”经费财政拨款支出决算情况说明\n因公出国（境）费支出决算18.62万元，完成预算的53.20%。"
         "全年国内公务接待42批次、386人次。\n"
         "十、机关运行经费\n2023年本部门行政单位及参照公务员法管理的事业单位机关运行经费决算386.52万元，比上年减少15.65万元，"
         "下降3.89%。\n")


def test_boats_counted_trips_abroad_and_a_document_quoted(ask_pages):
    ask = ask_pages({"hyj-2023-final.txt": OCEAN})
    scope = {"doc": "hyj-2023-final.txt"}
    answer = ask("海洋局有几艘执法船？", scope=scope)
    assert answer.value == 9 and answer.unit == "艘"
    assert ask("2023年派人出国一共花了多少钱？", scope=scope).value == D("18.62")
    assert ask("决算里说一共接待了多少批客人？", scope=scope).value == 42


def test_bodies_listed_before_an_item_are_no_list_of_items(ask_pages):
    ask = ask_pages({"hyj-2023-final.txt": OCEAN})
    answer = ask("机关运行经费比上年变化了多少？", scope={"doc": "hyj-2023-final.txt"})
    assert answer.value == D("-15.65")


def test_the_amount_asked_before_the_field_it_goes_to(ask_pages):
    page = ("某区城市管理局2024年部门预算\n七、“三公”经费预算情况说明\n公务用车购置及运行维护费31.20万元，其中："
            "公务用车购置费0万元，公务用车运行维护费31.20万元，比上年减少2.40万元。\n")
    ask = ask_pages({"cgj-2024-budget.txt": page})
    answer = ask("2024年打算花多少钱在公务车的油费、修车这些上面？", scope={"doc": "cgj-2024-budget.txt"})
    assert answer.value == D("31.20")


def test_a_funds_both_flow_budget_and_its_last_year(ask_pages):
    page = ("某市第一人民医院2024年单位预算\n四、财政拨款收支预算总体情况\n2024年本单位财政拨款收支预算26,804.36万元，"
            "全部为一般公共预算拨款，比上年减少1,864.80万元，下降6.50%。\n")
    ask = ask_pages({"yy-2024-budget.txt": page})
    answer = ask("医院去年政府给的财政拨款预算是多少？", scope={"doc": "yy-2024-budget.txt"})
    assert answer.value == D("28669.16")      # 26,804.36 + 1,864.80


def test_a_new_question_after_a_clarify_is_no_reply_to_it(ask_pages):
    pages = {"yjj-2024-budget.txt": "某市应急管理局2024年部门预算\n一、收支预算总体情况\n2024年收入预算4862.37万元。"
                                    "\n七、“三公”经费预算\n一般公共预算“三公”经费预算数为31.80万元。\n",
             "mzj-2024-budget.txt": "某区民政局2024年部门预算\n一、收支预算总体情况\n2024年收入预算1200.00万元。"
                                    "\n七、“三公”经费预算\n一般公共预算“三公”经费预算数为6.00万元。\n"}
    ask = ask_pages(pages)
    first = ask("三公经费预算是多少？")
    assert first.kind == "clarify"
    answer = ask("应急管理局2024年预算总共多少", history=[first])
    assert answer.value == D("4862.37")       # the budget asked, never the 三公 of the clarify
    assert ask("应急管理局", history=[first]).value == D("31.80")     # a reply naming the unit only


def test_the_year_before_said_as_shang_yi_nian(ask_pages):
    page = ("某区民政局2023年部门决算\n七、财政拨款“三公”经费支出决算情况说明\n2023年度“三公”经费财政拨款支出决算为5.48万元，"
            "完成预算的91.33%，较上年减少0.64万元，下降10.46%。\n")
    ask = ask_pages({"mzj-2023-final.txt": page})
    for question in ("三公经费上一年花了多少", "三公经费去年花了多少"):
        assert ask(question, scope={"doc": "mzj-2023-final.txt"}).value == D("6.12"), question


HOSPITAL = ("某市第一医院2024年单位预算\n三、收入预算情况\n2024年收入预算106,520.00万元，其中：财政拨款收入6,834.40万元，"
            "占6.42%；事业收入98,450.00万元，占92.42%；其他收入1,235.60万元，占1.16%。\n"
            "事业收入为医院开展医疗服务取得的医疗收入，包括门急诊收入和住院收入，比2023年预算增加5,590.00万元，增长6.02%。\n"
            "七、“三公”经费预算情况\n本单位一般公共预算“三公”经费预算为0万元。此外，本单位使用事业收入安排“三公”经费13.80万元，"
            "比2023年减少1.80万元，下降11.54%。\n")


def test_a_change_in_a_sentence_opening_with_its_item_and_money_paid_from_an_income(page_doc, ask_pages):
    doc = page_doc("yy-2024-budget.txt", HOSPITAL, 2024, "预算")
    income = {f.metric: f for f in doc.figures if f.role == "amount" and f.unit == "万元"}
    assert income["事业收入"].change == D("5590.00")
    assert income["其他收入"].change is None
    ask = ask_pages({"yy-2024-budget.txt": HOSPITAL})
    answer = ask("医院去年（2023年）的事业收入预算是多少？", scope={"doc": "yy-2024-budget.txt"})
    assert answer.value == D("92860.00")      # 98,450.00 − 5,590.00, never the 三公 paid from it
    assert ask("使用事业收入安排的“三公”经费是多少？", scope={"doc": "yy-2024-budget.txt"}).value == D("13.80")


def test_a_completion_of_the_budget_its_clause_named_is_no_completion_of_the_first_budget(ask_pages):
    page = ("某市林业和草原局2023年部门决算\n十、其他重要事项的情况说明\n（四）预算绩效管理情况\n"
            "“森林资源培育”项目绩效自评综述：该项目全年预算数4,426.38万元，执行数4,126.38万元，完成预算的93.22%。\n")
    ask = ask_pages({"lcj-2023-final.txt": page})
    scope = {"doc": "lcj-2023-final.txt"}
    assert ask("森林资源培育这一项完成了年初预算的百分之多少？", scope=scope).value is None
    assert ask("森林资源培育项目完成了全年预算的百分之多少？", scope=scope).value == D("93.22")


def test_the_head_of_posts_listed_with_more_parts_than_tied(ask_pages):
    page = ("某市应急管理局2024年部门预算\n第一部分 部门概况\n二、机构设置及人员情况\n截至2023年底，本部门核定编制98人，其中："
            "行政编制40人、参照公务员法管理事业编制36人、事业编制22人；实有在职人员91人，离退休人员23人。\n")
    ask = ask_pages({"yjj-2024-budget.txt": page})
    assert ask("核定编制多少人", scope={"doc": "yjj-2024-budget.txt"}).value == 98
    assert ask("行政编制多少人", scope={"doc": "yjj-2024-budget.txt"}).value == 40


def test_a_premise_with_wan_and_a_palace_named_as_a_unit(ask_pages):
    pages = {"rd-2017-budget.txt": "某县人大常委会2017年部门预算\n一、收支预算总体情况\n2017年县人大部门收入预算为711.27万元，"
                                   "比2016年增加89.5万元。\n",
             "sng-2024-budget.txt": "大连市少年宫2024年单位预算\n三、收入预算情况\n2024年收入预算1,282.48万元，其中事业收入186.00万元。\n"}
    ask = ask_pages(pages)
    answer = ask("县人大2017年的预算比前一年多了89.5万，那2016年的预算是多少？", scope={"doc": "rd-2017-budget.txt"})
    assert answer.value == D("621.77")
    answer = ask("大连市少年宫2024年办培训班预计能收多少钱？", scope={"doc": "sng-2024-budget.txt"})
    assert answer.value != D("1282.48")       # the unit's name is no item: never its total income


SCHOOL_58 = ("某市第五十八中学2024年单位预算\n三、收入预算情况\n2024年收入预算8,372.10万元，其中：一般公共预算拨款收入7,940.10万元；"
             "财政专户管理资金收入432.00万元，占5.16%，为普通高中学费收入。\n四、支出预算情况\n"
             "2024年一般公共预算基本支出7,048.63万元，其中：人员经费6,426.07万元，公用经费622.56万元。\n"
             "学生资助（国家助学金及免学费补助）186.00万元，主要用于普通高中国家助学金和免学费补助。\n"
             "其中：校舍维修改造项目主要用于教学楼屋面防水及外墙维修。\n")


def test_a_fee_waived_is_no_fee_and_the_budget_said_as_where(ask_pages):
    ask = ask_pages({"58-2024-budget.txt": SCHOOL_58})
    scope = {"doc": "58-2024-budget.txt"}
    for question in ("学费有多少？", "2024年预算里学生交的学费有多少？"):
        assert ask(question, scope=scope).value == D("432.00"), question     # never the 免学费补助 186.00
    answer = ask("日常运转的钱里，用在教职工身上的人员经费占了多大比例？", scope=scope)
    assert answer.value == D("91.17")         # 6,426.07 ÷ 7,048.63 (基本支出, not 公用经费)
    answer = ask("校舍维修改造项目具体修什么", scope=scope)
    assert answer.value is None and "教学楼屋面防水及外墙维修" in answer.answer


def test_the_three_kinds_bought_and_a_premise_restating_its_subject(ask_pages):
    pages = {"hyj-2023-final.txt": "某市海洋发展局2023年部门决算\n十、政府采购支出情况\n2023年度本部门政府采购支出总额3865.42万元，"
                                   "其中：政府采购货物支出1126.30万元、政府采购工程支出580.00万元、政府采购服务支出2159.12万元。\n",
             "mzj-2024-budget.txt": "某区民政局2024年部门预算\n一、收支总体情况\n2024年收支总预算12,918.15万元，比上年增加462.32万元，"
                                    "增长3.71%。\n"}
    ask = ask_pages(pages)
    answer = ask("海洋发展局买东西、做工程、买服务一共花的采购钱里，工程占了百分之几？", scope={"doc": "hyj-2023-final.txt"})
    assert answer.value == D("15.00")         # 580.00 ÷ 3865.42
    answer = ask("民政局2024年的总预算比去年多了一些，那去年的总预算是多少钱？", scope={"doc": "mzj-2024-budget.txt"})
    assert answer.value == D("12455.83")      # 12,918.15 − 462.32


def test_a_use_said_in_the_sentence_after_pointing_back(ask_pages):
    page = ("某区民政局2023年部门决算\n八、政府性基金预算财政拨款收入支出决算情况说明\n支出全部为其他支出（类）彩票公益金安排的支出（款）"
            "用于社会福利的彩票公益金支出（项），年初预算为400.00万元，支出决算为482.30万元，完成年初预算的120.58%，"
            "决算数大于年初预算数的主要原因是上级追加下达福利彩票公益金。该项资金主要用于社区老年人日间照料中心运营补助、"
            "老年人助餐服务补贴等。\n")
    ask = ask_pages({"mzj-2023-final.txt": page})
    answer = ask("彩票公益金主要用来干啥", scope={"doc": "mzj-2023-final.txt"})
    assert answer.answer.index("社区老年人日间照料中心运营补助") < answer.answer.index("。")


def test_money_said_not_to_be_a_funds_and_a_things_related_money(ask_pages):
    pages = {"yy3-2024-budget.txt": "某市第三人民医院2024年单位预算\n七、“三公”经费预算情况\n2024年“三公”经费财政拨款预算为0万元，"
                                    "与上年持平。医院使用非财政拨款资金安排的“三公”经费预算42.60万元，比2023年减少3.90万元。\n",
             "gyj-2024-budget.txt": "某市公园城市建设和城市更新局2024年部门预算\n七、“三公”经费预算情况\n2024年“三公”经费财政拨款预算"
                                    "68.50万元，其中：因公出国（境）费6.00万元，公务用车购置及运行维护费48.50万元，公务接待费14.00万元。\n"}
    ask = ask_pages(pages)
    answer = ask("医院用自己的钱（非财政拨款）安排的三公经费，2023年是多少？", scope={"doc": "yy3-2024-budget.txt"})
    assert answer.value == D("46.50")         # 42.60 + 3.90, never the 财政拨款 one (0)
    answer = ask("2024年的三公经费里，公车相关的钱占了百分之多少？", scope={"doc": "gyj-2024-budget.txt"})
    assert answer.value == D("70.80")         # 48.50 ÷ 68.50, never 公务用车购置费 alone
    answer = ask("2024年准备花多少钱让人出国出境？", scope={"doc": "gyj-2024-budget.txt"})
    assert answer.value == D("6.00")


def test_a_document_and_a_year_that_do_not_go_together_say_so(tmp_path):
    from assistant.core import Assistant
    from corpus.settings import Settings
    from index.pipeline import build

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "yy-2024-budget.txt").write_text(HOSPITAL, encoding="utf-8")
    settings = Settings(index_dir=tmp_path / "index").with_(embedder="none")
    build(folder, settings, log=lambda m: None)
    assistant = Assistant(settings)
    said = assistant.scope_problem({"doc": "yy-2024-budget.txt", "year": 2023})
    assert said and "2024年的" in said and "2023年" in said
    assert assistant.scope_problem({"doc": "yy-2024-budget.txt", "year": 2024}) is None
    assert assistant.scope_problem({"doc": "yy-2024-budget.txt", "year": "2023-2024"}) is None   # no one year said


def test_own_money_is_never_a_fiscal_funds_and_new_hires_are_no_staff(ask_pages):
    pages = {"yy-2024-budget.txt": "某市立医院2024年单位预算\n七、一般公共预算“三公”经费支出预算情况说明\n"
                                   "2024年一般公共预算“三公”经费预算为0万元，其中公务接待费0万元，与上年持平。\n"
                                   "医院使用单位资金安排的公务接待费18.00万元，比上年减少3.50万元。\n",
             "slj-2024-budget.txt": "某市水利局2024年部门预算\n二、人员情况\n本部门编制130人，实有在职人员121人。\n"}
    ask = ask_pages(pages)
    answer = ask("医院上一年用自己的钱安排的招待客人费用预算是多少？", scope={"doc": "yy-2024-budget.txt"})
    assert answer.value in (None, D("21.50"))     # never the 一般公共预算 one (0)
    assert ask("水利局2024年打算招多少新员工？", scope={"doc": "slj-2024-budget.txt"}).value is None
    assert ask("水利局有多少在职人员？", scope={"doc": "slj-2024-budget.txt"}).value == 121


def test_a_trip_abroad_with_its_purposes_and_a_hospitals_inpatient_income(ask_pages):
    page = ("某市中心医院2024年单位预算\n三、收入预算情况\n事业收入全部为医疗收入，其中门急诊收入78,400.00万元，住院收入158,100.00万元。\n"
            "七、“三公”经费预算情况\n1．因公出国（境）费8.00万元，比上年增加8.00万元，主要原因是计划选派1个团组2人赴国外参加国际学术会议"
            "和短期临床进修。\n")
    ask = ask_pages({"zxyy-2024-budget.txt": page})
    scope = {"doc": "zxyy-2024-budget.txt"}
    assert ask("2024年准备花多少钱让医生出国开会、进修？", scope=scope).value == D("8.00")
    assert ask("2024年预计病人住院这块能收多少钱？", scope=scope).value == D("158100.00")
