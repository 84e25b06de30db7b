"""Project folders on disk: the only code that turns a path from outside into a file.

Every path that comes from model output (or a user) goes through :func:`safe_path`, which
implements the path rules (docs/ARCHITECTURE.md, Safety). Files are written atomically; each change
set is committed to a git repository inside the project (dulwich, so no git install is needed),
which gives history, diffs and restore, and lets a failed run be rolled back to the last version.

That repository sits where project code can write (checks run it), so Devora's own git never
runs a program from it: no hooks (a planted ``.git/hooks/pre-commit`` or ``post-commit``, or a
``core.hooksPath``), no clean/smudge filters from ``.git/config`` + ``.gitattributes``, no
signing program; files are stored byte for byte. Nothing here fetches or pushes, so
``core.sshCommand`` and friends are never read.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import re
import stat
import tempfile
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from devora_desktop.core.errors import NotFound, StoreError, UnsafePathError
from devora_desktop.core.gitrepo import PERSON, is_secret_file, own_git_folder

if TYPE_CHECKING:
    from devora_desktop.core.models import Version

MAX_PATH_CHARS = 200
MAX_COMPONENT_BYTES = 255
MAX_DEPTH = 16
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_FILES_PER_PROJECT = 2000
# the way forward in the window when a version asked for is not there
HISTORY_LISTS = "the History panel lists them"

#: Never versioned, exported or shown as project files.
IGNORED_DIRS = frozenset({".git", ".devora", "node_modules", ".next", ".vercel", "dist", "build",
                          "out", "__pycache__", ".venv", "venv", ".turbo", ".cache"})
#: The app's own folders and version-control folders: never written at any depth (a nested
#: ``sub/.git/config`` makes ``git status`` in ``sub/`` run a command of the model's choice).
INTERNAL_DIRS = frozenset({".git", ".devora", ".hg", ".svn", ".bzr"})
#: A Windows short (8.3) name such as ``GIT~1``: it can alias any long name, reserved or not.
_SHORT_NAME = re.compile(r"^[^.~]{1,6}~[0-9]+(\.[^.]{0,3})?$")
#: Which files the workspace wrote inside ignored folders (they are listed, versioned and
#: rolled back like any other file; written here before the file itself).
JOURNAL = ".devora/written-ignored"
#: Present while a version is being saved: a crash leaves it, and the next start then looks
#: for stale git locks in the whole repository, not only in refs.
GIT_WRITING = ".git/devora-saving"

_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$",
                       re.IGNORECASE)
_WINDOWS_BAD = set('<>:"|?*\\')
_DRIVE = re.compile(r"^[A-Za-z]:")
AUTHOR = b"Devora <devora@localhost>"
NO_NEWLINE = "\n\\ No newline at end of file\n"


def _check_component(part: str, original: object) -> None:
    if part in ("", "."):
        raise UnsafePathError(original, "empty path component")
    if part == ".." or set(part) <= {".", " "}:
        raise UnsafePathError(original, "parent-directory component")
    if part != part.rstrip(" ."):
        raise UnsafePathError(original, "name ends with a dot or space (Windows would alter it)")
    if part != part.lstrip(" "):
        raise UnsafePathError(original, "name starts with a space")
    if len(part.encode("utf-8")) > MAX_COMPONENT_BYTES:
        raise UnsafePathError(original, "name longer than 255 bytes")
    if bad := _WINDOWS_BAD.intersection(part):
        raise UnsafePathError(original, f"character {sorted(bad)[0]!r} is not allowed")
    stem = part.split(".", 1)[0].rstrip(" ")
    if _RESERVED.match(stem):
        raise UnsafePathError(original, f"{stem!r} is a reserved device name")
    if part.casefold() in INTERNAL_DIRS:
        raise UnsafePathError(original, f"{part} is reserved (version control / Devora)")
    if _SHORT_NAME.match(part):
        raise UnsafePathError(original, f"{part!r} looks like a Windows short name, which can "
                                        "stand for a reserved folder")


def normalize_rel_path(candidate: object) -> str:
    """Check a relative path against every path rule (docs/ARCHITECTURE.md, Safety) that needs
    no disk; return it in canonical POSIX form. Raises UnsafePathError."""
    if not isinstance(candidate, str):
        raise UnsafePathError(candidate, "not a string")
    if not candidate or not candidate.strip():
        raise UnsafePathError(candidate, "empty path")
    if len(candidate) > MAX_PATH_CHARS:
        raise UnsafePathError(candidate, f"longer than {MAX_PATH_CHARS} characters")
    for ch in candidate:
        cat = unicodedata.category(ch)
        if ch == "\0" or cat in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp"):
            raise UnsafePathError(candidate, f"control or invisible character U+{ord(ch):04X}")
    # Look-alikes: U+2025 '‥', U+FF0E '．', U+FF0F '／' ... fold to '..' and '/' under NFKC.
    folded = unicodedata.normalize("NFKC", candidate)
    for form in {candidate, folded}:
        if form.startswith(("/", "~")) or form.startswith("\\"):
            raise UnsafePathError(candidate, "absolute or home-relative path")
        if _DRIVE.match(form):
            raise UnsafePathError(candidate, "drive letter")
        if "\\" in form:
            raise UnsafePathError(candidate, "backslash in path")
        parts = form.split("/")
        if parts and parts[0] == ".":
            parts = parts[1:]
        for part in parts:
            _check_component(part, candidate)
    parts = [p for p in candidate.split("/") if p != "."]
    if len(parts) > MAX_DEPTH:
        raise UnsafePathError(candidate, f"deeper than {MAX_DEPTH} folders")
    return "/".join(parts)


def first_symlink(root: Path, rel: str) -> Path | None:
    """The first existing component of ``root/rel`` below ``root`` that is a symlink, if any.
    Every writer (into a project or out of one) refuses to write through such a link."""
    current = Path(root)
    for part in rel.split("/"):
        current = current / part
        try:
            st = os.lstat(current)
        except (FileNotFoundError, NotADirectoryError):
            return None
        if stat.S_ISLNK(st.st_mode):
            return current
    return None


def safe_path(root: Path, candidate: object) -> Path:
    """The absolute path for ``candidate`` inside ``root``, or UnsafePathError.

    Beyond the textual rules, no existing component may be a symlink (so a link planted in
    the project cannot redirect a write), and the result must stay inside ``root``.
    """
    rel = normalize_rel_path(candidate)
    root = Path(root)
    real_root = Path(os.path.realpath(root))
    try:
        link = first_symlink(real_root, rel)
    except OSError as exc:
        raise UnsafePathError(candidate, f"cannot inspect: {exc.strerror}") from exc
    if link is not None:
        raise UnsafePathError(candidate, "passes through a symbolic link")
    target = real_root.joinpath(*rel.split("/"))
    if os.path.commonpath([str(real_root), str(target)]) != str(real_root):
        raise UnsafePathError(candidate, "resolves outside the project")
    return target


def is_local_env(rel: str) -> bool:
    """``.env.local`` / ``.env.<mode>.local``: the person's own settings and keys for this
    computer (Next.js and Vite load them; by convention never in git). A project Devora made
    neither lists, versions, rolls back nor exports them, so a Restore or a failed run never
    deletes the Supabase connection (core/supabase.py) and no version ever holds it."""
    name = rel.rsplit("/", 1)[-1]
    return name.startswith(".env") and name.endswith(".local") and name[4:5] in (".", "")


#: An editor's own files beside the one it edits (vim's .name.swp/.swo and its 4913 probe,
#: emacs's .#name lock and #name# autosave, a name~ backup): never the project's files, so
#: neither listed in the Files panel, versioned nor exported.
_EDITOR_TEMP = re.compile(r"^\..+\.sw[a-p]$|^\.#|^#.*#$|~$|^4913$")


def editor_temp(rel: str) -> bool:
    """An editor's temporary file by its name, which a Devora-made project never lists:
    agents may not write one either (its code would run unseen by the validators)."""
    return bool(_EDITOR_TEMP.search(rel.rsplit("/", 1)[-1]))


def kept_local(rel: str) -> bool:
    """A file of the person's own that stays on this computer: ``.env.local`` and every
    file that holds secrets by its name (``.env``, ``.env.production``, ``id_rsa``,
    ``.npmrc``…; ``.env.example`` is not one). A project Devora made neither lists, versions,
    rolls back, exports nor sends them to a model, as in an opened folder (core/gitrepo.py),
    and agents may not write them (agents/file_gate.py)."""
    return is_local_env(rel) or is_secret_file(rel)


def is_ignored(rel: str) -> bool:
    """Inside a folder that tools fill (dependencies, build output, caches)."""
    return any(p in IGNORED_DIRS for p in PurePosixPath(rel).parts[:-1])


def _pruned(name: str) -> bool:
    return name in IGNORED_DIRS or name.casefold() in INTERNAL_DIRS


def current_umask() -> int:
    """The process umask, read without changing it where Linux lets us (``/proc``); elsewhere
    set and put back at once."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    old = os.umask(0o022)
    os.umask(old)
    return old


