"""The repository's top level is the flow corpus → index → assistant, and imports point one way."""
from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ALLOWED = {"corpus": set(), "index": {"corpus"}, "assistant": {"corpus", "index"}}
TOP_LEVEL = {"corpus", "index", "assistant", "tests", "benchmarks", "docs", "scripts",
             "pyproject.toml", "README.md"}


def imported_packages(path: Path) -> set[str]:
    """Top-level packages of this project that ``path`` imports (absolute imports, and relative
    imports that climb out of the file's own top-level package)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = path.relative_to(REPO).parts[0]
    depth = len(path.relative_to(REPO).parts) - 1          # package levels above the module
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
            elif node.level > depth:
                found.add("<outside>")
            else:
                found.add(own)
    return found & (set(ALLOWED) | {"<outside>"})


def test_imports_point_one_way():
    bad = []
    for package, allowed in ALLOWED.items():
        for path in sorted((REPO / package).rglob("*.py")):
            for other in imported_packages(path) - allowed - {package}:
                bad.append(f"{path.relative_to(REPO)} imports {other}")
    assert bad == []


def test_top_level_holds_only_the_flow():
    names = {p.name for p in REPO.iterdir() if not p.name.startswith(".")}
    stray = {n for n in names - TOP_LEVEL if not n.endswith(".egg-info") and n not in {"var", "build", "dist"}}
    assert stray == set()


def test_each_part_imports_on_its_own():
    import importlib
    for package in ALLOWED:
        assert importlib.import_module(package).__file__.startswith(str(REPO / package))
