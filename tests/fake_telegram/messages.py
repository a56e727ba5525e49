"""The bot's messages as the fake server keeps them, and their Bot API JSON."""

from __future__ import annotations

from dataclasses import dataclass

from tests.fake_telegram.formatting import visible_text
from tests.fake_telegram.objects import JSON, Chat, Keyboard, Person
from tests.fake_telegram.records import BotMessage, Upload


@dataclass
class StoredMessage:
    """A bot message as it is now; sends and edits record snapshots of it as BotMessage."""

    chat: Chat
    message_id: int
    date: int
    raw_text: str
    parse_mode: str | None
    keyboard: Keyboard
    document: Upload | None = None
    photo: bool = False
    edit_count: int = 0
    edit_date: int | None = None
    deleted: bool = False

    @property
    def text(self) -> str:
        return visible_text(self.raw_text, self.parse_mode)

    def snapshot(self, seq: int) -> BotMessage:
        return BotMessage(
            seq=seq,
            chat_id=self.chat.id,
            message_id=self.message_id,
            text=self.text,
            raw_text=self.raw_text,
            parse_mode=self.parse_mode,
            buttons=self.keyboard.buttons,
            reply_keyboard=self.keyboard.reply_keyboard,
            keyboard_removed=self.keyboard.removed,
            document=self.document,
            date=self.date,
            edit_count=self.edit_count,
            deleted=self.deleted,
            reply_markup=self.keyboard.inline_json,
        )

    def to_json(self, bot: Person) -> JSON:
        data: JSON = {
            "message_id": self.message_id,
            "from": bot.to_json(),
            "chat": self.chat.to_json(),
            "date": self.date,
        }
        if self.document is None:
            data["text"] = self.text
        else:
            if self.photo:
                data["photo"] = [photo_size_json(self.document)]
            else:
                data["document"] = document_json(self.document)
            if self.text:
                data["caption"] = self.text
        if self.keyboard.inline_json is not None:
            data["reply_markup"] = self.keyboard.inline_json
        if self.edit_date is not None:
            data["edit_date"] = self.edit_date
        return data


def unique_id(upload: Upload) -> str:
    return "U" + upload.file_id.split("-", 1)[0]


def document_json(upload: Upload) -> JSON:
    return {
        "file_id": upload.file_id,
        "file_unique_id": unique_id(upload),
        "file_name": upload.file_name,
        "mime_type": upload.mime_type,
        "file_size": len(upload.content),
    }


def photo_size_json(upload: Upload) -> JSON:
    return {
        "file_id": upload.file_id,
        "file_unique_id": unique_id(upload),
        "width": 640,
        "height": 480,
        "file_size": len(upload.content),
    }
