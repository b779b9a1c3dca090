"""The text index (`_index`): a query holding the separator the index joins labels with."""

from __future__ import annotations

import eucentralasia as eca
from eucentralasia.testing import example_dataset


def test_a_query_holding_the_label_separator_never_matches_across_labels() -> None:
    # The index joins an official's labels with "\x00": "Tokayev\x00Kassym" spans the
    # name and the alias in the joined text, but no one label holds it.
    tokayev = example_dataset().officials.get("example-tokayev")
    official = eca.Official(
        id=tokayev.id, name="Kassym-Jomart Tokayev", aliases=("Tokayev",), citations=tokayev.citations
    )
    others = [
        eca.Official(id=f"official-{n}", name=f"Official {n}", citations=tokayev.citations) for n in range(9)
    ]
    officials = eca.RecordSet(eca.Official, [official, *others])
    assert officials.find("Tokayev").ids == (official.id,)
    for text in ("tokayev\x00tokayev", "example-tokayev\x00example tokayev", "\x00"):
        assert officials.find(text).ids == ()
        # A few records of many are tested one by one, the separator rule the same.
        assert officials.find("Tokayev").find(text).ids == ()
