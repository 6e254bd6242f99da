-- Free-text search by index instead of LIKE '%q%' over whole tables (issue 16, item 4).
-- One external-content FTS5 trigram table per searched resource: it stores only the index, the text
-- stays in the base table; the triggers keep the index in step, and the rebuild indexes existing rows.
-- A trigram index finds any substring of 3 or more characters (ASCII case-insensitively); shorter
-- terms are prefix-matched on the plain b-tree indexes the columns already have (db/lists.ts).
CREATE VIRTUAL TABLE units_fts USING fts5(name, uscc, account, content='units', content_rowid='id', tokenize='trigram case_sensitive 0');
--> statement-breakpoint
CREATE TRIGGER units_fts_insert AFTER INSERT ON units BEGIN
  INSERT INTO units_fts(rowid, name, uscc, account) VALUES (new.id, new.name, new.uscc, new.account);
END;
--> statement-breakpoint
CREATE TRIGGER units_fts_delete AFTER DELETE ON units BEGIN
  INSERT INTO units_fts(units_fts, rowid, name, uscc, account) VALUES ('delete', old.id, old.name, old.uscc, old.account);
END;
--> statement-breakpoint
-- Only a change to an indexed column touches the index (status changes are the common update).
CREATE TRIGGER units_fts_update AFTER UPDATE OF name, uscc, account ON units BEGIN
  INSERT INTO units_fts(units_fts, rowid, name, uscc, account) VALUES ('delete', old.id, old.name, old.uscc, old.account);
  INSERT INTO units_fts(rowid, name, uscc, account) VALUES (new.id, new.name, new.uscc, new.account);
END;
--> statement-breakpoint
INSERT INTO units_fts(units_fts) VALUES ('rebuild');
--> statement-breakpoint
CREATE VIRTUAL TABLE appeals_fts USING fts5(name, uscc, account, content='appeals', content_rowid='id', tokenize='trigram case_sensitive 0');
--> statement-breakpoint
CREATE TRIGGER appeals_fts_insert AFTER INSERT ON appeals BEGIN
  INSERT INTO appeals_fts(rowid, name, uscc, account) VALUES (new.id, new.name, new.uscc, new.account);
END;
--> statement-breakpoint
CREATE TRIGGER appeals_fts_delete AFTER DELETE ON appeals BEGIN
  INSERT INTO appeals_fts(appeals_fts, rowid, name, uscc, account) VALUES ('delete', old.id, old.name, old.uscc, old.account);
END;
--> statement-breakpoint
-- Only a change to an indexed column touches the index (status changes are the common update).
CREATE TRIGGER appeals_fts_update AFTER UPDATE OF name, uscc, account ON appeals BEGIN
  INSERT INTO appeals_fts(appeals_fts, rowid, name, uscc, account) VALUES ('delete', old.id, old.name, old.uscc, old.account);
  INSERT INTO appeals_fts(rowid, name, uscc, account) VALUES (new.id, new.name, new.uscc, new.account);
END;
--> statement-breakpoint
INSERT INTO appeals_fts(appeals_fts) VALUES ('rebuild');
--> statement-breakpoint
CREATE VIRTUAL TABLE title_applications_fts USING fts5(applicant_name, content='title_applications', content_rowid='id', tokenize='trigram case_sensitive 0');
--> statement-breakpoint
CREATE TRIGGER title_applications_fts_insert AFTER INSERT ON title_applications BEGIN
  INSERT INTO title_applications_fts(rowid, applicant_name) VALUES (new.id, new.applicant_name);
END;
--> statement-breakpoint
CREATE TRIGGER title_applications_fts_delete AFTER DELETE ON title_applications BEGIN
  INSERT INTO title_applications_fts(title_applications_fts, rowid, applicant_name) VALUES ('delete', old.id, old.applicant_name);
