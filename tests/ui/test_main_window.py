"""The window driven as a user drives it: keys, clicks, and waiting on what it signals.

Each test fails on the first-generation window."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from tests.agents.conftest import APPROVE, block, plan
from tests.ui.conftest import make_window
from tests.ui.drive import answer, show_tab
from tests.waiting import until

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at

PAGE = "export default function Page() {\n  return <main>Tasks</main>;\n}"
RUN_MS = 20000


def script(fake, latency: float = 0.0, page: str = PAGE) -> None:
    fake.set("architect", plan(("app/page.tsx", "frontend"), ("app/api/tasks/route.ts", "backend")))
    fake.set("frontend", {"text": "Writing the page.\n" + block("app/page.tsx", page),
                          "latency": latency})
    fake.set("backend", block("app/api/tasks/route.ts", "export async function GET() "
                              "{ return Response.json([]); }"))
    fake.set("reviewer", APPROVE)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_item(qtbot, view, item, double: bool = False) -> None:
    """Click a list/tree item where it is drawn, as a user would."""
    rect = view.visualItemRect(item)
    (qtbot.mouseDClick if double else qtbot.mouseClick)(
        view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_prompt(qtbot, w, text: str, mode: int = 2) -> None:
    click(qtbot, w.chat.modes.button(mode))
    w.chat.prompt.setFocus()
    qtbot.keyClicks(w.chat.prompt, text)


def run(qtbot, w, text: str, mode: int = 2) -> str:
    type_prompt(qtbot, w, text, mode)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as blocker:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return blocker.args[0]


def on_next_run(w, signal: str, slot) -> None:
    """Connect ``slot`` to ``signal`` of the next run's model (progress.RunProgress): the
    controller makes a model at each start, before it says the run is running (the panels
    bind to it then too, so ``slot`` hears each signal after them)."""
    def connect(running: bool) -> None:
        if running:
            w.controller.running_changed.disconnect(connect)
            getattr(w.controller.progress, signal).connect(slot)

    w.controller.running_changed.connect(connect)


def run_until(qtbot, w, check, timeout: int = RUN_MS) -> None:
    """Click Run and return once the run's model tells a readable step (Activity) that
    ``check`` accepts: the run is still going then."""
    seen = []
    on_next_run(w, "activity", lambda act: seen.append(act) if check(act) else None)
    click(qtbot, w.chat.run_button)
    qtbot.waitUntil(lambda: bool(seen), timeout=timeout)


def two_versions(qtbot, w, fake_llm):
    """Two runs on one project: v1 from ``script``, v2 rewrites app/page.tsx. Returns the
    project's workspace."""
    script(fake_llm)
    assert run(qtbot, w, "first") == "finished"
    fake_llm.set("architect", plan(("app/page.tsx", "frontend")).replace(
        '"purpose": "x"', '"purpose": "x", "action": "modify"'))
    fake_llm.set("frontend", block("app/page.tsx", "export const v2 = 2;"))
    assert run(qtbot, w, "second") == "finished"
    ws = w.ctx.store.workspace(w.current.id)
    assert ws.read_text("app/page.tsx") == "export const v2 = 2;\n"
    return ws


def feed_lines(w) -> list[str]:
    feed = w.activity.feed
    out = []
    for i in range(feed.count()):
        item = feed.item(i)
        widget = feed.itemWidget(item)
        out.append(widget.label.text() if widget is not None else item.text())
    return out


def find_feed_item(w, needle: str):
    feed = w.activity.feed
    return next(feed.item(i) for i in range(feed.count()) if needle in feed.item(i).text())


