"""Consistency checks. The real inconsistencies listed here were verified by hand in the documents."""
from decimal import Decimal
from pathlib import Path

import pytest

from corpus import checks, figures
from corpus.models import Document

D = Decimal


def make_doc(text: str, year: int, name: str = "t.txt") -> Document:
    doc = Document(name=name, path=name, sha256="", title="", unit=None, year=year, kind="预算", scope=None, text=text)
    doc.figures = figures.extract(doc)
    return doc


def run(text: str, year: int) -> list:
    return checks.run(make_doc(text, year))


def test_sample_document_is_consistent(sample_text):
    assert checks.run(make_doc(sample_text, 2023)) == []


# --------------------------------------------------------------------------- identities

def test_three_public_items_exceed_the_control_figure():
    # fj-pingtan-czjrj-2016-dept-budget.txt (MANIFEST: 10+10+11.4 exceed 控制数20万元)
    text = ("2016年下达我单位“三公经费”控制数20万元。其中：（一）因公出国（境）经费2016年预算安排10万元。"
            "主要用于本国出国（境）团费用与上年相比支出持平（二）公务接待费　2016年预算安排10万元。主要用于接待活动。"
            "（三）公务用车购置及运行费在方案未出台前， 2016年公务用车购置及运行费暂按年初预算数执行。"
            "2016年预算安排车辆经费11.4万元，其中车辆运行费11.4万元，与上年支出数相持平。")
    [f] = run(text, 2016)
    assert f.check == "三公经费=分项之和" and f.gap == D("-11.4") and f.unit == "万元"
    assert len(f.spans) == 4 and "控制数20万元" in f.spans[0].text      # the total first


def test_three_public_items_that_add_up():
    # sh-putuo-wanli-2023-dept-budget.pdf p.12 (0 + 21.56 + 1.35 = 22.91)
    text = ("2023年“三公”经费预算数为22.91万元，比2022年预算持平。其中：\n（一）、因公出国（境）费0万元，比2022年预算持平。\n"
            "（二）、公务车购置及运行费21.56万元，其中：公务用车购置费0万元，比2022年预算持平；公务车用车运行费21.56万元，比2022年预算持平。\n"
            "（三）、公务接待费1.35万元。比2022年预算持平。\n")
    assert run(text, 2023) == []


def test_parts_of_another_list_level_are_not_compared():
    # fj-pingtan-hjgtj-2017-2019: 公用支出 is item 2, a sibling of 基本支出 (item 1), not its part
    text = ("1、 基本支出：1183.47万元 （1） 人员支出：1104.47万元 （2）对个人和家庭的补助支出：79万元 "
            "2、公用支出：106.98万元 3、专项业务经费：200万元")
    assert run(text, 2017) == []


def test_function_classes_must_not_exceed_the_total():
    text = "支出预算：2023年年初预算数100.00万元，其中：一般公共服务支出90.00万元，教育支出20.00万元。"
    [f] = run(text, 2023)
    assert f.check == "功能分类=支出合计" and f.gap == D("-10.00")


# --------------------------------------------------------------------------- growth rates

def test_growth_rate_on_the_wrong_base():
    # fj-pingtan-luyang-2015-final.txt: 13.25 / 562.74 = 2.35% (should be 13.25 / 575.99 = 2.30%)
    [f] = run("2015年公共财政拨款支出562.74万元，比2014决算数减少13.25万元，减少2.35%，具体情况如下", 2015)
    assert f.check == "增长率" and f.gap == D("-0.05") and f.unit == "%"


def test_growth_rate_that_fits():
    # fj-pingtan-benji-2017: 590.65 / (1476.44 + 590.65) = 28.57%
    assert run("“三公”经费决算数为1476.44万元，比2016年减支590.65万元，下降28.57%。", 2017) == []


def test_fall_of_100_percent_with_a_remaining_amount():
    # fj-pingtan-luyang-2015-final.txt
    [f] = run("(一)日常公用经费支出38.52万元，较2014年决算数减少，减少100%，主要原因是日常公用经费的减少。", 2015)
    assert f.check == "增长率"


