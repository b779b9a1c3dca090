"""Judge the event drafts and official titles `propose` writes, by a fixed written rubric.

    python benchmarks/curation/event_titles.py [--texts DIR] [--details]

Reads ``annotations.toml`` beside this file like ``score.py`` (a text is read only when its
sha256 is the annotated one), proposes records from each *tuned* article, and applies the
rubric below to every event it drafts (known events told again keep the dataset's title and
are not judged) and to the title of every official it drafts. Prints the counts; with
``--details``, each title with its verdict. Held-out articles are refused: reading their
titles would make them tuned.

The rubric (a title is *good* when it has none of these faults):

Event titles
  no-happening   names no happening: no verb of happening and no noun of an event
  kind-echo      the kind's noun is the subject of its own verb ("Meeting met", "Visit visited")
  bare-verb      ends (past a place: "... in Astana"; not what one takes part in) in a verb that
                 wants an object or a partner: "Patricia Flor visited",
                 "... decided", "... announced"; a thing done ("Agreement signed") is no fault, a
                 participant named before a final verb ("Josep Borrell launched") is; so is a
                 title opening with a participant said to take place ("X and Y took place")
  bare           names no one, no place and no thing though the draft has participants, countries
                 or a place ("Meeting", "Visit took place", "Signed")
  repeat         a name twice ("Cooperation Council meeting with Cooperation Council"), a name of two
                 or more words inside a longer one too ("European Union Central Asia Economic forum
                 with European Union")
  eu-only        the only name the title gives is the EU's ("EU announced", "Visit by European
                 Union") though the draft has another participant, a country or a place
  relative-date  a relative date word (today, yesterday, tomorrow, this/last/next week ...)
  fragment       opens with a pronoun, a verb of being or saying, a conjunction or a lower-case
                 word, ends in a number, holds a clause ("that", "which",
                 "who"), ends in a preposition, article or conjunction, or has an odd quote or bracket
  too-long       more than 14 words
Event summaries
  summary-form   a held event dated is not "On {date}, ...", a planned one does not say it is
                 planned, or the summary is not attributed ("..., the source reports.")
  summary-date   a relative date word
Official titles (the role's title of a drafted official)
  two-titles     two people's titles joined ("Vice Prime Minister X and Deputy Minister of ...");
                 one person's two posts ("Deputy Prime Minister and Foreign Minister") are one title
  has-name       the title holds a person's name: the official's own, another drafted official's,
                 or "Mr."/"Ms."/"Mrs."/"Dr."
  fragment       ends in "and", "of", "the", an apostrophe or a comma, holds a verb of saying, opens
                 with a noun of saying ("Statement of European Commission President") or a lower-case
                 word, or holds a colon, a clause of time or a verb ("..., during the Forum", "will sign",
                 "... took place in Brussels", a headline's "Reaffirms")
  others-post    the words stand in the text right before another person's name, never before this
                 one's ("President of the European Council" for Mirziyoyev, before "António Costa")
  apposed-lost   the text sets a post beside the name between commas ("Anna Berg, the EU Special
                 Representative for Central Asia, said") and no role of the draft has that post
                 (counted per drafted official with such a post; "posts apposed kept")
Agreement drafts (the name of every agreement drafted, not known)
  sentence-part  the name opens with a lower-case word, a pronoun, a determiner or a number, holds a
                 verb ("signed", "was", "will") or a clause ("that", "which"), ends in a preposition,
                 article or conjunction, has an odd quote or bracket, or runs past 12 words
  bare-name      the name is the agreement's noun and words that tell no agreement from another
                 ("Agreement", "New memorandum of understanding") and names no party
  no-parties     the draft has no parties though the sentence it is cited from names a country
Organization drafts (name and aliases)
  fragment       a name or alias opening or ending in a dash, or holding a dash joined to one side
                 only ("MENAFN- Trend")
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import eucentralasia as eca
from eucentralasia.curate import propose
from eucentralasia.curate._entities import entities as find_entities

HERE = Path(__file__).parent
HELD_OUT = ("untouched-6",)

_HAPPENING_RE = re.compile(
    r"\b(?:met|meets?|meeting|visit(?:s|ed|ing)?|receives|arrives|talks|summit|forum|conference|congress|signed|signs?|"
    r"announcement|decision|"
    r"signing|initiall?ed|ratified|adopted|approved|launched|launch(?:es)?|opened|opens?|held|holds?|hosted|"
    r"hosts?|announced|announces?|attended|attends?|took\s+place|participated?|participates|ceremony|"
    r"session|negotiations?|council|dialogue|round|decided|established|founded|inaugurated|received|"
    r"welcomed|concluded|embarked|arrived|travel(?:led|s)?|consultations|gathered|convened|study|"
    r"initiative|unveiled|took\s+part|takes?\s+part|elections?|exhibition|festival|week|days)\b",
    re.I,
)
_KIND_ECHO_RE = re.compile(
    r"^(?:meeting|visit|talks|summit|forum|conference)\s+(?:met|meets|visited|visits|held\s+talks)\b", re.I
)
# verbs that, last in a title, leave out what was done or with whom
_WANTS_OBJECT_RE = re.compile(
    r"\b(?:visited|visits|decided|decides|announced|announces|received|receives|welcomed|welcomes|hosted|"
    r"hosts|attended|attends|discussed|agreed|noted|to\s+visit|to\s+meet|to\s+attend|to\s+host|to\s+announce|"
    r"to\s+decide|met\s+with|meeting\s+with)$",
    re.I,
)
# verbs that, last in a title, say a thing was done ("Agreement signed"), unless a participant did it
_DONE_RE = re.compile(
    r"\b(?:signed|launched|adopted|opened|held|initiall?ed|ratified|approved|met|concluded|unveiled|"
    r"participated|to\s+sign|to\s+launch|to\s+adopt|to\s+open|to\s+hold|to\s+participate)$",
    re.I,
)
_RELATIVE_RE = re.compile(
    r"\b(?:today|yesterday|tomorrow|tonight|recently|(?:this|last|next|coming)\s+(?:week|month|year)|"
    r"earlier\s+this)\b",
    re.I,
)
_PRONOUN_RE = re.compile(r"^(?:I|we|he|she|they|it|this|that|these|those|you|one)\b", re.I)
_CLAUSE_RE = re.compile(r"\b(?:that|which|who|whose)\b", re.I)
_DANGLING_RE = re.compile(
    r"\b(?:with|of|and|or|the|a|an|to|in|on|for|by|at|from|as|but|its|their|his|her)$", re.I
)
_TITLE_WORDS = (
    r"(?:Minister|President|Ambassador|Representative|Commissioner|Chairman|Chair|Head|Secretary|Director|"
    r"Envoy|Speaker|Governor|Mayor|Premier|Chancellor|Deputy|Advisor|Adviser|Spokesperson|Spokesman|"
    r"Rapporteur|Counsellor|Consul|Chief)"
)
# lower-case words a post may open with, as the source words it ("former President ...")
_POST_LEADS = r"(?:former|member|foreign|prime|vice|special|senior|acting|first|an?\s+aide|aide|executive)"
_SAYING_RE = re.compile(r"\b(?:said|says|told|stated|noted|stressed|added)\b", re.I)
_EU_WORDS = frozenset({"EU", "European", "Union", "The"})
_KIND_WORDS = frozenset(
    {"Visit", "Meeting", "Talks", "Summit", "Forum", "Conference", "Signing", "Negotiations", "Agreement"}
)
# a post between commas after a name: "Anna Berg, the EU Special Representative for Central Asia,"
_POST_WORD = r"(?:[A-Z][\w'\u2019-]*|of|for|and|on|the|in|to)"
_APPOSED_RE = rf",\s+(?:the\s+|an?\s+)?({_POST_WORD}(?:\s+{_POST_WORD})*)\s*,"
_AGREEMENT_NOUNS = (
    r"(?:agreement|memorandum|declaration|roadmap|road\s+map|treaty|accord|package|charter|programme|"
    r"program|protocol|deal|statement|mou)"
)
_PLAIN = frozenset(
    {"new", "important", "major", "key", "landmark", "historic", "significant", "final", "comprehensive",
     "bilateral", "draft", "first", "relevant", "enhanced", "a", "an", "the", "of", "understanding",
     "joint", "framework", "cooperation", "partnership", "intergovernmental", "strategic"}
)  # fmt: skip


def _names(proposal: Any, ds: eca.Dataset) -> dict[str, list[str]]:
    """Each id a proposal may name -> its names (dataset records and the proposal's drafts)."""
    names: dict[str, list[str]] = {}
    for p in proposal.records:
        if p.collection in ("officials", "organizations"):
            names[p.record.id] = [p.record.name, *p.record.aliases]
    return names


def _name_of(id: str, drafts: dict[str, list[str]], ds: eca.Dataset) -> list[str]:
    if id in drafts:
        return drafts[id]
    record = ds.get(id)
    if record is None:
        return []
    return [n for n in (getattr(record, "name", None), *getattr(record, "aliases", ())) if n]


def event_faults(title: str, summary: str, record: Any, participants: list[str], status: str) -> list[str]:
    """The rubric's faults of one event draft's title and summary."""
    faults = []
    words = title.split()
    if not _HAPPENING_RE.search(title):
        faults.append("no-happening")
    if _KIND_ECHO_RE.search(title):
        faults.append("kind-echo")
    # the title before a final place ("... in Astana") is what the verb test reads
    # (not after a verb of taking part: "participated in the Institution Building Days" is what was done)
    core = re.sub(
        r"(?<!\bpart)(?<!\bparticipated)(?<!\bparticipates)(?<!\bparticipate)"
        r"\s+in\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*$",
        "",
        title,
    )
    if _WANTS_OBJECT_RE.search(core):
        faults.append("bare-verb")
    elif (done := _DONE_RE.search(core)) is not None:
        before = core[: done.start()].strip()
        if not re.search(r"\band\b", before) and any(n and n in before for n in participants):
            faults.append("bare-verb")  # "Josep Borrell launched": what?
    if re.search(r"\b(?:took\s+place|to\s+take\s+place|to\s+be\s+held)\b", core) and any(
        n and core.startswith(n) for n in participants
    ):
        faults.append("bare-verb")
    rest = _HAPPENING_RE.sub("", core)
    rest = re.sub(r"\b(?:with|to|of|by|in|the|a|an|took|place|take|be|and|on|for|its|their)\b", "", rest)
    if not re.search(r"[A-Z]|\w{3,}", rest[1:] if rest[:1].isupper() else rest) and (
        record.participants or record.countries or record.location is not None
    ):
        faults.append("bare")
    capitalised = re.findall(r"\b[A-Z][\w'-]{3,}(?:\s+[A-Z][\w'-]{3,})*", title)
    # (a name of two words or more, standing alone, inside a longer run: "European Union" in
    # "European Union Central Asia Economic forum with European Union")
    multiword = {m.group() for m in re.finditer(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+", title)}
    if len(capitalised) != len(set(capitalised)) or any(
        len(re.findall(rf"\b{re.escape(name)}\b", title)) > 1 for name in multiword
    ):
        faults.append("repeat")
    # the capitalised words past the EU's name and an opening kind noun ("Visit by European Union")
    others = [n for n in re.findall(r"\b[A-Z][\w'-]*", title) if n not in _EU_WORDS]
    if others[:1] and others[0] in _KIND_WORDS and title.startswith(others[0]):
        others = others[1:]
    if (
        re.search(r"\b(?:EU|European\s+Union)\b", title)
        and not others
        and (
            [p for p in record.participants if p != "european-union"]
            or [c for c in record.countries if c != "EU"]
            or record.location is not None
        )
    ):
        faults.append("eu-only")
    if _RELATIVE_RE.search(title):
        faults.append("relative-date")
    if (
        _PRONOUN_RE.match(title)
        or re.match(r"(?i:is|are|was|were|said|says|while|when|if|as|after|before|because)\b", title)
        or re.search(r"\d$", core)
        or (title[:1].islower() and not re.match(rf"(?i:{_TITLE_WORDS}|{_POST_LEADS})\b", title))
        or _CLAUSE_RE.search(title)
        or _DANGLING_RE.search(title)
        or title.count("(") != title.count(")")
        or title.count('"') % 2
        or title.count("\u201c") != title.count("\u201d")
    ):
        faults.append("fragment")
    if len(words) > 14:
        faults.append("too-long")
    date = str(record.date) if record.date is not None else None
    attributed = summary.endswith(", the source reports.")
    if status == "planned":
        form = "planned" in summary
    else:
        form = summary.startswith(f"On {date}, ") if date else not summary.startswith("On ")
    if not (attributed and form):
        faults.append("summary-form")
    if _RELATIVE_RE.search(summary):
        faults.append("summary-date")
    return faults


def official_faults(
    name: str, title: str, others: list[str], text: str | None = None, people: tuple[str, ...] = ()
) -> list[str]:
    """The rubric's faults of one drafted official's title (`others`: the other officials drafted)."""
    faults = []
    named = [n for n in others if n != name] + ["Mr", "Ms", "Mrs", "Dr"]
    if any(
        re.search(rf"\b{re.escape(n)}\.?\s+and\s+(?:\w+\s+){{0,3}}{_TITLE_WORDS}\b", title) for n in named
    ):
        faults.append("two-titles")  # a title, a person's name, "and", another person's title
    surname = name.split()[-1] if name.split() else ""
    if (
        (surname and re.search(rf"\b{re.escape(surname)}\b", title))
        or re.search(r"\b(?:Mr|Ms|Mrs|Dr)\b\.?", title)
        or any(re.search(rf"\b{re.escape(other)}\b", title) for other in others if other != name)
    ):
        faults.append("has-name")
    if (
        re.search(r"(?:\b(?:and|of|the)|['\u2019,])$", title.strip())
        or _SAYING_RE.search(title)
        or re.match(r"(?i:statement|speech|remarks|interview|address|message)\b", title)
        or (title[:1].islower() and not re.match(rf"(?i:{_TITLE_WORDS}|{_POST_LEADS})\b", title))
        or ":" in title
        or re.search(
            r"\b(?:during|took\s+place|presence|while|when|after|before|reaffirms?|calls|visits|meets|will|would|has|have)\b",
            title,
        )
    ):
        faults.append("fragment")
    # the words stand in the text right before another person's name and never before this one's:
    # "President of the European Council António Costa" is Costa's post
    if text is not None and title in text:
        before = [text[m.end() : m.end() + 60] for m in re.finditer(re.escape(title), text)]
        after = [text[max(0, m.start() - 60) : m.start()] for m in re.finditer(re.escape(title), text)]
        own = any(
            re.match(rf"[\s,]*(?:the\s+)?(?:{re.escape(name)}|{re.escape(name.split()[-1])})", b)
            for b in before
        ) or any(re.search(rf"{re.escape(name)},\s+(?:the\s+)?$", a) for a in after)
        if not own and (
            any(re.match(rf"[\s,]*{re.escape(o)}\b", b) for b in before for o in people if o != name)
            # "Charles Michel, President of the European Council": Michel's post
            or any(
                re.search(rf"\b{re.escape(o)},\s+(?:the\s+)?$", a) for a in after for o in people if o != name
            )
        ):
            faults.append("others-post")
    return faults


def apposed_posts(text: str, name: str, people: tuple[str, ...] = ()) -> list[str]:
    """The posts the text sets between commas right after `name` (with a title word in them), each
    ending before another person named in it ("President of Uzbekistan and Charles Michel")."""
    posts = []
    for m in re.finditer(re.escape(name) + _APPOSED_RE, text):
        post = m.group(1)
        for other in people:
            if other != name:
                post = re.split(rf"\s+(?:and\s+)?{re.escape(other)}\b", post)[0]
        if re.search(rf"\b{_TITLE_WORDS}\b", post) and post[:1].isupper():
            posts.append(post)
    return posts


def agreement_faults(name: str, parties: tuple[str, ...], sentence_has_country: bool) -> list[str]:
    """The rubric's faults of one drafted agreement's name and parties."""
    faults = []
    words = name.split()
    if (
        not name[:1].isupper()
        or _PRONOUN_RE.match(name)
        or re.match(r"(?i:the|a|an|this|these|its|their|our|his|her|such|another|previously|\d)\b", name)
        or re.search(
            r"\b(?:signed|sign|signs|was|were|is|are|will|would|has|have|had|been|be|to\s+be|that|which|who)\b",
            name,
            re.I,
        )
        or _DANGLING_RE.search(name)
        or name.count("(") != name.count(")")
        or name.count('"') % 2
        or name.count("\u201c") != name.count("\u201d")
        or len(words) > 12
    ):
        faults.append("sentence-part")
    rest = [w for w in re.findall(r"[\w'-]+", name.lower()) if w not in _PLAIN]
    if not [w for w in rest if not re.fullmatch(_AGREEMENT_NOUNS, w)] and not parties:
        faults.append("bare-name")
    if not parties and sentence_has_country:
        faults.append("no-parties")
    return faults


def organization_faults(names: list[str]) -> list[str]:
    """The rubric's faults of one drafted organization's name and aliases."""
    if any(
        re.match(r"\s*[-\u2013\u2014]", n)
        or re.search(r"[-\u2013\u2014]\s*$", n)
        or re.search(r"\w[-\u2013\u2014]\s|\s[-\u2013\u2014]\w", n)
        for n in names
    ):
        return ["fragment"]
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=HERE / "texts")
    parser.add_argument("--split", choices=("tuned", *HELD_OUT), default="tuned")
    parser.add_argument("--details", action="store_true", help="print each title with its verdict")
    args = parser.parse_args(argv)
    if args.split in HELD_OUT:
        parser.error(f"reading the titles drafted from held-out {args.split} would make it tuned")
    annotations = tomllib.loads((HERE / "annotations.toml").read_text(encoding="utf-8"))["articles"]
    ds = eca.load()
    counts: Counter[str] = Counter()
    say = print if args.details else (lambda *a, **k: None)
    for entry in annotations:
        if entry["split"] in HELD_OUT or entry["split"] != "tuned":
            continue
        path = args.texts / f"{entry['id']}.txt"
        if not path.exists():
            continue
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            print(f"skipped {entry['id']}: the text at {path} is not the one annotated (sha256 differs)")
            continue
        counts["articles"] += 1
        text = data.decode("utf-8")
        proposal = propose(text, entry["published"], source_id=entry["id"], dataset=ds)
        entity_mentions = find_entities(text, ds)
        # every person's name the text may give: the drafts' and the dataset's officials'
        people = tuple(
            n
            for p in proposal.records
            if p.collection == "officials"
            for n in (p.record.name, *p.record.aliases)
        ) + tuple(n for o in ds.officials for n in (o.name, *o.aliases))
        drafts = _names(proposal, ds)
        say(f"\n== {entry['id']}")
        for p in proposal.records:
            if p.collection == "events" and p.origin != "event-known":
                r = p.record
                participants = [n for id in r.participants for n in _name_of(id, drafts, ds)]
                faults = event_faults(r.title, r.summary or "", r, participants, r.status.value)
                title_faults = [f for f in faults if not f.startswith("summary")]
                counts["event titles"] += 1
                counts["event titles good"] += not title_faults
                counts["event summaries"] += 1
                counts["event summaries good"] += not (set(faults) - set(title_faults))
                for fault in faults:
                    counts[f"event {fault}"] += 1
                verdict = "good" if not faults else ", ".join(faults)
                say(f"  event  [{verdict}] {r.title}  |  {r.summary}")
            elif p.collection == "agreements" and p.origin != "agreement-known":  # a known one cited again
                r = p.record
                a, b = r.milestones[0].citations[0].start, r.milestones[0].citations[0].end
                sentence_has_country = any(
                    m.kind == "country" and a <= m.start and m.end <= b for m in entity_mentions
                )
                faults = agreement_faults(r.name, r.parties, sentence_has_country)
                counts["agreement names"] += 1
                counts["agreement names good"] += not faults
                for fault in faults:
                    counts[f"agreement {fault}"] += 1
                verdict = "good" if not faults else ", ".join(faults)
                say(f"  agreement [{verdict}] {r.name}  |  parties {', '.join(r.parties) or '-'}")
            elif p.collection == "organizations" and p.origin != "organization-known":
                faults = organization_faults([p.record.name, *p.record.aliases])
                counts["organization names"] += 1
                counts["organization names good"] += not faults
                for fault in faults:
                    counts[f"organization {fault}"] += 1
                if faults:
                    say(f"  organization [{', '.join(faults)}] {p.record.name} {list(p.record.aliases)}")
            if p.collection == "officials" and p.origin != "official-known":  # a known one cited again
                names = (p.record.name, *p.record.aliases)
                posts = [post for name in names for post in apposed_posts(text, name, people)]
                if posts:
                    counts["posts apposed"] += 1
                    # (one post of the two a role joins: "EU High Representative ..., Vice President ...")
                    kept = any(
                        role.title == post or role.title.startswith(f"{post}, ")
                        for role in p.record.roles
                        for post in posts
                    )
                    counts["posts apposed kept"] += kept
                    if not kept:
                        counts["official apposed-lost"] += 1
                        roles = [role.title for role in p.record.roles]
                        say(f"  official [apposed-lost] {p.record.name}: {roles} (apposed: {posts})")
                for role in p.record.roles:
                    others = [q.record.name for q in proposal.records if q.collection == "officials"]
                    faults = official_faults(p.record.name, role.title, others, text, people)
                    counts["official titles"] += 1
                    counts["official titles good"] += not faults
                    for fault in faults:
                        counts[f"official {fault}"] += 1
                    verdict = "good" if not faults else ", ".join(faults)
                    say(f"  official [{verdict}] {p.record.name}: {role.title}")
    print(f"\ntuned ({counts['articles']} articles)")
    for label, good, total in (
        ("event titles good", "event titles good", "event titles"),
        ("event summaries good", "event summaries good", "event summaries"),
        ("official titles good", "official titles good", "official titles"),
        ("posts apposed kept", "posts apposed kept", "posts apposed"),
        ("agreement names good", "agreement names good", "agreement names"),
        ("organization names good", "organization names good", "organization names"),
    ):
        print(f"  {label:<28} {counts[good]}/{counts[total]}")
    kinds = ("event ", "official ", "agreement ", "organization ")
    for key in sorted(k for k in counts if k.startswith(kinds)):
        if "good" not in key and key not in (
            "event titles",
            "event summaries",
            "official titles",
            "agreement names",
            "organization names",
        ):
            print(f"    {key:<26} {counts[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
