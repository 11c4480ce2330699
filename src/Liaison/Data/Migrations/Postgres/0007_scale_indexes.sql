-- The people list is ordered by name without case ("lower(NameEn), NameEn, Id"): an index in that order lets a page of
-- fifty be read without sorting two hundred thousand people. EF Core cannot express an index on an expression, so it
-- lives only here (the migration test knows it as provider-only).
CREATE INDEX "IX_People_NameEn_lower" ON "People" (lower("NameEn"), "NameEn", "Id");
