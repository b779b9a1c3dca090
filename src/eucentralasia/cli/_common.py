"""What every command shares: errors and exit statuses, the parser, argument types, record names."""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
import textwrap
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple, NoReturn

from eucentralasia import _schema as schema
from eucentralasia._dataset import Dataset
from eucentralasia._dates import DateBasis, DateRange, DateValue, describe_date, parse_date
from eucentralasia._errors import UnknownIdError
from eucentralasia._provenance import Source
from eucentralasia._search import read_country, suggest

PROG = "eucentralasia"
DATA_ERROR = 1
USAGE_ERROR = 2
# The status a shell reports for a process stopped by SIGPIPE (e.g. piped into `head`).
BROKEN_PIPE = 128 + 13

_Run = Callable[[Dataset, argparse.Namespace], int]


class UsageError(Exception):
    """A command line that parses but asks for something impossible: exit status 2."""


class Failure(Exception):
    """A command that cannot do what was asked: exit status 1, one line per item of `lines`.

    An unknown record, an output that cannot be written, a missing optional dependency,
    a failed check.
    """

    def __init__(self, *lines: str) -> None:
        super().__init__(*lines)
        self.lines = lines


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, not the usage block and a line.

    Every error reads ``eucentralasia: error: ...``, whichever command it is in; a
    mistyped command gets the closest command names.
    """

    def error(self, message: str) -> NoReturn:
        if message.startswith("argument COMMAND: invalid choice:"):
            from eucentralasia.cli import COMMANDS

            typed = message.split("'")[1]
            near = suggest(typed, sorted(COMMANDS))
            message = f"unknown command {typed!r}"
            message += (
                f"; did you mean {', '.join(map(repr, near))}?"
                if near
                else f"; the commands are {', '.join(COMMANDS)}"
            )
        self.exit(USAGE_ERROR, f"{PROG}: error: {message} (see {self.prog} --help)\n")


# A heading line of a help text ("examples:", "formats:"); and a row of an indented table
# ("  csv          a CSV file per collection"): its continuation lines go under the second column.
_HEADING = re.compile(r"[a-z][a-z ]*:")
_TABLE_ROW = re.compile(r"(\s+\S+(?: \S+)*\s{2,})\S")


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Help wrapped to the terminal's width (argparse's own), never a word cut in two.

    Prose (lines that start at the margin) is one paragraph until a blank line, filled to
    the width whatever its line breaks in the source; indented lines (examples, tables)
    keep their own lines, and one too long wraps at a space under its second column or a
    little deeper than its indent. Option help is wrapped at spaces only, so an id such
    as ``joint-statement`` is never split at its hyphen.
    """

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        lines: list[str] = []
        prose: list[str] = []

        def flush() -> None:
            if prose:
                lines.extend(_fill(" ".join(prose), width, indent, indent))
                prose.clear()

        # An example continued with a backslash is one command: it is wrapped as one line.
        # Only a line that goes on continues it: a blank line after a backslash ends it.
        for line in re.sub(r" \\\n[ \t]*(?=\S)", " ", text).splitlines():
            if line and not line[0].isspace() and not _HEADING.fullmatch(line):
                prose.append(line.strip())
                continue
            flush()
            if not line.strip():
                lines.append("")
                continue
            row = _TABLE_ROW.match(line)
            lead = len(line) - len(line.lstrip())
            hang = len(row.group(1)) if row else lead + 4
            if line.lstrip().startswith(f"{PROG} "):
                # A command wrapped over lines stays one command when pasted into a shell.
                wrapped = _fill(line.strip(), width - 2, indent + line[:lead], indent + " " * hang)
                lines.extend([*(f"{part} \\" for part in wrapped[:-1]), wrapped[-1]])
                continue
            lines.extend(_fill(line.strip(), width, indent + line[:lead], indent + " " * hang))
        flush()
        return "\n".join(lines)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return _fill(" ".join(text.split()), width, "", "")


