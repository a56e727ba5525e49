"""Combinations of flags that mean more or less than their parts, and the flags a course or a score adds."""

from __future__ import annotations

import re
import sys

from bot.engine.regex_prefilter import install
from bot.engine.triage.flags import FLAG_LEVEL, TRAINING_FEEL_FLAGS, Flag, Level, Location
from bot.engine.triage.lexicon import (
    _BACK_WORD,
    _CRAMP_WORD,
    _PAIN_BURN,
    _PAIN_NOT_EFFORT,
    _PAIN_PUMP,
    _PAIN_SORE,
    _PAIN_WORD,
    _WEEKDAY,
)
from bot.engine.triage.rules import _KIT_POP
from bot.engine.triage.scan import _FALL_RE, _Scan
from bot.engine.triage.signs import (
    _BURN_OR_PUMP,
    _CLEARED_BY_DAY,
    _DAYS_LATER,
    _EASED_AT_REST,
    _HEARD_CRACK,
    _HURT_BAD,
    _JOINT_WORDS,
    _LASTS_AFTER,
    _MUSCLE_FEEL_NAMED,
    _NEVER_HAD_BACK,
    _NEVER_HAD_BACK_UNTIL,
    _NIGHT_WORDS,
    _PAD_ONLY_FIX,
    _REST_LOW,
    _SETTLED_SOON,
    _SEVERE_RE,
    _SLEEPLESS_OTHER,
    _TRAINING_FEEL,
    _WAKES,
    _denied_just_before,
    _glutes_named,
    _lockout_pinch,
    _mild_passing_twinge,
    _numb_only_above_the_legs,
    _only_muscle_feel,
    _only_muscles_scream,
    _only_pinches,
    _only_training_durations,
    _only_training_feel,
    _pinch_not_sharp,
)

