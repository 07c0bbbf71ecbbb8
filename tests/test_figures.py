"""Figures from prose and tables. Expected values are read from the documents by hand."""
from decimal import Decimal

import pytest

from corpus import figures
from corpus.models import Document, Table

D = Decimal


def make_doc(text: str, year: int = 2023, name: str = "t.txt") -> Document:
    return Document(name=name, path=name, sha256="", title="", unit=None, year=year, kind="预算", scope=None,
                    text=text)


def find(figs, label_part=None, value=None, metric=None, unit=None):
    out = [f for f in figs
           if (label_part is None or label_part in f.label) and (value is None or f.value == D(value))
           and (metric is None or f.metric == metric) and (unit is None or f.unit == unit)]
    assert out, f"no figure {label_part=} {value=} {metric=} in {[(f.label, f.value) for f in figs]}"
    return out


# --------------------------------------------------------------------------- the sample document
# Every amount of corpus/demo_corpus/cq-jiangjin-zwfw-2023-unit-budget.txt, in order,
# read from the document: (metric, value, unit, change, basis). A change written in its own clause
# ("比2022年增加88.03万元") belongs to the figure before it and is not a figure of its own; a
# change with its own subject and no earlier figure of that metric ("主要是基本支出增加88.03万元")
# is a figure of role "change" (basis "变化"): the increase, never the item's amount. The amount
# of 基本支出 is 263.22 (its change +88.03).
SAMPLE_FIGURES = [
    ("下属单位", "2", "个", None, None, "count"),
    ("内设机构", "3", "个", None, None, "count"),
    ("收入", "1385.31", "万元", "809.44", "年初预算", "amount"),            # 收入较去年增加809.44万元
    ("一般公共预算拨款收入", "1385.31", "万元", None, None, "amount"),
    ("政府性基金预算拨款收入", "0", "万元", None, None, "amount"),
    ("国有资本经营预算拨款收入", "0", "万元", None, None, "amount"),
    ("事业收入", "0", "万元", None, None, "amount"),
    ("经营收入", "0", "万元", None, None, "amount"),
    ("其他收入", "0", "万元", None, None, "amount"),
    ("人员经费", "79.55", "万元", "79.55", "变化", "change"),
    ("公用经费", "8.48", "万元", "8.48", "变化", "change"),
    ("项目支出", "721.41", "万元", "721.41", "变化", "change"),              # 项目经费拨款增加721.41万元
    ("支出", "1385.31", "万元", "809.44", "年初预算", "amount"),            # 支出较去年增加809.44万元
    ("一般公共服务支出", "1319.34", "万元", None, None, "amount"),
    ("教育支出", "1.28", "万元", None, None, "amount"),
    ("社会保障和就业支出", "34.61", "万元", None, None, "amount"),
    ("卫生健康支出", "11.93", "万元", None, None, "amount"),
    ("住房保障支出", "18.15", "万元", None, None, "amount"),
    ("基本支出", "88.03", "万元", "88.03", "变化", "change"),
    ("项目支出", "721.41", "万元", "721.41", "变化", "change"),
    # "…财政拨款收入1385.31万元，…财政拨款支出1385.31万元，比2022年增加809.44万元": the pair's change
    ("一般公共预算拨款收入", "1385.31", "万元", "809.44", None, "amount"),
    ("一般公共预算拨款支出", "1385.31", "万元", "809.44", None, "amount"),
    ("基本支出", "263.22", "万元", "88.03", None, "amount"),
    ("项目支出", "1122.09", "万元", "721.41", None, "amount"),
    ("三公经费", "1.0", "万元", "0.2", "预算", "amount"),
    ("因公出国（境）费", "0", "万元", "0", None, "amount"),
    ("公务接待费", "1.0", "万元", "0.2", None, "amount"),
    ("公务用车运行维护费", "0", "万元", "0", None, "amount"),
    ("公务用车购置费", "0", "万元", "0", None, "amount"),
    ("机关运行经费", "47.25", "万元", "8.48", None, "amount"),
    ("政府采购", "0", "万元", None, "预算", "amount"),
    ("政府采购货物", "0", "万元", None, "预算", "amount"),
    ("政府采购工程", "0", "万元", None, "预算", "amount"),
    ("政府采购服务", "0", "万元", None, "预算", "amount"),
    ("政府采购", "0", "万元", None, None, "amount"),                        # 其中一般公共预算拨款政府采购0万元
    ("政府采购货物", "0", "万元", None, "预算", "amount"),
    ("政府采购服务", "0", "万元", None, "预算", "amount"),
    ("绩效目标项目", "1122.09", "万元", None, None, "amount"),               # 涉及一般公共预算当年财政拨款
    ("车辆", "0", "辆", None, None, "count"),
    ("一般公务用车", "0", "辆", None, None, "count"),
    ("执法执勤用车", "0", "辆", None, None, "count"),
    ("车辆购置数", "0", "辆", None, None, "count"),                         # 2023年…安排购置车辆0辆
    ("一般公务用车", "0", "辆", None, None, "count"),
    ("执法执勤用车", "0", "辆", None, None, "count"),
]


