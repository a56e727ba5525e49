"""Rule-based pain triage: turn a pain message or /pain answers into a level and named flags."""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from functools import lru_cache
from typing import Any

from bot.engine.regex_prefilter import install


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

EMERGENCY_FLAGS = frozenset(f for f, level in FLAG_LEVEL.items() if level is Level.EMERGENCY)

# ---------------------------------------------------------------------------------------------------------
# Lexicon. Every pattern runs on lower-cased text with straight apostrophes. Word families and light typos
# are spelled out here rather than fuzzy-matched, so a reviewer can see exactly why a message escalated.
# ---------------------------------------------------------------------------------------------------------

_NUMBING_AGENT = (
    r"(?:novo?caine|novacaine|lidocaine|lignocaine|procaine|benzocaine|(?:a\s+)?(?:local\s+)?ana?esthe(?:tic|sia)|"
    r"numbing\s+(?:cream|gel|agent|spray|injection|shot|jab))"
)
_NUMB = (
    # "number" is a count ("baby number two") unless a comparison makes it "more numb" ("getting number").
    r"(?:num+b(?!er(?:s|ed|ing)?\b)\w*|(?:(?<=getting\s)|(?<=gets\s)|(?<=got\s)|(?<=even\s)|(?<=going\s)|"
    r"(?<=becoming\s)|(?<=growing\s)|(?<=feels\s)|(?<=feel\s)|(?<=much\s)|(?<=bit\s)|(?<=lot\s)|(?<=way\s))number\b|"
    r"numnes+|tin?g+(?:l|el|gl)\w*|pins?\s*(?:and|&|n|an)\s*needles|par(?:a|ae|e)sth?esi\w*|"
    # "has needles feeling", "a feeling of needles": pins and needles in other words.
    r"needles?\s+(?:feeling|sensation)|(?:feeling|sensation)\s+of\s+(?:pins|needles)|"
    # Numbing-agent similes: "feels like it's been given novocaine", "like at the dentist".
    rf"(?:like|as\s+if|as\s+though)\s+(?:[\w']+\s+){{0,6}}?(?:{_NUMBING_AGENT}|(?:the\s+|a\s+)?dentist)\b|"
    rf"{_NUMBING_AGENT}\s+(?:feeling|numb\w*)|"
    # Similes of skin that no longer feels: "like cotton wool", "as if it's not my skin", "like through a glove".
    r"(?:like|as\s+if|as\s+though)\s+(?!hell\b)(?:[\w']+\s+){0,5}?(?:cotton[\s-]?wool|cotton|cardboard|(?:thick\s+|rubber\s+)?gloves?|"
    r"(?:a\s+)?layer\s+of|padding|foam(?![\s-]*(?:pad|roll))|styrofoam|polystyrene|(?:not|isn'?t)\s+(?:really\s+)?(?:my\s+own|my)\s+skin|"
    r"(?:someone|somebody)\s+else'?s\s+skin)\b|"
    # "no feeling in my groin" is the symptom; "no feeling of anything weird" is the all-clear.
    r"(?:no|zero|nil|barely\s+any|hardly\s+any|not\s+much|very\s+little|reduced|less|decreased|diminished)\s+"
    r"(?:feeling|sensation)(?!\s+(?:of|like|weird|strange|odd|off|any|changes?|problems?|issues?|loss|differen\w*|"
    r"(?:in\s+)?(?:my\s+|the\s+)?glutes?\b))|"
    r"(?:feeling|sensation)\s+of\s+(?:nothing|no\s+(?:feeling|sensation))|"
    r"(?:lost|lose)\s+(?:the\s+|all\s+)?(?:feeling|sensation)|los(?:s|ing)\s+(?:of\s+)?(?:feeling|sensation)|"
    r"(?:can'?t|cannot|cant|couldn'?t)\s+(?:really\s+|properly\s+)?feel(?!\s+(?:it\s+|them\s+|anything\s+)?"
    r"(?:in\s+)?(?:my\s+|the\s+)?(?:glutes?\b|(?:butt|booty|bum)\s+(?:work|fir|activ|engag|contract|squeez|do)|"
    r"(?:the\s+|a\s+|any\s+)?(?:difference|burn|pump|stretch|contraction|squeeze|muscles?|workout|exercise|"
    r"hip\s+thrust|it\s+work|it\s+much|it\s+at\s+all|it\s+there)))|"
    # "fell asleep" is numbness only when a body part fell asleep, not the lifter.
    r"(?:(?<=foot\s)|(?<=feet\s)|(?<=leg\s)|(?<=legs\s)|(?<=toes\s)|(?<=butt\s)|(?<=bum\s)|(?<=it\s)|"
    r"(?<=thigh\s)|(?<=side\s)|(?<=calf\s)|(?<=they\s)|(?<=glute\s)|(?<=glutes\s))"
    r"(?:fell|falls?|falling|went|goes|gone|is|are|keeps\s+going)\s+asleep|"
    # "the inner part of my thighs is a bit asleep".
    r"(?<=thighs\s)(?:(?:is|are|feel|feels|went|gone)\s+)?(?:a\s+bit\s+|a\s+little\s+|kind\s+of\s+|kinda\s+|still\s+|half\s+)?asleep|"
    r"prickl\w*|pins\s+and\s+pricks|"
    # Formication, the crawling of ants: "sensation of ants in my leg", "like ants crawling on my calf".
    r"(?:sensation|feeling)s?\s+(?:of|like)\s+(?:little\s+|tiny\s+)?ants\b|\bants\s+(?:crawling|running|walking|marching)|"
    r"(?:like|as\s+if)\s+(?:there\s+(?:are|were)\s+)?(?:little\s+|tiny\s+)?ants\b|formication|"
    r"dead\s+feeling|feels?\s+dead|went\s+dead|deadness|buzz\w*|fizz\w*|"
    r"feels?\s+like\s+(?:they'?re|they\s+are|it'?s|it\s+is)\s+not\s+(?:mine|my\s+own|attached)|"
    r"(?:don'?t|doesn'?t)\s+feel\s+like\s+(?:mine|my\s+own|my\s+legs?|they\s+belong)|"
    # Limbs that feel borrowed: "felt like they belonged to someone else", "like someone else's legs".
    r"(?:feels?|felt|feeling)\s+like\s+(?:they|it)\s+(?:belong|belongs|belonged)\s+to\s+(?:someone|somebody)\s+else|"
    r"like\s+(?:someone|somebody)\s+else'?s\s+(?:legs|feet|foot|leg))"
)
# Verb forms of lost feeling ("don't feel anything", "i not feel", "feeling nothing"). Alone they are as often
# "no pain", so rules use them only next to a named body part.
_NO_FEEL = (
    r"(?:(?:don'?t|dont|do\s+not|doesn'?t|does\s+not|didn'?t|can'?t|cannot|cant|couldn'?t)\s+(?:really\s+)?feel\s+"
    r"(?:anything|a\s+thing|nothing|any\s+(?:thing|touch)|(?:them|it)\s+when\s+(?:i|you|u)\s+touch)|"
    # "my glutes feel nothing" is the muscle not working, as "can't feel my glutes" is; "my bum feels nothing" is skin.
    r"(?<!glutes\s)(?<!glute\s)(?:feel|feels|feeling|felt)\s+(?:absolutely\s+)?nothing|"
    r"(?:i|me|i'?m|im)\s+(?:do\s+)?not\s+(?:can\s+)?feel(?:ing)?\b|"
    # "the skin around my anus is without feeling since this morning".
    r"(?:is|are|was|were|went|gone|left)\s+(?:\w+\s+)?without\s+(?:any\s+)?(?:feeling|sensation)\b"
    r"(?!\s+(?:it|them|much|anything|a\s+thing|the|my|in))"
    r")"
    r"(?!\s+(?:weird|wrong|bad|unusual|else|off|different|strange|odd|painful|sharp|serious|special|much|but|except|"
    r"other|apart|besides|beyond|until|till|til|during|from|like|when\s+i\s+(?:do|thrust|lift|train|squeeze|bridge|"
    r"push|go|am|work)|in\s+(?:the\s+)?(?:set|exercise|movement|lift|workout|thrust|rep)|(?:it\s+)?(?:in\s+)?"
    r"(?:my\s+|the\s+)?(?:glutes?|hamstrings?|hams|quads?|core|abs|back|lower\s+back)\b))"
)
_NUMB_ANY = rf"(?:{_NUMB}|{_NO_FEEL})"
# A patch of skin that feels nothing: "a weird dead patch right where I sit". A lawn has dead patches too, so it is
# numbness only beside a body part (the saddle and leg rules pair it).
_DEAD_PATCH = (
    r"(?:dead\s+(?:patch|patches|zone)|(?:patch|area)\s+(?:of\s+skin\s+)?(?:that\s+)?(?:is|feels|went|has\s+gone|gone)"
    r"\s+dead)\b"
)
# "can't stand up" is a body that won't hold; "can't stand hip thrusts" is a dislike.
_STAND = (
    r"(?:stand|walk)(?=\s*(?:$|[,.!?;:)]|up\b|properly|straight|upright|on\b|without|for\s+(?:long|more)|any\s*more|"
    r"and\b|or\b|because|from|with\b|still\b|at\s+all|very|well|good|right|normally|since|now|today))"
)
_WEAK = (
    r"(?:weak\w*|no\s+strength|(?:gave|give|gives|giving|keeps?\s+giving)\s+(?:out|way)|buckl\w*|"
    r"(?:can'?t|cannot|barely|hardly)\s+(?:lift|move|control)\s+(?:my\s+|her\s+|his\s+|their\s+)?(?:legs?|feet|foot)|collaps\w*|"
    r"fold(?:s|ed|ing)?\s+(?:under|beneath|like)|(?:without|no|zero|lost\s+(?:all\s+)?(?:the\s+|my\s+)?)\s*(?:force|power)\b|"
    r"(?:won'?t|wont|don'?t|can'?t|cannot|doesn'?t)\s+(?:hold|support|carry)\s+"
    r"(?:me|my\s+weight)|(?:can'?t|cannot|couldn'?t|barely|hardly)\s+(?:really\s+|even\s+)?(?:stand|walk)\s+(?:up\s+)?"
    r"(?:properly|straight|upright|normally|on\s+(?:them|my\s+(?:own\s+)?(?:legs|feet))))"
)
# Lay words for weak legs. Right after a hard set they are normal fatigue, so they count only for both legs
# named as such or with a course that is getting worse.
_WEAK_LAY = (
    r"(?:(?:like\s+)?(?:wet\s+)?(?:jelly|jello|rubber|noodles?|spaghetti)|like\s+water|rubbery|wobbl\w*|"
    r"shaky|jelly-?like|flopp(?:y|ier|iness)|"
    # Legs that will not push: "feel like wet sand", "like sandbags".
    r"like\s+(?:wet\s+)?(?:sand|sandbags?)\b|wet\s+sand)"
)
# What weak legs stop doing, told as the workaround instead of the weakness: "had to haul myself up the stairs on the
# rail", "can't get off the sofa without pushing with my arms", "didn't trust them to hold me". The rules pair these
# with both legs named (see _legs_fail_both), never alone: one bad leg sends people to the handrail too.
_LEGS_FAIL = (
    r"(?:(?:haul|hauled|hauling|pull|pulled|pulling|drag|dragged|dragging|hoist\w*|heav(?:e|ed|ing))\s+myself\s+up\b"
    r"[^.!?]{0,40}?\b(?:rail|railings?|banisters?|bannisters?|handrails?|hand\s+rail)\b|"
    # _normalise turns "can't ... without" into "can't ... with".
    r"(?:can'?t|cannot|couldn'?t|unable\s+to)\s+(?:even\s+)?(?:get|stand|climb)\s+(?:up\s+)?(?:off|out\s+of|up\s+from|from)?\s*"
    r"(?:the\s+|my\s+|a\s+)?(?:\w+\s+)?(?:sofa|couch|settee|chair|bed|toilet|loo|floor|car|bath)\s+with(?:out)?\s+"
    r"(?:using\s+|pushing\s+(?:up\s+)?(?:with\s+|on\s+)?|my\s+)?(?:my\s+)?(?:arms|hands)\b|"
    r"(?:didn'?t|don'?t|do\s+not|did\s+not|can'?t|couldn'?t)\s+trust\s+(?:them|my\s+legs|my\s+knees|my\s+feet)\s+to\s+"
    r"(?:hold|support|carry|take)\s+(?:me|my\s+weight)|"
    r"fold(?:s|ed|ing)?\s+(?:under|beneath)\s+me)"
)
_WORSENING = (
    r"(?:getting\s+worse|worse\s+and\s+worse|gets?\s+worse|worsening|(?:gotten|got|grown|become)\s+(?:steadily|progressively|"
    r"gradually|much|a\s+lot|way)\s+worse|(?:getting|got|gone)\s+(?:floppier|clumsier|draggier)|spreading|spreads|(?<!\bi\s)(?<!\bto\s)(?<!\bwe\s)(?<!\bcan\s)progress(?!ions?\b)\w*\b"
    r"(?!\s+(?:to\s+(?:\d|heavier|the\s+next|a\s+heavier)|(?:my|the)\s+(?:weight|load|lifts?|thrusts?|program\w*)|(?:well|nicely)\b))|"
    r"more\s+and\s+more|creeping|moving\s+(?:up|down)|(?:getting|growing|spreading)\s+more\s+(?:every|each|by\s+the)\s+day|(?:getting|growing|going|becoming|gets?|got)\s+"
    r"(?:weaker|number|more\s+numb|worse)|weaker\s+and\s+weaker|(?:weaker|worse|number)\s+(?:by\s+the|every|each)\s+"
    r"(?:hour|minute|day|morning|night)|more\s+(?:and\s+more\s+)?(?:by\s+the|every|each|with\s+every)\s+(?:hour|minute)|by\s+the\s+hour|"
    r"(?:worse|weaker|number)\s+every\s+(?:few|couple\s+of|\d+)\s+hours|worse\s+than\s+(?:this\s+morning|yesterday|earlier|before|an\s+hour\s+ago|last\s+night)|"
    # Worse today than it was, however strongly said: "heaps worse today", "way worse now", "even worse this morning".
    r"(?:heaps|way|much|loads|lots|a\s+lot|far|even|miles|tons|so\s+much)\s+worse\b(?!\s+than\s+(?:my\s+|the\s+)?(?:other|left|right))|"
    r"worse\s+(?:today|now|tonight|this\s+(?:morning|afternoon|evening))|"
    # A sign that has moved up the leg over time: "climbed up to the knee", "crept up past my shin". "goes up to my
    # knee" describes where it is, not that it moved.
    r"(?:climb\w*|crept|creep\w*|crawl\w*|travell?ed|moved|risen|rose|work(?:ed|ing)\s+(?:its|it'?s)\s+way|gone)\s+"
    r"(?:all\s+the\s+way\s+)?up\s+(?:to|into|past|as\s+far\s+as)\s+(?:the\s+|my\s+|both\s+(?:my\s+)?)?(?:knees?|hips?|thighs?|waist|groin|"
    r"shins?|calf|calves|ankles?|bum|butt))"
)
# "can't go" means the toilet only when nothing about training follows: "can't go heavier" is a load.
_GO_TOILET = (
    r"go\b(?!\s+(?:heav\w*|deep\w*|up|down|full|high\w*|low\w*|as|any|past|further|far|hard|back|out|for|on|"
    r"through|in|to\s+(?:the\s+)?(?:gym|work|class|training|school)))"
)
# Where one goes to pee. "the ladies"/"the gents" are a place only after a verb of going or being there:
# "the ladies at my gym" are people.
_TOILET_PLACE = (
    r"(?:toilets?|loo|lavatory|lav|bathroom|restroom|wc|urinal|dunny|khazi|"
    # Slang that is a toilet only as "the ...": "goes to the jacks", "on the bog" (not "bog standard"), "the john".
    r"(?<=the\s)(?:jacks|jakes|john|throne)\b|(?<=the\s)bog\b(?!\s+standard)|"
    r"(?<=go\sto\sthe\s)(?:ladies|gents)|(?<=went\sto\sthe\s)(?:ladies|gents)|(?<=going\sto\sthe\s)(?:ladies|gents)|"
    r"(?<=goes\sto\sthe\s)(?:ladies|gents)|(?<=in\sthe\s)(?:ladies|gents)|(?<=at\sthe\s)(?:ladies|gents)|"
    r"(?<=been\sto\sthe\s)(?:ladies|gents)|(?<=use\sthe\s)(?:ladies|gents)|(?<=using\sthe\s)(?:ladies|gents))"
)
# What one wets or soils in an accident, in several countries' words: "an accident in my trackies", "wet his pants".
_LOWER_CLOTHES = (
    r"(?:pants|shorts|leggings|tights|trousers|undies|underwear|knickers|kecks|jocks|boxers|briefs|jeans|joggers|"
    r"trackies|trackie\s+(?:bottoms|pants|dacks)|tracksuit(?:\s+bottoms)?|track\s*pants|sweatpants|sweats|trakkies|"
    r"dacks|daks|scrubs|bed|sheets)"
)
# A wardrobe accident is not incontinence: "an accident in my shorts, they split at the seam".
_WARDROBE_MISHAP = r"(?![^.!?]{0,40}?\b(?:split\w*|ripp?\w*|tore|torn|seams?|holes?|spill\w*|stain\w*|shake|coffee)\b)"
_SADDLE_CORE = (
    r"(?:groin|gr[io]{2}n|saddle|crotch|genital\w*|privates?|private\s+(?:parts?|area)|down\s+there|taint|back\s+passage|"
    # "my butt cheeks and the area between them", "between my bum cheeks".
    r"(?:area|skin|bit|part|crack|space)\s+between\s+(?:them|my\s+(?:butt|bum|ass|arse)\s*cheeks|the\s+cheeks)|"
    r"between\s+(?:my\s+|the\s+)?(?:butt|bum|ass|arse)\s*cheeks|(?:insides?|inner\s+(?:sides?|parts?))\s+of\s+(?:my\s+|the\s+)?"
    r"(?:buttocks|butt\s*cheeks|bum\s*cheeks|cheeks)|inner\s+(?:butt\s+|bum\s+)?cheeks|"
    r"perineum|perineal|pelvic\s+floor|pelvic\s+(?:area|region)|nether\s+regions?|undercarriage|lady\s+parts|inner\s+thighs?|"
    r"(?:insides?|inner\s+(?:sides?|parts?))\s+of\s+(?:my\s+|the\s+)?(?:both\s+|two\s+)?thighs?|between\s+(?:my\s+|the\s+|his\s+|her\s+|their\s+|your\s+)?legs|sex(?:ual)?\s+organs?|butt\s*hole|anus|ass\s*hole|vagina\w*|penis|"
    r"testicles?|balls|nuts|junk|dick|cock|(?:my\s+)?bits|gooch|grundle|chode|"
    # Slang for the genitals (UK, Irish, Australian): "willy", "todger", "fanny", "front bottom", "the family jewels".
    r"willy|todger|wang|schlong|minge|fanny(?!\s+packs?)|front\s+bottom|lady\s+garden|(?:family|crown)\s+jewels|"
    r"(?<=my\s)(?:knob|tackle|manhood)|(?<=his\s)(?:knob|tackle|manhood)|sit(?:ting)?\s*bones?|sitting\s+(?:area|part)|(?:bike|bicycle)\s+seat|"
    # The part you sit on, in the words of someone who doesn't know "saddle area".
    r"(?:area|part|spot|bit|place|region|parts)\s+(?:of\s+(?:me|my\s+body)\s+)?(?:that\s+|which\s+|where\s+)?"
    r"(?:(?:i|you|u|ya|one|he|she|they)(?:'d|\s+would|\s+normally)?\s+)?(?:sit\w*|touch\w*\s+(?:the\s+)?(?:chair|seat|saddle|toilet))|"
    r"where\s+(?:i|you|u|ya|one|he|she|they)(?:'d|\s+would|\s+normally)?\s+sit\w*|seat\s+area|when\s+i\s+wipe|wiping|"
    # Where the underwear sits: "along my knicker line", "where my undies go".
    r"(?:underwear|undies|knickers?|bikini|panty|pants|boxers?|briefs)\s+line|"
    r"where\s+my\s+(?:underwear|undies|knickers|pants|boxers|briefs)\s+(?:sits?|goes?|go|covers?|touch\w*))"
)
# "bottom" is the buttocks, not the bottom of a rep or "at the bottom" of a thrust.
_BOTTOM = (
    r"(?<!at\s)(?<!at\sthe\s)(?<!the\svery\s)(?<!from\sthe\s)(?<!in\sthe\s)bottom"
    r"(?!\s+(?:of|position|range|half|end|part|phase|portion|out|up|line|lockout))"
)
# Numbness in the words of a clinician; alone ("I had anaesthesia for surgery") they are no symptom.
_CLINICAL_NUMB = (
    r"(?:an(?:a|ae)?esthesi\w*|hyp(?:o|a)?(?:a|ae)?esthesi\w*|par(?:a|ae)?esthesi\w*|dys(?:a|ae)?esthesi\w*|"
    r"(?:reduced|altered|decreased|diminished|absent|loss\s+of|lost|no)\s+(?:\w+\s+)?sensation|sensory\s+(?:loss|change|deficit)s?)"
)
# Skin that has gone dull to the touch, in texture words: "cardboardy", "leathery", "like rubber". Saddle rules only:
# "legs feel rubbery" after a hard set is fatigue.
_SKIN_DULL = (
    r"(?:cardboard\w*|leathery|leather-?like|papery|plasticky|wooden|rubbery\s+skin|"
    r"(?:like|as\s+if\s+it'?s)\s+(?:\w+\s+){0,2}?(?:cardboard|leather|rubber|plastic|parchment|wood)\b|"
    r"(?:skin|it|they)\s+(?:feels?|felt|is|are|has\s+gone|went|gone)\s+(?:\w+\s+){0,2}?(?:rubbery|thick|dull|muffled|"
    r"distant|far\s+away))"
)
# What one sits on. "car seat", "toilet seat" and "seat" alone are always a seat; a bench, sofa or couch is one only
# "under me" (see the saddle rules).
_SEAT_THING = (
    r"(?:(?:car|toilet|loo|bike|bicycle|desk|office|train|bus|plane|stadium|driver'?s)\s+)?(?:seats?|chairs?|saddles?|"
    r"stools?|bleachers)"
)
_SAT_ON = rf"(?:{_SEAT_THING}|benches|bench|sofa|couch|settee|cushion|toilet|loo)"
# The buttocks are saddle area too, but numbness that runs from there down one leg is a leg sign.
_SEAT = rf"(?:butt\s+cheeks?|buttocks?|bum|butt|ass|arse|backside(?!\s+of)|{_BOTTOM}|nalgas?|culo|bunda)"
_SADDLE = rf"(?:{_SADDLE_CORE}|{_SEAT})"
_ONE_LEG_PATH = re.compile(
    r"\b(?:from|down)\s+(?:my\s+|the\s+)?(?:butt|bum|buttocks?|ass|glutes?|cheek)\w*\s+(?:all\s+the\s+way\s+)?"
    r"(?:down|to|into|through|till|until)\b|"
    r"\b(?:left|right|one)\b[^.!?]{0,25}?\b(?:leg|side|thigh|calf|foot|hamstring|knee|shin)\b|"
    r"\bon\s+(?:one|the\s+(?:left|right))\s+side\b"
)
# Spanish and Portuguese words for leg, thigh and foot turn up in otherwise English messages.
_LEG_FOREIGN = r"(?:piernas?|pernas?|pies?|p[ée]s|muslos?|coxas?)"
_LEG_PART = (
    r"(?:groin|legs?|thighs?|calf|calves|foot|feet|toes?|knees?|shins?|ankles?|hamstrings?|arms?|hands?|fingers?|"
    rf"{_LEG_FOREIGN})"
)
_LEG_SKIN = rf"(?:legs?|thighs?|calf|calves|foot|feet|toes?|shins?|ankles?|heels?|knees?|{_LEG_FOREIGN})"
_TWO_LEGS = (
    r"(?:both\s+(?:of\s+)?(?:my\s+|her\s+|his\s+|their\s+)?(?:legs|feet|thighs|calves|sides|knees|quads|shins|hamstrings)|both\s+legs|"
    r"either\s+(?:of\s+)?(?:my\s+)?(?:legs?|feet|foot|sides?)|"
    r"(?:left|right)\s+and\s+(?:left|right)\s+(?:legs?|foot|feet|side)|my\s+legs|the\s+legs|legs|two\s+legs|feet)"
)
# Word-initial: "wagon" is no "agony".
_SEVERE = (
    # Hip bones "screaming" under the bar are the pad question, not a severe pain.
    r"\b(?:severe\w*|excruciat\w*|unbearabl\w*|(?<!bones\sis\s)(?<!bones\sare\s)(?<!bone\sis\s)(?<!hips\sare\s)agon\w*|worst\s+pain|(?<!hip\sbones\sare\s)(?<!hip\sbones\swere\s)"
    r"(?<!hips\sare\s)(?<!hips\swere\s)(?<!hip\sbones\s)(?<!hips\s)screaming(?!\s+under\s+(?:the\s+)?(?:bar|barbell))|intense\s+pain|"
    rf"(?:can'?t|cannot|couldn'?t)\s+(?:really\s+|even\s+)?(?:move|{_STAND}|get\s+up|breathe)|"
    r"(?:10|9|ten|nine)\s*(?:/|out\s+of|from)\s*10|"
    r"crippl\w*|so\s+much\s+pain|(?:insane|unreal|horrendous|horrific|blinding|extreme|brutal)\s+pain|"
    r"pain\s+(?:is\s+|was\s+)?(?:(?:absolutely|just|so)\s+)?(?:insane|unreal|horrendous|horrific|blinding|extreme|"
    r"unbearable|off\s+the\s+charts?|through\s+the\s+roof)|(?:hurts?|hurting)\s+(?:\w+\s+)?(?:off\s+the\s+charts?|"
    r"through\s+the\s+roof)|off\s+the\s+charts?\s+pain|worst\s+(?:ever|of\s+my\s+life)|crying\s+(?:in|from|with)\s+(?:the\s+)?pain|"
    r"(?:can'?t|cannot|couldn'?t)\s+(?:put|bear|take)\s+(?:any\s+)?weight\s+(?:on|through)\b|"
    r"(?:pass(?:ing)?|passed|black(?:ing)?|blacked)\s+out\s+(?:from|with|because\s+of)\s+(?:the\s+)?pain)"
)
# Full names only: "sat on my foot" and "in the sun" are no days.
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# Three or more days, in figures or words: "10 days", "ten days", "a few days".
_SEVERAL_DAYS = (
    r"(?:(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|several|many|a\s+few|few|[3-9]|"
    r"\d\d)\s+days)"
)
_AGE = (
    r"(?:5\d|[6-9]\d|(?:fifty|sixty|seventy|eighty|ninety)"
    r"(?:[-\s]?(?:one|two|three|four|five|six|seven|eight|nine))?)"
)
# "at 60" is an age; "at 60 kg" or "at 60 for 8" is a load.
_NOT_A_LOAD = (
    r"(?!\s*(?:kg|kgs|kilos?|lbs?|pounds|%|percent|reps?|sec\w*|s\b|min\w*|degrees?|cm|mm|x\b|bpm|rpm|for\s+\d|\*|"
    r"lb\b|plates?))"
)
# Other people a lifter writes about: a partner, a client, family ("tita"/"tito" are a Filipino aunt and uncle).
_RELATION = (
    r"(?:(?:gym|training|workout|lifting|best|old|close|work)\s+)?(?:friend|buddy|mate|pal|bro|brother|sister|sis|wife|"
    r"husband|partner|girlfriend|boyfriend|gf|bf|dad|father|mum|mom|mother|son|daughter|uncle|aunt|aunty|auntie|tita|"
    r"tito|cousin|colleague|co-?worker|neighbou?r|client|member|trainee|athlete|room-?mate|flatmate|housemate|teammate|grandma|grandpa|"
    r"grand-?dad|grandmother|grandfather|granny|gran|nan|nana|mam)s?"
)
_SAFE_LANDING = r"(?:floor|ground|pins|safet\w*|rack|mat|platform|spotter\s+arms)\b"
_FALL = (
    rf"(?:dropp?(?:ed|ing)?\s+(?:the\s+|my\s+|a\s+)?(?:loaded\s+|heavy\s+|full\s+)?(?:\d+\s*(?:kg|kgs|kilos?|lbs?|pounds)|"
    r"(?:\d+\s*(?:kg|kgs|lbs?)\s+)?(?:bar|barbell|weights?|plates?))\s+"
    rf"(?:on|onto|across|over|into|down\s+on)\b(?!\s+(?:the\s+)?{_SAFE_LANDING})(?!\s+purpose)|"
    # Present tense too, as in Patois or a quick message: "di bar drop pon mi hip".
    r"(?:bar|barbell|weights?|plates?)\s+(?:drops?|falls?|slips?|rolls?)\s+(?:on|onto|across|down\s+on)\s+(?:my|me)\b|"
    r"(?:bar|barbell|weights?|plates?)\s+(?:fell|dropped|slipped|rolled|crashed|came\s+down|landed|slammed)"
    rf"(?!\s+(?:\w+\s+)?(?:on|onto|to|down\s+on)\s+(?:the\s+)?{_SAFE_LANDING})"
    # The bar drifting onto the hip bones it rests on is its position, not a blow, unless the words say a blow.
    r"(?:(?<!rolled)|(?!\s+(?:up\s+)?(?:onto|on\s+to|on|up)\s+(?:my\s+)?(?:hip\s*bones?|hips?|"
    r"hip\s+crease|bony\s+bits)\b(?![^.!?]{0,60}(?:agony|crush|smash|crack|can'?t\s+(?:move|walk|stand)|unbearable|"
    r"excruciating|\b(?:[7-9]|10)\s*/\s*10))))|"
    r"(?:bar|barbell|weights?|plates?|dumb-?b?ells?|kettle-?bells?)\s+(?:\w+\s+)?(?:crushed|pinned|trapped|smashed|hit|"
    r"whacked|slammed|crashed|smacked|thumped|struck|bashed|"
    r"cracked|banged)\s+(?:(?:right\s+|straight\s+)?(?:into|onto|against)\s+)?(?:me|my)\b|"
    # Off the pad onto the belly: "the bar roll off the pad onto her lower belly", "it dropped off the pad onto my
    # groin".
    r"\b(?:roll(?:s|ed)?|slid|slides|slipp?(?:ed|s)?|fell|falls|dropp?(?:ed|s)?)\s+off\s+(?:the|my|her|his)\s+(?:pad|hips?|lap|"
    r"legs?)\s+(?:and\s+)?(?:onto|into|on)\s+(?:me|my|his|her|their)\s+(?:lower\s+)?(?:belly|stomach|tummy|abdomen|groin|"
    r"pelvis|ribs?|chest|crotch|privates|hips?|hip\s*bones?)\b|"
    r"\bwent\s+(?:flying\s+|over\s+)?backwards?\s+(?:onto|off|into)\s+(?:the\s+)?(?:floor|ground|concrete|bench|box|rack)\b|"
    # A bar that bounced on the body is a blow, not its resting place: "the bar bounced on my hip bone".
    r"(?:bar|barbell)\s+(?:\w+\s+)?bounced\s+(?:off|on|onto|against)\s+(?:my|me)\b|"
    # A bar that tipped or rolled and caught someone: "his bar tipped and clipped his hip on the way down".
    r"(?:bar|barbell|plates?)\s+(?:\w+\s+){0,3}?(?:tipped|slid|slipped|rolled|fell|dropped|came\s+down|tilted)\b[^.!?]{0,25}?"
    r"\b(?:clipped|hit|smacked|whacked|struck|caught|landed\s+on|slammed\s+(?:into|onto))\s+(?:me|my|his|her|their)\b|"
    r"(?:bar|barbell)\s+(?:\w+\s+){0,4}?(?:whipped|swung|spun|twisted|flipped)\s+(?:around|round|over)?[^.!?]{0,20}?"
    r"\b(?:hit|smash\w*|slamm\w*|crash\w*|bang\w*|whack\w*|crack\w*)\s+(?:into\s+|onto\s+)?(?:me|my)\b|"
    # Road and sport crashes: "crashed my bike", "came off my scooter", "got clipped by a car".
    r"(?:crashed|wrecked|totall?ed|came\s+off|fell\s+off|got\s+(?:knocked|thrown)\s+off|was\s+(?:knocked|thrown)\s+off)"
    r"\s+(?:my\s+|the\s+|a\s+)?(?:push\s*|e-?|mountain\s+|road\s+)?(?:bike|bicycle|motorbike|motorcycle|scooter|"
    r"moped|car|skateboard|board|horse)\b|"
    r"(?:got|was|were|been|getting)\s+(?:rear-?ended|t-?boned|side-?swiped|run\s+over)\b|"
    r"(?:clipped|hit|struck|knocked\s+(?:down|over|off)|run\s+over|side-?swiped|rear-?ended|t-?boned)\s+by\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:car|van|truck|lorry|bus|taxi|cab|bike|cyclist|scooter|motorbike|driver)\b|"
    r"(?:bike|cycling|motorbike|motorcycle|scooter|skiing|snowboard\w*|road|traffic)\s+(?:crash|accident|wreck|collision)\b|"
    # Wipeouts and landings on something hard: "wiped out skiing", "hit the ice on my back". "Wiped out" alone is
    # also tired: only with where or how it happened.
    r"\bwiped\s+out\s+(?:skiing|snowboarding|skating|surfing|biking|cycling|running|on\s+(?:my|the|a)\s+(?:bike|board|skis?|"
    r"ice|slope|stairs|trail)|on\s+the\s+(?:ice|slopes?)|while\s+\w+ing)\b|\b(?:had|took)\s+a\s+(?:bad\s+|big\s+|nasty\s+|hard\s+)?"
    r"wipe-?out\b|"
    r"\b(?:hit|smacked|slammed\s+(?:into|onto)|landed\s+(?:hard\s+)?on)\s+(?:the\s+)?(?:ice|ground|floor|deck|pavement|"
    r"concrete|rocks?|stairs|steps)\s+(?:\w+\s+){0,2}?(?:on|with)\s+my\s+(?:\w+\s+)?(?:back|spine|tailbone|coccyx|hips?|bum|butt|head)\b|"
    # The bar got away and then struck the body, in any tense: "the bar slip from my hands at the top and hit my
    # lower belly and hip", "plate rolled off and landed on my foot".
    r"(?:bar|barbell|weights?|plates?|dumb-?b?ells?|kettle-?bells?)\s+(?:\w+\s+)?(?:slip(?:s|ped)?|fall(?:s)?|fell|drop(?:s|ped)?|roll(?:s|ed)?|"
    r"slide(?:s)?|slid|c[ao]me?s?\s+off)\b[^.!?]{0,50}?\b(?:hit(?:s|ting)?|smash\w*|slamm?\w*|land\w*|crash\w*|"
    r"bang\w*|whack\w*|c[ao]me?s?\s+down)\s+(?:right\s+|straight\s+|hard\s+)?(?:on\s+|onto\s+|into\s+|across\s+|"
    r"down\s+on\s+)?(?:me|my)\b|"
    # Kit that rolls or falls onto the body itself: "kettlebell rolled onto my lower back". Onto the hips, lap or thighs
    # is where a bar rests.
    r"(?:dumb-?b?ells?|kettle-?bells?|weights?|plates?|jugs?)\s+(?:\w+\s+)?(?:rolled|fell|dropped|slid|slipped|tipped|"
    r"came\s+down)\s+(?:right\s+|straight\s+)?(?:onto|on\s+to|on|into|across)\s+(?:me\b|my\s+(?!(?:\w+\s+)?(?:hips?|hip\s*bones?|"
    r"lap|thighs?|pad|legs?)\b))|"
    r"(?:bar|barbell|weights?|plates?)\s+(?:\w+\s+)?(?:slip(?:s|ped)?|roll(?:s|ed)?|slide(?:s)?|slid)\b[^.!?]{0,30}?"
    r"\bdrop(?:s|ped)?\s+(?:right\s+|straight\s+)?(?:on|onto|down\s+on)\s+(?:me|my)\b|"
    r"\bbench\s+(?:\w+\s+)?(?:slipped|slid|tipped|toppled|flipped|gave\s+way|collapsed|shot\s+out|moved|shifted|"
    r"went\s+flying)[^.!?]{0,60}?(?:\bon\s+me\b|\bonto\s+me\b|landed|fell|crash\w*|hit|smash\w*|crush\w*|"
    r"agony|crack\w*|snap\w*)|"
    # A pad, towel, mat or foot that slips is kit moving, not the lifter falling.
    # Whole words: a "husband" who fell is no band slipping.
    r"(?<!\bweight\s)(?<!\bkeeps\s)(?<!\bpad\s)(?<!\bpadding\s)(?<!\btowel\s)(?<!\bmat\s)(?<!\bcushion\s)(?<!\bfoot\s)"
    r"(?<!\bfeet\s)(?<!\bband\s)(?<!\bshoe\s)(?<!\bshoes\s)(?<!\bheel\s)(?<!\bheels\s)(?<!\bhand\s)(?<!\bhands\s)(?<!\bgrip\s)"
    r"(?:fell|fall|falling|slipped|tripped|tumbled)\s+(?:off(?!\s+me\b)(?!\s+(?:the\s+)?(?:wagon|bandwagon|"
    r"(?:the\s+)?(?:face\s+of\s+the\s+earth|radar|map)|track|plan|routine|program\w*|schedule|diet))|from|on|onto|down|"
    r"over|backwards?|hard|and|in\s+the\s+(?:shower|bath|tub|rain|snow|ice|mud|kitchen|bathroom|street|road|car\s+park|"
    r"parking\s+lot))|"
    r"(?:kicked|kneed|punched|elbowed|tackled|speared|struck)\s+(?:hard\s+)?(?:in|on|into)\s+(?:the|my)\s+(?:lower\s+|low\s+)?"
    r"(?:back|spine|tailbone|coccyx|ribs|kidneys|hip|pelvis|groin)\b|"
    r"(?:took|taken|got|had|caught)\s+(?:a\s+|an\s+)?(?:hard\s+|big\s+|nasty\s+)?(?:knee|kick|elbow|boot|shoulder|tackle|hit|"
    r"punch|head-?butt)\s+(?:to|in|into)\s+(?:the|my)\s+(?:lower\s+|low\s+)?(?:back|spine|tailbone|coccyx|ribs|kidneys|hip|"
    r"pelvis|groin)\b|"
    r"\b(?:i|we|he|she)\s+(?:dropped|crashed|slammed|fell)\s+(?:down\s+)?(?:onto|on\s+to|on)\s+(?:the\s+|a\s+|my\s+)?"
    r"(?:sofa|couch|bed|chair|bench|box|table|step|stairs)(?:\s+(?:frame|edge|arm|corner|leg))?\b|"
    r"(?:a|bad|hard|nasty)\s+fall|(?:took|had|taken)\s+a\s+(?:\w+\s+)?tumble|car\s+(?:accident|crash)|fender[\s-]?bender|got\s+hit|was\s+hit|trauma\w*|"
    # "tipped off the bench onto my side".
    r"(?:tipped|toppled|rolled|slid|slipped|tumbled)\s+(?:right\s+)?(?:off|over)\s+(?:the\s+|my\s+)?(?:bench|box|step|platform)\b|"
    # Slang for falling over: "nearly stacked it on the stairs", "came a cropper", "face-planted". "stacked it up" and
    # "stacked it with plates" are loading the bar.
    r"stack(?:ed|ing)\s+it\b(?=\s*(?:$|[,.!?;]|(?:on|in|down|off|at|going|coming|walking|running|getting|yesterday|"
    r"today|twice|again|hard|big\s+time)\b))(?!\s+on\s+(?:the\s+|a\s+)?(?:bar|barbell|rack|bench|pile|stack|trolley|tree))|"
    r"came\s+a\s+cropper|face-?\s?planted|crashed\s+(?:off|down\s+(?:on|onto)|onto)\s+(?:the\s+)?(?:bench|box|floor|ground|"
    r"concrete|stairs?)\b|went\s+(?:arse|ass)\s+over\s+(?:tit|tea-?kettle|elbow)|"
    r"(?:bar|barbell|weights?|plates?|dumbbells?)\s+(?:\w+\s+)?(?:slid|slides|sliding)\s+(?:off|out|down)|"
    # "the bar landed on the floor" is the bar, not the lifter.
    r"(?<!bar\s)(?<!barbell\s)(?<!weight\s)(?<!weights\s)(?<!plate\s)(?<!plates\s)"
    r"(?:landed|landing|land|crashed|came\s+down|dropped|slammed|smacked|banged|went\s+down)\s+(?:hard\s+|right\s+|"
    r"straight\s+|flat\s+|full\s+force\s+)?(?:on|onto|into)\s+(?:my\s+|the\s+)?(?:\w+\s+)?(?:back|tailbone|coccyx|butt|"
    # The belly and ribs too: "it rolled off and came down on my belly". Not the lap or thighs, where a bar is set down.
    r"bum|backside|bottom|arse|ass|hips?|hip\s*bones?|pelvis|spine|sacrum|head|neck|floor|ground|belly|stomach|tummy|abdomen|ribs?|chest|groin|"
    # "went down on my left side" off a bike or on ice; "landed on my side".
    r"(?<=went\s{1}down\s{1}on\s{1}my\s{1})(?:left\s+|right\s+)?side|(?<=landed\s{1}on\s{1}my\s{1})(?:left\s+|right\s+)?side)\b|"
    # Where the bench or box meets the back is the setup: "where exactly should the bench hit my back?".
    r"(?<!bench\s)(?<!box\s)(?<!edge\s)(?<!pad\s)"
    r"(?:hit|smashed|slammed|whacked|bang|banged|bashed|cracked|jarred|smacked|bump|bumped|knock|knocked)\s+"
    r"(?:my\s+|his\s+|her\s+|their\s+)?"
    r"(?:lower\s+)?(?:tailbone|coccyx|spine|sacrum|back|head)\b|"
    r"(?:bumped|banged|knocked|smacked|whacked|bashed|clipped)\s+(?:my\s+|his\s+|her\s+)?(?:left\s+|right\s+)?(?:hip|hip\s*bone|"
    r"pelvis|side)\s+(?:hard\s+)?(?:on|against|into)\s+(?:the\s+|a\s+)?(?:rack|bench|box|door\w*|table|corner|edge|post|"
    r"machine|upright)\b|"
    # Kit that got away and knocked the hip: "the bar bounced off the pins and knocked my hip". "the bar hits my hip
    # bones" on every rep is the pad question, so the kit must have moved first.
    r"(?:bar|barbell|plates?|weights?|dumbbells?|kettlebell)\s+(?:\w+\s+){0,6}?(?:bounced|rolled|slipped|fell|came\s+down|swung)\b"
    r"[^.!?]{0,30}?\b(?:and\s+)?(?:knocked|hit|smacked|whacked|bashed|clipped|slammed|landed\s+on)\s+(?:into\s+)?(?:my\s+)?"
    r"(?:left\s+|right\s+)?(?:hips?|hip\s*bones?|pelvis)\b)"
)

# What a dropped foot scuffs when walking.
_WALKED_ON = (
    r"(?:the\s+|every\s+|each\s+)?(?:ground|floor|stairs?|steps?|kerbs?|curbs?|pavement|carpet|rug|road|path|pavement|"
    r"grass|edge\s+of\s+(?:the\s+)?(?:step|stair)s?)\b"
)
# The front of the thighs in the ways people write it: "quads", "front thighs", "my thighs (front)".
_QUAD_WORD = (
    r"(?:quads?\b|quadriceps\b|fronts?\s+of\s+(?:my\s+|the\s+|her\s+|his\s+|their\s+)?(?:thighs?|legs?)\b|front\s+thighs?\b|"
    r"anterior\s+thighs?\b|(?:thighs?|legs?)\s*\(\s*(?:the\s+|at\s+the\s+|in\s+)?front\s*\)|"
    r"thighs?,?\s+(?:at\s+|in\s+)?the\s+front\b)"
)
# "sharp" as pain, not cheese, dress sense or a turn: "sharp cheddar", "look sharp", "a sharp turn".
_SHARP_WORD = (
    r"(?<!look\s)(?<!looks\s)(?<!looking\s)(?<!\d\s)(?<!am\s)(?<!pm\s)(?<!o'clock\s)(?<!than\s)sharp(?!en|ie)\w*\b"
    r"(?![\s-]+(?:cheddar|cheese|flavou?rs?|tastes?|mind\w*|wit\w*|dress\w*|look\w*|suits?|outfits?|eye\w*|focus|"
    r"images?|pictures?|turns?|bends?|corners?|increase|rise|drop\s+in|contrast|pencils?|mustard|shooter|tongue|"
    r"edges?|points?|knurl\w*|tips?|bits?\s+of\s+(?:the|my)\s+(?:bench|plate|box|bar)|"
    # "sharp question: bench or box?", "sharp technique question": a quick question, not a pain.
    r"(?:technique\s+|form\s+|quick\s+|little\s+|small\s+|setup\s+)?(?:questions?|q)\b))"
)
# Pain vocabulary for pairing with a body location. BURN and SORE are split out because in the glutes
# they are normal training sensation, but the same words in the lower back are a reason to modify.
_PAIN_GENERIC = (
    r"(?:hurt\w*|pain(?![\s-]?free)\w*|ache\w*|backaches?|aching|achy|achiness|grumbl(?:y|ing)\b|tight\w*|stiff\w*|strain\w*|discomfort\w*|uncomfortabl\w*|"
    r"killing|kills|throb\w*|agon(?:y|ising|izing)\b|(?<!blood\s)pressure|irritat\w*|bother(?:s|ing|ed|some)?\b(?!\s+(?:you|u|ya|anyone|everyone|with))|bugging|tender\w*|bruis\w*|ouch|owie|"
    r"sensitive|feels?\s+(?:off|weird|wrong|funny|bad|awful)|not\s+(?:right|good)|twing\w*|pinch\w*|"
    rf"{_SHARP_WORD}|stab(?!l|il)\w*|cramp\w*|spasm\w*|tweak\w*|niggl\w*|compress\w*|jamm\w*|crunch\w*|crick(?:s|ed|y)?\b|"
    # Scottish and Irish "nipping" is a stinging pain: "my back's been nippin for a fortnight".
    r"nipp(?:ing|in)'?(?=\s|$|[,.!?])|"
    # What pain makes a body do or say, in lay words: "still limping", "my back seizing up", "back grabbing",
    # "me back's been at me since Friday".
    r"limp(?:ing|ed)\b|seiz(?:ing|es|ed)\s+up\b|(?<=back\s)grabb(?:ing|ed)\b|(?<='s\s)been\s+at\s+me\b|"
    # "it stings", "my lower back is catching slightly": lighter pain words.
    r"sting(?:s|ing|y)?\b|catch(?:es|ing)?\b(?=\s+(?:slightly|a\s+bit|a\s+little|a\s+touch|sometimes|mildly|"
    r"in\s+(?:the\s+)?(?:hip\s+)?(?:thrusts?|bottom|sets?|reps?|movement|lift)|on\s+(?:the\s+way|every|each|some)|"
    r"at\s+the\s+(?:top|bottom)|when|during|mid))|(?<=a\s)catch\b(?=\s+in\b)|"
    r"(?:doesn'?t|does\s+not|don'?t|didn'?t)\s+feel\s+(?:great|good|right|ok|okay|too\s+good|so\s+good|normal))"
)
# "my glutes were screaming" is the burn of a hard set; in the back the same word is pain (see _MUSCLE_SCREAM).
_PAIN_BURN = r"(?:burn\w*|on\s+fire|fire|lit\s+up|lights?\s+up|lighting\s+up|torched|cooked|roast\w*|screaming)"
_PAIN_SORE = r"(?:sore\w*|doms|tender\w*)"
# "lumbar" and "spine" are how lifters who read up name the lower back.
_BACK_WORD = (
    r"(?:(?:lower\s+|low\s+)?back|lumbar(?:\s+spine|\s+area|\s+region)?|lower\s+spine|spine|erectors?|"
    r"espalda(?:\s+baja)?|lombar)"
)
_GLUTE_WORD = (
    # "my bottom" only: "the bottom of the rep" is a position.
    r"(?:glutes?|glues?\b|glute\s+max|butt|booty|bum|arse|rear\s+end|(?<=my\s)bottom|buttocks?|gl[úu]teos?|nalgas?|culo|"
    r"bunda)"
)
_BAR_WORDS = re.compile(r"\b(?:bar|barbell|pad|padding|weight|plates?|hip\s*bones?)\b")
# Interjections and faces count only next to a body part: "ow my back" is a report, "hi :(" is not.
_PAIN_CRY = (
    r"(?:\bow+\b|\bouch\b|\boof\b|\bugh+\b(?!,?\s+(?:fine|ok|okay|whatever|alright|yes|yeah)\b)|\bargh+\b|\btrouble\b|\bissues?\b|\bproblems?\b|"
    r"\bacting\s+up\b|\bplaying\s+up\b|"
    # A chore made hard by the back: "getting out of bed is a three-step process now because of my back".
    r"\b(?:struggl\w*|hard|difficult|process|ordeal|mission|can'?t|cannot|couldn'?t)\b[^.!?]{0,40}?\bbecause\s+of\s+"
    r"(?=(?:my|me)\s+(?:lower\s+|low\s+)?back\b)|\bgiving\s+me\s+(?:grief|hell)\b|:\(|:'\(|😣|😖|😫|🤕|😩|😭|😢)"
)
_PAIN_PUMP = r"(?:pump\w*)"
_PAIN_WORD = re.compile(rf"\b(?:{_PAIN_GENERIC}|{_PAIN_BURN}|{_PAIN_SORE}|{_PAIN_PUMP})|{_PAIN_CRY}")
# Pain, not the burn or pump of a working muscle.
# A joint or the back that "lights up" is pain; glutes that light up are working.
_PAIN_NOT_EFFORT = re.compile(
    # A burn in the low back is no glute burn: "the burning in my low back is still there every single session".
    r"\bburn\w*\s+(?:in|at|across|around)\s+(?:my\s+|the\s+)?(?:lower\s+|low\s+)?back\b|"
    rf"\b(?:{_PAIN_GENERIC}|{_PAIN_SORE}|flar\w*)|{_PAIN_CRY}|\b(?:joint|back|spine|lumbar|sacrum|tailbone)(?:\s+area)?\s+(?:lights?|lit)\s+up\b"
)

_LOCATION_PATTERNS: tuple[tuple[Location, str], ...] = (
    (
        Location.LOWER_BACK,
        r"\b(?:lower\s+back|low\s+back|lumbar\w*|l[45]\b|spine|si\s+joint|sacrum|tailbone|coccyx|backache|espalda|lombar|"
        r"(?:my|the|lower|low|in\s+(?:my\s+|the\s+)?)\s*back\b(?!\s+(?:of|to|down|up|on|against|onto))|"
        r"(?<!upper\s)(?<!mid\s)(?<!middle\s)back(?:'s\b|\s+(?:pain|ache|hurts?|hurting|is|was|has|had|gets|got|feels?|felt|went|keeps|kills|killing|dey|"
        r"tight\w*|sore\w*|strain\w*|stiff\w*|spasm\w*|issues?|problems?|started\s+(?:hurting|aching|to\s+hurt)))|"
        # Notes drop the "my": "back still a bit sore this morning", "back kinda stiff". Only opening a sentence.
        r"(?:^|(?<=[.!?\n]\s)|(?<=[.!?\n]))\s*back(?=\s+(?:still|really|kinda|kind\s+of|a\s+(?:bit|little)|bit|pretty|very|quite|so|"
        r"feeling|super|abit)\b))",
    ),
    (Location.NECK, r"\b(?:neck|cervical|upper\s+spine)\b"),
    (Location.KNEES, r"\b(?:knees?|kneecaps?|patella\w*)\b"),
    (
        Location.HAMSTRINGS,
        r"\b(?:hamstrings?|hammies|hams|back\s+of\s+(?:my\s+|the\s+)?(?:thighs?|legs?))\b",
    ),
    (
        Location.HIPS,
        r"\b(?:hips?(?!\s*-?\s*(?:thrust|flexor))|hip\s*bones?|hip\s+crease|pelvis|pelvic\s+bones?|asis)\b",
    ),
    (Location.GLUTES, rf"\b(?:{_GLUTE_WORD}|buttocks?|ass|cheeks|{_BOTTOM})\b"),
    (
        Location.OTHER,
        r"\b(?:quads?|quadriceps|front\s+of\s+(?:my\s+|the\s+)?thighs?|shoulders?|shoulder\s+blades?|"
        r"upper\s+back|mid\s+back|hip\s+flexors?|wrists?|elbows?|calf|calves|feet|foot|ankles?|shins?|legs?|thighs?|abs|stomach|"
        rf"{_LEG_FOREIGN})\b",
    ),
)
_LOCATIONS = tuple((loc, re.compile(p)) for loc, p in _LOCATION_PATTERNS)


@dataclass(frozen=True)
class Rule:
    """One flag and the patterns that raise it."""

    flag: Flag
    patterns: tuple[str, ...]


_RULES: tuple[Rule, ...] = (
    Rule(
        Flag.SADDLE_NUMBNESS,
        (
            rf"{_NUMB_ANY}[^.!?]{{0,40}}?\b{_SADDLE}\b",
            rf"\b{_SADDLE}\b[^.!?]{{0,30}}?{_NUMB_ANY}",
            # The place named, then pointed back to: "the inside of both thighs... and that whole area is going numb".
            rf"\b{_SADDLE}\b[^.!?]{{0,60}}?\b(?:that|the)\s+(?:whole\s+|entire\s+)?(?:area|region|bit|spot|zone)\s+(?:is|feels?|"
            rf"went|has\s+gone|keeps)\s+(?:\w+\s+)?{_NUMB_ANY}",
            # "my saddle area has felt kind of dead", "the bit where u sit feels like its asleep".
            rf"\b{_SADDLE}\b[^.!?]{{0,30}}?\b(?:feels?|felt|is|has\s+(?:felt|gone)|gone|went|fell|falls)\s+(?:[\w']+\s+){{0,3}}?(?:asleep|dead|to\s+sleep)\b"
            # "my butt is dead from yesterday, DOMS is real": worn out by the workout, not numb.
            r"(?!\s+from\s+(?:yesterday|leg\s+day|the\s+(?:workout|session|gym|class|thrusts)|training|(?:hip\s+)?thrusts|"
            r"last\s+night|this\s+morning))",
            # Heat or touch felt everywhere but the saddle: "the bath water felt hot everywhere except my private area",
            # and the groin that "felt like nothing" (a weight that felt like nothing is light, so the groin only).
            r"\b(?:felt|feels?|feel|feeling)\s+(?:\w+\s+){0,2}?(?:hot|warm|cold|normal|fine)\s+everywhere\s+(?:except|but|"
            rf"apart\s+from|other\s+than)\s+(?:for\s+)?(?:on\s+|in\s+|at\s+)?(?:my\s+|the\s+)?{_SADDLE_CORE}",
            rf"\b{_SADDLE_CORE}\b[^.!?]{{0,50}}?\b(?:felt|feels?|feel)\s+like\s+(?:nothing|no\s*thing)\b",
            r"\bsaddle\s+(?:area\s+)?(?:anaesthesia|anesthesia|numb\w*)",
            # Clinical wording: "perineal anaesthesia", "hypoaesthesia around the anus", "reduced perianal sensation".
            rf"\b(?:peri-?anal|perianal|{_SADDLE})\s+(?:area\s+|region\s+|skin\s+)?{_CLINICAL_NUMB}",
            rf"{_CLINICAL_NUMB}\s+(?:in|of|around|over|at|to)\s+(?:the\s+|my\s+|both\s+)?(?:peri-?anal|perianal|{_SADDLE})\b",
            # The saddle area inside the simile: "as if someone gave my crotch a local anaesthetic".
            rf"\b(?:like|as\s+if|as\s+though)\b[^.!?]{{0,40}}?\b{_SADDLE}\b[^.!?]{{0,30}}?{_NUMBING_AGENT}",
            # Wiping is how most people first notice it: "can't feel the paper", "like wiping someone else".
            rf"\b(?:wip(?:e|es|ed|ing)|toilet\s+paper|loo\s+roll)\b(?!\s+out)[^.!?,;]{{0,60}}?{_NUMB_ANY}",
            r"\b(?:toilet\s+paper|loo\s+roll|paper|tissue|wiping)\s+(?:feels?|felt)\s+like\s+(?:nothing|it'?s\s+not\s+there)",
            r"\b(?:can'?t|cannot|cant|couldn'?t|don'?t|dont|barely|hardly|not)\s+(?:really\s+|even\s+|properly\s+)?"
            r"feel\s+(?:the\s+|my\s+)?(?:toilet\s+)?(?:paper|tissue|wipes?|seat|loo\s+roll)\b",
            r"\blike\s+(?:i'?m\s+|i\s+was\s+|i\s+am\s+)?wiping\s+(?:someone|somebody)\s+else",
            # Wiping that meets a stranger's body or no body: "felt like it was someone else's", "nothing there". Wiping
            # down the bench or the bar is gym kit, and "someone else's sweat" on it is no symptom.
            r"\bwip(?:e|es|ed|ing)\b(?!\s+(?:out|down|off|up|(?:the\s+|my\s+)?(?:bench|bar|barbell|pad|machine|mat|"
            r"equipment|sweat|seat|plates?|floor|handles?|grips?)))[^.!?]{0,60}?\b(?:(?:someone|somebody)\s+else'?s?\b|"
            r"nothing\s+(?:was\s+|is\s+)?there\b|(?:wasn'?t|isn'?t|was\s+not|is\s+not)\s+(?:even\s+|really\s+)?there\b)",
            # Not feeling what one sits on is the saddle area gone numb: "couldn't feel the car seat under me",
            # "couldn't tell the toilet seat was cold", "can't feel the cold of the bleachers". A bench or sofa only
            # "under me": "can't feel the bench" alone may be the pad on the back during a thrust.
            rf"\b(?:can'?t|cannot|cant|couldn'?t|don'?t|dont|didn'?t|barely|hardly|not)\s+(?:really\s+|even\s+|properly\s+|"
            rf"actually\s+)?(?:feel|tell|sense|notice)\s+(?:that\s+|if\s+|whether\s+)?(?:the\s+|my\s+|a\s+)?(?:\w+\s+){{0,2}}?"
            rf"(?:{_SAT_ON}\b[^.!?]{{0,25}}?\b(?:under|beneath|below)\s+(?:me|my)\b|{_SEAT_THING}\b(?:\s+(?:at\s+all|"
            r"properly|any\s*more)\b|\s+(?:was|is|were|felt|feels)\s+(?:\w+\s+)?(?:cold|warm|hot|wet|hard|there)\b))",
            rf"\b(?:can'?t|cannot|cant|couldn'?t|don'?t|dont|didn'?t|not)\s+(?:\w+\s+)?(?:feel|tell|sense|notice)\b[^.!?]{{0,30}}?"
            rf"\b(?:(?:the\s+)?(?:cold|coldness|chill)\s+(?:of|from)\s+(?:the\s+|my\s+)?(?:\w+\s+){{0,2}}?{_SAT_ON}|"
            r"(?:sit|sat|sitting)\s+(?:down\s+)?on\s+(?:\w+\s+){0,3}?(?:cold|freezing|icy)\b)",
            # Sitting as if floating: "couldn't feel the chair, like I was hovering".
            rf"\b{_SAT_ON}\b[^.!?]{{0,40}}?\b(?:like|as\s+if|as\s+though)\s+(?:i\s+was|i'?m|i\s+am|i\s+were)\s+"
            r"(?:hovering|floating|levitating)\b",
            rf"\b{_SADDLE}\b[^.!?]{{0,40}}?{_SKIN_DULL}",
            rf"\b{_DEAD_PATCH}[^.!?]{{0,40}}?\b{_SADDLE}\b",
            rf"\b{_SADDLE}\b[^.!?]{{0,30}}?\b{_DEAD_PATCH}",
            # Sitting without feeling the seat, as a simile: "like I'm sitting on a cushion that isn't there",
            # "like sittin on nothin", "as if I'm sitting on air". What you sit on is the saddle area.
            r"\b(?:like|as\s+if|as\s+though)\s+(?:i'?m\s+|i\s+am\s+|i\s+was\s+|i\s+)?(?:sitting|sittin'?|sat|sit)\s+on\s+"
            r"(?:(?:thin\s+)?air|nothing|nothin'?|(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:cushion|pillow|seat|chair|saddle|stool)\s+"
            r"that\s+(?:isn'?t|is\s+not|wasn'?t|was\s+not|'?s\s+not)\s+there)",
            rf"{_SKIN_DULL}[^.!?]{{0,40}}?\b{_SADDLE}\b",
            # A reply that says yes and names the saddle area answers the bot's question about numbness there: "yes
            # both sides, inner thigh and between the legs". A pain word makes it an answer about pain instead.
            rf"^\s*(?:yes|yeah|yep|yup|ya|yea|correct|exactly)\b[^.!?]{{0,40}}?\b{_SADDLE_CORE}\b"
            r"(?![^.!?]{0,40}?\b(?:hurt\w*|pain\w*|ach\w*|sore\w*|strain\w*|pull\w*|tight\w*|burn\w*))",
            # Something felt on the skin, not felt where one sits: "didn't feel the cold on my bum or between my legs".
            rf"\b(?:didn'?t|did\s+not|couldn'?t|can'?t|cannot|don'?t|doesn'?t)\s+(?:even\s+|really\s+)?feel\s+(?:the\s+|a\s+)?"
            rf"(?:cold|heat|warmth|seat|bench|water|touch|towel|toilet\s+paper|paper|wip\w+)\b[^.!?]{{0,40}}?\b{_SADDLE}\b",
        ),
    ),
    Rule(
        Flag.BLADDER_BOWEL,
        (
            r"\b(?:peed|pee'?d|pissed|wet|wetting|peeing|pissing|soiling|soiled|pooped|pooed|shat|shit|crapped|leaked|messed|"
            r"dirtied)\s+"
            # "pissed himself laughing" is a laugh.
            r"(?!(?:my|him|her|them|your)sel(?:f|ves)\s+(?:laugh\w*|with\s+laughter))"
            rf"(?:a\s+(?:little|bit|tiny\s+bit)|myself|himself|herself|my\s+self|(?:my|me|his|her|their)\s+{_LOWER_CLOTHES})\b",
            r"\b(?:can'?t|cannot|cant|couldn'?t|unable\s+to|trouble|hard\s+to|struggl\w*\s+to|difficult\w*"
            r"(?:\s+to)?|problems?|issues?)\s+(?:to\s+)?(?:hold(?:ing)?|control(?:ling)?|start(?:ing)?|"
            r"stop(?:ping)?|empty(?:ing)?)?\s*(?:in\s+)?(?:my\s+|the\s+)?(?:pee\w*|urin\w*|bladd?e?r|bowels?|"
            r"poo\w*|wee\w*|piss\w*)",
            r"\bno\s+(?:control\s+(?:of|over)\s+(?:my\s+)?(?:bladd?e?r|bowels?)|(?:bladd?e?r|bowels?)\s+control)",
            # "can't hold it in anymore, had 2 accidents today".
            r"\b(?:can'?t|cannot|couldn'?t)\s+hold\s+it\s+(?:in\s+)?[^.!?]{0,40}?\baccidents?\b|"
            r"\bhad\s+(?:\d+|two|three|a\s+couple\s+of|several|some|an)\s+accidents?\b[^.!?]{0,40}?\b(?:can'?t|cannot|couldn'?t)\s+"
            r"hold\s+it\b",
            # "sneezed and leaked, never happened before".
            r"\b(?:sneezed|coughed|laughed)\s+(?:and|&|n)\s+(?:i\s+)?(?:leaked|peed|wet\s+myself|wee'?d)\b",
            # "I still don't feel like I've got control down there", "no control down there".
            r"\b(?:don'?t|do\s+not|no\s+longer)\s+(?:feel\s+like\s+)?(?:i'?ve|i\s+have)\s+(?:got\s+)?(?:any\s+|full\s+)?control\s+"
            r"down\s+there\b|\b(?:no|lost|losing|zero)\s+(?:\w+\s+)?control\s+down\s+there\b",
            r"\b(?:lost|losing|lose|loss\s+of|changes?\s+(?:in|to)|problems?\s+with|issues?\s+with|"
            r"trouble\s+with|weird)\s+(?:control\s+(?:of|over)\s+)?(?:my\s+)?(?:bladd?e?r|bowels?)",
            r"\b(?:can'?t|cannot|cant|couldn'?t)\s+control\s+(?:when\s+i\s+|my\s+)?(?:pee|wee|go\b|urin\w*|poo\w*)",
            r"\b(?:bladd?e?r|bowels?)\s+(?:control|problems?|issues?|changes?|accident\w*|leak\w*|"
            r"(?:feels?|is|are)\s+(?:weird|off|different))",
            r"\bincontinen\w*",
            # Retention told by the hours spent trying: "been trying to pee since 11pm".
            r"\btrying\s+to\s+(?:pee|wee|urinate|piss)\s+(?:for\s+(?:an?\s+|over\s+an?\s+|\d+\s+|two\s+|three\s+)hours?|"
            r"since\s+\d)",
            # Bed-wetting told as what one woke up to: "woke up and the sheets were wet". Sweat, a spilt drink or a
            # leaking roof are named when that is the reason.
            r"\b(?:woke|wake|waking|wakes)\s+up\b[^.!?]{0,20}?\b(?:the\s+|my\s+)?(?:sheets|bed|mattress)\s+(?:were|was|"
            r"is|are)\s+(?:all\s+|completely\s+|totally\s+|soaking\s+)?(?:wet|soaked|soaking)\b"
            r"(?![^.!?]{0,30}\b(?<!not\s)(?<!no\s)(?:sweat\w*|drool\w*|spill\w*|water\s+bottle|drink|coffee|tea|rain|roof|leak\w*|dog|cat))",
            # Incontinence told by what it costs: "had to change my boxers twice, didn't even know I was going".
            # Changing clothes alone is sweat or a spill; it is the not knowing that makes it a lost sensation.
            r"\b(?:chang\w*|swap\w*|switch\w*)\s+(?:out\s+of\s+)?(?:my\s+|me\s+|his\s+|her\s+)?(?:\w+\s+)?"
            rf"{_LOWER_CLOTHES}\b[^.!?]{{0,80}}?\b(?:didn'?t|did\s+not|don'?t|do\s+not|never|couldn'?t|without)\s+(?:even\s+|"
            r"really\s+)?(?:know|knew|knowing|feel|felt|feeling|notice|noticed|noticing|realis\w*|realiz\w*|tell|sense)\s+"
            r"(?:that\s+)?(?:i(?:\s+had|'d)\s+(?:gone|peed|wet|leaked)|i\s+(?:was\s+going|went|was\s+(?:leaking|peeing|weeing))|"
            r"it\s+(?:was\s+)?(?:happening|coming)|anything\s+(?:was\s+)?(?:happening|coming))\b(?!\s+to\b)",
            # Clinical wording: "urinary retention", "cauda equina symptoms"; water retention is diet.
            r"\b(?:urinary|urine|bladd?e?r|fa?ecal|bowel|stool)\s+retention|\bretention\s+of\s+(?:urine|stool|fa?eces)|"
            r"\bretain(?:s|ed|ing)?\s+(?:my\s+)?(?:urine|pee|wee)\b",
            r"\b(?:i\s+(?:have|'ve\s+got|think\s+i\s+have|might\s+have|may\s+have)|i'?ve\s+(?:got|developed)|developed|"
            r"having|got)\s+(?:possible\s+|early\s+|the\s+|some\s+)?cauda\s+equina\b|"
            r"\bcauda\s+equina\s+(?:symptoms?|signs?)\s+(?:since|after|now|today|from)\b",
            # Hesitancy: the stream is slow to start.
            r"\b(?:pee\w*|urin\w*|wee\w*|piss\w*|stream)\b[^.!?]{0,30}?\b(?:hard|difficult|tough|struggl\w*|trouble|"
            r"slow|takes?\s+(?:ages|forever|a\s+while|a\s+long\s+time))\s+(?:to\s+)?(?:get\s+)?(?:it\s+)?(?:going|start\w*)",
            r"\b(?:urinary\s+)?hesitan\w*",
            # "can't get my pee started"; flow, stream and water need the toilet named, or they may be a workout's flow.
            r"\b(?:can'?t|cannot|cant|couldn'?t|unable\s+to|not\s+able\s+to)\s+(?:\w+\s+)?(?:get|start)\s+(?:the\s+|my\s+|a\s+)?"
            r"(?:pee|wee|urine|piss)\s+(?:going|started|flowing|to\s+(?:start|come|flow))",
            r"\b(?:can'?t|cannot|cant|couldn'?t|unable\s+to|not\s+able\s+to)\s+(?:\w+\s+)?(?:get|start)\s+(?:the\s+|my\s+|a\s+)?"
            rf"(?:flow|stream|water)\s+(?:going|started|flowing|to\s+(?:start|come|flow))[^.!?]{{0,40}}?\b{_TOILET_PLACE}\b",
            rf"\b{_TOILET_PLACE}\b[^.!?]{{0,40}}?\b(?:can'?t|cannot|cant|couldn'?t|unable\s+to|not\s+able\s+to)\s+(?:\w+\s+)?"
            r"(?:get|start)\s+(?:the\s+|my\s+|a\s+)?(?:flow|stream|water)\s+(?:going|started|flowing|to\s+(?:start|come|flow))",
            # "the water takes an age to start when I go to the lavatory": the toilet names what the water is.
            r"\b(?:water|flow|stream|pee|wee|urine)\b[^.!?]{0,20}?\b(?:takes?|took|taking)\s+(?:an?\s+)?"
            r"(?:age|ages|forever|while|long\s+time|eternity|lifetime)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:start|come|get\s+going|"
            r"flow)\w*[^.!?]{0,40}?\b(?:lavatory|loo|toilet|bathroom|wc|urinal|go\s+to\s+the\s+(?:lavatory|loo|toilet|bathroom))\b",
            r"\b(?:takes?|took|taking)\s+(?:an?\s+)?(?:age|ages|forever|while|long\s+time|eternity)\s+for\s+(?:the\s+|my\s+)?"
            r"(?:water|flow|stream|pee|wee|urine)\s+to\s+(?:start|come|get\s+going|flow)\w*[^.!?]{0,40}?"
            r"\b(?:lavatory|loo|toilet|bathroom|wc|urinal)\b",
            r"\b(?:takes?|took|taking)\s+(?:an?\s+)?(?:age|ages|forever|while|long\s+time|eternity)\s+for\s+(?:the\s+|my\s+)?"
            r"(?:pee|wee|urine|stream)\s+to\s+(?:start|come|get\s+going|flow)",
            r"\b(?:lavatory|loo|toilet|bathroom|wc|urinal)\b[^.!?]{0,40}?\b(?:water|flow|stream|it)\b[^.!?]{0,15}?"
            r"\b(?:takes?|took|taking)\s+(?:an?\s+)?(?:age|ages|forever|while|long\s+time|eternity)\s+(?:\w+\s+){0,2}?"
            r"(?:to\s+)?(?:start|come|get\s+going|flow)",
            r"\b(?:hard|difficult|tough|struggl\w*|trouble|takes?\s+(?:ages|forever|a\s+while|a\s+long\s+time))\s+(?:to\s+)?"
            r"(?:get\s+)?(?:my\s+|the\s+)?(?:pee|wee|urine|stream|flow)\s+(?:going|started|to\s+start|flowing)",
            r"\bi\s+(?:leaked|leak|dribbled|dribble)\b",
            r"\b(?:leak\w*)\s+(?:a\s+(?:little|bit)\s+(?:of\s+)?)?(?:urine|pee|wee)",
            r"\b(?:urine|pee|wee)\s+(?:leak\w*|came\s+out)",
            r"\b(?:can'?t|cannot|don'?t|dont|not|no)\s+(?:feel|tell|notice)\s+when\s+i\s+(?:need\s+to\s+)?(?:pee|go|wee)",
            # Urine that leaves without the person deciding to: "it comes out alone", "by itself".
            r"\b(?:pee|urine|wee|piss|toilet|bladd?e?r)\b[^.!?,]{0,60}?[,\s]+(?:it\s+|pee\s+|urine\s+)?(?:just\s+)?"
            r"(?:come?s?|came|coming|goes|went|leak\w*|runs?|ran|flows?|drips?|trickles?)\s+(?:out\s+)?"
            r"(?:alone|by\s+(?:it)?self|on\s+(?:its|it'?s)\s+own|without\s+(?:me|my|warning))",
            r"\bpee(?:d|ing)?\s+(?:during|while|when|on|in\s+the\s+middle\s+of)\b",
            r"\b(?:wet\s+myself|peed\s+myself|pooped\s+myself|shit\s+myself|accident\s+in\s+my\s+pants)",
            # Retention: wanting to go and nothing happens.
            r"\b(?:haven'?t|have\s+not|hasn'?t|can'?t|cannot|cant|couldn'?t|unable\s+to|not\s+(?:been\s+)?able\s+to|"
            r"no\s+way\s+to)\s+(?:been\s+able\s+to\s+|had\s+an?\s+|managed\s+to\s+|make\s+|do\s+|pass\s+)?"
            r"(?:go\s+(?:and\s+)?)?(?:pee|peed|wee|"
            r"weed|urinat\w*|piss\w*|poo|poop\w*|water|urine|go\s+to\s+the\s+(?:toilet|bathroom|loo))\b"
            r"(?!\s+(?:myself|my\s+pants|break))",
            r"\b(?:pee|urine|wee|piss)\s+(?:is\s+|are\s+|keeps?\s+|just\s+|will\s+|does\s+|do\s+)?(?:not\s+|n'?t\s+|won'?t\s+|"
            r"doesn'?t\s+|isn'?t\s+)?(?:leak\w*|escap\w*|come|comes|coming|came|dribbl\w*|drip\w*|spurt\w*|"
            r"squirt\w*|start\w*|flow\w*)",
            r"\b(?:having|keep\s+having|kept\s+having|had|have|been\s+having)\s+(?:little\s+|small\s+|some\s+|a\s+few\s+|"
            r"more\s+)?accidents\b",
            r"\baccidents?\s+(?:with|in|of)\s+(?:my\s+|the\s+)?(?:bowels?|bladd?e?r|pants|underwear|shorts|knickers|"
            rf"leggings|poo\w*|pee|wee|urine){_WARDROBE_MISHAP}",
            # An accident in one's clothes is incontinence, whatever the clothes are called: "an accident in my trackies
            # twice today", "he had an accident in his joggers". A car or a kitchen accident names no clothes.
            rf"\baccidents?\s+(?:\w+\s+)?in\s+(?:my|his|her|their|me)\s+(?:\w+\s+)?{_LOWER_CLOTHES}\b{_WARDROBE_MISHAP}",
            # An accident that came with no warning is the sensation lost: "had an accident, zero warning whatsoever". A
            # road or ladder accident is another thing ("had an accident in the car, no warning"): no such word between.
            r"\b(?:had|have|having|been\s+having)\s+(?:an?\s+|two\s+|a\s+couple\s+of\s+|some\s+)?(?:little\s+|small\s+)?"
            r"accidents?\b(?:(?!\b(?:car|bike|cycl|crash|road|motorway|driv|collision|forklift|kitchen|knife|ladder|scaffold)\w*)[^.!?])"
            r"{0,80}?\b(?:no|zero|without\s+(?:any\s+)?|not\s+(?:a|any|even\s+a))\s+warning\b",
            # An accident the person did not feel coming is the sensory loss itself, whatever the word for it.
            r"\b(?:had|have|having)\s+an?\s+(?:little\s+|small\s+)?accident\b[^.!?]{0,60}?\b(?:didn'?t|did\s+not|never|"
            r"couldn'?t|without)\s+(?:even\s+)?(?:feel\w*|notic\w*|realis\w*|realiz\w*|know\w*)",
            rf"\b(?:{_TOILET_PLACE}|pee|wee|urinat\w*|bladd?e?r)\b[^.!?]{{0,40}}?\bnothing\b"
            r"(?=\s*(?:$|[,.!?;]|(?:comes?|came|happens?|happened|out|at\s+all|will\s+come|would\s+come)\b))",
            r"\b(?:try|tries|tried|trying)\s+to\s+(?:pee|wee|urinat\w*|piss|go\s+to\s+the\s+(?:toilet|loo|bathroom))\b"
            r"[^.!?]{0,40}?\b(?:nothing|barely|hardly|only|can'?t|won'?t|doesn'?t|not\s+a\s+drop)",
            r"\b(?:try|tries|tried|trying)\s+to\s+go\s+(?:and|but)\s+(?:\w+\s+){0,2}?(?:nothing\s+(?:comes?|came|happens?|"
            r"happened|out)|barely\s+anything|only\s+(?:a\s+)?(?:dribbl|trickl|drop)\w*)",
            # A full bladder that will not empty: "bladder is full and I can't go", "it only dribbles".
            r"\b(?:bladd?e?r|pee|wee|toilet|loo)\b[^.!?]{0,50}?\b(?:can'?t|cannot|cant|couldn'?t|unable\s+to)\s+"
            rf"(?:\w+\s+)?(?:{_GO_TOILET}|empty|release|let\s+(?:it\s+)?go\b)",
            rf"\b(?:can'?t|cannot|cant|couldn'?t|unable\s+to)\s+(?:\w+\s+)?{_GO_TOILET}[^.!?]{{0,40}}?\b(?:bladd?e?r|"
            r"bursting|pee|wee\b(?!\s+bit))\b",
            r"\bbladd?e?r\b[^.!?]{0,30}?\b(?:full|bursting)\b[^.!?]{0,40}?\b(?:nothing|can'?t|cannot|cant|won'?t|"
            r"doesn'?t|not\s+coming|barely|only)",
            r"\b(?:can'?t|cannot|couldn'?t|unable\s+to|not\s+(?:been\s+)?able\s+to|haven'?t\s+been\s+able\s+to|"
            r"struggl\w*\s+to|trouble)\s+(?:fully\s+|properly\s+)?empty(?:ing)?\s+(?:my\s+|the\s+)?bladd?e?r",
            r"\b(?:pee|peeing|urine|urinat\w*|wee|weeing|piss\w*|stream|bladd?e?r)\b[^.!?]{0,25}?"
            r"\b(?:only|just|barely|hardly)\s+(?:a\s+)?(?:dribbl\w*|trickl\w*|drip\w*|drops?|comes?\s+out\s+in\s+drops)",
            r"\b(?:urine|pee|wee|stream)\s+(?:\w+\s+)?(?:dribbl|trickl)\w*",
            r"\b(?:only|just|barely)\s+(?:a\s+)?(?:dribble|trickle|few\s+drops|drop)s?\s+(?:comes?|came|coming)\b(?!\s+(?:of|from)\b)",
            # A stream that stops and starts, or has to be pushed out: "peeing stop-start", "must push hard to pee".
            r"\b(?:pee\w*|urin\w*|wee(?:s|ing)?|stream|flow)\s+(?:is\s+|was\s+|goes\s+|going\s+|comes?\s+|came\s+)?"
            r"(?:stop[\s-]+(?:and\s+)?start\w*|start[\s-]+(?:and\s+)?stop\w*|intermittent\w*)",
            r"\b(?:push|pushing|strain|straining)\s+(?:very\s+|really\s+|so\s+)?(?:hard\s+)?to\s+(?:pee|wee|urinate|piss|"
            r"get\s+(?:the\s+|my\s+)?(?:pee|urine|wee|it)\s+out)\b",
            r"\b(?:need|needing|needed|want|wanting|wanted|urge)\s+to\s+(?:pee|wee|piss|urinate|go(?=\s+(?:but|and)\b))\b"
            r"[^.!?]{0,30}?"
            r"\b(?:can'?t|cannot|couldn'?t|won'?t|nothing|barely)",
            r"\b(?:it|pee|urine|wee)\s+(?:just\s+)?(?:won'?t|doesn'?t|will\s+not|does\s+not)\s+(?:come|start|flow)\b(?!\s+back\b)",
            # Retention in plain words: "can't get any wee out", "couldn't get a drop of pee out".
            r"\b(?:can'?t|cannot|cant|couldn'?t|unable\s+to)\s+(?:\w+\s+)?get\s+(?:any\s+|a\s+drop\s+(?:of\s+)?|much\s+)?"
            r"(?:pee|wee|urine|piss)\s+out\b",
            r"\b(?:i'?m|i\s+am|i'?ve\s+been|been|i|keep|kept|started|start|still|am|now)\s+(?:\w+\s+)?leak(?:ing|ed|s)?\b"
            r"(?!\s+(?:sweat|blood|oil|gas|air))",
            r"\bleak(?:ing|ed|s|age)?\s+(?:urine|pee|wee|when|while|if|whenever|every|during|a\s+(?:bit|little)|on\s+(?:my|the)|"
            r"since|after|now|again)\b",
            r"\b(?:a\s+)?(?:little\s+|small\s+|tiny\s+|bit\s+of\s+)?leak\s+(?:when|while|during|after|on|every)\b",
            r"(?:^|[.!?,]\s*)leak(?:ing|age)\b",
            r"\b(?:wet|wetting|peed|peeing|pissed)\s+(?:the\s+bed|myself|my\s+(?:pants|bed|shorts|underwear|knickers))",
            r"\b(?:bowels?|bladd?e?r)\s+(?:just\s+)?(?:let\s+go|gave\s+(?:way|out)|emptied|released|went\s+by\s+itself)",
            # Retention in anyone's words: "she can't empty her bladder properly".
            r"\b(?:can'?t|cannot|couldn'?t|unable\s+to|not\s+able\s+to)\s+(?:fully\s+|properly\s+|completely\s+)?empty\s+"
            r"(?:my|her|his|their|the)\s+bladd?e?r\b",
            r"\b(?:don'?t|do\s+not|doesn'?t)\s+have\s+(?:any\s+)?control\s+(?:of|over)\s+(?:my\s+)?(?:bladd?e?r|bowels?)",
            r"\b(?:can'?t|cannot|don'?t)\s+(?:feel|tell|notice|know)\s+when\s+i\s+(?:need\s+to\s+|have\s+to\s+)?"
            r"(?:poo\w*|urinat\w*|use\s+the\s+(?:toilet|bathroom))",
            # The urge gone: "I don't feel like I need to go to the loo anymore, haven't been since yesterday".
            r"\b(?:don'?t|do\s+not|can'?t|cannot|no\s+longer)\s+(?:feel|get|have)\s+(?:like\s+i\s+(?:need|have)|the\s+(?:need|urge)|"
            r"any\s+(?:need|urge))\s+to\s+(?:go|pee|wee|urinate|poo|use\s+the\s+(?:loo|toilet|bathroom))\b"
            # Less often is a habit, not the urge gone: "I don't feel the need to pee as often mid-session".
            r"(?!\s+(?:as|so)\s+(?:often|much|frequently)|\s+(?:mid|during|before|between|in\s+the\s+middle|every)\b)",
            # The bowels went with no urge first: "had to go #2 and there was zero urge, it just... happened".
            r"\b(?:zero|no|without\s+(?:any|the))\s+(?:urge|warning)\b[^?]{0,30}?\bjust\W{0,5}\s*(?:\.\.\.\s*)?happened\b",
            # "Woke up this morning with wet sheets, I've never wet the bed in my life".
            r"\bwet\s+(?:sheets|bed|pyjamas|pajamas)\b(?=[^?]{0,80}?\b(?:wet\s+the\s+bed|pee\w*|urin\w*|wee\b|bladder))",
            # No urge all day despite drinking: "haven't needed to go at all since I woke up... don't feel any urge".
            r"\b(?:haven'?t|hasn'?t|have\s+not|didn'?t|did\s+not|not)\s+(?:once\s+)?(?:needed|need|had\s+to|felt\s+like)\s+"
            r"(?:to\s+)?(?:go|pee|wee|urinate|piss)\b(?:\s+to\s+the\s+(?:toilet|loo|bathroom))?\s+(?:at\s+all|once|all\s+day|"
            r"since\s+(?:i\s+woke|this\s+morning|yesterday|last\s+night))",
            r"\b(?:don'?t|do\s+not|can'?t|cannot|haven'?t|didn'?t)\s+(?:\w+\s+)?(?:feel|felt|get|got|have|had)\s+(?:any|an|the)\s+"
            r"urge\b(?=[^.!?]{0,60}?\b(?:drank|drinking|drunk|water|litres?|liters?|fluids?))",
            # The bladder's fullness no longer felt: "I can't really tell when my bladder is full anymore".
            r"\b(?:can'?t|cannot|couldn'?t|don'?t|no\s+longer)\s+(?:really\s+|quite\s+|even\s+)?(?:tell|feel|sense|know|notice)\s+"
            r"(?:when|if|that)\s+(?:my\s+bladder\s+is\s+full|i\s+(?:need|have)\s+to\s+(?:pee|wee|go|urinate))",
            # Retention in a clinician's words: "saddle anaesth + retention"; water retention from creatine is no
            # bladder sign.
            r"\burinary\s+retention\b|\b(?:saddle|bladder|ces|cauda)\b[^.!?]{0,40}?(?<!water\s)(?<!fluid\s)\bretention\b",
        ),
    ),
    Rule(
        Flag.BOTH_LEGS,
        (
            rf"\b{_TWO_LEGS}\b[^.!?]{{0,30}}?(?:{_NUMB_ANY}|{_WEAK})",
            rf"(?:{_NUMB_ANY}|{_WEAK})[^.!?]{{0,25}}?\b(?:in|of|down|on|under)\s+{_TWO_LEGS}\b",
            # Started in one foot and has reached both legs: "started in my left foot, now it is in both legs".
            rf"(?:{_NUMB_ANY}|{_WEAK})[^.!?]{{0,80}}?\b(?:now|also|today|spread\w*|moved|gone|went|reached|reaching|travell?ed|"
            r"crept|creeping)\b[^.!?]{0,20}?(?:\b(?:in|into|to|down|up)\s+|\b(?:it'?s|its|it\s+is)\s+(?:in\s+)?)both\s+(?:of\s+)?(?:my\s+)?"
            r"(?:legs|feet|thighs|calves|sides)\b",
            r"\b(?:can'?t|cannot|couldn'?t|cant|not|don'?t|dont)\s+(?:really\s+|properly\s+)?feel\s+(?:my\s+|his\s+|her\s+|their\s+|both\s+)?"
            r"(?:legs|feet)\b",
            r"\b(?:both|two)\s+(?:of\s+)?(?:my\s+|her\s+|his\s+|their\s+)?(?:legs|sides|feet)\b[^.!?]{0,20}?"
            r"(?:tingl\w*|numb\w*|weak\w*|dead|asleep)",
            rf"\b(?:both|two)\s+(?:of\s+)?(?:my\s+|her\s+|his\s+|their\s+)?(?:legs|thighs|knees)\b[^.!?]{{0,30}}?{_WEAK_LAY}",
            r"\b(?:legs|knees)\s+(?:keep\s+|kept\s+|are\s+|were\s+|just\s+)?(?:giving\s+(?:out|way)|buckling|collapsing|"
            r"folding)",
            # A list of signs, the other side after it: "(a) my right foot slaps; (b) the same thing on the left".
            rf"(?:{_NUMB_ANY}|{_WEAK}|\bslap\w*|\bfoot\s+drop)[^?]{{0,120}}?\bthe\s+same\s+thing\s+(?:is\s+happening\s+|"
            r"happening\s+|going\s+on\s+)?(?:on|in|with|to)\s+(?:the|my)\s+(?:left|right|other)(?:\s+(?:one|side|foot|leg))?\b",
            # "neither thigh will hold me up", "neither leg would take my weight".
            r"\bneither\s+(?:of\s+my\s+)?(?:legs?|thighs?|knees?|feet|foot)\s+(?:will|would|can|could|wants?\s+to|is\s+able\s+to)\s+"
            r"(?:hold|take|support|carry)\s+(?:me|my\s+weight)\b",
            # The knees or legs that gave way, told in the past: "both knees folded, my partner had to lift me back up".
            r"\b(?:both\s+(?:of\s+)?(?:my\s+)?(?:legs|knees)|my\s+legs|my\s+knees)\s+(?:just\s+|both\s+|suddenly\s+)?(?:folded|buckled|"
            r"collapsed|gave\s+(?:out|way))\b",
            # Weak lay words with both legs named after them and a course since: "legs like jelly, both of them, ever
            # since my last set yesterday". Right after a set it is fatigue, so the course is needed.
            rf"\blegs\s+(?:\w+\s+){{0,2}}?{_WEAK_LAY}[^.!?]{{0,20}}?\bboth\s+of\s+them\b[^.!?]{{0,20}}?\b(?:ever\s+since|since|still|"
            r"for\s+(?:two|2|three|3|a\s+couple\s+of)\s+days)\b",
            # "he can't feel either of his legs properly"; "paraesthesia both legs".
            r"\b(?:can'?t|cannot|couldn'?t)\s+(?:really\s+|properly\s+)?feel\s+either\s+(?:of\s+)?(?:my|his|her|their)\s+(?:legs|feet)\b",
            rf"(?:{_NUMB_ANY})\s+(?:in\s+)?both\s+(?:legs|feet|thighs|calves)\b",
        ),
    ),
    Rule(
        Flag.PROGRESSIVE_WEAKNESS,
        (
            rf"(?:{_NUMB}|{_WEAK}|{_WEAK_LAY})[^.!?]{{0,40}}?{_WORSENING}",
            rf"{_WORSENING}[^.!?]{{0,30}}?(?:{_NUMB}|{_WEAK})",
            # "the tingling in my left leg started in my foot and has spread up to my hip in the last 20 min".
            rf"(?:{_NUMB}|{_WEAK})[^.!?]{{0,100}}?\b(?:has|have|had|now|it'?s|it\s+has)\s+(?:\w+\s+)?(?:spread|crept|moved|"
            r"travell?ed|climbed)\s+(?:all\s+the\s+way\s+)?(?:up|over|into|across|past|to)\b",
            # Still on the move as the user writes: "now its crawling up my calf", "up past my knee and spreading", "in
            # both, and it's climbing".
            rf"{_NUMB}[^.!?]{{0,100}}?\b(?:crawling|creeping|climbing|spreading|moving|travell?ing)\s+(?:up|down|into|higher|"
            r"further)\b",
            rf"{_NUMB}[^.!?]{{0,100}}?(?:\band|,)\s+(?:it'?s\s+|its\s+|it\s+is\s+|still\s+)?(?:spreading|climbing|creeping|"
            r"crawling|moving\s+up)\b",
            # "my right leg is weaker than my left" compares the sides; it says nothing about a course.
            r"\b(?:legs?|knees?|thighs?)\b[^.!?]{0,20}?(?:weaker|number)\b(?!\s+than\s+(?:my\s+|the\s+)?(?:other|left|right))",
            r"\bfoot(?:'s|\s+has|\s+is|\s+was)?\s+(?:is\s+|keeps\s+|kept\s+|been\s+|(?:has\s+)?(?:started|starts|begun|began)\s+(?:to\s+)?)?"
            r"(?:a\s+(?:bit|little)\s+|kind\s+of\s+|kinda\s+|all\s+)?(?:drop|slap\w*|drag\w*|flop\w*)",
            r"\b(?:calf|heel|toe)\s+raises?\b[^?]{0,80}?\b(?:can'?t|cannot|couldn'?t)\s+(?:do\s+)?(?:even\s+)?(?:1|one|a\s+single)\b",
            # "can't lift the front of my foot", "weakness when lifting the front of my right foot".
            r"\bweak\w*\s+(?:when|while|in|on)\s+(?:lifting|raising)\s+(?:up\s+)?the\s+front\s+of\s+(?:my\s+)?(?:(?:left|right)\s+)?"
            r"foot\b",
            r"\b(?:can'?t|cannot|unable\s+to|(?:can|could)\s+(?:barely|hardly))\s+(?:\w+\s+){0,2}?lift\s+(?:up\s+)?the\s+front\s+of\s+"
            r"(?:it|my\s+(?:right\s+|left\s+)?foot|the\s+foot)\b",
            # Weakness that grows by the hour is a course, whatever the limb: "getting weaker every hour".
            r"\b(?:weaker|number|worse)\s+(?:by\s+the|every|each|with\s+every)\s+(?:hour|minute)\b|\bweaker\s+and\s+weaker\b",
            # Tripping again and again on flat ground: a foot that no longer clears it.
            # Tripping over nothing, again and again: no kerb to blame, the foot itself fails to clear the ground.
            r"\btripp?\w*\s+(?:up\s+)?(?:over|on)\s+(?:absolutely\s+|literally\s+)?(?:nothing|thin\s+air|fresh\s+air)\b"
            r"[^.!?]{0,15}?\b(?:twice|again|(?:two|three|four|several|a\s+few|a\s+couple\s+of|few|many|\d+)\s+times|"
            r"repeatedly)\b|"
            rf"\b(?:keep|keeps|kept|been)\s+tripp\w*|\btripp?\w*\s+(?:on|over)\s+{_WALKED_ON}[^.!?]{{0,15}}?"
            r"\b(?:twice|again|(?:two|three|four|several|a\s+few|a\s+couple\s+of|few|many|\d+)\s+times|repeatedly)\b",
            # Foot drop in lay words: toes that catch the ground, a foot that slaps or flops down.
            # Toes catching the bench or a plate are kit, not a foot that will not lift.
            rf"\b(?:catch\w*|snag\w*|scuff\w*|stubb\w*)\s+my\s+(?:toes?|foot)\s+(?:on|against|along)\s+{_WALKED_ON}|"
            rf"\btoes?\s+(?:keep\s+|keeps\s+|kept\s+|are\s+|is\s+)?(?:catch|snag|scuff|drag)\w*\s+(?:on|along)\s+{_WALKED_ON}|"
            r"\btrip\w*\s+over\s+my\s+(?:right\s+|left\s+)?(?:foot|toes?)\b|"
            r"\b(?:slapp|flopp)\w*\s+(?:my\s+)?foot|\bfoot\s+(?:keeps\s+|is\s+)?(?:flop|slap)\w*|"
            r"\b(?:foot|toes)\s+(?:won'?t|doesn'?t|don'?t|can'?t)\s+(?:lift|come\s+up|clear)",
            # One leg weak, then worse by the next mention: "leg felt weak after the session, now it's clearly worse".
            r"\b(?:legs?|foot|feet|thighs?|calf|calves|ankles?)\b[^.!?]{0,25}?\b(?:weak\w*|numb\w*)\b[^.!?]{0,60}?"
            r"\b(?:it'?s|it\s+is|is|now|clearly|definitely|noticeably|much|way|even|a\s+lot)\s+(?:\w+\s+)?(?:worse|weaker)\b"
            r"(?!\s+than\s+(?:my\s+|the\s+)?(?:other|left|right))",
            r"\bdrag\w*\s+(?:my|the|that|this|one)\s+(?:(?:left|right)\s+)?(?:foot|leg)",
            # "she can't lift her toes as well as she could yesterday".
            r"\b(?:can'?t|cannot|couldn'?t)\s+lift\s+(?:my|her|his|their|the)\s+(?:toes|foot)\s+(?:up\s+)?as\s+well\s+as\b",
            # Numb first, then spreading by the day in later sentences: "...a bit numb on Wednesday. Thursday it spread
            # to the whole shin... it's spreading".
            rf"{_NUMB}[^?]{{0,160}}?\b(?:it'?s|it\s+is|it\s+has|it\s+keeps|the\s+numbness\s+(?:is|has|keeps))\s+(?:still\s+)?"
            r"(?:spreading|spread\s+(?:over|to|into|up|down|across)|(?:crept|creeping|climbed|climbing|moved|moving)\s+up)\b",
            # A leg part becoming weak or numb is a course, not a state: "and also the thigh getting weak".
            r"\b(?:legs?|foot|feet|thighs?|calf|calves|knees?|ankles?|toes?)\s+(?:is\s+|are\s+|has\s+been\s+|have\s+been\s+|"
            r"now\s+|also\s+|keeps?\s+|started\s+)?(?:(?:getting|growing|becoming)\s+(?:weak(?:er)?|numb(?:er)?)\b|(?:going|turning)\s+(?:weak|numb)\b"
            # "has been going numb for the last few days", "goes numb during sets": a duration or an episode, no course.
            r"(?!\s+(?:for|on\s+and\s+off|off\s+and\s+on|every|each|when|whenever|during|while|after|sometimes|at\s+times|"
            r"occasionally|now\s+and\s+then|in\s+(?:the|some|every)|on\s+(?:the|some|every)|since)\b))",
            # The course said as its own sentence right after the sign: "my foot is weak... Worse every day."
            rf"(?:{_NUMB}|{_WEAK})[^.!?]{{0,80}}[.!]\s*(?:and\s+)?(?:it'?s\s+|it\s+is\s+)?(?:getting\s+)?"
            r"(?:worse|weaker|number)\s+(?:and\s+(?:worse|weaker)|(?:by\s+the|every|each)\s+(?:day|hour))\b",
            r"\b(?:can'?t|cannot|unable\s+to|(?:can|could)\s+(?:barely|hardly|only\s+just)|barely|hardly|struggl\w*\s+to)\s+"
            r"(?:lift|raise|pick\s+up|point|pull)\s+(?:up\s+)?(?:my\s+(?:(?:left|right)\s+)?(?:foot|toes|leg|big\s+toe)|"
            r"the\s+(?:(?:left|right)\s+)?(?:foot|toes|big\s+toe)|(?:my\s+|the\s+)?(?:foot|toes)\s+up)",
            r"\b(?:can'?t|cannot|unable\s+to|(?:can|could)\s+(?:barely|hardly)|barely|hardly)\s+walk\s+on\s+(?:my\s+)?heels?\b",
            r"\blegs?\s+(?:keeps?|kept|keep)\s+(?:giving|buckling|collapsing)",
            # Heaviness by the hour is a course, not the fatigue of one set: "legs getting heavier every hour".
            r"\blegs?\b[^.!?]{0,30}?\b(?:heavier|weaker)\s+(?:and\s+(?:heavier|weaker)|(?:by\s+the|every|each|with\s+every)\s+"
            r"(?:hour|minute))\b(?!\s+of\s+(?:the|my|a)\s+(?:set|run|workout|session|class|game|match|race))",
            # A numb patch told as a timeline that ends bigger: "coin-sized on monday, today it's the whole leg".
            rf"{_NUMB}[^.!?]{{0,120}}?\b(?:now|today|tonight|this\s+(?:morning|evening|afternoon)|{_WEEKDAY})\b[^.!?]{{0,20}}?"
            r"(?:\b(?:it'?s|it\s+is|it\s+was|its|is|was|has\s+(?:reached|covered|taken\s+over))\s+)?(?:the\s+|my\s+)?"
            r"(?:whole|entire|all\s+of\s+(?:the|my))\s+(?:leg|shin|foot|thigh|calf|side)\b"
            r"(?![^.!?]{0,25}\b(?:fine|normal|ok|okay|better|good|back\s+to\s+normal)\b)",
            # Strength or feeling in the legs shrinking by the day: "my legs had some strength for transfers, it's less
            # every day".
            r"\b(?:legs?|thighs?|feet|foot)\b[^.!?]{0,40}?\b(?:strength|feeling|sensation|power)\b[^.!?]{0,80}?\bless\s+"
            r"(?:and\s+less\s+)?(?:every|each|by\s+the)\s+(?:day|hour)\b",
            r"\b(?:strength|feeling|sensation|power)\s+(?:in|of)\s+(?:my\s+|both\s+)?(?:legs?|thighs?|feet|foot)\b[^.!?]{0,60}?\bless\s+"
            r"(?:and\s+less\s+)?(?:every|each|by\s+the)\s+(?:day|hour)\b",
            # The help a leg needs, growing: "Wednesday I needed one hand to lift my right leg into the car. today I
            # need both".
            r"\bneed\w*\s+(?:one|a|my)\s+hand\s+to\s+(?:lift|get|pull|swing)\s+(?:my|me|the)\s+(?:(?:left|right)\s+)?leg\b[^?]{0,80}?"
            r"\b(?:now|today|this\s+morning)\b[^.!?]{0,20}?\bneed\w*\s+both\s+(?:hands|arms)\b",
            # A foot that can barely be lifted, worse by the hour: "can barely lift it over the kerb and it's worse than
            # an hour ago".
            r"\b(?:foot|leg)\b[^.!?]{0,80}?\b(?:can'?t|cannot|(?:can|could)\s+(?:barely|hardly)|barely|hardly)\s+(?:lift|raise|clear|"
            r"pick\s+up)\s+it\b[^.!?]{0,60}?\b(?:worse|weaker)\b",
        ),
    ),
    Rule(
        Flag.SHARP,
        (
            rf"\b(?:{_SHARP_WORD}|stab(?!l|il)\w*|knife|knives|knifey|piercing|searing|twing\w*|pinch\w*|jolt\w*|"
            r"like\s+a\s+(?:needle|nail|blade)|electric\s+(?:pain|shock)|stinging\s+pain|"
            # "like someone jammed a screwdriver in my lower back".
            r"(?:jammed|stuck|shoved|drove|driving|twisting)\s+(?:a\s+|an\s+)?(?:screwdriver|knife|blade|nail|ice\s*pick|skewer))",
        ),
    ),
    Rule(
        Flag.RADIATING,
        (
            # "all the work goes into the front of my thighs" is quads taking over, not a pain that travels.
            rf"\b(?<!work\s)(?<!load\s)(?<!tension\s)(?<!effort\s)"
            rf"(?:shoot\w*|radiat\w*|travel\w*|spread\w*|runs?|running|ran|goes|going|went|zing\w*|zap\w*|flar\w*|trickl\w*|"
            rf"electric\w*|shock\w*|lightning|pain|burn\w*|hurt\w*|ache\w*|aching|nerve\w*|shot|moves?)\b"
            rf"[^.!?]{{0,25}}?\b(?:down|into|along|through|to)\s+(?:(?:to\s+)?(?:behind|below|under)\s+)?"
            rf"(?:the\s+(?:back|side|front|outside|inside)"
            rf"\s+of\s+)?(?:my\s+|the\s+|one\s+|his\s+|her\s+|your\s+|their\s+|(?:my\s+|his\s+|her\s+)?\w+'s\s+)?"
            rf"(?:right\s+|left\s+|whole\s+)?"
            rf"(?:outer\s+|inner\s+|upper\s+|outside\s+|back\s+|front\s+)?{_LEG_PART}\b",
            # A path with no verb: "from my butt cheek into the back of the thigh".
            r"\bfrom\s+(?:my\s+|the\s+)?(?:right\s+|left\s+)?(?:butt\s*cheek|bum\s+cheek|buttock|glute)\s+(?:all\s+the\s+way\s+)?"
            r"(?:down\s+)?(?:into|to|down)\s+(?:the\s+(?:back|side|front|outside)\s+of\s+)?(?:my\s+|the\s+)?"
            rf"(?:right\s+|left\s+)?{_LEG_PART}\b",
            # Down through the buttock into the thigh: "runs down into my right butt cheek and the back of my thigh".
            r"\b(?:runs?|running|ran|shoot\w*|radiat\w*|travel\w*|goes|going|went|spread\w*)\s+(?:down\s+)?(?:into|to|through)\s+"
            r"(?:my\s+)?(?:right\s+|left\s+)?(?:butt\s*cheek|bum\s+cheek|buttock|glute)\s+(?:and|&|then)\s+(?:down\s+)?(?:into\s+)?"
            rf"(?:the\s+(?:back|side|front|outside)\s+of\s+)?(?:my\s+)?{_LEG_PART}\b",
            r"\bsciatic\w*(?!\s+nerve\s+(?:route|path|course|anatomy|distribution|runs))|\bsyatica|\bnerve\s+(?:pain|pinch\w*|thing|issue|zing\w*)|\bnervy\b",
            # "zing into my hip, feels like a nerve": the user's own reading of a pain as nervy.
            r"\b(?:feels?|felt|feeling)\s+like\s+(?:a|it'?s\s+(?:a\s+)?)\s*(?:pinched\s+|trapped\s+)?nerve\b(?!\s+(?:glide|floss|stretch))",
            # "his pain goes from his lower back all the way down to his foot".
            r"\b(?:goes|going|went|runs?|running|travel\w*|shoot\w*|radiat\w*)\s+from\s+(?:my|his|her|the)\s+(?:lower\s+|low\s+)?"
            rf"back\b[^.!?]{{0,30}}?\b(?:down|into|to)\s+(?:to\s+)?(?:my|his|her|the)\s+(?:right\s+|left\s+)?{_LEG_PART}\b",
            # A reply to "does it go down the leg?": "yes it does go into the leg", "it can go down to my calf". A bare
            # "go" elsewhere ("go down onto my knees") is a movement.
            rf"\b(?:it|does|do|can|sometimes|also|that|which|pain)\s+go\s+(?:right\s+|all\s+the\s+way\s+)?"
            r"(?:down\s+(?:into\s+|to\s+)?|into\s+|along\s+|through\s+)"
            rf"(?:the\s+(?:back|side|front|outside|inside)\s+of\s+)?(?:my\s+|the\s+|one\s+)?(?:right\s+|left\s+|whole\s+)?{_LEG_PART}\b",
            # Nerve pain in lay words: "like a hot wire", "like a live wire down my shin".
            r"\blike\s+a\s+(?:hot|live|red[\s-]hot|burning|electric)\s+(?:wire|poker|rod|cable)\b",
            # A path from the seat or back into the leg: "pain that go like a line from my buttock into the back of my
            # leg, to the knee". Burn is left out: "burn from my glutes into my legs" is the set working.
            r"\b(?:pain\w*|hurt\w*|ache\w*|aching|line|shoot\w*|sharp|zing\w*|electric\w*|go|goes|going|went|runs?|"
            r"running|travel\w*)\b[^.!?]{0,40}?\bfrom\s+(?:my\s+|the\s+)?(?:(?:left|right)\s+)?(?:butt(?:ock)?s?|bum|glutes?|"
            r"butt\s+cheeks?|cheeks?|(?:lower\s+|low\s+)?back|hips?)\s+(?:all\s+the\s+way\s+)?(?:down\s+)?(?:into|to|through|"
            r"along|till|until)\s+(?:(?:the\s+)?(?:back|side|front|outside)\s+of\s+)?(?:my\s+|the\s+)?(?:(?:left|right)\s+)?"
            # The back of the thigh only by name: "burn goes from my glutes into my hamstrings" is the set working.
            r"(?:legs?|knees?|calf|calves|foot|feet|ankles?|toes?|shins?|(?<=of\s)thighs?|(?<=of\smy\s)thighs?)\b",
            # An electric shock named in Spanish: "like a corrientazo in the back of the leg".
            r"\bcorrientazos?\b|\bdescargas?\s+el[ée]ctricas?\b",
            r"\b(?:shooting|radiating|electric|zinging|zapping)\s+(?:pain|feeling|sensation)",
            r"\bradiat\w*|\bshoots\b",
            # Clinical wording: "radicular pain in an L5 distribution", "S1 dermatome", "nerve root".
            r"\bradicul\w*|\bdermatom\w*|\bnerve\s+roots?\b|\b(?:l[1-5]|s[12])\s+(?:distribution|dermatome|root|nerve)",
            # An electric line or shock that reaches the foot: "it sent an electric line all the way to my heel".
            r"\belectric\w*\s+(?:line|shock|bolt|current|zap|jolt|wire)\b[^.!?]{0,30}?\b(?:to|into|down|through)\s+(?:my\s+|the\s+)?"
            r"(?:heel|foot|calf|leg|toes?|ankle|knee|shin)\b",
            # A positive straight-leg raise reproduces the leg pain: "+SLR L at ~40 deg".
            r"\bpositive\s+straight\s+leg\s+raise\b",
        ),
    ),
    Rule(
        Flag.LEG_NUMBNESS_TINGLING,
        (
            rf"{_NUMB}",
            # "heavy and fuzzy right down to the foot".
            r"\b(?:legs?|foot|feet|thighs?|calf|calves|shins?)\b[^.!?]{0,50}?\bfuzz(?:y|iness)\b|\bfuzz(?:y|iness)\b[^.!?]{0,30}?"
            r"\b(?:legs?|foot|feet|thighs?|calf|calves|shins?)\b",
            # Clinical wording: "paraesthesia R lateral calf and dorsum of foot".
            r"\bpar(?:a|ae)?esthesi\w*[^.!?]{0,40}?\b(?:calf|calves|shin|foot|feet|leg|thigh|dorsum|dermatom\w*|l[45]|s1)\b",
            r"\b(?:legs?|foot|feet|toes?)\s+(?:went|goes|go|going|are|is|feels?)\s+(?:numb|dead|asleep|weird)",
            rf"{_NO_FEEL}[^.!?]{{0,30}}?\b{_LEG_SKIN}\b",
            rf"\b{_DEAD_PATCH}[^.!?]{{0,30}}?\b{_LEG_SKIN}\b|\b{_LEG_SKIN}\b[^.!?]{{0,25}}?\b{_DEAD_PATCH}",
            rf"\b{_LEG_SKIN}\b[^.!?]{{0,25}}?{_NO_FEEL}",
            # A state that has lasted: "left foot's been half asleep since monday".
            r"\b(?:legs?|foot|feet|toes?)(?:'s|\s+has|\s+have)\s+(?:been|felt|gone|stayed)\s+(?:half\s+|a\s+bit\s+|kind\s+of\s+|kinda\s+|"
            r"partly\s+|still\s+)?(?:numb|dead|asleep)\b",
        ),
    ),
    Rule(
        Flag.NOT_SUBSIDING,
        (
            # "3 days in a week" is how often, and "last week" alone is when: neither says how long it lasts.
            # A fortnight is two weeks (UK, Irish, Australian).
            # "sore all over" is everywhere, not a duration: "sore all over two days after leg day".
            r"\b(?<!days\s)(?<!day\s)(?<!times\s)(?<!twice\s)(?<!once\s)(?<!all\s)(?<!kg\s)(?<!kgs\s)(?<!lbs\s)(?<!lb\s)"
            r"(?<!kilos\s)(?<!pounds\s)(?!last\s+(?:weeks?|months?|wks?|fortnight)\b)"
            r"(?<!fine\s)(?<!good\s)(?<!great\s)(?<!free\s)(?<!ok\s)(?<!okay\s)(?<!normal\s)(?<!sleep\s)(?<!nap\s)(?<!off\s)"
            r"(?:for|over|in|about(?!\s+last\s+(?:week|month)\b)|nearly|almost|past|last|since|been|"
            r"than(?!\s+(?:the\s+)?(?:past|last)\s)|lasted|lasting)\s+"
            r"(?:like\s+|about\s+|around\s+|roughly\s+|almost\s+|nearly\s+|over\s+)?(?:the\s+)?(?:past\s+|last\s+)?"
            rf"(?:{_SEVERAL_DAYS}|"
            r"(?:a|one|1|two|2|three|3|a\s+couple\s+(?:of\s+)?|couple|few|a\s+few|several|many)?\s*"
            r"(?:weeks?|months?|wks?|fortnights?))",
            r"\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|several|[3-9]|\d\d)\s+days\s+"
            r"(?:now|later|in\s+a\s+row|and|since|after|straight|running|on\b|post\b)",
            # Pain that "has been there 10 days", "been hanging around for a fortnight": the pain itself lasting.
            r"\bbeen\s+(?:there|around|going(?:\s+on)?|hanging\s+around|lingering|nagging(?:\s+(?:at\s+)?me)?|bugging\s+me|"
            r"with\s+me|like\s+(?:this|that)|happening|on\s+and\s+off)\s+(?:for\s+)?(?:about\s+|nearly\s+|almost\s+|over\s+|"
            rf"a\s+good\s+|the\s+(?:past|last)\s+)?(?:{_SEVERAL_DAYS}|(?:a|one|two|a\s+couple\s+(?:of\s+)?|few|a\s+few|"
            r"several)?\s*(?:weeks?|months?|fortnights?))",
            r"\b(?<!all\s)(?:over|more\s+than|longer\s+than|past)\s+(?:two|2|a\s+couple\s+(?:of\s+)?)\s+days",
            # Counted in hours: "been about 72 hours tho".
            r"\b(?:been|for|over|about|nearly|almost|past)\s+(?:about\s+|around\s+|nearly\s+|over\s+|like\s+)?"
            r"(?:4[89]|[5-9]\d|\d{3})\s*(?:hours|hrs|h)\b",
            r"\b(?:4[89]|[5-9]\d|\d{3})\s*(?:hours|hrs|h)\s+(?:later|on)\b[^.!?]{0,40}?\b(?:still|hurts?|hurting|aching|"
            r"sore|no\s+better|not\s+better)\b",
            # "for near a fortnight now", "it's day 4 and the pain is the same as on day 1",
            # "thought it'd settle, it hasn't".
            r"\b(?:for|over)\s+(?:near(?:ly)?|almost|about|around|close\s+to)\s+(?:a|one|two|2)\s+(?:weeks?|fortnights?)\b",
            r"\b(?:it'?s|now|on)\s+day\s+(?:[3-9]|\d\d|three|four|five|six|seven)\b(?=[^.!?]{0,60}?\b(?:pain|hurt|ach|sore|same))",
            r"\bday\s+(?:[3-9]|\d\d|three|four|five|six|seven)\s+of\s+(?:the|this|my)\s+(?:back|pain|ache|hip|glute)",
            # A follow-up counts the time: "this is week two of this", "log: ... day 4 still sore" (sore from day 4).
            r"\bweek\s+(?:two|2|three|3|four|4|five|5)\s+of\s+(?:this|it|the\s+(?:pain|ache|back\s+thing))\b",
            r"\bday\s+(?:[3-9]|\d\d|three|four|five|six|seven)\s*[:,.-]?\s*still\s+(?:hurt\w*|pain\w*|ach\w*|there|bad)\b|"
            r"\bday\s+(?:[4-9]|\d\d|four|five|six|seven)\s*[:,.-]?\s*still\s+sore\b",
            r"\bbeen\s+like\s+(?:this|that)\s+since\b[^.!?]{0,30}?\b(?:[3-9]|\d\d|three|four|five|six|seven|several|a\s+few)\s+days\s+ago",
            r"\b(?:thought|hoped|expected)\s+(?:it'?d|it\s+would|it\s+will|it\s+might)\s+(?:settle|go\s+away|ease|pass|calm)"
            r"\w*\b[^.!?]{0,30}?\b(?:it\s+)?(?:hasn'?t|didn'?t|has\s+not|did\s+not|won'?t)\b",
            # Counted in days while it lasts: "still there, day 6 now".
            r"\bstill\s+(?:there|here|hurts?|hurting|sore|aching|going)\b[^.!?]{0,20}?\bday\s+(?:[3-9]|\d\d|three|four|five|"
            r"six|seven|eight|nine|ten)\b",
            r"(?<!days\s)(?<!day\s)(?<!times\s)(?<!twice\s)(?<!once\s)(?<!x\s)\b(?:a|one|two|2)\s+weeks?\s+(?:later|now|since|and)",
            # "hurts just as much as it did 4 days ago", "third morning in a row... as much as the first day".
            r"\b(?:just\s+)?as\s+(?:much|bad)\s+as\s+(?:it\s+did\s+)?(?:(?:[2-9]|\d\d|two|three|four|five|six|seven)\s+days\s+ago|"
            r"(?:on\s+)?(?:the\s+)?first\s+day|day\s+(?:one|1))\b",
            r"\b(?:third|fourth|fifth|3rd|4th|5th)\s+(?:morning|day)\s+in\s+a\s+row\b",
            # Texted follow-ups: "week later and my hip still hurts", "day 4 and the ache hasnt gone", "a full week".
            r"(?<!days\s)(?<!day\s)(?<!times\s)(?<!x\s)\b(?:a\s+)?(?:full\s+|whole\s+)?(?:week|fortnight)\s+(?:later|on)\b"
            r"[^.!?]{0,40}?\bstill\b",
            r"\bday\s+(?:[3-9]|\d\d|three|four|five|six|seven|eight|nine|ten)\s+(?:and|now)\b[^.!?]{0,50}?\b(?:still\b|"
            r"(?:hasn'?t|has\s+not|isn'?t|not)\s+(?:\w+\s+)?(?:gone|settled|eased|better|improved))",
            r"\bbeen\s+(?:a|one|two|2)\s+(?:full|whole|solid|good|entire)\s+(?:weeks?|fortnights?|months?)\b",
            r"\b(?:\d+|two|three|four|a\s+few|few|several|couple\s+of|a\s+couple\s+of)\s+(?:weeks?|months?)\s+"
            r"(?:of|now|later|and(?!\s+(?:went|added|gained|progressed|hit|got|moved|increased|from|i'?ve\s+gone|i\s+went)\b)|"
            r"since|straight|like\s+(?:this|that))",
            r"\b(?:since\s+last\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday))",
            # "the back ache from last week hasn't gone", "still there every morning".
            r"\b(?:from|since)\s+last\s+week\b[^.!?]{0,30}?\b(?:hasn'?t|has\s+not|isn'?t|is\s+not|not)\s+(?:\w+\s+)?(?:gone|settled|"
            r"eased|better|improved)",
            r"\bstill\s+(?:there|here|hurting|aching|sore)\s+every\s+(?:single\s+)?(?:morning|day)\b",
            # "lower back hurts since the tournament 10 days ago".
            r"\b(?:hurts?|hurting|pain\w*|aches?|aching|sore|tender|there|bothering\s+me)\s+(?:ever\s+)?since\b[^.!?,]{0,40}?"
            rf"\b(?:{_SEVERAL_DAYS}|(?:a|one|two|2|a\s+couple\s+of|few|a\s+few)\s+weeks?)\s+ago\b",
            r"\b(?:won'?t|wont|doesn'?t|does\s+not|isn'?t|hasn'?t|never|not)\s+(?:really\s+)?"
            # "not bad, it just doesn't go": said at the end, it does not go away.
            r"(?:go(?:ne|ing|es)?\s+away|went\s+away|go(?=\s*(?:$|[,.!?;]))|settl\w*|subsid\w*|eas(?:e|ed|ing)(?:\s+(?:up|off))?|let(?:ting)?\s+up|"
            r"getting\s+(?:any\s+)?better|got\s+(?:any\s+)?better|improv\w*|calm\w*\s+down|clear\w*\s+up|fad\w*|"
            # A pain that "hasn't shifted", "won't budge": it has not gone. Shifting the weight or the hips is form.
            r"shift(?:ed|ing)?\b(?!\s+(?:my|the|it|them|his|her|your|weight|position|\w+ing))|budg(?:e|ed|ing)\b)",
            r"\b(?:chronic(?!\s+(?:over\w*|worrier|procrastinat\w*|planner|lifter|gym\w*|googler))|persistent|persists|constant\w*|"
            # "the bench slides all the time" is the kit.
            r"(?<!slides\s)(?<!slips\s)(?<!moves\s)(?<!wobbles\s)(?<!rolls\s)(?<!shifts\s)(?<!tips\s)(?<!rocks\s)all\s+the\s+time|"
            r"24/7|non\s*-?stop|every\s+(?:single\s+)?day\s+since)",
            # "hip, mild, but it's day 3 and not really any better".
            r"\bday\s+(?:[3-9]|\d\d|three|four|five|six|seven|eight|nine|ten)\b[^.!?]{0,30}?\b(?:not\s+(?:really\s+|much\s+|any\s+)*"
            r"(?:better|improv\w*|easing|going\s+away)|no\s+better|still\s+(?:there|hurts?|sore|aching|the\s+same)|"
            r"hasn'?t\s+(?:gone|eased|improved|changed))",
            # "the last three sessions it's lasted 4-5 days each time".
            r"\blast(?:ed|s|ing)\s+(?:about\s+|around\s+|like\s+)?(?:[3-9]|\d\d|three|four|five|six|seven)(?:\s*(?:-|to)\s*\d+)?\s+days\b",
            # Pain (not muscle soreness) still there two or more days on.
            r"\bstill\s+(?:\w+\s+){0,2}?(?:hurt\w*|pain\w*|ach\w*|killing|bad|there)\b[^.!?]{0,25}?\b(?:after|for|since|"
            r"now|at)\s+(?:(?:two|three|four|five|six|seven|several|a\s+few|few|a\s+couple(?:\s+of)?|couple(?:\s+of)?|"
            r"[2-9]|\d\d)\s+days|(?:day|days)\s+(?:two|three|four|five|[2-9]))",
            r"\b(?:(?:two|three|four|five|six|seven|[2-9]|\d\d)\s+days|a\s+couple(?:\s+of)?\s+days)\s+(?:on|later|after)\b"
            r"[^.!?]{0,20}?\bstill\s+(?:\w+\s+){0,2}?(?:hurt\w*|pain\w*|ach\w*|killing)",
        ),
    ),
    Rule(
        Flag.RECURRING,
        (
            r"\b(?:keeps?|kept)\s+(?:coming\s+back|happening|returning|flaring|recurring|getting\s+tweaked)",
            # The pain comes back; the user coming back from the toilet or a holiday is no recurrence.
            r"(?<!\bi\s)(?<!\bwe\s)(?<!\bsince\s)\b(?:comes?|came|coming)\s+(?:straight\s+|right\s+)?back\b(?!\s+(?:from|home|in|into|to\s+the|to\s+training|"
            r"to\s+the\s+gym|to\s+(?:hip\s+)?thrusts?|to\s+lifting|after\s+(?:\w+\s+){0,3}?(?:break|holiday|vacation|trip|"
            r"pregnancy|birth|baby|surgery|op|operation|injury|illness|covid|flu|layoff|time\s+off|stones?|chemo\w*|"
            r"c-?section|fusion|discectomy|replacement|repair|procedure|treatment|injection|ivf|accident|hospital\w*|"
            r"(?:days|weeks|months|"
            r"years)(?:\s+off)?)\b))",
            r"\brecurr\w*|\bon\s+and\s+off\b|\boff\s+and\s+on\b",
            # "the 4th week in a row it shows up", "third session in a row".
            r"\b(?:\d+(?:st|nd|rd|th)?|second|third|fourth|fifth|sixth)\s+(?:week|session|workout|time)\s+in\s+a\s+row\b",
            r"\breturns?\s+(?:after|with|every|each|whenever)\s+(?:every\s+|each\s+)?(?:single\s+)?(?:hip\s+thrust\s+)?(?:session|time|workout|set)",
            r"(?<!ribs\s)(?<!rib\s)\bflar\w*\s+up(?:\s+again)?|\bflare-?ups?\b",
            r"\b(?:back|again)\s+again\b",
            r"\bworse\s+again\b|\b(?:right\s+|straight\s+)?back\s+(?:where\s+it\s+(?:was|started)|to\s+square\s+one)\b",
            r"\b(?:third|3rd|fourth|4th|second|2nd)\s+time\s+(?:this|in|that)\b",
            # "fine for a week, thrust, pain again. this is the 4th time"; "the back pain returns".
            r"\b(?:this\s+is|it'?s|that'?s)\s+the\s+(?:[2-9](?:nd|rd|th)|second|third|fourth|fifth|sixth)\s+time\b|"
            r"\b(?:pain|ache|it)\s+(?:always\s+|just\s+)?returns\b(?!\s+to\s+normal)",
            # "my back hurts afterwards, 3rd week in a row now": the same pain, session after session.
            r"\b(?:hurt\w*|ach\w*|pain\w*|twing\w*)\b[^.!?]{0,60}?\b(?:\d+(?:st|nd|rd|th)?|second|third|fourth|fifth|two|three|"
            r"four|five|several)\s+(?:weeks?|sessions?|workouts?)\s+in\s+a\s+row\b",
            # "had to stop each of my last 4 sessions with back pain".
            r"\b(?:each|every\s+one|all)\s+of\s+(?:my|the)\s+last\s+(?:\d+|two|three|four|five|six|few|several|couple\s+of)\s+"
            r"(?:sessions|workouts|times|leg\s+days|glute\s+days)\b",
            r"\b(?:happened|had\s+this|had\s+it|same\s+thing|same\s+pain)\s+(?:before|again|last\s+time)",
            r"\b(?:tweaked|hurt|pulled|strained)\s+(?:it|my\s+\w+(?:\s+\w+)?)\s+again\b",
            r"\bit'?s\s+back\b(?!\s+to\s+(?:normal|usual|fine))|\bthe\s+(?:exact\s+|very\s+)?(?:same\s+)?pain\s+(?:is|was|came)\s+back\b|"
            r"\bpain'?s\s+back\b",
            # A log: "Thu HT again -> LBP back", "pattern x4 weeks".
            r"(?:->|→|=>)\s*(?:lower\s+back\s+)?pain\s+(?:is\s+)?back\b|\bpattern\b[^.!?]{0,30}?\b(?:x\s*\d+|\d+|several|a\s+few|"
            r"few)\s*weeks?\b",
        ),
    ),
    Rule(
        Flag.FORM_FIX_FAILED,
        (
            r"\b(?:fix(?:ed|ing)|(?<=to\s)fix|correct(?:ed|ing)|chang(?:ed|ing)|adjust(?:ed|ing)|lowered|lowering|halv(?:ed|ing)|"
            r"reduc(?:ed|ing)|dropped|dropping|deload\w*|cut\s+(?:the\s+)?(?:weight|load)|improv(?:ed|ing)|"
            r"work(?:ed|ing)\s+on|tried|filmed|moved|raised|switched|went\s+(?:lighter|down)|lighter|tuck(?:ed|ing)|"
            r"took\s+(?:\w+\s+){0,3}?off|follow(?:ed|ing)|applied|did\s+(?:all|everything|what|exactly))\b[^.!?]{0,120}?"
            r"(?:still|didn'?t\s+(?:help|change|work|fix)|doesn'?t\s+(?:help|change|work)|did\s+nothing|"
            r"no\s+(?:difference|change|luck|help)|not\s+helping|nothing\s+(?:helps|changed|works)|same\s+pain|"
            r"persists|keeps)",
            r"\bstill\b[^.!?]{0,30}?\b(?:after|since|despite|though|although)\s+(?:i\s+|i'?ve\s+|we\s+)?"
            r"(?:have\s+)?(?:fix|correct|chang|adjust|lower|reduc|dropp|deload|improv|tweak)\w*",
            r"\b(?:form|technique|setup|set\s*up)\s+(?:was\s+|is\s+|got\s+)?(?:checked|fixed|corrected|approved|"
            r"filmed|reviewed)[^.!?]{0,40}?\bstill\b",
            r"\beven\s+(?:with|at|after|using|on|when)\s+(?:i\s+|i'?ve\s+)?(?:the\s+|my\s+|a\s+|this\s+)?(?:\w+\s+(?:and|&)\s+)?(?:good|perfect|proper|better|correct\w*|clean|"
            r"light\w*|less|lower|the\s+empty|an\s+empty|empty|just\s+the\s+bar|bodyweight|no\s+weight|"
            r"fix\w*|lower\w*|dropp\w*|chang\w*|adjust\w*|deload\w*|ribs\s+down|bracing|the\s+cues|film\w*|halv\w*|"
            r"cutting|reduc\w*|correct\w*|switch\w*|rais\w*)",
            r"\bdespite\s+(?:fix\w*|correct\w*|chang\w*|lower\w*|good|better|proper|perfect|dropp\w*|adjust\w*)",
            # "back hurts every session no matter what i change": a pain (not a cramp) that outlasts every fix tried.
            r"\b(?:hurt\w*|ach\w*|pain\w*|sore\w*)\b[^.!?]{0,40}?\bno\s+matter\s+(?:what|how)\s+(?:i|we)\s+(?:change|do|try|"
            r"tried|adjust|fix|tweak|set\s+up|position)\b",
            r"\b(?:despite|in\s+spite\s+of)\s+(?:all\s+(?:of\s+)?)?(?:this|that|these|it)\b[^.!?]{0,50}?\bstill\b",
            # "recorded my form, it's textbook now, weight is light, back still hurts every time".
            r"\b(?:form|technique|setup)\b[^.!?]{0,30}?\b(?:textbook|perfect|spot\s+on|clean|fixed|good\s+now)\b[^?]{0,60}?"
            r"\bstill\s+(?:hurts?|aches?|pain\w*|sore)\b",
            # The fixes in one sentence, the pain still there in the next: "Corrected my setup three weeks ago... and
            # halved the load. The ache at my SI joint still shows up every single session."
            r"\b(?:corrected|fixed|changed|adjusted|halved|lowered|reduced|dropped|cut)\s+(?:my|the)\s+(?:setup|set\s*up|form|"
            r"technique|load|weight|bench|feet|foot\s+position)\b[^?]{0,160}?[.!]\s+[^.!?]{0,50}?\b(?:pain|ache|hurt\w*|"
            r"twinge)\b[^.!?]{0,30}?\bstill\s+(?:shows?\s+up|there|comes?\s+back|appears|happens|hurts?|aches?)\b",
            r"\b(?:tried|done)\s+everything\b",
            # The cues followed, then the report in the next sentence: "ribs down like u said. still the same pain".
            r"\b(?:like|as)\s+(?:you|u|coach)\s+(?:said|told\s+me|suggested)\b[.!?\s]{0,4}[^.!?]{0,20}?\bstill\b",
            r"\bstill\s+(?:getting|having|get|feel\w*)\s+(?:the\s+)?(?:exact\s+)?same\b[^.!?]{0,25}?\bpain\b[^.!?]{0,20}?"
            r"\bevery\s+(?:single\s+)?(?:session|time|workout)\b",
            r"\b(?:went|came|gone|dropped|dropping|drop|cut|going)\s+(?:all\s+the\s+way\s+)?(?:from\s+)?\d+\s*(?:kg|kgs|kilos?|lbs?)?"
            r"\s+(?:all\s+the\s+way\s+)?(?:down\s+)?to\s+\d+[^.!?]{0,60}?\bstill\b",
            r"\b(?:you|u|coach|the\s+bot)\s+(?:said|told\s+me|suggested|recommended|advised)\b[^.!?]{0,60}?\bstill\b",
            r"\b(?:did|doing|done|used|using|tried|trying|followed|following|applied|with)\b[^.!?]{0,30}?"
            r"(?:ribs\s+down|posterior|tilt|brac\w*|vertical\s+shins|cues?|form|technique|setup|pad)"
            r"[^.!?]{0,60}?\bstill\b",
            r"\bnothing\s+(?:i\s+(?:do|try|change)|seems\s+to)\s+(?:helps?|works?|fix\w*)",
            # The fixes in one sentence, the pain in the next: "fixed my form and cut the weight. still the same pain".
            r"\b(?:fix(?:ed)?|cut|lowered|dropped|changed|adjusted|corrected)\b[^.!?]{0,100}[.!?]\s*"
            r"(?:(?:my\s+)?(?:lower\s+|low\s+)?back\s+|it\s+|the\s+pain\s+|(?:\w+\s+){1,3}?later,?\s+)?still\s+(?:getting|having|"
            r"get|feel\w*|hurts?|the\s+(?:exact\s+)?same|same)\b",
            # A list of fixes, then the pain: "I changed bar position, lower weight, use thick pad, but lower back still
            # hurt after every session".
            r"\b(?:changed|fixed|lowered|dropped|moved|adjusted)\b[^.!?]{0,110}?\bbut\s+(?:my\s+)?(?:lower\s+|low\s+)?"
            r"(?:back|it|the\s+pain)\s+still\s+(?:hurts?|aches?|pains?|sore)\b",
            r"\b(?:form|technique|setup|set\s*up)\s+(?:is|looks|seems)\s+(?:good|fine|perfect|right|solid|ok)"
            r"[^.!?]{0,30}?(?:still|but)",
        ),
    ),
    Rule(
        Flag.POP_INJURY,
        (
            r"\b(?:pop(?!\s+(?:my|your|the|them|it|up|those)\b)|popped(?!\s+(?:a|my|some)\s+(?:pill|ibuprofen))(?!\s+(?:to|into|over|by|round|across)\b)|"
            r"popping\s+sound|snap|snapped|crack(?:ed)?\s+sound|heard\s+a\s+crack|"
            r"tore|torn|ripped|rip|(?<=sudden\s)tear|(?<=something\s)give|(?<=something\s)gave)\b"
            # Kit that rips is no injury: "ripped my leggings", "tore a hole in my shorts".
            r"(?!\s+(?:my\s+|the\s+|a\s+hole\s+in\s+(?:my\s+|the\s+)?|through\s+(?:my\s+|the\s+)?)?(?:leggings|pants|shorts|"
            r"tights|trousers|jeans|joggers|shirt|top|gloves|clothes|kit|socks?|shoes?|bag|pad|foam|mat|callus\w*|seam))",
            r"\b(?:heard|felt|something|a)\s+(?:a\s+|something\s+)?(?:crack|click|clunk|tear|rip|pop|snap)",
            # "hamstring went 'twang' mid set".
            r"\b(?:went|go(?:es)?|felt\s+a|a|gave\s+a|with\s+a)\s+'?(?:twang|ping)\w*\b",
            # "felt a sudden tearing sensation high in the hamstring".
            r"\btearing\s+(?:sensation|feeling)\b",
            r"\b(?:went|goes|go)\s+(?:ping|pop|twang|snap|bang|crack)\b",
            # A twang is how a muscle giving way feels: "felt something twang and give in my glute". A guitar's twang
            # is neither felt nor in a body part.
            r"\b(?:felt|feel|feels|something|it)\s+(?:a\s+|something\s+)?(?:\w+\s+)?twang\w*|\btwang\w*\s+(?:in|at|on)\s+(?:my|the)\b|"
            r"\b(?:hamstrings?|glutes?|back|hips?|groin|calf|quads?|muscles?|adductors?)\s+(?:\w+\s+)?twang\w*",
            r"\b(?:something|it)\s+(?:went|gave|gave\s+way|shifted|slipped)\b"
            r"(?!\s+(?:well|fine|great|ok|okay|away|better|down|smooth\w*|quiet|off|back\s+to\s+normal|once|when|after|as\s+soon))",
            # A tweak the user calls slight ("tweaked my lower back a bit, a mild ache") is an ache, not an injury.
            r"\b(?:tweak\w*|threw|put|thrown)\s+(?:out\s+)?my\s+(?:lower\s+)?back(?:\s+out)?"
            r"(?!\s+(?:a\s+(?:tiny\s+|little\s+)?bit|a\s+little|a\s+touch|slightly|ever\s+so\s+slightly)\b)",
            r"\bback\s+(?:went|gave|goes)\s+out\b",
            # Quoted: "felt something 'give' in her lower back".
            r"\bsomething\s+['\"](?:give|gave|go|went|pop\w*|snap\w*|tear|tore|rip\w*|shift\w*)['\"]",
            r"\bback\s+(?:suddenly\s+|just\s+)?(?:give|gave)\b(?!\s+(?:me|you|him|her|it)\b)",
            r"\b(?:pull(?:ed)?|strained)\s+(?:a|my)\s+(?:muscle|hamstring|back|glute|groin|hip)",
            r"\b(?:seized|locked)\s+up(?![^?]{0,70}?\bcramp)|"
            # A cramp that would not let go for a moment is the cramp: "couldn't straighten them for a sec".
            r"\b(?:can'?t|couldn'?t|could\s+not)\s+straighten\b(?!\s+(?:\w+\s+){0,4}?(?:for\s+a\s+(?:sec|second|"
            r"moment|minute|bit)|(?:until|till)\s+(?:the\s+)?cramp))|\bstuck\s+bent",
            r"\b(?:sudden\w*|instant\w*)\s+(?:pain|sharp|twist|injur\w*|grab\w*|pull\w*|tug\w*|strain\w*)|\ball\s+of\s+a\s+sudden\b",
            # A joint that slipped out: "my knee subluxed during the set", "dislocated my kneecap".
            r"\bsublux\w*|\bdislocat\w*|\b(?:grabbed|tweaked|pulled|tore)\s+something\s+in\s+my\b",
            r"\binjur(?:ed|y)\b",
        ),
    ),
    Rule(Flag.SEVERE_PAIN, (_SEVERE,)),
    Rule(
        Flag.FEVER,
        (
            # "like muscle fever" is DOMS in other languages' words (Muskelkater, febre muscular).
            r"\b(?<!muscle\s)(?<!muscles\s)(?<!muscular\s)(?:fever\w*|feverish|temperature|chills|night\s+sweats?|"
            r"sweating\s+at\s+night|febrile|rigou?rs)",
            # "a temp of 38.4", "running a temp", "39.1 degrees": a number is a fever only with a temperature word.
            r"\btemp\s+(?:of\s+|is\s+|was\s+|at\s+|around\s+|about\s+|over\s+)?(?:3[89]|4[0-2]|10[0-4])\b|"
            # A denial taken back with the number: "No fever... well actually 38.4 this morning".
            r"\bno\s+(?:fever|temp\w*)\W{0,6}\s*(?:well|ok|okay|actually|wait|hmm|scratch\s+that)\b[^.!?]{0,20}?"
            r"\b(?:3[89]|4[0-2])(?:[.,]\d)?\b(?!\s*(?:kg|kgs|kilos?|lbs?|cm|%))|"
            r"\b(?:running|have|had|got|with|spiked|spiking)\s+a\s+(?:high\s+|bit\s+of\s+a\s+|slight\s+)?temp\b|\bhigh\s+temp\b|"
            r"\b(?:3[89]|4[0-2])[.,]\d\s*(?:°|degrees|deg\b|c\b)|"
            r"\b10[0-4](?:[.,]\d)?\s*(?:°\s*f\b|degrees\s+f)",
        ),
    ),
    Rule(
        Flag.WEIGHT_LOSS,
        (
            r"\b(?:lost|losing|dropped|dropping)\s+(?:a\s+lot\s+of\s+|\d+\s*(?:kg|kgs|kilos|lbs?|pounds)\s+(?:of\s+)?)?"
            r"(?:body\s*)?weight\s+(?:without|for\s+no|and\s+i\s+don'?t|and\s+don'?t|unexpectedly|randomly|"
            r"not\s+trying)",
            r"\b(?:unexplained|unintentional|unintended|random|unexpected)\s+weight\s+loss",
            # In stone too: "lost about a stone without trying".
            r"\b(?:lost|losing|dropped)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|like\s+)?(?:\d+(?:\.\d+)?\s*"
            r"(?:kg|kgs|kilos|lbs?|pounds|stone|st)|(?:a|one|two|half\s+a)\s+stone)\s+(?:without|for\s+no|not\s+trying|"
            r"randomly|unexpectedly)",
            r"\bweight\s+loss\s+(?:without|for\s+no)",
            # "I keep losing weight even on my refeed days and honestly can't explain it".
            r"\b(?:losing|lost|dropping)\s+(?:\w+\s+)?weight\b[^.!?]{0,60}?\b(?:can'?t|cannot|couldn'?t)\s+explain\b",
            r"\b(?:down|lost|losing|lose|dropped|dropping|shed|shedding)\s+(?:about\s+|around\s+|like\s+|nearly\s+|"
            r"almost\s+|over\s+|a\s+(?:few|lot\s+of|bunch\s+of)\s+|so\s+much\s+|some\s+)?(?:\d+\s*)?(?:kg|kgs|kilos?|"
            r"lbs?|pounds|stone|weight)\b[^.!?]{0,50}?(?:without|for\s+no|no\s+reason|not\s+(?:sure|certain)\s+why|"
            r"(?:don'?t|do\s+not)\s+know\s+why|no\s+idea\s+why|unexpected\w*|random\w*|not\s+(?:trying|dieting)|"
            r"(?:even\s+though|although|but)\s+i'?m?\s*(?:eat|eating|not\s+dieting))",
            r"\bweight\s+(?:is\s+|keeps\s+|just\s+|has\s+been\s+)?(?:falling|dropping|coming|melting|dropped|fell|"
            r"came)\s+off\b[^.!?]{0,40}?(?:without|for\s+no|no\s+reason|even\s+though|although|not\s+(?:sure|certain)\s+why|"
            r"(?:don'?t|do\s+not)\s+know\s+why|no\s+idea\s+why|not\s+(?:trying|dieting)|same\s+as\s+(?:always|usual|before))",
        ),
    ),
    Rule(
        Flag.CANCER_HISTORY,
        (r"\b(?:cancer|tumou?r\w*|chemo\w*|oncolog\w*|lymphoma|hodgkin\w*|leuka?emia|melanoma|myeloma|sarcoma|metasta\w*)",),
    ),
    Rule(
        Flag.NIGHT_PAIN,
        (
            r"\b(?:wakes?|woke|waking|keeps?|kept)\s+me\s+(?:up|awake)\b",
            # "the ache wakes me at 3am", "woke me every night this week".
            r"\b(?:wakes?|woke|waking)\s+me\s+(?:at\s+\d|(?:around|about|~)\s*\d|every\s+night|each\s+night|"
            r"in\s+the\s+(?:night|early\s+hours))",
            r"\b(?:night|night-?time|nocturnal)\s+pain\b",
            # Pain at an hour of the night: "my back hurts more at 3am than during the workout".
            r"\b(?:hurt\w*|pain\w*|ach\w*|throb\w*|killing)\b[^.!?]{0,30}?\b(?:at|around|by)\s+(?:[1-4]|midnight)\s*(?:am|a\.m\.)?"
            r"(?=\s|$|[,.!?])(?!\s*(?:kg|lbs?|reps?|sets?))",
            # Woken by it, told of someone else: "she wakes up around 3am most nights with her lower back throbbing".
            r"\b(?:wakes?|woke|waking)\s+up\b[^.!?]{0,40}?\bwith\s+(?:my|her|his|their|a|the)\s+(?:\w+\s+){0,2}?"
            r"(?:throbb\w*|ach\w*|pain\w*|hurt\w*|sore\w*|killing)",
            r"\b(?:at\s+night|during\s+the\s+night|in\s+the\s+night|all\s+night|at\s+rest|while\s+resting|"
            r"when\s+(?:i'?m\s+)?(?:resting|lying|laying|sleeping|in\s+bed)|(?<!chest\s)lying\s+(?:down|still)|"
            r"even\s+(?:at\s+rest|resting|lying|when\s+resting|sitting\s+still|when\s+i\s+rest))",
            r"\b(?:can'?t|cannot|couldn'?t)\s+sleep\b",
            # Pain on days off, at rest: "even on my off days, just sitting on the couch, my back is 4/10".
            r"\b(?:off|rest)\s+days?\b[^.!?]{0,40}?\b(?:sitting|lying|resting|on\s+the\s+(?:couch|sofa))\b|"
            r"\bjust\s+(?:sitting|lying)\s+(?:on\s+the\s+(?:couch|sofa)|around|still|in\s+bed)\b",
            r"(?<!n't\s)(?<!cant\s)(?<!cannot\s)\beven\s+(?:when|while|if|just)?\s*(?:i'?m\s+|i\s+am\s+|i\s+)?(?:just\s+)?(?:rest\w*|lying|laying|lie|lay|"
            r"sitting|sit|sleeping|relax\w*|doing\s+nothing|not\s+(?:moving|doing|training|lifting|active)|"
            r"on\s+the\s+(?:couch|sofa|settee)|in\s+bed|watching|still)\b",
            r"\b(?:when|while)\s+(?:i'?m\s+|i\s+am\s+)?(?:just\s+)?(?:resting|lying|laying|sleeping|in\s+bed|"
            r"doing\s+nothing|not\s+moving|sitting\s+still|on\s+the\s+(?:couch|sofa))",
            r"\b(?:(?:on|lying\s+on|sitting\s+on|lounging\s+on)\s+the\s+(?:couch|sofa|settee)|(?:lying|laying|lie|lay)"
            r"\s+(?:\w+\s+)?in\s+bed|(?<!glutes\s)(?<!glute\s)(?<!butt\s)(?<!bum\s)(?<!booty\s)(?<!cheeks\s)"
            r"doing\s+(?:absolutely\s+)?nothing|not\s+(?:even\s+)?moving|sitting\s+still|"
            r"lying\s+flat)\b",
            # "I wake up around 3am every night because my lower back throbs".
            r"\b(?:wake|wakes|woke|waking)\s+up\b[^.!?]{0,40}?\bbecause\s+(?:of\s+)?(?:my|the|her|his)\s+(?:\w+\s+){0,2}?"
            r"(?:back|hips?|glutes?|legs?|spine)\b",
        ),
    ),
    Rule(
        Flag.AGE_OVER_50_NEW,
        (
            rf"\b(?:i'?m|i\s+am|im|aged?|age|turn(?:ed|ing))\s+{_AGE}\b{_NOT_A_LOAD}",
            rf"\b(?:{_RELATION}|he|she)\s+(?:is|'s|was)\s+(?:now\s+)?{_AGE}\b{_NOT_A_LOAD}",
            r"\b(?:over|past)\s+(?:50|fifty|60|sixty)\b",
            r"\bin\s+my\s+(?:50s|60s|70s|80s|fifties|sixties|seventies)",
            rf"\b{_AGE}\s*(?:yo|y/o|years?\s+old|yrs?\s+old|f\b|m\b)",
            rf"\b{_AGE}(?:\s+|-)(?:years?|yrs?)(?:\s+|-)(?:young|old|of\s+age)",
            r"\b(?:grandpa|grandma|granny|grand-?dad|grandfather|grandmother|grandparent|nana|gramps|retired|retiree|"
            rf"pensioner|senior|oap)\b[^.!?]{{0,25}}?\b{_AGE}\b{_NOT_A_LOAD}",
            # Not a load after sets and reps: "4x8 at 95", "3 sets of 10 at 60", "8 reps at 70".
            r"(?<![x×]\d\s)(?<![x×]\d\d\s)(?<![x×]\s\d\s)(?<![x×]\s\d\d\s)(?<!\bof\s\d\s)(?<!\bof\s\d\d\s)(?<!\breps\s)"
            rf"(?<!\brep\s)(?<!\bsets\s)\bat\s+(?:age\s+)?{_AGE}\b{_NOT_A_LOAD}",
            rf"\b{_AGE}(?:st|nd|rd|th)\s+birthday",
            # A message that opens with the age: "71, new to this and my back hurts".
            rf"(?:^|[.!?]\s*){_AGE}\s*(?:,|and\b|here\b|now\b)",
            # Who the user is, then the age, opening the message: "spin instructor, 52, first time my back hurts".
            rf"^\s*(?:(?!sets?\b|reps?\b|rounds?\b)[a-z]+\s+){{0,3}}?(?!sets?\b|reps?\b|rounds?\b)[a-z]+,\s*{_AGE}\s*,",
            # Someone else's age, for a client or relative with the new back pain: "my tita (she's 67)", "my client
            # (54)", "she is 70". Whether there is back pain at all is checked in _resolve.
            rf"\b(?:he|she)(?:'s|\s+is|\s+turned)\s+{_AGE}\b{_NOT_A_LOAD}",
            rf"\b(?:my|our|a|his|her)\s+{_RELATION}\s*(?:\(|,|-|is\b|who'?s\b|who\s+is\b|aged?\b)\s*(?:(?:he|she)(?:'s|\s+is)\s+|who\s+is\s+|"
            rf"aged?\s+)?{_AGE}\b{_NOT_A_LOAD}",
            rf"\b{_RELATION}\s+of\s+(?:mine|ours)\s*(?:\(|,|-)\s*(?:aged?\s+)?{_AGE}\b{_NOT_A_LOAD}",
            # The relative's age said with "'s" or with no "my" at the start of a sentence: "my dad's 62", "mum is 70".
            rf"\b(?:my|our|his|her)\s+{_RELATION}'s\s+(?:now\s+|just\s+turned\s+|nearly\s+|almost\s+)?{_AGE}\b{_NOT_A_LOAD}",
            rf"(?:^|[.!?,;]\s*)(?:mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandpa|grandad)(?:'s|\s+is)\s+"
            rf"(?:now\s+)?{_AGE}\b{_NOT_A_LOAD}",
        ),
    ),
    Rule(Flag.FALL_TRAUMA, (_FALL,)),
    Rule(
        Flag.BACK_NOT_GLUTES,
        (
            # The split given in numbers: "feels like 70% lower back, 30% glutes", "80/20 back to glutes".
            r"\b(?:[5-9]\d|100)\s*%\s+(?:in\s+(?:my\s+|the\s+)?)?(?:lower\s+|low\s+)?back\b|"
            r"\b[5-9]0\s*/\s*[1-5]0\s+(?:lower\s+|low\s+)?back\s+(?:to|vs\.?|and|over)\s+glutes?\b",
            # "I feel hip thrusts more in my lower back than my glutes": the back named over the glutes.
            r"\b(?:feel|feeling|felt|feels)\s+(?:it\s+|this\s+|them\s+|these\s+|those\s+|that\s+|(?:the\s+|my\s+)?"
            r"(?:last\s+|first\s+|final\s+|heavy\s+|top\s+)?(?:hip\s+)?(?:thrusts?|bridges?|exercise|movement|lift|reps?|sets?|workout)\s+)?(?:(?:way|much|a\s+lot|far|"
            r"so\s+much)\s+more\s+|more\s+|mostly\s+|only\s+|all\s+)?(?:in\s+)?(?:my\s+|the\s+|her\s+|his\s+|their\s+)?"
            rf"{_BACK_WORD}\b[^.!?]{{0,30}}?"
            r"(?:instead\s+of|not|rather\s+than|more\s+than|than|and\s+not|but\s+not|over)\s+(?:in\s+)?"
            rf"(?:my\s+|the\s+|her\s+|his\s+|their\s+)?{_GLUTE_WORD}",
            rf"\b{_BACK_WORD}\s+(?:(?:is|was|keeps)\s+)?(?:takes?\s+over|taking\s+over|took\s+over|(?:does|did)\s+(?:all\s+)?the\s+work|"
            r"doing\s+(?:all\s+|most\s+)?(?:of\s+)?the\s+work|is\s+working|compensat\w*|works\s+more|"
            # "feels like my lower back is lifting the weight, not my butt".
            rf"(?:is|was)\s+(?:lifting|moving|pushing|doing)\s+(?:the\s+)?(?:weight|bar|load|lift)\b,?\s+(?:and\s+)?not\s+(?:my\s+|the\s+)?{_GLUTE_WORD})",
            r"\b(?:don'?t|doesn'?t|can'?t|never|barely|hardly)\s+(?:really\s+)?feel\s+(?:it\s+|anything\s+)?"
            r"(?:in\s+)?(?:my\s+|the\s+)?(?:glutes?|butt|booty)[^.!?]{0,60}?\bback\b",
            r"\bglutes?\s+(?:aren'?t|are\s+not|don'?t|not)\s+(?:firing|working|activat\w*|doing)[^.!?]{0,40}\bback\b",
            # "my back arches a lot and i feel it there instead of glutes".
            rf"\b{_BACK_WORD}\b[^.!?]{{0,40}}?\bfeel\s+it\s+there\s+(?:instead\s+of|more\s+than|rather\s+than|not\s+(?:in\s+)?)"
            rf"\s*(?:my\s+|the\s+)?{_GLUTE_WORD}",
            # "glutes don't seem to be doing anything, I mostly feel my lower back working".
            r"\bglutes?\s+(?:don'?t|do\s+not|doesn'?t)\s+(?:seem|appear)\s+to\s+(?:be\s+)?(?:do(?:ing)?|work(?:ing)?|fir(?:e|ing)|"
            r"activat\w*)\b[^.!?]{0,60}?\bback\b",
            rf"\bfeel\w*\s+(?:mostly\s+|only\s+|just\s+)?(?:my\s+|the\s+)?{_BACK_WORD}\s+(?:working|doing\s+(?:all\s+|most\s+)?"
            r"(?:of\s+)?the\s+work|taking\s+over)",
            rf"\b(?:only|all|mostly)\s+(?:in\s+)?(?:my\s+|her\s+|his\s+|their\s+)?{_BACK_WORD}\b",
            r"\bback\b[^.!?]{0,30}?(?:more\s+than|instead\s+of|rather\s+than)\s+(?:in\s+)?(?:my\s+|the\s+)?"
            r"(?:glutes?|butt|booty)",
            r"\bback\s+(?:feels?|gets?|takes)\s+(?:it|the\s+load|most\s+of\s+it)\b",
            rf"\b{_BACK_WORD}\s+that\s+(?:feels|takes|gets)\s+it\b[^.!?]{{0,20}}?\bnot\s+(?:my\s+|the\s+)?{_GLUTE_WORD}",
            # "my back gets a better workout than my glutes", "my lower back is doing the lift, not my butt".
            rf"\b{_BACK_WORD}\s+(?:gets?|got|getting)\s+(?:a\s+)?(?:better|bigger|harder|more\s+of\s+a)\s+(?:workout|pump|burn)\s+"
            rf"than\s+(?:my\s+|the\s+)?{_GLUTE_WORD}",
            rf"\b{_BACK_WORD}\s+(?:is\s+|was\s+|'s\s+)?doing\s+(?:the|all\s+the|most\s+of\s+the)\s+(?:lift\w*|lifting|thrust\w*|moving)\b",
            # "my back arching and taking the load": a form word may come first.
            rf"\b{_BACK_WORD}\s+(?:is\s+|was\s+|keeps\s+|always\s+)?(?:\w+ing\s+and\s+)?(?:tak\w+|carr\w+|absorb\w*|handl\w+)\s+"
            r"(?:all\s+(?:of\s+)?|most\s+(?:of\s+)?|the\s+bulk\s+of\s+)?(?:the\s+)?(?:load|weight|strain|stress|brunt|work)\b",
            # The back carrying the whole lift, with a filler word: "my lower back is lowkey carrying the whole set".
            rf"\b{_BACK_WORD}(?:'s|\s+is|\s+was|\s+keeps|\s+always|\s+has\s+been)\s+(?:\w+\s+){{0,2}}?(?:carr(?:y|ies|ying|ied)|"
            r"doing)\s+"
            r"(?:the\s+|my\s+)?(?:whole|entire|full|every)\s+(?:set|lift|rep|movement|session|workout|thing)\b",
            # Glutes idle while the back is named: "lower back carrying it, glutes just vibing", "glutes on holiday".
            rf"\b{_BACK_WORD}\b[^.!?]{{0,50}}?\b{_GLUTE_WORD}\s+(?:are\s+|is\s+|were\s+|was\s+)?(?:just\s+|basically\s+|"
            r"literally\s+)?(?:vibing|vibin'?|chilling|chillin'?|on\s+(?:holiday|vacation|strike|a\s+break)|"
            r"along\s+for\s+the\s+ride|doing\s+(?:nothing|sweet\s+f\w*\s+all|jack|zilch)|napping|taking\s+a\s+nap|"
            r"not\s+doing\s+(?:anything|much|their\s+job|shit)|switched\s+off|ghosting|missing\s+in\s+action|awol|mia)\b",
            rf"\b{_GLUTE_WORD}\s+(?:are\s+|is\s+|were\s+|was\s+)?(?:just\s+|basically\s+|literally\s+)?(?:vibing|vibin'?|"
            r"chilling|chillin'?|on\s+(?:holiday|vacation|strike|a\s+break)|along\s+for\s+the\s+ride|napping|switched\s+off|"
            rf"doing\s+(?:nothing|jack|zilch))\b[^.!?]{{0,50}}?\b{_BACK_WORD}\b",
            rf"\bin\s+(?:my\s+|the\s+){_BACK_WORD},?\s+(?:and\s+|but\s+)?not\s+(?:in\s+)?(?:my\s+|the\s+)?{_GLUTE_WORD}",
            rf"\b{_BACK_WORD}\b[^.!?]{{0,40}}?\b{_GLUTE_WORD}\s+(?:barely|hardly|don'?t|doesn'?t|never|can'?t)\s+"
            r"(?:really\s+)?(?:feel|do|work|activat|fir|engag)\w*",
            rf"\bfeel\s+(?:it|these|them|this|(?:the\s+)?(?:hip\s*)?thrusts?)\s+in\s+my\s+{_BACK_WORD}\b",
            rf"\ball\s+i\s+(?:can\s+)?feel\s+is\s+(?:my\s+)?{_BACK_WORD}\b",
            # Shorthand: "back not glutes", "lower back > glutes", "back over butt again".
            rf"\b{_BACK_WORD}\s*(?:,|-|—|/)?\s*(?:not|instead\s+of|rather\s+than|>|over|more\s+than)\s+(?:the\s+|my\s+)?"
            rf"{_GLUTE_WORD}\b",
            # "I feel them in my thighs and lower back, barely anything in my glutes".
            rf"\b{_BACK_WORD}\b[^.!?]{{0,20}}?(?:,|;|-|—|but|and)\s*(?:but\s+)?(?:barely|hardly|not\s+much|very\s+little|"
            r"little\s+(?:to\s+)?nothing|nothing|not\s+(?:really\s+)?anything|zero|almost\s+nothing)\s+(?:\w+\s+)?"
            rf"(?:in|from|through)\s+(?:my\s+|the\s+)?{_GLUTE_WORD}",
            # Lifter's terms: the back extensors tire before the glutes, the lumbar spine over-extends at lockout.
            rf"\b{_BACK_WORD}\s+(?:is\s+|are\s+|keeps?\s+|always\s+)?(?:fatigu\w*|tir\w*|gass\w*|giv\w+\s+out|"
            r"burn\w*|pump\w*|work\w*|fail\w*|cook\w*)\b[^.!?]{0,30}?\b(?:before|sooner\s+than|earlier\s+than|"
            rf"faster\s+than|ahead\s+of|long\s+before)\s+(?:my\s+|the\s+)?{_GLUTE_WORD}",
            r"\b(?:lumbar|lower\s+back|low\s+back|spinal|spine|back)\s+(?:hyper-?extension|hyper-?extending|"
            r"over-?extension|over-?extending|over-?arching)\b|"
            # Feeling the back arch is the same fault, noticed: "I can feel my back arching at lockout".
            r"\b(?:feel|feeling|felt|feels|notice|noticed)\s+(?:my\s+|the\s+)?(?:lower\s+|low\s+)?back\s+(?:over-?)?arch(?:ing|es)?\b|"
            r"\b(?:hyper|over)-?extend\w*\s+(?:through\s+|at\s+|with\s+)?"
            r"(?:my\s+|the\s+)?(?:lower\s+back|low\s+back|lumbar|spine|back)\b|\b(?:arch\w*|over-?arch\w*)\s+(?:my\s+|the\s+)?"
            r"(?:lower\s+)?back\s+(?:too\s+much|at\s+(?:the\s+)?(?:top|lockout))",
        ),
    ),
    Rule(
        Flag.BAR_HIP_PAIN,
        (
            r"\b(?:bar|barbell|weight|plates?)\b[^.!?]{0,30}?(?:hurt\w*|dig\w*|dug|drill\w*|bruis\w*|crush\w*|press\w*|"
            r"pain\w*|sore|kill\w*|cut\w*|jam\w*|squish\w*|uncomfortabl\w*|smash\w*|destroy\w*|wreck\w*|murder\w*|"
            r"shred\w*|obliterat\w*|mash\w*|grind\w*)[^.!?]{0,25}?"
            r"\b(?:hips?|hip\s*bones?|pelvis|hip\s+crease|pelvic)",
            # "the bar is awful hard on my hips", "rough on the hip bones": what the bar does to them, as a verdict.
            r"\b(?:bar|barbell|weight|plates?)\b[^.!?]{0,25}?\b(?:hard|rough|tough|brutal|harsh|murder|savage|cruel|"
            r"unkind|heavy|sore)\s+on\s+(?:my\s+|me\s+|the\s+|your\s+)?(?:poor\s+)?(?:hips?|hip\s*bones?|pelvis|hip\s+crease)\b",
            r"\b(?:hips?|hip\s*bones?|pelvis|hip\s+crease)\b[^.!?]{0,25}?(?:bruis\w*|black\s+and\s+blue|"
            r"(?:hurt\w*|sore|pain\w*)\s+(?:from|under|where)\s+(?:the\s+)?(?:bar|barbell|weight))",
            r"\bbruis\w*\s+(?:on|over)\s+(?:my\s+)?(?:hips?|hip\s*bones?|pelvis)",
            r"\b(?:hips?|hip\s*bones?|pelvis|hip\s+crease)\b[^.!?]{0,30}?(?:destroy\w*|kill\w*|wreck\w*|smash\w*|crush\w*|"
            r"murder\w*|shred\w*|bruis\w*|dug\s+into|hurt\w*|sore|pain\w*)[^.!?]{0,20}?\b(?:by|from|under)\s+(?:the\s+)?"
            r"(?:bar|barbell|weight|plates?)\b",
            r"\b(?:bar|barbell)\b[^.!?]{0,15}?(?:dig\w*|crush\w*|bruis\w*|jam\w*|smash\w*)\s+(?:in|into|on)?",
            r"\bno\s+pad\b[^.!?]{0,30}?(?:hurt\w*|pain\w*|bruis\w*)",
            # What the bar leaves on the skin: "red marks on my hips", "welts on my hip bones".
            r"\b(?:bar|barbell|weight|plates?)\b[^.!?]{0,30}?\b(?:marks?|welts?|grazes?|scrapes?|abrasions?|chaf\w*|"
            r"raw|rubs?|rubbing)\b[^.!?]{0,25}?\b(?:hips?|hip\s*bones?|pelvis|hip\s+crease|pelvic)",
            r"\b(?:hips?|hip\s*bones?|hip\s+crease)\s+(?:are\s+|is\s+|were\s+|got\s+)?(?:rubbed\s+)?(?:red\s+)?raw\b",
            # "2 purple marks on my hip bones from the bar".
            r"\b(?:marks?|welts?|bruis\w*|grazes?)\b[^.!?]{0,40}?\b(?:on|over|across)\s+(?:my\s+|both\s+)?(?:hips?|hip\s*bones?|"
            r"pelvis)\b[^.!?]{0,20}?\bfrom\s+(?:the\s+)?(?:bar|barbell)\b",
            # "my hip bones look like they got into a fight with the barbell and lost".
            r"\b(?:hips?|hip\s*bones?|pelvis)\b[^.!?]{0,40}?\b(?:fight|battle|war|beaten|battered|punched|beat\s+up)\b"
            r"[^.!?]{0,30}?\b(?:bar|barbell)\b",
        ),
    ),
    Rule(
        Flag.NECK_STRAIN,
        (
            # Straining the neck to watch the hips is the neck-strain form fault, pain word or not:
            # "cranking my head forward", "craning my neck up to watch the bar", "jutting my chin out".
            r"\b(?:crank\w*|cran(?:e|es|ed|ing)|jut\w*|pok(?:e|es|ed|ing)|strain\w*|jerk\w*|yank\w*|whip\w*)\s+"
            r"(?:my\s+|the\s+)?(?:head|neck|chin)\s+(?:\w+\s+)?(?:forwards?|up|out|back|round|around)\b",
            r"\bneck\b[^.!?]{0,15}?\bfeels?\s+like\s+(?:a\s+)?(?:bent|kinked|twisted|crushed|crooked|snapped)\b",
            # "my neck is in tension when I look up", "tension in the neck after the session".
            r"\bneck\s+(?:is\s+|was\s+|gets\s+|goes\s+)?(?:all\s+|so\s+)?in\s+tension\b|\btension\s+in\s+(?:my\s+|the\s+)neck\b",
            # "feels like my neck is doing all the work", "my neck takes over on the last reps".
            r"\bneck\s+(?:is\s+|was\s+|keeps\s+|kinda\s+)?(?:doing|does|did|taking|takes|took)\s+(?:all\s+|most\s+|half\s+)?"
            r"(?:of\s+)?(?:the\s+)?(?:work|over|lifting)\b",
        ),
    ),
    Rule(
        Flag.HAMSTRING_CRAMP,
        (
            r"\b(?:hamstrings?|hammies|hams|backs?\s+of\s+(?:my\s+|the\s+|her\s+|his\s+)?(?:thighs?|legs?))\b[^.!?]{0,30}?"
            r"(?:cramp\w*|seiz\w*|spasm\w*|knot\w*|charley\s+horse|lock\w*\s+up)",
            r"\b(?:cramp\w*|spasm\w*|charley\s+horse)\b[^.!?]{0,25}?\b(?:hamstrings?|hammies|hams|"
            r"back\s+of\s+(?:my\s+|the\s+)?(?:left\s+|right\s+)?(?:thighs?|legs?))",
        ),
    ),
    Rule(
        Flag.HAMSTRINGS_DOMINANT,
        (
            r"\b(?:feel|feeling|felt|feels)\s+(?:it\s+)?(?:more\s+|mostly\s+|only\s+|all\s+)?(?:in\s+)?(?:my\s+)?"
            r"(?:hamstrings?|hammies|hams)",
            r"\b(?:hamstrings?|hammies|hams)\s+(?:still\s+|always\s+|just\s+|kinda\s+)?(?:take\s+over|taking\s+over|"
            r"takes?\s+over|do(?:ing)?\s+"
            r"(?:all\s+|most\s+)?(?:of\s+)?the\s+work|are\s+working\s+more|burn\w*|on\s+fire|"
            r"(?:are\s+|is\s+)?do(?:ing)?\s+(?:everything|it\s+all|most\s+of\s+it))",
            r"\ball\s+(?:hamstrings?|hammies|hams)\b",
        ),
    ),
    Rule(
        Flag.QUADS_DOMINANT,
        (
            # "quads cooking, glutes nothing"; "quads and glutes are cooked" is both worked.
            rf"\b{_QUAD_WORD}\s+(?:are\s+|were\s+|is\s+|lowkey\s+|so\s+|totally\s+)?(?:cooking|cooked|toast(?:ed)?)\b",
            rf"\b{_QUAD_WORD}[^.!?]{{0,30}}?(?:take\s+over|took\s+over|"
            r"taking\s+over|takes\s+over|(?:do(?:ing)?|did|take|takes|took|taking)\s+(?:all\s+|most\s+)?(?:of\s+)?the\s+(?:work|load)|"
            r"burn\w*|on\s+fire|fried|"
            r"more\s+than|instead|working|hurt\w*|ache\w*|sore|tired|shak\w*|pump\w*|feel\s+it|🔥)",
            # Thighs named over the glutes; the back of the thighs is the hamstrings' own rule.
            r"(?<!back\sof\s)(?<!back\sof\smy\s)(?<!back\sof\sthe\s)\bthighs?\b[^.!?]{0,30}?\b(?:more\s+than|"
            r"instead\s+of|rather\s+than|,?\s*not)\s+(?:in\s+)?(?:my\s+|the\s+)?(?:glutes?|butt|bum|booty)",
            r"\b(?:feel|feeling|felt|feels)\s+(?:it\s+|(?:hip\s*)?thrusts?\s+|them\s+|these\s+|the\s+(?:exercise|movement|lift)\s+)?"
            r"(?:(?:way\s+|much\s+|a\s+lot\s+|far\s+)?more\s+|mostly\s+|only\s+|all\s+|predominantly\s+|mainly\s+)?"
            rf"(?:in\s+)?(?:my\s+|the\s+)?{_QUAD_WORD}",
            r"\b(?:pushing|push|driving)\s+(?:off|through)\s+(?:my\s+)?toes\b",
            r"\ball\s+(?:quads?|quadriceps)\b",
            r"\b(?:[5-9]\d|100)\s*%\s+(?:in\s+(?:my\s+|the\s+)?)?(?:quads?|quadriceps)\b|"
            r"\b[5-9]0\s*/\s*[1-5]0\s+(?:quads?|quadriceps)\s+(?:to|vs\.?|and|over)\s+glutes?\b",
            # "I feel hip thrusts entirely in my thighs, glutes feel nothing".
            r"(?<!back\sof\s)(?<!back\sof\smy\s)\b(?:entirely|completely|totally|all|only|mostly|just)\s+in\s+(?:my\s+|the\s+)?thighs\b"
            r"(?=[^.!?]{0,40}?\bglutes?\s+(?:feel|felt|do|did|get|got)\s+(?:nothing|little|not\s+much))",
            r"(?<!back\sof\s)(?<!back\sof\smy\s)\bthighs?\s+(?:are\s+|is\s+)?do(?:ing)?\s+(?:all\s+|most\s+)?(?:of\s+)?the\s+work",
            # "my thighs take over as soon as I go heavy".
            r"(?<!back\sof\s)(?<!back\sof\smy\s)(?<!back\sof\sthe\s)\bthighs?\s+(?:always\s+|just\s+)?(?:take|takes|took|taking)\s+over\b",
            r"\b(?:quads?|quadriceps)\s+(?:are\s+|is\s+)?do(?:ing)?\s+(?:everything|it\s+all|most\s+of\s+it)",
            r"\b(?:work|load|effort|tension)\s+(?:goes|went|going)\s+(?:in)?to\s+(?:the\s+)?(?:front\s+of\s+(?:my\s+|the\s+)?thighs?|"
            r"quads?)\b",
        ),
    ),
    Rule(
        Flag.NOT_SETTLED,
        (
            r"\b(?:still|again)\b[^.!?]{0,40}?\b(?:next|following|this|the\s+next)\s+(?:morning|day)",
            r"\b(?:next|following)\s+(?:morning|day)\b[^.!?]{0,30}?\b(?:still|hurt\w*|ache\w*|aching|stiff\w*|"
            r"pain\w*|sore\w*|tight\w*)",
            r"\bwoke\s+up\s+(?:with|and|still|stiff|sore|in\s+pain|achy|hurting)",
            r"\b(?:hurt\w*|ache\w*|aching|achy|stiff\w*|sore\w*|tight\w*|pain\w*)\b"
            r"(?:(?!\b(?:fine|gone|ok|okay|better|settled|normal|good)\b)[^.!?]){0,25}?\b(?:the\s+)?"
            r"(?:next|following)\s+(?:morning|day)",
            r"\b(?:didn'?t|did\s+not|hasn'?t|not)\s+(?:settle\w*|calm\w*|go\s+away|ease\w*)\s+"
            r"(?:overnight|by\s+(?:the\s+)?(?:morning|next\s+day)|after\s+a\s+night)",
            r"\b(?:this\s+morning|today|yesterday'?s?)\b[^.!?]{0,30}?\bstill\b",
        ),
    ),
    Rule(
        Flag.PUMP,
        (r"\bpump\w*",),
    ),
    Rule(
        Flag.DOMS,
        (
            r"\b(?:doms|sore(?:ness)?\s+(?:the\s+)?(?:next|following|day\s+after|two\s+days|2\s+days|a\s+day)|"
            r"day\s+after\b[^.!?]{0,20}?sore|so\s+sore|sore\s+from\s+(?:yesterday|the\s+(?:workout|session)|"
            r"leg\s+day|hip\s+thrusts?))",
        ),
    ),
)

# Numb feet for years from diabetes are both legs, and old: an unchanged sign is no new one.
_DOMINANCE_ONLY = frozenset({Flag.QUADS_DOMINANT, Flag.HAMSTRINGS_DOMINANT, Flag.GLUTE_BURN, Flag.PUMP})
_OLD_SYMPTOM_FLAGS = frozenset({Flag.LEG_NUMBNESS_TINGLING, Flag.RADIATING, Flag.BOTH_LEGS})
_KIT_POP = re.compile(
    r"\bpop\s+(?:i|that\s+i)\s+(?:mentioned|said|told\s+you\s+about|heard)\s+was\s+(?:just\s+)?(?:the|my|a)\s+(?:\w+\s+)?"
    r"(?:bench|bar|box|plates?|collar|clip|floor|knuckles?|joints?)\b|"
    r"\b(?:collar|clip|clamp|band|plate|bench|box)s?\s+(?:\w+\s+)?(?:snapped|popped|broke|cracked|came\s+off|flew\s+off|fell\s+off)\b"
)
# How long someone has trained or plans to: the span after the training verb, up to the end of its clause.
# Time in a training plan: "spread the volume over three days", "drop them in the last two weeks before the meet".
_PLANNED_TIME = re.compile(
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
    r"\b(?:(?:been\s+)?doing|done|did|training|trained|lifting|thrusting|following|running|on\s+(?:a|the|this|my)\s+"
    r"(?:program\w*|plan|routine|cut|bulk)|go\s+into\s+(?:maintenance|a\s+\w+\s+block)|switch\w*\s+to)\b"
    r"[^.!?,;]{0,45}?(?=\b(?:for|in|over)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|the\s+(?:past|last)\s+)?(?:a|one|two|\d+|"
    r"a\s+couple\s+of|a\s+few|few|several)\s*(?:weeks?|months?|years?|fortnights?)\b)[^.!?,;]{0,30}"
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
    r"(?:days?|weeks?|months?|years?)\b"
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

# Negation cues whose scope runs to the end of their clause ("no numbness, just a dull ache").
_NEGATION = re.compile(
    r"\b(?:no(?!\s+(?:idea|matter|longer\s+able|joke|way|clue))|not(?!\s+(?:sure|certain|only|just|even|moving|doing\s+anything|"
    r"that\s+i\s+know|helping|getting\s+better|going\s+away|settl\w*|subsid\w*|improv\w*|right|good|enough))|never(?!\s+"
    r"(?:goes|went|go|settle\w*|subsid\w*|eases?|fully)|"
    # "never had back pain before this week" reports new pain.
    r"\s+(?:had|felt|experienced)\b[^.!?,]{0,30}?\bbefore\s+(?:this|today|now|last|yesterday))|without|none|(?<!doing\s)nothing(?!\s+(?:helps|works|changed|"
    r"i\s+|seems))|zero|neither|nor|nope|"
    # "nobody got hurt" denies; "nobody told me it would hurt" does not.
    r"(?:nobody|noone|no-one)(?!\s+(?:told|tells|warned|said|says|mentioned|explained|knows|cares))|"
    r"don'?t\s+(?:even\s+|really\s+|actually\s+)?(?:have|feel|get|notice|think\s+(?:it'?s|i\s+have))|"
    r"do\s+not\s+(?:have|feel|get)|doesn'?t(?!\s+(?:help|change|work|go\s+away|settle|ease|get\s+better|stop))|"
    r"does\s+not(?!\s+(?:help|go\s+away|settle))|isn'?t(?!\s+(?:going\s+away|getting\s+better|settling|"
    r"improving|helping))|wasn'?t|aren'?t|weren'?t|haven'?t\s+(?:had|got|noticed|felt)|hasn'?t\s+been|"
    r"didn'?t\s+(?:have|feel|get|notice|pop|snap|tear|crack|click|give)|wouldn'?t\s+(?:say|call)|not\s+exactly|free\s+of|ruled\s+out|"
    r"denies|negative\s+(?:for|on)|absent)\b"
)
# Clause breaks limit a negation's reach: "no numbness but a sharp twinge" keeps the twinge.
_CLAUSE_BREAK = re.compile(
    # An emoji ends a thought in chat: "could sit on a cactus and not feel it 🌵 whole undercarriage numb".
    r"[,;:.!?()\n\U0001F300-\U0001FAFF\u2600-\u27BF]|\s-\s|\s—\s|\b(?:but|and|though|although|however|except|yet|plus|also|just|only|then|"
    r"so|because|cause|cuz|while|which|when|whenever|after|whereas)\b"
)
_SENTENCE_BREAK = re.compile(r"[.!?\n]+")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself)\b")
# A general question or a what-if does not report the user's own symptom.
_HYPOTHETICAL = re.compile(
    # Fears the user names and takes back: "I was scared I had sciatica but it's just my glutes being sore".
    r"\b(?:scared|worried|thought|feared|convinced|paranoid)\s+(?:that\s+)?i\s+(?:had|have|might\s+have|may\s+have|"
    r"'d\s+got|got)\b|"
    # "I was nervous the pain would come back but nope, nothing": the fear, not the pain.
    r"\b(?:nervous|scared|worried|afraid|anxious|feared|paranoid|terrified)\s+(?:that\s+)?(?:the|my|it|this|that)\s+"
    r"(?:\w+\s+){0,2}?(?:would|might|will|could|'d)\s+(?:come\s+back|return|flare|start\s+again)\b|"
    # A claim about the lift: "my friend said hip thrusts can cause numbness in the groin - is that true?".
    r"\b(?:hip\s+thrusts?|thrusts?|they|lifting|heavy\s+lifting)\s+(?:can|could|might|may|will)\s+(?:cause|give\s+you|lead\s+to)\b|"
    # Worry questions about the user's own training: "is it possible I tore something?", "could I have pulled it?".
    r"\bis\s+it\s+possible\s+(?:that\s+)?i\b|"
    # Worries about what the lift might do: "do I need to worry about bladder issues from lifting heavy?", "could
    # dropping the bar on myself be dangerous?".
    r"\bworry\s+about\s+(?!my\b)(?:\w+\s+){1,3}?(?:from|with|after|when|because\s+of)\s+(?:lifting|heavy|hip\s+thrusts?|"
    r"thrusts?|training|this\s+exercise)\b|\b(?:could|would|can|is|does|will)\s+(?:dropping|falling|slipping|failing)\b|\b(?:could|might|would)\s+i\s+have\s+(?:torn|tore|pulled|strained|damaged|"
    r"broken|injured|hurt|herniated|slipped)\b|"
    r"\b(?:what\s+if|in\s+case|what\s+(?:should|do|would|can)\s+(?:i|someone|somebody|people|you|one|they)\s+do\s+if|if|(?<!not\s)(?<!not\sasking\s)(?<!isn't\s)(?<!not\sa\s)hypothetical\w*|avoid\w*|prevent\w*|"
    # What the user asked about before, not what they feel: "the shooting pain thing I asked about was from a video".
    r"\bthe\s+(?:\w+\s+){1,4}?(?:thing|stuff|question)\s+i\s+(?:asked|was\s+asking)\s+about\b|"
    # A claim heard about the lift: "my bro says hip thrusts give you sciatica".
    r"(?:hip\s+thrusts?|thrusts?|they)\s+(?:give|gives|cause|causes|can\s+(?:give|cause)|will\s+(?:give|cause))\s+(?:you|people)\b|"
    r"protect\w*|so\s+(?:that\s+)?(?:i|it)\s+(?:don'?t|doesn'?t|won'?t|does\s+not|never)|keep\s+from|how\s+(?:do|can)\s+i\s+stop|"
    r"how\s+to\s+stop|without\s+(?:getting|hurting|causing)|can\s+(?:hip\s+thrusts?|thrusts?|this|it|they)"
    r"\s+(?:cause|give|lead)|do(?:es)?\s+(?:hip\s+thrusts?|thrusts?|this)\s+cause|is\s+it\s+(?:normal|common|"
    r"possible|bad|ok|okay)\s+(?:for\s+(?:people|someone|anyone)|to\s+get)|why\s+do\s+(?:people|some|many|"
    r"folks|lifters|women|men|beginners))\b"
)
# Reported speech: what the user read or heard about, not what they feel. "I heard a pop" is a report, so only
# "heard that", "heard about" and sources count.
_SOURCE = (
    r"(?:article|video|post|blog|book|podcast|thread|study|paper|reel|tiktok|forum|website|site|documentary|show|"
    r"youtube\s+video|instagram\s+post)"
)
_REPORTED = re.compile(
    r"\bi\s+(?:read|heard|learned|learnt)\b(?=\s+(?:[\w'-]+\s+){1,4}?(?:can|could|may|might|will)\s+(?:happen|cause|come|be)\b)|"
    r"\b(?:i\s+(?:read|heard|learned|learnt|was\s+told)\s+(?:that|somewhere|online|about|on\s+(?:here|reddit|"
    r"instagram|youtube|tiktok|the\s+internet))|(?:read|saw|seen|watched|heard)\s+(?:it\s+|this\s+|that\s+|"
    rf"something\s+|about\s+(?:it|this|that)\s+)?(?:in|on)\s+(?:an?|the|this|that|some)\s+(?:\w+\s+)?{_SOURCE}|"
    rf"(?:an?|the|this|that)\s+{_SOURCE}\s+(?:about|on|saying|says|said|that|mentioned|mentions|claims?|claimed)|"
    r"according\s+to|(?:people|they|doctors|coaches|physios|experts)\s+say|"
    r"(?:reading|read|heard|hearing|seen|seeing|watching|watched)\s+(?:\w+\s+){0,2}?(?:horror\s+)?stories\s+(?:about|of)|"
    r"(?:heard|read)\s+(?=(?:that\s+)?(?:hip\s+)?thrusts?\s+(?:can|could|may|might|will|cause|causes|give|gives|make|makes)\b)|"
    r"(?:he|she|they|everyone|people|my\s+\w+)\s+(?:tells|told|keeps\s+telling|warns|warned|keeps\s+warning)\s+me\s+(?:that\s+)?"
    r"(?=(?:hip\s+)?thrusts?|they|it|i'?ll|i\s+will|i'?m\s+going\s+to|i'?d)|"
    # "she read they help with bladder leaks": what someone else read.
    r"(?:he|she|they|client)\s+(?:read|heard|saw)\s+(?:that|they|it|about|somewhere|online|on))\b"
)
# Where the reported part ends and the user's own words may start again.
_REPORTED_END = re.compile(
    r";|\b(?:but|though|although|however|anyway|already)\b|\b(?:and|,)\s*(?:now\s+)?(?:i|i'm|im|i've|my|now|since|then)\b|"
    r",\s*(?:i|i'm|im|i've|my|now|since)\b"
)
_DENIES_HAVING_IT = re.compile(
    r"\b(?:i\s+)?(?:don'?t|do\s+not|dont)\s+have\s+(?:anything\s+(?:like\s+(?:that|this|it)|of\s+the\s+sort|similar)|"
    r"any\s+of\s+(?:that|those|these|them|it)|that|those|these|it|any\s+(?:symptoms?|signs?)(?:\s+like\s+that)?)\b|"
    r"\bnothing\s+(?:like\s+that|of\s+the\s+sort|similar)|\bnone\s+of\s+(?:that|those|these|them)\b|"
    r"(?<!not\s)\basking\s+(?:so\s+i\s+know|for\s+(?:future\s+reference|the\s+future|later)|just\s+in\s+case|hypothetically)\b|"
    r"\b(?:i\s+)?(?:don'?t|do\s+not|dont)\s+have\s+nothing\b|\bnothing\s+(?:is\s+)?happening\b|"
    r"\bi'?m\s+(?:totally\s+|completely\s+|perfectly\s+)?fine\s+myself\b|\bnot\s+hurt\s+or\s+anything\b|"
    r"\bi'?ve\s+had\s+(?:zero|no)\s+(?:issues|problems|trouble)\s+(?:myself|at\s+all)\b|\bi'?m\s+just\s+reading\s+about\s+it\b|"
    r"\bjust\s+(?:(?:out\s+of\s+)?curiosity|curious|want(?:ed)?\s+to\s+know)\b|"
    r"\basking\s+(?:just\s+)?(?:(?:out\s+of|for|from)\s+curiosity|for\s+(?:awareness|(?:general\s+)?knowledge|info)|to\s+be\s+(?:safe|aware))\b|"
    r"\b(?:only|just)\s+asking\b|\bneither\s+of\s+us\s+(?:has|have|had|gets?|got)\b|\bnone\s+of\s+us\s+(?:has|have|had)\b|"
    r"\basking\s+for\s+(?:a|an|my|our)\s+(?:(?:uni|university|school|college|class|course)\s+)?(?:blog|article|post|school\s+project|project|essay|assignment|class|course|video|"
    r"podcast|newsletter|presentation|workshop)\b|"
    # A what-if about the future: "what should I do if I ever feel numbness?", "if one day I feel numb down there".
    r"\bif\s+(?:i|you|someone|somebody|one|they|it|he|she)\s+(?:\w+\s+)?ever\b|"
    r"\bif\s+(?:the\s+|that\s+|this\s+|any\s+)?(?:\w+\s+){1,6}?ever\s+(?:happens?|occurs?|comes?|shows?\s+up|starts?)\b|"
    r"\bif\s+(?:someone|somebody|anyone|anybody|a\s+person|a\s+lifter)\s+(?:got|gets|had|has|felt|feels|develop\w*|"
    r"notic\w*|experienc\w*)\b|\bif\s+(?:my|your)\s+(?:[\w']+\s+){1,2}?ever\b|"
    r"\bif\s+(?:a|an|my|one\s+of\s+my)\s+(?:client|lifter|athlete|member|student|trainee|customer)s?\s+(?:\w+\s+)?ever\b|\bif\s+(?:\w+\s+){0,2}?one\s+day\b|"
    r"\bif\s+(?:\w+\s+){0,5}?(?:someday|in\s+the\s+future|down\s+the\s+(?:road|line))\b|"
    r"\b(?:i\s+)?(?:don'?t|do\s+not|dont)\s+have\s+any\s+(?:problems?|issues?|trouble)\s+(?:like\s+that\s+)?myself\b|"
    r"\bnot\s+(?:me|in\s+my\s+case)\b|\bi(?:'?ve)?\s+(?:haven'?t|have\s+not|never)\s+(?:had|felt|noticed)\s+(?:anything\s+like\s+"
    r"(?:that|this)|any\s+of\s+(?:that|those|these)|that|those|it)\b"
)
# Someone else's body: "my gym buddy felt a pop in his hip", "my friend couldn't pee after deadlifts". With the
# user's own all-clear ("I'm fine though") these read like something heard about: not the user's symptom.
_OTHER_PERSON = re.compile(
    rf"\b(?:(?:my|our|a|his|her)\s+{_RELATION}|(?:a|this|some|one)\s+(?:guy|girl|lad|bloke|dude|woman|man|lady|fella|"
    r"person|member|lifter)\s+(?:at|in|from)\s+(?:my|the)\s+gym|someone\s+(?:at|in)\s+(?:my|the)\s+gym|he|she|he'?s|she'?s)\b"
)
# A diagnosis someone else had, named as background: "my cousin had sciatica so I checked", "my dad had cancer". It
# is their history, not the user's sign; only the condition's own words are set aside, and an emergency sign still
# counts (a partner who "couldn't pee at all" is asked about for a reason).
_OTHER_HISTORY = re.compile(
    rf"\b(?:(?:my|our|his|her)\s+{_RELATION}|he|she)\s+(?:\w+\s+){{0,3}}?(?:had|has\s+had|once\s+had|used\s+to\s+have|"
    r"was\s+diagnosed\s+with|(?:has\s+)?suffered\s+(?:from|with)|beat|survived)\s+(?:\w+\s+){0,2}?(?:sciatica|cancer|"
    r"tumou?rs?|(?:slipped|herniated|bulging|prolapsed)\s+discs?|discs?\s+(?:bulges?|herniations?|prolapses?|problems?|"
    r"issues?)|arthritis|stenosis|back\s+surgery|spinal\s+surgery|chemo\w*|lymphoma|leuka?emia|melanoma|myeloma)\b|"
    # Their symptom, told as past background: "my buddy got a numb leg from deadlifts last year".
    rf"\b(?:my|our|his|her)\s+{_RELATION}\s+(?:got|had|once\s+had)\s+[^.!?]{{0,40}}?\b(?:last\s+(?:year|month)|years?\s+ago|"
    r"months\s+ago|once)\b|"
    # A family history: "sciatica runs in my family", "back problems run in the family".
    r"\b(?:\w+\s+){1,3}?runs?\s+in\s+(?:my|our|the)\s+family\b"
)
_THEIR_NOW = re.compile(
    r"\bnow\s+(?:\w+\s+){0,2}?(?:mentions|has|reports|complains|gets|feels|says)\b|\b(?:her|his|their)\s+(?:\w+\s+)?"
    r"(?:back|legs?|hips?|glutes?|spine|neck)\b|\b(?:she|he|they)(?:'s|\s+is|\s+has|\s+gets|\s+feels|\s+says)\b"
)


def _their_pain_after(text: str, pos: int) -> bool:
    return bool(_THEIR_NOW.search(text, pos) and _PAIN_WORD.search(text, pos))


_OWN_WORD = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|myself|mine|my)\b")
_SELF_FINE = re.compile(
    r"\b(?:i'?m|im|i\s+am|i\s+feel|me|myself)\s+(?:totally\s+|completely\s+|perfectly\s+|absolutely\s+|all\s+|100%\s+|"
    r"physically\s+|personally\s+|myself\s+|feeling\s+)?(?:fine|ok|okay|good|great|alright|all\s+right|unhurt|uninjured|grand)\b|"
    r"\bnothing\s+like\s+that\s+(?:for|with)\s+me\b"
)
_RELAYED_NOW = re.compile(
    r"\b(?:says?|said|reports?|reported|tells?\s+me|told\s+me|complains?|complained|still|since|isn'?t\s+getting|"
    r"keeps?|can'?t|cannot)\b"
)
_THEIR_PAST = re.compile(
    r"\b(?:last\s+(?:year|month|summer|winter)|years?\s+ago|months?\s+ago|(?:had|went)\s+to\s+(?:go\s+to\s+)?(?:a&e|the\s+er|"
    r"er|hospital|emergency)|ended\s+up\s+in|is\s+seeing\s+a|(?:was|got)\s+diagnosed|had\s+(?:surgery|an\s+operation))"
)
_THEIR_CARE = re.compile(
    r"\b(?:sent|took|drove|rushed|referred)\s+(?:him|her|them)\s+(?:straight\s+)?(?:to|off\s+to|on\s+to)\s+(?:a&e|the\s+er|er|"
    r"(?:the\s+)?hospital|emergency|(?:his|her|their|a|the)\s+(?:neuro\w*|doctor|gp|physio\w*|specialist|consultant))\b|"
    r"\b(?:he'?s|she'?s|they'?re|he\s+is|she\s+is|they\s+are)\s+(?:already\s+)?(?:getting|having)\s+it\s+(?:checked|looked\s+at|"
    r"seen\s+to|scanned)\b|"
    r"\b(?:he'?s|she'?s|he\s+is|she\s+is)\s+(?:a\s+)?diabetic\b|\b(?:he|she)\s+has\s+(?:had\s+)?(?:diabetes|ms|multiple\s+sclerosis|"
    r"neuropathy)\b"
)
_THEIR_BEFORE = re.compile(r"(?<!since\s)\b(?:last\s+(?:week|month|year)|(?:\w+\s+)?(?:years|months)\s+ago)\b")
# A condition theirs for years: "my mum has been incontinent for years since her stroke", "he hasn't had feeling in his
# legs for years and that's just his normal".
_THEIR_CHRONIC = re.compile(
    r"\bfor\s+(?:years|decades|ages|(?:\d+|two|three|four|five|ten|many|several)\s+years)\b|\bsince\s+(?:his|her|their)\s+"
    r"(?:stroke|injury|accident|surgery|op|operation|birth|childhood|diagnosis)\b|\b(?:that'?s|it'?s)\s+(?:just\s+)?(?:his|her|their)\s+normal\b"
)
_THEIR_NEW = re.compile(
    r"\b(?:now|new|newly|worse|suddenly|today|this\s+morning|yesterday|tonight|just\s+started|"
    r"since\s+(?:yesterday|this|last))\b"
)
_ONGOING = re.compile(
    r"\b(?:still|since|now|today|keeps?|getting\s+worse|start\w*|first\s+time|every|ever|has\s+been|have\s+been|hasn'?t|"
    r"haven'?t)\b"
)
_AVOID_THAT = re.compile(
    r"\bhow\s+(?:do|can|should|would)\s+i\s+(?:avoid|prevent|stop)\s+(?:that|this|it|the\s+same)\b|\bhow\s+(?:do|can)\s+i\s+make\s+sure\s+"
    r"(?:that|this|it)\s+(?:doesn'?t|never|won'?t)\b"
)
_OTHER_FINE = re.compile(
    r"(?<!otherwise\s)(?<!otherwise,\s)\b(?:he|she|they)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)\s+(?:totally\s+|completely\s+|all\s+|absolutely\s+|"
    r"perfectly\s+|fully\s+)?(?:fine|ok|okay|good|better|grand|recovered|healed|back\s+to\s+normal)\b"
    # "he was fine yesterday" is how it was before, not an all-clear now.
    r"(?!\s+(?:otherwise|apart\s+from|except|other\s+than|in\s+(?:herself|himself|themselves)|yesterday|before|until|till|"
    r"earlier|this\s+morning|last\s+(?:night|week)))|"
    r"\b(?:he|she|they)\s+(?:(?:has|have)\s+)?(?:fully\s+|completely\s+)?(?:recovered|healed|got\s+better)\b"
)
# A past problem the user says is over: "had sciatica 3 years ago, fully resolved", "disc bulge in 2019, healed and
# signed off by my physio". What they report now starts at "now", "today", "but".
_LONG_AGO = re.compile(
    r"\b(?:\d+|a\s+few|few|several|many|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of|couple\s+of)\s+"
    r"(?:years?|yrs?|months?)\s+ago\b|\b(?:years|months)\s+ago\b|\ba\s+(?:year|month)\s+ago\b|\b(?:in|back\s+in|around|since)\s+(?:19|20)\d\d\b|"
    r"\b(?:19[5-9]\d|20[01]\d|202[0-3])\b(?!\s*(?:kg|kgs|kilos?|lbs?|pounds|x\b|reps?|m\b|steps))|"
    r"\blast\s+(?:year|month|summer|winter|spring|autumn|season)\b|\bin\s+my\s+(?:teens|20s|twenties|30s|thirties|40s|forties)\b|\bas\s+a\s+(?:kid|child|teen\w*)\b|\bwhen\s+i\s+was\s+(?:younger|a\s+kid|a\s+teen\w*|\d+|in)\b|"
    r"\b(?:a\s+)?long\s+(?:time\s+)?ago\b|\bused\s+to\s+(?:get|have|feel|hurt|cramp|ache|pinch|dig|bother|bruise)\b|\blong\s+gone\b|"
    r"\bgone\s+for\s+(?:years|ages|(?:\d+|many|several|a\s+few)\s+years)\b|"
    r"\bbefore\s+(?:my|the)\s+(?:injury|surgery|op|operation|break|pregnancy|baby|layoff|time\s+off)\b|"
    r"\b(?:\d+|a\s+few|few|several|two|three|four|five|six|a\s+couple\s+of|a|one)\s+weeks?\s+ago\b|\blast\s+week\b|"
    r"\b(?:during|in)\s+(?:my\s+|the\s+)?(?:first\s+|second\s+|last\s+)?pregnanc(?:y|ies)\b|\bwhile\s+(?:i\s+was\s+)?pregnant\b"
)
_RESOLVED = re.compile(
    # "The sciatica hasn't been back in 5 years."
    r"\b(?:hasn'?t|has\s+not|haven'?t|never)\s+been\s+back\s+(?:in|for|since)\b|"
    # A progress story: "two years ago I couldn't climb stairs without pain and now I can thrust 100kg".
    r"\b(?:and|but)\s+now\s+i\s+(?:can(?!'|not|t\b|\s+(?:barely|hardly|only|just\s+about|no\s+longer))|am\s+able\s+to|manage)\b|"
    r"\bnothing\s+(?:at\s+all\s+)?(?:in|for)\s+(?:the\s+(?:last|past)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|many|several)\s+years\b|"
    r"\b(?:resolved|healed|recovered|rehabbed|rehabilitated|cleared\s+up|signed\s+off(?!\s+(?:work|sick|from\s+work|for)))\b|"
    # "totally cleared", "completely gone", "fully sorted": over, said with how much.
    r"\b(?:totally|completely|fully|entirely|100%|long|all)\s+(?:cleared|gone|sorted|fixed|better|over|healed|resolved)\b|"
    r"\b(?:totally|completely|perfectly|100%)\s+fine\s+now\b|"
    # "the back pain I told you about last week is gone, 100%".
    r"\b(?:is|'s|has)\s+(?:now\s+)?gone,?\s+(?:100\s*%|completely|totally|for\s+good|fully)(?=\W|$)|"
    r"\b(?:no|zero)\s+(?:issues|problems|trouble|symptoms|pain|recurrence)\s+(?:ever\s+)?since\b|"
    # "sorted with physio, nothing since": fixed, and quiet ever after.
    r"\bsorted\s+(?:out\s+)?(?:with|by|after|through|thanks\s+to)\b|\bnothing\s+(?:ever\s+)?since\b|"
    r"\b(?:physio|physiotherapist|doctor|doc|chiro\w*|therapist|pt)\s+(?:sorted|fixed|cleared)\s+(?:it|me)(?:\s+(?:out|up))?\b|"
    r"\b(?:haven'?t|have\s+not|hasn'?t|not)\s+had\s+(?:a|one|any)\s+(?:single\s+)?(?:twinge|issue|problem|flare|episode|"
    r"symptom)s?\s+(?:in|for)\s+(?:years|ages|months|(?:\d+|a\s+few|several|many|two|three)\s+(?:years|months))\b|"
    r"\b(?:it'?s|it\s+has|has|it)\s+never\s+(?:come|came)\s+back\b|\bhasn'?t\s+come\s+back\b|"
    # "since I got a pad no issues at all", "fixed my foot position and it's all good now".
    r"\b(?:no|zero)\s+(?:issues|problems|trouble|pain)\s+at\s+all\b(?!\s+(?:until|till|before|then))|"
    r"\b(?:it'?s|its|all)\s+(?:been\s+)?(?:all\s+)?good\s+(?:now|since)\b|"
    # "leaked a bit during pregnancy but that stopped after birth".
    r"\b(?:stopped|went\s+away|cleared|settled)\s+(?:completely\s+|totally\s+)?(?:after|once|with|since)\s+(?:the\s+|my\s+)?"
    r"(?:birth|delivery|baby\s+(?:was\s+|came)|pelvic\s+floor\s+(?:physio|therapy|training|work)|physio)\b|"
    # "that's been gone for years", "back in 2019, gone since".
    r"\b(?:been\s+)?gone\s+(?:for\s+(?:years|ages|months|(?:\d+|many|several|a\s+few)\s+(?:years|months))|(?:ever\s+)?since)\b|"
    r"\b(?:been\s+)?(?:fine|good|pain[\s-]?free|symptom[\s-]?free)\s+(?:ever\s+)?since\b|"
    # "my old back pain from before the break is gone": the old problem named as over.
    r"\b(?:old|previous|earlier|former)\s+(?:\w+\s+){1,6}?(?:is|has)\s+(?:totally\s+|completely\s+|all\s+|long\s+)?gone\b|"
    r"\bbeen\s+(?:totally\s+|completely\s+|100%\s+|perfectly\s+)?(?:fine|good|ok|okay|pain[\s-]?free|symptom[\s-]?free)\s+for\s+"
    r"(?:months|years|ages|a\s+(?:long\s+)?while|(?:\d+|a\s+few|several|many|two|three|four)\s+(?:weeks|months|years))\b"
)
_NOT_QUITE = re.compile(
    r"(?:\bnot|\bnever|n't|\bpartial\w*|\bmostly|\balmost|\bnearly|\bhalf|\bbarely)\s+(?:\w+\s+)?$"
)
_PRESENT = re.compile(
    r"\b(?:now|today|currently|is|are|am|i'?m|hurts?|aches?|feels?|keeps?|has\s+been|have\s+been|since|still)\b"
)
_NOW_AGAIN = re.compile(
    r";|\b(?:now|nowadays|today|tonight|currently|these\s+days|lately|recently|but|though|however|again|yesterday|"
    r"this\s+(?:week|morning|time|session|month)|since\s+(?:the|my|last|this|\w+day))\b"
)
# The bot's own question quoted and answered no: "you asked if it's sharp. no, dull", "you asked if I had a fever, I
# don't". A yes ("you asked if it's sharp - yes") leaves the sign standing.
_ASKED_AND_DENIED = re.compile(
    r"\b(?:you|u)\s+asked\s+(?:me\s+)?(?:if|whether|about)\b[^.!?,;]{0,60}?(?=\s*(?:[,.!?;:-]+|\s+and\b|\s+but\b)\s*(?:no|nope|nah|not|"
    r"i\s+have\s+none|none\s+of\s+(?:that|those|them)|"
    r"i\s+don'?t|i\s+do\s+not|i\s+didn'?t|it'?s\s+not|it\s+isn'?t|it\s+wasn'?t|i\s+haven'?t|never|none)\b)"
)
# Only wh-words: "can't walk, sharp pain" starts like a question but is a report.
# "Is it normal to have back pain and night sweats and a temperature?": the asker's own signs, asked about. Only
# with a red flag named does it count; "is it normal to have sore glutes?" stays a question.
_IS_IT_NORMAL_TO_HAVE = re.compile(
    r"\s*is\s+it\s+(?:normal|ok|okay|bad|common|weird)\s+to\s+(?:have|be\s+having|feel|be\s+feeling|get\s+(?:this|these))\b"
)
_RED_FLAG_WORD = re.compile(
    r"\b(?:fever\w*|temperature|night\s+sweats?|chills|(?:losing|lost|loss\s+of)\s+weight|weight\s+loss|numb\w*|tingl\w*)\b"
)
_IF_MY_REPORT = re.compile(
    r"if\s+my\s+(?:\w+\s+){1,3}?(?:is|are|was|were|feels?|felt|gets?|keeps?)\s+(?:still|always|now|already)\b"
)
# "Is it bad if the pain shoots down my leg when I thrust?", "can I still train if I've had night sweats?": a question
# about going on, asked of the user's own symptom; the "if" clause reports it. "What if I get numbness?" and "if I
# ever..." stay what-ifs, and so does an "if" with no such frame before it ("if my thighs went numb, is that A&E?").
_ASKED_IF_FRAME = re.compile(
    r"\b(?:(?:is|was)\s+(?:it|that|this)|would\s+(?:it|that)\s+be|it'?s)\s+(?:\w+\s+){0,2}?(?:bad|ok|okay|normal|fine|safe|"
    r"serious|worrying|concerning|dangerous|alright|all\s+right|a\s+(?:\w+\s+)?(?:problem|concern|sign|worry|red\s+flag|"
    r"deal|issue))|\b(?:can|could|should|shall|may)\s+i\s+(?:still\s+|keep\s+|continue\s+|carry\s+on\s+)?\w+|"
    r"\bdo\s+i\s+(?:need|have|gotta)\b|\b(?:do|does)\s+(?:it|that)\s+matter|\bworth\s+\w+ing\b"
)
_OWN_IF_CLAUSE = re.compile(
    r"if\s+(?:my|the\s+(?:pain|ache|same|last\s+(?:set|rep|session|workout)|\w+\s+(?:hurts?|aches?|burns?)|"
    r"(?:outside|inside|back|front|side|top|bottom)\s+of\s+my)|this|both|i'?ve|i\s+have|i'?m|i\s+am|i\s+keep|i\s+still|i\s+can'?t|i\s+cannot|"
    r"i\s+couldn'?t|i\s+had|i\s+felt|i\s+get\b(?!\s+(?:\w+\s+){0,6}?(?:in\s+the\s+future|someday|one\s+day|later\s+on))"
    r"(?=[^?]*?\b(?:when|whenever|every\s+time|each\s+time|during|while|after|halfway|at\s+the\s+(?:top|bottom))\b))"
)
# A question told as one after it, with no question mark: "if my legs ever went numb what should i do...just asking".
# A what-if asked without a question mark: "if I ever couldn't pee after training what should I do".
_EVER_WHAT_TO_DO = re.compile(
    r"\s*(?:what\s+if|if)\b[^.!?]{0,60}?\bever\b[^.!?]{0,60}?\bwhat\s+(?:should|do|would|can|must)\s+(?:i|we|you)\s+"
    r"(?:do|tell|say)\b"
)
_JUST_ASKING = re.compile(r"\s*(?:i'?m\s+|i\s+was\s+)?(?:just\s+)?(?:asking|wondering|curious)\b")
_QUESTION_START = re.compile(
    # "asking out of curiosity, what does saddle numbness even mean": the opener, then the question.
    r"\s*(?:(?:asking|question|quick\s+q\w*|(?:just\s+)?curious|(?:out\s+of|for)\s+curiosity)[^,:;.!?]{0,40}[,:;-]\s*)?"
    r"(?:(?:in\s+general|generally|out\s+of\s+interest|btw)\s*,?\s*)?"
    r"(?:what|why|how|which|who)\b"
)
# Asking what a term means or why it matters, as a student or the curious do: "what exactly counts as saddle
# anaesthesia?", "why is it a red flag?", "what does cauda equina mean?".
_DEFINITION_Q = re.compile(
    r"\bwhat\s+(?:exactly\s+|actually\s+)?(?:counts?\s+as|qualifies\s+as|is\s+meant\s+by|is\s+the\s+(?:definition|"
    r"meaning)\s+of|(?:the\s+(?:hell|heck|fuck|f\*+k)\s+|on\s+earth\s+)?(?:do(?:es)?|would|could|might)\s+(?:the\s+term\s+)?[\w\s-]{1,30}?\s+(?:mean|refer\s+to|(?:actually\s+)?(?:feel|look)\s+like)|do\s+(?:you|they|doctors|"
    r"physios|clinicians)\s+mean\s+by)\b|\bwhy\s+(?:is|are)\s+(?:it|that|this|they|[\w\s-]{1,30}?)\s+(?:a|an|"
    r"considered\s+(?:a|an)?)\s*(?:red\s+flags?|emergency|warning\s+signs?)\b|\b(?:define|definition\s+of)\b|"
    r"\bwhy\s+(?:do|does)\s+(?:people|ppl|they|doctors|physios|coaches|folks|everyone|everybody|so\s+many\s+people)\s+"
    r"(?:say|think|tell\s+you|call)\b|"
    r"\bwhat'?s\s+the\s+difference\s+between\b|"
    # A what-if about anyone, said to be one: "hypothetically, if you lost feeling down there mid-set, what would
    # you do?"
    r"\bhypothetically\b[^.!?]{0,20}?\bif\s+(?:you|someone|somebody|a\s+person|one|a\s+lifter)\b|\bhow\s+(?:serious|bad|dangerous)\s+is\s+each\b|"
    # "what's saddle anaesthesia?": a term, with nothing of the user's in it.
    r"\bwhat(?:'s|\s+is|\s+are)\s+(?:a\s+|an\s+)?(?!(?:this|that|these|those|it|wrong|up|happening|going)\b)"
    r"(?:(?!(?:my|me|i|this|that|it|with|wrong|in|on|down|there|here|between|around|after|since|today|now|again|still|"
    r"every|keeps?|getting|going)\b)[\w-]+\s*){1,4}\?"
)
# "What would saddle numbness mean if I ever got it?": the user's own what-if, still a question about the term.
_IF_I_EVER_HAD_IT = re.compile(
    r"\s*(?:if|when)\s+i\s+(?:ever\s+(?:got|get|had|have|developed?|felt)|got|had|developed|felt)\s+(?:it|that|this|one)"
    r"(?:\s+(?:during|while|in|after|at)\s+[\w\s-]{1,30}?)?\s*\??\s*$"
)
_ASKED_WHAT = re.compile(
    r"\b(?:asked|asks|wondered|wonders|asking)\s+(?:me\s+|us\s+)?what\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){1,4}?"
    r"(?:means?|is|are|was)\b|"
    r"\b(?:asked|asks|wondered|wonders|asking)\s+(?:me\s+|us\s+)?what\s+(?:causes?|can\s+cause|leads?\s+to)\s+[^.!?,]{1,50}|"
    r"\b(?:asked|asks|wondered|wonders|asking)\s+(?:me\s+|us\s+)?what\s+(?:red\s+flags?|warning\s+signs?|signs|symptoms)\s+"
    r"[^.!?]{1,60}|"
    r"\b(?:asked|asks|wondered|wonders|asking)\s+(?:me\s+|us\s+)?(?:whether|if)\s+(?!(?:she|he|they|i)\b)(?:[\w-]+\s+){1,6}?"
    r"(?:is|are|was|can\s+be|could\s+be)\s+(?:dangerous|serious|bad|normal|an\s+emergency|a\s+red\s+flag|worrying)\b"
)
# A sign named as a warning sign by someone, with no one's own body in it: "my physio mentioned losing bladder control
# as a warning sign in general", "friend says numbness is a big red flag in lifting".
_SIGN_TALK = re.compile(
    r"\b(?:says?|said|mentioned|mentions|listed|lists|named|called|told\s+(?:me|us))\s+(?:that\s+)?"
    r"(?:(?!\b(?:my|me|i|i'm|im|mine|myself|his|her|he|she|their|they)\b)[^.!?]){1,60}?\b(?:is|are|as|was|were)\s+"
    r"(?:an?\s+|one\s+of\s+the\s+)?(?:big\s+|major\s+|serious\s+|real\s+|huge\s+|classic\s+|key\s+|general\s+)?"
    r"(?:warning|red[\s-]?flag|danger|alarm)(?:\s+signs?|s)?\b|"
    # A list of them: "a handout about red flags like cauda equina and urinary retention".
    r"\b(?:red[\s-]?flags?|warning\s+signs?)\s+(?:like|such\s+as|e\.g\.?|including)\s+"
    r"(?:(?!\b(?:my|me|i|i'm|im|mine|myself|his|her|he|she|their|they)\b)[^.!?]){1,80}"
)
_HAVE_IT = re.compile(
    r"\b(?:i|i've|ive|i'm|im)\s+(?:(?:do|also|kinda|kind\s+of|sort\s+of|definitely|actually)\s+)?(?:have|has|got|get|getting|"
    r"'ve\s+got|feel|feeling|having)\s+(?:it|that|this|them|those|the\s+same)\b|\bwhich\s+i\s+(?:have|get|feel)\b|"
    r"\b(?:that'?s|thats|this\s+is)\s+(?:exactly\s+)?what\s+i\s+(?:have|feel|get)\b|\blike\s+(?:mine|i\s+have)\b"
)
# Whether the lift causes a condition, asked about the lift: "my brother asks if hip thrust cause the incontinence".
_CAUSAL_Q = re.compile(
    r"\b(?:if|whether|does|do|can|could|will|that)\s+(?:the\s+)?(?:hip\s*thrusts?|thrusts?|this\s+exercise|glute\s+bridges?|"
    r"(?:heavy\s+)?(?:bracing|lifting|squatting|deadlifting|squats|deadlifts)|(?:a\s+|the\s+)?(?:lifting\s+)?belts?|valsalva)\s+"
    r"(?:can\s+|could\s+|will\s+|really\s+)?(?:cause|causes|give|gives|lead\s+to|leads\s+to|make)\b"
)
# Someone the question is about; "do I need to see someone if..." names whom to see, not whom it is about.
_GENERIC_SUBJECT = re.compile(
    # "my client's right foot" is one person, the user's client.
    r"(?<!\bsee\s)(?<!\bask\s)(?<!\bto\s)(?<!\bcall\s)(?<!\bby\s)(?<!\bmy\s)(?<!\bour\s)\b(?:people|someone|somebody|anyone|"
    r"lifters|folks|"
    r"beginners|clients?)\b"
)
# "you know when you step off the kerb and there's this zap down your leg? that's me": the user, told as "you".
_YOU_KNOW_WHEN = re.compile(r"\s*(?:(?:yo+u|ya|u)\s+know|y'?know)\s+(?:when|that\s+(?:feeling|thing)|how)\b")
# A report with the "I" left out is still the user's: "had breast cancer years back, now back pain, worth worrying?"
# A question about people, then the user's own: "is it normal to lose feeling in your private parts? mine has been like
# that since yesterday".
_MINE_TOO = re.compile(
    r"\s*(?:and\s+|but\s+|cos\s+|because\s+)?(?:mine\s+(?:has|have|is|are|'s|was|were)\s+(?:been\s+)?(?:like\s+(?:that|this)|the\s+same|"
    r"doing\s+(?:that|this))|(?:same|it'?s\s+the\s+same)\s+(?:here|for\s+me|with\s+me)|i\s+(?:have|'ve\s+got|got)\s+(?:that|this|it)\s+"
    r"(?:now|right\s+now|since|today))"
)
_CLAIM_CHECK = re.compile(
    r"\b(?:is\s+(?:that|this|it)\s+(?:a\s+(?:real\s+)?thing|true|real|legit|a\s+myth|possible)|can\s+(?:that|this|it)\s+(?:really\s+)?"
    r"happen)\s*\?"
)
_FIRST_PERSON_SIGN = re.compile(
    r"\b(?:i\s+(?:have|had|got|feel|felt|can'?t|couldn'?t)|my\s+(?:legs?|groin|bladder|bum|butt))\b"
)
_SUBJECT_DROPPED = re.compile(
    r"\s*(?:had|got|getting|felt|feeling|did|dropped|slipped|fell|woke|been|having|noticed|started|pulled|tweaked)\b"
    r"(?!\s+(?:anyone|someone|somebody|people|you)\b)[^?]*?\bnow\s+(?:\w+\s+){0,3}?(?:pain\w*|hurt\w*|ach\w*|sore\w*|"
    r"numb\w*|tingl\w*)|"
    r"\s*been\s+(?:having|getting|dealing\s+with|struggling\s+with)\b[^?]*?\b(?:pain\w*|hurt\w*|ach\w*|sore\w*|numb\w*|"
    r"tingl\w*|sweats?|fever\w*)"
)

# A statement with a short question tacked on, the texting way: "night sweats and fever plus back pain, coincidence?",
# "hip bones bruised from the bar lol need a pad?", "lower back ache after, went away, is that ok?". The statement
# reports; only the tag asks. One that opens as a question ("does a burn mean it's working, or?") stays a question.
_TAGGED_STATEMENT = re.compile(
    r"\s*(?!(?:what|why|how|which|who|when|where|is|are|am|was|were|do|does|did|can|could|should|would|will|shall|"
    r"may|might|must|has|have|if|any|anyone|someone|somebody|people|ppl|say|suppose|hypothetically|asking|curious|"
    r"(?:out\s+of|for|from)\s+curiosity|just\s+wondering|wondering)\b)"
    r"(?![^?]*\b(?:people|someone|somebody|anyone|lifters|folks|beginners|clients?|you|u)\b)"
    r"[^?]{12,}?(?:(?:,|;|\s+-+|\s+lol|\s+lmao|\s+haha\w*|\s+tbh|\s+ngl)\s+(?:[\w'/]+[\s,]*){1,6}|"
    # "...so its mild right?": a statement with a tag, no comma before it.
    r"\s+(?:right|yeah|eh|innit|correct|isn'?t\s+it))\?+[\s?!.]*$"
)

_SCORE = r"(10|[0-9]|ten|nine|eight|seven|six|five|four|three|two|one|zero)"
_NOT_A_SCORE = r"(?:kg|lbs?|reps?|sets?|days?|weeks?|min\w*|hours?|x\b|%|pack|foot|feet|inch\w*)"
_SEVERITY = re.compile(
    r"\b(10|[0-9]|ten|nine|eight|seven|six|five|four|three|two|one|zero)\s*(?:/|out\s+of|outta|of|from)\s*(?:10|ten)\b|"
    r"\b(?:pain|level|severity)\s+(?:level\s+)?(?:is\s+|at\s+|of\s+|around\s+|about\s+)?(?:a\s+)?(10|[0-9])\b"
    r"(?!\s*(?:kg|lbs?|reps?|sets?|days?|weeks?|min\w*|hours?|x\b|%))|"
    # A score with no scale, tied to a scale or a body part: "on a scale my lower back is like a 6", "it felt like an
    # eight in my back".
    rf"\bon\s+a\s+scale\b[^.!?]{{0,40}}?\b(?:like|about|around|maybe|roughly)\s+an?\s+{_SCORE}\b(?!\s*{_NOT_A_SCORE})|"
    rf"\b(?:felt|feels|feeling|was|is|hurt|hurts|hurting)\s+(?:like\s+)?(?:about\s+|around\s+|maybe\s+)?an?\s+{_SCORE}\s+"
    r"(?:in|on|for)\s+(?:my\s+|the\s+)?(?:lower\s+|low\s+)?(?:back|glutes?|hips?|knees?|neck|hamstrings?)\b"
)
_WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


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


# ---------------------------------------------------------------------------------------------------------
# Text analysis
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Scan:
    """Per-message view: which matches are affirmed, which negated, and where clauses and sentences start."""

    text: str
    clause_starts: tuple[int, ...]
    sentence_starts: tuple[int, ...]
    negation_starts: tuple[int, ...]
    hypothetical_spans: tuple[tuple[int, int], ...]
    # Something read or heard ("I read that...", "saw it in an article about..."), and whether the message says
    # the user has none of it ("I don't have anything like that").
    reported_spans: tuple[tuple[int, int], ...] = ()
    denies_having_it: bool = False
    # A question about what a term means ("what counts as saddle anaesthesia?"): no sign of the user's own.
    definition_spans: tuple[tuple[int, int], ...] = ()
    # A past problem the user says is over ("numbness in 2019, fully checked, resolved completely").
    resolved_spans: tuple[tuple[int, int], ...] = ()

    def _start_of(self, starts: Sequence[int], pos: int) -> int:
        best = 0
        for s in starts:
            if s > pos:
                break
            best = s
        return best

    def clause_start(self, pos: int) -> int:
        return self._start_of(self.clause_starts, pos)

    def sentence_start(self, pos: int) -> int:
        return self._start_of(self.sentence_starts, pos)

    def negated(self, pos: int) -> bool:
        start = self.clause_start(pos)
        return any(start <= n < pos for n in self.negation_starts)

    def hypothetical(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.hypothetical_spans)

    def only_resolved(self, pos: int) -> bool:
        """Set aside only as a past that is over, not as a what-if, a question or something read."""
        resolved = set(self.resolved_spans)
        return any(a <= pos < b for a, b in resolved) and not any(
            a <= pos < b for a, b in self.hypothetical_spans if (a, b) not in resolved
        )

    def resolved(self, pos: int) -> bool:
        """In a past the user says is over, and not said to be back since ("...resolved, but now it's numb again")."""
        return any(a <= pos < b and not self._back_again(b) for a, b in self.resolved_spans)

    def _back_again(self, after: int) -> bool:
        # "any tips so it doesn't come back?" is a what-if, not a return.
        return any(not self.hypothetical(m.start()) for m in _BACK_AGAIN.finditer(self.text, after))

    def reported_and_denied(self, pos: int) -> bool:
        return (self.denies_having_it and any(a <= pos < b for a, b in self.reported_spans)) or any(
            a <= pos < b for a, b in self.definition_spans
        )


_BACK_AGAIN = re.compile(r"\b(?:again|back|return\w*|recurr\w*|came\s+back|start\w*\s+up)\b")


# Nigerian Pidgin words that carry a sign, put into the English the rules know: "I no fit hold my toilet, e dey
# comot by itself" is "can't hold... come out by itself"; "yansh" is the buttocks.
_PIDGIN = (
    (re.compile(r"\bno\s+fit\b"), "can't"),
    (re.compile(r"\bcomot\b"), "come out"),
    (re.compile(r"\byansh\b"), "butt"),
    (re.compile(r"\bnothin\b"), "nothing"),
    # "my waist dey pain me small" is a little lower back pain; "e don calm down" is "it has settled"; the bar that
    # "dey chook my hip bone" digs into it.
    (re.compile(r"\b(my|mi)\s+waist\b"), "my lower back"),
    (re.compile(r"\bdey\s+pain\s+me\s+small\b"), "hurts a little"),
    # "my nyash dey pain me... na muscle pain, e dey reduce": sore buttocks, muscle soreness, easing.
    (re.compile(r"\bnyash\b"), "bum"),
    (re.compile(r"\bdey\s+pain\s+me\b"), "hurts"),
    (re.compile(r"\bdey\s+pain\s+me\s+well\s+well\b(?=[^.!?]{0,60}?\bna\s+muscle\s+pain\b)"), "is very sore"),
    (re.compile(r"\bna\s+muscle\s+pain\b"), "it is just doms"),
    (re.compile(r"\b(?:e|it)\s+dey\s+(?:reduce|calm|go\s+down|ease)\b"), "it is easing"),
    (re.compile(r"\b(?:e|it)\s+don\s+(?:calm|cool|settle)\s+down\b"), "it settled"),
    (re.compile(r"\bdey\s+chook\b"), "digs into"),
    (re.compile(r"\b(?:e|it)\s+don\s+swell\s+small\b"), "it is a little bruised"),
    # Retention: "I wan piss, e no gree come out" is "I want to piss, it won't come out"; "urine no dey come" is
    # "urine won't come". "no" before a verb is Pidgin's "not", which the negation rule would read as a denial.
    (re.compile(r"\bwan\b(?=\s+(?:piss|pee|wee|urinate|shit|poo|go|ease))"), "want to"),
    (re.compile(r"\b(?:e|it)\s+no\s+gree\b"), "it won't"),
    (re.compile(r"\bno\s+gree\b"), "won't"),
    (re.compile(r"\bno\s+(?:dey\s+|wan\s+)?(?=(?:come|flow|pass|comot|commot)\b)"), "won't "),
    # Jamaican Patois: "di bar drop pon mi hip, mi cyaan put any weight pon dat side" is "the bar drop on my hip, I
    # can't put any weight on that side". "mi" is "my" only before a body part (Spanish "mi espalda" agrees).
    (re.compile(r"\bpon\b"), "on"),
    (re.compile(r"\b(?:cyaan|cyaa|kyaan|kyaa|caan)\b"), "can't"),
    (re.compile(r"\bdi\s+(?=(?:bar|barbell|weights?|plates?|bench|pad)\b)"), "the "),
    (
        re.compile(
            r"\bmi\s+(?=(?:lower\s+|left\s+|right\s+)?(?:hips?|hip\s*bones?|back|legs?|foot|feet|knees?|bum|batty|groin|"
            r"side|belly|waist|pelvis|toes?|ankles?)\b)"
        ),
        "my ",
    ),
    (re.compile(r"\bdat\b"), "that"),
)
# Mixed-language messages: an English message whose sign sits in a Spanish, Portuguese, Tagalog, German, French or
# Hindi clause ("no siento cuando tengo ganas de ir al baño", "walang lumalabas", "untenrum nix gespürt"). Each phrase
# is put into the English the rules already know; phrases come before single words, and short words that are English
# too ("im", "e", "sa", "po", "dos") are only translated inside a phrase that cannot be English.
_WORD = Callable[[re.Match[str]], str]
_SIDE = {"esquerda": "left", "esquerdo": "left", "direita": "right", "direito": "right", "izquierda": "left",
         "izquierdo": "left", "derecha": "right", "derecho": "right"}  # fmt: skip
_LIMB = {"perna": "leg", "coxa": "thigh", "pé": "foot", "pierna": "leg", "muslo": "thigh", "pie": "foot"}
_MIXED_LANGUAGE: tuple[tuple[re.Pattern[str], str | _WORD], ...] = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        # Age, said in the user's own language: "j'ai 62 ans", "tengo 62 años", "tenho 62 anos".
        (r"\b(?:j'?ai|tengo|tenho)\s+(\d\d)\s+(?:ans|años|anos)\b", r"i'm \1"),
        # Spanish. Bladder and bowel: "no siento cuando tengo ganas de ir al baño", "no sale nada".
        (r"\bno\s+siento\b", "i can't feel"),
        (r"\bno\s+(?:sentí|senti)\b", "i couldn't feel"),
        (r"\b(?:tengo\s+ganas\s+de|necesito)\s+(?=ir\b|orinar|mear|hacer\b)", "i need to "),
        (r"\bir\s+al\s+baño\b", "go to the toilet"),
        (r"\b(?:orinar|mear|hacer\s+pis)\b", "pee"),
        (r"\b(?:oriné|orine|meé)\b", "i peed"),
        (r"\bvejiga\b", "bladder"),
        (r"\bno\s+(?:me\s+)?sale\s+nada\b", "nothing comes out"),
        (r"\bcuando\b", "when"),
        # Back, numbness, both legs, getting worse, groin, a crack.
        (r"\b(?:la\s+)?espalda\s+baja\b|\b(?:la\s+)?baja\s+espalda\b|\bzona\s+lumbar\b", "my lower back"),
        (r"\bla\s+espalda\b", "my back"),
        (r"\b(?:me\s+)?duele\b", "hurts"),
        (r"\bdolor\b", "pain"),
        (r"\bsiento\b", "i feel"),
        (r"\bcargad[ao]s?\b", "tight"),
        (r"\bse\s+me\s+pasa\b", "it passes"),
        (r"\b(?:entumid[ao]s?|entumecid[ao]s?|dormid[ao]s?|adormecid[ao]s?)\b", "numb"),
        (r"\bhormigue\w*", "tingling"),
        (r"\bd[ée]bil(?:es)?\b", "weak"),
        (r"\b(?:las\s+dos|ambas)\s+piernas\b", "both legs"),
        (r"\b(?:cada\s+hora\s+peor|peor\s+cada\s+hora|empeorando)\b", "getting worse"),
        (r"\bingle\b", "groin"),
        (r"\bahí\s+abajo\b", "down there"),
        (r"\b(?:un\s+)?(?:chasquido|crujido|tronido)\b", "a pop"),
        # Portuguese: "minhas duas pernas tão formigando e fracas", "piorando a cada hora", "deu um estalo".
        (r"\b(?:minhas|as)\s+duas\s+pernas\b|\bambas\s+as\s+pernas\b", "both my legs"),
        (r"\b(?:tão|estão)\s+(?=formig|fracas|dormentes)", "are "),
        (r"\b(?:tá|está)\s+(?=formig|fraca|dormente)", "is "),
        (r"\bformig\w*", "tingling"),
        (r"(?<=tingling)\s+e\s+(?=fracas|fracos)", " and "),
        (r"\bfrac[oa]s\b", "weak"),
        (r"\bdorm[êe]n(?:te|tes|cia)\b", "numb"),
        (r"\bpiorando\b", "getting worse"),
        (r"\ba\s+cada\s+hora\b", "every hour"),
        (r"\b(?:deu\s+)?um\s+estalo\b", "a pop"),
        (r"\bestal(?:o|ou)\b", "pop"),
        (r"\b(?:nas|as|minhas)\s+costas\b", "my back"),
        (r"\bcostas\b", "back"),
        (r"\bbexiga\b", "bladder"),
        (r"\b(?:fazer\s+xixi|xixi|urinar|mijar)\b", "pee"),
        (r"\bnão\s+sai\s+nada\b", "nothing comes out"),
        (r"\bvirilha\b", "groin"),
        (r"\b(?:meu\s+)?posterior(?:es)?\s+de\s+coxa\b", "my hamstring"),
        (r"\b(?:dá\s+)?c[âa]imbras?\b", "cramps"),
        (r"\bna\s+parte\s+de\s+fora\b", "on the outside"),
        # A limb and its side, in either language's order: "minha coxa esquerda" is "my left thigh".
        (
            rf"\b(?:minha\s+|meu\s+|mi\s+)?({'|'.join(_LIMB)})\s+({'|'.join(_SIDE)})\b",
            lambda m: f"my {_SIDE[m.group(2)]} {_LIMB[m.group(1)]}",
        ),
        # Tagalog: "nung umihi ako parang walang lumalabas", "puno na pantog ko", "bumababa hanggang binti ko".
        (r"\bumihi\b", "peed"),
        (r"\b(?:umiihi|ihi)\b", "pee"),
        (r"\b(?:walang|wala\s+ng)\s+(?:lumalabas|lumabas|lalabas)\b|\bayaw\s+lumabas\b", "nothing comes out"),
        (r"\bpuno\s+na\s+(?:ang\s+)?pantog\s+ko\b|\bpuno\s+na\s+(?:ang\s+)?pantog\b", "my bladder is full"),
        (r"\bpantog\b", "bladder"),
        (r"\b(?:ang\s+|grabe\s+)?sakit\s+ng\s+(\w+)\s+ko\b", r"my \1 is sore"),
        # "masakit pa rin kahit rest day" is "still hurts even on a rest day"; "ilang days na" is "for some days now".
        (r"\b(?:masakit|sumasakit)\s+pa\s+(?:rin|din)\b", "still hurts"),
        (r"\bpa\s+(?:rin|din)\b", "still"),
        (r"\bilang\s+(days?|araw)\s+na\b", "for days now"),
        (r"\b(\d+|two|three|four|five)\s+(?:days?|araw)\s+na\b", r"\1 days now"),
        (r"\bkahit\b", "even on"),
        (r"\binayos\s+ko\s+na\b", "i fixed"),
        (r"\bnag\s*-?\s*(lighter|lower)\b", r"went \1"),
        (r"\bbumabalik\b", "comes back"),
        (r"\bnawala\b", "went away"),
        (r"\bparang\s+tusok\b", "like a stab"),
        (r"\b(?:medyo\s+)?ngalay\b", "achy"),
        (r"\bhindi\s+naman\b", "not"),
        (r"\bpero\b", "but"),
        (r"\blang\b", "just"),
        (r"\bkahapon\b", "yesterday"),
        (r"\bmasakit\b", "hurts"),
        (r"\bsakit\b", "pain"),
        (r"\bmanhid\b", "numb"),
        (r"\b(?:nangingilig|ngimay)\b", "tingling"),
        (r"\bmahina\b", "weak"),
        (r"\bdalawang\s+binti\b", "both legs"),
        (r"\b(?:bumababa|umaabot|tumatagos)\s+(?:hanggang|sa)\s+", "goes down to "),
        (r"\bbinti\b", "leg"),
        (r"\bkuryente\b", "electric"),
        # "sa likod ko ramdam yung thrust hindi sa pwet": felt in the back, not in the butt.
        (
            r"\bsa\s+likod\s+ko\s+(?:ramdam|nararamdaman)\s+(?:ko\s+)?(?:yung|ang)\s+(\w+)\s+hindi\s+sa\s+(?:pwet|puwet)\b",
            r"i feel the \1 in my back not in my butt",
        ),
        (r"\blikod\b", "back"),
        (r"\b(?:pwet|puwet)\b", "butt"),
        (r"\b(leg|legs|back|butt|bladder)\s+ko\b", r"my \1"),
        (r"\b(?:goes\s+down\s+to)\s+(leg)\b", r"goes down to my \1"),
        # German: "untenrum nix gespürt, total taub", "so einen Stich im unteren Rücken", "beide Beine kribbeln".
        (r"\b(?:untenrum|untenherum|im\s+intimbereich|im\s+schritt)\b", "down there"),
        (r"\b(?:nix|nichts)\s+(?:gespürt|gefühlt|mehr\s+gespürt)\b", "felt nothing"),
        # "taub" is deaf as well: "auf einem Ohr taub", "mein Opa ist taub" are no numbness.
        (r"\b((?:ohr|ohren)\b[^.!?]{0,30}?)\btaub\b", r"\1deaf"),
        (r"\b(opa|oma|vater|mutter|papa|mama|nachbar\w*|trainer\w*)\s+ist\s+(?:fast\s+|halb\s+)?taub\b", r"\1 is deaf"),
        (r"\btaub\b(?![^.!?]{0,40}\b(?:ohr|ohren|gehör))", "numb"),
        (r"\b(?:im\s+)?unteren\s+rücken\b", "in my lower back"),
        (r"\b(?:mein\s+|der\s+|im\s+)?rücken\b", "my back"),
        (r"\b(?:tut|tun)\s+weh\b", "hurts"),
        (r"\bschmerz(?:en)?\b", "pain"),
        (r"\b(?:einen\s+)?(?:richtigen\s+)?stich\b", "a stab"),
        (r"\bstechend\w*", "stabbing"),
        (r"\bgespürt\b", "felt"),
        (r"\bbeide\s+beine\b", "both legs"),
        (r"\bbeine\b", "legs"),
        (r"\bkribbel\w*", "tingling"),
        (r"\b(?:immer\s+schlimmer|jede\s+stunde\s+schlimmer|stündlich\s+schlimmer)\b", "getting worse"),
        (r"\bpinkeln\b|\bpissen\b", "pee"),
        (r"\b(?:aufs\s+|auf\s+(?:die|der)\s+)?(?:klo|toilette)\b", "the toilet"),
        (r"\bkommt\s+nichts(?:\s+raus)?\b|\bnichts\s+kommt(?:\s+raus)?\b", "nothing comes out"),
        (r"\bharnblase\b|\bblase\b(?=[^.!?]{0,40}\b(?:voll|pinkeln|pee|klo|toilet))", "bladder"),
        (r"\bleiste\b", "groin"),
        (r"\b(?:ein\s+)?knack(?:s|en)?\b", "a crack"),
        (
            r"\b(?:spür'?s|spüre\s+es|spür\s+es)\s+nur\s+vorne\s+im\s+oberschenkel\b",
            "feel it only in the front of my thigh",
        ),
        (r"\boberschenkel\b", "thigh"),
        (r"\bquads\s+brennen\b", "quads burn"),
        (r"\bpo\s+gar\s+nicht\b", "butt not at all"),
        # French: "j'ai une nouvelle douleur en bas du dos", "un peu mal à la nuque", "les deux jambes engourdies".
        (r"\b(?:jamais\s+eu|pas\s+eu)\s+mal\s+au\s+dos\b", "never had back pain"),
        (r"\bmal\s+au\s+dos\b", "back pain"),
        (r"\ben\s+bas\s+du\s+dos\b|\bau\s+bas\s+du\s+dos\b|\bbas\s+du\s+dos\b", "in my lower back"),
        (r"\b(?:j'?ai\s+)?une\s+nouvelle\s+douleur\b", "i have a new pain"),
        (r"\bdouleurs?\b", "pain"),
        (r"\b(?:j'?ai\s+)?un\s+peu\s+mal\s+[àa]\s+la\s+nuque\b", "i have a bit of neck pain"),
        (r"\bmal\s+[àa]\s+la\s+nuque\b", "neck pain"),
        (r"\bnuque\b", "neck"),
        (r"\bles\s+deux\s+jambes\b", "both legs"),
        (r"\bjambes\b", "legs"),
        (r"\bjambe\b", "leg"),
        (r"\b(?:engourdi|endormi)(?:e|s|es)?\b", "numb"),
        (r"\bfourmill\w*|\bdes\s+fourmis\b", "tingling"),
        (r"\bfaibles?\b", "weak"),
        (r"\bde\s+pire\s+en\s+pire\b", "worse and worse"),
        (r"\bvessie\b", "bladder"),
        (r"\b(?:uriner|faire\s+pipi|pipi)\b", "pee"),
        (r"\brien\s+ne\s+sort\b", "nothing comes out"),
        (r"\baine\b", "groin"),
        (r"\b(?:un\s+)?(?:craquement|crac)\b", "a crack"),
        # Hindi (romanised): "kamar ka dard ja hi nahi raha", "10 din ho gaye", "hip bones pe bahut dard".
        (r"\bkamar\b", "lower back"),
        (r"\bsunn\b", "numb"),
        (r"\b(bum|butt|gaand)\s+ke\s+neeche\b", r"under my \1"),
        (r"\b(\d+|das|dus)\s+din\b", r"\1 days"),
        (r"\b(?:ja\s+(?:hi\s+)?nahi\s+raha|nahi\s+ja\s+raha)\b", "won't go away"),
        (r"\b(?:bahut\s+)?dard\s+hota\s+hai\b", "hurts a lot"),
        (r"\bdard\b", "pain"),
        (r"\bneela\s+pad\s+gaya\b", "bruised"),
        (r"(?<=bones)\s+pe\b", " on"),
    )
)
# Numb as a mood, not a body: "the news left me numb", "emotionally numb", "mind-numbing".
_FIGURATIVE_NUMB = re.compile(
    r"\b(?:(?:left|leaves|leaving|leave)\s+me\s+(?:(?:feeling|kind\s+of|kinda|a\s+bit|totally|completely)\s+)?numb|"
    r"emotionally\s+numb|numb\s+(?:with|from)\s+(?:shock|grief|fear|sadness|boredom|the\s+news)|"
    r"mind[\s-]?numb\w*|numbingly|\b(?:brain|mind|head)\s+(?:is\s+|feels\s+|goes\s+|went\s+|gets\s+)?(?:completely\s+|totally\s+)?numb\b|"
    # "the only numbness is my brain after 5 sets".
    r"numb(?:ness)?(?:\s+(?:thing|part|bit|one))?\s+(?:is\s+|was\s+)?(?:in\s+)?(?:my\s+)?(?:brain|mind|head)\b|"
    r"(?<=💪\s)buzz\w*|(?<=🎉\s)buzz\w*|buzz(?:ing|in'?)(?=\s*(?:💪|🎉))|"
    # Buzzing as a mood: "pure buzzin", "I'm buzzing for next week".
    r"(?:pure|well|proper|so|absolutely|totally|dead|really|i'?m|im|am|was|feeling|still)\s+buzz(?:in'?|ing|ed)"
    r"(?!\s+(?:in|down|through|along|on|around|at)\b)|(?:^|(?<=[.!?,]\s))buzz(?:in'?|ing)\b(?=\s*(?:$|[,.!]|for|to|about|after))|"
    r"buzz(?:in'?|ing)\s+(?:for|about)\b)\b"
)


# When the user trains, not when it hurts: "with two kids I train late at night" is a schedule. Night pain is pain
# at night or at rest, so the time of a session is said without the word the night-pain rule listens for.
_TRAINING_AT_NIGHT = re.compile(
    r"\b((?:train(?:s|ed|ing)?|work(?:s|ed|ing)?\s+out|workouts?|lift(?:s|ed|ing)?|gym|sessions?|thrust(?:s|ed|ing)?|"
    r"exercis\w*)(?:\s+[\w']+){0,2}?)\s+(?:late\s+)?(?:at|in\s+the|during\s+the)\s+night\b"
)


# Dialect "me" for "my" (UK, Irish, Australian): "both me legs", "in me lower back than me glutes". Only before a body
# part, and not before an exercise named after one ("showed me glute bridges"). "me back" only where it cannot be the
# adverb ("call me back"): after a verb of hurting or a preposition, or with "lower" or a verb after it.
_ME_BACK_AFTER = (
    "on", "in", "hurt", "hurts", "tweaked", "did", "done", "pulled", "strained", "put", "threw", "twisted", "wrecked",
    "stuffed", "and", "both", "feel", "felt",
)  # fmt: skip
_ME_BODY_PART = re.compile(
    r"\bme\s+(?=(?:lower\s+|low\s+|left\s+|right\s+|poor\s+|whole\s+|two\s+)?(?:legs?|feet|foot|knees?|hips?|glutes?|bum|"
    r"arse|ass|butt|backside|hamstrings?|hammies|quads?|thighs?|calf|calves|neck|shins?|ankles?|toes?|groin|bits|"
    r"(?:lower|low)\s+back)\b(?!\s+(?:bridges?|kickbacks?|thrusts?|day|press|curls?|extensions?|raises?|exercises?|"
    r"workouts?|routines?|drills?|stretch\w*|squats?|machine|of)\b))|"
    # Python's lookbehind is fixed-width: one per word.
    + "".join(rf"(?<=\b{w}\s)me\s+(?=back\b)|" for w in _ME_BACK_AFTER)
    + r"\bme\s+(?=back(?:'s|\s+(?:is|was|has|hurts?|aches?|went|gone|feels?|killing|kills|keeps)\b))"
)
# Scots "no" for "not" before a past participle: "I've no had a pee since last night" is "I haven't had a pee"; left
# alone, the "no" reads as a denial. "oot" is "out" ("nothing comes oot").
# Phonetic spellings and autocorrect slips: "i feel it in my bak more then my bum", "gluts dont feel nuthin", "a
# tinkling feeling down my leg" (tingling), "hamstrings camp up" (cramp), and the double negative "dont have no feelin".
_PHONETIC = tuple(
    (re.compile(pattern), meant)
    for pattern, meant in (
        (r"\bbak\b", "back"),
        (r"\blowerback\b", "lower back"),
        # A "fizzy pump" in the glutes is the pump.
        (r"\bfizz(?:y|ing)\s+pump\b", "pump"),
        (r"\bhipthrust(s|ing)?\b", r"hip thrust\1"),
        (r"\blowr\b", "lower"),
        (r"\bgluts\b", "glutes"),
        (r"\bbut\s+chee?kes?\b", "butt cheeks"),
        (r"\bnuthin\b", "nothing"),
        # Typed in a hurry: "groin went num", "tryd to p after gym", "cant hold my p", "my parts r num", "last yr",
        # "bak pain at nite", "hammy cramps".
        (r"\bnum\b(?!\s*(?:of|reps?|sets?|\d))", "numb"),
        (r"\b(to|can'?t|cant|cannot|couldn'?t|couldnt|need\s+to|have\s+to|gotta|wanna|hold\s+(?:my|in\s+my|the)|for\s+a)\s+p\b"
         r"(?![/.'&])", r"\1 pee"),
        (r"(?<=\w)\s+r\s+(?=(?:numb\w*|tingl\w*|sore|weak|dead|asleep|ok|okay|fine|normal|killing|going|getting|still|so|"
         r"really|very|totally|completely|kinda|bad)\b)", " are "),
        (r"\btryd\b", "tried"),
        (r"\byr\b", "year"),
        (r"\byrs\b", "years"),
        (r"\bnite\b", "night"),
        (r"\bshld\b", "should"),
        (r"\bmy\s+(mate|friend|buddy|partner|wife|husband|sister|brother|client|gf|bf|girlfriend|boyfriend|son|daughter|dad|"
         r"mum|mom)s\s+(?=(?:left\s+|right\s+)?(?:leg|legs|back|foot|feet|thigh|thighs|groin|hip|hips|butt|bum|glutes?|knees?)\b)",
         r"my \1's "),
        (r"\bhamm(?:y|ie)\b", "hamstring"),
        (r"\bhammys\b", "hammies"),
        (r"\bfeelin\b", "feeling"),
        (r"\bmore\s+then\b", "more than"),
        # Voice typing: "more in my lower back then my glutes", "trying to pea for hours", "sigh attica down my leg".
        (r"\b(more|less)\s+((?:in|on|through|into)\s+(?:my|the)\s+(?:\w+\s+){0,2}?)then\s+(?=(?:my|the|in|on)\b)",
         r"\1 \2than "),
        (r"\b(to|can'?t|cannot|cant|couldn'?t|couldnt|could\s+not|need\s+to|have\s+to|go|gotta|wanna)\s+pea\b",
         r"\1 pee"),
        (r"\b(?:sigh|sci|psy|sy|si)\s?(?:attica|atica|attic\s+a)\b", "sciatica"),
        (r"\btinkl(?:ing|ey|y)\s+(?=feeling|sensation|down|in\s+my)", "tingling "),
        (r"\bcamp(s|ed|ing)?\s+up\b", r"cramp\1 up"),
        # Glutes "asleep" are glutes not working, not numb.
        (r"\b(glutes?|butt|bum)\s+(?:are|is|were|was)\s+(?:still\s+|just\s+)?asleep\b", r"\1 are not working"),
        (r"\b(?:don'?t|dont|do\s+not|didn'?t|didnt|ain'?t|aint)\s+(have|has|got|feel)\s+(?=no\b)", r"\1 "),
        # Texting shorthand: "felt smth tear", "lost 10 lbs w/o trying", "sweats n fever", "lil ache", "better w rest".
        (r"\b(?:smth|sth|smthn|somethin|sumthin)\b", "something"),
        (r"\bw/o\b", "without"),
        (r"\bw/(?=\s|\w)|\bw\s+(?=(?:rest|ice|heat|stretch\w*|time|sleep)\b)", "with "),
        (r"(?<=\w)\s+n\s+(?=\w)", " and "),
        (r"\blil\b", "little"),
        # Period pain is its own, known thing, not a training pain: "period cramps today, ok to thrust?".
        (r"\b(period|menstrual|menstruation)\s+(?:cramps?|cramping|pains?)\b", r"\1 days"),
        # The bar pressing on the hip bones, said strongly: "hip bones getting smashed by the bar".
        (r"\b(hips?|hip\s*bones?)\s+(?:are\s+|is\s+)?(?:getting|get|gets|got)\s+(?:smashed|crushed|destroyed|wrecked|"
         r"murdered|mashed|hammered)\s+by\s+the\s+(bar|barbell)\b", r"\1 hurt by the \2"),
        # A worry, not a pain: "I'm scared I'll hurt myself", "afraid of hurting my back".
        (r"\b(scared|afraid|worried|nervous|terrified|paranoid)\s+(?:that\s+)?(?:i'?ll|i\s+will|i\s+might|i'?d|i\s+could|"
         r"of)\s+(?:hurt(?:ing)?|injur(?:e|ing))\s+(?:myself|my\s+back|something)\b", r"\1 about it"),
        (r"\b(scared|afraid|worried|nervous|terrified|paranoid)\s+(?:about|of)\s+(?:getting\s+(?:hurt|injured)|"
         r"hurting\s+(?:herself|himself|myself|themselves)|injur(?:y|ies|ing\s+\w+self))\b", r"\1 about it"),
        # A stretch, not the knees: "did the knees to chest stretch lying down".
        (r"\bknees?[\s-]+to[\s-]+(?:my\s+|the\s+)?chest(?:\s+stretch)?(?:\s+(?:while\s+)?lying\s+(?:down|on\s+(?:my|the)\s+"
         r"(?:back|floor)))?\b", "stretch"),
        # Pain slang: "low back was 'slightly spicy' during thrusts".
        (r"\b((?:lower\s+|low\s+)?back|glutes?|hips?|knees?|neck|hamstrings?)\s+(was|is|felt|feels|got|gets)\s+['\"]?"
         r"(?:slightly\s+|a\s+(?:bit|little|tad)\s+|kinda\s+|kind\s+of\s+)?spicy\b['\"]?", r"\1 \2 a bit achy"),
        # "RIP my glutes" is a joke about soreness, not a rip.
        (r"\brip\s+(?=(?:my|me|the)\s+(?:glutes?|legs?|butt|bum|booty|hamstrings?|quads?|body)\b)", "farewell to "),
        # A rating of the lift, not of pain: "10/10 would thrust again".
        (r"\b10\s*/\s*10\s+would\b", "rated would"),
        # The idiom, about a chore: "pain in the arse finding a free bench", "loading plates is a pain in the neck".
        (r"\b(?:a\s+(?:real\s+|right\s+|total\s+|massive\s+)?)?pain\s+in\s+the\s+(?:arse|ass|butt|bum|backside|neck)\b"
         r"(?=\s+(?:finding|trying|getting|having|waiting|dealing|setting|loading|carrying|to\s+(?:find|get|set|load|carry|"
         r"move|wait))\b)|(?<=\bis\s)(?:a\s+(?:real\s+|right\s+|total\s+|massive\s+)?)pain\s+in\s+the\s+(?:arse|ass|butt|bum|"
         r"backside|neck)\b", "a hassle"),
    )
)
# Internet slang that reads as a denial: "not me losing control of my bladder at the gym 💀" says it happened, and
# "no cap" is "no lie".
_SLANG = tuple(
    (re.compile(pattern), meant)
    for pattern, meant in (
        (r"(?:^|(?<=[.!?]\s)|(?<=[.!?]))\s*not\s+me\s+(?=\w+ing\b)", " me "),
        (r"\bno\s+cap\b", "honestly"),
    )
)
# Clinicians' shorthand, as lifters who work in health write it: "saddle paresth since this AM", "hx breast ca", "LBP",
# "+SLR L", "saddle anaesth + retention", "sensation reduced inner thighs".
_CLINICAL_SHORTHAND = tuple(
    (re.compile(pattern), meant)
    for pattern, meant in (
        (r"\bpar(?:a|ae|e)?sth?(?:s)?\b\.?", "paraesthesia"),
        (r"\bhyp(?:o|a)(?:a|e)?esth\b\.?", "hypoaesthesia"),
        (r"\ban(?:a|ae)?esth\b\.?", "anaesthesia"),
        (r"\bhx\b\.?", "history"),
        (r"\b(breast|prostate|lung|bowel|colon|skin|ovarian|thyroid|kidney|bone)\s+ca\b", r"\1 cancer"),
        (r"\blbp\b", "low back pain"),
        (r"\+\s*slr\b|\bslr\s*(?:pos(?:itive)?\b|\+)|\bpositive\s+slr\b", "positive straight leg raise"),
        (r"\bbilat\b\.?", "bilateral"),
        (r"\b(sensation|feeling)\s+(reduced|decreased|diminished|dulled)\b", r"\2 \1"),
    )
)
# English translated word for word from another language: "it makes me bad in the kidneys" (hurts in the lower
# back), "the back complains", "I have ants in the leg" (tingling), "my leg is sleeping", "the thighs in front
# explode" (the quads), "Ich fühle es im Rücken, not in the Po".
_LITERAL_IDIOMS = tuple(
    (re.compile(pattern), meant)
    for pattern, meant in (
        (r"\b(?:makes?|made|is\s+making|are\s+making)\s+me\s+bad\s+(?:in|on|at)\s+(?:the|my)\s+", "hurts in my "),
        (r"\b(my|the)\s+(\w+)\s+(?:is|are|was|were)\s+making\s+me\s+bad\b", r"\1 \2 hurts"),
        (r"\b(?:in|on)\s+(?:the|my)\s+kidneys\b", "in my lower back"),
        (r"\bi\s+have\s+the\s+(?:sensation|feeling|impression)\s+(?:that\s+)?(?:the|my)\s+(?:kidneys|lower\s+back|back)\s+"
         r"(?:work|works|are\s+working|is\s+working|do\s+the\s+work|does\s+the\s+work)\b",
         "i feel it in my lower back"),
        (r"\bthe\s+kidneys\s+(?=(?:work|works|working|do|doing)\b)", "the lower back "),
        (r"\b(back|neck|knees?|hips?)\s+(still\s+)?(?:complains?|complained|complaining|protests?|protested)\b",
         r"\1 \2hurts"),
        (r"\b(?:have|got|feel|feeling|with)\s+(?:the\s+|some\s+|little\s+)?ants\s+(?=(?:in|on)\s+(?:my|the)\b)",
         "have tingling "),
        (r"\b(legs?|foot|feet|thighs?|toes|calf|calves)\s+(is|are|was|were)\s+(?:still\s+)?sleeping\b",
         r"\1 \2 asleep"),
        (r"\bi\s+have\s+the\s+(legs?|feet|foot)\s+sleeping\b", r"my \1 are asleep"),
        (r"\bthighs?\s+in\s+(?:the\s+)?front\b", "quads"),
        (r"\b(quads?)\s+(?:explode|explodes|exploding|exploded)\b", r"\1 burn"),
        (r"\b(?:the\s+)?(?:butt|bum|booty)\s+(?:does\s+|do\s+)?nothing\b", "the glutes do nothing"),
        (r"\bich\s+f(?:ü|ue|u)hle\s+es\s+(?:im|my)\b", "i feel it in my"),
        (r"\br(?:ü|ue)cken\b", "back"),
        (r"\b(?:im|in\s+the|in\s+den|in\s+my)\s+po\b", "in the glutes"),
    )
)
_SARCASTIC_NOT = re.compile(r"[^.!?\n]{1,80}?(?:\.{2,}|…|,)\s*not\s*[.!]+(?=\s|$)")
_RETRACTED = re.compile(
    r"^\s*([^.!?\n]{1,60}?)(?=(?:[.!?,]+|\s+-\s+)\s*(?:well|actually|nah|sorry|no\s+wait|wait|scratch\s+that)\b[,.]?\s+"
    r"(?:no\b[,.]?\s*)?(?:not\b|more\s+like\b|it'?s\s+not\b|it'?s\s+(?:more|the|just|actually)\b|i'?m\s+(?:being|just)\s+"
    r"(?:dramatic|joking|kidding)|just\s+(?:the|my|one)\b))"
)
# Scots spellings: "ma back's been giein me gyp fir near a fortnight noo, it hasnae settled", "sair", "jist", "daein".
_SCOTS_WORDS = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"\bma\s+(?=(?:lower\s+|low\s+)?(?:back|legs?|feet|knees?|hips?|glutes?|bum|arse|neck|quads?|thighs?|hamstrings?)\b)",
         "my "),
        (r"\bgie(?:in|ing)\s+me\s+gyp\b|\bgiving\s+me\s+gyp\b", "hurting me"),
        (r"\bsair\b", "sore"),
        (r"\bfir\b", "for"),
        (r"\bnoo\b", "now"),
        (r"\bjist\b", "just"),
        (r"\bdaein\b", "doing"),
        (r"\bhee\s+haw\b", "nothing"),
        (r"\bforrit\b", "forward"),
        (r"\b(has|is|was|does|did|could|would|can|will)nae\b", r"\1n't"),
        (r"\bnae\b", "no"),
        (r"\baw\s+(?=the\b)", "all "),
        (r"\b(shootin|nothin|anythin|somethin|mornin|evenin|achin|burnin|limpin|goin)\b", r"\1g"),
    )
)
_SCOTS_NOT = re.compile(
    r"\b(i|we|you|they|he|she|it)(?:('ve|\s+have)|'s|\s+has)\s+no\s+(?=(?:had|been|managed|got|felt|peed|passed|done)\b)"
)
# An effort rating is no pain score: "RPE 9/10", "effort was 9/10 which is what I want", "a 10/10 session". The
# number is replaced so neither the severity reader nor "9/10" as severe pain hears it; "pain 7/10" stays.
_SCORE = r"(?:10|[0-9](?:\.5)?|ten|nine|eight|seven|six|five)"
# Rated things that are not pain: the session, the pump, the programme ("the pump was 10/10", "rate it 10/10").
_RATED = r"(?:session|workout|pump|program\w*|leg\s+day|day|form|technique|vibes?)"
_GLUTE_SCORE = re.compile(
    r"\b((?:felt|feel|feeling|hit|hitting|activated|firing)\s+(?:it\s+|them\s+)?(?:in\s+)?(?:my\s+|the\s+)?"
    r"(?:glutes?|booty|butt|bum))\s+(\d{1,2})\s*(?:/|out\s+of)\s*10\b(?!\s*(?:pain\w*|hurt\w*|sore\w*|ach\w*))"
)
_BURN_SCORE = re.compile(
    r"\b\d{1,2}\s*(?:/|out\s+of)\s*10\s+(burn\w*|pump\w*)\b|\b(burn\w*|pump\w*)\s+(?:at\s+|of\s+|is\s+|was\s+|like\s+)?(?:an?\s+)?"
    r"\d{1,2}\s*(?:/|out\s+of)\s*10\b"
)
_PART_SCORE = re.compile(
    r"\b((?:lower\s+|low\s+)?back|glutes?|hips?|neck|knees?|hamstrings?)(?:'s|\s+is|\s+was|\s+at|\s+sits?\s+at)\s+"
    r"(?:like\s+|about\s+|around\s+|maybe\s+|still\s+|a\s+|an\s+|~)*([1-9]|10)\s*/\s*10\b"
)
_BARE_PART_SCORE = re.compile(
    r"\b((?:lower\s+|low\s+)?back|neck|knees?)\s+(?:like\s+|about\s+|around\s+|~)?([1-9]|10)\s*/\s*10\b"
)
_SCORE_IN_PART = re.compile(
    r"\s+(?:about\s+|like\s+|around\s+|maybe\s+|roughly\s+)?an?\s+(10|[1-9])\s+(?=in\s+(?:my|the)\s+(?:lower\s+|low\s+)?(?:back|"
    r"glutes?|hips?|neck|knees?|hamstrings?)\b)"
)
_EFFORT_SCORE = re.compile(
    rf"\b(rpe|rir|effort|exertion|difficulty)\s*(?:(?:level|rating|was|is|of|at|around|about|like|honestly|easily|"
    rf"solid|a|an)\s+|[:=-]\s*){{0,4}}{_SCORE}(?:\s*(?:/|out\s+of|outta)\s*10)?\b(?!\s*(?:kg|kgs|lbs?|reps?|%))|"
    rf"\b{_SCORE}\s*(?:/|out\s+of|outta)\s*10\s+(effort|rpe|{_RATED})\b|"
    rf"\b({_RATED}|rate[sd]?|rating)\s+(?:(?:was|is|were|it|this|that|the|my|a|an|solid|easily|honestly|like|today)\s+){{0,3}}"
    rf"{_SCORE}\s*(?:/|out\s+of|outta)\s*10\b(?!\s*(?:pain\w*|hurt\w*|sore\w*|ach\w*|agony|in\s+(?:my|the)))"
)


# Voice dictation spells the punctuation out: "question comma I was in the bath ... period". Only a message that says
# "comma" or "question mark" is dictated; then "period" and "full stop" are sentence ends too ("my period" stays).
_DICTATED = re.compile(r"\b(?:comma|question\s+mark|exclamation\s+(?:mark|point)|full\s+stop)\b")
_SPOKEN_MARKS = (
    (re.compile(r"\s*\bcomma\b"), ","),
    (re.compile(r"\s*\bquestion\s+mark\b"), "?"),
    (re.compile(r"\s*\bexclamation\s+(?:mark|point)\b"), "!"),
    (re.compile(r"\s*\b(?<!my\s)(?<!her\s)(?<!a\s)(?:period|full\s+stop)\b(?!\s+(?:pain|cramps?))"), "."),
    (re.compile(r"\s*\bnew\s+(?:line|paragraph)\b"), "\n"),
)


# "this workout absolutely killed me", "leg day destroyed me": how hard it was.
_WORKOUT_KILLED_ME = re.compile(
    r"\b(workout|session|class|leg\s+day|set|day|program|block)\s+(?:absolutely\s+|totally\s+|literally\s+|properly\s+)?"
    r"(?:killed|destroyed|wrecked|murdered|ruined|demolished|annihilated|bodied)\s+me\b"
)
# "I'm dead lol" after a workout: worn out.
_I_AM_DEAD = re.compile(
    r"\b(i'?m|im|i\s+am)\s+(?:literally\s+|so\s+|actually\s+|just\s+)?dead\b(?=\s*(?:$|[.!,]|lol|haha|😂|💀))"
)
_HIT_BY_SIMILE = re.compile(
    r"\b(?:feel|feels|felt|feeling|look|looks|looked|looking)\s+like\s+(?:(?:i'?ve|they'?ve|i|they|it|we|my\s+\w+|\w+)\s+)?"
    r"(?:(?:got|was|were|'ve\s+been|have\s+been|been|just\s+got)\s+)?(?:hit|run\s+over|ran\s+over)\s+by\s+a\s+"
    r"(?:bus|truck|train|lorry|tank|freight\s+train|car)\b|"
    # "my hip bones look like i fell off a skateboard".
    r"\b(?:look|looks|looked)\s+like\s+(?:i|they|i'?ve|we)\s+(?:fell|fallen|came)\s+off\s+a\s+(?:skateboard|bike|horse|motorbike|"
    r"scooter|ladder|roof)\b"
)
_FORM_DENIAL = re.compile(
    r"\b(numbness|tingling|pins\s+and\s+needles|bladder|bowels?|bladder/bowel|fever|weakness|leg\s+pain|sharp\s+pain)"
    r"\s*(?::|=|-)\s*(?:none|no|nope|nil|negative|nothing|n/?a|zero)\b"
)
_FORM_SEVERITY = re.compile(
    r"\b(?:how\s+bad|severity|pain\s+level|pain\s+score)\s*(?::|=|-)\s*(10|[0-9])\b(?!\s*(?:/|out\s+of))"
)
_DEAD_FROM_WORK = re.compile(
    r"\b(legs?|quads|hamstrings|glutes|thighs)\s+(feel|felt|are|were|is|feels)\s+(?:\w+\s+)?"
    r"dead\s+(?=(?:after|from)\s+(?:\d+\s+sets|(?:the|my|a|that|today'?s|this)\s+(?:session|workout|sets?|leg\s+day|class)|"
    r"leg\s+day|training|squats|thrusts|hip\s+thrusts)|"
    # "legs feel dead in the good way", "dead (but the good kind)".
    r"(?:in\s+(?:a|the)\s+good\s+way|(?:but\s+)?(?:the\s+)?good\s+kind|(?:but\s+)?in\s+a\s+good\s+way))"
)


# The triage, the safety net's ceiling and the sign-word check all read the same message: its ~60 substitutions
# (dialect, other languages, dictation) run once.
@lru_cache(maxsize=1024)
def _normalise(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"\bcan\s+not\b", "cannot", text)
    # How hard the work was, in a workout's hyperbole: "leg day destroyed me", "I'm dead lol".
    text = _WORKOUT_KILLED_ME.sub(r"\1 was very hard", text)
    text = _I_AM_DEAD.sub(r"\1 exhausted", text)
    # Soreness in a simile: "my glutes feel like they got hit by a truck" is no collision.
    text = _HIT_BY_SIMILE.sub("are very sore", text)
    # Answers in a form's shape: "numbness: none", "bladder - no" deny the sign.
    text = _FORM_DENIAL.sub(r"no \1", text)
    text = _FORM_SEVERITY.sub(r"pain \1/10", text)
    # "legs feel dead after 5 sets": worn out by the work, not numb.
    text = _DEAD_FROM_WORK.sub(r"\1 \2 tired ", text)
    # Swearing typed with stars: "I sh*t myself" is what it says.
    text = re.sub(r"\bsh[*#@!]+t\b|\bs[*#@]{2}t\b", "shit", text)
    text = re.sub(r"\bd[*#@!]+ck\b", "dick", text)
    text = re.sub(r"\bp[*#@!]+ss(?=\w*\b)", "piss", text)
    if _DICTATED.search(text):
        for spoken, mark in _SPOKEN_MARKS:
            text = spoken.sub(mark, text)
    for foreign, english in _MIXED_LANGUAGE:
        text = foreign.sub(english, text)
    text = _ME_BODY_PART.sub("my ", text)
    for scots, english in _SCOTS_WORDS:
        text = scots.sub(english, text)
    text = _SCOTS_NOT.sub(lambda m: f"{m.group(1)} {'haven' if m.group(2) else 'hasn'}'t ", text)
    text = re.sub(r"\boot\b", "out", text)
    for written, meant in _PHONETIC:
        text = written.sub(meant, text)
    # An opening the user takes back at once: "sharp pain. well, not sharp, more like a dull ache", "both legs numb!!
    # nah I'm being dramatic, both hamstrings cramped". What follows the correction is the report.
    text = _RETRACTED.sub(lambda m: " " * len(m.group(1)) + m.group(0)[len(m.group(1)) :], text, count=1)
    # A statement taken back with a sarcastic "NOT": "oh yeah my back totally hurts... NOT. felt it in the glutes".
    text = _SARCASTIC_NOT.sub(lambda m: " " * len(m.group(0)), text)
    # Training-log shorthand: "LBP" is lower back pain, "HT" the hip thrust, "62 y.o." an age.
    text = re.sub(r"\blbp\b", "lower back pain", text)
    text = re.sub(r"\bhts?\b", "hip thrusts", text)
    text = re.sub(r"\b(\d{2})\s*y\.\s*o\.?", r"\1 yo", text)
    # Which rep of the set, not a score: "back not glutes on reps 8-10 of 10".
    text = re.sub(r"\b(reps?|sets?)\s+(\d+(?:\s*-\s*\d+)?)\s+of\s+\d+\b", r"\1 \2", text)
    text = _EFFORT_SCORE.sub(lambda m: f"{m.group(1) or m.group(2) or m.group(3)} rated", text)
    # How well the glutes worked, out of ten: "felt it in my glutes 10/10 this time" is no pain score.
    text = _GLUTE_SCORE.sub(r"\1 \2 rated", text)
    # A burn or pump out of ten is how hard the set was: "glutes at an 8/10 burn, love it", "quads ~8/10 burn".
    text = _BURN_SCORE.sub(lambda m: f"{m.group(1) or m.group(2)} rated", text)
    # A body part given a number is a pain score: "my back is 4/10", "lower back is like a 5/10 at night".
    text = _PART_SCORE.sub(r"\1 hurts \2/10", text)
    # A training log's shorthand: "low back 3/10 on last reps".
    text = _BARE_PART_SCORE.sub(r"\1 hurts \2/10", text)
    # A bare number where the pain sits: "it was about a 6 in the lower back while doing them".
    text = _SCORE_IN_PART.sub(r" hurt \1/10 ", text)
    for pattern, english in (*_PIDGIN, *_SLANG, *_LITERAL_IDIOMS, *_CLINICAL_SHORTHAND):
        text = pattern.sub(english, text)
    text = _FIGURATIVE_NUMB.sub("stunned", text)
    text = _TRAINING_AT_NIGHT.sub(r"\1 in the evening", text)
    # "I can't thrust without pain" reports pain; drop the "without" so it is not read as a negation.
    text = re.sub(r"\b(can'?t|cannot|couldn'?t)\b([^.!?,;]{0,60}?)\bwithout\b", r"\1\2with", text)
    return re.sub(r"[ \t]+", " ", text)


def _clause_end(sentence: str, pos: int) -> int:
    stop = re.compile(r"[,;]|\s(?:and|but)\s").search(sentence, pos)
    return stop.start() if stop else len(sentence)


def _scan(text: str) -> _Scan:
    clause_starts = sorted({0, *(m.end() for m in _CLAUSE_BREAK.finditer(text))})
    sentence_bounds = [0, *(m.end() for m in _SENTENCE_BREAK.finditer(text))]
    hypothetical: list[tuple[int, int]] = []
    what_ifs: list[tuple[int, int]] = []
    asked: list[tuple[int, int]] = []  # questions about the topic, not the user's own
    reported: list[tuple[int, int]] = []
    definitions: list[tuple[int, int]] = []
    for i, start in enumerate(sentence_bounds):
        end = sentence_bounds[i + 1] if i + 1 < len(sentence_bounds) else len(text)
        sentence = text[start:end]
        if not sentence.strip():
            continue
        for m in _REPORTED.finditer(sentence):
            stop = _REPORTED_END.search(sentence, m.end())
            reported.append((start + m.start(), start + (stop.start() if stop else len(sentence))))
        is_question = (
            sentence.rstrip().endswith("?")
            or bool(_QUESTION_START.match(sentence))
            or bool(_JUST_ASKING.match(text, end))
            or bool(_EVER_WHAT_TO_DO.match(sentence))
        )
        ask = _DEFINITION_Q.search(sentence) if is_question else None
        if ask and (not _FIRST_PERSON.search(sentence, ask.end()) or _IF_I_EVER_HAD_IT.match(sentence, ask.end())):
            definitions.append((start + ask.start(), end))
        # Someone asked the user what a term means: "my client asked what saddle numbness means".
        for m in _ASKED_WHAT.finditer(sentence):
            definitions.append((start + m.start(), start + _next_but(sentence, m.end())))
        for m in _SIGN_TALK.finditer(sentence):
            # "...is a red flag and I have it right now" is the user's own sign.
            if not _HAVE_IT.search(text, start + m.end()):
                definitions.append((start + m.start(), start + m.end()))
        # A claim heard and asked about: "my sister heard hip thrusts can make you go numb down there, is that a thing?"
        if _CLAIM_CHECK.search(sentence) and _REPORTED.search(sentence) and not _FIRST_PERSON_SIGN.search(sentence):
            definitions.append((start, end))
        causal = _CAUSAL_Q.search(sentence)
        # The asker's clause only: "...cause the incontinence, I told him no" has the user answer, not report.
        if causal and not _FIRST_PERSON.search(sentence, causal.end(), _clause_end(sentence, causal.end())):
            definitions.append((start + causal.start(), start + _next_but(sentence, causal.end())))
        marker = _HYPOTHETICAL.search(sentence)
        bare_if = marker is not None and marker.group(0) == "if"
        # "is it DOMS if my lower back is still stiff the morning after?": the "if" clause is the user's report.
        if bare_if and marker is not None and (
            _IF_MY_REPORT.match(sentence, marker.start())
            or (_ASKED_IF_FRAME.search(sentence, 0, marker.start()) and _OWN_IF_CLAUSE.match(sentence, marker.start()))
        ):
            marker = None
        # "if I go heavy my back hurts" is a report; "if I get numbness should I stop?" is not.
        if marker and (not bare_if or is_question):
            cut = _next_but(sentence, marker.end())
            hypothetical.append((start + marker.start(), start + cut))
            what_ifs.append((start + marker.start(), start + cut))
        elif (
            is_question
            and (not _FIRST_PERSON.search(sentence) or _GENERIC_SUBJECT.search(sentence))
            and not _SUBJECT_DROPPED.match(sentence)
            and not _YOU_KNOW_WHEN.match(sentence)
            and not _TAGGED_STATEMENT.match(sentence)
            and not (_IS_IT_NORMAL_TO_HAVE.match(sentence) and _RED_FLAG_WORD.search(sentence))
            and not _MINE_TOO.match(text, end)
        ):
            hypothetical.append((start, end))
            asked.append((start, end))
    negations = tuple(m.start() for m in _NEGATION.finditer(text))
    denies = bool(_DENIES_HAVING_IT.search(text))
    if denies:
        # "Is numbness in the groin something that can happen with hip thrusts? I don't have it": asked about, denied.
        reported += what_ifs + asked
    others = _other_people(text, sentence_bounds)
    own_all_clear = any(not any(a <= m.start() < b for a, b in others) for m in _SELF_FINE.finditer(text))
    # "my mate had leg numbness last year, he's fine now": someone else's problem, over, is no report of the user's.
    their_all_clear = any(any(a <= m.start() < b for a, b in others) for m in _OTHER_FINE.finditer(text))
    # Their sign told as history, with the user fine, is background ("my buddy had to go to A&E last year... I'm fine
    # myself"); told as theirs now, relayed for them, it is a report: "I'm fine myself, but my training partner says
    # he's lost feeling between his legs", "I'm fine, but my client's back still aches three days after thrusts".
    relayed_now = [(a, b) for a, b in others if _RELAYED_NOW.search(text, a, b) and not _THEIR_PAST.search(text, a, b)]
    # Their sign already in care, long known, in the past or asked about only to avoid it: "I've sent her to her
    # neuro", "she's getting it checked", "he's diabetic", "my mate dropped the bar on his hips last week", "my friend
    # dislocated her hip doing thrusts. how do I avoid that?". Background to the user's own question.
    handled = [
        (a, b)
        for a, b in others
        if _THEIR_CARE.search(text, a, _sentence_end(text, sentence_bounds, a))
        or (_THEIR_BEFORE.search(text, a, b) and not _ONGOING.search(text, a))
        or (_THEIR_CHRONIC.search(text, a, _sentence_end(text, sentence_bounds, a)) and not _THEIR_NEW.search(text, a))
        or _AVOID_THAT.search(text, b)
    ]
    if handled:
        reported += handled
        denies = True
    if others and (their_all_clear or (own_all_clear and len(relayed_now) < len(others))):
        reported += [span for span in others if their_all_clear or span not in relayed_now]
        denies = True
    elif others and denies:
        # "she talks about sciatica all the time... I have none of that": their talk, not the user's. An emergency
        # sign of theirs still counts ("asking for my partner, not me: he couldn't pee at all").
        hypothetical += [span for span in others if span not in relayed_now]
    resolved = _resolved_past(text, sentence_bounds, clause_starts)
    hypothetical += resolved
    hypothetical += [m.span() for m in _ASKED_AND_DENIED.finditer(text)]
    # Their history is background, unless the message goes on to their pain now: "my client had breast cancer 5 years
    # ago and now mentions new low back pain", "had a car accident last month... her back still hurts".
    hypothetical += [m.span() for m in _OTHER_HISTORY.finditer(text) if not _their_pain_after(text, m.end())]
    return _Scan(
        text=text,
        clause_starts=tuple(clause_starts),
        sentence_starts=tuple(sentence_bounds),
        negation_starts=negations,
        hypothetical_spans=tuple(hypothetical + reported + definitions),
        reported_spans=tuple(reported),
        denies_having_it=denies,
        definition_spans=tuple(definitions),
        resolved_spans=tuple(resolved),
    )


def _sentence_end(text: str, bounds: Sequence[int], pos: int) -> int:
    return next((b for b in bounds if b > pos), len(text))


_TOLD_ME = re.compile(r"\b(?:tells?|told|asked|asks|texted|texts|messaged|showed|said\s+to|says\s+to|warned)\s+$")


def _other_people(text: str, bounds: Sequence[int]) -> list[tuple[int, int]]:
    """From someone else named as the subject to the user's own words or the end of the sentence."""
    spans: list[tuple[int, int]] = []
    for m in _OTHER_PERSON.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        end = _sentence_end(text, bounds, m.start())
        for own in _OWN_WORD.finditer(text, m.end(), end):
            if own.group(0) == "my" and _OTHER_PERSON.match(text, own.start()):
                continue
            # "my client tells me his back...": the user as the one told, not a subject of their own.
            if own.group(0) == "me" and _TOLD_ME.search(text, m.end(), own.start()):
                continue
            end = own.start()
            break
        spans.append((m.start(), end))
    return spans


def _resolved_past(text: str, bounds: Sequence[int], clause_starts: Sequence[int]) -> list[tuple[int, int]]:
    """Spans about a past problem the user says is over: from the clause naming when to where "now" starts."""
    spans: list[tuple[int, int]] = []
    for done in _RESOLVED.finditer(text):
        if _NOT_QUITE.search(text, max(0, done.start() - 25), done.start()):
            continue
        sentence = max(b for b in bounds if b <= done.start()) if bounds else 0
        end = _sentence_end(text, bounds, done.start())
        when = _LONG_AGO.search(text, sentence, end)
        if when is None and sentence > 0 and not _PAIN_WORD.search(text, sentence, done.start()):
            # When it was, said just before: "remember last month when my back was tight? it's been fine for 3 weeks".
            earlier = max(b for b in bounds if b < sentence)
            when = _LONG_AGO.search(text, earlier, sentence)
            sentence = earlier if when else sentence
        if when is None:
            continue
        first = min(when.start(), done.start())
        start = max(c for c in clause_starts if c <= first)
        # "fell and broke my hip 3 years ago" is all past; "my back hurts and I had sciatica..." starts in the present.
        if not _PRESENT.search(text, sentence, start):
            start = sentence
        now = _NOW_AGAIN.search(text, done.end(), end)
        spans.append((start, now.start() if now else end))
    return spans


def _next_but(sentence: str, pos: int) -> int:
    """A "but" ends a what-if: "how do I avoid pain? but my back already aches" reports the ache."""
    m = re.compile(r"\b(?:but|though|although|however|anyway|already)\b").search(sentence, pos)
    return m.start() if m else len(sentence)


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


def _pain_flags(scan: _Scan, locations: list[tuple[int, Location]]) -> set[Flag]:
    """Pair each affirmed pain word with the body part it is about, nearest in its clause or sentence."""
    flags: set[Flag] = set()
    text = scan.text
    bar = bool(_BAR_WORDS.search(text))
    for m in _PAIN_WORD.finditer(text):
        pos = m.start()
        if scan.negated(pos) or scan.hypothetical(pos):
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
    cramp = word.startswith(("cramp", "spasm"))
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
        if kind == "sore":
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


def _feeling_falls_by_numbers(text: str) -> bool:
    found = _LEG_MEASURE.search(text)
    if found is None:
        return False
    values = [int(v) for v in _PERCENT.findall(text, found.end(), found.end() + 120)]
    return len(values) >= 3 and all(a > b for a, b in itertools.pairwise(values)) and values[-1] < 90


def _numbness_denied_in(scan: _Scan, m: re.Match[str]) -> bool:
    # Up to the end of the sentence: "not numb but tingling" still has a sign after the denial.
    text = scan.text
    words = list(_TRUE_NUMB.finditer(text, m.start(), _sentence_end(text, scan.sentence_starts, m.end())))
    return bool(words) and all(w.group(0).startswith("numb") and _denied_just_before(text, w.start()) for w in words)


# "not numb", "no pain": the word itself denied, right before it (the clause-wide negation is scan.negated).
_DENIED_JUST_BEFORE = re.compile(r"\b(?:no|not|never|without|zero|nil|isn'?t|aren'?t)\s+$")


def _denied_just_before(text: str, pos: int) -> bool:
    return bool(_DENIED_JUST_BEFORE.search(text, max(0, pos - 12), pos))


def _both_legs_by_parts(scan: _Scan) -> bool:
    return _spreads_to_other_leg(scan) or _legs_fail_both(scan) or _both_referred(scan)


def _blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


# One message is read by the coach, the safety net's three layers and the sign-word check: about four readings of
# the same text per update, so the findings (immutable) are kept for the last messages seen.
@lru_cache(maxsize=1024)
def _analyse(raw: str) -> _Findings:
    text = _normalise(raw)
    scan = _scan(text)
    flags: set[Flag] = set()
    negated: set[Flag] = set()
    old_leaks = [m.span() for m in _OLD_STRESS_LEAK.finditer(text)]
    old_symptoms = [m.span() for m in _OLD_SYMPTOM.finditer(text)]
    trained_for = [
        m.span() for p in (_TRAINED_FOR, _PREGNANCY_TIME, _PLANNED_TIME, _TIME_OFF) for m in p.finditer(text)
    ]
    not_signs = [m.span() for m in _NOT_A_SIGN.finditer(text)]
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
                if flag is Flag.NOT_SUBSIDING and any(a <= m.start() < b for a, b in trained_for):
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
    flags |= _pain_flags(scan, locations)
    if flags & _NUMBNESS_FLAGS and _glutes_not_working(text):
        flags -= {Flag.SADDLE_NUMBNESS, Flag.LEG_NUMBNESS_TINGLING}
    if _control_loss(scan):
        flags.add(Flag.BLADDER_BOWEL)
    if _pain_logged_for_days(text):
        flags.add(Flag.NOT_SUBSIDING)
    if _feeling_falls_by_numbers(text):
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
    if (
        negated
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
    unique_locations = tuple(dict.fromkeys(loc for _, loc in locations))
    return _Findings(frozenset(flags), frozenset(negated - flags), unique_locations, severity)


_FEEL_GOOD = re.compile(
    r"\b(?:feel|feels|feeling|felt)\s+(?:really\s+|totally\s+)?(?:great|fresh|fine|good|amazing|strong|normal|100%)"
)
_NUMBNESS_FLAGS = frozenset({Flag.LEG_NUMBNESS_TINGLING, Flag.SADDLE_NUMBNESS, Flag.BOTH_LEGS})
_NOT_WORSENING = re.compile(
    r"\b(?:not|isn'?t|aren'?t|hasn'?t\s+been|haven'?t\s+been|never|no\s+longer)\s+(?:really\s+|at\s+all\s+)?"
    r"(?:getting\s+worse|worse|spreading|progressing|getting\s+weaker|getting\s+number)\b$"
)
# A body part named to say it is fine: "legs feel fine", "my back is totally ok", "knees are good".
_FINE_PART = re.compile(
    r"[\w\s]{0,20}?\b(?:doesn'?t|don'?t|does\s+not|do\s+not|isn'?t|aren'?t)\s+(?:hurt\w*|ache|sore|aching)\b|"
    r"[\w\s]{0,30}?\b(?:feels?|felt|is|are|was|were|seems?|'s|'re)\s+(?:totally\s+|completely\s+|perfectly\s+|"
    r"absolutely\s+|100%\s+|all\s+)?(?:fine|ok|okay|good|great|normal|strong|grand|solid)\b(?!\s+(?:until|till|but|except))"
)

# "quads do all the work, my bum feels nothing": the glutes are not working, not numb. Another muscle named as
# taking over makes "feel nothing" about activation, unless a real numbness word or the groin is named as well.
_OTHER_MUSCLE_WORKS = re.compile(
    rf"(?:{_QUAD_WORD}|\b(?:hamstrings?|hammies|hams|{_BACK_WORD}|thighs?)\b)[^.!?]{{0,20}}?\b(?:(?:are|is)\s+)?"
    r"(?:do(?:es|ing)?\s+(?:all\s+|most\s+)?(?:of\s+)?the\s+work|tak(?:e|es|ing)\s+over|do(?:es|ing)?\s+everything|"
    r"work(?:s|ing)?\s+(?:harder|more)|tak(?:e|es|ing)\s+(?:all\s+)?the\s+load|"
    # The other muscle burning is it doing the work: "quads on fire and glutes feel nothing".
    r"burn\w*|on\s+fire|lit\s+up|screaming|cooked|toast\w*|🔥)"
)
_TRUE_NUMB = re.compile(
    r"\b(?:num+b(?!er)\w*|numnes+|tin?g+(?:l|el|gl)\w*|pins?\s*(?:and|&|n)\s*needles|asleep|dead|prickl\w*|"
    # "a touch more stiff" is a little, not the sense of touch.
    # "wiped out" is tired, not wiping.
    r"cotton|cardboard\w*|an(?:a|ae)?esthe\w*|novo?caine|dentist|skin|(?<!\ba\s)touch|wip\w*(?!\s+out\b)|toilet|paper)\b"
)


def _glutes_not_working(text: str) -> bool:
    return bool(_OTHER_MUSCLE_WORKS.search(text)) and not _TRUE_NUMB.search(text) and not re.search(
        rf"\b{_SADDLE_CORE}\b", text
    )

# Bladder and bowel control by co-occurrence rather than by phrase: any word for what leaves the body (or where it
# goes) in the same sentence as any word for losing control of it. The phrase rules above keep missing new wordings
# ("not able to hold the stool, it come out without control"); two small vocabularies pair up into far more of them.
_EXCRETA = re.compile(
    rf"\b(?:pee(?:s|d|ing)?|wee(?:s|d|ing)?(?!\s+(?:bit|accident|while|one|thing|tad|problem|issue|twinge|niggle|mishap|moment|fall|slip))|urin\w*|bladd?e?r|piss\w*|{_TOILET_PLACE}|"
    r"stools?|poo(?:s|p|ps|ped|ping|ing)?|bowels?|fa?eces|number\s+(?:one|two|1|2)|no\.?\s*2|#\s*2|potty|waterworks|"
    # Slang: "bursting for a slash", "need a wazz", "take a dump".
    r"(?:a|for\s+a)\s+(?:slash|wazz|whizz|tinkle|piddle|jimmy(?:\s+riddle)?|dump|crap)|tinkle|piddl\w*)\b"
)
# Words that are about losing control whatever they sit next to in the sentence.
_CONTROL_LOST = re.compile(
    r"\b(?:without\s+(?:any\s+)?(?:control|warning|feeling\s+it|knowing|noticing)|(?:no|zero)\s+warning(?!\s+(?:signs?|lights?|symptoms?))|"
    r"(?:no|zero|lost|los(?:e|ing|s\s+of))\s+"
    r"(?:all\s+|the\s+)?control|out\s+of\s+control|(?:didn'?t|did\s+not|don'?t|not|couldn'?t)\s+make\s+it|"
    r"(?:came|come|comes|coming|went|goes)\s+out\s+(?:by|on\s+its|alone|itself|without|before)|by\s+itself|"
    r"on\s+(?:its|it'?s)\s+own|accidents?|leak\w*|dribbl\w*|soil\w*|messed\s+(?:myself|my)|"
    r"(?:didn'?t|did\s+not|don'?t|do\s+not|not|never|can'?t|cant|cannot|couldn'?t)\s+(?:even\s+|really\s+)?"
    r"(?:feel|notic\w*|realis\w*|realiz\w*|sense)\s+(?:it|when|that|anything|the\s+urge)|"
    # "never felt I needed to go", "didn't realise I needed a number two until it was already happening".
    r"(?:didn'?t|did\s+not|don'?t|do\s+not|not|never|can'?t|cant|cannot|couldn'?t)\s+(?:even\s+|really\s+)?"
    r"(?:feel|felt|notic\w*|realis\w*|realiz\w*|sense|know|knew)\s+(?:that\s+)?i\s+(?:needed|need|had|have|was\s+going)\s+to\b|"
    r"until\s+(?:it\s+was|it'?s|it\s+is|it\s+had)\s+(?:already\s+)?(?:happening|coming\s+out|out|too\s+late|started)|"
    # The urge not felt, in any tense: "haven't felt the need to pee all day although I drank 3 litres". Less often
    # during training is no loss: "don't feel the need to pee as often mid-set since I cut the coffee".
    r"(?:don'?t|do\s+not|doesn'?t|didn'?t|never|no\s+longer|can'?t|cannot|haven'?t|hasn'?t|have\s+not|has\s+not|"
    r"not)\s+(?:really\s+|even\s+|properly\s+|once\s+|yet\s+)?"
    r"(?:get|got|gotten|feel|felt|have|had|notice|noticed|sense|sensed)\s+(?:the|an|any|that)\s+"
    r"(?:urge|need|signal|sensation|feeling)\s+(?:that\s+i\s+(?:need|have|must)\s+)?to\b"
    r"(?!\s+\S+\s+(?:(?:as|so)\s+(?:often|much|many\s+times|frequently)|during|mid|between|before)\b)|"
    r"(?:no|lost\s+(?:the|my|any)|losing\s+(?:the|my)|lose\s+the)\s+(?:urge|need|sensation|signal)\s+to\b|"
    # Finding out only once it is happening is the sensation lost: "just find out when it's already happening".
    r"(?:only|just)\s+(?:\w+\s+)?(?:find|finds|found|finding|notice|notices|noticed|realis\w*|realiz\w*|know|knows)\s+"
    r"(?:out\s+)?(?:when|once|after)\s+(?:it'?s|its|it\s+is|it\s+has)\s+(?:already\s+)?|"
    # Retention: "bursting for a slash but nothing comes out", "it won't come".
    r"nothing\s+(?:\w+\s+)?(?:comes?|came|coming|will\s+come|would\s+come)\s*(?:out)?|"
    r"(?:won'?t|wont|doesn'?t|didn'?t|wouldn'?t|will\s+not)\s+(?:\w+\s+)?(?:come\s+out|flow|start|come)\b|not\s+a\s+drop)"
)
# "can't hold" is about the bladder only in its own clause: "can't hold the bar steady, also need to pee" is not.
_CONTROL_VERB = re.compile(
    r"\b(?:can'?t|cannot|cant|couldn'?t|could\s+not|not\s+able\s+to|unable\s+to|no\s+able\s+to|not\s+can|"
    r"(?:haven'?t|hasn'?t|have\s+not|has\s+not)\s+been\s+able\s+to|"
    r"don'?t\s+can)\s+(?:to\s+)?(?:hold|keep\s+it|stop|control|start|(?:feel|tell|notice|sense)\s+(?:when|if|whether|that|"
    rf"the\s+urge|it\s+coming)|{_GO_TOILET})"
)
_CO_OCCUR_GAP = 70  # characters between the two words: one sentence, not a paragraph
# A small leak on a sneeze that is years old is not a new bladder problem: "the odd little leak when I sneeze ever since
# my second baby - nothing new".
_OLD_STRESS_LEAK = re.compile(
    # The same small leak since a birth, known: "the little leak on heavy reps since my son was born, nothing new".
    r"\b(?:leak\w*|dribbl\w*)\b[^.!?]{0,60}?\b(?:since\s+(?:my\s+)?(?:\w+\s+){0,3}?(?:was\s+born|birth|pregnan\w*|"
    r"bab(?:y|ies)|delivery|kids?|menopause)\b[^.!?]{0,40}?)?(?:nothing\s+new|no\s+change|for\s+years|unchanged)\b|"
    r"\b(?:leak\w*|dribbl\w*)\b[^.!?]{0,40}?\b(?:sneez\w*|cough\w*|laugh\w*|jump\w*|skipp\w*)\b(?=[^.!?]{0,80}?\b(?:"
    r"years?|since\s+(?:my|the)\s+(?:\w+\s+)?(?:baby|birth|pregnan\w*|delivery|kids?|children)|nothing\s+new|not\s+new|"
    r"always|for\s+ages))|"
    r"\b(?:leak\w*|dribbl\w*)\b[^.!?]{0,40}?\b(?:like|as)\s+(?:always|usual|ever)\b|"
    r"\b(?:leak\w*|dribbl\w*)\b[^.!?]{0,60}?\(?(?:physio|doctor|gp|midwife|urogyn\w*)\s+(?:is\s+|are\s+)?(?:aware|knows)\b"
)


def _control_loss(scan: _Scan) -> bool:
    """An affirmed loss of bladder or bowel control: both words in one sentence, neither denied nor hypothetical."""
    old = [m.span() for m in _OLD_STRESS_LEAK.finditer(scan.text)]
    losses = [
        (m, False) for m in _CONTROL_LOST.finditer(scan.text) if not any(m.start() < b and a < m.end() for a, b in old)
    ]
    losses += [(m, True) for m in _CONTROL_VERB.finditer(scan.text)]
    if not losses:
        return False
    for e in _EXCRETA.finditer(scan.text):
        for loss, same_clause in losses:
            first, second = sorted((e, loss), key=lambda m: m.start())
            if second.start() - first.end() > _CO_OCCUR_GAP:
                continue
            if scan.sentence_start(first.start()) != scan.sentence_start(second.start()):
                continue
            # "can't tell when I need a number 2": a verb that ends in "when" reaches into the clause it opens.
            verb_clause = scan.clause_start(loss.end() if loss is first else loss.start())
            if same_clause and verb_clause != scan.clause_start(e.start()):
                continue
            if scan.negated(first.start()) or scan.hypothetical(first.start()):
                continue
            # "toilet trips are fine, no accidents": a denial between the two words belongs to the second.
            clause = max(scan.clause_start(second.start()), first.end())
            if any(clause <= n < second.start() for n in scan.negation_starts):
                continue
            return True
    return False


# Weakness or numbness that reaches the second leg: "now the left one is getting weak too", "the other leg as well".
_OTHER_LEG = re.compile(
    r"\b(?:(?:the|my)\s+)?(?:other|left|right)\s+(?:one|leg|foot|side|thigh|calf|knee|ankle|shin)\b"
)
_LEG_SIGN = re.compile(rf"(?:{_WEAK}|{_NUMB})")
_LEG_NAMED = re.compile(r"\b(?:legs?|foot|feet|thighs?|calf|calves|knees?)\b")
_ALSO_AFTER = re.compile(r"\s*(?:too|as\s+well|also)\b")
_ALSO_NEAR = re.compile(r"\b(?:too|as\s+well|also)\b")
_NOW_BEFORE = re.compile(r"\b(?:now|also|then)\s+(?:in\s+)?$")
_SPREAD_BEFORE = re.compile(r"\b(?:spread\w*|moved|moving|travell?ed|went|gone|going|crept|creeping)\s+(?:in)?to\s+$")
# The other leg joining in without a sign word: "now my left foot is starting to go too", "the other one's going too".
_GOING_TOO = re.compile(
    r"\s*(?:is\s+|has\s+|'s\s+)?(?:now\s+|also\s+)?(?:(?:start(?:ing|ed|s)|beginning|begun|began)\s+to\s+go\b|"
    r"go(?:ing|ne|es)\s+(?:too|as\s+well|the\s+same(?:\s+way)?)\b|"
    # "now my left foot is starting to do it too".
    r"(?:(?:start(?:ing|ed|s)|beginning)\s+to\s+)?(?:do|doing|does|did)\s+(?:it|that|the\s+same)(?:\s+thing)?\s+(?:too|as\s+well)\b)"
)


def _spreads_to_other_leg(scan: _Scan) -> bool:
    """A leg sign, then the other leg named with the same sign or with "too": the second leg is now involved."""
    text = scan.text
    # "my face tingles, and now my left foot is numb too": the first sign was no leg's, so nothing spread.
    signs = [
        m.start()
        for m in _LEG_SIGN.finditer(text)
        if not scan.negated(m.start()) and not scan.hypothetical(m.start()) and not _above_the_legs(scan, *m.span())
    ]
    for m in _OTHER_LEG.finditer(text):
        if scan.negated(m.start()) or scan.hypothetical(m.start()):
            continue
        if not any(p < m.start() for p in signs) or not _LEG_NAMED.search(text, 0, m.end()):
            continue
        end = next((s for s in scan.sentence_starts if s > m.end()), len(text))
        sign_after = any(m.end() <= p < min(end, m.end() + 30) for p in signs)
        also_after = bool(_ALSO_NEAR.search(text[m.end() : min(end, m.end() + 45)]))
        now_before = bool(_NOW_BEFORE.search(text, max(0, m.start() - 25), m.start()))
        if sign_after and (also_after or now_before):
            return True
        if _GOING_TOO.match(text, m.end()):
            return True
        if _ALSO_AFTER.match(text, m.end()) or _SPREAD_BEFORE.search(text, max(0, m.start() - 25), m.start()):
            return True
    return False


_LEGS_FAIL_RE = re.compile(_LEGS_FAIL)
_WEAK_LAY_RE = re.compile(_WEAK_LAY)
# Two legs, said as such: "legs", "feet", "both". One named leg ("my left leg") is a referral's business.
_LEGS_PLURAL = re.compile(r"\b(?:legs|feet|both)\b")
_ONE_LEG_NAMED = re.compile(r"\b(?:left|right|one|that|this)\s+(?:leg|foot|knee|thigh|side)\b")
# The hard-session explanation of a workaround: "legs so sore I had to pull myself up on the rail" is DOMS.
_SORE_EXCUSE = re.compile(r"\b(?:sore\w*|doms|stiff\w*|leg\s+day|killing\s+me|destroyed|wrecked|smashed|cooked)\b")


def _legs_fail_both(scan: _Scan) -> bool:
    """Legs that failed at their job (stairs, getting up, holding the body), with two legs named and no soreness to
    explain it: weakness in both legs."""
    text = scan.text
    if not _LEGS_PLURAL.search(text) or (_ONE_LEG_NAMED.search(text) and not re.search(r"\bboth\b", text)):
        return False
    weak = any(not scan.negated(m.start()) for p in (_LEG_SIGN, _WEAK_LAY_RE) for m in p.finditer(text))
    for m in _LEGS_FAIL_RE.finditer(text):
        if scan.negated(m.start()) or scan.hypothetical(m.start()):
            continue
        if _SORE_EXCUSE.search(text) and not weak:
            continue
        return True
    return False


# A bare "both" that answers a question or corrects one: "yes both", "sorry, both of them", "now both so weak". What
# it points back to is the nearest plural body part before it; only legs make it a both-legs sign.
_BOTH_BARE = re.compile(
    r"\bboth\b(?!\s+(?:of\s+(?:my|the|his|her|your|our)\b|my\b|the\b|your\b|his\b|her\b|legs|feet|arms|hands|glutes|"
    r"cheeks|hips|knees|sides?|ways|times|sets|exercises|days|directions|things|thrusts|squats)\b)"
)
_BODY_PLURAL = re.compile(
    r"\b(?:legs|feet|thighs|calves|knees|shins|ankles|glutes|cheeks|buttocks|arms|hands|hips|hamstrings|hammies|quads|"
    r"shoulders|sides|wrists|elbows|exercises|thrusts|squats|lifts|sets)\b"
)
_LEG_PLURALS = frozenset({"legs", "feet", "thighs", "calves", "knees", "shins", "ankles"})
# Between "both" and the sign: "both are fine, just the left is numb" puts the sign on one side again.
_BOTH_CONTRAST = re.compile(r"\b(?:but|just|only|except|fine|ok|okay|normal|good|not)\b")


def _both_referred(scan: _Scan) -> bool:
    """A bare "both" that points back to the legs, with a leg sign after it in that sentence or the next."""
    text = scan.text
    signs = [
        m
        for p in (_LEG_SIGN, _WEAK_LAY_RE, _LEGS_FAIL_RE)
        for m in p.finditer(text)
        if not scan.negated(m.start()) and not scan.hypothetical(m.start())
    ]
    for m in _BOTH_BARE.finditer(text):
        if scan.negated(m.start()) or scan.hypothetical(m.start()):
            continue
        before = list(_BODY_PLURAL.finditer(text, 0, m.start()))
        if before:
            referent = before[-1].group(0)
        else:
            # A reply that opens with it ("yes both. ...") may name the legs just after.
            after = _BODY_PLURAL.search(text, m.end())
            if m.start() > 20 or after is None:
                continue
            referent = after.group(0)
        if referent not in _LEG_PLURALS:
            continue
        this_end = _sentence_end(text, scan.sentence_starts, m.end())
        next_end = _sentence_end(text, scan.sentence_starts, this_end)
        for sign in signs:
            if m.end() <= sign.start() < next_end and not _BOTH_CONTRAST.search(text, m.end(), sign.start()):
                return True
    return False


def _runs_down_one_leg(scan: _Scan, m: re.Match[str]) -> bool:
    """ "numb from my butt down my right leg" is a one-leg sign; groin or genitals always count as saddle."""
    if re.search(rf"\b{_SADDLE_CORE}\b", m.group(0)):
        return False
    start = scan.sentence_start(m.start())
    end = next((s for s in scan.sentence_starts if s > start), len(scan.text))
    sentence = scan.text[start:end]
    return bool(_ONE_LEG_PATH.search(sentence)) and not re.search(r"\bboth\b", sentence)


def _severity(scan: _Scan) -> int | None:
    values = []
    for m in _SEVERITY.finditer(scan.text):
        if scan.hypothetical(m.start()):
            continue
        token = next(g for g in m.groups() if g)
        values.append(int(token) if token.isdigit() else _WORD_NUMBERS[token])
    return max(values) if values else None


# A muscle that is sore, tender or stiff a day or two after training is DOMS; other pain words are not.
# After a fall or a dropped bar these mean severe pain; alone they are as often a joke about leg day.
_HURT_BAD = re.compile(
    r"\b(?:can|could)(?:'?t|\s+not|not)?\s+(?:barely|hardly)\s+(?:move|walk|stand|get\s+up|breathe|sit)\b|"
    r"\b(?:barely|hardly)\s+(?:move|walk|stand|get\s+up|breathe|sit)\b|\bin\s+tears\b|(?<!besides\s)(?<!than\s)(?<!from\s)\bcrying\b|"
    r"\bhurts?\s+(?:so|really|very|super)\s+(?:much|bad|badly)\b|\bhurts?\s+like\s+(?:hell|crazy|mad)\b|"
    r"\b(?:terrible|awful|horrible|really\s+bad|massive|huge)\s+(?:\w+ing\s+)?pain\b|"
    # Intensity said by repeating or boosting: "very very painful", "extremely sore".
    r"\b(?:very\s+very|really\s+really|so\s+so|extremely|incredibly|unbelievably)\s+(?:painful|sore|bad)\b|"
    # The spec's trauma signs: can't bear weight, big swelling. "swollen like a balloon", "can't put weight on it".
    r"\b(?:can'?t|cannot|couldn'?t|unable\s+to|can\s+(?:barely|hardly))\s+(?:put|bear|take|stand)\s+(?:any\s+|much\s+|my\s+)?"
    r"weight\s+(?:on|through)\b|\b(?:swell\w*|swole|swollen|puff\w*)\s+(?:up\s+)?(?:\w+\s+)?(?:big|massive|huge|"
    r"like\s+an?\s+(?:mango|egg|golf\s+ball|tennis\s+ball|orange|balloon|grapefruit|melon))\b"
)
# A crack heard under a falling bar may be a fracture; the same sound on an ordinary rep is a pop injury.
_HEARD_CRACK = re.compile(
    r"\b(?:heard|felt)\s+(?:a\s+|something\s+|this\s+)?(?:\w+\s+)?(?:crack|snap|crunch)|"
    r"\b(?:crack|snap|crunch)(?:ing|ed)?\s+(?:sound|noise)|\bloud\s+(?:crack|snap|crunch)|\bsomething\s+(?:crack|snapp)ed\b"
)
_WAKES = re.compile(r"\b(?:wakes?|woke|waking|keeps?\s+me\s+awake|can'?t\s+sleep)\b")
# Sleepless for a reason that is no pain: "cant sleep lol thinking about tmrws glute day", "too hyped to sleep".
_SLEEPLESS_OTHER = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t)\s+sleep\b[^.!?]{0,25}?\b(?:thinking|excited|hyped|nervous|anxious|stress\w*|"
    r"caffeine|coffee|pre-?workout|pre|buzz\w*|overthinking)\b"
)
_DAYS_LATER = re.compile(
    r"\b(?:(?:a|one|1|two|2|couple\s+(?:of\s+)?|a\s+couple\s+(?:of\s+)?|few)\s+days?\s+(?:after|later|post)|"
    r"(?:the\s+)?(?:next|following)\s+(?:day|morning)|(?:the\s+)?day\s+after|since\s+(?:yesterday|leg\s+day)|"
    # "Rest day today, glutes a bit stiff... yesterday was heavy".
    r"rest\s+day(?:\s+today)?|yesterday\s+was\s+(?:a\s+)?(?:heavy|hard|tough|leg\s+day|big))\b"
)
_JOINT_WORDS = re.compile(
    r"\b(?:wrists?|elbows?|ankles?|feet|foot|shins?|stomach|knees?|shoulders?|hip\s+flexors?|upper\s+back|mid\s+back)\b"
)
_MUSCLE_FEEL = re.compile(r"(?:sore\w*|doms|tender\w*|stiff\w*|tight\w*|achy|aching|aches?)")


def _only_muscle_feel(text: str, glutes_only: bool = False) -> bool:
    words = [m.group(0) for m in _PAIN_WORD.finditer(text)]
    # "the muscles of the bottom are hurting the day after" names a muscle ache, whatever the verb. So do the
    # buttocks alone: "my buttocks are paining me since yesterday's session" is the glutes' DOMS in everyday words.
    feel = _MUSCLE_FEEL_NAMED if glutes_only or _MUSCLES_NAMED.search(text) else _MUSCLE_FEEL
    return bool(words) and all(feel.fullmatch(w) for w in words)


def _glutes_named(locations: set[Location]) -> bool:
    # "leg day" and "front thighs" land in OTHER; the glutes must be there and no joint or back beside them.
    return Location.GLUTES in locations and locations <= {Location.GLUTES, Location.OTHER}


_MUSCLES_NAMED = re.compile(r"\bmuscles?\b")
_MUSCLE_FEEL_NAMED = re.compile(rf"(?:{_MUSCLE_FEEL.pattern}|hurt\w*|pain(?:s|ful|ing)?)")
# Over within minutes of the set: a twinge or a number that goes with it is no lasting pain.
# Cleared later the same day: "cleared by the afternoon", "had settled by dinner", "fine again by bedtime".
_CLEARED_BY_DAY = re.compile(
    r"\b(?:cleared|gone|eased|settled|fine|normal|ok|okay|better)\s+(?:up\s+|off\s+|again\s+|down\s+)?by\s+(?:the\s+)?(?:afternoon|"
    r"midday|mid-?day|lunch\w*|noon|evening|mid-?morning|dinner|tea|supper|tonight|bedtime|time\s+i|this\s+(?:afternoon|"
    r"evening))\b|"
    # The time first: "by the afternoon it was gone", "by lunch it had settled".
    r"\bby\s+(?:the\s+)?(?:afternoon|midday|mid-?day|lunch\w*|noon|evening|mid-?morning|dinner|tea|supper|bedtime)\s*,?\s+"
    r"(?:it|the\s+\w+)\s+(?:was|had|'d|has|is)\s+(?:completely\s+|totally\s+|all\s+)?(?:gone|cleared|eased|settled|fine|normal|ok|okay)\b"
)
_SETTLED_SOON = re.compile(
    r"\b(?:went|goes|go|gone|going|was\s+gone|is\s+gone|disappear\w*|fad\w*|pass\w*|settl\w*|eas\w*)\s+"
    r"(?:right\s+|straight\s+)?(?:away\s+|off\s+|down\s+)?(?:right\s+|straight\s+|soon\s+|quickly\s+|shortly\s+)?"
    r"(?:after\b(?!\s+(?:a\s+|\d+\s+|a\s+few\s+|few\s+|several\s+|two\s+|three\s+|a\s+couple\s+(?:of\s+)?)?(?:days?|weeks?|"
    r"months?|nights?))|afterwards?\b|within\s+(?:about\s+|around\s+|like\s+)?(?:a\s+)?(?:few\s+|couple\s+(?:of\s+)?|\d+\s*)?"
    r"(?:seconds|minutes?|mins?|a\s+minute|(?:the|an|a|half\s+an)\s+hour)|"
    r"in\s+(?:a\s+)?(?:few\s+|couple\s+(?:of\s+)?)?(?:seconds|minutes?|mins?)|by\s+the\s+next\s+set|between\s+sets)|"
    r"\b(?:gone|went\s+away|goes\s+away|settled|settles|eased|eases|faded|(?:totally\s+|completely\s+)?fine|right\s+as\s+rain)\s+"
    r"(?:about\s+|around\s+|like\s+|within\s+)?(?:a\s+few|a\s+couple\s+(?:of\s+)?|\d+|few|a|one|two|three|five|ten|fifteen|twenty)\s+"
    r"(?:minutes?|mins?|seconds)\s+(?:after|later)\b|"
    r"\b(?:eases|eased|goes|went|settles|settled|gone|stops|stopped)\s+(?:off\s+|away\s+)?(?:straight|right)\s+away\b|"
    r"\b(?:settled|eased|gone|went\s+away|fine)\s+once\s+i\s+(?:was|got|sat)\s+(?:back\s+)?(?:in|on|into|down|home|moving)\b|"
    # The same day: "had settled by dinner", "by the time I got home it was gone", "by the time I've showered...".
    rf"{_CLEARED_BY_DAY.pattern}|\bby\s+the\s+time\s+i(?:'d|'ve|\s+had|\s+have)?\s+"
    r"(?:got|get|gotten)?\s*(?:home|showered|shower\w*|finished|left|cooled\s+down|driven\s+home|to\s+the\s+car)\b"
    r"[^.!?]{0,20}?\b(?:gone|settled|fine|eased|normal|ok|okay)\b|"
    # With the set: "gone once I stop", "goes away as soon as I rack it".
    r"\b(?:gone|goes(?:\s+away)?|went(?:\s+away)?|stops|stopped|eases|eased|settles|settled|disappears)\s+(?:once|when|as\s+soon\s+as)\s+i\s+"
    r"(?:stop|stopped|rack|racked|finish\w*|rest|rested|get\s+up|got\s+up|stretch\w*|walk\w*)\b|"
    r"\b(?:calmed|settled|eased|faded|went\s+away|was\s+gone|disappeared)\s+(?:down\s+)?(?:a\s+few|a\s+couple(?:\s+of)?|\d+|few|"
    r"two|three)\s+hours\s+later\b|"
    # What the user did, then it settled: "so I stopped, stretched, and it settled", "fixed my ribcage position and it
    # was fine", "when I stopped hyperextending it went away".
    r"\b(?:stopped|stretched|rested|racked\s+it|fixed|corrected|changed|adjusted)\b[^.!?]{0,40}?\b(?:and\s+)?it\s+(?:settled|"
    r"eased|calmed\s+down|went\s+away|was\s+(?:fine|gone|ok|okay))\b|"
    r"\bwhen\s+i\s+(?:stopped|fixed|corrected|changed)\s+[^.!?]{0,30}?\bit\s+(?:went\s+away|settled|eased|stopped)\b"
)
_MILD_TWINGE = re.compile(
    r"\b(?:slight|small|little|tiny|minor|mild|light|faint|wee|bit\s+of\s+a|mini)\s+(?:\w+\s+)?twing\w*|"
    r"\btwing\w*\s+(?:a\s+(?:little|tiny|wee)(?:\s+bit)?|a\s+bit|slightly|a\s+touch)\b|"
    # A twinge of an ache is the ache: "had a twinge of lower back achiness, maybe 3/10".
    r"\btwing\w*\s+of\s+(?:\w+\s+){0,3}?(?:ach\w*|tight\w*|stiff\w*|discomfort|soreness)"
)
_SHARP_RULE = next(patterns for flag, patterns in _COMPILED_RULES if flag is Flag.SHARP)
_LEG_NUMB_RULE = next(patterns for flag, patterns in _COMPILED_RULES if flag is Flag.LEG_NUMBNESS_TINGLING)
# Numbness of the hands, face or arms is no leg sign: "pre-workout made my face tingly", "fingers numb on the cold bar".
_NON_LEG_PART = re.compile(
    r"\b(?:face|ears?|earlobes?|lips?|mouth|tongue|nose|chin|jaw|scalp|head|hands?|fingers?|finger\s*tips|thumbs?|"
    r"palms?|wrists?|forearms?|arms?)\b"
)
_LOWER_BODY_PART = re.compile(
    rf"\b(?:{_LEG_SKIN}|hamstrings?|hammies|hams|quads?|{_GLUTE_WORD}|hips?|{_BACK_WORD}|{_SADDLE})\b"
)
_NEAR_PART = 25  # characters: "tingling in my hands and feet" names the feet too
_HARD_BREAK = re.compile(
    r"[;:.!?()\n]|\s-\s|\s—\s|\b(?:but|though|although|however|except|yet|plus|also|then|so|because|cause|cuz|while|"
    r"which|when|whenever|after|whereas|now|since)\b"
)
# "1/10 at rest" is a lifter reporting how low it goes, not pain that keeps them up.
_REST_LOW = re.compile(
    r"\b(?:[0-2]|zero|one|two)\s*(?:/|out\s+of)\s*10\s+(?:at|when|while)\s+(?:i'?m\s+)?rest\w*|"
    r"\b(?:at\s+rest|resting|rest)\s*(?::|-|=|is|was)?\s*(?:[0-2]|zero|one)\s*(?:/|out\s+of)\s*10"
)
_EASED_AT_REST = re.compile(
    r"\b(?:settled|eased|went\s+away|gone|better|fine|ok|okay|calmed\s+down|wore\s+off)\s+(?:\w+\s+){0,5}?(?:on\s+the\s+(?:sofa|"
    r"couch|settee)|resting|lying\s+(?:down|in\s+bed)|with\s+(?:some\s+)?rest)\b|"
    # Fine while resting, or eased by how one lies: "I'm chilling on the couch fine", "tight when I lie flat in bed,
    # fine if I bend my knees. settles quick".
    r"\b(?:chilling|chillin'?|relaxing|sitting|lying|laying|resting)\s+(?:\w+\s+){0,3}?(?:on\s+the\s+(?:couch|sofa|settee)|in\s+bed)"
    r"\s+(?:totally\s+|completely\s+|perfectly\s+)?(?:fine|ok|okay|comfortabl\w*|pain[\s-]?free)\b|"
    r"\b(?:fine|ok|okay|better|goes\s+away)\s+(?:if|when|once)\s+i\s+(?:bend|pull|draw|prop)\s+(?:up\s+)?my\s+knees\b|"
    r"\bsettles?\s+(?:really\s+|pretty\s+|super\s+)?quick(?:ly)?\b|"
    # "tight on the sofa, stretched for a minute and it went away".
    r"\b(?:stretch\w*|walk\w*|mov\w*)\s+(?:\w+\s+){0,3}?(?:and\s+)?(?:it\s+)?(?:went\s+away|eased|was\s+gone|disappeared|settled)\b"
)
_NEVER_HAD_BACK = re.compile(
    r"\b(?:never|not\s+once|haven'?t\s+ever)\s+(?:had|suffered\s+(?:from|with))\s+(?:(?:any\s+)?(?:lower\s+|low\s+)?back\s+"
    r"(?:problems?|pain|issues?|trouble|aches?)|an?\s+(?:bad|sore|dodgy|crook)\s+back)\b"
)
_NEVER_HAD_BACK_UNTIL = re.compile(
    rf"{_NEVER_HAD_BACK.pattern}[^.!?]{{0,30}}?\b(?:until|till|til|before)\s+(?:this|last|now|recently|yesterday|today)\b|"
    # "never had back pain in his life, now he's got it after thrusts".
    rf"{_NEVER_HAD_BACK.pattern}[^.!?]{{0,30}}?\bnow\s+(?:he'?s|she'?s|i'?ve|they'?ve|he\s+has|she\s+has|i\s+have|they\s+have)"
    r"\s+got\s+(?:it|some|one)\b|"
    # "never had a bad back in my life, but it's been grumbling since I added thrusts".
    rf"{_NEVER_HAD_BACK.pattern}[^.!?]{{0,30}}?\bbut\s+(?:it'?s|its|it\s+has|it\s+is)\s+(?:been\s+)?\w+\s+since\b"
)
_NIGHT_WORDS = re.compile(r"\b(?:night|sleep\w*|bed|wakes?|woke|waking|awake)\b")


# Muscles that do the work of a thrust, screaming: "glutes were screaming", "my quads are absolutely screaming".
_MUSCLE_SCREAM = re.compile(
    rf"\b(?:{_GLUTE_WORD}|cheeks|hamstrings?|hammies|hams|quads?|thighs|legs|calves|muscles?)\s+(?:(?:were|are|was|is|just|"
    r"absolutely|literally|all|still|proper|so)\s+){0,3}screaming\b(?!\s+(?:in|with|from)\s+(?:pain|agony))"
)


def _only_muscles_scream(scan: _Scan) -> bool:
    spans = [m.span() for m in _MUSCLE_SCREAM.finditer(scan.text)]
    severe = [m for m in _SEVERE_RE.finditer(scan.text) if not scan.negated(m.start())]
    return bool(spans) and all(any(a <= m.start() < b for a, b in spans) for m in severe)


_NOT_SUBSIDING_RULE = next(patterns for flag, patterns in _COMPILED_RULES if flag is Flag.NOT_SUBSIDING)
# What a duration can be about besides pain: training, or time away from it.
_TRAINING_SPAN = re.compile(
    r"\b(?:doing|done|did|training|trained|lifting|lifted|thrusting|working\s+out|been\s+at\s+it|following|running|"
    r"on\s+(?:this|the|my|your)\s+(?:program\w*|plan|routine|split)|hip\s+thrust\w*|thrusts|program\w*|routine|"
    r"gym|started|starting|new\s+to|"
    # Time away is no pain either: "been away for a fortnight", "off for two weeks on holiday".
    r"away|off|holiday|vacation|break|travell?ing|resting|rested)\b"
)


def _only_training_durations(scan: _Scan) -> bool:
    """Every duration heard follows a training word in its clause: "been doing thrusts for 3 weeks"."""
    text = scan.text
    found = False
    for pattern in _NOT_SUBSIDING_RULE:
        for m in pattern.finditer(text):
            if scan.negated(m.start()) or scan.hypothetical(m.start()):
                continue
            if not _TRAINING_SPAN.search(text, scan.clause_start(m.start()), m.start()):
                return False
            found = True
    return found


def _above_the_legs(scan: _Scan, start: int, end: int) -> bool:
    """The sign at text[start:end] sits with a hand, arm or face part and no leg, seat or back beside it."""
    text = scan.text
    clause = scan.clause_start(start)
    # Near, but within a list of parts ("hands and feet"): a "but" or "now" starts another thought.
    before = _HARD_BREAK.split(text[max(0, start - _NEAR_PART) : start])[-1]
    after = _HARD_BREAK.split(text[end : end + _NEAR_PART])[0]
    own = text[clause:end]
    # The part may come after the sign: "pre-workout tingles in my ears and lips".
    near = f"{before} {own} {after}"
    return bool(_NON_LEG_PART.search(f"{before}{own} {after}")) and not _LOWER_BODY_PART.search(near)


def _numb_only_above_the_legs(scan: _Scan) -> bool:
    """Every numbness word is about the hands, arms or face."""
    found = False
    for pattern in _LEG_NUMB_RULE:
        for m in pattern.finditer(scan.text):
            if scan.negated(m.start()) or scan.hypothetical(m.start()):
                continue
            if not _above_the_legs(scan, m.start(), m.end()):
                return False
            found = True
    return found


def _mild_passing_twinge(text: str) -> bool:
    # "twinged a little bit... not sharp at all": the sharpness denied is no sharp match.
    denied = [m.span() for m in _NOT_SHARP.finditer(text)]
    sharp = [
        m for pattern in _SHARP_RULE for m in pattern.finditer(text) if not any(a <= m.start() < b for a, b in denied)
    ]
    mild_spans = [m.span() for m in _MILD_TWINGE.finditer(text)]
    mild = all(any(a <= m.start() < b for a, b in mild_spans) for m in sharp)
    return bool(sharp) and mild and bool(_SETTLED_SOON.search(text) or _GONE_BY_MORNING.search(text))


# A pinch in the lower back at lockout that goes when the bar is racked is over-arching, a form fix: "I feel a pinch in
# my lumbar at lockout, fine when I rest", "tight and pinchy at the top, goes away once I rack it".
_PINCH = re.compile(r"\bpinch\w*")
_AT_LOCKOUT = re.compile(
    r"\b(?:at|on|during|near)\s+(?:the\s+)?(?:lock\s*-?out|top|end\s+range)\b|\bwhen\s+i\s+lock\s*(?:out|it\s+out)\b"
)
_GONE_AT_REST = re.compile(
    r"\b(?:fine|gone|ok|okay|goes\s+away|disappears|eases|stops)\s+(?:when|once|as\s+soon\s+as|after)\s+(?:i\s+)?(?:rest|rack|stop|"
    r"sit|lower|come\s+down|put)\w*"
)


def _pinch_not_sharp(text: str) -> bool:
    """ "my low back kind of pinches, no it's not sharp, more like a tight squeeze": the user says what the pinch is."""
    denied = [m.span() for m in _NOT_SHARP.finditer(text)]
    sharp = [
        m for pattern in _SHARP_RULE for m in pattern.finditer(text) if not any(a <= m.start() < b for a, b in denied)
    ]
    return bool(sharp) and bool(denied or _DULL_PINCH.search(text)) and all(_PINCH.search(m.group(0)) for m in sharp)


_NOT_SHARP = re.compile(
    r"\b(?:not|isn'?t|never)\s+(?:really\s+|actually\s+)?sharp\b|\bnothing\s+(?:at\s+all\s+)?sharp\b|"
    # "pinching a bit. Tight rather than painful."
    r"\b(?:tight|stiff|pressure)\s+rather\s+than\s+(?:painful|sharp|pain)\b"
)
# A pinch the user calls dull: "back was pinching a bit, dull, maybe a 6".
_DULL_PINCH = re.compile(
    r"\bpinch\w*\s+(?:a\s+bit|a\s+little|slightly)?,?\s*(?:but\s+)?dull\b|\bdull\s+(?:\w+\s+)?pinch\w*"
)


_PAD_ONLY_FIX = re.compile(
    r"\b(?:tried|used|using|put|added|folded)\b[^.!?]{0,40}?\b(?:as\s+a\s+)?(?:pad|padding|towel|muslin|mat|cushion)\b"
)
_LASTS_AFTER = re.compile(r"\b(?:for\s+days|days?\s+after|every\s+session|keeps|still\s+there|after(?:wards)?\b)")


def _only_pinches(text: str) -> bool:
    sharp = [m for pattern in _SHARP_RULE for m in pattern.finditer(text)]
    return bool(sharp) and all(_PINCH.search(m.group(0)) for m in sharp)


def _lockout_pinch(text: str) -> bool:
    sharp = [m for pattern in _SHARP_RULE for m in pattern.finditer(text)]
    return (
        bool(sharp)
        and all(_PINCH.match(text, m.start()) or _PINCH.search(m.group(0)) for m in sharp)
        and bool(_AT_LOCKOUT.search(text))
        and bool(_GONE_AT_REST.search(text) or _SETTLED_SOON.search(text))
    )


_TRAINING_FEEL = re.compile(
    rf"(?:{_PAIN_BURN}|{_PAIN_PUMP}|{_PAIN_SORE}|achy|aching|aches?|tired|heavy|fatigued|tight)"
)


_BURN_OR_PUMP = re.compile(rf"(?:{_PAIN_BURN}|{_PAIN_PUMP})")


def _only_training_feel(text: str) -> bool:
    return all(_TRAINING_FEEL.fullmatch(m.group(0)) for m in _PAIN_WORD.finditer(text))


def _resolve(
    flags: set[Flag], locations: set[Location], scan: _Scan, severity: int | None, affirmed_pain: bool
) -> set[Flag]:
    """Combinations that mean more than their parts."""
    text = scan.text
    out = set(flags)
    if Flag.FEVER in out and _illness_over(scan):
        out.discard(Flag.FEVER)
    # Form fixes that left a muscle doing the work, not a pain: "tried moving my feet back, still quad dominant".
    # The pop was the kit, and no pain: "heard a loud pop, turned out the collar snapped off the bar. no pain".
    if Flag.POP_INJURY in out and _KIT_POP.search(text) and re.search(r"\bno\s+pain\b", text):
        out.discard(Flag.POP_INJURY)
    if Flag.FORM_FIX_FAILED in out and not any(not scan.negated(m.start()) for m in _PAIN_NOT_EFFORT.finditer(text)):
        out.discard(Flag.FORM_FIX_FAILED)
    # What outlasts the fixes is a cramp, or the bar on the hip bones while lifting after only a makeshift pad:
    # "hammies cramp up every time, even with the light bar", "tried a folded muslin as a pad but the bar still hurts my
    # hips when I lift". Kit and cramps, not a pain to refer; an ache that lasts for days after still is.
    rest = out - {Flag.FORM_FIX_FAILED}
    if Flag.FORM_FIX_FAILED in out and (
        rest == {Flag.HAMSTRING_CRAMP}
        or (rest == {Flag.BAR_HIP_PAIN} and _PAD_ONLY_FIX.search(text) and not _LASTS_AFTER.search(text))
    ):
        out.discard(Flag.FORM_FIX_FAILED)
    # A cancer history is a red flag for pain; beside sore glutes, the bar on the hips or no pain at all it is
    # background: "lymphoma survivor, glutes still sore 48h later, no back issues whatsoever".
    if Flag.CANCER_HISTORY in out and out - {Flag.CANCER_HISTORY} <= _CANCER_BACKGROUND_WITH:
        out.discard(Flag.CANCER_HISTORY)
    # "the bar fell off the rack, didn't hit me, I'm fine": nothing reached the body, so there is nothing to check.
    if (
        Flag.FALL_TRAUMA in out
        and _HARM_DENIED.search(text)
        and not affirmed_pain
        and not locations
        and not any(FLAG_LEVEL[f] >= Level.MODIFY for f in out - {Flag.FALL_TRAUMA})
    ):
        out.discard(Flag.FALL_TRAUMA)
    # "I tripped on the kerb twice" beside a foot that will not lift is the weakness showing, not a fall trauma.
    if Flag.FALL_TRAUMA in out and Flag.PROGRESSIVE_WEAKNESS in out:
        falls = [m for m in _FALL_RE.finditer(text) if not scan.negated(m.start()) and not scan.hypothetical(m.start())]
        if all(m.group(0).startswith("trip") for m in falls):
            out.discard(Flag.FALL_TRAUMA)
    if severity is not None:
        severe_in_words = Flag.SEVERE_PAIN in out and any(
            not _SCORE_ONLY.fullmatch(m.group(0)) for m in _SEVERE_RE.finditer(text) if not scan.negated(m.start())
        )
        out |= _severity_flags(severity, Flag.FALL_TRAUMA in out)
        # "stopped at 8/10 on rep 6, feels ok now": a peak that went with the set is over 5, not a lasting severe pain.
        if not severe_in_words and Flag.FALL_TRAUMA not in out and (_over_now(scan) or _settled_by_morning(scan)):
            out.discard(Flag.SEVERE_PAIN)
    if Flag.FALL_TRAUMA in out and (Flag.SEVERE_PAIN in out or _HURT_BAD.search(text) or _HEARD_CRACK.search(text)):
        out.add(Flag.TRAUMA_SEVERE)
    # Soreness the next day is normal in a muscle; only a back, neck or joint that has not settled needs changes.
    muscle_only = not locations & {Location.LOWER_BACK, Location.NECK, Location.KNEES, Location.HIPS, Location.OTHER}
    only_sore = bool(re.search(_PAIN_SORE, text)) and not re.search(r"\b(?:hurt|pain|ache)", text)
    if Flag.NOT_SETTLED in out and muscle_only and only_sore:
        out.discard(Flag.NOT_SETTLED)
        out.add(Flag.DOMS)
    # "hungover session today, glutes still burned good": "still" is "even so", and a burn or pump in the working
    # muscles is the set itself, not a pain that has not settled.
    felt = [m.group(0) for m in _PAIN_WORD.finditer(text) if not scan.negated(m.start())]
    if Flag.NOT_SETTLED in out and muscle_only and felt and all(_BURN_OR_PUMP.fullmatch(w) for w in felt):
        out.discard(Flag.NOT_SETTLED)
    muscles = locations <= {Location.GLUTES, Location.HAMSTRINGS, Location.OTHER} and not _JOINT_WORDS.search(text)
    if muscles and locations and _DAYS_LATER.search(text) and _only_muscle_feel(text, _glutes_named(locations)):
        out -= {Flag.NOT_SETTLED, Flag.PAIN_UNSPECIFIED, Flag.HAMSTRINGS_DOMINANT}
        out.add(Flag.DOMS)
    # Glutes felt as the work itself: "bum felt hot and tight after... just the muscle working", "butt is full and tight
    # after the set", "a burn in my bum, but it stops when I stop", a burn that fades within a minute of the set.
    if (
        Flag.PAIN_UNSPECIFIED in out
        and out <= {Flag.PAIN_UNSPECIFIED, Flag.GLUTE_BURN, Flag.PUMP, Flag.DOMS}
        and locations
        and locations <= {Location.GLUTES, Location.HIPS}
        and (Location.HIPS not in locations or Flag.GLUTE_BURN in out)
        and all(_GLUTE_WORK_FEEL.fullmatch(w) for w in felt)
        # Settling soon speaks for the glutes only where no back is named beside them ("I'm not saying my back
        # hurts but it's doing more than my glutes... dull tightness, goes away after").
        and (_WORK_SAID.search(text) or (_SETTLED_SOON.search(text) and not re.search(rf"\b{_BACK_WORD}\b", text)))
    ):
        out.discard(Flag.PAIN_UNSPECIFIED)
    # "glutes and hamstrings are sore in that good, achy way... normal muscle soreness": the user names it DOMS.
    if Flag.DOMS in out and muscles and locations and _GOOD_PAIN.search(text):
        out -= {Flag.PAIN_UNSPECIFIED, Flag.HAMSTRINGS_DOMINANT, Flag.NOT_SETTLED}
    # "gluteal soreness lasted about 48 hours and now I feel great": muscle soreness that has run its course.
    if (
        Flag.NOT_SUBSIDING in out
        and Flag.DOMS in out
        and muscles
        and _only_muscle_feel(text)
        and _over_now(scan)
        and not any(FLAG_LEVEL[f] >= Level.PROFESSIONAL for f in out - {Flag.NOT_SUBSIDING})
    ):
        out.discard(Flag.NOT_SUBSIDING)
    # "No pain or numbness" takes the pain word back; "doing absolutely nothing my lower back throbs" does not.
    felt_pain = any(not _denied_just_before(text, m.start()) for m in _PAIN_WORD.finditer(text))
    if Flag.NIGHT_PAIN in out and not (felt_pain or out - {Flag.NIGHT_PAIN} or _WAKES.search(text)):
        out.discard(Flag.NIGHT_PAIN)
    if out == {Flag.NIGHT_PAIN} and not _PAIN_WORD.search(text) and _SLEEPLESS_OTHER.search(text):
        out.discard(Flag.NIGHT_PAIN)
    # "woke up with a dull ache the morning after thrusts, cleared by the afternoon": the session's ache, not night pain
    if Flag.NIGHT_PAIN in out and _MORNING_AFTER.search(text) and _CLEARED_BY_DAY.search(text):
        out.discard(Flag.NIGHT_PAIN)
    # "settled after an hour on the sofa": the sofa is where it eased, not a pain at rest.
    if Flag.NIGHT_PAIN in out and _EASED_AT_REST.search(text) and not _WAKES.search(text):
        out.discard(Flag.NIGHT_PAIN)
    # A cramp while stretching out on the sofa is the cramp, not a pain at rest.
    if (
        Flag.NIGHT_PAIN in out
        and out - {Flag.NIGHT_PAIN, Flag.PAIN_UNSPECIFIED} == {Flag.HAMSTRING_CRAMP}
        and not _WAKES.search(text)
        and all(w.startswith("cramp") for w in felt)
    ):
        out -= {Flag.NIGHT_PAIN, Flag.PAIN_UNSPECIFIED}
    # "Lying in bed and my glutes are still pumped", "butt muscles ache on the sofa the day after thrusts": the
    # session's own feel, felt at rest, is no pain at rest.
    if (
        Flag.NIGHT_PAIN in out
        and out - {Flag.NIGHT_PAIN, Flag.PAIN_UNSPECIFIED} <= {Flag.PUMP, Flag.GLUTE_BURN, Flag.DOMS}
        and locations <= {Location.GLUTES, Location.HAMSTRINGS}
        and (locations or (felt and all(_BURN_OR_PUMP.fullmatch(w) for w in felt)))
        and not _WAKES.search(text)
        and (
            all(_BURN_OR_PUMP.fullmatch(w) for w in felt)
            or (
                _DAYS_LATER.search(text)
                and all(
                    _MUSCLE_FEEL_NAMED.fullmatch(w.group(0))
                    for w in _PAIN_WORD.finditer(text)
                    # "...is that a problem?" names no feeling.
                    if not scan.negated(w.start())
                    and not scan.hypothetical(w.start())
                    and w.group(0) not in ("problem", "problems")
                )
            )
        )
    ):
        out -= {Flag.NIGHT_PAIN, Flag.PAIN_UNSPECIFIED}
        if not out & {Flag.PUMP, Flag.GLUTE_BURN}:
            out.add(Flag.DOMS)
    if (
        Flag.NIGHT_PAIN in out
        and _REST_LOW.search(text)
        and _SETTLED_SOON.search(text)
        and not _NIGHT_WORDS.search(text)
    ):
        out.discard(Flag.NIGHT_PAIN)
    # "been doing thrusts for a fortnight, glutes burn nicely": how long they have trained, not how long it hurts.
    if (
        Flag.NOT_SUBSIDING in out
        and locations <= {Location.GLUTES, Location.HAMSTRINGS}
        and _only_training_feel(text)
        and not any(FLAG_LEVEL[f] >= Level.PROFESSIONAL for f in out - {Flag.NOT_SUBSIDING})
        and _only_training_durations(scan)
    ):
        out.discard(Flag.NOT_SUBSIDING)
    if Flag.LEG_NUMBNESS_TINGLING in out and _numb_only_above_the_legs(scan):
        out.discard(Flag.LEG_NUMBNESS_TINGLING)
    # "my glutes were screaming, absolutely killed it": working muscles that scream are a burn, not severe pain.
    if Flag.SEVERE_PAIN in out and severity is None and _only_muscles_scream(scan):
        out.discard(Flag.SEVERE_PAIN)
    if Flag.SHARP in out and (_mild_passing_twinge(text) or _lockout_pinch(text) or _pinch_not_sharp(text)):
        out.discard(Flag.SHARP)
    # "a pinch in the back of my neck, grandma says it's a crick": a pinched neck is the neck strain itself.
    if Flag.SHARP in out and Flag.NECK_STRAIN in out and _only_pinches(text) and not locations - {Location.NECK}:
        out.discard(Flag.SHARP)
    # "glutes felt huge and tight... no pain anywhere": a pain word the user denies is no pain felt.
    if (
        out & {Flag.GLUTE_BURN, Flag.PUMP}
        and locations <= {Location.GLUTES}
        and all(_TRAINING_FEEL.fullmatch(w) for w in felt)
    ):
        out.discard(Flag.PAIN_UNSPECIFIED)
    # The pain-monitoring rule: up to 5/10 while training and gone by the next morning is fine.
    if severity is not None and severity <= 5 and _settled_by_morning(scan):
        out.discard(Flag.PAIN_UNSPECIFIED)
        # "pain was like 3/10 and gone next morning": the next morning named to say it had settled.
        if not re.search(r"\bstill\b", text):
            out.discard(Flag.NOT_SETTLED)
    # A foot that fell asleep while sitting cross-legged and woke up a minute later is posture, not a nerve sign.
    if (
        Flag.LEG_NUMBNESS_TINGLING in out
        and _POSITIONAL.search(text)
        and (_SETTLED_SOON.search(text) or _WOKE_UP_SOON.search(text))
        and not re.search(r"\bboth\b", text)
        and not any(FLAG_LEVEL[f] >= Level.MODIFY for f in out - {Flag.LEG_NUMBNESS_TINGLING})
    ):
        out.discard(Flag.LEG_NUMBNESS_TINGLING)
    # Age alone is no red flag; the spec's flag is age over 50 WITH NEW BACK PAIN. "55, no pain anywhere", "at 66 my
    # neck gets sore", "I'm 59 and my quads do all the work, back is fine", "72, bottom nicely sore": pain elsewhere
    # or a back named only to say it is fine leaves age alone. The back pain is the lower back paired with a pain word.
    # "I'm 63, never had back problems, now it aches every morning": the "it" is the back the user has just named.
    if Flag.AGE_OVER_50_NEW in out and Flag.PAIN_UNSPECIFIED in out and _NEVER_HAD_BACK.search(text):
        out = (out - {Flag.PAIN_UNSPECIFIED}) | {Flag.BACK_ACHE_MILD}
    # "I'm 54, never had back issues in my life until this week": new back trouble, told by when it began.
    if Flag.AGE_OVER_50_NEW in out and _NEVER_HAD_BACK_UNTIL.search(text):
        out.add(Flag.BACK_ACHE_MILD)
    if Flag.AGE_OVER_50_NEW in out and Flag.BACK_ACHE_MILD not in out:
        out.discard(Flag.AGE_OVER_50_NEW)
    # The same mild ache on and off for decades, settling as it always has, is the user's normal: it keeps coming back,
    # but it is neither new nor changed ("64, the same mild back ache on and off since my 40s, eased after a shower").
    if (
        out & {Flag.RECURRING, Flag.AGE_OVER_50_NEW}
        and _DECADES_FAMILIAR.search(text)
        and _SETTLES.search(text)
        and not any(FLAG_LEVEL[f] >= Level.PROFESSIONAL for f in out - {Flag.RECURRING, Flag.AGE_OVER_50_NEW})
    ):
        out -= {Flag.RECURRING, Flag.AGE_OVER_50_NEW}
    # Age over fifty flags NEW back pain: an ache the user has had for years, unchanged, is not new ("57, bit of low
    # back tightness after thrusts, had that since my 30s, no change").
    if (
        Flag.AGE_OVER_50_NEW in out
        and _ache_for_years(text)
        and not any(FLAG_LEVEL[f] >= Level.PROFESSIONAL for f in out - {Flag.AGE_OVER_50_NEW})
    ):
        out.discard(Flag.AGE_OVER_50_NEW)
    # A history the user gives with no pain at all is background, not a report: "cancer survivor, no pain anywhere".
    if out and out <= _BACKGROUND_FLAGS and _NO_PAIN_AT_ALL.search(text):
        out.clear()
    # How long, with nothing that lasts: "temperature normal for 4 days, no back pain", "no pain... the last two weeks
    # before the meet", "today... I'm still smiling... nothing hurts". A duration needs something felt to belong to.
    if out and out <= _DURATION_FLAGS and not affirmed_pain and _PAIN_DENIED.search(text):
        out.clear()
    # "did thrusts last night... this morning it's still there, it hasn't settled": one night on, it has not settled
    # (modify); not subsiding is about two days or more.
    if Flag.NOT_SUBSIDING in out and _ONE_NIGHT.search(text) and not _LONGER_THAN_A_NIGHT.search(text):
        out.discard(Flag.NOT_SUBSIDING)
        out.add(Flag.NOT_SETTLED)
    if (
        Flag.NOT_SUBSIDING not in out
        and (_days_since_named(scan) >= 2 or _days_since_dated(text) >= 2)
        and _STILL_HURTS.search(text)
        and (not _only_muscle_feel(text) or Location.LOWER_BACK in locations)
    ):
        out.add(Flag.NOT_SUBSIDING)
    # "my yansh dey pain me sweet sweet after thrusts yesterday": pain the user calls good, in a muscle, is DOMS.
    if (
        Flag.PAIN_UNSPECIFIED in out
        and locations
        and locations <= {Location.GLUTES, Location.HAMSTRINGS}
        and _GOOD_PAIN.search(text)
        and not any(FLAG_LEVEL[f] >= Level.MODIFY for f in out - {Flag.PAIN_UNSPECIFIED})
    ):
        out.discard(Flag.PAIN_UNSPECIFIED)
        out.add(Flag.DOMS)
    return out


_GOOD_PAIN = re.compile(
    r"\b(?:good|nice|sweet|satisfying|lovely|happy|delicious)\s+(?:kind\s+of\s+|sort\s+of\s+|type\s+of\s+)?(?:workout\s+|"
    r"training\s+|muscle\s+|gym\s+)?(?:pain|hurt|ache|achy|aching|sore\w*|doms)\b|"
    r"\b(?:pain\w*|hurt\w*|ach\w*)\s+(?:me\s+)?(?:so\s+)?(?:sweet|good|nice)(?:\s+sweet)?\b|\bsweet\s+sweet\b|"
    r"\bhurts?\s+so\s+good\b|\bin\s+(?:the\s+best|a\s+good)\s+way\b|"
    # Pain the user calls the ordinary kind: "like normal soreness", "just the usual DOMS", "regular muscle ache".
    r"(?<!not\s)(?<!n't\s)(?<!no\s)\b(?:normal|usual|regular|typical|ordinary|standard|expected|everyday|healthy)\s+"
    r"(?:stiff\s+|achy\s+)?(?:post-?workout\s+|post-?training\s+|gym\s+|training\s+|muscle\s+|muscular\s+)?(?:sore\w*|doms|ache|"
    r"aches|achiness|stiffness)\b|"
    r"\b(?:that|the)\s+good,?\s+(?:sore|achy|aching)\s+(?:way|kind|feeling)\b|"
    # Soreness over by the second or third day: "gone by day 3".
    r"\b(?:gone|fine|better|cleared|over)\s+(?:by|on|after)\s+(?:day\s+(?:[2-3]|two|three)|the\s+(?:second|third)\s+day)\b"
)
_MORNING_AFTER = re.compile(r"\b(?:morning|day)\s+after\b")
_DECADES_FAMILIAR = re.compile(
    r"\bsame\b[^.!?]{0,40}?\b(?:on\s+and\s+off|off\s+and\s+on)\s+(?:for\s+(?:over\s+|about\s+)?(?:\d\d|many|several|ten|"
    r"twenty|thirty)\s+(?:years|decades)|for\s+decades|since\s+my\s+(?:teens|20s|30s|40s|twenties|thirties|forties))\b"
)
_SETTLES = re.compile(r"\b(?:settl\w*|eased|eases|easing|goes\s+away|went\s+away|gone|clears?)\b")
# Years of training, and what is new: "been lifting for 30 years, and this week my lower back started aching".
_TRAINED_YEARS = re.compile(
    r"\b(?:lifting|lifted|training|trained|thrusting|doing\s+(?:this|it|them|thrusts)|in\s+the\s+gym|running|competing|"
    r"coaching)\s+(?:\w+\s+)?$"
)
_NEWLY = re.compile(
    r"\b(?:started|starting|began|begun|(?<!nothing\s)(?<!not\s)new|newly|recently|lately|suddenly|first\s+time|never\s+had|this\s+(?:week|month)|"
    r"(?:since|for)\s+(?:\d+|a\s+few|two|three|a\s+couple\s+of)\s+(?:days|weeks))\b"
)


def _ache_for_years(text: str) -> bool:
    """The back ache is told as years old, and nothing in the message says it is new."""
    return not _NEWLY.search(text) and any(
        not _TRAINED_YEARS.search(text, max(0, m.start() - 40), m.start()) for m in _YEARS_FAMILIAR.finditer(text)
    )


# The ache is as old as the years it names: "for the past 15 years, same as always", "had that since my 30s".
_YEARS_FAMILIAR = re.compile(
    r"\bfor\s+(?:the\s+)?(?:past\s+|last\s+|over\s+|about\s+|around\s+|like\s+)?(?:\d{1,2}|many|several|a\s+few|ten|fifteen|"
    r"twenty|thirty)\s*(?:years|yrs|decades)\b|\bfor\s+(?:many\s+)?(?:decades|years)\b|"
    r"\bsince\s+(?:my|i\s+was\s+in\s+my)\s+(?:teens|20s|30s|40s|twenties|thirties|forties)\b|\bsame\s+as\s+(?:always|ever)\b|"
    r"\b(?:always|forever)\s+had\b|\bfor\s+as\s+long\s+as\s+i\s+can\s+remember\b"
)
_GLUTE_WORK_FEEL = re.compile(rf"(?:{_PAIN_BURN}|{_PAIN_PUMP}|tight\w*|full|hot|warm|heavy|tired|stiff|feels?\s+weird)")
_WORK_SAID = re.compile(
    r"\b(?:muscles?\s+(?:\w+\s+)?work\w*|just\s+the\s+muscles?|after\s+the\s+(?:set|session)|during\s+the\s+(?:set|reps?)|"
    r"stops?\s+when\s+i\s+stop|(?:fades?|goes|went|faded)\s+(?:out\s+|away\s+)?(?:within|in|after)\s+(?:a|one|\d+)\s+"
    r"(?:minute|min)s?|around\s+rep\s+\d+)\b"
)
_DURATION_FLAGS = frozenset({Flag.NOT_SUBSIDING, Flag.RECURRING, Flag.NOT_SETTLED})
_PAIN_DENIED = re.compile(
    r"\b(?:no|zero|without)\s+(?:\w+\s+){0,2}?(?:pain|issues|problems|aches?)\b|\bnothing\s+(?:hurts|aches)\b|"
    r"\b(?:doesn'?t|don'?t|does\s+not|do\s+not)\s+hurt\b|\bpain[\s-]?free\b"
)
_BACKGROUND_FLAGS = frozenset({Flag.CANCER_HISTORY, Flag.AGE_OVER_50_NEW, Flag.NIGHT_PAIN})
_NO_PAIN_AT_ALL = re.compile(
    r"\bi\s+(?:don'?t|do\s+not)\s+(?:even\s+|actually\s+|really\s+)?(?:have|feel)\s+(?:any\s+)?pain\b(?!\s+(?:in|when|during|at|after|but))|"
    r"\bi\s+have\s+no\s+pain\b(?!\s+(?:in|when|during|at|after|but))|"
    r"\b(?:no|zero|without\s+any|not\s+(?:in\s+)?any)\s+pain\s+(?:at\s+all|anywhere|whatsoever|of\s+any\s+kind)\b|"
    r"\b(?:totally\s+|completely\s+)?pain[\s-]?free\b"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The day it is now, said as such: "it's thursday now", "today is friday", "now it's saturday".
_TODAY_IS = re.compile(
    rf"\b(?:(?:it'?s|its|it\s+is|today\s+is|today'?s|now\s+it'?s|now\s+its)\s+|today\s*[,(-]\s*)(?:now\s+)?"
    rf"({_WEEKDAY})\b|"
    rf"\b({_WEEKDAY})\s+(?:now|today)\b|"
    # "7/10 on saturday, still around a 6 on tuesday": the day it is still there.
    rf"\bstill\s+(?:\w+\s+){{0,4}}?on\s+({_WEEKDAY})\b"
)
_DAY_NAMED = re.compile(rf"\b({_WEEKDAY})\b")
_STILL_HURTS = re.compile(
    # "still here", "still hanging around", "not much better": the pain has not left since the day named.
    r"\bstill\s+(?:\w+\s+){0,2}?(?:hurt\w*|pain\w*|ach\w*|sore|killing|bad|there|the\s+same|here|around|with\s+me)\b|"
    # "it's now Wednesday and it's basically the same as on Sunday".
    r"\b(?:basically|pretty\s+much|about|exactly|just|still)\s+the\s+same\s+as\s+(?:on\s+|it\s+was\s+(?:on\s+)?)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day\s+one|day\s+1|the\s+first\s+day)\b|"
    r"\bnot\s+(?:much|any|really|a\s+lot)\s+better\b|\b(?:it'?s|its|it\s+is|still)\s+no\s+better\b|\b(?:just\s+)?not\s+(?:getting\s+)?(?:any\s+)?better\b|\bstill\s+(?:about\s+|around\s+|at\s+|like\s+|a\s+)?\d+\s*(?:/|out\s+of)\s*10\b|"
    r"\b(?:hasn'?t|has\s+not|not|hadn'?t|never)\s+(?:\w+\s+)?(?:settled|eased|improved|gone|changed|let\s+up)|"
    r"\bstill\s+(?:about\s+|around\s+|at\s+|like\s+)?(?:a\s+)?\d\b(?!\s*(?:kg|kgs|lbs?|reps?|sets?|x\b|%))|"
    # "has been sitting at 6/10 since saturday": a score that has held since the day named.
    r"\b(?:has|have)\s+been\s+(?:sitting|stuck|staying|hovering|holding|steady)\s+(?:at\s+)?(?:around\s+|about\s+|a\s+)?\d"
)


def _weekday(word: str) -> int:
    return next(i for i, day in enumerate(_WEEKDAYS) if day.startswith(word[:3]))


_TODAY_DATED = re.compile(r"\btoday\s+(?:is\s+)?(?:the\s+)?([12]?\d|3[01])(?:st|nd|rd|th)\b")
_DAY_DATED = re.compile(r"\b(?:on\s+)?the\s+([12]?\d|3[01])(?:st|nd|rd|th)\b")


def _days_since_dated(text: str) -> int:
    """Days from the first date of the month named to today's: "still 6 on the 13th... and today the 16th" is 3."""
    today = _TODAY_DATED.search(text)
    first = _DAY_DATED.search(text, 0, today.start()) if today else None
    if today is None or first is None:
        return 0
    return int(today.group(1)) - int(first.group(1))


def _days_since_named(scan: _Scan) -> int:
    """Days from the first weekday named to the one the user says it is now: "Monday... it's Thursday now" is 3."""
    today = _TODAY_IS.search(scan.text)
    if today is None:
        return 0
    now = _weekday(today.group(1) or today.group(2) or today.group(3))
    started = [m for m in _DAY_NAMED.finditer(scan.text, 0, today.start()) if not scan.hypothetical(m.start())]
    if not started:
        return 0
    return (now - _weekday(started[0].group(1))) % 7


# An illness that is over: "had a fever last week, fully recovered now".
_FEVER_WORD = re.compile(r"\b(?:fever\w*|feverish|temperature|temp|chills|febrile|flu|rigou?rs)\b")
_ILLNESS_OVER = re.compile(
    r"\b(?:(?:fully|completely|totally|all)\s+)?recovered\b|\b(?:over\s+it|better|well\s+again)\s+now\b|"
    r"\bgot\s+over\s+(?:it|the\s+\w+)|\b(?:it|fever|temperature|flu|cold|infection|bug)(?:'s|\s+has|\s+is|\s+was)?\s+"
    r"(?:gone|passed|broke|broken|cleared|over|resolved)\b|^\s*(?:has\s+been\s+|been\s+|is\s+|was\s+|back\s+to\s+)?normal\b|\b(?:feel|feeling|i'?m|i\s+am|im)\s+(?:totally\s+|completely\s+|"
    r"all\s+|back\s+to\s+)?(?:fine|better|normal|healthy|100%|well)\s+(?:now|again)\b|"
    r"\bno\s+(?:more\s+)?(?:fever|temperature|symptoms)\s+(?:now|anymore|any\s+more|since)\b"
)
_STILL = re.compile(r"\b(?:but|though|although|still)\b")


def _illness_over(scan: _Scan) -> bool:
    """Every fever mentioned has a recovery beside it, before any "but" or "still" that would bring it back."""
    found = False
    for m in _FEVER_WORD.finditer(scan.text):
        if scan.negated(m.start()) or scan.hypothetical(m.start()):
            continue
        start = scan.sentence_start(m.start())
        end = next((s for s in scan.sentence_starts if s > m.end()), len(scan.text))
        after = scan.text[m.end() : min(end, m.end() + 60)]
        cut = _STILL.search(after)
        # "a fever last week, but I'm fully recovered now": the "but" brings the recovery, not the fever back.
        if cut and cut.group(0) != "still" and _ILLNESS_OVER.search(after, cut.end(), cut.end() + 40):
            cut = re.compile(r"\bstill\b").search(after, cut.end())
        after = after[: cut.start()] if cut else after
        before = scan.text[max(start, m.start() - 40) : m.start()]
        if not (_ILLNESS_OVER.search(after) or _ILLNESS_OVER.search(before)):
            return False
        found = True
    return found


# Denials that a dropped bar or a fall reached anyone: "didn't hit me", "missed me", "nobody got hurt".
_FALL_RE = re.compile(_FALL)
_HARM_DENIED = re.compile(
    r"\b(?:didn'?t|did\s+not|never|doesn'?t|does\s+not|wouldn'?t)\s+(?:even\s+|actually\s+)?(?:hit|touch|land\s+on|"
    r"fall\s+on|hurt|injure|get)\s+(?:me|us|anyone|anybody|him|her|my\s+\w+)\b|\bmissed\s+(?:me|us|my\s+\w+|by\s+inches)\b|"
    r"\b(?:nobody|no\s*-?\s*one|noone|no\s+body|none\s+of\s+us|neither\s+of\s+us)\s+(?:\w+\s+)?(?:got\s+|was\s+|were\s+|is\s+)?"
    r"(?:hurt|injured|harmed|hit)\b|\b(?:i'?m|i\s+am|im|i\s+was|we'?re|we\s+are|we\s+were|everyone'?s|everyone\s+is|"
    r"everybody'?s|all)\s+(?:totally\s+|completely\s+|perfectly\s+|absolutely\s+|all\s+|100%\s+|physically\s+)?"
    r"(?:fine|ok|okay|unhurt|uninjured|unharmed|alright|all\s+right|good)\b|\b(?:not|wasn'?t|weren'?t)\s+"
    r"(?:hurt|injured|harmed|hit)\b|\bno\s+(?:harm|injur\w*|damage)\b"
)
# Pain that was gone by the next morning, said as such (not "hadn't settled by the next morning").
_SETTLED_MORNING = re.compile(
    r"(?<!n't\s)(?<!not\s)(?<!never\s)\b(?:gone|went\s+away|goes\s+away|settled|settles|fine|ok|okay|better|"
    r"disappeared|eased|vanished|normal|nothing)\s+(?:again\s+|completely\s+|totally\s+)?(?:(?:by|on|in)\s+)?"
    r"(?:the\s+)?(?:next|following)\s+(?:morning|day)\b|"
    r"(?<!n't\s)(?<!not\s)(?<!never\s)\b(?:gone|settled|went\s+away|disappeared|eased)\s+(?:by\s+(?:the\s+)?morning|"
    r"overnight)\b|"
    # The morning first: "by the morning it's totally gone", "by bedtime 1/10 and this morning nothing".
    r"\b(?:by\s+(?:the\s+)?|this\s+|next\s+|the\s+next\s+)morning\s+(?:it'?s\s+|it\s+was\s+|was\s+)?(?:totally\s+|"
    r"completely\s+|all\s+)?(?:nothing|gone|fine|ok|okay|normal)\b|"
    r"(?<!n't\s)(?<!not\s)(?<!never\s)\b(?:gone|went\s+away|settled|disappeared|eased|vanished|fine|ok|okay|better|"
    r"normal)\s+(?:again\s+|completely\s+|totally\s+)?(?:by\s+)?(?:this\s+morning|today|when\s+i\s+woke\s+up)\b|\b(?:next|following)\s+(?:morning|day)\s+(?:it\s+was|it'?s|it\s+is|was|all)\s+(?:gone|fine|ok|okay|better)"
)


_SEVERE_RE = re.compile(_SEVERE)
_SCORE_ONLY = re.compile(r"(?:10|9|ten|nine)\s*(?:/|out\s+of|from)\s*10")
# Said to be over already: "feels ok now", "gone now", "settled straight away".
_OVER_NOW = re.compile(
    r"\b(?:doesn'?t|does\s+not|don'?t)\s+hurt\s+(?:any\s*more|now)\b|\bno\s+pain\s+now\b|"
    r"\bfeeling\s+(?:totally\s+|completely\s+)?(?:ok|okay|fine|good|better|normal)\s+now\b|"
    # "...lasted about 48 hours and now I feel great".
    r"\bnow\s+(?:i\s+)?(?:feel|it'?s|its|i'?m|im|they'?re|it\s+feels)\s+(?:totally\s+|completely\s+)?(?:great|fine|good|ok|"
    r"okay|normal|better|gone)\b|"
    r"(?<!n't\s)(?<!not\s)(?<!never\s)\b(?:feels?|felt|is|it'?s|its|all|back\s+to)\s+(?:totally\s+|completely\s+|"
    r"pretty\s+much\s+)?(?:ok|okay|fine|good|better|normal|gone)\s+(?:now|already|again)\b|"
    r"(?<!n't\s)(?<!not\s)\b(?:gone|went\s+away|settled|eased|passed|disappeared)\s+(?:now|already|straight\s+away|"
    r"right\s+away|immediately|quickly|after\s+(?:the\s+set|a\s+(?:minute|few\s+minutes)|racking))\b|"
    # "like a 6 during heavy sets, then fine".
    r",\s*then\s+(?:totally\s+|completely\s+|perfectly\s+)?(?:fine|ok|okay|gone|normal)\b|"
    # "like an eight on the heavy set but then it calmed down"; calmed "a bit" is not over.
    r"(?<!n't\s)(?<!not\s)\b(?:then\s+)?(?:it|the\s+pain|pain)\s+calm(?:ed|s)\s+(?:right\s+|straight\s+)?down\b"
    r"(?!\s+(?:a\s+(?:bit|little|tad)|slightly|some|somewhat))"
)


_ONE_NIGHT = re.compile(
    r"\b(?:last\s+night|yesterday(?:\s+(?:evening|afternoon|morning))?|this\s+morning)\b[^.!?]*[.!?]?[^.!?]*\b(?:this\s+"
    r"morning|today|now|woke\s+up)\b"
)
_NEXT_DAY = re.compile(
    r"\b(?:the\s+next|next|the\s+following)\s+day\b|\bovernight\b|\bwhen\s+i\s+woke\b|\bby\s+(?:the\s+)?(?:next\s+)?morning\b"
)
_THIS_MORNING = re.compile(r"\b(?:this|next|the\s+next|following)\s+morning\b")
_LONGER_THAN_A_NIGHT = re.compile(
    r"\b(?:days?|weeks?|wks?|months?|fortnights?|hours|hrs|since\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|last|the\s+weekend)|again|every|keeps?|kept|always|chronic|persist\w*|constant\w*|all\s+the\s+time|24/7|"
    r"on\s+and\s+off|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)


def _over_now(scan: _Scan) -> bool:
    return any(not scan.negated(m.start()) for m in _OVER_NOW.finditer(scan.text)) or bool(
        _SETTLED_SOON.search(scan.text)
    )


def _settled_by_morning(scan: _Scan) -> bool:
    return any(not scan.negated(m.start()) for m in _SETTLED_MORNING.finditer(scan.text))


# Postures that put a foot or leg to sleep for a minute.
_POSITIONAL = re.compile(
    r"\b(?:cross[\s-]?legged|crossed\s+my\s+legs|(?:with\s+)?(?:my\s+)?legs\s+crossed|sitting\s+on\s+(?:my\s+)?"
    r"(?:legs?|feet|foot)|sat\s+on\s+(?:my\s+)?(?:legs?|feet|foot)|kneel\w*|slept\s+on|sleeping\s+on|lying\s+on|"
    r"(?:sitting|sat)\s+(?:on\s+the\s+(?:toilet|loo|floor|bench|couch|sofa|chair)|at\s+(?:my|the)\s+desk|in\s+the\s+car|for\s+(?:too\s+)?long)|"
    r"(?:sitting|sat)\s+(?:\w+\s+){0,2}?(?:watching|reading|gaming|playing|on\s+the\s+(?:couch|sofa|floor))|"
    r"(?:during|on|after)\s+(?:the|a|my|this)\s+(?:long\s+|\d+\s*h(?:ou)?r?s?\s+)?(?:drive|flight|journey|road\s+trip|"
    r"coach\s+trip|train\s+ride|bus\s+ride)|(?:driving|in\s+the\s+car|on\s+the\s+plane)\s+for\s+(?:hours|ages|\d+))\b"
)
_WOKE_UP_SOON = re.compile(
    r"\b(?:once|when|after|as\s+soon\s+as)\s+i\s+(?:stood|got|stand|get)\s+up\b|\bshook\s+it\s+(?:off|out)\b|"
    r"\b(?:gone|fine|normal|back\s+to\s+normal)\s+now\b|\bwore\s+off\b|\bwoke\s+up\s+(?:fine|again|normal)\b|"
    r"\b(?:came\s+back|went\s+away|back\s+to\s+normal)\s+(?:as\s+soon\s+as|once|when|the\s+moment)\s+i\s+(?:got\s+out|got\s+up|"
    r"stood|moved|walked|got\s+off)\b"
)


def _severity_flags(severity: int, trauma: bool) -> set[Flag]:
    flags: set[Flag] = set()
    if severity > 5:
        flags.add(Flag.SEVERITY_OVER_5)
    if severity >= 8:
        flags.add(Flag.SEVERE_PAIN)
    if trauma and severity >= 7:
        flags.add(Flag.TRAUMA_SEVERE)
    return flags


def _drop_overridden(flags: set[Flag], locations: set[Location]) -> set[Flag]:
    """Remove a weaker reading of the same words once a more specific one was found."""
    out = set(flags)
    if Flag.SADDLE_NUMBNESS in out and not locations & {Location.HAMSTRINGS, Location.KNEES, Location.OTHER}:
        # "can't feel my inner thighs" is the saddle area, not a leg numbness.
        out.discard(Flag.LEG_NUMBNESS_TINGLING)
    if Flag.BACK_NOT_GLUTES in out:
        out.discard(Flag.PAIN_UNSPECIFIED)
    if Flag.HAMSTRING_CRAMP in out:
        out.discard(Flag.HAMSTRINGS_DOMINANT)
    if out & {Flag.QUADS_DOMINANT, Flag.HAMSTRINGS_DOMINANT, Flag.HAMSTRING_CRAMP, Flag.BAR_HIP_PAIN}:
        out.discard(Flag.PAIN_UNSPECIFIED)
    if out & {Flag.NOT_SETTLED} and Flag.DOMS in out and locations & {Location.LOWER_BACK}:
        out.discard(Flag.DOMS)
    return out


# ---------------------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------------------


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


# What lets the rules bound the safety net: a fall the user says was mild, numbness they say is in one leg only.
_CAN_WALK = re.compile(
    r"\b(?:i\s+)?can\s+(?:still\s+)?(?:walk|stand|move)(?:\s+(?:fine|ok|okay|normally|around|about))?\b"
    r"(?!\s+(?:but|only|barely|hardly|with\s+(?:a\s+limp|difficulty|help)))|"
    r"\b(?:walking|moving)\s+(?:fine|ok|okay|normally)\b"
)
_ONE_SIDE_ONLY = re.compile(
    r"\b(?:just|only)\s+(?:ever\s+)?(?:on\s+|in\s+)?(?:the|my|that|this)\s+(?:one\s+|(?:left|right)\s+)?(?:leg|side|foot|thigh|calf)\b|"
    r"\b(?:just|only)\s+(?:on\s+|in\s+)?one\s+(?:leg|side|foot|thigh|calf)\b|"
    r"\b(?:left|right|one)\s+(?:leg|side|foot|thigh|calf)\s+only\b|"
    r"\bother\s+(?:leg|side|foot)\s+(?:is\s+|feels\s+)?(?:fine|normal|ok|okay|good)\b|"
    # The other side named by its side: "right thigh numb, left side normal".
    r"\b(?:left|right)\s+(?:leg|side|foot|thigh|calf)\s+(?:is\s+|feels\s+|seems\s+)?(?:totally\s+|completely\s+|"
    r"perfectly\s+)?(?:fine|normal|ok|okay|good|unaffected)\b|"
    r"\bunilateral\w*\b|\b(?:on|in)\s+one\s+(?:leg|side|foot|thigh|calf)\b(?!\s+(?:and|then|to)\b)|"
    # "only the right one", "just that one".
    r"\b(?:just|only)\s+(?:the\s+|my\s+)?(?:left|right|that|this)\s+one\b|"
    # Shorthand for the other side: "left is normal", "L leg fine", "R side ok".
    r"\b(?:the\s+)?(?:left|right|l|r)(?:\s+(?:one|leg|side|foot))?\s+(?:is\s+|feels\s+|seems\s+)?(?:totally\s+|"
    r"completely\s+|perfectly\s+)?(?:fine|normal|ok|okay|good|unaffected)\b"
)
# An old, unchanged symptom or a long-healed operation: "numb feet for years, nothing new", "a numb spot from an old
# knee op, unchanged for 10 years", "had a microdiscectomy years ago, fully recovered".
_OLD_SYMPTOM = re.compile(
    r"\b(?:(?:feet|toes|foot|soles|legs?)\s+(?:\w+\s+){0,2}?)?"
    r"(?:numb\w*|neuropath\w*|sciatica|tingl\w*|pins\s+and\s+needles|(?:micro)?discectomy|fusion|op|operation|surgery)\b"
    # New since the session is no old symptom, however "stable" now: "pins and needles since the session, stable".
    r"(?![^.!?]{0,90}?\bsince\s+(?:the\s+session|my\s+(?:session|workout)|the\s+workout|yesterday|last\s+night|this\s+morning|"
    r"(?:hip\s+)?thrusts?|training|leg\s+day))"
    r"[^.!?]{0,90}?\b(?:for\s+(?:over\s+|more\s+than\s+|about\s+|nearly\s+)?(?:\d+\s+|two\s+|three\s+|five\s+|ten\s+|many\s+|"
    r"several\s+|a\s+few\s+)?(?:years|ages|decades)|years?\s+ago|long-?standing|unchanged|no\s+change|nothing\s+new|"
    r"normal\s+for\s+me|stable|fully\s+recovered|fine\s+since)\b"
    # Back again, here or in the next sentences: "tingling down my leg years ago. it stopped. now it's started again".
    r"(?![^?]{0,80}?\b(?:again|flar\w*|return\w*|came\s+back|coming\s+back|(?:is|it'?s|it\s+is)\s+back)\b)|"
    r"\b(?:for\s+(?:years|ages)|long-?standing|stable)\b[^.!?]{0,30}?\b(?:numb\w*|neuropath\w*|sciatica|tingl\w*)\b|"
    # Named as history: "I have a history of sciatica but this feels different", "my old sciatica is resolved",
    # "previous sciatica, no leg symptoms now". Said to be back, it is a sign again.
    r"\b(?:history\s+of|hx\s+of|previous|prior|past|old|former|earlier)\s+(?:\w+\s+)?sciatica\b"
    r"(?![^.!?]{0,60}?\b(?:again|flar\w*|return\w*|acting\s+up|kick\w*\s+(?:in|off)|worse|came\s+back|coming\s+back|"
    r"(?:is|it'?s|it\s+is)\s+back)\b)"
)
# The emergency signs said to be absent: "no bladder issues", "no problem with toilet", "no numbness between the legs".
# The net may still refer such a message, but not call it an emergency on the strength of those words.
_TOILET_TOPIC = r"(?:toilet|loo|bathroom|bladder|bowels?|peeing|peed|pee|pooping|urin\w*|poo\w*|waterworks)"
_SIGNS_DENIED = re.compile(
    # A list that starts with the toilet and ends with all of it normal: "toilet, legs, everything normal".
    rf"\b{_TOILET_TOPIC}(?:\s*,\s*(?:legs?|feeling|sensation|walking|bladder|bowels?))*\s*,\s*(?:everything|all)\s+(?:else\s+)?"
    r"(?:is\s+|feels?\s+)?(?:normal|fine|ok|okay|good)\b|"
    # "no issues peeing", "no trouble pooing", "no problem going to the toilet".
    r"\b(?:no|without|zero)\s+(?:issues?|problems?|trouble|difficulty)\s+(?:with\s+)?(?:pee\w*|wee\w*|poo\w*|urinat\w*|"
    r"going\s+to\s+the\s+(?:toilet|loo|bathroom)|(?:using\s+)?the\s+(?:toilet|loo|bathroom))\b|"
    r"\b(?:no|without|zero|nil)\s+(?:problems?\s+with\s+|issues?\s+with\s+|changes?\s+(?:in|with|to)\s+|trouble\s+with\s+)?"
    rf"(?:the\s+|my\s+)?{_TOILET_TOPIC}(?:\s*(?:or|and|/|,)\s*{_TOILET_TOPIC})*(?:\s+(?:issues?|problems?|changes?|trouble|"
    r"symptoms?))?\b|"
    rf"\b{_TOILET_TOPIC}(?:\s*(?:or|and|/|,)\s*{_TOILET_TOPIC})*(?:\s+(?:habits?|stuff|side))?\s+(?:is\s+|are\s+|all\s+|"
    r"still\s+|totally\s+|completely\s+)*(?:fine|normal|normally|ok|okay|good|unaffected|unchanged)\b|"
    r"\bnot\s+(?:spreading|weak|numb|tingly|tingling|getting\s+worse|worse)(?:\s*(?:,|or|and|/)\s*(?:not\s+)?(?:spreading|weak|"
    r"numb|tingly|tingling|getting\s+worse|worse))*\b|\blegs?\s+(?:are\s+|feel\s+|still\s+)?(?:strong|working\s+fine)\b|"
    r"\bother\s+(?:leg|side|foot)\s+(?:is\s+|feels\s+)?(?:totally\s+|completely\s+|perfectly\s+)?(?:fine|normal|ok|okay|good)\b|"
    rf"\bno\s+(?:numb\w*|tingl\w*|feeling\s+loss|loss\s+of\s+feeling)\s+(?:in\s+|around\s+|at\s+)?(?:my\s+|the\s+)?{_SADDLE_CORE}\b|"
    r"\bno\s+(?:other\s+)?red\s+flags?\b|\bno\s+(?:leg\s+|motor\s+)?weakness\b|"
    # "nothing scary like numbness, only a mild ache".
    r"\bnothing\s+(?:scary|serious|weird|alarming|worrying|bad|major|crazy|dramatic)\s+(?:like|such\s+as)\s+(?:numb\w*|tingl\w*|"
    r"pins\s+and\s+needles|shooting\s+pain|weakness|bladder\s+\w+|bowel\s+\w+)\b|"
    # Leg signs said to be absent: "nothing going down the legs", "no leg stuff", "legs are totally fine", "no tingling,
    # no numbness", "I can pee fine", "nothing weird down there".
    r"\b(?:no|nothing|nothin)\s+(?:\w+\s+){0,2}?(?:going\s+|goes\s+|went\s+|shooting\s+|running\s+)?(?:down|in|into)\s+"
    r"(?:my\s+|the\s+)?legs?\b|\bno\s+leg\s+(?:stuff|symptoms?|issues?|pain|problems?)\b|"
    r"\blegs?\s+(?:are|is|feel|feels)\s+(?:totally\s+|completely\s+|perfectly\s+)?(?:fine|normal|ok|okay|good)\b|"
    r"\bno\s+(?:numb\w*|tingl\w*|pins\s+and\s+needles)(?:\s*(?:,|or|and|/)\s*(?:no\s+)?(?:numb\w*|tingl\w*|weakness|"
    r"pins\s+and\s+needles))*\b|"
    r"\bcan\s+(?:pee|wee|walk|poo)\s+(?:etc\.?\s+|and\s+(?:poo|pee|stuff)\s+)?(?:fine|ok|okay|normally)\b|"
    r"\bnothing\s+(?:\w+\s+)?down\s+there\b|\bnothing\s+(?:wrong|amiss|off|different)\s+with\s+(?:the\s+|my\s+)?(?:toilet|bladder|"
    r"bowels?|waterworks|loo)(?:\s+(?:matters|stuff|business|side|habits))?\b|\bno\s+(?:drop|fall|impact|blow|collision)s?\b|\b(?:all|everything)\s+(?:good|fine|normal|ok|okay)\s+down\s+there\b|"
    r"\bno\s+(?:leaks?|leaking|leakage|dribbl\w*|drips?)\b|"
    r"\b(?:bladder|bowels?|saddle|waterworks)(?:'s|\s+is|\s+are|\s+was|\s+were)?\s+(?:all\s+|totally\s+|completely\s+|perfectly\s+)?"
    r"(?:fine|normal|ok|okay|good|unaffected)\b|\bfelt\s+the\s+(?:toilet\s+paper|paper|seat|wipe)\b|"
    # Asked and answered by the user: "numbness? nope. weakness? nope."
    r"\b(?:numb\w*|tingl\w*|weak\w*|leak\w*|bladder|bowels?|pins\s+and\s+needles|saddle\s+\w+)\s*\?\s*(?:nope|no|nah|none|"
    r"negative|zero|nada)\b|\bfeel\s+everything\s+(?:normally|fine|ok|okay)\b|"
    r"\bfeeling\s+is\s+(?:totally\s+|completely\s+|perfectly\s+)?(?:normal|fine)\b|\bnot\s+numb\s+at\s+all\b|"
    r"\blegs?\s+(?:feel|are|feels)\s+(?:exactly\s+)?(?:as|like)\s+(?:they\s+|it\s+)?(?:always\s+(?:do|does|did)|usual)\b|"
    r"\bnothing\s+(?:\w+\s+)?(?:between\s+(?:my|the)\s+legs|in\s+(?:my|the)\s+groin)\b|"
    r"\bnothing\s+(?:\w+\s+){0,2}?(?:in|with)\s+the\s+(?:bathroom|toilet|loo)(?:\s+department)?\b"
)
# Sign words that are no sign: toilet talk about training ("pee like 5 times", a full bladder while bracing, a leak on
# sneezing that is years old), kit moving, soreness in dramatic words, a fall that did not happen, old unchanged
# symptoms. The rules skip flags inside these spans and the net's ceiling blanks them.
_NOT_A_SIGN = re.compile(
    # A product used, not a feeling: "used numbing cream on my hips so the bar doesn't hurt them".
    r"\b(?:used|using|use|put|putting|apply|applied|applying|rubbed|rubbing)\s+(?:some\s+|a\s+)?(?:numbing|lidocaine|"
    r"lignocaine|emla|ana?esthetic|deep\s+heat|tiger\s+balm|voltaren|ibuprofen)\s+(?:cream|gel|spray|patch\w*|rub)\b|"
    # The known tingle of caffeine or beta-alanine: "caffeine tingles aside".
    r"\b(?:caffeine|pre[\s-]?workout|beta[\s-]?alanine|niacin)\s+(?:tingl\w*|itch\w*|prickl\w*|flush\w*)\b(?:\s+aside)?"
    r"(?![^.!?]{0,40}\b(?:legs?|feet|foot|toes?|thighs?|groin|butt|bum|saddle|calf|calves|shins?|knees?|between)\b)|"
    r"\b(?:night\s+sweats?|hot\s+flush\w*|hot\s+flash\w*)\b[^.!?]{0,40}?\(?\b(?:menopaus\w*|peri-?menopaus\w*|hrt|"
    r"hormon\w*)\b\)?|\b(?:menopaus\w*|peri-?menopaus\w*)\b[^.!?]{0,30}?\b(?:night\s+sweats?|hot\s+flush\w*|hot\s+flash\w*)"
    r"\b(?:[^.!?]{0,20}?\bwake\s+me(?:\s+up)?\b)?|"
    r"\b(?:fever|temperature)\b[^.!?]{0,40}?\bwas\s+(?:just\s+|only\s+)?(?:the\s+|a\s+)?(?:flu|cold|covid|virus|bug|"
    r"chest\s+infection)\b[^.!?]{0,10}?\b(?:gone|over|better|fine|recovered)\b(?:\s+now)?|"
    # A question about what happens to people, with no word of the user's own: "is it true people pee themselves on
    # max lifts? saw it on tiktok".
    r"\bis\s+it\s+true\s+(?:that\s+)?(?:people|lifters|some\s+people|women|men|guys|girls|you\s+can)\b[^.!?]*\?|"
    # Only the pride hurt: "got the bar stuck on my hips and had to roll it off. only my ego got hurt".
    r"\b(?:got\s+|get\s+)?(?:the\s+)?(?:bar|barbell|weight)\s+(?:got\s+)?(?:stuck|pinned|trapped)\b[^?]{0,80}?\b(?:only|just)\s+"
    r"(?:my\s+)?(?:ego|pride)\s+(?:got\s+|was\s+)?(?:hurt|bruised|dented|damaged|injured)\b|"
    r"\bonly\s+(?:my\s+)?(?:ego|pride)\s+(?:got\s+|was\s+)?(?:hurt|bruised|dented|damaged|injured)\b|"
    r"\bthe\s+only\s+thing\s+(?:hurt|bruised|injured)\s+(?:was\s+)?my\s+(?:ego|pride)\b|"
    # Sore glutes protesting at the toilet: "couldn't sit on the toilet without groaning", "getting onto the toilet is a
    # struggle today".
    r"\b(?:sit|sitting|sat|get|getting|got|lower\w*)\s+(?:down\s+)?(?:on|onto|on\s+to|off)\s+the\s+(?:toilet|loo|bog)\b"
    r"[^.!?]{0,30}?(?:\bwith(?:out)?\s+(?:groan\w*|winc\w*|moan\w*|swear\w*|cry\w*|grimac\w*)|\b(?:is|was)\s+(?:a\s+)?(?:real\s+)?"
    r"(?:struggle|mission|ordeal|hard|painful|agony|an\s+event|a\s+workout))|"
    # Help that was kindness, not need: "my partner helped me with my socks but only cos she's nice and I was lazy".
    r"\bhelped\s+me\s+(?:with|put\s+on)\s+my\s+(?:socks|shoes|trousers|jeans|pants|leggings)\b[^.!?]{0,40}?\b(?:only|just)\s+"
    r"(?:cos|coz|cuz|because|as)\b[^.!?]{0,60}|"
    # A progress story: "three months ago I couldn't get up from the floor... today I got up without using my hands".
    r"\b(?:months?|years?|weeks?)\s+ago\s+i\s+(?:couldn'?t|could\s+not|could\s+(?:barely|hardly)|struggled\s+to)\b[^.!?]{0,100}?"
    r"[.!,;]?\s*(?:and\s+|but\s+)?(?:now|today|these\s+days)\s+i\s+(?:can|could|got|get|managed|did|do)\b[^.!?]*|"
    # Glutes "dead" in a good way: "my butt is DEAD after that session haha, best kind of dead".
    r"\b(?:legs?|butt|bum|glutes?|booty|arse|ass|cheeks)\s+(?:is\s+|are\s+|was\s+|were\s+|feels?\s+|felt\s+)?(?:so\s+|totally\s+|"
    r"absolutely\s+|completely\s+)?dead\b(?=[^?]{0,50}?\b(?:(?:the\s+)?(?:best|good)\s+kind\s+of\s+dead|in\s+(?:a|the)\s+good\s+way)\b)|"
    # Legs that shake after a hard set and are fine a minute later: "legs like jelly after the burnout set, totally
    # fine two minutes later". Fatigue, not legs giving way.
    r"\blegs?\s+(?:\w+\s+){0,3}?(?:like\s+jelly|jelly|shaky|shaking|wobbly|trembl\w*|like\s+(?:noodles|spaghetti))\b[^.!?]{0,80}?"
    r"\b(?:fine|normal|right\s+as\s+rain|back\s+to\s+normal|ok|okay|gone)\s+(?:again\s+)?(?:a|one|two|three|a\s+few|"
    r"a\s+couple\s+(?:of\s+)?|\d+|few)\s+(?:minutes?|mins?|seconds?)\s+later\b|"
    # Nearly, not: "nearly wet myself laughing when my daughter tried to help".
    r"\b(?:nearly|almost)\s+(?:wet|peed|pissed|wee'?d)\s+(?:myself|my\s+pants|my\s+knickers)\b|"
    # A self-diagnosis asked about: "DOMS in my bum 2 days later, is that my sciatic nerve?".
    r"\bis\s+(?:that|it|this)\s+(?:my\s+|the\s+)?sciatic\w*(?:\s+nerve)?\s*\?|"
    # Muscles called weak are a strength question: "think my hip flexors are too weak", "my glutes are weak".
    r"\b(?:hip\s+flexors?|glutes?|core|abs|hamstrings?|quads?|adductors?)\s+(?:are|is)\s+(?:too\s+|really\s+|just\s+|so\s+)?weak\b|"
    # The burn of a set called fizzy: "fizzy burning in my glutes at rep 20".
    r"\bfizz\w*\s+burn\w*\s+in\s+(?:my\s+)?(?:glutes?|butt|bum|cheeks)\b|"
    # "you are a crack!" is Spanish praise, no sound from a joint.
    r"\b(?:you(?:'re|\s+are)|you\s+r|ur|u\s+r|u\s+are)\s+(?:a\s+|such\s+a\s+)?crack\b|"
    # The seat numb from hours of sitting, back the moment the user got up: "bum went numb on a 10h drive, came back
    # as soon as I got out, all normal now". Only the seat and the legs: numbness between the legs keeps its weight.
    r"\b(?:bum|butt|backside|arse|ass|buttocks?|bottom|foot|feet|legs?)\s+(?:\w+\s+)?(?:went|go|goes|gone|was|were|got|fell)"
    r"\s+(?:numb|dead|asleep|to\s+sleep)\b[^.!?]{0,40}?\b(?:drive|driving|flight|journey|trip|ride|sitting|sit|sat|cross[\s-]?legged|"
    r"movie|film|car|train|bus|coach|desk|meeting|exam|lecture|class)\b[^.!?]{0,40}?\b(?:came\s+back|comes?\s+back|went\s+away|"
    r"woke\s+up|wakes?\s+up|back\s+to\s+normal|fine)\b[^.!?]{0,30}?"
    r"\b(?:as\s+soon\s+as|once|when|the\s+moment|right\s+away|straight\s+away|within\s+(?:a\s+)?(?:minute|seconds?)|"
    r"after\s+(?:a|one)\s+(?:minute|min|sec\w*))\b"
    r"[^.!?]{0,30}|"
    # An injury long past is history, not one now: "old spinal injury from football in high school", "my old lumbar
    # injury healed".
    r"\b(?:old|previous|prior|past|former)\s+(?:\w+\s+){0,2}?injur(?:y|ies)\b|"
    # The bot and the phone: "the reminder woke me up at 4am", "do you store messages about bladder issues?", "the
    # /units command crashes the app".
    r"\b(?:reminders?|notifications?|alarm|bot|app|phone|ping|bab(?:y|ies)|newborn|toddler|kids?|son|daughter|dog|cat|puppy|"
    r"neighbou?rs?|partner|husband|wife|snoring)\b[^.!?]{0,40}?\bwoke\s+(?:me|us)(?:\s+up)?\b|"
    # Back to training, not a pain come back: "haven't trained in a while bc of exams, came back this week".
    r"\b(?:haven'?t|hadn'?t|didn'?t)\s+(?:trained|lifted|been\s+training|been\s+lifting|been\s+to\s+the\s+gym)\b[^.!?]{0,50}?"
    r"\bcame\s+back\s+(?:this|last)\s+(?:week|month)\b|\b(?:came|coming|come)\s+back\s+to\s+(?:the\s+gym|training|lifting|"
    r"thrusts?|hip\s+thrusts?)\b|"
    r"\b(?:store|keep|save|delete|log|record|read|see)\w*\s+(?:my\s+|the\s+|any\s+|your\s+)?(?:messages?|data|info\w*|chats?|"
    r"history|reports?)\s+(?:about|on|regarding|mentioning|that\s+mention)\b[^.!?]{0,60}|"
    r"\b(?:app|bot|command|page|site|button|reminder)\s+(?:keeps\s+|kept\s+)?crash(?:es|ed|ing)?\b|"
    # A night out, not pain at night: "like after standing at a concert all night".
    r"\b(?:standing|dancing|partying|working|driving|sitting|out)\s+(?:\w+\s+){0,3}?all\s+night\b|"
    # Similes: "like a stiff neck but in the back".
    r"\blike\s+(?:a\s+)?(?:stiff|cricked)\s+neck\b|"

    r"\binjur(?:y|ies)\s+(?:\w+\s+){0,3}?(?:healed|resolved|years?\s+ago|from\s+(?:high\s+school|school|college|uni|"
    r"university|years\s+ago|(?:19|20)\d\d))\b|"
    # A buzz from a massage gun or a TENS unit while it runs: "makes my leg buzz while it's running, stops the second
    # I switch it off".
    r"\b(?:massage\s+gun|theragun|percussion\s+gun|tens(?:\s+(?:unit|machine))?|vibration\s+plate)\b[^.!?]{0,60}?"
    r"\b(?:buzz\w*|tingl\w*|numb\w*|fizz\w*)\b(?=[^.!?]{0,60}?\b(?:while\s+(?:it'?s|it\s+is|i'?m)\s+(?:running|on|using)|"
    r"(?:stops|goes\s+away|gone|ends)\b[^.!?]{0,40}?\b(?:off|stop\w*)))|"
    # Kit that is torn is no tear in the body: "the pad on our gym's hip thrust machine is ripped".
    r"\b(?:pad|padding|cover|cushion|upholstery|bench|band|mat|strap|belt|leggings|shorts|pants|tights|gloves?)\b[^.!?]{0,40}?"
    r"\b(?:is|was|got|are|were|has|have)\s+(?:been\s+)?(?:all\s+)?(?:ripped|torn|split)\b|"
    # A pump that fills the clothes, a can that opens: "feels like they're about to pop out of my leggings", "heard a
    # pop... of my pre-workout can opening".
    r"\b(?:about\s+to\s+|gonna\s+|going\s+to\s+)?pop\s+out\s+of\s+(?:my|the|these|her|his)\s+(?:leggings|pants|shorts|tights|"
    r"jeans|shirt|top|skin)\b|"
    r"\b(?:(?:heard|felt)\s+(?:a\s+)?)?pop\w*[.\s]*of\s+(?:my\s+|a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:can|bottle|cork|lid|balloon)\b|"
    # A snap feared that never comes: "feels like it's gonna snap but it never does".
    r"\b(?:gonna|going\s+to|about\s+to)\s+(?:snap|pop|tear|rip)\b[^.!?]{0,20}?\b(?:never|doesn'?t|didn'?t)\b|"
    # A click with no pain: "my hips make a clicking sound at the top but there's no pain at all".
    r"\b(?:(?:a|heard\s+a|felt\s+a)\s+)?click\w*(?:\s+(?:sound|noise))?\b[^.!?]{0,40}?\b(?:no\s+pain|doesn'?t\s+hurt|"
    r"painless|pain[\s-]free|without\s+(?:any\s+)?pain)\b|"
    # Soreness with a tingle in its name, the burn felt as a fizz in the muscle: "glutes feel tingly-sore the day
    # after", "lower back feels fizzy-tired", "the burn feels like electric fizz inside the muscle".
    r"\b(?:tingly|tingling|fizzy|buzzy)[\s-](?:sore|tired|achy|warm|pumped)\b|"
    r"\bburn\w*\b[^.!?]{0,50}?\blike\s+(?:an?\s+)?(?:electric\s+)?(?:fizz\w*|buzz\w*)\s+(?:inside|in)\s+(?:the|my)\s+"
    r"(?:muscles?|glutes?)\b|"
    r"\b(?:pee|peeing|wee|weeing)\s+(?:a\s+lot|loads|so\s+much|often|more|constantly|all\s+the\s+time|frequently)\b|"
    r"\b(?:pee|wee|peeing|weeing)\s+(?:like\s+)?(?:\d+|two|three|four|five|six|a\s+few|several)\s+times\b|"
    r"\b(?:need|needing|have|having|got)\s+to\s+(?:pee|wee)\s+(?:constantly|a\s+lot|so\s+much|all\s+the\s+time|more|right\s+"
    r"(?:after|before)|before|after|between)\b|"
    r"\b(?:nip|go|run|pop|going|nipping)\s+to\s+the\s+(?:loo|toilet|bathroom|restroom)\s+(?:before|between|after|mid|during)\b|"
    r"\bfull\s+bladder\b|\btoilet\s+breaks?\b|" + _OLD_STRESS_LEAK.pattern + "|"
    # Both legs shaking or tired from the set, which the user calls fatigue or says passes at the rack.
    r"\bboth\s+(?:of\s+)?(?:my\s+)?legs\s+(?:are\s+|were\s+|feel\s+|felt\s+|get\s+|go\s+)?(?:\w+\s+){0,2}?(?:tired|shak\w*|"
    r"trembl\w*|wobbl\w*|quiver\w*|fatigued|pumped|burn\w*)\b(?=[^.!?]{0,60}?(?:[.!?,]|$)[^?]{0,80}?\b(?:fatigue|rack\w*|"
    r"normal|fine\s+(?:as\s+soon\s+as|once|when|after)|goes\s+away|go\s+away|settles?))|"
    # A bench that moved without a fall; "both sides of my lower back" is the back, not both legs.
    r"\b(?:bench|box)\s+(?:\w+\s+)?(?:slid|slipped|moved|shifted|tipped|wobbled)\b[^.!?]{0,60}?\b(?:didn'?t|did\s+not|without)\s+"
    r"(?:fall\w*|hit\w*|hurt\w*)[^.!?]{0,30}|\bboth\s+sides\s+of\s+(?:my\s+|the\s+)?(?:lower\s+|low\s+)?back\b|"
    # Soreness in dramatic words: "legs like wet noodles, fine an hour later" (_normalise reads "hit by a bus" and "legs
    # dead after leg day" as soreness already).
    r"\blegs?\s+(?:felt|feel|were|are)\s+like\s+(?:wet\s+)?(?:noodles|jelly|spaghetti)\b(?=[^.!?]{0,60}?\b(?:fine|normal|ok|okay|"
    r"gone|better)\b)|"
    # Feet sore from a shift on them: "feet are killing me after a double on the ward".
    r"\bfeet\s+(?:are\s+|were\s+)?(?:killing\s+me|sore|aching|throbbing)\b[^.!?]{0,40}?\b(?:shift|double|ward|standing|"
    r"on\s+my\s+feet|at\s+work)\b|"
    # A fall that did not happen: "I nearly fell off the box laughing".
    r"\b(?:nearly|almost)\s+(?:made\s+me\s+|had\s+me\s+)?(?:fell|fall\w*|slipped|slip|dropped|drop)\b[^.!?,]{0,40}|"
    # Both hamstrings or calves cramping is a cramp, not both legs failing.
    r"\bboth\s+(?:of\s+)?(?:my\s+)?(?:hamstrings?|hammies|calves|quads)\s+(?:\w+\s+){0,2}?(?:cramp\w*|lock\w*\s+up|seiz\w*)|"
    # Bruises from the bar on both hips; adductors worked by a wide stance or a band.
    r"\bbruis\w*\s+(?:on\s+)?both\s+(?:sides|hips|hip\s*bones)\b|\bboth\s+(?:hips|hip\s*bones)\s+(?:are\s+)?bruis\w*|"
    r"\binner\s+thighs?\s+(?:\(\w+\)\s+)?(?:are\s+|were\s+|feel\s+)?(?:really\s+|so\s+|very\s+|quite\s+|a\s+bit\s+)?(?:sore|tight|worked|"
    r"burn\w*|aching|achy)\b(?=[^.!?]{0,60}?\b(?:doms|"
    r"adductors?|wide[\s-]+stance|band\w*|normal|not\s+numb|riding|ride|hack|horse))|"
    # The pad or the bar creeping about is kit, not an impact: "the bar keeps rolling up toward my belly".
    r"\bpad\s+(?:keeps\s+|kept\s+)?(?:slid\w*|slipp\w*|mov\w*|roll\w*)|"
    r"\bbar\s+(?:keeps|kept|always)\s+(?:rolling|sliding|slipping|moving|creeping)\b|"
    # A condition the user fears or asks about by name is no sign they report: "could this be compartment syndrome??",
    # "did I damage a nerve??", "I think I herniated a disc!!!", "should I go to the ER??", "worried I tore something".
    r"\b(?:could|can|might|would|is|does)\s+(?:this|it|that)\s+(?:be|mean)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+){0,2}?"
    r"(?:syndrome|herniat\w*|disc|nerve\s+damage|cauda\s+equina|sciatica|fracture|tear)\b[^.!?]*\?|"
    r"\b(?:did|have|could)\s+i\s+(?:damage[d]?|hurt|pinch(?:ed)?|trap(?:ped)?)\s+(?:a|my|the)\s+nerve\s*\?|"
    r"\bnerve\s+damage\s*\?|\bam\s+i\s+in\s+danger\b[^.!?]*\?|"
    r"\bshould\s+i\s+(?:go\s+to|call|head\s+to)\s+(?:the\s+)?(?:er|a&e|emergency\s+room|hospital|911|999)\b[^.!?]*\?|"
    r"\b(?:i\s+think|pretty\s+sure|worried|scared|afraid|convinced|freaking\s+out)\b[^.!?]{0,30}?\b(?:herniat\w*|slipped|"
    r"bulg\w*|blew|blown)\s+(?:a\s+|my\s+)?discs?\b|"
    r"\b(?:worried|scared|afraid|paranoid|terrified|(?:100%|pretty|so|totally|absolutely)\s+sure|convinced)\s+(?:that\s+)?"
    r"i(?:'ve|\s+have)?\s+(?:might\s+have\s+|may\s+have\s+)?(?:tore|torn|ripped|pulled|strained)\s+(?:something|a\s+muscle|it)\b|"
    r"\b(?:anxious|worried|scared|afraid|paranoid|terrified|convinced|freaking\s+out)\s+(?:that\s+)?(?:it'?s|it\s+is|this\s+is|"
    r"i\s+have|i'?ve\s+got)\s+(?:a\s+|an\s+)?(?:pinched\s+nerve|trapped\s+nerve|herniat\w*(?:\s+disc)?|slipped\s+disc|"
    r"fracture|tear|sciatica)\b|"
    r"\b(?:tell\s+me|hope|praying|pray)\s+(?:that\s+)?(?:this|it)\s+(?:isn'?t|is\s+not|'?s\s+not)\s+(?:a\s+|an\s+)?(?:fracture|"
    r"break|broken\s+\w+|tear|herniat\w*|slipped\s+disc)\b|"
    r"\b(?:googled|googling|looked\s+up|searched(?:\s+for)?)\s+['\"“]?[\w\s-]{1,50}?['\"”]?(?=\s+(?:and|but|then)\b|[.!?,]|$)|"
    r"\b(?:dehydrated|sore|tired|bored|scared|worried)\s+to\s+death\b|"
    r"\b(?:it'?s|its|it\s+is)\s+back(?:\s+again)?\b[.…\s]*(?:the\s+)?(?:doms|soreness|pump|glute\s+burn)\b|"
    r"^\s*(?:hey|hi|hello|yo|hiya|ok|so)?[\s,!]*(?:i'?m\s+|im\s+)?back\s+again\b(?![^.!?]{0,30}\b(?:pain|hurt\w*|ache\w*|"
    r"numb\w*|tingl\w*|sciatica|twinge\w*|sore))|"
    r"\b(?:stretch\w*|rest\w*|walk\w*|massag\w*|shook\s+it\s+(?:out|off))\b[^.!?]{0,20}?\band\s+it\s+went\b"
    r"(?!\s+(?:pop|snap|crack|click|twang|ping|clunk))|"
    # Self-diagnosis the message itself takes back: "pretty sure I've got sciatica... nothing goes down my leg though".
    r"\b(?:pretty\s+sure|i\s+think|convinced|maybe|probably)\s+(?:i'?ve\s+got|i\s+have|it'?s|i\s+got)\s+sciatica\b"
    r"(?=[^?]{0,120}?\b(?:nothing|no\s+pain|doesn'?t|does\s+not|never)\s+(?:\w+\s+){0,2}?(?:down|into)\s+(?:my|the)\s+legs?)|"
    # A bar put down on the floor hit nobody: "dropped the bar on the floor after my last set, so embarrassing".
    r"\b(?:dropped|dumped|ditched|bailed)\s+(?:the\s+)?(?:bar|barbell|weight)\s+(?:on|onto|to)\s+the\s+(?:floor|ground|mat|"
    r"platform)\b|"
    # Joints replaced on both sides are history, not both legs failing: "both knees replaced".
    r"\bboth\s+(?:knees?|hips?)\s+(?:(?:were|have\s+been|got)\s+)?(?:replaced|done|resurfaced)\b|"
    r"\b(?:double|bilateral)\s+(?:knee|hip)\s+replacements?\b|"
    # Toilet habits around training: "I always go pee before training because the bar presses on my bladder".
    r"\b(?:go|have|take)\s+(?:a\s+)?(?:pee|wee)\s+before\s+(?:training|the\s+session|my\s+(?:session|workout)|i\s+train|lifting)\b|"
    r"\b(?:bar|barbell|belt)\s+(?:press\w*|push\w*|sits?)\s+on\s+(?:my\s+)?bladder\b|"
    # A figure of speech for tired legs: "I don't feel my legs anymore haha, it's an expression, they are dead tired".
    r"\b(?:can'?t|don'?t|cannot|do\s+not)\s+feel\s+my\s+legs\b[^.!?]{0,25}?(?=[^.!?]{0,25}?(?:it'?s\s+(?:just\s+|only\s+)?an?\s+(?:expression|"
    r"figure\s+of\s+speech|saying)|just\s+(?:dead\s+)?tired|not\s+literally))|"
    # Hands or arms numb on the handlebars or the bar are no leg or saddle sign.
    r"\b(?:hands?|fingers?|arms?|wrists?|thumbs?)\s+(?:\w+\s+){0,2}?(?:go|goes|went|get|gets|going|are|is|feel|felt)\s+"
    r"(?:a\s+bit\s+|kind\s+of\s+)?(?:numb|tingl\w*|asleep)\b|"
    # "muscle sore, not numb": the numbness denied beside the soreness.
    r"\b(?:muscle\s+|just\s+|only\s+)?sore,?\s+not\s+numb\b|"
    # Pelvic-floor care is no sign: "my pelvic floor physio has checked me".
    r"\bpelvic\s+floor\s+(?:physio\w*|therapist|pt|specialist|exercises?|work|training|class\w*|checks?|muscles?)\b|"
    # Pain that has gone: "pain's completely gone since yesterday".
    r"\b(?:pain|ache|soreness|tightness|it|its)(?:'s|\s+is|\s+has|\s+was)?\s+(?:been\s+)?(?:completely|totally|fully|all|100%)\s+"
    r"gone\b|"
    # Sore glutes make sitting hurt, the toilet seat too: "so sore it hurts to sit on the toilet".
    r"\bhurts?\s+to\s+sit\s+(?:down\s+)?(?:on\s+the\s+(?:toilet|loo|bog|bench|chair)|down)\b|"
    # A familiar, old ache said to be so: "same old stiffness", "nothing new about it", "legs exactly as they always
    # do", "the same minor ache on and off for 20 years".
    + _DECADES_FAMILIAR.pattern + "|"
    r"\bsame\s+old\s+(?:\w+\s+)?(?:stiff\w*|ache|aches|achiness|pain|back)\b|\bnothing\s+new\s+(?:about\s+it|there|here)\b|"
    r"\b(?:it'?s|its|it\s+is)\s+not\s+new\b|\b(?:had|have\s+had)\s+this\s+(?:sort\s+of\s+|kind\s+of\s+)?(?:\w+\s+)?for\s+years\b|"
    # An old, unchanged symptom is not a new sign: "numb feet for years, nothing new", "sciatica for years, no change".
    + _OLD_SYMPTOM.pattern
)
# Any hint of a nerve sign or a serious injury keeps the net's emergency reading, whatever else is said.
_NERVE_OR_INJURY = re.compile(
    # Whole words only: "anything to tweak?" holds no weakness.
    # Both hip bones (where the bar sits) or both arms are not both legs.
    rf"\b(?:{_SADDLE_CORE})\b|\bboth\b(?!\s+(?:me|us|of\s+us|i)\b)(?!\s+(?:of\s+)?(?:my\s+)?(?:hip\s*bones?|hips?|asis|glutes?|cheeks|shoulders|arms|hands|"
    rf"elbows|wrists|sides\s+of\s+(?:my\s+|the\s+)?(?:pelvis|hips?|(?:lower\s+|low\s+)?back|spine|neck)|sides,?\s+"
    rf"(?:fairly\s+|pretty\s+)?even(?:ly)?)\b)|\b{_WEAK}|\b{_WEAK_LAY}|\b{_WORSENING}|"
    # Blood thinners, pressure or sugar are the user's medicines and numbers, not a bleed.
    r"\b(?:broke|broken|fractur\w*|crack\w*|snap\w*|weight[\s-]?bear\w*|put\s+weight|bleed\w*|"
    r"blood(?!\s+(?:thinners?|pressure|sugars?|tests?|work|glucose|donations?|type|flow))|head|faint\w*|"
    r"passed\s+out|dizz\w*)"
)


# Words for a changed sensation, an impact or a body giving way: with any of them the net keeps its say even where
# the rules heard only training feel or the bar pressing on the hips. "is it weird that..." asks, it does not describe.
_ALTERED_FEEL = re.compile(
    r"\b(?:(?:feel\w*|felt)(?!\s+(?:great|good|fine|amazing|awesome|strong|ok|okay|normal|better|tired|fatigued|worked|pumped|easier|easy|light|lighter|"
    r"smooth|solid|heavy|heavier)\b)|sensation\w*|numb\w*|tingl\w*|dead|asleep|pins|prickl\w*|buzz\w*|strange\w*|odd\w*|funny|"
    r"different|tickl\w*|cold|sting\w*)\b|(?<!is\sit\s)(?<!it's\s)(?<!its\s)\bweird\w*"
)
_IMPACT = re.compile(
    # A foam roller is kit, not a fall that rolled.
    # Kilos dropped on a diet are no impact ("dropped about 6kg"), nor a fall that nearly happened.
    # Lowering the load is no impact either ("drop the weight while I fix it"), nor a fall denied.
    r"\b(?:land(?!mines?\b)\w*|dropp?\w*(?!\s+(?:about\s+|around\s+|like\s+|nearly\s+)?\d+\s*(?:kg|kgs|kilos?|lbs?|pounds)\b"
    r"(?![^.!?]{0,20}\b(?:on|onto)\s+(?:my|me)\b))(?!\s+(?:the\s+|some\s+|a\s+bit\s+of\s+)?(?:weight|load|volume|reps?|sets?|"
    r"intensity)\b)(?!\s+(?:down\s+)?to\s+(?:just\s+)?(?:the\s+(?:empty\s+)?bar|an?\s+empty\s+bar|bodyweight|\d+))|(?<!nearly\s)(?<!almost\s)(?<!n't\s)(?<!n't\sactually\s)(?:fell|fall\w*)|came\s+(?:down|off)|roll(?!er)\w*|slipp?\w*|slid\w*|crash\w*|slamm?\w*|"
    # A pain that "hit 7/10" is a score, not a blow.
    # Nor a record: "hit a PR today".
    r"(?<!cramp\s)(?<!cramps\s)hit(?!\s+(?:(?:a|an|about|around|like|maybe)\s+){0,2}\d)(?!\s+(?:a\s+|my\s+|another\s+)?(?:new\s+)?"
    r"(?:pr|pb|prs|pbs|personal\s+(?:best|record)|target|goal|depth|lockout|the\s+gym)\b)|smash\w*|whack\w*|bang\w*|knock\w*|fail\w*|"
    # A missed bus or session is no missed step.
    r"miss\w*(?!\s+(?:the\s+|my\s+|a\s+)?(?:school\s+run|bus|train|class|sessions?|workouts?|gym|days?|week|deadlines?|meetings?|"
    r"work|training)\b)|trapp\w*|pinned|stuck)\b"
)
_TRAINING_FLAGS = frozenset({Flag.DOMS.value, Flag.GLUTE_BURN.value, Flag.PUMP.value})
_CANCER_BACKGROUND_WITH = frozenset({Flag.DOMS, Flag.GLUTE_BURN, Flag.PUMP, Flag.BAR_HIP_PAIN})
_BAR_PAIN_FLAGS = frozenset({Flag.BAR_HIP_PAIN.value, Flag.SEVERITY_OVER_5.value})
_MILD_WORD = re.compile(
    r"\b(?:mild\w*|slight\w*|a\s+(?:little|bit)|a\s+touch|minor|light|dull|kinda|tight(?:ness)?|stiff(?:ness)?|"
    r"[1-5]\s*(?:/|out\s+of)\s*10)\b"
)
_SETTLED_ACHE_FLAGS = frozenset({Flag.BACK_ACHE_MILD.value, Flag.BACK_NOT_GLUTES.value, Flag.PAIN_UNSPECIFIED.value})
_NECK_FLAGS = frozenset({Flag.NECK_STRAIN.value, Flag.SEVERITY_OVER_5.value})
_NECK_EXTRA = frozenset({Flag.PAIN_UNSPECIFIED.value, Flag.DOMS.value})
_DOMINANCE_FLAGS = frozenset(
    {Flag.QUADS_DOMINANT.value, Flag.HAMSTRINGS_DOMINANT.value, Flag.BACK_NOT_GLUTES.value, Flag.HAMSTRING_CRAMP.value}
)
# A knock the user calls slight: "only hurts a little", "bit of a mark", "just a small bruise".
_MILD_HURT = re.compile(
    r"\b(?:only|just|barely|hardly)\s+(?:hurts?|sore|aches?|stings?|tender)\b|"
    r"\b(?:a\s+)?(?:bit|little|tad)\s+(?:sore|tender|achy|bruised)\b|\bnothing\s+(?:dramatic|serious|major|too\s+bad)\b|"
    r"\b(?:sore|hurts?|tender|achy)\s+but\s+(?:not\s+(?:too\s+|that\s+|very\s+)?(?:bad|serious)|fine|ok|okay|manageable)\b|"
    r"\b(?:hurts?|sore|aches?|stings?|tender)\s+(?:(?:only|just)\s+)?(?:a\s+(?:little|tiny\s+bit|bit|touch|tad)|"
    r"slightly|a\s+wee\s+bit)\b(?!\s+(?:more|worse))|\b(?:bit\s+of\s+a|small|little|tiny|slight|minor)\s+"
    r"(?:mark|bruise|graze|scrape|red\s+mark|bump)\b|"
    # "she says it's fine but it's bruised": fine, bar a bruise.
    r"\b(?:it'?s|its|i'?m|im|she'?s|he'?s|feels?)\s+(?:totally\s+|mostly\s+|basically\s+)?(?:fine|ok|okay)\s+(?:but|except|apart\s+from)\s+"
    r"(?:it'?s\s+|its\s+|a\s+|some\s+)?(?:bit\s+)?(?:bruised|bruising|a\s+bruise|sore|tender|grazed)\b"
)


# The general red flags' topics, named in any words the rules did not read as a report: a fever, weight, a cancer, the
# night or rest, an age past fifty.
_RED_FLAG_TOPIC = re.compile(
    r"\b(?:fever\w*|temperature|temp|sweat\w*|chills|weight|kgs?|kilos?|lbs?|pounds|stone|cancer\w*|tumou?rs?|chemo\w*|"
    rf"oncolog\w*|night\w*|sleep\w*|asleep|woke|wake|waking|{_AGE}|age)\b"
)


# Gone by the next morning, after a session the day before: "4/10 yesterday after thrusts, completely gone this
# morning", "woke up this morning feeling fine".
_GONE_BY_MORNING = re.compile(
    r"\b(?:woke\s+up|waking\s+up)\s+(?:this\s+morning\s+|today\s+)?(?:feeling\s+|and\s+(?:it\s+was\s+|it'?s\s+|felt\s+)?)?"
    r"(?:fine|great|good|normal|ok|okay|totally\s+fine|pain[\s-]?free)\b|"
    r"\b(?:completely\s+|totally\s+|all\s+)?(?:gone|fine|settled|cleared)\s+(?:by\s+)?(?:this|the\s+next|next)\s+morning\b|"
    # "a bit stiff after the session, fine next day".
    r"\b(?:completely\s+|totally\s+|all\s+)?(?:gone|fine|settled|cleared)\s+(?:by\s+)?(?:the\s+next|next|the\s+following)\s+day\b|"
    r"\b(?:gone|settled|eased|went\s+away|cleared)\s+(?:by\s+the\s+time\s+i\s+woke(?:\s+up)?|when\s+i\s+woke(?:\s+up)?|overnight)\b|"
    r"\bby\s+(?:the\s+)?(?:next\s+)?morning\s+(?:it\s+is|it'?s|it\s+was)\s+(?:\w+\s+)?(?:fine|gone|ok|okay|better)\b"
)


def _gone_by_morning(text: str) -> bool:
    return bool(
        _GONE_BY_MORNING.search(text)
        and (_ONE_NIGHT.search(text) or _NEXT_DAY.search(text))
        and _MILD_WORD.search(text)
    )


def _little_left_next_morning(text: str) -> bool:
    """A mild remainder one night on: "6/10 on my top set, mostly gone but a bit stiff this morning"."""
    return bool(
        (_ONE_NIGHT.search(text) or _THIS_MORNING.search(text))
        and _MILD_WORD.search(text)
        and not _LONGER_THAN_A_NIGHT.search(text)
    )


def _no_sign_word(text: str) -> bool:
    return not any(
        p.search(text) for p in (_EXCRETA, _NERVE_OR_INJURY, _TRUE_NUMB, _IMPACT, _HURT_BAD, _HEARD_CRACK)
    )


_IMPROVING = re.compile(
    r"(?<!not\s)(?<!n't\s)(?<!no\s)\b(?:getting|gets|got|feels?|feeling)\s+(?:a\s+(?:bit|little|lot)\s+)?better\b|"
    r"(?<!not\s)(?<!n't\s)\b(?:easing|improving)\b"
)
_TOILET_SEAT = re.compile(
    r"\b(?:getting|get|gets|got|sitting|sit|sits|sat|standing|stand|stood|lowering\s+myself)\s+(?:back\s+)?(?:up\s+)?"
    r"(?:on|off|onto|down\s+on|down\s+onto|up\s+from|from)\s+(?:the\s+)?(?:toilet|loo)\b"
)


def _nothing_beyond(text: str) -> bool:
    """No nerve, toilet, sensation or impact word anywhere: what the rules heard is all there is."""
    return not any(
        p.search(text) for p in (_EXCRETA, _NERVE_OR_INJURY, _LEG_SIGN, _ALTERED_FEEL, _IMPACT, _HURT_BAD, _HEARD_CRACK)
    )


def net_ceiling(result: TriageResult) -> Level:
    """The highest level the semantic safety net may raise this rules result to.

    The net reads a message by its likeness to labelled examples, so "fell off the bench, pain 4/10, I can walk"
    sits next to the dropped-bar emergencies. When the message itself rules the emergency out (a fall the user
    calls mild, numbness they place in one leg only, a sign they read about and say they do not have), the net may
    still refer but not call it an emergency. Any nerve word or injury word keeps the net's full say.
    """
    text = _normalise(result.text)
    flags = set(result.flags)
    scan = _scan(text)
    over = [(a, b) for a, b in scan.resolved_spans if scan.resolved(a)]
    blank = [*(scan.reported_spans if scan.denies_having_it else ()), *scan.definition_spans, *over]
    said = [m.span() for p in (_SIGNS_DENIED, _NOT_A_SIGN) for m in p.finditer(text)]
    # Only the user's own words, with what they read, ask the meaning of, deny or mention in passing blanked out.
    own = _blanked(text, (*blank, *said))
    own_sign = _EXCRETA.search(own) or _NERVE_OR_INJURY.search(own) or _LEG_SIGN.search(own)
    if not flags and (blank or said) and not own_sign:
        return Level.NONE
    if said and result.level <= Level.MODIFY and _no_sign_word(own):
        return result.level
    # A sore neck from the head position is a form fix whatever the words ("my neck is killing me, I shove my head back
    # into the bench"); a blow to the head or any nerve or toilet word keeps the net's full say.
    if flags and Flag.NECK_STRAIN.value in flags and flags <= _NECK_FLAGS | _NECK_EXTRA and not any(
        p.search(own) for p in (_EXCRETA, _LEG_SIGN, _TRUE_NUMB, _IMPACT, _HEARD_CRACK)
    ):
        return result.level
    # A mild back ache that settled soon after the session is the pain-monitoring rule's acceptable case: "had a mild
    # ache in my low back after the session but it was gone after a shower" reads like the first-backache-at-63 ones.
    if flags and flags <= _SETTLED_ACHE_FLAGS | _TRAINING_FLAGS and _SETTLED_SOON.search(text) and _no_sign_word(text):
        return result.level
    # The same with a peak over 5 that went the same day ("spiked to 8/10... by the time I got home it was gone"), or
    # a mild ache one night on ("still there this morning, a bit better but not gone"): a form fix, not a referral.
    if (
        flags
        and flags <= _SETTLED_ACHE_FLAGS | {Flag.SEVERITY_OVER_5.value, Flag.NOT_SETTLED.value}
        and (_SETTLED_SOON.search(text) or _over_now(scan) or _little_left_next_morning(text) or _gone_by_morning(text))
        and _no_sign_word(text)
    ):
        return result.level
    # Sore glutes the rules recognise ("is it weird that my butt is sore after thrusts?") sit near the numb-buttock
    # emergencies in meaning; so does the bar pressing on the hip bones near the dropped bar. With no word beyond
    # those, the rules' own reading stands.
    # Read on the user's own words: "I read about people losing bladder control... I haven't had anything like that,
    # just sore glutes" keeps the bladder in what they read.
    # The toilet as a seat sore glutes protest at is no toilet sign: "so sore I nearly cried getting off the toilet".
    seat = [m.span() for m in _TOILET_SEAT.finditer(own)]
    if flags and flags <= _TRAINING_FLAGS and _nothing_beyond(_blanked(own, seat) if seat else own):
        return Level.NONE
    # Nothing felt, and pain denied outright: "my legs feel tired after but no pain anywhere".
    if not flags and _NO_PAIN_AT_ALL.search(text) and _nothing_beyond(own):
        return Level.NONE
    # A mild back ache on the mend, wherever it was noticed: "slight lower back discomfort sitting on the toilet today,
    # mild, getting better as the day goes".
    if (
        flags
        and flags <= _SETTLED_ACHE_FLAGS
        and _MILD_WORD.search(text)
        and _IMPROVING.search(text)
        and _no_sign_word(_blanked(own, seat) if seat else own)
    ):
        return Level.MODIFY
    # A foot that went to sleep in a posture and woke when the user moved, which the rules set aside: "sat cross-legged
    # watching TV, foot fell asleep, shook it off". The net hears the leg sign; a form fix at most is meant.
    if (
        not flags
        and _POSITIONAL.search(own)
        and (_WOKE_UP_SOON.search(own) or _SETTLED_SOON.search(own))
        and not _EXCRETA.search(own)
        and not _NERVE_OR_INJURY.search(own)
    ):
        return Level.MODIFY
    # Not a word of pain, nerve, toilet, feeling, impact or red flag: "leg day destroyed me 😂", "how long to rest
    # between sets? I'm really tired". The screens hear an emergency in the mood; at most a form fix can be meant.
    if not flags and _nothing_beyond(own) and not _PAIN_WORD.search(own) and not _RED_FLAG_TOPIC.search(own):
        return Level.MODIFY
    # So does a number for it: "the bar on my hips was like 7/10 pain" is the pad question, not an impact.
    # And however much it hurts, the pad having slid: "the pad slides off and the bar hurts like hell for a sec".
    hurt = [m.span() for m in _HURT_BAD.finditer(own)]
    if Flag.BAR_HIP_PAIN.value in flags and flags <= _BAR_PAIN_FLAGS and _nothing_beyond(_blanked(own, hurt)):
        return Level.MODIFY
    # "front thighs very tired, not my hip": a muscle doing the glutes' work reads like the leg-sign examples, but
    # with no nerve, toilet, numbness or impact word it stays a form fix.
    # The same with a mild back ache: "my butt isn't working, my lumbar area feels pumped and a bit achy instead".
    mild_ache = {Flag.BACK_ACHE_MILD.value} if _MILD_WORD.search(text) else set()
    if (
        flags
        and flags <= _DOMINANCE_FLAGS | _TRAINING_FLAGS | mild_ache
        and flags & _DOMINANCE_FLAGS
        and _no_sign_word(text)
    ):
        return Level.MODIFY
    if result.level is not Level.PROFESSIONAL or _EXCRETA.search(own) or _NERVE_OR_INJURY.search(own):
        return Level.EMERGENCY
    # The signs said to be absent, none affirmed: "no bladder issues, no numbness between the legs, just tingling".
    if any(_SIGNS_DENIED.search(text, a, b) for a, b in said):
        return Level.PROFESSIONAL
    if flags & {Flag.SEVERE_PAIN, Flag.SEVERITY_OVER_5} or _HURT_BAD.search(text) or _HEARD_CRACK.search(text):
        return Level.EMERGENCY
    severity = result.answers.severity
    if Flag.FALL_TRAUMA in flags and (
        (severity is not None and severity <= 5) or _CAN_WALK.search(text) or _MILD_HURT.search(text)
    ):
        return Level.PROFESSIONAL
    if Flag.LEG_NUMBNESS_TINGLING in flags and (_ONE_SIDE_ONLY.search(text) or _one_named_side(text)):
        return Level.PROFESSIONAL
    # A pain running down one named leg, with no numbness, weakness or second leg: "my left leg starts burning down
    # the outside to my ankle". Running down is what such pain does, so it is no spreading course.
    if (
        Flag.RADIATING in flags
        and len({m.group(1) for m in _SIDE_PART.finditer(text)}) == 1
        and not _MORE_THAN_ONE_LEG.search(text)
    ):
        return Level.PROFESSIONAL
    return Level.EMERGENCY


_SIDE_PART = re.compile(
    r"\b(left|right)\s+(?:outer\s+|inner\s+|upper\s+|lower\s+)?(?:leg|foot|thigh|calf|shin|ankle|knee|toes?|heel|"
    r"big\s+toe|glute|butt\s+cheek|hip|side)\b"
)
# Numbness that moves is getting worse, one leg or not: "Mon the top of my right foot, Tue up to the shin", "now it's
# the whole leg", "creeping higher every day".
_SPREADING = re.compile(
    r"\b(?:now|today|this\s+morning|tonight)\b[^.!?]{0,30}?\b(?:up|down|past|reached|whole|all\s+the\s+way|into|to\s+the)\b|"
    r"\b(?:creep\w*|crept|spread\w*|higher|further|progress\w*|worse|reach\w*|travel\w*|moving\s+up|up\s+to|up\s+past)\b|"
    r"\bwhole\s+(?:leg|foot|thigh|calf)\b|\b(?:won'?t|can'?t|doesn'?t|cannot)\s+(?:flex|lift|move|point|bend)\b|"
    r"\bevery\s+day\b|\bstarted\s+(?:at|in)\b[^.!?]{0,40}?\bnow\b"
)
_MORE_THAN_ONE_LEG = re.compile(
    r"\b(?:both|legs|feet|thighs|calves|shins|ankles|knees|other\s+(?:one|leg|side|foot))\b"
)


def _one_named_side(text: str) -> bool:
    """The numbness is placed on one named side and nothing names a second: "my left foot tingles since yesterday".
    `text` is already normalised (net_ceiling's)."""
    return (
        len({m.group(1) for m in _SIDE_PART.finditer(text)}) == 1
        and not _MORE_THAN_ONE_LEG.search(text)
        and not _SPREADING.search(text)
    )


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


# Last, once every pattern exists: each is skipped at once on a message lacking every word a match needs. The results
# are the same (tests/engine/test_regex_prefilter.py); the triage's CPU per message about halves.
install(sys.modules[__name__])
