-- The retention job is recorded without a name (anonymised_by NULL with anonymised_at set), so that a
-- sales user named "retention" is never taken for it; the job's earlier rows carried that name.
UPDATE inquiry SET anonymised_by = NULL WHERE anonymised_by = 'retention' AND anonymised_at IS NOT NULL;
