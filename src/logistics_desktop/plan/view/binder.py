"""迎检资料…: pick the kind of inspection and the period, then the binder builds off the GUI thread with its progress and
a cancel button, into one PDF (and, when asked, a folder of the separate files beside it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from logistics_desktop.core.errors import Cancelled, InputError
from logistics_desktop.core.fields import Field
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.plan import binder


def binder_fields(ctx) -> tuple[Field, ...]:
    """The kinds this user may read (the health binder only for 保健), the period, and the folder option."""
    kinds = tuple((key, label) for key, label in binder.KINDS.items() if ctx.opens(binder.reading_role({"kind": key})))
    return (Field("kind", QT_TRANSLATE_NOOP("Field", "类别"), "choice", required=True, choices=kinds),
            Field("from", QT_TRANSLATE_NOOP("Field", "起始日期"), "date", required=True),
            Field("to", QT_TRANSLATE_NOOP("Field", "截止日期"), "date", required=True),
            Field("folder", QT_TRANSLATE_NOOP("Field", "同时另存为单独的文件（PDF 旁的同名文件夹）"), "bool"))


def make_binder(page, path: Path | None = None, values: dict | None = None) -> Path | None:
    """Asks on `page` (a ModulePage); `path` and `values` given: no dialogs (tests). Returns where the binder went."""
    from logistics_desktop.widgets.files import ask_save_path, confirm_saved
    from logistics_desktop.widgets.task import run_task

    ctx = page.ctx
    first, last = ctx.read(binder.default_period)
    fields = binder_fields(ctx)
    if not fields[0].choices:
        raise InputError("kind", QCoreApplication.translate("BinderDialog", "您的角色没有可整理的迎检资料"))
    made: list[Path] = []

    def build(chosen: dict) -> bool:
        target = path or ask_save_path(page, QCoreApplication.translate("BinderDialog", "保存迎检资料"),
                                       f"{binder.KINDS.get(chosen['kind'], '')}迎检资料.pdf", "PDF (*.pdf)", ".pdf")
        if target is None:
            raise InputError("", QCoreApplication.translate("BinderDialog", "没有选择保存位置"))
        options = {"kind": chosen["kind"], "from": chosen["from"], "to": chosen["to"]}

        def work(progress):
            with ctx.session(read_only=True) as session:
                built = binder.build_binder(session, options, progress)
            built.save(target)
            if chosen.get("folder"):
                built.save_folder(target.with_suffix(""))
            return built

        try:
            run_task(page, QCoreApplication.translate("BinderDialog", "正在整理迎检资料…"), work)
        except Cancelled:
            raise InputError("", QCoreApplication.translate("BinderDialog", "已取消，没有生成文件")) from None
        if "health" == chosen["kind"]:
            ctx.log_health_access("打印", {"form": "inspection-binder", "file": target.name})
        made.append(target)
        return True

    from logistics_desktop.widgets.forms import FormDialog

    values = {"kind": fields[0].choices[0][0], "from": first, "to": last} | (values or {})
    page.dialog = FormDialog(QCoreApplication.translate("BinderDialog", "迎检资料"), fields, page, values=values,
                             intro=QCoreApplication.translate("BinderDialog", "把这一类检查要看的全部记录按月合订成一个 PDF：封面、带页码的目录、"
                                                              "每份记录另起一页，并有书签。没有记录的月份不装订，在目录下注明。"))
    page.dialog.run(build, values if path is not None else None)  # given a path (tests): submitted at once
    if made:
        confirm_saved(page, made[0])
        return made[0]
    return None
