"""assets: classes, cards, movements

Owned by the assets module: asset_class, asset, asset_movement, and the asset_search FTS table with its triggers
(the room and staff triggers follow renames in the directory module's tables).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 06:18:56.326867
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('asset_class',
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('depreciation', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('code'),
    info={'title': '资产分类'}
    )
    op.create_table('asset',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('class_code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('brand', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('spec', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),  # Quantity: thousandths
    sa.Column('unit_price_fen', sa.Integer(), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('acquired_on', sa.Date(), nullable=False),
    sa.Column('acquisition', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('funding', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('invoice_no', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('supplier', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('department', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('custodian_id', sa.Integer(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('service_years', sa.Integer(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('loan_party', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('loan_due', sa.Date(), nullable=True),
    sa.Column('retired_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['class_code'], ['asset_class.code'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['custodian_id'], ['staff.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code'),
    info={'title': '资产卡片'}
    )
    with op.batch_alter_table('asset', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_asset_class_code'), ['class_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_asset_custodian_id'), ['custodian_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_asset_loan_due'), ['loan_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_asset_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_asset_room_id'), ['room_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_asset_status'), ['status'], unique=False)

    op.create_table('asset_movement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('asset_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('from_room_id', sa.Integer(), nullable=True),
    sa.Column('to_room_id', sa.Integer(), nullable=True),
    sa.Column('from_custodian_id', sa.Integer(), nullable=True),
    sa.Column('to_custodian_id', sa.Integer(), nullable=True),
    sa.Column('party', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('result', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('open', sa.Boolean(), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['asset.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['from_custodian_id'], ['staff.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['from_room_id'], ['room.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['to_custodian_id'], ['staff.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['to_room_id'], ['room.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '资产变动'}
    )
    with op.batch_alter_table('asset_movement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_asset_movement_asset_id'), ['asset_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_asset_movement_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_asset_movement_open'), ['open'], unique=False)



    # Substring search over code, name, spec, room and custodian (3+ characters), kept current by
    # triggers so bulk inserts and renames of rooms and people need no code of ours.
    op.execute("CREATE VIRTUAL TABLE asset_search USING fts5(code, name, spec, room, custodian, tokenize='trigram')")
    names = """coalesce((SELECT name FROM room WHERE id = new.room_id), ''),
               coalesce((SELECT name FROM staff WHERE id = new.custodian_id), '')"""
    op.execute(f"""CREATE TRIGGER asset_search_insert AFTER INSERT ON asset BEGIN
        INSERT INTO asset_search(rowid, code, name, spec, room, custodian) VALUES (new.id, new.code, new.name, new.spec, {names});
    END""")
    op.execute("CREATE TRIGGER asset_search_delete AFTER DELETE ON asset BEGIN DELETE FROM asset_search WHERE rowid = old.id; END")
    op.execute(f"""CREATE TRIGGER asset_search_update AFTER UPDATE OF code, name, spec, room_id, custodian_id ON asset BEGIN
        DELETE FROM asset_search WHERE rowid = old.id;
        INSERT INTO asset_search(rowid, code, name, spec, room, custodian) VALUES (new.id, new.code, new.name, new.spec, {names});
    END""")
    op.execute("""CREATE TRIGGER asset_search_room AFTER UPDATE OF name ON room BEGIN
        UPDATE asset_search SET room = new.name WHERE rowid IN (SELECT id FROM asset WHERE room_id = new.id);
    END""")
    op.execute("""CREATE TRIGGER asset_search_staff AFTER UPDATE OF name ON staff BEGIN
        UPDATE asset_search SET custodian = new.name WHERE rowid IN (SELECT id FROM asset WHERE custodian_id = new.id);
    END""")

    # The classes a school holds, as shipped with this revision (written here, not read from today's data file:
    # a later change to the shipped classes is a data migration of its own).
    classes = sa.table("asset_class", sa.column("code"), sa.column("name"), sa.column("depreciation"))
    op.bulk_insert(classes, [dict(zip(("code", "name", "depreciation"), row)) for row in ASSET_CLASSES])

def downgrade() -> None:
    for trigger in ("insert", "delete", "update", "room", "staff"):
        op.execute(f"DROP TRIGGER IF EXISTS asset_search_{trigger}")
    op.execute("DROP TABLE IF EXISTS asset_search")
    with op.batch_alter_table('asset_movement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_asset_movement_open'))
        batch_op.drop_index(batch_op.f('ix_asset_movement_kind'))
        batch_op.drop_index(batch_op.f('ix_asset_movement_asset_id'))

    op.drop_table('asset_movement')
    with op.batch_alter_table('asset', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_asset_status'))
        batch_op.drop_index(batch_op.f('ix_asset_room_id'))
        batch_op.drop_index(batch_op.f('ix_asset_name'))
        batch_op.drop_index(batch_op.f('ix_asset_loan_due'))
        batch_op.drop_index(batch_op.f('ix_asset_custodian_id'))
        batch_op.drop_index(batch_op.f('ix_asset_class_code'))

    op.drop_table('asset')
    op.drop_table('asset_class')


# GB/T 14885-2022 classes shipped with revision 0002: (code, name, depreciation group)
ASSET_CLASSES = [
    ('A01', '房屋和构筑物', 'steel_building'),
    ('A0101', '房屋', 'steel_building'),
    ('A010101', '办公用房', 'steel_building'),
    ('A010102', '业务用房（教学、实验用房）', 'steel_building'),
    ('A010103', '生活用房（宿舍、食堂）', 'brick_building'),
    ('A0102', '构筑物', 'brick_building'),
    ('A02', '设备', 'equipment'),
    ('A0201', '信息化设备', 'computer'),
    ('A020101', '计算机', 'computer'),
    ('A02010104', '服务器', 'computer'),
    ('A02010105', '台式计算机', 'computer'),
    ('A02010108', '便携式计算机', 'computer'),
    ('A02010109', '平板式计算机', 'computer'),
    ('A020102', '网络设备', 'computer'),
    ('A020106', '输入输出设备', 'computer'),
    ('A02010601', '打印设备', 'office'),
    ('A02010604', '显示设备', 'computer'),
    ('A0202', '办公设备', 'office'),
    ('A020201', '复印机', 'office'),
    ('A020202', '投影仪', 'office'),
    ('A020203', '投影幕', 'office'),
    ('A020204', '多功能一体机', 'office'),
    ('A020205', '照相机及器材', 'office'),
    ('A020210', '文印设备', 'office'),
    ('A020211', '销毁设备', 'office'),
    ('A0203', '车辆', 'vehicle'),
    ('A0206', '电气设备', 'equipment'),
    ('A0206180101', '电冰箱', 'equipment'),
    ('A0206180201', '风扇', 'utensil'),
    ('A0206180203', '空调机', 'equipment'),
    ('A0206180205', '空气净化设备', 'equipment'),
    ('A0206180301', '洗衣机', 'equipment'),
    ('A02061808', '热水器', 'equipment'),
    ('A0208', '通信设备', 'office'),
    ('A0209', '广播、电视、电影设备', 'equipment'),
    ('A02091001', '电视机', 'equipment'),
    ('A02091102', '摄像机', 'office'),
    ('A0210', '仪器仪表', 'equipment'),
    ('A0232', '教学仪器设备', 'equipment'),
    ('A023201', '实验室仪器', 'equipment'),
    ('A023202', '教学模型、标本', 'equipment'),
    ('A023203', '交互式电子白板、一体机', 'computer'),
    ('A0233', '体育设备设施', 'equipment'),
    ('A0234', '乐器', 'equipment'),
    ('A0235', '厨房设备', 'equipment'),
    ('A0236', '安防设备', 'equipment'),
    ('A0237', '消防设备', 'equipment'),
    ('A0238', '医疗设备（保健室）', 'equipment'),
    ('A03', '文物和陈列品', 'none'),
    ('A04', '图书和档案', 'none'),
    ('A0401', '图书', 'none'),
    ('A0402', '档案', 'none'),
    ('A05', '家具和用具', 'furniture'),
    ('A0501', '家具', 'furniture'),
    ('A050101', '床类', 'furniture'),
    ('A050102', '台、桌类', 'furniture'),
    ('A050103', '椅凳类', 'furniture'),
    ('A050104', '沙发类', 'furniture'),
    ('A050105', '柜类', 'furniture'),
    ('A050106', '架类', 'furniture'),
    ('A050107', '屏风类', 'furniture'),
    ('A0502', '用具、装具', 'utensil'),
    ('A050201', '厨具', 'utensil'),
    ('A050202', '清洁用具', 'utensil'),
    ('A050299', '其他用具', 'utensil'),
    ('A06', '特种动植物', 'none'),
]
