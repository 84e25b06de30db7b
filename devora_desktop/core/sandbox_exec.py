"""The sandbox's supervisor and kernel calls: Landlock and seccomp through ctypes syscalls,
and the program that starts a confined run and ends all of it (see core/sandbox.py, which
prepares runs and imports these). It is run as ``python -I -S sandbox_exec.py SPEC`` inside
the sandbox, before every confined program, so it imports only a few cheap standard modules:
its start-up is part of what every check pays (the spec comes as marshal, not json: json
imports re)."""

from __future__ import annotations

import ctypes
import marshal
import os
import signal
import sys
import time
from collections.abc import Sequence

#: Exit code of the supervisor when the run went over its process cap.
EXIT_TOO_MANY_PROCESSES = 117


class _suppress:
    """contextlib.suppress without importing contextlib (start-up time)."""

    def __init__(self, *kinds: type[BaseException]) -> None:
        self.kinds = kinds

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, exc: object, tb: object) -> bool:
        return kind is not None and issubclass(kind, self.kinds)  # type: ignore[arg-type]


# ---- Landlock through raw syscalls (Linux; no binary needed) ----------------------------
_SYS_CREATE, _SYS_ADD_RULE, _SYS_RESTRICT = 444, 445, 446
_FS_EXECUTE, _FS_WRITE_FILE, _FS_READ_FILE, _FS_READ_DIR = 1, 2, 4, 8
_FS_ALL_V1 = (1 << 13) - 1
_FS_REFER, _FS_TRUNCATE, _FS_IOCTL_DEV = 1 << 13, 1 << 14, 1 << 15
_NET_BIND, _NET_CONNECT = 1, 2
_SCOPE_ABSTRACT_UNIX, _SCOPE_SIGNAL = 1, 2
_RULE_PATH_BENEATH, _RULE_NET_PORT = 1, 2
_PR_SET_NO_NEW_PRIVS, _PR_SET_CHILD_SUBREAPER, _PR_SET_PDEATHSIG = 38, 36, 1
_PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL = 47, 4
_READ = _FS_EXECUTE | _FS_READ_FILE | _FS_READ_DIR


def _libc() -> ctypes.CDLL:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    return libc


def landlock_abi() -> int:
    """The kernel's Landlock ABI version; 0 when it has none (or this is not Linux)."""
    if not sys.platform.startswith("linux"):
        return 0
    try:
        abi = _libc().syscall(_SYS_CREATE, None, ctypes.c_size_t(0), ctypes.c_uint32(1))
    except (OSError, AttributeError):
        return 0
    return max(0, int(abi))


def _fs_all(abi: int) -> int:
    rights = _FS_ALL_V1
    if abi >= 2:
        rights |= _FS_REFER
    if abi >= 3:
        rights |= _FS_TRUNCATE
    if abi >= 5:
        rights |= _FS_IOCTL_DEV
    return rights


class _PathBeneath(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


class _NetPort(ctypes.Structure):
    _fields_ = [("allowed_access", ctypes.c_uint64), ("port", ctypes.c_uint64)]


class _Ruleset(ctypes.Structure):
    _fields_ = [("handled_access_fs", ctypes.c_uint64), ("handled_access_net", ctypes.c_uint64),
                ("scoped", ctypes.c_uint64)]


def apply_landlock(read: Sequence[str], write: Sequence[str], ports: Sequence[int] | None,
                   bind_ports: Sequence[int] = (), files: bool = True) -> int:
    """Restrict this process (and all it starts) for good: files only under ``read`` (read,
    execute) and ``write`` (everything); TCP connect only to ``ports`` and bind only to
    ``bind_ports`` (``ports`` None: TCP not restricted); no signals or abstract UNIX
    sockets beyond the sandbox. Returns the ABI used; raises OSError when it fails."""
    abi = landlock_abi()
    if abi < 1:
        raise OSError("Landlock is not available in this kernel")
    libc = _libc()
    fs_all = _fs_all(abi) if files else 0
    attr = _Ruleset(fs_all, 0, 0)
    size = 8
    if abi >= 4 and ports is not None:
        attr.handled_access_net = _NET_BIND | _NET_CONNECT
        size = 16
    if abi >= 6:
        attr.scoped = _SCOPE_ABSTRACT_UNIX | _SCOPE_SIGNAL
        size = 24
    fd = libc.syscall(_SYS_CREATE, ctypes.byref(attr), ctypes.c_size_t(size),
                      ctypes.c_uint32(0))
    if fd < 0:
        raise OSError(ctypes.get_errno(), "landlock_create_ruleset failed")
    try:
        if files:
            for paths, rights in ((read, _READ), (write, fs_all)):
                for path in paths:
                    try:
                        pfd = os.open(path, os.O_PATH | os.O_CLOEXEC)
                    except OSError:
                        continue  # a folder this machine does not have
                    try:
                        allowed = rights if os.path.isdir(path) else \
                            rights & (_FS_EXECUTE | _FS_READ_FILE | _FS_WRITE_FILE
                                      | (_FS_TRUNCATE if abi >= 3 else 0)
                                      | (_FS_IOCTL_DEV if abi >= 5 else 0))
                        rule = _PathBeneath(allowed, pfd)
                        if libc.syscall(_SYS_ADD_RULE, ctypes.c_int(fd),
                                        ctypes.c_int(_RULE_PATH_BENEATH), ctypes.byref(rule),
                                        ctypes.c_uint32(0)) < 0:
                            raise OSError(ctypes.get_errno(), f"landlock rule for {path}")
                    finally:
                        os.close(pfd)
        if attr.handled_access_net:
            wanted = [(p, _NET_CONNECT) for p in ports or ()] + \
                     [(p, _NET_BIND) for p in bind_ports]
            for port, right in wanted:
                rule = _NetPort(right, port)
                if libc.syscall(_SYS_ADD_RULE, ctypes.c_int(fd), ctypes.c_int(_RULE_NET_PORT),
                                ctypes.byref(rule), ctypes.c_uint32(0)) < 0:
                    raise OSError(ctypes.get_errno(), f"landlock rule for port {port}")
        if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "no_new_privs")
        if libc.syscall(_SYS_RESTRICT, ctypes.c_int(fd), ctypes.c_uint32(0)) < 0:
            raise OSError(ctypes.get_errno(), "landlock_restrict_self failed")
    finally:
        os.close(fd)
    return abi


