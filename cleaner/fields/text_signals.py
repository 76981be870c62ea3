"""Shared line tests the field pickers agree on (is this a byline? a date line? the site name?)."""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.blocks import Block
from cleaner.fields.date import date_start, opens_with_date, parse_date, without_dates
from cleaner.rules.phrases import AUTHOR_LABELS, PERSON_PRONOUNS, TWO_DIGITS_RE

BYLINE_RE = re.compile(
    r"^(?:written\s+by|words\s+by|posted\s+by|story\s+by|text\s+by|reported\s+by|by|von|par|por|di|door|av|"
    r"autor(?:in)?|author|auteur|autore|reporter)\s*(?::\s*|\s+)(.+)$",
    re.I,
)
# A name: 1-5 capitalised words, possibly joined by "and"/"und"/"et"/"y"/"&"/","
# Particles may come in pairs ('van der', 'de la'); a list's last name may follow ', and' or ', &'.
_PARTICLES = r"(?:(?:van|von|de|da|del|der|den|la|le|du|bin|al|el)\s+){0,2}"
_NAME_RE = re.compile(
    rf"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\.?(?:\s+{_PARTICLES}[A-ZÀ-ÖØ-Þ][\w'’.-]*){{0,4}})"
    rf"(?:\s*(?:,(?:\s*(?:and\b|&))?|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*"
    rf"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+{_PARTICLES}[A-ZÀ-ÖØ-Þ][\w'’.-]*){{0,4}})*$"
)
# ``(?<!\s)``: one try per run of spaces, not one per space (a run of n spaces cost O(n²)).
# A hyphen ends the name only after a space ('Jane Doe - 5 Comments'): inside a word it joins a name
# ('Jean-Luc Aufranc', 'Al-Sayed'). The dot operator '⋅' sets off fields as the middle dot does ('By Jane Doe
# ⋅ Review Editor ⋅ Updated May 6, 2025').
_BYLINE_TAIL_RE = re.compile(
    r"(?<!\s)\s*(?:[|•·⋅●▪∙,–—]|(?<=\s)-|\bon\b|\bat\b|\bam\b|\ble\b|\bel\b|\b(?:last\s+)?updated\b|\bpublished\b).*$",
    re.I,
)
# A date glued after the name: "Jane Doe 5 October 2024", "Jill Barshay August 5, 2024", "ZeldmanNovember 3",
# "Korin MillerPublished Jan 5, 2024" (innerText runs adjacent elements together); in any case, since bylines
# set in capitals glue the same way ("BY KORIN MILLERPUBLISHED: JAN 29, 2025", "JONATHAN JONESLAST UPDATED
# NOV 6, 2025": a magazine template's header, 5 wcxb-dev dumps). It starts only where a run of spaces
# starts, and its second run of spaces only after a label or a colon: two adjacent ``\s*`` tried from every
# space of a long run made ``sub`` cubic in the run's length (benchmarks/redos.py).
_DATE_TAIL_RE = re.compile(
    r"(?<!\s)\s*(?:(?:(?:Last\s+)?(?:Published|Updated|Posted):?|:)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+)?(?=\d).*$",
    re.I,
)
# The name after the date: "Posted on March 3, 2024 by Ellen Park", "Publié le 2 mai 2024 par Léa Roux".
_DATED_BYLINE_RE = re.compile(
    r"^(?:posted|published|written|veröffentlicht|publié|publicado)\b.{1,40}?\s(?:by|von|par|por)\s+(.+)$",
    re.I,
)
# The name after a date the line opens with: "October 11, 2023 by Jane Doe", "1. Mai 2024 von Jan Roth".
_BY_AFTER_DATE_RE = re.compile(r"\s(?:by|von|par|por)\s+(.+)$", re.I)
# A date opening a line shows two digits in its first characters ('1. September 2024', 'Oct 5, 2023'): the
# cheap test asked of every line before the date regexes.
DATE_HEAD_CHARS = 24
MAX_BYLINE_WORDS = 14
MAX_DATE_LINE_WORDS = 10


