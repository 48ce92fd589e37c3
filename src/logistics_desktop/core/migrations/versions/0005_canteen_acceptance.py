"""canteen: suppliers, certificates, acceptance

Owned by the canteen module: canteen_supplier, canteen_health_certificate, canteen_delivery and its lines and corrections.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 07:13:10.755953
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('canteen_supplier',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('contact', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('licence_no', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('licence_expiry', sa.Date(), nullable=True),
    sa.Column('supplies', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name'),
    info={'title': '供货单位'}
    )
    op.create_table('canteen_delivery',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('supplier_id', sa.Integer(), nullable=False),
    sa.Column('documents', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('override_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('acceptor1', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('acceptor2', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('signed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['supplier_id'], ['canteen_supplier.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '进货查验'}
    )
    with op.batch_alter_table('canteen_delivery', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_canteen_delivery_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_canteen_delivery_supplier_id'), ['supplier_id'], unique=False)

    op.create_table('canteen_health_certificate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('expiry', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '健康证'}
    )
    with op.batch_alter_table('canteen_health_certificate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_canteen_health_certificate_staff_id'), ['staff_id'], unique=False)

    op.create_table('canteen_delivery_correction',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('delivery_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['delivery_id'], ['canteen_delivery.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '进货查验更正'}
    )
    with op.batch_alter_table('canteen_delivery_correction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_canteen_delivery_correction_delivery_id'), ['delivery_id'], unique=False)

    op.create_table('canteen_delivery_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('delivery_id', sa.Integer(), nullable=False),
    sa.Column('item', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('spec', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price_fen', sa.Integer(), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('batch', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('produced_on', sa.Date(), nullable=True),
    sa.Column('shelf_life_days', sa.Integer(), nullable=True),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('sensory_ok', sa.Boolean(), nullable=False),
    sa.Column('temperature', sa.Integer(), nullable=True),
    sa.Column('storage', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('accepted', sa.Integer(), nullable=False),
    sa.Column('rejected', sa.Integer(), nullable=False),
    sa.Column('reject_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['delivery_id'], ['canteen_delivery.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '进货查验明细'}
    )
    with op.batch_alter_table('canteen_delivery_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_canteen_delivery_line_delivery_id'), ['delivery_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('canteen_delivery_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_canteen_delivery_line_delivery_id'))

    op.drop_table('canteen_delivery_line')
    with op.batch_alter_table('canteen_delivery_correction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_canteen_delivery_correction_delivery_id'))

    op.drop_table('canteen_delivery_correction')
    with op.batch_alter_table('canteen_health_certificate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_canteen_health_certificate_staff_id'))

    op.drop_table('canteen_health_certificate')
    with op.batch_alter_table('canteen_delivery', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_canteen_delivery_supplier_id'))
        batch_op.drop_index(batch_op.f('ix_canteen_delivery_at'))

    op.drop_table('canteen_delivery')
    op.drop_table('canteen_supplier')
