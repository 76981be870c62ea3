"""The benchmark command end to end on a tiny hand-made dataset (the real sets are not needed).

Runs cleaner and the all-text baseline only: both need nothing beyond the runtime dependencies, so this
works in CI without the optional peers.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from click.testing import CliRunner

from benchmarks.run import main

ARTICLE = (
    "The council voted on Tuesday to rebuild the old harbour bridge, which has been closed since the "
    "storm last winter damaged two of its piers.\n"
    "Work will start in spring and is expected to take eighteen months, the mayor said at the meeting."
)
PAGE = (
    "<html><head><title>Bridge to be rebuilt</title></head><body><nav>Home News Sport</nav>"
    "<article><h1>Bridge to be rebuilt</h1>"
    + "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n"))
    + "</article><footer>© Town Paper</footer></body></html>"
)
DUMP = "Home\nNews\nSport\nBridge to be rebuilt\n" + ARTICLE + "\n© Town Paper\n"


def _make_sets(root: Path) -> None:
    sh = root / "scrapinghub"
    (sh / "html").mkdir(parents=True)
    (sh / "dumps").mkdir()
    (sh / "ground-truth.json").write_text(json.dumps({"p1": {"articleBody": ARTICLE, "url": "http://x/1"}}))
    (sh / "html" / "p1.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (sh / "dumps" / "p1.txt").write_text(DUMP)
    wc = root / "wcxb-dev"
    for sub in ("html", "dumps", "ground-truth"):
        (wc / sub).mkdir(parents=True)
    gt = {
        "url": "http://x/2",
        "_internal": {"page_type": {"primary": "article"}},
        "ground_truth": {
            "title": "Bridge to be rebuilt",
            "author": None,
            "publish_date": None,
            "main_content": ARTICLE,
            "with": ["rebuild the old harbour bridge"],
            "without": ["Home"],
        },
    }
    (wc / "ground-truth" / "0001.json").write_text(json.dumps(gt))
    (wc / "html" / "0001.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (wc / "dumps" / "0001.txt").write_text(DUMP)


def test_run_writes_tables_pages_and_worst(tmp_path: Path) -> None:
    _make_sets(tmp_path / "data")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        [
            "--datasets",
            str(tmp_path / "data"),
            "--systems",
            "cleaner,alltext",
            "--out",
            str(out),
            "--worst",
            "1",
            "--no-cache",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "### scrapinghub, from HTML (1 pages)" in result.output
    assert "### wcxb-dev, from the text dump (1 pages)" in result.output
    assert "| all text (baseline) |" in result.output
    rows = [json.loads(line) for line in (out / "pages.jsonl").read_text().splitlines()]
    assert len(rows) == 2 * 2 * 2  # systems x sets x input kinds
    baseline = [
        r for r in rows if r["system"] == "alltext" and r["set"] == "scrapinghub" and r["input"] == "html"
    ]
    assert baseline[0]["shingle_r"] == 1.0  # all text contains the whole article
    assert baseline[0]["shingle_p"] < 1.0  # and the menu and footer too
    assert (out / "summary.md").read_text().startswith("# Benchmark results")
    assert "worst pages" in (out / "worst.md").read_text()


def test_missing_datasets_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--datasets", str(tmp_path / "nowhere"), "--systems", "cleaner"])
    assert result.exit_code == 2
    assert "datasets folder not found" in result.output


def test_speed_ratios_by_wall_and_by_cpu_time() -> None:
    from benchmarks.report import add_ratios, summarise

    def rows(seconds: float, cpu: float) -> list[dict[str, object]]:
        return [{"tp": 1.0, "fp": 0.0, "fn": 0.0, "bow_f1": 1.0, "seconds": seconds, "cpu_seconds": cpu}] * 4

    # The peer waited for the core half of the time; the CPU ratio sees through that, the wall ratio not.
    ours, peer = summarise("cleaner", rows(0.01, 0.01)), summarise("trafilatura", rows(0.08, 0.04))
    add_ratios([ours, peer], "trafilatura")
    assert ours.ratio == 8.0
    assert ours.cpu_ratio == 4.0
    assert peer.ratio == peer.cpu_ratio == 1.0


def test_speed_ratio_alternates_passes_and_prints_each_round(tmp_path: Path) -> None:
    from benchmarks.speed_ratio import main as speed_ratio

    _make_sets(tmp_path / "data")
    args = ["--datasets", str(tmp_path / "data"), "--reference", "alltext", "--rounds", "2"]
    result = CliRunner().invoke(speed_ratio, args)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert (
        lines[0] == "Command: `python -m benchmarks.speed_ratio --set scrapinghub --input html --rounds 2`  "
    )
    rows = [line for line in lines if line.startswith("| ")]
    assert [r.split(" | ")[0] for r in rows[1:]] == ["| 1", "| 2", "| median", "| best passes"]


def test_speed_ratio_refuses_cleaner_as_its_own_reference(tmp_path: Path) -> None:
    from benchmarks.speed_ratio import main as speed_ratio

    result = CliRunner().invoke(speed_ratio, ["--datasets", str(tmp_path), "--reference", "cleaner"])
    assert result.exit_code == 2
    assert "unknown reference 'cleaner'" in result.output
