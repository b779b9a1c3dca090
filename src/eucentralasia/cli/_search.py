"""``eucentralasia search TEXT``: the hits of `Dataset.search`, best first."""

from __future__ import annotations

import argparse
import sys
from typing import Final

from eucentralasia._dataset import Dataset
from eucentralasia._model import COLLECTIONS
from eucentralasia._provenance import in_context
from eucentralasia._schema import heading_of
from eucentralasia._search import SearchHit, locate_folded, normalize_query
from eucentralasia.cli._common import (
    PROG,
    Command,
    Parser,
    UsageError,
    add_kind_option,
    kind_of,
    print_json,
    whole_number,
)
from eucentralasia.cli._render import hanging, width

__all__ = ["COMMAND"]

_FIELD_WORDS: Final = {"aliases": "alias", "authors": "author", "short_name": "short name"}

_SEARCH_EXAMPLES = f"""\
examples:
  {PROG} search sikela
  {PROG} search "raw materials" --limit 5
  {PROG} search EPCA --kind agreement
  {PROG} search astana --json

The text is matched anywhere, ignoring case and accents ("sikela" finds "Síkela"), in:
ids (hyphens or spaces: "josef sikela" finds josef-sikela); names, short names and
aliases; titles (an official's role titles too), a trade figure's description and metric,
a source's authors;
summaries and notes; quotes (a record's and its milestones').
Results are ranked by their best match, best first:
  1. exact  a whole id, name, short name, alias, title, description, metric or author is the text
  2. name   an id, name, short name or alias contains it
  3. title  a title, description, metric or author contains it
  4. text   a summary or note contains it
  5. quote  a quote contains it
and within a rank, a match at the start of a word before one inside a word, then the
shorter text (a closer match), then by id. Each line reads
  id  kind  name  (where it matched)
--json prints an array of objects with id, kind, name, rank (exact, name, title, text,
quote), field, matched (the text that matched) and source (a quote's source, else null).
Finding nothing is not an error: "no records match" is printed on stderr and the exit
status is 0.
"""


def _search_options(parser: Parser) -> None:
    """The options and arguments of ``search``."""
    parser.add_argument("text", metavar="TEXT", help="the text to look for (case and accents ignored)")
    parser.add_argument(
        "--limit",
        type=whole_number,
        default=20,
        metavar="N",
        help="show at most N results (default 20; 0: all)",
    )
    add_kind_option(
        parser, [collection.key for collection in COLLECTIONS.values()], "only records of this kind"
    )


def _where(hit: SearchHit, needle: str) -> str:
    """Where a hit matched, for a person: ``name``, ``alias "EC"``, ``quote in x: … «y» …``."""
    field = _FIELD_WORDS.get(hit.field, hit.field)
    exact = "exact " if hit.rank == "exact" else ""
    if hit.rank == "near":
        plain = hit.field == "id" or hit.matched == heading_of(hit.record)
        return f"near {field}" if plain else f'near {field} "{hit.matched}"'
    if hit.field == "id" or hit.matched == heading_of(hit.record):
        return f"{exact}{field}"
    if hit.rank in ("exact", "name", "title"):
        return f'{exact}{field} "{hit.matched}"'
    span = locate_folded(hit.matched, needle)
    shown = hit.matched if span is None else in_context(hit.matched, *span, words=4)
    if hit.citation is not None:
        return f"quote in {hit.citation.source}: {shown}"
    return f"{field}: {shown}"


def _run_search(dataset: Dataset, args: argparse.Namespace) -> int:
    """Print the records matching the text, best first (see the help for the ranking)."""
    needle = normalize_query(args.text)
    if not needle:
        raise UsageError("search: the text to look for is empty")
    wanted = [c.name for c in dataset.registry.values() if args.kinds is None or c.key in args.kinds]
    hits = dataset.search(args.text, collections=wanted)
    if not hits:
        if args.json:
            print_json([])
        print(f"no records match {args.text!r}", file=sys.stderr)
        return 0
    shown = hits if args.limit == 0 else hits[: args.limit]
    if args.json:
        print_json(
            [
                {
                    "id": hit.record.id,
                    "kind": kind_of(dataset, hit.record),
                    "name": heading_of(hit.record),
                    "rank": hit.rank,
                    "field": hit.field,
                    "matched": hit.matched,
                    "source": None if hit.citation is None else hit.citation.source,
                }
                for hit in shown
            ]
        )
    else:
        columns = [
            (h.record.id, kind_of(dataset, h.record), heading_of(h.record), _where(h, needle)) for h in shown
        ]
        widths = [max(len(row[i]) for row in columns) for i in range(2)]
        limit = width()
        lines = []
        for id, kind, name, where in columns:
            lines += hanging(f"{id:<{widths[0]}}  {kind:<{widths[1]}}  ", f"{name}  ({where})", limit)
        print("\n".join(lines))
    if len(shown) < len(hits):
        print(f"{len(hits) - len(shown)} more match; see them all with --limit 0", file=sys.stderr)
    return 0


COMMAND: Final = Command(
    "find records by name, title, alias, summary or quote, best match first",
    "Find the records whose names, titles, aliases, summaries or quotes contain TEXT.",
    _SEARCH_EXAMPLES,
    _run_search,
    _search_options,
    "the results",
)
