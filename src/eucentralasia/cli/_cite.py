"""``eucentralasia cite SOURCE_TEXT QUOTE``: a quote's span and the context that makes it unique."""

from __future__ import annotations

import argparse
import json
import os
from typing import Final

from eucentralasia._dataset import Dataset
from eucentralasia._search import suggest
from eucentralasia.cli._common import PROG, Command, Failure, Parser, read_text

__all__ = ["COMMAND"]


def _text_of(dataset: Dataset, given: str) -> tuple[str, str | None]:
    """The text `given` names (a UTF-8 file, ``-`` for standard input, or a source id) and the source id."""
    try:
        names_file = given == "-" or (os.path.lexists(given) and not os.path.isdir(given))
    except (OSError, ValueError):  # a name the system cannot look up: a source id, then
        names_file = False
    if names_file:
        return read_text(given), None
    if given in dataset.sources:
        text = dataset.sources.get(given).text
        if text is not None:
            return text, given
    message = f"{given!r} is neither a text file nor the id of a source"
    close = suggest(given, sorted(dataset.sources.ids))
    if close:
        message += "; did you mean " + ", ".join(map(repr, close)) + "?"
    raise Failure(message)


def _toml(value: str) -> str:
    """`value` as a TOML basic string."""
    return json.dumps(value, ensure_ascii=False)


def _cite_options(parser: Parser) -> None:
    parser.add_argument(
        "text",
        metavar="SOURCE_TEXT",
        help="a UTF-8 text file, '-' for standard input, or the id of a loaded source",
    )
    parser.add_argument("quote", metavar="QUOTE", help="the words to cite, exactly as the text has them")
    parser.add_argument(
        "--occurrence", type=int, metavar="N", help="which place of a quote that recurs (0 for the first)"
    )


def _run_cite(dataset: Dataset, args: argparse.Namespace) -> int:
    from eucentralasia.curate.anchor import QuoteError, cite, occurrences

    text, source = _text_of(dataset, args.text)
    try:
        anchor = cite(text, args.quote, args.occurrence)
    except QuoteError as exc:
        lines = str(exc).splitlines()
        if exc.occurrences and args.occurrence is None:
            lines.append("pass --occurrence N to say which")
        raise Failure(*lines) from None
    if getattr(args, "json", False):
        print(json.dumps(anchor._asdict(), ensure_ascii=False, indent=2))
        return 0
    print(f"start = {anchor.start}")
    print(f"end = {anchor.end}")
    for key in ("prefix", "suffix"):
        value = getattr(anchor, key)
        print(f"{key} = {_toml(value)}" if value else f"# no {key}: the quote is unique without one")
    alike = [
        o
        for o in occurrences(text, anchor.quote)
        if o != anchor.start
        and text[max(0, o - len(anchor.prefix)) : o] == anchor.prefix
        and text.startswith(anchor.suffix, o + len(anchor.quote))
    ]
    if alike:
        # No context within curate.anchor.CONTEXT_LIMIT characters either side tells them apart.
        print(f"# {len(alike)} other copies share this context: start and end tell them apart")
    if source is not None:
        fields = [f"source = {_toml(source)}", f"quote = {_toml(anchor.quote)}"]
        fields += [f"start = {anchor.start}", f"end = {anchor.end}"]
        fields += [
            f"{key} = {_toml(getattr(anchor, key))}" for key in ("prefix", "suffix") if getattr(anchor, key)
        ]
        print("{ " + ", ".join(fields) + " }")
    return 0


_CITE_EXAMPLES: Final = f"""\
examples:
  {PROG} cite notes.txt "briefing in June 2025"
  {PROG} cite eureporter-2025-vassilenko-interview "On February 24, 2025"
  {PROG} cite eureporter-2025-vassilenko-interview "Astana" --occurrence 1

Prints the quote's span (start, end) and the shortest prefix and suffix, in whole words
of at most 32 characters each, that make it unique in the text (W3C TextQuoteSelector
context; none when the quote alone is unique; the widest, with a comment saying so, when
no context that short tells its copies apart), as TOML lines; for a source id, also the
citation as an inline table. A quote that is not in the text, or stands there more than
once without --occurrence, is refused with the places it stands listed.
"""

COMMAND: Final = Command(
    "print a quote's span and the context that makes it unique",
    "Find QUOTE in SOURCE_TEXT: its start and end, and the prefix and suffix that make it unique.",
    _CITE_EXAMPLES,
    _run_cite,
    _cite_options,
    "the span and context",
)
"""The ``cite`` command."""
