"""safety patrols, hazards, extinguishers, drills, visitors

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 07:33:56.153436
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('safety_area',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('frequency', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('needs_reviewer', sa.Boolean(), nullable=False),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name'),
    info={'title': '巡查表'}
    )
    op.create_table('safety_drill',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('scenario', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=False),
    sa.Column('evacuation_seconds', sa.Integer(), nullable=False),
    sa.Column('organiser', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('problems', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '疏散演练'}
    )
    with op.batch_alter_table('safety_drill', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_drill_held_on'), ['held_on'], unique=False)

    op.create_table('safety_extinguisher_kind',
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('first_repair_years', sa.Integer(), nullable=False),
    sa.Column('repair_every_years', sa.Integer(), nullable=False),
    sa.Column('scrap_years', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name'),
    info={'title': '灭火器类型'}
    )
    op.create_table('safety_visit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('time_in', sa.DateTime(), nullable=False),
    sa.Column('time_out', sa.DateTime(), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('id_number', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('visited', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '来访登记'}
    )
    with op.batch_alter_table('safety_visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_visit_time_in'), ['time_in'], unique=False)

    op.create_table('safety_extinguisher',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('spec', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('location', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('manufactured_on', sa.Date(), nullable=False),
    sa.Column('repaired_on', sa.Date(), nullable=True),
    sa.Column('scrapped_on', sa.Date(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['kind'], ['safety_extinguisher_kind.name'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code'),
    info={'title': '灭火器'}
    )
    with op.batch_alter_table('safety_extinguisher', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_extinguisher_kind'), ['kind'], unique=False)

    op.create_table('safety_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['safety_area.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '检查项目'}
    )
    with op.batch_alter_table('safety_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_item_area_id'), ['area_id'], unique=False)

    op.create_table('safety_patrol',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('patroller', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reviewer', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['safety_area.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '巡查记录'}
    )
    with op.batch_alter_table('safety_patrol', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_patrol_area_id'), ['area_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_safety_patrol_at'), ['at'], unique=False)

    op.create_table('safety_extinguisher_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('extinguisher_id', sa.Integer(), nullable=False),
    sa.Column('checked_on', sa.Date(), nullable=False),
    sa.Column('gauge_ok', sa.Boolean(), nullable=False),
    sa.Column('seal_ok', sa.Boolean(), nullable=False),
    sa.Column('hose_ok', sa.Boolean(), nullable=False),
    sa.Column('no_rust', sa.Boolean(), nullable=False),
    sa.Column('in_date', sa.Boolean(), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=False),
    sa.Column('checker', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['extinguisher_id'], ['safety_extinguisher.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '灭火器月检'}
    )
    with op.batch_alter_table('safety_extinguisher_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_extinguisher_check_checked_on'), ['checked_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_safety_extinguisher_check_extinguisher_id'), ['extinguisher_id'], unique=False)

    op.create_table('safety_patrol_answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patrol_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('item_text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('answer', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['safety_item.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['patrol_id'], ['safety_patrol.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '巡查结果'}
    )
    with op.batch_alter_table('safety_patrol_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_patrol_answer_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_safety_patrol_answer_patrol_id'), ['patrol_id'], unique=False)

    op.create_table('safety_hazard',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('found_on', sa.Date(), nullable=False),
    sa.Column('finder', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('level', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('measure', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('responsible', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('rectified_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('answer_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['answer_id'], ['safety_patrol_answer.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('number'),
    info={'title': '隐患'}
    )
    with op.batch_alter_table('safety_hazard', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_hazard_deadline'), ['deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_safety_hazard_found_on'), ['found_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_safety_hazard_status'), ['status'], unique=False)

    op.create_table('safety_hazard_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hazard_id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['hazard_id'], ['safety_hazard.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    info={'title': '隐患整改过程'}
    )
    with op.batch_alter_table('safety_hazard_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_hazard_step_hazard_id'), ['hazard_id'], unique=False)


    # The shipped checklists (resources/data/patrol_checklists.csv) and extinguisher types (core/rules.py).
    from logistics_desktop.safety.fire import default_kinds
    from logistics_desktop.safety.service import default_rows

    area_rows, item_rows = default_rows()
    op.bulk_insert(sa.table("safety_area", *(sa.column(k) for k in area_rows[0])), area_rows)
    op.bulk_insert(sa.table("safety_item", *(sa.column(k) for k in item_rows[0])), item_rows)
    kinds = default_kinds()
    op.bulk_insert(sa.table("safety_extinguisher_kind", *(sa.column(k) for k in kinds[0])), kinds)


def downgrade() -> None:
    with op.batch_alter_table('safety_hazard_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_hazard_step_hazard_id'))

    op.drop_table('safety_hazard_step')
    with op.batch_alter_table('safety_hazard', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_hazard_status'))
        batch_op.drop_index(batch_op.f('ix_safety_hazard_found_on'))
        batch_op.drop_index(batch_op.f('ix_safety_hazard_deadline'))

    op.drop_table('safety_hazard')
    with op.batch_alter_table('safety_patrol_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_patrol_answer_patrol_id'))
        batch_op.drop_index(batch_op.f('ix_safety_patrol_answer_item_id'))

    op.drop_table('safety_patrol_answer')
    with op.batch_alter_table('safety_extinguisher_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_extinguisher_check_extinguisher_id'))
        batch_op.drop_index(batch_op.f('ix_safety_extinguisher_check_checked_on'))

    op.drop_table('safety_extinguisher_check')
    with op.batch_alter_table('safety_patrol', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_patrol_at'))
        batch_op.drop_index(batch_op.f('ix_safety_patrol_area_id'))

    op.drop_table('safety_patrol')
    with op.batch_alter_table('safety_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_item_area_id'))

    op.drop_table('safety_item')
    with op.batch_alter_table('safety_extinguisher', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_extinguisher_kind'))

    op.drop_table('safety_extinguisher')
    with op.batch_alter_table('safety_visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_visit_time_in'))

    op.drop_table('safety_visit')
    op.drop_table('safety_extinguisher_kind')
    with op.batch_alter_table('safety_drill', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_drill_held_on'))

    op.drop_table('safety_drill')
    op.drop_table('safety_area')
