"""walk15's window defects left open (issue 23), each driven as a person drives the window and
measured on its pixels where the defect was a look: the selected feed line's icon, History's
share of the column, same-name projects, Settings' Automatic provider, the composer after a
budget stop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage

from devora_desktop.progress import Activity
from devora_desktop.ui.theme import apply_theme, contrast
from tests.ui.conftest import make_window
from tests.ui.test_main_window import click_item


@pytest.fixture(autouse=True)
def back_to_light(qapp):
    yield
    apply_theme("light")


def strongest(image: QImage, rect: QRect, bg: str) -> float:
    """The strongest contrast a pixel in ``rect`` has against ``bg``: the ink of the icon or
    text drawn there (its anti-aliased edges are weaker)."""
    return max(contrast(image.pixelColor(x, y).name(), bg)
               for x in range(rect.left(), rect.right() + 1)
               for y in range(rect.top(), rect.bottom() + 1))


@pytest.mark.parametrize("name", ["light", "dark"])
def test_a_selected_feed_lines_icon_and_words_read_in_both_themes(ctx, qtbot, aloop,
                                                                  name) -> None:
    """walk15 #24: a clicked feed line's icon was drawn white on the lavender selection
    (~1.3:1): the error's "!" vanished. Every line's icon and words read at 4.5:1 or more,
    selected and not, in both themes."""
    w = make_window(ctx, qtbot)
    t = apply_theme(name)
    w.resize(1400, 860)
    feed = w.activity.feed
    for level in ("error", "warning", "ok", "info", "active"):
        w.activity.add(Activity(f"Run {level}: a line of this level", kind="run", level=level))
    qtbot.waitUntil(lambda: feed.visualItemRect(feed.item(feed.count() - 1)).height() > 0)
    for row in range(feed.count()):
        item = feed.item(row)
        for selected in (False, True):
            if selected:
                click_item(qtbot, feed, item)
                qtbot.waitUntil(item.isSelected)
            else:
                feed.clearSelection()
            qtbot.wait(20)
            image = feed.viewport().grab().toImage()
            rect = feed.visualItemRect(item)
            bg = image.pixelColor(QPoint(rect.right() - 3, rect.center().y())).name()
            assert bg == (t.sidebar_selected if selected else t.base), (item.text(), bg)
            icon = QRect(rect.left(), rect.top(), 30, rect.height()).adjusted(2, 2, 0, -2)
            words = QRect(rect.left() + 30, rect.top(), 200, rect.height()).adjusted(0, 2, 0, -2)
            said = f"{name} {item.text()!r} {'selected' if selected else 'not selected'}"
            assert strongest(image, icon, bg) >= 4.5, f"icon: {said}"
            assert strongest(image, words, bg) >= 4.5, f"words: {said}"


def test_a_notice_while_the_architect_streams_stays_out_of_its_json(qtbot) -> None:
    """walk15 #24: "[info] 1 file to write: estimate …" landed inside the Architect's raw
    ```json fence, which it was still streaming: the model's text is only the model's, and
    the run's lines about the agent read under its header."""
    from devora_desktop.agents.events import AgentDelta, AgentNotice, AgentStarted, RunStarted
    from devora_desktop.progress import RunProgress
    from devora_desktop.ui.agent_panes import AgentPanes

    panes = AgentPanes()
    qtbot.addWidget(panes)
    panes.show()
    progress = RunProgress()
    panes.bind(progress, [], live=True)
    said = "1 file to write: estimate ~$0.007 from here"
    for ev in (RunStarted(run_id="r", project_id="p", project_name="P", mode="web",
                          provider="fake", provider_label="Fake", model="m",
                          agents=["architect"]),
               AgentStarted(agent="architect", model="m"),
               AgentDelta(agent="architect", text='Here is the plan.\n```json\n{"name": "Ride'),
               AgentNotice(agent="architect", message=said),
               AgentDelta(agent="architect", text=' Log"}\n```\n')):
        progress.fold(ev)
    pane = panes.panes["architect"]
    qtbot.waitUntil(lambda: not pane.pending, timeout=2000)
    assert pane.text.toPlainText() == 'Here is the plan.\n```json\n{"name": "Ride Log"}\n```\n'
    assert pane.notes.isVisible() and pane.notes.text() == f"[info] {said}"


def whole_rows(view) -> int:
    """How many of ``view``'s rows are drawn whole inside it."""
    room = view.viewport().rect()
    return sum(1 for row in range(view.count())
               if room.contains(view.visualItemRect(view.item(row))))


def project_with_versions(ctx, name: str, versions: int):
    p = ctx.store.projects.create(name)
    ws = ctx.store.workspace(p.id)
    for n in range(versions):
        ws.write_file("index.html", f"<h1>{name} {n}</h1>")
        ws.commit(f"make the ride list show the longest ride under the weekly total, step {n}")
    return p


def test_history_shows_three_versions_under_a_short_files_list_at_1024(ctx, qtbot,
                                                                         aloop) -> None:
    """walk15 #17: at 1024x700 History was squeezed to ~75 px under a Files list of one
    file: one version showed, the next cut mid-line. It keeps room for three versions
    whole, and the column's split, as the person leaves it, comes back next time."""
    project_with_versions(ctx, "Ride Log", 5)
    w = make_window(ctx, qtbot)
    w.resize(1024, 700)
    qtbot.waitUntil(lambda: w.width() == 1024)
    click_item(qtbot, w.projects.list, w.projects.list.item(0))
    qtbot.waitUntil(lambda: w.history.list.count() == 5, timeout=5000)
    qtbot.wait(50)
    assert whole_rows(w.history.list) >= 3, w.left.sizes()
    # the person gives History even more room: it is kept for the next start
    sizes = w.left.sizes()
    w.left.setSizes([sizes[0], sizes[1] - 60, sizes[2] + 60])
    kept = w.left.sizes()
    w.close()
    again = make_window(ctx, qtbot)
    again.resize(1024, 700)
    qtbot.waitUntil(lambda: again.width() == 1024)
    qtbot.waitUntil(lambda: again.history.list.count() == 5, timeout=5000)
    assert again.left.sizes()[2] >= kept[2] - 2, (again.left.sizes(), kept)
