"""Marks user-visible strings of Qt-free code for translation without importing Qt.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; pyside6-lupdate finds the calls,
and the views translate the text at display time with QCoreApplication.translate(context, text).
Contexts: "Field" for field and option labels, "Module" for module, page, form and kind titles, "Home" for
the sentences Qt-free code builds for 首页 and the pages.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text


class Sentence(str):
    """A sentence built in Qt-free code (a 首页 line, a due date): its Chinese source with %1, %2 … and the values put in.

    It is the Chinese text as a str, so services, the CLI and the printed forms use it as it is; a view shows
    `shown(sentence, translate)`, the source translated in `context` and the values put back in (values may be
    Sentences themselves, or words offered by the program, translated in "Field").
    """

    source: str
    args: tuple
    context: str

    def __new__(cls, source: str, *args, context: str = "Home"):
        text = super().__new__(cls, fill(source, [str(a) for a in args]))
        text.source, text.args, text.context = source, args, context
        return text


class Word(str):
    """A word the program offers (a meal, a status) put into a Sentence: shown translated in "Field"."""


def fill(template: str, args) -> str:
    """Qt's %1 … %n, filled from the highest number down (so %1 never eats the start of %10)."""
    for n in range(len(args), 0, -1):
        template = template.replace(f"%{n}", args[n - 1])
    return template


def shown(text: str, translate, *, words: str = "Field") -> str:
    """A text in the interface's language: a Sentence translated with its values, a stored word through `words`."""
    if isinstance(text, Sentence):
        return fill(translate(text.context, text.source),
                    [shown(a, translate, words=words) if isinstance(a, (Sentence, Word)) else str(a) for a in text.args])
    return translate(words, text) if text else text
