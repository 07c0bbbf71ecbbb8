"""sections: heading tree (numbering styles, bare headings, TOC, prose lists) and passages
(offsets, wrapped lines joined, long paragraphs split, one-line web pages)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus import readers, sections
from corpus.models import RawDocument

SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "demo_corpus" / \
    "cq-jiangjin-zwfw-2023-unit-budget.txt"


def split(text: str, page_starts=None):
    return sections.split(RawDocument(path="t.txt", text=text, page_starts=page_starts or []), "t.txt")


def titles(secs):
    return [(s.level, s.title) for s in secs if s.title]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def assert_offsets(raw_text: str, passages) -> None:
    for p in passages:
        assert 0 <= p.start < p.end <= len(raw_text)
        assert squash(raw_text[p.start:p.end]) == squash(p.text), p.id


# --------------------------------------------------------------------------- headings
def test_sample_heading_tree():
    text = SAMPLE.read_text(encoding="utf-8")
    secs, passages = split(text)
    got = titles(secs)
    assert (1, "单位基本情况") in got and (2, "（一）职能职责") in got
    assert (1, "“三公”经费情况说明") in got
    assert (2, "六、专业性名词解释") in got
    by_title = {s.title: s for s in secs}
    assert by_title["（一）财政拨款收入"].path == ["其他重要事项的情况说明", "六、专业性名词解释", "（一）财政拨款收入"]
    assert by_title["1、机关运行经费"].level == 2
    # the 三公 sentence sits under its heading
    (p,) = [p for p in passages if "2023年“三公”经费预算1.0万元" in p.text]
    assert p.section == "“三公”经费情况说明"
    assert_offsets(text, passages)


def test_numbering_styles_nest_by_rank():
    text = ("第一部分 概况\n一、主要职能\n（一）职责\n1. 编制预算\n（二）机构\n二、单位构成\n"
            "第二部分 情况说明\n一、收入支出决算总体情况说明\n１、本年收入\n４．本年支出\n")
    secs, _ = split(text)
    assert titles(secs) == [(1, "第一部分 概况"), (2, "一、主要职能"), (3, "（一）职责"), (4, "1. 编制预算"),
                            (3, "（二）机构"), (2, "二、单位构成"), (1, "第二部分 情况说明"),
                            (2, "一、收入支出决算总体情况说明"), (3, "１、本年收入"), (3, "４．本年支出")]
    first = secs[1]
    assert text[first.start:first.end].startswith("第一部分 概况") and first.end == text.index("第二部分")


def test_prose_list_items_are_not_headings():
    text = ("上海市普陀区2025年区级单位预算\n上海市普陀区人民政府办公室主要职能\n主要职能包括：\n"
            "1.根据区政府领导的要求，组织起草或审核以区政府、区政府办公室名义发布的文件。\n"
            "2.研究审核区政府各部门向区政府请示、报告的事项。\n"
            "3.负责区政府会议的准备工作，协助区政府领导组织实施、督促检查会议决定的事项。\n"
            "1. “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1,202.95万元，主要用于行政单位的基本支出。\n"
            "（一）因公出国（境）费839万元，与2024年预算持平。\n")
    secs, passages = split(text)
    assert titles(secs) == [(1, "上海市普陀区人民政府办公室主要职能")]
    assert all(p.section == "上海市普陀区人民政府办公室主要职能" for p in passages[1:])


def test_short_numbered_title_followed_by_body_is_a_heading():
    text = "名词解释\n（一）财政拨款收入：指本年度从本级财政部门取得的财政拨款。\n（二）事业收入：指事业单位取得的收入。\n"
    secs, passages = split(text)
    assert titles(secs) == [(1, "（一）财政拨款收入"), (1, "（二）事业收入")]   # line 1 is the cover
    assert passages[1].text.startswith("（一）财政拨款收入：指本年度")


def test_table_of_contents_is_not_a_heading_list():
    toc = ("目 录\n一、部门主要职能 ………………………………\n二、部门机构设置 ………………………………\n"
           "1. 2025年部门财务收支预算总表 ……………………\n")
    body = "上海市普陀区财政局主要职能\n上海市普陀区财政局是区人民政府组成部门。\n"
    text = toc + body
    secs, passages = split(text, page_starts=[0, len(toc)])
    assert titles(secs) == [(1, "目录"), (1, "上海市普陀区财政局主要职能")]
    assert not any("……" in p.text for p in passages)


def test_toc_without_dot_leaders_ends_where_its_first_entry_repeats():
    toc = "目 录\n第一部分 上海市普陀区财政局概况\n一、主要职能\n二、部门决算单位构成\n第二部分 决算表\n一、收入支出决算总表\n"
    body = "第一部分 上海市普陀区财政局概况\n一、主要职能\n负责全区财政收支管理工作。\n"
    secs, passages = split(toc + body, page_starts=[0, len(toc)])
    assert titles(secs) == [(1, "目录"), (1, "第一部分 上海市普陀区财政局概况"), (2, "一、主要职能")]
    assert [p.text for p in passages][-1].endswith("负责全区财政收支管理工作。")


def deepest(secs, offset: int):
    """The section a figure at ``offset`` is given (as corpus.figures.section_path does)."""
    best = None
    for s in secs:
        if s.start <= offset < s.end and (best is None or s.level >= best.level):
            best = s
    return " > ".join(best.path)


# a one-line web page (fj-pingtan-jgw-2019-dept-budget.txt, shortened): TOC, repeated title, body
JGW = ("2019年度平潭综合实验区纪工委部门预算说明\n"
       "目录 一、部门主要职责 二、部门预算单位构成 八、一般公共预算“三公”经费支出情况 （一）因公出国（境）经费 "
       "（二）公务接待费 （三）公务用车购置及运行费 十、名词解释 十一、附表：2019年度部门预算表 "
       "2019年度平潭综合实验区纪工委部门预算说明 2019年部门预算经平潭人大第十七届第三次会议审议通过，"
       "现将区纪工委2019年部门预算说明如下: 一、 部门主要职责 区纪工委的主要职责是：主管全区党的纪律检查工作。"
       "主管全区行政监察、审计工作，承担预防腐败职责。 二、部门预算单位构成 从预算单位构成看，区纪工委包括11个机关行政处室"
       "及1个下属单位。 八、一般公共预算“三公”经费支出情况 （一）因公出国（境）经费 2019年未安排因公出国（境）经费。 "
       "（二）公务接待费 2019年预算安排9万元。主要用于考察调研、迎接上级纪检部门检查等方面的接待活动。与上年持平。 "
       "（三）公务用车购置及运行费 2019年预算安排47.8万元，其中：公车运行费24.8万元，公车购置费23万元。"
       "比上年增加28.8万元。 十、名词解释 1.财政拨款收入：指财政当年拨付的资金。\n")


def test_one_line_toc_is_not_the_root_of_the_body():
    secs, passages = split(JGW)
    assert titles(secs) == [(1, "目录"), (1, "一、部门主要职责"), (1, "二、部门预算单位构成"),
                            (1, "八、一般公共预算“三公”经费支出情况"), (2, "（一）因公出国（境）经费"),
                            (2, "（二）公务接待费"), (2, "（三）公务用车购置及运行费"), (1, "十、名词解释")]
    toc = secs[1]
    assert toc.end <= JGW.index("2019年部门预算经")          # the 目录 section holds the TOC only
    (intro,) = [p for p in passages if "审议通过" in p.text]
    assert intro.section == ""
    assert not any(p.section.startswith("目录") for p in passages)
    assert_offsets(JGW, passages)


def test_one_line_heading_sentence_belongs_to_its_own_section():
    secs, passages = split(JGW)
    car = "八、一般公共预算“三公”经费支出情况 > （三）公务用车购置及运行费"
    (p,) = [p for p in passages if "2019年预算安排47.8万元" in p.text]
    assert p.section == car
    # a sentence cut at 。 starts with the space before the heading: it belongs to that heading
    assert deepest(secs, JGW.index(" （三）公务用车购置及运行费 2019")) == car
    assert deepest(secs, JGW.index(" （二）公务接待费 2019")) == "八、一般公共预算“三公”经费支出情况 > （二）公务接待费"
    assert deepest(secs, JGW.index("与上年持平")) == "八、一般公共预算“三公”经费支出情况 > （二）公务接待费"


def test_one_line_toc_with_dot_leaders_glued_to_its_word():
    # fj-pingtan-gaj-2019-dept-budget.txt, shortened: "目 录一、…" with dot leaders, no spaces
    text = ("2019年度平潭综合实验区公安局预算说明\n"
            "目 录一、部门主要职责..........................二、部门预算单位构成...........................五、一般公共"
            "预算拨款支出情况............... ..六、政府性基金预算拨款支出情况....................十、名词解释"
            "...................................十一、附表：2019年度部门预算表2019年度平潭综合实验区公安局预算说明 "
            "2019年部门预算经平潭人大第十七届第三次会议审议通过，现将我单位2019年部门预算说明如下:一、 部门主要职责"
            "平潭综合实验区公安局属行政机关，主要职责是治安行政管理和刑事执法。二、部门预算单位构成平潭综合实验区公安局"
            "包括局本级及2个下属单位。\n")
    secs, passages = split(text)
    assert (1, "目录") in titles(secs)
    (p,) = [p for p in passages if "治安行政管理" in p.text]
    assert p.section.startswith("一、") and "部门主要职责" in p.section
    (q,) = [p for p in passages if "包括局本级及2个下属单位" in p.text]
    assert q.section.startswith("二、部门预算单位构成")
    assert not any(p.section.startswith("目录") for p in passages)
    assert not any(".........." in p.text for p in passages if p.section)
    assert_offsets(text, passages)


def test_one_line_toc_with_spaced_dot_leaders():
    # fj-pingtan-xzfwzx-2019-dept-budget.txt, shortened: the TOC's last entry runs into the repeated title
    text = ("2019年度平潭综合实验区行政服务中心部门预算说明\n"
            "目 录 一、部门主要职责…………………………………… 二、部门预算单位构成……………………………… "
            "八、一般公共预算“三公”经费支出情况………… （一）因公出国（境）经费 （二）公务接待费 "
            "（三）公务用车购置及运行费 十、名词解释………………………………………… 2019年度平潭综合实验区 "
            "行政服务中心部门预算说明 2019年部门预算经平潭人大第十七届第三次会议审议通过，"
            "现将我单位2019年部门预算说明如下: 一、部门主要职责 区行政服务中心部门的主要职责是：组织协调行政服务中心"
            "窗口行政审核、审批工作。 八、一般公共预算“三公”经费支出情况 （一）因公出国（境）经费 2019年预算安排0万元。"
            "与上年相比支出与上年持平。 （二）公务接待费 2019年预算安排1.2万元。与上年相比支出与上年持平。 "
            "（三）公务用车购置及运行费 2019年预算安排3.8万元，其中：公车运行费3.8万元，公车购置费0万元。\n")
    secs, passages = split(text)
    assert titles(secs) == [(1, "目录"), (1, "一、部门主要职责"), (1, "八、一般公共预算“三公”经费支出情况"),
                            (2, "（一）因公出国（境）经费"), (2, "（二）公务接待费"), (2, "（三）公务用车购置及运行费")]
    assert not any("……" in p.text for p in passages)
    (p,) = [p for p in passages if "2019年预算安排3.8万元" in p.text]
    assert p.section == "八、一般公共预算“三公”经费支出情况 > （三）公务用车购置及运行费"
    assert deepest(secs, text.index(" （二）公务接待费 2019")) == "八、一般公共预算“三公”经费支出情况 > （二）公务接待费"
    assert_offsets(text, passages)


# --------------------------------------------------------------------------- passages
def test_wrapped_pdf_lines_join_into_one_paragraph():
    width = "（三）“三公”经费：是与区级财政有经费领拨关系的部门及其下属预算单位使用区级财政拨款安排的因公出国（境）费、公务用车购"
    text = ("名词解释\n" + width + "\n置及运行费、公务接待费。\n"
            "（四）机关运行经费：指行政单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。\n")
    secs, passages = split(text, page_starts=[0])
    joined = [p for p in passages if "公务用车购置及运行费" in p.text]
    assert len(joined) == 1 and joined[0].page == 1
    assert_offsets(text, passages)


def test_long_paragraph_is_split_at_sentence_ends():
    sentence = "2025年项目支出预算安排3,120.5万元，主要用于街道城市管理、社区服务和公共安全等方面的支出。"
    text = "四、项目支出情况\n" + sentence * 20 + "\n"
    _, passages = split(text)
    assert len(passages) >= 4
    assert all(len(p.text) <= sections.MAX_PASSAGE + 50 for p in passages)
    assert all(p.text.endswith("。") for p in passages)
    assert all(p.section == "四、项目支出情况" for p in passages)
    assert_offsets(text, passages)


def test_one_line_web_page_is_split():
    text = ("平潭2016年东庠乡预算说明 平潭2016年部门预算经审议通过，现将我单位2016年部门预算说明如下: "
            "一、 部门主要职责 乡政府部门的主要职责是： 1、执行上级国家行政机关的决定、命令。 2、执行本级人民代表大会的决议。"
            " 二、部门预算单位基本情况 东庠乡政府部门包括3个单位。" + "主要任务是发展经济，保障民生，维护稳定。" * 40 +
            " 三、预算收支总体情况 2016年,东庠乡收入预算为420万元，比上年增加20万元。")
    secs, passages = split(text)
    got = [t for _, t in titles(secs)]
    assert got[0].startswith("一、 部门主要职责") and "二、部门预算单位基本情况" in got and "三、预算收支总体情况" in got
    assert max(len(p.text) for p in passages) <= sections.MAX_PASSAGE + 50
    (p,) = [p for p in passages if "收入预算为420万元" in p.text]
    assert p.section == "三、预算收支总体情况"
    assert_offsets(text, passages)


def test_passage_ids_and_cover():
    secs, passages = split("重庆市交通委员会2018年部门预算情况说明\n一、单位基本情况\n重庆市交通委员会是市政府组成部门。\n")
    assert [p.id for p in passages] == [f"t.txt#{i}" for i in range(len(passages))]
    assert secs[0].title == "" and secs[0].path == [] and passages[0].section == ""


# --------------------------------------------------------------------------- real PDFs
@pytest.fixture(scope="module")
def qzfb_unit():
    path = SHARED_CORPUS / "sh-putuo-qzfb-2025-unit-budget.pdf"
    if not path.is_file():
        pytest.skip(f"shared corpus not found at {SHARED_CORPUS}")
    raw = readers.read_file(path)
    return raw, *sections.split(raw, path.name)


def test_pdf_sections_and_passages(qzfb_unit):
    raw, secs, passages = qzfb_unit
    got = titles(secs)
    for expected in [(1, "目录"), (1, "上海市普陀区人民政府办公室主要职能"), (1, "名词解释"), (2, "（七）“三公”经费"),
                     (1, "2025年单位预算编制说明"), (1, "2025年预算单位收入预算总表"), (1, "其他相关情况说明"),
                     (2, "一、2025年“三公”经费预算情况说明"), (2, "五、国有资产占有使用情况")]:
        assert expected in got
    # the 14 numbered duties are prose, not headings
    assert not any(re.match(r"\d+\.", t) for _, t in got)
    (p,) = [p for p in passages if "2025年“三公”经费预算数为867.50万元" in p.text]
    assert p.page == 21 and p.section == "其他相关情况说明 > 一、2025年“三公”经费预算情况说明"
    # table lines are left to table-row passages; TOC lines are skipped
    assert not any("12,029,501.84" in p.text for p in passages)
    assert not any(p.section == "目录" and "预算总表" in p.text for p in passages)
    assert_offsets(raw.text, passages)


def test_every_shared_document_gets_sane_passages():
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {SHARED_CORPUS}")
    for path in sorted(SHARED_CORPUS.glob("*.txt")):
        raw = readers.read_file(path)
        secs, passages = sections.split(raw, path.name)
        assert passages, path.name
        assert max(len(p.text) for p in passages) <= sections.MAX_PASSAGE + 50, path.name
        assert len(secs) < len(raw.text) / 100 + 5, path.name      # no explosion into tiny sections
        assert_offsets(raw.text, passages)


def test_no_shared_document_nests_its_body_under_the_toc():
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {SHARED_CORPUS}")
    for path in sorted(SHARED_CORPUS.glob("*.txt")) + [SHARED_CORPUS / "sh-putuo-qzfb-2025-unit-budget.pdf"]:
        secs, passages = sections.split(readers.read_file(path), path.name)
        assert not any(s.path[:1] == ["目录"] and len(s.path) > 1 for s in secs), path.name
        assert not any(p.section.startswith("目录 >") for p in passages), path.name


def test_section_index_finds_what_a_scan_finds(sample_text):
    """The deepest section holding each offset, by the index and by a scan of every section."""
    from corpus.models import RawDocument
    from corpus.sections import SectionIndex, split

    secs, _ = split(RawDocument(path="s.txt", text=sample_text), "s.txt")
    index = SectionIndex(secs)
    for offset in range(0, len(sample_text), 7):
        best = None
        for s in secs:
            if s.start <= offset < s.end and (best is None or s.level >= best.level):
                best = s
        assert index.deepest(offset) is best


def test_one_line_report_part_titled_draft_is_a_heading():
    # a township's report on last year's execution and this year's draft budget (one web-page line):
    # the second part's title "…预算草案" runs on into its body; what follows it belongs to it
    text = ("白青乡2015年财政预算执行情况和2016年财政预算草案的报告 "
            "一、2015年财政预算执行情况过去一年，全乡财政收支平稳。本年一般预算支出1351.80万元，比上年增支477.63万元。"
            "二、2016年财政收支预算草案2016年财政预算安排的指导思想是：保运转、保民生。"
            "(一)收入安排2016年财政收入安排850万元。"
            "(三) 关于财政收支平衡情况财政总收入850万元，全年支出安排837万元，实现收支平衡并略有节余。")
    secs, passages = split(text)
    got = [t for _, t in titles(secs)]
    assert "二、2016年财政收支预算草案" in got
    (p,) = [p for p in passages if "全年支出安排837万元" in p.text]
    assert p.section.startswith("二、2016年财政收支预算草案")
    (q,) = [p for p in passages if "1351.80万元" in p.text]
    assert q.section.startswith("一、2015年财政预算执行情况")
    assert_offsets(text, passages)
