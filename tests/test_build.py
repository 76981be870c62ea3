"""The compiled build (setup.py, mypyc) and its guard against stale extensions (cleaner/_build.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import cleaner.read.html
from cleaner import _build

REPO = Path(__file__).resolve().parent.parent
SUFFIX = ".cpython-311-x86_64-linux-gnu.so"


def _touch(path: Path, mtime: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("")
    os.utime(path, (mtime, mtime))
    return path


def test_a_source_edited_after_its_build_is_stale(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(_build.importlib.machinery, "EXTENSION_SUFFIXES", [SUFFIX])
    fresh = _touch(tmp_path / "blocks.py", 100)
    _touch(tmp_path / f"blocks{SUFFIX}", 200)
    edited = _touch(tmp_path / "read" / "html.py", 300)
    _touch(tmp_path / "read" / f"html{SUFFIX}", 200)
    _touch(tmp_path / "cli.py", 300)  # never compiled: not compared
    pairs = _build.compiled_modules(tmp_path)
    assert [source for source, _ in pairs] == [fresh, edited]
    assert _build.stale_modules(pairs) == [edited]


def test_compiled_modules_are_fresh() -> None:
    """An editable install compiles the modules beside their sources; an edit makes them stale. Cleaner
    then runs the sources (slower) and this test says how to compile again."""
    if os.environ.get(_build.PURE_ENV, "") not in ("", "0"):
        return
    stale = _build.stale_modules(_build.compiled_modules())
    assert not stale, f"{[str(s) for s in stale]} changed after they were compiled: {_build.REBUILD_HINT}"


def _imported_from(env: dict[str, str]) -> str:
    code = (
        "import cleaner.read.html, cleaner.rules; print(cleaner.read.html.__file__, cleaner.rules.__file__)"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True
    ).stdout


def test_pure_python_switch_imports_the_sources() -> None:
    out = _imported_from({**os.environ, _build.PURE_ENV: "1"})
    assert out.split() == [
        str(REPO / "cleaner" / "read" / "html.py"),
        str(REPO / "cleaner" / "rules" / "__init__.py"),
    ]


def test_version_names_the_build() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "cleaner", "--version"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    assert _build.describe() in out
    if _build.module_is_compiled(cleaner.read.html):
        assert "compiled by mypyc" in out
    else:
        assert "pure Python" in out


def test_extensions_without_their_library_fall_back_to_the_sources(tmp_path: Path, monkeypatch) -> None:
    """Extensions in a checkout whose environment never installed mypyc's library (an editable install
    made pure, then compiled from another venv) would fail to import: cleaner runs the sources and says
    why."""
    monkeypatch.setattr(_build, "SHARED_LIBRARY", "cleaner__mypyc_absent_for_this_test")
    monkeypatch.setattr(_build, "compiled_modules", lambda: [(tmp_path / "html.py", tmp_path / "html.so")])
    monkeypatch.setattr(_build, "stale_modules", lambda pairs: [])
    monkeypatch.setattr(_build, "_state", {"build": "pure Python", "problem": ""})
    monkeypatch.delenv(_build.PURE_ENV, raising=False)
    finders = list(sys.meta_path)
    monkeypatch.setattr(sys, "meta_path", finders)
    _build.choose()
    assert isinstance(finders[0], _build._SourceFinder)
    assert _build.describe().startswith("pure Python: the compiled modules' library")
