"""The staff desk (mounted at "/staff", login required): passage search, a document's figures
(CSV export), consistency findings and expenditure chart, batch inquiries, adding documents.

Every endpoint here is private to the page (no public API names) and sits behind the staff app's
login; the public app never imports this module's handlers.
"""
from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path

import gradio as gr
import pandas as pd

from corpus.errors import DisclosureError
from corpus import lexicon
from . import batch, tables
from .services import Services
from .uploads import uploaded_file

log = logging.getLogger(__name__)

ALL = "全部"
KINDS = [ALL, "预算", "决算", "other"]
DOC_SUFFIXES = [".pdf", ".docx", ".html", ".htm", ".txt"]
SEARCH_COLUMNS = ["得分", "文档", "单位", "年度", "章节", "页码", "类型", "段落"]
PREVIEW_COLUMNS = ["id", "question", "kind", "answer", "value", "unit", "error"]
DOC_COLUMNS = ["文档", "单位", "年度", "类别", "口径", "页数", "段落", "数字", "一致性问题"]


def _opt(value):
    return None if value in (None, "", ALL) else value


def _out_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="dqa-staff-"))


class StaffDesk:
    def __init__(self, services: Services):
        self.services = services

    # ------------------------------------------------------------------ lists
    def documents_frame(self) -> pd.DataFrame:
        rows = [[d["name"], d["unit"] or "", d["year"] or "", d["kind"], d["scope"] or "", d["pages"], d["passages"],
                 d["figures"], d["findings"]] for d in self.services.documents()]
        return pd.DataFrame(rows, columns=DOC_COLUMNS)

    def refresh(self):
        docs = [d["name"] for d in self.services.documents()]
        units = [ALL, *self.services.units()]
        years = [ALL, *map(str, self.services.years())]
        return (gr.update(choices=units, value=ALL), gr.update(choices=years, value=ALL),
                gr.update(choices=[ALL, *docs], value=ALL),
                gr.update(choices=docs, value=docs[0] if docs else None), self.documents_frame())

    # ------------------------------------------------------------------ search
    def search(self, query, unit, year, kind, doc, k):
        query = (query or "").strip()
        if not query:
            raise gr.Error("请输入检索词")
        if len(query) > self.services.settings.max_question_chars:
            raise gr.Error(f"检索词太长（上限 {self.services.settings.max_question_chars} 字）")
        hits = self.services.search(query, k=int(k), unit=_opt(unit), year=int(year) if _opt(year) else None,
                                    kind=_opt(kind), doc=_opt(doc))
        rows = [[round(h.score, 4), h.passage.doc, h.unit or "", h.year or "", h.passage.section, h.passage.page or "",
                 "表格行" if h.passage.kind == "table_row" else "正文", h.passage.text] for h in hits]
        note = f"找到 {len(rows)} 段" if rows else "没有找到符合条件的段落"
        return note, pd.DataFrame(rows, columns=SEARCH_COLUMNS)

    # ------------------------------------------------------------------ one document
    def show_document(self, name, chart):
        if not name:
            raise gr.Error("请先选择文档")
        try:
            doc = self.services.document(name)
        except DisclosureError as exc:
            raise gr.Error(str(exc)) from None
        frame = tables.figures_frame(doc.figures)
        csv_path = _out_dir() / f"{Path(name).stem}-figures.csv"
        frame.to_csv(csv_path, index=False, encoding="utf-8-sig")
        head = (f"**{doc.title or doc.name}** — {doc.unit or '单位未识别'} · {doc.year or '年度未识别'} · {doc.kind}"
                f" · 数字 {len(doc.figures)} 个")
        choices = tables.table_choices(doc)
        first = choices[0] if choices else None
        return (head, frame, str(csv_path), tables.findings_markdown(doc), self.chart(doc, chart),
                gr.update(choices=choices, value=first), tables.table_frame(doc, first))

    def show_table(self, name, label):
        if not name or not label:
            return gr.update()
        return tables.table_frame(self.services.document(name), label)

    def chart(self, doc, chart_label):
        key = next((k for k, v in tables.CHARTS.items() if v == chart_label), "function")
        frame = tables.chart_frame(doc, key)
        return gr.update(value=frame, label=f"{tables.CHARTS[key]}（万元）" + ("" if len(frame) else "：文档中没有这类数字"))

    def redraw(self, name, chart_label):
        if not name:
            return gr.update()
        return self.chart(self.services.document(name), chart_label)

    # ------------------------------------------------------------------ batch inquiries
    def run_batch(self, upload, progress=gr.Progress()):
        if not upload:
            raise gr.Error("请先上传 CSV 文件")
        settings = self.services.settings
        try:
            upload = str(uploaded_file(upload))
            rows = batch.read_inquiries(upload, settings.max_upload_bytes, name=Path(upload).name)
        except DisclosureError as exc:
            raise gr.Error(str(exc)) from None
        started = time.monotonic()
        records = batch.answer_rows(rows, lambda q, scope: self.services.ask(q, scope=scope),
                                    settings.max_question_chars, progress=lambda it: progress.tqdm(it, desc="回答中"))
        out = batch.write_answers(records, _out_dir() / f"{Path(upload).stem}-answers.csv")
        answered = sum(1 for r in records if r["kind"] and r["kind"] not in ("none", "clarify"))
        errors = sum(1 for r in records if r["error"])
        note = (f"共 {len(records)} 个问题：有答案 {answered} 个，无法回答 {len(records) - answered - errors} 个，"
                f"出错 {errors} 个（用时 {time.monotonic() - started:.1f} 秒）")
        preview = pd.DataFrame(records, columns=batch.OUTPUT_COLUMNS)[PREVIEW_COLUMNS]
        return note, str(out), preview

    # ------------------------------------------------------------------ add or replace documents
    def add_documents(self, uploads):
        if not uploads:
            raise gr.Error("请先选择文件")
        lines = []
        for path in uploads if isinstance(uploads, list) else [uploads]:
            name = Path(str(path.get("path", "") if isinstance(path, dict) else path)).name
            try:
                summary = self.services.add_document(str(uploaded_file(path)), name)
                lines.append(f"✅ {name}：已加入，索引已更新。" + " ".join(summary))
            except DisclosureError as exc:
                lines.append(f"❌ {name}：未加入（{exc}），其他文档不受影响。")
            except Exception as exc:
                log.exception("adding %s failed", name)
                lines.append(f"❌ {name}：未加入（{type(exc).__name__}），其他文档不受影响。")
        return ("\n\n".join(lines), *self.refresh())

    # ------------------------------------------------------------------ layout
    def build(self) -> gr.Blocks:
        corpus = self.services.corpus_dir
        with gr.Blocks(title="工作人员台 · 预算公开问答") as desk:
            with gr.Row():
                gr.Markdown("## 工作人员台\n检索段落、查看文档数字与一致性问题、批量回答咨询、增加或替换文档。"
                            "  [公众问答页](/)")
                gr.Button("退出登录", link="/staff/logout", size="sm", variant="secondary", elem_id="logout",
                          scale=0, min_width=100)
            with gr.Tab("检索段落"):
                with gr.Row():
                    q = gr.Textbox(label="检索词", scale=4, elem_id="staff-query")
                    k = gr.Slider(1, 50, value=10, step=1, label="条数", scale=1)
                with gr.Row():
                    unit = gr.Dropdown([ALL], value=ALL, label="单位")
                    year = gr.Dropdown([ALL], value=ALL, label="年度")
                    kind = gr.Dropdown(KINDS, value=ALL, label="类别")
                    doc_filter = gr.Dropdown([ALL], value=ALL, label="文档")
                go = gr.Button("检索", variant="primary")
                note = gr.Markdown()
                hits = gr.Dataframe(headers=SEARCH_COLUMNS, wrap=True, interactive=False,
                                    column_widths=["6%", "15%", "13%", "6%", "16%", "5%", "6%", "33%"])
                for trigger in (go.click, q.submit):
                    trigger(self.search, [q, unit, year, kind, doc_filter, k], [note, hits], api_visibility="private")

            with gr.Tab("文档数字"):
                with gr.Row():
                    doc = gr.Dropdown([], label="文档", scale=4, elem_id="staff-doc")
                    chart_kind = gr.Radio(list(tables.CHARTS.values()), value=tables.CHARTS["type"],
                                          label="图表", scale=2)
                show = gr.Button("查看", variant="primary")
                head = gr.Markdown()
                figs = gr.Dataframe(headers=tables.FIGURE_COLUMNS, wrap=True, interactive=False, label="数字及出处",
                                    elem_id="staff-figures")
                figs_csv = gr.File(label="导出 CSV", interactive=False)
                plot = gr.BarPlot(x="柱", y="万元", color="年度", x_title="项目", sort=None, label="支出（万元）", x_label_angle=-30, height=360)
                gr.Markdown("### 表格")
                table_pick = gr.Dropdown([], label="表格（标题 · 页码）", elem_id="staff-table-pick")
                table_view = gr.Dataframe(tables.table_frame(None, None), wrap=True, interactive=False,
                                          label="表格原样（行 × 列，单位见标题）", elem_id="staff-table")
                gr.Markdown("### 一致性检查")
                findings = gr.Markdown()
                show.click(self.show_document, [doc, chart_kind],
                           [head, figs, figs_csv, findings, plot, table_pick, table_view], api_visibility="private")
                table_pick.input(self.show_table, [doc, table_pick], [table_view], api_visibility="private")
                chart_kind.change(self.redraw, [doc, chart_kind], [plot], api_visibility="private")

            with gr.Tab("批量咨询"):
                cols = lexicon.load("questions").get("batch_columns", {})
                names = lambda key, default: "、".join(f"`{c}`" for c in cols.get(key, [default])[:3])  # noqa: E731
                gr.Markdown(f"上传 CSV（不超过 {self.services.settings.max_upload_bytes // 1024} KB、"
                            f"{batch.MAX_ROWS} 个问题）：表头需有问题列（{names('question', 'question')}），"
                            f"可选编号（{names('id', 'id')}）、单位（{names('unit', 'unit')}）、"
                            f"年度（{names('year', 'year')}）、文档（{names('doc', 'doc')}）列。"
                            "回答后可下载带出处的 CSV。")
                batch_in = gr.File(label="咨询 CSV", file_types=[".csv"], type="filepath", elem_id="batch-upload")
                batch_go = gr.Button("开始回答", variant="primary", elem_id="batch-run")
                batch_note = gr.Markdown(elem_id="batch-note")
                batch_out = gr.File(label="下载回答 CSV", interactive=False)
                batch_preview = gr.Dataframe(headers=PREVIEW_COLUMNS, wrap=True, interactive=False, label="预览",
                                             column_widths=["6%", "22%", "8%", "44%", "8%", "6%", "6%"])
                batch_go.click(self.run_batch, [batch_in], [batch_note, batch_out, batch_preview],
                               api_visibility="private")

            with gr.Tab("文档管理"):
                where = "文件保存到本服务的文档文件夹。" if corpus else "本服务没有可写入的文档文件夹。"
                gr.Markdown(f"上传 PDF、DOCX、HTML 或 TXT 文件以增加文档；同名文件会被替换。{where}"
                            "无法读取的文件会被拒绝，其他文档不受影响。")
                doc_in = gr.File(label="文档", file_types=DOC_SUFFIXES, file_count="multiple", type="filepath",
                                 interactive=corpus is not None)
                doc_go = gr.Button("加入并更新索引", variant="primary", interactive=corpus is not None)
                doc_note = gr.Markdown()
                doc_list = gr.Dataframe(headers=DOC_COLUMNS, interactive=False, label="索引中的文档")
                lists = [unit, year, doc_filter, doc, doc_list]
                # every file leaves the upload box once tried (its result is in the note), so a file
                # that failed is not sent again by the next click
                doc_go.click(self.add_documents, [doc_in], [doc_note, *lists], api_visibility="private",
                             concurrency_limit=1, concurrency_id="documents").then(
                    lambda: None, outputs=[doc_in], api_visibility="private", queue=False)
            desk.load(self.refresh, outputs=lists, api_visibility="private")
        return desk


def disabled_desk() -> gr.Blocks:
    """The desk when no staff users are configured: a notice only, no functions."""
    with gr.Blocks(title="工作人员台（未启用）") as desk:
        gr.Markdown("## 工作人员台未启用\n没有配置工作人员账号。设置环境变量 `DISCLOSURE_QA_USERS` 或 "
                    "`DISCLOSURE_QA_USERS_FILE` 后重新启动服务（见 docs/web.md）。\n\n[返回公众问答页](/)")
    return desk
