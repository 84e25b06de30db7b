"""walk23's window findings left open (session 22's polish24), each driven as a person does."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from tests.ui.conftest import make_window
from tests.ui.drive import drag, rows_drawn
from tests.ui.test_window_basics import choose_project, project_with


def test_the_left_columns_full_lists_show_whole_rows_and_scroll_for_the_rest(
        ctx, qtbot, aloop) -> None:
    """walk23 #26: at 1024x700, with Projects, Files and History all holding more rows than
    the column has room for, each list showed its last row cut in half. Each shows whole
    rows, at least three, and scrolls for the rest; after the person drags a split too."""
    for n in range(9):
        project_with(ctx, f"Project {n}", {"index.html": f"<h1>{n}</h1>\n"})
    big = project_with(ctx, "Big", {f"file{i:02}.js": "x\n" for i in range(14)})
    ws = ctx.store.workspace(big)
    for v in range(7):
        ws.write_file("file00.js", f"v{v}\n")
        ws.commit(f"Version {v}, with words enough to wrap onto a second line")
    w = make_window(ctx, qtbot, size=(1024, 700))
    qtbot.waitUntil(lambda: w.projects.list.count() == 10, timeout=10000)
    choose_project(qtbot, w, 0)
    qtbot.waitUntil(lambda: w.history.list.count() == 8, timeout=5000)
    lists = (w.projects.list, w.files.tree, w.history.list)

    def whole_rows_only() -> bool:
        drawn = [rows_drawn(view) for view in lists]
        return all(whole >= 3 and cut == 0 and view.verticalScrollBar().isVisible()
                   for view, (whole, cut) in zip(lists, drawn, strict=True))

    qtbot.waitUntil(whole_rows_only, timeout=5000)
    drag(qtbot, w.left.handle(1), QPoint(0, 13))  # Projects' lower edge, a half row down
    qtbot.waitUntil(whole_rows_only, timeout=5000)
