-- Rapi schema 4: small summary tables that keep the dashboard instant at a million orders and
-- half a million tickets (SPEC §8, §11; docs/architecture.md "Dashboard figures").
-- Triggers keep them current in the same transaction as every change, whoever writes it:
-- OrderService, TicketService, the CSV imports and the demo generator alike.
-- A day is a local date of the business zone as a day number, (t + 25200) / 86400 = days since
-- 1970-01-01 at UTC+7 (Asia/Jakarta, no daylight saving); KpiSummaries (core/kpi) uses the same
-- constant. Money: integer minor units; durations: seconds.

-- Orders placed (with their gross sales unless cancelled) and completed, per day and channel.
CREATE TABLE kpi_order_days (
    day BIGINT NOT NULL,
    channel_id BIGINT NOT NULL,
    orders_in BIGINT NOT NULL DEFAULT 0,
    gross_sales BIGINT NOT NULL DEFAULT 0,
    orders_done BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, channel_id)
-- The closing line differs: SQLite stores these small tables in their key order.
-- @sqlite
) WITHOUT ROWID;
-- @postgres
);
-- @both

-- Time in stage: for each stage, a histogram of how long the orders that left it on a day had
-- been in it. `bin` is the lower bound in seconds of a duration bin (kpi_duration_bins); `orders`
-- and `seconds` are the count and total time of those orders, so the average is exact and the
-- median is estimated within one bin (docs/architecture.md). Keyed by stage and bin first, so a
-- period's histogram is read in bin order without sorting.
CREATE TABLE kpi_stage_days (
    stage TEXT NOT NULL,
    bin BIGINT NOT NULL,
    day BIGINT NOT NULL,
    orders BIGINT NOT NULL DEFAULT 0,
    seconds BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (stage, bin, day)
-- @sqlite
) WITHOUT ROWID;
-- @postgres
);
-- @both

-- Duration bins: every second below 16 s, then eight equal steps per doubling (16, 18, … 30,
-- 32, 36, … 60, 64, …), up to 2^26 s (about two years); a bin is at most 1/8 of its lower bound wide.
CREATE TABLE kpi_duration_bins (
    from_seconds BIGINT PRIMARY KEY
);
WITH RECURSIVE small(s) AS (SELECT 0 UNION ALL SELECT s + 1 FROM small WHERE s < 15),
    octave(e, step) AS (SELECT 4, 2 UNION ALL SELECT e + 1, step * 2 FROM octave WHERE e < 26),
    part(m) AS (SELECT 8 UNION ALL SELECT m + 1 FROM part WHERE m < 15)
INSERT INTO kpi_duration_bins (from_seconds) SELECT s FROM small UNION ALL SELECT m * step FROM octave, part;

-- Where each unfinished order is, as its events tell: the stage of its latest event and when it
-- entered it. The trigger on order_events needs it to know how long a stage lasted, without
-- looking through the events (which a bulk load writes before their indexes exist).
CREATE TABLE kpi_order_stages (
-- @sqlite
    order_id INTEGER PRIMARY KEY,
-- @postgres
    order_id BIGINT PRIMARY KEY,
-- @both
    stage TEXT NOT NULL,
    entered_at BIGINT NOT NULL
);

-- Ticket figures per day: created (with the SLA targets they missed, SPEC §8) by the day of
-- created_at; resolved with FCR, handle time and CSAT by the day of resolved_at.
CREATE TABLE kpi_ticket_days (
    day BIGINT PRIMARY KEY,
    created BIGINT NOT NULL DEFAULT 0,
    late_first_responses BIGINT NOT NULL DEFAULT 0,
    late_resolutions BIGINT NOT NULL DEFAULT 0,
    resolved BIGINT NOT NULL DEFAULT 0,
    first_contact_resolved BIGINT NOT NULL DEFAULT 0,
    handled BIGINT NOT NULL DEFAULT 0,
    handle_seconds BIGINT NOT NULL DEFAULT 0,
    rated BIGINT NOT NULL DEFAULT 0,
    satisfied BIGINT NOT NULL DEFAULT 0
);

