-- The organizations list is ordered by name without case ("lower(NameEn), NameEn, Id"), as the people list is (0007):
-- an index in that order, with the columns the visibility filter checks, reads a page of fifty without sorting ten
-- thousand organizations (13 ms → 0.3 ms for the administrator's first page at full size). EF Core cannot express an
-- index on an expression, so it lives only here (the migration test knows it as provider-only).
CREATE INDEX "IX_Organizations_NameEn_lower" ON "Organizations" (lower("NameEn"), "NameEn", "Id", "Classification", "CountryId");
ANALYZE "Organizations";
