"""Sphinx extension: the record catalogue, the marked source texts and the timeline figure.

At ``builder-inited`` it loads the installed package's dataset and writes

- ``catalogue/<collection>.rst``: one compact table per collection, records in a
  meaningful order (dated records by date, the others by name), each record's id its
  anchor (``events.html#josef-sikela-visit-kazakhstan``), references by name, every note
  and date note (milestones' too), and each quote in the words around it with a link
  to its place in the source;
- ``catalogue/texts/<source>.rst``: each source's full text with every cited span
  marked (``<mark>``), overlapping spans shown darker, each span linked to the records
  citing it;
- ``_generated/timeline.svg`` and ``timeline-2025.svg``, the timeline figures.

Those folders are build output, not sources to edit.
"""

from __future__ import annotations

import enum
import html
import itertools
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from sphinx.domains import Domain, ObjType

import eucentralasia as eca
from eucentralasia._codes import COUNTRY_NAMES
from eucentralasia._model import milestone_words
from eucentralasia._provenance import in_context
from eucentralasia._schema import citations_of, dates_of, datings, fields_of, heading_of
from eucentralasia.export import plot_timeline

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sphinx.application import Sphinx

CONTEXT_WORDS = 8
TEXTS = "texts"  # the folder of the marked source texts, inside the catalogue's
_RST_SPECIAL = re.compile(r"([\\`*_|\[\]<>])")
# Fields shown in a cell of their own, or not at all (the source text, its file).
_OWN_CELL = {"id", "citations", "note", "text", "text_file"}


def escape(text: str) -> str:
    """Text safe to put inline in reStructuredText."""
    return _RST_SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def date_text(date: eca.DateValue | None, basis: Any, note: str | None) -> str:
    """A date for people with its EDTF form and how it was obtained."""
    if date is None:
        return "undated"
    how = f", {basis.value}" if basis is not None and basis is not eca.DateBasis.STATED else ""
    words = eca.describe_date(date)
    edtf = "" if words == str(date) else f"``{date}``"
    extra = f"{edtf}{how}".lstrip(", ")
    return f"{escape(words)} ({extra})" if extra else escape(words)


