"""Memory of the model process: heavy imports the model never uses are deferred, and glibc returns big blocks."""

from __future__ import annotations

import ctypes
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bot.retrieval.embedder import (
    MODEL_THREAD,
    SentenceTransformerEmbedder,
    deferred_imports,
    limit_malloc_retention,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def heavy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A package `heavy_pkg`; its real import is visible as RUNS in its namespace."""
    package = tmp_path / "heavy_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("RUNS = 1\n\ndef double(x):\n    return 2 * x\n\nOTHER = 'other'\n")
    (package / "sub.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield "heavy_pkg"
    sys.modules.pop("heavy_pkg", None)
    sys.modules.pop("heavy_pkg.sub", None)


def test_a_deferred_module_is_imported_only_when_its_helper_is_called(heavy: str) -> None:
    with deferred_imports({heavy: ("double",)}):
        from heavy_pkg import double  # type: ignore[import-not-found]

        stand_in = sys.modules[heavy]
        assert not hasattr(stand_in, "__file__")  # probes such as inspect's do not import it
        assert "RUNS" not in vars(stand_in) and sys.modules[heavy] is stand_in
    assert heavy not in sys.modules  # later imports get the real module
    assert double(21) == 42
    assert sys.modules[heavy].RUNS == 1


def test_any_other_name_imports_the_real_module(heavy: str) -> None:
    with deferred_imports({heavy: ("double",)}):
        from heavy_pkg import OTHER

        assert "RUNS" in vars(sys.modules[heavy])
    assert OTHER == "other"


def test_a_submodule_import_fails_loudly_so_the_caller_can_import_for_real(heavy: str) -> None:
    with deferred_imports({heavy: ("double",)}), pytest.raises(ImportError):
        import heavy_pkg.sub  # noqa: F401


def test_a_module_already_imported_is_left_alone(heavy: str) -> None:
    import heavy_pkg

    with deferred_imports({heavy: ("double",)}):
        assert sys.modules[heavy] is heavy_pkg
    assert sys.modules[heavy] is heavy_pkg


def test_the_model_loads_without_scikit_learn_or_scipy_and_their_helpers_still_work() -> None:
    # A fresh interpreter: the test session may have imported either for other reasons.
    script = textwrap.dedent(
        """
        import sys
        import numpy as np
        from bot.retrieval.embedder import deferred_imports
        with deferred_imports():
            import sentence_transformers  # what load_embedder imports, without reading the weights
        print(sorted({m.split(".")[0] for m in sys.modules} & {"sklearn", "scipy"}))
        from sentence_transformers.util import similarity, tensor
        a = np.array([[0.0, 1.0], [2.0, 2.0]])
        assert similarity.pairwise_distances(a, a, metric="manhattan")[0, 1] == 3.0
        assert tensor.coo_matrix(a).nnz == 3
        print(sorted({m.split(".")[0] for m in sys.modules} & {"sklearn", "scipy"}))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split("\n")[:2] == ["[]", "['scipy', 'sklearn']"]


class MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks")
    ] + [("keepcost", ctypes.c_size_t)]


def test_blocks_of_a_forward_pass_go_back_to_the_system_when_freed() -> None:
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = MallInfo2
    except (OSError, AttributeError):
        pytest.skip("not glibc")
    assert limit_malloc_retention()
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
    # Untuned, freeing an 8 MB block raises glibc's threshold and the next 2 MB block would come from the heap.
    libc.free(libc.malloc(8 << 20))
    mapped = libc.mallinfo2().hblks
    block = libc.malloc(2 << 20)
    try:
        assert libc.mallinfo2().hblks == mapped + 1  # its own mapping: unmapped, not kept, when freed
    finally:
        libc.free(block)


class Recording:
    """Stands in for the model: notes the thread of every call and, asked to, calls back into the embedder."""

    def __init__(self) -> None:
        self.threads: list[str] = []
        self.embedder: SentenceTransformerEmbedder | None = None

    def encode(self, texts: list[str], **options: Any) -> np.ndarray[Any, Any]:
        self.threads.append(threading.current_thread().name)
        if texts == ["again"] and self.embedder is not None:
            self.embedder.encode(["inner"])
        return np.zeros((len(texts), 2), dtype=np.float32)


def test_the_model_runs_on_one_thread_of_its_own_whoever_calls() -> None:
    model = Recording()
    embedder = SentenceTransformerEmbedder("m", "f", 2, model, ThreadPoolExecutor(1, thread_name_prefix=MODEL_THREAD))
    model.embedder = embedder
    with ThreadPoolExecutor(4) as callers:
        shapes = list(callers.map(lambda n: embedder.encode(["a"] * n).shape, range(1, 9)))
    assert shapes == [(n, 2) for n in range(1, 9)]
    assert embedder.encode(["again"]).shape == (1, 2)  # a call from the model's own thread does not deadlock
    assert len(set(model.threads)) == 1 and model.threads[0].startswith(MODEL_THREAD)


def test_the_model_runs_on_the_threads_it_is_given(torch_embedder: SentenceTransformerEmbedder) -> None:
    import torch

    from bot.retrieval.embedder import DEFAULT_THREADS, load_torch_embedder

    try:
        assert load_torch_embedder(torch_embedder.name, threads=2) is torch_embedder  # one model, whatever the threads
        assert torch.get_num_threads() == 2
    finally:
        load_torch_embedder(torch_embedder.name)
    assert torch.get_num_threads() == DEFAULT_THREADS == 1


def test_embedding_threads_is_validated_at_start_up() -> None:
    from bot.settings import ConfigError, load_settings

    assert load_settings(embedding_threads=3).embedding_threads == 3
    with pytest.raises(ConfigError, match="EMBEDDING_THREADS"):
        load_settings(embedding_threads=0)
