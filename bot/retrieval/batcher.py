"""Answers concurrent questions together: one model call for every question that arrived within a few milliseconds.

Embedding one sentence costs nearly as much as embedding a dozen, so under load batching is what keeps the event loop's
users from queueing behind each other's model calls. The model runs in a worker thread, never on the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bot.retrieval.answers import Answer

MAX_BATCH = 32
MAX_WAIT_SECONDS = 0.004  # how long the first question of a batch waits for company


@dataclass
class AnswerBatcher:
    answer_many: Callable[[Sequence[str]], list[Answer]]
    max_batch: int = MAX_BATCH
    max_wait: float = MAX_WAIT_SECONDS
    batches: int = 0  # model calls made, for tests and benchmarks
    _queue: asyncio.Queue[tuple[str, asyncio.Future[Answer]]] | None = field(default=None, init=False)
    _worker: asyncio.Task[None] | None = field(default=None, init=False)

    async def answer(self, question: str) -> Answer:
        if self._worker is None or self._worker.done():
            self._queue = asyncio.Queue()
            self._worker = asyncio.create_task(self._run(), name="answer-batcher")
        assert self._queue is not None
        future: asyncio.Future[Answer] = asyncio.get_running_loop().create_future()
        await self._queue.put((question, future))
        return await future

    async def _run(self) -> None:
        assert self._queue is not None
        queue = self._queue
        while True:
            batch = [await queue.get()]
            deadline = asyncio.get_running_loop().time() + self.max_wait
            while len(batch) < self.max_batch:
                timeout = deadline - asyncio.get_running_loop().time()
                if timeout <= 0:
                    break
                try:
                    batch.append(await asyncio.wait_for(queue.get(), timeout))
                except TimeoutError:
                    break
            live = [(q, f) for q, f in batch if not f.cancelled()]
            if not live:
                continue
            self.batches += 1
            try:
                answers = await asyncio.to_thread(self.answer_many, [q for q, _ in live])
            except Exception as exc:  # the callers see the model's error, the batcher keeps serving
                for _, future in live:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for (_, future), answer in zip(live, answers, strict=True):
                if not future.done():
                    future.set_result(answer)

    async def close(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
            self._worker = None
