"""Session 44's first wave: the items of one document ranked ("钱花得最多的是哪一类"), a table row
numbered under another (二、项目支出 / 2．聘请中介机构…), a gap between two bases asked inside a
fund, 去年 with 实际 of a final account, and the everyday words for a home's residents, a school's
classes and the pay of village cadres. Every page is written in the shape of such a page; every
expected value is read from its words by hand."""
from __future__ import annotations

from decimal import Decimal as D

OFFICE = ("某区人民政府办公室2025年单位预算\n二、收支预算总体情况\n2025年收入预算9101.68万元，支出预算9101.68万元。\n"
          "表3 支出预算总表\n单位：万元\n"
          "<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th></tr>"
          "<tr><td></td><td>合计</td><td>9101.68</td></tr>"
          "<tr><td>201</td><td>一般公共服务支出</td><td>8209.68</td></tr>"
          "<tr><td>208</td><td>社会保障和就业支出</td><td>421.38</td></tr>"
          "<tr><td>210</td><td>卫生健康支出</td><td>109.71</td></tr>"
          "<tr><td>221</td><td>住房保障支出</td><td>360.91</td></tr></table>\n")

AUDIT = ("某县审计局2025年部门决算\n表3 支出决算表\n单位：万元\n"
         "<table><tr><th>项目</th><th>行次</th><th>本年支出合计</th><th>财政拨款</th><th>其他资金</th></tr>"
         "<tr><td>合计</td><td>1</td><td>639.92</td><td>636.72</td><td>3.20</td></tr>"
         "<tr><td>一、基本支出</td><td>2</td><td>460.89</td><td>460.89</td><td>0.00</td></tr>"
         "<tr><td>（一）人员经费</td><td>3</td><td>408.52</td><td>408.52</td><td>0.00</td></tr>"
         "<tr><td>（二）公用经费</td><td>4</td><td>52.37</td><td>52.37</td><td>0.00</td></tr>"
         "<tr><td>二、项目支出</td><td>5</td><td>179.03</td><td>175.83</td><td>3.20</td></tr>"
         "<tr><td>1．政府投资项目审计经费</td><td>6</td><td>62.40</td><td>62.40</td><td>0.00</td></tr>"
         "<tr><td>2．聘请中介机构参与审计费用</td><td>7</td><td>48.75</td><td>48.75</td><td>0.00</td></tr>"
         "<tr><td>3．经济责任审计及专项审计经费</td><td>8</td><td>67.88</td><td>64.68</td><td>3.20</td></tr></table>\n")

TOWN_FINAL = ("某乡人民政府2025年部门决算\n五、一般公共预算财政拨款支出决算情况说明\n"
              "5. 文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）。年初预算为8.00万元，支出决算为12.50万元，"
              "完成年初预算的156.25%，决算数大于年初预算数的主要原因是追加群众文化活动经费。\n"
              "七、“三公”经费财政拨款支出决算情况说明\n"
              "3．公务接待费。2025年度预算为2.50万元，支出决算为1.72万元，完成预算的68.80%，比上年决算减少0.34万元，"
              "下降16.50%。\n")

HOME = ("某市社会福利院2025年单位决算\n第一部分 单位概况\n二、机构设置及人员\n本单位编制35人，2025年末在院人员168人，"
        "其中集中供养特困人员112人。\n")

KINDERGARTEN = ("某县第一幼儿园2026年单位预算\n第一部分 单位概况\n二、基本情况\n2026年预计开设班级14个，"
                "在园幼儿420人。\n")

VILLAGES = ("某乡人民政府2026年部门预算\n五、一般公共预算支出情况\n"
            "15. 对村民委员会和村党支部的补助（2130705）186.40万元，比上年预算数170.40万元增加16.00万元，增长9.39%。\n")


