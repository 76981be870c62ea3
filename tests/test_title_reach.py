"""benchmarks.title_reach says where a gold title stands in the input; the ceiling it prints decides
whether a title target can be met at all, so each place is pinned on a small written input."""

from __future__ import annotations

from benchmarks.title_reach import (
    ACROSS_LINES,
    INSIDE_LINE,
    METADATA_ONLY,
    NOWHERE,
    WHOLE_LINE,
    declared_titles,
    where_title,
)

LINES = ["Home  News  Sport", "Council approves riverside park", "The Daily Example: Park plans", "Weather"]


def test_gold_as_a_line_is_found_whatever_its_case_and_punctuation() -> None:
    assert where_title("council approves riverside park!", LINES) == WHOLE_LINE


def test_gold_inside_a_line_matches_whole_words_only() -> None:
    assert where_title("Park plans", LINES) == INSIDE_LINE
    assert where_title("ark plans", LINES) == NOWHERE


def test_gold_wrapped_over_two_lines_is_across_lines() -> None:
    assert where_title("Sport Council approves", LINES) == ACROSS_LINES


def test_gold_only_in_the_declared_title_or_one_of_its_parts() -> None:
    declared = ["Riverside park wins the vote | The Daily Example"]
    assert where_title("Riverside park wins the vote", LINES, declared) == METADATA_ONLY
    assert where_title("Riverside park wins the vote | The Daily Example", LINES, declared) == METADATA_ONLY
    assert where_title("A title nobody printed", LINES, declared) == NOWHERE


def test_declared_titles_read_title_and_social_cards() -> None:
    html = (
        "<html><head><title>Doc title</title><meta property='og:title' content='Card title'>"
        "<meta name='twitter:title' content=''></head><body><p>x</p></body></html>"
    )
    assert declared_titles(html) == ["Doc title", "Card title"]
