"""Triage of the /pain flow's answers with any free text, and the questions still to ask."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from bot.engine.triage.analyse import _analyse
from bot.engine.triage.answers import (
    _BACK_OR_LEGS,
    _FLAG_ANSWERS,
    _LEG_WORDS,
    EMERGENCY_QUESTIONS,
    GENERAL_RED_FLAGS,
    QUESTIONS,
    PainAnswers,
    TriageResult,
)
from bot.engine.triage.findings import _pain_flag
from bot.engine.triage.flags import Duration, Feeling, Flag, Level, Location
from bot.engine.triage.normalise import _normalise
from bot.engine.triage.report import _answers_from_findings, _ordered, level_of
from bot.engine.triage.resolve import _severity_flags


def _flags_from_answers(answers: PainAnswers) -> set[Flag]:
    flags: set[Flag] = set()
    for flag, field in _FLAG_ANSWERS.items():
        if getattr(answers, field) is True:
            flags.add(flag)
    loc = answers.location
    feeling = answers.feeling
    if feeling is Feeling.SHARP:
        flags.add(Flag.SHARP)
    elif feeling is Feeling.SHOOTING:
        flags.add(Flag.RADIATING)
    elif feeling is Feeling.POP:
        flags.add(Flag.POP_INJURY)
    elif feeling is Feeling.TINGLING:
        flags.add(Flag.LEG_NUMBNESS_TINGLING)
    elif feeling is Feeling.PUMP:
        flags.add(Flag.PUMP)
    elif feeling is Feeling.CRAMP and loc is Location.HAMSTRINGS:
        flags.add(Flag.HAMSTRING_CRAMP)
    elif feeling is not None:
        kind = {Feeling.BURN: "burn", Feeling.SORE_LATER: "sore"}.get(feeling, "pain")
        flags.add(_pain_flag(loc, kind, str(feeling)))
    elif loc is not None:
        flags.add(_pain_flag(loc, "pain", ""))
    if answers.duration in (Duration.OVER_TWO_DAYS, Duration.WEEKS):
        flags.add(Flag.NOT_SUBSIDING)
    if answers.settled_next_morning is False:
        flags.add(Flag.NOT_SETTLED)
    if answers.severity is not None:
        flags |= _severity_flags(answers.severity, answers.fall_trauma is True)
    return flags


def _merge(a: PainAnswers, b: PainAnswers) -> PainAnswers:
    """Field by field: a yes from either side wins, then a no, then whatever is known."""
    values: dict[str, Any] = {}
    for f in fields(PainAnswers):
        x, y = getattr(a, f.name), getattr(b, f.name)
        if isinstance(x, bool) or isinstance(y, bool):
            values[f.name] = True if True in (x, y) else False if False in (x, y) else None
        elif f.name == "severity":
            values[f.name] = max((v for v in (x, y) if v is not None), default=None)
        else:
            values[f.name] = x if x is not None else y
    return replace(a, **values)


def triage_answers(answers: PainAnswers, text: str = "") -> TriageResult:
    """Triage the /pain flow's answers together with any free text; the most severe reading wins."""
    found = _analyse(text)
    flags = set(found.flags) | _flags_from_answers(answers)
    if Flag.FALL_TRAUMA in flags and Flag.SEVERE_PAIN in flags:
        flags.add(Flag.TRAUMA_SEVERE)
    locations = tuple(dict.fromkeys([*([answers.location] if answers.location else []), *found.locations]))
    return TriageResult(
        level=level_of(flags),
        flags=_ordered(flags),
        locations=locations,
        text=text,
        answers=_merge(answers, _answers_from_findings(found)),
    )


def missing_questions(result_or_answers: TriageResult | PainAnswers) -> list[str]:
    """The /pain question ids still unanswered, in asking order; none once the level is emergency.

    The emergency red-flag questions are asked whenever the back or legs may be involved, including when
    the location is still unknown.
    """
    result = result_or_answers if isinstance(result_or_answers, TriageResult) else triage_answers(result_or_answers)
    if result.level is Level.EMERGENCY:
        return []
    answers = result.answers
    involves_back_or_legs = (
        not result.locations
        or bool(set(result.locations) & _BACK_OR_LEGS)
        or bool(_LEG_WORDS.search(_normalise(result.text)))
        or bool(set(result.flags) & {Flag.RADIATING, Flag.LEG_NUMBNESS_TINGLING})
    )
    wanted: list[str] = []
    for q in QUESTIONS:
        red_flag = q.id in EMERGENCY_QUESTIONS or q.id in GENERAL_RED_FLAGS
        if red_flag and not involves_back_or_legs:
            continue
        if q.id == "settled_next_morning" and answers.duration is not Duration.HOURS:
            continue
        if getattr(answers, q.id) is None:
            wanted.append(q.id)
    return wanted
