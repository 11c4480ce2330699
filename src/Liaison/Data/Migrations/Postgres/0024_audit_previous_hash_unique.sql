-- No two audit entries may extend the same entry: the chain cannot fork. An event is appended in one statement when
-- the process knows the chain's last hash (Features/Audit/AuditChainHead.cs); that statement's check reads a snapshot
-- that may predate the chain's lock, and this index refuses what the check missed.
-- A chain that already forked (a damaged or altered database, which `liaison audit verify` reports) must still migrate,
-- so the index then covers only the entries written after its last fork.
DO $$
DECLARE
    last_fork bigint;
BEGIN
    SELECT COALESCE(MAX("Id"), 0) INTO last_fork FROM (
        SELECT MAX("Id") AS "Id" FROM "AuditEntries" GROUP BY "PreviousHash" HAVING COUNT(*) > 1
    ) AS forks;
    EXECUTE format('CREATE UNIQUE INDEX IF NOT EXISTS "IX_AuditEntries_PreviousHash" ON "AuditEntries" ("PreviousHash") WHERE "Id" > %s', last_fork);
END $$;
