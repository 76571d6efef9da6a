-- Rapi schema 2: customer profiles, notes and search; CS tickets with business-hour SLAs;
-- versioned templates and SOPs (SPEC §4, §5, §6). Written once for SQLite and PostgreSQL.
-- Time: UTC seconds. SLA durations: business seconds (targets are edited in minutes).

-- Customers: the profile beside name and phone. Handles are "channel: handle" lines and tags a
-- comma-separated, lower-case list, so both are searchable as text.
ALTER TABLE customers ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN handles TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN preferences TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN tags TEXT NOT NULL DEFAULT '';
-- A customer merged into another keeps its row (for audit) but no longer shows in lists.
ALTER TABLE customers ADD COLUMN merged_into BIGINT REFERENCES customers (id);
ALTER TABLE customers ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
CREATE INDEX customers_merged ON customers (merged_into);

CREATE TABLE customer_notes (
    id ID_PK,
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    body TEXT NOT NULL,
    author_id BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX customer_notes_customer ON customer_notes (customer_id, created_at);

-- Full-text search over the profile and over notes. SQLite: two external-content FTS5 tables
-- kept in sync by triggers (a note does not rewrite its customer's index row, which matters at a
-- million notes). PostgreSQL: GIN indexes on the same to_tsvector expressions the queries use.
-- @sqlite
CREATE VIRTUAL TABLE customer_fts USING fts5(name, phone, email, tags, handles, content='customers', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
  INSERT INTO customer_fts (rowid, name, phone, email, tags, handles) VALUES (new.id, new.name, COALESCE(new.phone, ''), new.email, new.tags, new.handles);
END;
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
  INSERT INTO customer_fts (customer_fts, rowid, name, phone, email, tags, handles) VALUES ('delete', old.id, old.name, COALESCE(old.phone, ''), old.email, old.tags, old.handles);
END;
CREATE TRIGGER customers_fts_update AFTER UPDATE OF name, phone, email, tags, handles ON customers BEGIN
  INSERT INTO customer_fts (customer_fts, rowid, name, phone, email, tags, handles) VALUES ('delete', old.id, old.name, COALESCE(old.phone, ''), old.email, old.tags, old.handles);
  INSERT INTO customer_fts (rowid, name, phone, email, tags, handles) VALUES (new.id, new.name, COALESCE(new.phone, ''), new.email, new.tags, new.handles);
END;
INSERT INTO customer_fts (rowid, name, phone, email, tags, handles) SELECT id, name, COALESCE(phone, ''), email, tags, handles FROM customers;
CREATE VIRTUAL TABLE customer_note_fts USING fts5(body, content='customer_notes', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER customer_notes_fts_insert AFTER INSERT ON customer_notes BEGIN
  INSERT INTO customer_note_fts (rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER customer_notes_fts_delete AFTER DELETE ON customer_notes BEGIN
  INSERT INTO customer_note_fts (customer_note_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER customer_notes_fts_update AFTER UPDATE OF body ON customer_notes BEGIN
  INSERT INTO customer_note_fts (customer_note_fts, rowid, body) VALUES ('delete', old.id, old.body);
  INSERT INTO customer_note_fts (rowid, body) VALUES (new.id, new.body);
END;
-- @postgres
CREATE INDEX customers_fts ON customers USING GIN (to_tsvector('simple', name || ' ' || COALESCE(phone, '') || ' ' || email || ' ' || tags || ' ' || handles));
CREATE INDEX customer_notes_fts ON customer_notes USING GIN (to_tsvector('simple', body));
-- @both

-- SLA settings. Weekdays are ISO (1 = Monday); a weekday without a row is closed.
CREATE TABLE business_hours (
    weekday INTEGER PRIMARY KEY CHECK (weekday BETWEEN 1 AND 7),
    open_minute INTEGER NOT NULL CHECK (open_minute >= 0),
    close_minute INTEGER NOT NULL CHECK (close_minute <= 1440),
    CHECK (open_minute < close_minute)
);
INSERT INTO business_hours (weekday, open_minute, close_minute) VALUES (1, 480, 1020);
INSERT INTO business_hours (weekday, open_minute, close_minute) VALUES (2, 480, 1020);
INSERT INTO business_hours (weekday, open_minute, close_minute) VALUES (3, 480, 1020);
INSERT INTO business_hours (weekday, open_minute, close_minute) VALUES (4, 480, 1020);
INSERT INTO business_hours (weekday, open_minute, close_minute) VALUES (5, 480, 1020);
INSERT INTO business_hours (weekday, open_minute, close_minute) VALUES (6, 480, 1020);
-- The zone is the setting `business_time_zone` when present, else Asia/Jakarta (not seeded, so
-- a new database's settings table stays the owner's).

-- Indonesian national holidays (libur nasional, SKB 3 Menteri). Cuti bersama is not included:
-- whether the shop closes then is the owner's choice. Islamic and lunar dates move every year and
-- the 2027 dates are the expected ones (the decree comes out late in the previous year), so the
-- owner edits this list yearly in Settings.
CREATE TABLE holidays (
    day TEXT PRIMARY KEY, -- YYYY-MM-DD, local date in the business zone
    name TEXT NOT NULL
);
INSERT INTO holidays (day, name) VALUES ('2026-01-01', 'Tahun Baru 2026 Masehi');
INSERT INTO holidays (day, name) VALUES ('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW');
INSERT INTO holidays (day, name) VALUES ('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili');
INSERT INTO holidays (day, name) VALUES ('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)');
INSERT INTO holidays (day, name) VALUES ('2026-03-21', 'Idul Fitri 1447 H');
INSERT INTO holidays (day, name) VALUES ('2026-03-22', 'Idul Fitri 1447 H');
INSERT INTO holidays (day, name) VALUES ('2026-04-03', 'Wafat Yesus Kristus');
INSERT INTO holidays (day, name) VALUES ('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)');
INSERT INTO holidays (day, name) VALUES ('2026-05-01', 'Hari Buruh Internasional');
INSERT INTO holidays (day, name) VALUES ('2026-05-14', 'Kenaikan Yesus Kristus');
INSERT INTO holidays (day, name) VALUES ('2026-05-27', 'Idul Adha 1447 H');
INSERT INTO holidays (day, name) VALUES ('2026-05-31', 'Hari Raya Waisak 2570 BE');
INSERT INTO holidays (day, name) VALUES ('2026-06-01', 'Hari Lahir Pancasila');
INSERT INTO holidays (day, name) VALUES ('2026-06-16', 'Tahun Baru Islam 1448 H');
INSERT INTO holidays (day, name) VALUES ('2026-08-17', 'Hari Kemerdekaan Republik Indonesia');
INSERT INTO holidays (day, name) VALUES ('2026-08-25', 'Maulid Nabi Muhammad SAW');
INSERT INTO holidays (day, name) VALUES ('2026-12-25', 'Hari Raya Natal');
INSERT INTO holidays (day, name) VALUES ('2027-01-01', 'Tahun Baru 2027 Masehi');
INSERT INTO holidays (day, name) VALUES ('2027-01-05', 'Isra Mikraj Nabi Muhammad SAW');
INSERT INTO holidays (day, name) VALUES ('2027-02-06', 'Tahun Baru Imlek 2578 Kongzili');
INSERT INTO holidays (day, name) VALUES ('2027-03-08', 'Hari Suci Nyepi (Tahun Baru Saka 1949)');
INSERT INTO holidays (day, name) VALUES ('2027-03-10', 'Idul Fitri 1448 H');
INSERT INTO holidays (day, name) VALUES ('2027-03-11', 'Idul Fitri 1448 H');
INSERT INTO holidays (day, name) VALUES ('2027-03-26', 'Wafat Yesus Kristus');
INSERT INTO holidays (day, name) VALUES ('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)');
INSERT INTO holidays (day, name) VALUES ('2027-05-01', 'Hari Buruh Internasional');
INSERT INTO holidays (day, name) VALUES ('2027-05-06', 'Kenaikan Yesus Kristus');
INSERT INTO holidays (day, name) VALUES ('2027-05-17', 'Idul Adha 1448 H');
INSERT INTO holidays (day, name) VALUES ('2027-05-20', 'Hari Raya Waisak 2571 BE');
INSERT INTO holidays (day, name) VALUES ('2027-06-01', 'Hari Lahir Pancasila');
INSERT INTO holidays (day, name) VALUES ('2027-06-06', 'Tahun Baru Islam 1449 H');
INSERT INTO holidays (day, name) VALUES ('2027-08-15', 'Maulid Nabi Muhammad SAW');
INSERT INTO holidays (day, name) VALUES ('2027-08-17', 'Hari Kemerdekaan Republik Indonesia');
INSERT INTO holidays (day, name) VALUES ('2027-12-25', 'Hari Raya Natal');

-- Targets in business minutes (SPEC §8 defaults), editable per priority.
CREATE TABLE sla_policies (
    priority TEXT PRIMARY KEY CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    first_response_minutes BIGINT NOT NULL CHECK (first_response_minutes > 0),
    resolution_minutes BIGINT NOT NULL CHECK (resolution_minutes > 0)
);
INSERT INTO sla_policies (priority, first_response_minutes, resolution_minutes) VALUES ('urgent', 60, 480);
INSERT INTO sla_policies (priority, first_response_minutes, resolution_minutes) VALUES ('high', 120, 960);
INSERT INTO sla_policies (priority, first_response_minutes, resolution_minutes) VALUES ('normal', 240, 1620);
INSERT INTO sla_policies (priority, first_response_minutes, resolution_minutes) VALUES ('low', 480, 2700);

-- Templates: the template is a name and kind; its text lives in immutable versions, the latest
-- being the current one.
CREATE TABLE templates (
    id ID_PK,
    code TEXT UNIQUE, -- set on the defaults shipped with Rapi
    kind TEXT NOT NULL CHECK (kind IN ('cs_reply', 'payment_reminder', 'order_status', 'invoice',
                                       'shipping_checklist', 'weekly_report', 'content_brief', 'design_revision')),
    name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id)
);
CREATE INDEX templates_kind ON templates (kind, name);

CREATE TABLE template_versions (
    id ID_PK,
    template_id BIGINT NOT NULL REFERENCES templates (id),
    number INTEGER NOT NULL,
    body TEXT NOT NULL,
    restored_from BIGINT REFERENCES template_versions (id),
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id),
    UNIQUE (template_id, number)
);

CREATE TABLE sops (
    id ID_PK,
    title TEXT NOT NULL,
    -- Linked to exactly one place in the daily work.
    order_stage TEXT,
    ticket_category TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id),
    CHECK ((order_stage IS NULL) <> (ticket_category IS NULL))
);
CREATE INDEX sops_stage ON sops (order_stage, active);
CREATE INDEX sops_category ON sops (ticket_category, active);

CREATE TABLE sop_versions (
    id ID_PK,
    sop_id BIGINT NOT NULL REFERENCES sops (id),
    number INTEGER NOT NULL,
    goal TEXT NOT NULL,
    steps TEXT NOT NULL,
    done_standard TEXT NOT NULL,
    restored_from BIGINT REFERENCES sop_versions (id),
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id),
    UNIQUE (sop_id, number)
);

INSERT INTO counters (name, value) VALUES ('ticket_number', 0);

CREATE TABLE tickets (
    id ID_PK,
    number TEXT NOT NULL UNIQUE,
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    order_id BIGINT REFERENCES orders (id),
    channel_id BIGINT REFERENCES channels (id),
    touchpoint TEXT NOT NULL CHECK (touchpoint IN ('pre_purchase', 'payment', 'shipping', 'after_sales',
                                                   'product_use', 'other')),
    category TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    status TEXT NOT NULL CHECK (status IN ('open', 'pending', 'escalated', 'resolved', 'closed')),
    assignee_id BIGINT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id),
    updated_at BIGINT NOT NULL,
    -- Targets copied from the policy when the ticket was created (or its priority changed), in
    -- business seconds, so editing a policy does not rewrite history.
    first_response_target BIGINT NOT NULL,
    resolution_target BIGINT NOT NULL,
    -- Set while the clock is stopped (pending, resolved, closed); business seconds of the
    -- stops that ended are summed in paused_seconds.
    clock_stopped_at BIGINT,
    paused_seconds BIGINT NOT NULL DEFAULT 0,
    -- When each target runs out; NULL while the clock is stopped before it ran out.
    first_response_due_at BIGINT,
    resolution_due_at BIGINT,
    first_response_at BIGINT,
    first_response_seconds BIGINT, -- business seconds from creation to the first outgoing message
    resolved_at BIGINT,
    resolution_seconds BIGINT,
    closed_at BIGINT,
    escalated_at BIGINT,
    outgoing_count INTEGER NOT NULL DEFAULT 0,
    reopen_count INTEGER NOT NULL DEFAULT 0,
    handle_seconds BIGINT NOT NULL DEFAULT 0,
    csat INTEGER CHECK (csat BETWEEN 1 AND 5),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tickets_status ON tickets (status, priority, id);
CREATE INDEX tickets_touchpoint ON tickets (touchpoint, status);
CREATE INDEX tickets_assignee ON tickets (assignee_id, status);
CREATE INDEX tickets_created ON tickets (created_at, id);
CREATE INDEX tickets_resolved ON tickets (resolved_at);
CREATE INDEX tickets_customer ON tickets (customer_id, created_at);
CREATE INDEX tickets_order ON tickets (order_id);

CREATE TABLE ticket_messages (
    id ID_PK,
    ticket_id BIGINT NOT NULL REFERENCES tickets (id),
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    body TEXT NOT NULL,
    at BIGINT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id),
    -- The template version the reply started from, if any.
    template_version_id BIGINT REFERENCES template_versions (id)
);
CREATE INDEX ticket_messages_ticket ON ticket_messages (ticket_id, at);

