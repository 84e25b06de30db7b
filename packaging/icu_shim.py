"""Qt Core's ICU from the system: one 14 kB library in place of PySide6's ICU (18 MB).

PySide6 ships ICU (libicuuc, libicui18n and the data library libicudata, version NN in their
sonames) for Qt Core alone; QtWebEngine carries its own ICU and data (resources/icudtl.dat).
Qt Core imports some thirty functions of ICU's stable C API: collation, case mapping, time
zone names, text encodings. Every Linux desktop has an ICU of some version (libxml2, Qt,
GNOME's JavaScript engine and WebKit link it), but its functions carry that version in their
names (``ucol_open_72``), so Qt cannot link it directly.

The shim (``libicushim.so``) defines Qt's names (``ucol_open_73``), each one jump to the
system's function; a constructor finds the newest ``libicui18n.so.MM`` when the shim loads.
The bundle's Qt Core is a copy whose three links to ICU name the shim instead (same-length
names written in place; nothing else in the file changes), so on a system whose ICU is NN
too the system's own libraries load under their own names.

``devora_icu_system_version()`` (exported) says what the constructor found: the system's ICU
version (the newest that has every function Qt calls), 0 where there is none, -1 where each
one it found lacks one. The bundle's entry
point asks it before Qt loads (devora_desktop/syslibs.py) and names the package to install.

    python packaging/icu_shim.py LIBQT6CORE OUT_DIR   # the shim and the relinked Qt Core

Needs a C compiler (``cc``); x86_64 and aarch64.
"""

from __future__ import annotations

import platform
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

from devora_desktop.syslibs import ICU_SHIM as SHIM

#: The ICU libraries' sonames, by their prefix (``libicuuc.so.73``).
ICU_PREFIXES = ("libicuuc.so.", "libicui18n.so.", "libicudata.so.")
#: Newest and oldest system ICU the shim looks for (Ubuntu 22.04 has 70, Debian 12 72,
#: Ubuntu 24.04 and Fedora 40 74). Every function Qt Core imports is older than ICU 50.
NEWEST, OLDEST = 120, 50

# One jump per function, through the table the constructor fills.
_JUMP = {
    "x86_64": "\tjmp *devora_icu_fn+{offset}(%rip)\n",
    "aarch64": ("\tadrp x16, devora_icu_fn+{offset}\n"
                "\tldr x16, [x16, #:lo12:devora_icu_fn+{offset}]\n\tbr x16\n"),
}

_RESOLVE = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>

__attribute__((visibility("hidden"))) void *devora_icu_fn[%(count)d];
static const char *const names[%(count)d] = {%(names)s};
static int found;

int devora_icu_system_version(void) { return found; }

