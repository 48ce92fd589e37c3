"""Canteen rules and writes: suppliers, health certificates, purchase acceptance. Qt-free.

A delivery is entered, then signed by two different acceptors; from then on it is locked and a
mistake is fixed by a dated correction with its reason, which the ledger prints beside it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlmodel import Session, select

from logistics_desktop.canteen.models import DOCUMENTS, Delivery, DeliveryCorrection, DeliveryLine, HealthCertificate, Supplier
from logistics_desktop.core import audit, rules
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.core.fields import tidy
from logistics_desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from logistics_desktop.core.modules import HomeItem
from logistics_desktop.core.parse import fen_to_yuan, month_bounds, parse_date, parse_decimal, parse_int, parse_money_fen
from logistics_desktop.core.rows import plains

STORAGES = ("常温", "冷藏", "冷冻")


def _date(value: Any, field: str, label: str, *, required: bool = False) -> date | None:
    if value in (None, ""):
        if required:
            raise InputError(field, f"请填写{label}")
        return None
    try:
        return parse_date(value)
    except ValueError as exc:
        raise InputError(field, f"{label}：{exc}") from None


# ------------------------------------------------------------------ suppliers and certificates


def save_supplier(session: Session, values: dict[str, Any], supplier_id: int | None = None) -> int:
    errors = []
    name = tidy(values.get("name"))
    if not name:
        errors.append(InputError("name", "请填写供货单位名称"))
    elif session.exec(select(Supplier.id).where(Supplier.name == name, Supplier.id != (supplier_id or -1))).first():
        errors.append(InputError("name", f"供货单位“{name}”已存在"))
    try:
        expiry = _date(values.get("licence_expiry"), "licence_expiry", "许可证有效期至")
    except InputError as exc:
        errors.append(exc)
        expiry = None
    if not tidy(values.get("licence_no")):
        errors.append(InputError("licence_no", "请填写营业执照或食品经营许可证编号（进货查验必须索证）"))
    if errors:
        raise InputErrors(errors)
    supplier = session.get(Supplier, supplier_id) if supplier_id else Supplier(name=name)
    old = supplier.model_dump() if supplier_id else None
    for key in ("address", "contact", "phone", "licence_no", "supplies"):
        setattr(supplier, key, tidy(values.get(key)))
    supplier.name, supplier.licence_expiry = name, expiry
    session.add(supplier)
    session.flush()
    audit.record(session, "canteen_supplier", supplier.id, "修改" if supplier_id else "新增", old, supplier.model_dump())
    return supplier.id


def suppliers(session: Session) -> list[Supplier]:
    return plains(session.exec(select(Supplier).order_by(Supplier.name)))


def supplier_rows(session: Session) -> list[dict[str, Any]]:
    """The suppliers as plain rows for a page (dates as typed: yyyy-mm-dd)."""
    return [s.as_dict() | {"licence_expiry": f"{s.licence_expiry:%Y-%m-%d}" if s.licence_expiry else ""} for s in suppliers(session)]


def _staff_id(session: Session, name: str, field: str, label: str) -> int:
    from logistics_desktop.directory import service as directory

    staff_id = directory.active_staff_id(session, name, field, label)
    if staff_id is None:
        raise InputError(field, f"请填写{label}")
    return staff_id


def save_certificate(session: Session, *, person: str, number: str, expiry: Any) -> int:
    staff_id = _staff_id(session, person, "person", "持证人")
    number = tidy(number)
    if not number:
        raise InputError("number", "请填写健康证编号")
    day = _date(expiry, "expiry", "有效期至", required=True)
    cert = session.exec(select(HealthCertificate).where(HealthCertificate.staff_id == staff_id)).first() or HealthCertificate(staff_id=staff_id, number=number, expiry=day)
    cert.number, cert.expiry = number, day
    session.add(cert)
    session.flush()
    audit.record(session, "canteen_health_certificate", cert.id, "保存", None, {"number": number, "expiry": day})
    return cert.id


def certificates(session: Session) -> list[dict[str, Any]]:
    from logistics_desktop.directory.models import Staff

    stmt = select(HealthCertificate, Staff.name).join(Staff, Staff.id == HealthCertificate.staff_id).order_by(HealthCertificate.expiry)
    return [{"id": c.id, "person": name, "number": c.number, "expiry": c.expiry} for c, name in session.exec(stmt)]


def expiring(session: Session, today: date) -> list[tuple[date, str, str]]:
    """(expiry, what, level) of licences and certificates expired or expiring soon."""
    from logistics_desktop.directory import service as directory

    soon = today + timedelta(days=rules.EXPIRY_WARNING_DAYS.value)  # type: ignore[arg-type]
    names = {r["id"]: r["name"] for r in directory.rows(session, directory.STAFF)}
    found = []
    for s in suppliers(session):
        if s.licence_expiry and s.licence_expiry <= soon:
            text = QT_TRANSLATE_NOOP("Home", "供货单位“%1”的许可证已过期（%2）") if s.licence_expiry < today else QT_TRANSLATE_NOOP("Home", "供货单位“%1”的许可证即将到期（%2）")
            found.append((s.licence_expiry, Sentence(text, s.name, f"{s.licence_expiry:%Y-%m-%d}"), "overdue" if s.licence_expiry < today else "warning"))
    for c in session.exec(select(HealthCertificate)):
        if c.expiry <= soon:
            text = QT_TRANSLATE_NOOP("Home", "%1的健康证已过期（%2）") if c.expiry < today else QT_TRANSLATE_NOOP("Home", "%1的健康证即将到期（%2）")
            found.append((c.expiry, Sentence(text, names.get(c.staff_id, ""), f"{c.expiry:%Y-%m-%d}"), "overdue" if c.expiry < today else "warning"))
    return sorted(found)


# ------------------------------------------------------------------ purchase acceptance


def _check_line(raw: dict[str, Any], n: int, when: date) -> tuple[dict[str, Any], list[InputError], list[str]]:
    """One line: (clean values, errors, reasons it needs an explicit go-ahead)."""
    errors: list[InputError] = []
    needs: list[str] = []
    def fail(key: str, message: str) -> None:
        errors.append(InputError("lines", f"第 {n + 1} 行：{message}", row=n, column=key))

    clean: dict[str, Any] = {"item": tidy(raw.get("item")), "spec": tidy(raw.get("spec")), "unit": tidy(raw.get("unit")),
                             "batch": tidy(raw.get("batch")), "reject_reason": tidy(raw.get("reject_reason")),
                             "sensory_ok": raw.get("sensory_ok", True) not in (False, "否", "不合格", 0)}
    if not clean["item"]:
        fail("item", "请填写品名")
    try:
        quantity = parse_decimal(raw.get("quantity") if raw.get("quantity") not in (None, "") else "x", "数量")
        if quantity <= 0:
            raise ValueError("数量应大于 0")
    except ValueError as exc:
        fail("quantity", str(exc) if "数量" in str(exc) else "请填写数量")
        quantity = None
    try:
        price = parse_money_fen(raw.get("unit_price")) if raw.get("unit_price") not in (None, "") else 0
    except ValueError as exc:
        fail("unit_price", str(exc))
        price = 0
    clean["quantity"], clean["unit_price_fen"] = quantity, price
    try:
        rejected = parse_decimal(raw.get("rejected") or 0, "拒收数量")
    except ValueError as exc:
        fail("rejected", str(exc))
        rejected = Decimal(0)
    if quantity is not None and not 0 <= rejected <= quantity:
        fail("rejected", "拒收数量应在 0 到到货数量之间")
    if rejected and not clean["reject_reason"]:
        fail("reject_reason", "有拒收时请写明拒收原因")
    if not clean["sensory_ok"] and (quantity is None or rejected < quantity) and not clean["reject_reason"]:
        needs.append(f"第 {n + 1} 行“{clean['item']}”感官检查不合格仍验收")
    clean["rejected"] = rejected
    clean["accepted"] = (quantity - rejected) if quantity is not None else Decimal(0)
    # what the school pays for: the accepted quantity
    clean["amount_fen"] = int((clean["accepted"] * price).quantize(Decimal(1), ROUND_HALF_UP))
    try:
        clean["produced_on"] = _date(raw.get("produced_on"), "produced_on", "生产日期")
        days = raw.get("shelf_life_days")
        clean["shelf_life_days"] = parse_int(days, "保质期天数") if days not in (None, "") else None
    except (InputError, ValueError) as exc:
        if isinstance(exc, InputError):
            fail(exc.field, exc.message)
        else:
            fail("shelf_life_days", str(exc))
        clean["produced_on"], clean["shelf_life_days"] = None, None
    if not clean["batch"] and clean.get("produced_on") is None:
        fail("batch", "请填写生产日期或批号（食品安全法规定的查验内容）")
    clean["expires_on"] = (clean["produced_on"] + timedelta(days=clean["shelf_life_days"])
                           if clean.get("produced_on") and clean.get("shelf_life_days") is not None else None)
    if clean["expires_on"] and clean["expires_on"] < when and clean["accepted"] > 0:
        needs.append(f"第 {n + 1} 行“{clean['item']}”已过保质期（{clean['expires_on']:%Y-%m-%d}）")
    storage = tidy(raw.get("storage")) or "常温"
    if storage not in STORAGES:
        fail("storage", f"贮存方式应为：{'、'.join(STORAGES)}")
    clean["storage"] = storage
    temperature = raw.get("temperature")
    clean["temperature"] = None
    if storage != "常温":
        if temperature in (None, ""):
            fail("temperature", f"{storage}食品请填写到货温度")
        else:
            try:
                t = parse_decimal(temperature, "温度")
                clean["temperature"] = t
                low, high = rules.CHILLED_RANGE_C.value  # type: ignore[misc]
                if storage == "冷藏" and not low <= t <= high:
                    needs.append(f"第 {n + 1} 行“{clean['item']}”冷藏温度 {t}℃ 不在 {low}–{high}℃")
                if storage == "冷冻" and t > rules.FROZEN_MAX_C.value:  # type: ignore[operator]
                    needs.append(f"第 {n + 1} 行“{clean['item']}”冷冻温度 {t}℃ 高于 {rules.FROZEN_MAX_C.value}℃")
            except ValueError as exc:
                fail("temperature", str(exc))
    return clean, errors, needs


def record_delivery(session: Session, values: dict[str, Any], lines: list[dict[str, Any]], delivery_id: int | None = None) -> int:
    """Enter (or, before signing, re-enter) a delivery. Every problem is reported at once."""
    errors: list[InputError] = []
    needs: list[str] = []
    existing = session.get(Delivery, delivery_id) if delivery_id else None
    if existing is not None and existing.signed_at is not None:
        raise InputError("", "这批进货已签字锁定，不能修改；如有错误请做更正记录")
    at = values.get("at") or datetime.now()
    if not isinstance(at, datetime):
        try:
            at = datetime.combine(parse_date(at), datetime.now().time())
        except ValueError as exc:
            errors.append(InputError("at", f"到货时间：{exc}"))
            at = datetime.now()
    name = tidy(values.get("supplier"))
    supplier = session.exec(select(Supplier).where(Supplier.name == name)).first() if name else None
    if supplier is None:
        errors.append(InputError("supplier", "请选择供货单位" if not name else f"供货单位“{name}”不在名录中，请先登记其证照"))
    elif supplier.licence_expiry and supplier.licence_expiry < at.date():
        needs.append(f"供货单位“{supplier.name}”的许可证已于 {supplier.licence_expiry:%Y-%m-%d} 过期")
    documents = [d for d in (values.get("documents") or []) if d]
    unknown = [d for d in documents if d not in DOCUMENTS]
    if unknown:
        errors.append(InputError("documents", f"索证索票项目不正确：{'、'.join(unknown)}"))
    if "许可证/营业执照" not in documents or "购货凭证" not in documents:
        errors.append(InputError("documents", "每批进货至少查验许可证/营业执照和购货凭证"))
    real_lines = [l for l in lines if any(tidy(v) for k, v in l.items() if k not in ("sensory_ok", "storage"))]
    if not real_lines:
        errors.append(InputError("lines", "请至少录入一种食品"))
    clean_lines = []
    for n, raw in enumerate(real_lines):
        clean, line_errors, line_needs = _check_line(raw, n, at.date())
        errors.extend(line_errors)
        needs.extend(line_needs)
        clean_lines.append(clean)
    from logistics_desktop.canteen.fees import account_key

    try:
        account = account_key(session, values.get("account"))
    except InputError as exc:
        errors.append(exc)
    reason = tidy(values.get("override_reason"))
    if needs and not reason:
        errors.append(InputError("override_reason", "以下情况须写明理由才能验收：" + "；".join(needs)))
    if errors:
        raise InputErrors(errors)
    delivery = existing or Delivery(at=at, supplier_id=supplier.id)
    delivery.at, delivery.supplier_id, delivery.documents, delivery.override_reason = at, supplier.id, "、".join(documents), reason
    delivery.account = account
    session.add(delivery)
    session.flush()
    if existing is not None:
        for old in session.exec(select(DeliveryLine).where(DeliveryLine.delivery_id == delivery.id)):
            session.delete(old)
    for clean in clean_lines:
        session.add(DeliveryLine(delivery_id=delivery.id, **clean))
    session.flush()
    audit.record(session, "canteen_delivery", delivery.id, "修改" if existing else "新增", None,
                 {"supplier": supplier.name, "lines": len(clean_lines), "override": reason})
    return delivery.id


def sign(session: Session, delivery_id: int, *, acceptor1: str, acceptor2: str, password1: str | None = None,
         password2: str | None = None) -> None:
    """双人联检: two different people sign; the record is then locked. Once the school has accounts, each acceptor is a
    user who confirms with their own password at that moment (kept in the signatures: who, when, what)."""
    from logistics_desktop.accounts import service as accounts

    delivery = session.get(Delivery, delivery_id)
    if delivery is None:
        raise InputError("", "进货记录已不存在")
    if delivery.signed_at is not None:
        raise InputError("", "这批进货已经签字")
    errors = []
    with_accounts = accounts.has_users(session)
    what = f"{delivery.at:%Y-%m-%d %H:%M} 进货验收"
    signers = []
    for field, name, password in (("acceptor1", acceptor1, password1), ("acceptor2", acceptor2, password2)):
        try:
            if with_accounts:
                login = accounts.login_of(session, name, field, "验收人")
                signers.append(accounts.sign(session, login, password or "", entity="canteen_delivery", entity_id=delivery.id,
                                             purpose="验收人", what=what, field=field.replace("acceptor", "password")))
            else:
                _staff_id(session, name, field, "验收人")
        except InputError as exc:
            errors.append(exc)
    same = signers[0].id == signers[1].id if len(signers) == 2 else tidy(acceptor1) == tidy(acceptor2)
    if not errors and same:
        errors.append(InputError("acceptor2", "两位验收人不能是同一人（双人联检）"))
    if errors:
        raise InputErrors(errors)
    names = [s.name for s in signers] if signers else [tidy(acceptor1), tidy(acceptor2)]
    delivery.acceptor1, delivery.acceptor2, delivery.signed_at = names[0], names[1], datetime.now()
    session.add(delivery)
    session.flush()
    audit.record(session, "canteen_delivery", delivery.id, "签字", None, {"acceptors": names})


def correct(session: Session, delivery_id: int, *, text: str, reason: str, by: str) -> int:
    delivery = session.get(Delivery, delivery_id)
    if delivery is None:
        raise InputError("", "进货记录已不存在")
    if delivery.signed_at is None:
        raise InputError("", "未签字的记录直接修改即可，无需更正")
    errors = []
    if not tidy(text):
        errors.append(InputError("text", "请写明更正内容"))
    if not tidy(reason):
        errors.append(InputError("reason", "请写明更正原因"))
    try:
        _staff_id(session, by, "by", "更正人")
    except InputError as exc:
        errors.append(exc)
    if errors:
        raise InputErrors(errors)
    correction = DeliveryCorrection(delivery_id=delivery_id, at=datetime.now(), text=tidy(text), reason=tidy(reason), by=tidy(by))
    session.add(correction)
    session.flush()
    audit.record(session, "canteen_delivery", delivery_id, "更正", None, {"text": correction.text, "reason": correction.reason})
    return correction.id


# ------------------------------------------------------------------ the ledger


def acceptance_ledger(session: Session, options: dict[str, Any]):
    """进货查验记录 for a month: every line with its supplier, checks and both acceptors; corrections beside."""
    from logistics_desktop.core.report import Ledger, LedgerColumn
    from logistics_desktop.directory import service as directory

    first, last = month_bounds(options.get("month"))
    deliveries = session.exec(select(Delivery).where(Delivery.at >= datetime.combine(first, datetime.min.time()),
                                                     Delivery.at < datetime.combine(last, datetime.min.time())).order_by(Delivery.at)).all()
    columns = [LedgerColumn("日期", 21, "center"), LedgerColumn("供货单位（地址、联系方式）", 40), LedgerColumn("品名", 20),
               LedgerColumn("规格", 14), LedgerColumn("数量", 12, "right"), LedgerColumn("单位", 9, "center"), LedgerColumn("单价", 13, "right"),
               LedgerColumn("金额", 15, "right"), LedgerColumn("生产日期/批号", 25), LedgerColumn("保质期至", 18, "center"),
               LedgerColumn("感官", 9, "center"), LedgerColumn("温度℃", 11, "center"), LedgerColumn("索证索票", 24),
               LedgerColumn("验收/拒收", 18), LedgerColumn("验收人", 18)]
    rows, emphasis, total = [], [], 0
    for d in deliveries:
        supplier = session.get(Supplier, d.supplier_id)
        who = f"{supplier.name}；{supplier.address}；{supplier.contact} {supplier.phone}".strip("； ")
        signers = f"{d.acceptor1}、{d.acceptor2}" if d.signed_at else "（未签字）"
        lines = session.exec(select(DeliveryLine).where(DeliveryLine.delivery_id == d.id).order_by(DeliveryLine.id)).all()
        for n, line in enumerate(lines):
            made = line.produced_on.strftime("%Y-%m-%d") if line.produced_on else ""
            verdict = f"收 {line.accepted.normalize():f}" + (f"；拒 {line.rejected.normalize():f}（{line.reject_reason}）" if line.rejected else "")
            # what holds for the whole delivery (supplier, documents, acceptors) is written on its first line, as on the paper form
            head = n == 0
            rows.append([d.at.strftime("%m-%d %H:%M"), who if head else "〃", line.item, line.spec, f"{line.quantity.normalize():f}", line.unit,
                         fen_to_yuan(line.unit_price_fen), fen_to_yuan(line.amount_fen), "/".join(x for x in (made, line.batch) if x),
                         line.expires_on.strftime("%Y-%m-%d") if line.expires_on else "", "合格" if line.sensory_ok else "不合格",
                         "" if line.temperature is None else f"{line.temperature.normalize():f}", d.documents if head else "〃", verdict,
                         signers if head else "〃"])
            total += line.amount_fen
        if d.override_reason:
            emphasis.append(len(rows))
            rows.append(["", f"特殊情况验收理由：{d.override_reason}", *[""] * 13])
        for c in session.exec(select(DeliveryCorrection).where(DeliveryCorrection.delivery_id == d.id).order_by(DeliveryCorrection.id)):
            emphasis.append(len(rows))
            rows.append([c.at.strftime("%m-%d %H:%M"), f"更正：{c.text}（原因：{c.reason}；更正人：{c.by}）", *[""] * 13])
    school = directory.get_school(session)
    return Ledger(title="食品进货查验记录", columns=columns, rows=rows, school=school.name if school else "",
                  period=f"{first:%Y年%m月}", landscape=True, signatures=("记录人", "审核人", "食品安全管理员"), emphasis=emphasis,
                  summary=[f"本月进货 {len(deliveries)} 批，金额合计 {fen_to_yuan(total)} 元；每批均须两人验收签字。"])


def item_history(session: Session) -> dict[str, dict[str, Any]]:
    """The last spec, unit, price, shelf life and storage of every item accepted before (for autocomplete)."""
    history: dict[str, dict[str, Any]] = {}
    for line in session.exec(select(DeliveryLine).order_by(DeliveryLine.id)):
        history[line.item] = {"spec": line.spec, "unit": line.unit, "unit_price": fen_to_yuan(line.unit_price_fen).replace(",", ""),
                              "shelf_life_days": line.shelf_life_days, "storage": line.storage}
    return history


def delivery_form(session: Session, delivery_id: int) -> tuple[dict[str, Any], list[dict[str, str]], list[DeliveryCorrection]]:
    """A saved delivery as the acceptance form shows it: (head values, lines as typed, corrections)."""
    d = session.get(Delivery, delivery_id)
    if d is None:
        raise InputError("", "进货记录已不存在")
    supplier = session.get(Supplier, d.supplier_id)
    head = {"at": d.at, "supplier": supplier.name, "documents": [x for x in d.documents.split("、") if x], "override_reason": d.override_reason,
            "account": d.account, "acceptor1": d.acceptor1, "acceptor2": d.acceptor2, "signed_at": d.signed_at}

    def text(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, Decimal):
            return f"{value.normalize():f}"
        if isinstance(value, date):
            return value.isoformat()
        return str(value)

    lines = []
    for line in session.exec(select(DeliveryLine).where(DeliveryLine.delivery_id == delivery_id).order_by(DeliveryLine.id)):
        lines.append({"item": line.item, "spec": line.spec, "quantity": text(line.quantity), "unit": line.unit,
                      "unit_price": fen_to_yuan(line.unit_price_fen).replace(",", ""), "amount": fen_to_yuan(line.amount_fen),
                      "batch": line.batch, "produced_on": text(line.produced_on), "shelf_life_days": text(line.shelf_life_days),
                      "expires_on": text(line.expires_on), "sensory": "合格" if line.sensory_ok else "不合格", "storage": line.storage,
                      "temperature": text(line.temperature), "rejected": text(line.rejected) if line.rejected else "",
                      "reject_reason": line.reject_reason})
    corrections = plains(session.exec(select(DeliveryCorrection).where(DeliveryCorrection.delivery_id == delivery_id)
                                      .order_by(DeliveryCorrection.id)))
    return head, lines, corrections


def deliveries_on(session: Session, day: date) -> list[dict[str, Any]]:
    start = datetime.combine(day, datetime.min.time())
    stmt = select(Delivery, Supplier).join(Supplier, Supplier.id == Delivery.supplier_id).where(
        Delivery.at >= start, Delivery.at < start + timedelta(days=1)).order_by(Delivery.at)
    result = []
    for d, s in session.exec(stmt):
        lines = session.exec(select(DeliveryLine).where(DeliveryLine.delivery_id == d.id)).all()
        result.append({"id": d.id, "at": d.at, "supplier": s.name, "lines": len(lines), "amount_fen": sum(l.amount_fen for l in lines),
                       "signed": d.signed_at is not None, "acceptors": f"{d.acceptor1}、{d.acceptor2}" if d.signed_at else ""})
    return result


def home_items(session: Session, today: date) -> list[HomeItem]:
    """首页: expiring licences and certificates, today's deliveries, samples to take and to destroy."""
    from logistics_desktop.canteen import daily

    items = [HomeItem(when, text, level, "canteen", "settings:health-certificates" if "健康证" in text else "settings:suppliers")
             for when, text, level in expiring(session, today)]
    deliveries = deliveries_on(session, today)
    if deliveries:
        unsigned = sum(1 for d in deliveries if not d["signed"])
        text = Sentence(QT_TRANSLATE_NOOP("Home", "今日进货 %1 批，%2 批未签字"), len(deliveries), unsigned) if unsigned else \
            Sentence(QT_TRANSLATE_NOOP("Home", "今日进货 %1 批，均已双人签字"), len(deliveries))
        items.append(HomeItem(today, text,
                              "due" if unsigned else "done", "canteen", "canteen:acceptance"))
    items += [HomeItem(when, text, level, "canteen", target) for when, text, level, target in daily.home_items(session, today)]
    return items


