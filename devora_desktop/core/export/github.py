"""Export to GitHub as ONE commit through the Git Data API (PyGithub).

blobs (base64, so binaries survive) -> a full tree without ``base_tree`` (so deletions apply)
-> a commit on the current head -> the ref moved WITHOUT force. A non-fast-forward raises
:class:`NonFastForward`, and the caller asks "overwrite" or "new branch"; a failure before
the ref move leaves the repository exactly as it was. PyGithub is synchronous: call these
from a worker thread (``asyncio.to_thread``), never on the event loop.

PyGithub's own retries are off: every API call goes through the one policy of ``core.retry``
(429, 5xx and secondary rate limits; Retry-After honoured up to its cap, a longer one ends the
export with "rate-limited by GitHub until TIME").
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

import httpx

from devora_desktop.core.errors import ExportError
from devora_desktop.core.export import ExportPlan
from devora_desktop.core.logs import register_secret
from devora_desktop.core.retry import (
    RetryPolicy,
    parse_retry_after,
    sync_retrying,
    until,
    until_text,
)

API = "https://api.github.com"
OAUTH = "https://github.com"
MAX_FILE = 100 * 1024 * 1024
Progress = Callable[[int, int, str], None]
T = TypeVar("T")


class NonFastForward(ExportError):
    def __init__(self, branch: str) -> None:
        super().__init__(f"the {branch} branch on GitHub has commits that are not in this "
                         "export", hint="choose overwrite, or push to a new branch")
        self.branch = branch


@dataclass
class PushResult:
    repo_url: str
    branch: str
    commit_sha: str
    files: int


def _retry_after(exc: BaseException) -> float | None:
    headers = getattr(exc, "headers", None) or {}
    value = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    return parse_retry_after(value)


def _retryable(exc: BaseException) -> bool:
    """429, 5xx, and GitHub's rate-limit 403s (primary and secondary) are worth a retry."""
    from github import GithubException

    if not isinstance(exc, GithubException):
        return False
    status = exc.status or 0
    return status == 429 or status >= 500 or (
        status == 403 and "rate limit" in str(exc.data).lower())


def _map(exc: Exception, what: str) -> ExportError:
    from github import BadCredentialsException, GithubException, RateLimitExceededException

    if isinstance(exc, BadCredentialsException) or getattr(exc, "status", None) == 401:
        return ExportError("GitHub rejected the token (expired or revoked)",
                           hint="sign in to GitHub again in Export")
    if isinstance(exc, RateLimitExceededException) or (
            isinstance(exc, GithubException) and exc.status in (403, 429)
            and "rate limit" in str(exc.data).lower()):
        wait = _retry_after(exc)
        if wait is not None and wait > 0:
            return ExportError(f"rate-limited by GitHub until {until_text(until(wait))}",
                               hint="export again then")
        return ExportError("GitHub is rate limiting this account",
                           hint="wait a minute and export again")
    if isinstance(exc, GithubException):
        message = (exc.data or {}).get("message", "") if isinstance(exc.data, dict) else ""
        if exc.status == 403:
            return ExportError(f"GitHub refused to {what}: the token lacks permission",
                               hint="give the token 'repo' (classic) or Contents: write "
                                    "(fine-grained) access")
        return ExportError(f"GitHub could not {what} ({exc.status}: {message or 'error'})")
    if isinstance(exc, OSError | TimeoutError):
        return ExportError(f"could not reach GitHub to {what}",
                           hint="check your connection and try again")
    return ExportError(f"GitHub export failed while trying to {what}")


