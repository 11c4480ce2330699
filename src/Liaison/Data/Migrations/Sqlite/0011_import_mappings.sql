-- 0011: column mappings of the import wizard, remembered per record type and header row

CREATE TABLE "ImportMappings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImportMappings" PRIMARY KEY AUTOINCREMENT,
    "RecordType" TEXT NOT NULL,
    "HeaderKey" TEXT NOT NULL,
    "Columns" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_ImportMappings_RecordType_HeaderKey" ON "ImportMappings" ("RecordType", "HeaderKey");
