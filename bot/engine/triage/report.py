"""Triage of free text: a message's level and flags, whether it is a pain report, and whether its signs are someone
else's."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from bot.engine.regex_prefilter import install
from bot.engine.triage.analyse import _analyse
from bot.engine.triage.answers import _FLAG_ANSWERS, PainAnswers, TriageResult
from bot.engine.triage.context import _SENTENCE_BREAK
from bot.engine.triage.findings import _Findings
from bot.engine.triage.flags import FLAG_LEVEL, Duration, Feeling, Flag, Level
from bot.engine.triage.normalise import _normalise
from bot.engine.triage.scan import _blanked, _other_people
from bot.engine.triage.signs import _EXCRETA


def level_of(flags: Iterable[str]) -> Level:
    return max((FLAG_LEVEL[Flag(f)] for f in flags), default=Level.NONE)


def _ordered(flags: Iterable[Flag]) -> tuple[str, ...]:
    # Most severe first, then the order of the Flag enum, so replies and logs are stable.
    members = list(Flag)
    return tuple(str(f) for f in sorted(set(flags), key=lambda f: (-FLAG_LEVEL[f].rank, members.index(f))))


def _answers_from_findings(found: _Findings) -> PainAnswers:
    values: dict[str, Any] = {}
    for flag, field in _FLAG_ANSWERS.items():
        if flag in found.flags:
            values[field] = True
        elif flag in found.negated:
            values[field] = False
    if found.locations:
        values["location"] = found.locations[0]
    feeling = _feeling_from_flags(found.flags)
    if feeling is not None:
        values["feeling"] = feeling
    if found.severity is not None:
        values["severity"] = found.severity
    if Flag.NOT_SUBSIDING in found.flags:
        values["duration"] = Duration.OVER_TWO_DAYS
    if Flag.NOT_SETTLED in found.flags:
        values["settled_next_morning"] = False
    return PainAnswers(**values)


def _feeling_from_flags(flags: frozenset[Flag]) -> Feeling | None:
    for flag, feeling in (
        (Flag.POP_INJURY, Feeling.POP),
        (Flag.RADIATING, Feeling.SHOOTING),
        (Flag.SHARP, Feeling.SHARP),
        (Flag.HAMSTRING_CRAMP, Feeling.CRAMP),
        (Flag.BACK_ACHE_MILD, Feeling.ACHE),
        (Flag.GLUTE_BURN, Feeling.BURN),
        (Flag.PUMP, Feeling.PUMP),
        (Flag.DOMS, Feeling.SORE_LATER),
    ):
        if flag in flags:
            return feeling
    return None


@lru_cache(maxsize=1024)  # one message is read by the detection, the safety net and the triage: triaged once
def triage_text(text: str) -> TriageResult:
    """Triage a free-text message. General questions about pain ("why do people...") yield level none."""
    found = _analyse(text)
    return TriageResult(
        level=level_of(found.flags),
        flags=_ordered(found.flags),
        locations=found.locations,
        text=text,
        answers=_answers_from_findings(found),
    )


def about_someone_else(text: str) -> bool:
    """The signs that set the level are someone else's, relayed by the user: "I'm fine myself, but my training partner
    says he's lost feeling between his legs". The reply then speaks of them, not of the user."""
    norm = _normalise(text)
    others = _other_people(norm, [0, *(m.end() for m in _SENTENCE_BREAK.finditer(norm))])
    if not others:
        return False
    return level_of(_analyse(_blanked(norm, others)).flags) < level_of(_analyse(text).flags)


# Words that may carry an emergency sign the rules did not recognise in a message they read as no pain report: what
# leaves the body, lost feeling, both legs. Such a message still gets the signs named (Coach.question).
_SIGN_WORD = re.compile(
    rf"{_EXCRETA.pattern}|\b(?:num+b(?!er)\w*|numnes+|tin?g+(?:l|el|gl)\w*|pins?\s*(?:and|&|n)\s*needles|"
    r"(?:can'?t|cannot|cant|couldn'?t|could\s+not|don'?t|didn'?t)\s+(?:really\s+|even\s+)?(?:feel|tell)|no\s+feeling|"
    r"sensation|groin|saddle|inner\s+thighs?|between\s+(?:my|the)\s+legs|where\s+i\s+sit|"
    r"both\s+(?:of\s+)?(?:my\s+|me\s+)?(?:legs|thighs)|(?:legs?|knees?)\s+(?:\w+\s+){0,2}(?:weak\w*|giv\w+\s+(?:out|way)|"
    r"buckl\w*|fold\w*))\b"
)


def mentions_a_sign_word(text: str) -> bool:
    """A word that may hide an emergency sign (toilet, numbness, both legs), whatever the rules made of it."""
    return bool(_SIGN_WORD.search(_normalise(text)))


def detect_pain_report(text: str) -> bool:
    """True when the user reports their own symptom (or any emergency sign), not a general question.

    "why does my lower back hurt during hip thrusts?" is True: it says the user's back hurts. "why do people
    get back pain?" and "how do I avoid back pain?" are False. A pump alone is not a pain report.
    """
    flags = set(triage_text(text).flags)
    return bool(flags - {Flag.PUMP})


# Once every pattern here exists: each is skipped at once on a message lacking every word a match needs
# (bot/engine/regex_prefilter.py). Importers get the pre-filtered patterns.
install(sys.modules[__name__])
