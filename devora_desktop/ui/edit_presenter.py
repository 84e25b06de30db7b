"""Edits typed in the viewer become versions: Ctrl+S writes the file and commits "Edited by
you" (the next run's agents are told what changed, agents/project_context.py); while a run may
write the project, the viewer is read-only and says why."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from devora_desktop.ui.shell import EditShell

RUN_LOCK = "a run is writing this project; edit again when it ends (or stop it with Esc)"


class EditPresenter:
    def __init__(self, window: EditShell) -> None:
        self.w = window
        window.viewer.save_requested.connect(self._on_save)
        window.controller.running_changed.connect(self._on_run_running)
        window.current.changed.connect(lambda _id: self._lock())

    def _on_run_running(self, running: bool) -> None:
        viewer = self.w.viewer
        if running and viewer.dirty and viewer.rel and self.w.current.id:
            # Typed but not saved when a run starts: on disk now, so the run's opening saves
            # it as a version of the person's own before any agent writes.
            from devora_desktop.core.errors import DevoraError

            try:
                self.w.ctx.store.workspace(self.w.current.id).write_file(
                    viewer.rel, viewer.editor.toPlainText())
                viewer.mark_saved(viewer.rel)
            except DevoraError as exc:
                self.w.notifier.notify(f"Your edit was not saved: {exc.one_line(window=True)}")
        self._lock(running)

    def _lock(self, running: bool | None = None) -> None:
        c = self.w.controller
        if running is None:
            running = c.going
        # another project looked at meanwhile is edited as always: the run writes only its
        # own project's folder (each project's versions are its own git repository)
        here = c.project_id == self.w.current.id
        self.w.viewer.lock(RUN_LOCK if running and here else None)

    def _on_save(self, rel: str, text: str) -> None:
        if not self.w.current.id:
            return
        self.w.tasks.spawn(self._save(self.w.current.id, rel, text), name="save-edit")

    async def _save(self, project_id: str, rel: str, text: str) -> None:
        ws = self.w.ctx.store.workspace(project_id)
        version = await self.w.tasks.off_thread(ws.save_edit, rel, text)
        self.w.viewer.mark_saved(rel)
        if project_id != self.w.current.id:
            return
        self.w.history.reload()
        self.w.files.reload()
        if version:
            self.w.center.preview.file_saved()
            # the Changes tab follows the project to its new version, as after a Revert
            # (it kept the last run's "Changes 5" beside an edit saved as v2: walk12 #12 f)
            self.w.changes.show_version(version)
        self.w.notifier.notify(f"Saved {rel}" + (" as a new version (edited by you)"
                                                 if version else " (no change)"))
