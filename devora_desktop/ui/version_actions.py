"""What to do with a run's changes afterwards: view them, revert the run, restore a version
of History (asked first; git work off the Qt thread)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from devora_desktop.core.words import names_said, plural
from devora_desktop.ui.confirm import confirm
from devora_desktop.ui.history_panel import (
    restore_version,
    revert_plan,
    revert_version,
    version_number,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from devora_desktop.core.workspace import FileChange, RevertPlan
    from devora_desktop.ui.shell import VersionShell


def files_said(changes: list[FileChange]) -> str:
    """"CHANGES.md comes back; app.js and index.html change; notes.txt goes": what a
    revert does to each file, a few names each (the rest counted)."""
    parts = []
    for kind, one, many in (("added", "comes back", "come back"), ("modified", "changes",
                                                                  "change"),
                            ("deleted", "goes", "go")):
        paths = [c.path for c in changes if c.kind == kind]
        if paths:
            parts.append(f"{names_said(paths)} {one if len(paths) == 1 else many}")
    return "; ".join(parts)


class VersionActions:
    def __init__(self, window: VersionShell) -> None:
        self.w = window
        for view in (window.activity.view_changes_requested, window.history.changes_requested):
            view.connect(self._on_view_changes)
        window.activity.revert_requested.connect(self._on_revert)
        window.activity.run_line_replayed.connect(self._on_run_line_replayed)
        window.history.restore_button.clicked.connect(self._on_restore)
        window.controller.running_changed.connect(window.history.set_running)
        self.asked_from: QWidget | None = None  # where the focus was when Revert/Restore asked

    def _on_view_changes(self, version_id: str) -> None:
        self.w.changes.show_version(version_id)
        self.w.center.show_changes()

    def _on_revert(self, version_id: str) -> None:
        """Revert can remove every file a first run wrote, and an older run's Revert goes
        back over every version since: it asks with what happens to the files *now*
        (worked out off the Qt thread), and says there is nothing to do when that is so."""
        if self.w.controller.running or not self.w.current.id:
            return self.w.notifier.notify("Wait for the run to end (or stop it) first")
        root = self.w.ctx.store.workspace(self.w.current.id).root
        self.asked_from = self.w.focusWidget()

        async def ask() -> None:
            plan = await self.w.tasks.off_thread(revert_plan, root, version_id)
            if not plan.changes:  # pressed again after a revert, say
                return self.w.notifier.notify(
                    f"The project is already as it was before v{plan.number}: nothing to "
                    "revert")
            if plan.back_to is None:  # the first run's: nothing of the project is left
                return self._ask_empty(version_id, plan)
            revert = lambda: self._version_job(  # noqa: E731
                revert_version, version_id,
                "Reverted: the files are as before that run (kept in History)",
                reverted=version_id)
            if plan.latest:
                one = plan.changes[0] if len(plan.changes) == 1 else None
                question = (f"Revert {one.path}, the one file that run changed, to how it was "
                            "before it?" if one is not None else
                            f"Revert the {len(plan.changes)} files that run changed to how "
                            f"they were before it? {files_said(plan.changes)}.")
                return confirm(self.w, "Revert this run?", question, "Revert", revert,
                               detail="Nothing is lost: the run stays in History, and "
                                      "Restore brings it back.")
            back = f"v{plan.back_to}"
            confirm(self.w, f"Go back to {back}?",
                    f"v{plan.number} is not the latest version: reverting it brings the whole "
                    f"project back to {back}, as it was before that run. Against now: "
                    f"{files_said(plan.changes)}.",
                    f"Restore {back}", revert,
                    detail="It is saved as a new version: the current one stays in History.")

        self.w.tasks.spawn(ask(), name="revert-plan")

    def _ask_empty(self, version_id: str, plan: RevertPlan) -> None:
        """Reverting the first run leaves an empty project, which no run rebuilds offline
        (the templates make new apps only): it is offered as what it is, deleting the files,
        with the one way back said before and after (a first run's Revert emptied a new
        project, and nothing said how to get it back)."""
        n, one = len(plan.changes), len(plan.changes) == 1
        files = plural(n, "file")
        which = (f"the {files} the first run wrote" if plan.latest
                 else f"all {files} the project has now")
        # the version now holds every file it removes (after an edit saved as v2, "Restore
        # v1 brings them back" would lose the edit: walk12 #12 f)
        now = plan.current or plan.number
        restore = f"History › Restore v{now} brings"

        def delete() -> None:
            self._version_job(
                revert_version, version_id,
                f"Deleted {which}; {restore} {'it' if one else 'them'} back",
                reverted=version_id,
                then=f"the project is empty now; {restore} "
                     f"{'its file' if one else f'its {files}'} back.")

        confirm(self.w, "Delete these files?",
                f"Reverting v{plan.number}, the first version, removes {which} "
                f"({names_said([c.path for c in plan.changes])}) and leaves the project "
                "empty.", "Delete these files", delete,
                detail=f"{restore} {'it' if one else 'them'} back: v{now} stays in "
                       "History, and the empty project is saved as a new version.")

    def _refocus(self) -> None:
        """Focus goes back where it was when the question was asked, or to the prompt when
        that is gone (a run line's Revert is greyed once done): Qt gave it to the next widget
        in the chain, the "Filter projects" box, where typing filtered the list (walk10 #12)."""
        from PySide6.QtCore import Qt

        back, self.asked_from = self.asked_from, None
        if back is None or not (back.isVisible() and back.isEnabled()):
            back = self.w.chat.prompt
        back.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_run_line_replayed(self, version_id: str) -> None:
        """A reopened run's Revert stays live only while there is something to revert (after a
        restart a reverted run's button was live again)."""
        if not self.w.current.id:
            return
        root = self.w.ctx.store.workspace(self.w.current.id).root

        async def check() -> None:
            from devora_desktop.core.errors import DevoraError

            try:
                plan = await self.w.tasks.off_thread(revert_plan, root, version_id)
            except DevoraError:
                return
            if not plan.changes:
                self.w.activity.mark_nothing_to_revert(version_id)

        self.w.tasks.spawn(check(), name="revert-state")

    def _on_restore(self) -> None:
        if vid := self.w.history.selected():
            label = self.w.history.selected_label()
            self.asked_from = self.w.focusWidget()
            confirm(self.w, "Restore this version?",
                    f"Make {label} the current state of the project?", "Restore",
                    lambda: self._version_job(restore_version, vid,
                                              "Restored as a new version", restored=label),
                    detail="It is saved as a new version: the current one stays in History.")

    def _version_job(self, fn, version_id: str, done: str, reverted: str = "",
                     then: str = "", restored: str = "") -> None:
        """``reverted``: the run line's version, which says so once this has worked (and
        ``then``, what the feed adds); ``restored``: the version brought back ("v1"), which
        the feed names with the new one."""
        if self.w.controller.running or not self.w.current.id:
            return self.w.notifier.notify("Wait for the run to end (or stop it) first")
        project_id = self.w.current.id
        root = self.w.ctx.store.workspace(project_id).root

        async def job() -> None:
            from devora_desktop.core.models import Message

            new = await self.w.tasks.off_thread(fn, root, version_id)
            self.w.notifier.notify(done if new else "That version is the current state")
            said = ""
            if new and (reverted or restored):
                number = await self.w.tasks.off_thread(version_number, root, new)
                if reverted:
                    said = self.w.activity.mark_reverted(reverted, number, then)
                else:
                    said = (f"Restored {restored}" + (f" as v{number}" if number else "")
                            + ": the files are as they were then.")
                    self.w.activity.say("devora", said)
            self.w.files.set_marks({})
            self.w.files.reload()
            self.w.center.preview.reload()  # it showed the reverted app's page still
            self.w.history.reload()
            viewer = self.w.viewer
            if viewer.path is not None and viewer.path.is_file():
                viewer.show_file(viewer.path, viewer.rel or "")  # as it is in the new version
            else:  # it went with the version: "No file open" (it went blank for any file)
                viewer.clear()
            if new:  # the Changes tab follows the project to its new version
                self.w.changes.show_version(new)
            self._refocus()
            if said:  # kept with the conversation: read back (a restart, a duplicate) the
                # feed went from the run straight on, as if nothing had been reverted (walk10)
                await self.w.tasks.off_thread(self.w.ctx.store.conversations.append,
                                              project_id, Message(role="assistant",
                                                                  content=said))

        self.w.tasks.spawn(job(), name="restore")

