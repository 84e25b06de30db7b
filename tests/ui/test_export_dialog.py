"""Export: locked targets are visible with a lock before use; errors point somewhere real."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from tests.ui.drive import answer, pick, retype


@pytest.fixture
def project(ctx):
    p = ctx.store.projects.create("Task Garden")
    ws = ctx.store.workspace(p.id)
    ws.write_file("index.html", "<h1>tasks</h1>")
    ws.commit("v1")
    return p.id


@pytest.fixture
def open_dialog(ctx, qtbot, aloop, project):
    from devora_desktop.ui.export_dialog import ExportDialog

    def make() -> ExportDialog:
        d = ExportDialog(ctx, project)
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
        qtbot.waitUntil(d.go.isEnabled)  # the project looked at (off the Qt thread)
        return d

    return make


def test_free_shows_github_and_vercel_locked_before_use(qtbot, open_dialog) -> None:
    d = open_dialog()
    items = {d.target.itemData(i): d.target.itemText(i) for i in range(d.target.count())}
    assert list(items) == ["zip", "folder", "github", "vercel"]
    assert "Pro" in items["github"] and "Pro" in items["vercel"]
    assert "Pro" not in items["zip"]
    for i in range(d.target.count()):
        assert not d.target.itemIcon(i).isNull()  # an icon, not a font glyph
    assert not d.lock_line.isVisible() and d.go.isEnabled()
    pick(qtbot, d.target, "GitHub")
    assert d.lock_line.isVisible()
    assert "GitHub export needs Pro" in d.lock_line.text() and "License" in d.lock_line.text()
    assert not d.go.isEnabled()
    pick(qtbot, d.target, "Vercel")
    assert "Vercel deploy needs Pro" in d.lock_line.text()
    pick(qtbot, d.target, "Zip")
    assert not d.lock_line.isVisible() and d.go.isEnabled()


def test_missing_token_is_said_when_the_target_is_picked(ctx, qtbot, open_dialog) -> None:
    """Walk4 #19b: the dialog knew no token was set, offered Export, and said so only after
    the click. Now the line and the way to Settings › Accounts show with the target, and
    Export waits for a token."""
    from devora_desktop.ui.settings_dialog import SettingsDialog
    from tests.conftest import install_pro_license

    install_pro_license(ctx)
    d = open_dialog()
    assert not d.token_line.isVisible() and d.go.isEnabled()  # a zip needs no token
    pick(qtbot, d.target, "GitHub")
    assert "Pro" not in d.target.currentText() and not d.lock_line.isVisible()
    assert d.token_line.isVisible() and d.accounts.isVisible()
    assert d.token_line.text() == ("No GitHub token is set yet: add one in Settings › "
                                   "Accounts.")
    assert not d.go.isEnabled() and d.result.text() == ""
    with qtbot.waitSignal(d.accounts_requested, timeout=1000):
        qtbot.mouseClick(d.accounts, Qt.MouseButton.LeftButton)
    pick(qtbot, d.target, "Vercel")
    assert d.token_line.text().startswith("No Vercel token is set yet")
    pick(qtbot, d.target, "Zip")
    assert not d.token_line.isVisible() and d.go.isEnabled()
    # ...and that place exists, with the field to paste the token into
    s = SettingsDialog(ctx, {})
    qtbot.addWidget(s)
    tabs = [s.tabs.tabText(i) for i in range(s.tabs.count())]
    assert "Accounts" in tabs
    assert s.github_token.window() is s


def test_exports_show_a_bar_and_keep_the_dialogs_height(qtbot, open_dialog, tmp_path) -> None:
    """Walk4 #8 and #19: the progress was a log of "3/6 files" lines, and the dialog grew
    taller with each attempt."""
    d = open_dialog()
    heights = []
    for name in ("a.zip", "b.zip", "c.zip"):
        retype(qtbot, d.dest, str(tmp_path / name))
        qtbot.mouseClick(d.go, Qt.MouseButton.LeftButton)
        export_and_wait(qtbot, d)
        assert d.bar.isVisible() and d.bar.value() == d.bar.maximum() == 1
        assert d.bar.text() == "1 of 1 file" and not d.log.isVisible()
        heights.append(d.height())
    assert heights[0] == heights[1] == heights[2], heights


def export_and_wait(qtbot, d) -> None:
    qtbot.waitUntil(lambda: d.go.isEnabled() and "Done" in d.result.text(), timeout=10000)


def export_after_asking(qtbot, d, dest, question: str, answer_text: str) -> None:
    """Type ``dest``, press Export, check the question names ``question``, answer."""
    retype(qtbot, d.dest, str(dest))
    qtbot.mouseClick(d.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(d, "confirm_box", None) is not None)
    assert question in d.confirm_box.text()
    answer(qtbot, d, answer_text)
    export_and_wait(qtbot, d)


def test_export_over_an_existing_zip_asks_first(qtbot, open_dialog, tmp_path) -> None:
    """Export silently overwrote an existing zip: now it asks, and Cancel keeps the file."""
    zip_path = tmp_path / "mine.zip"
    zip_path.write_bytes(b"my own zip")
    d = open_dialog()
    retype(qtbot, d.dest, str(zip_path))
    qtbot.mouseClick(d.go, Qt.MouseButton.LeftButton)
    answer(qtbot, d, "Cancel")
    assert zip_path.read_bytes() == b"my own zip" and d.result.text() == ""
    qtbot.mouseClick(d.go, Qt.MouseButton.LeftButton)
    answer(qtbot, d, "Replace it")
    export_and_wait(qtbot, d)
    assert zip_path.read_bytes().startswith(b"PK")


def test_export_to_a_link_replaces_the_link_never_its_target(qtbot, open_dialog,
                                                             tmp_path) -> None:
    victim = tmp_path / "victim.zip"
    victim.write_bytes(b"not yours")
    link = tmp_path / "out.zip"
    link.symlink_to(victim)
    d = open_dialog()
    export_after_asking(qtbot, d, link, "symbolic link", "Replace the link")
    assert victim.read_bytes() == b"not yours"
    assert not link.is_symlink() and link.read_bytes().startswith(b"PK")


def test_export_into_a_folder_with_files_asks_first(qtbot, open_dialog, tmp_path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me")
    d = open_dialog()
    pick(qtbot, d.target, "Folder")
    retype(qtbot, d.dest, str(folder))
    qtbot.mouseClick(d.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(d, "confirm_box", None) is not None)
    # walk9 #8: nothing there is replaced, so the question is not "Replace what is there?"
    assert d.confirm_box.windowTitle() == "Export beside the files there?"
    assert d.confirm_box.text() == (f"The folder {folder} already holds 1 item; none of them "
                                    "has the name of a file the export writes.")
    answer(qtbot, d, "Export into it")
    export_and_wait(qtbot, d)
    assert (folder / "notes.txt").read_text() == "keep me"
    assert (folder / "index.html").read_text() == "<h1>tasks</h1>"


def test_browse_picks_the_destination(qtbot, open_dialog, tmp_path) -> None:
    """There was no Browse button: a path had to be typed."""
    from PySide6.QtWidgets import QFileDialog

    d = open_dialog()
    retype(qtbot, d.dest, str(tmp_path / "first.zip"))
    qtbot.mouseClick(d.browse, Qt.MouseButton.LeftButton)
    picker = d.findChild(QFileDialog)
    qtbot.waitUntil(lambda: picker.isVisible())
    name = picker.findChild(QLineEdit, "fileNameEdit")
    retype(qtbot, name, "chosen.zip")
    buttons = picker.findChild(QDialogButtonBox, "buttonBox")
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.dest.text() == str(tmp_path / "chosen.zip"))
    assert not (tmp_path / "chosen.zip").exists()  # choosing writes nothing yet


def test_export_into_a_folder_names_the_files_it_replaces(ctx, qtbot, open_dialog, project,
                                                          tmp_path) -> None:
    """Issue 23 (N6, walk8): the question said "already holds 8 items" and no more, so a
    person could not tell their own notes from an old export's files. It names the files
    the export replaces (the first five, the rest counted); the others stay untouched."""
    ws = ctx.store.workspace(project)
    for rel in ("styles.css", "app.js", "about.html", "img/logo.svg", "data.json", "faq.html"):
        ws.write_file(rel, f"/* {rel} v2 */")
    ws.commit("v2")
    folder = tmp_path / "site"
    (folder / "img").mkdir(parents=True)
    for rel in ("index.html", "styles.css", "app.js", "img/logo.svg", "data.json",
                "faq.html", "notes.txt"):
        (folder / rel).write_text("old")
    d = open_dialog()
    pick(qtbot, d.target, "Folder")
    retype(qtbot, d.dest, str(folder))
    qtbot.mouseClick(d.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(d, "confirm_box", None) is not None)
    said = d.confirm_box.text()
    assert d.confirm_box.windowTitle() == "Replace what is there?"
    assert said.startswith(f"The folder {folder} already holds 7 items; the export replaces "
                           "6 files there: "), said
    named = said.split(" there: ")[1]
    assert named.endswith(" and 2 other files."), said
    assert len([n for n in ("index.html", "styles.css", "app.js", "img/logo.svg", "data.json",
                            "faq.html") if n in named]) == 4
    assert "notes.txt" not in said and "about.html" not in said
    answer(qtbot, d, "Export into it")
    export_and_wait(qtbot, d)
    assert (folder / "notes.txt").read_text() == "old"
    assert (folder / "app.js").read_text() == "/* app.js v2 */"


def test_exporting_a_version_its_run_did_not_approve_says_so(ctx, qtbot, open_dialog,
                                                             project) -> None:
    """walk9 #8: a version its run ended "not approved" with (a known JS error) exported
    without a word. The dialog says so before Export; an approved one says nothing."""
    from devora_desktop.core.models import Mode, RunRecord, RunStatus

    head = ctx.store.workspace(project).head()
    ctx.store.runs.save(RunRecord(project_id=project, prompt="a task list", mode=Mode.WEB,
                                  provider="openai", model="m", version_id=head,
                                  status=RunStatus.FINISHED))
    d = open_dialog()
    qtbot.waitUntil(d.checked.done)
    assert not d.not_approved.isVisible()
    ctx.store.runs.save(RunRecord(
        project_id=project, prompt="add due dates", mode=Mode.WEB, provider="openai",
        model="m", version_id=head, status=RunStatus.NOT_APPROVED,
        review={"verdict": "not approved: app.js throws on load"}))
    d = open_dialog()
    qtbot.waitUntil(d.not_approved.isVisible)
    assert d.not_approved.text() == (
        "The last run ended not approved (app.js throws on load): the export holds that "
        "version as it is (fix it with another prompt first, or export it anyway).")
    assert d.go.isEnabled()  # said, not refused


def test_the_dialog_reads_runs_and_folders_off_the_qt_thread(ctx, qtbot, open_dialog, project,
                                                             tmp_path, monkeypatch) -> None:
    """Opening Export read the project's run records and git's HEAD on the Qt thread (to say
    whether the last run was approved); Export into a folder listed its files twice (the
    question's words, then the files they name)."""
    import threading

    from devora_desktop.core.export import local

    on_qt: list[str] = []
    runs_list = ctx.store.runs.list

    def runs(*args, **kw):
        if threading.current_thread() is threading.main_thread():
            on_qt.append("runs.list")
        return runs_list(*args, **kw)

    monkeypatch.setattr(ctx.store.runs, "list", runs)
    looks: list[str] = []
    real = local.replaced

    def replaced(dest, files):
        looks.append(str(dest))
        return real(dest, files)

    monkeypatch.setattr(local, "replaced", replaced)
    from devora_desktop.ui import export_dialog  # (it imported its own name for it)

    monkeypatch.setattr(export_dialog, "replaced", replaced, raising=False)
    d = open_dialog()
    qtbot.waitUntil(d.checked.done)
    assert on_qt == []
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "index.html").write_text("old")
    pick(qtbot, d.target, "Folder")
    retype(qtbot, d.dest, str(folder))
    qtbot.mouseClick(d.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(d, "confirm_box", None) is not None)
    assert "replaces 1 file there: index.html" in d.confirm_box.text()
    assert looks == [str(folder)]


def test_the_dialog_walks_the_project_off_the_qt_thread(ctx, qtbot, aloop, project,
                                                        monkeypatch) -> None:
    """Opening Export walked every file of the project and scanned it for secrets in the
    dialog's constructor, on the Qt thread (a big project froze the window). It says
    "Looking at the project…" with Export waiting, and fills in once the walk is done."""
    import threading

    from devora_desktop.ui import export_dialog
    from devora_desktop.ui.export_dialog import LOOKING, ExportDialog

    walked_on: list[bool] = []
    go_on = threading.Event()
    real = export_dialog.make_plan

    def make_plan(*args):
        walked_on.append(threading.current_thread() is threading.main_thread())
        go_on.wait(10)
        return real(*args)

    monkeypatch.setattr(export_dialog, "make_plan", make_plan)
    d = ExportDialog(ctx, project)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    qtbot.waitUntil(lambda: walked_on == [False])
    assert d.files_line.text() == LOOKING and d.files_line.isVisible()
    assert not d.go.isEnabled()
    go_on.set()
    qtbot.waitUntil(d.go.isEnabled)
    assert d.files_line.text().startswith("1 file (no .git")