class Catalogue:
    """Renders records of one dataset as reStructuredText table cells."""

    def __init__(self, ds: eca.Dataset) -> None:
        self.ds = ds
        self.where: dict[str, str] = {}  # record id -> catalogue page name
        for name in ds.registry:
            for record in ds.collection(name):
                self.where[record.id] = name

    # -- links -----------------------------------------------------------------------

    def plain_name(self, key: str) -> str:
        """What a reference is called: the record's heading, a country's name, else the key."""
        if key in self.where:
            return heading_of(self.ds.get(key), self.plain_name)
        if key in COUNTRY_NAMES or key == "EU":
            return "European Union" if key == "EU" else COUNTRY_NAMES[key]
        return key

    def heading(self, record: Any) -> str:
        """A record's heading, the records a relation links called by their names."""
        return heading_of(record, self.plain_name)

    def name_of(self, key: str) -> str:
        """A reference as a link named by the record's heading; a country code by name."""
        if key in self.where:
            return f":ref:`{escape(self.heading(self.ds.get(key)))} <{key}>`"
        if key in COUNTRY_NAMES or key == "EU":
            name = "European Union" if key == "EU" else COUNTRY_NAMES[key]
            return f"{escape(name)} (``{key}``)"
        return f"``{key}``"

    @staticmethod
    def source_label(source: eca.Source) -> str:
        """A short name for a source: ``2023 article``, ``2025 interview``."""
        if source.published is None:
            return source.title
        return f"{source.published.start().year} {source.kind.value}"

    @staticmethod
    def place_url(citation: eca.Citation, *, from_texts: bool = False) -> str:
        """The URL of a quote's place in its marked source text."""
        prefix = "" if from_texts else f"{TEXTS}/"
        return f"{prefix}{citation.source}.html#q{citation.start}-{citation.end}"

    def quote_lines(self, citations: Any, indent: str = "", *, speaker: bool = True) -> list[str]:
        """Each quote in the words around it, with its speaker and a link to its place.

        Without `speaker`, where the page already says who speaks, each quote is a block
        of its own (class ``quote``) rather than a list item.
        """
        lines: list[str] = []
        for citation in citations:
            source = self.ds.sources.get(citation.source)
            text = source.text or ""
            context = in_context(text, citation.start, citation.end, CONTEXT_WORDS)
            before, _, rest = context.partition("«")
            quoted, _, after = rest.rpartition("»")
            said = f"{self.name_of(citation.speaker)}: " if citation.speaker and speaker else ""
            # "\ " lets the strong quote touch the words around it, as in the text.
            line = f"{said}{escape(before)}\\ **“{escape(quoted)}”**\\ {escape(after)}"
            where = f"{self.source_label(source)}, {citation.start}\N{EN DASH}{citation.end}"
            link = f"`{escape(where)} <{self.place_url(citation)}>`__"
            if speaker:
                lines += [f"{indent}- {line} \N{EM DASH} {link}", ""]
            else:
                lines += [".. container:: quote", "", f"   {line} \N{EM DASH} {link}", ""]
        return lines

    # -- cells -----------------------------------------------------------------------

    def value_text(self, record: Any, name: str, meta: Any, value: Any) -> str:
        values = value if meta.many else (value,)
        out = []
        for item in values:
            if meta.kind in ("reference", "mention", "country"):
                out.append(self.name_of(item))
            elif isinstance(item, enum.Enum):
                out.append(escape(str(item.value)))
            elif isinstance(item, bool):
                out.append("yes" if item else "no")
            elif meta.kind == "nested" and type(item).__name__ == "Location":
                out.append(f"{escape(item.place)}, {self.name_of(item.country)}")
            elif meta.kind == "nested" and type(item).__name__ == "Author":
                out.append(f"{escape(item.name)} ({escape(item.role)})")
            elif meta.kind == "date":
                out.append(f"``{item}``")
            else:
                out.append(escape(str(item)))
        return ", ".join(out)

    def heading_cell(self, record: Any) -> list[str]:
        lines = [f".. _{record.id}:", "", f"**{escape(self.heading(record))}**", "", f"``{record.id}``"]
        other = [t for t in (getattr(record, "short_name", None), *getattr(record, "aliases", ())) if t]
        if other:
            lines += ["", "also: " + "; ".join(escape(t) for t in other)]
        if isinstance(record, eca.Official | eca.Organization):
            terms = sorted({t for name in (self.heading(record), *other) for t in spellings(name)})
            lines += ["", *index_lines(terms)]
        if isinstance(record, eca.Source):
            lines += ["", f"`Full text, quotes marked <{TEXTS}/{record.id}.html>`__"]
        return lines

    def when_cell(self, record: Any) -> list[str]:
        lines: list[str] = []
        for field, meta in fields_of(type(record)):
            if meta.kind == "date":
                name = field.name
                date, basis = getattr(record, name), getattr(record, f"{name}_basis")
                lines += [date_text(date, basis, None), ""]
        if isinstance(record, eca.Agreement):
            lines = []
            for milestone in record.milestones:
                at = f", at {self.name_of(milestone.event)}" if milestone.event else ""
                lines += [
                    f"- **{escape(milestone_words(milestone.kind))}**: "
                    f"{date_text(milestone.date, milestone.date_basis, None)}{at}",
                    "",
                ]
        return lines or ["\N{EN DASH}"]

    def facts_cell(self, record: Any) -> list[str]:
        lines: list[str] = []
        heading = self.heading(record)
        if isinstance(record, eca.TradeFigure):
            lines += [f"**{escape(eca.describe_amount(record.value, record.unit, record.qualifier))}**", ""]
            if record.projection:
                lines += ["a projection, not a result", ""]
        for field, meta in fields_of(type(record)):
            name = field.name
            value = getattr(record, name)
            if (
                name in _OWN_CELL
                or meta.kind in ("date", "basis", "date-note", "path", "body")
                or name in ("short_name", "aliases", "milestones", "value", "unit", "qualifier", "projection")
                or value is None
                or value == ()
                or (isinstance(value, str) and value == heading)
            ):
                continue
            if name == "roles":
                for role in value:
                    where = f", {self.name_of(role.organization)}" if role.organization else ""
                    when = f" (as of {date_text(role.as_of, role.as_of_basis, None)})" if role.as_of else ""
                    lines += [f"- {escape(role.title)}{where}{when}", ""]
                continue
            label = name.replace("_", " ")
            lines += [f"*{label}*: {self.value_text(record, name, meta, value)}", ""]
        return lines or ["\N{EN DASH}"]

    def notes(self, record: Any) -> list[str]:
        """Every note of the record: date notes, its own, its milestones' and roles'."""
        found: list[str] = []
        for owner, _path, name, _date, _basis, note, _info in datings(record):
            if note:
                what = "" if owner is record else f"{self.owner_label(owner)} "
                found.append(f"*{what}{name.replace('_', ' ')} note*: {escape(note)}")
        if record.note:
            found.append(f"*note*: {escape(record.note)}")
        for milestone in getattr(record, "milestones", ()):
            if milestone.note:
                found.append(f"*{escape(milestone_words(milestone.kind))}*: {escape(milestone.note)}")
        return found

    @staticmethod
    def owner_label(owner: Any) -> str:
        if isinstance(owner, eca.Milestone):
            return str(milestone_words(owner.kind))
        if isinstance(owner, eca.Role):
            return f"role {owner.title!r}"
        return type(owner).__name__.lower()

    def statement_block(self, record: eca.Statement, notes: dict[str, int]) -> list[str]:
        """One statement, compact: summary; kind, date, about; its quotes in context."""
        when = date_text(record.date, record.date_basis, None)
        if record.date_note:
            number = notes[record.date_note]
            when += f" (:ref:`date note {number} <statement-date-note-{number}>`)"
        facts = [f"*{escape(record.kind.value)}*", when]
        if record.about:
            facts.append("about " + ", ".join(self.name_of(key) for key in record.about))
        facts.append("paraphrased by the source" if record.reported else "quoted")
        lines = [
            f".. _{record.id}:",
            "",
            ".. container:: statement",
            "",
            f"   **{escape(record.summary)}** ``{record.id}``",
            "",
            "   .. container:: facts",
            "",
            f"      {' · '.join(facts)}",
            "",
        ]
        for line in self.quote_lines(record.citations, speaker=False):
            lines.append(f"   {line}" if line else "")
        if record.note:
            lines += [f"   *note*: {escape(record.note)}", ""]
        return lines

    def quotes_cell(self, record: Any) -> list[str]:
        lines: list[str] = []
        for note in self.notes(record):
            lines += [note, ""]
        lines += self.quote_lines(record.citations)
        for milestone in getattr(record, "milestones", ()):
            lines += [f"*{escape(milestone_words(milestone.kind))}*:", ""]
            lines += self.quote_lines(milestone.citations, indent="")
        return lines


