"""Timed runs against plain baselines measured in the same run. Prints one JSON object per line:
{"name", "unit", "value", "baseline", "ratio", ...}. Not part of the test run:

    uv run python benchmarks/run.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget
app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
for title in ("首页", "资产", "食堂", "卫生保健", "安全巡查"):
    tabs.addTab(QLabel(title), title)
window.setCentralWidget(tabs)
window.resize(1280, 800)
window.show()
app.processEvents()
print("shown", flush=True)
"""

# the same window, plus what showing a school's data needs at the least: the data layer imported and the file read
BARE_WINDOW_WITH_DATA = BARE_WINDOW.replace('print("shown", flush=True)', """print("shown", flush=True)
import sqlite3
import sqlmodel  # noqa: F401
con = sqlite3.connect(sys.argv[1])
name = con.execute("SELECT name FROM school").fetchone()[0]
counts = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("staff", "room", "school_class")]
tabs.widget(0).setText(f"{name} {counts}")
app.processEvents()
print("loaded", flush=True)
""")

OUR_WINDOW = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from logistics_desktop.app import main_window_frame
window = main_window_frame(sys.argv[1])
window.resize(1280, 800)
window.show()
from PySide6.QtWidgets import QApplication
QApplication.processEvents()
print("shown", flush=True)
# what run_gui does in the first turn of the event loop: 首页's header from the file, then the real open
assert window.show_first_screen()
assert window.tabs.widget(0).content().school.text().startswith("示范区实验小学")
print("loaded", flush=True)
assert window.open_database() is None
print("opened", flush=True)
QApplication.processEvents()  # the next turn: 首页's duties from every module
assert window.tab_widgets["home"].items.topLevelItemCount() > 3
print("duties", flush=True)
"""


def time_until(code: str, *args: str, env: dict) -> dict[str, float]:
    """Seconds from starting a fresh interpreter to each line it prints ("shown", "loaded")."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    marks = {}
    for line in proc.stdout:
        marks[line.strip()] = time.perf_counter() - start
    proc.wait(timeout=60)
    if proc.returncode or "shown" not in marks:
        raise SystemExit(f"benchmark child failed: {proc.stderr.read()}")
    return marks


def emit(name: str, unit: str, value: float, baseline: float, **extra) -> None:
    print(json.dumps({"name": name, "unit": unit, "value": round(value, 4), "baseline": round(baseline, 4),
                      "ratio": round(value / baseline, 3), **extra}, ensure_ascii=False), flush=True)


def bench_cold_start(work: Path, repeat: int) -> None:
    from logistics_desktop.core.db import open_database
    from logistics_desktop.core.demo import fill_demo

    env = {**os.environ, "LOGISTICS_DESKTOP_HOME": str(work / "home"), "QT_QPA_PLATFORM": "offscreen"}
    # an installed program runs from compiled bytecode: let the warm-up runs write it, for ours and the baselines alike
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["LOGISTICS_DESKTOP_HOME"] = env["LOGISTICS_DESKTOP_HOME"]
    db_path = work / "demo.sqlite3"
    db = open_database(db_path, backup=False)
    with db.session() as session:
        fill_demo(session)
    db.close()
    time_until(OUR_WINDOW, str(db_path), env=env)  # warm the OS file cache, write the bytecode, take the daily backup
    time_until(BARE_WINDOW, env=env)
    time_until(BARE_WINDOW_WITH_DATA, str(db_path), env=env)
    ours, bare, bare_data = [], [], []
    for _ in range(repeat):  # interleaved so drifts in machine load hit both alike
        bare.append(time_until(BARE_WINDOW, env=env)["shown"])
        bare_data.append(time_until(BARE_WINDOW_WITH_DATA, str(db_path), env=env)["loaded"])
        ours.append(time_until(OUR_WINDOW, str(db_path), env=env))
    baseline = statistics.median(bare)
    emit("cold start to main window shown (demo school)", "s", statistics.median(m["shown"] for m in ours), baseline,
         baseline_name="bare PySide6 QMainWindow with five tabs", repeat=repeat, target_ratio=1.5)
    emit("cold start to demo school loaded in the window", "s", statistics.median(m["loaded"] for m in ours), baseline,
         baseline_name="bare PySide6 QMainWindow with five tabs", repeat=repeat,
         note="opening the file (SQLAlchemy import, migrations check, queries) after the frame is painted")
    emit("cold start until the file is open and every tab ready", "s", statistics.median(m["opened"] for m in ours),
         statistics.median(bare_data), baseline_name="bare window + import sqlmodel + the same file read with plain sqlite3", repeat=repeat)
    emit("cold start until 首页 lists the day's duties", "s", statistics.median(m["duties"] for m in ours), statistics.median(bare_data),
         baseline_name="bare window + import sqlmodel + the same file read with plain sqlite3", repeat=repeat)
    emit("cold start until 首页 shows the demo school", "s", statistics.median(m["loaded"] for m in ours), statistics.median(bare_data),
         baseline_name="bare window + import sqlmodel + the same file read with plain sqlite3", repeat=repeat, target_ratio=1.2)


