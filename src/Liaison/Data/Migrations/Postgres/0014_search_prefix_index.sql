-- 0014: names that start with the query come from a byte-ordered index, whatever the database's collation (the model's
-- index on "Text" follows the collation, which LIKE 'abc%' cannot use). The search then reads a bounded number of the
-- entries that start with or contain a common name, instead of ranking every trigram match (18,000 hold "mitchell" at
-- full size). Provider-only, like 0002's index.
CREATE INDEX IF NOT EXISTS "IX_SearchEntries_Text_pattern" ON "SearchEntries" ("Text" text_pattern_ops);
