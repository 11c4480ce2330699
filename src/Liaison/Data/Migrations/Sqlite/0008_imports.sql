-- 0008: import runs (what each Party Facts / ParlGov import read, who ran it, its counts, its rollback), the provenance of
-- every row a run created or updated, and organizations' ids in outside data sets

CREATE TABLE "ImportRuns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImportRuns" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "SourceName" TEXT NOT NULL,
    "SourceSha256" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "UserName" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "FinishedAt" TEXT NULL,
    "Created" INTEGER NOT NULL,
    "Updated" INTEGER NOT NULL,
    "Skipped" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "RolledBackAt" TEXT NULL,
    "RolledBackBy" TEXT NULL
);

CREATE TABLE "ImportRecords" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImportRecords" PRIMARY KEY AUTOINCREMENT,
    "RunId" INTEGER NOT NULL,
    "RecordType" TEXT NOT NULL,
    "RecordId" INTEGER NOT NULL,
    "Action" INTEGER NOT NULL,
    "SourceRow" TEXT NULL,
    "ExternalIds" TEXT NULL,
    "Previous" TEXT NULL,
    "Version" INTEGER NULL,
    CONSTRAINT "FK_ImportRecords_ImportRuns_RunId" FOREIGN KEY ("RunId") REFERENCES "ImportRuns" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ExternalIds" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ExternalIds" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "Scheme" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    CONSTRAINT "FK_ExternalIds_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ExternalIds_OrganizationId" ON "ExternalIds" ("OrganizationId");
CREATE INDEX "IX_ExternalIds_Scheme_Value" ON "ExternalIds" ("Scheme", "Value");
CREATE INDEX "IX_ImportRecords_RecordType_RecordId" ON "ImportRecords" ("RecordType", "RecordId");
CREATE INDEX "IX_ImportRecords_RunId" ON "ImportRecords" ("RunId");
CREATE INDEX "IX_ImportRuns_StartedAt" ON "ImportRuns" ("StartedAt");