def test_growth_rate_from_previous_year_amount():
    ok = ("1. “一般公共服务支出（类）统计信息事务（款）统计管理（项）”2.63万元，主要用于统计管理。2022年当年预算执行数为1.48\n"
          "万元，2023年预算安排2.63万元，比2022年预算执行数增加77.70 %。主要原因是：统计管理经费增加。\n")
    assert run(ok, 2023) == []
    # sh-putuo-wanli-2023-dept-budget.pdf item 3: (45.41 − 11.67) / 11.67 = 289.12%, not 314.82%
    bad = ("3. “一般公共服务支出（类）群众团体事务（款）一般行政管理事务（项）”45.41万元，主要用于群众团体事务一般行政管理事务\n"
           "。2022年当年预算执行数为11.67万元，2023年预算安排45.41万元，比2022年预算执行数增加314.82%。\n")
    [f] = run(bad, 2023)
    assert f.check == "增长率" and f.gap == D("25.70") and len(f.spans) == 1  # one sentence holds both


def test_negative_previous_year():
    # sh-putuo-wanli-2023-dept-budget.pdf p.6: 0万元, 比2022年预算增加1421.25万元
    [f] = run("政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元；国有资本经营预算拨款支出预算0万元，比2022年预算持平。", 2023)
    assert f.check == "上年数为负" and f.gap == D("-1421.25")


def test_item_restated_with_another_value():
    # sh-putuo-wanli-2024-dept-budget.pdf item 31: 350.35 then 352.67 (0.53% fits 350.35)
    text = ("31. “住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于住房公积金。2023年当年预算执行数为\n"
            "348.52万元，2024年预算安排352.67万元，比2023年预算执行数增加0.53%。主要原因是：住房公积金经费增加。\n")
    found = {f.check: f for f in run(text, 2024)}
    assert set(found) == {"同项两数", "增长率"}
    assert found["同项两数"].gap == D("-2.32") and "350.35万元" in found["同项两数"].spans[0].text


# --------------------------------------------------------------------------- the shared corpus

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

# (document, check, gap) of every real inconsistency verified by hand in these documents
REAL = {
    "fj-pingtan-czjrj-2016-dept-budget.txt": [("三公经费=分项之和", "-11.4")],        # 10+10+11.4 vs 20
    "fj-pingtan-luyang-2015-final.txt": [("增长率", "-0.05"),                          # 2.35% on wrong base
                                          ("增长率", "38.52"),                         # 减少100% but 38.52
                                          # 总支出727.56, its listed items 709.75 + 年末结转32.66 = 742.41
                                          ("具体情况如下", "-14.85")],
    "sh-putuo-wanli-2023-dept-budget.pdf": [
        ("增长率", "25.70"),        # 群众团体事务: 11.67 → 45.41 is +289.12%, not 314.82%
        ("增长率", "-172.25"),      # 职业年金: 132.59 → 441.25 is +232.79%, not 60.54%
        ("上年数为负", "-1421.25"),  # 政府性基金 0万元 "增加1421.25万元"
        ("同项两数", "-220.62")],    # 职业年金 220.63万元 then 预算安排441.25万元
    "sh-putuo-wanli-2024-dept-budget.pdf": [("增长率", "-0.66"), ("同项两数", "-2.32")],  # 350.35 vs 352.67
    "sh-putuo-sfj-2026-dept-budget.pdf": [
        ("增长率", "108.73"),      # 其他司法支出: 执行数 43269.3 (the unit budget says 3269.3) → 3845.49 is not +17.62%
        ("增长率", "-0.27"),       # 职业年金: 77.99 → 91.97 is +17.93%, not +17.66%
        ("增长率", "3.68"),        # 住房公积金: 198.34 → 201.50 is +1.59%; 5.27% fits the item's 208.8
        ("同项两数", "7.30")],      # 住房公积金 208.8万元 then 预算安排201.50万元
    "fj-pingtan-qu-2019-budget-execution.txt": [("增长率", "-1.98")],
    # 收入支出总计 / 财政拨款收入支出总计 / 一般公共预算财政拨款支出 307.82万元 and 机关运行经费 10.23万元, each
    # "比上年增加" its whole amount (last year 0) yet "增长100%": no rate exists on a zero base
    "sh-putuo-shgzb-2024-final.pdf": [("增长率", "100.00")] * 4,  # 69.67亿, 增支28.61亿 is +69.68%, not 67.7%
    "sh-putuo-sfj-2026-unit-budget.pdf": [
        ("增长率", "14.03"),       # 行政运行 1690.69 → 1434.89 is −15.13%, not −1.10%
        ("增长率", "-2.91"),       # 行政单位离退休 57.43 → 57.8 is +0.64%, not −2.27% (item says 56.12)
        ("增长率", "51.41"),       # 购房补贴 241.76 → 170.03 is −29.67%, not +21.74% (item says 207)
        ("同项两数", "-1.68"), ("同项两数", "36.97"),
        # 支出预算总表 and 一般公共预算支出功能分类预算表 print 64,840,547.00 (the whole 项目支出) as
        # 2040601 行政运行's 项目支出: its row does not add up (合计 14,348,853.34) and 20406 司法's
        # 项目支出 is not the sum of its 项
        ("科目=下级科目之和", "-64840547"), ("科目=下级科目之和", "-64840547"),
        ("合计=分列之和", "-64840547"), ("合计=分列之和", "-64840547")],
}


