"""What the coach adds from the user's own history: the caution after a serious report, a setup point to fix."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.engine import texts
from bot.engine.flows import Flow, FlowState, summary
from bot.storage import repo
from bot.storage.models import User

CAUTION_DAYS = 14  # how long after a professional/emergency report answers keep saying "don't train until cleared"


def caution_active(user: User, now: datetime) -> bool:
    since = user.train_caution_since
    return since is not None and now - since < timedelta(days=CAUTION_DAYS)


async def setup_tip(session: AsyncSession, user: User, setup_flow: Flow) -> str | None:
    """The first point of the user's last setup check that was not right, with its fix."""
    checks = await repo.latest_setup_checks(session, user.id, n=1)
    if not checks:
        return None
    lines = summary(setup_flow, FlowState(setup_flow.id, None, dict(checks[0].results)))
    weak = next((line for line in lines if not line.ok), None)
    return f"Your focus today: {weak.label.lower()}. {weak.fix.strip()}" if weak and weak.fix else None


async def personal_tip(session: AsyncSession, user: User, now: datetime, setup_flow: Flow) -> str | None:
    """One line for the cue card: the caution wins over any setup advice."""
    if caution_active(user, now):
        return texts.CAUTION
    return await setup_tip(session, user, setup_flow)
