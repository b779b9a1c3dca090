"""Who said what in a text: quotations, reported speech, and the people and bodies who speak.

`speech` finds

- the *actors* a text names: the officials and organizations of the dataset (from
  `entities`), and people and bodies the dataset lacks: a name of two to four capitalized
  words introduced by a title ("Deputy Prime Minister Jamshid Khodjaev"), followed by a
  verb of saying or by a title in apposition ("Josep Borrel, the EU High
  Representative"), and a named body ("the Delegation of the European Union to
  Tajikistan", "European External Action Service (EEAS)"); a later mention by surname
  ("Mr Khodjaev") or acronym is the same actor;
- *quotations*: the words between opening and closing marks (curly double, guillemets, curly single,
  straight), across sentences and paragraphs until the closing mark;
- *statements*: a quotation with its attribution ("..., Mogherini said", "said Josep
  Borrel, ...", "Síkela said: “...”", "..., she added"), or a sentence of reported speech
  (said, told, stressed, noted, added, according to, in a statement, ...) whose subject
  is an actor.

The speaker is the subject of the verb of saying: a name, a pronoun standing for the
last speaker, a title ("the Commissioner") standing for the actor the text gave that
title, or a body. An actor merely named near a quotation is never its speaker. Where
the reading is not certain (a pronoun after another person was named, a title no actor
was given) the statement says so in `SpokenStatement.doubt` rather than guessing in
silence.

Rules only, on the standard library: they are the spec, and the evaluation in
``benchmarks/curation`` holds them against real articles.
"""

from __future__ import annotations

import bisect
import collections
import difflib
import itertools
import re
import unicodedata
from collections.abc import Sequence
from typing import Final, Literal

import attrs

from eucentralasia._codes import COUNTRY_NAMES
from eucentralasia._dates import MONTH_NAMES
from eucentralasia._search import fold
from eucentralasia.curate._entities import MEMBER_STATES, EntityMention, latinized
from eucentralasia.curate._happenings import welcomes_someone

__all__ = ["Actor", "Quotation", "SpokenStatement", "Speech", "speech"]

ActorKind = Literal["official", "organization"]


@attrs.define
class Actor:
    """A person or body a text names: a known record (`known`) or one to draft.

    `id` is the record id (for a draft, a slug of the name); `mentions` are the spans that
    name it; `titles` the titles the text gives it ("Foreign Minister"); `aliases` the
    other forms of the name the text uses (a surname alone, an acronym).
    """

    id: str
    kind: ActorKind
    name: str
    known: bool
    mentions: list[tuple[int, int]] = attrs.field(factory=list)
    titles: list[tuple[int, int]] = attrs.field(factory=list)
    aliases: list[str] = attrs.field(factory=list)


@attrs.frozen
class Quotation:
    """Words between quotation marks: `start`/`end` span the words inside the marks."""

    start: int
    end: int
    open: int
    close: int  # the index after the closing mark (== end when the quotation is not closed)


@attrs.frozen
class SpokenStatement:
    """A statement: who (`speaker`, an `Actor` id), the words (`spans`), and how it was read.

    `quoted` is true when `spans[0]` are the speaker's own words inside quotation marks;
    `spans` then hold those words (and the rest of a quotation its attribution splits), then
    the attribution ("Mogherini said"); else `spans[0]`
    is the source's sentence reporting them. `who` is the span of the words naming the
    speaker; `verb` the verb of saying; `doubt`, when set, says why the speaker is not
    certain.
    """

    speaker: str
    spans: tuple[tuple[int, int], ...]
    quoted: bool
    who: tuple[int, int]
    verb: str
    rule: str
    doubt: str | None = None
    others: tuple[str, ...] = ()  # while reading: the other parties to a joint position


@attrs.frozen
class Speech:
    """What `speech` found: the actors, the quotations and the statements."""

    actors: dict[str, Actor]
    quotations: tuple[Quotation, ...]
    statements: tuple[SpokenStatement, ...]
    outlets: frozenset[str] = frozenset()  # the actors that are news outlets named as sources


