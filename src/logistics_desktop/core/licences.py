"""The third-party software the program carries, with each one's licence: read from the installed packages' metadata
(the requirements of logistics-desktop, followed down), or from the list the bundle was built with. Qt-free."""

from __future__ import annotations

import re
from importlib import metadata

BUNDLED_NAME = "THIRD-PARTY-LICENCES.txt"
FONT = ("文泉驿微米黑 WenQuanYi Micro Hei", "Apache-2.0 或 GPLv3（附字体例外）", "resources/fonts/LICENSE-wqy-microhei.txt")
# the data the program carries beside its code (core/pinyin_table.py: the pinyin initials of 助记码)
DATA = (("Unicode 字符数据库 Unihan（拼音首字母）", "Unicode License v3", "https://www.unicode.org/license.txt"),)


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and len(text) <= 60 and "\n" not in text:
        return text
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return "; ".join(classifiers) or (text.splitlines()[0][:60] if text else "见其发行包")


def _applies(requirement: str) -> bool:
    """Whether a requirement's environment marker holds here (`packaging` where present; else every one is kept)."""
    try:
        from packaging.requirements import Requirement
    except ImportError:
        return True
    marker = Requirement(requirement).marker
    return marker is None or marker.evaluate()


def runtime_packages(root: str = "logistics-desktop") -> list[tuple[str, str, str]]:
    """(name, version, licence) of every package the program needs at run time (no extras, no development tools)."""
    seen: dict[str, tuple[str, str, str]] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = (dist.metadata["Name"], dist.version, _licence(dist))
        for requirement in dist.requires or []:
            if "extra ==" in requirement:
                continue
            if _applies(requirement):
                todo.append(re.match(r"[A-Za-z0-9._-]+", requirement).group(0))
    own = re.sub(r"[-_.]+", "-", root).lower()
    return sorted((v for k, v in seen.items() if k != own), key=lambda v: v[0].lower())


def third_party_text() -> str:
    """The list as shown in 关于 and shipped in the bundle: the bundle's own list when there is one."""
    from logistics_desktop.paths import resource

    try:
        bundled = resource(BUNDLED_NAME)
        if bundled.is_file():
            return bundled.read_text(encoding="utf-8")
    except FileNotFoundError:
        pass
    return render(runtime_packages())


def render(packages: list[tuple[str, str, str]]) -> str:
    lines = ["本程序使用的第三方软件及其许可证：", "", f"{FONT[0]}：{FONT[1]}（{FONT[2]}）"]
    lines += [f"{name}：{licence}（{where}）" for name, licence, where in DATA]
    lines += [f"{name} {version}：{licence}" for name, version, licence in packages]
    return "\n".join(lines) + "\n"
