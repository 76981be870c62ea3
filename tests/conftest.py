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
