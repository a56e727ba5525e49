"""Mermaid diagrams drawn from the flow data; `python -m bot.engine.flows.diagram > docs/flows.md`."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from bot.engine.flows.model import DONE, END, AllOf, AnyOf, Condition, Flow, Match, Outcome, Step, StepKind, load_flows

_START = "start"
_FINISH = "finish"
_ENDINGS = {
    Outcome.CHECKLIST: "Checklist of ✅ and ⚠️",
    Outcome.TRIAGE: "Pain triage decides what to do",
}


def mermaid(flow: Flow) -> str:
    """A top-down flowchart: questions, answers as labelled arrows, ask_if as diamonds, fixes as notes."""
    lines = [
        "flowchart TD",
        f"    {_START}([{_quote(flow.title)}])",
        f"    {_FINISH}([{_quote(_ENDINGS[flow.outcome])}])",
        f"    {_START} --> {_entry(flow, 0)}",
    ]
    for position, step in enumerate(flow.steps):
        node = _node(step.id)
        if step.ask_if is not None:
            lines.append(f"    {_cond(step.id)}{{{_quote('ask if ' + _condition_text(flow, step.ask_if))}}}")
            lines.append(f'    {_cond(step.id)} -->|"yes"| {node}')
            lines.append(f'    {_cond(step.id)} -.->|"no: skip"| {_entry(flow, position + 1)}')
        lines.append(f"    {node}[{_quote(f'{step.label}: {step.question}')}]")
        for label, target in _edges(flow, position, step):
            lines.append(f"    {node} -->|{_quote(label)}| {target}")
        for choice in step.choices:
            if choice.fix:
                note = f"{node}_{choice.id}_fix"
                lines.append(f"    {note}[{_quote('💡 ' + choice.fix)}]:::fix")
                lines.append(f"    {node} -.-|{_quote(choice.label)}| {note}")
    lines.append("    classDef fix fill:#fff6d5,stroke:#c9a227,color:#333")
    return "\n".join(lines) + "\n"


def document(flows: Iterable[Flow]) -> str:
    """docs/flows.md: one section and one ```mermaid block per flow."""
    parts = [
        "<!-- Generated from bot/engine/flows/*.yaml by `python -m bot.engine.flows.diagram > docs/flows.md`."
        " Do not edit by hand. -->",
        "",
        "# Conversation flows",
        "",
        "Each question is asked only if its diamond condition holds and its answer is not already known "
        "from what the user wrote. Dotted yellow notes are the fixes shown when that answer is chosen.",
    ]
    for flow in flows:
        parts += ["", f"## {flow.title} (`{flow.id}`)", "", flow.intro, "", "```mermaid", mermaid(flow) + "```"]
    return "\n".join(parts) + "\n"


def _edges(flow: Flow, position: int, step: Step) -> list[tuple[str, str]]:
    """(label, target node) per distinct target, choices sharing a target joined into one arrow."""
    following = _entry(flow, position + 1)
    grouped: dict[str, list[str]] = {}
    for choice in step.choices:
        if step.kind is StepKind.MULTI and not choice.exclusive and choice.id != DONE:
            continue
        if choice.next == END:
            target = _FINISH
        elif choice.next:
            target = _entry(flow, flow.index(choice.next))
        else:
            target = following
        if step.kind is StepKind.MULTI and choice.id == DONE:
            ticks = [c.label for c in step.choices if not c.exclusive and c.id != DONE]
            label = f"tick any of {', '.join(ticks)}, then {choice.label}"
        else:
            label = choice.label
        grouped.setdefault(target, []).append(label)
    if step.kind is StepKind.SCALE:
        return [(f"{step.choices[0].label}–{step.choices[-1].label}", target) for target in grouped]
    return [(" / ".join(labels), target) for target, labels in grouped.items()]


def _entry(flow: Flow, position: int) -> str:
    """The node where arriving at this step begins: its condition if it has one."""
    if position >= len(flow.steps):
        return _FINISH
    step = flow.steps[position]
    return _cond(step.id) if step.ask_if is not None else _node(step.id)


def _condition_text(flow: Flow, condition: Condition) -> str:
    if isinstance(condition, Match):
        step = flow.step(condition.step)
        names = [c.label for c in step.choices if c.id in condition.choices] if step else list(condition.choices)
        verb = "is not" if condition.negate else "is"
        return f"{step.label if step else condition.step} {verb} {' / '.join(names)}"
    joiner = " or " if isinstance(condition, AnyOf) else " and "
    inner = [_condition_text(flow, c) for c in condition.conditions]
    parts = [
        f"({text})" if isinstance(c, AnyOf | AllOf) else text
        for c, text in zip(condition.conditions, inner, strict=True)
    ]
    return joiner.join(parts)


def _node(step_id: str) -> str:
    # Prefixed because Mermaid treats some bare words (end, graph…) as keywords.
    return f"s_{step_id}"


def _cond(step_id: str) -> str:
    return f"if_{step_id}"


def _quote(text: str) -> str:
    return '"' + text.replace('"', "#quot;") + '"'


def main() -> None:
    sys.stdout.write(document(load_flows().values()))


if __name__ == "__main__":
    main()
