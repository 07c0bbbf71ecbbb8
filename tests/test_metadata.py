"""metadata: unit / year / kind / scope from title lines; the manifest TSV overrides detection."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from corpus import metadata, readers
from corpus.build import read_corpus
from corpus.models import RawDocument

SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "demo_corpus" / \
    "cq-jiangjin-zwfw-2023-unit-budget.txt"


def pdf_like(*pages: str) -> RawDocument:
    text, starts = "", []
    for page in pages:
        starts.append(len(text))
        text += page + "\n"
    return RawDocument(path="x.pdf", text=text, page_starts=starts)


BODY_PAGE = "上海市普陀区人民政府办公室主要职能\n" + "主要职能包括：负责区政府会议的准备工作。" * 20


# --------------------------------------------------------------------------- title rules
def test_budget_cover_with_label_line():
    raw = pdf_like("上海市普陀区2025年区级部门预算\n预算主管部门：上海市普陀区人民政府办公室", BODY_PAGE)
    m = metadata.detect(raw, "a.pdf")
    assert (m.unit, m.year, m.kind, m.scope) == ("上海市普陀区人民政府办公室", 2025, "预算", "部门")
    assert m.title == "上海市普陀区2025年区级部门预算"


def test_unit_budget_label():
    raw = pdf_like("上海市2025年市级单位预算\n预算单位：上海市财政局", BODY_PAGE)
    m = metadata.detect(raw, "b.pdf")
    assert (m.unit, m.year, m.kind, m.scope) == ("上海市财政局", 2025, "预算", "单位")


def test_final_account_title_split_over_lines():
    raw = pdf_like("中共上海市普陀区委\n社会工作部 2024 年度\n部门决算", BODY_PAGE)
    m = metadata.detect(raw, "c.pdf")
    assert (m.unit, m.year, m.kind, m.scope) == ("中共上海市普陀区委社会工作部", 2024, "决算", "部门")


def test_final_account_year_on_its_own_line():
    raw = pdf_like("上海市普陀区财政局\n年度部门决算\n2024", BODY_PAGE)
    m = metadata.detect(raw, "d.pdf")
    assert (m.unit, m.year, m.kind) == ("上海市普陀区财政局", 2024, "决算")


def test_text_title_line_with_qualifier():
    raw = RawDocument(path="e.txt", text="重庆市江津区政务服务管理办公室（本级）2023年单位预算情况说明\n单位基本情况\n")
    m = metadata.detect(raw, "e.txt")
    assert (m.unit, m.year, m.kind, m.scope) == ("重庆市江津区政务服务管理办公室（本级）", 2023, "预算", "单位")


def test_one_line_web_page_title_is_cut_at_first_space():
    body = "2015年度平潭综合实验区管委会办公室部门决算说明 按照《福建省财政厅关于深入推进预决算公开工作的通知》的要求，" * 3
    m = metadata.detect(RawDocument(path="f.txt", text=body), "f.txt")
    assert m.title == "2015年度平潭综合实验区管委会办公室部门决算说明"
    assert (m.unit, m.year, m.kind) == ("平潭综合实验区管委会办公室", 2015, "决算")


def test_short_name_completed_from_body():
    text = "芦洋乡2015年财政收支决算\n2015年度平潭综合实验区芦洋乡人民政府决算说明 按照通知要求，现将决算说明如下。"
    m = metadata.detect(RawDocument(path="g.txt", text=text), "g.txt")
    assert (m.unit, m.year, m.kind) == ("平潭综合实验区芦洋乡人民政府", 2015, "决算")


def test_execution_report_and_monthly_report_are_other():
    for title in ("平潭综合实验区2019年1-12月预算执行情况分析", "2018年中楼乡1月份“三公经费”支出公开表"):
        m = metadata.detect(RawDocument(path="h.txt", text=title + "\n正文。"), "h.txt")
        assert m.kind == "other", title
        assert m.year in (2019, 2018)


def test_year_range_gives_first_year_and_prefix_junk_is_dropped():
    m = metadata.detect(RawDocument(path="i.txt", text="【部门预算公开】平潭综合实验区财政金融局2016年预算说明\n"), "i.txt")
    assert (m.unit, m.year, m.kind, m.scope) == ("平潭综合实验区财政金融局", 2016, "预算", "部门")
    m = metadata.detect(RawDocument(path="j.txt", text="平潭综合实验区环境与国土资源局2017—2019年预算编制说明\n"), "j.txt")
    assert (m.unit, m.year, m.kind) == ("平潭综合实验区环境与国土资源局", 2017, "预算")


def test_file_name_is_the_fallback():
    m = metadata.detect(RawDocument(path="k.txt", text="本单位基本情况如下。\n"), "xx-2021-final.txt")
    assert (m.year, m.kind) == (2021, "决算")


# --------------------------------------------------------------------------- the shared corpus
@pytest.fixture(scope="module")
def manifest_rows():
    path = SHARED_CORPUS / "MANIFEST.tsv"
    if not path.is_file():
        pytest.skip(f"shared corpus manifest not found at {path}")
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_detection_without_manifest_matches_the_manifest(manifest_rows):
    """Every file of the shared corpus: year and kind exactly; the unit exactly whenever the
    document states the manifest's name somewhere in its text. Where it does not (the name was
    completed by the curator, e.g. "中楼乡" → "平潭综合实验区中楼乡"), the detected name must be a
    part of the manifest's name, never another unit."""
    wrong = []
    for row in manifest_rows:
        raw = readers.read_file(SHARED_CORPUS / row["file"])
        m = metadata.detect(raw, row["file"])
        want_kind = row["kind"].split("(")[0]
        want_kind = "other" if want_kind.startswith("other") else want_kind
        want_unit = row["issuing_unit"]
        stated = want_unit.replace(" ", "") in raw.text.replace(" ", "").replace("\n", "")
        unit_ok = m.unit == want_unit if stated else bool(m.unit) and m.unit in want_unit
        if not (unit_ok and m.year == int(row["year"][:4]) and m.kind == want_kind):
            wrong.append((row["file"], m.unit, m.year, m.kind, "expected", want_unit, row["year"], want_kind))
    assert not wrong, "\n".join(map(str, wrong))
    assert len(manifest_rows) >= 30


