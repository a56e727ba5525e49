"""Engine replies as Telegram messages: plain text (no parse_mode), inline keyboards, documents."""

from __future__ import annotations

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Message

from bot.engine.events import Reply

MAX_TEXT = 4096  # Telegram's limit for one message
MAX_CAPTION = 1024


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(button.label, callback_data=button.data) for button in row] for row in reply.buttons]
    )


def chunks(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Split a long text so each part fits one message: at a paragraph break if there is one, else a line break,
    else a space, so a part never ends mid-word unless a single word is longer than a message."""
    parts: list[str] = []
    while len(text) > limit:
        window = text[: limit + 1]  # a break right at the limit still leaves a part that fits
        cut = next((at for sep in ("\n\n", "\n", " ") if (at := window.rfind(sep)) > 0), limit)
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    parts.append(text)
    return [part for part in parts if part.strip()] or ["…"]


async def send_reply(bot: Bot, chat_id: int, reply: Reply) -> list[Message]:
    """One engine reply; no parse_mode, so whatever the user typed and we echo can never break formatting."""
    if reply.document is not None:
        name, content = reply.document
        caption = reply.text[:MAX_CAPTION] or None
        return [
            await bot.send_document(
                chat_id, InputFile(content, filename=name), caption=caption, reply_markup=keyboard(reply)
            )
        ]
    parts = chunks(reply.text)
    sent = [await bot.send_message(chat_id, part) for part in parts[:-1]]
    # Buttons go on the last part, right where the user finishes reading.
    sent.append(await bot.send_message(chat_id, parts[-1], reply_markup=keyboard(reply)))
    return sent


def acknowledged_text(original: str, acknowledged: str | None) -> str:
    """The pressed message's text with the choice the user made appended, so the chat reads as a record."""
    return f"{original}\n\n→ {acknowledged}" if acknowledged else original
