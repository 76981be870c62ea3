"""Property-based tests: generated text dumps and HTML pages never crash the cleaner, never make it invent
text, clean to a fixpoint, and always render to JSON with every key.

Why properties: a cleaner runs unattended on whatever a scraper saved, and no list of examples covers
that. Profiles: ``ci`` (default; ``CLEANER_FUZZ_EXAMPLES`` examples per test, 200 unless set) keeps CI fast;
``HYPOTHESIS_PROFILE=long`` runs 25,000 per test unless ``CLEANER_FUZZ_EXAMPLES`` says otherwise; it
was run once for the record with 100,000 cases in all (see benchmarks/README.md).
"""

from __future__ import annotations

import json
import os
import re
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import clean
from cleaner.article import FIELDS, Article
from cleaner.blocks import normalize_space
from cleaner.errors import CleanerError
from cleaner.formats import render
from cleaner.read.detect import repair_mojibake
from cleaner.rules.phrases import ADS, CHROME, CONSENT_BUTTONS, PLAYER, SECTION_ENDS, SOCIAL

settings.register_profile(
    "ci",
    max_examples=int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "200")),
    deadline=None,
    # The same cases on every CI run: a red CI means a change broke something, not that the dice rolled
    # onto a known open issue; new cases come from the long runs (benchmarks/fuzz_long.py).
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long",
    max_examples=int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "25000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

WORDS = (
    "the of and a to in is was that for it on with as by he she they council park city river said year "
    "people new old plan work public would could after before over under between during about mayor "
    "Lois Lane Daily Planet Monday March 2025 12 comments Share Facebook related news more"
).split()
PHRASES = sorted(CHROME | SOCIAL | ADS | PLAYER | SECTION_ENDS | CONSENT_BUTTONS)

word = st.sampled_from(WORDS)
sentence = st.builds(
    lambda ws, end: " ".join(ws).capitalize() + end,
    st.lists(word, min_size=1, max_size=40),
    st.sampled_from([".", "!", "?", "", ":", "…"]),
)
junk = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60)
line = st.one_of(
    sentence,
    sentence,
    st.sampled_from(PHRASES),
    st.sampled_from(["", " ", "\t", "Home > News > World", "[12]Home [13]News", "0:00 / 2:31", "© 2025"]),
    st.sampled_from(["By Lois Lane", "Monday, 3 March 2025", "Updated 4 March 2025", "* item", "- item"]),
    junk,
)
dump = st.lists(line, max_size=60).map("\n".join)

# HTML: a tree of elements whose text leaves are known, so the output can be checked against them.
TAGS = [
    "div",
    "p",
    "span",
    "a",
    "b",
    "i",
    "nav",
    "footer",
    "aside",
    "article",
    "main",
    "h1",
    "h2",
    "ul",
    "li",
    "section",
    "header",
    "figure",
    "figcaption",
    "blockquote",
    "pre",
]
leaf_text = st.one_of(sentence, st.sampled_from(PHRASES), st.text(alphabet="abc xyz.,", max_size=20))
attrs = st.sampled_from(
    [
        "",
        ' class="share"',
        ' class="content"',
        ' id="comments"',
        " hidden",
        ' style="display:none"',
        ' role="navigation"',
        ' class="article-body"',
    ]
)


def _html_tree(children: st.SearchStrategy[list[tuple[str, str, list]]]) -> st.SearchStrategy:  # type: ignore[type-arg]
    return st.tuples(st.sampled_from(TAGS), attrs, children)


node = st.recursive(
    leaf_text.map(lambda t: ("#text", "", t)),
    lambda kids: _html_tree(st.lists(kids, max_size=6)),
    max_leaves=40,
)


def _render(n: tuple, texts: list[str]) -> str:  # type: ignore[type-arg]
    """HTML of the tree; ``texts`` gets every text leaf in document order."""
    tag, attr, content = n
    if tag == "#text":
        texts.append(content)
        return content
    return f"<{tag}{attr}>" + "".join(_render(c, texts) for c in content) + f"</{tag}>"


def _made_of_leaves(paragraph: str, leaves: list[str]) -> bool:
    """Is ``paragraph`` (spaces ignored) whole text leaves of the input, in input order, with some left out?

    Leaving some out is allowed because hidden elements show nothing (their neighbours' text runs together,
    as in innerText) and the HTML parser decides which elements really are inside a hidden one.
    """
    target = _SPACE_RE.sub("", paragraph)
    reach = {0}
    for leaf in leaves:
        piece = _SPACE_RE.sub("", leaf)
        if piece:
            reach |= {r + len(piece) for r in reach if target.startswith(piece, r)}
    return len(target) in reach


