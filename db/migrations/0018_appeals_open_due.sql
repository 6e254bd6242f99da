-- The appeals queue's default view: the open appeals (the clock runs: submitted, processing) by deadline.
-- This partial index holds only them, in due-date order (then id: every entry ends with the rowid), so a page
-- is read in order and stops at its LIMIT, and the capped count walks only open rows. The unary + keeps the
-- condition off appeals_status_due_idx: through that index SQLite reads each status's rows and sorts them all
-- (the LIMIT cannot stop a sort fed by several index ranges once the page joins other tables). SQLite uses a
-- partial index only where the query repeats its condition exactly: appeals.repo.ts openCondition writes it.
CREATE INDEX `appeals_open_due_idx` ON `appeals` (`due_date`) WHERE +`status` IN ('submitted', 'processing');
