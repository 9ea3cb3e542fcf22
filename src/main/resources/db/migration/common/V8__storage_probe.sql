-- One row the readiness probe rewrites: readiness is UP only while the database can store a write
-- (a full disk, a closed or read-only database take the app out of the load balancer).
CREATE TABLE storage_probe (
    id INT PRIMARY KEY,
    checked_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO storage_probe (id, checked_at) VALUES (1, CURRENT_TIMESTAMP);
