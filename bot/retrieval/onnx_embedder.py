"""The sentence-transformers model run by ONNX Runtime: the same vectors for less than half the CPU, and no torch.

sentence-transformers is the reference: a model qualifies when its pipeline is a transformer, mean pooling and
(optionally) normalisation, read from the model's own configuration, which is what this module re-does around an
ONNX export of the transformer. `coach index build` exports it next to the index (torch is needed only then); a
worker that finds the export loads ONNX Runtime and the tokenizer alone. With EMBEDDING_RUNTIME=onnx-int8 the build
also writes an int8-quantised copy of the export, which the workers then run.
"""

from __future__ import annotations

import json
import logging
import os
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bot.retrieval.embedder import ENCODE_BATCH, INT8, MODEL_THREAD, ModelError, Vectors
from bot.unicode_text import well_formed

_TRANSFORMER = "sentence_transformers.models.Transformer"
_POOLING = "sentence_transformers.models.Pooling"
_NORMALIZE = "sentence_transformers.models.Normalize"
INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def export_path(cache_dir: Path, fingerprint: str) -> Path:
    return cache_dir / f"model-{fingerprint}.onnx"


def int8_path(cache_dir: Path, fingerprint: str) -> Path:
    return cache_dir / f"model-{fingerprint}{INT8}.onnx"


@dataclass(frozen=True)
class Pipeline:
    """What sentence-transformers does around the transformer, as the model's files declare it."""

    max_length: int
    normalize: bool
    dimension: int


def read_pipeline(location: Path) -> Pipeline:
    """The model's pipeline, or ModelError saying why ONNX Runtime cannot reproduce it (then torch runs it)."""
    try:
        declared = json.loads((location / "modules.json").read_text())
        modules = [m["type"] for m in declared]
        pooling = json.loads((location / declared[1]["path"] / "config.json").read_text())
        config = json.loads((location / "config.json").read_text())
        sbert = json.loads((location / "sentence_bert_config.json").read_text())
    except (OSError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise ModelError(f"not a local sentence-transformers directory ({type(exc).__name__})") from None
    if modules not in ([_TRANSFORMER, _POOLING], [_TRANSFORMER, _POOLING, _NORMALIZE]):
        raise ModelError(f"pipeline {modules} is not transformer + pooling (+ normalize)")
    modes = {key for key, on in pooling.items() if key.startswith("pooling_mode_") and on}
    if modes != {"pooling_mode_mean_tokens"}:
        raise ModelError(f"pooling {sorted(modes)} is not mean pooling")
    if not (location / "tokenizer.json").is_file():
        raise ModelError("the model has no tokenizer.json")
    limit = int(config.get("max_position_embeddings", 512))
    return Pipeline(
        max_length=min(int(sbert.get("max_seq_length") or limit), limit),
        normalize=modules[-1] == _NORMALIZE,
        dimension=int(pooling.get("word_embedding_dimension") or config["hidden_size"]),
    )


def export_onnx(location: Path, target: Path) -> None:
    """Export the transformer of a local model to ONNX (needs torch, transformers and onnx: build time only)."""
    import torch
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call] # its weight-loading bar clutters the build's output
    model = AutoModel.from_pretrained(str(location)).eval()
    sample = AutoTokenizer.from_pretrained(str(location))(["a short sentence"], return_tensors="pt")

    class Encoder(torch.nn.Module):
        """Positional inputs and the token embeddings alone: what the exporter and the runtime exchange."""

        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    axes = {name: {0: "batch", 1: "tokens"} for name in (*INPUTS, "token_embeddings")}
    # The exporter warns about graph details (advanced indexing, traced branches) the tests check by comparing the
    # exported model's vectors with sentence-transformers' own.
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Encoder(),
            tuple(sample[name] for name in INPUTS),
            str(partial),
            input_names=list(INPUTS),
            output_names=["token_embeddings"],
            dynamic_axes=axes,
            opset_version=17,
            dynamo=False,
        )
    partial.replace(target)  # a crash mid-export never leaves a file that looks complete


