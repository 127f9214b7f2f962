"""Services: the one API the CLI, the tests and the UI use; plain data in and out."""
