"""The project verbs of the window: File › Open folder…, and Rename, Duplicate, Delete (with
Undo delete), Reveal and Open recent from the Project menu and the project list's context
menu. The same engine calls as `devora projects import|rename|duplicate|delete`.

No nested event loop: every question is a dialog opened with ``open()`` whose answer signal
does the work; slow work (copying, reading a big repository) runs off the Qt thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QLineEdit, QMenu

from devora_desktop.core.errors import sentence
from devora_desktop.core.words import plural
from devora_desktop.ui import dialogs
from devora_desktop.ui.confirm import confirm

if TYPE_CHECKING:
    from devora_desktop.ui.shell import ActionsShell

RECENT = 8


def clones() -> Path:
    """Where a cloned repository goes (the Clone dialog names it)."""
    return Path.home() / "Devora"


class ProjectActions:
    def __init__(self, window: ActionsShell, file_menu: QMenu, project_menu: QMenu) -> None:
        self.w = window
        self.undo_token: str | None = None
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
                                  ("delete", "&Delete…", None), ("undo", "&Undo delete", None),
                                  ("ledger", "What the last run &sent…", None),
                                  ("pull", "&Pull from its remote", None)):
            action = project_menu.addAction(label)
            if keys:
                action.setShortcut(QKeySequence(keys))
            self.actions[verb] = action
            action.triggered.connect(lambda _c=False, v=verb: self.do(v, self.w.current.id))
        self.actions["undo"].setEnabled(False)
        window.reveal_action.setText("Reveal in file manager")
        project_menu.aboutToShow.connect(self._on_project_menu_about_to_show)
        self.open_folder_action.triggered.connect(self.open_folder)
        self.clone_action.triggered.connect(lambda: self.ask_clone())
        window.projects.verb_requested.connect(self.do)

    # ---- verbs -------------------------------------------------------------------------------
    def do(self, verb: str, project_id: str | None) -> None:
        if verb == "undo":
            return self._undo_delete()
        if not project_id:
            return self.w.notifier.notify("Choose a project first")
        c = self.w.controller
        if c.running and verb == "rename" and project_id == c.project_id:
            # the run saves its project's record when it ends, with the name it began with
            return self.w.notifier.notify("A run is going in this project: rename it when "
                                          "the run ends (or stop it with Esc)")
        # a run writes its own project's folder only: another can be renamed meanwhile
        if c.running and verb not in ("reveal", "rename"):
            return self.w.notifier.notify("A run is in progress: stop it (Esc) or wait")
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
            if project_id != self.w.current.id:
                self.w.current.set(project_id)
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

        runs = self.w.ctx.store.runs.list(project_id=project.id)
        lines = ledger_lines(runs[-1]) if runs else ["No run yet: nothing was sent."]
        box = QMessageBox(QMessageBox.Icon.Information, "What the last run sent", lines[0],
                          QMessageBox.StandardButton.Close, self.w)
        box.setInformativeText("\n".join(lines[1:]) or "Nothing else to show.")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.w.ledger_box = box

    def _ask_name(self, project) -> None:
        dialog = QInputDialog(self.w)
        dialog.setWindowTitle("Rename project")
        # the name is Devora's: a title the app shows was written into its files (renaming
        # "Barber shop · Bookings" left the page saying so, and nothing said why)
        # offline the chat refuses every change: its advice led nowhere (walk7 #8)
        how = ("a model can change it from the chat (add one in Settings)"
               if self.w.status.offline else "ask for a new one in the chat")
        dialog.setLabelText(f"New name for {self.shown(project)}:\n(the name in Devora; the title "
                            f"the app shows stays as built: {how}" + (
                                ", and the folder on disk keeps its own name)"
                                if project.folder else ")"))
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
            return self.w.notifier.notify(exc.one_line())
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
                      "Devora forgets its conversation and runs. Project › Undo delete "
                      "brings it back.")
            action = "Remove from Devora"
        else:
            text = f"Delete {name}?"
            detail = ("Its folder, versions and conversation go to Devora's trash for a week: "
                      "Project › Undo delete brings them back.")
            action = "Delete"
        confirm(self.w, action, text, action, lambda: self._delete(project, name), detail)

    def _delete(self, project, name: str) -> None:
        profile = self.w.center.preview.release(project.id)
        if profile is not None:  # its preview's storage goes with it, once let go of
            profile.destroyed.connect(lambda: self._delete(project, name))
            return
        self.undo_token = self.w.ctx.store.projects.delete_undoably(project.id)
        self.actions["undo"].setEnabled(True)
        self.actions["undo"].setText(f"&Undo delete of {name}")
        if self.w.current.id == project.id:
            self.w.current.set(None)
        self.refresh()
        gone = "Removed from Devora (the folder stays)" if project.folder else "Deleted"
        self.w.notifier.notify(f"{gone}: {name}. Project › Undo delete brings it back")

    def _undo_delete(self) -> None:
        if self.undo_token is None:
            return
        project = self.w.ctx.store.projects.undelete(self.undo_token)
        self.undo_token = None
        self.actions["undo"].setEnabled(False)
        self.actions["undo"].setText("&Undo delete")
        self.refresh()
        self.w.project_view.choose(project.id)
        self.w.notifier.notify(f"Brought back {self.shown(project)}")

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
        self.recent_menu.clear()
        for p in self.w.ctx.store.projects.list()[:RECENT]:
            action = self.recent_menu.addAction(p.name)
            action.triggered.connect(lambda _c=False, pid=p.id: self._open_recent(pid))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("No projects yet").setEnabled(False)

    def _open_recent(self, project_id: str) -> None:
        self.w.project_view.choose(project_id)

    def _on_project_menu_about_to_show(self) -> None:
        has = bool(self.w.current.id)
        for verb in ("rename", "duplicate", "delete", "ledger"):
            self.actions[verb].setEnabled(has)
        self.w.reveal_action.setEnabled(has)  # with no project it did nothing at all
        self.actions["pull"].setEnabled(False)
        if has:
            opened = bool(self.w.ctx.store.projects.get(self.w.current.id).folder)
            self.actions["pull"].setEnabled(opened)
            self.actions["delete"].setText("&Remove from Devora…" if opened else "&Delete…")

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
