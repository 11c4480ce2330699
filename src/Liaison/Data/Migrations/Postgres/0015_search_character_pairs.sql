-- 0015: searches of two Chinese, Japanese or Korean characters ("郑婷", a whole Chinese name) get an index. pg_trgm cannot
-- look up a pair inside a word, so such a search read every entry (107–149 ms at full size). Each entry's pairs of such
-- characters are indexed; an entry without any costs one pattern check when written. Provider-only, like 0002's index
-- (SQLite answers the same searches from its trigram index: its migration 0014).
CREATE OR REPLACE FUNCTION liaison_cjk_pairs(t text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    pairs text[] := '{}';
    previous int := 0;
    current int;
    pair text;
BEGIN
    IF t !~ '[぀-ヿ㐀-鿿가-힯豈-﫿]' THEN
        RETURN pairs;
    END IF;
    FOR i IN 1 .. length(t) LOOP
        current := ascii(substr(t, i, 1));
        IF current BETWEEN 12352 AND 12543 OR current BETWEEN 13312 AND 40959 OR current BETWEEN 44032 AND 55215 OR current BETWEEN 63744 AND 64255 THEN
            IF previous > 0 THEN
                pair := substr(t, i - 1, 2);
                IF NOT pair = ANY (pairs) THEN
                    pairs := pairs || pair;
                END IF;
            END IF;
            previous := current;
        ELSE
            previous := 0;
        END IF;
    END LOOP;
    RETURN pairs;
END
$$;

CREATE INDEX IF NOT EXISTS "IX_SearchEntries_CjkPairs" ON "SearchEntries" USING gin (liaison_cjk_pairs("Text"));
