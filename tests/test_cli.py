"""The command line, run as users run it: ``python -m eucentralasia`` in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import tomli_w

from eucentralasia import converter
from eucentralasia.testing import example_dataset, write_dataset


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "eucentralasia", *args],
        capture_output=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("example")
    write_dataset(example_dataset(), folder)
    return folder


def example_lines(output: str) -> list[str]:
    """The lines of the example's entries (the bundled data prints its own too)."""
    return [line for line in output.splitlines() if "[example-" in line]


def assert_one_line_error(result: subprocess.CompletedProcess[str], status: int, *words: str) -> None:
    assert result.returncode == status
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("eucentralasia")
    assert "error:" in lines[0]
    for word in words:
        assert word in lines[0]


def test_timeline_prints_dates_what_where_and_id(example: Path) -> None:
    result = run("timeline", "--data", str(example))
    assert result.returncode == 0, result.stderr
    lines = example_lines(result.stdout)
    assert len(lines) == 4
    first, second, summit, forum = (line.split() for line in lines)
    assert first[:3] == ["2015-12", "Dec", "2015"]
    assert second[:4] == ["2020-03-01", "1", "Mar", "2020"]
    assert summit[:4] == ["2025-04-03/2025-04-04", "3\u20134", "Apr", "2025"]
    assert "First EU-Central Asia summit (Samarkand, UZ)  [example-summit]" in lines[2]
    assert forum[-1] == "[example-forum]"
    assert "EPCA: signed  [example-epca]" in lines[0]


def test_timeline_of_the_bundled_data() -> None:
    result = run("timeline")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    for line in result.stdout.splitlines():
        assert line.rstrip().endswith("]")


def test_from_to_and_country_filter(example: Path) -> None:
    result = run("timeline", "--data", str(example), "--from", "2025-05", "--to", "2025-05")
    assert result.returncode == 0
    assert [line.split()[-1] for line in example_lines(result.stdout)] == ["[example-forum]"]
    result = run("timeline", "--data", str(example), "--country", "uz")
    assert [line.split()[-1] for line in example_lines(result.stdout)] == ["[example-summit]"]
    result = run("timeline", "--data", str(example), "--to", "2019")
    assert [line.split()[-1] for line in example_lines(result.stdout)] == ["[example-epca]"]


def test_involving_and_kind_filter(example: Path) -> None:
    result = run("timeline", "--data", str(example), "--involving", "example-tokayev")
    assert result.stdout.splitlines() == example_lines(result.stdout)
    assert [line.split()[-1] for line in result.stdout.splitlines()] == ["[example-forum]"]
    result = run("timeline", "--data", str(example), "--kind", "signed", "--kind", "summit")
    ids = [line.split()[-1] for line in example_lines(result.stdout)]
    assert ids == ["[example-epca]", "[example-summit]"]


def test_no_matching_entries_is_not_an_error(example: Path) -> None:
    result = run("timeline", "--data", str(example), "--involving", "example-sikela")
    assert result.returncode == 0
    assert result.stdout == ""
    assert result.stderr.strip() == "no timeline entries match"


def test_help_shows_examples() -> None:
    result = run("timeline", "--help")
    assert result.returncode == 0
    assert "examples:" in result.stdout
    assert "--from DATE" in result.stdout
    assert "--data PATH" in result.stdout
    top = run("--help")
    assert top.returncode == 0
    assert "timeline" in top.stdout


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("eucentralasia ")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["timeline", "--from", "2025-13"], ["--from", "'2025-13' is not a valid date"]),
        (["timeline", "--to", "yesterday"], ["--to", "'yesterday'"]),
        (["timeline", "--country", "Kazakhstan"], ["'Kazakhstan' is not a country code"]),
        (["timeline", "--kind", "party"], ["--kind", "invalid choice: 'party'"]),
        (["timeline", "--from", "2025", "--to", "2024"], ["--to 2024 is before --from 2025"]),
        (["timeline", "--involving", "example-tokayv"], ["did you mean 'example-tokayev'"]),
        (["timeline", "--colour", "red"], ["unrecognized arguments: --colour red"]),
        (["dance"], ["invalid choice: 'dance'"]),
        ([], ["COMMAND"]),
    ],
)
def test_usage_errors_exit_2_with_one_line(example: Path, args: list[str], words: list[str]) -> None:
    data = ["--data", str(example)] if args[:1] == ["timeline"] else []
    assert_one_line_error(run(*args, *data), 2, *words)


def test_a_missing_data_path_exits_1_with_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    assert_one_line_error(run("timeline", "--data", str(missing)), 1, str(missing), "no such file or folder")


def test_bad_data_exits_1_with_one_line_per_problem(tmp_path: Path) -> None:
    write_dataset(example_dataset(), tmp_path)
    forum = converter.unstructure(example_dataset().get("example-forum")) | {"kind": "party"}
    summit = converter.unstructure(example_dataset().get("example-summit"))
    (tmp_path / "events.toml").write_text(tomli_w.dumps({"events": [forum, summit]}), encoding="utf-8")
    result = run("timeline", "--data", str(tmp_path))
    assert_one_line_error(result, 1, str(tmp_path / "events.toml"), "'example-forum'", "field kind")
    (tmp_path / "broken.toml").write_bytes(b"\xff\xfe")
    result = run("timeline", "--data", str(tmp_path))
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 2
    assert "Traceback" not in result.stderr
