"""canteen stock, menu, samples, disinfection, accompanying meals, fees

Owned by the canteen module: stock counts and issues, menu, samples, disinfection, accompanying meals, fee entries.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 07:52:15.119231
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('canteen_companion_meal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('meal', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('leader', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('quality', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('hygiene', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('discipline', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('service', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('problems', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '陪餐记录'}
    )
    with op.batch_alter_table('canteen_companion_meal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_canteen_companion_meal_day'), ['day'], unique=False)

    op.create_table('canteen_disinfection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('meal', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('items', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('method', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=False),
    sa.Column('operator', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('short', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '餐具消毒'}
    )
    with op.batch_alter_table('canteen_disinfection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_canteen_disinfection_day'), ['day'], unique=False)

    op.create_table('canteen_fee_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('account', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '伙食费收支'}
    )
    with op.batch_alter_table('canteen_fee_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_canteen_fee_entry_on'), ['on'], unique=False)

    op.create_table('canteen_food_sample',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('meal', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('dish', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('grams', sa.Integer(), nullable=False),
    sa.Column('stored_at', sa.DateTime(), nullable=False),
    sa.Column('keep_until', sa.DateTime(), nullable=False),
    sa.Column('by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('destroyed_at', sa.DateTime(), nullable=True),
    sa.Column('destroyed_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '食品留样'}
    )
    with op.batch_alter_table('canteen_food_sample', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_canteen_food_sample_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_canteen_food_sample_keep_until'), ['keep_until'], unique=False)

    op.create_table('canteen_menu_dish',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('meal', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('dish', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('grams', sa.Integer(), nullable=False),
    sa.Column('ingredients', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '带量食谱'}
    )
    with op.batch_alter_table('canteen_menu_dish', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_canteen_menu_dish_day'), ['day'], unique=False)

    op.create_table('canteen_stock_count',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('counted_on', sa.Date(), nullable=False),
    sa.Column('item', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('book', sa.Integer(), nullable=False),
    sa.Column('counted', sa.Integer(), nullable=False),
    sa.Column('by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '食堂库存盘点'}
    )
    with op.batch_alter_table('canteen_stock_count', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_canteen_stock_count_counted_on'), ['counted_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_canteen_stock_count_item'), ['item'], unique=False)

    op.create_table('canteen_stock_issue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('item', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('purpose', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '食堂出库'}
    )
    with op.batch_alter_table('canteen_stock_issue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_canteen_stock_issue_item'), ['item'], unique=False)
        batch_op.create_index(batch_op.f('ix_canteen_stock_issue_on'), ['on'], unique=False)

    with op.batch_alter_table('canteen_delivery', schema=None) as batch_op:
        batch_op.add_column(sa.Column('account', sqlmodel.sql.sqltypes.AutoString(), server_default='children', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('canteen_delivery', schema=None) as batch_op:
        batch_op.drop_column('account')

    with op.batch_alter_table('canteen_stock_issue', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_canteen_stock_issue_on'))
        batch_op.drop_index(batch_op.f('ix_canteen_stock_issue_item'))

    op.drop_table('canteen_stock_issue')
    with op.batch_alter_table('canteen_stock_count', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_canteen_stock_count_item'))
        batch_op.drop_index(batch_op.f('ix_canteen_stock_count_counted_on'))

    op.drop_table('canteen_stock_count')
    with op.batch_alter_table('canteen_menu_dish', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_canteen_menu_dish_day'))

    op.drop_table('canteen_menu_dish')
    with op.batch_alter_table('canteen_food_sample', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_canteen_food_sample_keep_until'))
        batch_op.drop_index(batch_op.f('ix_canteen_food_sample_day'))

    op.drop_table('canteen_food_sample')
    with op.batch_alter_table('canteen_fee_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_canteen_fee_entry_on'))

    op.drop_table('canteen_fee_entry')
    with op.batch_alter_table('canteen_disinfection', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_canteen_disinfection_day'))

    op.drop_table('canteen_disinfection')
    with op.batch_alter_table('canteen_companion_meal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_canteen_companion_meal_day'))

    op.drop_table('canteen_companion_meal')
