"""Buttons for a flow step: one row of short answers, a grid for the 0-10 scale, ticks on a multi-select."""

from __future__ import annotations

from bot.engine.events import Button, Reply
from bot.engine.flows import Flow, FlowState, Step, StepKind, encode_choice

SHORT_LABEL = 12  # labels up to this length share a row


def step_buttons(flow: Flow, step: Step, state: FlowState) -> tuple[tuple[Button, ...], ...]:
    buttons = []
    for choice in step.choices:
        ticked = step.kind is StepKind.MULTI and choice.id in state.selected
        label = f"✓ {choice.label}" if ticked else choice.label
        buttons.append(Button(label, encode_choice(flow.id, step.id, choice.id)))
    if step.kind is StepKind.SCALE:
        per_row = 6
    elif all(len(b.label) <= SHORT_LABEL for b in buttons):
        per_row = 3
    else:
        per_row = 1
    return tuple(tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row))


def step_reply(flow: Flow, step: Step, state: FlowState) -> Reply:
    return Reply(step.question.strip(), step_buttons(flow, step, state))
