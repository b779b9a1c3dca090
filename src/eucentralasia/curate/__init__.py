"""Curation: anchor quotes in their sources, and re-anchor them when a text changes.

`cite` finds a quote's span and the context (W3C TextQuoteSelector prefix and suffix)
that makes it unique; `selector` gives that context for a span. Importing this package
needs only the runtime dependencies; the few functions that need a library of the
``curate`` extra (``pip install "eucentralasia[curate]"``) import it when called and
say so when it is missing.
"""

from __future__ import annotations

from eucentralasia.curate.anchor import Anchor, QuoteError, cite, normalise, selector

__all__ = ["Anchor", "QuoteError", "cite", "normalise", "selector"]
