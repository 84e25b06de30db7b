"""One way to run code the agents wrote: confined, on every platform that can, and honest
about it where it can't (see docs/ARCHITECTURE.md, Safety).

    status = probe()                       # cached; a real child run through the sandbox
    status.kind, status.confined, status.summary, status.lost
    spec = Confinement(project=root, network="none")
    launch = prepare(argv, spec)           # argv to exec instead; cleanup() when it ended

What a confined program gets (Linux, bubblewrap): the project folder read-write but its
``.git`` read-only; the toolchains it runs (and the system's /usr, /etc, ...) read-only; a
throwaway HOME and /tmp; a new PID namespace whose first process is Devora's supervisor (when
it ends, the kernel kills everything left, ``setsid`` or not); no D-Bus, keyring or X
sockets; nothing of the user's home, the Devora data folder or other projects. Network: none
(a new network namespace with its own loopback) for builds, tests and page loads; a dev
server gets one too, with doors Devora keeps: its own port reached through a UNIX socket, and
only the named hosts it may connect to (Connect Supabase) relayed outside; ``npm install``
gets the host network with Landlock allowing TCP only to the listed ports. Limits:
processes (RLIMIT_NPROC, which the kernel never applies to root, so the supervisor also
counts them and ends the run over the cap), memory (RLIMIT_DATA), the size
of any file written (RLIMIT_FSIZE, 1 GB) and open files; output and time are capped by the
runner that reads it (core/project_runner.py).

Where bubblewrap is missing or user namespaces are blocked, Landlock alone (a kernel feature,
set up here through ctypes syscalls) confines files and TCP, and the supervisor kills the
whole tree; ``SandboxStatus.lost`` lists what that gives up. Where neither works, or on macOS
and Windows, ``kind`` says so, ``confined`` is False and the caller must ask before running
anything. Code for those two exists switched off (core/sandbox_macos.py: a sandbox-exec
profile; core/sandbox_windows.py: a Job Object): only with ``DEVORA_SANDBOX_EXPERIMENTAL=1``
on that platform is it tried, and then only a passing probe makes it count as confined.

The supervisor that runs inside the sandbox, and the Landlock and seccomp calls, are in
core/sandbox_exec.py (few imports: it starts before every confined program).
"""

from __future__ import annotations

import contextlib
import functools
import marshal
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from devora_desktop.core.sandbox_exec import (
    EXIT_TOO_MANY_PROCESSES,
    apply_landlock,
    block_unix_sockets,
    landlock_abi,
)

__all__ = ["EXIT_TOO_MANY_PROCESSES", "Confinement", "Launch", "Limits", "SandboxStatus",
           "apply_landlock", "block_unix_sockets", "landlock_abi", "prepare", "probe"]

Kind = Literal["bwrap", "landlock", "sandbox-exec", "job-object", "none",
               "unsupported-platform"]
Network = Literal["none", "loopback", "registry", "serve"]

GB = 1024 ** 3
MB = 1024 ** 2
#: Set to "bwrap", "landlock" or "none" to force a path (tests, or a user who must).
FORCE_ENV = "DEVORA_SANDBOX"
#: "1" tries the macOS/Windows code (never run in this repository's tests) on that platform.
EXPERIMENTAL_ENV = "DEVORA_SANDBOX_EXPERIMENTAL"
#: What a confined run's HOME and TMPDIR are inside bubblewrap.
SANDBOX_HOME = "/tmp/home"
#: Exit code when the program wrote a file past the size cap (killed by SIGXFSZ).
EXIT_FILE_TOO_BIG = 128 + signal.SIGXFSZ


@dataclass(frozen=True)
class Limits:
    """Caps for one run. ``memory_bytes`` is RLIMIT_DATA (heap and private writable maps;
    V8's reserved address space is not counted, so Node still starts)."""

    processes: int = 512
    memory_bytes: int = 8 * GB
    file_bytes: int = 1 * GB
    open_files: int = 4096
    output_bytes: int = 64 * MB      # enforced by the runner reading the output