# The time a fall long over is told with: in childhood or years back.
_YEARS_BACK = re.compile(
    r"\b(?:when\s+i\s+was\s+(?:a\s+(?:kid|child|boy|girl|teen\w*)|young|little|small|(?:like\s+|about\s+|around\s+)?\d+)|"
    r"as\s+a\s+(?:kid|child|teen\w*|boy|girl)|in\s+my\s+(?:childhood|teens)|(?:\d+|many|several|a\s+few|few|two|three|four|five|"
    r"ten|twenty)\s+years\s+ago|years\s+ago|back\s+in\s+(?:19|20)\d\d|in\s+(?:19\d\d|200\d|201\d))\b"
)
_SINCE_THEN = re.compile(
    r"\b(?:still|since|ever\s+since|again|never\s+(?:fully\s+)?(?:recovered|healed|been\s+the\s+same)|broke|broken|"
    r"fractur\w*|crack\w*|surgery|operation|discs?|spin\w*|vertebra\w*|back|tailbone|coccyx|pelvis|hips?)\b"
)
# A muscle doing the glutes' work, or cramping: what a form change may leave behind without a pain to refer.
_MUSCLE_AT_WORK = frozenset(
    {Flag.BACK_NOT_GLUTES, Flag.QUADS_DOMINANT, Flag.HAMSTRINGS_DOMINANT, Flag.HAMSTRING_CRAMP}
)


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
    if Flag.POP_INJURY in out and _KIT_POP.search(text) and re.search(r"\bno\s+pain\b|\bnot\s+me\b", text):
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
    # A fall in childhood or years back, with nothing now, is history: "broke my wrist when I was 12 falling off a shed
    # roof lol. anyway how many sets?".
    # So is one told apart from today's complaint, with no pain in its own sentence: "neck aches, I crane my head up to
    # watch. had whiplash years ago from a car crash".
    if (
        Flag.FALL_TRAUMA in out
        and _all_years_back(scan)
        and (
            (
                not affirmed_pain
                and locations <= {Location.OTHER}
                and not any(FLAG_LEVEL[f] >= Level.MODIFY for f in out - {Flag.FALL_TRAUMA})
            )
            or (
                not any(FLAG_LEVEL[f] >= Level.PROFESSIONAL for f in out - {Flag.FALL_TRAUMA})
                and Location.LOWER_BACK not in locations
                and _falls_told_apart(scan)
            )
        )
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
        # Or fading after a few days: "since the weekend my butt is sore when I sit, the training kind, already fading".
        and (_over_now(scan) or (_FADING.search(text) and not _WEEKS_OR_MORE.search(text)))
        and not any(FLAG_LEVEL[f] >= Level.PROFESSIONAL for f in out - {Flag.NOT_SUBSIDING})
    ):
        out.discard(Flag.NOT_SUBSIDING)
    # "No pain or numbness" takes the pain word back; "doing absolutely nothing my lower back throbs" does not.
    felt_pain = any(not _denied_just_before(text, m.start()) for m in _PAIN_WORD.finditer(text))
    if Flag.NIGHT_PAIN in out and not (felt_pain or out - {Flag.NIGHT_PAIN} or _WAKES.search(text)):
        out.discard(Flag.NIGHT_PAIN)
    if out == {Flag.NIGHT_PAIN} and not _PAIN_WORD.search(text) and _SLEEPLESS_OTHER.search(text):
        out.discard(Flag.NIGHT_PAIN)
    # Awake with nothing that hurts and no body part named: "in bed, can't sleep, watching hip thrust videos".
    if (
        out == {Flag.NIGHT_PAIN}
        and not felt_pain
        and locations <= {Location.GLUTES, Location.HAMSTRINGS}
        and all(m.group(0).startswith(("can", "couldn")) for m in _WAKES.finditer(text))
    ):
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
    # "now on the sofa with a glute pump that won't quit": at rest, but nothing hurts beyond the training feel. A back
    # that wakes someone is no muscle feel: "Linda's low back wakes her at night... the rest just have sore glutes".
    if (
        out & TRAINING_FEEL_FLAGS
        and out - TRAINING_FEEL_FLAGS == {Flag.NIGHT_PAIN}
        and _only_training_feel(text)
        and Location.LOWER_BACK not in locations
    ):
        out.discard(Flag.NIGHT_PAIN)
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
    # A fix that left only a mild tightness gone minutes after the set ("lowered the weight like you said, back still a
    # bit tight during sets but fine after a few minutes"): the settling ache, not a pain that outlasts the fix.
    if (
        Flag.FORM_FIX_FAILED in out
        and out <= {Flag.FORM_FIX_FAILED, Flag.PAIN_UNSPECIFIED, Flag.BACK_ACHE_MILD}
        and _MILD_FEEL.search(text)
        and _SETTLED_SOON.search(text)
    ):
        out.discard(Flag.FORM_FIX_FAILED)
    # Still felt in the back or the quads, or still cramping, after a change, with nothing that hurts beyond the cramp
    # ("thrusting lighter, still feel it in my lower back not glutes", "tried your tip, hamstrings still cramp when I
    # push through my toes", "tried it and still cramping"): the same form question, not a pain that outlasts the fix.
    # Cramps that outlast a foot change are still the cramp's fix (feet, hamstring work).
    rest = out - {Flag.FORM_FIX_FAILED}
    cramps_only = all(
        _CRAMP_WORD.fullmatch(m.group(0)) for m in _PAIN_NOT_EFFORT.finditer(text) if not scan.negated(m.start())
    )
    if (
        Flag.FORM_FIX_FAILED in out
        and rest
        and rest - {Flag.PAIN_UNSPECIFIED} <= _MUSCLE_AT_WORK
        and (Flag.PAIN_UNSPECIFIED not in rest or Flag.HAMSTRING_CRAMP in rest or cramps_only)
    ):
        out.discard(Flag.FORM_FIX_FAILED)
        if Flag.HAMSTRING_CRAMP in rest:
            out.discard(Flag.PAIN_UNSPECIFIED)
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


