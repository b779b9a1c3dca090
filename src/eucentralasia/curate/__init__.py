"""Curation: anchor quotes in their sources, and re-anchor them when a text changes.

`cite` finds a quote's span and the context (W3C TextQuoteSelector prefix and suffix)
that makes it unique; `selector` gives that context for a span; `check` finds every
citation of a folder again in its source's current text, and rewrites the ones that
moved. Importing this package
needs only the runtime dependencies; the few functions that need a library of the
``curate`` extra (``pip install "eucentralasia[curate]"``) import it when called and
say so when it is missing.
"""

from __future__ import annotations

from eucentralasia.curate.anchor import Anchor, QuoteError, cite, normalise, selector
from eucentralasia.curate.check import MIN_SCORE, CitationCheck, Status, check

__all__ = [
    "MIN_SCORE",
    "Anchor",
    "CitationCheck",
    "QuoteError",
    "Status",
    "check",
    "cite",
    "normalise",
    "selector",
]
