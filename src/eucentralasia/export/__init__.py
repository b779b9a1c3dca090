"""Exports: the dataset as JSON, CSV, pandas, JSON-LD, iCalendar, a Data Package, a figure.

Each export is a function of a `Dataset` (``to_frame`` takes a `RecordSet`), generated
from the one dataset and losing nothing its format can hold:

====================  ===================================================================
`to_json`             the whole dataset, source texts included; `read_json` reads it back
`write_csv`           one CSV per collection plus ``citations.csv``, for spreadsheets
`to_frame`            a typed pandas DataFrame (extra ``pandas``)
`to_jsonld`           JSON-LD with the schema.org vocabulary, for linked data
`to_ical`             an iCalendar file of the dated events and milestones
`write_datapackage`   the CSVs plus a Frictionless ``datapackage.json``
`to_sqlite`           a SQLite database with full-text indexes, and Datasette's metadata
`to_arrow`            a typed Arrow table per collection (extra ``parquet``)
`write_parquet`       a Parquet file per collection, for DuckDB, Polars, Spark (extra ``parquet``)
`load_to_parquet`     data files checked as `load` does, streamed to Parquet (extra ``parquet``)
`plot_timeline`       a matplotlib figure of the dated events (extra ``plot``)
====================  ===================================================================

pandas, pyarrow and matplotlib are imported only when an export needing them runs. Given
anything but what it exports (a `RecordSet` where a `Dataset` belongs, or the reverse),
an export raises a `TypeError` saying what it expected.

>>> import eucentralasia as eca
>>> from eucentralasia.export import read_json, to_json
>>> read_json(to_json(eca.load())) == eca.load()
True
"""

from eucentralasia._dataset import Dataset
from eucentralasia.export._arguments import takes
from eucentralasia.export._arrow import to_arrow, write_parquet
from eucentralasia.export._csv import write_csv
from eucentralasia.export._datapackage import write_datapackage
from eucentralasia.export._ical import to_ical, write_ical
from eucentralasia.export._json import read_json, to_json, write_json
from eucentralasia.export._jsonld import to_jsonld, write_jsonld
from eucentralasia.export._pandas import to_frame
from eucentralasia.export._plot import plot_timeline as _plot_timeline
from eucentralasia.export._sqlite import to_sqlite
from eucentralasia.export._stream import load_to_parquet

# Checked here rather than where it is defined, like every other export is there.
plot_timeline = takes(Dataset)(_plot_timeline)

__all__ = [
    "load_to_parquet",
    "plot_timeline",
    "read_json",
    "to_arrow",
    "to_frame",
    "to_ical",
    "to_json",
    "to_jsonld",
    "to_sqlite",
    "write_csv",
    "write_datapackage",
    "write_ical",
    "write_json",
    "write_jsonld",
    "write_parquet",
]
