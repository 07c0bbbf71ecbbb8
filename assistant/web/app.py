"""The web app: one FastAPI app with two Gradio apps mounted on it.

- ``/``       public chat page (``public.PublicPage``), API endpoint ``/ask``; no uploads, no files.
- ``/staff``  staff desk (``staff.StaffDesk``) behind its own login (users from
  ``Settings.users_file`` / ``Settings.users_env``, see ``auth``); a notice when no users exist.

Queue and concurrency (see docs/web.md): questions run ASK_CONCURRENCY at a time (the answering
work is CPU-bound but its numpy/FAISS parts release the GIL: 4 beat 1 and 2 on 2 cores, more only
adds memory and contention); at most QUEUE_SIZE events wait in
the public queue, beyond that a client gets "queue full" at once instead of an ever longer wait;
each browser session / API client has at most one question in flight (public.SessionGuard).
"""
from __future__ import annotations

import logging
import os
import shutil
import sys
import threading
import time
from pathlib import Path

import gradio as gr
import uvicorn
from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse

from corpus.errors import DisclosureError
from corpus.settings import DEMO_CORPUS, Settings
from .auth import Authenticator, LoginLimiter, UsersError, client_address, load_users
from .gate import AskGate
from .public import PublicPage
from .services import Services, staff_corpus_dir
from .staff import StaffDesk, disabled_desk

log = logging.getLogger(__name__)

ASK_CONCURRENCY = 4         # questions answered at the same time (every way of asking); see docs/web.md
ASK_WAITING = 32            # questions waiting for a turn at most; more are refused at once (in Chinese)
QUEUE_SIZE = 64             # Gradio's own queue of page events (beyond the events running)
# Gradio keeps each browser session's state (the conversation) in memory, 10,000 sessions by
# default: every API call is a new session, so memory grew by ~40 KB per request until then
# (391 → 648 MB over 3 × 60 s of load). The newest sessions are kept; older ones start afresh.
PUBLIC_SESSIONS_KEPT = 1000
STAFF_SESSIONS_KEPT = 100
STAFF_CONCURRENCY = 2
STAFF_MAX_FILE = "50mb"     # document uploads on the staff desk (batch CSVs are checked separately)
CSS = """
.dqa-source summary { white-space: normal; cursor: pointer; }
.dqa-source blockquote { margin: 4px 0 8px 12px; padding-left: 8px; border-left: 3px solid #ccc; white-space: normal; }
.dqa-notice { color: #9a3412; }
.dqa-info { color: #475569; font-style: italic; }
"""
PUBLIC_BLOCKED = ("/gradio_api/upload", "/gradio_api/file=", "/gradio_api/file/", "/upload", "/file=")


def build_app(settings: Settings, services: Services | None = None, corpus_dir: str | Path | None = None,
              users: dict[str, str] | None = None) -> FastAPI:
    """The FastAPI app with the public page at "/" and the staff desk at "/staff".

    ``services``: shared index access (default: a new one on ``settings`` with ``corpus_dir`` as
    the staff upload folder). ``users``: username → password hash (default: from settings).
    Raises DisclosureError if the index cannot be opened or the users configuration is bad.
    """
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    services = services or Services(settings, corpus_dir)
    services.current                                          # open the index now, fail early
    if users is None:
        try:
            users = load_users(settings.users_file, settings.users_env)
        except UsersError as exc:
            raise DisclosureError(f"工作人员账号配置有误：{exc}") from None

    app = FastAPI(title="disclosure-qa", docs_url=None, redoc_url=None, openapi_url=None)

    limiter = LoginLimiter()

    @app.middleware("http")
    async def limit_logins(request, call_next):
        """Login attempts are limited per address and overall before a password is hashed."""
        if request.method == "POST" and request.url.path.rstrip("/").endswith("/staff/login"):
            address = request.client.host if request.client else ""
            wait = limiter.allow(address)
            if wait > 0:
                minutes = max(1, round(wait / 60))
                return JSONResponse({"detail": f"登录尝试过多，已暂时锁定，请约 {minutes} 分钟后再试。"},
                                    status_code=429, headers={"Retry-After": str(int(wait) + 1)})
            client_address.set(address)
        return await call_next(request)

    @app.middleware("http")
    async def public_has_no_files(request, call_next):
        path = request.url.path
        if not path.startswith("/staff") and path.startswith(PUBLIC_BLOCKED):
            return PlainTextResponse("Not Found", status_code=404)
        return await call_next(request)

    @app.get("/staff", include_in_schema=False)
    def staff_slash():
        return RedirectResponse("/staff/")

    @app.get("/healthz")
    def healthz():
        return {"ok": True, "documents": len(services.current.store.document_infos()), "generation": services.generation()}

    if users:
        desk = StaffDesk(services).build()
        desk.queue(default_concurrency_limit=STAFF_CONCURRENCY, max_size=QUEUE_SIZE, api_open=False)
        desk.state_session_capacity = STAFF_SESSIONS_KEPT
        gr.mount_gradio_app(app, desk, path="/staff", auth=Authenticator(users), auth_message="工作人员登录",
                            max_file_size=STAFF_MAX_FILE, footer_links=[], run_history=False, ssr_mode=False)
    else:
        gr.mount_gradio_app(app, disabled_desk(), path="/staff", footer_links=[], run_history=False,
                            ssr_mode=False)

    gate = AskGate(ASK_CONCURRENCY, ASK_WAITING)
    public = PublicPage(services, gate)
    _json_routes(app, public)
    page = public.build()
    # api_open=False: Gradio's direct routes (/gradio_api/run/…, /gradio_api/api/…) refuse queued
    # events, so every question goes through the queue, its limits and the per-client guard. The
    # page's events run up to ASK_CONCURRENCY + ASK_WAITING at once so that the shared gate, not
    # Gradio's queue, decides who waits — and refuses in Chinese when too many do.
    page.queue(default_concurrency_limit=ASK_CONCURRENCY + ASK_WAITING, max_size=QUEUE_SIZE, api_open=False)
    page.state_session_capacity = PUBLIC_SESSIONS_KEPT
    gr.mount_gradio_app(app, page, path="/", footer_links=[], run_history=False, ssr_mode=False,
                        max_file_size=1, css=CSS)
    return app


