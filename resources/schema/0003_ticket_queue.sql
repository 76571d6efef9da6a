-- Rapi schema 3: the ticket queue stays fast at 500,000 tickets (SPEC §11, docs/performance.md).

-- The queue's order, most urgent first: by when the resolution target runs out, stopped clocks
-- (no due time) last. The expression is exactly the one TicketRepository orders by, so a page is
-- read from an index instead of sorting every ticket. Open tickets (the daily view) have an index
-- of their own, carrying the columns the queue filters on so that counting them reads only it;
-- a status filter has one that starts with the status.
CREATE INDEX tickets_urgency ON tickets ((CASE WHEN resolution_due_at IS NULL THEN 1 ELSE 0 END), resolution_due_at, id);
CREATE INDEX tickets_open_urgency ON tickets ((CASE WHEN resolution_due_at IS NULL THEN 1 ELSE 0 END), resolution_due_at, id, status, touchpoint, priority, assignee_id) WHERE status NOT IN ('resolved', 'closed');
CREATE INDEX tickets_status_urgency ON tickets (status, (CASE WHEN resolution_due_at IS NULL THEN 1 ELSE 0 END), resolution_due_at, id);

-- Text search in the queue: ticket number, subject and category (the customer's name is found
-- through customer_fts of migration 2). SQLite: an external-content FTS5 table kept in sync by
-- triggers; status changes do not touch it. PostgreSQL: a GIN index on the expression the query uses.
-- @sqlite
CREATE VIRTUAL TABLE ticket_fts USING fts5(number, subject, category, content='tickets', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN
  INSERT INTO ticket_fts (rowid, number, subject, category) VALUES (new.id, new.number, new.subject, new.category);
END;
CREATE TRIGGER tickets_fts_delete AFTER DELETE ON tickets BEGIN
  INSERT INTO ticket_fts (ticket_fts, rowid, number, subject, category) VALUES ('delete', old.id, old.number, old.subject, old.category);
END;
CREATE TRIGGER tickets_fts_update AFTER UPDATE OF number, subject, category ON tickets BEGIN
  INSERT INTO ticket_fts (ticket_fts, rowid, number, subject, category) VALUES ('delete', old.id, old.number, old.subject, old.category);
  INSERT INTO ticket_fts (rowid, number, subject, category) VALUES (new.id, new.number, new.subject, new.category);
END;
INSERT INTO ticket_fts (ticket_fts) VALUES ('rebuild');
-- @postgres
CREATE INDEX tickets_fts ON tickets USING GIN (to_tsvector('simple', number || ' ' || subject || ' ' || category));
-- @both
