"""The command line, run as users run it: ``python -m eucentralasia`` in a subprocess."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import unittest.mock
from pathlib import Path

import attrs
import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia import Citation, Dataset, cli, converter
from eucentralasia._schema import citations_of as _citations
from eucentralasia._schema import labels as labels_of
from eucentralasia.cli import main
from eucentralasia.testing import datasets, example_dataset, write_dataset


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"} | {"PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "eucentralasia", *args],
        capture_output=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


@pytest.fixture(autouse=True)
def _no_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Output as a pipe gets it, unwrapped, unless a test sets COLUMNS (CI may set it)."""
    monkeypatch.delenv("COLUMNS", raising=False)


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
    assert first[:2] == ["Dec", "2015"]
    assert second[:3] == ["1", "Mar", "2020"]
    assert summit[:3] == ["3\u20134", "Apr", "2025"]
    assert "First EU-Central Asia summit (Samarkand, UZ)  [example-summit]" in lines[2]
    assert forum[-1] == "[example-forum]"
    assert "EPCA: signed  [example-epca]" in lines[0]


def test_timeline_of_the_bundled_data() -> None:
    result = run("timeline")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    for line in result.stdout.splitlines():
        assert line.rstrip().endswith("]")


@pytest.mark.parametrize("flag", [[], ["--statements"], ["--kind", "statement"]])
def test_timeline_shows_statements_only_when_asked(
    capsys: pytest.CaptureFixture[str], flag: list[str]
) -> None:
    result = call(capsys, "timeline", *flag)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    ds = eca.load()
    expected = ds.timeline(statements=bool(flag))
    if flag[:1] == ["--kind"]:
        expected = tuple(entry for entry in expected if entry.kind == "statement")
    assert len(lines) == len(expected)
    # One date column, as a person reads the date; then what happened and the id.
    column = max(len(entry.when) for entry in expected)
    for line, entry in zip(lines, expected, strict=True):
        assert line.startswith(entry.when)
        assert line.endswith(f"[{entry.id}]")
        assert line[column : column + 2] == "  "
        assert line[column + 2 :].startswith(entry.what)
    said = [entry for entry in expected if entry.kind == "statement"]
    assert bool(said) == bool(flag)


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
    assert result.stdout.rstrip().endswith(f"(data {eca.load().version})")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["timeline", "--from", "2025-13"], ["--from", "'2025-13' is not a valid date"]),
        (["timeline", "--to", "yesterday"], ["--to", "'yesterday'"]),
        (["timeline", "--country", "Atlantis"], ["got 'Atlantis'", "country code"]),
        (["timeline", "--kind", "party"], ["--kind", "invalid choice: 'party'"]),
        (["timeline", "--from", "2025", "--to", "2024"], ["--to 2024 is before --from 2025"]),
        (["timeline", "--involving", "example-tokayv"], ["did you mean 'example-tokayev'"]),
        (["timeline", "--colour", "red"], ["unrecognized arguments: --colour red"]),
        (["dance"], ["unknown command 'dance'; the commands are timeline, show"]),
        (["timelin"], ["unknown command 'timelin'; did you mean 'timeline'?"]),
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


# -- the other commands: show, search, verify, stats, export, plot ------------------------
# Most run in-process through `main` (fast); a few run end to end in a subprocess.