class GitHubExporter:
    def __init__(self, token: str, *, base_url: str = API, empty_retries: int = 8,
                 empty_delay: float = 1.0, retry: RetryPolicy | None = None) -> None:
        from github import Auth, Github

        register_secret(token)

        def client(lazy: bool = False) -> Github:
            return Github(base_url=base_url, auth=Auth.Token(token), timeout=30,
                          seconds_between_requests=0, seconds_between_writes=0, retry=0,
                          lazy=lazy)

        self._client = client
        self._local = threading.local()
        self.gh = client()
        self.retry = retry or RetryPolicy()
        self.empty_retries = empty_retries
        self.empty_delay = empty_delay

    def _own_repo(self, repo):
        """``repo`` through a client of this thread's own. PyGithub's client is not
        thread-safe: its one connection object keeps a request's verb, URL and body between
        ``request()`` and ``getresponse()``, so two upload threads sent each other's bodies
        and a file was exported holding another file's text (file86.ts as file92.ts's,
        under load). A lazy repository costs no request."""
        gh = getattr(self._local, "gh", None)
        if gh is None:
            gh = self._local.gh = self._client(lazy=True)
        return gh.get_repo(repo.full_name)

    def _call(self, fn: Callable[[], T]) -> T:
        """One GitHub API call under the shared policy. A Retry-After beyond the cap is not
        waited out: the error goes up at once and ``_map`` says until when."""
        return sync_retrying(
            self.retry, what="GitHub call",
            retryable=lambda e: _retryable(e) and not self.retry.too_long(_retry_after(e)),
            retry_after=_retry_after)(fn)

    def open_pull_request(self, full_name: str, head: str, base: str, title: str,
                          body: str = "") -> str:
        """A pull request from branch ``head`` (pushed already, core/gitsync.py) into
        ``base``; returns its web address."""
        try:
            repo = self._call(lambda: self.gh.get_repo(full_name))
            pr = self._call(lambda: repo.create_pull(base=base, head=head, title=title,
                                                     body=body))
            return pr.html_url
        except Exception as exc:
            raise _map(exc, "open the pull request") from None

    def login(self) -> str:
        try:
            return self._call(lambda: self.gh.get_user().login)
        except Exception as exc:
            raise _map(exc, "check the token") from None

    def create_repo(self, name: str, *, private: bool = True, description: str = ""):
        from github import GithubException

        try:
            return self._call(lambda: self.gh.get_user().create_repo(
                name, private=private, auto_init=True, description=description[:300]))
        except GithubException as exc:
            if exc.status == 422:
                raise ExportError(f"a repository named {name!r} already exists on your account",
                                  hint="pick another name, or export to the existing one")\
                    from None
            raise _map(exc, "create the repository") from None
        except Exception as exc:
            raise _map(exc, "create the repository") from None

    def get_repo(self, full_name: str):
        try:
            return self._call(lambda: self.gh.get_repo(full_name))
        except Exception as exc:
            raise _map(exc, f"open {full_name}") from None

    def _head(self, repo, branch: str):
        """The branch ref; waits while a just-created repo's auto-init settles (409)."""
        from github import GithubException

        for attempt in range(self.empty_retries + 1):
            try:
                return self._call(lambda: repo.get_git_ref(f"heads/{branch}"))
            except GithubException as exc:
                if exc.status == 409 and attempt < self.empty_retries:
                    time.sleep(self.empty_delay)
                    continue
                if exc.status == 409:
                    raise ExportError("the GitHub repository is still empty",
                                      hint="wait a moment and export again") from None
                if exc.status == 404:
                    return None
                raise _map(exc, "read the branch") from None

    def push(self, repo, plan: ExportPlan, message: str, *, branch: str | None = None,
             include_flagged: bool = False, on_conflict: str | None = None,
             progress: Progress | None = None) -> PushResult:
        """One commit holding exactly the plan's files. ``on_conflict``: None (raise
        NonFastForward), "overwrite" (force the ref), or "branch:NAME" (a new branch)."""
        from github import GithubException, InputGitTreeElement

        files = plan.files_to_send(include_flagged)
        too_big = [f for f in files if (plan.root / f).stat().st_size > MAX_FILE]
        if too_big:
            raise ExportError(f"{too_big[0]} is larger than GitHub's 100 MB file limit",
                              hint="remove it from the project or use Git LFS")
        try:
            branch = branch or repo.default_branch or "main"
            ref = self._head(repo, branch)
            parents = [self._call(lambda: repo.get_git_commit(ref.object.sha))] \
                if ref is not None else []
            # Blobs are independent: 8 at a time (one round trip each; 200 files took 18 s
            # one by one against a loopback server, more against github.com).
            done = 0
            lock = threading.Lock()

            def upload(rel: str):
                nonlocal done
                content = base64.b64encode(plan.read(rel)).decode()
                own = self._own_repo(repo)
                blob = self._call(lambda: own.create_git_blob(content, "base64"))
                mode = "100755" if plan.mode(rel) & 0o111 else "100644"
                with lock:
                    done += 1
                    if progress:
                        progress(done, len(files) + 2, rel)
                return InputGitTreeElement(rel, mode, "blob", sha=blob.sha)

            with ThreadPoolExecutor(max_workers=8) as pool:
                elements = list(pool.map(upload, files))
            tree = self._call(lambda: repo.create_git_tree(elements))
            commit = self._call(lambda: repo.create_git_commit(message, tree, parents))
            if progress:
                progress(len(files) + 1, len(files) + 2, "commit")
            target = branch
            if ref is None:
                self._call(lambda: repo.create_git_ref(f"refs/heads/{branch}", commit.sha))
            elif on_conflict and on_conflict.startswith("branch:"):
                target = on_conflict.split(":", 1)[1]
                self._call(lambda: repo.create_git_ref(f"refs/heads/{target}", commit.sha))
            else:
                try:
                    self._call(lambda: ref.edit(commit.sha, force=on_conflict == "overwrite"))
                except GithubException as exc:
                    if exc.status == 422:
                        raise NonFastForward(branch) from None
                    raise
        except ExportError:
            raise
        except Exception as exc:
            raise _map(exc, "push the files") from None
        if progress:
            progress(len(files) + 2, len(files) + 2, "done")
        return PushResult(repo.html_url, target, commit.sha, len(files))


