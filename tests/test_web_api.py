"""The web app over HTTP (gradio_client, httpx) and its pieces (batch CSV, tables, rendering,
session guard, staff desk handlers) on an index of the built-in sample document.

Expected figures are read from the sample (demo_corpus/cq-jiangjin-zwfw-2023-unit-budget.txt):
"2023年“三公”经费预算1.0万元" and "基本支出263.22万元，比2022年增加88.03万元".
"""
from __future__ import annotations

import csv
import shutil
import threading
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from assistant.answer import KINDS, Answer, Citation
from corpus.models import Document, Figure, Span
from corpus.errors import InputError
from corpus.settings import DEMO_CORPUS
from assistant.web import batch, tables
from assistant.web.app import BackgroundServer, build_app
from assistant.web.auth import hash_password
from assistant.web.public import BadQuestion, PublicPage, scope_of
from assistant.web.render import answer_markdown
from assistant.web.services import Services
from assistant.web.staff import StaffDesk

SAMPLE_DOC = "cq-jiangjin-zwfw-2023-unit-budget.txt"
CONTRACT = {"id", "question", "kind", "answer", "value", "unit", "formula", "citations"}
CITATION_KEYS = {"doc", "unit", "year", "section", "page", "text"}
PASSWORD = "staff-pw-2023"


@pytest.fixture(scope="module")
def server(demo_index):
    srv = BackgroundServer(build_app(demo_index, users={"alice": hash_password(PASSWORD)})).start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def client(server):
    from gradio_client import Client

    return Client(server.url + "/", verbose=False)


# --------------------------------------------------------------------------- public API
def test_ask_returns_the_answer_contract(client):
    data = client.predict("2023年三公经费预算是多少？", api_name="/ask")
    assert set(data) == CONTRACT
    assert data["kind"] in KINDS
    assert data["question"] == "2023年三公经费预算是多少？"
    for c in data["citations"]:
        assert set(c) == CITATION_KEYS


def test_ask_answers_the_sample_with_its_source(client):
    data = client.predict("2023年三公经费预算是多少？", api_name="/ask")
    assert data["kind"] == "figure"
    assert data["value"] == pytest.approx(1.0) and data["unit"] == "万元"
    first = data["citations"][0]
    assert first["doc"] == SAMPLE_DOC
    assert "三公" in first["text"] and "1.0万元" in first["text"]


def test_ask_takes_a_scope(client):
    data = client.predict("项目支出是多少？", "", "2023", SAMPLE_DOC, api_name="/ask")
    assert set(data) == CONTRACT
    with pytest.raises(Exception, match="年度应为数字"):
        client.predict("项目支出是多少？", "", "去年", "", api_name="/ask")


def test_overlong_question_is_refused_with_a_message(client):
    with pytest.raises(Exception, match="问题太长"):
        client.predict("三公经费" * 2500, api_name="/ask")
    # the server keeps serving
    assert set(client.predict("联系电话是多少？", api_name="/ask")) == CONTRACT


def test_public_app_exposes_only_ask(server):
    info = httpx.get(server.url + "/gradio_api/info").json()
    assert list(info["named_endpoints"]) == ["/ask"]
    assert not info.get("unnamed_endpoints")


def test_routes_outside_the_queue_are_closed(server, client):
    for route in ("/gradio_api/run/ask", "/gradio_api/api/ask"):
        r = httpx.post(server.url + route, json={"data": ["三公经费是多少？"]})
        assert r.status_code == 404 and "queue" in r.json()["detail"], route
    assert set(client.predict("联系电话是多少？", api_name="/ask")) == CONTRACT     # the queue still answers


def test_public_app_has_no_uploads_or_files(server):
    r = httpx.post(server.url + "/gradio_api/upload", files={"files": ("a.csv", b"question\nx\n")})
    assert r.status_code == 404
    assert httpx.get(server.url + "/gradio_api/file=/etc/passwd").status_code == 404


# --------------------------------------------------------------------------- staff login
def test_staff_desk_requires_login(server):
    assert httpx.get(server.url + "/staff/config").status_code == 401
    assert httpx.get(server.url + "/staff/gradio_api/info").status_code == 401
    r = httpx.post(server.url + "/staff/gradio_api/queue/join", json={"data": [], "fn_index": 0})
    assert r.status_code == 401


