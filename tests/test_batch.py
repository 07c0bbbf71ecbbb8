"""Batch answering (assistant/batch.py) and eval scoring rules (assistant/evaluate.py) on the
demo index: JSON Lines and CSV input, bad lines answered with a short reply, no traceback."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest

from assistant.answer import Answer, Citation
from assistant.batch import read_inquiries, run_batch
from assistant.core import Assistant
from assistant.evaluate import judge, run_eval, value_matches
from corpus.errors import InputError

DOC = "cq-jiangjin-zwfw-2023-unit-budget.txt"


@pytest.fixture(scope="module")
def assistant(demo_index):
    return Assistant(demo_index)


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_batch_with_bad_lines(assistant, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "a", "question": "三公经费预算是多少？", "scope": {"doc": DOC}}, ensure_ascii=False),
        "this is not json",
        json.dumps({"id": "c", "question": ""}),
        json.dumps({"id": "d", "no_question": 1}),
        json.dumps({"id": "e", "question": "什么是基本支出？", "scope": {"unit": "重庆市江津区政务服务管理办公室（本级）", "year": 2023}},
                   ensure_ascii=False),
    ]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    stats = run_batch(assistant, src, out)
    rows = _lines(out)
    assert [r["id"] for r in rows] == ["a", "line2", "c", "d", "e"]
    assert rows[0]["kind"] == "figure" and rows[0]["value"] == 1
    assert rows[1]["kind"] == "none" and "JSON" in rows[1]["answer"]
    assert rows[4]["kind"] == "definition"
    assert "空" in rows[2]["error"]         # an empty question is a line that cannot be used
    assert stats.items == 5 and stats.bad_items == 3
    assert "5" in stats.summary()


def test_unusable_lines_carry_their_error_and_keep_their_question(assistant, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in [
        {"id": "a", "question": "三公经费预算是多少？", "scope": {"doc": DOC}},
        {"id": "b", "question": "三公经费预算是多少？", "scope": {"unit": "包头市林业局"}},
        {"id": "c", "question": "三公经费预算是多少？", "scope": {"units": "重庆市江津区政务服务管理办公室"}},
        {"id": "d", "question": "三公经费预算是多少？", "scope": {"doc": "nope.pdf"}},
        {"id": "e", "question": "2024年的预算是多少？", "scope": {"doc": DOC}},
    ]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    stats = run_batch(assistant, src, out)
    rows = {r["id"]: r for r in _lines(out)}
    assert "error" not in rows["a"] and "error" not in rows["e"]
    for bad in "bcd":
        # an unknown unit, key or document is the line's error, never "the documents do not say"
        assert rows[bad]["kind"] == "none" and rows[bad]["error"] == rows[bad]["answer"]
        assert rows[bad]["question"] == "三公经费预算是多少？"
    assert "包头市林业局" in rows["b"]["error"] and "units" in rows["c"]["error"]
    assert stats.bad_items == 3 and sum(stats.kinds.values()) == 2
    assert "无法读取 3 条" in stats.summary()


def test_csv_batch_with_chinese_headers_and_gbk(assistant, tmp_path):
    src = tmp_path / "in.csv"
    src.write_bytes("编号,问题,年份\n1,住房保障支出是多少万元？,2023\n2,,2023\n".encode("gb18030"))
    out = tmp_path / "out.jsonl"
    run_batch(assistant, src, out)
    rows = _lines(out)
    assert rows[0]["id"] == "1" and rows[0]["value"] == 18.15
    assert rows[1]["kind"] == "none"


def test_csv_without_question_column_is_a_clear_error(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("foo,bar\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="question"):
        read_inquiries(src)


def test_value_matching_rules():
    assert value_matches({"value": 84861719, "unit": "元"}, Decimal("8486.17"), "万元") is False
    assert value_matches({"value": 3807295.58, "unit": "元"}, Decimal("3807295.58"), "元")
    assert value_matches({"value": 1.0, "unit": "万元"}, Decimal("10000"), "元")
    assert value_matches({"value": 95.24, "unit": "%"}, Decimal("95.2"), "%")
    assert not value_matches({"value": 95.24, "unit": "%"}, Decimal("95.3"), "%")
    assert value_matches({"value": 3, "unit": "辆"}, Decimal(3), "辆")
    assert not value_matches({"value": 3, "unit": "辆"}, Decimal(3), "万元")


def test_judge_counts_wrong_numbers():
    none_with_number = Answer("q", "figure", "1万元", Decimal(1), "万元")
    assert judge({"none": True}, none_with_number) == (False, True)
    ok = Answer("q", "passage", "…", citations=[Citation("d", None, None, "", None, "因 搬迁新政务大厅")])
    assert judge({"contains": ["搬迁新 政务大厅"]}, ok) == (True, False)
    # a refusal listing the passage as a closest one answers nothing: never counted as holding it
    refused = Answer("q", "none", "公开文件中没有找到这个问题的答案。",
                     citations=[Citation("d", None, None, "", None, "因搬迁新政务大厅")])
    assert judge({"contains": ["搬迁新政务大厅"]}, refused) == (False, False)


def test_run_eval_reads_any_file_in_dev_format(assistant, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join([
        json.dumps({"id": "1", "question": "住房保障支出是多少万元？", "scope": {"doc": DOC},
                    "expect": {"value": 18.15, "unit": "万元"}}, ensure_ascii=False),
        json.dumps({"id": "2", "question": "2024年的预算是多少？", "scope": {"doc": DOC}, "expect": {"none": True}},
                   ensure_ascii=False),
        "broken line",
    ]), encoding="utf-8")
    report = run_eval(assistant, gold, details=True)
    d = report.to_dict()
    assert d["questions"] == 2 and d["correct"] == 2 and d["wrong_numbers"] == 0
    assert len(d["bad_lines"]) == 1
    assert "figure" in report.to_text()


def test_blank_rows_keep_their_place_and_a_year_must_be_a_number(tmp_path):
    from assistant.batch import read_inquiries

    f = tmp_path / "q.csv"
    f.write_text("问题,年份\n基本支出是多少？,2023\n,\n项目支出是多少？,二〇二三\n三公经费是多少？,2023年\n\n",
                 encoding="utf-8")
    items = read_inquiries(f)
    assert [i["id"] for i in items] == ["row2", "row3", "row4", "row5"]
    assert items[0]["error"] is None and items[0]["scope"] == {"year": 2023}
    assert "空行" in items[1]["error"] and items[1]["question"] is None
    assert "不是数字" in items[2]["error"]
    assert items[3]["error"] is None and items[3]["scope"] == {"year": 2023}
