"""The sandbox's probe and its runs, on this machine, for every path it can take: bubblewrap,
Landlock alone (bubblewrap missing or user namespaces blocked) and nothing at all."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from devora_desktop.core import sandbox
from devora_desktop.core.project_runner import ProjectRunner
from devora_desktop.core.sandbox import Confinement, Limits

PY = sys.executable
linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux confinement")
CI = os.environ.get("CI") == "true"


def can(kind: str) -> bool:
    if kind == "bwrap":
        return sandbox._bwrap() is not None
    return sandbox.landlock_abi() >= 1


def need(kind: str) -> None:
    """On CI a missing sandbox fails the run; elsewhere the test says what it lacks."""
    if not can(kind):
        if CI:
            pytest.fail(f"{kind} is not available on this CI machine: install bubblewrap")
        pytest.skip(f"{kind} is not available here")


@pytest.fixture
def forced(monkeypatch: pytest.MonkeyPatch):
    def force(kind: str) -> sandbox.SandboxStatus:
        monkeypatch.setenv(sandbox.FORCE_ENV, kind)
        return sandbox.probe(refresh=True)
    yield force
    sandbox._cached.clear()


@linux
@pytest.mark.parametrize("kind", ["bwrap", "landlock"])
def test_the_probe_runs_a_child_that_reaches_nothing(forced, kind: str) -> None:
    need(kind)
    status = forced(kind)
    assert status.kind == kind and status.confined, status
    assert status.found == {"home": "blocked", "loopback": "blocked", "proc": "blocked"}
    if kind == "landlock":  # what Landlock alone gives up is said, not hidden
        assert "the project's .git folder is writable" in status.lost
    assert "not confined" not in status.line()


def test_nothing_to_confine_with_says_so_and_is_not_confined(forced) -> None:
    status = forced("none")
    assert status.kind == "none" and not status.confined
    assert status.summary.startswith("not confined")
    assert "with your files and network" in status.summary
    assert status.lost


def test_other_platforms_say_not_confined_on_this_platform(
        forced, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox, "_platform_kind", lambda: "unsupported-platform")
    status = forced("")
    assert status.kind == "unsupported-platform" and not status.confined
    assert status.summary.startswith("not confined on this platform")


@linux
def test_a_probe_that_gets_through_is_reported_unconfined(
        forced, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sandbox that starts but lets the probe read HOME is not trusted."""
    need("bwrap")
    monkeypatch.setattr(sandbox, "_run_probe",
                        lambda kind: {"home": "READ", "loopback": "blocked", "proc": "blocked"})
    status = forced("bwrap")
    assert not status.confined and status.kind == "none"
    assert "let the probe through (home)" in status.summary


@linux
@pytest.mark.parametrize("kind", ["bwrap", "landlock"])
async def test_the_project_is_writable_but_its_git_and_the_rest_are_not(
        tmp_path: Path, kind: str) -> None:
    need(kind)
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    other = tmp_path / "other-project"
    other.mkdir()
    (other / "secret.txt").write_text("other project's secret")
    script = (
        "import pathlib, sys\n"
        "p = pathlib.Path(sys.argv[1])\n"
        "(p / 'made.txt').write_text('ok'); print('project write ok')\n"
        "for target in [p / '.git' / 'hooks-x', pathlib.Path(sys.argv[2]) / 'x']:\n"
        "    try:\n"
        "        target.write_text('x'); print('WROTE', target)\n"
        "    except OSError as e:\n"
        "        print('refused', target.name)\n"
        "try:\n"
        "    print('READ', open(sys.argv[2] + '/secret.txt').read())\n"
        "except OSError:\n"
        "    print('refused secret')\n")
    runner = ProjectRunner(project, kind=kind)  # type: ignore[arg-type]
    result = await runner.run([PY, "-I", "-c", script, str(project), str(other)], timeout=30)
    assert result.ok, result.text
    assert (project / "made.txt").read_text() == "ok"
    assert "refused secret" in result.lines and "READ" not in result.text
    assert not (other / "x").exists()
    if kind == "bwrap":
        assert not (project / ".git" / "hooks-x").exists()


