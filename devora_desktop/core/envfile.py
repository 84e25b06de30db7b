"""One reading of a ``.env`` file's lines (``NAME=value``, ``export NAME="value"``, a ``#``
comment after an unquoted value), for every place that reads the person's env files:
Connect Supabase (core/supabase.py) and the redaction of their values from what a model is
sent (core/egress.py). Two readings drifted: one kept ``hunter2 # prod`` as the value, so
the plain ``hunter2`` went out unredacted."""

from __future__ import annotations

import re
from collections.abc import Iterator

LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$")
_QUOTED = re.compile(r"""^(['"])(.*)\1(?:\s+#.*)?$""")


def value(raw: str) -> str:
    """The value as dotenv loaders read it: quotes taken off; an unquoted value ends at
    `` #``."""
    raw = raw.strip()
    if m := _QUOTED.match(raw):
        return m.group(2)
    return raw.split(" #", 1)[0].strip()


def entries(text: str) -> Iterator[tuple[str, str]]:
    """``(name, value)`` of each assignment line, in order (comment lines are none)."""
    for line in text.splitlines():
        if m := LINE.match(line):
            yield m.group(1), value(m.group(2))
