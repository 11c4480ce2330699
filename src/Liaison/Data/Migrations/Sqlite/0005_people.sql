-- 0005: people, positions, contact channels, cultivation tiers, merges, touchpoints, tasks and calendar feeds
ALTER TABLE "Organizations" ADD COLUMN "LastTouchpointOn" TEXT NULL;

CREATE TABLE "CultivationTiers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CultivationTiers" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "NameZh" TEXT NULL,
    "CadenceDays" INTEGER NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "People" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_People" PRIMARY KEY AUTOINCREMENT,
    "CountryId" INTEGER NULL,
    "NameNative" TEXT NULL,
    "NameRomanized" TEXT NULL,
    "NameEn" TEXT NOT NULL,
    "NameZh" TEXT NULL,
    "FamilyName" TEXT NULL,
    "GivenName" TEXT NULL,
    "NameOrder" INTEGER NOT NULL,
    "Honorific" TEXT NULL,
    "FormOfAddress" TEXT NULL,
    "Gender" INTEGER NOT NULL,
    "BirthYear" INTEGER NULL,
    "BirthDate" TEXT NULL,
    "Languages" TEXT NULL,
    "Biography" TEXT NULL,
    "Diet" TEXT NULL,
    "Religion" TEXT NULL,
    "InterpreterLanguage" TEXT NULL,
    "ProtocolNotes" TEXT NULL,
    "Tags" TEXT NULL,
    "Classification" INTEGER NOT NULL,
    "TierId" INTEGER NULL,
    "OwnerId" TEXT NULL,
    "LastTouchpointOn" TEXT NULL,
    "MergedIntoId" INTEGER NULL,
    "PhotoUpdatedAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_People_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_People_Countries_CountryId" FOREIGN KEY ("CountryId") REFERENCES "Countries" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_People_CultivationTiers_TierId" FOREIGN KEY ("TierId") REFERENCES "CultivationTiers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_People_People_MergedIntoId" FOREIGN KEY ("MergedIntoId") REFERENCES "People" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PersonNames" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PersonNames" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Language" TEXT NULL,
    CONSTRAINT "FK_PersonNames_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PersonPhotos" (
    "PersonId" INTEGER NOT NULL CONSTRAINT "PK_PersonPhotos" PRIMARY KEY,
    "ContentType" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_PersonPhotos_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Positions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Positions" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "OrganizationId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "TitleZh" TEXT NULL,
    "Rank" INTEGER NOT NULL,
    "From" TEXT NULL,
    "To" TEXT NULL,
    "Note" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Positions_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Positions_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ContactChannels" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContactChannels" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Value" TEXT NOT NULL,
    "Label" TEXT NULL,
    "Preferred" INTEGER NOT NULL,
    "Consent" INTEGER NOT NULL,
    "ConsentOn" TEXT NULL,
    "ConsentNote" TEXT NULL,
    "LastVerifiedOn" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ContactChannels_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PersonMerges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PersonMerges" PRIMARY KEY AUTOINCREMENT,
    "SurvivorId" INTEGER NOT NULL,
    "MergedId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "ByUserId" TEXT NULL,
    "Details" TEXT NOT NULL,
    "RevertedAt" TEXT NULL,
    "RevertedByUserId" TEXT NULL
);

CREATE TABLE "DistinctPeople" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DistinctPeople" PRIMARY KEY AUTOINCREMENT,
    "PersonAId" INTEGER NOT NULL,
    "PersonBId" INTEGER NOT NULL,
    "ByUserId" TEXT NULL,
    "At" TEXT NOT NULL
);

CREATE TABLE "PersonMatchKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PersonMatchKeys" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "Key" TEXT NOT NULL,
    CONSTRAINT "FK_PersonMatchKeys_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Touchpoints" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Touchpoints" PRIMARY KEY AUTOINCREMENT,
    "On" TEXT NOT NULL,
    "Channel" INTEGER NOT NULL,
    "Medium" TEXT NULL,
    "Subject" TEXT NOT NULL,
    "Summary" TEXT NULL,
    "FollowUp" TEXT NULL,
    "CountryId" INTEGER NULL,
    "Classification" INTEGER NOT NULL,
    "CreatedById" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Touchpoints_Countries_CountryId" FOREIGN KEY ("CountryId") REFERENCES "Countries" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "TouchpointPeople" (
    "TouchpointId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    CONSTRAINT "PK_TouchpointPeople" PRIMARY KEY ("TouchpointId", "PersonId"),
    CONSTRAINT "FK_TouchpointPeople_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_TouchpointPeople_Touchpoints_TouchpointId" FOREIGN KEY ("TouchpointId") REFERENCES "Touchpoints" ("Id") ON DELETE CASCADE
);

