"""`curate.check`, ``eucentralasia check`` and ``cite``: quotes found again after a text changed."""

from __future__ import annotations

import collections
import importlib
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia import _loading
from eucentralasia._lazy import Lazy
from eucentralasia._schema import citations_of
from eucentralasia.cli import main
from eucentralasia.curate import CitationCheck, Status, check, normalise

PLACED = {Status.OK, Status.MOVED, Status.NORMALISED}
BANNER = "BREAKING: subscribe to our newsletter\n\nAdvertisement\n\n"
INTERVIEW = "eureporter-2025-vassilenko-interview"


def bundled_copy(folder: Path) -> Path:
    """The bundled data files and source texts, copied to `folder`."""
    shutil.copytree(Path(str(files("eucentralasia") / "data")), folder)
    return folder


def citation_count() -> int:
    return sum(1 for record in eca.load() for _ in citations_of(record))


def every_fourth_space(text: str) -> str:
    count = iter(range(1, len(text) + 1))
    return re.sub(" ", lambda match: "\n  " if next(count) % 4 == 0 else " ", text)


def quotes_swapped(text: str) -> str:
    """Curly quotes straightened, and straight double quotes around words made curly."""
    text = text.translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\""))
    return re.sub(r'"(\w[^"\n]*)"', "\u201c\\1\u201d", text)


def dashes_changed(text: str) -> str:
    return text.replace("\u2013", " - ").replace("\u2014", "--")


def teaser(text: str) -> str:
    """A teaser at the top repeating 800 characters of the body, as "You may also like" boxes do."""
    middle = len(text) // 2
    return f"You may also like: {text[middle : middle + 800]}\n\n{text}"


PERTURBATIONS: dict[str, Callable[[str], str]] = {
    "whitespace": every_fourth_space,
    "quotes": quotes_swapped,
    "dashes": dashes_changed,
    "banner": lambda text: BANNER + text,
    "teaser": teaser,
    "everything": lambda text: teaser(BANNER + dashes_changed(quotes_swapped(every_fourth_space(text)))),
}


def perturb(folder: Path, change: Callable[[str], str]) -> dict[str, tuple[str, str]]:
    """Change every source text in `folder`; return each text file's name, old and new text."""
    texts = {}
    for path in sorted((folder / "sources").iterdir()):
        old = path.read_bytes().decode("utf-8")
        new = change(old)
        path.write_bytes(new.encode("utf-8"))
        texts[path.name] = (old, new)
    return texts


def load_as_bundled(monkeypatch: pytest.MonkeyPatch, folder: Path) -> eca.Dataset:
    """Load `folder` with every check of the bundled data, as if it were the bundled data."""
    with monkeypatch.context() as patch:
        patch.setattr(_loading, "_bundled_files", lambda: (folder, sorted(folder.glob("*.toml"))))
        patch.setattr(_loading, "bundled_data", Lazy(_loading._read_bundled))
        return eca.load()


