"""Turn a triage result into a short plain-text chat reply: escalation first, then what to change."""

from __future__ import annotations

from bot.engine.triage import FLAG_LEVEL, Flag, Level, Location, TriageResult, about_someone_else

EMERGENCY_LEAD = "Seek emergency care now (call your local emergency number)."
PROFESSIONAL_LEAD = (
    "Stop hip thrusts and get this checked by a physical therapist or doctor before you train them again."
)
# The same, when the signs are someone else's that the user relays ("my training partner says...").
THEIR_EMERGENCY_LEAD = "They need emergency care now (call your local emergency number)."
THEIR_PROFESSIONAL_LEAD = (
    "They should stop hip thrusts and get this checked by a physical therapist or doctor before training them again."
)
DISCLAIMER = "I'm a coaching bot, not a medical service, and can't diagnose."
MODIFY_LEAD = "Stop the set. Lower the load and continue only if it stays pain-free."
PAIN_RULE = (
    "Rule of thumb: pain during training up to about 5/10 that has settled by the next morning is acceptable; "
    "more than that, or not settled, means stop and modify."
)
WATCH_FOR = (
    "If it turns sharp, spreads into your leg, or brings numbness or tingling, stop and see a physical "
    "therapist or doctor."
)
EMERGENCY_WATCH = (
    "If you get numbness in the groin, bladder or bowel changes, or weakness in both legs, seek emergency care."
)
THEIR_EMERGENCY_WATCH = (
    "If they get numbness in the groin, bladder or bowel changes, or weakness in both legs, they need emergency care."
)
REPLY_LIMIT = 900
_BACK_OR_LEGS = frozenset({Location.LOWER_BACK, Location.HAMSTRINGS, Location.KNEES})

# What the user said, in their words rather than ours: the bot names signs, never conditions.
_HEARD: dict[Flag, str] = {
    Flag.SADDLE_NUMBNESS: "numbness in the groin or saddle area",
    Flag.BLADDER_BOWEL: "new bladder or bowel changes",
    Flag.BOTH_LEGS: "weakness or numbness in both legs",
    Flag.PROGRESSIVE_WEAKNESS: "weakness or numbness that is getting worse",
    Flag.TRAUMA_SEVERE: "severe pain after a fall or a dropped bar",
    Flag.SHARP: "sharp or stabbing pain",
    Flag.RADIATING: "pain spreading into the leg",
    Flag.LEG_NUMBNESS_TINGLING: "numbness or tingling",
    Flag.NOT_SUBSIDING: "pain that hasn't settled within a couple of days",
    Flag.RECURRING: "pain that keeps coming back",
    Flag.FORM_FIX_FAILED: "pain that stays even after fixing form and load",
    Flag.POP_INJURY: "a pop or sudden injury",
    Flag.SEVERE_PAIN: "severe pain",
    Flag.FEVER: "fever along with the pain",
    Flag.WEIGHT_LOSS: "unexplained weight loss",
    Flag.CANCER_HISTORY: "a history of cancer",
    Flag.NIGHT_PAIN: "pain at night or at rest",
    Flag.AGE_OVER_50_NEW: "new back pain after 50",
    Flag.FALL_TRAUMA: "a fall or a knock",
}

_LOWER_BACK_CUES = (
    'Likely causes for the lower back: arching at lockout (think "ribs down", a slight posterior tilt, '
    "squeeze your glutes at the top); core not braced (brace before every rep); bench height (edge under "
    "your shoulder blades); foot position (shins vertical at the top); or simply too much weight."
)

# Most specific first; the reply uses the first two that apply so it stays chat-sized.
_CUES: tuple[tuple[Flag, str], ...] = (
    (
        Flag.BACK_NOT_GLUTES,
        'Feeling it in your back, not your glutes: "ribs down", slight posterior tilt, squeeze your glutes '
        "at the top and drive through your heels; check your shins are vertical at the top.",
    ),
    (Flag.BACK_ACHE_MILD, _LOWER_BACK_CUES),
    (
        Flag.NECK_STRAIN,
        "For the neck: keep your head neutral with your gaze forward or slightly down toward your knees; don't "
        "crank it up or let it flop back. A bench that is too high bends the neck, so the edge should sit "
        "under your shoulder blades.",
    ),
    (
        Flag.BAR_HIP_PAIN,
        "For the bar on your hips: wrap it in a thick pad or a rolled-up yoga mat and roll it into your hip crease.",
    ),
    (
        Flag.HAMSTRING_CRAMP,
        "Hamstrings cramping: your feet are probably too far out. Bring them in until your shins are vertical "
        "at the top, and drive through your heels.",
    ),
    (
        Flag.HAMSTRINGS_DOMINANT,
        "Hamstrings taking over: your feet are probably too far out. Bring them in until your shins are "
        "vertical at the top.",
    ),
    (
        Flag.QUADS_DOMINANT,
        "Quads taking over: your feet are probably too close. Move them out until your shins are vertical "
        "at the top, and drive through your heels, not your toes.",
    ),
    (
        Flag.KNEE_PAIN,
        "For the knees: check foot position (shins vertical at the top) and drive through your heels, not your toes.",
    ),
    (
        Flag.PAIN_UNSPECIFIED,
        "Check the basics: brace and keep your ribs down, bench edge under your shoulder blades, shins "
        "vertical at the top, and a lighter load.",
    ),
)