def term_figures(session: Session, first: date, end: date):
    """The term summary's canteen part: deliveries and their signed share, samples kept for the menu's dishes, companion
    meals, the children's meal-fee balance; food bought by category as a series."""
    from logistics_desktop.canteen import fees
    from logistics_desktop.canteen.models import CompanionMeal, FoodSample, MenuDish
    from logistics_desktop.core.modules import Figure, Series
    from logistics_desktop.core.parse import percent

    until = min(end, date.today() + timedelta(days=1))
    start, stop = datetime.combine(first, datetime.min.time()), datetime.combine(end, datetime.min.time())
    deliveries = list(session.exec(select(Delivery.signed_at).where(Delivery.at >= start, Delivery.at < stop)))
    signed = sum(s is not None for s in deliveries)
    dishes = set(session.exec(select(MenuDish.day, MenuDish.meal, MenuDish.dish).where(MenuDish.day >= first, MenuDish.day < until)))
    kept = set(session.exec(select(FoodSample.day, FoodSample.meal, FoodSample.dish).where(FoodSample.day >= first, FoodSample.day < until)))
    meals = len(list(session.exec(select(CompanionMeal.id).where(CompanionMeal.day >= first, CompanionMeal.day < end))))
    income, expense = fees._totals(session, first, end, "children")
    balance = sum(income.values()) - sum(expense.values())
    figures = [
        Figure("食堂", QT_TRANSLATE_NOOP("Field", "进货验收批次"), str(len(deliveries)), QT_TRANSLATE_NOOP("Field", "期内到货的进货记录")),
        Figure("食堂", QT_TRANSLATE_NOOP("Field", "双人签字率"), percent(signed, len(deliveries)),
               Sentence(QT_TRANSLATE_NOOP("Home", "已由两位验收人签字锁定的 %1 批 ÷ 全部批次"), signed)),
        Figure("食堂", QT_TRANSLATE_NOOP("Field", "留样完成率"), percent(len(dishes & kept), len(dishes)),
               Sentence(QT_TRANSLATE_NOOP("Home", "带量食谱中截至今天的 %1 道菜（日期、餐次、菜名）中已留样的 %2 道"), len(dishes), len(dishes & kept))),
        Figure("食堂", QT_TRANSLATE_NOOP("Field", "陪餐次数"), str(meals), QT_TRANSLATE_NOOP("Field", "学校负责人陪餐记录")),
        Figure("食堂", QT_TRANSLATE_NOOP("Field", "学生伙食费结余"),
               Sentence(QT_TRANSLATE_NOOP("Home", "%1 元（%2）"), fen_to_yuan(balance), percent(balance, sum(income.values()))),
               QT_TRANSLATE_NOOP("Field", "学生账户期内收入 − 支出（含签字进货金额），括号内为占收入的比例")),
    ]
    bought: dict[str, int] = {}
    for account in fees.ACCOUNTS:
        for category, amount in fees.purchases(session, first, end, account).items():
            bought[category.removesuffix("（进货）")] = bought.get(category.removesuffix("（进货）"), 0) + amount
    return figures, [Series(QT_TRANSLATE_NOOP("Field", "进货金额（按类别）"), QT_TRANSLATE_NOOP("Field", "元"), tuple((c, a / 100) for c, a in sorted(bought.items(), key=lambda x: -x[1])))]
