"""The curation commands never lose a curator's work: merges, atomic writes, refusals as one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from _tree import snapshot

pytest.importorskip("tomlkit")

_ARTICLE = (
    "The EBRD lent just over $20 million to Kazakhstan last year, officials said.\n"
    "Kassym-Jomart Tokayev met Ursula von der Leyen in Astana on 4 April 2025.\n"
)
_MORE = "The EU said trade reached 5 billion euros in 2024.\n"


def run(*args: str, stdin: bytes = b"", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The command line as a user runs it, in its own process."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run(
        [sys.executable, "-m", "eucentralasia", *args],
        input=stdin.decode("latin-1"),
        capture_output=True,
        text=True,
        encoding="latin-1",
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode in (1, 2), result
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines, result
    assert all(line.startswith("eucentralasia: error: ") for line in lines), result.stderr


def propose(folder: Path, text: str, out: str = "article.toml") -> subprocess.CompletedProcess[str]:
    (folder / "article.txt").write_text(text, encoding="utf-8")
    return run(
        "propose", str(folder / "article.txt"), "--published", "2025-04-16", "--out", str(folder / out)
    )


def test_a_rerun_keeps_every_byte_the_curator_wrote_and_adds_new_proposals(tmp_path: Path) -> None:
    import tomllib

    assert propose(tmp_path, _ARTICLE).returncode == 0
    path = tmp_path / "article.toml"
    curated = path.read_text(encoding="utf-8")
    curated = '# my notes\ncurator = "me"\n' + curated.replace(
        'review = "proposed"', 'review = "accepted"', 2
    )
    curated = curated.replace('outlet = "unknown"', 'outlet = "EU Reporter"  # checked')
    curated += '\n# written by hand\n[[sources]]\nid = "hand"\ntitle = "By hand"\n'
    path.write_text(curated, encoding="utf-8")
    first = tomllib.loads(curated)

    result = propose(tmp_path, _ARTICLE + _MORE)
    assert result.returncode == 0, result.stderr
    rerun = path.read_text(encoding="utf-8")
    assert rerun.startswith(curated)  # every comment, key, table and decision, byte for byte
    again = tomllib.loads(rerun)

    def proposals(document: dict[str, object]) -> dict[str, dict[str, object]]:
        return {
            t["proposal"]: t
            for tables in document.values()
            if isinstance(tables, list)
            for t in tables
            if "proposal" in t
        }

    added = {key: t for key, t in proposals(again).items() if key not in proposals(first)}
    assert added
    assert all(_MORE.strip() in str(t["citations"]) for t in added.values())

    # A third run on the same text adds nothing and changes nothing.
    result = propose(tmp_path, _ARTICLE + _MORE)
    assert result.returncode == 0
    assert path.read_text(encoding="utf-8") == rerun


@pytest.mark.parametrize(
    "kind", ["symlink-out", "fifo", "read-only", "read-only-text", "not-toml", "inline-array"]
)
def test_propose_refuses_an_output_it_must_not_write_and_changes_nothing(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    outside = tmp_path / "outside.toml"
    outside.write_text('title = "theirs"\n')
    out = folder / "article.toml"
    if kind == "symlink-out":
        out.symlink_to(outside)
    elif kind == "fifo":
        os.mkfifo(out)
    elif kind == "read-only":
        out.write_text("# mine\n")
        out.chmod(0o444)
    elif kind == "read-only-text":
        (folder / "article.txt").write_text("an older text\n")
        (folder / "article.txt").chmod(0o444)
    elif kind == "not-toml":
        out.write_text("[[events]\n")
    else:
        out.write_text("trade_figures = []\n")
    before = snapshot(tmp_path)
    (tmp_path / "in.txt").write_text(_ARTICLE)
    result = run("propose", str(tmp_path / "in.txt"), "--published", "2025-04-16", "--out", str(out))
    one_line_error(result)
    before["in.txt"] = _ARTICLE.encode()
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(
    "article",
    [
        b"Kazakhstan \x00 grew \x1b[31m by 5% \x7f in 2024.\n",
        b"Trade reached " + b"9" * 40 + b" dollars in 2024.\n",
        b"Trade reached $" + b"1" * 29 + b" billion in 2024.\n",
        b"\xef\xbb\xbfKazakhstan grew by 5% in 2024.\n",
        b"\xff\xfe not UTF-8",
    ],
)
def test_propose_on_odd_text_exits_cleanly(tmp_path: Path, article: bytes) -> None:
    (tmp_path / "in.txt").write_bytes(article)
    result = run(
        "propose", "-", "--published", "2025-04-16", "--out", str(tmp_path / "out.toml"), stdin=article
    )
    assert "Traceback" not in result.stderr
    if result.returncode:
        one_line_error(result)
    else:
        assert (tmp_path / "out.toml").exists()


def test_propose_refuses_devices_and_fifos_as_input(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo.txt")
    for given in ("/dev/zero", str(tmp_path / "fifo.txt")):
        result = run("propose", given, "--published", "2025-04-16", "--out", str(tmp_path / "out.toml"))
        one_line_error(result)
        assert "FIFO, socket or device" in result.stderr
    assert not (tmp_path / "out.toml").exists()


_TEXT = "Kazakhstan grew by 5% in 2024. The EU and Kazakhstan met."


def curated_folder(folder: Path, name: str = "d.toml", source: str = "notes", bom: bool = False) -> Path:
    """A data file whose citations moved (the text gained a banner) and wait for --fix."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{source}.txt").write_text("BANNER. " + _TEXT, encoding="utf-8")
    path = folder / name
    body = f"""# the curator's notes
[[sources]]
id = "{source}"
title = "Notes"
outlet = "o"
kind = "article"
language = "en"
text_file = "{source}.txt"
published = "2025-01-01"
published_basis = "stated"
authors = [{{ name = "A", role = "reporter" }}]

[[sources.citations]]
quote = "Kazakhstan grew by 5%"  # quote first: the curator's order
source = "{source}"
start = 0
end = 21

[[sources.citations]]
source = "{source}"
quote = "The EU and Kazakhstan met."
start = 31
end = 57
"""
    path.write_bytes(("\ufeff" if bom else "").encode() + body.encode())
    return path


