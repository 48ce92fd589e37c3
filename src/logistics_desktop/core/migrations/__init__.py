"""Schema revisions. HEAD and KNOWN_REVISIONS let us check a file without importing Alembic.

A test checks that they agree with the Alembic scripts in versions/.
"""

KNOWN_REVISIONS = ("0001",)
HEAD = KNOWN_REVISIONS[-1]
