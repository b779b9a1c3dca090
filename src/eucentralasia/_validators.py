"""Field validators shared by the record classes; the schema's field helpers attach them.

A validator that refuses a value raises `FieldError` with the field's path and what was
expected, so the loader reports file, record, field and expectation from data, never by
reading a message back. attrs' own `optional` wraps them; its `instance_of` is not used,
as its message ("'kind' must be <enum 'EventKind'> (got 'x' that is a <class 'str'>)")
is no way to tell a person what to write, but the loader reads its arguments all the same
should a record class of one's own use it.
"""

from __future__ import annotations

import operator
import re
import weakref
from collections.abc import Callable, Sequence
from decimal import Decimal
from itertools import chain, repeat
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any, NoReturn

import attrs

from ._codes import COUNTRY_NAMES, CURRENCY_CODES
from ._dates import DateBasis, DateRange, PartialDate
from ._errors import FieldError

SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LANGUAGE_RE = re.compile(r"[a-z]{2,3}(?:-[A-Z]{2})?")

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def optional(validator: Validator) -> Validator:
    """The value is None or passes `validator`.

    A plain function rather than attrs' own ``optional`` (a class whose ``__call__`` adds
    a step to every optional field of every record a load makes); the same check.
    """

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            validator(instance, attribute, value)

    inner = _COLUMN.get(validator)
    if inner is not None:
        _COLUMN[check] = lambda values: inner([value for value in values if value is not None])
    return check


def fail(attribute: attrs.Attribute[Any], expected: str, value: object, hint: str = "") -> NoReturn:
    """Refuse `value` for `attribute`, saying what was `expected` (then `hint`: "; did you mean ...")."""
    shown = repr(value)
    if len(shown) > 80:  # a message quotes the value; it need not reproduce it
        shown = shown[:77] + "..."
    raise FieldError(attribute.name, f"expected {expected}, got {shown}{hint}")


def is_slug(value: object) -> bool:
    """Whether `value` is a kebab-case id: lower-case letters and digits joined by ``-``."""
    return isinstance(value, str) and SLUG_RE.fullmatch(value) is not None


_is_slug_text = SLUG_RE.fullmatch