def test_staff_login_gives_no_hint(server):
    wrong_pw = httpx.post(server.url + "/staff/login", data={"username": "alice", "password": "nope"})
    wrong_user = httpx.post(server.url + "/staff/login", data={"username": "bob", "password": PASSWORD})
    assert wrong_pw.status_code == wrong_user.status_code == 400
    assert wrong_pw.json() == wrong_user.json()
    with httpx.Client(base_url=server.url) as s:
        assert s.post("/staff/login", data={"username": "alice", "password": PASSWORD}).status_code == 200
        assert s.get("/staff/config").status_code == 200


def test_a_login_flood_from_one_address_is_cut_off_before_hashing(demo_index, monkeypatch):
    from assistant.web import auth

    hashed = []
    real = auth.verify_password
    monkeypatch.setattr(auth, "verify_password", lambda *a: hashed.append(1) or real(*a))
    srv = BackgroundServer(build_app(demo_index, users={"alice": hash_password(PASSWORD)})).start()
    try:
        codes = [httpx.post(srv.url + "/staff/login", data={"username": "alice", "password": f"guess{i}"}).status_code
                 for i in range(auth.LOGINS_PER_ADDRESS + 5)]
        assert codes[:auth.LOGINS_PER_ADDRESS].count(429) == 0
        assert set(codes[auth.LOGINS_PER_ADDRESS:]) == {429}
        # refused attempts cost no hash: after MAX_FAILURES the name is locked for this address,
        # after LOGINS_PER_ADDRESS the address is refused before the form is even read
        assert len(hashed) == auth.MAX_FAILURES < auth.LOGINS_PER_ADDRESS
        r = httpx.post(srv.url + "/staff/login", data={"username": "alice", "password": PASSWORD})
        assert r.status_code == 429 and "分钟后再试" in r.json()["detail"] and "Retry-After" in r.headers
    finally:
        srv.stop()


def test_staff_desk_disabled_without_users(demo_index):
    srv = BackgroundServer(build_app(demo_index, users={})).start()
    try:
        config = httpx.get(srv.url + "/staff/config").text
        assert "未启用" in config
        assert "批量咨询" not in config
        assert httpx.get(srv.url + "/").status_code == 200
    finally:
        srv.stop()


def test_staff_users_come_from_settings(demo_index, tmp_path):
    from corpus.errors import DisclosureError

    users_file = tmp_path / "users.toml"
    users_file.write_text(f'alice = "{hash_password(PASSWORD)}"\n', encoding="utf-8")
    srv = BackgroundServer(build_app(demo_index.with_(users_file=users_file))).start()
    try:
        assert httpx.get(srv.url + "/staff/config").status_code == 401
        r = httpx.post(srv.url + "/staff/login", data={"username": "alice", "password": PASSWORD})
        assert r.status_code == 200
    finally:
        srv.stop()
    with pytest.raises(DisclosureError, match="工作人员账号配置有误"):
        build_app(demo_index.with_(users_env="alice=plain-password"))


# --------------------------------------------------------------------------- many at once
class _SlowServices:
    """Stands in for Services: ``ask`` blocks until released."""

    def __init__(self, settings):
        self.settings = settings
        self.started = threading.Event()
        self.release = threading.Event()

    def ask(self, question, scope=None, history=None):
        self.started.set()
        self.release.wait(10)
        return Answer(question=question, kind="none", answer="无")


def test_one_question_in_flight_per_session(demo_index):
    services = _SlowServices(demo_index)
    page = PublicPage(services)
    worker = threading.Thread(target=page.ask, args=("第一个问题", {}, [], "session-a"))
    worker.start()
    assert services.started.wait(10)
    with pytest.raises(BadQuestion, match="上一个问题还在回答中"):
        page.ask("第二个问题", {}, [], "session-a")
    services.release.set()                       # another session is not affected
    assert page.ask("别人的问题", {}, [], "session-b").kind == "none"
    worker.join(10)
    assert page.ask("第三个问题", {}, [], "session-a").kind == "none"


def test_json_route_answers_with_the_contract(server):
    r = httpx.post(server.url + "/api/v1/ask", json={"question": "基本支出是多少？", "doc": SAMPLE_DOC}, timeout=60)
    assert r.status_code == 200
    data = r.json()
    assert set(data) == CONTRACT and Decimal(str(data["value"])) == Decimal("263.22") and data["unit"] == "万元"


