"""Fast: the single file's shell runtime (packaging/linux/runtime.sh) with a fake payload —
its squashfuse and unsquashfs are small scripts, its image a few bytes — so its choices
(which folder, which copy, what is left after a kill) are checked in a second, without
PyInstaller; and install.sh with a fake folder. tests/test_packaging.py runs the real thing
(slow)."""

from __future__ import annotations

import contextlib
import os
import re
import runpy
import shutil
import signal
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the single file is Linux-only")

APP = """#!/bin/sh
echo "app in $(dirname "$0"): $*"
if [ -n "${FAKE_APP_PID:-}" ]; then echo $$ > "$FAKE_APP_PID"; exec sleep 30; fi
exit "${FAKE_APP_EXIT:-0}"
"""
# -o offset=N IMAGE MOUNTPOINT: "mounts" by copying the app in (FAKE_FUSE=1), else fails
SQUASHFUSE = """#!/bin/sh
[ "${FAKE_FUSE:-0}" = 1 ] || { echo "fuse: device not found" >&2; exit 1; }
eval "mnt=\\${$#}"
cp "$(dirname "$0")/app.sh" "$mnt/devora"
"""
# ... -d DIR IMAGE: unpacks the app into DIR (a new folder)
UNSQUASHFS = """#!/bin/sh
while [ $# -gt 0 ]; do [ "$1" = -d ] && dir=$2; shift; done
[ -n "${FAKE_UNPACK_SLEEP:-}" ] && sleep "$FAKE_UNPACK_SLEEP"
[ -n "${FAKE_UNPACK_FAIL:-}" ] && { mkdir "$dir"; echo "write failed: disk full" >&2; exit 1; }
mkdir "$dir" && cp "$(dirname "$0")/app.sh" "$dir/devora"
"""
FUSERMOUNT = """#!/bin/sh
eval "mnt=\\${$#}"
rm -f "$mnt/devora"
"""


def script(path: Path, text: str) -> Path:
    path.write_text(text)
    path.chmod(0o755)
    return path


def make_single(folder: Path) -> Path:
    """A .run built by build.py's own writer around the fake tools (and the real flock) and
    a fake image of its own: another version."""
    tools = folder / "payload/tools"
    tools.mkdir(parents=True)
    for name, text in (("squashfuse", SQUASHFUSE), ("unsquashfs", UNSQUASHFS),
                       ("app.sh", APP)):
        script(tools / name, text)
    shutil.copy(shutil.which("flock") or "flock", tools / "flock")
    (tools / "lib").mkdir()
    tar = folder / "payload/tools.tar"
    with tarfile.open(tar, "w") as out:
        out.add(tools, "tools")
    image = folder / "payload/image"
    image.write_bytes(os.urandom(64))  # its own id: no other test's copy is ever reused
    build = runpy.run_path(str(ROOT / "packaging/build.py"))
    return build["write_single_file"](folder / "Devora.run", tar.read_bytes(), image)


@pytest.fixture
def single(tmp_path: Path) -> Path:
    return make_single(tmp_path)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    fake_bin = tmp_path / "fakebin"
    fake_bin.mkdir()
    script(fake_bin / "fusermount3", FUSERMOUNT)
    (tmp_path / "run").mkdir()
    return {"PATH": f"{fake_bin}:{os.environ['PATH']}", "HOME": str(tmp_path / "home"),
            "XDG_RUNTIME_DIR": str(tmp_path / "run"), "TMPDIR": str(tmp_path / "run")}


def run(single: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["sh", str(single), *args], env=env, capture_output=True,
                          text=True, timeout=30)


