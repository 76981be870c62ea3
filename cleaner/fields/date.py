"""Publication date as ISO ``YYYY-MM-DD``.

Numeric forms are read with a regex (fast, no language needed); a month word is read by dateutil
(English) or a month-name table (the page's language); only what neither reads goes to dateparser,
restricted to the page's language plus English, because a miss across all languages costs tens of
milliseconds and loading a language costs a tenth of a second or more. Candidates are tried in the order the caller gives (nearest to the headline first).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from cleaner.fields.month_names import ANY_LANGUAGE_MONTHS, MONTHS
from cleaner.rules.phrases import TWO_DIGITS_RE, UPDATE_LABEL_RE

# htmldate's plausibility window: nothing before the web went mainstream, nothing in the future.
MIN_YEAR = 1995
MAX_FUTURE_DAYS = 2

_YEAR = r"(?:199\d|20[0-3]\d)"
# Besides '-', '/' and '.', themes set year, month and day apart with a bullet or a middle dot ('2025•01•08',
# '2025 · 01 · 08') or a spaced dash ('2021 – 01 – 18'): typographic separators for the same ISO order,
# believed before two-digit parts only ('2019 – 1 – 2' may be a score).
_ISO_SEP = r"(?:[-/.]|(?:\s?[•·]\s?|\s[-–—]\s)(?=\d\d\b))"
_ISO_RE = re.compile(rf"\b({_YEAR}){_ISO_SEP}(\d{{1,2}}){_ISO_SEP}(\d{{1,2}})(?:\b|(?=T\d))")
# Not inside a longer run of numbers ("2/5/10/20-second delay", version "1.11.10.2"). The year may stand apart
# after a spaced dash, a bullet or a middle dot ('12/19 — 2025'), as in the ISO order, when it has four digits.
_NUMERIC_RE = re.compile(
    rf"(?<![-/.\d])\b(\d{{1,2}})[-/.](\d{{1,2}})(?:[-/.]|\s[–—•·]\s(?=\d{{4}}))({_YEAR}|\d{{2}})\b(?![-/.]\d)"
)
# A month word next to a day and a year, in any order: "Jul 01, 2025", "1. Juli 2025", "12 de marzo de 2024".
# After the year: no further digit, unless innerText glued the next element on ("October 17, 20236:01 PM",
# "Mar 27, 20255 min read", "April 2, 20241 yr"): a clock time, a reading time or an age.
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}:\d\d|\d{1,2}\s?(?:min|yr|hr)))"
# Ordinal suffixes in either case: headers set in capitals print 'NOVEMBER 26TH, 2024'. A dot may close the
# day as well as the month ('Jul. 11. 2025'); dashes, dots or slashes may join day, month word and year
# ('19-Dec-2025', 'Published on 25.Jun.2019', '25/Jun/2019': logs and journals).
_TEXTUAL_RE = re.compile(
    rf"(?:\b(?P<day>\d{{1,2}})(?P<suffix>(?i:st|nd|rd|th|er)|º)?\.?\s+(?:de\s+)?(?P<month>[^\W\d_]{{3,12}})\.?,?\s+"
    rf"(?:de\s+)?(?P<year>{_YEAR}){_YEAR_END})"
    rf"|(?:\b(?P<month2>[^\W\d_]{{3,12}})\.?\s+(?P<day2>\d{{1,2}})(?P<suffix2>(?i:st|nd|rd|th))?[,.]?\s+(?P<year2>{_YEAR}){_YEAR_END})"
    rf"|(?:\b(?<![-/.])(?P<day3>\d{{1,2}})(?P<sep3>[-./])(?P<month3>[^\W\d_]{{3,9}})(?P=sep3)(?P<year3>{_YEAR})\b)"
)
# A capitalised month word glued by innerText to the element before it: a byline's name, a category label
# or a modification stamp ('By Jane DoeMar 5, 2025', 'EditorialNovember 22, 2018', 'Mental HealthDECEMBER 22,
# 2022', a month set in capitals after a lower-case letter, '2024-04-18T13:00:39+00:00March 22nd, 2024').
# Cut apart, the month word is read.
_GLUED_MONTH_RE = re.compile(
    rf"(?:(?<=[^\W_])(?=[A-Z][a-z]{{2,11}})|(?<=[a-z])(?=[A-Z]{{3,12}}))(?=[^\W\d_]+\.?\s\d{{1,2}}(?:st|nd|rd|th)?,?\s{_YEAR})"
)
# Lines announcing a modification rather than the publication.
_UPDATED_RE = re.compile(
    r"\b(?:updated|modified|aktualisiert|mis à jour|actualizado|aggiornato|atualizado)\b", re.I
)
# A modification label alone on its line, its date on the next ('Last update:' over 'July 16, 2025',
# 'Updated on' over 'April 19, 2025'): a theme prints the label and the value in two elements, which
# innerText sets on two lines (UPDATE_LABEL_RE). A bare 'Update' is a button or a heading, not a label.
UPDATE_LABEL_MAX_CHARS = 24
# Lines whose date belongs to something else than the page's publication: a forum thread's last reply, a
# member's sign-up, a post's last edit ("last post by jo Sep 26, 2024", "Registered: 2012-09-03",
# "Joined Nov 4, 2011", "edited Aug 1, 2014 at 19:57"), the day figures in the text were taken ("As of
# July 31, 2025, the FDA has received:", in 39 of the wcxb-dev dumps), and a site's clock beside its
# statistics or in its header ("Stats: 3,313,045 members, … Date: Thursday, 05 March 2026 at 01:16 PM",
# phpBB's "It is currently …", MyBB's "Current time: …", vBulletin's "The time now is …"): today, not the page.
_OTHER_DATE_RE = re.compile(
    r"\b(?:last (?:post|reply|activity)|latest (?:post|reply)|registered|joined|member since|edited|as of"
    r"|it is currently|current time|the time now is|\d[\d,.]{0,12} members)\b",
    re.I,
)
# Phrases that anchor a publication date.
_PUBLISHED_RE = re.compile(
    r"\b(?:published|posted|veröffentlicht|publié|publicado|pubblicato|gepubliceerd)\b", re.I
)
# What every _PUBLISHED_RE word an ASCII line can hold contains, lower-cased ('veröffentlicht' and
# 'publié' are not ASCII): a line holding neither piece cannot match. The IGNORECASE alternation is tried
# at every character of a line (~340 instructions each; the fields ask it of the page's short lines,
# ~0.3 M instructions a page on scrapinghub HTML), lower-casing an ASCII line and two substring scans
# cost a tenth of that.
_PUBLISHED_ASCII_PIECES = ("pub", "posted")


def _published_in(text: str) -> re.Match[str] | None:
    """``_PUBLISHED_RE.search(text)``, without running the regex on an ASCII line that holds none of its
    words (``str.isascii`` reads a flag of the string)."""
    if text.isascii():
        low = text.lower()
        if _PUBLISHED_ASCII_PIECES[0] not in low and _PUBLISHED_ASCII_PIECES[1] not in low:
            return None
    return _PUBLISHED_RE.search(text)


def _valid(y: int, m: int, d: int, today: date) -> str | None:
    try:
        value = date(y, m, d)
    except ValueError:
        return None
    if value.year < MIN_YEAR or (value - today).days > MAX_FUTURE_DAYS:
        return None
    return value.isoformat()


def _numeric(text: str, month_first: bool, today: date) -> str | None:
    m = _ISO_RE.search(text)
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)), today)
    m = _NUMERIC_RE.search(text)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), m.group(3)
        year = int(y) if len(y) == 4 else 2000 + int(y)
        if a > 12:
            month_first = False
        elif b > 12:
            month_first = True
        mo, d = (a, b) if month_first else (b, a)
        return _valid(year, mo, d, today)
    return None


@lru_cache(maxsize=16)
def _parser(languages: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=list(languages),
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"},
    )


def _english(span: str) -> date | None:
    """English month names through dateutil: microseconds, where dateparser's locale search costs ~10 ms
    for every new string. Anything dateutil cannot read whole (other languages) goes to dateparser."""
    from dateutil import parser as du

    try:
        value = du.parse(span, default=_NO_DEFAULT)
    except (ValueError, OverflowError):
        return None
    return value.date() if value.year != _NO_DEFAULT.year and value.day else None


# A default dateutil never produces from a real span (our spans always hold a year), to detect omissions.
_NO_DEFAULT = __import__("datetime").datetime(1, 1, 1)


# Languages whose dates say "22 de outubro de 2010".
DE_LANGUAGES = frozenset(["es", "pt", "ro"])


def _month_named(span: str, languages: tuple[str, ...]) -> date | None:
    """The span read with the month-name table; None when its month word is not in the languages'."""
    m = _TEXTUAL_RE.fullmatch(span)
    if m is None:
        return None
    if m.group("day"):
        day, suffix, word, year = m.group("day", "suffix", "month", "year")
    elif m.group("day2"):
        day, suffix, word, year = m.group("day2", "suffix2", "month2", "year2")
    else:
        day, suffix, word, year = m.group("day3", "day3", "month3", "year3")
        suffix = None
    # dateparser reads neither an ordinal suffix nor "de" in the languages that do not write them; such
    # spans are left to it, so that the table never finds a date where it would not.
    with_de = "de" in span.split()
    if suffix:
        return None
    word = word.lower()
    for lang in languages:
        month = MONTHS.get(lang, {}).get(word)
        if month is not None:
            if with_de and lang not in DE_LANGUAGES:
                return None
            return _day(year, month, day)
    if m.group("day3"):
        # '04-ago-2021' on an English page: a CMS prints day-MON-year with the month abbreviated in its
        # installation's locale, whatever the language of the post. Joined by dashes, dots or slashes the
        # three parts can be nothing but a date, and no month word means two months in the tables.
        month = ANY_LANGUAGE_MONTHS.get(word)
        if month is not None:
            return _day(year, month, day)
    return None


