"""Benchmark `cleaner batch`: speed-up from 1 to 2 workers, overhead against `cleaner.clean` in a loop, and
peak memory of the whole process tree for 2,000 vs 20,000 inputs. Prints the numbers; no assertions.

    python benchmarks/batch_speed.py                 # the shared text dumps, 3 repeats, memory 2k vs 20k
    python benchmarks/batch_speed.py --repeats 1 --memory-sizes 200 2000   # quicker

The dumps are the shared datasets' text dumps (wcxb-dev + scrapinghub, ~1,500), copied to a temp folder.
Wall time on a shared 2-core machine is noisy, so every timing is run --repeats times and the best is
kept (the least disturbed run); CPU seconds (user+sys of the process tree) are printed beside it because
they are far less sensitive to other people's load. Peak memory is the largest sum of RSS over the batch
process and its workers, polled every 20 ms from /proc (psutil is not needed).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLEANER_SHARED", REPO.parent / "shared"))
PAGE = os.sysconf("SC_PAGE_SIZE")


def dump_files() -> list[Path]:
    files = sorted((SHARED / "datasets" / "wcxb-dev" / "dumps").glob("*.txt"))
    files += sorted((SHARED / "datasets" / "scrapinghub" / "dumps").glob("*.txt"))
    if not files:
        sys.exit(f"no dumps under {SHARED}/datasets (set CLEANER_SHARED)")
    return files


def copy_inputs(files: list[Path], n: int, dest: Path) -> Path:
    """``n`` inputs cycling through ``files``, 500 per folder (one folder per 'site' would be unrealistic
    for text dumps without headers; folders just keep directories small)."""
    dest.mkdir(parents=True)
    for i in range(n):
        sub = dest / f"part{i // 500:03d}"
        if i % 500 == 0:
            sub.mkdir()
        src = files[i % len(files)]
        shutil.copyfile(src, sub / f"{i:06d}-{src.name}")
    return dest


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _tree_rss(root: int) -> int:
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        parents[pid] = int(fields[1])
        rss[pid] = int(fields[21]) * PAGE
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(p for p, pp in parents.items() if pp == pid)
    return total


def run_batch(
    inputs: Path, out: Path, workers: int, extra: list[str], poll_memory: bool
) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of the tree, peak tree RSS bytes) of one `cleaner batch` run.

    Always ``--force``: without it a repeat would find the site templates the previous repeat saved
    beside ``out`` and skip the learning pass it is meant to time."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cmd = [
        sys.executable,
        "-m",
        "cleaner",
        "batch",
        str(inputs),
        "-o",
        str(out),
        "-j",
        str(workers),
        "-q",
        "--force",
        *extra,
    ]
    cpu0 = children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env)
    peak = 0
    stop = threading.Event()

    def poll() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            stop.wait(0.02)

    th = threading.Thread(target=poll, daemon=True)
    if poll_memory:
        th.start()
    rc = proc.wait()
    wall = time.perf_counter() - t0
    stop.set()
    if poll_memory:
        th.join()
    if rc not in (0, 1):
        sys.exit(f"batch failed with exit code {rc}")
    return wall, children_cpu() - cpu0, peak


LOOP = """
import contextlib, sys
from pathlib import Path
import cleaner
from cleaner.files import read_input
share, of = (int(x) for x in sys.argv[2:4]) if len(sys.argv) > 3 else (0, 1)
for p in sorted(p for p in Path(sys.argv[1]).rglob("*") if p.is_file())[share::of]:
    with contextlib.suppress(Exception):
        cleaner.clean(read_input(str(p)), source=str(p))
"""


def loop_clean(inputs: Path) -> tuple[float, float]:
    """`cleaner.clean` over the same files in a loop, in a fresh process like the batch (so both pay
    interpreter start, imports and model loading once): (wall, CPU)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cpu0 = children_cpu()
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", LOOP, str(inputs)], env=env, check=True)
    return time.perf_counter() - t0, children_cpu() - cpu0


