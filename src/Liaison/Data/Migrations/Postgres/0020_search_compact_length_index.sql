-- Similar names: a name matches only one of 70 % to 143 % of its length (without spaces), and for a short name that
-- range holds fewer entries than its trigrams do ("smith": 26,000 of 700,000 entries have 4 to 7 characters, and
-- 19,000 hold its trigrams; together, a few hundred). People's entries only: the index costs every insert a little,
-- and the ParlGov and Party Facts imports write organizations. The planner needs the expression's statistics to tell a
-- short name's narrow range from a long name's wide one, hence the ANALYZE.
CREATE INDEX IF NOT EXISTS "IX_SearchEntries_Kind_CompactLength" ON "SearchEntries" (length(replace("Text", ' ', ''))) WHERE "Kind" = 'person';
ANALYZE "SearchEntries";
