"""The pages in headless Chromium (Debian's /usr/bin/chromium driven by Playwright; Playwright
never downloads a browser here). Screenshots go to var/screenshots/ (untracked); set
DISCLOSURE_QA_SCREENSHOTS=docs/screenshots to refresh the ones README shows.

Expected text is read from the sample document: "2023年“三公”经费预算1.0万元".
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.web.app import BackgroundServer, build_app
from assistant.web.auth import hash_password

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(os.environ.get("DISCLOSURE_QA_SCREENSHOTS")
             or Path(__file__).resolve().parents[1] / "var" / "screenshots")
PASSWORD = "desk-pw-2023"
TIMEOUT = 60_000     # ms; the first answer may wait for the embedder to warm up


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium not installed at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright Python package not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM),
                              args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(demo_index):
    srv = BackgroundServer(build_app(demo_index, users={"alice": hash_password(PASSWORD)})).start()
    yield srv
    srv.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 1000}, locale="zh-CN")
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT)
    yield pg
    context.close()


def ask(page, question: str):
    """Type ``question``, send it and return the locator of the newest assistant message."""
    bots = page.locator('#chat [data-testid="bot"]')
    before = bots.count()
    page.fill("#question textarea", question)
    page.click("#ask-button")
    page.wait_for_function(f"document.querySelectorAll('#chat [data-testid=\"bot\"]').length > {before}",
                           timeout=TIMEOUT)
    return bots.nth(before)


def test_public_chat_answers_with_sources(page, server):
    page.goto(server.url + "/")
    page.wait_for_selector("#question textarea")
    reply = ask(page, "2023年三公经费预算是多少？")
    text = reply.inner_text()
    assert "1.0" in text and "万元" in text
    source = reply.locator("details").first
    assert "cq-jiangjin-zwfw-2023-unit-budget.txt" in source.locator("summary").inner_text()
    quote = source.locator("blockquote")
    if not quote.is_visible():
        source.locator("summary").click()
    assert "1.0万元" in quote.inner_text()
    follow = ask(page, "那公务接待费呢？")               # a follow-up keeps the conversation's scope
    assert "万元" in follow.inner_text() or "公务接待费" in follow.inner_text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "public.png"), full_page=True)


def test_on_a_phone_the_page_shows_the_start_of_the_answer(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 700}, locale="zh-CN", is_mobile=True)
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT)
    try:
        pg.goto(server.url + "/")
        pg.wait_for_selector("#question textarea")
        ask(pg, "2023年三公经费预算是多少？")
        reply = ask(pg, "为什么项目支出增加了？")          # a long answer with its sources
        pg.wait_for_timeout(600)
        top = reply.evaluate("el => el.getBoundingClientRect().top")
        assert -8 <= top < 700 * 0.5, top           # the answer's first line is on the screen
        SHOTS.mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(SHOTS / "public-phone.png"))
    finally:
        context.close()


def test_the_page_says_which_unit_follow_ups_go_on_with_and_a_new_conversation_resets(page, server):
    # with the pickers at 全部, a question naming the unit chooses it for the follow-ups: the page says so;
    # 新的对话 empties the chat, the carried unit and the pickers
    page.goto(server.url + "/")
    page.wait_for_selector("#question textarea")
    page.wait_for_function("document.querySelector('#holdings').innerText.includes('可查询')")
    ask(page, "江津区政务服务管理办公室2023年三公经费预算是多少？")
    page.wait_for_function("document.querySelector('#carried-scope').innerText.includes('政务服务管理办公室')")
    assert "2023" in page.inner_text("#carried-scope")
    page.get_by_role("button", name="新的对话").click()
    page.wait_for_function("document.querySelectorAll('#chat [data-testid=\"bot\"]').length === 0")
    page.wait_for_function("!document.querySelector('#carried-scope').innerText.includes('沿用')")
    assert page.input_value("#unit-picker input") == "全部单位"


def test_public_page_refuses_an_overlong_question(page, server):
    page.goto(server.url + "/")
    page.wait_for_selector("#question textarea")
    reply = ask(page, "三公经费" * 2500)
    assert "问题太长" in reply.inner_text()
    assert "1.0" in ask(page, "2023年三公经费预算是多少？").inner_text()     # still serving


def test_public_pickers_list_the_indexed_unit(page, server):
    page.goto(server.url + "/")
    page.wait_for_selector("#question textarea")
    page.click("#unit-picker input")
    options = page.locator("ul[role=listbox] li")
    options.first.wait_for()
    assert any("政务服务管理办公室" in t for t in options.all_inner_texts())


def test_typing_a_unit_name_replaces_all_units_and_filters(page, server):
    # a user clicks the unit box and types part of a name: the text "全部单位" must not stay in front
    page.goto(server.url + "/")
    page.wait_for_selector("#question textarea")
    page.wait_for_function("document.querySelector('#holdings').innerText.includes('可查询')")
    page.click("#unit-picker input")
    page.keyboard.type("政务服务")
    page.keyboard.press("End")      # Playwright inserts Chinese text without keys; an IME ends with a keyup
    assert page.input_value("#unit-picker input") == "政务服务"
    page.wait_for_function("[...document.querySelectorAll('ul[role=listbox] li')]"
                           ".every(li => li.innerText.includes('政务服务'))")
    options = page.locator("ul[role=listbox] li")
    assert "政务服务管理办公室" in options.first.inner_text()


def test_example_buttons_ask_and_the_page_says_what_it_holds(page, server):
    page.goto(server.url + "/")
    page.wait_for_selector("#question textarea")
    page.wait_for_function("document.querySelector('#holdings') && "
                           "document.querySelector('#holdings').innerText.includes('可查询')")
    assert "政务服务管理办公室" in page.inner_text("#holdings")
    bots = page.locator('#chat [data-testid="bot"]')
    page.locator(".example-question").first.click()       # 2023年三公经费预算是多少？
    page.wait_for_function("document.querySelectorAll('#chat [data-testid=\"bot\"]').length > 0", timeout=TIMEOUT)
    assert "1.0" in bots.first.inner_text() and "万元" in bots.first.inner_text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "public-example.png"), full_page=True)


def login(page, server, user="alice", password=PASSWORD):
    page.goto(server.url + "/staff/")
    page.wait_for_selector('input[type="password"]')
    page.locator('input[data-testid="textbox"]').first.fill(user)
    page.fill('input[type="password"]', password)
    page.locator("button.primary").first.click()


def test_staff_login_page_speaks_chinese(page, server):
    # the page context's browser language is zh-CN, as on the staff's machines
    page.goto(server.url + "/staff/")
    page.wait_for_selector('input[type="password"]')
    text = page.locator("body").inner_text()
    assert "工作人员登录" in text and "用户名" in text and "密码" in text and "登录" in text
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "staff-login.png"))


def test_staff_login_rejects_a_wrong_password(page, server):
    login(page, server, password="wrong")
    page.wait_for_timeout(1500)
    assert page.locator('input[type="password"]').is_visible()
    assert page.locator("#batch-run").count() == 0


def test_staff_desk_runs_a_batch(page, server, tmp_path):
    login(page, server)
    page.get_by_role("tab", name="批量咨询").click()
    bad = tmp_path / "contacts.csv"
    bad.write_text("name,phone\nx,1\n", encoding="utf-8")
    page.set_input_files("#batch-upload input[type=file]", str(bad))
    page.wait_for_timeout(1000)
    page.click("#batch-run")
    page.get_by_text("没有问题列").first.wait_for()          # a clear message, nothing runs
    page.reload()                                            # still logged in; a fresh upload box
    page.get_by_role("tab", name="批量咨询").click()
    inquiries = tmp_path / "inquiries.csv"
    inquiries.write_text("id,question,year\n1,2023年三公经费预算是多少？,2023\n2,局长是谁？,\n", encoding="utf-8")
    page.set_input_files("#batch-upload input[type=file]", str(inquiries))
    page.wait_for_timeout(1000)
    page.click("#batch-run")
    page.wait_for_function("document.querySelector('#batch-note')?.innerText.includes('共 2 个问题')",
                           timeout=TIMEOUT)
    assert "共 2 个问题" in page.inner_text("#batch-note")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "staff.png"), full_page=True)


def test_staff_desk_shows_a_documents_figures(page, server):
    login(page, server)
    page.get_by_role("tab", name="文档数字").click()
    page.wait_for_function("document.querySelector('#staff-doc input')?.value")   # documents listed
    page.get_by_role("button", name="查看").click()     # the desk opens on the first document
    page.wait_for_function(                             # 收入预算 2023年年初预算数1385.31万元
        "document.querySelector('#staff-figures')?.innerText.includes('1385.31')", timeout=TIMEOUT)
    page.get_by_text("导出 CSV").first.wait_for()
    page.wait_for_timeout(1500)                          # let the chart draw
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "staff-figures.png"), full_page=True)


def test_staff_desk_logout(page, server):
    login(page, server)
    page.wait_for_selector("#logout")
    page.click("#logout")
    page.wait_for_selector('input[type="password"]')          # back at the login form
    page.goto(server.url + "/staff/")
    page.wait_for_selector('input[type="password"]')          # the session is gone

