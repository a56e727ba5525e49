"""`python -m tests.fake_telegram --port N`: run the fake Bot API server on its own (benchmarks)."""

from tests.fake_telegram.server import main

main()
