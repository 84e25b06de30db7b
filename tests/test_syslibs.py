"""On Linux the window needs libxcb-cursor0 and the xcb-util libraries (pip cannot install
them): the app checks and says which packages to install instead of Qt's abort about "xcb"
plugins."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from devora_desktop.syslibs import explain, missing_for_window, uses_xcb


def test_a_missing_xcb_cursor_is_named_with_the_command_to_install_it() -> None:
    missing = missing_for_window({"DISPLAY": ":0"}, loads=lambda _lib: False, platform="linux")
    assert missing and missing[0] == "libxcb-cursor.so.0"
    assert "libxcb-cursor0" in explain(missing[:1])
    assert missing_for_window({"DISPLAY": ":0"}, loads=lambda _lib: True, platform="linux") == []


def test_a_bare_system_hears_every_xcb_package_it_lacks_in_one_command() -> None:
    """A fresh Debian image had libxcb-cursor0 but not libxcb-icccm4 or libxcb-keysyms1, which
    Qt's X11 plugin also links: the check named nothing and Qt aborted. Each package once."""
    gone = ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    missing = missing_for_window({"DISPLAY": ":0"}, loads=lambda lib: lib not in gone,
                                 platform="linux")
    assert missing == list(gone)
    line = explain(missing)
    assert "`sudo apt install libxcb-icccm4 libxcb-keysyms1`" in line
    assert "`sudo dnf install xcb-util-wm xcb-util-keysyms`" in line
    assert "libxcb-cursor" not in line and "\n" not in line
    everything = explain(missing_for_window({"DISPLAY": ":0"}, loads=lambda _lib: False,
                                            platform="linux"))
    assert everything.count(" libxcb ") == 2  # dnf's and pacman's one package, once each


def test_only_an_x11_window_needs_it() -> None:
    assert uses_xcb({}, "linux") and uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not uses_xcb({}, "darwin") and not uses_xcb({}, "win32")


def test_the_app_stops_with_one_line_when_the_library_is_missing(tmp_path) -> None:
    """Linux only: the real entry point, with the library made unloadable."""
    code = ("import ctypes, sys\n"
            "real = ctypes.CDLL\n"
            "def fake(name, *a, **k):\n"
            "    if 'xcb-cursor' in str(name): raise OSError(name)\n"
            "    return real(name, *a, **k)\n"
            "ctypes.CDLL = fake\n"
            "from devora_desktop.cli import main\n"
            "main([])\n")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DEVORA_HOME": str(tmp_path / "d"),
           "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99999"}
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 1, r.stderr
    assert "libxcb-cursor0" in r.stderr and "apt install" in r.stderr
    assert "Traceback" not in r.stderr


def test_the_libraries_the_bundle_leaves_to_the_system_are_named_by_package() -> None:
    """The Linux bundle does not carry libstdc++, NSS, OpenSSL, X11... (SYSTEM_LIBS): a
    system without one hears which package to install, each package once."""
    from devora_desktop.syslibs import SYSTEM_LIBS, missing_from_system

    assert missing_from_system(loads=lambda _lib: True, platform="linux") == []
    missing = missing_from_system(loads=lambda lib: "nss" not in lib and "ssl" not in lib,
                                  platform="linux")
    assert missing == ["libssl3 / openssl-libs", "libnss3 / nss", "libnss3 / nss-util"]
    assert len(missing_from_system(loads=lambda _lib: False, platform="linux")) == \
        len(set(SYSTEM_LIBS.values()))
    assert missing_from_system(loads=lambda _lib: False, platform="win32") == []


ENTRY_WITHOUT = ("import ctypes, runpy\n"
                 "real = ctypes.CDLL\n"
                 "def fake(name, *a, **k):\n"
                 "    if name == {lib!r}: raise OSError(name)\n"
                 "    return real(name, *a, **k)\n"
                 "ctypes.CDLL = fake\n"
                 "runpy.run_path('packaging/entry.py', run_name='__main__')\n")


def run_entry_without(lib: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """The bundle's own entry point (packaging/entry.py), with ``lib`` made unloadable."""
    return subprocess.run([sys.executable, "-c", ENTRY_WITHOUT.format(lib=lib), "--version"],
                          env=env, capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[1])


def test_the_bundle_stops_with_one_line_when_a_system_library_is_missing(tmp_path) -> None:
    """With libnss3 unloadable Qt would have failed with a traceback about a missing shared
    object; the bundle's entry point names the package instead."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DEVORA_HOME": str(tmp_path / "d"),
           "QT_QPA_PLATFORM": "offscreen"}
    r = run_entry_without("libnss3.so", env)
    assert r.returncode == 1, r.stdout + r.stderr
    assert r.stderr.count("\n") == 1 and "libnss3 / nss (Debian and Ubuntu" in r.stderr
    assert "Traceback" not in r.stderr and not r.stdout
    fine = run_entry_without("none", env)
    assert fine.returncode == 0 and "devora, version" in fine.stdout, fine.stderr


def test_a_start_from_the_menu_shows_why_in_a_dialog(tmp_path) -> None:
    """Started from the applications menu, no terminal shows stderr: the reason goes to the
    desktop's dialog tool too (here a zenity that writes down its arguments); with no
    display there is no dialog."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    seen = tmp_path / "seen"
    (bin_dir / "zenity").write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {seen}.tmp\n'
                                    f'mv {seen}.tmp {seen}\n')
    (bin_dir / "zenity").chmod(0o755)
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(tmp_path),
           "DEVORA_HOME": str(tmp_path / "d"), "QT_QPA_PLATFORM": "offscreen"}
    headless = run_entry_without("libasound.so.2", env)
    assert headless.returncode == 1 and "libasound2 / alsa-lib" in headless.stderr
    time.sleep(0.5)
    assert not seen.exists(), "no display: stderr only"
    r = run_entry_without("libasound.so.2", {**env, "WAYLAND_DISPLAY": "wayland-0"})
    assert r.returncode == 1 and "libasound2 / alsa-lib" in r.stderr
    deadline = time.monotonic() + 10
    while not seen.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    args = seen.read_text().splitlines()
    assert args[:3] == ["--error", "--no-markup", "--title=Devora"], args
    assert args[3] == "--text=" + r.stderr.strip().removeprefix("devora: "), args


def test_a_bundle_without_a_system_icu_names_its_package() -> None:
    """Qt Core's ICU comes from the system in the Linux bundle (packaging/icu_shim.py): the
    shim found none (0) or one lacking a function Qt needs (-1); from source (None) and with
    one found, nothing is missing."""
    from devora_desktop.syslibs import ICU_PACKAGE, missing_from_system

    def with_icu(found: int | None) -> list[str]:
        return missing_from_system(loads=lambda _lib: True, platform="linux",
                                   icu=lambda: found)

    assert with_icu(0) == [ICU_PACKAGE] and with_icu(-1) == [ICU_PACKAGE]
    assert with_icu(72) == [] and with_icu(None) == []
    assert "libicu70 on Ubuntu 22.04" in ICU_PACKAGE and ICU_PACKAGE.endswith("/ libicu")
