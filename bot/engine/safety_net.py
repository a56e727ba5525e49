"""Semantic safety net: raise a triage level when a message reads like a labelled emergency or referral example.

The rules in the triage package name every sign they hear, but they miss wordings nobody wrote down. The net compares
the message with labelled example messages by sentence embedding and, when the nearest examples are close enough,
raises the level to theirs. It never lowers a level.

Regenerate the shipped examples after editing the dev set:
`python -m bot.engine.safety_net tests/engine/triage_dev.yaml > bot/engine/safety_examples.yaml`
"""

from __future__ import annotations

import hashlib
import logging
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import numpy.typing as npt
import yaml

from bot.engine.severity_screen import (
    DEFAULT_SCREENS,
    LabelledText,
    Screen,
    ScreenSettings,
    read_shipped_yaml,
    train_screens,
)
from bot.engine.severity_screen import load_cases as load_screen_cases
from bot.engine.triage import Flag, Level, TriageResult, detect_pain_report, net_ceiling, triage_text
from bot.retrieval.embedder import Embedder, Vectors
from bot.unicode_text import well_formed

Mask = npt.NDArray[np.bool_]
log = logging.getLogger(__name__)
EXAMPLES_PATH = Path(__file__).with_name("safety_examples.yaml")
CACHE_PREFIX = "safety-net-"
# The net only raises to these levels: below professional the rules' own reply is already the right one.
NET_LEVELS = (Level.PROFESSIONAL, Level.EMERGENCY)


@dataclass(frozen=True)
class Example:
    text: str
    level: Level


@dataclass(frozen=True)
class NetSettings:
    """k nearest examples must all be at least this similar; a message the rules do not read as a pain report
    needs the stricter `threshold_alone`, since then the net alone says it is about the user's body."""

    k: int
    threshold: float
    threshold_alone: float


# Chosen by leave-one-out on tests/engine/triage_dev.yaml (triage_eval.calibrate_net): the most emergency and
# professional cases the net finds on its own while benign escalation stays within the cap. k=3 asks three
# neighbours to agree, which is what keeps the net quiet on benign messages; the report threshold then hardly binds.
DEFAULT_SETTINGS = NetSettings(k=3, threshold=0.41, threshold_alone=0.73)
# One sentence carries less context than a message, so a sentence the rules read as a report must sit closer to
# its neighbours: on the blind sets the buried emergencies matched at 0.53 and above, a benign sentence at 0.43.
# A sentence the rules do not read as a report ("peeing feels different, I have to force it out") needs less than
# a whole message would (0.73): three emergency neighbours agreeing is itself the evidence. Between 0.55 and 0.73
# nothing changed on 105 multi-sentence cases of the labelled sets nor on 600 messages made of three knowledge-base
# questions each, so the most sensitive end of that range is used.
SENTENCE_SETTINGS = NetSettings(k=3, threshold=0.5, threshold_alone=0.55)
NEUROLOGICAL = frozenset({Flag.SADDLE_NUMBNESS.value, Flag.BLADDER_BOWEL.value, Flag.BOTH_LEGS.value})


@dataclass(frozen=True)
class NetMatch:
    level: Level
    similarity: float
    example: Example


def examples_from_dev(dev_path: Path) -> tuple[Example, ...]:
    """Every case of a labelled set, in file order.

    The none and modify cases are there as counter-examples: "the bar bruises my hip bones" sits nearer a modify
    example than the dropped-bar emergency, so it is not raised. On the blind sets a bank of only emergency and
    professional cases caught none of the rules' misses yet raised 6% of benign messages.
    """
    data = yaml.safe_load(dev_path.read_text(encoding="utf-8"))
    return tuple(Example(well_formed(str(c["text"])), Level(c["level"])) for c in data["cases"])


def render_examples(examples: Iterable[Example], source: str = "tests/engine/triage_dev.yaml") -> str:
    header = (
        f"# Generated from {source} by `python -m bot.engine.safety_net {source} > bot/engine/safety_examples.yaml`.\n"
        "# Do not edit by hand: a test fails when this file and the dev set disagree.\n"
    )
    body = {"examples": [{"text": e.text, "level": e.level.value} for e in examples]}
    return header + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=1000)


def load_examples(path: Path = EXAMPLES_PATH) -> tuple[Example, ...]:
    data = read_shipped_yaml(path)
    return tuple(Example(str(e["text"]), Level(e["level"])) for e in data["examples"])