@pytest.fixture(scope="module")
def parsed():
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    from corpus.build import parse_document
    return {name: parse_document(CORPUS / name, name) for name in REAL}


@pytest.mark.parametrize("name", sorted(REAL))
def test_real_inconsistencies_are_found(parsed, name):
    got = sorted((f.check, f.gap) for f in parsed[name].findings)
    assert got == sorted((c, D(g)) for c, g in REAL[name])
    for f in parsed[name].findings:
        assert f.spans and all(s.doc == name and s.text for s in f.spans)


def test_table_classes_must_add_up_to_the_total_row():
    from corpus.models import Table
    doc = Document(name="t.pdf", path="t.pdf", sha256="", title="", unit=None, year=2025, kind="预算", scope=None, text="")

    def table(total):
        return Table(id="t#0", doc="t.pdf", page=3, section="预算表", title="2025年部门支出预算总表", unit="元",
                     header=[["功能分类科目编码", "", "", "功能分类科目名称", "合计"], ["类", "款", "项", "", ""]],
                     rows=[["201", "", "", "一般公共服务支出", "22,186,440.80"],
                           ["201", "06", "01", "行政运行", "16,231,840.80"],
                           ["208", "", "", "社会保障和就业支出", "3,508,644.00"],
                           ["合计", "", "", "", total]])
    doc.tables = [table("25,695,084.80")]
    doc.figures = figures.extract(doc)
    assert checks.run(doc) == []
    doc.tables = [table("25,695,184.80")]
    doc.figures = figures.extract(doc)
    [f] = checks.run(doc)
    assert f.check == "功能分类=支出合计" and f.gap == D("100.00") and f.unit == "元"


def test_no_other_findings_in_the_shared_corpus(full_index):
    """Every finding over the whole shared corpus is one of the verified ones (no false alarms)."""
    from corpus.store import CorpusStore
    got = sorted((f.doc, f.check, f.gap) for f in CorpusStore(full_index.index_dir).findings())
    assert got == sorted((doc, c, D(g)) for doc, items in REAL.items() for c, g in items)


# --------------------------------------------------------------------------- stated comparisons
def test_a_stated_comparison_with_the_wrong_direction():
    """The test version of the 普陀区财政局 2024 决算 (GovBudgetChecker samples/bad) says 决算数大于
    预算数 where 1511.89 < 1560.05; the published one says 小于 (no finding)."""
    bad = ("1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人员经费及公用经费等的基本支出。\n"
           "年初预算为 1560.05 万元，支出决算为 1511.89 万元。 决算数大于预算数的主要原因：人员进出及退休变化。\n")
    good = bad.replace("大于", "小于")
    equal = "年初预算为 62.29 万元，支出决算为 60.99 万元。 决算数等于预算数的主要原因：预算按周全保障测算。\n"
    flat = "年初预算为10.00万元，支出决算为10.00万元。决算数与预算数基本持平。\n"
    (finding,) = run(bad, 2024)
    assert finding.check == "决算与预算比较" and finding.gap == D("-48.16")
    assert "决算数大于预算数" in finding.spans[0].text
    assert not run(good, 2024) and not run(flat, 2024)
    assert [f.check for f in run(equal, 2024)] == ["决算与预算比较"]


