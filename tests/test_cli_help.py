"""Every ``--help`` fits the terminal it is printed to, and no word is cut to make it fit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eucentralasia import cli
from eucentralasia.cli import main
from eucentralasia.cli._common import HelpFormatter


def help_text(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as exited:
        main([*args, "--help"])
    assert exited.value.code == 0
    out: str = capsys.readouterr().out
    return out


def words(text: str) -> list[str]:
    """The words of a help text, without the backslashes that continue a wrapped example."""
    return [word for word in text.split() if word != "\\"]


@pytest.mark.parametrize("columns", [80, 100])
@pytest.mark.parametrize("command", ["", *cli.COMMANDS])
def test_help_fits_the_width_and_keeps_every_word_whole(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str, columns: int
) -> None:
    args = [command] if command else []
    monkeypatch.setenv("COLUMNS", str(columns))
    narrow = help_text(capsys, *args)
    too_long = [line for line in narrow.splitlines() if len(line) > columns]
    assert not too_long
    monkeypatch.setenv("COLUMNS", "1000")
    wide = help_text(capsys, *args)
    # The same words in the same order: only where the lines break differs.
    assert words(narrow) == words(wide)
    assert len(narrow.splitlines()) >= len(wide.splitlines())


def test_prose_is_filled_whatever_its_line_breaks_in_the_source(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    text = help_text(capsys, "show")
    # The description after the examples is one paragraph per line at 200 columns.
    assert "Every field is shown that has a value. Dates give their EDTF form, how a person" in text


def test_a_wrapped_example_stays_one_shell_command(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    lines = help_text(capsys, "propose").splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("  eucentralasia propose -"))
    command = [lines[start]]
    while command[-1].endswith(" \\"):
        command.append(lines[start + len(command)])
    assert len(command) > 1
    joined = " ".join(part.removesuffix(" \\").strip() for part in command)
    monkeypatch.setenv("COLUMNS", "1000")
    assert f"  {joined}" in help_text(capsys, "propose").splitlines()


paragraph = st.lists(
    st.text(st.characters(codec="ascii", categories=["L", "N", "P"]), min_size=1, max_size=30),
    min_size=1,
    max_size=40,
).map(" ".join)


@given(
    st.lists(paragraph, min_size=1, max_size=4),
    st.lists(paragraph, max_size=3),
    st.integers(20, 120),
)
def test_fill_text_wraps_prose_and_indented_lines_at_spaces(
    prose: list[str], indented: list[str], width: int
) -> None:
    text = "\n\n".join([*prose, "examples:", *(f"  {line}" for line in indented)])
    filled = HelpFormatter("prog")._fill_text(text, width, "")
    for line in filled.splitlines():
        # Longer only when one word is longer than the line: then it stands alone, whole.
        assert len(line) <= width or len(line.split()) == 1
    assert filled.split() == text.split()
