"""The documentation covers the public API: every name has an entry and a docstring."""

from __future__ import annotations

import html
import itertools
import re
from pathlib import Path
from typing import Any

import pytest

import eucentralasia
from eucentralasia import export, testing

API = Path(__file__).parents[1] / "docs" / "api.rst"
pytestmark = pytest.mark.skipif(not API.exists(), reason="docs/ is not beside the tests")


API_PAGES = sorted((API.parent / "api").glob("*.rst"))
_ENTRY = re.compile(r"^\.\. (?:auto)?(?:function|class|data|exception|module)::\s+(\S+)", re.M)


def _documented() -> set[str]:
    names = {name for page in [API, *API_PAGES] for name in _ENTRY.findall(page.read_text(encoding="utf-8"))}
    return {name.removeprefix("eucentralasia.") for name in names}


def _extension(name: str) -> Any:
    """A module of ``docs/_ext/``, imported from its file."""
    import importlib.util
    import sys

    sys.path.insert(0, str(API.parent / "_ext"))
    try:
        spec = importlib.util.spec_from_file_location(name, API.parent / "_ext" / f"{name}.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.pop(0)
    return module


@pytest.mark.parametrize("name", sorted(eucentralasia.__all__))
def test_every_public_name_has_an_api_entry(name: str) -> None:
    assert name in _documented(), f"docs/api.rst has no entry for eucentralasia.{name}"


def test_public_submodules_are_documented_whole() -> None:
    assert {"testing", "export"} <= _documented()


@pytest.mark.parametrize(
    ("module", "name"),
    [(eucentralasia, n) for n in eucentralasia.__all__ if n not in ("__version__", "converter")]
    + [(testing, n) for n in testing.__all__]
    + [(export, n) for n in export.__all__],
)
def test_every_public_name_has_a_docstring(module: object, name: str) -> None:
    value = getattr(module, name)
    doc = getattr(value, "__doc__", None)
    if isinstance(value, type) or callable(value):
        assert doc is not None, f"{name} has no docstring"
        assert doc.strip(), f"{name} has an empty docstring"


def _catalogue_pages(tmp_path: Path) -> tuple[Any, dict[str, str]]:
    catalogue = _extension("catalogue")
    catalogue.write_catalogue(eucentralasia.load(), tmp_path)
    pages = {p.stem: p.read_text(encoding="utf-8") for p in tmp_path.glob("*.rst")}
    return catalogue, pages


def test_every_record_is_in_the_catalogue_under_its_id_with_every_quote(tmp_path: Path) -> None:
    catalogue, pages = _catalogue_pages(tmp_path)
    ds = eucentralasia.load()
    for name in ds.registry:
        page = pages[name]
        for record in ds.collection(name):
            anchor = f".. _{record.id}:\n"
            assert f"   * - {anchor}" in page or f"\n{anchor}" in page, f"{record.id} has no anchor on {name}"
            for _, citation in ds.quotes(record.id):
                shown = catalogue.escape(" ".join(citation.quote.split()))
                assert f"**“{shown}”**" in page, f"a quote of {record.id} is not shown"
                assert catalogue.Catalogue.place_url(citation) in page


def test_every_note_and_date_note_is_shown_milestones_and_roles_too(tmp_path: Path) -> None:
    from eucentralasia._schema import datings

    catalogue, pages = _catalogue_pages(tmp_path)
    ds = eucentralasia.load()
    everything = "".join(pages.values())
    notes = 0
    for record in ds:
        found = [d.note for d in datings(record) if d.note]
        found += [record.note] if record.note else []
        found += [m.note for m in getattr(record, "milestones", ()) if m.note]
        for note in found:
            assert catalogue.escape(note) in everything, f"a note of {record.id} is not shown"
            notes += 1
    assert notes > 100


def test_the_catalogue_names_references_and_orders_dated_records_by_date(tmp_path: Path) -> None:
    from eucentralasia._schema import dates_of, heading_of

    catalogue, pages = _catalogue_pages(tmp_path)
    ds = eucentralasia.load()
    visit = ds.get("josef-sikela-visit-kazakhstan")
    for participant in visit.participants:
        assert (
            f":ref:`{catalogue.escape(heading_of(ds.get(participant)))} <{participant}>`" in pages["events"]
        )
    anchors = re.findall(r"^   \* - \.\. _([\w-]+):$", pages["events"], re.M)
    firsts = [
        min(dates_of(ds.get(i)), key=lambda d: d.sort_key()).sort_key()
        for i in anchors
        if dates_of(ds.get(i))
    ]
    assert firsts == sorted(firsts)
    assert len(anchors) == len(ds.events)
    # A statement's heading is its summary: it is not repeated as a field.
    statement = next(iter(ds.statements))
    assert pages["statements"].count(catalogue.escape(statement.summary)) == 1


def test_statements_are_grouped_by_speaker_each_compact_with_date_notes_once(tmp_path: Path) -> None:
    from eucentralasia._schema import heading_of

    catalogue, pages = _catalogue_pages(tmp_path)
    page = pages["statements"]
    ds = eucentralasia.load()
    speakers = {s.speaker for s in ds.statements}
    # A section per speaker, headed by the name; the statements under it are theirs.
    sections = re.split(r"^\.\. _said-by-([\w-]+):$", page, flags=re.M)
    assert sorted(sections[1::2]) == sorted(speakers)
    for speaker, body in zip(sections[1::2], sections[2::2], strict=True):
        name = catalogue.escape(heading_of(ds.get(speaker)))
        assert body.startswith(f"\n\n{name}\n{'-' * len(name)}\n")
        ids = re.findall(r"^\.\. _([\w-]+):$", body, re.M)
        said = [s.id for s in ds.statements if s.speaker == speaker]
        assert set(said) <= set(ids)
        # By date within the speaker, undated last.
        assert [i for i in ids if i in said] == [
            r.id for r in catalogue.ordered(ds.statements.get(i) for i in said)
        ]
    # Each date note once, linked from each statement it dates.
    notes = {s.date_note for s in ds.statements if s.date_note}
    for note in notes:
        assert page.count(f") {catalogue.escape(note)}\n") == 1
    assert page.count("<statement-date-note-") == len([s for s in ds.statements if s.date_note])
    linked = [int(n) for n in re.findall(r"<statement-date-note-(\d+)>", page)]
    assert list(dict.fromkeys(linked)) == list(range(1, len(notes) + 1))  # numbered as first linked
    # Each statement compact: its summary, kind and quotes in context, a block each.
    for statement in ds.statements:
        block = page.split(f".. _{statement.id}:\n", 1)[1].split("\n.. _", 1)[0]
        assert f"**{catalogue.escape(statement.summary)}**" in block
        assert f"*{statement.kind.value}*" in block
        assert block.count(".. container:: quote") == len(statement.citations)


def test_other_spellings_of_names_are_index_terms() -> None:
    catalogue = _extension("catalogue")
    assert catalogue.spellings("Roman Vassilenko") == ["Roman Vasilenko"]
    assert catalogue.spellings("Jozef Síkela") == ["Jozef Sikela"]
    assert catalogue.spellings("Kassym-Jomart Tokayev") == ["Kasym-Jomart Tokayev"]
    assert catalogue.spellings("Kaja Kalas") == []
    assert catalogue.spellings("Jozef Síkella") == ["Jozef Sikela", "Jozef Sikella"]


def test_every_record_is_a_search_object_under_its_id_heading_and_aliases() -> None:
    from eucentralasia._schema import heading_of

    catalogue = _extension("catalogue")
    ds = eucentralasia.load()
    cat = catalogue.Catalogue(ds)
    objects = catalogue.record_objects(ds, cat)
    names: dict[str, set[str]] = {}
    for name, kind, page, anchor in objects:
        assert page == f"catalogue/{cat.where[anchor]}"
        assert kind in catalogue.RecordDomain.object_types
        names.setdefault(anchor, set()).add(name)
    assert set(names) == {record.id for record in ds}
    for record in ds:
        assert {record.id, cat.heading(record), *getattr(record, "aliases", ())} <= names[record.id]
    assert "Roman Vasilenko" in names["roman-vassilenko"]
    assert "President Tokayev" in names["kassym-jomart-tokayev"]
    assert (
        heading_of(ds.get("eu-recognizes-kazakhstan-honey-exporter"))
        in names["eu-recognizes-kazakhstan-honey-exporter"]
    )


def test_figures_show_their_value_with_unit_and_qualifier() -> None:
    from decimal import Decimal

    describe = eucentralasia.describe_amount
    almost = eucentralasia.Qualifier.ALMOST
    assert describe(Decimal("50000000000"), "USD", almost) == "almost USD 50 billion"
    assert describe(Decimal("17"), "percent") == "17%"
    assert describe(Decimal("1500"), "count", eucentralasia.Qualifier.AT_LEAST) == "at least 1,500"
    assert describe(Decimal("2500000"), "EUR") == "EUR 2.5 million"
    assert describe(Decimal("3000000"), "count", digits=True) == "3 million (3,000,000)"
    assert describe(Decimal("-2.5"), "EUR") == "EUR -2.5"
    assert all(describe(Decimal(1), "count", q) for q in eucentralasia.Qualifier)


class _Marks(__import__("html.parser").parser.HTMLParser):
    """The text of a marked source page: marked characters kept, others as NUL."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = self.sup = 0
        self.text: list[str] = []
        self.ids: set[str] = set()
        self.links: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "a" and found.get("href"):
            self.links.add(str(found["href"]))
        self.depth += tag == "mark"
        self.sup += tag == "sup"

    def handle_endtag(self, tag: str) -> None:
        self.depth -= tag == "mark"
        self.sup -= tag == "sup"

    def handle_data(self, data: str) -> None:
        if not self.sup:
            self.text.append(data if self.depth else "\0" * len(data))


@pytest.mark.parametrize("source_id", [s.id for s in eucentralasia.load().sources])
def test_every_cited_span_is_marked_on_its_source_page_and_links_to_its_records(source_id: str) -> None:
    from eucentralasia._schema import citations_of

    catalogue = _extension("catalogue")
    ds = eucentralasia.load()
    source = ds.sources.get(source_id)
    marks = _Marks()
    marks.feed(catalogue.marked_html(ds, source, catalogue.Catalogue(ds)))
    marked = re.sub(r"\s", "", "".join(marks.text))
    cited = 0
    for record in ds:
        page = catalogue.Catalogue(ds).where[record.id]
        for _, citation in citations_of(record):
            if citation.source != source_id:
                continue
            cited += 1
            assert f"q{citation.start}-{citation.end}" in marks.ids
            assert re.sub(r"\s", "", citation.quote) in marked, f"a quote of {record.id} is not marked"
            assert f"../{page}.html#{record.id}" in marks.links, f"{record.id} is not linked from its quote"
    assert cited > 10


@pytest.mark.parametrize("source_id", [s.id for s in eucentralasia.load().sources])
def test_source_pages_set_the_page_around_the_article_apart_and_keep_labels_out_of_the_text(
    source_id: str,
) -> None:
    catalogue = _extension("catalogue")
    ds = eucentralasia.load()
    source = ds.sources.get(source_id)
    page = catalogue.marked_html(ds, source, catalogue.Catalogue(ds))
    # No bracketed labels inside the text: the records citing a paragraph follow it, folded.
    assert "<sup" not in page
    assert "[" not in re.sub(r"<details.*?</details>", "", page).replace("[", "", source.text.count("["))
    aside = "".join(re.findall(r'<div class="page-furniture">(.*?)</div>', page))
    assert "Share this article:" in aside
    assert "Connect with us" in aside
    # Nothing any record cites is set apart, and the article's own lines are not.
    assert "<mark" not in aside
    spans = catalogue.spans_of(ds)[source_id]
    for lo, hi in catalogue.furniture(
        source.text, [m.span() for m in re.finditer(r"[^\n]*\S[^\n]*", source.text)], spans
    ):
        assert not any(s < hi and lo < e for s, e in spans)
    # The teasers after "Share this article:" are aside; the article's questions are not.
    teasers = source.text[source.text.index("Share this article:") :].splitlines()
    assert all(html.escape(line) in aside for line in teasers if line.strip())
    questions = [line for line in source.text.splitlines() if re.match(r"\d+\. .*\?$", line)]
    assert not any(html.escape(line) in aside for line in questions)


def test_every_piece_of_a_quote_names_its_spans_so_the_selected_quote_stands_out() -> None:
    catalogue = _extension("catalogue")
    ds = eucentralasia.load()
    for source in ds.sources:
        page = catalogue.marked_html(ds, source, catalogue.Catalogue(ds))
        for span in catalogue.spans_of(ds)[source.id]:
            name = f"q{span[0]}-{span[1]}"
            pieces = re.findall(rf'<mark [^>]*data-q="[^"]*\b{name}\b[^"]*"[^>]*>([^<]*)</mark>', page)
            assert html.unescape("".join(pieces)).split() == source.text[span[0] : span[1]].split()


def test_overlapping_quotes_are_marked_once_each_piece_and_darker() -> None:
    catalogue = _extension("catalogue")
    ds = eucentralasia.load()
    overlapping = False
    for source in ds.sources:
        spans = sorted(catalogue.spans_of(ds)[source.id])
        overlapping |= any(b[0] < a[1] for a, b in itertools.pairwise(spans))
        page = catalogue.marked_html(ds, source, catalogue.Catalogue(ds))
        assert "<mark><mark" not in page.replace('class="single"', "").replace('class="overlap"', "")
    assert overlapping
    assert 'class="overlap"' in "".join(
        catalogue.marked_html(ds, s, catalogue.Catalogue(ds)) for s in ds.sources
    )


def test_the_index_reaches_the_quotes_behind_figures_and_statements_in_one_click() -> None:
    index = (API.parent / "index.rst").read_text(encoding="utf-8")
    assert ":doc:`catalogue/trade_figures`" in index
    assert ":doc:`catalogue/statements`" in index


ROOT = API.parents[1]


def _extra(name: str) -> set[str]:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = project["dependencies"] if name == "" else project["optional-dependencies"][name]
    return {re.split(r"[<>=!~\[; ]", spec, maxsplit=1)[0].lower() for spec in specs}


def _module_level_imports(path: Path) -> set[str]:
    """The top-level packages `path` imports when it is imported (not inside functions)."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_the_docs_extra_installs_what_autodoc_imports() -> None:
    """``pip install ".[docs]"`` alone builds the docs: autodoc imports every package module."""
    import sys
    from importlib.metadata import packages_distributions

    distributions = packages_distributions()
    wanted = _extra("") | _extra("docs")
    source = ROOT / "src" / "eucentralasia"
    for path in sorted(source.rglob("*.py")):
        for name in _module_level_imports(path) - set(sys.stdlib_module_names) - {"eucentralasia"}:
            provided = {d.lower() for d in distributions.get(name, [name])}
            assert provided & wanted, f"{path.relative_to(ROOT)} imports {name}, which the docs extra lacks"


def test_the_guides_doctests_need_nothing_beyond_the_docs_extra() -> None:
    guides = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.rst"))
    if "export.to_frame(" in guides:
        assert "pandas" in _extra("docs")


def test_intersphinx_reads_only_the_inventories_kept_in_the_repo() -> None:
    import runpy

    conf = runpy.run_path(str(ROOT / "docs" / "conf.py"))
    mapping = conf["intersphinx_mapping"]
    assert "python" in mapping
    for _url, inventory in mapping.values():
        assert Path(inventory).is_file(), f"{inventory} is not in docs/inventories/"
        assert Path(inventory).parent == ROOT / "docs" / "inventories"
    assert "intersphinx_disabled_reftypes" not in conf or conf["intersphinx_disabled_reftypes"] != ["*"]


def test_read_the_docs_builds_from_the_docs_extra_with_warnings_as_errors() -> None:
    config = (ROOT / ".readthedocs.yaml").read_text(encoding="utf-8")
    assert re.search(r"configuration:\s*docs/conf\.py", config)
    assert re.search(r"fail_on_warning:\s*true", config)
    assert re.search(r"extra_requirements:\s*\n\s*-\s*docs", config)


def test_the_readme_docs_command_builds_html_with_warnings_as_errors() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r'pip install "\.\[docs\]" && (python -m sphinx .*)', readme)
    assert command, "the README gives no docs command"
    assert " -W " in command.group(1)
    assert "-b html" in command.group(1)