@linux
@pytest.mark.parametrize("kind", ["bwrap", "landlock"])
async def test_caps_end_a_fork_bomb_a_huge_file_and_endless_output(
        tmp_path: Path, kind: str) -> None:
    """As root too: the supervisor counts processes where RLIMIT_NPROC does not apply."""
    need(kind)
    limits = Limits(processes=40, file_bytes=2 * sandbox.MB, output_bytes=4 * sandbox.MB)
    runner = ProjectRunner(tmp_path, kind=kind,  # type: ignore[arg-type]
                           confine=Confinement(project=tmp_path, limits=limits))
    bomb = ("import os, time\n"
            "for _ in range(400):\n"
            "    try:\n"
            "        if os.fork() == 0:\n"
            "            time.sleep(30); os._exit(0)\n"
            "    except OSError:\n"
            "        time.sleep(0.01)\n"
            "time.sleep(30)\n")
    result = await runner.run([PY, "-I", "-c", bomb], timeout=20)
    assert result.over_limit == "processes" and result.seconds < 15, result
    assert "more than 40 processes" in (result.limit_message("the build", limits) or "")
    big = "open('big.bin', 'wb').write(b'x' * (3 * 1024 * 1024))"
    result = await runner.run([PY, "-I", "-c", big], timeout=20)
    assert result.over_limit == "file-size", result
    assert not (tmp_path / "big.bin").exists() or (tmp_path / "big.bin").stat().st_size \
        <= 2 * sandbox.MB
    chatty = "import sys\nwhile True: sys.stdout.write('y' * 65536 + '\\n')"
    result = await runner.run([PY, "-I", "-c", chatty], timeout=20)
    assert result.over_limit == "output" and result.seconds < 15, result


def test_self_test_reports_the_probe_and_fails_unconfined_only_on_ci(
        forced, monkeypatch: pytest.MonkeyPatch) -> None:
    from devora_desktop.selftest import _check_sandbox

    forced("none")
    monkeypatch.setenv("CI", "false")
    assert _check_sandbox().startswith("none: not confined (turned off by DEVORA_SANDBOX=none)")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(RuntimeError, match="not confined"):
        _check_sandbox()


@linux
@pytest.mark.parametrize("kind", ["bwrap", "landlock"])
@pytest.mark.parametrize(("build", "cap", "words"), [
    ("sh -c 'f() { f | f & }; f; sleep 20'", "processes", "more than 40 processes"),
    ("head -c 3000000 /dev/zero > big.bin", "file-size", "larger than 2 MB"),
    ("yes devora", "output", "more than 4 MB of output"),
], ids=["fork-bomb", "big-file", "endless-output"])
async def test_a_hostile_build_ends_with_one_clear_finding(
        tmp_path: Path, kind: str, build: str, cap: str, words: str) -> None:
    """Through the real npm check, as whoever runs the tests (root on CI: a fork bomb as root
    must end too). Small caps keep it fast; the machine is left as it was."""
    import json
    import shutil

    from devora_desktop.core.checks import CheckOptions, run_checks

    need(kind)
    if not shutil.which("npm"):
        pytest.skip("npm is not installed")
    (tmp_path / "package.json").write_text(json.dumps({"name": "p", "scripts": {"build": build}}))
    limits = Limits(processes=40, file_bytes=2 * sandbox.MB, output_bytes=4 * sandbox.MB)
    options = CheckOptions(sandbox=kind, limits=limits, build_timeout=60)  # type: ignore[arg-type]
    results = await run_checks(tmp_path, options=options)
    build_result = results[-1]
    assert build_result.check == "npm-build" and build_result.status == "failed", results
    [finding] = build_result.findings
    assert words in finding.message and finding.message.startswith("npm run build"), finding
    assert build_result.seconds < 30
    assert not (tmp_path / "big.bin").exists() or \
        (tmp_path / "big.bin").stat().st_size <= 2 * sandbox.MB


