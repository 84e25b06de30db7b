"""The project runner: what generated code can see, and that it stops when told (see
docs/ARCHITECTURE.md, Safety). Confined runs live in their own PID namespace, so the tests
find the processes they started by a token in their command line, as the host sees them."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
import textwrap
from pathlib import Path

import pytest

from devora_desktop.core.project_runner import ProjectRunner, scrubbed_env

PY = sys.executable

# Starts a grandchild that sleeps (its command line carries a token), then sleeps itself.
FAMILY = textwrap.dedent("""
    import subprocess, sys, time
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", sys.argv[1]])
    print("started", flush=True)
    time.sleep(60)
""")
KINDS = ["bwrap", "landlock", "none"]


def host_pids(token: str) -> list[int]:
    """Live processes (as the host numbers them) whose command line holds ``token``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and entry.name != str(os.getpid()):
            try:
                if token.encode() in (entry / "cmdline").read_bytes() and alive(int(entry.name)):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


async def all_gone(token: str) -> bool:
    """Every process carrying ``token`` disappears within a moment; allow the OS 2 s."""
    return await _within(lambda: not host_pids(token))


async def _within(done, seconds: float = 2.0) -> bool:
    for _ in range(int(seconds / 0.05)):
        if done():
            return True
        await asyncio.sleep(0.05)
    return False


def alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie nobody reaped counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    if stat.exists():
        try:
            return stat.read_text().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
        except OSError:
            return False
    return True


async def gone(pid: int) -> bool:
    """A killed process disappears within a moment; allow the OS up to 2 s."""
    return await _within(lambda: not alive(pid))


