"""First run on an empty database: the school, its type and the current term, or the demo school."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from logistics_desktop.core.fields import Field
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.directory import service
from logistics_desktop.widgets.forms import FieldForm


def default_term(today: date) -> tuple[str, date, date]:
    """The term a Chinese school is most likely in on `today` (autumn term runs Sep–Jan)."""
    if today.month >= 8 or today.month == 1:
        year = today.year if today.month >= 8 else today.year - 1
        return f"{year}—{year + 1}学年第一学期", date(year, 9, 1), date(year + 1, 1, 20)
    return f"{today.year - 1}—{today.year}学年第二学期", date(today.year, 2, 20), date(today.year, 7, 10)


def needs_first_run(ctx) -> bool:
    return ctx.read(service.school_values) is None


FIELDS = (Field("name", QT_TRANSLATE_NOOP("Field", "学校名称"), required=True),
          Field("kind", QT_TRANSLATE_NOOP("Field", "学校类型"), "choice", required=True, choices=service.SCHOOL_KINDS),
          Field("term_name", QT_TRANSLATE_NOOP("Field", "当前学期"), required=True),
          Field("term_start", QT_TRANSLATE_NOOP("Field", "开始日期"), "date", required=True),
          Field("term_end", QT_TRANSLATE_NOOP("Field", "结束日期"), "date", required=True))


class FirstRunDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("欢迎使用校园后勤台账"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("先填写学校和当前学期，它们会印在每一张表单上。以后可在“设置”中修改。"))
        intro.setWordWrap(True)
        self.form = FieldForm(FIELDS)
        name, start, end = default_term(ctx.today())
        self.form.set_values({"kind": "小学", "term_name": name, "term_start": start, "term_end": end})
        self.demo = QCheckBox(self.tr("装入演示学校，先试用再正式录入"))
        demo_hint = QLabel(self.tr("演示学校约有 60 个房间、40 名教职工、18 个班级和一学期的记录。装入后用演示账户登录："
                                   "zongwu（管理员、后勤）、shitang（食堂）、anquan（安全）、baojian（保健）、xiaozhang（校长），密码都是 demo123。"))
        demo_hint.setWordWrap(True)
        demo_hint.setStyleSheet("color: #555555;")
        self.demo.setObjectName("demo")
        self.demo.toggled.connect(self.form.setDisabled)
        self.start_button = QPushButton(self.tr("开始使用"))
        self.start_button.setObjectName("start")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        later = QPushButton(self.tr("稍后填写"))
        later.clicked.connect(self.reject)
        self.form.submitted.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(later)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.demo)
        layout.addWidget(demo_hint)
        layout.addLayout(buttons)

    def load_demo(self) -> bool:
        """The demo school (10–20 s of writing) in a worker thread with its progress, the window answering meanwhile;
        then every tab and page is rebuilt on it, so 进货验收 has its suppliers and acceptors at once."""
        from logistics_desktop.core.db import READ_ONLY_NOTICE
        from logistics_desktop.core.demo import fill_demo
        from logistics_desktop.core.errors import Cancelled, InputError
        from logistics_desktop.widgets.task import run_task

        if self.ctx.db.read_only:
            self.form.show_errors([InputError("", READ_ONLY_NOTICE)])
            return False

        def work(progress):
            with self.ctx.session() as session:  # one transaction: a cancel leaves the file as it was
                fill_demo(session, progress=progress)

        try:
            run_task(self, self.tr("正在装入演示学校…"), work)
        except Cancelled:
            return False
        except InputError as exc:
            self.form.show_errors([exc])
            return False
        self.ctx.database_replaced.emit()
        return True

    def start(self) -> None:
        """Write the school and the term in one transaction, or nothing and show why."""
        if self.demo.isChecked():
            if self.load_demo():
                self.accept()
            return
        v = self.form.values()
        term = {"name": v["term_name"], "start": v["term_start"], "end": v["term_end"], "is_current": True}
        written = self.ctx.write("directory", service.start_school, {"name": v["name"], "kind": v["kind"]}, term)
        if not written:
            self.form.show_errors(written.errors)
            return
        self.accept()
