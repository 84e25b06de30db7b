from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from devora_desktop.agents.orchestrator import EngineOptions
from tests.agents.conftest import APPROVE, block, plan
from tests.conftest import all_bytes_under

PAGE = "export default function Page() {\n  return <main>Tasks</main>;\n}"


@pytest.fixture
def window(ctx, qtbot, qloop, fake_llm, monkeypatch):
    from devora_desktop.ui.main_window import MainWindow

    monkeypatch.setenv("DEVORA_API_KEY", "sk-ui-test-123456")
    from tests.conftest import install_pro_license

    install_pro_license(ctx)
    settings = ctx.settings.model_copy(deep=True)
    settings.default_provider = "openai"
    settings.providers["openai"].base_url = fake_llm.url
    settings.providers["openai"].default_model = "fake/model"
    ctx.save_settings(settings)
    w = MainWindow(ctx, EngineOptions(retry_delay=0.01))
    qtbot.addWidget(w)
    w.show()
    return w


def script(fake, latency: float = 0.0) -> None:
    fake.set("architect", plan(("app/page.tsx", "frontend"), ("app/api/tasks/route.ts", "backend")))
    fake.set("frontend", {"text": "Writing the page.\n" + block("app/page.tsx", PAGE),
                          "latency": latency})
    fake.set("backend", block("app/api/tasks/route.ts", "export async function GET() "
                              "{ return Response.json([]); }"))
    fake.set("reviewer", APPROVE)


def run_prompt(window, qloop, prompt: str, mode_index: int = 2, stop_after=None) -> str:
    window.chat.prompt.setPlainText(prompt)
    window.chat.modes.button(mode_index).setChecked(True)
    result: list[str] = []
    window.run_finished.connect(result.append)

    stopped: list[bool] = []

    async def drive() -> None:
        window.chat.run_button.click()
        while not result:
            if stop_after and not stopped and stop_after(window):
                window.chat.stop_button.click()
                stopped.append(True)
            await asyncio.sleep(0.01)

    qloop.run_until_complete(asyncio.wait_for(drive(), 20))
    return result[0]


def test_generate_fills_tree_viewer_and_panes(window, qloop, fake_llm, ctx) -> None:
    script(fake_llm)
    assert window.center.currentWidget() is window.empty
    assert run_prompt(window, qloop, "a task app") == "run_finished"
    assert {"app/page.tsx", "app/api/tasks/route.ts"} <= set(window.tree_items)
    assert window.center.currentWidget() is window.center_tabs
    window.open_file("app/page.tsx")

    async def wait_highlight() -> None:
        while not window.viewer.highlighter.done:
            await asyncio.sleep(0.01)

    qloop.run_until_complete(asyncio.wait_for(wait_highlight(), 10))
    assert window.viewer.editor.toPlainText() == PAGE + "\n"
    formats = window.viewer.editor.document().findBlockByNumber(0).layout().formats()
    assert formats, "the first line should be highlighted"
    panes = window.panes.panes
    for agent in ("architect", "frontend", "backend", "reviewer"):
        assert panes[agent].state == "done", agent
        assert panes[agent].usage.total_tokens > 0
    assert panes["database"].state == "skipped"
    assert "Writing the page." in panes["frontend"].text.toPlainText()
    assert panes["frontend"].files.item(0).text() == "app/page.tsx"
    assert "approved" in window.chat.history.toPlainText()
    assert window.history.count() == 1
    assert "last run" in window.status_label.text()


def test_stop_mid_run_keeps_previous_version(window, qloop, fake_llm, ctx) -> None:
    script(fake_llm)
    assert run_prompt(window, qloop, "a task app") == "run_finished"
    pid = window.project_id
    before = ctx.store.workspace(pid).snapshot()
    fake_llm.set("frontend", {"text": block("app/page.tsx", "changed " * 400), "latency": 0.01})
    outcome = run_prompt(window, qloop, "change it",
                         stop_after=lambda w: w.panes.panes["frontend"].state == "streaming")
    assert outcome == "run_cancelled"
    assert ctx.store.workspace(pid).snapshot() == before
    assert "cancelled" in window.chat.history.toPlainText()
    assert window.chat.run_button.isEnabled()


