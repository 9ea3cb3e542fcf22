-- What the desk does, as aggregates only: no person, session, address or text, one row per day,
-- language, entry point, measure and detail (a code), added to by every instance.
CREATE TABLE insight_count (
    count_day DATE       NOT NULL,
    language VARCHAR(5)  NOT NULL,
    entry    VARCHAR(10) NOT NULL,
    measure  VARCHAR(20) NOT NULL,
    detail   VARCHAR(64) NOT NULL,
    n        BIGINT      NOT NULL,
    PRIMARY KEY (count_day, language, entry, measure, detail)
);