@pytest.mark.parametrize("name", list(PERTURBATIONS))
def test_every_bundled_citation_is_re_anchored_and_fixed(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = bundled_copy(tmp_path / "data")
    perturb(folder, PERTURBATIONS[name])
    results = check(folder)
    counts = collections.Counter(result.status.value for result in results)
    print(f"{name}: {len(results)} citations: {dict(counts)}")
    assert len(results) == citation_count() >= 250
    unplaced = [str(result) for result in results if result.status not in PLACED]
    assert not unplaced, "\n".join(unplaced)
    new_texts = {p.read_text(encoding="utf-8") for p in (folder / "sources").iterdir()}
    for result in results:
        assert result.anchor is not None
        # The quote found stands at the span found, and reads as the quote did.
        new = next(t for t in new_texts if t[result.anchor.start : result.anchor.end] == result.anchor.quote)
        assert normalise(result.anchor.quote)[0] == normalise(result.quote)[0]
        if name in ("teaser", "everything"):
            assert result.anchor.start >= new.index("\n\n", 1)  # the body's copy, not the teaser's
        if name == "banner":
            assert result.anchor.start == result.start + len(BANNER)  # type: ignore[operator]
    check(folder, fix=True)
    again = check(folder)
    assert all(r.status is Status.OK and not r.fix for r in again)
    fixed = load_as_bundled(monkeypatch, folder)
    original = eca.load()
    assert sorted(record.id for record in fixed) == sorted(record.id for record in original)
    for record in original:
        mine = fixed.get(record.id)
        assert [normalise(c.quote)[0] for _, c in citations_of(mine)] == [
            normalise(c.quote)[0] for _, c in citations_of(record)
        ]


def test_an_unchanged_folder_is_all_ok_and_fix_writes_nothing(tmp_path: Path) -> None:
    folder = bundled_copy(tmp_path / "data")
    before = {p.name: p.read_bytes() for p in folder.glob("*.toml")}
    results = check(folder, fix=True)
    assert {r.status for r in results} == {Status.OK}
    assert not any(r.fix for r in results)
    assert {p.name: p.read_bytes() for p in folder.glob("*.toml")} == before


def test_a_changed_word_needs_review_and_a_deleted_quote_is_orphaned(tmp_path: Path) -> None:
    folder = bundled_copy(tmp_path / "data")
    text = next(path for path in (folder / "sources").iterdir() if path.stat().st_size > 10_000)
    body = text.read_text(encoding="utf-8")
    quote = "recognized Kazakhstan as a honey-exporting country"
    body = body.replace(quote, "recognised Kazakhstan as a honey-exporting country")
    deleted = "Photo by Derya Soysal."
    body = body.replace(deleted, "#" * len(deleted))  # gone, and nothing after it moves
    text.write_text(body, encoding="utf-8", newline="")
    before = {p.name: p.read_bytes() for p in folder.glob("*.toml")}
    results = check(folder, fix=True)
    by_quote: dict[str, list[CitationCheck]] = collections.defaultdict(list)
    for result in results:
        by_quote[result.quote].append(result)
    review = [r for q, rs in by_quote.items() if quote in q for r in rs]
    assert review
    assert {r.status for r in review} == {Status.NEEDS_REVIEW}
    assert all(r.score is not None and r.score >= 85 for r in review)
    assert all("recognised" in r.anchor.quote for r in review if r.anchor is not None)
    orphaned = [r for r in results if r.quote == deleted]
    assert orphaned
    assert {r.status for r in orphaned} == {Status.ORPHANED}
    assert "orphaned" in str(orphaned[0])
    # Nothing else in the interview moved, so no file needed rewriting.
    assert {p.name: p.read_bytes() for p in folder.glob("*.toml")} == before


def write_notes(folder: Path, text: str, citations: str, comment: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "notes.txt").write_bytes(text.encode("utf-8"))
    path = folder / "notes.toml"
    path.write_text(
        f"""{comment}[[sources]]
id = "my-notes"
title = "Notes"
outlet = "Field notes"
kind = "article"
language = "en"
text_file = "notes.txt"
authors = [{{ name = "A. Researcher", role = "analyst" }}]
{citations}
""",
        encoding="utf-8",
    )
    return path


def test_an_ambiguous_quote_with_nothing_to_tell_is_reported_with_its_places(tmp_path: Path) -> None:
    write_notes(
        tmp_path,
        "Astana hosted it. Astana hosted it.",
        'citations = [{ source = "my-notes", quote = "Astana hosted it", start = 40, end = 56 }]',
    )
    (result,) = check(tmp_path)
    assert result.status is Status.AMBIGUOUS
    assert result.candidates == (0, 18)
    assert "ambiguous" in str(result)


def test_fix_fills_missing_spans_keeping_the_keys_where_they_stand(tmp_path: Path) -> None:
    path = write_notes(
        tmp_path,
        "Notes. The EU and Kazakhstan. The EU and Uzbekistan.",
        "# the second sentence\n"
        'citations = [{ source = "my-notes", quote = "The EU and", speaker = "josef-sikela", start = 30 }]',
        comment="# my notes, kept\n",
    )
    (result,) = check(tmp_path)
    assert result.status is Status.OK  # it stands at 30, nothing moved around it
    assert result.fix  # but it has no end yet, and needs context to be unique
    check(tmp_path, fix=True)
    written = path.read_text(encoding="utf-8")
    assert written.startswith("# my notes, kept\n")
    assert "# the second sentence" in written
    (citation,) = tomllib.loads(written)["sources"][0]["citations"]
    # The keys the curator wrote stay in their order; the missing ones follow them.
    assert list(citation) == ["source", "quote", "speaker", "start", "end", "suffix"]
    assert (citation["start"], citation["end"], citation["suffix"]) == (30, 40, " Uzbekistan.")
    assert eca.load(extra=[tmp_path]).get("my-notes").citations[0].suffix == " Uzbekistan."


def test_fix_fills_the_span_of_a_citation_written_with_its_quote_only(tmp_path: Path) -> None:
    data = bundled_copy(tmp_path / "bundled")
    path = tmp_path / "mine" / "events.toml"
    path.parent.mkdir()
    path.write_text(
        f"""[[events]]
id = "honey"
title = "Honey"
kind = "decision"
status = "held"
summary = "Recognised as a honey exporter."
citations = [
  {{ source = "{INTERVIEW}", quote = "recognized Kazakhstan as a honey-exporting country" }},
]
""",
        encoding="utf-8",
    )
    (result,) = check(path, fix=True)
    assert (result.status, result.start, result.fix) == (Status.MOVED, None, True)
    (citation,) = tomllib.loads(path.read_text(encoding="utf-8"))["events"][0]["citations"]
    text = next(p for p in (data / "sources").iterdir() if p.stat().st_size > 10_000).read_text(
        encoding="utf-8"
    )
    assert citation["start"] == text.index(citation["quote"])
    assert citation["end"] == citation["start"] + len(citation["quote"])
    assert eca.load(extra=[path]).get("honey").citations[0].start == citation["start"]
    before = path.read_bytes()
    check(path, fix=True)
    assert path.read_bytes() == before


def test_the_toolkit_imports_without_its_extra_and_names_it_when_needed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = "import sys; sys.modules.update(rapidfuzz=None, tomlkit=None, syntok=None); "
    command = blocked + "import eucentralasia.curate, eucentralasia.cli; print('imported')"
    done = subprocess.run([sys.executable, "-c", command], capture_output=True, text=True, check=False)
    assert done.stdout.strip() == "imported", done.stderr
    monkeypatch.setitem(sys.modules, "rapidfuzz", None)
    monkeypatch.setitem(sys.modules, "tomlkit", None)
    write_notes(tmp_path, "Notes.", 'citations = [{ source = "my-notes", quote = "Nothing like it" }]')
    with pytest.raises(ModuleNotFoundError, match=r'pip install "eucentralasia\[curate\]"'):
        check(tmp_path)
    write_notes(tmp_path, "Notes.", 'citations = [{ source = "my-notes", quote = "Notes" }]')
    assert check(tmp_path)[0].status is Status.MOVED  # exact matching needs no extra
    with pytest.raises(ModuleNotFoundError, match="check --fix needs tomlkit"):
        check(tmp_path, fix=True)
    assert main(["check", str(tmp_path), "--fix"]) == 1


def test_new_words_beside_a_quote_that_stayed_are_a_context_to_rewrite(tmp_path: Path) -> None:
    write_notes(
        tmp_path,
        "Notes. The EU and Kazakhstan.",
        'citations = [{ source = "my-notes", quote = "The EU", start = 7, end = 13, prefix = "Old. " }]',
    )
    (result,) = check(tmp_path)
    assert (result.status, result.fix) == (Status.MOVED, True)
    assert "the words beside it changed" in str(result)
    check(tmp_path, fix=True)
    assert eca.load(extra=[tmp_path]).get("my-notes").citations[0].prefix is None


def test_an_unknown_source_is_orphaned(tmp_path: Path) -> None:
    write_notes(
        tmp_path, "Notes.", 'citations = [{ source = "nowhere", quote = "Notes", start = 0, end = 5 }]'
    )
    (result,) = check(tmp_path)
    assert result.status is Status.ORPHANED
    assert "no source has id 'nowhere'" in str(result)


def test_a_folder_that_cannot_be_read_is_a_data_error(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text("not = [toml", encoding="utf-8")
    with pytest.raises(eca.DataError, match="cannot read"):
        check(tmp_path)
    with pytest.raises(eca.DataError, match="no such file"):
        check(tmp_path / "absent")


vocabulary = st.sampled_from(["the", "EU", "and", "Kazakhstan", "signed", "in", "Astana", "2025", "it"])
banners = st.lists(st.sampled_from(["Advert", "Subscribe", "now", "Menu"]), max_size=6).map(" ".join)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=30)
@given(st.lists(vocabulary, min_size=3, max_size=30), st.data(), banners)
def test_a_quote_is_found_where_it_moved(
    tmp_path_factory: pytest.TempPathFactory, words: list[str], data: st.DataObject, banner: str
) -> None:
    text = " ".join(words) + "."
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(i + 1, len(words)))
    start = len(" ".join(words[:i])) + (1 if i else 0)
    quote = " ".join(words[i:j])
    folder = tmp_path_factory.mktemp("notes")
    prefix, suffix = eca.curate.selector(text, start, start + len(quote))
    context = "".join(
        f", {key} = {value!r}".replace("'", '"')
        for key, value in (("prefix", prefix), ("suffix", suffix))
        if value
    )
    write_notes(
        folder,
        text,
        f'citations = [{{ source = "my-notes", quote = "{quote}", '
        f"start = {start}, end = {start + len(quote)}{context} }}]",
    )
    inserted = f"{banner}\n\n" if banner else ""
    (folder / "notes.txt").write_text(inserted + text, encoding="utf-8")
    (result,) = check(folder)
    assert result.status in (Status.OK, Status.MOVED)
    assert result.anchor is not None
    assert result.anchor.start == start + len(inserted)
    assert result.fix == bool(inserted)


