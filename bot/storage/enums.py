"""The fixed vocabularies stored in the database: units, answers, statuses and weekdays."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Units(StrEnum):
    KG = "kg"
    LB = "lb"


class SetupAnswer(StrEnum):
    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


class FollowupStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    ANSWERED = "answered"
    CANCELLED = "cancelled"
    SKIPPED = "skipped"


class DeliveryStatus(StrEnum):
    CLAIMED = "claimed"  # being sent by the worker holding the lease
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"


class Weekday(IntEnum):
    """Numbered like `datetime.weekday()`, so Monday is 0."""

    MON = 0
    TUE = 1
    WED = 2
    THU = 3
    FRI = 4
    SAT = 5
    SUN = 6

    @property
    def short(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> Weekday:
        try:
            return cls[name.strip().upper()[:3]]
        except KeyError:
            raise ValueError(f"not a weekday: {name!r}") from None
