"""设置 → 用户: who may log in, with which roles; disabled, never deleted (a user may have signed records)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QTableWidgetItem, QWidget

from logistics_desktop.accounts import service
from logistics_desktop.core.errors import InputError
from logistics_desktop.core.fields import Field
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.widgets.forms import FieldForm
from logistics_desktop.widgets.table_model import plain_table
from logistics_desktop.widgets.ui_forms import load_ui, place

FIELDS = (Field("name", QT_TRANSLATE_NOOP("Field", "姓名"), required=True),
          Field("login", QT_TRANSLATE_NOOP("Field", "登录名"), required=True),
          Field("password", QT_TRANSLATE_NOOP("Field", "密码"), "password"),
          Field("confirm", QT_TRANSLATE_NOOP("Field", "再输入一次密码"), "password"))
ROLE_LABELS = (QT_TRANSLATE_NOOP("UsersPage", "管理员"), QT_TRANSLATE_NOOP("UsersPage", "后勤"), QT_TRANSLATE_NOOP("UsersPage", "食堂"),
               QT_TRANSLATE_NOOP("UsersPage", "安全"), QT_TRANSLATE_NOOP("UsersPage", "保健"), QT_TRANSLATE_NOOP("UsersPage", "校长"))


class UsersPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ui = self.ui = load_ui("accounts/users.ui", self)
        self.table = plain_table(ui.list, [self.tr("登录名"), self.tr("姓名"), self.tr("角色"), self.tr("状态")], read_only=True)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.form = place(ui.formHost, FieldForm(FIELDS))
        self.form.submitted.connect(self.save)
        grid = QGridLayout(ui.roles)
        self.roles: dict[str, QCheckBox] = {}
        for index, (key, name) in enumerate(service.ROLES):
            box = self.roles[key] = QCheckBox(self.tr(name))
            box.setObjectName(f"role_{key}")
            grid.addWidget(box, 0, index)
        ui.new.clicked.connect(self.new)
        ui.save.clicked.connect(self.save)
        ui.toggle.clicked.connect(self.toggle)
        ui.resetPassword.clicked.connect(self.reset_password)
        self.rows: list[service.UserRow] = []
        self.current: service.UserRow | None = None
        self.reload()
        self.new()

    def reload(self) -> None:
        self.rows = self.ctx.read(service.users)
        self.table.setRowCount(len(self.rows))
        for r, user in enumerate(self.rows):
            roles = "、".join(self.tr(service.ROLE_NAMES[r]) for r in user.roles)
            for c, text in enumerate((user.login, user.name, roles, self.tr("在用") if user.active else self.tr("已停用"))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _chosen(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        self.current = user = self.rows[row]
        self.form.set_values({"name": user.name, "login": user.login})
        for key in ("name", "login"):
            self.form.editors[key].setEnabled(False)  # who a login is stays; a new person gets a new login
        for key, box in self.roles.items():
            box.setChecked(user.has(key))
        self.ui.toggle.setEnabled(True)
        self.ui.toggle.setText(self.tr("停用") if user.active else self.tr("启用"))
        self.ui.resetPassword.setEnabled(True)

    def new(self) -> None:
        self.current = None
        self.table.clearSelection()
        self.form.set_values({})
        for editor in self.form.editors.values():
            editor.setEnabled(True)
        for box in self.roles.values():
            box.setChecked(False)
        self.ui.toggle.setEnabled(False)
        self.ui.resetPassword.setEnabled(False)
        self.form.editors["name"].setFocus()

    def _roles(self) -> list[str]:
        return [key for key, box in self.roles.items() if box.isChecked()]

    def _done(self, written, message: str) -> bool:
        if not written:
            self.form.show_errors(written.errors)
            return False
        login = self.current.login if self.current else self.form.values()["login"]
        self.reload()
        self.ui.message.setText(message)
        for row, user in enumerate(self.rows):
            if user.login == login:
                self.table.selectRow(row)
        return True

    def save(self) -> bool:
        if self.current is None:
            values = self.form.values() | {"roles": self._roles()}
            return self._done(self.ctx.write("accounts", service.add_user, values), self.tr("已建立用户，可以用它登录了"))
        return self._done(self.ctx.write("accounts", service.set_roles, self.current.login, self._roles()), self.tr("角色已保存"))

    def toggle(self) -> bool:
        if self.current is None:
            return False
        call = service.disable_user if self.current.active else service.enable_user
        return self._done(self.ctx.write("accounts", call, self.current.login), self.tr("已停用") if self.current.active else self.tr("已启用"))

    def reset_password(self) -> bool:
        if self.current is None:
            return False
        values = self.form.values()
        if values["password"] != values["confirm"]:
            self.form.show_errors([InputError("confirm", self.tr("两次输入的密码不一致"))])
            return False
        done = self._done(self.ctx.write("accounts", service.reset_password, self.current.login, values["password"]), self.tr("密码已重设"))
        self.form.editors["password"].editor.clear()
        self.form.editors["confirm"].editor.clear()
        return done
