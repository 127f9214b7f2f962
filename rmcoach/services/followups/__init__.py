"""Follow-ups: the RM's to-dos, the generated ones and their reminders."""
