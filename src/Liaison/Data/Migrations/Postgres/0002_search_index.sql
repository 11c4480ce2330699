-- 0002: trigram index over SearchEntries (substring and similarity search)
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "IX_SearchEntries_Text_trgm" ON "SearchEntries" USING gin ("Text" gin_trgm_ops);
