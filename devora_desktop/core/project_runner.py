"""Runs tools (npm, python, a headless browser) in a project folder, for checks and previews.

Generated code is untrusted (docs/ARCHITECTURE.md, Safety), so every process here:
- gets a scrubbed environment built from an allow-list (never API keys, never ``DEVORA_*``);
- runs in its own process group (POSIX session; Windows ``CREATE_NEW_PROCESS_GROUP``), and the
  whole tree is killed on timeout, on cancel and when the main process ends, so a build's
  workers or a dev server's children never outlive the check;
- has its output capped (lines, line length) while it is still read, so a chatty or hostile
  program cannot fill memory.
A child that starts its own session (``setsid``) escapes the group; nothing here can stop that
short of a container, which is out of scope for a desktop app.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

IS_WINDOWS = sys.platform == "win32"

#: Variables a tool may see. Everything else (API keys, tokens, DEVORA_*) stays behind.
ENV_ALLOW = frozenset({
    "PATH", "HOME", "USERPROFILE", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES",
    "TMP", "TEMP", "TMPDIR", "TZ", "TERM", "USER", "USERNAME", "LOGNAME", "SHELL",
    # Windows needs these to start almost anything
    "SYSTEMROOT", "SYSTEMDRIVE", "WINDIR", "COMSPEC", "PATHEXT", "APPDATA", "LOCALAPPDATA",
    "PROGRAMDATA", "PROGRAMFILES", "PROGRAMFILES(X86)", "PROGRAMW6432", "COMMONPROGRAMFILES",
    "NUMBER_OF_PROCESSORS", "PROCESSOR_ARCHITECTURE", "HOMEDRIVE", "HOMEPATH",
    # certificates and proxies (a proxy with a password in it is dropped: see _proxy_ok)
    "SSL_CERT_FILE", "SSL_CERT_DIR", "NODE_EXTRA_CA_CERTS", "REQUESTS_CA_BUNDLE",
    "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy",
    # a display, for the rare tool that wants one (headless checks do not)
    "DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR", "QT_QPA_PLATFORM",
})
_PROXIES = {"HTTP_PROXY", "HTTPS_PROXY"}


def _proxy_ok(value: str) -> bool:
    """A proxy URL is passed on only without credentials in it."""
    try:
        return "@" not in (urlsplit(value if "://" in value else "//" + value).netloc or "")
    except ValueError:
        return False


def scrubbed_env(extra: Mapping[str, str] | None = None,
                 base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment a tool gets: the allow-listed variables of ``base`` (default: ours),
    plus ``extra`` from Devora itself. ``DEVORA_*`` never passes, not even through ``extra``."""
    base = os.environ if base is None else base
    env: dict[str, str] = {}
    for name, value in base.items():
        key = name.upper() if IS_WINDOWS else name
        if key not in ENV_ALLOW and name not in ENV_ALLOW:
            continue
        if name.upper() in _PROXIES and not _proxy_ok(value):
            continue
        env[name] = value
    for name, value in (extra or {}).items():
        if not name.upper().startswith("DEVORA_"):
            env[name] = value
    return env


def find_tool(name: str, env: Mapping[str, str] | None = None) -> str | None:
    """The full path of ``name`` on the tool's PATH (``npm`` finds ``npm.cmd`` on Windows)."""
    path = (env or os.environ).get("PATH") or os.environ.get("PATH")
    return shutil.which(name, path=path)


@dataclass
class ProcessResult:
    """What a finished (or stopped) tool left behind. ``exit_code`` is None when it was
    killed for running too long; ``lines`` holds the head and tail of its output."""

    argv: list[str]
    exit_code: int | None
    seconds: float
    lines: list[str] = field(default_factory=list)
    truncated: bool = False
    timed_out: bool = False

    @property
    def ok(self) -> bool:
        return self.exit_code == 0

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


class OutputCap:
    """Keeps the first ``head`` and the last ``tail`` lines, each cut to ``line_chars``."""

    def __init__(self, head: int = 400, tail: int = 400, line_chars: int = 2000) -> None:
        self.head: list[str] = []
        self.tail: collections.deque[str] = collections.deque(maxlen=tail)
        self.head_max = head
        self.line_chars = line_chars
        self.dropped = 0
        self.total = 0

    def add(self, line: str) -> bool:
        """Store a line; False when it went nowhere but the tail (the caller stops echoing)."""
        self.total += 1
        if len(line) > self.line_chars:
            line = line[: self.line_chars] + " [...]"
        if len(self.head) < self.head_max:
            self.head.append(line)
            return True
        if len(self.tail) == self.tail.maxlen:
            self.dropped += 1
        self.tail.append(line)
        return False

    @property
    def truncated(self) -> bool:
        return self.dropped > 0 or self.total > len(self.head) + len(self.tail)

    def lines(self) -> list[str]:
        middle = [f"[... {self.dropped} lines not kept ...]"] if self.dropped else []
        return [*self.head, *middle, *self.tail]


