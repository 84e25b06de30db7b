"""The switched-off macOS and Windows confinement, tested where it can be on Linux: the
sandbox-exec profile is evaluated rule by rule (last match wins, as in SBPL), the Job
Object limits are checked field by field, and the probe still decides what counts as
confined when someone opts in."""

from __future__ import annotations

import ctypes
import os
import stat
import sys
from pathlib import Path

import pytest

from devora_desktop.core import sandbox, sandbox_macos, sandbox_windows
from devora_desktop.core.sandbox import Confinement, Limits

HOME = "/Users/ann"
DATA = "/Users/ann/Library/Application Support/Devora"
PROJECT = DATA + "/projects/p1"


# ---- a small SBPL reader: strings with escapes, symbols, lists --------------------------
def parse(text: str) -> list:
    forms: list = []
    stack = [forms]
    i = 0
    while i < len(text):
        c = text[i]
        if c in " \n\t":
            i += 1
        elif c == "(":
            stack[-1].append([])
            stack.append(stack[-1][-1])
            i += 1
        elif c == ")":
            stack.pop()
            assert stack, "unbalanced ')'"
            i += 1
        elif c == '"':
            out, i = [], i + 1
            while text[i] != '"':
                if text[i] == "\\":
                    i += 1
                out.append(text[i])
                i += 1
            stack[-1].append(("str", "".join(out)))
            i += 1
        else:
            j = i
            while j < len(text) and text[j] not in ' \n\t()"':
                j += 1
            stack[-1].append(text[i:j])
            i = j
    assert len(stack) == 1, "unbalanced '('"
    return forms


def covers(rule_op: str, op: str) -> bool:
    return rule_op == op or (rule_op.endswith("*") and op.startswith(rule_op[:-1]))


def matches(flt: list, path: str) -> bool:
    kind, (_, value) = flt[0], flt[1]
    if kind == "subpath":
        return path == value or path.startswith(value.rstrip("/") + "/")
    return kind == "literal" and path == value


def decide(profile: str, op: str, path: str) -> str:
    """What the profile says about ``op`` on ``path``: the last matching rule wins."""
    result = "deny"
    for form in parse(profile):
        if form[0] not in ("allow", "deny"):
            continue
        ops = [x for x in form[1:] if isinstance(x, str)]
        filters = [x for x in form[1:] if isinstance(x, list)]
        hit = any(covers(o, op) for o in ops) and any(
            matches(f, path) for f in filters if f[0] in ("subpath", "literal"))
        if ops == ["default"] or hit:
            result = form[0]
    return result


def profile(**kw) -> str:
    args = dict(network="none", ports=(), readable=(f"{HOME}/.nvm/versions/node/v20",
                                                    f"{HOME}/.ssh"),
                home="/private/tmp/run/home", tmp="/private/tmp/run/tmp", user_home=HOME,
                data_dir=DATA)
    args.update(kw)
    return sandbox_macos.sbpl_profile(args.pop("project", PROJECT), **args)


def test_the_project_is_read_write_but_its_git_only_readable() -> None:
    text = profile()
    assert decide(text, "file-write-data", PROJECT + "/src/app.js") == "allow"
    assert decide(text, "file-read-data", PROJECT + "/src/app.js") == "allow"
    assert decide(text, "file-read-data", PROJECT + "/.git/config") == "allow"
    assert decide(text, "file-write-data", PROJECT + "/.git/hooks/pre-commit") == "deny"
    assert decide(text, "file-write-create", "/private/tmp/run/home/.npmrc") == "allow"


def test_the_data_folder_home_and_ssh_are_out_of_reach() -> None:
    text = profile()
    for path in (DATA + "/devora.json", DATA + "/projects/other/secret.txt",
                 HOME + "/Documents/tax.pdf", HOME + "/.ssh/id_ed25519"):
        assert decide(text, "file-read-data", path) == "deny", path
        assert decide(text, "file-write-data", path) == "deny", path
    # a toolchain in the home is readable again, ~/.ssh never (even when listed)
    assert decide(text, "file-read-data", HOME + "/.nvm/versions/node/v20/bin/node") == "allow"
    assert decide(text, "file-write-data", HOME + "/.nvm/versions/node/v20/bin/node") == "deny"
    assert decide(text, "file-read-data", "/usr/lib/libSystem.B.dylib") == "allow"
    assert decide(text, "file-write-data", "/usr/lib/libSystem.B.dylib") == "deny"


