"""The frozen settings, built once at the CLI (or API) edge and passed down; nothing is read at import."""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # larger inputs are truncated with a warning (see read.detect)
# Cleaning costs per line (block) as well as per byte: ~10 µs and ~500 bytes of memory a line, so 50 MB of
# one-character lines (25 million) would need ~12 GB. A 50 MB page of prose has ~300,000 lines; past this
# many the input is refused with one line naming --max-lines (~1 GB, ~20 s of CPU at the cap).
DEFAULT_MAX_LINES = 2_000_000


@dataclass(frozen=True)
class Config:
    input_format: str = "auto"  # auto | text | html
    disabled_rules: frozenset[str] = field(default_factory=frozenset)
    max_bytes: int = DEFAULT_MAX_BYTES
    max_lines: int = DEFAULT_MAX_LINES  # text lines, or HTML text blocks
    # Extra phrases a user wants treated as boilerplate lines (JT#54: caller-injected keywords).
    extra_boilerplate: tuple[str, ...] = ()
    # Per-document wall-clock budget in seconds (None: unlimited); enforced by the caller (CLI, batch).
    timeout: float | None = None