@pytest.fixture(scope="module")
def sample_figs(sample_text):
    return figures.extract(make_doc(sample_text, 2023, "cq-jiangjin-zwfw-2023-unit-budget.txt"))


def test_sample_every_amount(sample_figs):
    got = [(f.metric, f.value, f.unit, f.change, f.basis, f.role) for f in sample_figs]
    want = [(m, D(v), u, None if c is None else D(c), b, r) for m, v, u, c, b, r in SAMPLE_FIGURES]
    assert got == want


def test_sample_amounts_are_never_changes(sample_figs):
    amounts = {f.metric: f.value for f in sample_figs if f.role == "amount" and f.metric in ("基本支出", "项目支出")}
    assert amounts == {"基本支出": D("263.22"), "项目支出": D("1122.09")}
    basic_change = [f for f in sample_figs if f.metric == "基本支出" and f.role == "change"]
    assert [(f.value, f.change) for f in basic_change] == [(D("88.03"), D("88.03"))]


def test_sample_reasons_and_purposes_go_to_their_own_figure(sample_figs):
    basic = find(sample_figs, value="263.22")[0]
    project = find(sample_figs, value="1122.09", metric="项目支出")[0]
    assert basic.reason == "人员数量增加且工资改革导致基数调整"
    assert basic.purpose.startswith("保障在职人员工资福利及社会保险缴费")
    assert project.reason == "2022年10月搬迁新政务大厅，运转经费增加等"
    assert project.purpose.startswith("保障政务大厅日常运转")
    reception = find(sample_figs, metric="公务接待费")[0]
    assert reception.reason == "搬迁新政务大厅，预计接待次数增加"
    purchase = find(sample_figs, metric="公务用车购置费")[0]
    assert purchase.reason == "无公务用车购置计划"          # after "；主要原因是…"
    running = find(sample_figs, metric="机关运行经费")[0]
    assert running.reason == "人员数量增加，相应增加公用经费"
    assert running.purpose.startswith("办公费、邮电费")
    income = find(sample_figs, metric="收入")[0]
    assert income.reason.startswith("人员经费拨款增加79.55万元")


def test_sample_spans(sample_figs, sample_text):
    f = find(sample_figs, value="263.22")[0]
    assert f.span.doc == "cq-jiangjin-zwfw-2023-unit-budget.txt"
    assert sample_text[f.span.start:f.span.end].strip() == f.span.text
    assert "基本支出263.22万元" in f.span.text and f.span.page is None
    assert f.raw == "263.22万元" and f.value_wan == D("263.22") and f.year == 2023 and f.source == "text"


# --------------------------------------------------------------------------- prose snippets

def test_wrapped_pdf_lines_are_joined():
    # sh-putuo-czj-2025-dept-budget.pdf p.6 (line wrap inside the change clause)
    text = ("2025年，上海市普陀区财政局收入预算3,121.42万元，其中：财政拨款收入3,121.42万元，比2024年预算增加\n"
            "107.62万元；事业收入0万元；事业单位经营收入0万元；其他收入0万元。\n")
    figs = figures.extract(make_doc(text, 2025))
    f = find(figs, metric="财政拨款收入")[0]
    assert f.value == D("3121.42") and f.change == D("107.62")
    assert not [g for g in figs if g.value == D("107.62")]


