"""tools/cite.py, the curation helper: spans come from code, ambiguity is refused."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

TOOL = Path(__file__).parents[1] / "tools" / "cite.py"
INTERVIEW = "eureporter-2025-vassilenko-interview"

pytestmark = pytest.mark.skipif(not TOOL.exists(), reason="tools/ is not beside the tests")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), *args], capture_output=True, text=True, check=False, timeout=120
    )


def test_a_unique_quote_gets_its_span() -> None:
    result = run(INTERVIEW, "On February 24, 2025")
    assert result.returncode == 0, result.stderr
    assert "start = " in result.stdout
    assert "end = " in result.stdout


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        ((INTERVIEW, "a sentence that is not in the interview"), "not found"),
        ((INTERVIEW, "Astana"), "occurrence"),
        (("no-such-source", "Astana"), "no-such-source"),
    ],
)
def test_absent_ambiguous_and_unknown_are_refused(args: tuple[str, ...], complaint: str) -> None:
    result = run(*args)
    assert result.returncode == 1
    assert complaint in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_an_occurrence_disambiguates() -> None:
    first = run(INTERVIEW, "Astana", "--occurrence", "0")
    second = run(INTERVIEW, "Astana", "--occurrence", "1")
    assert first.returncode == second.returncode == 0
    assert first.stdout != second.stdout


def test_fill_computes_spans_and_is_idempotent(tmp_path: Path) -> None:
    data = Path(__file__).parents[1] / "src" / "eucentralasia" / "data"
    if not data.exists():
        pytest.skip("the source tree's data folder is not beside the tests")
    draft = tmp_path / "events.toml"
    draft.write_text(
        f"""
[[events]]
id = "honey"
title = "Honey"
kind = "decision"
status = "held"
summary = "Recognised as a honey exporter."
citations = [
  {{ source = "{INTERVIEW}", quote = "recognized Kazakhstan as a honey-exporting country" }},
  {{ source = "{INTERVIEW}", quote = "Astana", occurrence = 1 }},
]
""",
        encoding="utf-8",
    )
    (tmp_path / "sources.toml").write_bytes((data / "sources.toml").read_bytes())
    (tmp_path / "sources").mkdir()
    for text in (data / "sources").iterdir():
        (tmp_path / "sources" / text.name).write_bytes(text.read_bytes())
    result = run("--fill", str(draft))
    assert result.returncode == 0, result.stdout + result.stderr
    filled = tomllib.loads(draft.read_text(encoding="utf-8"))["events"][0]["citations"]
    text = (tmp_path / "sources" / "003_85588e41abd21b80.txt").read_text(encoding="utf-8")
    for citation in filled:
        assert text[citation["start"] : citation["end"]] == citation["quote"]
        assert "occurrence" not in citation
    assert filled[1]["start"] == text.find("Astana", text.find("Astana") + 1)
    before = draft.read_bytes()
    assert run("--fill", str(draft)).returncode == 0
    assert draft.read_bytes() == before
