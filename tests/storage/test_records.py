"""Setup checks, pain reports and feedback: what the user told the bot comes back as they said it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage import repo
from bot.storage.enums import SetupAnswer
from bot.storage.models import Feedback


async def test_the_last_two_setup_checks_come_newest_first(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory.begin() as session:
        await repo.get_or_create_user(session, 1, chat_id=1)
        for feet in ("no", "unsure", "yes"):
            await repo.add_setup_check(session, 1, {"feet": SetupAnswer(feet), "bench": SetupAnswer.YES})
    async with session_factory() as session:
        checks = await repo.latest_setup_checks(session, 1)
        assert await repo.latest_setup_checks(session, 2) == []
    assert [c.results for c in checks] == [{"feet": "yes", "bench": "yes"}, {"feet": "unsure", "bench": "yes"}]


async def test_a_setup_check_keeps_the_flow_choice_ids(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory.begin() as session:
        await repo.get_or_create_user(session, 1, chat_id=1)
        await repo.add_setup_check(session, 1, {"shin_test": "lean_forward"})
    async with session_factory() as session:
        [check] = await repo.latest_setup_checks(session, 1)
    assert check.results == {"shin_test": "lean_forward"}


async def test_the_latest_pain_report_is_returned_whole(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory.begin() as session:
        await repo.get_or_create_user(session, 1, chat_id=1)
        assert await repo.latest_pain_report(session, 1) is None
        await repo.add_pain_report(session, 1, text="dull ache", level="adjust")
        await repo.add_pain_report(
            session,
            1,
            text="Stechen im unteren Rücken beim Lockout",
            level="professional",
            answers={"when": "lockout", "score": 7},
            flags=["numbness"],
            locations=["lower_back", "left_leg"],
        )
    async with session_factory() as session:
        report = await repo.latest_pain_report(session, 1)
    assert report is not None
    assert (report.text, report.level, report.answers, report.flags, report.locations) == (
        "Stechen im unteren Rücken beim Lockout",
        "professional",
        {"when": "lockout", "score": 7},
        ["numbness"],
        ["lower_back", "left_leg"],
    )


async def test_feedback_is_stored(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory.begin() as session:
        await repo.get_or_create_user(session, 1, chat_id=1)
        await repo.add_feedback(session, 1, question="why does my back hurt?", passage_id="cause-arch", helpful=False)
    async with session_factory() as session:
        [feedback] = await session.scalars(select(Feedback))
    assert (feedback.user_id, feedback.passage_id, feedback.helpful) == (1, "cause-arch", False)