-- Everything else that happens to a ticket: status changes, assignment, escalation, priority,
-- handle time, CSAT.
CREATE TABLE ticket_events (
    id ID_PK,
    ticket_id BIGINT NOT NULL REFERENCES tickets (id),
    kind TEXT NOT NULL,
    from_value TEXT,
    to_value TEXT,
    note TEXT NOT NULL DEFAULT '',
    at BIGINT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id)
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, at);

-- Default templates for every kind, in the database's language: English when the setting
-- `language` is 'en' when this migration runs, Indonesian otherwise. Created by the owner (user 1).
-- Line breaks are written as ¶ and replaced: the migration runner drops blank lines.
INSERT INTO templates (code, kind, name, active, created_at, created_by) SELECT 'id.cs_reply', 'cs_reply', 'Balasan CS umum', 1, 0, 1 WHERE COALESCE((SELECT value FROM settings WHERE key = 'language'), 'id') <> 'en';
INSERT INTO template_versions (template_id, number, body, created_at, created_by) SELECT id, 1, replace('Halo Kak {{customer.name}},¶¶Terima kasih sudah menghubungi {{business.name}}. Kami sudah menerima pesan Kakak dan sedang kami bantu cek.¶¶Salam,¶{{agent.name}}', '¶', '
'), 0, 1 FROM templates WHERE code = 'id.cs_reply';
INSERT INTO templates (code, kind, name, active, created_at, created_by) SELECT 'id.payment_reminder', 'payment_reminder', 'Pengingat pembayaran', 1, 0, 1 WHERE COALESCE((SELECT value FROM settings WHERE key = 'language'), 'id') <> 'en';
INSERT INTO template_versions (template_id, number, body, created_at, created_by) SELECT id, 1, replace('Halo Kak {{customer.name}},¶¶Pesanan {{order.number}} sebesar {{order.total}} masih menunggu pembayaran. Silakan transfer ke {{business.bank_account}} dan kirim bukti transfernya di sini ya, Kak.¶¶Terima kasih,¶{{business.name}}', '¶', '
'), 0, 1 FROM templates WHERE code = 'id.payment_reminder';
INSERT INTO templates (code, kind, name, active, created_at, created_by) SELECT 'id.order_status', 'order_status', 'Status pesanan dikirim', 1, 0, 1 WHERE COALESCE((SELECT value FROM settings WHERE key = 'language'), 'id') <> 'en';
INSERT INTO template_versions (template_id, number, body, created_at, created_by) SELECT id, 1, replace('Halo Kak {{customer.name}},¶¶Pesanan {{order.number}} sudah dikirim dengan {{order.courier}}, nomor resi {{order.tracking_number}}.¶¶Terima kasih sudah berbelanja di {{business.name}}.', '¶', '
'), 0, 1 FROM templates WHERE code = 'id.order_status';
INSERT INTO templates (code, kind, name, active, created_at, created_by) SELECT 'id.invoice', 'invoice', 'Invoice', 1, 0, 1 WHERE COALESCE((SELECT value FROM settings WHERE key = 'language'), 'id') <> 'en';
INSERT INTO template_versions (template_id, number, body, created_at, created_by) SELECT id, 1, replace('INVOICE {{order.number}}¶{{business.name}}¶Tanggal: {{order.date}}¶Kepada: {{customer.name}}¶¶{{order.items}}¶¶Subtotal: {{order.subtotal}}¶Ongkos kirim: {{order.shipping_fee}}¶Total: {{order.total}}', '¶', '
'), 0, 1 FROM templates WHERE code = 'id.invoice';
INSERT INTO templates (code, kind, name, active, created_at, created_by) SELECT 'id.shipping_checklist', 'shipping_checklist', 'Checklist pengiriman', 1, 0, 1 WHERE COALESCE((SELECT value FROM settings WHERE key = 'language'), 'id') <> 'en';
INSERT INTO template_versions (template_id, number, body, created_at, created_by) SELECT id, 1, replace('Checklist pengiriman {{order.number}}¶[ ] Barang sesuai pesanan:¶{{order.items}}¶[ ] Kondisi barang dicek¶[ ] Dikemas rapi dan aman¶[ ] Label alamat: {{customer.name}}, {{customer.address}}¶[ ] Resi dicatat: {{order.courier}}', '¶', '
'), 0, 1 FROM templates WHERE code = 'id.shipping_checklist';
INSERT INTO templates (code, kind, name, active, created_at, created_by) SELECT 'id.weekly_report', 'weekly_report', 'Laporan mingguan', 1, 0, 1 WHERE COALESCE((SELECT value FROM settings WHERE key = 'language'), 'id') <> 'en';
INSERT INTO template_versions (template_id, number, body, created_at, created_by) SELECT id, 1, replace('Laporan mingguan {{business.name}} minggu {{week.label}}¶¶{{report.summary}}', '¶', '
'), 0, 1 FROM templates WHERE code = 'id.weekly_report';
INSERT INTO templates (code, kind, name, active, created_at, created_by) SELECT 'id.content_brief', 'content_brief', 'Brief konten', 1, 0, 1 WHERE COALESCE((SELECT value FROM settings WHERE key = 'language'), 'id') <> 'en';
INSERT INTO template_versions (template_id, number, body, created_at, created_by) SELECT id, 1, replace('Halo {{vendor.name}},¶¶Brief konten: {{task.title}}¶Tenggat: {{task.due_date}}¶¶{{brief.details}}¶¶Terima kasih,¶{{business.name}}', '¶', '
'), 0, 1 FROM templates WHERE code = 'id.content_brief';
INSERT INTO templates (code, kind, name, active, created_at, created_by) SELECT 'id.design_revision', 'design_revision', 'Revisi desain', 1, 0, 1 WHERE COALESCE((SELECT value FROM settings WHERE key = 'language'), 'id') <> 'en';
INSERT INTO template_versions (template_id, number, body, created_at, created_by) SELECT id, 1, replace('Halo {{vendor.name}},¶¶Revisi untuk {{task.title}} (tenggat {{task.due_date}}):¶{{brief.details}}¶¶Terima kasih,¶{{agent.name}}', '¶', '
'), 0, 1 FROM templates WHERE code = 'id.design_revision';
INSERT INTO templates (code, kind, name, active, created_at, created_by) SELECT 'en.cs_reply', 'cs_reply', 'General CS reply', 1, 0, 1 WHERE COALESCE((SELECT value FROM settings WHERE key = 'language'), 'id') = 'en';
INSERT INTO template_versions (template_id, number, body, created_at, created_by) SELECT id, 1, replace('Hello {{customer.name}},¶¶Thank you for contacting {{business.name}}. We have received your message and are looking into it.¶¶Best regards,¶{{agent.name}}', '¶', '
'), 0, 1 FROM templates WHERE code = 'en.cs_reply';
INSERT INTO templates (code, kind, name, active, created_at, created_by) SELECT 'en.payment_reminder', 'payment_reminder', 'Payment reminder', 1, 0, 1 WHERE COALESCE((SELECT value FROM settings WHERE key = 'language'), 'id') = 'en';
INSERT INTO template_versions (template_id, number, body, created_at, created_by) SELECT id, 1, replace('Hello {{customer.name}},¶¶Order {{order.number}} of {{order.total}} is still waiting for payment. Please transfer to {{business.bank_account}} and send us the proof of transfer here.¶¶Thank you,¶{{business.name}}', '¶', '
'), 0, 1 FROM templates WHERE code = 'en.payment_reminder';
INSERT INTO templates (code, kind, name, active, created_at, created_by) SELECT 'en.order_status', 'order_status', 'Order shipped', 1, 0, 1 WHERE COALESCE((SELECT value FROM settings WHERE key = 'language'), 'id') = 'en';
INSERT INTO template_versions (template_id, number, body, created_at, created_by) SELECT id, 1, replace('Hello {{customer.name}},¶¶Order {{order.number}} has been shipped with {{order.courier}}, tracking number {{order.tracking_number}}.¶¶Thank you for shopping at {{business.name}}.', '¶', '
'), 0, 1 FROM templates WHERE code = 'en.order_status';
INSERT INTO templates (code, kind, name, active, created_at, created_by) SELECT 'en.invoice', 'invoice', 'Invoice', 1, 0, 1 WHERE COALESCE((SELECT value FROM settings WHERE key = 'language'), 'id') = 'en';
INSERT INTO template_versions (template_id, number, body, created_at, created_by) SELECT id, 1, replace('INVOICE {{order.number}}¶{{business.name}}¶Date: {{order.date}}¶To: {{customer.name}}¶¶{{order.items}}¶¶Subtotal: {{order.subtotal}}¶Shipping: {{order.shipping_fee}}¶Total: {{order.total}}', '¶', '
'), 0, 1 FROM templates WHERE code = 'en.invoice';
INSERT INTO templates (code, kind, name, active, created_at, created_by) SELECT 'en.shipping_checklist', 'shipping_checklist', 'Shipping checklist', 1, 0, 1 WHERE COALESCE((SELECT value FROM settings WHERE key = 'language'), 'id') = 'en';
INSERT INTO template_versions (template_id, number, body, created_at, created_by) SELECT id, 1, replace('Shipping checklist {{order.number}}¶[ ] Items match the order:¶{{order.items}}¶[ ] Condition checked¶[ ] Packed safely¶[ ] Address label: {{customer.name}}, {{customer.address}}¶[ ] Tracking noted: {{order.courier}}', '¶', '
'), 0, 1 FROM templates WHERE code = 'en.shipping_checklist';
INSERT INTO templates (code, kind, name, active, created_at, created_by) SELECT 'en.weekly_report', 'weekly_report', 'Weekly report', 1, 0, 1 WHERE COALESCE((SELECT value FROM settings WHERE key = 'language'), 'id') = 'en';
INSERT INTO template_versions (template_id, number, body, created_at, created_by) SELECT id, 1, replace('Weekly report {{business.name}} week {{week.label}}¶¶{{report.summary}}', '¶', '
'), 0, 1 FROM templates WHERE code = 'en.weekly_report';
INSERT INTO templates (code, kind, name, active, created_at, created_by) SELECT 'en.content_brief', 'content_brief', 'Content brief', 1, 0, 1 WHERE COALESCE((SELECT value FROM settings WHERE key = 'language'), 'id') = 'en';
INSERT INTO template_versions (template_id, number, body, created_at, created_by) SELECT id, 1, replace('Hello {{vendor.name}},¶¶Content brief: {{task.title}}¶Due: {{task.due_date}}¶¶{{brief.details}}¶¶Thank you,¶{{business.name}}', '¶', '
'), 0, 1 FROM templates WHERE code = 'en.content_brief';
INSERT INTO templates (code, kind, name, active, created_at, created_by) SELECT 'en.design_revision', 'design_revision', 'Design revision', 1, 0, 1 WHERE COALESCE((SELECT value FROM settings WHERE key = 'language'), 'id') = 'en';
INSERT INTO template_versions (template_id, number, body, created_at, created_by) SELECT id, 1, replace('Hello {{vendor.name}},¶¶Revision for {{task.title}} (due {{task.due_date}}):¶{{brief.details}}¶¶Thank you,¶{{agent.name}}', '¶', '
'), 0, 1 FROM templates WHERE code = 'en.design_revision';