def two_loops(inputs: Path) -> tuple[float, float]:
    """The machine's own ceiling for 2 workers: two independent `cleaner.clean` loops, each over every
    other file, run at the same time with no batch machinery at all: (wall until both finish, CPU).
    On a shared or turbo-clocked 2-core host each core is slower when both are busy, so this, not 2.0,
    is the best speed-up any 2-worker batch can reach in that run."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cpu0 = children_cpu()
    t0 = time.perf_counter()
    procs = [
        subprocess.Popen([sys.executable, "-c", LOOP, str(inputs), str(k), "2"], env=env) for k in (0, 1)
    ]
    for proc in procs:
        if proc.wait():
            sys.exit("a clean() loop failed")
    return time.perf_counter() - t0, children_cpu() - cpu0


def print_speed(best: dict[str, tuple[float, float]], n: int, repeats: int) -> None:
    def per_doc(name: str) -> str:
        w, c = best[name]
        return f"{1000 * w / n:6.2f} ms/doc wall, {1000 * c / n:6.2f} ms/doc CPU ({n / w:6.1f} docs/s)"

    print(f"\n== speed (best of {repeats}) ==")
    for name in ("loop", "two-loops", "batch-j1", "batch-j2", "batch-j1-templates", "batch-j2-templates"):
        print(f"{name:<20} {per_doc(name)}")
    j1, j2 = best["batch-j1"][0], best["batch-j2"][0]
    print(f"speed-up 1 -> 2 workers (wall): {j1 / j2:.2f}x")
    ceiling = best["loop"][0] / best["two-loops"][0]
    print(
        f"machine ceiling, two independent clean() loops vs one (wall): {ceiling:.2f}x; "
        f"batch reaches {100 * (j1 / j2) / ceiling:.0f}% of it"
    )
    j1t = best["batch-j1-templates"][0]
    print(
        f"speed-up 1 -> 2 workers, site templates on (the default command): {j1t / best['batch-j2-templates'][0]:.2f}x"
    )
    loop_w, loop_c = best["loop"]
    print(
        f"batch -j1 vs clean() loop: wall {100 * (best['batch-j1'][0] / loop_w - 1):+.1f}%, "
        f"CPU {100 * (best['batch-j1'][1] / loop_c - 1):+.1f}% (both in a fresh process)"
    )
    tw = best["batch-j2-templates"][0]
    print(f"site templates (learning pass) cost at -j2: {100 * (tw / j2 - 1):+.1f}% wall")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--memory-sizes", type=int, nargs=2, default=(2000, 20000), metavar=("SMALL", "LARGE"))
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument(
        "--memory-pool",
        type=int,
        default=0,
        metavar="N",
        help="cycle the memory runs through the N smallest dumps only (0: all). Memory growth with the "
        "number of inputs shows the same; a 20,000-input run then takes minutes, not most of an hour, on "
        "a shared machine.",
    )
    args = ap.parse_args()

    files = dump_files()
    tmp = Path(tempfile.mkdtemp(prefix="cleaner-bench-"))
    try:
        inputs = copy_inputs(files, len(files), tmp / "dumps")
        n = len(files)
        print(
            f"inputs: {n} shared text dumps, copied to {inputs}; {os.cpu_count()} cores; load {os.getloadavg()[0]:.1f}"
        )
        best: dict[str, tuple[float, float]] = {}

        def keep(name: str, wall: float, cpu: float) -> None:
            if name not in best or wall < best[name][0]:
                best[name] = (wall, cpu)

        for r in range(0 if args.skip_speed else args.repeats):
            # Import cost is paid once per process in every variant; warm the page cache first.
            w, c = loop_clean(inputs)
            keep("loop", w, c)
            w, c = two_loops(inputs)
            keep("two-loops", w, c)
            for workers in (1, 2):
                w, c, _ = run_batch(inputs, tmp / "o.jsonl", workers, ["--no-site-templates"], False)
                keep(f"batch-j{workers}", w, c)
            for workers in (1, 2):
                w, c, _ = run_batch(inputs, tmp / "o.jsonl", workers, [], False)
                keep(f"batch-j{workers}-templates", w, c)
            print(f"  repeat {r + 1}: " + ", ".join(f"{k} {v[0]:.1f}s" for k, v in best.items()), flush=True)

        if not args.skip_speed:
            print_speed(best, n, args.repeats)

        if not args.skip_memory:
            print("\n== peak memory, whole process tree, -j2, site templates on ==")
            peaks = {}
            pool = (
                sorted(files, key=lambda p: p.stat().st_size)[: args.memory_pool]
                if args.memory_pool
                else files
            )
            print(
                f"(inputs cycle through {len(pool)} dumps, {sum(p.stat().st_size for p in pool) / len(pool) / 1024:.1f} KiB on average)"
            )
            for size in args.memory_sizes:
                d = copy_inputs(pool, size, tmp / f"mem{size}")
                w, c, peak = run_batch(d, tmp / f"m{size}.jsonl", 2, [], True)
                peaks[size] = peak
                print(
                    f"{size:>6} inputs: peak {peak / 2**20:7.1f} MiB, {w:.1f}s wall, {size / w:.1f} docs/s",
                    flush=True,
                )
                shutil.rmtree(d)
            small, large = args.memory_sizes
            print(f"peak({large}) / peak({small}) = {peaks[large] / peaks[small]:.3f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
