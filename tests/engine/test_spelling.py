"""The spelling corrector: typing slips in triage words put right, real words and other languages left alone."""

from __future__ import annotations

import pytest

from bot.engine.triage.spelling import correct_spelling, corrected


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("needels", "needles"),  # two letters swapped
        ("acident", "accident"),  # a letter left out
        ("fevr", "fever"),
        ("thursts", "thrusts"),
        ("numbb", "numb"),  # a letter doubled
        ("yestrday", "yesterday"),
        ("spredding", "spreading"),  # two slips in a long word
        ("incontinnance", "incontinence"),
    ],
)
def test_a_slip_in_a_triage_word_is_put_right(typed: str, meant: str) -> None:
    assert corrected(typed) == meant


@pytest.mark.parametrize(
    "word",
    [
        "numbers",  # an English word: autocorrect's swaps are the phrase rules' job
        "sadly",
        "tights",  # kit, one letter from "tight"
        "tweak",  # a different first letter ("weak") is another word
        "mince",
        "tuesdays",  # a target's own form
        "aches",
        "nicht",  # another language
        "inkontinenz",
        "pee",  # too short to tell from "peep" or "peel"
        "sharpie",  # two slips from "sharp" only in a long target
    ],
)
def test_real_words_and_short_words_are_left_alone(word: str) -> None:
    assert corrected(word) == word


def test_a_slip_as_near_two_targets_is_left_alone() -> None:
    # "werk" is one slip from "work" and from "weak": no guess between a workload and a sign.
    assert corrected("werk") == "werk"


def test_only_the_slips_in_a_message_change() -> None:
    assert correct_spelling("pins and needels down my leg sinse yestrday") == (
        "pins and needles down my leg since yesterday"
    )
