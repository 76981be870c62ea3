"""The dump the project started from must come out exactly as the expected result, field by field."""

from __future__ import annotations

import json
from pathlib import Path

import cleaner


def test_seed_matches_expected_field_by_field(seed_dir: Path) -> None:
    expected = json.loads((seed_dir / "asian-nato.expected.json").read_text(encoding="utf-8"))
    article = cleaner.clean((seed_dir / "asian-nato.txt").read_bytes()).to_dict()
    for key in ("title", "subtitle", "date", "site"):
        assert article[key] == expected[key], key
    assert len(article["paragraphs"]) == 17
    assert article["paragraphs"] == expected["paragraphs"]


def test_bundled_example_is_the_seed(seed_dir: Path) -> None:
    bundled = Path(__file__).resolve().parent.parent / "examples" / "news-dump.txt"
    assert bundled.read_bytes() == (seed_dir / "asian-nato.txt").read_bytes()
