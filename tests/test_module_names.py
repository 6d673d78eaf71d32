"""A module-level name bound twice in one module silently replaces the first table for every function that reads it
at call time: a rule written against the first binding then runs on the second (three such clashes were found in the
event coder's modules, each disabling a rule). Each top-level name of the package is bound once."""
import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "eventwire"


def _top_level_bindings(tree: ast.Module) -> Counter:
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
    return names


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_top_level_name_is_bound_once(path: Path) -> None:
    bound = _top_level_bindings(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, n in bound.items() if n > 1] == []
