"""A project file named like one of Devora's helpers changes nothing: compileall and the page
loader run isolated (``python -I`` from outside the project), confined or not (see
docs/ARCHITECTURE.md, Safety)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from devora_desktop.core.checks import CheckOptions, run_checks
from tests.core.checks.conftest import write

FORGE = "import sys\nprint('FORGED by the project')\nsys.exit(0)\n"
FAKE_RESULT = json.dumps({"tool": "qtwebengine", "loaded": True, "title": "x", "errors": [],
                          "skipped": None, "base": "http://127.0.0.1:1/",
                          "failed_requests": []})


def _has_webengine() -> bool:
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.parametrize("kind", [None, "none"], ids=["confined", "unconfined"])
async def test_a_project_compileall_py_does_not_replace_compileall(tmp_path: Path,
                                                                  kind: str | None) -> None:
    write(tmp_path, {"compileall.py": FORGE, "bad.py": "def broken(:\n    pass\n"})
    [result] = await run_checks(tmp_path, options=CheckOptions(sandbox=kind))  # type: ignore
    assert result.check == "python-compile" and result.status == "failed", result
    [finding] = result.findings
    assert finding.path == "bad.py" and finding.line == 1 and "SyntaxError" in finding.message


@pytest.mark.skipif(not _has_webengine(), reason="QtWebEngine is not installed")
@pytest.mark.parametrize("kind", [None, "none"], ids=["confined", "unconfined"])
async def test_a_project_webcheck_py_does_not_forge_a_clean_page(tmp_path: Path,
                                                                kind: str | None) -> None:
    forged = f"print({FAKE_RESULT!r})\n"
    write(tmp_path, {"index.html": "<!doctype html><title>x</title><script>render();</script>",
                     "devora_desktop/__init__.py": "", "devora_desktop/webcheck.py":
                     "def main(argv=None):\n    " + forged.strip() + "\n    return 0\n"
                     + forged})
    options = CheckOptions(sandbox=kind, web_engine="qtwebengine")  # type: ignore[arg-type]
    results = await run_checks(tmp_path, options=options)
    web = next(r for r in results if r.check == "web-load")
    assert web.status == "failed", web
    assert any("render is not defined" in f.message for f in web.findings)