def call(capsys: pytest.CaptureFixture[str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run `main` in-process; return what a subprocess run would: status, stdout, stderr."""
    try:
        status = main(list(args))
    except SystemExit as exc:  # argparse: --help, and errors in the command line
        status = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(list(args), status, out, err)


def serve(monkeypatch: pytest.MonkeyPatch, dataset: Dataset) -> None:
    """Make the command line work on `dataset` instead of loading data files."""
    monkeypatch.setattr(cli, "load", lambda extra=(): dataset)


COMMANDS = ["timeline", "show", "search", "verify", "stats", "export", "plot", "reference"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_examples_and_data(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    result = call(capsys, command, "--help")
    assert result.returncode == 0
    assert "examples:" in result.stdout
    assert f"eucentralasia {command}" in result.stdout.split("examples:")[1]
    assert "--data PATH" in result.stdout
    assert command in call(capsys, "--help").stdout


def test_timeline_json(capsys: pytest.CaptureFixture[str], example: Path) -> None:
    result = call(capsys, "timeline", "--json", "--data", str(example), "--involving", "UZ")
    assert result.returncode == 0, result.stderr
    entries = [e for e in json.loads(result.stdout) if e["id"].startswith("example-")]
    assert entries == [
        {
            "date": "2025-04-03/2025-04-04",
            "when": "3\u20134 Apr 2025",
            "what": "First EU-Central Asia summit",
            "id": "example-summit",
            "kind": "summit",
            "place": "Samarkand",
            "country": "UZ",
        }
    ]
    everything = json.loads(call(capsys, "timeline", "--json").stdout)
    happenings = eca.load().timeline(statements=False)
    assert [(e["date"], e["id"]) for e in everything] == [(str(e.date), e.id) for e in happenings]
    everything = json.loads(call(capsys, "timeline", "--json", "--statements").stdout)
    assert [(e["date"], e["id"]) for e in everything] == [(str(e.date), e.id) for e in eca.load().timeline()]


def test_timeline_json_kind_filter_and_no_match(capsys: pytest.CaptureFixture[str], example: Path) -> None:
    result = call(capsys, "timeline", "--json", "--data", str(example), "--kind", "signed", "--to", "2019")
    milestones = [e for e in json.loads(result.stdout) if e["id"] == "example-epca"]
    assert milestones == [
        {
            "date": "2015-12",
            "when": "Dec 2015",
            "what": "EPCA: signed",
            "id": "example-epca",
            "kind": "signed",
            "place": None,
            "country": None,
        }
    ]
    result = call(capsys, "timeline", "--json", "--from", "2090")
    assert (result.returncode, json.loads(result.stdout), result.stderr) == (0, [], "")


def test_show_a_trade_figure_with_its_quote_in_place(capsys: pytest.CaptureFixture[str]) -> None:
    result = call(capsys, "show", "kazakhstan-eu-trade-turnover-2024")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["kazakhstan-eu-trade-turnover-2024", "trade-figure"]
    out = result.stdout
    assert "reaching almost 50 billion dollars last year" in out
    assert "characters 4325\u20134413" in out
    assert "Interview with Kazakhstan Deputy Minister of Foreign Affairs Roman Vassilenko" in out
    # The quote in the words around it, marked, with the text going on either side.
    (context,) = [line.strip() for line in lines if "«" in line]
    assert context.startswith("… ")
    assert context.endswith(" …")
    assert "mutual benefits. «Our trade has grown" in context
    assert "last year», 17% increase compared to 2023" in context
    # The date with its precision, its basis and the note saying how it was derived.
    (period,) = [line for line in lines if line.strip().startswith("period")]
    assert "2024 (2024; precision: year; basis: derived: 'last year' in the 2025 interview: 2024.)" in period
    assert "qualifier   almost" in out
    # The name heads the output, once: not again as a field.
    assert out.count("Trade between Kazakhstan and the EU in 2024, almost $50 billion.") == 1
    # The source's title is given the first time it is named, then its id alone.
    assert out.count("Interview with Kazakhstan Deputy Minister of Foreign Affairs Roman Vassilenko") == 1


def test_show_an_official_references_read_id_and_name(capsys: pytest.CaptureFixture[str]) -> None:
    result = call(capsys, "show", "josef-sikela")
    assert result.returncode == 0, result.stderr
    assert "organization  european-commission (European Commission)" in result.stdout
    assert "source        eureporter-2025-vassilenko-interview (Interview with" in result.stdout
    assert '"two Commissioners visited Kazakhstan, Kaja Kallas and Josef Síkela"' in result.stdout
    assert "characters 2748\u20132814" in result.stdout


def test_show_an_agreement_lists_milestones_with_their_own_quotes(
    capsys: pytest.CaptureFixture[str], example: Path
) -> None:
    result = call(capsys, "show", "example-epca", "--data", str(example))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "- kind  signed" in out
    assert "date  2015-12 (Dec 2015; precision: month; basis: stated)" in out
    # Each milestone's quote sits under that milestone, before the record's own quotes.
    signed, in_force, own = (
        out.index('"signed in December 2015"'),
        out.index('"entered into force on 1 March 2020"'),
        out.index('"The Enhanced Partnership and Cooperation Agreement (EPCA)"'),
    )
    assert out.index("- kind  signed") < signed < out.index("- kind  in-force") < in_force < own
    assert "Kazakhstan, «signed in December 2015», entered into force" in out


def test_show_an_event_location_and_participants(capsys: pytest.CaptureFixture[str], example: Path) -> None:
    out = call(capsys, "show", "example-summit", "--data", str(example)).stdout
    assert "location      Samarkand, UZ" in out
    assert "participants  example-commission (European Commission)" in out
    assert (
        "date          2025-04-03/2025-04-04 (3\u20134 Apr 2025; precision: day, a range; basis: stated)"
        in out
    )
    assert "Example Gazette, 30 May 2025. «The first EU-Central Asia summit" in out


def test_show_json(capsys: pytest.CaptureFixture[str], example: Path) -> None:
    result = call(capsys, "show", "example-epca", "--json", "--data", str(example))
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    record = example_dataset().get("example-epca")
    assert shown["id"] == "example-epca"
    assert shown["kind"] == "agreement"
    assert shown["record"] == json.loads(json.dumps(converter.unstructure(record)))
    assert [q["field"] for q in shown["quotes"]] == [
        "citations[0]",
        "milestones[0].citations[0]",
        "milestones[1].citations[0]",
    ]
    first = shown["quotes"][1]
    assert first["quote"] == "signed in December 2015"
    assert first["source"] == "example-article"
    assert first["source_title"] == "The EU and Central Asia (an invented example)"
    text = example_dataset().sources.get("example-article").text
    assert text is not None
    assert text[first["start"] : first["end"]] == first["quote"]
    assert "«signed in December 2015»" in first["context"]


def test_show_an_unknown_id_exits_1_with_suggestions(capsys: pytest.CaptureFixture[str]) -> None:
    result = call(capsys, "show", "josef-sikla")
    assert_one_line_error(result, 1, "no record with id 'josef-sikla'", "did you mean 'josef-sikela'")


def test_show_without_the_source_at_hand(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Dataset() takes records as given: a quote whose source is missing still shows.
    serve(monkeypatch, Dataset([example_dataset().get("example-forum")]))
    result = call(capsys, "show", "example-forum")
    assert result.returncode == 0, result.stderr
    assert "example-article, characters " in result.stdout
    assert "«" not in result.stdout
    assert "participants  example-tokayev\n" in result.stdout


def test_show_end_to_end() -> None:
    result = run("show", "kazakhstan-eu-trade-turnover-2024")
    assert result.returncode == 0, result.stderr
    assert "reaching almost 50 billion dollars last year" in result.stdout
    assert "characters 4325\u20134413" in result.stdout
    assert_one_line_error(run("show", "nothing-like-this"), 1, "no record with id 'nothing-like-this'")


def search_ids(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line.split()[0] for line in result.stdout.splitlines()]


def test_search_finds_sikela_first_ignoring_case_and_accents(capsys: pytest.CaptureFixture[str]) -> None:
    for text in ("sikela", "SÍKELA", "Josef Síkela", "Jozef Síkela", "josef sikela"):
        result = call(capsys, "search", text)
        assert result.returncode == 0, result.stderr
        assert search_ids(result)[0] == "josef-sikela", (text, result.stdout)
    first = call(capsys, "search", "sikela").stdout.splitlines()[0].split()
    assert first[:4] == ["josef-sikela", "official", "Jozef", "Síkela"]
    # Records that only quote him come after the ones named after him.
    result = call(capsys, "search", "sikela", "--json")
    ranks = [hit["rank"] for hit in json.loads(result.stdout)]
    assert ranks == sorted(ranks, key=["exact", "name", "title", "text", "quote"].index)
    assert "quote" in ranks


def test_search_ranking_tiers(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    ds = example_dataset()
    # One record per tier, each matching "zephyr" only where its tier looks.
    blew = Citation(source="example-article", quote="a zephyr blew", start=0, end=13)
    records: list[eca.Record] = [
        ds.get("example-article"),
        attrs.evolve(ds.trade_figures.get("example-trade-2024"), id="figure-one", citations=(blew,)),
        attrs.evolve(
            ds.agreements.get("example-epca"), id="agreement-one", summary="Named for Commissioner Zephyr."
        ),
        attrs.evolve(ds.events.get("example-summit"), id="event-one", title="The zephyr summit"),
        attrs.evolve(
            ds.organizations.get("example-commission"), id="organization-two", name="Anzephyr", aliases=()
        ),
        attrs.evolve(ds.officials.get("example-sikela"), id="official-one", name="Zephyr Jones"),
        attrs.evolve(
            ds.organizations.get("example-commission"), id="organization-one", name="Zephyr", aliases=()
        ),
    ]
    serve(monkeypatch, Dataset(records))
    result = call(capsys, "search", "ZEPHYR")
    assert result.returncode == 0, result.stderr
    assert search_ids(result) == [
        "organization-one",  # exact name
        "official-one",  # name, at a word start
        "organization-two",  # name, inside a word
        "event-one",  # title
        "agreement-one",  # summary
        "figure-one",  # quote
    ]
    wheres = [line.rsplit("(", 1)[1] for line in result.stdout.splitlines()]
    assert wheres[0] == "exact name)"
    assert wheres[4] == "summary: Named for Commissioner «Zephyr».)"
    assert wheres[5] == "quote in example-article: a «zephyr» blew)"
    hits = json.loads(call(capsys, "search", "zephyr", "--json").stdout)
    assert [hit["rank"] for hit in hits] == ["exact", "name", "name", "title", "text", "quote"]
    assert hits[5]["source"] == "example-article"
    assert search_ids(call(capsys, "search", "zephyr", "--kind", "event", "--kind", "agreement")) == [
        "event-one",
        "agreement-one",
    ]


def test_search_limit_no_match_and_empty_text(capsys: pytest.CaptureFixture[str]) -> None:
    everything = call(capsys, "search", "a", "--limit", "0")
    assert len(everything.stdout.splitlines()) > 20
    assert everything.stderr == ""
    limited = call(capsys, "search", "a", "--limit", "3")
    assert search_ids(limited) == search_ids(everything)[:3]
    assert limited.stderr.strip().endswith("more match; see them all with --limit 0")
    nothing = call(capsys, "search", "qqxqq")
    assert (nothing.returncode, nothing.stdout) == (0, "")
    assert nothing.stderr.strip() == "no records match 'qqxqq'"
    nothing = call(capsys, "search", "qqxqq", "--json")
    assert (nothing.returncode, json.loads(nothing.stdout)) == (0, [])
    assert_one_line_error(call(capsys, "search", "  "), 2, "the text to look for is empty")
    assert_one_line_error(call(capsys, "search", "a", "--limit", "-1"), 2, "--limit", "'-1'")
    assert_one_line_error(call(capsys, "search", "a", "--kind", "person"), 2, "invalid choice: 'person'")


def test_verify_the_bundled_data(capsys: pytest.CaptureFixture[str]) -> None:
    ds = eca.load()
    citations = sum(len(r.citations) for r in ds) + sum(
        len(m.citations) for a in ds.agreements for m in a.milestones
    )
    result = call(capsys, "verify")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{len(ds)} records, {citations} citations, ")
    assert result.stdout.rstrip().endswith("references checked: all OK")
    assert result.stderr == ""


def test_verify_lists_every_failure(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ds = example_dataset()
    summit = ds.get("example-summit")
    assert isinstance(summit, eca.Event)
    moved = attrs.evolve(
        summit.citations[0], start=summit.citations[0].start + 1, end=summit.citations[0].end + 1
    )
    records = [r for r in ds if r.id != "example-summit"]
    records.append(attrs.evolve(summit, citations=(moved,), participants=("example-nobody",)))
    serve(monkeypatch, Dataset(records))
    result = call(capsys, "verify")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 3
    assert all(line.startswith("eucentralasia: error: ") for line in lines)
    assert "record 'example-summit', field participants[0]: no official or organization has id" in lines[0]
    assert "record 'example-summit', field citations[0].quote: expected the text at" in lines[1]
    assert lines[2].endswith("references checked: 2 problems")


def test_verify_a_user_file_with_a_tampered_quote_fails_at_load(tmp_path: Path) -> None:
    write_dataset(example_dataset(), tmp_path)
    result = run("verify", "--data", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "all OK" in result.stdout
    events = tmp_path / "events.toml"
    # The same length, so the span still adds up: only the words differ from the source.
    tampered = events.read_text(encoding="utf-8").replace("in Samarkand", "in Samarqand")
    events.write_text(tampered, encoding="utf-8")
    assert_one_line_error(
        run("verify", "--data", str(tmp_path)),
        1,
        str(events),
        "'example-summit'",
        "citations[0].quote",
        "it is not in the text",
    )


def test_stats_counts_match_the_dataset(capsys: pytest.CaptureFixture[str]) -> None:
    ds = eca.load()
    result = call(capsys, "stats", "--json")
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["records"] == {
        "total": len(ds),
        "sources": len(ds.sources),
        "events": len(ds.events),
        "agreements": len(ds.agreements),
        "officials": len(ds.officials),
        "organizations": len(ds.organizations),
        "trade_figures": len(ds.trade_figures),
        "statements": len(ds.statements),
        "relations": len(ds.relations),
    }
    assert sum(stats["events"]["by_kind"].values()) == len(ds.events)
    assert sum(stats["events"]["by_status"].values()) == len(ds.events)
    assert sum(stats["agreements"]["by_status"].values()) == len(ds.agreements)
    assert stats["events"]["by_kind"]["summit"] == len(ds.events.where(kind="summit"))
    dates = stats["dates"]
    assert sum(dates["by_basis"].values()) == sum(dates["by_precision"].values()) == dates["dated"]
    assert set(dates["by_basis"]) <= {"stated", "derived", "external"}
    undated_events = sum(1 for e in ds.events if e.date is None)
    assert dates["undated"].get("event date", 0) == undated_events
    timeline = ds.timeline()
    assert stats["timeline"]["entries"] == len(timeline)
    assert stats["timeline"]["earliest"]["id"] == timeline[0].id
    assert stats["timeline"]["latest"]["date"] == str(timeline[-1].date)
    by_source = {s["id"]: s for s in stats["sources"]}
    assert set(by_source) == set(ds.sources.ids)
    cited = [c.source for r in ds for _, c in _citations(r)]
    for source in ds.sources:
        entry = by_source[source.id]
        assert entry["citations"] == cited.count(source.id)
        assert entry["characters"] == len(source.text or "")
        assert 0 < entry["quoted_share"] <= 1
        assert entry["title"] == source.title
        assert entry["published"] == str(source.published)


def test_stats_text(capsys: pytest.CaptureFixture[str], example: Path) -> None:
    ds = eca.load([example])
    result = call(capsys, "stats", "--data", str(example))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["records", f"{len(ds)}:", "sources"]
    assert f"events {len(ds.events)}" in lines[0]
    assert any(line.startswith("  earliest") and "[central-asian-independence]" in line for line in lines)
    assert "  example-article\n    The EU and Central Asia (an invented example)\n" in result.stdout
    cited = sum(1 for r in example_dataset() for _, c in _citations(r) if c.source == "example-article")
    assert f"published 2025-05-30 (30 May 2025); {cited} citations; quotes cover" in result.stdout


@pytest.mark.parametrize(
    ("format", "name"),
    [
        ("json", "data.json"),
        ("jsonld", "data.jsonld"),
        ("ics", "events.ics"),
        ("csv", "tables"),
        ("datapackage", "package"),
    ],
)
def test_export_writes_each_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, format: str, name: str
) -> None:
    out = tmp_path / name
    result = call(capsys, "export", "--format", format, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {out}")
    if format in ("csv", "datapackage"):
        written = sorted(path.name for path in out.iterdir())
        assert "events.csv" in written
        assert "citations.csv" in written
        assert all((out / file).stat().st_size > 0 for file in written)
        assert ("datapackage.json" in written) == (format == "datapackage")
        assert len(result.stdout.splitlines()) == (len(eca.COLLECTIONS) + 1 if format == "csv" else 1)
    else:
        assert out.stat().st_size > 0
        text = out.read_text(encoding="utf-8")
        if format == "ics":
            assert text.startswith("BEGIN:VCALENDAR")
        else:
            assert json.loads(text)


def test_export_sqlite_by_its_ending(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import sqlite3

    out = tmp_path / "eucentralasia.db"
    result = call(capsys, "export", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"wrote {out}", f"wrote {tmp_path / 'metadata.json'}"]
    with contextlib.closing(sqlite3.connect(out)) as db:
        [(count,)] = db.execute("SELECT count(*) FROM events").fetchall()
    assert count == len(eca.load().events)
    assert_one_line_error(
        call(capsys, "export", "--format", "sqlite", "--out", "-"), 2, "sqlite writes a database file"
    )


def test_export_parquet_writes_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "parquet"
    result = call(capsys, "export", "--format", "parquet", "--out", str(out))
    assert result.returncode == 0, result.stderr
    names = [*eca.COLLECTIONS, "citations"]
    assert result.stdout.splitlines() == [f"wrote {out / name}.parquet" for name in names]
    assert pq.read_table(out / "events.parquet").num_rows == len(eca.load().events)


def jsonl_of(records: list[object], folder: Path) -> Path:
    """`records` as one JSON Lines data file in `folder`, their sources' texts beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for record in records:
        collection = eca.COLLECTIONS.of(type(record)).name
        lines.append(json.dumps({collection: converter.unstructure(record)}, ensure_ascii=False))
        if isinstance(record, eca.Source) and record.text is not None:
            (folder / record.text_file).write_text(record.text, encoding="utf-8")
    path = folder / "data.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_export_parquet_streams_user_data(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    duckdb = pytest.importorskip("duckdb")
    data = jsonl_of(list(example_dataset()), tmp_path / "data")
    want = eca.load([data])

    def no_load(extra: object = ()) -> Dataset:
        raise AssertionError("export --format parquet streams: nothing is loaded as a Dataset")

    monkeypatch.setattr(cli, "load", no_load)
    out = tmp_path / "parquet"
    result = call(capsys, "export", "--format", "parquet", "--out", str(out), "--data", str(data))
    assert result.returncode == 0, result.stderr
    names = [*eca.COLLECTIONS, "citations"]
    assert result.stdout.splitlines() == [f"wrote {out / name}.parquet" for name in names]
    for name in eca.COLLECTIONS:
        ids = pq.read_table(out / f"{name}.parquet", columns=["id"]).column("id").to_pylist()
        assert sorted(ids) == sorted(r.id for r in getattr(want, name))
    # DuckDB reads the folder: the example's dated events with their typed first day.
    query = f"SELECT id, date_start FROM '{out}/events.parquet' WHERE starts_with(id, 'example-') ORDER BY id"
    rows = duckdb.connect().execute(query).fetchall()
    examples = sorted((e.id, e.date.start()) for e in want.events if e.id.startswith("example-"))
    assert [(i, str(d)) for i, d in rows] == [(i, d.to_date_string()) for i, d in examples]


def test_export_parquet_rejects_bad_data_writing_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pytest.importorskip("pyarrow")
    data = jsonl_of(list(example_dataset()), tmp_path / "data")
    with data.open("a", encoding="utf-8") as stream:  # a second record with an event's id
        event = next(iter(example_dataset().events))
        stream.write(json.dumps({"events": converter.unstructure(event)}) + "\n")
    fresh, kept = tmp_path / "fresh", tmp_path / "kept"
    kept.mkdir()
    (kept / "events.parquet").write_bytes(b"an earlier export")
    for out in (fresh, kept):
        result = call(capsys, "export", "--format", "parquet", "--out", str(out), "--data", str(data))
        assert_one_line_error(result, 1, "duplicate id", event.id)
    assert not fresh.exists() or not any(fresh.iterdir())
    assert [p.name for p in kept.iterdir()] == ["events.parquet"]
    assert (kept / "events.parquet").read_bytes() == b"an earlier export"


def test_export_json_holds_user_data(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, example: Path
) -> None:
    from eucentralasia.export import read_json

    out = tmp_path / "all.json"
    assert (
        call(capsys, "export", "--format", "json", "--out", str(out), "--data", str(example)).returncode == 0
    )
    assert read_json(out) == eca.load([example])


def test_export_bad_output_paths(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    a_file = tmp_path / "file.json"
    a_file.write_text("{}", encoding="utf-8")
    assert_one_line_error(
        call(capsys, "export", "--format", "json", "--out", str(tmp_path)), 1, "json writes a file"
    )
    assert_one_line_error(
        call(capsys, "export", "--format", "csv", "--out", str(a_file)), 1, "csv writes a folder"
    )
    missing = tmp_path / "no" / "such" / "folder" / "out.ics"
    assert_one_line_error(
        call(capsys, "export", "--format", "ics", "--out", str(missing)), 1, f"cannot write {missing}"
    )
    assert_one_line_error(
        call(capsys, "export", "--format", "xml", "--out", str(a_file)), 2, "invalid choice: 'xml'"
    )
    assert_one_line_error(call(capsys, "export", "--format", "json"), 2, "--out")


def test_export_names_a_missing_extra(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import eucentralasia.export
    from eucentralasia.export._optional import missing_extra

    def broken(dataset: Dataset, path: object) -> Path:
        raise missing_extra("rdflib", "jsonld", "write_jsonld")

    monkeypatch.setattr(eucentralasia.export, "write_jsonld", broken)
    result = call(capsys, "export", "--format", "jsonld", "--out", str(tmp_path / "x.jsonld"))
    assert_one_line_error(result, 1, 'pip install "eucentralasia[jsonld]"')


def test_plot_writes_a_png(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    out = tmp_path / "timeline.png"
    result = call(capsys, "plot", "--out", str(out), "--group-by", "kind")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out}"
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG")
    assert len(data) > 10_000


def test_plot_without_matplotlib_names_the_extra(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.backends.backend_agg", None)
    out = tmp_path / "timeline.png"
    assert_one_line_error(call(capsys, "plot", "--out", str(out)), 1, 'pip install "eucentralasia[plot]"')
    assert not out.exists()


def test_plot_bad_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert_one_line_error(
        call(capsys, "plot", "--out", str(tmp_path / "t.gif")), 2, "--out", ".png, .svg or .pdf"
    )
    assert_one_line_error(call(capsys, "plot"), 2, "--out")
    folder = tmp_path / "looks-like.png"
    folder.mkdir()
    assert_one_line_error(call(capsys, "plot", "--out", str(folder)), 1, f"cannot write {folder}")
    assert_one_line_error(
        call(capsys, "plot", "--out", str(tmp_path / "x" / "t.png"), "--group-by", "year"), 2
    )


def test_a_bad_data_file_fails_every_command_at_load(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[[events]]\nid = 'x'\n", encoding="utf-8")
    for command in (
        ["show", "x"],
        ["search", "x"],
        ["verify"],
        ["stats"],
        ["export", "--format", "json", "--out", str(tmp_path / "o.json")],
    ):
        result = call(capsys, *command, "--data", str(bad))
        assert result.returncode == 1, command
        assert result.stdout == ""
        assert all(
            line.startswith(f"eucentralasia: error: {bad}, record 'x'") for line in result.stderr.splitlines()
        )
    assert not (tmp_path / "o.json").exists()


@pytest.mark.parametrize("text", ["sikela", "EPCA", "raw materials", "astana", "Kazakhstan", "é"])
def test_search_prints_what_dataset_search_returns(capsys: pytest.CaptureFixture[str], text: str) -> None:
    """The command is a view of `Dataset.search`: the same records, in the same order."""
    result = call(capsys, "search", text, "--json", "--limit", "0")
    assert result.returncode == 0, result.stderr
    printed = [(hit["id"], hit["rank"], hit["field"]) for hit in json.loads(result.stdout)]
    assert printed == [(hit.record.id, hit.rank, hit.field) for hit in eca.load().search(text)]


# -- fitting the terminal, and the command line's own conventions ------------------------

WIDE = [
    "timeline",
    "timeline --statements",
    "show josef-sikela",
    "show kazakhstan-eu-trade-turnover-2024",
    "show epca",
    "show eureporter-2025-vassilenko-interview",
    "search Vasilenko",
    "search kazakhstan --limit 0",
    "search Uzbekistan",
    "stats",
]


@pytest.mark.parametrize("columns", [80, 100])
@pytest.mark.parametrize("command", WIDE)
def test_output_fits_the_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str, columns: int
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    wrapped = call(capsys, *command.split())
    assert wrapped.returncode == 0, wrapped.stderr
    assert wrapped.stdout
    assert max(map(len, wrapped.stdout.splitlines())) <= columns
    monkeypatch.delenv("COLUMNS")
    whole = call(capsys, *command.split())  # not a terminal and no COLUMNS: not wrapped
    # The same text either way: only where lines break differs (a long id may be cut).
    assert "".join(whole.stdout.split()) == "".join(wrapped.stdout.split())
    assert len(whole.stdout.splitlines()) < len(wrapped.stdout.splitlines())


def test_a_bare_command_prints_the_command_list(capsys: pytest.CaptureFixture[str]) -> None:
    result = call(capsys)
    assert result.returncode == 0
    assert result.stderr == ""
    assert result.stdout == call(capsys, "--help").stdout
    for command in cli.COMMANDS:
        assert command in result.stdout


def test_errors_have_one_prefix(capsys: pytest.CaptureFixture[str], example: Path) -> None:
    for args in (["timeline", "--from", "2025-13"], ["show", "nothing-here"], ["search", " "], ["tmeline"]):
        result = call(capsys, *args)
        assert result.returncode in (1, 2)
        assert result.stderr.startswith("eucentralasia: error: "), result.stderr


@pytest.mark.parametrize("text", ["Vasilenko", "Kallass", "Kazakstan", "Uzbekistan", "sikela"])
def test_search_prints_the_hits_of_dataset_search_in_order(
    capsys: pytest.CaptureFixture[str], text: str
) -> None:
    result = call(capsys, "search", text, "--limit", "0", "--json")
    assert [hit["id"] for hit in json.loads(result.stdout)] == [h.record.id for h in eca.load().search(text)]
    lines = call(capsys, "search", text, "--limit", "0").stdout.splitlines()
    assert [line.split()[0] for line in lines] == [h.record.id for h in eca.load().search(text)]


def test_search_names_near_matches(capsys: pytest.CaptureFixture[str]) -> None:
    first = call(capsys, "search", "Vasilenko").stdout.splitlines()[0]
    assert first.split()[:2] == ["roman-vassilenko", "official"]
    assert first.endswith("(near name)")


def test_show_lists_related_records_and_formats_values(capsys: pytest.CaptureFixture[str]) -> None:
    sikela = call(capsys, "show", "josef-sikela").stdout
    related = sikela.split("\n  related\n")[1]
    assert "josef-sikela-visit-kazakhstan (Jozef Síkela's visit to Kazakhstan)" in related
    assert "european-commission (European Commission)" in related
    vassilenko = call(capsys, "show", "roman-vassilenko").stdout.split("\n  related\n")[1]
    assert "statements" in vassilenko
    said = [s.id for s in eca.load().statements if s.speaker == "roman-vassilenko"]
    assert said[0] in vassilenko
    epca = call(capsys, "show", "epca").stdout.split("\n  related\n")[1]
    assert "eu-kazakhstan-cooperation-council-2023" in epca
    figure = call(capsys, "show", "kazakhstan-eu-trade-turnover-2024").stdout
    assert "value       USD 50 billion (50,000,000,000)" in figure


def test_country_and_involving_take_names(capsys: pytest.CaptureFixture[str]) -> None:
    by_code = call(capsys, "timeline", "--country", "KG").stdout
    assert by_code
    assert call(capsys, "timeline", "--country", "Kyrgyzstan").stdout == by_code
    assert call(capsys, "timeline", "--country", "kg").stdout == by_code
    by_id = call(capsys, "timeline", "--involving", "kaja-kallas").stdout
    assert call(capsys, "timeline", "--involving", "Kaja Kallas").stdout == by_id
    assert_one_line_error(call(capsys, "timeline", "--involving", "XX"), 2, "no country")


@pytest.mark.parametrize(
    ("name", "format"), [("a.json", "json"), ("a.jsonld", "jsonld"), ("a.ics", "ics"), ("A.ICAL", "ics")]
)
def test_the_export_format_follows_the_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, format: str
) -> None:
    assert call(capsys, "export", "--out", str(tmp_path / name)).returncode == 0
    stdout = call(capsys, "export", "--format", format, "--out", "-")
    assert stdout.returncode == 0
    assert stdout.stdout == (tmp_path / name).read_bytes().decode("utf-8")  # byte for byte


def test_export_to_standard_output_and_its_refusals(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    result = call(capsys, "export", "--format", "json", "--out", "-")
    assert eca.export.read_json(result.stdout) == eca.load()
    assert not Path("-").exists()
    assert_one_line_error(call(capsys, "export", "--format", "csv", "--out", "-"), 2, "csv writes a folder")
    assert_one_line_error(call(capsys, "export", "--out", str(tmp_path / "x.xml")), 2, "--format is needed")
    assert_one_line_error(call(capsys, "export", "--out", str(tmp_path / "tables")), 2, "--format is needed")


def test_a_search_text_starting_with_a_dash_goes_after_two_dashes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--json", "--limit", "0", "--", "-A"]) == 0
    assert isinstance(json.loads(capsys.readouterr().out), list)
    with pytest.raises(SystemExit) as info:
        main(["search", "-A"])  # without "--", an unknown option: the usage error says so
    assert info.value.code == 2


@given(datasets(), st.data())
@settings(max_examples=20)
def test_search_prints_the_hits_of_dataset_search_for_any_dataset(ds: Dataset, data: st.DataObject) -> None:
    """On any dataset and text, the command prints `Dataset.search`'s hits, in order."""
    labels = sorted({label for record in ds for label in labels_of(record)}) or ["a"]
    halves = st.sampled_from(labels).map(lambda label: label[: len(label) // 2 + 1])
    text = data.draw(halves | st.text(max_size=6))
    if not " ".join(text.split()):
        return
    expected = [(hit.record.id, hit.rank, hit.field) for hit in ds.search(text)]
    environ = {key: value for key, value in os.environ.items() if key != "COLUMNS"}  # lines not wrapped
    for options in (["--json"], []):
        out = io.StringIO()
        with (
            unittest.mock.patch.object(cli, "load", return_value=ds),
            unittest.mock.patch.dict(os.environ, environ, clear=True),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(io.StringIO()),
        ):
            # After "--" a text is the text even where it starts with "-" ("-A"), as POSIX has it.
            assert main(["search", "--limit", "0", *options, "--", text]) == 0
        if options:
            assert [(hit["id"], hit["rank"], hit["field"]) for hit in json.loads(out.getvalue())] == expected
            continue
        rest = "\n" + out.getvalue()
        for id, _, _ in expected:  # each hit's line starts with its id, in this order
            at = rest.find(f"\n{id} ")
            assert at != -1, id
            rest = rest[at + 1 + len(id) :]