@st.composite
def page(draw: st.DrawFn) -> tuple[str, list[str]]:
    nodes = draw(st.lists(node, max_size=8))
    texts: list[str] = []
    body = "".join(_render(n, texts) for n in nodes)
    title = draw(st.one_of(st.just(""), sentence))
    html = f"<!doctype html><html><head><title>{title}</title></head><body>{body}</body></html>"
    return html, texts


# Cases run per property, for benchmarks/fuzz_long.py's progress lines (hypothesis reports only at the end).
CASES: dict[str, int] = {}


def _count(name: str) -> None:
    CASES[name] = CASES.get(name, 0) + 1


_LYNX_REF_RE = re.compile(r"\[\d{1,4}\]")
_SPACE_RE = re.compile(r"\s+")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]+")  # dropped by the pipeline, as invisible


def _clean_or_refuse(data: str, **kw: str) -> Article | None:
    """The only failure allowed on text is a one-line refusal (mostly-control-character junk)."""
    try:
        return clean(data, **kw)
    except CleanerError:
        return None


def _check_json(article: Article) -> None:
    for fmt in ("json", "jsonl"):
        data = json.loads(render(article, fmt))
        assert list(data)[: len(FIELDS)] == list(FIELDS)
        assert "is_article" in data
        assert all(isinstance(p, str) and p for p in data["paragraphs"])


@given(dump)
def test_text_dump_output_comes_from_input_and_renders(text: str) -> None:
    _count("test_text_dump_output_comes_from_input_and_renders")
    article = _clean_or_refuse(text, input_format="text")
    if article is None:
        return
    # The pipeline undoes a double UTF-8 decode ('Ã\x80' for 'À') before the readers see the text.
    source = normalize_space(_LYNX_REF_RE.sub(" ", _CONTROL_RE.sub("", repair_mojibake(text))))
    for p in article.paragraphs:
        assert p == normalize_space(p)
        assert p in source
    _check_json(article)


@given(page())
def test_html_output_comes_from_input_and_renders(generated: tuple[str, list[str]]) -> None:
    _count("test_html_output_comes_from_input_and_renders")
    html, texts = generated
    article = _clean_or_refuse(html, input_format="html")
    assert article is not None
    for p in article.paragraphs:
        assert _made_of_leaves(p, texts), p
    _check_json(article)


@given(st.one_of(dump, page().map(lambda g: g[0])))
def test_cleaning_twice_changes_nothing(data: str) -> None:
    _count("test_cleaning_twice_changes_nothing")
    first = _clean_or_refuse(data)
    if first is None:
        return
    second = clean(first.to_text(), input_format="text")
    third = clean(second.to_text(), input_format="text")
    # The text, whichever field holds it: on degenerate pages the headline picker may move a line between
    # the title and the paragraphs from one pass to the next (a dump's first line is more often a masthead
    # than a headline, and the text format writes the title first). So may the standfirst: the text format
    # writes it right under the title, and on a page that tells no story (no date, no byline) a standfirst
    # there opens the text (cleaner.rules.structure.page_opening) while one under a headline that kept
    # text preceded stayed the subtitle. Nothing may be lost or invented, and the paragraphs keep their
    # reading order apart from the lines that moved.
    assert sorted(_texts(third)) == sorted(_texts(second))
    assert _paragraphs_but(third, second.title, second.subtitle) == _paragraphs_but(
        second, third.title, third.subtitle
    )


def _texts(article: Article) -> list[str]:
    return [x for x in (article.title, article.subtitle, *article.paragraphs) if x]


def _paragraphs_but(article: Article, *moved: str | None) -> list[str]:
    return [p for p in article.paragraphs if p not in moved]


@given(st.binary(max_size=2000))
def test_any_bytes_give_an_article_or_one_line_refusal(data: bytes) -> None:
    _count("test_any_bytes_give_an_article_or_one_line_refusal")
    try:
        article = clean(data)
    except CleanerError as exc:
        assert "\n" not in str(exc) and str(exc).count(";") >= 1
        return
    _check_json(article)


