"""Growth evaluated by the national standards, offline, from the tables shipped in resources/data/growth/ (each file says
its source and how it was checked). Qt-free and database-free: a measurement in, the indicators and statuses out.

- Under 7 (under 84 months): WS/T 423-2022, 附录 B standard-deviation tables. Statuses by its 表 3 (−3 SD ≤ v < −2 SD
  低体重 …; +1 SD ≤ v < +2 SD 超重, +2 SD ≤ v < +3 SD 肥胖, ≥ +3 SD 重度肥胖); the growth level in five grades by the
  same SD cut-offs (下 < −2 SD ≤ 中下 < −1 SD ≤ 中 < +1 SD ≤ 中上 < +2 SD ≤ 上): the percentile tables (附录 A) are not
  shipped, so the percentile grades are not given. Weight-for-length (under 24 months) is not shipped either.
- 6 to 18 in a school (and every child from 7): WS/T 586-2018 (BMI 超重 / 肥胖) and WS/T 456-2014 (BMI 消瘦; 生长迟缓 by
  height for 6.0–12.0 only), the age rounded down to the half year on the measurement date.
"""

from __future__ import annotations

import csv
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP

UNDER_SEVEN = "WS/T 423-2022"
SCHOOL_AGE = "WS/T 586-2018、WS/T 456-2014"
SD_COLUMNS = ("neg3", "neg2", "neg1", "median", "pos1", "pos2", "pos3")
GRADES = (QT_TRANSLATE_NOOP("Field", "下"), QT_TRANSLATE_NOOP("Field", "中下"), QT_TRANSLATE_NOOP("Field", "中"),
          QT_TRANSLATE_NOOP("Field", "中上"), QT_TRANSLATE_NOOP("Field", "上"))
# every status a child can be given, mildest first within its family; the families are reported once each
FAMILIES = (
    (QT_TRANSLATE_NOOP("Field", "低体重"), QT_TRANSLATE_NOOP("Field", "重度低体重")),
    (QT_TRANSLATE_NOOP("Field", "生长迟缓"), QT_TRANSLATE_NOOP("Field", "重度生长迟缓")),
    (QT_TRANSLATE_NOOP("Field", "消瘦"), QT_TRANSLATE_NOOP("Field", "轻度消瘦"), QT_TRANSLATE_NOOP("Field", "中重度消瘦"),
     QT_TRANSLATE_NOOP("Field", "重度消瘦")),
    (QT_TRANSLATE_NOOP("Field", "超重"), QT_TRANSLATE_NOOP("Field", "肥胖"), QT_TRANSLATE_NOOP("Field", "重度肥胖")),
)
STATUSES = tuple(s for family in FAMILIES for s in family)
NORMAL = QT_TRANSLATE_NOOP("Field", "正常")
INDICATORS = {
    "weight_for_age": QT_TRANSLATE_NOOP("Field", "年龄别体重"),
    "height_for_age": QT_TRANSLATE_NOOP("Field", "年龄别身高"),
    "weight_for_height": QT_TRANSLATE_NOOP("Field", "身高别体重"),
    "bmi_for_age": QT_TRANSLATE_NOOP("Field", "年龄别BMI"),
    "head_for_age": QT_TRANSLATE_NOOP("Field", "年龄别头围"),
    "bmi": QT_TRANSLATE_NOOP("Field", "BMI"),
    "height": QT_TRANSLATE_NOOP("Field", "身高"),
}
LAST_TABLE_MONTH = 81  # the under-7 tables' last row (6 岁 9 月) serves 81–83 months


@dataclass(frozen=True)
class SdRow:
    x: float
    cuts: tuple[float, ...]  # −3 SD … +3 SD


@dataclass(frozen=True)
class Indicator:
    key: str  # a key of INDICATORS
    value: Decimal
    z: float | None = None  # about how many SD from the median (linear between the table's SD points); None by cut-off tables
    grade: str = ""  # one of GRADES, "" where the standard gives none
    status: str = ""  # one of STATUSES, "" for normal


@dataclass(frozen=True)
class Evaluation:
    standard: str  # UNDER_SEVEN | SCHOOL_AGE | "" (not evaluated)
    indicators: tuple[Indicator, ...]
    statuses: tuple[str, ...]  # the worst status of each family, in FAMILIES order; () is normal
    bmi: Decimal | None = None
    missing: str = ""  # why something was not evaluated (the table is not shipped for this age)

    @property
    def summary(self) -> str:
        """超重、生长迟缓 | 正常 | "" when nothing could be evaluated."""
        if not self.standard:
            return ""
        return "、".join(self.statuses) if self.statuses else NORMAL


def _path(name: str):
    from logistics_desktop.paths import resource

    return resource("data", "growth", name)


