"""The long fuzz run: the property tests of tests/test_properties.py in chunks, with progress lines.

Why chunks: hypothesis reports only when a test ends, and on a shared machine a 100,000-case run takes an
hour or more; chunks of fresh random cases (no example database, so nothing is replayed) print the running
count, stop at ``--cases`` or ``--minutes``, and stop at the first failure with hypothesis's report.

    python benchmarks/fuzz_long.py --cases 100000 --minutes 120
    python benchmarks/fuzz_long.py --only any_bytes,text_dump    # a subset, e.g. one per core
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, settings

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests" / "test_properties.py"
CHUNK = 500


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--minutes", type=float, default=120)
    ap.add_argument("--only", default="", help="comma-separated substrings of property names")
    args = ap.parse_args()
    # Fuzz this checkout's ``cleaner``, not whichever one the interpreter has installed.
    sys.path.insert(0, str(REPO))
    spec = importlib.util.spec_from_file_location("test_properties", TESTS)
    assert spec and spec.loader
    props = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(props)
    tests = [getattr(props, n) for n in dir(props) if n.startswith("test_")]
    if args.only:
        tests = [t for t in tests if any(o in t.__name__ for o in args.only.split(","))]
    chunked = [
        settings(max_examples=CHUNK, deadline=None, database=None, suppress_health_check=list(HealthCheck))(t)
        for t in tests
    ]
    start = time.monotonic()
    while sum(props.CASES.values()) < args.cases and time.monotonic() - start < args.minutes * 60:
        for test in chunked:
            test()  # raises (with hypothesis's minimal example) on the first failure
        total = sum(props.CASES.values())
        print(f"{time.monotonic() - start:8.0f} s  {total:7d} cases  {dict(props.CASES)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