def _group_kwargs() -> dict:
    if IS_WINDOWS:
        return {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}  # type: ignore[attr-defined]
    return {"start_new_session": True}


async def kill_tree(proc: asyncio.subprocess.Process, grace: float = 0.0) -> None:
    """Stop ``proc`` and every process in its group. With ``grace``, ask first (SIGTERM /
    taskkill without /F) and force after that many seconds."""
    if IS_WINDOWS:
        for force in ([False, True] if grace else [True]):
            args = ["taskkill", "/T", "/PID", str(proc.pid)] + (["/F"] if force else [])
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                killer = await asyncio.create_subprocess_exec(
                    *args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                await killer.wait()
            if not force:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(proc.wait(), grace)
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
    else:
        if grace:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGTERM)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(proc.wait(), grace)
        # The group outlives its leader: kill it even when the leader has exited.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError):
        await proc.wait()


async def exited(proc: asyncio.subprocess.Process, poll: float = 0.05) -> int:
    """The exit code as soon as the program ends. ``proc.wait()`` also waits for its output
    pipe to close, which a left-over child holding the pipe would delay for ever."""
    while proc.returncode is None:
        await asyncio.sleep(poll)
    return proc.returncode


async def pump_lines(stream: asyncio.StreamReader, on_line: Callable[[str], None]) -> None:
    """Split a byte stream into lines without the StreamReader's line-length limit."""
    pending = b""
    while chunk := await stream.read(65536):
        pending += chunk
        *complete, pending = pending.split(b"\n")
        for raw in complete:
            on_line(raw.rstrip(b"\r").decode("utf-8", "replace"))
        if len(pending) > 1_000_000:  # one endless line: emit what we have
            on_line(pending.decode("utf-8", "replace"))
            pending = b""
    if pending:
        on_line(pending.rstrip(b"\r").decode("utf-8", "replace"))


class ProjectRunner:
    """Runs programs in one project folder under the rules above. Asyncio-based; needs no Qt.

    ``env_extra`` adds Devora's own settings for every tool (a shared npm cache, telemetry
    off); ``on_line`` sees each kept output line as it arrives, for the live check output."""

    def __init__(self, root: Path, *, env_extra: Mapping[str, str] | None = None,
                 head_lines: int = 400, tail_lines: int = 400, line_chars: int = 2000) -> None:
        self.root = Path(root)
        self.env = scrubbed_env(env_extra)
        self.head_lines, self.tail_lines, self.line_chars = head_lines, tail_lines, line_chars

    def which(self, name: str) -> str | None:
        return find_tool(name, self.env)

    async def spawn(self, argv: Sequence[str], *,
                    env: Mapping[str, str] | None = None) -> asyncio.subprocess.Process:
        """Start ``argv`` in its own group with output on one pipe; the caller must end it
        with :func:`kill_tree`. ``argv[0]`` is looked up on the scrubbed PATH."""
        full_env = {**self.env, **scrubbed_env(env, base={})} if env else self.env
        exe = argv[0] if os.path.isabs(argv[0]) else find_tool(argv[0], full_env)
        if exe is None:
            raise FileNotFoundError(argv[0])
        return await asyncio.create_subprocess_exec(
            exe, *argv[1:], cwd=self.root, env=full_env, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, **_group_kwargs())

    async def run(self, argv: Sequence[str], *, timeout: float,
                  env: Mapping[str, str] | None = None,
                  on_line: Callable[[str], None] | None = None) -> ProcessResult:
        """Run to the end, or kill the whole tree after ``timeout`` seconds or on cancel
        (the cancel is re-raised once the tree is gone). Raises FileNotFoundError when the
        program is not installed."""
        cap = OutputCap(self.head_lines, self.tail_lines, self.line_chars)

        def take(line: str) -> None:
            if cap.add(line) and on_line is not None:
                on_line(line)

        started = time.monotonic()
        proc = await self.spawn(argv, env=env)
        assert proc.stdout is not None
        reader = asyncio.create_task(pump_lines(proc.stdout, take))
        timed_out = False
        try:
            try:
                await asyncio.wait_for(exited(proc), timeout)
            except TimeoutError:
                timed_out = True
        finally:
            # On cancel too: nothing the tool started may outlive it.
            await asyncio.shield(kill_tree(proc))
            try:
                await asyncio.wait_for(reader, 2.0)
            except TimeoutError:
                pass
            finally:
                reader.cancel()
        return ProcessResult(argv=list(argv), exit_code=None if timed_out else proc.returncode,
                             seconds=round(time.monotonic() - started, 3), lines=cap.lines(),
                             truncated=cap.truncated, timed_out=timed_out)