def unmounted(run_dir: Path) -> bool:
    """The tools and the mount point go (a watcher unmounts within a second of the app)."""
    deadline = time.monotonic() + 5
    while list(run_dir.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not list(run_dir.iterdir())


def test_the_app_runs_from_the_mount_and_its_exit_code_comes_through(
        single: Path, env: dict[str, str], tmp_path: Path) -> None:
    result = run(single, {**env, "FAKE_FUSE": "1", "FAKE_APP_EXIT": "3"}, "a b", "c")
    assert result.returncode == 3, result.stderr
    assert f"app in {tmp_path}/run/devora." in result.stdout and ": a b c" in result.stdout
    assert unmounted(tmp_path / "run")
    assert not (tmp_path / "home/.cache/devora").exists(), "mounted: nothing unpacked"


def test_without_fuse_it_runs_a_copy_unpacked_once_into_the_cache(
        single: Path, env: dict[str, str], tmp_path: Path) -> None:
    cache = tmp_path / "home/.cache/devora"
    killed = cache / ".unpack.killed"  # a start SIGKILLed while unpacking, 2 hours ago
    (killed / "app").mkdir(parents=True)
    os.utime(killed, (time.time() - 7200,) * 2)
    first = run(single, env, "--version")
    assert first.returncode == 0 and "unpacked once" in first.stderr, first.stderr
    copies = [p for p in cache.iterdir() if p.name != ".lock"]
    assert len(copies) == 1 and copies[0].name.startswith("app-")
    assert f"app in {copies[0]}: --version" in first.stdout
    again = run(single, env)
    assert "unpacked" not in again.stderr and f"app in {copies[0]}" in again.stdout


def wait_for_pid(pid_file: Path) -> int:
    deadline = time.monotonic() + 10
    while not pid_file.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return int(pid_file.read_text())


def test_a_new_version_never_removes_the_copy_a_running_one_uses(
        single: Path, env: dict[str, str], tmp_path: Path) -> None:
    """Without FUSE, the first start of version B removed version A's unpacked copy while A
    ran from it (A then failed at its next lazy import). Now the copy stays while A runs,
    and the first start after A ended removes it."""
    cache = tmp_path / "home/.cache/devora"
    pid_file = tmp_path / "a.pid"
    running = subprocess.Popen(["sh", str(single)], env={**env, "FAKE_APP_PID": str(pid_file)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_pid(pid_file)
        (copy_a,) = cache.glob("app-*")
        newer = make_single(tmp_path / "newer")
        started = run(newer, env, "--version")
        assert started.returncode == 0 and "unpacked once" in started.stderr, started.stderr
        assert (copy_a / "devora").exists() and (copy_a / ".unpacked").exists()
        assert running.poll() is None
        (copy_b,) = set(cache.glob("app-*")) - {copy_a}
        assert f"app in {copy_b}: --version" in started.stdout
    finally:
        running.kill()
        running.wait(timeout=10)
    again = run(newer, env)
    assert again.returncode == 0 and "unpacked" not in again.stderr, again.stderr
    assert list(cache.glob("app-*")) == [copy_b], "A's copy goes once nothing runs it"
    assert not list(cache.glob(".remove.*"))


def test_two_first_starts_at_once_run_the_same_copy(
        single: Path, env: dict[str, str], tmp_path: Path) -> None:
    """Both unpack; the one that finishes second keeps the first one's copy (under the
    cache's lock) instead of replacing it while the first runs from it."""
    cache = tmp_path / "home/.cache/devora"
    pids = [tmp_path / "1.pid", tmp_path / "2.pid"]
    starts = [subprocess.Popen(["sh", str(single)], stdout=subprocess.PIPE, text=True,
                               stderr=subprocess.DEVNULL,
                               env={**env, "FAKE_UNPACK_SLEEP": "0.5", "FAKE_APP_PID": str(p)})
              for p in pids]
    try:
        for pid in pids:
            wait_for_pid(pid)
        (copy,) = cache.glob("app-*")
        assert (copy / ".unpacked").exists() and not list(cache.glob(".unpack.*"))
        for start in starts:
            assert start.poll() is None and start.stdout is not None
            assert start.stdout.readline().startswith(f"app in {copy}")
    finally:
        for start in starts:
            start.kill()
            start.communicate(timeout=10)


def test_a_cache_folder_that_is_a_link_to_another_disk_is_used(
        single: Path, env: dict[str, str], tmp_path: Path) -> None:
    """~/.cache as a link (a small home partition): the link itself is no other user's."""
    (tmp_path / "data/cache").mkdir(parents=True)
    (tmp_path / "home/.cache").symlink_to(tmp_path / "data/cache")
    result = run(single, env)
    assert result.returncode == 0 and "unpacked once" in result.stderr, result.stderr
    assert list((tmp_path / "data/cache/devora").glob("app-*"))


def test_without_home_it_never_runs_a_copy_planted_in_tmp(
        single: Path, env: dict[str, str], tmp_path: Path) -> None:
    """HOME unset (a service, env -i) made the cache /tmp/.cache/devora: another user could
    make that folder first with an 'unpacked copy' of this version (its id is in the file)
    and the runtime ran it as this user. Now the account's home is used."""
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        pytest.skip("bwrap gives the test a /tmp of its own")
    image_id = next(line.split("=")[1] for line in single.read_text(errors="replace")
                    .splitlines() if line.startswith("image_id="))
    home = tmp_path / "account-home"
    script(Path(env["PATH"].split(":")[0]) / "getent",
           f"#!/bin/sh\necho \"me:x:{os.getuid()}:{os.getgid()}::{home}:/bin/sh\"\n")
    planted = ("mkdir -p /tmp/.cache/devora/app-{id} && touch /tmp/.cache/devora/app-{id}/"
               ".unpacked && printf '#!/bin/sh\\necho PLANTED\\n' > /tmp/.cache/devora/app-{id}"
               "/devora && chmod 755 /tmp/.cache/devora/app-{id}/devora && exec sh \"$0\"")
    no_home = {k: v for k, v in env.items() if k != "HOME"}
    result = subprocess.run([bwrap, "--dev-bind", "/", "/", "--tmpfs", "/tmp",
                             "--bind", str(tmp_path), str(tmp_path),
                             "sh", "-c", planted.format(id=image_id), str(single)],
                            env=no_home, capture_output=True, text=True, timeout=30)
    assert "PLANTED" not in result.stdout, "ran another user's copy"
    assert result.returncode == 0, result.stderr
    assert f"app in {home}/.cache/devora/app-{image_id}" in result.stdout, result.stdout


def test_a_start_stopped_while_unpacking_leaves_no_partial_copy(
        single: Path, env: dict[str, str], tmp_path: Path) -> None:
    """Each left-over copy is 410 MB in the cache: one stopped start (SIGTERM, Ctrl-C) must
    not leave its half-unpacked folder behind."""
    cache = tmp_path / "home/.cache/devora"
    proc = subprocess.Popen(["sh", str(single)], env={**env, "FAKE_UNPACK_SLEEP": "1"},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while not list(cache.glob(".unpack.*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list(cache.glob(".unpack.*")), "the unpack started"
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) != 0
    assert [p.name for p in cache.iterdir()] == [], "no partial copy is left"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_a_signal_to_the_started_process_ends_the_app_and_unmounts(
        single: Path, env: dict[str, str], tmp_path: Path, sig: signal.Signals) -> None:
    """`kill PID`, `timeout`, a service manager signal the process they started: the app
    must end with it, and the mount go. The runtime waited for the app instead (a shell
    runs no trap while its command runs) and a SIGKILL left the mount behind."""
    pid_file = tmp_path / "app.pid"
    proc = subprocess.Popen(["sh", str(single)], stdout=subprocess.DEVNULL,
                            env={**env, "FAKE_FUSE": "1", "FAKE_APP_PID": str(pid_file)})
    app = wait_for_pid(pid_file)
    proc.send_signal(sig)
    try:
        assert proc.wait(timeout=5) == -sig
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(app, signal.SIGKILL)
    assert unmounted(tmp_path / "run")


def desktop_exec_program(line: str) -> str:
    """The program an Exec= line starts, read as the desktop entry spec says: the value's
    own escapes first (\\\\ is one backslash), then the quoting's, then %% is %."""
    value = re.sub(r"\\(.)", r"\1", line.removeprefix("Exec="))
    quoted = re.fullmatch(r'"((?:[^"\\]|\\.)*)" %U', value)
    assert quoted, line
    return re.sub(r"\\(.)", r"\1", quoted.group(1)).replace("%%", "%")


def test_the_menu_entry_starts_the_install_whatever_its_path(tmp_path: Path) -> None:
    """install.sh wrote the path with sed: an & in it became the matched text, and a quote,
    $ or % ended or changed the Exec= argument."""
    app = tmp_path / "dist/devora"
    app.mkdir(parents=True)
    script(app / "devora", "#!/bin/sh\necho hi\n")
    prefix = tmp_path / 'my apps & "tools" $HOME 100% \\ `x`'
    subprocess.run(["sh", str(ROOT / "packaging/linux/install.sh"), str(app)], check=True,
                   env={**os.environ, "PREFIX": str(prefix)}, capture_output=True, timeout=30)
    entry = (prefix / "share/applications/dev.devora.Desktop.desktop").read_text()
    line = next(x for x in entry.splitlines() if x.startswith("Exec="))
    assert desktop_exec_program(line) == str(prefix / "bin/devora"), line
    template = (ROOT / "packaging/linux/dev.devora.Desktop.desktop").read_text()
    assert [x for x in entry.splitlines() if not x.startswith("Exec=")] == \
        [x for x in template.splitlines() if not x.startswith("Exec=")]


@pytest.mark.skipif(os.geteuid() != 0, reason="making another user's folders needs root")
def test_folders_of_another_user_are_never_used(single: Path, env: dict[str, str],
                                                 tmp_path: Path) -> None:
    """su without "-" and sudo -E keep the first user's XDG_RUNTIME_DIR and HOME: root made
    its tools folder inside that user's runtime dir (who can swap it before the tools run)
    and ran the 'unpacked copy' found in that user's cache."""
    other = 4242  # no such account is needed: only that it is not us
    theirs = tmp_path / "their-run"
    theirs.mkdir()
    os.chown(theirs, other, other)
    cache = tmp_path / "their-cache"
    image_id = next(line.split("=")[1] for line in single.read_text(errors="replace")
                    .splitlines() if line.startswith("image_id="))
    copy = cache / f"devora/app-{image_id}"
    copy.mkdir(parents=True)
    (copy / ".unpacked").touch()
    script(copy / "devora", "#!/bin/sh\necho PLANTED\n")
    for path in (cache, cache / "devora", copy):
        os.chown(path, other, other)
    mounted = run(single, {**env, "FAKE_FUSE": "1", "XDG_RUNTIME_DIR": str(theirs)})
    assert mounted.returncode == 0 and f"app in {tmp_path}/run/devora." in mounted.stdout
    assert list(theirs.iterdir()) == []
    planted = run(single, {**env, "XDG_CACHE_HOME": str(cache)})
    assert "PLANTED" not in planted.stdout
    assert planted.returncode == 1 and "belongs to another user" in planted.stderr


def test_a_mistyped_path_leaves_the_install_as_it_was(tmp_path: Path) -> None:
    """install.sh removed the installed app first, then found no such file (and said FUSE
    was missing): a typo uninstalled Devora."""
    prefix = tmp_path / "prefix"
    (prefix / "lib/devora").mkdir(parents=True)
    script(prefix / "lib/devora/devora", "#!/bin/sh\necho installed\n")
    result = subprocess.run(["sh", str(ROOT / "packaging/linux/install.sh"),
                             str(tmp_path / "Devora-linux-x86_64 (1).run")],
                            env={**os.environ, "PREFIX": str(prefix)}, capture_output=True,
                            text=True, timeout=30)
    assert result.returncode == 1 and "FUSE" not in result.stdout + result.stderr
    assert "is neither a built bundle folder nor Devora-linux-x86_64.run" in result.stderr
    assert (prefix / "lib/devora/devora").exists()


def test_an_install_that_fails_keeps_the_one_before(single: Path, env: dict[str, str],
                                                     tmp_path: Path) -> None:
    """install.sh removed the installed app before unpacking the new one: a full disk left
    no Devora at all. Without FUSE the single file installs unpacked; with FUSE as is."""
    prefix = tmp_path / "prefix"
    install = ["sh", str(ROOT / "packaging/linux/install.sh"), str(single)]
    subprocess.run(install, check=True, env={**env, "PREFIX": str(prefix)},
                   capture_output=True, timeout=30)
    before = prefix / "bin/devora"
    assert before.resolve() == prefix / "lib/devora/devora"
    failed = subprocess.run(install, env={**env, "PREFIX": str(prefix), "FAKE_UNPACK_FAIL": "1"},
                            capture_output=True, text=True, timeout=30)
    assert failed.returncode != 0
    assert "app in" in subprocess.run([str(before)], capture_output=True, text=True,
                                      timeout=30).stdout
    assert sorted(p.name for p in (prefix / "lib").iterdir()) == ["devora"]
    subprocess.run(install, check=True, env={**env, "PREFIX": str(prefix), "FAKE_FUSE": "1"},
                   capture_output=True, timeout=30)
    assert before.resolve() == prefix / "lib/devora.run"
    assert sorted(p.name for p in (prefix / "lib").iterdir()) == ["devora.run"]
