"""consumables

Owned by the assets module (assets/consumables.py): consumable_item, consumable_move.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 06:39:12.041748
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('consumable_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('spec', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('min_stock', sa.Integer(), nullable=False),
    sa.Column('stock', sa.Integer(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '低值易耗品'}
    )
    with op.batch_alter_table('consumable_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consumable_item_name'), ['name'], unique=False)

    op.create_table('consumable_move',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price_fen', sa.Integer(), nullable=False),
    sa.Column('supplier', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('person', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('purpose', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('trade_in', sa.Boolean(), nullable=False),
    sa.Column('book', sa.Integer(), nullable=True),
    sa.Column('counted', sa.Integer(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['consumable_item.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '低值易耗品出入库'}
    )
    with op.batch_alter_table('consumable_move', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consumable_move_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consumable_move_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_consumable_move_on'), ['on'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('consumable_move', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consumable_move_on'))
        batch_op.drop_index(batch_op.f('ix_consumable_move_kind'))
        batch_op.drop_index(batch_op.f('ix_consumable_move_item_id'))

    op.drop_table('consumable_move')
    with op.batch_alter_table('consumable_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consumable_item_name'))

    op.drop_table('consumable_item')
