using System.Net;
using Liaison.Data;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Tests.Security;

/// <summary>
/// Database contexts come from EF's pool and serve one request after another. A context must read with the eyes of
/// the request that leased it, never with those of the request (or the system task) that had it before.
/// </summary>
public sealed class ContextPoolTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_context_reused_from_the_pool_reads_with_the_new_requests_user(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var dir = await TestDirectory.SeedAsync(app);
        var asia = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.SoutheastAsiaDesk]);
        var europe = await app.CreateUserAsync(Roles.DeskOfficer, [TestDirectory.WesternEuropeDesk]);

        // The pool is in use: contexts returned by one scope are leased again by the next ones.
        var leases = new List<LiaisonDbContext>();
        for (var i = 0; i < 6; i++)
        {
            leases.Add(await app.WithDbAsync(Task.FromResult));
        }

        leases.Distinct().Count().ShouldBeLessThan(leases.Count);

        for (var round = 0; round < 3; round++)
        {
            // The system's eyes, set on the very context the next request will lease.
            (await app.WithDbAsync(d => d.Organizations.CountAsync(o => o.Id == dir.VietnamContact))).ShouldBe(1);
            (await europe.Client.GetAsync($"/api/v1/organizations/{dir.VietnamContact}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

            (await asia.Client.GetAsync($"/api/v1/organizations/{dir.VietnamContact}")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var list = await (await europe.Client.GetAsync("/api/v1/organizations?country=VNM")).ReadJsonAsync();
            list.GetProperty("total").GetInt32().ShouldBe(0);
        }

        // Many requests at once, from both desks, on the contexts the pool holds between them.
        var requests = Enumerable.Range(0, 24).Select(async i =>
        {
            var user = i % 2 == 0 ? asia : europe;
            var response = await user.Client.GetAsync($"/api/v1/organizations/{dir.VietnamContact}");
            return (Europe: user == europe, response.StatusCode);
        });
        foreach (var (isEurope, status) in await Task.WhenAll(requests))
        {
            status.ShouldBe(isEurope ? HttpStatusCode.NotFound : HttpStatusCode.OK);
        }

        // Outside a request, a context that served the desk officers reads as the system again.
        using var scope = app.App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<LiaisonDbContext>().Scope.ShouldBeSameAs(AccessScope.System);
    }
}
