"""Text with lone UTF-16 surrogates made into text every codec takes."""

from __future__ import annotations

import pytest

from bot.unicode_text import well_formed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\ud83d\udc4d thanks", "\U0001f44d thanks"),  # an emoji escaped in two halves
        ("pain \udcff here", "pain \ufffd here"),  # a byte that was not UTF-8, under surrogateescape
        ("\ud83d", "\ufffd"),  # half an emoji
        ("ok \U0001f44d", "ok \U0001f44d"),  # already well formed: unchanged
        ("", ""),
    ],
)
def test_well_formed(text: str, expected: str) -> None:
    assert well_formed(text) == expected
    assert well_formed(text).encode("utf-8").decode("utf-8") == expected  # no UnicodeEncodeError
