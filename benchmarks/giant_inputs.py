"""The giant bad inputs, run once through the real CLI: exit code, time, peak memory and the stderr line.

Why a script and not tests: each takes seconds to minutes and hundreds of MB; CI runs moderate versions
of the same shapes (tests/test_bad_input.py). The files are generated in a temporary folder. Cleaning
all 200 MB (``--max-bytes`` raised) is benchmarks/scaling.py's job.

    python benchmarks/giant_inputs.py            # all of them (~10 min on 2 cores)
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

# Run from this checkout, whatever ``cleaner`` the interpreter has installed.
REPO = Path(__file__).resolve().parent.parent
PARA = b"The council voted on Monday to turn the old riverside warehouses into a public park, ending a debate.\n\n"


def _single_line_50mb(f: Path) -> None:
    f.write_bytes(b"word " * (50 * 2**20 // 5))


def _dump_200mb(f: Path) -> None:
    with f.open("wb") as fh:
        for _ in range(200 * 2**20 // (len(PARA) * 1000)):
            fh.write(PARA * 1000)


def _million_lines(f: Path) -> None:
    f.write_bytes(b"a\n" * 1_000_000)


def _nested_divs(f: Path) -> None:
    f.write_bytes(
        b"<html><body>" + b"<div>" * 100_000 + b"Deep text." + b"</div>" * 100_000 + b"</body></html>"
    )


def _scripts(f: Path) -> None:
    f.write_bytes(
        b"<html><head><script>"
        + b"var a = '<p>x</p>';\n" * 300_000
        + b"</script><style>"
        + b"p{}" * 2_000_000
        + b"</style></head><body><p>"
        + PARA.strip()
        + b"</p></body></html>"
    )


def _tiny_paragraphs(f: Path) -> None:
    """The costliest HTML per byte: every 8 bytes an element and a text block (stops at --max-lines)."""
    f.write_bytes(b"<html><body>" + b"<p>a</p>" * (50 * 2**20 // 8) + b"</body></html>")


def _line_1mb_no_space(f: Path) -> None:
    f.write_bytes(b"x" * 2**20)


CASES: list[tuple[str, Callable[[Path], None], list[str]]] = [
    ("50 MB single line", _single_line_50mb, []),
    ("200 MB dump (default --max-bytes)", _dump_200mb, []),
    ("1,000,000 one-character lines", _million_lines, []),
    ("HTML 100,000 <div>s deep", _nested_divs, []),
    ("<script>/<style> of 10 MB", _scripts, []),
    ("1 MB line without a space", _line_1mb_no_space, []),
    ("HTML 50 MiB of <p>a</p>", _tiny_paragraphs, []),
]


def run(only: str = "") -> Iterator[str]:
    with tempfile.TemporaryDirectory() as tmp:
        for name, make, args in CASES:
            if only and only not in name:
                continue
            f = Path(tmp) / "input"
            make(f)
            size = f.stat().st_size
            out, err_file = Path(tmp) / "stdout", Path(tmp) / "stderr"
            start = time.perf_counter()
            with out.open("wb") as o, err_file.open("wb") as e:
                proc = subprocess.Popen(
                    [sys.executable, "-c", "from cleaner.cli import main; main()", "clean", str(f), *args],
                    stdout=o,
                    stderr=e,
                    env={**os.environ, "PYTHONPATH": str(REPO)},
                    cwd=REPO,
                )
                # wait4: this child's own CPU time and peak RSS (RUSAGE_CHILDREN only gives the max so far).
                _, status, usage = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - start
            code = os.waitstatus_to_exitcode(status)
            err = err_file.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            # The refusal when there is one (a --max-bytes warning may come first, a count of failures last).
            said = [x for x in err if not re.match(r"cleaner: \d+ of \d+ inputs failed", x)]
            line = said[-1].replace(str(f), "FILE")[:110] if said else ""
            yield (
                f"| {name} | {size / 2**20:.1f} MiB | {code} | {seconds:.1f} s | "
                f"{usage.ru_utime + usage.ru_stime:.1f} s | {usage.ru_maxrss / 1024:.0f} MB | "
                f"{out.stat().st_size} B | {line} | {os.getloadavg()[0]:.1f} |"
            )
            f.unlink()


def main() -> None:
    print("| input | size | exit | wall | CPU | peak RSS | stdout | stderr (last line) | load |")
    print("|---|---|---|---|---|---|---|---|---|")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="", help="run the cases whose name contains this")
    for row in run(ap.parse_args().only):
        print(row, flush=True)


if __name__ == "__main__":
    main()