# ---- seccomp: no new UNIX sockets (Landlock does not cover connecting to one by path) ----
_SECCOMP_ARCH = {"x86_64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198)}


class _SockFilter(ctypes.Structure):
    _fields_ = [("code", ctypes.c_uint16), ("jt", ctypes.c_uint8), ("jf", ctypes.c_uint8),
                ("k", ctypes.c_uint32)]


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_SockFilter))]


def block_unix_sockets(unix: bool = True, datagrams: bool = False) -> bool:
    """From now on refuse (EACCES) ``socket(AF_UNIX, ...)`` (``unix``: the session bus, a
    keyring daemon or any other local service by its socket path) and, with ``datagrams``,
    every IPv4/IPv6 socket but TCP (UDP, so no DNS either, and raw/ICMP) and io_uring
    (ENOSYS: it could make sockets past this filter): Landlock filters TCP ports only, and a
    run's UDP reached any host. ``socketpair`` (pipes between a program's own processes)
    still works. False where the architecture is not known here; needs no_new_privs (set by
    :func:`apply_landlock`)."""
    arch = _SECCOMP_ARCH.get(os.uname().machine)
    if arch is None:
        return False
    audit_arch, nr_socket = arch
    ld, jeq, and_k, ret = 0x20, 0x15, 0x54, 0x06
    allow, deny, nosys = 0x7FFF0000, 0x00050000 | 13, 0x00050000 | 38
    # (op, k, label if true, label if false) with jumps by label, then resolved below
    code: list[tuple] = [("ld", 4), ("jeq", audit_arch, None, "allow"), ("ld", 0)]
    if datagrams:
        code.append(("jeq", 425, "nosys", None))  # io_uring_setup (x86_64 and aarch64)
    code += [("jeq", nr_socket, None, "allow"), ("ld", 16)]
    if unix:
        code.append(("jeq", 1, "deny", None))  # AF_UNIX
    if datagrams:
        code += [("jeq", 2, "type", None), ("jeq", 10, "type", "allow"),  # AF_INET(6)
                 ("label", "type"), ("ld", 24), ("and", 0xF), ("jeq", 1, "allow", "deny")]
    code += [("label", "allow"), ("ret", allow), ("label", "deny"), ("ret", deny),
             ("label", "nosys"), ("ret", nosys)]
    where, n = {}, 0
    for ins in code:
        if ins[0] == "label":
            where[ins[1]] = n
        else:
            n += 1
    program, i = [], 0
    for ins in code:
        if ins[0] == "label":
            continue
        if ins[0] == "jeq":
            jt = where[ins[2]] - i - 1 if ins[2] else 0
            jf = where[ins[3]] - i - 1 if ins[3] else 0
            program.append((jeq, jt, jf, ins[1]))
        else:
            program.append(({"ld": ld, "and": and_k, "ret": ret}[ins[0]], 0, 0, ins[1]))
        i += 1
    filters = (_SockFilter * len(program))(*[_SockFilter(*ins) for ins in program])
    prog = _SockFprog(len(program), filters)
    libc = _libc()
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 or \
            libc.prctl(22, 2, ctypes.byref(prog), 0, 0) != 0:  # PR_SET_SECCOMP, FILTER
        raise OSError(ctypes.get_errno(), "seccomp filter failed")
    return True


