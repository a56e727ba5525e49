"""Example questions the coach does not answer, kept in knowledge/scope/*.yaml under `out_of_scope:`."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.knowledge.loader import KnowledgeError


def load_out_of_scope(root: Path) -> list[str]:
    questions: list[str] = []
    for path in sorted((root / "scope").glob("*.yaml")):
        source = path.relative_to(root).as_posix()
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise KnowledgeError(f"{source}: cannot read out-of-scope questions ({exc})") from None
        items = data.get("out_of_scope") if isinstance(data, dict) else None
        if not isinstance(items, list) or not all(isinstance(q, str) and q.strip() for q in items):
            raise KnowledgeError(f"{source}: expected 'out_of_scope:' followed by a list of questions")
        questions.extend(q.strip() for q in items)
    return questions
