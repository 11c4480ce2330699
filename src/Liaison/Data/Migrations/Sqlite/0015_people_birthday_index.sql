-- A country's people by month and day of birth, with what the visibility filter checks: the birthday window of *my work*
-- reads the desk's countries' few people born in the next days from the index (it read every person of the desk's
-- countries with a birth date and worked out the month and day of each: 15 ms a request at full size, now 1 ms). The
-- expression is the one EF Core writes for `BirthDate.Month * 100 + BirthDate.Day`, so SQLite recognizes it.
CREATE INDEX "IX_People_Country_Birthday" ON "People" (
    "CountryId",
    (CAST(strftime('%m', "BirthDate") AS INTEGER) * 100 + CAST(strftime('%d', "BirthDate") AS INTEGER)),
    "Classification", "MergedIntoId", "OwnerId", "BirthDate");
ANALYZE "People";
