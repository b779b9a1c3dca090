"""Every export refuses what it does not export with a `TypeError` naming what it expected."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eucentralasia import export
from eucentralasia.testing import example_dataset

DS = example_dataset()

# Each public export, what it takes first, and the rest of a valid call.
EXPORTS: dict[str, tuple[str, Callable[[Path], tuple[Any, ...]]]] = {
    "to_json": ("Dataset", lambda tmp: ()),
    "write_json": ("Dataset", lambda tmp: (tmp / "x.json",)),
    "write_csv": ("Dataset", lambda tmp: (tmp / "csv",)),
    "write_datapackage": ("Dataset", lambda tmp: (tmp / "package",)),
    "to_jsonld": ("Dataset", lambda tmp: ()),
    "write_jsonld": ("Dataset", lambda tmp: (tmp / "x.jsonld",)),
    "to_ical": ("Dataset", lambda tmp: ()),
    "write_ical": ("Dataset", lambda tmp: (tmp / "x.ics",)),
    "to_frame": ("RecordSet", lambda tmp: ()),
    "plot_timeline": ("Dataset", lambda tmp: (tmp / "x.png",)),
    "to_sqlite": ("Dataset", lambda tmp: (tmp / "x.db",)),
    "to_arrow": ("Dataset", lambda tmp: ()),
    "write_parquet": ("Dataset", lambda tmp: (tmp / "parquet",)),
}


def test_every_export_is_listed() -> None:
    # read_json and load_to_parquet read files rather than take a dataset.
    assert set(EXPORTS) == set(export.__all__) - {"read_json", "load_to_parquet"}


@pytest.mark.parametrize("name", sorted(EXPORTS))
@pytest.mark.parametrize("given", ["the other", "a str", "None", "a list of records"])
def test_a_wrong_first_argument_is_a_type_error(name: str, given: str, tmp_path: Path) -> None:
    expected, rest = EXPORTS[name]
    value: Any = {
        "the other": DS if expected == "RecordSet" else DS.events,
        "a str": "eucentralasia.json",
        "None": None,
        "a list of records": list(DS.events),
    }[given]
    with pytest.raises(TypeError, match=rf"^{name}\(\) expected a {expected} .*, got \w+") as info:
        getattr(export, name)(value, *rest(tmp_path))
    if given == "the other":
        assert "pass" in str(info.value)  # says what to pass instead
    assert not list(tmp_path.iterdir())  # nothing written


def test_a_keyword_first_argument_is_checked_too() -> None:
    assert export.to_json(dataset=DS) == export.to_json(DS)
    with pytest.raises(TypeError, match="expected a Dataset"):
        export.to_json(dataset=DS.events)