def _cell(lines: list[str], first: bool) -> list[str]:
    marker = "   * - " if first else "     - "
    out = []
    for i, line in enumerate(lines):
        out.append((marker if i == 0 else "       ") + line if line else "")
    return out


def ordered(records: Any) -> list[Any]:
    """Dated records by their earliest date (undated last), the others by name."""

    def key(record: Any) -> tuple[Any, ...]:
        dates = dates_of(record)
        first = min(dates, key=lambda d: d.sort_key()) if dates else None
        name = eca.fold(heading_of(record))
        return (first is None, first.sort_key() if first else (), name)

    return sorted(records, key=key)


def collection_lines(ds: eca.Dataset, name: str, catalogue: Catalogue) -> list[str]:
    collection = ds.registry[name]
    records = ordered(ds.collection(name))
    dated = any(dates_of(r) for r in records)
    order = "by date, undated last" if dated else "by name"
    title = collection.title
    anchor = collection.cls.__name__.lower()
    lines = [
        title,
        "=" * len(title),
        "",
        f"{len(records)} {collection.description}, {order}. Each record's id is its anchor; each quote "
        "is shown in the words around it and links to its place in the source text, where it is marked. "
        f"The fields are described in the :ref:`data dictionary <dictionary-{anchor}>`.",
        "",
        ".. list-table::",
        "   :header-rows: 1",
        "   :widths: 22 16 26 36",
        "   :class: catalogue",
        "",
        "   * - record",
        "     - when",
        "     - what",
        "     - notes and quotes",
    ]
    for record in records:
        lines += _cell(catalogue.heading_cell(record), True)
        lines += _cell(catalogue.when_cell(record), False)
        lines += _cell(catalogue.facts_cell(record), False)
        lines += _cell(catalogue.quotes_cell(record) or ["\N{EN DASH}"], False)
    return [*lines, ""]


