"""Session 49: shapes met on new provinces' pages and by new users. Each page below is written in
the shape of such a page; every expected value is read from its words by hand (never from the
program's output)."""
from __future__ import annotations

from decimal import Decimal as D

from web_pages import html

# a final account stating both totals with 各 and no verb, and their change with 各增加
FINAL = ("某旗农牧局2024年部门决算\n一、收入支出决算总体情况说明\n"
         "2024年度收入、支出决算总计各5,915.02万元。与2023年度相比，收入、支出总计各增加1,125.95万元，"
         "增长23.51%。主要原因是：本年度新增高标准农田建设项目资金。\n"
         "二、收入决算情况说明\n2024年度本年收入合计5,786.67万元，其中：一般公共预算财政拨款收入5,774.07万元；"
         "其他收入12.60万元。\n"
         "四、财政拨款收入支出决算总体情况说明\n2024年度财政拨款收入、支出决算总计各5,902.42万元。\n"
         "九、其他重要事项的情况说明\n本部门编制数96名，实有人员89人。截至2024年12月31日，本部门共有车辆3辆，"
         "其中：一般公务用车1辆，特种专业技术用车2辆。\n")

# a budget whose totals come first and their change after them in the same sentence
HOSPITAL = ("某市人民医院2025年单位预算\n一、收支预算总体情况\n"
            "2025年本单位收入预算总计68,436.50万元，支出预算总计68,436.50万元，与上年相比收、支预算总计各增加"
            "3,604.20万元，增长5.56%。\n"
            "二、收入预算情况\n事业收入61,000.00万元，占89.13%，主要为门诊、住院等医疗服务收入；其他收入436.50万元。\n"
            "三、其他\n医院编制床位1200张。\n")

# an income described in a sentence of its own, and an award said in total only
SCHOOLS = ("某区教育和体育局2024年部门决算\n二、收入决算情况说明\n2024年度本年收入合计162,210.93万元，其中："
           "财政拨款收入155,164.98万元；事业收入6,218.60万元；其他收入827.35万元。事业收入主要是公办幼儿园保育教育费"
           "收入和普通高中学费、住宿费收入；其他收入主要是银行存款利息收入。\n"
           "五、项目支出情况\n高新技术企业认定奖励300.00万元，用于对新认定的高新技术企业给予奖励。\n"
           "八、人员情况\n2024年末实有在职人员53人。\n")


def test_both_totals_with_each_and_no_verb_are_each_stated_and_their_change_is_no_amount(ask_pages):
    ask = ask_pages({"final.txt": FINAL})
    scope = {"doc": "final.txt"}
    a = ask("收入、支出决算总计各是多少？", scope=scope)
    assert a.value == D("5915.02") and "5786.67" not in a.answer        # never 本年收入合计
    assert ask("支出决算总计比上年增加了多少？", scope=scope).value == D("1125.95")
    assert ask("2023年度收入、支出决算总计", scope=scope).value == D("4789.07")   # 5915.02 − 1125.95
    assert ask("财政拨款支出决算总计是多少？", scope=scope).value == D("5902.42")
    assert "新增高标准农田建设项目资金" in ask("收支为啥比前一年涨了那么多？", scope=scope).answer


def test_a_change_said_after_the_totals_in_their_sentence_is_theirs(ask_pages):
    ask = ask_pages({"hospital.txt": HOSPITAL})
    scope = {"doc": "hospital.txt"}
    assert ask("2024年收入预算总计是多少？", scope=scope).value == D("64832.30")   # 68436.50 − 3604.20
    assert ask("支出预算总计比上年增加了多少？", scope=scope).value == D("3604.20")


def test_an_income_named_by_what_it_is(ask_pages):
    ask = ask_pages({"hospital.txt": HOSPITAL, "schools.txt": SCHOOLS})
    assert ask("靠看病取得的收入有多少？", scope={"doc": "hospital.txt"}).value == D("61000.00")
    assert ask("学费和住宿费收入有多少？", scope={"doc": "schools.txt"}).value == D("6218.60")
    assert ask("这家医院一共能放多少张床位？", scope={"doc": "hospital.txt"}).value == D("1200")


def test_what_the_document_does_not_state_gets_no_number(ask_pages):
    ask = ask_pages({"final.txt": FINAL, "schools.txt": SCHOOLS})
    for question, doc in (("给每家高新技术企业发多少奖励？", "schools.txt"),     # a total is no amount per firm
                          ("今年打算新招几个工作人员？", "schools.txt"),         # hires are no staff count
                          ("自己有几辆公车（不算救护车那种专用车）？", "final.txt")):  # a count less things not stated
        a = ask(question, scope={"doc": doc})
        assert a.value is None, (question, a.answer)
    assert ask("编制还空着几个没人？", scope={"doc": "final.txt"}).value == D("7")   # 96名 − 89人


def test_a_copy_in_another_format_is_kept_once_and_answers_by_the_one_kept(tmp_path):
    from assistant.core import Assistant
    from corpus.settings import Settings
    from index.pipeline import build

    folder = tmp_path / "corpus"
    (folder / "src").mkdir(parents=True)
    (folder / "final.html").write_text(html(FINAL), encoding="utf-8")
    (folder / "src" / "final.txt").write_text(FINAL, encoding="utf-8")
    (folder / "hospital.txt").write_text(HOSPITAL, encoding="utf-8")
    settings = Settings(index_dir=tmp_path / "index").with_(embedder="none")
    report = build(folder, settings, log=lambda m: None)
    assert report.copies == {"src/final.txt": "final.html"}
    assert any("未重复收录 src/final.txt" in line for line in report.summary_lines())
    assistant = Assistant(settings)
    assert assistant.scope_problem({"doc": "src/final.txt"}) is None
    a = assistant.ask("本年收入合计是多少？", scope={"doc": "src/final.txt"})
    assert a.value == D("5786.67") and a.citations[0].doc == "final.html"
    a = assistant.ask("本年收入合计是多少？", scope={"unit": "某旗农牧局"})
    assert a.kind == "figure" and a.value == D("5786.67")          # one document: no choice between copies


def test_a_unit_scope_names_a_held_unit_or_nothing(ask_pages):
    ask = ask_pages({"final.txt": FINAL, "hospital.txt": HOSPITAL})
    a = ask("本年收入合计是多少？", scope={"unit": "某县第一医院"})
    assert a.kind == "none" and a.value is None and "没有找到某县第一医院的公开文件" in a.answer
    assert ask("本年收入合计是多少？", scope={"unit": "某旗农牧局"}).value == D("5786.67")


def test_a_lines_level_said_after_its_quoted_name(ask_pages):
    page = ("某局2015年部门决算\n五、公共财政拨款支出决算情况\n2015年公共财政拨款支出82.28万元。具体情况如下"
            "(按项级科目分类统计)：（一)招商引资47.43万元，主要用于招商引资专项经费开支。（二)行政运行1万元。\n")
    ask = ask_pages({"final.txt": page})
    a = ask("2015年公共财政拨款支出中“招商引资”项级科目支出决算是多少？", scope={"doc": "final.txt"})
    assert a.value == D("47.43")
