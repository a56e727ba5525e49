"""How far the semantic safety net may raise a rules result."""

from __future__ import annotations

import re
import sys

from bot.engine.regex_prefilter import install
from bot.engine.triage.answers import TriageResult
from bot.engine.triage.flags import TRAINING_FEEL_FLAGS, Flag, Level
from bot.engine.triage.lexicon import _AGE, _PAIN_WORD, _SADDLE_CORE, _WEAK, _WEAK_LAY, _WORSENING
from bot.engine.triage.normalise import _normalise
from bot.engine.triage.not_a_sign import _BACK_FROM_INJURY, _NOT_A_SIGN, _SIGNS_DENIED
from bot.engine.triage.resolve import (
    _LONGER_THAN_A_NIGHT,
    _NEXT_DAY,
    _NO_PAIN_AT_ALL,
    _ONE_NIGHT,
    _POSITIONAL,
    _THIS_MORNING,
    _WOKE_UP_SOON,
    _over_now,
)
from bot.engine.triage.scan import _blanked, _scan
from bot.engine.triage.signs import (
    _EXCRETA,
    _GONE_BY_MORNING,
    _HEARD_CRACK,
    _HURT_BAD,
    _LEG_SIGN,
    _SETTLED_SOON,
    _TRUE_NUMB,
)

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
    # Said last, in a hurry: "outer foot goes numb one side".
    r"\b(?:numb|tingl\w*|pins\s+and\s+needles)\s+one\s+side\s*$|"
    # "only the right one", "just that one".
    r"\b(?:just|only)\s+(?:the\s+|my\s+)?(?:left|right|that|this)\s+one\b|"
    # Shorthand for the other side: "left is normal", "L leg fine", "R side ok".
    r"\b(?:the\s+)?(?:left|right|l|r)(?:\s+(?:one|leg|side|foot))?\s+(?:is\s+|feels\s+|seems\s+)?(?:totally\s+|"
    r"completely\s+|perfectly\s+)?(?:fine|normal|ok|okay|good|unaffected)\b"
)

# Any hint of a nerve sign or a serious injury keeps the net's emergency reading, whatever else is said.
_NERVE_OR_INJURY = re.compile(
    # Whole words only: "anything to tweak?" holds no weakness.
    # Both hip bones (where the bar sits) or both arms are not both legs.
    rf"\b(?:{_SADDLE_CORE})\b|\bboth\b(?!\s+(?:me|us|of\s+us|i)\b)(?!\s+(?:of\s+)?(?:my\s+)?(?:hip\s*bones?|hips?|asis|glutes?|cheeks|shoulders|arms|hands|kids|children|twins|dogs|bags|sessions|days|"
    rf"hamstrings|hammies|calves|quads|adductors|"
    rf"ways|times|workouts|sets|weeks|options|versions|"
    rf"elbows|wrists|sides\s+of\s+(?:my\s+|the\s+)?(?:pelvis|hips?|(?:lower\s+|low\s+)?back|spine|neck)|sides,?\s+"
    rf"(?:fairly\s+|pretty\s+)?even(?:ly)?)\b)|\b{_WEAK}|\b{_WEAK_LAY}|\b{_WORSENING}|"
    # Blood thinners, pressure or sugar are the user's medicines and numbers, not a bleed.
    # A break feared is none felt: "thought my back was gonna snap lol, nah just a bit tight".
    r"\b(?<!gonna\s)(?<!going\sto\s)(?<!about\sto\s)(?<!would\s)(?:broke|broken|fractur\w*|crack\w*|snap\w*|weight[\s-]?bear\w*|put\s+weight|(?<!not\s)(?<!no\s)bleed\w*|"
    r"blood(?!\s+(?:thinners?|pressure|sugars?|tests?|work|glucose|donations?|type|flow))|head|"
    # A faint ache is a slight one; fainting is passing out.
    r"faint(?:ed|ing|s|ness|ish)?\b(?!\s+(?:\w+\s+)?(?:ache|aching|achy|pain|twinge|soreness|sore|tightness|tight|stiffness|stiff|"
    r"discomfort|burn|pull|niggle|hint|trace|bruis\w*|mark|line|pump|pressure)\b)|"
    r"passed\s+out|dizz\w*)"
)

