"""System libraries the window needs and pip cannot bring: on Linux, Qt's X11 platform plugin
loads ``libxcb-cursor.so.0``; without it Qt aborts with a message about "xcb" plugins that
does not name the package to install. This checks first and says what to run."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

XCB_LIBS = {"libxcb-cursor.so.0": "libxcb-cursor0 (Debian, Ubuntu) / xcb-util-cursor "
                                  "(Fedora, Arch, openSUSE)"}
INSTALL = ("Install it, then start Devora again: `sudo apt install libxcb-cursor0` on Debian "
           "or Ubuntu, `sudo dnf install xcb-util-cursor` on Fedora, `sudo pacman -S "
           "xcb-util-cursor` on Arch.")


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def uses_xcb(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Qt will open an X11 window: Linux, and neither another platform asked for nor a
    Wayland session Qt would pick."""
    if not platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not env.get("WAYLAND_DISPLAY")


def missing_for_window(env: Mapping[str, str] | None = None,
                       loads: Callable[[str], bool] = _loads,
                       platform: str = sys.platform) -> list[str]:
    """The packages (in words) whose libraries the window needs and this system lacks."""
    env = os.environ if env is None else env
    if not uses_xcb(env, platform):
        return []
    return [package for lib, package in XCB_LIBS.items() if not loads(lib)]


def explain(missing: list[str]) -> str:
    return (f"Devora cannot open its window: the system library {', '.join(missing)} is "
            f"missing. {INSTALL}")
