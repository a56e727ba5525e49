"""`coach chat`: the engine in the terminal for one local user; buttons become numbered options."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from typing import TextIO

from bot.engine.events import Button, Event, EventKind, Outcome
from bot.services import open_services
from bot.settings import Settings

LOCAL_USER = 1  # the terminal chat is one user; Telegram users have their own ids


def parse_line(line: str, options: list[Button], user_id: int = LOCAL_USER) -> Event | None:
    """What the typed line means: a numbered option, a /command, or free text; None for a blank line."""
    text = line.strip()
    if not text:
        return None
    if text.isdigit() and 1 <= int(text) <= len(options):
        return Event(user_id, EventKind.CHOICE, data=options[int(text) - 1].data)
    if text.startswith("/"):
        command, _, args = text[1:].partition(" ")
        return Event(user_id, EventKind.COMMAND, text=args.strip(), command=command.lower())
    return Event(user_id, EventKind.TEXT, text=text)


def number_hint(line: str, options: list[Button]) -> str | None:
    """A number that picks none of the options on screen: say which numbers do, rather than search for "7"."""
    text = line.strip()
    if text.isdigit() and options and not 1 <= int(text) <= len(options):
        return f"Pick a number from 1 to {len(options)}, or type your question."
    return None


def render(outcome: Outcome, write: Callable[[str], object]) -> list[Button]:
    """Prints the replies; returns the options now on screen, numbered from 1 across all replies."""
    options: list[Button] = []
    if outcome.acknowledged:
        write(f"  → {outcome.acknowledged}\n")
    for reply in outcome.replies:
        write(f"\ncoach> {reply.text}\n")
        if reply.document:
            write(f"  [file {reply.document[0]}, {len(reply.document[1])} bytes]\n")
        for button in reply.choices:
            options.append(button)
            write(f"  {len(options)}. {button.label}\n")
    return options


async def run_chat(settings: Settings, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
    services = await open_services(settings)
    write = stdout.write
    write("Hip Thrust Coach (terminal chat). Type a question, /help, a number to pick an option, /quit to leave.\n")
    options: list[Button] = []
    try:
        while True:
            write("\nyou> ")
            stdout.flush()
            line = await asyncio.to_thread(stdin.readline)
            if not line or line.strip() in {"/quit", "/exit"}:
                write("\nBye! Train hard and stay pain-free.\n")
                return 0
            hint = number_hint(line, options)
            if hint is not None:
                write(f"\ncoach> {hint}\n")
                continue  # the same options stay on screen
            event = parse_line(line, options)
            if event is None:
                continue
            options = render(await services.coach.handle(event), write)
    finally:
        await services.close()
