-- 0006: engagements (visits, forums, dialogues…), their delegations, itineraries, logistics, gifts, outcomes and documents;
-- touchpoints and tasks may belong to an engagement

CREATE TABLE "Engagements" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Engagements" PRIMARY KEY AUTOINCREMENT,
    "Kind" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "TitleZh" TEXT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NOT NULL,
    "Location" TEXT NULL,
    "CountryId" INTEGER NULL,
    "Classification" INTEGER NOT NULL,
    "Purpose" TEXT NULL,
    "InvitationOn" TEXT NULL,
    "InvitationNote" TEXT NULL,
    "OwnerId" TEXT NULL,
    "DelegationCount" INTEGER NOT NULL,
    "HostCount" INTEGER NOT NULL,
    "ApprovedById" TEXT NULL,
    "ApprovedAt" TEXT NULL,
    "CompletedAt" TEXT NULL,
    "CreatedById" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Engagements_AspNetUsers_OwnerId" FOREIGN KEY ("OwnerId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Engagements_Countries_CountryId" FOREIGN KEY ("CountryId") REFERENCES "Countries" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "EngagementCountries" (
    "EngagementId" INTEGER NOT NULL,
    "CountryId" INTEGER NOT NULL,
    CONSTRAINT "PK_EngagementCountries" PRIMARY KEY ("EngagementId", "CountryId"),
    CONSTRAINT "FK_EngagementCountries_Countries_CountryId" FOREIGN KEY ("CountryId") REFERENCES "Countries" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EngagementCountries_Engagements_EngagementId" FOREIGN KEY ("EngagementId") REFERENCES "Engagements" ("Id") ON DELETE CASCADE
);

CREATE TABLE "EngagementOrganizations" (
    "EngagementId" INTEGER NOT NULL,
    "OrganizationId" INTEGER NOT NULL,
    CONSTRAINT "PK_EngagementOrganizations" PRIMARY KEY ("EngagementId", "OrganizationId"),
    CONSTRAINT "FK_EngagementOrganizations_Engagements_EngagementId" FOREIGN KEY ("EngagementId") REFERENCES "Engagements" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EngagementOrganizations_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "EngagementTransitions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EngagementTransitions" PRIMARY KEY AUTOINCREMENT,
    "EngagementId" INTEGER NOT NULL,
    "From" INTEGER NOT NULL,
    "To" INTEGER NOT NULL,
    "ByUserId" TEXT NULL,
    "At" TEXT NOT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_EngagementTransitions_AspNetUsers_ByUserId" FOREIGN KEY ("ByUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_EngagementTransitions_Engagements_EngagementId" FOREIGN KEY ("EngagementId") REFERENCES "Engagements" ("Id") ON DELETE CASCADE
);

CREATE TABLE "EngagementMembers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EngagementMembers" PRIMARY KEY AUTOINCREMENT,
    "EngagementId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "Side" INTEGER NOT NULL,
    "Role" INTEGER NOT NULL,
    "Rank" INTEGER NOT NULL,
    "Title" TEXT NULL,
    "Languages" TEXT NULL,
    "Notes" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_EngagementMembers_Engagements_EngagementId" FOREIGN KEY ("EngagementId") REFERENCES "Engagements" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EngagementMembers_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ItineraryItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ItineraryItems" PRIMARY KEY AUTOINCREMENT,
    "EngagementId" INTEGER NOT NULL,
    "Day" TEXT NOT NULL,
    "StartsAt" TEXT NOT NULL,
    "EndsAt" TEXT NOT NULL,
    "Activity" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "TitleZh" TEXT NULL,
    "City" TEXT NULL,
    "CityZh" TEXT NULL,
    "Venue" TEXT NULL,
    "VenueZh" TEXT NULL,
    "CounterpartId" INTEGER NULL,
    "HostId" INTEGER NULL,
    "Notes" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ItineraryItems_Engagements_EngagementId" FOREIGN KEY ("EngagementId") REFERENCES "Engagements" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ItineraryItems_People_CounterpartId" FOREIGN KEY ("CounterpartId") REFERENCES "People" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_ItineraryItems_People_HostId" FOREIGN KEY ("HostId") REFERENCES "People" ("Id") ON DELETE SET NULL
);

CREATE TABLE "LogisticsItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LogisticsItems" PRIMARY KEY AUTOINCREMENT,
    "EngagementId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Reference" TEXT NOT NULL,
    "Place" TEXT NULL,
    "StartsAt" TEXT NULL,
    "EndsAt" TEXT NULL,
    "Notes" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_LogisticsItems_Engagements_EngagementId" FOREIGN KEY ("EngagementId") REFERENCES "Engagements" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Gifts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Gifts" PRIMARY KEY AUTOINCREMENT,
    "EngagementId" INTEGER NOT NULL,
    "Direction" INTEGER NOT NULL,
    "Item" TEXT NOT NULL,
    "Value" TEXT NULL,
    "Currency" TEXT NULL,
    "PersonId" INTEGER NULL,
    "Recipient" TEXT NULL,
    "On" TEXT NULL,
    "Notes" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Gifts_Engagements_EngagementId" FOREIGN KEY ("EngagementId") REFERENCES "Engagements" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Gifts_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE SET NULL
);