def _rows(name: str) -> list[dict[str, str]]:
    with open(_path(name), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


@cache
def sd_table(indicator: str, sex: str) -> tuple[SdRow, ...]:
    """A WS/T 423-2022 附录 B table: weight-for-age, height-for-age, bmi-for-age, head-for-age, weight-for-height."""
    sexes = {"男": "boys", "女": "girls"}
    name = f"wst423-2022-{indicator.replace('_', '-')}-{sexes[sex]}.csv"
    return tuple(SdRow(float(r["x"]), tuple(float(r[c]) for c in SD_COLUMNS)) for r in _rows(name))


@cache
def school_cutoffs() -> dict[float, dict[str, float | None]]:
    """Half-year age → the WS/T 586-2018 and WS/T 456-2014 cut-offs of that age (None where not shipped)."""
    found: dict[float, dict[str, float | None]] = {}
    for r in _rows("wst586-2018-bmi.csv"):
        found.setdefault(float(r["age"]), {}).update({k: float(v) for k, v in r.items() if k != "age"})
    for r in _rows("wst456-2014.csv"):
        found.setdefault(float(r["age"]), {}).update({k: float(v) if v else None for k, v in r.items() if k != "age"})
    return found


def cuts_at(table: tuple[SdRow, ...], x: float) -> tuple[float, ...] | None:
    """The SD cut-offs at x, linear between the table's rows (ages by the quarter after 2, heights by the centimetre);
    None outside the table."""
    xs = [row.x for row in table]
    if x < xs[0] or x > xs[-1]:
        return None
    i = bisect_right(xs, x) - 1
    if xs[i] == x or i + 1 == len(xs):
        return table[i].cuts
    lo, hi = table[i], table[i + 1]
    t = (x - lo.x) / (hi.x - lo.x)
    return tuple(a + (b - a) * t for a, b in zip(lo.cuts, hi.cuts))


def z_score(cuts: tuple[float, ...], value: float) -> float:
    """About how many SD `value` is from the median: linear between the SD points, and beyond ±3 SD along the last step."""
    points = list(zip(range(-3, 4), cuts))
    if value <= cuts[1]:
        (z0, v0), (z1, v1) = points[0], points[1]
    elif value >= cuts[5]:
        (z0, v0), (z1, v1) = points[5], points[6]
    else:
        i = bisect_right(list(cuts), value) - 1
        (z0, v0), (z1, v1) = points[i], points[i + 1]
    return z0 + (value - v0) / (v1 - v0) * (z1 - z0)


def grade(cuts: tuple[float, ...], value: float) -> str:
    """表 2 by the SD method: 下 < −2 SD ≤ 中下 < −1 SD ≤ 中 < +1 SD ≤ 中上 < +2 SD ≤ 上."""
    return GRADES[bisect_right([cuts[1], cuts[2], cuts[4], cuts[5]], value)]


def _low(cuts: tuple[float, ...], value: float, mild: str, severe: str) -> str:
    return severe if value < cuts[0] else mild if value < cuts[1] else ""


def _high(cuts: tuple[float, ...], value: float) -> str:
    return "重度肥胖" if value >= cuts[6] else "肥胖" if value >= cuts[5] else "超重" if value >= cuts[4] else ""


def months_on(birth: date, day: date) -> int:
    """Completed months of age on `day`."""
    return (day.year - birth.year) * 12 + day.month - birth.month - (day.day < birth.day)


def half_years(birth: date, day: date) -> float:
    """The age rounded down to the half year (9 岁 7 月 → 9.5)."""
    months = months_on(birth, day)
    return months // 6 / 2


def bmi_of(height_cm: Decimal, weight_kg: Decimal) -> Decimal:
    metres = height_cm / 100
    return (weight_kg / (metres * metres)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def uses_under_seven(birth: date, day: date, school_kind: str) -> bool:
    """Under 7 by WS/T 423-2022, except a primary school's pupils from 6, screened by the school-age standards."""
    months = months_on(birth, day)
    return months < 84 and not (school_kind == "小学" and months >= 72)


def evaluate(sex: str, birth: date, day: date, height_cm: Decimal | None, weight_kg: Decimal | None,
             head_cm: Decimal | None = None, *, school_kind: str = "幼儿园") -> Evaluation:
    """The indicators a measurement allows and the child's statuses; the standard used is part of the result, so a
    stored evaluation says which edition made it."""
    if sex not in ("男", "女") or day < birth:
        return Evaluation("", (), ())
    bmi = bmi_of(height_cm, weight_kg) if height_cm and weight_kg else None
    if uses_under_seven(birth, day, school_kind):
        return _under_seven(sex, min(months_on(birth, day), LAST_TABLE_MONTH), height_cm, weight_kg, head_cm, bmi)
    return _school_age(sex, half_years(birth, day), height_cm, bmi)


def _under_seven(sex: str, months: int, height: Decimal | None, weight: Decimal | None, head: Decimal | None,
                 bmi: Decimal | None) -> Evaluation:
    found: list[Indicator] = []

    def add(key: str, table: str, x: float, value: Decimal | None, status) -> None:
        if value is None:
            return
        cuts = cuts_at(sd_table(table, sex), x)
        if cuts is None:
            return
        v = float(value)
        found.append(Indicator(key, value, round(z_score(cuts, v), 2), grade(cuts, v), status(cuts, v)))

    add("weight_for_age", "weight_for_age", months, weight, lambda c, v: _low(c, v, "低体重", "重度低体重"))
    add("height_for_age", "height_for_age", months, height, lambda c, v: _low(c, v, "生长迟缓", "重度生长迟缓"))
    if months >= 24 and height is not None:  # 身高别体重 is for standing heights (2 to 7); under 2 it is weight-for-length
        add("weight_for_height", "weight_for_height", round(float(height), 1), weight,
            lambda c, v: _low(c, v, "消瘦", "重度消瘦") or _high(c, v))
    add("bmi_for_age", "bmi_for_age", months, bmi, lambda c, v: _low(c, v, "消瘦", "重度消瘦") or _high(c, v))
    if months <= 36:
        add("head_for_age", "head_for_age", months, head, lambda c, v: "")
    missing = "" if months >= 24 or height is None else QT_TRANSLATE_NOOP("Field", "2 岁以下的身长别体重未评价（未收该表）")
    return Evaluation(UNDER_SEVEN, tuple(found), worst(i.status for i in found), bmi, missing)


def _school_age(sex: str, age: float, height: Decimal | None, bmi: Decimal | None) -> Evaluation:
    table = school_cutoffs()
    ages = sorted(table)
    if age < ages[0] or age > 18:
        return Evaluation("", (), (), bmi)
    row = table[max(a for a in ages if a <= age)]
    who = "boys" if sex == "男" else "girls"
    found: list[Indicator] = []
    missing = ""
    if bmi is not None:
        v = float(bmi)
        status = ""
        if row.get(f"{who}_obese") is not None and v >= row[f"{who}_obese"]:
            status = "肥胖"
        elif row.get(f"{who}_overweight") is not None and v >= row[f"{who}_overweight"]:
            status = "超重"
        elif row.get(f"{who}_bmi_severe") is not None and v <= row[f"{who}_bmi_severe"]:
            status = "中重度消瘦"
        elif row.get(f"{who}_bmi_mild") is not None and v <= row[f"{who}_bmi_mild"]:
            status = "轻度消瘦"
        found.append(Indicator("bmi", bmi, None, "", status))
        if row.get(f"{who}_bmi_mild") is None:
            missing = QT_TRANSLATE_NOOP("Field", "该年龄的消瘦界值未收，未评价消瘦")
    if height is not None:
        cut = row.get(f"{who}_stunting_cm")
        if cut is None:
            missing = QT_TRANSLATE_NOOP("Field", "12.5 岁起的生长迟缓界值未收，未评价生长迟缓")
        else:
            found.append(Indicator("height", height, None, "", "生长迟缓" if float(height) <= cut else ""))
    return Evaluation(SCHOOL_AGE, tuple(found), worst(i.status for i in found), bmi, missing)


def worst(statuses) -> tuple[str, ...]:
    """The most severe status of each family (身高别体重 超重 and BMI 肥胖 make 肥胖), in FAMILIES order."""
    given = set(statuses)
    return tuple(max(hit, key=family.index) for family in FAMILIES if (hit := [s for s in family if s in given]))


def plausible(sex: str, birth: date, day: date, key: str, value: Decimal, *, school_kind: str = "幼儿园") -> str:
    """"" or why a value cannot be this child's (a slip of the keyboard): beyond ±6 SD of the standard where one is
    shipped (WHO's flags for implausible values), else outside the range any child of school age can have."""
    months = months_on(birth, day)
    table = {"height_cm": "height_for_age", "weight_kg": "weight_for_age", "head_cm": "head_for_age"}.get(key)
    if table and months < 84 and not (key == "head_cm" and months > 36):
        cuts = cuts_at(sd_table(table, sex), min(months, LAST_TABLE_MONTH))
        if cuts is not None and abs(z_score(cuts, float(value))) > 6:
            low, high = _at_z(cuts, -6), _at_z(cuts, 6)
            return f"{low:.1f}–{high:.1f}"
        return ""
    ranges = {"height_cm": (80, 200), "weight_kg": (12, 150), "head_cm": (40, 62)}
    low, high = ranges.get(key, (None, None))
    if low is not None and not low <= value <= high:
        return f"{low}–{high}"
    return ""


def _at_z(cuts: tuple[float, ...], z: float) -> float:
    if z < 0:
        return cuts[0] + (z + 3) * (cuts[1] - cuts[0])
    return cuts[6] + (z - 3) * (cuts[6] - cuts[5])
