"""The preview's page saves and opens files as a browser does (walk12 #18): an offline data
app's own Export CSV asked nothing and saved nothing while the page said "3 rows exported as
CSV"; its Import CSV opened in Devora's working folder. The page is untrusted: the name it
suggests loses any folder part."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QLineEdit

from devora_desktop.agents import templates
from devora_desktop.core.workspace import Workspace
from devora_desktop.ui import page_files
from devora_desktop.ui.page_files import safe_name
from tests.ui.test_preview_panel import make_panel, needs_webengine

__all__ = ["make_panel"]


def test_the_name_a_page_suggests_loses_its_folder_parts() -> None:
    assert safe_name("../../.bashrc") == "bashrc"
    assert safe_name("..\\..\\Windows\\evil.csv") == "evil.csv"
    assert safe_name("/etc/passwd") == "passwd"
    assert safe_name("a\x00b:c?.csv") == "a_b_c_.csv"
    assert safe_name("..") == "download" and safe_name("") == "download"
    # attack12: invisible format characters reorder or hide what the name ends in
    assert safe_name("report\u202evsc.desktop") == "reportvsc.desktop"
    assert safe_name("\u2066.\u2069bashrc\u200b") == "bashrc"
    long = safe_name("x" * 300 + ".csv")
    assert len(long) == 120 and long.endswith(".csv")


@needs_webengine
def test_the_first_page_leaves_the_processs_environment_alone(qtbot, make_panel,
                                                             tmp_path) -> None:
    """The first preview page set XDG_CONFIG_HOME (in C) for up to 10 s to point Chromium's
    default download folder at the staging one, while the engine's thread and the window's
    workers ran: a child they started then inherited it, and a C getenv raced the setenv.
    That is done at start-up now, before any worker (app.run_app: prime_downloads)."""
    import ctypes
    import threading

    getenv = ctypes.CDLL(None).getenv
    getenv.restype = ctypes.c_char_p
    before = getenv(b"XDG_CONFIG_HOME")
    seen: set = set()
    stop = threading.Event()

    def worker() -> None:  # as a worker thread reads it (a child it starts inherits it)
        while not stop.is_set():
            seen.add(getenv(b"XDG_CONFIG_HOME"))
            time.sleep(0.0005)

    ws = Workspace(tmp_path / "page")
    ws.write_file("index.html", "<h1>A page</h1>")
    reader = threading.Thread(target=worker)
    reader.start()
    try:
        panel = make_panel()
        with qtbot.waitSignal(panel.loaded, timeout=20000):
            panel.show_project(ws)
        qtbot.wait(500)
    finally:
        stop.set()
        reader.join()
    assert seen == {before}


def _saved(folder: Path) -> list[str]:
    """Every file in ``folder``, hidden ones too: Chromium's own ".org.chromium.Chromium.*"
    never lands there (ui/page_files.DefaultDirectory)."""
    return sorted(p.name for p in folder.iterdir())


def _page_text(qtbot, panel) -> str:
    got: list = []
    panel.view.page().runJavaScript("document.body.innerText", 0, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    return str(got[0])


def _answer(qtbot, dialog, path: Path) -> None:
    """Paste ``path`` into a file dialog's name box and press Enter (typed, the dialog's
    completer pops up and may take the Enter)."""
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    edit.setText(str(path))
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _expenses_panel(qtbot, make_panel, tmp_path: Path):
    """The Preview showing an offline expenses tracker, its Export CSV button drawn, in a
    process primed as the app is at start-up (its downloads' default folder)."""
    page_files.prime_downloads()
    ws = Workspace(tmp_path / "expenses")
    for rel, text in templates.all_files("tracker", "web", "Expenses").items():
        ws.write_file(rel, text)
    panel = make_panel()
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.show_project(ws)
    qtbot.waitUntil(lambda: "Export CSV" in _page_text(qtbot, panel), timeout=10000)
    return panel


@needs_webengine
def test_export_csv_asks_where_and_import_csv_opens_in_documents(
        qtbot, make_panel, tmp_path, monkeypatch) -> None:
    home = Path.home()
    (home / "Downloads").mkdir()
    (home / "Documents").mkdir()
    panel = _expenses_panel(qtbot, make_panel, tmp_path)
    click_export = "document.getElementById('export').click()"

    # Cancel: nothing is saved, and the panel says so
    panel.view.page().runJavaScript(click_export)
    qtbot.waitUntil(lambda: panel.downloads.dialog is not None
                    and panel.downloads.dialog.isVisible(), timeout=10000)
    dialog = panel.downloads.dialog
    assert Path(dialog.directory().absolutePath()) == home / "Downloads"
    assert dialog.selectedFiles()[0].endswith("/expenses.csv")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.download_line.isVisible(), timeout=5000)
    assert panel.download_line.text() == "expenses.csv was not saved: you cancelled"
    assert _saved(home / "Downloads") == []

    # The person said no: a page that downloads on a timer does not bring the dialog back
    # after each Cancel; its downloads are refused on the same one line until it is reloaded
    panel.view.page().runJavaScript(f"setInterval(() => {click_export}, 150)")
    qtbot.waitUntil(lambda: "refused until it is reloaded" in panel.download_line.text(),
                    timeout=10000)
    qtbot.waitUntil(lambda: "asked for 3 more since" in panel.download_line.toolTip(),
                    timeout=10000)
    assert panel.downloads.dialog is None
    assert not [d for d in panel.findChildren(QFileDialog) if d.isVisible()]
    assert panel.download_line.text().startswith("expenses.csv was not saved: you cancelled · "
                                                 "the page asked for ")
    assert _saved(home / "Downloads") == []
    with qtbot.waitSignal(panel.loaded, timeout=20000):  # Reload: its timer is gone too
        qtbot.mouseClick(panel.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Export CSV" in _page_text(qtbot, panel), timeout=10000)

    # Save: the file lands where the person said, and the line says where, with its folder.
    # A page that downloads again and again gets one dialog, not a pile of them
    panel.view.page().runJavaScript("for (let i = 0; i < 3; i++) " + click_export)
    qtbot.waitUntil(lambda: panel.downloads.dialog is not None
                    and panel.downloads.dialog.isVisible(), timeout=10000)
    qtbot.wait(500)
    assert [d for d in panel.findChildren(QFileDialog) if d.isVisible()] == \
        [panel.downloads.dialog]
    target = home / "Downloads" / "my expenses.csv"
    _answer(qtbot, panel.downloads.dialog, target)
    qtbot.waitUntil(lambda: target.exists(), timeout=10000)
    qtbot.waitUntil(lambda: panel.download_line.text().startswith("Saved"), timeout=10000)
    # nothing else reached the folder: not the refused ones, not Chromium's partial files
    assert _saved(home / "Downloads") == ["my expenses.csv"]
    header = target.read_text().splitlines()[0]
    assert header.startswith("Date,")
    assert panel.download_line.text().startswith(
        "Saved my expenses.csv to ~/Downloads · <a href='file://")
    assert panel.download_line.text().endswith(
        "'>Show in folder</a> · the page asked for 2 more meanwhile: not saved")

    # A download past the cap is not taken at all (it would fill the temporary folder first)
    monkeypatch.setattr(page_files, "MAX_BYTES", 10)
    panel.view.page().runJavaScript(click_export)
    qtbot.waitUntil(lambda: "over 200 MB" in panel.download_line.text(), timeout=10000)
    assert panel.download_line.text() == f"expenses.csv was not saved: {page_files.TOO_BIG}"
    assert panel.downloads.dialog is None

    # Import CSV: the page's file input opens in Documents; the saved file comes back in
    rows_before = _page_text(qtbot, panel)
    seen: list[Path] = []

    started = time.monotonic()

    def answer_import() -> None:  # the file dialog runs its own loop: answered from a timer
        dialog = getattr(panel.view, "file_dialog", None)
        if dialog is None or not dialog.isVisible():
            return
        if not seen:
            seen.append(Path(dialog.directory().absolutePath()))
        if time.monotonic() - started > 30:  # never left open: the test fails, not hangs
            dialog.reject()
        else:
            _answer(qtbot, dialog, target)

    poll = QTimer(interval=50)
    poll.timeout.connect(answer_import)
    poll.start()
    where: list = []
    panel.view.page().runJavaScript(
        "(() => { const l = document.getElementById('import').closest('label');"
        " l.scrollIntoView({block: 'center'}); const r = l.getBoundingClientRect();"
        " return `${r.x + r.width / 2},${r.y + r.height / 2}`; })()", 0, where.append)
    qtbot.waitUntil(lambda: bool(where), timeout=5000)
    qtbot.wait(200)  # the scroll is drawn before the click
    target_widget = panel.view.focusProxy() or panel.view
    x, y = (int(float(v)) for v in str(where[0]).split(","))
    qtbot.mouseClick(target_widget, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == [home / "Documents"]
    qtbot.waitUntil(lambda: "rows imported" in _page_text(qtbot, panel), timeout=10000)
    assert rows_before != _page_text(qtbot, panel)
    poll.stop()


@needs_webengine
def test_chromium_writes_nothing_in_downloads_while_the_page_is_asked_about(
        qtbot, make_panel, tmp_path, monkeypatch) -> None:
    """The hidden ".org.chromium.Chromium.*" file of a first download: Chromium writes a
    download's first bytes in QtWebEngine's process-wide default directory (the person's
    Downloads) until it knows where the download goes. Made certain here by answering the
    request 1.5 s late, as a busy machine may: it was in ~/Downloads every time, now it is
    in Devora's staging folder."""
    from PySide6.QtCore import QTimer

    home = Path.home()
    (home / "Downloads").mkdir()
    answer = page_files.PageDownloads._on_requested

    def late(self, request) -> None:
        QTimer.singleShot(1500, lambda: answer(self, request))

    monkeypatch.setattr(page_files.PageDownloads, "_on_requested", late)
    panel = _expenses_panel(qtbot, make_panel, tmp_path)
    panel.view.page().runJavaScript("document.getElementById('export').click()")
    seen: set[str] = set()
    staged: set[str] = set()
    deadline = time.monotonic() + 1.2
    while time.monotonic() < deadline:  # while the request waits for its answer
        seen |= {p.name for p in (home / "Downloads").iterdir()}
        staged |= {p.name for p in page_files.staging_root().rglob("*")}
        qtbot.wait(20)
    assert seen == set()
    assert any(n.startswith(".org.chromium.Chromium.") for n in staged), staged
    qtbot.waitUntil(lambda: panel.downloads.dialog is not None, timeout=10000)
    qtbot.keyClick(panel.downloads.dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.download_line.isVisible(), timeout=5000)
    assert _saved(home / "Downloads") == []
