"""On Linux the window needs libxcb-cursor0 (pip cannot install it): the app checks and says
which package to install instead of Qt's abort about "xcb" plugins."""

from __future__ import annotations

import subprocess
import sys

from devora_desktop.syslibs import missing_for_window, uses_xcb


def test_a_missing_xcb_cursor_is_named_with_the_command_to_install_it() -> None:
    missing = missing_for_window({"DISPLAY": ":0"}, loads=lambda _lib: False, platform="linux")
    assert missing and "libxcb-cursor0" in missing[0]
    assert missing_for_window({"DISPLAY": ":0"}, loads=lambda _lib: True, platform="linux") == []


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
