"""Defects a walk through the real window found, each driven as a person would meet it:
keys, clicks, and waiting on what the window signals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDockWidget

from devora_desktop.ui.activity_panel import LEVEL_ROLE
from tests.agents.conftest import block
from tests.ui.conftest import no_checks
from tests.ui.drive import answer, pick, show_tab
from tests.ui.test_main_window import (
    RUN_MS,
    click,
    click_item,
    feed_lines,
    make_window,
    on_next_run,
    run,
    run_until,
    script,
    two_versions,
    type_prompt,
)
from tests.ui.test_window_basics import choose_project, project_with


def start_slow_run(qtbot, w, fake_llm, prompt: str = "a slow app") -> None:
    """A run whose Frontend is still writing when this returns."""
    script(fake_llm)
    fake_llm.set("frontend", {"text": block("app/page.tsx", "slow " * 4000), "latency": 0.01})
    type_prompt(qtbot, w, prompt)
    run_until(qtbot, w, lambda a: a.agent == "frontend" and a.kind == "file")


def test_revert_asks_and_cancel_keeps_every_file(configured, qtbot, aloop, fake_llm) -> None:
    """The feed's Revert deleted all the files of a project at one click."""
    w = make_window(configured, qtbot)
    ws = two_versions(qtbot, w, fake_llm)
    click(qtbot, w.activity.run_line.revert)
    # the question is worked out off the Qt thread (what the revert does to the files now)
    qtbot.waitUntil(lambda: getattr(w, "confirm_box", None) is not None
                    and w.confirm_box.isVisible())
    assert "Revert app/page.tsx, the one file that run changed, to how it was before it?" \
        in w.confirm_box.text()
    answer(qtbot, w, "Cancel")
    qtbot.wait(200)
    assert ws.read_text("app/page.tsx") == "export const v2 = 2;\n"
    assert w.history.list.count() == 2
    with qtbot.waitSignal(w.history.reloaded, timeout=5000):
        click(qtbot, w.activity.run_line.revert)
        answer(qtbot, w, "Revert")
    assert "export default function Page()" in ws.read_text("app/page.tsx")


def test_quit_during_a_run_asks_first(configured, qtbot, aloop, fake_llm) -> None:
    """Closing mid-run exited without asking."""
    w = make_window(configured, qtbot)
    start_slow_run(qtbot, w, fake_llm)
    qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert "run is in progress" in w.confirm_box.text()
    answer(qtbot, w, "Cancel")
    assert w.controller.running and w.isVisible()
    with qtbot.waitSignal(w.closed, timeout=5000):
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        answer(qtbot, w, "Stop the run and quit")
    # the window closes once the run has stopped, or after CLOSE_TIMEOUT (3 s) with the run
    # cancelled (at load 26 it was still ending when the window closed): it ends
    qtbot.waitUntil(lambda: not w.controller.running, timeout=5000)


def test_quit_stops_the_run_while_the_windows_threads_are_busy(configured, qtbot, aloop,
                                                               fake_llm) -> None:
    """"Stop the run and quit … Nothing of the new project is kept" let the run go on and
    save its first version (walk23 #15): the quit waited for a thread of the window's pool
    before it told the run to stop, and at load 20 the pool was busy. Here every thread of
    the pool is held until the run ends; the quit still stops the run, keeps nothing, and
    the next start gives the prompt back."""
    import threading

    ctx = no_checks(configured)
    w = make_window(ctx, qtbot)
    script(fake_llm)
    fake_llm.set("frontend", {"text": block("app/page.tsx", "slow " * 300), "latency": 0.01})
    type_prompt(qtbot, w, "a to-do list for the choir trip")
    run_until(qtbot, w, lambda a: a.agent == "frontend" and a.kind == "file")
    held = threading.Event()
    busy = [aloop.run_in_executor(None, held.wait, 20) for _ in range(16)]
    outcome: list[str] = []
    w.run_finished.connect(outcome.append)
    w.run_finished.connect(lambda _: held.set())
    with qtbot.waitSignal(w.closed, timeout=15000):
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        answer(qtbot, w, "Stop the run and quit")
    qtbot.waitUntil(lambda: all(f.done() for f in busy), timeout=5000)
    assert outcome == ["cancelled"]
    assert ctx.store.projects.list() == []
    again = make_window(ctx, qtbot)
    qtbot.waitUntil(lambda: again.chat.prompt.toPlainText() == "a to-do list for the choir trip",
                    timeout=5000)


def test_a_stop_leaves_no_spinner_in_the_feed(configured, qtbot, aloop, fake_llm) -> None:
    w = make_window(configured, qtbot)
    start_slow_run(qtbot, w, fake_llm)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Escape)
    feed = w.activity.feed
    levels = [feed.item(i).data(LEVEL_ROLE) for i in range(feed.count())]
    assert "active" not in levels, feed_lines(w)
    assert any("stopped writing app/page.tsx" in line for line in feed_lines(w))