# ---- OAuth device flow (async, httpx) ------------------------------------------------------
@dataclass
class DeviceCode:
    device_code: str
    user_code: str
    verification_uri: str
    interval: float
    expires_in: float


async def start_device_flow(client_id: str, *, base: str = OAUTH,
                            scope: str = "repo") -> DeviceCode:
    async with httpx.AsyncClient(trust_env=False, timeout=15) as client:
        resp = await client.post(f"{base}/login/device/code", data={
            "client_id": client_id, "scope": scope}, headers={"Accept": "application/json"})
    if resp.status_code != 200:
        raise ExportError(f"GitHub sign-in could not start ({resp.status_code})")
    d = resp.json()
    return DeviceCode(d["device_code"], d["user_code"], d["verification_uri"],
                      float(d.get("interval", 5)), float(d.get("expires_in", 900)))


async def poll_device_flow(client_id: str, code: DeviceCode, *, base: str = OAUTH,
                           sleep=None) -> str:
    """Poll until the user approves; returns the token. Handles authorization_pending,
    slow_down (+5 s), expired_token and access_denied as GitHub documents them."""
    import asyncio

    sleep = sleep or asyncio.sleep
    interval = code.interval
    deadline = time.monotonic() + code.expires_in
    async with httpx.AsyncClient(trust_env=False, timeout=15) as client:
        while True:
            await sleep(interval)
            resp = await client.post(f"{base}/login/oauth/access_token", data={
                "client_id": client_id, "device_code": code.device_code,
                "grant_type": "urn:ietf:params:oauth:grant-type:device_code"},
                headers={"Accept": "application/json"})
            data = resp.json()
            if "access_token" in data:
                register_secret(data["access_token"])
                return data["access_token"]
            error = data.get("error")
            if error == "authorization_pending":
                pass
            elif error == "slow_down":
                interval = float(data.get("interval", interval + 5))
            elif error == "expired_token" or time.monotonic() > deadline:
                raise ExportError("the GitHub sign-in code expired",
                                  hint="start the sign-in again")
            elif error == "access_denied":
                raise ExportError("GitHub sign-in was cancelled")
            else:
                raise ExportError(f"GitHub sign-in failed ({error or resp.status_code})")
