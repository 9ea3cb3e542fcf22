-- One row per email of an inquiry, whatever its kind: adding an email kind needs no migration.
-- Moves the delivery state of the two emails out of the inquiry's columns, then drops them.
-- The dead app_info table of the baseline goes too.
CREATE TABLE mail_delivery (
    inquiry_id      BIGINT       NOT NULL REFERENCES inquiry (id),
    kind            VARCHAR(20)  NOT NULL,
    state           VARCHAR(15)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    PRIMARY KEY (inquiry_id, kind)
);
CREATE INDEX mail_delivery_state_idx ON mail_delivery (state);

INSERT INTO mail_delivery (inquiry_id, kind, state, attempts, sent_at, last_attempt_at, last_error)
    SELECT id, 'SALES', sales_mail_state, sales_mail_attempts, sales_mail_sent_at, sales_mail_last_attempt_at,
           sales_mail_last_error FROM inquiry;
INSERT INTO mail_delivery (inquiry_id, kind, state, attempts, sent_at, last_attempt_at, last_error)
    SELECT id, 'CUSTOMER', customer_mail_state, customer_mail_attempts, customer_mail_sent_at,
           customer_mail_last_attempt_at, customer_mail_last_error FROM inquiry;

ALTER TABLE inquiry DROP COLUMN sales_mail_state;
ALTER TABLE inquiry DROP COLUMN sales_mail_attempts;
ALTER TABLE inquiry DROP COLUMN sales_mail_sent_at;
ALTER TABLE inquiry DROP COLUMN sales_mail_last_attempt_at;
ALTER TABLE inquiry DROP COLUMN sales_mail_last_error;
ALTER TABLE inquiry DROP COLUMN customer_mail_state;
ALTER TABLE inquiry DROP COLUMN customer_mail_attempts;
ALTER TABLE inquiry DROP COLUMN customer_mail_sent_at;
ALTER TABLE inquiry DROP COLUMN customer_mail_last_attempt_at;
ALTER TABLE inquiry DROP COLUMN customer_mail_last_error;

DROP TABLE app_info;
