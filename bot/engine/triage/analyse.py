"""From a message to its findings: the rules, their context and the combinations, in one pass."""

from __future__ import annotations

import re
import sys
from functools import lru_cache

from bot.engine.regex_prefilter import install
from bot.engine.triage.findings import (
    _feeling_falls_by_numbers,
    _find_locations,
    _Findings,
    _leg_sign_rises_by_scores,
    _pain_flag,
    _pain_flags,
    _pain_logged_for_days,
)
from bot.engine.triage.flags import EMERGENCY_FLAGS, FLAG_LEVEL, Flag, Level, Location
from bot.engine.triage.lexicon import _BAR_WORDS, _CRAMP_WORD, _PAIN_NOT_EFFORT, _PAIN_WORD
from bot.engine.triage.normalise import _normalise
from bot.engine.triage.not_a_sign import _BACK_FROM_INJURY, _BURN_TO_QUADS, _NOT_A_SIGN, _OLD_SYMPTOM, _TAKEN_BACK
from bot.engine.triage.resolve import _drop_overridden, _resolve
from bot.engine.triage.rules import (
    _COMPILED_RULES,
    _DOMINANCE_ONLY,
    _OLD_SYMPTOM_FLAGS,
    _PLANNED_TIME,
    _PREGNANCY_TIME,
    _TIME_OFF,
    _TRAINED_FOR,
)
from bot.engine.triage.scan import _blanked, _Scan, _scan, _sentence_end
from bot.engine.triage.signs import (
    _FEEL_GOOD,
    _FINE_PART,
    _NOT_WORSENING,
    _NUMBNESS_FLAGS,
    _OLD_STRESS_LEAK,
    _TRAINING_FEEL,
    _TRUE_NUMB,
    _both_referred,
    _control_loss,
    _denied_just_before,
    _glutes_not_working,
    _legs_fail_both,
    _runs_down_one_leg,
    _severity,
    _spreads_to_other_leg,
)


def _numbness_denied_in(scan: _Scan, m: re.Match[str]) -> bool:
    # Up to the end of the sentence: "not numb but tingling" still has a sign after the denial.
    text = scan.text
    words = list(_TRUE_NUMB.finditer(text, m.start(), _sentence_end(text, scan.sentence_starts, m.end())))
    return bool(words) and all(w.group(0).startswith("numb") and _denied_just_before(text, w.start()) for w in words)


def _both_legs_by_parts(scan: _Scan) -> bool:
    return _spreads_to_other_leg(scan) or _legs_fail_both(scan) or _both_referred(scan)


_BARE_STEADY = re.compile(r"\b(?:unchanged|no\s+change|stable)\b")
_LONG_KNOWN = re.compile(
    r"\b(?:years?|ages|decades|months|long|old|always|ever|chronic|diabet\w*|neuropath\w*|ms|op|operation|surgery|"
    r"discectomy|fusion|since\s+(?:19|20)\d\d)\b"
)


