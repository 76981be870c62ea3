"""Block's derived measures and normalize_space: what every rule reads of every block."""

from __future__ import annotations

import re
import unicodedata

import pytest

from cleaner.blocks import FOLD_NEUTRAL, Block, fold, neutral_utf8, normalize_space


def test_block_measures_of_an_ascii_sentence() -> None:
    b = Block(3, "The cat sat on the mat, and then it went to sleep in the sun.")
    assert (b.index, b.words, b.length) == (3, 15, 61)
    assert b.key == "the cat sat on the mat and then it went to sleep in the sun"
    assert b.ends_sentence and b.is_prose
    assert round(b.stopword_density, 3) == round(9 / 15, 3)


def test_block_positional_and_keyword_evidence_agree() -> None:
    args = (7, "Home | News", False, "li", 0, frozenset({"nav"}), "menu-item menu", 0.9, True, False, 2, 3, 1)
    a = Block(*args)
    b = Block(
        index=7,
        text="Home | News",
        para_start=False,
        tag="li",
        heading=0,
        landmarks=frozenset({"nav"}),
        attrs="menu-item menu",
        link_density=0.9,
        in_list=True,
        in_table=False,
        item=2,
        item_no=3,
        item_shape=1,
    )
    assert a == b
    assert (a.tag, a.landmarks, a.attrs, a.item, a.item_no, a.item_shape) == (
        "li",
        {"nav"},
        "menu-item menu",
        2,
        3,
        1,
    )
    assert a.key == "home news" and a.words == 2 and not a.is_prose and not a.ends_sentence


def test_block_defaults_for_text_dumps() -> None:
    b = Block(0, "")
    assert (b.words, b.length, b.key, b.stopword_density, b.is_prose, b.ends_sentence) == (
        0,
        0,
        "",
        0.0,
        False,
        False,
    )
    assert b.para_start and b.tag == "" and b.landmarks == frozenset() and b.item == 0


def test_non_ascii_block_measures_match_the_ascii_ones() -> None:
    # Curly quotes take the ASCII path, accents and Cyrillic the general one: same kind of key either way.
    assert Block(0, "It’s “done” — finally…").key == "it s done finally"
    accented = Block(0, "Le café est très bon et la crème est fraîche, dit-il.")
    assert accented.key == "le café est très bon et la crème est fraîche dit il"
    assert accented.words == 12 and accented.is_prose


def test_normalize_space_drops_zero_width_characters_and_collapses_runs() -> None:
    assert normalize_space("  one \n\t two\u00a0 three ") == "one two three"
    assert normalize_space("Wo\u200brd\ufeff café") == "Word café"
    assert normalize_space("\u200b\ufeff") == ""


def test_html_indentation_makes_no_block_and_spaces_between_inline_elements_stay() -> None:
    from cleaner.read.html import read_html

    html = (
        "<html><body>\n  <div>\n    <p>\n      <a href='/a'>One</a> <b>two</b>\u00a0<i>three</i>\n    </p>\n"
        "    \u00a0\n    <p>Four</p>\n  </div>\n</body></html>"
    )
    assert [b.text for b in read_html(html).blocks] == ["One two three", "Four"]


def test_neutral_utf8_takes_only_text_ascii_but_for_neutral_marks() -> None:
    # Counted by UTF-8 bytes: a C1 control (two bytes, like '©') or 'é' besides a curly quote is no mark.
    assert neutral_utf8("It’s “done” — ©") == "It’s “done” — ©".encode()
    assert neutral_utf8("plain") == b"plain"
    assert neutral_utf8("café’s") is None
    assert neutral_utf8("a\u0098’b") is None
    assert neutral_utf8("a\u2000b—") is None
    assert neutral_utf8("Привет") is None


def test_code_page_blocks_match_the_general_word_rules() -> None:
    # Western European and Cyrillic lines cut through their code page's charmap: the \w+ words and key.
    french = Block(0, "L’été — « très » chaud.")
    assert french.key == "l été très chaud" and french.words == 4
    russian = Block(0, "Это — не всё, что он сказал.")
    assert russian.key == "это не всё что он сказал" and russian.words == 6


def _reference_fold(text: str) -> str:
    """``fold`` by its definition: NFKC, casefold, the ``\\w+`` words joined by single spaces."""
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


@pytest.mark.parametrize(
    "text",
    [
        "Share this:",
        "  Tabs\tand\nnew_lines 42  ",
        "",
        "!!!",
        "Café crème Ångström",
        "ﬁnancial ﬂow ǆ",  # ligatures: NFKC splits them into letters
        "ＦＵＬＬ－ｗｉｄｔｈ　２０２４",  # full-width letters, dash, ideographic space
        "İstanbul ISTANBUL ıi",  # Turkish dotted/dotless i: casefold adds a combining dot
        "Straße STRASSE ẞ",  # casefold turns ß into ss
        "price\u00a0€ 10\u00a0000",  # nbsp: a space under NFKC
        "It\u2019s \u201cquoted\u201d \u2013 done\u2026 \u00a9 2024 \u2022 menu",  # the ASCII fast path
        "e\u0301te\u0301 cafe\u0301",  # combining marks compose under NFKC
        "x\u00b2 \u00bd \u2460 \u00b5",  # superscript, vulgar fraction, circled digit, micro sign
        "Привет, МИР",
        "日本語のテキスト",
        "\u2019\u2018\u201c\u201d\u2013\u2014\u2026\u00a9\u2022",
    ],
)
def test_fold_equals_its_definition_on_tricky_text(text: str) -> None:
    assert fold(text) == _reference_fold(text)


def test_fold_fast_path_equals_its_definition_on_every_ascii_and_neutral_character() -> None:
    for ch in [chr(c) for c in range(128)] + list(FOLD_NEUTRAL):
        text = f"Ab{ch}Cd {ch} e{ch}"
        assert fold(text) == _reference_fold(text), repr(ch)
