"""Shared test helpers: where the shared data lives (absent on some machines: tests skip, with a reason)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLEANER_SHARED", REPO.parent / "shared"))
SEED = SHARED / "seed"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def seed_dir() -> Path:
    if not (SEED / "asian-nato.txt").exists():
        pytest.skip(f"seed not found at {SEED} (set CLEANER_SHARED to the shared folder)")
    return SEED


def pytest_report_header() -> str:
    """Which build the tests run: compiled by mypyc or the Python sources (see cleaner/_build.py)."""
    from cleaner import _build

    return f"cleaner build: {_build.describe()}"
