"""The metrics an operator graphs: every series exists from the start and moves with what happened."""

from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families

from bot.observability.metrics import Metrics, ReminderResult, UpdateKind


def values(metrics: Metrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    text = metrics.exposition().decode()
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def test_series_start_at_zero_and_count_what_happened() -> None:
    metrics = Metrics()
    start = values(metrics)
    assert start[("coach_updates_total", (("kind", "other"),))] == 0
    assert start[("coach_reminders_total", (("result", "skipped"),))] == 0

    metrics.update_handled(UpdateKind.TEXT, 0.12, fallback=False)
    metrics.update_handled(UpdateKind.TEXT, 0.05, fallback=True)
    metrics.update_handled(UpdateKind.TEXT, 0.2, level="professional")
    metrics.reminder(ReminderResult.SENT)
    metrics.telegram_rate_limited()
    metrics.database_error()
    now = values(metrics)
    assert now[("coach_updates_total", (("kind", "text"),))] == 3
    assert now[("coach_questions_total", (("result", "answered"),))] == 1
    assert now[("coach_questions_total", (("result", "fallback"),))] == 1
    assert now[("coach_triage_total", (("level", "professional"),))] == 1
    assert now[("coach_update_handling_seconds_bucket", (("kind", "text"), ("le", "0.15")))] == 2
    assert now[("coach_reminders_total", (("result", "sent"),))] == 1
    assert now[("coach_telegram_rate_limited_total", ())] == 1
    assert now[("coach_database_errors_total", ())] == 1