def test_restore_a_version(window, qloop, fake_llm, ctx) -> None:
    script(fake_llm)
    run_prompt(window, qloop, "first")
    fake_llm.set("architect", plan(("app/page.tsx", "frontend")).replace(
        '"purpose": "x"', '"purpose": "x", "action": "modify"'))
    fake_llm.set("frontend", block("app/page.tsx", "export const v2 = 2;"))
    run_prompt(window, qloop, "second")
    ws = ctx.store.workspace(window.project_id)
    assert ws.read_text("app/page.tsx") == "export const v2 = 2;\n"
    window.history.setCurrentRow(0)  # v2 against v1
    window._on_diff_clicked()
    assert "export const v2" in window.viewer.editor.toPlainText()
    window.history.setCurrentRow(1)
    window._on_restore_clicked()
    assert ws.read_text("app/page.tsx") == PAGE + "\n"
    assert window.history.count() == 3


def test_settings_saves_key_as_ciphertext_only(window, qtbot, ctx) -> None:
    key = "sk-or-v1-settings-dialog-secret-0123456789"
    window.open_settings()
    dialog = window.settings_dialog
    dialog.openrouter_key.setText(key)
    dialog.budget.setValue(0.75)
    dialog.preferences.setPlainText("Always use TypeScript")
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.save()
    from PySide6.QtWidgets import QApplication

    from devora_desktop.ui.theme import apply_theme, is_dark

    assert is_dark(QApplication.instance().palette())
    apply_theme("light")
    assert not is_dark(QApplication.instance().palette())
    apply_theme("system")
    assert ctx.secrets.get("openrouter") == key
    assert ctx.settings.budget_usd == 0.75
    assert ctx.settings.preferences == ["Always use TypeScript"]
    assert key.encode() not in all_bytes_under(ctx.paths.root)


def test_browse_projects_with_no_network(ctx, qtbot, qloop) -> None:
    from devora_desktop.ui.main_window import MainWindow

    p = ctx.store.projects.create("Offline Notes")
    ws = ctx.store.workspace(p.id)
    ws.write_file("index.html", "<h1>offline</h1>")
    ws.commit("v1")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert w.projects.count() == 1
    w.projects.setCurrentRow(0)
    assert "index.html" in w.tree_items
    w.open_file("index.html")
    assert w.viewer.editor.toPlainText() == "<h1>offline</h1>"
    w.filter.setText("zzz")
    assert w.projects.item(0).isHidden()
    assert w.goto_model.stringList() == ["index.html"]
    w.viewer.editor.clear()
    w._on_goto_chosen("index.html")  # Ctrl+P, type, Enter
    assert w.viewer.editor.toPlainText() == "<h1>offline</h1>"


def test_binary_file_shows_a_note(ctx, qtbot, qloop) -> None:
    from devora_desktop.ui.main_window import MainWindow

    p = ctx.store.projects.create("Bin")
    ctx.store.workspace(p.id).write_file("logo.png", b"\x89PNG\r\n\x1a\n\0\0\0")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show_project(p.id)
    w.open_file("logo.png")
    assert "Binary file" in w.viewer.note.text()
    assert w.viewer.editor.toPlainText() == ""


