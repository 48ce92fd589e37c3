"""asset class words

Owned by the assets module: asset_class_word (the words that give an item's class when a register has none, seeded with
the items schools own) and asset.class_inferred (how an import found the class).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05 07:05:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None

# (word, class code, is a category word) as shipped with this revision: literals, never read from today's data files.
# The item words point at the classes seeded by 0002 (GB/T 14885-2022); a longer word is tried before a shorter one.
WORDS = [
    ("台式计算机", "A02010105", False), ("台式机", "A02010105", False), ("计算机", "A02010105", False), ("电脑", "A02010105", False),
    ("笔记本电脑", "A02010108", False), ("笔记本", "A02010108", False), ("便携式计算机", "A02010108", False),
    ("平板电脑", "A02010109", False), ("平板", "A02010109", False), ("服务器", "A02010104", False),
    ("交换机", "A020102", False), ("路由器", "A020102", False), ("防火墙", "A020102", False), ("无线AP", "A020102", False),
    ("打印机", "A02010601", False), ("显示器", "A02010604", False), ("扫描仪", "A020106", False),
    ("复印机", "A020201", False), ("投影仪", "A020202", False), ("投影机", "A020202", False), ("投影幕", "A020203", False),
    ("幕布", "A020203", False), ("多功能一体机", "A020204", False), ("照相机", "A020205", False), ("相机", "A020205", False),
    ("碎纸机", "A020211", False), ("速印机", "A020210", False), ("油印机", "A020210", False),
    ("电冰箱", "A0206180101", False), ("冰箱", "A0206180101", False), ("冰柜", "A0206180101", False),
    ("电风扇", "A0206180201", False), ("风扇", "A0206180201", False), ("空调", "A0206180203", False),
    ("空气净化器", "A0206180205", False), ("净化器", "A0206180205", False), ("洗衣机", "A0206180301", False),
    ("热水器", "A02061808", False), ("电视机", "A02091001", False), ("电视", "A02091001", False), ("摄像机", "A02091102", False),
    ("广播", "A0209", False), ("音箱", "A0209", False), ("功放", "A0209", False),
    ("显微镜", "A023201", False), ("天平", "A023201", False), ("望远镜", "A023201", False), ("模型", "A023202", False),
    ("标本", "A023202", False), ("白板", "A023203", False), ("触控一体机", "A023203", False), ("教学一体机", "A023203", False),
    ("篮球架", "A0233", False), ("乒乓球台", "A0233", False), ("足球门", "A0233", False), ("跳箱", "A0233", False),
    ("体操垫", "A0233", False), ("单杠", "A0233", False), ("双杠", "A0233", False),
    ("钢琴", "A0234", False), ("电子琴", "A0234", False), ("手风琴", "A0234", False), ("架子鼓", "A0234", False), ("古筝", "A0234", False),
    ("消毒柜", "A0235", False), ("蒸饭柜", "A0235", False), ("和面机", "A0235", False), ("灶", "A0235", False), ("油烟机", "A0235", False),
    ("监控", "A0236", False), ("摄像头", "A0236", False), ("门禁", "A0236", False), ("录像机", "A0236", False),
    ("灭火器", "A0237", False), ("消防栓", "A0237", False),
    ("床", "A050101", False), ("课桌椅", "A050102", False), ("课桌", "A050102", False), ("办公桌", "A050102", False),
    ("讲台", "A050102", False), ("会议桌", "A050102", False), ("桌", "A050102", False), ("椅", "A050103", False), ("凳", "A050103", False),
    ("沙发", "A050104", False), ("文件柜", "A050105", False), ("书柜", "A050105", False), ("柜", "A050105", False),
    ("书架", "A050106", False), ("货架", "A050106", False), ("架", "A050106", False), ("屏风", "A050107", False),
    ("图书", "A0401", False), ("档案", "A0402", False),
    # the category words: the 2010 edition's six and the 2022 edition's names, read from a register's 类别 column
    ("土地、房屋及构筑物", "A01", True), ("房屋及构筑物", "A01", True), ("通用设备", "A02", True), ("专用设备", "A02", True),
    ("文物和陈列品", "A03", True), ("图书、档案", "A04", True), ("图书档案", "A04", True), ("家具、用具及装具", "A05", True),
    ("家具用具装具", "A05", True), ("家具、用具、装具", "A05", True), ("房屋和构筑物", "A01", True), ("设备", "A02", True),
    ("图书和档案", "A04", True), ("家具和用具", "A05", True), ("特种动植物", "A06", True),
]


def upgrade() -> None:
    op.create_table('asset_class_word',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('word', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('class_code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('category', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['class_code'], ['asset_class.code'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('word'),
    info={'title': '分类推断词'}
    )
    with op.batch_alter_table('asset', schema=None) as batch_op:
        batch_op.add_column(sa.Column('class_inferred', sqlmodel.sql.sqltypes.AutoString(), server_default='', nullable=False))
    known = {row[0] for row in op.get_bind().execute(sa.text("SELECT code FROM asset_class"))}
    words = sa.table("asset_class_word", sa.column("word"), sa.column("class_code"), sa.column("category"))
    op.bulk_insert(words, [{"word": w, "class_code": c, "category": k} for w, c, k in WORDS if c in known])


def downgrade() -> None:
    with op.batch_alter_table('asset', schema=None) as batch_op:
        batch_op.drop_column('class_inferred')
    op.drop_table('asset_class_word')
