"""Write the intersphinx inventories the docs link through, without the network.

The docs build must never fetch anything, so the few Python, attrs and cattrs names our
API mentions are listed here with the page and anchor where the projects' own
documentation defines them, and written as standard ``objects.inv`` files beside this
script. pendulum and hypothesis publish no Sphinx inventory: their types stay unlinked.
Run ``python docs/inventories/build.py`` after adding a name (needs sphobjinv).
"""

from __future__ import annotations

from pathlib import Path

import sphobjinv as soi

HERE = Path(__file__).parent

PYTHON = {
    "class": {
        "datetime.date": "library/datetime.html",
        "datetime.datetime": "library/datetime.html",
        "decimal.Decimal": "library/decimal.html",
        "enum.Enum": "library/enum.html",
        "os.PathLike": "library/os.html",
        "pathlib.Path": "library/pathlib.html",
        "collections.abc.Iterable": "library/collections.abc.html",
        "collections.abc.Iterator": "library/collections.abc.html",
        "collections.abc.Sequence": "library/collections.abc.html",
        "collections.abc.Mapping": "library/collections.abc.html",
        "str": "library/stdtypes.html",
        "tuple": "library/stdtypes.html",
        "list": "library/stdtypes.html",
        "dict": "library/stdtypes.html",
        "int": "library/functions.html",
        "bool": "library/functions.html",
        "object": "library/functions.html",
        "float": "library/functions.html",
    },
    "exception": {
        "ValueError": "library/exceptions.html",
        "KeyError": "library/exceptions.html",
        "TypeError": "library/exceptions.html",
        "LookupError": "library/exceptions.html",
    },
    "data": {
        "None": "library/constants.html",
        "typing.Any": "library/typing.html",
    },
    "module": {
        "tomllib": "library/tomllib.html",
        "json": "library/json.html",
        "doctest": "library/doctest.html",
    },
}

ATTRS = {
    "function": {
        "attrs.frozen": "api.html",
        "attrs.define": "api.html",
        "attrs.field": "api.html",
        "attrs.evolve": "api.html",
        "attrs.asdict": "api.html",
    },
    "class": {"attrs.Attribute": "api.html"},
}

CATTRS = {
    "class": {
        "cattrs.Converter": "cattrs.html",
        "cattrs.BaseConverter": "cattrs.html",
    },
    "function": {
        "cattrs.structure": "cattrs.html",
        "cattrs.unstructure": "cattrs.html",
    },
}


def write(project: str, version: str, names: dict[str, dict[str, str]], filename: str) -> None:
    inventory = soi.Inventory()
    inventory.project, inventory.version = project, version
    for role, pages in names.items():
        for name, page in sorted(pages.items()):
            inventory.objects.append(
                soi.DataObjStr(name=name, domain="py", role=role, priority="1", uri=f"{page}#$", dispname="-")
            )
    (HERE / filename).write_bytes(soi.compress(inventory.data_file()))


if __name__ == "__main__":
    write("Python", "3", PYTHON, "python.inv")
    write("attrs", "stable", ATTRS, "attrs.inv")
    write("cattrs", "stable", CATTRS, "cattrs.inv")