-- Voice of the customer: tickets created per day, touchpoint and category.
CREATE TABLE kpi_ticket_topics (
    day BIGINT NOT NULL,
    touchpoint TEXT NOT NULL,
    category TEXT NOT NULL,
    tickets BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, touchpoint, category)
-- @sqlite
) WITHOUT ROWID;
-- @postgres
);
-- @both

-- The figures that depend on "now" stay on indexes: open tickets by touchpoint and priority
-- from the index alone, unanswered tickets (SLA breaches without a response yet) without reading
-- the answered ones, and critical products without reading the others.
CREATE INDEX tickets_open_kpi ON tickets (touchpoint, priority) WHERE status NOT IN ('resolved', 'closed');
CREATE INDEX tickets_unanswered ON tickets (created_at, first_response_due_at, clock_stopped_at) WHERE first_response_seconds IS NULL;
CREATE INDEX tickets_unresolved ON tickets (created_at, resolution_due_at, clock_stopped_at) WHERE resolution_seconds IS NULL;
CREATE INDEX products_critical ON products (sku) WHERE active = 1 AND on_hand - reserved <= reorder_point;

-- The summaries of what the database already holds.
INSERT INTO kpi_order_days (day, channel_id, orders_in, gross_sales, orders_done)
SELECT day, channel_id, SUM(orders_in), SUM(gross_sales), SUM(orders_done) FROM (
    SELECT (placed_at + 25200) / 86400 AS day, channel_id, 1 AS orders_in,
           CASE WHEN stage = 'cancelled' THEN 0 ELSE subtotal END AS gross_sales, 0 AS orders_done FROM orders
    UNION ALL
    SELECT (completed_at + 25200) / 86400, channel_id, 0, 0, 1 FROM orders WHERE completed_at IS NOT NULL
) x GROUP BY day, channel_id;
-- Each event that left a pending stage, with the one before it (which entered that stage), as
-- the trigger below pairs them: in the order they were written.
INSERT INTO kpi_stage_days (stage, bin, day, orders, seconds)
SELECT stage, bin, day, COUNT(*), SUM(duration) FROM (
    SELECT from_stage AS stage, (at + 25200) / 86400 AS day, at - entered_at AS duration,
           (SELECT MAX(from_seconds) FROM kpi_duration_bins WHERE from_seconds <= at - entered_at) AS bin
    FROM (SELECT from_stage, at, LAG(to_stage) OVER w AS entered_stage, LAG(at) OVER w AS entered_at
          FROM order_events WINDOW w AS (PARTITION BY order_id ORDER BY id)) e
    WHERE from_stage = entered_stage AND from_stage NOT IN ('completed', 'cancelled', 'returned') AND entered_at <= at
) x GROUP BY stage, bin, day;
INSERT INTO kpi_order_stages (order_id, stage, entered_at)
SELECT id, stage, stage_entered_at FROM orders WHERE stage NOT IN ('completed', 'cancelled', 'returned');
INSERT INTO kpi_ticket_days (day, created, late_first_responses, late_resolutions, resolved, first_contact_resolved,
                             handled, handle_seconds, rated, satisfied)
