"""The semantic safety net: it raises wordings the rules miss, never lowers a level, and leaves chat alone."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.engine.safety_net import (
    EXAMPLES_PATH,
    Example,
    NetMatch,
    SafetyNet,
    examples_from_dev,
    merge,
    render_examples,
    sentences,
    triage_with_net,
)
from bot.engine.triage import Flag, Level, triage_text
from bot.engine.triage_eval import evaluate_triage, load_cases
from bot.engine.triage_reply import EMERGENCY_LEAD, compose_reply
from bot.retrieval.embedder import Embedder, SentenceTransformerEmbedder
from bot.retrieval.embedding_cache import CachingEmbedder

DEV_SET = Path(__file__).with_name("triage_dev.yaml")
BLIND3_SET = Path(__file__).with_name("triage_blind3.yaml")


@pytest.fixture(scope="module")
def net(safety_net: SafetyNet) -> SafetyNet:
    return safety_net


@pytest.fixture(scope="module")
def cached_net(embedder: Embedder, built_index_dir: Path) -> SafetyNet:
    """The net as the bot and `coach triage --eval` build it: over a CachingEmbedder, so the message, its sentences and
    the screens' reading of both are embedded once, not three times."""
    return SafetyNet(CachingEmbedder(embedder), cache_dir=built_index_dir)


def test_shipped_examples_are_in_sync_with_the_dev_set() -> None:
    assert EXAMPLES_PATH.read_text(encoding="utf-8") == render_examples(examples_from_dev(DEV_SET)), (
        "bot/engine/safety_examples.yaml is stale; run: "
        "python -m bot.engine.safety_net tests/engine/triage_dev.yaml > bot/engine/safety_examples.yaml"
    )


@pytest.mark.parametrize(
    "text",
    [
        # The rules hear only a back ache here, the net hears the bladder. ("I don't get the signal that I need to
        # pee" was the example until the rules learnt it with the tenth blind set.)
        "my body no longer tells me when my bladder is full and my back hurts",
        # The rules hear nothing at all: the net alone says this is about the user's body.
        "peeing feels different since my back went, I sort of have to force it out",
    ],
)
def test_a_paraphrased_emergency_the_rules_miss_is_raised(net: SafetyNet, text: str) -> None:
    assert triage_text(text).level < Level.EMERGENCY
    result = triage_with_net(text, net)
    assert result.level is Level.EMERGENCY
    assert result.has(Flag.SEMANTIC_MATCH)
    reply = compose_reply(result)
    assert reply.startswith(EMERGENCY_LEAD)
    assert "sounds like a sign that needs urgent care" in reply


def test_the_net_never_lowers_a_level(net: SafetyNet) -> None:
    # Every level is represented, emergencies included, in wordings the examples were not written from.
    texts = [c.text for c in load_cases(BLIND3_SET)]
    lowered = [t for t in texts if triage_with_net(t, net).level < triage_text(t).level]
    assert lowered == []


@pytest.mark.parametrize(
    "text",
    [
        "great pump today",
        "how many sets should I do per week?",
        "glutes are on fire after that last set",
        "thanks coach!",
        "what bar pad would you recommend?",
        "hit 140kg for 6 today, new PR",
        "my butt is sore two days after thrusts, feels good",
    ],
)
def test_clear_benign_messages_are_left_alone(net: SafetyNet, text: str) -> None:
    assert triage_with_net(text, net) == triage_text(text)


def test_an_unraised_message_keeps_the_rules_result_unchanged(net: SafetyNet) -> None:
    text = "feel it more in my lower back than my glutes"
    assert triage_with_net(text, net) == triage_text(text)
    assert triage_with_net(text, None) == triage_text(text)


def test_leave_one_out_on_the_dev_set_keeps_the_safety_targets(net: SafetyNet) -> None:
    scores = evaluate_triage(load_cases(DEV_SET), net, leave_one_out=True)
    missed = [(m.text, str(m.expected), str(m.got)) for m in scores.misses]
    assert scores.emergency_recall == 1.0, missed
    assert scores.professional_recall == 1.0, missed
    assert scores.benign_escalation <= 0.05, missed
    assert scores.exact >= 0.95, missed