# ---- doors through a network namespace of its own (bubblewrap, "serve") -----------------
def _pipe(src: object, dst: object) -> None:
    """Bytes from ``src`` to ``dst`` until ``src`` ends, then half-close ``dst``."""
    with _suppress(OSError):
        while data := src.recv(65536):  # type: ignore[attr-defined]
            dst.sendall(data)  # type: ignore[attr-defined]
    with _suppress(OSError):
        dst.shutdown(1)  # type: ignore[attr-defined]


def _joined(a: object, b: object) -> None:
    import threading

    other = threading.Thread(target=_pipe, args=(b, a), daemon=True)
    other.start()
    _pipe(a, b)
    other.join()
    for sock in (a, b):
        with _suppress(OSError):
            sock.close()  # type: ignore[attr-defined]


def _doors(spec: dict) -> list:
    """Listening sockets for the run's doors, made before the program starts (a port below
    1024 needs the one capability bubblewrap lent the supervisor, never the program):
    ``inbound`` (a UNIX socket Devora's proxy connects to -> the program's own port in here;
    one byte ``+`` says the program answered) and ``outbound`` (a port on loopback in here,
    where the run's hosts file points a remote host -> a UNIX socket whose other end, outside,
    connects to that one host)."""
    import socket

    doors = []
    for path, port in spec.get("inbound", ()):
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.bind(path)
        sock.listen(64)
        doors.append((sock, "in", port))
    for ip, port, path in spec.get("outbound", ()):
        sock = socket.socket(socket.AF_INET6 if ":" in ip else socket.AF_INET)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((ip, port))
        sock.listen(64)
        doors.append((sock, "out", path))
    return doors


def _open_doors(doors: list) -> None:
    """Serve each door from a thread of its own (after the fork: the program never holds
    a thread of ours)."""
    import socket
    import threading

    def serve(sock: socket.socket, way: str, where: object) -> None:
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            try:
                if way == "in":
                    far = socket.create_connection(("127.0.0.1", int(where)))  # type: ignore[arg-type]
                    conn.sendall(b"+")
                else:
                    far = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                    far.connect(where)
            except OSError:
                conn.close()
                continue
            threading.Thread(target=_joined, args=(conn, far), daemon=True).start()

    for sock, way, where in doors:
        threading.Thread(target=serve, args=(sock, way, where), daemon=True).start()


# ---- the supervisor (runs inside the sandbox, stdlib only) ------------------------------
def _descendants(root_pid: int) -> list[int]:
    """Every process below ``root_pid``: from each thread's ``children`` list (cost grows
    with our own tree only), else by walking all of /proc's parent links."""
    if os.path.exists(f"/proc/{root_pid}/task/{root_pid}/children"):
        found, todo = [], [root_pid]
        while todo:
            pid = todo.pop()
            try:
                tids = os.listdir(f"/proc/{pid}/task")
            except OSError:
                continue
            for tid in tids:
                try:
                    with open(f"/proc/{pid}/task/{tid}/children", "rb") as fh:
                        kids = [int(k) for k in fh.read().split()]
                except OSError:
                    continue
                found += kids
                todo += kids
        return found
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(name))
    found, todo = [], [root_pid]
    while todo:
        for child in children.get(todo.pop(), ()):
            found.append(child)
            todo.append(child)
    return found


def _user_tasks(uid: int) -> int:
    """How many tasks (threads) ``uid`` runs now, as RLIMIT_NPROC counts them."""
    total = 0
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            if os.stat(f"/proc/{name}").st_uid != uid:
                continue
            with open(f"/proc/{name}/status", "rb") as fh:
                for line in fh:
                    if line.startswith(b"Threads:"):
                        total += int(line.split()[1])
                        break
        except (OSError, ValueError):
            continue
    return total


def _kill_descendants() -> None:
    """Kill every process below us. A fork bomb forks faster than a kill loop walks /proc,
    so first stop them all (a stopped process can't fork) until a walk finds none new, then
    kill the lot."""
    me = os.getpid()
    stopped: set[int] = set()
    for _ in range(1000):
        fresh = set(_descendants(me)) - stopped
        if not fresh:
            break
        for pid in fresh:
            with _suppress(OSError):
                os.kill(pid, signal.SIGSTOP)
        stopped |= fresh
    for _ in range(50):
        pids = _descendants(me)
        if not pids:
            return
        for pid in pids:
            with _suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        with _suppress(ChildProcessError):
            while os.waitpid(-1, os.WNOHANG)[0]:
                pass


