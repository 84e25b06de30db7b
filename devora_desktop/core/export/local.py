"""Folder and zip export: executable bits kept, symlinks never followed (not even listed)."""

from __future__ import annotations

import os
import shutil
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from devora_desktop.core.errors import ExportError
from devora_desktop.core.export import ExportPlan

Progress = Callable[[int, int, str], None]


def export_folder(plan: ExportPlan, dest: Path, *, include_flagged: bool = False,
                  progress: Progress | None = None) -> Path:
    dest = Path(dest)
    files = plan.files_to_send(include_flagged)
    try:
        dest.mkdir(parents=True, exist_ok=True)
        for i, rel in enumerate(files):
            target = dest.joinpath(*rel.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(plan.root / rel, target, follow_symlinks=False)
            if progress:
                progress(i + 1, len(files), rel)
    except OSError as exc:
        raise ExportError(f"could not write to {dest}: {exc.strerror}",
                          hint="pick another folder") from exc
    return dest


def export_zip(plan: ExportPlan, dest: Path, *, prefix: str = "",
               include_flagged: bool = False, progress: Progress | None = None) -> Path:
    """Write the zip next to ``dest`` and rename it into place (no half zip on failure)."""
    dest = Path(dest)
    files = plan.files_to_send(include_flagged)
    tmp = dest.with_name(f".{dest.name}.part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for i, rel in enumerate(files):
                info = zipfile.ZipInfo(prefix + rel, date_time=time.localtime(
                    (plan.root / rel).stat().st_mtime)[:6])
                info.external_attr = (0o100000 | plan.mode(rel)) << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, plan.read(rel))
                if progress:
                    progress(i + 1, len(files), rel)
        os.replace(tmp, dest)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"could not write {dest}: {exc.strerror}",
                          hint="pick another folder") from exc
    return dest
