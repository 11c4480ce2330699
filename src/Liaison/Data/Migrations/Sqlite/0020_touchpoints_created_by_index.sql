-- "My touchpoints" (created by me or with me taking part): the ones I created, newest first, from this index, and
-- the ones I took part in from TouchpointParticipants' UserId index. Without it the filter tested every touchpoint.
CREATE INDEX IF NOT EXISTS "IX_Touchpoints_CreatedById_On" ON "Touchpoints" ("CreatedById", "On");
