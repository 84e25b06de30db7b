"""Counts in the words a person reads: "1 file", "3 files", never "1 file(s)"."""

from __future__ import annotations


def plural(n: int, word: str, many: str = "") -> str:
    """``n`` and ``word``, with ``many`` (or ``word`` + "s") unless ``n`` is one."""
    return f"{n} {word if n == 1 else many or word + 's'}"
