-- 0004: the audit trail is append-only; the hash chain shows tampering by anyone who removes these triggers
CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON "AuditEntries" BEGIN
    SELECT RAISE(ABORT, 'The audit trail is append-only.');
END;

CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON "AuditEntries" BEGIN
    SELECT RAISE(ABORT, 'The audit trail is append-only.');
END;
