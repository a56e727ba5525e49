"""The terminal chat: the same engine, typed numbers for buttons, persisted to the configured database."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.chat import number_hint, parse_line, run_chat
from bot.engine.events import Button, EventKind
from bot.settings import load_settings


def test_typed_lines_become_events() -> None:
    options = [Button("Yes", "flow:setup_check:bench_height:yes"), Button("No", "flow:setup_check:bench_height:no")]
    assert parse_line("2", options) is not None and parse_line("2", options).data == options[1].data  # type: ignore[union-attr]
    command = parse_line("/remind mon 18:00", options)
    assert command is not None and command.kind is EventKind.COMMAND and command.command == "remind"
    assert command.text == "mon 18:00"
    question = parse_line("7", options)  # not an option on screen: it is just text
    assert question is not None and question.kind is EventKind.TEXT
    assert parse_line("   ", options) is None


def test_a_number_that_picks_no_option_says_which_numbers_do() -> None:
    options = [Button("Yes", "flow:setup_check:bench_height:yes"), Button("No", "flow:setup_check:bench_height:no")]
    assert number_hint("7", options) == "Pick a number from 1 to 2, or type your question."
    assert number_hint("0", options) is not None
    assert number_hint("2", options) is None  # a real option
    assert number_hint("7", []) is None  # nothing on screen: "7" is just text
    assert number_hint("7 sets?", options) is None


async def test_chat_session_runs_a_setup_check_and_a_pain_report(
    db_url: str, knowledge_dir: Path, built_index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setenv("KNOWLEDGE_DIR", str(knowledge_dir))
    monkeypatch.setenv("INDEX_DIR", str(built_index_dir))
    lines = ["/setup", "1", "1", "1", "1", "1", "2", "1", "1", "numbness in my groin after thrusts", "/quit"]
    out = io.StringIO()
    assert await run_chat(load_settings(), io.StringIO("\n".join(lines) + "\n"), out) == 0
    transcript = out.getvalue()
    assert "1. Yes" in transcript and "→ Shin test: Lean forward" in transcript
    assert "⚠️ Shin test" in transcript and "✅ Bench height" in transcript
    assert "Seek emergency care now" in transcript
    # A second session on the same database remembers the first check.
    out2 = io.StringIO()
    again = ["/setup", *["1"] * 8, "/quit"]
    assert await run_chat(load_settings(), io.StringIO("\n".join(again) + "\n"), out2) == 0
    assert "Shin test: ⚠️ → ✅" in out2.getvalue()