def test_the_class_spending_most_and_its_share(ask_pages):
    ask = ask_pages({"office.html": OFFICE})
    scope = {"doc": "office.html"}
    a = ask("钱花得最多的是哪一类？", scope=scope)
    assert (a.value, a.unit) == (D("8209.68"), "万元") and "一般公共服务支出" in a.answer
    a = ask("按功能分类看，钱花得最多的是哪一类？占全部支出百分之几？", scope=scope)
    assert (a.value, a.unit) == (D("90.20"), "%")          # 8209.68 ÷ 9101.68 × 100
    a = ask("哪一类支出最少？", scope=scope)
    assert (a.value, a.unit) == (D("109.71"), "万元") and "卫生健康支出" in a.answer


def test_a_row_numbered_under_a_parent_row(ask_pages):
    ask = ask_pages({"audit.html": AUDIT})
    a = ask("2025年度项目支出中聘请中介机构参与审计费用是多少？", scope={"doc": "audit.html"})
    assert (a.value, a.unit) == (D("48.75"), "万元")


def test_a_gap_between_bases_asked_inside_a_fund(ask_pages):
    ask = ask_pages({"town.html": TOWN_FINAL})
    a = ask("一般公共预算财政拨款支出中群众文化（项）的决算数比年初预算数多了多少？", scope={"doc": "town.html"})
    assert (a.value, a.unit) == (D("4.50"), "万元")        # 12.50 − 8.00


def test_last_year_actually_spent_of_a_final_account_is_its_own_year(ask_pages):
    ask = ask_pages({"town.html": TOWN_FINAL})
    a = ask("乡政府去年招待费实际花了多少？", scope={"doc": "town.html"})
    assert (a.value, a.unit) == (D("1.72"), "万元")        # the 2025 final, read in 2026
    a = ask("招待费比去年减少了多少？", scope={"doc": "town.html"})
    assert a.value is not None and abs(a.value) == D("0.34")


def test_everyday_words_for_residents_classes_and_village_cadres(ask_pages):
    ask = ask_pages({"home.html": HOME, "kg.html": KINDERGARTEN, "villages.html": VILLAGES})
    a = ask("福利院年底住着多少人？", scope={"doc": "home.html"})
    assert (a.value, a.unit) == (D("168"), "人")
    a = ask("幼儿园2026年打算开几个班？", scope={"doc": "kg.html"})
    assert (a.value, a.unit) == (D("14"), "个")
    a = ask("给村干部的补助比去年多了多少？", scope={"doc": "villages.html"})
    assert (a.value, a.unit) == (D("16.00"), "万元")

STREET = ("某街道办事处2025年部门决算\n一、收入支出决算总体情况说明\n"
          "2025年度收入总计3,996.83万元，支出总计3,996.83万元。与2024年度相比，收入、支出总计各增加146.17万元，增长3.80%。\n"
          "三、支出决算情况说明\n2025年度本年支出合计3,974.23万元，其中：基本支出1,918.58万元；项目支出2,055.65万元。"
          "与2024年度相比，本年支出合计增加171.77万元，增长4.52%。\n"
          "收入支出决算总表\n公开01表\n金额单位：万元\n收 入 支 出\n"
          "<table><tr><th>项目</th><th>行次</th><th>金额</th><th>项目</th><th>行次</th><th>金额</th></tr>"
          "<tr><td>本年收入合计</td><td>17</td><td>3,948.63</td><td>本年支出合计</td><td>48</td><td>3,974.23</td></tr></table>\n"
          "财政拨款收入支出决算总表\n公开04表\n金额单位：万元\n收 入 支 出\n"
          "<table><tr><th>项目</th><th>行次</th><th>金额</th><th>项目</th><th>行次</th><th>合计</th><th>一般公共预算财政拨款</th></tr>"
          "<tr><td>本年收入合计</td><td>17</td><td>3,912.13</td><td>本年支出合计</td><td>49</td><td>3,937.73</td><td>3,925.73</td></tr></table>\n")