def _best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def scale_school(work: Path, cards: int) -> Path:
    """The demo school with `cards` asset cards (bulk insert through Core)."""
    import random
    from datetime import date, datetime
    from decimal import Decimal

    from sqlalchemy import insert

    from logistics_desktop.assets.demo import KITS
    from logistics_desktop.assets.models import Asset
    from logistics_desktop.core.db import open_database
    from logistics_desktop.core.demo import fill_demo
    from logistics_desktop.directory import service as directory

    path = work / f"scale-{cards}.sqlite3"
    db = open_database(path, backup=False)
    with db.session() as session:
        fill_demo(session)
        rooms = [r["id"] for r in directory.rows(session, directory.ROOMS)]
        staff = [r["id"] for r in directory.rows(session, directory.STAFF)]
        kit = [item for items in KITS.values() for item in items]
        rng = random.Random(1)
        now = datetime.now()
        rows = []
        for n in range(cards - 1417):
            name, class_code, spec, unit, price, quantity, _ = rng.choice(kit)
            rows.append({"code": f"BM-{n:07d}", "name": name, "class_code": class_code, "brand": "", "spec": spec, "unit": unit,
                         "quantity": Decimal(quantity), "unit_price_fen": price * 100, "amount_fen": price * 100 * quantity,
                         "acquired_on": date(2020, 1 + n % 12, 1 + n % 28), "acquisition": "购置", "funding": "", "invoice_no": "",
                         "supplier": "", "department": "", "room_id": rng.choice(rooms), "custodian_id": rng.choice(staff),
                         "status": "在用", "service_years": None, "note": "", "loan_party": "", "loan_due": None,
                         "retired_on": None, "created_at": now})
        for start in range(0, len(rows), 5000):
            session.execute(insert(Asset.__table__), rows[start : start + 5000])
    db.close()
    return path


def bench_asset_list(work: Path, db_path: Path, repeat: int) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from logistics_desktop.app import create_application
    from logistics_desktop.assets.view import AssetsTab
    from logistics_desktop.core.db import open_database
    from logistics_desktop.shell.context import AppContext

    app = create_application("zh_CN")
    db = open_database(db_path, backup=False)
    ctx = AppContext(db)

    def open_tab():
        tab = AssetsTab(ctx)
        tab.resize(1280, 700)
        tab.show()
        app.processEvents()
        tab.close()
        tab.deleteLater()

    def bare_table():
        model = QStandardItemModel(200, 11)
        for r in range(200):
            for c in range(11):
                model.setItem(r, c, QStandardItem(f"{r}-{c}"))
        view = QTableView()
        view.setModel(model)
        view.resize(1280, 700)
        view.show()
        app.processEvents()
        view.close()
        view.deleteLater()

    open_tab()
    value, baseline = _best(open_tab, repeat), _best(bare_table, repeat)
    emit("asset tab first screen at 100,000 cards", "s", value, baseline, baseline_name="QTableView over 200×11 QStandardItemModel",
         target_seconds=0.150)

    tab = AssetsTab(ctx)
    typed = ["台", "台式", "台式计", "台式计算", "台式计算机", "空", "空调", "显微镜", "计算机教室", "BM-00012",
             "kt", "xwj", "tsjsj"]  # pinyin initials (助记码) too
    worst, times = 0.0, []
    for text in typed:
        tab.search.blockSignals(True)
        tab.search.setText(text)
        tab.search.blockSignals(False)
        elapsed = _best(tab.apply_filters, repeat)
        times.append(elapsed)
        worst = max(worst, elapsed)
    import sqlite3

    con = sqlite3.connect(db_path)
    plain = _best(lambda: con.execute("SELECT id, code, name FROM asset ORDER BY code LIMIT 200").fetchall(), repeat)
    emit("asset filter keystroke at 100,000 cards (worst of typed queries)", "s", worst, plain,
         baseline_name="plain sqlite3 first page, no filter", target_seconds=0.050,
         per_query={t: round(x, 4) for t, x in zip(typed, times)})
    db.close()


