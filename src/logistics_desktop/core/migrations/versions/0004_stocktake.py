"""stocktake

Owned by the stocktake module: stocktake, stocktake_line, stocktake_count.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 06:55:22.443429
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('stocktake',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('blind', sa.Boolean(), nullable=False),
    sa.Column('rooms', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('posted_at', sa.DateTime(), nullable=True),
    sa.Column('post_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '资产清查'}
    )
    op.create_table('stocktake_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stocktake_id', sa.Integer(), nullable=False),
    sa.Column('asset_id', sa.Integer(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('spec', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('expected', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('custodian', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('accumulated_fen', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['asset.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['stocktake_id'], ['stocktake.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '清查预期清单'}
    )
    with op.batch_alter_table('stocktake_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stocktake_line_asset_id'), ['asset_id'], unique=False)
        batch_op.create_index('ix_stocktake_line_code_in_stocktake', ['stocktake_id', 'code'], unique=True)
        batch_op.create_index('ix_stocktake_line_room_in_stocktake', ['stocktake_id', 'room_id'], unique=False)

    op.create_table('stocktake_count',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stocktake_id', sa.Integer(), nullable=False),
    sa.Column('line_id', sa.Integer(), nullable=True),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('condition', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('value_fen', sa.Integer(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('counter', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['line_id'], ['stocktake_line.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['stocktake_id'], ['stocktake.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '清查记录'}
    )
    with op.batch_alter_table('stocktake_count', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stocktake_count_line_id'), ['line_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stocktake_count_stocktake_id'), ['stocktake_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('stocktake_count', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stocktake_count_stocktake_id'))
        batch_op.drop_index(batch_op.f('ix_stocktake_count_line_id'))

    op.drop_table('stocktake_count')
    with op.batch_alter_table('stocktake_line', schema=None) as batch_op:
        batch_op.drop_index('ix_stocktake_line_room_in_stocktake')
        batch_op.drop_index('ix_stocktake_line_code_in_stocktake')
        batch_op.drop_index(batch_op.f('ix_stocktake_line_asset_id'))

    op.drop_table('stocktake_line')
    op.drop_table('stocktake')
