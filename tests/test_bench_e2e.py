"""The e2e benchmark's steady-state and per-window figures: the README's latency claims come from these."""

from __future__ import annotations

from bench.e2e_load import Sample, steady_state, windows

# (seconds into the run when sent, latency in ms)
SAMPLES: dict[str, list[Sample]] = {
    "question": [(0.5, 300.0), (9.9, 250.0), (10.0, 40.0), (25.0, 60.0)],
    "/start": [(1.0, 90.0), (12.0, 8.0)],
}


def test_steady_state_leaves_out_what_was_sent_in_the_warm_up() -> None:
    samples = SAMPLES
    assert steady_state(samples, 10.0) == {"question": [40.0, 60.0], "/start": [8.0]}


def test_windows_count_every_kind_sent_and_keep_question_latencies_apart() -> None:
    samples = SAMPLES
    cut = windows(samples, 27.5, 10.0)
    assert [(w.start, w.end, w.sent, w.questions) for w in cut] == [
        (0.0, 10.0, 3, [300.0, 250.0]),
        (10.0, 20.0, 2, [40.0]),
        (20.0, 27.5, 1, [60.0]),
    ]


def test_no_windows_without_a_width() -> None:
    assert windows({"question": [(1.0, 5.0)]}, 30.0, 0) == []