def statement_lines(ds: eca.Dataset, catalogue: Catalogue) -> list[str]:
    """The Statements page: a section per speaker, each statement a compact block.

    A block gives the summary, the kind, the date (its note, shared by many statements,
    is listed once at the end of the page and linked), what it is about, and each quote
    in its context with the link to its marked place in the source text.
    """
    collection = ds.registry["statements"]
    records = ordered(ds.statements)
    notes: dict[str, int] = {}
    by_speaker: dict[str, list[Any]] = {}
    for record in records:
        by_speaker.setdefault(record.speaker, []).append(record)
    speakers = sorted(by_speaker, key=lambda key: eca.fold(catalogue.plain_name(key)))
    # Notes numbered as the page first links them.
    for key in speakers:
        for record in by_speaker[key]:
            if record.date_note:
                notes.setdefault(record.date_note, len(notes) + 1)
    title = collection.title
    lines = [
        title,
        "=" * len(title),
        "",
        f"{len(records)} {collection.description}, by speaker (by name), each speaker's by date, undated "
        "last. Each statement's id is its anchor; each quote is shown in the words around it and links "
        "to its place in the source text, where it is marked. How each date was obtained is told once, "
        "in the :ref:`date notes <statement-date-notes>` at the end. The fields are described in the "
        ":ref:`data dictionary <dictionary-statement>`.",
        "",
        "Speakers: "
        + ", ".join(
            f":ref:`{escape(catalogue.plain_name(key))} <said-by-{key}>` ({len(by_speaker[key])})"
            for key in speakers
        ),
        "",
    ]
    for key in speakers:
        name = escape(catalogue.plain_name(key))
        said = by_speaker[key]
        lines += [f".. _said-by-{key}:", "", name, "-" * len(name), ""]
        lines += index_lines(spellings(catalogue.plain_name(key)))
        lines += [f"{len(said)} statement{'s' if len(said) != 1 else ''} by {catalogue.name_of(key)}.", ""]
        for record in said:
            lines += catalogue.statement_block(record, notes)
    lines += [
        ".. _statement-date-notes:",
        "",
        "Date notes",
        "----------",
        "",
        "How the statements' dates were obtained, each note once; a statement's date links here.",
        "",
    ]
    for note, number in notes.items():
        count = sum(1 for record in records if record.date_note == note)
        lines += [
            f".. _statement-date-note-{number}:",
            "",
            f"**{number}.** ({count} statement{'s' if count != 1 else ''}) {escape(note)}",
            "",
        ]
    return lines


def spellings(name: str) -> list[str]:
    """Other spellings people type for a name: without accents, doubled letters single.

    ``Roman Vassilenko`` is also typed ``Roman Vasilenko``; ``Jozef Síkela``,
    ``Jozef Sikela``. The name itself is not among them.
    """
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    single = re.sub(r"([^\W\d])\1", r"\1", plain)
    return sorted({plain, single} - {name})


def index_lines(terms: list[str]) -> list[str]:
    """An index directive naming `terms`, so the docs' search finds them here."""
    if not terms:
        return []
    # "!": a main entry, which the search ranks with the other results, not after them.
    return [".. index::", *(f"   single: !{term.replace(';', ',')}" for term in terms), ""]


