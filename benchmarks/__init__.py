"""Benchmark of cleaner against its peers on the shared sets; run ``python -m benchmarks.run --help``.

Not part of the installed package: it lives in the repo so that every quality or speed change can be
judged by the same instrument, and its peers are an optional dependency group (``bench``).
"""
