"""Logging in: the first administrator of a new file, the login at start and 切换用户, and the idle lock's unlock."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QGridLayout, QWidget

from logistics_desktop.core.fields import Field
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.widgets.forms import FieldForm
from logistics_desktop.widgets.ui_forms import load_ui, place

LOGIN_FIELDS = (Field("login", QT_TRANSLATE_NOOP("Field", "登录名"), required=True),
                Field("password", QT_TRANSLATE_NOOP("Field", "密码"), "password", required=True))
ADMIN_FIELDS = (Field("name", QT_TRANSLATE_NOOP("Field", "姓名"), required=True),
                Field("login", QT_TRANSLATE_NOOP("Field", "登录名"), required=True),
                Field("password", QT_TRANSLATE_NOOP("Field", "密码"), "password", required=True),
                Field("confirm", QT_TRANSLATE_NOOP("Field", "再输入一次密码"), "password", required=True))


class LoginDialog(QDialog):
    """Login name and password. `locked`: the screen was locked for that user, who types the password again, or
    another user logs in (the first one's open dialogs are then closed without saving)."""

    def __init__(self, ctx, parent: QWidget | None = None, *, locked=None):
        super().__init__(parent)
        self.ctx, self.locked = ctx, locked
        ui = self.ui = load_ui("shell/login.ui", self)
        self.form = place(ui.formHost, FieldForm(LOGIN_FIELDS))
        self.form.submitted.connect(self.accept)
        ui.ok.clicked.connect(self.accept)
        ui.cancel.clicked.connect(self.reject)
        self.user = None
        if locked is not None:
            self.setWindowTitle(self.tr("已锁定"))
            ui.intro.setText(self.tr("屏幕已锁定。%1 请输入密码继续；换一位用户登录时，%1 未保存的窗口会关闭，不写入任何内容。")
                             .replace("%1", locked.name))
            self.form.set_values({"login": locked.login})
            ui.cancel.setText(self.tr("退出程序"))
        else:
            self.setWindowTitle(self.tr("登录"))
            self.form.set_values({"login": ctx.settings.value("ui/last_login", "")})
        self.form.editors["password" if self.form.values()["login"] else "login"].setFocus()

    def accept(self) -> None:
        values = self.form.values()
        written = self.ctx.log_in(values["login"], values["password"])
        if not written:
            self.form.show_errors(written.errors)
            self.form.editors["password"].editor.clear()
            return
        self.user = written.value
        super().accept()


class FirstAdminDialog(QDialog):
    """A file without users: its first administrator (who may also hold the other roles of their work)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        from logistics_desktop.accounts.service import ROLES

        super().__init__(parent)
        self.ctx = ctx
        ui = self.ui = load_ui("shell/first_admin.ui", self)
        self.form = place(ui.formHost, FieldForm(ADMIN_FIELDS))
        self.form.submitted.connect(self.accept)
        grid = QGridLayout(ui.roles)
        self.roles: dict[str, QCheckBox] = {}
        for index, (key, name) in enumerate(ROLES):
            box = self.roles[key] = QCheckBox(self.tr(name))
            box.setObjectName(f"role_{key}")
            box.setChecked(key in ("admin", "logistics"))
            box.setEnabled(key != "admin")  # the first user is the administrator
            grid.addWidget(box, index // 3, index % 3)
        ui.ok.clicked.connect(self.accept)
        self.form.editors["name"].setFocus()

    def accept(self) -> None:
        from logistics_desktop.accounts import service

        values = self.form.values() | {"roles": [k for k, box in self.roles.items() if box.isChecked()]}
        written = self.ctx.write("accounts", service.add_user, values)
        if not written:
            self.form.show_errors(written.errors)
            return
        logged = self.ctx.log_in(values["login"], values["password"])
        if not logged:
            self.form.show_errors(logged.errors)
            return
        super().accept()


ROLE_LABELS = (QT_TRANSLATE_NOOP("FirstAdminDialog", "管理员"), QT_TRANSLATE_NOOP("FirstAdminDialog", "后勤"),
               QT_TRANSLATE_NOOP("FirstAdminDialog", "食堂"), QT_TRANSLATE_NOOP("FirstAdminDialog", "安全"),
               QT_TRANSLATE_NOOP("FirstAdminDialog", "保健"), QT_TRANSLATE_NOOP("FirstAdminDialog", "校长"))
