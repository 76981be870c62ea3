"""Pins the metric definitions of ``../shared/datasets/README.md`` on hand-made pages.

The peers' reference numbers were computed with these exact rules; if an edge case drifts (how a
three-word page or an empty prediction counts), every table moves while no extractor changed.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

import pytest

from benchmarks import metrics as M
from benchmarks.peers import dump_to_html, lxml_block_text

# --- shingles ---------------------------------------------------------------------------------------


def test_tokens_keep_case_and_split_on_non_word() -> None:
    assert M.tokens("Hello, World! it's 2024") == ["Hello", "World", "it", "s", "2024"]


def test_shingles_of_long_text_are_word_4grams() -> None:
    assert M.shingles("a b c d e") == Counter({("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1})


def test_short_text_is_one_shingle_of_all_tokens() -> None:
    assert M.shingles("only three words") == Counter({("only", "three", "words"): 1})


def test_text_without_tokens_has_no_shingles() -> None:
    assert M.shingles("") == Counter()
    assert M.shingles(" — ... ") == Counter()
    assert M.shingles(None) == Counter()


def test_shingles_are_a_multiset() -> None:
    assert M.shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2


def test_page_counts_are_normalised_to_sum_one() -> None:
    page = M.shingle_page("a b c d e", "a b c d e f")
    # pred {abcd, bcde}; truth {abcd, bcde, cdef}: tp 2, fp 0, fn 1
    assert page.tp == pytest.approx(2 / 3)
    assert page.fp == 0
    assert page.fn == pytest.approx(1 / 3)
    assert page.precision == 1.0
    assert page.recall == pytest.approx(2 / 3)


def test_perfect_page_and_both_empty_page() -> None:
    assert M.shingle_page("x y z w", "x y z w").precision == 1.0
    both_empty = M.shingle_page("", "")
    assert (both_empty.precision, both_empty.recall) == (1.0, 1.0)
    assert not both_empty.pred_nonempty and not both_empty.truth_nonempty


def test_empty_prediction_counts_for_recall_only() -> None:
    page = M.shingle_page("", "one two three four five")
    assert not page.pred_nonempty
    assert page.truth_nonempty
    assert page.recall == 0.0


def test_disjoint_page_scores_zero() -> None:
    page = M.shingle_page("a b c d", "w x y z")
    assert (page.precision, page.recall) == (0.0, 0.0)


def test_case_matters_for_shingles() -> None:
    assert M.shingle_page("Alpha beta", "alpha beta").tp == 0


def test_corpus_means_are_over_nonempty_sets_and_f1_is_of_the_means() -> None:
    perfect = M.shingle_page("a b c d e", "a b c d e")  # P 1, R 1
    missed = M.shingle_page("", "a b c d e")  # no prediction: R 0, not in the P mean
    half = M.shingle_page("a b c d e", "a b c d")  # pred {abcd, bcde}, truth {abcd}: P .5, R 1
    spurious = M.shingle_page("a b c d", "")  # empty truth: P 0, not in the R mean
    corpus = M.corpus_shingle([perfect, missed, half, spurious])
    assert corpus.precision == pytest.approx((1 + 0.5 + 0) / 3)
    assert corpus.recall == pytest.approx((1 + 0 + 1) / 3)
    p, r = corpus.precision, corpus.recall
    assert corpus.f1 == pytest.approx(2 * p * r / (p + r))


def test_corpus_of_nothing_is_zero_not_an_error() -> None:
    assert M.corpus_shingle([]) == M.CorpusPRF(0.0, 0.0, 0.0)


# --- bag of words -----------------------------------------------------------------------------------


def test_bow_is_lowercased_multiset_f1() -> None:
    # pred: the x2, cat ; truth: the, cat, sat -> overlap the1 + cat1 = 2; P 2/3, R 2/3
    assert M.bow_f1("The the cat", "the cat sat") == pytest.approx(2 / 3)


def test_bow_empty_truth_rewards_only_empty_prediction() -> None:
    assert M.bow_f1("", "") == 1.0
    assert M.bow_f1("anything", "") == 0.0
    assert M.bow_f1("", "something") == 0.0


# --- snippets ---------------------------------------------------------------------------------------


def test_snippets_match_whitespace_normalised_substrings() -> None:
    out = "First  line\nsecond\tline here.\nMenu"
    c = M.snippet_counts(out, ["line second line", "missing"], ["Menu", "Login"])
    assert c == M.SnippetCounts(with_found=1, with_total=2, without_found=1, without_total=2)


def test_snippets_are_case_sensitive() -> None:
    assert M.snippet_counts("Home page", ["home"], []).with_found == 0


def test_snippet_micro_scores() -> None:
    total = M.SnippetCounts(3, 4, 1, 5) + M.SnippetCounts(1, 2, 0, 1)  # TP 4, FN 2, FP 1
    prf = M.snippet_prf(total)
    assert prf.precision == pytest.approx(4 / 5)
    assert prf.recall == pytest.approx(4 / 6)
    assert prf.f1 == pytest.approx(8 / (8 + 1 + 2))


# --- title / author -------------------------------------------------------------------------------


def test_title_normalisation_ignores_case_quotes_punctuation_and_width() -> None:
    assert M.title_exact("“Don’t Panic” — A Guide!", '"don\'t panic": a guide')
    assert M.title_exact("ＦＵＬＬ width", "full WIDTH")  # NFKC
    assert not M.title_exact("Don't Panic", "Do not panic")


def test_missing_title_is_never_exact() -> None:
    assert not M.title_exact(None, "A title")
    assert not M.title_exact("", "")


def test_title_close_is_token_f1_at_least_point_nine() -> None:
    gold = "one two three four five six seven eight nine ten"
    assert M.title_close(gold + " site", gold)  # P 10/11, R 1 -> F1 .952
    assert not M.title_close("one two three four five", gold)  # F1 .667


# --- date -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pred", "ok"),
    [
        ("2024-03-05", True),
        ("2024-03-05T23:10:00+02:00", True),
        (datetime(2024, 3, 5, 1, 2), True),
        (date(2024, 3, 5), True),
        ("2024-03-06", False),
        ("March 5, 2024", False),  # the contract asks for ISO days; anything else is a miss
        (None, False),
    ],
)
def test_date_is_exact_iso_day(pred: object, ok: bool) -> None:
    assert M.date_correct(pred, "2024-03-05") is ok


# --- speed and helpers ------------------------------------------------------------------------------


def test_docs_per_second() -> None:
    assert M.docs_per_second([0.5, 0.25, 0.25]) == pytest.approx(3.0)


def test_dump_is_wrapped_one_paragraph_per_nonempty_line_and_escaped() -> None:
    html = dump_to_html("Title\n\n  a < b & c  \n")
    assert "<p>Title</p>" in html
    assert "<p>a &lt; b &amp; c</p>" in html
    assert html.count("<p>") == 2


def test_block_text_keeps_blocks_on_their_own_lines() -> None:
    lxml_html = pytest.importorskip("lxml.html")  # comes with the optional bench group

    frag = lxml_html.fromstring("<div><h1>Head</h1><p>One <b>bold</b> word.</p><p>Two</p></div>")
    assert lxml_block_text(frag) == "Head\nOne bold word.\nTwo"
