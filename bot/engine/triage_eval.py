"""Score triage against a labelled set: the safety targets a CLI prints and the tests enforce."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.engine.triage import Level, triage_text

# Safety first: a missed emergency is never acceptable, a needless referral sometimes is.
TARGET_BENIGN_ESCALATION = 0.10
TARGET_EXACT = 0.90


@dataclass(frozen=True)
class TriageCase:
    text: str
    level: Level
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Miss:
    text: str
    expected: Level
    got: Level


@dataclass(frozen=True)
class TriageScores:
    cases: int
    emergency_recall: float
    professional_recall: float
    benign_escalation: float
    exact: float
    misses: tuple[Miss, ...]

    @property
    def meets_targets(self) -> bool:
        return (
            self.emergency_recall == 1.0
            and self.professional_recall == 1.0
            and self.benign_escalation <= TARGET_BENIGN_ESCALATION
            and self.exact >= TARGET_EXACT
        )

    def summary(self) -> str:
        return (
            f"{self.cases} cases: emergency->emergency {self.emergency_recall:.0%}, "
            f"professional->professional+ {self.professional_recall:.0%}, "
            f"benign escalated {self.benign_escalation:.1%}, exact level {self.exact:.1%}"
        )


def _share(hits: int, total: int, empty: float) -> float:
    return hits / total if total else empty


def evaluate_triage(cases: Sequence[TriageCase | tuple[str, Level]]) -> TriageScores:
    """The four figures: emergency recall, professional-or-above recall, benign escalation rate, exact rate.

    Takes the cases `load_cases` returns or plain (text, level) pairs.
    """
    pairs = [(c.text, c.level) if isinstance(c, TriageCase) else (c[0], Level(c[1])) for c in cases]
    got = [(text, expected, triage_text(text).level) for text, expected in pairs]
    emergency = [g for _, e, g in got if e is Level.EMERGENCY]
    professional = [g for _, e, g in got if e is Level.PROFESSIONAL]
    benign = [g for _, e, g in got if e <= Level.MODIFY]
    return TriageScores(
        cases=len(got),
        emergency_recall=_share(sum(g is Level.EMERGENCY for g in emergency), len(emergency), 1.0),
        professional_recall=_share(sum(g >= Level.PROFESSIONAL for g in professional), len(professional), 1.0),
        benign_escalation=_share(sum(g >= Level.PROFESSIONAL for g in benign), len(benign), 0.0),
        exact=_share(sum(e is g for _, e, g in got), len(got), 1.0),
        misses=tuple(Miss(t, e, g) for t, e, g in got if e is not g),
    )


def load_cases(path: Path) -> list[TriageCase]:
    """Read a labelled set: `cases: [{text, level, flags?}]`."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        TriageCase(text=str(c["text"]), level=Level(c["level"]), flags=tuple(c.get("flags", ()))) for c in data["cases"]
    ]
