"""Opening the window's dialogs without a nested event loop (``open()``, never ``exec()``),
and connecting what they report back."""

from __future__ import annotations

import contextlib
import html
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QUrl

if TYPE_CHECKING:
    from devora_desktop.core.models import Project
    from devora_desktop.ui.license_dialog import LicenseDialog
    from devora_desktop.ui.settings_dialog import SettingsDialog
    from devora_desktop.ui.shell import CentreShell, DialogsShell, Services


def connect(w: DialogsShell) -> None:
    """The ways into the dialogs: the menus' entries and the empty state's Settings button."""
    w.settings_action.triggered.connect(lambda: open_settings(w))
    w.center.empty.settings_button.clicked.connect(lambda: open_settings(w))
    w.activity.settings_requested.connect(lambda: open_settings(w))
    w.export_action.triggered.connect(lambda: open_export(w))
    w.license_action.triggered.connect(lambda: open_license(w))
    w.status.plan_label.clicked.connect(lambda: open_license(w))  # the badge names it
    w.activity.upgrade_requested.connect(lambda: open_license(w).checkout())
    for asked in (w.activity.budget_requested, w.chat.raise_budget.clicked):
        asked.connect(lambda: open_settings(w, "Runs").budget.setFocus())
    w.reveal_action.triggered.connect(lambda: reveal(w))
    w.logs_action.triggered.connect(lambda: open_in_desktop(w, w.ctx.paths.logs))
    w.supabase_action.triggered.connect(lambda: open_supabase(w))
    w.center.preview.supabase_requested.connect(lambda: open_supabase(w))
    w.about_action.triggered.connect(lambda: open_about(w))
    from PySide6.QtWidgets import QMenu

    for menu in w.supabase_action.associatedObjects():  # the Project menu
        if isinstance(menu, QMenu):
            menu.setToolTipsVisible(True)
            menu.aboutToShow.connect(lambda: _offer_supabase(w))


def _offer_supabase(w: DialogsShell) -> None:
    """Connect Supabase is for a full-stack project (or a folder opened in place, which may
    use it): on a static web page it only said "… does not use Supabase (no @supabase
    package or SUPABASE_ variables in .env.example)"."""
    from devora_desktop.core.errors import DevoraError
    from devora_desktop.core.models import Mode

    project = None
    if w.current.id:
        with contextlib.suppress(DevoraError):
            project = w.ctx.store.projects.get(w.current.id)
    fits = project is not None and (project.mode == Mode.FULLSTACK or bool(project.folder))
    w.supabase_action.setEnabled(fits)
    w.supabase_action.setToolTip(
        "" if fits else "For full-stack projects: a web page has no database to connect"
        if project is not None else "Open a full-stack project first")


def open_settings(w: DialogsShell, tab: str = "") -> SettingsDialog:
    """Settings, on its ``tab`` when named ("Accounts" from Export's missing-token line)."""
    from devora_desktop.ui.budget import raised
    from devora_desktop.ui.settings_dialog import SettingsDialog
    from devora_desktop.ui.theme import apply_theme

    dialog = SettingsDialog(w.ctx, parent=w)
    if tab:
        dialog.show_tab(tab)

    async def detect() -> None:
        from devora_desktop.agents.providers import available_local

        found = await available_local(w.ctx)
        with contextlib.suppress(RuntimeError):  # the dialog may be closed by now
            dialog.set_local_models(found)

    w.tasks.spawn(detect(), name="detect-local-models")
    dialog.saved.connect(w.notifier.notify)
    dialog.saved.connect(lambda _m: w.status.refresh())  # banner and status bar re-read
    dialog.saved.connect(lambda _m: apply_theme(w.ctx.settings.theme))
    dialog.saved.connect(lambda _m: w.center.preview.settings_changed())  # running code off
    budget = w.ctx.settings.budget_usd  # raised: a budget stop's Run again goes on
    dialog.saved.connect(lambda _m: w.activity.budget_saved(budget, w.ctx.settings.budget_usd))
    dialog.saved.connect(lambda _m: w.chat.wait_for_budget(None) if raised(
        budget, w.ctx.settings.budget_usd) else None)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    w.settings_dialog = dialog
    return dialog


def open_export(w: DialogsShell) -> None:
    c = w.controller  # another project than the run's exports as it is (its files are still)
    if not w.current.id or (c.running and c.project_id in (w.current.id, None)):
        w.notifier.notify("Open a project (and wait for its run) to export it")
        return
    from devora_desktop.ui.export_dialog import ExportDialog

    dialog = ExportDialog(w.ctx, w.current.id, parent=w)
    dialog.exported.connect(lambda where: (w.notifier.notify(f"Exported: {where}"),
                                           update_links(w)))

    def accounts() -> None:  # a token was missing: back to the export once it is saved
        settings = open_settings(w, "Accounts")
        settings.saved.connect(lambda _m: shiboken6.isValid(dialog) and dialog.recheck())

    dialog.accounts_requested.connect(accounts)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    w.export_dialog = dialog