def _day(year: str, month: int, day: str) -> date | None:
    try:
        return date(int(year), month, int(day))
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _textual(span: str, languages: tuple[str, ...]) -> date | None:
    if "en" in languages:
        found = _english(span)
        if found is not None:
            return found
    found = _month_named(span, languages)
    if found is not None:
        return found
    try:
        data = _parser(languages).get_date_data(span)
    except Exception:  # dateparser raises assorted errors on odd input; a date we cannot read is no date
        return None
    return data.date_obj.date() if data and data.date_obj else None


SUPPORTED_LANGUAGES = frozenset(
    [
        "en",
        "de",
        "fr",
        "es",
        "it",
        "pt",
        "nl",
        "sv",
        "da",
        "no",
        "fi",
        "pl",
        "cs",
        "ru",
        "tr",
        "id",
        "ro",
        "hu",
    ]
)


# Distinct lines asked about per process; the title, date and byline searches ask about the same lines of a
# page several times each (a dump's title search alone asked parse_date about each header line ~3 times).
PARSE_CACHE_LINES = 4096


def parse_date(text: str, *, language: str | None = None, today: date | None = None) -> str | None:
    """The first date in ``text`` as ISO, or None. ``language`` decides 07/01 (en: July 1)."""
    if len(text) > 300:
        text = text[:300]
    if TWO_DIGITS_RE.search(text) is None:
        return None
    return _parse_date(text, language, today or date.today())


