"""A leading underscore means "used only in this module": no module reaches into another's.

The modules themselves are private (``_loading.py``); the names they share have no
underscore (structlog's convention), so the underscore on a name says something.
"""

from __future__ import annotations

import ast
from pathlib import Path

import eucentralasia

PACKAGE = Path(eucentralasia.__file__).parent


def _modules(root: Path) -> dict[str, Path]:
    """Every module under `root` (a package folder) by its dotted name."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = [root.name, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def reaches(module: str, is_package: bool, source: str, modules: set[str]) -> list[str]:
    """Each place `source` (the module `module`) uses another module's underscore name.

    ``from X import _name`` and ``X._name`` after ``import X`` / ``from P import X``, where X
    is a module of the package; a private submodule (``from . import _schema``) is allowed.
    """
    tree = ast.parse(source)
    here = module.split(".") if is_package else module.split(".")[:-1]
    top = module.split(".")[0]
    bound: dict[str, str] = {}  # a local name -> the package module it is bound to
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = here[: len(here) - node.level + 1] if node.level else []
            target = ".".join([*base, *([node.module] if node.module else [])])
            if target.split(".")[0] != top:
                continue
            for alias in node.names:
                if f"{target}.{alias.name}" in modules:
                    bound[alias.asname or alias.name] = f"{target}.{alias.name}"
                elif _private(alias.name):
                    found.append(f"{module}:{node.lineno}: from {target} import {alias.name}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                first = alias.name.split(".")[0]
                if first == top:  # `import pkg._b` binds pkg; `import pkg._b as b` binds b
                    bound[alias.asname or first] = alias.name if alias.asname else first
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            owner = _dotted(node.value, bound)
            if owner in modules and f"{owner}.{node.attr}" not in modules:
                found.append(f"{module}:{node.lineno}: {owner}.{node.attr}")
    return found


def _dotted(node: ast.expr, bound: dict[str, str]) -> str | None:
    """The module a chain of names (``pkg._b``) stands for, if it starts at an import."""
    if isinstance(node, ast.Name):
        return bound.get(node.id)
    if isinstance(node, ast.Attribute):
        owner = _dotted(node.value, bound)
        return None if owner is None else f"{owner}.{node.attr}"
    return None


def test_no_module_uses_another_modules_underscore_names() -> None:
    modules = _modules(PACKAGE)
    found = [
        place
        for name, path in modules.items()
        for place in reaches(name, path.name == "__init__.py", path.read_text(encoding="utf-8"), set(modules))
    ]
    assert found == []


MODULES = {"pkg", "pkg._a", "pkg._b", "pkg.sub", "pkg.sub._b", "pkg.sub._c"}


def test_the_check_finds_both_ways_of_reaching_in() -> None:
    source = """
from pkg._a import shared, _hidden, __version__
from . import _b
from .. import _a as a
import pkg._b
from os import _exit

def f():
    from ._b import _late
    return _b._secret, a._other, pkg._b._third, _b.shared, _b.__name__
"""
    assert reaches("pkg.sub._c", False, source, MODULES) == [
        "pkg.sub._c:2: from pkg._a import _hidden",
        "pkg.sub._c:9: from pkg.sub._b import _late",
        "pkg.sub._c:10: pkg.sub._b._secret",
        "pkg.sub._c:10: pkg._a._other",
        "pkg.sub._c:10: pkg._b._third",
    ]


def test_a_private_submodule_and_a_package_relative_import_are_allowed() -> None:
    assert reaches("pkg", True, "from . import _a\nfrom ._a import shared\n_a.shared\n", MODULES) == []
    assert reaches("pkg", True, "from ._a import _x\n", MODULES) == ["pkg:1: from pkg._a import _x"]