_MILD_FEEL = re.compile(
    r"\b(?:a\s+(?:bit|little|touch)|slight\w*|mild\w*|kinda|somewhat)\s+(?:\w+\s+)?(?:tight|achy|stiff|sore)\b"
)
_GOOD_PAIN = re.compile(
    r"\b(?:good|nice|sweet|satisfying|lovely|happy|delicious)\s+(?:kind\s+of\s+|sort\s+of\s+|type\s+of\s+)?(?:workout\s+|"
    r"training\s+|muscle\s+|gym\s+)?(?:pain|hurt|ache|achy|aching|sore\w*|doms)\b|"
    r"\b(?:pain\w*|hurt\w*|ach\w*)\s+(?:me\s+)?(?:so\s+)?(?:sweet|good|nice)(?:\s+sweet)?\b|\bsweet\s+sweet\b|"
    r"\bhurts?\s+so\s+good\b|\bin\s+(?:the\s+best|a\s+good)\s+way\b|"
    # "stiff bum the morning after, walked it off": gone with moving about, as muscle soreness goes.
    r"\b(?:walked|stretched|shook|moved)\s+it\s+off\b|"
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
    r"twenty|thirty)\s+(?:years|decades)|for\s+decades|since\s+my\s+(?:teens|20s|30s|40s|twenties|thirties|forties))\b|"
    # "have had back issues off and on for years", "had this on and off for 30 years with my old disc".
    r"\b(?:had|have\s+had|i'?ve\s+had)\s+(?:this|it|back\s+(?:issues|trouble|problems|aches?)|(?:a\s+)?(?:bad|dodgy|stiff|grumpy)\s+back)\s+"
    r"(?:on\s+and\s+off|off\s+and\s+on)\s+for\s+(?:(?:over\s+|about\s+)?(?:\d\d|many|several|ten|twenty|thirty)\s+)?(?:years|decades)\b"
)
_FADING = re.compile(r"\b(?:already\s+)?(?:fading|wearing\s+off|easing\s+off)\b")
_WEEKS_OR_MORE = re.compile(r"\b(?:weeks?|wks?|months?|fortnights?)\b")
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


def _all_years_back(scan: _Scan) -> bool:
    """Every fall told is in a sentence that puts it in childhood or years back."""
    falls = [m.start() for m in _FALL_RE.finditer(scan.text)]
    return bool(falls) and all(
        _YEARS_BACK.search(scan.text, scan.sentence_start(pos), scan.sentence_end(pos)) for pos in falls
    )


def _falls_told_apart(scan: _Scan) -> bool:
    """No pain, no break or back, and nothing that runs on to now, in the sentence of any fall told."""
    for m in _FALL_RE.finditer(scan.text):
        start, end = scan.sentence_start(m.start()), scan.sentence_end(m.start())
        if _PAIN_WORD.search(scan.text, start, end) or _SINCE_THEN.search(scan.text, start, end):
            return False
    return True


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
_GLUTE_WORK_FEEL = re.compile(
    rf"(?:{_PAIN_BURN}|{_PAIN_PUMP}|tight(?!s\b)\w*|full|hot|warm|heavy|tired|stiff|feels?\s+weird)"
)
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
    r"\b(?:no|zero|without\s+any|not\s+(?:in\s+)?any)\s+(?:back\s+|hip\s+|joint\s+)?pain\s+(?:at\s+all|anywhere|whatsoever|"
    r"of\s+any\s+kind)\b|"
    r"\b(?:totally\s+|completely\s+)?pain[\s-]?free\b|"
    # "...it's just tiredness, nothing hurts".
    r"(?:^|[,.;!?]\s*|\bbut\s+|\band\s+)nothing\s+(?:actually\s+|really\s+)?hurts\b(?!\s+(?:except|but|apart|other|as\s+much))"
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
    # "sore since mon and it's now thurs, no better".
    r"\bno\s+better\b(?!\s+(?:than|time|feeling|way)\b)|"
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
    r"\bno\s+(?:more\s+)?(?:fever|temperature|symptoms)\s+(?:now|anymore|any\s+more|since)\b|"
    # "had a fever last week, gone now".
    r"(?:^|[,;]\s*|\band\s+)(?:all\s+|long\s+)?gone\s+(?:now|since)\b|\b(?:fully|totally|completely)\s+fine\s+now\b"
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

