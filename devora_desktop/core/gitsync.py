"""A project and its remote, both ways, over git's smart HTTP (dulwich; no git binary): clone a
repository as a new opened folder, pull (fast-forward only), push a branch.

Nothing is ever lost or forced: a pull that would overwrite the person's uncommitted work, or
whose histories diverged, changes nothing and says why; a push never forces, so a remote that
moved on refuses it and the message says so. See docs/ARCHITECTURE.md, Open a folder.
"""

from __future__ import annotations

import io
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from devora_desktop.core.errors import DevoraError, ExportError, StoreError
from devora_desktop.core.gitrepo import GitFolder
from devora_desktop.core.words import plural
from devora_desktop.core.workspace import atomic_write

if TYPE_CHECKING:
    from dulwich.repo import Repo

TOKEN_USER = "x-access-token"  # GitHub's user name for a token over HTTPS


def _auth(token: str | None) -> dict:
    return {"username": TOKEN_USER, "password": token} if token else {}


#: What urllib3 and the socket layer say when the server cannot be reached at all (no
#: network, a name that does not resolve, a refused port, a timeout): dulwich passes them on
#: as text that was shown raw, cut at the window's edge ("HTTPSConnectionPool(host=…").
UNREACHABLE = ("Max retries exceeded", "NameResolutionError", "Failed to establish",
               "Connection refused", "timed out", "Name or service not known",
               "Temporary failure in name resolution", "Network is unreachable")


def _network_error(what: str, exc: Exception, url: str = "") -> DevoraError:
    from urllib.parse import urlsplit

    text = str(exc) or type(exc).__name__
    if "401" in text or "403" in text or "credentials" in text.lower() or \
            "Authentication" in type(exc).__name__:
        return ExportError(f"{what}: the server refused the credentials",
                           hint="store a token with `devora keys set github`",
                           window_hint="paste a token with the repo scope in Settings › "
                                       "Accounts")
    if isinstance(exc, ConnectionError | TimeoutError) or any(s in text for s in UNREACHABLE):
        host = urlsplit(url).netloc.rpartition("@")[2] if url else ""
        return ExportError(f"{what}: could not reach {host or 'the server'}",
                           hint="check your connection and try again")
    if "404" in text or "NotGitRepository" in type(exc).__name__:
        return ExportError(f"{what}: no repository at that address",
                           hint="check the address (copy it from the repository's page)")
    return ExportError(f"{what}: {text[:200]}", hint="check the URL and your connection")


def _web_url(url: str, what: str) -> str:
    """``url`` when it is http(s); ExportError otherwise. ssh (with the repository's
    ``core.sshCommand``), ``file://`` and the rest are not Devora's to run."""
    from urllib.parse import urlsplit

    if urlsplit(url).scheme.lower() in ("https", "http"):
        return url
    raise ExportError(f"{what}: {url[:120]!r} is not an https:// address; Devora pulls and "
                      "pushes over https only", hint="use git yourself for this remote, or "
                      "point it at the repository's https:// address")


def _repo_for_sync(root: Path) -> Repo:
    """The repository, opened so that its own ``.git/config`` says WHERE the remote is and
    nothing about HOW to reach it. Code that ran in the project could write that file (a
    folder that came with its .git, or Landlock alone, where .git is writable): dulwich
    would run its ``core.sshCommand``, send the token through its ``http.proxy`` with
    ``http.sslVerify`` off or to an ``insteadOf`` host, add its ``http.extraHeader`` and
    mirror-push (``remote.<name>.mirror``). Transport settings come from the person's own
    global and system git config only."""
    from dulwich.config import StackedConfig
    from dulwich.repo import Repo

    class _Repo(Repo):
        def get_config_stack(self) -> StackedConfig:
            return StackedConfig(StackedConfig.default_backends())

    return _Repo(str(root))


def _remote_url(repo: Repo, remote: str, what: str) -> str:
    from dulwich.porcelain import get_remote_repo

    try:
        _name, url = get_remote_repo(repo, remote)
    except Exception as exc:
        raise StoreError(f"{what}: no remote {remote!r}", hint="add one with git remote add"
                         ) from exc
    return _web_url(url.decode("utf-8", "replace") if isinstance(url, bytes) else url, what)


def clone(url: str, target: Path, token: str | None = None) -> Path:
    """Clone ``url`` into ``target`` (which must not exist yet or be empty)."""
    from dulwich import porcelain

    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise StoreError(f"{target} is not empty", hint="choose a new folder to clone into")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        porcelain.clone(url, str(target), checkout=True, errstream=io.BytesIO(),
                        **_auth(token)).close()
    except Exception as exc:  # dulwich raises many kinds; each becomes one line
        if target.exists() and not any(p for p in target.iterdir() if p.name != ".git"):
            import shutil

            shutil.rmtree(target, ignore_errors=True)  # a half clone is nobody's work
        raise _network_error(f"could not clone {url}", exc, url) from exc
    return target


@dataclass(frozen=True)
class PullResult:
    changed: list[str]
    head: str
    message: str


