"""Readers: bytes or str in, a Document of Blocks out. One reader per input kind."""