@lru_cache(maxsize=PARSE_CACHE_LINES)
def _parse_date(text: str, language: str | None, today: date) -> str | None:
    langs = (
        ("en",)
        if not language or language == "en" or language not in SUPPORTED_LANGUAGES
        else (
            language,
            "en",
        )
    )
    # 'By Jane DoeMar 5, 2025': a glued month word is cut off the word before it first, lest a later date
    # on the line ('HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026') be read in its place.
    m = _TEXTUAL_RE.search(_unglued(text))
    found = _textual(m.group(0), langs) if m else None
    if found:
        return _valid(found.year, found.month, found.day, today)
    return _numeric(text, month_first=(language in (None, "en")), today=today)


# A year glued to the next element's first word by innerText ('May 21, 2025April 24, 2025').
_GLUED_YEAR_RE = re.compile(r"(?<=\d{4})(?=[A-Z])")


def _unglued(text: str) -> str:
    """``text`` with a month word glued to the word before it cut apart (see _GLUED_MONTH_RE)."""
    return _GLUED_MONTH_RE.sub(" ", text)


def dates_in(text: str, *, language: str | None = None) -> list[str]:
    """Every date in a short line, in order: themes print the publication and the modification date
    side by side ('May 21, 2025April 24, 2025'), one of them hidden by CSS that the text does not keep."""
    text = _GLUED_YEAR_RE.sub(" ", text[:300])
    spans = sorted(
        (m.start(), m.group(0)) for rx in (_TEXTUAL_RE, _ISO_RE, _NUMERIC_RE) for m in rx.finditer(text)
    )
    found = (parse_date(span, language=language) for _, span in spans)
    return [d for d in found if d]