def _ancestors(repo, tip: bytes, limit: int = 200_000) -> set[bytes]:
    seen: set[bytes] = set()
    for entry in repo.get_walker(include=[tip], max_entries=limit):
        seen.add(entry.commit.id)
    return seen


def pull(root: Path, token: str | None = None, remote: str = "origin") -> PullResult:
    """Fetch ``remote`` and fast-forward the current branch to it, touching only the files that
    changed upstream; refuse (nothing changed) on divergence or over uncommitted work."""
    from dulwich import porcelain
    from dulwich.index import index_entry_from_stat

    git = GitFolder(root)
    state = git.state()
    if state.branch is None:
        raise StoreError("HEAD is detached, so there is no branch to pull into",
                         hint="check out a branch first")
    with _repo_for_sync(root) as sync:
        _remote_url(sync, remote, f"could not fetch from {remote}")
        try:
            porcelain.fetch(sync, remote, errstream=io.BytesIO(), quiet=True, **_auth(token))
        except Exception as exc:
            raise _network_error(f"could not fetch from {remote}", exc) from exc
    with git.repo() as repo:
        ref = f"refs/heads/{state.branch}".encode()
        theirs_ref = f"refs/remotes/{remote}/{state.branch}".encode()
        if theirs_ref not in repo.refs:
            raise StoreError(f"{remote} has no branch {state.branch}",
                             hint="push it first, or check out a branch the remote has")
        ours, theirs = repo.refs[ref], repo.refs[theirs_ref]
        if ours == theirs:
            return PullResult([], ours.decode(), "already up to date")
        behind = _ancestors(repo, theirs)
        if ours not in behind:
            ahead = _ancestors(repo, ours)
            if theirs in ahead:
                return PullResult([], ours.decode(), "nothing to pull: this branch is ahead")
            raise StoreError(f"{state.branch} and {remote}/{state.branch} have diverged; "
                             "nothing was changed",
                             hint="merge them with git (or push to a new branch), then pull")
        from dulwich.diff_tree import tree_changes as diff

        changes = list(diff(repo.object_store, repo[ours].tree, repo[theirs].tree))
        paths = {(c.new.path or c.old.path).decode("utf-8", "replace") for c in changes
                 if (c.new.path or c.old.path)}
        mine = set(git.person_changes()) & paths
        # an untracked file of the person's where the pull brings a new file
        index = repo.open_index()
        fresh = {p for p in paths if p.encode() not in index and (root / p).exists()}
        if mine | fresh:
            first = sorted(mine | fresh)[0]
            raise StoreError(f"{first} has changes of yours the pull would overwrite; "
                             "nothing was changed",
                             hint="commit them (or save them as your edits) and pull again")
        for change in changes:
            new = change.new
            if new.path is None:
                rel = change.old.path.decode("utf-8", "replace")
                with_path = root / rel
                if with_path.is_file() and not with_path.is_symlink():
                    with_path.unlink()
                if change.old.path in index:
                    del index[change.old.path]
                continue
            rel = new.path.decode("utf-8", "replace")
            if stat.S_ISLNK(new.mode) or new.mode == 0o160000:
                continue  # links and submodules: left to git
            target = root / rel
            atomic_write(target, repo[new.sha].data,
                         0o755 if new.mode & 0o111 else 0o644)
            index[new.path] = index_entry_from_stat(os.lstat(target), new.sha, new.mode)
        if not repo.refs.set_if_equals(ref, ours, theirs):
            raise StoreError("the branch moved during the pull; run it again")
        index.write()
        return PullResult(sorted(paths), theirs.decode(),
                          f"fast-forwarded {plural(len(paths), 'file')}")


def push(root: Path, branch: str, token: str | None = None, remote: str = "origin") -> str:
    """Push the current branch's commits to ``remote``'s ``branch``; never forced."""
    from dulwich import porcelain

    state = GitFolder(root).state()
    if state.branch is None or state.head is None:
        raise StoreError("nothing to push: no branch or no commit yet")
    refspec = f"refs/heads/{state.branch}:refs/heads/{branch}".encode()
    errors = io.BytesIO()
    try:
        with _repo_for_sync(root) as sync:
            _remote_url(sync, remote, f"could not push to {remote}")
            result = porcelain.push(sync, remote, refspecs=[refspec], outstream=io.BytesIO(),
                                    errstream=errors, force=False, **_auth(token))
    except DevoraError:
        raise
    except Exception as exc:
        text = f"{exc} {errors.getvalue().decode('utf-8', 'replace')}"
        if type(exc).__name__ == "DivergedBranches" or "non-fast-forward" in text:
            raise ExportError(f"{remote} has commits on {branch} that this project lacks; "
                              "nothing was pushed", hint="pull first, or push to a new branch") \
                from exc
        raise _network_error(f"could not push to {remote}", exc) from exc
    failed = {k: v for k, v in (getattr(result, "ref_status", None) or {}).items() if v}
    if failed:
        why = next(iter(failed.values()))
        raise ExportError(f"{remote} refused {branch}: {why}; nothing was overwritten",
                          hint="pull first, or push to a new branch")
    return state.head
