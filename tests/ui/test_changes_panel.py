"""The Changes tab's diffs at a run's end: what is made on the window's thread."""

from __future__ import annotations

import threading

from devora_desktop.core.workspace import Workspace
from devora_desktop.ui import changes_panel
from devora_desktop.ui.changes_panel import ChangesPanel
from devora_desktop.ui.tasks import Notifier, Tasks


def test_the_diff_shown_with_a_version_is_made_off_the_window_thread(tmp_path, qtbot, aloop,
                                                                     monkeypatch) -> None:
    """A run's end lists its version and shows the first file's diff: difflib on a
    refinement's 2,000-line file took 6-10 ms of the window's thread there. It is made with
    the version's files, off the thread; a file the person clicks is diffed as before."""
    ws = Workspace(tmp_path / "site")
    ws.write_file("app.js", "".join(f"const v{i} = {i};\n" for i in range(2000)))
    ws.write_file("index.html", "<h1>One</h1>\n")
    ws.commit("first")
    ws.write_file("app.js", "".join(f"const v{i} = {i * (7 if i % 100 == 0 else 1)};\n"
                                    for i in range(2000)))
    ws.write_file("index.html", "<h1>Two</h1>\n")
    version = ws.commit("second")
    made_on: list[str] = []
    unified = changes_panel.unified

    def spied(path: str, a: bytes, b: bytes) -> str:
        made_on.append(threading.current_thread().name)
        return unified(path, a, b)

    monkeypatch.setattr(changes_panel, "unified", spied)
    panel = ChangesPanel(Tasks(Notifier()))
    qtbot.addWidget(panel)
    panel.clear(ws.root)
    with qtbot.waitSignal(panel.shown, timeout=5000):
        panel.show_version(version)
    assert panel.list.currentItem().data(changes_panel.PATH_ROLE) == "app.js"
    assert "+const v100 = 700;" in panel.diff.toPlainText()
    assert threading.main_thread().name not in made_on, made_on
    with qtbot.waitSignal(panel.file_shown, timeout=5000):
        panel.list.setCurrentRow(1)
    assert "+<h1>Two</h1>" in panel.diff.toPlainText()