@linux
def test_without_bubblewrap_landlock_takes_over_and_says_how_to_get_it(
        forced, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not forced: the order bubblewrap, then Landlock, with bwrap missing."""
    need("landlock")
    monkeypatch.setattr(sandbox, "_bwrap", lambda: None)
    status = forced("")
    assert status.kind == "landlock" and status.confined
    assert status.lost[0] == sandbox.BWRAP_MISSING
    assert "apt install bubblewrap" in status.line()


@linux
@pytest.mark.parametrize("kind", ["bwrap", "landlock"])
async def test_roots_own_files_in_etc_stay_closed(tmp_path: Path, kind: str) -> None:
    """Root keeps reading its own 0600 files with every capability dropped: /etc is opened
    entry by entry, never whole."""
    need(kind)
    secret = next((p for p in ("/etc/shadow", "/etc/gshadow", "/etc/sudoers")
                   if os.access(p, os.R_OK)), None)
    if secret is None:
        pytest.skip("no readable root-only file in /etc to try")
    script = ("import sys\ntry:\n    open(sys.argv[1]).read(); print('READ')\n"
              "except OSError as e:\n    print('refused', e.errno)\n"
              "print(open('/etc/hosts').read() != '')\n")
    result = await ProjectRunner(tmp_path, kind=kind).run(  # type: ignore[arg-type]
        [PY, "-I", "-c", script, secret], timeout=30)
    assert result.ok, result.text
    assert result.lines[0].startswith("refused") and result.lines[1] == "True"


def test_the_bundled_app_runs_its_probe_child_as_a_hidden_subcommand(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In the bundle ``sys.executable`` is Devora itself: ``-I -S -c`` failed there ("No such
    option '-I'") and the installed app reported itself unconfined."""
    import socket
    import subprocess

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    argv = sandbox.probe_argv("CANARY", "1", "2")
    assert argv[1:] == ["sandbox-probe", "CANARY", "1", "2"]
    monkeypatch.delattr(sys, "frozen")
    canary = tmp_path / "canary"
    canary.write_text("x")
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        out = subprocess.run(
            [sys.executable, "-m", "devora_desktop", "sandbox-probe", str(canary), str(port),
             str(os.getpid())], capture_output=True, text=True, timeout=60,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])})
    # unconfined here: the child reads all three, which is what the probe must see
    fields = dict(p.split("=", 1) for p in out.stdout.split())
    assert fields["home"] == "READ" and fields["loopback"] == "REACHED", out
    assert fields["proc"].startswith("READ:"), out


@linux
@pytest.mark.parametrize("kind", ["bwrap", "none"])
async def test_a_refused_fork_counts_as_reaching_the_process_cap(tmp_path: Path,
                                                                 kind: str) -> None:
    """A bomb can meet RLIMIT_NPROC, collapse and exit 0 between two of the supervisor's
    counts (it failed one run in two on a quiet machine): the shell's "can't fork" is the
    kernel saying the cap was reached. Unconfined, no cap was ours to report."""
    need(kind)
    runner = ProjectRunner(tmp_path, kind=kind)  # type: ignore[arg-type]
    result = await runner.run(["sh", "-c", "echo 'sh: 1: Cannot fork'; exit 0"], timeout=20)
    assert result.over_limit == ("processes" if kind == "bwrap" else None), result


@pytest.fixture
def carried_bwrap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """An installed app's folder with its own ``bin/bwrap`` (what the Linux bundle carries);
    the caller writes that file. The probe's choice is undone afterwards."""
    monkeypatch.setattr(sandbox, "_bundle_dir", lambda: str(tmp_path))
    monkeypatch.setattr(sandbox, "_bwrap_confining", None)
    sandbox._bwraps.cache_clear()
    (tmp_path / "bin").mkdir()
    yield tmp_path / "bin/bwrap"
    sandbox._bwraps.cache_clear()
    sandbox._cached.clear()


@linux
def test_the_apps_own_bubblewrap_is_tried_first_and_confines(
        forced, carried_bwrap: Path) -> None:
    need("bwrap")
    system = sandbox._bwraps()[-1]
    carried_bwrap.symlink_to(system)
    sandbox._bwraps.cache_clear()
    assert sandbox._bwraps() == (str(carried_bwrap), system)
    status = forced("bwrap")
    assert status.kind == "bwrap" and status.confined, status.line()
    assert sandbox._bwrap() == str(carried_bwrap) and "the app's own copy" in status.summary
    launch = sandbox.prepare(["true"], Confinement(project=carried_bwrap.parent),
                             {"PATH": os.environ["PATH"]}, kind="bwrap")
    try:
        assert launch.argv[0] == str(carried_bwrap)
        assert launch.env["LD_LIBRARY_PATH"] == str(carried_bwrap.parent.parent)
    finally:
        launch.cleanup()


