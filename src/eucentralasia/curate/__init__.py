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

from eucentralasia.curate._dates import DateMention, dates
from eucentralasia.curate._entities import FUZZY_SCORE, EntityMention, entities
from eucentralasia.curate._figures import FigureMention, figures
from eucentralasia.curate._propose import Proposal, ProposedRecord, propose, sentences
from eucentralasia.curate.anchor import Anchor, QuoteError, cite, normalise, selector
from eucentralasia.curate.check import MIN_SCORE, CitationCheck, Status, check

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