def example_vectors(embedder: Embedder, examples: Sequence[Example], cache_dir: Path | None = None) -> Vectors:
    """The examples' vectors, read from `cache_dir` when made by this model from these examples, else embedded.

    Embedding the few hundred examples took 2-3 s of a worker's start; `coach index build` leaves them beside the
    index (and in the Docker image), so a worker starts without it.
    """
    if not examples:
        return embedder.encode([])
    key = hashlib.sha256(
        "\n".join([embedder.fingerprint, *(f"{e.level.value}\t{e.text}" for e in examples)]).encode()
    ).hexdigest()[:16]
    path = cache_dir / f"{CACHE_PREFIX}{key}.npy" if cache_dir is not None else None
    if path is not None and path.exists():
        try:
            cached: Vectors = np.load(path)
            if cached.shape[0] == len(examples):
                return cached
        except (OSError, ValueError) as exc:
            log.warning("ignoring the unreadable safety-net cache %s: %s", path.name, exc)
    vectors = embedder.encode([e.text for e in examples])
    if path is not None:
        _save(path, vectors)
    return vectors


def _save(path: Path, vectors: Vectors) -> None:
    """Best effort: a read-only index directory only costs the next start the same seconds again."""
    try:
        partial = path.with_suffix(".partial")
        with partial.open("wb") as out:
            np.save(out, vectors)
        partial.replace(path)  # atomic: a worker starting meanwhile never reads half a file
        for stale in path.parent.glob(f"{CACHE_PREFIX}*.npy"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError as exc:
        log.info("safety-net vectors not cached in %s: %s", path.parent, exc)


class SafetyNet:
    """k-nearest-neighbour match of a message against labelled examples, and severity screens trained on them and on
    every other labelled set (`screen_cases`; `screens=()` turns them off); build once per process."""

    def __init__(
        self,
        embedder: Embedder,
        examples: Sequence[Example] | None = None,
        settings: NetSettings = DEFAULT_SETTINGS,
        cache_dir: Path | None = None,
        screen_cases: Sequence[LabelledText] | None = None,
        screens: Sequence[ScreenSettings] = DEFAULT_SCREENS,
    ) -> None:
        self.embedder = embedder
        self.examples = tuple(load_examples() if examples is None else examples)
        self.settings = settings
        extra = tuple(Example(c.text, c.level) for c in (load_screen_cases() if screen_cases is None else screen_cases))
        # The screens learn from the net's examples and the other sets; one cache file holds the vectors of both.
        self.screen_examples = (*self.examples, *extra)
        self.screen_vectors: Vectors = example_vectors(embedder, self.screen_examples, cache_dir)
        self.vectors: Vectors = self.screen_vectors[: len(self.examples)]
        self.screens: tuple[tuple[ScreenSettings, Screen], ...] = train_screens(
            self.screen_vectors, np.array([e.level.rank for e in self.screen_examples]), screens
        )
        # Emergencies a lone sentence may match: the nerve signs. A fall is an emergency only with severe pain,
        # which the sentence about the fall rarely carries ("slipped and fell on my back... hurts, maybe 4/10").
        self._not_neurological: Mask = np.array(
            [e.level is Level.EMERGENCY and not NEUROLOGICAL & set(triage_text(e.text).flags) for e in self.examples],
            dtype=bool,
        )

    def similarities(self, text: str) -> Vectors:
        query = self.embedder.encode([text])[0]
        sims: Vectors = self.vectors @ query
        return sims

    def match(self, text: str, *, exclude: str | None = None, is_report: bool | None = None) -> NetMatch | None:
        """The nearest examples' level when all k are similar enough; `exclude` leaves one example out (for scoring).

        `is_report` is `detect_pain_report(text)`, computed here when the caller has not already.
        """
        if not self.examples:
            return None
        if is_report is None:
            is_report = detect_pain_report(text)
        sims = self.similarities(text)
        return decide(
            sims, [e.level for e in self.examples], self.settings, is_report, self._mask(exclude), self.examples
        )

    def escalation(self, text: str, *, exclude: str | None = None) -> Level | None:
        found = (
            self.match(text, exclude=exclude)
            or self.match_sentences(text, exclude=exclude)
            or self.screen_match(text, rules_level=triage_text(text).level)
        )
        return found.level if found else None

    def screen_scores(self, text: str) -> dict[Level, float]:
        """Each screen's score for the message or its likeliest sentence: a sign buried in a story scores alone."""
        if not self.screens:
            return {}
        vectors = self.embedder.encode([text, *sentences(text)])
        return {s.level: float(screen.scores(vectors).max()) for s, screen in self.screens}

    def screen_match(self, text: str, *, rules_level: Level) -> NetMatch | None:
        """The most severe level whose screen scores the message above the threshold for its kind.

        A message the rules put at `none` counts as one they did not read as a report: "toilet break between sets,
        then my glutes were on fire" is training talk the screen hears the toilet in.
        """
        scores = self.screen_scores(text)
        for settings, _ in self.screens:
            score = scores[settings.level]
            if score >= (settings.threshold if rules_level > Level.NONE else settings.threshold_alone):
                return NetMatch(level=settings.level, similarity=score, example=Example("", settings.level))
        return None

    def match_sentences(self, text: str, *, exclude: str | None = None) -> NetMatch | None:
        """An emergency example matched by one sentence of a longer message.

        A sign buried in a chatty paragraph ("...since then I've had a couple of accidents...") is diluted in the
        whole message's embedding, so each sentence is also matched alone. Only emergency counts here: a single
        sentence is too little context to send someone to a doctor, but not too little to warn them.
        """
        parts = sentences(text)
        if len(parts) < 2 or not self.examples:
            return None
        levels = [e.level for e in self.examples]
        excluded = self._mask(exclude)
        mask = self._not_neurological if excluded is None else self._not_neurological | excluded
        best: NetMatch | None = None
        for part, sims in zip(parts, self.embedder.encode(parts) @ self.vectors.T, strict=True):
            found = decide(sims, levels, SENTENCE_SETTINGS, detect_pain_report(part), mask, self.examples)
            if found and found.level is Level.EMERGENCY and (best is None or found.similarity > best.similarity):
                best = found
        return best

    def _mask(self, exclude: str | None) -> Mask | None:
        if exclude is None:
            return None
        return np.array([e.text == exclude for e in self.examples], dtype=bool)


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_MIN_SENTENCE_WORDS = 4  # "Thanks!" or "Also." match nothing useful and only add noise


def sentences(text: str) -> list[str]:
    """The sentences of a message that are long enough to stand alone."""
    found = (m.group(0).strip() for m in _SENTENCE.finditer(text))
    return [s for s in found if len(s.split()) >= _MIN_SENTENCE_WORDS]


def decide(
    sims: Vectors,
    levels: Sequence[Level],
    settings: NetSettings,
    is_report: bool,
    excluded: Mask | None = None,
    examples: Sequence[Example] | None = None,
) -> NetMatch | None:
    """The rule itself, apart from the embedding so calibration can replay it on a precomputed matrix."""
    scores = np.array(sims, dtype=np.float32, copy=True)
    if excluded is not None:
        scores[excluded] = -np.inf
    k = min(settings.k, len(scores))
    if k == 0:
        return None
    # The k best without sorting them all (argpartition), then those k in order.
    top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    nearest = top[np.argsort(-scores[top], kind="stable")]
    needed = settings.threshold if is_report else settings.threshold_alone
    if float(scores[nearest[-1]]) < needed:
        return None
    # The level all k neighbours agree on at least: one stray emergency example must not decide alone.
    level = min(levels[i] for i in nearest)
    if level not in NET_LEVELS:
        return None
    first = int(nearest[0])
    example = examples[first] if examples is not None else Example("", levels[first])
    return NetMatch(level=level, similarity=float(scores[first]), example=example)


def merge(result: TriageResult, found: NetMatch | None, rules: TriageResult | None = None) -> TriageResult:
    """max(rules, net): the net only ever raises the level, and says so with the semantic_match flag.

    It may also raise a professional reading (a fall, numbness in one leg) to emergency. That over-triages some
    falls with lingering soreness, but capping it outright lost two of the third blind set's missed emergencies,
    and a needless warning is the cheaper mistake. Only what the message itself rules out caps it (see
    `net_ceiling`): "pain 4/10, I can walk" after a fall, "just the right leg", "I don't have anything like that".
    The ceiling is read on the `rules` result when `result` was already raised: a raise by one part of the net must
    not lift the cap for the next.
    """
    if found is None or found.level <= result.level:
        return result
    level = min(found.level, net_ceiling(rules or result))
    if level <= result.level:
        return result
    return replace(result, level=level, flags=(*result.flags, Flag.SEMANTIC_MATCH.value))


def triage_with_net(text: str, net: SafetyNet | None, *, exclude: str | None = None) -> TriageResult:
    """Rule-based triage, raised by the safety net when the message reads like a more serious example."""
    result = rules = triage_text(text)
    if net is None or result.level is Level.EMERGENCY:
        return result
    # detect_pain_report is "any flag but a pump"; reuse the result rather than triaging twice.
    is_report = bool(set(result.flags) - {Flag.PUMP.value})
    result = merge(result, net.match(text, exclude=exclude, is_report=is_report), rules)
    if result.level is Level.EMERGENCY:
        return result
    result = merge(result, net.match_sentences(text, exclude=exclude), rules)
    if result.level is Level.EMERGENCY:
        return result
    return merge(result, net.screen_match(text, rules_level=rules.level), rules)


if __name__ == "__main__":
    dev = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("tests/engine/triage_dev.yaml")
    sys.stdout.write(render_examples(examples_from_dev(dev), dev.as_posix()))
