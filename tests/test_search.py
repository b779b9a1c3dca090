"""Text matching in `_search`: folding, suggestions, countries, closeness and ranked search."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eucentralasia as eca
from eucentralasia import _schema as schema
from eucentralasia import _search
from eucentralasia._codes import COUNTRY_ALIASES, COUNTRY_NAMES
from eucentralasia._search import fold, locate_folded
from eucentralasia.testing import example_dataset

EXAMPLE = example_dataset()
BUNDLED = eca.load()

# Letters whose folded form is longer, shorter or the same: "ß" -> "ss", "é" -> "e", "ﬁ" -> "fi".
letters = st.text(alphabet="abcsSßéÉeﬁfi\u0130 ", max_size=12)


@given(letters, letters, letters)
def test_locate_folded_finds_the_first_span_that_folds_to_the_needle(
    before: str, middle: str, after: str
) -> None:
    text = before + middle + after
    needle = fold(middle)
    if not needle:  # callers search for something
        return
    span = locate_folded(text, needle)
    assert span is not None
    start, end = span
    # The span holds the needle, folded; no earlier start does.
    assert needle in fold(text[start:end])
    assert all(needle not in fold(text[:i]) for i in range(end))
    assert start <= len(before) + len(middle)


def test_locate_folded_maps_back_through_longer_and_shorter_folds() -> None:
    assert locate_folded("Straße in Köln", "koln") == (10, 14)
    assert locate_folded("Straße in Köln", "strasse") == (0, 6)
    assert locate_folded("Straße", "ss") == (4, 5)
    assert locate_folded("Straße", "x") is None


words = st.text(alphabet="abcdeklnosv ", max_size=14)


@given(words, st.lists(words, max_size=6))
def test_closeness_is_difflibs_ratio_and_remembering_changes_nothing(needle: str, runs: list[str]) -> None:
    """The quick upper bounds turn away only runs the full ratio turns away too."""
    import difflib

    closeness = _search._Closeness(needle)
    for run in [*runs, *runs]:
        ratio = difflib.SequenceMatcher(None, run, needle, autojunk=False).ratio()
        expected = round((1 - ratio) * 100) if ratio >= _search._NEAR_RATIO else None
        assert closeness(run) == expected


def test_near_means_about_one_letter_in_five_changed() -> None:
    closeness = _search._Closeness("vasilenko")
    assert closeness("vassilenko") == 5  # one letter added: 18 of 19 characters match
    assert closeness("vasilenko") == 0
    assert closeness("abcde") is None
    five = _search._Closeness("kalas")
    assert five("kalas") == 0
    assert five("kalaz") == 20  # one of five changed: just near
    assert five("kazaz") is None  # two of five: not


# -- folding ------------------------------------------------------------------------------

any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)


@given(any_text)
def test_fold_is_one_fold_whatever_the_shortcut(text: str) -> None:
    folded = fold(text)
    assert folded == _search._fold_unicode(text)  # the ASCII shortcut changes nothing
    assert fold(folded) == folded
    assert not any(unicodedata.combining(c) for c in folded)


def test_fold_drops_case_and_accents() -> None:
    assert fold("Josef Síkela") == "josef sikela"
    assert fold("STRASSE") == fold("Straße") == "strasse"
    assert fold("\u212d") == "c"  # black-letter C: NFKD makes it a capital, then folded
    assert fold("ÅNGSTRÖM") == "angstrom"


@given(any_text)
def test_a_query_is_folded_with_its_whitespace_made_single_spaces(text: str) -> None:
    assert _search.normalize_query(text) == fold(" ".join(text.split()))
    assert _search.normalize_query(f"  {text}\t\n") == _search.normalize_query(text)


def test_fold_mapped_maps_each_folded_character_to_its_origin() -> None:
    assert _search.fold_mapped("aßÉ") == ("asse", [0, 1, 1, 2])
    dropping = _search.fold_mapped("aß\u00adÉ", lambda c: "" if c == "\u00ad" else fold(c))
    assert dropping == ("asse", [0, 1, 1, 3])  # a fold may drop a character
    assert _search.fold_mapped("AbC", str.lower) == ("abc", [0, 1, 2])
    assert _search.unfold_span([0, 1, 1, 3], 1, 2) == (1, 2)
    assert _search.unfold_span([0, 1, 1, 3], 2, 2) == (1, 4)
    assert locate_folded("abc", "") is None


# -- suggestions and countries --------------------------------------------------------------

ids = st.lists(st.text("abcde-", min_size=1, max_size=8), max_size=30, unique=True).map(sorted)


@given(st.text("abcde-", max_size=8), ids)
def test_suggest_is_difflibs_closest_three(word: str, known: list[str]) -> None:
    """Against the standard library's own `get_close_matches` (the same ratio and cutoff)."""
    import difflib

    assert _search.suggest(word, known) == difflib.get_close_matches(word, known, n=3, cutoff=0.6)
    assert _search.suggest(word, known[: len(known) // 2], known[len(known) // 2 :]) == _search.suggest(
        word, known
    )


def test_suggest_looks_only_near_the_word_among_many_ids() -> None:
    many = sorted([f"b{n:05d}" for n in range(3_000)] + ["axe", "bad"])
    assert _search.suggest("b01234x", many)[0] == "b01234"
    assert _search.suggest("ax", many) == ["axe"]  # past the limit, ids sharing the first letter
    assert _search.suggest("", many[:10]) == []
    assert all(s.startswith("b") for s in _search.suggest("bxyzw", many))


def test_among_many_ids_suggest_measures_the_nearest_in_order_and_length(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past the limit, only ids within two characters of the word's length, at most
    `_SUGGEST_LIMIT` of them, those sorted nearest the word."""
    many = sorted(f"b{n:05d}" for n in range(3_000))
    assert _search.suggest("b00000", many)[0] == "b00000"  # the first id sorted
    assert _search.suggest("bxyzw", [*many, "bxyzwvut"]) == []  # three characters longer
    measured: list[str] = []

    class Counting(_search.NearSpelling):
        def __call__(self, text: str) -> float | None:
            measured.append(text)
            return super().__call__(text)

    monkeypatch.setattr(_search, "NearSpelling", Counting)
    _search.suggest("b01500", many)
    assert measured == many[500:2_500]


def test_near_spelling_junks_no_character_of_a_long_text() -> None:
    # difflib's autojunk would drop the characters of a text of 200 or more that recur.
    assert _search.NearSpelling("x" + "ab" * 150, 0.9)("ab" * 150) == pytest.approx(600 / 601)


def test_near_spelling_turns_away_below_its_cutoff() -> None:
    spelled = _search.NearSpelling("kazakhstan", 0.9)
    assert spelled("kazakhstan") == 1.0
    assert spelled("kazakstan") == pytest.approx(18 / 19)
    assert spelled("uzbekistan") is None
    assert _search.NearSpelling("ab", 0.5)("ba") == 0.5  # at the cutoff: near


def test_countries_are_read_by_code_name_and_other_name() -> None:
    for code, name in COUNTRY_NAMES.items():
        assert _search.country_code(code) == _search.country_code(code.lower()) == code
        assert _search.country_code(f" {name.upper()} ") in (code, None) or name in COUNTRY_ALIASES
    for alias, code in COUNTRY_ALIASES.items():
        assert _search.country_code(alias) == code
    assert _search.country_code("Atlantis") is None
    assert _search.read_country("kazakhstan") == "KZ"
    assert _search.country_suggestions("Kazakstan")[0] == "Kazakhstan"
    assert _search.country_suggestions("xq") == []


def test_a_country_no_one_can_read_is_refused_with_the_closest_names() -> None:
    with pytest.raises(ValueError, match=r"got 'Uzbekstan'; did you mean 'Uzbekistan'") as near:
        _search.read_country("Uzbekstan")
    assert str(near.value).startswith(
        "expected an ISO 3166-1 alpha-2 country code or EU, or a country's name"
    )
    with pytest.raises(ValueError, match=r"country's name, got 7$"):
        _search.read_country(7)
    with pytest.raises(ValueError, match=r"country's name, got 'qqqqqq'$"):
        _search.read_country("qqqqqq")


def test_a_data_file_is_told_the_code_to_write() -> None:
    assert _search.country_hint("uz") == _search.country_hint("Uzbekistan") == "; did you mean 'UZ'?"
    near = "; did you mean 'KZ' (Kazakhstan), 'PK' (Pakistan), 'UZ' (Uzbekistan)?"
    assert _search.country_hint("Kazakstan") == near
    assert _search.country_hint("qqqqqq") == ""
    assert _search.country_hint(None) == ""
    assert _search.did_you_mean([]) == ""
    assert _search.did_you_mean(["a", "b"]) == "; did you mean 'a', 'b'?"


def test_find_labels_are_the_id_with_and_without_hyphens_and_the_names_and_titles() -> None:
    for record in EXAMPLE:
        expected = [record.id, record.id.replace("-", " ")]
        expected += [text for tier, _, text in schema.searchable(record) if tier != "text"]
        assert _search.find_labels(record) == expected


# -- search against a scan of every record's texts ------------------------------------------

TIERS = {"name": 1, "title": 2, "text": 3}


def _oracle_texts(record: Any) -> list[tuple[int, str, str, Any]]:
    texts = [(1, "id", record.id, None), (1, "id", record.id.replace("-", " "), None)]
    texts += [(TIERS[tier], field, text, None) for tier, field, text in schema.searchable(record)]
    countries = sorted(schema.involvement(record, ()) & set(COUNTRY_NAMES))
    texts += [(3, "country", COUNTRY_NAMES[code], None) for code in countries]
    texts += [(4, "quote", citation.quote, citation) for _, citation in schema.citations_of(record)]
    return texts


def _oracle(records: list[Any], needle: str) -> list[tuple[str, str, str, str]]:
    """The hits as (id, rank, field, matched), best first, by looking at every text."""
    import difflib

    found = []
    for record in records:
        best = None
        for tier, field, text, _ in _oracle_texts(record):
            folded = fold(text)
            if needle not in folded:
                continue
            at = folded.index(needle)
            rank = 0 if folded == needle and tier <= 2 else tier
            key = (rank, int(at > 0 and folded[at - 1].isalnum()), len(folded), record.id)
            if best is None or key < best[0]:
                best = (key, field, text)
        if best is not None:
            found.append((best[0], record.id, _search.RANKS[best[0][0]], best[1], best[2]))
    if len(needle) >= 4 and all(key[0] >= 3 for key, *_ in found):
        matched = {id for _, id, *_ in found}
        size = len(re.findall(r"\w+", needle))  # words as `search` reads them: "eu-kz" is two
        for record in records:
            if record.id in matched:
                continue
            best = None
            for tier, field, text, _ in _oracle_texts(record):
                if tier == 4 or (tier == 3 and field != "country"):
                    continue
                words = re.findall(r"\w+", fold(text))
                for at in range(max(1, len(words) - size + 1)):
                    run = " ".join(words[at : at + size])
                    ratio = difflib.SequenceMatcher(None, run, needle).ratio()
                    if ratio < 0.8:
                        continue
                    order = 3 if field == "id" else (tier - 1 if field != "country" else 2)
                    key = (5, round((1 - ratio) * 100) * 10 + order, len(text), record.id)
                    if best is None or key < best[0]:
                        best = (key, field, text)
            if best is not None:
                found.append((best[0], record.id, "near", best[1], best[2]))
    return [(id, rank, field, text) for _, id, rank, field, text in sorted(found)]


def _queries(ds: Any) -> st.SearchStrategy[str]:
    """Pieces of the records' own texts, changed a little, in any case, with stray spaces."""
    texts = [text for record in ds for _, _, text, _ in _oracle_texts(record)] or ["x"]
    piece = st.builds(
        lambda text, a, b: text[min(a, b) : max(a, b)],
        st.sampled_from(texts),
        st.integers(0, 30),
        st.integers(0, 30),
    )
    changed = st.builds(lambda text, at: text[:at] + text[at + 1 :], piece, st.integers(0, 20))
    return st.one_of(piece, changed, st.text("aeiks -", max_size=6)).map(lambda t: f" {t.upper()}  ")


@settings(max_examples=40)
@given(st.data())
def test_search_ranks_exactly_as_a_scan_of_every_text(data: st.DataObject) -> None:
    ds = data.draw(st.sampled_from([EXAMPLE, BUNDLED]))
    text = data.draw(_queries(ds))
    needle = _search.normalize_query(text)
    if not needle:
        with pytest.raises(ValueError, match=r"^the text to search for is empty$"):
            _search.search(ds, text)
        return
    hits = _search.search(ds, text)
    assert [(h.record.id, h.rank, h.field, h.matched) for h in hits] == _oracle(list(ds), needle)
    for hit in hits:
        assert (hit.citation is not None) == (hit.field == "quote")


def test_search_puts_a_whole_name_before_a_word_start_before_a_word_inside() -> None:
    hits = _search.search(EXAMPLE, "forum")
    ranks = [hit.rank for hit in hits]
    assert ranks == sorted(ranks, key=_search.RANKS.index)
    assert _search.search(EXAMPLE, "example-forum")[0].rank == "exact"
    assert [h.record.id for h in _search.search(EXAMPLE, "EXAMPLE  FORUM")][:1] == ["example-forum"]


# -- the near pass: which texts, which runs, which order ------------------------------------

CITED = EXAMPLE.officials.get("example-tokayev").citations


def _official(id: str, name: str, *aliases: str) -> Any:
    return eca.Official(id=id, name=name, aliases=aliases, citations=CITED)


def test_near_hits_read_countries_names_not_other_texts() -> None:
    hits = _search.search(EXAMPLE, "Kazakstan")
    assert {hit.rank for hit in hits} == {"near"}
    assert "country" in {hit.field for hit in hits}


def test_a_near_run_has_as_many_words_as_the_text() -> None:
    kallas = _official("kaja-kallas", "Kaja Kallas")
    # "kallas xy" is near no run of two words ("kaja kallas"), though "kallas" alone is.
    assert _search.search([kallas], "kallas xy") == ()
    assert _search.search([kallas], "kaja kalas")[0].matched == "Kaja Kallas"


def test_at_a_like_closeness_a_name_comes_before_an_id() -> None:
    by_name = _official("official-one", "Roman Vassilenko")
    by_id = _official("vassilenko", "Someone Else")
    hits = _search.search([by_id, by_name], "vasilenko")
    assert [(hit.record.id, hit.field) for hit in hits] == [("official-one", "name"), ("vassilenko", "id")]


def test_of_two_texts_alike_in_closeness_and_length_the_first_is_the_match() -> None:
    record = _official("official-one", "Someone Else", "Vassilenko", "Vasilenkko")
    (hit,) = _search.search([record], "vasilenko")
    assert (hit.field, hit.matched) == ("aliases", "Vassilenko")


def test_a_match_in_a_text_alone_leaves_room_for_near_names() -> None:
    named = _official("official-one", "Roman Vassilenko")
    noted = schema.evolve(_official("official-two", "Someone Else"), note="Met Vasilenko in Astana.")
    hits = _search.search([named, noted], "vasilenko")
    assert [(hit.record.id, hit.rank) for hit in hits] == [("official-two", "text"), ("official-one", "near")]
    titled = schema.evolve(noted, aliases=("Vasilenko",))
    assert [hit.rank for hit in _search.search([named, titled], "vasilenko")] == ["exact"]


def test_a_hyphenated_query_is_as_many_words_as_it_has() -> None:
    # Found by the randomized profile: the oracle once counted "eample-artic" as one word.
    needle = _search.normalize_query(" EAMPLE-ARTIC  ")
    hits = _search.search(EXAMPLE, needle)
    assert [(h.record.id, h.rank, h.field) for h in hits] == [("example-article", "near", "id")]
    assert [(h.record.id, h.rank, h.field, h.matched) for h in hits] == _oracle(list(EXAMPLE), needle)
