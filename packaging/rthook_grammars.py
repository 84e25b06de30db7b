"""PyInstaller runtime hook: tree_sitter_language_pack imports the C# grammar at import time,
and the bundle leaves that 5 MB grammar out (no scanner parses C#; packaging/devora.spec).
This stands in for it, so the pack imports and only asking for C# fails, as LookupError."""

import sys
import types


def _language() -> object:
    raise LookupError("the C# grammar is not in this build of Devora")


_stub = types.ModuleType("tree_sitter_c_sharp")
_stub.language = _language  # type: ignore[attr-defined]
sys.modules.setdefault("tree_sitter_c_sharp", _stub)