SELECT day, SUM(created), SUM(late_first_responses), SUM(late_resolutions), SUM(resolved), SUM(first_contact_resolved),
       SUM(handled), SUM(handle_seconds), SUM(rated), SUM(satisfied) FROM (
    SELECT (created_at + 25200) / 86400 AS day, 1 AS created,
           CASE WHEN first_response_seconds > first_response_target THEN 1 ELSE 0 END AS late_first_responses,
           CASE WHEN resolution_seconds > resolution_target THEN 1 ELSE 0 END AS late_resolutions,
           0 AS resolved, 0 AS first_contact_resolved, 0 AS handled, 0 AS handle_seconds, 0 AS rated, 0 AS satisfied
    FROM tickets
    UNION ALL
    SELECT (resolved_at + 25200) / 86400, 0, 0, 0, 1, CASE WHEN outgoing_count = 1 AND reopen_count = 0 THEN 1 ELSE 0 END,
           CASE WHEN handle_seconds > 0 THEN 1 ELSE 0 END, handle_seconds, CASE WHEN csat IS NOT NULL THEN 1 ELSE 0 END,
           CASE WHEN csat >= 4 THEN 1 ELSE 0 END
    FROM tickets WHERE resolved_at IS NOT NULL
) x GROUP BY day;
INSERT INTO kpi_ticket_topics (day, touchpoint, category, tickets)
SELECT (created_at + 25200) / 86400, touchpoint, category, COUNT(*) FROM tickets GROUP BY (created_at + 25200) / 86400, touchpoint, category;

-- The triggers. Each change takes the row's old contribution out and puts the new one in.
-- SQLite: statements are plain SQL in trigger bodies (an IN list in a trigger statement is
-- rebuilt on every row, so the comparisons are spelled out). PostgreSQL: the same steps in PL/pgSQL.
-- @sqlite
CREATE TRIGGER orders_kpi_insert AFTER INSERT ON orders BEGIN
  INSERT INTO kpi_order_days (day, channel_id, orders_in, gross_sales, orders_done)
    VALUES ((new.placed_at + 25200) / 86400, new.channel_id, 1, CASE WHEN new.stage = 'cancelled' THEN 0 ELSE new.subtotal END, 0)
    ON CONFLICT (day, channel_id) DO UPDATE SET orders_in = orders_in + excluded.orders_in, gross_sales = gross_sales + excluded.gross_sales;
END;
CREATE TRIGGER orders_kpi_insert_done AFTER INSERT ON orders WHEN new.completed_at IS NOT NULL BEGIN
  INSERT INTO kpi_order_days (day, channel_id, orders_in, gross_sales, orders_done)
    VALUES ((new.completed_at + 25200) / 86400, new.channel_id, 0, 0, 1)
    ON CONFLICT (day, channel_id) DO UPDATE SET orders_done = orders_done + 1;
END;
CREATE TRIGGER orders_kpi_update AFTER UPDATE OF stage, subtotal, placed_at, channel_id, completed_at ON orders
WHEN old.placed_at <> new.placed_at OR old.channel_id <> new.channel_id OR old.subtotal <> new.subtotal
  OR (old.stage = 'cancelled') <> (new.stage = 'cancelled') OR old.completed_at IS NOT new.completed_at BEGIN
  INSERT INTO kpi_order_days (day, channel_id, orders_in, gross_sales, orders_done)
    VALUES ((old.placed_at + 25200) / 86400, old.channel_id, -1, CASE WHEN old.stage = 'cancelled' THEN 0 ELSE -old.subtotal END, 0)
    ON CONFLICT (day, channel_id) DO UPDATE SET orders_in = orders_in + excluded.orders_in, gross_sales = gross_sales + excluded.gross_sales;
  INSERT INTO kpi_order_days (day, channel_id, orders_in, gross_sales, orders_done)
    VALUES ((new.placed_at + 25200) / 86400, new.channel_id, 1, CASE WHEN new.stage = 'cancelled' THEN 0 ELSE new.subtotal END, 0)
    ON CONFLICT (day, channel_id) DO UPDATE SET orders_in = orders_in + excluded.orders_in, gross_sales = gross_sales + excluded.gross_sales;
  INSERT INTO kpi_order_days (day, channel_id, orders_in, gross_sales, orders_done)
    SELECT (old.completed_at + 25200) / 86400, old.channel_id, 0, 0, -1 WHERE old.completed_at IS NOT NULL
    ON CONFLICT (day, channel_id) DO UPDATE SET orders_done = orders_done - 1;
  INSERT INTO kpi_order_days (day, channel_id, orders_in, gross_sales, orders_done)
    SELECT (new.completed_at + 25200) / 86400, new.channel_id, 0, 0, 1 WHERE new.completed_at IS NOT NULL
    ON CONFLICT (day, channel_id) DO UPDATE SET orders_done = orders_done + 1;