def slug(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is a kebab-case id such as ``epca`` or ``roman-vassilenko``."""
    if not (isinstance(value, str) and _is_slug_text(value)):
        fail(attribute, "a kebab-case id (a-z, 0-9 and single '-')", value)


def text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is a string holding more than whitespace."""
    if not isinstance(value, str) or not value.strip():
        fail(attribute, "non-empty text", value)


def relative_path(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is a relative path that stays inside its folder: no root, drive or ``..``.

    Checked on the record, so a source from any reader (data files, `read_json`) names
    only files its data folder holds; the loader also resolves symlinks before reading.
    """
    text(instance, attribute, value)
    assert isinstance(value, str)
    parts = PurePosixPath(value.replace("\\", "/")).parts
    if PurePosixPath(value).is_absolute() or PureWindowsPath(value).anchor or ".." in parts or "\0" in value:
        fail(attribute, "a path relative to the data file's folder, inside it", value)
    if not parts or value.endswith(("/", "\\")):  # ".", "./", "texts/": a folder, not a file
        fail(attribute, "the path of a file (not a folder) relative to the data file's folder", value)


def characters(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is a string of at least one character (whitespace counts: it is context)."""
    if not isinstance(value, str) or not value:
        fail(attribute, "at least one character of text", value)


def country(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is an ISO 3166-1 alpha-2 code or ``EU``."""
    if not isinstance(value, str) or value not in COUNTRY_NAMES:
        from ._search import country_hint  # the error path only; _search imports the schema

        fail(attribute, "an ISO 3166-1 alpha-2 country code or EU", value, country_hint(value))


def mention(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is a record id or a country code (``EU`` included)."""
    if not (is_slug(value) or (isinstance(value, str) and value in COUNTRY_NAMES)):
        from ._search import country_hint

        expected = "a record id (kebab-case) or an ISO 3166-1 alpha-2 country code or EU"
        fail(attribute, expected, value, country_hint(value))


def language(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is a BCP 47 language tag of the simple form ``en`` or ``en-GB``."""
    if not isinstance(value, str) or _LANGUAGE_RE.fullmatch(value) is None:
        fail(attribute, "a language tag such as en or en-GB", value)


def unit(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is an ISO 4217 currency code, ``percent`` or ``count``."""
    if not isinstance(value, str) or not (value in CURRENCY_CODES or value in ("percent", "count")):
        fail(attribute, "an ISO 4217 currency code, 'percent' or 'count'", value)


MAX_EXPONENT = 100
"""The largest exponent (either way, in scientific notation) a decimal may have."""


def finite_decimal(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is a finite `Decimal` whose exponent is within ±`MAX_EXPONENT`.

    Floats would lose digits and NaN is no figure; the bound keeps every value one that
    every export can write out in plain digits, and that reads back from its own files.
    """
    if not isinstance(value, Decimal) or not value.is_finite() or abs(value.adjusted()) > MAX_EXPONENT:
        fail(attribute, f"a finite Decimal with an exponent within ±{MAX_EXPONENT}", value)


def boolean(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value is True or False (not 0 or 1)."""
    if type(value) is not bool:
        fail(attribute, "true or false", value)


# Ids joined by new lines: one match in C for a whole column. An id holding a new line of
# its own would read as two ids, so the count of new lines must be the separators' too.
_SLUG_LINES = re.compile(rf"(?:{SLUG_RE.pattern}\n)*{SLUG_RE.pattern}").fullmatch


def _all_slugs(values: Sequence[Any]) -> bool:
    try:
        joined = "\n".join(values)
    except TypeError:  # an item that is not text
        return False
    return not values or (_SLUG_LINES(joined) is not None and joined.count("\n") == len(values) - 1)


def _all_text(values: Sequence[Any]) -> bool:
    # Text whose strip() is empty is text of whitespace only (isspace, no copy) or none.
    return all(map(isinstance, values, repeat(str))) and all(values) and not any(map(str.isspace, values))


def _all_characters(values: Sequence[Any]) -> bool:
    return all(map(isinstance, values, repeat(str))) and all(values)


def _all_countries(values: Sequence[Any]) -> bool:
    try:  # text that is a code is a key of COUNTRY_NAMES; anything unhashable is no code
        return all(map(isinstance, values, repeat(str))) and COUNTRY_NAMES.keys() >= set(values)
    except TypeError:
        return False


# Checks of a whole column of values at once (the values of one field across many
# records, or the items of one tuple) that pass exactly when the validator passes on
# every value (tests/test_fast_path.py holds each to that). They serve `each`, which walks
# the items only when one fails, to name it, and the loader's column-wise path
# (`_columns`), which otherwise runs the validator record by record. A validator that
# reads other fields of its record (a date's basis, a citation's end) has none. Weakly
# keyed: the entry of an `instance_of` validator goes with the validator.
_COLUMN: weakref.WeakKeyDictionary[Validator, Callable[[Sequence[Any]], bool]] = weakref.WeakKeyDictionary()
_COLUMN[slug] = _all_slugs
_COLUMN[text] = _all_text
_COLUMN[characters] = _all_characters
_COLUMN[country] = _all_countries
_COLUMN[boolean] = lambda values: all(map(operator.is_, map(type, values), repeat(bool)))


def column_check(validator: Validator) -> Callable[[Sequence[Any]], bool] | None:
    """The check of a whole column of values that `validator` passes on, or None if it has none."""
    return _COLUMN.get(validator)


def instance_of(*classes: type) -> Validator:
    """The value is an instance of one of `classes`."""
    flat = tuple(c for group in classes for c in (group if isinstance(group, tuple) else (group,)))
    expected = " or ".join(cls.__name__ for cls in flat)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, flat):
            fail(attribute, f"a {expected}", value)

    _COLUMN[check] = lambda values: all(map(isinstance, values, repeat(flat)))
    return check


def each(validator: Validator, *, unique: bool = True, nonempty: bool = False) -> Validator:
    """The value is a tuple whose every item passes `validator` (items unique by default)."""
    items = _COLUMN.get(validator)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            fail(attribute, "a list", value)
        if not value:
            if nonempty:
                fail(attribute, "at least one item", value)
            return
        if items is None or not items(value):  # only a failure needs the item-by-item walk
            _each_item(validator, instance, attribute, value)
        if unique and len(value) > 1 and len(set(value)) != len(value):
            fail(attribute, "no repeated items", value)

    if items is not None:

        def column(values: Sequence[Any]) -> bool:
            if not all(map(isinstance, values, repeat(tuple))) or (nonempty and not all(values)):
                return False
            if unique:  # only a tuple of two or more items can repeat one
                several = [value for value in values if len(value) > 1]
                try:
                    if list(map(len, map(set, several))) != list(map(len, several)):
                        return False
                except TypeError:  # an unhashable item: the validator fails on it too
                    return False
            return items(list(chain.from_iterable(values)))

        _COLUMN[check] = column
    return check


def _each_item(validator: Validator, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Run `validator` on every item of `value`, naming the first failing item's index."""
    for index, item in enumerate(value):
        try:
            validator(instance, attribute, item)
        except FieldError as exc:
            raise FieldError(f"{attribute.name}[{index}]", exc.message) from None
        except (TypeError, ValueError) as exc:  # one of attrs' own validators
            raise FieldError(f"{attribute.name}[{index}]", attrs_message(exc) or str(exc)) from None


def attrs_message(exc: BaseException) -> str | None:
    """What an attrs validator's error says was expected, or None if it is not one.

    attrs raises ``TypeError(message, attribute, expected type, value)`` from
    `instance_of`; the arguments are data, so the message is made from them.
    """
    args = exc.args
    if len(args) == 4 and isinstance(args[1], attrs.Attribute) and isinstance(args[2], (type, tuple)):
        expected = args[2] if isinstance(args[2], tuple) else (args[2],)
        names = " or ".join(getattr(cls, "__name__", str(cls)) for cls in expected)
        return f"expected a {names}, got {args[3]!r}"
    return None


def attrs_field(exc: BaseException) -> str | None:
    """The field an attrs validator's error is about, or None if it is not one."""
    args = exc.args
    if len(args) >= 2 and isinstance(args[1], attrs.Attribute):
        return args[1].name
    return None


def dating(prefix: str) -> Validator:
    """Validator for a ``{prefix}_note`` field: the date, its basis and its note agree."""

    def check(instance: object, attribute: attrs.Attribute[object], note: object) -> None:
        date = getattr(instance, prefix)
        basis = getattr(instance, f"{prefix}_basis")
        if note is not None:
            text(instance, attribute, note)
        if date is not None and basis is None:
            raise FieldError(f"{prefix}_basis", f"expected stated, derived or external for date {date}")
        if date is None and basis is not None:
            raise FieldError(f"{prefix}_basis", f"expected no basis when there is no {prefix}")
        if basis in (DateBasis.DERIVED, DateBasis.EXTERNAL) and note is None:
            raise FieldError(
                attribute.name, f"expected a note saying how the {basis.value} {prefix} was obtained"
            )

    return check


date_value = optional(instance_of(PartialDate, DateRange))
date_basis = optional(instance_of(DateBasis))
