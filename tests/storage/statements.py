"""Count the SQL statements a piece of storage code sends: each is one round trip to the database."""

from __future__ import annotations

from sqlalchemy import Engine, event
from sqlalchemy.ext.asyncio import AsyncSession


class Statements:
    """The first word of every statement sent through the session's engine while inside the `with` block."""

    def __init__(self, session: AsyncSession) -> None:
        engine = session.get_bind()
        assert isinstance(engine, Engine)
        self.sent: list[str] = []
        self._engine = engine

    def __enter__(self) -> list[str]:
        event.listen(self._engine, "before_cursor_execute", self._note)
        return self.sent

    def __exit__(self, *_: object) -> None:
        event.remove(self._engine, "before_cursor_execute", self._note)

    def _note(self, _conn: object, _cursor: object, statement: str, *_: object) -> None:
        self.sent.append(statement.split(None, 1)[0].upper())
