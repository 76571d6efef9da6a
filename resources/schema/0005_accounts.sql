-- Rapi schema 5: accounts and the append-only audit log (SPEC §1, docs/security.md).
-- A database where no user has a password behaves as before: the app acts as the local owner
-- (users row 1) without a login. Setting the owner's password (rapi-cli init, the first-run
-- dialog) turns login on for good.

ALTER TABLE users ADD COLUMN password_hash TEXT;
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN deactivated_at BIGINT;

-- Who did what, when. user_id is not a foreign key: a failed login names someone who may not
-- exist, and the row must outlive anything it mentions. user_name is the name at that moment.
CREATE TABLE audit_log (
    id ID_PK,
    at BIGINT NOT NULL,
    user_id BIGINT,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT,
    summary TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at, id);
CREATE INDEX audit_log_user ON audit_log (user_id, at);

-- Append-only: no code path changes or removes a row, and the database refuses it too.
-- @sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
-- @postgres
CREATE FUNCTION audit_log_refuse() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse();
-- @both

-- Tasks and rhythm (SPEC §7): tasks with an assignee, a local due date (YYYY-MM-DD) and an
-- optional link; one check-in per person per local day; review notes per ISO week ("2026-W47").
CREATE TABLE tasks (
    id ID_PK,
    title TEXT NOT NULL,
    assignee_id BIGINT REFERENCES users (id),
    due_date TEXT,
    status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'doing', 'blocked', 'done')),
    blocker TEXT NOT NULL DEFAULT '',
    order_id BIGINT REFERENCES orders (id),
    ticket_id BIGINT REFERENCES tickets (id),
    product_id BIGINT REFERENCES products (id),
    created_by BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    done_at BIGINT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tasks_assignee ON tasks (assignee_id, status, due_date);
CREATE INDEX tasks_open_due ON tasks (due_date, id) WHERE status <> 'done';

CREATE TABLE checkins (
    id ID_PK,
    user_id BIGINT NOT NULL REFERENCES users (id),
    day TEXT NOT NULL,
    done_yesterday TEXT NOT NULL,
    focus_today TEXT NOT NULL,
    blockers TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL,
    UNIQUE (user_id, day)
);
CREATE INDEX checkins_day ON checkins (day, user_id);

CREATE TABLE weekly_reviews (
    week TEXT PRIMARY KEY,
    notes TEXT NOT NULL,
    updated_by BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