END;
--> statement-breakpoint
-- Only a change to an indexed column touches the index (status changes are the common update).
CREATE TRIGGER title_applications_fts_update AFTER UPDATE OF applicant_name ON title_applications BEGIN
  INSERT INTO title_applications_fts(title_applications_fts, rowid, applicant_name) VALUES ('delete', old.id, old.applicant_name);
  INSERT INTO title_applications_fts(rowid, applicant_name) VALUES (new.id, new.applicant_name);
END;
--> statement-breakpoint
INSERT INTO title_applications_fts(title_applications_fts) VALUES ('rebuild');
--> statement-breakpoint
CREATE VIRTUAL TABLE institutions_fts USING fts5(name, number, admin_name, content='institutions', content_rowid='id', tokenize='trigram case_sensitive 0');
--> statement-breakpoint
CREATE TRIGGER institutions_fts_insert AFTER INSERT ON institutions BEGIN
  INSERT INTO institutions_fts(rowid, name, number, admin_name) VALUES (new.id, new.name, new.number, new.admin_name);
END;
--> statement-breakpoint
CREATE TRIGGER institutions_fts_delete AFTER DELETE ON institutions BEGIN
  INSERT INTO institutions_fts(institutions_fts, rowid, name, number, admin_name) VALUES ('delete', old.id, old.name, old.number, old.admin_name);
END;
--> statement-breakpoint
-- Only a change to an indexed column touches the index (status changes are the common update).
CREATE TRIGGER institutions_fts_update AFTER UPDATE OF name, number, admin_name ON institutions BEGIN
  INSERT INTO institutions_fts(institutions_fts, rowid, name, number, admin_name) VALUES ('delete', old.id, old.name, old.number, old.admin_name);
  INSERT INTO institutions_fts(rowid, name, number, admin_name) VALUES (new.id, new.name, new.number, new.admin_name);
END;
--> statement-breakpoint
INSERT INTO institutions_fts(institutions_fts) VALUES ('rebuild');
--> statement-breakpoint
-- The phone/ID rule (piiSearch) ORed with the text search: a whole value or its last 4 by index too,
-- or the OR as a whole would scan the table. The -4 must stay literal in the query to match.
CREATE INDEX `units_phone_idx` ON `units` (`phone`);
--> statement-breakpoint
CREATE INDEX `units_phone_last4_idx` ON `units` (substr(`phone`, -4));
--> statement-breakpoint
CREATE INDEX `units_id_number_idx` ON `units` (`id_number`);
--> statement-breakpoint
CREATE INDEX `units_id_number_last4_idx` ON `units` (substr(`id_number`, -4));
--> statement-breakpoint
CREATE INDEX `appeals_phone_idx` ON `appeals` (`phone`);
--> statement-breakpoint
CREATE INDEX `appeals_phone_last4_idx` ON `appeals` (substr(`phone`, -4));
--> statement-breakpoint
CREATE INDEX `appeals_id_number_idx` ON `appeals` (`id_number`);
--> statement-breakpoint
CREATE INDEX `appeals_id_number_last4_idx` ON `appeals` (substr(`id_number`, -4));
--> statement-breakpoint
CREATE INDEX `title_apps_applicant_phone_idx` ON `title_applications` (`applicant_phone`);
--> statement-breakpoint
CREATE INDEX `title_apps_applicant_phone_last4_idx` ON `title_applications` (substr(`applicant_phone`, -4));
--> statement-breakpoint
CREATE INDEX `title_apps_applicant_id_number_last4_idx` ON `title_applications` (substr(`applicant_id_number`, -4));
--> statement-breakpoint
CREATE INDEX `institutions_admin_phone_idx` ON `institutions` (`admin_phone`);
--> statement-breakpoint
CREATE INDEX `institutions_admin_phone_last4_idx` ON `institutions` (substr(`admin_phone`, -4));
--> statement-breakpoint
CREATE INDEX `institutions_admin_id_number_idx` ON `institutions` (`admin_id_number`);
--> statement-breakpoint
CREATE INDEX `institutions_admin_id_number_last4_idx` ON `institutions` (substr(`admin_id_number`, -4));
