"""Session 53: rules found by sets written on unseen documents (first run), each in general form.

Expected values are read from the pages' own text, written here as they print."""
from __future__ import annotations

from decimal import Decimal as D

HOSPITAL = ("某区人民医院2023年度部门决算说明\n二、收入决算情况说明\n2023年度本年收入合计57,429.87万元，比上年增加3,321.52万元。"
            "其中：财政拨款收入3,478.62万元，占本年收入的6.06%；事业收入52,364.85万元，占91.18%；其他收入1,586.40万元，占2.76%。"
            "事业收入全部为医疗收入，比上年增加2,739.75万元，主要是门急诊及住院服务量增加。"
            "其他收入主要是银行存款利息收入、进修及实习带教收入、停车场收入等。\n")


def test_a_change_in_a_sentence_opening_with_an_item_said_to_be_all_of_something_is_that_items(page_doc):
    # "事业收入全部为医疗收入，比上年增加2,739.75万元": 事业收入's change, never the 其他收入 stated last
    doc = page_doc("yy-2023-final.txt", HOSPITAL, 2023, "决算")
    by_label = {f.label: f for f in doc.figures if f.role == "amount"}
    assert by_label["事业收入"].change == D("2739.75")
    assert by_label["其他收入"].change is None


FUND = ("某区城市管理局2024年部门预算说明\n（四）政府性基金预算拨款支出\n2024年本部门政府性基金预算拨款支出800.00万元，"
        "全部为城乡社区支出（类）国有土地使用权出让收入安排的支出（款）城市建设支出（项），用于背街小巷提质改造500.00万元和"
        "垃圾中转站提质改造300.00万元。比上年减少400.00万元，下降33.33%，主要原因是上年集中实施的提质改造工程已基本完工。\n")


def test_a_change_after_a_sentence_listing_the_uses_amounts_is_the_heads(ask_pages):
    ask = ask_pages({"cg-2024-budget.txt": FUND})
    answer = ask("2024年政府性基金预算拨款支出比上年减少了多少？", scope={"doc": "cg-2024-budget.txt"})
    assert answer.value == D("-400.00"), answer.answer


STAFF = ("某市某区农业农村局2024年部门预算\n二、部门预算单位构成及人员情况\n截至2023年底，本部门核定编制98名，其中行政编制30名、"
         "事业编制68名；实有在职人员91人。\n纳入本部门2024年部门预算编制范围的单位共3家，具体包括：序号 单位名称 单位性质 "
         "编制数（名） 在职人数（人） 1 某区农业农村局（本级） 行政单位 30 28 2 某区农业技术推广中心 公益一类事业单位 38 35 "
         "3 某区动物疫病预防控制中心 公益一类事业单位 30 28 合计 98 91\n")


def test_a_staff_header_wrapped_over_two_lines_is_no_row(ask_pages):
    # "编制数（名）" read as the column 编制数, then "（名） 在职人数（人）1" (the 序号 1): no row, no count of 1
    ask = ask_pages({"nyj-2024-budget.txt": STAFF})
    for question in ("核定编制多少名？", "编制数是多少？"):
        assert ask(question, scope={"doc": "nyj-2024-budget.txt"}).value == 98, question
    assert ask("农业农村局一共有多少个编制？", scope={"doc": "nyj-2024-budget.txt"}).value in (None, 98)


SCHOOL = ("某区实验小学2024年单位预算说明\n二、收入预算情况\n2024年一般公共预算拨款收入3,987.60万元，比上年增加144.85万元，增长3.77%。\n"
          "三、支出预算情况\n项目支出429.00万元，比上年增加20.90万元，增长5.12%，主要原因是课后服务经费增加。\n")


def test_a_keyword_query_of_a_change_asks_the_change_never_last_years_amount(ask_pages):
    ask = ask_pages({"xx-2024-budget.txt": SCHOOL})
    scope = {"doc": "xx-2024-budget.txt"}
    assert ask("一般公共预算拨款收入比上年增加", scope=scope).value == D("144.85")
    assert ask("项目支出增长", scope=scope).value == D("5.12")