MAX_BYLINE_CHARS = 200  # how much of a long line may hold its byline parts (a block may be a 50 MB line)


def _parts_within(text: str, max_words: int) -> str:
    """The leading '|'-separated parts of ``text`` that fit in ``max_words`` ('' when the first does not)."""
    kept: list[str] = []
    words = 0
    for part in text[:MAX_BYLINE_CHARS].split("|"):
        words += len(part.split(maxsplit=max_words))
        if words > max_words:
            break
        kept.append(part)
    return "|".join(kept)


def byline_name(b: Block) -> str | None:
    """The author's name if the block is a byline ('By Jane Doe | July 1, 2025' -> 'Jane Doe')."""
    return _byline_of(b.text, b.words)


# The first two letters, lower-cased, of every word a byline opens with: BYLINE_RE's labels ('written by',
# 'von', 'autorin', ...), _DATED_BYLINE_RE's verbs ('posted', 'veröffentlicht', ...) and the 'By' glued to a
# name (tests/test_field_rules.py checks that it covers every label of both regexes).
BYLINE_OPENERS = frozenset("wr wo po st te re by vo pa di do av au pu ve".split())


def may_be_byline(text: str) -> bool:
    """Whether ``text`` can be a byline at all: it opens with a byline's label or verb, or has two digits
    in its head (a date, then the name: _BY_AFTER_DATE_RE). Two thirds of the lines the fields ask about
    fail this test, at a third of the cost of the byline regexes and word counts. An opening that is not
    ASCII is left to the regexes, whose case-insensitive match knows more letters than ``str.lower``."""
    head = text[:2]
    return (
        not head.isascii()
        or head.lower() in BYLINE_OPENERS
        or TWO_DIGITS_RE.search(text, 0, DATE_HEAD_CHARS) is not None
    )


@lru_cache(maxsize=4096)
def _byline_of(text: str, words: int) -> str | None:
    """Cached: the fields ask it of the same lines near the headline again and again (the title's
    neighbours, the author's window, the dated-byline scan); ``words`` is the block's count of ``text``."""
    if not may_be_byline(text):
        return None
    if words > MAX_BYLINE_WORDS:
        # 'by Daniel Gibson | Mar 11, 2023 | Brakes, Brake Repair, Learn About Brakes | 0 comments': a
        # theme's post meta, the name and the date in its first two parts.
        text = _parts_within(text, MAX_BYLINE_WORDS)
        if not text:
            return None
    if _GLUED_BY_RE.match(text):
        text = f"By {text[2:]}"  # 'ByKathryn GiuffridaMar 5, 2025': innerText glued the label to the name
    m = BYLINE_RE.match(text) or _DATED_BYLINE_RE.match(text)
    if m is None and TWO_DIGITS_RE.search(text, 0, DATE_HEAD_CHARS) and opens_with_date(text):
        m = _BY_AFTER_DATE_RE.search(text)
    if not m:
        return None
    name = m.group(1).strip()
    credentials = ""
    if not _NAME_RE.match(name):
        full = name
        name = _BYLINE_TAIL_RE.sub("", _DATE_TAIL_RE.sub("", name)).strip()
        found = _CREDENTIALS_RE.match(full, len(name))
        credentials = found.group(0) if found and full.startswith(name) else ""
    name = name.rstrip(" ,;:|•·●▪∙")
    if name and _HANDLE_RE.match(name) and TWO_DIGITS_RE.search(text):
        return name  # 'Posted on July 1, 2024 by jdoe', 'by jdoe | Apr 21, 2025': a dated post's user name
    return name + credentials if name and _NAME_RE.match(name) else None


