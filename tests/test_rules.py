"""The rule layer (assistant/rules.py) on hand-made figures built from real sentences of the
sample document (demo_corpus/cq-jiangjin-zwfw-2023-unit-budget.txt) and of the Putuo 2026
司法局 budget. Expected values are read from those sentences and computed by hand."""
from __future__ import annotations

from decimal import Decimal as D

from assistant.question import parse
from assistant.rules import FigureMatcher, answer_figure
from corpus.models import Figure, Span

DOC = "cq-jiangjin-zwfw-2023-unit-budget.txt"
S_INCOME = ("收入预算：2023年年初预算数1385.31万元，其中：一般公共预算拨款1385.31万元，政府性基金预算拨款0万元。"
            "收入较去年增加809.44万元")
S_SPEND = "（二）支出预算：2023年年初预算数1385.31万元，其中：一般公共服务支出1319.34万元，教育支出1.28万元，住房保障支出18.15万元。"
S_BASIC = ("其中：基本支出263.22万元，比2022年增加88.03万元，主要原因是人员数量增加且工资改革导致基数调整，"
           "主要用于保障在职人员工资福利及社会保险缴费")
S_3G = "2023年“三公”经费预算1.0万元，比2022年增加0.2万元。"
S_RECEPTION = "公务接待费1.0万元，比2022年增加0.2万元，主要原因是搬迁新政务大厅，预计接待次数增加"
S_CARS = "公务用车运行维护费0万元，比2022年减少0万元，主要原因是公务用车权属为下属事业单位行政服务中心"
S_UNITS = "重庆市江津区政务服务管理办公室下属事业单位2个：重庆市江津区行政服务中心（正处级）、重庆市江津区电子政务服务中心（正科级）。"


def fig(metric, label, value, unit, sentence, change=None, basis=None, reason=None, purpose=None, year=2023,
        section="单位收支总体情况"):
    value = D(value)
    return Figure(doc=DOC, metric=metric, label=label, value=value, unit=unit, raw=f"{value}{unit}",
                  span=Span(DOC, section, None, 0, len(sentence), sentence),
                  value_wan=value if unit == "万元" else None, change=None if change is None else D(change),
                  year=year, basis=basis, reason=reason, purpose=purpose)


FIGS = [
    fig("收入", "收入预算", "1385.31", "万元", S_INCOME, change="809.44", basis="年初预算"),
    fig("一般公共预算拨款收入", "一般公共预算拨款", "1385.31", "万元", S_INCOME),
    fig("政府性基金预算拨款收入", "政府性基金预算拨款", "0", "万元", S_INCOME),
    fig("支出", "支出预算", "1385.31", "万元", S_SPEND, basis="年初预算"),
    fig("一般公共服务支出", "一般公共服务支出", "1319.34", "万元", S_SPEND),
    fig("教育支出", "教育支出", "1.28", "万元", S_SPEND),
    fig("住房保障支出", "住房保障支出", "18.15", "万元", S_SPEND),
    fig("基本支出", "基本支出", "263.22", "万元", S_BASIC, change="88.03", reason="人员数量增加且工资改革导致基数调整"),
    fig("三公经费", "“三公”经费预算", "1.0", "万元", S_3G, change="0.2", basis="预算", section="“三公”经费情况说明"),
    fig("公务接待费", "公务接待费", "1.0", "万元", S_RECEPTION, change="0.2", section="“三公”经费情况说明"),
    fig("公务用车运行维护费", "公务用车运行维护费", "0", "万元", S_CARS, change="0", section="“三公”经费情况说明"),
    fig("下属单位", "下属事业单位", "2", "个", S_UNITS, section="单位构成"),
]


def ask(text):
    return answer_figure(parse(text), 2023, FIGS, FigureMatcher(FIGS))


def test_stated_figures():
    r = ask("2023年收入预算是多少？")
    assert (r.kind, r.value, r.unit) == ("figure", D("1385.31"), "万元")
    assert ask("住房保障支出是多少万元？").value == D("18.15")
    assert ask("三公经费预算是多少？").value == D("1.0")
    assert ask("招待客人的钱有多少？").inputs[0].metric == "公务接待费"
    assert ask("有几个下属事业单位？").value == D(2)


def test_stated_change_is_signed():
    r = ask("基本支出比2022年增加多少？")
    assert (r.kind, r.value) == ("figure", D("88.03"))
    assert ask("收入比去年增加了多少？").value == D("809.44")