def bench_import(work: Path, repeat: int) -> None:
    import openpyxl

    from logistics_desktop.assets.importer import import_assets
    from logistics_desktop.core.db import open_database
    from logistics_desktop.core.demo import fill_demo

    path = work / "register-10000.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["某某小学资产登记表"])
    ws.append(["资产编号", "资产名称", "分类", "规格型号", "计量单位", "数量", "单价", "金额", "购置日期", "存放地点", "保管人"])
    for n in range(10_000):
        ws.append([f"IM-{n:06d}", "台式计算机", "A02010105", "联想启天 M450", "台", 1, "4,280.00", "4,280.00", "2021-09-01", "计算机教室一", ""])
    wb.save(path)

    def plain_read():
        book = openpyxl.load_workbook(path, read_only=True)
        for _ in book.active.iter_rows(values_only=True):
            pass
        book.close()

    template = work / "import-template.sqlite3"
    db = open_database(template, backup=False)
    with db.session() as session:
        fill_demo(session)
    db.close()

    def ours() -> float:
        target = work / "import-run.sqlite3"
        target.write_bytes(template.read_bytes())  # a fresh school each run, not timed
        database = open_database(target, backup=False)
        start = time.perf_counter()
        with database.session() as session:  # the import and its commit
            report = import_assets(session, path)
        elapsed = time.perf_counter() - start
        database.close()
        assert report.imported == 10_000
        return elapsed

    from logistics_desktop.assets.importer import COLUMNS
    from logistics_desktop.spreadsheet import open_register

    def kit_read():
        with open_register(path, COLUMNS) as register:
            for _ in register.rows():
                pass

    plain = _best(plain_read, repeat)
    emit("reading and checking the 10,000-row register (the kit's reader, python-calamine)", "s", _best(kit_read, repeat), plain,
         baseline_name="openpyxl read_only pass over the same file")
    emit("import of a 10,000-row asset register", "s", min(ours() for _ in range(repeat)), plain,
         baseline_name="openpyxl read_only pass over the same file", target_ratio=0.5)


def bench_ledger(work: Path, db_path: Path, repeat: int) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import LongTable, SimpleDocTemplate

    from logistics_desktop.assets import reports
    from logistics_desktop.core.db import open_database
    from logistics_desktop.printing.fonts import register_fonts

    db = open_database(db_path, backup=False)
    with db.session() as session:
        ledger = reports.asset_ledger(session, {"group_by": "room"})
    db.close()
    ledger.rows = ledger.rows[:2000]
    ledger.emphasis = [i for i in ledger.emphasis if i < 2000]
    font = register_fonts()
    plain_rows = [[str(v) for v in row] for row in ledger.rows]

    def plain():
        doc = SimpleDocTemplate(str(work / "plain.pdf"), pagesize=landscape(A4))
        doc.build([LongTable([[c.label for c in ledger.columns], *plain_rows], repeatRows=1,
                             style=[("FONT", (0, 0), (-1, -1), font, 9), ("GRID", (0, 0), (-1, -1), 0.5, "black")])])

    emit("2,000-row asset ledger PDF", "s", _best(lambda: ledger.save(work / "ledger.pdf"), repeat), _best(plain, repeat),
         baseline_name="plain reportlab LongTable of the same rows in the same font", target_ratio=1.3)


