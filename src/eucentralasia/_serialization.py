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
import functools
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from types import UnionType
from typing import TYPE_CHECKING, Any, TypeVar, Union, get_origin

import attrs

from . import _schema as schema
from . import _validators as v
from ._dates import DateRange, DateValue, PartialDate, parse_date
from ._errors import FieldError, shown
from ._lazy import Lazy

# cattrs is imported where a converter is made or its errors read, not with the package:
# the bundled data loads without it (`_bundled`), and so do queries on it.
if TYPE_CHECKING:
    import cattrs

__all__ = ["configure_converter", "converter", "explain", "from_json", "make_converter", "to_json"]

T = TypeVar("T")


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
        raise ValueError(
            "expected text without lone surrogates (U+D800\u2013U+DFFF), got "
            f"{shown(value)} (U+{ord(value[exc.start]):04X} at character {exc.start})"
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
_DECIMAL_EXPONENT = v.MAX_EXPONENT


def structure_decimal(value: object, _: type) -> Decimal:
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
        raise TypeError(
            f'expected a decimal number written as text, such as "50000000000", got {shown(value)}'
        )

    if _DECIMAL_RE.fullmatch(value) is None:
        if value.lstrip("+-").lower() in ("nan", "snan", "inf", "infinity"):
            raise ValueError(f"expected a finite decimal number, got {shown(value)}")
        raise ValueError(
            'expected a decimal number written as text, such as "50000000000", "-2.5" or "1.5E+9" '
            f"(ASCII digits, nothing around them), got {shown(value)}"
        )
    # Cheap whatever the exponent: Decimal keeps it as a number beside the digits, and
    # refuses (InvalidOperation) one too large to hold at all.
    try:
        number = Decimal(value)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite() or abs(number.adjusted()) > _DECIMAL_EXPONENT:
        raise ValueError(f"{bound}, got {shown(value)}")
    return number


def _structure_date(value: object, _: type) -> DateValue:
    if not isinstance(value, str):
        raise TypeError(f'expected an EDTF date such as "2025-02", got {value!r}')
    return cached_date(value)


def _structure_date_plainly(value: object, _: type) -> DateValue:
    if not isinstance(value, str):
        raise TypeError(f'expected an EDTF date such as "2025-02", got {value!r}')
    return parse_date(value)


# Many records share a date; dates are immutable, so they share one object too. (A text
# that is no date raises, which is not kept.) The loader forgets them after each file.
cached_date = functools.lru_cache(maxsize=1 << 16)(parse_date)


def forget_dates() -> None:
    """Drop the dates the structuring hooks keep while a file is read (each read once)."""
    cached_date.cache_clear()


def structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    try:  # what cls(value) looks up first, without the call's overhead
        member = cls._value2member_map_.get(value)
    except TypeError:  # an unhashable value: no member's
        member = None
    if member is not None:
        return member
    return structure_enum_plainly(value, cls)


def structure_enum_plainly(value: object, cls: type[enum.Enum]) -> enum.Enum:
    try:
        return cls(value)
    except ValueError:
        choices = ", ".join(str(member.value) for member in cls)
        raise ValueError(f"expected one of {choices}, got {value!r}") from None


def _strict_sequence(
    cls: Any, converter: cattrs.Converter, fast: bool = True
) -> Callable[[object, Any], Any]:
    # cattrs would happily iterate a string into a tuple of characters: "KZ" -> ("K", "Z").
    from cattrs.cols import homogenous_tuple_structure_factory, list_structure_factory

    if get_origin(cls) is tuple:
        inner = homogenous_tuple_structure_factory(cls, converter)
    else:
        inner = list_structure_factory(cls, converter)

    def structure(value: object, type_: Any) -> Any:
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"expected a list, got {value!r}")
        return inner(value, type_)

    if not fast or cls != tuple[str, ...] or converter.get_structure_hook(str) is not _structure_str:
        return structure

    def strings(value: object, type_: Any) -> Any:
        # The common case in bulk (ids, codes, aliases): ASCII text, which _structure_str
        # returns as it is; anything else takes the item-by-item path.
        if type(value) is list:
            try:
                ascii_text = "".join(value).isascii()  # one pass in C; only text joins
            except TypeError:
                ascii_text = False
            if ascii_text:
                return tuple(value)
        return structure(value, type_)

    return strings


def _is_optional(cls: Any) -> bool:
    """Whether `cls` is ``T | None`` for a single type T."""
    args = getattr(cls, "__args__", ())
    return get_origin(cls) in (Union, UnionType) and len(args) == 2 and type(None) in args


def _optional(cls: Any, converter: cattrs.Converter) -> Callable[[object, Any], Any]:
    # cattrs' own Optional hook looks the inner type's hook up on every call.
    (inner_type,) = (arg for arg in cls.__args__ if arg is not type(None))
    inner = converter.get_structure_hook(inner_type)

    def structure(value: object, _: Any) -> Any:
        return None if value is None else inner(value, inner_type)

    return structure


def _bodies(cls: Any) -> dict[str, Any]:
    """Overrides leaving out the fields that never go to a file (a source's full text)."""
    if not _is_record(cls):
        return {}
    from cattrs.gen import override

    return {field.name: override(omit=True) for field, meta in schema.fields_of(cls) if meta.kind == "body"}