def test_year_and_basis_of_previous_year_amounts():
    # sh-putuo-wanli-2023-dept-budget.pdf item 18
    text = ("18. “社会保障和就业支出（类）就业补助（款）公益性岗位补贴（项）”635.10万元，主要用于公益性岗位补贴。2022年当年预算\n"
            "执行数为667.32万元，2023年预算安排635.10万元，比2022年预算执行数减少4.83%。主要原因是：公益性岗位补贴经费减少。\n")
    figs = figures.extract(make_doc(text, 2023))
    item, prior, planned = figs
    assert item.metric is None and "公益性岗位补贴（项）" in item.label and item.purpose == "公益性岗位补贴"
    assert prior.value == D("667.32") and prior.year == 2022 and prior.basis == "执行数"
    assert "公益性岗位补贴" in prior.label
    assert planned.value == D("635.10") and planned.year == 2023 and planned.change_pct == D("-4.83")
    assert planned.reason == "公益性岗位补贴经费减少"


def test_template_direction_and_full_width_percent():
    figs = figures.extract(make_doc("机关运行经费支出 142.80 万元，比 2023 年度减少 13.52 万元，下降（增长）８．６５％。", 2024))
    f = figs[0]
    assert f.metric == "机关运行经费" and f.change == D("-13.52") and f.change_pct == D("-8.65")


def test_flat_without_number_is_zero_change():
    # sh-city-czj-2025: "与2024年预算持平"
    figs = figures.extract(make_doc("2025年“三公”经费预算数为346.30万元，与2024年预算持平。其中：", 2025))
    assert figs[0].metric == "三公经费" and figs[0].change == 0 and figs[0].basis == "预算"


def test_each_item_keeps_its_own_change_and_pct():
    # fj-pingtan-benji-2017-sangong-final.txt
    text = ("（二）公务用车购置及运行费793.75万元，与2016年相比，减支518.4万元，下降39.51%。其中：公务用车购置费100.99万元，"
            "公务用车购置3辆，减支81.22万元，下降44.57%，主要是执法部门减少用车购置；公务用车运行费692.76万元，主要用于公务用车燃油、"
            "维修、保险等方面支出，年末公务用车保有量291辆，减支437.18万元，下降38.69%，主要是加强党政机关一般公务用车审批。")
    figs = figures.extract(make_doc(text, 2017))
    both = find(figs, metric="公务用车购置及运行维护费")[0]
    buy = find(figs, metric="公务用车购置费")[0]
    run = find(figs, metric="公务用车运行维护费")[0]
    assert (both.change, both.change_pct) == (D("-518.4"), D("-39.51"))
    assert (buy.change, buy.change_pct, buy.reason) == (D("-81.22"), D("-44.57"), "执法部门减少用车购置")
    assert (run.change, run.change_pct) == (D("-437.18"), D("-38.69"))
    assert find(figs, value="3", unit="辆")[0].metric == "车辆购置数"
    assert find(figs, value="291")[0].metric == "车辆"
    assert not [f for f in figs if f.basis == "变化"]


def test_change_with_subject_goes_to_that_metric():
    # fj-pingtan-benji-2017: the change names its subject in the next sentence
    text = ("（一）因公出国（境）费269.19万元，全年各部门组织出国团组74个，因公出国（境）累计169人次。"
            "与2016年相比, 因公出国（境）经费支出增支92.13万元，增长52.03%，主要是实验区开放开发及招商工作需要。")
    figs = figures.extract(make_doc(text, 2017))
    f = find(figs, metric="因公出国（境）费")[0]
    assert (f.value, f.change, f.change_pct) == (D("269.19"), D("92.13"), D("52.03"))
    assert f.reason == "实验区开放开发及招商工作需要"
    assert find(figs, value="169")[0].metric is None  # 人次 is not money


def test_function_class_codes_in_prose_and_spaced_amounts():
    # fj-pingtan-czjrj-2016-dept-budget.txt
    text = "主要支出项目(按项级科目分类统计)包括：（一）2010601行政运行946.93万元。（二）2010602一般行政管理事务5 万元。"
    figs = figures.extract(make_doc(text, 2016))
    assert [(f.label, f.value, f.metric) for f in figs] == [
        ("2010601行政运行", D("946.93"), None), ("2010602一般行政管理事务", D("5"), None)]


def test_counts_named_after_the_number():
    text = "本部门包括7个机关行政处室及7个下属单位，其中：重庆市交通委员会机关本级及下属的8个二级事业单位"
    figs = figures.extract(make_doc(text, 2016))
    assert [(f.metric, f.value) for f in figs] == [("内设机构", 7), ("下属单位", 7), ("下属单位", 8)]


