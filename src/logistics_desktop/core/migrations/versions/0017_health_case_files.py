"""health case files

Owned by the health module: health_case_file (体弱儿/肥胖儿专案) and health_case_followup (专案随访).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02 17:43:08.425800
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('health_case_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('severe', sa.Boolean(), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('opened_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('next_review', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('closed_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['health_child.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '体弱儿/肥胖儿专案'}
    )
    with op.batch_alter_table('health_case_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_health_case_file_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_health_case_file_opened_on'), ['opened_on'], unique=False)

    op.create_table('health_case_followup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('findings', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('measures', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('next_review', sa.Date(), nullable=True),
    sa.Column('by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['health_case_file.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '专案随访'}
    )
    with op.batch_alter_table('health_case_followup', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_health_case_followup_case_id'), ['case_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('health_case_followup', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_health_case_followup_case_id'))

    op.drop_table('health_case_followup')
    with op.batch_alter_table('health_case_file', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_health_case_file_opened_on'))
        batch_op.drop_index(batch_op.f('ix_health_case_file_child_id'))

    op.drop_table('health_case_file')