END;
CREATE TRIGGER orders_kpi_delete AFTER DELETE ON orders BEGIN
  INSERT INTO kpi_order_days (day, channel_id, orders_in, gross_sales, orders_done)
    VALUES ((old.placed_at + 25200) / 86400, old.channel_id, -1, CASE WHEN old.stage = 'cancelled' THEN 0 ELSE -old.subtotal END, 0)
    ON CONFLICT (day, channel_id) DO UPDATE SET orders_in = orders_in + excluded.orders_in, gross_sales = gross_sales + excluded.gross_sales;
  INSERT INTO kpi_order_days (day, channel_id, orders_in, gross_sales, orders_done)
    SELECT (old.completed_at + 25200) / 86400, old.channel_id, 0, 0, -1 WHERE old.completed_at IS NOT NULL
    ON CONFLICT (day, channel_id) DO UPDATE SET orders_done = orders_done - 1;
  DELETE FROM kpi_order_stages WHERE order_id = old.id;
END;
-- An event that leaves the stage the order's previous event entered adds that stay to the
-- histogram; then the order is where this event took it, or no longer tracked once finished.
-- Three triggers with exclusive conditions, so each event runs only the statements it needs
-- (about a third less work for the bulk writers than one trigger doing all).
CREATE TRIGGER order_events_kpi_created AFTER INSERT ON order_events WHEN new.from_stage IS NULL BEGIN
  INSERT INTO kpi_order_stages (order_id, stage, entered_at) VALUES (new.order_id, new.to_stage, new.at)
    ON CONFLICT (order_id) DO UPDATE SET stage = excluded.stage, entered_at = excluded.entered_at;
END;
CREATE TRIGGER order_events_kpi_moved AFTER INSERT ON order_events
WHEN new.from_stage IS NOT NULL AND new.to_stage <> 'completed' AND new.to_stage <> 'cancelled' AND new.to_stage <> 'returned' BEGIN
  INSERT INTO kpi_stage_days (stage, bin, day, orders, seconds)
    SELECT c.stage, (SELECT MAX(from_seconds) FROM kpi_duration_bins WHERE from_seconds <= new.at - c.entered_at),
           (new.at + 25200) / 86400, 1, new.at - c.entered_at
    FROM kpi_order_stages c WHERE c.order_id = new.order_id AND c.stage = new.from_stage AND c.entered_at <= new.at
    ON CONFLICT (stage, bin, day) DO UPDATE SET orders = orders + 1, seconds = seconds + excluded.seconds;
  INSERT INTO kpi_order_stages (order_id, stage, entered_at) VALUES (new.order_id, new.to_stage, new.at)
    ON CONFLICT (order_id) DO UPDATE SET stage = excluded.stage, entered_at = excluded.entered_at;
END;
CREATE TRIGGER order_events_kpi_finished AFTER INSERT ON order_events
WHEN new.from_stage IS NOT NULL AND (new.to_stage = 'completed' OR new.to_stage = 'cancelled' OR new.to_stage = 'returned') BEGIN
  INSERT INTO kpi_stage_days (stage, bin, day, orders, seconds)
    SELECT c.stage, (SELECT MAX(from_seconds) FROM kpi_duration_bins WHERE from_seconds <= new.at - c.entered_at),
           (new.at + 25200) / 86400, 1, new.at - c.entered_at
    FROM kpi_order_stages c WHERE c.order_id = new.order_id AND c.stage = new.from_stage AND c.entered_at <= new.at
    ON CONFLICT (stage, bin, day) DO UPDATE SET orders = orders + 1, seconds = seconds + excluded.seconds;
  DELETE FROM kpi_order_stages WHERE order_id = new.order_id;
