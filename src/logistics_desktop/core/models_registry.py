"""Import every module's tables so SQLModel.metadata is complete (for migrations and tests)."""


def import_all_models() -> None:
    import logistics_desktop.core.audit  # noqa: F401
    from logistics_desktop.modules import all_modules

    for module in all_modules():
        if module.models:
            __import__(module.models)
