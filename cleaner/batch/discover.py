"""Finding the inputs of a batch: folders walked recursively, explicit files, and path lists (--from).

Decisions made here and nowhere else:
- hidden entries (a name starting with ".") and non-regular files (FIFOs, sockets, devices) found while
  walking are skipped and counted, never read: a FIFO would block a worker forever;
- --include/--exclude globs apply to walked files, matched against the path relative to the walked root
  and against the bare name; a file named explicitly is taken as given;
- symlinks whose target lies outside the walked root are skipped (counted) unless ``follow_symlinks``,
  so a link to ``/`` inside a dump folder cannot make a batch read the whole disk; links to folders are
  only descended into when followed, with a guard against loops;
- the output location is never an input (``cleaner batch . -o cleaned/`` would otherwise eat itself);
- each input appears once, in a stable order (sorted walk), so reruns and --ordered are deterministic.
"""

from __future__ import annotations

import os
import stat
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Item:
    """One input: ``source`` is the path as the user gave or found it (the ``source`` key of the output),
    ``rel`` the relative path its mirrored output goes to."""

    source: str
    rel: str


@dataclass
class Discovery:
    items: list[Item] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> count
    missing: list[str] = field(default_factory=list)  # explicit inputs that do not exist


def _matches(rel: str, patterns: tuple[str, ...]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch(rel, p) or fnmatch(name, p) for p in patterns)


def _rel_of_explicit(path: str) -> str:
    """Mirror path for a file named directly: its own path, made relative and without '..' parts."""
    parts = [p for p in Path(path).parts if p not in ("/", "..", ".") and not p.endswith(":\\")]
    return "/".join(parts) or Path(path).name


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


class _Walker:
    def __init__(
        self,
        include: tuple[str, ...],
        exclude: tuple[str, ...],
        follow_symlinks: bool,
        avoid: tuple[str, ...],
        found: Discovery,
    ) -> None:
        self.include = include
        self.exclude = exclude
        self.follow = follow_symlinks
        self.avoid = avoid  # real paths never to read (the output)
        self.found = found

    def walk(self, root: str) -> Iterator[Item]:
        real_root = os.path.realpath(root)
        yield from self._walk_dir(root, real_root, "", real_root, {real_root})

    def _walk_dir(self, path: str, real: str, rel: str, real_root: str, seen: set[str]) -> Iterator[Item]:
        """Walk the folder ``path``, whose resolved path is ``real``: an entry that is not a symlink then
        resolves to ``real/name`` without a realpath call (an lstat per path component, per file, and per
        avoided path: serial work the parent did before any worker could start)."""
        try:
            with os.scandir(path) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            self.found.skipped["unreadable folder"] += 1
            return
        for e in entries:
            child_rel = f"{rel}/{e.name}" if rel else e.name
            if e.name.startswith("."):
                self.found.skipped["hidden"] += 1
                continue
            link = os.path.realpath(e.path) if e.is_symlink() else None
            if link is not None:
                if any(_inside(link, a) for a in self.avoid):
                    continue
                if not self.follow and not _inside(link, real_root):
                    self.found.skipped["symlink out of the input folder"] += 1
                    continue
            try:
                st = e.stat(follow_symlinks=True)
            except OSError:
                self.found.skipped["broken symlink" if link is not None else "unreadable"] += 1
                continue
            if stat.S_ISDIR(st.st_mode):
                if link is not None and not self.follow:
                    # A link to a folder inside the root: its files are reached by the plain walk.
                    self.found.skipped["symlinked folder (use --follow-symlinks)"] += 1
                    continue
                real_dir = link or os.path.join(real, e.name)
                if real_dir in seen or any(_inside(real_dir, a) for a in self.avoid):
                    continue
                yield from self._walk_dir(e.path, real_dir, child_rel, real_root, seen | {real_dir})
            elif stat.S_ISREG(st.st_mode):
                if self.include and not _matches(child_rel, self.include):
                    self.found.skipped["not included"] += 1
                    continue
                if self.exclude and _matches(child_rel, self.exclude):
                    self.found.skipped["excluded"] += 1
                    continue
                if link is None and self.avoid:
                    real_file = os.path.join(real, e.name)
                    if any(_inside(real_file, a) for a in self.avoid):
                        continue
                yield Item(e.path, child_rel)
            else:
                self.found.skipped["not a regular file"] += 1


def read_path_list(source: str) -> Iterator[str]:
    """Paths from a file or stdin ('-'), one per line (as `find` prints them); blank lines ignored."""
    fh = sys.stdin if source == "-" else open(source, encoding="utf-8", errors="surrogateescape")  # noqa: SIM115
    try:
        for line in fh:
            path = line.rstrip("\r\n")
            if path.strip():
                yield path
    finally:
        if fh is not sys.stdin:
            fh.close()


def discover(
    inputs: Iterable[str],
    *,
    include: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
    follow_symlinks: bool = False,
    avoid: Iterable[str] = (),
) -> Discovery:
    """Expand ``inputs`` (folders, files) into the batch's items; ``avoid`` are paths never to read."""
    found = Discovery()
    walker = _Walker(include, exclude, follow_symlinks, tuple(os.path.realpath(a) for a in avoid), found)
    seen: set[str] = set()

    def add(item: Item) -> None:
        if item.source not in seen:
            seen.add(item.source)
            found.items.append(item)

    for raw in inputs:
        path = os.path.normpath(raw) if raw not in ("", "-") else raw
        try:
            st = os.stat(path)
        except OSError:
            # Recorded as a failure by the batch (it was asked for), not silently skipped.
            found.missing.append(raw)
            continue
        if stat.S_ISDIR(st.st_mode):
            for item in walker.walk(path):
                add(item)
        elif stat.S_ISREG(st.st_mode):
            add(Item(path, _rel_of_explicit(path)))
        else:
            found.skipped["not a regular file"] += 1
    return found
