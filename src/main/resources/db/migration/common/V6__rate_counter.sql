-- Limits that hold across instances and restarts: inquiries per client, failed sign-ins per user
-- name and per client address (app.capgo.supportdesk.base.SharedCounters). Keys are SHA-256
-- digests: no address or user name is stored in clear, and a row is deleted once expired.
CREATE TABLE rate_counter (
    counter_key VARCHAR(64)              PRIMARY KEY,
    hits        INTEGER                  NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX rate_counter_expires_at_idx ON rate_counter (expires_at);
