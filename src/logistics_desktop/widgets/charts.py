"""QtCharts views of Qt-free chart data: a child's measurements on the standard's curves, and counts as bars."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen


def growth_view(series) -> QChartView:
    """One health.stats.ChartSeries: the standard's curves in grey (dashed away from the median), the child in blue."""
    chart = QChart()
    chart.setTitle(f"{QCoreApplication.translate('Field', series.title)}（{series.unit}）")
    for label, points in series.curves:
        line = QLineSeries()
        line.setName(QCoreApplication.translate("Field", label))
        line.append([QPointF(x, y) for x, y in points])
        pen = QPen(QColor("#9E9E9E"), 1.2)
        if label not in ("中位数",):
            pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        chart.addSeries(line)
    child = QLineSeries()
    child.setName(QCoreApplication.translate("Field", "本人"))
    child.append([QPointF(x, y) for x, y in series.child])
    child.setPen(QPen(QColor("#1565C0"), 2.2))
    dots = QScatterSeries()
    dots.append([QPointF(x, y) for x, y in series.child])
    dots.setColor(QColor("#1565C0"))
    dots.setMarkerSize(8)
    chart.addSeries(child)
    chart.addSeries(dots)
    chart.legend().markers(dots)[0].setVisible(False)
    x_axis, y_axis = QValueAxis(), QValueAxis()
    x_axis.setTitleText(QCoreApplication.translate("Field", series.x_label))
    x_axis.setLabelFormat("%d")
    y_axis.setLabelFormat("%.0f")
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for s in chart.series():
        s.attachAxis(x_axis)
        s.attachAxis(y_axis)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    return view


def bar_view(title: str, counts: list[tuple[str, float]], label: str = "人数") -> QChartView:
    """Values by category (a class's children by evaluation, patrols by week) as one series of bars."""
    chart = QChart()
    chart.setTitle(title)
    bars = QBarSet(QCoreApplication.translate("Field", label))
    bars.append([n for _, n in counts])
    bars.setColor(QColor("#1565C0"))
    series = QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    x_axis.append([QCoreApplication.translate("Field", name) for name, _ in counts])
    y_axis = QValueAxis()
    y_axis.setLabelFormat("%g")
    top = max([n for _, n in counts] + [1])
    y_axis.setRange(0, top + 1 if all(float(n).is_integer() for _, n in counts) else top * 1.15)  # room above the labels
    y_axis.applyNiceNumbers()  # 0, 20, 40 … not 27.97
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    chart.legend().hide()
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    return view


def chart_dialog(parent, title: str, views: list[QChartView], name: str):
    """The views one above the other in a dialog that fits the screen (remembered per screen as `name`)."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

    from logistics_desktop.widgets.window_size import fit_to_screen

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    for view in views:
        view.setMinimumHeight(220)
        layout.addWidget(view, 1)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    fit_to_screen(dialog, name, 900, 680)
    return dialog
