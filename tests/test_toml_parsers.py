"""Data files read the same with either TOML parser: tomli (the ``fast`` extra) or tomllib."""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import ModuleType

import pytest
import tomli

from eucentralasia import DataError, _formats, _loading, load
from eucentralasia._lazy import Lazy
from eucentralasia.testing import example_dataset, write_dataset


@pytest.fixture(params=[tomllib, tomli], ids=["tomllib", "tomli"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> ModuleType:
    """Load with one parser, and an empty bundled folder."""
    module: ModuleType = request.param
    monkeypatch.setattr(_formats, "toml_parser", lambda: module)
    folder = tmp_path / "bundled"
    folder.mkdir()
    monkeypatch.setattr(_loading, "_bundled_files", lambda: (folder, []))
    monkeypatch.setattr(_loading, "bundled_data", Lazy(_loading._read_bundled))
    return module


def test_tomli_is_the_parser_where_it_is_installed() -> None:
    assert _formats.toml_parser() is tomli


def test_a_dataset_reads_the_same(parser: ModuleType, tmp_path: Path) -> None:
    write_dataset(example_dataset(), tmp_path / "data")
    assert load([tmp_path / "data"]) == example_dataset()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[events]]\nid = "a"\ntitle = \n', "not valid TOML: Invalid value (at line 3, column 9)"),
        (
            '[[events]]\nid = "a"\nid = "b"\n',
            "Cannot overwrite a value (at line 3, column 9)",
        ),
        ("a = " + "[" * 5000 + "]" * 5000, "not valid TOML: arrays or tables nested too deeply"),
    ],
)
def test_the_same_errors_with_line_and_column(
    parser: ModuleType, tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as info:
        load([path])
    (problem,) = info.value.problems
    assert (problem.file, problem.record, problem.field) == (str(path), None, "")
    assert problem.message.startswith("not valid TOML: ")
    assert message in problem.message