def bench_stocktake(work: Path, db_path: Path, repeat: int) -> None:
    import shutil
    import sqlite3

    from logistics_desktop.core.db import open_database
    from logistics_desktop.stocktake import service

    copy = work / "stocktake.sqlite3"
    shutil.copyfile(db_path, copy)
    db = open_database(copy, backup=False)

    def start_all() -> float:
        begin = time.perf_counter()
        with db.session() as session:
            service.start(session, name="基准清查", rooms=None)
        return time.perf_counter() - begin

    start_seconds = min(start_all() for _ in range(min(repeat, 2)))
    con = sqlite3.connect(copy)
    plain_copy = _best(lambda: con.execute("SELECT id, code, name, quantity, room_id FROM asset").fetchall(), repeat)
    emit("stocktake start over all rooms at 100,000 cards", "s", start_seconds, plain_copy,
         baseline_name="plain sqlite3 read of the same cards", target_seconds=2.0)

    with db.session() as session:
        stocktake_id = service.stocktakes(session)[0].id
        codes = [row[0] for row in session.execute(service.text(
            "SELECT code FROM stocktake_line WHERE stocktake_id = :s AND expected = 1000 LIMIT 200").bindparams(s=stocktake_id))]
        room = service.expected_room(session, stocktake_id, codes[0])
    times = []
    for code in codes[:100]:  # each scan in its own transaction, as at the counter's laptop
        begin = time.perf_counter()
        with db.session() as session:
            service.scan(session, stocktake_id, code, room=room, counter="基准")
        times.append(time.perf_counter() - begin)
    times.sort()
    plain_lookup = _best(lambda: con.execute("SELECT id FROM asset WHERE code = ?", (codes[0],)).fetchone(), repeat)
    emit("stocktake scan answered at 100,000 cards (median of 100, with commit)", "s", times[len(times) // 2], plain_lookup,
         baseline_name="plain sqlite3 lookup of one code", target_seconds=0.010, worst=round(times[-1], 4))
    db.close()


def canteen_year(work: Path) -> Path:
    """The demo school plus a year of signed deliveries (3 a school day, 6 lines each) and a month of 600 lines (2025-03)."""
    import random
    from datetime import date, datetime, timedelta
    from datetime import time as clock
    from decimal import Decimal

    from sqlalchemy import insert

    from logistics_desktop.canteen.demo import GOODS
    from logistics_desktop.canteen.models import Delivery, DeliveryLine
    from logistics_desktop.canteen.service import suppliers
    from logistics_desktop.core.db import open_database
    from logistics_desktop.core.demo import fill_demo

    path = work / "canteen-year.sqlite3"
    db = open_database(path, backup=False)
    rng = random.Random(2)
    with db.session() as session:
        fill_demo(session)
        supplier_ids = [s.id for s in suppliers(session)]
        goods = [g for group in GOODS.values() for g in group]
        deliveries, lines = [], []
        day, next_id = date(2025, 1, 2), 100_000
        march = 0
        while day < date(2025, 12, 31):
            per_day = 3 if day.month != 3 else 5  # March: 5 a day × 6 lines over ~20 days ≈ 600 lines
            if day.weekday() < 5:
                for n in range(per_day):
                    if day.month == 3 and march >= 100:
                        break
                    march += day.month == 3
                    next_id += 1
                    at = datetime.combine(day, clock(6, 40)) + timedelta(minutes=10 * n)
                    deliveries.append({"id": next_id, "at": at, "supplier_id": rng.choice(supplier_ids), "documents": "许可证/营业执照、购货凭证",
                                       "override_reason": "", "acceptor1": "甲", "acceptor2": "乙", "account": "children", "signed_at": at})
                    for item, spec, unit, price, storage, shelf, (low, high) in rng.sample(goods, 6):
                        q = Decimal(rng.randrange(low, high + 1))
                        price_fen = int(Decimal(price) * 100)
                        lines.append({"delivery_id": next_id, "item": item, "spec": spec, "unit": unit, "quantity": q, "unit_price_fen": price_fen,
                                      "amount_fen": int(q * price_fen), "batch": "B1", "produced_on": day, "shelf_life_days": shelf,
                                      "expires_on": day + timedelta(days=shelf), "sensory_ok": True,
                                      "temperature": Decimal(4) if storage != "常温" else None, "storage": storage, "accepted": q,
                                      "rejected": Decimal(0), "reject_reason": ""})
            day += timedelta(days=1)
        session.execute(insert(Delivery.__table__), deliveries)
        session.execute(insert(DeliveryLine.__table__), lines)
    db.close()
    return path


def bench_canteen(work: Path, repeat: int) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import LongTable, SimpleDocTemplate

    from logistics_desktop.canteen import service
    from logistics_desktop.core.db import open_database
    from logistics_desktop.printing.fonts import register_fonts

    path = canteen_year(work)
    db = open_database(path, backup=False)
    with db.session() as session:
        ledger = service.acceptance_ledger(session, {"month": "2025-03"})
    font = register_fonts()
    plain_rows = [[str(v) for v in row] for row in ledger.rows]

    def plain():
        doc = SimpleDocTemplate(str(work / "plain-acceptance.pdf"), pagesize=landscape(A4))
        doc.build([LongTable([[c.label for c in ledger.columns], *plain_rows], repeatRows=1,
                             style=[("FONT", (0, 0), (-1, -1), font, 9), ("GRID", (0, 0), (-1, -1), 0.5, "black")])])

    def gather():
        with db.session() as session:
            service.acceptance_ledger(session, {"month": "2025-03"})

    plain_seconds = _best(plain, repeat)
    emit(f"a month's acceptance ledger PDF ({len(ledger.rows)} lines)", "s", _best(lambda: ledger.save(work / "acceptance.pdf"), repeat),
         plain_seconds, baseline_name="plain reportlab LongTable of the same rows in the same font", target_ratio=1.3)
    emit("gathering that month's rows from the file (before drawing)", "s", _best(gather, repeat), plain_seconds,
         baseline_name="the plain reportlab table above, for scale")

    from PySide6.QtWidgets import QTableWidget, QVBoxLayout, QWidget

    from logistics_desktop.app import create_application
    from logistics_desktop.canteen.view import AcceptancePage
    from logistics_desktop.shell.context import AppContext

    app = create_application("zh_CN")
    ctx = AppContext(db)

    def open_page():
        page = AcceptancePage(ctx)
        page.resize(1280, 700)
        page.show()
        app.processEvents()
        page.close()

    def bare():
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addWidget(QTableWidget(1, 15))
        layout.addWidget(QTableWidget(0, 5))
        widget.resize(1280, 700)
        widget.show()
        app.processEvents()
        widget.close()

    open_page()
    with db.session() as session:
        history = session.exec(service.select(service.DeliveryLine.id)).all()
    emit(f"acceptance screen opened with a year of history ({len(history)} lines)", "s", _best(open_page, repeat), _best(bare, repeat),
         baseline_name="bare widget with the same two empty tables", target_seconds=0.200)
    db.close()


def bench_plan(work: Path, repeat: int) -> None:
    """The term summary of the demo term against plain sqlite3 counts of the same tables; a food-safety binder of a term
    of the canteen year against printing its forms one by one (the binder adds the cover, contents and the merge)."""
    import sqlite3

    from logistics_desktop.core.db import open_database
    from logistics_desktop.core.modules import find_printable
    from logistics_desktop.modules import all_modules
    from logistics_desktop.plan import binder, summary

    path = canteen_year(work)
    db = open_database(path, backup=False)
    tables = ("safety_patrol", "safety_hazard", "canteen_delivery", "canteen_food_sample", "canteen_menu_dish", "health_check_entry", "plan_item")

    def plain_counts():
        con = sqlite3.connect(path)
        for table in tables:
            con.execute(f"SELECT count(*) FROM {table}").fetchone()
        con.close()

    def term_summary():
        with db.session(read_only=True) as session:
            summary.term_summary(session)

    emit("term summary of the demo term (every module's figures and series)", "s", _best(term_summary, repeat), _best(plain_counts, repeat),
         baseline_name="plain sqlite3 count(*) of the tables it reads", target_seconds=1.0)
    options = {"kind": "food", "from": "2025-02-20", "to": "2025-07-10"}
    sections = binder.plan_sections("food", *binder.period_of(options))

    def one_by_one():
        with db.session(read_only=True) as session:
            for n, s in enumerate(sections):
                made = find_printable(all_modules(), s.printable.key).build(session, dict(s.options))
                if getattr(made, "rows", True):
                    made.save(work / f"form-{n}.pdf")

    def whole():
        with db.session(read_only=True) as session:
            built = binder.build_binder(session, options)
        built.save(work / "binder.pdf")
        return built.pages

    pages = whole()
    emit(f"food-safety binder of a term ({pages} pages of forms)", "s", _best(whole, min(repeat, 2)), _best(one_by_one, min(repeat, 2)),
         baseline_name="the same forms built and printed one by one", target_ratio=1.3)
    db.close()


def bench_health(work: Path, repeat: int) -> None:
    """A class screen of 45 with a year of 晨检 for 2,000 children, the outbreak check after a save, and a month's 晨午检记录表."""
    import random
    from datetime import date, datetime, time, timedelta

    from sqlalchemy import insert

    from logistics_desktop.core.db import open_database
    from logistics_desktop.directory import service as directory
    from logistics_desktop.health import outbreaks, service
    from logistics_desktop.health.models import CheckEntry, Child, DailyCheck

    rng = random.Random(7)
    db = open_database(work / "health.sqlite3", backup=False)
    today = date.today()
    with db.session() as session:
        directory.save_school(session, {"name": "示范区实验小学", "kind": "小学"})
        directory.save(session, directory.STAFF, {"name": "闫建国"})
        for n in range(45):
            directory.save(session, directory.CLASSES, {"name": f"{n + 1}班"})
        classes = directory.rows(session, directory.CLASSES)
        session.execute(insert(Child), [{"name": f"学生{i:04d}", "sex": "男" if i % 2 else "女", "birth_date": date(2017, 1, 1) + timedelta(days=i % 700),
                                         "class_id": classes[i % 45]["id"], "guardian": "", "phone": "", "alerts": "", "enrolled_on": None,
                                         "left_on": None} for i in range(2000)])
        kids: dict[int, list[int]] = {}
        for child_id, class_id in session.exec(service.select(Child.id, Child.class_id)):
            kids.setdefault(class_id, []).append(child_id)
        day, days = today - timedelta(days=1), []
        while len(days) < 190:  # a school year
            if day.weekday() < 5:
                days.append(day)
            day -= timedelta(days=1)
        for d in days:
            rows = [{"class_id": c["id"], "day": d, "session": "晨检", "checker": "闫建国", "checked_at": datetime.combine(d, time(7, 55))}
                    for c in classes]
            session.execute(insert(DailyCheck), rows)
        checks = {(c.class_id, c.day): c.id for c in session.exec(service.select(DailyCheck))}
        entries = [{"check_id": checks[(class_id, d)], "child_id": child_id, "present": rng.random() > 0.03, "absence_reason": "",
                    "symptom": "咳嗽" if rng.random() < 0.005 else "", "temperature": None, "action": "观察", "item_taken": "", "note": ""}
                   for d in days for class_id, ids in kids.items() for child_id in ids]
        for e in entries:
            if not e["present"]:
                e["absence_reason"] = "事假"
        session.execute(insert(CheckEntry), entries)
    from PySide6.QtWidgets import QTableWidget, QVBoxLayout, QWidget

    from logistics_desktop.app import create_application
    from logistics_desktop.health.view import ChecksPage
    from logistics_desktop.shell.context import AppContext

    app = create_application("zh_CN")
    ctx = AppContext(db)
    page = ChecksPage(ctx)
    page.resize(1366, 700)
    page.show()
    app.processEvents()

    def open_class():
        page.klass.setCurrentIndex((page.klass.currentIndex() + 1) % page.klass.count())
        app.processEvents()

    def bare():
        widget = QWidget()
        QVBoxLayout(widget).addWidget(QTableWidget(45, 11))
        widget.resize(1366, 700)
        widget.show()
        app.processEvents()
        widget.close()

    emit(f"class screen of {len(kids[classes[0]['id']])} opened, a year of checks for 2,000 children ({len(entries)} entries)", "s",
         _best(open_class, repeat), _best(bare, repeat), baseline_name="bare widget with a 45-row table", target_seconds=0.100)

    def check_after_save():
        with db.session() as session:
            outbreaks.check_outbreaks(session, today - timedelta(days=1))

    emit("outbreak rules run after a save (a year of checks in the file)", "s", _best(check_after_save, repeat), _best(bare, repeat),
         baseline_name="the bare widget above, for scale", target_seconds=0.020)
    page.close()

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import LongTable, SimpleDocTemplate

    from logistics_desktop.health import reports
    from logistics_desktop.printing.fonts import register_fonts

    month = f"{(today.replace(day=1) - timedelta(days=1)):%Y-%m}"  # the last whole month
    with db.session() as session:
        ledger = reports.morning_check_log(session, {"month": month})
    font = register_fonts()
    plain_rows = [[str(v) for v in row] for row in ledger.rows]

    def plain():
        doc = SimpleDocTemplate(str(work / "plain-checks.pdf"), pagesize=landscape(A4))
        doc.build([LongTable([[c.label for c in ledger.columns], *plain_rows], repeatRows=1,
                             style=[("FONT", (0, 0), (-1, -1), font, 9), ("GRID", (0, 0), (-1, -1), 0.5, "black")])])

    def gather():
        with db.session() as session:
            reports.morning_check_log(session, {"month": month})

    plain_seconds = _best(plain, repeat)
    emit(f"a month's 晨午检记录表 for the whole school, PDF ({len(ledger.rows)} rows, 45 classes)", "s",
         _best(lambda: ledger.save(work / "checks.pdf"), repeat), plain_seconds,
         baseline_name="plain reportlab LongTable of the same rows in the same font", target_ratio=1.3)
    emit("gathering that month's rows from the file (before drawing)", "s", _best(gather, repeat), plain_seconds,
         baseline_name="the plain reportlab table above, for scale")
    bench_growth(work, db, repeat, app, bare)
    db.close()


def bench_growth(work: Path, db, repeat: int, app, bare) -> None:
    """Two measurement rounds for the 2,000 children: evaluating them, the class's measurement screen, the term's statistics."""
    import random
    from datetime import date, timedelta
    from decimal import Decimal

    from sqlalchemy import insert

    from logistics_desktop.directory import service as directory
    from logistics_desktop.health import growth, measurements, stats
    from logistics_desktop.health.models import Child, Measurement

    rng = random.Random(11)
    today = date.today()
    with db.session() as session:
        directory.save(session, directory.TERMS, {"name": "基准学期", "start": today - timedelta(days=120), "end": today + timedelta(days=30),
                                                  "is_current": True})
        kids = session.exec(measurements.select(Child.id, Child.sex, Child.birth_date)).all()
        rows = []
        for day in (today - timedelta(days=100), today - timedelta(days=10)):
            for kid, _sex, birth in kids:
                age = growth.months_on(birth, day) / 12
                height = Decimal(str(round(76 + 6.2 * age + rng.gauss(0, 5), 1)))
                weight = (Decimal(str(round(rng.uniform(13.5, 24), 1))) * (height / 100) ** 2).quantize(Decimal("0.1"))
                rows.append({"child_id": kid, "day": day, "height_cm": height, "weight_kg": weight, "head_cm": None, "waist_cm": None,
                             "hip_cm": None, "vision_left": Decimal("5.0"), "vision_right": Decimal("4.9"), "haemoglobin": None,
                             "caries": rng.choice((0, 0, 1, 2)), "measurer": "闫建国", "source": "", "standard": "", "statuses": ""})
        session.execute(insert(Measurement), rows)
    latest = rows[-len(kids):]
    births = {kid: (sex, birth) for kid, sex, birth in kids}

    def evaluate_all():
        for r in latest:
            sex, birth = births[r["child_id"]]
            growth.evaluate(sex, birth, r["day"], r["height_cm"], r["weight_kg"], school_kind="小学")

    def bmi_only():  # the plain arithmetic of the same rows, no standard looked up
        for r in latest:
            r["weight_kg"] / (r["height_cm"] / 100) ** 2

    emit(f"evaluating {len(latest)} children's measurements by the national standards", "s", _best(evaluate_all, repeat), _best(bmi_only, repeat),
         baseline_name="the BMI of the same rows in plain Decimal arithmetic", target_seconds=0.5)
    evaluate_all()  # under-7 tables too: a kindergarten's 2,000
    from logistics_desktop.health.view import MeasurementsPage
    from logistics_desktop.shell.context import AppContext

    page = MeasurementsPage(AppContext(db))
    page.resize(1366, 700)
    page.show()
    page.day.setDate(today - timedelta(days=10))
    app.processEvents()

    def open_class():
        page.klass.setCurrentIndex((page.klass.currentIndex() + 1) % page.klass.count())
        app.processEvents()

    emit("measurement screen of a class of 45 opened (two rounds for 2,000 children in the file)", "s", _best(open_class, repeat),
         _best(bare, repeat), baseline_name="bare widget with a 45-row table", target_seconds=0.100)
    page.close()

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import LongTable, SimpleDocTemplate

    from logistics_desktop.health import casefiles, reports
    from logistics_desktop.printing.fonts import register_fonts

    font = register_fonts()

    def term_statistics():
        with db.session() as session:
            stats.exam_stats(session, {}).save(work / "exam-stats.pdf")
            reports.attendance_stats(session, {"term": "本学期"}).save(work / "attendance.pdf")
            casefiles.case_ledger(session, {}).save(work / "cases.pdf")
            measurements.growth_evaluation(session, {}).save(work / "growth.pdf")

    with db.session() as session:
        plain_rows = [[str(v) for v in row] for row in measurements.growth_evaluation(session, {}).rows]

    def plain():
        doc = SimpleDocTemplate(str(work / "plain-growth.pdf"), pagesize=landscape(A4))
        doc.build([LongTable(plain_rows, style=[("FONT", (0, 0), (-1, -1), font, 9), ("GRID", (0, 0), (-1, -1), 0.5, "black")])])

    emit(f"the term's statistics for 2,000 children and a year of 晨检 (健康检查统计、出勤统计、专案登记、生长发育评价 {len(plain_rows)} rows), PDF",
         "s", _best(term_statistics, min(repeat, 3)), _best(plain, min(repeat, 3)),
         baseline_name="plain reportlab LongTable of the growth evaluation's rows", target_seconds=2.0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--only", choices=("start", "list", "import", "ledger", "stocktake", "canteen", "health", "plan"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the page benchmarks build real widgets
    with tempfile.TemporaryDirectory(prefix="logistics-bench-") as tmp:
        work = Path(tmp)
        os.environ["LOGISTICS_DESKTOP_HOME"] = str(work / "home")
        if args.only in (None, "start"):
            bench_cold_start(work, args.repeat)
        if args.only in (None, "import"):
            bench_import(work, min(args.repeat, 3))
        if args.only in (None, "canteen"):
            bench_canteen(work, min(args.repeat, 3))
        if args.only in (None, "health"):
            bench_health(work, args.repeat)
        if args.only in (None, "plan"):
            bench_plan(work, min(args.repeat, 3))
        if args.only in (None, "list", "ledger", "stocktake"):
            scaled = scale_school(work, args.cards)
            if args.only in (None, "stocktake"):
                bench_stocktake(work, scaled, args.repeat)
            if args.only in (None, "ledger"):
                bench_ledger(work, scaled, min(args.repeat, 3))
            if args.only in (None, "list"):
                bench_asset_list(work, scaled, args.repeat)


if __name__ == "__main__":
    main()
