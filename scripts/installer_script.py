"""What packaging/windows-installer.iss names, read on Linux: its version and the bundle files it installs, so the
script can be checked without Windows (tests/test_layers_and_packaging.py; scripts/check_bundle.py against a built bundle)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "windows-installer.iss"


def defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^#define\s+(\w+)\s+"([^"]*)"', text, flags=re.M))


def sources(text: str) -> list[str]:
    """Each [Files] Source, the #defines put in, relative to the bundle folder (`_internal\\*` stays a pattern)."""
    values = defines(text)
    found = []
    for source in re.findall(r'^Source:\s*"([^"]+)"', text, flags=re.M):
        source = re.sub(r"\{#(\w+)\}", lambda m: values[m.group(1)], source)
        prefix = values["BundleDir"]
        assert source.startswith(prefix), source
        found.append(source[len(prefix):].lstrip("\\").replace("\\", "/"))
    return found


def missing_in(bundle: Path, text: str | None = None) -> list[str]:
    """The files the script installs that `bundle` (a built one-folder bundle) lacks; on Linux the programs have no .exe."""
    text = text if text is not None else SCRIPT.read_text(encoding="utf-8")
    gone = []
    for source in sources(text):
        if source.endswith("/*"):
            folder = bundle / source[:-2]
            if not folder.is_dir() or not any(folder.iterdir()):
                gone.append(source)
        elif not ((bundle / source).is_file() or (bundle / source.removesuffix(".exe")).is_file()):
            gone.append(source)
    return gone