END;
-- Rapi never deletes single events (an order's history is append-only); a failed demo deletes
-- all of them, and the time-in-stage figures go with the last one.
CREATE TRIGGER order_events_kpi_delete AFTER DELETE ON order_events WHEN NOT EXISTS (SELECT 1 FROM order_events) BEGIN
  DELETE FROM kpi_stage_days;
  DELETE FROM kpi_order_stages;
END;
CREATE TRIGGER tickets_kpi_insert AFTER INSERT ON tickets BEGIN
  INSERT INTO kpi_ticket_days (day, created, late_first_responses, late_resolutions)
    VALUES ((new.created_at + 25200) / 86400, 1, CASE WHEN new.first_response_seconds > new.first_response_target THEN 1 ELSE 0 END,
            CASE WHEN new.resolution_seconds > new.resolution_target THEN 1 ELSE 0 END)
    ON CONFLICT (day) DO UPDATE SET created = created + excluded.created,
      late_first_responses = late_first_responses + excluded.late_first_responses, late_resolutions = late_resolutions + excluded.late_resolutions;
  INSERT INTO kpi_ticket_topics (day, touchpoint, category, tickets) VALUES ((new.created_at + 25200) / 86400, new.touchpoint, new.category, 1)
    ON CONFLICT (day, touchpoint, category) DO UPDATE SET tickets = tickets + 1;
END;
CREATE TRIGGER tickets_kpi_insert_resolved AFTER INSERT ON tickets WHEN new.resolved_at IS NOT NULL BEGIN
  INSERT INTO kpi_ticket_days (day, resolved, first_contact_resolved, handled, handle_seconds, rated, satisfied)
    VALUES ((new.resolved_at + 25200) / 86400, 1, CASE WHEN new.outgoing_count = 1 AND new.reopen_count = 0 THEN 1 ELSE 0 END,
            CASE WHEN new.handle_seconds > 0 THEN 1 ELSE 0 END, new.handle_seconds, CASE WHEN new.csat IS NOT NULL THEN 1 ELSE 0 END,
            CASE WHEN new.csat >= 4 THEN 1 ELSE 0 END)
    ON CONFLICT (day) DO UPDATE SET resolved = resolved + excluded.resolved, first_contact_resolved = first_contact_resolved + excluded.first_contact_resolved,
      handled = handled + excluded.handled, handle_seconds = handle_seconds + excluded.handle_seconds, rated = rated + excluded.rated, satisfied = satisfied + excluded.satisfied;
END;
CREATE TRIGGER tickets_kpi_update AFTER UPDATE OF created_at, first_response_seconds, first_response_target, resolution_seconds,
    resolution_target, resolved_at, outgoing_count, reopen_count, handle_seconds, csat, touchpoint, category ON tickets
WHEN old.created_at <> new.created_at OR old.first_response_seconds IS NOT new.first_response_seconds
  OR old.first_response_target <> new.first_response_target OR old.resolution_seconds IS NOT new.resolution_seconds
  OR old.resolution_target <> new.resolution_target OR old.resolved_at IS NOT new.resolved_at OR old.touchpoint <> new.touchpoint
  OR old.category <> new.category OR (new.resolved_at IS NOT NULL AND (old.outgoing_count <> new.outgoing_count
  OR old.reopen_count <> new.reopen_count OR old.handle_seconds <> new.handle_seconds OR old.csat IS NOT new.csat)) BEGIN
  INSERT INTO kpi_ticket_days (day, created, late_first_responses, late_resolutions)
    VALUES ((old.created_at + 25200) / 86400, -1, CASE WHEN old.first_response_seconds > old.first_response_target THEN -1 ELSE 0 END,
            CASE WHEN old.resolution_seconds > old.resolution_target THEN -1 ELSE 0 END)
    ON CONFLICT (day) DO UPDATE SET created = created + excluded.created,
      late_first_responses = late_first_responses + excluded.late_first_responses, late_resolutions = late_resolutions + excluded.late_resolutions;
  INSERT INTO kpi_ticket_days (day, created, late_first_responses, late_resolutions)
    VALUES ((new.created_at + 25200) / 86400, 1, CASE WHEN new.first_response_seconds > new.first_response_target THEN 1 ELSE 0 END,
            CASE WHEN new.resolution_seconds > new.resolution_target THEN 1 ELSE 0 END)
    ON CONFLICT (day) DO UPDATE SET created = created + excluded.created,
      late_first_responses = late_first_responses + excluded.late_first_responses, late_resolutions = late_resolutions + excluded.late_resolutions;
  INSERT INTO kpi_ticket_days (day, resolved, first_contact_resolved, handled, handle_seconds, rated, satisfied)
    SELECT (old.resolved_at + 25200) / 86400, -1, CASE WHEN old.outgoing_count = 1 AND old.reopen_count = 0 THEN -1 ELSE 0 END,
           CASE WHEN old.handle_seconds > 0 THEN -1 ELSE 0 END, -old.handle_seconds, CASE WHEN old.csat IS NOT NULL THEN -1 ELSE 0 END,
           CASE WHEN old.csat >= 4 THEN -1 ELSE 0 END
    WHERE old.resolved_at IS NOT NULL
    ON CONFLICT (day) DO UPDATE SET resolved = resolved + excluded.resolved, first_contact_resolved = first_contact_resolved + excluded.first_contact_resolved,
      handled = handled + excluded.handled, handle_seconds = handle_seconds + excluded.handle_seconds, rated = rated + excluded.rated, satisfied = satisfied + excluded.satisfied;
  INSERT INTO kpi_ticket_days (day, resolved, first_contact_resolved, handled, handle_seconds, rated, satisfied)
    SELECT (new.resolved_at + 25200) / 86400, 1, CASE WHEN new.outgoing_count = 1 AND new.reopen_count = 0 THEN 1 ELSE 0 END,
           CASE WHEN new.handle_seconds > 0 THEN 1 ELSE 0 END, new.handle_seconds, CASE WHEN new.csat IS NOT NULL THEN 1 ELSE 0 END,
           CASE WHEN new.csat >= 4 THEN 1 ELSE 0 END
    WHERE new.resolved_at IS NOT NULL
    ON CONFLICT (day) DO UPDATE SET resolved = resolved + excluded.resolved, first_contact_resolved = first_contact_resolved + excluded.first_contact_resolved,
      handled = handled + excluded.handled, handle_seconds = handle_seconds + excluded.handle_seconds, rated = rated + excluded.rated, satisfied = satisfied + excluded.satisfied;
  INSERT INTO kpi_ticket_topics (day, touchpoint, category, tickets) VALUES ((old.created_at + 25200) / 86400, old.touchpoint, old.category, -1)
    ON CONFLICT (day, touchpoint, category) DO UPDATE SET tickets = tickets - 1;
  INSERT INTO kpi_ticket_topics (day, touchpoint, category, tickets) VALUES ((new.created_at + 25200) / 86400, new.touchpoint, new.category, 1)
    ON CONFLICT (day, touchpoint, category) DO UPDATE SET tickets = tickets + 1;
END;
CREATE TRIGGER tickets_kpi_delete AFTER DELETE ON tickets BEGIN
  INSERT INTO kpi_ticket_days (day, created, late_first_responses, late_resolutions)
    VALUES ((old.created_at + 25200) / 86400, -1, CASE WHEN old.first_response_seconds > old.first_response_target THEN -1 ELSE 0 END,
            CASE WHEN old.resolution_seconds > old.resolution_target THEN -1 ELSE 0 END)
    ON CONFLICT (day) DO UPDATE SET created = created + excluded.created,
      late_first_responses = late_first_responses + excluded.late_first_responses, late_resolutions = late_resolutions + excluded.late_resolutions;
  INSERT INTO kpi_ticket_days (day, resolved, first_contact_resolved, handled, handle_seconds, rated, satisfied)
    SELECT (old.resolved_at + 25200) / 86400, -1, CASE WHEN old.outgoing_count = 1 AND old.reopen_count = 0 THEN -1 ELSE 0 END,
           CASE WHEN old.handle_seconds > 0 THEN -1 ELSE 0 END, -old.handle_seconds, CASE WHEN old.csat IS NOT NULL THEN -1 ELSE 0 END,
           CASE WHEN old.csat >= 4 THEN -1 ELSE 0 END
    WHERE old.resolved_at IS NOT NULL
    ON CONFLICT (day) DO UPDATE SET resolved = resolved + excluded.resolved, first_contact_resolved = first_contact_resolved + excluded.first_contact_resolved,
      handled = handled + excluded.handled, handle_seconds = handle_seconds + excluded.handle_seconds, rated = rated + excluded.rated, satisfied = satisfied + excluded.satisfied;
  INSERT INTO kpi_ticket_topics (day, touchpoint, category, tickets) VALUES ((old.created_at + 25200) / 86400, old.touchpoint, old.category, -1)
    ON CONFLICT (day, touchpoint, category) DO UPDATE SET tickets = tickets - 1;
END;
-- @postgres
CREATE FUNCTION kpi_add_order(o orders, k BIGINT) RETURNS void AS $$
BEGIN
  INSERT INTO kpi_order_days AS d (day, channel_id, orders_in, gross_sales, orders_done)
    VALUES ((o.placed_at + 25200) / 86400, o.channel_id, k, CASE WHEN o.stage = 'cancelled' THEN 0 ELSE k * o.subtotal END, 0)
    ON CONFLICT (day, channel_id) DO UPDATE SET orders_in = d.orders_in + excluded.orders_in, gross_sales = d.gross_sales + excluded.gross_sales;
  IF o.completed_at IS NOT NULL THEN
    INSERT INTO kpi_order_days AS d (day, channel_id, orders_in, gross_sales, orders_done)
      VALUES ((o.completed_at + 25200) / 86400, o.channel_id, 0, 0, k)
      ON CONFLICT (day, channel_id) DO UPDATE SET orders_done = d.orders_done + excluded.orders_done;
  END IF;
END $$ LANGUAGE plpgsql;
CREATE FUNCTION orders_kpi() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.placed_at = NEW.placed_at AND OLD.channel_id = NEW.channel_id AND OLD.subtotal = NEW.subtotal
     AND (OLD.stage = 'cancelled') = (NEW.stage = 'cancelled') AND OLD.completed_at IS NOT DISTINCT FROM NEW.completed_at THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM kpi_add_order(OLD, -1);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM kpi_add_order(NEW, 1);
  ELSE
    DELETE FROM kpi_order_stages WHERE order_id = OLD.id;
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER orders_kpi AFTER INSERT OR DELETE OR UPDATE OF stage, subtotal, placed_at, channel_id, completed_at ON orders
  FOR EACH ROW EXECUTE FUNCTION orders_kpi();
CREATE FUNCTION order_events_kpi() RETURNS trigger AS $$
DECLARE
  entered BIGINT;
BEGIN
  IF NEW.from_stage IS NOT NULL THEN
    SELECT entered_at INTO entered FROM kpi_order_stages
      WHERE order_id = NEW.order_id AND stage = NEW.from_stage AND entered_at <= NEW.at;
    IF FOUND THEN
      INSERT INTO kpi_stage_days AS h (stage, bin, day, orders, seconds)
        VALUES (NEW.from_stage, (SELECT MAX(from_seconds) FROM kpi_duration_bins WHERE from_seconds <= NEW.at - entered),
                (NEW.at + 25200) / 86400, 1, NEW.at - entered)
        ON CONFLICT (stage, bin, day) DO UPDATE SET orders = h.orders + 1, seconds = h.seconds + excluded.seconds;
    END IF;
  END IF;
  IF NEW.to_stage IN ('completed', 'cancelled', 'returned') THEN
    DELETE FROM kpi_order_stages WHERE order_id = NEW.order_id;
  ELSE
    INSERT INTO kpi_order_stages AS c (order_id, stage, entered_at) VALUES (NEW.order_id, NEW.to_stage, NEW.at)
      ON CONFLICT (order_id) DO UPDATE SET stage = excluded.stage, entered_at = excluded.entered_at;
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER order_events_kpi AFTER INSERT ON order_events FOR EACH ROW EXECUTE FUNCTION order_events_kpi();
CREATE FUNCTION order_events_kpi_delete() RETURNS trigger AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM order_events) THEN
    DELETE FROM kpi_stage_days;
    DELETE FROM kpi_order_stages;
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER order_events_kpi_delete AFTER DELETE ON order_events FOR EACH STATEMENT EXECUTE FUNCTION order_events_kpi_delete();
CREATE FUNCTION kpi_add_ticket(t tickets, k BIGINT) RETURNS void AS $$
BEGIN
  INSERT INTO kpi_ticket_days AS d (day, created, late_first_responses, late_resolutions)
    VALUES ((t.created_at + 25200) / 86400, k, CASE WHEN t.first_response_seconds > t.first_response_target THEN k ELSE 0 END,
            CASE WHEN t.resolution_seconds > t.resolution_target THEN k ELSE 0 END)
    ON CONFLICT (day) DO UPDATE SET created = d.created + excluded.created,
      late_first_responses = d.late_first_responses + excluded.late_first_responses,
      late_resolutions = d.late_resolutions + excluded.late_resolutions;
  IF t.resolved_at IS NOT NULL THEN
    INSERT INTO kpi_ticket_days AS d (day, resolved, first_contact_resolved, handled, handle_seconds, rated, satisfied)
      VALUES ((t.resolved_at + 25200) / 86400, k, CASE WHEN t.outgoing_count = 1 AND t.reopen_count = 0 THEN k ELSE 0 END,
              CASE WHEN t.handle_seconds > 0 THEN k ELSE 0 END, k * t.handle_seconds, CASE WHEN t.csat IS NOT NULL THEN k ELSE 0 END,
              CASE WHEN t.csat >= 4 THEN k ELSE 0 END)
      ON CONFLICT (day) DO UPDATE SET resolved = d.resolved + excluded.resolved,
        first_contact_resolved = d.first_contact_resolved + excluded.first_contact_resolved, handled = d.handled + excluded.handled,
        handle_seconds = d.handle_seconds + excluded.handle_seconds, rated = d.rated + excluded.rated,
        satisfied = d.satisfied + excluded.satisfied;
  END IF;
  INSERT INTO kpi_ticket_topics AS c (day, touchpoint, category, tickets)
    VALUES ((t.created_at + 25200) / 86400, t.touchpoint, t.category, k)
    ON CONFLICT (day, touchpoint, category) DO UPDATE SET tickets = c.tickets + excluded.tickets;