def test_side_by_side_coded_items_are_two_groups():
    """一般公共预算财政拨款基本支出决算表 prints 人员经费 and 公用经费 items side by side; a code
    printed without its leading zero ("301 | 2 | 津贴补贴") is still a code."""
    from corpus.figures import row_groups

    assert row_groups(["301", "", "工资福利支出", "2,082.85", "302", "", "商品和服务支出", "171.07"]) == \
        [("301工资福利支出", [3]), ("302商品和服务支出", [7])]
    assert row_groups(["301", "03", "奖金", "", "302", "04", "手续费", "0.09"]) == [("30204手续费", [7])]
    assert row_groups(["301", "2", "津贴补贴", "16,623,810", "16,623,810", "0"]) == [("30102津贴补贴", [3, 4, 5])]


def test_project_spending_stated_twice_with_two_values():
    # fj-pingtan-3937-scjgj-2016-budget.txt (corpus-wide): the list adds up with 491.25
    # (1415.43 + 207.8 + 218.55 + 491.25 = 2333.03); its own paragraph says 419.25
    text = ("四、收支预算总体情况 2016年，相应安排支出预算2333.03万元，其中：人员支出1415.43万元，"
            "对个人和家庭补助支出207.8万元，公用支出218.55万元，项目支出491.25万元。\n"
            "五、一般公共预算拨款支出情况\n（一）人员支出1415.43万元。主要用于在职人员工资。\n"
            "（三）项目支出419.25万元，主要用于专项业务费支出。\n")
    found = [f for f in run(text, 2016) if f.check == "同一总数两个值"]
    assert len(found) == 1 and found[0].gap == D("72.00") and len(found[0].spans) == 2


def test_the_years_income_stated_twice_with_two_values():
    # fj-pingtan-7653-zhonglou-2016-final.txt: 本年支出 1686.22 (54.10 + 1755.94 − 1686.22 = 123.82 ≈ the
    # stated 123.81) and, in its own paragraph, 1682.22
    text = ("四、2016年决算收支总体情况 2016年中楼乡年初结转和结余54.10万元，本年收入 1755.94万元，本年支出1686.22万元，"
            "年末结转和结余 123.81万元。 （一）2016本年收入1755.94万元，比2015年决算数增加471.87万元，增长36.75％，"
            "具体情况如下： 1. 财政拨款收入1751.36 万元，其中政府性基金284.5万元。 2. 事业收入0万元。 3. 经营收入0万元。"
            " 4. 上级补助收入0万元。 5. 附属单位上缴收入0万元。 6. 其他收入4.58万元。 （二）2016本年支出1682.22万元，"
            "比2015年决算数增加 402.15万元，增长31.32％。\n")
    found = [f for f in run(text, 2016) if f.check == "同一总数两个值"]
    assert len(found) == 1 and found[0].gap == D("4.00") and "本年支出" in found[0].message
    # fj-pingtan-6202-yutou-2015-final.txt: the list item 财政拨款收入 just before "（二）2015本年支出" is
    # no fund word of that total (668.69 in the balance sentence, 651.69 in its own paragraph)
    text = ("四、2015年决算收支总体情况2015年屿头乡年初结转和结余24.29万元，本年收入 680.29万元，本年支出668.69万元，"
            "年末结转和结余 35.89万元。（一）2015本年收入680.29万元，比2014年决算数745.88万元减少65.59万元，"
            "具体情况如下：1. 财政拨款收入677.08万元。2. 其他收入3.21万元。（二）2015本年支出651.69万元，"
            "比2014年决算数705.58万元减少53.89 万元。\n")
    found = [f for f in run(text, 2015) if f.check == "同一总数两个值"]
    assert len(found) == 1 and found[0].gap == D("17.00")
    # 本年收入 of all sources and 公共预算财政拨款's 本年收入 are two totals, not one stated twice
    text = ("一、2014年年初结转结余304.91万元，本年收入510.04万元，本年支出509.89万元。"
            "二、2014年公共预算财政拨款年初结转结余0万元，本年收入509.89万元，本年支出509.89万元。\n")
    assert not [f for f in run(text, 2014) if f.check == "同一总数两个值"]