def test_last_year_value_is_derived_with_formula():
    r = ask("2022年的收入预算是多少？")
    assert r.kind == "derived" and r.value == D("575.87")            # 1385.31 − 809.44
    assert "1385.31" in r.formula and "809.44" in r.formula


def test_share_and_growth_are_computed_and_rounded():
    r = ask("一般公共服务支出占总支出的比重是多少？")
    assert r.kind == "derived" and r.unit == "%"
    assert r.value == D("95.24")                                     # 1319.34 / 1385.31 × 100 = 95.237…
    assert [f.label for f in r.inputs] == ["一般公共服务支出", "支出预算"]
    r = ask("基本支出增长了百分之几？")
    assert r.kind == "derived" and r.value == D("50.25")            # 88.03 / (263.22 − 88.03) × 100 = 50.2483…


def test_unknown_items_and_other_years_get_no_number():
    assert ask("机关运行经费是多少？") is None                      # not among the figures
    assert ask("2024年的收入预算是多少？") is None                  # a later year
    assert ask("政府采购预算总额是多少？") is None


def test_hierarchical_item_must_name_the_last_level():
    s = "24. “城乡社区支出（类）城乡社区管理事务（款）行政运行（项）”科目1788.77万元，主要用于城乡社区管理事务行政运行。"
    figs = [fig(None, "“城乡社区支出（类）城乡社区管理事务（款）行政运行（项）”科目", "1788.77", "万元", s, year=2025)]
    m = FigureMatcher(figs)
    assert answer_figure(parse("城乡社区支出是多少？"), 2025, figs, m) is None
    r = answer_figure(parse("城乡社区管理事务行政运行安排了多少？"), 2025, figs, m)
    assert r is not None and r.value == D("1788.77")


def test_share_of_a_listed_whole_sums_the_list():
    s = "人员经费75.14万元，公用经费40.3万元，对个人和家庭的补助2.57万元，项目支出90万元。"
    figs = [fig("人员经费", "人员经费", "75.14", "万元", s, year=2019), fig("公用经费", "公用经费", "40.3", "万元", s, year=2019),
            fig("对个人和家庭的补助", "对个人和家庭的补助", "2.57", "万元", s, year=2019),
            fig("项目支出", "项目支出", "90", "万元", s, year=2019)]
    q = parse("项目支出占四类支出预算（人员经费、公用经费、对个人和家庭补助、项目支出）合计的比重是多少？")
    r = answer_figure(q, 2019, figs, FigureMatcher(figs))
    assert r.kind == "derived" and r.value == D("43.27")            # 90 / 208.01 × 100 = 43.267…
    assert len(r.inputs) == 5


def test_equally_good_figures_with_different_values_are_not_guessed():
    # 重庆市交委 2018: "下属的8个二级事业单位16个三级事业单位" — a reader that labels both counts
    # 二级事业单位 leaves two candidates the words cannot tell apart for 二级事业单位单位数 questions
    # asked without the noun right after the number; such a tie must list, not pick.
    s = "纳入部门预算的单位包括：二级事业单位8个；二级事业单位16个。"
    figs = [fig("下属单位", "二级事业单位", "8", "个", s, year=2018), fig("下属单位", "二级事业单位", "16", "个", s, year=2018)]
    r = answer_figure(parse("二级事业单位有几个？"), 2018, figs, FigureMatcher(figs))
    assert r.kind == "clarify" and {f.value for f in r.inputs} == {D(8), D(16)}


# --- general guards added after the held-out runs (sentences from real pages) ---------------------
JGW = "fj-pingtan-jgw-2019-dept-budget.txt"
S_JGW_RUN = "2019年区纪工委一般公共预算拨款安排的机关运行经费支出299.59万元，比2016年减少668.41万元，主要原因是调整支出方向。"
S_ZJGW = ("（一）因公出国（境）经费 2019年预算安排0万元。（二）公务接待费2019年预算安排1万元。"
          "（三）公务用车购置及运行费 2019年预算安排3.8万元")


def fig19(metric, label, value, sentence, change=None, change_raw=None):
    f = fig(metric, label, value, "万元", sentence, change=change, year=2019)
    f.change_raw = change_raw
    return f


def test_a_change_against_an_earlier_year_is_not_last_years_change():
    figs = [fig19("机关运行经费", "机关运行经费支出", "299.59", S_JGW_RUN, change="-668.41",
                  change_raw="比2016年减少668.41万元")]
    m = FigureMatcher(figs)
    assert answer_figure(parse("2018年机关运行经费是多少？"), 2019, figs, m) is None
    assert answer_figure(parse("机关运行经费比上年减少了多少？"), 2019, figs, m) is None
    # the stated amount itself is still answered
    assert answer_figure(parse("机关运行经费是多少？"), 2019, figs, m).value == D("299.59")