# --------------------------------------------------------------------------- manifest
def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    path.write_text("\n".join("\t".join(r) for r in [header] + rows) + "\n", encoding="utf-8")


def test_manifest_values_are_normalised(tmp_path):
    write_tsv(tmp_path / "MANIFEST.tsv", ["file", "issuing_unit", "year", "kind", "notes"], [
        ["a.txt", "平潭综合实验区中楼乡", "2018", "other(三公月报)", "x"],
        ["b.txt", "平潭综合实验区环境与国土资源局", "2017-2019", "预算", ""],
        ["c.txt", "某局", "2015", "决算(三公)", ""],
        ["d.txt", "", "", "", ""],
    ])
    warnings = []
    got = metadata.read_manifest(tmp_path, warn=warnings.append)
    assert got["a.txt"] == {"unit": "平潭综合实验区中楼乡", "year": 2018, "kind": "other"}
    assert got["b.txt"]["year"] == 2017 and got["b.txt"]["kind"] == "预算"
    assert got["c.txt"]["kind"] == "决算"
    assert got["d.txt"] == {}
    assert not warnings


def test_manifest_missing_column_is_ignored_with_a_warning(tmp_path):
    write_tsv(tmp_path / "MANIFEST.tsv", ["file", "issuing_unit", "kind"], [["a.txt", "某局", "预算"]])
    warnings = []
    assert metadata.read_manifest(tmp_path, warn=warnings.append) == {}
    assert len(warnings) == 1 and "year" in warnings[0] and "MANIFEST.tsv" in warnings[0]


def test_no_manifest_is_fine(tmp_path):
    assert metadata.read_manifest(tmp_path, warn=lambda m: pytest.fail(m)) == {}


def test_manifest_overrides_detection_in_read_corpus(tmp_path):
    shutil.copy(SAMPLE, tmp_path / SAMPLE.name)
    write_tsv(tmp_path / "MANIFEST.tsv", ["file", "issuing_unit", "year", "kind"],
              [[SAMPLE.name, "江津区政务服务管理办公室", "2023", "决算(测试)"]])
    docs, report = read_corpus(tmp_path)
    (doc,) = docs
    assert (doc.unit, doc.year, doc.kind) == ("江津区政务服务管理办公室", 2023, "决算")
    assert doc.scope == "单位"                      # not in the manifest: detected
    assert report.read == [SAMPLE.name]           # the manifest itself is not a document


def test_broken_manifest_does_not_stop_the_build(tmp_path):
    shutil.copy(SAMPLE, tmp_path / SAMPLE.name)
    write_tsv(tmp_path / "MANIFEST.tsv", ["name", "unit"], [[SAMPLE.name, "x"]])
    docs, report = read_corpus(tmp_path)
    assert [d.unit for d in docs] == ["重庆市江津区政务服务管理办公室（本级）"]
    assert any("MANIFEST.tsv" in why for _, why in report.skipped)


def test_apply_overrides():
    meta = metadata.DocMeta(title="t", unit="甲", year=2020, kind="预算", scope=None)
    got = metadata.apply_overrides(meta, {"unit": "乙", "year": 2021, "ignored": 1})
    assert (got.unit, got.year, got.kind, got.title) == ("乙", 2021, "预算", "t")
