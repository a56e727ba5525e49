"""The severity screens: trained on every labelled set, and measured on each blind set as if it were new."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml

from bot.engine.safety_net import EXAMPLES_PATH, SafetyNet, sentences, triage_with_net
from bot.engine.severity_screen import (
    SCREEN_EXAMPLES_PATH,
    Screen,
    ScreenSettings,
    cases_from_sets,
    read_shipped_yaml,
    render_cases,
    train,
    train_screens,
)
from bot.engine.triage import Flag, Level, net_ceiling, triage_text
from bot.engine.triage_eval import load_cases
from bot.retrieval.embedder import Embedder

HERE = Path(__file__).parent
FIRST_LOOKS = HERE / "first_looks.yaml"


@pytest.fixture(scope="module")
def net(safety_net: SafetyNet) -> SafetyNet:
    return safety_net


@pytest.fixture(scope="module")
def no_screens(embedder: Embedder, built_index_dir: Path) -> SafetyNet:
    return SafetyNet(embedder, cache_dir=built_index_dir, screens=())


def test_shipped_screen_examples_are_in_sync_with_the_labelled_sets() -> None:
    expected = render_cases(cases_from_sets(sorted(HERE.glob("triage_*.yaml"))), "tests/engine/triage_*.yaml")
    assert SCREEN_EXAMPLES_PATH.read_text(encoding="utf-8") == expected, (
        "bot/engine/screen_examples.yaml is stale; run: "
        "python -m bot.engine.severity_screen tests/engine/triage_*.yaml > bot/engine/screen_examples.yaml"
    )


def test_the_fast_parser_reads_the_shipped_examples_as_the_safe_one_does() -> None:
    # Workers parse the shipped files with libyaml at start-up; what they read must be what yaml.safe_load reads.
    for path in (SCREEN_EXAMPLES_PATH, EXAMPLES_PATH):
        assert read_shipped_yaml(path) == yaml.safe_load(path.read_text(encoding="utf-8"))


def test_training_learns_a_direction_and_refuses_a_single_class() -> None:
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(200, 8)).astype(np.float32)
    positive = vectors[:, 2] > 0.3
    screen = train(vectors, positive, l2=0.01)
    assert ((screen.scores(vectors) >= 0.5) == positive).mean() > 0.95
    assert int(np.argmax(np.abs(screen.weights))) == 2
    with pytest.raises(ValueError, match="both sides"):
        train(vectors, np.ones(200, dtype=bool), l2=0.01)


def _screens_without(net: SafetyNet, texts: set[str]) -> tuple[tuple[ScreenSettings, Screen], ...]:
    keep = np.array([e.text not in texts for e in net.screen_examples])
    ranks = np.array([e.level.rank for e in net.screen_examples])[keep]
    return train_screens(net.screen_vectors[keep], ranks)


def test_screens_trained_without_a_blind_set_lift_its_first_look(net: SafetyNet, embedder: Embedder) -> None:
    """Leave one set out, on the triage as it stood when each set was first seen (replayed from git history).

    This is the figure the screens' settings were chosen on: what they add on wordings they never learnt from.
    """
    recorded = yaml.safe_load(FIRST_LOOKS.read_text(encoding="utf-8"))
    letters = {k: Level(v) for k, v in recorded["letters"].items()}
    before: list[tuple[Level, Level]] = []  # (expected, first look)
    after: list[tuple[Level, Level]] = []  # (expected, first look raised by the screens)
    for name, replay in recorded["sets"].items():
        cases = load_cases(HERE / f"triage_{name}.yaml")
        first = [letters[x] for x in replay["first_look"].split()]
        rules = [letters[x] for x in replay["rules_only"].split()]
        assert len(first) == len(rules) == len(cases), name
        screens = _screens_without(net, {c.text for c in cases})
        parts = [[c.text, *sentences(c.text)] for c in cases]
        vectors = embedder.encode([p for group in parts for p in group])
        start = 0
        for case, level, rule_level, group in zip(cases, first, rules, parts, strict=True):
            rows = vectors[start : start + len(group)]
            start += len(group)
            raised = level
            for settings, screen in screens:
                needed = settings.threshold if rule_level > Level.NONE else settings.threshold_alone
                if float(screen.scores(rows).max()) >= needed:
                    raised = max(level, min(settings.level, net_ceiling(triage_text(case.text))))
                    break
            before.append((case.level, level))
            after.append((case.level, raised))

    def figures(pairs: list[tuple[Level, Level]]) -> tuple[float, float, float]:
        emergency = [got for expected, got in pairs if expected is Level.EMERGENCY]
        professional = [got for expected, got in pairs if expected is Level.PROFESSIONAL]
        benign = [got for expected, got in pairs if expected <= Level.MODIFY]
        return (
            sum(g is Level.EMERGENCY for g in emergency) / len(emergency),
            sum(g >= Level.PROFESSIONAL for g in professional) / len(professional),
            sum(g >= Level.PROFESSIONAL for g in benign) / len(benign),
        )

    (emergency_before, professional_before, _), (emergency, professional, benign) = figures(before), figures(after)
    assert len(after) == 2320
    assert emergency_before == pytest.approx(0.849, abs=0.001)  # the first looks as replayed
    assert emergency >= 0.95, (emergency_before, emergency)
    assert professional >= professional_before + 0.01
    assert benign <= 0.10


def test_a_new_wording_of_an_emergency_is_raised_by_the_screen(net: SafetyNet, no_screens: SafetyNet) -> None:
    # Written for this test: no labelled set holds it. Feet smacking the floor on both sides is foot drop in both legs;
    # the rules hear the back pain and the net at most a referral. ("both feet slap the floor" was the example until
    # the rules learnt feet that slap or drag with the hundred-and-twenty-eighth blind set.)
    text = "back pain since yesterday and my walk is off, both feet smack the floor"
    assert triage_text(text).level < Level.EMERGENCY
    assert triage_with_net(text, no_screens).level < Level.EMERGENCY
    result = triage_with_net(text, net)
    assert result.level is Level.EMERGENCY
    assert result.has(Flag.SEMANTIC_MATCH)


@pytest.mark.parametrize(
    "text",
    [
        "both glutes were burning on the last set, is that normal?",
        "how high should the bench be for hip thrusts",
        "toilet break between sets, then my glutes were on fire",
    ],
)
def test_look_alikes_stay_where_the_rules_put_them(net: SafetyNet, text: str) -> None:
    assert triage_with_net(text, net).level is triage_text(text).level


def test_screens_never_lower_a_level_and_can_be_turned_off(net: SafetyNet, no_screens: SafetyNet) -> None:
    off = no_screens
    assert off.screens == ()
    assert off.screen_match("I can't feel my inner thighs and I wet myself", rules_level=Level.EMERGENCY) is None
    emergency = "I can't feel my inner thighs and I wet myself after thrusts"
    assert triage_with_net(emergency, net).level is Level.EMERGENCY
    assert triage_with_net(emergency, off).level is Level.EMERGENCY