def test_a_total_of_another_fund_is_not_the_same_total():
    # fj-pingtan-6202-yutou-2015-final.txt: 项目支出 126.85 of all funds, 17 of 政府性基金
    text = ("四、支出决算情况 2015年本年支出668.69万元。1. 基本支出541.84万元。2. 项目支出126.85万元。\n"
            "六、政府性基金支出决算情况2015年度政府性基金支出17万元，比2014年决算数减少2.5万元，"
            "具体情况如下：（一）项目支出17万元。\n")
    assert not [f for f in run(text, 2015) if f.check == "同一总数两个值"]


def test_last_years_amount_carries_no_change_on_last_year():
    # fj-pingtan-10468-aoqianpq-2017-final.txt: the change (−15.41, −80.64%) is 2017's 3.70 on
    # 2016's 19.11 ((3.70 − 19.11) / 19.11 = −80.64%), not a change of 19.11
    text = ("公务用车运行费3.70万元，主要用于公务用车燃油、维修、保险等方面支出。2016年公务用车购置费决算数0万元，"
            "公务用车运行费19.11万元；与2016年相比，公务用车购置费均无支出决算数，公务用车运行费减少15.41万元，"
            "下降80.64%，主要是: 严格执行公务用车改革制度。")
    assert not [f for f in run(text, 2017) if f.check == "增长率"]


# --------------------------------------------------------------------------- text wording (text_checks)
# Sentences copied from pages of ../shared/corpus-wide; the expected gaps are the documents' own
# arithmetic, worked by hand.

def checks_of(text: str, year: int, kind: str = "预算") -> list:
    doc = make_doc(text, year)
    doc.kind = kind
    return checks.run(doc)


def test_income_list_exceeding_its_total():
    # fj-pingtan-3937-scjgj-2016-budget.txt: 2333.03 + 327.26 = 2660.29 ≠ 2333.03
    [f] = checks_of("2016年,区市场监督管理局收入预算为2333.03万元，其中：一般公共预算拨款2333.03万元，"
                    "单位结余结转资金327.26万元。", 2016)
    assert f.check == "其中各项之和" and f.gap == D("-327.26")


def test_template_list_short_of_its_total():
    # fj-pingtan-6661-gwhbgs-2017-budget.txt: 4650.22 + 0 + 181.6 + 6820 = 11651.82, 0.40 short
    [f] = checks_of("相应安排支出预算11652.22万元，其中：人员支出4650.22万元，对个人和家庭补助支出0万元，"
                    "公用支出181.6万元，项目支出6820万元。", 2017)
    assert f.check == "其中各项之和" and f.gap == D("0.40") and "四舍五入" not in f.message


def test_partial_lists_and_changes_are_no_finding():
    assert checks_of("项目支出100万元，其中：会议费50万元，培训费20万元。", 2016) == []   # 其中 may be partial
    assert checks_of("收入预算为62.38万元，比上年增加6.94万元，其中：人员支出26.85万元，公用支出4.53万元。", 2018) == []


def test_decrease_above_a_hundred_percent():
    # fj-pingtan-6661-gwhbgs-2017-budget.txt
    [f] = checks_of("车辆运行费43.8万元，与上年支出数相比下降122%。", 2017)
    assert f.check == "增长率"
    # a template that left both words: 243% may be the growth
    assert checks_of("公务接待费 2016年预算安排18.10万元。与上年相比支出下降（增长）243%，主要原因是招商。", 2016) == []