def test_a_header_line_above_a_table_is_no_title_and_spending_is_the_years_own(ask_pages):
    ask = ask_pages({"street.html": STREET})
    scope = {"doc": "street.html"}
    a = ask("2025年本年支出合计是多少？", scope=scope)
    assert (a.value, a.unit) == (D("3974.23"), "万元")     # never the 财政拨款 table's 3,937.73
    a = ask("2024年一共花了多少钱？", scope=scope)
    assert (a.value, a.unit) == (D("3802.46"), "万元")     # 3,974.23 − 171.77 (本年支出合计), not 支出总计's
    a = ask("2024年支出总计是多少？", scope=scope)
    assert (a.value, a.unit) == (D("3850.66"), "万元")     # 3,996.83 − 146.17


def test_the_two_sides_header_printed_above_a_pdf_table_is_no_title():
    from corpus import tables
    from corpus.models import Document, RawDocument, RawTable
    text = ("财政拨款收入支出决算总表\n公开04表\n编制单位：某街道办事处\n金额单位：万元\n收 入 支 出\n"
            "项 目 行次 金额 项 目 行次 合计\n本年收入合计 17 3,912.13 本年支出合计 49 3,937.73\n")
    raw = RawDocument(path="f.pdf", text=text, page_starts=[0], tables=[RawTable(rows=[
        ["项 目", "行次", "金额", "项 目", "行次", "合计"],
        ["本年收入合计", "17", "3,912.13", "本年支出合计", "49", "3,937.73"]], page=1, start=text.index("项 目"))])
    doc = Document(name="f.pdf", path="f.pdf", sha256="", title="", unit=None, year=2025, kind="决算", scope=None,
                   text=raw.text, page_starts=raw.page_starts, pages=1)
    (t,) = tables.parse_tables(raw, doc)
    assert t.title == "财政拨款收入支出决算总表"          # never the header line "收 入 支 出"


POLICE = ("某区公安局2016年部门预算\n二、部门预算单位基本情况 某区公安局包括局本级及2个下属单位，其中：列入2016年部门预算编制范围的"
          "单位详细情况见下表: 单位名称 经费性质 人员编制数 在职人数 某区公安局本级 财政拨款 389 383 某区看守所 财政拨款 —— —— "
          "某区拘留所 财政拨款 —— —— 三、部门主要工作任务\n")

STREET_BUDGET = ("某街道办事处2025年部门预算\n一、“三公”经费预算情况说明\n2025年“三公”经费预算数为37.91万元，比2024年预算减少10万元。\n"
                 "三、政府采购预算情况\n2025年本部门政府采购预算4821.20万元，其中：政府采购货物预算57.43万元、政府采购工程预算3780.72万元、"
                 "政府采购服务预算983.05万元。\n")

TOWN_2015 = ("某乡人民政府2015年决算\n（一）2015年本年收入728.99万元，具体情况如下：1.财政拨款收入722.99万元，其中政府性基金5万元。"
             "2.其他收入6万元。\n三、2015年“三公”经费决算情况\n公务用车购置及运行维护费15.55万元。\n")

OTHERS = ("某乡人民政府2016年预算\n五、一般公共预算支出情况\n14、其他支出535.3万元，主要项目：金岚山谷配套道路项目补助款375万元，"
          "村级公益事业补助60.3万元，其他100万元。\n1、一般公共服务支出300.00万元。\n")


def test_a_body_the_page_names_without_its_figure_is_refused(ask_pages):
    ask = ask_pages({"police.txt": POLICE})
    a = ask("某区看守所2016年在职人数是多少？", scope={"doc": "police.txt"})
    assert a.value is None                                  # the 看守所 row is blank; 383 is 本级's
    a = ask("某区公安局本级在职人数是多少？", scope={"doc": "police.txt"})
    assert (a.value, a.unit) == (D("383"), "人")


