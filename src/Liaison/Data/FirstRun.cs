using Liaison.Features.Demo;
using Liaison.Features.Users;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data;

/// <summary>Start-up work: schema upgrade, reference data, and on a new embedded database demo data and the first administrator.</summary>
public static class FirstRun
{
    public const string FirstAdminEmail = "admin@liaison.local";

    /// <summary>
    /// Whether the start-up work may run while the server starts: a database that exists already (its schema and key
    /// ring are there). A new embedded database, or a PostgreSQL schema upgraded at start, is made ready before
    /// anything is served, as the first administrator's password is printed before the server listens.
    /// </summary>
    public static bool MayRunWhileServing(IServiceProvider services, IConfiguration configuration)
    {
        var options = services.GetRequiredService<DatabaseOptions>();
        if (options.Provider == DatabaseProvider.Postgres)
        {
            return !options.MigrateOnStart;
        }

        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(DataServiceExtensions.ConnectionString(configuration, options)).DataSource;
        return new FileInfo(file) is { Exists: true, Length: > 0 };
    }

    public static async Task InitializeAsync(IServiceProvider services, TextWriter output, string? url, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        var db = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
        db.Scope = AccessScope.System;
        var embedded = options.Provider == DatabaseProvider.Sqlite;
        if (embedded || options.MigrateOnStart)
        {
            await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(ct);
        }

        await ReferenceData.EnsureAsync(db, ct);
        // Demo staff have no password: only a user who can sign in means the first administrator exists.
        if (!embedded || await db.Users.AnyAsync(u => u.PasswordHash != null, ct))
        {
            return;
        }

        if (options.DemoData && !await db.Organizations.IgnoreQueryFilters().AnyAsync(ct))
        {
            output.WriteLine("Loading demo data (first start)…");
            await DemoData.LoadAsync(db, DemoData.DefaultSeed, Clock.Today, ct);
        }

        var password = UserAdministration.GeneratePassword();
        var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var (user, errors) = await admin.CreateAsync(
            new NewUser(FirstAdminEmail, "Administrator", Roles.Administrator, [], Classification.Restricted, password), ct);
        if (user is null)
        {
            throw new InvalidOperationException("Could not create the first administrator: " + string.Join("; ", errors));
        }

        if (options.DemoData)
        {
            await DemoData.AdoptAsync(db, user.Id, ct);
        }

        output.WriteLine();
        output.WriteLine("  Liaison is ready: " + (url ?? "http://127.0.0.1:5080"));
        output.WriteLine("  First administrator (shown once; change the password after signing in):");
        output.WriteLine("    email:    " + FirstAdminEmail);
        output.WriteLine("    password: " + password);
        output.WriteLine();
    }
}