# -- the API reference -----------------------------------------------------------------


@pytest.mark.parametrize("page", API_PAGES, ids=lambda p: p.stem)
def test_each_api_page_opens_with_a_table_of_what_it_documents(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    summary = re.search(r"\.\. autosummary::\n(?:   :\S+:.*\n)*\n((?:   \S+\n)+)", text)
    assert summary, f"{page.name} has no autosummary table"
    assert text.index(".. autosummary::") < min(m.start() for m in _ENTRY.finditer(text))
    listed = summary.group(1).split()
    entries = [n.rsplit(".", 1)[-1] for n in _ENTRY.findall(text) if not n.startswith("eucentralasia.")]
    module = re.search(r"^\.\. automodule::\s+(\S+)", text, re.M)
    if module:
        import importlib

        entries += importlib.import_module(module.group(1)).__all__
    entries = [n for n in entries if n != "__version__"]
    assert sorted(listed) == sorted(entries), f"{page.name}: the table and the entries differ"


def _public_classes() -> list[type]:
    import attrs

    found = []
    for module in (eucentralasia, export, testing):
        for name in module.__all__:
            value = getattr(module, name) if name != "converter" else None
            if isinstance(value, type) and attrs.has(value):
                found.append(value)
    return found


@pytest.mark.parametrize("cls", _public_classes(), ids=lambda c: c.__name__)
def test_attrs_signatures_show_types_and_real_defaults(cls: type) -> None:
    import attrs

    apidoc = _extension("apidoc")
    params, _ = apidoc.signature_text(cls)
    assert "attr_dict" not in params
    assert "NOTHING" not in params
    for field in attrs.fields(cls):
        if field.init and not field.name.startswith("_"):
            assert re.search(rf"\b{field.name}: \S", params), f"{cls.__name__}.{field.name} has no type"
        if field.name.startswith("_"):
            assert field.name not in params


def test_signatures_link_public_names_and_name_constants() -> None:
    apidoc = _extension("apidoc")
    params, returned = apidoc.signature_text(eucentralasia.load)
    assert "registry: ~eucentralasia.Registry = COLLECTIONS" in params
    assert "max_bytes: int = MAX_FILE_BYTES" in params
    assert returned == "~eucentralasia.Dataset"
    params, _ = apidoc.signature_text(eucentralasia.Dataset.between, bound=True)
    assert params == "(start: ~eucentralasia.DateBound = None, end: ~eucentralasia.DateBound = None)"
    params, _ = apidoc.signature_text(eucentralasia.Event)
    assert "date: ~eucentralasia.DateValue | None = None" in params
    params, _ = apidoc.signature_text(eucentralasia.Organization)
    assert "status: ~eucentralasia.OrganizationStatus = OrganizationStatus.EXISTING" in params
    params, returned = apidoc.signature_text(testing.datasets)
    assert "registry: ~eucentralasia.Registry = COLLECTIONS" in params
    assert returned is not None
    assert "ForwardRef" not in returned
    assert "_ctx" not in apidoc.signature_text(testing.records_of)[0]


@pytest.mark.parametrize("name", eucentralasia.COLLECTIONS.names)
def test_every_record_field_is_a_typed_described_attribute(name: str) -> None:
    import attrs

    from eucentralasia._schema import describe_field

    apidoc = _extension("apidoc")
    collection = eucentralasia.COLLECTIONS[name]
    text = "\n".join(apidoc.field_lines(collection.cls))
    for field in attrs.fields(collection.cls):
        entry = re.search(rf"^\.\. attribute:: {field.name}\n   :type: (.+)\n", text, re.M)
        assert entry, f"{collection.cls.__name__}.{field.name} is not listed with its type"
        assert describe_field(collection.cls, field.name, collection.singular) in text


def test_no_private_or_object_base_is_shown() -> None:
    import typing

    apidoc = _extension("apidoc")
    bases: list[Any] = [object, typing.Generic, eucentralasia.PartialDate.__mro__[1], ValueError]
    assert bases[2].__name__.startswith("_")
    apidoc.process_bases(None, "x", None, None, bases)
    assert bases == [ValueError]


def test_enumerations_list_their_members_and_have_no_signature() -> None:
    apidoc = _extension("apidoc")
    lines = "\n".join(apidoc.enum_lines(eucentralasia.Qualifier))
    for member in eucentralasia.Qualifier:
        assert f"``{member.name} = {member.value!r}``" in lines
    assert apidoc.process_signature(None, "class", "Qualifier", eucentralasia.Qualifier, None, "", None) == (
        "",
        None,
    )


def test_type_aliases_say_what_they_stand_for() -> None:
    apidoc = _extension("apidoc")
    text = " ".join(apidoc.alias_lines("eucentralasia.DateValue", eucentralasia.DateValue))
    assert "A record's date" in text
    assert "`~eucentralasia.PartialDate` | `~eucentralasia.DateRange`" in text


# -- the data dictionary ---------------------------------------------------------------


def _dictionary_sections() -> dict[str, str]:
    """The data dictionary's text per table anchor (``dictionary-event``)."""
    dictionary = _extension("dictionary")
    text = "\n".join(dictionary.dictionary_lines(eucentralasia.load()))
    parts = re.split(r"^\.\. _(dictionary-\w+):$", text, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_the_data_dictionary_lists_every_field_of_every_collection_and_nested_value() -> None:
    import attrs

    dictionary = _extension("dictionary")
    sections = _dictionary_sections()
    classes = [c.cls for c in eucentralasia.COLLECTIONS.values()] + dictionary.nested_classes()
    assert {eucentralasia.Citation, eucentralasia.Milestone, eucentralasia.Role} <= set(classes)
    assert set(sections) == {f"dictionary-{cls.__name__.lower()}" for cls in classes}
    for cls in classes:
        rows = re.findall(r"^   \* - ``(\w+)``$", sections[f"dictionary-{cls.__name__.lower()}"], re.M)
        assert rows == [f.name for f in attrs.fields(cls)], f"{cls.__name__}: fields missing or out of order"


def test_the_data_dictionary_gives_each_field_its_meaning_allowed_values_and_an_example() -> None:
    import attrs

    from eucentralasia._schema import describe_field

    sections = _dictionary_sections()
    ds = eucentralasia.load()
    for collection in eucentralasia.COLLECTIONS.values():
        section = sections[f"dictionary-{collection.cls.__name__.lower()}"]
        rows = dict(re.findall(r"^   \* - ``(\w+)``\n((?:     - .*\n?)+)", section, re.M))
        for field in attrs.fields(collection.cls):
            row = rows[field.name]
            assert describe_field(collection.cls, field.name, collection.singular) in row.replace("\\", "")
            assert re.search(r"\*\*(required|optional)\*\*", row)
            kind = type(getattr(next(iter(ds.collection(collection.name))), field.name))
            if isinstance(kind, type) and issubclass(kind, __import__("enum").Enum):
                assert all(f"``{m.value}``" in row for m in kind), f"{field.name}: not every value listed"
        examples = re.findall(r":ref:`([\w-]+) <\1>`", section)
        assert examples, f"{collection.name}: no example from the data"
        assert all(ds.get(i) for i in examples)


# -- glossary and citing ---------------------------------------------------------------


def test_the_glossary_defines_the_words_the_data_uses() -> None:
    glossary = (API.parent / "glossary.rst").read_text(encoding="utf-8")
    terms = set(re.findall(r"^   (\S.*)$", glossary, re.M))
    assert {"EDTF", "season code", "stated", "derived", "external", "speaker", "relation kind"} <= terms
    assert ".. enum-glossary:: eucentralasia.RelationKind" in glossary


@pytest.mark.parametrize("kinds", [eucentralasia.RelationKind, eucentralasia.StatementKind])
def test_every_relation_and_statement_kind_has_a_glossary_entry(kinds: Any) -> None:
    dictionary = _extension("dictionary")
    lines = "\n".join(dictionary.enum_glossary_lines(kinds))
    for member in kinds:
        assert re.search(rf"^   {member.value}\n      \S", lines, re.M), f"{member.value} has no entry"


def test_the_citing_note_names_record_id_source_and_quote() -> None:
    citing = (API.parent / "guides" / "citing.rst").read_text(encoding="utf-8")
    assert ".. doctest::" in citing
    # The reference is the library's (Dataset.reference), not a hand-written f-string.
    for word in ("ds.reference(", 'style="bibtex"', "csl-json", "between 23 October and 12 November 2023"):
        assert word in citing


# -- ready to publish ------------------------------------------------------------------


def test_the_release_workflow_builds_tests_and_publishes_on_a_version_tag() -> None:
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert re.search(r"tags:\s*\[\"v\*\"\]", workflow)
    assert "python -m build" in workflow
    assert "twine check --strict" in workflow
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    test_command = re.search(r'python -m pip install "\.\[test\]" && python -m pytest', readme)
    assert test_command, "the README gives no test command"
    assert test_command.group() in workflow, "the release does not run the README's test command"
    # Trusted publishing: an OIDC token for the publish job, and no password or token.
    publish = workflow[workflow.index("  publish:") :]
    assert "id-token: write" in publish
    assert "pypa/gh-action-pypi-publish" in publish
    assert "password" not in publish
    assert "startsWith(github.ref, 'refs/tags/v')" in publish


def test_project_urls_agree_across_pyproject_citation_readme_and_read_the_docs() -> None:
    import tomllib

    urls = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]
    citation = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    docs = urls["Documentation"]
    assert docs.startswith("https://eucentralasia.readthedocs.io/")
    assert f'url: "{docs}"' in citation
    assert f'repository-code: "{urls["Source"]}"' in citation
    assert docs in readme
    assert docs in (ROOT / ".readthedocs.yaml").read_text(encoding="utf-8")
    assert urls["Homepage"] == urls["Source"]
    assert all(url.startswith(urls["Source"]) for key, url in urls.items() if key in ("Changelog", "Issues"))
    conf = (ROOT / "docs" / "conf.py").read_text(encoding="utf-8")
    assert f'html_baseurl = "{docs}en/latest/"' in conf


def test_install_instructions_say_from_source_now_and_from_the_index_once_released() -> None:
    for path in (ROOT / "README.md", ROOT / "docs" / "index.rst", ROOT / "docs" / "tour.rst"):
        text = path.read_text(encoding="utf-8")
        assert "pip install ." in text, f"{path.name}: no install from source"
        assert "pip install eucentralasia" in text, f"{path.name}: no install from the index"
        assert re.search(r"(until|once) (the first release|released|it is on PyPI)", text, re.I), path.name


def test_a_relation_is_headed_by_the_names_of_what_it_links(tmp_path: Path) -> None:
    from eucentralasia._codes import COUNTRY_NAMES
    from eucentralasia._schema import heading_of

    catalogue, pages = _catalogue_pages(tmp_path)
    ds = eucentralasia.load()
    names = {"EU": "European Union", **COUNTRY_NAMES, **{r.id: heading_of(r) for r in ds}}
    for relation in ds.relations:
        heading = f"{names[relation.subject]} {relation.kind.value} {names[relation.object]}"
        assert f"**{catalogue.escape(heading)}**" in pages["relations"], relation.id
    assert heading_of(ds.get("united-nations-established-under-un-charter")).endswith(" un-charter")


# The built site's own search (Sphinx's searchtools.js and the docs' scorer), run by
# node on a page's searchindex.js: best results first, as [page#anchor, title, score].
_SEARCH = r"""
const fs = require("fs"), vm = require("vm"), path = require("path");
const [dir, query] = process.argv.slice(2);
const context = {
  location: { search: "?q=" + encodeURIComponent(query) },
  document: { getElementById: () => null, addEventListener: () => {} },
  localStorage: { setItem: () => {} },
  _ready: () => {}, _: (s) => s, DOCUMENTATION_OPTIONS: {}, SPHINX_HIGHLIGHT_ENABLED: false,
  URLSearchParams, QUERY: query,
};
context.window = context;
vm.createContext(context);
// As search.html loads them: the search, then the language data (stemmer, scorer), the index.
let code = ["searchtools.js", "language_data.js"]
  .map((f) => fs.readFileSync(path.join(dir, "_static", f), "utf8")).join("\n;\n");
code += "\n;Search.setIndex = (index) => { Search._index = index; };\n";
code += fs.readFileSync(path.join(dir, "searchindex.js"), "utf8");
code += "\n;var results = Search._performSearch(...Search._parseQuery(QUERY));";
vm.runInContext(code, context);
// The page shows the last result first.
console.log(JSON.stringify(context.results.reverse().map((r) => [r[0] + ".html" + r[2], r[1], r[4]])));
"""


def _catalogue_site(source: Path) -> Path:
    """The record catalogue built as HTML, beside a page whose title names Vassilenko."""
    from sphinx.cmd.build import build_main

    ext = API.parent / "_ext"
    conf = API.parent / "conf.py"
    scorer = re.search(r"^html_search_scorer = .*$", conf.read_text(encoding="utf-8"), re.M)
    assert scorer is not None
    (source / "conf.py").write_text(
        f"import sys\nsys.path.insert(0, {str(ext)!r})\nextensions = ['catalogue']\n"
        f"html_search_scorer = {str(ext / 'scorer.js')!r}\n",
        encoding="utf-8",
    )
    (source / "index.rst").write_text(
        "Home\n====\n\n.. toctree::\n\n   catalogue/index\n   guide\n", encoding="utf-8"
    )
    (source / "guide.rst").write_text(
        "A guide to Roman Vassilenko's interview\n=======================================\n\n"
        "Roman Vassilenko spoke of honey; see eu-commends-kazakhstan-sanctions-cooperation.\n",
        encoding="utf-8",
    )
    out = source / "_build"
    assert build_main(["-q", "-b", "html", str(source), str(out)]) == 0
    return out


def _search(site: Path, query: str) -> list[list[Any]]:
    import json
    import shutil
    import subprocess

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    script = site / "search-harness.js"
    script.write_text(_SEARCH, encoding="utf-8")
    run = subprocess.run([node, str(script), str(site), query], capture_output=True, text=True, check=True)
    results: list[list[Any]] = json.loads(run.stdout)
    return results


# What people search for, and the record anchor that must come first.
SEARCHES = [
    ("Vassilenko", "catalogue/officials.html#roman-vassilenko"),
    ("Roman Vassilenko", "catalogue/officials.html#roman-vassilenko"),
    ("Vasilenko", "catalogue/officials.html#roman-vassilenko"),
    ("honey", "catalogue/events.html#eu-recognizes-kazakhstan-honey-exporter"),
    ("President Tokayev", "catalogue/officials.html#kassym-jomart-tokayev"),
    ("EBRD", "catalogue/organizations.html#ebrd"),
    (
        "eu-commends-kazakhstan-sanctions-cooperation",
        "catalogue/statements.html#eu-commends-kazakhstan-sanctions-cooperation",
    ),
]


def test_the_docs_search_lands_on_the_record_and_objects_inv_lists_every_record(tmp_path: Path) -> None:
    import shutil
    import zlib

    if shutil.which("node") is None:
        pytest.skip("node is not installed: it runs the site's own search script")
    # One build for every search (building is the slow part); the guide's title and text
    # name the same words, and the record's anchor must still come first.
    site = _catalogue_site(tmp_path)
    for query, first in SEARCHES:
        results = _search(site, query)
        assert results[0][0] == first, (query, results[:3])
    data = (site / "objects.inv").read_bytes()
    body = zlib.decompress(data.split(b"\n", 4)[4]).decode()
    listed = {line.split()[0] for line in body.splitlines() if line.split()[1].startswith("eca:")}
    assert {record.id for record in eucentralasia.load()} <= listed


@pytest.mark.parametrize("page", ["index.rst", "tour.rst"])
def test_the_first_pages_suggest_only_commands_that_work_today(page: str) -> None:
    import subprocess
    import sys

    text = (API.parent / page).read_text(encoding="utf-8")
    commands = re.findall(r"^   \$ (.*)$", text, re.M)
    assert commands
    # Not on PyPI before the first release: said in prose, never offered as a command.
    assert not any("pip install eucentralasia" in command for command in commands)
    for command in commands:
        if command.startswith("python -m eucentralasia"):
            args = command.split()[3:]
            run = subprocess.run(
                [sys.executable, "-m", "eucentralasia", *args], capture_output=True, text=True
            )
            assert run.returncode == 0, (command, run.stderr)
            assert run.stdout.strip()


def test_contributor_pages_have_their_own_section() -> None:
    index = (API.parent / "index.rst").read_text(encoding="utf-8")
    sections = dict(re.findall(r":caption: ([^\n]+)\n\n((?:   \S+\n)+)", index))
    assert sections["For contributors"].split() == ["guides/code-layout", "guides/performance"]
    assert not {"guides/code-layout", "guides/performance"} & set(sections["Guides"].split())