# Words for a changed sensation, an impact or a body giving way: with any of them the net keeps its say even where
# the rules heard only training feel or the bar pressing on the hips. "is it weird that..." asks, it does not describe.
_ALTERED_FEEL = re.compile(
    r"\b(?:(?:feel\w*|felt)(?!\s+(?:great|good|fine|amazing|awesome|strong|ok|okay|normal|better|tired|fatigued|worked|pumped|easier|easy|light|lighter|"
    r"smooth|solid|heavy|heavier)\b)"
    # A pull or an ache felt is no changed feeling: "I feel a bit of pulling in my inner thigh".
    r"(?!\s+(?:a\s+bit\s+of(?:\s+an?)?|a\s+little|some|an?|the)\s+(?:pull\w*|tight\w*|strain|stretch\w*|ache|aching|soreness|burn\w*|pump)\b)|sensation\w*|numb(?!ers?\b|ered\b)\w*|tingl\w*|dead|asleep|pins|prickl\w*|buzz\w*|strange\w*|odd\w*|funny|"
    r"tickl\w*|cold|sting\w*)\b|(?<!is\sit\s)(?<!it's\s)(?<!its\s)(?<!is\sthat\s)(?<!that's\s)(?<!is\sthis\s)\bweird\w*"
)
_IMPACT = re.compile(
    # A foam roller is kit, not a fall that rolled.
    # Kilos dropped on a diet are no impact ("dropped about 6kg"), nor a fall that nearly happened.
    # Lowering the load is no impact either ("drop the weight while I fix it"), nor a fall denied.
    r"\b(?:land(?!mines?\b)\w*|dropp?\w*(?!\s+(?:about\s+|around\s+|like\s+|nearly\s+)?\d+\s*(?:kg|kgs|kilos?|lbs?|pounds)\b"
    r"(?![^.!?]{0,20}\b(?:on|onto)\s+(?:my|me)\b))(?!\s+(?:the\s+|some\s+|a\s+bit\s+of\s+)?(?:weight|load|volume|reps?|sets?|"
    r"intensity)\b)(?!\s+(?:down\s+)?to\s+(?:just\s+)?(?:the\s+(?:empty\s+)?bar|an?\s+empty\s+bar|bodyweight|\d+))|(?<!nearly\s)(?<!almost\s)(?<!n't\s)(?<!n't\sactually\s)(?:fell|fall\w*)|came\s+(?:down|off)|went\s+down\s+(?:with|hard|on)|tipp(?:ed|ing)\s+(?:\w+\s+){0,2}?over|"
    # The bar rolled into place over the hips is set-up: "the bar ends up on my hip bone, hurts when it rolls on".
    r"roll(?!er)(?!\w*\s+(?:on|onto|over|up\s+to|up\s+onto)\s+(?:my\s+|the\s+)?(?:hips?|hip\s*bones?|pelvis|lap|thighs?)\b)"
    r"(?!\w*\s+on\s*(?:[.,!;]|$|and\b|but\b))\w*|"
    # The pad, a towel or the feet slipping is set-up, not a fall: "pad slid", "my feet keep sliding".
    r"(?<!pad\s)(?<!towel\s)(?<!feet\s)(?<!foot\s)(?<!feet\skeep\s)(?<!foot\skeeps\s)(?:slipp?\w*|slid\w*)|crash\w*|slamm?\w*|"
    # A pain that "hit 7/10" is a score, not a blow.
    # Nor a record: "hit a PR today".
    r"(?<!cramp\s)(?<!cramps\s)hit(?!\s+(?:(?:a|an|about|around|like|maybe)\s+){0,2}\d)(?!\s+(?:a\s+|my\s+|another\s+)?(?:new\s+)?"
    r"(?:pr|pb|prs|pbs|personal\s+(?:best|record)|target|goal|depth|lockout|the\s+gym)\b)|smash\w*|whack\w*|bang\w*|knock\w*|fail\w*|"
    # A missed bus or session is no missed step.
    r"miss\w*(?!\s+(?:the\s+|my\s+|a\s+)?(?:school\s+run|bus|train|class|sessions?|workouts?|gym|days?|week|deadlines?|meetings?|"
    r"work|training)\b)|trapp\w*|pinned|stuck)\b"
)

