"""The frozen settings, built once at the CLI (or API) edge and passed down; nothing is read at import."""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # larger inputs are truncated with a warning (see read.detect)


@dataclass(frozen=True)
class Config:
    input_format: str = "auto"  # auto | text | html
    disabled_rules: frozenset[str] = field(default_factory=frozenset)
    max_bytes: int = DEFAULT_MAX_BYTES
    # Extra phrases a user wants treated as boilerplate lines (JT#54: caller-injected keywords).
    extra_boilerplate: tuple[str, ...] = ()
    # Per-document wall-clock budget in seconds (None: unlimited); enforced by the caller (CLI, batch).
    timeout: float | None = None