def test_a_change_implying_a_negative_last_year_is_not_used():
    # "公车购置费23万元。比上年增加28.8万元" — the 28.8 belongs to the list's total, not to 23
    figs = [fig19("公务用车购置费", "公车购置费", "23", "公车购置费23万元。比上年增加28.8万元", change="28.8",
                  change_raw="比上年增加28.8万元")]
    assert answer_figure(parse("公车购置费比上年增加多少？"), 2019, figs, FigureMatcher(figs)) is None


def test_an_unstated_total_is_the_sum_of_its_stated_parts():
    figs = [fig19("因公出国（境）费", "因公出国（境）经费", "0", S_ZJGW),
            fig19("公务接待费", "公务接待费", "1", S_ZJGW),
            fig19("公务用车购置及运行维护费", "公务用车购置及运行费", "3.8", S_ZJGW)]
    r = answer_figure(parse("“三公”经费预算合计多少？"), 2019, figs, FigureMatcher(figs))
    assert (r.kind, r.value, r.unit) == ("derived", D("4.80"), "万元")       # 0 + 1 + 3.8, by hand
    assert len(r.inputs) == 3 and "=" in r.formula
    # one part missing: no sum, no guess
    assert answer_figure(parse("“三公”经费预算合计多少？"), 2019, figs[:2], FigureMatcher(figs[:2])) is None


def test_count_nouns_never_get_money():
    figs = [fig19("三公经费", "“三公经费”控制数", "7.6", "下达我单位“三公经费”控制数为7.6万元。")]
    q = parse("招商局的人员编制数是多少？")
    assert q.count_unit == "人"
    assert answer_figure(q, 2019, figs, FigureMatcher(figs)) is None


def test_where_questions_are_not_figure_questions():
    assert parse("侨联2019年因公出国是去哪个国家？").intent == "place"
    assert parse("项目支出主要用在哪里？").intent == "purpose"


def test_a_budget_asked_of_a_final_account_is_never_its_final_figure():
    # a 决算 document's amounts without a stated basis are final figures; a budget question takes
    # only an amount the document states as a budget (年初预算), else nothing
    sentence = "2024年度“三公”经费财政拨款支出决算为2.09万元，年初预算为5.00万元。"
    final = fig("三公经费", "“三公”经费财政拨款支出", "2.09", "万元", sentence, year=2024)
    budget = fig("三公经费", "“三公”经费财政拨款支出：年初预算", "5.00", "万元", sentence, basis="年初预算", year=2024)
    q = parse("三公经费预算是多少？")
    r = answer_figure(q, 2024, [final, budget], FigureMatcher([final, budget], kind="决算"))
    assert (r.value, r.inputs[0].basis) == (D("5.00"), "年初预算")
    assert answer_figure(q, 2024, [final], FigureMatcher([final], kind="决算")) is None
    assert answer_figure(parse("三公经费是多少？"), 2024, [final], FigureMatcher([final], kind="决算")).value == D("2.09")


def test_words_narrowing_a_metric_must_be_in_the_source():
    # "志愿服务项目支出" is not the document's 项目支出 (that sentence names no 志愿服务)
    s = "本年支出合计307.82万元，其中：基本支出105.58万元，占34.30%；项目支出202.24万元，占65.70%。"
    project = fig("项目支出", "项目支出", "202.24", "万元", s, year=2024)
    assert answer_figure(parse("志愿服务项目支出多少？"), 2024, [project], FigureMatcher([project])) is None
    assert answer_figure(parse("项目支出多少？"), 2024, [project], FigureMatcher([project])).value == D("202.24")


def test_a_count_of_one_thing_is_not_a_count_of_another():
    # "共有车辆3辆" and "购置车辆0辆": 车辆购置数 is not a kind of 车辆
    s = "截至2025年底，共有车辆3辆；2026年安排购置车辆0辆。"
    owned = fig("车辆", "共有车辆", "3", "辆", s, year=2026)
    bought = fig("车辆购置数", "安排购置车辆", "0", "辆", s, year=2026)
    r = answer_figure(parse("现在有几辆车？"), 2026, [owned, bought], FigureMatcher([owned, bought]))
    assert (r.kind, r.value) == ("figure", D(3))