def _table(cls: Any, converter: cattrs.Converter) -> Callable[[object, Any], Any]:
    # Left to itself cattrs reads a record from anything with .keys() and reports a
    # string in its place as "'str' object has no attribute 'keys'".
    from cattrs.gen import make_dict_structure_fn

    inner = make_dict_structure_fn(cls, converter, **_bodies(cls))

    def structure(value: object, type_: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected a table of {cls.__name__} fields, got {value!r}")
        return inner(value, type_)

    return structure


def configure_converter(converter: cattrs.Converter, *, fast: bool = True) -> None:
    """Register every hook the records need on `converter`.

    `fast` (the default) takes shortcuts for the common cases, each refusing exactly
    what the plain hooks refuse with the same errors: a list of ASCII strings is
    taken as it is, an enum value is looked up, a date text already read is the same
    date. ``fast=False`` is the plain form the tests hold the shortcuts to.
    """
    from cattrs.cols import is_sequence
    from cattrs.gen import make_dict_unstructure_fn

    structure_date = _structure_date if fast else _structure_date_plainly
    converter.register_structure_hook_factory(
        is_sequence, lambda cls, converter: _strict_sequence(cls, converter, fast)
    )
    if fast:  # first, so that the hook for optional dates below wins over it
        converter.register_structure_hook_factory(_is_optional, _optional)
    converter.register_structure_hook_func(
        lambda cls: isinstance(cls, type) and issubclass(cls, enum.Enum),
        structure_enum if fast else structure_enum_plainly,
    )
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, structure_decimal)
    for date_type in (PartialDate, DateRange):
        converter.register_unstructure_hook(date_type, str)
    date_types: tuple[Any, ...] = (PartialDate, DateRange, DateValue)
    for date_type in date_types:
        converter.register_structure_hook(date_type, structure_date)
    converter.register_structure_hook(
        DateValue | None, lambda value, _: None if value is None else structure_date(value, _)
    )
    # A source's text lives in its own file, named by text_file; it is never inlined.
    converter.register_unstructure_hook_factory(
        lambda cls: _is_record(cls) and bool(_bodies(cls)),
        lambda cls: make_dict_unstructure_fn(
            cls, converter, _cattrs_omit_if_default=converter.omit_if_default, **_bodies(cls)
        ),
    )
    # Registered last, so the date hooks above still win for the attrs date classes.
    converter.register_structure_hook_factory(
        lambda cls: attrs.has(cls) and cls not in (PartialDate, DateRange), _table
    )


def _is_record(cls: Any) -> bool:
    """Whether `cls` is a class declared with the schema's helpers."""
    if not (isinstance(cls, type) and attrs.has(cls)):
        return False
    fields = attrs.fields(cls)
    return bool(fields) and "eucentralasia" in fields[0].metadata


def make_converter() -> cattrs.Converter:
    """A new converter configured for the records: strict, and omitting defaults."""
    return plain_or_fast_converter(fast=True)


def plain_or_fast_converter(*, fast: bool) -> cattrs.Converter:
    """`make_converter`'s converter, or with ``fast=False`` its plain form (for the tests)."""
    import cattrs

    converter = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True)
    configure_converter(converter, fast=fast)
    return converter


# Both are built on first use, not at import: building one generates code for the records
# and is most of what importing the package would otherwise cost. The package's own is
# private, so that a hook a user registers on `converter` never loosens a load.
_converter = Lazy(make_converter)
_users = Lazy(make_converter)

if TYPE_CHECKING:
    converter: cattrs.Converter
    """The converter for every record type: ``converter.unstructure(record)`` gives its
    file form, ``converter.structure(data, Event)`` reads it back. It is the users' own:
    hooks registered on it change what it does, not what `load` or the exports do."""


def shared_converter() -> cattrs.Converter:
    """The package's own converter: the loader's, the exports', the command line's."""
    return _converter.get()


def __getattr__(name: str) -> cattrs.Converter:
    if name == "converter":
        return _users.get()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _join(path: str, name: str) -> str:
    if not name:
        return path
    if not path or name.startswith("["):
        return f"{path}{name}"
    return f"{path}.{name}"


def explain(exc: BaseException, path: str = "") -> list[tuple[str, str]]:
    """Turn a structuring error into ``(field path, what was expected)`` pairs.

    Walks cattrs' exception groups by their notes (the attribute name, the list index)
    and takes the rest from the errors themselves: a `FieldError` from a validator
    carries its path, attrs' own validators their attribute. Paths read like
    ``citations[0].start``.
    """
    from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        with_notes, others = exc.group_exceptions()
        found: list[tuple[str, str]] = []
        for sub, note in with_notes:
            step = f"[{note.index}]" if isinstance(exc, IterableValidationError) else note.name  # type: ignore[union-attr]
            found += explain(sub, _join(path, step))
        for sub in others:
            found += explain(sub, path)
        return found
    if isinstance(exc, FieldError):
        return [(_join(path, exc.path), exc.message)]
    if isinstance(exc, ForbiddenExtraKeysError):
        known = (
            ", ".join(field.name for field, meta in schema.fields_of(exc.cl) if meta.kind != "body")
            if _is_record(exc.cl)
            else ", ".join(a.name for a in attrs.fields(exc.cl))
        )
        return [(path, f"unknown field {', '.join(sorted(exc.extra_fields))}: expected only {known}")]
    if isinstance(exc, KeyError):
        return [(path, "required field is missing")]
    attribute = v.attrs_field(exc)
    if attribute is not None:
        return [(_join(path, attribute), v.attrs_message(exc) or str(exc.args[0]))]
    return [(path, str(exc) or type(exc).__name__)]


def to_json(value: Any, *, indent: int | None = 2) -> str:
    """Serialize a record (or list of records) to JSON text, in its file form."""
    import json  # only here: the package does not otherwise need it at import

    return json.dumps(shared_converter().unstructure(value), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Read JSON text written by `to_json` back into `cls` (e.g. ``Event``, ``list[Event]``)."""
    import json

    return shared_converter().structure(json.loads(text), cls)