@pytest.mark.parametrize("body, status", [
    (b"not json", 400), (b"[1, 2]", 400), (b'{"q": "x"}', 400), (b'{"question": ""}', 400),
    ('{"question": "基本支出是多少？", "year": "二〇二三"}'.encode(), 400),
    ('{"question": "基本支出是多少？", "unit": 5}'.encode(), 400),
])
def test_json_route_refuses_bad_input_in_chinese(server, body, status):
    r = httpx.post(server.url + "/api/v1/ask", content=body, headers={"content-type": "application/json"}, timeout=60)
    assert r.status_code == status
    message = r.json()["error"]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message) and "Traceback" not in message


def test_the_gate_refuses_in_chinese_when_too_many_wait():
    from assistant.web.gate import AskGate, QueueFull

    gate = AskGate(concurrency=1, max_waiting=1)
    release, entered = threading.Event(), threading.Event()

    def hold():
        with gate.slot():
            entered.set()
            release.wait(5)

    first = threading.Thread(target=hold)
    first.start()
    entered.wait(5)
    second = threading.Thread(target=lambda: gate.slot().__enter__())   # waits for a turn
    second.daemon = True
    second.start()
    for _ in range(100):
        if gate.waiting == 1:
            break
        threading.Event().wait(0.01)
    with pytest.raises(QueueFull, match="排队已满"):
        with gate.slot():
            pass
    release.set()
    first.join(5)


def test_json_route_gives_429_to_a_client_with_a_question_in_flight(demo_index):
    from fastapi.testclient import TestClient

    app = build_app(demo_index, users={})
    from assistant.web import public as public_mod
    original = public_mod.SessionGuard.enter
    public_mod.SessionGuard.enter = lambda self, key: False     # as if a question were in flight
    try:
        with TestClient(app) as tc:
            r = tc.post("/api/v1/ask", json={"question": "基本支出是多少？"})
    finally:
        public_mod.SessionGuard.enter = original
    assert r.status_code == 429 and "上一个问题还在回答中" in r.json()["error"]


def test_scope_of_pickers():
    assert scope_of("全部单位", "全部年度") == {}
    assert scope_of("某单位", "2023") == {"unit": "某单位", "year": 2023}
    with pytest.raises(BadQuestion):
        scope_of(None, "二〇二三")


# --------------------------------------------------------------------------- rendering
def test_answer_markdown_shows_sources_and_formula_escaped():
    a = Answer(question="q", kind="derived", answer="上年为 175.19 万元", value=Decimal("175.19"), unit="万元",
               formula="263.22 − 88.03 = 175.19",
               citations=[Citation(doc="d.txt", unit="某单位", year=2023, section="单位预算情况说明", page=3,
                                   text="基本支出263.22万元 <script>x</script>")])
    md = answer_markdown(a)
    assert "263.22 − 88.03 = 175.19" in md
    assert "<details" in md and "d.txt" in md and "第3页" in md and "单位预算情况说明" in md
    assert "<script>" not in md and "&lt;script&gt;" in md