def test_an_item_the_lexicon_does_not_know_must_be_named_by_the_figure():
    # "商业创新专项" is not "支持商业数字化创新" (another project of the same sentence)
    s = "2025年度项目总预算1720.00万，其中支持商业数字化创新70.00万。"
    other = fig(None, "支持商业数字化创新", "70.00", "万元", s, year=2025)
    assert answer_figure(parse("商业创新专项给了多少钱？"), 2025, [other], FigureMatcher([other])) is None
    assert answer_figure(parse("支持商业数字化创新多少钱？"), 2025, [other], FigureMatcher([other])).value == D("70.00")


def test_a_sum_of_parts_in_yuan_stays_exact():
    # a monthly 三公 report in 元: 公务用车运行维护费2190元, 公务用车购置费0元 → 2190元, never 0.22万元
    s = "项目 本月支出数（元） （1）公务用车运行维护费 2190 （2）公务用车购置费 0"
    running = fig("公务用车运行维护费", "公务用车运行维护费", "2190", "元", s, year=2018)
    buying = fig("公务用车购置费", "公务用车购置费", "0", "元", s, year=2018)
    r = answer_figure(parse("公务用车购置及运行维护费是多少？"), 2018, [running, buying],
                      FigureMatcher([running, buying]))
    assert (r.kind, r.value, r.unit) == ("derived", D("2190"), "元")


def _doc_figures(text: str, year: int):
    from corpus import figures as reader
    from corpus.models import Document

    doc = Document(name="t.txt", path="t.txt", sha256="", title="", unit=None, year=year, kind="决算", scope=None,
                   text=text)
    return reader.extract(doc)


def test_a_coded_item_whose_label_ends_with_the_amounts_words():
    # fj-pingtan-10474-dab-2017-final.txt: "…一般行政管理事务(项)拨款支出196.87万元" — 拨款支出 is not a level
    text = ("（二）2140102交通运输支出(类)公路水路运输(款) 一般行政管理事务(项)拨款支出196.87万元，"
            "比2016年决算数增加196.87万元。")
    figs = _doc_figures(text, 2017)
    r = answer_figure(parse("2140102公路水路运输一般行政管理事务支出了多少？"), 2017, figs, FigureMatcher(figs, text))
    assert r is not None and r.value == D("196.87") and r.unit == "万元"


def test_a_run_of_years_is_answered_only_by_a_figure_stated_for_it():
    # fj-pingtan-fzyjzx-2019-dept-budget.txt: the three-year plan, not one year's 项目支出 90万元
    text = ("一、2019年部门收支预算 2019年项目支出90万元。（四）三年中期财政规划 2019-2021年部门基本支出规划 126万元，"
            "2019-2021年部门项目支出规划 270万元（详见附表3）。")
    figs = _doc_figures(text, 2019)
    q = parse("2019-2021年部门项目支出规划是多少？")
    assert q.year_range == (2019, 2021)
    r = answer_figure(q, 2019, figs, FigureMatcher(figs, text))
    assert r is not None and r.value == D("270")
    r = answer_figure(parse("2020-2022年部门项目支出规划是多少？"), 2019, figs, FigureMatcher(figs, text))
    assert r is None or r.value is None or r.value != D("90")


# Sentences of ../shared/corpus-wide pages; values read from them.
def doc_figs(text: str, year: int, kind: str = "决算"):
    from corpus import figures
    from corpus.models import Document
    doc = Document(name="t.txt", path="t.txt", sha256="", title="", unit=None, year=year, kind=kind, scope=None,
                   text=text)
    return figures.extract(doc)


def ask_in(text: str, question: str, year: int, kind: str = "决算"):
    figs = doc_figs(text, year, kind)
    return answer_figure(parse(question), year, figs, FigureMatcher(figs))


APPROVAL = ("一、2014年年初结转结余304.91万元，本年收入510.04万元，本年支出509.89万元，年末结转结余305.06万元。"
            "三、2014年“三公”经费公共预算财政拨款支出6.60万元，其中：因公出国（境）费万元；"
            "公务用车购置及运行维护费6.44万元；公务接待费0.16万元。")


def test_an_everyday_name_of_a_metric_finds_its_figure():
    # fj-pingtan-4510-fhlc-2014-final-approval.txt: 公车 → 公务用车购置及运行维护费 6.44万元
    assert ask_in(APPROVAL, "2014年公车花了多少钱？", 2014).value == D("6.44")
    # "收了多少钱": nothing named but the verb's total
    assert ask_in(APPROVAL, "这个所2014年收了多少钱？", 2014).value == D("510.04")


