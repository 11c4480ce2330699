using Liaison.Features.Engagements;
using Liaison.Features.Organizations;
using Liaison.Features.People;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Engagements;

/// <summary>
/// Hand-counted engagements for the statistics and calendar tests, inserted directly (system scope). Members are real rows,
/// so the delegation counts are derived by the save. The expected figures are worked out in StatisticsTests.
/// </summary>
internal sealed record StatisticsFixture(TestDirectory Dir, IReadOnlyDictionary<string, int> Ids, int LaoYouth)
{
    public int this[string name] => Ids[name];

    /// <summary>One engagement: its lead country (null: multilateral), counterpart countries and organizations, delegation and host sizes.</summary>
    public sealed record Spec(
        string Name, EngagementKind Kind, EngagementStatus Status, string Starts, int Days, string? Lead, string[] Countries, int[] Organizations,
        int Delegation, int Hosts = 0, string? TitleZh = null, Classification Classification = Classification.Internal);

    public static async Task<StatisticsFixture> SeedAsync(TestApp app)
    {
        var dir = await TestDirectory.SeedAsync(app);
        var laoYouth = await app.WithDbAsync(async db =>
        {
            var lao = await db.Countries.Where(c => c.Iso3 == "LAO").Select(c => c.Id).SingleAsync();
            var org = new Organization { Kind = OrganizationKind.Other, CountryId = lao, NameEn = "Lao Youth Friendship Union", NameZh = "老挝青年友好联盟" };
            db.Organizations.Add(org);
            await db.SaveChangesAsync();
            return org.Id;
        });

        Spec[] specs =
        [
            new("E1", EngagementKind.InboundVisit, EngagementStatus.Completed, "2021-03-10", 3, "DEU", ["DEU"], [dir.Spd], 3, Hosts: 1),
            new("E2", EngagementKind.OutboundVisit, EngagementStatus.Completed, "2021-09-20", 5, "VNM", ["VNM", "LAO"], [dir.VietnamContact], 4),
            new("E3", EngagementKind.InboundVisit, EngagementStatus.Completed, "2022-05-02", 2, "FRA", ["FRA", "DEU"], [dir.Spd, dir.Greens, dir.Cdu], 2),
            new("E4", EngagementKind.HighLevelTalks, EngagementStatus.Completed, "2022-11-15", 1, "DEU", ["DEU"], [dir.Cdu], 0, Hosts: 2),
            new("E5", EngagementKind.InboundVisit, EngagementStatus.Completed, "2023-04-04", 4, "LAO", ["LAO"], [laoYouth], 5),
            new("E6", EngagementKind.OutboundVisit, EngagementStatus.Completed, "2023-10-30", 3, "DEU", ["DEU", "FRA"], [dir.Spd], 2),
            new("E7", EngagementKind.InboundVisit, EngagementStatus.Cancelled, "2023-06-12", 2, "DEU", ["DEU"], [dir.Fdp], 6),
            new("E8", EngagementKind.InboundVisit, EngagementStatus.Proposed, "2024-02-05", 3, "VNM", ["VNM"], [dir.VietnamContact], 3),
            new("E9", EngagementKind.MultilateralForum, EngagementStatus.Completed, "2024-08-26", 2, null, ["VNM", "DEU"], [], 0),
            new("E10", EngagementKind.InboundVisit, EngagementStatus.Completed, "2019-06-01", 2, "VNM", ["VNM"], [dir.VietnamContact, dir.Cpc], 1),
        ];
        var ids = await InsertAsync(app, specs);
        return new StatisticsFixture(dir, ids, laoYouth);
    }

    /// <summary>Inserts engagements with their countries, organizations and members (people created for the purpose).</summary>
    public static Task<Dictionary<string, int>> InsertAsync(TestApp app, IEnumerable<Spec> specs) => app.WithDbAsync(async db =>
    {
        var countries = await db.Countries.Where(c => new[] { "DEU", "FRA", "VNM", "LAO", "CHN" }.Contains(c.Iso3)).ToDictionaryAsync(c => c.Iso3, c => c.Id);
        var created = new List<(Spec Spec, Engagement Engagement)>();
        foreach (var s in specs)
        {
            var starts = DateOnly.Parse(s.Starts, System.Globalization.CultureInfo.InvariantCulture);
            var e = new Engagement
            {
                Kind = s.Kind,
                Status = s.Status,
                Title = $"{s.Name} {s.Kind} {s.Starts}",
                TitleZh = s.TitleZh,
                StartsOn = starts,
                EndsOn = starts.AddDays(s.Days - 1),
                Location = "Venue of " + s.Name,
                CountryId = s.Lead is null ? null : countries[s.Lead],
                Classification = s.Classification,
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
                Countries = [.. s.Countries.Select(c => new EngagementCountry { CountryId = countries[c] })],
                Organizations = [.. s.Organizations.Select(o => new EngagementOrganization { OrganizationId = o })],
            };
            db.Engagements.Add(e);
            created.Add((s, e));
        }

        await db.SaveChangesAsync();

        foreach (var (s, e) in created)
        {
            for (var i = 0; i < s.Delegation + s.Hosts; i++)
            {
                var person = new Person { NameEn = $"{s.Name} member {i + 1}", CountryId = e.CountryId };
                db.People.Add(person);
                db.EngagementMembers.Add(new EngagementMember
                {
                    Engagement = e,
                    Person = person,
                    Side = i < s.Delegation ? EngagementSide.Delegation : EngagementSide.Host,
                    Role = i == 0 ? DelegationRole.Head : DelegationRole.Member,
                    Rank = i,
                });
            }
        }

        await db.SaveChangesAsync();
        return created.ToDictionary(c => c.Spec.Name, c => c.Engagement.Id);
    });
}
