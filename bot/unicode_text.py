"""Text that Python can hold but no tokenizer, database driver or UTF-8 stream will take: lone UTF-16 surrogates.

They arrive as an emoji escaped in two halves ("\\ud83d\\udc4d" in JSON or YAML, which the decoders leave as two
code points) or as bytes that are not UTF-8 read with Python's surrogateescape (standard input under some locales).
"""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")


def well_formed(text: str) -> str:
    """Surrogate halves joined into the character they encode; a half on its own becomes U+FFFD."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
