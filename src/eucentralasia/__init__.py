"""Curated, cited data on EU-Central Asia relations, from EU Reporter articles (2023-2025).

Every record cites the exact words it came from; dates carry their precision and how
they were obtained. Start with `load`.
"""

from typing import TYPE_CHECKING

from ._amounts import describe_amount
from ._dataset import Dataset, DateBound, RecordSet
from ._dates import DateBasis, DateRange, DateValue, PartialDate, Precision, Season, describe_date, parse_date
from ._errors import DataError, FieldError, Problem, UnknownIdError
from ._gc import pause_collector
from ._loading import load
from ._model import (
    COLLECTIONS,
    Agreement,
    AgreementKind,
    AgreementStatus,
    Event,
    EventKind,
    EventStatus,
    Location,
    Milestone,
    MilestoneKind,
    Official,
    Organization,
    OrganizationKind,
    OrganizationStatus,
    Qualifier,
    Record,
    Relation,
    RelationKind,
    Role,
    Statement,
    StatementKind,
    TradeFigure,
)
from ._provenance import Author, Citation, Source, SourceKind, locate_quote
from ._release import Redirect, RetiredIdError, RetiredIdWarning
from ._schema import Collection, FieldInfo, Registry
from ._search import SearchHit, fold
from ._serialization import from_json, make_converter, to_json

if TYPE_CHECKING:
    from ._diff import DataDiff, RecordChange, diff, open_dataset
    from ._results import SourceStats, Stats, TimelineEntry, Verification
    from ._serialization import converter

# Imported on first use (`__getattr__`): each attrs class costs `import eucentralasia`
# about a millisecond to make, and these are needed only when a dataset is compared
# (`diff`) or asked for its timeline, statistics or verification.
_LAZY = {
    **dict.fromkeys(("DataDiff", "RecordChange", "diff", "open_dataset"), "_diff"),
    **dict.fromkeys(("SourceStats", "Stats", "TimelineEntry", "Verification"), "_results"),
}

__all__ = [
    "COLLECTIONS",
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "Author",
    "Citation",
    "Collection",
    "DataDiff",
    "DataError",
    "Dataset",
    "DateBasis",
    "DateBound",
    "DateRange",
    "DateValue",
    "Event",
    "EventKind",
    "EventStatus",
    "FieldError",
    "FieldInfo",
    "Location",
    "Milestone",
    "MilestoneKind",
    "Official",
    "Organization",
    "OrganizationKind",
    "OrganizationStatus",
    "PartialDate",
    "Precision",
    "Problem",
    "Qualifier",
    "Record",
    "RecordChange",
    "RecordSet",
    "Redirect",
    "Registry",
    "Relation",
    "RelationKind",
    "RetiredIdError",
    "RetiredIdWarning",
    "Role",
    "SearchHit",
    "Season",
    "Source",
    "SourceKind",
    "SourceStats",
    "Statement",
    "StatementKind",
    "Stats",
    "TimelineEntry",
    "TradeFigure",
    "UnknownIdError",
    "Verification",
    "__version__",
    "converter",
    "describe_amount",
    "describe_date",
    "diff",
    "fold",
    "from_json",
    "load",
    "locate_quote",
    "make_converter",
    "open_dataset",
    "parse_date",
    "pause_collector",
    "to_json",
]


def __getattr__(name: str) -> object:
    # Both are made on first use: importlib.metadata costs more to import than the rest of
    # the package (structlog does the same), and building the converter generates code.
    if name == "converter":
        from . import _serialization

        return _serialization.converter
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    if name == "__version__":
        from importlib.metadata import version

        return version("eucentralasia")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    # The names made on first use are listed too, as if imported.
    return sorted({*globals(), *__all__})