__attribute__((constructor)) static void resolve(void) {
    char name[160];
    for (int version = %(newest)d; version >= %(oldest)d; version--) {
        snprintf(name, sizeof name, "libicui18n.so.%%d", version);
        void *lib = dlopen(name, RTLD_NOW | RTLD_LOCAL);
        if (lib == NULL) continue;
        int missing = 0;
        for (int i = 0; i < %(count)d && !missing; i++) {
            snprintf(name, sizeof name, "%%s_%%d", names[i], version);
            devora_icu_fn[i] = dlsym(lib, name);
            if (devora_icu_fn[i] == NULL)  /* an ICU built without versioned names */
                devora_icu_fn[i] = dlsym(lib, names[i]);
            missing = devora_icu_fn[i] == NULL;
        }
        if (!missing) {
            found = version;
            return;
        }
        found = -1;  /* this one lacks a function Qt calls: an older one may serve */
        dlclose(lib);
    }
}
"""


def _readelf(*args: str) -> str:
    return subprocess.run(["readelf", "-W", *args], capture_output=True, text=True,
                          check=True).stdout


def icu_needed(lib: Path) -> list[str]:
    """The ICU sonames ``lib`` links (``libicuuc.so.73``...)."""
    return [n for n in re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]",
                                  _readelf("-d", str(lib))) if n.startswith(ICU_PREFIXES)]


def imported(lib: Path, version: str) -> list[str]:
    """The ICU functions ``lib`` imports (undefined symbols ``*_NN``), without the suffix."""
    names = set()
    for line in _readelf("--dyn-syms", str(lib)).splitlines():
        parts = line.split()
        if len(parts) >= 8 and parts[6] == "UND" and parts[7].endswith(f"_{version}"):
            if parts[3] != "FUNC":
                raise ValueError(f"{lib.name} imports {parts[7]}, which is not a function")
            names.add(parts[7].removesuffix(f"_{version}"))
    return sorted(names)


def source(functions: list[str], version: str, machine: str | None = None) -> tuple[str, str]:
    """The C resolver and the assembly jumps for ``functions``."""
    machine = machine or platform.machine()
    if machine not in _JUMP:
        raise RuntimeError(f"the ICU shim has no jump for {machine}")
    c = _RESOLVE % {"count": len(functions), "names": ", ".join(f'"{f}"' for f in functions),
                    "newest": NEWEST, "oldest": OLDEST}
    asm = [".text\n"]
    for i, function in enumerate(functions):
        name = f"{function}_{version}"
        asm.append(f".globl {name}\n.type {name}, @function\n.balign 16\n{name}:\n"
                   f"{_JUMP[machine].format(offset=8 * i)}.size {name}, .-{name}\n")
    asm.append('.section .note.GNU-stack,"",@progbits\n')
    return c, "".join(asm)


def relink(lib: Path, out: Path) -> Path:
    """A copy of ``lib`` whose links to ICU name the shim: each NEEDED string is overwritten
    in place (the shim's name is shorter, NUL-padded). Checked: the dynamic symbols, symbol
    versions and every other dynamic entry read back unchanged."""
    data = bytearray(lib.read_bytes())
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"{lib} is not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQII", data, shoff + i * shentsize)
                for i in range(shnum)]
    dynamic = next(s for s in sections if s[1] == 6)  # SHT_DYNAMIC
    strtab_offset = sections[dynamic[6]][4]
    renamed = 0
    for at in range(dynamic[4], dynamic[4] + dynamic[5], 16):
        tag, value = struct.unpack_from("<qQ", data, at)
        if tag != 1:  # DT_NEEDED
            continue
        start = strtab_offset + value
        name = bytes(data[start:data.index(b"\0", start)]).decode()
        if name.startswith(ICU_PREFIXES):
            data[start:start + len(name)] = SHIM.encode().ljust(len(name), b"\0")
            renamed += 1
    if not renamed:
        raise ValueError(f"{lib.name} links no ICU library")
    out.write_bytes(data)
    out.chmod(lib.stat().st_mode)
    before, after = _readelf("-d", "--dyn-syms", "-V", str(lib)), _readelf(
        "-d", "--dyn-syms", "-V", str(out))
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True)
               if a != b]
    if any("(NEEDED)" not in a or f"[{SHIM}]" not in b for a, b in changed):
        raise RuntimeError(f"relinking {lib.name} changed more than its ICU links: {changed}")
    return out


def build(core: Path, out_dir: Path) -> tuple[Path, Path]:
    """The shim and a copy of Qt Core (``core``) linking it, in ``out_dir``."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise RuntimeError("the ICU shim needs a C compiler (cc)")
    needed = icu_needed(core)
    if not needed:
        raise ValueError(f"{core.name} links no ICU library")
    version = needed[0].rsplit(".", 1)[1]
    out_dir.mkdir(parents=True, exist_ok=True)
    shim = out_dir / SHIM
    with tempfile.TemporaryDirectory() as tmp:
        c, asm = source(imported(core, version), version)
        (Path(tmp) / "resolve.c").write_text(c)
        (Path(tmp) / "jumps.S").write_text(asm)
        subprocess.run([compiler, "-shared", "-fPIC", "-O2", "-s", f"-Wl,-soname,{SHIM}",
                        "-Wl,-z,noexecstack", "-o", str(shim), "resolve.c", "jumps.S"],
                       check=True, cwd=tmp)
    return shim, relink(core, out_dir / core.name)


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]), Path(sys.argv[2])):
        print(path, f"{path.stat().st_size / 1e3:.0f} kB")
