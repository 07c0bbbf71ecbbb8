"""Session 54: rules found on unseen documents and by users, each in general form.

Expected values are read from the pages' own text, written here as they print."""
from __future__ import annotations

from decimal import Decimal as D

SCHOOL = ("某区第二实验小学2023年度单位决算\n四、财政拨款收入支出决算总体情况说明\n"
          "2023年度财政拨款收入总计2,157.05万元，其中：年初财政拨款结转和结余18.20万元，本年财政拨款收入2,138.85万元；"
          "财政拨款支出总计2,157.05万元，其中：本年财政拨款支出2,147.20万元，年末财政拨款结转和结余9.85万元。"
          "本年财政拨款支出比上年增加143.65万元，增长7.17%，主要原因是教职工绩效工资调整。"
          "与年初预算相比，年初预算数1,933.30万元，决算数2,147.20万元，完成年初预算的111.06%。\n")


def test_a_comparison_going_on_from_a_sentence_of_changes_only_is_of_that_item(page_doc):
    # "本年财政拨款支出比上年增加…。与年初预算相比，年初预算数1,933.30万元，决算数2,147.20万元": the
    # 本年财政拨款支出's budget and final figures, never the 年末财政拨款结转和结余 listed last before
    doc = page_doc("school-2023-final.txt", SCHOOL, 2023, "决算")
    budgets = [f for f in doc.figures if f.value == D("1933.30")]
    assert budgets and all(f.metric == "财政拨款支出" and f.basis == "年初预算" for f in budgets), budgets
    assert not any(f.metric == "年末结转结余" and f.value == D("2147.20") for f in doc.figures)


def test_the_share_of_the_budget_spent_is_asked_with_the_short_name(ask_pages):
    ask = ask_pages({"school-2023-final.txt": SCHOOL})
    scope = {"doc": "school-2023-final.txt"}
    assert ask("财政拨款支出完成年初预算的百分之多少？", scope=scope).value == D("111.06")
    assert ask("财政拨款支出决算比年初预算多了多少？", scope=scope).value == D("213.90")
    assert ask("年末财政拨款结转和结余的年初预算数是多少", scope=scope).value is None


MONTHLY = ("某乡2018年2月三公经费公开\n某乡2018年2月“三公经费”使用情况公示 单位：元 项目名称 金额 备注 合计 7820 "
           "1、因公出国（境）费用 0 2、公务接待费 550 3、公务用车费 7270 其中：（1）公务用车运行维护费 7270 （2）公务用车购置费\n")


def test_a_month_written_in_chinese_digits_is_the_month(ask_pages):
    ask = ask_pages({"xiang-2018-02-sangong-monthly.txt": MONTHLY})
    scope = {"doc": "xiang-2018-02-sangong-monthly.txt"}
    assert ask("二月份乡里接待来客花了多少钱？", scope=scope).value == D("550")
    assert ask("三月份乡里接待来客花了多少钱？", scope=scope).value is None     # another month's report


FORESTRY = ("某区林业局2024年部门预算\n六、关于2024年一般公共预算基本支出情况说明\n2024年一般公共预算基本支出857.34万元，"
            "比上年增加44.74万元，增长5.51%。\n")


def test_another_year_asked_after_a_comma_is_a_follow_up_of_the_first_part(ask_pages):
    ask = ask_pages({"ly-2024-budget.txt": FORESTRY})
    for text in ("基本支出多少，去年呢？", "基本支出多少？去年呢？"):
        answer = ask(text, scope={"doc": "ly-2024-budget.txt"})
        assert answer.value == D("857.34"), answer.answer
        assert "2. " in answer.answer and "812.60万元" in answer.answer.split("2. ")[1], answer.answer