@linux
def test_a_carried_bubblewrap_that_fails_gives_way_to_the_systems(
        forced, carried_bwrap: Path) -> None:
    """Ubuntu's AppArmor refuses user namespaces to a bwrap outside /usr: the probe goes on
    to the system's and says which it uses; only a passing probe counts."""
    need("bwrap")
    carried_bwrap.write_text("#!/bin/sh\necho 'bwrap: setting up uid map: Permission denied' >&2"
                             "\nexit 1\n")
    carried_bwrap.chmod(0o755)
    sandbox._bwraps.cache_clear()
    system = sandbox._bwraps()[-1]
    assert sandbox._bwraps()[0] == str(carried_bwrap) and system != str(carried_bwrap)
    status = forced("bwrap")
    assert status.kind == "bwrap" and status.confined, status.line()
    assert sandbox._bwrap() == system and "the app's own copy" not in status.summary


def test_a_frozen_app_lends_the_sandbox_its_own_folder_and_nothing_above_it(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The compressed image runs from a mount in $XDG_RUNTIME_DIR (or /tmp): the folder above
    the app holds the session's D-Bus socket, through which code could reach the keyring, so
    only the app's own folder is lent to the supervisor."""
    runtime = tmp_path / "run-user-1000"
    app = runtime / "devora.abc123"
    (app / "_internal").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "devora"))
    monkeypatch.setattr(sys, "_MEIPASS", str(app / "_internal"), raising=False)
    _, dirs = sandbox._own_python()
    assert dirs == sorted({str(app), str(app / "_internal")}), dirs
    assert str(runtime) not in dirs
    # the probe and the checks run the app itself: nothing above its folder either
    (app / "devora").write_text("")
    assert sandbox._toolchain_dirs(str(app / "devora")) == [str(app)]


@linux
@pytest.mark.parametrize("kind", ["bwrap", "landlock"])
async def test_a_tool_in_dot_local_bin_does_not_lend_the_apps_data_or_keyrings(
        tmp_path: Path, kind: str) -> None:
    """pip --user, pipx and uv put tools (a python3, even) in ~/.local/bin: the folder above
    it, ~/.local, holds ~/.local/share with Devora's own data (every other project), the
    keyrings and the Trash. The tool gets ~/.local/bin and ~/.local/lib only."""
    need(kind)
    local = Path(os.path.expanduser("~/.local"))
    (local / "bin").mkdir(parents=True)
    (local / "lib/python-user").mkdir(parents=True)
    (local / "lib/python-user/mod.txt").write_text("user lib")
    data = local / "share/Devora/projects/other"
    data.mkdir(parents=True)
    (data / "secret.txt").write_text("another project's secret")
    tool = local / "bin/python3"
    tool.symlink_to(os.path.realpath(PY))
    script = ("import sys\nprint(open(sys.argv[1]).read())\ntry:\n"
              "    print('READ', open(sys.argv[2]).read())\n"
              "except OSError:\n    print('refused secret')\n")
    project = tmp_path / "project"
    project.mkdir()
    result = await ProjectRunner(project, kind=kind).run(  # type: ignore[arg-type]
        [str(tool), "-I", "-c", script, str(local / "lib/python-user/mod.txt"),
         str(data / "secret.txt")], timeout=30)
    assert result.ok, result.text
    assert result.lines == ["user lib", "refused secret"], result.text


@linux
@pytest.mark.parametrize("kind", ["bwrap", "landlock"])
async def test_a_check_sends_nothing_over_udp(tmp_path: Path, kind: str) -> None:
    """Landlock filters TCP ports only: a check run under it (no bubblewrap: Ubuntu's
    AppArmor rules, containers) sent UDP to any host — the project's files, a datagram at a
    time. Now only npm install and a dev server connected to Supabase (both need DNS) may."""
    import socket

    need(kind)
    listener = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    listener.bind(("127.0.0.1", 0))
    listener.settimeout(1.5)
    project = tmp_path / "project"
    project.mkdir()
    script = ("import socket, sys\n"
              "try:\n"
              "    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
              "    s.sendto(b'leak', ('127.0.0.1', int(sys.argv[1]))); print('sent')\n"
              "except OSError as e:\n"
              "    print('refused', e.errno)\n")
    runner = ProjectRunner(project, kind=kind)  # type: ignore[arg-type]
    result = await runner.run([PY, "-I", "-c", script, str(listener.getsockname()[1])],
                              timeout=30)
    try:
        heard = listener.recv(100)
    except OSError:
        heard = b""
    listener.close()
    assert result.ok, result.text
    assert heard == b"", result.text
