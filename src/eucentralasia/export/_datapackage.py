"""Frictionless Data Package: the CSV files plus ``datapackage.json`` describing them."""

from __future__ import annotations

import datetime as _dt
import json
import os
from pathlib import Path
from typing import Any, Final

from eucentralasia._dataset import Dataset
from eucentralasia._dates import describe_date
from eucentralasia._files import Files
from eucentralasia.export._arguments import takes
from eucentralasia.export._csv import CSV_ENCODING, write_tables
from eucentralasia.export._tables import Column, Table, tables

__all__ = ["DESCRIPTION", "HOMEPAGE", "LICENSES", "TITLE", "source_titles", "write_datapackage"]

_NAME: Final = "eucentralasia"
TITLE: Final = "EU-Central Asia relations: curated, cited records"
DESCRIPTION: Final = (
    "Events, agreements, officials, organizations and trade figures on relations between "
    "the European Union and Central Asia, each citing the verbatim quote and character span "
    "it comes from (citations.csv lists every quote). Dates are EDTF text at the precision "
    "the source gives, with first and last day columns for sorting."
)
HOMEPAGE: Final = "https://github.com/eucentralasia/eucentralasia"
LICENSES: Final = (
    {
        "name": "MIT",
        "path": "https://opensource.org/licenses/MIT",
        "title": "MIT License (the curated records; the source texts remain their publishers')",
    },
)


def source_titles(dataset: Dataset) -> list[str]:
    """Each source document as a reference: title, authors, outlet and date."""
    titles = []
    for source in dataset.sources:
        published = "" if source.published is None else f", {describe_date(source.published)}"
        authors = ", ".join(author.name for author in source.authors)
        titles.append(f"{source.title}. {authors}, {source.outlet}{published}")
    return titles


# The Library of Congress's datatype for EDTF text: the type of a date's own column, whose
# first and last days are the `date` columns beside it.
_EDTF: Final = "http://id.loc.gov/datatypes/edtf/EDTF"


def _field(column: Column, edtf: bool = False) -> dict[str, Any]:
    constraints: dict[str, Any] = {}
    if column.required:
        constraints["required"] = True
    if column.choices:
        constraints["enum"] = list(column.choices)
    field: dict[str, Any] = {"name": column.name, "type": column.type, "description": column.description}
    if edtf:
        field["rdfType"] = _EDTF
    if constraints:
        field["constraints"] = constraints
    return field


def _resource(table: Table) -> dict[str, Any]:
    dated = {column.name for column in table.columns if column.derived}
    foreign_keys = [
        {"fields": column.name, "reference": {"resource": column.reference, "fields": "id"}}
        for column in table.columns
        if column.reference is not None
    ]
    schema: dict[str, Any] = {
        "fields": [_field(column, f"{column.name}_precision" in dated) for column in table.columns],
        # Empty cells are missing values; nothing else is (a text "NA" is text).
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return {
        "name": table.name,
        "path": f"{table.name}.csv",
        "profile": "tabular-data-resource",
        "title": table.title,
        "description": table.description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": CSV_ENCODING,
        "schema": schema,
    }


def _created(created: _dt.datetime | None) -> str:
    if created is None:
        # SOURCE_DATE_EPOCH is the reproducible-builds convention for a fixed "now".
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        if epoch is not None:
            created = _dt.datetime.fromtimestamp(int(epoch), _dt.UTC)
        else:
            created = _dt.datetime.now(_dt.UTC)
    return created.astimezone(_dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@takes(Dataset)
def write_datapackage(
    dataset: Dataset, folder: str | os.PathLike[str], *, created: _dt.datetime | None = None
) -> Path:
    """Return the path of ``datapackage.json``, written with the CSV files into `folder`.

    The folder gets what `write_csv` writes (one CSV per collection and
    ``citations.csv``) and a Frictionless Data Package descriptor: package metadata
    (name, title, description, licences, the source documents as ``sources``, when it
    was created) and, per CSV, a tabular data resource whose Table Schema gives each
    column's type (string, integer, number, boolean, date, array for JSON-text columns;
    a date's first and last days ``date``, its EDTF text ``string`` with the EDTF
    datatype as ``rdfType``),
    description, whether it is required and the values an enum column allows, with
    ``id`` as primary key (``record`` and ``field`` for citations) and foreign keys for
    the columns holding one id of another table (an organization's ``parent``, a
    source's ``interviewee``, a citation's ``source``; id lists inside JSON arrays have
    no Table Schema form). `created` defaults to the ``SOURCE_DATE_EPOCH`` environment
    variable if set, else now (UTC).

    >>> import json, tempfile
    >>> from eucentralasia.testing import example_dataset
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = write_datapackage(example_dataset(), folder)
    ...     package = json.loads(path.read_text(encoding="utf-8"))
    >>> events = package["resources"][1]
    >>> events["path"], events["schema"]["primaryKey"], events["schema"]["fields"][4]
    ('events.csv', ['id'], {'name': 'date', 'type': 'string', 'description': 'When it happened, as EDTF ...',
     'rdfType': 'http://id.loc.gov/datatypes/edtf/EDTF'})
    """
    with Files(folder) as files:  # the CSV files and their description change together
        write_tables(dataset, files)
        files.write(files.within / "datapackage.json", _package(dataset, created))
    return files.within / "datapackage.json"


def _package(dataset: Dataset, created: _dt.datetime | None) -> str:
    """The text of ``datapackage.json`` describing `dataset`'s CSV files."""
    package = {
        "profile": "tabular-data-package",
        "name": _NAME,
        "title": TITLE,
        "version": dataset.version,
        "description": DESCRIPTION,
        "homepage": HOMEPAGE,
        "licenses": list(LICENSES),
        "sources": [{"title": title} for title in source_titles(dataset)],
        "created": _created(created),
        "resources": [_resource(table) for table in tables(dataset.registry)],
    }
    return json.dumps(package, ensure_ascii=False, indent=2) + "\n"
