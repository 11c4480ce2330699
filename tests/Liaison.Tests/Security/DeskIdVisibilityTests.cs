using Liaison.Features.Desks;
using Liaison.Features.Organizations;
using Liaison.Features.Work;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Security;

/// <summary>
/// The viewer's desks reach the queries as one parameter (on SQLite a text of ids): a desk whose number is part of
/// another's (1 and 11) must still see only its own records.
/// </summary>
public sealed class DeskIdVisibilityTests
{
    [SkippableTheory]
    [MemberData(nameof(TestApp.Databases), MemberType = typeof(TestApp))]
    public async Task A_desk_sees_its_own_records_and_not_those_of_a_desk_whose_number_contains_its_own(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var owner = await app.CreateUserAsync(Roles.Administrator);

        // Twelve desks, one country and one internal party each, one follow-up task per desk.
        var desks = await app.WithDbAsync(async ctx =>
        {
            var countries = await ctx.Countries.OrderBy(c => c.Iso3).Take(12).ToListAsync();
            var created = countries.Select((c, i) => new Desk { Name = $"Desk {i}", NameZh = $"处 {i}", Countries = [c] }).ToList();
            ctx.Desks.AddRange(created);
            await ctx.SaveChangesAsync();
            foreach (var (desk, country) in created.Zip(countries))
            {
                ctx.Organizations.Add(new Organization
                {
                    Kind = OrganizationKind.PoliticalParty,
                    CountryId = country.Id,
                    NameEn = $"Party of desk {desk.Id}",
                    Classification = Classification.Internal,
                });
                ctx.Tasks.Add(new TaskItem { Title = $"Task of desk {desk.Id}", OwnerId = owner.Id, DueOn = new DateOnly(2026, 12, 1), DeskId = desk.Id });
            }

            await ctx.SaveChangesAsync();
            return created.Select(d => d.Id).ToList();
        });

        // On a new database the desks are numbered from 1: desk 1 and desk 11 (or 10, 12).
        static bool Contains(int longer, int shorter) => longer != shorter && longer.ToString().Contains(shorter.ToString(), StringComparison.Ordinal);
        var one = desks.First(id => desks.Any(other => Contains(other, id)));
        var longer = desks.First(other => Contains(other, one));

        static AccessScope Officer(params int[] deskIds) =>
            new("someone-else", "desk officer", Classification.Confidential, false, deskIds, new HashSet<string> { Roles.DeskOfficer });

        async Task<string[]> Parties(AccessScope scope) => [.. await app.WithDbAsync(ctx =>
            ctx.Organizations.Where(o => o.NameEn.StartsWith("Party of desk")).Select(o => o.NameEn).OrderBy(n => n).ToListAsync(), scope)];

        async Task<string[]> Tasks(AccessScope scope) => [.. await app.WithDbAsync(ctx =>
            ctx.Tasks.Select(t => t.Title).OrderBy(n => n).ToListAsync(), scope)];

        (await Parties(Officer(one))).ShouldBe([$"Party of desk {one}"]);
        (await Parties(Officer(longer))).ShouldBe([$"Party of desk {longer}"]);
        (await Parties(Officer(one, longer))).ShouldBe(new[] { $"Party of desk {one}", $"Party of desk {longer}" }.Order().ToArray());
        (await Parties(Officer())).ShouldBeEmpty();

        (await Tasks(Officer(one))).ShouldBe([$"Task of desk {one}"]);
        (await Tasks(Officer(longer))).ShouldBe([$"Task of desk {longer}"]);
        (await Tasks(Officer())).ShouldBeEmpty();
    }
}
