"""A lost database connection mid-run: the update is redone once the database answers, or given up unsaved."""

from __future__ import annotations

import asyncpg
import pytest
from sqlalchemy.exc import DBAPIError, OperationalError

from bot.engine.coach import Coach, DatabaseOutage
from bot.engine.events import Event, EventKind
from bot.retrieval.service import KnowledgeBase
from bot.storage import repo
from bot.storage.db import DatabaseUnavailable, is_disconnect, make_engine, make_sessionmaker
from tests.fixtures.database import _asyncpg_dsn

pytestmark = pytest.mark.postgres
ALICE = 7_000_001


async def cut_connections(url: str) -> int:
    """What a PostgreSQL restart does to a worker's pooled connections: the server ends every one of them."""
    admin = await asyncpg.connect(_asyncpg_dsn(url), timeout=5)
    try:
        ended: int = await admin.fetchval(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return ended
    finally:
        await admin.close()


async def test_an_update_after_the_servers_connections_were_cut_is_handled(
    knowledge_base: KnowledgeBase, postgres_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    engine = make_engine(postgres_url)
    sessions = make_sessionmaker(engine)
    coach = Coach(knowledge_base, sessions)
    try:
        await coach.handle(Event(ALICE, EventKind.COMMAND, command="setup", update_id=1))
        assert await cut_connections(postgres_url) >= 1  # the pooled connection is dead now
        outcome = await coach.handle(Event(ALICE, EventKind.CHOICE, data="", update_id=2))
        assert outcome.replies  # answered, not an exception and not the "busy" apology
        assert "database connection lost" in caplog.text  # it did meet the dead connection, and tried again
        async with sessions() as session:
            assert (await repo.pending_replies(session, 2)).replies == [r.to_dict() for r in outcome.replies]
    finally:
        await engine.dispose()


async def test_an_outage_longer_than_the_patience_gives_the_update_up() -> None:
    outage = DatabaseOutage(patience=0.25)
    error = DBAPIError("SELECT 1", None, ConnectionResetError("connection reset by peer"))
    with pytest.raises(DatabaseUnavailable):
        for _ in range(10):
            await outage.wait(error)
    assert 0.25 <= outage.waited < 1.0


def test_disconnects_are_told_apart_from_bad_statements() -> None:
    assert is_disconnect(OperationalError("SELECT 1", None, ConnectionRefusedError(111, "Connection refused")))
    assert is_disconnect(DBAPIError("SELECT 1", None, Exception("the database system is shutting down")))
    assert is_disconnect(ConnectionRefusedError(111, "Connect call failed"))  # asyncpg's, unwrapped by SQLAlchemy
    assert not is_disconnect(DBAPIError("SELECT 1", None, Exception('relation "nope" does not exist')))
    assert not is_disconnect(OperationalError("UPDATE", None, Exception("database is locked")))
