"""带量食谱 of a week: a row per dish (星期, 餐次, 菜品, 每人量, 主要原料); the day and meal carry down."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from logistics_desktop.canteen import daily
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.widgets.forms import tell
from logistics_desktop.widgets.grid import clear_marks
from logistics_desktop.widgets.name_completer import NamesDelegate
from logistics_desktop.widgets.table_model import plain_table
from logistics_desktop.widgets.ui_forms import load_ui


class MenuPage(QWidget):
    """Not reloaded by other pages' writes: a week being typed is kept until it is saved."""

    COLUMNS = (QT_TRANSLATE_NOOP("MenuPage", "星期"), QT_TRANSLATE_NOOP("MenuPage", "餐次"), QT_TRANSLATE_NOOP("MenuPage", "菜品"),
               QT_TRANSLATE_NOOP("MenuPage", "每人量（克）"), QT_TRANSLATE_NOOP("MenuPage", "主要原料"))
    BLANK_ROWS = 8

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ui = self.ui = load_ui("canteen/menu.ui", self)
        self.week, self.errors, self.range_label = ui.week, ui.errors, ui.range
        self.week.setDate(QDate.currentDate())
        self.week.dateChanged.connect(self.reload)
        self.table = plain_table(ui.menu, [self.tr(c) for c in self.COLUMNS], stretch=4)  # 主要原料, the longest
        ui.previousWeek.clicked.connect(lambda: self.shift(-7))
        ui.nextWeek.clicked.connect(lambda: self.shift(7))
        ui.copyLastWeek.clicked.connect(self.copy_last_week)
        ui.addRows.clicked.connect(self.add_rows)
        ui.save.clicked.connect(self.save)
        ui.printMenu.clicked.connect(self.print_menu)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self.reload()

    def monday(self) -> date:
        return daily.monday_of(self.week.date().toPython())

    def shift(self, days: int) -> None:
        self.week.setDate(self.week.date().addDays(days))

    def reload(self) -> None:
        monday = self.monday()
        self.range_label.setText(f"{monday:%Y-%m-%d} — {monday + timedelta(days=6):%Y-%m-%d}")
        dishes = self.ctx.read(daily.menu, monday, monday + timedelta(days=7))
        self.table.setItemDelegate(NamesDelegate(self.ctx.read(daily.dish_names), 2, self.table))  # 菜品: hsjt finds 红烧鸡腿
        self.table.setRowCount(0)
        self.table.setRowCount(len(dishes) + self.BLANK_ROWS)
        for r, d in enumerate(dishes):
            shown = (QCoreApplication.translate("Field", daily.WEEKDAYS[d.day.weekday()]), QCoreApplication.translate("Field", d.meal))
            for c, text in enumerate((*shown, d.dish, str(d.grams or ""), d.ingredients)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.errors.clear()

    def add_rows(self) -> None:
        self.table.setRowCount(self.table.rowCount() + self.BLANK_ROWS)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def entries(self) -> tuple[dict[tuple[date, str], list[dict]], list[str]]:
        """Rows grouped by (day, meal); a blank 星期 or 餐次 repeats the row above."""
        monday = self.monday()
        translate = QCoreApplication.translate  # 星期 and 餐次 as typed in Chinese, or as shown in the interface's language
        weekdays = {translate("Field", name).strip().lower(): i for i, name in enumerate(daily.WEEKDAYS)}
        meals = {translate("Field", meal).strip().lower(): meal for meal in daily.MEALS}
        groups: dict[tuple[date, str], list[dict]] = {}
        problems, weekday, meal = [], "", ""
        for r in range(self.table.rowCount()):
            weekday, meal = self._text(r, 0) or weekday, self._text(r, 1) or meal
            dish = self._text(r, 2)
            if not dish:
                continue
            index = weekdays.get(weekday.lower(), next((i for i, name in enumerate(daily.WEEKDAYS) if name[-1] in weekday[-1:]), None))
            meal = meals.get(meal.lower(), meal)
            if index is None:
                problems.append(self.tr("第 %1 行：星期应写 一 至 日").replace("%1", str(r + 1)))
                continue
            if meal not in daily.MEALS:
                problems.append(self.tr("第 %1 行：餐次应为 %2").replace("%1", str(r + 1)).replace("%2", "、".join(daily.MEALS)))
                continue
            groups.setdefault((monday + timedelta(days=index), meal), []).append(
                {"dish": dish, "grams": self._text(r, 3), "ingredients": self._text(r, 4)})
        return groups, problems

    def save(self) -> bool:
        groups, problems = self.entries()
        clear_marks(self.table)
        if problems:
            tell(self.errors, "\n".join(problems))
            return False
        written = self.ctx.write("canteen", daily.set_week_menu, self.monday(), groups)
        if not written:
            tell(self.errors, "\n".join(e.message for e in written.errors))
            return False
        self.reload()
        tell(self.errors, self.tr("已保存本周食谱"), "done")
        return True

    def copy_last_week(self) -> None:
        monday = self.monday()
        written = self.ctx.write("canteen", daily.copy_week, monday - timedelta(days=7), monday)
        if not written:
            tell(self.errors, "\n".join(e.message for e in written.errors))
            return
        self.reload()

    def print_menu(self) -> None:
        from logistics_desktop.widgets.pdf_preview import preview_printable

        preview_printable(self, self.ctx, "weekly-menu", {"week": self.monday().isoformat()})
