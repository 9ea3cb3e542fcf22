-- The docs' content gaps: what customers searched for without a good result (nothing found, or "no,
-- it did not answer"), masked and reduced (no secret, address, link or id), per day and language,
-- deleted after support.insights.gap-retention.
CREATE TABLE content_gap (
    count_day DATE         NOT NULL,
    language  VARCHAR(5)   NOT NULL,
    term      VARCHAR(100) NOT NULL,
    n         BIGINT       NOT NULL,
    PRIMARY KEY (count_day, language, term)
);