CREATE TABLE "EngagementOutcomes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EngagementOutcomes" PRIMARY KEY AUTOINCREMENT,
    "EngagementId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Text" TEXT NULL,
    "OrganizationId" INTEGER NULL,
    "AgreementId" INTEGER NULL,
    "TaskId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_EngagementOutcomes_Agreements_AgreementId" FOREIGN KEY ("AgreementId") REFERENCES "Agreements" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_EngagementOutcomes_Engagements_EngagementId" FOREIGN KEY ("EngagementId") REFERENCES "Engagements" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EngagementOutcomes_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_EngagementOutcomes_Tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "Tasks" ("Id") ON DELETE SET NULL
);

CREATE TABLE "EngagementDocuments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EngagementDocuments" PRIMARY KEY AUTOINCREMENT,
    "EngagementId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Length" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "UploadedById" TEXT NULL,
    "UploadedAt" TEXT NOT NULL,
    CONSTRAINT "FK_EngagementDocuments_Engagements_EngagementId" FOREIGN KEY ("EngagementId") REFERENCES "Engagements" ("Id") ON DELETE CASCADE
);

ALTER TABLE "Touchpoints" ADD COLUMN "EngagementId" INTEGER NULL CONSTRAINT "FK_Touchpoints_Engagements_EngagementId" REFERENCES "Engagements" ("Id") ON DELETE CASCADE;

ALTER TABLE "Tasks" ADD COLUMN "EngagementId" INTEGER NULL CONSTRAINT "FK_Tasks_Engagements_EngagementId" REFERENCES "Engagements" ("Id") ON DELETE CASCADE;

CREATE INDEX "IX_EngagementCountries_CountryId_EngagementId" ON "EngagementCountries" ("CountryId", "EngagementId");

CREATE INDEX "IX_EngagementDocuments_EngagementId" ON "EngagementDocuments" ("EngagementId");

CREATE UNIQUE INDEX "IX_EngagementMembers_EngagementId_PersonId" ON "EngagementMembers" ("EngagementId", "PersonId");

CREATE INDEX "IX_EngagementMembers_PersonId_EngagementId" ON "EngagementMembers" ("PersonId", "EngagementId");

CREATE INDEX "IX_EngagementOrganizations_OrganizationId_EngagementId" ON "EngagementOrganizations" ("OrganizationId", "EngagementId");

CREATE INDEX "IX_EngagementOutcomes_AgreementId" ON "EngagementOutcomes" ("AgreementId");

CREATE INDEX "IX_EngagementOutcomes_EngagementId" ON "EngagementOutcomes" ("EngagementId");

CREATE INDEX "IX_EngagementOutcomes_OrganizationId" ON "EngagementOutcomes" ("OrganizationId");

CREATE INDEX "IX_EngagementOutcomes_TaskId" ON "EngagementOutcomes" ("TaskId");

CREATE INDEX "IX_Engagements_CountryId_StartsOn" ON "Engagements" ("CountryId", "StartsOn");

CREATE INDEX "IX_Engagements_Kind_StartsOn" ON "Engagements" ("Kind", "StartsOn");

CREATE INDEX "IX_Engagements_OwnerId" ON "Engagements" ("OwnerId");

CREATE INDEX "IX_Engagements_StartsOn" ON "Engagements" ("StartsOn");

CREATE INDEX "IX_Engagements_Status_StartsOn" ON "Engagements" ("Status", "StartsOn");

CREATE INDEX "IX_EngagementTransitions_ByUserId" ON "EngagementTransitions" ("ByUserId");

CREATE INDEX "IX_EngagementTransitions_EngagementId_At" ON "EngagementTransitions" ("EngagementId", "At");

CREATE INDEX "IX_Gifts_EngagementId" ON "Gifts" ("EngagementId");

CREATE INDEX "IX_Gifts_PersonId" ON "Gifts" ("PersonId");

CREATE INDEX "IX_ItineraryItems_CounterpartId_Day" ON "ItineraryItems" ("CounterpartId", "Day");

CREATE INDEX "IX_ItineraryItems_EngagementId_Day_StartsAt" ON "ItineraryItems" ("EngagementId", "Day", "StartsAt");

CREATE INDEX "IX_ItineraryItems_HostId_Day" ON "ItineraryItems" ("HostId", "Day");

CREATE INDEX "IX_LogisticsItems_EngagementId_StartsAt" ON "LogisticsItems" ("EngagementId", "StartsAt");

CREATE INDEX "IX_Tasks_EngagementId" ON "Tasks" ("EngagementId");

CREATE INDEX "IX_Touchpoints_EngagementId" ON "Touchpoints" ("EngagementId");
