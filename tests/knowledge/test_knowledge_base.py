"""The shipped hip-thrust knowledge: it loads, covers every fact of the guide in its own words, and the loader
rejects broken files by name."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from bot.knowledge import Kind, KnowledgeError, Passage, knowledge_hash, load_passages

FACTS_FILE = Path(__file__).with_name("guide_facts.yaml")
ID_PREFIXES = ("overview-", "cause-", "setup-", "step-", "cue-", "mistake-", "progress-", "pro-", "faq-", "sense-")
COPY_RUN = 8  # words in a row that count as copying the guide


@dataclass(frozen=True)
class GuideFact:
    """One fact of the guide and the passage that must state it."""

    statement: str
    passage_id: str
    terms: tuple[str, ...]  # regexes; every one must match the passage's title + text


def _load_facts() -> list[GuideFact]:
    data = yaml.safe_load(FACTS_FILE.read_text(encoding="utf-8"))
    return [
        GuideFact(statement=entry["fact"], passage_id=entry["passage"], terms=tuple(entry["terms"]))
        for entry in data["facts"]
    ]


FACTS = _load_facts()


@pytest.fixture(scope="module")
def passages(knowledge_dir: Path) -> dict[str, Passage]:
    return {p.id: p for p in load_passages(knowledge_dir)}


def _words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).split()


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + COPY_RUN]) for i in range(len(words) - COPY_RUN + 1)}


# --- the shipped knowledge base


def test_every_passage_fits_one_chat_message(passages: dict[str, Passage]) -> None:
    wrong = {pid: len(p.text) for pid, p in passages.items() if not 200 <= len(p.text) <= 600}
    assert not wrong, f"passages outside 200-600 characters: {wrong}"


def test_every_passage_has_example_questions(passages: dict[str, Passage]) -> None:
    thin = {pid: len(p.questions) for pid, p in passages.items() if len(p.questions) < 5}
    assert not thin, f"passages with fewer than 5 'ask:' lines: {thin}"


def test_every_kind_of_advice_is_present(passages: dict[str, Passage]) -> None:
    used = {p.kind for p in passages.values()}
    missing = set(Kind) - {Kind.OVERVIEW} - used
    assert not missing, f"no passage of kind: {sorted(missing)}"


def test_passage_ids_name_their_section(passages: dict[str, Passage]) -> None:
    unprefixed = [pid for pid in passages if not pid.startswith(ID_PREFIXES)]
    assert not unprefixed


def test_no_two_passages_share_a_title(passages: dict[str, Passage]) -> None:
    titles = [p.title.lower() for p in passages.values()]
    assert len(titles) == len(set(titles))


def test_the_fact_list_only_names_real_passages(passages: dict[str, Passage]) -> None:
    unknown = sorted({f.passage_id for f in FACTS} - set(passages))
    assert not unknown, f"facts point at passages that do not exist: {unknown}"


@pytest.mark.parametrize("fact", FACTS, ids=[f.statement for f in FACTS])
def test_guide_fact_is_covered(fact: GuideFact, passages: dict[str, Passage]) -> None:
    passage = passages.get(fact.passage_id)
    assert passage is not None, f"passage '{fact.passage_id}' is missing"
    content = f"{passage.title} {passage.text}"
    absent = [term for term in fact.terms if not re.search(term, content, re.IGNORECASE)]
    assert not absent, f"'{fact.passage_id}' does not state: {fact.statement} (missing {absent})"


def test_passages_are_in_our_own_words(passages: dict[str, Passage], guide_text: str) -> None:
    guide_runs = _runs(_words(guide_text))
    copied = {
        f"{pid}: {' '.join(run)}"
        for pid, p in passages.items()
        for field in (p.title, p.text, *p.questions)
        for run in _runs(_words(field)) & guide_runs
    }
    assert not copied, f"runs of {COPY_RUN} words copied from the guide: {sorted(copied)}"


def test_the_copy_check_catches_a_copied_sentence(guide_text: str) -> None:
    copied = "Use a thick pad or a rolled-up yoga mat around the barbell to prevent discomfort."
    assert _runs(_words(copied)) & _runs(_words(guide_text))


# --- the loader on broken or changed knowledge

GOOD_PASSAGE = """
## Bench height
id: setup-bench-height
kind: setup
ask: how high should the bench be

Pick a bench that meets your shoulder blades at the top of the rep.
"""
FRONT = "---\nsection: Setup\n---\n"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _load_error(root: Path) -> str:
    with pytest.raises(KnowledgeError) as caught:
        load_passages(root)
    return str(caught.value)


def test_missing_front_matter_names_the_file(tmp_path: Path) -> None:
    _write(tmp_path / "03-setup.md", GOOD_PASSAGE)
    message = _load_error(tmp_path)
    assert "03-setup.md" in message
    assert "front matter" in message


def test_unknown_kind_names_the_file_and_kind(tmp_path: Path) -> None:
    _write(tmp_path / "05-cues.md", FRONT + GOOD_PASSAGE.replace("kind: setup", "kind: tip"))
    message = _load_error(tmp_path)
    assert "05-cues.md" in message
    assert "'tip'" in message


def test_duplicate_id_across_files_names_both_files(tmp_path: Path) -> None:
    _write(tmp_path / "03-setup.md", FRONT + GOOD_PASSAGE)
    _write(tmp_path / "09-faq.md", FRONT + GOOD_PASSAGE.replace("## Bench height", "## Box height"))
    message = _load_error(tmp_path)
    assert "03-setup.md" in message
    assert "09-faq.md" in message
    assert "setup-bench-height" in message


def test_directory_without_passages_is_refused(tmp_path: Path) -> None:
    _write(tmp_path / "01-overview.md", FRONT + "\n# Overview (to be written)\n")
    message = _load_error(tmp_path)
    assert str(tmp_path) in message
    assert "no passages" in message


def test_invalid_utf8_file_names_the_file(tmp_path: Path) -> None:
    _write(tmp_path / "03-setup.md", FRONT + GOOD_PASSAGE)
    (tmp_path / "04-execution.md").write_bytes((FRONT + GOOD_PASSAGE).encode() + b"\xff\xfe broken")
    message = _load_error(tmp_path)
    assert "04-execution.md" in message


def test_a_new_file_is_picked_up_and_changes_the_hash(knowledge_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "knowledge"
    shutil.copytree(knowledge_dir, copy)
    before_ids = {p.id for p in load_passages(copy)}
    before_hash = knowledge_hash(copy)
    assert before_hash == knowledge_hash(knowledge_dir)

    new_passage = GOOD_PASSAGE.replace("setup-bench-height", "setup-bench-at-home").replace(
        "## Bench height", "## Bench at home"
    )
    _write(copy / "hip-thrust" / "11-home-gym.md", FRONT + new_passage)

    after_ids = {p.id for p in load_passages(copy)}
    assert after_ids - before_ids == {"setup-bench-at-home"}
    assert knowledge_hash(copy) != before_hash
