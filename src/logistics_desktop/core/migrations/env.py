from alembic import context
from sqlmodel import SQLModel

from logistics_desktop.core.migrations import include_object
from logistics_desktop.core.models_registry import import_all_models

import_all_models()
connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copy-and-move
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
