"""Conversation flows as data: the types, loading them from YAML, and checking them on load."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml

from bot.engine.flows.callback import ID_PATTERN, CallbackDataError, encode_choice

FLOWS_DIR = Path(__file__).resolve().parent
END = "end"  # a choice's `next: end` finishes the flow at once
DONE = "done"  # id of the button that closes a multi-select step
SCALE = range(0, 11)

Scalar = str | int | float | bool


class FlowError(ValueError):
    """A flow file that cannot be used; the message names the file and the step."""


class StepKind(StrEnum):
    CHOICE = "choice"  # one tap answers
    MULTI = "multi"  # tick any, then Done
    SCALE = "scale"  # 0-10


class Outcome(StrEnum):
    """What the engine does with the answers when the flow is finished."""

    CHECKLIST = "checklist"  # runner.summary: one ✅/⚠️ line per step
    TRIAGE = "triage"  # runner.values go to pain triage


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    fix: str | None = None  # shown as soon as this answer is chosen
    next: str | None = None  # a later step id, or END
    value: Scalar | None = None  # what the answer means to the engine; defaults to the id
    ok: bool = False  # this answer means the point is fine (✅ in a checklist)
    exclusive: bool = False  # multi only: closes the step alone ("None of these")

    @property
    def result(self) -> Scalar:
        return self.id if self.value is None else self.value


@dataclass(frozen=True)
class Match:
    """True when the answer to `step` is (or, negated, is not) one of `choices`."""

    step: str
    choices: tuple[str, ...]
    negate: bool = False


@dataclass(frozen=True)
class AnyOf:
    conditions: tuple[Condition, ...]


@dataclass(frozen=True)
class AllOf:
    conditions: tuple[Condition, ...]


Condition = Match | AnyOf | AllOf


def matches(condition: Condition) -> Iterator[Match]:
    """Every step test inside a condition."""
    if isinstance(condition, Match):
        yield condition
    else:
        for inner in condition.conditions:
            yield from matches(inner)


@dataclass(frozen=True)
class Step:
    id: str
    question: str
    choices: tuple[Choice, ...]
    label: str  # short name for checklists and diagrams
    field: str  # where the answer is stored; defaults to the id
    kind: StepKind = StepKind.CHOICE
    ask_if: Condition | None = None
    passage: str | None = None  # knowledge passage id for "tell me more"

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.id == choice_id), None)


@dataclass(frozen=True)
class Flow:
    id: str
    title: str
    intro: str
    outcome: Outcome
    steps: tuple[Step, ...]
    closing: str | None = None  # shown when the flow is finished
    source: str = ""  # file name, for error messages

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def index(self, step_id: str) -> int:
        return next(i for i, s in enumerate(self.steps) if s.id == step_id)

    @property
    def passages(self) -> tuple[str, ...]:
        return tuple(s.passage for s in self.steps if s.passage)


def load_flows(directory: Path = FLOWS_DIR) -> dict[str, Flow]:
    """Every flow in the directory (one *.yaml file per flow), by id."""
    paths = sorted(directory.glob("*.yaml"))
    if not paths:
        raise FlowError(f"no flow files (*.yaml) in {directory}")
    return {flow.id: flow for flow in map(load_flow, paths)}


def load_flow(path: Path) -> Flow:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise FlowError(f"{path.name}: cannot read flow ({exc})") from None
    flow = _Reader(path.name).flow(data)
    if flow.id != path.stem:
        raise FlowError(f"{path.name}: flow id '{flow.id}' must match the file name '{path.stem}'")
    return flow


class _Reader:
    """Turns the parsed YAML of one file into a Flow, with errors that name the file and the step."""

    FLOW_KEYS = frozenset({"id", "title", "intro", "outcome", "closing", "steps"})
    STEP_KEYS = frozenset({"id", "question", "label", "field", "kind", "choices", "ask_if", "passage", "done_label"})
    CHOICE_KEYS = frozenset({"id", "label", "fix", "next", "value", "ok", "exclusive"})

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, message: str, step: str | None = None) -> FlowError:
        where = f"{self.source}: step '{step}'" if step else self.source
        return FlowError(f"{where}: {message}")

    def flow(self, data: object) -> Flow:
        raw = self.mapping(data, self.FLOW_KEYS, "the flow")
        flow_id = self.ident(raw.get("id"), "flow id")
        try:
            outcome = Outcome(raw.get("outcome", Outcome.CHECKLIST))
        except ValueError:
            allowed = ", ".join(o.value for o in Outcome)
            raise self.fail(f"outcome must be one of: {allowed}") from None
        steps_raw = raw.get("steps")
        if not isinstance(steps_raw, list) or not steps_raw:
            raise self.fail("'steps' must be a non-empty list")
        steps: list[Step] = []
        for item in steps_raw:
            step = self.step(item)
            if any(s.id == step.id for s in steps):
                raise self.fail("duplicate step id", step.id)
            if any(s.field == step.field for s in steps):
                raise self.fail(f"field '{step.field}' is already used by another step", step.id)
            steps.append(step)
        flow = Flow(
            id=flow_id,
            title=self.text(raw.get("title"), "title"),
            intro=self.text(raw.get("intro"), "intro"),
            outcome=outcome,
            steps=tuple(steps),
            closing=self.text(raw["closing"], "closing") if "closing" in raw else None,
            source=self.source,
        )
        self.check_links(flow)
        return flow

    def step(self, data: object) -> Step:
        name = data.get("id") if isinstance(data, dict) and isinstance(data.get("id"), str) else None
        raw = self.mapping(data, self.STEP_KEYS, f"step '{name}'" if name else "a step")
        step_id = self.ident(raw.get("id"), "step id")
        if step_id in (END, DONE):
            raise self.fail(f"'{step_id}' is reserved and cannot be a step id", step_id)
        try:
            kind = StepKind(raw.get("kind", StepKind.CHOICE))
        except ValueError:
            allowed = ", ".join(k.value for k in StepKind)
            raise self.fail(f"kind must be one of: {allowed}", step_id) from None
        question = raw.get("question")
        if not isinstance(question, str) or not question.strip():
            raise self.fail("question is empty", step_id)
        if kind is not StepKind.MULTI and "done_label" in raw:
            raise self.fail("'done_label' is only for multi steps", step_id)
        if kind is StepKind.SCALE:
            if "choices" in raw:
                raise self.fail("a scale step has no 'choices' (it is always 0-10)", step_id)
            choices = tuple(Choice(id=str(n), label=str(n), value=n) for n in SCALE)
        else:
            choices = self.choices(raw.get("choices"), kind, step_id)
            if kind is StepKind.MULTI:
                done_label = self.text(raw.get("done_label", "Done"), "done_label", step_id)
                choices = (*choices, Choice(id=DONE, label=done_label))
        return Step(
            id=step_id,
            question=" ".join(question.split()),
            choices=choices,
            label=self.text(raw.get("label", step_id.replace("_", " ").capitalize()), "label", step_id),
            field=self.ident(raw.get("field", step_id), "field", step_id),
            kind=kind,
            ask_if=self.condition(raw["ask_if"], step_id) if "ask_if" in raw else None,
            passage=self.text(raw["passage"], "passage", step_id) if "passage" in raw else None,
        )

    def choices(self, data: object, kind: StepKind, step_id: str) -> tuple[Choice, ...]:
        if not isinstance(data, list) or len(data) < 2:
            raise self.fail("needs a list of at least two choices", step_id)
        choices: list[Choice] = []
        for item in data:
            raw = self.mapping(item, self.CHOICE_KEYS, f"a choice of step '{step_id}'")
            choice_id = self.ident(raw.get("id"), "choice id", step_id)
            if any(c.id == choice_id for c in choices):
                raise self.fail(f"duplicate choice id '{choice_id}'", step_id)
            if kind is StepKind.MULTI and choice_id == DONE:
                raise self.fail(f"'{DONE}' is added to multi steps automatically", step_id)
            exclusive = self.flag(raw.get("exclusive", False), "exclusive", step_id)
            if exclusive and kind is not StepKind.MULTI:
                raise self.fail("'exclusive' is only for multi steps", step_id)
            if "next" in raw and kind is StepKind.MULTI and not exclusive:
                raise self.fail(f"choice '{choice_id}': only an exclusive multi choice can set 'next'", step_id)
            value = raw.get("value")
            if value is not None and not isinstance(value, str | int | float | bool):
                raise self.fail(f"choice '{choice_id}': value must be text, a number or true/false", step_id)
            choices.append(
                Choice(
                    id=choice_id,
                    label=self.text(raw.get("label"), f"label of choice '{choice_id}'", step_id),
                    fix=self.text(raw["fix"], f"fix of choice '{choice_id}'", step_id) if "fix" in raw else None,
                    next=self.ident(raw["next"], "next", step_id) if "next" in raw else None,
                    value=value,
                    ok=self.flag(raw.get("ok", False), "ok", step_id),
                    exclusive=exclusive,
                )
            )
        return tuple(choices)

    def condition(self, data: object, step_id: str) -> Condition:
        if not isinstance(data, dict):
            raise self.fail("ask_if must be a mapping like {step: location, in: [lower_back]}", step_id)
        if set(data) == {"any"} or set(data) == {"all"}:
            ((key, items),) = data.items()
            if not isinstance(items, list) or not items:
                raise self.fail(f"ask_if '{key}' needs a non-empty list of conditions", step_id)
            inner = tuple(self.condition(item, step_id) for item in items)
            return AnyOf(inner) if key == "any" else AllOf(inner)
        keys = set(data)
        if keys not in ({"step", "in"}, {"step", "not_in"}):
            raise self.fail(
                "ask_if needs 'step' with 'in' or 'not_in', or 'any'/'all' with a list "
                f"(got: {', '.join(sorted(map(str, keys)))})",
                step_id,
            )
        negate = "not_in" in data
        raw_choices = data["not_in" if negate else "in"]
        if not isinstance(raw_choices, list) or not raw_choices:
            raise self.fail("ask_if needs a non-empty list of choice ids", step_id)
        return Match(
            step=self.ident(data["step"], "ask_if step", step_id),
            choices=tuple(self.ident(c, "ask_if choice", step_id) for c in raw_choices),
            negate=negate,
        )

    def check_links(self, flow: Flow) -> None:
        """`next` and `ask_if` must name existing earlier/later steps, and every button must fit Telegram."""
        for position, step in enumerate(flow.steps):
            for choice in step.choices:
                if choice.next is not None and choice.next != END:
                    target = flow.step(choice.next)
                    if target is None:
                        raise self.fail(f"choice '{choice.id}': next step '{choice.next}' does not exist", step.id)
                    # Only forward jumps: every step is then asked at most once and the flow always ends.
                    if flow.index(target.id) <= position:
                        raise self.fail(f"choice '{choice.id}': next '{choice.next}' must be a later step", step.id)
                try:
                    encode_choice(flow.id, step.id, choice.id)
                except CallbackDataError as exc:
                    raise self.fail(f"choice '{choice.id}' does not fit a button: {exc}", step.id) from None
            for match in matches(step.ask_if) if step.ask_if else ():
                target = flow.step(match.step)
                if target is None:
                    raise self.fail(f"ask_if names a missing step '{match.step}'", step.id)
                if flow.index(target.id) >= position:
                    raise self.fail(f"ask_if step '{match.step}' must come before this step", step.id)
                unknown = [c for c in match.choices if target.choice(c) is None]
                if unknown:
                    raise self.fail(f"ask_if: step '{match.step}' has no choice(s) {', '.join(unknown)}", step.id)

    def mapping(self, data: object, allowed: frozenset[str], what: str) -> Mapping[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(f"{what} must be a mapping of keys to values")
        unknown = sorted(str(k) for k in data if k not in allowed)
        if unknown:
            raise self.fail(f"{what}: unknown key(s) {', '.join(unknown)}")
        return data

    def ident(self, value: object, what: str, step: str | None = None) -> str:
        if isinstance(value, bool):
            # YAML 1.1 reads bare yes/no/on/off as true/false.
            raise self.fail(f'{what} {str(value).lower()} must be quoted, e.g. "yes"', step)
        if not isinstance(value, str | int) or not ID_PATTERN.fullmatch(str(value)):
            raise self.fail(
                f"{what} {value!r} must be 1-24 lowercase letters, digits or '_' (it goes into a button)", step
            )
        return str(value)

    def text(self, value: object, what: str, step: str | None = None) -> str:
        if isinstance(value, bool):
            raise self.fail(f'{what} {str(value).lower()} must be quoted, e.g. "Yes"', step)
        if not isinstance(value, str | int | float) or not str(value).strip():
            raise self.fail(f"{what} is missing or empty", step)
        return " ".join(str(value).split())

    def flag(self, value: object, what: str, step: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(f"{what} must be true or false", step)
        return value
