"""Tables of the health module: the children, and the classes' morning and noon checks (晨午检) with their entries.

Records about children: they appear only on the health screens and forms (DOMAIN.md §3, HEALTH.md).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, DateTime, UniqueConstraint
from sqlmodel import Field, SQLModel

from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP
from logistics_desktop.core.types import Quantity

SEXES = (QT_TRANSLATE_NOOP("Field", "男"), QT_TRANSLATE_NOOP("Field", "女"))
SESSIONS = (QT_TRANSLATE_NOOP("Field", "晨检"), QT_TRANSLATE_NOOP("Field", "午检"))
SYMPTOMS = (QT_TRANSLATE_NOOP("Field", "发热"), QT_TRANSLATE_NOOP("Field", "皮疹"), QT_TRANSLATE_NOOP("Field", "咳嗽"),
            QT_TRANSLATE_NOOP("Field", "腹泻"), QT_TRANSLATE_NOOP("Field", "呕吐"), QT_TRANSLATE_NOOP("Field", "黄疸"),
            QT_TRANSLATE_NOOP("Field", "精神差"), QT_TRANSLATE_NOOP("Field", "其他"))
ACTIONS = (QT_TRANSLATE_NOOP("Field", "观察"), QT_TRANSLATE_NOOP("Field", "通知家长"), QT_TRANSLATE_NOOP("Field", "离园就医"),
           QT_TRANSLATE_NOOP("Field", "隔离"))
ABSENCE_REASONS = (QT_TRANSLATE_NOOP("Field", "病假"), QT_TRANSLATE_NOOP("Field", "事假"), QT_TRANSLATE_NOOP("Field", "其他"))


class Child(SQLModel, table=True):
    """A child (幼儿 or 学生) of a class; `alerts` (allergies, conditions) is shown wherever the child appears."""

    __tablename__ = "health_child"
    __table_args__ = (UniqueConstraint("name", "birth_date", "class_id"), {"info": {"title": "幼儿/学生"}})

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    sex: str
    birth_date: date
    class_id: int = Field(foreign_key="school_class.id", ondelete="RESTRICT", index=True)
    guardian: str = ""
    phone: str = ""
    alerts: str = ""  # 过敏、疾病等提示
    enrolled_on: date | None = None
    left_on: date | None = None  # 离园/离校


class DailyCheck(SQLModel, table=True):
    """One class's 晨检 or 午检 on one day; a class without one for a session is 未检 (never "normal")."""

    __tablename__ = "health_check"
    __table_args__ = (UniqueConstraint("class_id", "day", "session"), {"info": {"title": "晨午检"}})

    id: int | None = Field(default=None, primary_key=True)
    class_id: int = Field(foreign_key="school_class.id", ondelete="RESTRICT", index=True)
    day: date = Field(index=True)
    session: str  # 晨检 | 午检
    checker: str
    checked_at: datetime = Field(sa_column=Column(DateTime, nullable=False))


class CheckEntry(SQLModel, table=True):
    """A child at a check: present or absent (with the reason), and a finding if there was one."""

    __tablename__ = "health_check_entry"
    __table_args__ = (UniqueConstraint("check_id", "child_id"), {"info": {"title": "晨午检明细"}})

    id: int | None = Field(default=None, primary_key=True)
    check_id: int = Field(foreign_key="health_check.id", ondelete="CASCADE", index=True)
    child_id: int = Field(foreign_key="health_child.id", ondelete="RESTRICT", index=True)
    present: bool = True
    absence_reason: str = ""  # 病假 | 事假 | 其他
    symptom: str = ""  # one of SYMPTOMS, "" for none
    temperature: Decimal | None = Field(default=None, sa_type=Quantity)
    action: str = ""  # one of ACTIONS
    item_taken: str = ""  # 危险物品 taken away
    note: str = ""


class OutbreakRule(SQLModel, table=True):
    """A rule the program watches the checks and absences with: `cases` children with one of `symptoms` within `days`
    consecutive days, in one class or the whole school, to be reported within `report_hours`."""

    __tablename__ = "health_outbreak_rule"
    __table_args__ = {"info": {"title": "疫情预警规则"}}

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    symptoms: str  # 发热、皮疹 …: each counted on its own ("similar symptoms")
    days: int
    cases: int
    scope: str  # 班级 | 全校
    report_hours: int = 24
    active: bool = True
    source: str = ""
    disease: str = ""  # a disease cluster rule: counts the register's cases of this disease by onset (symptoms then "")


class OutbreakWarning(SQLModel, table=True):
    """A rule crossed: the cases that crossed it, and what the doctor did (报告 to whom and when, or 排除 with the reason)."""

    __tablename__ = "health_outbreak_warning"
    __table_args__ = {"info": {"title": "疫情预警"}}

    id: int | None = Field(default=None, primary_key=True)
    rule_id: int = Field(foreign_key="health_outbreak_rule.id", ondelete="RESTRICT", index=True)
    class_id: int | None = Field(default=None, foreign_key="school_class.id", ondelete="RESTRICT")  # None: the whole school
    symptom: str
    first_day: date
    last_day: date
    cases: int
    raised_at: datetime = Field(sa_column=Column(DateTime, nullable=False))
    deadline: datetime = Field(sa_column=Column(DateTime, nullable=False))
    status: str = "待报告"  # 待报告 | 已报告 | 已排除
    reported_to: str = ""
    handled_by: str = ""
    handled_at: datetime | None = Field(default=None, sa_column=Column(DateTime, nullable=True))
    reason: str = ""  # why it was dismissed