# -- the commands ----------------------------------------------------------------------


def test_cite_prints_span_and_context(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", INTERVIEW, "On February 24, 2025"]) == 0
    out = capsys.readouterr().out
    assert "start = " in out
    assert "end = " in out
    assert "# no prefix" in out
    assert f'{{ source = "{INTERVIEW}", quote = "On February 24, 2025", start = ' in out
    assert main(["cite", INTERVIEW, "Astana", "--occurrence", "1"]) == 0
    out = capsys.readouterr().out
    assert 'suffix = "."' in out
    assert "other copies" not in out  # the context tells it apart


def test_cite_says_when_only_the_span_tells_a_copy_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sentence = "The EU and Kazakhstan signed a deal worth 5 billion euros in Astana, officials said. "
    (tmp_path / "notes.txt").write_text(sentence * 30, encoding="utf-8")
    assert main(["cite", str(tmp_path / "notes.txt"), "signed a deal", "--occurrence", "12"]) == 0
    out = capsys.readouterr().out
    assert f"start = {12 * len(sentence) + 22}" in out
    assert 'prefix = "said. The EU and Kazakhstan "' in out
    # every copy but the first (whose prefix the text's start cuts short) has them
    assert "# 28 other copies share this context: start and end tell them apart" in out


def test_cite_reads_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("The EU and Kazakhstan. The EU and Uzbekistan.", encoding="utf-8")
    assert main(["cite", str(tmp_path / "notes.txt"), "The EU", "--occurrence", "1", "--json"]) == 0
    assert '"prefix": "Kazakhstan. "' in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "complaints"),
    [
        ((INTERVIEW, "a sentence that is not in the interview"), ["not found"]),
        ((INTERVIEW, "Astana"), ["occurs 9 times", "at 329:335", "--occurrence N"]),
        ((INTERVIEW, "Astana", "--occurrence", "20"), ["no occurrence 20"]),
        (("no-such-source", "Astana"), ["'no-such-source' is neither a text file nor the id of a source"]),
    ],
)
def test_cite_refuses_absent_ambiguous_and_unknown(
    args: tuple[str, ...], complaints: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["cite", *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("eucentralasia: error: ")
    for complaint in complaints:
        assert complaint in err
    assert "Traceback" not in err


def test_check_command_exit_status_and_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = bundled_copy(tmp_path / "data")
    assert main(["check", str(folder)]) == 0
    assert capsys.readouterr().out.strip().endswith(f"{citation_count()} citations: {citation_count()} ok")
    perturb(folder, lambda text: BANNER + text)
    assert main(["check", str(folder)]) == 1
    captured = capsys.readouterr()
    assert ": moved: " in captured.out
    assert "run with --fix" in captured.err
    assert main(["check", str(folder), "--fix"]) == 0
    assert "rewritten" in capsys.readouterr().out
    assert main(["check", str(folder), "--json"]) == 0
    assert '"status": "ok"' in capsys.readouterr().out
    assert main(["check", str(tmp_path / "absent")]) == 1
    assert "no such file or folder" in capsys.readouterr().err


def test_the_command_line_does_not_import_the_extractors_until_used() -> None:
    command = (
        "import sys, eucentralasia.cli, eucentralasia.curate as curate; "
        "print(sorted(m for m in sys.modules if m.startswith('eucentralasia.curate._') "
        "and 'command' not in m)); "
        "curate.propose; print('eucentralasia.curate._propose' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", command], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["[]", "True"]


def test_every_public_name_of_curate_is_found_where_the_package_says() -> None:
    import eucentralasia.curate as curate

    assert sorted(curate.__all__) == sorted(curate._HOMES)
    for name in curate.__all__:
        home = importlib.import_module(f"eucentralasia.curate.{curate._HOMES[name]}")
        assert getattr(curate, name) is getattr(home, name)
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        curate.nothing  # noqa: B018