def test_tongbi_with_a_direction_and_procurement_kinds_said_with_lei(ask_pages):
    ask = ask_pages({"street.html": STREET_BUDGET})
    scope = {"doc": "street.html"}
    a = ask("您好，我想了解一下，“三公”经费预算同比减少了多少？", scope=scope)
    assert a.value is not None and abs(a.value) == D("10")
    a = ask("二〇二五年政府采购预算中工程类占多大比例？", scope=scope)
    assert (a.value, a.unit) == (D("78.42"), "%")           # 3780.72 ÷ 4821.20 × 100


def test_a_whole_less_a_part_said_with_chuqu_and_a_cars_costs_said_as_one(ask_pages):
    ask = ask_pages({"town.html": TOWN_2015})
    scope = {"doc": "town.html"}
    a = ask("2015年财政拨款收入中，除去政府性基金的部分是多少？", scope=scope)
    assert (a.kind, a.value, a.unit) == ("derived", D("717.99"), "万元")     # 722.99 − 5
    a = ask("您好，我想了解一下，2015年公车的购置和运行维护一共花了多少钱？", scope=scope)
    assert (a.value, a.unit) == (D("15.55"), "万元")


def test_the_items_of_one_line_are_not_ranked_as_classes(ask_pages):
    ask = ask_pages({"others.html": OTHERS})
    a = ask("其他支出里面哪一项花钱最多？是多少？", scope={"doc": "others.html"})
    assert a.value != D("535.3")                            # the line itself is no item of it


HOUSING = ("某县住房和城乡建设局2025年部门决算\n（二）一般公共预算财政拨款支出决算结构情况\n"
           "一般公共服务支出200.00万元，占4.64%；城乡社区支出4,113.98万元，占95.36%。\n"
           "表1收入支出决算总表\n单位：万元\n"
           "<table><tr><th>项目</th><th>行次</th><th>金额</th></tr>"
           "<tr><td>一、一般公共服务支出</td><td>32</td><td>200.00</td></tr>"
           "<tr><td>二、城乡社区支出</td><td>36</td><td>7,492.56</td></tr>"
           "<tr><td>本年支出合计</td><td>48</td><td>7,692.56</td></tr></table>\n")

STREET_FINAL = ("某街道办事处2025年部门决算\n七、“三公”经费财政拨款支出决算情况说明\n"
                "2025年度“三公”经费财政拨款支出决算10.60万元，完成年初预算的88.33%，比年初预算减少1.40万元；比上年下降7.02%。"
                "年初预算为12.00万元。\n")

REVENUE = ("某区2019年1-12月预算执行情况分析\n一、收入情况\n税收收入完成27.7亿元，占地方一般公共预算收入的60.86%；"
           "非税收入完成17.81亿元，占地方一般公共预算收入的39.14%。\n")


def test_no_fund_asked_is_the_line_of_all_funds_not_a_funds_sentence(ask_pages):
    ask = ask_pages({"housing.html": HOUSING})
    a = ask("城乡社区支出是多少？", scope={"doc": "housing.html"})
    assert (a.value, a.unit) == (D("7492.56"), "万元")     # 4,113.98 is the 一般公共预算财政拨款 part only
    a = ask("一般公共预算财政拨款支出中城乡社区支出是多少？", scope={"doc": "housing.html"})
    assert (a.value, a.unit) == (D("4113.98"), "万元")


def test_saved_against_the_budget_in_percent_is_never_a_change_on_last_year(ask_pages):
    ask = ask_pages({"street.html": STREET_FINAL})
    a = ask("“三公”经费实际比预算省了百分之几？", scope={"doc": "street.html"})
    assert a.value is not None and abs(a.value) == D("11.67")     # (10.60 − 12.00) ÷ 12.00; never 7.02