def test_a_money_item_is_never_answered_with_a_count():
    # fj-pingtan-6678-tsg-2017-budget.txt: "临聘人员工资：40000 X 10人= 400000"
    r = ask_in("（2）临聘人员10人，按每人每年40000元计。", "临聘人员工资预算多少？", 2017, "预算")
    assert r is None or r.unit != "人"


def test_one_item_against_another_is_not_the_first_items_amount():
    # fj-pingtan-6152-aoqian-2016-budget-report.txt: 1987.18 − 1670 is asked, not 1987.18
    text = "（一）财政总收入1987.18万元，其中：一般预算收入723万元。（二）财政总支出1670万元。"
    r = ask_in(text, "2016年财政总收入比总支出多多少？", 2016, "预算")
    assert r is None or r.value != D("1987.18")


def test_a_months_figure_answers_no_year_question():
    # fj-pingtan-12053-pingyuan-2018-02-sangong-monthly.txt: a monthly page, no annual budget
    text = "2018年2月“三公”经费支出情况如下：项目 本月支出数（元） 合计 0 公务接待费 0"
    r = ask_in(text, "2018年全年“三公”经费预算是多少？", 2018, "other")
    assert r is None or r.value != 0 or r.unit != "元" or "本月" not in (r.inputs[0].label + (r.inputs[0].column or ""))


def test_a_stated_share_of_another_whole_is_not_the_share_asked():
    # fj-pingtan-4505-lds-2014-final-approval.txt: 59.78% is of the year-end balance, not of 本年收入
    text = ("本年收入510.04万元，其中：公共预算财政拨款本年收入509.89万元。"
            "年末公共预算财政拨款结转结余所占比重为59.78%。")
    r = ask_in(text, "本年收入里公共预算财政拨款占多大比例？", 2014)
    assert r is None or r.value != D("59.78")


def test_the_car_asked_in_money_is_its_cost():
    # fj-pingtan-6139-beicuo-2016-budget.txt: "公车预算多少钱" is 公务用车购置及运行维护费 (车辆经费15万元)
    text = "（三）公务用车购置及运行费2016年预算安排车辆经费15万元，主要用于车辆运行及维修支出。"
    assert ask_in(text, "今年公车预算多少钱？", 2016, "预算").value == D("15")
    assert ask_in(text, "今年车子上要花多少钱？", 2016, "预算").value == D("15")


def test_a_share_asked_as_a_percentage_of_a_whole():
    # fj-pingtan-4318-njz-2016-budget.txt: 81.5 ÷ 278.21 × 100 = 29.29%
    text = "2016年,平潭农机站收入预算为278.21万元。其中：基本支出196.71万元，项目支出81.5万元。"
    r = ask_in(text, "项目支出占收入预算的百分比？", 2016, "预算")
    assert (r.value, r.unit) == (D("29.29"), "%")


def test_items_joined_with_a_total_word_are_summed():
    # fj-pingtan-5278-ghj-2016-budget.txt: 30 + 30 = 60万元
    text = "（二）项目支出：规划沙盘维护费30万元，规划编制项目评审经费30万元。"
    r = ask_in(text, "规划沙盘维护费和规划编制项目评审经费合计多少？", 2016, "预算")
    assert (r.kind, r.value) == ("derived", D("60"))


def test_a_sum_not_read_is_never_one_items_amount():
    # fj-pingtan-6692-tgb-2017-budget.txt: three units' staff rows; one row (1人) is not the sum
    text = "平潭县归国华侨联合会在职人数1人。"
    assert ask_in(text, "三个单位在职人数加起来是多少？", 2017, "预算") is None


def test_a_quoted_item_stays_the_item_whatever_follows():
    # sh-putuo-wanli-2024-dept-budget.pdf: the quoted 项 and its 2023 执行数 (never the budget's total)
    q = parse("万里街道2024年预算中，“城乡社区支出（类）城乡社区管理事务（款）行政运行（项）”2023年当年预算执行数是多少？")
    assert q.item.startswith("城乡社区支出(类)")


def test_one_item_against_another_is_their_difference():
    # fj-pingtan-6152-aoqian-2016-budget-report.txt: 1987.18 − 1670 = 317.18万元, both cited
    text = "（一）财政总收入1987.18万元，其中：一般预算收入723万元。（二）财政总支出1670万元。"
    r = ask_in(text, "2016年财政总收入比总支出多多少？", 2016, "预算")
    assert (r.kind, r.value, r.unit) == ("derived", D("317.18"), "万元") and len(r.inputs) == 2


