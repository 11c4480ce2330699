using System.Net;
using Liaison.Tests.Infrastructure;
using Liaison.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Tests.Web;

public sealed class StartupGateTests
{
    // `liaison serve` binds its port while the schema upgrade runs; a request that arrives meanwhile waits for the
    // upgrade instead of reaching a database that is not ready, and is answered once it has finished.
    [Fact]
    public async Task A_request_made_during_start_up_work_waits_for_it_and_is_then_answered()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        var work = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.App.Services.GetRequiredService<StartupGate>().HoldUntil(work.Task);
        var client = app.Anonymous();

        var health = client.GetAsync("/healthz");
        var finished = await Task.WhenAny(health, Task.Delay(TimeSpan.FromMilliseconds(500)));
        finished.ShouldNotBe(health, "the request was answered before the start-up work had finished");

        work.SetResult();
        (await health.WaitAsync(TimeSpan.FromSeconds(30))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/account/login")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    // When the start-up work fails the server stops; a request still waiting is told to come back, and never reaches a
    // database that is not ready.
    [Fact]
    public async Task A_request_waiting_for_start_up_work_that_failed_gets_503_with_retry_after()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        app.App.Services.GetRequiredService<StartupGate>().HoldUntil(Task.FromException(new InvalidOperationException("The schema upgrade failed.")));

        var response = await app.Anonymous().GetAsync("/account/login");
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.ShouldNotBeNull();
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("schema upgrade");
    }
}
