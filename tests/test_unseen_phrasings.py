"""Clause shapes and question phrasings met first in question sets written on documents nobody here
had read (Shanghai 决算 PDFs, other provinces' budget pages, monthly “三公” notices, 2014 township
reports). Each document below is a short page written in the shape of such a page; every expected
value is read from its sentences by hand (derived ones computed by hand, formula in the comment)."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from assistant.question import asked_money, parse
from assistant.rules import FigureMatcher, answer_figure
from corpus.build import parse_document


def _doc(tmp_path, name, text, year, kind):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_document(path, name, {"year": year, "kind": kind, "unit": "某某单位"})


def _ask(doc, text):
    return answer_figure(parse(text), doc.year, doc.figures, FigureMatcher(doc.figures))


def _fig(doc, value):
    return [f for f in doc.figures if f.value == D(value)]


GROWTH = ("一、收入支出预算总体情况\n2021年某某单位收入预算总额为120.34万元,较上年增加11.34万元,其中:"
          "财政拨款收入91.16万元,占收入预算总额的75.75%。上年结余29.18万元。\n")


def test_a_growth_rate_is_never_the_share_in_the_same_sentence(tmp_path):
    doc = _doc(tmp_path, "minge-2021-budget.txt", GROWTH, 2021, "预算")
    r = _ask(doc, "收入预算总额比上年增长了百分之几？")
    # 11.34 ÷ (120.34 − 11.34 = 109.00) × 100 = 10.40 — never the share 75.75
    assert (r.kind, r.value, r.unit) == ("derived", D("10.40"), "%")


CARRY = ("一、收入预算\n2022年预算收入4213.63万元,比2021年预算减少 745.91万元,下降15 %。"
         "其中:一般公共预算收入4209.69万元,政府性基金预算收入0元,上年结转收入3.94万元,其他收入0元。\n")


def test_last_years_carry_over_is_income_of_this_year(tmp_path):
    doc = _doc(tmp_path, "xuequ-2022-budget.txt", CARRY, 2022, "预算")
    (carry,) = [f for f in _fig(doc, "3.94") if f.unit == "万元"]
    assert carry.year == 2022
    r = _ask(doc, "2021年的预算收入是多少？")
    # 4213.63 − (−745.91) = 4959.54; never the 上年结转收入 3.94
    assert (r.kind, r.value) == ("derived", D("4959.54"))


LOST_STOP = ("二、“三公”经费预算\n2018年财政拨款“三公”经费预算总额为 3.5 万元,其中,因公出国(境)费支出 0 万元,"
             "公务用车购置及运行费支出1.5 万元,公务接待费支出 2 万元。\n"
             "2018年“三公”经费预算数比2017年预算数无增减2018年公务用车购置经费预算数 0 万元,与上年预算数相比无增减。\n")


def test_a_clause_ending_word_closes_a_clause_whose_full_stop_was_lost(tmp_path):
    doc = _doc(tmp_path, "chaye-2018-budget.txt", LOST_STOP, 2018, "预算")
    labels = {f.label for f in doc.figures if f.value == 0 and "购置" in f.label}
    assert "公务用车购置经费预算数" in labels
    r = _ask(doc, "“三公”经费一共打算花多少钱？")
    assert (r.kind, r.value) == ("figure", D("3.5"))


CODED = ("（九）其他支出（科目编码229）66万元（其中按照项级科目统计，科目编码2299901-其他支出的金额为66万元），"
         "较2015年决算数减少104.45万元。\n（十）其他支出（项级科目）22万元，较2015年决算数增加16万元。\n"
         "(一）公共预算财政拨款年初结转结余0.58万元，本年收入19,080.90万元，本年支出19,077.30万元，"
         "年末公共预算财政拨款结转结余4.18万元。\n")


def test_a_coded_item_and_a_fund_inside_a_balance_term(tmp_path):
    doc = _doc(tmp_path, "zhonglou-2016-final.txt", CODED, 2016, "决算")
    assert _ask(doc, "科目编码2299901-其他支出的金额是多少？").value == D("66")
    r = _ask(doc, "年末公共预算财政拨款结转结余是多少？")
    assert (r.kind, r.value) == ("figure", D("4.18"))


GAP = ("（三）一般公共预算财政拨款支出决算具体情况\n"
       "一般公共预算财政拨款支出年初预算为 0 万元，全年预算为321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%。其中：\n"
       "1、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要用于：行政单位退休人员支出。"
       "年初预算为 54.53 万元，支出决算为 54.53 万元，完成年初预算的100.00%。\n")


def test_an_items_budget_after_its_list_heading_and_the_gap_asked_without_an_item(tmp_path):
    doc = _doc(tmp_path, "shegong-2024-final.txt", GAP, 2024, "决算")
    (budget,) = [f for f in _fig(doc, "54.53") if f.basis == "年初预算"]
    assert "行政单位离退休" in budget.label       # the list item's, not the fund total's before it
    r = _ask(doc, "实际花的钱比全年预算少了多少？")
    # 决算 307.82 − 全年预算 321.02 = −13.20, asked as 少了多少: the size 13.20
    assert (r.kind, r.value) == ("derived", D("13.20"))


MONTHLY = ("2018年某镇10月份三公经费公示\n经统计，某镇2018年10月份三公经费支出情况如下： 项目 本月支出数（元） 合计 10895 "
           "1、因公出国（境）费用 0 2、公务接待费 0 3、公务用车费 10895。\n"
           "注：闽K198KA劳务费3195、闽K198KA修理修配劳务费2915元、闽K229KA劳务费2190元、闽K229KA修理修配劳务费2595元。\n")


def test_a_list_item_takes_the_unit_written_after_the_next_and_a_head_sums_its_items(tmp_path):
    doc = _doc(tmp_path, "zhen-2018-10-sangong-monthly.txt", MONTHLY, 2018, "三公")
    assert [f.unit for f in _fig(doc, "3195")] == ["元"]
    r = _ask(doc, "闽K198KA这辆车10月份一共花了多少？")
    assert (r.kind, r.value, r.unit) == ("derived", D("6110"), "元")      # 3195 + 2915
    assert len(r.inputs) == 2


CLASS_WITH_YU = "（三）医疗卫生与计划生育支出46.91万元，较2014年决算数减少1.64万元，下降3.37%。\n"


def test_a_class_name_holding_yu_is_no_comparison(tmp_path):
    doc = _doc(tmp_path, "zhen-2015-final.txt", CLASS_WITH_YU, 2015, "决算")
    (f,) = [f for f in _fig(doc, "46.91")]
    assert f.label == "医疗卫生与计划生育支出" and f.change == D("-1.64")


def test_township_total_named_over_two_overlapping_names(tmp_path):
    text = "1.收入情况：2015年财政总收入预算1634.9万元，其中：上级财政补助收入689万元、税收收入150万元。\n"
    doc = _doc(tmp_path, "xiang-2015-budget.txt", text, 2015, "预算")
    (f,) = _fig(doc, "1634.9")
    assert f.metric == "收入"


@pytest.mark.parametrize("text, item, metrics", [
    ("到2024年8月底，万里街道手上一共有几辆车？", "万里街道车辆", ["车辆"]),
    ("一般公共服务方面支出多少", "一般公共服务支出", ["一般公共服务支出"]),
    ("社会保障和就业这块的支出是多少", "社会保障和就业支出", ["社会保障和就业支出"]),
    ("街道今年花在养人上的人员经费有多少？", "街道人员经费", ["人员经费"]),
    ("3月份买公车花钱了吗？公务用车购置费多少？", "公务用车购置费", ["公务用车购置费"]),
    ("这一年花在人头上的钱有多少？", "人员经费", ["人员经费"]),
])
def test_everyday_items(text, item, metrics):
    q = parse(text)
    assert (q.item, q.metrics) == (item, metrics)


def test_what_a_bracket_leaves_out_is_not_asked():
    q = parse("截至2024年8月31日，现有单价100万元（含）以上的设备（不含车辆）多少台（套）？")
    assert "车辆" not in q.metrics and "31日" not in q.item


def test_this_month_names_the_reports_month():
    assert parse("这个月公务接待花了多少钱？").month == 0
    assert parse("公务接待花了多少钱？").month is None


@pytest.mark.parametrize("text, part, whole", [
    ("今年的钱里有多大比例是花在项目上的？", "项目支出", ""),
    ("花在项目上的钱占多少比例", "项目支出", None),
    ("一般公共预算基本支出中，人员经费占基本支出合计的比重是多少？", "人员经费", "基本支出"),
    # 占比 is the noun "share": the whole is what the part is read in, never "比"
    ("三公经费中公车占比多少？", "公务用车", "三公经费"),
    ("基本支出中人员经费占比是多少？", "人员经费", "基本支出"),
    ("人员经费占基本支出的占比是多少？", "人员经费", "基本支出"),
])
def test_share_sides(text, part, whole):
    q = parse(text)
    assert q.intent == "share" and (q.part, q.whole) == (part, whole)


@pytest.mark.parametrize("text, intent", [
    ("科技创新专项经费那1720万主要拿去支持啥了？", "purpose"),
    ("海坛商业城应急搬迁过渡工程建成后有啥好处？", "purpose"),
    ("“其他收入”有两千多万，这钱是哪来的？", "reason"),
    ("实际花的钱比全年预算少了多少？", "change"),
])
def test_intents_in_everyday_words(text, intent):
    assert parse(text).intent == intent


def test_budget_gap_question_reads_final_against_the_budget_named():
    q = parse("社工部2024年实际花的钱比全年预算少了多少？")
    assert (q.basis, q.base_basis) == ("决算", "全年预算")
    q = parse("普陀区财政局2024年实际花的钱为啥比年初预算少？")
    assert q.intent == "reason" and "年初" in q.item          # a reason's subject keeps its words


def test_amounts_quoted_in_questions():
    assert asked_money("那1720万主要拿去支持啥了") == [(D("1720"), D("1720"))]
    assert asked_money("其他收入有两千多万") == [(D("2000"), D("3000"))]
    assert asked_money("二十多亿的项目钱") == [(D("200000"), D("300000"))]
    assert asked_money("掉到一千万出头") == [(D("1000"), D("1100"))]


RULES = ("二、基本支出 1、按照平潭综合实验区2016区财政支出预算编制定额标准,按34人每人年按2.4万元标准,计81.6万元/年。"
         "2、预算内在职人员养老保险按照工资总额的10%定额补助编制,计8.16万元。"
         "3、预算内在职人员医疗保险按照工资总额的4%定额补助编制,计3.26万元。三项合计93.02万元。\n")


def test_an_amount_computed_by_a_rule_is_the_item_the_sentence_opens_with(tmp_path):
    doc = _doc(tmp_path, "juyuan-2017-budget.txt", RULES, 2017, "预算")
    labels = {str(f.value): f.label for f in doc.figures if f.unit == "万元"}
    assert labels["8.16"] == "预算内在职人员养老保险" and labels["3.26"] == "预算内在职人员医疗保险"
    assert labels["81.6"] == "计"          # item 1 names nothing: never the heading's 基本支出


PLAN = ("一、收入预算\n城乡社区环境卫生收入120万元，加上年滚存结余969.96万元。\n"
        "二、支出预算\n10、城乡社区环境卫生支出260万元（包含畜禽养殖经费）。\n"
        "三、“三公”经费\n公务用车运行费692.76万元，主要用于公务用车燃油、维修、保险等方面支出，减支437.18万元，下降38.69%。\n")


@pytest.mark.parametrize("text, value", [
    ("打算花多少钱在城乡社区环境卫生上？", "260"),          # the verb names the spending, not the income
    ("去年剩下来滚到今年的钱有多少？", "969.96"),           # 去年 is in the carry-over's meaning
    ("公车日常跑起来的费用比上一年少花了多少？", "437.18"),  # the size of the stated 减支
])
def test_everyday_questions_on_a_township_plan(tmp_path, text, value):
    doc = _doc(tmp_path, "xiang-2016-budget.txt", PLAN, 2016, "预算")
    assert _ask(doc, text).value == D(value)


def test_a_whole_pointing_back_to_the_parts_container():
    q = parse("商业创新专项中，支持促消费提质提升占该项目总预算的比例是多少？")
    assert (q.part, q.whole) == ("支持促消费提质提升", "商业创新专项总预算")


def test_a_final_over_its_own_budget_is_a_completion_rate_not_a_share():
    q = parse("社会工作事务（款）事业运行（项）的支出决算占全年预算的百分比是多少？")
    assert (q.intent, q.basis) == ("completion", "全年预算") and "事业运行" in q.item
    assert parse("人员经费占基本支出的百分比").intent == "share"


@pytest.mark.parametrize("text, unit, words, keeps_unit", [
    ("平潭财政金融局平时都管些啥事？", "平潭财政金融局", ["职责"], False),
    # what kind of body: "<the unit's name>是主管…的区政府工作部门" — its name stays in the query
    ("普陀区商务委到底是个什么样的部门？", "普陀区商务委", ["主管", "工作部门"], True),
])
def test_what_a_body_is_or_does_is_searched_with_the_words_documents_say_it_in(text, unit, words, keeps_unit):
    from assistant.retrieval import search_query
    q = parse(text)
    assert q.intent == "organisation"
    query = search_query(q, unit)
    assert all(w in query for w in words) and (unit in query) == keeps_unit


@pytest.mark.parametrize("text, intent, year", [
    ("三十六脚湖一级保护区防护围建设工程那2000万元是要干啥？", "purpose", None),   # 2000万元 is no year
    ("平潭县法院2015年其他资本性支出101.34万元买了什么？", "purpose", 2015),
    ("道路交通安全综合整治领导小组办公室2017年度机关运行经费支出为0的主要原因是什么？", "reason", 2017),
    ("道安办是个什么样的机构？", "organisation", None),
])
def test_intents_and_years_of_questions_quoting_amounts_and_bodies(text, intent, year):
    q = parse(text)
    assert (q.intent, q.year) == (intent, year)


def test_a_line_that_only_restates_its_amount_says_nothing_more():
    from assistant.passages import _says_more
    assert not _says_more("(四)其他资本性支出101.34万元。", "其他资本性支出")
    assert _says_more("⑨三十六脚湖一级保护区防护围建设工程配备自动监控系统:2000万元", "三十六脚湖一级保护区防护围建设工程")
    # the item written with words between its own (个人和家庭补助 asked; 对个人和家庭的补助 stated)
    assert not _says_more("(三)对个人和家庭的补助137.84万元,。", "个人和家庭补助")


def test_all_but_one_part_of_a_list_is_its_head_minus_that_part(tmp_path):
    text = ("四、预算收支总体情况\n2016年, 区财政金融局收入预算为2221.66万元，其中：一般公共预算拨款2221.66万元，"
            "相应安排支出预算2221.66万元，其中：人员支出1003.2万元，对个人和家庭补助支出149.61万元，公用支出123.85万元，项目支出945万元。\n")
    doc = _doc(tmp_path, "caijin-2016-budget.txt", text, 2016, "预算")
    r = _ask(doc, "支出预算中除项目支出以外的部分合计是多少？")
    assert (r.kind, r.value) == ("derived", D("1276.66"))        # 2221.66 − 945


def test_terms_of_a_written_balance_and_asides_are_labelled_by_their_item(tmp_path):
    text = ("三、结余情况 2016年安排财政总收入1505万元，加上年滚存结余969.96万元，减全年财政总支出2396.3万元和税收上解支出80万元，"
            "本年度财政总结余1.66万元。17、农林水事务25万元[其中农业5万元，森林防火经费10万元，水利10万元]。\n")
    doc = _doc(tmp_path, "xiang-2016-budget-plan.txt", text, 2016, "预算")
    labels = {str(f.value): f.label for f in doc.figures}
    assert labels["969.96"] == "上年滚存结余" and labels["2396.3"] == "全年财政总支出"
    assert labels["80"] == "税收上解支出" and labels["5"] == "农业"


def test_a_numbered_item_of_an_income_list_is_never_the_total(tmp_path):
    # the page leaves 本年收入 blank ("本年收入万元"): its items are no answer to the total
    text = ("（一）本年收入万元，具体情况如下： 1. 财政拨款收入675.26万元，其中政府性基金 35万元。2. 事业收入0万元。"
            "3. 经营收入0万元。4. 上级补助收入0元。5. 附属单位上缴收入0元。6. 其他收入18.36万元。\n")
    doc = _doc(tmp_path, "xiang-2014-final.txt", text, 2014, "决算")
    r = _ask(doc, "2014年本年收入合计是多少？")
    assert r is None or r.value is None or r.kind == "clarify"


def test_last_year_asked_roughly_from_a_stated_rate(tmp_path):
    text = "七、“三公”经费\n2016年“三公”经费公共财政拨款支出57.23万元，同比增长6.9%。\n"
    doc = _doc(tmp_path, "fayuan-2016-budget.txt", text, 2016, "预算")
    r = _ask(doc, "前一年（2015年）的三公经费大概是多少钱？")
    assert (r.kind, r.value) == ("derived", D("53.54"))          # 57.23 ÷ 1.069, said as 约
    r = _ask(doc, "前一年（2015年）的三公经费是多少钱？")       # not asked roughly: the same formula, said as 约
    assert (r.kind, r.value) == ("derived", D("53.54")) and "约" in r.label


def test_a_unit_and_the_bodies_below_it_sum_the_staff_tables_rows(tmp_path):
    text = ("二、部门预算单位基本情况列入2014年部门决算编制范围的单位详细情况见下表:单位名称经费性质人员编制数在职人数 "
            "东庠乡人民政府行政部门财政拨款 25 18计生服务中心财政拨款 5 2农业服务中心财政拨款 6 6工勤财政拨款 4 6\n")
    doc = _doc(tmp_path, "dongxiang-2014-final.txt", text, 2014, "决算")
    r = _ask(doc, "乡政府和下面几个单位加起来一共有多少在职的人？")
    assert (r.kind, r.value, r.unit) == ("derived", D("32"), "人")      # 18 + 2 + 6 + 6


def test_a_stock_asked_at_the_years_end_is_the_stock_not_the_purchases(tmp_path):
    text = ("（二）公务用车购置费100.99万元，购置公务用车3辆。（三）公务用车运行费692.76万元，主要用于公务用车燃油、维修、"
            "保险等方面支出，年末公务用车保有量291辆。\n")
    doc = _doc(tmp_path, "benji-2017-sangong-final.txt", text, 2017, "决算")
    r = _ask(doc, "2017年底公务用车还有多少辆？")
    assert (r.kind, r.value, r.unit) == ("figure", D("291"), "辆")


@pytest.mark.parametrize("text, direction", [
    ("2018年预计花的钱比2017年少多少？", -1),
    ("比上年少多少？", -1),
    ("2018年比2017年多多少钱", 1),
])
def test_more_or_less_than_a_year_asks_a_change(text, direction):
    q = parse(text)
    assert (q.intent, q.direction) == ("change", direction)
    assert q.item.strip("多少") == q.item or q.item == ""


def test_why_more_was_spent_than_a_year_asks_the_documents_own_reason():
    q = parse("为什么比2023年多花了？")
    assert q.intent == "reason" and q.item == ""


STAFF = ("二、部门预算单位基本情况 福利院是社会福利事业单位，列入2017年部门决算编制范围的单位，详细情况见下表： "
         "单位名称 经费性质 人员编制数 在职人数 离退休人数 某某福利院 财政核拨 10 8 3 三、预算收支总体情况 "
         "2017年，区福利院部门收入预算为202.76万元。\n")


@pytest.mark.parametrize("text, value", [
    ("在职多少人？", 8), ("在编几个人？", 8), ("在职的有几个人？", 8),
    ("编制多少人？", 10), ("核定编制多少个？", 10), ("编制有几个？", 10),
    ("退休多少人？", 3), ("退休的有几个？", 3),
])
def test_staff_counts_asked_without_a_verb(tmp_path, text, value):
    # the staff table: 人员编制数 10, 在职人数 8, 离退休人数 3
    doc = _doc(tmp_path, "fly-2017-budget.txt", STAFF, 2017, "预算")
    r = _ask(doc, text)
    assert (r.kind, r.value, r.unit) == ("figure", D(value), "人")


SANGONG_2014 = ("二、2014年基本支出120.46万元，项目支出万元。三、2014年“三公”经费公共预算财政拨款支出7.03万元，"
                "其中：因公出国（境）费1.11万元；公务用车购置及运行维护费4.63万元；公务接待费1.29万元。\n")


@pytest.mark.parametrize("text, value", [
    ("三公经费中公车占比多少？", "65.86"),       # 4.63 ÷ 7.03 × 100 — never 4.63 ÷ 120.46 (all spending)
    ("三公经费里招待费占比是多少？", "18.35"),   # 1.29 ÷ 7.03 × 100
])
def test_a_share_of_the_sangong_total_asked_with_zhanbi(tmp_path, text, value):
    r = _ask(_doc(tmp_path, "xzfwzx-2014-final.txt", SANGONG_2014, 2014, "决算"), text)
    assert (r.kind, r.value, r.unit) == ("derived", D(value), "%")


# a township's one-line web page: last year's estimated outturn, then this year's plan
TOWNSHIP_PLAN = ("平潭综合实验区芦洋乡2016年预算说明 一、部门主要职责 芦洋乡的主要职责是：发展经济。"
                 " 四、2015年决算收支总体情况 1、按照预算管理有关规定，全部收入和支出都反映在预算中，"
                 "我乡2015年部门决算预计总收入为926.6万元。其中：税收收入178.3万元。"
                 " 2、支出情况：2015年度财政总支出为879.5万元。"
                 " 五、一般公共预算拨款支出预计情况 1、支出预算：2016年度安排财政总支出969万元。"
                 "在全年的总支出中安排办公费支出30万元，差旅费支出42万元，会议费支出2万元。"
                 " 2、结余情况：本年度安排财政总收入预计986万元（其中税收收入180万元）。"
                 " 六、一般公共预算“三公”经费支出情况 2016年下达我单位“三公经费”控制数。\n")


@pytest.mark.parametrize("text, kind, value", [
    ("2016年出差的差旅费安排了多少？", "figure", "42"),          # 出差的差旅费: the everyday word restates the term
    ("2015年总收入是多少？", "figure", "926.6"),                     # 我乡…预计总收入: the unit speaking of itself
    ("2016年预计财政总收入比2015年预计总收入增加了多少？", "derived", "59.40"),   # 986 − 926.6
    ("2016年总支出比2015年增加了多少？", "derived", "89.50"),           # 969 − 879.5
])
def test_a_township_plan_against_last_years_estimate(tmp_path, text, kind, value):
    doc = _doc(tmp_path, "luyang-2016-budget.txt", TOWNSHIP_PLAN, 2016, "预算")
    r = _ask(doc, text)
    assert (r.kind, r.value, r.unit) == (kind, D(value), "万元")


APPROVAL_2014 = ("现批复如下： 一、2014年年初结转结余10.50万元，本年收入59.45万元，用事业基金弥补收支差额万元，"
                 "本年支出57.26万元，结余分配2.19万元，年末结转结余10.50万元。(一）公共预算财政拨款年初结转结余2.00万元，"
                 "本年收入57.26万元，本年支出57.26万元，年末公共预算财政拨款结转结余2.00万元。"
                 "二、2014年基本支出55.26万元，项目支出2.00万元。\n")


@pytest.mark.parametrize("text, value", [
    ("本年收入是多少？", "59.45"),                        # the unit's own total
    ("公共预算财政拨款本年收入多少？", "57.26"),            # the fund named at the head of its list
    ("公共预算财政拨款本年支出是多少？", "57.26"),
])
def test_a_fund_named_at_the_head_of_a_list_is_the_subject_of_its_totals(tmp_path, text, value):
    doc = _doc(tmp_path, "dzb-2014-final-approval.txt", APPROVAL_2014, 2014, "决算")
    income = [f for f in doc.figures if f.value == D("57.26") and "收入" in f.label]
    assert [f.label for f in income] == ["公共预算财政拨款本年收入"]
    r = _ask(doc, text)
    assert (r.kind, r.value, r.unit) == ("figure", D(value), "万元")


UNITS_TABLE = ("二、部门预算单位基本情况 区市场监督管理局包括12个机关行政处室、5个分局及2个下属单位，其中：列入2016年部门预算"
               "编制范围的单位详细情况见下表: 单位名称 经费性质 人员编制数 在职人数 区市场监督管理局 财政拨款 120 129 "
               "区检验检测中心 财政拨款 10 9 区卫生监督所 财政拨款 17 22 三、部门主要工作任务\n")


@pytest.mark.parametrize("text, value", [
    ("市场监管局连同检验检测中心和卫生监督所，一共有多少在职的人？", 160),   # 129 + 9 + 22
    ("区市场监督管理局、区检验检测中心和区卫生监督所在职人数加起来是多少？", 160),
    ("市场监管局和下属单位一共有多少在职人员？", 160),
    ("检验检测中心和卫生监督所的编制加起来有多少？", 27),                  # 10 + 17
])
def test_rows_of_a_staff_table_named_short_or_all_are_summed(tmp_path, text, value):
    doc = _doc(tmp_path, "scjgj-2016-budget.txt", UNITS_TABLE, 2016, "预算")
    r = _ask(doc, text)
    assert (r.kind, r.value, r.unit) == ("derived", D(value), "人")


def test_a_body_named_short_is_no_row_of_another(tmp_path):
    doc = _doc(tmp_path, "scjgj-2016-budget.txt", UNITS_TABLE, 2016, "预算")
    assert _ask(doc, "检验检测中心和质检站的编制加起来有多少？") is None


ITEMS = ("（二）部门支出预算 1、工资福利支出1024.82万元。2、商品和服务支出226.2万元。3、对个人和家庭的补助123.55万元，"
         "主要用于在职人员住房公积金和提租补贴。4、项目支出125.48万元，其中：专项业务费80.48万元、部门发展性支出45万元，"
         "无社会发展性支出。\n")


@pytest.mark.parametrize("text, kind, value", [
    ("项目支出中专项业务费预算为多少？", "figure", "80.48"),
    ("工资福利、日常办公（商品和服务）和给个人家庭的补助这三块加起来一共预算多少钱？", "derived", "1374.57"),  # 1024.82 + 226.2 + 123.55
    ("商品和服务支出和对个人和家庭的补助加起来是多少？", "derived", "349.75"),                               # 226.2 + 123.55
])
def test_items_under_a_parent_and_items_whose_names_hold_a_joiner(tmp_path, text, kind, value):
    doc = _doc(tmp_path, "jcy-2016-budget.txt", ITEMS, 2016, "预算")
    r = _ask(doc, text)
    assert (r.kind, r.value) == (kind, D(value))


def test_an_item_under_a_parent_is_never_a_like_named_sibling(tmp_path):
    doc = _doc(tmp_path, "jcy-2016-budget.txt", ITEMS, 2016, "预算")
    assert _ask(doc, "项目支出中社会发展性支出有多少？") is None      # never 部门发展性支出 45


def test_a_share_of_the_sangong_total_named_with_its_fund(tmp_path):
    text = ("五、一般公共预算“三公”经费支出情况 2016年“三公”经费公共财政拨款支出57.23万元，同比增长6.9%。具体情况如下："
            "（二）公务用车购置及运行费46.08万元。其中：公务用车购置费0万元；公务用车运行费46.08万元，主要用于公务用车燃油。\n")
    doc = _doc(tmp_path, "fy-2016-budget.txt", text, 2016, "预算")
    r = _ask(doc, "公务用车运行费占“三公”经费公共财政拨款支出的比重是多少？")
    assert (r.kind, r.value, r.unit) == ("derived", D("80.52"), "%")    # 46.08 ÷ 57.23 × 100


@pytest.mark.parametrize("text", ["福利院有几个工作人员在职？", "有多少人在职？", "福利院现在有几个人在上班？",
                                  "某某福利院（本级）的在职人数是多少？"])
def test_people_counted_before_the_verb(tmp_path, text):
    r = _ask(_doc(tmp_path, "fly-2017-budget.txt", STAFF, 2017, "预算"), text)
    assert (r.kind, r.value, r.unit) == ("figure", D(8), "人")


SANGONG_CAR = ("（一）公务用车购置及运行费5.55万元。其中，公务用车运行费5.55万元，主要用于公务用车燃油、维修、保险等方面支出，"
               "年末公务用车保有量2辆。\n")


def test_a_count_metric_closing_the_question_is_a_count_never_money(tmp_path):
    r = _ask(_doc(tmp_path, "zsj-2015-final.txt", SANGONG_CAR, 2015, "决算"), "2015年末公务用车保有量是多少？")
    assert (r.kind, r.value, r.unit) == ("figure", D(2), "辆")       # never the 5.55万元 beside it


def test_a_name_shared_by_money_and_a_count_is_not_read_as_a_count(tmp_path):
    text = "（二）公务用车购置为0万元、运行费116.02万元，主要用于公务用车燃油、维修、保险等方面支出，年末公务用车保有量42辆。\n"
    doc = _doc(tmp_path, "gwhbgs-2015-final.txt", text, 2015, "决算")
    assert parse("公务用车购置是多少？").count_unit is None
    assert (_ask(doc, "公务用车购置是多少？").value, _ask(doc, "年末公务用车保有量是多少？").value) == (D(0), D(42))


def test_people_counted_with_ge(tmp_path):
    text = "二、人员情况 我办现有工作人员28人（在编10人，挂职干部12人，行政助理4人，临聘人员2人）。\n"
    r = _ask(_doc(tmp_path, "zmb-2016-budget.txt", text, 2016, "预算"), "里面有几个挂职干部？")
    assert (r.kind, r.value, r.unit) == ("figure", D(12), "人")


LONE_FUND = ("一、收入支出预算总体情况 2025年收入预算9,101.68万元，其中：财政拨款收入9,101.68万元，比2024年预算减少"
             "2,389.52万元。二、机关运行经费 2025年区政府办下属事业单位财政拨款的机关运行经费预算为213.28万元。\n")


@pytest.mark.parametrize("text, value", [
    ("财政拨款是多少？", "9101.68"),                      # the money received, never 财政拨款的机关运行经费 213.28
    ("今年的财政拨款比去年少了多少钱？", "2389.52"),  # a size asked in everyday words
])
def test_a_fund_named_alone_is_the_money_received_from_it(tmp_path, text, value):
    r = _ask(_doc(tmp_path, "qzfb-2025-unit-budget.txt", LONE_FUND, 2025, "预算"), text)
    assert (r.kind, r.value) == ("figure", D(value))


def test_buying_services_is_government_procurement_of_services(tmp_path):
    text = ("五、政府采购预算情况 2025年度本部门政府采购预算38.20万元，其中：政府采购货物预算7.80万元、"
            "政府采购服务预算30.40万元。\n")
    r = _ask(_doc(tmp_path, "swm-2025-dept-budget.txt", text, 2025, "预算"), "今年政府采购的钱里，买服务的占了百分之多少？")
    assert (r.kind, r.value, r.unit) == ("derived", D("79.58"), "%")     # 30.40 ÷ 38.20 × 100


def test_a_rate_said_of_money_belongs_to_the_amount_not_to_a_count_in_between(tmp_path):
    text = ("（三）公务用车运行费 2017年预算安排7.6万元，主要用于我部2辆公务用车（1辆小车及1辆商务车）的燃油费、维修及保险等"
            "方面支出。与上年相比支出下降68%，主要原因是原有的6辆公务用车保留2辆。\n")
    doc = _doc(tmp_path, "tgb-2017-budget.txt", text, 2017, "预算")
    assert [(f.value, f.change_pct) for f in _fig(doc, "7.6")] == [(D("7.6"), D(-68))]
    assert all(f.change_pct is None for f in doc.figures if f.unit == "辆")
    r = _ask(doc, "公务用车运行费预算与上年相比下降了百分之几？")
    assert (r.value, r.unit) == (D(-68), "%")       # signed, as dev.jsonl asks 同比下降了百分之几


def test_a_unit_with_the_bodies_below_it_in_brackets(tmp_path):
    text = ("二、部门预算单位基本情况 单位名称 经费性质 人员编制数 在职人数 平潭综合实验区党工委台湾工作部本级 财政核拨 15 19 "
            "平潭综合实验区台外侨交流服务中心 财政核拨 12 7 平潭县归国华侨联合会 财政核拨 3 1 三、部门主要工作任务\n")
    r = _ask(_doc(tmp_path, "tgb-2017-budget.txt", text, 2017, "预算"), "（含下属单位）一共有多少人在岗？")
    assert (r.kind, r.value, r.unit) == ("derived", D(27), "人")       # 19 + 7 + 1


def test_a_township_with_its_stations_sums_every_row(tmp_path):
    text = ("二、部门预算单位基本情况 单位名称 经费性质 人员编制数 在职人数 政府机关 财政拨款 22 21 财政所 财政拨款 3 3 "
            "计生服务中心 财政拨款 7 7 农业站 财政拨款 7 7 三、部门主要工作总结\n")
    r = _ask(_doc(tmp_path, "baiqing-2014-final.txt", text, 2014, "决算"), "乡政府和下面几个站所加起来一共有多少在职人员？")
    assert (r.kind, r.value, r.unit) == ("derived", D(38), "人")       # 21 + 3 + 7 + 7


def _function_table_doc():
    """sh-city-czj-2025-unit-budget.pdf, its 一般公共预算支出功能分类预算表 (元) and the prose total."""
    from corpus import figures
    from corpus.models import Document, Table
    name = "sh-city-czj-2025-unit-budget.pdf"
    text = "2025年一般公共预算拨款支出预算为17192万元。\n"
    doc = Document(name=name, path=name, sha256="", title="", unit=None, year=2025, kind="预算", scope=None, text=text)
    doc.tables = [Table(id="t#0", doc=name, page=9, section="预算表", title="2025年一般公共预算支出功能分类预算表",
                        unit="元", header=[["功能分类科目编码", "", "", "功能分类科目名称", "合计", "基本支出"],
                                           ["类", "款", "项", "", "", ""]],
                        rows=[["201", "", "", "一般公共服务支出", "171,920,000", "150,000,000"],
                              ["201", "06", "05", "财政国库业务", "14,111,000", "14,111,000"]])]
    doc.figures = figures.extract(doc)
    return doc


def test_a_quoted_name_in_a_named_table_is_that_row():
    r = _ask(_function_table_doc(), "一般公共预算支出功能分类预算表中“财政国库业务”（2010605）的预算数是多少？")
    assert (r.kind, r.value, r.unit) == ("figure", D(14111000), "元")     # never the prose total 17192万元


def test_a_class_asked_by_its_code_is_never_a_figure_named_otherwise():
    r = _ask(_function_table_doc(), "一般公共预算拨款支出中2010699的预算数是多少？")
    assert r is None or r.value != D(17192)


APPROVAL = ("2014年公共预算财政拨款收入支出决算批复表 附件1-2 部门（单位）：平潭县人民检察院 单位：万元 项 目 年初结转和结余 本年收入 "
            "本年支出 年末结转和结余 支出功能分类科目编码 科目名称 合计 基本支出 项目支出 合计 基本支出 项目支出 合计 基本支出结转 "
            "项目支出结转和结余 小计 人员经费 日常公用经费 类款项 合计 161.90 45.03 116.87 1,511.71 1,413.56 1,351.67 1,049.12 "
            "302.55 61.89 260.04 32.16 227.89 2040401 行政运行 45.03 45.03 1,215.10 1,227.97 1,227.97 925.42 302.55 32.16 32.16 "
            "2210201 住房公积金 95.79 95.79 95.79 95.79 来源：中国平潭\n")
SANGONG_APPROVAL = ("2014年“三公”经费公共财政拨款支出决算批复表 附件1-5 部门（单位）：平潭县人民检察院 单位：万元 项 目 "
                    "“三公”经费公共财政拨款支出合计 因公出国（境）费 公务用车购置及运行维护费小计 公务接待费 支出功能分类科目编码 "
                    "科目名称 公务用车购置费 公务用车运行维护费 类款项 合计 60.16 3.38 48.69 48.69 8.10 来源：中国平潭\n")


def test_a_flattened_approval_form_is_read_where_its_sums_place_every_number(tmp_path):
    doc = _doc(tmp_path, "jcy-2014-final-approval.txt", APPROVAL, 2014, "决算")
    cells = {(f.label, f.value) for f in doc.figures}
    # the 合计 row is complete: 12 numbers for 12 columns
    assert ("公共预算财政拨款本年收入", D("1511.71")) in cells and ("公共预算财政拨款本年支出", D("1413.56")) in cells
    # 行政运行: 9 numbers, 3 blanks; every placement that keeps 年初 + 收入 = 支出 + 年末 (45.03 + 1215.10 =
    # 1227.97 + 32.16) and the parts' sums agrees on these
    assert ("2040401行政运行：本年收入", D("1215.10")) in cells and ("2040401行政运行：本年支出：人员经费", D("925.42")) in cells
    # 住房公积金: four equal numbers fit several columns (收入/支出 or 年初/年末): nothing is read
    assert not [f for f in doc.figures if f.label.startswith("2210201")]
    r = _ask(doc, "公共预算财政拨款本年支出中基本支出所占比重是多少？")
    assert (r.kind, r.value, r.unit) == ("derived", D("95.62"), "%")      # 1351.67 ÷ 1413.56 × 100


@pytest.mark.parametrize("text, value", [
    ("2014年“三公”经费公共财政拨款支出决算合计是多少？", "60.16"),
    ("2014年出国花了多少钱？", "3.38"),            # 60.16 = 3.38 + 48.69 + 8.10: one blank, among the two 公车 parts
    ("公务接待费决算支出是多少？", "8.10"),
])
def test_a_flattened_sangong_form_with_a_blank_cell(tmp_path, text, value):
    doc = _doc(tmp_path, "jcy-2014-sangong-final-approval.txt", SANGONG_APPROVAL, 2014, "决算")
    assert not [f for f in doc.figures if f.column in ("公务用车购置费", "公务用车运行维护费")]
    r = _ask(doc, text)
    assert (r.kind, r.value) == ("figure", D(value))


def test_a_balance_term_after_zaijia_is_last_years_carry_over(tmp_path):
    text = ("（三）平衡情况本年安排财政总收入为1987.18万元，减全年财政总支出1670万元，上解支出339.2万元，再加上年财政滚存结余"
            "34.52万元，本年财政总结余为12.5万元。\n")
    doc = _doc(tmp_path, "aoqian-2016-budget-report.txt", text, 2016, "预算")
    (carry,) = _fig(doc, "34.52")
    assert (carry.label, carry.metric, carry.year) == ("上年财政滚存结余", "上年结转", 2016)
    r = _ask(doc, "2016年预算里，上一年留下来的结余有多少钱？")
    assert (r.kind, r.value) == ("figure", D("34.52"))


@pytest.mark.parametrize("text, metrics", [
    ("公务用车运行费与上年支出数相比增减多少？", ["公务用车运行维护费"]),   # 支出 names the comparison's base
    ("2015年一共预计能收进来多少钱？", ["收入"]),
    ("财政拨款一共花了多少钱？", ["财政拨款支出"]),
    ("基金预算财政拨款是多少？", []),                 # a longer fund's name, not the bare 财政拨款
    ("政府购买服务项目采购预算额是多少？", []),       # the document's own term, not 买服务 said plainly
    ("房租费安排支出是多少？", []),                   # an item's 安排支出, not the total
])
def test_what_a_question_names(text, metrics):
    assert parse(text).metrics == metrics


def test_that_part_said_as_nakuai(tmp_path):
    text = "三、2015年支出预算 一般预算支出3582.81万元，基金预算支出32000万元。\n"
    r = _ask(_doc(tmp_path, "jtjsj-2015-budget.txt", text, 2015, "预算"), "2015年基金那块预算要花多少钱？")
    assert (r.kind, r.value) == ("figure", D(32000))


ITEMS_BY_PARAGRAPH = ("（三）一般公共预算财政拨款支出决算具体情况\n6、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗\n（项）。"
                      "主要用于：行政单位医疗保险支出。全年预算为 2.23 万元，\n支出决算为 2.22 万元，完成全年预算数的 99.55%。\n"
                      "7、卫生健康支出（类）行政事业单位医疗（款）事业单位医疗\n（项）。主要用于：事业单位医疗保险支出。全年预算为 2.29 万元，\n"
                      "支出决算为0.49万元。决算数小于全年预算数的主要原因：单位2024\n年新成立。\n")


def test_a_budget_after_an_item_heading_of_a_new_paragraph_is_that_items(tmp_path):
    doc = _doc(tmp_path, "shgzb-2024-final.txt", ITEMS_BY_PARAGRAPH, 2024, "决算")
    (budget,) = _fig(doc, "2.29")
    assert "事业单位医疗（项）" in budget.label and "行政单位医疗" not in budget.label.split("（款）")[1]
    r = _ask(doc, "事业单位医疗（项）支出决算数占全年预算数的百分比是多少？")
    assert (r.kind, r.value, r.unit) == ("derived", D("21.40"), "%")       # 0.49 ÷ 2.29 × 100


def test_a_total_named_by_no_item_is_its_sections(tmp_path):
    text = ("一、单位人员 现有在职在编人员34名。\n二、基本支出\n1、按34人每人年按2.4万元标准,计81.6万元/年。 2、预算内在职人员养老保险"
            "按照工资总额的10%定额补助编制,计8.16万元。 3、 预算内在职人员医疗保险按照工资总额的4%定额补助编制,计3.26万元。 "
            "三项合计93.02万元。\n")
    doc = _doc(tmp_path, "mjt-2017-budget.txt", text, 2017, "预算")
    (total,) = _fig(doc, "93.02")
    assert total.metric == "基本支出"
    assert _ask(doc, "2017年给员工交医保安排了多少钱？").value == D("3.26")
    r = _ask(doc, "养老保险补助占基本支出三项合计的比重是多少？")
    assert (r.kind, r.value) == ("derived", D("8.77"))        # 8.16 ÷ 93.02 × 100


MEDIA_STAFF = ("二、部门预算单位基本情况 单位名称 经费性质 人员编制数 在职人数 平潭综合实验区传媒中心 财政核拨 11 2 平潭广播电视台 财政核拨 5 0 "
               "平潭时报社 财政核拨 5 0 三、预算收支总体情况\n")


def test_sibling_rows_of_a_staff_table_are_never_guessed_between(tmp_path):
    doc = _doc(tmp_path, "cmzx-2016-budget.txt", MEDIA_STAFF, 2016, "预算")
    r = _ask(doc, "本身现在实际在岗的有几个人？")           # no row named: clarify, never a sibling's 0
    assert r is None or r.kind == "clarify"
    r = _ask(doc, "平潭传媒中心本身现在实际在岗的有几个人？")   # the row named short, in order
    assert (r.kind, r.value) == ("figure", D(2))
    r = _ask(doc, "传媒中心、广播电视台和时报社三家加起来一共有多少个编制？")
    assert (r.kind, r.value, r.unit) == ("derived", D(21), "人")     # 11 + 5 + 5; 三家 names no row
