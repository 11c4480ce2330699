-- Outside the viewer's desks only Public people and organizations are visible: the country filter options probe each
-- such country for a Public record by (CountryId, Classification) instead of reading every record of the country.
CREATE INDEX "IX_People_CountryId_Classification" ON "People" ("CountryId", "Classification");
CREATE INDEX "IX_Organizations_CountryId_Classification" ON "Organizations" ("CountryId", "Classification");
