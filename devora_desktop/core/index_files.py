"""How the store's two files (the index and its keep file) are read: core/store.py loads
through this, and the app reads one setting with it before the store opens (the theme, so
the window is never shown unstyled: walk14 #29). Standard library only: the store's own
imports and its full load would cost ~70 ms before the first paint (measured at load 10)."""

from __future__ import annotations

import json
from pathlib import Path

from devora_desktop.core.paths import KEEP_FILE, DataPaths

#: the settings table's one row is ``{"key": SETTINGS_KEY, "value": {...Settings...}}``
SETTINGS_KEY = "settings"


def read_json(path: Path) -> tuple[dict | None, str | None]:
    """(data, None), (None, None) for no file or an empty one, or (None, why) when damaged."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, None
    except OSError as exc:
        return None, f"cannot be read ({exc.strerror})"
    if not raw.strip():
        return None, None if raw == b"" else "is blank"
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None, "is not valid JSON (truncated or overwritten)"
    if not isinstance(data, dict):
        return None, f"holds a JSON {type(data).__name__}, not an object"
    return data, None


def kept_tables(doc: dict) -> dict | None:
    """The tables of the keep file's document (``{"format": 1, "tables": {...}}``); None
    when it has none."""
    tables = doc.get("tables")
    return tables if isinstance(tables, dict) else None


def saved_settings(tables: dict) -> dict | None:
    """The saved settings (the settings row's value) among ``tables``, unchecked."""
    rows = tables.get("settings")
    for row in rows.values() if isinstance(rows, dict) else ():
        if isinstance(row, dict) and row.get("key") == SETTINGS_KEY \
                and isinstance(row.get("value"), dict):
            return row["value"]
    return None


def peek_setting(paths: DataPaths, name: str, default: str) -> str:
    """One saved setting before the store is opened: the keep file first (settings, kv,
    runs, meta: smaller than the index, which holds every conversation), then the index;
    ``default`` when neither says (the store's repairs come later, when it opens)."""
    for path, kept in ((paths.root / KEEP_FILE, True), (paths.index, False)):
        doc, _why = read_json(path)
        tables = (kept_tables(doc) if kept else doc) if doc is not None else None
        value = (saved_settings(tables) or {}).get(name) if tables else None
        if isinstance(value, str):
            return value
    return default
