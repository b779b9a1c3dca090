"""Indexes, search and exports at scale: each against its floor or a peer, in one process.

Run by hand (not part of the test run) with the ``bench`` dependency group (pandas,
icalendar); duckdb is the peer of `find` where installed (in no group)::

    python benchmarks/bench_exports.py                          # 10^4 and 10^5 events
    python benchmarks/bench_exports.py --sizes 10000 --repeat 5
    python benchmarks/bench_exports.py --sizes 1000000 --full-max 100000 --repeat 2
                                                                # the text index and find only

Each size writes a synthetic JSON data file (`synthetic.py`), loads it beside the bundled
data, then measures, best of ``--repeat`` runs:

- the text index of `RecordSet.find`, built afresh, against the same string built from
  the labels read by hand and lower-cased (the floor: no schema walk, no fold);
- `find` with a common needle (every event) and a rare one (about 1%), against duckdb
  (``contains`` over a table of the same folded labels, positions fetched) or, without
  duckdb, a Python ``in`` test of each record's folded labels;
- `Dataset.search` for a title every event has, a name a few records have, and a word
  no record has (which runs the near-spelling pass), and the ``search`` command on the
  same file in this process (``main(["search", "--data", file, text, "--limit", "0"])``,
  output captured), whole and with its load given the dataset already loaded (the
  command's own work: `Dataset.search` and printing);
- `to_ical` against the same lines joined without folding (`_fold` the identity) and
  against icalendar serializing the same properties, their values computed beforehand;
- `to_frame` of the events against ``pd.DataFrame`` of the same values as dicts.

Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import sys
import tempfile
import unittest.mock
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import synthetic
from timing import best

import eucentralasia as eca
from eucentralasia import cli, export
from eucentralasia._codes import COUNTRY_NAMES
from eucentralasia._index import _TextIndex
from eucentralasia.cli import main as cli_main
from eucentralasia.export import _ical
from eucentralasia.export._tables import record_table

eca.pause_collector(True)  # as in bench_loading.py: the numbers are with the pause the host asks for

COMMON, RARE = "meeting", "number 12"
SEARCHES = {"title (every event)": "meeting", "name (a few)": "official number 12", "near pass": "xyzzy"}


def text_index(events: eca.RecordSet[eca.Event], repeat: int) -> dict[str, Any]:
    """Building the text index of the events, and `find` against duckdb or a Python scan."""
    # The synthetic events only: their labels are their ids and ASCII titles.
    records = [record for record in events if record.id.startswith("event-")]
    built, index = best(lambda: _TextIndex(records), repeat)

    def by_hand() -> str:
        return "".join(f"\x00{r.id}\x00{r.id.replace('-', ' ')}\x00{r.title}".lower() for r in records)

    floor, text = best(by_hand, repeat)
    assert text == index.text
    row: dict[str, Any] = {"index": built, "index_floor": floor}
    events.find(COMMON)  # the set's own index, built once
    built = events._index.text()
    parts = [built.text[built.offsets[i] : built.offsets[i + 1]] for i in range(len(built.offsets) - 1)]
    try:
        import duckdb
    except ImportError:
        duckdb = None
    if duckdb is not None:
        import pandas as pd

        connection = duckdb.connect()
        labels = pd.DataFrame({"pos": range(len(parts)), "labels": parts})  # noqa: F841 - read by duckdb
        connection.execute("CREATE TABLE t AS SELECT * FROM labels")
        row["peer"] = f"duckdb {duckdb.__version__}"
    else:
        row["peer"] = "Python `in` scan"
    for name, needle in (("common", COMMON), ("rare", RARE)):
        ours, found = best(lambda needle=needle: len(events.find(needle)), repeat * 5)
        if duckdb is not None:

            def peer_find(needle: str = needle) -> int:
                query = "SELECT pos FROM t WHERE contains(labels, ?) ORDER BY pos"
                return len(connection.execute(query, [needle]).fetchall())
        else:

            def peer_find(needle: str = needle) -> int:
                return len([i for i, p in enumerate(parts) if needle in p])

        peer, hits = best(peer_find, repeat * 5)
        assert found == hits, (needle, found, hits)
        row[f"find_{name}"], row[f"peer_{name}"], row[f"hits_{name}"] = ours, peer, found
    return row


def searches(ds: eca.Dataset, path: Path, limit: int, repeat: int) -> dict[str, Any]:
    """`Dataset.search` and the ``search`` command over ``--data``: whole, and on `ds` loaded."""
    loaded, _ = best(lambda: eca.load(extra=[path], max_bytes=limit), repeat)
    row: dict[str, Any] = {"load": loaded, "searches": {}}
    for label, text in SEARCHES.items():
        ours, hits = best(lambda text=text: ds.search(text), repeat)

        def command(text: str = text, *options: str) -> str:
            out = io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
                cli_main(["search", "--data", str(path), text, "--limit", "0", *options])
            return out.getvalue()

        whole, _ = best(command, repeat)
        # The command's own work: given the dataset already loaded, as lines and as JSON.
        with unittest.mock.patch.object(cli, "load", return_value=ds):
            own, _ = best(command, repeat)
            own_json, printed = best(lambda text=text: command(text, "--json"), repeat)
        assert [hit["id"] for hit in json.loads(printed)] == [hit.record.id for hit in hits]
        row["searches"][label] = {
            "text": text,
            "hits": len(hits),
            "search": ours,
            "cli": whole,
            "own": own,
            "own_json": own_json,
        }
    return row


def icalendar_peer(ds: eca.Dataset) -> Callable[[], bytes]:
    """icalendar writing the VEVENTs `to_ical` writes, from values computed beforehand."""
    import icalendar

    events = []
    for entry in ds.timeline(statements=False):
        first, last = entry.date.start(), entry.date.end()
        place = None
        if entry.location is not None:
            place = f"{entry.location.place}, {COUNTRY_NAMES[entry.location.country]}"
        stamp = _ical._stamp(ds, entry)
        events.append(
            (
                _ical.uid(entry),
                dt.datetime(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]), tzinfo=dt.UTC),
                dt.date.fromordinal(first.toordinal()),
                dt.date.fromordinal(last.toordinal() + 1),
                entry.what,
                place,
                _ical._description(ds, entry),
                entry.kind,
                str(entry.date),
            )
        )

    def write() -> bytes:
        calendar = icalendar.Calendar()
        calendar.add("prodid", "-//eucentralasia//eucentralasia export//EN")
        calendar.add("version", "2.0")
        for uid, stamp, start, end, summary, place, description, kind, edtf in events:
            event = icalendar.Event()
            event.add("uid", uid)
            event.add("dtstamp", stamp)
            event.add("dtstart", start)
            event.add("dtend", end)
            event.add("summary", summary)
            if place is not None:
                event.add("location", place)
            event.add("description", description)
            event.add("categories", kind)
            event.add("status", "CONFIRMED")
            event.add("transp", "TRANSPARENT")
            event.add("x-eucentralasia-date", edtf)
            calendar.add_component(event)
        return calendar.to_ical()

    return write


def exports(ds: eca.Dataset, repeat: int, peer_repeat: int) -> dict[str, Any]:
    """`to_ical` against its lines unfolded and icalendar; `to_frame` against pd.DataFrame."""
    import pandas as pd

    row: dict[str, Any] = {}
    row["ical"], text = best(lambda: export.to_ical(ds), repeat)
    row["ical_events"] = text.count("BEGIN:VEVENT")
    fold = _ical._fold
    _ical._fold = lambda line: line  # type: ignore[assignment]
    try:
        row["ical_unfolded"], _ = best(lambda: export.to_ical(ds), repeat)
    finally:
        _ical._fold = fold
    row["icalendar"], _ = best(icalendar_peer(ds), peer_repeat)
    table = record_table("events")
    names = [column.name for column in table.columns]
    dicts = [dict(zip(names, values, strict=True)) for values in table.values(ds.events)]
    export.to_frame(ds.events)  # imports pandas' lazily loaded parts
    row["frame"], frame = best(lambda: export.to_frame(ds.events), repeat)
    row["frame_floor"], plain = best(lambda: pd.DataFrame(dicts), repeat)
    assert frame.shape == plain.shape
    return row


def measure(events: int, folder: Path, repeat: int, full: bool) -> dict[str, Any]:
    if not full:
        # The text index and find only, over events built directly (bench_queries.py): no load.
        import bench_queries

        built = eca.RecordSet(eca.Event, bench_queries.make_events(events))
        return {"events": events, "records": len(built), **text_index(built, repeat)}
    path = synthetic.write(folder, events, ("json",))["json"]
    limit = 4 * path.stat().st_size + 64 * 1024 * 1024
    ds = eca.load(extra=[path], max_bytes=limit)
    row: dict[str, Any] = {"events": events, "records": len(ds)}
    row.update(text_index(ds.events, repeat))
    row.update(searches(ds, path, limit, repeat))
    row.update(exports(ds, repeat, 1 if events > 10_000 else repeat))
    return row


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.1f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument(
        "--full-max", type=int, default=100_000, help="larger sizes: the text index and find only, no load"
    )
    args = parser.parse_args()
    eca.load()
    rows = []
    for events in args.sizes:
        folder = args.folder or Path(tempfile.mkdtemp(prefix="eucentralasia-bench-"))
        rows.append(measure(events, folder / str(events), args.repeat, events <= args.full_max))
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)

    print(
        "| records | text index | labels by hand | x floor | `find` common (hits) | peer | x peer "
        "| `find` rare (hits) | peer | x peer |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(
            f"| {r['records']:,} | {ms(r['index'])} | {ms(r['index_floor'])} "
            f"| {r['index'] / r['index_floor']:.1f}x "
            f"| {ms(r['find_common'])} ({r['hits_common']:,}) | {ms(r['peer_common'])} "
            f"| {r['find_common'] / r['peer_common']:.1f}x "
            f"| {ms(r['find_rare'])} ({r['hits_rare']:,}) | {ms(r['peer_rare'])} "
            f"| {r['find_rare'] / r['peer_rare']:.1f}x |"
        )
    print(f"\nPeer for `find`: {rows[0]['peer']}.\n")
    print(
        "| records | search | hits | `Dataset.search` | command, data loaded | x search "
        "| the same, `--json` | command with its `--data` load | `load` alone |"
    )
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        for label, s in r.get("searches", {}).items():
            print(
                f"| {r['records']:,} | {label}: `{s['text']}` | {s['hits']:,} | {ms(s['search'])} "
                f"| {ms(s['own'])} | {s['own'] / s['search']:.2f}x | {ms(s['own_json'])} "
                f"| {ms(s['cli'])} | {ms(r['load'])} |"
            )
    print()
    print(
        "| records | VEVENTs | `to_ical` | unfolded | x unfolded | icalendar | x icalendar "
        "| `to_frame` (events) | `pd.DataFrame` of dicts | x floor |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in (r for r in rows if "ical" in r):
        print(
            f"| {r['records']:,} | {r['ical_events']:,} | {ms(r['ical'])} | {ms(r['ical_unfolded'])} "
            f"| {r['ical'] / r['ical_unfolded']:.2f}x | {ms(r['icalendar'])} "
            f"| {r['ical'] / r['icalendar']:.2f}x "
            f"| {ms(r['frame'])} | {ms(r['frame_floor'])} | {r['frame'] / r['frame_floor']:.1f}x |"
        )


if __name__ == "__main__":
    main()
