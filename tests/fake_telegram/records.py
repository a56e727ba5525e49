"""What the fake Bot API server remembers: plain frozen records that tests read and compare."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple


class Button(NamedTuple):
    """One inline keyboard button as a user sees it; compares equal to a plain `(text, data)` tuple."""

    text: str
    callback_data: str | None


@dataclass(frozen=True)
class Upload:
    """A file the bot uploaded (sendDocument, sendPhoto) or a user sent."""

    file_id: str
    file_name: str
    content: bytes
    mime_type: str


@dataclass(frozen=True)
class BotMessage:
    """A message the bot sent, as it looks after a send or an edit.

    `text` is what the user reads (formatting markup removed); `raw_text` is what the bot posted.
    `seq` orders every send and edit across the server, so it can be passed as `after=`.
    """

    seq: int
    chat_id: int
    message_id: int
    text: str
    raw_text: str
    parse_mode: str | None
    buttons: tuple[tuple[Button, ...], ...]
    reply_keyboard: tuple[tuple[str, ...], ...]
    keyboard_removed: bool
    document: Upload | None
    date: int
    edit_count: int
    deleted: bool
    reply_markup: Mapping[str, Any] | None = field(default=None, compare=False)

    @property
    def edited(self) -> bool:
        return self.edit_count > 0

    @property
    def callback_data(self) -> tuple[str, ...]:
        """Every callback_data on the inline keyboard, row by row."""
        return tuple(b.callback_data for row in self.buttons for b in row if b.callback_data is not None)

    @property
    def button_texts(self) -> tuple[str, ...]:
        return tuple(b.text for row in self.buttons for b in row)


@dataclass(frozen=True)
class Call:
    """One request the bot made, successful or not."""

    method: str
    params: Mapping[str, Any]
    time: float
    status: int
    description: str | None

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def chat_id(self) -> int | str | None:
        value = self.params.get("chat_id")
        return value if isinstance(value, int | str) else None


@dataclass(frozen=True)
class CallbackAnswer:
    """The bot's answerCallbackQuery for a button press."""

    callback_query_id: str
    text: str | None
    show_alert: bool
    url: str | None


@dataclass(frozen=True)
class Command:
    """One entry of the bot's command menu (setMyCommands)."""

    command: str
    description: str


@dataclass(frozen=True)
class Fault:
    """A scripted failure: the next `times` matching calls fail (or stall) instead of running.

    `method` is a Bot API method name or "*" for any; `chat_id` narrows it to one chat.
    `error_code` 0 means "do not fail, only hold the request for `delay` seconds".
    """

    method: str
    error_code: int
    description: str
    retry_after: int | None
    times: int | None
    chat_id: int | None
    delay: float


@dataclass(frozen=True)
class Injected:
    """An update a test injected, with the ids a test may want to refer to later."""

    update_id: int
    chat_id: int | None
    message_id: int | None
    callback_query_id: str | None = None


@dataclass(frozen=True)
class WebhookDelivery:
    """One POST of an update to the bot's webhook; status 0 means the connection failed."""

    update_id: int
    attempt: int
    status: int
    secret_token: str | None