def test_a_question_opening_with_the_kind_of_the_one_unit_of_that_kind_asks_of_it(ask_pages):
    # two units held that both state 基本支出, one of them a school: "这个学校…" with no scope is the
    # school's (never a clarify, never the other unit's)
    school = "某区实验中学2024年部门预算\n六、一般公共预算基本支出情况说明\n2024年一般公共预算基本支出1,203.50万元。\n"
    ask = ask_pages({"zx-2024-budget.txt": school, "ly-2024-budget.txt": FORESTRY})
    answer = ask("这个学校一般公共预算基本支出是多少？")
    assert answer.value == D("1203.50"), answer.answer


CULTURE = ("某区文化广电新闻出版旅游局2024年部门预算\n二、收入预算情况\n分单位看，局本级769.02万元，某区文化馆220.95万元，"
           "某区图书馆190.09万元。\n五、一般公共预算当年拨款情况\n2．文化旅游体育与传媒支出（类）文化和旅游（款）图书馆（项）"
           "153.65万元，主要用于某区图书馆人员经费和免费开放。\n")


def test_bodies_summed_are_the_bodies_stated_together_never_a_spending_line(ask_pages):
    ask = ask_pages({"wg-2024-budget.txt": CULTURE})
    scope = {"doc": "wg-2024-budget.txt"}
    # the place said with the first body is the second's too: 某区图书馆 190.09, not 图书馆（项） 153.65
    assert ask("某区文化馆和图书馆2024年一共安排了多少钱？", scope=scope).value == D("411.04")
    # said bare, 图书馆 alone is the spending line while one sentence states both bodies: no mixed sum
    assert ask("文化馆和图书馆2024年一共安排了多少钱？", scope=scope).value != D("374.60")


def test_everyday_words_for_relics_and_publicity_name_their_lines():
    from assistant.question import parse
    assert "文物保护" in parse("2024年修文物准备花多少钱？").item
    assert "旅游宣传" in parse("去年给旅游做宣传的预算是多少？").item


def test_a_school_named_short_leaves_the_question(ask_pages):
    page = ("某市水城区第一中学2023年单位决算\n二、收入决算情况说明\n2023年度本年收入合计4,862.75万元，比上年决算增加247.35万元。"
            "其中：财政拨款收入4,296.38万元，占本年收入合计的88.35%；事业收入528.60万元，占10.87%，主要为按规定收取的"
            "普通高中学费和住宿费；其他收入37.77万元，占0.78%，主要为银行存款利息收入。\n")
    ask = ask_pages({"yz-2023-final.txt": page})
    # 水城一中 for 水城区第一中学 (…一中 ends like a name): the unit, not words of the item
    assert ask("水城一中收学生的学费和住宿费一共收了多少？", scope={"doc": "yz-2023-final.txt"}).value == D("528.60")


def test_a_term_in_brackets_restates_only_the_everyday_words_after_the_container():
    from assistant.question import parse
    q = parse("镇里基本支出里养人的钱（人员经费）占了几成？")
    # "养人的钱（人员经费）": the part; 基本支出 stays whole as the container it is a share of
    assert q.intent == "share" and q.part == "人员经费" and q.whole == "基本支出", (q.part, q.whole)


FORESTRY_FINAL = ("某区林业和草原局2023年部门决算\n（三）一般公共预算财政拨款支出决算具体情况\n"
                  "3．农林水支出（类）林业和草原（款）森林资源培育（项）。年初预算为600.00万元，支出决算为865.30万元，"
                  "完成年初预算的144.22%。决算数大于年初预算数的主要原因是年中上级追加国土绿化资金。\n")