class AbsenceFollowUp(SQLModel, table=True):
    """因病缺勤追踪: opened by the check that found a child away ill, followed the same day (who was called, where the
    child was seen, the diagnosis), closed when the child is back."""

    __tablename__ = "health_absence_followup"
    __table_args__ = {"info": {"title": "因病缺勤追踪"}}

    id: int | None = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="health_child.id", ondelete="RESTRICT", index=True)
    first_day: date = Field(index=True)
    symptom: str = ""
    called: str = ""  # 联系了谁（家长姓名、电话）
    called_at: datetime | None = Field(default=None, sa_column=Column(DateTime, nullable=True))
    seen_at: str = ""  # 就诊医院
    diagnosis: str = ""
    expected_return: date | None = None
    returned_on: date | None = None
    certificate_checked: bool = False  # 复课证明已查验
    tracker: str = ""


class Observation(SQLModel, table=True):
    """全日健康观察: what the doctor or a teacher saw in a child during the day, and what was done."""

    __tablename__ = "health_observation"
    __table_args__ = {"info": {"title": "全日健康观察"}}

    id: int | None = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="health_child.id", ondelete="RESTRICT", index=True)
    at: datetime = Field(sa_column=Column(DateTime, nullable=False, index=True))
    symptom: str = ""  # one of SYMPTOMS, or ""
    situation: str  # 情况
    action: str  # one of ACTIONS
    follow_up: bool = False  # 需跟踪
    recorder: str


class Disease(SQLModel, table=True):
    """A disease of the register with its editable defaults: isolation days counted from onset, diagnosis or the end of
    the symptoms (None: the doctor enters the date), and the class's observation period; seeded from core/rules.py DISEASES."""

    __tablename__ = "health_disease"
    __table_args__ = {"info": {"title": "传染病病种"}}

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    isolation_days: int | None = None
    counted_from: str = "发病日"  # 发病日 | 诊断日 | 症状消失日
    isolation_note: str = ""  # what the isolation waits for (疱疹全部结痂 …)
    observation_days: int | None = None
    source: str = ""


class DiseaseCase(SQLModel, table=True):
    """传染病登记: a child's case, its isolation, the return on a 复课证明 checked by the doctor, the class's observation
    period and the terminal disinfection."""

    __tablename__ = "health_disease_case"
    __table_args__ = {"info": {"title": "传染病登记"}}

    id: int | None = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="health_child.id", ondelete="RESTRICT", index=True)
    disease_id: int = Field(foreign_key="health_disease.id", ondelete="RESTRICT", index=True)
    onset: date = Field(index=True)
    diagnosed_on: date | None = None
    hospital: str = ""
    symptoms_ended: date | None = None
    left_on: date | None = None  # 离园/离校
    isolation_from: date
    isolation_to: date | None = None
    returned_on: date | None = None
    certificate_from: str = ""  # 复课证明 issued by (hospital)
    certificate_checked_by: str = ""  # the doctor who checked it; a return needs it
    observation_to: date | None = None  # the class's 医学观察期 ends
    disinfected_on: date | None = None  # 终末消毒
    disinfected_by: str = ""
    recorder: str = ""
    note: str = ""


class DisinfectionRule(SQLModel, table=True):
    """附件3 minimums for one object and method, edited by the school (设置 → 消毒要求); seeded from core/rules.py."""

    __tablename__ = "health_disinfection_rule"
    __table_args__ = (UniqueConstraint("target", "method"), {"info": {"title": "消毒要求"}})

    id: int | None = Field(default=None, primary_key=True)
    target: str  # 区域/对象
    method: str
    min_minutes: int
    min_mg_l: int | None = None  # available chlorine, mg/L
    max_mg_l: int | None = None


class AnaemiaCutoff(SQLModel, table=True):
    """贫血界值 by age band, edited by the school (设置 → 贫血界值); seeded with the WHO 2011 values of core/rules.py.
    A band runs from its month to the next band's (the last to 15 years)."""

    __tablename__ = "health_anaemia_cutoff"
    __table_args__ = ({"info": {"title": "贫血界值"}},)

    id: int | None = Field(default=None, primary_key=True)
    from_months: int = Field(unique=True)  # 月龄起
    below: int  # 贫血: Hb below this, g/L
    severe_below: int  # 中重度贫血: below this, g/L


class HealthDisinfection(SQLModel, table=True):
    """消毒记录 of the health office: preventive (预防性) or terminal (终末) disinfection of an area or objects."""

    __tablename__ = "health_disinfection"
    __table_args__ = {"info": {"title": "卫生保健消毒记录"}}

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=Column(DateTime, nullable=False, index=True))
    kind: str = "预防性"  # 预防性 | 终末
    target: str  # 区域/对象 (a rule's target, or another the doctor names)
    place: str = ""  # 小一班活动室 …
    method: str
    mg_l: int | None = None  # concentration measured (chlorine)
    minutes: int
    operator: str
    checker: str
    flag: str = ""  # 时间不足 / 浓度不足 / 浓度过高 / 无此方法的要求, kept and printed


