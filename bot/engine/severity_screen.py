"""Severity screens: logistic regressions over sentence embeddings, trained on every labelled triage message.

The rules name the signs they know and the kNN net needs three close neighbours to agree; both meet new wordings
late. A screen learns from all labelled sets at once what the messages at or above one level have in common, so a
sign told in words nobody wrote down still scores high. The emergency screen is tuned for recall: a needless
emergency warning is the cheaper mistake. Screens are trained when the net is built (well under a second on the
example vectors), so they always match the configured model.

Regenerate the shipped examples after editing a labelled set:
`python -m bot.engine.severity_screen tests/engine/triage_*.yaml > bot/engine/screen_examples.yaml`
(the dev set is left out there: the net's own examples file already holds it).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import yaml

from bot.engine.triage import Level
from bot.retrieval.embedder import Vectors
from bot.unicode_text import well_formed

SCREEN_EXAMPLES_PATH = Path(__file__).with_name("screen_examples.yaml")
DEV_SET_NAME = "triage_dev.yaml"
# libyaml's parser where it is installed: every worker start parses the shipped examples (thousands of messages), which
# took 3.7 s of the cold start with the pure-Python parser and takes 0.5 s with this one.
_SHIPPED_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_shipped_yaml(path: Path) -> Any:
    """A YAML file the project generates and ships (the examples), parsed as fast as this install allows."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_SHIPPED_LOADER)


@dataclass(frozen=True)
class ScreenSettings:
    """A screen for messages at `level` or above. `l2` is the ridge on the weights (1/C). A message scoring
    `threshold` or more reaches the level when the rules put it at `modify` or above; one they put at `none` needs
    `threshold_alone` (above 1: never)."""

    level: Level
    l2: float
    threshold: float
    threshold_alone: float


# Chosen by leave-one-set-out over the blind sets: each set scored by screens trained without it, added to the triage
# as it stood when that set was first seen (replayed from git history, tests/engine/first_looks.yaml). On blind2-13
# emergencies caught went from 82.1% to 95.8%; on blind2-21 (2,320 cases, today's ceiling) from 84.9% to 96.8%,
# professional-or-above from 93.6% to 95.0%, benign escalation from 6.1% to 7.4%, exact level from 88.6% to 89.4%.
# Rejected: 0.6 everywhere missed 3 more emergencies for 0.7 points less benign escalation; 0.6 for modify-level
# messages only cut benign escalation by 0.3 points; 0.7 for professional-level ones raised exact by 1.1 points but
# missed one more emergency. The professional screen at 0.9 found 5 of 22 missed referrals for no benign escalation.
DEFAULT_SCREENS = (
    ScreenSettings(Level.EMERGENCY, l2=1 / 16, threshold=0.5, threshold_alone=0.9),
    ScreenSettings(Level.PROFESSIONAL, l2=1 / 4, threshold=0.9, threshold_alone=1.01),
)


@dataclass(frozen=True)
class Screen:
    weights: Vectors
    bias: float

    def scores(self, vectors: Vectors) -> Vectors:
        """P(at or above the screen's level) per row."""
        logits = vectors @ self.weights + self.bias
        result: Vectors = (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)
        return result


def train(vectors: Vectors, positive: npt.ArrayLike, l2: float, iterations: int = 25) -> Screen:
    """L2-regularised logistic regression by Newton's method, the classes weighted to count equally.

    Equal class weight matters: about one message in five is an emergency, and unweighted the screen would learn
    that "not an emergency" is usually right. Newton on 385 unknowns converges in a handful of steps and is
    deterministic, so every worker trains the same screen.
    """
    y = np.asarray(positive, dtype=np.float64)
    if len(y) == 0 or y.min() == y.max():
        raise ValueError("a screen needs examples on both sides of its level")
    x = np.hstack([np.asarray(vectors, dtype=np.float64), np.ones((len(y), 1))])
    positives = y.sum()
    sample_weight = np.where(y == 1, len(y) / (2 * positives), len(y) / (2 * (len(y) - positives)))
    ridge = np.full(x.shape[1], l2)
    ridge[-1] = 0.0  # the bias is not shrunk
    beta = np.zeros(x.shape[1])
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(x @ beta)))
        gradient = x.T @ (sample_weight * (p - y)) + ridge * beta
        hessian = (x * (sample_weight * p * (1 - p))[:, None]).T @ x + np.diag(ridge)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return Screen(weights=beta[:-1].astype(np.float32), bias=float(beta[-1]))


def train_screens(
    vectors: Vectors, ranks: npt.NDArray[np.int_], settings: Iterable[ScreenSettings] = DEFAULT_SCREENS
) -> tuple[tuple[ScreenSettings, Screen], ...]:
    """One screen per setting, most severe first (the first that fires decides); a level with examples on one side
    only gets none."""
    return tuple(
        (s, train(vectors, ranks >= s.level.rank, s.l2))
        for s in sorted(settings, key=lambda s: s.level.rank, reverse=True)
        if 0 < int((ranks >= s.level.rank).sum()) < len(ranks)
    )


@dataclass(frozen=True)
class LabelledText:
    text: str
    level: Level
    source: str


def cases_from_sets(paths: Iterable[Path]) -> tuple[LabelledText, ...]:
    """Every case of the labelled sets but the dev set, in path order."""
    found: list[LabelledText] = []
    for path in paths:
        if path.name == DEV_SET_NAME:
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found += [LabelledText(well_formed(str(c["text"])), Level(c["level"]), path.stem) for c in data["cases"]]
    return tuple(found)


def render_cases(cases: Iterable[LabelledText], sources: str) -> str:
    header = (
        f"# Generated from {sources} by `python -m bot.engine.severity_screen {sources}"
        " > bot/engine/screen_examples.yaml`.\n"
        "# Do not edit by hand: a test fails when this file and the labelled sets disagree.\n"
    )
    body = {"examples": [{"text": c.text, "level": c.level.value, "source": c.source} for c in cases]}
    return header + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=1000)


def load_cases(path: Path = SCREEN_EXAMPLES_PATH) -> tuple[LabelledText, ...]:
    data = read_shipped_yaml(path)
    return tuple(LabelledText(str(e["text"]), Level(e["level"]), str(e["source"])) for e in data["examples"])


if __name__ == "__main__":
    given = sorted(Path(p) for p in sys.argv[1:])
    sys.stdout.write(render_cases(cases_from_sets(given), "tests/engine/triage_*.yaml"))