def test_a_share_whose_whole_is_named_first():
    # fj-pingtan-6105-fy-2016-budget.txt: 46.08 ÷ 57.23 × 100 = 80.52%
    text = ("2016年“三公”经费公共财政拨款支出57.23万元。（二）公务用车购置及运行费46.08万元。"
            "（三）公务接待费11.15万元。")
    for question in ("2016年“三公”经费中，公车费用占百分之几？", "2016年三公经费里公车占了多大比例？"):
        r = ask_in(text, question, 2016, "预算")
        assert (r.value, r.unit) == (D("80.52"), "%"), question


def test_counts_written_in_chinese_numerals():
    # fj-pingtan-4343-slzhfwzx-2016-budget.txt: "…幸福洋堤防管理站等八个基层单位，设立…中心"
    text = ("整合平潭县水利工作队、平潭县幸福洋堤防管理站等八个基层单位，设立平潭综合实验区水利综合服务中心，"
            "核定事业编制37名。")
    for question in ("有几个基层单位？", "整合了几个基层单位？", "水利综合服务中心是由几个基层单位整合设立的？"):
        r = ask_in(text, question, 2016, "预算")
        assert (r.value, r.unit) == (D("8"), "个"), question
    # a slogan is no count: "四个全面" gives nothing
    assert ask_in("协调推进“四个全面”战略布局。", "有几个全面？", 2016, "预算") is None


def test_an_item_named_with_a_word_left_out():
    # fj-pingtan-6203-gaj-2016-budget.txt: "（二）辅警人员工资1169.16万元。"
    text = "（一）人员经费2000万元。（二）辅警人员工资1169.16万元。主要用于辅警人员的工资支出。"
    assert ask_in(text, "2016年辅警工资安排了多少？", 2016, "预算").value == D("1169.16")


def test_a_total_asked_without_a_fund_is_the_total_of_all_funds():
    # sh-putuo-fly-2024-unit-budget.pdf: 收支预算总表 收入总计 12,121,164 元; 财政拨款收支预算总表 9,501,164 元
    def cell(title, label, value):
        text = f"{title}（单位：元） | 本年收入/项目: {label} | 预算数: {value:,}"
        return Figure(doc="t.pdf", metric="收入", label=label, value=D(value), unit="元", raw=f"{value:,}",
                      span=Span(doc="t.pdf", section=title, page=1, start=0, end=len(text), text=text),
                      year=2024, source="table", column="预算数", role="amount")
    figs = [cell("2024年预算单位财务收支预算总表", "收入总计", 12121164),
            cell("2024年预算单位财政拨款收支预算总表", "收入总计", 9501164)]
    assert answer_figure(parse("2024年收入总计是多少？"), 2024, figs, FigureMatcher(figs)).value == D(12121164)
    q = parse("2024年财政拨款收支预算总表中收入总计是多少？")
    assert answer_figure(q, 2024, figs, FigureMatcher(figs)).value == D(9501164)


def test_receptions_counted_in_batches_and_people():
    # fj-pingtan-5358-zsj-2015-final.txt: "公务接待费9.73万元，…累计接待86批次、接待总人数1004人。"
    text = "（三）公务接待费9.73万元，主要用于招商引资接待，累计接待86批次、接待总人数1004人。"
    for question, value, unit in (("那年接待了多少人次？", "1004", "人"), ("一共接待了多少人？", "1004", "人"),
                                  ("公务接待一共接待了多少批次？", "86", "批次"), ("那年接待了几批客人？", "86", "批次"),
                                  ("公务接待花了多少钱？", "9.73", "万元")):
        r = ask_in(text, question, 2015)
        assert r is not None and (r.value, r.unit) == (D(value), unit), question


def test_the_size_of_a_decrease_asked_in_everyday_words_is_positive():
    # fj-pingtan-10468-aoqianpq-2017-final.txt style: "本年收入3000万元，比上年减少1658.02万元"
    text = "2017年本年收入3000万元，比上年减少1658.02万元，下降35.6%。"
    r = ask_in(text, "收入比上年少了多少？", 2017)
    assert (r.value, r.unit, r.decrease) == (D("1658.02"), "万元", True)
    assert ask_in(text, "收入比上年减少了多少？", 2017).value == D("-1658.02")      # the signed change
    assert ask_in(text, "收入比上年下降了百分之几？", 2017).value == D("-35.6")