@pytest.mark.parametrize(
    "text",
    [
        "Hey coach! Loving the program so far and my glutes have honestly never looked better. My sister is jealous "
        "haha. Since Monday peeing feels different, I sort of have to force it out. Is a smith machine ok instead "
        "of a barbell? The gym at my hotel only has one.",
        "Quick one before my shift. I moved the bench back like you said and the setup feels better now. The area "
        "where I sit on the bike has felt strange and sort of dead since Saturday. Anyway, how many sets next week?",
    ],
)
def test_an_emergency_buried_in_a_chatty_message_is_found_by_its_sentence(net: SafetyNet, text: str) -> None:
    assert triage_text(text).level < Level.EMERGENCY
    assert net.match(text) is None  # diluted in the whole message's embedding
    assert triage_with_net(text, net).level is Level.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # A fall is an emergency only with severe pain; the sentence about the fall alone must not decide.
        "Great session today, hit a new best of 140 kg for five reps. Slipped and fell flat on my back at work "
        "yesterday, it hurts a bit, maybe 3/10. Anyway what should I do next week for progression?",
        "Hi! Quick update from my holiday. The hotel gym was tiny but had a bench and a bar. I did four sets of ten "
        "and felt a great glute burn. Next week I am back home and will test a heavier load.",
    ],
)
def test_sentences_of_a_long_message_raise_nothing_without_a_nerve_sign(net: SafetyNet, text: str) -> None:
    assert net.match_sentences(text) is None
    assert triage_with_net(text, net).level is triage_text(text).level


def test_sentences_are_split_and_short_fragments_dropped() -> None:
    assert sentences("Thanks! My back is sore today. Also. Is that normal for a beginner?") == [
        "My back is sore today.",
        "Is that normal for a beginner?",
    ]
    assert sentences("") == []


_NET_EMERGENCY = NetMatch(
    level=Level.EMERGENCY,
    similarity=0.9,
    example=Example("dropped the bar on my hips and the pain is unbearable", Level.EMERGENCY),
)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Sixth blind set: a fall the user calls mild, numbness placed in one leg only, a sign read about and denied.
        ("had a fall at the gym, pain about 3/10 and I can walk fine", Level.PROFESSIONAL),
        ("tripped over a plate and landed on my hip, walking normally, just bruised", Level.PROFESSIONAL),
        ("my left shin tingles after sets, only the left leg", Level.PROFESSIONAL),
        ("pins and needles in my right foot after thrusts, the other foot is fine", Level.PROFESSIONAL),
        ("I heard that losing bladder control is a red flag, I don't have any of that", Level.NONE),
        # Any nerve or injury word, or no such statement at all, leaves the net its emergency.
        ("fell off the bench onto my back and it has been sore since", Level.EMERGENCY),
        ("my right calf went numb and weak, only the right leg", Level.EMERGENCY),
        ("slipped and fell on my back, pain 4/10, I can walk but my legs feel like jelly", Level.EMERGENCY),
        ("fell over at the gym, pain 3/10, I can walk, peeing feels strange since", Level.EMERGENCY),
        ("tripped and landed on my hip, 4/10, I can walk, but I think something is broken", Level.EMERGENCY),
        # Seventh blind set: sore glutes or the bar pressing on the hips, with no word beyond them, keep the rules'
        # reading; a sensation, toilet or impact word gives the net back its say.
        ("is it weird that my glutes are sore after thrusts? first week doing them", Level.NONE),
        ("the bar presses into my hip bones and it hurts, no pad", Level.MODIFY),
        ("my butt is sore and feels strange since thrusts", Level.EMERGENCY),
        ("sore glutes since thrusts, and the toilet is a struggle", Level.EMERGENCY),
        ("the bar came off the hooks and landed across my belly and hips, it hurts", Level.EMERGENCY),
        # Eighth blind set: a knock the user calls slight is referred; a muscle doing the glutes' work stays a form
        # fix; a question about what a term means raises nothing. A nerve word gives the net back its emergency.
        ("the bar rolled off my lap onto my shin, only hurts a little", Level.PROFESSIONAL),
        ("plate slipped and landed on my foot, small bruise, ok to keep going?", Level.PROFESSIONAL),
        ("the bar rolled off onto my thigh and now it's numb", Level.EMERGENCY),
        ("my quads are really tired, not my glutes, is my form off?", Level.MODIFY),
        ("hamstrings doing all the work, glutes barely working", Level.MODIFY),
        ("quads take over and my legs feel weak", Level.EMERGENCY),
        ("what exactly counts as saddle anaesthesia, and why is it a red flag?", Level.NONE),
    ],
)
def test_the_net_does_not_call_an_emergency_the_message_rules_out(text: str, level: Level) -> None:
    assert merge(triage_text(text), _NET_EMERGENCY).level is level


