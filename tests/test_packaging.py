"""Slow: the one-folder bundle builds from this checkout, its self-test passes, its embedded
browser still renders a page, and it carries nothing the app never loads; on Linux the same
bundle as one self-mounting file installs and runs, with FUSE and without.
Runs in CI (`make test` installs PyInstaller); skips, saying why, where PyInstaller is absent."""

from __future__ import annotations

import ctypes.util
import importlib.util
import json
import os
import re
import runpy
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from devora_desktop import syslibs
from devora_desktop.core import codescan, repomap, sandbox

ROOT = Path(__file__).resolve().parents[1]
# the build alone took 90-120 s on the shared machine under load
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]
MAX_BUNDLE_MB = 350  # the goal; measured 347.7 MB with QtWebEngine on Linux (packaging/README.md)
MAX_IMAGE_MB = 162  # the single file: 157 MB at the test's fast zstd level (release: README)


def folder_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*")
               if f.is_file() and not f.is_symlink()) / 1e6


def offscreen(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DEVORA_HOME": str(tmp_path / "home"),
            "XDG_RUNTIME_DIR": str(tmp_path)}


def self_test(exe: Path, tmp_path: Path) -> str:
    result = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True,
                            timeout=300, env=offscreen(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"\b\d+ passed, 0 failed", result.stdout), result.stdout
    return result.stdout


def assert_preview_renders(exe: Path, tmp_path: Path, engine: str = "qtwebengine",
                           *extra: str) -> None:
    """The embedded preview's engine (or the system's Chromium) starts and renders a page:
    its title and console error are read back."""
    page = tmp_path / "page.html"
    page.write_text("<title>Slim</title><body>hi<script>console.error('boom')</script>")
    check = subprocess.run([str(exe), "webcheck", page.as_uri(), "--engine", engine,
                            "--timeout", "60", *extra], capture_output=True, text=True,
                           timeout=120, env=offscreen(tmp_path))
    report = json.loads(check.stdout.strip().splitlines()[-1])
    assert report["tool"] == engine and report["loaded"], check.stdout + check.stderr
    assert report["title"] == "Slim" and report["errors"][0]["message"] == "boom"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder bundle built from this checkout, once for the module."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed")
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "work"),
                    str(ROOT / "packaging/devora.spec")], check=True, cwd=ROOT, timeout=900,
                   env={**os.environ, "DEVORA_ONEFILE": "0"})
    return work / "dist/devora"


