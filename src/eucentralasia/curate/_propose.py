"""Propose cited records from a new article, for a person to review.

`propose` reads an article's text and drafts records of the dataset's own types, each
citing the sentence it came from by a span computed here and checked against the text:

- a `TradeFigure` for every figure `figures` finds (the sentence's date, if it has one,
  as its period; else, for a sentence in the present tense, the publication year);
- an `Event` skeleton for every sentence that has a date and a known actor (an official,
  organization or country of the dataset) or a word that names an event ("summit",
  "signed", "visited", ...);
- a `Statement` skeleton for every sentence with a verb of saying and a known speaker
  (an official or organization named before the verb, or "he"/"she" standing for the
  official last named).

Each proposal keeps the rule that made it (`ProposedRecord.origin`) and a stable key
(`ProposedRecord.key`) drawn from the rule, the sentence and the words it rests on, so
that `Proposal.write` can run again on the same article and keep what a person decided:
a table whose key is already in the file is kept as it stands there (accepted, rejected
or edited), and so is everything else in the file (comments, keys, tables written by
hand); only new proposals are added.

Sentences are split with syntok and names near-matched with rapidfuzz (the ``curate``
extra); everything else needs only the runtime dependencies.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs

from eucentralasia import _serialization
from eucentralasia._dates import DateBasis, DateRange, DateValue, PartialDate, parse_date
from eucentralasia._model import (
    Event,
    EventKind,
    EventStatus,
    Statement,
    StatementKind,
    TradeFigure,
)
from eucentralasia._provenance import Author, Citation, Source, SourceKind
from eucentralasia.curate._dates import DateMention, dates
from eucentralasia.curate._entities import EntityMention, entities
from eucentralasia.curate._figures import FigureMention, figures
from eucentralasia.curate.anchor import selector

if TYPE_CHECKING:
    from eucentralasia._dataset import Dataset

__all__ = ["Proposal", "ProposedRecord", "propose", "sentences"]

REVIEW_PROPOSED: Final = "proposed"
NO_AUTHOR: Final = Author(name="?", role="?")


def sentences(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` span of every sentence of `text`, in order (syntok, from the ``curate`` extra).

    >>> text = "The EU met.They agreed. Talks resume on Dec. 1 in Astana."
    >>> [text[a:b] for a, b in sentences(text)]
    ['The EU met.', 'They agreed.', 'Talks resume on Dec. 1 in Astana.']
    """
    try:
        from syntok import segmenter  # type: ignore[import-untyped]
    except ModuleNotFoundError:  # pragma: no cover - exercised without the extra only
        raise ModuleNotFoundError(
            'splitting sentences needs syntok, from the curate extra: pip install "eucentralasia[curate]"'
        ) from None
    spans = []
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            if sentence:
                start = sentence[0].offset
                end = sentence[-1].offset + len(sentence[-1].value)
                spans.append((start, end))
    return spans


@attrs.frozen
class ProposedRecord:
    """One record `propose` drafts: the record, the rule that made it, its key and its sentence.

    `collection` is the file table it goes in (``trade_figures``, ``events``,
    ``statements``); `origin` names the rule; `key` is stable across runs on the same
    text; `sentence` is the sentence it rests on, written beside it as a comment.
    """

    collection: str
    record: TradeFigure | Event | Statement
    origin: str
    key: str
    sentence: str


@attrs.frozen
class Proposal:
    """What `propose` drafts from an article: its `Source`, the proposed records, and what was found.

    `figures`, `dates` and `entities` are every mention found in the text (the records
    draw on them). `write` puts the proposal in a data file for review.
    """

    source: Source
    records: tuple[ProposedRecord, ...]
    figures: tuple[FigureMention, ...]
    dates: tuple[DateMention, ...]
    entities: tuple[EntityMention, ...]

    def write(self, path: str | Path) -> Path:
        """Write the proposal to the TOML file `path`, the text beside it; keep what is already there.

        The text goes to ``<path stem>.txt`` beside the file (the source's `text_file`).
        An existing file is merged with: every comment, key and table in it stays as
        written, and only proposals whose key it lacks are added. Both files are
        written whole or not at all. Returns the path written. Needs tomlkit, from the
        ``curate`` extra.
        """
        from eucentralasia.curate._proposal_file import write_proposal

        return write_proposal(self, Path(path))


