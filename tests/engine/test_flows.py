"""The setup check and pain report flows: loading, walking them tap by tap, storing state, buttons, diagrams."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.flows import (
    CallbackDataError,
    FlowError,
    FlowState,
    FlowStateError,
    InvalidChoice,
    answer,
    compare,
    current_step,
    encode_choice,
    load_flow,
    load_flows,
    parse_choice,
    start,
    summary,
    values,
)
from bot.engine.flows.callback import MAX_BYTES
from bot.engine.flows.diagram import document, mermaid
from bot.engine.flows.model import Flow, Step
from bot.knowledge import load_passages

FLOWS = load_flows()
SETUP = FLOWS["setup_check"]
PAIN = FLOWS["pain_report"]
SETUP_STEPS = ["bench_height", "sturdy_bench", "bar_position", "pad", "feet", "shin_test", "head_neck", "brace"]


def walk(flow: Flow, taps: list[str], state: FlowState | None = None) -> FlowState:
    state = state or start(flow)
    for tap in taps:
        state = answer(flow, state, tap).state
    return state


def asked(flow: Flow, taps: list[str], known: dict[str, Any] | None = None) -> list[str]:
    """The questions a user sees, in order, while tapping `taps`."""
    state = start(flow, known or {})
    seen: list[str] = []
    for tap in taps:
        step = current_step(flow, state)
        assert step is not None, f"flow finished before tap {tap!r}; asked {seen}"
        seen.append(step.id)
        state = answer(flow, state, tap).state
    return seen


def question(flow: Flow, state: FlowState) -> Step:
    step = current_step(flow, state)
    assert step is not None, "the flow finished early"
    return step


def test_both_flows_load_with_their_steps() -> None:
    assert set(FLOWS) == {"setup_check", "pain_report"}
    assert [s.id for s in SETUP.steps] == SETUP_STEPS
    assert [s.field for s in PAIN.steps] == [
        "location",
        "feeling",
        "leg_numbness",
        "saddle_numbness",
        "bladder_bowel",
        "both_legs",
        "red_flags",
        "duration",
        "severity",
        "settled_next_morning",
        "form_fix_failed",
    ]
    severity = PAIN.step("severity")
    assert severity is not None
    assert [c.label for c in severity.choices] == [str(n) for n in range(11)]


def test_every_setup_question_offers_yes_no_not_sure_and_a_fix_when_not_yes() -> None:
    for step in SETUP.steps:
        if step.id == "shin_test":
            continue
        assert [c.label for c in step.choices] == ["Yes", "No", "Not sure"], step.id
        assert [c.fix is None for c in step.choices] == [True, False, False], step.id


def test_all_yes_setup_check_gives_an_all_green_checklist() -> None:
    state = start(SETUP)
    for _ in SETUP_STEPS:
        step = current_step(SETUP, state)
        assert step is not None
        result = answer(SETUP, state, "vertical" if step.id == "shin_test" else "yes", step_id=step.id)
        assert result.fix is None
        state = result.state
    assert state.finished
    assert current_step(SETUP, state) is None
    assert [str(line) for line in summary(SETUP, state)] == [
        "✅ Bench height",
        "✅ Sturdy bench",
        "✅ Bar position",
        "✅ Bar pad",
        "✅ Feet",
        "✅ Shin test",
        "✅ Head and neck",
        "✅ Brace",
    ]


def test_setup_check_with_problems_shows_fixes_and_warnings() -> None:
    state = walk(SETUP, ["yes", "yes"])
    result = answer(SETUP, state, "no")  # bar position
    assert result.fix is not None and "hip" in result.fix
    assert not result.finished
    state = walk(SETUP, ["yes", "yes", "lean_back", "yes", "not_sure"], result.state)
    assert state.finished

    lines = summary(SETUP, state)
    assert [str(line) for line in lines] == [
        "✅ Bench height",
        "✅ Sturdy bench",
        "⚠️ Bar position",
        "✅ Bar pad",
        "✅ Feet",
        "⚠️ Shin test",
        "✅ Head and neck",
        "⚠️ Brace",
    ]
    shin = lines[5]
    assert shin.answer == "Lean back"
    assert shin.fix is not None and "too far" in shin.fix


@pytest.mark.parametrize(
    ("tap", "advice"),
    [("lean_forward", "too close"), ("lean_back", "too far"), ("not_sure", "straight up and down")],
)
def test_shin_test_answers_give_the_matching_fix(tap: str, advice: str) -> None:
    state = walk(SETUP, ["yes"] * 5)
    assert question(SETUP, state).label == "Shin test"
    assert advice in (answer(SETUP, state, tap).fix or "")


def test_vertical_shins_need_no_fix() -> None:
    state = walk(SETUP, ["yes"] * 5)
    assert answer(SETUP, state, "vertical").fix is None


def test_compare_shows_progress_between_two_checks() -> None:
    before = summary(SETUP, walk(SETUP, ["no", "yes", "yes", "yes", "yes", "lean_forward", "yes", "yes"]))
    after = summary(SETUP, walk(SETUP, ["yes", "yes", "yes", "yes", "yes", "lean_forward", "yes", "no"]))
    changes = compare(before, after)
    assert changes[0] == "Bench height: ⚠️ → ✅"
    assert "Shin test: ⚠️ → ⚠️" in changes
    assert changes[-1] == "Brace: ✅ → ⚠️"
    assert compare([], after)[0] == "Bench height: ✅ (new)"


def test_an_answer_that_does_not_fit_the_question_is_refused_and_the_state_kept() -> None:
    state = walk(SETUP, ["yes"])
    snapshot = state.to_dict()
    with pytest.raises(InvalidChoice, match="not an answer"):
        answer(SETUP, state, "vertical")  # belongs to the shin test, not to "sturdy bench"
    with pytest.raises(InvalidChoice, match="bench_height"):
        answer(SETUP, state, "yes", step_id="bench_height")  # a stale button from the first question
    assert state.to_dict() == snapshot
    assert question(SETUP, state).id == "sturdy_bench"
    assert answer(SETUP, state, "yes", step_id="sturdy_bench").state.step_id == "bar_position"


def test_a_finished_flow_refuses_further_taps() -> None:
    state = walk(SETUP, ["yes"] * 5 + ["vertical", "yes", "yes"])
    with pytest.raises(InvalidChoice, match="finished"):
        answer(SETUP, state, "yes")


def test_neck_pain_skips_the_emergency_questions_but_lower_back_pain_asks_them() -> None:
    neck = asked(PAIN, ["neck", "ache", "no", "none", "minutes"])
    assert neck == ["location", "feeling", "leg_numbness", "red_flags", "duration"]

    back = asked(PAIN, ["lower_back", "ache", "no", "no", "no", "no", "none"])
    assert back[3:6] == ["saddle_numbness", "bladder_bowel", "both_legs"]


def test_leg_numbness_brings_the_emergency_questions_back_for_glute_pain() -> None:
    assert asked(PAIN, ["glutes", "burn", "no", "minutes"])[3] == "duration"
    assert asked(PAIN, ["glutes", "burn", "yes", "no"])[3] == "saddle_numbness"


def test_an_emergency_sign_ends_the_questions_at_once() -> None:
    state = walk(PAIN, ["lower_back", "sharp", "no"])
    result = answer(PAIN, state, "yes")  # saddle numbness
    assert result.finished
    assert values(PAIN, result.state)["saddle_numbness"] is True


def test_known_fields_are_not_asked_again() -> None:
    known = {"location": "lower_back", "severity": 7, "leg_numbness": True, "mood": "grumpy"}
    state = start(PAIN, known)
    assert question(PAIN, state).id == "feeling"
    state = walk(PAIN, ["ache", "no", "no", "no", "none", "hours", "not_yet", "no"], state)
    assert state.finished
    result = values(PAIN, state)
    assert result["location"] == "lower_back"
    assert result["severity"] == 7
    assert result["leg_numbness"] is True
    assert result["red_flags"] == ["none"]
    assert "mood" not in result


def test_a_known_value_that_matches_no_answer_is_asked_instead_of_guessed() -> None:
    state = start(PAIN, {"location": "elbow", "severity": 42, "leg_numbness": None})
    assert question(PAIN, state).id == "location"
    assert dict(state.answers) == {}


def test_everything_known_means_nothing_to_ask() -> None:
    everything = {"location": "neck", "feeling": "ache", "leg_numbness": False, "red_flags": ["none"]}
    everything |= {"duration": "minutes", "severity": 2, "settled_next_morning": True, "form_fix_failed": False}
    assert start(PAIN, everything).finished


def test_warning_signs_are_ticked_one_by_one_then_done() -> None:
    state = walk(PAIN, ["neck", "ache", "no"])
    assert question(PAIN, state).id == "red_flags"
    for tap in ["fall_trauma", "fever", "night_pain", "fever"]:  # the second "fever" unticks it
        result = answer(PAIN, state, tap)
        assert not result.step_done
        state = result.state
    assert state.selected == ("night_pain", "fall_trauma")
    result = answer(PAIN, state, "done")
    assert result.step_done
    assert question(PAIN, result.state).id == "duration"
    assert values(PAIN, result.state)["red_flags"] == ["night_pain", "fall_trauma"]


def test_state_survives_a_trip_through_the_database_mid_question() -> None:
    state = walk(PAIN, ["lower_back", "sharp", "no", "no", "no", "no", "fever"])
    stored = json.loads(json.dumps(state.to_dict()))
    resumed = FlowState.from_dict(stored)
    assert resumed == state
    assert resumed.selected == ("fever",)
    finished = walk(PAIN, ["done", "over_two_days", "5", "no", "yes"], resumed)
    assert values(PAIN, finished) == {
        "location": "lower_back",
        "feeling": "sharp",
        "leg_numbness": False,
        "saddle_numbness": False,
        "bladder_bowel": False,
        "both_legs": False,
        "red_flags": ["fever"],
        "duration": "over_two_days",
        "severity": 5,
        "settled_next_morning": False,
        "form_fix_failed": True,
    }


@settings(max_examples=200, deadline=None)
@given(flow_id=st.sampled_from(sorted(FLOWS)), picks=st.lists(st.integers(min_value=0, max_value=100), max_size=60))
def test_any_sequence_of_taps_resumes_exactly_after_storage_and_ends(flow_id: str, picks: list[int]) -> None:
    flow = FLOWS[flow_id]
    state = start(flow)
    for pick in picks:
        step = current_step(flow, state)
        if step is None:
            break
        resumed = FlowState.from_dict(json.loads(json.dumps(state.to_dict())))
        assert resumed == state
        choice = step.choices[pick % len(step.choices)]
        assert answer(flow, resumed, choice.id) == answer(flow, state, choice.id)
        state = answer(flow, state, choice.id).state
    # Finish with the last button (Done / the last choice): no flow can loop forever.
    for _ in range(len(flow.steps)):
        step = current_step(flow, state)
        if step is None:
            break
        state = answer(flow, state, step.choices[-1].id).state
    assert state.finished
    assert set(values(flow, state)) == set(state.answers)


GOOD = {"version": 1, "flow": "setup_check", "step": "pad", "answers": {"bench_height": "yes"}, "selected": []}


@pytest.mark.parametrize(
    "corrupt",
    [
        None,
        "setup_check",
        [],
        {},
        {**GOOD, "version": 2},
        {**GOOD, "extra": 1},
        {k: v for k, v in GOOD.items() if k != "selected"},
        {**GOOD, "flow": 3},
        {**GOOD, "step": "Pad; DROP TABLE"},
        {**GOOD, "answers": ["yes"]},
        {**GOOD, "answers": {"bench_height": 1}},
        {**GOOD, "answers": {"bench_height": ["yes", None]}},
        {**GOOD, "selected": "fever"},
    ],
)
def test_corrupt_stored_state_is_rejected_with_a_clear_error(corrupt: object) -> None:
    with pytest.raises(FlowStateError, match="flow state"):
        FlowState.from_dict(corrupt)


@pytest.mark.parametrize(
    "stale",
    [
        {**GOOD, "flow": "pain_report"},
        {**GOOD, "step": "renamed_step"},
        {**GOOD, "answers": {"bench_height": "maybe"}},
        {**GOOD, "answers": {"bench_height": ["yes"]}},
        {**GOOD, "answers": {"old_field": "yes"}},
        {**GOOD, "selected": ["yes"]},
    ],
)
def test_state_that_no_longer_fits_the_flow_is_refused_before_use(stale: dict[str, Any]) -> None:
    state = FlowState.from_dict(stale)
    with pytest.raises(FlowStateError):
        current_step(SETUP, state)


def test_every_button_of_every_flow_fits_telegram_and_parses_back() -> None:
    count = 0
    for flow in FLOWS.values():
        for step in flow.steps:
            for choice in step.choices:
                data = encode_choice(flow.id, step.id, choice.id)
                assert len(data.encode()) <= MAX_BYTES
                tap = parse_choice(data)
                assert (tap.flow_id, tap.step_id, tap.choice_id) == (flow.id, step.id, choice.id)
                count += 1
    assert count > 50


@pytest.mark.parametrize(
    "tampered",
    [
        "flow:setup_check:bench_height",
        "flow:setup_check:bench_height:yes:extra",
        "flow:setup_check:bench_height:",
        "flow:Setup_Check:bench_height:yes",
        "flow:setup_check:bench_height:yes;rm",
        "flow:setup_check:bench_height:ja\u0308",
        "fb:123:up",
        "",
        "flow:" + "a" * 20 + ":" + "b" * 20 + ":" + "c" * 20,
        b"flow:setup_check:bench_height:yes",
        None,
    ],
)
def test_tampered_or_oversize_callback_data_is_rejected(tampered: object) -> None:
    with pytest.raises(CallbackDataError):
        parse_choice(tampered)


def test_encoding_refuses_ids_that_would_not_parse_back() -> None:
    with pytest.raises(CallbackDataError):
        encode_choice("setup_check", "bench:height", "yes")
    with pytest.raises(CallbackDataError):
        encode_choice("a" * 24, "b" * 24, "c" * 24)


def test_docs_flows_md_is_up_to_date_with_the_flow_data(repo_root: Path) -> None:
    path = repo_root / "docs" / "flows.md"
    assert path.exists(), "run: python -m bot.engine.flows.diagram > docs/flows.md"
    assert path.read_text(encoding="utf-8") == document(FLOWS.values()), (
        "docs/flows.md is stale; run: python -m bot.engine.flows.diagram > docs/flows.md"
    )


def test_diagram_shows_every_question_answer_fix_and_condition() -> None:
    setup = mermaid(SETUP)
    assert setup.startswith("flowchart TD\n")
    for step in SETUP.steps:
        assert step.label in setup
        for choice in step.choices:
            if choice.fix:
                assert choice.fix in setup
    assert '-->|"Vertical / Lean forward / Lean back / Not sure"|' in setup

    pain = mermaid(PAIN)
    assert "ask if Location is Lower back / Hamstrings / Somewhere else" in pain
    assert 's_saddle_numbness -->|"Yes"| finish' in pain
    assert '-->|"0–10"|' in pain


def test_every_passage_a_flow_points_to_exists(knowledge_dir: Path) -> None:
    passage_ids = {p.id for p in load_passages(knowledge_dir)}
    referenced = {p for flow in FLOWS.values() for p in flow.passages}
    assert len(referenced) == len(SETUP_STEPS)
    assert referenced <= passage_ids, f"missing passages: {sorted(referenced - passage_ids)}"


VALID_FLOW = """\
id: bad
title: Test
intro: Hello.
steps:
  - id: first
    question: First?
    choices:
      - {id: "yes", label: "Yes"}
      - {id: "no", label: "No"}
  - id: second
    question: Second?
    choices:
      - {id: a, label: A}
      - {id: b, label: B}
