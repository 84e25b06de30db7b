"""The trimmed ICU data the Linux bundle ships (packaging/icu_trim.py) still serves what Qt
Core asks ICU for: collation, case mapping, time zone names and single-byte encodings. The
trimmed library is loaded in place of PySide6's own (same soname) in a child interpreter."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

CHECK = r"""
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
print(QCollator(QLocale("de_DE")).compare("ä", "z") < 0,     # ä sorts with a in German
      QCollator(QLocale("sv_SE")).compare("ä", "z") > 0,     # and after z in Swedish
      QLocale("tr_TR").toUpper("i") == "\u0130",             # dotted capital I
      QTimeZone(b"Europe/Paris").displayName(QTimeZone.StandardTime, QTimeZone.LongName,
                                             QLocale("fr_FR")),
      QStringDecoder("windows-1252").isValid(), QStringDecoder("koi8-r").isValid(),
      QStringDecoder("Shift_JIS").isValid(), sep="|")
"""


def _icu_trim():
    spec = importlib.util.spec_from_file_location("icu_trim", ROOT / "packaging/icu_trim.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _qt_reads(preload: Path | None) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if preload:
        env["LD_PRELOAD"] = str(preload)
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                         env=env, timeout=60, check=True).stdout
    return out.strip().split("|")


@pytest.mark.slow  # two PySide6 child processes, ~6 s: packaging, like the build
@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("cc"),
                    reason="the ICU trim is Linux-only and needs a C compiler")
def test_qt_core_reads_the_same_from_the_trimmed_icu_data(tmp_path: Path) -> None:
    import PySide6

    original = next((Path(PySide6.__file__).parent / "Qt/lib").glob("libicudata.so.*"), None)
    if original is None:
        pytest.skip("this PySide6 carries no ICU of its own")
    trimmed = _icu_trim().trim(original, tmp_path / original.name)
    assert trimmed.stat().st_size < original.stat().st_size / 2
    full = _qt_reads(None)
    assert full[:3] == ["True"] * 3 and "Europe" in full[3] and full[4:] == ["True"] * 3
    # the same answers, except the multi-byte code pages the trim drops on purpose
    assert _qt_reads(trimmed) == [*full[:6], "False"]


def test_the_trim_keeps_no_converter_whose_base_table_it_dropped() -> None:
    icu_trim = _icu_trim()
    big = b"\0" * (icu_trim.SMALL_CODEPAGE + 1)
    kept = icu_trim.keep([("icudt73l/ibm-943_P15A-2003.cnv", big),
                          ("icudt73l/ibm-943_P130-1999.cnv", b"..ibm-943_P15A-2003.."),
                          ("icudt73l/ibm-5348_P100-1997.cnv", b"cp1252"),
                          ("icudt73l/coll/de.res", b"de"), ("icudt73l/unit/de.res", b"de")])
    assert [name for name, _ in kept] == ["icudt73l/ibm-5348_P100-1997.cnv",
                                          "icudt73l/coll/de.res"]
