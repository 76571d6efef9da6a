-- Rapi schema 6: templates and briefs shared with outside vendors (SPEC §1, docs/security.md).
-- A vendor reads only the templates shared with them; everyone else reads all of them.
CREATE TABLE template_shares (
    template_id BIGINT NOT NULL REFERENCES templates (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    shared_at BIGINT NOT NULL,
    shared_by BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (template_id, user_id)
);
CREATE INDEX template_shares_user ON template_shares (user_id, template_id);
