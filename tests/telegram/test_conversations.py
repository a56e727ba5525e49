"""Whole conversations through the real Application and the fake Telegram server."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.storage.db import make_engine, make_sessionmaker
from bot.storage.models import Feedback
from bot.telegram_app import handlers
from bot.telegram_app.context import CoachApplication
from bot.telegram_app.handlers import ONLY_TEXT
from tests.fake_telegram import FakeTelegram
from tests.telegram.conftest import Bot, button_data

SETUP_ALL_YES = ["Yes", "Yes", "Yes", "Yes", "Yes", "Vertical", "Yes", "Yes"]


async def test_start_shows_the_menu_and_registers_commands(tg: FakeTelegram, running: CoachApplication) -> None:
    alex = tg.user(42)
    await alex.send("/start")
    welcome = await tg.wait_for_reply(42)
    assert "Hip Thrust Coach" in welcome.text and "not a medical service" in welcome.text
    assert welcome.button_texts == ("Ask a question", "Check my setup", "I feel pain", "Cue reminders")
    assert welcome.parse_mode is None
    names = [c.command for c in tg.commands]
    assert names[:3] == ["start", "help", "setup"] and {"remind", "mydata", "forget", "cancel"} <= set(names)


async def test_question_is_answered_and_thumbs_up_is_stored(
    tg: FakeTelegram, running: CoachApplication, bot: Bot
) -> None:
    alex = tg.user(42)
    await alex.send("how high should the bench be?")
    answer = await tg.wait_for_reply(42)
    assert "shoulder blade" in answer.text and "Setup" in answer.text
    assert "👍" in answer.button_texts and "👎" in answer.button_texts
    assert not tg.calls("sendChatAction")  # answered within a second: no "typing…" needed

    await alex.press(button_data(answer, "👍"), message=answer)
    thanks = await tg.wait_for_reply(42, predicate=lambda m: not m.edited)
    assert thanks.text == "Thanks for the feedback!"
    pressed = tg.sent(42)[0]
    assert pressed.text == answer.text + "\n\n→ 👍" and pressed.buttons == ()
    assert len(tg.callback_answers) == 1

    engine = make_engine(bot.database_url)
    try:
        async with make_sessionmaker(engine)() as session:
            stored = (await session.scalars(select(Feedback))).all()
    finally:
        await engine.dispose()
    assert [(f.user_id, f.helpful, f.question) for f in stored] == [(42, True, "how high should the bench be?")]


async def test_setup_check_by_buttons_ends_with_the_checklist(tg: FakeTelegram, running: CoachApplication) -> None:
    alex = tg.user(42)
    await alex.send("/setup")
    question = await tg.wait_for_reply(42, predicate=lambda m: bool(m.buttons))
    assert "bench" in question.text.lower()
    for label in ["No", *SETUP_ALL_YES[1:]]:
        await alex.press(button_data(question, label), message=question)
        question = await tg.wait_for_reply(
            42, predicate=lambda m: not m.edited and (bool(m.buttons) or "Your setup check:" in m.text)
        )
    assert "Your setup check:" in question.text
    assert "⚠️ Bench height" in question.text and "✅ Feet" in question.text
    assert len(tg.callback_answers) == len(SETUP_ALL_YES)
    # Every answered question reads as a record: its text, the choice made, and no buttons left to press.
    answered = [m for m in tg.sent(42) if m.edited]
    assert len(answered) == len(SETUP_ALL_YES)
    assert all(m.buttons == () and "\n\n→ " in m.text for m in answered)
    assert answered[0].text.endswith("→ Bench height: No")


async def test_red_flag_report_gets_the_emergency_reply_first(tg: FakeTelegram, running: CoachApplication) -> None:
    alex = tg.user(42)
    await alex.send("after thrusting i cant feel my inner thighs and i peed a little")
    first = await tg.wait_for_reply(42)
    assert first.text.startswith("Seek emergency care now")


async def test_non_text_gets_a_friendly_nudge_and_groups_are_ignored(
    tg: FakeTelegram, running: CoachApplication
) -> None:
    alex = tg.user(42)
    await alex.send_sticker()
    assert (await tg.wait_for_reply(42)).text == ONLY_TEXT
    await alex.send_photo(caption="is this right?")
    assert (await tg.wait_for_reply(42)).text == ONLY_TEXT

    group = tg.group(-100123)
    await group.send(alex, "how high should the bench be?")
    await alex.send("hi")
    help_request = await alex.send("/help")
    await alex.edit(help_request, "/setup")  # edits are ignored: the user sees /help answered only
    await alex.send("/cues")
    await tg.wait_for_reply(42, predicate=lambda m: m.text.startswith("Your hip thrust cue card"))
    assert tg.sent(-100123) == []
    texts = [m.text for m in tg.sent(42)]
    assert len(texts) == 5, texts  # 2 nudges, the greeting, help, the cue card: no setup check started
    assert texts[2].startswith("Hi!") and texts[3].startswith("Here's what I can do")


async def test_unknown_command_is_named(tg: FakeTelegram, running: CoachApplication) -> None:
    await tg.user(42).send("/dance fast")
    assert "I don't know /dance" in (await tg.wait_for_reply(42)).text


async def test_mydata_arrives_as_a_json_document(tg: FakeTelegram, running: CoachApplication) -> None:
    alex = tg.user(42)
    await alex.send("how high should the bench be?")
    await tg.wait_for_reply(42)
    await alex.send("/mydata")
    export = await tg.wait_for_reply(42, predicate=lambda m: m.document is not None)
    assert export.document is not None and export.document.file_name.endswith(".json")
    assert b"how high should the bench be?" in export.document.content


async def test_typing_is_shown_while_an_answer_is_slow(
    tg: FakeTelegram, running: CoachApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(handlers, "TYPING_AFTER", 0.0)  # as if the model took longer than a second
    await tg.user(43).send("where should the bar sit?")
    await tg.wait_for_reply(43)
    assert any(c.params.get("action") == "typing" for c in tg.calls("sendChatAction"))
