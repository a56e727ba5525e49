"""The database engine, sessions, migrations to head and the readiness check."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from bot.error_chain import causes

log = logging.getLogger(__name__)

ALEMBIC_INI = Path(__file__).with_name("alembic.ini")
SQLITE_BUSY_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_S = 10


class StorageError(RuntimeError):
    """The database cannot be reached, migrated or used; the message never holds the URL's password."""


class DatabaseUnavailable(StorageError):
    """The database stayed unreachable while an update was being handled: nothing was saved, try it again later."""


# What asyncpg and PostgreSQL say when a server restarts or a connection dies; SQLAlchemy does not flag them all.
_DISCONNECT_WORDS = (
    "connection is closed",
    "connection was closed",
    "shutting down",
    "starting up",
    "terminating connection",
    "connection refused",
    "cannot switch to state",
    "could not connect",
    "server closed the connection",
    "connection reset",
)


def is_disconnect(error: BaseException | None) -> bool:
    """True when the error (or one it wraps) means the connection or the server went away, not a bad statement."""
    for cause in causes(error):
        if isinstance(cause, DBAPIError) and cause.connection_invalidated:
            return True
        if isinstance(cause, (ConnectionError, TimeoutError)):
            return True
        text = str(cause).lower()
        if isinstance(cause, (DBAPIError, OSError)) and any(word in text for word in _DISCONNECT_WORDS):
            return True
    return False


def safe_url(url: str | URL) -> str:
    """The URL as it may appear in logs: password masked."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return "<unparseable database URL>"


def _scrub(text: str, url: URL) -> str:
    # Driver messages are not under our control, so mask the password wherever it shows up.
    if url.password:
        text = text.replace(str(url.password), "***")
    return text


def _fail(action: str, url: URL, exc: BaseException) -> StorageError:
    detail = _scrub(f"{type(exc).__name__}: {exc}", url)
    return StorageError(f"{action} {safe_url(url)} failed: {detail}")


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # WAL lets readers go on while one writer writes; busy_timeout makes a second writer wait, not fail.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")  # off by default in SQLite; /forget relies on cascades
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _parse(url: str | URL) -> URL:
    try:
        return make_url(url)
    except (ArgumentError, ValueError):
        # SQLAlchemy's message quotes the whole string, password included.
        raise StorageError("DATABASE_URL is not a database URL") from None


def make_engine(url: str | URL) -> AsyncEngine:
    """An async engine for `sqlite+aiosqlite://` or `postgresql+asyncpg://` URLs."""
    parsed = _parse(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(parsed)
        event.listen(engine.sync_engine, "connect", _set_sqlite_pragmas)
        return engine
    if backend == "postgresql":
        return create_async_engine(
            parsed,
            # Kept open: a connection opened under load (TLS attempt, start-up, statement cache) costs more CPU than
            # the handful of updates it serves, and overflow connections are closed as soon as they are returned.
            pool_size=10,
            max_overflow=5,
            pool_timeout=CONNECT_TIMEOUT_S,
            # No pre-ping: it costs two round trips per transaction. A restarted server's dead connections fail
            # once, SQLAlchemy then discards the whole pool, and the coach retries the update (is_disconnect).
            pool_pre_ping=False,
            pool_recycle=1800,
            connect_args={"timeout": CONNECT_TIMEOUT_S},
        )
    raise StorageError(f"unsupported database (use SQLite or PostgreSQL): {safe_url(parsed)}")


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions whose objects stay readable after commit, since handlers reply after committing."""
    return async_sessionmaker(engine, expire_on_commit=False)


def alembic_config() -> Config:
    return Config(str(ALEMBIC_INI))


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise StorageError("no migrations found")
    return head


def _upgrade_to_head(connection: Connection) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def upgrade(url: str | URL) -> None:
    """Migrate the database to the newest schema, keeping its rows; safe to call on every start."""
    parsed = _parse(url)
    engine = make_engine(parsed)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_upgrade_to_head)
    except (SQLAlchemyError, OSError) as exc:
        raise _fail("migrating", parsed, exc) from None
    finally:
        await engine.dispose()
    log.info("database %s is at schema %s", safe_url(parsed), head_revision())


async def check(target: str | URL | AsyncEngine) -> None:
    """Raise StorageError unless the database answers and its schema is at head (for readiness)."""
    engine = target if isinstance(target, AsyncEngine) else make_engine(target)
    try:
        async with engine.connect() as connection:
            current = await connection.run_sync(_current_revision)
    except (SQLAlchemyError, OSError, TimeoutError) as exc:
        raise _fail("connecting to", engine.url, exc) from None
    finally:
        if engine is not target:
            await engine.dispose()
    head = head_revision()
    if current != head:
        raise StorageError(
            f"database {safe_url(engine.url)} is at schema {current or 'none'}, the code needs {head}: "
            "run the migrations"
        )
