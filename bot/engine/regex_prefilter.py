"""Literal pre-filters for the triage's regular expressions: identical results, about half the triage's CPU.

Most of the ~500 patterns the triage runs over a message cannot match it at all: none of the words they need is in
it. For each compiled pattern, `required_literals` derives from the regex syntax tree a set of lower-case ASCII
strings one of which any match must contain (a necessary condition, never a sufficient one); a pattern whose set
is empty for a message is not run. The check is exact for ASCII messages (lower-casing both sides is then what
IGNORECASE does); other messages always run every pattern.
"""

from __future__ import annotations

import importlib
import re
import threading
from collections.abc import Iterator
from typing import Any

# The regex parser's own syntax tree (re._parser, re._constants on 3.11+), imported by name: private modules.
_p: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

Requirement = frozenset[str] | None  # None: nothing is required (the pattern may match anything)

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())


def _best(a: Requirement, b: Requirement) -> Requirement:
    """The more selective of two requirements (both hold; keep the one whose shortest string is longest)."""
    if a is None:
        return b
    if b is None:
        return a
    return a if min(map(len, a)) >= min(map(len, b)) else b


def _ascii_lower(s: str) -> str | None:
    low = s.lower()
    return low if low.isascii() and s.isascii() else None


def _sequence(items: Any) -> Requirement:
    best: Requirement = None
    run: list[str] = []

    def flush() -> None:
        nonlocal best, run
        if run:
            best = _best(best, frozenset({"".join(run)}))
            run = []

    for op, av in items:
        if op is _c.LITERAL:
            ch = _ascii_lower(chr(av))
            if ch is None:
                flush()
            else:
                run.append(ch)
            continue
        flush()
        best = _best(best, _item(op, av))
    flush()
    return best


def _item(op: Any, av: Any) -> Requirement:
    if op is _c.SUBPATTERN:
        return _sequence(av[-1])
    if hasattr(_c, "ATOMIC_GROUP") and op is _c.ATOMIC_GROUP:
        return _sequence(av)
    if op is _c.BRANCH:
        alternatives: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch)
            if found is None:
                return None
            alternatives |= found
        return frozenset(alternatives)
    if op in _REPEATS:
        low, _high, sub = av
        return _sequence(sub) if low >= 1 else None
    # IN, ANY, AT, ASSERT, ASSERT_NOT, NOT_LITERAL, CATEGORY, GROUPREF...: nothing required
    return None


def required_literals(pattern: re.Pattern[str]) -> Requirement:
    if not isinstance(pattern.pattern, str):
        return None
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
    except Exception:
        return None
    found = _sequence(tree)
    if found is None or not all(found):  # an empty string is always "present"
        return None
    return found


class _Last(threading.local):
    """The last message read and its literals, per thread: all patterns are run over the same text in turn, and the
    safety net triages its examples on a worker thread while the event loop triages messages."""

    text: str | None = None
    found: frozenset[str] | None = None


_last = _Last()
_LITERALS: dict[str, list[str]] = {}  # every required literal, by its first two characters


def _present(string: str) -> frozenset[str] | None:
    """The required literals found in `string` (lower-cased), computed once per message; None: not ASCII."""
    if string is _last.text:
        return _last.found
    found: frozenset[str] | None = None
    if string.isascii():
        low = string.lower()
        heads = {low[i : i + 2] for i in range(len(low) - 1)}
        found = frozenset(
            lit for head in heads.intersection(_LITERALS) for lit in _LITERALS[head] if lit in low
        ) | _SINGLE.intersection(low)
    _last.text, _last.found = string, found
    return found


_SINGLE: set[str] = set()  # one-character literals


class Prefiltered:
    """A compiled pattern that answers "no match" at once when a message lacks every literal it requires."""

    __slots__ = ("_needs", "_pattern", "flags", "groupindex", "groups", "pattern")

    def __init__(self, pattern: re.Pattern[str], needs: frozenset[str]) -> None:
        self._pattern = pattern
        self._needs = needs
        for lit in needs:
            if len(lit) == 1:
                _SINGLE.add(lit)
            else:
                bucket = _LITERALS.setdefault(lit[:2], [])
                if lit not in bucket:
                    bucket.append(lit)
        _last.text = _last.found = None
        self.pattern, self.flags, self.groups, self.groupindex = (
            pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex
        )

    def _may(self, string: str) -> bool:
        present = _present(string)
        return present is None or not self._needs.isdisjoint(present)

    # The three methods the triage calls most check inline: a Python call saved per pattern is most of what is
    # left of a skipped pattern's cost.
    def finditer(self, string: str, *args: Any) -> Iterator[re.Match[str]]:
        present = _last.found if string is _last.text else _present(string)
        if present is None or not self._needs.isdisjoint(present):
            return self._pattern.finditer(string, *args)
        return iter(())

    def findall(self, string: str, *args: Any) -> list[Any]:
        return self._pattern.findall(string, *args) if self._may(string) else []

    def search(self, string: str, *args: Any) -> re.Match[str] | None:
        present = _last.found if string is _last.text else _present(string)
        if present is None or not self._needs.isdisjoint(present):
            return self._pattern.search(string, *args)
        return None

    def match(self, string: str, *args: Any) -> re.Match[str] | None:
        return self._pattern.match(string, *args) if self._may(string) else None

    def fullmatch(self, string: str, *args: Any) -> re.Match[str] | None:
        return self._pattern.fullmatch(string, *args) if self._may(string) else None

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        present = _last.found if string is _last.text else _present(string)
        if present is None or not self._needs.isdisjoint(present):
            return self._pattern.sub(repl, string, count)
        return string

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        return self._pattern.subn(repl, string, count) if self._may(string) else (string, 0)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self._pattern.split(string, maxsplit) if self._may(string) else [string]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self._pattern!r})"


def wrap(value: Any, depth: int = 0) -> Any:
    """`value` with its compiled patterns pre-filtered, through tuples and lists (rebuilt) a few levels deep."""
    if isinstance(value, re.Pattern):
        needs = required_literals(value)
        return value if needs is None else Prefiltered(value, needs)
    if depth >= 3:
        return value
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        new = tuple(wrap(v, depth + 1) for v in value)
        return value if all(a is b for a, b in zip(new, value, strict=True)) else new
    if isinstance(value, list):
        new_list = [wrap(v, depth + 1) for v in value]
        if any(a is not b for a, b in zip(new_list, value, strict=True)):
            value[:] = new_list  # in place: whoever holds the list sees the wrapped patterns
        return value
    return value


def install(module: Any) -> int:
    """Pre-filter every compiled pattern among `module`'s globals; how many globals changed."""
    changed = 0
    for name, value in list(vars(module).items()):
        if name.startswith("__"):
            continue
        new = wrap(value)
        if new is not value:
            setattr(module, name, new)
            changed += 1
    return changed
