"""Body locations, and the pain words paired with them."""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from bot.engine.regex_prefilter import install
from bot.engine.triage.flags import Flag, Location
from bot.engine.triage.lexicon import _BAR_WORDS, _LOCATIONS, _PAIN_BURN, _PAIN_CRY, _PAIN_PUMP, _PAIN_SORE, _PAIN_WORD
from bot.engine.triage.scan import _Scan


@dataclass(frozen=True)
class _Findings:
    flags: frozenset[Flag]
    negated: frozenset[Flag]
    locations: tuple[Location, ...]
    severity: int | None


def _find_locations(scan: _Scan) -> list[tuple[int, Location]]:
    found: list[tuple[int, Location]] = []
    taken: list[tuple[int, int]] = []
    for loc, pattern in _LOCATIONS:
        for m in pattern.finditer(scan.text):
            # "back of my thigh" is the hamstrings, not the back: the first, more specific match keeps it.
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), loc))
    return sorted(found)


def _pain_flags(
    scan: _Scan, locations: list[tuple[int, Location]], taken_back: Sequence[tuple[int, int]] = ()
) -> set[Flag]:
    """Pair each affirmed pain word with the body part it is about, nearest in its clause or sentence.

    A pain word inside a sign `taken_back` counts for nothing: "the twinge was just my waistband".
    """
    flags: set[Flag] = set()
    text = scan.text
    bar = bool(_BAR_WORDS.search(text))
    for m in _PAIN_WORD.finditer(text):
        pos = m.start()
        if scan.negated(pos) or scan.hypothetical(pos) or any(a <= pos < b for a, b in taken_back):
            continue
        word = m.group(0)
        clause = scan.clause_start(pos)
        sentence = scan.sentence_start(pos)
        near = [loc for p, loc in locations if scan.clause_start(p) == clause]
        if not near:
            near = [loc for p, loc in locations if sentence <= p and scan.sentence_start(p) == sentence]
        if not near:
            near = [loc for _, loc in locations]
        if re.fullmatch(_PAIN_CRY, word) and not any(scan.sentence_start(p) == sentence for p, _ in locations):
            continue
        kind = _kind(word)
        targets: list[Location | None] = [*near] if near else [None]
        flags |= {_pain_flag(loc, kind, word, bar) for loc in targets}
    return flags


def _kind(word: str) -> str:
    for kind, pattern in (("burn", _PAIN_BURN), ("sore", _PAIN_SORE), ("pump", _PAIN_PUMP)):
        if re.fullmatch(pattern, word):
            return kind
    return "pain"


def _pain_flag(loc: Location | None, kind: str, word: str, bar: bool = True) -> Flag:
    cramp = word.startswith(("cramp", "spasm", "knot")) or "hard" in word
    if kind == "pump":
        # A pumped lower back means the back extensors are doing the glutes' work.
        return Flag.BACK_NOT_GLUTES if loc is Location.LOWER_BACK else Flag.PUMP
    if loc is Location.LOWER_BACK:
        return Flag.BACK_ACHE_MILD
    if loc is Location.NECK:
        return Flag.NECK_STRAIN
    if loc is Location.KNEES:
        return Flag.KNEE_PAIN
    if loc is Location.HIPS:
        return Flag.BAR_HIP_PAIN if bar else Flag.PAIN_UNSPECIFIED
    if loc is Location.HAMSTRINGS:
        if cramp:
            return Flag.HAMSTRING_CRAMP
        return Flag.DOMS if kind == "sore" else Flag.HAMSTRINGS_DOMINANT
    if loc is Location.GLUTES or loc is None:
        if kind == "burn":
            return Flag.GLUTE_BURN
        # "stiff glutes this morning", "achy glutes from yesterday": the soreness of a day after, in other words.
        if kind == "sore" or (loc is Location.GLUTES and word.startswith(("stiff", "achy"))):
            return Flag.DOMS
        return Flag.PAIN_UNSPECIFIED
    # Location.OTHER
    if kind == "sore":
        return Flag.DOMS
    return Flag.PAIN_UNSPECIFIED


# A pain diary: "Low back: Mon 3, Tue 3, Wed 4, Thu 3", "Sun 5/10. Mon 4/10. Tue still 4/10".
_DAY_SCORE = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?\s*[:=-]?\s*"
    r"(?:(?:still|at|about|back|lower|low|pain|sore|hurts?|aches?|glutes?|hips?)\s+){0,3}~?"
    r"([1-9]|10)(?:\s*/\s*10)?(?![\d.x%])\b"
)
_LOGGED_PART = re.compile(r"\b(?:back|pain|hurts?|ache|glutes?|hips?|neck|knees?|hamstrings?)\b")


def _pain_logged_for_days(text: str) -> bool:
    """Three days or more each scored above zero, about a body part or pain: not settled in two days."""
    return len(_DAY_SCORE.findall(text)) >= 3 and bool(_LOGGED_PART.search(text))


# Feeling or strength in a leg by percentages that fall: "100% on Friday, ~80% Saturday, about 50% today".
_LEG_MEASURE = re.compile(
    r"\b(?:feeling|sensation|strength|power)\s+(?:in|of)\s+my\s+(?:left\s+|right\s+)?(?:legs?|foot|feet|thighs?|calf)\b"
)
_PERCENT = re.compile(r"(\d{1,3})\s*%")


# A leg sign scored day after day: "numbness L leg: Mon 1/10, Wed 4/10, Fri 8/10".
_LEG_SIGN_SCORED = re.compile(r"\b(?:numb\w*|tingl\w*|pins\s+and\s+needles|weakness)\b")
_SCORE = re.compile(r"\b(\d{1,2})\s*/\s*10\b")


def _leg_sign_rises_by_scores(text: str) -> bool:
    """Three or more scores after a numbness or weakness word, each higher than the one before."""
    for found in _LEG_SIGN_SCORED.finditer(text):
        end = text.find(".", found.end(), found.end() + 120)
        values = [int(v) for v in _SCORE.findall(text, found.end(), end if end > 0 else found.end() + 120)]
        if len(values) >= 3 and all(a < b for a, b in itertools.pairwise(values)):
            return True
    return False


def _feeling_falls_by_numbers(text: str) -> bool:
    found = _LEG_MEASURE.search(text)
    if found is None:
        return False
    values = [int(v) for v in _PERCENT.findall(text, found.end(), found.end() + 120)]
    return len(values) >= 3 and all(a > b for a, b in itertools.pairwise(values)) and values[-1] < 90


# Once every pattern here exists: each is skipped at once on a message lacking every word a match needs
# (bot/engine/regex_prefilter.py). Importers get the pre-filtered patterns.
install(sys.modules[__name__])