def _supervise(spec: dict) -> int:
    """Start the program under the spec's limits and wait for it; whatever it left running
    is killed before returning. As PID 1 of its namespace (bubblewrap) our exit alone makes
    the kernel kill the rest; without one (Landlock only) we are the subreaper and kill the
    tree ourselves."""
    import resource

    libc = _libc()
    pid1 = os.getpid() == 1
    if not pid1:
        libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)  # then kill the tree
        if os.getppid() != spec.get("parent", os.getppid()):
            return 128 + signal.SIGTERM  # Devora died before that took: start nothing
    limits = spec["limits"]
    cap = int(limits["processes"])
    ended = {"flag": False}

    def stop(_sig: int, _frame: object) -> None:
        ended["flag"] = True

    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(sig, stop)
    # SIGCHLD stays queued so the wait below wakes the moment the program ends
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGCHLD})
    doors = _doors(spec)
    child = os.fork()
    if child == 0:
        try:
            # the kernel's own cap a little above ours, so our count sees the run reach it.
            # RLIMIT_NPROC counts every task of the user in its user namespace (never for
            # root): under bubblewrap that is this run alone; under Landlock alone it is the
            # whole desktop session, which the cap must be added to
            nproc = cap + 16 + (0 if pid1 else _user_tasks(os.getuid()))
            for name, value in (("RLIMIT_NPROC", nproc),
                                ("RLIMIT_FSIZE", limits["file_bytes"]),
                                ("RLIMIT_DATA", limits["memory_bytes"]),
                                ("RLIMIT_NOFILE", limits["open_files"]),
                                ("RLIMIT_CORE", 0)):
                with _suppress(ValueError, OSError):
                    resource.setrlimit(getattr(resource, name), (value, value))
            for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
                signal.signal(sig, signal.SIG_DFL)
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGCHLD})  # exec keeps masks
            # below the supervisor (and the app): a fork bomb can't starve the one process
            # that counts it, and a long build leaves the window responsive
            with _suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, 0, min(19, os.getpriority(
                    os.PRIO_PROCESS, 0) + 5))
            # no capability stays: root's CAP_SYS_PTRACE would read other processes' /proc
            # environ past Landlock; the one lent to open a door below 1024 is the
            # supervisor's (ambient ones would pass through exec)
            libc.prctl(_PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)
            if os.geteuid() == 0 or doors:
                header = (ctypes.c_uint32 * 2)(0x20080522, 0)
                if libc.capset(header, (ctypes.c_uint32 * 6)()) != 0:
                    raise OSError(ctypes.get_errno(), "could not drop capabilities")
            land = spec.get("landlock")
            if land:
                apply_landlock(land["read"], land["write"], land.get("ports"),
                               land.get("bind_ports", ()), files=land.get("files", True))
            if spec.get("block_unix") or spec.get("block_datagrams"):
                block_unix_sockets(bool(spec.get("block_unix")),
                                   bool(spec.get("block_datagrams")))
            os.chdir(spec["cwd"])
            os.execvpe(spec["argv"][0], spec["argv"], spec["env"])
        except BaseException as exc:  # never return into the supervisor's code
            os.write(2, f"devora sandbox: could not start {spec['argv'][0]}: {exc}\n".encode())
            os._exit(126)
    if doors:
        _open_doors(doors)
    code: int | None = None
    too_many = False
    counted = 0.0
    while code is None and not ended["flag"]:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == child:
            code = os.waitstatus_to_exitcode(status)
            break
        if pid == 0:
            signal.sigtimedwait({signal.SIGCHLD}, 0.05)
        # count on a clock, not only when idle: as PID 1 we reap a fork bomb's orphans
        # one after another and would never be idle
        if time.monotonic() - counted >= 0.05:
            counted = time.monotonic()
            if len(_descendants(os.getpid())) >= cap:
                too_many = True
                break
    if too_many:
        os.write(2, f"devora sandbox: the program started {cap} processes or more; "
                    "the run was ended\n".encode())
    if not pid1:  # as PID 1 our exit makes the kernel kill the whole namespace at once
        _kill_descendants()
    if too_many:
        return EXIT_TOO_MANY_PROCESSES
    if code is None:
        return 128 + signal.SIGTERM
    return 128 - code if code < 0 else code


def _main(argv: list[str]) -> int:
    spec = marshal.loads(bytes.fromhex(argv[1]))  # same interpreter wrote it
    return _supervise(spec)



if __name__ == "__main__":
    sys.exit(_main(sys.argv))
