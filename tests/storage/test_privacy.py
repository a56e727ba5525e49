"""/mydata exports everything stored about a user; /forget leaves nothing of theirs behind."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage import repo
from bot.storage.enums import DeliveryStatus, SetupAnswer, Weekday
from bot.storage.models import USER_TABLES, User

DUE = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)


async def _user_with_everything(session: AsyncSession, user_id: int) -> None:
    await repo.get_or_create_user(session, user_id, chat_id=user_id)
    await repo.set_timezone(session, user_id, "Europe/Berlin")
    await repo.save_conversation(session, user_id, flow="pain", step="where", data={"when": "lockout"})
    await repo.add_setup_check(session, user_id, {"feet": SetupAnswer.YES})
    report = await repo.add_pain_report(session, user_id, text="ache", level="adjust", locations=["lower_back"])
    reminder = await repo.add_reminder(
        session,
        user_id,
        weekdays={Weekday.MON, Weekday.THU},
        local_time="18:30",
        timezone="Europe/Berlin",
        next_due_at=DUE,
    )
    followup = await repo.add_followup(session, user_id, kind="pain_check", due_at=DUE, pain_report_id=report.id)
    await repo.record_delivery(
        session, user_id=user_id, reminder_id=reminder.id, due_at=DUE, status=DeliveryStatus.SENT
    )
    await repo.record_delivery(
        session, user_id=user_id, followup_id=followup.id, due_at=DUE, status=DeliveryStatus.SENT
    )
    await repo.add_feedback(session, user_id, question="knees?", passage_id="cue-knees", helpful=True)


async def _rows_of(session: AsyncSession, user_id: int) -> dict[str, int]:
    counts = {"users": await session.scalar(select(func.count()).where(User.id == user_id)) or 0}
    for model in USER_TABLES:
        owner = model.__table__.c.user_id
        counts[str(model.__tablename__)] = await session.scalar(select(func.count()).where(owner == user_id)) or 0
    return counts


async def test_export_holds_everything_and_is_json(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory.begin() as session:
        await _user_with_everything(session, 1)
        await _user_with_everything(session, 2)
    async with session_factory() as session:
        export = await repo.export_user_data(session, 1)
    assert json.loads(json.dumps(export)) == export
    assert export["user"]["id"] == 1 and export["user"]["timezone"] == "Europe/Berlin"
    assert export["user"]["units"] == "kg"
    assert export["conversations"][0]["data"] == {"when": "lockout"}
    assert [c["results"] for c in export["setup_checks"]] == [{"feet": "yes"}]
    assert [r["locations"] for r in export["pain_reports"]] == [["lower_back"]]
    [reminder] = export["reminders"]
    assert (reminder["weekdays"], reminder["local_time"], reminder["next_due_at"]) == (
        ["mon", "thu"],
        "18:30",
        "2026-03-02T06:00:00+00:00",
    )
    assert [f["kind"] for f in export["followups"]] == ["pain_check"]
    assert len(export["deliveries"]) == 2
    assert [f["passage_id"] for f in export["feedback"]] == ["cue-knees"]
    assert all(row["user_id"] == 1 for table in USER_TABLES for row in export[str(table.__tablename__)])


async def test_export_of_an_unknown_user_is_empty(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory() as session:
        export = await repo.export_user_data(session, 404)
    assert export["user"] is None
    assert all(export[str(table.__tablename__)] == [] for table in USER_TABLES)


async def test_forget_deletes_every_row_of_the_user_and_no_one_elses(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory.begin() as session:
        await _user_with_everything(session, 1)
        await _user_with_everything(session, 2)
    async with session_factory.begin() as session:
        assert await repo.delete_user_data(session, 1)
        assert not await repo.delete_user_data(session, 404)
    async with session_factory() as session:
        gone = await _rows_of(session, 1)
        kept = await _rows_of(session, 2)
    assert set(gone.values()) == {0}
    assert 0 not in kept.values()


async def test_forget_in_the_same_session_that_loaded_the_rows(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory.begin() as session:
        await _user_with_everything(session, 1)
        assert await repo.delete_user_data(session, 1)
        await repo.get_or_create_user(session, 1, chat_id=1)  # a new start right after /forget
    async with session_factory() as session:
        rows = await _rows_of(session, 1)
    assert rows.pop("users") == 1
    assert set(rows.values()) == {0}