# -- the marked source texts -----------------------------------------------------------


def spans_of(ds: eca.Dataset) -> dict[str, dict[tuple[int, int], list[Any]]]:
    """Per source id, every cited span with the records citing it (in dataset order)."""
    spans: dict[str, dict[tuple[int, int], list[Any]]] = defaultdict(lambda: defaultdict(list))
    for record in ds:
        for _path, citation in citations_of(record):
            citing = spans[citation.source][(citation.start, citation.end)]
            if record not in citing:
                citing.append(record)
    return spans


def marked_html(ds: eca.Dataset, source: eca.Source, catalogue: Catalogue) -> str:
    """The source's text as HTML paragraphs, every cited span marked and linked.

    Each line of the text is a paragraph, cut at every span's start and end; each piece
    inside at least one span is a ``<mark>`` (class ``overlap`` where spans overlap,
    ``data-q`` naming every span covering it) linking to the record of the shortest span
    covering it. Each span's start carries its anchor (``id="q533-671"``); the records
    citing a paragraph are listed after it, folded (``<details>``), not inside the text.
    The lines of the web page around the article are set apart (`furniture`).
    """
    text = source.text or ""
    spans = spans_of(ds).get(source.id, {})
    starts: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for span in sorted(spans):
        starts[span[0]].append(span)
    lines = [m.span() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    around = furniture(text, lines, spans)
    edges = {s for s, _ in spans} | {e for _, e in spans}

    def record_url(record: Any) -> str:
        return f"../{catalogue.where[record.id]}.html#{record.id}"

    out: list[str] = []
    aside: list[str] = []  # consecutive lines of the page around the article
    for lo, hi in lines:
        if (lo, hi) in around:
            aside.append(f"<p>{html.escape(text[lo:hi])}</p>")
            continue
        if aside:
            out.append(f'<div class="page-furniture">{"".join(aside)}</div>')
            aside = []
        cuts = sorted({lo, hi, *(c for c in edges if lo < c < hi)})
        pieces: list[str] = []
        citing: list[Any] = []
        for a, b in itertools.pairwise(cuts):
            for span in starts.get(a, ()):
                pieces.append(f'<span class="quote-anchor" id="q{span[0]}-{span[1]}"></span>')
            piece = html.escape(text[a:b])
            covering = [s for s in spans if s[0] <= a and b <= s[1]]
            if covering:
                inner = min(covering, key=lambda s: s[1] - s[0])
                record = spans[inner][0]
                citing += [r for s in covering for r in spans[s] if r not in citing]
                cls = "overlap" if len(covering) > 1 else "single"
                title = html.escape("; ".join(catalogue.heading(r) for s in covering for r in spans[s]))
                names = " ".join(f"q{s[0]}-{s[1]}" for s in covering)
                piece = (
                    f'<a class="quote-link" href="{html.escape(record_url(record))}">'
                    f'<mark class="{cls}" data-q="{names}" title="{title}">{piece}</mark></a>'
                )
            pieces.append(piece)
        out.append(f"<p>{''.join(pieces)}</p>")
        if citing:
            links = "".join(
                f'<li><a href="{html.escape(record_url(r))}">{html.escape(catalogue.heading(r))}</a></li>'
                for r in citing
            )
            count = f"{len(citing)} record{'s' if len(citing) != 1 else ''}"
            summary = f"<summary>cited by {count}</summary>"
            out.append(f'<details class="cited-by">{summary}<ul>{links}</ul></details>')
    if aside:
        out.append(f'<div class="page-furniture">{"".join(aside)}</div>')
    return "\n".join(out)


def furniture(text: str, lines: list[tuple[int, int]], spans: Any) -> set[tuple[int, int]]:
    """The lines of the scraped web page around the article: menus, sharing, teasers.

    Those before the first line the records cite and after the last (the source's own
    citation of its title aside), and, between, the uncited lines of fewer than four
    words ("Advertisement", "SHARE:").
    """
    cited_by_records = [
        span for span, records in spans.items() if any(not isinstance(r, eca.Source) for r in records)
    ]
    if not cited_by_records:
        return set()
    first = min(s for s, _ in cited_by_records)
    last = max(e for _, e in cited_by_records)
    found = set()
    for lo, hi in lines:
        cited = any(s < hi and lo < e for s, e in spans)
        outside = hi <= first or lo >= last
        if not cited and (outside or len(text[lo:hi].split()) < 4):
            found.add((lo, hi))
    return found


# The selected quote (the address's #q533-671) marked strongly, every piece of it: CSS's
# :target reaches only the anchor, not the pieces an overlapping quote is cut into.
_SELECT_SCRIPT = """<script>
function selectQuote() {
  document.querySelectorAll(".source-text mark.selected").forEach((m) => m.classList.remove("selected"));
  const id = decodeURIComponent(location.hash.slice(1));
  if (/^q[0-9]+-[0-9]+$/.test(id)) {
    const marks = document.querySelectorAll(`.source-text mark[data-q~="${id}"]`);
    marks.forEach((m) => m.classList.add("selected"));
  }
}
window.addEventListener("hashchange", selectQuote);
document.addEventListener("DOMContentLoaded", selectQuote);
</script>"""


def text_page_lines(ds: eca.Dataset, source: eca.Source, catalogue: Catalogue) -> list[str]:
    spans = spans_of(ds).get(source.id, {})
    records = {r.id for citing in spans.values() for r in citing}
    title = escape(source.title)
    authors = "; ".join(f"{a.name} ({a.role})" for a in source.authors)
    published = date_text(source.published, source.published_basis, None) if source.published else "undated"
    lines = [
        title,
        "=" * len(title),
        "",
        f"*{escape(source.outlet)}*, {source.kind.value}, by {escape(authors)}, published {published}. "
        f"In the catalogue: :ref:`{source.id} <{source.id}>`.",
        "",
        f"The full text as the package keeps it. Each of the {len(spans)} cited spans is underlined and "
        f"links to the record citing it; under each paragraph, *cited by* lists the records (of "
        f"{len(records)} in all) citing it. Where quotes overlap the underline is darker; a quote "
        "reached from the catalogue is highlighted. The lines of the web page around the article "
        "(menus, sharing, notices, teasers) are set apart in grey boxes: they are not the article.",
        "",
    ]
    if source.published_note:
        lines += [f"*published*: {escape(source.published_note)}", ""]
    lines += [".. raw:: html", "", '   <div class="source-text">']
    lines += [f"   {line}" for line in marked_html(ds, source, catalogue).splitlines()]
    lines += ["   </div>"]
    lines += [f"   {line}" for line in _SELECT_SCRIPT.splitlines()]
    lines += [""]
    return lines


def write_catalogue(ds: eca.Dataset, folder: Path) -> None:
    """Write ``index.rst``, one page per collection and one marked text per source."""
    catalogue = Catalogue(ds)
    folder.mkdir(exist_ok=True)
    (folder / TEXTS).mkdir(exist_ok=True)
    toc = []
    for name in ds.registry:
        if name == "statements":
            lines = statement_lines(ds, catalogue)
        else:
            lines = collection_lines(ds, name, catalogue)
        (folder / f"{name}.rst").write_text("\n".join(lines) + "\n", encoding="utf-8")
        toc.append(f"   {name}")
    texts = []
    for source in ds.sources:
        lines = text_page_lines(ds, source, catalogue)
        (folder / TEXTS / f"{source.id}.rst").write_text("\n".join(lines) + "\n", encoding="utf-8")
        texts.append(f"   {TEXTS}/{source.id}")
    index = [
        "Record catalogue",
        "================",
        "",
        "Every record of the bundled dataset, generated from the data when these pages are",
        "built: one table per collection, and each source's full text with the quoted words",
        "marked. Each record's id is its anchor (``agreements.html#epca``); each quote links to",
        "its place in the source text, and each marked quote back to the records citing it.",
        "",
        ".. toctree::",
        "   :caption: Collections",
        "",
        *toc,
        "",
        ".. toctree::",
        "   :caption: Source texts, quotes marked",
        "",
        *texts,
        "",
    ]
    (folder / "index.rst").write_text("\n".join(index), encoding="utf-8")


# -- records as objects, for the docs' search and objects.inv ----------------------------


def _type(cls: type) -> str:
    """A record class as an object type: ``TradeFigure`` -> ``trade figure``."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__).lower()


class RecordDomain(Domain):
    """Every record as an object (``eca:official``...) named by its id, heading, aliases.

    Sphinx's search ranks an object whose name holds the words searched above pages
    that merely contain them (and the records get the highest priority), so searching
    ``Vassilenko``, ``honey`` or a record's id lands on the record's anchor; objects.inv
    lists them for intersphinx. The entries are computed from the data when the build
    starts (`generate`), not from directives in the pages.
    """

    name = "eca"
    label = "eucentralasia records"
    object_types: ClassVar[dict[str, ObjType]] = {
        _type(c.cls).replace(" ", "-"): ObjType(_type(c.cls), "ref") for c in eca.COLLECTIONS.values()
    }
    initial_data: ClassVar[dict[str, Any]] = {"records": []}

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        for name, kind, docname, anchor in self.data["records"]:
            # Priority 0: above the API's objects (1) and the pages' words and titles.
            # The search matches and shows the display name, which it HTML-escapes (an
            # apostrophe would show as "&#x27;"): typographic quotes instead.
            shown = name.replace("'", "\N{RIGHT SINGLE QUOTATION MARK}").replace(
                '"', "\N{RIGHT DOUBLE QUOTATION MARK}"
            )
            yield shown, shown, kind, docname, anchor, 0

    def get_type_name(self, type: ObjType, primary: bool = False) -> str:
        """The type as the search shows it: ``official``, not the domain's label before it."""
        return str(type.lname)

    def merge_domaindata(self, docnames: Any, otherdata: dict[str, Any]) -> None:
        """Every reader holds the same entries, set when the build started."""

    def resolve_any_xref(self, *args: Any, **kwargs: Any) -> list[Any]:
        return []


def record_objects(ds: eca.Dataset, catalogue: Catalogue) -> list[tuple[str, str, str, str]]:
    """(name, type, page, anchor) for every name of every record.

    A record is named by its id, its heading, its name, short name and aliases; an
    official or organization also by the spellings of those without accents or doubled
    letters (`spellings`).
    """
    found = []
    for record in ds:
        heading = catalogue.heading(record)
        names = [record.id, heading, getattr(record, "name", None), getattr(record, "short_name", None)]
        names += getattr(record, "aliases", ())
        kind = _type(type(record)).replace(" ", "-")
        page = f"catalogue/{catalogue.where[record.id]}"
        seen: set[str] = set()
        for name in names:
            spelled = isinstance(record, eca.Official | eca.Organization) and name != record.id
            for spelling in (name, *(spellings(name) if spelled else ())) if name else ():
                if spelling not in seen:
                    seen.add(spelling)
                    found.append((spelling, kind, page, record.id))
    return found


def generate(app: Sphinx) -> None:
    ds = eca.load()
    write_catalogue(ds, Path(app.srcdir) / "catalogue")
    app.env.get_domain("eca").data["records"] = record_objects(ds, Catalogue(ds))
    generated = Path(app.srcdir) / "_generated"
    generated.mkdir(exist_ok=True)
    # The docs extra installs matplotlib; without it the figure page could not build.
    # SVG: sharp at any zoom; sized to be read at the docs' column width.
    plot_timeline(ds, generated / "timeline.svg", group_by="kind")
    # The speakers stay in, so the statements' marks name them.
    in_2025 = eca.Dataset([*ds.between("2025", "2025"), *ds.officials, *ds.organizations])
    plot_timeline(in_2025, generated / "timeline-2025.svg", group_by="kind")


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_domain(RecordDomain)
    app.connect("builder-inited", generate)
    return {"version": "2", "parallel_read_safe": True}