# A user name in lower case ('jdoe', 'j.doe_42'), believed as a byline's name only on a dated line: alone
# after a 'by' it may be a way ('by email', 'by appointment').
_HANDLE_RE = re.compile(r"^[a-z][a-z0-9_.-]{2,30}$")


# Degrees and certifications written after the name, part of how the author signs ('Shelby Loos, DVM',
# 'Matthew Frankel, CFP', 'Rebecca Lake, CEPF®'): short capitalised tokens, each after a comma, that end
# the name part of the line. A publication after the comma ('Brian Truitt, USA TODAY') has more words.
_CREDENTIALS_RE = re.compile(
    r"(?:,\s*(?:[A-Z][A-Za-z]{0,4}[A-Z]|(?:[A-Z]\.){2,3}|Ph\.?D\.?)®?)+(?=\s*$|\s*[|•·–—.,;]|\s+[a-z])"
)


def is_name_list(text: str) -> bool:
    """'Jane Doe, John Roe and Ann Poe': two or more names joined by commas, 'and' or '&'."""
    if len(text.split()) > MAX_BYLINE_WORDS or not _NAME_RE.match(text):
        return False
    names = [n for n in _NAME_LIST_SEP_RE.split(text) if n.strip()]
    # Each a full name: 'Jane Doe, Contributor' is one name and a label.
    return len(names) > 1 and all(len(n.split()) > 1 for n in names)


_NAME_LIST_SEP_RE = re.compile(r",|&|\band\b|\bund\b|\bet\b|\by\b|\be\b")
# What stands between two names of a byline whose names are separate elements (', ', ', and', '&').
NAME_JOINERS = frozenset({",", "and", ", and", "&", ", &", "und", "et", "y", "e"})


def is_date_line(b: Block, language: str | None) -> bool:
    """A short line that is mostly a date ('Tuesday, Jul 01, 2025', 'Updated 2 July 2025 10:00'), not a
    headline that names a day ('Lemmy Development Update 2024-10-04')."""
    return (
        b.words <= MAX_DATE_LINE_WORDS
        and parse_date(b.text, language=language) is not None
        and not is_dated_headline(b.text)
    )


# Words a dateline writes around its date ('Posted on', 'Last updated', '3 min read', 'Sat', '1 yr'); a headline that
# names a day has words of its own besides the date, at least DATED_HEADLINE_WORDS of them.
DATELINE_WORDS = frozenset(
    """posted published updated last modified reviewed edited post on by at in am pm date min mins read minute
    minutes time yr yrs ago and the of de le la el am um von par por mon tue wed thu fri sat sun monday
    tuesday wednesday thursday friday saturday sunday""".split()
)
DATED_HEADLINE_WORDS = 3
# A dateline's or a review stamp's labels ('Last updated', 'Written By', 'Fact Checked'): never a word of
# a name, unlike some DATELINE_WORDS ('Min', 'Sat', 'De La Cruz').
LABEL_WORDS = frozenset("posted published updated modified reviewed checked edited written by".split())
# What sets a dateline's date apart from the name or label before it; a headline's date is one of its words.
_FIELD_SEPARATORS = frozenset("·|•/–—-,:»")
_WORD_RE = re.compile(r"[^\W\d_]{2,}")


def dateline_free_words(text: str) -> list[str]:
    """The words of ``text`` (two letters or more) outside its dates, in order, a dateline's own words
    (DATELINE_WORDS) included."""
    return _WORD_RE.findall(without_dates(text))


def is_dated_headline(text: str) -> bool:
    """'How to request the longer chain after 08/02/2024?', 'Metasploit Wrap-Up 12/19/2025': besides the
    date the line has words enough of its own, none a dateline's; it opens with neither the date nor a
    dateline's word ('Updated Dec. 23, 2024, 1:24 PM EST / Source: TODAY'), and its date is one of its
    words, not a field after a separator."""
    words = dateline_free_words(text)
    if not words or opens_with_date(text) or words[0].lower() in DATELINE_WORDS:
        return False
    start = date_start(text)
    if start is not None and text[:start].rstrip()[-1:] in _FIELD_SEPARATORS:
        return False  # 'Текст: Венера Ерофеева·24 сентября 2018': a name, then the date as a field of its own
    own = [w for w in words if w.lower() not in DATELINE_WORDS]
    return len(own) >= DATED_HEADLINE_WORDS


