"""传染病登记: a child's case with its isolation (the default length from the editable per-disease table), the return on a
复课证明 checked by the doctor, the class's medical observation period and the terminal disinfection; the 传染病登记表, the
term's 发病统计 and the 复课查验证明 in two copies. Saving a case runs the outbreak rules (the disease cluster rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, select

from logistics_desktop.core import audit, rules
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.fields import a_choice, a_date, a_whole, collect, tidy
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from logistics_desktop.core.modules import HomeItem
from logistics_desktop.core.rows import plains
from logistics_desktop.directory import service as directory
from logistics_desktop.health.models import Child, Disease, DiseaseCase

ANCHORS = rules.ISOLATION_FROM


def diseases(session: Session) -> list:
    return plains(session.exec(select(Disease).order_by(Disease.id)))


def disease_names(session: Session) -> list[str]:
    return [d.name for d in diseases(session)]


def save_disease(session: Session, values: dict[str, Any], disease_id: int | None = None) -> int:
    """A row of the per-disease table: isolation days and what they are counted from, the class's observation days."""
    errors: list[InputError] = []
    name = tidy(values.get("name"))
    if not name:
        errors.append(InputError("name", "请填写病名"))
    numbers = {key: collect(errors, a_whole, values.get(key), key, label, 1, 60, hint="，不确定时留空") if tidy(values.get(key)) else None
               for key, label in (("isolation_days", "隔离天数"), ("observation_days", "观察天数"))}
    counted_from = collect(errors, a_choice, values.get("counted_from") or "发病日", "counted_from", "起算", ANCHORS)
    if name and session.exec(select(Disease.id).where(Disease.name == name, Disease.id != (disease_id or -1))).first():
        errors.append(InputError("name", f"已有病种“{name}”"))
    if errors:
        raise InputErrors(errors)
    row = session.get(Disease, disease_id) if disease_id else Disease(name=name)
    old = row.model_dump() if disease_id else None
    row.name, row.counted_from = name, counted_from
    row.isolation_days, row.observation_days = numbers["isolation_days"], numbers["observation_days"]
    row.isolation_note, row.source = tidy(values.get("isolation_note")), tidy(values.get("source"))
    session.add(row)
    session.flush()
    audit.record(session, "health_disease", row.id, "修改" if disease_id else "新增", old, row.model_dump())
    return row.id


def isolation_end(disease: Disease, onset: date | None, diagnosed_on: date | None, symptoms_ended: date | None) -> date | None:
    """The table's default end of isolation, or None when it has no length or its starting day is not known yet."""
    start = {"发病日": onset, "诊断日": diagnosed_on or onset, "症状消失日": symptoms_ended}.get(disease.counted_from)
    return start + timedelta(days=disease.isolation_days) if start and disease.isolation_days else None


def observation_end(disease: Disease, onset: date | None) -> date | None:
    return onset + timedelta(days=disease.observation_days) if onset and disease.observation_days else None


def _optional_date(errors: list[InputError], values: dict[str, Any], key: str, label: str) -> date | None:
    return collect(errors, a_date, values.get(key), key, label) if tidy(values.get(key)) else None


