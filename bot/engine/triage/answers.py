"""The /pain flow's questions and answers, and the triage result."""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any

from bot.engine.regex_prefilter import install
from bot.engine.triage.flags import Duration, Feeling, Flag, Level, Location


@dataclass(frozen=True)
class PainAnswers:
    """What the /pain flow has learned; None means not asked or not answered yet."""

    location: Location | None = None
    feeling: Feeling | None = None
    saddle_numbness: bool | None = None
    bladder_bowel: bool | None = None
    both_legs: bool | None = None
    leg_numbness: bool | None = None
    severity: int | None = None
    duration: Duration | None = None
    settled_next_morning: bool | None = None
    form_fix_failed: bool | None = None
    recurring: bool | None = None
    fever: bool | None = None
    weight_loss: bool | None = None
    cancer_history: bool | None = None
    night_pain: bool | None = None
    age_over_50_new: bool | None = None
    fall_trauma: bool | None = None


EMERGENCY_QUESTIONS = ("saddle_numbness", "bladder_bowel", "both_legs")
GENERAL_RED_FLAGS = (
    "fever",
    "weight_loss",
    "cancer_history",
    "night_pain",
    "age_over_50_new",
    "fall_trauma",
)


def answers_from_values(values: Mapping[str, object]) -> PainAnswers:
    """Build PainAnswers from flow values keyed by question id; unknown keys and values are ignored.

    A multi-choice "red_flags" list (ids of the general red flags, or "none") sets every general red flag:
    ticked ones to True, the rest to False.
    """
    known: dict[str, Any] = {}
    enums: dict[str, type[StrEnum]] = {"location": Location, "feeling": Feeling, "duration": Duration}
    for f in fields(PainAnswers):
        value = values.get(f.name)
        if value is None:
            continue
        if f.name in enums:
            try:
                known[f.name] = enums[f.name](str(value))
            except ValueError:
                continue
        elif f.name == "severity":
            if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10:
                known[f.name] = value
        elif isinstance(value, bool):
            known[f.name] = value
    ticked = values.get("red_flags")
    if isinstance(ticked, list | tuple | set | frozenset):
        chosen = {str(t) for t in ticked}
        for name in GENERAL_RED_FLAGS:
            known.setdefault(name, name in chosen)
    return PainAnswers(**known)


@dataclass(frozen=True)
class Question:
    """One /pain question: its id is the PainAnswers field it fills."""

    id: str
    prompt: str


QUESTIONS: tuple[Question, ...] = (
    Question("location", "Where do you feel it?"),
    Question("feeling", "What does it feel like?"),
    Question("saddle_numbness", "Any numbness or odd feeling in the groin, genitals, inner thighs or buttocks?"),
    Question("bladder_bowel", "Any new change in bladder or bowel control (leaking, can't hold it, can't go)?"),
    Question("both_legs", "Are both legs weak, numb or tingling?"),
    Question("leg_numbness", "Any numbness, tingling or pins and needles in a leg or foot?"),
    Question("severity", "How strong is it, from 0 (nothing) to 10 (worst imaginable)?"),
    Question("duration", "How long does it last after training?"),
    Question("settled_next_morning", "Had it settled by the next morning?"),
    Question("form_fix_failed", "Does it persist even after you fixed your form and lowered the load?"),
    Question("recurring", "Does it keep coming back after it had settled?"),
    Question("fever", "Do you have a fever or chills?"),
    Question("weight_loss", "Have you lost weight recently without trying?"),
    Question("cancer_history", "Have you ever had cancer?"),
    Question("night_pain", "Does it hurt at night or at rest, or wake you up?"),
    Question("age_over_50_new", "Are you over 50 and is this back pain new for you?"),
    Question("fall_trauma", "Did it start with a fall, a dropped bar or another knock?"),
)

_BACK_OR_LEGS = frozenset({Location.LOWER_BACK, Location.GLUTES, Location.HAMSTRINGS, Location.HIPS, Location.KNEES})
_LEG_WORDS = re.compile(r"\b(?:legs?|thighs?|calf|calves|foot|feet|toes?|shins?|ankles?)\b")

# Text flags that also answer a /pain question, so the flow does not ask it again.
_FLAG_ANSWERS: dict[Flag, str] = {
    Flag.SADDLE_NUMBNESS: "saddle_numbness",
    Flag.BLADDER_BOWEL: "bladder_bowel",
    Flag.BOTH_LEGS: "both_legs",
    Flag.LEG_NUMBNESS_TINGLING: "leg_numbness",
    Flag.FORM_FIX_FAILED: "form_fix_failed",
    Flag.RECURRING: "recurring",
    Flag.FEVER: "fever",
    Flag.WEIGHT_LOSS: "weight_loss",
    Flag.CANCER_HISTORY: "cancer_history",
    Flag.NIGHT_PAIN: "night_pain",
    Flag.AGE_OVER_50_NEW: "age_over_50_new",
    Flag.FALL_TRAUMA: "fall_trauma",
}


@dataclass(frozen=True)
class TriageResult:
    level: Level
    flags: tuple[str, ...]
    locations: tuple[Location, ...]
    text: str
    answers: PainAnswers = PainAnswers()

    def has(self, flag: Flag) -> bool:
        return flag in self.flags


# Once every pattern here exists: each is skipped at once on a message lacking every word a match needs
# (bot/engine/regex_prefilter.py). Importers get the pre-filtered patterns.
install(sys.modules[__name__])