# A weekday before the date ('Monday, August 11th, 2025 at 11:00 am | Categories: …').
_WEEKDAY_LEAD_RE = re.compile(r"^[^\W\d_]{3,12},\s+")


def opens_with_date(text: str) -> bool:
    """'2019-02-23, 09:14 PM (This post was last modified …)': the line starts with its date, as a
    post's header does, however long the rest, possibly after its weekday."""
    head = _WEEKDAY_LEAD_RE.sub("", text[:60], count=1)[:40]
    return any(rx.match(head) for rx in (_TEXTUAL_RE, _ISO_RE, _NUMERIC_RE))


def _dated_before(text: str, pos: int) -> bool:
    """Whether a date stands in ``text`` before ``pos``: '2019-02-23, 09:14 PM (This post was last
    modified: 2024-01-05)' opens with the post's own date, which the word after it does not qualify."""
    before = _unglued(text[:pos])
    return bool(_TEXTUAL_RE.search(before) or _ISO_RE.search(before) or _NUMERIC_RE.search(before))


def line_date(text: str, *, language: str | None = None) -> str | None:
    """The date a line gives the page: the one after 'published' when the line names it
    ('Updated November 11, 2022 Originally published November 9, 2022'); of a theme's publication and
    modification dates glued together ('May 21, 2025April 24, 2025'), the earlier, whichever the theme
    prints first, since a page is modified after it is published; else its first date."""
    if TWO_DIGITS_RE.search(text) is None:
        return None  # no date without two digits in a row (parse_date's own first test), whatever it says
    published = _published_in(text)
    if published is not None:
        found = parse_date(text[published.end() :], language=language)
        if found:
            return found
    if _GLUED_YEAR_RE.search(text, 0, 300):
        glued = dates_in(text, language=language)
        if len(glued) > 1:
            return min(glued)
    return parse_date(text, language=language)


# 'This article was originally published on 26 Sep 2019 …': the first publication, stated by a page whose
# header shows its last revision. The date must follow in the same sentence.
_ORIGINALLY_RE = re.compile(
    r"\b(?:originally\s+(?:published|posted)|first\s+published)\b((?:[^.!?]|\.(?!\s+[A-Z])){0,40})", re.I
)
ORIGINALLY_MAX_WORDS = 40
# The pieces a line must hold, as written, before _ORIGINALLY_RE is tried on it (a case-sensitive test).
ORIGINALLY_HINTS = ("riginally", "irst")


# A line about another version of the text: 'Preprints (earlier versions) of this paper are available at
# …, first published 04.Apr.2019' dates the preprint, not the page.
_OTHER_VERSION_RE = re.compile(r"\b(?:preprints?|earlier versions?|previous versions?)\b", re.I)


def originally_published(text: str, *, language: str | None = None) -> str | None:
    """The date a line says the page was first published on, if it says so."""
    if ORIGINALLY_HINTS[0] not in text and ORIGINALLY_HINTS[1] not in text:  # cheap test before the regex
        return None
    m = _ORIGINALLY_RE.search(text)
    if m is None or _OTHER_VERSION_RE.search(text):
        return None
    return parse_date(m.group(1), language=language)