def test_a_stopped_first_run_gives_the_prompt_back_and_runs_again(configured, qtbot, aloop,
                                                                  fake_llm) -> None:
    """A stopped first run cleared the prompt and offered no Run again."""
    w = make_window(configured, qtbot)
    start_slow_run(qtbot, w, fake_llm, "a garden planner")
    # the new project is in the list while its first run goes (it was invisible)
    assert w.projects.names() == ["New project · being built…"]
    click_item(qtbot, w.projects.list, w.projects.list.item(0))
    assert w.controller.running  # listed, not choosable: nothing to open yet
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        click(qtbot, w.chat.stop_button)
    assert w.projects.names() == []  # nothing was kept
    assert w.chat.prompt.toPlainText() == "a garden planner"
    assert w.activity.run_line is not None and w.activity.run_line.again.isVisible()
    script(fake_llm)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as blocker:
        click(qtbot, w.activity.run_line.again)
    assert blocker.args == ["finished"]
    assert len(w.projects.names()) == 1


def test_the_status_bar_shows_this_projects_last_run(configured, qtbot, aloop,
                                                     fake_llm) -> None:
    """It showed another project's last run after switching."""
    project_with(configured, "Quiet", {"index.html": "<h1>q</h1>"})
    w = make_window(configured, qtbot)
    script(fake_llm)
    assert run(qtbot, w, "a task app") == "finished"
    assert "last run" in w.status.status_label.text()
    row = next(i for i in range(w.projects.list.count())
               if w.projects.list.item(i).text().startswith("Quiet"))
    choose_project(qtbot, w, row)
    assert "last run" not in w.status.status_label.text()
    row = next(i for i in range(w.projects.list.count())
               if not w.projects.list.item(i).text().startswith("Quiet"))
    choose_project(qtbot, w, row)
    assert "approved" in w.status.status_label.text()


def test_empty_panels_say_what_to_do_next_and_one_heading(ctx, qtbot, aloop) -> None:
    """Activity, Files and History were blank boxes; "Project" sat above "Projects"."""
    w = make_window(ctx, qtbot)
    for hint, words in ((w.activity.empty.label, "Describe the app"),
                        (w.files.empty.label, "describe a new app"),
                        (w.history.empty.label, "Each run saves one")):
        assert hint.isVisible() and words in hint.text(), hint.text()
    dock = w.findChild(QDockWidget)
    bar = dock.titleBarWidget()  # the dock's own "Project" title takes no room
    assert bar is not None and bar.height() < 4


def test_files_placeholder_goes_when_files_arrive(ctx, qtbot, aloop) -> None:
    project_with(ctx, "Site", {"index.html": "<h1>x</h1>"})
    w = make_window(ctx, qtbot)
    choose_project(qtbot, w, 0)
    assert not w.files.empty.label.isVisible()
    qtbot.waitUntil(lambda: w.history.list.count() == 1, timeout=5000)
    assert not w.history.empty.label.isVisible()


def test_side_panels_keep_their_width_during_a_run(configured, qtbot, aloop, fake_llm) -> None:
    """At 1024 px the left column went 257 -> 198 px and Activity's edge 708 -> 621 px while a
    run went on: the mode buttons moved under the pointer."""
    w = make_window(configured, qtbot)
    w.resize(1024, 700)
    qtbot.waitUntil(lambda: w.width() == 1024)
    qtbot.wait(100)
    dock = w.findChild(QDockWidget)

    def edges() -> tuple[int, int]:
        return dock.width(), w.activity.mapTo(w, w.activity.rect().topLeft()).x()

    before = edges()
    seen = set()
    script(fake_llm, latency=0.004, page="\n".join(f"const line{i} = {i};" for i in range(40)))
    type_prompt(qtbot, w, "a task app with a long description of many things")
    on_next_run(w, "activity", lambda _a: seen.add(edges()))
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        click(qtbot, w.chat.run_button)
    seen.add(edges())
    assert seen == {before}, (before, seen)


def test_streaming_keeps_the_start_of_each_line_in_view(configured, qtbot, aloop,
                                                        fake_llm) -> None:
    """While streaming, the viewer scrolled sideways and hid the start of every line."""
    w = make_window(configured, qtbot)
    w.resize(1024, 700)
    # lines far wider than the viewer, streamed token by token (six are as telling as 20)
    long_lines = "\n".join(f"const value{i} = '{'x' * 150}';" for i in range(6))
    script(fake_llm, latency=0.002, page=long_lines)
    type_prompt(qtbot, w, "a task app")
    bar = w.viewer.editor.horizontalScrollBar()
    offsets = []
    w.viewer.editor.textChanged.connect(lambda: offsets.append(bar.value()))
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        click(qtbot, w.chat.run_button)
    assert offsets and max(offsets) == 0 and bar.value() == 0, max(offsets)