# A time given relative to now ('2 days ago', 'Yesterday at 4:25 AM'): forums and blogs print it where
# others print the date, under the headline. It names no day, so it is no date; it is a dateline all the same.
_RELATIVE_TIME_RE = re.compile(
    r"\b(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week|month|year)s?\s+ago\b"
    r"|^(?:today|yesterday)\b.{0,20}\d{1,2}:\d{2}",
    re.IGNORECASE,
)


def is_relative_time_line(b: Block) -> bool:
    """A short line stamped with a relative time (see _RELATIVE_TIME_RE)."""
    return (
        b.words <= MAX_DATE_LINE_WORDS
        and ("ago" in b.text or ":" in b.text)
        and bool(_RELATIVE_TIME_RE.search(b.text))
    )


# A standfirst with the byline run on after its last sentence ('… beyond the U.S. and Canada. By Jane Doe on
# Dec. 19, 2025'): templates set the dek and the byline inline in one header paragraph, and innerText (or the
# HTML reader) keeps them one line. The byline closes the line, within CLOSING_BYLINE_CHARS of its end.
_CLOSING_BY_RE = re.compile(r"[.!?]\s+(?=By\s)")
CLOSING_BYLINE_CHARS = 80


def closing_byline(text: str) -> tuple[str, str] | None:
    """The name and the text of the dated byline that closes a longer line (see _CLOSING_BY_RE), or None;
    a 'By …' with no date after it may be a sentence of the text ('… the law. By contrast, …')."""
    if "By " not in text:  # the cheap test first
        return None
    for m in _CLOSING_BY_RE.finditer(text, max(0, len(text) - CLOSING_BYLINE_CHARS)):
        tail = text[m.end() :]
        name = _byline_of(tail, len(tail.split()))
        if name and parse_date(tail) is not None:
            return name, tail
    return None


# A line that is only "By" (the name follows on its own line, a common template split).
BY_WORDS = frozenset(
    {"by", "von", "par", "por", "di", "door", "av", "written by", "posted by", "autor", "author"}
)
# A bare personal name: 2-4 capitalised words, no digits (names sit next to the date without a "By").
MAX_NAME_WORDS = 4
_BARE_NAME_RE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3}(?:,\s*[A-Z][A-Za-z.]{1,6})*$"
)


# First names that are stop words too ('Will Judd', 'May Chen'; 'Dan' is Malay for 'and'): is_bare_name
# forgives the first word only, the rest of the name without a stop word.
STOP_FIRST_NAMES = ("will ", "may ", "dan ")


def _stop_first_name(b: Block) -> bool:
    """Whether the line opens with one of STOP_FIRST_NAMES and its other words hold no stop word."""
    return (
        b.key.startswith(STOP_FIRST_NAMES)
        and Block(b.index, b.text.split(maxsplit=1)[1]).stopword_density == 0.0
    )


def is_bare_name(b: Block) -> bool:
    """'Jane Doe' or 'Dylan Bailey, MS, RD': looks like a name, says nothing else."""
    # Split at most MAX_NAME_WORDS times: a block may be a 50 MB line, and a name has few words.
    head = b.text.split(",", 1)[0]
    return (
        2 <= len(head.split(maxsplit=MAX_NAME_WORDS)) <= MAX_NAME_WORDS
        and (b.stopword_density == 0.0 or _stop_first_name(b))  # before the walk over the characters
        and not any(ch.isdigit() for ch in b.text)
        and bool(_BARE_NAME_RE.match(b.text))
        and not _GLUED_RE.search(b.text)
    )


