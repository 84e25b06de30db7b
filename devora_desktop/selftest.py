"""``devora --self-test``: does this installation work? One line per check, exit 0 only when
every check passes. The sandbox line says what the confinement probe found here. Runs
offscreen in a temporary data dir, so it is safe on any machine and in a frozen bundle
straight after the build."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path


def _check_imports() -> str:
    from devora_desktop import __version__
    from devora_desktop.agents.validators import validate
    from devora_desktop.core.codescan import find_secrets, sql_statements

    found = validate({"a.tsx": "export const A = () => <div>{1}</div>;\n",
                      "b.css": "a { color: red; }\n", "c.html": "<p>x</p>\n"})
    if found:
        raise RuntimeError(f"validators flagged clean files: {found}")
    from tree_sitter_language_pack import get_parser

    from devora_desktop.core import codescan, repomap

    for grammar in sorted(codescan.GRAMMARS | repomap.GRAMMARS):  # each must be bundled
        get_parser(grammar)  # type: ignore[arg-type]
    key = "k = 'AKIA" + "IOSFODNN7EXAMPL3'"
    if not find_secrets(key, "a.js") or not sql_statements("select 1"):
        raise RuntimeError("the secret detector or the SQL parser did not load")
    return f"version {__version__}, tree-sitter grammars, pglast and detect-secrets load"


def _check_highlight() -> str:
    from devora_desktop.ui.highlight import lex_spans

    spans = lex_spans("def f():\n    return 1\n", "x.py")
    if not any(spans):
        raise RuntimeError("pygments produced no tokens")
    return "pygments lexers present"


def _check_window(ctx) -> str:
    from PySide6.QtWidgets import QApplication

    from devora_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    size = window.grab().size()
    window.close()
    return f"main window renders ({size.width()}x{size.height()}, {app.platformName()})"


def _check_generation(ctx) -> str:
    import asyncio

    from devora_desktop.agents.events import RunFinished
    from devora_desktop.agents.offline import OfflineProvider
    from devora_desktop.agents.orchestrator import Orchestrator, RunRequest
    from devora_desktop.core.models import Mode

    async def run():
        req = RunRequest(prompt="a todo app with due dates", provider=OfflineProvider(),
                         model="templates", mode=Mode.WEB, provider_name="offline")
        return [e async for e in Orchestrator(ctx.store).run(req)]

    events = asyncio.run(run())
    last = events[-1]
    if not isinstance(last, RunFinished):
        raise RuntimeError(getattr(last, "error", last.type))
    files = ctx.store.workspace(events[0].project_id).list_files()
    return f"offline generation wrote {len(files)} files and committed v1"


def _check_keyring(ctx) -> str:
    import keyring

    backend = type(keyring.get_keyring()).__name__
    if ctx.secrets.available:
        ctx.secrets.set("openai", "self-test-value-123")
        if ctx.secrets.get("openai") != "self-test-value-123":
            raise RuntimeError("the keyring did not give the secret back")
        ctx.secrets.delete("openai")
        return f"keyring reachable ({backend}); secrets round-trip"
    return f"no usable keyring ({ctx.secrets.unavailable_reason}); session-only mode active"


def _check_license() -> str:
    from devora_desktop.core.licensing import PINNED_KEYS, SELF_TEST_TOKEN
    from devora_license import verify

    claims = verify(SELF_TEST_TOKEN, PINNED_KEYS)
    return f"license token verified offline with pinned key(s) {', '.join(PINNED_KEYS)} " \
           f"(sub {claims['sub']})"


def _check_sandbox() -> str:
    """What confines generated code here, found by running a probe child through it. Not
    confined is a fact about this computer, not a broken install, so it fails only on CI
    (where the sandbox is part of what is tested)."""
    from devora_desktop.core.sandbox import probe

    status = probe()
    if not status.confined and os.environ.get("CI") == "true":
        raise RuntimeError(status.line())
    return status.line()


def run_self_test() -> int:
    import logging

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    logging.getLogger().addHandler(logging.NullHandler())  # the report is the output
    home = Path(tempfile.mkdtemp(prefix="devora-selftest-"))
    os.environ["DEVORA_HOME"] = str(home)
    from devora_desktop.core.context import AppContext

    ctx = AppContext.open(home)
    checks: list[tuple[str, Callable[[], str]]] = [
        ("imports", _check_imports), ("highlight", _check_highlight),
        ("window", lambda: _check_window(ctx)), ("generate", lambda: _check_generation(ctx)),
        ("keyring", lambda: _check_keyring(ctx)), ("license", _check_license),
        ("sandbox", _check_sandbox)]
    failed = 0
    started = time.perf_counter()
    try:
        for name, check in checks:
            try:
                detail = check()
                print(f"ok    {name:10} {detail}", flush=True)
            except Exception as exc:
                failed += 1
                print(f"FAIL  {name:10} {type(exc).__name__}: {exc}", flush=True)
                if os.environ.get("DEVORA_SELFTEST_TRACE"):
                    traceback.print_exc()
    finally:
        ctx.close()
        shutil.rmtree(home, ignore_errors=True)  # one left in the temp folder per run
    total = time.perf_counter() - started
    print(f"{len(checks) - failed} passed, {failed} failed ({total:.1f} s)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(run_self_test())
