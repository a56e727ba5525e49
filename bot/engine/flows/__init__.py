"""Conversation flows (setup check, pain report) declared in YAML and run one tap at a time."""

from bot.engine.flows.callback import CallbackDataError, FlowChoice, encode_choice, parse_choice
from bot.engine.flows.model import Choice, Flow, FlowError, Outcome, Step, StepKind, load_flow, load_flows
from bot.engine.flows.runner import (
    ChecklistLine,
    InvalidChoice,
    StepResult,
    answer,
    compare,
    current_step,
    start,
    summary,
    values,
)
from bot.engine.flows.state import FlowState, FlowStateError

# The flows the engine itself starts (their YAML files carry these ids).
SETUP_CHECK = "setup_check"
PAIN_REPORT = "pain_report"

__all__ = [
    "PAIN_REPORT",
    "SETUP_CHECK",
    "CallbackDataError",
    "ChecklistLine",
    "Choice",
    "Flow",
    "FlowChoice",
    "FlowError",
    "FlowState",
    "FlowStateError",
    "InvalidChoice",
    "Outcome",
    "Step",
    "StepKind",
    "StepResult",
    "answer",
    "compare",
    "current_step",
    "encode_choice",
    "load_flow",
    "load_flows",
    "parse_choice",
    "start",
    "summary",
    "values",
]
