"""The project verbs of the window: File › Open folder…, and Rename, Duplicate, Delete (with
Undo delete and Recently deleted…), Reveal and Open recent from the Project menu and the
project list's context menu. The same engine calls as `devora projects
import|rename|duplicate|delete|trash|restore`.

No nested event loop: every question is a dialog opened with ``open()`` whose answer signal
does the work; slow work (copying, reading a big repository) runs off the Qt thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QLineEdit, QMenu

from devora_desktop.core.errors import sentence
from devora_desktop.core.words import plural
from devora_desktop.ui import dialogs
from devora_desktop.ui.confirm import confirm
from devora_desktop.ui.projects_panel import grey_with_reasons

if TYPE_CHECKING:
    from devora_desktop.core.store import Trashed
    from devora_desktop.ui.shell import ActionsShell
    from devora_desktop.ui.trash_dialog import TrashDialog

RECENT = 8
#: how often an open window reads the trash again (and purges what is past its week)
TRASH_CHECK_MS = 15 * 60 * 1000
T = TypeVar("T")


def clones() -> Path:
    """Where a cloned repository goes (the Clone dialog names it)."""
    return Path.home() / "Devora"


class ProjectActions:
    def __init__(self, window: ActionsShell, file_menu: QMenu, project_menu: QMenu) -> None:
        self.w = window
        #: what the trash keeps, the latest deletion first (read off the Qt thread)
        self.trashed: list[Trashed] = []
        self.trash_dialog: TrashDialog | None = None
        self.trash_timer = QTimer(window, interval=TRASH_CHECK_MS)
        self.trash_timer.timeout.connect(
            lambda: self.w.tasks.spawn(self._in_trash(None), name="read-trash"))
        self.open_folder_action = QAction("&Open folder…", window)
        self.open_folder_action.setShortcut(QKeySequence.StandardKey.Open)
        self.clone_action = QAction("&Clone repository…", window)
        first = file_menu.actions()[0]
        file_menu.insertAction(first, self.open_folder_action)
        file_menu.insertAction(first, self.clone_action)
        file_menu.insertSeparator(first)
        self.recent_menu = project_menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        project_menu.addSeparator()
        self.actions: dict[str, QAction] = {}
        for verb, label, keys in (("rename", "&Rename…", "F2"), ("duplicate", "D&uplicate", None),
                                  ("delete", "&Delete…", None), ("waits", "", None),
                                  ("undo", "&Undo delete", None),
                                  ("trash", "Recently dele&ted…", None),
                                  ("ledger", "What the last run &sent…", None),
                                  ("pull", "&Pull from its remote", None)):
            action = project_menu.addAction(label)
            if keys:
                action.setShortcut(QKeySequence(keys))
            self.actions[verb] = action
            action.triggered.connect(lambda _c=False, v=verb: self.do(v, self.w.current.id))
        self.actions["undo"].setEnabled(False)
        self.actions["waits"].setEnabled(False)  # the line that says why others are grey
        self.actions["waits"].setVisible(False)
        project_menu.setToolTipsVisible(True)
        window.projects.why_not = self.why_not
        window.reveal_action.setText("Reveal in file manager")
        project_menu.aboutToShow.connect(self._on_project_menu_about_to_show)
        self.open_folder_action.triggered.connect(self.open_folder)
        self.clone_action.triggered.connect(lambda: self.ask_clone())
        window.projects.verb_requested.connect(self.do)
        window.controller.running_changed.connect(self._on_running_changed)

    # ---- verbs -------------------------------------------------------------------------------
    def attach(self) -> None:
        """The data folder is open: what its trash keeps (Undo delete outlives a restart),
        read again every :data:`TRASH_CHECK_MS` so an entry whose week ends while the window
        stays open is purged and leaves Undo delete and Recently deleted…"""
        self.w.tasks.spawn(self._in_trash(None), name="read-trash")
        self.trash_timer.start()

    def why_not(self, verb: str, project_id: str) -> str | None:
        """Why ``verb`` cannot be done to the project now (the menus grey it with this
        reason: offered, then refused by the status bar, read as broken — walk12 #14 c)."""
        c = self.w.controller
        if not c.running or verb == "reveal":
            return None
        if project_id == c.project_id:
            # the run saves its project's record when it ends, with the name it began with
            return ("A run is going in this project: Rename, Duplicate and Delete wait for it "
                    "(Esc stops it)")
        if verb != "rename":  # a run writes its own project's folder only: a rename is safe
            return "A run is going: Duplicate and Delete wait for it (Esc stops it)"
        return None

    def do(self, verb: str, project_id: str | None) -> None:
        if verb == "undo":
            return self.restore(self.trashed[0].token) if self.trashed else None
        if verb == "trash":
            return self.show_trash()
        if not project_id:
            return self.w.notifier.notify("Choose a project first")
        if reason := self.why_not(verb, project_id):  # F2 does not pass through a menu
            return self.w.notifier.notify(reason)
        project = self.w.ctx.store.projects.get(project_id)
        if verb == "rename":
            self._ask_name(project)
        elif verb == "duplicate":
            self.w.tasks.spawn(self._duplicate(project.id), name="duplicate")
        elif verb == "delete":
            self._ask_delete(project)
        elif verb == "pull":
            self.w.tasks.spawn(self._pull(project), name="pull")
        elif verb == "ledger":
            self._show_ledger(project)
        elif verb == "reveal":
            self.w.project_view.choose(project_id)  # what was typed stays with its project
            dialogs.reveal(self.w)

    def shown(self, project) -> str:
        """The project's name as its list row shows it: two "Ride Log" read "Ride Log ·
        Dec 06 00:47" there, and a dialog saying only "Delete Ride Log?" did not say which
        (walk10 #11)."""
        from devora_desktop.ui.projects_panel import shown_name

        return shown_name(self.w.ctx.store.projects.list(), project)

    def _show_ledger(self, project) -> None:
        """The egress ledger of the project's last run: what left the machine, and where."""
        from PySide6.QtWidgets import QMessageBox

        from devora_desktop.core.egress import ledger_lines
        from devora_desktop.ui.confirm import widen

        runs = self.w.ctx.store.runs.list(project_id=project.id)
        lines = ledger_lines(runs[-1]) if runs else ["No run yet: nothing was sent."]
        box = QMessageBox(QMessageBox.Icon.Information, "What the last run sent", lines[0],
                          QMessageBox.StandardButton.Close, self.w)
        # plain (file names a model chose), a call a line
        box.setTextFormat(Qt.TextFormat.PlainText)
        widen(box, "\n".join(lines[1:]) or "Nothing else to show.")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.w.ledger_box = box

    def _ask_name(self, project) -> None:
        dialog = QInputDialog(self.w)
        dialog.setWindowTitle("Rename project")
        # the name is Devora's: a title the app shows was written into its files (renaming
        # "Barber shop · Bookings" left the page saying so, and nothing said why)
        # offline the chat refuses every change: its advice led nowhere (walk7 #8)
        how = ("add a model in Settings, then ask in the chat" if self.w.status.offline
               else "ask in the chat")
        keeps = "The app's own title" + (" and the folder on disk keep their names"
                                         if project.folder else " stays as built")
        # one short line under the field, wrapped (walk24 #9: one 700 px line in brackets)
        dialog.setLabelText(f"New name for {self.shown(project)} in Devora.\n"
                            f"{keeps}; to change the title, {how}.")
        label = dialog.findChild(QLabel)
        if label is not None:
            label.setWordWrap(True)
        dialog.setTextValue(project.name)
        # Qt's default fits "Rename project" in 200 px: a window manager cut its title
        # ("Renam…roject") and a long name scrolled out of its box
        field = dialog.findChild(QLineEdit)  # made by setTextValue
        field.setMinimumWidth(field.fontMetrics().averageCharWidth() * 48)
        dialog.textValueSelected.connect(lambda name: self._rename(project.id, name))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.w.rename_dialog = dialog

    def _rename(self, project_id: str, name: str) -> None:
        from devora_desktop.core.errors import DevoraError

        if not name.strip():
            return self.w.notifier.notify("A project needs a name: nothing was changed")
        try:
            renamed = self.w.ctx.store.projects.rename(project_id, name.strip())
        except DevoraError as exc:
            return self.w.notifier.notify(exc.one_line(window=True))
        self.refresh()
        if project_id == self.w.current.id:
            self.w.chat.set_target(self.shown(renamed))
        self.w.notifier.notify(f"Renamed to {renamed.name}")

    async def _duplicate(self, project_id: str) -> None:
        copy = await self.w.tasks.off_thread(self.w.ctx.store.projects.duplicate, project_id)
        self.refresh()
        self.w.project_view.choose(copy.id)
        self.w.notifier.notify(f"Duplicated as {copy.name}")

    def _ask_delete(self, project) -> None:
        name = self.shown(project)
        if project.folder:
            text = f"Remove {name} from Devora?"
            detail = (f"The folder {project.folder} and its git history stay as they are; "
                      "Devora forgets its conversation and runs. For a week, Project › Undo "
                      "delete or Recently deleted… brings it back (after a restart too).")
            action = "Remove from Devora"
        else:
            text = f"Delete {name}?"
            detail = ("Its folder, versions and conversation go to Devora's trash for a week: "
                      "Project › Undo delete or Recently deleted… brings them back, after a "
                      "restart too.")
            action = "Delete"
        confirm(self.w, action, text, action, lambda: self._delete(project, name), detail)

    def _delete(self, project, name: str) -> None:
        profile = self.w.center.preview.release(project.id)
        if profile is not None:  # its preview's storage goes with it, once let go of
            profile.destroyed.connect(lambda: self._delete(project, name))
            return
        self.w.tasks.spawn(self._delete_now(project, name), name="delete")

    async def _delete_now(self, project, name: str) -> None:
        if self.w.current.id == project.id:  # first: its panels stop reading the folder;
            # the words and Pick's chip typed for it go with it (and come back with Undo
            # delete): a new project's run went out "[on Heading …]" of a page now gone
            self.w.project_view.choose(None)
        await self._in_trash(self.w.ctx.store.projects.delete_undoably, project.id, name)
        self.refresh()
        gone = "Removed from Devora (the folder stays)" if project.folder else "Deleted"
        self.w.notifier.notify(f"{gone}: {name}. Project › Undo delete brings it back")

    # ---- the trash: Undo delete, Recently deleted… ------------------------------------------
    async def _in_trash(self, change: Callable[..., T] | None, *args: object) -> T | None:
        """``change`` to the trash, then the trash as it is, both off the Qt thread; Undo
        delete and an open Recently deleted… list follow it before anything else is shown.
        Raises what ``change`` raised, the trash read again all the same."""
        store = self.w.ctx.store

        def work() -> tuple[T | None, BaseException | None, list[Trashed]]:
            result, error = None, None
            try:
                result = change(*args) if change else None
            except Exception as exc:  # raised below, on the Qt thread
                error = exc
            store.projects.purge_expired()  # a week over while the window stayed open
            return result, error, store.projects.trashed()

        result, error, self.trashed = await self.w.tasks.off_thread(work)
        undo = self.actions["undo"]
        undo.setEnabled(bool(self.trashed))
        label = self.trashed[0].label.replace("&", "&&") if self.trashed else ""  # not a key
        undo.setText(f"&Undo delete of {label}" if self.trashed
                     else "&Undo delete")
        if self.trash_dialog is not None:
            self.trash_dialog.set_items(self.trashed)
        if error is not None:
            raise error
        return result

    def restore(self, token: str) -> None:
        self.w.tasks.spawn(self._restore(token), name="restore-deleted")

    async def _restore(self, token: str) -> None:
        project = await self._in_trash(self.w.ctx.store.projects.undelete, token)
        self.refresh()
        self.w.project_view.choose(project.id)
        self.w.notifier.notify(f"Brought back {self.shown(project)}")

    def show_trash(self) -> None:
        from devora_desktop.ui.trash_dialog import TrashDialog

        if self.trash_dialog is None:
            self.trash_dialog = TrashDialog(self.w)
            self.trash_dialog.restore_requested.connect(self.restore)
            self.trash_dialog.purge_requested.connect(self._ask_purge)
            self.trash_dialog.destroyed.connect(lambda: setattr(self, "trash_dialog", None))
            self.trash_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.trash_dialog.set_items(self.trashed)
        self.trash_dialog.open()
        self.w.tasks.spawn(self._in_trash(None), name="read-trash")  # another Devora's deletes

    def _ask_purge(self, token: str) -> None:
        gone = next((t for t in self.trashed if t.token == token), None)
        if gone is None:
            return
        confirm(self.trash_dialog or self.w, "Delete now", f"Delete {gone.label} now?",
                "Delete now", lambda: self.w.tasks.spawn(self._purge(gone), name="purge"),
                "Its folder, versions and conversation are deleted for good: nothing can "
                "bring them back." if not gone.project.folder else
                f"Devora's record of it is deleted for good; the folder {gone.project.folder} "
                "stays as it is.")

    async def _purge(self, gone: Trashed) -> None:
        await self._in_trash(self.w.ctx.store.projects.purge, gone.token)
        self.w.notifier.notify(f"Deleted {gone.label} for good")

    # ---- open a folder, open recent -------------------------------------------------------------
    def open_folder(self) -> None:
        if self.w.controller.running:
            return self.w.notifier.notify("A run is in progress: stop it (Esc) or wait")
        dialog = QFileDialog(self.w, "Open a project folder", str(Path.home()))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        # fileSelected is not emitted for a typed folder in Directory mode: read the choice
        dialog.accepted.connect(lambda: self._chosen(dialog.selectedFiles()[0]))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.w.open_folder_dialog = dialog

    def _chosen(self, path: str) -> None:
        """A folder without git: Devora keeps its versions in a .git it would add to the
        person's own folder (a client's site, a synced folder), so it asks first."""
        folder = Path(path)
        if not folder.is_dir() or (folder / ".git").exists():
            self.w.tasks.spawn(self._import(path), name="open-folder")
            return
        confirm(self.w, "Open folder", f"Make {folder.name} a git repository?",
                "Make it and open",
                lambda: self.w.tasks.spawn(self._import(path), name="open-folder"),
                f"Devora keeps every version of a project with git: it adds a .git folder "
                f"to {folder}, and your files as they are become the first version. Nothing "
                "else in the folder changes; deleting .git later removes the versions.")

    async def _import(self, path: str) -> None:
        from devora_desktop.core.importer import import_folder

        report = await self.w.tasks.off_thread(import_folder, self.w.ctx.store, path)
        self.refresh()
        self.w.project_view.choose(report.project.id)
        branch = f" on {report.branch}" if report.branch else ""
        made = "; Devora made a git repository there" if any(
            "no git repository" in n for n in report.notes) else ""
        self.w.notifier.notify(f"Opened {report.project.name}{branch}: "
                               f"{plural(len(report.listing.files), 'file')}{made}")
        ws = self.w.ctx.store.workspace(report.project.id)
        mine = await self.w.tasks.off_thread(ws.commit_candidates)
        if mine and report.project.commit_edits is None:
            self._ask_edits(report.project.id, len(mine))

    def _ask_edits(self, project_id: str, count: int) -> None:
        """Once per project: may a run first save the person's own uncommitted changes as a
        "Your edits" commit? Either way they are never mixed into an agent's commit."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, "Your uncommitted changes",
                          f"This folder has {plural(count, 'file')} with changes you have not "
                          "committed. Before each run, save them as their own commit "
                          "\"Your edits\" (under your git name)?", parent=self.w)
        box.setInformativeText("Either way Devora's commits hold only the files it wrote, and "
                               "secret files (.env, keys) are never committed.")
        save = box.addButton("Save as your edits", QMessageBox.ButtonRole.AcceptRole)
        leave = box.addButton("Leave them alone", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(leave)
        save.clicked.connect(lambda: self._set_commit_edits(project_id, True))
        leave.clicked.connect(lambda: self._set_commit_edits(project_id, False))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.w.confirm_box = box

    def _set_commit_edits(self, project_id: str, yes: bool) -> None:
        project = self.w.ctx.store.projects.get(project_id)
        project.commit_edits = yes
        self.w.ctx.store.projects.save(project, touch=False)
        self.w.notifier.notify("Your uncommitted changes will be saved as \"Your edits\" "
                               "before each run" if yes else
                               "Your uncommitted changes stay as they are")

    def ask_clone(self, url: str = "", failed: str = "") -> None:
        """The address to clone; after a failed clone (``failed``: why, in one line) the
        dialog comes back with the address kept, so trying again is one Return."""
        if self.w.controller.running:
            return self.w.notifier.notify("A run is in progress: stop it (Esc) or wait")
        dialog = QInputDialog(self.w)
        dialog.setWindowTitle("Clone a repository")
        dialog.setLabelText((f"{sentence(failed)}\n\n" if failed else "")
                            + "Repository address (https://…; a private one uses your stored "
                            f"GitHub token). It is cloned into {clones()}.")
        dialog.setTextValue(url)
        for label in dialog.findChildren(QLabel):  # a long address wraps, not widens it
            label.setWordWrap(True)
        dialog.textValueSelected.connect(self._on_clone_url)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.w.clone_dialog = dialog

    def _on_clone_url(self, url: str) -> None:
        url = url.strip()
        if not url:
            return
        name = url.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git") or "repository"
        base = clones()
        target, n = base / name, 2
        while target.exists():
            target, n = base / f"{name}-{n}", n + 1
        self.w.notifier.notify(f"Cloning {url}…")
        self.w.tasks.spawn(self._clone(url, target), name="clone")

    async def _clone(self, url: str, target: Path) -> None:
        from devora_desktop.core.errors import DevoraError
        from devora_desktop.core.gitsync import clone
        from devora_desktop.core.importer import import_folder

        ctx = self.w.ctx
        token = ctx.secrets.get("github")  # on this thread: the secret store is not shared
        try:
            await self.w.tasks.off_thread(clone, url, target, token)
        except DevoraError as exc:  # "Cloning https://…" stayed in the status bar
            self.w.notifier.notify(f"Could not clone {url}: nothing was made")
            return self.ask_clone(url, exc.one_line(window=True))
        report = await self.w.tasks.off_thread(import_folder, ctx.store, target)
        self.refresh()
        self.w.project_view.choose(report.project.id)
        self.w.notifier.notify(f"Cloned into {target}: {plural(len(report.listing.files), 'file')}")

    async def _pull(self, project) -> None:
        from devora_desktop.core.gitsync import pull

        ctx = self.w.ctx
        root = ctx.store.workspace(project.id).root
        result = await self.w.tasks.off_thread(pull, root, ctx.secrets.get("github"))
        if project.id == self.w.current.id:
            self.w.files.reload()
            self.w.history.reload()
        self.w.notifier.notify(f"{project.name}: {result.message}")

    def _fill_recent(self) -> None:
        from devora_desktop.ui.projects_panel import display_names

        self.recent_menu.clear()
        projects = self.w.ctx.store.projects.list()
        names = display_names(projects)  # as the list reads them: two "Ride Log" said
        for p in projects[:RECENT]:  # which by their date stamp there (walk12 #12 l)
            action = self.recent_menu.addAction(names[p.id].replace("&", "&&"))
            action.triggered.connect(lambda _c=False, pid=p.id: self._open_recent(pid))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("No projects yet").setEnabled(False)

    def _open_recent(self, project_id: str) -> None:
        self.w.project_view.choose(project_id)

    def _on_project_menu_about_to_show(self) -> None:
        pid = self.w.current.id
        has = bool(pid)
        for verb in ("rename", "duplicate", "delete", "ledger"):
            self.actions[verb].setEnabled(has)
        grey_with_reasons(self.actions, self.actions["waits"], lambda v: self.why_not(v, pid)
                          if pid else None)
        self.w.reveal_action.setEnabled(has)  # with no project it did nothing at all
        self.actions["pull"].setEnabled(False)
        if has:
            opened = bool(self.w.ctx.store.projects.get(self.w.current.id).folder)
            self.actions["pull"].setEnabled(opened)
            self.actions["delete"].setText("&Remove from Devora…" if opened else "&Delete…")

    def _on_running_changed(self, running: bool) -> None:
        """What a run greyed comes back when it ends: F2 (a shortcut of a greyed action)
        did nothing until the Project menu was opened again."""
        if not running:
            grey_with_reasons(self.actions, self.actions["waits"], lambda v: None)
            for verb in ("rename", "duplicate", "delete"):
                self.actions[verb].setEnabled(bool(self.w.current.id))

    def refresh(self) -> None:
        """The list again (a rename, a duplicate, an undone delete). During a run its row
        stays as the run shows it: a new project's in words, not under the name its plan
        gave it, and the running project with its mark."""
        from devora_desktop.ui.run_presenter import NEW_PROJECT

        c, projects = self.w.controller, self.w.ctx.store.projects.list()
        new = c.project_id if c.going and c.last is not None and c.last[2] is None else None
        self.w.projects.set_projects([p for p in projects if p.id != new] if new else projects,
                                     self.w.current.id)
        if new:
            self.w.projects.show_pending(NEW_PROJECT, new)
            self.w.projects.select(self.w.current.id)
        elif c.going and c.project_id:
            self.w.projects.mark_running(c.project_id)