# Words that make a sentence with a date an event, and the kind they suggest; first match wins.
_EVENT_WORDS: Final[tuple[tuple[str, EventKind], ...]] = (
    (r"summit", EventKind.SUMMIT),
    (r"forum", EventKind.FORUM),
    (r"conference|congress", EventKind.CONFERENCE),
    (r"visit(?:s|ed|ing)?|travel(?:s|led|ed)?\s+to|arrived", EventKind.VISIT),
    (r"negotiat\w+|talks", EventKind.NEGOTIATION),
    (r"meet(?:s|ing)?|met|gathering|council|session", EventKind.MEETING),
    (r"establish\w*|founded|set\s+up|created|mark\s+\d+\s+years", EventKind.ESTABLISHMENT),
    (r"approv\w+|decid\w+|decision|adopt\w+|recogni[sz]\w+|ratif\w+|mandate", EventKind.DECISION),
    (r"launch\w*|initiative|unveil\w*", EventKind.INITIATIVE),
    (r"announc\w+|signed|sign|agreement", EventKind.ANNOUNCEMENT),
    (r"reform\w*", EventKind.REFORM),
    (r"study", EventKind.STUDY),
)
_EVENT_RE: Final = [(re.compile(rf"\b(?:{words})\b", re.IGNORECASE), kind) for words, kind in _EVENT_WORDS]

_SAYING: Final = (
    r"said|says|told|tells|stated|stating|announced|announces|noted|stressed|stresses|"
    r"emphasi[sz]ed|emphasi[sz]es|added|adds|described|describes|observed|observes|pointed|pointing|"
    r"argued|argues|warned|warns|urged|urges|insisted|insists|explained|explains|highlighted|"
    r"underlined|declared|affirmed|commended|commends|expressed|expresses|welcomed|welcomes|"
    r"called\s+for|calls\s+for|proposed|proposes|put\s+forward|[Aa]ccording\s+to|acknowledged|believes|"
    r"referred|refers"
)
_SAYING_RE: Final = re.compile(rf"\b(?:{_SAYING})\b")  # verbs: lower case ("the United States")
_PRONOUN_RE: Final = re.compile(r"\b(?:he|she)\s*$|^\s*[\u201d\"]?,?\s*(?:he|she)\b", re.IGNORECASE)
_FUTURE_RE: Final = re.compile(
    r"\b(?:will|shall|to be held|scheduled|upcoming|plans?|planned|intends?|aims?|expected|would|"
    r"could|potential|target|forecast|projected)\b",
    re.IGNORECASE,
)
_PAST_RE: Final = re.compile(r"\b(?:was|were|had|did|ago|last|\w+ed)\b", re.IGNORECASE)
_PROPOSING_RE: Final = re.compile(
    r"\b(?:called for|calls for|urged|urges|proposed|proposes|put forward)\b", re.I
)
_INTENDING_RE: Final = re.compile(r"\b(?:will|plans?|intends?|aims?|seeks?|hopes?)\b", re.IGNORECASE)
_VALUING_RE: Final = re.compile(
    r"\b(?:commended|commends|welcomed|welcomes|expressed|support\w*|opposed|believes?)\b", re.IGNORECASE
)
_ASSESSING_RE: Final = re.compile(r"\b(?:described|describes|observed|observes|pointed|assess\w*)\b", re.I)
_SINCE_RE: Final = re.compile(r"\b(?:since|established|founded|set up|created)\s+$")
_QUOTE_MARKS: Final = ("\u201c", "\u201d", '"')


