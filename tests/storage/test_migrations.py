"""The migrations build the schema the models describe, keep data on re-run, and the URL's password stays secret."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, make_url

from bot.storage import repo
from bot.storage.db import StorageError, alembic_config, check, head_revision, make_engine, make_sessionmaker, upgrade
from bot.storage.enums import Weekday
from bot.storage.models import Base

TABLES = {
    "users",
    "conversations",
    "setup_checks",
    "pain_reports",
    "reminders",
    "followups",
    "deliveries",
    "feedback",
    "processed_updates",
    "alembic_version",
}
SECRET = "Sup3r-S3cret-pw"


def _schema_differences(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


async def test_migrations_create_every_table_at_head(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        async with engine.connect() as connection:
            tables = await connection.run_sync(lambda sync: set(inspect(sync).get_table_names()))
            differences = await connection.run_sync(_schema_differences)
        await check(engine)
    finally:
        await engine.dispose()
    assert tables == TABLES
    assert differences == [], "models and migrations disagree: write a migration"


async def test_upgrade_again_keeps_existing_rows(db_url: str) -> None:
    engine = make_engine(db_url)
    sessions = make_sessionmaker(engine)
    now = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
    try:
        async with sessions.begin() as session:
            await repo.get_or_create_user(session, 42, chat_id=42)
            await repo.add_reminder(
                session, 42, weekdays={Weekday.MON}, local_time="07:00", timezone="UTC", next_due_at=now
            )
        await upgrade(db_url)
        async with sessions() as session:
            reminders = await repo.list_reminders(session, 42)
    finally:
        await engine.dispose()
    assert [(r.user_id, r.local_time, r.next_due_at) for r in reminders] == [(42, "07:00", now)]


async def test_downgrade_to_base_and_back_rebuilds_the_schema(db_url: str) -> None:
    engine = make_engine(db_url)

    def downgrade(connection: Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "base")

    try:
        async with engine.begin() as connection:
            await connection.run_sync(downgrade)
        async with engine.connect() as connection:
            left = await connection.run_sync(lambda sync: set(inspect(sync).get_table_names()))
    finally:
        await engine.dispose()
        await upgrade(db_url)  # leave the shared database at head whatever happened
    assert left <= {"alembic_version"}
    await check(db_url)


async def test_check_refuses_a_database_that_was_never_migrated(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'nested' / 'empty.sqlite3'}"
    with pytest.raises(StorageError, match="run the migrations"):
        await check(url)
    assert (tmp_path / "nested").is_dir()  # make_engine creates the parent directory
    await upgrade(url)
    await check(url)


async def test_unreachable_database_error_hides_the_password() -> None:
    url = f"postgresql+asyncpg://postgres:{SECRET}@127.0.0.1:1/coach"
    for attempt in (check(url), upgrade(url)):
        with pytest.raises(StorageError) as caught:
            await attempt
        assert SECRET not in str(caught.value)
        assert "postgres:***@127.0.0.1:1/coach" in str(caught.value)
        assert caught.value.__suppress_context__  # the driver error is not printed after ours


async def test_unparseable_url_error_hides_the_password() -> None:
    with pytest.raises(StorageError) as caught:
        await check(f"postgresql+asyncpg://postgres:{SECRET}@127.0.0.1:notaport/coach")
    assert SECRET not in str(caught.value)


@pytest.mark.postgres
async def test_migration_log_hides_the_password(postgres_url: str, caplog: pytest.LogCaptureFixture) -> None:
    # The test server trusts every login, so a password in the URL is accepted and ignored.
    url = make_url(postgres_url).set(password=SECRET).render_as_string(hide_password=False)
    with caplog.at_level(logging.DEBUG):
        await upgrade(url)
    assert head_revision() in caplog.text
    assert SECRET not in caplog.text


async def test_upgrade_from_0001_carries_deliveries_over(db_url: str) -> None:
    """0002 turns old-style claims ("sent" with no sent_at) and attempt counts kept in `detail` into columns."""
    engine = make_engine(db_url)

    def to_0001(connection: Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")

    due = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(to_0001)
        async with make_sessionmaker(engine).begin() as session:
            await repo.get_or_create_user(session, 7, chat_id=7)
            reminder = await repo.add_reminder(
                session, 7, weekdays={Weekday.MON}, local_time="07:00", timezone="UTC", next_due_at=due
            )
            reminder_id = reminder.id
        async with engine.begin() as connection:
            insert = text(
                "INSERT INTO deliveries (user_id, reminder_id, due_at, sent_at, status, detail) "
                "VALUES (7, :reminder, :due, NULL, :status, :detail)"
            )
            await connection.execute(
                insert, {"reminder": reminder_id, "due": due, "status": "sent", "detail": "claimed"}
            )
            await connection.execute(
                insert,
                {
                    "reminder": reminder_id,
                    "due": due + timedelta(days=7),
                    "status": "failed",
                    "detail": "attempt 3 of 5: x",
                },
            )
        await upgrade(db_url)
        async with engine.connect() as connection:
            rows = (await connection.execute(text("SELECT status, attempts FROM deliveries ORDER BY due_at"))).all()
    finally:
        await engine.dispose()
        await upgrade(db_url)
    assert [tuple(row) for row in rows] == [("claimed", 0), ("failed", 3)]
