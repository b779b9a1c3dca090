"""What happened in a text: events from verbs of happening, agreements from their milestones.

`happenings` reads each sentence (outside quotations) for a verb of happening — met,
held, signed, visited, opened, launched, hosted, attended, initialled, ratified, adopted,
took place — and gives a `Happening`: its kind (from the verb and the nouns beside it:
a summit held is a summit), held or planned (from the verb's tense), and the span of
the verb. A dateline or a statistic has no such verb and makes nothing.

`milestones` reads the same sentences for an agreement's step: signing, initialling,
ratifying, entering into force, launching or opening negotiations, adopting, on an
agreement, memorandum, declaration, roadmap, treaty or package, with the span of the
agreement's name where the text gives one.

Rules only, on the standard library.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

import attrs

from eucentralasia._dates import MONTH_NAMES
from eucentralasia._model import EventKind, EventStatus, MilestoneKind

__all__ = ["Happening", "Step", "happenings", "milestones", "welcomes_someone"]


@attrs.frozen
class Happening:
    """A verb of happening in a sentence: what kind of event, held or planned, and where the verb is."""

    sentence: tuple[int, int]
    verb: tuple[int, int]
    kind: EventKind
    status: EventStatus
    word: str
    marked: bool = False  # what an anniversary marks ("30 years since ... established"), long before
    by_noun: bool = False  # named by a noun alone ("the forum, to be held in January"), no verb


@attrs.frozen
class Step:
    """An agreement's step a sentence reports: which, the verb's span and the agreement's words."""

    sentence: tuple[int, int]
    verb: tuple[int, int]
    kind: MilestoneKind
    noun: tuple[int, int]  # the words naming the agreement ("a new Enhanced Partnership ... Agreement")


# Verbs of happening and the kind they make; the nouns beside a verb can refine it.
_VERBS: Final[tuple[tuple[str, EventKind], ...]] = (
    (r"met|meet|meets|meeting\s+with|held\s+talks|hold\s+talks|welcomed|received", EventKind.MEETING),
    (r"visited|visit|visits|visiting|travel(?:led|ed|s)?\s+to|arrived\s+in", EventKind.VISIT),
    (r"signed|sign|signs|initiall?ed|initiall?ing|ratified|ratify|concluded", EventKind.DECISION),
    (r"adopted|adopt|adopts|approved|decided", EventKind.DECISION),
    (r"opened|open|opens|inaugurated", EventKind.ESTABLISHMENT),
    (r"launched|launch|launches|unveiled|embarked\s+on|embarks\s+on", EventKind.INITIATIVE),
    (r"announced|announces", EventKind.ANNOUNCEMENT),
    (
        r"held|hold|holds|hosted|host|hosts|took\s+place|take\s+place|takes\s+place|"
        r"attended|attend|attends|participated|participate|participates|took\s+part|take\s+part|convened|gathered",
        EventKind.MEETING,
    ),
)
_VERB_RE: Final = re.compile(rf"\b(?:{'|'.join(v for v, _ in _VERBS)})\b")
_KIND_OF: Final = [(re.compile(rf"^(?:{v})$"), k) for v, k in _VERBS]
# Nouns that name the event a verb such as "held" or "attend" is about.
_NOUNS: Final[tuple[tuple[str, EventKind], ...]] = (
    (r"summit", EventKind.SUMMIT),
    (r"forum", EventKind.FORUM),
    (r"conference|congress", EventKind.CONFERENCE),
    (r"negotiations?|talks", EventKind.NEGOTIATION),
    (r"meeting|council|session|committee", EventKind.MEETING),
)
_EVENT_NOUN_RE: Final = re.compile(
    r"\b(?:summit|forum|conference|congress|meeting|talks|negotiations|council|session|committee|dialogue|"
    r"consultations|round|ceremony|event|exhibition|festival|election|visit|delegation|office|centre|center|"
    r"embassy|hub|campus|week|days)\b",
    re.IGNORECASE,
)
_WHOSE_RE: Final = re.compile(r"\bwhose\s+\w+\s+$")
_TALKS_RE: Final = re.compile(
    r"\s+(?:of\s+)?(?:(?:the|formal|official)\s+)*(?:negotiations?|talks)\b", re.IGNORECASE
)
_NEEDS_NOUN: Final = frozenset(
    {
        "held",
        "hold",
        "holds",
        "hosted",
        "host",
        "hosts",
        "opened",
        "open",
        "opens",
        "attended",
        "attend",
        "attends",
    }
)
_SOMEONE_RE: Final = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:delegations?|guests?|participants?|visitors?|members?|leaders?|representatives?|ministers?|"
    r"presidents?|ambassadors?|envoys?|heads?|officials?|credentials|letters\s+of\s+credence|him|her|them|us|"
    r"everyone)\b"
    r"|\s+(?:[A-Z][\w\u2019'-]*\s+){0,3}[A-Z][\w-]*(?![\w-]|[\u2019']s)"
    # "welcomed Nurtleu's first visit", "welcomed the visit": someone received too
    r"|\s+(?:(?:the|his|her|their)\s+|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*[\u2019']s\s+)(?:[\w-]+\s+){0,2}?"
    r"(?:visit|arrival)\b"
)


