using System.Net;
using Liaison.Features.Engagements;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Engagements;

/// <summary>Engagements for the logistics, outcomes and documents tests, created directly in the database (system scope).</summary>
internal static class LogisticsFixture
{
    public static async Task<int> EngagementAsync(
        TestApp app, string countryIso3 = "DEU", int[]? organizationIds = null, Classification classification = Classification.Internal,
        string title = "Delegation visit")
    {
        return await app.WithDbAsync(async db =>
        {
            var countryId = await db.Countries.Where(c => c.Iso3 == countryIso3).Select(c => c.Id).SingleAsync();
            var engagement = new Engagement
            {
                Kind = EngagementKind.InboundVisit,
                Status = EngagementStatus.Confirmed,
                Title = title,
                StartsOn = new DateOnly(2025, 5, 12),
                EndsOn = new DateOnly(2025, 5, 16),
                CountryId = countryId,
                Classification = classification,
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
            };
            engagement.Countries.Add(new EngagementCountry { CountryId = countryId });
            engagement.Organizations.AddRange((organizationIds ?? []).Select(o => new EngagementOrganization { OrganizationId = o }));
            db.Engagements.Add(engagement);
            await db.SaveChangesAsync();
            return engagement.Id;
        });
    }

    public static async Task<int> IdAsync(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("id").GetInt32();
    }
}
