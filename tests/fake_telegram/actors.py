"""The people and chats a test plays: they inject updates into the fake server as Telegram would."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from tests.fake_telegram.objects import JSON, Chat, Person, command_entities
from tests.fake_telegram.records import BotMessage, Injected

if TYPE_CHECKING:
    from tests.fake_telegram.server import FakeTelegram

# Only the JPEG start/end markers: bots under test look at the fact a photo arrived, not its pixels.
_PHOTO_BYTES = b"\xff\xd8\xff\xe0fake-photo\xff\xd9"


def _text_message(tg: FakeTelegram, chat: Chat, sender: Person | None, text: str) -> JSON:
    message: JSON = {
        "message_id": tg.new_message_id(chat.id),
        "date": int(time.time()),
        "chat": chat.to_json(),
        "text": text,
    }
    if sender is not None:
        message["from"] = sender.to_json()
    entities = command_entities(text)
    if entities:
        message["entities"] = entities
    return message


class UserHandle:
    """A user talking to the bot in a private chat (chat id = user id)."""

    def __init__(self, tg: FakeTelegram, person: Person) -> None:
        self.tg = tg
        self.person = person
        self.chat = Chat.private(person)

    @property
    def id(self) -> int:
        return self.person.id

    @property
    def chat_id(self) -> int:
        return self.chat.id

    async def send(self, text: str, *, reply_to: int | None = None) -> Injected:
        """Type a message; a leading /command gets the bot_command entity."""
        message = _text_message(self.tg, self.chat, self.person, text)
        if reply_to is not None:
            message["reply_to_message"] = self._find_message(reply_to)
        return await self._inject_message(message)

    async def press(self, callback_data: str, *, message: BotMessage | int | None = None) -> Injected:
        """Press an inline button; by default on the latest bot message that has this callback_data."""
        target = self._button_message(callback_data, message)
        query = {
            "id": self.tg.new_query_id(),
            "from": self.person.to_json(),
            "message": self.tg.message_json(self.chat.id, target.message_id),
            "chat_instance": f"{self.chat.id}0",
            "data": callback_data,
        }
        return await self.tg.inject("callback_query", query)

    async def edit(self, sent: Injected | int, text: str) -> Injected:
        """Edit one of this user's earlier text messages (an edited_message update)."""
        message_id = sent if isinstance(sent, int) else sent.message_id
        assert message_id is not None
        original = self.tg.user_message(self.chat.id, message_id)
        edited = original | {"text": text, "edit_date": int(time.time())}
        edited.pop("entities", None)
        entities = command_entities(text)
        if entities:
            edited["entities"] = entities
        self.tg.remember_user_message(edited)
        return await self.tg.inject("edited_message", edited)

    async def send_sticker(self, emoji: str = "👍") -> Injected:
        message = self._bare_message() | {
            "sticker": {
                "file_id": f"STICKER-{emoji.encode().hex()}",
                "file_unique_id": f"S{emoji.encode().hex()}",
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "emoji": emoji,
            }
        }
        return await self._inject_message(message)

    async def send_photo(self, content: bytes = _PHOTO_BYTES, *, caption: str | None = None) -> Injected:
        upload = self.tg.store_file("photo.jpg", content, "image/jpeg")
        size = {"file_id": upload.file_id, "file_unique_id": "U" + upload.file_id, "width": 1, "height": 1}
        message = self._bare_message() | {"photo": [size | {"file_size": len(content)}]}
        if caption is not None:
            message["caption"] = caption
        return await self._inject_message(message)

    async def send_document(
        self, file_name: str, content: bytes, *, mime_type: str = "application/octet-stream"
    ) -> Injected:
        upload = self.tg.store_file(file_name, content, mime_type)
        document = {
            "file_id": upload.file_id,
            "file_unique_id": "U" + upload.file_id,
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": len(content),
        }
        return await self._inject_message(self._bare_message() | {"document": document})

    async def send_location(self, latitude: float, longitude: float) -> Injected:
        location = {"latitude": latitude, "longitude": longitude}
        return await self._inject_message(self._bare_message() | {"location": location})

    def sent(self) -> list[BotMessage]:
        """What the bot has sent this user so far, edits applied."""
        return self.tg.sent(self.chat.id)

    async def wait_for_reply(self, **options: Any) -> BotMessage:
        return await self.tg.wait_for_reply(self.chat.id, **options)

    def block_bot(self) -> None:
        self.tg.block(self.id)

    def _bare_message(self) -> JSON:
        return {
            "message_id": self.tg.new_message_id(self.chat.id),
            "date": int(time.time()),
            "chat": self.chat.to_json(),
            "from": self.person.to_json(),
        }

    async def _inject_message(self, message: JSON) -> Injected:
        self.tg.remember_user_message(message)
        return await self.tg.inject("message", message)

    def _find_message(self, message_id: int) -> JSON:
        try:
            return self.tg.message_json(self.chat.id, message_id)
        except KeyError:
            return self.tg.user_message(self.chat.id, message_id)

    def _button_message(self, callback_data: str, message: BotMessage | int | None) -> BotMessage:
        candidates = [m for m in self.tg.sent(self.chat.id) if not m.deleted]
        if message is not None:
            message_id = message if isinstance(message, int) else message.message_id
            candidates = [m for m in candidates if m.message_id == message_id]
        for candidate in reversed(candidates):
            if callback_data in candidate.callback_data:
                return candidate
        offered = [m.callback_data for m in candidates if m.callback_data]
        raise LookupError(f"no bot message in chat {self.chat.id} offers {callback_data!r}; offered: {offered}")


class GroupHandle:
    """A group or supergroup the bot is in; members post into it."""

    def __init__(self, tg: FakeTelegram, chat: Chat) -> None:
        self.tg = tg
        self.chat = chat

    @property
    def chat_id(self) -> int:
        return self.chat.id

    async def send(self, user: UserHandle, text: str) -> Injected:
        message = _text_message(self.tg, self.chat, user.person, text)
        self.tg.remember_user_message(message)
        return await self.tg.inject("message", message)

    def sent(self) -> list[BotMessage]:
        return self.tg.sent(self.chat.id)


class ChannelHandle:
    """A channel the bot administers; posts arrive as channel_post updates with no sender."""

    def __init__(self, tg: FakeTelegram, chat: Chat) -> None:
        self.tg = tg
        self.chat = chat

    @property
    def chat_id(self) -> int:
        return self.chat.id

    async def post(self, text: str) -> Injected:
        message = _text_message(self.tg, self.chat, None, text) | {"sender_chat": self.chat.to_json()}
        self.tg.remember_user_message(message)
        return await self.tg.inject("channel_post", message)

    async def edit(self, post: Injected, text: str) -> Injected:
        assert post.message_id is not None
        original = self.tg.user_message(self.chat.id, post.message_id)
        edited = original | {"text": text, "edit_date": int(time.time())}
        self.tg.remember_user_message(edited)
        return await self.tg.inject("edited_channel_post", edited)