def _json_routes(app: FastAPI, public: PublicPage) -> None:
    """``POST /api/v1/ask`` — the documented JSON API (docs/web.md): body {"question": str,
    "unit"?: str, "year"?: int | str, "doc"?: str}; 200 with the answer (Answer.to_dict()); 400 bad
    input, 429 this client already has a question in flight, 503 too many waiting (Retry-After),
    500 an internal fault — each {"error": Chinese message}, never internal text. It shares the
    public page's limits (``AskGate``) and per-client guard (keyed by the client address)."""
    from starlette.concurrency import run_in_threadpool

    from .gate import QueueFull
    from .public import ClientBusy, scope_of

    def error(status: int, message: str, **headers) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=status, headers=headers or None)

    @app.post("/api/v1/ask")
    async def api_v1_ask(request: Request):
        try:
            body = await request.json()
        except Exception:  # noqa: BLE001 — any unreadable body is the client's error
            return error(400, '请求体应是 JSON，例如 {"question": "基本支出是多少？"}')
        if not isinstance(body, dict) or not isinstance(body.get("question"), str):
            return error(400, "缺少 question 字段（问题文字）。")
        unit, doc, year = body.get("unit") or "", body.get("doc") or "", body.get("year")
        if not isinstance(unit, str) or not isinstance(doc, str) or isinstance(year, (dict, list, bool)):
            return error(400, "unit 和 doc 应是文字，year 应是年份数字，例如 2023。")
        address = request.client.host if request.client else ""
        try:
            scope = scope_of(unit, year, doc)
            answer = await run_in_threadpool(public.ask, body["question"], scope, [], f"api:{address}")
        except ClientBusy as exc:
            return error(429, str(exc))
        except QueueFull as exc:
            return error(503, str(exc), **{"Retry-After": "5"})
        except DisclosureError as exc:
            return error(400, str(exc))
        except Exception:  # noqa: BLE001 — internals never reach the client
            log.exception("JSON ask failed")
            return error(500, "系统出错，暂时无法回答，请稍后再试。")
        return answer.to_dict()


def prepare_index(settings: Settings, corpus: str | Path | None, log_=print) -> Path | None:
    """Build or update the index before serving; returns the staff upload folder.

    ``corpus`` None: serve the existing index as is. The built-in sample is reused only when its
    index was built by this parser and embedder and holds exactly the sample; otherwise it is
    rebuilt from the sample alone (documents a staff desk added in an earlier session are dropped,
    and the desk's working copy starts again from the sample). Any other folder is (incrementally)
    rebuilt; files that fail are listed and the rest is served.
    """
    from index.pipeline import build

    if corpus is not None and Path(corpus).resolve() == DEMO_CORPUS.resolve():
        if _demo_index_fresh(settings):
            log_(f"沿用已建立的索引 {settings.index_dir}")
            return staff_corpus_dir(settings, None)
        log_(f"正在为内置示例文档建立索引 {settings.index_dir} …")
        shutil.rmtree(Path(str(settings.index_dir).rstrip("/") + "-corpus"), ignore_errors=True)
        build(DEMO_CORPUS, settings, log=log_, allow_removals=True)
        return staff_corpus_dir(settings, corpus)
    if corpus is not None:
        log_(f"正在从 {corpus} 建立/更新索引 {settings.index_dir} …")
        report = build(corpus, settings, log=log_)
        for line in report.summary_lines():
            log_(line)
    return staff_corpus_dir(settings, corpus)


def _demo_index_fresh(settings: Settings) -> bool:
    """Whether the index folder holds the built-in sample, built by this parser and embedder."""
    from corpus.build import PARSER_VERSION
    from corpus.store import CorpusStore

    try:
        store = CorpusStore(settings.index_dir)
    except DisclosureError:
        return False
    try:
        names = {d["name"] for d in store.documents()}
        return (store.meta.get("parser") == PARSER_VERSION and store.meta.get("embedder") == settings.embedder
                and names == {p.name for p in DEMO_CORPUS.iterdir() if p.is_file()})
    finally:
        store.close()


def serve(settings: Settings, corpus: str | Path | None = None, host: str = "127.0.0.1", port: int = 7860) -> None:
    """``disclosure-qa serve``: prepare the index, then serve until interrupted."""
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for name in ("corpus", "index", "assistant"):
        logging.getLogger(name).setLevel(logging.INFO)
    say = lambda m: print(m, file=sys.stderr)  # noqa: E731
    corpus_dir = prepare_index(settings, corpus, say)
    app = build_app(settings, corpus_dir=corpus_dir)
    say(f"公众问答页: http://{host}:{port}/   工作人员台: http://{host}:{port}/staff/")
    uvicorn.run(app, host=host, port=port, log_level="warning")


class BackgroundServer:
    """Run ``app`` with uvicorn in a daemon thread (tests, benchmarks); ``stop()`` ends it."""

    def __init__(self, app: FastAPI, host: str = "127.0.0.1", port: int = 0):
        self.host, self.port = host, port or free_port(host)
        self.server = uvicorn.Server(uvicorn.Config(app, host=self.host, port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 60) -> "BackgroundServer":
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"web server did not start on {self.url}")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def free_port(host: str = "127.0.0.1") -> int:
    import socket

    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]