def test_a_measure_word_counts_the_noun_after_it():
    text = ("上海市普陀区人民政府万里街道办事处部门预算是包括万里街道本部以及下属 5 家预算单位的综合收支计划。"
            "本部门下属1家机关和1家参公事业单位财政拨款的机关运行经费预算为464.64万元。"
            "本部门3个预算单位开展了2025年项目预算绩效目标编报工作。")
    figs = figures.extract(make_doc(text, 2025))
    assert [f.value for f in figs if f.metric == "下属单位"] == [5]      # 1家机关, 3个…开展了: not how many


def test_a_numbered_list_of_the_units_covered_is_counted():
    text = ("二、部门决算单位构成\n纳入上海市普陀区规划和自然资源局 2024 年度部门决算编\n制范围的单位包括：\n序号 单位名称 备注\n"
            "1 上海市普陀区规划和自然资源局（本级）\n上海市普陀区规划和自然资源局执法大队\n2\n（下属参公事业单位）\n"
            "上海市普陀区土地发展中心\n3\n（下属事业单位）\n上海市普陀区规划和自然资源管理事务中\n4\n心（下属事业单位）\n"
            "上海市规划和自然资源局 2024 年度部门决算表\n收入支出决算总表\n单位：万元\n")
    (units,) = [f for f in figures.extract(make_doc(text, 2024)) if f.metric == "编制范围单位"]
    assert (units.value, units.unit, units.source) == (4, "个", "list")
    assert units.span.text.startswith("纳入") and units.span.text.rstrip().endswith("心（下属事业单位）")


def test_a_list_not_numbered_from_one_is_not_counted():
    text = "纳入本部门2024年度部门决算编制范围的单位包括：\n序号 单位名称\n2 某某中心\n3 某某所\n第二部分 部门决算表\n"
    assert not [f for f in figures.extract(make_doc(text, 2024)) if f.metric == "编制范围单位"]


def test_staff_rows_typed_by_kind_of_unit_and_rows_without_counts():
    text = ("二、部门预算单位基本情况 单位名称 经费性质 人员编制数 在职人数 区行政审批局 行政 15 15 区马上办 行政 "
            "区行政服务中心 事业 8 2 区公共资源交易中心 事业 8 3 三、预算收支总体情况\n")
    figs = figures.extract(make_doc(text, 2016))
    assert [(f.label, f.value) for f in figs if f.unit == "人"] == [
        ("区行政审批局人员编制数", 15), ("区行政审批局在职人数", 15), ("区行政服务中心人员编制数", 8),
        ("区行政服务中心在职人数", 2), ("区公共资源交易中心人员编制数", 8), ("区公共资源交易中心在职人数", 3)]


def test_a_reason_introduced_by_yuanyin_and_a_colon():
    text = "（二）公务接待费 2016年预算安排8.45万元，比上年大幅增加，原因：上年度没有预算平潭时报社和平潭广播电视台的公务接待费。"
    (fig,) = find(figures.extract(make_doc(text, 2016)), value="8.45")
    assert fig.reason.startswith("上年度没有预算平潭时报社")


def test_a_purpose_written_without_yu():
    text = "（一）2010301行政运行（项级科目）5005.63万元。主要用在职人员经费、挂职干部津贴、家属慰问金等支出。"
    (fig,) = find(figures.extract(make_doc(text, 2017)), value="5005.63")
    assert fig.purpose.startswith("在职人员经费、挂职干部津贴")


def test_three_public_items_with_aliases():
    # fj-pingtan-hjgtj-2015-sangong-final.txt
    text = ("2015年，我局三公经费一般公共预算财政拨款支出27.03万元，同比下降22.62%；其中，公车使用经费23.78万元，同比下降0.38%；"
            "公务接待费用3.25万，同比下降34.37%；因公出国0元，同比下降100%。")
    figs = figures.extract(make_doc(text, 2015))
    assert [(f.metric, f.value, f.unit, f.change_pct) for f in figs] == [
        ("三公经费", D("27.03"), "万元", D("-22.62")),
        ("公务用车购置及运行维护费", D("23.78"), "万元", D("-0.38")),
        ("公务接待费", D("3.25"), "万元", D("-34.37")),
        ("因公出国（境）费", D("0"), "元", D("-100"))]
    assert figs[2].value_wan == D("3.25") and figs[3].value_wan == 0


