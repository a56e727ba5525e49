"""Rule-based pain triage: turn a pain message or /pain answers into a level and named flags.

The package reads a message in stages, each its own module: `normalise` puts it into the English the rules know, `scan`
marks what is negated, asked, reported, someone else's or over (with the word lists in `context`), the rules in
`emergency_rules`, `referral_rules` and `training_rules` (built from `lexicon`) name what was heard, `findings` pairs
pain words with body parts, `signs` and `resolve` weigh the flags together and `analyse` runs it all; `report` and
`pain_flow` are the entry points for free text and for the /pain flow, and `ceiling` bounds the safety net. Names with a
leading underscore are shared between these modules only; everything else imports from here.
"""

from bot.engine.triage.answers import (
    EMERGENCY_QUESTIONS,
    GENERAL_RED_FLAGS,
    QUESTIONS,
    PainAnswers,
    Question,
    TriageResult,
    answers_from_values,
)
from bot.engine.triage.ceiling import net_ceiling
from bot.engine.triage.flags import EMERGENCY_FLAGS, FLAG_LEVEL, Duration, Feeling, Flag, Level, Location
from bot.engine.triage.pain_flow import missing_questions, triage_answers
from bot.engine.triage.report import about_someone_else, detect_pain_report, level_of, mentions_a_sign_word, triage_text

__all__ = [
    "EMERGENCY_FLAGS",
    "EMERGENCY_QUESTIONS",
    "FLAG_LEVEL",
    "GENERAL_RED_FLAGS",
    "QUESTIONS",
    "Duration",
    "Feeling",
    "Flag",
    "Level",
    "Location",
    "PainAnswers",
    "Question",
    "TriageResult",
    "about_someone_else",
    "answers_from_values",
    "detect_pain_report",
    "level_of",
    "mentions_a_sign_word",
    "missing_questions",
    "net_ceiling",
    "triage_answers",
    "triage_text",
]
