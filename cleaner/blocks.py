"""Block: one line or paragraph of the page plus the evidence rules judge it by.

Text dumps and HTML both become a list of blocks, so every rule works on both; HTML merely fills in more
evidence (tag, landmarks, link density, class/id words). Derived measures are computed once here, not
re-derived in every rule.
"""

from __future__ import annotations

import codecs
import importlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from cleaner.errors import InputError

_WORD_RE = re.compile(r"\w+")
_NON_WORD_RE = re.compile(r"\W")
_FOLD_STRIP_RE = re.compile(r"[^\w\s]+")
_WORD_OR_SPACE_RE = re.compile(r"[\w\s]")
_SPACE_RE = re.compile(r"\s+")
_NON_SPACE_RE = re.compile(r"\S")
# Characters above which a text is processed in slices of this size. ``s.split()``, ``findall`` and even
# ``re.sub`` hold one ~55-byte str object per word or match, about 11x the text: a 50 MB line without line
# breaks peaked near 2 GB. Per slice the lists stay small; below the size, nearly every block, nothing
# changes.
LONG_TEXT_CHARS = 64 * 1024


def _slices(text: str, boundary: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive slices of about LONG_TEXT_CHARS covering ``text``, each but the first
    starting where ``boundary`` matches: a character no run of interest contains, so no run is split."""
    pos, n = 0, len(text)
    while pos < n:
        end = n
        if n - pos > LONG_TEXT_CHARS:
            cut = boundary.search(text, pos + LONG_TEXT_CHARS)
            end = cut.start() if cut else n
        yield pos, end
        pos = end


def _sub(pattern: re.Pattern[str], boundary: re.Pattern[str], repl: str, text: str) -> str:
    """``pattern.sub(repl, text)``, slice by slice on long text (``boundary`` as in ``_slices``)."""
    if len(text) <= LONG_TEXT_CHARS:
        return pattern.sub(repl, text)
    return "".join(pattern.sub(repl, text[a:b]) for a, b in _slices(text, boundary))


def collapse_space(text: str) -> str:
    r"""Runs of whitespace to one space, ends trimmed: ``" ".join(text.split())`` without a list of words
    (``\s`` and str.split() agree on what is whitespace)."""
    if len(text) <= LONG_TEXT_CHARS:
        return " ".join(text.split())
    return _sub(_SPACE_RE, _NON_SPACE_RE, " ", text).strip()


def fold(text: str) -> str:
    """Lower-case, drop punctuation/symbols and collapse spaces: 'Share this:' -> 'share this'."""
    if len(text) <= LONG_TEXT_CHARS:
        # Text that is ASCII but for FOLD_NEUTRAL marks (nearly every title, name and phrase compared) is
        # cut at byte level as in ``Block``: NFKC changes none of it into a word character and casefold is
        # lower, so the key is the same, without the normalisation, casefold and regex passes.
        raw = text.encode() if text.isascii() else neutral_utf8(text)
        if raw is not None:
            return b" ".join(raw.translate(ASCII_WORD_BYTES).split()).decode()
    # The words of the normalised text joined by single spaces: the same string as replacing every run of
    # other characters by a space and collapsing, in one regex pass instead of a substitution and a split.
    text = unicodedata.normalize("NFKC", text).casefold()
    if len(text) <= LONG_TEXT_CHARS:
        return " ".join(_WORD_RE.findall(text))
    return collapse_space(_sub(_FOLD_STRIP_RE, _WORD_OR_SPACE_RE, " ", text))


def _word_stats(text: str) -> tuple[int, int]:
    """(words, stop words) of a long text, counted slice by slice."""
    words = stops = 0
    for a, b in _slices(text, _NON_WORD_RE):
        toks = _WORD_RE.findall(text, a, b)
        words += len(toks)
        stops += sum(map(STOPWORDS.__contains__, map(str.lower, toks)))
    return words, stops


# Sentence-final marks across scripts; a body paragraph almost always ends in one of them.
TERMINAL_PUNCTUATION = frozenset(".!?…\"'”’»)]:;。！？।؟")

_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
CJK_CHARS_PER_WORD = 2
CJK_PARTICLES = frozenset("のはがをにでともへや的了是在和有我不这也就都")
# A particle stands for about a word of the sentence's grammar, as a stop word does in English.
CJK_PARTICLE_WEIGHT = 1.0

# A small cross-language stop-word set: enough to tell prose from headlines and menus. Prose in any of
# these languages runs at 30%+ stop words; menus and headline lists run far lower.
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "his",
        "her",
        "their",
        "our",
        "your",
        "not",
        "no",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "there",
        "here",
        "which",
        "who",
        "whom",
        "what",
        "when",
        "where",
        "why",
        "how",
        "than",
        "then",
        "so",
        "if",
        "into",
        "about",
        "over",
        "after",
        "before",
        "also",
        "just",
        "more",
        "most",
        "such",
        "only",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "eines",
        "einem",
        "und",
        "oder",
        "aber",
        "nicht",
        "ist",
        "sind",
        "war",
        "waren",
        "wird",
        "werden",
        "mit",
        "von",
        "zu",
        "im",
        "in",
        "am",
        "an",
        "auf",
        "für",
        "aus",
        "bei",
        "nach",
        "über",
        "auch",
        "als",
        "wie",
        "sich",
        "es",
        "er",
        "sie",
        "wir",
        "ihr",
        "ich",
        "dass",
        "noch",
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "de",
        "et",
        "ou",
        "mais",
        "pas",
        "est",
        "sont",
        "était",
        "été",
        "sera",
        "avec",
        "pour",
        "dans",
        "sur",
        "par",
        "au",
        "aux",
        "ce",
        "cette",
        "ces",
        "qui",
        "que",
        "quoi",
        "il",
        "elle",
        "ils",
        "elles",
        "nous",
        "vous",
        "je",
        "se",
        "sa",
        "son",
        "ses",
        "leur",
        "plus",
        "ne",
        "el",
        "los",
        "las",
        "una",
        "unos",
        "unas",
        "y",
        "o",
        "pero",
        "no",
        "es",
        "son",
        "era",
        "fue",
        "ser",
        "con",
        "para",
        "por",
        "en",
        "del",
        "al",
        "lo",
        "que",
        "quien",
        "su",
        "sus",
        "como",
        "más",
        "este",
        "esta",
        "estos",
        "estas",
        "se",
        "le",
        "les",
        "muy",
        "il",
        "lo",
        "gli",
        "i",
        "uno",
        "e",
        "ed",
        "non",
        "è",
        "sono",
        "era",
        "con",
        "per",
        "tra",
        "fra",
        "di",
        "da",
        "nel",
        "nella",
        "che",
        "chi",
        "del",
        "della",
        "o",
        "os",
        "as",
        "um",
        "uma",
        "e",
        "ou",
        "mas",
        "não",
        "é",
        "são",
        "era",
        "com",
        "para",
        "por",
        "em",
        "do",
        "da",
        "dos",
        "das",
        "no",
        "na",
        "que",
        "seu",
        "sua",
        # Dutch, the Nordic languages, Polish, Turkish, Indonesian/Malay and Russian/Ukrainian: without them
        # no paragraph of those languages passed for prose and their pages were kept whole, menus and all.
        *"""het een van op te dat niet zijn voor ook aan wordt naar bij maar
    och att det som är på för med av inte til og ikke er af
    się że jest nie przez dla jak ale być są tak już
    ve bir bu için ile çok gibi daha olarak olan ama
    yang dan untuk dengan ini itu dari ke pada tidak akan adalah juga oleh atau karena
    и в во не на что с со по как это для к из о от за а но то же у так его ее её он она они мы вы я бы
    был была были быть при или уже только все всё также если когда чтобы і та що це як для від""".split(),
    ]
)


# Punctuation outside ASCII that prose is full of: typographic quotes and dashes, the ellipsis, ©, •. None
# is a word character or becomes one under NFKC or casefold, and none composes with a neighbour, so a block
# whose only non-ASCII characters are these has the words and folded key of the ASCII path; English
# paragraphs with curly apostrophes (a third of a page's text) take that path instead of the slow one.
FOLD_NEUTRAL = "\u2019\u2018\u201c\u201d\u2013\u2014\u2026\u00a9\u2022"


# Byte table for ASCII text: word characters (letters lower-cased, digits, '_') kept, every other byte a
# space; and the stop words as bytes, for the words it cuts.
ASCII_WORD_BYTES = bytes(
    ord(chr(c).lower()) if c < 128 and (chr(c).isalnum() or c == ord("_")) else ord(" ") for c in range(256)
)
_ASCII_STOPWORDS = frozenset(w.encode() for w in STOPWORDS if w.isascii())


# Most other blocks are in one 8-bit script: Western European (accents, '£', '°') or Cyrillic. Encoded
# in that script's single-byte code page, their words are cut by a byte table like ASCII's (the words of
# ``_WORD_RE`` over the lower-cased text), 2-3x cheaper than the regex, whose ``\\w`` asks Unicode's
# tables at every character. A byte whose character NFKC or casefold would change ('ß', 'µ', '½') leaves
# the block to ``Block._count``, which folds it.
_CODE_PAGES = ("cp1252", "cp1251")


def _code_page_table(codec: str) -> tuple[bytes, bytes, frozenset[bytes]]:
    """A code page's word table (word characters lower-cased, every other byte a space), its bytes that
    ``fold`` would change, and the stop words it can write."""
    table = bytearray(b" " * 256)
    unsafe = bytearray()
    for c in range(256):
        try:
            ch = bytes([c]).decode(codec)
        except UnicodeDecodeError:
            continue
        low = ch.lower()
        try:
            low_byte = low.encode(codec)
        except UnicodeEncodeError:
            unsafe.append(c)
            continue
        if unicodedata.normalize("NFKC", ch) != ch or ch.casefold() != low or len(low_byte) != 1:
            unsafe.append(c)
        elif low.isalnum() or low == "_":
            table[c] = low_byte[0]
    stops = frozenset(w.encode(codec) for w in STOPWORDS if _encodes(w, codec))
    return bytes(table), bytes(unsafe), stops


def _encodes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _charmaps(codec: str) -> tuple[Any, str]:
    """A code page's encoding map and decoding table, for ``codecs.charmap_encode``/``charmap_decode``
    called directly: ``str.encode(codec)`` looks the codec up in the registry and runs its Python
    ``encode`` on every call, which costs more than the encoding of a short line itself."""
    module = importlib.import_module(f"encodings.{codec}")
    return module.encoding_table, module.decoding_table


_CODE_PAGE_TABLES = tuple((*_charmaps(codec), *_code_page_table(codec)) for codec in _CODE_PAGES)


def _code_page_measures(text: str) -> tuple[int, str, float] | None:
    """Words, folded key and stop-word share of a text one code page writes, else None."""
    for encoding_map, decoding_table, table, unsafe, stops in _CODE_PAGE_TABLES:
        try:
            raw = codecs.charmap_encode(text, "strict", encoding_map)[0]
        except UnicodeEncodeError:
            continue
        if len(raw.translate(None, unsafe)) != len(raw):
            return None
        cut = raw.translate(table).split()
        words = len(cut)
        density = sum(map(stops.__contains__, cut)) / words if words else 0.0
        return words, codecs.charmap_decode(b" ".join(cut), "strict", decoding_table)[0], density
    return None


# The UTF-8 bytes each FOLD_NEUTRAL character takes beyond one.
_NEUTRAL_EXTRA_BYTES = tuple((c, len(c.encode()) - 1) for c in FOLD_NEUTRAL)


def neutral_utf8(text: str) -> bytes | None:
    """``text`` in UTF-8 if it is ASCII apart from FOLD_NEUTRAL characters, else None.

    Every character outside ASCII takes two or more bytes, so the text is such exactly when its UTF-8
    bytes beyond one a character are all the FOLD_NEUTRAL characters' own: counted with a C scan per kind
    present, on the encoding the words are cut from anyway. Deleting those characters to ask ``isascii``
    cost a copy of the text per kind; a text holding none of them is not encoded at all."""
    extra = 0
    for c, more in _NEUTRAL_EXTRA_BYTES:
        if c in text:
            extra += text.count(c) * more
    if not extra and not text.isascii():
        return None
    raw = text.encode()
    return raw if len(raw) == len(text) + extra else None


def ascii_but_neutral(text: str) -> bool:
    """Whether ``text`` is ASCII apart from FOLD_NEUTRAL characters (see ``neutral_utf8``)."""
    return neutral_utf8(text) is not None


@dataclass(slots=True, init=False)
class Block:
    """A unit of visible text, in reading order.

    ``tag``/``landmarks``/``link_density``/``attrs`` stay empty for text dumps; rules must treat empty
    evidence as "unknown", never as "not boilerplate".
    """

    index: int
    text: str
    # A blank line (text) or a block boundary that is not a soft line break (HTML) came before it.
    para_start: bool = True
    tag: str = ""
    heading: int = 0  # 1..6 when inside <hN>
    landmarks: frozenset[str] = frozenset()  # nav, header, footer, aside, form, article, main, ...
    attrs: str = ""  # lower-cased class/id words of the block and its ancestors, space-joined
    link_density: float = 0.0
    in_list: bool = False
    in_table: bool = False  # inside a table cell (HTML), a tab-separated row (dumps)
    # Repeated items (HTML only): ``item`` numbers the list of same-shaped elements the block sits in (a
    # product card of a grid, a row of a catalogue, a menu entry; 0: none) and ``item_no`` which copy.
    item: int = 0
    item_no: int = 0
    # Lists whose items are the same element (tag and class, numbers aside) share ``item_shape``: the
    # sections of a shop's page each holding a grid of the same product cards.
    item_shape: int = 0
    # Derived once in __init__.
    words: int = field(init=False, default=0)
    length: int = field(init=False, default=0)
    ends_sentence: bool = field(init=False, default=False)
    # The share of stop words (see ``stopword_density``); UNCOUNTED until asked for on a short ASCII line.
    _stops: float = field(init=False, default=0.0, repr=False, compare=False)
    # The folded text (see ``fold``) every phrase list and repeat test compares; folded once here because
    # a dozen rules look each block up.
    key: str = field(init=False, default="")
    # Looks like a sentence of running text: long enough, punctuated, with function words.
    is_prose: bool = field(init=False, default=False)

    def __init__(
        self,
        index: int,
        text: str,
        para_start: bool = True,
        tag: str = "",
        heading: int = 0,
        landmarks: frozenset[str] = frozenset(),
        attrs: str = "",
        link_density: float = 0.0,
        in_list: bool = False,
        in_table: bool = False,
        item: int = 0,
        item_no: int = 0,
        item_shape: int = 0,
    ) -> None:
        # Written by hand, not generated: the generated __init__ stores every derived field's default and
        # then calls __post_init__ to store it again. Every block of every page passes here (~180 a page),
        # so the measures are computed into locals and each field is written once; the common case, ASCII
        # text, needs no further method call.
        self.index = index
        self.text = text
        self.para_start = para_start
        self.tag = tag
        self.heading = heading
        self.landmarks = landmarks
        self.attrs = attrs
        self.link_density = link_density
        self.in_list = in_list
        self.in_table = in_table
        self.item = item
        self.item_no = item_no
        self.item_shape = item_shape
        length = self.length = len(text)
        ends = self.ends_sentence = length > 0 and text[-1] in TERMINAL_PUNCTUATION
        # The UTF-8 bytes of a text that is ASCII but for FOLD_NEUTRAL marks, else None.
        raw = None
        if length <= LONG_TEXT_CHARS:
            raw = text.encode() if text.isascii() else neutral_utf8(text)
        if raw is not None:
            # NFKC changes nothing and casefold is lower, so the folded key is the lower-cased words. Cut
            # at byte level (40 % faster than the regex): an ASCII word character is a letter, a digit or
            # '_', and the FOLD_NEUTRAL marks are no word characters, so their UTF-8 bytes (all >= 0x80)
            # turn into spaces like punctuation.
            cut = raw.translate(ASCII_WORD_BYTES).split()
            words = self.words = len(cut)
            self.key = b" ".join(cut).decode()
            if words >= PROSE_MIN_WORDS and (ends or words >= PROSE_MIN_WORDS_UNPUNCTUATED):
                density = self._stops = sum(map(_ASCII_STOPWORDS.__contains__, cut)) / words
                self.is_prose = density >= PROSE_MIN_STOPWORDS
            else:
                # Too short or unpunctuated for prose, whatever its stop words (85 % of a page's blocks):
                # they are counted if a reader asks (see ``stopword_density``).
                self._stops = UNCOUNTED
                self.is_prose = False
            return
        if length <= LONG_TEXT_CHARS and (measures := _code_page_measures(text)) is not None:
            words, self.key, density = measures
            self.words = words
            self._stops = density
        else:
            self.words = 0
            self._stops = 0.0
            self._count()
            words, density = self.words, self._stops
        # Asked by most rules of most blocks (600 times a page): a field, not a property.
        self.is_prose = (
            words >= PROSE_MIN_WORDS
            and (ends or words >= PROSE_MIN_WORDS_UNPUNCTUATED)
            and density >= PROSE_MIN_STOPWORDS
        )

    @property
    def stopword_density(self) -> float:
        """The share of the block's words that are stop words (STOPWORDS): running text has many, menus,
        names and data few. Counted on first ask for the short ASCII lines whose prose test did not need
        it; three readers ask, of a few lines each."""
        density = self._stops
        if density == UNCOUNTED:
            cut = self.text.encode().translate(ASCII_WORD_BYTES).split()
            density = self._stops = sum(map(_ASCII_STOPWORDS.__contains__, cut)) / len(cut) if cut else 0.0
        return density

    def _count(self) -> None:
        """Words, folded key and stop-word share of a giant or non-ASCII text."""
        text = self.text
        if len(text) > LONG_TEXT_CHARS:
            # A giant line (a minified page, a 50 MB dump without breaks): counted slice by slice so no
            # list of millions of words is ever held.
            words, stops = _word_stats(text)
            self.words = words
            self.key = fold(text)
            if words:
                self._stops = stops / words
            return
        low = text.lower()
        # Lower-casing the text, then cutting words, cuts the same words as the other way round for every
        # character but 'İ' (its lower case ends in a combining dot, which is no word character): one
        # regex pass instead of a lower() per word.
        lowered = _WORD_RE.findall(low) if "İ" not in text else [t.lower() for t in _WORD_RE.findall(text)]
        if "İ" not in text and low == text.casefold() and unicodedata.is_normalized("NFKC", text):
            # What ``fold`` does changes nothing here (accented Latin, Cyrillic, ...): same key.
            self.key = " ".join(lowered)
        else:
            self.key = fold(text)
        # One regex scan, not a prefilter ``max(text) >= "぀"``: max() compares the text character by
        # character as 1-character strings, creating one per non-Latin-1 character (~90 instructions a
        # character, 0.5 M a page of Cyrillic text), where the scan costs a sixth of that and finds none.
        cjk = len(_CJK_RE.findall(text))
        if cjk * 2 > len(text):
            # Chinese and Japanese write no spaces: a sentence is one \w+ run. Count about a word per
            # two characters, and their particles (の, は, 的, 了 ...) as the stop words.
            self.words = cjk // CJK_CHARS_PER_WORD + len(lowered)
            particles = sum(map(CJK_PARTICLES.__contains__, text))
            self._stops = min(1.0, particles * CJK_PARTICLE_WEIGHT / max(1, self.words))
            return
        self.words = len(lowered)
        if lowered:
            self._stops = sum(map(STOPWORDS.__contains__, lowered)) / len(lowered)


# jusText calls a block "short" below 70 characters; our prose test works on words so it also holds for
# languages with long compounds (German) and short words (English).
PROSE_MIN_WORDS = 8
PROSE_MIN_WORDS_UNPUNCTUATED = 25
PROSE_MIN_STOPWORDS = 0.12
# ``Block._stops`` of a line whose stop words are counted only when asked (no share is negative).
UNCOUNTED = -1.0


def normalize_space(text: str) -> str:
    """Collapse runs of whitespace (incl. NBSP and zero-width spaces) so equal text compares equal.
    Every block of a page passes here, so the common short text is joined inline, without the call to
    ``collapse_space``; and ASCII text (``isascii`` reads a flag of the string) holds no zero-width space,
    so it is not scanned for them."""
    if not text.isascii():
        text = text.replace("\u200b", "").replace("\ufeff", "")
    if len(text) <= LONG_TEXT_CHARS:
        return " ".join(text.split())
    return collapse_space(text)


@dataclass(slots=True)
class PageMeta:
    """What the page says about itself outside the visible text (HTML only; empty for text dumps).

    Metadata is evidence, not truth: fields prefer visible text and use this to break ties.
    """

    title_tag: str | None = None
    og_title: str | None = None
    site_name: str | None = None
    headline: str | None = None  # JSON-LD headline
    description: str | None = None
    published: str | None = None  # raw datetime strings, parsed by fields.date
    # Whether ``published`` came from a <meta> tag (OpenGraph article:published_time and kin) rather than
    # from JSON-LD or a <time> element: see fields.extract_fields for why the two weigh differently.
    published_in_meta_tag: bool = False
    # The declared last modification (article:modified_time, JSON-LD dateModified): the page's date of
    # last resort, when it shows and declares no publication date (see fields._settle_date).
    modified: str | None = None
    author: str | None = None
    author_link: str | None = None  # the text of the first link to an author's page that reads as a name
    author_item: str | None = None  # the visible name in the first schema.org microdata author
    lang: str | None = None
    url: str | None = None
    h1: tuple[str, ...] = ()
    # What the page's structured data (JSON-LD, OpenGraph) says it is about: a product for sale, an
    # article (any of the article-like types but a bare WebPage).
    product: bool = False
    article: bool = False
    # Whether JSON-LD declares a written piece (Article, NewsArticle, BlogPosting...). Stronger evidence
    # than ``article``: WordPress SEO plugins stamp og:type "article" on every single page, shop products
    # included, and an FAQ block on a product page declares Questions.
    story: bool = False
    # Whether the page states a price for sale in a <meta> tag (microdata's hidden itemprop="price", or
    # OpenGraph's product:price:amount): a shop's offer, whatever else the page declares or shows.
    offer: bool = False

    def product_page(self) -> bool:
        """Whether the page declares a product for sale and no written piece about it (a reviewer's test
        declares an Article too): the page is the shop's offer, the product is its content."""
        return self.product and not self.story

    def declared_titles(self) -> list[str]:
        """The page's own names for itself (JSON-LD headline, og:title, <title>), folded for comparison."""
        return [f for f in (fold(x) for x in (self.headline, self.og_title, self.title_tag) if x) if f]


def too_many_lines(max_lines: int) -> InputError:
    """The refusal both readers raise once a page has more than ``max_lines`` blocks."""
    return InputError(
        f"has more than {max_lines} lines (text blocks)",
        "raise --max-lines (each costs ~500 bytes of memory), or split the input",
    )


@dataclass(slots=True)
class Document:
    """The blocks of one input plus page metadata; the unit a rule looks at."""

    blocks: list[Block]
    kind: str  # "text" or "html"
    meta: PageMeta = field(default_factory=PageMeta)
    # The blocks mentioning copyright (``cleaner.rules.phrases.page_copyright_lines``), found on first need:
    # on dumps four rules and the site name ask, and the blocks' texts never change.
    copyright: list[Block] | None = field(default=None, repr=False, compare=False)
