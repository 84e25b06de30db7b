"""PyInstaller runtime hook for the tree-sitter grammars (packaging/devora.spec).

- tree_sitter_language_pack imports the C# grammar at import time, and the bundle leaves that
  5 MB grammar out (no scanner parses C#). A stand-in lets the pack import; only asking for
  C# fails, as LookupError.
- On Linux the grammars the scanners and the repo map parse with are carried xz-compressed
  (`<name>.abi3.so.xz`: parse tables, 15 MB -> 0.9 MB). Importing one inflates it into
  memory (a memfd; where the system forbids running those, a file in Devora's cache) and
  loads it from there, once per process: 1-60 ms per grammar, the first time it is used.
"""

import _imp
import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import lzma
import os
import sys
import types

PACKAGE = "tree_sitter_language_pack.bindings."


def _language() -> object:
    raise LookupError("the C# grammar is not in this build of Devora")


_stub = types.ModuleType("tree_sitter_c_sharp")
_stub.language = _language  # type: ignore[attr-defined]
sys.modules.setdefault("tree_sitter_c_sharp", _stub)


def _in_memory(name: str, data: bytes) -> str:
    """A path to ``data`` in an anonymous memory file. Its descriptor stays open for the
    process's life: the loader knows a library by its path, so a reused descriptor number
    would hand back the grammar loaded before."""
    fd = os.memfd_create(name, os.MFD_CLOEXEC)
    os.write(fd, data)
    return f"/proc/self/fd/{fd}"


def _in_cache(data: bytes) -> str:
    """A path to ``data`` in Devora's cache, named by its content (written once)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = os.path.join(base, "devora", "grammars")
    path = os.path.join(folder, hashlib.sha256(data).hexdigest()[:32] + ".so")
    if not os.path.exists(path):
        os.makedirs(folder, mode=0o700, exist_ok=True)
        partial = f"{path}.{os.getpid()}"
        with open(partial, "wb") as out:
            out.write(data)
        os.replace(partial, path)
    return path


class _Inflating(importlib.machinery.ExtensionFileLoader):
    """Loads a grammar from its ``.xz``: inflated into memory, else into the cache."""

    def create_module(self, spec):
        with open(self.path, "rb") as file:
            data = lzma.decompress(file.read())
        name = self.name.rpartition(".")[2]
        error = None
        for place in (lambda: _in_memory(name, data), lambda: _in_cache(data)):
            try:
                spec.origin = place()
                return _imp.create_dynamic(spec)
            except (OSError, ImportError) as exc:  # memfd_noexec, a read-only cache...
                error = exc
        raise ImportError(f"the {name} grammar could not be loaded: {error}", name=self.name)


class _Packed(importlib.abc.MetaPathFinder):
    """Finds ``tree_sitter_language_pack.bindings.<name>`` carried as ``<name>.abi3.so.xz``."""

    def find_spec(self, fullname, path=None, target=None):
        if not fullname.startswith(PACKAGE):
            return None
        packed = os.path.join(sys._MEIPASS, *PACKAGE.split(".")[:-1],
                              f"{fullname[len(PACKAGE):]}.abi3.so.xz")
        if not os.path.exists(packed):
            return None
        return importlib.util.spec_from_loader(fullname, _Inflating(fullname, packed))


if sys.platform.startswith("linux") and hasattr(sys, "_MEIPASS"):
    sys.meta_path.insert(0, _Packed())
