using Liaison.Features.Engagements;
using Liaison.Features.Engagements.Logistics;
using Liaison.Features.People;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Engagements;

/// <summary>Engagements, people and members written straight into the database (the engagement pages are another area's).</summary>
internal static class ItineraryFixture
{
    /// <summary>Sunday 22 November 2026, the first day of the test visits.</summary>
    public static readonly DateOnly Day1 = new(2026, 11, 22);

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static Task<int> EngagementAsync(
        TestApp app, string title, string iso3, DateOnly startsOn, DateOnly endsOn, EngagementStatus status = EngagementStatus.Confirmed,
        string? titleZh = null, string? location = null, Classification classification = Classification.Internal) =>
        app.WithDbAsync(async db =>
        {
            var country = await db.Countries.SingleAsync(c => c.Iso3 == iso3);
            var engagement = new Engagement
            {
                Kind = EngagementKind.InboundVisit,
                Status = status,
                Title = title,
                TitleZh = titleZh,
                StartsOn = startsOn,
                EndsOn = endsOn,
                Location = location,
                CountryId = country.Id,
                Classification = classification,
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
            };
            db.Engagements.Add(engagement);
            await db.SaveChangesAsync();
            return engagement.Id;
        });

    /// <summary>A person of a country's desk, or (no country) one of ours that every desk sees.</summary>
    public static Task<int> PersonAsync(TestApp app, string nameEn, string? nameZh = null, string? iso3 = null) =>
        app.WithDbAsync(async db =>
        {
            var countryId = iso3 is null ? (int?)null : (await db.Countries.SingleAsync(c => c.Iso3 == iso3)).Id;
            var person = new Person { NameEn = nameEn, NameZh = nameZh, CountryId = countryId, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

    public static Task MemberAsync(TestApp app, int engagementId, int personId, EngagementSide side, DelegationRole role, int rank, string? title = null) =>
        app.WithDbAsync(async db =>
        {
            db.EngagementMembers.Add(new EngagementMember { EngagementId = engagementId, PersonId = personId, Side = side, Role = role, Rank = rank, Title = title });
            await db.SaveChangesAsync();
        });

    public static Task LogisticsAsync(TestApp app, int engagementId, LogisticsKind kind, DateTime at, string reference) =>
        app.WithDbAsync(async db =>
        {
            db.LogisticsItems.Add(new LogisticsItem { EngagementId = engagementId, Kind = kind, StartsAt = at, Reference = reference });
            await db.SaveChangesAsync();
        });

    /// <summary>A slot posted through the API; fails the test unless it is created.</summary>
    public static async Task<int> SlotAsync(HttpClient client, int engagementId, object body)
    {
        var response = await client.PostJsonAsync($"/api/v1/engagements/{engagementId}/itinerary", body);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("id").GetInt32();
    }
}
