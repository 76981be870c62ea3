"""`cleaner batch` through click's CliRunner: outputs, discovery and skips, errors.jsonl, exit codes,
ordering, resume and --force."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from batch_data import write_small
from click.testing import CliRunner

from cleaner.batch.sink import recover_jsonl
from cleaner.cli import main


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(main, ["batch", *args], input=input, catch_exceptions=False)


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_folder_to_jsonl_has_source_on_every_line_and_nothing_on_stdout(
    runner: CliRunner, tmp_path: Path
) -> None:
    files = write_small(tmp_path / "in", 12)
    out = tmp_path / "out.jsonl"
    result = run(runner, str(tmp_path / "in"), "-o", str(out), "-j", "2")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    rows = jsonl(out)
    assert sorted(r["source"] for r in rows) == sorted(str(f) for f in files)
    assert all(r["paragraphs"] for r in rows)
    assert "cleaned" in result.stderr and "12" in result.stderr  # the summary table
    done = (tmp_path / "out.jsonl.done").read_text().split("\n")[:-1]
    assert sorted(done) == sorted(str(f) for f in files)


def test_mirror_tree_json_and_text_formats(runner: CliRunner, tmp_path: Path) -> None:
    write_small(tmp_path / "in" / "site-a", 3)
    write_small(tmp_path / "in" / "site-b" / "deep", 2)
    out = tmp_path / "cleaned"
    assert run(runner, str(tmp_path / "in"), "-o", str(out), "-q").exit_code == 0
    made = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json") if not p.name.startswith("."))
    assert made == [
        "site-a/doc0000.txt.json",
        "site-a/doc0001.txt.json",
        "site-a/doc0002.txt.json",
        "site-b/deep/doc0000.txt.json",
        "site-b/deep/doc0001.txt.json",
    ]
    assert json.loads((out / "site-a/doc0001.txt.json").read_text())["source"].endswith("site-a/doc0001.txt")
    txt = tmp_path / "as-text"
    assert run(runner, str(tmp_path / "in"), "-o", str(txt), "--format", "text", "-q").exit_code == 0
    body = (txt / "site-b/deep/doc0001.txt.txt").read_text()
    assert body.startswith("Story number 1")


def test_ordered_output_keeps_input_order(runner: CliRunner, tmp_path: Path) -> None:
    files = write_small(tmp_path / "in", 40)
    out = tmp_path / "o.jsonl"
    assert run(runner, str(tmp_path / "in"), "-o", str(out), "-j", "2", "--ordered", "-q").exit_code == 0
    assert [r["source"] for r in jsonl(out)] == [str(f) for f in files]


def test_failures_are_recorded_and_exit_1_but_the_rest_is_written(runner: CliRunner, tmp_path: Path) -> None:
    write_small(tmp_path / "in", 4)
    (tmp_path / "in" / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "in" / "broken.txt.gz").write_bytes(b"\x1f\x8b" + b"not really gzip")
    out = tmp_path / "o.jsonl"
    result = run(runner, str(tmp_path / "in"), str(tmp_path / "missing.txt"), "-o", str(out), "-j", "1")
    assert result.exit_code == 1
    assert len(jsonl(out)) == 4
    errors = jsonl(tmp_path / "o.errors.jsonl")
    assert sorted(Path(e["source"]).name for e in errors) == ["binary.txt", "broken.txt.gz", "missing.txt"]
    assert all(set(e) == {"source", "error", "message"} and e["message"] for e in errors)
    assert "3 input(s) failed" in result.stderr


def test_gz_inputs_are_read_transparently_and_mirrored_without_gz(runner: CliRunner, tmp_path: Path) -> None:
    (src,) = write_small(tmp_path / "raw", 1)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt.gz").write_bytes(gzip.compress(src.read_bytes()))
    out = tmp_path / "out"
    assert run(runner, str(tmp_path / "in"), "-o", str(out), "-q").exit_code == 0
    assert json.loads((out / "page.txt.json").read_text())["title"].startswith("Story number 0")


def test_hidden_nonregular_and_outside_symlinks_are_skipped_and_counted(
    runner: CliRunner, tmp_path: Path
) -> None:
    inp = tmp_path / "in"
    write_small(inp, 2)
    (inp / ".hidden.txt").write_text("secret\n")
    (inp / ".git").mkdir()
    (inp / ".git" / "x.txt").write_text("x\n")
    os.mkfifo(inp / "pipe.txt")
    (outside,) = write_small(tmp_path / "elsewhere", 1)
    (inp / "link.txt").symlink_to(outside)
    out = tmp_path / "o.jsonl"
    result = run(runner, str(inp), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert sorted(Path(r["source"]).name for r in jsonl(out)) == ["doc0000.txt", "doc0001.txt"]
    said = " ".join(result.stderr.split())  # the summary table may wrap
    assert "2 hidden" in said
    assert "1 not a regular file" in said
    assert "1 symlink out of the input folder" in said
    followed = tmp_path / "f.jsonl"
    assert run(runner, str(inp), "-o", str(followed), "--follow-symlinks", "-q").exit_code == 0
    assert len(jsonl(followed)) == 3


def test_include_exclude_globs(runner: CliRunner, tmp_path: Path) -> None:
    inp = tmp_path / "in"
    write_small(inp / "keep", 3)
    (inp / "notes.md").write_text("# notes\n")
    out = tmp_path / "o.jsonl"
    result = run(runner, str(inp), "-o", str(out), "--include", "*.txt", "--exclude", "keep/doc0001.txt")
    assert result.exit_code == 0
    assert sorted(Path(r["source"]).name for r in jsonl(out)) == ["doc0000.txt", "doc0002.txt"]


def test_paths_from_stdin_and_from_a_file(runner: CliRunner, tmp_path: Path) -> None:
    files = write_small(tmp_path / "in", 5)
    listing = "\n".join(str(f) for f in files[:3]) + "\n\n"
    out = tmp_path / "o.jsonl"
    assert run(runner, "--from", "-", "-o", str(out), "-q", input=listing).exit_code == 0
    assert sorted(r["source"] for r in jsonl(out)) == sorted(str(f) for f in files[:3])
    lst = tmp_path / "list.txt"
    lst.write_text("\n".join(str(f) for f in files[3:]) + "\n")
    out2 = tmp_path / "o2.jsonl"
    assert run(runner, "--from", str(lst), "-o", str(out2), "-q").exit_code == 0
    assert len(jsonl(out2)) == 2


def test_rerun_skips_done_work_and_force_redoes_it(runner: CliRunner, tmp_path: Path) -> None:
    files = write_small(tmp_path / "in", 6)
    out = tmp_path / "o.jsonl"
    assert run(runner, str(tmp_path / "in"), "-o", str(out), "-q").exit_code == 0
    write_small(tmp_path / "in", 8)  # two new files appear
    result = run(runner, str(tmp_path / "in"), "-o", str(out))
    assert result.exit_code == 0
    assert "already done (resumed)" in result.stderr
    rows = jsonl(out)
    assert len(rows) == 8 and len({r["source"] for r in rows}) == 8
    assert run(runner, str(tmp_path / "in"), "-o", str(out), "--force", "-q").exit_code == 0
    assert len(jsonl(out)) == 8
    assert str(files[0]) in {r["source"] for r in jsonl(out)}


def test_resume_cuts_a_partial_last_line_and_redoes_it(runner: CliRunner, tmp_path: Path) -> None:
    write_small(tmp_path / "in", 5)
    out = tmp_path / "o.jsonl"
    assert run(runner, str(tmp_path / "in"), "-o", str(out), "--ordered", "-q").exit_code == 0
    lines = out.read_text().splitlines(keepends=True)
    out.write_text("".join(lines[:3]) + lines[3][:40])  # killed in the middle of line 4
    assert len(recover_jsonl(out)) == 3
    assert out.read_text() == "".join(lines[:3])
    out.write_text("".join(lines[:3]) + lines[3][:40])
    assert run(runner, str(tmp_path / "in"), "-o", str(out), "-q").exit_code == 0
    rows = jsonl(out)
    assert len(rows) == 5 and len({r["source"] for r in rows}) == 5


def test_mirror_rerun_skips_existing_outputs_and_sweeps_temp_litter(
    runner: CliRunner, tmp_path: Path
) -> None:
    write_small(tmp_path / "in", 3)
    out = tmp_path / "out"
    assert run(runner, str(tmp_path / "in"), "-o", str(out), "-q").exit_code == 0
    (out / "doc0001.txt.json").unlink()
    (out / ".doc0001.txt.json.abc123.tmp").write_text('{"half": ')
    stamp = (out / "doc0000.txt.json").stat().st_mtime_ns
    result = run(runner, str(tmp_path / "in"), "-o", str(out))
    assert result.exit_code == 0
    assert (out / "doc0001.txt.json").exists()
    assert (out / "doc0000.txt.json").stat().st_mtime_ns == stamp
    assert not list(out.glob(".*.tmp"))


def test_output_inside_the_input_folder_is_not_read_back(runner: CliRunner, tmp_path: Path) -> None:
    write_small(tmp_path / "in", 3)
    out = tmp_path / "in" / "cleaned"
    assert run(runner, str(tmp_path / "in"), "-o", str(out), "-q").exit_code == 0
    assert run(runner, str(tmp_path / "in"), "-o", str(out), "-q", "--force").exit_code == 0
    assert len([p for p in out.rglob("*.json") if not p.name.startswith(".")]) == 3


@pytest.mark.parametrize(
    "args",
    [
        ["-o", "x.jsonl"],  # no inputs
        ["IN", "-o", "x.jsonl", "--format", "text"],  # text into a .jsonl file
        ["IN", "-o", "x.jsonl", "--workers", "0"],
        ["IN"],  # no --output
    ],
)
def test_usage_errors_exit_2(runner: CliRunner, tmp_path: Path, args: list[str]) -> None:
    write_small(tmp_path / "in", 1)
    args = [str(tmp_path / "in") if a == "IN" else str(tmp_path / a) if a == "x.jsonl" else a for a in args]
    result = runner.invoke(main, ["batch", *args])
    assert result.exit_code == 2, result.output


def test_quiet_prints_nothing(runner: CliRunner, tmp_path: Path) -> None:
    write_small(tmp_path / "in", 2)
    result = run(runner, str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl"), "--quiet")
    assert result.exit_code == 0
    assert result.stdout == "" and result.stderr == ""


def test_an_input_that_kills_its_worker_fails_alone(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A segfault or the OOM killer takes the whole worker process: only that input may fail."""
    import signal

    import cleaner.batch.work as work

    real_judge = work.judge

    def judge_or_die(data, *args, **kwargs):  # type: ignore[no-untyped-def]
        if b"CRASH-ME" in data:
            os.kill(os.getpid(), signal.SIGKILL)
        return real_judge(data, *args, **kwargs)

    monkeypatch.setattr(work, "judge", judge_or_die)  # the forked workers inherit it
    files = write_small(tmp_path / "in", 30)
    files[7].write_text(files[7].read_text() + "\nCRASH-ME\n")
    for workers in ("1", "2"):
        out = tmp_path / f"o{workers}.jsonl"
        result = run(runner, str(tmp_path / "in"), "-o", str(out), "-j", workers, "--ordered", "-q")
        assert result.exit_code == 1
        assert [r["source"] for r in jsonl(out)] == [str(f) for f in files if f != files[7]]
        (err,) = jsonl(tmp_path / f"o{workers}.errors.jsonl")
        assert err["source"] == str(files[7]) and err["error"] == "WorkerCrash"
