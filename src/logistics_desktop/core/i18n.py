"""Marks user-visible strings of Qt-free code for translation without importing Qt.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; pyside6-lupdate finds the calls,
and the views translate the text at display time with QCoreApplication.translate(context, text).
Contexts: "Field" for field and option labels, "Module" for module, page, form and kind titles.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text
