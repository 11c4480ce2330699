using Liaison.Data;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Data;

/// <summary>PostgreSQL's just-in-time compilation stays off for Liaison's connections unless the administrator sets it.</summary>
public sealed class PostgresConnectionTests
{
    [SkippableFact]
    public async Task Liaison_connections_run_without_just_in_time_compilation()
    {
        await using var app = await TestApp.StartAsync(Db.Postgres);
        var jit = await app.WithDbAsync(db => db.Database.SqlQuery<string>($"SELECT current_setting('jit') AS \"Value\"").SingleAsync());
        jit.ShouldBe("off");
    }

    [Fact]
    public void A_connection_string_that_sets_jit_keeps_its_own_setting()
    {
        DataServiceExtensions.WithoutJit("Host=127.0.0.1;Database=liaison").ShouldContain("-c jit=off");
        DataServiceExtensions.WithoutJit("Host=127.0.0.1;Database=liaison;Options=-c statement_timeout=5000")
            .ShouldContain("-c statement_timeout=5000 -c jit=off");
        DataServiceExtensions.WithoutJit("Host=127.0.0.1;Database=liaison;Options=-c jit=on").ShouldNotContain("jit=off");
    }
}
