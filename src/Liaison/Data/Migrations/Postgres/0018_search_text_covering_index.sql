-- As SQLite's 0017: the index on the entries' text holds the kind and record they name, and replaces the index on the
-- text alone. PostgreSQL's prefix search keeps its byte-ordered index (0014); lookups of an exact text (the similar
-- names of two characters) can now be answered from this one without the table. No ANALYZE: PostgreSQL
-- needs no statistics for an index on plain columns, and on a new, empty database it would record the table as empty
-- while an import fills it.
DROP INDEX IF EXISTS "IX_SearchEntries_Text";
CREATE INDEX "IX_SearchEntries_Text_Kind_RecordId" ON "SearchEntries" ("Text", "Kind", "RecordId");
