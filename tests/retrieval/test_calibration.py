"""The off-topic threshold comes from labelled data."""

from __future__ import annotations

import pytest

from bot.retrieval.calibration import choose_threshold


def test_threshold_separates_clean_data_in_the_middle_of_the_gap() -> None:
    threshold = choose_threshold(on_topic=[0.7, 0.8, 0.9], off_topic=[0.1, 0.2, 0.3])
    assert threshold == pytest.approx(0.5)


def test_threshold_refuses_few_on_topic_questions_when_data_overlaps() -> None:
    on = [0.4] + [0.8] * 99
    off = [0.3, 0.5, 0.6]
    threshold = choose_threshold(on, off, max_false_fallback=0.03)
    refused = sum(s < threshold for s in on) / len(on)
    assert refused <= 0.03
    assert sum(s < threshold for s in off) == 3  # the one on-topic outlier is given up to catch every off-topic


def test_threshold_needs_both_kinds() -> None:
    with pytest.raises(ValueError, match="both"):
        choose_threshold([0.5], [])
