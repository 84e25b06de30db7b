"""Runs tools (npm, python, a headless browser) in a project folder, for checks and previews.

Generated code is untrusted (see docs/ARCHITECTURE.md, Safety), so every process here:
- runs confined by core/sandbox.py (bubblewrap or Landlock; see ``sandbox.probe()`` for what
  this machine gives): only the project folder and the toolchains, a throwaway HOME, no
  network unless the run needs one, a new PID namespace, caps on processes, memory and file
  size. Where nothing confines, it runs as the user, and the caller has asked first;
- gets a scrubbed environment built from an allow-list (never API keys, never ``DEVORA_*``);
- runs in its own process group (POSIX session; Windows ``CREATE_NEW_PROCESS_GROUP``), and the
  whole tree is killed on timeout, on cancel and when the main process ends (confined, the
  sandbox's PID namespace or supervisor also takes the children that started a session);
- has its output capped (lines, line length, total bytes) while it is still read, so a
  chatty or hostile program cannot fill memory or keep the run going.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from devora_desktop.core import sandbox
from devora_desktop.core.sandbox import Confinement, Launch

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


def free_loopback_port() -> int:
    """A port on 127.0.0.1 nobody listens on now (for a dev server or a browser's DevTools)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _proxy_ok(value: str) -> bool:
    """A proxy URL is passed on only without credentials in it."""
    try:
        return "@" not in (urlsplit(value if "://" in value else "//" + value).netloc or "")
    except ValueError:
        return False


#: what shells and runtimes print when the kernel refuses a fork (RLIMIT_NPROC, pids cgroup)
_FORK_REFUSED = ("fork: Resource temporarily unavailable", "Cannot fork", "fork: retry",
                 "Resource temporarily unavailable (os error 11)", "EAGAIN, fork")


def _refused_a_fork(lines: Sequence[str]) -> bool:
    return any(sign in line for line in lines for sign in _FORK_REFUSED)


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
    #: a cap that ended the run: "processes", "file-size", "output" (None: it ended itself)
    over_limit: str | None = None

    @property
    def ok(self) -> bool:
        return self.exit_code == 0

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def limit_message(self, what: str, limits: sandbox.Limits | None = None) -> str | None:
        """One line for a run a cap ended (``what``: "npm run build", "the tests"...)."""
        limits = limits or sandbox.Limits()
        return {
            "processes": f"{what} tried to run more than {limits.processes} processes at "
                         "once (a fork bomb?): the sandbox's cap refused the rest",
            "file-size": f"{what} wrote a file larger than {limits.file_bytes // sandbox.MB} "
                         "MB, the limit, so it was stopped",
            "output": f"{what} printed more than {limits.output_bytes // sandbox.MB} MB of "
                      "output, so it was stopped",
        }.get(self.over_limit or "")


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
        launch: Launch | None = getattr(proc, "devora_launch", None)
        if launch is not None and launch.supervised and proc.returncode is None:
            # its supervisor kills what left the group (setsid) when asked, then exits
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(proc.pid, signal.SIGTERM)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(exited(proc), max(grace, 2.0))
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
    launch = getattr(proc, "devora_launch", None)
    if launch is not None:
        launch.cleanup()


async def exited(proc: asyncio.subprocess.Process, poll: float = 0.05) -> int:
    """The exit code as soon as the program ends. ``proc.wait()`` also waits for its output
    pipe to close, which a left-over child holding the pipe would delay for ever."""
    while proc.returncode is None:
        await asyncio.sleep(poll)
    return proc.returncode


async def pump_lines(stream: asyncio.StreamReader, on_line: Callable[[str], None],
                     limit: int | None = None,
                     on_over: Callable[[], None] | None = None) -> None:
    """Split a byte stream into lines without the StreamReader's line-length limit. Past
    ``limit`` bytes it calls ``on_over`` once (the caller ends the program) and drops the
    rest unread into lines, draining the pipe until it closes."""
    pending = b""
    total = 0
    while chunk := await stream.read(65536):
        total += len(chunk)
        if limit is not None and total > limit:
            if pending:
                on_line(pending[:2000].decode("utf-8", "replace"))
                pending = b""
            if on_over is not None:
                on_over()
                on_over = None
            continue
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

    ``env_extra`` adds Devora's own settings for every tool (telemetry off...); ``on_line``
    sees each kept output line as it arrives, for the live check output. ``confine`` is what
    every run may touch (default: the project folder, no network); a run can widen it (npm
    install: the registry and the package cache). ``kind`` forces how it is confined (tests);
    default: what :func:`sandbox.probe` found."""

    def __init__(self, root: Path, *, env_extra: Mapping[str, str] | None = None,
                 head_lines: int = 400, tail_lines: int = 400, line_chars: int = 2000,
                 confine: Confinement | None = None, kind: sandbox.Kind | None = None) -> None:
        self.root = Path(root)
        self.env = scrubbed_env(env_extra)
        self.head_lines, self.tail_lines, self.line_chars = head_lines, tail_lines, line_chars
        self.confine = confine or Confinement(project=self.root)
        self.kind = kind

    def which(self, name: str) -> str | None:
        return find_tool(name, self.env)

    async def spawn(self, argv: Sequence[str], *, env: Mapping[str, str] | None = None,
                    confine: Confinement | None = None,
                    cwd: Path | None = None) -> asyncio.subprocess.Process:
        """Start ``argv`` confined, in its own group, with output on one pipe; the caller
        must end it with :func:`kill_tree`. ``argv[0]`` is looked up on the scrubbed PATH.
        ``cwd`` (default: the project) lets a helper start outside the project."""
        full_env = {**self.env, **scrubbed_env(env, base={})} if env else self.env
        exe = argv[0] if os.path.isabs(argv[0]) else find_tool(argv[0], full_env)
        if exe is None or not os.access(exe, os.X_OK):
            raise FileNotFoundError(argv[0])  # inside the sandbox it would be exit 126
        kind = self.kind or await asyncio.to_thread(lambda: sandbox.probe().kind)
        launch = sandbox.prepare([exe, *argv[1:]], confine or self.confine, full_env,
                                 kind=kind, cwd=cwd)
        try:
            proc = await asyncio.create_subprocess_exec(
                *launch.argv, cwd=launch.cwd, env=launch.env, stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, preexec_fn=launch.preexec,
                **_group_kwargs())
        except BaseException:
            launch.cleanup()
            raise
        proc.devora_launch = launch  # type: ignore[attr-defined]  # kill_tree cleans up
        return proc

    async def run(self, argv: Sequence[str], *, timeout: float,
                  env: Mapping[str, str] | None = None,
                  on_line: Callable[[str], None] | None = None,
                  confine: Confinement | None = None,
                  cwd: Path | None = None) -> ProcessResult:
        """Run to the end, or kill the whole tree after ``timeout`` seconds, on cancel (the
        cancel is re-raised once the tree is gone) or past the output cap. Raises
        FileNotFoundError when the program is not installed."""
        cap = OutputCap(self.head_lines, self.tail_lines, self.line_chars)
        limits = (confine or self.confine).limits

        def take(line: str) -> None:
            if cap.add(line) and on_line is not None:
                on_line(line)

        started = time.monotonic()
        proc = await self.spawn(argv, env=env, confine=confine, cwd=cwd)
        assert proc.stdout is not None
        too_much = asyncio.Event()
        reader = asyncio.create_task(pump_lines(proc.stdout, take, limits.output_bytes,
                                                too_much.set))
        timed_out = False
        over: str | None = None
        ending = asyncio.ensure_future(exited(proc))
        flooded = asyncio.ensure_future(too_much.wait())
        try:
            done, _ = await asyncio.wait({ending, flooded}, timeout=timeout,
                                         return_when=asyncio.FIRST_COMPLETED)
            if flooded in done:
                over = "output"
            elif not done:
                timed_out = True
        finally:
            ending.cancel()
            flooded.cancel()
            # On cancel too: nothing the tool started may outlive it.
            await asyncio.shield(kill_tree(proc))
            try:
                await asyncio.wait_for(reader, 2.0)
            except TimeoutError:
                pass
            finally:
                reader.cancel()
        code = None if timed_out else proc.returncode
        launch = proc.devora_launch  # type: ignore[attr-defined]
        confined = launch.kind not in ("none", "unsupported-platform")
        if over is None and (code == sandbox.EXIT_TOO_MANY_PROCESSES or (
                confined and _refused_a_fork(cap.lines()[-200:]))):
            # the supervisor samples the count every 50 ms; on a quiet machine a fork bomb
            # can meet the kernel's RLIMIT_NPROC (just above the cap), collapse and exit 0
            # between two samples, so the shell's own "can't fork" says the cap was reached
            over = "processes"
        elif over is None and code is not None and code != 0 and (
                code in (sandbox.EXIT_FILE_TOO_BIG, -signal.SIGXFSZ)
                or any("File too large" in ln or "SIGXFSZ" in ln for ln in cap.lines()[-40:])):
            over = "file-size"
        return ProcessResult(argv=list(argv), exit_code=code,
                             seconds=round(time.monotonic() - started, 3), lines=cap.lines(),
                             truncated=cap.truncated or over == "output", timed_out=timed_out,
                             over_limit=over)
