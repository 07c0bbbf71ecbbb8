"""Bad input: every broken file gives one clear line naming the file and the reason; the build
goes on with the other files, exits 1, and a previously built index stays usable."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.cli import main
from corpus.build import read_corpus
from corpus.store import CorpusStore
from corpus.errors import CorpusError

SAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "demo_corpus" / \
    "cq-jiangjin-zwfw-2023-unit-budget.txt"

GBK_TEXT = "平潭综合实验区东庠乡人民政府2016年预算说明\n一、部门主要职责\n2016年,东庠乡收入预算为420万元。\n"
BLANK_PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
             b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
             b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
             b"trailer << /Root 1 0 R >>\n%%EOF\n")


def add_bad_files(folder: Path) -> dict[str, str]:
    """Write one file of each kind of trouble; returns file name → words its error must contain."""
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<\ntruncated")
    (folder / "scan.pdf").write_bytes(BLANK_PDF)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with open(folder / "huge.txt", "wb") as fh:      # sparse: 51 MB on paper, nothing on disk
        fh.truncate(51 * 1024 * 1024)
    return {"corrupt.pdf": "PDF", "scan.pdf": "扫描件", "empty.txt": "空文件", "binary.txt": "二进制",
            "huge.txt": "文件过大"}


@pytest.fixture()
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / SAMPLE.name)
    (folder / "gbk.txt").write_bytes(GBK_TEXT.encode("gbk"))
    return folder


def test_each_bad_file_fails_alone_with_its_reason(corpus):
    expected = add_bad_files(corpus)
    docs, report = read_corpus(corpus)
    assert sorted(d.name for d in docs) == sorted([SAMPLE.name, "gbk.txt"])
    failed = dict(report.failed)
    assert sorted(failed) == sorted(expected)
    for name, words in expected.items():
        assert words in failed[name], (name, failed[name])
    lines = report.summary_lines()
    for name in expected:
        (line,) = [ln for ln in lines if ln.startswith("失败") and name in ln]
        assert "\n" not in line


def test_gbk_text_is_decoded(corpus):
    docs, report = read_corpus(corpus)
    (doc,) = [d for d in docs if d.name == "gbk.txt"]
    assert doc.text == GBK_TEXT
    assert (doc.unit, doc.year, doc.kind) == ("平潭综合实验区东庠乡人民政府", 2016, "预算")
    assert any("收入预算为420万元" in p.text for p in doc.passages)


def test_missing_folder(tmp_path):
    with pytest.raises(CorpusError, match="不存在"):
        read_corpus(tmp_path / "nowhere")


def test_cli_missing_folder_is_one_line_and_status_2(tmp_path, capsys):
    status = main(["build", str(tmp_path / "nowhere"), "--index", str(tmp_path / "index"), "--embedder", "none"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert len(err) == 1 and "nowhere" in err[0] and "不存在" in err[0]


def test_cli_build_with_bad_files_exits_1_and_old_index_stays_usable(corpus, tmp_path, capsys):
    index = tmp_path / "index"
    args = ["build", str(corpus), "--index", str(index), "--embedder", "none"]
    assert main(args) == 0
    capsys.readouterr()
    before = {d["name"] for d in CorpusStore(index).documents()}
    assert before == {SAMPLE.name, "gbk.txt"}

    expected = add_bad_files(corpus)
    # a file that was fine in the last build and is now damaged keeps its last good version
    (corpus / "gbk.txt").write_bytes(b"\x00\x01garbage")
    status = main(args)
    out = capsys.readouterr().out
    assert status == 1
    for name, words in expected.items():
        (line,) = [ln for ln in out.splitlines() if ln.startswith("失败") and f" {name}:" in ln]
        assert words in line
    (line,) = [ln for ln in out.splitlines() if ln.startswith("失败 gbk.txt")]
    assert "保留上次" in line

    store = CorpusStore(index)
    assert {d["name"] for d in store.documents()} == before
    assert store.document("gbk.txt").text == GBK_TEXT
    assert any("1385.31万元" in p.text for p in store.passages(SAMPLE.name))


def test_an_upload_is_parsed_in_its_own_process_with_a_memory_cap(tmp_path):
    """A file whose parse needs more memory than allowed fails with a clear reason; the caller's
    process is untouched. A broken file gives the parser's own reason."""
    from corpus.build import probe_document

    sample = Path(__file__).resolve().parents[1] / "corpus" / "demo_corpus" / "cq-jiangjin-zwfw-2023-unit-budget.txt"
    assert probe_document(sample, "demo.txt") > 0
    big = tmp_path / "big.txt"
    big.write_text(sample.read_text(encoding="utf-8") * 400, encoding="utf-8")     # ~6 MB of text
    with pytest.raises(CorpusError, match="内存超过 150 MB") as err:
        probe_document(big, "big.txt", memory=150 * 1024 ** 2)
    assert "big.txt" in str(err.value)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    with pytest.raises(CorpusError, match="PDF 无法解析"):
        probe_document(bad, "bad.pdf")
