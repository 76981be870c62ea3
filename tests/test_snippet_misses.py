"""benchmarks.snippet_misses names the cause of each missed must-have snippet; a wrong cause sends a
developer to study the wrong rule, so each kind of cause is pinned on a small written page."""

from __future__ import annotations

from benchmarks.snippet_misses import NEVER_READ, SPANS, TYPOGRAPHY, where_missed
from cleaner.config import Config
from cleaner.pipeline import judge

_PARA = (
    "<p>The council voted on Monday to turn the old riverside warehouses into a public park, ending a "
    "debate that had run for years and split the neighbourhood’s residents into two loud camps.</p>"
)
PAGE = (
    "<html><head><title>Council approves riverside park - The Daily Example</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
    f"<main><article><h1>Council approves riverside park</h1>{_PARA * 3}</article></main>"
    "<script>var data = {'teaser': 'Text only a script renders'};</script>"
    "</body></html>"
)


def _cause(snippet: str) -> str | None:
    judged = judge(PAGE, Config(input_format="html"))
    return where_missed(judged, "\n".join(judged.paragraphs()), snippet)


def test_found_snippet_has_no_cause() -> None:
    assert _cause("turn the old riverside warehouses into a public park") is None


def test_straight_quotes_in_the_gold_are_typography_not_a_rule() -> None:
    assert _cause("split the neighbourhood's residents") == TYPOGRAPHY


def test_dropped_block_is_blamed_on_its_rule() -> None:
    assert _cause("Sport") == "drop_html_landmarks"


def test_headline_is_reported_as_the_title_field() -> None:
    assert _cause("Council approves riverside park") == "title"


def test_gold_line_joining_blocks_is_reported_as_spanning_them() -> None:
    assert _cause("Council approves riverside park - The council voted on Monday") == SPANS + "title"
    assert _cause("Intro: " + _PARA[3:-4].replace("’", "'")) == SPANS + "kept"


def test_script_text_was_never_read() -> None:
    assert _cause("Text only a script renders") == NEVER_READ
