"""Schema revisions. HEAD and KNOWN_REVISIONS let us check a file without importing Alembic.

A test checks that they agree with the Alembic scripts in versions/.
"""

KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012", "0013", "0014", "0015", "0016", "0017", "0018", "0019", "0020", "0021")
HEAD = KNOWN_REVISIONS[-1]

# Tables that exist outside SQLModel's metadata (FTS5 and its shadow tables): migrations own them.
UNMANAGED_PREFIXES = ("asset_search",)


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    return not (type_ == "table" and name and name.startswith(UNMANAGED_PREFIXES))