"""


@pytest.mark.parametrize(
    ("old", "new", "step", "problem"),
    [
        ("    question: Second?\n", "    question: Second?\n    colour: red\n", "second", "unknown key"),
        ("  - id: second\n", "  - id: first\n", "first", "duplicate step id"),
        ("      - {id: b, label: B}", "      - {id: a, label: B}", "second", "duplicate choice id"),
        ('{id: "no", label: "No"}', '{id: "no", label: "No", next: third}', "first", "'third' does not exist"),
        ('{id: "no", label: "No"}', '{id: "no", label: "No", next: first}', "first", "later step"),
        ("    question: Second?\n", "    question: Second?\n    ask_if: {step: zeroth, in: [a]}\n", "second", "zeroth"),
        (
            "    question: Second?\n",
            "    question: Second?\n    ask_if: {step: first, in: [maybe]}\n",
            "second",
            "maybe",
        ),
        ("    question: Second?\n", '    question: " "\n', "second", "question is empty"),
        ('{id: "yes", label: "Yes"}', "{id: yes, label: Yes}", "first", "quoted"),
        ("    question: First?\n", "    question: First?\n    kind: slider\n", "first", "kind"),
    ],
)
def test_a_broken_flow_file_names_the_file_and_the_step(
    tmp_path: Path, old: str, new: str, step: str, problem: str
) -> None:
    assert old in VALID_FLOW
    path = tmp_path / "bad.yaml"
    path.write_text(VALID_FLOW.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(FlowError) as caught:
        load_flow(path)
    message = str(caught.value)
    assert message.startswith("bad.yaml: ")
    assert f"'{step}'" in message
    assert problem in message


def test_the_valid_test_flow_loads(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(VALID_FLOW, encoding="utf-8")
    assert [s.id for s in load_flow(path).steps] == ["first", "second"]


def test_unreadable_yaml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(FlowError, match=r"^broken\.yaml: "):
        load_flow(path)