def quantize_onnx(location: Path, source: Path, target: Path) -> None:
    """Write an int8 copy of the fp32 export `source` (needs onnx: build time only).

    The transformer's layers are fused first (attention, layer norms, GELU: ONNX Runtime's BERT optimiser), then the
    weights are quantised per output channel to signed int8 with activations quantised on the fly. Measured on
    all-MiniLM-L6-v2: about half the CPU per text of the fp32 export, cosine to its vectors >= 0.98 (mean 0.99).
    One scale per tensor instead of per channel was a little faster but lost too much (mean cosine 0.955).

    The weights keep 7 bits (`reduce_range`, within +-64) so that every CPU computes the same vectors: with 8-bit
    weights, CPUs without VNNI add pairs of uint8 x int8 products in saturating 16-bit lanes and CPUs with it do not,
    and the index, its calibration and the triage net moved with the machine (2026-11-30: an AVX-512 VNNI machine
    refused 5.1% of blind2's on-topic questions, over the 5% floor the index had met where it was built). 7-bit
    products never saturate, so the integer sums are exact on both. Measured here: cosine to the fp32 vectors mean
    0.9915, min 0.982 (8-bit: 0.9932, 0.986 on this CPU), the same CPU per text.
    """
    from onnx import TensorProto
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers.optimizer import optimize_model

    config = json.loads((location / "config.json").read_text())
    fused = target.with_name(f".{target.name}.fused")
    partial = target.with_name(f".{target.name}.partial")
    # The quantiser advises its own pre-processing on the root logger; the BERT optimiser is that step here.
    root = logging.getLogger()

    def no_hint(record: logging.LogRecord) -> bool:
        return "pre-processing before quantization" not in record.getMessage()

    root.addFilter(no_hint)
    try:
        optimize_model(
            str(source),
            model_type="bert",
            num_heads=int(config["num_attention_heads"]),
            hidden_size=int(config["hidden_size"]),
            opt_level=1,
        ).save_model_to_file(str(fused))
        # DefaultTensorType: the fused graph leaves some tensor types unknown to the quantiser; they are float.
        quantize_dynamic(
            fused, partial, weight_type=QuantType.QInt8, per_channel=True, reduce_range=True,
            extra_options={"DefaultTensorType": TensorProto.FLOAT},
        )
    finally:
        root.removeFilter(no_hint)
        fused.unlink(missing_ok=True)
    partial.replace(target)  # as for the export: never a file that looks complete but is not


class OnnxEmbedder:
    """Embedder with the sentence-transformers pipeline re-done in NumPy around an ONNX Runtime session."""

    def __init__(
        self, name: str, fingerprint: str, location: Path, onnx_file: Path, threads: int, batch: int = ENCODE_BATCH
    ) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        pipeline = read_pipeline(location)
        self.name = name
        self.fingerprint = fingerprint
        self.batch = batch
        self.dimension = pipeline.dimension
        self.normalize = pipeline.normalize
        self.tokenizer = Tokenizer.from_file(str(location / "tokenizer.json"))
        pad = _pad_token(location)
        self.tokenizer.enable_truncation(max_length=pipeline.max_length)
        self.tokenizer.enable_padding(pad_id=self.tokenizer.token_to_id(pad) or 0, pad_token=pad)
        options = onnxruntime.SessionOptions()
        # Same reasoning as EMBEDDING_THREADS for torch: one core per forward pass, the others serve the rest.
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = onnxruntime.InferenceSession(str(onnx_file), options, providers=["CPUExecutionProvider"])
        # One thread runs the model, as with torch: callers in any thread hand it their texts.
        self._thread = ThreadPoolExecutor(1, thread_name_prefix=MODEL_THREAD)

    def encode(self, texts: list[str]) -> Vectors:
        texts = [well_formed(t) for t in texts]  # the tokenizer refuses lone surrogates
        return self._thread.submit(self._encode, texts).result()

    def _encode(self, texts: list[str]) -> Vectors:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        # Longest first in batches, as sentence-transformers does: texts of a batch pad to similar lengths.
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        for start in range(0, len(order), self.batch):
            rows = order[start : start + self.batch]
            out[rows] = self._forward([texts[i] for i in rows])
        return out

    def _forward(self, texts: list[str]) -> Vectors:
        encoded = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        types = np.array([e.type_ids for e in encoded], dtype=np.int64)
        tokens = self.session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (tokens * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        if self.normalize:
            pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return np.ascontiguousarray(pooled, dtype=np.float32)


def _pad_token(location: Path) -> str:
    try:
        token = json.loads((location / "tokenizer_config.json").read_text()).get("pad_token", "[PAD]")
    except (OSError, ValueError):
        return "[PAD]"
    return token.get("content", "[PAD]") if isinstance(token, dict) else str(token or "[PAD]")


def exportable(location: Path | str) -> bool:
    """A local model whose pipeline this module reproduces."""
    if isinstance(location, str) or not os.path.isdir(location):
        return False
    try:
        read_pipeline(location)
    except ModelError:
        return False
    return True
