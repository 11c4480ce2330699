using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Liaison.Data;
using Liaison.Features.Audit;
using Liaison.Features.Demo;
using Liaison.Features.Exports;
using Liaison.Features.People;
using Liaison.Features.Work;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Exports;

public sealed class DatabaseExportTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task The_demo_department_exports_every_row_of_every_table_with_names_intact_and_no_secret(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.WithDbAsync(d => DemoData.LoadAsync(d, DemoData.DefaultSeed, Clock.Today));
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        await app.WithDbAsync(d => CalendarFeeds.CreateAsync(d, admin.Id));
        var hostile = SharedData.HostileStrings().Where(s => !s.Contains('\0', StringComparison.Ordinal)).Distinct().ToList();
        var (hostileIds, blankNative) = await app.WithDbAsync(async d =>
        {
            d.Set<IdentityUserToken<string>>().Add(new() { UserId = admin.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = "JBSWY3DPEHPK3PXPAUTHKEY" });
            var people = hostile.Select(s => new Person { NameEn = s, NameNative = s }).ToList();
            var blank = new Person { NameEn = "Blank Native", NameNative = "", NameZh = null };
            d.People.AddRange(people);
            d.People.Add(blank);
            await d.SaveChangesAsync();
            d.PersonPhotos.Add(new PersonPhoto { PersonId = blank.Id, ContentType = "image/png", Content = Png, UpdatedAt = Clock.UtcNow });
            await d.SaveChangesAsync();
            return (people.Select(p => p.Id).ToList(), blank.Id);
        });
        var tables = await app.WithDbAsync(d => Task.FromResult(DatabaseSchema.Tables(d.Model)));
        var counts = await app.WithDbAsync(async d => await CountRowsAsync(d, tables));
        var secrets = await app.WithDbAsync(SecretsAsync);
        secrets.Count.ShouldBeGreaterThanOrEqualTo(5);

        var dir = Path.Combine(app.DataDir, "export");
        var result = await app.WithDbAsync(d => DatabaseExport.ExportAsync(d, Provider(db), dir));

        // Every table of the model but the key ring, each file with exactly the table's rows.
        result.Tables.Count.ShouldBe(tables.Count);
        tables.Select(t => t.Name).ShouldContain("People");
        tables.Select(t => t.Name).ShouldNotContain("DataProtectionKeys");
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, DatabaseExport.ManifestFile)));
        manifest.RootElement.GetProperty("provider").GetString().ShouldBe(Provider(db).ToString());
        manifest.RootElement.GetProperty("schemaMigration").GetString().ShouldNotBeNullOrEmpty();
        foreach (var table in manifest.RootElement.GetProperty("tables").EnumerateArray())
        {
            var name = table.GetProperty("name").GetString()!;
            var rows = ReadCsv(Path.Combine(dir, table.GetProperty("file").GetString()!), out var header);
            header.ShouldBe(table.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToArray(), name);
            rows.Count.ShouldBe((int)counts[name], name);
            table.GetProperty("rows").GetInt64().ShouldBe(counts[name], name);
        }

        counts["People"].ShouldBeGreaterThan(3000);
        var people = ReadCsv(Path.Combine(dir, "People.csv"), out var columns);
        int Column(string name) => Array.IndexOf(columns, name);
        var byId = people.ToDictionary(r => int.Parse(r[Column("Id")]!, CultureInfo.InvariantCulture));
        var mismatched = hostileIds.Select((id, i) => (id, i)).Where(x => byId[x.id][Column("NameEn")] != hostile[x.i] || byId[x.id][Column("NameNative")] != hostile[x.i]).ToList();
        mismatched.ShouldBeEmpty(string.Join("\n", mismatched.Take(5).Select(x => JsonSerializer.Serialize(hostile[x.i]))));
        byId[blankNative][Column("NameNative")].ShouldBe("");
        byId[blankNative][Column("NameZh")].ShouldBeNull();

        var photo = ReadCsv(Path.Combine(dir, "PersonPhotos.csv"), out var photoColumns).Single();
        var path = photo[Array.IndexOf(photoColumns, "Content")]!;
        path.ShouldBe($"files/PersonPhotos/{blankNative}.png");
        (await File.ReadAllBytesAsync(Path.Combine(dir, path))).ShouldBe(Png);

        var everything = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            everything.Append(await File.ReadAllTextAsync(file));
        }

        var leaked = secrets.Where(s => everything.ToString().Contains(s, StringComparison.Ordinal)).ToList();
        leaked.ShouldBeEmpty();
        File.ReadAllLines(Path.Combine(dir, "AspNetUsers.csv"))[0].ShouldNotContain("PasswordHash");

        // Recorded with the table counts, and the chain still verifies.
        var entry = await app.WithDbAsync(d => d.AuditEntries.SingleAsync(a => a.Action == "export" && a.EntityType == "Database"));
        entry.Changes.ShouldNotBeNull().ShouldContain($"\"People\":{counts["People"]}");
        (await app.WithDbAsync(d => AuditChain.VerifyAsync(d))).IsIntact.ShouldBeTrue();
        Directory.GetDirectories(app.DataDir, "export.partial-*").ShouldBeEmpty();
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task An_export_taken_while_organizations_are_written_is_one_consistent_snapshot(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await TestDirectory.SeedAsync(app);
        var admin = await app.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var created = await admin.Client.PostJsonAsync("/api/v1/organizations", new { nameEn = $"Snapshot Party {written}", kind = "PoliticalParty", countryIso3 = "FRA" });
                created.StatusCode.ShouldBe(HttpStatusCode.Created);
                Interlocked.Increment(ref written);
            }
        });
        while (Volatile.Read(ref written) < 5)
        {
            await Task.Delay(20);
        }

        var dir = Path.Combine(app.DataDir, "export");
        await app.WithDbAsync(d => DatabaseExport.ExportAsync(d, Provider(db), dir));
        await stop.CancelAsync();
        await writer;

        // An organization and the audit entry of its creation are written in one transaction: a snapshot has both or neither,
        // although the audit trail is read before the organizations.
        var organizations = ReadCsv(Path.Combine(dir, "Organizations.csv"), out var orgColumns).Select(r => r[Array.IndexOf(orgColumns, "Id")]).ToHashSet();
        var audit = ReadCsv(Path.Combine(dir, "AuditEntries.csv"), out var auditColumns);
        var created = audit.Where(r => r[Array.IndexOf(auditColumns, "Action")] == "create" && r[Array.IndexOf(auditColumns, "EntityType")] == "Organization")
            .Select(r => r[Array.IndexOf(auditColumns, "EntityId")]).ToHashSet();
        organizations.Count.ShouldBeGreaterThan(10);
        created.ShouldBe(organizations, ignoreOrder: true);
    }

    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_folder_that_is_not_empty_is_refused_and_left_as_it_was(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = Path.Combine(app.DataDir, "existing");
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "notes.txt"), "mine");

        var refused = await Should.ThrowAsync<ExportRejectedException>(() => app.WithDbAsync(d => DatabaseExport.ExportAsync(d, Provider(db), dir)));
        refused.Message.ShouldContain("not empty");
        Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).ShouldBe(["notes.txt"]);
        (await File.ReadAllTextAsync(Path.Combine(dir, "notes.txt"))).ShouldBe("mine");
        Directory.GetDirectories(app.DataDir, "existing.partial-*").ShouldBeEmpty();
        (await app.WithDbAsync(d => d.AuditEntries.CountAsync(a => a.Action == "export"))).ShouldBe(0);

        // An empty folder is fine.
        var empty = Path.Combine(app.DataDir, "empty");
        Directory.CreateDirectory(empty);
        (await app.WithDbAsync(d => DatabaseExport.ExportAsync(d, Provider(db), empty))).Tables.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_command_line_exports_prints_the_counts_and_refuses_to_write_over_an_export()
    {
        var root = Path.Combine(Path.GetTempPath(), "liaison-export-" + Guid.NewGuid().ToString("N")[..8]);
        var data = Path.Combine(root, "data");
        var dir = Path.Combine(root, "export");
        try
        {
            (await LiaisonProcess.RunAsync(data, null, "migrate")).ExitCode.ShouldBe(0);
            var export = await LiaisonProcess.RunAsync(data, null, "export", dir);
            export.ExitCode.ShouldBe(0, export.Error);
            export.Output.ShouldMatch(@"Exported \d+ tables, [\d,]+ rows to .*export in \d+\.\d s\.");
            File.Exists(Path.Combine(dir, "Countries.csv")).ShouldBeTrue();
            File.Exists(Path.Combine(dir, DatabaseExport.ManifestFile)).ShouldBeTrue();

            var again = await LiaisonProcess.RunAsync(data, null, "export", dir);
            again.ExitCode.ShouldBe(2);
            again.Error.ShouldContain("not empty");
            (await LiaisonProcess.RunAsync(data, null, "audit", "verify")).ExitCode.ShouldBe(0);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    private static DatabaseProvider Provider(Db db) => db == Db.Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    /// <summary>The rows of an export CSV as a loader should read them: an empty unquoted field is NULL, <c>""</c> an empty text.</summary>
    private static List<string?[]> ReadCsv(string path, out string[] header)
    {
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = ',' });
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetRawSpan(i).Length == 0 ? null : reader.GetString(i)).ToArray());
        }

        header = [.. reader.Headers];
        return rows;
    }

    private static async Task<Dictionary<string, long>> CountRowsAsync(LiaisonDbContext db, IReadOnlyList<TableDescription> tables)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table.Name + "\"";
            counts[table.Name] = await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
        }

        return counts;
    }

    private static async Task<List<string>> SecretsAsync(LiaisonDbContext db)
    {
        var users = await db.Users.Select(u => new { u.PasswordHash, u.SecurityStamp }).ToListAsync();
        var secrets = users.SelectMany(u => new[] { u.PasswordHash, u.SecurityStamp }).ToList();
        secrets.AddRange(await db.ApiTokens.Select(t => t.TokenHash).ToListAsync());
        secrets.AddRange(await db.CalendarFeeds.Select(t => t.TokenHash).ToListAsync());
        secrets.AddRange(await db.Set<IdentityUserToken<string>>().Select(t => t.Value).ToListAsync());
        secrets.AddRange(await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        return secrets.OfType<string>().Where(s => s.Length >= 16).Distinct().ToList();
    }
}
