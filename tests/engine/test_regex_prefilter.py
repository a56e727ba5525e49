"""The triage's regex pre-filter skips only patterns that cannot match: same results, less CPU."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import bot.engine.triage as triage
from bot.engine.regex_prefilter import Prefiltered, required_literals
from bot.engine.triage.normalise import _normalise
from bot.engine.triage.rules import _COMPILED_RULES
from bot.engine.triage_eval import load_cases

SETS = Path(__file__).parent
# Every module of the triage package: each pre-filters its own patterns.
MODULES = [importlib.import_module(f"{triage.__name__}.{m.name}") for m in pkgutil.iter_modules(triage.__path__)]


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\bnumb\w*", {"numb"}),
        # One word per branch, the longest a branch must hold.
        (r"pins\s+and\s+needles|tingl\w*", {"needles", "tingl"}),
        (r"a?b", {"b"}),
        (r"(?<=foo\s)bar", {"bar"}),
        (r"(?:left|right)\s+leg", {"left", "right"}),
        (r"(?:x)?", None),  # may match nothing: never skipped
        (r"(?:abc|)d?", None),
        (r"é", None),  # a literal outside ASCII is not used
        (r"[0-9]+\s*/\s*10", {"10"}),
    ],
)
def test_required_literals(pattern: str, needs: set[str] | None) -> None:
    found = required_literals(re.compile(pattern))
    assert (None if found is None else set(found)) == needs


def test_a_pattern_is_skipped_only_when_its_words_are_absent() -> None:
    original = re.compile(r"\bnumb\w*")
    wrapped = Prefiltered(original, frozenset({"numb"}))
    assert wrapped.search("glutes on fire") is None
    hit = wrapped.search("my left foot is numb")
    assert hit is not None and hit.group(0) == "numb"
    # Outside ASCII every pattern runs: lower-casing is then no longer what the regex engine does.
    emoji = wrapped.search("numb 💪")
    assert emoji is not None and emoji.group(0) == "numb"
    assert wrapped.sub("x", "no words here") == "no words here"


def _patterns(value: Any, depth: int = 0) -> Iterator[Prefiltered]:
    if isinstance(value, Prefiltered):
        yield value
    elif depth < 3 and isinstance(value, tuple | list):
        for item in value:
            yield from _patterns(item, depth + 1)


def _all_wrapped() -> list[Prefiltered]:
    """Each pre-filtered pattern once, though modules import each other's."""
    return list({id(p): p for module in MODULES for value in vars(module).values() for p in _patterns(value)}.values())


def test_the_triage_runs_pre_filtered_patterns() -> None:
    wrapped = _all_wrapped()
    assert len(MODULES) > 10
    assert len(wrapped) > 300
    assert any(isinstance(p, Prefiltered) for _, patterns in _COMPILED_RULES for p in patterns)


def test_no_pattern_is_skipped_on_a_labelled_message_it_matches() -> None:
    texts = [case.text for name in ("triage_dev.yaml", "triage_blind70.yaml")
             for case in load_cases(SETS / name)]
    corpus = [*texts, *(_normalise(t) for t in texts)]
    wrapped = _all_wrapped()
    for text in corpus:
        for pattern in wrapped:
            original = pattern._pattern  # the unfiltered pattern is what is compared
            want = [m.span() for m in original.finditer(text)]
            assert [m.span() for m in pattern.finditer(text)] == want, (original.pattern[:80], text)