@dataclass(frozen=True)
class Confinement:
    """What one run may touch. ``project`` is read-write except its ``.git``; ``readable``
    adds folders read-only (toolchains are found from the program itself); ``writable`` adds
    read-write ones (the package cache, only for ``npm install``). ``network``: "none" (no
    network at all), "loopback" (a loopback of its own where the run serves and loads its
    pages: bubblewrap gives it a network namespace with nothing else in it, Landlock allows
    TCP on ``ports`` only), "registry" (TCP to ``ports`` only, default 443/80 and a
    configured proxy's port: for npm install), "serve" (the host's network, TCP bind and
    connect on ``ports`` only: a dev server Devora's proxy must reach; under bubblewrap in a
    network of its own, reached through ``Launch.door``). ``connect_ports`` (with "serve"):
    ports it may also connect to, never bind: a dev server's Supabase project (443, or a
    local Supabase's port) — on ``connect_hosts`` alone under bubblewrap, on any host under
    Landlock alone (it filters ports, not hosts)."""

    project: Path
    network: Network = "none"
    ports: tuple[int, ...] = ()
    connect_ports: tuple[int, ...] = ()
    #: with "serve" under bubblewrap: the only hosts ``connect_ports`` reach (the run has a
    #: network of its own, and Devora relays each host:port to that host alone); Landlock
    #: alone can't name hosts, so there those ports reach any host
    connect_hosts: tuple[str, ...] = ()
    readable: tuple[Path, ...] = ()
    writable: tuple[Path, ...] = ()
    limits: Limits = field(default_factory=Limits)
    #: Landlock alone can't stop a connect to a UNIX socket by path (the session bus, a
    #: keyring daemon), so a seccomp filter refuses new ones; a browser needs them for
    #: itself (page scripts can't make any), so the page loader sets this.
    unix_sockets: bool = False


@dataclass(frozen=True)
class SandboxStatus:
    """What the start-up probe found by running a child through the sandbox."""

    kind: Kind
    confined: bool
    summary: str
    lost: list[str] = field(default_factory=list)
    #: the probe's own observations: {"home": "blocked"|"READ", "loopback": ..., "proc": ...}
    found: dict[str, str] = field(default_factory=dict)

    def line(self) -> str:
        """One line for --self-test and --checks."""
        extra = f" (not covered: {'; '.join(self.lost)})" if self.lost else ""
        return f"{self.kind}: {self.summary}{extra}"


@dataclass
class Launch:
    """A prepared run: exec ``argv`` with ``env`` in ``cwd``; call ``cleanup()`` after."""

    argv: list[str]
    env: dict[str, str]
    cwd: str
    kind: Kind
    _scratch: str | None = None
    #: a pids cgroup the run starts in (root only, where one can be made): the kernel's own
    #: cap on tasks, which RLIMIT_NPROC is not for root
    cgroup: str | None = None
    #: "serve" under bubblewrap: the UNIX socket that reaches the program's own port (it
    #: listens in a network of its own); one byte ``+`` comes first once it answered
    door: str | None = None
    _relays: list[Relay] = field(default_factory=list)
    #: started by core/sandbox_exec.py's supervisor outside any PID namespace (Landlock, or
    #: nothing at all on Linux): SIGTERM to it kills the whole tree, ``setsid`` children too
    supervised: bool = False

    @property
    def preexec(self) -> Callable[[], None] | None:
        """Runs in the child before exec: joins the cgroup."""
        if self.cgroup is None:
            return None
        procs = os.path.join(self.cgroup, "cgroup.procs")

        def join() -> None:
            with open(procs, "w") as fh:
                fh.write(str(os.getpid()))
        return join

    def cleanup(self) -> None:
        for relay in self._relays:
            relay.stop()
        self._relays = []
        if self._scratch:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None
        if self.cgroup:
            for _ in range(40):  # its last tasks may still be exiting
                try:
                    os.rmdir(self.cgroup)
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    time.sleep(0.05)
            self.cgroup = None


def _dial(host: str, port: int) -> socket.socket:
    """How a relay reaches its host (tests point a name at a loopback fake)."""
    return socket.create_connection((host, port), timeout=15)


class Relay:
    """Outside the sandbox: every connection to ``path`` (a UNIX socket the confined run
    reaches from its own network) goes on to ``host:port`` and nowhere else. The host is
    resolved out here: the run has no DNS."""

    def __init__(self, path: str, host: str, port: int) -> None:
        self.path, self.host, self.port = path, host, port
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._sock.bind(path)
        self._sock.listen(64)
        self._open: set[socket.socket] = set()
        threading.Thread(target=self._serve, name="sandbox-relay", daemon=True).start()

    def _serve(self) -> None:
        from devora_desktop.core.sandbox_exec import _joined

        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            try:
                far = _dial(self.host, self.port)
                far.settimeout(None)
            except OSError:
                conn.close()
                continue
            self._open |= {conn, far}
            threading.Thread(target=_joined, args=(conn, far), daemon=True).start()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)
        self._sock.close()
        for sock in list(self._open):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()
        self._open.clear()


