-- Rapi schema 1: users, channels, customers, products and the stock ledger, orders and their events.
-- Written once for SQLite and PostgreSQL (see core/db/migrator.h). Money: integer minor units.
-- Time: UTC seconds since the epoch. Every editable row has a version for conflict detection.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO counters (name, value) VALUES ('order_number', 0);

CREATE TABLE users (
    id ID_PK,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('owner', 'cs', 'warehouse', 'finance', 'vendor')),
    active INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);
-- The built-in local owner (id 1) on whose behalf the app acts until accounts exist.
INSERT INTO users (username, display_name, role, active, created_at) VALUES ('owner', 'Owner', 'owner', 1, 0);

CREATE TABLE channels (
    id ID_PK,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
);
INSERT INTO channels (code, name, sort_order) VALUES ('shopee', 'Shopee', 1);
INSERT INTO channels (code, name, sort_order) VALUES ('tokopedia', 'Tokopedia', 2);
INSERT INTO channels (code, name, sort_order) VALUES ('tiktok', 'TikTok Shop', 3);
INSERT INTO channels (code, name, sort_order) VALUES ('whatsapp', 'WhatsApp', 4);
INSERT INTO channels (code, name, sort_order) VALUES ('instagram', 'Instagram', 5);
INSERT INTO channels (code, name, sort_order) VALUES ('counter', 'Toko', 6);

CREATE TABLE customers (
    id ID_PK,
    name TEXT NOT NULL,
    phone TEXT,
    created_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX customers_phone ON customers (phone);
CREATE INDEX customers_name ON customers (name);

CREATE TABLE products (
    id ID_PK,
    sku TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    unit_price BIGINT NOT NULL CHECK (unit_price >= 0),
    cost BIGINT NOT NULL DEFAULT 0 CHECK (cost >= 0),
    active INTEGER NOT NULL DEFAULT 1,
    reorder_point BIGINT NOT NULL DEFAULT 0 CHECK (reorder_point >= 0),
    reorder_qty BIGINT NOT NULL DEFAULT 0 CHECK (reorder_qty >= 0),
    -- Materialised from stock_movements and orders in processing; verified by the consistency check.
    on_hand BIGINT NOT NULL DEFAULT 0,
    reserved BIGINT NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    version INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX products_name ON products (name);

CREATE TABLE orders (
    id ID_PK,
    number TEXT NOT NULL UNIQUE,
    channel_id BIGINT NOT NULL REFERENCES channels (id),
    customer_id BIGINT REFERENCES customers (id),
    stage TEXT NOT NULL CHECK (stage IN ('new', 'awaiting_payment', 'paid', 'processing', 'shipped',
                                         'completed', 'cancelled', 'returned')),
    payment_method TEXT NOT NULL DEFAULT 'transfer',
    placed_at BIGINT NOT NULL,
    stage_entered_at BIGINT NOT NULL,
    paid_at BIGINT,
    shipped_at BIGINT,
    completed_at BIGINT,
    courier TEXT NOT NULL DEFAULT '',
    tracking_number TEXT NOT NULL DEFAULT '',
    shipping_fee BIGINT NOT NULL DEFAULT 0 CHECK (shipping_fee >= 0),
    -- Sum over lines of qty * unit_price - discount, kept with the lines.
    subtotal BIGINT NOT NULL DEFAULT 0,
    -- 1 while this order holds a stock reservation (it is in processing and reserved by Rapi).
    stock_reserved INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    created_by BIGINT NOT NULL REFERENCES users (id),
    version INTEGER NOT NULL DEFAULT 1
);
-- Covers the week figures (orders in, gross sales per channel) without touching the rows.
CREATE INDEX orders_placed ON orders (placed_at, id, stage, channel_id, subtotal);
CREATE INDEX orders_stage ON orders (stage, stage_entered_at);
CREATE INDEX orders_stage_placed ON orders (stage, placed_at, id);
-- The same expression in queries uses it (both backends index expressions in parentheses).
CREATE INDEX orders_total ON orders ((subtotal + shipping_fee), id);
CREATE INDEX orders_completed ON orders (completed_at);
CREATE INDEX orders_channel ON orders (channel_id, placed_at, id);
CREATE INDEX orders_customer ON orders (customer_id);

CREATE TABLE order_lines (
    id ID_PK,
    order_id BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id BIGINT NOT NULL REFERENCES products (id),
    quantity BIGINT NOT NULL CHECK (quantity > 0),
    unit_price BIGINT NOT NULL CHECK (unit_price >= 0),
    discount BIGINT NOT NULL DEFAULT 0 CHECK (discount >= 0)
);
CREATE INDEX order_lines_order ON order_lines (order_id);
CREATE INDEX order_lines_product ON order_lines (product_id);

CREATE TABLE order_events (
    id ID_PK,
    order_id BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    from_stage TEXT,
    to_stage TEXT NOT NULL,
    at BIGINT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX order_events_order ON order_events (order_id, at);
CREATE INDEX order_events_left ON order_events (from_stage, at);

CREATE TABLE stage_thresholds (
    stage TEXT PRIMARY KEY,
    stuck_after_seconds BIGINT NOT NULL CHECK (stuck_after_seconds >= 0)
);
INSERT INTO stage_thresholds (stage, stuck_after_seconds) VALUES ('awaiting_payment', 86400);
INSERT INTO stage_thresholds (stage, stuck_after_seconds) VALUES ('paid', 43200);
INSERT INTO stage_thresholds (stage, stuck_after_seconds) VALUES ('processing', 86400);
INSERT INTO stage_thresholds (stage, stuck_after_seconds) VALUES ('shipped', 604800);

CREATE TABLE stock_movements (
    id ID_PK,
    product_id BIGINT NOT NULL REFERENCES products (id),
    kind TEXT NOT NULL CHECK (kind IN ('opening', 'receive', 'sale', 'return', 'adjustment')),
    quantity BIGINT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    order_id BIGINT REFERENCES orders (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    at BIGINT NOT NULL
);
CREATE INDEX stock_movements_product ON stock_movements (product_id, at);
CREATE INDEX stock_movements_order ON stock_movements (order_id);
