"""Retrieval benchmark: index build time and warm latency of one question (embedding + search + answer).

Run: make bench   (or .venv/bin/python bench/latency.py [--rounds N])
Targets (issue 3): build <= 30 s; warm p50 <= 20 ms on 2 cores. Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.machine import machine_speed
from bot.knowledge import load_passages
from bot.retrieval.evaluation import load_eval_set
from bot.retrieval.service import build_index, open_knowledge_base
from bot.runtime import open_model
from bot.settings import load_settings


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=3, help="passes over the question set")
    args = parser.parse_args()
    settings = load_settings()
    print(machine_speed())

    started = time.perf_counter()
    embedder = open_model(settings)
    print(f"model load: {time.perf_counter() - started:.2f} s ({type(embedder).__name__})")

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        manifest = build_index(settings.knowledge_dir, Path(tmp), embedder)
        print(f"index build: {time.perf_counter() - started:.2f} s ({len(manifest.vector_passages)} vectors)")
        kb = open_knowledge_base(settings.knowledge_dir, Path(tmp), embedder)

    ids = {p.id for p in load_passages(settings.knowledge_dir)}
    data = load_eval_set(settings.knowledge_dir / "eval" / "heldout.yaml", ids)
    questions = [q.question for q in data.on_topic] + list(data.off_topic)
    kb.answer("warm up the model")
    timings: list[float] = []
    for _ in range(args.rounds):
        for question in questions:
            started = time.perf_counter()
            kb.answer(question)
            timings.append((time.perf_counter() - started) * 1000)
    print(
        f"warm latency over {len(timings)} questions: p50 {statistics.median(timings):.1f} ms, "
        f"p95 {percentile(timings, 0.95):.1f} ms, max {max(timings):.1f} ms"
    )
    started = time.perf_counter()
    kb.answer_many(questions)
    batch = (time.perf_counter() - started) * 1000
    print(f"batched: {len(questions)} questions in {batch:.0f} ms ({batch / len(questions):.1f} ms each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
