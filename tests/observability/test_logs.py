"""Log lines as an operator reads them: parseable JSON, users hashed, the token and message text kept out."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot.observability.logs import configure_logging, user_hash
from bot.settings import Settings, load_settings

TOKEN = "123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


@pytest.fixture
def root_level() -> Iterator[None]:
    level = logging.getLogger().level
    yield
    logging.getLogger().setLevel(level)


def emit(settings: Settings, *records: tuple[str, dict[str, object]], error: BaseException | None = None) -> str:
    stream = io.StringIO()
    handler = configure_logging(settings, stream)
    log = logging.getLogger("bot.test")
    try:
        for message, extra in records:
            log.info(message, extra=extra)
        if error is not None:
            try:
                raise error
            except type(error):
                log.exception("request to https://api.telegram.org/bot%s/sendMessage failed", TOKEN)
    finally:
        logging.getLogger().removeHandler(handler)
    return stream.getvalue()


def test_json_lines_carry_the_update_and_a_hashed_user_but_not_the_text(root_level: None) -> None:
    settings = load_settings(telegram_bot_token=TOKEN)
    extra = {"update_id": 7, "user": user_hash(42, TOKEN), "handler": "on_text", "duration_ms": 12.5, "text": "ouch"}
    [line] = [json.loads(raw) for raw in emit(settings, ("update handled", extra)).splitlines()]
    assert line["update_id"] == 7 and line["handler"] == "on_text" and line["duration_ms"] == 12.5
    assert line["user"] == user_hash(42, TOKEN) and len(line["user"]) == 12 and "42" not in line["user"]
    assert line["level"] == "INFO" and line["logger"] == "bot.test" and line["message"] == "update handled"
    assert "text" not in line and "time" in line


def test_message_text_appears_only_when_the_operator_opts_in(root_level: None) -> None:
    settings = load_settings(telegram_bot_token=TOKEN, log_message_text=True)
    [line] = [json.loads(raw) for raw in emit(settings, ("update handled", {"text": "ouch"})).splitlines()]
    assert line["text"] == "ouch"


def test_the_token_is_redacted_from_messages_and_tracebacks(root_level: None) -> None:
    settings = load_settings(telegram_bot_token=TOKEN)
    out = emit(settings, (f"url {TOKEN}", {}), error=RuntimeError(f"boom at /bot{TOKEN}/getMe"))
    lines = [json.loads(raw) for raw in out.splitlines()]
    assert len(lines) == 2 and "boom" in lines[1]["exception"]
    assert TOKEN not in out and TOKEN.partition(":")[2] not in out


def test_the_same_user_hashes_alike_for_one_bot_and_differently_for_another() -> None:
    assert user_hash(42, TOKEN) == user_hash(42, TOKEN)
    assert user_hash(42, TOKEN) != user_hash(43, TOKEN)
    assert user_hash(42, TOKEN) != user_hash(42, "654321:" + TOKEN.partition(":")[2])


def test_text_format_is_one_readable_line(root_level: None) -> None:
    settings = load_settings(telegram_bot_token=TOKEN, log_format="text")
    out = emit(settings, ("update handled", {"update_id": 7, "handler": "on_text"}))
    assert out.count("\n") == 1 and "INFO bot.test: update handled update_id=7 handler=on_text" in out
