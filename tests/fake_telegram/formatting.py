"""Turning formatted text into what the user reads, refusing markup Telegram would refuse."""

from __future__ import annotations

from html.parser import HTMLParser

# https://core.telegram.org/bots/api#html-style
_HTML_TAGS = frozenset(
    {
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "code",
        "pre",
        "blockquote",
        "tg-emoji",
    }
)
_MARKDOWN_V2_RESERVED = frozenset("_*[]()~`>#+-=|{}.!")
_MARKDOWN_V2_MARKERS = frozenset("_*[]()~`|")


class EntityParseError(ValueError):
    """The text cannot be parsed with the given parse_mode; Telegram answers 400."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"Bad Request: can't parse entities: {reason}")


class _TelegramHTML(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.visible: list[str] = []
        self.open_tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HTML_TAGS:
            raise EntityParseError(f'Unsupported start tag "{tag}" at byte offset {self._offset()}')
        self.open_tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open_tags or self.open_tags[-1] != tag:
            raise EntityParseError(f'Unmatched end tag at byte offset {self._offset()}, expected "{tag}"')
        self.open_tags.pop()

    def handle_data(self, data: str) -> None:
        self.visible.append(data)

    def _offset(self) -> int:
        return sum(len(part.encode()) for part in self.visible)


def visible_text(text: str, parse_mode: str | None) -> str:
    """The text a user reads once Telegram has applied `parse_mode`."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        return _html(text)
    if mode == "markdownv2":
        return _markdown_v2(text)
    if mode == "markdown":
        return "".join(ch for ch in text if ch not in "*_`[")
    return text


def _html(text: str) -> str:
    for offset, ch in enumerate(text):
        after = text[offset + 1 : offset + 2]
        if ch == "<" and not (after.isalpha() or after == "/"):
            # Telegram rejects a bare "<" instead of guessing: the escaping bug worth catching in tests.
            raise EntityParseError(f"Unexpected < at byte offset {len(text[:offset].encode())}")
    parser = _TelegramHTML()
    parser.feed(text)
    parser.close()
    if parser.open_tags:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{parser.open_tags[-1]}"')
    return "".join(parser.visible)


def _markdown_v2(text: str) -> str:
    visible: list[str] = []
    escaped = False
    for offset, ch in enumerate(text):
        if escaped:
            visible.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in _MARKDOWN_V2_MARKERS or (ch == ">" and (offset == 0 or text[offset - 1] == "\n")):
            continue
        elif ch in _MARKDOWN_V2_RESERVED:
            raise EntityParseError(f"Character '{ch}' is reserved and must be escaped with the preceding '\\'")
        else:
            visible.append(ch)
    return "".join(visible)
