-- The longest engagement's length in days, at once: booking warnings look for other engagements at the same time by
-- their start, from that many days before this one's. The expression is EF Core's translation of
-- EndsOn.DayNumber - StartsOn.DayNumber (BookingWarnings.LongestEngagementDays), as SQLite uses an index on an
-- expression only for the same expression; a test holds the query to this index.
CREATE INDEX IF NOT EXISTS "IX_Engagements_Length" ON "Engagements" ((CAST(julianday("EndsOn") - julianday('0001-01-01') AS INTEGER) - CAST(julianday("StartsOn") - julianday('0001-01-01') AS INTEGER)));
