"""`make screenshots`: the real window and dialogs, rendered offscreen to docs/screens/.

A fresh data folder, the fake OpenAI-compatible model from tests/fakes streaming a web run
(the small to-do app in docs/screens/app, written as a model would, so the Preview shows a
real page), then a refinement that changes app.js (with a slip that leaves a JavaScript
error for the Preview's console). Each screen is reached the way a user reaches it —
typing, clicking, menu actions — and grabbed when what it shows is on screen. Nothing here
is a mock-up.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screens/render.py [OUT_DIR]
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1400, 860)
PROMPT = "A to-do app with due dates"
REFINE = "Show how many tasks are overdue next to the title"


APP = Path(__file__).resolve().parent / "app"  # the to-do app the fake model writes


def script_fake(fake) -> None:
    """What the fake model answers: a plan, a small hand-written to-do app (docs/screens/app)
    as file blocks, a review; then a change to app.js, and one to index.html. A model writes
    the app, not the offline templates, whose README says they wrote it."""
    # in the plan's order, as a model writes them: the page first, so the preview paints it
    # while the styles and the script are still being written
    files = {name: (APP / name).read_text()
             for name in ("index.html", "styles.css", "app.js", "README.md")}

    def plan(summary: str, *files: tuple[str, str, str]) -> str:
        return "Here is the plan.\n```json\n" + json.dumps({
            "name": "Task Garden", "summary": summary, "template": "custom",
            "files": [{"path": p, "owner": "frontend", "purpose": purpose, "action": action}
                      for p, purpose, action in files]}) + "\n```"

    def blocks(named: dict[str, str]) -> str:
        return "".join(f'<file path="{p}">\n{body}</file>\n' for p, body in named.items())

    # the change has a slip a model makes: it calls showOverdue, it defines showOverdueCount
    # (the Preview's console shows the error, and "Ask the agents to fix this")
    app_js = files["app.js"].replace(
        '  empty.hidden = visible.length > 0;\n}\n',
        '  empty.hidden = visible.length > 0;\n  showOverdue(tasks.filter(isOverdue).length);\n}'
        '\n\n// The number of overdue tasks, next to the title (hidden when there are none)\n'
        'function showOverdueCount(count) {\n'
        '  const badge = document.getElementById("overdue-count");\n'
        '  badge.textContent = `${count} overdue`;\n  badge.hidden = count === 0;\n}\n')
    footer = files["index.html"].replace(
        "  </main>", '    <footer class="foot">© <span id="year"></span> Task Garden</footer>\n'
        "  </main>")
    fake.set("architect", [
        plan("Tasks with due dates, filters and overdue highlighting",
             ("index.html", "the page: form, filters, list", "create"),
             ("styles.css", "the look", "create"),
             ("app.js", "tasks, due dates, filters, the overdue check", "create"),
             ("README.md", "what it is and how to run it", "create")),
        plan("An overdue count next to the title",
             ("app.js", "count the overdue tasks and show it by the title", "modify")),
        plan("A footer with the year", ("index.html", "the footer", "modify"))])
    fake.set("frontend", [
        {"text": "Writing the page, its styles and the task logic.\n" + blocks(files),
         "latency": 0.004},
        {"text": "Adding the overdue count.\n" + blocks({"app.js": app_js}), "latency": 0.002},
        {"text": "Adding the footer.\n" + blocks({"index.html": footer}), "latency": 0.002}])
    fake.set("reviewer", [json.dumps({"status": "APPROVE", "summary": "Tasks, due dates and "
                                      "filters work; the markup is accessible.", "issues": []})])


class Shooter:
    def __init__(self, app, out: Path) -> None:
        self.app, self.out, self.saved = app, out, []

    async def settle(self, seconds: float = 0.4) -> None:
        await asyncio.sleep(seconds)

    async def until(self, check, timeout: float = 30.0, what: str = "") -> None:
        deadline = time.monotonic() + timeout
        while not check():
            if time.monotonic() > deadline:
                raise SystemExit(f"screenshots: timed out waiting for {what or check}")
            await asyncio.sleep(0.05)

    def shot(self, widget, name: str) -> None:
        path = self.out / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"screenshots: could not save {path}")
        self.saved.append(path)
        print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


async def scenario(window, ctx, shots: Shooter) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtTest import QTest

    from devora_desktop.ui import dialogs
    from devora_desktop.ui.theme import apply_theme

    window.resize(*SIZE)
    window.show()
    # the provider is worked out off the Qt thread: the bar read "…" and the empty state
    # had a blank line where "Runs use …" goes
    await shots.until(lambda: bool(window.status.label), 30, "the provider's line")
    await shots.settle(0.6)
    shots.shot(window, "empty")

    # a web run, typed and started as a user does: the page appears in the preview as the
    # agents write it (the preview is the main view of a web project)
    QTest.keyClicks(window.chat.prompt, PROMPT)
    finished: list[str] = []
    window.run_finished.connect(finished.append)
    painted: list[bool] = []
    preview = window.center.preview
    preview.painted.connect(lambda: painted.append(True))
    QTest.mouseClick(window.chat.run_button, Qt.MouseButton.LeftButton)
    feed = window.activity.feed
    if getattr(preview, "embedded", False):
        await shots.until(lambda: painted or finished, 60, "the first page in the preview")
        await shots.settle(0.8)
        shots.shot(window, "live-preview")
    await shots.until(lambda: finished, 60, "the run to finish")
    await shots.settle(0.8)
    window.center.show_changes()
    await shots.until(lambda: window.changes.list.count() > 0, what="the changes list")
    await shots.settle(0.6)
    shots.shot(window, "finished")

    # a refinement, watched in the code view this time (one click: the Code tab)
    QTest.keyClicks(window.chat.prompt, REFINE)
    QTest.mouseClick(window.chat.run_button, Qt.MouseButton.LeftButton)
    await shots.until(lambda: window.viewer.live == "app.js"
                      and window.viewer.editor.blockCount() > 40
                      and any("writing app.js" in feed.item(i).text()
                              for i in range(feed.count())), 60, "app.js being written")
    window.center.show_code()
    await shots.settle(0.3)
    shots.shot(window, "run")
    await shots.until(lambda: len(finished) == 2, 60, "the refinement")
    await shots.settle(0.8)
    window.center.show_changes()
    await shots.until(lambda: window.changes.list.count() > 0, what="the changes list")
    window.changes.list.setCurrentRow(0)
    await shots.settle(0.5)
    shots.shot(window, "diff")

    window.history.list.setCurrentRow(1)
    QTest.mouseClick(window.history.diff_button, Qt.MouseButton.LeftButton)
    await shots.until(lambda: window.changes.list.count() == 4, what="v1's changes")
    listed = window.changes.list
    listed.setCurrentRow(next(i for i in range(listed.count())
                              if listed.item(i).text().endswith("app.js")))
    await shots.settle(0.8)
    shots.shot(window, "history")
    # back to the latest version, as a person would before going on: the screens after
    # this one showed v1 chosen in History and its 4 changes beside v2's page
    window.history.list.setCurrentRow(0)
    QTest.mouseClick(window.history.diff_button, Qt.MouseButton.LeftButton)
    await shots.until(lambda: window.changes.list.count() == 1, what="v2's changes")

    window.center.show_preview()
    if getattr(preview, "embedded", False):
        await shots.until(lambda: preview.console.count() > 0, 30, "the console error")
        await shots.settle(1.5)  # the page paints after it loaded
    await shots.settle(0.5)
    shots.shot(window, "preview")

    # click to change: Pick, hover an element (it is outlined), click it: a chip in the prompt
    if getattr(preview, "embedded", False) and preview.view is not None:
        from PySide6.QtCore import QPoint

        got: list = []
        preview.view.page().runJavaScript(
            "(() => { const r = document.querySelector('h1').getBoundingClientRect();"
            " return Math.round(r.left + 40) + ',' + Math.round(r.top + r.height / 2); })()",
            0, got.append)
        await shots.until(lambda: got, 10, "the heading's place")
        x, y = (int(v) for v in str(got[0]).split(","))
        target = preview.view.focusProxy() or preview.view
        QTest.mouseClick(preview.pick_button, Qt.MouseButton.LeftButton)
        await shots.settle(0.5)
        QTest.mouseMove(target, QPoint(x, y))
        await shots.settle(0.6)
        shots.shot(window, "pick")
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
        await shots.until(lambda: window.chat.picked is not None, 10, "the picked element")
        QTest.keyClicks(window.chat.prompt, "Make the title larger and green")
        await shots.settle(0.4)
        shots.shot(window, "pick-chip")
        window.chat.set_picked(None)
        window.chat.prompt.clear()

    # a screenshot pasted into the prompt, waiting for the next run
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4efe6"))
    p = QPainter(image)
    p.fillRect(0, 0, 320, 36, QColor("#3548c8"))
    p.fillRect(24, 60, 180, 18, QColor("#1d2030"))
    p.fillRect(24, 96, 260, 10, QColor("#9aa0b4"))
    p.fillRect(24, 116, 230, 10, QColor("#9aa0b4"))
    p.end()
    QGuiApplication.clipboard().setImage(image)
    window.chat.prompt.setFocus()
    QTest.keyClicks(window.chat.prompt, "Make the header look like this mockup")
    QTest.keyClick(window.chat.prompt, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    await shots.settle(0.5)
    shots.shot(window, "image-prompt")
    window.chat.attachments.clear()
    window.chat.prompt.clear()

    # the project's context menu (a right-click on it), drawn over the window
    projects = window.projects.list
    if projects.count() and hasattr(window.projects, "context_menu"):
        rect = projects.visualItemRect(projects.item(0))
        projects.customContextMenuRequested.emit(rect.center())
        await shots.settle(0.4)
        menu = window.projects.context_menu
        if menu is not None and menu.isVisible():
            canvas = window.grab()
            painter = QPainter(canvas)
            painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
            painter.end()
            path = shots.out / "context-menu.png"
            canvas.save(str(path))
            shots.saved.append(path)
            print(f"saved {path}")
            menu.close()

    for name, opener in (("settings", dialogs.open_settings), ("export", dialogs.open_export),
                         ("license", dialogs.open_license)):
        opener(window)
        dialog = getattr(window, f"{name}_dialog")
        if name == "export":  # Free: GitHub is offered, with its lock and what unlocks it
            # the project's files are looked at off the Qt thread: "Looking at the project…"
            await shots.until(dialog.checked.done, 30, "Export to look at the project")
            dialog.dest.setText("~/Exports/task-garden.zip")  # as typed, not a temp path
            dialog.target.setFocus()
            QTest.keyClick(dialog.target, Qt.Key.Key_Down)
            QTest.keyClick(dialog.target, Qt.Key.Key_Down)
        await shots.settle(0.8)
        shots.shot(dialog, name)
        dialog.close()
        await shots.settle(0.2)

    # the waiting state: where nothing confines the generated code (macOS, Windows, or Linux
    # without bubblewrap and Landlock) checks need the person's yes and the run stops at
    # Check. This machine has a sandbox, so the path is forced as the checks tests force it.
    from devora_desktop.core.sandbox import FORCE_ENV

    os.environ[FORCE_ENV] = "none"
    s = ctx.settings.model_copy(deep=True)
    s.run_checks = "ask"
    ctx.save_settings(s)
    QTest.keyClicks(window.chat.prompt, "Add a footer with the year")
    QTest.mouseClick(window.chat.run_button, Qt.MouseButton.LeftButton)
    try:
        await shots.until(lambda: window.consent.isVisible() or len(finished) == 3, 60,
                          "the checks question")
    except SystemExit:
        pass
    if not window.consent.isVisible():
        raise SystemExit("screenshots: the checks question did not appear")
    await shots.until(lambda: "waiting for you" in window.activity.steps.text(), 10,
                      "the step line to say it waits")
    await shots.settle(0.5)
    shots.shot(window, "waiting")
    window.controller.stop()
    await shots.until(lambda: len(finished) == 3, 30, "the stop")
    os.environ.pop(FORCE_ENV)
    await shots.settle(0.5)

    apply_theme("dark")
    window.center.show_code()
    await shots.settle(0.8)
    shots.shot(window, "dark")
    apply_theme("light")

    # Project › Connect Supabase… on a full-stack project (last: it adds a project to the
    # list the screens above show), with a service-role key pasted: it says why not
    import base64
    import json

    from devora_desktop.agents import templates
    from devora_desktop.core.models import Mode
    from devora_desktop.core.supabase import project_env
    from devora_desktop.ui.supabase_dialog import SupabaseDialog

    project = ctx.store.projects.create("Recipe Box", mode=Mode.FULLSTACK)
    ws = ctx.store.workspace(project.id)
    for rel, text in templates.all_files("todo", "fullstack", "Recipe Box").items():
        ws.write_file(rel, text)
    ws.commit("v1")

    def b64(data: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    service_key = ".".join([b64({"alg": "HS256", "typ": "JWT"}), b64(
        {"iss": "supabase", "ref": "abcdefghijklmnop", "role": "service_role"}), "c2lnbmF0dXJl"])
    dialog = SupabaseDialog(ws.root, project.name, project_env(ws.root), parent=window)
    dialog.show()
    QTest.keyClicks(dialog.url, "https://abcdefghijklmnop.supabase.co")
    QTest.keyClicks(dialog.key, service_key)
    await shots.settle(0.6)
    shots.shot(dialog, "supabase")
    dialog.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="devora-screens-"))
    os.environ.update(DEVORA_HOME=str(home / "data"), HOME=str(home),
                      DEVORA_API_KEY="sk-screenshots-fake-key")
    from PySide6.QtWidgets import QApplication

    from devora_desktop.ui.webengine import prepare_webengine

    prepare_webengine()
    app = QApplication([sys.argv[0]])
    app.setApplicationName("Devora")

    import keyring
    import qasync

    from devora_desktop.agents.orchestrator import EngineOptions
    from devora_desktop.core.context import AppContext
    from devora_desktop.ui.loop import install_asyncgen_hooks
    from devora_desktop.ui.main_window import MainWindow
    from tests.fakes.llm_server import FakeLLM
    from tests.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # no desktop keyring offscreen; nothing persists
    fake = FakeLLM(tokens_per_second=400).start()
    script_fake(fake)
    ctx = AppContext.open(home / "data")
    s = ctx.settings.model_copy(deep=True)
    s.default_provider = "openai"
    s.providers["openai"].base_url = fake.url
    s.providers["openai"].default_model = "anthropic/claude-fake"
    s.run_checks = "never"  # the screens show the window, not npm
    ctx.save_settings(s)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    install_asyncgen_hooks(loop)
    # one Frontend worker: the fake answers every worker with the same files
    window = MainWindow(ctx, EngineOptions(shard_tokens=None))
    shots = Shooter(app, out)
    try:
        loop.run_until_complete(scenario(window, ctx, shots))
        loop.run_until_complete(window.shutdown())
    finally:
        window.hide()
        fake.stop()
        ctx.close()
        loop.close()  # stops qasync's executor thread
    print(f"{len(shots.saved)} screens in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
