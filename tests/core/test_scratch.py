"""The temporary folders a Devora process owns (core/scratch.py): every start of the window
left an empty /tmp/devora-downloads-* behind. Now it is removed at exit, and a start sweeps
only what is surely no one's: its user's, empty, a real folder, old, and not held by a
running Devora."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from devora_desktop.core import scratch

PREFIX = "devora-downloads-"
posix = pytest.mark.skipif(os.name != "posix", reason="the lock and the sweep are POSIX only")
OLD = time.time() - scratch.STALE_S - 60

# A Devora process: makes its folder in $TMPDIR, says where, puts a file in it and waits for a
# line on stdin (then exits normally) or for its SIGKILL.
OWNER = textwrap.dedent(f"""
    import sys
    from devora_desktop.core.scratch import own_folder
    path = own_folder({PREFIX!r})
    (path / "half-downloaded.csv").write_text("a,b")
    print(path, flush=True)
    sys.stdin.readline()
""")


def _owner(tmp_path: Path) -> tuple[subprocess.Popen, Path]:
    proc = subprocess.Popen([sys.executable, "-c", OWNER], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "TMPDIR": str(tmp_path),
                                 "PYTHONPATH": str(Path(__file__).parents[2])})
    assert proc.stdout is not None
    return proc, Path(proc.stdout.readline().strip())


def _old(path: Path) -> Path:
    os.utime(path, (OLD, OLD), follow_symlinks=False)
    return path


def test_a_process_removes_its_folder_and_what_is_in_it_at_exit(tmp_path: Path) -> None:
    proc, folder = _owner(tmp_path)
    assert folder.parent == tmp_path and (folder / "half-downloaded.csv").is_file()
    proc.communicate("\n", timeout=60)
    assert proc.returncode == 0 and not folder.exists()


@posix
def test_a_start_sweeps_only_old_empty_folders_of_its_own(tmp_path: Path) -> None:
    stale = tmp_path / (PREFIX + "crashed")
    stale.mkdir()
    _old(stale)
    young = tmp_path / (PREFIX + "just-made")  # a start locking it this moment
    young.mkdir()
    full = tmp_path / (PREFIX + "with-a-file")
    full.mkdir()
    (full / "x.csv").write_text("kept")
    _old(full)
    target = tmp_path / "someone-elses"
    target.mkdir()
    _old(target)
    link = tmp_path / (PREFIX + "link")
    link.symlink_to(target)
    _old(link)
    other = tmp_path / "devora-run-old"  # not this prefix
    other.mkdir()
    _old(other)
    assert scratch.sweep(PREFIX, str(tmp_path)) == [stale.name]
    assert not stale.exists()
    for kept in (young, full, target, link, other):
        assert os.path.lexists(kept), kept
    assert (full / "x.csv").read_text() == "kept" and link.is_symlink()


@posix
def test_a_running_devoras_folder_is_never_swept_and_a_killed_ones_is(tmp_path: Path) -> None:
    proc, folder = _owner(tmp_path)
    try:
        (folder / "half-downloaded.csv").unlink()  # empty, and old: only its lock keeps it
        _old(folder)
        assert scratch.sweep(PREFIX, str(tmp_path)) == []
        assert folder.is_dir()
    finally:
        os.kill(proc.pid, signal.SIGKILL)  # a crash: nothing at exit ran
        proc.wait(30)
    assert folder.is_dir()
    assert scratch.sweep(PREFIX, str(tmp_path)) == [folder.name]