def test_a_gap_of_two_shares_in_percentage_points(ask_pages):
    ask = ask_pages({"revenue.txt": REVENUE})
    a = ask("2019年税收收入占地方一般公共预算收入的比重比非税收入高出多少个百分点？", scope={"doc": "revenue.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("21.72"), "%")     # 60.86 − 39.14, never 60.86


def test_another_unit_asked_than_the_one_selected(ask_pages):
    ask = ask_pages({"audit.html": AUDIT, "police.txt": POLICE})
    a = ask("某区公安局本级在职人数是多少？", scope={"doc": "audit.html"})
    assert a.value is None and "某区公安局" in a.answer and "索引" not in a.answer


HEALTH = ("蓬溪县卫生健康局2026年部门预算\n一、收支预算总体情况\n2026年收支总预算3,880.92万元，比2025年增加155.32万元，增长4.17%。\n"
          "“三公”经费：公务接待费3.20万元，占“三公”经费的25.00%。\n"
          "表7 “三公”经费预算表\n单位：万元\n"
          "<table><tr><th>单位编码</th><th>单位名称</th><th>合计</th><th>公务接待费</th></tr>"
          "<tr><td>312001</td><td>蓬溪县卫生健康局（本级）</td><td>6.80</td><td>2.00</td></tr></table>\n")

SCHOOL_2026 = ("蓬溪县第二小学2026年单位预算\n一、收支预算总体情况\n2026年收支总预算1,200.00万元。\n")

HOSPITAL = ("某县人民医院2025年单位决算\n十、（三）国有资产占有使用情况\n截至2025年底，共有车辆8辆，其中一般公务用车2辆、"
            "特种专业技术用车（救护车）6辆。\n")

SOCIAL_WORK = ("某区社会工作部2024年部门决算\n五、（三）一般公共预算财政拨款支出决算具体情况\n"
               "2、一般公共服务支出（类）社会工作事务（款）事业运行（项）。主要用于：事业单位人员支出。全年预算为 17.68 万元，"
               "支出决算为 11.31 万元。\n")


def test_a_units_full_name_written_names_it_and_its_own_row_is_no_department(ask_pages):
    ask = ask_pages({"health.html": HEALTH, "school.txt": SCHOOL_2026})
    a = ask("蓬溪县卫生健康局2026年部门预算招待费多少？")
    assert (a.value, a.unit) == (D("3.20"), "万元")        # never the 本级 row's 2.00, nor a clarify with the school


def test_a_total_said_to_include_a_kind_and_a_completion_asked_with_zhan(ask_pages):
    ask = ask_pages({"hospital.txt": HOSPITAL, "work.txt": SOCIAL_WORK})
    a = ask("医院一共有几辆车，救护车也算上？", scope={"doc": "hospital.txt"})
    assert (a.value, a.unit) == (D("8"), "辆")
    a = ask("一般公共服务支出（类）社会工作事务（款）事业运行（项）的支出决算占全年预算的比例（完成率）是多少？",
            scope={"doc": "work.txt"})
    assert (a.value, a.unit) == (D("63.97"), "%")           # 11.31 ÷ 17.68 × 100


BY_UNIT = ("某县教育体育局2025年部门决算\n表10部门决算汇总表（分单位）\n单位：万元\n"
           "<table><tr><th>单位名称</th><th>本年支出合计</th><th>基本支出</th><th>项目支出</th></tr>"
           "<tr><td>某县教育体育局（本级）</td><td>14477.78</td><td>6780.10</td><td>7697.68</td></tr>"
           "<tr><td>某县体育运动学校</td><td>662.75</td><td>314.40</td><td>348.35</td></tr></table>\n")


def test_a_share_of_its_own_total_reads_the_same_row(ask_pages):
    ask = ask_pages({"units.html": BY_UNIT})
    a = ask("某县体育运动学校2025年基本支出占其本年支出合计的比重是多少？", scope={"doc": "units.html"})
    assert (a.value, a.unit) == (D("47.44"), "%")           # 314.40 ÷ 662.75 × 100, the school's own row
