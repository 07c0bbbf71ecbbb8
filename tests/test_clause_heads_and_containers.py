"""Shapes met first in the question sets of session 29 (heads of lists of parts, containers,
everyday words). Every page below is written in the shape of such a page; every expected value is
read from its words by hand."""
from __future__ import annotations

from decimal import Decimal as D

CARS = ("某检察院2016年部门预算\n四、财政支出定额标准编制安排\n2016年预算安排车辆经费48万元，"
        "其中公务用车购置费0万元、车辆运行费48万元，与上年支出数相比下降10%，主要原因是公务用车购置费大幅下降。\n")


def test_a_change_closing_a_list_of_parts_is_the_heads(ask_pages):
    ask = ask_pages({"cars.txt": CARS})
    # "车辆经费48万元，其中…、…，与上年支出数相比下降10%": the 10% is the 车辆经费's (the head of the list)
    # asked in everyday words, the size of the fall; in the page's words, the signed change
    for q, want in (("公车费用比上年降了百分之几？", "10"), ("车辆经费与上年相比下降了百分之几？", "-10")):
        a = ask(q, scope={"doc": "cars.txt"})
        assert (a.kind, a.value, a.unit) == ("figure", D(want), "%"), q
    # the part 车辆运行费 has no change of its own on the page
    a = ask("车辆运行费比上年下降了百分之几？", scope={"doc": "cars.txt"})
    assert a.kind == "none"


CLASSES = ("某乡2016年部门决算\n五、公共财政拨款支出决算情况\n2016年公共财政拨款支出1401.72万元，比2015年决算数增加129.07万元，"
           "增长10.1%，具体情况如下(按项级科目分类统计)： （一）一般公共服务支出（科目编码201）554.19万元（其中按照项级科目统计，"
           "科目编码2010301-政府机构行政运行的金额为538.63万元；科目编码2010601-财政事务行政运行的金额为15.56万元），"
           "总体较2015年决算数增加40.29万元，增长7.8%。\n")


def test_a_whole_change_after_a_list_marker_is_the_items(ask_pages):
    ask = ask_pages({"classes.txt": CLASSES})
    # "（一）一般公共服务支出…554.19万元（其中…），总体较2015年决算数增加40.29万元": the 554.19's change
    a = ask("一般公共服务支出比上年增加了多少？", scope={"doc": "classes.txt"})
    assert (a.kind, a.value) == ("figure", D("40.29"))
    # 2015 = 554.19 − 40.29 = 513.90
    a = ask("2015年一般公共服务花了多少钱？", scope={"doc": "classes.txt"})
    assert (a.kind, a.value) == ("derived", D("513.90"))
    # the total's own change stays its own
    a = ask("公共财政拨款支出比上年增加了多少？", scope={"doc": "classes.txt"})
    assert (a.kind, a.value) == ("figure", D("129.07"))


SUPERVISION = ("某卫生监督所2016年预算说明\n四、预算收支总体情况\n2016年, 某卫生监督所收入预算为357.68万元，其中：一般公共预算拨款"
               "357.68万元。相应安排支出预算357.68万元，其中：人员支出272.98万元，公用支出30.70万元，项目支出54万元。\n")
SUPERVISION_OPEN = SUPERVISION.replace("公用支出30.70万元，", "公用支出20.70万元，")


def test_basic_spending_from_a_closed_list_of_parts(ask_pages):
    ask = ask_pages({"jds.txt": SUPERVISION, "open.txt": SUPERVISION_OPEN})
    # 357.68 = 272.98 + 30.70 + 54: 基本支出 = 272.98 + 30.70 = 303.68
    a = ask("2016年卫生监督所的基本支出预算合计是多少？", scope={"doc": "jds.txt"})
    assert (a.kind, a.value) == ("derived", D("303.68"))
    # 272.98 + 20.70 + 54 = 347.68 ≠ 357.68: something is not listed, so no 基本支出
    a = ask("基本支出是多少？", scope={"doc": "open.txt"})
    assert a.kind == "none"



TWO_OTHERS = ("某乡2016年部门决算\n五、公共财政拨款支出决算情况\n（九）其他支出（科目编码229）66万元（其中按照项级科目统计，"
              "科目编码2299901-其他支出的金额为66万元），较2015年决算数减少104.45万元，下降61.3%。\n"
              "六、政府性基金支出决算情况\n（一）其他支出（项级科目）22万元，较2015年决算数增加16万元。\n")