def test_check_fix_keeps_the_order_of_tables_and_keys_and_a_bom(tmp_path: Path) -> None:
    path = curated_folder(tmp_path, bom=True)
    before = path.read_bytes()
    result = run("check", str(tmp_path), "--fix")
    assert result.returncode == 0, result.stderr
    after = path.read_bytes()
    assert after.startswith(b"\xef\xbb\xbf# the curator's notes\n")
    expected = before.replace(b"start = 0\nend = 21", b"start = 8\nend = 29")
    expected = expected.replace(b"start = 31\nend = 57", b"start = 39\nend = 65")
    assert after == expected
    assert run("check", str(tmp_path)).returncode == 0


@pytest.mark.parametrize("kind", ["symlink-out", "read-only", "second-read-only"])
def test_check_fix_writes_every_file_or_none_and_nothing_outside(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "data"
    first = curated_folder(folder, "a.toml", "first")
    second = curated_folder(folder, "b.toml", "second")
    if kind == "symlink-out":
        outside = curated_folder(tmp_path / "elsewhere", "c.toml", "third")
        (folder / "c.toml").symlink_to(outside)
        (folder / "third.txt").write_text("BANNER. " + _TEXT, encoding="utf-8")
    elif kind == "read-only":
        first.chmod(0o444)
    else:
        second.chmod(0o444)
    before = snapshot(tmp_path)
    result = run("check", str(folder), "--fix")
    one_line_error(result)
    assert "no file changed" in result.stderr
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_check_refuses_fifos_and_devices_as_the_loader_does(tmp_path: Path, kind: str) -> None:
    curated_folder(tmp_path)
    if kind == "fifo":
        os.mkfifo(tmp_path / "stuck.toml")
    else:
        (tmp_path / "zero.toml").symlink_to("/dev/zero")
    result = run("check", str(tmp_path), "--fix")
    one_line_error(result)
    assert "FIFO, socket or device" in result.stderr
    loaded = run("verify", "--data", str(tmp_path))
    one_line_error(loaded)
    assert "FIFO, socket or device" in loaded.stderr


@pytest.mark.parametrize(
    ("old", "new"),
    [("likely to ratify", "unlikely to ratify"), ("5 billion", "15 billion"), ("EU grew", "EU grew3")],
)
def test_a_quote_now_inside_a_longer_word_needs_review_and_is_never_moved(
    tmp_path: Path, old: str, new: str
) -> None:
    from eucentralasia.curate import Status, check

    text = f"BANNER. Parliament said: {old} soon."
    path = curated_folder(tmp_path)
    path.write_text(
        path.read_text()
        .replace("Kazakhstan grew by 5%", old)
        .replace("start = 0\nend = 21", f"start = 25\nend = {25 + len(old)}"),
    )
    (tmp_path / "notes.txt").write_text(text + " The EU and Kazakhstan met.")
    before = path.read_bytes()
    (tmp_path / "notes.txt").write_text(text.replace(old, new) + " The EU and Kazakhstan met.")
    first = check(tmp_path)[0]
    assert first.status in (Status.NEEDS_REVIEW, Status.ORPHANED), first
    result = run("check", str(tmp_path), "--fix")
    one_line_error(result)
    assert "could not be placed" in result.stderr
    assert path.read_bytes().count(f"start = 25\nend = {25 + len(old)}".encode()) == 1
    assert before.split(b"The EU and")[0] == path.read_bytes().split(b"The EU and")[0]
    cited = run("cite", str(tmp_path / "notes.txt"), old)
    one_line_error(cited)
    assert "only inside a longer word or number" in cited.stderr


@pytest.mark.parametrize(
    "page",
    [
        b'<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><article>'
        b"<p>The EU and Kazakhstan signed a deal worth 5 billion euros in 2024, officials said.</p>"
        b"<p>More about Kazakhstan and trade with the European Union this year.</p></article></body></html>",
        b"<!-- nothing -->",
        b'<?xml version="1.0"?>',
        b"\xef\xbb\xbf<html><body><p>\x1b[31mred\x7f</p></body></html>",
    ],
)
def test_propose_on_odd_pages_exits_cleanly(tmp_path: Path, page: bytes) -> None:
    (tmp_path / "page.html").write_bytes(page)
    result = run(
        "propose", str(tmp_path / "page.html"), "--published", "2025-04-16", "--out", str(tmp_path / "o.toml")
    )
    assert "Traceback" not in result.stderr
    if page.startswith(b'<?xml version="1.0" encoding'):
        assert result.returncode == 0, result.stderr
    elif result.returncode:
        one_line_error(result)
