-- 0010: the search also matches a name without its spaces ("xijinping", "王伟明" for "王 伟明"); a trigram index over that
-- expression keeps the lookup an index scan (without it every search read all entries: seconds at full size). PostgreSQL
-- only: SQLite's FTS5 trigram table answers both forms. Provider-only, like 0002's index.
CREATE INDEX IF NOT EXISTS "IX_SearchEntries_Compact_trgm" ON "SearchEntries" USING gin (replace("Text", ' ', '') gin_trgm_ops);
