"""The database tables as SQLAlchemy 2 typed models; every time column holds an aware UTC datetime."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeEngine

from bot.storage.columns import UtcDateTime, WeekdaySet
from bot.storage.enums import DeliveryStatus, FollowupStatus, Units, Weekday

# Named constraints let later migrations drop or alter them by name on both dialects.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# SQLite only auto-numbers an INTEGER PRIMARY KEY, so surrogate keys are BIGINT on PostgreSQL alone.
RowId = BigInteger().with_variant(Integer(), "sqlite")
Json = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> datetime:
    return datetime.now(UTC)


def _enum(cls: type[StrEnum]) -> TypeEngine[Any]:
    """A StrEnum stored as its value in a VARCHAR, so adding a member needs no ALTER TYPE."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=16,
        values_callable=lambda members: [member.value for member in members],
    )


def _owner() -> Mapped[int]:
    """The user a row belongs to: deleting the user deletes the row (/forget)."""
    return mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UtcDateTime()}  # noqa: RUF012


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)  # Telegram user id
    chat_id: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    timezone: Mapped[str | None] = mapped_column(String(64))  # IANA name, e.g. "Europe/Berlin"
    units: Mapped[Units] = mapped_column(_enum(Units), default=Units.KG, server_default=Units.KG.value)
    blocked: Mapped[bool] = mapped_column(default=False, server_default=false())  # the bot got a 403
    # Set after a report that needs a professional; training advice stays cautious until it is cleared.
    train_caution_since: Mapped[datetime | None]


class Conversation(Base):
    __tablename__ = "conversations"

    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    flow: Mapped[str | None] = mapped_column(String(64))
    step: Mapped[str | None] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(default=0)


class SetupCheck(Base):
    __tablename__ = "setup_checks"

    id: Mapped[int] = mapped_column(RowId, primary_key=True)
    user_id: Mapped[int] = _owner()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    results: Mapped[dict[str, str]] = mapped_column(Json)  # step id -> choice id of the setup-check flow


class PainReport(Base):
    __tablename__ = "pain_reports"

    id: Mapped[int] = mapped_column(RowId, primary_key=True)
    user_id: Mapped[int] = _owner()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    text: Mapped[str] = mapped_column(Text)
    answers: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    level: Mapped[str] = mapped_column(String(32))  # the triage level, owned by the engine
    flags: Mapped[list[str]] = mapped_column(Json, default=list)
    locations: Mapped[list[str]] = mapped_column(Json, default=list)


class Reminder(Base):
    __tablename__ = "reminders"
    __table_args__ = (Index("ix_reminders_due", "active", "next_due_at"),)

    id: Mapped[int] = mapped_column(RowId, primary_key=True)
    user_id: Mapped[int] = _owner()
    weekdays: Mapped[frozenset[Weekday]] = mapped_column(WeekdaySet())  # stored as "mon,wed,fri"
    local_time: Mapped[str] = mapped_column(String(5))  # "HH:MM" in `timezone`
    timezone: Mapped[str] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(default=True, server_default=true())
    next_due_at: Mapped[datetime | None]  # None while paused
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]


class Followup(Base):
    __tablename__ = "followups"
    __table_args__ = (Index("ix_followups_due", "status", "due_at"),)

    id: Mapped[int] = mapped_column(RowId, primary_key=True)
    user_id: Mapped[int] = _owner()
    pain_report_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("pain_reports.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))  # e.g. "pain_check"
    due_at: Mapped[datetime]
    status: Mapped[FollowupStatus] = mapped_column(_enum(FollowupStatus), default=FollowupStatus.PENDING)
    answer: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]


class Delivery(Base):
    """One message the scheduler sent (or gave up on); the unique keys make each occurrence count once."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("reminder_id", "due_at"),
        UniqueConstraint("followup_id"),
        CheckConstraint("(reminder_id IS NULL) <> (followup_id IS NULL)", name="one_source"),
    )

    id: Mapped[int] = mapped_column(RowId, primary_key=True)
    user_id: Mapped[int] = _owner()
    reminder_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("reminders.id", ondelete="CASCADE"))
    followup_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("followups.id", ondelete="CASCADE"))
    due_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    status: Mapped[DeliveryStatus] = mapped_column(_enum(DeliveryStatus))
    detail: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")  # failed sends so far


class Feedback(Base):
    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(RowId, primary_key=True)
    user_id: Mapped[int] = _owner()
    question: Mapped[str] = mapped_column(Text)
    passage_id: Mapped[str] = mapped_column(String(128))
    helpful: Mapped[bool]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ProcessedUpdate(Base):
    """A Telegram update already handled, with its replies until Telegram has them (the outbox)."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    handled_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    replies: Mapped[list[dict[str, Any]] | None] = mapped_column(Json)  # what to send, until delivered
    delivered_at: Mapped[datetime | None]
    sending_until: Mapped[datetime | None]  # a worker is sending the replies until then (renewed while it does)


USER_TABLES: tuple[type[Base], ...] = (
    Conversation,
    SetupCheck,
    PainReport,
    Reminder,
    Followup,
    Delivery,
    Feedback,
)