def test_app_starts_and_closes(tmp_path: Path) -> None:
    env = {**os.environ, "DEVORA_HOME": str(tmp_path / "h"), "QT_QPA_PLATFORM": "offscreen",
           "DEVORA_EXIT_AFTER_START": "1"}
    proc = subprocess.run([sys.executable, "-m", "devora_desktop"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_screenshot_command(tmp_path: Path) -> None:
    env = {**os.environ, "DEVORA_HOME": str(tmp_path / "h"), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-m", "devora_desktop", "generate", "a blog"], env=env,
                   check=True, capture_output=True, timeout=60)
    shot = tmp_path / "shot.png"
    proc = subprocess.run([sys.executable, "-m", "devora_desktop", "--screenshot", str(shot)],
                          env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_export_dialog_zip_and_github_link(window, qloop, fake_llm, ctx, tmp_path) -> None:
    from tests.fakes.github_server import FakeGitHub

    script(fake_llm)
    run_prompt(window, qloop, "a task app")
    ctx.store.workspace(window.project_id).write_file("secret.js", "const k = 'ghp_" + "a" * 36
                                                      + "';\n")
    window.open_export()
    dialog = window.export_dialog
    assert "secret.js" in dialog.secrets.text()
    dialog.dest.setText(str(tmp_path / "out.zip"))
    assert qloop.run_until_complete(dialog.run_export(dialog.options())) == str(
        (tmp_path / "out.zip").resolve())
    import zipfile

    assert not any(n.endswith("secret.js") for n in zipfile.ZipFile(tmp_path / "out.zip").namelist())
    gh = FakeGitHub()
    try:
        ctx.secrets.set("github", "good-token")
        opts = dialog.options()
        opts.target, opts.api_url = "github", gh.url
        where = qloop.run_until_complete(dialog.run_export(opts))
        assert where == "https://github.com/octo/task-garden"
        assert "https://github.com/octo/task-garden" in window.links.text()
    finally:
        gh.stop()


def test_license_dialog_activates_pro(ctx, qtbot, qloop, tmp_path, keypair, fake_stripe) -> None:
    from devora_desktop.ui.main_window import MainWindow
    from tests.server.conftest import LiveServer, make_config, purchase

    server = LiveServer(make_config(tmp_path, keypair, fake_stripe.url))
    try:
        key = purchase(server)
        s = ctx.settings.model_copy(deep=True)
        s.license_server = server.url
        ctx.save_settings(s)
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        assert w.plan_label.text().startswith("Free")
        assert "🔒" in w.chat.modes.button(2).text()
        w.open_license()
        dialog = w.license_dialog
        assert "Full-stack mode" in dialog.locked.text()
        assert not qloop.run_until_complete(dialog.do_activate("DEV-NOT-A-REAL-KEY"))
        assert "purchase email" in dialog.error.text()
        assert qloop.run_until_complete(dialog.do_activate(key))
        assert w.plan_label.text() == "● Pro"
        assert "🔒" not in w.chat.modes.button(2).text()
    finally:
        server.stop()


def test_settings_shows_detected_local_models(window, qloop, fake_llm, ctx) -> None:
    s = ctx.settings.model_copy(deep=True)
    s.providers["ollama"].base_url = fake_llm.url.removesuffix("/v1") + "/v1"
    s.providers["lmstudio"].base_url = "http://127.0.0.1:9/v1"
    ctx.save_settings(s)

    async def wait() -> None:
        window.open_settings()  # as from the menu: inside the running loop
        while "Ollama:" not in window.settings_dialog.local.text():
            await asyncio.sleep(0.01)

    qloop.run_until_complete(asyncio.wait_for(wait(), 5))
    assert "qwen2.5-coder:7b" in window.settings_dialog.local.text()


def test_second_launch_focuses_the_first(ctx, qtbot, qloop) -> None:
    from devora_desktop.ui.single_instance import InstanceServer

    calls: list[bool] = []
    server = InstanceServer(ctx.paths.root, lambda: calls.append(True))
    env = {**os.environ, "DEVORA_HOME": str(ctx.paths.root), "QT_QPA_PLATFORM": "offscreen"}

    async def launch() -> subprocess.CompletedProcess:
        return await asyncio.to_thread(subprocess.run, [sys.executable, "-m", "devora_desktop"],
                                       env=env, capture_output=True, text=True, timeout=60)

    async def both():
        proc = await launch()
        while not calls:
            await asyncio.sleep(0.01)
        return proc

    try:
        proc = qloop.run_until_complete(asyncio.wait_for(both(), 60))
    finally:
        server.close()
    assert proc.returncode == 0, proc.stderr
    assert "already running" in proc.stderr and calls == [True]