def test_cleaning_a_page_leaves_no_reference_cycles() -> None:
    """Everything one page builds is freed by reference counting when ``clean`` returns. A cycle per
    element shape (contexts that knew their children) used to leave hundreds of objects per page to the
    cyclic garbage collector, whose passes cost a tenth of the run on a batch of pages."""
    import gc

    with open(
        os.path.join(os.path.dirname(__file__), "fixtures", "html-landmarks.html"), encoding="utf-8"
    ) as f:
        page = f.read()
    clean(page, input_format="html")  # first call: lazy imports and caches, which live on
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            clean(page, input_format="html")
        assert gc.collect() == 0
    finally:
        gc.enable()


_NEUTRAL = ["\u2019", "\u201c", "\u201d", "\u2013", "\u2014", "\u2026", "\u00a9"]
_ASCII_AND_NEUTRAL = st.lists(
    st.sampled_from(
        [*"abcXYZ019_ .,;:!?'\"()-/@#&*", *_NEUTRAL, "the ", "The ", "AND ", "und ", "of ", "x2 "]
    ),
    max_size=80,
).map("".join)


def _general_fold(text: str) -> str:
    """What ``fold`` means, without its byte-level fast path: the \\w+ words of the NFKC-normalised,
    case-folded text."""
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


def _assert_block_measures_follow_the_word_rules(text: str) -> None:
    """A block's words, folded key, stop-word share and prose verdict are those the general \\w+ rules
    give, whichever fast path cut it."""
    from cleaner.blocks import STOPWORDS, Block, fold

    text = normalize_space(text)
    block = Block(index=0, text=text)
    words = re.findall(r"\w+", text.lower())
    assert block.words == len(words)
    assert block.key == fold(text) == _general_fold(text)
    expected = sum(w in STOPWORDS for w in words) / len(words) if words else 0.0
    assert block.stopword_density == expected
    prose = block.words >= 8 and (block.ends_sentence or block.words >= 25) and expected >= 0.12
    assert block.is_prose == prose


@given(_ASCII_AND_NEUTRAL)
def test_block_counts_on_ascii_text_agree_with_the_unicode_word_rules(text: str) -> None:
    """ASCII lines (and those whose only other characters are neutral punctuation) are cut into words at
    byte level for speed; they must give the words, folded key and stop words the general \\w+ rules give."""
    _assert_block_measures_follow_the_word_rules(text)


# Characters whose UTF-8 bytes are those of the FOLD_NEUTRAL marks, or of their lead byte (C1 controls,
# Latin-1, the general punctuation block): what the byte count in ``neutral_utf8`` must not mistake for them.
_NEAR_NEUTRAL = st.lists(
    st.one_of(
        st.sampled_from([*"ab .", *_NEUTRAL, "\u2018", "\u2022"]),
        st.characters(min_codepoint=0x80, max_codepoint=0xFF),
        st.characters(min_codepoint=0x2000, max_codepoint=0x20FF),
    ),
    max_size=40,
).map("".join)


@given(_NEAR_NEUTRAL)
def test_neutral_utf8_is_exactly_ascii_but_fold_neutral(text: str) -> None:
    """``neutral_utf8`` tests by counting UTF-8 bytes; it must accept exactly the texts that are ASCII
    once the FOLD_NEUTRAL marks are removed, and give their UTF-8 bytes."""
    from cleaner.blocks import FOLD_NEUTRAL, neutral_utf8

    expected = "".join(c for c in text if c not in FOLD_NEUTRAL).isascii()
    assert neutral_utf8(text) == (text.encode() if expected else None)


@given(st.one_of(_NEAR_NEUTRAL, _ASCII_AND_NEUTRAL))
def test_fold_fast_path_agrees_with_the_general_rule(text: str) -> None:
    """``fold`` cuts text that is ASCII but for FOLD_NEUTRAL marks at byte level; the key must be the one
    NFKC, casefold and \\w+ give, and other text keeps that general path."""
    from cleaner.blocks import fold

    assert fold(text) == _general_fold(text)


_CODE_PAGE_CHARS = sorted(
    {c for page in ("cp1252", "cp1251") for c in bytes(range(256)).decode(page, errors="ignore")}
)
_CODE_PAGE_TEXT = st.lists(
    st.sampled_from([*_CODE_PAGE_CHARS, "für ", "été ", "для ", "и ", "the ", "ß", "µ", "½"]), max_size=80
).map("".join)


@given(_CODE_PAGE_TEXT)
def test_block_counts_on_code_page_text_agree_with_the_unicode_word_rules(text: str) -> None:
    """Western European and Cyrillic lines are cut into words through their 8-bit code page for speed;
    they must give the words, folded key and stop words the general \\w+ rules give, those with a
    character folding would change ('ß', '½') included."""
    _assert_block_measures_follow_the_word_rules(text)
