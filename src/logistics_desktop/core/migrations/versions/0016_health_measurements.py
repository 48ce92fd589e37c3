"""health measurements

Owned by the health module: health_measurement (体格测量: height, weight, vision … with the evaluation made then).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02 17:24:47.897417
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('health_measurement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('height_cm', sa.Integer(), nullable=True),  # thousandths (core.types.Quantity)
    sa.Column('weight_kg', sa.Integer(), nullable=True),  # thousandths (core.types.Quantity)
    sa.Column('head_cm', sa.Integer(), nullable=True),  # thousandths (core.types.Quantity)
    sa.Column('waist_cm', sa.Integer(), nullable=True),  # thousandths (core.types.Quantity)
    sa.Column('hip_cm', sa.Integer(), nullable=True),  # thousandths (core.types.Quantity)
    sa.Column('vision_left', sa.Integer(), nullable=True),  # thousandths (core.types.Quantity)
    sa.Column('vision_right', sa.Integer(), nullable=True),  # thousandths (core.types.Quantity)
    sa.Column('haemoglobin', sa.Integer(), nullable=True),
    sa.Column('caries', sa.Integer(), nullable=True),
    sa.Column('measurer', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('standard', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('statuses', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['health_child.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('child_id', 'day'),
    info={'title': '体格测量'}
    )
    with op.batch_alter_table('health_measurement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_health_measurement_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_health_measurement_day'), ['day'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('health_measurement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_health_measurement_day'))
        batch_op.drop_index(batch_op.f('ix_health_measurement_child_id'))

    op.drop_table('health_measurement')
