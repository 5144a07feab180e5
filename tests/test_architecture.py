"""The layout in docs/architecture.md: every arrow points down, so no module imports
(at module level or lazily) one that imports it back, and the fast path stays light."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "src" / "vaguecheck"


def _module_name(path: Path) -> str:
    rel = path.relative_to(PKG).with_suffix("")
    parts = [p for p in rel.parts if p != "__init__"]
    return ".".join(["vaguecheck", *parts])


def _imports(path: Path) -> set[str]:
    """Every vaguecheck module this file imports, at any depth of the file (lazy imports count:
    a cycle through a function-level import is still a cycle in the design)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in _walk_runtime(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.split(".")
            base = base[: len(base) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else []))
            for alias in node.names:
                full = f"{target}.{alias.name}"
                out.add(full if (PKG / Path(*full.split(".")[1:])).with_suffix(".py").exists() else target)
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("vaguecheck")}
    return {m for m in out if m != name}


def _walk_runtime(tree: ast.AST):
    """ast.walk without the bodies of ``if TYPE_CHECKING:`` (annotations only, never run)."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and getattr(child.test, "id", None) == "TYPE_CHECKING":
                todo.extend(child.orelse)
                continue
            todo.append(child)


GRAPH = {_module_name(p): _imports(p) for p in PKG.rglob("*.py")}


def _reaches(start: str, goal: str) -> bool:
    seen, todo = set(), [start]
    while todo:
        cur = todo.pop()
        for nxt in GRAPH.get(cur, ()):
            if nxt == goal:
                return True
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False


def test_graph_was_read():
    # the parser must see the real arrows, or the cycle test below proves nothing
    assert "vaguecheck.passes.lexical" in GRAPH["vaguecheck.passes"]
    assert "vaguecheck.clarity" in GRAPH["vaguecheck.model"]
    assert "vaguecheck.checker" in GRAPH["vaguecheck.research"]


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_no_cycles(module):
    assert not _reaches(module, module), f"{module} imports itself through a cycle"


@pytest.mark.parametrize("lower", ["vaguecheck.model", "vaguecheck.clarity", "vaguecheck.document", "vaguecheck.context"])
def test_lower_stages_do_not_reach_up(lower):
    for upper in ("vaguecheck.checker", "vaguecheck.research", "vaguecheck.cli"):
        assert not _reaches(lower, upper), f"{lower} reaches {upper}"


def test_passes_do_not_import_each_other():
    passes = [m for m in GRAPH if m.startswith("vaguecheck.passes.")]
    for a in passes:
        assert not any(b in GRAPH[a] for b in passes if b != a), a