def test_formula_operands_are_not_figures():
    # fj-pingtan-hjgtj-2017-2019-budget.txt
    figs = figures.extract(make_doc("① 基本工资：210043元×12月=252.05万元 ② 津补贴：310653元×12月=372.78万元", 2017))
    assert [(f.label, f.value) for f in figs] == [("基本工资", D("252.05")), ("津补贴", D("372.78"))]


def test_unfilled_template_gives_no_figure():
    text = "三、2014年“三公”经费公共预算财政拨款支出22.98万元，其中：因公出国（境）费万元；公务用车购置及运行维护费15.55万元；公务接待费7.43万元。"
    figs = figures.extract(make_doc(text, 2014))
    assert [(f.metric, f.value) for f in figs] == [
        ("三公经费", D("22.98")), ("公务用车购置及运行维护费", D("15.55")), ("公务接待费", D("7.43"))]


# --------------------------------------------------------------------------- tables

def test_table_figures():
    doc = make_doc("", 2025, "sh-city-czj-2025-unit-budget.pdf")
    doc.tables = [Table(id="t#0", doc=doc.name, page=8, section="预算表", title="2025年预算单位收入预算总表",
                        unit="元", header=[["功能分类科目编码", "", "", "功能分类科目名称", "合计", "财政拨款收入"],
                                           ["类", "款", "项", "", "", ""]],
                        rows=[["201", "", "", "一般公共服务支出", "127,886,849", "127,886,849"],
                              ["201", "06", "01", "行政运行", "84,861,719", "84,861,719"],
                              ["合计", "合计", "", "", "171,915,169", "171,915,169"]])]
    figs = figures.extract(doc)
    assert len(figs) == 6 and all(f.source == "table" and f.unit == "元" for f in figs)
    cls = figs[0]
    assert (cls.label, cls.metric, cls.value, cls.column) == ("201一般公共服务支出", "一般公共服务支出", D("127886849"), "合计")
    item = figs[2]
    assert (item.label, item.metric, item.value_wan) == ("2010601行政运行", None, D("8486.1719"))
    assert "行政运行" in item.span.text and item.span.page == 8 and item.year == 2025 and item.basis == "预算"
    assert figs[4].label == "合计"


def test_two_label_groups_in_one_row():
    doc = make_doc("", 2025)
    doc.tables = [Table(id="t#0", doc="t.txt", page=7, section="", title="2025年部门财务收支预算总表", unit="元",
                        header=[["项目", "预算数", "项目", "预算数"]],
                        rows=[["一、财政拨款收入", "31,214,205.80", "一、一般公共服务支出", "22,186,440.80"]])]
    figs = figures.extract(doc)
    assert [(f.metric, f.value) for f in figs] == [("财政拨款收入", D("31214205.80")),
                                                   ("一般公共服务支出", D("22186440.80"))]


def test_table_without_unit_gives_no_figures():
    doc = make_doc("", 2025)
    doc.tables = [Table(id="t#0", doc="t.txt", page=1, section="", title="绩效目标表", unit=None,
                        header=[["指标", "值"]], rows=[["满意度", "90"]])]
    assert figures.extract(doc) == []


# --------------------------------------------------------------------------- metrics

@pytest.mark.parametrize("label, metric", [
    ("“三公”经费预算", "三公经费"), ('"三公"经费', "三公经费"), ("三公经费", "三公经费"),
    ("因公出国(境)费用", "因公出国（境）费"), ("公务用车运行费", "公务用车运行维护费"), ("接待费", "公务接待费"),
    ("“三公”经费公共财政拨款支出", "三公经费"),          # a specific metric beats the funding source
    ("基本支出中的人员经费", "人员经费"),                 # the one named last
    ("一般公共预算财政拨款收入", "一般公共预算拨款收入"),
    ("政府性基金拨款支出预算", "政府性基金预算拨款支出"),
    ("一般公共预算财政拨款运行经费", "机关运行经费"),
    ("“资源勘探工业信息等支出（类）支持中小企业发展和管理支出（款)其他支持中小企业发展和管理支出（项）”", None),
    ("公共安全支出（204类）司法（06款）公共法律服务（07项）", None),
    ("2010601行政运行", None), ("201一般公共服务支出", "一般公共服务支出"),
    ("2023年项目支出均实行了绩效目标管理", "绩效目标项目"),
])
def test_match_metric(label, metric):
    assert figures.match_metric(label) == metric


