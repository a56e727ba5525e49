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

from bot.engine.safety_net import Example, example_vectors
from bot.engine.triage import Level
from bot.retrieval.embedder import (
    INT8,
    Embedder,
    ModelError,
    SentenceTransformerEmbedder,
    fingerprint,
    load_embedder,
    resolve_model,
)
from bot.retrieval.index_store import StaleIndexError
from bot.retrieval.onnx_embedder import OnnxEmbedder, export_path, exportable, int8_path, read_pipeline
from bot.retrieval.service import build_index, open_knowledge_base
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
    fp32_embedder: Embedder, torch_embedder: SentenceTransformerEmbedder
) -> None:
    assert isinstance(fp32_embedder, OnnxEmbedder)
    onnx, reference = fp32_embedder.encode(TEXTS), torch_embedder.encode(TEXTS)
    assert onnx.shape == reference.shape == (len(TEXTS), 384)
    assert onnx.dtype == np.float32
    np.testing.assert_allclose(onnx, reference, atol=1e-5)
    # Order and batching do not change a text's vector.
    np.testing.assert_allclose(fp32_embedder.encode(TEXTS[::-1])[::-1], onnx, atol=1e-6)
    assert fp32_embedder.encode([]).shape == (0, 384)


def test_the_export_is_used_where_it_is_and_torch_where_it_is_not(
    fp32_embedder: Embedder, onnx_dir: Path, tmp_path: Path
) -> None:
    assert load_embedder(DEFAULT_MODEL, onnx_dir=onnx_dir) is fp32_embedder  # one model per process
    assert isinstance(load_embedder(DEFAULT_MODEL, onnx_dir=tmp_path), SentenceTransformerEmbedder)
    settings = load_settings(index_dir=onnx_dir, embedding_runtime="torch")
    assert isinstance(open_model(settings), SentenceTransformerEmbedder)
    assert export_model(settings) is False  # nothing to export for torch


def test_export_model_keeps_an_existing_export(onnx_dir: Path) -> None:
    target = export_path(onnx_dir, fingerprint(model_dir()))
    before = target.stat().st_mtime_ns
    announced: list[bool] = []
    settings = load_settings(index_dir=onnx_dir, embedding_runtime="onnx")
    assert export_model(settings, lambda: announced.append(True)) is True
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
    settings = load_settings(index_dir=tmp_path, embedding_runtime="onnx")
    with pytest.raises(ModelError, match=r"model-\w+\.onnx .*run `coach index build`"):
        open_model(settings)
    announced: list[bool] = []
    assert export_model(settings, lambda: announced.append(True), again=True) is True  # what `coach index build` does
    assert announced == [True]
    replaced = OnnxEmbedder(DEFAULT_MODEL, "f", model_dir(), broken, threads=1)
    assert replaced.encode(["bench height"]).shape == (1, 384)


# EMBEDDING_RUNTIME=onnx-int8: the export quantised to int8, about half the CPU per text of the fp32 export.
INT8_TEXTS = [
    *TEXTS,
    "my lower back hurts after hip thrusts, not sharp, more of an ache that goes away after a few minutes",
    "weakness when lifting the front of my right foot, it slaps on the floor",
    "what weight should I start with?",
]


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.asarray((a * b).sum(axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1)))


def test_int8_vectors_stay_close_to_sentence_transformers_vectors(
    int8_embedder: Embedder, torch_embedder: SentenceTransformerEmbedder, int8_dir: Path
) -> None:
    assert isinstance(int8_embedder, OnnxEmbedder)
    assert int8_embedder.fingerprint == fingerprint(model_dir()) + INT8
    weights = fingerprint(model_dir())
    assert int8_path(int8_dir, weights).stat().st_size < export_path(int8_dir, weights).stat().st_size / 3
    quantized, reference = int8_embedder.encode(INT8_TEXTS), torch_embedder.encode(INT8_TEXTS)
    assert quantized.shape == reference.shape and quantized.dtype == np.float32
    similarity = cosines(quantized, reference)
    assert similarity.min() >= 0.97 and similarity.mean() >= 0.985, similarity
    np.testing.assert_allclose(np.linalg.norm(quantized, axis=1), 1.0, atol=1e-5)
    # Order and batching do not change a text's vector here either (one text per forward pass).
    np.testing.assert_allclose(int8_embedder.encode(INT8_TEXTS[::-1])[::-1], quantized, atol=1e-6)
    np.testing.assert_allclose(np.vstack([int8_embedder.encode([t]) for t in INT8_TEXTS]), quantized, atol=1e-6)
    # Not the fp32 vectors: an index or cache made by one runtime must not serve the other (see the next test).
    assert not np.allclose(quantized, reference, atol=1e-3)


