"""Every docstring example in the package, and the README's, runs as a doctest.

The package is imported as installed (not from ``src/``), so the examples are checked
against what users get.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import eucentralasia

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(eucentralasia.__path__, prefix="eucentralasia.")
    if not info.name.endswith(".__main__")  # importing it would run the command line
)
README = Path(__file__).parents[1] / "README.md"
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@pytest.mark.parametrize("name", ["eucentralasia", *MODULES])
def test_module_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"


@pytest.mark.skipif(not README.exists(), reason="README.md is not beside the tests")
def test_readme_examples() -> None:
    result = doctest.testfile(str(README), module_relative=False, optionflags=FLAGS)
    assert result.failed == 0
    assert result.attempted > 0
