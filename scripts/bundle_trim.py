"""What the PyInstaller spec leaves out of the Linux bundle beyond its excludes (packaging/logistics-desktop.spec):

- ICU's data for the program's languages only. Qt Core links ICU, whose data library (libicudata, 31 MB) holds every
  locale of the world; Qt uses it for collation (file dialogs sort names with it), case mapping and text codecs. The
  trimmed library keeps what is not per-locale, the root, English and Chinese locales, and the Chinese codecs.
- Libraries nothing in the bundle links any more (system libraries the dropped Qt plugins pulled in).

Linux only: the Windows and macOS wheels of PySide6 carry no ICU, and there PyInstaller's own collection is kept.
"""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from pathlib import Path

# the languages of the program (its translations are zh_CN and en)
LANGUAGES = ("root", "en", "zh", "yue")  # zh_Hant_HK's spelled-out numbers are Cantonese's
# text codecs kept besides the Unicode ones ICU computes: the ones Chinese files come in
CODECS = ("gb18030.cnv", "windows-936-2000.cnv", "ibm-1386_P100-2001.cnv", "ibm-1383_P110-1999.cnv", "ibm-5478_P100-1995.cnv",
          "windows-950-2000.cnv", "ibm-1373_P100-2002.cnv", "ibm-5348_P100-1997.cnv", "cnvalias.icu")
# a resource named like a locale: xx, xxx, xx_Hans, zh_Hant_HK, de_ … (supplementalData, pool, icuver are not)
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")
PAD = b"\xaa"  # what ICU's own packager fills gaps with: a package read and written again is the same bytes


def keeps(name: str) -> bool:
    """Whether the item `name` of ICU's package (icudt73l/coll/zh.res) stays."""
    path = name.split("/", 1)[1]
    tree, _, leaf = path.rpartition("/")
    if tree == "translit":  # transliteration (Han → Latin …): Qt never calls it
        return False
    if leaf.endswith(".cnv"):
        return leaf in CODECS
    if LOCALE.match(leaf) and leaf != "res_index.res":  # res_index lists the locales (named like one, it is not)
        return leaf == "root.res" or leaf.split("_")[0].removesuffix(".res") in LANGUAGES
    return True


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """ICU's common data (the CmnD format, ucmndata.h): its header and its items in the table's (sorted) order."""
    size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD" or data[8] != 0:  # little-endian only
        raise ValueError("not a little-endian ICU common data package")
    count, = struct.unpack_from("<I", data, size)
    entries = [struct.unpack_from("<II", data, size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(data) - size
        name = data[size + name_at:data.index(b"\0", size + name_at)].decode("ascii")
        items.append((name, data[size + data_at:size + end]))
    return data[:size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package again: the table of contents, the names, then each item at a 16-byte boundary."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    name_at, data_at = 4 + 8 * len(items), 4 + 8 * len(items) + len(names)
    data_at += -data_at % 16
    table, body = [struct.pack("<I", len(items))], bytearray()
    for name, item in items:
        table.append(struct.pack("<II", name_at, data_at + len(body)))
        name_at += len(name) + 1
        body += item + PAD * (-len(item) % 16)
    toc = b"".join(table) + names
    return header + toc + PAD * (data_at - len(toc)) + bytes(body)


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The data's symbol (icudt73_dat), its file offset and size, from readelf (binutils, beside the compiler)."""
    symbols = subprocess.run(["readelf", "-W", "--dyn-syms", str(library)], capture_output=True, text=True, check=True).stdout
    found = re.search(r"^\s*\d+:\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+\d+\s+(icudt\d+_dat)\s*$", symbols, re.M)
    if not found:
        raise ValueError(f"{library.name}: no icudt*_dat symbol")
    address, size, name = int(found.group(1), 16), int(found.group(2), 0), found.group(3)
    sections = subprocess.run(["readelf", "-W", "-S", str(library)], capture_output=True, text=True, check=True).stdout
    for line in sections.splitlines():  # the section that holds the address gives the file offset
        parts = re.match(r"^\s*\[\s*\d+\]\s+(\S+)\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if parts:
            start, offset, length = (int(parts.group(k), 16) for k in (2, 3, 4))
            if start <= address < start + length:
                return name, address - start + offset, size
    raise ValueError(f"{library.name}: {name} lies in no section")


def trim_icu_data(library: Path, dest: Path) -> Path:
    """A copy of libicudataNN.so with the kept items only, built with the C compiler; same soname and symbol."""
    symbol, offset, size = data_symbol(library)
    header, items = read_package(library.read_bytes()[offset:offset + size])
    package = write_package(header, [(name, item) for name, item in items if keeps(name)])
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "icu.dat").write_bytes(package)
    (dest / "icu.S").write_text(
        f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n.incbin "icu.dat"\n'
        f".size {symbol}, . - {symbol}\n.section .note.GNU-stack,\"\",@progbits\n", encoding="ascii")
    out = dest / library.name
    subprocess.run(["cc", "-shared", "-nostdlib", "-s", f"-Wl,-soname,{library.name}", "-o", str(out), "icu.S"],
                   cwd=dest, check=True, capture_output=True)
    return out


def replace_icu_data(binaries: list[tuple]) -> tuple[list[tuple], str]:
    """The spec's binaries with libicudata trimmed, and a line for the build log; unchanged where it cannot be done."""
    for i, (name, source, kind) in enumerate(binaries):
        if re.fullmatch(r"libicudata\.so\.\d+", Path(name).name):
            try:
                trimmed = trim_icu_data(Path(source), Path(tempfile.mkdtemp(prefix="icu-")))
            except (OSError, ValueError, subprocess.CalledProcessError) as error:
                return binaries, f"ICU data kept whole ({error})"
            before, after = Path(source).stat().st_size, trimmed.stat().st_size
            return ([*binaries[:i], (name, str(trimmed), kind), *binaries[i + 1:]],
                    f"ICU data trimmed to the program's languages: {before / 2**20:.1f} → {after / 2**20:.1f} MB")
    return binaries, "no ICU data library in the bundle"


def needed(library: str) -> list[str]:
    """The libraries `library` names as NEEDED (readelf, binutils)."""
    dynamic = subprocess.run(["readelf", "-W", "-d", library], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic)


def linked_only(binaries: list[tuple]) -> tuple[list[tuple], list[str]]:
    """The spec's binaries without the libraries of the bundle's top folder that nothing links: the roots are the
    Python extension modules, Qt's plugins (a folder of their own) and libpython (the launcher opens it); what they
    name as NEEDED, and so on, stays. Returns the binaries kept and the names dropped."""
    by_name = {Path(dest).name: source for dest, source, kind in binaries if "/" not in dest.replace("\\", "/")}
    roots = [source for dest, source, kind in binaries
             if kind != "BINARY" or "/" in dest.replace("\\", "/") or Path(dest).name.startswith("libpython")]
    reached: set[str] = set()
    stack = list(roots)
    while stack:
        source = stack.pop()
        if source in reached:
            continue
        reached.add(source)
        stack += [by_name[name] for name in needed(source) if name in by_name]
    dropped = sorted(Path(dest).name for dest, source, kind in binaries if source not in reached)
    return [entry for entry in binaries if entry[1] in reached], dropped
