"""An index is only used with the knowledge and model it was built from."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.retrieval.embedder import Embedder
from bot.retrieval.index_store import MANIFEST_FILE, IndexLoadError, StaleIndexError, read_manifest
from bot.retrieval.service import build_index, open_knowledge_base


@pytest.fixture
def small_knowledge(tmp_path: Path, knowledge_dir: Path) -> Path:
    """A copy of two real knowledge files: enough passages for an index, quick to embed."""
    root = tmp_path / "knowledge"
    (root / "hip-thrust").mkdir(parents=True)
    for name in sorted(p.name for p in (knowledge_dir / "hip-thrust").glob("*.md"))[:2]:
        shutil.copy(knowledge_dir / "hip-thrust" / name, root / "hip-thrust" / name)
    return root


def test_build_writes_a_manifest_that_describes_the_index(
    tmp_path: Path, small_knowledge: Path, embedder: Embedder
) -> None:
    progress: list[tuple[int, int]] = []
    manifest = build_index(small_knowledge, tmp_path / "index", embedder, lambda d, t: progress.append((d, t)))
    on_disk = read_manifest(tmp_path / "index")
    assert on_disk == manifest
    assert manifest.model == embedder.name and manifest.dimension == 384
    assert len(manifest.vector_passages) == len(manifest.vector_sources) > len(manifest.passage_ids) > 0
    assert progress and progress[-1][0] == progress[-1][1] == len(manifest.vector_passages)


def test_changed_knowledge_makes_the_index_stale(
    tmp_path: Path, small_knowledge: Path, embedder: Embedder
) -> None:
    build_index(small_knowledge, tmp_path / "index", embedder)
    assert open_knowledge_base(small_knowledge, tmp_path / "index", embedder).passages
    extra = small_knowledge / "hip-thrust" / "99-extra.md"
    extra.write_text("---\nsection: Extra\n---\n\n## Chalk\nid: extra-chalk\nkind: faq\n\nUse chalk for grip.\n")
    with pytest.raises(StaleIndexError, match="coach index build"):
        open_knowledge_base(small_knowledge, tmp_path / "index", embedder)
    # A rebuild picks the new file up.
    build_index(small_knowledge, tmp_path / "index", embedder)
    kb = open_knowledge_base(small_knowledge, tmp_path / "index", embedder)
    assert kb.passage("extra-chalk") is not None


def test_index_built_with_another_model_is_refused(
    tmp_path: Path, small_knowledge: Path, embedder: Embedder
) -> None:
    build_index(small_knowledge, tmp_path / "index", embedder)
    path = tmp_path / "index" / MANIFEST_FILE
    data = json.loads(path.read_text())
    data["model"] = "some/other-model"
    path.write_text(json.dumps(data))
    with pytest.raises(StaleIndexError, match="other-model"):
        open_knowledge_base(small_knowledge, tmp_path / "index", embedder)


def test_missing_or_corrupt_index_says_how_to_build(
    tmp_path: Path, small_knowledge: Path, embedder: Embedder
) -> None:
    with pytest.raises(IndexLoadError, match="coach index build"):
        open_knowledge_base(small_knowledge, tmp_path / "nowhere", embedder)
    build_index(small_knowledge, tmp_path / "index", embedder)
    (tmp_path / "index" / MANIFEST_FILE).write_text("{not json")
    with pytest.raises(IndexLoadError, match="coach index build"):
        open_knowledge_base(small_knowledge, tmp_path / "index", embedder)
