"""The one cattrs converter: records to plain data (the file form) and back.

The unstructured form of a record holds only str, int, bool, list and dict, so it is at
once the JSON form and the TOML form: dates are EDTF strings, `Decimal` values are
strings (no float ever touches a figure), enums are their values, tuples are lists and
fields left at their default are omitted (TOML has no null). Structuring is strict: an
unknown key, a float where an int belongs or a number where text belongs is an error,
not a silent conversion.
"""

from __future__ import annotations

import enum
import re
import threading
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, TypeVar, get_origin

import attrs
import cattrs
from cattrs import transform_error
from cattrs.cols import homogenous_tuple_structure_factory, is_sequence, list_structure_factory
from cattrs.errors import ForbiddenExtraKeysError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.v import format_exception

from ._dates import DateRange, DateValue, PartialDate, parse_date
from ._provenance import Source

__all__ = ["configure_converter", "converter", "explain", "from_json", "make_converter", "to_json"]

T = TypeVar("T")
_FIELD_RE = re.compile(r"[a-z_]+(?:\[\d+\])?")


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {value!r}")
    if value.isascii():
        return value
    # JSON's "\ud800" escape reads as a lone surrogate, which no UTF-8 writer can encode
    # (every export, the TOML data files): refuse it here, not in the middle of an export.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        from ._dates import _quote  # here, not at the top, to leave the imports alone

        raise ValueError(
            "expected text without lone surrogates (U+D800\u2013U+DFFF), got "
            f"{_quote(value)} (U+{ord(value[exc.start]):04X} at character {exc.start})"
        ) from None
    return value


def _structure_int(value: object, _: type) -> int:
    if type(value) is not int:
        raise TypeError(f"expected a whole number, got {value!r}")
    return value


def _structure_bool(value: object, _: type) -> bool:
    if type(value) is not bool:
        raise TypeError(f"expected true or false, got {value!r}")
    return value


# A decimal in a data file: sign, ASCII digits, optional fraction and exponent, nothing
# around them. Python's Decimal also reads other scripts' digits ("\u0665\u0660"), "1_000",
# surrounding whitespace, "NaN" and "Infinity"; none of them is a figure a source gives.
_DECIMAL_RE = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
# The largest exponent a decimal may have in scientific notation (Decimal.adjusted), either
# way: ample for any figure, and small enough that every export can write the value out in
# plain digits (format(value, "f")), where 1E+999999999 would be a billion zeros.
_DECIMAL_EXPONENT = 100


def _structure_decimal(value: object, _: type) -> Decimal:
    # A float has already lost digits; only text and whole numbers are exact.
    bound = "expected a decimal number whose exponent in scientific notation is within "
    bound += f"\u00b1{_DECIMAL_EXPONENT}, so that it can be written out in plain digits"
    if type(value) is int:
        if abs(value) < 10 ** (_DECIMAL_EXPONENT + 1):
            return Decimal(value)
        # Not quoted: written out, its digits alone could make a message of any length.
        digits = int(value.bit_length() * 0.30103) + 1
        raise ValueError(f"{bound}, got a whole number of about {digits} digits")
    if not isinstance(value, str):
        raise TypeError(f"expected a decimal number written as text, such as \"50000000000\", got {value!r}")
    from ._dates import _quote  # here, not at the top, to leave the imports alone

    if _DECIMAL_RE.fullmatch(value) is None:
        if value.lstrip("+-").lower() in ("nan", "snan", "inf", "infinity"):
            raise ValueError(f"expected a finite decimal number, got {_quote(value)}")
        raise ValueError(
            "expected a decimal number written as text, such as \"50000000000\", \"-2.5\" or \"1.5E+9\" "
            f"(ASCII digits, nothing around them), got {_quote(value)}"
        )
    # Cheap whatever the exponent: Decimal keeps it as a number beside the digits, and
    # refuses (InvalidOperation) one too large to hold at all.
    try:
        number = Decimal(value)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite() or abs(number.adjusted()) > _DECIMAL_EXPONENT:
        raise ValueError(f"{bound}, got {_quote(value)}")
    return number


def _structure_date(value: object, _: type) -> DateValue:
    if not isinstance(value, str):
        raise TypeError(f"expected an EDTF date such as \"2025-02\", got {value!r}")
    return parse_date(value)


def _structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    try:
        return cls(value)
    except ValueError:
        choices = ", ".join(str(member.value) for member in cls)
        raise ValueError(f"expected one of {choices}, got {value!r}") from None