def test_two_items_of_one_name_the_change_asked_picks_its_direction():
    # fj-pingtan-10474-dab-2017-final.txt: 一般行政管理事务 under two classes, one up, one down
    text = ("（一）2010302一般公共服务支出(类)政府办公厅（室）及相关机构事务(款)一般行政管理事务(项)拨款支出2.99万元，"
            "比2016年决算数减少42.59万元,下降93.44%。（二）2140102交通运输支出(类)公路水路运输(款)"
            "一般行政管理事务(项)拨款支出196.87万元，比2016年决算数增加196.87万元。")
    r = ask_in(text, "2017年“一般行政管理事务”拨款支出比2016年减少了多少？", 2017)
    assert r is not None and r.value == D("-42.59")


def test_each_side_of_a_share_keeps_its_own_basis_word():
    # fj-pingtan-6118-zx-2016-budget.txt: 41.35 ÷ 415.36 × 100 = 9.96 (控制数 is the part's word, 总预算 the whole's)
    text = ("2016年,平潭政协部门收入预算为415.36万元，其中：一般公共预算拨款415.36万元，单位其他收入0万元。"
            "根据《关于下达我区2016年部门预算“三公经费”控制数的通知》，2016年下达我单位“三公经费”控制数41.35万元。")
    r = ask_in(text, "2016年“三公”经费控制数占部门总预算的比例是多少？", 2016, "预算")
    assert r is not None and (r.value, r.unit) == (D("9.96"), "%")


def test_a_fund_name_in_a_shares_whole_is_no_basis():
    # sh-putuo-shgzb-2024-final.pdf: 人员经费 95.36 ÷ 一般公共预算财政拨款基本支出 105.58 × 100 = 90.32
    text = "一般公共预算财政拨款基本支出 105.58 万元。其中：人员经费 95.36 万元，日常公用经费 10.22 万元。"
    r = ask_in(text, "人员经费占一般公共预算财政拨款基本支出的比重是多少？", 2024, "决算")
    assert r is not None and (r.value, r.unit) == (D("90.32"), "%")


def test_everyday_names_of_sections_and_totals():
    # sh-putuo-qzfb-2025-unit-budget.pdf: "上海市普陀区人民政府办公室设10个内设机构，包括：…"
    text = "上海市普陀区人民政府办公室设10个内设机构，包括：（一）秘书科。2025年度，本单位编报绩效目标的项目共11个。"
    assert ask_in(text, "下面设了几个科室？", 2025, "预算").value == D("10")
    # sh-putuo-czj-2024-final.pdf: 收入支出总计 减少56.95万元 (收支总盘子 is that total)
    text = "2024年度收入、支出决算总计3044.19万元。与2023年度相比，收入、支出总计各减少56.95万元，下降1.84%。"
    r = ask_in(text, "2024年收支总盘子比2023年少了多少？", 2024)
    assert r is not None and r.value == D("56.95")


def test_a_vehicle_named_by_its_plate():
    # fj-pingtan-12057-pingyuan-2018-06-sangong-monthly.txt: "注：闽K198KA车保险费2403.4元、闽K229KA保险费4159.7元。"
    text = "平原镇2018年6月份三公经费公示 注：闽K198KA车保险费2403.4元、闽K229KA保险费4159.7元。"
    r = ask_in(text, "闽K229KA那辆车交了多少保险费？", 2018, "other")
    assert r is not None and (r.value, r.unit) == (D("4159.7"), "元")


def test_a_rate_named_by_its_verb_takes_the_item_of_its_clause():
    # fj-pingtan-6113-luyang-2016-budget.txt (a 2016 budget reporting 2015): "…办公费9.48万元，占执行预算的67.7%；
    # 差旅费支出26.67万元，占执行预算的98.8%；培训费支出0.8万元，执行预算23%。"
    text = ("四、2015年决算收支总体情况 按经济科目列支的办公费9.48万元，占执行预算的67.7%；差旅费支出26.67万元，"
            "占执行预算的98.8%；培训费支出0.8万元，执行预算23%。")
    r = ask_in(text, "2015年差旅费执行了预算的百分之多少？", 2015)
    assert r is not None and (r.value, r.unit) == (D("98.8"), "%")


def test_money_named_by_its_stated_use():
    # fj-pingtan-6658-ldrszyzcy-2017-budget.txt: "（三）部门发展专项14.38万元，用于仲裁庭建设。"
    text = "（一）人员经费100万元。（二）公用经费20万元。（三）部门发展专项14.38万元，用于仲裁庭建设。"
    r = ask_in(text, "2017年建仲裁庭的钱有多少？", 2017, "预算")
    assert r is not None and r.value == D("14.38")


