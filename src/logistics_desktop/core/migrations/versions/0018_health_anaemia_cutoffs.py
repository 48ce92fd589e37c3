"""health anaemia cut-offs

Owned by the health module: health_anaemia_cutoff (贫血界值 by age band, seeded with WHO 2011, edited by the school).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05 06:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('health_anaemia_cutoff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('from_months', sa.Integer(), nullable=False),
    sa.Column('below', sa.Integer(), nullable=False),
    sa.Column('severe_below', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('from_months'),
    info={'title': '贫血界值'}
    )
    # WHO/NMH/NHD/MNM/11.1 (2011) as shipped with this revision (core/rules.py ANAEMIA_HB at 0018), written here: a later
    # change of the shipped values is a data migration of its own
    cutoffs = sa.table("health_anaemia_cutoff", *(sa.column(c) for c in ("from_months", "below", "severe_below")))
    op.bulk_insert(cutoffs, [
        {'from_months': 6, 'below': 110, 'severe_below': 100},
        {'from_months': 60, 'below': 115, 'severe_below': 110},
        {'from_months': 144, 'below': 120, 'severe_below': 110},
    ])


def downgrade() -> None:
    op.drop_table('health_anaemia_cutoff')
