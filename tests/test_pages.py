"""Page furniture: page numbers and running headers come out of a PDF's pages; a sentence broken
by a page break reads whole. Page texts are real lines of sh-putuo-czj-2025-dept-budget.pdf (p.6),
with the furniture other provinces' PDFs print ("- 15 -", "24", a running title)."""
from decimal import Decimal

from corpus import figures, pages, sections
from corpus.models import Document, RawDocument

HEAD = "上海市普陀区财政局2025年部门预算"
PAGE_1 = (HEAD + "\n2025年，上海市普陀区财政局收入预算3,121.42万元，其中：财政拨款收入3,121.42万元，比2024年预算增加\n"
          "107.62万元；事业收入0万元；事业单位经营收入0万元；其他收入0万元。\n"
          "支出预算3,121.42万元，其中：财政拨款支出预算3,121.42万元，比2024年预算增加107.62万元。财政拨款支出预\n")
PAGE_2 = (HEAD + "\n算中，一般公共预算拨款支出预算3,121.42万元，比2024年预算增加107.62万元；政府性基金拨款支出预算0万元，与\n"
          "2024年预算持平。财政拨款收入支出增加的主要原因是人员经费增加、信息化系统日常维护费和中介机构服务费增\n")
PAGE_3 = (HEAD + "\n加项目经费支出。\n财政拨款支出主要内容如下：\n")


def test_page_numbers_of_every_style():
    assert [pages.page_number(s) for s in ("- 15 -", "24", "第 3 页", "第3页 共20页", "3/20", "—7—")] \
        == [15, 24, 3, 3, 3, 7]
    assert pages.page_number("2024年") is None and pages.page_number("107.62") is None


def test_page_numbers_and_running_header_removed():
    got = pages.strip_furniture(["封面", "目录", PAGE_1 + "- 3 -", PAGE_2 + "4", PAGE_3 + "5"])
    assert got[0] == "封面" and got[1] == "目录"
    assert all(HEAD not in p for p in got[2:])
    assert not any(line.strip() in ("- 3 -", "4", "5") for p in got for line in p.split("\n"))


def test_a_lone_number_that_does_not_run_with_the_pages_stays():
    """A table's row number at a page's end is data, not a page number."""
    got = pages.strip_furniture(["表一\n1 上海市普陀区规划和自然资源局", "表二\n序号 单位\n5", "正文"])
    assert got[1].endswith("5")


def test_table_unit_lines_are_kept_even_when_repeated():
    line = "编制单位：上海市普陀区社会福利院 单位：元"
    got = pages.strip_furniture([line + "\n表%d\n1.00" % i for i in range(5)])
    assert all(p.startswith(line) for p in got)


def raw_of(page_texts: list[str]) -> RawDocument:
    texts = pages.strip_furniture(page_texts)
    starts, offset = [], 0
    for t in texts:
        starts.append(offset)
        offset += len(t) + 1
    return RawDocument(path="x.pdf", text="\n".join(texts), page_starts=starts)


def test_sentence_broken_by_a_page_break_reads_whole():
    raw = raw_of(["封面", "目录", PAGE_1 + "- 3 -", PAGE_2 + "- 4 -", PAGE_3 + "- 5 -"])
    doc = Document(name="x.pdf", path="x.pdf", sha256="", title="", unit=None, year=2025, kind="预算",
                   scope=None, text=raw.text, page_starts=raw.page_starts)
    figs = figures.extract(doc)
    general = [f for f in figs if f.metric == "一般公共预算拨款支出"]
    assert general and general[0].value == Decimal("3121.42") and general[0].change == Decimal("107.62")
    _, passages = sections.split(raw, "x.pdf")
    reason = "主要原因是人员经费增加、信息化系统日常维护费和中介机构服务费增加项目经费支出。"
    assert any(reason in p.text.replace("\n", "") for p in passages)
    assert not any("主要原因是9" in p.text or "- 4 -" in p.text for p in passages)
