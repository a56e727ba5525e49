"""Shared test set-up: the fixtures live in tests/fixtures, one module per real part."""

pytest_plugins = [
    "tests.fixtures.database",
    "tests.fixtures.paths",
    "tests.fixtures.model",
]
