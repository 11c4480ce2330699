-- 0002: full-text trigram index over SearchEntries (substring match in any script, typo-tolerant candidates)
CREATE VIRTUAL TABLE search_fts USING fts5("Text", content='SearchEntries', content_rowid='Id', tokenize='trigram');

CREATE TRIGGER search_entries_ai AFTER INSERT ON "SearchEntries" BEGIN
    INSERT INTO search_fts(rowid, "Text") VALUES (new."Id", new."Text");
END;

CREATE TRIGGER search_entries_ad AFTER DELETE ON "SearchEntries" BEGIN
    INSERT INTO search_fts(search_fts, rowid, "Text") VALUES ('delete', old."Id", old."Text");
END;

CREATE TRIGGER search_entries_au AFTER UPDATE ON "SearchEntries" BEGIN
    INSERT INTO search_fts(search_fts, rowid, "Text") VALUES ('delete', old."Id", old."Text");
    INSERT INTO search_fts(rowid, "Text") VALUES (new."Id", new."Text");
END;
