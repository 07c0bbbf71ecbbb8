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


def test_cover_junk_lines_are_not_the_title():
    """A page number, an attachment label or a mark before the title is skipped."""
    for junk in ("-1-", "附件2", "?", "- 3 -"):
        raw = pdf_like(junk + "\n上海市普陀区长寿路街道办事处\n2024年部门预算\n" + "目录 " * 100, BODY_PAGE)
        m = metadata.detect(raw, "x.pdf")
        assert (m.unit, m.year, m.kind) == ("上海市普陀区长寿路街道办事处", 2024, "预算"), junk


def test_a_table_title_or_a_number_is_never_the_unit():
    for title in ("2024年收支预算总表", "2024年部门预算附件", "12345 2024年预算"):
        m = metadata.detect(RawDocument(path="t.txt", text=title + "\n正文。"), "t.txt")
        assert m.unit is None, (title, m.unit)
    assert not metadata.is_unit_name("收支预算总表")
    assert not metadata.is_unit_name("附件2")
    assert metadata.is_unit_name("平潭实验幼儿园")
    assert metadata.is_unit_name("澳前片区项目建设指挥部(澳前片区开发管理局)")


def test_title_unit_wins_over_the_supervising_department_label():
    raw = pdf_like("上海市普陀区长征镇人民政府2024年度部门决算\n预算主管部门：上海市普陀区人民政府", BODY_PAGE)
    assert metadata.detect(raw, "s.pdf").unit == "上海市普陀区长征镇人民政府"


def test_approval_names_the_approved_unit_not_the_issuer():
    for title, unit in (("平潭综合实验区财政金融局关于批复 区保障办2014年度部门决算的通知", "区保障办"),
                        ("平潭综合实验区财政金融局关于区环卫所批复 2014年度部门决算的通知", "区环卫所")):
        m = metadata.detect(RawDocument(path="a.txt", text=title + "\n正文。"), "a.txt")
        assert (m.unit, m.year, m.kind) == (unit, 2014, "决算")


def test_year_written_in_chinese_numerals():
    m = metadata.detect(RawDocument(path="y.txt", text="澳前镇二〇一六年财政预算的报告\n正文。"), "y.txt")
    assert (m.unit, m.year, m.kind) == ("澳前镇", 2016, "预算")


def test_both_budget_and_final_is_other_and_cut_before_it():
    m = metadata.detect(RawDocument(path="b.txt", text="平潭县人民法院预决算公开\n正文。"), "b.txt")
    assert (m.unit, m.kind) == ("平潭县人民法院", "other")


def test_place_before_the_year_joins_the_unit_after_it():
    m = metadata.detect(RawDocument(path="p.txt", text="平潭2017年劳动人事争议仲裁院部门预算说明\n正文。"), "p.txt")
    assert m.unit == "平潭劳动人事争议仲裁院"


def test_completion_prefers_the_form_stated_most_often():
    text = ("2016年卫生监督所预算说明\n一、部门主要职责平潭县卫生监督所的主要职责是：……单位名称经费性质"
            "人员编制数在职人数平潭县卫生监督所财政核拨。2016年, 平潭县卫生监督所收入预算为357.6万元。")
    assert metadata.detect(RawDocument(path="w.txt", text=text), "w.txt").unit == "平潭县卫生监督所"


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


WIDE_CORPUS = SHARED_CORPUS.parent / "corpus-wide"


def test_unit_detection_over_every_title_block():
    """Every document of ../shared/corpus and ../shared/corpus-wide, read without the manifests:
    the same unit as a person's reading on ≥ 97% of them; year always right."""
    rows = []
    for folder in (SHARED_CORPUS, WIDE_CORPUS):
        path = folder / "MANIFEST.tsv"
        if not path.is_file():
            pytest.skip(f"manifest not found at {path}")
        with open(path, encoding="utf-8", newline="") as fh:
            rows += [(folder, r) for r in csv.DictReader(fh, delimiter="\t")]
    wrong, years = [], []
    for folder, row in rows:
        m = metadata.detect(readers.read_file(folder / row["file"]), row["file"])
        if not metadata.same_unit(m.unit, row["issuing_unit"]):
            wrong.append((row["file"], m.unit, row["issuing_unit"]))
        if m.year != int(row["year"][:4]):
            years.append((row["file"], m.year, row["year"]))
    assert len(rows) >= 120
    assert len(wrong) <= 0.03 * len(rows), "\n".join(map(str, wrong))
    assert not years


# --------------------------------------------------------------------------- manifest
def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    path.write_text("\n".join("\t".join(r) for r in [header] + rows) + "\n", encoding="utf-8")


def test_manifest_values_are_normalised(tmp_path):
    write_tsv(tmp_path / "MANIFEST.tsv", ["file", "issuing_unit", "year", "kind", "notes"], [
        ["a.txt", "平潭综合实验区中楼乡", "2018", "other(三公月报)", "x"],
        ["b.txt", "平潭综合实验区环境与国土资源局", "2017-2019", "预算", ""],
        ["c.txt", "某局", "2015", "决算(三公)", ""],
        ["d.txt", "", "", "", ""],
        ["e.txt", "平潭县人民检察院", "2014", "三公", ""],
    ])
    warnings = []
    got = metadata.read_manifest(tmp_path, warn=warnings.append)
    assert got["a.txt"] == {"unit": "平潭综合实验区中楼乡", "year": 2018, "kind": "other"}
    # a kind the rules cannot read ("三公") is left to the title ("…“三公”经费…支出决算批复" is a 决算)
    assert got["e.txt"] == {"unit": "平潭县人民检察院", "year": 2014}
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