def is_update_line(text: str) -> bool:
    """'Updated Jul 2, 2025': the line's first date is a modification."""
    updated = _UPDATED_RE.search(text)
    return updated is not None and not _published_in(text) and not _dated_before(text, updated.start())


def is_update_label(text: str) -> bool:
    """'Last update:', 'Updated on', 'Last modified': a modification label alone, its date on the next line."""
    return len(text) <= UPDATE_LABEL_MAX_CHARS and UPDATE_LABEL_RE.fullmatch(text.strip()) is not None


# A forum reply's header: its number past the first post ('#2 2025-11-02 06:23:21', '#14 · Jan 15, 2024').
_REPLY_NUMBER_RE = re.compile(r"^#\s?(?:[2-9]|[1-9]\d+)\b")
# A quotation's attribution, opened by a dash: an embedded post's ('— Jane Doe (@jdoe) November 18, 2019', the
# text an embedded tweet prints) or a quoted statement's ('— David McKinley on Sunday, October 13th, 2019 in an
# article'). The date is when the quoted words were said, not when the page was published.
_ATTRIBUTION_RE = re.compile(r"^[—―–]\s")


def is_other_date_line(text: str) -> bool:
    """'last post by jo Sep 26, 2024', 'Joined: 2011-11-04', '#2 2025-11-02', 'Preprints … first published
    04.Apr.2019': the line's first date is not the page's."""
    if _REPLY_NUMBER_RE.match(text) or _ATTRIBUTION_RE.match(text) or _OTHER_VERSION_RE.search(text):
        return True
    other = _OTHER_DATE_RE.search(text)
    return other is not None and not _dated_before(text, other.start())


def opens_as_published(text: str) -> bool:
    """'Posted on November 25, 2024 in Health, Nutrition, …': the line starts with its publication date."""
    return bool(_PUBLISHED_RE.match(text))


# A question-and-answer site's stamp of the question ('asked Jul 18, 2024 at 4:39' on the Stack Exchange sites,
# 'asked Mar 5, 2019 in Networking by jdoe' in Question2Answer): the thread's publication, printed under the
# question's text with its 'edited' stamp and followed by each answer's 'answered …'. Only at the line's start,
# where no sentence of the text ('She asked on …') stands.
_ASKED_RE = re.compile(r"asked\s", re.I)


def is_published_line(text: str) -> bool:
    """'Published on …', 'Posted …', 'Veröffentlicht am …', a question's 'asked …': the line names the
    publication date."""
    return _published_in(text) is not None or _ASKED_RE.match(text) is not None


def written_with_month(text: str, *, language: str | None = None) -> set[str]:
    """The days a line writes with the month unmistakable: a month word ('3 October 2023') or year first
    ('2023-10-03'), as against '03/10/2023', which reads as 3 October or 10 March."""
    text = _GLUED_YEAR_RE.sub(" ", text[:300])
    spans = [m.group(0) for rx in (_TEXTUAL_RE, _ISO_RE) for m in rx.finditer(text)]
    return {d for d in (parse_date(s, language=language) for s in spans) if d}


def written_both_ways(text: str, day: str) -> bool:
    """Whether the line writes ``day`` (ISO) as a numeric date that also reads with day and month
    swapped ('03/10/2023' for 2023-03-10 or 2023-10-03)."""
    year, month, dom = day.split("-")
    for m in _NUMERIC_RE.finditer(text[:300]):
        a, b, y = m.groups()
        if (y == year or y == year[2:]) and {int(a), int(b)} == {int(month), int(dom)}:
            return True
    return False


def without_dates(text: str) -> str:
    """The line with its date-shaped spans cut out."""
    head = _GLUED_YEAR_RE.sub(" ", _unglued(text[:300]))
    for rx in (_TEXTUAL_RE, _ISO_RE, _NUMERIC_RE):
        head = rx.sub(" ", head)
    return head


def date_start(text: str) -> int | None:
    """Where the line's first date-shaped span starts (None: no date shape)."""
    head = text[:300]
    starts = [m.start() for rx in (_TEXTUAL_RE, _ISO_RE, _NUMERIC_RE) for m in (rx.search(head),) if m]
    return min(starts) if starts else None
