"""Shared Qt parts: field editors with inline errors, the PDF preview, the import dialog, table models."""
