"""What a full-stack page says, read from the generated files: its words live in lib/words.ts
(``W``), so a page's text is its file with each ``W.key`` replaced by that word."""

from __future__ import annotations

import json
import re


def words(files: dict[str, str]) -> dict[str, str]:
    """The app's words: lib/words.ts's ``W``."""
    src = files["lib/words.ts"]
    start = src.index("export const W = ") + len("export const W = ")
    return json.loads(src[start:src.index("\n};\n", start) + 2])


def shown(files: dict[str, str], path: str) -> str:
    """``path``'s text with its words in place (placeholders such as {n} left as written)."""
    w = words(files)
    return re.sub(r"\bW\.(\w+)\b", lambda m: w[m.group(1)], files[path])
