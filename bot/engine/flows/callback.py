"""Telegram callback data: one `prefix:field:…` format, encoded and parsed only here."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

MAX_BYTES = 64  # Telegram rejects longer callback_data
SEPARATOR = ":"
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_]{0,23}")


class CallbackDataError(ValueError):
    """Callback data that is malformed, unknown, too long or tampered with."""


@dataclass(frozen=True)
class CallbackKind:
    """One kind of button: its prefix and the pattern each field must match."""

    prefix: str
    fields: tuple[tuple[str, re.Pattern[str]], ...]

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.fields)


FLOW_CHOICE = CallbackKind("flow", (("flow_id", ID_PATTERN), ("step_id", ID_PATTERN), ("choice_id", ID_PATTERN)))

PASSAGE_ID = re.compile(r"[a-z0-9][a-z0-9-]{1,47}")
MENU = CallbackKind("menu", (("item", ID_PATTERN),))  # a main-menu entry: setup, pain, cues, ...
ASK = CallbackKind("ask", (("passage_id", PASSAGE_ID),))  # a follow-up suggestion: show that passage
FEEDBACK = CallbackKind("fb", (("passage_id", PASSAGE_ID), ("vote", re.compile(r"up|down"))))
REMINDER = CallbackKind(
    "rem", (("action", re.compile(r"pause|resume|delete")), ("reminder_id", re.compile(r"\d{1,12}")))
)
CHECK_IN = CallbackKind(
    "chk", (("followup_id", re.compile(r"\d{1,12}")), ("answer", re.compile(r"settled|still|worse")))
)

# A new kind of button is one more entry here.
KINDS: Mapping[str, CallbackKind] = MappingProxyType(
    {kind.prefix: kind for kind in (FLOW_CHOICE, MENU, ASK, FEEDBACK, REMINDER, CHECK_IN)}
)


@dataclass(frozen=True)
class CallbackData:
    """Parsed, validated callback data."""

    kind: CallbackKind
    values: tuple[str, ...]

    def __getitem__(self, name: str) -> str:
        try:
            return self.values[self.kind.field_names.index(name)]
        except ValueError:
            raise KeyError(name) from None


@dataclass(frozen=True)
class FlowChoice:
    """A tap on a flow button: which flow, which question, which answer."""

    flow_id: str
    step_id: str
    choice_id: str


def encode(kind: CallbackKind, *values: str) -> str:
    """The callback data for a button; raises CallbackDataError if it would not be accepted back."""
    _check_values(kind, values)
    data = SEPARATOR.join((kind.prefix, *values))
    _check_size(data)
    return data


def parse(data: object) -> CallbackData:
    """Parses callback data of any known kind; raises CallbackDataError on anything unexpected."""
    if not isinstance(data, str):
        raise CallbackDataError(f"callback data must be text, not {type(data).__name__}")
    _check_size(data)
    prefix, *values = data.split(SEPARATOR)
    kind = KINDS.get(prefix)
    if kind is None:
        raise CallbackDataError(f"unknown callback kind {prefix[:16]!r}")
    _check_values(kind, tuple(values))
    return CallbackData(kind, tuple(values))


def encode_choice(flow_id: str, step_id: str, choice_id: str) -> str:
    return encode(FLOW_CHOICE, flow_id, step_id, choice_id)


def parse_choice(data: object) -> FlowChoice:
    parsed = parse(data)
    if parsed.kind is not FLOW_CHOICE:
        raise CallbackDataError(f"expected a flow button, got {parsed.kind.prefix!r}")
    return FlowChoice(parsed["flow_id"], parsed["step_id"], parsed["choice_id"])


def _check_size(data: str) -> None:
    size = len(data.encode("utf-8"))
    if size > MAX_BYTES:
        raise CallbackDataError(f"callback data is {size} bytes; Telegram allows {MAX_BYTES}")


def _check_values(kind: CallbackKind, values: tuple[str, ...]) -> None:
    if len(values) != len(kind.fields):
        raise CallbackDataError(
            f"{kind.prefix!r} callback needs {len(kind.fields)} fields "
            f"({', '.join(kind.field_names)}), got {len(values)}"
        )
    for (name, pattern), value in zip(kind.fields, values, strict=True):
        if not pattern.fullmatch(value):
            raise CallbackDataError(f"{kind.prefix!r} callback: {name} {value[:24]!r} is not valid")