def shareable_mode(executable: bool = False) -> int:
    """The mode a new file gets from ``open()`` under the user's umask (0644 under the usual
    022): generated files and exports must be readable by a web server they are copied to."""
    return (0o777 if executable else 0o666) & ~current_umask()


class _AsIsNormalizer:
    """Blobs stored and read byte for byte: no filter program, no line-ending rewrite."""

    def checkin_normalize(self, blob: object, tree_path: bytes) -> object:
        return blob

    def checkout_normalize(self, blob: object, tree_path: bytes) -> object:
        return blob


_EXCLUDED: set[Path] = set()


def _exclude_own_folder(git_dir: Path) -> None:
    """``.devora/`` (the conversation, run logs, drafts) in the repository's own exclude
    list: ``git status`` in a project Devora made listed it, and a person committing
    "everything" from their editor committed their prompts. Inside .git, so nothing of
    Devora's lands in the project's files; checked once a process per repository."""
    if git_dir in _EXCLUDED:
        return
    exclude = git_dir / "info" / "exclude"
    try:
        text = exclude.read_text("utf-8") if exclude.is_file() else ""
        if ".devora/" not in text.split():
            text += "" if not text or text.endswith("\n") else "\n"
            # within: never the project's folder again, gone to the trash meanwhile
            atomic_write(exclude, (text + "# Devora's own folder (conversation, run logs)\n"
                                   ".devora/\n").encode("utf-8"), within=git_dir)
    except OSError:
        return  # a read-only .git: git status shows it, nothing else is at stake
    _EXCLUDED.add(git_dir)