_NORMAL: dict[Flag, str] = {
    Flag.GLUTE_BURN: "a burn in the glutes during the set means they are doing the work",
    Flag.PUMP: "a pump is just blood flow to working muscle",
    Flag.DOMS: "muscle soreness a day or two later is normal",
}


# The safety net raised the level on the wording as a whole, so there is no single sign to name back.
_SOUNDS_LIKE: dict[Level, str] = {
    Level.EMERGENCY: "What you describe sounds like a sign that needs urgent care.",
    Level.PROFESSIONAL: "What you describe sounds like something to get checked rather than train through.",
}


def _heard(result: TriageResult, level: Level, limit: int = 3, *, theirs: bool = False) -> str:
    said = [_HEARD[Flag(f)] for f in result.flags if Flag(f) in _HEARD and FLAG_LEVEL[Flag(f)] is level]
    if not said:
        return _SOUNDS_LIKE.get(level, "") if result.has(Flag.SEMANTIC_MATCH) else ""
    said = said[:limit]
    listed = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
    return f"You told me they have {listed}." if theirs else f"You mentioned {listed}."


def _modify_cues(result: TriageResult) -> list[str]:
    flags = {Flag(f) for f in result.flags}
    if Flag.PAIN_UNSPECIFIED in flags and Location.LOWER_BACK in result.locations:
        flags.add(Flag.BACK_ACHE_MILD)
    cues = [text for flag, text in _CUES if flag in flags]
    if Flag.BACK_NOT_GLUTES in flags and Flag.BACK_ACHE_MILD in flags:
        cues.remove(_LOWER_BACK_CUES)
    if len(cues) > 1 and cues[-1] == _CUES[-1][1]:
        cues.pop()
    return cues[:2] or [_CUES[-1][1]]


def compose_reply(result: TriageResult) -> str:
    """The reply to a pain report: plain text, under REPLY_LIMIT characters, escalation first."""
    theirs = result.level >= Level.PROFESSIONAL and about_someone_else(result.text)
    if result.level is Level.EMERGENCY:
        parts = [
            THEIR_EMERGENCY_LEAD if theirs else EMERGENCY_LEAD,
            _heard(result, Level.EMERGENCY, theirs=theirs),
            "That needs urgent medical attention today. They shouldn't train or wait to see if it passes."
            if theirs
            else "That needs urgent medical attention today. Don't train, and don't wait to see if it passes.",
            DISCLAIMER,
        ]
    elif result.level is Level.PROFESSIONAL:
        parts = [
            THEIR_PROFESSIONAL_LEAD if theirs else PROFESSIONAL_LEAD,
            _heard(result, Level.PROFESSIONAL, theirs=theirs),
            "That is beyond what form fixes should handle.",
            DISCLAIMER,
            THEIR_EMERGENCY_WATCH if theirs else EMERGENCY_WATCH,
        ]
    elif result.level is Level.MODIFY:
        cues = _modify_cues(result)
        # Users rarely volunteer the emergency signs, and the rules can miss a wording: where the back or the legs
        # hurt, the reply names them even at this level.
        watch = [WATCH_FOR, EMERGENCY_WATCH] if set(result.locations) & _BACK_OR_LEGS else [WATCH_FOR]
        parts = [MODIFY_LEAD, *cues, PAIN_RULE, *watch]
        if len("\n\n".join(parts)) >= REPLY_LIMIT:
            parts = [MODIFY_LEAD, cues[0], PAIN_RULE, *watch]
    elif result.flags:
        normal = [_NORMAL[Flag(f)] for f in result.flags if Flag(f) in _NORMAL]
        parts = [
            "That sounds like normal training sensation: " + "; ".join(normal) + ".",
            "Want me to run a quick setup check to make sure your glutes keep doing the work?",
            WATCH_FOR,
        ]
    else:
        parts = ["I didn't hear any pain in that. If something hurts, tell me where and what it feels like."]
    return "\n\n".join(p for p in parts if p)
