-- As SQLite's 0018: MatchKeyPairs holds the pairs of people sharing a match key held by two to four people
-- (DuplicateFinder.MaxPeoplePerKey), kept in step with PersonMatchKeys by triggers, so the duplicates queue reads its
-- pairs instead of grouping every key in the directory on every request (100-150 ms at full size, 1-2 s under load).
-- The triggers run once per statement over the keys it wrote (transition tables), so an import's batch of thousands of
-- keys is refreshed in one pass. Each key's holders are counted up to five only: a common name costs one short index
-- read. Two transactions writing the same key at the same moment can each miss the other's row (READ COMMITTED); the
-- next write of that key, such as saving either person, refreshes its pairs again.
CREATE TABLE "MatchKeyPairs" (
    "Key" character varying(200) NOT NULL,
    "PersonAId" integer NOT NULL,
    "PersonBId" integer NOT NULL,
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

CREATE FUNCTION match_key_pairs_refresh(changed text[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM "MatchKeyPairs" WHERE "Key" = ANY (changed);
    INSERT INTO "MatchKeyPairs" ("Key", "PersonAId", "PersonBId")
    SELECT DISTINCT a."Key", a."PersonId", b."PersonId"
    FROM (
        SELECT DISTINCT k FROM unnest(changed) AS c (k)
        WHERE (SELECT count(*) FROM (SELECT 1 FROM "PersonMatchKeys" AS x WHERE x."Key" = c.k LIMIT 5) AS held) BETWEEN 2 AND 4
    ) AS shared
    JOIN "PersonMatchKeys" AS a ON a."Key" = shared.k
    JOIN "PersonMatchKeys" AS b ON b."Key" = shared.k AND b."PersonId" > a."PersonId"
    WHERE EXISTS (SELECT 1 FROM "People" AS p WHERE p."Id" = a."PersonId")
        AND EXISTS (SELECT 1 FROM "People" AS p WHERE p."Id" = b."PersonId");
$$;

CREATE FUNCTION match_key_pairs_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM match_key_pairs_refresh(ARRAY(SELECT DISTINCT "Key"::text FROM new_keys));
    RETURN NULL;
END $$;

CREATE FUNCTION match_key_pairs_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM match_key_pairs_refresh(ARRAY(SELECT DISTINCT "Key"::text FROM old_keys));
    RETURN NULL;
END $$;

CREATE FUNCTION match_key_pairs_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM match_key_pairs_refresh(ARRAY(SELECT "Key"::text FROM old_keys UNION SELECT "Key"::text FROM new_keys));
    RETURN NULL;
END $$;

CREATE TRIGGER match_key_pairs_after_insert AFTER INSERT ON "PersonMatchKeys"
    REFERENCING NEW TABLE AS new_keys FOR EACH STATEMENT EXECUTE FUNCTION match_key_pairs_after_insert();
CREATE TRIGGER match_key_pairs_after_delete AFTER DELETE ON "PersonMatchKeys"
    REFERENCING OLD TABLE AS old_keys FOR EACH STATEMENT EXECUTE FUNCTION match_key_pairs_after_delete();
CREATE TRIGGER match_key_pairs_after_update AFTER UPDATE ON "PersonMatchKeys"
    REFERENCING OLD TABLE AS old_keys NEW TABLE AS new_keys FOR EACH STATEMENT EXECUTE FUNCTION match_key_pairs_after_update();