def test_rate_against_the_prior_amount_in_its_clause():
    # fj-pingtan-6202-yutou-2015-final.txt: (1.48 − 0.7) / 0.7 = 111.43%, not 52.71%
    text = ("（二）公务接待费1.48万元。主要用于各部门来屿头乡检查工作的工作用餐的接待活动，累计接待9批次。"
            "与2014年0.7万元相比, 公务接待费支出增长{}%。")
    [f] = checks_of(text.format("52.71"), 2015, "决算")
    assert f.check == "增长率" and f.gap == D("-58.72")
    assert checks_of(text.format("111.43"), 2015, "决算") == []


def test_rate_with_a_change_written_without_its_unit():
    # fj-pingtan-6202-yutou-2015-final.txt: 1.17 / (6.83 − 1.17) = 20.67%, not 16.71%
    [f] = checks_of("2、林业（科目编码：21302）6.83万元，较2014年决算数增加1.17，增加16.71%。", 2015, "决算")
    assert f.check == "增长率" and f.gap == D("-3.96")
    assert checks_of("1、住房公积金（科目编码：2210201）32.86万元，较2014年决算数增加0.86，增加2.69%。",
                     2015, "决算") == []


def test_coded_children_against_their_parent():
    # fj-pingtan-6202-yutou-2015-final.txt: 9.00 + 73.85 = 82.85 ≠ 82.785
    text = ("（八）其他支出（科目编码：229）82.785万元。包括：彩票公益金安排的支出（科目编码：22960）9.00万元，"
            "其中用于彩票公益金安排的支出（科目编码：2296099）9.00万元；其他支出（科目编码：22999）73.85万元，"
            "其中其他支出（科目编码：2299901）73.85万元。")
    [f] = [f for f in checks_of(text, 2015, "决算") if f.check == "科目=下级科目之和"]
    assert f.gap == D("-0.065")


def test_budget_income_against_spending():
    # fj-pingtan-4460-cmzx-2016-budget.txt
    [f] = checks_of("2016年,平潭综合实验区传媒中心收入预算为0万元；相应安排支出预算2488.34万元，其中：人员支出1316.34万元，"
                    "对个人和家庭补助支出0万元，公用支出111.30万元，项目支出1060.70万元。", 2016)
    assert f.check == "收入预算=支出预算" and f.gap == D("-2488.34")


def test_a_slip_of_the_unit_word_is_no_rate_finding():
    # fj-pingtan-5358-zsj-2015-final.txt: 65.39 read in 万元 gives 179.64%; "元" is a slip
    assert checks_of("2015本年支出101.79万元，比2014年决算数增加65.39元，增长179.64%，具体情况如下：", 2015, "决算") == []


def test_a_garbled_amount_answers_and_checks_nothing():
    # fj-pingtan-5436-fy-2015-final.txt: "费万2.28元" — neither 2.28元 nor 2.28万元 for sure
    doc = make_doc("2015年“三公”经费公共财政拨款支出53.56万元。具体情况如下： （一）因公出国（境）费万2.28元，"
                   "主要用于赴台交流。（二）公务用车购置及运行费47.92万元。（三）公务接待费3.37万元。", 2015)
    [garbled] = [f for f in doc.figures if f.value == D("2.28")]
    assert garbled.role == "unknown"
    assert checks.run(doc) == []


