"""Reads every Markdown file under the knowledge directory into passages.

File format: YAML front matter (``section``, optional ``exercise``), then one ``## Title`` per passage,
followed by ``key: value`` lines (``id``, ``kind``, any number of ``ask``), a blank line, and the text.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import yaml

from bot.knowledge.passages import Kind, Passage

_HEADING = re.compile(r"^##\s+(?P<title>.+?)\s*$")
_META = re.compile(r"^(?P<key>[a-z]+):\s*(?P<value>.*)$")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")


class KnowledgeError(ValueError):
    """A knowledge file that cannot be used; the message names the file and line."""


def knowledge_files(root: Path) -> list[Path]:
    """The Markdown files that make up the knowledge base, in a stable order (eval data excluded)."""
    if not root.is_dir():
        raise KnowledgeError(f"knowledge directory not found: {root}")
    return sorted(p for p in root.rglob("*.md") if p.name.lower() != "readme.md" and p.is_file())


def knowledge_hash(root: Path) -> str:
    """Content hash of everything an index is built from: passages, out-of-scope examples, calibration questions."""
    digest = hashlib.sha256()
    inputs = knowledge_files(root) + sorted(root.rglob("*.yaml"))
    for path in inputs:
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(_read(path, root).encode())
        digest.update(b"\0")
    return digest.hexdigest()


def load_passages(root: Path) -> list[Passage]:
    passages: list[Passage] = []
    seen: dict[str, str] = {}
    for path in knowledge_files(root):
        for passage in parse_file(path, root):
            if passage.id in seen:
                raise KnowledgeError(
                    f"{passage.source}: passage id '{passage.id}' is already used in {seen[passage.id]}"
                )
            seen[passage.id] = passage.source
            passages.append(passage)
    if not passages:
        raise KnowledgeError(f"no passages found in {root} (expected '## Title' sections in *.md files)")
    return passages


def _read(path: Path, root: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{path.relative_to(root)}: cannot read knowledge file ({exc})") from exc


def parse_file(path: Path, root: Path) -> list[Passage]:
    source = path.relative_to(root).as_posix()
    lines = _read(path, root).splitlines()
    front, body_start = _front_matter(lines, source)
    section = str(front.get("section") or "").strip()
    if not section:
        raise KnowledgeError(f"{source}: front matter needs a 'section'")
    exercise = str(front.get("exercise") or "hip thrust").strip()

    passages: list[Passage] = []
    i = body_start
    while i < len(lines):
        heading = _HEADING.match(lines[i])
        if not heading:
            if lines[i].strip() and not passages and not lines[i].startswith("#"):
                raise KnowledgeError(f"{source}:{i + 1}: text before the first '## Title' heading")
            i += 1
            continue
        title, start = heading["title"], i + 1
        i += 1
        meta: dict[str, list[str]] = {}
        while i < len(lines) and lines[i].strip():
            match = _META.match(lines[i].strip())
            if not match:
                raise KnowledgeError(f"{source}:{i + 1}: expected 'key: value' after the heading")
            meta.setdefault(match["key"], []).append(match["value"].strip())
            i += 1
        text_lines: list[str] = []
        while i < len(lines) and not _HEADING.match(lines[i]):
            text_lines.append(lines[i])
            i += 1
        passages.append(_passage(title, meta, text_lines, section, exercise, source, start))
    return passages


def _front_matter(lines: list[str], source: str) -> tuple[dict[str, object], int]:
    if not lines or lines[0].strip() != "---":
        raise KnowledgeError(f"{source}:1: missing front matter (a '---' block with 'section:')")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise KnowledgeError(f"{source}: front matter is not closed with '---'") from None
    try:
        data = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{source}: front matter is not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise KnowledgeError(f"{source}: front matter must be a mapping")
    return data, end + 1


def _passage(
    title: str,
    meta: dict[str, list[str]],
    text_lines: list[str],
    section: str,
    exercise: str,
    source: str,
    line: int,
) -> Passage:
    unknown = set(meta) - {"id", "kind", "ask"}
    if unknown:
        raise KnowledgeError(f"{source}:{line}: unknown key(s) {', '.join(sorted(unknown))}")
    passage_id = (meta.get("id") or [""])[0]
    if not _ID.match(passage_id):
        raise KnowledgeError(f"{source}:{line}: '{title}' needs an 'id:' of lowercase letters, digits and '-'")
    kind_value = (meta.get("kind") or [""])[0]
    try:
        kind = Kind(kind_value)
    except ValueError:
        allowed = ", ".join(k.value for k in Kind)
        raise KnowledgeError(f"{source}:{line}: kind '{kind_value}' is not one of: {allowed}") from None
    text = " ".join(" ".join(text_lines).split())
    if not text:
        raise KnowledgeError(f"{source}:{line}: passage '{passage_id}' has no text")
    return Passage(
        id=passage_id,
        title=title,
        section=section,
        kind=kind,
        text=text,
        source=source,
        exercise=exercise,
        questions=tuple(q for q in meta.get("ask", []) if q),
    )
