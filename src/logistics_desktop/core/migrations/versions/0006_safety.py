"""safety patrols, hazards, extinguishers, drills, visitors

Owned by the safety module: every safety_* table; seeds the shipped checklists and extinguisher types.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 07:33:56.153436
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('safety_area',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('frequency', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('needs_reviewer', sa.Boolean(), nullable=False),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name'),
    info={'title': '巡查表'}
    )
    op.create_table('safety_drill',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('scenario', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=False),
    sa.Column('evacuation_seconds', sa.Integer(), nullable=False),
    sa.Column('organiser', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('problems', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '疏散演练'}
    )
    with op.batch_alter_table('safety_drill', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_drill_held_on'), ['held_on'], unique=False)

    op.create_table('safety_extinguisher_kind',
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('first_repair_years', sa.Integer(), nullable=False),
    sa.Column('repair_every_years', sa.Integer(), nullable=False),
    sa.Column('scrap_years', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name'),
    info={'title': '灭火器类型'}
    )
    op.create_table('safety_visit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('time_in', sa.DateTime(), nullable=False),
    sa.Column('time_out', sa.DateTime(), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('id_number', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('visited', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '来访登记'}
    )
    with op.batch_alter_table('safety_visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_visit_time_in'), ['time_in'], unique=False)

    op.create_table('safety_extinguisher',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('spec', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('location', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('manufactured_on', sa.Date(), nullable=False),
    sa.Column('repaired_on', sa.Date(), nullable=True),
    sa.Column('scrapped_on', sa.Date(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['kind'], ['safety_extinguisher_kind.name'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code'),
    info={'title': '灭火器'}
    )
    with op.batch_alter_table('safety_extinguisher', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_extinguisher_kind'), ['kind'], unique=False)

    op.create_table('safety_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['safety_area.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '检查项目'}
    )
    with op.batch_alter_table('safety_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_item_area_id'), ['area_id'], unique=False)

    op.create_table('safety_patrol',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('patroller', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reviewer', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['safety_area.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '巡查记录'}
    )
    with op.batch_alter_table('safety_patrol', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_patrol_area_id'), ['area_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_safety_patrol_at'), ['at'], unique=False)

    op.create_table('safety_extinguisher_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('extinguisher_id', sa.Integer(), nullable=False),
    sa.Column('checked_on', sa.Date(), nullable=False),
    sa.Column('gauge_ok', sa.Boolean(), nullable=False),
    sa.Column('seal_ok', sa.Boolean(), nullable=False),
    sa.Column('hose_ok', sa.Boolean(), nullable=False),
    sa.Column('no_rust', sa.Boolean(), nullable=False),
    sa.Column('in_date', sa.Boolean(), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=False),
    sa.Column('checker', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['extinguisher_id'], ['safety_extinguisher.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '灭火器月检'}
    )
    with op.batch_alter_table('safety_extinguisher_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_extinguisher_check_checked_on'), ['checked_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_safety_extinguisher_check_extinguisher_id'), ['extinguisher_id'], unique=False)

    op.create_table('safety_patrol_answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patrol_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('item_text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('answer', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['safety_item.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['patrol_id'], ['safety_patrol.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '巡查结果'}
    )
    with op.batch_alter_table('safety_patrol_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_patrol_answer_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_safety_patrol_answer_patrol_id'), ['patrol_id'], unique=False)

    op.create_table('safety_hazard',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('found_on', sa.Date(), nullable=False),
    sa.Column('finder', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('level', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('measure', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('responsible', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('rectified_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('answer_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['answer_id'], ['safety_patrol_answer.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('number'),
    info={'title': '隐患'}
    )
    with op.batch_alter_table('safety_hazard', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_hazard_deadline'), ['deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_safety_hazard_found_on'), ['found_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_safety_hazard_status'), ['status'], unique=False)

    op.create_table('safety_hazard_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hazard_id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['hazard_id'], ['safety_hazard.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '隐患整改过程'}
    )
    with op.batch_alter_table('safety_hazard_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_hazard_step_hazard_id'), ['hazard_id'], unique=False)


    # The checklists and extinguisher types shipped with this revision, written here (not read from today's
    # data file or rules): a later change to the shipped defaults is a data migration of its own.
    op.bulk_insert(sa.table("safety_area", *(sa.column(c) for c in AREA_COLUMNS)), [dict(zip(AREA_COLUMNS, r)) for r in AREAS])
    op.bulk_insert(sa.table("safety_item", *(sa.column(c) for c in ITEM_COLUMNS)), [dict(zip(ITEM_COLUMNS, r)) for r in ITEMS])
    op.bulk_insert(sa.table("safety_extinguisher_kind", *(sa.column(c) for c in KIND_COLUMNS)), [dict(zip(KIND_COLUMNS, r)) for r in KINDS])

def downgrade() -> None:
    with op.batch_alter_table('safety_hazard_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_hazard_step_hazard_id'))

    op.drop_table('safety_hazard_step')
    with op.batch_alter_table('safety_hazard', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_hazard_status'))
        batch_op.drop_index(batch_op.f('ix_safety_hazard_found_on'))
        batch_op.drop_index(batch_op.f('ix_safety_hazard_deadline'))

    op.drop_table('safety_hazard')
    with op.batch_alter_table('safety_patrol_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_patrol_answer_patrol_id'))
        batch_op.drop_index(batch_op.f('ix_safety_patrol_answer_item_id'))

    op.drop_table('safety_patrol_answer')
    with op.batch_alter_table('safety_extinguisher_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_extinguisher_check_extinguisher_id'))
        batch_op.drop_index(batch_op.f('ix_safety_extinguisher_check_checked_on'))

    op.drop_table('safety_extinguisher_check')
    with op.batch_alter_table('safety_patrol', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_patrol_at'))
        batch_op.drop_index(batch_op.f('ix_safety_patrol_area_id'))

    op.drop_table('safety_patrol')
    with op.batch_alter_table('safety_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_item_area_id'))

    op.drop_table('safety_item')
    with op.batch_alter_table('safety_extinguisher', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_extinguisher_kind'))

    op.drop_table('safety_extinguisher')
    with op.batch_alter_table('safety_visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_visit_time_in'))

    op.drop_table('safety_visit')
    op.drop_table('safety_extinguisher_kind')
    with op.batch_alter_table('safety_drill', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_drill_held_on'))

    op.drop_table('safety_drill')
    op.drop_table('safety_area')


# resources/data/patrol_checklists.csv as shipped with revision 0006
AREA_COLUMNS = ('id', 'name', 'frequency', 'needs_reviewer', 'category', 'position', 'active')
AREAS = [
    (1, '每日防火巡查', '每日', False, '消防安全', 1, True),
    (2, '消防安全检查（季度）', '每季度', True, '消防安全', 2, True),
    (3, '电气线路', '每周', False, '用电安全', 3, True),
    (4, '大型玩具及游乐设施', '每日', False, '设施设备', 4, True),
    (5, '门卫及来访', '每日', False, '治安安全', 5, True),
    (6, '食堂', '每日', False, '食品安全', 6, True),
    (7, '教学楼及楼道', '每日', False, '校舍安全', 7, True),
    (8, '校舍', '每月', False, '校舍安全', 8, True),
    (9, '学校周边', '每周', False, '周边安全', 9, True),
]
ITEM_COLUMNS = ('id', 'area_id', 'position', 'text', 'retired')
ITEMS = [
    (1, 1, 1, '无违规用火、用电（无私拉乱接电线、无违规使用大功率电器）', False),
    (2, 1, 2, '安全出口、疏散通道畅通，无堵塞、占用、锁闭', False),
    (3, 1, 3, '疏散指示标志、应急照明灯完好有效', False),
    (4, 1, 4, '灭火器、消火栓等消防器材在位、完好，无遮挡', False),
    (5, 1, 5, '常闭式防火门处于关闭状态，闭门器完好', False),
    (6, 1, 6, '消防控制室、值班室等重点部位人员在岗在位', False),
    (7, 1, 7, '易燃易爆物品存放符合规定', False),
    (8, 1, 8, '放学后教室、办公室电源关闭', False),
    (9, 2, 1, '消防安全制度、责任制落实，消防安全责任人、管理人明确', False),
    (10, 2, 2, '防火巡查记录完整，发现问题已整改', False),
    (11, 2, 3, '火灾自动报警、自动喷水灭火等设施运行正常', False),
    (12, 2, 4, '室内外消火栓、水泵接合器完好，水压正常', False),
    (13, 2, 5, '灭火器配置数量、类型符合要求，月检记录完整', False),
    (14, 2, 6, '疏散通道、安全出口、应急照明和疏散指示符合要求', False),
    (15, 2, 7, '教职工消防安全培训和疏散演练按计划开展', False),
    (16, 2, 8, '重点部位（配电房、厨房、实验室、图书室）防火措施落实', False),
    (17, 3, 1, '配电箱（柜）门完好、上锁，箱内无杂物，标识清楚', False),
    (18, 3, 2, '电线无老化、破损、裸露，无私拉乱接', False),
    (19, 3, 3, '插座、开关完好，无烧焦、松动', False),
    (20, 3, 4, '漏电保护器试跳正常', False),
    (21, 3, 5, '照明灯具、风扇、空调安装牢固', False),
    (22, 4, 1, '大型玩具、滑梯、秋千等结构牢固，连接件无松动、缺失', False),
    (23, 4, 2, '表面无尖角、毛刺、裂缝、锈蚀', False),
    (24, 4, 3, '地面防护垫（软质地面）完好，无积水、杂物', False),
    (25, 4, 4, '体育器材（篮球架、单双杠）稳固，无倾倒风险', False),
    (26, 5, 1, '门卫人员在岗，按时开关校门', False),
    (27, 5, 2, '来访人员核验身份并登记', False),
    (28, 5, 3, '防护器械（钢叉、盾牌、防割手套等）齐全完好', False),
    (29, 5, 4, '监控设备运行正常，录像保存不少于30天', False),
    (30, 5, 5, '一键报警装置完好，与公安联网正常', False),
    (31, 6, 1, '燃气管道、阀门、灶具无泄漏，燃气报警器正常', False),
    (32, 6, 2, '操作间电器、线路完好，无油污积聚', False),
    (33, 6, 3, '灭火器、灭火毯在位，烟道定期清洗', False),
    (34, 6, 4, '生熟分开，留样冰箱运行正常、温度达标', False),
    (35, 6, 5, '从业人员健康证在有效期内，着装规范', False),
    (36, 6, 6, '下班前关闭燃气总阀、电源和水源', False),
    (37, 7, 1, '楼梯、走廊照明完好，地面无湿滑、无障碍物', False),
    (38, 7, 2, '栏杆、扶手牢固，高度符合要求', False),
    (39, 7, 3, '门窗、玻璃完好，窗户限位器有效', False),
    (40, 7, 4, '课间楼道有教师值守，上下楼梯秩序良好', False),
    (41, 7, 5, '实验室、功能室危险化学品按规定存放', False),
    (42, 8, 1, '墙体、楼板、梁柱无裂缝、倾斜、沉降', False),
    (43, 8, 2, '屋面无渗漏，外墙饰面、空调外机无脱落风险', False),
    (44, 8, 3, '围墙、护栏、挡土墙稳固', False),
    (45, 8, 4, '排水沟、化粪池盖板完好', False),
    (46, 8, 5, '避雷设施完好', False),
    (47, 9, 1, '校门口交通标志、减速带、护栏完好', False),
    (48, 9, 2, '上下学时段护学岗到位', False),
    (49, 9, 3, '周边无占道经营、无非法营运车辆', False),
    (50, 9, 4, '周边200米内无网吧、娱乐场所等不宜设置场所', False),
    (51, 9, 5, '周边施工、水塘等危险区域有防护和警示', False),
]
# GB 50444-2008 repair and scrap ages (core/rules.py EXTINGUISHER_LIFE at revision 0006)
KIND_COLUMNS = ('name', 'first_repair_years', 'repair_every_years', 'scrap_years')
KINDS = [
    ('水基型', 3, 1, 6),
    ('干粉', 5, 2, 10),
    ('二氧化碳', 5, 2, 12),
    ('洁净气体', 5, 2, 10),
]