def network_forms(text: str) -> list:
    return [f for f in parse(text) if any(isinstance(x, str) and x.startswith("network")
                                          for x in f[1:])]


def test_network_rules_per_mode() -> None:
    assert network_forms(profile(network="none", ports=(443,))) == []
    serve = profile(network="serve", ports=(5173,))
    hosts = {f[2][1] for form in network_forms(serve) for f in form[2:]}
    assert hosts == {"localhost:5173"}
    assert "*:" not in serve
    connected = profile(network="serve", ports=(5173,), remote_ports=(443,))  # Supabase
    remote = {f[2][1] for form in network_forms(connected) for f in form[2:]
              if f[:2] == ["remote", "ip"]}
    assert remote == {"localhost:5173", "*:443"}
    binds = {f[2][1] for form in network_forms(connected) if "network-bind" in form
             for f in form[2:]}
    assert binds == {"localhost:5173"}  # never bind 443
    registry = network_forms(profile(network="registry", ports=(80, 443)))
    remote = {f[2][1] for form in registry for f in form[2:] if f[:2] == ["remote", "ip"]}
    assert remote == {"*:80", "*:443"}
    assert not any(f[0] == "allow" and "network-bind" in f for f in registry)
    with pytest.raises(ValueError):
        profile(network="everything")


@pytest.mark.parametrize("project", [DATA + '/projects/x")(allow default',
                                     DATA + '/projects/a\\")(allow file-read* (subpath "/")',
                                     DATA + "/projects/back\\slash"])
def test_a_path_with_quotes_or_backslashes_cannot_add_a_rule(project: str) -> None:
    text = profile(project=project)
    forms = parse(text)
    assert [f for f in forms if f[:2] == ["allow", "default"]] == []
    assert sum(1 for f in forms if f[:2] == ["deny", "default"]) == 1
    strings = [x[1] for f in forms for sub in f[1:] if isinstance(sub, list)
               for x in sub[1:] if isinstance(x, tuple)]
    assert project in strings  # the whole path is one string, as given
    assert decide(text, "file-read-data", HOME + "/.ssh/id_rsa") == "deny"
    assert decide(text, "file-read-data", DATA + "/devora.json") == "deny"
    assert decide(text, "file-write-data", project + "/index.html") == "allow"


def test_a_path_with_a_control_character_is_refused() -> None:
    with pytest.raises(ValueError):
        profile(project=PROJECT + "\n(allow default)")


def test_no_mach_service_beyond_the_start_up_ones() -> None:
    names = {x[1] for f in parse(profile()) if "mach-lookup" in f for x in
             (s[1] for s in f[1:] if isinstance(s, list))}
    assert names == set(sandbox_macos.MACH_SERVICES)


def test_the_wrapper_runs_the_program_after_the_profile() -> None:
    argv = sandbox_macos.wrap("(version 1)", ["/usr/bin/node", "x.js"])
    assert argv == ["/usr/bin/sandbox-exec", "-p", "(version 1)", "--", "/usr/bin/node",
                    "x.js"]


# ---- Windows: the Job Object's structure --------------------------------------------------
def test_job_limits_fill_the_extended_limit_structure() -> None:
    info = sandbox_windows.limit_information(
        sandbox_windows.JobLimits(processes=64, process_memory=2 << 30, job_memory=6 << 30))
    basic = info.BasicLimitInformation
    assert basic.ActiveProcessLimit == 64
    assert info.ProcessMemoryLimit == 2 << 30 and info.JobMemoryLimit == 6 << 30
    for flag in (0x2000, 0x8, 0x100, 0x200):  # kill on close, processes, memory x2
        assert basic.LimitFlags & flag
    if ctypes.sizeof(ctypes.c_void_p) == 8:  # the Win32 x64 layout
        assert ctypes.sizeof(info) == 144
        assert type(info).ProcessMemoryLimit.offset == 112