def proposal_key(*parts: object) -> str:
    """A short stable key for a proposal: a hash of what it rests on."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()
    return digest[:12]


def _slug(text: str, limit: int = 4) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words[:limit])


def clip(text: str, limit: int = 100) -> str:
    """`text` on one line, cut at a word before `limit` characters.

    A dash left over from a dateline ("ASHGABAT (Wire) - Turkmenistan ...") is dropped:
    the words start the title.
    """
    flat = " ".join(text.split()).lstrip("-\u2013\u2014 ")
    if len(flat) <= limit:
        return flat
    return flat[: flat.rfind(" ", 0, limit - 1)].rstrip(",;:") + " ..."


@attrs.frozen
class _Context:
    text: str
    source: str
    published: DateValue
    dataset: Dataset
    dates: tuple[DateMention, ...]
    entities: tuple[EntityMention, ...]

    def within(self, items: Iterable[Any], start: int, end: int) -> list[Any]:
        return [m for m in items if start <= m.start and m.end <= end]

    def citation(self, start: int, end: int, speaker: str | None = None) -> Citation:
        prefix, suffix = selector(self.text, start, end)
        return Citation(
            source=self.source,
            quote=self.text[start:end],
            start=start,
            end=end,
            speaker=speaker,
            prefix=prefix or None,
            suffix=suffix or None,
        )

    def name_of(self, id: str) -> str:
        record = self.dataset.get(id)
        return str(getattr(record, "name", id))


def _publication_year(published: DateValue) -> int | None:
    start, end = published.start(), published.end()
    return start.year if start.year == end.year else None


def _figure_records(
    context: _Context, spans: Sequence[tuple[int, int]], found: Sequence[FigureMention]
) -> list[ProposedRecord]:
    text = context.text
    proposals = []
    facts: set[int] = set()  # a figure whose fact was seen already is a conversion of it
    for figure in found:
        start, end = next(
            ((a, b) for a, b in spans if a <= figure.start and figure.end <= b), (figure.start, figure.end)
        )
        sentence = text[start:end]
        in_sentence = context.within(context.dates, start, end)
        period: DateValue | None = None
        basis: DateBasis | None = None
        note: str | None = None
        if in_sentence:
            nearest = min(in_sentence, key=lambda d: abs(d.start - figure.start))
            period, basis, note = nearest.value, nearest.basis, nearest.note
            year = _publication_year(context.published)
            if year is not None and _SINCE_RE.search(text, max(0, nearest.start - 16), nearest.start):
                # "since 1992", "established five years ago ... had hosted": counted from then to publication
                since = nearest.value if isinstance(nearest.value, PartialDate) else nearest.value.lower
                if since.end() < PartialDate(year).start():
                    period, basis = (
                        DateRange(attrs.evolve(since, approximate=False), PartialDate(year)),
                        DateBasis.DERIVED,
                    )
                    note = (
                        f"A figure counted from {nearest.text!r} ({nearest.value}) to the publication "
                        f"({context.published}): {period}."
                    )
        elif not _FUTURE_RE.search(sentence) and not _PAST_RE.search(sentence):
            year = _publication_year(context.published)
            if year is not None:
                period, basis = PartialDate(year), DateBasis.DERIVED
                note = (
                    "The sentence is in the present tense: the figure as of publication "
                    f"({context.published}), {year}."
                )
        projection = _FUTURE_RE.search(sentence) is not None
        about = sorted({m.id for m in context.within(context.entities, start, end)})
        if figure.unit == "count":
            metric = _slug(figure.counted or "count") or "count"
        else:
            metric = "amount" if figure.unit not in ("percent",) else "percentage"
        what = f"{figure.text} {figure.counted}" if figure.counted else figure.text
        notes = [f"Proposed from {figure.text!r}; describe what it measures."]
        if figure.note:
            notes.append(figure.note[:1].upper() + figure.note[1:] + ".")
        key = proposal_key("figure", figure.text, figure.start, sentence)
        record = TradeFigure(
            id=f"{context.source}-figure-{key[:8]}",
            metric=metric,
            description=clip(f"{what}: {sentence}", 200),
            value=figure.value,
            unit=figure.unit,
            qualifier=figure.qualifier,
            period=period,
            period_basis=basis,
            period_note=note if basis is not DateBasis.STATED else None,
            projection=projection,
            about=tuple(about),
            citations=(context.citation(start, end),),
            note=" ".join(notes),
        )
        origin = "figure-conversion" if figure.fact in facts else "figure"
        facts.add(figure.fact)
        proposals.append(ProposedRecord("trade_figures", record, origin, key, sentence))
    return proposals


def _status(value: DateValue, published: DateValue, future: bool) -> EventStatus:
    if value.end() < published.start():
        return EventStatus.HELD
    if value.start() > published.end():
        return EventStatus.PLANNED
    return EventStatus.PLANNED if future else EventStatus.HELD


def _event_records(context: _Context, spans: Sequence[tuple[int, int]]) -> list[ProposedRecord]:
    proposals = []
    for start, end in spans:
        sentence = context.text[start:end]
        found = context.within(context.dates, start, end)
        if not found:
            continue
        actors = context.within(context.entities, start, end)
        kind = next((k for pattern, k in _EVENT_RE if pattern.search(sentence)), None)
        if not actors and kind is None:
            continue
        date = found[0]
        participants = sorted({m.id for m in actors if m.kind != "country"})
        countries = sorted({m.id for m in actors if m.kind == "country"})
        origin = "event-date-actor" if actors else "event-date-word"
        key = proposal_key("event", sentence, start)
        summary = " ".join(sentence.split())
        record = Event(
            id=f"{context.source}-event-{key[:8]}",
            title=clip(sentence, 80),
            kind=kind or EventKind.ANNOUNCEMENT,
            status=_status(date.value, context.published, _FUTURE_RE.search(sentence) is not None),
            date=date.value,
            date_basis=date.basis,
            date_note=date.note,
            participants=tuple(participants),
            countries=tuple(countries),
            summary=summary,
            citations=(context.citation(start, end),),
            note=(
                f"Proposed from the date {date.text!r} and the sentence around it; "
                "give it a title and summary of your own."
            ),
        )
        proposals.append(ProposedRecord("events", record, origin, key, sentence))
    return proposals


def _statement_kind(sentence: str) -> StatementKind:
    if _PROPOSING_RE.search(sentence):
        return StatementKind.PROPOSAL
    if _VALUING_RE.search(sentence):
        return StatementKind.POSITION
    if _ASSESSING_RE.search(sentence):
        return StatementKind.ASSESSMENT
    if _INTENDING_RE.search(sentence):
        return StatementKind.INTENTION
    return StatementKind.CLAIM


def _statement_records(context: _Context, spans: Sequence[tuple[int, int]]) -> list[ProposedRecord]:
    proposals = []
    last_official: EntityMention | None = None
    for start, end in spans:
        sentence = context.text[start:end]
        actors = [m for m in context.within(context.entities, start, end) if m.kind != "country"]
        verb = _SAYING_RE.search(sentence)
        speaker: EntityMention | None = None
        origin = "statement-speaker"
        if verb is not None:
            verb_at = start + verb.start()
            before = [m for m in actors if m.end <= verb_at]
            after = [m for m in actors if m.start >= start + verb.end()]
            if verb.group().lower() == "according to" and after:
                speaker = after[0]
            elif before:
                # The subject: the first official named before the verb, else the last body.
                people = [m for m in before if m.kind == "official"]
                speaker = people[0] if people else before[-1]
            elif _PRONOUN_RE.search(sentence[: verb.start()]) and last_official is not None:
                speaker, origin = last_official, "statement-pronoun"
        officials = [m for m in actors if m.kind == "official"]
        if speaker is not None:
            about = sorted({m.id for m in context.within(context.entities, start, end)} - {speaker.id})
            quoted = any(mark in sentence for mark in _QUOTE_MARKS)
            date, basis, note = _said_when(context, start, end)
            key = proposal_key("statement", sentence, start, speaker.id)
            name = context.name_of(speaker.id)
            said = verb.group() if verb is not None else "said"
            record = Statement(
                id=f"{context.source}-statement-{key[:8]}",
                speaker=speaker.id,
                kind=_statement_kind(sentence),
                summary=clip(f"{name} ({said}): {' '.join(sentence.split())}", 400),
                about=tuple(about),
                date=date,
                date_basis=basis,
                date_note=note,
                reported=not quoted,
                citations=(context.citation(start, end, speaker.id if quoted else None),),
                note=(
                    f"Proposed from {said!r} with {speaker.text!r} as the speaker"
                    + (
                        " (the pronoun read as the official last named)"
                        if origin == "statement-pronoun"
                        else ""
                    )
                    + "; write a neutral summary of what was said."
                ),
            )
            proposals.append(ProposedRecord("statements", record, origin, key, sentence))
        if officials:
            last_official = officials[-1]
    return proposals


def _said_when(context: _Context, start: int, end: int) -> tuple[DateValue, DateBasis, str]:
    """When a statement was made: a day the sentence gives ("on Friday"), else the publication date."""
    for mention in context.within(context.dates, start, end):
        if (
            isinstance(mention.value, PartialDate)
            and mention.value.day is not None
            and mention.rule
            in (
                "weekday",
                "today",
            )
        ):
            return mention.value, mention.basis, mention.note or ""
    return (
        context.published,
        DateBasis.DERIVED,
        f"The sentence does not say when it was said: dated by the publication date, {context.published}.",
    )


def propose(
    text: str,
    published: DateValue | str,
    *,
    source_id: str = "new-article",
    title: str | None = None,
    outlet: str = "unknown",
    url: str | None = None,
    authors: Sequence[Author | str] = (),
    kind: SourceKind = SourceKind.ARTICLE,
    language: str = "en",
    published_basis: DateBasis = DateBasis.STATED,
    published_note: str | None = None,
    text_file: str | None = None,
    note: str | None = None,
    body: Sequence[tuple[int, int]] | None = None,
    dataset: Dataset | None = None,
) -> Proposal:
    """Draft cited records from an article's `text`, published on `published` (EDTF text or a date).

    Returns a `Proposal`: the article's `Source` (its citation the title where the text
    holds it, else its first sentence) and the proposed figures, events and statements,
    each citing its sentence by a span checked against `text`. Known entities are those of
    `dataset` (default: the bundled dataset). `authors` are `Author` records or names
    (role ``author``); with none, the source is written with an empty list for the
    reviewer to fill in. `body`, when given, holds the spans of `text` that are the
    article proper (`eucentralasia.curate.html.Page.body` for a web page): records are
    proposed from the sentences inside them only, while every quote still cites `text`;
    `note` becomes the source's note. ``Proposal.write(path)`` writes it for review.

    >>> from eucentralasia.curate import propose
    >>> p = propose("Trade grew by 17% last year, Roman Vassilenko said on Friday.", "2025-04-19",
    ...             source_id="briefing", title="Briefing", authors=["A. Writer"])
    >>> [(r.collection, r.origin) for r in p.records]
    [('trade_figures', 'figure'), ('events', 'event-date-actor'), ('statements', 'statement-speaker')]
    >>> figure = p.records[0].record
    >>> str(figure.value), figure.unit, str(figure.period), figure.period_basis.value
    ('17', 'percent', '2024', 'derived')
    >>> str(p.records[2].record.date)
    '2025-04-18'
    """
    if dataset is None:
        from eucentralasia._loading import load

        dataset = load()
    when = parse_date(published) if isinstance(published, str) else published
    spans = sentences(text)
    found_dates = tuple(dates(text, when))
    found_entities = tuple(entities(text, dataset))
    found_figures = tuple(figures(text))
    if body is not None:
        regions = sorted(body)

        def inside(start: int, end: int) -> bool:
            return any(a <= start and end <= b for a, b in regions)

        spans = [s for s in spans if inside(*s)]
        found_dates = tuple(m for m in found_dates if inside(m.start, m.end))
        found_entities = tuple(m for m in found_entities if inside(m.start, m.end))
        found_figures = tuple(m for m in found_figures if inside(m.start, m.end))
    context = _Context(text, source_id, when, dataset, found_dates, found_entities)
    heading = _source_citation(context, spans, title)
    named = tuple(Author(name=a, role="author") if isinstance(a, str) else a for a in authors)
    source = Source(
        id=source_id,
        title=title or " ".join(text[heading.start : heading.end].split()),
        outlet=outlet,
        kind=kind,
        language=language,
        authors=named or (NO_AUTHOR,),  # a Source needs one; the file gets an empty list to fill in
        published=when,
        published_basis=published_basis,
        published_note=published_note,
        url=url,
        text_file=text_file or f"{source_id}.txt",
        citations=(heading,),
        note=note,
        text=text,
    )
    records = [
        *_figure_records(context, spans, found_figures),
        *_event_records(context, spans),
        *_statement_records(context, spans),
    ]
    for proposed in records:
        for citation in proposed.record.citations:
            if text[citation.start : citation.end] != citation.quote:  # pragma: no cover - a bug if ever
                raise AssertionError(f"span of {proposed.record.id} does not hold its quote")
    return Proposal(source, tuple(records), found_figures, found_dates, found_entities)


def _source_citation(context: _Context, spans: Sequence[tuple[int, int]], title: str | None) -> Citation:
    if title:
        at = context.text.find(title)
        if at != -1:
            return context.citation(at, at + len(title))
    start, end = spans[0] if spans else (0, len(context.text.rstrip()) or 1)
    return context.citation(start, end)


# Writing


def table_of(record: object) -> dict[str, Any]:
    data = _serialization.shared_converter().unstructure(record)
    return {key: value for key, value in data.items() if value not in (None, [], ())}