# a verb with nothing after it, or a clause ("he concluded.", "concluded that")
_NO_OBJECT_RE: Final = re.compile(r"\s*(?:[.,;:!?\"\u201d\u00bb)]|$|that\b)")
# the sentence's subject is the words before it: "This was announced by ..."
_THIS_WAS_RE: Final = re.compile(r"\W*(?:This|That|It)\s+(?:was|has\s+been|had\s+been)\s+", re.IGNORECASE)


# "announced (on Tuesday) that ...": what is announced follows
_THAT_RE: Final = re.compile(r"\s+(?:(?:on|in|at|last|this|earlier)\s+[^,.;]{1,30}?\s+)?that\b")
# "... who have decided", "who has visited": a relative clause saying what someone is
_WHO_HAVE_RE: Final = re.compile(r"\bwho\s+(?:have|has|had)\s+(?:\w+ly\s+)?$")


def welcomes_someone(text: str, end: int) -> bool:
    """Whether "welcomed" ending at `end` welcomes people (a meeting), not a fact (a position).

    "welcomed the EU delegation", "welcomed Josep Borrell": someone is received; "welcomed
    the progress", "welcomed Uzbekistan's role": a position taken.
    """
    return _SOMEONE_RE.match(text, end) is not None


# "the upcoming visit", "a planned meeting": one to come
_UPCOMING_RE: Final = re.compile(
    r"\b(?:upcoming|forthcoming|planned|scheduled|next|future)\s+(?:[\w-]+\s+)?$", re.I
)
_HOLDING_RE: Final = re.compile(
    r"held|hold|holds|took\s+place|take\s+place|takes\s+place|attended|attend|attends|participated|"
    r"participate|participates|took\s+part|take\s+part|convened|gathered"
)
_DETERMINER_RE: Final = re.compile(r"\b(?:the|this|that|his|her|their|its|our|a)\s+$", re.IGNORECASE)
# "..., which took place", "that was held", "which will be held": a relative clause telling of an event.
# "the Ministerial, which took place on ...", "the historic summit held in Samarkand": a fact the
# sentence gives of a gathering, whoever's words the rest are
_RELATIVE_HELD_RE: Final = re.compile(
    r"\b(?:(?:which|that)\s+(?:was\s+|were\s+|will\s+be\s+|is\s+to\s+be\s+)?"
    r"|(?i:summit|forum|conference|ministerial|meeting)\s+)$"
)
_SAYING_RE: Final = re.compile(
    r"\b(?:said|says|told|stated|noted|stressed|added|emphasi[sz]ed|highlighted|underlined|recalled|"
    r"explained|declared|believes|according\s+to)\b"
)
_NAMING: Final = tuple(
    (re.compile(rf"\b(?:{words})\b", re.IGNORECASE), kind)
    for words, kind in (
        (r"summit", EventKind.SUMMIT),
        (r"forum", EventKind.FORUM),
        (r"conference|congress", EventKind.CONFERENCE),
        (r"visit|trip", EventKind.VISIT),
        (r"negotiations|talks", EventKind.NEGOTIATION),
        (r"meeting|gathering|session", EventKind.MEETING),
        (r"established|founded|set\s+up|created|mark\s+\d+\s+years", EventKind.ESTABLISHMENT),
        (r"approv\w+|decid\w+|decision|recogni[sz]\w+", EventKind.DECISION),
        (r"initiative", EventKind.INITIATIVE),
        (r"study", EventKind.STUDY),
    )
)
_FUTURE_ANYWHERE_RE: Final = re.compile(
    r"\b(?:will|shall|to\s+be\s+held|upcoming|scheduled|planned|plans?\s+to|is\s+to|are\s+to)\b",
    re.IGNORECASE,
)
_FUTURE_RE: Final = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|to\s+be|scheduled|plans?\s+to|planned|expected\s+to|is\s+due|are\s+due|"
    r"set\s+to|would|intention\s+to|intends?\s+to|hopes?\s+to|ready\s+to|aims?\s+to)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_AGREEMENT_NOUN: Final = (
    r"(?:agreement|memorandum|declaration|roadmap|road\s+map|treaty|accord|package|charter|programme|program)"
)
_STEPS: Final[tuple[tuple[str, MilestoneKind], ...]] = (
    (r"signed|sign|signs|signing|signature", MilestoneKind.SIGNED),
    (r"initiall?ed|initiall?ing", MilestoneKind.NEGOTIATIONS),
    (r"ratified|ratify|ratification", MilestoneKind.RATIFIED),
    (r"(?:entered|enters?|entry|came|comes?|coming)\s+into\s+(?:force|effect)|in\s+force\s+since|"
     r"(?:took|takes?|taking)\s+effect", MilestoneKind.IN_FORCE),
    # "launched talks", "opened negotiations", "began the talks" (the verb in any form, ninth round)
    (r"(?:launch|open|start|begin|began|begun)(?:s|ed|ing)?\s+(?:the\s+|formal\s+)?(?:negotiations|talks)|"
     r"(?:completed|concluded|finali[sz]ed|completion\s+of|conclusion\s+of)\s+(?:the\s+)?"
     r"(?:negotiations|talks)|finali[sz]ation\s+of|"
     # "negotiations for a new agreement", "Negotiations are currently underway on ..."
     r"negotiations(?:\s+(?:are|is|were|was)\s+(?:\w+\s+)?underway)?\s+(?:on|for|over|towards)",
     MilestoneKind.NEGOTIATIONS),
    (r"adopted|adopt|adopts|endorsed", MilestoneKind.ADOPTED),
    (r"launched|unveiled", MilestoneKind.LAUNCHED),
)  # fmt: skip
_STEP_RE: Final = re.compile(rf"\b(?:{'|'.join(v for v, _ in _STEPS)})\b", re.IGNORECASE)
_STEP_OF: Final = [(re.compile(rf"^(?:{v})$", re.IGNORECASE), k) for v, k in _STEPS]
# What an agreement is on or for, after its noun ("Memorandum of Understanding on sustainable raw
# materials", "Roadmap on Raw Materials for 2025-2026", "an agreement on financing the project"):
# part of its name, to a comma, a verb, its parties ("between ...") or a place ("in ...").
_COMPLEMENT = (
    # "a programme to support water management": what it is to do, too
    # (a headline's "On" and "For" too: "Sign Roadmap On Raw Materials")
    r"(?:\s+(?i:of\s+understanding))?(?P<complement>\s+(?:[Oo]n|[Ff]or|to(?=\s+(?!(?:the|an?|be|its|their)\b)[a-z]))"
    r"(?:\s+(?!(?:that|which|who|was|were|is|are|will|would|between|with|signed|in|at|by|as|worth|EUR|USD|\d{1,2}\b|to\s+be|and\s+(?:the|an?|its)|and\s+[A-Z]|"
    r"yesterday|today|tomorrow|last|next|this|earlier|later|on\s+(?:the\s+)?(?:\d|[A-Z][a-z]+day|"
    + "|".join(MONTH_NAMES)
    + r")|[A-Z][a-z]+day|"
    + "|".join(MONTH_NAMES)
    + r")\b)"
    r"[\w\u2019'-]+){1,9})?"
)
_NAMED_RE: Final = re.compile(
    rf"(?:\b(?:an?|the|new|its|their|our)\s+)*"
    rf"(?:(?:[A-Z][\w\u2019'-]*|new|enhanced|draft|comprehensive|bilateral)\s+(?:(?:and|of|on|for)\s+)?)*"
    # "a visa facilitation agreement", "the financing agreement", "a trade and cooperation
    # agreement": lower-case words after an article (or after an amount: "a 30 million euro
    # financing agreement")
    rf"(?:(?:(?<=\ba\s)|(?<=\ban\s)|(?<=\bthe\s)|(?<=\bnew\s)|(?<=\d\s)|(?<=\bmillion\s)|(?<=\bbillion\s)|"
    rf"(?<=\beuro\s)|(?<=\beuros\s)|(?<=\bdollar\s))(?:(?!(?:euros?|dollars?|million|billion)\b)[a-z][a-z-]+\s+){{1,2}}"
    rf"(?:and\s+[a-z][a-z-]+\s+)?(?=(?i:{_AGREEMENT_NOUN})\b))?"
    rf"(?i:{_AGREEMENT_NOUN})\b(?:\s+\((?P<acronym>[A-Z]{{2,8}})\))?{_COMPLEMENT}",
)