def test_a_class_path_joins_no_items_and_a_difference_is_asked_many_ways(ask_pages):
    from assistant.rules import _one_of_joined
    # the 和 of the 款 林业和草原 joins nothing of the 项 森林资源培育
    assert not _one_of_joined("森林资源培育", "农林水支出(类)林业和草原(款)森林资源培育(项):年初预算")
    assert _one_of_joined("法律顾问", "侨联华侨事务及法律顾问费")
    ask = ask_pages({"lc-2023-final.txt": FORESTRY_FINAL})
    scope = {"doc": "lc-2023-final.txt"}
    for text in ("森林资源培育决算比年初预算多多少", "森林资源培育决算数减年初预算数",
                 "森林资源培育决算与年初预算的差额是多少"):
        assert ask(text, scope=scope).value == D("265.30"), text
    assert ask("森林资源培育（项）支出决算完成年初预算的百分之几？", scope=scope).value == D("144.22")


ARCHIVE = ("某区档案馆2023年部门决算\n（二）支出决算\n1．本年支出决算合计603.10万元，与上年相比增加21.82万元。其中：\n"
           "（3）卫生健康（类）支出20.62万元，与上年相比增加0.49万元，增长2.43%。主要原因是缴费基数调整。\n"
           "（4）住房保障（类）支出45.36万元，与上年相比减少11.60万元，下降20.37%。主要原因是上年发放一次性购房补贴。\n")


def test_a_class_named_with_its_level_mark_inside_is_that_class(ask_pages):
    ask = ask_pages({"da-2023-final.txt": ARCHIVE})
    scope = {"doc": "da-2023-final.txt"}
    # "住房保障（类）支出": the class 住房保障支出, asked without its mark
    assert ask("2022年住房保障支出是多少？", scope=scope).value == D("56.96")
    assert ask("卫生健康支出比上年增加了多少", scope=scope).value == D("0.49")


def test_a_direction_asked_either_way_is_the_signed_change_never_an_amount(ask_pages):
    from corpus.settings import DEMO_CORPUS
    page = (DEMO_CORPUS / "cq-jiangjin-zwfw-2023-unit-budget.txt").read_text(encoding="utf-8")
    ask = ask_pages({"cq-jiangjin-zwfw-2023-unit-budget.txt": page})
    # "2023年“三公”经费预算1.0万元，比2022年增加0.2万元": +0.2, never 1.0 nor last year's 0.80
    assert ask("三公经费比上年多了还是少了？").value == D("0.2")


def test_a_total_asked_of_a_car_named_by_its_plate_sums_its_amounts(ask_pages):
    page = ("2018年某镇1月份三公经费公示\n经统计，某镇2018年1月份三公经费支出情况如下： 项目 本月支出数（元） 合计 2190 "
            "1、因公出国（境）费用 0 2、公务接待费 0 3、公务用车费 2190 其中：（1）公务用车运行维护费 2190 （2）公务用车购置费 0 "
            "注：闽K229KA公车洗车900元、闽K198KA公车洗车900元、K198KA公车加油390元。\n")
    ask = ask_pages({"zhen-2018-01-sangong-monthly.txt": page})
    scope = {"doc": "zhen-2018-01-sangong-monthly.txt"}
    assert ask("1月份闽K198KA这辆车一共花了多少钱？", scope=scope).value == D("1290")
    assert ask("闽K198KA洗车一共花了多少钱？", scope=scope).value == D("900")


def test_the_part_of_income_that_is_not_a_fund_is_the_remainder(ask_pages):
    page = ("某区财政局关于批复某所2014年度部门决算的通知\n一、2014年年初结转结余304.91万元，本年收入510.04万元，本年支出510.04万元，"
            "年末结转结余304.91万元。(一）公共预算财政拨款年初结转结余304.91万元，本年收入509.89万元，本年支出509.89万元。\n")
    ask = ask_pages({"suo-2014-final-approval.txt": page})
    answer = ask("2014年收入里，不是公共预算财政拨款的那部分有多少钱？", scope={"doc": "suo-2014-final-approval.txt"})
    assert answer.value == D("0.15"), answer.answer


