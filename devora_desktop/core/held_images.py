"""The images pasted into the prompt of the run in flight, held on disk until it ends.

A run that dies with Devora (a crash, a kill, the window closed mid-run) gives its prompt back
at the next start (ui/project_presenter.py); its images come back with it from here (they did
not: a mockup pasted with the prompt was simply gone). Nothing else keeps them: a
conversation records only how many there were (core/models.Message), and a run that ends in
the same process gives them back from memory, then drops these."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from devora_desktop.core.store import write_all

FOLDER = "prompt-images"
OWNER = "for.json"  # written last: without it the set is incomplete, and ignored


def hold(root: Path, project_id: str | None, images: list[bytes]) -> None:
    """Keep ``images`` (PNG) of a run starting on ``project_id`` (None: a new project) under
    the data folder ``root`` (private: 0700, each file 0600), in place of any held before."""
    drop(root)
    if not images:
        return
    folder = root / FOLDER
    write_all({folder / f"{i}.png": png for i, png in enumerate(images)})
    write_all({folder / OWNER: json.dumps({"project_id": project_id}).encode()})


def take(root: Path) -> tuple[str | None, list[bytes]] | None:
    """(project id, images) held for a run that did not end, once; None when there are none
    (or a write was cut before it completed)."""
    folder = root / FOLDER
    try:
        owner = json.loads((folder / OWNER).read_text())
        pngs = sorted(folder.glob("*.png"), key=lambda p: int(p.stem))
        held = owner.get("project_id"), [p.read_bytes() for p in pngs]
    except (OSError, ValueError, AttributeError):
        held = None
    drop(root)
    return held if held and held[1] else None


def drop(root: Path) -> None:
    shutil.rmtree(root / FOLDER, ignore_errors=True)
