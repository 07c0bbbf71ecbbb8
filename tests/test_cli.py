"""The disclosure-qa command line on the sample document (BM25-only index for speed).
Expected values are read from cq-jiangjin-zwfw-2023-unit-budget.txt."""
from __future__ import annotations

import json

import pytest

from assistant.cli import main
from corpus.settings import DEMO_CORPUS


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-index")
    assert main(["build", str(DEMO_CORPUS), "--index", str(folder), "--embedder", "none"]) == 0
    return str(folder)


def run_json(capsys, argv):
    capsys.readouterr()
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_docs_lists_the_sample_with_its_unit_year_and_kind(index, capsys):
    (doc,) = run_json(capsys, ["docs", "--index", index, "--json"])
    assert doc["unit"] == "重庆市江津区政务服务管理办公室（本级）"
    assert (doc["year"], doc["kind"], doc["scope"]) == (2023, "预算", "单位")


def test_figures_lists_sourced_amounts(index, capsys):
    figs = run_json(capsys, ["figures", "--index", index, "--doc", "cq-jiangjin-zwfw-2023-unit-budget.txt",
                             "--metric", "项目支出", "--json"])
    stated = [f for f in figs if f["value"] == "1122.09"]
    assert stated, figs
    assert stated[0]["change"] == "721.41" and stated[0]["unit"] == "万元"
    assert "搬迁新政务大厅" in stated[0]["reason"]
    assert "项目支出1122.09万元" in stated[0]["span"]["text"]


