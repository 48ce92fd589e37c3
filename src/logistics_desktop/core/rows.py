"""Plain rows: a frozen copy of a table row for pages and reports, so a view never holds an ORM object
(nothing loads lazily behind its back, nothing it changes is written back)."""

from __future__ import annotations

from dataclasses import asdict, fields, make_dataclass
from typing import Any

_TYPES: dict[type, type] = {}


def row_type(model: type) -> type:
    """The frozen dataclass of a model's fields, made once per model: `ChecklistAreaRow(id=…, name=…, …)`."""
    found = _TYPES.get(model)
    if found is None:
        found = make_dataclass(f"{model.__name__}Row", [(name, Any) for name in model.model_fields], frozen=True,
                               namespace={"as_dict": lambda self: asdict(self), "__doc__": f"A plain row of {model.__tablename__}."})
        _TYPES[model] = found
    return found


def plain(obj: Any) -> Any:
    kind = row_type(type(obj))
    return kind(**{f.name: getattr(obj, f.name) for f in fields(kind)})


def plains(objs) -> list[Any]:
    return [plain(o) for o in objs]
