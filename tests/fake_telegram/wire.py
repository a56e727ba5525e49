"""Decoding Bot API request bodies the way Telegram does: query string, form, JSON or multipart."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aiohttp import BodyPartReader, web

# Form values are strings; PTB JSON-encodes every non-string parameter, so decode those back.
# These stay strings even when they look like numbers or JSON.
_STRING_FIELDS = frozenset(
    {
        "text",
        "caption",
        "callback_query_id",
        "inline_message_id",
        "url",
        "secret_token",
        "parse_mode",
        "action",
        "language_code",
        "ip_address",
        "description",
        "short_description",
        "name",
        "file_id",
        "sticker",
        "emoji",
        "question",
        "title",
        "first_name",
        "last_name",
        "phone_number",
    }
)


@dataclass(frozen=True)
class FilePart:
    """A file sent inside a multipart request."""

    field: str
    file_name: str
    content: bytes
    mime_type: str


@dataclass(frozen=True)
class DecodedRequest:
    params: dict[str, Any]
    files: dict[str, FilePart]


def decode_value(name: str, value: str) -> Any:
    if name in _STRING_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


async def decode_request(request: web.Request) -> DecodedRequest:
    params: dict[str, Any] = {k: decode_value(k, v) for k, v in request.query.items()}
    files: dict[str, FilePart] = {}
    if request.method != "POST" or not request.can_read_body:
        return DecodedRequest(params, files)
    content_type = request.content_type
    if content_type == "application/json":
        body = await request.json()
        if isinstance(body, dict):
            params.update(body)
    elif content_type.startswith("multipart/"):
        reader = await request.multipart()
        async for part in reader:
            if not isinstance(part, BodyPartReader) or part.name is None:
                continue
            if part.filename is not None:
                files[part.name] = FilePart(
                    field=part.name,
                    file_name=part.filename,
                    content=bytes(await part.read()),
                    mime_type=part.headers.get("Content-Type", "application/octet-stream"),
                )
            else:
                params[part.name] = decode_value(part.name, await part.text())
    else:
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, str):
                params[key] = decode_value(key, value)
    return DecodedRequest(params, files)


def ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def error(code: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=code)