EDUCATION = ("某区教育局2024年部门预算说明\n（三）一般公共预算当年拨款具体使用情况\n"
             "7．教育支出（类）普通教育（款）高中教育（项）支出6323.66万元，与上年相比减少188.64万元，下降2.90%。"
             "主要原因是上年安排的高中校舍维修改造项目已完成，本年不再安排。\n"
             "8．教育支出（类）职业教育（款）中等职业教育（项）支出1842.20万元，与上年相比增加46.56万元，增长2.59%。"
             "主要原因是人员经费正常增长及中职学生资助人数增加。\n")


def test_a_reason_sentence_about_another_item_never_answers_why_a_whole_rose(ask_pages):
    # the 人员经费 inside the 中职 reason is no subject: 项目支出's rise has no stated reason here
    ask = ask_pages({"jy-2024-budget.txt": EDUCATION})
    answer = ask("为什么项目支出增加了？", scope={"doc": "jy-2024-budget.txt"})
    assert answer.kind == "none", answer.answer
    answer = ask("中等职业教育为什么增加了？", scope={"doc": "jy-2024-budget.txt"})
    assert "中职学生资助人数增加" in answer.answer


NOTICE = ("平原镇2018年6月份三公经费公示\n经统计，平原镇2018年6月份三公经费支出情况如下： 项目 本月支出数（元） 合计 6563.1 "
          "1、因公出国（境）费用 0 2、公务接待费 0 3、公务用车费 6563.1 其中：（1）公务用车运行维护费 6563.1 （2）公务用车购置费 0 "
          "注：闽K198KA车保险费2403.4元、闽K229KA保险费4159.7元。\n")


def test_two_sides_of_an_item_named_before_the_comma_are_compared(ask_pages):
    ask = ask_pages({"pingyuan-2018-06.txt": NOTICE})
    answer = ask("两辆公车的保险费，闽K229KA比闽K198KA多交了多少？", scope={"doc": "pingyuan-2018-06.txt"})
    assert answer.value == D("1756.30"), answer.answer


TROUPE = ("某县闽剧团2017年预算编制说明\n一、单位人员\n现有在职在编人员34名。\n二、基本支出\n"
          "1、按照2016区财政支出预算编制定额标准,按34人每人年按2.4万元标准,计81.6万元/年。\n"
          "2、预算内在职人员养老保险按照工资总额的10%定额补助编制,计8.16万元。\n")


def test_how_an_amount_was_computed_is_answered_by_the_sentence_stating_it(ask_pages):
    ask = ask_pages({"mjt-2017-budget.txt": TROUPE})
    answer = ask("闽剧团那81.6万是怎么算出来的？", scope={"doc": "mjt-2017-budget.txt"})
    assert "每人年按2.4万元" in answer.answer, answer.answer


DEPARTMENT = ("某区商务局2024年部门预算说明\n十、其他重要事项的情况说明\n（三）国有资产占有使用情况\n截至2023年12月31日，"
              "某区商务局共有车辆2辆，其中：机要通信用车1辆、应急保障用车1辆。\n"
              "（四）“三公”经费\n公务接待费2.00万元，主要用于接待上级部门检查指导工作。\n"
              "人员经费3449.12万元，公用经费436.99万元。基金预算支出32000万元。\n"
              "（共19人。其中：在职人员9人，临聘人员10人。）\n")


def test_everyday_names_of_cars_guests_wages_funds_and_temporary_staff(ask_pages):
    ask = ask_pages({"sw-2024-budget.txt": DEPARTMENT})
    scope = {"doc": "sw-2024-budget.txt"}
    for question, value in (("商务局现在有几辆公家的车？", 2), ("有几辆公家的车？", 2),
                            ("给来办事的客人接待吃饭之类准备了多少钱？", D("2.00")),
                            ("给工作人员发工资这类开销预算了多少钱？", D("3449.12")),
                            ("今年从基金里安排要花的钱有多少？", D("32000")),
                            ("里面有几个是临时聘请的工作人员？", 10)):
        assert ask(question, scope=scope).value == value, question