@pytest.mark.skipif(sys.platform == "win32", reason="elsewhere than Windows")
def test_no_job_object_outside_windows() -> None:
    with pytest.raises(OSError):
        sandbox_windows.enter_job(sandbox_windows.JobLimits(1, 1, 1))


# ---- switched off unless opted into, and then only the probe decides ---------------------
@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("DEVORA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv(sandbox.FORCE_ENV, raising=False)
    monkeypatch.delenv(sandbox.EXPERIMENTAL_ENV, raising=False)
    sandbox._cached.clear()
    yield monkeypatch
    sandbox._cached.clear()


@pytest.mark.parametrize("platform", ["darwin", "win32"])
def test_without_the_opt_in_other_platforms_are_not_confined(fresh, platform: str) -> None:
    fresh.setattr(sandbox.sys, "platform", platform)
    status = sandbox.probe(refresh=True)
    assert status.kind == "unsupported-platform" and not status.confined
    assert status.summary.startswith("not confined on this platform")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="runs the probe on Linux")
def test_an_opted_in_sandbox_exec_that_lets_the_probe_through_is_not_confined(
        fresh, tmp_path: Path) -> None:
    fake = tmp_path / "bin" / "sandbox-exec"  # runs the program as is: confines nothing
    fake.parent.mkdir()
    fake.write_text('#!/bin/sh\nwhile [ "$1" != "--" ]; do shift; done\nshift\nexec "$@"\n')
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    fresh.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    fresh.setenv(sandbox.EXPERIMENTAL_ENV, "1")
    fresh.setattr(sandbox.sys, "platform", "darwin")
    status = sandbox.probe(refresh=True)
    assert not status.confined and status.kind == "none"
    assert "sandbox-exec sandbox let the probe through" in status.summary
    assert status.summary.startswith("not confined")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="runs the probe on Linux")
def test_an_opted_in_job_object_is_not_confinement(fresh) -> None:
    fresh.setenv(sandbox.EXPERIMENTAL_ENV, "1")
    fresh.setattr(sandbox.sys, "platform", "win32")
    status = sandbox.probe(refresh=True)
    assert not status.confined and status.summary.startswith("not confined")


def test_prepare_wraps_the_program_with_its_profile_and_a_throwaway_home(
        fresh, tmp_path: Path) -> None:
    project = tmp_path / "data" / "projects" / "p"
    project.mkdir(parents=True)
    spec = Confinement(project=project, network="serve", ports=(5173,))
    launch = sandbox.prepare([sys.executable, "-c", "pass"], spec, {"PATH": "/usr/bin"},
                             kind="sandbox-exec")
    try:
        assert launch.argv[1:3] == ["-p", launch.argv[2]]
        assert launch.argv[3:] == ["--", sys.executable, "-c", "pass"]
        text = launch.argv[2]
        real = str(project.resolve())
        assert decide(text, "file-write-data", real + "/a.js") == "allow"
        assert decide(text, "file-read-data", str((tmp_path / "data").resolve())
                      + "/devora.json") == "deny"
        assert os.path.isdir(launch.env["HOME"]) and launch.env["HOME"] != os.environ["HOME"]
        assert decide(text, "file-write-data", launch.env["HOME"] + "/.npmrc") == "allow"
    finally:
        launch.cleanup()
    assert not os.path.exists(launch.env["HOME"])


def test_prepare_puts_a_windows_run_in_a_job_with_its_limits(fresh, tmp_path: Path) -> None:
    spec = Confinement(project=tmp_path, limits=Limits(processes=32, memory_bytes=1 << 30))
    launch = sandbox.prepare([sys.executable, "-c", "pass"], spec, {"PATH": "/usr/bin"},
                             kind="job-object")
    try:
        i = launch.argv.index("--")
        assert launch.argv[i - 2].endswith("sandbox_windows.py")
        assert '"processes": 32' in launch.argv[i - 1]
        assert launch.argv[i + 1:] == [sys.executable, "-c", "pass"]
        assert launch.env["USERPROFILE"] == launch.env["HOME"] != os.environ.get("HOME")
    finally:
        launch.cleanup()
