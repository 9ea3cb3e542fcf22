-- Personal data is kept for a limited time: after the retention period, or on request, an inquiry is
-- anonymised (its personal fields, notes and email errors cleared; reference, plan, dates and status
-- kept for the numbers). Who did it: 'retention' for the scheduled job, else the sales user.
ALTER TABLE inquiry ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE inquiry ADD COLUMN anonymised_by VARCHAR(100);
CREATE INDEX inquiry_anonymised_at_idx ON inquiry (anonymised_at);
