-- As SQLite's 0019: the longest engagement's length in days, at once, for the booking warnings' search of other
-- engagements at the same time. Npgsql translates EndsOn.DayNumber - StartsOn.DayNumber to this expression.
CREATE INDEX IF NOT EXISTS "IX_Engagements_Length" ON "Engagements" (("EndsOn" - "StartsOn"));
