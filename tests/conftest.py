"""Shared fixtures. The shared corpus lives at ../shared/corpus relative to the repository root;
tests that need it skip with a clear reason when it is absent (a clone elsewhere). CI has it."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SHARED_CORPUS = SHARED / "corpus"
DEV_SET = SHARED / "eval" / "dev.jsonl"
SAMPLE = REPO / "corpus" / "demo_corpus" / "cq-jiangjin-zwfw-2023-unit-budget.txt"


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    """../shared/corpus, or skip."""
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {SHARED_CORPUS} (a clone outside the workplace)")
    return SHARED_CORPUS


@pytest.fixture(scope="session")
def dev_set() -> Path:
    if not DEV_SET.is_file():
        pytest.skip(f"development question set not found at {DEV_SET}")
    return DEV_SET


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def full_index(shared_corpus, tmp_path_factory):
    """Settings of an index of the whole shared corpus with the default embedder (built once per
    test session; about 2-3 minutes on 2 cores)."""
    from index.pipeline import build
    from corpus.settings import Settings

    settings = Settings(index_dir=tmp_path_factory.mktemp("full-index"))
    build(shared_corpus, settings, log=lambda m: None)
    return settings


@pytest.fixture(scope="session")
def demo_index(tmp_path_factory):
    """Settings of an index of the built-in demo corpus (the sample document) with the default embedder."""
    from index.pipeline import build
    from corpus.settings import DEMO_CORPUS, Settings

    settings = Settings(index_dir=tmp_path_factory.mktemp("demo-index"))
    build(DEMO_CORPUS, settings, log=lambda m: None)
    return settings


@pytest.fixture
def ask_pages(tmp_path):
    """``ask_pages({name: text})`` → the ``ask`` of an Assistant over an index (no embedder) of
    those pages, written to a folder under tmp_path."""
    def make(pages: dict[str, str]):
        from assistant.core import Assistant
        from corpus.settings import Settings
        from index.pipeline import build

        folder = tmp_path / "corpus"
        folder.mkdir()
        for name, text in pages.items():
            (folder / name).write_text(text, encoding="utf-8")
        settings = Settings(index_dir=tmp_path / "index").with_(embedder="none")
        build(folder, settings, log=lambda m: None)
        return Assistant(settings).ask
    return make


@pytest.fixture
def page_doc(tmp_path):
    """``page_doc(name, text, year, kind)`` → the Document parsed from that one page (unit 某镇)."""
    from corpus.build import parse_document

    def make(name: str, text: str, year: int, kind: str, unit: str = "某镇"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return parse_document(path, name, {"year": year, "kind": kind, "unit": unit})
    return make


@pytest.fixture
def ask_rules():
    """``ask_rules(doc, question)`` → the rule layer's Result for that question over ``doc`` (None
    when it answers nothing)."""
    from assistant.question import parse
    from assistant.rules import FigureMatcher, answer_figure

    def ask(doc, text: str):
        return answer_figure(parse(text), doc.year, doc.figures,
                             FigureMatcher(doc.figures, doc.text, doc.sections, doc.kind))
    return ask
