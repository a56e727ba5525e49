"""Scripted failures: which calls fail, how, and how many more times."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.fake_telegram.records import Fault

_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request: chat not found",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


def default_description(error_code: int, retry_after: int) -> str:
    """Telegram's wording for an error code, so PTB raises what it would raise in production."""
    if error_code == 429:
        return f"Too Many Requests: retry after {retry_after}"
    return _DEFAULT_DESCRIPTIONS.get(error_code, f"Error {error_code}")


@dataclass
class FaultSlot:
    """A Fault and how many more calls it may still hit (None: until cleared)."""

    fault: Fault
    remaining: int | None

    def take(self, method: str, chat_id: Any) -> bool:
        """True (and one fewer use left) if this fault applies to a call of `method` in `chat_id`."""
        if self.remaining is not None and self.remaining <= 0:
            return False
        if self.fault.method != "*" and self.fault.method.lower() != method:
            return False
        if self.fault.chat_id is not None and self.fault.chat_id != chat_id:
            return False
        if self.remaining is not None:
            self.remaining -= 1
        return True