def open_supabase(w: DialogsShell) -> None:
    """The current project's Supabase URL and anon key; saving restarts its preview. What
    the form shows is read off the Qt thread (without .env.example it reads the code)."""
    from devora_desktop.core.errors import DevoraError

    if not w.current.id:
        return w.notifier.notify("Open a full-stack project to connect it to Supabase")
    project = w.ctx.store.projects.get(w.current.id)
    try:
        root = w.ctx.store.workspace(project.id).root
    except DevoraError as exc:
        return w.notifier.notify(exc.one_line(window=True))
    w.tasks.spawn(_open_supabase(w, project.name, root), name="connect-supabase")


async def _open_supabase(w: DialogsShell, name: str, root) -> None:
    import asyncio

    from devora_desktop.core import supabase
    from devora_desktop.ui.supabase_dialog import SupabaseDialog

    env = await asyncio.to_thread(supabase.project_env, root)
    if not env.uses:
        return w.notifier.notify(f"{name} does not use Supabase: Devora found no Supabase "
                                 "package or settings in it")
    dialog = SupabaseDialog(root, name, env, parent=w)

    def saved(line: str) -> None:
        w.notifier.notify(line)
        w.center.preview.update_supabase_button()
        w.center.preview.restart_dev_server(root)

    dialog.connected.connect(saved)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    w.supabase_dialog = dialog


def open_license(w: DialogsShell) -> LicenseDialog:
    """Help › License…; a run line's Upgrade opens it too and starts its checkout (offline,
    the dialog says what to do; the key bought is activated there)."""
    from devora_desktop.ui.license_dialog import LicenseDialog

    dialog = LicenseDialog(w.ctx, parent=w)
    dialog.changed.connect(w.status.update_plan)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    w.license_dialog = dialog
    return dialog


#: The window's keys, as Help › About lists them (the menus show the rest beside each entry).
SHORTCUTS = (("Ctrl+Enter", "run the prompt"), ("Esc", "stop the run"),
             ("Ctrl+N", "a new project"), ("Ctrl+O", "open a folder"),
             ("Ctrl+P", "go to a file"), ("Ctrl+F", "find in the open file"),
             ("Ctrl+S", "save an edit as a version"), ("Ctrl+E", "export or deploy"),
             ("Ctrl+,", "settings"), ("Ctrl+Q", "quit"))


def open_about(w: DialogsShell) -> None:
    """Help › About: the version (what a problem report needs first), where the logs are, and
    the keys (Help had only License and the logs folder)."""
    from PySide6.QtWidgets import QMessageBox

    from devora_desktop import __version__

    keys = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{what}</td></tr>"
                   for k, what in SHORTCUTS)
    box = QMessageBox(QMessageBox.Icon.Information, "About Devora",
                      f"Devora Desktop {__version__}", QMessageBox.StandardButton.Close, w)
    box.setInformativeText(f"<table>{keys}</table><p>Logs (for a problem report): "
                           f"{html.escape(str(w.ctx.paths.logs))}</p>")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    w.about_box = box


def update_links(w: CentreShell, project: Project | None = None) -> None:
    """Show the open project's GitHub and Vercel links; `project` is the record the caller
    already read, because a failed first run's project can be removed by the engine (on its own
    thread) between that read and this one."""
    from html import escape

    from devora_desktop.core.errors import DevoraError

    p = project
    if p is None and w.current.id:
        try:
            p = w.ctx.store.projects.get(w.current.id)
        except DevoraError:
            p = None
    if p is None:
        w.center.links.clear()
        return
    parts = [f"<a href='{escape(url)}'>{label}</a>" for label, url in
             (("GitHub", p.github_repo_url), ("Vercel", p.vercel_url)) if url]
    w.center.links.setText(" · ".join(parts))


def reveal(w: Services) -> None:
    from devora_desktop.core.errors import DevoraError

    if w.current.id:
        try:
            root = w.ctx.store.workspace(w.current.id).root
        except DevoraError as exc:
            return w.notifier.notify(exc.one_line(window=True))
        open_in_desktop(w, root)


def open_in_desktop(w: Services, path) -> None:
    """A folder or file in the desktop's app, or a line saying why not (and Copy the path)."""
    from devora_desktop.ui.desktop import open_or_copy

    open_or_copy(QUrl.fromLocalFile(str(path)), w.notifier.notify, offer=w.notifier.offer)


def show_start_notes(w: DialogsShell) -> None:
    """What opening the data folder found: damage repaired (a box), crash leftovers cleaned
    (informational lines)."""
    if w.ctx.store.repairs:
        show_repairs(w, w.ctx.store.repairs)
    for line in w.ctx.store.recovery:
        w.notifier.notify(f"Recovered: {line}")


def show_repairs(w: DialogsShell, repairs: list[str]) -> None:
    """Damage found in the data folder at start: say once what was repaired or lost, without
    blocking. A lost key or setting must be read, not scroll by in the status bar."""
    from PySide6.QtWidgets import QMessageBox

    from devora_desktop.core.errors import in_window
    from devora_desktop.ui.confirm import widen

    box = QMessageBox(QMessageBox.Icon.Warning, "Devora repaired its data folder",
                      "Devora found damage in its data folder and repaired it; "
                      "the damaged file was kept beside it. What changed:",
                      QMessageBox.StandardButton.Ok, w)
    widen(box, "\n".join(f"• {in_window(line)}" for line in repairs))  # plain: names projects
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    w.repairs_box = box
