"""Curated, cited data on EU-Central Asia relations, from EU Reporter articles (2023-2025).

Every record cites the exact words it came from; dates carry their precision and how
they were obtained. Start with `load`.
"""

from importlib.metadata import version as _version

from ._dates import DateBasis, DateRange, DateValue, PartialDate, Precision, Season, parse_date
from ._errors import DataError, Problem
from ._model import (
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
    Qualifier,
    Record,
    Role,
    TradeFigure,
)
from ._provenance import Author, Citation, Source, SourceKind, locate_quote
from ._serialization import converter, from_json, make_converter, to_json

__version__ = _version("eucentralasia")

__all__ = [
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "Author",
    "Citation",
    "DataError",
    "DateBasis",
    "DateRange",
    "DateValue",
    "Event",
    "EventKind",
    "EventStatus",
    "Location",
    "Milestone",
    "MilestoneKind",
    "Official",
    "Organization",
    "OrganizationKind",
    "PartialDate",
    "Precision",
    "Problem",
    "Qualifier",
    "Record",
    "Role",
    "Season",
    "Source",
    "SourceKind",
    "TradeFigure",
    "__version__",
    "converter",
    "from_json",
    "locate_quote",
    "make_converter",
    "parse_date",
    "to_json",
]
