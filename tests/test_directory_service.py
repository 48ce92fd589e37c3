"""Rules of the shared directories, on a real SQLite file."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import select

from logistics_desktop.core.audit import AuditEntry
from logistics_desktop.core.errors import InputError, InputErrors
from logistics_desktop.directory import service
from logistics_desktop.directory.models import Room, Staff


def fields_of(exc: InputErrors) -> dict[str, str]:
    return {e.field: e.message for e in exc.errors}


def test_every_bad_field_is_reported_at_once_and_nothing_written(db):
    with pytest.raises(InputErrors) as caught, db.session() as session:
        service.save(session, service.STAFF, {"name": "", "phone": "call me", "active": "也许"})
    problems = fields_of(caught.value)
    assert problems["name"] == "请填写姓名"
    assert "电话“call me”格式不对" in problems["phone"]
    assert "应填“是”或“否”" in problems["active"]
    with db.session() as session:
        assert service.count(session, service.STAFF) == 0


def test_room_and_class_names_are_unique(db):
    with db.session() as session:
        service.save(session, service.ROOMS, {"name": "图书室"})
        service.save(session, service.CLASSES, {"name": "一（1）班", "size": 42})
    with pytest.raises(InputErrors) as caught, db.session() as session:
        service.save(session, service.ROOMS, {"name": " 图书室 "})
    assert fields_of(caught.value) == {"name": "房间名称“图书室”已存在，不能重复"}
    with pytest.raises(InputErrors), db.session() as session:
        service.save(session, service.CLASSES, {"name": "一（1）班"})


def test_editing_a_record_keeps_its_own_name(db):
    with db.session() as session:
        room_id = service.save(session, service.ROOMS, {"name": "图书室", "floor": "1"})
        service.save(session, service.ROOMS, {"name": "图书室", "floor": "2", "purpose": "图书馆"}, room_id)
        assert service.row(session, service.ROOMS, room_id)["floor"] == 2


def test_a_term_ends_after_it_starts_and_terms_do_not_overlap(db):
    with pytest.raises(InputErrors) as caught, db.session() as session:
        service.save(session, service.TERMS, {"name": "秋季", "start": date(2026, 9, 1), "end": date(2026, 8, 1)})
    assert fields_of(caught.value) == {"end": "结束日期应晚于开始日期"}
    with db.session() as session:
        service.save(session, service.TERMS, {"name": "秋季", "start": "2026-09-01", "end": "2027-01-20"})
    with pytest.raises(InputErrors) as caught, db.session() as session:
        service.save(session, service.TERMS, {"name": "冬季", "start": "2027.1.10", "end": "2027年2月1日"})
    assert "与学期“秋季”" in fields_of(caught.value)["start"]


def test_only_one_current_term(db):
    with db.session() as session:
        a = service.save(session, service.TERMS, {"name": "春季", "start": "2026-02-20", "end": "2026-07-10", "is_current": True})
        b = service.save(session, service.TERMS, {"name": "秋季", "start": "2026-09-01", "end": "2027-01-20", "is_current": True})
        assert service.current_term(session).id == b
        assert service.row(session, service.TERMS, a)["is_current"] is False


def test_staff_in_use_cannot_be_deleted_but_can_be_deactivated(db):
    with db.session() as session:
        staff_id = service.save(session, service.STAFF, {"name": "王静", "post": "语文教师"})
        service.save(session, service.ROOMS, {"name": "一（1）班教室", "keeper": "王静"})
        service.save(session, service.CLASSES, {"name": "一（1）班", "head_teacher": "王静"})
    with pytest.raises(InputError) as caught, db.session() as session:
        service.delete(session, service.STAFF, staff_id)
    assert "房间 1 条" in caught.value.message and "班级 1 条" in caught.value.message
    assert "取消“在职”" in caught.value.message
    with db.session() as session:
        service.save(session, service.STAFF, {"name": "王静", "post": "语文教师", "active": False}, staff_id)
        assert service.staff_names(session) == []
        assert service.staff_names(session, active_only=False) == ["王静"]
        # the room keeps its keeper; a new room cannot be given someone who has left
        assert service.rows(session, service.ROOMS)[0]["keeper"] == "王静"
    with pytest.raises(InputErrors) as caught, db.session() as session:
        service.save(session, service.ROOMS, {"name": "二（1）班教室", "keeper": "王静"})
    assert fields_of(caught.value) == {"keeper": "责任人“王静”已离职，不能再担任"}


def test_unused_staff_can_be_deleted_and_the_audit_log_says_so(db):
    with db.session() as session:
        staff_id = service.save(session, service.STAFF, {"name": "临时工"})
        service.save(session, service.STAFF, {"name": "临时工", "post": "保洁员"}, staff_id)
        service.delete(session, service.STAFF, staff_id)
    with db.session() as session:
        entries = session.exec(select(AuditEntry).where(AuditEntry.entity == "staff").order_by(AuditEntry.id)).all()
        assert [e.action for e in entries] == ["新增", "修改", "删除"]
        assert json.loads(entries[1].changes) == {"post": ["", "保洁员"]}
        assert session.exec(select(Staff)).all() == []


def test_unknown_keeper_is_named(db):
    with pytest.raises(InputErrors) as caught, db.session() as session:
        service.save(session, service.ROOMS, {"name": "图书室", "keeper": "查无此人"})
    assert "不在人员名册中" in fields_of(caught.value)["keeper"]
    with db.session() as session:
        assert session.exec(select(Room)).all() == []


def test_class_size_and_floor_ranges(db):
    with pytest.raises(InputErrors) as caught, db.session() as session:
        service.save(session, service.CLASSES, {"name": "一（1）班", "size": "400"})
    assert fields_of(caught.value) == {"size": "人数不能大于 100"}
    with pytest.raises(InputErrors) as caught, db.session() as session:
        service.save(session, service.ROOMS, {"name": "x", "floor": "二楼"})
    assert "楼层“二楼”不是数字" in fields_of(caught.value)["floor"]


def test_school_is_one_record(db):
    with db.session() as session:
        service.save_school(session, {"name": "实验小学", "kind": "小学"})
        service.save_school(session, {"name": "实验幼儿园", "kind": "幼儿园", "phone": "0571-12345678"})
        assert service.get_school(session).name == "实验幼儿园"
    with pytest.raises(InputErrors) as caught, db.session() as session:
        service.save_school(session, {"name": "x", "kind": "中学"})
    assert fields_of(caught.value) == {"kind": "学校类型应为：小学、幼儿园"}


def test_demo_school_has_the_promised_size(demo_db):
    with demo_db.session() as session:
        assert service.count(session, service.ROOMS) == 60
        assert service.count(session, service.STAFF) == 40
        assert service.count(session, service.CLASSES) == 18
        assert service.current_term(session).name == "2026—2027学年第一学期"
        assert all(r["keeper"] for r in service.rows(session, service.ROOMS))


def test_demo_refuses_a_database_with_people(demo_db):
    from logistics_desktop.core.demo import fill_demo

    with pytest.raises(InputError, match="演示学校只能装入"), demo_db.session() as session:
        fill_demo(session)
