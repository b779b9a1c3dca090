"""``eucentralasia propose ARTICLE``: draft cited records from a new article for review."""

from __future__ import annotations

import argparse
import decimal
from pathlib import Path
from typing import Final

from eucentralasia._dataset import Dataset
from eucentralasia._dates import parse_date
from eucentralasia._model import COLLECTIONS
from eucentralasia.cli._common import PROG, Command, Failure, Parser, read_text

__all__ = ["COMMAND"]


def _options(parser: Parser) -> None:
    parser.add_argument(
        "article", metavar="ARTICLE", help="the article: a UTF-8 text file, or '-' for standard input"
    )
    parser.add_argument(
        "--published",
        required=True,
        metavar="EDTF",
        help="when it was published (2025-04-16, or a window 2025-04/2025-05)",
    )
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.toml", help="the data file to write")
    parser.add_argument("--source-id", metavar="ID", help="the source's id (default: the name of FILE.toml)")
    parser.add_argument("--title", help="the article's title")
    parser.add_argument("--outlet", default="unknown", help="the publication it appeared in")
    parser.add_argument("--url", help="where it can be read")
    parser.add_argument(
        "--author", action="append", default=[], metavar="NAME", help="an author (repeatable)"
    )
    parser.add_argument(
        "--html",
        action="store_true",
        help="ARTICLE is an HTML page (implied by a .html or .htm name): keep its whole text as the "
        "source, propose from its article body (the html extra)",
    )


def _run(dataset: Dataset, args: argparse.Namespace) -> int:
    from eucentralasia._validators import is_slug
    from eucentralasia.curate._propose import propose

    text = read_text(args.article)
    try:
        published = parse_date(args.published)
    except ValueError as exc:
        raise Failure(f"--published: {exc}") from None
    source_id = args.source_id or args.out.stem
    if not is_slug(source_id):
        raise Failure(f"--source-id: expected a kebab-case id (a-z, 0-9 and single '-'), got {source_id!r}")
    if not any(c.isalnum() for c in text):
        raise Failure(f"{args.article} holds no text (no word in it)")
    body = note = None
    if args.html or Path(args.article).suffix.lower() in (".html", ".htm"):
        from eucentralasia.curate.html import read_html

        try:
            page = read_html(text)
        except ModuleNotFoundError as exc:
            raise Failure(str(exc)) from None
        except ValueError as exc:
            raise Failure(f"cannot read {args.article}: {exc}") from None
        text, body = page.text, page.body
        note = (
            f"The text is the HTML page's whole text; records were proposed from its article body "
            f"as {page.extractor} found it ({len(page.body)} paragraphs)."
        )
        if not body:
            raise Failure(f"{args.article}: {page.extractor} found no article body in the page")
    try:
        proposal = propose(
            text,
            published,
            source_id=source_id,
            title=args.title,
            outlet=args.outlet,
            url=args.url,
            authors=args.author,
            note=note,
            body=body,
            dataset=dataset,
        )
        proposal.write(args.out)
    except ModuleNotFoundError as exc:
        raise Failure(str(exc)) from None
    except decimal.DecimalException:  # an amount of more digits than a Decimal figure holds
        raise Failure(
            f"cannot propose from {args.article}: a number in it has more digits than a figure "
            f"holds ({decimal.getcontext().prec}); shorten it, or propose from a copy without it"
        ) from None
    except OSError as exc:
        raise Failure(
            f"cannot write {exc.filename or args.out}: {exc.strerror or exc}; nothing written"
        ) from None
    except ValueError as exc:  # an existing file that is not TOML, or not laid out as a data file
        raise Failure(str(exc)) from None
    counts: dict[str, int] = {}
    for record in proposal.records:
        counts[record.collection] = counts.get(record.collection, 0) + 1
    shown = ", ".join(
        f"{n} {COLLECTIONS[name].singular}{'s' if n != 1 else ''}" for name, n in counts.items()
    )
    print(f"{args.out}: {shown or 'no records'} proposed from {source_id}")
    print(f'review each (review = "accepted" or "rejected"), then load with --data {args.out.parent}')
    return 0


_EXAMPLES: Final = f"""\
examples:
  {PROG} propose article.txt --published 2025-04-16 --out my-data/article.toml
  {PROG} propose - --published 2023-10-23/2023-11-12 --out my-data/news.toml \\
      --title "..." --author "A. Writer"

Writes FILE.toml for review, and the article's text beside it (FILE's folder, SOURCE-ID.txt):
a [[sources]] entry and proposed figures, events and statements, each citing its sentence
(quote, start, end) with the rule that proposed it (origin), review = "proposed" and a stable
proposal key; the sentence stands above each record as a comment. Set review = "accepted"
or "rejected" on each; the loader refuses records still proposed. Running the command again
on the same article keeps every record whose proposal key is already in FILE.toml.
"""

COMMAND: Final = Command(
    "draft cited records from a new article for review",
    "Propose figures, events and statements from ARTICLE, each citing its sentence, in FILE.toml.",
    _EXAMPLES,
    _run,
    _options,
    None,
)
"""The ``propose`` command."""
