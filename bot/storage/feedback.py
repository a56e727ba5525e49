"""Repository function for the user's thumbs up or down on an answer."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Feedback


async def add_feedback(
    session: AsyncSession, user_id: int, *, question: str, passage_id: str, helpful: bool
) -> Feedback:
    feedback = Feedback(user_id=user_id, question=question, passage_id=passage_id, helpful=helpful)
    session.add(feedback)
    await session.flush()
    return feedback
