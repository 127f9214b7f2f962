"""Storage: the SQLite engine, the schema, migrations and error translation."""