def test_flow_from_context():
    assert figures.match_metric("一般公共预算拨款", "收入预算") == "一般公共预算拨款收入"
    assert figures.match_metric("一般公共预算拨款", "支出预算") == "一般公共预算拨款支出"


def test_numbers_printed_below_their_sentence_are_put_back():
    # sh-putuo-czj-2024-final.pdf p.14: the PDF puts the numbers on a line of their own
    text = ("上海市普陀区财政局 年度收入支出总计 万元。与 年度相比，收入\n2024 2995.39 2023\n"
            "支出总计减少 万元，下降 。主要原因：基本支出中人员进出及退休变化，\n56.95 1.87%\n"
            "以及项目支出中合同支付进度条款等原因减少支付。\n")
    figs = figures.extract(make_doc(text, 2024))
    [total] = figs
    assert (total.value, total.change, total.change_pct) == (D("2995.39"), D("-56.95"), D("-1.87"))
    assert text[total.span.start:total.span.start + 9] == "上海市普陀区财政局"


def test_number_lines_of_tables_are_left_alone():
    text = "预算数 决算数 预算数 决算数\n0.95 0.95\n"
    assert figures.extract(make_doc(text, 2024)) == []


def test_year_before_a_colon():
    # fj-pingtan-hjgtj-2017-2019-budget.txt (a three-year budget)
    text = "二、 支出情况 2017年度预计支出:9914.28万元。 1、 基本支出：1183.47万元 三、2018年度预计支出 ：6941.88万元"
    figs = figures.extract(make_doc(text, 2017))
    assert [(f.metric, f.value, f.year) for f in figs] == [
        ("支出", D("9914.28"), 2017), ("基本支出", D("1183.47"), 2017), ("支出", D("6941.88"), 2018)]


def test_a_table_flattened_into_one_line_is_read_in_its_declared_unit():
    # a monthly "三公" web page (平潭 平原镇 2018年1月): the table's unit is declared once ("（元）"),
    # then row names each followed by a bare number
    text = ("经统计，平原镇2018年1月份三公经费支出情况如下： 项目 本月支出数（元） 合计 2190 1、因公出国（境）费用 0 "
            "2、公务接待费 0 3、公务用车费 2190 其中：（1）公务用车运行维护费 2190 （2）公务用车购置费 0 "
            "注：闽K229KA公车洗车900元、闽K198KA公车洗车900元、K198KA公车加油390元。")
    figs = [f for f in figures.extract(make_doc(text, 2018, "m.txt")) if f.source == "table"]
    got = {(f.metric, f.value, f.unit, f.role) for f in figs}
    assert got == {("三公经费", D(2190), "元", "amount"), ("因公出国（境）费", D(0), "元", "amount"),
                   ("公务接待费", D(0), "元", "amount"), ("公务用车购置及运行维护费", D(2190), "元", "amount"),
                   ("公务用车运行维护费", D(2190), "元", "amount"), ("公务用车购置费", D(0), "元", "amount")}


def test_a_wide_table_flattened_into_one_line_gives_no_guessed_column():
    # fj-pingtan-4497-jcy-2014-final-approval.txt: a 12-column approval table whose blank cells the web
    # page dropped — "合计 161.90 45.03 116.87 1,511.71 …" cannot be placed in its columns (161.90 is
    # 年初结转和结余, not 本年收入 1,511.71): no figure rather than a guessed column
    text = ("部门（单位）：平潭县人民检察院 单位：万元 项 目 年初结转和结余 本年收入 本年支出 年末结转和结余 "
            "合计 161.90 45.03 116.87 1,511.71 1,413.56 1,351.67 1,049.12 302.55 61.89 260.04 32.16 227.89 "
            "2040409 “两房”建设 108.04 6.63 6.63 101.41 101.41")
    figs = [f for f in figures.extract(make_doc(text, 2014, "a.txt")) if f.source == "table"]
    assert figs == []


