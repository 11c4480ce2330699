-- Outside the viewer's desks only Public people and organizations are visible: the country filter options probe each
-- such country for a Public record by (CountryId, Classification) instead of reading every record of the country.
-- The people index holds every column of the visibility filter and of My work's birthday window, so a country's
-- people are counted and sifted in the index and only the rows kept are read.
CREATE INDEX "IX_People_Country_Visibility" ON "People" ("CountryId", "Classification", "MergedIntoId", "BirthDate", "OwnerId");
CREATE INDEX "IX_Organizations_CountryId_Classification" ON "Organizations" ("CountryId", "Classification");

-- The visibility filter of engagements in a small index: a desk officer's count of the engagements list reads it, not
-- every engagement row.
CREATE INDEX "IX_Engagements_CountryId_Classification" ON "Engagements" ("CountryId", "Classification");

-- The people of one country in list order ("lower(NameEn), NameEn, Id"): a page of fifty without sorting all of them
-- (17,000 for the largest country at full size). An index on an expression, so provider-only like 0007's.
CREATE INDEX "IX_People_CountryId_NameEn_lower" ON "People" ("CountryId", lower("NameEn"), "NameEn", "Id");

-- Statistics for the new indexes, or the planner prefers a range on Classification (four values) to the name order.
ANALYZE "People";
ANALYZE "Engagements";
