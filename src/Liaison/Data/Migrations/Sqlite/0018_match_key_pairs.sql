-- The duplicates queue listed the pairs of people sharing a match key held by two to four people. It found them by
-- grouping every key in the directory on every request (332,590 keys at full size: 45 ms of SQLite, 100-150 ms of
-- PostgreSQL, and worse under load). MatchKeyPairs holds those pairs, one row per pair and key, and these triggers keep
-- it in step with PersonMatchKeys: every row written refreshes its key's pairs. The refresh first counts the key's
-- holders, at most five (a name held by thousands costs one short index read), and writes pairs only for two to four
-- (DuplicateFinder.MaxPeoplePerKey). A person being deleted (its keys go by cascade) is never paired again. A key
-- written with no other holder cannot change any pair, so the triggers do nothing for it after one index probe (most
-- of an import's keys: 100,000 new contacts import in about the same time with or without the triggers).
CREATE TABLE "MatchKeyPairs" (
    "Key" TEXT NOT NULL,
    "PersonAId" INTEGER NOT NULL,
    "PersonBId" INTEGER NOT NULL,
    CONSTRAINT "PK_MatchKeyPairs" PRIMARY KEY ("Key", "PersonAId", "PersonBId"),
    CONSTRAINT "FK_MatchKeyPairs_People_PersonAId" FOREIGN KEY ("PersonAId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MatchKeyPairs_People_PersonBId" FOREIGN KEY ("PersonBId") REFERENCES "People" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_MatchKeyPairs_PersonAId" ON "MatchKeyPairs" ("PersonAId");
CREATE INDEX "IX_MatchKeyPairs_PersonBId_PersonAId" ON "MatchKeyPairs" ("PersonBId", "PersonAId");

INSERT INTO "MatchKeyPairs" ("Key", "PersonAId", "PersonBId")
SELECT DISTINCT a."Key", a."PersonId", b."PersonId"
FROM (SELECT "Key" FROM "PersonMatchKeys" GROUP BY "Key" HAVING COUNT(*) BETWEEN 2 AND 4) AS shared
JOIN "PersonMatchKeys" AS a ON a."Key" = shared."Key"
JOIN "PersonMatchKeys" AS b ON b."Key" = shared."Key" AND b."PersonId" > a."PersonId";

CREATE TRIGGER match_key_pairs_after_insert AFTER INSERT ON "PersonMatchKeys"
WHEN EXISTS (SELECT 1 FROM "PersonMatchKeys" WHERE "Key" = NEW."Key" AND "Id" <> NEW."Id")
BEGIN
    DELETE FROM "MatchKeyPairs" WHERE "Key" = NEW."Key";
    INSERT INTO "MatchKeyPairs" ("Key", "PersonAId", "PersonBId")
    SELECT DISTINCT a."Key", a."PersonId", b."PersonId"
    FROM "PersonMatchKeys" AS a
    JOIN "PersonMatchKeys" AS b ON b."Key" = a."Key" AND b."PersonId" > a."PersonId"
    WHERE a."Key" = NEW."Key"
        AND (SELECT COUNT(*) FROM (SELECT 1 FROM "PersonMatchKeys" WHERE "Key" = NEW."Key" LIMIT 5)) BETWEEN 2 AND 4
        AND EXISTS (SELECT 1 FROM "People" WHERE "Id" = a."PersonId") AND EXISTS (SELECT 1 FROM "People" WHERE "Id" = b."PersonId");
END;

CREATE TRIGGER match_key_pairs_after_delete AFTER DELETE ON "PersonMatchKeys"
WHEN EXISTS (SELECT 1 FROM "PersonMatchKeys" WHERE "Key" = OLD."Key")
BEGIN
    DELETE FROM "MatchKeyPairs" WHERE "Key" = OLD."Key";
    INSERT INTO "MatchKeyPairs" ("Key", "PersonAId", "PersonBId")
    SELECT DISTINCT a."Key", a."PersonId", b."PersonId"
    FROM "PersonMatchKeys" AS a
    JOIN "PersonMatchKeys" AS b ON b."Key" = a."Key" AND b."PersonId" > a."PersonId"
    WHERE a."Key" = OLD."Key"
        AND (SELECT COUNT(*) FROM (SELECT 1 FROM "PersonMatchKeys" WHERE "Key" = OLD."Key" LIMIT 5)) BETWEEN 2 AND 4
        AND EXISTS (SELECT 1 FROM "People" WHERE "Id" = a."PersonId") AND EXISTS (SELECT 1 FROM "People" WHERE "Id" = b."PersonId");
END;

CREATE TRIGGER match_key_pairs_after_update AFTER UPDATE ON "PersonMatchKeys" BEGIN
    DELETE FROM "MatchKeyPairs" WHERE "Key" = OLD."Key";
    INSERT INTO "MatchKeyPairs" ("Key", "PersonAId", "PersonBId")
    SELECT DISTINCT a."Key", a."PersonId", b."PersonId"
    FROM "PersonMatchKeys" AS a
    JOIN "PersonMatchKeys" AS b ON b."Key" = a."Key" AND b."PersonId" > a."PersonId"
    WHERE a."Key" = OLD."Key"
        AND (SELECT COUNT(*) FROM (SELECT 1 FROM "PersonMatchKeys" WHERE "Key" = OLD."Key" LIMIT 5)) BETWEEN 2 AND 4
        AND EXISTS (SELECT 1 FROM "People" WHERE "Id" = a."PersonId") AND EXISTS (SELECT 1 FROM "People" WHERE "Id" = b."PersonId");
    DELETE FROM "MatchKeyPairs" WHERE "Key" = NEW."Key";
    INSERT INTO "MatchKeyPairs" ("Key", "PersonAId", "PersonBId")
    SELECT DISTINCT a."Key", a."PersonId", b."PersonId"
    FROM "PersonMatchKeys" AS a
    JOIN "PersonMatchKeys" AS b ON b."Key" = a."Key" AND b."PersonId" > a."PersonId"
    WHERE a."Key" = NEW."Key"
        AND (SELECT COUNT(*) FROM (SELECT 1 FROM "PersonMatchKeys" WHERE "Key" = NEW."Key" LIMIT 5)) BETWEEN 2 AND 4
        AND EXISTS (SELECT 1 FROM "People" WHERE "Id" = a."PersonId") AND EXISTS (SELECT 1 FROM "People" WHERE "Id" = b."PersonId");
END;

ANALYZE "MatchKeyPairs";