def test_one_folder_bundle_builds_and_self_tests(bundle: Path, tmp_path: Path) -> None:
    exe = bundle / ("devora.exe" if sys.platform == "win32" else "devora")
    stdout = self_test(exe, tmp_path)
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True,
                             timeout=60)
    assert version.returncode == 0 and "devora, version" in version.stdout
    internal = bundle / "_internal"
    assert (internal / "devora_desktop/resources/icons/devora.svg").exists()
    assert not (internal / "stripe").exists()
    assert folder_mb(bundle) <= MAX_BUNDLE_MB
    qt = internal / "PySide6/Qt"
    assert not list(qt.glob("translations/*.qm")), "Qt translations the app never loads"
    assert not list(qt.glob("lib/libQt6Pdf*")) and not list(qt.glob("lib/libQt6DataVis*"))
    # Qt's TLS, location and reachability plugins, image formats the prompt doesn't take and
    # bindings nothing imports stay out; the self-test decodes each type a person may drop
    assert not [f for family in ("tls", "position", "networkinformation")
                for f in qt.glob(f"plugins/{family}/*")]
    assert not [f for f in qt.glob("plugins/imageformats/*")
                if re.search(r"q(tiff|tga|wbmp|icns|ico)\b", f.name)]
    assert not [f for f in internal.glob("PySide6/Qt*.*")
                if f.name.split(".")[0] in ("QtDBus", "QtPositioning", "QtOpenGLWidgets")]
    assert re.search(r"^ok +images +dropped images decode", stdout, re.M), stdout
    # ui/icons.py draws from its own 5 KB cut of Material Design Icons, none of qtawesome's
    assert not (internal / "qtawesome").exists()
    assert (internal / "devora_desktop/resources/fonts/mdi6-devora.ttf").exists()
    if sys.platform.startswith("linux"):
        if ctypes.util.find_library("xcb-cursor"):
            assert (internal / "libxcb-cursor.so.0").exists(), "the X11 window's library"
        # Qt Core's ICU is the system's, through the shim (packaging/icu_shim.py): PySide6's
        # 18 MB of ICU stay out, and Qt still sorts and names zones by language
        assert not list(internal.rglob("libicu[!s]*")), "PySide6's ICU carried"
        assert (qt / f"lib/{syslibs.ICU_SHIM}").exists()
        assert re.search(r"^ok +text .*the system's ICU \d+", stdout, re.M), stdout
        # the grammars go compressed, inflated when first parsed with (rthook_grammars.py);
        # the self-test's repo map finds a definition in each language it claims
        bindings = internal / "tree_sitter_language_pack/bindings"
        assert not list(bindings.glob("*.so")), "grammars carried uncompressed"
        assert {f.name.split(".")[0] for f in bindings.glob("*.abi3.so.xz")} == \
            codescan.GRAMMARS | repomap.GRAMMARS
        assert re.search(r"^ok +repomap +repo map reads", stdout, re.M), stdout
        dangling = [f for f in internal.rglob("*") if f.is_symlink() and not f.exists()]
        assert not dangling, "links to libraries the spec dropped"
        carried = {f.name for f in internal.rglob("*.so*")}
        assert not carried & {*syslibs.SYSTEM_LIBS, *syslibs.THEIR_OWN}, "the system's own"
        assert [f.name for f in qt.glob("translations/qtwebengine_locales/*")] in (
            [], ["en-US.pak"])
        # the newest glibc any carried file asks for: Ubuntu 22.04 and Debian 12 have 2.35
        # (the build machine's libstdc++ and libexpat, carried before, asked for 2.36)
        wants = {tuple(map(int, v.split("."))) for so in [*internal.rglob("*.so*"), exe]
                 if so.is_file() and not so.is_symlink()
                 for v in re.findall(r"Name: GLIBC_(\d+\.\d+)\b", subprocess.run(
                     ["readelf", "-V", str(so)], capture_output=True, text=True).stdout)}
        assert max(wants) <= (2, 35), max(wants)
        bwrap = internal / "bin/bwrap"
        assert bwrap.exists() or not shutil.which("bwrap"), "the app's own bubblewrap"
        # nothing kept links a library the filter dropped
        paths = f"{internal}:{qt / 'lib'}"
        unresolved = [f"{so.name}: {line.strip()}"
                      for so in [*internal.rglob("*.so*"), *internal.glob("bin/*")]
                      if so.is_file() and not so.is_symlink()
                      for line in subprocess.run(["ldd", str(so)], capture_output=True,
                                                 text=True, env={"LD_LIBRARY_PATH": paths}
                                                 ).stdout.splitlines() if "not found" in line]
        # the xcb libraries Qt's X11 plugin links are the system's; the app names any missing
        # one before Qt loads (syslibs.XCB_LIBS, tests/test_syslibs.py)
        unresolved = [u for u in unresolved if u.split(": ")[1].split()[0] not in
                      syslibs.XCB_LIBS]
        assert not unresolved, unresolved
        if bwrap.exists() and sandbox.probe().kind == "bwrap":
            # where bubblewrap confines from source, the installed app's probe (its hidden
            # sandbox-probe child, through the bwrap it carries) says so too
            line = next(x for x in stdout.splitlines() if " sandbox " in f" {x} ")
            assert line.startswith("ok") and "(bubblewrap, the app's own copy)" in line, line
    if importlib.util.find_spec("PySide6.QtWebEngineWidgets") is not None:
        assert_preview_renders(exe, tmp_path)  # in the slimmed bundle
    if browser := shutil.which("chromium") or shutil.which("chromium-browser"):
        # the page-load check's other engine: the system's Chromium over DevTools
        assert_preview_renders(exe, tmp_path, "chromium", "--browser", browser)
    if sys.platform.startswith("linux"):
        # ...started with the person's library path, not the bundle's
        seen = tmp_path / "browser-env"
        fake = tmp_path / "fake-browser"
        fake.write_text(f"#!/bin/sh\nenv > {seen}\n")
        fake.chmod(0o755)
        subprocess.run([str(exe), "webcheck", "about:blank", "--engine", "chromium",
                        "--browser", str(fake), "--timeout", "5"], capture_output=True,
                       timeout=60, env={**offscreen(tmp_path), "LD_LIBRARY_PATH": "/person/lib"})
        assert "LD_LIBRARY_PATH=/person/lib\n" in seen.read_text(), seen.read_text()


