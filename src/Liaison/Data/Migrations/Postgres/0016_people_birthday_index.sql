-- A country's people by month and day of birth, with what the visibility filter checks: the birthday window of *my work*
-- reads the desk's countries' few people born in the next days from the index (it read every person of the desk's
-- countries with a birth date and worked out the month and day of each: 144 → 21 ms a request at full size). The
-- expression is the one Npgsql writes for `BirthDate.Month * 100 + BirthDate.Day`, so PostgreSQL recognizes it.
CREATE INDEX "IX_People_Country_Birthday" ON "People" (
    "CountryId",
    (date_part('month', "BirthDate")::int * 100 + date_part('day', "BirthDate")::int),
    "Classification", "MergedIntoId", "OwnerId", "BirthDate");
ANALYZE "People";