_SCORE_ONLY = re.compile(r"(?:10|9|ten|nine)\s*(?:/|out\s+of|from)\s*10")
# Said to be over already: "feels ok now", "gone now", "settled straight away".
_OVER_NOW = re.compile(
    r"\b(?:doesn'?t|does\s+not|don'?t)\s+hurt\s+(?:any\s*more|now)\b|\bno\s+pain\s+now\b|"
    # "...but i finished anyway, fine now", "now at home is ok, nothing".
    r"\bnow\s+(?:at\s+home\s+|in\s+the\s+evening\s+|after\s+\w+\s+)?(?:is|it'?s|its|it\s+is)\s+(?:ok|okay|fine|good|normal|nothing)\b|"
    r"(?:(?<=,\s)|(?<=\.\s)|(?<=\band\s))(?:totally\s+|completely\s+|all\s+)?fine\s+now\b|"
    # "walking the dog now and it's fine".
    r"\bnow\s+and\s+(?:it'?s|its|it\s+is)\s+(?:totally\s+|completely\s+)?(?:fine|ok|okay|gone|normal)\b|"
    r"\bfeeling\s+(?:totally\s+|completely\s+)?(?:ok|okay|fine|good|better|normal)\s+now\b|"
    # "...lasted about 48 hours and now I feel great".
    r"\bnow\s+(?:i\s+)?(?:feel|it'?s|its|i'?m|im|they'?re|it\s+feels)\s+(?:totally\s+|completely\s+)?(?:great|fine|good|ok|"
    r"okay|normal|better|gone)\b|"
    r"(?<!n't\s)(?<!not\s)(?<!never\s)\b(?:feels?|felt|is|it'?s|its|all|back\s+to)\s+(?:totally\s+|completely\s+|"
    r"pretty\s+much\s+)?(?:ok|okay|fine|good|better|normal|gone)\s+(?:now|already|again)\b|"
    r"(?<!n't\s)(?<!not\s)\b(?:gone|went\s+away|settled|eased|passed|disappeared)\s+(?:now|already|straight\s+away|"
    r"right\s+away|immediately|quickly|after\s+(?:the\s+set|a\s+(?:minute|few\s+minutes)|racking))\b|"
    r"\b(?:basically|pretty\s+much|all\s+but)\s+gone\b|"
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
_THIS_MORNING = re.compile(r"\b(?:this|next|the\s+next|following)\s+morning\b|\bwoke\s+up\s+(?:today|this\s+morning)\b")
_LONGER_THAN_A_NIGHT = re.compile(
    # Days in a plan are no course: "cardio after lifting or on separate days", "3 days a week".
    # Nor is a training day: "my first proper heavy hip thrust day".
    r"(?<!separate\s)(?<!rest\s)(?<!training\s)(?<!off\s)(?<!different\s)(?<!same\s)(?<!lifting\s)(?<!gym\s)(?<!thrust\s)"
    r"(?<!leg\s)(?<!glute\s)"
    # "the day after" or "the next day" is the one night.
    r"\b(?:(?<!\bthe\s)(?<!\bnext\s)(?<!\bfollowing\s)day(?!\s+(?:a|per)\s+week)|days(?!\s+(?:a|per)\s+week)|weeks?|wks?|months?|fortnights?|hours|hrs|since\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    # "can I go again today?" is the next session, not the pain again.
    r"sunday|last|the\s+weekend)|(?<!\bgo\s)(?<!\btrain\s)(?<!\blift\s)(?<!\bthrust\s)(?<!\bsession\s)again|every|keeps?|kept|always|chronic|persist\w*|constant\w*|all\s+the\s+time|24/7|"
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
    # "from sitting on a plastic chair at my kid's recital for 3 hours".
    r"(?:sitting|sat)\s+(?:on\s+(?:the|a|an|my)\s+(?:(?:hard|plastic|wooden|metal|folding|uncomfy|uncomfortable)\s+)?(?:toilet|loo|floor|"
    r"bench|couch|sofa|chair|stool|bleachers?|seat)|at\s+(?:my|the)\s+desk|in\s+the\s+car|for\s+(?:too\s+)?long)|"
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


_CANCER_BACKGROUND_WITH = frozenset({Flag.DOMS, Flag.GLUTE_BURN, Flag.PUMP, Flag.BAR_HIP_PAIN})


# Once every pattern here exists: each is skipped at once on a message lacking every word a match needs
# (bot/engine/regex_prefilter.py). Importers get the pre-filtered patterns.
install(sys.modules[__name__])
