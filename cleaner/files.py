"""Reading inputs and writing outputs safely: the only module that touches the filesystem for cleaning.

Writes are atomic (temp file in the target's folder, fsync, rename) so an interrupted run never leaves a
half-written file; reads turn OS errors into one-line messages that name the fix.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import sys
import tempfile
import zlib
from pathlib import Path
from typing import BinaryIO

from cleaner.errors import CleanerError, InputError

GZIP_MAGIC = b"\x1f\x8b"


def read_input(source: str, *, max_bytes: int | None = None) -> bytes:
    """Bytes of a path, or of stdin for '-'; '.gz' files are decompressed transparently."""
    if source == "-":
        # Capped like files: a 200 MB pipe must not be held in memory only to be truncated afterwards.
        return sys.stdin.buffer.read() if max_bytes is None else sys.stdin.buffer.read(max_bytes + 1)
    path = Path(source)
    try:
        if path.is_dir():
            raise CleanerError("is a directory", f"use `cleaner batch {source}` to clean a folder")
        if path.exists() and not path.is_file():
            raise CleanerError("is not a regular file (FIFO, device or socket)", "pass a regular file")
        with path.open("rb") as fh:
            if source.endswith(".gz") and fh.read(2) == GZIP_MAGIC:
                fh.seek(0)
                # Decompressed as a stream: only max_bytes + 1 decompressed bytes are ever held, and
                # the compressed size no longer matters.
                return _gunzip(fh, max_bytes)
            fh.seek(0)
            data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise CleanerError("no such file", "check the path") from None
    except PermissionError:
        raise CleanerError("permission denied", "make the file readable (chmod +r)") from None
    except IsADirectoryError:
        raise CleanerError("is a directory", f"use `cleaner batch {source}`") from None
    except OSError as exc:
        raise CleanerError(f"cannot read: {exc.strerror or exc}", "check the file and the disk") from None
    return data


def _gunzip(fh: BinaryIO, max_bytes: int | None) -> bytes:
    try:
        with gzip.GzipFile(fileobj=fh) as gz:
            return gz.read() if max_bytes is None else gz.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error):
        raise InputError("is a damaged gzip file", "re-download or decompress it by hand") from None


def atomic_write(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the whole new one, never a part."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except FileNotFoundError:
        raise CleanerError(f"{folder}: no such directory", "create it first") from None
    except PermissionError:
        raise CleanerError(f"{folder}: not writable", "choose a writable output location") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        # Ctrl-C (KeyboardInterrupt) and disk-full alike: never leave the temp file behind.
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if not isinstance(exc, OSError):
            raise
        raise CleanerError(
            f"{target}: cannot write ({exc.strerror or exc})", "free disk space or fix permissions"
        ) from None
