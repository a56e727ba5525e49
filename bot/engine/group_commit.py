"""Many small writes in one transaction: callers wait for their own write, and whatever arrived while one
transaction was committing goes together in the next.

Confirming a sent reply is one tiny UPDATE but a whole transaction (begin, update, commit: three round trips to the
database). Under load, dozens of updates finish sending within one commit's time, so they share one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

Item = TypeVar("Item")


class GroupCommit(Generic[Item]):
    def __init__(self, write: Callable[[Sequence[Item]], Awaitable[None]]) -> None:
        self.write = write
        self.transactions = 0  # for tests and benchmarks
        self._waiting: list[tuple[Item, asyncio.Future[None]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def add(self, item: Item) -> None:
        """Returns once `item` is written (committed); raises what the write raised."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, future))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_all(), name="group-commit")
        await asyncio.shield(future)  # a caller giving up must not cancel the others' write

    async def _write_all(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, []
            self.transactions += 1
            try:
                await self.write([item for item, _ in batch])
            except Exception as exc:  # each caller sees the failure of the write that held its item
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
            else:
                for _, future in batch:
                    if not future.done():
                        future.set_result(None)
