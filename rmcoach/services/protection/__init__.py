"""Protection: backups, encryption, privacy requests, consents, the audit log."""
