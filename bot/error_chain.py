"""Walking an exception and the ones it was raised from, as libraries wrap drivers' errors in their own."""

from __future__ import annotations

from collections.abc import Iterator


def causes(error: BaseException | None) -> Iterator[BaseException]:
    """The error, then its __cause__ (or __context__), and so on; each once, so a cycle ends the walk."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = error.__cause__ or error.__context__
