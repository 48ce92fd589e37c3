"""A RecordsPage about one child at a time (全日健康观察, 伤害登记): the class chosen first, then a child of that class."""

from __future__ import annotations

from logistics_desktop.health import service
from logistics_desktop.widgets.records_page import RecordsPage


class ChildRecordsPage(RecordsPage):
    """Its fields hold a "class_name" choice and a "child" lookup; the children offered are those of the class chosen."""

    def __init__(self, ctx, **options):
        super().__init__(ctx, module="health", **options)
        self.form.editors["class_name"].edited.connect(self._class_chosen)

    def reload(self) -> None:
        super().reload()
        editor = self.form.editors["class_name"]
        chosen = editor.value()
        editor.set_choices([""] + self.ctx.read(service.class_names))
        if chosen:
            editor.set_value(chosen)
        self._class_chosen()

    def _class_chosen(self) -> None:
        name = self.form.editors["class_name"].value()
        self.form.editors["child"].set_choices([""] + [c.name for c in self.ctx.read(service.children, name)] if name else [""])