# Menu items glued together by innerText ('ChecklistsJust Engaged'): names glue at most two lower-case
# letters before a capital (McDonald, DeSiato).
_GLUED_RE = re.compile(r"[a-z]{3}[A-Z]")


# How a name is signed where a template prints it between the headline and the date (see is_signed_name):
# one token, a user name or a pen name ('inikosoftseo', '3d23d65-ddc6-4ce5', 'Kev', a brand in capitals);
# two to four capitalised words, particles between them ('Nick van Mead'; 'Dan Davies', whose 'Dan' is a
# stop word in Malay, which is_bare_name refuses); and after a comma a role in capitals ('Mike Marshall,
# Shipping Expert'). A line of menu items glued by innerText has more than one glue point ('Digital
# OrganizationOfficeOrganizing'); a name at most one ('DianaHR Team').
_SIGNED_TOKEN_RE = re.compile(r"^[\w.-]{3,30}$")
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_SIGNED_NAME_RE = re.compile(rf"^{_CAPITALISED}(?:\s+{_PARTICLES}{_CAPITALISED}){{1,3}}$")
_SIGNED_ROLE_RE = re.compile(rf"^{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}$")
MAX_SIGNED_GLUES = 1


def is_signed_name(b: Block) -> bool:
    """Whether the line may be a name as a template signs it by the date (see _SIGNED_TOKEN_RE): looser
    than is_bare_name, so asked only where a name is expected."""
    text = b.text
    if is_name_list(text):
        return True  # 'Rui Ma, Heba Ledwon & Suparn Patra'
    if _SIGNED_TOKEN_RE.match(text):
        name = text
    else:
        name, comma, role = text.partition(",")
        if comma and not _SIGNED_ROLE_RE.match(role.strip()):
            return False
        if not _SIGNED_NAME_RE.match(name):
            return False
    return (
        any(ch.isalpha() for ch in name)
        and len(_GLUED_RE.findall(name)) <= MAX_SIGNED_GLUES
        and not opens_with_date(name)
    )


# Words of a job title or a forum rank written after the name ("Harry RabinowitzTech Reporter",
# "JosephF Discussion starter", "Claire Wilson, Co-Founder & COO"): the name ends before the first one.
# Words that also name a group as the author ("Podium Staff", "Our Editors", "SFist Contributor") are not here.
ROLE_WORDS = frozenset(
    """editor writer reporter journalist columnist correspondent founder co-founder cofounder ceo coo cto
    cfo director manager admin administrator moderator starter reviewer executive managing senior
    associate contributing deputy chief discussion""".split()
)
# Roles that name a group as the author on their own ('SFist Contributor', 'Podium Staff') but are the
# person's label after a comma ('Jessica Elliott, Contributor').
COMMA_ROLE_WORDS = frozenset({"contributor", "staff", "staff writer", "guest author", "guest contributor"})
# A name glued to the next element by innerText: a lower-case letter then a capital ('RabinowitzTech').
_GLUE_RE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_GLUED_BY_RE = re.compile(r"^[Bb]y(?=[A-Z])")


# How many words after a glue point may precede the role ('RabinowitzTech Reporter').
GLUED_ROLE_REACH = 2


def _opens_with_role(text: str) -> bool:
    words = text.split(",", 1)[0].split()[:GLUED_ROLE_REACH]
    return any(w.lower().strip("&") in ROLE_WORDS for w in words)


# What a theme's post meta writes after the author's name before the post's categories ('By Jane Doe In
# Recipes'), set in capitals by the name's own styling. ('On' is left: it ends names, 'Audiophile On'.)
CATEGORY_LEAD_INS = frozenset({"In", "IN"})
# Words a name keeps when the lead-in is cut: a first and a last name.
MIN_NAME_WORDS = 2


