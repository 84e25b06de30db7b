"""A full-stack project's own dev server (``npm run dev``) on a free loopback port, for the
window's Preview tab. It runs the model's code: start it only with the project's consent
(core.checks.consent_needed / ProjectChecks.consent).

Where it listens is Devora's choice, not the project's: Next.js and Vite are started from the
project's ``node_modules/.bin`` with ``127.0.0.1`` and a port Devora picked (the model-written
dev script, which could say ``-H 0.0.0.0``, is not run); any other dev script gets
``PORT``/``HOST`` and, on Linux, is stopped if its processes listen anywhere but loopback.
The Preview loads it through :class:`core.preview.HostGuardProxy`, which refuses any
``Host`` but its own (DNS rebinding).

    server = DevServer(root, cache_dir=paths.cache, on_line=print)
    url = await server.start()        # npm install when needed, then waits until it answers
                                      # url: the proxy's; server.port: the dev server's
    server.logs                       # the last lines (capped), server.errors() the bad ones
    await server.aclose()             # SIGTERM, then kill the whole process tree
    server.stop()                     # the same, at once and without awaiting (PreviewSource)

It runs in the same sandbox as the checks (core.sandbox: the project folder only, a throwaway
home, TCP only on its own port where Landlock can say so; ``npm install`` before it reaches
only the registry), with a scrubbed environment, its own process group and capped logs.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import os
import re
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

from devora_desktop.core import sandbox
from devora_desktop.core.errors import DevoraError
from devora_desktop.core.preview import HostGuardProxy, on_port, upstream_connection
from devora_desktop.core.project_runner import (
    IS_WINDOWS,
    ProjectRunner,
    free_loopback_port,
    kill_tree,
    pump_lines,
)
from devora_desktop.core.sandbox import Confinement
from devora_desktop.core.supabase import dev_server_remote, looks_connected

_ERROR_LINE = re.compile(r"\b(error|failed to compile|unhandled|exception|cannot find)\b",
                         re.IGNORECASE)
#: a tool's own warning or note that quotes an error (webpack's infrastructure log "<w>
#: [webpack.cache.PackFileCacheStrategy] Caching failed for pack: Error: …", Next's "⚠"):
#: nothing in the page is wrong, and "3 JavaScript errors" under a working page sent the
#: person to ask the agents to fix it (walk24 #21)
_NOTE_LINE = re.compile(r"^\s*(?:<[wi]>|⚠|warn\b|warning\b)", re.IGNORECASE)
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07")  # colours, titles


def reach_line(remote: tuple[str, int], kind: str) -> str:
    """What the log says the dev server may reach for Supabase: bubblewrap gives it that
    host alone; Landlock alone filters ports, not hosts."""
    host, port = remote
    if kind == "bwrap":
        return f"it may connect to {host}:{port} for Supabase, and to nothing else"
    return (f"it may connect to port {port} for Supabase, on any host (this sandbox can't "
            "name hosts)")


class DevServerError(DevoraError):
    """The dev server could not start (no npm, install failed, it exited or never answered)."""


def dev_args(package: dict, port: int) -> list[str]:
    """Flags that pin the dev server to 127.0.0.1:port (Next.js and Vite; others get PORT)."""
    script = str((package.get("scripts") or {}).get("dev", ""))
    if "next" in script:
        return ["--", "--port", str(port), "--hostname", "127.0.0.1"]
    if "vite" in script:
        return ["--", "--port", str(port), "--host", "127.0.0.1", "--strictPort"]
    return []


def dev_command(root: Path, package: dict, port: int) -> list[str] | None:
    """Next.js or Vite started directly (not through the project's dev script) on
    127.0.0.1:port, when the project has it installed; None for anything else."""
    script = str((package.get("scripts") or {}).get("dev", ""))
    for tool, args in (("next", ["dev", "--port", str(port), "--hostname", "127.0.0.1"]),
                       ("vite", ["--port", str(port), "--host", "127.0.0.1", "--strictPort"])):
        exe = root / "node_modules" / ".bin" / (tool + (".cmd" if IS_WINDOWS else ""))
        if re.search(rf"\b{tool}\b", script) and exe.is_file():
            return [str(exe), *args]
    return None


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    ppid = int(fh.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += children.get(p, [])
    return out


def _address(hex_addr: str) -> str:
    """``0100007F:1F90`` (a /proc/net/tcp address) -> ``127.0.0.1:8080``."""
    import ipaddress

    ip_hex, port_hex = hex_addr.split(":")
    raw = bytes.fromhex(ip_hex)
    raw = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))  # per-word endianness
    ip = ipaddress.ip_address(raw)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    host = f"[{ip}]" if ip.version == 6 else str(ip)
    return f"{host}:{int(port_hex, 16)}"


def exposed_listeners(pid: int) -> list[str]:
    """Addresses other than loopback on which ``pid``'s process tree accepts TCP connections
    (``0.0.0.0:3000``: every network interface). Linux only; elsewhere []."""
    import ipaddress

    if not os.path.isdir(f"/proc/{pid}/net"):
        return []
    inodes: set[str] = set()
    for p in _tree(pid):
        with contextlib.suppress(OSError):
            for fd in os.listdir(f"/proc/{p}/fd"):
                with contextlib.suppress(OSError):
                    link = os.readlink(f"/proc/{p}/fd/{fd}")
                    if link.startswith("socket:["):
                        inodes.add(link[8:-1])
    exposed = []
    for table in ("tcp", "tcp6"):
        try:
            with open(f"/proc/{pid}/net/{table}") as fh:
                rows = fh.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            cols = row.split()
            if len(cols) > 9 and cols[3] == "0A" and cols[9] in inodes:  # 0A: LISTEN
                where = _address(cols[1])
                host = where.rsplit(":", 1)[0].strip("[]")
                if not ipaddress.ip_address(host).is_loopback:
                    exposed.append(where)
    return exposed


class DevServer:
    """One project's ``npm run dev``. Not reusable after it stopped: make a new one."""

    def __init__(self, root: Path, *, cache_dir: Path | None = None,
                 on_line: Callable[[str], None] | None = None, log_lines: int = 2000,
                 proxy_port: int = 0) -> None:
        """``proxy_port``: where the Preview loads it (core.preview.stable_port: one origin
        per project between launches; any free port when taken)."""
        self.root = Path(root)
        self.proxy_port = proxy_port
        extra = {"NEXT_TELEMETRY_DISABLED": "1", "BROWSER": "none", "NO_COLOR": "1",
                 "npm_config_update_notifier": "false"}
        if cache_dir is not None:
            extra["npm_config_cache"] = str(Path(cache_dir) / "npm")
        self.cache = Path(cache_dir) / "npm" if cache_dir is not None else None
        self.runner = ProjectRunner(self.root, env_extra=extra)  # the sandbox probe() found
        self.on_line = on_line
        self.logs: collections.deque[str] = collections.deque(maxlen=log_lines)
        self.port: int | None = None
        self.proxy: HostGuardProxy | None = None
        self._proc: asyncio.subprocess.Process | None = None
        #: the sandbox's door to the server's port (bubblewrap: it listens in a network of
        #: its own); None: on this computer's loopback
        self.door: str | None = None
        self._reader: asyncio.Task | None = None
        self._killer: asyncio.Task | None = None

    @property
    def url(self) -> str:
        """What the Preview loads: Devora's Host-checking proxy in front of the server."""
        return self.proxy.url if self.proxy is not None else ""

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.returncode is None

    def errors(self) -> list[str]:
        """Log lines that read like errors: what "ask the agents to fix this" sends."""
        return [ln for ln in self.logs if _ERROR_LINE.search(ln) and not _NOTE_LINE.match(ln)]

    def _log(self, line: str) -> None:
        line = _ANSI.sub("", line)  # Next colours its code frames even with NO_COLOR set
        self.logs.append(line)
        if self.on_line is not None:
            self.on_line(line)

    async def start(self, timeout: float = 180.0) -> str:
        """Install dependencies if needed, start ``npm run dev`` and return its URL once it
        answers. Raises DevServerError with one line saying why not."""
        from devora_desktop.core.checks.node import INSTALL_ARGS, deps_current

        if self._proc is not None:
            raise DevServerError("this dev server was already started")
        try:
            package = json.loads((self.root / "package.json").read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise DevServerError(f"package.json cannot be read: {exc}") from exc
        if "dev" not in (package.get("scripts") or {}):
            raise DevServerError("package.json has no dev script")
        npm = self.runner.which("npm")
        if npm is None:
            raise DevServerError("npm is not installed", hint="install Node.js to preview")
        if not deps_current(self.root):
            self._log("$ npm install")
            writable = (self.cache,) if self.cache is not None else ()
            for folder in writable:
                folder.mkdir(parents=True, exist_ok=True)
            result = await self.runner.run(  # the registry only; the shared cache only now
                [npm, *INSTALL_ARGS], timeout=600, on_line=self._log,
                confine=Confinement(self.root, network="registry", writable=writable))
            if not result.ok:
                raise DevServerError("npm install failed: " + (result.lines[-1:] or ["?"])[0])
        self.port = free_loopback_port()
        argv = dev_command(self.root, package, self.port) or \
            [npm, "run", "dev", *dev_args(package, self.port)]
        # a connected Supabase project (core/supabase.py) is reached from the server side
        remote = dev_server_remote(self.root)
        kind = self.runner.kind or await asyncio.to_thread(lambda: sandbox.probe().kind)
        also = f"; {reach_line(remote, kind)}" if remote else ""
        if remote is None and looks_connected(self.root):
            also = ("; it reaches no Supabase: .env.local names one that was not connected "
                    "here (Project › Connect Supabase… lets it)")
        self._log(f"$ {Path(argv[0]).name} {' '.join(argv[1:])} (127.0.0.1:{self.port}{also})")
        self._proc = await self.runner.spawn(  # its own port only, and Supabase's
            argv, env={"PORT": str(self.port), "HOST": "127.0.0.1"},
            confine=Confinement(self.root, network="serve", ports=(self.port,),
                                connect_ports=(remote[1],) if remote else (),
                                connect_hosts=(remote[0],) if remote else ()))
        launch = getattr(self._proc, "devora_launch", None)
        self.door = launch.door if launch is not None else None
        assert self._proc.stdout is not None
        self._reader = asyncio.create_task(pump_lines(self._proc.stdout, self._log))
        try:
            await asyncio.wait_for(self._until_answers(), timeout)
            exposed = await asyncio.to_thread(exposed_listeners, self._proc.pid)
            if exposed:
                raise DevServerError(
                    f"the dev server listens on {exposed[0]}, open to other computers: "
                    "Devora runs it on 127.0.0.1 only",
                    hint="remove --host / -H / 0.0.0.0 from the dev script in package.json")
            upstream, door = self.port, self.door
            self.proxy = on_port(lambda p: HostGuardProxy(upstream, port=p, door=door),
                                 self.proxy_port)
        except BaseException as exc:
            await self.aclose()
            if isinstance(exc, TimeoutError):
                raise DevServerError(f"the dev server did not answer within {timeout:.0f} s"
                                     ) from None
            raise
        return self.url

    async def _until_answers(self) -> None:
        assert self._proc is not None and self.port is not None
        while True:
            if self._proc.returncode is not None:
                said = self.errors() or [ln for ln in self.logs if ln.strip()] or ["no output"]
                last = said[0] if self.errors() else said[-1]
                raise DevServerError(f"the dev server exited ({self._proc.returncode}): "
                                     f"{last}"[:300])
            try:
                _r, writer = await upstream_connection(self.port, self.door)
            except (OSError, asyncio.IncompleteReadError):
                await asyncio.sleep(0.25)
                continue
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()
            return

    async def aclose(self, grace: float = 3.0) -> None:
        """Stop the server and everything it started; safe to call twice."""
        if self.proxy is not None:
            await asyncio.to_thread(self.proxy.stop)
        proc, self._proc = self._proc, None
        if proc is not None:
            await kill_tree(proc, grace=grace)
            self._proc = proc  # keep returncode visible; not restartable
        if self._reader is not None:
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(self._reader, 2.0)
            self._reader = None

    def stop(self) -> None:
        """Kill the process tree now, without awaiting (for a window closing or switching
        projects from a plain slot). ``aclose()`` is the graceful version."""
        if self.proxy is not None:
            self.proxy.stop()
        proc = self._proc
        if proc is None or proc.returncode is not None:
            return
        launch = getattr(proc, "devora_launch", None)
        if IS_WINDOWS:
            with contextlib.suppress(OSError):
                subprocess.Popen(["taskkill", "/T", "/F", "/PID", str(proc.pid)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elif launch is not None and launch.supervised:
            # its supervisor ends the whole tree (setsid children too) on SIGTERM; a group
            # kill now would kill it first. kill_tree forces what is left, in the background.
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(proc.pid, signal.SIGTERM)
            with contextlib.suppress(RuntimeError):  # no running loop: the SIGTERM stands
                self._killer = asyncio.get_running_loop().create_task(kill_tree(proc))
        else:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
