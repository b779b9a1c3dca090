"""Code-table generator: rebuild ``src/eucentralasia/_codes.py`` from the pycountry package.

The module holds the codes the record validators accept: every ISO 3166-1 alpha-2 country
code with its display name (`COUNTRY_NAMES`) and every ISO 4217 alphabetic currency code
(`CURRENCY_CODES`), plus the few codes the data needs beyond ISO, listed once, below, in
`EXTRA_COUNTRIES` and `EXTRA_CURRENCIES`. A country's display name is pycountry's
``common_name`` where it has one ("Bolivia", not "Bolivia, Plurinational State of"), else
its ``name``. `COUNTRY_ALIASES` maps the other names a person may type to the code: ISO's
``name`` and ``official_name`` where they differ from the display name ("Republic of
Kazakhstan"), and the few names of `EXTRA_ALIASES`.

Rewrite the module, or only check that it is up to date::

    python tools/regen_codes.py
    python tools/regen_codes.py --check     # write nothing; exit 1 if the module would change

The output depends only on pycountry's data and version (written into the module's
docstring): codes are sorted and laid out the same way every time, so running the script
twice changes nothing, and the result passes ``ruff check``. pycountry is a dependency of
the ``test`` extra only, never of the package, which reads the generated module; the extra
pins its version, so that a new release changes the tables only when this script is run.
Exit status: 0 on success, 1 when ``--check`` finds the module would change, 2 on a usage
error.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import textwrap
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

import pycountry

MODULE = Path(__file__).resolve().parents[1] / "src" / "eucentralasia" / "_codes.py"

# The codes beyond ISO, each with its display name and why the data needs it: the one
# place they are listed. The generated docstrings say what was added, and the tests allow
# exactly these.
EXTRA_COUNTRIES: dict[str, tuple[str, str]] = {
    "EU": ("European Union", "the European Union, which the data treats as a party like a country"),
}
EXTRA_CURRENCIES: dict[str, str] = {}
# Names the English-language press uses that ISO 3166-1 does not give, with their codes.
EXTRA_ALIASES: dict[str, str] = {"Russia": "RU", "Turkey": "TR"}

# Docstring paragraphs are wrapped at this width; the width of the existing module.
_WRAP = 96
_CODES_PER_LINE = 10


def iso_countries() -> dict[str, str]:
    """Every ISO 3166-1 alpha-2 code in pycountry with its display name."""
    return {country.alpha_2: getattr(country, "common_name", country.name) for country in pycountry.countries}


def iso_currencies() -> set[str]:
    """Every ISO 4217 alphabetic currency code in pycountry."""
    return {currency.alpha_3 for currency in pycountry.currencies}


def country_names() -> dict[str, str]:
    """`COUNTRY_NAMES` as it should be: ISO's codes and the extras, sorted by code."""
    names = iso_countries()
    clash = names.keys() & EXTRA_COUNTRIES.keys()
    if clash:
        raise SystemExit(f"error: ISO 3166-1 now assigns {_codes(clash)}: take it out of EXTRA_COUNTRIES")
    names.update({code: name for code, (name, _) in EXTRA_COUNTRIES.items()})
    return dict(sorted(names.items()))


def country_aliases() -> dict[str, str]:
    """`COUNTRY_ALIASES` as it should be: every other name of a code, sorted by name."""
    display = country_names()
    aliases: dict[str, str] = {}
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "official_name", None)):
            if name is not None and name != display[country.alpha_2]:
                aliases[name] = country.alpha_2
    unknown = sorted(code for code in EXTRA_ALIASES.values() if code not in display)
    if unknown:
        raise SystemExit(f"error: EXTRA_ALIASES names unknown codes {_codes(unknown)}")
    aliases.update(EXTRA_ALIASES)
    return dict(sorted(aliases.items()))


def currency_codes() -> list[str]:
    """`CURRENCY_CODES` as it should be, sorted."""
    codes = iso_currencies()
    clash = codes & EXTRA_CURRENCIES.keys()
    if clash:
        raise SystemExit(f"error: ISO 4217 now assigns {_codes(clash)}: take it out of EXTRA_CURRENCIES")
    return sorted(codes | EXTRA_CURRENCIES.keys())


