"""The vocabulary of the knowledge base: a passage and its kind."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    CAUSE = "cause"  # a cause of pain
    SETUP = "setup"
    STEP = "step"  # an execution step
    CUE = "cue"
    MISTAKE = "mistake"
    PROGRESSION = "progression"
    PROFESSIONAL = "professional"  # when to see a professional
    FAQ = "faq"
    OVERVIEW = "overview"


@dataclass(frozen=True)
class Passage:
    """One self-contained piece of advice that fits in one chat message."""

    id: str
    title: str
    section: str
    kind: Kind
    text: str
    source: str  # file it came from, relative to the knowledge directory
    exercise: str = "hip thrust"
    questions: tuple[str, ...] = field(default=())  # example user questions, indexed with the passage