END $$ LANGUAGE plpgsql;
CREATE FUNCTION tickets_kpi() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.created_at, OLD.first_response_seconds, OLD.first_response_target, OLD.resolution_seconds,
      OLD.resolution_target, OLD.resolved_at, OLD.touchpoint, OLD.category)
      IS NOT DISTINCT FROM (NEW.created_at, NEW.first_response_seconds, NEW.first_response_target, NEW.resolution_seconds,
      NEW.resolution_target, NEW.resolved_at, NEW.touchpoint, NEW.category)
    AND (NEW.resolved_at IS NULL OR (OLD.outgoing_count, OLD.reopen_count, OLD.handle_seconds, OLD.csat)
      IS NOT DISTINCT FROM (NEW.outgoing_count, NEW.reopen_count, NEW.handle_seconds, NEW.csat)) THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM kpi_add_ticket(OLD, -1);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM kpi_add_ticket(NEW, 1);
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER tickets_kpi AFTER INSERT OR DELETE OR UPDATE OF created_at, first_response_seconds, first_response_target,
    resolution_seconds, resolution_target, resolved_at, outgoing_count, reopen_count, handle_seconds, csat, touchpoint, category
  ON tickets FOR EACH ROW EXECUTE FUNCTION tickets_kpi();
-- @both
