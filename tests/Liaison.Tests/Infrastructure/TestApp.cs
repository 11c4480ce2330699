using System.Net.Http.Headers;
using Liaison.Data;
using Liaison.Features.Users;
using Liaison.Security;
using Liaison.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Liaison.Tests.Infrastructure;

public enum Db
{
    Sqlite,
    Postgres,
}

public sealed record TestUser(string Id, string Email, string Password, string Token, HttpClient Client);

/// <summary>
/// Liaison running in-process on a real database (a SQLite file in a temp folder, or a fresh PostgreSQL database),
/// with its schema migrated and reference data loaded — the same start-up path as production.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly List<HttpClient> _clients = [];

    private TestApp(WebApplication app, string dataDir, Db db, string connectionString)
    {
        App = app;
        DataDir = dataDir;
        Database = db;
        ConnectionString = connectionString;
    }

    public WebApplication App { get; }
    public string DataDir { get; }
    public Db Database { get; }
    public string ConnectionString { get; }

    public static TheoryData<Db> Databases => new() { Db.Sqlite, Db.Postgres };

    public static async Task<TestApp> StartAsync(Db db, bool kestrel = false, params string[] settings)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "liaison-test-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(dataDir);
        var connectionString = db == Db.Postgres
            ? PostgresServer.Instance.CreateDatabase()
            : DataServiceExtensions.SqliteConnectionString(Path.Combine(dataDir, "liaison.db"));
        string[] args =
        [
            $"--Liaison:DataDirectory={dataDir}",
            $"--Liaison:Database:Provider={(db == Db.Postgres ? "Postgres" : "Sqlite")}",
            "--Liaison:Database:DemoData=false",
            $"--ConnectionStrings:Liaison={connectionString}",
            "--urls=http://127.0.0.1:0",
            // Every response says how many SQL statements it ran (Server-Timing); the statement budget tests read it.
            $"--{Liaison.Web.Diagnostics.ServerTiming.Setting}=true",
            .. settings,
        ];
        var app = LiaisonApp.Build(args, b =>
        {
            b.Logging.SetMinimumLevel(LogLevel.Warning);
            if (!kestrel)
            {
                b.WebHost.UseTestServer();
            }
        });
        using (var scope = app.Services.CreateScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
            await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
            await ReferenceData.EnsureAsync(context);
        }

        await app.StartAsync();
        return new TestApp(app, dataDir, db, connectionString);
    }

    public HttpClient Anonymous()
    {
        var client = NewClient();
        _clients.Add(client);
        return client;
    }

    /// <summary>The in-process test server's client, or a real HTTP client when the app runs on Kestrel.</summary>
    private HttpClient NewClient()
    {
        var server = App.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>();
        if (server is TestServer test)
        {
            return test.CreateClient();
        }

        var address = server.Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
        return new HttpClient { BaseAddress = new Uri(address) };
    }

    /// <summary>A user with a personal API token, and an HTTP client that sends it.</summary>
    public async Task<TestUser> CreateUserAsync(string role, string[]? desks = null, Classification clearance = Classification.Internal, string? email = null)
    {
        using var scope = App.Services.CreateScope();
        var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var password = "Correct-horse-" + Guid.NewGuid().ToString("N")[..8];
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..6]}@example.org";
        var (user, errors) = await admin.CreateAsync(new NewUser(email, role + " user", role, desks ?? [], clearance, password));
        user.ShouldNotBeNull(string.Join("; ", errors));
        var db = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
        var (_, token) = await ApiTokens.CreateAsync(db, user, "test");
        var client = NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _clients.Add(client);
        return new TestUser(user.Id, email, password, token, client);
    }

    /// <summary>Runs code against the database with the system's eyes (or the given scope).</summary>
    public async Task<T> WithDbAsync<T>(Func<LiaisonDbContext, Task<T>> action, AccessScope? scope = null)
    {
        using var serviceScope = App.Services.CreateScope();
        var db = serviceScope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
        db.Scope = scope ?? AccessScope.System;
        return await action(db);
    }

    public Task WithDbAsync(Func<LiaisonDbContext, Task> action, AccessScope? scope = null) =>
        WithDbAsync(async db =>
        {
            await action(db);
            return true;
        }, scope);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
            // A file may still be held briefly; the temp folder is cleaned by the OS.
        }
    }
}