#: /dev without a devpts (see prepare): what ``--dev`` gives a program that has no terminal.
_DEV_NODES = [*(a for n in ("null", "zero", "full", "random", "urandom")
                for a in ("--dev-bind", f"/dev/{n}", f"/dev/{n}")),
              "--symlink", "/proc/self/fd", "/dev/fd", "--symlink", "/proc/self/fd/0",
              "/dev/stdin", "--symlink", "/proc/self/fd/1", "/dev/stdout", "--symlink",
              "/proc/self/fd/2", "/dev/stderr"]
#: Inside bubblewrap: where a "serve" run's doors (UNIX sockets) are.
_DOORS_DIR = "/run/devora-doors"


def _inside_address(host: str) -> str:
    """Where a remote host is reached inside the run's own network: its loopback address
    (names are pointed there by the run's hosts file)."""
    import ipaddress

    with contextlib.suppress(ValueError):
        return "::1" if ipaddress.ip_address(host.strip("[]")).version == 6 else "127.0.0.1"
    return "127.0.0.1"


def _serve_doors(spec: Confinement, scratch: str, port_in: int | None) -> tuple[list[str], dict,
                                                                              list[Relay], str]:
    """bubblewrap args, supervisor spec and relays for a "serve" run in a network of its
    own: the program's port reached from outside through a UNIX socket, and each of
    ``connect_hosts`` x ``connect_ports`` through a relay to that host alone."""
    outside = os.path.join(scratch, "doors")
    os.makedirs(outside, mode=0o700)
    args = ["--bind", outside, _DOORS_DIR]
    doors: dict = {"inbound": [], "outbound": []}
    relays: list[Relay] = []
    for port in ([port_in] if port_in else []):
        doors["inbound"].append((f"{_DOORS_DIR}/in-{port}", port))
    names = []
    try:
        for i, host in enumerate(spec.connect_hosts):
            for port in spec.connect_ports:
                relays.append(Relay(os.path.join(outside, f"out-{i}-{port}"), host, port))
                doors["outbound"].append((_inside_address(host), port,
                                          f"{_DOORS_DIR}/out-{i}-{port}"))
            if _inside_address(host) == "127.0.0.1" and not host.replace(".", "").isdigit():
                names.append(host)
    except OSError:
        for relay in relays:
            relay.stop()
        raise
    hosts = os.path.join(scratch, "hosts")
    with open(hosts, "w") as fh:
        fh.write("127.0.0.1 localhost devora-sandbox\n::1 localhost\n")
        fh.writelines(f"127.0.0.1 {name}\n" for name in names)
    args += ["--ro-bind", hosts, "/etc/hosts"]
    if any(port < 1024 for _ip, port, _p in doors["outbound"]):
        args += ["--cap-add", "CAP_NET_BIND_SERVICE"]  # the supervisor's; the program's go
    return args, doors, relays, os.path.join(outside, f"in-{port_in}")


