"""The documentation covers the public API: every name has an entry and a docstring."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import eucentralasia
from eucentralasia import export, testing

API = Path(__file__).parents[1] / "docs" / "api.rst"
pytestmark = pytest.mark.skipif(not API.exists(), reason="docs/ is not beside the tests")


def _documented() -> set[str]:
    text = API.read_text(encoding="utf-8")
    names = set(re.findall(r"^\.\. (?:auto)?(?:function|class|data|exception|module)::\s+(\S+)", text, re.M))
    return {name.removeprefix("eucentralasia.") for name in names}


@pytest.mark.parametrize("name", sorted(eucentralasia.__all__))
def test_every_public_name_has_an_api_entry(name: str) -> None:
    assert name in _documented(), f"docs/api.rst has no entry for eucentralasia.{name}"


def test_public_submodules_are_documented_whole() -> None:
    assert {"testing", "export"} <= _documented()


@pytest.mark.parametrize(
    ("module", "name"),
    [(eucentralasia, n) for n in eucentralasia.__all__ if n not in ("__version__", "converter")]
    + [(testing, n) for n in testing.__all__]
    + [(export, n) for n in export.__all__],
)
def test_every_public_name_has_a_docstring(module: object, name: str) -> None:
    value = getattr(module, name)
    doc = getattr(value, "__doc__", None)
    if isinstance(value, type) or callable(value):
        assert doc is not None, f"{name} has no docstring"
        assert doc.strip(), f"{name} has an empty docstring"


def test_every_record_is_in_the_catalogue_under_its_id(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("catalogue", API.parent / "_ext" / "catalogue.py")
    assert spec is not None
    assert spec.loader is not None
    catalogue = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(catalogue)
    ds = eucentralasia.load()
    catalogue.write_catalogue(ds, tmp_path)
    pages = "".join(page.read_text(encoding="utf-8") for page in tmp_path.glob("*.rst"))
    for record in ds:
        assert f"\n.. _{record.id}:\n" in "\n" + pages, f"{record.id} has no anchor in the catalogue"
        for _, citation in ds.quotes(record.id):
            assert catalogue.escape(citation.quote) in pages, f"a quote of {record.id} is not shown"


ROOT = API.parents[1]


def _extra(name: str) -> set[str]:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = project["dependencies"] if name == "" else project["optional-dependencies"][name]
    return {re.split(r"[<>=!~\[; ]", spec, maxsplit=1)[0].lower() for spec in specs}


def _module_level_imports(path: Path) -> set[str]:
    """The top-level packages `path` imports when it is imported (not inside functions)."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_the_docs_extra_installs_what_autodoc_imports() -> None:
    """``pip install ".[docs]"`` alone builds the docs: autodoc imports every package module."""
    import sys
    from importlib.metadata import packages_distributions

    distributions = packages_distributions()
    wanted = _extra("") | _extra("docs")
    source = ROOT / "src" / "eucentralasia"
    for path in sorted(source.rglob("*.py")):
        for name in _module_level_imports(path) - set(sys.stdlib_module_names) - {"eucentralasia"}:
            provided = {d.lower() for d in distributions.get(name, [name])}
            assert provided & wanted, f"{path.relative_to(ROOT)} imports {name}, which the docs extra lacks"


def test_the_guides_doctests_need_nothing_beyond_the_docs_extra() -> None:
    guides = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.rst"))
    if "export.to_frame(" in guides:
        assert "pandas" in _extra("docs")


def test_intersphinx_reads_only_the_inventories_kept_in_the_repo() -> None:
    import runpy

    conf = runpy.run_path(str(ROOT / "docs" / "conf.py"))
    mapping = conf["intersphinx_mapping"]
    assert "python" in mapping
    for _url, inventory in mapping.values():
        assert Path(inventory).is_file(), f"{inventory} is not in docs/inventories/"
        assert Path(inventory).parent == ROOT / "docs" / "inventories"
    assert "intersphinx_disabled_reftypes" not in conf or conf["intersphinx_disabled_reftypes"] != ["*"]


def test_read_the_docs_builds_from_the_docs_extra_with_warnings_as_errors() -> None:
    config = (ROOT / ".readthedocs.yaml").read_text(encoding="utf-8")
    assert re.search(r"configuration:\s*docs/conf\.py", config)
    assert re.search(r"fail_on_warning:\s*true", config)
    assert re.search(r"extra_requirements:\s*\n\s*-\s*docs", config)


def test_the_readme_docs_command_builds_html_with_warnings_as_errors() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r'pip install "\.\[docs\]" && (python -m sphinx .*)', readme)
    assert command, "the README gives no docs command"
    assert " -W " in command.group(1)
    assert "-b html" in command.group(1)
