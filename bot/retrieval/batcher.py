"""Concurrent requests for the model served together: one model call for all that arrived within a few milliseconds.

Embedding one sentence costs nearly as much as embedding a dozen, so under load batching is what keeps the event loop's
users from queueing behind each other's model calls. The model runs in a worker thread, never on the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from bot.retrieval.answers import Answer
from bot.retrieval.embedder import Embedder, Vectors

MAX_BATCH = 32
MAX_WAIT_SECONDS = 0.004  # how long the first request of a batch waits for company

In = TypeVar("In")
Out = TypeVar("Out")


@dataclass
class MicroBatcher(Generic[In, Out]):
    """Calls `many` with every request that arrived within `max_wait` of the first, up to `max_batch` at once."""

    many: Callable[[Sequence[In]], Sequence[Out]]
    max_batch: int = MAX_BATCH
    max_wait: float = MAX_WAIT_SECONDS
    name: str = "batcher"
    # What can be had without the model (a cached vector): served on the event loop at once, since the hop to a
    # worker thread and back costs more CPU than the arithmetic left to do.
    ready: Callable[[In], Out | None] | None = None
    batches: int = 0  # model calls made, for tests and benchmarks
    _queue: asyncio.Queue[tuple[In, asyncio.Future[Out]]] | None = field(default=None, init=False)
    _worker: asyncio.Task[None] | None = field(default=None, init=False)

    async def one(self, item: In) -> Out:
        if self.ready is not None and (done := self.ready(item)) is not None:
            return done
        if self._worker is None or self._worker.done():
            self._queue = asyncio.Queue()
            self._worker = asyncio.create_task(self._run(), name=self.name)
        assert self._queue is not None
        future: asyncio.Future[Out] = asyncio.get_running_loop().create_future()
        await self._queue.put((item, future))
        return await future

    async def _run(self) -> None:
        assert self._queue is not None
        queue = self._queue
        loop = asyncio.get_running_loop()
        while True:
            batch = [await queue.get()]
            deadline = loop.time() + self.max_wait
            while len(batch) < self.max_batch:
                # Whatever is already queued joins without waiting; then wait out the rest of the window.
                if not queue.empty():
                    batch.append(queue.get_nowait())
                    continue
                timeout = deadline - loop.time()
                if timeout <= 0:
                    break
                try:
                    batch.append(await asyncio.wait_for(queue.get(), timeout))
                except TimeoutError:
                    break
            live = [(item, f) for item, f in batch if not f.cancelled()]
            if not live:
                continue
            self.batches += 1
            try:
                results = await asyncio.to_thread(self.many, [item for item, _ in live])
            except Exception as exc:  # the callers see the model's error, the batcher keeps serving
                for _, future in live:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for (_, future), result in zip(live, results, strict=True):
                if not future.done():
                    future.set_result(result)

    async def close(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
            self._worker = None


class AnswerBatcher(MicroBatcher[str, Answer]):
    """Questions in, answers out: the knowledge base's `answer_many` over a batch."""

    def __init__(
        self,
        answer_many: Callable[[Sequence[str]], list[Answer]],
        max_batch: int = MAX_BATCH,
        max_wait: float = MAX_WAIT_SECONDS,
        ready: Callable[[str], Answer | None] | None = None,
    ) -> None:
        super().__init__(answer_many, max_batch, max_wait, name="answer-batcher", ready=ready)

    async def answer(self, question: str) -> Answer:
        return await self.one(question)


class EmbedBatcher(MicroBatcher[str, Vectors]):
    """Texts in, vectors out. With a caching embedder it embeds ahead: later lookups of the same text are free."""

    def __init__(self, embedder: Embedder, max_batch: int = MAX_BATCH, max_wait: float = MAX_WAIT_SECONDS) -> None:
        super().__init__(
            lambda texts: list(embedder.encode(list(texts))), max_batch, max_wait, name="embed-batcher",
            ready=getattr(embedder, "peek", None),
        )

    async def embed(self, texts: Sequence[str]) -> list[Vectors]:
        return list(await asyncio.gather(*(self.one(t) for t in texts)))