def save_case(session: Session, values: dict[str, Any], case_id: int | None = None, *, today: date | None = None) -> int:
    """A case added or brought up to date. A return needs the 复课证明 checked (by whom, from which hospital) and the
    isolation over; isolation and observation ends left blank (or left at the old default) take the table's default."""
    from logistics_desktop.health import outbreaks
    from logistics_desktop.health.service import child_in_class

    today = today or date.today()
    case = session.get(DiseaseCase, case_id) if case_id else None
    if case_id and case is None:
        raise InputError("", "这条登记已不存在")
    errors: list[InputError] = []
    class_name = tidy(values.get("class_name"))
    if not class_name:
        errors.append(InputError("class_name", "请选择班级"))
    onset = collect(errors, a_date, values.get("onset"), "onset", "发病日期")
    child_id = collect(errors, child_in_class, session, values.get("child"), class_name, onset or today) if class_name else None
    name = tidy(values.get("disease"))
    disease = session.exec(select(Disease).where(Disease.name == name)).first() if name else None
    if disease is None:
        errors.append(InputError("disease", f"病名“{name}”不在病种表中" if name else "请选择病名"))
    dates = {key: _optional_date(errors, values, key, label) for key, label in (
        ("diagnosed_on", "诊断日期"), ("symptoms_ended", "症状消失日期"), ("left_on", "离园/离校日期"), ("isolation_from", "隔离开始"),
        ("isolation_to", "隔离结束"), ("returned_on", "返校日期"), ("observation_to", "班级观察期至"), ("disinfected_on", "终末消毒日期"))}
    if onset and onset > today:
        errors.append(InputError("onset", "发病日期不能晚于今天"))
    for key, label in (("diagnosed_on", "诊断日期"), ("symptoms_ended", "症状消失日期"), ("returned_on", "返校日期"), ("isolation_to", "隔离结束")):
        if onset and dates[key] and dates[key] < onset:
            errors.append(InputError(key, f"{label}不能早于发病日期 {onset:%Y-%m-%d}"))
    for key, label in (("diagnosed_on", "诊断日期"), ("returned_on", "返校日期"), ("disinfected_on", "终末消毒日期"), ("symptoms_ended", "症状消失日期")):
        if dates[key] and dates[key] > today:
            errors.append(InputError(key, f"{label}不能晚于今天"))
    text = {k: tidy(values.get(k)) for k in ("hospital", "certificate_from", "certificate_checked_by", "disinfected_by", "recorder", "note")}
    if not text["recorder"]:
        errors.append(InputError("recorder", "请填写登记人"))
    if dates["disinfected_on"] and not text["disinfected_by"]:
        errors.append(InputError("disinfected_by", "请填写终末消毒的执行人"))
    if errors:
        raise InputErrors(errors)
    old = case.model_dump() if case else None
    old_disease = session.get(Disease, case.disease_id) if case else None
    isolation_to = dates["isolation_to"]
    if isolation_to is None or (case and old_disease and isolation_to == isolation_end(old_disease, case.onset, case.diagnosed_on, case.symptoms_ended)):
        isolation_to = isolation_end(disease, onset, dates["diagnosed_on"], dates["symptoms_ended"]) or isolation_to
    observation_to = dates["observation_to"]
    if observation_to is None or (case and old_disease and observation_to == observation_end(old_disease, case.onset)):
        observation_to = observation_end(disease, onset) or observation_to
    returned = dates["returned_on"]
    if returned:
        if not (text["certificate_checked_by"] and text["certificate_from"]):
            errors.append(InputError("certificate_checked_by", "复课须凭医院开具的复课证明，由保健医查验后签名：请填写证明开具医院和查验人"))
        if isolation_to and returned < isolation_to:
            errors.append(InputError("returned_on", f"隔离期至 {isolation_to:%Y-%m-%d}，未满不能复课；医生结论不同时请先修改隔离结束日期"))
        if isolation_to is None and disease.isolation_days and disease.counted_from == "症状消失日" and not dates["symptoms_ended"]:
            errors.append(InputError("symptoms_ended", f"{disease.name}隔离至{disease.isolation_note}：请先填写症状消失日期"))
    if errors:
        raise InputErrors(errors)
    case = case or DiseaseCase(child_id=child_id, disease_id=disease.id, onset=onset, isolation_from=onset)
    case.child_id, case.disease_id, case.onset = child_id, disease.id, onset
    for key in ("diagnosed_on", "symptoms_ended", "left_on", "returned_on", "disinfected_on"):
        setattr(case, key, dates[key])
    case.isolation_from = dates["isolation_from"] or dates["left_on"] or onset
    case.isolation_to, case.observation_to = isolation_to, observation_to
    for key, value in text.items():
        setattr(case, key, value)
    session.add(case)
    session.flush()
    audit.record(session, "health_disease_case", case.id, "修改" if old else "新增", None, {"onset": onset, "returned_on": returned})
    longest = max((r.days for r in outbreaks.rules(session, active_only=True) if r.disease), default=1)
    for n in range(longest):  # every window the case falls in, up to today
        if onset + timedelta(days=n) > today:
            break
        outbreaks.check_outbreaks(session, onset + timedelta(days=n))
    return case.id


@dataclass(frozen=True)
class CaseRow:
    id: int
    child: str
    sex: str
    birth_date: date
    class_name: str
    disease: str
    onset: date
    diagnosed_on: date | None
    hospital: str
    symptoms_ended: date | None
    left_on: date | None
    isolation_from: date
    isolation_to: date | None
    returned_on: date | None
    certificate_from: str
    certificate_checked_by: str
    observation_to: date | None
    disinfected_on: date | None
    disinfected_by: str
    recorder: str
    note: str

    @property
    def open(self) -> bool:
        return self.returned_on is None


def cases(session: Session, *, first: date | None = None, end: date | None = None, open_only: bool = False,
          case_id: int | None = None) -> list[CaseRow]:
    names = {r["id"]: r["name"] for r in directory.rows(session, directory.CLASSES)}
    stmt = (select(DiseaseCase, Child, Disease).join(Child, Child.id == DiseaseCase.child_id).join(Disease, Disease.id == DiseaseCase.disease_id)
            .order_by(DiseaseCase.onset, DiseaseCase.id))
    if first:
        stmt = stmt.where(DiseaseCase.onset >= first)
    if end:
        stmt = stmt.where(DiseaseCase.onset < end)
    if open_only:
        stmt = stmt.where(DiseaseCase.returned_on == None)  # noqa: E711
    if case_id is not None:
        stmt = stmt.where(DiseaseCase.id == case_id)
    return [CaseRow(k.id, c.name, c.sex, c.birth_date, names.get(c.class_id, ""), d.name, k.onset, k.diagnosed_on, k.hospital, k.symptoms_ended,
                    k.left_on, k.isolation_from, k.isolation_to, k.returned_on, k.certificate_from, k.certificate_checked_by, k.observation_to,
                    k.disinfected_on, k.disinfected_by, k.recorder, k.note) for k, c, d in session.exec(stmt)]


