"""Score triage against a labelled set: the safety targets a CLI prints and the tests enforce."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from bot.engine.safety_net import NetSettings, SafetyNet, triage_with_net
from bot.engine.triage import Flag, Level
from bot.unicode_text import well_formed

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


def _pairs(cases: Sequence[TriageCase | tuple[str, Level]]) -> list[tuple[str, Level]]:
    return [(c.text, c.level) if isinstance(c, TriageCase) else (c[0], Level(c[1])) for c in cases]


def evaluate_triage(
    cases: Sequence[TriageCase | tuple[str, Level]], net: SafetyNet | None = None, *, leave_one_out: bool = False
) -> TriageScores:
    """The four figures: emergency recall, professional-or-above recall, benign escalation rate, exact rate.

    Takes the cases `load_cases` returns or plain (text, level) pairs. With a safety net the level is
    max(rules, net); `leave_one_out` hides each case's own text from the net's neighbours, for scoring on the set it
    was built from. The severity screens learnt from every labelled set and are not left out here: they are measured
    by leaving a whole set out (tests/engine/test_severity_screen.py).
    """
    pairs = _pairs(cases)
    got = [
        (text, expected, triage_with_net(text, net, exclude=text if leave_one_out else None).level)
        for text, expected in pairs
    ]
    return _score(got)


def _score(got: Sequence[tuple[str, Level, Level]]) -> TriageScores:
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


class LabelledSetError(ValueError):
    """A labelled set that cannot be read, with what is wrong and where."""


_LEVEL_NAMES = ", ".join(level.value for level in Level)


def load_cases(path: Path) -> list[TriageCase]:
    """Read a labelled set: `cases: [{text, level, flags?}]`."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise LabelledSetError(f"{path}: cannot read it as YAML ({type(exc).__name__})") from None
    cases = data.get("cases") if isinstance(data, dict) else None
    if not isinstance(cases, list):
        raise LabelledSetError(f"{path}: expected a top-level `cases:` list of {{text, level}} items")
    found: list[TriageCase] = []
    for number, case in enumerate(cases, start=1):
        if not isinstance(case, dict) or not str(case.get("text") or "").strip():
            raise LabelledSetError(f"{path}: case {number} has no text")
        try:
            level = Level(str(case.get("level")))
        except ValueError:
            raise LabelledSetError(
                f"{path}: case {number} has level {case.get('level')!r}; use one of {_LEVEL_NAMES}"
            ) from None
        found.append(TriageCase(text=well_formed(str(case["text"])), level=level, flags=tuple(case.get("flags", ()))))
    return found


@dataclass(frozen=True)
class NetTrial:
    settings: NetSettings
    scores: TriageScores
    # Share of the emergency and professional cases the net alone raises to their level: what it adds
    # for the wordings the rules will miss next.
    net_recall: float


CALIBRATION_KS = (1, 2, 3, 5)
CALIBRATION_THRESHOLDS = tuple(round(0.3 + 0.01 * i, 2) for i in range(70))
# Half the 5% we allow: on the sets the net had not seen, benign escalation came out about twice the
# leave-one-out figure, since the dev set holds near-paraphrases of its own cases.
MAX_BENIGN_ESCALATION_WITH_NET = 0.025


def calibrate_net(
    cases: Sequence[TriageCase | tuple[str, Level]],
    net: SafetyNet,
    ks: Sequence[int] = CALIBRATION_KS,
    thresholds: Sequence[float] = CALIBRATION_THRESHOLDS,
    max_benign_escalation: float = MAX_BENIGN_ESCALATION_WITH_NET,
) -> list[NetTrial]:
    """Leave-one-out over every (k, threshold, threshold_alone): best first.

    Best means: benign escalation (rules + net) within `max_benign_escalation`, then the most cases the net
    finds alone, then the best exact rate, then the strictest report threshold.
    """
    pairs = _pairs(cases)
    rules = [triage_with_net(text, None) for text, _ in pairs]
    is_report = np.array([bool(set(r.flags) - {Flag.PUMP.value}) for r in rules])
    sims = net.embedder.encode([text for text, _ in pairs]) @ net.vectors.T
    # Leave one out: a case never matches its own text.
    sims[np.array([[text == e.text for e in net.examples] for text, _ in pairs], dtype=bool)] = -np.inf
    nearest = np.argsort(-sims, axis=1, kind="stable")[:, : max(ks)]
    near_sims = np.take_along_axis(sims, nearest, axis=1)
    ranks = np.array([e.level.rank for e in net.examples])[nearest]
    rule_ranks = np.array([r.level.rank for r in rules])
    expected = np.array([level.rank for _, level in pairs])
    serious = expected >= Level.PROFESSIONAL.rank
    trials: list[NetTrial] = []
    for k in ks:
        # Same rule as safety_net.decide: all k neighbours close enough, the lowest of their levels.
        kth = near_sims[:, k - 1]
        agreed = ranks[:, :k].min(axis=1)
        for threshold in thresholds:
            for alone in (t for t in (*thresholds, NEVER_ALONE) if t >= threshold):
                fired = (kth >= np.where(is_report, threshold, alone)) & (agreed >= Level.PROFESSIONAL.rank)
                final = np.where(fired, np.maximum(rule_ranks, agreed), rule_ranks)
                got = [(text, level, _LEVELS[int(f)]) for (text, level), f in zip(pairs, final, strict=True)]
                alone_hits = int((fired & serious & (agreed >= expected)).sum())
                settings = NetSettings(k=k, threshold=threshold, threshold_alone=alone)
                trials.append(NetTrial(settings, _score(got), _share(alone_hits, int(serious.sum()), 0.0)))
    return sorted(trials, key=lambda t: _preference(t, max_benign_escalation), reverse=True)


_LEVELS = tuple(sorted(Level, key=lambda level: level.rank))
# A threshold no cosine similarity reaches: the net never acts on a message the rules do not read as a report.
NEVER_ALONE = 1.01


def _preference(t: NetTrial, max_benign_escalation: float) -> tuple[bool, float, float, float, float]:
    # Among equally good settings: the strictest report threshold, but the most sensitive threshold for
    # messages the rules missed entirely, since those carry no cost on the dev set.
    return (
        t.scores.benign_escalation <= max_benign_escalation,
        t.net_recall,
        t.scores.exact,
        t.settings.threshold,
        -t.settings.threshold_alone,
    )