BALANCES = ("某局2014年部门决算\n2014年年初结转结余5,602.63万元，本年收入12,000.00万元，本年支出12,578.61万元，"
            "年末结转结余5,024.02万元。\n")


def test_money_left_at_the_start_of_the_year_is_the_opening_balance(ask_pages):
    ask = ask_pages({"syj-2014-final.txt": BALANCES})
    scope = {"doc": "syj-2014-final.txt"}
    for question in ("2014年开年的时候手上还留着多少没花完的钱？", "2014年年初还有多少没花完的钱？"):
        assert ask(question, scope=scope).value == D("5602.63"), question
    assert ask("年底还剩多少没花完的钱", scope=scope).value == D("5024.02")


STREET = ("某区某街道办事处2024年部门预算说明\n三、支出预算情况\n2024年支出预算1,041.38万元，其中：基本支出742.38万元，"
          "包括人员经费630.84万元、公用经费111.54万元；项目支出299.00万元。\n"
          "（二）一般公共预算主要项目支出说明\n1．其他城乡社区管理事务支出（2120199）156.00万元，主要用于7个社区的办公经费、"
          "社区服务活动经费和63名社区工作者的基本报酬、绩效补贴及社会保险补助等。\n"
          "5．老年福利（2081002）8.50万元，主要用于辖区80周岁以上老年人高龄补贴发放及敬老活动；临时救助支出（2082001）5.00万元，"
          "主要用于辖区困难群众临时救助。\n"
          "四、部门预算单位构成\n单位名称 经费性质 人员编制数 在职人数 区街道办事处 财政拨款 40 38 "
          "区社区服务中心 财政拨款 10 8 区综合执法队 财政拨款 12 11\n")


def test_words_of_whom_or_whose_offices_are_never_dropped_into_a_wrong_amount(ask_pages):
    ask = ask_pages({"jd-2024-budget.txt": STREET})
    scope = {"doc": "jd-2024-budget.txt"}
    # the communities' offices are no 公用经费 of the office itself; 老年人 narrows 补贴 (never 津贴补贴)
    for question in ("2024年用来发社区工作者报酬、维持社区办公的钱有多少？",
                     "2024年给老年人补贴和困难群众临时救助的钱加起来有多少？"):
        assert ask(question, scope=scope).value in (None, D("156.00"), D("13.50")), question
    assert ask("日常办公的开销预算有多少？", scope=scope).value == D("111.54")
    # a list closed by its own sum word before the comma is summed (38 + 8 + 11)
    answer = ask("区街道办事处和下面的区社区服务中心、区综合执法队加起来，实际一共有多少在职人员？", scope=scope)
    assert answer.value == 57, answer.answer


EDU_BUREAU = ("某区教育体育局2024年部门预算说明\n七、政府采购预算情况\n2024年本部门政府采购预算3,265.80万元，其中：货物采购1,865.80万元，"
              "主要用于中小学课桌椅、实验室设备采购；工程采购980.00万元，主要用于中小学校舍维修改造；服务采购420.00万元，"
              "主要用于学校物业、安保及食堂托管服务。\n八、国有资产占用情况\n截至2023年12月31日，本部门共有车辆5辆，"
              "其中：一般公务用车2辆、其他用车3辆。\n九、单位情况\n2023学年共有教学班48个，比上学年增加2个教学班。"
              "收支预算增加的主要原因：一是2023学年新增2个教学班，相应增加教师及公用经费。\n"
              "十、一般公共预算支出情况\n教育支出（类）进修及培训（款）教师进修（项）支出478.30万元，与上年相比增加13.10万元。\n")