def test_final_against_its_own_budget_is_derived_from_both():
    # 杜集区机关事务管理中心 2021 决算: "“三公”经费支出预算为246万元，支出决算为167.37万元"
    s = "2021年度一般公共预算财政拨款“三公”经费支出预算为246万元，支出决算为167.37万元，完成预算的68%。"
    figs = [fig("三公经费", "“三公”经费支出预算", "246", "万元", s, basis="预算", year=2021),
            fig("三公经费", "“三公”经费支出预算：支出决算", "167.37", "万元", s, basis="决算", year=2021)]
    r = answer_figure(parse("三公经费决算比预算减少了多少？"), 2021, figs, FigureMatcher(figs))
    assert (r.kind, r.value, r.unit) == ("derived", D("-78.63"), "万元") and len(r.inputs) == 2
    assert "167.37" in r.formula and "246" in r.formula
    r = answer_figure(parse("三公经费实际花的比预算少了多少？"), 2021, figs, FigureMatcher(figs))
    assert (r.value, r.decrease) == (D("78.63"), True)      # everyday 少了多少: the size (README ¹)
    # the question never takes a stated change on last year for it
    assert answer_figure(parse("三公经费比上年减少了多少？"), 2021, figs, FigureMatcher(figs)) is None


def test_a_count_summed_over_a_staff_tables_rows():
    # 平潭综合实验区传媒中心 2016: 单位名称 | 人员编制数 — 传媒中心 11, 平潭广播电视台 5, 平潭时报社 5
    s = "单位名称 经费性质 人员编制数 在职人数 平潭综合实验区传媒中心 财政核拨 11 2 平潭广播电视台 财政核拨 5 0 平潭时报社 财政核拨 5 0"
    rows = [fig("编制数", f"{name}人员编制数", n, "人", s, year=2016, section="二、部门预算单位基本情况")
            for name, n in (("平潭综合实验区传媒中心", "11"), ("平潭广播电视台", "5"), ("平潭时报社", "5"))]
    for f in rows:
        f.role = "count"
    r = answer_figure(parse("传媒中心和下面的电视台、时报社加起来一共有多少个编制？"), 2016, rows, FigureMatcher(rows))
    assert (r.kind, r.value, r.unit, len(r.inputs)) == ("derived", D(21), "人", 3)
    r = answer_figure(parse("各单位人员编制数加起来是多少？"), 2016, rows, FigureMatcher(rows))
    assert r.value == D(21)
    # a name no row holds: no partial sum
    assert answer_figure(parse("传媒中心和档案馆加起来有多少个编制？"), 2016, rows, FigureMatcher(rows)) is None


def test_all_the_parts_of_a_total_asked_together_are_the_stated_total():
    # 绵竹市 2025: "公务用车购置及运行维护费1687万元" — 买车加养车 is that total, its parts not stated
    s = "公务接待费242万元，较上年减少12万元；公务用车购置及运行维护费1687万元，较上年减少209万元。"
    figs = [fig("公务用车购置及运行维护费", "公务用车购置及运行维护费", "1687", "万元", s, year=2025),
            fig("公务接待费", "公务接待费", "242", "万元", s, year=2025)]
    r = answer_figure(parse("公车方面（买车加养车）今年预算了多少钱？"), 2025, figs, FigureMatcher(figs))
    assert (r.kind, r.value, r.inputs[0].metric) == ("figure", D("1687"), "公务用车购置及运行维护费")


def test_a_count_asked_of_another_body_must_be_stated_in_its_clause():
    # 涪城区财政局 2019: "区机关事务管理局310万元计划2019年购置一般公务用车14辆：…涪城区消防大队50万元
    # 计划购置消防车辆1辆" — the 局's vehicles are never the 消防大队's
    s = ("2019年我区年初预算安排车辆购置费384万元，其中：区机关事务管理局310万元计划2019年购置一般公务用车14辆："
         "涪城区消防大队50万元计划购置消防车辆1辆。")
    figs = [fig("一般公务用车", "购置一般公务用车", "14", "辆", s, year=2019),
            fig("车辆", "计划购置消防车辆", "1", "辆", s, year=2019)]
    for f in figs:
        f.raw, f.role = f"{f.value}辆", "count"
    r = answer_figure(parse("区机关事务管理局今年打算买几辆公务车？"), 2019, figs, FigureMatcher(figs))
    assert r is None or r.value == D(14)