def test_figures_lists_a_change_as_a_change_not_as_an_amount(index, capsys):
    # "人员经费拨款增加79.55万元" states a change only: the listing must not show 79.55 as the amount.
    capsys.readouterr()
    assert main(["figures", "--index", index, "--doc", "cq-jiangjin-zwfw-2023-unit-budget.txt",
                 "--metric", "人员经费"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if "79.55" in line and not line.startswith(" ")]
    assert lines and all(line.split("\t")[2] == "变化+79.55万元" for line in lines), lines


def test_check_finds_nothing_on_the_consistent_sample(index, capsys):
    assert run_json(capsys, ["check", "--index", index, "--json"]) == []


def test_check_of_a_document_not_held_is_a_usage_error(index, capsys):
    capsys.readouterr()
    assert main(["check", "--index", index, "--doc", "nope.pdf"]) == 2
    err = capsys.readouterr().err
    assert "索引里没有文档" in err and "Traceback" not in err
    # a path ending in a held name selects that document
    assert run_json(capsys, ["check", "--index", index, "--doc", "/somewhere/cq-jiangjin-zwfw-2023-unit-budget.txt",
                             "--json"]) == []


def test_documents_named_without_extension_path_or_case_and_an_empty_question(index, capsys):
    for doc in ("cq-jiangjin-zwfw-2023-unit-budget", "CQ-JIANGJIN-ZWFW-2023-UNIT-BUDGET.TXT",
                "/somewhere/cq-jiangjin-zwfw-2023-unit-budget.txt"):
        answer = run_json(capsys, ["ask", "基本支出是多少？", "--index", index, "--doc", doc, "--json"])
        assert answer["value"] == 263.22, doc
    capsys.readouterr()
    assert main(["ask", "基本支出是多少？", "--index", index, "--doc", "nope.pdf"]) == 2
    assert "现有文档：cq-jiangjin-zwfw-2023-unit-budget.txt" in capsys.readouterr().err
    hits = run_json(capsys, ["search", "项目支出", "--index", index, "--doc", "cq-jiangjin-zwfw-2023-unit-budget", "--json"])
    assert hits and all(h["doc"] == "cq-jiangjin-zwfw-2023-unit-budget.txt" for h in hits)
    assert main(["ask", "  ", "--index", index]) == 2
    capsys.readouterr()
    # only a year selected, no document of it: a usage error too, saying which years there are
    assert main(["ask", "基本支出是多少？", "--index", index, "--year", "2031"]) == 2
    assert "没有找到2031年的公开文件（现有：" in capsys.readouterr().err


def test_ask_answers_with_value_and_source(index, capsys):
    ans = run_json(capsys, ["ask", "三公经费预算是多少？", "--index", index, "--embedder", "none", "--json"])
    assert ans["kind"] == "figure" and ans["value"] == 1 and ans["unit"] == "万元"
    assert "“三公”经费预算1.0万元" in ans["citations"][0]["text"]


def test_unknown_document_and_missing_index_are_one_line_errors(index, tmp_path, capsys):
    assert main(["figures", "--index", index, "--doc", "nope.pdf"]) == 2
    assert "nope.pdf" in capsys.readouterr().err
    assert main(["docs", "--index", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert "不存在" in err and "Traceback" not in err


def test_ask_with_a_scope_selecting_nothing_exits_2_with_a_chinese_line(index, capsys):
    capsys.readouterr()
    assert main(["ask", "基本支出是多少？", "--index", index, "--embedder", "none", "--doc", "nosuch.pdf"]) == 2
    captured = capsys.readouterr()
    assert "没有找到文档 nosuch.pdf" in captured.err and captured.out == ""
    assert main(["ask", "基本支出是多少？", "--index", index, "--embedder", "none", "--unit", "某某县水利局"]) == 2
    err = capsys.readouterr().err
    assert "没有找到某某县水利局的公开文件" in err and "政务服务管理办公室" in err
    # a unit held, but not in the year selected: the same usage error, never another year's passages
    assert main(["ask", "基本支出是多少？", "--index", index, "--embedder", "none", "--unit", "政务服务管理办公室",
                 "--year", "2022"]) == 2
    captured = capsys.readouterr()
    assert "2022年的公开文件（现有：2023）" in captured.err and captured.out == ""
    # the sample's own file name and its unit's short name still answer
    ans = run_json(capsys, ["ask", "基本支出是多少？", "--index", index, "--embedder", "none",
                            "--doc", "cq-jiangjin-zwfw-2023-unit-budget.txt", "--json"])
    assert ans["value"] == 263.22
    ans = run_json(capsys, ["ask", "基本支出是多少？", "--index", index, "--embedder", "none",
                            "--unit", "江津区政务服务管理办公室", "--json"])
    assert ans["value"] == 263.22
    # a year written as people write it (2023年, 2023年度) is the year 2023; words that are no year are refused
    for said in ("2023年", "2023年度"):
        ans = run_json(capsys, ["ask", "基本支出是多少？", "--index", index, "--embedder", "none",
                                "--unit", "江津区政务服务管理办公室", "--year", said, "--json"])
        assert ans["value"] == 263.22
    with pytest.raises(SystemExit) as stop:
        main(["ask", "基本支出是多少？", "--index", index, "--year", "去年"])
    assert stop.value.code == 2 and "需要一个整数，收到的是“去年”" in capsys.readouterr().err


def test_search_and_ask_use_the_embedder_the_index_was_built_with(index, capsys, monkeypatch):
    # the index was built with --embedder none: asking it needs no --embedder none again
    monkeypatch.delenv("DISCLOSURE_QA_EMBEDDER", raising=False)
    ans = run_json(capsys, ["ask", "项目支出为什么增加？", "--index", index, "--json"])
    assert ans["kind"] == "passage" and "搬迁新政务大厅" in ans["answer"]
    hits = run_json(capsys, ["search", "政务大厅运转", "--index", index, "--json"])
    assert hits and "政务大厅" in json.dumps(hits, ensure_ascii=False)


def test_a_build_from_a_folder_without_documents_is_refused(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.md").write_text("不是公开文件", encoding="utf-8")
    assert main(["build", str(empty), "--index", str(tmp_path / "index"), "--embedder", "none"]) == 2
    assert "没有可读取的公开文件" in capsys.readouterr().err
    assert not (tmp_path / "index").exists()


def test_serving_another_folder_without_index_keeps_its_own_index(tmp_path, monkeypatch):
    # the default index built from folder A: serving folder B gets an index of its own beside it
    # (never the guard against removals after a long install), serving A again the default one
    import assistant.cli as cli
    import index.pipeline as pipeline

    default = tmp_path / "cache" / "index"
    monkeypatch.setattr(cli, "DEFAULT_INDEX_DIR", default)
    a, b = tmp_path / "a", tmp_path / "b"
    monkeypatch.setattr(pipeline, "built_from", lambda d: str(a.resolve()) if d == default else None)
    assert cli.folder_index_dir(str(a)) == default
    own = cli.folder_index_dir(str(b))
    assert own.parent == default.parent and own.name.startswith("index-b-") and own != default
    monkeypatch.setattr(pipeline, "built_from", lambda d: None)
    assert cli.folder_index_dir(str(b)) == default          # an empty default index is used as before
