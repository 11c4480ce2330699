using System.Data.Common;
using Liaison.Data;
using Liaison.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Liaison.Tests.Data;

/// <summary>
/// The schema the migration scripts build must equal the schema the EF model describes. When this fails, write a
/// new migration script (start from <c>liaison dev schema-script</c>) for both providers.
/// </summary>
public sealed class MigrationsMatchModelTests
{
    private static readonly string[] ProviderOnlyObjects =
        ["__schema_migrations", "search_fts", "IX_SearchEntries_Text_trgm", "IX_SearchEntries_Compact_trgm", "IX_SearchEntries_Text_pattern", "IX_SearchEntries_CjkPairs", "IX_SearchEntries_Kind_CompactLength", "IX_Engagements_Length", "IX_Engagements_Calendar", "search_entries_", "IX_People_NameEn_lower", "IX_People_CountryId_NameEn_lower", "IX_People_Country_Birthday", "IX_Organizations_NameEn_lower", "IX_AuditEntries_PreviousHash"];

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Migrated_schema_equals_the_model(Db db)
    {
        var migrated = await NewDatabaseAsync(db);
        var fromModel = await NewDatabaseAsync(db);

        await using (var context = Context(db, migrated))
        {
            var applied = await new SchemaMigrator(context, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
            applied.ShouldNotBeEmpty();
        }

        await using (var context = Context(db, fromModel))
        {
            await context.Database.ExecuteSqlRawAsync(context.Database.GenerateCreateScript().Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
        }

        var expected = await DescribeAsync(db, fromModel);
        var actual = await DescribeAsync(db, migrated);
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        (missing.Count + extra.Count).ShouldBe(0,
            "The migrations and the EF model disagree.\nIn the model but not built by the migrations:\n  " + string.Join("\n  ", missing)
            + "\nBuilt by the migrations but not in the model:\n  " + string.Join("\n  ", extra));
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task Migrating_twice_changes_nothing_and_pending_is_empty(Db db)
    {
        var connectionString = await NewDatabaseAsync(db);
        await using var context = Context(db, connectionString);
        var migrator = new SchemaMigrator(context, NullLogger<SchemaMigrator>.Instance);
        (await migrator.MigrateAsync()).Count.ShouldBe(migrator.Scripts.Count);
        (await migrator.MigrateAsync()).ShouldBeEmpty();
        (await migrator.PendingAsync()).ShouldBeEmpty();
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task An_older_database_is_upgraded_in_place_and_keeps_its_data(Db db)
    {
        var connectionString = await NewDatabaseAsync(db);
        await using var context = Context(db, connectionString);
        var migrator = new SchemaMigrator(context, NullLogger<SchemaMigrator>.Instance);
        var first = migrator.Scripts[0];

        // Build the database as the first release did, with a record in it.
        await migrator.AppliedAsync();
        await context.Database.OpenConnectionAsync();
        await using (var command = context.Database.GetDbConnection().CreateCommand())
        {
            command.CommandText = first.Sql + "\nINSERT INTO \"Desks\" (\"Name\", \"Version\") VALUES ('Old desk', 0);"
                + $"\nINSERT INTO __schema_migrations (id, applied_at) VALUES ('{first.Id}', '2026-01-01');";
            await command.ExecuteNonQueryAsync();
        }

        await context.Database.CloseConnectionAsync();
        (await migrator.PendingAsync()).Count.ShouldBe(migrator.Scripts.Count - 1);

        var applied = await migrator.MigrateAsync();

        applied.ShouldBe(migrator.Scripts.Skip(1).Select(s => s.Id).ToList());
        (await context.Desks.Select(d => d.Name).ToListAsync()).ShouldBe(["Old desk"]);
        (await context.DataProtectionKeys.CountAsync()).ShouldBe(0);
    }

    private static LiaisonDbContext Context(Db db, string connectionString)
    {
        var options = new DbContextOptionsBuilder<LiaisonDbContext>();
        DataServiceExtensions.Configure(options, db == Db.Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, connectionString);
        return new LiaisonDbContext(options.Options);
    }

    private static Task<string> NewDatabaseAsync(Db db) => Task.FromResult(db == Db.Postgres
        ? PostgresServer.Instance.CreateDatabase()
        : DataServiceExtensions.SqliteConnectionString(Path.Combine(Path.GetTempPath(), $"liaison-schema-{Guid.NewGuid():N}.db")));

    private static async Task<HashSet<string>> DescribeAsync(Db db, string connectionString)
    {
        await using DbConnection connection = db == Db.Postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var sql = db == Db.Postgres
            ? """
              SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || coalesce(character_maximum_length::text, '') || ' nullable=' || is_nullable || ' default=' || coalesce(column_default, '')
              FROM information_schema.columns WHERE table_schema = 'public'
              UNION ALL
              SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
              UNION ALL
              SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
              """
            : """
              SELECT 'column ' || m.name || '.' || p.name || ' ' || p.type || ' notnull=' || p."notnull" || ' pk=' || p.pk || ' default=' || coalesce(p.dflt_value, '')
              FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'
              UNION ALL
              SELECT 'index ' || m.name || ' ' || coalesce(m.sql, '') FROM sqlite_master m WHERE m.type = 'index'
              UNION ALL
              SELECT 'fk ' || m.name || '.' || f."from" || ' -> ' || f."table" || '.' || f."to" || ' ' || f.on_delete
              FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'
              """;
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = reader.GetString(0);
            if (!ProviderOnlyObjects.Any(o => row.Contains(o, StringComparison.Ordinal)) && !row.Contains("sqlite_", StringComparison.Ordinal))
            {
                rows.Add(row);
            }
        }

        return rows;
    }
}