def _literal(text: str) -> str:
    # JSON's string syntax is a subset of Python's: always double quotes, escapes only
    # where needed, other characters as they are ("Åland Islands").
    return json.dumps(text, ensure_ascii=False)


def _codes(codes: Iterable[str]) -> str:
    """Codes as a sentence lists them: ``EU``; ``EU`` and ``XK``; ``EU``, ``XK`` and ``XX``."""
    quoted = [f"``{code}``" for code in sorted(codes)]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def render() -> str:
    """The whole text of ``_codes.py``."""
    about = (
        f"Generated from pycountry {version('pycountry')} (ISO 3166-1 and ISO 4217 as published by the "
        "ISO maintenance agencies);"
    )
    for code, (_, why) in EXTRA_COUNTRIES.items():
        about += f" ``{code}`` is added for {why};"
    for code, why in EXTRA_CURRENCIES.items():
        about += f" ``{code}`` is added for {why};"
    about = about.removesuffix(";") + "."
    about += " Kept as a module, not a data file, because the record validators need it at import."
    country_doc = "Display name of every accepted country code (ISO 3166-1 alpha-2"
    country_doc += f", plus {_codes(EXTRA_COUNTRIES)})." if EXTRA_COUNTRIES else ")."
    currency_doc = "Every accepted ISO 4217 alphabetic currency code"
    currency_doc += f", plus {_codes(EXTRA_CURRENCIES)}." if EXTRA_CURRENCIES else "."

    codes = currency_codes()
    rows = [
        "        " + " ".join(f"{_literal(code)}," for code in codes[i : i + _CODES_PER_LINE])
        for i in range(0, len(codes), _CODES_PER_LINE)
    ]
    return "\n".join(
        [
            '"""ISO 3166-1 alpha-2 country codes and ISO 4217 currency codes the records may use.',
            "",
            textwrap.fill(about, _WRAP, break_long_words=False, break_on_hyphens=False),
            '"""',
            "",
            "from __future__ import annotations",
            "",
            "from typing import Final",
            "",
            "COUNTRY_NAMES: Final[dict[str, str]] = {",
            *(f"    {_literal(code)}: {_literal(name)}," for code, name in country_names().items()),
            "}",
            f'"""{country_doc}"""',
            "",
            "COUNTRY_ALIASES: Final[dict[str, str]] = {",
            *(f"    {_literal(name)}: {_literal(code)}," for name, code in country_aliases().items()),
            "}",
            '"""Other names of the countries (ISO\'s full and official names, a few common ones)."""',
            "",
            "CURRENCY_CODES: Final[frozenset[str]] = frozenset(",
            "    {",
            *rows,
            "    }",
            ")",
            f'"""{currency_doc}"""',
            "",
            'CENTRAL_ASIA: Final[frozenset[str]] = frozenset({"KG", "KZ", "TJ", "TM", "UZ"})',
            '"""The five Central Asian countries, the region the data is about."""',
            "",
        ]
    )


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(
        prog="regen_codes.py",
        description="Rebuild src/eucentralasia/_codes.py (country and currency codes) from pycountry.",
    )
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the module would change"
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=MODULE,
        metavar="FILE",
        help="the module to write or check (default: the package's _codes.py)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    args = build_parser().parse_args(argv)
    target: Path = args.output
    new = render()
    old = target.read_bytes().decode("utf-8") if target.exists() else ""
    if new == old:
        print(f"{target}: up to date")
        return 0
    if args.check:
        diff = difflib.unified_diff(
            old.splitlines(keepends=True), new.splitlines(keepends=True), str(target), "regenerated"
        )
        sys.stderr.writelines(diff)
        print(f"{target}: would change; run tools/regen_codes.py", file=sys.stderr)
        return 1
    # Bytes, not text: the same LF line ends on every platform.
    target.write_bytes(new.encode("utf-8"))
    print(f"{target}: written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
