"""A person's own folder, adopted in place: what Devora may read in it and how it commits there.

Why it is its own module: an adopted repository belongs to the person, so Devora
- lists only what git would track (``.gitignore`` honoured) minus what must never reach a
  model: dependency and build folders, symlinks (never followed), binaries, huge files, Git LFS
  files and secret files (``.env*``, keys, credential files);
- commits object by object (blobs, a tree, a commit, then a compare-and-swap of the current
  branch), so no hook, filter, fsmonitor or any other program named by the repository runs,
  nothing is force-pushed or rewritten, and the person's index changes only for the paths
  Devora committed (a staged hunk elsewhere stays staged).
See docs/ARCHITECTURE.md, Open a folder.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
import re
import stat
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from devora_desktop.core.errors import StoreError

#: Author of the person's own versions when git does not know their name.
PERSON = b"You <you@localhost>"

#: Files listed for a model are at most this big; bigger ones are left out (never read).
MAX_LISTED_BYTES = 2 * 1024 * 1024
#: A person's file bigger than this is never committed by Devora as "your edits" (git hosts
#: refuse them too); the person commits it with git if they mean to.
MAX_COMMITTED_BYTES = 100 * 1024 * 1024
GITLINK = 0o160000

#: Folders tools fill: never listed in an adopted folder, tracked or not.
SKIPPED_DIRS = frozenset({".git", ".devora", ".hg", ".svn", ".bzr", "node_modules",
                          "bower_components", ".venv", "venv", "env", "__pycache__",
                          ".mypy_cache", ".pytest_cache", ".ruff_cache", ".tox", ".next",
                          ".nuxt", ".svelte-kit", ".turbo", ".cache", ".parcel-cache",
                          ".gradle", ".idea", "target", "dist", "build", "out", ".vercel",
                          "vendor", "coverage", ".terraform"})
_BINARY_WORDS = (
    ".png .jpg .jpeg .gif .webp .bmp .ico .icns .tif .tiff .psd .mp3 .mp4 .wav .ogg .mov .avi "
    ".webm .flac .woff .woff2 .ttf .otf .eot .zip .gz .tgz .bz2 .xz .7z .rar .tar .jar .war "
    ".class .pyc .pyo .so .dylib .dll .exe .o .a .lib .bin .dat .db .sqlite .sqlite3 .wasm "
    ".pdf .doc .docx .xls .xlsx .ppt .pptx .node .pack .idx .npy .npz .pt .onnx .pkl")
BINARY_SUFFIXES = frozenset(_BINARY_WORDS.split())
_ENV_ALLOWED = {".env.example", ".env.sample", ".env.template", ".env.dist"}
_SECRET_NAME = re.compile(
    r"^(\.env(\..+)?|.+\.(pem|key|p12|pfx|keystore|jks|kdbx|gpg|asc)|id_(rsa|dsa|ecdsa|ed25519)"
    r"|\.npmrc|\.pypirc|\.netrc|_netrc|\.git-credentials|\.htpasswd|credentials(\.json)?"
    r"|.*service[-_]?account.*\.json|secrets?\.(json|ya?ml|toml|ini)|\.dockercfg)$",
    re.IGNORECASE)


def own_git_folder(root: Path) -> None:
    """StoreError unless ``root/.git`` is a folder of its own (or absent). A ``.git`` file
    (``gitdir: …``) or link sends every commit, restore and rollback to another repository:
    Devora moved another project's branch when code in this one swapped its .git (Landlock
    alone leaves .git writable)."""
    git = Path(root) / ".git"
    if os.path.islink(git) or (git.exists() and not git.is_dir()):
        raise StoreError(f"{git} is no longer this project's own git folder (a file or link "
                         "to another repository now)", hint="put the project's .git folder "
                         "back (or remove the file and open the folder again); nothing was "
                         "changed")


def is_secret_file(rel: str) -> bool:
    """A file that holds secrets by its name: never staged, listed or sent to a model."""
    name = rel.rsplit("/", 1)[-1]
    return name.lower() not in _ENV_ALLOWED and bool(_SECRET_NAME.match(name))


@dataclass
class Listing:
    """The files Devora may read in an adopted folder, and what it left out (counts by why)."""

    files: list[str]
    skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1


@dataclass(frozen=True)
class RepoState:
    branch: str | None  # None: HEAD is detached
    head: str | None  # None: no commit yet
    busy: str | None  # "a merge" | "a rebase" | ... in progress
    submodules: tuple[str, ...]
    lfs_patterns: tuple[str, ...]


def _now_tz() -> tuple[int, int]:
    now = int(time.time())
    return now, time.localtime(now).tm_gmtoff


class GitFolder:
    """Read and commit in one adopted git working tree (dulwich, no git binary)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @contextlib.contextmanager
    def repo(self) -> Iterator:
        from dulwich.errors import NotGitRepository
        from dulwich.repo import Repo

        own_git_folder(self.root)
        try:
            repo = Repo(str(self.root))
        except NotGitRepository as exc:
            raise StoreError(f"{self.root} is no longer a git repository",
                             hint="put its .git folder back, or Remove it from Devora") from exc
        try:
            yield repo
        finally:
            repo.close()

    # ---- what the repository is doing ---------------------------------------------------
    def state(self) -> RepoState:
        with self.repo() as repo:
            target = repo.refs.read_ref(b"HEAD") or b""
            branch = target[len(b"ref: refs/heads/"):].decode("utf-8", "replace") \
                if target.startswith(b"ref: refs/heads/") else None
            try:
                head = repo.head().decode()
            except KeyError:
                head = None
            git_dir = Path(repo.controldir())
            busy = next((what for name, what in (
                ("MERGE_HEAD", "a merge"), ("rebase-merge", "a rebase"),
                ("rebase-apply", "a rebase or git am"), ("CHERRY_PICK_HEAD", "a cherry-pick"),
                ("REVERT_HEAD", "a revert"), ("BISECT_LOG", "a bisect"))
                if (git_dir / name).exists()), None)
            index = repo.open_index()
            subs = tuple(sorted(p.decode("utf-8", "replace") for p, e in index.items()
                                if getattr(e, "mode", 0) == GITLINK))
        return RepoState(branch, head, busy, subs, tuple(self._lfs_patterns()))

    def _lfs_patterns(self) -> list[str]:
        try:
            text = (self.root / ".gitattributes").read_text("utf-8", "replace")
        except OSError:
            return []
        return [line.split()[0] for line in text.splitlines()
                if "filter=lfs" in line and line.split() and not line.startswith("#")]

    # ---- listing ----------------------------------------------------------------------------
    def listing(self, for_model: bool = True) -> Listing:
        """Tracked files plus untracked ones git would add, minus what never reaches a model
        (``for_model`` False: keep binaries, big and LFS files, as an export wants them)."""
        from dulwich.ignore import IgnoreFilterManager

        out = Listing(files=[])
        with self.repo() as repo:
            index = repo.open_index()
            tracked: set[str] = set()
            gitlinks: set[str] = set()
            for path, entry in index.items():
                rel = path.decode("utf-8", "replace")
                (gitlinks if getattr(entry, "mode", 0) == GITLINK else tracked).add(rel)
            ignore = IgnoreFilterManager.from_repo(repo)
            lfs = self._lfs_patterns()
            seen: set[str] = set()
            stack = [""]
            while stack:
                rel_dir = stack.pop()
                try:
                    entries = list(os.scandir(self.root / rel_dir if rel_dir else self.root))
                except OSError:
                    out.skip("unreadable folders")
                    continue
                for entry in entries:
                    rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
                    try:
                        st = entry.stat(follow_symlinks=False)
                    except OSError:
                        continue
                    if stat.S_ISLNK(st.st_mode):
                        out.skip("symbolic links (never followed)")
                    elif stat.S_ISDIR(st.st_mode):
                        if entry.name in SKIPPED_DIRS or entry.name.lower() in SKIPPED_DIRS:
                            if entry.name != ".git":
                                out.skip("dependency, build and tool folders")
                        elif rel in gitlinks or os.path.lexists(os.path.join(entry.path, ".git")):
                            out.skip("submodules and nested repositories (left alone)")
                        elif ignore.is_ignored(rel + "/"):
                            out.skip("ignored by .gitignore")
                        else:
                            stack.append(rel)
                    elif stat.S_ISREG(st.st_mode):
                        seen.add(rel)
                        why = self._left_out(rel, st.st_size, rel in tracked, ignore, lfs,
                                             for_model)
                        if why:
                            out.skip(why)
                        else:
                            out.files.append(rel)
            # A tracked file inside an ignored folder is still the project's (git tracks it).
            for rel in sorted(tracked - seen):
                path = self.root / rel
                with contextlib.suppress(OSError):
                    st = os.lstat(path)
                    if stat.S_ISREG(st.st_mode) and not self._first_link(rel) and \
                            not any(p in SKIPPED_DIRS for p in rel.split("/")[:-1]) and \
                            not self._left_out(rel, st.st_size, True, ignore, lfs, for_model):
                        out.files.append(rel)
        out.files.sort()
        return out

    def _left_out(self, rel: str, size: int, tracked: bool, ignore, lfs: list[str],
                  for_model: bool = True) -> str | None:
        name = rel.rsplit("/", 1)[-1]
        if is_secret_file(rel):
            return "secret files (.env, keys, credentials)"
        if not tracked and ignore.is_ignored(rel):
            return "ignored by .gitignore"
        if not for_model:
            return None
        if size > MAX_LISTED_BYTES:
            return "files over 2 MB"
        if any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(name, p) for p in lfs):
            return "Git LFS files"
        if os.path.splitext(name)[1].lower() in BINARY_SUFFIXES:
            return "binary files"
        return None

    def _first_link(self, rel: str) -> bool:
        current = self.root
        for part in rel.split("/")[:-1]:
            current = current / part
            if current.is_symlink():
                return True
        return False

    # ---- what the person changed ----------------------------------------------------------
    def person_changes(self) -> list[str]:
        """Paths ``git add -A`` would stage, minus secret files and files over 100 MB: what a
        "your edits" version holds."""
        from dulwich.ignore import IgnoreFilterManager
        from dulwich.index import get_unstaged_changes

        changed: set[str] = set()
        with self.repo() as repo:
            index = repo.open_index()
            changed |= {p.decode("utf-8", "replace")
                        for p in get_unstaged_changes(index, str(self.root))}
            try:
                head_tree = repo[repo.head()].tree
            except KeyError:
                head_tree = None
            staged_tree = index.commit(repo.object_store)
            if head_tree is not None and staged_tree != head_tree:
                from dulwich.diff_tree import tree_changes

                for change in tree_changes(repo.object_store, head_tree, staged_tree):
                    for side in (change.old, change.new):
                        if side is not None and side.path is not None:
                            changed.add(side.path.decode("utf-8", "replace"))
            elif head_tree is None:
                changed |= {p.decode("utf-8", "replace") for p in index}
            tracked = {p.decode("utf-8", "replace") for p in index}
            ignore = IgnoreFilterManager.from_repo(repo)
        out = []
        for rel in sorted(changed | self._untracked(tracked, ignore)):
            if is_secret_file(rel):
                continue
            with contextlib.suppress(OSError):
                st = os.lstat(self.root / rel)
                if stat.S_ISLNK(st.st_mode) or st.st_size > MAX_COMMITTED_BYTES:
                    continue
            out.append(rel)
        return out

    def _untracked(self, tracked: set[str], ignore) -> set[str]:
        found: set[str] = set()
        for dirpath, dirnames, filenames in os.walk(self.root, followlinks=False):
            rel_dir = os.path.relpath(dirpath, self.root).replace(os.sep, "/")
            rel_dir = "" if rel_dir == "." else rel_dir
            keep = []
            for d in dirnames:
                rel = f"{rel_dir}/{d}" if rel_dir else d
                if d in (".git", ".devora") or os.path.islink(os.path.join(dirpath, d)) or \
                        os.path.lexists(os.path.join(dirpath, d, ".git")) or \
                        ignore.is_ignored(rel + "/"):
                    continue
                keep.append(d)
            dirnames[:] = keep
            for name in filenames:
                rel = f"{rel_dir}/{name}" if rel_dir else name
                if rel not in tracked and not ignore.is_ignored(rel) and \
                        not os.path.islink(os.path.join(dirpath, name)):
                    found.add(rel)
        return found

    def person_author(self) -> bytes:
        with self.repo() as repo:
            config = repo.get_config_stack()
            try:
                name, email = config.get(("user",), "name"), config.get(("user",), "email")
            except KeyError:
                return PERSON
        return name + b" <" + email + b">"

    # ---- committing ---------------------------------------------------------------------------
    def commit_paths(self, paths: Iterable[str], message: str, author: bytes,
                     contents: Mapping[str, bytes | None] | None = None) -> str | None:
        """Commit exactly ``paths`` as they are on disk (a missing one is removed) on top of
        the current branch; a path in ``contents`` is committed with those bytes instead
        (None: removed), and the index is left alone for it. Returns the new commit id, or
        None when nothing changed."""
        from dulwich.index import index_entry_from_stat
        from dulwich.object_store import commit_tree_changes, tree_lookup_path
        from dulwich.objects import Blob, Commit, Tree

        paths = sorted(set(paths))
        with self.repo() as repo:
            target = repo.refs.read_ref(b"HEAD") or b""
            if not target.startswith(b"ref: refs/heads/"):
                raise StoreError("HEAD is detached, so Devora has no branch to add versions to",
                                 hint="check out a branch (git switch -c devora) and try again")
            ref = target[len(b"ref: "):]
            old = repo.refs[ref] if ref in repo.refs else None  # noqa: SIM401 (no .get)
            if old is not None:
                base = repo[old].tree
            else:
                empty = Tree()
                repo.object_store.add_object(empty)
                base = empty.id
            changes, staged = [], {}
            given = contents or {}
            for rel in paths:
                full = self.root / rel
                key = rel.encode("utf-8")
                if rel in given:
                    data = given[rel]
                    if data is None:
                        with contextlib.suppress(KeyError):  # removed, if it was there
                            tree_lookup_path(repo.object_store.__getitem__, base, key)
                            changes.append((key, None, None))
                        continue
                    blob = Blob.from_string(data)
                    repo.object_store.add_object(blob)
                    changes.append((key, 0o100644, blob.id))
                    continue
                try:
                    st = os.lstat(full)
                except FileNotFoundError:
                    st = None
                if st is not None and stat.S_ISREG(st.st_mode):
                    blob = Blob.from_string(full.read_bytes())
                    repo.object_store.add_object(blob)
                    mode = 0o100755 if st.st_mode & 0o111 else 0o100644
                    changes.append((key, mode, blob.id))
                    staged[key] = index_entry_from_stat(st, blob.id, mode)
                elif st is None:
                    try:
                        tree_lookup_path(repo.object_store.__getitem__, base, key)
                    except KeyError:
                        continue
                    changes.append((key, None, None))
                    staged[key] = None
            tree_id = commit_tree_changes(repo.object_store, base, changes)
            if old is not None and tree_id == base:
                return None
            commit = Commit()
            commit.tree = tree_id
            commit.parents = [old] if old is not None else []
            commit.author = commit.committer = author
            now, tz = _now_tz()
            commit.author_time = commit.commit_time = now
            commit.author_timezone = commit.commit_timezone = tz
            commit.encoding = b"UTF-8"
            commit.message = message.encode("utf-8")
            repo.object_store.add_object(commit)
            moved = repo.refs.add_if_new(ref, commit.id) if old is None else \
                repo.refs.set_if_equals(ref, old, commit.id)
            if not moved:
                raise StoreError("the branch moved while Devora was saving a version; nothing "
                                 "was overwritten", hint="run it again")
            index = repo.open_index()
            for key, entry in staged.items():
                if entry is None:
                    if key in index:
                        del index[key]
                else:
                    index[key] = entry
            index.write()
            return commit.id.decode()
