-- As SQLite's 0017: the index on the entries' text holds the kind and record they name, and replaces the index on the
-- text alone, so lookups of an exact text (two Chinese characters) are answered from the index. No ANALYZE: PostgreSQL
-- needs no statistics for an index on plain columns, and on a new, empty database it would record the table as empty
-- while an import fills it.
DROP INDEX IF EXISTS "IX_SearchEntries_Text";
CREATE INDEX "IX_SearchEntries_Text_Kind_RecordId" ON "SearchEntries" ("Text", "Kind", "RecordId");