_SINCE_RE: Final = re.compile(r"\bsince\s+[^,.;]{0,80}?\b(established|founded|set\s+up|created)\b")
# An anniversary of relations: "the 30th anniversary of the establishment of diplomatic relations"
ANNIVERSARY_OF_RE: Final = re.compile(
    r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?:establishment\s+of\s+)?"
    r"(?:our\s+|the\s+)?(?P<what>diplomatic\s+relations)\b"
)


def _inside(spans: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether `at` is inside one of the ordered, disjoint `spans`: a binary search."""
    i = bisect.bisect_right(spans, (at, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


def happenings(
    text: str, sentences: Sequence[tuple[int, int]], quoted: Sequence[tuple[int, int]] = ()
) -> list[Happening]:
    """The first verb of happening of each sentence, outside the `quoted` spans.

    >>> t = "The ministers met in Astana on Monday. Trade reached $5 billion in 2024."
    >>> [(h.kind.value, h.status.value, h.word) for h in happenings(t, [(0, 38), (39, 72)])]
    [('meeting', 'held', 'met')]
    """
    found = []
    for start, end in sentences:
        framed: tuple[EventKind, str] | None = None  # the noun that frames a happening ("the initialling")
        for match in _VERB_RE.finditer(text, start, end):
            if _inside(quoted, match.start()):
                continue
            word = " ".join(match.group().split())
            if (
                word in ("welcomed", "received")
                and not welcomes_someone(text, match.end())
                # ("she was received in Kyrgyzstan": a guest received, a meeting)
                and not re.search(
                    r"\b(?:was|were|been|being|be)\s+(?:\w+ly\s+)?$", text[start : match.start()]
                )
            ):
                # "welcomed Uzbekistan's role": a position, a statement; "our relations received an
                # additional impulse": a thing got; neither a meeting
                continue
            if word == "concluded" and _NO_OBJECT_RE.match(text, match.end()):
                continue  # "..., he concluded." or "concluded that": words ending, not a deal concluded
            if word == "announced" and _THIS_WAS_RE.fullmatch(text, start, match.start()):
                continue  # "This was announced by X": what X said, a statement
            if (
                word in ("announced", "announces")
                and _THAT_RE.match(text, match.end(), end)
                and any(not _inside(quoted, m.start()) for m in _VERB_RE.finditer(text, match.end(), end))
            ):
                continue  # "The EU announced on December 19 that X held talks with Y": the talks
            if word == "sign" and re.match(r"\s+(?:of|that)\b", text[match.end() : match.end() + 6]):
                continue  # "a sign of commitment": an indication, nothing signed
            if _WHO_HAVE_RE.search(text, max(start, match.start() - 24), match.start()):
                continue  # "Member States who have decided to ...": what they are, no happening
            kind = next(k for pattern, k in _KIND_OF if pattern.match(word))
            if _DETERMINER_RE.search(text, max(start, match.start() - 8), match.start()) and _VERB_RE.search(
                text, match.end(), end
            ):
                framed = framed or (kind, word)
                continue  # "During the visit, X met Y": the noun frames it, the verb after it happened
            if (
                framed is not None
                and framed[0] not in (EventKind.VISIT, EventKind.MEETING)
                and _HOLDING_RE.fullmatch(word)
            ):
                # "the initialling ceremony ... took place": an initialling ("during the visit ...
                # held negotiations": the negotiations)
                kind, word = framed
            if _SAYING_RE.search(text, start, match.start()) and not _RELATIVE_HELD_RE.search(
                text, max(start, match.start() - 24), match.start()
            ):
                # "X said that they will meet": the speaker's account, a statement; but "the
                # Ministerial, which took place on 23 October": a fact the sentence gives
                break
            near_noun = _EVENT_NOUN_RE.search(
                text, max(start, match.start() - 80), min(end, match.end() + 60)
            )
            if word in _NEEDS_NOUN and (near_noun is None or _WHOSE_RE.search(text, start, match.start())):
                continue  # "whose country holds the Presidency": no event is held
            if kind in (EventKind.INITIATIVE, EventKind.ESTABLISHMENT) and _TALKS_RE.match(
                text, match.end(), end
            ):
                kind = EventKind.NEGOTIATION  # "launched talks on ...", "opened negotiations"
            if kind in (EventKind.MEETING, EventKind.DECISION, EventKind.ESTABLISHMENT):
                near = text[max(start, match.start() - 80) : min(end, match.end() + 80)]
                noun = next((k for n, k in _NOUNS if re.search(rf"\b(?:{n})\b", near, re.IGNORECASE)), None)
                if noun is not None and kind is EventKind.MEETING:
                    kind = noun
            future = (
                _FUTURE_RE.search(text, max(start, match.start() - 40), match.start()) is not None
                or _UPCOMING_RE.search(text, max(start, match.start() - 30), match.start()) is not None
            )
            if word.endswith(("ed", "met", "held", "took place", "took part", "hold talks", "held talks")):
                future = future and not word.endswith("ed")
            elif not future and word in ("meet", "visit", "sign", "open", "launch", "hold", "host", "attend"):
                future = (
                    re.search(r"\bto\s+$", text[max(start, match.start() - 5) : match.start()]) is not None
                )
            status = EventStatus.PLANNED if future else EventStatus.HELD
            found.append(Happening((start, end), match.span(), kind, status, word))
            # "gathered to celebrate 30 years since the EU and Kazakhstan established relations":
            # what is marked happened too, long before
            since = _SINCE_RE.search(text, match.end(), end)
            if since is not None and not _inside(quoted, since.start()):
                word = " ".join(since.group(1).split())
                found.append(
                    Happening(
                        (start, end),
                        since.span(1),
                        EventKind.ESTABLISHMENT,
                        EventStatus.HELD,
                        word,
                        marked=True,
                    )
                )
            break
        else:
            # No verb of happening: a noun that names one ("the forum, to be held in January",
            # "a year-long EU study") still does; a dateline or a statistic has none, and nor does a
            # noun of what lasts ("support for reforms", "my mandate").
            for pattern, kind in _NAMING:
                named = pattern.search(text, start, end)
                if named is not None and not _inside(quoted, named.start()):
                    future = _FUTURE_ANYWHERE_RE.search(text, start, end) is not None
                    status = EventStatus.PLANNED if future else EventStatus.HELD
                    word = named.group().lower()
                    found.append(Happening((start, end), named.span(), kind, status, word, by_noun=True))
                    break
        # "the 30th anniversary of diplomatic relations between Kazakhstan and the EU": what the
        # anniversary marks happened too, long before
        marked = ANNIVERSARY_OF_RE.search(text, start, end)
        if marked is not None and not _inside(quoted, marked.start()):
            found.append(
                Happening(
                    (start, end),
                    marked.span("what"),
                    EventKind.ESTABLISHMENT,
                    EventStatus.HELD,
                    " ".join(marked["what"].split()),
                    marked=True,
                )
            )
    return found


def milestones(
    text: str, sentences: Sequence[tuple[int, int]], quoted: Sequence[tuple[int, int]] = ()
) -> list[Step]:
    """Each agreement step a sentence reports, with the words naming the agreement.

    >>> t = "Kyrgyzstan and the EU signed an Enhanced Partnership and Cooperation Agreement on Monday."
    >>> [(s.kind.value, t[s.noun[0]:s.noun[1]]) for s in milestones(t, [(0, len(t))])]
    [('signed', 'an Enhanced Partnership and Cooperation Agreement')]
    """
    found = []
    for start, end in sentences:
        for match in _STEP_RE.finditer(text, start, end):
            if _inside(quoted, match.start()):
                continue
            word = " ".join(match.group().split())
            kind = next(k for pattern, k in _STEP_OF if pattern.match(word))
            if word.lower().startswith("negotiations") and _STEP_RE.search(text, match.end(), end):
                continue  # "Negotiations for ... are ongoing and we have signed one ...": the verb's step
            if kind is MilestoneKind.LAUNCHED and re.search(
                r"\b(?:negotiations|talks)\b", text[start : match.start()], re.IGNORECASE
            ):
                kind = MilestoneKind.NEGOTIATIONS  # "Negotiations on the agreement were launched"
            nouns = [
                m
                for m in _NAMED_RE.finditer(text, start, end)
                if abs(m.start() - match.end()) < 120 or abs(match.start() - m.end()) < 120
            ]
            nouns = [m for m in nouns if re.search(_AGREEMENT_NOUN, m.group(), re.IGNORECASE)]
            if not nouns:
                continue
            noun = min(nouns, key=lambda m: min(abs(m.start() - match.end()), abs(match.start() - m.end())))
            found.append(Step((start, end), match.span(), kind, noun.span()))
            break
    return found
