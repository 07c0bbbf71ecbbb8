"""sections: heading tree (numbering styles, bare headings, TOC, prose lists) and passages
(offsets, wrapped lines joined, long paragraphs split, one-line web pages)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from disclosure_qa.corpus import readers, sections
from disclosure_qa.corpus.models import RawDocument

SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SAMPLE = Path(__file__).resolve().parents[1] / "src" / "disclosure_qa" / "demo_corpus" / \
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
