"""Logging for a service: one JSON object per line (or text for humans), users hashed, the token never shown."""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any, TextIO

from bot.settings import Settings

# Record attributes (passed as `extra=`) that go into every line that has them, in this order.
FIELDS = ("update_id", "user", "handler", "kind", "outcome", "duration_ms")
TEXT_FIELD = "text"  # what the user wrote: only with LOG_MESSAGE_TEXT on
REDACTED = "<redacted>"
USER_HASH_CHARS = 12


def user_hash(user_id: int, token: str) -> str:
    """A Telegram user id as logs show it: stable for one bot, not reversible without the bot's token."""
    salt = hashlib.sha256(token.encode()).digest()
    return hashlib.sha256(salt + str(user_id).encode()).hexdigest()[:USER_HASH_CHARS]


def secrets_of(settings: Settings) -> tuple[str, ...]:
    """The strings no log line may contain: the token, its secret half, the webhook secret."""
    found: list[str] = []
    if settings.telegram_bot_token is not None:
        token = settings.telegram_bot_token.get_secret_value()
        found += [token, token.partition(":")[2]]
    if settings.telegram_webhook_secret is not None:
        found.append(settings.telegram_webhook_secret.get_secret_value())
    return tuple(sorted({s for s in found if len(s) >= 8}, key=len, reverse=True))  # longest first


class RedactSecrets(logging.Filter):
    """Defence in depth: libraries put request URLs (which hold the token) into messages and tracebacks."""

    def __init__(self, secrets: tuple[str, ...]) -> None:
        super().__init__()
        self.secrets = secrets

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        for name in (*FIELDS, TEXT_FIELD):
            value = getattr(record, name, None)
            if isinstance(value, str):
                setattr(record, name, self.redact(value))
        return True


def _fields(record: logging.LogRecord, message_text: bool) -> dict[str, Any]:
    names = (*FIELDS, TEXT_FIELD) if message_text else FIELDS
    return {name: getattr(record, name) for name in names if getattr(record, name, None) is not None}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, then the update's fields when the record has them."""

    def __init__(self, *, message_text: bool = False, worker: str = "") -> None:
        super().__init__()
        self.message_text = message_text
        self.worker = worker

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if self.worker:
            line["worker"] = self.worker
        line.update(_fields(record, self.message_text))
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line["exception"] = record.exc_text
        return json.dumps(line, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """For a person at a terminal: the usual line, then the update's fields as key=value."""

    def __init__(self, *, message_text: bool = False) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self.message_text = message_text

    def formatMessage(self, record: logging.LogRecord) -> str:
        fields = _fields(record, self.message_text)
        extra = "".join(
            f" {name}={value!r}" if name == TEXT_FIELD else f" {name}={value}" for name, value in fields.items()
        )
        return super().formatMessage(record) + extra


def configure_logging(settings: Settings, stream: TextIO | None = None) -> logging.Handler:
    """Route every log record through one handler on the root logger; returns it (tests remove it again)."""
    formatter: logging.Formatter = (
        JsonFormatter(message_text=settings.log_message_text, worker=settings.worker_name)
        if settings.log_format == "json"
        else TextFormatter(message_text=settings.log_message_text)
    )
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(formatter)
    handler.addFilter(RedactSecrets(secrets_of(settings)))  # on the handler, so it sees every logger's records
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h.formatter, JsonFormatter | TextFormatter)]:
        root.removeHandler(old)  # configuring twice must not print every line twice
    root.addHandler(handler)
    root.setLevel(settings.log_level)
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return handler