def test_a_rate_from_an_amount_and_its_change_stated_apart_passes_the_verifier(ask_pages):
    page = ("某区中医医院2023年度单位决算\n二、收入决算情况说明\n2023年度本年收入合计43,501.18万元，较上年增加2,624.76万元，增长6.42%。"
            "其中：财政拨款收入4,286.53万元，占本年收入合计的9.85%；事业收入38,652.47万元，占88.85%，主要为医疗收入；"
            "其他收入562.18万元，占1.29%。\n与上年相比，财政拨款收入增加324.45万元，主要原因是区财政追加补助；"
            "事业收入增加2,250.32万元，主要原因是门急诊人次、出院人次增长；其他收入增加49.99万元。\n")
    ask = ask_pages({"zyy-2023-final.txt": page})
    answer = ask("2023年度事业收入比上年增长了百分之几？", scope={"doc": "zyy-2023-final.txt"})
    assert answer.value == D("6.18"), answer.answer      # 2,250.32 ÷ (38,652.47 − 2,250.32)


def test_a_count_asked_plainly_is_the_head_of_its_list_never_a_part(ask_pages):
    page = ("某区实验学校2023年单位决算\n第一部分 单位概况\n二、机构设置及人员情况\n学校现有教学班48个，其中小学部30个、初中部18个；"
            "在校学生2,356人，其中小学生1,580人、初中生776人。\n")
    ask = ask_pages({"syxx-2023-final.txt": page})
    scope = {"doc": "syxx-2023-final.txt"}
    assert ask("这个学校有多少学生？", scope=scope).value == D("2356")
    assert ask("小学生有多少？", scope=scope).value == D("1580")


def test_guests_from_above_and_other_bodies_are_the_reception():
    from assistant.question import parse
    assert "公务接待" in parse("2023年招待上级和外单位来人一共花了多少钱？").item


def test_an_address_asked_is_never_answered_by_a_phone_line(ask_pages):
    page = ("某区水务局2024年部门预算\n第五部分 其他\n联系人：王海燕 联系电话：0911-2312675\n")
    ask = ask_pages({"sw-2024-budget.txt": page})
    scope = {"doc": "sw-2024-budget.txt"}
    assert ask("水务局的办公地址在哪里？", scope=scope).kind == "none"
    assert "0911-2312675" in ask("水务局联系电话是多少？", scope=scope).answer


LIBRARY = ("某区图书馆2023年单位决算\n一、收入支出决算总体情况说明\n2023年度收入、支出决算总计均为382.96万元。与2022年度相比，"
           "本年收入合计增加17.71万元，增长4.96%；本年支出合计增加22.94万元，增长6.49%。主要原因是人员经费增加。\n")


def test_a_change_of_the_years_total_is_never_the_grand_totals(page_doc):
    # "决算总计均为382.96万元。…本年收入合计增加17.71万元": the change of 本年收入合计 (17.71 / 356.93 = 4.96%),
    # never of the 382.96 with carry-overs (365.25 last year would be a wrong number)
    doc = page_doc("tsg-2023-final.txt", LIBRARY, 2023, "决算")
    grand = [f for f in doc.figures if f.value == D("382.96")]
    assert grand and all(f.change is None for f in grand), grand
    assert any(f.role == "change" and f.value == D("17.71") and f.metric == "收入" for f in doc.figures)


def test_one_total_of_both_sides_listing_the_parts_of_both_is_no_finding(page_doc):
    from corpus import text_checks
    page = ("某区图书馆2023年单位决算\n四、财政拨款收入支出决算总体情况说明\n2023年度财政拨款收入、支出决算总计均为380.80万元，"
            "其中：年初财政拨款结转和结余8.32万元，本年财政拨款收入372.48万元；本年财政拨款支出374.39万元，"
            "年末财政拨款结转和结余6.41万元。\n")
    doc = page_doc("tsg-2023-final.txt", page, 2023, "决算")
    # 8.32 + 372.48 = 380.80 (income), 374.39 + 6.41 = 380.80 (spending): the page adds up
    assert not [f for f in text_checks.run(doc) if f.check == "其中各项之和"]
