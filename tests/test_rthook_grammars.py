"""The Linux bundle carries the tree-sitter grammars xz-compressed and its runtime hook
(packaging/rthook_grammars.py) inflates each when first imported: into memory, else into
Devora's cache. Run in a child interpreter that plays the bundle (``sys._MEIPASS``)."""

from __future__ import annotations

import lzma
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the grammars are compressed in the Linux bundle only")

CHILD = r"""
import os, runpy, sys
sys._MEIPASS = {bundle!r}
if {no_memfd}:
    def refused(*args):
        raise OSError(1, "memfd_noexec")
    os.memfd_create = refused
runpy.run_path({hook!r})
from tree_sitter_language_pack import get_parser
for language, source in (("python", b"def f(): pass"), ("go", b"package m\nfunc f() {{}}")):
    tree = get_parser(language).parse(source)
    module = sys.modules["tree_sitter_language_pack.bindings." + language]
    print(language, tree.root_node.children[-1].type, module.__file__)
"""


def _bundle(tmp_path: Path) -> Path:
    import tree_sitter_language_pack

    bindings = Path(tree_sitter_language_pack.__file__).parent / "bindings"
    bundle = tmp_path / "bundle"
    packed = bundle / "tree_sitter_language_pack/bindings"
    packed.mkdir(parents=True)
    for language in ("python", "go"):
        data = (bindings / f"{language}.abi3.so").read_bytes()
        (packed / f"{language}.abi3.so.xz").write_bytes(lzma.compress(data))
    return bundle


def _run(bundle: Path, cache: Path, *, no_memfd: bool) -> list[list[str]]:
    code = CHILD.format(bundle=str(bundle), no_memfd=no_memfd,
                        hook=str(ROOT / "packaging/rthook_grammars.py"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, env={**os.environ, "XDG_CACHE_HOME": str(cache)})
    assert out.returncode == 0, out.stderr
    return [line.split() for line in out.stdout.splitlines()]


def test_compressed_grammars_load_from_memory_each_its_own(tmp_path: Path) -> None:
    rows = _run(_bundle(tmp_path), tmp_path / "cache", no_memfd=False)
    # each parses its own language: two grammars from two memory files, never the first twice
    assert [row[:2] for row in rows] == [["python", "function_definition"],
                                         ["go", "function_declaration"]]
    assert all(row[2].startswith("/proc/self/fd/") for row in rows)
    assert rows[0][2] != rows[1][2]
    assert not (tmp_path / "cache").exists(), "nothing written to disk"


def test_where_memory_files_may_not_run_the_cache_serves(tmp_path: Path) -> None:
    bundle, cache = _bundle(tmp_path), tmp_path / "cache"
    rows = _run(bundle, cache, no_memfd=True)
    assert [row[:2] for row in rows] == [["python", "function_definition"],
                                         ["go", "function_declaration"]]
    files = sorted((cache / "devora/grammars").iterdir())
    assert sorted(row[2] for row in rows) == [str(f) for f in files] and len(files) == 2
    again = _run(bundle, cache, no_memfd=True)
    assert again == rows, "written once, by content"
