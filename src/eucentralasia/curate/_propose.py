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
  official last named);
- a `Relation` for a membership the sentence states ("... are members of the Eurasian
  Economic Union").

A happening of a known event, or a membership the dataset has, is proposed as that
known record with the sentence as its one citation (origin ``event-known``,
``relation-known``): `load` folds such a repeat of a bundled record into it, so that
accepting it adds the citation rather than a second record.

Each proposal keeps the rule that made it (`ProposedRecord.origin`) and a stable key
(`ProposedRecord.key`) drawn from the rule, the sentence and the words it rests on, so
that `Proposal.write` can run again on the same article and keep what a person decided:
a table whose key is already in the file is kept as it stands there (accepted, rejected
or edited), and so is everything else in the file (comments, keys, tables written by
hand); only new proposals are added.

Sentences are split with syntok (the ``curate``
extra); everything else needs only the runtime dependencies.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs

from eucentralasia import _schema as schema
from eucentralasia import _serialization
from eucentralasia._amounts import describe_amount
from eucentralasia._codes import CENTRAL_ASIA, COUNTRY_NAMES
from eucentralasia._dates import MONTH_NAMES, DateBasis, DateRange, DateValue, PartialDate, parse_date
from eucentralasia._errors import FieldError
from eucentralasia._model import (
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
    Relation,
    RelationKind,
    Role,
    Statement,
    StatementKind,
    TradeFigure,
)
from eucentralasia._provenance import Author, Citation, Source, SourceKind
from eucentralasia._search import fold
from eucentralasia.curate._dates import DateMention, dates, looks_forward, pinned_by_known
from eucentralasia.curate._entities import CENTRAL_ASIA_RE, EU_RE, EntityMention, entities
from eucentralasia.curate._figures import FigureMention, figures
from eucentralasia.curate._happenings import ANNIVERSARY_OF_RE, Happening, happenings, milestones
from eucentralasia.curate._speech import (
    NATIONALITY_CODES,
    TITLE_WORDS,
    Speech,
    SpokenStatement,
    is_modifier,
    speech,
)
from eucentralasia.curate.anchor import selector, selectors

if TYPE_CHECKING:
    from eucentralasia._dataset import Dataset

__all__ = ["Proposal", "ProposedRecord", "propose", "sentences"]

REVIEW_PROPOSED: Final = "proposed"
NO_AUTHOR: Final = Author(name="?", role="?")


def sentences(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` span of every sentence of `text`, in order (syntok, from the ``curate`` extra).

    >>> text = "The EU met.They agreed. Talks resume on Dec. 1 in Astana with Amb. Berg on Oct. 26-27."
    >>> [text[a:b] for a, b in sentences(text)]
    ['The EU met.', 'They agreed.', 'Talks resume on Dec. 1 in Astana with Amb. Berg on Oct. 26-27.']
    """
    try:
        from syntok import segmenter  # type: ignore[import-untyped]
    except ModuleNotFoundError:  # pragma: no cover - exercised without the extra only
        raise ModuleNotFoundError(
            'splitting sentences needs syntok, from the curate extra: pip install "eucentralasia[curate]"'
        ) from None
    spans = []
    # syntok's tokenizer slows with the length of what it is given (it is quadratic on a
    # long text), so it reads one block of paragraphs at a time; a sentence never spans
    # a blank line, so the blocks change no boundary.
    for block_start, block in _blocks(text):
        for paragraph in segmenter.analyze(block):
            for sentence in paragraph:
                if sentence:
                    start = sentence[0].offset
                    end = sentence[-1].offset + len(sentence[-1].value)
                    # syntok ends a sentence after “...” but not after «...»: 'partner.» He added'
                    for cut in _GUILLEMET_END_RE.finditer(block, start, end):
                        spans.append((block_start + start, block_start + cut.end()))
                        start = cut.end() + len(block[cut.end() : end]) - len(block[cut.end() : end].lstrip())
                    spans.append((block_start + start, block_start + end))
    # syntok knows "Mr." and "Dr." but ends a sentence after some titles before a name ("the cases
    # of Messrs. Kholdorov and ...", "met Amb. Berg"): the name goes on with the sentence
    # nor does a month's short form before its day ("on Oct. 26-27 to attend")
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and (
            _TITLE_ABBREVIATION_RE.search(text, joined[-1][0], joined[-1][1])
            or (
                _MONTH_ABBREVIATION_RE.search(text, joined[-1][0], joined[-1][1])
                and text[start : start + 1].isdigit()
            )
        ):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


_TITLE_ABBREVIATION_RE: Final = re.compile(r"\b(?:Messrs|Mmes|Mses|Amb|Ambs|Prof|Profs|Sen|Rep|Gov)\.$")
_MONTH_ABBREVIATION_RE: Final = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")


# (nor after "wrote on X.", the platform read as an initial: 'wrote on X. “We agreed ...')
_GUILLEMET_END_RE: Final = re.compile(
    r"[.!?\u2026]\u00bb(?=\s+[A-Z])|\b(?:on|via)\s+X\.(?=\s+[\u201c\u00ab\"A-Z])"
)


def _blocks(text: str, size: int = 20_000) -> list[tuple[int, str]]:
    """`text` cut at blank lines (else at line breaks) into blocks of about `size` characters."""
    blocks = []
    start = 0
    while start < len(text):
        end = len(text) if len(text) - start <= size else text.find("\n\n", start + size)
        if end == -1:
            end = text.find("\n", start + size)
        if end == -1:
            end = len(text)
        blocks.append((start, text[start:end]))
        start = end
    return blocks


@attrs.frozen
class ProposedRecord:
    """One record `propose` drafts: the record, the rule that made it, its key and its sentence.

    `collection` is the file table it goes in (``trade_figures``, ``events``,
    ``statements``); `origin` names the rule; `key` is stable across runs on the same
    text; `sentence` is the sentence it rests on, written beside it as a comment; `doubt`,
    when set, says what the assistant is unsure of (a statement's speaker), written above
    the record and in its note for the reviewer.
    """

    collection: str
    record: TradeFigure | Event | Statement | Official | Organization | Agreement | Relation
    origin: str
    key: str
    sentence: str
    doubt: str | None = None


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
    _starts: dict[int, list[int]] = attrs.field(factory=dict, init=False, eq=False)
    _contexts: dict[str, dict[int, tuple[str, str]]] = attrs.field(factory=dict, init=False, eq=False)
    _events_at: dict[tuple[EventKind, str], list[Event]] = attrs.field(factory=dict, init=False, eq=False)
    drafted: dict[str, str] = attrs.field(factory=dict, init=False, eq=False)  # agreement drafts' names by id
    drafted_parties: dict[str, tuple[str, ...]] = attrs.field(
        factory=dict, init=False, eq=False
    )  # and parties
    named: list[tuple[int, int]] = attrs.field(factory=list, init=False, eq=False)  # agreements' names' spans

    @property
    def events_at(self) -> dict[tuple[EventKind, str], list[Event]]:
        """The dataset's events by kind and place, indexed once (a dataset without any, each time)."""
        if not self._events_at:
            for event in self.dataset.events:
                if event.location is not None and event.location.place:
                    self._events_at.setdefault((event.kind, event.location.place), []).append(event)
        return self._events_at

    def within(self, items: Sequence[Any], start: int, end: int) -> list[Any]:
        """The mentions of `items` (in order of their start) inside ``[start, end)``: a binary search."""
        starts = self._starts.get(id(items))
        if starts is None:
            starts = self._starts[id(items)] = [m.start for m in items]
        i = bisect.bisect_left(starts, start)
        found = []
        while i < len(items) and items[i].start < end:
            if items[i].end <= end:
                found.append(items[i])
            i += 1
        return found

    def citation(self, start: int, end: int, speaker: str | None = None) -> Citation:
        # The contexts of every copy of a quote are found together, once: citing each
        # copy of a sentence that recurs costs no more than citing one.
        quote = self.text[start:end]
        if quote not in self._contexts:
            self._contexts[quote] = selectors(self.text, quote)
        prefix, suffix = self._contexts[quote].get(start) or selector(self.text, start, end)
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


def _sentence_around(spans: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The sentence span holding ``[start, end)`` (binary search), else the span itself."""
    i = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    if i >= 0 and spans[i][0] <= start and end <= spans[i][1]:
        return spans[i]
    return start, end


def _cite_again(proposals: list[ProposedRecord], later: Mapping[int, Sequence[Citation]]) -> None:
    """Give each proposal the citations of the places its fact or happening recurs.

    They are gathered as the text is read and added once at the end: adding them one by
    one would re-check the growing list each time, the square of a fact's mentions.
    """
    for at, citations in later.items():
        first = proposals[at]
        record = schema.evolve(first.record, citations=(*first.record.citations, *citations))
        proposals[at] = attrs.evolve(first, record=record)


def _publication_year(published: DateValue) -> int | None:
    start, end = published.start(), published.end()
    return start.year if start.year == end.year else None


def _figure_records(
    context: _Context, spans: Sequence[tuple[int, int]], found: Sequence[FigureMention]
) -> list[ProposedRecord]:
    text = context.text
    proposals: list[ProposedRecord] = []
    facts: set[int] = set()  # a figure whose fact was seen already is a conversion of it
    told: dict[tuple[object, ...], int] = {}  # value, unit and qualifier -> the proposal stating them
    later: dict[int, list[Citation]] = {}  # a proposal -> the places its amount is stated again
    cited_at: dict[int, set[int]] = {}  # a proposal -> where the sentences citing it start
    again_as: dict[int, list[str]] = {}  # a proposal -> how its amount is written where stated again
    for figure in found:
        start, end = _sentence_around(spans, figure.start, figure.end)
        sentence = text[start:end]
        in_sentence = context.within(context.dates, start, end)
        period: DateValue | None = None
        basis: DateBasis | None = None
        note: str | None = None
        if in_sentence:
            others = [
                f for f in found if f is not figure and start <= f.start < end and f.fact != figure.fact
            ]
            nearest = _period_of(text, figure, in_sentence, others)
            if nearest is not None:
                period, basis, note = nearest.value, nearest.basis, nearest.note
            year = _publication_year(context.published)
            if (
                nearest is not None
                and year is not None
                and _SINCE_RE.search(text, max(0, nearest.start - 16), nearest.start)
            ):
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
        # The verb nearest the figure says whether it is a projection ("will reach"), not any
        # word of its sentence ("The share is 60%, and it will grow").
        projection = _projected(text, start, figure)
        about = sorted({m.id for m in context.within(context.entities, start, end)})
        metric = _metric(text, start, figure)
        what = f"{figure.text} {figure.counted}" if figure.counted else figure.text
        if figure.measure is not None:
            # "4 billion cubic metres of gas", "10 billion cubic metres" for a range's lower "10"
            what = f"{describe_amount(figure.value, 'count', figure.qualifier)} {figure.counted}"
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
        same = (figure.value, figure.unit, figure.qualifier)
        if origin == "figure" and same in told and start not in cited_at[told[same]]:
            # The same amount again (a headline and its story): one fact, cited where it recurs.
            at = told[same]
            cited_at[at].add(start)
            later.setdefault(at, []).append(context.citation(start, end))
            if figure.text not in again_as.setdefault(at, []):
                again_as[at].append(figure.text)
            continue
        if origin == "figure":
            told[same] = len(proposals)
            cited_at[len(proposals)] = {start}
        proposals.append(ProposedRecord("trade_figures", record, origin, key, sentence))
    for at, written in again_as.items():
        first = proposals[at]
        assert isinstance(first.record, TradeFigure)
        note = f"{first.record.note} Stated again: {', '.join(map(repr, written))}."
        proposals[at] = attrs.evolve(first, record=schema.evolve(first.record, note=note))
    _cite_again(proposals, later)
    return proposals


_AFTER_FIGURE_RE: Final = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:in|during|for|over|as\s+of|by|at\s+the\s+end\s+of)\s+"
    r"(?:the\s+(?:period|years?)\s+(?:of\s+|from\s+)?)?$"
)
_METRIC_WORDS: Final = (
    r"trade(?:\s+turnover)?|turnover|investments?|foreign\s+direct\s+investment|FDI|exports?|imports?|"
    r"loans?|grants?|package|budget|funding|financing|assistance|aid|GDP|economy|capital|"
    r"contribution|revenue|output|production|growth|share|inflation|tariffs?|transit|cargo|traffic|"
    r"allocation|commitment|pledge|disbursement"
)
_MONEY_NOUNS: Final = {
    "invest": "investment", "allocat": "allocation", "pledg": "pledge", "disburs": "disbursement",
    "lend": "loan", "lent": "loan", "spen": "spending", "donat": "donation", "commit": "commitment",
}  # fmt: skip
_MONEY_VERB_RE: Final = re.compile(
    r"\b(invest|allocat|pledg|disburs|lend|lent|spen|donat|commit)(?:s|ed|ing|e|es|t|d|ting|ted)?\b", re.I
)
_METRIC_RE: Final = re.compile(rf"((?:[A-Z][\w\u2019'-]*\s+|[a-z]+-[\w-]+\s+)*)((?i:{_METRIC_WORDS}))\b")


def _period_of(
    text: str, figure: FigureMention, dates: Sequence[DateMention], others: Sequence[FigureMention] = ()
) -> DateMention | None:
    """The period a figure is for: a date right after it ("48 bn in 2022"), else the nearest one.

    A date before the figure that belongs to another one ("from 34 bn in 2012 to 48 bn
    in 2022", "€36 million for the period 2025-2027, €17 million for ...") is passed over: when
    one follows the figure in its clause, and when another figure of the sentence has it
    right after it (none is left: no period).
    """

    def right_after(one: FigureMention, d: DateMention) -> bool:
        return d.start >= one.end and _AFTER_FIGURE_RE.fullmatch(text, one.end, d.start) is not None

    after = [d for d in dates if right_after(figure, d)]
    if after:
        return after[0]
    free = [d for d in dates if not any(right_after(other, d) for other in others)]
    return (
        min(free, key=lambda d: min(abs(d.start - figure.end), abs(figure.start - d.end))) if free else None
    )


_NOW_RE: Final = re.compile(
    r"\b(?:is|are|was|were|has|have|had|remains?|stands?|accounts?|amounts?|reached|totall?ed|\w+ed)\b",
    re.IGNORECASE,
)


def _projected(text: str, sentence_start: int, figure: FigureMention) -> bool:
    """Whether the verb nearest the figure looks forward ("will reach 5%"), not one further off."""
    sentence_end = min(i for i in (text.find(". ", figure.end, figure.end + 3000), len(text)) if i != -1)
    window = text[sentence_start:sentence_end]
    here = figure.start - sentence_start

    def distance(match: re.Match[str]) -> int:
        return max(match.start() - (here + len(figure.text)), here - match.end(), 0)

    future = [distance(m) for m in _FUTURE_RE.finditer(window)]
    now = [distance(m) for m in _NOW_RE.finditer(window) if not _FUTURE_RE.match(window, m.start())]
    return bool(future) and (not now or min(future) < min(now))


def _metric(text: str, sentence_start: int, figure: FigureMention) -> str:
    """What a figure measures, named from the noun phrase of its clause ("EU-Central Asia trade")."""
    if figure.unit == "count":
        return _slug(figure.counted or "count") or "count"
    clause_start = max(sentence_start, text.rfind(";", sentence_start, figure.start) + 1)
    before = list(_METRIC_RE.finditer(text, clause_start, figure.start))
    after = _METRIC_RE.match(text, figure.end, min(len(text), figure.end + 40)) or re.match(
        rf"\s+(?:in|of|for)\s+((?:[\w-]+\s+){{0,2}})?({_METRIC_WORDS})\b",
        text[figure.end : figure.end + 60],
        re.I,
    )
    found = after or (before[-1] if before else None)
    if found is None and figure.unit != "percent":
        # no noun: the verb that moves the money ("invested 105 billion euros", "allocated €4.75 million")
        verbs = list(_MONEY_VERB_RE.finditer(text, max(clause_start, figure.start - 80), figure.start))
        if verbs:
            return _MONEY_NOUNS[verbs[-1].group(1).lower()]
    if found is None:
        return "percentage" if figure.unit == "percent" else "amount"
    words = f"{found.group(1) or ''} {found.group(2)}".split()[-4:]
    return _slug(" ".join(words), 5) or "amount"


def _status(value: DateValue, published: DateValue, future: bool) -> EventStatus:
    if value.end() < published.start():
        return EventStatus.HELD
    if value.start() > published.end():
        return EventStatus.PLANNED
    return EventStatus.PLANNED if future else EventStatus.HELD


# Places an event may be "in", with their country; a country's own name is one too.
_PLACES: Final = {
    "Astana": "KZ", "Almaty": "KZ", "Nur-Sultan": "KZ", "Tashkent": "UZ", "Samarkand": "UZ",
    "Bukhara": "UZ", "Khiva": "UZ", "Bishkek": "KG", "Cholpon-Ata": "KG", "Osh": "KG",
    "Dushanbe": "TJ", "Ashgabat": "TM", "Turkmenbashi": "TM", "Avaza": "TM", "Brussels": "BE",
    "Luxembourg": "LU", "Strasbourg": "FR", "Baku": "AZ", "Tbilisi": "GE", "Moscow": "RU",
    "Beijing": "CN", "Berlin": "DE", "Paris": "FR", "Rome": "IT", "Geneva": "CH",
}  # fmt: skip
_PAST_FORM: Final = {
    "meet": "met", "meets": "met", "visit": "visited", "visits": "visited", "sign": "signed",
    "signs": "signed", "open": "opened", "opens": "opened", "launch": "launched", "launches": "launched",
    "hold": "held", "holds": "held", "host": "hosted", "hosts": "hosted", "attend": "attended",
    "attends": "attended", "adopt": "adopted", "adopts": "adopted", "ratify": "ratified",
    "take place": "took place", "takes place": "took place", "announces": "announced",
    "initialing": "initialled", "initialling": "initialled", "initialed": "initialled",
}  # fmt: skip


def _place(context: _Context, start: int, end: int) -> Location | None:
    for match in re.finditer(r"\b(?:in|at)\s+([A-Z][\w-]+)", context.text[start:end]):
        place = match.group(1)
        if place in _PLACES:
            return Location(place=place, country=_PLACES[place])
        code = next(
            (
                m.id
                for m in context.within(context.entities, start, end)
                if m.kind == "country" and m.text == place
            ),
            None,
        )
        if code is not None and code != "EU":
            return Location(place=place, country=code)
    return None


def _mentions_in(mentions: list[tuple[int, int, str]], start: int, end: int) -> list[tuple[int, int, str]]:
    i = bisect.bisect_left(mentions, (start, -1, ""))
    found = []
    while i < len(mentions) and mentions[i][0] < end:
        if mentions[i][1] <= end:
            found.append(mentions[i])
        i += 1
    return found


def _names(found: Speech, ids: Sequence[str], dataset: Dataset) -> str:
    names = [
        found.actors[i].name
        if i in found.actors and not found.actors[i].known
        else str(getattr(dataset.get(i), "name", i))  # "European Union", not the "EU" the text wrote
        for i in ids
    ]
    if len(names) > 2:
        return f"{names[0]}, {names[1]} and others"
    return " and ".join(names)


def _listed(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C": places as a title lists them."""
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 2 else " and ".join(names)


_HOLDING_RE: Final = re.compile(
    r"held|hold|holds|hosted|host|hosts|took place|take place|takes place|attended|attend|attends|"
    r"participated|participate|participates|took part|take part|convened|gathered"
)


def _same_happening(
    known: object, happening: Happening, date: DateValue | None, published: DateValue, named: bool = False
) -> bool:
    """Whether a known event the sentence names is the happening it tells of.

    Of the same kind (any kind, for a known event the sentence names with a verb of being
    held or taking part: "the Investors Forum ... will take place", "participate in the
    plenary session of the Summit ... at the inauguration of the Samarkand Climate
    Forum"), at a date that meets the known one's where the sentence gives one, and not
    planned where the known event was over before the text was published (a forum held
    every year: "the Forum will be held" is the next one).
    """
    if not isinstance(known, Event):
        return False
    if known.kind is not happening.kind and not (named and _HOLDING_RE.fullmatch(happening.word)):
        return False
    if (
        known.date is not None
        and date is not None
        and (date.end() < known.date.start() or known.date.end() < date.start())
    ):
        return False
    return not (
        happening.status is EventStatus.PLANNED
        and known.date is not None
        and known.date.end() < published.start()
    )


def _known_talks(
    context: _Context, happening: Happening, date: DateValue | None, agreement: str | None
) -> str | None:
    """The known negotiations on the agreement a sentence of talks names: "launched talks on a
    visa facilitation agreement" are the dataset's visa facilitation negotiations, where it
    has exactly one such event (of that kind, at a date that meets the sentence's).

    Likewise an initiative launched or unveiled is its known announcement ("unveiled a Global
    Gateway investment package for Central Asia"), where the sentence names the narrowest of
    the event's agreements (the package, not Global Gateway at large) (R10b).
    """
    kinds = _KNOWN_AS.get(happening.kind)
    if kinds is None:
        return None
    start, end = happening.sentence
    named = {m.id for m in context.within(context.entities, start, end) if m.kind == "agreement"}
    named |= {agreement} if agreement else set()
    if not named:
        return None
    talks = [
        e.id
        for e in context.dataset.events
        if e.kind in kinds
        and _narrowest(context, e.agreements) & named
        and _same_happening(e, attrs.evolve(happening, kind=e.kind), date, context.published)
    ]
    return talks[0] if len(talks) == 1 else None


# The kinds of known event a happening of a kind may be told as.
_KNOWN_AS: Final = {
    EventKind.NEGOTIATION: frozenset({EventKind.NEGOTIATION}),
    EventKind.INITIATIVE: frozenset({EventKind.ANNOUNCEMENT, EventKind.INITIATIVE}),
    EventKind.ANNOUNCEMENT: frozenset({EventKind.ANNOUNCEMENT, EventKind.INITIATIVE}),
}


def _narrowest(context: _Context, ids: Sequence[str]) -> set[str]:
    """The agreements of `ids` whose name holds no other's: the package, not Global Gateway at large."""
    names = {id: fold(getattr(context.dataset.get(id), "name", id)) for id in ids}
    return {id for id in ids if not any(o != id and names[id] in names[o] for o in ids)}


def _known_by_place(
    context: _Context, place: str | None, happening: Happening, date: DateValue | None, start: int, end: int
) -> str | None:
    """The known event a sentence tells of without naming it: same kind, place and time.

    "The first summit between Central Asia and the European Union was held in Samarkand"
    in a text of the summit's days, "the EU-Central Asia Ministerial, which took place on
    23 October 2023 in Luxembourg": of the known events of the happening's kind held at
    its place, at the sentence's date (else within the week before the publication
    date), the only summit, forum or conference, or else the one whose title shares the most
    words with the sentence, two at least besides the place; none where two share as many.
    """
    if place is None:
        # "at the Samarkand Summit": a place in the gathering's name is where it was held
        place = next((w for w in _name_before(context.text, happening.verb[0]).split() if w in _PLACES), None)
    if place is None and date is None:
        return None
    when = date
    if when is None:
        published = context.published
        when = DateRange(
            PartialDate.parse(published.start().subtract(days=7)), PartialDate.parse(published.end())
        )
    text = context.text
    words = _content_words(text[start:end]) - _content_words(place or "")
    # The happening's own name: "the Ministerial meeting", and for "The forum is scheduled for ..."
    # the name that "the forum" recalls ("the upcoming Investor Forum on ...", shortly before)
    named = _content_words(
        _name_before(text, happening.verb[0]) + text[happening.verb[0] : happening.verb[1]]
    )
    noun = _BACK_REFERENCE.get(happening.kind)
    if noun is not None and re.search(rf"\b(?:the|this|that)\s+{noun}\b", text[start:end], re.IGNORECASE):
        recalled = [
            m
            for m in re.compile(rf"\b(?i:{noun})\b").finditer(text, max(0, start - 600), start)
            if m.group()[:1].isupper()
        ]
        if recalled:
            antecedent = _content_words(_name_before(text, recalled[-1].start()) + recalled[-1].group())
            words |= antecedent
            named |= antecedent
    # A sentence naming no place ("held their first summit on Friday") may still tell of the
    # known event of its kind at the date it gives: looked for among every place's; what an
    # anniversary marks, among the dated events of no place whose countries it names ("30 years
    # since the EU and Kazakhstan established relations": the Establishment of EU-Kazakhstan
    # relations, 1993; a known initiative of no place is too easily any initiative of its year)
    candidates = (
        context.events_at.get((happening.kind, place), ())
        if place is not None
        else [
            *(
                event
                for (kind, _at), events in context.events_at.items()
                if kind is happening.kind
                for event in events
            ),
            *(
                event
                for event in context.dataset.events
                if happening.marked
                and event.kind is happening.kind
                and event.location is None
                and event.date is not None
                and _COUNTRY_WORDS & _content_words(event.title) <= words
            ),
        ]
    )
    # "the meeting of the Kazakhstan-EU Cooperation Council on Oct. 23 in Luxembourg": a known body
    # the sentence names takes part in the one it tells of, whatever other words it shares with
    # another event's title ("Foreign Minister ... Central Asia": the ministerial of that day) (R10b)
    bodies = {m.id for m in context.within(context.entities, start, end) if m.kind == "organization"} - {
        "european-union"
    }
    own = [event for event in candidates if bodies & set(event.participants)]
    if own:
        candidates = own
    if place is not None and happening.kind in (EventKind.SUMMIT, EventKind.FORUM, EventKind.CONFERENCE):
        # "spoke at the summit in Samarkand" in a text of the summit's days: the one known gathering
        # of its kind held there then, whatever words the sentence shares with its title (not a
        # visit or a meeting, which are whose they are: "my first visit" is not another's)
        alike = [e.id for e in candidates if _same_happening(e, happening, when, context.published)]
        if len(alike) == 1:
            return alike[0]
    # A gathering recalled as held, at its place, by words of its own title ("the historic summit
    # held in Samarkand, where for the first time ...", months later): any time before publication.
    # Not news of one ("The first summit ... was held in Samarkand" a year on is another).
    recalled_held = (
        place is not None
        and date is None
        and happening.status is EventStatus.HELD
        and happening.kind in (EventKind.SUMMIT, EventKind.FORUM, EventKind.CONFERENCE)
        and not re.search(r"\b(?:was|were|been)\s+$", text[max(0, happening.verb[0] - 8) : happening.verb[0]])
    )
    scored = sorted(
        (
            # at as many shared words, the title sharing more of the happening's name
            (len(shared), len(shared & named), event.id)
            for event in candidates
            if (
                _same_happening(event, happening, when, context.published)
                or (
                    recalled_held
                    and event.date is not None
                    and event.date.end() < context.published.start()
                    and _same_happening(event, happening, None, context.published)
                )
            )
            # a word of its own among them: "President ... visit" is any president's visit
            and (shared := _content_words(event.title) & words) - _GENERIC_WORDS
        ),
        reverse=True,
    )
    if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][:2] == scored[0][:2]):
        return None
    return scored[0][2]


_FIRST_RE: Final = re.compile(r"\bfirst(?:-ever|-of-its-kind|\s+ever)?\b", re.IGNORECASE)


def _the_first(
    context: _Context, place: str | None, happening: Happening, date: DateValue | None, start: int, end: int
) -> str | None:
    """The known event a sentence calls the first of its kind between the parties it names.

    "preparations for the first summit under the Central Asia-European Union format", "the
    first summit “Central Asia - European Union” on April 3-4": of the known events of the
    happening's kind whose title calls them the first, the one whose countries the sentence
    names (the EU, Central Asia for its five), at the place and a date that meet the sentence's
    (news of one held, dated by nothing else, is of the week before publication: "The first summit
    ... was held in Samarkand" a year on is another); none where two are.
    """
    if date is None and happening.status is EventStatus.HELD and _HOLDING_RE.fullmatch(happening.word):
        published = context.published
        date = DateRange(
            PartialDate.parse(published.start().subtract(days=7)), PartialDate.parse(published.end())
        )
    sentence = context.text[start:end]
    if not _FIRST_RE.search(sentence):
        return None
    named = _countries_named(sentence)
    firsts = [
        event.id
        for event in context.dataset.events
        if event.kind is happening.kind
        and re.match(r"first\b", event.title, re.IGNORECASE)
        and event.countries
        and set(event.countries) <= named
        and (place is None or event.location is None or event.location.place == place)
        and _same_happening(event, happening, date, context.published)
    ]
    return firsts[0] if len(firsts) == 1 else None


def _countries_named(sentence: str) -> set[str]:
    """The country codes a sentence names: its countries, "EU", and Central Asia's five for the region."""
    named = {code for code, name in COUNTRY_NAMES.items() if re.search(rf"\b{re.escape(name)}\b", sentence)}
    if EU_RE.search(sentence):
        named.add("EU")
    if CENTRAL_ASIA_RE.search(sentence):
        named |= CENTRAL_ASIA
    return named


def _marked_by_anniversary(context: _Context, happening: Happening, start: int, end: int) -> str | None:
    """The known establishment an anniversary marks, between the countries the sentence names.

    "the 30th anniversary of diplomatic relations between Kazakhstan and the EU", in a text of
    2023, marks the establishment of EU-Kazakhstan relations, dated 1993 (a year either way: "the
    30th anniversary ... next year"); none where two are.
    """
    if not happening.marked:
        return None
    anniversary = ANNIVERSARY_OF_RE.search(context.text, start, end)
    if anniversary is None:
        return None
    year = context.published.start().year - int(anniversary["n"])
    named = _countries_named(context.text[start:end])
    marked = [
        event.id
        for event in context.dataset.events
        if event.kind is EventKind.ESTABLISHMENT
        and event.location is None
        and event.date is not None
        and abs(event.date.start().year - year) <= 1
        and event.countries
        and set(event.countries) <= named
    ]
    return marked[0] if len(marked) == 1 else None


def _name_before(text: str, at: int) -> str:
    """The capitalised words right before `at`: "Ministerial " of "the Ministerial meeting"."""
    run = re.search(r"(?:[A-Z][\w\u2019'-]*\s+){1,5}$", text[max(0, at - 80) : at])
    return run.group() if run else ""


def _within_span(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of the `spans` (in order of their start): a binary search."""
    at = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    return any(a <= start and end <= b for a, b in spans[max(0, at - 2) : at + 1])


_SAID_WHEN_RE: Final = re.compile(
    r"\b(?:said|told|reported|announced|stated|noted|added|wrote)\s+(?:\w+\s+){0,2}$"
)
_TALKS: Final = frozenset({EventKind.MEETING, EventKind.NEGOTIATION})
# The noun a sentence refers back to an event of a kind with ("the summit", "this forum").
_BACK_REFERENCE: Final = {
    EventKind.SUMMIT: "summit",
    EventKind.FORUM: "forum",
    EventKind.CONFERENCE: "conference",
    EventKind.VISIT: "(?:visit|trip)",
    EventKind.MEETING: "(?:meeting|ministerial)",
    EventKind.NEGOTIATION: "(?:talks|negotiations)",
}
# Words many events' titles share: their kinds and people's titles.
_GENERIC_WORDS: Final = frozenset(
    {
        "summit", "forum", "meeting", "visit", "conference", "talk", "negotiation", "session", "event",
        "president", "minister", "prime", "foreign", "deputy", "commissioner", "chairman", "head",
        "representative", "ambassador", "high", "vice", "secretary", "general", "official",
    }
)  # fmt: skip
_COUNTRY_WORDS: Final = frozenset(fold(name) for name in COUNTRY_NAMES.values() if " " not in name)


def _part_of_a_visit(
    context: _Context, place: str | None, happening: Happening, date: DateValue | None, start: int, end: int
) -> str | None:
    """The known visit a meeting was part of: the visitor met there, at the date the sentence gives.

    "the meeting of the presidents with Charles Michel, held in October in Astana": Charles
    Michel's visit to Astana of October 2022.
    """
    if place is None or date is None or happening.kind is EventKind.VISIT:
        return None
    people = {m.id for m in context.within(context.entities, start, end) if m.kind == "official"}
    visiting = attrs.evolve(happening, kind=EventKind.VISIT)
    visits = [
        visit.id
        for visit in context.events_at.get((EventKind.VISIT, place), ())
        if people & set(visit.participants) and _same_happening(visit, visiting, date, context.published)
    ]
    return visits[0] if len(visits) == 1 else None


def _content_words(text: str) -> set[str]:
    """The words of `text` that tell one event from another, folded, hyphenated ones parted.

    A plural is its singular ("an investor forum", the "Investors Forum").
    """
    return {
        part[:-1] if len(part) > 3 and part.endswith("s") and not part.endswith("ss") else part
        for word in re.findall(r"[\w-]+", fold(text))
        for part in word.split("-")
        if part and part not in _FUNCTION_WORDS
    }


_FUNCTION_WORDS: Final = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "for",
        "in",
        "on",
        "at",
        "and",
        "with",
        "to",
        "between",
        "by",
        "was",
        "is",
        "will",
        "be",
    }
)


# "President of the European Commission Ursula von der Leyen", "European Commission President X":
# the words between a body and the person whose title names it.
_TITLE_BETWEEN_RE: Final = re.compile(r"(?:[ \t]+(?:[A-Z][\w-]*|of|for|and|on|the))*[ \t]+")


def _title_body(
    context: _Context, found: Speech, here: list[tuple[int, int, str]], end: int, id: str
) -> bool:
    """Whether the body ending at `end` is named in the title of a person named right after it.

    A person's body is a party with them, as the curated events have it ("Jozef Síkela's
    visit" with the European Commission).
    """
    person = next((m for m in here if m[0] >= end), None)
    return (
        found.actors[id].kind == "organization"
        and person is not None
        and found.actors[person[2]].kind == "official"
        and _TITLE_BETWEEN_RE.fullmatch(context.text, end, person[0]) is not None
    )


# "..., press service of the Kazakh MFA reports.", "..., reported the country's Foreign Ministry.",
# "..., according to the Tajik MFA information department.": who tells of it, at the sentence's end.
_ATTRIBUTION_RE: Final = re.compile(
    r",\s+(?:(?:reported|reports|according\s+to|said|says)\s+[^,;\n]{3,90}"
    r"|[^,;\n]{3,90}?\s+(?:reported|reports|said|says|informs|informed|announced|told\s+[^,;\n]{2,60})"
    # "..., Navrouz Qurbonzoda, an aide to the speaker, told Asia-Plus."
    r"|[A-Z][^,;\n]{2,60},\s+(?:an?|the)\s+[^,;\n]{2,80},\s+(?:told|said)\b[^,;\n]{0,60})"
    r"[.\s\u201d\"]*$"
)


_OPENING_ATTRIBUTION_RE: Final = re.compile(r"\s*(?i:according\s+to|as\s+reported\s+by)\s+[^,;\n]{2,80},")


def _attribution(text: str, start: int, end: int) -> int:
    """Where the clause naming who tells of a sentence begins (its end when there is none).

    The body a report comes from is no party to what it reports: "X met Y, press service
    of the Kazakh MFA reports." is a meeting of X and Y.
    """
    found = _ATTRIBUTION_RE.search(text, max(start, end - 240), end)
    return found.start() if found is not None else end


def _event_records(
    context: _Context,
    spans: Sequence[tuple[int, int]],
    found: Speech,
    agreements: Mapping[tuple[int, int], str],
) -> list[ProposedRecord]:
    """An event for each happening; one happening mentioned twice (same kind and day) is one event."""
    text = context.text
    quoted = [(q.open, q.close) for q in found.quotations]
    proposals: list[ProposedRecord] = []
    seen: dict[tuple[object, ...], int] = {}
    # (a news outlet reports what happened; it takes no part in it: "..., Trend reports")
    mentions = sorted(
        (a, b, id) for id, actor in found.actors.items() if id not in found.outlets for a, b in actor.mentions
    )
    by_party: dict[tuple[EventKind, str], int] = {}  # an event's kind and a party to it -> the event
    later: dict[int, list[Citation]] = {}  # an event -> the places the text tells of it again
    again_known: dict[str, int] = {}  # a known event the text tells of -> its proposal
    for happening in happenings(text, spans, quoted):
        start, end = happening.sentence
        named_events = [m for m in context.within(context.entities, start, end) if m.kind == "event"]
        known_events = sorted({m.id for m in named_events})
        in_sentence = [
            d
            for d in context.within(context.dates, start, end)
            # "celebrate 30 years": when what is celebrated began, not the celebration
            if (d.rule != "anniversary" or happening.kind is EventKind.ESTABLISHMENT)
            # "the Roadmap on Raw Materials for 2025-2026": the agreement's period
            and not _within_span(context.named, d.start, d.end)
            # "hopes to sign ..., the ministry said on Tuesday": when it was said (what is announced, then)
            and (
                happening.kind is EventKind.ANNOUNCEMENT
                or not _SAID_WHEN_RE.search(text, max(start, d.start - 24), d.start)
            )
            # a date gone by when the text was written is not the date of what is planned
            and not (happening.status is EventStatus.PLANNED and d.value.end() < context.published.start())
        ]
        date = min(in_sentence, key=lambda d: abs(d.start - happening.verb[1])) if in_sentence else None
        # A happening of the kind of a known event the sentence names is that event, told again:
        # its record with this sentence's citation, which a curator accepting it adds to the
        # known record (the loader folds a repeat into it), never a second event.
        dated = date.value if date else None
        place = (
            None  # the place of "gathered in Brussels to celebrate 30 years since ..." is the celebration's
            if happening.marked
            else _place(context, max(start, happening.verb[0] - 60), min(end, happening.verb[1] + 80))
        )
        held_at = place.place if place else None
        alike = [
            m
            for m in named_events
            if _same_happening(context.dataset.get(m.id), happening, dated, context.published, named=True)
        ]
        told_of = sorted({m.id for m in alike}) if alike else []
        if not told_of:
            by_place = _known_by_place(context, held_at, happening, dated, start, end)
            by_place = by_place or _part_of_a_visit(context, held_at, happening, dated, start, end)
            by_place = by_place or _known_talks(context, happening, dated, agreements.get((start, end)))
            by_place = by_place or _the_first(context, held_at, happening, dated, start, end)
            by_place = by_place or _marked_by_anniversary(context, happening, start, end)
            told_of = [by_place] if by_place is not None else []
        if not told_of:
            # "... held their first summit on Friday. The summit in Samarkand is attended by ...":
            # the one known event of its kind the text told of already, told again
            # (by "the summit", or by a word of its own: "two Commissioners visited Kazakhstan" is
            # not the visit to Astana told before)
            said = _content_words(text[start:end])
            noun = _BACK_REFERENCE.get(happening.kind)
            again = noun is not None and re.search(rf"\b(?:the|this|that)\s+{noun}\b", text[start:end], re.I)
            repeated = [
                told
                for told in again_known
                if _same_happening(known := context.dataset.get(told), happening, dated, context.published)
                and (again or (_content_words(getattr(known, "title", "")) & said) - _GENERIC_WORDS)
            ]
            told_of = repeated if len(repeated) == 1 else []
        for told in told_of:
            citation = context.citation(start, end)
            if told in again_known:
                index = again_known[told]
                if citation not in (*proposals[index].record.citations, *later.get(index, ())):
                    later.setdefault(index, []).append(citation)
                continue
            again_known[told] = len(proposals)
            known = context.dataset.get(told)
            proposals.append(
                ProposedRecord(
                    "events",
                    schema.evolve(known, citations=(citation,)),
                    "event-known",
                    proposal_key("event-known", told),
                    text[start:end],
                    f"this sentence tells of the known event {told}: accepted, its citation is added to "
                    "that record (edit nothing else: a changed copy is a duplicate id); if it tells of "
                    "another happening, reject this",
                )
            )
        if told_of or happening.marked:
            continue  # the happening is the known events', told again (what is marked: only a known one)
        told_by = _attribution(text, start, end)
        # ("According to the Foreign Ministry, the meeting will be held ...": who tells, first)
        opening = _OPENING_ATTRIBUTION_RE.match(text, start, end)
        told_from = opening.end() if opening is not None else start
        here = [m for m in _mentions_in(mentions, start, end) if told_from <= m[0] < told_by]
        # the bodies named in a participant's title take part, but the title names the people
        bodies = {
            id for _a, b, id in here if is_modifier(text, b) and _title_body(context, found, here, b, id)
        }
        # ("Borrell spoke highly of Zhaparov's visit": Zhaparov visited; Borrell speaks of it)
        visitor = _visitor(text, here, happening)
        actors = visitor or sorted({id for _a, b, id in here if not is_modifier(text, b)} | bodies)
        countries = sorted(
            {m.id for m in context.within(context.entities, start, end) if m.kind == "country"}
        )
        linked = sorted(
            {m.id for m in context.within(context.entities, start, end) if m.kind == "agreement"}
            | {id for (a, b), id in agreements.items() if start <= a and b <= end}
        )
        status = happening.status
        if date is not None and status is EventStatus.HELD:
            status = _status(date.value, context.published, False)
        same = (happening.kind, str(date.value) if date else None, tuple(linked))
        twin = next(
            (
                i
                for party in (*linked, *actors)
                # (the EU, named everywhere, makes no two events one: Burian's visit is not Mogherini's)
                if party != "european-union"
                and (i := by_party.get((happening.kind, party))) is not None
                and (date is None or getattr(proposals[i].record, "date", None) is None)
                # (a signing hoped for is not the initialling done; a visit told in either tense is one)
                and (
                    happening.kind is not EventKind.DECISION
                    or getattr(proposals[i].record, "status", None) is status
                )
            ),
            None,
        )
        again = re.match(
            r"(?:(?:during|in\s+the\s+course\s+of|at|in)\s+)?(?:the|this)\s+(?:[\w-]+\s+)?"
            r"(?P<noun>meeting|summit|forum|conference|visit|talks|negotiations)\b",
            text[start : happening.verb[1]].strip(),
            re.I,
        )
        if twin is None and again is not None:
            # "The meeting was hosted by ...", "In the course of the talks, ...": the event the
            # text spoke of last, of the kind the noun names, told more about (talks are a meeting's)
            noun = again["noun"].lower()
            talks = noun in ("talks", "negotiations", "meeting") and happening.kind in _TALKS
            kinds = _TALKS if talks else {happening.kind}
            twin = next(
                (
                    i
                    for i in range(len(proposals) - 1, -1, -1)
                    if getattr(proposals[i].record, "kind", None) in kinds
                    and proposals[i].origin != "event-known"  # a known record stays as it is
                ),
                None,
            )
        if (date is not None and same in seen) or twin is not None:
            at = seen[same] if date is not None and same in seen else twin
            assert at is not None
            first = proposals[at]
            assert isinstance(first.record, Event)
            later.setdefault(at, []).append(context.citation(start, end))
            merged = schema.evolve(
                first.record,
                participants=tuple(sorted({*first.record.participants, *actors})),
                countries=tuple(sorted({*first.record.countries, *countries})),
                agreements=tuple(sorted({*first.record.agreements, *linked})),
            )
            proposals[at] = attrs.evolve(first, record=merged)
            continue
        if (
            happening.by_noun
            and date is None
            and place is None
            and not linked
            and not [a for a in actors if a != "european-union"]
        ):
            continue  # "the meeting reflected on ...", "support for reforms": no event to review
        verb = _PAST_FORM.get(happening.word, happening.word)
        # ("a planned initiative", "my mandate will end": a noun takes no "to")
        if status is EventStatus.PLANNED and not (
            happening.by_noun
            and re.fullmatch(r"[a-z]+", happening.word)
            and not happening.word.endswith("ed")
        ):
            verb = "to " + next(
                (k for k, v in _PAST_FORM.items() if v == verb and " " not in k and not k.endswith("s")),
                happening.word,
            )
        subject_at = (start, happening.verb[0])
        named = [a for a in actors if a not in bodies] or actors
        composed = _composed(context, found, happening, status, here, named, countries, place, visitor)
        if composed is None:
            composed = _agreement_step(context, happening.word, status, linked, happening.verb[1], place)
        if composed is not None:
            title, clause, noun_phrase = composed
        else:
            title = _event_title(
                context,
                found,
                happening.word,
                verb,
                subject_at,
                end,
                named,
                countries,
                linked,
                happening.kind,
            )
            title = tidy_title(title + (f" in {place.place}" if place and place.place not in title else ""))
            title = _untangled(
                title, _names(found, [a for a in named if a != "european-union"], context.dataset)
            )
            clause, noun_phrase = title, None
        key = proposal_key("event", happening.kind.value, start, text[happening.verb[0] : happening.verb[1]])
        record = Event(
            id=f"{context.source}-event-{key[:8]}",
            title=clip(title, 120),
            kind=happening.kind,
            status=status,
            date=date.value if date else None,
            date_basis=date.basis if date else None,
            date_note=date.note if date else None,
            location=place,
            participants=tuple(a for a in actors),
            countries=tuple(countries),
            agreements=tuple(linked),
            summary=clip(
                event_summary(title, str(date.value) if date else None, status, clause, noun_phrase), 300
            ),
            citations=(context.citation(start, end),),
            note=(
                f"Proposed from {happening.word!r}"
                + (f" and the date {date.text!r}" if date else "; the text gives no date")
                + ". Check the title, the participants and the kind."
                + (
                    f" The dataset has {', '.join(known_events)}, named here: if it is the same happening, "
                    "reject this and cite the sentence there."
                    if known_events
                    else ""
                )
            ),
        )
        if date is not None:
            seen[same] = len(proposals)
        for party in (*linked, *actors):
            by_party.setdefault((happening.kind, party), len(proposals))
        origin = "event-near-known" if known_events else "event-happening"
        doubt = (
            f"the dataset may have this event already: {', '.join(known_events)}" if known_events else None
        )
        proposals.append(ProposedRecord("events", record, origin, key, text[start:end], doubt))
    _cite_again(proposals, later)
    return proposals


# "... are members of the", "..., a member of the": the body named next has the countries
# named before as members.
_MEMBER_OF_RE: Final = re.compile(
    r"(?:\b(?:is|are|was|were|became|become|remains?|remained)\s+(?:also\s+|both\s+|all\s+)?(?:a\s+|full\s+)?"
    r"members?\s+of|,\s+(?:as\s+)?(?:a|both|all)\s+members?\s+of|\bjoined)\s+(?:the\s+)?$"
)


def _relation_records(context: _Context, spans: Sequence[tuple[int, int]]) -> list[ProposedRecord]:
    """Memberships a sentence states: "Both Kazakhstan and Kyrgyzstan ... are members of the
    Eurasian Economic Union" makes each country named before it a member of the known body.

    A membership the dataset has already is its record with the sentence's citation
    (origin ``relation-known``: accepted, the citation is added to it); another is a new
    `Relation` (``relation-member-of``).
    """
    text = context.text
    known = {
        (r.subject, r.kind, r.object): r
        for r in context.dataset.relations
        if r.kind is RelationKind.MEMBER_OF
    }
    proposals: list[ProposedRecord] = []
    seen: dict[str, int] = {}  # a proposal's key -> its place
    for start, end in spans:
        found = context.within(context.entities, start, end)
        for body in found:
            if body.kind != "organization" or body.id == "european-union":
                continue
            verb = _MEMBER_OF_RE.search(text, max(start, body.start - 60), body.start)
            if verb is None:
                continue
            members = sorted(
                {m.id for m in found if m.kind == "country" and m.id != "EU" and m.end <= verb.start()}
            )
            for member in members:
                citation = context.citation(start, end)
                same = known.get((member, RelationKind.MEMBER_OF, body.id))
                key = proposal_key("relation", member, RelationKind.MEMBER_OF.value, body.id)
                if key in seen:
                    at = seen[key]
                    if citation not in proposals[at].record.citations:
                        record = schema.evolve(
                            proposals[at].record, citations=(*proposals[at].record.citations, citation)
                        )
                        proposals[at] = attrs.evolve(proposals[at], record=record)
                    continue
                seen[key] = len(proposals)
                if same is not None:
                    proposals.append(
                        ProposedRecord(
                            "relations",
                            schema.evolve(same, citations=(citation,)),
                            "relation-known",
                            key,
                            text[start:end],
                            f"the dataset has this membership, {same.id}: accepted, the citation is added "
                            "(edit nothing else: a changed copy is a duplicate id)",
                        )
                    )
                    continue
                name = COUNTRY_NAMES.get(member, member)
                proposals.append(
                    ProposedRecord(
                        "relations",
                        Relation(
                            id=f"{context.source}-relation-{key[:8]}",
                            subject=member,
                            kind=RelationKind.MEMBER_OF,
                            object=body.id,
                            citations=(citation,),
                            note=(
                                f"Proposed from {verb.group().strip()!r}: {name}, a member of the "
                                f"{body.name}. Check both ends."
                            ),
                        ),
                        "relation-member-of",
                        key,
                        text[start:end],
                    )
                )
    return proposals


# Words that cannot be the subject of a title: who they stand for is elsewhere.
_PRONOUN_RE: Final = re.compile(
    r"^(?:I|we|he|she|they|it|you|one|this|that|these|those|so|and|but|then)$", re.IGNORECASE
)
_NOT_A_SUBJECT_RE: Final = re.compile(
    r"^(?:(?i:at|in|on|during|after|before|following|for|with|by|from|to|of|speaking|so|this|that|"
    r"remarks|five|four|three|two|six|seven|eight|nine|ten)\b|(?!the\b)[a-z])"
)
_TRAILING_ADVERBS_RE: Final = re.compile(
    r"(?:\s+(?:yesterday|today|tonight|recently|already|earlier|also|here|there|now|jointly|"
    r"will|would|is|are|was|were|has|have|had|to|be|set|expected|not|[a-z]+ly))+$",
    re.IGNORECASE,
)
# Nouns in -ing (and -ed) that are no participle: "a bilateral meeting", "the opening"
_ING_NOUNS: Final = (
    r"meeting|briefing|hearing|signing|opening|building|training|funding|financing|gathering|sitting|"
    r"setting|morning|evening|initialling|launching|ceremony|hundred"
)
_PARTICIPLE_TAIL_RE: Final = re.compile(
    rf"^(.*?\w)\s+(?!(?:{_ING_NOUNS})\b)(?:[a-z]+ed|[a-z]+ing|worth)\b.*$"
)
_TAKING_PART_RE: Final = re.compile(r"took\s+part|take\s+part|takes\s+part|participated|participates?")
# A name a happening's noun is of, or which one takes part in: "(of) the Samarkand Digital Forum"
_NAMED_EVENT: Final = (
    r"(?P<named>(?:the\s+)?[A-Z0-9][\w\u2019'-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*"
    rf"(?!(?:{'|'.join(MONTH_NAMES)}|[A-Z][a-z]+day)\b)[A-Z0-9][\w\u2019'-]*)*"
    # ("the EU-Central Asia foreign ministers' meeting": its noun, past a few words of its own)
    r"(?:(?:\s+[a-z]+[\u2019']?){0,3}?\s+(?:forum|summit|event|conference|meeting|session|ceremony|exhibition|"
    r"festival))?)"
)
_IN_NAMED_RE: Final = re.compile(rf"\s+in\s+{_NAMED_EVENT}")
_OF_NAMED_RE: Final = re.compile(rf"\s*of\s+{_NAMED_EVENT}")
_MEETING_WORDS: Final = frozenset(
    {"met", "meet", "meets", "meeting with", "received", "welcomed", "held talks"}
)
_EVENT_NOUNS: Final = frozenset(
    {"conference", "congress", "meeting", "talks", "negotiations", "negotiation", "reforms", "reform",
     "summit", "forum", "session", "visit"}
)  # fmt: skip


# Words that open a sentence but not a title: a relative date ("Today", "Early this month"
# — the date field carries it), a dateline, a connective, an article.
_TITLE_LEAD = re.compile(
    r"^(?:(?:today|yesterday|tomorrow|early|late|this|last|next|week|month|year|and|about|between|"
    r"within|kazinform|the|our)\b\W*|[\"\u201c\u201d'\u00ab\u00bb\u2014\u2013:-]\s*)+",
    re.I,
)


def tidy_title(title: str) -> str:
    """A composed event title made to read as a title: no opening date word, quote or connective,
    no word twice in a row, a capital first letter.

    >>> tidy_title('Today the First President met with Jose Manuel Barroso')
    'First President met with Jose Manuel Barroso'
    >>> tidy_title('Visit to visit')
    'Visit'
    """
    # a title of lead words only ("Today") keeps them, but never its opening quote or dash
    rest = _TITLE_LEAD.sub("", title).strip() or title.strip(" \"\u201c\u201d'\u00ab\u00bb\u2014\u2013:-")
    rest = re.sub(r"\b(\w+)(?:\s+(?:to\s+)?\1\b)+", r"\1", rest, flags=re.I)
    return rest[:1].upper() + rest[1:]


def event_summary(
    title: str, date: str | None, status: EventStatus, clause: str | None = None, noun: str | None = None
) -> str:
    """One neutral sentence composed from the parts, attributed to the source.

    `clause` tells what happened in the past tense ("Josep Borrell met Ruslan Kazakbaev"; the
    title when not given), `noun` names the happening ("A visit by X to Y") for one planned.

    >>> event_summary("Josep Borrell meets Ruslan Kazakbaev", "2019-07-17", EventStatus.HELD,
    ...               "Josep Borrell met Ruslan Kazakbaev")
    'On 2019-07-17, Josep Borrell met Ruslan Kazakbaev, the source reports.'
    >>> event_summary("X visits Brussels", "2024", EventStatus.HELD, "X visited Brussels")
    'In 2024, X visited Brussels, the source reports.'
    >>> event_summary("X to visit Samarkand", "2025-04", EventStatus.PLANNED,
    ...               noun="A visit by X to Samarkand")
    'A visit by X to Samarkand is planned for 2025-04, the source reports.'
    """
    clause = clause or title
    if noun is None and _NOUN_TITLE_RE.search(clause):
        noun = clause  # "Summit in Samarkand": it names the happening
    if status is EventStatus.PLANNED:
        if noun is not None:
            return f"{noun} is planned{f' for {date}' if date else ''}, the source reports."
        return f"{clause}, planned{f' for {date}' if date else ''}, the source reports."
    if _NOUN_TITLE_RE.search(clause):
        # a title that names the event and no verb: "Press conference with X" -> "a press conference with
        # X took place" (a name keeps its capital: "Samarkand EU-Central Asia conference")
        first = clause.split(" ")[0].lower()
        if first in _COMMON_LEADS:
            article = "" if first in ("talks", "negotiations") else "an " if first[:1] in "aeiou" else "a "
            clause = article + clause[:1].lower() + clause[1:]
        # (an announcement or a decision is made, not held)
        clause += " was made" if first in ("announcement", "decision") else " took place"
    if not date:
        return f"{_cap(clause)}, the source reports."
    # a day is "on" it; a month, a year or a range is "in" it ("In 2024, ...", not "On 2024")
    preposition = "On" if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else "In"
    return f"{preposition} {date}, {clause}, the source reports."


_COMMON_LEADS: Final = frozenset(
    {"meeting", "visit", "talks", "negotiations", "press", "joint", "bilateral", "international",
     "conference", "summit", "forum", "session", "inaugural", "ministerial", "positive", "trip", "round",
     "announcement", "decision", "ceremony", "signing", "official", "working", "state", "first", "second",
     "third", "upcoming"}
)  # fmt: skip
# A title naming an event with no verb of happening: "Press conference with X", "Ministerial meeting".
_NOUN_TITLE_RE: Final = re.compile(
    r"^(?i:(?!\b(?:met|meets?|visit(?:s|ed)|signed|held|took|launched|initiall?ed|adopted|approved|opened|"
    r"hosted|received|attended|announced|concluded|arrived|travell?ed|decided|established|embarked|gathered|"
    r"participated|participates?|attends?|takes?|took|to(?=\s+(?!the\b)(?-i:[a-z])))\b).)*$"
)


# The verb a composed title gives each verb of meeting or visiting: (headline, past, planned noun).
_COMPOSED_VERBS: Final = {
    **dict.fromkeys(
        ("met", "meet", "meets", "meeting with", "held talks", "hold talks"), ("meets", "met", "A meeting of")
    ),
    **dict.fromkeys(("received", "welcomed"), ("receives", "received", "A meeting of")),
    **dict.fromkeys(("visited", "visit", "visits", "visiting"), ("visits", "visited", "A visit by")),
    **dict.fromkeys(
        ("travelled to", "traveled to", "travels to", "travel to"), ("visits", "visited", "A visit by")
    ),
    **dict.fromkeys(("arrived in",), ("arrives in", "arrived in", "A visit by")),
}  # fmt: skip


# A step of an agreement as a title says: its participle, and the noun a planned one's summary uses.
_AGREEMENT_STEPS: Final = (
    (re.compile(r"(?i)sign(?:ed|s|ing|ature)?"), "signed", "The signing of"),
    (re.compile(r"(?i)initiall?(?:ed|ing)"), "initialled", "The initialling of"),
    (re.compile(r"(?i)ratif(?:ied|y|ication)"), "ratified", "The ratification of"),
)


def _agreement_step(
    context: _Context,
    word: str,
    status: EventStatus,
    linked: Sequence[str],
    verb_end: int,
    place: Location | None,
) -> tuple[str, str, str] | None:
    """An agreement's signing, initialling, ratification or negotiations launched, titled by the
    agreement (a draft by its drafted name and its parties), never the sentence.

    Returns ("{Agreement} signed [in {place}]", "the {Agreement} was signed ...", "The signing of the
    {Agreement}") when the sentence links exactly one agreement; None otherwise: the other rules title it.
    """
    step = next(((done, noun) for pattern, done, noun in _AGREEMENT_STEPS if pattern.fullmatch(word)), None)
    if re.fullmatch(r"(?i)launch(?:ed|es)?|open(?:ed|s)?|start(?:ed|s)?|beg[au]n", word) and re.match(
        r"\s+(?:the\s+|of\s+)?(?i:negotiations|talks)\b", context.text[verb_end : verb_end + 24]
    ):
        step = ("launched", "The launch of negotiations on")  # "launched negotiations on a new ..."
        talks = True
    else:
        talks = False
    if step is None or len(linked) != 1:
        return None
    done, noun = step
    known = context.dataset.agreements.get(linked[0]) if linked[0] in context.dataset.agreements.ids else None
    # (a draft is titled by the name drafted for it, never the sentence's words)
    name = known.name if known is not None else context.drafted.get(linked[0])
    if not name:
        return None
    name = re.sub(r"^(?i:the|an?)\s+", "", name)
    # (a description, all in lower case after its first word, reads in lower case within a title)
    described = (
        known is None
        and len(name.split()) > 1
        and all(w[:1].islower() or not w[:1].isalpha() for w in name.split()[1:])
    )
    name = name[:1].upper() + name[1:]
    # an agreement named with its parties, which the record holds: a known one "EU-Kazakhstan
    # ...", a draft "... with Tajikistan" (the EU, named everywhere, left for the record to say)
    parties = known.parties if known is not None else context.drafted_parties.get(linked[0], ())
    sides = [c if c == "EU" else COUNTRY_NAMES.get(c, c) for c in parties]
    if known is not None and len(sides) >= 2 and not any(side in name for side in sides):
        name = f"{'-'.join(sides)} {name}"
    others = [side for side in sides if side != "EU"]
    if known is None and others and not any(side in name for side in others) and len(name.split()) <= 6:
        name = f"{name} with {' and '.join(others)}"
    where = f" in {place.place}" if place is not None and place.place else ""
    lower = name[:1].lower() + name[1:] if described else name  # within a sentence
    if talks:
        if status is EventStatus.PLANNED:
            return (
                f"Negotiations on {lower} to be launched{where}",
                f"negotiations on the {lower} are to be launched{where}",
                f"{noun} the {lower}{where}",
            )
        return (
            f"Negotiations on {lower} launched{where}",
            f"negotiations on the {lower} were launched{where}",
            f"{noun} the {lower}{where}",
        )
    if status is EventStatus.PLANNED:
        planned = f"{name} to be {done}{where}"
        return planned, f"the {lower} is to be {done}{where}", f"{noun} the {lower}{where}"
    return f"{name} {done}{where}", f"the {lower} was {done}{where}", f"{noun} the {lower}{where}"


def _visitor(text: str, here: Sequence[tuple[int, int, str]], happening: Happening) -> list[str]:
    """Whose visit a possessive names ("praised Zhaparov's fruitful visit to Brussels"), else none.

    The visitor is the one before the ``'s``, not the sentence's subject, who only speaks of it.
    """
    if happening.word not in ("visit", "visits"):
        return []
    verb_start = happening.verb[0]
    return [
        id
        for _a, b, id in here
        if re.fullmatch(r"[\u2019']s\s+(?:[\w-]+\s+){0,2}", text[b:verb_start]) is not None
    ][-1:]


def _composed(
    context: _Context,
    found: Speech,
    happening: Happening,
    status: EventStatus,
    here: Sequence[tuple[int, int, str]],
    named: Sequence[str],
    countries: Sequence[str],
    place: Location | None,
    visitor: Sequence[str] = (),
) -> tuple[str, str, str] | None:
    """A meeting's or a visit's title composed from who, with whom and where, never the sentence.

    Returns the title ("{A} meets {B} in {place}", "{A} to visit {place}"), the clause a
    summary tells in the past tense ("{A} met {B} in {place}"), and the happening as a noun
    ("A meeting of {A} and {B}") for a planned one's summary; None when the verb is neither
    or the sentence does not say who: the other rules title it. `visitor` is the one whose
    visit the noun names (`_visitor`): the subject, whoever the sentence's subject is.
    """
    verbs = _COMPOSED_VERBS.get(happening.word)
    if verbs is None or happening.by_noun:
        return None
    headline, past, noun = verbs
    verb_start, verb_end = happening.verb
    sentence_start = happening.sentence[0]
    ids = [id for id in named if id != "european-union"] or list(named)
    subject = list(visitor) or [id for a, b, id in here if b <= verb_start and id in ids]
    partners = [id for a, b, id in here if a >= verb_end and id in ids and id not in subject]
    if _PASSIVE_RE.search(context.text, max(sentence_start, verb_start - 24), verb_start):
        # "X was received by Y": Y receives X; with no one after "by", the sentence says not who did it
        if not re.match(r"\s+by\b", context.text[verb_end : verb_end + 8]) or not partners:
            return None
        subject, partners = partners, [id for id in subject if id not in partners]
    subject = _people_first(found, sorted(set(subject), key=subject.index))
    partners = _people_first(found, sorted(set(partners), key=partners.index))
    before = sorted(
        {m.id for m in context.within(context.entities, sentence_start, verb_start) if m.kind == "country"}
    )
    if not subject:
        # "Kazakhstan and the EU met"; a pronoun, a clause or one country's delegation names no one
        if len(before) < 2 or _PRONOUN_RE.match(
            context.text[sentence_start:verb_start].strip().split(" ")[0]
        ):
            return None
        who = " and ".join("the EU" if c == "EU" else COUNTRY_NAMES.get(c, c) for c in before)
    else:
        who = _names(found, subject, context.dataset)
    where = place.place if place is not None else None
    planned = status is EventStatus.PLANNED
    if noun == "A visit by":
        after = [
            c
            for c in countries
            if c not in before and c != "EU" and not (place is not None and place.country == c)
        ]
        # where to: the place named after the verb ("visited Bishkek together with ..."), else the
        # place or the countries the sentence names
        # (a noun's "to": "will pay an official visit to Brussels")
        named_place = re.match(
            r"\s+(?:to\s+)?(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)",
            context.text[verb_end : verb_end + 60],
        )
        country_names = {COUNTRY_NAMES.get(c, c) for c in countries}
        if named_place is not None and (named_place[1] in _PLACES or named_place[1] in country_names):
            where = named_place[1]
        dest = where or _listed([COUNTRY_NAMES.get(c, c) for c in after])
        if not dest:
            return None  # "Patricia Flor visited": where to, the other rules may find
        title = f"{who} {'to visit' if planned else _plural(who, headline)} {dest}"
        if headline.endswith(" in"):
            title = f"{who} {'to arrive in' if planned else _plural(who, headline)} {dest}"
        clause = f"{who} {past} {dest}"
        return _cap(title), _cap(clause), f"{noun} {who} to {dest}"
    with_whom = _names(found, partners, context.dataset) if partners else ""
    at = f" in {where}" if where else ""
    if not with_whom:
        if len(subject) < 2 and " and " not in who:
            # one party and no other: "Meeting with X" (whom X met, the sentence does not name)
            title = f"Meeting with {who}{at}"
            return _cap(title), _cap(title), f"A meeting with {who}{at}"
        verb_now = "to meet" if planned else "meet"
        return _cap(f"{who} {verb_now}{at}"), _cap(f"{who} met{at}"), f"A meeting of {who}{at}"
    verb_now = f"to {headline.rstrip('s')}" if planned else _plural(who, headline)
    title = f"{who} {verb_now} {with_whom}{at}"
    return _cap(title), _cap(f"{who} {past} {with_whom}{at}"), f"{noun} {who} and {with_whom}{at}"


_PASSIVE_RE: Final = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$")


def _untangled(title: str, names: str) -> str:
    """A title of the sentence's parts made to say something: the kind's noun is no subject of its own
    verb ("Meeting met" -> "Meeting with X"), and a visit says by whom when it cannot say where
    ("Patricia Flor visited" -> "Visit by Patricia Flor").

    >>> _untangled("Meeting met in Osh", "Anna Berg"), _untangled("Anna Berg visited", "Anna Berg")
    ('Meeting with Anna Berg in Osh', 'Visit by Anna Berg')
    """
    echo = re.fullmatch(r"(Meeting|Visit|Talks)\s+(?:met|visited|held\s+talks)\b(.*)", title)
    if echo is not None:
        return f"{echo[1]}{f' with {names}' if names else ''}{echo[2]}"
    bare = re.fullmatch(r"(.+?)\s+visited", title)
    if bare is not None:
        return f"Visit by {bare[1]}"
    # "Agreement on ... to sign": a paper does not sign, it is signed
    paper = re.fullmatch(
        r"(.*\b(?i:agreement|memorandum|roadmap|declaration|treaty|accord|programme|program)(?:\s+\S+){0,6}?)"
        r"\s+to\s+(sign|initial|ratify)",
        title,
    )
    if paper is not None:
        done = {"sign": "signed", "initial": "initialled", "ratify": "ratified"}[paper[2]]
        return f"{paper[1]} to be {done}"
    return title


def _people_first(found: Speech, ids: list[str]) -> list[str]:
    """The people among `ids` when there are any: "met the Head of the EU Delegation, X" met X."""
    people = [id for id in ids if id in found.actors and found.actors[id].kind == "official"]
    return people or ids


def _plural(who: str, verb: str) -> str:
    """The verb agreeing with its subject: "X meets", "X and Y meet"."""
    if " and " not in who:
        return verb
    first, _, rest = verb.partition(" ")
    return " ".join(w for w in (first[:-1] if first.endswith("s") else first, rest) if w)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _event_title(
    context: _Context,
    found: Speech,
    word: str,
    verb: str,
    subject_at: tuple[int, int],
    end: int,
    actors: Sequence[str],
    countries: Sequence[str],
    linked: Sequence[str],
    kind: EventKind,
) -> str:
    """A neutral title composed from the parts: who, did what, with whom; never the raw sentence.

    The subject is the words before the verb when they name someone ("Kazakhstan President
    Nursultan Nazarbayev"); a pronoun, an introduction or a clause ("Earlier today, I",
    "At a press conference following") gives way to the names of the participants. An
    event named by a noun ("the press conference", "the Ministerial meeting") is titled by
    that noun phrase and who took part.
    """
    text = context.text
    start, verb_start = subject_at
    verb_end = verb_start + len(word)
    raw = text[start:verb_start].strip()
    shown = [a for a in actors if a != "european-union"] or list(actors)  # the EU is named everywhere
    names = _names(found, shown, context.dataset) if shown else ""
    places = _listed([COUNTRY_NAMES.get(c, c) if c != "EU" else "the EU" for c in countries])
    if word.lower().startswith("meeting"):
        word = "meeting"
    noun = word.lower() in _EVENT_NOUNS and (
        word.lower() != "visit"
        or re.search(r"\b(?:her|his|their|its|our|my|the|a|an)\s+(?:[\w-]+\s+){0,2}$", raw + " ", re.I)
    )
    if noun:
        # The noun with the words that qualify it: the run of names and ordinals before it ("18th
        # EU-Central Asia Ministerial meeting"), else a plain word or two ("press conference").
        lead_text = re.split(
            r"[,.;:()\n\u201c\u201d\"\u00ab\u00bb]", text[max(start, verb_start - 80) : verb_start]
        )[-1]
        # (a dash joining two names is part of the name: "European Union \u2014 Central Asia Forum")
        lead_text = re.sub(r"\s*([\u2013\u2014])\s*", r"\1", lead_text)
        before = re.findall(r"[\w\u2019'/\u2013\u2014-]+", lead_text)
        run: list[str] = []
        for w in reversed(before):
            if len(run) < 6 and (w[:1].isupper() or re.fullmatch(r"\d+(?:st|nd|rd|th)", w)):
                run.insert(0, w)
            else:
                break
        if run and run[0] in ("The", "A", "An", "At", "In", "During", "On", "Speaking"):
            run = run[1:]
        # ("Thursday's meeting": the date field carries the day)
        before = [
            w for w in before if not re.fullmatch(r"(?:[A-Z][a-z]+day|Today|Yesterday|Tomorrow)[\u2019']s", w)
        ]
        run = [w for w in run if w in before]
        plain = [
            w
            for w in before[len(before) - 2 :]
            if w not in COUNTRY_NAMES.values()
            and not re.fullmatch(
                r"(?i:the|a|an|this|that|her|his|their|its|our|my|at|in|on|of|during|after|before|following|"
                r"speaking|by|with|for|and|to|an?|excellent|very|important|[\w-]*ly|ongoing|support|start|"
                r"starting|launch|launched|new|further|we|had|have|has|was|were|is|are|today|then|[\w-]+ing|"
                r"[\w-]+ed|said|says|upcoming|forthcoming|next|planned|pay|pays|paid|make|makes|made)",
                w,
            )
        ]
        # (a name's noun keeps its capital: "Economic Forum")
        said = text[verb_start : verb_start + len(word)]
        a_name = bool(run) and run[-1][:1].isupper() and said[:1].isupper()
        # ("the completion of negotiations": the noun the event is of keeps its "of")
        of = re.search(r"\b([a-z]{4,})\s+of\s*$", lead_text) if not run else None
        lead_words = [of[1], "of"] if of is not None and of[1] not in _FUNCTION_WORDS else run or plain[-2:]
        phrase = " ".join([*lead_words, said if a_name else word.lower()])
        title = phrase[:1].upper() + phrase[1:]
        if word.lower() == "visit":
            # "my second official visit to Kazakhstan", "the upcoming visit of X to the Kyrgyz Republic":
            # by whom (a person, never the EU named everywhere) and where to
            dest = re.match(
                r"[^.;]*?\bto\s+(?:the\s+)?((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)", text[verb_end:end]
            )
            people = [a for a in shown if a in found.actors and found.actors[a].kind == "official"]
            if dest is not None:
                # (the visitor is named before where to; whom they met there, after: "an official visit
                # of X to Kyrgyzstan, she met with the President Y" is X's)
                before_dest = {
                    id for a, _b, id in _mentions_of(found) if start <= a < verb_end + dest.start(1)
                }
                people = [a for a in people if a in before_dest] or people
            visitor = f" by {_names(found, people, context.dataset)}" if people else ""
            return f"{title}{visitor}{f' to {dest[1]}' if dest else ''}"
        if shown == ["european-union"] and any(c != "EU" for c in countries):
            names = _listed([COUNTRY_NAMES.get(c, c) for c in countries if c != "EU"])
        # (not a name the phrase holds: "Cooperation Council meeting", not "... with Cooperation Council")
        names = " and ".join(n for n in names.split(" and ") if n not in title) if names else names
        return f"{title} with {names}" if names else title
    named_before = any(
        m.kind == "agreement" and 0 <= verb_start - m.end <= 6
        for m in context.within(context.entities, start, end)
    )
    if linked and named_before:
        return f"{_names_of_agreements(context, found, linked)} {verb}"  # "the EPCA signed in 2015"
    # (with its auxiliary: "have been held" leaves no "have" behind in the title)
    passive = re.search(
        r"\b(?:(?:have|has|had|will|would|shall|may|might|could|should|can)\s+|"
        r"(?:is|are|was|were)\s+(?:due\s+|set\s+|expected\s+|scheduled\s+)?to\s+)?(?:was|were|is|are|been|be)\s+$",
        text[start:verb_start],
    )
    by = re.match(r"\s+by\s+", text[verb_end:end])
    if passive is not None and re.match(r"(?:was|were)\b", passive.group()):
        verb = _PAST_FORM.get(word, word)  # "were launched": done, whatever a relative clause plans
    if passive is not None and verb.startswith("to "):
        verb = f"to be {_PAST_FORM.get(word, word)}"  # "the meeting will be held": to be held
    if passive is not None:
        # "Negotiations ... were launched by Mr Luc Devigne ...", "Then talks were held ...": the
        # thing is the subject; who did it, the names after "by" (or those the sentence names)
        thing = re.sub(r"^.*,\s*", "", text[start : start + passive.start()].strip())
        thing = re.sub(r"^(?i:then|meanwhile|later|also|finally|today)\s+", "", thing)
        # ("The Presidents expressed the hope that this key document be signed": the document)
        hoped = re.search(
            r"\b(?:hope|hopes|hoped|expect\w*|agreed|said|noted|stressed|believe\w*|announced)\s+"
            r"(?:(?:the\s+)?(?:hope|expectation|confidence)\s+)?that\s+(?P<rest>.+)$",
            thing,
        )
        thing = hoped["rest"] if hoped is not None else re.split(r"\s+(?:that|which|who)\b", thing)[0]
        after_ids = [
            id
            for a, b, id in _mentions_of(found)
            if verb_end <= a and b <= end and id != "european-union" and found.actors[id].kind == "official"
        ]
        if by is not None and after_ids and _PRONOUN_RE.match(thing):
            # "This was announced by ... Josep Borrell"
            return f"{_names(found, sorted(set(after_ids), key=after_ids.index), context.dataset)} {verb}"
        if (
            thing
            and not _PRONOUN_RE.match(thing)
            and not re.fullmatch(r"(?i:which|who)", thing)
            and len(thing.split()) <= 8
        ):
            thing = thing[:1].upper() + thing[1:]
            if by is not None and after_ids:
                doers = _names(found, sorted(set(after_ids), key=after_ids.index), context.dataset)
                return f"{doers} {verb} {thing[:1].lower()}{thing[1:]}"
            besides = " and ".join(n for n in names.split(" and ") if n not in thing) if names else ""
            return f"{thing} {verb}" + (f" with {besides}" if besides else "")
    # past an auxiliary ("..., will participate") and an introduction ("On July 6 in Bishkek, ...")
    # ("X will pay an official visit": the light verb before the noun is no part of who)
    raw = re.sub(
        r"\s+(?:pay|pays|paid|make|makes|made)(?:\s+(?:an?|their|his|her|its))?(?:\s+[\w-]+)?\s*$", "", raw
    )
    subject = re.sub(r"^.*,\s*", "", _TRAILING_ADVERBS_RE.sub("", raw).rstrip(" ,"))
    subject = re.sub(r"^.*\s[-\u2013\u2014]+\s+", "", subject)  # past a dateline ("June 3 (Wire) - ")
    subject = _TRAILING_ADVERBS_RE.sub("", subject)
    subject = re.sub(r"^.*\s+(?:and|but)\s+(?=(?i:I|we|he|she|they)$)", "", subject)  # "... and we" -> "we"
    relative = re.search(
        r"(?:the\s+)?((?:[\w\u2019'-]+\s+){0,5}[\w\u2019'-]+),\s+(?:which|that)(?:\s+\w+){0,3}\s*$", raw
    )
    who = ""
    first_clause = raw.split(",")[0].strip()
    if (
        (
            not subject
            or _NOT_A_SUBJECT_RE.match(subject)
            or re.search(r"\b(?:which|that|who|whose)\b", subject)
        )
        and re.match(r"(?:The|A|An)\s", first_clause)
        and len(first_clause.split()) <= 12
        and re.search(
            r"\b(?:meeting|summit|forum|conference|session|talks|visit|round)\b", first_clause, re.I
        )
    ):
        # "The seventh meeting of the Cooperation Council, chaired by ..., took place": the
        # sentence's first noun phrase, when it names an event
        subject = first_clause
    if (
        subject
        and len(subject.split()) <= 10
        and not _PRONOUN_RE.match(subject)
        and not _NOT_A_SUBJECT_RE.match(subject)
        and not re.search(r"\b(?:which|that|who)\b", subject, re.I)
    ):
        who = subject
    obj = re.match(
        r"\s+((?:(?!in\b|on\b|at\b|with\b|during\b|after\b|for\b|to\b|and\b|of\b|here\b|today\b)"
        r"[\w\u2019'+-]+\s*){1,6})",
        text[verb_end:end],
    )
    what = obj.group(1).strip() if obj and not word.startswith("me") else ""
    if re.match(r"(?i:that|whether|how|if)\b", what):
        what, obj = "", None  # "announced that ...": a clause, no object
    # "several agreements related (to ...)", "a MOU totalling (EUR ...)": the object ends before a
    # participle that begins what is said of it
    what = _PARTICIPLE_TAIL_RE.sub(r"\1", what) if " " in what else what
    took_part = _IN_NAMED_RE.match(text, verb_end, end) if _TAKING_PART_RE.fullmatch(word) else None
    if took_part is not None:
        # "took part in the Astana International Forum": where one took part is what one did
        what, obj = f"in {took_part['named']}", None
    elif obj is not None and what:
        # "held the 5th meeting of the Joint Committee", "attended the opening of the Samarkand
        # Digital Forum": the name the noun is of belongs to it
        of = _OF_NAMED_RE.match(text, verb_end + obj.end(1), end)
        if of is not None:
            what += f" of {of['named']}"
    if obj is not None and what:
        # "a controversial “foreign representatives” bill": the quoted name and its noun
        named = re.match(
            r"[\u201c\"\u00ab][^\u201d\"\u00bb]{1,40}[\u201d\"\u00bb]\s+[\w-]+", text[verb_end + obj.end() :]
        )
        if named is not None:
            what += " " + named.group()
    agreement = re.match(
        r"\s+((?:(?:an?|the|new|its|their|our)\s+)*(?:(?:[A-Z][\w\u2019'-]*|new|enhanced|draft|comprehensive|"
        r"bilateral)\s+(?:(?:and|of|on|for)\s+)?)*(?i:agreement|memorandum|declaration|roadmap|treaty|accord|"
        r"package|charter)\b)",
        text[verb_end:end],
    )
    if agreement is not None:
        what = re.sub(r"^(?:an?|the)\s+", "", agreement.group(1))
    elif re.fullmatch(r"(?i:one|it|them|this|that)", what):
        what = _names_of_agreements(context, found, linked) if linked else "agreement"
    if linked and not who and kind in (EventKind.DECISION, EventKind.INITIATIVE) and not what:
        return f"{_names_of_agreements(context, found, linked)} {verb}"  # "Global Gateway launched"
    if not who and relative is not None and not what:
        # "the first formal EU-Central Asia summit, which will be held": the thing the clause is about
        thing = relative.group(1)
        # (a strategy "which will be adopted" is adopted, not held)
        done = "held" if _HOLDING_RE.fullmatch(word) else _PAST_FORM.get(word, word)
        held = f"to be {done}" if verb.startswith("to ") else done
        return f"{thing[:1].upper()}{thing[1:]} {held}"
    with_whom = ""
    if who:
        mentioned = {id for a, b, id in _mentions_of(found) if start <= a and b <= verb_start}
        # (not those the object names already: "received Neven Mimica", not "... with Neven Mimica")
        others = [a for a in actors if a not in mentioned and _names(found, [a], context.dataset) not in what]
        people = [a for a in others if a in found.actors and found.actors[a].kind == "official"]
        if people:
            others = people  # "met with the Head of the Delegation ..., Ambassador X": X
        elif len(others) > 1:
            others = [a for a in others if a != "european-union"]
        if others and (word in _MEETING_WORDS or word.startswith("me")):
            with_whom = f" with {_names(found, others, context.dataset)}"
    elif (
        (subject and _PRONOUN_RE.match(subject))
        or not (names or places)
        or (
            subject
            and _NOT_A_SUBJECT_RE.match(subject)
            and ((kind in (EventKind.DECISION, EventKind.INITIATIVE) and bool(what)) or not names)
        )
    ):
        # The words before the verb name no one ("Earlier today, I launched negotiations with
        # ... Uzbekistan"): the happening itself, and the countries the rest of it names.
        after = sorted(
            {
                m.id
                for m in context.within(context.entities, verb_end, end)
                if m.kind == "country" and m.id != "EU"
            }
        )
        thing = re.sub(r"\s+(?i:together|twice|again|also|already|over|the|past)\b.*$", "", what) or (
            "Visit" if kind is EventKind.VISIT else kind.value.capitalize()
        )
        if kind is EventKind.VISIT and not re.match(r"(?:the\s+)?[A-Z]", what):
            thing, what = "Visit", ""  # "This visit strongly indicates ...": no place the visit is to
        if kind is EventKind.VISIT and what:
            thing = f"Visit to {thing}"
            verb = ""
        thing = re.sub(r"^(?i:an?|the)\s+", "", thing)
        title = f"{thing[:1].upper()}{thing[1:]}{f' {verb}' if verb else ''}"
        where = "in" if kind is EventKind.ESTABLISHMENT else "with"
        return title + (f" {where} {_listed([COUNTRY_NAMES.get(c, c) for c in after])}" if after else "")
    elif (
        names
        and _HOLDING_WORD_RE.fullmatch(word)
        and (subject_noun := _HELD_NOUN_RE.search(subject)) is not None
    ):
        # "a meeting took place in Brussels between X and Y": the event the subject names, and who
        # took part ("X and Y meet", "Signing ceremony with X and Y"), never "X and Y took place"
        held_noun = subject_noun["noun"].lower()
        # (in the order the sentence names them)
        first_at = {id: a for a, _b, id in sorted(_mentions_of(found), reverse=True) if start <= a < end}
        names = _names(found, sorted(shown, key=lambda id: first_at.get(id, end)), context.dataset)
        if held_noun in ("meeting", "talks", "negotiations") and " and " in names:
            return f"Meeting of {names}"
        return f"{_cap((subject_noun['lead'] or '') + held_noun)} with {names}"
    elif names:
        who = names
    else:
        who = places
    if not what and word in _NOUN_OF_VERB and who:
        # "The EU announced on Tuesday that ...", "X decided to ...": what it is, by whom, and about
        # which country, never a verb left wanting its object ("EU announced")
        about = [
            COUNTRY_NAMES.get(c, c) for c in countries if c != "EU" and COUNTRY_NAMES.get(c, c) not in who
        ]
        # (by the people's names when the subject is their title too: "the EU's Special Representative ... X")
        maker = re.sub(r"^(?i:the|an?)\s+", "", names if names and names in who else who)
        maker = f"the {maker}" if maker in ("EU", "European Union") else maker
        return f"{_NOUN_OF_VERB[word]} by {maker}" + (f" on {' and '.join(about)}" if about else "")
    title = f"{who} {verb}{f' {what}' if what else ''}{with_whom}"
    return title[:1].upper() + title[1:]


_HOLDING_WORD_RE: Final = re.compile(
    r"took\s+place|take\s+place|takes\s+place|held|hold|holds|convened|gathered"
)
_HELD_NOUN_RE: Final = re.compile(
    r"\b(?P<lead>[a-z-]+ing\s+)?(?P<noun>meeting|talks|negotiations|summit|forum|conference|session|ceremony|"
    r"round|visit)\b",
    re.IGNORECASE,
)
_NOUN_OF_VERB: Final = {
    "announced": "Announcement",
    "announces": "Announcement",
    "decided": "Decision",
}


def _mentions_of(found: Speech) -> list[tuple[int, int, str]]:
    return [(a, b, id) for id, actor in found.actors.items() for a, b in actor.mentions]


def _names_of_agreements(context: _Context, found: Speech, ids: Sequence[str]) -> str:
    names = []
    for id in ids:
        known = context.dataset.get(id) if id in context.dataset else None
        names.append(
            str(getattr(known, "short_name", None) or getattr(known, "name", id))
            if known
            else context.drafted.get(id, id)  # an agreement drafted from this text: its name, not its id
        )
    return " and ".join(names)


_AGREEMENT_KINDS: Final = (
    (r"roadmap|road map", AgreementKind.ROADMAP),
    (r"declaration|statement", AgreementKind.JOINT_STATEMENT),
    (r"package", AgreementKind.INVESTMENT_PACKAGE),
    (r"treaty|charter", AgreementKind.TREATY),
    (r"programme|program", AgreementKind.PROGRAMME),
)
_STATUS_OF: Final = {
    MilestoneKind.SIGNED: AgreementStatus.SIGNED,
    MilestoneKind.NEGOTIATIONS: AgreementStatus.NEGOTIATING,
    MilestoneKind.RATIFIED: AgreementStatus.RATIFIED,
    MilestoneKind.IN_FORCE: AgreementStatus.IN_FORCE,
    MilestoneKind.ADOPTED: AgreementStatus.ADOPTED,
    MilestoneKind.LAUNCHED: AgreementStatus.ANNOUNCED,
    MilestoneKind.PROPOSED: AgreementStatus.PROPOSED,
}
_ORDER: Final = list(MilestoneKind)


def _agreement_records(
    context: _Context, spans: Sequence[tuple[int, int]], found: Speech
) -> tuple[list[ProposedRecord], dict[tuple[int, int], str]]:
    """Agreement drafts from their steps; a known agreement is linked, not drafted again.

    Returns the drafts and, for each sentence span that reports a step, the id of the
    agreement (known or drafted) it concerns.
    """
    text = context.text
    quoted = [(q.open, q.close) for q in found.quotations]
    drafts: dict[str, int] = {}  # folded name -> index in proposals
    proposals: list[ProposedRecord] = []
    concerns: dict[tuple[int, int], str] = {}
    last: str | None = None
    last_at = -1  # where the last draft was named
    named_known = [m for m in context.entities if m.kind == "agreement"]  # in order of position
    named_at = [m.start for m in named_known]
    taken = {r.id for r in context.dataset}
    text_parties: list[str] | None = None
    any_country = any(m.kind == "country" for m in context.entities)
    for step in milestones(text, spans, quoted):
        start, end = step.sentence
        context.named.append(step.noun)
        known = [m for m in context.within(context.entities, start, end) if m.kind == "agreement"]
        if known:
            concerns[step.sentence] = known[0].id
            continue
        words = text[step.noun[0] : step.noun[1]]
        acronym = re.search(r"\(([A-Z]{2,8})\)$", words)
        name = re.sub(r"\s*\([A-Z]{2,8}\)$", "", words)
        # "EU, Kyrgyzstan Launch Talks On New Agreement": a headline's verb is not part of the name
        # (only before the agreement's noun: "Roadmap On Raw Materials" keeps what it is on)
        noun_at = _NOUN_AT_RE.search(name)
        head = name[: noun_at.start()] if noun_at else name
        name = (
            re.sub(
                r"^.*\b(?:Launch|Launches|Sign|Signs|Talks|On|Agree|Agrees|Begin|Begins|Start|Starts|Open|Opens|"
                r"Prepare|Prepares|Discuss|Discusses|Hold|Holds|Mull|Mulls|Eye|Eyes)\s+(?=\S|$)",
                "",
                head,
            )
            + name[len(head) :]
        )
        # (and what is said of it before its name: "the previously signed agreement on ...")
        name = re.sub(
            r"^(?:(?:an?|the|new|its|their|our|draft|(?:previously|recently|already|newly|jointly)\s+"
            r"(?:signed|concluded|agreed|adopted|initiall?ed|ratified))\s+)+",
            "",
            name,
            flags=re.IGNORECASE,
        ).strip()
        # a country named as a place ("signed ... at COP27 in Egypt") is no party; the EU named is one
        # ("Kazakhstan and the European Union signed"), and so is a country by its government ("the
        # Kyrgyz government and the EU initialled")
        countries = sorted(
            {
                "EU" if m.id in _EU_BODIES else m.id
                for m in context.within(context.entities, start, end)
                if (m.kind == "country" or m.id in _EU_BODIES)
                and not re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(0, m.start - 8) : m.start])
            }
            | {
                NATIONALITY_CODES[m[1]]
                for m in _GOVERNMENT_RE.finditer(text, start, end)
                if NATIONALITY_CODES.get(m[1], "EU") != "EU"
            }
        )
        # "an agreement on financing the project": a name, though in lower case
        described = re.search(r"\s(?:on|for|to)\s+\S+\s+\S+", name) is not None
        # "a visa facilitation agreement": a name too, though in lower case ("a new agreement" is none)
        described = described or not {
            *re.sub(r"\s+of\s+understanding$", "", name, flags=re.I).split()[:-1]
        } <= (_PLAIN_WORDS)
        if described:
            name = f"{name[:1].upper()}{name[1:]}"
        generic = not name[:1].isupper() or " " not in name
        if generic or re.search(
            r"\b(?:similar|another|other|such|one)\b", text[max(0, step.noun[0] - 12) : step.noun[1]], re.I
        ):
            # "we have already signed one with Kazakhstan back in December 2015": the dataset's
            # agreement with that party and a milestone of that kind at that date, if exactly one
            known_id = _known_by_step(context, step.kind, step.verb[1], start, end)
            if known_id is not None:
                concerns[step.sentence] = known_id
                continue
        if re.search(
            r"\b(?:similar|another|other|such)\b", text[max(0, step.noun[0] - 12) : step.noun[1]], re.I
        ):
            continue  # "a similar agreement with Kazakhstan": another one, which the text does not name
        same_as = next((k for k in drafts if k.endswith(fold(name)) or fold(name).endswith(k)), None)
        if not generic and same_as is not None:
            generic, last = True, same_as  # "the EU-Kyrgyzstan EPCA" after "the EPCA": one agreement
        # "the agreement" after a known agreement was named, and no draft since: the known one
        # ("an agreement was signed ... on grant financing": a new one, whatever was named before)
        new_one = re.match(r"(?:an?|one)\s", words, re.IGNORECASE) is not None
        at = bisect.bisect_left(named_at, step.noun[0]) - 1 if generic and not new_one else -1
        if at >= 0 and named_at[at] > last_at:
            concerns[step.sentence] = named_known[at].id
            continue
        if generic and last is not None and not new_one:
            folded = last  # "the agreement": the one the text is about
        elif generic and not [c for c in countries if c != "EU"]:
            # "the agreement" the text never names, in a sentence naming no party but the EU: the
            # text's own parties (the country it names most, and the EU), none where it names none
            if text_parties is None:  # counted once: a long text may have many such steps
                text_parties = _text_parties(context)
            if not text_parties and not countries and not any_country:
                continue  # a text naming no country: nothing tells which agreement it is
            countries = sorted({*text_parties, *countries})
            name = f"{name[:1].upper()}{name[1:]}" + _parties(countries)
            folded = fold(name)
        else:
            if generic:
                # "the agreement between the EU and Kyrgyzstan on readmission": what it is on, after
                # its parties
                on = _ON_AFTER_PARTIES_RE.match(text, step.noun[1], end)
                name = (
                    f"{name[:1].upper()}{name[1:]}"
                    + (f" on {on['topic']}" if on else "")
                    + _parties(countries)
                )
            folded = fold(name)
        future = looks_forward(text, step.verb[0], step.verb[1]) or _INTENDED_RE.search(
            text, max(start, step.verb[0] - 40), step.verb[0]
        )
        kind = MilestoneKind.PROPOSED if future else step.kind
        # a date in the agreement's name ("Roadmap ... for 2025-2026") is not its step's
        dates_here = [
            d for d in context.within(context.dates, start, end) if not step.noun[0] <= d.start < step.noun[1]
        ]
        date = (
            min(dates_here, key=lambda d: abs(d.start - step.verb[1])) if dates_here and not future else None
        )
        milestone = Milestone(
            kind=kind,
            date=date.value if date else None,
            date_basis=date.basis if date else None,
            date_note=date.note if date else None,
            citations=(context.citation(start, end),),
            note=f"Read from {text[step.verb[0] : step.verb[1]]!r}"
            + (
                " (initialled: the negotiations were concluded)"
                if "initial" in text[step.verb[0] : step.verb[1]].lower()
                else ""
            )
            + ".",
        )
        last, last_at = folded, step.noun[0]
        if folded in drafts:
            at = drafts[folded]
            first = proposals[at]
            assert isinstance(first.record, Agreement)
            if kind in {m.kind for m in first.record.milestones}:
                concerns[step.sentence] = first.record.id
                continue
            steps = sorted((*first.record.milestones, milestone), key=lambda m: _ORDER.index(m.kind))
            record = schema.evolve(
                first.record,
                milestones=tuple(steps),
                status=_STATUS_OF.get(steps[-1].kind, AgreementStatus.ANNOUNCED),
                parties=tuple(sorted({*first.record.parties, *countries})),
            )
            proposals[at] = attrs.evolve(first, record=record)
            concerns[step.sentence] = record.id
            context.drafted_parties[record.id] = record.parties
            continue
        id = base = _slug(name, 8)
        k = 2
        while id in taken:
            id, k = f"{base}-{k}", k + 1
        taken.add(id)
        agreement_kind = next(
            (k for pattern, k in _AGREEMENT_KINDS if re.search(pattern, name, re.IGNORECASE)),
            AgreementKind.AGREEMENT,
        )
        record = Agreement(
            id=id,
            name=name,
            short_name=acronym.group(1) if acronym else None,
            kind=agreement_kind,
            status=_STATUS_OF.get(kind, AgreementStatus.ANNOUNCED),
            parties=tuple(countries),
            milestones=(milestone,),
            summary=f"{name}"
            + (_parties(countries) if _parties(countries) not in name else "")
            + f": {kind.value.replace('-', ' ')}.",
            citations=(context.citation(step.noun[0], step.noun[1]),),
            note="Drafted from its milestone; check the name, the parties and the kind, or merge it with a "
            "record you have.",
        )
        drafts[folded] = len(proposals)
        concerns[step.sentence] = id
        context.drafted[id] = record.short_name or name
        context.drafted_parties[id] = record.parties
        proposals.append(
            ProposedRecord(
                "agreements", record, "agreement-draft", proposal_key("agreement", folded), text[start:end]
            )
        )
    return proposals, concerns


_NOUN_AT_RE: Final = re.compile(
    r"\b(?i:agreement|memorandum|declaration|roadmap|road\s+map|treaty|accord|package|charter|programme|program)\b"
)
# The bodies that sign for the EU: "The European Commission and Kyrgyzstan signed ..."
_EU_BODIES: Final = frozenset({"european-union", "european-commission"})
# "the Kyrgyz government", "the Uzbek side": a country as a party by its nationality's word
_GOVERNMENT_RE: Final = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:government|side|authorities|cabinet|parliament|leadership|republic)\b"
)
_ON_AFTER_PARTIES_RE: Final = re.compile(
    r"\s+between\s+[^,.;]{3,60}?\s+(?:on|for)\s+"
    r"(?P<topic>[a-z][\w-]*(?:\s+(?!(?:in|at|on|to|by|and|was|were|is|are|will|would|has|have|had)\b)"
    r"[a-z][\w-]*){0,3}?)(?=\s+(?:came|comes|entered|enters|was|were|is|are|will|has|have|had|in|at|on)\b|[,.;])"
)
# "the intention to sign", "prepared for signing", "ready to sign": a step to come.
_INTENDED_RE: Final = re.compile(
    r"\b(?:intention|intends?|intended|plans?|planned|ready|aims?|agreed|prepared\s+for|preparing\s+for|"
    r"expected|hopes?)\s+(?:to\s+)?$",
    re.IGNORECASE,
)


# Words before an agreement's noun that tell no agreement from another: "a new agreement".
_PLAIN_WORDS: Final = frozenset(
    {
        "new", "important", "major", "key", "landmark", "historic", "historical", "significant", "final",
        "comprehensive", "bilateral", "draft", "first", "relevant", "respective", "enhanced", "similar",
        "such", "this", "that", "these", "those", "two", "three", "several", "crucial", "ambitious",
    }
)  # fmt: skip


def _text_parties(context: _Context) -> list[str]:
    """The EU (where named) and the country a text names most: none where two tie, or it names none."""
    named = Counter(m.id for m in context.entities if m.kind == "country")
    ranked = [(n, code) for code, n in named.most_common() if code != "EU"]
    if not ranked or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return []
    return sorted({ranked[0][1], *(["EU"] if "EU" in named else [])})


def _parties(countries: Sequence[str]) -> str:
    """ " with Kyrgyzstan", " between the EU and Uzbekistan": the parties a sentence names."""
    names = ["the EU" if c == "EU" else COUNTRY_NAMES.get(c, c) for c in countries]
    if not names:
        return ""
    return f" with {names[0]}" if len(names) == 1 else f" between {_listed(names)}"


def _known_by_step(context: _Context, kind: MilestoneKind, verb_end: int, start: int, end: int) -> str | None:
    """The one known agreement whose parties the words after the verb name and which has a
    milestone of `kind` at the date the sentence gives (a month within its year, or the like)."""
    countries = {m.id for m in context.within(context.entities, verb_end, end) if m.kind == "country"} - {
        "EU"
    }
    stated = [str(d.value) for d in context.within(context.dates, start, end)]
    if not countries or not stated:
        return None
    hits = [
        agreement.id
        for agreement in context.dataset.agreements
        if set(agreement.parties) - {"EU"} == countries
        and any(
            milestone.kind is kind
            and milestone.date is not None
            and any(d.startswith(str(milestone.date)) or str(milestone.date).startswith(d) for d in stated)
            for milestone in agreement.milestones
        )
    ]
    return hits[0] if len(hits) == 1 else None


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


_PAST_OF: Final = {
    "called on": "called on",
    "called for": "called for",
    "called upon": "called upon",
    "emphasizing": "emphasized",
    "emphasising": "emphasised",
    "adding": "added",
    "saying": "said",
    "noting": "noted",
    "stressing": "stressed",
    "stating": "stated",
    "says": "said",
    "say": "said",
    "adds": "added",
    "notes": "noted",
    "stresses": "stressed",
    # one tells someone: a summary without whom reads "said" ("X told reporters" is "X said")
    "tells": "said",
    "told": "said",
    "calling on": "called on",
    "calling for": "called for",
    "calling upon": "called upon",
    "urging": "urged",
    "writes": "wrote",
    "states": "stated",
}


# Verbs of saying whose object is a noun phrase as often as a "that" clause.
_OBJECT_VERBS: Final = frozenset(
    {"emphasized", "emphasised", "stressed", "highlighted", "underlined", "expressed", "characterized",
     "characterised", "described", "noted", "recalled", "welcomed", "called on", "called for", "called upon",
     "urged"}
)  # fmt: skip


# Verbs of saying proper, summarised "X said that ...".
_THAT_VERBS: Final = frozenset(
    {"said", "added", "stated", "explained", "declared", "argued", "warned", "insisted", "wrote", "claimed",
     "asserted", "replied", "responded", "answered", "admitted", "acknowledged", "conceded", "confirmed",
     "assured", "believes", "told", "remarked", "commented", "observed", "affirmed", "reiterated",
     "announced", "reported", "informed", "noted", "stressed", "emphasized", "emphasised", "underlined",
     "highlighted", "pointed out", "mentioned", "recalled", "specified", "clarified", "concluded", "hoped",
     "hopes", "expects", "suggested", "proposed"}
)  # fmt: skip


def _spoken_rest(text: str, spoken: SpokenStatement) -> str:
    """The words right after a reported statement's verb of saying."""
    at = text.find(spoken.verb, spoken.who[1]) if spoken.verb else -1
    return text[at + len(spoken.verb) :].lstrip() if at != -1 else "that"


def _said(verb: str) -> str:
    verb = " ".join(verb.split()).lower()
    if verb in ("", "in a statement", "according to"):
        return "said"
    if verb not in _PAST_OF and re.match(r"(?:[a-z]+ed|took|drew)\s", verb):
        return verb  # "raised the issue", "pressed for", "took note of": the phrase is the verb
    return _PAST_OF.get(verb, verb if verb.endswith(("ed", "said", "told", "wrote")) else "said")


def _first_words(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    end = re.search(r"(?<=[.!?])(?<!\b[A-Z][a-z]\.)(?<!\b[A-Z][a-z]{2}\.)\s", flat)  # (not "on Nov. 23")
    return clip(flat[: end.start()] if end else flat, limit)


def _statement_records(
    context: _Context, spans: Sequence[tuple[int, int]], found: Speech
) -> list[ProposedRecord]:
    text = context.text
    proposals: list[ProposedRecord] = []
    said_before: dict[
        tuple[str, str], int
    ] = {}  # (speaker, summary) -> index: a headline repeated is one statement
    quoted_words = {(q.start, q.end) for q in found.quotations}
    for spoken in found.statements:
        actor = found.actors[spoken.speaker]
        first = spoken.spans[0]
        sentence_start, sentence_end = _sentence_around(spans, first[0], first[0] + 1)
        sentence_end = max(sentence_end, max(b for _a, b in spoken.spans))
        sentence = text[sentence_start:sentence_end]
        words = text[first[0] : first[1]]
        verb = _said(spoken.verb)
        known = (
            context.dataset.get(spoken.speaker) if actor.known and spoken.speaker in context.dataset else None
        )
        name = str(getattr(known, "name", actor.name))  # "European Union", not the "EU" the text wrote
        if spoken.quoted:
            summary = f"{name} {verb}: \u201c{_first_words(words).rstrip(',;:')}\u201d"
        else:
            after = text[spoken.who[1] : first[1]]
            clause = re.sub(
                # ("said on Thursday that the bloc ...": when, then what was said)
                rf"^.*?\b{re.escape(spoken.verb)}\b\s*(?:(?:(?:on|in|at|during|after|before)\s+[^,.;]{{1,40}}?\s+)?that\s+)?,?\s*",
                "",
                after,
                count=1,
                flags=re.S,
            )
            if spoken.verb == "according to":
                clause = after.split(",", 1)[-1]
            where_only = re.fullmatch(
                r"(?:out)?\s*(?:(?:on|at|in|during|after|before|to|while)\b.*)?\W*", clause.strip(), re.S
            )
            who_sentence = _sentence_around(spans, spoken.who[0], spoken.who[0] + 1)[0]
            verb_at = text.find(spoken.verb, first[0]) if spoken.verb else -1
            if (
                where_only
                and first[0] < who_sentence
                and not re.search(r"[,;]", text[who_sentence : spoken.who[0]])
            ):
                # "X said during the conference.": what was said is the sentence before
                clause = text[first[0] : who_sentence]
            elif 0 <= verb_at < spoken.who[0] and re.search(r",\s*$", text[first[0] : verb_at]):
                clause = text[first[0] : verb_at].rstrip(" ,")  # "The EU is ready, said X": before the verb
            elif where_only and re.search(r",\s*(?:\S+\s+){0,12}$", text[who_sentence : spoken.who[0]]):
                clause = ""  # "..., Minister X wrote on his Telegram channel": the words before
            elif re.match(r"(?:and|but)\b", clause.strip()):
                clause = ""  # "..., Borrel said and promised ...": what was said stands before
            if not clause.strip(" .,;"):
                # "..., Roman Vassilenko said.": what was said stands before the speaker
                told = re.match(rf"(.*),[^,]*?\b{re.escape(spoken.verb)}\b", text[first[0] : first[1]], re.S)
                clause = told.group(1) if told else ""
                # the sentence the verb ends, not a quotation or paragraph before it
                # (not after an abbreviation, "on Nov. 23"; a line is a sentence's end too, a headline's)
                clause = re.split(
                    r"\n|(?<=[.!?])(?<!\b[A-Z][a-z]\.)(?<!\b[A-Z][a-z]{2}\.)[\u201d\"\u00bb]?\s+",
                    clause.strip(),
                )[-1]
                clause = re.sub(r"^[A-Z]{2,}\b.*?\s[-\u2013\u2014]+\s+", "", clause)  # a dateline
                clause = re.sub(r"^(?:[\d.:/]+\s*\|\s*)+", "", clause)  # "19.11.2022 | 08:13 | "
            clause = clause.strip()
            if re.match(r"(?:The|A|An|It|This|These|Those|Its|Their|There)\b", clause):
                clause = clause[:1].lower() + clause[1:]  # "the EU says": no capital after "that"
            if (verb in _OBJECT_VERBS or verb not in _THAT_VERBS) and (
                verb.startswith(("called", "urged"))  # "called on European firms to invest": never "that"
                # "thanked the EU", "welcomed Turkmenistan's interest": a verb not of saying takes its object
                or (verb not in _THAT_VERBS and not re.match(r"that\b", _spoken_rest(text, spoken)))
                or re.match(r"(?:the|a|an|its|their|his|her|our|on|for|upon)\b", _spoken_rest(text, spoken))
                or re.match(r"[a-z]+\s+that\b", clause)  # "expressed hope that": the noun is the object
            ):
                # "emphasizing the Europeans' desire", "characterized the EPCA as": a noun follows
                summary = f"{name} {verb} {_first_words(clause, 200)}"
            elif clause:
                summary = f"{name} {verb} that {_first_words(clause, 200)}"
            else:
                summary = f"{name} {verb}: {_first_words(words, 200)}"
        inside = [m for a, b in spoken.spans for m in context.within(context.entities, a, b)]
        about = sorted({m.id for m in inside} - {spoken.speaker})
        date, basis, note = _said_when(context, sentence_start, sentence_end)
        citations = []
        for n, (a, b) in enumerate(spoken.spans):
            # the words in quotation marks are the speaker's (two when the attribution splits them)
            own = spoken.quoted and (n == 0 or (a, b) in quoted_words)
            citations.append(context.citation(a, b, spoken.speaker if own else None))
        key = proposal_key("statement", spoken.spans, spoken.speaker)
        origin = "statement-speaker-unsure" if spoken.doubt else f"statement-{spoken.rule}"
        notes = [
            f"Proposed from {spoken.rule} ({spoken.verb or 'a quotation'!r}) with "
            f"{text[spoken.who[0] : spoken.who[1]]!r} read as the speaker."
        ]
        if spoken.doubt:
            notes.insert(0, f"SPEAKER UNSURE: {spoken.doubt}; check who said it.")
        record = Statement(
            id=f"{context.source}-statement-{key[:8]}",
            speaker=spoken.speaker,
            kind=_statement_kind(sentence),
            summary=summary,
            about=tuple(about),
            date=date,
            date_basis=basis,
            date_note=note,
            reported=not spoken.quoted,
            citations=tuple(citations),
            note=" ".join(notes),
        )
        again = said_before.get((spoken.speaker, summary))
        if again is not None:
            first_told = proposals[again]
            assert isinstance(first_told.record, Statement)
            more = schema.evolve(first_told.record, citations=(*first_told.record.citations, *citations))
            proposals[again] = attrs.evolve(first_told, record=more)
            continue
        said_before[(spoken.speaker, summary)] = len(proposals)
        proposals.append(ProposedRecord("statements", record, origin, key, sentence, spoken.doubt))
    return proposals


_ORG_KINDS: Final = (
    (r"delegation|embassy|mission", OrganizationKind.DIPLOMATIC_MISSION),
    (r"ministry|department|MFA", OrganizationKind.MINISTRY),
    (r"council|committee", OrganizationKind.COMMITTEE),
    (r"bank|fund", OrganizationKind.FINANCIAL_INSTITUTION),
    (r"european|EU\b", OrganizationKind.EU_INSTITUTION),
    (r"parliament|assembly", OrganizationKind.LEGISLATURE),
)


def _actor_records(context: _Context, found: Speech) -> list[ProposedRecord]:
    """Drafts of the people and bodies the text names and the dataset lacks."""
    text = context.text
    proposals = []
    for actor in found.actors.values():
        if actor.known or not actor.mentions:
            continue
        first = min(actor.mentions)
        title = actor.titles[0] if actor.titles else None
        people = [m for m in _mentions_of(found) if found.actors[m[2]].kind == "official"]
        apposed = _apposed_post(text, actor.mentions, people, actor.id) if actor.kind == "official" else None
        if apposed is not None:
            # the post the text sets beside the name is the one it gives this person: "Ambassador
            # Anna Berg, the EU Special Representative for Central Asia," holds the second
            title = apposed
            start, end = min(m for m in actor.mentions if m[1] <= apposed[0])[0], apposed[1]
        elif title is not None and 0 <= first[0] - title[1] <= 2:
            start, end = title[0], first[1]
        elif title is not None and 0 <= title[0] - first[1] <= 3:
            start, end = first[0], title[1]
        else:
            start, end = first
        key = proposal_key(actor.kind, actor.name)
        title_text = _role_title(text, title, people, actor.id) if title else None
        country = None
        if title is not None:
            countries = [m.id for m in context.within(context.entities, *title) if m.kind == "country"]
            adjective = next(
                (
                    code
                    for word, code in NATIONALITY_CODES.items()
                    if re.search(rf"\b{word}\b", title_text or "")
                ),
                None,
            )
            country = countries[0] if countries else adjective
        # each other form once; not "Union Delegation to Tajikistan", the name with "European" cut off
        aliases = tuple(
            dict.fromkeys(
                a for a in actor.aliases if a != actor.name and not actor.name.endswith("European " + a)
            )
        )
        sentence = text[start:end]
        if actor.kind == "official":
            organizations = (
                [m.id for m in context.within(context.entities, *title) if m.kind == "organization"]
                if title
                else []
            )
            if (
                not organizations
                and re.search(r"\b(?:European|EU)\s+Commissioner\b", title_text or "")
                and "european-commission" in context.dataset.organizations
            ):
                # "European Commissioner for Environment": a member of the Commission, which the post
                # names by its member's title
                organizations = ["european-commission"]
            roles = (
                (
                    Role(
                        title=title_text,
                        # "... of the European Union .../Vice-President of the European
                        # Commission": the body named last is the one the post is in
                        organization=organizations[-1] if organizations else None,
                        country=country,
                        source=context.source,
                    ),
                )
                if title_text
                else ()
            )
            record: Official | Organization = Official(
                id=actor.id,
                name=actor.name,
                aliases=aliases,
                country=country,
                roles=roles,
                citations=(context.citation(start, end),),
                note=(
                    f"Drafted: {actor.name!r} is named in the text and not in the dataset"
                    + (f", with the title {title_text!r}" if title_text else "")
                    + "; check the name, the role and the country, or merge it with a record you have."
                ),
            )
            collection = "officials"
        else:
            kind = next(
                (k for pattern, k in _ORG_KINDS if re.search(pattern, actor.name, re.IGNORECASE)),
                OrganizationKind.GOVERNMENT,
            )
            record = Organization(
                id=actor.id,
                name=actor.name,
                aliases=aliases,
                kind=kind,
                citations=(context.citation(start, end),),
                note=(
                    f"Drafted: {actor.name!r} is named in the text and not in the dataset; "
                    f"check the name and the kind ({kind.value}, read from the name)."
                ),
            )
            collection = "organizations"
        proposals.append(ProposedRecord(collection, record, f"{actor.kind}-draft", key, sentence))
    return proposals


# What a title's words may hold that is no part of the post: an editor's brackets, a dateline, a
# leading article or possessive, a courtesy title, a trailing comma or connective.
_ROLE_LEAD_RE: Final = re.compile(
    # "her predecessor Ambassador X": a relation to someone else is no part of the post
    r"^(?:[A-Z]{3,}\s+[\u2013\u2014-]\s+|(?i:the|its|his|her|their|including|new|today|yesterday|"
    r"predecessor,?|successor,?)\s+)+"
)
_ROLE_TAIL_RE: Final = re.compile(r"(?:[\s,;:]+|\s+(?:Mr|Ms|Mrs|Dr)\.?|\s+(?:and|of|the))+$")
_ROLE_VERB_RE: Final = re.compile(r"\b(?:met|said|told|came|visited|held|thank|received)\b", re.IGNORECASE)


# A post set between commas after a name: ", the EU Special Representative for Central Asia,".
_APPOSED_RE: Final = re.compile(
    r",[ \t]+(?:(?:the|an?)[ \t]+)?(?:(?:newly[ \t]+)?(?:appointed|elected)[ \t]+)?"
    r"(?P<post>(?:[A-Z]|(?:former|deputy|foreign|head|member|acting|ambassador|minister|president|envoy|"
    r"commissioner|chairman|director|spokes(?:person|man|woman)|representative)\b)"
    # (to a comma, or a verb: ", Minister of Foreign Affairs of the Republic of Kazakhstan will sign")
    r"[^,.;:()\n\u201c\u201d\"]{2,120}?)[ \t]*(?=[,.;)]|$|[ \t]+(?:will|would|shall|is|are|was|were|has|have|"
    r"had|can|could|may|must|said|says|told|signed)\b)"
)


_FINITE_IN_POST_RE: Final = re.compile(
    r"\s+(?:will|would|shall|is|are|was|were|has|have|had|can|could|may|must|said|says|told|signed)\b"
)


def _apposed_post(
    text: str, own: Sequence[tuple[int, int]], people: Sequence[tuple[int, int, str]], id: str
) -> tuple[int, int] | None:
    """The span of the post the text sets between commas right after a mention of a person.

    It names a post (a title word in it) and no one else: "X, President of Estonia and Y," is
    X's up to "and"; "X, Vice Prime Minister Y" gives X no post.
    """
    for _a, b in sorted(own):
        posts = []
        while (match := _APPOSED_RE.match(text, b)) is not None:
            # (one person's second post after a comma: "..., EU High Representative ..., Vice
            # President of the European Commission.")
            start, end = match.span("post")
            # (the post ends where a verb begins: ", Minister of Foreign Affairs ... will sign the ...")
            finite = _FINITE_IN_POST_RE.search(text, start, end)
            end = finite.start() if finite is not None else end
            joined = None
            for c, _d, other in people:
                if other != id and start <= c < end:
                    joined = re.search(r"[ \t]+and[ \t]+$", text[start:c])
                    if joined is None:
                        return None  # "X, Vice Prime Minister Y": Y's post
                    end = start + joined.start()
            words = {w.lower() for w in re.findall(r"[\w.-]+", text[start:end])}
            if not words & TITLE_WORDS or _ROLE_VERB_RE.search(text, start, end):
                break
            posts.append((start, end))
            if joined is not None:
                break
            b = end
        if posts:
            return posts[0][0], posts[-1][1]
    return None


# Lower-case words a post opens with ("foreign minister", "former President"), beside its title words.
_POST_LEADS: Final = frozenset(
    {"former", "foreign", "deputy", "acting", "prime", "vice", "special", "senior"}
)


def _role_title(
    text: str, span: tuple[int, int], mentions: Sequence[tuple[int, int, str]], own: str
) -> str | None:
    """The post a drafted official's title words name, or None when they name no post of theirs.

    "Vice Prime Minister Joomart Otorbaev and Deputy Minister of Foreign Affairs" is two people's
    titles: the one after the other person's name is this one's; "Commission President Ursula von
    der Leyen and" holds no post of this one's at all.
    """
    start, end = span
    for a, b, id in mentions:  # (people only: "European Commission President" is one post)
        if start <= a and b <= end and id != own:
            start = b  # another person named inside: the post is what follows their name
    if any(a < end and start < b for a, b, id in mentions if id != own):
        return None  # the words run into another person's name: "X, Vice Prime Minister Y" is Y's post
    words = " ".join(text[start:end].replace("[", "").replace("]", "").split())
    words = re.sub(r"^(?:\s*(?:and|,)\s*)+", "", words)
    # (a post right before the name, "Kyrgyz President X", or after it, "X, director of ...")
    before_name = any(0 <= a - span[1] <= 3 for a, _b, id in mentions if id == own)
    if not before_name:
        # a post after the name ends where a participle begins: "director of a department overseeing ..."
        words = re.split(r"\s+(?=[a-z]+ing\b)", words)[0]
    clause = re.search(r"^.*\b(?:which|who|whom|whose|that)\b.*?\bthe\s+(?=[A-Z])", words)
    if clause is not None:
        # "which the parties plan to sign during the visit of the President": a clause, then the post
        words = words[clause.end() :]
    # "During a working visit of Kyrgyz President", "her credentials to Tajik President": a noun of
    # the sentence's and its preposition, then the post (a post's own words stay: "head of the ...")
    lead = (
        None
        if not before_name
        else re.search(
            r"^(?:.*\s)?(?P<noun>[a-z][\w'-]*)\s+(?:to|of|with|by|from|at|for|in)\s+(?:the\s+)?(?=[A-Z])",
            words,
        )
    )
    if lead is not None and lead["noun"] not in TITLE_WORDS and lead["noun"] not in _POST_LEADS:
        words = words[lead.end() :]
    if before_name:
        # "Nick Powell, ... writes Political Editor", "to EURACTIV Senior Editor": a word of the
        # sentence's before the post's capitals; "Statement of European Commission President": a
        # document's noun before it
        words = re.sub(
            r"^(?:(?i:statement|speech|remarks|address|interview|message)\s+(?:of|by|with)\s+(?:the\s+)?"
            r"|(?:[a-z][\w'-]*\s+)+(?=[A-Z]))",
            lambda m: m.group() if set(m.group().split()) & (TITLE_WORDS | _POST_LEADS) else "",
            words,
        )
    # "former Prime Minister of Estonia, spoke at the event": the post ends where the clause begins
    words = re.split(r",\s+(?!and\b)(?=[a-z])", words)[0]
    words = _ROLE_TAIL_RE.sub("", _ROLE_LEAD_RE.sub("", words)).strip()
    if (
        not re.search(r"[A-Za-z]{2}", words)
        or _ROLE_VERB_RE.search(words)
        or re.fullmatch(r"(?:Mr|Ms|Mrs|Dr)\.?|Excellency", words)
    ):
        return None
    return words


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
    `note` becomes the source's note. ``Proposal.write(path)`` writes it for review. A `text`
    with no word in it is refused with `eucentralasia.FieldError`.

    >>> from eucentralasia.curate import propose
    >>> p = propose("Trade grew by 17% last year, Roman Vassilenko said on Friday. Deputy Minister "
    ...             "Ali Valiyev met him in Astana on Thursday.", "2025-04-19",
    ...             source_id="briefing", title="Briefing", authors=["A. Writer"])
    >>> [(r.collection, r.origin) for r in p.records]
    [('officials', 'official-draft'), ('trade_figures', 'figure'), ('events', 'event-happening'), \
('statements', 'statement-reported')]
    >>> figure = p.records[1].record
    >>> str(figure.value), figure.unit, str(figure.period), figure.period_basis.value
    ('17', 'percent', '2024', 'derived')
    >>> event = p.records[2].record
    >>> event.title, str(event.date), event.participants
    ('Meeting with Ali Valiyev in Astana', '2025-04-17', ('ali-valiyev',))
    >>> str(p.records[3].record.date)
    '2025-04-18'
    """
    if not any(c.isalnum() for c in text):
        raise FieldError("text", f"expected an article's text, with words in it, got {text[:40]!r}")
    if dataset is None:
        from eucentralasia._loading import load

        dataset = load()
    when = parse_date(published) if isinstance(published, str) else published
    spans = sentences(text)
    found_entities = tuple(entities(text, dataset))
    # a weekday the publication date leaves open, beside a known event, is that event's day
    events = [(m, dataset.get(m.id)) for m in found_entities if m.kind == "event"]
    known = [(m.start, m.end, m.id, e.date) for m, e in events if isinstance(e, Event) and e.date is not None]
    found_dates = tuple(pinned_by_known(text, dates(text, when), known))
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
    said = speech(text, spans, found_entities, frozenset(r.id for r in dataset))
    agreements, concerns = _agreement_records(context, spans, said)
    # the outlet publishing the text, named in its own dateline ("ASTANA (Wire) -"), is the
    # source's outlet, not a new body
    actors = [
        a
        for a in _actor_records(context, said)
        if a.record.id not in said.outlets or fold(getattr(a.record, "name", "")) != fold(outlet)
    ]
    records = [
        *actors,
        *agreements,
        *_figure_records(context, spans, found_figures),
        *_event_records(context, spans, said, concerns),
        *_relation_records(context, spans),
        *_statement_records(context, spans, said),
    ]
    at = len(actors) + len(agreements)
    records[at:at] = _known_named(context, spans, records)
    for proposed in records:
        for citation in proposed.record.citations:
            if text[citation.start : citation.end] != citation.quote:  # pragma: no cover - a bug if ever
                raise AssertionError(f"span of {proposed.record.id} does not hold its quote")
    return Proposal(source, tuple(records), found_figures, found_dates, found_entities)


_CITED_AGAIN: Final = {
    "official": "officials",
    "organization": "organizations",
    "agreement": "agreements",
    "event": "events",
}


def _known_named(
    context: _Context, spans: Sequence[tuple[int, int]], records: Sequence[ProposedRecord]
) -> list[ProposedRecord]:
    """The known records a sentence names that no other proposal refers to, each cited there.

    "... accentuating the development of the Enhanced Partnership and Cooperation Agreement"
    drafts nothing, yet the article cites the known agreement there: it is proposed as itself
    with the first such sentence as its one citation (origin ``official-known``,
    ``organization-known``, ``agreement-known``, ``event-known``: "ahead of the upcoming
    EU-Central Asia Summit"),
    which `load` folds into the bundled record. The EU itself, named everywhere, aside.
    """
    # what a known record cited again refers to is the bundled data's word, not this article's
    referred = {p.record.id for p in records} | {
        id
        for p in records
        if not p.origin.endswith("-known")
        for _path, id, _allowed in schema.references_of(p.record)
    }
    # the kinds of events drafted from each sentence: a known event of that kind named there is
    # the draft's happening (one happening, one event), left to the reviewer to merge
    drafted = {
        (c.start, p.record.kind)
        for p in records
        if isinstance(p.record, Event) and p.origin != "event-known"
        for c in p.record.citations
    }
    proposals: list[ProposedRecord] = []
    for start, end in spans:
        for m in context.within(context.entities, start, end):
            if m.kind not in _CITED_AGAIN or m.id == "european-union" or m.id in referred:
                continue
            if m.kind == "event" and (start, getattr(context.dataset.get(m.id), "kind", None)) in drafted:
                continue
            referred.add(m.id)
            collection = _CITED_AGAIN[m.kind]
            known = context.dataset.get(m.id)
            proposals.append(
                ProposedRecord(
                    collection,
                    schema.evolve(known, citations=(context.citation(start, end),)),
                    f"{m.kind}-known",
                    proposal_key(f"{m.kind}-known", m.id),
                    context.text[start:end],
                    f"this sentence names the known {m.kind} {m.id}: accepted, its citation is added to "
                    "that record (edit nothing else: a changed copy is a duplicate id); if it names "
                    "another, reject this",
                )
            )
    return proposals


def _source_citation(context: _Context, spans: Sequence[tuple[int, int]], title: str | None) -> Citation:
    if title:
        at = context.text.find(title)
        if at != -1:
            return context.citation(at, at + len(title))
    # the first sentence with a word in it (not a stray control character's)
    worded = [(a, b) for a, b in spans if re.search(r"\w", context.text[a:b])]
    start, end = worded[0] if worded else (0, len(context.text.rstrip()) or 1)
    return context.citation(start, end)


# Writing


def table_of(record: object) -> dict[str, Any]:
    data = _serialization.shared_converter().unstructure(record)
    return {key: value for key, value in data.items() if value not in (None, [], ())}
