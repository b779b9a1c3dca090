"""Curation: propose cited records from an article, anchor quotes, re-anchor them when a text changes.

`propose` drafts records (figures, events, statements) from a new article for a person
to review, from what `figures`, `dates`, `entities` and `sentences` find in its text.

`cite` finds a quote's span and the context (W3C TextQuoteSelector prefix and suffix)
that makes it unique; `selector` gives that context for a span; `check` finds every
citation of a folder again in its source's current text, and rewrites the ones that
moved. Importing this package
needs only the runtime dependencies; the few functions that need a library of the
``curate`` extra (``pip install "eucentralasia[curate]"``) import it when called and
say so when it is missing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from eucentralasia.curate._check import MIN_SCORE, CitationCheck, Status, check
    from eucentralasia.curate._dates import DateMention, dates
    from eucentralasia.curate._entities import FUZZY_SCORE, EntityMention, entities
    from eucentralasia.curate._figures import FigureMention, figures
    from eucentralasia.curate._propose import Proposal, ProposedRecord, propose, sentences
    from eucentralasia.curate.anchor import Anchor, QuoteError, cite, normalise, selector

# Each public name and the module defining it. They are imported on first use (PEP 562), so
# that the command line, which lists the curation commands in its help, does not pay for
# the extractors' compiled patterns on every start.
_HOMES: dict[str, str] = {
    **dict.fromkeys(["DateMention", "dates"], "_dates"),
    **dict.fromkeys(["FUZZY_SCORE", "EntityMention", "entities"], "_entities"),
    **dict.fromkeys(["FigureMention", "figures"], "_figures"),
    **dict.fromkeys(["Proposal", "ProposedRecord", "propose", "sentences"], "_propose"),
    **dict.fromkeys(["Anchor", "QuoteError", "cite", "normalise", "selector"], "anchor"),
    **dict.fromkeys(["MIN_SCORE", "CitationCheck", "Status", "check"], "_check"),
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
    globals()[name] = value  # found once; later lookups do not come here
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])


__all__ = [
    "FUZZY_SCORE",
    "MIN_SCORE",
    "Anchor",
    "CitationCheck",
    "DateMention",
    "EntityMention",
    "FigureMention",
    "Proposal",
    "ProposedRecord",
    "QuoteError",
    "Status",
    "check",
    "cite",
    "dates",
    "entities",
    "figures",
    "normalise",
    "propose",
    "selector",
    "sentences",
]
