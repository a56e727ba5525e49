"""Runs a flow one answer at a time: pure functions from (flow, state, tap) to the next state."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bot.engine.flows.model import DONE, END, AllOf, AnyOf, Choice, Condition, Flow, Match, Scalar, Step, StepKind
from bot.engine.flows.state import Answer, FlowState, FlowStateError

OK_MARK = "✅"
WARN_MARK = "⚠️"


class InvalidChoice(ValueError):
    """A tap that does not answer the current question (stale button, finished flow, tampered data)."""


@dataclass(frozen=True)
class StepResult:
    state: FlowState
    chosen: Choice
    fix: str | None  # advice to show now, if the answer needs a correction
    step_done: bool  # False while ticking options of a multi step

    @property
    def finished(self) -> bool:
        return self.state.finished


@dataclass(frozen=True)
class ChecklistLine:
    step_id: str
    label: str
    ok: bool
    answer: str  # the label of what the user chose
    fix: str | None

    @property
    def mark(self) -> str:
        return OK_MARK if self.ok else WARN_MARK

    def __str__(self) -> str:
        return f"{self.mark} {self.label}"


_NO_KNOWN: Mapping[str, Any] = {}


def start(flow: Flow, known: Mapping[str, Any] = _NO_KNOWN) -> FlowState:
    """A new run; fields in `known` (choice ids or values, e.g. from the user's own words) are not asked.

    Known values that match no choice are dropped, so that question is asked rather than guessed.
    """
    answers: dict[str, Answer] = {}
    for step in flow.steps:
        if step.field in known and (answer := _known_answer(step, known[step.field])) is not None:
            answers[step.field] = answer
    return FlowState(flow.id, _askable_from(flow, 0, answers), answers)


def current_step(flow: Flow, state: FlowState) -> Step | None:
    """The question waiting for an answer, or None when finished; FlowStateError if the state does not fit."""
    _check(flow, state)
    return flow.step(state.step_id) if state.step_id else None


def answer(flow: Flow, state: FlowState, choice_id: str, *, step_id: str | None = None) -> StepResult:
    """Applies one tap. Pass `step_id` from the button so a tap on an older question is refused."""
    step = current_step(flow, state)
    if step is None:
        raise InvalidChoice(f"'{flow.title}' is already finished")
    if step_id is not None and step_id != step.id:
        raise InvalidChoice(f"that button belongs to '{step_id}', but the current question is '{step.id}'")
    choice = step.choice(choice_id)
    if choice is None:
        raise InvalidChoice(f"'{choice_id}' is not an answer to '{step.id}'")

    if step.kind is StepKind.MULTI and choice.id != DONE and not choice.exclusive:
        if choice.id in state.selected:
            ticked = tuple(c for c in state.selected if c != choice.id)
            return StepResult(replace(state, selected=ticked), choice, None, step_done=False)
        order = [c.id for c in step.choices]
        ticked = tuple(sorted((*state.selected, choice.id), key=order.index))
        return StepResult(replace(state, selected=ticked), choice, choice.fix, step_done=False)

    given: Answer = choice.id
    if step.kind is StepKind.MULTI:
        given = state.selected if choice.id == DONE else (choice.id,)
    answers = {**state.answers, step.field: given}
    if choice.next == END:
        following = None
    else:
        target = flow.index(choice.next) if choice.next else flow.index(step.id) + 1
        following = _askable_from(flow, target, answers)
    fix = _fix(step, given)
    return StepResult(FlowState(flow.id, following, answers), choice, fix, step_done=True)


def values(flow: Flow, state: FlowState) -> dict[str, Scalar | list[Scalar]]:
    """The answers by field as the engine understands them (each choice's value, or its id)."""
    _check(flow, state)
    result: dict[str, Scalar | list[Scalar]] = {}
    for step in flow.steps:
        if step.field in state.answers:
            chosen = _chosen(step, state.answers[step.field])
            result[step.field] = [c.result for c in chosen] if step.kind is StepKind.MULTI else chosen[0].result
    return result


def summary(flow: Flow, state: FlowState) -> list[ChecklistLine]:
    """One line per answered step, in flow order: ✅ when every chosen answer is marked ok, else ⚠️."""
    _check(flow, state)
    lines: list[ChecklistLine] = []
    for step in flow.steps:
        if step.field not in state.answers:
            continue
        given = state.answers[step.field]
        chosen = _chosen(step, given)
        lines.append(
            ChecklistLine(
                step_id=step.id,
                label=step.label,
                ok=all(c.ok for c in chosen),
                answer=", ".join(c.label for c in chosen) or "—",
                fix=_fix(step, given),
            )
        )
    return lines


def compare(previous_results: Sequence[ChecklistLine], current_results: Sequence[ChecklistLine]) -> list[str]:
    """Progress since the last check, e.g. "Bench height: ⚠️ → ✅"; points not checked before say so."""
    before = {line.step_id: line for line in previous_results}
    lines: list[str] = []
    for line in current_results:
        old = before.get(line.step_id)
        if old is None:
            lines.append(f"{line.label}: {line.mark} (new)")
        else:
            lines.append(f"{line.label}: {old.mark} → {line.mark}")
    return lines


def evaluate(flow: Flow, condition: Condition, answers: Mapping[str, Answer]) -> bool:
    """Whether an ask_if holds; a test on a step with no answer yet is false (either way round)."""
    match condition:
        case Match(step=step_id, choices=choices, negate=negate):
            step = flow.step(step_id)
            given = answers.get(step.field) if step else None
            if given is None:
                return False
            picked = {given} if isinstance(given, str) else set(given)
            return bool(picked & set(choices)) != negate
        case AnyOf(conditions=inner):
            return any(evaluate(flow, c, answers) for c in inner)
        case AllOf(conditions=inner):
            return all(evaluate(flow, c, answers) for c in inner)


def _askable_from(flow: Flow, index: int, answers: Mapping[str, Answer]) -> str | None:
    for step in flow.steps[index:]:
        if step.field in answers:
            continue
        if step.ask_if is not None and not evaluate(flow, step.ask_if, answers):
            continue
        return step.id
    return None


def _known_answer(step: Step, value: object) -> Answer | None:
    if step.kind is StepKind.MULTI:
        if not isinstance(value, list | tuple | set | frozenset):
            return None
        found = [_choice_for(step, item) for item in value]
        if any(c is None or c.id == DONE for c in found):
            return None
        ids = {c.id for c in found if c is not None}
        return tuple(c.id for c in step.choices if c.id in ids)
    chosen = _choice_for(step, value)
    return chosen.id if chosen is not None and chosen.id != DONE else None


def _choice_for(step: Step, value: object) -> Choice | None:
    """The choice whose value or id is `value` (True must not match 1, so types are compared too)."""
    if value is None:
        return None
    for choice in step.choices:
        if choice.id == value or (type(choice.value) is type(value) and choice.value == value):
            return choice
    return None


def _chosen(step: Step, given: Answer) -> list[Choice]:
    ids = (given,) if isinstance(given, str) else given
    return [c for c in step.choices if c.id in ids]


def _fix(step: Step, given: Answer) -> str | None:
    fixes = [c.fix for c in _chosen(step, given) if c.fix]
    return "\n\n".join(fixes) if fixes else None


def _check(flow: Flow, state: FlowState) -> None:
    """Refuses state that does not fit the flow as it is now (e.g. a step renamed since it was stored)."""
    if state.flow_id != flow.id:
        raise FlowStateError(f"state is for flow '{state.flow_id}', not '{flow.id}'")
    current = flow.step(state.step_id) if state.step_id else None
    if state.step_id and current is None:
        raise FlowStateError(f"flow '{flow.id}' has no step '{state.step_id}'")
    by_field = {s.field: s for s in flow.steps}
    for name, given in state.answers.items():
        step = by_field.get(name)
        if step is None:
            raise FlowStateError(f"flow '{flow.id}' has no field '{name}'")
        ids = (given,) if isinstance(given, str) else given
        if isinstance(given, str) == (step.kind is StepKind.MULTI) or any(
            step.choice(i) is None or i == DONE for i in ids
        ):
            raise FlowStateError(f"flow '{flow.id}': stored answer {given!r} does not fit step '{step.id}'")
    if state.selected and (current is None or current.kind is not StepKind.MULTI):
        raise FlowStateError(f"flow '{flow.id}': ticked options outside a multi-select step")
    if current is not None and any(current.choice(i) is None or i == DONE for i in state.selected):
        raise FlowStateError(f"flow '{flow.id}': ticked options do not belong to '{current.id}'")