def test_a_kind_or_one_use_asked_is_never_answered_with_the_whole(ask_pages):
    ask = ask_pages({"jt-2024-budget.txt": EDU_BUREAU})
    scope = {"doc": "jt-2024-budget.txt"}
    assert ask("一般公务用车有几辆？", scope=scope).value == 2
    assert ask("一共有几辆车？", scope=scope).value == 5
    # 420.00 is the amount of three uses together: never the 食堂托管 one's
    assert ask("学校食堂托管服务采购花了多少钱？", scope=scope).value is None
    assert ask("政府采购预算中服务类采购占采购总额的比例是多少？", scope=scope).value == D("12.86")
    # "新增2个教学班" counts the classes added, never the classes there are
    assert ask("有多少个教学班？", scope=scope).value == 48
    answer = ask("教育支出（类）进修及培训（款）教师进修（项）2024年一般公共预算支出是多少？", scope=scope)
    assert answer.value == D("478.30"), answer.answer


RELIEF = ("某区民政局2024年部门预算说明\n九、部门项目支出情况\n1.城乡居民最低生活保障资金1,540.00万元，主要用于保障全区城乡低保对象基本生活。\n"
          "十、一般公共预算支出情况\n8.城市最低生活保障金支出（项）1,120.00万元，比上年增加64.00万元。"
          "9.农村最低生活保障金支出（项）420.00万元，比上年增加20.00万元。\n"
          "基本支出857.34万元，比上年增加44.74万元，主要原因是人员调资。\n")


def test_everyday_words_of_town_and_country_and_a_premise_before_the_year_asked(ask_pages):
    ask = ask_pages({"mz-2024-budget.txt": RELIEF})
    scope = {"doc": "mz-2024-budget.txt"}
    assert ask("2024年给城里的低保户安排了多少钱？", scope=scope).value == D("1120.00")
    assert ask("给农村低保户安排了多少钱？", scope=scope).value == D("420.00")
    # "比去年多了，去年是多少": last year's amount (857.34 − 44.74), never the change
    assert ask("基本支出比去年多了，去年是多少？", scope=scope).value == D("812.60")


MCH = """<html><body><h1>某区妇幼保健院2023年度单位决算</h1>
<h2>二、收入决算情况说明</h2>
<p>2023年度本年收入合计5,767.60万元，其中：财政拨款收入1,286.40万元，占本年收入合计的22.30%；事业收入4,418.85万元，
占本年收入合计的76.62%；其他收入62.35万元。</p>
<h2>第五部分 2023年度单位决算公开表</h2>
<p>财政拨款收入支出决算总表</p><p>单位：万元</p>
<table>
<tr><td>收入</td><td></td><td>支出</td><td></td></tr>
<tr><td>项目</td><td>决算数</td><td>项目</td><td>决算数</td></tr>
<tr><td>一、一般公共预算财政拨款</td><td>1,286.40</td><td>卫生健康支出</td><td>1,300.12</td></tr>
<tr><td>本年收入合计</td><td>1,286.40</td><td>本年支出合计</td><td>1,300.12</td></tr>
<tr><td>年初财政拨款结转和结余</td><td>68.25</td><td>年末财政拨款结转和结余</td><td>54.53</td></tr>
<tr><td>总计</td><td>1,354.65</td><td>总计</td><td>1,354.65</td></tr>
</table></body></html>"""


def test_a_share_of_the_income_asked_plainly_is_of_all_income_never_a_fund_tables_total(ask_pages):
    ask = ask_pages({"fy-2023-final.html": MCH})
    answer = ask("妇幼保健院的收入里，财政给的钱占多大比例？", scope={"doc": "fy-2023-final.html"})
    assert answer.value == D("22.30"), answer.answer


CDC = ("某区疾病预防控制中心2023年度单位决算说明\n一、收入支出决算总体情况说明\n2023年度收入总计1,397.07万元，支出总计1,397.07万元。\n"
       "二、收入决算情况说明\n2023年度本年收入合计1,340.87万元，其中：财政拨款收入1,295.19万元；事业收入42.18万元，"
       "主要为预防性健康体检收入；其他收入3.50万元。\n")


def test_a_part_of_the_years_income_is_a_share_of_the_years_total_not_of_the_total_with_carry_overs(ask_pages):
    ask = ask_pages({"cdc-2023-final.txt": CDC})
    answer = ask("收入里面事业收入占百分之几", scope={"doc": "cdc-2023-final.txt"})
    assert answer.value == D("3.15"), answer.answer      # 42.18 ÷ 1,340.87
