-- As SQLite's 0020: "my touchpoints" (created by me or with me taking part) read the ones I created from this index.
CREATE INDEX IF NOT EXISTS "IX_Touchpoints_CreatedById_On" ON "Touchpoints" ("CreatedById", "On");
