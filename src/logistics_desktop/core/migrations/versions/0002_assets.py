"""assets: classes, cards, movements

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

    # The classes a school holds, from resources/data/asset_classes.csv as shipped with this revision.
    from logistics_desktop.assets.service import default_classes

    classes = sa.table("asset_class", sa.column("code"), sa.column("name"), sa.column("depreciation"))
    op.bulk_insert(classes, default_classes())


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
