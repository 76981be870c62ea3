"""Learning site templates across a batch: which normalised lines each site repeats on most pages.

First pass, in the workers: each page's site is found from the head of its file (cheap), then up to
``sample`` evenly spread pages per site are read into blocks (no rules run) and reduced to the set of
their line hashes (``cleaner.rules.templates.line_key``; a set, so a line counts once per page). The
parent counts pages per (site, hash) in a bounded in-memory buffer flushed into a temporary SQLite table:
the counts grow with the number of distinct lines, and keeping them on disk is what keeps a 20,000-file
batch in the same memory as a 2,000-file one. A line is template for a site when it occurs on at least
``min_share`` of the site's (sampled) pages and on at least ``min_pages`` of them. The result is small (a
few hundred hashes per site) and is saved next to the output, so a resumed run reuses it and
``cleaner explain --templates FILE`` can show the rule on one page.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from urllib.parse import urlsplit

from cleaner.config import Config
from cleaner.files import atomic_write
from cleaner.pipeline import read, to_text
from cleaner.rules.templates import folded_key

DEFAULT_MIN_SHARE = 0.5
DEFAULT_MIN_PAGES = 10
# Pages per site read to learn its template: a share estimated on 300 evenly spread pages is within a few
# points of the true one, and a 20,000-page site then costs 300 extra reads, not 20,000.
DEFAULT_SAMPLE = 300
FORMAT_VERSION = 1
# Distinct (site, line) counts held in memory before they are added to the on-disk table (~10 MB).
BUFFER_ENTRIES = 50_000

HEAD_BYTES = 65536
_WARC_URI_RE = re.compile(r"^WARC-Target-URI:\s*(\S+)", re.M | re.I)
# A dump whose first line is a URL header ("URL: https://...", "Source: https://...").
_URL_HEADER_RE = re.compile(r"\A\s*(?:url|source|uri)\s*:\s*(https?://\S+)", re.I)
_CANONICAL_RE = re.compile(
    r"<link\b[^>]*\brel=[\"']?canonical[\"']?[^>]*\bhref=[\"']?([^\"'\s>]+)"
    r"|<link\b[^>]*\bhref=[\"']?([^\"'\s>]+)[^>]*\brel=[\"']?canonical",
    re.I,
)
_OG_URL_RE = re.compile(r"<meta\b[^>]*\bproperty=[\"']og:url[\"'][^>]*\bcontent=[\"']([^\"']+)", re.I)
_OG_SITE_RE = re.compile(r"<meta\b[^>]*\bproperty=[\"']og:site_name[\"'][^>]*\bcontent=[\"']([^\"']+)", re.I)


def _host(url: str) -> str | None:
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def site_key(source: str, head: str) -> str:
    """The site a page belongs to, for grouping pages: the dump's URL header (WARC-Target-URI or a
    'URL:' first line), else the HTML's canonical/og:url host or og:site_name, else its parent folder.

    ``head`` is the start of the decoded page. The folder fallback uses the resolved parent's name, so
    the batch and ``cleaner explain`` agree whatever the working directory.
    """
    for rx in (_WARC_URI_RE, _URL_HEADER_RE):
        m = rx.search(head)
        if m and (h := _host(m.group(1))):
            return h
    if "<" in head:
        m = _CANONICAL_RE.search(head)
        url = (m.group(1) or m.group(2)) if m else None
        if not url:
            m2 = _OG_URL_RE.search(head)
            url = m2.group(1) if m2 else None
        if url and (h := _host(url)):
            return h
        m3 = _OG_SITE_RE.search(head)
        if m3:
            return "name:" + m3.group(1).strip().casefold()
    if source == "-":
        return "dir:-"
    return "dir:" + Path(source).resolve().parent.name


def spread_sample(indices: list[int], size: int) -> list[int]:
    """``size`` of ``indices`` evenly spread over the list (all of them when there are not more)."""
    m = len(indices)
    if m <= size:
        return indices
    return [indices[(j * m) // size] for j in range(size)]


def head_text(data: bytes) -> str:
    return data[:HEAD_BYTES].decode("utf-8", "replace")


def page_lines(data: bytes, config: Config) -> frozenset[int]:
    """The distinct line hashes of one page (blocks as the pipeline reads them, before any rule)."""
    doc = read(to_text(data, config), config.input_format, config.max_lines)
    keys = (folded_key(b.key) for b in doc.blocks)
    return frozenset(k for k in keys if k is not None)


@dataclass
class Templates:
    """Per site: page count and the template line hashes; plus the thresholds they were learnt with."""

    min_share: float = DEFAULT_MIN_SHARE
    min_pages: int = DEFAULT_MIN_PAGES
    pages: dict[str, int] = field(default_factory=dict)
    lines: dict[str, frozenset[int]] = field(default_factory=dict)

    def for_site(self, site: str) -> frozenset[int]:
        return self.lines.get(site, frozenset())

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": FORMAT_VERSION,
                "min_share": self.min_share,
                "min_pages": self.min_pages,
                "sites": {
                    s: {"pages": self.pages.get(s, 0), "lines": sorted(f"{h:016x}" for h in hs)}
                    for s, hs in sorted(self.lines.items())
                },
            },
            indent=1,
        )

    def save(self, path: str | Path) -> None:
        atomic_write(path, self.to_json() + "\n")

    @classmethod
    def load(cls, path: str | Path) -> Templates:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        if raw.get("version") != FORMAT_VERSION:
            raise ValueError(f"unsupported templates file version {raw.get('version')!r}")
        t = cls(min_share=float(raw["min_share"]), min_pages=int(raw["min_pages"]))
        for site, entry in raw["sites"].items():
            t.pages[site] = int(entry["pages"])
            t.lines[site] = frozenset(int(h, 16) for h in entry["lines"])
        return t


class Learner:
    """Counts on how many pages of each site every line hash occurs, on disk (bounded memory)."""

    def __init__(self, min_share: float = DEFAULT_MIN_SHARE, min_pages: int = DEFAULT_MIN_PAGES) -> None:
        self.min_share = min_share
        self.min_pages = min_pages
        self._dir = tempfile.TemporaryDirectory(prefix="cleaner-templates-")
        self._db = sqlite3.connect(os.path.join(self._dir.name, "counts.sqlite"))
        self._db.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-4000;
            PRAGMA temp_store=FILE;
            CREATE TABLE site(id INTEGER PRIMARY KEY, name TEXT UNIQUE, pages INTEGER NOT NULL);
            CREATE TABLE line(site INTEGER, h INTEGER, n INTEGER NOT NULL, PRIMARY KEY(site, h))
                WITHOUT ROWID;
            """
        )
        self._site_ids: dict[str, int] = {}
        self._pages: Counter[int] = Counter()
        # Counts are gathered in a bounded in-memory buffer and added to the table when it fills: a site's
        # template lines recur on every page, so the buffer folds them into one row update per flush.
        self._buffer: Counter[tuple[int, int]] = Counter()

    def add(self, site: str, hashes: Iterable[int] | bytes) -> None:
        """One page of ``site`` with its distinct line hashes (ints, or packed uint64 bytes)."""
        sid = self._site_ids.get(site)
        if sid is None:
            sid = len(self._site_ids) + 1
            self._site_ids[site] = sid
        self._pages[sid] += 1
        if isinstance(hashes, bytes):
            hashes = array("Q", hashes)
        buf = self._buffer
        # Counted by Counter's C loop: the parent adds every learnt page, and at 2 workers on 2 cores each
        # CPU second it spends here is taken from a worker.
        buf.update(zip(repeat(sid), hashes))
        if len(buf) >= BUFFER_ENTRIES:
            self._flush()

    def _flush(self) -> None:
        # SQLite integers are signed 64-bit: store the hash shifted into that range.
        self._db.executemany(
            "INSERT INTO line(site, h, n) VALUES (?, ?, ?) ON CONFLICT(site, h) DO UPDATE SET n = n + excluded.n",
            ((sid, h - (1 << 63), n) for (sid, h), n in self._buffer.items()),
        )
        self._db.commit()
        self._buffer.clear()

    def result(self) -> Templates:
        self._flush()
        self._db.executemany(
            "INSERT INTO site(id, name, pages) VALUES (?, ?, ?)",
            ((sid, name, self._pages[sid]) for name, sid in self._site_ids.items()),
        )
        self._db.commit()
        t = Templates(min_share=self.min_share, min_pages=self.min_pages)
        names = {sid: name for name, sid in self._site_ids.items()}
        for sid, pages in self._db.execute("SELECT id, pages FROM site"):
            t.pages[names[sid]] = pages
        found: dict[int, set[int]] = {}
        rows = self._db.execute(
            "SELECT line.site, line.h FROM line JOIN site ON site.id = line.site "
            "WHERE line.n >= ? AND line.n >= ? * site.pages",
            (self.min_pages, self.min_share),
        )
        for sid, h in rows:
            found.setdefault(sid, set()).add(h + (1 << 63))
        t.lines = {names[sid]: frozenset(hs) for sid, hs in found.items()}
        return t

    def close(self) -> None:
        self._db.close()
        self._dir.cleanup()

    def __enter__(self) -> Learner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
