"""A smaller ICU data library for the bundle: what Qt Core asks ICU for, no more.

PySide6 ships ICU's full data (libicudata.so.NN, 32 MB) for Qt Core alone; QtWebEngine carries
its own ICU and data (resources/icudtl.dat). Qt Core calls four ICU services (the ICU symbols
libQt6Core imports): case mapping, collation (QCollator, QString::localeAwareCompare), time
zone names (QTimeZone::displayName) and legacy text encodings (QStringConverter). So the
trimmed library keeps every locale's main data, collation and zone names, the properties and
normalisation tables, and the single-byte code pages, and drops what Qt never reads: word-break
dictionaries, unit, currency, language and region names, transliterators, spelled-out numbers
and the multi-byte (CJK, EBCDIC) code pages, which Qt then reports as unavailable.

    python packaging/icu_trim.py LIBICUDATA OUT   # prints both sizes

Needs a C compiler (``cc``) to link the data back into a shared library with its soname.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

#: Item folders Qt Core never opens (see the module docstring).
DROP_TREES = ("brkitr", "unit", "curr", "lang", "region", "translit", "rbnf")
#: Code pages at or under this size are single-byte tables (Windows-125x, ISO-8859-x, KOI8...);
#: the larger ones are the CJK and EBCDIC multi-byte tables.
SMALL_CODEPAGE = 16 * 1024


def _data_symbol(lib: Path) -> tuple[str, int, int]:
    """The exported data blob (``icudtNN_dat``): its name, file offset and size."""
    syms = subprocess.run(["readelf", "-W", "--dyn-syms", str(lib)], capture_output=True,
                          text=True, check=True).stdout
    match = re.search(r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\S+\s+"
                      r"(icudt\d+_dat)\b", syms)
    if not match:
        raise ValueError(f"{lib} exports no icudtNN_dat")
    address, size, name = int(match[1], 16), int(match[2], 0), match[3]
    sections = subprocess.run(["readelf", "-W", "-S", str(lib)], capture_output=True,
                              text=True, check=True).stdout
    for line in sections.splitlines():
        parts = line.split("]", 1)[-1].split()
        if len(parts) >= 5 and parts[1] == "PROGBITS":
            start, offset, length = int(parts[2], 16), int(parts[3], 16), int(parts[4], 16)
            if start <= address < start + length:
                return name, address - start + offset, size
    raise ValueError(f"no section of {lib} holds {name}")


def items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """An ICU common-data package (``CmnD``) as its header and (name, item) pairs."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = package[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [data for _, data in entries[1:]] + [len(toc)]
    out = []
    for (name_at, data_at), end in zip(entries, ends, strict=True):
        name = toc[name_at:toc.index(b"\0", name_at)].decode("ascii")
        out.append((name, toc[data_at:end]))
    return package[:header_size], out


def pack(header: bytes, kept: list[tuple[str, bytes]]) -> bytes:
    """The package again, names sorted as ICU's binary search expects, items 16-aligned."""
    kept = sorted(kept)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    toc_head = 4 + 8 * len(kept)
    data_at = toc_head + len(names)
    data_at += -data_at % 16
    entries, blob, name_at = [], b"", toc_head
    for name, item in kept:
        entries.append(struct.pack("<II", name_at, data_at + len(blob)))
        name_at += len(name) + 1
        blob += item + b"\0" * (-len(item) % 16)
    toc = struct.pack("<I", len(kept)) + b"".join(entries) + names
    return header + toc + b"\0" * (data_at - len(toc)) + blob


def wanted(name: str, item: bytes) -> bool:
    parts = name.split("/")  # "icudt73l/coll/de.res", "icudt73l/ibm-5348_P100-1997.cnv"
    if len(parts) > 2 and parts[1] in DROP_TREES:
        return False
    return not (name.endswith(".cnv") and len(item) > SMALL_CODEPAGE)


def keep(all_items: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The items Qt reads; a small code page that only extends a dropped multi-byte table
    (ibm-943_P130 on ibm-943_P15A) goes too, or it would name a table that is missing."""
    kept = [(name, item) for name, item in all_items if wanted(name, item)]
    gone = {name.rsplit("/", 1)[-1].removesuffix(".cnv").encode()
            for name, item in all_items if not wanted(name, item) and name.endswith(".cnv")}
    return [(name, item) for name, item in kept
            if not (name.endswith(".cnv") and any(base in item for base in gone))]


def trim(lib: Path, out: Path) -> Path:
    """Write a trimmed copy of ``lib`` (same soname and data symbol) to ``out``."""
    symbol, offset, size = _data_symbol(lib)
    raw = lib.read_bytes()
    header, all_items = items(raw[offset:offset + size])
    data = pack(header, keep(all_items))
    soname = re.search(r"SONAME\)\s+Library soname: \[([^\]]+)\]", subprocess.run(
        ["readelf", "-d", str(lib)], capture_output=True, text=True, check=True).stdout)
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or soname is None:
        raise RuntimeError("trimming ICU needs a C compiler (cc) and a library with a soname")
    with tempfile.TemporaryDirectory() as tmp:
        dat = Path(tmp) / "data.bin"
        dat.write_bytes(data)
        asm = Path(tmp) / "data.S"
        asm.write_text(f'.section .rodata\n.balign 16\n.globl {symbol}\n'
                       f'.type {symbol}, @object\n.size {symbol}, {len(data)}\n'
                       f'{symbol}:\n.incbin "{dat}"\n'
                       '.section .note.GNU-stack,"",@progbits\n')
        subprocess.run([compiler, "-shared", "-nostdlib", "-Wl,-soname," + soname[1],
                        "-Wl,-z,noexecstack", "-o", str(out), str(asm)], check=True)
    return out


if __name__ == "__main__":
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    trim(source, target)
    print(f"{source.name}: {source.stat().st_size / 1e6:.1f} MB -> "
          f"{target.stat().st_size / 1e6:.1f} MB")
