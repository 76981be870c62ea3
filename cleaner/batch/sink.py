"""Where results go, and how a rerun knows what is already done. Only the parent process writes.

Two shapes:
- ``MirrorSink``: one file per input under the output folder (``<out>/<relative path>.<fmt suffix>``, a
  trailing ``.gz`` dropped), each written atomically (temp file + fsync + rename): a file exists whole or
  not at all, so "done" is simply "its output file exists".
- ``JsonlSink``: one JSON Lines file. Each line is written and flushed as its result arrives; then its
  ``source`` is appended to the done-list (``<out>.done``). On open (resume) the JSON Lines file itself is
  the truth: it is read line by line, the first incomplete or invalid line and everything after it are
  cut off (a run killed mid-line, or a power loss that left zeros), and the done-list is rewritten
  atomically from the sources that remain. So a document is never duplicated and never lost: a crash
  between writing a line and recording it only means the line is recognised on resume; a crash mid-line
  means that document is redone.

Failures go to ``errors.jsonl`` (``<out>/errors.jsonl`` for a folder, ``<out stem>.errors.jsonl`` beside
a JSON Lines file), one object per failure: source, error type, message. It describes the latest run:
failed inputs are not "done", so a rerun retries them and the file is started afresh.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import IO

from cleaner.batch.work import Result
from cleaner.files import atomic_write
from cleaner.formats import FILE_SUFFIX

# fsync the JSON Lines file at most this often: durability for power loss without a disk flush per line.
FSYNC_EVERY_S = 1.0


def _sibling(path: Path, suffix: str) -> Path:
    stem = path.name[: -len(".jsonl")] if path.name.endswith(".jsonl") else path.name
    return path.with_name(stem + suffix)


class ErrorLog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0
        self._fh: IO[str] | None = None

    def record(self, source: str, error_type: str, message: str) -> None:
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = self.path.open("w", encoding="utf-8")
        self._fh.write(
            json.dumps({"source": source, "error": error_type, "message": message}, ensure_ascii=False)
        )
        self._fh.write("\n")
        self._fh.flush()
        self.count += 1

    def start(self) -> None:
        """A new run: the previous run's errors are retried, so its file no longer describes anything."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


class MirrorSink:
    kind = "folder"

    def __init__(self, out: Path, fmt: str, force: bool) -> None:
        self.out = out
        self.fmt = fmt
        self.force = force
        self.errors = ErrorLog(out / "errors.jsonl")
        self.templates_path = out / ".site-templates.json"
        out.mkdir(parents=True, exist_ok=True)
        sweep_temp_files(out)

    def target(self, rel: str) -> Path:
        rel = rel[:-3] if rel.endswith(".gz") else rel
        return self.out / (rel + FILE_SUFFIX[self.fmt])

    def is_done(self, source: str, rel: str) -> bool:
        return not self.force and self.target(rel).exists()

    def write(self, result: Result, rel: str) -> None:
        assert result.output is not None
        target = self.target(rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, result.output)

    def close(self) -> None:
        self.errors.close()


class JsonlSink:
    kind = "jsonl"

    def __init__(self, out: Path, force: bool) -> None:
        self.out = out
        self.done_path = out.with_name(out.name + ".done")
        self.errors = ErrorLog(_sibling(out, ".errors.jsonl"))
        self.templates_path = _sibling(out, ".site-templates.json")
        out.parent.mkdir(parents=True, exist_ok=True)
        self.done: set[str] = set()
        if force or not out.exists():
            self._fh = out.open("w", encoding="utf-8")
        else:
            self.done = recover_jsonl(out)
            self._fh = out.open("a", encoding="utf-8")
        atomic_write(self.done_path, "".join(s + "\n" for s in sorted(self.done)))
        self._done_fh = self.done_path.open("a", encoding="utf-8")
        self._last_sync = 0.0

    def is_done(self, source: str, rel: str) -> bool:
        return source in self.done

    def write(self, result: Result, rel: str) -> None:
        import time

        assert result.output is not None
        self._fh.write(result.output)
        self._fh.flush()
        now = time.monotonic()
        if now - self._last_sync >= FSYNC_EVERY_S:
            os.fsync(self._fh.fileno())
            self._last_sync = now
        # Only after the line is in the file: a crash in between is repaired on resume (see module doc).
        self._done_fh.write(result.source + "\n")
        self._done_fh.flush()

    def close(self) -> None:
        for fh in (self._fh, self._done_fh):
            with contextlib.suppress(OSError, ValueError):
                fh.flush()
                os.fsync(fh.fileno())
            fh.close()
        self.errors.close()


def sweep_temp_files(out: Path) -> int:
    """Remove temp files a killed run left behind (``atomic_write``'s ``.<name>.<random>.tmp``): they were
    never renamed into place, so they are not outputs, just litter from a kill -9 or a power loss."""
    removed = 0
    for folder, _dirs, files in os.walk(out):
        for name in files:
            if name.startswith(".") and name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, name))
                    removed += 1
    return removed


def recover_jsonl(path: Path) -> set[str]:
    """Sources of the complete, valid lines of ``path``; the file is cut after the last of them."""
    done: set[str] = set()
    good = 0
    with path.open("rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break
            try:
                source = json.loads(raw)["source"]
            except (ValueError, KeyError, TypeError):
                break
            done.add(source)
            good += len(raw)
    if good != path.stat().st_size:
        with path.open("r+b") as fh:
            fh.truncate(good)
            fh.flush()
            os.fsync(fh.fileno())
    return done