CREATE TABLE "TouchpointOrganizations" (
    "TouchpointId" INTEGER NOT NULL,
    "OrganizationId" INTEGER NOT NULL,
    CONSTRAINT "PK_TouchpointOrganizations" PRIMARY KEY ("TouchpointId", "OrganizationId"),
    CONSTRAINT "FK_TouchpointOrganizations_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_TouchpointOrganizations_Touchpoints_TouchpointId" FOREIGN KEY ("TouchpointId") REFERENCES "Touchpoints" ("Id") ON DELETE CASCADE
);

CREATE TABLE "TouchpointParticipants" (
    "TouchpointId" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_TouchpointParticipants" PRIMARY KEY ("TouchpointId", "UserId"),
    CONSTRAINT "FK_TouchpointParticipants_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_TouchpointParticipants_Touchpoints_TouchpointId" FOREIGN KEY ("TouchpointId") REFERENCES "Touchpoints" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Tasks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Tasks" PRIMARY KEY AUTOINCREMENT,
    "Title" TEXT NOT NULL,
    "Notes" TEXT NULL,
    "OwnerId" TEXT NOT NULL,
    "CreatedById" TEXT NULL,
    "DueOn" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "CompletedAt" TEXT NULL,
    "PersonId" INTEGER NULL,
    "OrganizationId" INTEGER NULL,
    "TouchpointId" INTEGER NULL,
    "DeskId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Tasks_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Tasks_Desks_DeskId" FOREIGN KEY ("DeskId") REFERENCES "Desks" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Tasks_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Tasks_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Tasks_Touchpoints_TouchpointId" FOREIGN KEY ("TouchpointId") REFERENCES "Touchpoints" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CalendarFeeds" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CalendarFeeds" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "LastUsedAt" TEXT NULL,
    "RevokedAt" TEXT NULL,
    CONSTRAINT "FK_CalendarFeeds_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_CalendarFeeds_TokenHash" ON "CalendarFeeds" ("TokenHash");

CREATE INDEX "IX_CalendarFeeds_UserId" ON "CalendarFeeds" ("UserId");

CREATE INDEX "IX_ContactChannels_PersonId" ON "ContactChannels" ("PersonId");

CREATE UNIQUE INDEX "IX_CultivationTiers_Code" ON "CultivationTiers" ("Code");

CREATE UNIQUE INDEX "IX_DistinctPeople_PersonAId_PersonBId" ON "DistinctPeople" ("PersonAId", "PersonBId");

CREATE INDEX "IX_People_CountryId_NameEn" ON "People" ("CountryId", "NameEn");

CREATE INDEX "IX_People_MergedIntoId" ON "People" ("MergedIntoId");

CREATE INDEX "IX_People_NameEn" ON "People" ("NameEn");

CREATE INDEX "IX_People_OwnerId_LastTouchpointOn" ON "People" ("OwnerId", "LastTouchpointOn");

CREATE INDEX "IX_People_TierId" ON "People" ("TierId");

CREATE INDEX "IX_PersonMatchKeys_Key_PersonId" ON "PersonMatchKeys" ("Key", "PersonId");

CREATE INDEX "IX_PersonMatchKeys_PersonId" ON "PersonMatchKeys" ("PersonId");

CREATE INDEX "IX_PersonMerges_MergedId" ON "PersonMerges" ("MergedId");

CREATE INDEX "IX_PersonMerges_SurvivorId" ON "PersonMerges" ("SurvivorId");

CREATE INDEX "IX_PersonNames_PersonId" ON "PersonNames" ("PersonId");

CREATE INDEX "IX_Positions_OrganizationId_To_Rank" ON "Positions" ("OrganizationId", "To", "Rank");

CREATE INDEX "IX_Positions_PersonId_From" ON "Positions" ("PersonId", "From");

CREATE INDEX "IX_Tasks_DeskId_Status_DueOn" ON "Tasks" ("DeskId", "Status", "DueOn");

CREATE INDEX "IX_Tasks_OrganizationId" ON "Tasks" ("OrganizationId");

CREATE INDEX "IX_Tasks_OwnerId_Status_DueOn" ON "Tasks" ("OwnerId", "Status", "DueOn");

CREATE INDEX "IX_Tasks_PersonId" ON "Tasks" ("PersonId");

CREATE INDEX "IX_Tasks_TouchpointId" ON "Tasks" ("TouchpointId");

CREATE INDEX "IX_TouchpointOrganizations_OrganizationId_TouchpointId" ON "TouchpointOrganizations" ("OrganizationId", "TouchpointId");

CREATE INDEX "IX_TouchpointParticipants_UserId" ON "TouchpointParticipants" ("UserId");

CREATE INDEX "IX_TouchpointPeople_PersonId_TouchpointId" ON "TouchpointPeople" ("PersonId", "TouchpointId");

CREATE INDEX "IX_Touchpoints_CountryId_On" ON "Touchpoints" ("CountryId", "On");

CREATE INDEX "IX_Touchpoints_On" ON "Touchpoints" ("On");