_BAR_PAIN_FLAGS = frozenset({Flag.BAR_HIP_PAIN.value, Flag.SEVERITY_OVER_5.value})
# Skin the bar rubs or catches stings: "loose skin gets caught between the bar and my hip bones, really stings".
_STINGS = re.compile(r"\bsting(?:s|ing|y)?\b")
_MILD_WORD = re.compile(
    r"\b(?:mild\w*|slight\w*|a\s+(?:little|bit)|a\s+touch|minor|light|dull|kinda|tight(?:ness)?|stiff(?:ness)?|niggl\w*|grumbl\w*|"
    r"[1-5]\s*(?:/|out\s+of)\s*10)\b"
)
_DULL_NOT_SHARP = re.compile(r"\b(?:dull|not\s+sharp|nothing\s+sharp|achy|aching)\b")
_IN_THE_SET = re.compile(
    r"\b(?:during\s+(?:the\s+|my\s+)?(?:\w+\s+)?(?:sets?|reps?|lifts?|finisher|burnout|amrap|circuit)|(?:at|on)\s+the\s+top(?:\s+of\s+(?:the|each|every|my)\s+"
    r"(?:rep|lift|thrust)s?)?|(?:at|near|towards?)\s+the\s+end\s+of\s+(?:the|each|every|my)\s+(?:\w+\s+)?(?:sets?|reps?)|"
    r"(?:on|in)\s+(?:the|my)\s+(?:last|top|heavy|heaviest|working|final|first)\s+(?:sets?|reps?))\b"
)
# A course that goes on past the session: "back pain since 11/2, it's 15/2 now, ~4/10 every single day".
_GOING_ON = re.compile(
    r"\b(?:since|every\s+(?:single\s+)?(?:day|morning|night|session)|days|weeks|months|still|keeps?|again|for\s+(?:a|two|three|\d+))\b"
)
_NEVER_OR_SAME = re.compile(r"\b(?:never|same|usual|as\s+always)\b")
_INSTEAD_OF_BACK = re.compile(r"\binstead\s+of\s+(?:in\s+)?(?:my|the)\s+(?:lower\s+|low\s+)?back\b")
_LIGHTER_FINE = re.compile(
    r"\bat\s+\d+\s*(?:kg|kgs|lbs?)?,?\s*(?:it'?s|its|it\s+is|is|i'?m|im|i\s+feel|feels?)\s+(?:totally\s+|completely\s+|perfectly\s+)?"
    r"(?:fine|ok|okay|pain[\s-]?free|good)\b|\b(?:lighter|less\s+weight|lower\s+weight)\s+(?:is|it'?s|feels)\s+(?:totally\s+)?(?:fine|ok|okay)\b"
)
# The user's own verdict on the ache, after whatever dramatic word came first: "ok it's just tight and achy".
_ONLY_AN_ACHE = re.compile(
    r"\b(?:it'?s|its|it\s+is)\s+(?:just|only)\s+(?:a\s+(?:bit|little)\s+|kinda\s+|slightly\s+)?(?:tight|achy|sore|stiff)\b"
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
    # "not too bad, just sore", "not too sore really, just a bruise coming up", "feels okay-ish, slight ache", "bruised
    # but ok", "meh im fine".
    r"\bnot\s+(?:too|that|very|so)\s+(?:bad|sore|painful)\b|\bjust\s+(?:a\s+(?:bit\s+)?)?(?:sore|bruised|a\s+bruise|bruise)\b|"
    r"\bokay-?ish\b|\bok-?ish\b|\bslight\s+(?:ache|soreness|pain)\b|\bbruised\s+but\s+(?:ok|okay|fine|alright)\b|"
    r"\bmeh,?\s+(?:i'?m|im)\s+fine\b|\bjust\s+a\s+(?:bit|little|tad)\s+(?:stiff|sore|achy|bruised)\b|"
    r"\b(?:feel|feeling|i'?m|im)\s+mostly\s+(?:ok|okay|fine|alright)\b|"
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


def _gone_by_morning(text: str) -> bool:
    return bool(
        _GONE_BY_MORNING.search(text)
        and (_ONE_NIGHT.search(text) or _NEXT_DAY.search(text))
        and _MILD_WORD.search(text)
    )


def _little_left_next_morning(text: str) -> bool:
    """A mild remainder one night on: "6/10 on my top set, mostly gone but a bit stiff this morning", "still 'tired'
    this morning, not sharp"."""
    return bool(
        (_ONE_NIGHT.search(text) or _THIS_MORNING.search(text))
        and (_MILD_WORD.search(text) or _DULL_NOT_SHARP.search(text))
        and not _LONGER_THAN_A_NIGHT.search(text)
    )


def _no_sign_word(text: str) -> bool:
    return not any(
        p.search(text) for p in (_EXCRETA, _NERVE_OR_INJURY, _TRUE_NUMB, _IMPACT, _HURT_BAD, _HEARD_CRACK)
    )


def _place_pain_only(text: str) -> bool:
    """The saddle area named, with no changed feeling and no leg sign anywhere in the user's words."""
    return bool(
        _SADDLE_PLACE.search(text)
        and not _ALTERED_FEEL.search(text)
        and not _TRUE_NUMB.search(text)
        and not _LEG_SIGN.search(text)
    )


def _no_sign_but_the_place(text: str) -> bool:
    """No sign word once the saddle area's names are set aside, and no changed feeling anywhere: an ache "round my
    groin" or in the "taint area" that eased is the session's ache; numb or odd there keeps the net's say."""
    places = [m.span() for m in _SADDLE_PLACE.finditer(text)]
    if places and (_ALTERED_FEEL.search(text) or _TRUE_NUMB.search(text)):
        return False
    return _no_sign_word(_blanked(text, places))


# Cramps only: lexicon's _CRAMP_WORD also takes spasms, and a back in spasm is not the calf cramp meant here.
_CRAMP = re.compile(r"\bcramp\w*")
_SADDLE_PLACE = re.compile(rf"\b(?:{_SADDLE_CORE})\b")
_NO_OTHER_PAIN = re.compile(
    r"\bno\s+other\s+(?:pain|aches?|issues|problems|niggles)\b|\bnothing\s+else\s+(?:hurts|aches|is\s+sore)\b"
)
_CRAMP_FLAGS = frozenset({Flag.PAIN_UNSPECIFIED.value, Flag.SEVERITY_OVER_5.value, Flag.HAMSTRING_CRAMP.value})
_IMPROVING = re.compile(
    r"(?<!not\s)(?<!n't\s)(?<!no\s)\b(?:getting|gets|got|feels?|feeling)\s+(?:a\s+(?:bit|little|lot)\s+)?better\b|"
    r"(?<!not\s)(?<!n't\s)\b(?:easing|improving)\b|"
    # Stiffness that goes as the user moves: "loosens up as I move around".
    r"\b(?:loosens?|loosening|loosened)\s+(?:up|off)\b|\bwears?\s+off\s+(?:as|once|when)\b|"
    r"\b(?:nearly|almost|mostly|pretty\s+much)\s+gone\b"
)
_TOILET_SEAT = re.compile(
    # "my glutes are sore on the toilet the day after".
    r"\b(?:sore|achy|aching|tender|hurts?|stiff)\s+(?:when\s+i'?m\s+|when\s+i\s+(?:sit|am)\s+|sitting\s+)?on\s+the\s+(?:toilet|loo)\b|"
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
    history = [m.span() for m in _BACK_FROM_INJURY.finditer(text)]
    own = _blanked(text, (*blank, *said, *history))
    own_sign = _EXCRETA.search(own) or _NERVE_OR_INJURY.search(own) or _LEG_SIGN.search(own)
    if not flags and (blank or said) and not own_sign:
        return Level.NONE
    if said and result.level <= Level.MODIFY and _no_sign_word(own):
        return result.level
    # A sore neck from the head position is a form fix whatever the words ("my neck is killing me, I shove my head back
    # into the bench"); a blow to the head or any nerve or toilet word keeps the net's full say.
    # The back named only as where the ache was before: "now my neck aches instead of my back".
    neck_extra = _NECK_EXTRA | ({Flag.BACK_ACHE_MILD.value} if _INSTEAD_OF_BACK.search(own) else set())
    if flags and Flag.NECK_STRAIN.value in flags and flags <= _NECK_FLAGS | neck_extra and not any(
        p.search(own) for p in (_EXCRETA, _LEG_SIGN, _TRUE_NUMB, _IMPACT, _HEARD_CRACK)
    ):
        return result.level
    # A mild back ache that settled soon after the session is the pain-monitoring rule's acceptable case: "had a mild
    # ache in my low back after the session but it was gone after a shower" reads like the first-backache-at-63 ones.
    settled_ache = _SETTLED_ACHE_FLAGS | TRAINING_FEEL_FLAGS
    if flags and flags <= settled_ache and _SETTLED_SOON.search(text) and _no_sign_word(own):
        return result.level
    # The same with a peak over 5 that went the same day ("spiked to 8/10... by the time I got home it was gone"), or
    # a mild ache one night on ("still there this morning, a bit better but not gone"): a form fix, not a referral.
    if (
        flags
        and flags <= _SETTLED_ACHE_FLAGS | {Flag.SEVERITY_OVER_5.value, Flag.NOT_SETTLED.value}
        and (_SETTLED_SOON.search(text) or _over_now(scan) or _little_left_next_morning(text) or _gone_by_morning(text))
        and _no_sign_but_the_place(own)
    ):
        return result.level
    # An ache over 5 at one load and none at a lighter one is the load to train at: "when I go to 120 my back starts
    # aching maybe 6 out of 10, at 100 it's totally fine".
    over_five = _SETTLED_ACHE_FLAGS | {Flag.SEVERITY_OVER_5.value}
    if flags and flags <= over_five and _LIGHTER_FINE.search(own) and _no_sign_word(own):
        return result.level
    # A back ache scored low, or told as dull and not sharp, with nothing else: "like 3/10, a different spot from my IBS
    # ache", "about 6/10 during my last set, dull, not sharp". The pain-monitoring rule's form fix, not a referral.
    # So is a 6 or 7 placed in the set itself: "pain was about 6/10 at the top of the rep tonight".
    severity = result.answers.severity
    if (
        flags
        and flags <= over_five
        and severity is not None
        and (severity <= 4 or (severity <= 7 and (_DULL_NOT_SHARP.search(own) or _IN_THE_SET.search(own))))
        and not _GOING_ON.search(own)
        and _no_sign_but_the_place(own)
    ):
        return Level.MODIFY
    # A mild back ache the user plays down after a dramatic opening: "I think my back is broken. ok it's just tight".
    if flags and flags <= _SETTLED_ACHE_FLAGS and _ONLY_AN_ACHE.search(own) and _no_sign_word(own):
        return result.level
    # Sore glutes the rules recognise ("is it weird that my butt is sore after thrusts?") sit near the numb-buttock
    # emergencies in meaning; so does the bar pressing on the hip bones near the dropped bar. With no word beyond
    # those, the rules' own reading stands.
    # Read on the user's own words: "I read about people losing bladder control... I haven't had anything like that,
    # just sore glutes" keeps the bladder in what they read.
    # The toilet as a seat sore glutes protest at is no toilet sign: "so sore I nearly cried getting off the toilet".
    seat = [m.span() for m in _TOILET_SEAT.finditer(own)]
    if flags and flags <= TRAINING_FEEL_FLAGS and _nothing_beyond(_blanked(own, seat) if seat else own):
        return Level.NONE
    # Sore glutes and an ache the user says is all there is: "my glutes are sore on the toilet the day after... No other
    # pain anywhere".
    if (
        flags
        and flags <= TRAINING_FEEL_FLAGS | {Flag.PAIN_UNSPECIFIED.value}
        and _NO_OTHER_PAIN.search(own)
        and _nothing_beyond(_blanked(own, seat) if seat else own)
    ):
        return result.level
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
    # A back ache the user calls mild, with no course, sign or red-flag word: "ok so mine hurts a little, mild. what am
    # I doing wrong". The pain-monitoring rule's form fix.
    if (
        Flag.BACK_ACHE_MILD.value in flags
        and flags <= _SETTLED_ACHE_FLAGS
        and _MILD_WORD.search(own)
        and not _GOING_ON.search(own)
        and not _LONGER_THAN_A_NIGHT.search(own)
        and not _NEVER_OR_SAME.search(own)
        and not _RED_FLAG_TOPIC.search(own)
        and _no_sign_word(own)
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
    hurt = [m.span() for p in (_HURT_BAD, _STINGS) for m in p.finditer(own)]
    if Flag.BAR_HIP_PAIN.value in flags and flags <= _BAR_PAIN_FLAGS and _nothing_beyond(_blanked(own, hurt)):
        return Level.MODIFY
    # "front thighs very tired, not my hip": a muscle doing the glutes' work reads like the leg-sign examples, but
    # with no nerve, toilet, numbness or impact word it stays a form fix.
    # The same with a mild back ache: "my butt isn't working, my lumbar area feels pumped and a bit achy instead".
    mild_ache = {Flag.BACK_ACHE_MILD.value} if _MILD_WORD.search(text) else set()
    if (
        flags
        and flags <= _DOMINANCE_FLAGS | TRAINING_FEEL_FLAGS | mild_ache
        and flags & _DOMINANCE_FLAGS
        and _no_sign_word(own)
    ):
        return Level.MODIFY
    # A cramp in the feet or calves and nothing else, however it scores: "toes curl up and cramp near the end of the
    # set, arch is like a 6/10", "calves feel tight and crampy when I rise onto my toes".
    if (
        flags
        and flags <= _CRAMP_FLAGS
        and _CRAMP.search(own)
        and not _GOING_ON.search(own)
        and _no_sign_word(own)
    ):
        return Level.MODIFY
    # The saddle area's emergency is lost feeling: named with pain and no changed feeling, it is no nerve sign alone.
    place_pain = _place_pain_only(own)
    unplaced = _blanked(own, [m.span() for m in _SADDLE_PLACE.finditer(own)]) if place_pain else own
    # A mild pull or ache in the groin or inner thigh, and nothing else, is the session's strain: "old groin strain
    # from football, I feel a bit of pulling in my inner thigh on thrusts, mild".
    if (
        place_pain
        and flags
        and flags <= _SETTLED_ACHE_FLAGS | TRAINING_FEEL_FLAGS
        and _MILD_WORD.search(own)
        and not _GOING_ON.search(own)
        and _no_sign_word(unplaced)
    ):
        return result.level
    if result.level is not Level.PROFESSIONAL or _EXCRETA.search(own) or _NERVE_OR_INJURY.search(unplaced):
        return Level.EMERGENCY
    # The signs said to be absent, none affirmed: "no bladder issues, no numbness between the legs, just tingling".
    if any(_SIGNS_DENIED.search(text, a, b) for a, b in said):
        return Level.PROFESSIONAL
    if flags & {Flag.SEVERE_PAIN, Flag.SEVERITY_OVER_5} or _HURT_BAD.search(text) or _HEARD_CRACK.search(text):
        return Level.EMERGENCY
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
    # Pain in the saddle area and nothing beyond it: "sharp pain in my taint right at lockout", "deep ache behind my
    # balls for about a week". A referral, which the rules already give.
    if place_pain and _no_sign_word(unplaced):
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


# Once every pattern here exists: each is skipped at once on a message lacking every word a match needs
# (bot/engine/regex_prefilter.py). Importers get the pre-filtered patterns.
install(sys.modules[__name__])
