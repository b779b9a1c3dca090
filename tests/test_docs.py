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
