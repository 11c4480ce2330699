using Liaison.Features.People;
using Liaison.Features.Touchpoints;
using Liaison.Features.Work;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Duplicates;

/// <summary>
/// People of Vietnam entered twice: "Nguyễn Phú Trọng" with and without accents (with positions, channels, names,
/// touchpoints and tasks on both records), and a Chinese-named person entered under two English spellings with the same
/// e-mail address. Plus a German whom the Southeast Asia desk must never see.
/// </summary>
internal sealed record DuplicateSeed(
    TestDirectory Directory, int Trong, int TrongAgain, int Fan, int FanAgain, int German,
    int SharedTouchpoint, int OwnTouchpoint, int SeaDesk)
{
    public const string TrongEmail = "trong@example.vn";
    public const string FanEmail = "pmc@example.vn";

    /// <param name="dir">The seeded directory (desks must exist before the users who own the tasks).</param>
    public static async Task<DuplicateSeed> SeedAsync(TestApp app, TestDirectory dir, string taskOwnerId)
    {
        return await app.WithDbAsync(async db =>
        {
            var countries = await db.Countries.Where(c => c.Iso3 == "VNM" || c.Iso3 == "DEU").ToDictionaryAsync(c => c.Iso3);
            var vnm = countries["VNM"].Id;
            var trong = new Person
            {
                CountryId = vnm,
                NameEn = "Nguyễn Phú Trọng",
                FamilyName = "Nguyễn",
                GivenName = "Trọng",
                NameOrder = NameOrder.FamilyFirst,
                Gender = Gender.Male,
                BirthYear = 1944,
                Diet = "No shellfish",
                OtherNames = [new PersonName { Name = "Tổng Bí thư Trọng", Kind = PersonNameKind.Alias }],
                Positions = [new Position { OrganizationId = dir.VietnamContact, Title = "Honorary chair", Rank = 1 }],
                Channels =
                [
                    new ContactChannel { Kind = ChannelKind.Email, Value = TrongEmail },
                    new ContactChannel { Kind = ChannelKind.Mobile, Value = "+84 91 234 5678" },
                ],
            };
            var trongAgain = new Person
            {
                CountryId = vnm,
                NameEn = "Nguyen Phu Trong",
                NameZh = "阮富仲",
                Honorific = "H.E.",
                Religion = "None",
                OtherNames = [new PersonName { Name = "Anh Trong", Kind = PersonNameKind.Alias }],
                Positions =
                [
                    new Position { OrganizationId = dir.VietnamContact, Title = "Member of the board", Rank = 5 },
                    new Position { OrganizationId = dir.VietnamContact, Title = "Founder", Rank = 2 },
                ],
                Channels =
                [
                    new ContactChannel { Kind = ChannelKind.Email, Value = "Trong@Example.vn" },
                    new ContactChannel { Kind = ChannelKind.WeChat, Value = "trong-wx" },
                ],
            };
            var fan = new Person { CountryId = vnm, NameEn = "Pham Minh Chinh", NameZh = "范明政", Channels = [new ContactChannel { Kind = ChannelKind.Email, Value = FanEmail }] };
            var fanAgain = new Person { CountryId = vnm, NameEn = "Fan Mingzheng", NameZh = "范明政", Channels = [new ContactChannel { Kind = ChannelKind.Email, Value = " PMC@example.vn" }] };
            var german = new Person { CountryId = countries["DEU"].Id, NameEn = "Olaf Scholz" };
            var germanAgain = new Person { CountryId = countries["DEU"].Id, NameEn = "Scholz Olaf" };
            db.People.AddRange(trong, trongAgain, fan, fanAgain, german, germanAgain);
            await db.SaveChangesAsync();

            var shared = new Touchpoint
            {
                On = new DateOnly(2024, 3, 1),
                Subject = "Delegation visit",
                CountryId = vnm,
                Channel = TouchpointChannel.Meeting,
                People = [new TouchpointPerson { PersonId = trong.Id }, new TouchpointPerson { PersonId = trongAgain.Id }],
            };
            var own = new Touchpoint
            {
                On = new DateOnly(2025, 1, 15),
                Subject = "New Year greetings",
                CountryId = vnm,
                Channel = TouchpointChannel.Letter,
                People = [new TouchpointPerson { PersonId = trongAgain.Id }],
            };
            db.Touchpoints.AddRange(shared, own);
            var sea = await db.Desks.Where(d => d.Name == TestDirectory.SoutheastAsiaDesk).Select(d => d.Id).SingleAsync();
            db.Tasks.AddRange(
                new TaskItem { Title = "Send congratulations", OwnerId = taskOwnerId, DueOn = new DateOnly(2025, 6, 1), PersonId = trong.Id, DeskId = sea },
                new TaskItem { Title = "Invite to the forum", OwnerId = taskOwnerId, DueOn = new DateOnly(2025, 7, 1), PersonId = trongAgain.Id, DeskId = sea });
            trong.LastTouchpointOn = shared.On;
            trongAgain.LastTouchpointOn = own.On;
            await db.SaveChangesAsync();
            return new DuplicateSeed(dir, trong.Id, trongAgain.Id, fan.Id, fanAgain.Id, german.Id, shared.Id, own.Id, sea);
        });
    }

    public static Task<int> VersionAsync(TestApp app, int personId) =>
        app.WithDbAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.Version).SingleAsync());

    /// <summary>What the person holds, counted with the system's eyes (no filters hide rows from the count).</summary>
    public static Task<Holdings> HoldingsAsync(TestApp app, int personId) => app.WithDbAsync(async db => new Holdings(
        (await db.Positions.IgnoreQueryFilters().Where(p => p.PersonId == personId).Select(p => p.Id).OrderBy(i => i).ToListAsync()),
        (await db.ContactChannels.IgnoreQueryFilters().Where(c => c.PersonId == personId).Select(c => c.Id).OrderBy(i => i).ToListAsync()),
        (await db.PersonNames.IgnoreQueryFilters().Where(n => n.PersonId == personId).Select(n => n.Name).OrderBy(n => n).ToListAsync()),
        (await db.TouchpointPeople.IgnoreQueryFilters().Where(t => t.PersonId == personId).Select(t => t.TouchpointId).OrderBy(i => i).ToListAsync()),
        (await db.Tasks.IgnoreQueryFilters().Where(t => t.PersonId == personId).Select(t => t.Id).OrderBy(i => i).ToListAsync())));

    internal static AccessScope ScopeOf(string userId, int deskId) =>
        new(userId, "officer", Classification.Internal, false, [deskId], new HashSet<string> { Roles.DeskOfficer });
}

internal sealed record Holdings(List<int> Positions, List<int> Channels, List<string> Names, List<int> Touchpoints, List<int> Tasks)
{
    public string Describe() =>
        $"positions [{string.Join(",", Positions)}] channels [{string.Join(",", Channels)}] names [{string.Join("|", Names)}] touchpoints [{string.Join(",", Touchpoints)}] tasks [{string.Join(",", Tasks)}]";
}
