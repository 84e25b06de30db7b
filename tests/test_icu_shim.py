"""The Linux bundle's Qt Core uses the system's ICU through packaging/icu_shim.py instead of
carrying PySide6's (18 MB): Qt answers exactly as with its own ICU (sorting, case mapping,
time zone names, legacy encodings), and a system without ICU hears which package to install
before Qt loads."""

from __future__ import annotations

import ctypes.util
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [
    pytest.mark.slow,  # PySide6 child processes and a C compiler: packaging, like the build
    pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("cc")
                       or not ctypes.util.find_library("icui18n"),
                       reason="Linux with a C compiler and a system ICU only"),
]

CHECK = r"""
import ctypes
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
print(QCollator(QLocale("de_DE")).compare("ä", "z") < 0,     # ä sorts with a in German
      QCollator(QLocale("sv_SE")).compare("ä", "z") > 0,     # and after z in Swedish
      QLocale("tr_TR").toUpper("i") == "\u0130",             # dotted capital I
      QTimeZone(b"Europe/Paris").displayName(QTimeZone.StandardTime, QTimeZone.LongName,
                                             QLocale("fr_FR")),
      QStringDecoder("windows-1252").isValid(), QStringDecoder("koi8-r").isValid(),
      QStringDecoder("Shift_JIS").isValid(), sep="|")
maps = open("/proc/self/maps").read()
print("PySide6's ICU mapped" if "PySide6/Qt/lib/libicu" in maps else "no PySide6 ICU")
print(ctypes.CDLL("libicushim.so").devora_icu_system_version() if "libicushim" in maps else 0)
"""


def _icu_shim():
    spec = importlib.util.spec_from_file_location("icu_shim", ROOT / "packaging/icu_shim.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.fixture(scope="module")
def shim(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    import PySide6

    core = Path(PySide6.__file__).parent / "Qt/lib/libQt6Core.so.6"
    if not core.exists() or not _icu_shim().icu_needed(core):
        pytest.skip("this PySide6's Qt Core links no ICU of its own")
    return _icu_shim().build(core, tmp_path_factory.mktemp("icu"))


def _qt_reads(preload: Path | None) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if preload:
        env["LD_PRELOAD"] = str(preload)
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                         env=env, timeout=60, check=True).stdout
    return out.strip().splitlines()


def test_qt_core_answers_the_same_through_the_system_icu(shim: tuple[Path, Path]) -> None:
    library, core = shim
    assert library.stat().st_size < 100_000
    own, own_maps, _ = _qt_reads(None)
    answers, maps, version = _qt_reads(core)  # the relinked Qt Core, in PySide6's place
    assert own.split("|")[:3] == ["True"] * 3 and "Europe" in own.split("|")[3]
    assert answers == own, "every answer as with PySide6's own ICU, Shift_JIS included"
    assert own_maps == "PySide6's ICU mapped" and maps == "no PySide6 ICU"
    assert int(version) >= 50, "the shim found the system's ICU"


def test_without_a_system_icu_the_bundle_names_the_package(shim: tuple[Path, Path],
                                                           tmp_path: Path) -> None:
    """The bundle's entry point (packaging/entry.py, here with the shim where a frozen app
    has it) in a bubblewrap where the system's libicui18n is an empty file."""
    bwrap = shutil.which("bwrap")
    if not bwrap:
        pytest.skip("no bubblewrap to hide the system's ICU")
    library, _ = shim
    frozen = tmp_path / "bundle"
    frozen.mkdir()
    shutil.copy(library, frozen / library.name)
    code = (f"import runpy, sys; sys._MEIPASS = {str(frozen)!r}; "
            "runpy.run_path('packaging/entry.py', run_name='__main__')")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DEVORA_HOME": str(tmp_path / "d"),
           "QT_QPA_PLATFORM": "offscreen"}
    system = Path(re.search(r"libicui18n\.so\.\d+ \(.*\) => (\S+)", subprocess.run(
        ["ldconfig", "-p"], capture_output=True, text=True).stdout)[1])
    box = [bwrap, "--dev-bind", "/", "/"]
    hide = [*box, "--ro-bind", "/dev/null", str(system.resolve())]
    found = subprocess.run([*box, sys.executable, "-c", code, "--version"], env=env,
                           cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert found.returncode == 0 and "devora, version" in found.stdout, found.stderr
    gone = subprocess.run([*hide, sys.executable, "-c", code, "--version"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert gone.returncode == 1, gone.stdout + gone.stderr
    assert gone.stderr.count("\n") == 1 and "libicu74 (Ubuntu 24.04" in gone.stderr
    assert "Traceback" not in gone.stderr and not gone.stdout


@pytest.mark.parametrize("exported", ["all", "all but one"])
def test_the_newest_icu_wins_and_one_without_versioned_names_serves(
        shim: tuple[Path, Path], tmp_path: Path, exported: str) -> None:
    """A fake ICU 119, newer than the system's, built as some distributions build ICU
    (names without the version): the shim takes it over the system's and jumps to its
    functions; lacking one function Qt calls, it passes it by for the system's."""
    import PySide6

    core = Path(PySide6.__file__).parent / "Qt/lib/libQt6Core.so.6"
    functions = _icu_shim().imported(core, "73")
    if exported != "all":
        functions = functions[1:]
    fake = tmp_path / "fake.c"
    fake.write_text("".join(f"long {name}(void) {{ return {i + 1000}; }}\n"
                            for i, name in enumerate(functions)))
    subprocess.run(["cc", "-shared", "-fPIC", "-o", str(tmp_path / "libicui18n.so.119"),
                    str(fake)], check=True)
    code = ("import ctypes, sys\n"
            f"shim = ctypes.CDLL({str(shim[0])!r})\n"
            "found = shim.devora_icu_system_version()\n"
            f"last = getattr(shim, {functions[-1] + '_73'!r})() if found == 119 else 0\n"
            "print(found, last)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True,
                         env={**os.environ, "LD_LIBRARY_PATH": str(tmp_path)}).stdout.split()
    if exported == "all":
        assert out == ["119", str(1000 + len(functions) - 1)], out
    else:
        assert 50 <= int(out[0]) < 119, out  # the system's
