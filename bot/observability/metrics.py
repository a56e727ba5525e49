"""Prometheus metrics of one bot process, in one registry served at /metrics."""

from __future__ import annotations

from enum import StrEnum

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest

# Question answering targets p95 ≤ 150 ms; the buckets are dense around that and still show multi-second stalls.
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1.0, 2.5, 5.0, 10.0)
CONTENT_TYPE = CONTENT_TYPE_LATEST


class UpdateKind(StrEnum):
    TEXT = "text"
    COMMAND = "command"
    CHOICE = "choice"
    OTHER = "other"  # stickers, photos, groups, edits: nudged or ignored


class Answer(StrEnum):
    ANSWERED = "answered"
    FALLBACK = "fallback"  # the knowledge base had nothing good enough


class ReminderResult(StrEnum):
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"  # too late to be useful (the bot was down)


class Metrics:
    """The counters and histograms; a test makes its own instance, the bot uses `METRICS`."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        self.updates = Counter(
            "coach_updates", "Telegram updates handled, by kind", ["kind"], registry=self.registry
        )
        self.handling_seconds = Histogram(
            "coach_update_handling_seconds",
            "Time from receiving an update to having sent its replies",
            ["kind"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.answers = Counter(
            "coach_questions", "Questions answered from the guide vs fallbacks", ["result"], registry=self.registry
        )
        self.triage = Counter("coach_triage", "Pain reports by triage level", ["level"], registry=self.registry)
        self.reminders = Counter(
            "coach_reminders", "Reminders and check-ins, by result", ["result"], registry=self.registry
        )
        self.rate_limited = Counter(
            "coach_telegram_rate_limited", "Telegram answers 429 Too Many Requests", registry=self.registry
        )
        self.database_errors = Counter(
            "coach_database_errors", "Updates or jobs that failed on a database error", registry=self.registry
        )
        # Labels are created up front so every series reads 0 from the start, not absent until it first happens.
        for kind in UpdateKind:
            self.updates.labels(kind.value)
            self.handling_seconds.labels(kind.value)
        for answer in Answer:
            self.answers.labels(answer.value)
        for result in ReminderResult:
            self.reminders.labels(result.value)

    def update_handled(
        self, kind: UpdateKind, seconds: float, *, fallback: bool | None = None, level: str | None = None
    ) -> None:
        """One handled update, with what the engine made of it (Outcome.fallback / Outcome.level)."""
        self.updates.labels(kind.value).inc()
        self.handling_seconds.labels(kind.value).observe(seconds)
        if fallback is not None:
            self.answers.labels((Answer.FALLBACK if fallback else Answer.ANSWERED).value).inc()
        if level is not None:
            self.triage.labels(level).inc()

    def reminder(self, result: ReminderResult) -> None:
        self.reminders.labels(result.value).inc()

    def telegram_rate_limited(self) -> None:
        self.rate_limited.inc()

    def database_error(self) -> None:
        self.database_errors.inc()

    def exposition(self) -> bytes:
        """The registry in Prometheus' text format (Content-Type: `CONTENT_TYPE`)."""
        return generate_latest(self.registry)


METRICS = Metrics()