def test_a_run_reads_as_steps_and_ends_with_its_changes(window, qtbot, fake_llm) -> None:
    """Items 12 and 13: the centre follows the file being written, a step indicator with
    live tokens, an activity feed in words, raw text hidden; after the run a Changes list
    with a coloured diff in its own view, and marks that stay."""
    w = window
    script(fake_llm, latency=0.02, page="\n".join(f"const line{i} = {i};" for i in range(40)))
    type_prompt(qtbot, w, "a task app")
    run_until(qtbot, w, lambda a: a.kind == "file" and a.path == "app/page.tsx")
    # while Frontend writes: the centre shows that file, being written, not the empty state
    with qtbot.waitSignal(w.viewer.editor.textChanged, timeout=RUN_MS):
        pass
    assert w.center.currentWidget() is w.center.tabs
    assert w.viewer.live == "app/page.tsx"
    assert "being written by Frontend" in w.viewer.title.text()
    assert "⟳\xa0Build" in w.activity.steps.text() and "✓\xa0Plan" in w.activity.steps.text()
    assert "tok" in w.activity.totals.text()
    assert any(line.startswith("Frontend is writing app/page.tsx") for line in feed_lines(w))
    writing = find_feed_item(w, "Frontend is writing")
    assert not writing.icon().isNull()  # the state by icon, not a glyph
    assert not w.panes.isVisible()  # raw model text is one click away, not the default
    # item 17: no name that changes mid-run; the new project is listed at once, in words
    assert w.projects.names() == ["New project · being built…"]
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as blocker:
        pass
    assert blocker.args == ["finished"]
    lines = feed_lines(w)
    assert "you: a task app" in lines
    assert "Architect planned 2 files for Frontend and Backend" in " ".join(lines)
    assert any(line.startswith("Reviewer approved: Looks good") for line in lines)
    assert not any("<file" in line or '"status"' in line for line in lines)
    assert "✓\xa0Save" in w.activity.steps.text()
    # the Changes tab counts them (the saved version's, from git); the diff is its own view
    qtbot.waitUntil(lambda: w.changes.title.text().startswith("v1: 2 files"), timeout=5000)
    assert w.center.tabs.tabText(w.center.tabs.indexOf(w.changes)) == "Changes 2"
    with qtbot.waitSignal(w.changes.file_shown, timeout=5000):
        click(qtbot, w.activity.run_line.view_changes)
    assert w.center.tabs.currentWidget() is w.changes
    assert w.changes.diff is not w.viewer.editor
    assert "+export async function GET()" in w.changes.diff.toPlainText()
    assert w.changes.list.item(1).text().strip() == "new  app/page.tsx"
    with qtbot.waitSignal(w.changes.file_shown, timeout=5000):
        click_item(qtbot, w.changes.list, w.changes.list.item(1))
    assert "+const line0 = 0;" in w.changes.diff.toPlainText()
    # marks stay after the run's reload
    assert "● new" in w.files.items["app/page.tsx"].text(0)
    assert w.projects.names() == ["Task Garden"]  # the Architect's name, once
    # the raw text is one click away; its tabs fit at 1600 px (item 15)
    w.resize(1600, 1000)
    click(qtbot, w.agents.toggle)
    assert w.panes.isVisible()
    show_tab(qtbot, w.panes, "Frontend")
    assert "Writing the page." in w.panes.panes["frontend"].text.toPlainText()
    assert w.panes.tabBar().sizeHint().width() <= w.panes.width()
    assert [w.panes.tabText(i) for i in range(w.panes.count())] == [
        "Architect", "Frontend", "Backend", "Database", "Reviewer"]
    assert all(not w.panes.tabIcon(i).isNull() for i in range(w.panes.count()))
    assert w.panes.tabToolTip(3).startswith("– Database · skipped")


