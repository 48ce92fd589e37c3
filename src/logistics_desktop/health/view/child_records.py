"""Picking a child: the class first, then a child of that class (全日健康观察, 伤害登记 as a RecordsPage; 传染病, 带药)."""

from __future__ import annotations

from logistics_desktop.health import service
from logistics_desktop.widgets.records_page import RecordsPage


def offer_classes(ctx, form) -> None:
    """The classes in a form's "class_name" choice, the one chosen kept."""
    editor = form.editors["class_name"]
    chosen = editor.value()
    editor.set_choices([""] + ctx.read(service.class_names))
    if chosen:
        editor.set_value(chosen)


def offer_children(ctx, form) -> None:
    """The children of the class chosen in a form's "child" lookup."""
    name = form.editors["class_name"].value()
    form.editors["child"].set_choices([""] + [c.name for c in ctx.read(service.children, name)] if name else [""])


class ChildRecordsPage(RecordsPage):
    """Its fields hold a "class_name" choice and a "child" lookup; the children offered are those of the class chosen."""

    def __init__(self, ctx, **options):
        super().__init__(ctx, module="health", **options)
        self.form.editors["class_name"].edited.connect(self._class_chosen)

    def reload(self) -> None:
        super().reload()
        offer_classes(self.ctx, self.form)
        self._class_chosen()

    def _class_chosen(self) -> None:
        offer_children(self.ctx, self.form)