def test_items_listed_after_as_follows_add_up_to_the_total():
    # fj-pingtan-5358-zsj-2015-final.txt: 47.43 + 1 + 32.87 + 0.7 + 0.24 = 82.24 ≠ 82.28
    text = ("五、公共财政拨款支出决算情况 2015年公共财政拨款支出82.28万元，比2014年决算数增加45.88万元，增长126.04%，"
            "主要原因是机构才启动成立。具体情况如下(按项级科目分类统计)： （一)招商引资47.43万元，主要用于招商引资专项经费开支。"
            " （二)行政运行1万元，主要用于日常公用经费开支。 （三）事业运行32.87万元，主要用于人员经费支出。"
            " （四）住房公积金0.7万元，主要用于住房公积金支出。 （五）提租补贴0.24万元，主要用于提租补贴支出。"
            " 六、政府性基金支出决算情况 2015年度政府性基金支出0万元。")
    found = [f for f in checks_of(text, 2015, "决算") if f.check == "具体情况如下"]
    assert [f.gap for f in found] == [D("0.04")]
    # an item stating its parts, not its amount, is no item to add (fj-pingtan-gwhbgs-2015-final.txt)
    parts = ("2015年“三公”经费公共财政拨款支出590.29万元。具体情况如下：（一）因公出国（境）费20.74万元。"
             "（二）公务用车购置为0万元、运行费116.02万元。（三）公务接待费453.53万元。")
    assert not [f for f in checks_of(parts, 2015, "决算") if f.check == "具体情况如下"]


def test_a_circled_list_of_items_against_its_total():
    # fj-pingtan-6098-baiqing-2015-execution-2016-budget-draft.txt: ①–⒂ add up to 1301.95, not 1351.80
    items = ["行政管理费417.92", "财政事务支出20.63", "人口与计划生育事务支出70.07", "文化事务支出6.6", "农业事务支出56.31",
             "林业事务支出14.07", "对村民委员会和村党支部的补助100", "其他社会公益事业的彩票公益金支出28",
             "住房公积金支出41.26", "提租补贴支出14.05", "城乡社区环境卫生支出28.91", "城乡社区规划与管理支出270.63",
             "港口设施建设支出47", "其他一般性转移支付支出166.50", "水体建设支出20"]
    marks = "①②③④⑤⑥⑦⑧⑨⑩⑾⑿⒀⒁⒂"
    body = "".join(f"{m}{item}万元，比上年增支1.00万元。" for m, item in zip(marks, items))
    text = ("2、一般预算支出。本年一般预算支出1351.80万元，比上年增支477.63万元，增支54.64％，按功能分类列支，其中："
            + body + "在经济分类支出中：(1) 工资类支出585.60万元。\n")
    found = [f for f in run(text, 2015) if f.check == "具体情况如下"]
    assert len(found) == 1 and found[0].gap == D("49.85")


def test_a_rate_on_a_zero_base():
    # fj-pingtan-5449-aodong-2015-final.txt: 城乡社区10万元，较2014年决算数增加10万元，增长100% — last
    # year was 10 − 10 = 0, so no growth rate exists
    [f] = [f for f in run("（一）城乡社区10万元，较2014年决算数增加10 万元，增长100%。主要原因是：加大投入。", 2015)
           if f.check == "增长率"]
    assert "上年为0" in f.message and f.gap == D("100")


def test_staff_desk_groups_findings_by_identity_and_bolds_the_amounts_in_conflict():
    from decimal import Decimal as D
    from assistant.web.tables import findings_markdown
    from corpus.models import Document, Finding, Span
    text = "（三）对个人和家庭的补助147.34万元，较2014年决算数增加28.33万元，增长23%，主要原因是人员增加。"
    rate = Finding("d", "增长率", "对个人和家庭的补助147.34万元 写明变化 23%，应为 +23.80%", D("-0.80"), "%",
                   [Span("d", "四、支出", None, 0, len(text), text)])
    twice = Finding("d", "同一总数两个值", "本年收入 一处写 2028.61万元，另一处写 2028.01万元", D("0.60"), "万元",
                    [Span("d", "三、收支", None, 0, 12, "本年收入2028.61万元"), Span("d", "三、收支", None, 0, 12, "本年收入2028.01万元")])
    doc = Document(name="d", path="d", sha256="", title="", unit="", year=2015, kind="决算", scope="", text="",
                   page_starts=[0], pages=1, ocr_pages=[])
    doc.findings = [rate, twice]
    md = findings_markdown(doc)
    assert md.index("#### 增长率") < md.index("#### 同一总数两个值")
    assert "**147.34万元**" in md and "**23%**" in md and "28.33万元" in md and "**28.33万元**" not in md
    assert "**2028.61万元**" in md and "**2028.01万元**" in md
