"""Every module under app/ is something the app runs: reached by imports from its entry point
(test-only and training-only code lives in tests/ and tools/)."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

APP = ROOT / "app"


def _module(path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path, name: str) -> set[str]:
    """Modules `path` imports anywhere (lazy imports inside functions too), as absolute names."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            mod = f"{base}.{node.module}" if node.level and node.module else base if node.level else node.module
            out.add(mod)
            out.update(f"{mod}.{a.name}" for a in node.names)  # `from . import tasks`
    return out


def test_every_app_module_is_reached_from_the_entry_point():
    modules = {_module(p): p for p in APP.rglob("*.py")}
    reached, todo = set(), ["app.entry"]
    while todo:
        name = todo.pop()
        if name in reached or name not in modules:
            continue
        reached.add(name)
        todo.extend(_imports(modules[name], name))
        todo.extend(name.rsplit(".", k)[0] for k in range(1, name.count(".") + 1))  # its packages
    assert sorted(set(modules) - reached) == []
