"""QR codes drawn as one filled path (far faster than reportlab's one rectangle per module)."""

from __future__ import annotations

from reportlab.platypus import Flowable


def draw_qr(c, text: str, x: float, y: float, size: float) -> None:
    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

    qr = QRCode(None, QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.make()
    count = qr.getModuleCount()
    quiet = 2
    cell = size / (count + 2 * quiet)
    path = c.beginPath()
    for r in range(count):
        for col in range(count):
            if qr.isDark(r, col):
                path.rect(x + (col + quiet) * cell, y + size - (r + quiet + 1) * cell, cell, cell)
    c.drawPath(path, stroke=0, fill=1)


class QRFlowable(Flowable):
    """A QR code inside a table cell or a story."""

    def __init__(self, text: str, size: float):
        super().__init__()
        self.text, self.size = text, size

    def wrap(self, available_width, available_height):
        return self.size, self.size

    def draw(self):
        draw_qr(self.canv, self.text, 0, 0, self.size)