# One message is read by the coach, the safety net's three layers and the sign-word check: about four readings of
# the same text per update, so the findings (immutable) are kept for the last messages seen.
@lru_cache(maxsize=1024)
def _analyse(raw: str) -> _Findings:
    text = _normalise(raw)
    scan = _scan(text)
    flags: set[Flag] = set()
    negated: set[Flag] = set()
    old_leaks = [m.span() for m in _OLD_STRESS_LEAK.finditer(text)]
    # "Unilateral tingling, right shin, unchanged": steady is no proof of old without a long time said somewhere.
    old_symptoms = [
        m.span()
        for m in _OLD_SYMPTOM.finditer(text)
        if not (_BARE_STEADY.search(m.group(0)) and not _LONG_KNOWN.search(text))
    ]
    trained_for = [
        m.span() for p in (_TRAINED_FOR, _PREGNANCY_TIME, _PLANNED_TIME, _TIME_OFF) for m in p.finditer(text)
    ]
    not_signs = [
        m.span()
        for p in (_NOT_A_SIGN, _BACK_FROM_INJURY)
        for m in p.finditer(text)
        if not (
            _OLD_SYMPTOM.match(text, m.start()) and _BARE_STEADY.search(m.group(0)) and not _LONG_KNOWN.search(text)
        )
    ]
    taken_back = [m.span() for m in _TAKEN_BACK.finditer(text)]
    for flag, patterns in _COMPILED_RULES:
        for pattern in patterns:
            for m in pattern.finditer(text):
                pos = m.start()
                if flag is Flag.BLADDER_BOWEL and any(m.start() < b and a < m.end() for a, b in old_leaks):
                    continue
                # "need to pee constantly", "both legs shaking, normal fatigue": nothing inside such talk is a sign.
                if any(a <= m.start() and m.end() <= b for a, b in not_signs):
                    continue
                # "doing hip thrusts for about a month", "into maintenance in a couple of months": training time.
                if flag in (Flag.NOT_SUBSIDING, Flag.RECURRING) and any(a <= m.start() < b for a, b in trained_for):
                    continue
                # "numb feet for years, nothing new": an old, unchanged leg symptom is no new sign.
                if flag in _OLD_SYMPTOM_FLAGS and any(m.start() < b and a < m.end() for a, b in old_symptoms):
                    continue
                if scan.negated(pos):
                    negated.add(flag)
                    continue
                # A history of cancer is the red flag however long over: "breast cancer 5 years ago, in remission".
                if flag is Flag.CANCER_HISTORY and scan.only_resolved(pos):
                    flags.add(flag)
                    continue
                # Emergency signs count even in a question: better a needless warning than a missed one.
                if scan.hypothetical(pos) and (
                    flag not in EMERGENCY_FLAGS or scan.reported_and_denied(pos) or scan.resolved(pos)
                ):
                    continue
                if flag is Flag.SADDLE_NUMBNESS and _runs_down_one_leg(scan, m):
                    continue
                # "a bit tingly since yesterday, only that one, not getting worse": the course is denied.
                if flag is Flag.PROGRESSIVE_WEAKNESS and _NOT_WORSENING.search(m.group(0)):
                    negated.add(flag)
                    continue
                # "inner thighs are sore (muscle sore, not numb)": the only numbness word in the match is denied.
                if flag in _NUMBNESS_FLAGS and _numbness_denied_in(scan, m):
                    negated.add(flag)
                    continue
                flags.add(flag)
    locations = [
        (p, loc)
        for p, loc in _find_locations(scan)
        if not scan.negated(p)
        and not scan.hypothetical(p)
        and not _FINE_PART.match(text, p)
        and not any(a <= p < b for a, b in not_signs)
    ]
    flags |= _pain_flags(scan, locations, taken_back)
    if flags & _NUMBNESS_FLAGS and _glutes_not_working(text):
        flags -= {Flag.SADDLE_NUMBNESS, Flag.LEG_NUMBNESS_TINGLING}
    if _BURN_TO_QUADS.search(text):
        flags.add(Flag.QUADS_DOMINANT)
    if _control_loss(scan):
        flags.add(Flag.BLADDER_BOWEL)
    if _pain_logged_for_days(text):
        flags.add(Flag.NOT_SUBSIDING)
    if _feeling_falls_by_numbers(text) or _leg_sign_rises_by_scores(text):
        flags.add(Flag.PROGRESSIVE_WEAKNESS)
    # "feet numb from diabetes for years, nothing new, but now my left thigh tingles": the old feet are not the second
    # leg, so both legs must be heard without the old, unchanged symptom too.
    if _both_legs_by_parts(scan) and (
        not old_symptoms or _both_legs_by_parts(_scan(_blanked(text, old_symptoms)))
    ):
        flags.add(Flag.BOTH_LEGS)
    # "it doesn't shoot down my leg, it stays in my lower back" still reports pain in the lower back.
    # A denied numbness with no pain word ("no numbness, legs just tired") reports nothing.
    # "...the lumbar spine in anatomy... I'm not injured": a denied injury with no pain word reports nothing either.
    denied_only_numbness = negated <= _NUMBNESS_FLAGS | {Flag.POP_INJURY} and not _PAIN_WORD.search(text)
    # "no back pain, just sore glutes and tired legs": what is affirmed is training feel, nothing to report.
    affirmed = [m.group(0) for m in _PAIN_WORD.finditer(text) if not scan.negated(m.start())]
    training_only = bool(affirmed) and all(_TRAINING_FEEL.fullmatch(w) for w in affirmed)
    # "...turned out to be my shoes. Never came back.": a return denied says nothing of a pain now.
    if (
        negated - {Flag.RECURRING}
        and locations
        and not denied_only_numbness
        and not training_only
        and not any(FLAG_LEVEL[f] >= Level.MODIFY for f in flags)
    ):
        bar = bool(_BAR_WORDS.search(text))
        flags |= {f for _, loc in locations if loc is not Location.GLUTES for f in (_pain_flag(loc, "pain", "", bar),)}
    severity = _severity(scan)
    affirmed_pain = any(not scan.negated(m.start()) for m in _PAIN_WORD.finditer(text))
    flags = _resolve(flags, {loc for _, loc in locations}, scan, severity, affirmed_pain)
    flags = _drop_overridden(flags, {loc for _, loc in locations})
    # "quads cooking, glutes nothing, 3 weeks of this": weeks of a muscle doing the glutes' work, no pain that lingers.
    if (
        Flag.NOT_SUBSIDING in flags
        and flags - {Flag.NOT_SUBSIDING}
        and flags - {Flag.NOT_SUBSIDING} <= _DOMINANCE_ONLY
        and not any(not scan.negated(m.start()) for m in _PAIN_NOT_EFFORT.finditer(text))
    ):
        flags.discard(Flag.NOT_SUBSIDING)
    # A span of days with nothing in it that lasts: "3 days post meet and I feel great", "four days on, glutes fresh".
    if flags == {Flag.NOT_SUBSIDING} and not affirmed_pain and severity is None and _FEEL_GOOD.search(text):
        flags.discard(Flag.NOT_SUBSIDING)
    # Cramps that keep coming are still cramps, and the bar that keeps pressing is still the pad question: "hammy cramps
    # again, 3rd session in a row", "my pelvis hurts under the bar, keeps happening since I went over 80kg".
    repeats = flags - {Flag.RECURRING, Flag.NOT_SUBSIDING}
    cramps = all(_CRAMP_WORD.match(m.group(0)) for m in _PAIN_WORD.finditer(text))
    if (repeats == {Flag.HAMSTRING_CRAMP} and cramps) or (
        repeats == {Flag.BAR_HIP_PAIN} and Flag.NOT_SUBSIDING not in flags
    ):
        flags -= {Flag.RECURRING, Flag.NOT_SUBSIDING}
    unique_locations = tuple(dict.fromkeys(loc for _, loc in locations))
    return _Findings(frozenset(flags), frozenset(negated - flags), unique_locations, severity)


# Once every pattern here exists: each is skipped at once on a message lacking every word a match needs
# (bot/engine/regex_prefilter.py). Importers get the pre-filtered patterns.
install(sys.modules[__name__])