def tidy_author(name: str) -> str:
    """The person's name alone: a role after it, a glued 'by' before it and a doubled name cut off."""
    name = _GLUED_BY_RE.sub("", name).strip()
    for glue in _GLUE_RE.finditer(name):
        if _opens_with_role(name[glue.start() :]):
            name = name[: glue.start()]  # 'Harry RabinowitzTech Reporter'
            break
    words = name.split()
    cut = next((i for i, w in enumerate(words) if i and w.lower().strip("&,") in ROLE_WORDS), None)
    if cut is not None:
        before = " ".join(words[:cut])
        if "," in before and not before.endswith(","):
            before = before.rsplit(",", 1)[0]  # 'Jane Doe, WCI Columnist': the role's whole comma part
        name = before.rstrip(" ,&")
    else:
        head, comma, label = name.rpartition(",")
        if comma and head.strip() and label.strip().lower() in COMMA_ROLE_WORDS:
            name = head.rstrip()  # 'Jessica Elliott , Contributor'
    half = name.split()
    if len(half) > MIN_NAME_WORDS and half[-1] in CATEGORY_LEAD_INS:
        half = half[:-1]  # 'May 18, 2023 By Sara Harberson In College Admissions': the categories' lead-in
        name = " ".join(half)
    if len(half) % 2 == 0 and half and half[: len(half) // 2] == half[len(half) // 2 :]:
        name = " ".join(half[: len(half) // 2])  # 'Colin Gray Colin Gray': a name shown twice
    return name


# The thread's first poster as forum software labels them, the thread's author: 'Thread starter jdoe' under
# the thread's title, 'jdoe Discussion starter' on each of their posts, the first post's header 'jdoe (Jo
# Doe) May 3, 2024, 8:45am 1' (the post's number last) or 'Post by jdoe » Sat Feb 24, 2024 12:41 pm', and
# "Discussion in 'Hosting' started by jdoe, May 26, 2025." under the title. 48 wcxb-dev dumps of 5 forum
# programs on ~45 sites name their author so, and nothing else on them does.
_STARTER_LABEL_RE = re.compile(r"^(?:thread|discussion|topic)\s+starter\s*:?\s+(\S.{0,40}?)$", re.I)
_STARTER_AFTER_RE = re.compile(r"^(\S.{0,40}?)\s+(?:thread|discussion|topic)\s+starter$", re.I)
_FIRST_POST_RE = re.compile(
    r"^(\S{2,40})(?:\s+\([^()]{1,60}\))?\s+(.{6,40}?\d{1,2}:\d\d\s?(?:[ap]m)?)\s+1$", re.I
)
_POST_BY_RE = re.compile(r"^(?:post\s+)?by\s+(\S.{0,40}?)\s+»\s+(.+)$", re.I)
_STARTED_BY_RE = re.compile(r"\bstarted\s+by\s+(\S.{0,40}?),\s+(.+)$", re.I)
# What thread_starter's lines hold, for a page-wide substring prefilter (a line ending in ' 1' holds ' 1\n'
# in the page's lines joined by line breaks).
STARTER_HINTS = ("tarter", "tarted", "»", " 1\n")
# Lines longer than this are posts, not a post's header.
MAX_STARTER_LINE_CHARS = 120


def is_starter_label(text: str) -> bool:
    """'Thread starter jdoe': the label forum software prints once, under the thread's title (as against
    'jdoe Discussion starter', printed on each of their posts)."""
    return "tarter" in text and len(text) <= MAX_STARTER_LINE_CHARS and bool(_STARTER_LABEL_RE.match(text))


def thread_starter(text: str, *, language: str | None = None, near_title: bool = False) -> str | None:
    """The name a forum line gives as the thread's first poster (see _STARTER_LABEL_RE). 'started by' is
    believed only ``near_title``: a board's list of threads writes it for every thread."""
    if len(text) > MAX_STARTER_LINE_CHARS:
        return None
    if "tarter" in text:  # the cheap test first
        m = _STARTER_LABEL_RE.match(text) or _STARTER_AFTER_RE.match(text)
        if m:
            return m.group(1)
    if text.endswith(" 1"):
        m = _FIRST_POST_RE.match(text)
    elif "»" in text:
        m = _POST_BY_RE.match(text)
    elif near_title and "tarted" in text:
        m = _STARTED_BY_RE.search(text)
    else:
        return None
    return m.group(1) if m and parse_date(m.group(2), language=language) else None


# A Q&A site's question stamp ('asked Feb 11, 2011 at 23:49'), printed over the asker's name: the asker is
# the question's author, as the thread's starter is a forum thread's (10 wcxb-dev dumps of Q&A sites, 12
# such stamps, each with the asker's name on the next line). The answers are stamped 'answered', edits
# 'edited'.
_ASKED_RE = re.compile(r"^asked\s+(\S.{3,40})$")
ASKED_HINT = "asked "
# The asker's name line: a user name or a person's name, short.
MAX_ASKER_WORDS = 4
MAX_ASKER_CHARS = 40


def question_asker(stamp: str, name: str, *, language: str | None = None) -> str | None:
    """The asker's name when ``stamp`` is a Q&A question's stamp and ``name`` the line under it (see
    _ASKED_RE), else None."""
    m = _ASKED_RE.match(stamp)
    if m is None or parse_date(m.group(1), language=language) is None:
        return None
    name = name.strip()
    if (
        not name
        or len(name) > MAX_ASKER_CHARS
        or len(name.split()) > MAX_ASKER_WORDS
        or name.isdigit()
        or parse_date(name, language=language) is not None
    ):
        return None
    return name


# An explicit authorship label (AUTHOR_LABELS), any spacing.
_AUTHOR_LABEL_RE = re.compile(
    "^(?:" + "|".join(re.escape(x).replace(r"\ ", r"\s+").replace(":", r"\s*:") for x in AUTHOR_LABELS) + ")",
    re.I,
)
MAX_LABELLED_BYLINE_WORDS = 12


def labelled_byline(b: Block) -> str | None:
    """The name on a short line that labels it the author's (see _AUTHOR_LABEL_RE), wherever it stands:
    templates put 'Written by Jane Doe' at the article's foot, in the author box."""
    if b.words > MAX_LABELLED_BYLINE_WORDS or not _AUTHOR_LABEL_RE.match(b.text):
        return None
    return byline_name(b)


# An author box: the name, then a sentence about the person ('Jane Doe is a finance writer who …'), with a
# person's pronoun or a writer's trade in it, unlike a product's heading and its description ('Power BI is a
# Microsoft tool that …'). The sentence may call the person by the first name ('Jane is a market analyst
# based in …'): 3 wcxb-dev dumps on 3 sites, whose author nothing else names.
_BIO_VERB_RE = re.compile(r"\s+(?:is|has|was)\s")
_PERSON_RE = re.compile(
    rf"\b(?:{PERSON_PRONOUNS}|writer|editor|author|journalist|founder|co-founder|expert|contributor|reporter)\b",
    re.I,
)
MAX_BIO_CHARS = 600


def introduces(name: str, text: str) -> bool:
    """Whether ``text`` is a sentence about the person ``name``, named whole or by the first name (see
    _BIO_VERB_RE)."""
    if not text.startswith(name):
        name = name.split(maxsplit=1)[0]
        if not text.startswith(name):
            return False
    return (
        _BIO_VERB_RE.match(text, len(name)) is not None
        and _PERSON_RE.search(text, 0, MAX_BIO_CHARS) is not None
    )


def is_role_line(b: Block) -> bool:
    """'Marketing Director', 'Senior Editor': a job title on its own line, the name's neighbour."""
    words = b.text.split(maxsplit=MAX_NAME_WORDS)
    return 0 < len(words) <= MAX_NAME_WORDS and words[-1].lower() in ROLE_WORDS