def test_the_int8_weights_keep_7_bits_so_every_cpu_computes_the_same_vectors(int8_dir: Path) -> None:
    """uint8 x int8 pairs summed in 16-bit lanes (CPUs without VNNI) overflow only with 8-bit weights: 255 x 127 x 2 >
    32767 >= 255 x 64 x 2. With every weight within [-64, 64] the integer sums are exact on every CPU."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(int8_path(int8_dir, fingerprint(model_dir()))))
    weights = [numpy_helper.to_array(t) for t in model.graph.initializer if t.data_type == onnx.TensorProto.INT8]
    assert len(weights) >= 36  # six layers, six weight matrices each at least
    assert max(int(np.abs(w.astype(np.int32)).max()) for w in weights) <= 64


def test_an_index_built_with_the_earlier_8_bit_copy_is_stale(
    tmp_path: Path, knowledge_dir: Path, int8_embedder: Embedder
) -> None:
    build_index(knowledge_dir, tmp_path, int8_embedder)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    manifest["model_fingerprint"] = fingerprint(model_dir()) + "-int8"
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(StaleIndexError, match="earlier int8 copy of the model"):
        open_knowledge_base(knowledge_dir, tmp_path, int8_embedder)


def test_switching_runtime_makes_the_index_and_the_safety_net_cache_stale(
    tmp_path: Path, knowledge_dir: Path, fp32_embedder: Embedder, int8_embedder: Embedder
) -> None:
    knowledge = tmp_path / "knowledge" / "hip-thrust"
    knowledge.mkdir(parents=True)
    for source in sorted((knowledge_dir / "hip-thrust").glob("*.md"))[:2]:
        shutil.copy(source, knowledge / source.name)
    for built, runs, message in [
        (fp32_embedder, int8_embedder, "built with full-precision vectors, but the model runs int8 now"),
        (int8_embedder, fp32_embedder, "built with int8 vectors, but the model runs full-precision now"),
    ]:
        build_index(knowledge.parent, tmp_path / "index", built)
        assert open_knowledge_base(knowledge.parent, tmp_path / "index", built).passages
        with pytest.raises(StaleIndexError, match=message):
            open_knowledge_base(knowledge.parent, tmp_path / "index", runs)
    # The safety net's cached example vectors are keyed by the fingerprint too: the other runtime embeds its own.
    examples = [Example(text, Level.PROFESSIONAL) for text in INT8_TEXTS]
    cached = example_vectors(fp32_embedder, examples, tmp_path / "index")
    np.testing.assert_array_equal(example_vectors(fp32_embedder, examples, tmp_path / "index"), cached)
    np.testing.assert_allclose(
        example_vectors(int8_embedder, examples, tmp_path / "index"), int8_embedder.encode(INT8_TEXTS), atol=1e-6
    )


def test_onnx_int8_loads_its_copy_and_the_build_makes_it_once(
    onnx_dir: Path, int8_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    weights = fingerprint(model_dir())
    shutil.copyfile(export_path(onnx_dir, weights), export_path(tmp_path, weights))
    settings = load_settings(index_dir=tmp_path, embedding_runtime="onnx-int8")
    # Without its copy the fp32 export runs (an index built by it says so: fingerprints, above).
    assert open_model(settings).fingerprint == weights
    made: list[Path] = []

    def quantize(location: Path, source: Path, target: Path) -> None:  # the real one is the int8_dir fixture's
        made.append(target)
        shutil.copyfile(int8_path(int8_dir, weights), target)

    monkeypatch.setattr("bot.retrieval.onnx_embedder.quantize_onnx", quantize)
    announced: list[bool] = []
    assert export_model(settings, lambda: announced.append(True)) is True
    assert export_model(settings, lambda: announced.append(True)) is True
    assert made == [int8_path(tmp_path, weights)] and announced == [True]  # the fp32 export was kept
    assert open_model(settings).fingerprint == weights + INT8
    assert open_model(load_settings(index_dir=tmp_path, embedding_runtime="onnx")).fingerprint == weights
