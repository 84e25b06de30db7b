"""macOS confinement: a sandbox-exec (Seatbelt) profile with the same rules as the Linux
sandbox (see docs/ARCHITECTURE.md, Safety). Switched off: core/sandbox.py uses it only on
macOS with ``DEVORA_SANDBOX_EXPERIMENTAL=1``, and even then reports confined only when its
probe child, run through this profile, could not read a HOME canary or reach a loopback
listener. It has never run on a Mac in this repository's tests: only the profile text is
tested (pure string building, on Linux).

Rules, in order (the last matching rule wins in SBPL): deny everything; allow starting
processes, reading file metadata and a few sysctls; read the system and toolchain folders;
deny the user's home and Devora's data folder; read the listed toolchains again (they may
live in the home, e.g. ~/.nvm); read-write the project, a throwaway HOME/TMP and listed
writable folders (projects live in the data folder: only this one is opened again); deny
writes to the project's ``.git``; deny ~/.ssh once more whatever came before. Network per
mode: none; localhost on the listed ports ("loopback", "serve"); remote TCP on the listed
ports plus DNS ("registry").

Paths go into the profile as SBPL string literals, backslash and double quote escaped;
a path with a control character is refused (no string escape for it is documented).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

#: read-only for every run: the OS, the dynamic loader's caches, common toolchain prefixes
SYSTEM_READ = ("/usr", "/bin", "/sbin", "/System", "/Library/Apple", "/Library/Developer",
               "/Applications/Xcode.app", "/opt/homebrew", "/opt/local", "/private/var/db/dyld",
               "/private/etc/ssl", "/private/etc/hosts", "/private/etc/resolv.conf",
               "/private/etc/passwd", "/private/etc/group", "/private/etc/localtime",
               "/dev/urandom", "/dev/random", "/dev/null", "/dev/zero", "/dev/dtracehelper")
#: the only Mach services a program gets: user/group look-ups, the system log and notify
#: (what libSystem asks for while a process starts)
MACH_SERVICES = ("com.apple.system.opendirectoryd.libinfo", "com.apple.system.logger",
                 "com.apple.system.notification_center")
#: DNS and TLS trust for "registry" only
REGISTRY_MACH = ("com.apple.dnssd.service", "com.apple.trustd", "com.apple.trustd.agent")


def sbpl_string(path: str) -> str:
    """``path`` as one SBPL string literal: a quote or backslash in it can't end the string
    and start a rule of its own."""
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in path):
        raise ValueError(f"a path with a control character can't go into a profile: {path!r}")
    return '"' + path.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _subpaths(paths: Iterable[str]) -> str:
    return " ".join(f"(subpath {sbpl_string(p)})" for p in paths)


def sbpl_profile(project: str, *, network: str = "none", ports: Sequence[int] = (),
                 readable: Sequence[str] = (), writable: Sequence[str] = (), home: str,
                 tmp: str, user_home: str, data_dir: str,
                 remote_ports: Sequence[int] = ()) -> str:
    """The profile text for one run. ``project`` is read-write but its ``.git`` read-only;
    ``home``/``tmp`` are the run's throwaway folders; ``user_home`` and ``data_dir`` are
    denied (``readable`` toolchains under the home are allowed again, ~/.ssh never).
    ``remote_ports`` ("serve"): ports it may also connect to on any host (a connected
    Supabase project's), with DNS."""
    project = project.rstrip("/") or "/"
    ssh = user_home.rstrip("/") + "/.ssh"
    rules = [
        "(version 1)",
        "(deny default)",
        "(allow process-fork)",
        "(allow process-exec)",
        "(allow signal (target same-sandbox))",
        "(allow sysctl-read)",
        "(allow file-read-metadata)",
        '(allow file-read* (literal "/"))',
        f"(allow file-read* {_subpaths(SYSTEM_READ)})",
        '(allow file-write-data (literal "/dev/null"))',
        "(allow mach-lookup "
        + " ".join(f"(global-name {sbpl_string(n)})" for n in MACH_SERVICES) + ")",
        f"(deny file-read* file-write* {_subpaths([user_home, data_dir])})",
    ]
    if readable:
        rules.append(f"(allow file-read* {_subpaths(readable)})")
    rules.append(f"(allow file-read* file-write* {_subpaths([project, home, tmp, *writable])})")
    rules.append(f"(deny file-write* {_subpaths([project + '/.git'])})")
    if network in ("loopback", "serve"):
        local = " ".join(f'(local ip "localhost:{int(p)}")' for p in ports)
        remote = " ".join(f'(remote ip "localhost:{int(p)}")' for p in ports)
        if ports:
            rules += [f"(allow network-bind {local})", f"(allow network-inbound {local})",
                      f"(allow network-outbound {remote})"]
        if network == "serve" and remote_ports:
            anywhere = " ".join(f'(remote ip "*:{int(p)}")' for p in remote_ports)
            rules += [f"(allow network-outbound {anywhere})",
                      '(allow network-outbound (literal "/private/var/run/mDNSResponder"))']
    elif network == "registry":
        remote = " ".join(f'(remote ip "*:{int(p)}")' for p in ports)
        if remote:
            rules.append(f"(allow network-outbound {remote})")
        rules.append('(allow network-outbound (literal "/private/var/run/mDNSResponder"))')
        rules.append("(allow mach-lookup "
                     + " ".join(f"(global-name {sbpl_string(n)})" for n in REGISTRY_MACH) + ")")
    elif network != "none":
        raise ValueError(f"unknown network mode: {network!r}")
    # last, so nothing above can open them again
    rules.append(f"(deny file-read* file-write* {_subpaths([ssh])})")
    return "\n".join(rules) + "\n"


def wrap(profile: str, argv: Sequence[str], *, binary: str = "/usr/bin/sandbox-exec") -> list[str]:
    """The command that runs ``argv`` under ``profile``."""
    return [binary, "-p", profile, "--", *argv]
