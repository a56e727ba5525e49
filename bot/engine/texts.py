"""The fixed things the coach says: welcome, help, the cue card and short notices."""

from __future__ import annotations

from bot.engine.events import Button
from bot.engine.flows.callback import MENU, encode

WELCOME = (
    "Hi! I'm Hip Thrust Coach. I help you train the barbell hip thrust hard without hurting your lower back:\n"
    "• ask me anything about setup, form, cues or back pain\n"
    "• check your setup step by step\n"
    "• tell me if something hurts and I'll help you decide what to do\n"
    "• get your cue card before workouts\n\n"
    "I'm a coaching bot, not a medical service: I can't diagnose, and when in doubt I'll send you to a professional."
)

HELP = (
    "Here's what I can do:\n"
    "/setup – check your setup step by step (bench, bar, feet, shins, head, brace)\n"
    "/pain – tell me about pain and get advice on what to do\n"
    "/cues – the pre-workout cue card\n"
    "/remind – cue reminders on your workout days (e.g. /remind mon wed fri 18:00)\n"
    "/reminders – see, pause or delete your reminders\n"
    "/settings – time zone and units\n"
    "/mydata – get everything I store about you; /forget – delete it\n"
    "/cancel – leave the current check\n\n"
    'Or just type a question, like "how high should the bench be?"\n'
    "I'm not a medical service and can't diagnose."
)

CUES = (
    ("Ribs down", "pull your ribs toward your hips so the lower back doesn't arch"),
    ("Brace", "big breath into your belly, tighten as if for a punch, before every rep"),
    ("Drive through your heels", "push the floor away with your heels, not your toes"),
    ("Squeeze at the top", "finish with a hard glute squeeze, not a back arch"),
    ("Slight posterior tilt", "tuck your tailbone a little at the top"),
)

# Under the answer to a message that was not read as a pain report but holds a word that may hide an emergency sign.
SIGN_CHECK = (
    "To be safe: numbness between your legs or where you sit, new trouble controlling or starting your pee or poo, "
    "or weakness or numbness in both legs needs emergency care now."
)
CAUTION = (
    "⚠️ You recently reported pain that needs checking: please don't train hip thrusts until a physical "
    "therapist or doctor has cleared you."
)

NOTHING_TO_CANCEL = "There's nothing to cancel. Ask me a question, or try /setup or /pain."
STALE_BUTTON = "That button belongs to an earlier question, so I didn't change anything."
UNKNOWN_BUTTON = "I don't recognise that button, so I didn't change anything."
GREETING = "Hi! Ask me anything about the hip thrust, or use /setup, /pain or /cues. /help lists everything."
THANKS = "You're welcome! Train hard and stay pain-free."


def cue_card(tip: str | None = None) -> str:
    lines = ["Your hip thrust cue card:"]
    lines += [f"• {name}: {why}" for name, why in CUES]
    if tip:
        lines += ["", tip]
    return "\n".join(lines)


def unknown_command(command: str) -> str:
    return f"I don't know /{command}. /help lists what I can do."


def menu_buttons() -> tuple[tuple[Button, ...], ...]:
    return (
        (Button("Ask a question", encode(MENU, "ask")), Button("Check my setup", encode(MENU, "setup"))),
        (Button("I feel pain", encode(MENU, "pain")), Button("Cue reminders", encode(MENU, "remind"))),
    )
