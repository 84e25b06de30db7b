"""Open a folder in place: adopt a person's existing project without copying it.

The checks come first and each refusal says why and what to do, before anything is written:
a repository in the middle of a merge or rebase, a detached HEAD, a folder inside another
repository, one Devora cannot write to, a folder it already has. A folder without git gets
one (the caller says so); a repository keeps its history and branch, and Devora's versions
become commits on that branch (core/gitrepo.py). See docs/ARCHITECTURE.md, Open a folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from devora_desktop.core.errors import DevoraError, StoreError
from devora_desktop.core.gitrepo import GitFolder, Listing
from devora_desktop.core.models import Mode, Project

#: Written to ``.git/info/exclude`` of a repository Devora creates (inside .git, so nothing of
#: Devora's lands in the person's files): what git should never track in a fresh repository.
FRESH_EXCLUDES = """# Added by Devora when it made this repository
node_modules/
.venv/
venv/
__pycache__/
dist/
build/
.next/
target/
*.log
.env
.env.*
!.env.example
*.pem
*.key
.DS_Store
"""


#: A folder without git whose files would make a first version bigger than this is not a
#: project (a Pictures or Downloads folder opened by mistake): every file of it would be
#: copied into the new repository's objects, doubling the space it takes.
MAX_FIRST_VERSION_BYTES = 1024 ** 3
MAX_FIRST_VERSION_FILES = 20_000


class ImportRefused(DevoraError):
    """The folder cannot be opened as it is; the message says what to change."""


@dataclass
class ImportReport:
    project: Project
    listing: Listing
    branch: str | None
    head: str | None
    notes: list[str] = field(default_factory=list)


def _enclosing_repo(folder: Path) -> Path | None:
    for parent in folder.parents:
        if (parent / ".git").exists():
            return parent
    return None


def _writable(folder: Path) -> bool:
    """Whether Devora can save versions here (a probe: os.access says yes to root)."""
    if not os.access(folder, os.W_OK):
        return False
    try:
        probe = folder / ".git" if (folder / ".git").is_dir() else folder
        fd = os.open(probe / f".devora-probe-{os.getpid()}", os.O_CREAT | os.O_WRONLY, 0o600)
    except OSError:
        return False
    os.close(fd)
    os.unlink(probe / f".devora-probe-{os.getpid()}")
    return True


def check_folder(path: str | Path, data_root: Path) -> Path:
    """The folder to adopt, resolved, or ImportRefused with a one-line reason."""
    raw = Path(path).expanduser()
    if not raw.exists():
        raise ImportRefused(f"{raw} does not exist", hint="check the path")
    if not raw.is_dir():
        raise ImportRefused(f"{raw} is a file, not a folder", hint="open the folder it is in")
    folder = raw.resolve()
    if folder == Path(folder.anchor) or folder == Path.home().resolve():
        raise ImportRefused(f"{folder} is a whole disk or home folder, not a project",
                            hint="open the project's own folder")
    data = data_root.resolve()
    if folder == data or data in folder.parents or folder in data.parents:
        raise ImportRefused("that folder holds Devora's own data",
                            hint="open a project folder outside it")
    git = folder / ".git"
    if git.is_file():
        raise ImportRefused(f"{folder} is a git worktree or submodule checkout (.git is a file)",
                            hint="open the main checkout of the repository instead")
    if not git.exists() and (outer := _enclosing_repo(folder)) is not None:
        raise ImportRefused(f"{folder} is inside the git repository {outer}",
                            hint=f"open {outer} instead, so Devora's versions go to its history")
    if not _writable(folder):
        raise ImportRefused(f"{folder} is read-only to Devora, so it could not save versions",
                            hint="make it writable (or copy it somewhere writable) and open it "
                                 "again")
    if git.is_dir():
        state = GitFolder(folder).state()
        if state.busy:
            raise ImportRefused(f"{folder} is in the middle of {state.busy}",
                                hint="finish or abort it with git first; nothing was changed")
        if state.branch is None:
            head = (state.head or "")[:10]
            raise ImportRefused(f"HEAD is detached (at {head}), so Devora has no branch to add "
                                "versions to", hint="check out a branch first, e.g. "
                                "`git switch -c devora`; nothing was changed")
    return folder


def import_folder(store, path: str | Path, name: str | None = None, *,
                  commit_edits: bool | None = None) -> ImportReport:
    """Adopt ``path`` as a project where it is. ``commit_edits``: the person's answer to
    "save your uncommitted changes as a version before a run?" (None: ask later)."""
    folder = check_folder(path, store.paths.root)
    for p in store.projects.list():
        if p.folder and Path(p.folder) == folder:
            raise ImportRefused(f"{folder} is already open in Devora as {p.name!r}",
                                hint=f"use `--project {p.id}`")
    notes: list[str] = []
    git = GitFolder(folder)
    fresh = not (folder / ".git").exists()
    if fresh:
        from dulwich.repo import Repo

        try:
            Repo.init(str(folder)).close()
            info = folder / ".git" / "info"
            info.mkdir(parents=True, exist_ok=True)
            with open(info / "exclude", "a", encoding="utf-8") as fh:
                fh.write(FRESH_EXCLUDES)
        except OSError as exc:
            raise StoreError(f"could not make a git repository in {folder}: {exc.strerror}") \
                from exc
        _refuse_too_big(folder, git)
        notes.append("this folder had no git repository: Devora made one (.git) so every "
                     "version can be undone; your files were saved as the first version")
    state = git.state()
    project = Project(name=(name or folder.name)[:80], mode=_guess_mode(folder),
                      folder=str(folder), commit_edits=commit_edits,
                      summary=f"Opened from {folder}")
    try:
        store.paths.project(project.id).mkdir(parents=True)  # its record, Devora's own files
        store.projects.save(project)
        ws = store.workspace(project.id)
        if fresh or state.head is None:
            ws.commit_person_edits("Files as they were when Devora opened this folder")
        elif commit_edits and ws.has_uncommitted_changes():
            ws.commit_person_edits("Your edits")
        listing = git.listing()
        state = git.state()
    except BaseException:
        store.projects.delete(project.id)
        raise
    if state.submodules:
        notes.append(f"{len(state.submodules)} submodule(s) are left alone: Devora never "
                     "writes inside them")
    if state.lfs_patterns:
        notes.append("files stored with Git LFS are never read, sent or changed by Devora")
    for why, count in sorted(listing.skipped.items()):
        notes.append(f"left out: {count} {why}")
    return ImportReport(project, listing, state.branch, state.head, notes)


def _refuse_too_big(folder: Path, git: GitFolder) -> None:
    """Take back the repository just made, and refuse, when the first version would copy
    more than a project's worth of files into it."""
    import shutil

    paths = git.person_changes()
    total = 0
    for rel in paths:
        try:
            total += os.lstat(folder / rel).st_size
        except OSError:
            continue
    if total <= MAX_FIRST_VERSION_BYTES and len(paths) <= MAX_FIRST_VERSION_FILES:
        return
    shutil.rmtree(folder / ".git", ignore_errors=True)
    size = f"{total / 1024 ** 3:.1f} GB" if total >= 1024 ** 3 else f"{total // 1024 ** 2} MB"
    raise ImportRefused(f"{folder} holds {size} in {len(paths):,} files: its first version "
                        "would copy all of them into a new git repository",
                        hint="open the project's own folder, or make it a git repository "
                             "yourself (with a .gitignore) and open it again; nothing was "
                             "changed")


def _guess_mode(folder: Path) -> Mode:
    """Full-stack for a Next.js project (the stack that mode's agents know); web, which is on
    every plan and whose agents write any language, for everything else."""
    try:
        package = (folder / "package.json").read_text("utf-8", "replace")
    except OSError:
        return Mode.WEB
    return Mode.FULLSTACK if '"next"' in package else Mode.WEB
