"""What to do with a run's changes afterwards: view them, revert the run, restore a version
of History (asked first; git work off the Qt thread)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from devora_desktop.ui.confirm import confirm
from devora_desktop.ui.history_panel import restore_version, revert_version

if TYPE_CHECKING:
    from devora_desktop.ui.shell import VersionShell


class VersionActions:
    def __init__(self, window: VersionShell) -> None:
        self.w = window
        for view in (window.activity.view_changes_requested, window.history.changes_requested):
            view.connect(self._on_view_changes)
        window.activity.revert_requested.connect(self._on_revert)
        window.history.restore_button.clicked.connect(self._on_restore)

    def _on_view_changes(self, version_id: str) -> None:
        self.w.changes.show_version(version_id)
        self.w.center.show_changes()

    def _on_revert(self, version_id: str) -> None:
        """Revert can remove every file a first run wrote: it asks, and says it is undoable."""
        p = self.w.controller.progress
        count = len(p.changes) if p.version_id == version_id else 0
        if count == 1:  # "the 1 file … to how they were" read wrong: name it
            question = f"Revert {next(iter(p.changes))}, the one file that run changed, to " \
                       "how it was before it?"
        else:
            what = f"the {count} files that run changed" if count else "the files that run changed"
            question = f"Revert {what} to how they were before it?"
        confirm(self.w, "Revert this run?", question,
                "Revert", lambda: self._version_job(
                    revert_version, version_id,
                    "Reverted: the files are as before that run (kept in History)"),
                detail="Nothing is lost: the run stays in History, and Restore brings it back.")

    def _on_restore(self) -> None:
        if vid := self.w.history.selected():
            shown = self.w.history.list.currentItem() or self.w.history.list.item(0)
            label = shown.text().split("  ")[0]
            confirm(self.w, "Restore this version?",
                    f"Make {label} the current state of the project?", "Restore",
                    lambda: self._version_job(restore_version, vid,
                                              "Restored as a new version"),
                    detail="It is saved as a new version: the current one stays in History.")

    def _version_job(self, fn, version_id: str, done: str) -> None:
        if self.w.controller.running or not self.w.current.id:
            return self.w.notifier.notify("Wait for the run to end (or stop it) first")
        root = self.w.ctx.store.workspace(self.w.current.id).root

        async def job() -> None:
            new = await self.w.tasks.off_thread(fn, root, version_id)
            self.w.notifier.notify(done if new else "That version is the current state")
            self.w.files.set_marks({})
            self.w.files.reload()
            self.w.history.reload()
            self.w.viewer.clear()
            if new:  # the Changes tab follows the project to its new version
                self.w.changes.show_version(new)

        self.w.tasks.spawn(job(), name="restore")

