"""Where a user is in a flow, as an immutable value that round-trips through JSON for the database."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from bot.engine.flows.callback import ID_PATTERN

STATE_VERSION = 1

Answer = str | tuple[str, ...]  # a choice id, or the ids ticked in a multi step


class FlowStateError(ValueError):
    """Stored flow state that cannot be resumed (corrupt, or written for a flow that has since changed)."""


@dataclass(frozen=True)
class FlowState:
    flow_id: str
    step_id: str | None  # the question waiting for an answer; None once the flow is finished
    answers: Mapping[str, Answer] = field(default_factory=dict)  # by field name, in the order given
    selected: tuple[str, ...] = ()  # ticks so far in the current multi step

    def __post_init__(self) -> None:
        object.__setattr__(self, "answers", MappingProxyType(dict(self.answers)))

    @property
    def finished(self) -> bool:
        return self.step_id is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "flow": self.flow_id,
            "step": self.step_id,
            "answers": {k: v if isinstance(v, str) else list(v) for k, v in self.answers.items()},
            "selected": list(self.selected),
        }

    @classmethod
    def from_dict(cls, data: object) -> FlowState:
        if not isinstance(data, dict):
            raise FlowStateError(f"flow state must be a JSON object, not {type(data).__name__}")
        expected = {"version", "flow", "step", "answers", "selected"}
        if set(data) != expected:
            raise FlowStateError(f"flow state needs exactly the keys {sorted(expected)}, got {sorted(data)}")
        if data["version"] != STATE_VERSION:
            raise FlowStateError(f"flow state version {data['version']!r} is not {STATE_VERSION}")
        step = data["step"]
        if step is not None:
            step = _ident(step, "step")
        answers_raw = data["answers"]
        if not isinstance(answers_raw, dict):
            raise FlowStateError("flow state 'answers' must be an object")
        answers: dict[str, Answer] = {}
        for key, value in answers_raw.items():
            name = _ident(key, "answer field")
            answers[name] = _ident(value, name) if isinstance(value, str) else _idents(value, name)
        return cls(
            flow_id=_ident(data["flow"], "flow"),
            step_id=step,
            answers=answers,
            selected=_idents(data["selected"], "selected"),
        )


def _ident(value: object, what: str) -> str:
    if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
        raise FlowStateError(f"flow state: {what} {str(value)[:40]!r} is not a valid id")
    return value


def _idents(value: object, what: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise FlowStateError(f"flow state: {what} must be a list of ids")
    return tuple(_ident(item, what) for item in value)