async def test_secrets_in_the_parent_env_do_not_reach_the_tool(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", "sk-or-v1-parent-secret")
    monkeypatch.setenv("DEVORA_API_KEY", "sk-devora-secret")
    monkeypatch.setenv("DEVORA_HOME", str(tmp_path))
    monkeypatch.setenv("HTTPS_PROXY", "http://bob:hunter2@proxy.example:8080")
    monkeypatch.setenv("NO_PROXY", "localhost")
    runner = ProjectRunner(tmp_path, env_extra={"NEXT_TELEMETRY_DISABLED": "1",
                                                "DEVORA_SNEAKY": "x"})
    result = await runner.run(
        [PY, "-c", "import json, os; print(json.dumps(dict(os.environ)))"], timeout=30)
    assert result.ok, result.text
    seen = json.loads(result.lines[-1])
    assert "sk-or-v1-parent-secret" not in result.text and "sk-devora-secret" not in result.text
    assert "hunter2" not in result.text
    assert not [k for k in seen if k.upper().startswith("DEVORA_")]
    assert seen["NEXT_TELEMETRY_DISABLED"] == "1"
    assert seen["NO_PROXY"] == "localhost" and seen["PATH"] == os.environ["PATH"]


def test_a_proxy_without_credentials_passes() -> None:
    env = scrubbed_env(base={"HTTPS_PROXY": "http://proxy.example:3128", "AWS_SECRET": "x",
                             "GITHUB_TOKEN": "ghp_x", "LANG": "C.UTF-8"})
    assert env == {"HTTPS_PROXY": "http://proxy.example:3128", "LANG": "C.UTF-8"}


async def test_the_tool_runs_in_the_project_folder(tmp_path: Path) -> None:
    result = await ProjectRunner(tmp_path).run([PY, "-c", "import os; print(os.getcwd())"],
                                               timeout=30)
    assert Path(result.lines[0]).resolve() == tmp_path.resolve()


@pytest.mark.parametrize("kind", KINDS)
async def test_timeout_kills_the_tool_and_its_children(tmp_path: Path, kind: str) -> None:
    token = f"devora-test-timeout-{kind}-{os.getpid()}"
    result = await ProjectRunner(tmp_path, kind=kind).run([PY, "-c", FAMILY, token], timeout=2)
    assert result.timed_out and result.exit_code is None and not result.ok
    assert result.seconds < 10
    assert result.lines[0] == "started"
    assert await all_gone(token)


@pytest.mark.parametrize("kind", KINDS)
async def test_cancel_kills_the_whole_tree(tmp_path: Path, kind: str) -> None:
    token = f"devora-test-cancel-{kind}-{os.getpid()}"
    ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def on_line(line: str) -> None:
        if line == "started" and not ready.done():
            ready.set_result(None)

    task = asyncio.create_task(ProjectRunner(tmp_path, kind=kind).run(
        [PY, "-c", FAMILY, token], timeout=60, on_line=on_line))
    await asyncio.wait_for(ready, 30)
    for _ in range(40):  # the grandchild may take a moment to start
        if len(host_pids(token)) >= 2:
            break
        await asyncio.sleep(0.05)
    assert len(host_pids(token)) >= 2
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await all_gone(token)


@pytest.mark.parametrize("kind", KINDS)
async def test_children_left_behind_by_a_finished_tool_are_killed(tmp_path: Path,
                                                                  kind: str) -> None:
    token = f"devora-test-left-{kind}-{os.getpid()}"
    script = ("import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', "
              "'import time; time.sleep(60)', sys.argv[1]]); time.sleep(0.5)")
    result = await ProjectRunner(tmp_path, kind=kind).run([PY, "-c", script, token], timeout=30)
    assert result.ok, result.text
    assert await all_gone(token)


async def test_output_is_capped_while_it_is_read(tmp_path: Path) -> None:
    echoed: list[str] = []
    script = "import sys\nfor i in range(20000): print(f'line {i}')\nprint('x' * 50000)"
    runner = ProjectRunner(tmp_path, head_lines=5, tail_lines=3, line_chars=100)
    result = await runner.run([PY, "-c", script], timeout=30, on_line=echoed.append)
    assert result.ok and result.truncated
    assert result.lines[:5] == [f"line {i}" for i in range(5)]
    assert result.lines[5] == "[... 19993 lines not kept ...]"
    assert result.lines[6:8] == ["line 19998", "line 19999"]
    assert result.lines[8] == "x" * 100 + " [...]"
    assert echoed == result.lines[:5]


async def test_a_missing_program_says_so(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        await ProjectRunner(tmp_path).run(["devora-no-such-tool-xyz"], timeout=5)


# An "app" that starts a tool through the runner and then only waits: the test kills it
# with SIGKILL, as a crash would, and looks for the tool's tree (the token comes in its
# environment, so that the app itself is not found by it).
APP = textwrap.dedent("""
    import asyncio, os, sys
    from pathlib import Path
    from devora_desktop.core.project_runner import ProjectRunner
    async def main():
        runner = ProjectRunner(Path(sys.argv[1]), kind=sys.argv[2])
        proc = await runner.spawn([sys.executable, "-c", sys.argv[3], os.environ["TOKEN"]])
        print((await proc.stdout.readline()).decode().strip(), flush=True)
        await asyncio.sleep(600)
    asyncio.run(main())
""")
# A child, its grandchild, and one that left the group with setsid (as `npm run dev`'s tree
# can), each carrying the token.
ESCAPING_FAMILY = textwrap.dedent("""
    import subprocess, sys, time
    cmd = [sys.executable, "-c", "import time; time.sleep(120)", sys.argv[1]]
    subprocess.Popen(cmd)
    subprocess.Popen(cmd, start_new_session=True)
    print("started", flush=True)
    time.sleep(120)
""")


def kill_the_app_mid_run(app: list[str], token: str, running: int, env: dict | None = None,
                         seconds: float = 15) -> list[int]:
    """Start the app ``app`` (its first line: "started"), wait for ``running`` processes
    carrying ``token``, SIGKILL the app; those still alive ``seconds`` later (none, if the
    tree died with it)."""
    import signal
    import subprocess
    import time

    proc = subprocess.Popen(app, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {}), "TOKEN": token,
                                 "PYTHONPATH": str(Path(__file__).parents[2])})
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "started"
        deadline = time.monotonic() + 30
        while len(host_pids(token)) < running and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(host_pids(token)) >= running, host_pids(token)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        deadline = time.monotonic() + seconds
        while host_pids(token) and time.monotonic() < deadline:
            time.sleep(0.05)
        return host_pids(token)
    finally:
        proc.kill()
        for pid in host_pids(token):  # never leave them behind, even when the test fails
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux: PR_SET_PDEATHSIG")
@pytest.mark.parametrize("kind", KINDS)
def test_the_whole_tree_dies_when_the_app_is_killed(tmp_path: Path, kind: str) -> None:
    """A crash (here SIGKILL) of Devora mid-run leaves nothing running: confined or not
    (the person said yes to running it unconfined), the same supervisor holds the tree,
    the setsid child too."""
    from tests.core.test_sandbox import need

    if kind != "none":
        need(kind)
    left = kill_the_app_mid_run([PY, "-c", APP, str(tmp_path), kind, ESCAPING_FAMILY],
                                f"devora-test-crash-{kind}-{os.getpid()}", running=3)
    assert left == [], f"still running after the app died: {left}"
