"""System libraries the window needs and pip cannot bring: on Linux, Qt's X11 platform plugin
links ``libxcb-cursor.so.0`` and the xcb-util libraries (icccm, keysyms, image, render-util...);
without one Qt aborts with a message about "xcb" plugins that does not name the package to
install. This checks first and says what to run.

The Linux bundle also leaves to the system the libraries every desktop has (SYSTEM_LIBS,
dropped by packaging/devora.spec; packaging/README.md, "System libraries"): the system's own
must be used (Mesa's drivers load the system's C++ runtime, libgbm and libexpat into the
process; the build machine's libstdc++ needed a newer glibc than the app), and the bundle
checks them before Qt loads, naming the packages to install."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

#: What Qt's X11 platform plugin (libqxcb, libQt6XcbQpa) links that neither pip nor the bundle
#: brings, and the package of each on Debian and Ubuntu / Fedora / Arch. A bare Debian image
#: lacks libxcb-icccm4 and libxcb-keysyms1 as well as libxcb-cursor0 (seen on a fresh CI
#: machine); a desktop has most of them.
XCB_LIBS = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil",
                                "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "xcb-util"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon"),
}


def install_line(missing: list[str]) -> str:
    """The one command per family that installs the packages of these XCB_LIBS."""
    apt, dnf, pacman = (" ".join(dict.fromkeys(XCB_LIBS[lib][i] for lib in missing))
                        for i in range(3))
    them = "them" if len(missing) > 1 else "it"
    return (f"Install {them}, then start Devora again: `sudo apt install {apt}` on Debian or "
            f"Ubuntu, `sudo dnf install {dnf}` on Fedora, `sudo pacman -S {pacman}` on Arch.")


#: The libraries the Linux bundle takes from the system, and the packages that bring them
#: (Debian and Ubuntu / Fedora). What only these link (libXau, libsystemd, NSS's modules...)
#: comes with them: THEIR_OWN.
SYSTEM_LIBS = {
    "libstdc++.so.6": "libstdc++6 / libstdc++", "libgcc_s.so.1": "libgcc-s1 / libgcc",
    "libX11.so.6": "libx11-6 / libX11", "libX11-xcb.so.1": "libx11-xcb1 / libX11-xcb",
    "libXext.so.6": "libxext6 / libXext", "libXrender.so.1": "libxrender1 / libXrender",
    "libXrandr.so.2": "libxrandr2 / libXrandr", "libXtst.so.6": "libxtst6 / libXtst",
    "libXfixes.so.3": "libxfixes3 / libXfixes", "libXdamage.so.1": "libxdamage1 / libXdamage",
    "libXcomposite.so.1": "libxcomposite1 / libXcomposite",
    "libxkbcommon.so.0": "libxkbcommon0 / libxkbcommon",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0 / libxkbcommon-x11",
    "libfontconfig.so.1": "libfontconfig1 / fontconfig",
    "libfreetype.so.6": "libfreetype6 / freetype", "libbrotlidec.so.1": "libbrotli1 / libbrotli",
    "libexpat.so.1": "libexpat1 / expat", "libz.so.1": "zlib1g / zlib",
    "libasound.so.2": "libasound2 / alsa-lib", "libgbm.so.1": "libgbm1 / mesa-libgbm",
    "libglib-2.0.so.0": "libglib2.0-0 / glib2", "libgthread-2.0.so.0": "libglib2.0-0 / glib2",
    "libdbus-1.so.3": "libdbus-1-3 / dbus-libs", "libudev.so.1": "libudev1 / systemd-libs",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2 / krb5-libs",
    "libssl.so.3": "libssl3 / openssl-libs", "libcrypto.so.3": "libssl3 / openssl-libs",
    "libnss3.so": "libnss3 / nss", "libnssutil3.so": "libnss3 / nss-util",
    "libsmime3.so": "libnss3 / nss", "libnspr4.so": "libnspr4 / nspr",
    "libuuid.so.1": "libuuid1 / libuuid",
}
#: Qt Core's ICU (collation, case mapping, time zone names, text encodings): the Linux bundle
#: carries a shim (packaging/icu_shim.py) that finds the system's, of whatever version.
ICU_SHIM = "libicushim.so"
ICU_PACKAGE = ("libicu74 (Ubuntu 24.04; libicu72 on Debian 12, libicu70 on Ubuntu 22.04) / "
               "libicu")
THEIR_OWN = ("libXau.so.6", "libXdmcp.so.6", "libbsd.so.0", "libmd.so.0", "libpng16.so.16",
             "libbrotlicommon.so.1", "libsystemd.so.0", "libgcrypt.so.20", "libgpg-error.so.0",
             "liblz4.so.1", "libkrb5.so.3", "libk5crypto.so.3", "libkrb5support.so.0",
             "libcom_err.so.2", "libkeyutils.so.1", "libplc4.so", "libplds4.so",
             "libsoftokn3.so", "libfreeblpriv3.so", "libfreebl3.so", "libnssckbi.so",
             "libnssdbm3.so", "libsqlite3.so.0")


def _loads(name: str) -> bool:
    import ctypes  # here: the window's start reaches this only on X11

    try:
        ctypes.CDLL(name, mode=os.RTLD_LAZY)
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
    """The libraries (XCB_LIBS) the window needs and this system lacks."""
    env = os.environ if env is None else env
    if not uses_xcb(env, platform):
        return []
    return [lib for lib in XCB_LIBS if not loads(lib)]


def system_icu() -> int | None:
    """The system ICU version the bundle's shim found (0: none; -1: one without a function
    Qt needs), or None outside the Linux bundle (Qt then carries its own ICU)."""
    bundle = getattr(sys, "_MEIPASS", None)
    shim = os.path.join(bundle, ICU_SHIM) if bundle else ""
    if not os.path.exists(shim):
        return None
    import ctypes

    try:
        return int(ctypes.CDLL(shim).devora_icu_system_version())
    except (OSError, AttributeError):
        return 0


def missing_from_system(loads: Callable[[str], bool] = _loads,
                        platform: str = sys.platform,
                        icu: Callable[[], int | None] = system_icu) -> list[str]:
    """The packages (Debian / Fedora names) of SYSTEM_LIBS and ICU this system lacks: the
    Linux bundle does not carry them."""
    if not platform.startswith("linux"):
        return []
    missing = [pkg for lib, pkg in SYSTEM_LIBS.items() if not loads(lib)]
    if (found := icu()) is not None and found <= 0:
        missing.append(ICU_PACKAGE)
    return list(dict.fromkeys(missing))


def explain_system(missing: list[str]) -> str:
    return (f"Devora cannot start: this system lacks libraries every Linux desktop has, from "
            f"the packages {', '.join(missing)} (Debian and Ubuntu / Fedora names). Install "
            "them, then start Devora again.")


#: Where a start from the menu shows why it stopped (no terminal to read stderr): the first
#: of these the desktop has. zenity and kdialog show a dialog, notify-send a notification.
SHOW_TOOLS = (("zenity", "--error", "--no-markup", "--title=Devora", "--text={}"),
              ("kdialog", "--title", "Devora", "--error", "{}"),
              ("notify-send", "--app-name=Devora", "Devora cannot start", "{}"))


def tell(message: str, env: Mapping[str, str] | None = None) -> None:
    """Say why Devora cannot start: on stderr, and where no terminal shows that (a start from
    the applications menu) in a dialog or notification, if the desktop has a tool for one."""
    env = os.environ if env is None else env
    print(f"devora: {message}", file=sys.stderr, flush=True)
    if sys.stderr.isatty() or not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        return
    import shutil
    import subprocess

    from devora_desktop.core.hostenv import foreign_env

    for tool in SHOW_TOOLS:
        if program := shutil.which(tool[0], path=env.get("PATH")):
            subprocess.Popen([program, *(arg.format(message) for arg in tool[1:])],
                             env=foreign_env(env), stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
            return


def explain(missing: list[str]) -> str:
    """One line for missing XCB_LIBS: which, and the command that brings them."""
    libraries = "library" if len(missing) == 1 else "libraries"
    verb = "is" if len(missing) == 1 else "are"
    return (f"Devora cannot open its window: the system {libraries} {', '.join(missing)} "
            f"{verb} missing. {install_line(missing)}")
