"""Which build of cleaner runs: modules compiled by mypyc (see setup.py) or their Python sources.

An editable install compiles the modules beside their sources, and Python's import prefers an extension
(``html.cpython-311-x86_64-linux-gnu.so``) to the ``.py`` file next to it: an edited module would run its
old compiled code, silently. So before any other module of the package is imported, ``choose`` compares
each compiled module with its source; when one is older than its source (or ``CLEANER_PURE_PYTHON=1`` is
set), every module of the package is imported from its ``.py`` file, with a one-line warning for the stale
case. All or none: compiled modules call each other in C, past ``sys.modules``, so a fresh source next to
compiled callers would still not run. This module itself is never compiled.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PURE_ENV = "CLEANER_PURE_PYTHON"
PACKAGE_DIR = Path(__file__).resolve().parent
# mypyc's shared library for all compiled modules (setup.py's group_name "cleaner").
SHARED_LIBRARY = "cleaner__mypyc"
REBUILD_HINT = f"rerun `pip install -e .` to compile them again, or set {PURE_ENV}=1 to run the sources"

# What ``choose`` decided, for ``describe`` (``cleaner --version``) and the test suite's header.
_state = {"build": "pure Python", "problem": ""}


def compiled_modules(package_dir: Path = PACKAGE_DIR) -> list[tuple[Path, Path]]:
    """(source, extension) of every module of the package that has a compiled extension beside it."""
    pairs = []
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        for ext in package_dir.rglob(f"*{suffix}"):
            source = ext.with_name(ext.name[: -len(suffix)] + ".py")
            if source.exists():
                pairs.append((source, ext))
    return sorted(pairs)


def stale_modules(pairs: Sequence[tuple[Path, Path]]) -> list[Path]:
    """The sources edited after their module was compiled."""
    return [source for source, ext in pairs if source.stat().st_mtime > ext.stat().st_mtime]


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Imports the package's modules from their ``.py`` files, even where an extension sits beside one."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(f"{__package__}.") or not path:
            return None
        name = fullname.rpartition(".")[2]
        for folder in path:
            package = Path(folder) / name / "__init__.py"
            if package.exists():
                return importlib.util.spec_from_file_location(
                    fullname, package, submodule_search_locations=[str(package.parent)]
                )
            module = Path(folder) / f"{name}.py"
            if module.exists():
                return importlib.util.spec_from_file_location(fullname, module)
        return None


def choose() -> None:
    """Import the package's modules compiled, or from their sources when asked to or when a compiled one
    is stale (see the module's docstring). Called by ``cleaner/__init__.py`` before it imports the rest.

    Only a checkout's sources (setup.py beside the package: an editable install) can change after their
    build; an installed wheel's files get their times from unpacking, in any order, so they are not
    compared."""
    pairs = compiled_modules()
    if not pairs:
        return
    if os.environ.get(PURE_ENV, "") not in ("", "0"):  # asked for the sources: nothing to warn about
        sys.meta_path.insert(0, _SourceFinder())
        return
    stale = stale_modules(pairs) if (PACKAGE_DIR.parent / "setup.py").exists() else []
    if stale:
        names = ", ".join(str(s.relative_to(PACKAGE_DIR.parent)) for s in stale[:3])
        more = f" and {len(stale) - 3} more" if len(stale) > 3 else ""
        _state["problem"] = f"{names}{more} changed after it was compiled"
    elif importlib.util.find_spec(SHARED_LIBRARY) is None:
        # The extensions sit in the checkout, but this environment's install predates them (an editable
        # install made pure, then compiled from another environment): they cannot load their library.
        _state["problem"] = f"the compiled modules' library {SHARED_LIBRARY} is not installed here"
    if _state["problem"]:
        print(
            f"cleaner: {_state['problem']}; running the Python sources (slower): {REBUILD_HINT}",
            file=sys.stderr,
        )
        sys.meta_path.insert(0, _SourceFinder())
        return
    _state["build"] = f"compiled by mypyc ({len(pairs)} modules)"


def describe() -> str:
    """The build that runs, as ``cleaner --version`` shows it."""
    if _state["problem"]:
        return f"pure Python: {_state['problem']}; {REBUILD_HINT}"
    return _state["build"]


def module_is_compiled(module: ModuleType) -> bool:
    """Whether ``module`` was loaded from a compiled extension."""
    return (module.__file__ or "").endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
