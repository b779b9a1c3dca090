"""pandas: a `RecordSet` as a typed `DataFrame` (optional extra ``pandas``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from eucentralasia._dataset import RecordSet
from eucentralasia._gc import collector_paused
from eucentralasia._model import COLLECTIONS
from eucentralasia.export._arguments import takes
from eucentralasia.export._optional import missing_extra
from eucentralasia.export._tables import Column, record_table

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped]

__all__ = ["to_frame"]


def _series(pd: Any, column: Column, values: list[Any], decimals: str) -> Any:
    """One column's values as a pandas Series of the column's own dtype."""
    if column.choices:
        return pd.Series(pd.Categorical(values, categories=list(column.choices)))
    if column.type == "date":
        # Second resolution covers years 1 to 9999; nanoseconds stop at 2262.
        return pd.Series(values, dtype="datetime64[s]")
    if column.type == "number":
        if decimals == "float":
            return pd.Series([None if v is None else float(v) for v in values], dtype="float64")
        return pd.Series(values, dtype=object)
    if column.type == "boolean":
        return pd.Series(values, dtype="bool" if column.required else "boolean")
    if column.type == "integer":
        return pd.Series(values, dtype="Int64")
    if column.type == "array":
        return pd.Series(values, dtype=object)
    return pd.Series(values, dtype="string")


@takes(RecordSet)
def to_frame(
    records: RecordSet[Any], *, decimals: Literal["decimal", "float"] = "decimal"
) -> pandas.DataFrame:
    """Return the records as a pandas DataFrame, one row per record, with typed columns.

    The columns are those of `write_csv` (see there), typed: the EDTF text of a date as
    ``string`` plus ``<field>_start`` / ``<field>_end`` as ``datetime64[s]`` (NaT when
    undated); enums as ``category`` with every value of the enum as a category; text as
    ``string``; booleans as ``bool`` (``boolean`` when optional); lists and nested values
    (citations, milestones, roles, ids) as Python lists of plain data (object). A
    trade figure's ``value`` holds `Decimal` objects (object dtype) by default, exact;
    ``decimals="float"`` gives ``float64`` instead, which arithmetic and plotting want
    but which rounds beyond 15-17 significant digits. Rows follow the set's order (by id).

    Needs the ``pandas`` extra (``pip install "eucentralasia[pandas]"``); without it,
    raises `ModuleNotFoundError` saying so.

    >>> from eucentralasia.testing import example_dataset
    >>> frame = to_frame(example_dataset().events)
    >>> print(frame[["id", "date", "date_start", "date_end"]].to_string(index=False))
                id                  date date_start   date_end
     example-forum            2025-05-29 2025-05-29 2025-05-29
    example-summit 2025-04-03/2025-04-04 2025-04-03 2025-04-04
    >>> str(frame["date_start"].dtype), str(frame["kind"].dtype)
    ('datetime64[s]', 'category')
    """
    if decimals not in ("decimal", "float"):
        raise ValueError(f"decimals: expected 'decimal' or 'float', got {decimals!r}")
    try:
        import pandas as pd
    except ImportError as exc:
        raise missing_extra("pandas", "pandas", "to_frame") from exc
    table = record_table(COLLECTIONS.of(records.type).name)
    items = list(records)
    # A list per cell of ids or citations, no reference cycles: the collector's passes over
    # the loaded records would free nothing (at 10^5 events they took half of the export).
    with collector_paused():
        # Column by column, each a list of its values: what the Series take, no rows between.
        columns = {
            column.name: _series(pd, column, list(map(column.get, items)), decimals)
            for column in table.columns
        }
        return pd.DataFrame(columns)
