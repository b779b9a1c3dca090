"""Amounts for people: a figure's value with its unit, scale word and qualifier."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from ._model import Qualifier

__all__ = ["describe_amount"]

_SCALES: Final = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
)
_QUALIFIER_WORDS: Final = {
    Qualifier.EXACT: "",
    Qualifier.APPROXIMATELY: "about",
    Qualifier.ALMOST: "almost",
    Qualifier.JUST_OVER: "just over",
    Qualifier.MORE_THAN: "more than",
    Qualifier.AT_LEAST: "at least",
    Qualifier.UP_TO: "up to",
}


def describe_amount(
    value: Decimal, unit: str, qualifier: Qualifier = Qualifier.EXACT, *, digits: bool = False
) -> str:
    """A figure as people write it: ``almost USD 50 billion``, ``17%``, ``at least 700``.

    `unit` is a `TradeFigure`'s: an ISO 4217 code, ``percent`` or ``count``. From a
    million up the value is shortened with a scale word; ``digits=True`` then adds the
    value in full, so nothing is lost (the command line's ``show`` does). The words
    are the qualifier's ("almost", "at least"); an exact figure has none.

    >>> from decimal import Decimal
    >>> describe_amount(Decimal("50000000000"), "USD", Qualifier.ALMOST)
    'almost USD 50 billion'
    >>> describe_amount(Decimal("12.5"), "percent"), describe_amount(Decimal("1500"), "count")
    ('12.5%', '1,500')
    >>> describe_amount(Decimal("2500000"), "EUR", digits=True)
    'EUR 2.5 million (2,500,000)'
    """
    number, scale = value, ""
    for size, word in _SCALES:
        if abs(value) >= size:
            number, scale = (value / size).normalize(), f" {word}"
            break
    shown = f"{number:,f}{scale}"
    if unit == "percent":
        shown += "%"
    elif unit != "count":
        shown = f"{unit} {shown}"
    if scale and digits:
        shown += f" ({value:,f})"
    return f"{_QUALIFIER_WORDS[qualifier]} {shown}".strip()