def case_values(session: Session, case_id: int) -> dict[str, Any]:
    row = next(iter(cases(session, case_id=case_id)), None)
    if row is None:
        raise InputError("", "这条登记已不存在")
    return {**row.__dict__, "class_name": row.class_name}


def home_items(session: Session, today: date) -> list[HomeItem]:
    """首页, counts and class names only: isolations over and waiting for the 复课查验, classes under observation,
    terminal disinfection not logged."""
    found = cases(session, first=today - timedelta(days=120))
    items = []
    due = [c for c in found if c.open and c.isolation_to and c.isolation_to <= today]
    if due:
        items.append(HomeItem(min(c.isolation_to for c in due), Sentence(QT_TRANSLATE_NOOP("Home", "复课查验：%1 人隔离期满，返校时查验复课证明"), len(due)),
                              "due", "health", "health:diseases"))
    watched: dict[str, date] = {}
    for c in found:
        if c.observation_to and c.observation_to >= today:
            watched[c.class_name] = max(watched.get(c.class_name, c.observation_to), c.observation_to)
    for class_name, until in sorted(watched.items()):
        items.append(HomeItem(today, Sentence(QT_TRANSLATE_NOOP("Home", "%1 医学观察至 %2：暂停插班、不与其他班级混班活动"), class_name, f"{until:%m-%d}"),
                              "warning", "health", "health:diseases"))
    undisinfected = [c for c in found if not c.disinfected_on]
    if undisinfected:
        items.append(HomeItem(min(c.onset for c in undisinfected), Sentence(QT_TRANSLATE_NOOP("Home", "终末消毒未登记：%1 例传染病"), len(undisinfected)),
                              "overdue", "health", "health:diseases"))
    return items


def _short(day: date | None) -> str:
    return f"{day:%m-%d}" if day else ""


def register_ledger(session: Session, options: dict[str, Any]):
    """传染病登记表 of a month, the columns of HEALTH.md §4."""
    from logistics_desktop.core.parse import month_bounds
    from logistics_desktop.core.report import Ledger, LedgerColumn
    from logistics_desktop.health.service import age_text

    first, end = month_bounds(options.get("month"))
    rows = cases(session, first=first, end=end)
    columns = [LedgerColumn("序号", 9, "center"), LedgerColumn("发病日期", 15, "center"), LedgerColumn("姓名", 16), LedgerColumn("性别", 9, "center"),
               LedgerColumn("年龄", 14, "center"), LedgerColumn("班级", 18), LedgerColumn("病名", 20), LedgerColumn("诊断日期/医院", 28),
               LedgerColumn("隔离起止", 22, "center"), LedgerColumn("离园日期", 14, "center"), LedgerColumn("返园日期", 14, "center"),
               LedgerColumn("复课证明", 30), LedgerColumn("终末消毒、班级观察期", 40)]
    body = []
    for n, r in enumerate(rows, 1):
        diagnosis = "/".join(x for x in (_short(r.diagnosed_on), r.hospital) if x)
        isolation = f"{_short(r.isolation_from)}—{_short(r.isolation_to) or '待定'}"
        certificate = f"{r.certificate_from}，{r.certificate_checked_by}查验" if r.certificate_checked_by else ""
        handling = "；".join(x for x in (f"终末消毒 {_short(r.disinfected_on)}（{r.disinfected_by}）" if r.disinfected_on else "终末消毒未登记",
                                          f"观察期至 {_short(r.observation_to)}" if r.observation_to else "") if x)
        body.append([n, _short(r.onset), r.child, r.sex, age_text(r.birth_date, r.onset), r.class_name, r.disease, diagnosis, isolation,
                     _short(r.left_on), _short(r.returned_on), certificate, handling])
    return Ledger("传染病登记表", columns, body, school=directory.school_name(session), period=f"{first:%Y年%m月}", landscape=True,
                  signatures=("登记人", "保健医", "园（校）长"),
                  summary=[f"本月登记 {len(body)} 例，未复课 {sum(1 for r in rows if r.open)} 例" if body else "本月无传染病病例（零报告）"])


