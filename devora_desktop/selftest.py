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


#: One file per language the repo map claims, each defining ``probe_<language>``.
_MAP_SAMPLES = {
    "python": ("a.py", "def probe_python():\n    pass\n"),
    "javascript": ("a.js", "function probe_javascript() {}\n"),
    "typescript": ("a.ts", "function probe_typescript(): void {}\n"),
    "tsx": ("a.tsx", "function probe_tsx() { return <div />; }\n"),
    "go": ("a.go", "package main\n\nfunc probe_go() {}\n"),
    "rust": ("a.rs", "fn probe_rust() {}\n"),
    "java": ("A.java", "class A { void probe_java() {} }\n"),
    "ruby": ("a.rb", "def probe_ruby\nend\n"),
    "c": ("a.c", "int probe_c(void) { return 0; }\n"),
    "cpp": ("a.cpp", "class A {};\nint probe_cpp() { return 0; }\n"),
    "php": ("a.php", "<?php\nfunction probe_php() {}\n"),
}


def _check_repomap() -> str:
    """The repo map of an opened project finds definitions in every language it claims (the
    Linux bundle carries their grammars compressed: packaging/rthook_grammars.py)."""
    from devora_desktop.core.repomap import GRAMMARS, FileFacts, RepoMap

    if set(_MAP_SAMPLES) != GRAMMARS:
        raise RuntimeError(f"no sample for {sorted(GRAMMARS - set(_MAP_SAMPLES))}")
    with tempfile.TemporaryDirectory() as folder:
        for name, text in _MAP_SAMPLES.values():
            Path(folder, name).write_text(text, encoding="utf-8")
        facts = RepoMap.build(Path(folder), [name for name, _ in _MAP_SAMPLES.values()]).facts
    blind = [language for language, (name, _) in _MAP_SAMPLES.items()
             if f"probe_{language}" not in {d for d, _ in facts.get(name, FileFacts()).defs}]
    if blind:
        raise RuntimeError(f"the repo map found no definitions in {', '.join(blind)}")
    return f"repo map reads {len(_MAP_SAMPLES)} languages"


def _check_highlight() -> str:
    from devora_desktop.ui.highlight import lex_spans

    spans = lex_spans("def f():\n    return 1\n", "x.py")
    if not any(spans):
        raise RuntimeError("pygments produced no tokens")
    return "pygments lexers present"


def _check_text() -> str:
    """Qt's locale-aware text (its file dialog sorts names by the person's language, case
    mapping, time zone names) goes through ICU: in the Linux bundle the system's, found by
    packaging/icu_shim.py."""
    if not sys.platform.startswith("linux"):  # Qt asks the OS there, not a carried ICU
        return "by the system's own collation (checked on Linux)"
    from PySide6.QtCore import QCollator, QLocale, QTimeZone

    from devora_desktop.syslibs import system_icu

    if not (QCollator(QLocale("sv_SE")).compare("ä", "z") > 0
            and QCollator(QLocale("de_DE")).compare("ä", "z") < 0
            and QLocale("tr_TR").toUpper("i") == "\u0130"):
        raise RuntimeError("Qt's sorting or case mapping ignores the language")
    zone = QTimeZone(b"Europe/Paris").displayName(QTimeZone.TimeType.StandardTime,
                                                  QTimeZone.NameType.LongName, QLocale("fr_FR"))
    if "Europe" not in zone:
        raise RuntimeError(f"Qt names Paris's time zone {zone!r}")
    found = system_icu()
    icu = f"the system's ICU {found}" if found else "Qt's own ICU"
    return f"sorting, case and time zone names by language ({icu})"


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


_GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000"
                     "010001000002024401003b")  # 1x1 (Qt writes no GIF to make one)


def _check_images() -> str:
    """Every image type a person may drop into the prompt decodes (the bundle carries only
    those image-format plugins)."""
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QImage

    from devora_desktop.ui.prompt_images import IMAGE_SUFFIXES, images_in

    with tempfile.TemporaryDirectory() as folder:
        urls = []
        for suffix in sorted(IMAGE_SUFFIXES):
            path = Path(folder, f"drop{suffix}")
            if suffix == ".gif":
                path.write_bytes(_GIF)
            else:
                image = QImage(2, 2, QImage.Format.Format_RGB32)
                image.fill(0x3366CC)
                image.save(str(path), suffix[1:].upper())
            urls.append(QUrl.fromLocalFile(str(path)))
        dropped = QMimeData()
        dropped.setUrls(urls)
        read = len(images_in(dropped))
    if read != len(IMAGE_SUFFIXES):
        raise RuntimeError(f"{read} of {len(IMAGE_SUFFIXES)} dropped image types decode")
    return f"dropped images decode ({', '.join(s[1:] for s in sorted(IMAGE_SUFFIXES))})"


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
        ("imports", _check_imports), ("highlight", _check_highlight), ("text", _check_text),
        ("repomap", _check_repomap),
        ("window", lambda: _check_window(ctx)),
        ("images", _check_images), ("generate", lambda: _check_generation(ctx)),
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