# --------------------------------------------------------------------------- batch CSV
def _write(path: Path, text: str, encoding="utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def test_read_inquiries_checks_type_size_and_columns(tmp_path):
    good = _write(tmp_path / "q.csv", "id,问题,年度\n1,三公经费是多少？,2023\n2,,\n3,联系电话？,\n")
    items = batch.read_inquiries(good, 10_000)
    # a blank row keeps its place with its own reply (the staff's sheet and the answers line up)
    assert [i["question"] for i in items] == ["三公经费是多少？", None, "联系电话？"]
    assert "空行" in items[1]["error"]
    assert items[0]["scope"] == {"year": 2023} and items[0]["id"] == "1"
    gbk = _write(tmp_path / "gbk.csv", "question\n三公经费是多少？\n", encoding="gb18030")
    assert batch.read_inquiries(gbk, 10_000)[0]["question"] == "三公经费是多少？"
    with pytest.raises(InputError, match="只接受 .csv"):
        batch.read_inquiries(_write(tmp_path / "q.xlsx", "question\nx\n"), 10_000)
    with pytest.raises(InputError, match="文件过大"):
        batch.read_inquiries(good, 10)
    with pytest.raises(InputError, match="没有问题列") as missing:
        batch.read_inquiries(_write(tmp_path / "cols.csv", "编号,电话\n1,x\n"), 10_000, name="cols.csv")
    assert str(tmp_path) not in str(missing.value)            # the page names the upload, not a server path
    with pytest.raises(InputError, match="没有问题"):
        batch.read_inquiries(_write(tmp_path / "empty.csv", "question,id\n,1\n"), 10_000)
    binary = tmp_path / "bin.csv"
    binary.write_bytes(b"question\n\x00\x01\x02")
    with pytest.raises(InputError, match="不是文本"):
        batch.read_inquiries(binary, 10_000)


def test_answer_rows_keep_going_after_a_bad_row():
    def ask(question, scope):
        if "坏" in question:
            raise RuntimeError("boom")
        return Answer(question=question, kind="figure", answer="1.0万元", value=Decimal("1.0"), unit="万元",
                      citations=[Citation("d.txt", None, 2023, "三公经费", None, "“三公”经费预算1.0万元")])

    items = [{"id": "1", "question": "好", "scope": {"year": 2023}, "error": None},
             {"id": "2", "question": "坏", "scope": {}, "error": None},
             {"id": "3", "question": "长" * 600, "scope": {}, "error": None},
             {"id": "4", "question": None, "scope": {}, "error": "第4行没有 question 字段"}]
    out = batch.answer_rows(items, ask, max_chars=500)
    assert out[0]["value"] == 1 and out[0]["unit"] == "万元" and "d.txt" in out[0]["sources"]
    assert out[0]["scope_year"] == 2023
    assert out[1]["error"] and not out[1]["answer"]
    assert "问题太长" in out[2]["error"]
    assert "question" in out[3]["error"]


# --------------------------------------------------------------------------- tables and chart
def _fig(metric, value, change=None, year=2023):
    span = Span(doc="d.txt", section="单位预算情况说明", page=None, start=0, end=1, text=f"{metric}{value}万元")
    return Figure(doc="d.txt", metric=metric, label=metric, value=Decimal(value), unit="万元", raw=f"{value}万元",
                  span=span, value_wan=Decimal(value), change=None if change is None else Decimal(change), year=year)


def _doc(figures):
    return Document(name="d.txt", path="d.txt", sha256="0", title="t", unit="某单位", year=2023, kind="预算",
                    scope="单位", text="", figures=figures)


def test_chart_of_basic_and_project_expenditure():
    change_only = _fig("基本支出", "88.03", "88.03")        # "主要是基本支出增加88.03万元"
    change_only.basis = "变化"
    doc = _doc([change_only, _fig("基本支出", "263.22", "88.03"), _fig("项目支出", "1122.09"),
                _fig("项目支出", "1122.09", "721.41"), _fig("三公经费", "1.0")])
    frame = tables.chart_frame(doc, "type")
    got = {(r.项目, r.年度): round(r.万元, 2) for r in frame.itertuples()}
    assert got == {("基本支出", "2023年"): 263.22, ("基本支出", "2022年"): 175.19,
                   ("项目支出", "2023年"): 1122.09, ("项目支出", "2022年"): 400.68}


def test_chart_by_function_class_uses_the_lexicon_codes():
    assert tables.function_class_metrics()["一般公共服务支出"] == "201"
    doc = _doc([_fig("一般公共服务支出", "1319.34"), _fig("教育支出", "1.28"), _fig("基本支出", "263.22")])
    frame = tables.chart_frame(doc, "function")
    assert set(frame["项目"]) == {"一般公共服务支出", "教育支出"}
    assert tables.figures_frame(doc.figures).shape == (3, len(tables.FIGURE_COLUMNS))


# --------------------------------------------------------------------------- staff desk handlers
@pytest.fixture(scope="module")
def writable(demo_index, tmp_path_factory):
    """A copy of the demo index and corpus the staff desk may change."""
    root = tmp_path_factory.mktemp("staff")
    shutil.copytree(demo_index.index_dir, root / "index")
    shutil.copytree(DEMO_CORPUS, root / "corpus")
    settings = demo_index.with_(index_dir=root / "index")
    return StaffDesk(Services(settings, root / "corpus")), root


@pytest.fixture
def uploads(monkeypatch, tmp_path):
    """Gradio's upload folder for one test: files written here count as uploaded by the client."""
    folder = tmp_path / "gradio-uploads"
    folder.mkdir()
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(folder))
    return folder


