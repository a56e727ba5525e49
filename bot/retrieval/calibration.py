"""Chooses the off-topic threshold from labelled questions instead of a guessed constant."""

from __future__ import annotations

import itertools
from collections.abc import Sequence


def choose_threshold(on_topic: Sequence[float], off_topic: Sequence[float], max_false_fallback: float = 0.03) -> float:
    """The confidence below which a question gets the fallback.

    Among the cut points that wrongly refuse at most `max_false_fallback` of on-topic questions, take the one that
    catches the most off-topic ones; ties go to the middle of the widest gap, which generalises best to new wording.
    """
    if not on_topic or not off_topic:
        raise ValueError("calibration needs both on-topic and off-topic questions")
    points = sorted(set(on_topic) | set(off_topic))
    candidates = [(a + b) / 2 for a, b in itertools.pairwise(points)] or [points[0]]
    best: tuple[float, float, float] | None = None  # (caught, gap, threshold)
    for threshold in candidates:
        refused = sum(s < threshold for s in on_topic) / len(on_topic)
        if refused > max_false_fallback:
            continue
        caught = sum(s < threshold for s in off_topic) / len(off_topic)
        gap = min((abs(s - threshold) for s in (*on_topic, *off_topic)), default=0.0)
        key = (caught, gap, threshold)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:  # every cut refuses too many: do not refuse on-topic questions
        return min(on_topic) - 1e-6
    return best[2]
