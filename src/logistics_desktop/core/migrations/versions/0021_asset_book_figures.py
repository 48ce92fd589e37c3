"""asset book figures

Owned by the assets module: asset gains 生产厂家, 出厂编号 and the finance books' own figures (财务入账日期, 会计凭证号, 累计折旧,
净值) as the government asset system's card export gives them.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-05 07:20:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('asset', schema=None) as batch_op:
        batch_op.add_column(sa.Column('manufacturer', sqlmodel.sql.sqltypes.AutoString(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('serial_no', sqlmodel.sql.sqltypes.AutoString(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('book_entry_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('voucher_no', sqlmodel.sql.sqltypes.AutoString(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('book_depreciation_fen', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('book_net_fen', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('asset', schema=None) as batch_op:
        for column in ('book_net_fen', 'book_depreciation_fen', 'voucher_no', 'book_entry_on', 'serial_no', 'manufacturer'):
            batch_op.drop_column(column)
