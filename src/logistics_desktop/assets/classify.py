"""A register without a class column, or with classes the school's list lacks, still imports: the class is inferred from
the item's name and spec through the school's table of words (设置 → 分类推断词, shipped with the items schools own), from the
2010 and 2022 category words of a 类别 column, or from a code finer than the list (its nearest listed parent). Each
inferred class is kept on the card with how it was found, for review. Qt-free."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from sqlmodel import Session, select

from logistics_desktop.assets.models import AssetClassWord
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP

_CODE = re.compile(r"[A-Z]\d{2,}")
CATEGORY_WORD, ITEM_WORD = QT_TRANSLATE_NOOP("Field", "类别词"), QT_TRANSLATE_NOOP("Field", "名称中的词")
RULES = ("名称", "类别", "上级分类", "默认分类")  # how a class was found, as kept on the card before "：…"


@dataclass
class Classifier:
    classes: set[str]
    names: dict[str, str]  # class name -> code
    words: list[tuple[str, str]]  # item words, longest first
    categories: dict[str, str]  # category word -> code
    default: str = ""  # the class the user chose once for the rows still unmatched (--default-class)
    counts: Counter = field(default_factory=Counter)

    @classmethod
    def load(cls, session: Session, classes: set[str], names: dict[str, str], default: str = "") -> Classifier:
        rows = session.exec(select(AssetClassWord.word, AssetClassWord.class_code, AssetClassWord.category)).all()
        words = sorted(((w, c) for w, c, category in rows if not category), key=lambda wc: -len(wc[0]))
        return cls(classes, names, words, {w: c for w, c, category in rows if category}, default)

    def classify(self, given: str, name: str, spec: str = "") -> tuple[str, str]:
        """(the class text to check, how it was inferred — "" when the register's own class is used as it is)."""
        text = " ".join(str(given or "").split())
        code = text.split()[0].upper() if text else ""
        if code in self.classes or text in self.names:
            return text, ""
        if _CODE.fullmatch(code):  # a code finer than the school's list: its nearest listed parent, said as such
            parent = next((code[:n] for n in range(len(code) - 1, 2, -1) if code[:n] in self.classes), "")
            if parent:
                return self._found(parent, "上级分类", f"{code} → {parent}")
        category = self.categories.get(text)
        haystack = f"{name} {spec}"
        item = next(((w, c) for w, c in self.words if w in haystack), None)
        if item and (not category or item[1].startswith(category)):
            return self._found(item[1], "名称", item[0])
        if category:
            return self._found(category, "类别", text)
        if self.default and not code:
            return self._found(self.default, "默认分类", self.default)
        return text, ""

    def _found(self, code: str, rule: str, detail: str) -> tuple[str, str]:
        self.counts[rule] += 1
        return code, f"{rule}：{detail}"

    def summary(self) -> str:
        """How many rows were classed by which rule, for the import's report."""
        if not self.counts:
            return ""
        said = {"名称": "按名称推断 %d 行", "类别": "按类别推断 %d 行", "上级分类": "取上级分类 %d 行", "默认分类": "用默认分类 %d 行"}
        parts = [said[rule] % self.counts[rule] for rule in RULES if self.counts[rule]]
        return "分类为推断：" + "，".join(parts) + "（资产列表的“使用状况”中选“分类为推断”可逐张核对）"


def words(session: Session) -> list[dict]:
    """The table as the settings page lists it: item words, then category words, each with its class's name."""
    from logistics_desktop.assets.models import AssetClass

    names = dict(session.exec(select(AssetClass.code, AssetClass.name)).all())
    rows = session.exec(select(AssetClassWord).order_by(AssetClassWord.category, AssetClassWord.class_code, AssetClassWord.word))
    return [{"id": w.id, "word": w.word, "class_code": w.class_code, "class_name": names.get(w.class_code, ""),
             "category": w.category, "kind": CATEGORY_WORD if w.category else ITEM_WORD} for w in rows]


def save_word(session: Session, values: dict) -> int:
    """A word and its class; saving a word that is there changes its class."""
    from logistics_desktop.assets.models import AssetClass
    from logistics_desktop.core import audit
    from logistics_desktop.core.errors import InputError, InputErrors

    errors = []
    word = " ".join(str(values.get("word") or "").split())
    code = str(values.get("class_code") or "").split(" ")[0].strip().upper()
    if not word:
        errors.append(InputError("word", "请填写词语"))
    elif len(word) > 20:
        errors.append(InputError("word", "词语最多 20 个字"))
    if not code:
        errors.append(InputError("class_code", "请选择分类"))
    elif session.get(AssetClass, code) is None:
        errors.append(InputError("class_code", f"分类“{code}”不在资产分类中"))
    if errors:
        raise InputErrors(errors)
    row = session.exec(select(AssetClassWord).where(AssetClassWord.word == word)).first()
    old = row.model_dump() if row else None
    row = row or AssetClassWord(word=word, class_code=code)
    row.class_code, row.category = code, bool(values.get("category"))
    session.add(row)
    session.flush()
    audit.record(session, "asset_class_word", row.id, "修改" if old else "新增", old, row.model_dump())
    return row.id


def delete_word(session: Session, word_id: int) -> None:
    from logistics_desktop.core import audit
    from logistics_desktop.core.errors import InputError

    row = session.get(AssetClassWord, word_id)
    if row is None:
        raise InputError("", "这个词已被删除")
    old = row.model_dump()
    session.delete(row)
    audit.record(session, "asset_class_word", word_id, "删除", old, None)