class Medication(SQLModel, table=True):
    """带药: the parent's request for one day (only that day's doses are taken in), checked against the child's alerts."""

    __tablename__ = "health_medication"
    __table_args__ = {"info": {"title": "带药登记"}}

    id: int | None = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="health_child.id", ondelete="RESTRICT", index=True)
    day: date = Field(index=True)
    medicine: str
    dose: str  # 每次剂量 (5 ml, 1 片)
    times: str  # 10:00、14:30
    method: str = ""  # 口服 …
    notes: str = ""  # 注意事项
    parent: str  # 家长 who handed it over and signs the paper form
    prescription: bool = False
    allergy_confirmed: bool = False  # an alert that matched was checked with the parent
    received_by: str


class MedicationDose(SQLModel, table=True):
    """One dose of a request: due at its time, given (time, person, checker, reaction) or still open."""

    __tablename__ = "health_medication_dose"
    __table_args__ = {"info": {"title": "服药记录"}}

    id: int | None = Field(default=None, primary_key=True)
    medication_id: int = Field(foreign_key="health_medication.id", ondelete="CASCADE", index=True)
    due: datetime = Field(sa_column=Column(DateTime, nullable=False, index=True))
    given_at: datetime | None = Field(default=None, sa_column=Column(DateTime, nullable=True))
    giver: str = ""
    checker: str = ""
    reaction: str = ""


class Injury(SQLModel, table=True):
    """儿童伤害登记: what happened to a child, where and when, what was done, the parents told, the teacher on duty."""

    __tablename__ = "health_injury"
    __table_args__ = {"info": {"title": "儿童伤害登记"}}

    id: int | None = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="health_child.id", ondelete="RESTRICT", index=True)
    at: datetime = Field(sa_column=Column(DateTime, nullable=False, index=True))
    place: str
    kind: str  # 跌伤, 碰撞, 被下落物击中, 烫伤, 异物, 其他
    what_happened: str
    treatment: str
    parents_told: str  # when and how
    teacher: str  # 当班责任人
    recorder: str


class Measurement(SQLModel, table=True):
    """A child's measurement on a day (a term's measurement round, or the examination results a hospital hands back),
    with its evaluation as made then: `standard` names the edition, so a later one does not rewrite old results."""

    __tablename__ = "health_measurement"
    __table_args__ = (UniqueConstraint("child_id", "day"), {"info": {"title": "体格测量"}})

    id: int | None = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="health_child.id", ondelete="RESTRICT", index=True)
    day: date = Field(index=True)
    height_cm: Decimal | None = Field(default=None, sa_type=Quantity)
    weight_kg: Decimal | None = Field(default=None, sa_type=Quantity)
    head_cm: Decimal | None = Field(default=None, sa_type=Quantity)  # kindergartens, under 3
    waist_cm: Decimal | None = Field(default=None, sa_type=Quantity)  # schools
    hip_cm: Decimal | None = Field(default=None, sa_type=Quantity)
    vision_left: Decimal | None = Field(default=None, sa_type=Quantity)  # 五分记录 (5.0) or 小数记录 (1.0), as measured
    vision_right: Decimal | None = Field(default=None, sa_type=Quantity)
    haemoglobin: int | None = None  # g/L
    caries: int | None = None  # 龋齿数
    measurer: str = ""
    source: str = ""  # "" typed; the file's name when imported
    standard: str = ""  # the standard the statuses come from ("" not evaluated)
    statuses: str = ""  # 超重、生长迟缓 | 正常 | "" (not evaluated)


class CaseFile(SQLModel, table=True):
    """体弱儿 / 肥胖儿专案: opened by the doctor (often on the evaluation's proposal), followed up, closed with an outcome."""

    __tablename__ = "health_case_file"
    __table_args__ = {"info": {"title": "体弱儿/肥胖儿专案"}}

    id: int | None = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="health_child.id", ondelete="RESTRICT", index=True)
    kind: str  # 体弱儿 | 肥胖儿
    reason: str  # 中重度消瘦、生长迟缓 | 肥胖 | 贫血（Hb 98 g/L）…
    severe: bool = False  # reviewed monthly (else every 2–3 months)
    opened_on: date = Field(index=True)
    opened_by: str
    next_review: date | None = None
    closed_on: date | None = None
    outcome: str = ""  # 痊愈 | 好转 | 未愈 | 离园/转出
    closed_by: str = ""


class CaseFollowUp(SQLModel, table=True):
    """A follow-up of a case file: what was found and done, and when to look again."""

    __tablename__ = "health_case_followup"
    __table_args__ = {"info": {"title": "专案随访"}}

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="health_case_file.id", ondelete="CASCADE", index=True)
    day: date
    findings: str
    measures: str = ""
    next_review: date | None = None
    by: str
