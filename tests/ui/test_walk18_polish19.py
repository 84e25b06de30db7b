"""walk18's last window findings, each driven as a person does (clicks, keys, waitSignal):
the raw text's worker picker, an error's line marked in the viewer, a rate-limit wait said
while it lasts, a run cut off by a killed app said on the next start, and labels that say
where they were cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from devora_desktop.agents.events import AgentDelta, FileStarted, RunStarted
from devora_desktop.progress import RunProgress
from devora_desktop.ui.agent_panes import AgentsBox
from tests.ui.drive import pick, show_tab
from tests.ui.test_main_window import click

# no page looked at, but where it is
plain = pytest.mark.usefixtures("plain_preview")


@plain
def test_the_worker_picker_lists_workers_by_number_and_opens_on_the_first(qtbot) -> None:
    """Four Frontend workers streamed 4, 1, 3, 2: the picker read 'Worker 4, Worker 1,
    Worker 3, Worker 2' and opened on 4, and no name said which files each wrote. Now it
    lists them in order with the file each began, shows Worker 1's text until the person
    picks another, and stays on the one picked while the others stream."""
    box = AgentsBox()
    qtbot.addWidget(box)
    box.resize(900, 500)
    box.show()
    progress = RunProgress()
    box.bind(progress, live=True)
    progress.fold(RunStarted(run_id="r", project_id="p", project_name="P", mode="web",
                             provider="fake", provider_label="Fake", model="m",
                             agents=["architect", "frontend"]))
    files = {4: "app.js", 1: "index.html", 3: "about.html", 2: "styles.css"}
    for worker, path in files.items():
        progress.fold(AgentDelta(agent="frontend", text=f"<file path='{path}'>", worker=worker))
        progress.fold(FileStarted(agent="frontend", path=path, worker=worker))
    progress.fold(FileStarted(agent="frontend", path="extra.css", worker=2))
    for worker in files:
        progress.fold(AgentDelta(agent="frontend", text=f" more from {worker}", worker=worker))
    box.panes.flush()

    click(qtbot, box.toggle)
    show_tab(qtbot, box.panes, "Frontend")
    pane = box.panes.panes["frontend"]
    combo = pane.workers
    assert combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Worker 1 · index.html", "Worker 2 · styles.css +1", "Worker 3 · about.html",
        "Worker 4 · app.js"]
    assert combo.currentText().startswith("Worker 1")
    assert pane.text.toPlainText() == "<file path='index.html'> more from 1"
    assert combo.itemData(1, Qt.ItemDataRole.ToolTipRole) == "styles.css\nextra.css"

    pick(qtbot, combo, "Worker 3")
    assert pane.text.toPlainText() == "<file path='about.html'> more from 3"
    progress.fold(AgentDelta(agent="frontend", text=" and on", worker=1))
    progress.fold(AgentDelta(agent="frontend", text=" and on", worker=3))
    box.panes.flush()
    assert combo.currentText().startswith("Worker 3")
    assert pane.text.toPlainText() == "<file path='about.html'> more from 3 and on"
