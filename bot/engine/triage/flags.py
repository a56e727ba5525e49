"""The triage's vocabulary: levels, body locations, feelings, durations, the flags a message can raise with the
level each sets, and what a rule is."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    """How far to escalate; compare with <, >, max() to get the most severe."""

    NONE = "none"
    MODIFY = "modify"
    PROFESSIONAL = "professional"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        return _LEVEL_ORDER.index(self)

    # str's own ordering is alphabetical, which would rank "none" above "emergency".
    def __lt__(self, other: str) -> bool:
        return self.rank < Level(other).rank

    def __le__(self, other: str) -> bool:
        return self.rank <= Level(other).rank

    def __gt__(self, other: str) -> bool:
        return self.rank > Level(other).rank

    def __ge__(self, other: str) -> bool:
        return self.rank >= Level(other).rank


_LEVEL_ORDER = (Level.NONE, Level.MODIFY, Level.PROFESSIONAL, Level.EMERGENCY)


class Location(StrEnum):
    LOWER_BACK = "lower_back"
    GLUTES = "glutes"
    HAMSTRINGS = "hamstrings"
    HIPS = "hips"
    NECK = "neck"
    KNEES = "knees"
    OTHER = "other"


class Feeling(StrEnum):
    """The /pain flow's "what does it feel like" choices."""

    BURN = "burn"
    PUMP = "pump"
    SORE_LATER = "sore_later"
    ACHE = "ache"
    TIGHT = "tight"
    CRAMP = "cramp"
    SHARP = "sharp"
    SHOOTING = "shooting"
    TINGLING = "tingling"
    POP = "pop"


class Duration(StrEnum):
    MINUTES = "minutes"
    HOURS = "hours"
    OVER_TWO_DAYS = "over_two_days"
    WEEKS = "weeks"


class Flag(StrEnum):
    """Stable names for what was heard; other modules and the labelled set use these strings."""

    # emergency
    SADDLE_NUMBNESS = "saddle_numbness"
    BLADDER_BOWEL = "bladder_bowel"
    BOTH_LEGS = "both_legs"
    PROGRESSIVE_WEAKNESS = "progressive_weakness"
    TRAUMA_SEVERE = "trauma_severe"
    # professional
    SHARP = "sharp"
    RADIATING = "radiating"
    LEG_NUMBNESS_TINGLING = "leg_numbness_tingling"
    NOT_SUBSIDING = "not_subsiding"
    RECURRING = "recurring"
    FORM_FIX_FAILED = "form_fix_failed"
    POP_INJURY = "pop_injury"
    SEVERE_PAIN = "severe_pain"
    FEVER = "fever"
    WEIGHT_LOSS = "weight_loss"
    CANCER_HISTORY = "cancer_history"
    NIGHT_PAIN = "night_pain"
    AGE_OVER_50_NEW = "age_over_50_new"
    FALL_TRAUMA = "fall_trauma"
    # modify
    BACK_ACHE_MILD = "back_ache_mild"
    BACK_NOT_GLUTES = "back_not_glutes"
    NECK_STRAIN = "neck_strain"
    BAR_HIP_PAIN = "bar_hip_pain"
    HAMSTRING_CRAMP = "hamstring_cramp"
    HAMSTRINGS_DOMINANT = "hamstrings_dominant"
    QUADS_DOMINANT = "quads_dominant"
    KNEE_PAIN = "knee_pain"
    PAIN_UNSPECIFIED = "pain_unspecified"
    SEVERITY_OVER_5 = "severity_over_5"
    NOT_SETTLED = "not_settled"
    # none: normal training sensation
    GLUTE_BURN = "glute_burn"
    PUMP = "pump"
    DOMS = "doms"
    # The safety net raised the level: the wording reads like a labelled example the rules did not catch.
    SEMANTIC_MATCH = "semantic_match"


FLAG_LEVEL: dict[Flag, Level] = {
    **dict.fromkeys(
        (
            Flag.SADDLE_NUMBNESS,
            Flag.BLADDER_BOWEL,
            Flag.BOTH_LEGS,
            Flag.PROGRESSIVE_WEAKNESS,
            Flag.TRAUMA_SEVERE,
        ),
        Level.EMERGENCY,
    ),
    **dict.fromkeys(
        (
            Flag.SHARP,
            Flag.RADIATING,
            Flag.LEG_NUMBNESS_TINGLING,
            Flag.NOT_SUBSIDING,
            Flag.RECURRING,
            Flag.FORM_FIX_FAILED,
            Flag.POP_INJURY,
            Flag.SEVERE_PAIN,
            Flag.FEVER,
            Flag.WEIGHT_LOSS,
            Flag.CANCER_HISTORY,
            Flag.NIGHT_PAIN,
            Flag.AGE_OVER_50_NEW,
            Flag.FALL_TRAUMA,
        ),
        Level.PROFESSIONAL,
    ),
    **dict.fromkeys(
        (
            Flag.BACK_ACHE_MILD,
            Flag.BACK_NOT_GLUTES,
            Flag.NECK_STRAIN,
            Flag.BAR_HIP_PAIN,
            Flag.HAMSTRING_CRAMP,
            Flag.HAMSTRINGS_DOMINANT,
            Flag.QUADS_DOMINANT,
            Flag.KNEE_PAIN,
            Flag.PAIN_UNSPECIFIED,
            Flag.SEVERITY_OVER_5,
            Flag.NOT_SETTLED,
        ),
        Level.MODIFY,
    ),
    **dict.fromkeys((Flag.GLUTE_BURN, Flag.PUMP, Flag.DOMS), Level.NONE),
    # Its level travels in TriageResult.level (that of the matched examples), not in the flag.
    Flag.SEMANTIC_MATCH: Level.NONE,
}

# Normal training sensation: the burn, the pump and soreness a day or two later.
TRAINING_FEEL_FLAGS = frozenset({Flag.GLUTE_BURN, Flag.PUMP, Flag.DOMS})
EMERGENCY_FLAGS = frozenset(f for f, level in FLAG_LEVEL.items() if level is Level.EMERGENCY)


@dataclass(frozen=True)
class Rule:
    """One flag and the patterns that raise it."""

    flag: Flag
    patterns: tuple[str, ...]