def test_a_heading_naming_another_year_holds_that_years_figures():
    """fj-pingtan-6113-luyang-2016-budget.txt: a 2016 budget with "四、2015年决算收支总体情况"
    (差旅费支出26.67万元, last year's actual) and "五、一般公共预算拨款支出预计情况" (差旅费支出42万元)."""
    from corpus.models import RawDocument
    from corpus.sections import split

    text = ("芦洋乡2016年部门预算说明\n四、2015年决算收支总体情况\n按经济科目列支的办公费9.48万元，占执行预算的67.7%；"
            "差旅费支出26.67万元，占执行预算的98.8%。\n五、一般公共预算拨款支出预计情况\n办公费支出30万元，差旅费支出42万元。\n")
    doc = make_doc(text, 2016)
    doc.sections, _ = split(RawDocument(path="t.txt", text=text), "t.txt")
    travel = {(f.value, f.year, f.basis) for f in figures.extract(doc)
              if f.label.startswith("差旅费") and f.role != "share"}      # (its 98.8% is a share of it)
    assert travel == {(D("26.67"), 2015, "决算"), (D("42"), 2016, None)}


def test_a_years_execution_in_a_report_of_execution_and_draft_is_executed():
    """fj-pingtan-6098-baiqing-2015-execution-2016-budget-draft.txt: "一、2015年财政预算执行情况 … 本年一般预算
    支出1351.80万元" is what was spent in 2015 (执行数), never its budget."""
    from corpus.models import RawDocument
    from corpus.sections import split
    from assistant.question import parse
    from assistant.rules import FigureMatcher, answer_figure

    text = ("白青乡2015年财政预算执行情况和2016年财政预算草案的报告\n一、2015年财政预算执行情况\n"
            "2、一般预算支出。本年一般预算支出1351.80万元，比上年增支477.63万元。\n")
    doc = make_doc(text, 2015)
    doc.kind = "other"
    doc.sections, _ = split(RawDocument(path="t.txt", text=text), "t.txt")
    figs = figures.extract(doc)
    assert [(f.value, f.year, f.basis) for f in figs if f.value == D("1351.80")] == [(D("1351.80"), 2015, "执行数")]
    assert answer_figure(parse("2015年预算安排的一般预算支出是多少？"), 2015, figs, FigureMatcher(figs)) is None
    assert answer_figure(parse("2015年一般预算支出是多少？"), 2015, figs, FigureMatcher(figs)).value == D("1351.80")


def test_an_amount_multiplied_by_a_letter_x_is_an_operand():
    """fj-pingtan-6678-tsg-2017-budget.txt: "住房公积金：16318元 X 12 = 195816" — 16318 is a month's."""
    text = "2、对个人和家庭补助支出住房公积金：16318元 X 12 = 195816 3、退休人员公务费：200 X 5 = 1000\n"
    assert not [f for f in figures.extract(make_doc(text, 2017)) if f.value == D("16318")]


def test_a_body_inside_the_unit_is_no_unit_name_before_a_total():
    # fj-pingtan-zhonglou-2016-budget-plan.txt: "机关工会支出3万元" is a part, never the total 支出
    from corpus.figures import match_metric
    assert match_metric("机关工会支出") is None
    assert match_metric("平潭综合实验区公安局收入预算") == "收入"


def test_a_heading_written_inline_sets_the_year_of_its_figures():
    # fj-pingtan-6098-baiqing-2015-execution-2016-budget-draft.txt: one line of a web page holds the
    # 2015 execution and "二、2016年财政收支预算草案"; its "1、一般预算支出安排800万元" is 2016's
    from corpus import figures
    from corpus.models import Document
    text = ("一、2015年财政预算执行情况说明如下：2、一般预算支出。本年一般预算支出1351.80万元，比上年增支477.63万元。"
            "二、2016年财政收支预算草案2016年财政总支出安排837万元，比2015年预算增支90万元。1、一般预算支出安排800万元。")
    doc = Document(name="t.txt", path="t.txt", sha256="", title="", unit=None, year=2015, kind="other", scope=None,
                   text=text)
    by_value = {f.value: f for f in figures.extract(doc)}
    assert by_value[Decimal("800")].year == 2016 and by_value[Decimal("1351.80")].year == 2015
    assert by_value[Decimal("1351.80")].basis is None      # 一般预算 is a fund, not a basis


def test_a_funds_carry_over_is_a_carry_over():
    from corpus.figures import match_metric
    assert match_metric("年末公共预算财政拨款结转结余") == "年末结转结余"