def collect_garbage(root: str) -> bool:
    """:meth:`Workspace.collect_garbage` of the project at ``root`` (one of Devora's own:
    an opened folder's history is the person's git's to pack), by name for
    core/offload.py."""
    return Workspace(Path(root)).collect_garbage()


def _as_is(*_args: object, **_kwargs: object) -> _AsIsNormalizer:
    return _AsIsNormalizer()


def make_folders(folder: Path, within: Path | None = None) -> None:
    """``folder`` and its missing parents; with ``within``, only those below it, which must
    exist (FileNotFoundError if not). A write racing a delete then fails instead of making the
    project's folder again: an empty one was left in the place Undo delete needed."""
    if within is None:
        folder.mkdir(parents=True, exist_ok=True)
        return
    for name in folder.relative_to(within).parts:
        within = within / name
        within.mkdir(exist_ok=True)


def atomic_write(path: Path, data: bytes, mode: int | None = None, *,
                 within: Path | None = None) -> None:
    """Write via a temp file in the same folder, fsync, then rename: a reader (or a crash) sees
    either the old bytes or the new ones, never half. Without ``mode`` the file stays private
    (0600, as ``mkstemp`` makes it): app data; project files pass their mode. ``within``: as
    :func:`make_folders`."""
    make_folders(path.parent, within)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _gone(root: Path) -> NotFound:
    return NotFound(f"the project folder {root} is gone",
                    hint="open it again from the project list")


def looks_binary(data: bytes) -> bool:
    if b"\0" in data[:8192]:
        return True
    try:
        data[:8192].decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start < len(data[:8192]) - 4  # a cut multi-byte char at the end is fine
    return False


#: Opened folders of this process -> their Devora metadata folder (see Workspace.register_adopted).
_ADOPTED: dict[str, Path] = {}
_INIT_LOCKS: dict[Path, threading.Lock] = {}
_INIT_LOCKS_LOCK = threading.Lock()


def _init_lock(root: Path) -> threading.Lock:
    """One lock per project folder in this process, whichever Workspace object asks."""
    with _INIT_LOCKS_LOCK:
        return _INIT_LOCKS.setdefault(root, threading.Lock())


def _version(repo: Any, version: str) -> Any:
    """The commit of ``version`` in ``repo``; NotFound when it has none."""
    try:
        return repo[version.encode()]
    except KeyError as exc:
        raise NotFound(f"no version {version}") from exc


@dataclass(frozen=True)
class FileChange:
    path: str
    kind: str  # "added" | "modified" | "deleted"


@dataclass(frozen=True)
class RevertPlan:
    """What reverting version ``number`` does to the project as it is now: it goes back to
    ``back_to`` (None: before the first version, no files), which undoes more than that one
    run when later versions exist (``latest`` false). ``changes`` go from now to then:
    "added" files come back, "modified" ones change, "deleted" ones go."""

    number: int
    back_to: int | None
    latest: bool
    changes: list[FileChange]
    #: the project's version now: Restore of it brings back what the revert removes
    current: int = 0