def test_staff_batch_writes_answers_with_sources(writable, uploads):
    desk, _ = writable
    tmp_path = uploads
    upload = _write(tmp_path / "inquiries.csv", "id,question,year\na,2023年三公经费预算是多少？,2023\nb,局长是谁？,\n")
    note, out, preview = desk.run_batch(str(upload))
    assert "共 2 个问题" in note
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["id"] for r in rows] == ["a", "b"]
    assert set(batch.OUTPUT_COLUMNS) <= set(rows[0])
    assert len(preview) == 2


def test_staff_batch_rejects_bad_uploads(writable, uploads):
    import gradio as gr

    desk, _ = writable
    tmp_path = uploads
    with pytest.raises(gr.Error, match="没有问题列"):
        desk.run_batch(str(_write(tmp_path / "bad.csv", "name,phone\nx,1\n")))
    with pytest.raises(gr.Error, match="只接受 .csv"):
        desk.run_batch(str(_write(tmp_path / "notes.txt", "question\nx\n")))


def test_staff_adds_a_document_and_a_bad_file_changes_nothing(writable, uploads):
    desk, root = writable
    tmp_path = uploads
    before = [d["name"] for d in desk.services.documents()]
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really a pdf")
    note, *_ = desk.add_documents([str(bad)])
    assert "❌ broken.pdf" in note
    assert not (root / "corpus" / "broken.pdf").exists()
    assert [d["name"] for d in desk.services.documents()] == before

    new = _write(tmp_path / "extra-2024-unit-budget.txt",
                 "某区某局2024年单位预算情况说明\n单位收支总体情况\n收入预算：2024年年初预算数100.5万元。\n")
    note, *_ = desk.add_documents([str(new)])
    assert "✅ extra-2024-unit-budget.txt" in note
    assert (root / "corpus" / new.name).exists()
    assert sorted(d["name"] for d in desk.services.documents()) == sorted([*before, new.name])


def test_serving_the_sample_reuses_its_index(demo_index, tmp_path):
    from assistant.web.app import prepare_index

    settings = demo_index.with_(index_dir=tmp_path / "index")
    shutil.copytree(demo_index.index_dir, settings.index_dir)
    said = []
    work = prepare_index(settings, DEMO_CORPUS, said.append)
    assert any("沿用" in line for line in said)              # built once, then reused
    assert work == tmp_path / "index-corpus" and (work / SAMPLE_DOC).is_file()
    assert prepare_index(settings, None, said.append) == work


def test_staff_search_and_document_view(writable):
    import gradio as gr

    desk, _ = writable
    note, frame = desk.search("三公经费", "全部", "全部", "全部", "全部", 5)
    assert list(frame.columns)[:2] == ["得分", "文档"]
    head, figs, csv_path, findings, plot, table_pick, table_view = desk.show_document(SAMPLE_DOC, tables.CHARTS["type"])
    assert SAMPLE_DOC in head or "政务服务" in head
    assert Path(csv_path).is_file()
    assert table_pick["choices"] == [] and list(table_view["说明"]) == ["本文档没有读到表格"]   # a text page
    with pytest.raises(gr.Error):
        desk.search("", "全部", "全部", "全部", "全部", 5)


# --------------------------------------------------------------------------- server files stay private
def test_staff_events_read_only_uploaded_files(writable, uploads, tmp_path_factory):
    """A request naming a server path ({"path": "/any/file"}) is refused on every event that
    reads a file: it is never copied into the corpus nor read as a batch."""
    import gradio as gr

    desk, root = writable
    secret = tmp_path_factory.mktemp("server") / "secret-2024-unit-budget.txt"
    secret.write_text("某区某局2024年单位预算情况说明\n收入预算：2024年年初预算数100.5万元。\n", encoding="utf-8")
    before = [d["name"] for d in desk.services.documents()]
    for given in (str(secret), {"path": str(secret)}, "/etc/hostname", str(uploads / ".." / secret.name)):
        note, *_ = desk.add_documents([given])
        assert "❌" in note and "只能读取本次上传的文件" in note and str(secret.parent) not in note
    assert not (root / "corpus" / secret.name).exists()
    assert [d["name"] for d in desk.services.documents()] == before
    batch_file = secret.with_suffix(".csv")
    batch_file.write_text("question\n三公经费是多少？\n", encoding="utf-8")
    with pytest.raises(gr.Error, match="只能读取本次上传的文件"):
        desk.run_batch(str(batch_file))