def test_a_change_asked_inside_a_section_named_as_its_container(ask_pages):
    ask = ask_pages({"others.txt": TWO_OTHERS})
    # "公共财政拨款支出中的其他支出": the 其他支出 under the section 五、公共财政拨款支出决算情况
    a = ask("公共财政拨款支出中的其他支出（科目编码229）比2015年决算数变化了多少？", scope={"doc": "others.txt"})
    assert (a.kind, a.value) == ("figure", D("-104.45"))
    a = ask("公共财政拨款支出中的其他支出比2015年下降了百分之几？", scope={"doc": "others.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("-61.3"), "%")
    a = ask("政府性基金支出中的其他支出比上年增加了多少？", scope={"doc": "others.txt"})
    assert (a.kind, a.value) == ("figure", D("16"))


PLANNING = ("上海市普陀区规划和自然资源局2024年部门决算\n七、财政拨款“三公”经费支出决算情况说明\n"
            "2024年度公务接待费支出决算为0.35万元，比2023年度减少0.15万元。\n")
FINANCE = "上海市普陀区财政局2024年部门决算\n七、财政拨款“三公”经费支出决算情况说明\n2024年度公务接待费支出决算为0.12万元。\n"


def test_a_unit_named_as_before_its_renaming(ask_pages):
    ask = ask_pages({"ghzy.txt": PLANNING, "czj.txt": FINANCE})
    # 规土局: the 规划和国土资源局 of before, now 规划和自然资源局
    a = ask("普陀区规土局2024年招待客人的钱比上一年少花了多少？")
    assert (a.kind, a.value) == ("figure", D("0.15"))
    a = ask("普陀区规土局2024年公务接待费是多少？")
    assert (a.kind, a.value) == ("figure", D("0.35"))


SANGONG_FORM = ("2014年“三公”经费公共财政拨款支出决算批复表\n当前位置：首页 2014年“三公”经费公共财政拨款支出决算批复表 部门（单位）：某局 项 目 “三公”经费公共财政拨款支出合计 因公出国（境）费 "
                "公务用车购置及运行维护费小计 公务接待费 支出功能分类科目编码 科目名称 公务用车购置费 公务用车运行维护费 类款项 "
                "合计 4.90 3.19 3.19 1.71 213 农林水支出 4.90 3.19 3.19 1.71 21303 水利 4.90 3.19 3.19 1.71 "
                "2130301 行政运行 3.78 3.14 3.14 0.64 "
                "2130304 水利行业业务管理 1.12 0.05 0.05 1.07 来源：某地 附件下载\n")


def test_a_share_inside_a_whole_named_first_is_of_that_column(ask_pages):
    ask = ask_pages({"form.txt": SANGONG_FORM})
    # "公务接待费中，水利行业业务管理占": its row's 公务接待费 1.07 of the 合计 row's 1.71 → 62.57%,
    # never its row's “三公” total 1.12 (65.50%)
    a = ask("公务接待费中，水利行业业务管理科目占百分之多少？", scope={"doc": "form.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("62.57"), "%")
    # the row's own total of the whole 三公经费: 3.78 ÷ 4.90 = 77.14%
    a = ask("行政运行占三公经费合计的百分之几？", scope={"doc": "form.txt"})
    assert (a.kind, a.value, a.unit) == ("derived", D("77.14"), "%")


TROUPE = ("某剧团2017年预算\n二、基本支出\n预算内在职人员养老保险按照工资总额的10%定额补助编制,计8.16万元；"
          "预算内在职人员医疗保险按照工资总额的4%定额补助编制,计3.26万元。\n")
SANITATION = ("某所2014年部门决算批复\n（二）政府性基金预算财政拨款年初结转结余0.50万元，本年收入万元，本年支出万元，"
              "年末政府性基金预算拨款结转结余0.50万元。\n")


def test_a_plain_percent_is_a_stated_rate_not_a_growth(ask_pages):
    ask = ask_pages({"troupe.txt": TROUPE})
    # "按照工资总额的4%": asked with 百分之几 and no word of change
    a = ask("预算内在职人员医疗保险按照工资总额的百分之几定额补助编制？", scope={"doc": "troupe.txt"})
    assert (a.kind, a.value, a.unit) == ("figure", D("4"), "%")
    # with a word of change it is a growth, which the page does not state
    a = ask("医疗保险比上年增长了百分之几？", scope={"doc": "troupe.txt"})
    assert a.kind == "none"


def test_money_left_at_the_years_end_in_everyday_words(ask_pages):
    ask = ask_pages({"hws.txt": SANITATION})
    a = ask("政府性基金的钱到年底还结余多少没花？", scope={"doc": "hws.txt"})
    assert (a.kind, a.value) == ("figure", D("0.50"))


STREET = ("某街道办事处2023年部门预算\n三、财政拨款支出预算情况\n18. “社会保障和就业支出（类）就业补助（款）公益性岗位补贴（项）”635.10万元，"
          "主要用于公益性岗位补贴。2022年当年预算执行数为667.32万元，2023年预算安排635.10万元，比2022年预算执行数减少4.83%。\n"
          "19. “商业服务业等支出（类）其他商业服务业等支出（款)其他商业服务业等支出（项）”3136.40万元，主要用于标准化菜场及副食品行业管理。\n")


def test_this_year_against_last_years_execution_in_everyday_words(ask_pages):
    ask = ask_pages({"street.txt": STREET})
    # 2022 执行数 667.32 − 2023 预算 635.10 = 32.22, asked as the size of the fall
    a = ask("公益性岗位补贴今年比去年实际执行的少了多少钱？", scope={"doc": "street.txt"})
    assert (a.kind, a.value) == ("derived", D("32.22"))


def test_money_named_by_its_use_under_a_level_path(ask_pages):
    ask = ask_pages({"street.txt": STREET})
    # the 项 "其他商业服务业等支出" is named by what it is used for
    a = ask("管标准化菜场和副食品行业的钱安排了多少？", scope={"doc": "street.txt"})
    assert (a.kind, a.value) == ("figure", D("3136.40"))


COURT = ("某法院2015年部门决算\n一、收入支出决算总体情况\n2015年度本年支出1928.05万元。\n七、“三公”经费支出决算情况\n"
         "公务用车运行费47.92万元，主要用于公务用车燃油、维修、保险等方面支出，年末公务用车保有量15辆。\n")


def test_examples_with_nothing_named_after_them_are_what_is_asked(ask_pages):
    ask = ask_pages({"court.txt": COURT})
    # "公车的油费、维修、保险这些": the examples are the item — never the year's whole spending (1928.05)
    a = ask("法院公车的油费、维修、保险这些一年花了多少钱？", scope={"doc": "court.txt"})
    assert a.kind == "none" or a.value == D("47.92")
    a = ask("公车的油费一年花了多少钱？", scope={"doc": "court.txt"})
    assert (a.kind, a.value) == ("figure", D("47.92"))


TOWNSHIP = ("某乡2014年部门决算\n二、支出决算情况\n2014年度支出699.68万元，其中，工资福利支出310.28万元，商品和服务支出120.51万元。\n")


def test_the_whole_staff_as_recipients_narrows_nothing(ask_pages):
    ask = ask_pages({"township.txt": TOWNSHIP})
    # 给干部职工发工资福利: the staff as a whole, so the 工资福利支出 of the page
    a = ask("某乡2014年给干部职工发工资福利一共花了多少钱？", scope={"doc": "township.txt"})
    assert (a.kind, a.value) == ("figure", D("310.28"))


RECEPTION = ("某局2024年部门决算\n七、财政拨款“三公”经费支出决算情况说明\n3、公务接待费支出\n国内公务接待支出0.39万元。"
             "主要用于接待上级部门及外省市单位调研学习及考察，列明公务接待2批次、26人次。\n")


def test_whom_the_hospitality_received_is_its_use(ask_pages):
    ask = ask_pages({"reception.txt": RECEPTION})
    a = ask("他们请客（公务接待）花的0.39万元是接待谁的？", scope={"doc": "reception.txt"})
    assert a.kind == "passage" and "接待上级部门及外省市单位" in a.answer
    # the count stays a count
    a = ask("公务接待了多少人次？", scope={"doc": "reception.txt"})
    assert (a.kind, a.value) == ("figure", D("26"))


ABROAD = ("某局2016年部门预算\n七、“三公”经费支出情况\n因公出国（境）费2016年预算安排12万元，含出境考察经费12万元。\n")


def test_a_short_bracket_of_the_name_stays_beside_an_explaining_one(ask_pages):
    ask = ask_pages({"abroad.txt": ABROAD})
    # "（境）" is part of the name 因公出国（境）费; only "（含出境考察经费）" explains
    a = ask("因公出国（境）费（含出境考察经费）预算是多少？", scope={"doc": "abroad.txt"})
    assert (a.kind, a.value) == ("figure", D("12"))
