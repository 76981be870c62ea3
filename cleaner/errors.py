"""Errors a user can act on: each carries the fix, so the CLI prints one line and never a traceback."""

from __future__ import annotations


class CleanerError(Exception):
    """Base for errors that are about the input or the environment, not a bug in cleaner."""

    def __init__(self, problem: str, fix: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.fix = fix

    def __str__(self) -> str:
        return f"{self.problem}; {self.fix}" if self.fix else self.problem


class InputError(CleanerError):
    """The input cannot be read as a web page (binary, not a page at all)."""
