"""Every rule in the order it is tried, compiled, and the patterns that qualify a rule's reading (kit that pops, time in
a training plan or a pregnancy)."""

from __future__ import annotations

import re
import sys

from bot.engine.regex_prefilter import install
from bot.engine.triage.emergency_rules import EMERGENCY_RULES
from bot.engine.triage.flags import Flag, Rule
from bot.engine.triage.referral_rules import REFERRAL_RULES
from bot.engine.triage.training_rules import TRAINING_RULES

_RULES: tuple[Rule, ...] = (*EMERGENCY_RULES, *REFERRAL_RULES, *TRAINING_RULES)

# The flags of a muscle doing the glutes' work, with the training feel beside it.
_DOMINANCE_ONLY = frozenset(
    {Flag.QUADS_DOMINANT, Flag.HAMSTRINGS_DOMINANT, Flag.BACK_NOT_GLUTES, Flag.GLUTE_BURN, Flag.PUMP}
)
# Numb feet for years from diabetes are both legs, and old: an unchanged sign is no new one.
_OLD_SYMPTOM_FLAGS = frozenset({Flag.LEG_NUMBNESS_TINGLING, Flag.RADIATING, Flag.BOTH_LEGS})
_KIT_POP = re.compile(
    r"\bpop\s+(?:i|that\s+i)\s+(?:mentioned|said|told\s+you\s+about|heard)\s+was\s+(?:just\s+)?(?:the|my|a)\s+(?:\w+\s+)?"
    r"(?:bench|bar|box|plates?|collar|clip|floor|knuckles?|joints?)\b|"
    r"\b(?:collar|clip|clamp|band|plate|bench|box)s?\s+(?:\w+\s+)?(?:snapp(?:ed|ing)|popp(?:ed|ing)|broke|breaking|cracked|came\s+off|"
    r"flew\s+off|fell\s+off)\b"
)
# How long someone has trained or plans to: the span after the training verb, up to the end of its clause.
# Time in a training plan: "spread the volume over three days", "drop them in the last two weeks before the meet".
_PLANNED_TIME = re.compile(
    # "a sharp jump in power after 6 weeks of thrusts": time training, said after.
    r"\b(?:after|in|with|from)\s+(?:\d+|a\s+few|few|two|three|four|six|eight|ten|twelve)\s+(?:weeks?|months?)\s+of\s+(?:hip\s+)?"
    r"(?:thrusts?|training|lifting|this|the\s+program\w*|consistent\s+\w+)\b|"
    # Days at the office or at work: "my manager wants me in the office 4 days now".
    r"\b(?:in\s+the\s+office|at\s+the\s+office|at\s+work|working|wfh|on\s+shift)\s+(?:\d|two|three|four|five|six)\s+days\b|"
    # "keep the same weight for 3 weeks", "4th week in a row of PRs".
    r"\b(?:keep|stay\s+at|stick\s+with|hold)\s+(?:the\s+)?(?:same\s+)?(?:weight|load|reps?|sets?)\s+for\s+(?:\d+|two|three|four|a\s+few)\s+"
    r"(?:weeks?|days?|sessions?)\b|\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth)\s+(?:week|session|day)\s+in\s+a\s+row\s+of\s+"
    r"(?:prs?|pbs?|progress|gains|new\s+\w+)\b|"
    r"\b(?:spread|split|divid\w*|distribut\w*)\b[^.!?]{0,40}?\b(?:over|across|into)\s+(?:two|three|four|five|six|[2-7])\s+"
    r"(?:days|sessions)\b|\b(?:last|final|first)\s+(?:two|three|four|\d|couple\s+of|few)\s+(?:weeks?|days)\s+(?:before|of|"
    r"leading|out)\b|\b(?:weeks?|days)\s+(?:out\s+from|before)\s+(?:the|my|a)\s+(?:meet|comp\w*|show|race|wedding|holiday)\b|"
    # A superlative over time: "best sleep in weeks", "heaviest set in months".
    r"\b(?:best|worst|first|longest|hardest|heaviest|strongest|deepest)\s+(?:\w+\s+){0,2}?in\s+(?:weeks|months|years|ages)\b|"
    # An event ahead: "show is in 3 weeks!".
    r"\b(?:show|comp|competition|meet|contest|wedding|holiday|race|event|shoot|photoshoot)\s+(?:is\s+|'s\s+)?(?:only\s+)?in\s+"
    r"(?:\d+|a\s+few|two|three|four|five|six)\s+(?:days|weeks|months)\b"
)
_TRAINED_FOR = re.compile(
    # Or adding weight: "I've been progressing the weight pretty fast the last few weeks".
    r"\b(?:(?:been\s+)?doing|done|did|training|trained|lifting|thrusting|following|running|progressing|increasing|upping|"
    r"adding\s+(?:weight|load|plates)|on\s+(?:a|the|this|my)\s+"
    r"(?:program\w*|plan|routine|cut|bulk)|go\s+into\s+(?:maintenance|a\s+\w+\s+block)|switch\w*\s+to|"
    # A diet or plan tried for a while: "thinking about trying a vegan diet for a month".
    r"(?:try|trying|tried|start|starting|started|do|doing)\s+(?:a\s+|the\s+|this\s+)?(?:\w+\s+)?(?:diet|cut|bulk|fast|challenge|plan))\b"
    r"[^.!?,;]{0,45}?(?=\b(?:(?:for|in|over)\s+|(?=the\s+(?:past|last)\s))(?:about\s+|around\s+|nearly\s+|almost\s+|the\s+(?:past|last)\s+)?(?:a|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|twelve|\d+|a\s+couple\s+of|a\s+few|few|several)\s*(?:weeks?|months?|years?|fortnights?)\b)"
    r"[^.!?,;]{0,30}"
)
# A break from training, not a pain that lasts: "after 6 months off", "I was off for 3 months with a new job",
# "back after 6 weeks away".
_TIME_OFF = re.compile(
    r"\b(?:\d+|a|one|two|three|four|five|six|eight|ten|twelve|a\s+few|few|several|a\s+couple\s+of|couple\s+of)\s+"
    r"(?:days?|weeks?|wks?|months?|years?)\s+(?:off|away|out|break|of\s+(?:rest|no\s+training|not\s+training))\b|"
    r"\b(?:was|been|i'?ve\s+been|took\s+(?:some\s+time\s+)?|had\s+(?:some\s+time\s+)?|time)\s+off\s+(?:training\s+|lifting\s+|"
    r"the\s+gym\s+)?(?:for\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?(?:\d+|a|one|two|three|four|five|six|a\s+few|"
    r"few|several|a\s+couple\s+of)\s+(?:days?|weeks?|months?|years?)\b|"
    r"\b(?:back|returning|coming\s+back|came\s+back|comeback|return)\s+(?:to\s+(?:\w+\s+){0,2}?)?after\s+(?:about\s+|around\s+|"
    r"nearly\s+|almost\s+|over\s+)?(?:\d+|a|one|two|three|four|five|six|a\s+few|few|several|a\s+couple\s+of)\s+"
    r"(?:days?|weeks?|months?|years?)\b|"
    # An illness that kept the user out: "covid knocked me out for 2 weeks", "was ill with flu for a week".
    r"\b(?:covid|flu|a\s+cold|virus|bug|infection|tonsillitis|sick|ill|poorly)\b[^.!?]{0,30}?\b(?:knocked|wiped|laid|kept|had)\s+"
    r"(?:me\s+)?(?:out|up|down|in\s+bed|off)\s+for\s+(?:about\s+|nearly\s+|almost\s+|over\s+)?(?:\d+|a|one|two|three|four|a\s+few|"
    r"a\s+couple\s+of)\s+(?:days?|weeks?|wks?)\b|"
    r"\b(?:was|been|off)\s+(?:sick|ill|poorly)\s+(?:with\s+(?:\w+\s+){1,2}?)?for\s+(?:about\s+|nearly\s+|almost\s+|over\s+)?(?:\d+|a|"
    r"one|two|three|four|a\s+few|a\s+couple\s+of)\s+(?:days?|weeks?|wks?)\b"
)
# How far along a pregnancy is, or how old the baby: "I'm 12 weeks and feel great", "6 months postpartum".
_PREGNANCY_TIME = re.compile(
    r"\b(?:i'?m|im|i\s+am|at|now|about|nearly|almost)\s+(?:\w+\s+)?\d+\s+(?:weeks?|wks?|months?)\b(?=[^.!?]{0,40}?\b(?:pregnan\w*|"
    r"postpartum|post-?partum|pp\b|along|gestation)|(?<=\w)(?=\s+and\s+feel))|"
    r"\b(?:\d+|a\s+few|few|several|two|three|four|five|six)\s+(?:weeks?|wks?|months?)\s+(?:pregnant|postpartum|post-?partum|pp\b|"
    r"post\s+(?:birth|baby|c-?section|partum)|after\s+(?:birth|giving\s+birth|my\s+c-?section|delivery))|"
    r"\b(?:baby|son|daughter|little\s+one|bub)\s+is\s+(?:\d+|a\s+few|few|two|three|four|five|six)\s+(?:weeks?|months?)"
)
_COMPILED_RULES: tuple[tuple[Flag, tuple[re.Pattern[str], ...]], ...] = tuple(
    (rule.flag, tuple(re.compile(p) for p in rule.patterns)) for rule in _RULES
)


# Once every pattern here exists: each is skipped at once on a message lacking every word a match needs
# (bot/engine/regex_prefilter.py). Importers get the pre-filtered patterns.
install(sys.modules[__name__])
