"""Draw the program's icon set (16–256 px PNGs for Linux, one .ico for Windows) into resources/icons/.

Run once after changing the drawing: uv run python scripts/make_icons.py. The mark: a blue rounded square with 台 (台账)
in the bundled font, and a white ledger line under it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> Image.Image:
    scale = 4  # drawn large and reduced: smooth edges at 16 px too
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 5, fill=(21, 101, 192, 255))
    font = ImageFont.truetype(str(ROOT / "resources" / "fonts" / "wqy-microhei.ttc"), int(big * 0.62))
    box = pen.textbbox((0, 0), "台", font=font)
    x = (big - (box[2] - box[0])) / 2 - box[0]
    y = (big * 0.9 - (box[3] - box[1])) / 2 - box[1]
    pen.text((x, y), "台", font=font, fill=(255, 255, 255, 255))
    pen.rectangle((big * 0.2, big * 0.82, big * 0.8, big * 0.86), fill=(255, 255, 255, 230))
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> int:
    out = ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    images = {size: draw(size) for size in SIZES}
    for size, image in images.items():
        image.save(out / f"logistics-desktop-{size}.png")
    images[256].save(out / "logistics-desktop.ico", sizes=[(s, s) for s in SIZES])
    print(f"{len(SIZES)} PNGs and logistics-desktop.ico in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