class Workspace:
    """One project's folder: safe reads and writes, and its version history.

    ``meta`` makes it an adopted folder (a person's own, opened in place): Devora's own files
    go to ``meta`` in the data folder, listing and commits follow git (core/gitrepo.py), and a
    rollback puts back only the files Devora wrote, byte for byte, from copies in ``meta``."""

    def __init__(self, root: Path, meta: Path | None = None) -> None:
        self.root = Path(root)
        if meta is None:
            meta = _ADOPTED.get(os.path.realpath(self.root))
        self.meta = Path(meta) if meta is not None else None
        # the folders this project's files go into, as they are now: writes make folders
        # only below them (see _write); one still to be made (a copy being filled) is made
        homes = [self.meta.parent] if self.meta is not None else []
        self._homes = [h for h in (*homes, Path(os.path.realpath(self.root)), self.root)
                       if h.is_dir()]
        self._person_edits: set[str] = set()
        #: the files whose unsaved text the last ``commit`` saved as "Your edits" first
        self.saved_person_edits: list[str] = []

    def _write(self, path: Path, data: bytes, mode: int | None = None) -> None:
        """``atomic_write`` of a file of this project: Devora's own ones (meta) below its data
        folder, the rest below ``root``, folders made only below the one that existed when
        this Workspace was made. A write landing after the project was deleted (a Ctrl+S
        saved off the Qt thread as it went to the trash) made its folder again, and Undo
        delete refused ("… is in its place"): NotFound now."""
        base = next((h for h in self._homes if path.is_relative_to(h)), None)
        try:
            atomic_write(path, data, mode, within=base)
        except FileNotFoundError as exc:
            if base is None or base.is_dir():
                raise
            raise _gone(self.root) from exc

    @staticmethod
    def register_adopted(root: Path, meta: Path) -> None:
        """Remember that ``root`` is an opened folder, so that every ``Workspace(root)`` in
        this process (panels hold only a path) gets the adopted rules: a plain one would
        restore by deleting the person's untracked files."""
        _ADOPTED[os.path.realpath(root)] = Path(meta)

    @property
    def adopted(self) -> bool:
        return self.meta is not None

    def _git(self):
        from devora_desktop.core.gitrepo import GitFolder

        return GitFolder(self.root)

    # ---- files -------------------------------------------------------------------------
    def path_for(self, rel: str) -> Path:
        return safe_path(self.root, rel)

    def write_file(self, rel: str, content: str | bytes) -> Path:
        data = content.encode("utf-8") if isinstance(content, str) else content
        if len(data) > MAX_FILE_BYTES:
            raise UnsafePathError(rel, f"file larger than {MAX_FILE_BYTES // 1024} KB")
        target = self.path_for(rel)
        if target.exists() and not target.is_file():
            raise UnsafePathError(rel, "a folder of that name exists")
        mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else shareable_mode()
        canonical = normalize_rel_path(rel)
        if self.adopted:
            self._keep_original(canonical)
        if is_ignored(canonical):
            self._journal_add(canonical)
        self._write(target, data, mode)
        return target

    # In an adopted folder every file Devora changes is first copied to ``meta``: a failed or
    # cancelled run puts exactly those back and touches nothing else (untracked, ignored and
    # staged work of the person included).
    def _originals(self) -> dict[str, str | None]:
        import json

        assert self.meta is not None
        try:
            data = json.loads((self.meta / "originals" / "index.json").read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _keep_original(self, rel: str) -> None:
        import json

        from devora_desktop.core.gitrepo import is_secret_file

        if is_secret_file(rel):
            raise UnsafePathError(rel, "holds secrets by its name; Devora never writes it in "
                                       "a folder it opened")
        kept = self._originals()
        if rel in kept:
            return
        assert self.meta is not None
        folder = self.meta / "originals"
        current = self.root.joinpath(*rel.split("/"))
        copy = None
        if current.is_file() and not current.is_symlink():
            copy = f"{len(kept)}.bin"
            self._write(folder / copy, current.read_bytes())
        kept[rel] = copy
        self._write(folder / "index.json", json.dumps(kept).encode("utf-8"))

    def hold_person_edits(self) -> None:
        """Adopted folders, at a run's start: note the files with the person's changes that
        are in no version. A run that then writes one of them saves the person's text as a
        "Your edits" version under its own (``commit``); a run that stops commits nothing."""
        self._person_edits = set(self._git().person_changes()) if self.adopted else set()

    def written_since_commit(self) -> list[str]:
        """Adopted folders: the files Devora changed since its last version."""
        return sorted(self._originals()) if self.adopted else []

    def _forget_originals(self) -> None:
        assert self.meta is not None
        import shutil

        shutil.rmtree(self.meta / "originals", ignore_errors=True)

    def _put_back_originals(self) -> None:
        assert self.meta is not None
        for rel, copy in self._originals().items():
            target = self.root.joinpath(*rel.split("/"))
            if first_symlink(self.root, rel) is not None:
                continue
            if copy is None:
                if target.is_file():
                    target.unlink()
            else:
                data = (self.meta / "originals" / copy).read_bytes()
                if not target.is_file() or target.read_bytes() != data:
                    self._write(target, data)
        self._forget_originals()

    # Files in ignored folders are invisible to a folder walk, so the workspace remembers the
    # ones it wrote: they are listed, versioned and rolled back like the others.
    @property
    def _journal_path(self) -> Path:
        return self.meta / "written-ignored" if self.meta is not None else self.root / JOURNAL

    def _journal(self) -> list[str]:
        try:
            text = self._journal_path.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            return []
        return [line for line in text.splitlines() if line]

    def _journal_add(self, rel: str) -> None:
        entries = self._journal()
        if rel not in entries:
            self._write(self._journal_path, "".join(f"{e}\n" for e in [*entries, rel])
                         .encode("utf-8"))

    def _journal_remove(self, rel: str) -> None:
        entries = self._journal()
        if rel in entries:
            self._write(self._journal_path, "".join(f"{e}\n" for e in entries if e != rel)
                         .encode("utf-8"))

    def read_bytes(self, rel: str) -> bytes:
        target = self.path_for(rel)
        try:
            return target.read_bytes()
        except FileNotFoundError as exc:
            raise NotFound(f"no file {rel} in the project") from exc

    def read_text(self, rel: str) -> str:
        return self.read_bytes(rel).decode("utf-8", errors="replace")

    def delete_file(self, rel: str) -> bool:
        target = self.path_for(rel)
        if not target.is_file():
            return False
        if self.adopted:
            self._keep_original(normalize_rel_path(rel))
        target.unlink()
        self._journal_remove(normalize_rel_path(rel))
        parent = target.parent
        real_root = Path(os.path.realpath(self.root))
        while parent != real_root and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent
        return True

    def exists(self, rel: str) -> bool:
        try:
            return self.path_for(rel).is_file()
        except UnsafePathError:
            return False

    def iter_files(self) -> Iterator[str]:
        """Relative POSIX paths of the project's own files: everything outside ignored and
        reserved folders, plus what the workspace itself wrote inside ignored ones. Symlinks
        are never listed."""
        if not self.root.is_dir():
            return
        if self.adopted:
            listed = self._git().listing().files
            yield from listed
            have = set(listed)
            yield from (rel for rel in self._journal() if rel not in have and self.exists(rel))
            return
        seen: set[str] = set()
        for dirpath, dirnames, filenames in os.walk(self.root, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not _pruned(d)
                                 and not os.path.islink(os.path.join(dirpath, d)))
            rel_dir = os.path.relpath(dirpath, self.root)
            for name in sorted(filenames):
                full = os.path.join(dirpath, name)
                if os.path.islink(full) or (name.startswith(".") and name.endswith(".tmp")) \
                        or kept_local(name) or editor_temp(name):
                    continue
                rel = name if rel_dir == "." else f"{rel_dir}/{name}".replace(os.sep, "/")
                seen.add(rel)
                yield rel
        for rel in self._journal():
            if rel not in seen and self.exists(rel):
                yield rel
    def export_files(self) -> list[str]:
        """What an export takes: the listing, and in an opened folder also the images, fonts
        and big files a model never reads (secret and ignored files still stay out)."""
        if not self.adopted:
            return self.list_files()
        files = self._git().listing(for_model=False).files
        have = set(files)
        return files + [rel for rel in self._journal() if rel not in have and self.exists(rel)]

    def list_files(self) -> list[str]:
        return list(self.iter_files())

    def snapshot(self) -> dict[str, bytes]:
        return {rel: (self.root / rel).read_bytes() for rel in self.iter_files()}

    # ---- history -----------------------------------------------------------------------
    def _repo(self):
        """The project's repository, opened so nothing in it can run a program. Made on first
        use; a repository being made in another thread is waited for, never opened half-made
        (a run makes a new project's repository while the Architect plans)."""
        from dulwich.repo import Repo

        git_dir = self.root / ".git"
        own_git_folder(self.root)
        if self.adopted:
            repo = Repo(str(self.root))
        else:
            with _init_lock(self.root):
                if not git_dir.exists():
                    if not self.root.is_dir():
                        # gone (deleted, moved to the trash): a late read made it again, an
                        # empty repository in the way of Undo delete
                        raise _gone(self.root)
                    repo = Repo.init(str(self.root))
                else:
                    repo = Repo(str(self.root))
                _exclude_own_folder(git_dir)
        repo.hooks.clear()  # dulwich skips a hook it has no entry for
        repo.get_blob_normalizer = _as_is  # filters and autocrlf would come from its config
        # no packing inside a commit (see collect_garbage): dulwich's flag, read by its
        # maybe_auto_gc at the end of each commit
        repo._autogc_disabled = True
        return repo

    def collect_garbage(self) -> bool:
        """Pack the loose objects when git would (gc.auto: 6,700 of them, or too many packs);
        True when it did. dulwich does it inside the commit that passes the count, ~0.9 s
        of pure Python: at a window run's end that held the window's interpreter (the GIL)
        from the Qt thread, so commits never pack and a run calls :func:`collect_garbage`
        after its own, in the window's worker process (core/offload.py)."""
        from dulwich.gc import maybe_auto_gc

        repo = self._repo()
        try:
            repo._autogc_disabled = False
            return maybe_auto_gc(repo)
        finally:
            repo.close()

    def head(self) -> str | None:
        repo = self._repo()
        try:
            return repo.head().decode()
        except KeyError:
            return None
        finally:
            repo.close()

    def commit(self, message: str, *, allow_empty: bool = False,
               author: bytes = AUTHOR) -> str | None:
        """Commit the working tree as it is now. Returns the new version id, or None when
        nothing changed (and ``allow_empty`` is false). In an adopted folder: only the files
        Devora wrote since its last version, on the current branch."""
        from dulwich.file import FileLocked

        if self.adopted:
            written = self.written_since_commit()
            self.saved_person_edits = self._save_person_originals(written)
            return self._commit_adopted(written, message, author)

        repo = self._repo()
        marker = self.root / GIT_WRITING
        try:
            self._write(marker, b"")
            wt = repo.get_worktree()
            index = repo.open_index()
            tracked = {p.decode() for p in index}
            current = set(self.iter_files())
            # A tracked path that is now a symlink (or under one) is gone from the project:
            # staging it would version the link instead of a file.
            gone = [p for p in tracked - current if not self.exists(p) and self._is_linked(p)]
            # .env.local or .env versioned before they were kept out (kept_local): no longer
            # versioned, so the person's keys never reach a version; the file stays on disk
            gone += [p for p in tracked if kept_local(p)]
            if gone:
                for p in gone:
                    del index[p.encode()]
                index.write()
            paths = sorted(current | (tracked - set(gone)))
            if paths:
                wt.stage(paths)
            if not allow_empty and not self._has_staged_changes(repo):
                return None
            sha = wt.commit(message=message.encode("utf-8"), author=author, committer=AUTHOR,
                            no_verify=True, sign=False, signoff=False)
            return sha.decode()
        except FileLocked as exc:
            lock = os.fsdecode(exc.lockfilename)
            raise StoreError(f"the project's history is locked by {Path(lock).name} (left by a "
                             "crash)",
                             hint="restart Devora: it clears locks no running Devora holds") \
                from exc
        except OSError as exc:
            raise StoreError(f"could not save a version of the project: {exc}") from exc
        finally:
            repo.close()
            marker.unlink(missing_ok=True)

    def save_edit(self, rel: str, text: str) -> str | None:
        """The person typed in Devora's editor and saved: the file, and a version "Edited by
        you" under their name (their git identity in an opened folder)."""
        self.write_file(rel, text)
        if not self.adopted:
            return self.commit(f"Edited by you: {rel}", author=PERSON)
        git = self._git()
        return self._commit_adopted([normalize_rel_path(rel)], f"Edited by you: {rel}",
                                    git.person_author())

    def commit_candidates(self) -> list[str]:
        """Adopted folders: the person's own uncommitted files a "Your edits" commit would
        hold (none for Devora's own projects, whose edits are committed as they come)."""
        return self._git().person_changes() if self.adopted else []

    def commit_person_edits(self, message: str = "Your edits") -> str | None:
        """Save what the person changed themselves as its own version, never mixed into an
        agent's: in an adopted folder, what ``git add -A`` would stage minus secret files."""
        if not self.adopted:
            return self.commit(message)
        git = self._git()
        return self._commit_adopted(git.person_changes(), message, git.person_author())

    def _save_person_originals(self, written: list[str]) -> list[str]:
        """The person's unsaved text of files this run wrote, as it was before the run (kept
        as originals), committed as "Your edits" so no version loses it."""
        mine = [p for p in written if p in self._person_edits]
        if not mine:
            return []
        assert self.meta is not None
        kept = self._originals()
        folder = self.meta / "originals"
        contents = {p: (folder / kept[p]).read_bytes() if kept.get(p) else None for p in mine}
        git = self._git()
        try:
            git.commit_paths(mine, "Your edits", git.person_author(), contents=contents)
        except OSError as exc:
            raise StoreError(f"could not save a version of the project: {exc}") from exc
        self._person_edits -= set(mine)
        return mine

    def _commit_adopted(self, paths: list[str], message: str, author: bytes) -> str | None:
        if not paths:
            return None
        try:
            sha = self._git().commit_paths(paths, message, author)
        except OSError as exc:
            raise StoreError(f"could not save a version of the project: {exc}") from exc
        self._forget_originals()
        return sha

    def _is_linked(self, rel: str) -> bool:
        try:
            return first_symlink(self.root, rel) is not None
        except OSError:
            return False

    def clear_stale_locks(self) -> list[str]:
        """Remove git lock files. Only a caller that holds the data dir's instance lock may
        call this: then no other Devora writes here, so any lock is a crash's leftover."""
        git_dir = self.root / ".git"
        if not git_dir.is_dir() or git_dir.is_symlink():
            return []
        marker = self.root / GIT_WRITING
        # A save that died mid-way may have left a lock on any object: look everywhere then;
        # otherwise only where a lock can outlive a write that finished (cheap at start-up).
        locks = git_dir.rglob("*.lock") if marker.exists() else [
            *git_dir.glob("*.lock"), *git_dir.glob("refs/**/*.lock")]
        removed = []
        for lock in list(locks):
            if lock.is_file() and not lock.is_symlink():
                with contextlib.suppress(FileNotFoundError):
                    lock.unlink()
                    removed.append(lock.relative_to(git_dir).as_posix())
        marker.unlink(missing_ok=True)
        return removed

    @staticmethod
    def _has_staged_changes(repo) -> bool:
        index = repo.open_index()
        tree_id = index.commit(repo.object_store)
        try:
            head_tree = repo[repo.head()].tree
        except KeyError:
            return len(index) > 0
        return tree_id != head_tree

    def history(self) -> list[Version]:
        from devora_desktop.core.models import Version

        repo = self._repo()
        try:
            try:
                walker = repo.get_walker()
            except KeyError:
                return []
            entries = [e.commit for e in walker]
        finally:
            repo.close()
        total = len(entries)
        versions = []
        for i, c in enumerate(entries):
            msg = c.message.decode("utf-8", errors="replace").strip()
            run_id = None
            m = re.search(r"^Devora-Run: (\S+)$", msg, re.M)
            if m:
                run_id = m.group(1)
                msg = msg[: m.start()].strip()
            versions.append(Version(id=c.id.decode(), number=total - i, message=msg,
                                    created_at=datetime.fromtimestamp(c.commit_time, UTC),
                                    run_id=run_id))
        return versions

    def resolve_version(self, ref: str) -> str:
        """A version id from a full/short sha or a number ("3", "v3")."""
        versions = self.history()
        ref = ref.strip()
        num = ref[1:] if ref.lower().startswith("v") else ref
        if num.isdigit():
            for v in versions:
                if v.number == int(num):
                    return v.id
        matches = [v.id for v in versions if len(ref) >= 4 and v.id.startswith(ref.lower())]
        if len(matches) == 1:
            return matches[0]
        raise NotFound(f"no version {ref!r} in this project",
                       hint="`devora projects history PROJECT` lists them",
                       window_hint=HISTORY_LISTS)

    def files_at(self, version: str) -> dict[str, bytes]:
        repo = self._repo()
        try:
            commit = _version(repo, version)
            out: dict[str, bytes] = {}
            for entry in repo.object_store.iter_tree_contents(commit.tree):
                out[entry.path.decode()] = repo[entry.sha].data
            return out
        finally:
            repo.close()

    def file_at(self, version: str, rel: str) -> bytes | None:
        """One file's bytes at ``version`` (None: not in it), without reading the others (a
        diff of one file in an adopted repository of thousands)."""
        from dulwich.errors import NotTreeError
        from dulwich.object_store import tree_lookup_path

        repo = self._repo()
        try:
            commit = _version(repo, version)
            try:
                _mode, sha = tree_lookup_path(repo.__getitem__, commit.tree, rel.encode())
            except (KeyError, NotTreeError):
                return None
            return repo[sha].data
        finally:
            repo.close()

    def changes_between(self, old: dict[str, bytes], new: dict[str, bytes]) -> list[FileChange]:
        changes = [FileChange(p, "added") for p in new if p not in old]
        changes += [FileChange(p, "deleted") for p in old if p not in new]
        changes += [FileChange(p, "modified") for p in new if p in old and old[p] != new[p]]
        return sorted(changes, key=lambda c: c.path)

    def diff(self, old_version: str | None, new_version: str | None) -> str:
        """Unified diff between two versions (None = the empty project / the working tree)."""
        old = self.files_at(old_version) if old_version else {}
        new = self.files_at(new_version) if new_version else self.snapshot()
        return self._unified(old, new)

    def diff_to_worktree(self, version: str) -> str:
        """Unified diff from ``version`` to the files as they are now. In an opened folder only
        the paths that can differ are read (what changed since ``version`` in the history,
        plus the person's uncommitted files): a big repository is not read whole."""
        if not self.adopted:
            return self.diff(version, None)
        from dulwich.diff_tree import tree_changes
        from dulwich.object_store import tree_lookup_path

        from devora_desktop.core.gitrepo import is_secret_file

        repo = self._repo()
        try:
            base = repo[version.encode()].tree
            head = self.head()
            paths = set(self._git().person_changes())
            if head is not None and head != version:
                for c in tree_changes(repo.object_store, base, repo[head.encode()].tree):
                    paths.update(p.decode("utf-8", "replace") for p in (c.old.path, c.new.path)
                                 if p)
            old: dict[str, bytes] = {}
            new: dict[str, bytes] = {}
            for rel in sorted(paths):
                if is_secret_file(rel):
                    continue
                try:
                    _mode, sha = tree_lookup_path(repo.object_store.__getitem__, base,
                                                  rel.encode("utf-8"))
                    old[rel] = repo[sha].data
                except KeyError:
                    pass
                if self.exists(rel):
                    with contextlib.suppress(OSError):
                        new[rel] = self.path_for(rel).read_bytes()
        finally:
            repo.close()
        return self._unified(old, new)

    def _unified(self, old: dict[str, bytes], new: dict[str, bytes]) -> str:
        chunks: list[str] = []
        for change in self.changes_between(old, new):
            a, b = old.get(change.path, b""), new.get(change.path, b"")
            if looks_binary(a) or looks_binary(b):
                chunks.append(f"Binary file {change.path} {change.kind}\n")
                continue
            for line in difflib.unified_diff(
                    a.decode("utf-8", "replace").splitlines(keepends=True),
                    b.decode("utf-8", "replace").splitlines(keepends=True),
                    fromfile=f"a/{change.path}" if change.kind != "added" else "/dev/null",
                    tofile=f"b/{change.path}" if change.kind != "deleted" else "/dev/null"):
                chunks.append(line if line.endswith("\n") else line + NO_NEWLINE)
        return "".join(chunks)

    def checkout_files(self, files: dict[str, bytes]) -> None:
        """Make the project's files exactly ``files``: every listed file (including the ones
        the workspace wrote into ignored folders) not in ``files`` goes; a symlink standing
        where a file of ``files`` belongs is removed (the link, never its target)."""
        for rel in self.list_files():
            if rel not in files:
                self.delete_file(rel)
        for rel, data in files.items():
            if kept_local(rel):
                continue  # a version that still held one never overwrites the person's own
            try:
                normalize_rel_path(rel)
            except UnsafePathError:
                continue  # saved before today's rules; never written back
            link = first_symlink(self.root, rel)
            if link is not None:
                link.unlink()
            target = self.root.joinpath(*rel.split("/"))
            if not target.is_file() or target.read_bytes() != data:
                self.write_file(rel, data)

    def restore(self, version: str, message: str | None = None) -> str | None:
        """Bring back a version as a new commit on top, so the history in between is kept.
        In an adopted folder only the files that differ between the two versions change."""
        files = self.files_at(version)
        number = next((v.number for v in self.history() if v.id == version), None)
        if self.adopted:
            self._checkout_changed(files)
        else:
            self.checkout_files(files)
        label = f"v{number}" if number else version[:8]
        try:
            return self.commit(message or f"Restore {label}")
        except StoreError:
            self.reset_to_head()  # never leave the folder at neither version
            raise

    def revert_plan(self, version: str) -> RevertPlan:
        """What :meth:`revert` would do now, without doing it (the window asks with it)."""
        versions = self.history()
        idx = next((i for i, v in enumerate(versions) if v.id == version), None)
        if idx is None:
            raise NotFound(f"no version {version[:12]!r} in this project")
        before = versions[idx + 1] if idx + 1 < len(versions) else None
        then = self.files_at(before.id) if before is not None else {}
        now = self.files_at(versions[0].id)
        return RevertPlan(number=versions[idx].number,
                          back_to=before.number if before is not None else None,
                          latest=idx == 0, changes=self.changes_between(now, then),
                          current=versions[0].number)

    def revert(self, version: str) -> str | None:
        """Undo one version: the project as it was before ``version``, as a new version on
        top ("Revert vN"), so nothing is lost (Restore brings the reverted one back).
        Reverting the first version leaves none of its files."""
        versions = self.history()
        idx = next((i for i, v in enumerate(versions) if v.id == version), None)
        if idx is None:
            raise NotFound(f"no version {version[:12]!r} in this project",
                           hint="`devora projects history PROJECT` lists them",
                           window_hint=HISTORY_LISTS)
        label = f"Revert v{versions[idx].number}"
        if idx + 1 < len(versions):
            return self.restore(versions[idx + 1].id, message=label)
        if self.adopted:
            self._checkout_changed({})
        else:
            self.checkout_files({})
        try:
            return self.commit(label, allow_empty=True)
        except StoreError:
            self.reset_to_head()  # never leave the folder at neither version
            raise

    def _checkout_changed(self, files: dict[str, bytes]) -> None:
        head = self.head()
        current = self.files_at(head) if head else {}
        differ = [c.path for c in self.changes_between(current, files)]
        mine = set(self._git().person_changes()) & set(differ)
        if mine:
            raise StoreError(f"{sorted(mine)[0]} has changes that are not in a version yet, "
                             "and going back would overwrite them",
                             hint="commit them (or let Devora save them as your edits) first")
        try:
            for rel in differ:
                if rel in files:
                    self.write_file(rel, files[rel])
                else:
                    self.delete_file(rel)
        except (UnsafePathError, OSError) as exc:
            self._put_back_originals()  # all or nothing: the folder stays at its version
            why = exc.reason if isinstance(exc, UnsafePathError) else str(exc)
            raise StoreError(f"could not go back: {why}; nothing was changed",
                             hint="do it with git (git checkout VERSION -- PATH)") from exc

    def reset_to_head(self) -> None:
        """Throw away uncommitted changes: used when a run fails or is cancelled. Raises
        StoreError when the folder could not be brought back (the caller must say so).
        In an adopted folder only what Devora wrote is put back."""
        try:
            if self.adopted:
                self._put_back_originals()
                return
            head = self.head()
            self.checkout_files(self.files_at(head) if head else {})
        except StoreError:
            raise
        except (OSError, UnsafePathError, KeyError, ValueError) as exc:
            why = exc.reason if isinstance(exc, UnsafePathError) else (
                getattr(exc, "strerror", None) or str(exc) or type(exc).__name__)
            raise StoreError(f"the project could not be restored to its last version ({why})",
                             hint="`devora projects restore PROJECT VERSION` or fix the folder "
                                  "by hand", window_hint="restore a version from History, or "
                                  "fix the folder by hand") from exc

    def has_uncommitted_changes(self) -> bool:
        if self.adopted:
            return bool(self.written_since_commit() or self._git().person_changes())
        head = self.head()
        committed = self.files_at(head) if head else {}
        return committed != self.snapshot()


