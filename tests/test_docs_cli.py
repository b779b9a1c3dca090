"""The command-line guide shows real output: its console examples are run and compared."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

GUIDE = Path(__file__).parents[1] / "docs" / "guides" / "cli.rst"
pytestmark = pytest.mark.skipif(not GUIDE.exists(), reason="docs/ is not beside the tests")


def _examples() -> list[tuple[str, list[str]]]:
    """Each ``$ eucentralasia ...`` line of the guide, with the output lines shown under it."""
    examples: list[tuple[str, list[str]]] = []
    guide = GUIDE.read_text(encoding="utf-8")
    for block in re.findall(r"\.\. code-block:: console\n\n((?:   .*\n|\n)+)", guide):
        for line in block.splitlines():
            line = line[3:]
            if line.startswith("$ "):
                examples.append((line[2:], []))
            elif examples and line:
                examples[-1][1].append(line)
    # Writing files and reading the reader's own folders are shown, not run.
    return [(cmd, out) for cmd, out in examples if not re.search(r"--out|--data", cmd)]


@pytest.mark.parametrize(("command", "expected"), _examples(), ids=lambda x: x if isinstance(x, str) else "")
def test_console_example(command: str, expected: list[str]) -> None:
    args = shlex.split(command)
    assert args[0] == "eucentralasia"
    # As the guide shows it: output to a pipe, COLUMNS unset, is not wrapped.
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    result = subprocess.run(
        [sys.executable, "-m", "eucentralasia", *args[1:]],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    shown = (result.stdout + result.stderr).splitlines()
    # "..." in the guide stands for lines left out; every other line must appear, in order.
    position = 0
    for line in (line for line in expected if line.strip() != "..."):
        while position < len(shown) and shown[position] != line:
            position += 1
        assert position < len(shown), f"{command!r} did not print {line!r}; it printed:\n" + "\n".join(shown)
        position += 1
