"""Golden cases: hand-written pages in the shapes real ones take, each beside its expected article.

``tests/fixtures/NAME.txt`` (or ``NAME.html``) is the input and ``NAME.expected.json`` is what a careful
human would extract from it: every schema key, ``null`` where a field is genuinely absent. The expected
files are the specification; when the tool disagrees, fix the tool (or, for a rule that does not exist
yet, list the case in ``XFAIL`` with the missing rule as the reason), never the expectation.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

import pytest

import cleaner
from cleaner.article import FIELDS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
INPUT_SUFFIXES = (".txt", ".html")
# Every key of the JSON schema except ``source`` (the input path, which a fixture cannot know).
EXPECTED_KEYS = [k for k in FIELDS if k != "source"] + ["is_article"]
# Fixtures whose expectation needs a rule the cleaner does not have yet: NAME -> the missing rule.
XFAIL: dict[str, str] = {
    "listing-page": "no rule for pages that are not articles: teaser headlines, their dates and a newsletter "
    "blurb are still taken as title, date and paragraphs instead of the section heading and no body",
    "no-date-guide": "a section kicker ('Plant Care Guides') directly above the headline is taken as the "
    "title, and a standfirst written as full sentences is kept as the first body paragraph",
}


def _inputs() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.suffix in INPUT_SUFFIXES)


def _expected_path(page: Path) -> Path:
    return page.with_name(page.stem + ".expected.json")


def _load_expected(page: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_expected_path(page).read_text(encoding="utf-8"))
    return data


def _params(*, with_xfail: bool) -> list[Any]:
    out = []
    for page in _inputs():
        marks = []
        if with_xfail and page.stem in XFAIL:
            marks.append(pytest.mark.xfail(strict=True, reason=XFAIL[page.stem]))
        out.append(pytest.param(page, id=page.stem, marks=marks))
    return out


def _field_diff(key: str, expected: Any, actual: Any) -> str:
    if isinstance(expected, list) and isinstance(actual, list):
        lines = difflib.unified_diff(
            [str(x) for x in expected], [str(x) for x in actual], "expected", "actual", lineterm="", n=1
        )
        return f"{key}:\n" + "\n".join(lines)
    return f"{key}:\n  expected {expected!r}\n  actual   {actual!r}"


def test_there_are_enough_golden_cases() -> None:
    assert len(_inputs()) >= 15


@pytest.mark.parametrize("page", _params(with_xfail=False))
def test_every_input_has_an_expected_file_with_exactly_the_schema_keys(page: Path) -> None:
    assert _expected_path(page).exists(), f"{page.name} has no {_expected_path(page).name}"
    expected = _load_expected(page)
    assert sorted(expected) == sorted(EXPECTED_KEYS)
    assert isinstance(expected["paragraphs"], list)
    assert isinstance(expected["is_article"], bool)
    for key in ("title", "subtitle", "date", "author", "site", "language"):
        assert expected[key] is None or (isinstance(expected[key], str) and expected[key].strip()), key


def test_no_expected_file_without_an_input() -> None:
    stems = {p.stem for p in _inputs()}
    orphans = [
        p.name for p in FIXTURES.glob("*.expected.json") if p.name[: -len(".expected.json")] not in stems
    ]
    assert orphans == []


@pytest.mark.parametrize("page", _params(with_xfail=True))
def test_fixture_is_cleaned_as_a_careful_human_would(page: Path) -> None:
    expected = _load_expected(page)
    actual = cleaner.clean(page.read_bytes()).to_dict()
    diffs = [_field_diff(k, expected[k], actual[k]) for k in EXPECTED_KEYS if actual[k] != expected[k]]
    assert not diffs, f"{page.name}: {len(diffs)} field(s) differ\n" + "\n".join(diffs)


def _settled() -> list[Any]:
    """Fixtures whose first cleaning is right: idempotence is pinned on correct output, not on known misses."""
    return [p for p in _params(with_xfail=False) if p.id not in XFAIL]


@pytest.mark.parametrize("page", _settled())
def test_cleaning_the_text_output_again_changes_nothing(page: Path) -> None:
    first = cleaner.clean(page.read_bytes())
    again = cleaner.clean(first.to_text(), input_format="text")
    for key in ("title", "subtitle", "date", "paragraphs"):
        assert getattr(again, key) == getattr(first, key), key


@pytest.mark.parametrize("page", _settled())
def test_cleaning_clean_paragraphs_changes_nothing(page: Path) -> None:
    paragraphs = cleaner.clean(page.read_bytes()).paragraphs
    again = cleaner.clean("\n\n".join(paragraphs), input_format="text")
    assert again.paragraphs == paragraphs
