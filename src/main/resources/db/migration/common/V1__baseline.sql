-- Baseline of the Capgo Support Desk schema. The support flow and the SLA page keep no data;
-- features that store data (premium inquiries, the sales inbox) add their tables in later versions.
CREATE TABLE app_info (
    id INTEGER PRIMARY KEY,
    schema_note VARCHAR(200) NOT NULL
);
INSERT INTO app_info (id, schema_note) VALUES (1, 'Capgo Support Desk');