def _fill(text: str, width: int, first: str, rest: str) -> list[str]:
    """`text` wrapped at spaces to `width`; a word longer than a line stands alone, whole."""
    return textwrap.wrap(
        text,
        max(width, len(first) + 1),
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [first.rstrip()]


class VersionAction(argparse.Action):
    """``--version``, reading the version only when asked (importlib.metadata is slow)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the package and data versions and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from importlib.metadata import version

        from eucentralasia._release import release

        # Both numbers a bug report or a citation needs: the code's and the data's.
        print(f"{PROG} {version('eucentralasia')} (data {release().version})")
        parser.exit()


# -- shared helpers ---------------------------------------------------------------------


def report_errors(status: int, lines: Iterable[str]) -> int:
    """Print each line as an error on stderr and return `status`: the one way errors leave."""
    for line in lines:
        print(f"{PROG}: error: {line}", file=sys.stderr)
    return status


def json_text(value: object) -> str:
    """`value` as indented JSON, letters as they are ("Síkela", not escapes)."""
    import json  # only the --json paths need it; keeps the other commands quick to start

    return json.dumps(value, ensure_ascii=False, indent=2)


def print_json(value: object) -> None:
    """Print `value` as indented JSON (`json_text`)."""
    print(json_text(value))


def print_found(
    args: argparse.Namespace, as_json: Callable[[], object], as_lines: Callable[[], list[str]]
) -> int:
    """Print what a command found: ``as_json()`` with ``--json``, else ``as_lines()``; exit 0."""
    if args.json:
        print_json(as_json())
    else:
        print("\n".join(as_lines()))
    return 0


class Command(NamedTuple):
    """A command: its one-line summary, description, examples, handler and options."""

    summary: str
    description: str
    examples: str
    run: _Run
    options: Callable[[Parser], None] | None = None
    json: str | None = None
    """What ``--json`` prints, for the commands that have it."""
    data: bool = True
    """Whether the command reads the loaded data, and so offers ``--data PATH``."""
    unloaded: Callable[[argparse.Namespace], int | None] | None = None
    """Runs the command without loading the data first when it can (export's Parquet
    streams the --data files), returning the exit status; None when it needs `run`."""


def add_kind_option(parser: Parser, kinds: Sequence[str], what: str) -> None:
    """Give a command the repeatable ``--kind KIND`` option, its choices listed in the help."""
    parser.add_argument(
        "--kind",
        dest="kinds",
        action="append",
        choices=kinds,
        metavar="KIND",
        help=f"{what} (repeatable): " + ", ".join(kinds),
    )


@contextlib.contextmanager
def write_failures(path: Path) -> Iterator[None]:
    """Turn what can go wrong writing `path` into one-line failures (exit status 1).

    An export needing a package that is not installed raises `ModuleNotFoundError`
    whose message names the extra to install; a file system refusal, `OSError`.
    """
    try:
        yield
    except ModuleNotFoundError as exc:
        raise Failure(str(exc)) from None
    except OSError as exc:
        raise Failure(f"cannot write {exc.filename or path}: {exc.strerror or exc}") from None


def kind_of(dataset: Dataset, record: Any) -> str:
    """What the command line calls the record's kind: ``event``, ``trade-figure``, ..."""
    return dataset.registry.of(type(record)).key


def describe_reference(dataset: Dataset, id: str) -> str:
    """A reference written ``id (name)``; the bare id if no record has it."""
    try:
        return f"{id} ({schema.heading_of(dataset.get(id))})"
    except UnknownIdError:
        return id


def source_or_none(dataset: Dataset, id: str) -> Source | None:
    """The source with this id, or None (a dataset built by hand may lack it)."""
    return dataset.sources.get(id) if id in dataset.sources else None


def describe_dating(date: DateValue, basis: DateBasis | None, note: str | None) -> str:
    """A date with its precision, how it was obtained and the note saying how.

    ``2024 (2024; precision: year; basis: derived: 'last year' in the 2025 interview: 2024.)``
    """
    precision = date.precision.value + (", a range" if isinstance(date, DateRange) else "")
    parts = [describe_date(date), f"precision: {precision}"]
    if basis is not None:
        parts.append(f"basis: {basis.value}" + (f": {note}" if note else ""))
    return f"{date} ({'; '.join(parts)})"


def date_argument(text: str) -> DateValue:
    """An EDTF date argument (``--from``, ``--to``)."""
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def country_argument(text: str) -> str:
    """A country argument: a code in any case (``kz`` is ``KZ``) or a name (``Kazakhstan``).

    Read as every query reads a country (`read_country`), with its suggestions.
    """
    try:
        return read_country(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def whole_number(text: str) -> int:
    """A whole number argument of 0 or more (``--limit``)."""
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number of 0 or more, got {text!r}")
    return number


def read_text(given: str) -> str:
    """The UTF-8 text of the file `given` (``-`` for standard input), as the loader reads files.

    A FIFO or device (``/dev/zero``) is refused unopened, a file over the loader's limit
    unread; a leading byte-order mark is dropped; anything else wrong is one `Failure` line.
    """
    from eucentralasia._loading import MAX_FILE_BYTES, decode, read_regular

    try:
        if given == "-":
            if sys.stdin is None:
                raise Failure("cannot read standard input: it is closed")
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                raise ValueError(f"larger than the limit of {MAX_FILE_BYTES:,} bytes")
        else:
            data = read_regular(Path(given), MAX_FILE_BYTES)
        return decode(data).removeprefix("\ufeff")
    except ValueError as exc:
        raise Failure(f"cannot read {given}: {exc}") from None
    except OSError as exc:
        raise Failure(f"cannot read {given}: {exc.strerror or exc}") from None