def test_two_count_columns_run_together_give_no_count():
    # fj-pingtan-6138-zmb-2016-budget.txt: "人员编制数 在职人数 … 财政核拨1228人" is 12 and 28, not 1228
    from corpus import figures
    from corpus.models import Document
    text = "单位名称经费性质人员编制数在职人数平潭综合实验区自贸办财政核拨1228人（在编10人，挂职干部12人）。"
    doc = Document(name="t.txt", path="t.txt", sha256="", title="", unit=None, year=2016, kind="预算", scope=None,
                   text=text)
    assert all(f.role == "unknown" for f in figures.extract(doc) if f.value == Decimal("1228"))


def test_distributive_clauses_pair_subjects_with_numbers():
    # a 决算 template of another province: "收、支总计各是A、B万元 … 各减少C、D万元，各下降a%、b%"
    # states 收入总计 = A (−C, −a%) and 支出总计 = B (−D, −b%); read by hand from the sentence
    text = ("2022年度收、支总计各是4125.49、4143.91万元。与2021年相比，收、支总计各减少1267.86、2570.97万元，"
            "各下降23.51%、38.28%。")
    figs = figures.extract(make_doc(text, year=2022))
    income = find(figs, "收入总计", "4125.49", metric="收入")[0]
    spending = find(figs, "支出总计", "4143.91", metric="支出")[0]
    assert (income.change, income.change_pct) == (D("-1267.86"), D("-23.51"))
    assert (spending.change, spending.change_pct) == (D("-2570.97"), D("-38.28"))
    assert not [f for f in figs if f.value in (D("1267.86"), D("2570.97")) and f.role == "amount"]


def test_respectively_lists_and_names_with_and_inside():
    figs = figures.extract(make_doc("2022年基本支出和项目支出分别为1140.27万元和3003.64万元，分别比上年增加12.5万元、30万元。"))
    assert find(figs, "基本支出", "1140.27", metric="基本支出")[0].change == D("12.5")
    assert find(figs, "项目支出", "3003.64", metric="项目支出")[0].change == D("30")
    figs = figures.extract(make_doc("工资福利支出、商品和服务支出分别为80万元、40万元。"))
    assert {f.label: f.value for f in figs} == {"工资福利支出": D(80), "商品和服务支出": D(40)}


def test_words_holding_a_comparison_character_are_not_comparisons():
    # 合同 holds 同, 共同 holds 同: neither compares with another year
    figs = figures.extract(make_doc("授予中小企业合同金额40.10万元。共同家园论坛活动经费150万元。"))
    assert find(figs, "授予中小企业合同金额", "40.10")
    assert find(figs, "共同家园论坛活动经费", "150")


def test_staff_counts_read_in_their_own_words_are_counts():
    # "实有人员编制" is one phrase (not the 编制数 and 实有人数 columns run together)
    figs = figures.extract(make_doc("年末实有人员编制28人，其中：行政编制20人、事业编制8人。"))
    assert find(figs, "年末实有人员编制", "28")[0].role == "count"


def test_a_second_count_and_a_bare_amount_word_keep_their_item():
    figs = figures.extract(make_doc("2021年度国内公务接待12批次、85人次，支出1.20万元。"))
    assert find(figs, "国内公务接待", "85", unit="人次")
    assert find(figs, "国内公务接待支出", "1.20", metric="公务接待费")
    assert not [f for f in figs if f.metric == "支出"]      # 1.20 is not the unit's spending


def test_a_final_accounts_change_on_its_own_budget_is_not_a_change_on_last_year():
    # "与2021年度预算相比，增加1.14万元，增长1.14%" in the 2021 决算: compared with the budget
    doc = make_doc("2.公务接待费支出2.14万元，与2021年度预算相比，增加1.14万元，增长1.14%。", year=2021)
    doc.kind = "决算"
    fig = find(figures.extract(doc), "公务接待费", "2.14")[0]
    assert fig.change is None and fig.change_pct is None
    # …while a budget comparing with last year's budget keeps its change
    fig = find(figures.extract(make_doc("财政拨款收入1385.31万元，比2022年预算增加809.44万元。")), "财政拨款收入")[0]
    assert fig.change == D("809.44")


def test_a_distributive_list_of_counts():
    figs = figures.extract(make_doc("2016年公务用车购置数及保有量分别为1辆和130辆。", year=2016))
    assert find(figs, "公务用车购置数", "1", unit="辆") and find(figs, "保有量", "130", unit="辆")