_SAYING: Final = (
    # Not the forms that are nouns too ("the Central Asian states", "notes", "highlights").
    r"said|says|say|told|tells|stated|noted|stressed|added|adds|"
    # (as Russian texts write them, of a man or a woman: "Шакиев отметил, что ...", "заявила она")
    r"(?:заявил|отметил|подчеркнул|сказал|сообщил|добавил|указал|констатировал|пояснил|призвал)а?(?![\w-])|"
    r"emphasi[sz]ed|emphasi[sz]es|highlighted|underlined|recalled|"
    r"explained|explains|declared|declares|affirmed|insisted|warned|urged|argued|observed|"
    r"remarked|commented|reiterated|wrote|writes|believes|characteri[sz]ed|described|"
    r"expressed|expressing|pointed\s+out|adding|saying|noting|stressing|stating|emphasi[sz]ing|reiterating|"
    r"(?:showered|heaped|lavished)\s+praise\s+on|cautioned|cautions|"
    # a post is a statement too ("as Saidov shared on his Telegram channel")
    r"shared(?=\s+(?:on|in|via)\s+(?:his|her|their|its)\b)|writing(?=\s+(?:on|in)\s+(?:his|her|their|its)\b)|"
    r"elaborated\s+on|"
    # what one tells the other side is a statement too ("briefed in detail on the reforms")
    r"briefed(?=\s+(?:[\w-]+\s+){0,4}?(?:on|about)\b)|presented(?=\s+(?:information|details|an?\s+(?:overview|update))\s+(?:on|about|of)\b)|"
    # a judgement is a position too ("considers it important to hold the first summit")
    r"consider(?:s|ed)(?=\s+(?:it\s+(?:important|necessary|essential|vital|crucial|appropriate|possible|"
    r"expedient|useful|timely)|that)\b)|"
    # a promise is a position too ("also pledged to increase the supply")
    r"pledged(?=\s+(?:to|(?:(?:its|their|his|her)\s+)?support\s+for)\b)|pledging(?=\s+to\b)|vowed(?=\s+to\b)|"
    r"called\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:on|for|upon)|"
    r"calling\s+(?:on|for|upon)|"
    # ("issued the following statement today: “...”")
    r"issued\s+(?:the\s+following|a|this)\s+statement(?:\s+today)?(?=[^.;\u201c\"\u00ab]{0,40}:\s*(?:[\u201c\"\u00ab]|$))|"
    # ("made remarks at the Summit today: “...”")
    r"made\s+(?:(?:his|her|their|its|the|some|opening|closing|brief|short)\s+)*(?:remarks|a\s+statement|"
    r"a\s+speech|an\s+address)(?=[^.;\u201c\"\u00ab]{0,60}:\s*(?:[\u201c\"\u00ab]|$))|"
    # ("called all Central Asian partners to seek solutions": a call without "on")
    r"called(?=\s+(?:the|all|its|their)\s+[^.;,\u201c\"]{1,60}?\bto\s+(?!be\b)[a-z]{3,})|"
    # a stance on what another does ("supported the efforts of the Uzbek Leader to continue ...")
    r"supported(?=\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:efforts?|idea|initiatives?|"
    r"proposals?|position|course|bid|aspirations?|call)\b)|urging|summed\s+up|assured|pointed\s+to|"
    # ("the press release notes: “...”", read up to the opening mark)
    r"notes(?=\s+that\b|\s*:\s*(?:[\u201c\u00ab]|$))|admitted|admits|"
    r"acknowledged|conceded|spoke\s+about|spoken\s+about|concluded(?=\s*[.,])|concluded(?=(?:\s+[A-Z][\w\u2019'-]+){1,3}\s*[.,])|referred\s+to|conveyed|"
    # ("called the agreement under discussion “ambitious”": a judgement in quotation marks)
    r"called(?=\s+(?:it|this|that|them)\b|\s+(?:[A-Z][\w-]*\s+){1,2}(?:an?|the)\s+[\u201c\"\u00ab]|"
    r"\s+(?:the|this|that|its|their)\s+[^.;\u201c\"\u00ab]{1,100}?\s+[\u201c\"\u00ab][a-z][\w\s-]{0,120}[.,!]?[\u201d\"\u00bb])|"
    r"singled\s+out|condemning|underscored|underscoring|reaffirmed|reaffirming|hailed|praised|"
    r"condemned|critici[sz]ed|denounced|thanked|informed|suggested|proposed|voiced|took\s+note\s+of|confirmed(?=\s+that\b|\s+(?:(?:their|its|his|her|the|an?|mutual|full|high|strong|keen|firm|great|[a-z]+[\u2019']s|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}[\u2019']s)\s+){0,3}(?:readiness|commitment|intention|interest|support|ambition|consent|opinion|view|position|aspirations?)\b)|outlined|specified|"
    r"clarified|mentioned|asserted|claimed|replied|responded|answered|announced(?=\s+that\b|\s+(?:on|in|at|last|this|earlier)\s+[^,.;]{1,30}?\s+that\b(?![^.;]{0,160}\b(?:held|met|signed|visited|took\s+place)\b)|\s*[.,]|\s+(?:at|during)\s+(?:an?\s+|the\s+)?(?:briefing|press|news)\b)|"
    r"repeated(?=\s+(?:that|its|their|his|her)\b)|offered(?=\s+to\s+[a-z])|reminded(?=\s+(?:[\w-]+\s+){0,2}?that\b|\s+(?:about|of)\s+(?:it|this)\b)|posted(?=\s+on\b)|"
    # ("X will visit Astana, Michel confirmed on Twitter.": the confirming after the words)
    r"confirmed(?=\s+(?:on|in|via)\s+(?:Twitter|X|Telegram|Facebook|his|her|its|their)\b|\s*[.,;])|hoped(?=\s+that\b)|hopes(?=\s+that\b)|expects(?!\s+to\b)|welcomed|"
    # a claim denied is a position ("rejected suggestions that Brussels is pursuing expansion")
    r"rejected(?=\s+(?:the\s+)?(?:suggestions?|claims?|allegations?|accusations?|criticism|reports?)\b)|"
    r"denied(?=\s+(?:that|the\s+(?:claims?|allegations?|accusations?|reports?))\b)|"
    # ("cited first security, then energy and trade, as key to ...": a judgement)
    r"cited(?=\s+[^.;]{1,120}?\bas\s+(?:key|crucial|important|essential|vital|a\s+priority|priorities)\b)|"
    r"(?:is|are|was|were)\s+(?:confident|convinced|certain)(?=\s+that\b)|(?:is|was)\s+quoted\s+as\s+saying|"
    r"appreciated|commended|focused\s+on(?=\s+(?:the\s+)?(?:fact|need|importance|necessity)\b)|drew\s+(?:[\w\u2019'-]+\s+){0,3}?attention\s+to|"
    # a request or a reflection is a position too ("asked the EU to consider", not "asked about")
    r"asked(?=\s+(?:[^.;:]{1,120}?\s)?to\s+[a-z]|\s+(?:[^.;:]{1,60}?\s)?(?:whether|what|how|why|when)\b)|requested|reflected\s+on|"
    # a demand or a concern put to the other side is a position too
    r"reported(?=\s+that\b)|reports(?=\s+that\b)|revealed(?=\s+that\b)|reveals(?=\s+that\b)|"
    # the present of a body's text ("In its conclusions, the Council stresses that ...")
    r"stresses|underlines|highlights(?=\s+(?:that|the)\b|\s*$)|reiterates|reaffirms|recalls(?=\s+(?:that|the)\b)|"
    # ("The conclusions also state that ...", not "the states that have signed")
    r"(?:(?<=conclusions\s)|(?<=also\s))states?(?=\s+that\b)|"
    r"welcomes|urges|condemns|calls\s+(?:on|for|upon)|expresses|invites(?=\s+[^.;]{1,80}?\bto\s+[a-z])|"
    # encouragement is a position ("The EU encouraged Turkmenistan to ensure ..."), not its passive
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)(?<!be\s)encourag(?:ed|es)(?!\s+by\b)|"
    r"pressed\s+for|raised\s+(?:the\s+)?(?:issues?|questions?|matters?|concerns?)(?=\s+(?:of|about|over|on)\b)|"
    # a stand or a judgement ("spoke in favor of the speediest restoration", "positively assessing the
    # state of cooperation", "named renewable energy among the most promising areas")
    r"identified(?=\s+[^.;]{1,160}?\bas\s+(?:a\s+)?(?:priority|priorities|key|main)\b)|"
    r"elaborated(?=\s*[.,])|spoke\s+in\s+favou?r\s+of|spoke\s+highly\s+of|"
    r"(?:has|have|had)\s+high\s+hopes|spoke\s+out\s+(?:for|against)|(?:positively|highly)\s+assess(?:ed|ing|es)|"
    r"named(?=\s+[^.;]{1,120}?\bamong\s+the\s+(?:most\s+)?(?:promising|priority|key|main|important)\b)|"
    # a stance in the present of a body's statement ("The EU regrets that the elections failed ...",
    # "The European Union takes note of the preliminary findings", "It is also pleased to note")
    r"regret(?:s|ted)?(?=\s+that\b)|takes\s+note\s+of|"
    # ("The European Union is profoundly concerned with recent events in Uzbekistan")
    r"(?:is|are|remains|remain)\s+(?:also\s+)?(?:deeply\s+|profoundly\s+|seriously\s+|gravely\s+|very\s+|"
    r"particularly\s+|extremely\s+)?concerned(?=\s+(?:about|by|with|that|at|over)\b)"
    # (not "The parties are concerned with issues of strengthening ...": what they deal with)
    r"(?!\s+with\s+(?:the\s+)?(?:issues?|questions?|matters?|tasks?)\b)|"
    r"notes(?=,\s+however\b|\s+with\s+(?:concern|satisfaction|regret|appreciation)\b)|indicated(?=\s+that\b)|"
    r"(?:is|was)\s+(?:also\s+)?pleased\s+to\s+(?:note|see|welcome)|showed\s+(?:great\s+|keen\s+|strong\s+)?interest\s+in|"
    # ("The parties agreed that the consultations would begin": a position; "agreed to continue
    # contacts" is an act the keys leave out, measured: +1 right, +23 wrong)
    r"agreed(?=\s+that\b)"
)
_VERB_RE: Final = re.compile(rf"\b(?:{_SAYING})\b")
# A body's site: "according to the website of the EU Delegation" names the body whose website it is.
_SITE_OF: Final = r"the\s+(?:official\s+)?(?:website|web\s+page|page|account)\s+of\s+"
# "according to a statement from X": X's words, the statement only how they came out.
_ACCORDING_RE: Final = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:(?:an?|the)\s+(?:(?:joint|written|press)\s+)?(?:statement|release)\s+"
    rf"(?:from|by|issued\s+by)\s+|{_SITE_OF})?(?P<who>[^,.;]{{2,120}}?)\s*(?:,|[.;]?\s*$)"
)
# An outlet's report citing its source at the end of the sentence: the source speaks.
_CITING_RE: Final = re.compile(
    r",\s+(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+(?:(?:reports|reported|writes|wrote)\s+"
    r"(?:citing|quoting)|"
    # (the news agency's own formulas: "..., Kazinform has learnt from Kazakh MFA's press service.")
    r"(?:has\s+)?(?:learnt|learned)\s+from|refers\s+to)"
    r"\s+(?P<who>[^,;:\u201c\u201d\"]{2,120}?)\s*[.;]?\s*$"
)
_ACCORDING_SITE_RE: Final = re.compile(rf"\b[Aa]ccording\s+to\s+{_SITE_OF}(?:the\s+)?$")
# "In his words, ...", "In Borrell's view, ...", "As she put it, ...": the source of what follows.
_IN_WORDS_RE: Final = re.compile(
    r"\b(?:[Ii]n\s+(?P<who>his|her|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*[\u2019']s)\s+(?:words|opinion|view)|"
    r"[Aa]s\s+(?P<put>he|she)\s+put\s+it|"
    # "As noted by the Minister, ...": the passive of a verb of saying names its subject after "by"
    r"[Aa]s\s+(?:it\s+(?:was|has\s+been)\s+)?(?:noted|stated|said|stressed|emphasi[sz]ed|underlined|pointed\s+out|"
    # ("As it was mentioned by Mr. X, 3-d Secretary of the ... of Tajikistan, ...": a courtesy title's stop)
    r"mentioned)\s+by\s+(?P<by>(?:[^,.;]|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.){2,200}?))\s*,"
)
_PASSIVE_RE: Final = re.compile(
    r"\s*(?:(?:This|That|It)\s+(?:was|is|has\s+been)\s+(?P<verb>announced|stated|said|noted|reported|"
    r"voiced|expressed|declared|stressed|emphasi[sz]ed|underlined)|"
    # ("The announcement was made by Holger Wiefel, Head of the EBRD Resident Office")
    r"(?:The|This|That)\s+(?:announcement|statement)\s+(?:was|has\s+been)\s+(?P<made>made))"
    r"\s+(?:[^,.;]{0,40}?\s+)?by\s+"
    r"(?P<who>(?:[^,.;]|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.){2,160})"
)
# A position in the passive, its holder after "by": "The decision was welcomed by Kaja Kallas."
_BY_AGENT_RE: Final = re.compile(
    # ("In this context, the importance of ... was emphasized by both officials.": after an opening phrase)
    r"\s*(?:[^,.;:]{1,40},\s+)?(?P<what>(?:[^,.;:]|(?<=\bM[rs])\.){2,120}?)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+)?"
    r"(?P<verb>welcomed|praised|hailed|condemned|critici[sz]ed|supported|endorsed|stressed|underlined|"
    r"emphasi[sz]ed|highlighted|underscored|noted|told|informed|assured)\s+by\s+(?P<who>(?:[^,.;]|(?<=\bM[rs])\.|(?<=\bDr)\.){2,160}?)"
    r"\s*(?=[,.;]|\s+that\b|$)"
)
# What a person has: "Josep Borrell's remarks", "X's spokesman"
_OWNED_RE: Final = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:remarks|words|speech|address|visit|statement|spokes(?:person|man|woman)|"
    r"press\s+secretary|adviser|advisor|aide|office|interview|comments)\b"
)
_MESSRS_RE: Final = re.compile(
    r"\bMessrs\.?\s+(?P<names>[A-Z][\w\u2019'-]+(?:(?:,\s+|,?\s+and\s+)[A-Z][\w\u2019'-]+)*)"
)
_PRONOUNS: Final = frozenset({"he", "she", "him", "her", "он", "она"})  # "according to him"
_PREPOSED_RE: Final = re.compile(
    r"\b(?P<noun>[a-z][\w-]*)[ \t]+(?:with|to|between|from|by)[ \t]+(?:the[ \t]+)?"
    r"(?P<title>(?:(?:[\w\u2019'-]+|Mr\.|Ms\.|Mrs\.|Dr\.)[ \t]+){1,8})$"
)
_TITLE_GLUE: Final = frozenset(
    {"of", "for", "and", "the", "foreign", "affairs", "policy", "security", "foreign-policy"}
)
# A verb of meeting before a name: the name is its object ("met President Tokayev").
_HAPPENING_BEFORE_RE: Final = re.compile(r"\b(?:met|received|visited|welcomed|with)\b")
_MET_BEFORE_RE: Final = re.compile(
    # ("led by X", "chaired by X": one who leads or chairs is a person too)
    r"\b(?:(?:led|headed|chaired|co-chaired|represented|accompanied|moderated)\s+by|met|meets|meet|met\s+with|meets\s+with|meet\s+with|meeting\s+with|talks\s+with|interview\s+with|received|receives|hosted|"
    r"(?:telephone|phone)\s+(?:conversation|call|talk)\s+with)\s+$"
)
# Two or more who issued a document together: "X and Y issued a joint statement on Feb. 2". Its
# words later ("..., reads the statement") are each of theirs, and "the parties" are they.
_JOINT_ISSUED: Final = (
    r"(?:issued|adopted|released|signed|made)\s+a\s+joint\s+(?:statement|declaration|communiqu\w*)"
)
_JOINT_ISSUED_RE: Final = re.compile(rf"\b{_JOINT_ISSUED}")
# Talks two people held, in a sentence naming both: "the parties" later are those two.
_TALKS_RE: Final = re.compile(
    r"\b(?:met|meets|meeting\s+(?:(?:was|took\s+place)\s+)?(?:held\s+)?(?:with|between)|talks\s+(?:with|between)|held\s+talks|"
    # ("talks were held in Rome between X and Y", "X and Y held another round of political consultations")
    r"(?:talks|consultations|negotiations)\s+(?:were|was)\s+held\s+(?:in\s+[A-Z][\w-]*\s+)?(?:with|between)|"
    r"held\s+(?:[\w-]+\s+){1,5}?(?:talks|consultations|negotiations)|"
    # ("a meeting of the Foreign Minister of Kyrgyzstan X with Y and Z")
    r"meeting\s+of\s+[^.;]{3,120}?\s+with|"
    r"received|receives|"
    rf"{_JOINT_ISSUED}|"
    # ("X and Y discussed ...": the two held talks)
    r"discussed|"
    r"(?:conversation|call)\s+(?:(?:took\s+place|was\s+held)\s+)?(?:with|between))\b"
)
# Two holders by their titles alone, the subject of one verb: "The Kazakh President and the EU Special
# Representative for Central Asia".
_TWO_TITLES_RE: Final = re.compile(
    r"\s*(?P<a>(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){1,4}?[A-Z][\w-]*)\s+and\s+(?P<b>the\s+[A-Z][^,;]{2,80}?)\s*"
)
# A word of a name or a title: capitalised, or the glue between such words.
_NAME_WORD: Final = r"(?:[A-Z][\w.+\u2019'-]*|of|for|the|and|in|on)"
# The run of name words that ends right before a name: its title, if any.
_TITLE_RUN_BEFORE_RE: Final = re.compile(rf"(?<![\w-])(?:{_NAME_WORD}\s+)*$")
# A title set after a name, between commas: "Charles Michel, President of the European Council."
_APPOSED_TITLE_RE: Final = re.compile(
    rf",\s+(?:the\s+)?(?P<title>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,8}})\s*[,.;]"
)
# Words in quotation marks that are a name, all its words capitalised ("European Union - Central Asia").
_NAME_QUOTED_RE: Final = re.compile(
    rf"(?:{_NAME_WORD}|[-\u2013\u2014+:&])(?:\s+(?:{_NAME_WORD}|[-\u2013\u2014+:&])){{0,7}}"
)
# Whose message one conveys: "conveyed European Council President Charles Michel's message".
_MESSAGE_OF_RE: Final = re.compile(
    r"\s+(?:over\s+)?(?P<who>(?:[A-Z][\w\u2019'.-]*\s+){0,6}[A-Z][\w-]*)[\u2019']s\s+"
    r"(?:[a-z]+\s+)?(?:message|letter|address|appeal)\b"
)
_WELCOMED_RE: Final = re.compile(r"\b(?:welcomed|welcomes|hosted|hosts)\b")
# ... or its subject, alone or with another ("Anna Berg and Ali Valiyev met", "X will visit Osh").
_MET_AFTER_RE: Final = re.compile(
    r"\s+(?:and\s+(?:[A-Z][\w\u2019'-]+\s+){1,3})?(?:met|meets|will\s+meet|received|receives|held\s+talks|"
    r"visited|visits|will\s+visit|arrived\s+in|arrives\s+in|will\s+arrive\s+in|(?:was|were)\s+received\s+by|"
    r"had\s+a\s+(?:meeting|telephone|phone))\b"
)
# What may close a sentence after its verb of saying: when and where ("said on Thursday.").
_CLOSING_RE: Final = re.compile(
    r"(?:\s+(?:on|in|at|last|late|this|yesterday|today|earlier)\b[^,;:\n]{0,40})?\s*[.!]?\s*"
)
_FINITE_RE: Final = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must|shall|may|might|remains?|"
    r"plans?|wants?|intends?|needs?|does|did)\b"
)
# Someone who speaks for another, unnamed ("an adviser to President X") or named before it
# ("Y, spokesman for the High Representative X"): the words end at X's name
# Up to ten words of a title or a name before the one who is named: "... for the High Representative "
_WORDS_BEFORE_NAME: Final = r"(?:[\w.\u2019'-]+\s+){0,10}$"
_SERVING_RE: Final = re.compile(
    r"\b(?P<role>spokes(?:person|man|woman)|advis[eo]r|aide|assistant)\s+(?:for|to|of)\s+(?:the\s+)?"
    + _WORDS_BEFORE_NAME,
    re.IGNORECASE,
)
# A body's spokesperson, unnamed: "an EU foreign affairs spokesperson", "the EU spokesperson".
_BODY_SPOKESPERSON_RE: Final = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?)\s+(?P<body>EU|European\s+Union|European\s+Commission)\s+(?:[a-z-]+\s+){0,3}"
    r"spokes(?:person|man|woman)\s*"
)
# One who speaks for a body, unnamed: "the representative of EU delegation to Turkmenistan".
_REPRESENTATIVE_OF_RE: Final = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?)\s+(?P<role>representative|official|spokes(?:person|man|woman))\s+(?:of|from)\s+"
    r"(?:the\s+)?(?P<body>[^,;\u201c\u201d\"]{2,80}?)\s*"
)
# The office of a post named by the post's possessive: "the Kazakh President's administration"
_POST_OFFICE_RE: Final = re.compile(
    r"\s*(?:[Tt]he\s+)?(?P<office>(?:[A-Z][\w-]*\s+){0,3}(?:President|Prime\s+Minister)[\u2019']s\s+"
    r"(?:[Aa]dministration|[Oo]ffice|[Pp]ress\s+(?:[Ss]ervice|[Oo]ffice)|[Ww]ebsite))\s*"
)
# One who joins a delegation another heads: "chaired by X, with the participation of Commissioner Y"
_JOINING_RE: Final = re.compile(
    r"\b(?:with\s+the\s+participation\s+of|accompanied\s+by|joined\s+by)\s+(?:the\s+)?" + _WORDS_BEFORE_NAME,
    re.IGNORECASE,
)
_SPOKESPERSON_RE: Final = re.compile(
    r"\b(?:spokes(?:person|man|woman)|press\s+(?:service|office|secretary|cent(?:er|re)))\s+(?:for|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "press service of the President of Mongolia", "press service of Kazakhstan's prime minister": whose
# press service, by a post, not by a name
_PRESS_OF_WHOM_RE: Final = re.compile(
    r"press\s+(?:service|office)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*(?:[\u2019']s)?\s+)?(?:[Pp]rime\s+[Mm]inister|"
    r"[Pp]resident|[Gg]overnment|[Mm]inistry|[Cc]abinet)(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s*"
)
# "the Energy Ministry's press service", "the MoFA press center": the body it speaks for, named before it
_PRESS_AFTER_RE: Final = re.compile(
    r"(?:[\u2019']s)?\s+(?:spokes(?:person|man|woman)|press\s+(?:service|office|secretary|cent(?:er|re)))\b",
    re.IGNORECASE,
)
_NAME_COLON_RE: Final = re.compile(r"\s*(?P<who>(?:[A-Z][\w\u2019'.-]*\s+){0,6}[A-Z][\w\u2019'-]*)\s*:\s*")
# A title's portfolio follows it: "Commissioner for Enlargement", "Minister of Energy".
# (its parts listed with commas: "Minister of Ecology, Environmental Protection, and Climate Change")
_PORTFOLIO_RE: Final = re.compile(
    r"\b(?:Commissioner|Minister|Secretary|Representative|Envoy|Director|Head)\s+(?:for|of)\s+"
    r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3},\s+)*(?:and\s+)?$"
)
_TOP_DIPLOMAT_RE: Final = re.compile(
    r"\bhead\s+of\s+(?P<eu>EU|European)?\s*diplomacy\b|"
    r"(?:(?P<eu2>EU|European\s+Union)(?:[\u2019']s)?\s+)?(?:top|chief)\s+diplomat\b"
)
# The nouns of a document that speaks for whoever issued it.
_DOCUMENT_NOUNS: Final = (
    r"message|statement|press\s+release|release|communiqu\w*|resolution|text|conclusions|document"
)
# A document for its author: "..., the message said".
_DOCUMENT_RE: Final = re.compile(
    rf"\s*(?:the|this|that|its|their)\s+(?:{_DOCUMENT_NOUNS}|letter)\s*",
    re.IGNORECASE,
)
# A document named with the body that adopted it: "The text passed in the European Parliament on ...",
# "conclusions endorsed by the bloc's foreign ministers"
_ADOPTED: Final = r"passed|adopted|approved|issued|endorsed"
_ADOPTED_DOCUMENT_RE: Final = re.compile(
    rf"\s*(?:(?:[Tt]he|[Tt]his|[Ii]ts)\s+)?(?:{_DOCUMENT_NOUNS})\s+(?:{_ADOPTED})\s+"
    r"(?:in|by)\s+(?:the\s+)?(?P<body>\w[^,;]{2,80}?)(?:\s+(?:on|in|last|during|at)\b[^,;]*)?\s*"
)
# A document, or "it", saying a quotation that reports others in the third person: "«Kulubayev
# noted that ...,» it said", "«Both presidents welcomed ...,» says the document adopted on ..."
_DOCUMENT_SAYS_RE: Final = re.compile(
    rf"\s*(?:it|(?:the|this|that|its|their)\s+(?:(?:joint|final|press)\s+)?(?:{_DOCUMENT_NOUNS}|"
    r"document|declaration)\b[^,.;]*|"
    # (a body's press service relaying the parties: "«... the parties expressed ...,» the Foreign
    # Ministry's press service said")
    r"the\s+(?:[A-Z][\w-]*\s+){1,3}?[A-Z][\w-]*[\u2019']s\s+press\s+(?:service|office)|"
    # ('"Turgunbek uulu noted that ...," the press service said': a press service of any name)
    r"the\s+(?:[\w-]+\s+){0,3}?press\s+(?:service|office)(?:\s+of\s+[^,.;]*)?)\s*",
    re.IGNORECASE,
)
# A body's document as a subject: "a European External Action Service press release", "the
# Commission's statement"
_BODY_DOCUMENT_RE: Final = re.compile(
    r"\s*(?:[Aa]n?|[Tt]he)\s+(?P<body>[A-Z][^,.;]{1,100}?)(?:[\u2019']s)?\s+"
    rf"(?:{_DOCUMENT_NOUNS})\s*"
)
# A body given as the source of a report: "The press service of the Delegation reported."
_REPORTED_RE: Final = re.compile(
    r"\s*(?:\([A-Za-z]{2,10}\)\s*)?(?:has\s+)?(?:reported|reports|informed|informs|announced|said|says)\b"
)
# "Vice President" is one title, not a President's: "the President" never recalls its holder.
_VICE_RE: Final = re.compile(r"\bvice\s+(?=president\b)")
_ISSUED_BY_RE: Final = re.compile(
    r"\b(?:release|statement|communiqu\w*|report|message|note)\b[^.;]{0,40}?"
    # ("A press release from the Kazakh government said": from whom it came)
    r"\b(?:(?:issued|released|published|sent|circulated)\s+by|from)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# The EU's short name in a folded name, for its long one.
_EU_WORD_RE: Final = re.compile(r"\beu\b")
# What a news outlet does with the news: relays it ("Kabar reported", "according to Kabar").
_RELAYING: Final = frozenset({"reported", "reports", "according to", "says", "said"})
# Thanks for being received: "thanked X for his hospitality and the warm welcome".
_COURTESY_RE: Final = re.compile(
    r"[^.;:]{0,80}?\bfor\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:warm\s+|kind\s+|cordial\s+)?"
    r"(?:hospitality|welcome|reception|invitation)\b"
)
# Whom or what a verb of saying takes before the words: "told reporters: “...”", "Michel called it
# “much more than ...”"
_SAID_TO: Final = r"(?:\s+(?:reporters|journalists|the\s+(?:press|media|audience|participants)|it|this))?"
# "X said on Monday: “...”", "wrote on X:", "said in a statement:": when or where, then the words
_WHEN_WHERE: Final = r"\s+(?:on|in|at|during|after)\s+[^:\u201c\u201d\"\u00ab\u00bb.;,]{1,40}?"
# "the head of state", "the Kyrgyz head of state", "the head of Kyrgyzstan", "the head of the country"
_HEAD_OF_STATE_RE: Final = re.compile(
    r"^\s*(?:[Tt]he\s+)?(?:(?P<adjective>[A-Z][\w-]+)\s+)?[Hh]ead\s+of\s+(?:the\s+)?(?P<of>\w+)\b(?!\s+of\b)"
)
# "the head of the European Commission": a body's head, its name to be found in a holder's post
_HEAD_OF_BODY_RE: Final = re.compile(
    r"\s*(?:[Tt]he\s+)?[Hh]ead\s+of\s+(?:the\s+)?(?P<body>(?:EU|[A-Z][a-z][\w-]*)(?:\s+[A-Z][\w-]*){0,4})\s*$"
)
_TOP_POST_RE: Final = re.compile(r"\b(?:president|head|chair|chairman|chairwoman|chairperson|director)\b")
# The two sides of talks as a subject: "the parties", "both sides", "the two presidents".
_PARTIES_RE: Final = re.compile(
    r"(?:^|[\s,])(?:the|both)\s+(?:two\s+)?(?:parties|sides|leaders|presidents|ministers|heads\s+of\s+state)"
    # ("The parties highly praised", "The two parties have expressed")
    r"(?:\s+also)?(?:\s+(?:have|has|had))?(?:\s+[a-z]+ly)?\s*$",
    re.IGNORECASE,
)
# Words for the people at talks that name a group elsewhere: "The officials stated", "Diplomats called
# for" are the two parties only right after talks of two.
_TALKERS_RE: Final = re.compile(
    r"(?:^|[\s,])(?:the\s+|both\s+)?(?:two\s+)?(?:officials|diplomats|interlocutors|counterparts|delegations|"
    # ("EU representatives expressed support": the EU's people at the talks, below)
    r"(?:EU|European\s+Union)\s+(?:representatives|officials)|"
    r"participants\s+of\s+the\s+(?:meeting|talks|negotiations|conversation))(?:\s+also)?(?:\s+[a-z]+ly)?\s*$",
    re.IGNORECASE,
)
# ... or by their posts on each side: "The heads of the foreign affairs agencies of Turkmenistan and
# the European Union particularly emphasized" (two named parties, right after talks of two)
_POSTS_OF_TWO_RE: Final = re.compile(
    r"(?:^|\s)(?:[Tt]he\s+)?(?:heads|leaders|ministers|representatives|delegations)\s+of\s+"
    r"(?:[^,;]{0,60}?\s+of\s+)?(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+and\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s+(?:also|[a-z]+ly))*\s*$"
)
# ... or as the subject of a clause whose participle reports them: "The parties also addressed
# engagement, emphasizing ..."
_PARTIES_DID_RE: Final = re.compile(
    r"\s*(?:the|both)\s+(?:two\s+)?(?:parties|sides|leaders|presidents|ministers)\s+(?:also\s+)?[a-z]+ed\b[^;:]*,\s*$",
    re.IGNORECASE,
)
# A group more than two: "they" after it are its members, not the two parties of the talks.
_GROUP_RE: Final = re.compile(
    r"(?<!\btwo\s)(?<!\bboth\s)\b(?:participants|ministers|leaders|delegations|countries|states|members|"
    r"officials|representatives|heads\s+of\s+state)\b",
    re.IGNORECASE,
)
# The subject opening a clause, before its finite verb: "He made the remark ...", "The minister has ...".
_LEADING_SUBJECT_RE: Final = re.compile(
    r"\s*(?P<s>[Hh]e|[Ss]he|(?:[Tt]he\s+)?(?:[A-Z][\w\u2019'.-]*\s+){0,5}[A-Z][\w\u2019'-]*)\s+(?:also\s+)?"
    r"(?:[a-z]{3,}ed|made|gave|took|met|held|has|had|was)\b"
)
# Where a sentence turns to another speaker: "Kallas said ..., while Costa said ...".
_CLAUSE_RE: Final = re.compile(r",\s*(?:while|whereas|but|although|though)\s+")

# Words that make a phrase a title: a person is described, not named.
_TITLE_WORDS: Final = frozenset(
    w.lower()
    for w in (
        "President", "Vice-President", "Director-General", "Secretary-General",
        "Minister", "Ministers", "Commissioner", "Representative",
        "Ambassador", "chief", "Chancellor", "Secretary", "Spokesperson", "spokesman", "spokeswoman",
        "Director", "Head", "Chairman", "Chair", "Chairwoman", "Chairperson", "Envoy", "Governor", "Mayor",
        "King", "Emir", "Deputy", "Senator", "MEP", "MP", "diplomat", "Premier", "Mr", "Ms", "Mrs", "Dr",
        "H.E.", "Speaker", "Ombudsman", "Editor", "Counsellor", "Adviser", "Advisor", "Excellency", "member",
        "politician", "official", "Coordinator", "analyst", "scientist", "expert",
        "economist", "professor", "researcher", "Officer", "rapporteur", "Manager", "Commander", "CEO",
        "Colonel", "Lieutenant", "Admiral", "counterpart", "Rector",
    )
)  # fmt: skip


# A post taken up, then what it is: "X started her job as the new EU special representative".
_TOOK_POST_RE: Final = re.compile(
    r"\s+(?:started|began|took\s+up|assumed)\s+(?:his|her|their)\s+(?:job|post|duties|office|position)"
)
# A post after a name: "(appointed X) as Central Asia's new EU Special Representative (EUSR)".
_AS_POST_RE: Final = re.compile(
    r"\s+as\s+[^,.;]{0,60}?\b(?:"
    + "|".join(re.escape(w) for w in (*_TITLE_WORDS, "EUSR", "envoy", "head", "chair"))
    + r")\b",
    re.IGNORECASE,
)


def _title_heads(phrase: str) -> list[str]:
    """The title words of `phrase`, in lower case ("the EU Special Representative": representative)."""
    return [
        w
        for w in re.findall(r"[\w.-]+", _VICE_RE.sub("vice-", phrase.lower()))
        if w.rstrip(".") in _TITLE_WORDS
    ]


# (the drafts' posts ask them too: "Anna Berg, the EU Special Representative for Central Asia,")
TITLE_WORDS: Final = _TITLE_WORDS
# A title in brackets after a name: "António Costa (President of the European Council)".
_TITLE_IN_BRACKETS_RE: Final = re.compile(
    r"\s*\([^()\n]{0,60}?\b(?i:" + "|".join(re.escape(w) for w in _TITLE_WORDS) + r")\b[^()\n]{0,60}\)"
)
# Titles written short in news copy, read as the title in full: "the Kazakh PM".
_TITLE_SHORT: Final = {
    "PM": "prime minister", "FM": "foreign minister", "DPM": "deputy prime minister", "VP": "vice-president",
    "EUSR": "EU special representative",
}  # fmt: skip
_TITLE_SHORT_RE: Final = re.compile(r"\b(?:" + "|".join(_TITLE_SHORT) + r")\b")
_MET_TITLE_RE: Final = re.compile(
    r"\b(?:met(?:\s+with)?|talks\s+with|meeting\s+with|received)\s+(?:the\s+)?(?P<title>[^\n]{0,200}?\b(?:"
    + "|".join(
        sorted(
            {
                "Director",
                "Head",
                "Minister",
                "Commissioner",
                "Ambassador",
                "Representative",
                "Chairman",
                "Envoy",
                "Secretary",
                "President",
                "Governor",
                "Deputy",
            }
        )
    )
    + r")\b[^\n]{0,200}),\s*$"
)
_GLOSSED_BODY_RE: Final = re.compile(
    r"\b(?:parliament|house|assembly|chamber|council|legislature|senate)\s+\("
    r"(?P<name>[A-Z][a-z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,3})\)|"
    # "the Kyrgyz parliament, the Jogorku Kenesh, ...": the name in apposition (R9b, ninth round)
    r"\b(?:parliament|legislature|senate),\s+the\s+(?P<named>[A-Z][a-z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,3}),|"
    r"\btold\s+(?P<outlet>[A-Z][\w.-]*[\w])(?=\s+in\s+an\s+interview\b|\s*[.;]\s)|"
    # "told the Brussels Press Club.", "in a statement to the Astana Times,": after "the", capitalized
    # words told something are a body, not a person (R12b)
    r"\b(?:told|(?:statement|interview|remarks|comments)\s+to)\s+the\s+"
    r"(?P<told_the>[A-Z][\w.-]*\w(?:\s+[A-Z][\w.-]*\w){0,3})(?=\s*[.,;]|\s+(?:in|on|that)\b)|"
    # a name glossed by what it is: "Northern Front (an armed group banned in X)" (R11b)
    r"(?<![\w-])(?P<gloss>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+\((?:an?\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:group|organi[sz]ation|movement)\b[^()\n]{0,60}\)|"
    # a company by its owner: "the state-owned KazMunayGas" (R11b)
    r"\bstate-(?:owned|run)\s+(?:(?:company|firm|operator|giant|monopoly)\s+)?"
    r"(?P<owned>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})|"
    # a body's acronym set beside what it is: "one of the organizations on security - OSCE." (R11b)
    r"\borgani[sz]ations?\b[^.;:\n]{0,50}?\s[\u2013\u2014-]\s(?P<named_acronym>[A-Z]{3,6})(?=\s*[.,;)])|"
    # a parliament's standing delegation, in lower case: "Parliament's delegation for relations with
    # Central Asia" (a person named right after it is cut off below) (R11b)
    r"(?P<delegation>(?:[A-Z][\w-]*[\u2019']s\s+)?delegation\s+for\s+relations\s+with\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w-]*)*)"
)
# A news outlet named as a source: ", Kabar reported.", "Trend reports citing", "according to
# Interfax,", "reported by Daryo.", "the AKIpress news agency", a byline "By A B - Trend:". One
# word, for a person's name is two.
_OUTLET: Final = r"[A-Z][\w/.-]*\w"
_OUTLET_RE: Final = re.compile(
    rf"(?:,\s+|^|(?<=[.!?]\s)|(?<=\snews\sagency\s))(?P<a>{_OUTLET})\s+(?:(?:reported|reports)"
    r"(?=\s*[.,;:]|\s+(?:that|on|citing|quoting)\b)|cites|cited|quotes|quoted)\b|"
    rf"\b(?:[Aa]ccording\s+to|reported\s+by|cited\s+by|quoted\s+by)\s+(?P<b>{_OUTLET})(?=\s*[.,;])|"
    rf"\b(?P<c>{_OUTLET})\s+news\s+(?:agency|site|portal|outlet|website)\b|"
    # "according to the Kyrgyz news agency 24.kg, ...": the name after the noun, a digit first too
    r"(?:(?<=\snews\sagency\s)|(?<=\snews\ssite\s)|(?<=\snews\sportal\s)|(?<=\snews\swebsite\s))"
    r"(?P<e>[A-Z\d][\w/.-]*\w)(?=\s*[,;]|\s+reported\b)|"
    rf"\bBy\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{1,2}}\s+[\u2013\u2014-]\s+(?P<d>{_OUTLET}):|"
    # a wire dateline: "BISHKEK, May 17 (Itar-Tass) -", "DUSHANBE, 18.11.2022 (NIAT Khovar) -" (R10b)
    rf"^[A-Z][A-Z' -]+[.,][^()\n]{{0,25}}\((?P<f>{_OUTLET}(?:\s+{_OUTLET})?)\)\s*[\u2013\u2014-]|"
    # the agencies, then the date, inside the brackets: "MOSCOW (Daily Wire / Tass - 3rd May, 2019)"
    rf"^[A-Z][A-Z' -]+\s\((?P<g>{_OUTLET}(?:\s+{_OUTLET})?)(?:\s*/\s*(?P<h>{_OUTLET}(?:\s+{_OUTLET})?))?"
    r"\s+[\u2013\u2014-]\s+[^()\n]{1,30}\)|"
    # the agency after the date and a dash: "OSH (Kyrgyzstan), May 3 \u2013 Interfax." (R11b)
    rf"^[A-Z][A-Z' -]+(?:\s*\([^()\n]{{1,30}}\))?,\s+[^\n\u2013\u2014]{{1,25}}?\s+[\u2013\u2014-]\s+"
    rf"(?P<i>{_OUTLET}(?:\s+{_OUTLET})?)\.(?=\s)|"
    # "in an interview with Euronews,": one word, for a person's name is two (R11b)
    rf"\binterview\s+with\s+(?P<j>{_OUTLET})(?=\s*[.,;])|"
    # a broadcaster's service: "..., Radio Liberty's Tajik Service says."
    r"(?P<k>(?:Radio\s+(?:Free\s+Europe/)?Liberty|RFE/RL)[\u2019']s\s+[A-Z][\w-]*\s+Service)"
    r"(?=\s+(?:says|said|reports|reported)\b)",
    re.MULTILINE,
)
# A body's press service, by its noun: "press service", "press office", "press centre".
_PRESS: Final = r"press\s+(?:service|office|cent(?:re|er))"
# A press service named in full: "the press service of the President of Uzbekistan".
_PRESS_OF_NAMED_RE: Final = re.compile(
    rf"\b([Pp]{_PRESS[1:]}\s+of\s+(?:the\s+)?[A-Z][\w\u2019'-]*"
    r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\u2019'-]*){0,5})"
)
_HE_OR_SHE_RE: Final = re.compile(r"\s*(?:[Hh]e|[Ss]he)(?:\s+also)?\s*")
# What "according to" may name that is no one's: "official data", "EU rules", "the agenda of the meeting"
# (but "according to the UN data": the data of a body named are its report)
_NO_ONE_RE: Final = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:official|unofficial|preliminary|available|latest|recent|some|media)\s+)*"
    r"(?:data|sources|figures|statistics|estimates|reports|information|calculations|experts|analysts|observers)|"
    r"(?:[Tt]he\s+)?(?:[\w-]+\s+){0,2}(?:rules|regulations|law|agenda(?:\s+of\s+the\s+\w+)?)"
)
# A press service by whose it is: "the Kazakh leader's press service", "the Senate's press office".
_OWNED_PRESS_RE: Final = re.compile(
    rf"\s*(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w-]*\s+){{0,3}}(?P<owner>[\w-]+)[\u2019']s\s+{_PRESS})"
    r"(?:\s+also)?\s*"
)
# A body recalled by its press service: "The press service of the department reports."
_PRESS_OF_BODY_RE: Final = re.compile(
    rf"\b[Tt]he\s+{_PRESS}\s+of\s+the\s+"
    r"(?P<noun>department|ministry|committee|agency|service|office)\s+(?:reports|reported|says|said|informs)\b"
)
# A body by its press service: "the Akorda press service reports" (R9b, ninth round).
_PRESS_OF_RE: Final = re.compile(
    rf"\b(?P<a>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,3}}(?:[\u2019']s)?\s+{_PRESS})\b"
)
# Companies listed after what they are: "such corporations as Total, Siemens, Linde and ADF",
# "firms like Airbus and Linde" (R9b, ninth round); each item a name of one to three words.
_KINDS_OF_FIRM: Final = r"(?i:companies|corporations|firms|banks|investors|manufacturers)"
_FIRM_LIST_RE: Final = re.compile(
    rf"\b[Ss]uch\s+{_KINDS_OF_FIRM}\s+as\s+|\b{_KINDS_OF_FIRM},?\s+(?:such\s+as|like|including)\s+"
)
_FIRM_ITEM_RE: Final = re.compile(
    r"(?:,\s*|\s+and\s+)?(?:the\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})"
)
# A company named in quotation marks beside what it is: 'the plant «Khimfarm»', 'JSC "Kazakhstan
# Temir Zholy"', 'the "Almaty Cement" company'.
_COMPANY_NAME: Final = r"[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*){0,3}"
_COMPANY_RE: Final = re.compile(
    rf"\b(?:company|plant|enterprise|factory|firm|JSC|LLP|LLC|holding|corporation|concern)\s+"
    rf"[\u00ab\"\u201c](?P<a>{_COMPANY_NAME})[\u00bb\"\u201d]|"
    rf"[\u00ab\"\u201c](?P<b>{_COMPANY_NAME})[\u00bb\"\u201d]\s+"
    r"(?:company|plant|enterprise|factory|firm|holding|corporation|concern)\b"
)
# The EU's office somewhere, in lower case: "the EU liaison office in Turkmenistan", "the EU
# delegation to Kyrgyzstan" (not "the EU delegation arrived in Astana": a group that travels).
_EU_OFFICE_RE: Final = re.compile(
    r"\b(?P<a>(?:EU|European\s+Union)(?:\s+[a-z]+)?\s+(?:office|delegation|mission|representation)"
    r"\s+(?:in|to)\s+(?:the\s+)?[A-Z][\w-]+)"
)
_LIST_NAME: Final = r"[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,3}(?:\s+\([^()\n]{1,40}\))?"
_LIST_RE: Final = re.compile(rf"(?<![\w-]){_LIST_NAME}(?:,\s+(?:and\s+)?{_LIST_NAME}){{2,}}")
_ITEM_RE: Final = re.compile(r"(?:^|,\s+(?:and\s+)?)(?P<name>[^()\n,]+?)(?:\s+\([^()\n]{1,40}\))?(?=,|$)")
# A sentence that goes on with the words reported just before: a turn of the argument, or the
# speaker's own "we".
_GOING_ON_RE: Final = re.compile(
    r"\s*(?:(?:But|However|Moreover|At\s+the\s+same\s+time)(?:,?\s+at\s+the\s+same\s+time)?,?\s+"
    r"(?=(?:this|that|it|these|there)\b)|(?=We\b|Our\b))"
)
# The EU's stance in the present, as its envoy tells it: "The EU values the crucial role ...",
# "The European Union views Kazakhstan as an important partner ..."
_EU_STANCE_RE: Final = re.compile(
    r"\s*(?=The\s+(?:EU|European\s+Union)\s+(?:also\s+)?(?:values|views|supports|welcomes|stands\s+ready|"
    r"remains|reaffirms|is\s+(?:ready|committed|interested)|considers|appreciates|encourages|sees|wants)\b)"
)
# Words a title before a name may hold besides title words: "said the EU's top diplomat X"
_NAMING_WORDS: Final = frozenset(
    (
        "the", "a", "an", "its", "his", "her", "their", "top", "chief", "head", "former", "new", "deputy",
        "s", "press", "service", "center", "centre", "office", "spokesperson", "spokesman", "spokeswoman",
        "of", "for", "statement", "release", "from", "by", "issued", "in", "on", "website",
    )
)  # fmt: skip
# "Terhi Hakala: We will deepen ...": a paragraph of a transcript, labelled with its speaker
_LABEL_RE: Final = re.compile(
    r"^(?P<who>[A-Z][\w\u2019'.-]*(?:[ \t]+[A-Z][\w\u2019'.-]*){0,3}):[ \t]+(?P<words>\S[^\n]{19,})$",
    re.MULTILINE,
)
# Titles that stand right before a person's name, a surname alone too ("President Tokayev").
_PERSONAL_TITLES: Final = frozenset(
    (
        "president", "minister", "ambassador", "chairman", "chairwoman", "chairperson", "commissioner", "mr",
        "ms", "mrs", "dr", "premier", "governor", "mayor", "senator", "envoy", "chancellor", "ombudsman",
        # titles written short: "HRVP Borrell", "FM Tileuberdi", "PM Smailov"
        "hrvp", "vp", "fm", "pm", "dpm",
    )
)  # fmt: skip
# Head nouns of a body's name.
_ORG_WORDS: Final = frozenset(
    w.lower()
    for w in (
        "Council", "Delegation", "Service", "Ministry", "Department", "Agency", "Bank", "Committee",
        "Office", "Commission", "Parliament", "Union", "Organization", "Organisation", "Fund",
        "Institute", "Centre", "Center", "Secretariat", "Government", "Assembly", "Court", "Authority",
        "Mission", "Embassy", "Administration", "Directorate", "Presidency", "service", "department",
        "office", "government", "ministry", "agency", "University", "Academy", "Chamber", "Foundation",
        "Association", "Corporation", "Directorate-General", "Senate", "Unit", "Board", "Society", "Guard",
        "Troops", "Division",
    )
)  # fmt: skip
_NATIONALITIES: Final = frozenset(
    (
        "Kazakh", "Kazakhstani", "Kyrgyz", "Uzbek", "Tajik", "Turkmen", "Russian", "Chinese", "Danish",
        "German", "French", "Italian", "Polish", "European", "American", "British", "Turkish",
        "Azerbaijani", "Georgian", "Armenian", "Afghan", "Ukrainian", "Belgian", "Dutch", "Spanish",
        "Hungarian", "Czech", "Slovak", "Austrian", "Swedish", "Finnish", "Estonian", "Latvian",
        "Lithuanian", "Greek", "Romanian", "Bulgarian", "Croatian", "Slovenian", "Irish", "Portuguese",
        "Maltese", "Cypriot", "Luxembourgish", "Iranian", "Indian", "Japanese", "Korean", "Pakistani",
        "Mongolian", "Belarusian",
    )
)  # fmt: skip
NATIONALITY_CODES: Final = {
    "Kazakh": "KZ", "Kazakhstani": "KZ", "Kyrgyz": "KG", "Uzbek": "UZ", "Tajik": "TJ",
    "Turkmen": "TM", "Russian": "RU", "Chinese": "CN", "Danish": "DK", "German": "DE",
    "French": "FR", "Italian": "IT", "European": "EU", "EU": "EU",
    # (the member states' too: "the Austrian Foreign Minister" is a member state's holder)
    "Polish": "PL", "Belgian": "BE", "Dutch": "NL", "Spanish": "ES", "Hungarian": "HU", "Czech": "CZ",
    "Slovak": "SK", "Austrian": "AT", "Swedish": "SE", "Finnish": "FI", "Estonian": "EE", "Latvian": "LV",
    "Lithuanian": "LT", "Greek": "GR", "Romanian": "RO", "Bulgarian": "BG", "Croatian": "HR",
    "Slovenian": "SI", "Irish": "IE", "Portuguese": "PT", "Maltese": "MT", "Cypriot": "CY",
    "Luxembourgish": "LU",
}  # fmt: skip
# Words of a title that put its holder on the EU's side: its institutions, or a member state.
_EU_SIDE_RE: Final = re.compile(
    r"\b(?:EU|European|Commission|Commissioner|EEAS|"
    + "|".join(
        sorted(
            [COUNTRY_NAMES[code] for code in MEMBER_STATES]
            + [word for word, code in NATIONALITY_CODES.items() if code in MEMBER_STATES]
        )
    )
    + r")\b"
)
_COMMON: Final = frozenset(
    (
        "The", "A", "An", "EU", "UN", "US", "In", "On", "At", "For", "Of", "And", "With", "By", "From",
        "To", "As", "After", "Before", "During", "This", "That", "These", "Those", "It", "Its",
        "Their", "His", "Her", "Our", "We", "They", "He", "She", "I", "You", "Foreign", "Affairs",
        "Security", "Policy", "High", "Special", "Prime", "First", "Vice", "State", "Republic",
        "Central", "Asia", "Asian", "Europe", "Eurasian", "Caspian", "Trans-Caspian", "Agreement",
        "Partnership", "Cooperation", "Summit", "Forum", "Conference", "Corridor", "Route", "Gateway",
        "Strategy", "Initiative", "Programme", "Program", "Roadmap", "Package", "Charter", "Port",
        "Sea", "International", "Transport", "Investment", "Global", "Team", "Economic", "Development",
        "Enhanced", "New", "Joint", "Strategic", "National", "Information", "Press", "Trade",
        "Connectivity", "Climate", "Change", "Energy", "Digital", "Sustainable", "Green", "Days", "Day",
        "Sanctions", "Implementation", "General",
        # honorifics, no names: "Hero-Arkadag said", "Arkadag Gurbanguly Berdimuhamedov", "the
        # President of the country, Honorable Emomali Rahmon"
        "Arkadag", "Hero-Arkadag", "Honorable", "Honourable",
        # a place's nouns: "The Governor of Ferghana Region, Khayrullo Bozorov" names one person
        "Region", "Province", "Oblast", "District", "Valley",
        "Week",
        "Year", "Minister", "Interior", "Justice", "Finance", "Defence", "Defense", "Economy", "North",
        "South", "East", "West", "Mr", "Ms", "Mrs", "Dr", "Federation", "Kingdom", "Emirates", "Road",
        "Belt", "Silk", "Civil", "Society", "Human", "Rights",
        # the words of a portfolio between a title and a name: "Commissioner for International
        # Partnerships Urpilainen", "Commissioner for Neighbourhood and Enlargement"
        "Partnerships", "Enlargement", "Neighbourhood", "Neighborhood", "Budget", "Values", "Transparency",
        "Crisis", "Management", "Cohesion", "Reforms", "Agriculture", "Environment", "Oceans", "Fisheries",
        "Innovation", "Research", "Culture", "Education", "Youth", "Health", "Migration", "Competition",
        "Employment", "Equality", "Mobility", "Market", "Markets", "Relations", "External", "Humanitarian",
        "Aid", "Industry", "Taxation", "Customs", "Affairs", "Technologies", "Technology", "Infrastructure",
        "Construction", "Resources", "Natural", "Ecology", "Tourism", "Communications", "Action", "Diplomacy",
        "Section", "Division", "Unit", "Studies",
        "Response",
        # a gathering's nouns: "took part in the 20th Anniversary Meeting of ..." names no one
        "Meeting", "Session", "Anniversary", "Ministerial", "Dialogue", "Round",
        # words that open a sentence before its subject: "But Steinmeier said" is Steinmeier's
        "But", "Yet", "So", "However", "Meanwhile", "Moreover", "Furthermore", "Also", "Then", "Later",
        "Earlier", "When", "While", "If", "Although", "Though", "Both", "Since", "Until", "Under",
        "Through", "Among", "Between", "According", "Speaking", "Asked", "Recently", "Previously",
        "Additionally", "Currently", "Subsequently", "Separately", "Similarly", "Likewise", "Notably",
        # a chamber's nouns: "President of Italy-Uzbekistan Chamber of Commerce Luigi Iperti"
        "Commerce", "Chamber",
        # a headline's verbs, capitalised: "Uzbekistan President Tells Euronews" names no one more
        "Tells", "Says", "Urges", "Calls", "Meets", "Visits", "Signs", "Welcomes", "Discusses", "Holds",
    )
)  # fmt: skip
_MONTHS_DAYS: Final = frozenset(
    [*MONTH_NAMES, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
)
_PARTICLES: Final = frozenset({"von", "der", "van", "de", "da", "di", "del", "bin", "al", "la", "le", "den"})
_EXTENDED_CAPITALS: Final = "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
_TOKEN_RE: Final = re.compile(
    # a full stop before a capitalised word ends the name: "Erines Otorbaev.They" (a missing space),
    # while initials keep theirs ("J.M. Barroso")
    # (a capital of Latin Extended-A opens a name too: "Maroš Šefčovič", "Łukasz", "Žygimantas")
    rf"[A-Z\u00c0-\u00de{_EXTENDED_CAPITALS}](?:[\w\u2019'-]|\.(?![A-Z][a-z]))*|"
    r"(?:von|der|van|de|da|di|del|bin|al|den)(?=\s)|"
    # a Kyrgyz patronymic after the name it completes: "Nurlanbek Turgunbek uulu" ("son of")
    r"(?<=[a-z] )(?:uulu|kyzy)(?![\w-])"
)
_FULL_NAME: Final = r"[A-Z][a-z][\w\u2019'-]*(?:[ \t]+[A-Z][a-z][\w\u2019'-]*){1,3}"
_PEOPLE_LIST_RE: Final = re.compile(
    r"\b(?:activists|journalists|bloggers|dissidents|prisoners|lawyers|defenders|politicians|"
    r"opposition\s+leaders)[ \t]+"
    rf"(?P<names>{_FULL_NAME}(?:,[ \t]+{_FULL_NAME})*,?[ \t]+and[ \t]+{_FULL_NAME})"
)
_LONG_TITLE_RE: Final = re.compile(
    r"\b(?:Minister|Commissioner|Ambassador|Director(?:-General)?|Head|Chairman|Chair|Envoy|Secretary|"
    r"Representative|President|Governor|Deputy)\b(?P<title>[^.;:\n\u201c\u201d\"]{0,160}?)"
    r"(?:\bof[ \t]+(?:the[ \t]+)?[A-Z][\w-]*|\([A-Z]{2,}(?:[ \t]+[A-Z]{2,})*\))[ \t]+$"
)
# A clause that is all a title up to the name after it: "Head of the delegation for relations with
# Central Asia and Kazakhstan " (no verb of meeting on the way, which makes the name its object).
_TITLE_RUN_RE: Final = re.compile(
    r"(?:^|(?<=[.;:\n])|(?<=[.;:]\s)|(?<=\n\s)|(?<=,\s))(?:The\s+)?(?:Head|Chairman|Chairwoman|Chair|Member|"
    r"Director|Deputy|Minister|Commissioner|Ambassador|Envoy|Representative|Secretary)\b"
    r"(?![^.;:,\n]*\b(?:met|meets|meeting|received|visited|welcomed|talks|said|says|told|noted)\b)"
    r"[^.;:,\n]{0,180}[ \t]+$",
    re.MULTILINE,
)
# (a straight opening mark closed by a curly one: '"the Summit marked a new chapter”')
_OPENERS: Final = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u2018": "\u2019\u201d", '"': '"\u201d'}


def _countries() -> frozenset[str]:
    # A country's name, or the last word of a longer one ("Rica", "Emirates"): its other words
    # may be a person's ("António Costa", not "Costa Rica"; "Pierre Morel", not "Saint Pierre and
    # Miquelon"), and so may a saint's name ("Saint Martin").
    words: set[str] = set()
    for name in COUNTRY_NAMES.values():
        parts = re.sub(r"\s*\(.*?\)", "", name.split(",")[0]).split()
        if parts[0] not in ("Saint", "Sint") or len(parts) > 2:
            words.add(parts[-1])
    return frozenset(words)


_COUNTRY_WORDS: Final = _countries()
_COUNTRY_NAMES: Final = frozenset(COUNTRY_NAMES.values())
# The verbs by which a state tells, its government speaking: "Kyrgyzstan reported", "..., Tajikistan said"
_STATE_TELLS: Final = r"said|says|told|announced|reported|informed|stated|presented|claimed|insisted"


# "the French company TotalEnergies": a company named after its nationality and kind (R9b, ninth round)
_NATIONAL_FIRM_RE: Final = re.compile(
    rf"\b(?:{'|'.join(sorted(_NATIONALITIES, key=len, reverse=True))})\s+"
    r"(?:company|firm|corporation|group|bank)\s+(?P<firm>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})"
)


def _body_form(folded: str) -> str:
    """A body's folded name in one form of its words: "delegation of the eu to x" and "eu delegation
    to x" are "european union delegation to x"."""
    form = _EU_WORD_RE.sub("european union", folded)
    return re.sub(r"^(?:the )?delegation of the european union\b", "european union delegation", form)


# A post's "of the Union": "High Representative of the Union for Foreign Affairs and Security Policy"
_POST_OF_THE_RE: Final = re.compile(r"\b(?:Representative|President|Commissioner)\s+of\s+the\s+$")


def _acronym_form(name: str) -> str | None:
    """The name with the words an acronym in brackets stands for written as the acronym:
    "European Union (EU) Delegation to Tajikistan" -> "EU Delegation to Tajikistan"."""
    inner = re.search(r"\s+\(([A-Z]{2,8})\)", name)
    if inner is None or inner.end() == len(name):
        return None
    acronym = inner.group(1)
    words = name[: inner.start()].split()
    if len(words) < len(acronym) or "".join(w[0] for w in words[-len(acronym) :]) != acronym:
        return None
    return " ".join([*words[: -len(acronym)], acronym, *name[inner.end() :].split()])


# The region's capitals and the EU's seats, no word of a person's name
_CAPITALS: Final = frozenset(
    {
        "Astana", "Nur-Sultan", "Almaty", "Bishkek", "Dushanbe", "Ashgabat", "Tashkent", "Samarkand",
        "Brussels", "Strasbourg", "Luxembourg",
    }
)  # fmt: skip


def _is_title_word(word: str) -> bool:
    """Whether `word` is a title's, in the singular or, capitalized, the plural ("Presidents X and
    Y"; "she chairs the meeting", "heads the Ministry" are verbs)."""
    bare = word.rstrip(".").lower()
    return bare in _TITLE_WORDS or (word[:1].isupper() and bare.endswith("s") and bare[:-1] in _TITLE_WORDS)


# A body a person is of, then a verb of saying: "of Human Rights Watch, at a demonstration, said"
_OF_BODY_SAID_RE: Final = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w&\u2019'-]*\s+){0,5}[A-Z][\w&\u2019'-]*(?:\s+\([^()]{1,20}\))?"
    rf"(?:,[^,.;]{{1,80}},)?\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:{_SAYING})\b"
)