def term_statistics(session: Session, term_name: Any = "") -> tuple[Any, int, list[tuple[str, int, str]]]:
    """(term, 收托总数, [(病名, 发病数, 发病率 %)]): 发病率 = 发病数 / 收托总数 × 100 %, one decimal (规范 2012 附件5);
    收托总数 counts every child on the roll at some time in the term."""
    term = directory.term_named(session, term_name)
    kids = session.exec(select(Child).where((Child.enrolled_on == None) | (Child.enrolled_on <= term.end),  # noqa: E711
                                            (Child.left_on == None) | (Child.left_on >= term.start))).all()  # noqa: E711
    total = len(kids)
    counts: dict[str, int] = {}
    for r in cases(session, first=term.start, end=term.end + timedelta(days=1)):
        counts[r.disease] = counts.get(r.disease, 0) + 1
    return term, total, [(name, n, f"{n / total * 100:.1f}" if total else "—") for name, n in sorted(counts.items(), key=lambda x: -x[1])]


def statistics_ledger(session: Session, options: dict[str, Any]):
    """传染病发病统计表 of a term."""
    from logistics_desktop.core.report import Ledger, LedgerColumn

    term, total, found = term_statistics(session, options.get("term"))
    body = [[name, n, rate] for name, n, rate in found]
    cases_total = sum(n for _, n, _ in found)
    columns = [LedgerColumn("病名", 50), LedgerColumn("发病数（例）", 30, "right"), LedgerColumn("发病率（%）", 30, "right")]
    return Ledger("传染病发病统计表", columns, body, school=directory.school_name(session), period=f"{term.name}（{term.start:%Y-%m-%d} 至 {term.end:%Y-%m-%d}）",
                  total_row=["合计", cases_total, f"{cases_total / total * 100:.1f}" if total else "—"], signatures=("统计人", "保健医", "园（校）长"),
                  summary=[f"收托总数 {total} 人；发病率 = 发病数 ÷ 收托总数 × 100%（托儿所幼儿园卫生保健工作规范 附件5）"],
                  period_label="学期")


def return_certificate(session: Session, options: dict[str, Any]):
    """复课查验证明, two copies on one A4 (学校留存 / 交班主任), filled from the case."""
    from logistics_desktop.core.report import Drawing

    try:
        case_id = int(str(options.get("id") or "").strip())
    except ValueError:
        raise InputError("id", "请填写登记编号（数字）") from None
    v = case_values(session, case_id)
    if not v["returned_on"]:
        raise InputError("id", "这例尚未登记返校：复课证明查验后先登记返校，再打印查验证明")
    school = directory.school_name(session)

    def paragraph(copy: str) -> list[list[str]]:
        return [["姓名", v["child"], "班级", v["class_name"]],
                ["病名", v["disease"], "发病日期", f"{v['onset']:%Y-%m-%d}"],
                ["隔离期", f"{v['isolation_from']:%Y-%m-%d} 至 {v['isolation_to']:%Y-%m-%d}" if v["isolation_to"] else f"{v['isolation_from']:%Y-%m-%d} 起",
                 "返校日期", f"{v['returned_on']:%Y-%m-%d}"],
                ["复课证明", f"{v['certificate_from']} 开具，经查验符合复课条件，同意返校复课。", "", ""],
                ["查验人（签字）", v["certificate_checked_by"], "日期", f"{v['returned_on']:%Y-%m-%d}"],
                [copy, "", "", ""]]

    def draw(target) -> None:
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import Paragraph, Spacer

        from logistics_desktop.printing.fonts import register_fonts
        from logistics_desktop.printing.form import form_table, paragraph_text
        from logistics_desktop.printing.frame import PageFrame, build_document

        frame = PageFrame("复课查验证明", school, f"登记编号：{case_id}", (), period_label="")
        font = register_fonts()
        cut = ParagraphStyle("cut", fontName=font, fontSize=9, alignment=1, textColor="#666666")
        title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1)
        spans = [(1, 3, 3, 3), (0, 5, 3, 5)]
        shaded = [(0, r) for r in range(5)] + [(2, r) for r in (0, 1, 2, 4)]
        story = []
        for n, copy in enumerate(("第一联　学校（保健室）留存", "第二联　交班主任")):
            if n:  # the page's own header titles the first copy; the second, below the cut line, has its own
                story += [Spacer(1, 14 * mm), Paragraph("- " * 30 + "沿此线剪开" + " -" * 30, cut), Spacer(1, 12 * mm),
                          Paragraph(paragraph_text(f"复课查验证明（{school}）"), title), Spacer(1, 6 * mm)]
            story.append(form_table(paragraph(copy), [28, 62, 28, 62], frame.body_width, spans=spans, shaded=shaded, heights_mm={3: 16, 4: 14}))
        build_document(target, frame, story)

    return Drawing(f"复课查验证明 {v['child']}", draw)
