"""The ``eucentralasia`` command line (also ``python -m eucentralasia``).

Commands: ``timeline``, ``show``, ``search``, ``verify``, ``stats``, ``export``,
``plot``, ``reference`` and ``diff``, and the curation toolkit's ``cite``, ``check`` and
``propose`` (which import `eucentralasia.curate` when run), one module each
(``_timeline`` ...), listed in `COMMANDS`: each module's
``COMMAND``, a `Command` with its help texts, the ``_<command>_options`` function adding
its arguments, and a ``_run_<command>`` handler taking the loaded `Dataset` and the
parsed arguments. What they share (errors, the parser, argument types) is in
``_common``. Every command gets the shared
``--data PATH`` option (but ``diff``, which reads the two datasets it names); `main`
loads the data once for all of them. The command line
only parses, renders and sets exit codes: what it shows comes from `Dataset`. Layout
(wrapping to the terminal, aligned columns, amounts for people) is in `_render`.

To add a command: a module ``_<name>.py`` with ``_run_<name>(dataset, args) -> int``
(and, if it takes arguments, ``_<name>_options(parser)``) and ``COMMAND = Command(...)``
(summary, description, examples, handler, options, and what ``--json`` prints if it has
``--json``), then one line in `COMMANDS`. A handler raises `UsageError` (exit 2) or
`Failure` (exit 1) for what it cannot do; `main` prints them as
``eucentralasia: error: ...``. Print text through `_render.hanging` / `_render.aligned`
with `_render.width()` so it fits the terminal.

A mistake in the command line exits with status 2; bad data, an unknown record, a
failed check or an output that cannot be written with status 1; each after one line per
problem on stderr, every one starting ``eucentralasia: error:``: never a traceback.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Sequence
from typing import Final

from eucentralasia._errors import DataError
from eucentralasia._loading import load
from eucentralasia.cli import (
    _check,
    _cite,
    _diff,
    _export,
    _plot,
    _propose,
    _reference,
    _search,
    _show,
    _stats,
    _timeline,
    _verify,
)
from eucentralasia.cli._common import (
    BROKEN_PIPE,
    DATA_ERROR,
    PROG,
    USAGE_ERROR,
    Failure,
    HelpFormatter,
    Parser,
    UsageError,
    VersionAction,
    report_errors,
)

__all__ = ["main"]

COMMANDS: Final = {
    "timeline": _timeline.COMMAND,
    "show": _show.COMMAND,
    "search": _search.COMMAND,
    "verify": _verify.COMMAND,
    "stats": _stats.COMMAND,
    "export": _export.COMMAND,
    "plot": _plot.COMMAND,
    "reference": _reference.COMMAND,
    "diff": _diff.COMMAND,
    "cite": _cite.COMMAND,
    "check": _check.COMMAND,
    "propose": _propose.COMMAND,
}
"""Every command, in the order ``--help`` lists them."""


def _parser() -> Parser:
    """The command line's parser: ``--version`` and every command."""
    common = Parser(add_help=False)
    common.add_argument(
        "--data",
        action="append",
        default=[],
        metavar="PATH",
        help="also load this data file, or the data files (.toml, .json, .jsonl) of this folder (repeatable)",
    )
    parser = Parser(
        prog=PROG,
        description="Curated, cited data on EU-Central Asia relations.",
        epilog=f"Run '{PROG} COMMAND --help' for a command's options and examples.",
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--version", action=VersionAction)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for name, command in COMMANDS.items():
        sub = commands.add_parser(
            name,
            parents=[common] if command.data else [],
            help=command.summary,
            description=command.description,
            epilog=command.examples,
            formatter_class=HelpFormatter,
        )
        sub.set_defaults(run=command.run, unloaded=command.unloaded, command=sub.prog)
        if command.options is not None:
            command.options(sub)
        if command.json is not None:
            sub.add_argument("--json", action="store_true", help=f"print {command.json} as JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default: ``sys.argv[1:]``); return the exit status."""
    if sys.stdout is None:  # started with standard output closed (`>&-`): nowhere to print
        return report_errors(DATA_ERROR, ["cannot write to standard output: it is closed"])
    if isinstance(sys.stdout, io.TextIOWrapper):
        # A terminal that cannot show "Síkela" gets "S?kela", not a UnicodeEncodeError.
        sys.stdout.reconfigure(errors="replace")
    parser = _parser()
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv:
        # Nothing asked: the command list, as --help prints it; not an error.
        parser.print_help()
        return 0
    args = parser.parse_args(argv)
    try:
        if args.unloaded is not None and (status := args.unloaded(args)) is not None:
            return int(status)
        dataset = load(getattr(args, "data", ()))  # the bundled data, for a command without --data
        return int(args.run(dataset, args))
    except DataError as exc:
        return report_errors(DATA_ERROR, map(str, exc.problems))
    except Failure as exc:
        return report_errors(DATA_ERROR, exc.lines)
    except UsageError as exc:
        return report_errors(USAGE_ERROR, [f"{exc} (see {args.command} --help)"])
    except BrokenPipeError:
        # The reader has gone; point stdout at nothing so the exit flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return BROKEN_PIPE
    except KeyboardInterrupt:
        return 128 + 2
