-- INSERT OR REPLACE over an existing id deletes the old row without firing audit_logs_no_delete
-- (REPLACE only fires DELETE triggers with recursive_triggers on), so an insert may never reuse an id.
CREATE TRIGGER audit_logs_no_replace BEFORE INSERT ON audit_logs
WHEN EXISTS (SELECT 1 FROM audit_logs WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'audit_logs is append-only');
END;
