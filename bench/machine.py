"""How fast this machine runs Python today, printed beside every benchmark's figures."""

from __future__ import annotations

import time


def machine_speed() -> str:
    """A fixed pure-Python loop, timed: the same figure on two days says the machine, not the code, changed."""
    started = time.perf_counter()
    total = 0
    for n in range(5_000_000):
        total += n
    return f"machine reference: 5M-step Python loop in {time.perf_counter() - started:.2f} s"
