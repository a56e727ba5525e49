"""Bot API objects (users, chats, messages, keyboards) as the JSON Telegram sends."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from tests.fake_telegram.records import Button

JSON = dict[str, Any]


class ChatType(StrEnum):
    PRIVATE = "private"
    GROUP = "group"
    SUPERGROUP = "supergroup"
    CHANNEL = "channel"


@dataclass(frozen=True)
class Person:
    """A Telegram account: a test user or the bot itself."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    is_bot: bool = False

    def to_json(self) -> JSON:
        data: JSON = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        return data


@dataclass(frozen=True)
class Chat:
    id: int
    type: ChatType
    title: str | None = None
    first_name: str | None = None
    username: str | None = None

    def to_json(self) -> JSON:
        data: JSON = {"id": self.id, "type": self.type.value}
        for key in ("title", "first_name", "username"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        return data

    @classmethod
    def private(cls, person: Person) -> Chat:
        return cls(id=person.id, type=ChatType.PRIVATE, first_name=person.first_name, username=person.username)


def bot_me(bot: Person) -> JSON:
    """getMe's result: the bot user plus the capability flags only getMe reports."""
    return bot.to_json() | {
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


def command_entities(text: str) -> list[JSON]:
    """A leading /command gets a bot_command entity, which is what PTB's CommandHandler looks for."""
    if not text.startswith("/") or len(text) < 2:
        return []
    command = text.split(maxsplit=1)[0]
    return [{"type": "bot_command", "offset": 0, "length": len(command.encode("utf-16-le")) // 2}]


@dataclass(frozen=True)
class Keyboard:
    """The keyboard parts of a reply_markup, as a user would see them."""

    buttons: tuple[tuple[Button, ...], ...] = ()
    reply_keyboard: tuple[tuple[str, ...], ...] = ()
    removed: bool = False
    inline_json: JSON | None = None


def parse_reply_markup(markup: Any) -> Keyboard:
    """Read reply_markup whether it came JSON-encoded inside form data or as a JSON object."""
    if markup is None or markup == "":
        return Keyboard()
    if isinstance(markup, str):
        markup = json.loads(markup)
    if not isinstance(markup, dict):
        raise ValueError("reply_markup must be an object")
    if "inline_keyboard" in markup:
        rows = tuple(
            tuple(Button(str(b["text"]), b.get("callback_data")) for b in row)
            for row in markup["inline_keyboard"]
        )
        return Keyboard(buttons=rows, inline_json={"inline_keyboard": markup["inline_keyboard"]})
    if "keyboard" in markup:
        reply_rows = tuple(
            tuple(b if isinstance(b, str) else str(b["text"]) for b in row) for row in markup["keyboard"]
        )
        return Keyboard(reply_keyboard=reply_rows)
    if markup.get("remove_keyboard"):
        return Keyboard(removed=True)
    return Keyboard()