def centre_as_files_land(ctx, qtbot) -> list[tuple[str, str | None, str | None]]:
    """An offline web run of a new project: at each file that lands, (that file, the file
    the centre shows, the file it shows being written, if any)."""
    no_checks(ctx)  # no question in the way: this is about the viewer
    w = make_window(ctx, qtbot)
    seen = []
    on_next_run(w, "file_written", lambda _agent, rel, _change: seen.append(
        (rel, w.viewer.rel, w.viewer.live)))
    type_prompt(qtbot, w, "a landing page for a bakery", mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as blocker:
        click(qtbot, w.chat.run_button)
    assert blocker.args == ["finished"]
    return seen


def follows_the_run(seen: list[tuple[str, str | None, str | None]]) -> None:
    """As each file lands the centre shows it, or a file still being written (another
    worker's lines coming in keep the centre); never a file that landed before."""
    assert {rel for rel, _shown, _live in seen} >= {"index.html", "styles.css", "README.md"}
    assert all(shown == rel or live is not None for rel, shown, live in seen), seen
    assert seen[-1][1] == seen[-1][0], seen  # the last one stays on screen


def test_a_new_project_shows_its_files_as_they_land(ctx, qtbot, aloop) -> None:
    """In a new project the centre stayed on README.md while index.html, styles.css and
    app.js were written (offline templates: files land whole, nothing streams). Which file
    shows at each landing depends on how far apart they land (CI, under load: index.html
    landed while styles.css was shown being written); that the centre follows does not."""
    follows_the_run(centre_as_files_land(ctx, qtbot))


def test_files_that_land_slowly_are_followed_too(ctx, qtbot, aloop, monkeypatch) -> None:
    """The run as on a busy machine: each file written 0.25 s after the last, so the centre
    takes up the next file being written between landings (the CI run's order)."""
    import time

    from devora_desktop.core.workspace import Workspace

    real = Workspace.write_file

    def slowly(self, rel: str, content: str | bytes):
        time.sleep(0.25)  # on the engine's thread
        return real(self, rel, content)

    monkeypatch.setattr(Workspace, "write_file", slowly)
    follows_the_run(centre_as_files_land(ctx, qtbot))


def test_raw_text_keeps_parallel_workers_apart(configured, qtbot, aloop, fake_llm) -> None:
    """"Raw model text" mixed parallel workers token by token."""
    import re

    from devora_desktop.agents.orchestrator import EngineOptions
    from tests.agents.conftest import APPROVE
    from tests.agents.test_build_step import PLAN, asked_files, backend

    def frontend(request: dict) -> dict:  # slow enough that the three workers interleave
        return {"text": "".join(block(p, f"export const X = '{p}';")
                                for p in asked_files(request)), "latency": 0.003}

    fake_llm.set("architect", PLAN)
    fake_llm.set("frontend", frontend)
    fake_llm.set("backend", backend)
    fake_llm.set("reviewer", APPROVE)
    no_checks(configured)  # no question in the way: this is about the raw text
    w = make_window(configured, qtbot, EngineOptions(shard_files=4, shard_tokens=100_000))
    assert run(qtbot, w, "many parts", mode=2) == "finished"
    click(qtbot, w.agents.toggle)
    show_tab(qtbot, w.panes, "Frontend")
    pane = w.panes.panes["frontend"]
    assert pane.workers.isVisible() and pane.workers.count() == 3
    groups = []
    for i in range(3):
        pane.workers.setFocus()
        qtbot.keyClick(pane.workers, Qt.Key.Key_Home)
        for _ in range(i):
            qtbot.keyClick(pane.workers, Qt.Key.Key_Down)
        text = pane.text.toPlainText()
        # one worker's answer reads as whole blocks: each file's fence is followed by its code
        files = re.findall(r"components/Part\d\.tsx", text)
        assert files and all(f"export const X = '{f}';" in text for f in files), text[:400]
        groups.append(frozenset(files))
    assert len(set(groups)) == 3 and not (groups[0] & groups[1])


@pytest.mark.qt_log_ignore("does not support QPlatformServices")  # exactly the case tested
def test_reveal_without_a_file_manager_says_so_and_copies_the_path(ctx, qtbot, aloop,
                                                                   monkeypatch) -> None:
    """Open / Reveal did nothing visible where no app handles folders (Linux only: Qt asks
    xdg-open, which an empty PATH hides, as on a minimal desktop)."""
    from PySide6.QtGui import QGuiApplication

    monkeypatch.setenv("PATH", "/nonexistent")
    pid = project_with(ctx, "Site", {"index.html": "<h1>x</h1>"})
    w = make_window(ctx, qtbot)
    choose_project(qtbot, w, 0)
    with qtbot.waitSignal(w.notifier.message, timeout=5000) as said:
        w.reveal_action.trigger()  # Project › Reveal folder
    assert said.args[0] == f"Nothing on this computer is set to open {ctx.paths.project(pid)}"
    notice = w.status.message_label  # the path is copied when asked (walk22 #19)
    assert notice.button.text() == "Copy the path"
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(ctx.paths.project(pid))


def test_nothing_the_walk_found_clipped_is_cut_at_1024x700(ctx, qtbot, aloop) -> None:
    """Clipped at 1024 px: the model box ("model: f…"), Export's Pro note, History labels."""
    from PySide6.QtWidgets import QLabel

    from devora_desktop.ui import dialogs

    project_with(ctx, "Bakery", {"index.html": "<h1>Crumb</h1>"})
    w = make_window(ctx, qtbot)
    w.resize(1024, 700)
    qtbot.waitUntil(lambda: w.width() == 1024)
    choose_project(qtbot, w, 0)
    qtbot.waitUntil(lambda: w.history.list.count() == 1, timeout=5000)

    def fits(edit_or_label, text: str) -> bool:
        return edit_or_label.fontMetrics().horizontalAdvance(text) <= \
            edit_or_label.contentsRect().width()

    model = w.chat.model.lineEdit()
    assert fits(model, model.placeholderText()), model.contentsRect().width()
    item = w.history.list.item(0)
    assert w.history.list.fontMetrics().horizontalAdvance(item.text()) + 24 <= \
        w.history.list.viewport().width(), item.text()
    dialogs.open_export(w)
    d = w.export_dialog
    qtbot.waitExposed(d)
    qtbot.waitUntil(d.go.isEnabled)  # the project looked at: every line it will show
    pick(qtbot, d.target, "GitHub")  # Free: the Pro note shows, wrapped
    qtbot.wait(50)
    for label in d.findChildren(QLabel):  # every line of the dialog fits, or wraps in full
        if not (label.isVisible() and label.text()):
            continue
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        else:
            assert fits(label, label.text()) or "<" in label.text(), label.text()


def preview_at_1024(ctx, qtbot):
    """The window at 1024x700 on a web project's Preview tab, its address served."""
    project_with(ctx, "Crumb", {"index.html": "<h1>Crumb</h1>"})
    w = make_window(ctx, qtbot)
    w.resize(1024, 700)
    qtbot.waitUntil(lambda: w.width() == 1024)
    choose_project(qtbot, w, 0)
    preview = w.center.preview
    preview.embedded = False  # the bar is the same; no page needed to read the address
    w.center.show_preview()
    qtbot.waitUntil(lambda: preview.url is not None, timeout=10000)
    return w, preview


def test_the_preview_url_reads_in_full_at_1024(ctx, qtbot, aloop) -> None:
    """At 1024 px the preview's address was cut ("http://127.0.0.1:37673/ · th")."""
    _w, preview = preview_at_1024(ctx, qtbot)
    label = preview.url_label
    shown = label.fontMetrics().horizontalAdvance(f"{preview.url} · this computer only")
    assert shown <= label.contentsRect().width(), (shown, label.contentsRect().width())


def test_a_narrow_centre_drops_the_preview_urls_words_whole(ctx, qtbot, aloop) -> None:
    """At 1024 px with the Activity column dragged wide, "this computer only" went under Pick
    ("· this computer or"): at every width the bar shows only words that fit. Dragged as far
    as it goes, the centre stays (the drag shut it: Code and Preview gone)."""
    from PySide6.QtGui import QTextDocument

    from tests.ui.drive import drag

    w, preview = preview_at_1024(ctx, qtbot)
    label = preview.url_label
    seen, narrowest = set(), [w.center.width()]

    def check() -> None:
        qtbot.wait(5)
        assert w.center.isVisible() and w.center.width() > 300  # never dragged shut
        narrowest.append(w.center.width())
        doc = QTextDocument()
        doc.setHtml(label.text())
        text = doc.toPlainText()  # what a person reads
        assert label.fontMetrics().horizontalAdvance(text) <= label.contentsRect().width(), \
            (text, label.contentsRect().width())
        where = preview.url.removeprefix("http://").rstrip("/")
        whole = (f"{preview.url} · this computer only", f"{preview.url} · local only",
                 preview.url, where)
        assert text in whole or (text.startswith("…") and where.endswith(text[1:])), text
        seen.add(text)

    # a person drags the handle between the centre and Activity · Chat left, as far as it goes
    drag(qtbot, w.main.handle(1), QPoint(-690, 0), steps=69, each=check)
    assert min(narrowest) < 400  # the drag made the centre narrow
    assert f"{preview.url} · this computer only" in seen and preview.url in seen
