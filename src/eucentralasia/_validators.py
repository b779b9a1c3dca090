"""Field validators shared by the record classes.

Every message starts with the field's name and says what was expected, so a loader can
report file, record, field and expectation without guessing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs

from ._codes import COUNTRY_NAMES, CURRENCY_CODES
from ._dates import DateBasis, DateRange, PartialDate

SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LANGUAGE_RE = re.compile(r"[a-z]{2,3}(?:-[A-Z]{2})?")

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _fail(attribute: attrs.Attribute[Any], expected: str, value: object) -> None:
    raise ValueError(f"{attribute.name}: expected {expected}, got {value!r}")


def is_slug(value: object) -> bool:
    """Whether `value` is a kebab-case id: lower-case letters and digits joined by ``-``."""
    return isinstance(value, str) and SLUG_RE.fullmatch(value) is not None


def slug(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is a kebab-case id such as ``epca`` or ``roman-vassilenko``."""
    if not is_slug(value):
        _fail(attribute, "a kebab-case id (a-z, 0-9 and single '-')", value)


def text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is a string holding more than whitespace."""
    if not isinstance(value, str) or not value.strip():
        _fail(attribute, "non-empty text", value)


def country(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is an ISO 3166-1 alpha-2 code or ``EU``."""
    if not isinstance(value, str) or value not in COUNTRY_NAMES:
        _fail(attribute, "an ISO 3166-1 alpha-2 country code or EU", value)


def language(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is a BCP 47 language tag of the simple form ``en`` or ``en-GB``."""
    if not isinstance(value, str) or _LANGUAGE_RE.fullmatch(value) is None:
        _fail(attribute, "a language tag such as en or en-GB", value)


def unit(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is an ISO 4217 currency code, ``percent`` or ``count``."""
    if not isinstance(value, str) or not (value in CURRENCY_CODES or value in ("percent", "count")):
        _fail(attribute, "an ISO 4217 currency code, 'percent' or 'count'", value)


def finite_decimal(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is a finite `Decimal` (floats would lose digits; NaN is no figure)."""
    if not isinstance(value, Decimal) or not value.is_finite():
        _fail(attribute, "a finite Decimal", value)


def optional(validator: Validator) -> Validator:
    """Accept None, else apply `validator`."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            validator(instance, attribute, value)

    return check


def each(validator: Validator, *, unique: bool = True, nonempty: bool = False) -> Validator:
    """The value is a tuple whose every item passes `validator` (items unique by default)."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            _fail(attribute, "a list", value)
            return
        if nonempty and not value:
            _fail(attribute, "at least one item", value)
        for index, item in enumerate(value):
            try:
                validator(instance, attribute, item)
            except ValueError as exc:
                raise ValueError(f"{attribute.name}[{index}]{str(exc)[len(attribute.name):]}") from None
        if unique and len(set(value)) != len(value):
            _fail(attribute, "no repeated items", value)

    return check


def instances(*classes: type) -> Validator:
    """The value is an instance of one of `classes`."""
    expected = " or ".join(cls.__name__ for cls in classes)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, classes):
            _fail(attribute, f"a {expected}", value)

    return check


def dating(prefix: str) -> Validator:
    """Validator for a ``{prefix}_note`` field: the date, its basis and its note agree."""

    def check(instance: object, attribute: attrs.Attribute[object], note: object) -> None:
        date = getattr(instance, prefix)
        basis = getattr(instance, f"{prefix}_basis")
        if note is not None:
            text(instance, attribute, note)
        if date is not None and basis is None:
            raise ValueError(f"{prefix}_basis: expected stated, derived or external for date {date}")
        if date is None and basis is not None:
            raise ValueError(f"{prefix}_basis: expected no basis when there is no {prefix}")
        if basis in (DateBasis.DERIVED, DateBasis.EXTERNAL) and note is None:
            raise ValueError(
                f"{attribute.name}: expected a note saying how the {basis.value} {prefix} was obtained"
            )

    return check


date_value = optional(instances(PartialDate, DateRange))
date_basis = optional(instances(DateBasis))