def test_esc_stops_a_run_after_find_was_used(window, qtbot, fake_llm) -> None:
    """Item 1: Esc closes the find bar, and afterwards still stops a run; × closes it too."""
    w = window
    script(fake_llm)
    assert run(qtbot, w, "a task app") == "finished"
    click_item(qtbot, w.files.tree, w.files.items["app/page.tsx"])
    qtbot.keyClick(w.viewer.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.viewer.find_bar.isVisible()
    qtbot.keyClicks(w.viewer.find_box, "main")
    qtbot.keyClick(w.viewer.find_box, Qt.Key.Key_Escape)
    assert not w.viewer.find_bar.isVisible()
    qtbot.keyClick(w.viewer.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    click(qtbot, w.viewer.find_bar.close_button)
    assert not w.viewer.find_bar.isVisible()

    fake_llm.set("frontend", {"text": block("app/page.tsx", "changed " * 400), "latency": 0.01})
    type_prompt(qtbot, w, "change it")
    run_until(qtbot, w, lambda a: a.agent == "frontend")
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as blocker:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Escape)
    assert blocker.args == ["cancelled"]


def test_stop_closes_every_agent_and_a_relaunch_replays_them_closed(configured, window, qtbot,
                                                                     fake_llm) -> None:
    """Item 4: after Stop no agent is left streaming, and the next launch agrees."""
    w = window
    script(fake_llm)
    assert run(qtbot, w, "a task app") == "finished"
    ws = w.ctx.store.workspace(w.current.id)
    before = ws.snapshot()
    fake_llm.set("frontend", {"text": block("app/page.tsx", "slow " * 2000), "latency": 0.01})
    type_prompt(qtbot, w, "make it slow")
    run_until(qtbot, w, lambda a: a.kind == "file")
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as blocker:
        click(qtbot, w.chat.stop_button)
    assert blocker.args == ["cancelled"]
    assert ws.snapshot() == before  # the stopped run kept nothing: the last version stands
    assert w.chat.run_button.isEnabled()
    states = {n: a.state for n, a in w.controller.progress.agents.items()}
    assert "streaming" not in states.values() and "waiting" not in states.values()
    assert states["frontend"] == "cancelled"
    for pane in w.panes.panes.values():
        assert pane.state != "streaming"
    assert not w.panes.clock.isActive()
    assert "⟳" not in w.agents.strip.text()
    assert "Run stopped" in " ".join(feed_lines(w))
    pid = w.current.id
    w.close()

    again = make_window(configured, qtbot)
    assert again.current.id == pid  # the last project comes back
    qtbot.waitUntil(lambda: again.panes.progress is not None, timeout=5000)
    assert again.panes.progress.outcome == "cancelled"
    assert all(a.final for a in again.panes.progress.agents.values())
    assert "⟳" not in again.agents.strip.text()
    assert "Run stopped" in " ".join(feed_lines(again))


def test_restore_a_version(window, qtbot, fake_llm) -> None:
    """History › Restore makes an older version the current state, as a new version."""
    w = window
    ws = two_versions(qtbot, w, fake_llm)
    qtbot.waitUntil(lambda: w.history.list.count() == 2, timeout=5000)
    click_item(qtbot, w.history.list, w.history.list.item(1))  # v1, below the newest
    with qtbot.waitSignal(w.history.reloaded, timeout=5000):
        click(qtbot, w.history.restore_button)
        assert "Make v1 the current state" in w.confirm_box.text()  # Restore asks first
        answer(qtbot, w, "Restore")
    assert ws.read_text("app/page.tsx") == PAGE + "\n"
    # History also reloads when a run saves its version (d1c40d68): the signal waited for
    # may be that reload's, so the new version is waited for, not assumed
    qtbot.waitUntil(lambda: w.history.list.count() == 3, timeout=5000)


def test_settings_shows_detected_local_models(configured, window, qtbot, fake_llm) -> None:
    """Settings opened from the window (Ctrl+,) lists the local models found running."""
    s = configured.settings.model_copy(deep=True)
    s.providers["ollama"].base_url = fake_llm.url.removesuffix("/v1") + "/v1"
    s.providers["lmstudio"].base_url = "http://127.0.0.1:9/v1"
    configured.save_settings(s)
    w = window
    w.chat.prompt.setFocus()
    qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = w.settings_dialog
    qtbot.waitUntil(lambda: "Ollama:" in dialog.local.text(), timeout=5000)
    assert "qwen2.5-coder:7b" in dialog.local.text()


def test_license_dialog_activates_pro(ctx, qtbot, aloop, tmp_path, keypair,
                                      fake_stripe) -> None:
    """A purchased key typed into Help › License makes the window Pro at once: the status
    bar says so and Full-stack loses its lock; a malformed key is refused first."""
    from tests.server.conftest import LiveServer, make_config, purchase_for_app
    from tests.ui.test_license_dialog import activate

    server = LiveServer(make_config(tmp_path, keypair, fake_stripe.url))
    try:
        key = purchase_for_app(ctx, server)
        w = make_window(ctx, qtbot)
        assert w.status.plan_label.text().startswith("Free")
        assert "needs Pro" in w.chat.modes.button(2).toolTip()
        w.license_action.trigger()  # Help › License...
        dialog = w.license_dialog
        qtbot.waitExposed(dialog)
        assert "full-stack mode" in dialog.locked.text()
        activate(qtbot, dialog, "DEV-NOT-A-REAL-KEY")
        assert dialog.error.text() and w.status.plan_label.text().startswith("Free")
        activate(qtbot, dialog, key)
        assert w.status.plan_label.text() == "\u25cf Pro"
        assert not w.chat.modes.button(2).toolTip()
        assert w.chat.modes.button(2).icon().isNull()
    finally:
        server.stop()


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
        await until(lambda: calls, "the first instance was never asked to focus", 10)
        return proc

    try:
        proc = qloop.run_until_complete(asyncio.wait_for(both(), 60))
    finally:
        server.close()
    assert proc.returncode == 0, proc.stderr
    assert "already running" in proc.stderr and calls == [True]


def test_export_dialog_zip_and_github_link(window, qtbot, aloop, fake_llm, ctx,
                                           tmp_path) -> None:
    """Export (Ctrl+E) names a secret the project holds and leaves its file out of the zip;
    a GitHub export puts the repository's link beside the centre's tabs."""
    import zipfile

    from tests.fakes.github_server import FakeGitHub

    w = window
    script(fake_llm)
    assert run(qtbot, w, "a task app") == "finished"
    ctx.store.workspace(w.current.id).write_file("secret.js",
                                                 "const k = 'ghp_" + "a" * 36 + "';\n")
    qtbot.keyClick(w.chat.prompt, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = w.export_dialog
    qtbot.waitUntil(lambda: "secret.js" in dialog.secrets.text())  # looked at off the Qt thread
    dialog.dest.setText(str(tmp_path / "out.zip"))

    def export(opts) -> str | None:
        task = aloop.create_task(dialog.run_export(opts))
        qtbot.waitUntil(task.done, timeout=10000)
        return task.result()

    assert export(dialog.options()) == str((tmp_path / "out.zip").resolve())
    names = zipfile.ZipFile(tmp_path / "out.zip").namelist()
    assert names and not any(n.endswith("secret.js") for n in names)
    gh = FakeGitHub()
    try:
        ctx.secrets.set("github", "good-token")
        opts = dialog.options()
        opts.target, opts.api_url = "github", gh.url
        assert export(opts) == "https://github.com/octo/task-garden"
        assert "https://github.com/octo/task-garden" in w.center.links.text()
    finally:
        gh.stop()
