"""The one way the window asks before something that destroys work (delete, revert, restore,
quit mid-run): a box opened without a nested event loop, Cancel by default."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget


#: how many characters a question's detail line holds before it wraps
DETAIL_CHARS = 72


def confirm(parent: QWidget, title: str, text: str, action: str, on_yes: Callable[[], object],
            detail: str = "") -> QMessageBox:
    """Ask before something that destroys work, without a nested event loop: ``on_yes`` runs
    only when ``action`` (the button that names what happens) is clicked; Cancel is the
    default, so Enter does not destroy anything."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Cancel, parent)
    # plain text: a question names projects and files a model named ("Notes<br><b>Nothing
    # is deleted</b>" would be shown as formatting, and a link in it would open a browser)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if detail:
        widen(box, detail)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    yes.clicked.connect(on_yes)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    parent.confirm_box = box
    return box


def widen(box: QMessageBox, detail: str) -> None:
    """Set ``detail`` as the box's informative text, plain and read in wide lines: a box is
    as wide as its question, and a short one ("Make mysite a git repository?") squeezed a
    long detail into a 9-line column (walk10 #12)."""
    from PySide6.QtWidgets import QLabel

    box.setInformativeText(detail)
    if label := box.findChild(QLabel, "qt_msgbox_informativelabel"):
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setMinimumWidth(label.fontMetrics().averageCharWidth() * DETAIL_CHARS)
