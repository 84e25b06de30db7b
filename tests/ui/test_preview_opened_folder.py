"""An opened folder with neither a page nor a dev server (walk12 #19): File › Open folder… on
a folder of Python scripts showed "package.json cannot be read: [Errno 2] No such file or
directory: '…/package.json'" over an empty dev-server output box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.gitrepos import needs_git
from tests.ui.conftest import make_window
from tests.ui.drive import answer, show_tab


@needs_git
def test_a_python_folder_says_there_is_no_page_and_why(ctx, qtbot, aloop,
                                                       tmp_path: Path) -> None:
    w = make_window(ctx, qtbot)
    folder = tmp_path / "pyproj"
    folder.mkdir()
    (folder / "calc.py").write_text("print(2 + 2)\n")
    (folder / "README.md").write_text("# calc\n")
    qtbot.keyClick(w, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(w, "open_folder_dialog", None) is not None
                    and w.open_folder_dialog.isVisible())
    edit = w.open_folder_dialog.findChild(QLineEdit, "fileNameEdit")
    edit.setText(str(folder))  # pasted: typed, the dialog's completer splits a path at '/'
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    answer(qtbot, w, "Make it and open")
    qtbot.waitUntil(lambda: "calc.py" in w.files.items, timeout=10000)
    show_tab(qtbot, w.center.tabs, "Preview")
    preview = w.center.preview
    qtbot.waitUntil(lambda: preview.message.text().startswith("No page to show"), timeout=5000)
    assert preview.message.text() == (
        "No page to show: this folder has no index.html or package.json (a Python script "
        "runs outside Devora). Describe the page you want below and the agents write it, or "
        "open the folder (Project › Reveal in file manager) to run it yourself.")
    qtbot.wait(300)  # nothing starts after it: no dev server, no empty output box
    assert preview.message.text().startswith("No page to show")
    assert not preview.log.isVisible() and not preview.start_button.isVisible()
    assert preview.source is None
