"""The project list at 1024x700: a long name is elided in its row, never scrolled sideways,
and the whole name is in the row's tooltip (walk8 #8: a horizontal scrollbar cut names)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from devora_desktop.core.models import Project

LONG = "Club de ajedrez de Valencia · Directorio de socios y entrenamientos"


def test_a_long_project_name_is_elided_with_the_whole_name_in_its_tooltip(qtbot) -> None:
    from devora_desktop.ui.projects_panel import ProjectsPanel

    panel = ProjectsPanel()
    qtbot.addWidget(panel)
    panel.resize(250, 300)  # the left column's width at 1024x700
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_projects([Project(name=LONG, summary="A directory of the club's members"),
                        Project(name="Sonnenhof · Shop")], None)
    QApplication.processEvents()
    bar = panel.list.horizontalScrollBar()
    assert not bar.isVisible() and bar.maximum() == 0
    width = panel.list.viewport().width()
    for row in range(panel.list.count()):
        assert panel.list.visualItemRect(panel.list.item(row)).width() <= width
    item = panel.list.findItems(LONG, Qt.MatchFlag.MatchExactly)[0]
    assert panel.list.fontMetrics().horizontalAdvance(LONG) > width  # it has to elide
    assert panel.list.textElideMode() == Qt.TextElideMode.ElideRight
    assert item.toolTip() == f"{LONG}\nA directory of the club's members"
    short = panel.list.findItems("Sonnenhof · Shop", Qt.MatchFlag.MatchExactly)[0]
    assert short.toolTip() == "Sonnenhof · Shop"
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.list.visualItemRect(item).center())
    assert panel.list.currentItem() is item  # the elided row is still a whole, clickable row