def test_a_raise_by_one_part_of_the_net_does_not_lift_the_cap_for_the_next() -> None:
    # A foot asleep from sitting that woke when the user stood is a form fix at most. Once the whole-message match
    # has raised it there, the sentence match must still be capped by what the rules read, not by the raised result.
    rules = triage_text("pins and needles in my foot from kneeling at the party, gone once I stood up. legs fine now")
    raised = merge(rules, NetMatch(level=Level.MODIFY, similarity=0.9, example=Example("", Level.MODIFY)))
    assert raised.level is Level.MODIFY
    assert merge(raised, _NET_EMERGENCY, rules).level is Level.MODIFY


@pytest.mark.parametrize(
    "text",
    [
        "Tripped over a plate and landed on my hip. It's bruised, maybe 3/10, I can still walk",
        "the side of my left calf goes numb for a bit after heavy sets, only the left leg",
    ],
)
def test_a_mild_fall_or_one_sided_numbness_is_referred_not_an_emergency(net: SafetyNet, text: str) -> None:
    assert triage_with_net(text, net).level is Level.PROFESSIONAL


def test_example_vectors_are_cached_beside_the_index_and_reused(
    embedder: SentenceTransformerEmbedder, tmp_path: Path
) -> None:
    examples = examples_from_dev(DEV_SET)[:12]
    first = SafetyNet(embedder, examples, cache_dir=tmp_path, screen_cases=())
    cached = list(tmp_path.glob("safety-net-*.npy"))
    assert len(cached) == 1
    again = SafetyNet(embedder, examples, cache_dir=tmp_path, screen_cases=())
    np.testing.assert_array_equal(again.vectors, first.vectors)
    # Other examples (an edited dev set) get their own vectors and the stale file goes.
    other = SafetyNet(embedder, examples[:6], cache_dir=tmp_path, screen_cases=())
    assert other.vectors.shape[0] == 6
    assert list(tmp_path.glob("safety-net-*.npy")) != cached and len(list(tmp_path.glob("safety-net-*.npy"))) == 1
    np.testing.assert_allclose(other.vectors, first.vectors[:6], atol=1e-5)


def _set_number(path: Path) -> int:
    return int(path.stem.removeprefix("triage_blind"))


# Each was written blind and measured once (figures in the closing notes of issue 4), and copied here only once its
# misses were fixed as word families: from then on every set in this folder guards against losing ground.
GUARDED_BLIND_SETS = tuple(p.name for p in sorted(DEV_SET.parent.glob("triage_blind*.yaml"), key=_set_number))


def test_the_blind_sets_are_found() -> None:
    # blind2 to blind105 at the time of writing; a move or rename of the folder must not leave nothing guarded.
    assert len(GUARDED_BLIND_SETS) >= 104 and GUARDED_BLIND_SETS[0] == "triage_blind2.yaml"


@pytest.mark.parametrize("name", GUARDED_BLIND_SETS)
def test_earlier_blind_sets_stay_at_the_safety_targets(cached_net: SafetyNet, name: str) -> None:
    scores = evaluate_triage(load_cases(DEV_SET.with_name(name)), cached_net)
    missed = [(m.text, str(m.expected), str(m.got)) for m in scores.misses]
    assert scores.emergency_recall == 1.0, missed
    assert scores.professional_recall == 1.0, missed
    assert scores.benign_escalation <= 0.10, missed
    assert scores.exact >= 0.90, missed