def stop_word(token: str) -> bool:
    """Whether a capitalised `token` is no word of a person's name: a title, a nationality, a
    country, a month, a body's noun, an acronym or a common word ("Ambassador", "Kazakh", "EU")."""
    bare = token.rstrip(".").replace("\u2019s", "").replace("'s", "")
    return (
        bare in _COMMON
        or bare in _NATIONALITIES
        or bare in _MONTHS_DAYS
        or bare in _COUNTRY_WORDS
        or _is_title_word(bare)
        or bare.lower() in _ORG_WORDS
        or bare.isupper()
        # an abstract noun capitalized in a headline ("the Program of Democratic Transformation")
        or re.fullmatch(r"[A-Z][a-z]{4,}(?:tion|sion|ment|ness|ity|ism|ship)", bare) is not None
        or ("-" in bare and bare.split("-")[0] in ("Vice", "Trans", "EU", "Euro"))
        # "High-Representative", "Colonel-General": a title written with a hyphen
        or ("-" in bare and any(part.lower() in _TITLE_WORDS for part in bare.split("-")))
        # "China-Kyrgyzstan", "Kazakhstan-Elbasy": a country joined to a word is no one's name
        or ("-" in bare and any(part in _COUNTRY_WORDS or part in _NATIONALITIES for part in bare.split("-")))
    )


