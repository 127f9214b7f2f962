"""Pages shown in the main window's navigation rail."""
