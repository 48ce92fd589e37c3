"""伙食费: other income and expenses entered here, purchases from signed deliveries, the month's notice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout

from logistics_desktop.canteen import fees
from logistics_desktop.core.fields import Field, same
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.parse import fen_to_yuan
from logistics_desktop.widgets.module_page import ModulePage
from logistics_desktop.widgets.records_page import RecordsPage

FIELDS = (
    Field("on", QT_TRANSLATE_NOOP("Field", "日期"), "date", required=True),
    Field("account", QT_TRANSLATE_NOOP("Field", "账户"), "choice", required=True),
    Field("kind", QT_TRANSLATE_NOOP("Field", "收支"), "choice", required=True, choices=same(QT_TRANSLATE_NOOP("Field", "收入"), QT_TRANSLATE_NOOP("Field", "支出"))),
    Field("category", QT_TRANSLATE_NOOP("Field", "类别"), "lookup", required=True, choices=same(*fees.INCOME_CATEGORIES, *fees.EXPENSE_CATEGORIES)),
    Field("amount", QT_TRANSLATE_NOOP("Field", "金额（元）"), required=True),
    Field("note", QT_TRANSLATE_NOOP("Field", "摘要")),
    Field("by", QT_TRANSLATE_NOOP("Field", "经办人"), "staff", required=True),
)
COLUMNS = [("on", QT_TRANSLATE_NOOP("Field", "日期")), ("account_label", QT_TRANSLATE_NOOP("Field", "账户")), ("kind", QT_TRANSLATE_NOOP("Field", "收支")), ("category", QT_TRANSLATE_NOOP("Field", "类别")),
           ("amount", QT_TRANSLATE_NOOP("Field", "金额（元）")), ("note", QT_TRANSLATE_NOOP("Field", "摘要")), ("by", QT_TRANSLATE_NOOP("Field", "经办人"))]


def _rows(session, first, end) -> list[dict]:
    return [{**e.as_dict(), "account_label": QCoreApplication.translate("Field", fees.account_label(session, e.account)),
             "kind": QCoreApplication.translate("Field", e.kind), "amount": fen_to_yuan(e.amount_fen)} for e in fees.entries(session, first, end)]


class FeesPage(ModulePage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "canteen", parent)
        self.records = RecordsPage(ctx, module="canteen", fields=FIELDS, save=lambda session, values: fees.record_entry(session, values) and None,
                                   rows=_rows, columns=COLUMNS, printable="fee-notice", save_label=QT_TRANSLATE_NOOP("Field", "登记收支"))
        self.records.summary.setObjectName("fee_summary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.records)
        self.records.month.dateChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        first, end = self.records.month_bounds()
        accounts = [(key, self.ctx.read(fees.account_label, key)) for key in fees.ACCOUNTS]
        months = self.ctx.read(fees.month_summary, first, end)
        flags = [self.ctx.read(fees.balance_flag, m) for m in months]
        editor = self.records.form.editors["account"]
        chosen = editor.value()
        editor.set_choices([(label, label) for _, label in accounts])  # the service takes the account by its (Chinese) label
        if chosen:
            editor.set_value(chosen)
        lines = []
        for m, flag in zip(months, flags):
            percent = f"（{m.term_percent:+.1f}%）" if m.term_percent is not None else ""
            line = self.tr("%1：本月收入 %2 元，支出 %3 元（含进货 %4 元）；本学期结余 %5 元%6").replace("%1", QCoreApplication.translate("Field", m.label)) \
                .replace("%2", fen_to_yuan(m.income_total)).replace("%3", fen_to_yuan(m.expense_total)) \
                .replace("%4", fen_to_yuan(sum(v for k, v in m.expense.items() if k.endswith("（进货）")))) \
                .replace("%5", fen_to_yuan(m.term_balance)).replace("%6", percent)
            lines.append(f"<span style='color:#C62828'>{line} ⚠ {flag}</span>" if flag else line)
        self.records.summary.setText("<br/>".join(lines))
