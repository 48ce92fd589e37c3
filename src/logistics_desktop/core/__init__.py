"""What every module shares: the database, migrations, backups, audit log, errors and the module contract."""