def _pids_cgroup(tasks: int) -> str | None:
    """A fresh pids cgroup capped at ``tasks`` (threads count), or None where we can't make
    one (not root, no pids controller, a read-only /sys/fs/cgroup)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None
    candidates = ["/sys/fs/cgroup/pids"]  # cgroup v1
    with contextlib.suppress(OSError), open("/proc/self/cgroup") as fh:
        for line in fh:
            if line.startswith("0::"):  # cgroup v2: below our own group
                candidates.append("/sys/fs/cgroup" + line[3:].strip().rstrip("/"))
    for base in candidates:
        if not os.path.isfile(os.path.join(base, "cgroup.procs")):
            continue
        path = None
        try:
            path = tempfile.mkdtemp(prefix="devora-run-", dir=base)
            with open(os.path.join(path, "pids.max"), "w") as fh:
                fh.write(str(tasks))
            return path
        except OSError:
            if path:
                with contextlib.suppress(OSError):
                    os.rmdir(path)
    return None


# ---- preparing a run ---------------------------------------------------------------------
#: a pids cgroup counts threads: a browser or node process runs a dozen or more
_TASKS_PER_PROCESS = 8
_SYSTEM_RO = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/opt",
              "/nix", "/snap", "/srv/toolchains")
#: What of /etc a toolchain or browser reads. Not all of /etc: root can read its own 0600
#: files there (Wi-Fi passwords, host keys) even with every capability dropped.
_ETC_READ = ("/etc/hosts", "/etc/resolv.conf", "/etc/passwd", "/etc/group", "/etc/nsswitch.conf",
             "/etc/host.conf", "/etc/gai.conf", "/etc/ssl/certs", "/etc/ssl/openssl.cnf",
             "/etc/ca-certificates", "/etc/ca-certificates.conf", "/etc/pki/tls/certs",
             "/etc/pki/ca-trust", "/etc/fonts", "/etc/alternatives", "/etc/ld.so.cache",
             "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/localtime", "/etc/timezone",
             "/etc/mime.types", "/etc/python3", "/etc/python3.11", "/etc/nodejs", "/etc/npmrc",
             "/etc/chromium", "/etc/chromium.d", "/etc/xdg", "/etc/os-release",
             "/etc/lsb-release", "/etc/debian_version", "/etc/machine-id", "/etc/magic",
             "/etc/locale.alias", "/etc/environment")


def _bundle_dir() -> str | None:
    """The installed app's own folder (PyInstaller's ``_internal``); None from source."""
    return getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None


@functools.cache
def _bwraps() -> tuple[str, ...]:
    """Every bubblewrap to try, found once (a tool's scrubbed PATH must not lose it): the one
    the installed Linux app carries first (packaging/devora.spec; the version its build
    tested), then the system's."""
    bundle = _bundle_dir()
    bundled = os.path.join(bundle, "bin", "bwrap") if bundle else None
    system = shutil.which("bwrap") or next(
        (p for p in ("/usr/bin/bwrap", "/usr/local/bin/bwrap") if os.access(p, os.X_OK)), None)
    return tuple(p for p in dict.fromkeys((bundled, system)) if p and os.access(p, os.X_OK))


#: The bubblewrap the probe found confining (see :func:`_probe_bwraps`).
_bwrap_confining: str | None = None


def _bwrap() -> str | None:
    """The bubblewrap in use: the one the probe saw confine, else the first found."""
    return _bwrap_confining or next(iter(_bwraps()), None)


def _carried(bwrap: str | None) -> bool:
    """Whether ``bwrap`` is the copy inside the installed app."""
    bundle = _bundle_dir()
    return bool(bwrap and bundle and bwrap.startswith(bundle + os.sep))


def _bwrap_env(bwrap: str) -> dict[str, str]:
    """What the app's own bwrap needs to start: the libraries it links (libselinux, libcap,
    libpcre2) are carried beside the app's, and some systems lack libselinux."""
    return {"LD_LIBRARY_PATH": os.path.dirname(os.path.dirname(bwrap))} if _carried(bwrap) else {}


def _experimental_kind() -> Kind | None:
    """The switched-off confinement of this platform, when the person opted in."""
    if os.environ.get(EXPERIMENTAL_ENV, "").strip() != "1":
        return None
    return {"darwin": "sandbox-exec", "win32": "job-object"}.get(sys.platform)


def _platform_kind() -> Kind | None:
    if sys.platform.startswith("linux") or _experimental_kind():
        return None
    return "unsupported-platform"


def _toolchain_dirs(program: str) -> list[str]:
    """The install folders a program needs, read-only: two levels above it (…/bin/node ->
    the prefix) as written and as resolved (a venv's python -> the base interpreter). For
    ~/.local (pip --user, pipx, uv) only its bin and lib: ~/.local/share holds Devora's own
    data (every project), the keyrings and the Trash."""
    if getattr(sys, "frozen", False) and os.path.realpath(program) == os.path.realpath(
            sys.executable):  # the app itself (the probe): its own folder, not the one above
        return [os.path.dirname(os.path.abspath(program))]
    out = []
    home = os.path.realpath(os.path.expanduser("~"))
    for path in {os.path.abspath(program), os.path.realpath(program)}:
        prefix = os.path.dirname(os.path.dirname(path))
        if prefix in ("/", "") or os.path.realpath(prefix) == home:
            continue
        if os.path.realpath(prefix) == os.path.join(home, ".local"):
            out += [os.path.join(prefix, "bin"), os.path.join(prefix, "lib")]
        else:
            out.append(prefix)
    return out


def _own_python() -> tuple[str, list[str]]:
    """Devora's interpreter and what it needs read-only to run the supervisor. A frozen app
    needs its own folder alone: the folder above it can be anything (the compressed image is
    mounted in $XDG_RUNTIME_DIR, whose D-Bus socket would reach the keyring, or in /tmp)."""
    if getattr(sys, "frozen", False):
        dirs = {os.path.dirname(os.path.abspath(sys.executable)), getattr(sys, "_MEIPASS", "")}
    else:
        dirs = {sys.prefix, sys.base_prefix, os.path.dirname(os.path.abspath(__file__)),
                *_toolchain_dirs(sys.executable)}
    return sys.executable, sorted(d for d in dirs if d and d != "/")


def _registry_ports() -> list[int]:
    from urllib.parse import urlsplit

    ports = {443, 80}
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        if value := os.environ.get(name):
            with contextlib.suppress(ValueError):
                parts = urlsplit(value if "://" in value else "http://" + value)
                if parts.port:
                    ports.add(parts.port)
    return sorted(ports)


def _supervisor_argv(spec: dict) -> list[str]:
    payload = marshal.dumps(spec).hex()  # read by the same interpreter
    if getattr(sys, "frozen", False):  # the bundle has no python: a hidden subcommand
        return [sys.executable, "sandbox-exec", payload]
    here = os.path.dirname(os.path.abspath(__file__))
    return [sys.executable, "-I", "-S", os.path.join(here, "sandbox_exec.py"), payload]


def _limits_dict(limits: Limits) -> dict:
    return {"processes": limits.processes, "memory_bytes": limits.memory_bytes,
            "file_bytes": limits.file_bytes, "open_files": limits.open_files}


def prepare(argv: Sequence[str], spec: Confinement, env: dict[str, str],
            *, kind: Kind | None = None, cwd: Path | None = None) -> Launch:
    """The command to run instead of ``argv`` so it is confined by ``spec``. ``kind``
    defaults to what :func:`probe` found; "none"/"unsupported-platform" run it as is (the
    caller has asked the person first). ``env`` is the already-scrubbed environment;
    HOME and TMPDIR are replaced by throwaway ones. ``cwd`` defaults to the project."""
    kind = kind or probe().kind
    project = str(Path(spec.project).resolve())
    workdir = str(Path(cwd).resolve()) if cwd else project
    program = argv[0] if os.path.isabs(argv[0]) else (shutil.which(argv[0], path=env.get("PATH"))
                                                       or argv[0])
    argv = [program, *argv[1:]]
    if kind in ("sandbox-exec", "job-object"):
        return _prepare_other(argv, spec, env, kind, project, workdir)
    if kind not in ("bwrap", "landlock"):
        if not sys.platform.startswith("linux"):
            return Launch(list(argv), dict(env), workdir, kind)
        # nothing confines it (the person said yes), but the same supervisor holds its
        # tree: its caps, and the tree dies with Devora, even a SIGKILLed one
        payload = {"argv": argv, "cwd": workdir, "env": dict(env),
                   "limits": _limits_dict(spec.limits), "parent": os.getpid()}
        return Launch(_supervisor_argv(payload), {}, workdir, kind, supervised=True)
    python, python_dirs = _own_python()
    scratch = tempfile.mkdtemp(prefix="devora-run-")
    wanted = [*python_dirs, *_toolchain_dirs(program), *map(str, spec.readable)]
    readable = sorted({d for p in wanted for d in (os.path.abspath(p), os.path.realpath(p))})
    writable = [str(Path(p).resolve()) for p in spec.writable]
    if spec.network == "none":
        ports: list[int] | None = []
    elif spec.network == "registry":
        ports = sorted({*spec.ports, *_registry_ports()})
    elif spec.network == "serve":
        ports = sorted({*spec.ports, *spec.connect_ports})
    else:
        ports = sorted(spec.ports)
    bind_ports = sorted(spec.ports) if spec.network in ("serve", "loopback") else []
    run_env = dict(env)
    payload: dict = {"argv": argv, "cwd": workdir, "env": run_env,
                     "limits": _limits_dict(spec.limits)}
    if kind == "bwrap":
        home = SANDBOX_HOME
        run_env.update(HOME=home, TMPDIR="/tmp", TMP="/tmp", TEMP="/tmp")
        args = [_bwrap() or "bwrap", "--die-with-parent", "--new-session", "--unshare-all",
                "--as-pid-1", "--cap-drop", "ALL", "--hostname", "devora-sandbox",
                "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--dir", home,
                "--tmpfs", "/dev/shm", "--tmpfs", "/run", "--dir", "/var/tmp"]
        # "serve" gets a network of its own too: nothing but its doors (see _serve_doors)
        own_net = spec.network == "serve"
        if spec.network == "registry":
            args.append("--share-net")
        for path in _SYSTEM_RO:
            if os.path.exists(path):
                args += ["--ro-bind" if not os.path.islink(path) else "--symlink",
                         os.readlink(path) if os.path.islink(path) else path, path]
        for path in (*_ETC_READ, "/sys/devices/system/cpu", "/sys/fs/cgroup",
                     "/var/cache/fontconfig"):
            args += ["--ro-bind-try", path, path]
        for path in readable:
            if os.path.islink(path) and any(path.startswith(p + "/") for p in readable):
                continue  # comes with the folder above it (its target is bound too)
            args += ["--ro-bind-try", path, path]
        args += ["--bind", project, project]
        if os.path.isdir(os.path.join(project, ".git")):
            args += ["--ro-bind", os.path.join(project, ".git"), os.path.join(project, ".git")]
        for path in writable:
            args += ["--bind-try", path, path]
        if workdir != project:
            args += ["--bind", workdir, workdir]
        door = None
        relays: list[Relay] = []
        if own_net:
            extra, doors, relays, door = _serve_doors(
                spec, scratch, spec.ports[0] if spec.ports else None)
            if "--cap-add" in extra:
                # --dev's devpts makes bubblewrap (unprivileged) nest a second user namespace
                # whose capabilities no longer cover the run's network: the door below 1024
                # could not be opened. The same device nodes, without devpts.
                at = args.index("--dev")
                args[at:at + 2] = ["--tmpfs", "/dev", *_DEV_NODES]
            args += extra
            payload.update(doors)
        args += ["--chdir", "/"]
        if spec.network in ("registry", "serve") and landlock_abi() >= 4:
            payload["landlock"] = {"read": [], "write": [], "ports": ports,
                                   "bind_ports": bind_ports, "files": False}
        payload["env"] = run_env
        outer_env = {k: v for k, v in env.items() if k in ("PATH", "LANG")}
        outer_env.update(_bwrap_env(args[0]))
        return Launch([*args, "--", python, *_supervisor_argv(payload)[1:]], outer_env, "/",
                      kind, scratch, _pids_cgroup(_TASKS_PER_PROCESS * spec.limits.processes),
                      door, relays)
    # Landlock alone: same files and ports, enforced by the kernel on our own process tree
    home = os.path.join(scratch, "home")
    tmp = os.path.join(scratch, "tmp")
    os.makedirs(home)
    os.makedirs(tmp)
    run_env.update(HOME=home, TMPDIR=tmp, TMP=tmp, TEMP=tmp)
    read = [p for p in _SYSTEM_RO if os.path.exists(p)] + readable + [
        "/proc", "/sys/devices/system/cpu", "/var/cache/fontconfig", *_ETC_READ]
    write = [project, scratch, "/dev", *writable]
    if workdir != project:
        write.append(workdir)
    payload["env"] = run_env
    payload["landlock"] = {"read": read, "write": write, "ports": ports,
                           "bind_ports": bind_ports, "files": True}
    payload["block_unix"] = not spec.unix_sockets
    # no UDP but where a name must be looked up (npm install; a dev server's Supabase host)
    payload["block_datagrams"] = spec.network in ("none", "loopback") or (
        spec.network == "serve" and not spec.connect_ports)
    payload["parent"] = os.getpid()
    return Launch(_supervisor_argv(payload), {}, workdir, kind, scratch,
                  _pids_cgroup(_TASKS_PER_PROCESS * spec.limits.processes), supervised=True)


def _prepare_other(argv: list[str], spec: Confinement, env: dict[str, str], kind: Kind,
                   project: str, workdir: str) -> Launch:
    """macOS (sandbox-exec profile) or Windows (Job Object), both switched off unless
    :data:`EXPERIMENTAL_ENV`; a throwaway HOME and TMP either way."""
    scratch = tempfile.mkdtemp(prefix="devora-run-")
    home = os.path.realpath(os.path.join(scratch, "home"))
    tmp = os.path.realpath(os.path.join(scratch, "tmp"))
    os.makedirs(home)
    os.makedirs(tmp)
    run_env = dict(env)
    run_env.update(HOME=home, USERPROFILE=home, TMPDIR=tmp, TMP=tmp, TEMP=tmp)
    if kind == "job-object":
        from devora_desktop.core import sandbox_windows

        limits = sandbox_windows.JobLimits(
            spec.limits.processes, spec.limits.memory_bytes, spec.limits.memory_bytes)
        return Launch(sandbox_windows.wrapper_argv(sys.executable, limits, argv), run_env,
                      workdir, kind, scratch)
    from devora_desktop.core import sandbox_macos
    from devora_desktop.core.paths import data_dir

    _, python_dirs = _own_python()
    wanted = [*python_dirs, *_toolchain_dirs(argv[0]), *map(str, spec.readable)]
    readable = sorted({d for p in wanted for d in (os.path.abspath(p), os.path.realpath(p))})
    if spec.network == "registry":
        ports = sorted({*spec.ports, *_registry_ports()})
    else:
        ports = sorted(spec.ports)
    profile = sandbox_macos.sbpl_profile(
        project, network=spec.network, ports=ports, readable=readable,
        writable=[str(Path(p).resolve()) for p in spec.writable], home=home, tmp=tmp,
        user_home=os.path.realpath(os.path.expanduser("~")),
        data_dir=os.path.realpath(data_dir()),
        remote_ports=spec.connect_ports if spec.network == "serve" else ())
    binary = shutil.which("sandbox-exec") or "/usr/bin/sandbox-exec"
    return Launch(sandbox_macos.wrap(profile, argv, binary=binary), run_env, workdir, kind,
                  scratch)


# ---- the probe ----------------------------------------------------------------------------
_PROBE = r"""
import os, socket, sys, hashlib
out = []
try:
    open(sys.argv[1], "rb").read(); out.append("home=READ")
except OSError:
    out.append("home=blocked")
try:
    s = socket.create_connection(("127.0.0.1", int(sys.argv[2])), timeout=2); s.send(b"x")
    s.close(); out.append("loopback=REACHED")
except OSError:
    out.append("loopback=blocked")
try:
    data = open(f"/proc/{sys.argv[3]}/environ", "rb").read()
    out.append("proc=" + ("READ:" + hashlib.sha256(data).hexdigest() if data else "blocked"))
except OSError:
    out.append("proc=blocked")
print(" ".join(out))
"""



def probe_argv(*args: str) -> list[str]:
    """The probe child's command line. The bundled app has no ``python -I``: there
    ``sys.executable`` is Devora itself, so the probe is its hidden ``sandbox-probe``
    subcommand (else the probe fails and the installed app reports itself unconfined)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "sandbox-probe", *args]
    return [sys.executable, "-I", "-S", "-c", _PROBE, *args]


def run_probe_child(args: list[str]) -> None:
    """What ``devora sandbox-probe`` runs: the same probe code, argv as ``-c`` would give."""
    sys.argv = ["-c", *args]
    exec(compile(_PROBE, "<sandbox-probe>", "exec"), {"__name__": "__main__"})


_LOST_LANDLOCK = [
    "the project's .git folder is writable",
    "UDP (and so DNS) is open to npm install and to a dev server connected to Supabase",
    "other processes' command lines in /proc are visible",
]
_LOST_EXPERIMENTAL = [
    "experimental: never tested beyond this probe",
    "no process or memory caps (time and output are still capped)",
    "file names anywhere are visible",
]
_cached: dict[str, SandboxStatus] = {}
_lock = threading.Lock()


def _wanted_kinds() -> list[Kind]:
    forced = os.environ.get(FORCE_ENV, "").strip().lower()
    if forced in ("bwrap", "landlock", "none"):
        return [forced]  # type: ignore[list-item]
    if other := _experimental_kind():
        return [other]
    return ["bwrap", "landlock"]


BWRAP_MISSING = ("bubblewrap (bwrap) is not installed: install your distribution's "
                 "'bubblewrap' package (apt install bubblewrap) for the full sandbox")


def _available(kind: Kind) -> str | None:
    """Why ``kind`` cannot be tried here, or None."""
    if kind == "bwrap" and not _bwrap():
        return BWRAP_MISSING
    if kind == "landlock" and landlock_abi() < 1:
        return "this kernel has no Landlock"
    if kind == "sandbox-exec" and not (shutil.which("sandbox-exec")
                                       or os.access("/usr/bin/sandbox-exec", os.X_OK)):
        return "sandbox-exec is missing"
    return None


def _run_probe(kind: Kind) -> dict[str, str]:
    """Run the probe child through ``kind``; what it could reach, by name."""
    home = Path(os.path.expanduser("~"))
    base = home if os.access(home, os.W_OK) else Path(tempfile.gettempdir())
    where = Path(tempfile.mkdtemp(prefix=".devora-probe-", dir=base))
    canary = where / "canary"
    canary.write_text("devora-probe-canary")
    project = where / "project"
    project.mkdir()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    listener.settimeout(0.01)
    reached = threading.Event()

    def accept() -> None:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and not done.is_set():
            with contextlib.suppress(OSError):
                conn, _ = listener.accept()
                reached.set()
                conn.close()

    done = threading.Event()
    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    launch = None
    try:
        env = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "HOME")}
        launch = prepare(probe_argv(str(canary), str(listener.getsockname()[1]),
                                    str(os.getpid())),
                         Confinement(project=project), env, kind=kind)
        proc = subprocess.run(launch.argv, env=launch.env, cwd=launch.cwd, timeout=30,
                              capture_output=True, text=True, start_new_session=True)
        found = dict(part.split("=", 1) for part in proc.stdout.split() if "=" in part)
        if not found:
            why = (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
            return {"error": why[:200]}
        theirs = found.get("proc", "")
        try:
            with open(f"/proc/{os.getpid()}/environ", "rb") as fh:
                import hashlib

                read = theirs == "READ:" + hashlib.sha256(fh.read()).hexdigest()
        except OSError:  # no /proc here (macOS, Windows): anything the child read counts
            read = theirs.startswith("READ")
        found["proc"] = "READ" if read else "blocked"
        done.set()
        thread.join(1)
        if reached.is_set():
            found["loopback"] = "REACHED"
        return found
    except (OSError, subprocess.SubprocessError) as exc:
        return {"error": f"{type(exc).__name__}: {exc}"[:200]}
    finally:
        done.set()
        listener.close()
        if launch is not None:
            launch.cleanup()
        shutil.rmtree(where, ignore_errors=True)


def _probe_bwraps() -> dict[str, str]:
    """Probe each bubblewrap in turn and keep the first that confines: a copy outside /usr
    can be refused user namespaces (Ubuntu's AppArmor) where the system's is allowed."""
    global _bwrap_confining
    found = {"error": BWRAP_MISSING}
    for path in _bwraps():
        _bwrap_confining = path
        found = _run_probe("bwrap")
        if "error" not in found and _status_for("bwrap", found).confined:
            return found
    _bwrap_confining = None
    return found


def _status_for(kind: Kind, found: dict[str, str]) -> SandboxStatus:
    blocked = all(found.get(k) == "blocked" for k in ("home", "loopback", "proc"))
    if kind == "bwrap":
        which = "bubblewrap, the app's own copy" if _carried(_bwrap()) else "bubblewrap"
        summary = (f"checks run in a sandbox ({which}): only the project folder, no network "
                   "(npm install: web ports only), no access to your home folder, Devora's "
                   "data or other programs")
        lost: list[str] = []
        if landlock_abi() < 4:
            lost.append("npm install can reach any TCP port")
    elif kind == "landlock":
        summary = ("checks run confined by Landlock: only the project folder, no TCP (npm "
                   "install: web ports only), no access to your home folder or Devora's data")
        lost = [*_LOST_LANDLOCK, "a dev server shares this computer's network: a connected "
                "Supabase project's port is open on any host"]
    else:  # switched-off code someone opted into: it passed the probe, no more is known
        summary = (f"checks run confined by {kind} (experimental): the probe could not read "
                   "your home folder or reach a local port")
        lost = list(_LOST_EXPERIMENTAL)
    leaks = [k for k in ("home", "loopback", "proc") if found.get(k) != "blocked"]
    if leaks:
        return SandboxStatus(kind, False, f"the {kind} sandbox let the probe through "
                             f"({', '.join(leaks)}): checks are not confined", lost, found)
    return SandboxStatus(kind, blocked, summary, lost, found)


def _unconfined(kind: Kind, why: str, found: dict[str, str] | None = None) -> SandboxStatus:
    lost = ["checks run with your user's full access: files, network, other programs"]
    if kind == "unsupported-platform":
        summary = "not confined on this platform: checks run as you, with your files and network"
    else:
        summary = f"not confined ({why}): checks run as you, with your files and network"
    return SandboxStatus(kind, False, summary, lost, found or {})


def probe(*, refresh: bool = False) -> SandboxStatus:
    """What confines project code here, found by running a child through the sandbox that
    tries to read a canary in HOME, reach a loopback listener and read our /proc environ.
    Cached per process (and per forced kind); takes ~0.1-0.3 s the first time: call it off
    the UI thread."""
    key = os.environ.get(FORCE_ENV, "") + "|" + os.environ.get(EXPERIMENTAL_ENV, "")
    with _lock:
        if not refresh and key in _cached:
            return _cached[key]
        if platform := _platform_kind():
            status = _unconfined(platform, "no confinement for this platform yet")
        else:
            status = None
            reasons = []
            for kind in _wanted_kinds():
                if kind == "none":
                    reasons.append(f"turned off by {FORCE_ENV}=none")
                    break
                if why := _available(kind):
                    reasons.append(why)
                    continue
                found = _probe_bwraps() if kind == "bwrap" else _run_probe(kind)
                if "error" in found:
                    reasons.append(f"{kind} failed: {found['error']}")
                    continue
                status = _status_for(kind, found)
                if status.confined:
                    # what was tried first and why it is not in use (bwrap missing...)
                    status.lost[:0] = reasons
                    break
                reasons.append(status.summary)
                status = None
            if status is None:
                status = _unconfined("none", "; ".join(reasons) or "no sandbox found")
        _cached[key] = status
        return status

