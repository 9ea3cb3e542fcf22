-- Premium-support inquiries. Column lengths are the limits of app.capgo.supportdesk.inquiry.InquiryLimits
-- (a test checks that they agree).
CREATE SEQUENCE inquiry_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE inquiry (
    id                          BIGINT PRIMARY KEY,
    reference                   VARCHAR(20)   NOT NULL UNIQUE,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    name                        VARCHAR(100)  NOT NULL,
    email                       VARCHAR(254)  NOT NULL,
    company                     VARCHAR(150)  NOT NULL,
    plan                        VARCHAR(20)   NOT NULL,
    organisation                VARCHAR(100)  NOT NULL,
    app_scale                   VARCHAR(100)  NOT NULL,
    contact_time                VARCHAR(100)  NOT NULL,
    message                     VARCHAR(5000) NOT NULL,
    language                    VARCHAR(5)    NOT NULL,
    status                      VARCHAR(20)   NOT NULL,
    sales_mail_state            VARCHAR(10)   NOT NULL,
    sales_mail_attempts         INTEGER       NOT NULL,
    sales_mail_sent_at          TIMESTAMP WITH TIME ZONE,
    sales_mail_last_attempt_at  TIMESTAMP WITH TIME ZONE,
    sales_mail_last_error       VARCHAR(500),
    customer_mail_state         VARCHAR(10)   NOT NULL,
    customer_mail_attempts      INTEGER       NOT NULL,
    customer_mail_sent_at       TIMESTAMP WITH TIME ZONE,
    customer_mail_last_attempt_at TIMESTAMP WITH TIME ZONE,
    customer_mail_last_error    VARCHAR(500),
    version                     BIGINT        NOT NULL
);

CREATE INDEX inquiry_created_at_idx ON inquiry (created_at);
