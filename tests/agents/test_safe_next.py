"""The full-stack templates' safeNext (lib/redirect.ts), run in Node as the app runs it: a
`next` value sends someone back to a page of this site or to "/", never to another host,
including the paths URL parsing turns into "//host" ("/.//evil.example": val8 found the
parsed path was returned unchecked)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from devora_desktop.agents.templates.fullstack import REDIRECT

NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")

BASE = "https://shop.example/login"
HOSTILE = ["/.//evil.example", "/%2e//evil.example", "/%2E//evil.example", "/x/..//evil.example",
           "/./../..//evil.example/x", "//evil.example", "/\\evil.example", "/\\/evil.example",
           "https://evil.example/", "javascript:alert(1)", "\t//evil.example",
           "/.\\evil.example", "", None, 42]
KEPT = {"/dashboard": "/dashboard", "/orders?paid=1#top": "/orders?paid=1#top",
        "/a/../b": "/b", "/%2e%2e/settings": "/settings",
        "/%5c%5cevil.example": "/%5c%5cevil.example"}  # stays encoded: a path on this site


def _run(tmp_path: Path, values: list) -> list[list[str]]:
    """Each value's safeNext answer and where the route's redirect (new URL(path, request.url))
    then points."""
    js = re.sub(r"\bexport\s+", "", REDIRECT)
    js = re.sub(r"\((raw): unknown, (base): string\): string", r"(\1, \2)", js)
    js = re.sub(r"\((request): Request\): boolean", r"(\1)", js)
    harness = tmp_path / "redirect.js"
    base = json.dumps(BASE)
    harness.write_text(js + "\nconst out = JSON.parse(process.argv[2]).map((v) => {\n"
                       f"  const p = safeNext(v, {base});\n"
                       f"  return [p, new URL(p, {base}).href];\n"
                       "});\nconsole.log(JSON.stringify(out));\n")
    done = subprocess.run([NODE or "node", str(harness), json.dumps(values)], capture_output=True,
                          text=True, timeout=60, check=True)
    return json.loads(done.stdout)


def test_no_next_value_leaves_the_site(tmp_path: Path) -> None:
    for value, (path, href) in zip(HOSTILE, _run(tmp_path, HOSTILE), strict=True):
        assert href.startswith("https://shop.example/"), (value, path, href)
        assert path == "/", (value, path)


def test_a_path_on_the_site_is_kept(tmp_path: Path) -> None:
    got = _run(tmp_path, list(KEPT))
    assert [p for p, _ in got] == list(KEPT.values())
