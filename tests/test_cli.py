"""The command line contract: formats, exit codes, error lines, stdout kept machine-clean."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.article import FIELDS
from cleaner.cli import main
from cleaner.rules import RULE_NAMES

PAGE = """Daily Planet

Monday, 3 March 2025

Council Approves New Riverside Park

By Lois Lane

The city council voted on Monday to turn the old riverside warehouses into a public park, ending a debate that lasted more than a decade.

Construction is expected to begin next spring, and the first section of the park should open to the public within two years of that date.

Residents who spoke at the meeting were mostly in favour, although several asked the council to keep the historic crane as a landmark.
Share
Facebook
Twitter
Related Articles
Mayor Opens New Library Branch
Bridge Repairs Delayed Until Autumn
Schools Prepare for Record Enrolment
Local Team Wins Regional Final
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def page(tmp_path: Path) -> Path:
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    return p


def test_clean_one_file_prints_json_with_every_key_in_order(runner: CliRunner, page: Path) -> None:
    result = runner.invoke(main, ["clean", str(page)])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data)[: len(FIELDS)] == list(FIELDS)
    assert data["source"] == str(page)
    assert data["title"] == "Council Approves New Riverside Park"
    assert data["date"] == "2025-03-03"
    assert data["author"] == "Lois Lane"
    assert data["site"] == "Daily Planet"
    assert len(data["paragraphs"]) == 3
    assert result.stderr == ""


def test_clean_reads_stdin_with_dash(runner: CliRunner) -> None:
    result = runner.invoke(main, ["clean", "-f", "text", "-"], input=PAGE)
    assert result.exit_code == 0
    assert result.stdout.startswith("Council Approves New Riverside Park\n2025-03-03\n\nThe city council")
    assert "Related Articles" not in result.stdout


def test_several_inputs_default_to_jsonl(runner: CliRunner, page: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(main, ["clean", str(page), str(other)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(page), str(other)]


def test_missing_file_fails_alone_with_one_line_and_exit_1(runner: CliRunner, page: Path) -> None:
    result = runner.invoke(main, ["clean", "missing.txt", str(page), "-f", "jsonl"])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1  # the good input is still cleaned
    assert "cleaner: missing.txt: no such file; check the path" in result.stderr
    assert "Traceback" not in result.stderr


def test_binary_input_is_refused_with_a_fix(runner: CliRunner, tmp_path: Path) -> None:
    png = tmp_path / "logo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    result = runner.invoke(main, ["clean", str(png)])
    assert result.exit_code == 1
    assert result.stderr.strip().startswith(f"cleaner: {png}: input is a PNG image")
    assert result.stdout == ""


def test_unknown_rule_is_a_usage_error(runner: CliRunner, page: Path) -> None:
    result = runner.invoke(main, ["clean", "--disable", "drop_everything", str(page)])
    assert result.exit_code == 2


def test_disable_rule_keeps_what_it_would_drop(runner: CliRunner, page: Path) -> None:
    result = runner.invoke(
        main,
        [
            "clean",
            "-f",
            "jsonl",
            str(page),
            "--disable",
            "drop_related_section",
            "--disable",
            "drop_headline_lists",
            "--disable",
            "drop_outside_article",
            "--disable",
            "drop_trailing_fragments",
        ],
    )
    assert result.exit_code == 0
    assert "Mayor Opens New Library Branch" in json.loads(result.stdout)["paragraphs"]


def test_output_file_is_written_whole(runner: CliRunner, page: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = runner.invoke(main, ["clean", str(page), "-o", str(out)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "Council Approves New Riverside Park"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_unwritable_output_dir_is_one_line(runner: CliRunner, page: Path, tmp_path: Path) -> None:
    result = runner.invoke(main, ["clean", str(page), "-o", str(tmp_path / "no" / "such" / "out.json")])
    assert result.exit_code == 1
    assert "no such directory; create it first" in result.stderr


def test_rules_lists_registry_in_order(runner: CliRunner) -> None:
    result = runner.invoke(main, ["rules"])
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.stdout.splitlines()] == list(RULE_NAMES)


def test_explain_jsonl_labels_every_line(runner: CliRunner, page: Path) -> None:
    result = runner.invoke(main, ["explain", "--jsonl", str(page)])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    labels = {r["text"]: r["label"] for r in rows}
    assert labels["Council Approves New Riverside Park"] == "title"
    assert labels["Facebook"] == "drop_social_buttons"
    assert labels["Related Articles"] == "drop_related_section"
    assert len(rows) == len([line for line in PAGE.splitlines() if line.strip()])


def test_explain_table_goes_to_stderr(runner: CliRunner, page: Path) -> None:
    result = runner.invoke(main, ["explain", str(page)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "drop_social_buttons" in result.stderr
