"""The environment for a program that is not Devora's own (the system's browser, xdg-open).

In the PyInstaller bundle the bootloader points LD_LIBRARY_PATH at the bundle's libraries:
Devora's own processes need that (QtWebEngine's helper finds Qt there), and it keeps the
person's value in LD_LIBRARY_PATH_ORIG. Another program started with our value loads our
libffi, zstd, pcre2 or xcb utilities instead of its own and may fail to start (the desktop's
own libraries, libstdc++, NSS, GLib..., are the system's: packaging/README.md).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping


def foreign_env(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """``base`` (default: ours) with the person's library path back, in the bundle."""
    env = dict(os.environ if base is None else base)
    if getattr(sys, "frozen", False):
        original = env.pop("LD_LIBRARY_PATH_ORIG", None)
        if original:
            env["LD_LIBRARY_PATH"] = original
        else:
            env.pop("LD_LIBRARY_PATH", None)
    return env
