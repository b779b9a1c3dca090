"""How the command line lays text out: to the terminal's width, in aligned columns.

The width is ``COLUMNS`` when set, else the terminal's when output goes to one; output
piped elsewhere (a file, ``grep``) is not wrapped, so each entry stays on one line.
"""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Sequence
from typing import Final

__all__ = ["aligned", "hanging", "width"]

# The narrowest width wrapped to, and the widest a label column may take of it: past
# that, values start on the next line, indented by _INDENT.
_NARROWEST: Final = 40
_INDENT: Final = 4


def width() -> int | None:
    """The width to wrap to: ``COLUMNS``, else the terminal's; None when not a terminal."""
    if "COLUMNS" not in os.environ and not sys.stdout.isatty():
        return None
    import shutil  # ~10 ms of imports (archive modules): only when output is laid out

    return max(_NARROWEST, shutil.get_terminal_size().columns)


def hanging(prefix: str, text: str, limit: int | None) -> list[str]:
    """`prefix` then `text`, wrapped to `limit` with later lines under the text's start.

    A prefix wider than three fifths of the width, or one that leaves too little room for
    the text's longest word (an id), puts the text on the next lines, indented a little
    more than the prefix's own indent.
    """
    if limit is None:
        return [f"{prefix}{text}".rstrip()]
    indent = " " * len(prefix)
    longest = max(map(len, text.split()), default=0)
    if len(prefix) > limit * 3 // 5 or len(prefix) + longest > limit:
        lead = len(prefix) - len(prefix.lstrip())
        indent = " " * (lead + _INDENT)
        return [prefix.rstrip(), *_wrap(text, limit, indent, indent)]
    return _wrap(text, limit, prefix, indent)


def _wrap(text: str, limit: int, first: str, rest: str) -> list[str]:
    # Ids keep their hyphens whole where they fit; a word longer than a line is cut.
    wrapped = textwrap.wrap(text, limit, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False)
    return wrapped or [first.rstrip()]


def aligned(rows: Sequence[tuple[str, str]], limit: int | None, indent: str = "") -> list[str]:
    """``label  value`` lines, the values in one column, each value wrapped under itself."""
    column = max((len(label) for label, _ in rows), default=0)
    lines = []
    for label, value in rows:
        lines += hanging(f"{indent}{label:<{column}}  ", value, limit)
    return lines