def _strict_sequence(cls: Any, converter: cattrs.Converter) -> Callable[[object, Any], Any]:
    # cattrs would happily iterate a string into a tuple of characters: "KZ" -> ("K", "Z").
    if get_origin(cls) is tuple:
        inner = homogenous_tuple_structure_factory(cls, converter)
    else:
        inner = list_structure_factory(cls, converter)

    def structure(value: object, type_: Any) -> Any:
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"expected a list, got {value!r}")
        return inner(value, type_)

    return structure


def _table(cls: Any, converter: cattrs.Converter) -> Callable[[object, Any], Any]:
    # Left to itself cattrs reads a record from anything with .keys() and reports a
    # string in its place as "'str' object has no attribute 'keys'".
    if cls is Source:
        inner = make_dict_structure_fn(cls, converter, text=override(omit=True))
    else:
        inner = make_dict_structure_fn(cls, converter)

    def structure(value: object, type_: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected a table of {cls.__name__} fields, got {value!r}")
        return inner(value, type_)

    return structure


def configure_converter(converter: cattrs.Converter) -> None:
    """Register every hook the records need on `converter`."""
    converter.register_structure_hook_factory(is_sequence, _strict_sequence)
    converter.register_structure_hook_func(
        lambda cls: isinstance(cls, type) and issubclass(cls, enum.Enum), _structure_enum
    )
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    for date_type in (PartialDate, DateRange):
        converter.register_unstructure_hook(date_type, str)
    date_types: tuple[Any, ...] = (PartialDate, DateRange, DateValue)
    for date_type in date_types:
        converter.register_structure_hook(date_type, _structure_date)
    converter.register_structure_hook(
        DateValue | None, lambda value, _: None if value is None else _structure_date(value, _)
    )
    # A source's text lives in its own file, named by text_file; it is never inlined.
    converter.register_unstructure_hook(
        Source, make_dict_unstructure_fn(
            Source,
            converter,
            _cattrs_omit_if_default=converter.omit_if_default,
            text=override(omit=True),
        )
    )
    # Registered last, so the date hooks above still win for the attrs date classes.
    converter.register_structure_hook_factory(
        lambda cls: attrs.has(cls) and cls not in (PartialDate, DateRange), _table
    )


def make_converter() -> cattrs.Converter:
    """A new converter configured for the records: strict, and omitting defaults."""
    converter = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True)
    configure_converter(converter)
    return converter


_lock = threading.Lock()
_converter: cattrs.Converter | None = None

if TYPE_CHECKING:
    converter: cattrs.Converter
    """The converter for every record type: ``converter.unstructure(record)`` gives its
    file form, ``converter.structure(data, Event)`` reads it back."""


def _shared_converter() -> cattrs.Converter:
    # Built on first use, not at import: building it generates code for the records and
    # is most of what importing the package would otherwise cost.
    global _converter
    if _converter is None:
        with _lock:
            if _converter is None:
                _converter = make_converter()
    return _converter


def __getattr__(name: str) -> cattrs.Converter:
    if name == "converter":
        return _shared_converter()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _format_exception(exc: BaseException, expected: Any) -> str:
    if isinstance(exc, ForbiddenExtraKeysError):
        known = ", ".join(a.name for a in attrs.fields(exc.cl) if a.name != "text" or exc.cl is not Source)
        return f"unknown field {', '.join(sorted(exc.extra_fields))}: expected only {known}"
    if isinstance(exc, KeyError):
        return "required field is missing"
    if isinstance(exc, (ValueError, TypeError)) and str(exc):
        return str(exc)
    return format_exception(exc, expected)


def explain(exc: Exception) -> list[tuple[str, str]]:
    """Turn a structuring error into ``(field path, what was expected)`` pairs.

    Paths read like ``citations[0].start``; an error raised by a record's own validator
    ("id: expected a kebab-case id ...") has its field moved into the path.
    """
    problems = []
    for line in transform_error(exc, path="", format_exception=_format_exception):
        message, _, path = line.rpartition(" @ ")
        path = path.lstrip(".")
        field, sep, rest = message.partition(": ")
        if sep and _FIELD_RE.fullmatch(field):
            path, message = (f"{path}.{field}" if path else field), rest
        problems.append((path, message))
    return problems


def to_json(value: Any, *, indent: int | None = 2) -> str:
    """Serialize a record (or list of records) to JSON text, in its file form."""
    import json  # only here: the package does not otherwise need it at import

    return json.dumps(_shared_converter().unstructure(value), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Read JSON text written by `to_json` back into `cls` (e.g. ``Event``, ``list[Event]``)."""
    import json

    return _shared_converter().structure(json.loads(text), cls)
