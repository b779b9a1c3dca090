"""Property tests of the curation commands on random articles, pages and folders.

Random articles (sentences of the data's own words, figures up to 40 digits, dates,
control characters, byte-order marks, text that is not UTF-8), HTML pages, and folders
holding data files, symlinks out of the folder and to ``/dev/zero``, FIFOs and
read-only files go through ``propose``, ``check`` (with and without ``--fix``) and
``cite``. Whatever comes in, the command line:

- exits 0, 1 or 2, every line on stderr one ``eucentralasia: error:`` line (an exception
  escaping `main` would fail the test: that is a traceback);
- changes no file outside the folder it was given;
- leaves every data file whole: each one it wrote parses as TOML, and no temporary file
  stays behind.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from _tree import snapshot
from eucentralasia.cli import main

pytest.importorskip("tomlkit")
pytest.importorskip("syntok")

_WORDS = [
    "Kazakhstan", "EU", "Astana", "Tokayev", "said", "signed", "agreement", "trade", "reached",
    "billion", "euros", "dollars", "in", "on", "the", "and", "met", "summit", "2024", "2025",
    "April", "4", "officials", "\u201cquoted\u201d", "\u2013", "unlikely", "likely", "15", "5",
]  # fmt: skip
_ODD = ["\x00", "\x1b[31m", "\x7f", "\ufeff", "\u2028", "\r", "\t", "\u00ad"]

words = st.sampled_from(_WORDS) | st.sampled_from(_ODD) | st.from_regex(r"\$?[0-9]{1,40}", fullmatch=True)
sentences = st.lists(words, min_size=1, max_size=12).map(lambda ws: " ".join(ws) + ".")
articles = st.lists(sentences, min_size=1, max_size=8).map(" ".join)


@st.composite
def article_bytes(draw: st.DrawFn) -> bytes:
    text = draw(articles)
    if draw(st.booleans()):  # the same sentence many times: contexts and copies matter
        text = text * draw(st.integers(1, 20))
    data = text.encode("utf-8")
    choice = draw(st.sampled_from(["plain", "bom", "latin-1", "html", "xhtml"]))
    if choice == "bom":
        data = b"\xef\xbb\xbf" + data
    elif choice == "latin-1":
        data = data + b"\xe9"
    elif choice == "html":
        paragraphs = "".join(f"<p>{s}</p>" for s in text.split(".") if s.strip())
        data = f"<html><body><article>{paragraphs}</article></body></html>".encode()
    elif choice == "xhtml":
        data = b'<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>' + data + b"</p></body></html>"
    return data


def run(*args: str, stdin: bytes = b"") -> tuple[int, str]:
    """The exit status and stderr of the command line run in this process."""
    err, out = io.StringIO(), io.StringIO()
    stream = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        real_stdin = sys.stdin
        sys.stdin = stream
        try:
            status = main(list(args))
        except SystemExit as exc:  # argparse's usage errors
            status = int(exc.code or 0)
        finally:
            sys.stdin = real_stdin
    return status, err.getvalue()


def assert_clean(status: int, stderr: str) -> None:
    assert status in (0, 1, 2), (status, stderr)
    for line in stderr.splitlines():
        assert line.startswith("eucentralasia: error: "), stderr


def assert_whole(folder: Path, before: dict[str, bytes | str]) -> None:
    """No temporary file left; every .toml file that changed parses as TOML."""
    after = snapshot(folder)
    assert not [name for name in after if ".eucentralasia-" in name], after.keys()
    for name, content in after.items():
        if name.endswith(".toml") and isinstance(content, bytes) and before.get(name) != content:
            tomllib.loads(content.decode("utf-8").removeprefix("\ufeff"))


@st.composite
def folders(draw: st.DrawFn) -> list[str]:
    """What goes in the folder beside the proposed file: hostile neighbours."""
    return draw(
        st.lists(
            st.sampled_from(["link-out", "dev-zero", "fifo", "read-only", "not-toml", "bom", "empty"]),
            unique=True,
            max_size=3,
        )
    )


def build(folder: Path, outside: Path, extras: list[str]) -> None:
    for extra in extras:
        if extra == "link-out":
            (folder / "theirs.toml").symlink_to(outside / "theirs.toml")
        elif extra == "dev-zero":
            (folder / "zero.toml").symlink_to("/dev/zero")
        elif extra == "fifo":
            os.mkfifo(folder / "pipe.toml")
        elif extra == "read-only":
            (folder / "locked.toml").write_text("# mine\n")
            (folder / "locked.toml").chmod(0o444)
        elif extra == "not-toml":
            (folder / "broken.toml").write_text("[[events]\n")
        elif extra == "bom":
            (folder / "bom.toml").write_bytes(b"\xef\xbb\xbf# a comment\n")
        else:
            (folder / "empty.toml").write_bytes(b"")


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    article=article_bytes(),
    extras=folders(),
    rerun=st.booleans(),
    out_kind=st.sampled_from(["new", "new", "new", "symlink-out", "read-only", "fifo"]),
    quote=sentences,
)
def test_the_curation_commands_never_crash_never_write_outside_never_half_write(
    tmp_path_factory: pytest.TempPathFactory,
    article: bytes,
    extras: list[str],
    rerun: bool,
    out_kind: str,
    quote: str,
) -> None:
    root = tmp_path_factory.mktemp("curate")
    outside, folder = root / "outside", root / "mine"
    outside.mkdir()
    folder.mkdir()
    (outside / "theirs.toml").write_text('# not yours\n[[events]]\nid = "x"\n')
    build(folder, outside, extras)
    out = folder / "article.toml"
    if out_kind == "symlink-out":
        out.symlink_to(outside / "theirs.toml")
    elif out_kind == "read-only":
        out.write_text("# reviewed\n")
        out.chmod(0o444)
    elif out_kind == "fifo":
        os.mkfifo(out)
    suffix = ".html" if article.lstrip(b"\xef\xbb\xbf").startswith((b"<html", b"<?xml")) else ".txt"
    source = root / f"article{suffix}"
    source.write_bytes(article)
    theirs = snapshot(outside)

    for given_article, stdin in ((str(source), b""), ("-", article)):
        before = snapshot(folder)
        status, stderr = run(
            "propose", given_article, "--published", "2025-04-16", "--out", str(out), stdin=stdin
        )
        assert_clean(status, stderr)
        event(f"propose, output {out_kind}: exit {status}")
        if status and out_kind == "new":
            assert snapshot(folder) == before  # a refusal writes nothing
        assert_whole(folder, before)
        if out_kind != "new":
            assert snapshot(folder) == before  # a symlink out, a read-only file, a FIFO: refused
        if not rerun:
            break

    for fix in ((), ("--fix",)):
        before = snapshot(folder)
        status, stderr = run("check", str(folder), *fix)
        assert_clean(status, stderr)
        event(f"check {' '.join(fix)}: exit {status}")
        assert_whole(folder, before)
        if not fix:
            assert snapshot(folder) == before

    text = folder / "article.txt"
    if text.is_file() and not text.is_symlink():
        status, stderr = run("cite", str(text), quote)
        assert_clean(status, stderr)
        status, stderr = run("cite", "-", quote, stdin=article)
        assert_clean(status, stderr)
    assert snapshot(outside) == theirs
