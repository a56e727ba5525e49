"""The model under ONNX Runtime gives sentence-transformers' vectors, and is used only where it can be."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from bot.retrieval.embedder import (
    Embedder,
    ModelError,
    SentenceTransformerEmbedder,
    fingerprint,
    load_embedder,
    resolve_model,
)
from bot.retrieval.onnx_embedder import OnnxEmbedder, export_path, exportable, read_pipeline
from bot.runtime import export_model, open_model
from bot.settings import DEFAULT_MODEL, load_settings

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    "how high should the bench be?",
    "sharp pain shoots down my leg when I thrust",
    "Ñandú 🍑 glutes — ¿por qué me duele la espalda?",
    "x",
    # Longer than the model's 256 tokens: truncated the same way by both.
    "my lower back hurts after hip thrusts " * 60,
]


def model_dir() -> Path:
    location = resolve_model(DEFAULT_MODEL)
    assert isinstance(location, Path)
    return location


def test_onnx_vectors_are_sentence_transformers_vectors(
    embedder: Embedder, torch_embedder: SentenceTransformerEmbedder
) -> None:
    assert isinstance(embedder, OnnxEmbedder)
    onnx, reference = embedder.encode(TEXTS), torch_embedder.encode(TEXTS)
    assert onnx.shape == reference.shape == (len(TEXTS), 384)
    assert onnx.dtype == np.float32
    np.testing.assert_allclose(onnx, reference, atol=1e-5)
    # Order and batching do not change a text's vector.
    np.testing.assert_allclose(embedder.encode(TEXTS[::-1])[::-1], onnx, atol=1e-6)
    assert embedder.encode([]).shape == (0, 384)


def test_the_export_is_used_where_it_is_and_torch_where_it_is_not(
    embedder: Embedder, onnx_dir: Path, tmp_path: Path
) -> None:
    assert load_embedder(DEFAULT_MODEL, onnx_dir=onnx_dir) is embedder  # one model per process
    assert isinstance(load_embedder(DEFAULT_MODEL, onnx_dir=tmp_path), SentenceTransformerEmbedder)
    settings = load_settings(index_dir=onnx_dir, embedding_runtime="torch")
    assert isinstance(open_model(settings), SentenceTransformerEmbedder)
    assert export_model(settings) is False  # nothing to export for torch


def test_export_model_keeps_an_existing_export(onnx_dir: Path) -> None:
    target = export_path(onnx_dir, fingerprint(model_dir()))
    before = target.stat().st_mtime_ns
    announced: list[bool] = []
    assert export_model(load_settings(index_dir=onnx_dir), lambda: announced.append(True)) is True
    assert target.stat().st_mtime_ns == before and announced == []  # nothing exported, nothing announced


def copy_of_model_config(tmp_path: Path) -> Path:
    """The model's configuration files without its weights: enough for read_pipeline."""
    copy = tmp_path / "model"
    shutil.copytree(model_dir(), copy, ignore=shutil.ignore_patterns("*.safetensors", "*.bin", "*.onnx"))
    return copy


def test_the_default_model_qualifies(tmp_path: Path) -> None:
    pipeline = read_pipeline(copy_of_model_config(tmp_path))
    assert (pipeline.max_length, pipeline.normalize, pipeline.dimension) == (256, True, 384)
    assert exportable(model_dir())
    assert not exportable("some-hub/model-name")


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ("cls", "is not mean pooling"),
        ("dense", "is not transformer"),
        ("no-tokenizer", "no tokenizer.json"),
        ("no-modules", "not a local sentence-transformers directory"),
    ],
)
def test_pipelines_onnx_cannot_reproduce_run_on_torch(tmp_path: Path, change: str, reason: str) -> None:
    model = copy_of_model_config(tmp_path)
    if change == "cls":
        config = model / "1_Pooling" / "config.json"
        pooling = json.loads(config.read_text())
        pooling["pooling_mode_mean_tokens"], pooling["pooling_mode_cls_token"] = False, True
        config.write_text(json.dumps(pooling))
    elif change == "dense":
        modules = json.loads((model / "modules.json").read_text())
        modules.insert(2, {"idx": 2, "name": "2", "path": "2_Dense", "type": "sentence_transformers.models.Dense"})
        (model / "modules.json").write_text(json.dumps(modules))
    elif change == "no-tokenizer":
        (model / "tokenizer.json").unlink()
    else:
        (model / "modules.json").unlink()
    with pytest.raises(ModelError, match=reason):
        read_pipeline(model)
    assert not exportable(model)


def test_a_worker_on_the_export_never_imports_torch(onnx_dir: Path, tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from bot.runtime import open_model
        from bot.settings import load_settings
        model = open_model(load_settings(index_dir=Path({str(onnx_dir)!r})))
        assert model.encode(["hello"]).shape == (1, 384)
        print(type(model).__name__, "torch" in sys.modules, "sentence_transformers" in sys.modules)
        """
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["OnnxEmbedder", "False", "False"]


def test_both_runtimes_know_the_same_words(embedder: Embedder, torch_embedder: SentenceTransformerEmbedder) -> None:
    from bot.retrieval.service import known_words

    words = known_words(embedder)
    assert len(words) > 20_000  # the spelling corrector never "corrects" a word the model knows
    assert words == known_words(torch_embedder)


def test_an_export_that_will_not_load_is_named_and_a_full_build_replaces_it(tmp_path: Path) -> None:
    broken = export_path(tmp_path, fingerprint(model_dir()))
    broken.write_bytes(b"not a model")
    settings = load_settings(index_dir=tmp_path)
    with pytest.raises(ModelError, match=r"model-\w+\.onnx .*run `coach index build`"):
        open_model(settings)
    announced: list[bool] = []
    assert export_model(settings, lambda: announced.append(True), again=True) is True  # what `coach index build` does
    assert announced == [True]
    replaced = OnnxEmbedder(DEFAULT_MODEL, "f", model_dir(), broken, threads=1)
    assert replaced.encode(["bench height"]).shape == (1, 384)
