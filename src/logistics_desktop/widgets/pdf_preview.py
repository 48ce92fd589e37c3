"""In-app PDF preview. The printer, the preview and the saved PDF all use the one file shown here."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from logistics_desktop.core.report import Ledger
from logistics_desktop.widgets.files import ask_save_path, ask_xlsx_path
from logistics_desktop.widgets.forms import tell
from logistics_desktop.widgets.window_size import fit_to_screen


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf_path: Path, title: str, parent: QWidget | None = None, *, ledger: Ledger | None = None):
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.ledger = ledger
        self.setWindowTitle(self.tr("打印预览 — %1").replace("%1", title))
        fit_to_screen(self, "print-preview", 900, 1000)  # an A4 page is tall: the screen decides
        self.document = QPdfDocument(self)
        self.document.load(str(self.pdf_path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.pages = QLabel(self.tr("共 %1 页").replace("%1", str(self.document.pageCount())))
        self.saved = QLabel()
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(self.tr("打印…"))
        self.save_button = QPushButton(self.tr("另存为 PDF…"))
        self.excel_button = QPushButton(self.tr("导出 Excel…"))
        self.excel_button.setVisible(ledger is not None)
        close = QPushButton(self.tr("关闭"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_pdf)
        self.excel_button.clicked.connect(self.save_excel)
        close.clicked.connect(self.accept)

        bar = QHBoxLayout()
        bar.addWidget(self.pages)
        bar.addWidget(self.saved, 1)
        for button in (self.print_button, self.save_button, self.excel_button, close):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.printer: QPrinter | None = None  # kept: a temporary QPrinter crashes Qt's print dialogs

    def print_document(self) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(self.printer)

    def print_to(self, printer: QPrinter) -> None:
        """Render each page of the same PDF at the printer's resolution."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        painter = QPainter()
        try:
            if not painter.begin(printer):
                raise RuntimeError(self.tr("无法连接打印机"))
            dpi = printer.resolution()
            first, last = printer.fromPage(), printer.toPage()
            pages = range(first - 1, last) if first else range(self.document.pageCount())
            for n, index in enumerate(pages):
                if n:
                    printer.newPage()
                size_pt = self.document.pagePointSize(index)
                image = self.document.render(index, QSize(int(size_pt.width() * dpi / 72), int(size_pt.height() * dpi / 72)))
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.x(), target.y(), image.scaled(scaled, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        except RuntimeError as exc:
            QMessageBox.warning(self, self.tr("打印"), str(exc))
        finally:
            if painter.isActive():
                painter.end()
            QGuiApplication.restoreOverrideCursor()

    def save_pdf(self) -> Path | None:
        path = ask_save_path(self, self.tr("另存为 PDF"), self.pdf_path.name, "PDF (*.pdf)", ".pdf")
        if path is not None:
            shutil.copyfile(self.pdf_path, path)
            self._saved(path)
        return path

    def save_excel(self) -> Path | None:
        path = ask_xlsx_path(self, self.tr("导出 Excel"), self.pdf_path.with_suffix(".xlsx").name) if self.ledger is not None else None
        if path is not None:
            self.ledger.save(path)
            self._saved(path)
        return path

    def _saved(self, path: Path) -> None:
        """Where the file went, shown until the next one (the clerk looks for it in that folder)."""
        tell(self.saved, self.tr("已保存到 %1").replace("%1", str(path)), "done")

    def closeEvent(self, event) -> None:  # noqa: N802
        self.document.close()
        super().closeEvent(event)


def render_to_temp(ledger: Ledger) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="logistics-print-"))
    safe = "".join(ch for ch in ledger.title if ch not in '\\/:*?"<>|（）() ') or "ledger"
    return ledger.save(folder / f"{safe}.pdf")


def preview_report(parent: QWidget | None, title: str, build: Callable[[], Ledger]) -> PdfPreviewDialog:
    """Build the ledger and draw its PDF off the GUI thread, then open the preview (non-modal)."""
    from logistics_desktop.widgets.task import run_task

    def work(progress):
        progress(0, 2)
        ledger = build()
        progress(1, 2)
        return ledger, render_to_temp(ledger)

    ledger, path = run_task(parent, QCoreApplication.translate("PdfPreviewDialog", "正在生成 %1…").replace("%1", title), work)
    dialog = PdfPreviewDialog(path, ledger.title, parent, ledger=ledger if isinstance(ledger, Ledger) else None)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def preview_printable(parent: QWidget | None, ctx, key: str, options: dict | None = None) -> PdfPreviewDialog:
    """Preview one of the modules' printable forms (by its CLI key) with these options."""
    from logistics_desktop.core.modules import find_printable
    from logistics_desktop.modules import all_modules

    printable = find_printable(all_modules(), key)

    return preview_report(parent, QCoreApplication.translate("Module", printable.title), lambda: ctx.read(printable.build, dict(options or {})))