def _spelling(surname: str) -> str:
    """A surname with the letters its transliterations vary in made one: "Zhaparov" and
    "Japarov", "Khodjaev" and "Hodjayev" alike."""
    key = fold(surname).lower()
    for a, b in (("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("yu", "u"), ("ya", "a"), ("ou", "u")):
        key = key.replace(a, b)
    key = key.replace("y", "i").replace("w", "v")
    return re.sub(r"(.)\1", r"\1", key)


def _loose(slug: str) -> str:
    """A slug with the letters transliterations vary in dropped or made one: "kassym-jomart-tokayev"
    and "kasym-zhomart-tokaev" alike."""
    return re.sub(r"[-iy]", "", _spelling(slug.replace("-", " ")))


def _initials(name: str) -> str:
    """ "ADB" of "Asian Development Bank": the first letters of a name's capitalised words."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


# Russian letters as the usual Latin transliteration writes them: an id for a name in Cyrillic
_CYRILLIC_LATIN: Final = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяқғүұөһң",
        [
            *"abvgdee",
            "zh",
            *"ziyklmnoprstuf",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
            *"kguuohn",
        ],
        strict=True,
    )
)


def _slug(name: str) -> str:
    name = "".join(_CYRILLIC_LATIN.get(c, c) for c in name.lower())
    flat = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return "-".join(re.findall(r"[a-z0-9]+", flat))


# A person's name in Cyrillic, two or three capitalised words ("Абдулазиз Камилов", "Касым-Жомарт
# Токаев"), the last of a run of capitalised words (a title's or a country's before it)
_CYRILLIC_WORD: Final = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_CYRILLIC_RUN_RE: Final = re.compile(rf"(?<![\w-]){_CYRILLIC_WORD}(?:\s+{_CYRILLIC_WORD})+")
# Words of a run no person's name is made of: posts, bodies, places, in any case
_CYRILLIC_NOT_NAME_RE: Final = re.compile(
    r"(?i)^(?:президент|министр|премьер|глав|посол|председател|представител|спецпредставител|комиссар|"
    r"вице|заместител|замминистр|депутат|спикер|канцлер|генсек|руководител|директор|сенатор|верховн|"
    r"республик|европ|евросоюз|союз|совет|комисси|парламент|сенат|меджлис|мажилис|мажлис|олий|жогорку|"
    r"кенеш|казахстан|кыргызстан|киргизи|узбекистан|таджикистан|туркменистан|центральн|азии|азия|"
    r"герман|франци|итали|латви|литв|эстони|польш|венгри|чехи|австри|бельги|брюссел|астан|ташкент|"
    r"бишкек|душанбе|ашхабад|алмат|самарканд|росси|кита|сша|минист|правительств|администраци|пресс|"
    r"межд|государств|народн|партии|партия|фракци|делегаци|организаци|объединенн|глобальн|"
    r"монгол|китай|индии|турци|иран|афганистан|пакистан|еврокомисси|сопредседател|комитет|акорд|"
    r"январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
)
# A post's word in any case ("представителя"): the last before a name tells the name's case
_CYRILLIC_POST_WORD_RE: Final = re.compile(
    r"(?i)(?<!\w)(?:президент|министр|глав|посл|председател|представител|спецпредставител|комиссар|"
    r"заместител|замминистр|депутат|спикер|канцлер|генсек|руководител|директор|сенатор)\w*"
)
# A name in Cyrillic, then a preposition: what follows it is no part of the subject
_RUSSIAN_NAME_THEN_PREPOSITION_RE: Final = re.compile(
    r"\s*(?P<name>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2})\s+(?:на|в|во|с|со|при|по|после|перед|для|у)\s"
)
# What says a Cyrillic run is a person's: a post before it, or a verb of saying or meeting after it
_CYRILLIC_POST_BEFORE_RE: Final = re.compile(
    r"(?i)(?:президент|министр|премьер-министр|глав[аеуы]|посол|посла|послом|председател[ьяюе]|"
    r"представител[ьяюе]|спецпредставител[ьяюе]|комиссар[аеу]?|вице-президент[аеу]?|заместител[ьяюе]|"
    r"замминистра|депутат[аеу]?|спикер[аеу]?|канцлер[аеу]?|генсек[аеу]?|руководител[ьяюе]|директор[аеу]?|"
    r"сенатор[аеу]?|министра|министру|министром|президента|президенту|президентом)\b[^.;:\n]{0,80}$"
)
_CYRILLIC_SAID_RE: Final = re.compile(
    r"^,?\s*(?:(?:также|в\s+свою\s+очередь)\s+)?(?:заявил|отметил|подчеркнул|сказал|сообщил|выразил|"
    r"добавил|указал|пояснил|рассказал|констатировал|встретил|принял|провел|провёл|обсудил|посетил)"
)


def _nominative(word: str) -> str:
    """A Russian surname or given name in the case a list of people gives it, where its ending
    tells the case: "Камиловым", "Камилову" are "Камилов"; "Абдулазизом" is "Абдулазиз"."""
    for ending, nominative in (
        ("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("иным", "ин"), ("овой", "ова"), ("евой", "ева"),
        ("ову", "ов"), ("еву", "ев"), ("ину", "ин"), ("ским", "ский"), ("ского", "ский"),
    ):  # fmt: skip
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + nominative
    if re.search(r"[бвгджзклмнпрстфхцчшщ]ом$", word) and len(word) > 4:
        return word[:-2]
    return word


# A short title in straight marks whose closing mark, before the attribution, closes the quotation too.
_TITLE_CLOSING_RE: Final = re.compile(
    r'"[^"\n]{1,40}"(?=[,.]\s*(?:the\s+|[A-Z])[^.\n"]{0,60}?\b(?:said|says|added|noted|reads|stated|wrote|writes)\b)'
)


def quotations(text: str) -> list[Quotation]:
    """Every quotation of `text`: from an opening mark to its closing mark, across paragraphs.

    An opening mark stands at the start of a word; a single opening mark closes with a
    single closing mark that is not an apostrophe inside a word, or a double one; a
    quotation left open ends where the next one opens or at the end of its paragraph
    when the next paragraph does not continue it with a new mark.

    >>> t = 'He said: “We agree. Fully.” Then “more'
    >>> [t[q.start:q.end] for q in quotations(t)]
    ['We agree. Fully.', 'more']
    """
    found: list[Quotation] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        closers = _OPENERS.get(char)
        before = text[i - 1] if i else " "
        if text.startswith("\u2019\u2019", i) and before.isspace() and text[i + 2 : i + 3].isupper():
            # (two closing single marks set as the opening one: "\u2019\u2019I look forward ...,\u2019\u2019
            # Costa wrote.")
            close = text.find("\u2019\u2019", i + 2)
            if close != -1 and "\n" not in text[i:close]:
                found.append(Quotation(i + 2, close, i, close + 2))
                i = close + 2
                continue
        if (
            closers is None
            or i + 1 >= n
            or not (
                before.isspace()
                or before in "([{:,;\u2014\u2013-\u201c\u00ab"
                # 'on Friday."A historic ...': a mark glued to the full stop before opens a sentence
                or (before in ".!?" and text[i + 1].isupper())
            )
        ):
            i += 1
            continue
        # French typography sets a (narrow) space inside guillemets: "« Nous sommes prêts »"
        pad = (
            len(text[i + 1 : i + 3]) - len(text[i + 1 : i + 3].lstrip(" \u00a0\u202f"))
            if char == "\u00ab"
            else 0
        )
        if text[i + 1 + pad : i + 2 + pad].isspace() or i + 1 + pad >= n:
            i += 1
            continue
        j = i + 1
        end = None
        while j < n:
            c = text[j]
            if c in closers and (c not in "\u2019'" or not (j + 1 < n and text[j + 1].isalpha())):
                if c == '"' and j + 1 < n and text[j + 1].isalnum():
                    titled = _TITLE_CLOSING_RE.match(text, j)
                    if titled is not None:
                        # '"... the status of beneficiary country "GSP +", the statement says.': a
                        # title in the same marks closes the quotation with its own closing mark
                        end = titled.end() - 1
                    break  # a straight quote before a word opens the next quotation
                end = j
                break
            if c in _OPENERS and c not in "\u2018'" and text[j - 1].isspace() and c != char:
                # '"... the first summit “Central Asia - European Union” on April 3-4 ..."': a title in
                # other marks, closed in its paragraph, is inside the quotation; otherwise a new one opens
                line_end = text.find("\n", j)
                closing = re.compile(f"[{re.escape(_OPENERS[c])}]")
                nested = closing.search(text, j + 2, n if line_end == -1 else line_end)
                if nested is None:
                    break
                j = nested.end()
                continue
            if c == char and char != '"' and re.match(r"\s*[,.]?\s*[\u2013\u2014-]\s", text[j + 1 : j + 6]):
                end = j  # '... both parties “, - Sterk added.': an opening mark set for the closing one
                break
            if c == char and char != '"' and text[j - 1].isspace() and "\n" not in text[i:j]:
                break  # a new paragraph reopening the quotation continues it; elsewhere it is a new one
            j += 1
        if end is None:
            stop = j
            paragraph = text.find("\n\n", i)
            if paragraph != -1 and paragraph < stop and not text[paragraph:].lstrip().startswith(char):
                stop = paragraph
            # '"Yes, ... more than China, - Borrel said. "And ...': the closing mark left out, the
            # attribution shows where the quotation ended
            # ("... in more detail said the President.": the same, the subject after the verb)
            said = re.search(
                r",(?=\s*[\u2013\u2014-]?\s*(?:[A-Z][\w\u2019'-]*\s+){1,3}(?:said|says|added|noted)\b)|"
                r",?(?=\s+(?:said|says|added|noted)\s+(?:the\s+)?(?:[A-Z][\w\u2019'-]*\s+){0,3}[A-Z][\w\u2019'-]*\s*[.,])",
                text[i + 1 : stop],
            )
            if said is not None and said.end() > pad:  # (words before the attribution: "« said X" has none)
                close = i + 1 + said.end()
                found.append(Quotation(i + 1 + pad, close, i, close))
                i = close
                continue
            inner_end = len(text[i + 1 : stop].rstrip()) + i + 1
            if inner_end > i + 1 + pad:
                found.append(Quotation(i + 1 + pad, inner_end, i, inner_end))
            i = max(stop, i + 1)
            continue
        inner_start, inner_end = i + 1 + pad, end
        while inner_end > inner_start and text[inner_end - 1] in " \u00a0\u202f":
            inner_end -= 1
        if inner_end > inner_start:
            found.append(Quotation(inner_start, inner_end, i, end + 1))
        i = end + 1
    # (marks around punctuation alone, '“, -', quote no words)
    return [q for q in found if any(c.isalnum() for c in text[q.start : q.end])]


def _inside(quotes: _Quotes, at: int) -> bool:
    """Whether `at` falls inside one of the `quotes` (in order, disjoint): a binary search."""
    i = bisect.bisect_right(quotes.opens, at) - 1
    return i >= 0 and at < quotes[i].close


class _Quotes(list[Quotation]):
    """The quotations of a text with their opening positions, for binary searches."""

    def __init__(self, quotes: Sequence[Quotation]) -> None:
        super().__init__(quotes)
        self.opens = [q.open for q in quotes]


class _Reader:
    """The state of one reading: the actors found so far and the last speaker."""

    def __init__(self, text: str, known: Sequence[EntityMention], taken: set[str]) -> None:
        self.text = text
        self.actors: dict[str, Actor] = {}
        self.mentions: list[tuple[int, int, str]] = []  # (start, end, actor id), in order
        self.by_name: dict[str, Actor] = {}
        self.taken = set(taken)
        self.outlets: set[str] = set()  # news outlets named as sources: they relay, they do not speak
        # mentions read as a person named before under another spelling ("Zhaparov" for "Japarov")
        self.variants: dict[tuple[int, int], str] = {}
        for m in known:
            if m.kind != "official" and m.kind != "organization":
                continue
            actor = self.actors.get(m.id)
            if actor is None:
                actor = self.actors[m.id] = Actor(m.id, m.kind, m.name, known=True)
            actor.mentions.append((m.start, m.end))
            self.mentions.append((m.start, m.end, m.id))
        self.mentions.sort()
        self.spans = sorted([(m.start, m.end) for m in known])

    # Actors the dataset lacks

    def _free(self, start: int, end: int) -> bool:
        """Whether no actor is named already in ``[start, end)``."""
        i = bisect.bisect_left(self.spans, (end, end)) - 1
        # Spans may nest (an acronym inside a name), so look back a little.
        return not any(self.spans[j][1] > start for j in range(max(0, i - 3), i + 1))

    def _holds_known(self, start: int, end: int) -> bool:
        """Whether the known names in ``[start, end)`` stand inside a longer body's name.

        "the Delegation of the European Union to Tajikistan", "European Union Delegation to
        Tajikistan", "EU — Kyrgyzstan Council": the name has a head noun of its own, outside
        every known name in it; "Ministry of Foreign Affairs of Kazakhstan", known, has not.
        """
        i = bisect.bisect_left(self.spans, (end, end))
        inside = [s for s in self.spans[max(0, i - 6) : i] if s[1] > start]
        if not all(start <= a and b <= end for a, b in inside):
            return False
        return any(
            word.group().lower() in _ORG_WORDS and not any(a <= start + word.start() < b for a, b in inside)
            for word in re.finditer(r"[\w\u2019'-]+", self.text[start:end])
        )

    def _mention(self, start: int, end: int, id: str) -> None:
        bisect.insort(self.mentions, (start, end, id))
        bisect.insort(self.spans, (start, end))

    def _new(self, name: str, kind: ActorKind, start: int, end: int) -> Actor:
        folded = fold(name)
        found = self.by_name.get(folded)
        if found is None:
            found = self._named_otherwise(name, kind)
            if found is not None:
                form = name.strip() if name.isupper() or kind == "official" else " ".join(name.split())
                if kind == "organization" and not name.isupper() and len(form) > len(found.name):
                    found.name, form = form, found.name  # the name in full, the other an alias
                found.aliases.append(form)
                self.by_name[folded] = found
        if found is not None:
            actor = found
        else:
            # ("Lu\u0441a Anceschi" typed with a Cyrillic "\u0441": named in Latin letters, the
            # text's form an alias)
            latin = latinized(name)
            id = base = _slug(latin)
            k = 2
            while id in self.taken:
                id, k = f"{base}-{k}", k + 1
            self.taken.add(id)
            actor = self.actors[id] = Actor(id, kind, " ".join(latin.split()), known=False)
            if latin != name:
                actor.aliases.append(" ".join(name.split()))
            self.by_name[folded] = self.by_name[fold(latin)] = actor
        if (start, end) not in actor.mentions[-3:]:
            actor.mentions.append((start, end))
            self._mention(start, end, actor.id)
        return actor

    def _named_otherwise(self, name: str, kind: ActorKind) -> Actor | None:
        """The draft `name` names in another form, if any.

        Initials ("the ADB said" after "the Asian Development Bank"), an initial and the surname
        ("K. Dzhakupov" after "Kabibulla Dzhakupov"), the surname with its particle ("Van Rompuy"
        after "Herman Van Rompuy"), a surname of two words ("Costa Buranelli" after "Filippo Costa
        Buranelli"), a body's shorter or longer name ("the EU delegation" and "the
        EU delegation to Turkmenistan", in either order).
        """
        folded = fold(name)
        initialled = (
            re.fullmatch(r"([A-Z])\.\s*([A-Z][\w\u2019'-]+)", name.strip()) if kind == "official" else None
        )
        particled = kind == "official" and name.split()[0].lower() in _PARTICLES

        def same(a: Actor) -> bool:
            if a.kind != kind:
                return False
            if kind == "organization" and name.isupper():
                return not a.known and _initials(a.name) == name
            if initialled is not None:
                words = a.name.split()
                return len(words) >= 2 and words[-1] == initialled[2] and words[0].startswith(initialled[1])
            if particled:
                return not a.known and fold(a.name).endswith(" " + folded)
            if kind == "official" and " " in folded and not a.known and len(a.name.split()) >= 3:
                # "said Costa Buranelli" after "Filippo Costa Buranelli": a surname of two words
                return fold(a.name).endswith(" " + folded)
            if kind != "organization" or a.known:
                return False
            # ("the EU Delegation to Tajikistan", "the European Union Delegation to Tajikistan" and "the
            # Delegation of the European Union to Tajikistan" are one name)
            this, that = _body_form(folded), _body_form(fold(a.name))
            return (
                re.match(rf"{re.escape(this)} (?:to|in|of|for) ", that) is not None
                or re.match(rf"{re.escape(that)} (?:to|in|of|for) ", this) is not None
                or this == that
            )

        return next((a for a in self.actors.values() if same(a)), None)

    def people(self) -> None:
        text = self.text
        runs: list[tuple[int, int]] = []
        # A paragraph, not a line: a name may be wrapped across a line break ("Akylbek\nJaparov").
        # ([ \t], not \s: a long run of blank lines is read once, not once per line in it)
        for line_match in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
            offset = line_match.start()
            line = line_match.group()
            tokens = list(_TOKEN_RE.finditer(line))
            run: list[re.Match[str]] = []
            for token in tokens:
                # "... Josep Borrell. According to ...": a full stop after a word (not an initial
                # or "Mr.") ends the sentence and the name.
                ends = re.search(r"[\w\u2019'-]{2,}\.$", run[-1].group()) is not None if run else False
                ends = ends and run[-1].group().rstrip(".").lower() not in {
                    "mr",
                    "ms",
                    "mrs",
                    "dr",
                    "st",
                    "h.e",
                }
                # (a caption's name and the line after it opening with the surname: "EU special
                # representative Pierre Morel\nMorel -- who said ...", two names, not one)
                gap = line[run[-1].end() : token.start()] if run else ""
                repeated = gap == "\n" and token.group() == run[-1].group()
                if run and (line[run[-1].end() : token.start()] not in (" ", "\n") or ends or repeated):
                    runs.append((offset + run[0].start(), offset + run[-1].end()))
                    run = []
                run.append(token)
            if run:
                runs.append((offset + run[0].start(), offset + run[-1].end()))
        singles: list[tuple[tuple[int, int], int]] = []
        # Surnames that speak somewhere ("Valiyev said he ..."): the full name elsewhere is a person's
        # even where nothing beside it says so ("(Ali Valiyev of Turkmenistan)")
        speaking_surnames = {
            m.group(1) for m in re.finditer(rf"\b([A-Z][\w\u2019'-]+)\s+(?:also\s+)?(?:{_SAYING})\b", text)
        }
        # Surnames given a post in apposition ("Berg, the EU Special Representative, said"): the
        # full name elsewhere is that person's ("Anna Berg and Ivan Petrov discussed ...")
        speaking_surnames |= {
            m.group(1)
            for m in re.finditer(
                r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][\w\u2019'-]+),\s+the\s+[^,.;]{0,60}?\b(?i:"
                + "|".join(re.escape(w) for w in _TITLE_WORDS)
                + r")\b[^,.;]{0,60},",
                text,
            )
        }
        for run_start, run_end in runs:
            words = [
                (m.start() + run_start, m.end() + run_start)
                for m in re.finditer(r"\S+", text[run_start:run_end])
            ]
            cut = 0
            for k, (a, b) in enumerate(words):
                # "Lubomir FREBORT": a surname in capitals after a given name is no acronym
                shouted = k > cut and text[a:b].isalpha() and len(text[a:b]) >= 4 and text[a:b].isupper()
                # "P. Burian": an initial before a name is the name's, no acronym
                initial = k == cut and k + 1 < len(words) and re.fullmatch(r"[A-Z]\.", text[a:b]) is not None
                # (a capital too, though a body's name may hold it: "the EU Ambassador to Tashkent
                # Charlotte Adriaen", but "Astana Times")
                if (stop_word(text[a:b]) or text[a:b] in _CAPITALS) and not shouted and not initial:
                    cut = k + 1
            name_words = words[cut:]
            # Possessive and trailing punctuation are not part of a name.
            while name_words and text[name_words[0][0] : name_words[0][1]] in _PARTICLES:
                name_words = name_words[1:]
            if (
                cut == 0
                and len(name_words) >= 3
                and not any(text[a:b] in _PARTICLES for a, b in name_words)
                and _PORTFOLIO_RE.search(text[max(0, run_start - 40) : run_start])
            ):
                # "EU Commissioner for Enlargement Marta Kos": the portfolio is the title's, the
                # last two words the name
                name_words = name_words[-2:]
            if (
                len(name_words) == 1
                and cut > 0
                and (
                    text[words[cut - 1][0] : words[cut - 1][1]].rstrip(".").lower() in _PERSONAL_TITLES
                    # "Commissioner for International Partnerships Urpilainen": a surname after a portfolio
                    or _PORTFOLIO_RE.search(text[max(0, run_start - 40) : run_start]) is not None
                )
                and not re.match(r"\s+(?:and|of|for)\b|-", text[name_words[0][1] :])
            ):
                singles.append((name_words[0], run_start))  # "President Berdymuhamedov": below
            if (
                len(name_words) == 3
                # ("Herman Van Rompuy", named "Van Rompuy" apart: a particle, capitalised, is the name's)
                and not any(text[a:b].lower() in _PARTICLES for a, b in name_words)
                and _surname(text[name_words[0][0] : name_words[-1][1]]).count(" ") == 0
                and _named_apart(text, *(text[a:b].rstrip(".,;:") for a, b in name_words))
            ):
                # "said Arkadag Gurbanguly Berdimuhamedov", the text naming "... Maslahaty Gurbanguly
                # Berdimuhamedov" elsewhere: the word before the two it repeats is an epithet
                name_words = name_words[1:]
            if not 2 <= len(name_words) <= 4:
                continue
            start, end = name_words[0][0], name_words[-1][1]
            name = text[start:end].rstrip(".,")
            end = start + len(name)
            # "Josep Borrell's remarks", "Ali Valiyev's spokesman": a person's, by what they have
            owner = name.endswith(("\u2019s", "'s")) and _OWNED_RE.match(text, end)
            # "UN Secretary-General Antonio Guterres\u2019 initiative": a person's, by the title before
            titled_owner = any(text[a:b].rstrip(".").lower() in _TITLE_WORDS for a, b in words[:cut])
            if owner or (name.endswith(("\u2019s", "'s")) and titled_owner):
                name, end = name[:-2], end - 2
            elif name.endswith(("s\u2019", "s'")) and titled_owner:
                name, end = name[:-1], end - 1
            elif name.endswith(("\u2019s", "'s", "s\u2019", "s'")):
                continue
            if not self._free(start, end):
                continue
            if _surname(name) == name and re.search(rf"[A-Z][\w-]+[ \t]+{re.escape(name)}\b", text):
                continue  # "Turgunbek uulu" after "Nurlanbek Turgunbek uulu": a later mention, below
            before = text[max(0, start - 60) : start]
            if re.search(r"\b[Tt]he\s+$", before):
                continue  # "the chairman of the Jokargy Kenes": a name after "the" is no person's
            if re.search(r"\b(?:University|Institute|College|Academy|School|Centre|Center)\s+of\s+$", before):
                continue  # "the University of St. Andrews": a body's name, no person's
            after = text[end : end + 100]
            titled = cut > 0 and any(
                text[a:b].rstrip(".").lower() in _TITLE_WORDS or text[a:b].lower() in _ORG_WORDS
                for a, b in words[:cut]
            )
            titled = titled or (
                re.search(r"\b(?:[\w-]+)\s*$", before) is not None
                and (
                    re.search(r"(\w[\w.-]*)\s*$", before).group(1).lower() in _TITLE_WORDS  # type: ignore[union-attr]
                )
            )
            # "the High Representative ... for Foreign Affairs and Security Policy Josep Borrell"
            titled = titled or self._title_before(start, run_start) is not None
            # "The President of the European Council, António Costa, along with ..."
            titled = titled or (
                after[:1] == ","
                and re.search(
                    r"\b(?:" + "|".join(re.escape(w) for w in _TITLE_WORDS) + r")\b[^,.;]{0,80},\s*$",
                    # ("Ambassador-at-Large of the Ministry of Foreign Affairs of Kazakhstan, X,")
                    text[max(0, start - 100) : start],
                    re.IGNORECASE,
                )
                is not None
            )
            # "António Costa (President of the European Council)": the title in brackets after the name
            titled = titled or _TITLE_IN_BRACKETS_RE.match(after) is not None
            # "(French President) Emmanuel Macron": an editor's title in brackets before it
            titled = titled or (
                (bracketed := re.search(r"\(([^()\n]{2,60})\)[ \t]*$", before)) is not None
                and any(_is_title_word(w) for w in re.split(r"[\s/-]+", bracketed[1]))
            )
            # "held talks with the Director for Asia, ..., of the Commission's DG, Peteris Ustubs.":
            # a long title with commas of its own, the name after the last
            clause = re.split(r"[.;\n]", text[max(0, start - 240) : start])[-1]
            long_title = _MET_TITLE_RE.search(clause) if after[:1] in ",.;" else None
            long_title = (
                None
                if any(text[a:b] in _COMMON or text[a:b] in _COUNTRY_WORDS for a, b in name_words)
                else long_title
            )
            titled = titled or long_title is not None
            # "Minister for Foreign Affairs, European Union and Cooperation of Spain José Manuel
            # Albares", "Deputy Director-General of DG International Partnerships (DG INTPA) Marieta
            # Jager": a long title, ending in its country or body, right before the name
            titled = titled or (
                (long_held := _LONG_TITLE_RE.search(text, max(0, start - 200), start)) is not None
                and all(
                    w[:1].isupper() or w in ("of", "for", "and", "the", "on", "in", "to")
                    for w in re.findall(r"[\w\u2019'-]+", long_held.group("title"))
                )
                and not any(text[a:b] in _COMMON for a, b in name_words)
            )
            # No word of the name is a common word, a country's or a body's: a person's, when what
            # stands around it says so (a verb of saying, a meeting, a source, a post)
            plain = not any(
                text[a:b] in _COMMON or text[a:b] in _COUNTRY_WORDS or text[a:b].lower() in _ORG_WORDS
                for a, b in name_words
            )
            # ("X had said", "X has also stressed": an auxiliary of the perfect before the verb)
            speaking = re.match(rf"\s+(?:(?:had|has|have)\s+)?(?:also\s+)?(?:{_SAYING})\b", after) is not None
            # "“...,” noted Anna Berg.": the name after a quotation's saying verb speaks (no word of
            # it a common word, a country's or a body's)
            speaking = speaking or (
                re.search(rf"[,!?]\s*[\u201d\"]\s+(?:also\s+)?(?:{_SAYING})\s+$", before) is not None
                and plain
            )
            # "Energy Minister of the republic, which is rich in oil, Bulat Akchulakov, said": the
            # comma closing an apposition, the name its subject
            speaking = speaking or (
                re.match(rf",\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:{_SAYING})\b", after) is not None
                and plain
            )
            # "Jamshid Khodjaev, who heads the delegation, said" / "Borrell, who said ..."
            speaking = speaking or (
                re.match(rf",\s+who\s+(?:[^,.;]{{0,80}},\s+)?(?:also\s+)?(?:{_SAYING})\b", after) is not None
            )
            # "Anna Berg, speaking at a press conference, said", "Anna Berg, in an interview, said"
            speaking = speaking or (
                re.match(
                    r",\s+(?:speaking|addressing|talking|writing|commenting|answering|responding|replying|"
                    # ("X, of Germany's Greens, has condemned": an aside of where they belong)
                    r"at|in|on|of|during|after|before|while|when)\b[^,.;]{0,80},\s+"
                    rf"(?:(?:has|have|had)\s+)?(?:also\s+)?(?:{_SAYING})\b",
                    after,
                )
                is not None
            )
            speaking = speaking or (
                text[name_words[-1][0] : name_words[-1][1]].rstrip(".,") in speaking_surnames and plain
            )
            # "Steve Swerdlow of Human Rights Watch, at a demonstration, said": one of a body speaks
            # (not a heading run into the text: "Expanding Areas of Cooperation Lipavský outlined")
            speaking = speaking or (
                _OF_BODY_SAID_RE.match(after) is not None
                and plain
                and not re.fullmatch(r"[A-Z][a-z]{3,}ing", text[name_words[0][0] : name_words[0][1]])
            )
            apposed = (
                re.match(
                    r",\s+(?:the\s+|a\s+|an\s+)?[^,.;]{0,60}?\b(?:"
                    + "|".join(re.escape(w) for w in _TITLE_WORDS)
                    + r")\b",
                    after,
                    re.IGNORECASE,
                )
                is not None
            )
            # "X, who heads the Tajik foreign ministry,": a post told in a relative clause
            apposed = apposed or (
                re.match(
                    r",\s+who\s+(?:is|was|heads|headed|leads|led|chairs|chaired|serves\s+as|served\s+as)\b"
                    r"[^,.;]{0,60}?\b(?:"
                    + "|".join(re.escape(w) for w in _TITLE_WORDS | _ORG_WORDS)
                    + r")\b",
                    after,
                    re.IGNORECASE,
                )
                is not None
            )
            # People meet people: "met with Josep Borrell", "Rashid Meredov met ..." (a name of
            # words none of which is a common word, a country's or a body's)
            meeting = (
                _MET_BEFORE_RE.search(before) is not None or _MET_AFTER_RE.match(after) is not None
            ) and plain
            # "According to Josep Borrell, ...": a source of words, a person when no word of the name is
            # a common word, a country's or a body's
            cited = re.search(r"\b[Aa]ccording\s+to\s+$", before) is not None and after[:1] == "," and plain
            owned = bool(owner) and len(name.split()) >= 2 and plain
            # "appointed Eduards Stiprais as ... EU Special Representative", "succeeding Terhi
            # Hakala", "Luigi Di Maio's mandate as EUSR": a post given, handed on or held
            posted = (
                (
                    re.search(r"\b(?:appointed|named|elected|re-elected|nominated)\s+$", before) is not None
                    and _AS_POST_RE.match(after) is not None
                )
                or re.search(r"\b(?:succeeding|succeeded|succeeds|replacing|replaced|replaces)\s+$", before)
                is not None
                or re.match(r"[\u2019']s\s+(?:mandate|term)\s+as\b", after) is not None
                # ("Patricia Flor started her job as the new EU special representative")
                or ((took := _TOOK_POST_RE.match(after)) is not None and _AS_POST_RE.match(after, took.end()))
            ) and plain
            if titled or speaking or apposed or meeting or cited or owned or posted:
                shouted_name = " ".join(
                    w.capitalize() if w.isupper() and len(w) >= 4 else w for w in name.split()
                )
                actor = self._new(shouted_name, "official", start, end)
                title = self._title_before(start, run_start) or (self._apposition(end) if apposed else None)
                if title is None and long_title is not None:
                    title = (
                        start - len(clause) + long_title.start("title"),
                        start - len(clause) + long_title.end("title"),
                    )
                _give_title(self.text, actor, title)
                if title is not None and apposed and " " not in self.text[title[0] : title[1]].strip():
                    # "Ambassador Peter Burian, the EU Special Representative for Central Asia,": a
                    # one-word title before the name, the post after it
                    _give_title(self.text, actor, self._apposition(end))
        # A surname alone after a person's title ("President Berdymuhamedov"), when it is no
        # surname of someone the text names in full ("Mr. Zavqi Zavqizoda ... Minister Zavqizoda")
        surnames = {fold(a.name.split()[-1]) for a in self.actors.values() if a.kind == "official"}
        spelled: dict[str, list[Actor]] = {}
        for named in self.actors.values():
            if named.kind == "official" and len(named.name.split()) >= 2:
                spelled.setdefault(_spelling(named.name.split()[-1]), []).append(named)
        for (start, end), run_start in singles:
            name = text[start:end].rstrip(".,")
            end = start + len(name)
            same = spelled.get(_spelling(name), [])
            if len(name) >= 5 and name.isalpha() and fold(name) not in surnames and len(same) == 1:
                # "President Zhaparov" after "Sadyr Japarov": one surname in two transliterations,
                # the person named in full, flagged (the two may be kin)
                if self._free(start, end):
                    (person,) = same
                    person.mentions.append((start, end))
                    self._mention(start, end, person.id)
                    if name not in person.aliases:
                        person.aliases.append(name)
                    self.variants[(start, end)] = f"{name!r} is read as {person.name}, spelled otherwise"
                continue
            if len(name) >= 4 and name.isalpha() and fold(name) not in surnames and self._free(start, end):
                # "Shavkat Mirziyoyev: Uzbekistan prepares ..." above "said President Mirziyoyev": the
                # name in full, where the text gives it with nothing to say it is a person's
                full = re.search(
                    rf"(?<![\w-])((?:[A-Z][\w\u2019'-]+[ \t]+){{0,2}}[A-Z][a-z][\w\u2019'-]+)[ \t]+"
                    rf"{re.escape(name)}(?![\w-])",
                    text,
                )
                given = full.group(1) if full else ""
                if (
                    full
                    and not any(stop_word(w) or w.lower() in _TITLE_WORDS for w in given.split())
                    and self._free(*full.span())
                ):
                    actor = self._new(f"{given} {name}", "official", *full.span())
                    actor.mentions.append((start, end))
                    self._mention(start, end, actor.id)
                    actor.aliases.append(name)
                else:
                    actor = self._new(name, "official", start, end)
                title = self._title_before(start, run_start)
                _give_title(self.text, actor, title)
        # "Lipavský noted that ... Lipavský stressed that ...": a surname the text gives no title or
        # first name, the subject of two sentences' verbs of saying at least; a person, flagged
        subjects = collections.Counter(
            m.group(1)
            for m in re.finditer(
                rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s)|(?<=\bwhile\s))([A-Z][a-z][\w\u2019'-]+)\s+(?:also\s+)?"
                rf"(?:{_SAYING})\b",
                text,
            )
        )
        for surname, count in subjects.items():
            if (
                count < 2
                or stop_word(surname)
                or surname in _CAPITALS
                or surname in _COUNTRY_WORDS
                or surname.lower() in _ORG_WORDS
                or fold(surname) in surnames
                # ("Participants noted": a group's noun, or a word the text writes in lower case
                # too, is no name; one written before a full name is an epithet or a title)
                or re.search(rf"(?<![\w-]){re.escape(surname.lower())}(?![\w-])", text)
                or _GROUP_RE.fullmatch(surname)
                or re.search(rf"(?<![\w-]){re.escape(surname)}\s+[A-Z][a-z]+\s+[A-Z][a-z]+", text)
            ):
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
                if self._free(m.start(), m.end()):
                    self._new(surname, "official", m.start(), m.end())
                    self.variants[m.span()] = f"{surname!r} is read as a person named by surname alone"
        # "the cases of Messrs. Kovac, Haapala and Berg": each a person, by surname
        for match in _MESSRS_RE.finditer(text):
            for m in re.finditer(r"[A-Z][\w\u2019'-]+", match.group("names")):
                a, b = match.start("names") + m.start(), match.start("names") + m.end()
                if fold(text[a:b]) not in surnames and not stop_word(text[a:b]) and self._free(a, b):
                    self._new(text[a:b], "official", a, b)

    def listed(self) -> None:
        """People listed with someone the text names: "Giuseppina Princi (Italy), Sven Simon
        (Germany), ... and Jussi Saramo (Finland)": every name of the list is a person's."""
        text = self.text
        for match in _LIST_RE.finditer(text):
            items = [
                (match.start() + m.start("name"), match.start() + m.end("name"))
                for m in _ITEM_RE.finditer(match.group())
            ]
            names = [
                (a, b)
                for a, b in items
                if all(w[:1].isupper() and not stop_word(w) for w in text[a:b].split())
                and len(text[a:b].split()) >= 2
            ]
            people = [
                (a, b)
                for a, b in items
                if any(self.actors[m[2]].kind == "official" for m in self.actors_in(a, b))
                or getattr(self.by_name.get(fold(text[a:b])), "kind", None) == "official"
            ]
            if not people or len(names) + len(people) < len(items) or len(items) < 3:
                continue  # a list of anything else ("Kazakhstan, Kyrgyzstan and Uzbekistan")
            for a, b in names:
                if self._free(a, b):
                    self._new(text[a:b], "official", a, b)
        # "human rights activists Agzam Farmonov, Norboy Holjigitov and Isroiljon Holdorov": names
        # listed after a plural noun for people are people's
        for match in _PEOPLE_LIST_RE.finditer(text):
            for m in re.finditer(_FULL_NAME, match.group("names")):
                a, b = match.start("names") + m.start(), match.start("names") + m.end()
                if all(not stop_word(w) for w in text[a:b].split()) and self._free(a, b):
                    self._new(text[a:b], "official", a, b)

    def _title_before(self, start: int, run_start: int) -> tuple[int, int] | None:
        """The title words before a name: back to a comma, "and", "the", a verb (any "-ed" form among
        them: "received EU Special Representative") or the sentence start."""
        text = self.text
        window_start = max(0, start - 200)
        window = text[window_start:start]
        if window.endswith("("):
            return None  # "the upper house (Majlisi Milli)": a gloss in parentheses, no one titled
        cut = 0
        for match in re.finditer(
            # (not the full stop of a courtesy title: "the Prime Minister H.E. Qohir Rasulzoda")
            r"(?:^|[,;:()\n]|(?<!\bH)(?<!\bH\.E)(?<!\bM[rs])(?<!\bMrs)(?<!\bDr)\.|"
            # ("Delegation for Relations with Countries of Central Asia": a body's name, no "with" of meeting)
            r"\b(?:and|(?<!\bRelations\s)with|by|that|of\s+the\s+\w+\s+and|between|met|meets|told|said|receives|"
            r"visits|welcomes|hosts|spoke|talked|[a-z]{3,}ed|"
            # (a verb in the present: "Commissioner Anna Berg chairs the ... Ministerial Meeting")
            r"(?<=[a-z]\s)[a-z]{3,}s(?=\s+(?:the|an?)\s))\b|"
            # ("Charles Michel's message to President Tokayev": a thing of another's, no title)
            r"[\u2019']s\s+(?:[a-z][\w-]*\s+)?(?:message|letter|greetings|invitation|address|appeal)\s+to\b)"
            r"\s*(?:the\s+)?",
            window,
        ):
            if re.match(r"\([A-Z]{2,8}\)", window[match.start() :]) or re.search(
                r"\([A-Z]{2,8}\)$", window[: match.start() + 1]
            ):
                continue  # "the High Representative of the European Union (EU) for ...": one title
            if match.group().startswith(",") and _PORTFOLIO_RE.search(window, 0, match.start() + 2):
                continue  # "Minister of Ecology, Environmental Protection, and Climate Change": one title
            if (
                match.group().strip() == "and"
                and re.search(r"[A-Z][\w-]*,?\s+$", window[: match.start()])
                and (window[match.end() : match.end() + 1].isupper())
                # (not after a person's name: "Prime Minister A B and Vice President C D")
                and not self._name_ends(window_start + len(window[: match.start()].rstrip()))
            ):
                continue  # "for Foreign Affairs and Security Policy": one title
            if (
                match.end() < len(window)
                or re.fullmatch(
                    r"(?:(?:met|meets|told|said|receives|visits|welcomes|hosts|spoke|talked|[a-z]{3,}ed)|"
                    r"[\u2019'](?:[\s\S]*))\s*",
                    match.group(),
                )
                # a sentence ended right before the name ("... in the capital. Anna Berg"), not a
                # title's abbreviation ("Amb. Anna Berg")
                or (match.group().startswith(".") and re.search(r"\b[a-z][\w-]*$", window[: match.start()]))
            ):
                # a verb right before the name: no title ("Tokayev met Josep Borrell" gives
                # Borrell none of Tokayev's words)
                cut = match.end()
        # a dateline is no title: "TASHKENT, Uzbekistan - The EU's ambassador ...", "ASTANA (Kazinform) -"
        line_start = window.rfind("\n") + 1
        dateline = re.match(r"[A-Z]{3,}\b[^\n]{0,60}?\s[-\u2013\u2014]+\s+", window[line_start:])
        if dateline is not None and line_start + dateline.end() > cut:
            cut = line_start + dateline.end()
        # "came under discussion of Prime minister of Kazakhstan", "at the invitation of President":
        # a noun that is no title's, with "of", is where the title starts
        nouns = [
            m
            for m in re.finditer(r"\b([a-z][\w-]*)\s+of\s+(?:the\s+)?(?=[A-Z])", window[cut:])
            if m.group(1) not in _TITLE_WORDS and m.group(1) not in _TITLE_GLUE
        ]
        if nouns:
            cut += nouns[-1].end()
        title_start = window_start + cut
        # ('“...,” Ambassador Marco Ferri': a quotation's closing mark is no part of the title)
        title_start += len(text[title_start:start]) - len(
            text[title_start:start].lstrip(" \t\"'\u201d\u00bb\u2019")
        )
        title = text[title_start:start].strip()
        if not title or not any(_is_title_word(w) for w in re.split(r"[\s/-]+", title)):
            return None
        comma = re.search(r",\s*$", text[max(0, title_start - 3) : title_start])
        if comma is not None and title.rstrip(".").lower() in ("mr", "ms", "mrs", "dr", "h.e"):
            # "The Minister of Energy, Mr. Ali Valiyev": the title stands before the courtesy one
            before = self._title_before(title_start - 3 + comma.start(), run_start)
            if before is not None:
                return before[0], title_start + len(text[title_start:start].rstrip())
        return title_start, title_start + len(text[title_start:start].rstrip())

    def _name_ends(self, at: int) -> bool:
        """Whether a person's name the text gives ends at `at`."""
        i = bisect.bisect_left(self.mentions, (at, -1, "")) - 1
        while i >= 0 and self.mentions[i][0] > at - 80:
            if self.mentions[i][1] == at and self.actors[self.mentions[i][2]].kind == "official":
                return True
            i -= 1
        return False

    def _apposition(self, end: int) -> tuple[int, int] | None:
        match = re.match(
            # (to a comma before a word in lower case: "X, the Tajik foreign minister, arrived in ...")
            # ("X, who is the EU's envoy,": the post after the verb)
            rf",\s+(?:who\s+(?:is|was|serves\s+as|served\s+as)\s+)?(?:the\s+)?([^.;\n]{{3,160}}?)"
            # ("A, the EU Special Representative (the EUSR), Mr B, ...": a list of people, each with a post)
            rf"(?=,\s+(?:[a-z]|(?:also\s+)?(?:{_SAYING})\b|(?:Mr|Ms|Mrs|Dr)\.?\s)|[.;\n]|$)",
            self.text[end:],
        )
        if match is None or re.match(r"who\b", match.group(1)):
            return None  # "X, who heads the ministry,": a post told by a verb, not a title
        if re.search(rf"\s(?:also\s+)?(?:{_SAYING})$", match.group(1)):
            return None  # "the conviction of X, the German MP said.": the speaker's title, not X's
        head = match.group(1).split()[:4]
        if (
            head[0].islower()
            and head[0] not in _NAMING_WORDS  # ("an aide to ...", "its envoy": a noun phrase)
            and not any(w.strip(",").lower() in _TITLE_WORDS for w in head)
        ):
            return None  # "X, wrote on Facebook that ...": a verb, not an apposed title
        return end + match.start(1), end + match.end(1)

    def bodies(self) -> None:
        """Bodies the dataset lacks: capitalized words ending in an organization's noun ("the
        Delegation of the European Union to Tajikistan", "European External Action Service
        (EEAS)"); an acronym in parentheses is an alias, its later mentions the body."""
        text = self.text
        name = r"[A-Z][\w\u2019'-]*"
        words = "|".join(
            sorted({w[:1].upper() + w[1:] for w in _ORG_WORDS} | {"Directorate-General"}, reverse=True)
        )
        # "EU — Kyrgyzstan Council": a spaced dash joins the parts of a name; "Cooperation Council
        # between the European Union and Uzbekistan": the parties are part of it.
        pattern = re.compile(
            # "European Union (EU) Delegation to Tajikistan": an acronym may stand inside the name
            # ("Asia-Plus - The Delegation of ...": a dash before an article opens a new phrase)
            rf"(?<![\w-])(?:(?:{name})(?:\s+\([A-Z]{{2,8}}\))?(?:\s+[\u2013\u2014-]\s+(?!The\b)|\s+))*(?:{words})(?![\w-])"
            # "Ministry of Water and Forests": a portfolio of two parts ("... of Mongolia and Chile"
            # is cut below: a country after "and" is another party, not part of the name)
            # ("Delegation of the European Union (EU) to Uzbekistan": an acronym after a part)
            rf"(?:\s+(?:of|for|to|on|with)(?:\s+the)?(?:\s+{name})+(?:\s+\([A-Z]{{2,8}}\))?"
            rf"(?:\s+and(?:\s+{name})+)?){{0,2}}"
            # ("... and the Republic of Tajikistan": the country's one name after "Republic of")
            # ("between the European Union (EU) and the Kyrgyz Republic": an acronym after a party)
            rf"(?:\s+between(?:\s+the)?(?:\s+{name})+(?:\s+\([A-Z]{{2,8}}\))?\s+and(?:\s+the)?"
            rf"(?:\s+Republic\s+of\s+{name}|(?:\s+{name})+))?"
            # an acronym may mix cases ("MoFA", "MoEDT")
            rf"(?:\s+\((?P<acronym>[A-Z](?=[a-z]*[A-Z])[A-Za-z]{{1,9}})\))?"
        )
        heads: dict[str, Actor] = {}  # the first words of a drafted body's name -> the body
        shared = Actor("", "organization", "", known=False)  # a shorter form two bodies have
        for match in pattern.finditer(text):
            start, end = match.span()
            acronym = match.group("acronym")
            body_end = match.start() + match.group().find(" (") if acronym else end
            for blank in list(re.finditer(r"\s*\n\s*(?:[\u2013\u2014-]\s+)?", text[start:body_end]))[::-1]:
                # a line's last words and the next one's first: the name is the part with the
                # body's noun ("... for Central Asia\n\nThe Cooperation Council reaffirmed", "...
                # Delegation to Turkmenistan\n\nCheck against delivery", "Press Release\nEU-Uzbekistan
                # Cooperation Council"); a dash opening a line is no part of it
                after = text[start + blank.end() : body_end].split()
                if any(w in _ORG_WORDS for w in map(str.lower, after)):
                    start += blank.end()
                    break
                body_end, acronym = start + blank.start(), None
            body = text[start:body_end]
            dated = next(
                (d for d in re.finditer(r"\s+(?:on|in|of)\s+(\S+)", body) if d[1] in _MONTHS_DAYS), None
            )
            if dated is not None:
                # "the European Parliament on March 14": a date after the name is no part of it
                body_end, acronym = start + dated.start(), None
                body = text[start:body_end]
            person = next(
                (m for m in self.actors_in(start, body_end) if self.actors[m[2]].kind == "official"), None
            )
            if person is not None:
                # "Head of the EU Delegation to Turkmenistan Diego Ruiz Alonso": the name is the head's
                body_end = start + len(text[start : person[0]].rstrip())
                body, acronym = text[start:body_end], None
            owner = max(body.rfind("\u2019s "), body.rfind("'s "))
            # "Uzbekistan's Ministry of Foreign Affairs": a country's body keeps its country (what
            # is owned, an alias)
            owned = body[owner + 3 :] if owner > 0 and body[:owner].split()[-1] in _COUNTRY_WORDS else None
            if owner != -1 and owned is None:
                # "the European Commission's Directorate-General for ...": the body is what is owned
                start += owner + 3
                body = text[start:body_end]
            # A sentence's first word is not part of the name.
            parts = body.split()
            while parts and parts[0] in (
                "The", "A", "An", "In", "On", "At", "As", "This", "That", "Its", "Meanwhile", "However",
                "Moreover", "Furthermore", "Also",
            ):  # fmt: skip
                start += len(parts[0]) + 1
                parts = parts[1:]
            body = text[start:body_end]
            joined = re.search(r"\s+and\s+(\S+)", body) if " between " not in body else None
            if joined is not None and (
                joined.group(1) in _COUNTRY_WORDS | _NATIONALITIES | {"EU", "European"}
                # "Ministry of Investment and Foreign Trade of Uzbekistan": the words joined, not the
                # country the name ends with
                or not self._free(start + joined.start(1), start + joined.end(1))
            ):
                body_end, acronym = start + joined.start(), None
                body = text[start:body_end]
                parts = body.split()
            # "the Ministry of Foreign Affairs Bolot Otunbaev": a person drafted already ends the run
            drafted = next((n for n in (3, 2) if self._drafted_person(parts[-n:]) and len(parts) > n + 1), 0)
            if drafted:
                body_end = start + len(re.sub(rf"(?:\s+\S+){{{drafted}}}$", "", body))
                body, parts = text[start:body_end], parts[:-drafted]
            if len(parts) < 2:
                continue
            if not self._free(start, body_end) and not self._holds_known(start, body_end):
                continue
            if all(p.lower() in _ORG_WORDS or p in ("of", "for", "to", "on", "the") for p in parts):
                continue
            if any(p.rstrip(".").lower() in _TITLE_WORDS for p in parts):
                continue  # "Vice-President of the Commission": a title
            if parts[-2:] == ["Civil", "Society"]:
                continue  # "the EU-Central Asia Civil Society Forum": civil society is no body
            if parts[0] == "Union" and _POST_OF_THE_RE.search(text, max(0, start - 40), start):
                continue  # "High Representative of the Union for Foreign Affairs ...": the EU, in a post
            # "the Cooperation Council" after "the Cooperation Council between the European Union
            # and Uzbekistan": the body named before by its longer name
            longer = heads.get(fold(body))
            if longer is not None and longer is not shared:
                longer.mentions.append((start, body_end))
                self._mention(start, body_end, longer.id)
                if body not in longer.aliases:
                    longer.aliases.append(body)
                continue
            actor = self._new(re.sub(r"\s+\([A-Z]{2,8}\)", "", body), "organization", start, body_end)
            if owned is not None and owned not in actor.aliases:
                actor.aliases.append(owned)
            short = _acronym_form(body)
            if short is not None:
                # "European Union (EU) Delegation to X": the EU Delegation to X, and the name as written
                actor.aliases.extend(a for a in (short, " ".join(body.split())) if a not in actor.aliases)
            if actor.name.lower().endswith(" news agency"):
                actor.aliases.append(actor.name[: -len(" news agency")])  # "Kazinform News Agency": Kazinform
                # a news agency relays the news ("Kuwait News Agency reports that")
                self.outlets.add(actor.id)
            between = re.search(r"\s+between\s", actor.name)
            if between is not None and actor.name[: between.start()] not in actor.aliases:
                # "the Cooperation Committee between A and B" is "the Cooperation Committee"
                actor.aliases.append(actor.name[: between.start()])
                self.by_name.setdefault(fold(actor.name[: between.start()]), actor)
            folded = fold(actor.name).split()
            for n in range(2, len(folded)):  # its shorter forms, each looked up in one step
                heads.setdefault(" ".join(folded[:n]), actor)
            first = actor.name.split()[0]
            pair = re.split(r"[\u2013\u2014-]", first)
            if len(folded) >= 3 and len(pair) == 2 and set(pair) <= _COUNTRY_WORDS | {"EU"}:
                # "the Cooperation Council" after "the EU-Uzbekistan Cooperation Council": the same
                # body, unless two pairs' bodies share the rest of the name
                rest = " ".join(folded[1:])
                heads[rest] = actor if heads.get(rest, actor) is actor else shared
            if len(folded) >= 3 and (first in _NATIONALITIES or first in _COUNTRY_WORDS):
                # "the Energy Ministry" after "the Mongolian Energy Ministry": the same body,
                # unless two nations' bodies share the rest of the name
                rest = " ".join(folded[1:])
                heads[rest] = actor if heads.get(rest, actor) is actor else shared
                bare = actor.name.split(maxsplit=1)[1]  # "Uzbek Agency for Strategic Reforms": the Agency ...
                if first in _NATIONALITIES and bare not in actor.aliases:
                    actor.aliases.append(bare)
            if acronym and acronym not in actor.aliases:  # its later mentions, looked for once
                actor.aliases.append(acronym)
                self.by_name.setdefault(fold(acronym), actor)
                for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
                    if m.start() >= end and self._free(m.start(), m.end()):
                        actor.mentions.append(m.span())
                        self._mention(m.start(), m.end(), actor.id)
        people = {w for a in self.actors.values() if a.kind == "official" for w in a.name.split()}
        glossed = (
            (m, m.group(g), m.start(g))
            for m in (
                *_GLOSSED_BODY_RE.finditer(text),
                *_OUTLET_RE.finditer(text),
                *_COMPANY_RE.finditer(text),
                *_EU_OFFICE_RE.finditer(text),
                *_PRESS_OF_RE.finditer(text),
                *_NATIONAL_FIRM_RE.finditer(text),
            )
            for g in m.re.groupindex
            if m.group(g)
        )
        for m, name, at in glossed:
            if m.re is _GLOSSED_BODY_RE and m["delegation"] is not None:
                # "... for relations with Central Asia and Mongolia Paolo Rossi": the name ends with
                # the last place it names (a person named after it holds the post)
                i = bisect.bisect_left(self.spans, (at + len(name), at + len(name)))
                places = [b for a, b in self.spans[max(0, i - 6) : i] if a > at and b <= at + len(name)]
                if places:
                    name = text[at : max(places)]
            # "the upper house (Majlisi Milli)", "told Asia-Plus in an interview": a body named by
            # what it is, a news outlet by whom someone told or by what it reported
            if (
                # a company's quoted name may hold a country's ("Kazakhstan Temir Zholy"), not a body's
                (
                    self._free(at, at + len(name))
                    or (m.re is _COMPANY_RE and not self.actors_in(at, at + len(name)))
                    # "... delegation for relations with Central Asia": the places are part of its name
                    or (
                        m.re is _GLOSSED_BODY_RE
                        and m["delegation"] is not None
                        and self._holds_known(at, at + len(name))
                    )
                    # the EU's office: the EU, and no other body, named inside
                    or (
                        m.re is _EU_OFFICE_RE
                        and {id for *_, id in self.actors_in(at, at + len(name))} <= {"european-union"}
                    )
                )
                and not people & set(name.split())
                # an outlet may be an acronym ("RFE/RL reported"); a company's quoted name may begin
                # with a country's
                and (
                    not stop_word(name.split()[0])
                    or (name.isupper() and len(name) > 3)
                    or m.re in (_COMPANY_RE, _EU_OFFICE_RE)
                    or (m.re is _GLOSSED_BODY_RE and m["delegation"] is not None)  # "Parliament's ..."
                    # "Novosti-Kazakhstan news agency": an outlet's hyphenated name may hold a country's
                    or (m.re is _OUTLET_RE and "-" in name and " " not in name)
                    # a wire agency in a dateline may begin with an acronym: "(NIAT Khovar) -"
                    or (m.re is _OUTLET_RE and any(m[g] is not None for g in "fghi"))
                )
            ):
                actor = self._new(name, "organization", at, at + len(name))
                if m.re is _OUTLET_RE:
                    self.outlets.add(actor.id)
            elif m.re is _OUTLET_RE:
                # an outlet a body's rule drafted already ("Tajik Service" of "Radio Liberty's Tajik
                # Service says"): an outlet all the same, relaying
                self.outlets.update(
                    id
                    for _a, _b, id in self.actors_in(at, at + len(name))
                    if self.actors[id].kind == "organization" and not self.actors[id].known
                )

        for cue in _FIRM_LIST_RE.finditer(text):
            at = cue.end()
            while (item := _FIRM_ITEM_RE.match(text, at)) is not None:
                at, (a, b) = item.end(), item.span("name")
                if self._free(a, b) and not people & set(item["name"].split()):
                    self._new(item["name"], "organization", a, b)

    def _drafted_person(self, words: list[str]) -> bool:
        found = self.by_name.get(fold(" ".join(words)))
        return found is not None and found.kind == "official"

    def cyrillic_people(self) -> None:
        """People named in Cyrillic, with a post before the name or a verb of saying or meeting after
        it: "Министр иностранных дел Узбекистана Абдулазиз Камилов встретился ..." drafts Абдулазиз
        Камилов, in the case a list of people gives the name ("с Абдулазизом Камиловым": the same)."""
        text = self.text
        spelled_ids = {_loose(id): id for id in self.taken}
        for run in _CYRILLIC_RUN_RE.finditer(text):
            # the last two words ("Торага Жогорку Кенеша Нурланбек Шакиев"), three with a patronymic
            # between ("Нурсултан Абишевич Назарбаев")
            words = list(re.finditer(r"\S+", run.group()))
            patronymic = len(words) >= 3 and re.search(r"(?:вич|вна|ична)[аеу]?$", words[-2].group())
            words = words[-3:] if patronymic else words[-2:]
            if any(_CYRILLIC_NOT_NAME_RE.match(w.group()) for w in words):
                continue
            start, end = run.start() + words[0].start(), run.start() + words[-1].end()
            if not self._free(start, end):
                continue
            if not (
                _CYRILLIC_POST_BEFORE_RE.search(text, max(0, start - 90), start)
                or _CYRILLIC_SAID_RE.match(text[end : end + 60])
            ):
                continue
            written = text[start:end]
            given, *rest = [w.group() for w in words]
            # ("с Иветой Григуле-Петерсе": a woman's given name in the instrumental)
            given = re.sub(r"(?<=[а-яё]{2})ой$", "а", re.sub(r"(?<=[а-яё]{2})ией$", "ия", given))
            name = " ".join([_nominative(given), *map(_nominative, rest)])
            posts = _CYRILLIC_POST_WORD_RE.findall(text, max(0, start - 90), start)
            if (
                posts
                and re.fullmatch(r"(?i)(?!глава)\w+[ая]", posts[-1])
                and all(re.search(r"[бвгдзклмнпрстфхцчшщ]а$", w) for w in name.split())
                # (not a surname a woman's could be: "советника Саида Мирзиёева" or "Саида Мирзиёева")
                and not re.search(r"(?:ов|ев|ёв|ин)а$", name)
            ):
                # "представителя ЕС Эдуардса Стипрайса": after a post in the genitive, the name too
                name = " ".join(re.sub(r"(?<=[бвгдзклмнпрстфхцчшщ])а$", "", w) for w in name.split())
            known = spelled_ids.get(_loose(_slug(name)))
            if known is not None:
                # "Касым-Жомарт Токаев", "Роман Василенко": the dataset's person, spelled in Cyrillic
                if known not in self.actors:
                    self.actors[known] = Actor(known, "official", name, known=True)
                self.actors[known].mentions.append((start, end))
                self._mention(start, end, known)
                continue
            actor = self._new(name, "official", start, end)
            if written != actor.name and written not in actor.aliases:
                actor.aliases.append(written)

    def surnames(self) -> None:
        """Later mentions of a person the text named by surname alone ("Mr Khodjaev", "Borrel").

        One pass of one pattern over the text for every surname (a pass per person would
        grow with the text times the people in it). A surname two drafts share names
        neither.
        """
        text = self.text
        owners: dict[str, list[Actor]] = {}
        for actor in self.actors.values():
            # (a known person named in full too: "Kaja Kallas ... Kallas said")
            if actor.kind == "official" and len(_surname(actor.name)) >= 3:
                owners.setdefault(_surname(actor.name), []).append(actor)
                # (and as the text typed it, with a Cyrillic letter drawn as a Latin one)
                for typed in {_surname(a) for a in actor.aliases if latinized(a) == actor.name} - {
                    _surname(actor.name)
                }:
                    owners.setdefault(typed, []).append(actor)
        owners = {surname: actors for surname, actors in owners.items() if len(actors) == 1}
        for surname, actors in list(owners.items()):
            # a name typed once with a Cyrillic letter that looks Latin ("Lu\u0441ke"), then in Latin
            owners.setdefault(latinized(surname), actors)
            # and one written without its accents after it was written with them ("Lipavsky" after
            # "Jan Lipavsk\u00fd")
            bare = "".join(c for c in unicodedata.normalize("NFKD", surname) if not unicodedata.combining(c))
            owners.setdefault(bare, actors)
            # and a Russian surname in another case: "Камилова", "Камилову", "Камиловым" of "Камилов"
            if re.fullmatch(r"[А-ЯЁ][а-яё-]+(?:ов|ев|ёв|ин)", surname):
                for ending in ("а", "у", "ым", "е"):
                    owners.setdefault(surname + ending, actors)
        if owners:
            alternation = "|".join(re.escape(n) for n in sorted(owners, key=len, reverse=True))
            for m in re.finditer(rf"(?<![\w-])(?:{alternation})(?![\w-])", text):
                if self._free(m.start(), m.end()):
                    (actor,) = owners[m.group()]
                    actor.mentions.append(m.span())
                    self._mention(m.start(), m.end(), actor.id)
                    if m.group() not in actor.aliases:
                        actor.aliases.append(m.group())
            # "Nikalasson said", "Akshulakov emphasized" after "Tomas Niklasson", "Bulat
            # Akchulakov": a surname mistyped by one letter, the subject of a verb of saying,
            # flagged (the one person named in full whose surname it is all but)
            for m in re.finditer(rf"(?<![\w-])([A-Z][a-z]{{5,}})(?=\s+(?:also\s+)?(?:{_SAYING})\b)", text):
                word = m.group(1)
                if word in owners or word in _COMMON or not self._free(*m.span(1)):
                    continue
                close = [
                    surname
                    for surname in owners
                    if surname[:1] == word[:1] and difflib.SequenceMatcher(None, surname, word).ratio() >= 0.9
                ]
                if len(close) == 1:
                    (actor,) = owners[close[0]]
                    actor.mentions.append(m.span(1))
                    self._mention(*m.span(1), actor.id)
                    self.variants[m.span(1)] = f"{word!r} is read as {actor.name}, spelled otherwise"
        self.mentions.sort()

    # Speakers

    def actors_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        i = bisect.bisect_left(self.mentions, (start, -1, ""))
        found = []
        while i < len(self.mentions) and self.mentions[i][0] < end:
            if self.mentions[i][1] <= end:
                found.append(self.mentions[i])
            i += 1
        return found

    def before(self, at: int) -> int:
        """How many mentions start before `at`."""
        return bisect.bisect_left(self.mentions, (at, -1, ""))

    def is_modifier(self, end: int) -> bool:
        return is_modifier(self.text, end)

    def preposed(self, start: int) -> bool:
        """Whether the actor named from `start` is the object of a preposition ("between the EU")."""
        before = self.text[max(0, start - 30) : start]
        if re.search(r"\b[Aa]ccording\s+to\s+(?:the\s+)?$", before) or _ACCORDING_SITE_RE.search(
            self.text, max(0, start - 70), start
        ):
            return False  # "according to Borrell", "according to the website of X": the source
        if (
            re.search(
                r"\b(?:of|with|to|for|between|from|by|in|at|on|into|about|against|and)\s+(?:the\s+)?$", before
            )
            is not None
        ):
            return True
        # "During the meeting with High Representative Federica Mogherini, the minister said": the
        # name with its title after a preposition that follows a plain noun ("meeting", "talks"),
        # not one of the title's own ("Representative for Foreign Affairs ... Josep Borrell")
        phrase = _PREPOSED_RE.search(self.text, max(0, start - 120), start)
        if phrase is not None and _TITLE_RUN_RE.search(self.text, max(0, start - 200), start):
            # "Head of Parliament's delegation for relations with Central Asia Paolo Rossi noted": the
            # clause opens with the title, the prepositions are the post's own
            return False
        return (
            phrase is not None
            and phrase.group("noun").lower() not in _TITLE_WORDS
            and all(
                word[:1].isupper() or word.lower().rstrip(".") in _TITLE_WORDS or word.lower() in _TITLE_GLUE
                for word in phrase.group("title").split()
            )
        )


def _surname(name: str) -> str:
    """The word a later mention names a person by: the last, with its patronymic ("Turgunbek uulu")."""
    words = name.split()
    return " ".join(words[-2:]) if words[-1] in ("uulu", "kyzy") else words[-1]


def _named_apart(text: str, first: str, given: str, surname: str) -> bool:
    """Whether the text names `given` `surname` elsewhere without `first` before them.

    ("Arkadag Ali Valiyev" and "Halk Maslahaty Ali Valiyev": "Arkadag" is an epithet) Not after a
    word in lower case: "said Costa Buranelli" after "Filippo Costa Buranelli" is a surname of two
    words, and "Filippo" the given name.
    """
    return any(
        not text[: m.start()].rstrip().endswith(first)
        and re.search(r"\b[a-z][\w-]*\s+$", text[max(0, m.start() - 30) : m.start()]) is None
        for m in re.finditer(rf"\b{re.escape(given)}\s+{re.escape(surname)}\b", text)
    )


def _give_title(text: str, actor: Actor, title: tuple[int, int] | None) -> None:
    """Give `actor` the title at `title`, once for each wording: a title the text repeats with
    every mention would make each recall of a title grow with the text."""
    if title is not None and all(text[a:b] != text[title[0] : title[1]] for a, b in actor.titles):
        actor.titles.append(title)


def _outermost(mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The mentions not inside another: "EU" in "EU Delegation to Uzbekistan" is part of its name."""
    return [m for m in mentions if not any(o != m and o[0] <= m[0] and m[1] <= o[1] for o in mentions)]


def is_modifier(text: str, end: int) -> bool:
    """Whether the name that ends at `end` qualifies a noun ("EU foreign-policy chief", "EU's")."""
    after = text[end : end + 40]
    if re.match(r"[\u2019']s\b", after):
        return True
    match = re.match(r"[ \t]+([\w-]+)", after)
    if match is None:
        return False
    word = match.group(1)
    return (
        word[:1].isupper()
        or word.lower() in _TITLE_WORDS
        or word.lower() in _ORG_WORDS
        or word.lower() in ("foreign-policy", "foreign", "policy", "member", "delegation", "leaders")
        or word.lower() in _WORKS
    )


# A body's works: "The EU strategy emphasizes ..." is the strategy's text, not the EU speaking
# (its statement, website or press service is the body speaking).
_WORKS: Final = frozenset(
    (
        "strategy", "plan", "programme", "program", "agreement", "initiative", "package", "roadmap",
        "project", "budget", "regulation", "law", "decision", "proposal", "treaty", "framework",
    )
)  # fmt: skip


def speech(
    text: str,
    sentences: Sequence[tuple[int, int]],
    known: Sequence[EntityMention],
    taken: set[str] | frozenset[str] = frozenset(),
) -> Speech:
    """The actors, quotations and statements of `text`, its `sentences` given as spans.

    `known` are the dataset's entities found in the text; `taken` the ids already used
    (a drafted actor gets a slug of its name not among them).

    >>> from eucentralasia.curate import sentences
    >>> t = ("Deputy Prime Minister Jamshid Khodjaev met the EU delegation. "
    ...      "“We agree,” Mr Khodjaev said. He added that talks would resume.")
    >>> s = speech(t, sentences(t), [])
    >>> [(x.speaker, x.quoted, x.rule) for x in s.statements]
    [('jamshid-khodjaev', True, 'quote-after'), ('jamshid-khodjaev', False, 'reported')]
    """
    reader = _Reader(text, known, set(taken))
    reader.people()
    reader.cyrillic_people()
    reader.listed()
    for actor in reader.actors.values():
        if actor.known and actor.kind == "official":
            # "European Commissioner Jozef Síkela ...": the title a later "the Commissioner" recalls
            for start, _end in actor.mentions:
                title = reader._title_before(start, start)
                _give_title(text, actor, title)
    reader.bodies()
    reader.surnames()
    quotes = _Quotes(quotations(text))
    statements: list[SpokenStatement] = []
    used_verbs: set[int] = set()
    state: dict[str, str | None] = {"last": None}
    earlier_parties: list[tuple[str, str]] = []  # "the parties" read as the two named last, in order
    # A joint position ("X and Y noted", "the parties welcomed"): the speaker `resolve` read last and
    # the other parties, each of whom holds the position too; `add` gives them the statement as well.
    joint: dict[str, tuple[str, ...]] = {}
    documents: dict[str, str] = {}  # a kind of document ("release") -> the body the text gave one

    starts = [a for a, _b in sentences]
    ends = [b for _a, b in sentences]  # in order too: sentences do not overlap

    def sentence_of(at: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, at) - 1
        return sentences[i] if i >= 0 and at < sentences[i][1] else (at, at)

    def resolve(start: int, end: int, before: int, agent: bool = False) -> tuple[str | None, str | None]:
        """The actor the words text[start:end] name as a subject, and a doubt if any.

        `agent`: the words follow a passive's "by" ("This was announced by X"), so a name after "by"
        is the subject all the same, not a name preposed to another's title."""
        joint.clear()
        # ("Commissioner reportedly called for": an adverb before the verb is no part of the subject)
        adverb = re.search(r"(?:\s+(?:also|[a-z]{3,}ly))+\s*$", text[start:end])
        if adverb is not None and adverb.start() > 0:
            end = start + adverb.start()
        phrase = text[start:end]
        named_first = _RUSSIAN_NAME_THEN_PREPOSITION_RE.match(phrase)
        if named_first is not None:
            # "(said) Stiprais at the meeting with Tokayev", in Russian: the name before the
            # preposition is the subject, not the one met
            end = start + named_first.end("name")
            phrase = text[start:end]
        if re.search(r"\b(?:editor|correspondent|reporter|journalist|columnist)\b", phrase, re.IGNORECASE):
            return None, None  # "..., writes Political Editor X": the article's own voice, no statement
        service = _OWNED_PRESS_RE.fullmatch(phrase)
        if (
            service is not None
            and not reader.actors_in(start, end)
            and service["owner"].lower() not in _ORG_WORDS
        ):
            # "the Kazakh leader's press service stated": a body of its own (as annotators key it),
            # not the leader a title would name; a body's ("the council's press service") is the body
            at = start + service.start("name")
            return reader._new(service["name"], "organization", at, start + service.end("name")).id, None
        people = [
            m
            for m in reader.actors_in(start, end)
            if reader.actors[m[2]].kind == "official" and (agent or not reader.preposed(m[0]))
        ]
        owners = [
            m
            for m in people
            if re.match(r"[\u2019']s\b", text[m[1] : m[1] + 3]) and text[m[1] + 2 : end].strip()
        ]
        if owners and len(owners) < len(people):
            # "President Tokayev's spokesman Ruslan Zheldibay said": the spokesman, not Tokayev
            people = [m for m in people if m not in owners]
        elif owners:
            name = reader.actors[owners[0][2]].name
            return owners[0][2], f"the subject is someone of {name}'s, read as {name}"
        # "An adviser to President X said", "Y, spokesman for the High Representative X, said": X is
        # whom the speaker serves, no subject
        serving = [m for m in people if _SERVING_RE.search(text, max(start, m[0] - 150), m[0])]
        if people and people[0] in serving:
            role = _SERVING_RE.search(text, max(start, people[0][0] - 150), people[0][0])
            if role is not None and role.group("role").lower().startswith("spokes"):
                name = reader.actors[people[0][2]].name
                return people[0][2], f"a spokesperson for {name} speaks; read as {name}'s"
            return None, None
        people = [m for m in people if m not in serving]
        if people:
            # (a name right after "and" counts as preposed, "between the EU and Kazakhstan"; as
            # the first subject's partner, "X and Y said", it is a second subject all the same)
            partners = [
                m
                for m in reader.actors_in(people[0][1], end)
                if reader.actors[m[2]].kind == "official"
                and m[2] != people[0][2]
                and (
                    (m in people and re.search(r"\band\b", text[people[0][1] : m[0]]))
                    # ("X, EU Ambassador to Kazakhstan, and Y, ... commended": each with a title)
                    or re.fullmatch(
                        r"(?:,\s+[^,;.:]{1,80},|,)?\s+and\s+(?:[\w.\u2019'-]+\s+){0,4}",
                        text[people[0][1] : m[0]],
                    )
                )
            ]
            if partners:  # "X and Y noted ...": the position of each
                return together(people[0][2], *dict.fromkeys(m[2] for m in partners)), None
            return people[0][2], None
        issued = _ISSUED_BY_RE.search(phrase)
        office = _POST_OFFICE_RE.fullmatch(phrase, issued.end() if issued is not None else 0)
        if office is not None:
            # "the Kazakh President's administration", "a statement released by the President's
            # office": a body of its own, not the President
            at = start + office.start("office")
            return reader._new(office["office"], "organization", at, start + office.end("office")).id, None
        if issued is not None:
            # "A press release issued by the EU Delegation says": the body that issued it speaks
            outer = _outermost(reader.actors_in(start + issued.end(), end))
            if outer and reader.actors[outer[0][2]].kind == "organization":
                return outer[0][2], None
        press = _PRESS_AFTER_RE.search(phrase)
        if press is not None and re.match(r"[\u2019']s\s+spokes", press.group(), re.IGNORECASE):
            # "the Commission's spokesperson mentioned" after "European Commission's Lead Spokesperson
            # Peter Stano told Trend": the spokesperson the text named, not the body
            holder, doubt = by_title(["spokesperson", "spokesman", "spokeswoman"], before, phrase)
            owner = re.findall(r"[\w-]+", phrase[: press.start()])[-1:]
            if holder is not None and owner:
                actor = reader.actors[holder]
                described = " ".join(
                    [text[a:b] for a, b in actor.titles]
                    + [text[max(0, a - 80) : a] for a, _b in actor.mentions[:2]]
                )
                if re.search(rf"\b{re.escape(owner[0])}\b", described, re.IGNORECASE) and re.search(
                    r"spokes", described, re.IGNORECASE
                ):
                    return holder, None  # (its spokesperson: the text gave them the title, of the body)
        if press is not None:
            spoken_for = [
                m
                for m in _outermost(reader.actors_in(start, start + press.start()))
                if reader.actors[m[2]].kind == "organization" and m[1] == start + press.start()
            ]
            if spoken_for:
                return spoken_for[-1][2], None
            if press.start() > 0:
                # "The ministry's press service said": the body "the ministry" recalls speaks through it
                body, doubt = resolve(start, start + press.start(), before)
                if (
                    body is not None
                    and reader.actors[body].kind == "organization"
                    and any(a < start for a, _b in reader.actors[body].mentions[:1])  # named before
                ):
                    return body, doubt
        spokesperson = _SPOKESPERSON_RE.search(phrase)
        if spokesperson is not None:
            # "A spokesperson for the European Commission said": the body speaks through them
            spoken_for = [
                m
                for m in _outermost(reader.actors_in(start + spokesperson.end(), end))
                if reader.actors[m[2]].kind == "organization"
            ]
            if spoken_for:
                return spoken_for[0][2], None
            spoken_for = [
                m
                for m in _outermost(reader.actors_in(start + spokesperson.end(), end))
                if reader.actors[m[2]].kind == "official"
            ]
            if spoken_for:
                # "A spokesman for Kaja Kallas said": hers in all likelihood, but not her own words
                name = reader.actors[spoken_for[0][2]].name
                return spoken_for[0][2], f"a spokesperson for {name} speaks; read as {name}'s"
            served = _PRESS_OF_WHOM_RE.fullmatch(phrase, spokesperson.start())
            if served is not None:
                # "according to the press service of Kazakhstan's prime minister": the press service
                # of one the text does not name is a body of its own (as annotators key it)
                at = start + spokesperson.start()
                return reader._new(served.group().strip(), "organization", at, start + served.end()).id, None
        document = _BODY_DOCUMENT_RE.fullmatch(phrase)
        holder = document["body"].split()[-1].lower() if document is not None else ""
        if document is not None and holder in _TITLE_WORDS:
            # "the European Council president's message said": the message of the one holding the post
            return by_title([holder], before, phrase)
        if document is not None:
            # "a European External Action Service press release read": the body whose document it is
            owner = _outermost(reader.actors_in(start + document.start("body"), start + document.end("body")))
            if len(owner) == 1 and reader.actors[owner[0][2]].kind == "organization":
                documents[phrase.split()[-1].lower()] = owner[0][2]
                return owner[0][2], None
            if not owner and document["body"].split()[-1].lower() in _ORG_WORDS:
                # "The Austrian Foreign Ministry's press release notes:": a body the text names here
                # first, drafted
                at = start + document.start("body")
                drafted = reader._new(document["body"], "organization", at, start + document.end("body"))
                documents[phrase.split()[-1].lower()] = drafted.id
                return drafted.id, None
        words = re.findall(r"[\w.-]+", phrase)
        lowered = [w.lower() for w in words]
        if any(w in _PRONOUNS for w in lowered[:3]) and len(words) <= 3:
            return pronoun(before)
        if lowered[:1] == ["they"] and len(words) <= 2:
            # "they noted" after talks: the two parties, each (flagged, as "the parties" is); not
            # when the sentence before names a larger group ("participants confirmed ... They also")
            prior = bisect.bisect_right(ends, before) - 1
            if (
                prior >= 0
                and _GROUP_RE.search(text, *sentences[prior])
                # (but "The officials highlighted ... . They also stressed": the group was read as
                # the two parties, who go on)
                and not (
                    statements
                    and statements[-1].others
                    and sentences[prior][0] <= statements[-1].spans[0][0] < sentences[prior][1]
                )
            ):
                return None, None
            return parties(phrase, before)
        last = state["last"]
        if (
            lowered[:1] == ["it"]
            and len(words) <= 2
            and last is not None
            and reader.actors[last].kind == "organization"
        ):
            return last, None  # "The conclusions say ... It also highlights ...": the body that spoke last
        issuer = documents.get(phrase.split()[-1].lower()) if _DOCUMENT_RE.fullmatch(phrase) else None
        if issuer is not None:
            return issuer, None  # "According to the press release": the one the text said issued it
        if _DOCUMENT_RE.fullmatch(phrase) and re.search(r"statement|declaration|communiqu", phrase, re.I):
            issuers = joint_issuers(before)
            if issuers:
                return together(*issuers), None
        if _DOCUMENT_RE.fullmatch(phrase) and last is not None:
            # "..., the message said": the message of the body (or person) who spoke last
            if reader.actors[last].kind == "organization":
                return last, None
            return last, f"{phrase.strip()!r} is read as {reader.actors[last].name}'s, who spoke last"
        adopted = _ADOPTED_DOCUMENT_RE.fullmatch(phrase)
        if adopted is not None:
            # "The text passed in the European Parliament on March 14 calls on ...": the body that
            # adopted the document speaks through it
            a = start + adopted.start("body")
            owner = [m for m in _outermost(reader.actors_in(a, start + adopted.end("body"))) if m[0] == a]
            if owner and reader.actors[owner[0][2]].kind == "organization":
                return owner[0][2], None
        if _DOCUMENT_RE.fullmatch(phrase):
            # No one spoke before: the body the text gave as the source of its report ("The press
            # service of the Delegation reported."); no one at all when it gave none
            upto = reader.before(before)
            for m in reversed(_outermost(reader.mentions[max(0, upto - 50) : upto])):
                press = _SPOKESPERSON_RE.search(text, max(0, m[0] - 40), m[0])
                if (
                    reader.actors[m[2]].kind == "organization"
                    and m[2] not in reader.outlets  # "Trend reports citing the ministry": not Trend's
                    and not _inside(quotes, m[0])
                    and (
                        _REPORTED_RE.match(text, m[1]) is not None
                        or (press is not None and press.end() == m[0])
                        # ("Trend reports citing the Ministry of ...": the source an outlet cites; "The
                        # text passed in the European Parliament ...": the body that adopted it)
                        or re.search(
                            rf"\b(?:citing|quoting|(?:{_ADOPTED})\s+(?:in|by))\s+(?:the\s+)?$",
                            text[max(0, m[0] - 20) : m[0]],
                        )
                    )
                ):
                    return m[2], None
            # "The press service of the department reports. «...,» the statement says.": the body
            # the text named last before the department it recalls (flagged: a recall, not a name)
            reports = list(_PRESS_OF_BODY_RE.finditer(text, max(0, start - 600), start))
            recalled = reports[-1] if reports else None
            if recalled is not None:
                upto_report = reader.before(recalled.start())
                for m in reversed(_outermost(reader.mentions[max(0, upto_report - 50) : upto_report])):
                    actor = reader.actors[m[2]]
                    if (
                        actor.kind == "organization"
                        and m[2] not in reader.outlets
                        and m[2] != "european-union"
                    ):
                        return m[2], f"'the {recalled['noun']}' is read as {actor.name}, the body named last"
            if re.search(r"\bletter\b", phrase, re.IGNORECASE):
                # "..., reads the letter": the letter of the one the sentence before is about
                speaker, _doubt = pronoun(before)
                if speaker is not None:
                    name = reader.actors[speaker].name
                    return speaker, f"{phrase.strip()!r} is read as {name}'s, named in the sentence before"
            return None, None
        latter = re.fullmatch(r"\s*(?:[Tt]he\s+)?(?P<which>latter|former)(?:\s+also)?\s*", phrase)
        if latter is not None:
            # "X met Y. The latter stressed ...": the second (or first) of the two the sentence before names
            prior = bisect.bisect_right(ends, start) - 1
            two = list(
                dict.fromkeys(
                    m[2]
                    for m in (reader.actors_in(*sentences[prior]) if prior >= 0 else [])
                    if reader.actors[m[2]].kind == "official"
                )
            )
            if len(two) >= 2:
                chosen = two[-1] if latter["which"] == "latter" else two[0]
                if len(two) == 2:
                    return chosen, None
                return chosen, (
                    f"{latter.group().strip()!r} is read as {reader.actors[chosen].name}; "
                    f"the sentence before names {len(two)} people"
                )
            return None, None
        state_head = _HEAD_OF_STATE_RE.search(phrase)
        of, adjective = (state_head["of"], state_head["adjective"]) if state_head else ("", None)
        if (
            state_head is not None
            and (of.lower() in ("state", "country", "republic") or of in _COUNTRY_WORDS)
            and (adjective is None or adjective in _NATIONALITIES | _COUNTRY_WORDS)
        ):
            # "the head of state": the president named, no EU institution's
            return by_title(["president"], before, state_head=True)
        head_of = _HEAD_OF_BODY_RE.match(phrase)
        if head_of is not None:
            # "The head of the European Commission called for ...": the one the text gave a post
            # at the top of that body ("President of the European Commission X"), if any
            body = fold(head_of["body"])
            upto = reader.before(before)
            for m in reversed(reader.mentions[max(0, upto - 80) : upto]):
                actor = reader.actors[m[2]]
                if actor.kind == "official" and not _inside(quotes, m[0]):
                    for a, b in actor.titles:
                        named = re.search(rf"\b{re.escape(body)}\b", fold(text[a:b]))
                        if a < before and named and _TOP_POST_RE.search(named.string, 0, named.start()):
                            return actor.id, None
        if lowered[:1] == ["it"] and len(words) <= 2 and last is not None:
            # "The Cooperation Council in a statement underlined ... It called on ...": a body
            # goes on speaking; "it" after a person is not read
            if reader.actors[last].kind == "organization":
                return last, None
            return None, None
        diplomat = _TOP_DIPLOMAT_RE.search(phrase)
        if diplomat is not None:
            # "the head of EU diplomacy", "Kazakhstan's top diplomat": the High Representative,
            # a country's foreign minister
            return by_title(
                ["representative" if diplomat.group("eu") or diplomat.group("eu2") else "minister"], before
            )
        short = _TITLE_SHORT_RE.search(phrase)
        if short is not None:
            # "The Kazakh PM said", "the FM added": a title written short, not a body's acronym
            # ("the Kazakh MFA"); its holder is the one the text named with the title in full
            full = _TITLE_SHORT[short.group()]
            head = full.split()[-1]  # "minister", "vice-president" ("the VP")
            return by_title([head], before, phrase[: short.start()] + full + phrase[short.end() :])
        heads = _title_heads(phrase)
        if any(
            h.endswith("s")
            and h[:-1]
            in _TITLE_WORDS
            | {
                "leader",
                "side",
                "partie",
                "interlocutor",
                "counterpart",
                "participant",
                "delegation",
                "signatorie",
            }
            for h in lowered[:3]
        ):
            # "the parties noted", "both sides agreed", "the two ministers": the two met, each; not
            # "Members of Parliament", "the ministers of the five countries" (a group)
            if _PARTIES_RE.search(phrase) or _PARTIES_DID_RE.match(phrase):
                return parties(phrase, before)
            # (not "According to the officials, ...": someone's sources, not the two at the talks)
            sources = re.search(r"\b[Aa]ccording\s+to\s+$", text[max(0, start - 20) : start])
            if (
                _TALKERS_RE.search(phrase)
                or _POSTS_OF_TWO_RE.search(phrase)
                # ("The participants reaffirmed", "the signatories welcomed": those named at the talks)
                or re.fullmatch(r"\s*(?:[Tt]he\s+)?(?:participants|signatories)(?:\s+also)?\s*", phrase)
            ) and sources is None:
                return parties(phrase, before, after_talks=True)
            return None, None  # "The ministers said": more than one speaker, none named
        side = re.search(r"\b(?P<adj>[A-Z][\w-]*)\s+(?:side|guest)(?:\s+also)?\s*$", phrase) or re.match(
            r"\s*(?:[Tt]he\s+)?(?P<adj>[A-Z][\w-]*)\s+(?:side|guest)\s*,", phrase
        )
        if side is not None:
            return by_side(side.group("adj"), max(before, end))  # ("the X side, led by Y,": Y too)
        if "leader" in lowered[:4] and not heads:
            return by_title(["president"], before)  # "the Uzbek leader": the president named
        first_prep = next((i for i, w in enumerate(lowered) if w in ("of", "for", "to")), len(lowered))
        represented = _REPRESENTATIVE_OF_RE.fullmatch(phrase)
        if represented is not None and re.match(r"\s*the\s", phrase, re.IGNORECASE):
            # "“...,” the representative of the Economy Ministry said", the text having named "a
            # representative of the Economy Ministry Kuvonchbek Mustafoyev": that person again
            holder, doubt = by_title([represented["role"]], before, phrase)
            if holder is not None and doubt is None:
                return holder, None
        if represented is not None:
            # "the representative of EU delegation to Turkmenistan told Trend": no one named, the
            # body speaks through them (and "the official" after, named no more, is it again)
            a, b = start + represented.start("body"), start + represented.end("body")
            bodies = [
                m for m in _outermost(reader.actors_in(a, b)) if reader.actors[m[2]].kind == "organization"
            ]
            body = text[a:b]
            if len(bodies) == 1 and text[bodies[0][1] : b].strip() == "":
                state["represented"] = bodies[0][2]
            elif any(w in _ORG_WORDS for w in body.lower().split()) and body.split()[0][:1].isupper():
                state["represented"] = reader._new(body, "organization", a, b).id
            else:
                return None, None
            return unnamed_voice(state["represented"] or "", represented["role"])
        spokesperson = _BODY_SPOKESPERSON_RE.fullmatch(phrase)
        if spokesperson is not None:
            # "an EU foreign affairs spokesperson said", "the EU spokesperson told Trend": the EU's
            # spokesperson, unnamed, speaks for it (and "the spokesperson" after is it again)
            a = start + spokesperson.start("body")
            owner = [m for m in reader.actors_in(a, start + spokesperson.end("body")) if m[0] == a]
            if owner and reader.actors[owner[0][2]].kind == "organization":
                return unnamed_voice(owner[0][2], "spokesperson")
        if heads and re.match(r"\s*(?:an?|one|another)\s", phrase, re.IGNORECASE):
            return None, None  # "An EU official, who asked not to be named, said": someone unnamed
        pair = _TWO_TITLES_RE.fullmatch(phrase)
        if pair is not None and heads:
            # "The Kazakh President and the EU Special Representative named ...": two holders, each
            # recalled by the title the text gave them
            held = [by_title(_title_heads(pair[part]), before, pair[part]) for part in ("a", "b")]
            ids = [id for id, doubt in held if id is not None and doubt is None]
            if len(ids) == 2 and ids[0] != ids[1]:
                return together(*ids), None
        if heads and any(w.rstrip(".") in _TITLE_WORDS for w in lowered[:first_prep]):
            holder, doubt = by_title(heads, before, phrase)
            if holder is None and re.fullmatch(
                r"\s*the\s+(?:representative|official|spokes(?:person|man|woman))\s*", phrase, re.IGNORECASE
            ):
                body = state.get("represented") or spokesperson_of(before)
                if body is not None:
                    name = reader.actors[body].name
                    return body, f"{phrase.strip()!r}, named no more, is read as {name}'s again"
            return holder, doubt
        last_clause = phrase.rstrip().rstrip(",").rsplit(",", 1)
        if (
            len(last_clause) == 2
            and re.fullmatch(
                r"\s*(?:(?:[A-Z][\w\u2019'-]+\s*){1,3}|the\s+(?:[a-z][\w-]*\s*){1,3})", last_clause[1]
            )
            and not reader.actors_in(start + len(last_clause[0]), end)
        ):
            # "The EU, Borrell said, ...": the subject is a name the text gives no one known or
            # drafted; "During the ceremony, held in the X Center, the graduates reflected on": a
            # group no one names; the body before the comma is merely named
            return None, None
        bodies = [
            m
            # ("the European Union (EU) Delegation to Tajikistan": the acronym is part of the name)
            for m in _outermost(reader.actors_in(start, end))
            if reader.actors[m[2]].kind == "organization"
            and not reader.is_modifier(m[1])
            and not reader.preposed(m[0])
        ]
        if bodies:
            if re.search(r"\band\b", text[start : bodies[-1][0]]) or re.search(
                r"\band\b", text[bodies[-1][1] : end]
            ):
                # "The EU and Kazakhstan said in a joint statement": one speaker of two
                name = reader.actors[bodies[-1][2]].name
                return bodies[-1][2], f"the subject names {name} with another; read as {name}"
            return bodies[-1][2], None
        joined = [
            m
            for m in reader.actors_in(start, end)
            if reader.actors[m[2]].kind == "organization"
            and not reader.is_modifier(m[1])
            and re.search(r"\band\s+(?:the\s+)?$", text[start : m[0]])
        ]
        if joined and not re.search(r"\b(?:between|of|for|to|with)\b", text[start : joined[-1][0]]):
            # "Uzbekistan and the European Commission expressed ...": the body after "and" is a subject
            # with another (a body named after "and" reads as preposed elsewhere: "between A and B")
            name = reader.actors[joined[-1][2]].name
            return joined[-1][2], f"the subject names {name} with another; read as {name}"
        acronym = re.fullmatch(
            r"\s*(?:[Tt]he\s+)?(?P<name>(?:[A-Z][a-z]+(?:[\u2019']s)?\s+)?(?P<letters>[A-Z]{2,6}))(?:\s+also)?\s*",
            phrase,
        )
        if acronym is not None and acronym.group("letters") not in ("US", "UK", "USA", "UAE", "EU", "UN"):
            # "The EEAS said", "the Kazakh MFA noted": a body by its acronym, drafted by it
            at = start + acronym.start("name")
            return reader._new(
                acronym.group("name"), "organization", at, start + acronym.end("name")
            ).id, None
        match = re.search(
            rf"(?:the\s+)?((?:[\w\u2019'-]+\s+){{0,5}}(?:{'|'.join(sorted(_ORG_WORDS))}))\s*$",
            re.sub(r"\s+(?:in|on|at|during|after)\s+[^,]*$|\s+also$", "", phrase.rstrip()),
            re.IGNORECASE,
        )
        if match is not None and not re.search(
            r"\b(?:statement|communiqu\w*|report|document)\b", phrase, re.I
        ):
            # ("..., and the council called on": the conjunction and the article are no part of it)
            name = re.sub(r"^(?:(?:and|but|while)\s+)?(?:the\s+)?", "", match.group(1), flags=re.IGNORECASE)
            if re.match(
                r"(?:\d[\d,.]*\s+)?(?i:critics|opponents|supporters|members|experts|analysts|observers|"
                r"deputies|lawmakers|legislators|citizens|residents)\s+of\b",
                name,
            ):
                # "Critics of the government say", "supported by 401 deputies of the European Parliament":
                # people unnamed, no body
                return None, None
            if re.fullmatch(r"[A-Za-z]+", name):
                # "the ministry said", "The Ministry also noted": the body named before whose name has
                # that head noun
                head = name.lower()
                upto = reader.before(before)
                bodies_so_named = list(
                    dict.fromkeys(
                        m[2]
                        for m in reversed(reader.mentions[max(0, upto - 50) : upto])
                        if reader.actors[m[2]].kind == "organization"
                        and head in fold(reader.actors[m[2]].name).split()
                    )
                )
                if len(bodies_so_named) == 1 or bodies_so_named[:1] == [state["last"]]:
                    return bodies_so_named[0], None
                if bodies_so_named:
                    # "the ministry" after two ministries were named: the one named last, flagged
                    latest, other = (reader.actors[id].name for id in bodies_so_named[:2])
                    doubt = f"{phrase.strip()!r} fits {latest} and {other}; read as {latest}"
                    return bodies_so_named[0], doubt
            at = start + phrase.find(name)
            in_full: list[str] = (
                _PRESS_OF_NAMED_RE.findall(text, 0, start)
                if re.fullmatch(_PRESS, name, re.IGNORECASE)
                else []
            )
            if not in_full and re.fullmatch(_PRESS, name, re.IGNORECASE):
                # "..., the press service said" after "the Kazakh leader's press service": the press
                # service the text named last
                upto = reader.before(start)
                for m in reversed(reader.mentions[max(0, upto - 50) : upto]):
                    service_name = reader.actors[m[2]].name
                    # (or the body whose press service it named: "the Uzbek Foreign Ministry's press
                    # service said ... According to the press service, ...")
                    owned = re.match(rf"[\u2019']s\s+{_PRESS}\b", text[m[1] : m[1] + 20])
                    if reader.actors[m[2]].kind == "organization" and (
                        owned or re.search(rf"\b{_PRESS}\b", service_name, re.IGNORECASE)
                    ):
                        reader._mention(at, at + len(name), m[2])
                        return m[2], None
            if in_full:
                # "..., the press service says" after "the press service of the President of Uzbekistan":
                # the one the text named in full
                named_at = text.rfind(in_full[-1], 0, start)
                reader._new(in_full[-1], "organization", named_at, named_at + len(in_full[-1]))
                return reader._new(in_full[-1], "organization", at, at + len(name)).id, None
            # "the Kazakh MFA press service": the body whose service it is where the dataset knows it
            # (R9b, ninth round); "the Akorda press service" a body of its own (as annotators key it)
            press = re.search(rf"\s+{_PRESS}$", name, re.IGNORECASE)
            if (
                press is not None
                and name[:1].isupper()
                and not stop_word(name.split()[0])
                and any(reader.actors[m[2]].known for m in reader.actors_in(at, at + press.start()))
            ):
                name = name[: press.start()]
            if re.search(r"\band\b", name) and (
                reader.actors_in(at, at + len(name)) or set(name.split()) & _COUNTRY_WORDS
            ):
                return None, None  # a drafted body's name never joins two parties ("Uzbekistan and the ...")
            if " " not in name.strip() and name.strip().lower() in _ORG_WORDS:
                # "the delegation emphasized" after "the Uzbek delegation engaged in talks": the body
                # the text named by its nationality and that noun; a head noun alone names no body
                # ("the Council reaffirms" in a quotation)
                nationality = "|".join(sorted(_NATIONALITIES, key=len, reverse=True))
                head_noun = re.escape(name.strip())
                by_nationality = [*re.finditer(rf"\b(?:{nationality})\s+{head_noun}\b", text[:start])]
                if not by_nationality:
                    return None, None
                named_as = by_nationality[-1]
                covering = [
                    m
                    for m in reader.actors_in(max(0, named_as.start() - 200), named_as.end() + 200)
                    if m[0] <= named_as.start() and named_as.end() <= m[1]
                ]
                if covering:
                    # "the Bank said" after "The European Bank for Reconstruction and Development": the
                    # body whose name holds the words, not a draft of the words
                    reader._mention(at, at + len(name), covering[-1][2])
                    return covering[-1][2], None
                reader._new(named_as.group(), "organization", named_as.start(), named_as.end())
                return reader._new(named_as.group(), "organization", at, at + len(name)).id, None
            actor = reader._new(name, "organization", at, at + len(name))
            return actor.id, None
        country = re.search(
            # (after a clause: "..., Kyrgyzstan reported 63 dead, while Tajikistan said 41 were killed")
            r"(?:^|,\s*(?:while|and|but|whereas)\s|\b(?:while|whereas)\s)\s*"
            r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w ]+?)(?:\s+also)?\s*$",
            phrase,
        )
        if (
            country is not None
            and country["name"] in _COUNTRY_NAMES
            # (only by a verb of telling: a state that "denounced the agreement" or "proposed projects"
            # acts, and one that "declared its willingness" speaks through someone the text names)
            and (
                re.match(rf"\s*(?:also\s+)?(?:{_STATE_TELLS})\b", text[end : end + 30])
                or re.search(rf"\b(?:{_STATE_TELLS})\s*$", text[max(0, start - 20) : start])
            )
        ):
            # "Kyrgyzstan reported at least 63 people dead", "Turkmenistan informed about the plans": the
            # state speaks through its government (flagged: the text names no one)
            a, b = start + country.start("name"), start + country.end("name")
            name, doubt = f"Government of {country['name']}", f"{country['name']!r} is read as its government"
            id = _slug(name)
            if id in reader.taken and id not in reader.actors:
                # the dataset's own record ("Government of Kazakhstan"), not a draft beside it
                reader.actors[id] = Actor(id, "organization", name, known=True)
            if id in reader.actors and reader.actors[id].known:
                reader._mention(a, b, id)
                return id, doubt
            return reader._new(name, "organization", a, b).id, doubt
        return None, None

    def unnamed_voice(body: str, role: str) -> tuple[str, str]:
        """`body`, read as the speaker for its unnamed `role`; "the {role}" after is it again."""
        state["represented"] = body
        name = reader.actors[body].name
        return body, f"an unnamed {role} of {name} speaks; read as {name}'s"

    def spokesperson_of(before: int) -> str | None:
        """The body whose unnamed spokesperson the text named last before `before`, if any."""
        found = None
        for m in _BODY_SPOKESPERSON_RE.finditer(text, max(0, before - 3000), before):
            owner = [o for o in reader.actors_in(m.start("body"), m.end("body")) if o[0] == m.start("body")]
            if owner and reader.actors[owner[0][2]].kind == "organization":
                found = owner[0][2]
        return found

    def together(first: str, *others: str) -> str:
        """`first`, the speaker of a position `others` hold with it (`add` gives it each of them)."""
        joint["for"], joint["others"] = (first,), tuple(o for o in others if o != first)
        return first

    def joint_issuers(before: int) -> list[str]:
        """Those the text said issued a joint statement, in the last few sentences before `before`."""
        prior = bisect.bisect_right(ends, before)
        for a, b in reversed(sentences[max(0, prior - 12) : prior]):
            issued = _JOINT_ISSUED_RE.search(text, a, b)
            if issued is not None:
                named = _outermost(reader.actors_in(a, issued.start()))
                issuers = [m[2] for m in named if not _inside(quotes, m[0])]
                # (the people, where the text names them; the bodies in their titles issued nothing)
                people = [id for id in issuers if reader.actors[id].kind == "official"]
                return list(dict.fromkeys(people or issuers))
        return []

    def talks_in(start: int, end: int) -> bool:
        """Whether the sentence reports talks: a meeting, a call, a guest received or welcomed.

        ("welcomed a delegation led by X" is talks; "welcomed the decision" a position.)
        """
        return _TALKS_RE.search(text, start, end) is not None or any(
            welcomes_someone(text, m.end()) for m in _WELCOMED_RE.finditer(text, start, end)
        )

    def parties(phrase: str, before: int, after_talks: bool = False) -> tuple[str | None, str | None]:
        """ "The parties", "both sides", "the ministers": the two people the text named last, each.

        Flagged: the parties may be delegations, or others than the two named last; no one when
        the text named fewer than two, or (`after_talks`) reported no talks between two.
        """
        upto = reader.before(before)
        window = [
            m
            for m in reader.mentions[max(0, upto - 80) : upto]  # (a few back: linear)
            if reader.actors[m[2]].kind == "official" and not _inside(quotes, m[0])
        ]
        # whom an adviser serves ("Adviser to the President of the European Council X") held no talks
        serving = {m[2] for m in window if _SERVING_RE.search(text, max(0, m[0] - 150), m[0])}
        window = [m for m in window if m[2] not in serving]
        # nor did one who joined another's delegation, where two others remain to be the parties
        joining = {m[2] for m in window if _JOINING_RE.search(text, max(0, m[0] - 150), m[0])}
        if len({m[2] for m in window} - joining) >= 2:
            window = [m for m in window if m[2] not in joining]
        named: list[str] = []  # latest first
        for m in reversed(window):
            if m[2] not in named:
                named.append(m[2])
        # the last talks the text reported between two people it names: they are the parties,
        # though others were named after them ("They recalled the visit of President X")
        for sentence in sorted({sentence_of(m[0]) for m in window}, reverse=True):
            held = [m[2] for m in window if sentence[0] <= m[0] < sentence[1]]
            held = list(dict.fromkeys(held))  # in the order the sentence names them
            # ("The meeting was attended by X, Y, Z, ...": a gathering of three or more)
            gathering = len(held) >= 3 and re.search(r"\battended\s+by\b", text[sentence[0] : sentence[1]])
            if len(held) >= 2 and (talks_in(*sentence) or gathering):
                who = phrase.strip().rsplit(",", 1)[-1].strip()
                if re.search(r"\b(?:EU|European\s+Union)\s+(?:representatives|officials)\b", who):
                    # "EU representatives highly praised ...": the EU's people at the talks, each
                    ours = [id for id in held if of_eu(reader.actors[id])]
                    if not ours or len(ours) == len(held):
                        return None, None
                    names = " and ".join(reader.actors[id].name for id in ours)
                    return together(*ours), f"{who!r} is read as {names}, the EU's people at the talks"
                if len(held) == 3 or gathering:
                    # "a meeting of X with Y and Z": the three of the talks, each; "attended by" all
                    # the gathering names
                    names = ", ".join(reader.actors[id].name for id in held[:-1])
                    last = reader.actors[held[-1]].name
                    return together(*held), (
                        f"{who!r} is read as {names} and {last}, the {len(held)} of the talks"
                    )
                named = [held[1], held[0]]
                break
        else:
            if after_talks:
                return None, None
        who = phrase.strip().rsplit(",", 1)[-1].strip()
        if earlier_parties:
            # "The parties noted ... . President X's speech was appreciated ... . The parties
            # confirmed ...": the same two, no talks reported since, not whoever was named last
            first, second = earlier_parties[-1]
            return together(first, second), (
                f"{who!r} is read as {reader.actors[first].name} and {reader.actors[second].name}, "
                "the parties named so before"
            )
        if len(named) < 2:
            return None, None
        second, first = named[:2]  # in the order the text last named them ("A met B")
        earlier_parties.append((first, second))
        return together(first, second), (
            f"{who!r} is read as {reader.actors[first].name} and {reader.actors[second].name}, "
            "the two people named last"
        )

    def subject_before(at: int, since: int) -> str | None:
        """The person who opens the sentence before `at` (a title before the name at most), and a
        paragraph after `since`, saying nothing in it ("... “...”\n\nBarrozu found himself cornered.
        “Sorry, ...”"; in one paragraph, "X was present." between two quotations leaves the voice
        quoted before going on)."""
        prior = bisect.bisect_right(ends, at) - 1
        if prior < 0:
            return None
        p_start, p_end = sentences[prior]
        if (
            re.search(r"\n[ \t]*\n", text[p_end:at])
            or not re.search(r"\n[ \t]*\n", text[since:p_start])
            or _VERB_RE.search(text, p_start, p_end)
        ):
            return None
        opening = [
            m
            for m in reader.actors_in(p_start, p_end)
            # (after a title at most: "Commissioner Ivan Petrov found himself cornered."; a time
            # before it and the title in apposition: "Just a month ago, the President of
            # Kazakhstan, Kassym-Jomart Tokayev, promised ...")
            if re.fullmatch(
                r"\s*(?:(?:[Jj]ust\s+)?(?:a|one|two|three|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+"
                r"(?:ago|earlier),\s+|(?:Earlier|Previously|Last\s+\w+|On\s+\w+),\s+)?"
                r"(?:(?:[A-Z][\w.\u2019'-]*|the|of|for)(?:,?\s+))*",
                text[p_start : m[0]],
            )
            and reader.actors[m[2]].kind == "official"
        ]
        return opening[0][2] if opening else None

    def pronoun(before: int) -> tuple[str | None, str | None]:
        last = state["last"]
        upto = reader.before(before)
        since = reader.before(last_said.get(last, -1) + 1) if last is not None else upto
        named = [
            m
            for m in reader.mentions[max(0, min(since, upto - 50)) : upto]
            if m[1] <= before and reader.actors[m[2]].kind == "official"
        ]
        # "Terhi Hakala met President Tokayev. She noted ...": the subject of the sentence before
        # goes on, not the person it names last
        prior = bisect.bisect_right(ends, before) - 1
        opening = next(
            (
                m
                for m in named
                if prior >= 0
                and sentences[prior][0] <= m[0] < sentences[prior][1]
                and not _VERB_RE.search(text, sentences[prior][0], m[0])
                and not reader.preposed(m[0])
                and not _HAPPENING_BEFORE_RE.search(text, sentences[prior][0], m[0])
            ),
            None,
        )
        if last is not None and reader.actors[last].kind == "official":
            others = [m for m in named if m[2] != last and m[0] > last_said.get(last, -1)]
            if others and opening is not None and opening[2] != last and opening[0] > last_said.get(last, -1):
                # "X thanked Y for ... . She noted ...": the subject of the sentence just before,
                # though another spoke last
                return opening[2], (
                    f"the pronoun is read as {reader.actors[opening[2]].name}, the subject of the sentence "
                    f"before; {reader.actors[last].name} spoke last"
                )
            if others:
                other = reader.actors[others[-1][2]].name
                return last, (
                    f"the pronoun is read as the last speaker, {reader.actors[last].name}; "
                    f"{other} was named since"
                )
            return last, None
        if named:
            subject = opening or named[-1]
            how = (
                "the subject of the sentence before" if subject is not named[-1] else "the last person named"
            )
            return subject[2], f"the pronoun is read as {reader.actors[subject[2]].name}, {how}"
        return None, None

    def described(actor: Actor) -> str:
        """The titles the text gives `actor`, and the title runs right before its first mentions."""
        return " ".join(
            [text[a:b] for a, b in actor.titles]
            # (the first few mentions: a title comes with the first; linear in a long text; only the
            # title run right before the name, not "Michel's message to" before "President Tokayev")
            + [
                run.group() if (run := _TITLE_RUN_BEFORE_RE.search(text, max(0, a - 60), a)) else ""
                for a, _b in actor.mentions[:4]
            ]
            + apposed_titles(actor)
        )

    def apposed_titles(actor: Actor, before: int | None = None) -> list[str]:
        """The titles set after `actor`'s first few names (before `before`): "Charles Michel, President
        of the European Council." (linear)"""
        return [
            apposed["title"]
            for _a, b in actor.mentions[:4]
            if (before is None or b <= before) and (apposed := _APPOSED_TITLE_RE.match(text, b))
        ]

    def of_eu(actor: Actor) -> bool:
        """Whether the text gives `actor` an EU title ("EU Ambassador", "European Commissioner")."""
        # (a member state's minister at the EU's talks is on its side: "Péter Szijjártó, Minister of
        # Foreign Affairs of Hungary, the Chairman of the Council of the EU")
        return _EU_SIDE_RE.search(described(actor)) is not None

    def by_side(adjective: str, before: int) -> tuple[str | None, str | None]:
        """ "The Kyrgyz side", "the European side": the person last named on that side of the talks.

        The EU's side is told by its titles ("EU Ambassador", "European Commissioner"); the
        other side is anyone else. Flagged: a side is a delegation, not one person.
        """
        european = adjective in ("European", "EU")
        upto = reader.before(before)
        on_side = [
            reader.actors[m[2]]
            for m in reversed(reader.mentions[max(0, upto - 60) : upto])
            if reader.actors[m[2]].kind == "official" and not _inside(quotes, m[0])
        ]
        code = NATIONALITY_CODES.get(adjective, "")
        if not european and code in COUNTRY_NAMES:
            # "the Turkmen side" at talks of three delegations: the one whose title names Turkmenistan,
            # though the head of another was named since
            stem = re.escape(COUNTRY_NAMES[code][:5])
            own = [a for a in on_side if re.search(rf"\b{stem}", described(a))]
            on_side = own or on_side
        for actor in on_side:
            if of_eu(actor) == european:
                return (
                    actor.id,
                    f"'the {adjective} side' is read as {actor.name}, the last person named on it",
                )
        if european and "european-union" in reader.actors:
            # "The EU side welcomed ..." where the text names no one on it: the EU itself
            return "european-union", None
        return None, None

    def by_title(
        heads: list[str], before: int, phrase: str = "", state_head: bool = False
    ) -> tuple[str | None, str | None]:
        wanted = {h.rstrip(".") for h in heads} - {"deputy", "mr", "ms", "mrs", "dr"}
        if "envoy" in wanted:
            wanted.add("representative")  # a Special Representative is the EU's envoy
        if "diplomat" in wanted:
            wanted |= {"ambassador", "envoy", "representative"}  # "the diplomat": one who represents a side
        if "head" in wanted and re.search(r"(?i)\bhead\s+of\s+(?:the\s+)?[^,;]*\bministry\b", phrase):
            wanted.add("minister")  # "the head of the Austrian Foreign Ministry": its minister
        # "the Kazakh diplomat", "the European Commissioner": a holder on that side of the talks
        nation = next((w for w in re.findall(r"[\w-]+", phrase) if w in _NATIONALITIES or w == "EU"), None)
        if nation is not None and nation not in ("European", "EU") and "diplomat" in wanted:
            wanted.add("minister")  # a country's diplomat may be its foreign minister
        # The title's other words tell its holders apart: "the First President of Kazakhstan" is
        # not the "former President of the European Commission" named after him.
        detail = {w.rstrip(".") for w in re.findall(r"[\w.-]+", _VICE_RE.sub("vice-", phrase.lower()))}
        detail -= _TITLE_GLUE | {"a", "an", "to"}
        # "the French president", "the Austrian FM": a member state's holder, where the text names that
        # state before (in the title of whoever holds the post, looked for below)
        code = NATIONALITY_CODES.get(nation or "", "")
        member_state: str | None = rf"\b(?:{nation}|{COUNTRY_NAMES.get(code, nation)})\b"
        earlier = text[: max(0, before - len(phrase))]
        if code not in MEMBER_STATES or not re.search(member_state or "", earlier):
            member_state = None
        matches: list[tuple[int, str]] = []  # (words shared with the phrase, actor id), latest first
        looked: set[str] = set()  # each actor looked at once
        first = None  # how far back the latest holder was found: a few mentions more are looked at
        for back, i in enumerate(range(reader.before(before) - 1, -1, -1)):
            if first is not None and back - first > 60:
                break  # the latest few given the title, nearby: linear in the text
            m = reader.mentions[i]
            actor = reader.actors[m[2]]
            if actor.kind != "official" or actor.id in looked or _inside(quotes, m[0]):
                continue  # (a title recalls someone the report named, not someone named in a quotation)
            looked.add(actor.id)
            if state_head and of_eu(actor):
                continue  # "the head of state" is no President of the European Council or Commission
            if (
                nation is not None
                # ("the French president": a member state's holder, whichever side the text gives it)
                and NATIONALITY_CODES.get(nation) not in MEMBER_STATES
                and of_eu(actor) != (nation in ("European", "EU"))
            ):
                continue
            if member_state is not None and not re.search(
                # ("Minister of Foreign Affairs of Austria Alexander Schallenberg": the Austrian one)
                member_state,
                " ".join([described(actor), *(text[max(0, a - 40) : b] for a, b in actor.mentions[:4])]),
            ):
                continue  # "the French president" is not the one whose title names no France
            given = {
                w.rstrip(".")
                for a, b in actor.titles
                # ("an aide to the speaker": whom a holder serves is no title of theirs; a title the
                # text gives only after the recall is read forward, below, flagged)
                if a < before
                for w in re.findall(r"[\w.-]+", _VICE_RE.sub("vice-", text[a:b].lower()).split(" to ")[0])
            }
            # ("Commissioner Sinkevičius opened ...": the title right before a mention counts too,
            # this one's or an earlier one's, "... to President Tokayev"; the first few: linear)
            # (or in it: "President Tokayev", a known official's alias)
            given |= {
                w.lower()
                for a, b in [*actor.mentions[:8], (m[0], m[1])]
                if a <= m[0]
                for w in [
                    *re.findall(r"[\w-]+", text[max(0, a - 40) : a])[-2:],
                    *re.findall(r"[\w-]+", text[a:b]),
                ]
                if w.lower() in _PERSONAL_TITLES
            }
            # (and a title set after the name: "Charles Michel, President of the European Council." is
            # "the President of the European Council"; the first few mentions: linear)
            # (or a title run right before the first names: "the Minister of Foreign Affairs of Austria
            # Alexander Schallenberg" is "the head of the Austrian Foreign Ministry")
            runs = [
                # (from after any other name in it: "between President of Tajikistan Emomali Rahmon and
                # President of French Republic Emmanuel Macron" gives Macron no Tajikistan)
                text[max([run.start(), *(m[1] for m in reader.actors_in(run.start(), a))]) : a]
                for a, _b in actor.mentions[:4]
                if a < before and (run := _TITLE_RUN_BEFORE_RE.search(text, max(0, a - 60), a))
            ]
            for title in [*apposed_titles(actor, before), *runs]:
                words = set(re.findall(r"[\w-]+", _VICE_RE.sub("vice-", title.lower())))
                if words & _PERSONAL_TITLES:
                    given |= words
            if {"head", "state"} <= given:
                given.add("president")  # "Head of State Kassym-Jomart Tokayev" is "the President"
            if "member" in given and given & {"parliament", "parliament's", "parliament\u2019s"}:
                given.add("mep")  # "Member of Parliament's delegation ...": "the MEP"
            if wanted & given:
                matches.append((len(detail & given), actor.id))
                first = back if first is None else first
                if len(matches) == 3:
                    break
        if matches:
            best = max(shared for shared, _id in matches)
            tied = [id for shared, id in matches if shared == best]
            if len(tied) == 1 or state["last"] == tied[0]:
                return tied[0], None
            if state["last"] in tied:
                return state["last"], None  # the holder who spoke last goes on
            # "Foreign Minister A met Foreign Minister B. “...,” the Minister said": either
            return tied[0], (
                f"the title {' '.join(sorted(wanted))!r} fits {reader.actors[tied[0]].name} and "
                f"{reader.actors[tied[1]].name}; read as the one named last"
            )
        last = state["last"]
        if last is not None and reader.actors[last].kind == "official":
            return last, (
                f"the title {' '.join(sorted(wanted))!r} is read as the last speaker, "
                f"{reader.actors[last].name}; the text gives no one that title"
            )
        named = (
            {m[2] for m in reader.mentions[: reader.before(before)] if reader.actors[m[2]].kind == "official"}
            if last is None  # only before anyone spoke: once a text, not per title
            else set()
        )
        if last is None and len(named) == 1:
            (only,) = named
            return only, (
                f"the title {' '.join(sorted(wanted))!r} is read as {reader.actors[only].name}, the only "
                "person named before it; the text gives no one that title"
            )
        # A lead names the post, the next paragraph the person: "..., the bloc's ambassador said.
        # “...,” Ambassador Marco Ferri told Reuters." Flagged: read forward.
        upto = reader.before(before)
        for m in reader.mentions[upto : upto + 30]:
            actor = reader.actors[m[2]]
            if m[0] > before + 600:
                break
            given = {
                w.rstrip(".") for a, b in actor.titles for w in re.findall(r"[\w.-]+", text[a:b].lower())
            }
            if actor.kind == "official" and wanted & given and not _inside(quotes, m[0]):
                return actor.id, (
                    f"the title {' '.join(sorted(wanted))!r} is read as {actor.name}, who is given it after"
                )
        return None, None

    last_said: dict[str, int] = {}

    def add(statement: SpokenStatement) -> None:
        if statement.speaker in reader.outlets and statement.verb in _RELAYING - {"according to"}:
            # ("“...,” Fergana news agency says": an outlet relays, quotation or not; "“...,”
            # according to Eurostat, the EU's statistical office" may be the source's own words)
            return
        if statement.doubt is None:
            variant = next(
                (
                    reader.variants[a, b]
                    for a, b, _id in reader.actors_in(*statement.who)
                    if (a, b) in reader.variants
                ),
                None,
            )
            if variant is not None:
                statement = attrs.evolve(statement, doubt=variant)
        if joint.get("for") == (statement.speaker,):
            statement = attrs.evolve(statement, others=joint["others"])
        joint.clear()
        statements.append(statement)
        state["last"] = statement.speaker
        last_said[statement.speaker] = statement.spans[0][1]

    verb_alt = rf"(?:also\s+)?(?P<verb>{_SAYING}|in\s+a\s+statement)"
    # "Ms. Kneissl said": the full stop of a courtesy title is no end of the subject
    who = r"(?P<who>(?:[^.;:!?\u201c\u201d\"\u00ab\u00bb]|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.){1,140}?)"
    # After a quotation, "asked" attributes it ("“Why wait?” asked X"); elsewhere `_SAYING`
    # reads it only as a request ("asked the EU to consider"), not "asked about".
    # ("“...,” a press release read.": a document's words, read where it ends)
    after_verb = rf"(?:also\s+)?(?P<verb>{_SAYING}|asked|in\s+a\s+statement|read(?=\s*[.,;]))"
    after_res = (
        # ("“...,” according to X": X's words too)
        re.compile(
            rf"\s*(?:[,.\u2013\u2014-]\s*){{0,2}}(?P<verb>{_SAYING}|asked|according\s+to)\s+{who}\s*(?=[,.:;]|$)"
        ),
        re.compile(rf"\s*(?:[,.\u2013\u2014-]\s*){{0,2}}{who}\s+{after_verb}\b"),
        # ("“...,” says the document adopted on the occasion of ...": a document, however described)
        re.compile(
            r"\s*(?:[,.\u2013\u2014-]\s*){0,2}(?P<verb>says|said|reads|read|states|stated)\s+"
            r"(?P<who>(?:the|this)\s+(?:joint\s+)?(?:document|statement|declaration|communiqu\w*|letter|message))\b"
        ),
    )
    # "The minister told reporters: “...”": the verb's object before the colon
    before_re = re.compile(
        # ("Michel called it “much more than ...”": the verb's object, then what was said)
        rf"{who}\s+{verb_alt}{_SAID_TO}"
        rf"(?:{_WHEN_WHERE}\s*:|(?:\s+that)?\s*[:,]?)\s*$"
    )

    def attributed_to(
        candidate: tuple[int, int, str, int], start: int, end: int
    ) -> tuple[int, int, str, int] | None:
        """The candidate, when it closes its sentence naming a person after a comma (", X said."), or
        anyone named after the verb (", said the Turkmen Foreign Ministry late Saturday.")."""
        _w_start, _w_end, verb, v = candidate
        if verb in ("said", "says", "stated", "added") and re.search(r",\s*$", text[start:v]):
            after = v + len(verb)
            named = next(iter(_outermost(reader.actors_in(after, end))), None)
            if (
                named is not None
                and re.fullmatch(r"\s+(?:the\s+)?", text[after : named[0]])
                and _CLOSING_RE.fullmatch(text, named[1], end)
            ):
                return candidate
        if verb not in ("said", "says", "stated", "noted", "added") or not _CLOSING_RE.fullmatch(
            text, v + len(verb), end
        ):
            return None
        clause = text[start:v]
        comma = clause.rstrip().rfind(",")
        tail = clause[comma + 1 :]
        if (
            comma <= 0
            or _inside(quotes, start + comma)
            or not 0 < len(tail.split()) <= 8
            or _FINITE_RE.search(tail)
            or re.match(r"\s*(?:and|or|but|who|which|while)\b", tail)
        ):
            return None
        people = [m for m in reader.actors_in(start + comma + 1, v) if reader.actors[m[2]].kind == "official"]
        return candidate if len(people) == 1 else None

    def told_inside(q: Quotation) -> tuple[str, str | None, tuple[int, int], str] | None:
        """Who a quotation reports in the third person, by its first verb of saying, with the doubt.

        None when the words before that verb speak in the first person ("We noted"): then the
        quotation is the document's own voice.
        """
        telling = _VERB_RE.search(text, q.start, q.end)
        if telling is None:
            return None
        head = text[q.start : telling.start()]
        if re.search(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|[Uu]s)\b", head):
            return None
        # the subject is in the verb's own sentence, after an introduction ("In this vein, they")
        a = q.start + (head.rfind(". ") + 2 if ". " in head else 0)
        comma = text.rfind(",", a, telling.start())
        if (
            comma != -1
            and len(text[comma + 1 : telling.start()].split()) <= 4
            and not _FINITE_RE.search(text, comma + 1, telling.start())
        ):
            a = comma + 1
        if not text[a : telling.start()].strip():
            return None
        speaker, doubt = resolve(a, telling.start(), a)
        if speaker is None:
            return None
        return speaker, doubt, (a, telling.start()), telling.group()

    events: list[tuple[int, str, object]] = []
    for q in quotes:
        events.append((q.open, "quote", q))
    for start, end in sentences:
        events.append((start, "sentence", (start, end)))
    events.sort(key=lambda e: (e[0], e[1] == "sentence"))
    previous_quote: tuple[Quotation, str] | None = None
    for _at, _what, item in events:
        if isinstance(item, Quotation):
            q = item
            s_start, _ = sentence_of(q.open)
            if re.search(
                r"\b(?:conference|forum|summit|meeting|programme|program|project|strategy|initiative|titled|"
                r"entitled|called|named|dubbed|radio|newspaper|agency|channel|television|TV|magazine|portal|"
                r"motto|slogan|theme)\s*,?\s*$",
                text[max(0, q.open - 40) : q.open],
                re.IGNORECASE,
            ):
                continue  # 'the conference, “Turkmenistan and the EU: 30 years”', 'Radio “Azatlyk”': a name
            if _NAME_QUOTED_RE.fullmatch(text, q.start, q.end) and re.match(
                r"\s+(?:TV\s+|Radio\s+)?[a-z]", text[q.close : q.close + 10]
            ):
                # 'within the framework of the “European Union - Central Asia” format', 'for “New Time”
                # TV show': a name
                continue
            tail_end = min(len(text), q.close + 160)
            newline = text.find("\n", q.close, tail_end)
            if newline != -1:
                tail_end = min(tail_end, newline)
            tail = text[q.close : tail_end]
            found: tuple[str | None, str | None, tuple[int, int], str, str] | None = None
            # "“... a new level.” He said that ...": a quotation ending its sentence is followed
            # by a new sentence, whose subject is attribution only when its verb ends it
            # ("“....” Mogherini said."); otherwise that sentence reports something else.
            # (a full stop after the mark ends it too: '"... a new chapter\u201d. The diplomat welcomed')
            closes_sentence = re.search(r"[.!?\u2026]\W*$", text[q.start : q.end]) is not None
            ends_sentence = (closes_sentence and re.match(r"\s+[A-Z]", tail) is not None) or (
                re.match(r"[.!?]\s+[A-Z]", tail) is not None
            )
            attributed = False  # a verb of saying follows, naming no one the text names
            document_says = False  # ... and names a document, or "it": it may relay another's words
            for rule, pattern in (("quote-after", p) for p in after_res):
                match = pattern.match(tail)
                if match is None or _inside(quotes, q.close + match.start("verb")):
                    continue
                if (
                    pattern is after_res[1]
                    and ends_sentence
                    and not re.match(r"\s*(?:[.,;]|$)", tail[match.end() :])
                ):
                    continue
                if pattern is after_res[1] and re.search(
                    r",\s*(?:while|whereas|but|although|though|and)\s+", match.group("who")
                ):
                    # '"an honor" to sign it, while Costa said', '“concern” over the killing of X, and
                    # the OSCE has acknowledged': another clause's subject
                    continue
                w_start, w_end = q.close + match.start("who"), q.close + match.end("who")
                document_says = document_says or _DOCUMENT_SAYS_RE.fullmatch(text, w_start, w_end) is not None
                speaker, doubt = resolve(w_start, w_end, w_start)
                attributed = True
                surname = text[w_start:w_end]
                if (
                    speaker is None
                    and re.fullmatch(r"[A-Z][a-z][\w\u2019'-]+", surname)
                    and not stop_word(surname)
                    and not reader.actors_in(w_start, w_end)
                ):
                    # "“...,” Borrell told the press": a surname the text gives no title; a person,
                    # drafted by that name and flagged (an outlet is written so too: "Interfax said")
                    speaker = reader._new(surname, "official", w_start, w_end).id
                    doubt = f"{surname!r} is read as a person named by surname alone"
                    # "Kouchner said working groups would ...": the surname elsewhere is the same
                    # person, so the sentences it opens are read as theirs too
                    for again in re.finditer(rf"\b{re.escape(surname)}\b", text):
                        if again.start() != w_start and not any(
                            m[0] <= again.start() and again.end() <= m[1]
                            for m in reader.actors_in(max(0, again.start() - 80), again.end() + 80)
                        ):
                            reader._new(surname, "official", again.start(), again.end())
                if speaker is not None:
                    found = (speaker, doubt, (w_start, w_end), match.group("verb"), rule)
                    used_verbs.add(q.close + match.start("verb"))
                    attribution = (q.close, q.close + match.end())
                    break
            if found is None:
                head = text[s_start : q.open]
                if not head.strip() and s_start > 0:
                    # "HRVP Borrell said:" as a paragraph of its own, the quotation below it
                    p_start, p_end = sentence_of(text.rfind(":", max(0, s_start - 400), s_start))
                    if text[p_end : q.open].strip() == "" and text[p_start:p_end].rstrip().endswith(":"):
                        s_start, head = p_start, text[p_start : q.open]
                match = before_re.search(head)
                if match is not None and not _inside(quotes, s_start + match.start("verb")):
                    w_start, w_end = s_start + match.start("who"), s_start + match.end("who")
                    document_says = _DOCUMENT_SAYS_RE.fullmatch(text, w_start, w_end) is not None
                    # The subject: the last clause before the verb ("Speaking ..., X said:").
                    speaker, doubt = resolve(w_start, w_end, w_start)
                    conjoined = re.search(r"(?:,|\band)\s+(?=[^,]+$)", text[w_start:w_end])
                    if speaker is None and conjoined is not None and _FINITE_RE.search(text, w_start, w_end):
                        # "It is the first summit and Michel called it “...”": the subject of the
                        # clause the verb is in
                        # (the conjunction before it makes no preposition of "and")
                        w_start += conjoined.end()
                        speaker, doubt = resolve(w_start, w_end, w_start, agent=True)
                    # "“We will continue,” she added, “to support reforms.”": one quotation split by its
                    # attribution, the same statement
                    split = (
                        previous_quote is not None
                        and previous_quote[0].open >= s_start
                        and previous_quote[1] == speaker
                        and re.fullmatch(r"[\s,\u2013\u2014-]*", text[previous_quote[0].close : w_start])
                        is not None
                    )
                    if speaker is not None:
                        rule = "quote-split" if split else "quote-before"
                        found = (speaker, doubt, (w_start, w_end), match.group("verb"), rule)
                        used_verbs.add(s_start + match.start("verb"))
                        attribution = (w_start, s_start + match.end("verb"))
                lead = text[s_start : q.open]
                opening_verb = _VERB_RE.match(text, q.start)
                # ('During her meetings, she “reiterated ...”': the pronoun ending the lead is the subject)
                pronoun_subject = re.search(r"(?<![\w-])(?i:he|she|they)\s*$", lead)
                if (
                    found is None
                    and opening_verb is not None
                    and 0 < len(lead.split()) <= 8
                    and not _FINITE_RE.search(lead)
                    and not _VERB_RE.search(lead)
                    and (reader.actors_in(s_start, q.open) or pronoun_subject is not None)
                ):
                    # 'Michel and Tokayev "reiterated their firm commitment ..."': a subject, then
                    # its verb of saying and what was said inside the quotation marks
                    w_start = s_start + pronoun_subject.start() if pronoun_subject is not None else s_start
                    w_end = s_start + len(lead.rstrip())
                    speaker, doubt = resolve(w_start, w_end, w_start)
                    if speaker is not None:
                        found = (speaker, doubt, (w_start, w_end), opening_verb.group(), "quote-before")
                        attribution = (w_start, w_end)
                named = _NAME_COLON_RE.fullmatch(head) if found is None else None
                if named is not None:
                    # "Kassym-Jomart Tokayev: “...”": a person's name and a colon, then their words
                    w_start, w_end = s_start + named.start("who"), s_start + named.end("who")
                    people = [
                        m
                        for m in reader.actors_in(w_start, w_end)
                        if reader.actors[m[2]].kind == "official" and m[1] == w_end
                    ]
                    if people:
                        found = (people[-1][2], None, (w_start, w_end), "", "quote-before")
                        attribution = (w_start, s_start + named.end())
            if found is None:
                acronym = re.match(r"\s*(?P<who>[A-Z][A-Za-z]{1,10})\s*\.", tail)
                if acronym is not None:
                    w_start, w_end = q.close + acronym.start("who"), q.close + acronym.end("who")
                    ids = [m[2] for m in reader.mentions if m[:2] == (w_start, w_end)]
                    if ids:
                        found = (ids[0], None, (w_start, w_end), "", "quote-signed")
                        attribution = (w_start, w_end)
            if found is None:
                # A quotation signed on a line of its own: "“...”\n\n— Minister of Foreign Affairs
                # of Malta George Vella." The person named last on the dash's line.
                signed = _SIGNATURE_RE.match(text, q.close)
                if signed is not None:
                    people = [
                        m
                        for m in reader.actors_in(signed.start("sig"), signed.end("sig"))
                        if reader.actors[m[2]].kind == "official"
                    ]
                    if people and people[-1][1] == signed.end("sig"):
                        found = (people[-1][2], None, people[-1][:2], "", "quote-signed")
                        attribution = (signed.start("sig"), signed.end("sig"))
            if found is None and (dashed := _DASH_AFTER_RE.match(text, q.close)):
                # "“What we have seen ...”, \u2013 Teri Hakala, EU Special Representative, on ...": the
                # person named right after the dash
                people = [
                    m
                    for m in reader.actors_in(dashed.end(), dashed.end() + 80)
                    if m[0] == dashed.end() and reader.actors[m[2]].kind == "official"
                ]
                if people:
                    found = (people[0][2], None, people[0][:2], "", "quote-signed")
                    attribution = people[0][:2]
            if found is None and previous_quote is not None and not attributed:
                between = text[previous_quote[0].close : q.open]
                # A continuation is a sentence or more of the same voice, not a phrase set in
                # quotation marks inside another sentence (a “foreign representatives” bill).
                lead = text[s_start : q.open]
                if (
                    len(between) < 200
                    and not re.search(r"[\u201c\u00ab]", between)
                    and len(text[q.start : q.end].split()) >= 4
                    and (not lead.strip() or _VERB_RE.search(lead) is not None)
                ):
                    speaker = previous_quote[1]
                    subject = subject_before(s_start, previous_quote[0].close) if not lead.strip() else None
                    if subject is not None and subject != speaker:
                        # "Barrozu found himself cornered. “Sorry, but the Commission ...”": the person
                        # the sentence before is about answers, not the one quoted before
                        doubt = (
                            f"the quotation is read as {reader.actors[subject].name}'s, the subject of "
                            f"the sentence before; {reader.actors[speaker].name} was quoted before"
                        )
                        add(
                            SpokenStatement(
                                subject,
                                ((q.start, q.end),),
                                True,
                                (q.open, q.open),
                                "",
                                "quote-continued",
                                doubt,
                            )
                        )
                        previous_quote = (q, subject)
                        continue
                    if any(
                        a <= q.start and q.end <= b
                        for st in statements[-8:]  # one covering it is recent: linear in the text
                        for a, b in st.spans
                    ):
                        continue  # part of a sentence already read as someone's statement: theirs
                    # Someone else named between the two: most likely still the speaker, but not sure
                    others = [
                        reader.actors[m[2]].name
                        for m in reader.actors_in(previous_quote[0].close, q.open)
                        if m[2] != speaker and reader.actors[m[2]].kind == "official"
                    ]
                    doubt = (
                        f"the quotation is read as going on from {reader.actors[speaker].name}'s; "
                        f"{others[-1]} was named between"
                        if others
                        else None
                    )
                    left_open = previous_quote[0]
                    said = statements[-1] if statements else None
                    if (
                        left_open.close == left_open.end
                        and not between.strip()
                        and said is not None
                        and said.speaker == speaker
                        and said.quoted
                        and any(a <= left_open.start and left_open.end <= b for a, b in said.spans)
                    ):
                        # 'noted «Kazakhstan is a key partner ... region. «Much has changed ... in
                        # practice».': a quotation left open, reopened by a second mark that the one
                        # closing mark ends, is one quotation: one statement citing both parts
                        statements[-1] = attrs.evolve(
                            said, spans=(said.spans[0], (q.start, q.end), *said.spans[1:])
                        )
                        previous_quote = (q, speaker)
                        continue
                    found = (speaker, doubt, (q.open, q.open), "", "quote-continued")
                    attribution = None  # type: ignore[assignment]
            if found is None and not attributed and statements and not statements[-1].quoted:
                # "She also stressed her commitment to ...  “A fruitful cooperation ...”": a
                # quotation opening a sentence right after one reporting someone's words, in the
                # same paragraph, goes on in their voice.
                told = statements[-1]
                gap = text[max(b for _a, b in told.spans) : max(s_start, max(b for _a, b in told.spans))]
                lead = text[s_start : q.open]
                if (
                    gap.strip() == ""
                    and "\n" not in gap
                    # or a short subject before it, with no verb: 'Sanctions "have weakened ..."'
                    and (
                        not lead.strip()
                        or (
                            len(lead.split()) <= 3
                            and not _FINITE_RE.search(lead)
                            and not _VERB_RE.search(lead)
                            and not reader.actors_in(s_start, q.open)
                        )
                    )
                    and len(text[q.start : q.end].split()) >= 4
                ):
                    found = (told.speaker, None, (q.open, q.open), "", "quote-continued")
                    attribution = None  # type: ignore[assignment]
            relayed = told_inside(q) if document_says else None
            if relayed is not None:
                # "«High Representative Borrell confirmed ...,» the statement says", "«Kulubayev noted
                # that ...,» it said": a document telling in the third person what someone said:
                # their position, in its words
                told_by, told_doubt, told_who, told_verb = relayed
                add(
                    SpokenStatement(
                        told_by, ((q.start, q.end),), False, told_who, told_verb, "reported", told_doubt
                    )
                )
                previous_quote = (q, told_by)
                continue
            if found is None:
                continue  # inside reported speech, or no one to attribute it to: the sentence rule decides
            speaker, doubt, who_span, verb, rule = found
            assert speaker is not None
            went_before = statements[-1] if statements else None
            if (
                rule == "quote-split"
                and previous_quote is not None
                and went_before is not None
                and went_before.quoted
                and went_before.speaker == speaker
                and went_before.spans[0] == (previous_quote[0].start, previous_quote[0].end)
            ):
                # "“Trade is up,” X said, “and it will rise further.”": one quotation its
                # attribution splits, one statement citing both parts of the words
                statements[-1] = attrs.evolve(
                    went_before, spans=(went_before.spans[0], (q.start, q.end), *went_before.spans[1:])
                )
                previous_quote = (q, speaker)
                continue
            spans: tuple[tuple[int, int], ...] = ((q.start, q.end),)
            if attribution is not None and attribution[1] > attribution[0]:
                # The quotation with its attribution, in the source's voice: who said it, in
                # words that stand once ("she said" alone recurs all through a long text).
                spans += ((min(q.open, attribution[0]), max(q.close, attribution[1])),)
            add(SpokenStatement(speaker, spans, True, who_span, verb, rule, doubt))
            previous_quote = (q, speaker)
            continue
        start, end = item  # type: ignore[misc]
        sentence = text[start:end]
        if sentence.rstrip().endswith(":") and _inside(
            quotes, len(text[:end]) + len(text[end:]) - len(text[end:].lstrip())
        ):
            continue  # "X said:" above a quotation: the quotation's attribution, read with it
        went_before = statements[-1] if statements else None
        going_on = _GOING_ON_RE.match(sentence)
        if (
            going_on is None
            and went_before is not None
            and reader.actors[went_before.speaker].kind == "official"
            and of_eu(reader.actors[went_before.speaker])
        ):
            # "Ambassador Burian noted that the EU welcomes the reforms. The EU values the role
            # Uzbekistan plays ...": the EU's envoy goes on telling the EU's stance
            going_on = _EU_STANCE_RE.match(sentence)
        if (
            went_before is not None
            and going_on is not None
            and not went_before.quoted
            and re.fullmatch(r"[ \t]*", text[went_before.spans[0][1] : start])
            and (
                _VERB_RE.search(sentence) is None
                or re.match(r"\s*(?:We|Our)\b", sentence)
                or going_on.re is _EU_STANCE_RE
            )
            and not _ACCORDING_RE.search(sentence)
            and not _inside(quotes, start)
            and not [o for o in quotes.opens[bisect.bisect_left(quotes.opens, start) :][:1] if o < end]
        ):
            # "She stressed that ... . But at the same time, this is the first step ...", "... the
            # website notes that ... . We also reiterated ...": the reported words go on, flagged
            # (the words from where they go on: "this is the first step", not "But at the same time")
            at = start + going_on.end()
            add(
                attrs.evolve(
                    went_before,
                    spans=((at, end),),
                    who=(at, at),
                    verb="added",
                    rule="reported-continued",
                    doubt=f"the sentence is read as going on from {reader.actors[went_before.speaker].name}'s"
                    " words",
                )
            )
            continue
        passive = _PASSIVE_RE.match(sentence)
        if passive is not None:
            # "This was announced by the High Representative ... Josep Borrell": the sentence before
            a, b = start + passive.start("who"), start + passive.end("who")
            if re.search(r"\bjoint\b", passive.group()):
                b = end  # "a joint press statement by A, President of X, and B, ...": each party named
            speaker, doubt = resolve(a, b, a, agent=True)
            if (
                speaker is not None
                and doubt is None
                and not joint.get("others")
                and re.search(r"\bjoint\b", passive.group())
            ):
                # "This is stated in a joint press statement by A, ..., and B": A's words and B's
                doubt = f"a joint statement, read as {reader.actors[speaker].name}'s alone"
            earlier = bisect.bisect_right(ends, start)  # the sentences that end before this one
            if (
                speaker is not None
                and earlier
                and passive.group("made")
                and any(a <= sentences[earlier - 1][0] < b for st in statements[-8:] for a, b in st.spans)
            ):
                continue  # "X proposed ... . The announcement was made by X": read already
            if speaker is not None and earlier:
                verb = passive.group("verb") or "announced"
                add(
                    SpokenStatement(
                        speaker, ((sentences[earlier - 1][0], end),), False, (a, b), verb, "reported", doubt
                    )
                )
                used_verbs.add(start + passive.start("verb" if passive.group("verb") else "made"))
                continue
        by_agent = _BY_AGENT_RE.match(sentence) if passive is None else None
        if (
            by_agent is not None
            and not _inside(quotes, start + by_agent.start("verb"))
            and not (
                by_agent["verb"] == "welcomed"
                and welcomes_someone(
                    " " + re.sub(r"^(?:The|A|An|This|That|Its|Their)\b", "the", by_agent["what"]), 0
                )
            )
        ):
            # "The decision was welcomed by X": X's position ("The delegation was welcomed by X": a
            # meeting, no position)
            a, b = start + by_agent.start("who"), start + by_agent.end("who")
            speaker, doubt = resolve(a, b, a, agent=True)
            if speaker is not None:
                add(
                    SpokenStatement(
                        speaker, ((start, end),), False, (a, b), by_agent["verb"], "reported", doubt
                    )
                )
                continue
        # ("..., Azernews reports citing Turkmenistan's Foreign Ministry.": the body cited is the source)
        according = _ACCORDING_RE.search(sentence) or (
            # (unless the next sentence names the words' own source: "This is stated in a joint
            # press statement by X and Y.")
            _CITING_RE.search(sentence) if not _PASSIVE_RE.match(text, end) else None
        )
        if according is not None and _NO_ONE_RE.fullmatch(according.group("who")):
            # "According to official data", "according to EU rules", "according to the agenda of the
            # meeting": numbers, rules and papers no one is named as telling
            according = None
        in_words = _IN_WORDS_RE.search(sentence)
        candidates = []
        for match in _VERB_RE.finditer(sentence):
            v = start + match.start()
            if v in used_verbs or _inside(quotes, v):
                continue
            if re.search(r"\b(?:was|were|is|are|been|being|be)\s+(?:(?:also|[a-z]+ly)\s+)*$", text[start:v]):
                # "Hakala was informed about ...", "X's speech was highly appreciated": the subject
                # is told or judged, not telling
                continue
            if re.search(r"\b(?:the|a|an|its|their|his|her|these|those)\s+$", text[max(start, v - 8) : v]):
                continue  # "the proposed constitutional amendments": a participle as an adjective
            if match.group() in ("welcomed", "welcomes") and welcomes_someone(text, start + match.end()):
                continue  # "welcomed the delegation": a meeting, not a position
            if match.group() == "appreciated" and re.match(
                r"\s+(?:the\s+|their\s+|its\s+)?(?:warm\s+|kind\s+)?(?:hospitality|welcome|reception)\b",
                text[start + match.end() : end],
            ):
                continue  # "The delegation appreciated the hospitality": a courtesy, no position
            if match.group() == "thanked" and _COURTESY_RE.match(text, start + match.end(), end):
                continue  # "thanked X for the hospitality": a courtesy, no position
            if match.group() in ("conveyed", "expressed") and re.match(
                r"\s+(?:\w+\s+){0,2}(?:greetings|(?<!\bas\s)regards|wishes|condolences|congratulations)\b",
                text[start + match.end() : end],
            ):
                continue  # "conveyed greetings from the President": a courtesy too
            if match.group() == "asked" and re.match(
                r"\s+to\s+convey\s+(?:\w+\s+){0,2}(?:greetings|regards|wishes|condolences|congratulations)\b",
                text[start + match.end() : end],
            ):
                continue  # "asked to convey his condolences to the families": a courtesy too
            if match.group() in ("answered", "replied", "responded") and re.match(
                r"\s+(?:to\s+)?(?:\w+\s+){0,2}questions?\b", text[start + match.end() : end]
            ):
                continue  # "answered some questions by X": that questions were put, not what was said
            if match.group() == "confirmed" and re.search(
                rf",\s+[^,;]{{1,120}}?\b(?:{_SAYING})\b", text[start + match.end() : end]
            ):
                continue  # "The Commission confirmed its readiness ..., X wrote": X's report of it
            i = bisect.bisect_right(quotes.opens, v) - 1
            if i >= 0 and re.fullmatch(r"[\s,.\u2013\u2014-]*", text[quotes[i].close : v]):
                continue  # "“...,” said X": the quotation's attribution, read with it
            if (
                i >= 0
                and (
                    quotes[i].open >= start
                    # (or a document's, closing in this sentence wherever it opened: "«... . We urge
                    # President X to ...,» the statement says.")
                    or (
                        quotes[i].close >= start
                        and re.search(r"\b(?:statement|release|message|letter)\b", text[quotes[i].close : v])
                    )
                )
                and re.fullmatch(r"[\s,.\u2013\u2014-]*(?:[\w\u2019'.-]+\s+){1,4}", text[quotes[i].close : v])
                and not _FINITE_RE.search(text, quotes[i].close, v)
            ):
                # "“...,” said X", "“...,” the message says": the quotation's attribution, read
                # with it; when it names no one, no one named in the sentence is guessed instead
                continue
            lead_in = re.match(
                rf"\w+{_SAID_TO}"
                rf"(?:{_WHEN_WHERE}\s*:|(?:\s+that)?\s*[:,]?)\s*",
                text[v:end],
            )
            # (a verb of more words before a colon: "made remarks at the Summit today: “...”")
            colon = re.match(rf"(?:{_WHEN_WHERE})?\s*:\s*", text[v + len(match.group()) : end])
            if (lead_in is not None and _inside(quotes, v + lead_in.end())) or (
                colon is not None and _inside(quotes, v + len(match.group()) + colon.end())
            ):
                continue  # "Síkela said: “...”": the quotation's attribution, read with it
            owner = (
                _MESSAGE_OF_RE.match(text, start + match.end(), end)
                if match.group() in ("conveyed", "delivered", "handed", "read")
                else None
            )
            if owner is not None:
                # "Hakala conveyed European Council President Charles Michel's message ... in which
                # the former confirmed the invitation": the message is its author's words
                candidates.append((owner.start("who"), owner.end("who"), match.group(), v))
                continue
            candidates.append((start, v, match.group(), v))
        quoted_before = bisect.bisect_right(quotes.opens, start + according.start()) - 1 if according else -1
        if (
            according is not None
            and not _inside(quotes, start + according.start())
            # ("“...,” according to X": the quotation's attribution, read with it)
            and not (
                quoted_before >= 0
                and re.fullmatch(
                    # (a blank line between: "According to X, ..." opens a paragraph of its own)
                    r"(?![\s\S]*\n[ \t]*\n)[\s,.\u2013\u2014-]*",
                    text[quotes[quoted_before].close : start + according.start()],
                )
            )
        ):
            # Last: "X expressed appreciation ..., according to the Delegation": the one whose
            # verb it is speaks; "according to" names where the report comes from.
            candidates.append(
                (
                    start + according.start("who"),
                    start + according.end("who"),
                    "according to",
                    start + according.start(),
                )
            )
        if in_words is not None and not _inside(quotes, start + in_words.start()):
            group = "who" if in_words.group("who") else "put" if in_words.group("put") else "by"
            candidates.append(
                (
                    start + in_words.start(group),
                    start + in_words.end(group),
                    "according to",
                    start + in_words.start(),
                )
            )
        # "Kallas said it was “an honor”, while Costa said the deal marked “a major milestone”":
        # a clause turning to another speaker is that speaker's statement.
        turns = [
            (start + m.start(), start + m.end())
            for m in _CLAUSE_RE.finditer(sentence)
            if not _inside(quotes, start + m.start())
        ]
        if (
            len(candidates) >= 2
            and candidates[0][2] in ("said", "says", "reported", "reports", "informed", "informs")
            and re.match(r"\s+that\b", text[candidates[0][3] + len(candidates[0][2]) : candidates[1][3]])
            and re.search(r"\bthat\s*$", text[candidates[0][3] : candidates[1][3]]) is None
            # (not "X said that ..., the press service said.": the reporter comes last there)
            # (and the inner verb says something: "... noted that", "... noted the progress")
            and re.match(r"\s+(?:that\b|[a-z])", text[candidates[1][3] + len(candidates[1][2]) : end])
            # (not "Victor Maldonado said that the EU welcomes ...": a person telling a body's
            # position holds it, as an envoy does)
            and not (
                (
                    any(reader.actors[m[2]].kind == "official" for m in reader.actors_in(*candidates[0][:2]))
                    or _HE_OR_SHE_RE.fullmatch(text, candidates[0][0], candidates[0][3])
                )
                and not any(
                    reader.actors[m[2]].kind == "official"
                    for m in reader.actors_in(candidates[0][3] + len(candidates[0][2]), candidates[1][3])
                )
            )
        ):
            # "The press center says that, after the talks, the EU noted that ...", "The statement said
            # that Borrell noted the progress": the position is the one whose words are reported
            # inside the report; the reporter if no one is found
            candidates[0], candidates[1] = candidates[1], candidates[0]
        opening = next((c for c in candidates if c[2] == "according to" and c[3] == start), None)
        if opening is not None and text[opening[0] : opening[1]].lower() in ("him", "her"):
            # "According to him, Brussels expects a lot from ...": all the sentence is his report
            candidates = [opening]
        if len(candidates) >= 2 and (closing := attributed_to(candidates[-1], start, end)) is not None:
            # "The European Union has asked Uzbekistan to ..., EU Sanctions Envoy David O'Sullivan
            # said on Thursday.": a person's attribution closing the sentence covers all before it
            candidates = [closing]
        turned_from: int | None = None  # the statement of this sentence added last
        clause_at = clause_turn = start
        for w_start, w_end, verb, v in candidates:
            if turned_from is not None:
                if v < clause_at:
                    continue  # in the clause read already
                w_start = max(w_start, clause_at)
            subject_at = w_start
            said_after = False  # "..., stated Bektenov.": the speaker named after the words
            inverted = re.match(
                # ("..., said Vice President of the European Commission, Margaritis Schinas, Trend
                # reports.": the post, then the name in apposition)
                r"\s*(?P<who>[^,.;:\u201c\u201d\"\u00ab\u00bb]{1,240}?"
                r"(?:,\s+(?:[A-Z][\w\u2019'-]+\s+){1,3}[A-Z][\w\u2019'-]+(?=\s*[,.;]))?)\s*(?=[,.;:]|$)",
                text[v + len(verb) : end],
            )
            speaker, doubt = None, None
            if verb == "according to" and text[w_start:w_end].lower() in ("his", "her"):
                speaker, doubt = pronoun(w_start)  # "In his words, ..."
            elif verb == "according to":
                apposed_name = re.match(r",\s*", text[w_end : w_end + 3])
                named_after = next(
                    (
                        m
                        for m in reader.actors_in(w_end, min(end, w_end + 80))
                        if apposed_name is not None
                        and m[0] == w_end + apposed_name.end()
                        and reader.actors[m[2]].kind == "official"
                        and text[m[1] : m[1] + 1] == ","
                    ),
                    None,
                )
                named_first = next(
                    (m for m in reader.actors_in(w_start, w_end) if reader.actors[m[2]].kind == "official"),
                    None,
                )
                if named_after is not None and not reader.actors_in(w_start, w_end):
                    # "according to the deputy prime minister of Uzbekistan, Jamshid Khodjaev, the ...":
                    # the post, then the person's name set off by commas
                    speaker, doubt = named_after[2], None
                    w_end = named_after[1]
                elif named_first is not None and re.fullmatch(
                    r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)*", text[w_start : named_first[0]]
                ):
                    # "As it was mentioned by Mr. X 3-d Secretary of the Unit of the Ministry of ...": the
                    # person named first, the post after the name theirs
                    speaker, doubt = named_first[2], None
                else:
                    speaker, doubt = resolve(w_start, w_end, w_start)
            elif (
                re.search(r",\s*$", text[w_start:v])
                and inverted is not None
                # "Kallas, the EU's foreign policy chief, said the EU ...": a person and an apposition
                # stand before the verb, its subject; what follows it is what was said
                and not any(
                    reader.actors[m[2]].kind == "official" and re.match(r"\s*,", text[m[1] : m[1] + 2])
                    for m in reader.actors_in(w_start, w_start + 80)
                    if not text[w_start : m[0]].strip(" \t\u2013\u2014-").replace("The ", "").strip()
                    or re.fullmatch(
                        r"[\s\w-]*\b(?:" + "|".join(_TITLE_WORDS) + r")\b[\s\w-]*", text[w_start : m[0]], re.I
                    )
                )
                and not verb.endswith("ing")  # "..., adding that ...": the subject stands before
                and verb not in ("told", "tells")  # "..., X, told Trend.": whom one tells never speaks
                and not re.match(
                    r"(?:that|to|it|this|in|on|at|during|after|before|with|for|from)\b", inverted.group("who")
                )  # "..., said in his application to X": X is no speaker
                and not re.search(r"\bthat\b", inverted.group("who"))  # "X, told the guests that ..."
                # "The ambassador, Marilyn Josefson, said the EU is ready": a clause after the verb
                # (it has a verb of its own) is what was said, not who said it
                and not _FINITE_RE.search(inverted.group("who"))
            ):
                # "The EU is ready, said EU foreign policy chief Josep Borrell.": the subject
                # follows the verb; what stands before it is what was said, never its speaker.
                a, b = v + len(verb) + inverted.start("who"), v + len(verb) + inverted.end("who")
                speaker, doubt = resolve(a, b, a)
                inverted_at = next((m for m in reader.actors_in(a, b) if m[2] == speaker), None)
                if (
                    inverted_at is not None
                    and (
                        any(
                            w[:1].islower() and w.lower() not in _TITLE_WORDS | _TITLE_GLUE | _NAMING_WORDS
                            for w in re.findall(r"[\w\u2019'-]+", text[a : inverted_at[0]])
                        )
                        # "..., said the EU supports reforms": a verb after the name (but "said X
                        # last week": when)
                        or not re.match(
                            r"\s*(?:$|[,(\u2019']|(?:of|in|on|at|during|after|before|to|for|from|with|and|"
                            r"last|late|this|yesterday|today|earlier|recently)\b)",
                            text[inverted_at[1] : b],
                        )
                    )
                ):
                    # "..., represented by Minister X, said Tashkent values the EU": a clause after
                    # the verb (a word before the name no title has) is what was said
                    speaker, doubt = None, None
                if speaker is not None:
                    w_start, w_end = a, b
                    said_after = True
            relative = re.search(r",\s+who\s+(?:also\s+|then\s+|in\s+turn\s+)?$", text[w_start:v])
            if speaker is None and verb != "according to" and relative is not None:
                # "X met Josep Borrell, who said ...": the name the relative clause hangs on speaks
                hung = [m for m in reader.actors_in(w_start, w_start + relative.start()) if m[1] >= w_start]
                if hung and hung[-1][1] == w_start + relative.start():
                    speaker, doubt = hung[-1][2], None
                    w_end = w_start + relative.start()
                    w_start = hung[-1][0]
                if speaker is None:
                    continue  # a relative clause on no one the text names: not a subject to guess
            leading = (
                _LEADING_SUBJECT_RE.match(text, w_start, w_end)
                if speaker is None
                # (or a second verb of its subject's: "He opened by thanking X ... and expressed ...")
                and (verb.endswith("ing") or re.search(r"\band\s+(?:also\s+)?$", text[w_start:v]))
                and verb != "according to"
                # (not "The ministry quoted Saidov as saying": the one quoted speaks)
                and not re.search(r"\bquoted\s+[^,.;]{1,60}\s+as\s+$", text[w_start:v])
                else None
            )
            if leading is not None:
                # "He made the remark during a meeting with President X, confidently noting ...": the
                # participle's subject is its clause's, not a name inside the clause
                speaker, doubt = resolve(leading.start("s"), leading.end("s"), leading.start("s"))
            if speaker is None and verb != "according to":
                # The subject stands before the verb in its clause; an introduction ("Speaking to
                # journalists after the meeting,") and a relative clause are passed over by `resolve`.
                clause = text[w_start:w_end]
                cut = max(clause.rfind(" that "), clause.rfind("\u201d"), clause.rfind('"'))
                if cut != -1 and _inside(quotes, w_start + cut):
                    cut = -1
                closed = bisect.bisect_right(quotes.opens, w_end) - 1
                if (
                    verb.endswith("ing")
                    and closed >= 0
                    and w_start <= quotes[closed].open
                    and quotes[closed].end < quotes[closed].close < w_end
                ):
                    # "“...,” the envoy said, adding that ...": the attribution after the quotation
                    # is the participle's subject
                    cut = quotes[closed].close - 1 - w_start
                after = re.search(r",\s*((?:he|she|they)(?:\s+also)?)\s*$", clause, re.IGNORECASE)
                if after is not None and re.fullmatch(r"\w+\W*", text[w_end:end]):
                    cut = after.start(1) - 1  # "..., he noted.": the pronoun after the words it reports
                subject_at = w_start + (cut + 1 if cut > 0 else 0)
                speaker, doubt = None, None
                comma = clause.rstrip().rfind(",")
                tail = clause[comma + 1 :]
                if (
                    cut <= 0
                    and comma > 0
                    and not _inside(quotes, w_start + comma)
                    and 0 < len(tail.split()) <= 8
                    and not _FINITE_RE.search(tail)
                    and not re.match(r"\s*(?:and|or|but|who|which|while)\b", tail)
                ):
                    # "The delegation will attend ..., the government said": the subject is the
                    # clause after the last comma; what stands before it is what was said
                    apposed_to = [
                        m
                        for m in reader.actors_in(w_start, w_start + comma)
                        if reader.actors[m[2]].kind == "official" and m[1] == w_start + comma
                    ]
                    if (
                        apposed_to
                        and not reader.preposed(apposed_to[-1][0])
                        and re.match(r"\s*[A-Z]", tail)
                        and _title_heads(tail)
                        and not any(
                            reader.actors[m[2]].kind == "official"
                            for m in reader.actors_in(w_start + comma + 1, w_end)
                        )
                    ):
                        # "Ms. Renata Wrobel, Deputy Head of the EUD to Turkmenistan mentioned": a
                        # post in apposition, its closing comma left out; the name is the subject
                        speaker, doubt = apposed_to[-1][2], None
                        subject_at = w_start = apposed_to[-1][0]
                    else:
                        speaker, doubt = resolve(w_start + comma + 1, w_end, w_start + comma + 1)
                    if speaker is not None:
                        subject_at = w_start = w_start + comma + 1  # (the words naming the speaker)
                    elif any(w.rstrip(".").lower() in _TITLE_WORDS for w in re.findall(r"[\w.-]+", tail)):
                        continue  # "..., the bloc's ambassador said": someone of that title, no one to guess
                if speaker is None:
                    speaker, doubt = resolve(subject_at, w_end, w_start)
            if speaker is None or (verb in _RELAYING and speaker in reader.outlets):
                continue  # ("Kabar reported that ...", "..., according to Kabar.": an outlet relays the news)
            spans = ((start, end),)
            if verb.endswith("ing") and re.search(
                r"[\u201d\u00bb\"][^\u201c\u201d\u00ab\u00bb\"]{1,80}\b(?:said|says|added|noted),\s*$",
                text[start:v],
            ):
                # "“...,” X said, expressing confidence that ...": the quotation is read with its
                # attribution; the participle's clause is a statement of its own
                spans = ((v, end),)
            # A name in quotation marks ("the conference «Turkmenistan and the EU: 30 years»") is
            # part of where it was said, not what was said.
            rest = re.sub(r"[\u00ab\u201c\"][^\u00bb\u201d\"]*[\u00bb\u201d\"]", "X", text[v:end])
            if re.fullmatch(r"(?:commented|remarked)\s+on\s+(?!the\s+fact\b)[^,;:]*\W*", rest):
                continue  # "The ministers also commented on international issues.": a topic, no words given
            if (
                " " not in verb  # "called on ...", "pointed to ...": the preposition is the verb's own
                and re.fullmatch(
                    r"\w+(?:\s+(?:out|so|it|(?:(?:about|of)\s+)?(?:this|these|it)(?:\s+[a-z]+)?))?"
                    # ("said to reporters" tells where; "proposed to hold a forum" what was said)
                    r"(?:\s+(?:on|at|in|during|after|before|while|to(?=\s+(?:the|a|an|his|her|their|reporters|journalists|[A-Z])))\b[^;:]*"
                    r"|\s*,\s*(?:while\s+)?(?:speaking|addressing|talking)\b[^;:]*"
                    # ("X told reporters." after what X told them)
                    r"|\s+(?:reporters|journalists|the\s+(?:press|media))(?:\s+(?:today|yesterday))?)?\W*",
                    rest,
                )
                and not re.search(r"\bthat\b|,\s*(?:adding|saying|noting|stressing)\b", rest)
                # ("asked in his letter what ...": the question is what was said)
                and not (verb == "asked" and re.search(r"\b(?:whether|what|how|why|when)\b", rest))
                and not re.search(r"[,;]", text[start:subject_at])
            ):
                # (not "The meeting discussed reforms, he noted.": the words stand before the subject)
                # "X said (this) during the conference.": what was said is the sentence before.
                prior = bisect.bisect_right(ends, start)  # the sentences that end before this one
                if prior:
                    before_it = sentences[prior - 1]
                    if any(
                        st.speaker == speaker and a <= before_it[0] and before_it[1] <= b
                        for st in statements[-8:]  # one covering it is recent: linear in the text
                        for a, b in st.spans
                    ):
                        break  # that sentence is this speaker's statement already
                    spans = ((before_it[0], end),)
            if said_after and re.search(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y)\b|\b[Ww]e[\u2019']", text[start:v]):
                # "The EU is our major partner. We're working in all areas. ..., stated Bektenov.": a
                # paragraph of first-person words without quotation marks, attributed at its end, is
                # theirs from where the paragraph opens (or the sentences before hold no one else's)
                first = bisect.bisect_right(ends, start)
                opens = start
                while first > 0:
                    a, b = sentences[first - 1]
                    if (
                        "\n" in text[b:opens]
                        or any(a <= st.spans[0][0] < b for st in statements[-4:])
                        or _VERB_RE.search(text, a, b)
                        or re.search(r"[\u201c\u201d\"\u00ab\u00bb]", text[a:b])
                        or any(reader.actors[m[2]].kind == "official" for m in reader.actors_in(a, b))
                    ):
                        break
                    first -= 1
                    opens = a
                spans = ((opens, end),)
            if turned_from is not None:
                if speaker == statements[turned_from].speaker:
                    continue
                previous = statements[turned_from]  # ends where the sentence turns to this speaker
                statements[turned_from] = attrs.evolve(previous, spans=((previous.spans[0][0], clause_turn),))
                spans = ((clause_at, end),)
            if (
                doubt is None
                and verb.endswith("ing")
                and not _VERB_RE.search(text, start, v)
                and (done := re.search(r"\b[a-z]{2,}ed\b", text[start:v])) is not None
                and not re.search(r"\bquoted\s+[^,.;]{1,60}\s+as\s+$", text[start:v])  # "quoted X as saying"
            ):
                # "The EU launched a Strategy ..., emphasizing ...": the participle may be the
                # strategy's, not its subject's words
                doubt = (
                    f"{verb!r} follows {done.group()!r}, no verb of saying: what it reports may be another's"
                )
            add(SpokenStatement(speaker, spans, False, (w_start, w_end), verb, "reported", doubt))
            turn = next(((a, b) for a, b in turns if a > v), None)
            if turn is None or len(statements[-1].spans) != 1 or statements[-1].spans[0][0] > start:
                break
            turned_from, (clause_turn, clause_at) = len(statements) - 1, turn
    _interview_answers(text, reader, statements)
    _labelled_answers(text, reader, statements)
    _signed_paragraphs(text, reader, statements)
    _dashed_paragraphs(text, reader, statements)
    _labelled_quotations(text, reader, quotes, statements)
    # A headline is the editor's summary of the lead, which the body reports in its own words:
    # what the lines above the first sentence say is no one's statement.
    headline = _headline_end(text)
    # a joint position is each party's: one statement for each, on the same words
    each = [
        attrs.evolve(s, speaker=speaker, others=())
        for s in statements
        if max(b for _a, b in s.spans) > headline
        for speaker in (s.speaker, *s.others)
    ]
    return Speech(reader.actors, tuple(quotes), tuple(each), frozenset(reader.outlets))


def _headline_end(text: str) -> int:
    """Where the short lines that open `text` without ending a sentence (a headline, a date) end.

    0 when no line of the text ends a sentence.

    >>> text = "Oct 27, 2022\\nEU chief calls for closer ties\\n\\nASTANA: Michel said so."
    >>> text[: _headline_end(text)]
    'Oct 27, 2022\\nEU chief calls for closer ties'
    """
    end = 0
    seen: set[str] = set()
    for line in re.finditer(r"[^\n]+", text):
        words = line.group().strip()
        if not words:
            continue
        # (a headline is short: a longer line is a lead whose full stop an excerpt lost; the
        # headline again, below the date, is the lead)
        ends_sentence = re.search(r"[.!?\u2026:;\"\u201d\u00bb\u2019)]$", words) is not None
        if ends_sentence or len(words.split()) > 15 or words in seen:
            return end
        seen.add(words)
        end = line.end()
    return 0  # no line ends a sentence: nothing to tell a headline by


# "Ursula von der Leyen, President of the European Commission:" on a line of its own, a quotation next
_QUOTE_LABEL_RE: Final = re.compile(
    r"^(?P<who>[A-Z][^\n:\u201c\u201d\"]{2,200}):[ \t]*\n\s*(?=[\u201c\"\u00ab])", re.MULTILINE
)


def _labelled_quotations(
    text: str, reader: _Reader, quotes: list[Quotation], statements: list[SpokenStatement]
) -> None:
    """A quotation opening the paragraph after a line that names a person and ends in a colon
    ("António Costa, President of the European Council:") is that person's (`rule`
    "quote-labelled"): a press release's way of giving each leader's words. The label must open
    with the person's name; a quotation another rule read already is left as it is."""
    opening = {q.open: q for q in quotes}
    taken = [span for st in statements for span in st.spans]
    for m in _QUOTE_LABEL_RE.finditer(text):
        quote = opening.get(m.end())
        if quote is None or any(a < quote.end and quote.start < b for a, b in taken):
            continue
        w_start, w_end = m.span("who")
        comma = text.find(",", w_start, w_end)
        people = [
            x
            for x in reader.actors_in(w_start, w_end if comma == -1 else comma)
            if x[0] == w_start and reader.actors[x[2]].kind == "official"
        ]
        if people:
            statements.append(
                SpokenStatement(
                    people[0][2], ((quote.start, quote.end),), True, people[0][:2], "", "quote-labelled"
                )
            )


def _signed_paragraphs(text: str, reader: _Reader, statements: list[SpokenStatement]) -> None:
    """A paragraph of first-person words signed with a person's name, set apart as a pull quote.

    "In some areas, we receive even more grant support than planned. Chingiz Aidarbekov":
    the words before the name, a whole sentence or more with no quotation mark and no verb
    of saying, are that person's own (`rule` "quote-signed-line"), and so are the words of a
    post embedded with its author's name and handle ("... .— Kaja Kallas (@kajakallas) March
    27, 2025"); a paragraph another rule read already is left as it is.
    """
    covered = {span for st in statements for span in st.spans}
    for line in re.finditer(r"[^\n]+", text):
        # an embedded post, signed with its author's name and handle: theirs in the first person or not
        signed = _POST_SIGNED_RE.fullmatch(line.group())
        if signed is None:
            signed = _SIGNED_RE.fullmatch(line.group())
            if signed is None or not _FIRST_PERSON_RE.search(signed.group("words")):
                continue
        a, b = line.start() + signed.start("name"), line.start() + signed.end("name")
        people = [  # the person's name, as the text names them elsewhere
            m
            for m in reader.actors_in(a, b)
            if m[1] == b
            and reader.actors[m[2]].kind == "official"
            and fold(text[a:b]) in {fold(n) for n in (reader.actors[m[2]].name, *reader.actors[m[2]].aliases)}
        ]
        words = (line.start(), line.start() + signed.end("words"))
        if not people or any(x < words[1] and words[0] < y for x, y in covered):
            continue
        statements.append(SpokenStatement(people[0][2], (words,), True, (a, b), "", "quote-signed-line"))


def _dashed_paragraphs(text: str, reader: _Reader, statements: list[SpokenStatement]) -> None:
    """A paragraph opening with a dash, in the first person, right after a paragraph whose last
    statement is a person's, is that person's own words (`rule` "quote-dashed").

    "... This was voiced by Foreign Minister X.\n\n - In general, I encouraged ...": broadcast
    copy sets a speaker's remarks apart so. Flagged unless it says "I"; a paragraph naming that
    person (in the third person, someone else's words) or read already is left as it is.
    """
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    covered = [span for st in statements for span in st.spans]
    for (pa, pb), (a, b) in itertools.pairwise(paragraphs):
        dash = re.match(r"[ \t]*[-\u2013\u2014][ \t]+(?=[A-Z])", text[a:b])
        if dash is None:
            continue
        words = (a + dash.end(), a + len(text[a:b].rstrip()))
        said = text[words[0] : words[1]]
        if len(said) < 20 or not _FIRST_PERSON_RE.search(said):
            continue
        before = [st for st in statements if pa < st.spans[-1][1] <= pb]
        if not before or any(x < words[1] and words[0] < y for x, y in covered):
            continue
        last = max(before, key=lambda st: st.spans[-1][1])
        if (
            reader.actors[last.speaker].kind != "official"
            or any(m[2] == last.speaker for m in reader.actors_in(*words))
            or re.search(rf"\b{re.escape(reader.actors[last.speaker].name.split()[-1])}\b", said)
        ):
            continue
        name = reader.actors[last.speaker].name
        doubt = None if re.search(r"\bI\b", said) else f"dash-led words in the first person, read as {name}'s"
        statements.append(SpokenStatement(last.speaker, (words,), True, last.who, "", "quote-dashed", doubt))


# A dash after a quotation's closing mark, before the name that signs it (the mark, a comma, an
# en dash, then "Teri Hakala, EU Special Representative, ...").
_DASH_AFTER_RE: Final = re.compile(r",?[ \t]*[\u2014\u2013][ \t]*")
# A sentence's end that is no courtesy title's full stop ("Ms. Hakala" goes on).
_SENTENCE_STOP_RE: Final = re.compile(r"(?<!\bM[rs])(?<!\bMrs)(?<!\bDr)\. |\n")
_SIGNATURE_RE: Final = re.compile(
    r"[ \t]*\n\s*[\u2014\u2013-][ \t]*(?P<sig>[^\n]{3,160}?)[ \t]*\.?[ \t]*(?:\n|$)"
)
_SIGNED_RE: Final = re.compile(
    r"(?P<words>[^\u201c\u201d\"\u00ab\u00bb]{20,}?[.!?\u2026])\s+"
    r"(?P<name>[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+){1,3})\s*"
)
# "Thank you Turkmenistan for hosting us.— Kaja Kallas (@kajakallas) March 27, 2025"
_POST_SIGNED_RE: Final = re.compile(
    r"(?P<words>[^\u201c\u201d\"\u00ab\u00bb]{10,}?)\s*[\u2014\u2013-]\s*"
    r"(?P<name>[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+){1,3})\s*\(@\w+\)[^\n]{0,30}"
)


_FIRST_PERSON_RE: Final = re.compile(r"\b(?:I|we|We|our|Our|us|my|My)\b")


# "Q: ...?", "1. ...?", "— ...?" (a dash opens each turn of an interview set as dialogue)
_QUESTION_RE: Final = re.compile(
    r"(?:Q[.:]\s*|\d{1,2}[.)]\s*|[\u2014\u2013]\s*)?[A-Z][^\n]{5,1200}\?[\u201d\"]?\s*$"
)


def _labelled_answers(text: str, reader: _Reader, statements: list[SpokenStatement]) -> None:
    """A transcript: "Terhi Hakala: We will deepen ...", paragraphs labelled with who speaks.

    A label is a person's name (two to four capitalized words, none a title's, a country's or a
    common word) and a colon opening the paragraph; the words after it are that person's
    own, unless they ask a question. Two labelled paragraphs at least make a transcript.
    """
    labelled = [
        m
        for m in _LABEL_RE.finditer(text)
        if all(not stop_word(w) for w in m.group("who").split())
        and not m.group("words").rstrip().endswith("?")
    ]
    if len(_LABEL_RE.findall(text)) < 2:
        return
    # a transcript's label names a person it recurs for or the text names ("Parliamentary Ties:
    # To solidify ...", "Visits: ..." head the paragraphs of a list, once each)
    persons = {fold(w) for a in reader.actors.values() if a.kind == "official" for w in a.name.split()}
    recurring = collections.Counter(m.group("who") for m in _LABEL_RE.finditer(text))
    labelled = [
        m
        for m in labelled
        if recurring[m.group("who")] >= 2 or {fold(w) for w in m.group("who").split()} <= persons
    ]
    taken = {span for st in statements for span in st.spans}
    for m in labelled:
        a, b = m.span("words")
        b = a + len(text[a:b].rstrip())
        if any(x < b and a < y for x, y in taken) or text[a] in _OPENERS:
            # (a quotation after a name and a colon is read with its quotation marks; an interview's
            # answer is read already)
            continue
        w_start, w_end = m.span("who")
        known = [x for x in reader.actors_in(w_start, w_end) if reader.actors[x[2]].kind == "official"]
        speaker = known[-1][2] if known else reader._new(m.group("who"), "official", w_start, w_end).id
        statements.append(SpokenStatement(speaker, ((a, b),), True, (w_start, w_end), "", "transcript"))


def _interview_answers(text: str, reader: _Reader, statements: list[SpokenStatement]) -> None:
    """In an interview, each paragraph answering a question is the interviewee's own words.

    The interviewee is the person a sentence introducing the interview names ("In a
    wide-ranging interview, Yerzhan Kazykhan ...", "X gave an exclusive interview to ...",
    "Kazinform spoke with X");
    a question is a paragraph ending in a question mark; the paragraphs after it, up to the
    next question, are the answer, one quoted statement (`rule` "interview-answer").
    """
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    questions = [i for i, (a, b) in enumerate(paragraphs) if _QUESTION_RE.fullmatch(text[a:b])]
    if not questions:
        return
    # "in an interview with", "Kazinform spoke with X", "talked to X", "sat down with X"
    intro = re.search(
        r"\binterview|\b(?:spoke|speaks|talked|talks|sat\s+down)\s+(?:with|to)\b",
        text[: paragraphs[questions[0]][0]],
        re.IGNORECASE,
    )
    if intro is None:
        return
    sentence_start = max(text.rfind(". ", 0, intro.start()), text.rfind("\n", 0, intro.start())) + 1
    # (not at a title's full stop: "In an interview with CABAR.asia, Ms. Hakala explains ...")
    stop = _SENTENCE_STOP_RE.search(text, intro.end())
    sentence_end = stop.start() if stop is not None else len(text)
    people = [
        m for m in reader.actors_in(sentence_start, sentence_end) if reader.actors[m[2]].kind == "official"
    ]
    doubt = None
    if not people and re.search(r"\b(?:he|she|He|She)\b", text[sentence_start:sentence_end]):
        # "She gave an interview to ...": the person named before, unsure if there were several
        earlier = [m for m in reader.actors_in(0, sentence_start) if reader.actors[m[2]].kind == "official"]
        people = earlier[-1:]
        if people and len({m[2] for m in earlier}) > 1:
            doubt = f"the interviewee is read as {reader.actors[people[0][2]].name}, the last person named"
    if not people:
        return
    speaker = people[0][2]
    taken = sorted(span for st in statements for span in st.spans)
    starts = [x for x, _y in taken]
    reach = list(itertools.accumulate((y for _x, y in taken), max))  # the furthest end so far
    asked = set(questions)
    answering = False
    answer: list[tuple[int, int]] = []  # the answer's paragraphs read so far

    def answered() -> None:
        # one answer over several paragraphs is one statement, as one quotation is
        if answer:
            span = (answer[0][0], answer[-1][1])
            statements.append(
                SpokenStatement(speaker, (span,), True, people[0][:2], "", "interview-answer", doubt)
            )
            answer.clear()

    for i, (a, b) in enumerate(paragraphs):
        if i in asked:
            answered()
            answering = True
            continue
        if not answering or i < questions[0]:
            continue
        end = len(text[a:b].rstrip()) + a
        k = bisect.bisect_left(starts, end)  # the spans starting before this paragraph ends
        if end - a < 20 or (k and reach[k - 1] > a):
            answered()
            continue  # a caption, or words another rule read already
        a += len(text[a:end]) - len(text[a:end].lstrip("\u2014\u2013 \t"))  # the dash is no one's words
        # "A: The EU wants ...", "Flor: The benchmarking ...": the label is no one's words
        label = re.match(r"(?:A|Answer)\s*[:.]\s+", text[a:end]) or re.match(
            r"(?P<who>[A-Z][\w\u2019'.-]*(?:[ \t]+[A-Z][\w\u2019'.-]*){0,3}):\s+", text[a:end]
        )
        if label is not None and label.groupdict().get("who") is not None:
            interviewee = reader.actors[speaker]
            named = {fold(w) for n in (interviewee.name, *interviewee.aliases) for w in n.split()}
            label = label if {fold(w) for w in label["who"].split()} <= named else None  # the interviewee's
        a += label.end() if label else 0
        answer.append((a, end))
    answered()