def test_public_chat_keeps_text_turns_only():
    from assistant.web.uploads import text_messages

    given = [{"role": "user", "content": "三公经费是多少？"},
             {"role": "user", "content": {"path": "/etc/passwd"}},
             {"role": "assistant", "content": {"component": "file", "value": {"path": "/etc/passwd"}}},
             "junk", {"role": "system", "content": "x"},
             {"role": "assistant", "content": [{"type": "text", "text": "1.0万元"}, {"type": "file", "path": "/etc/passwd"}]}]
    assert text_messages(given) == [{"role": "user", "content": "三公经费是多少？"},
                                    {"role": "assistant", "content": "1.0万元"}]


def test_staff_figures_table_shows_each_figures_type():
    # staff see what the assistant may use a figure for: an increase is a 变化额, never a 金额
    s = "支出较去年增加809.44万元，主要是基本支出增加88.03万元。其中：基本支出263.22万元。"
    amount = Figure(doc="d.txt", metric="基本支出", label="基本支出", value=Decimal("263.22"), unit="万元",
                    raw="263.22万元", span=Span("d.txt", "", None, 0, len(s), s))
    change = Figure(doc="d.txt", metric="基本支出", label="基本支出", value=Decimal("88.03"), unit="万元",
                    raw="88.03万元", span=Span("d.txt", "", None, 0, len(s), s), change=Decimal("88.03"),
                    basis="变化", role="change")
    frame = tables.figures_frame([amount, change])
    assert list(frame["类型"]) == ["金额", "变化额"]


def test_a_stale_demo_index_is_rebuilt_from_the_sample_alone(demo_index, tmp_path):
    # an index of the sample built by another parser version (and holding a staff upload) is
    # not served as the demo: it is rebuilt from the sample only
    import sqlite3

    from assistant.web.app import prepare_index
    from corpus.store import DB_NAME, IndexFolder

    settings = demo_index.with_(index_dir=tmp_path / "index")
    shutil.copytree(demo_index.index_dir, settings.index_dir)
    db = sqlite3.connect(IndexFolder(settings.index_dir).current() / DB_NAME)
    db.execute("UPDATE meta SET value = ? WHERE key = 'parser'", ('"an-older-parser"',))
    db.commit()
    db.close()
    said = []
    work = prepare_index(settings, DEMO_CORPUS, said.append)
    assert not any("沿用已建立的索引" in line for line in said)
    assert [d["name"] for d in Services(settings).documents()] == [SAMPLE_DOC]
    assert sorted(p.name for p in work.iterdir()) == [SAMPLE_DOC]
    said.clear()
    prepare_index(settings, DEMO_CORPUS, said.append)
    assert any("沿用已建立的索引" in line for line in said)    # now fresh: reused


def test_switching_unit_is_confirmed_not_warned(demo_index):
    """Choosing another unit mid-conversation adds a plain confirmation, not a warning."""
    page = PublicPage(Services(demo_index))
    unit = page.pickers()[0][0]
    _, messages, history, _ = page.on_unit(unit, [{"role": "user", "content": "基本支出是多少？"}])
    said = messages[-1]["content"]
    assert f"已切换到：{unit}" in said and "⚠️" not in said and "dqa-info" in said
    assert history == []


def test_closest_passages_of_an_unanswered_question_hold_a_word_of_it():
    from assistant.web.public import related
    from corpus.models import Passage
    from index.search import Hit

    def hit(text):
        return Hit(passage=Passage(id=text[:4], doc="x.pdf", section="", page=1, start=0, end=len(text), text=text),
                   score=0.01)
    cover, meetings = hit("某区水务局2024年部门决算"), hit("会议费支出决算2.10万元，主要用于召开防汛工作会议。")
    answer = Answer(question="某区水务局的会议费是多少？", kind="none", answer="无",
                    scope={"q": {"item": "某区水务局会议费"}})
    assert related([cover, meetings], answer) == [meetings]
    assert related([cover], Answer(question="？", kind="none", answer="无")) == []