def without_squashfs_tools(tmp_path: Path) -> str:
    """A PATH with every program of this machine's but squashfuse and squashfs-tools: a
    person's machine has neither, and the single file must not use them."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for folder in ("/usr/local/bin", "/usr/bin", "/usr/sbin", "/bin", "/sbin"):
        for program in Path(folder).glob("*") if os.path.isdir(folder) else ():
            link = bin_dir / program.name
            if not (program.name.startswith(("squashfuse", "unsquashfs", "mksquashfs"))
                    or link.exists() or link.is_symlink()):
                link.symlink_to(program)
    return str(bin_dir)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the image is Linux-only")
def test_the_single_file_installs_mounts_itself_or_unpacks(bundle: Path,
                                                          tmp_path: Path) -> None:
    """The single file a person downloads (build.py --image, linux/runtime.sh, install.sh):
    it mounts itself with the squashfuse it carries for each run and unmounts after; where
    FUSE is missing (here: a bubblewrap /dev without /dev/fuse) it runs from a copy unpacked
    once into the cache, and install.sh installs that folder instead."""
    missing = [t for t in ("mksquashfs", "squashfuse", "unsquashfs") if not shutil.which(t)]
    if missing or not os.path.exists("/dev/fuse"):
        pytest.skip(f"no {', '.join(missing) or '/dev/fuse'} here to build or mount the image")
    build = runpy.run_path(str(ROOT / "packaging/build.py"))
    single = build["make_single_file"](bundle, tmp_path / "Devora.run", level=3)  # release: 19
    assert single.stat().st_size / 1e6 <= MAX_IMAGE_MB
    env = {**offscreen(tmp_path), "PATH": without_squashfs_tools(tmp_path),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    prefix = tmp_path / "prefix"
    subprocess.run(["sh", str(ROOT / "packaging/linux/install.sh"), str(single)], check=True,
                   env={**env, "PREFIX": str(prefix)}, capture_output=True, timeout=60)
    exe = prefix / "bin/devora"
    assert exe.resolve() == prefix / "lib/devora.run", "installed as the single file"
    assert (prefix / "lib/devora.run").stat().st_size == single.stat().st_size
    assert not (prefix / "lib/devora").exists(), "installed compressed, not unpacked"
    entry = (prefix / "share/applications/dev.devora.Desktop.desktop").read_text()
    assert f'Exec="{exe}" %U' in entry, "the menu entry starts this install, PATH or not"
    result = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True,
                            timeout=300, env=env)
    assert result.returncode == 0 and "0 failed" in result.stdout, result.stdout + result.stderr
    if importlib.util.find_spec("PySide6.QtWebEngineWidgets") is not None:
        assert_preview_renders(exe, tmp_path)
    bad = subprocess.run([str(exe), "--no-such-option"], capture_output=True, timeout=60,
                         env=env)
    assert bad.returncode == 2, "the app's exit code comes through the runtime"
    deadline = time.monotonic() + 10  # the runtime's watcher unmounts once the app ended
    while time.monotonic() < deadline and (str(tmp_path) in Path("/proc/mounts").read_text()
                                           or list(tmp_path.glob("devora.*"))):
        time.sleep(0.1)
    mounts = Path("/proc/mounts").read_text()
    assert str(tmp_path) not in mounts and not list(tmp_path.glob("devora.*")), mounts
    assert not (tmp_path / "cache/devora").exists(), "mounted, so nothing unpacked"

    bwrap = shutil.which("bwrap")
    if not bwrap:
        return
    no_fuse = [bwrap, "--dev-bind", "/", "/", "--dev", "/dev"]  # the same, minus /dev/fuse
    first = subprocess.run([*no_fuse, str(single), "--self-test"], capture_output=True,
                           text=True, timeout=300, env={**env, "CI": "false"})
    assert first.returncode == 0 and "0 failed" in first.stdout, first.stdout + first.stderr
    assert "FUSE is not available here" in first.stderr and "unpacked once" in first.stderr
    copies = list((tmp_path / "cache/devora").glob("app-*"))
    assert len(copies) == 1 and (copies[0] / ".unpacked").exists()
    # the next start uses that copy; with the runtime and temporary folders unwritable (or
    # noexec), the runtime's tools run from the cache folder
    locked = tmp_path / "locked"
    locked.mkdir()
    again = subprocess.run([*no_fuse, "--ro-bind", str(locked), str(locked), str(single),
                            "--version"], capture_output=True, text=True, timeout=60,
                           env={**env, "XDG_RUNTIME_DIR": str(locked), "TMPDIR": str(locked)})
    assert "devora, version" in again.stdout and "unpacked" not in again.stderr, again.stderr
    assert [p.name for p in (tmp_path / "cache/devora").iterdir()
            if p.name != ".lock"] == [copies[0].name]
    # the app itself (PyInstaller's executable, its QtWebEngine helpers) holds the copy's lock
    # while it runs: another version's start leaves that copy alone
    running = subprocess.Popen([*no_fuse, str(single), "--self-test"], env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert running.stdout is not None and running.stdout.readline(), "the app writes"
    held = subprocess.run(["flock", "-xn", str(copies[0] / ".unpacked"), "true"],
                          timeout=10).returncode != 0
    rest = running.communicate(timeout=300)[0]
    assert running.returncode == 0 and "0 failed" in rest, rest
    assert held, "the running app holds its copy's lock"
    unpacked = tmp_path / "prefix2"
    subprocess.run([*no_fuse, "sh", str(ROOT / "packaging/linux/install.sh"), str(single)],
                   check=True, env={**env, "PREFIX": str(unpacked)}, capture_output=True,
                   timeout=120)
    assert (unpacked / "bin/devora").resolve() == unpacked / "lib/devora/devora"
    assert not (unpacked / "lib/devora.run").exists()
    version = subprocess.run([str(unpacked / "bin/devora"), "--version"], capture_output=True,
                             text=True, timeout=60, env=env)
    assert "devora, version" in version.stdout
