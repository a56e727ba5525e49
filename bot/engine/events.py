"""What goes into the engine (an event from a user) and what comes out (replies with optional buttons)."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.unicode_text import well_formed


class EventKind(StrEnum):
    TEXT = "text"
    COMMAND = "command"
    CHOICE = "choice"  # a button press; `data` holds the callback data


@dataclass(frozen=True)
class Event:
    user_id: int
    kind: EventKind
    text: str = ""  # free text, or the command's arguments
    command: str = ""  # without the slash, lower case
    data: str = ""  # callback data of a button
    chat_id: int | None = None  # defaults to the user id (private chats)
    update_id: int | None = None  # Telegram's id: a redelivered update is recognised and handled once

    def __post_init__(self) -> None:
        # Every way in (Telegram, the terminal chat, tests) gets text the model and the database can take.
        object.__setattr__(self, "text", well_formed(self.text))
        object.__setattr__(self, "data", well_formed(self.data))

    @property
    def chat(self) -> int:
        return self.chat_id if self.chat_id is not None else self.user_id


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # callback data, at most 64 bytes (checked where it is encoded)


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()  # rows of buttons
    document: tuple[str, bytes] | None = None  # (file name, content), e.g. the /mydata export

    @property
    def choices(self) -> list[Button]:
        return [button for row in self.buttons for button in row]

    def to_dict(self) -> dict[str, Any]:
        """JSON form, kept in the outbox until the reply is confirmed as sent."""
        data: dict[str, Any] = {
            "text": self.text,
            "buttons": [[[b.label, b.data] for b in row] for row in self.buttons],
        }
        if self.document is not None:
            data["document"] = [self.document[0], base64.b64encode(self.document[1]).decode()]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reply:
        buttons = tuple(tuple(Button(label, callback) for label, callback in row) for row in data.get("buttons", []))
        document = data.get("document")
        return cls(str(data["text"]), buttons, (document[0], base64.b64decode(document[1])) if document else None)


@dataclass(frozen=True)
class Outcome:
    """Everything the engine says in answer to one event."""

    replies: tuple[Reply, ...]
    acknowledged: str | None = None  # for a button press: the choice as the user made it ("Bench height: No")
    level: str | None = None  # the triage level, when the event was a pain report
    fallback: bool | None = None  # for a question: whether the knowledge base had no answer

    @property
    def text(self) -> str:
        return "\n\n".join(reply.text for reply in self.replies)
