using Liaison.Data;
using Liaison.Features.Demo;
using Liaison.Features.Imports;
using Liaison.Features.People;
using Liaison.Features.Work;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Liaison.Tests.Performance;

/// <summary>
/// The demo department on a real SQLite file, with an administrator and a desk officer signed in, and for every route
/// parameter a record that exercises the page fully (the busiest person, organization, engagement… of one desk).
/// </summary>
public sealed class DemoSite : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;
    public TestUser Admin { get; private set; } = null!;
    public TestUser DeskOfficer { get; private set; } = null!;
    public PageClient AdminPages { get; private set; } = null!;
    public PageClient DeskPages { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> Samples { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync(Db.Sqlite);
        // A fixed day, not today: the demo data moves with its day, and so would the records sampled below (on some days
        // the fullest were Confidential, on others a person with more duplicate candidates). The budget holds for these.
        await App.WithDbAsync(db => DemoData.LoadAsync(db, DemoData.DefaultSeed, SampleDay));
        var samples = await App.WithDbAsync(FindSamplesAsync);
        Admin = await App.CreateUserAsync(Roles.Administrator, clearance: Classification.Restricted);
        DeskOfficer = await App.CreateUserAsync(Roles.DeskOfficer, [samples["desk"]]);
        samples["secret"] = await App.WithDbAsync(db => CalendarFeeds.CreateAsync(db, Admin.Id));
        samples["user"] = Admin.Id;
        samples["upload"] = await UploadAsync(Admin.Client);
        samples["import"] = await App.WithDbAsync(async db =>
        {
            var run = new ImportRun { Kind = ImportKinds.PartyFacts, SourceName = "sample.csv", SourceSha256 = new string('0', 64), UserName = "system", StartedAt = DateTime.UtcNow };
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync();
            return Invariant(run.Id);
        });
        Samples = samples;
        AdminPages = new PageClient(App);
        await AdminPages.SignInAsync(Admin.Email, Admin.Password);
        DeskPages = new PageClient(App);
        await DeskPages.SignInAsync(DeskOfficer.Email, DeskOfficer.Password);
    }

    public async Task DisposeAsync()
    {
        AdminPages.Dispose();
        DeskPages.Dispose();
        await App.DisposeAsync();
    }

    // A checked spreadsheet upload of the administrator (uploads exist only for their uploader), with one invalid row.
    private static async Task<string> UploadAsync(HttpClient client)
    {
        using var form = Imports.Wizard.WizardClient.Form("Name,Country\nSample Person,FRA\nNobody,Narnia\n"u8.ToArray(), "sample.csv", "people");
        var created = await (await client.PostAsync("/api/v1/imports/uploads", form)).ReadJsonAsync();
        var id = created.GetProperty("id").GetString()!;
        await new Imports.Wizard.WizardClient(client).CheckAsync(id);
        return id;
    }

    // The fullest records of the desk with the most engagements: their pages run every query they can. Only records the
    // desk officer (cleared to Internal) may open: a Confidential one is a 404 for them. Sensitive records have samples
    // of their own, opened by the administrator.
    private static async Task<Dictionary<string, string>> FindSamplesAsync(LiaisonDbContext db)
    {
        const Classification open = Classification.Internal;
        var engagement = await db.Engagements.AsNoTracking()
            .Where(e => e.CountryId != null && e.Country!.DeskId != null && e.Classification <= open
                && db.EngagementDocuments.Any(d => d.EngagementId == e.Id) && db.ItineraryItems.Any(i => i.EngagementId == e.Id)
                // The demo data moves with today's date: only a country that also has the fullest person and organization will do.
                && db.Organizations.Any(o => o.CountryId == e.CountryId && o.Classification <= open && o.Agreements.Any())
                && db.People.Any(p => p.CountryId == e.CountryId && p.Classification <= open && p.Positions.Any() && p.Channels.Any()
                    && db.TouchpointPeople.Any(t => t.PersonId == p.Id && t.Touchpoint!.Classification <= open)))
            .OrderByDescending(e => e.Members.Count).ThenBy(e => e.Id)
            .Select(e => new { e.Id, Iso3 = e.Country!.Iso3, Desk = e.Country.Desk!.Name, DeskId = e.Country.DeskId!.Value, e.CountryId })
            .FirstAsync();
        var person = await db.People.AsNoTracking()
            .Where(p => p.CountryId == engagement.CountryId && p.Classification <= open && p.Positions.Any() && p.Channels.Any()
                && db.TouchpointPeople.Any(t => t.PersonId == p.Id && t.Touchpoint!.Classification <= open))
            .OrderByDescending(p => db.TouchpointPeople.Count(t => t.PersonId == p.Id)).ThenBy(p => p.Id)
            .Select(p => new { p.Id, Position = p.Positions.OrderBy(x => x.Id).First().Id, Channel = p.Channels.OrderBy(x => x.Id).First().Id })
            .FirstAsync();
        var organization = await db.Organizations.AsNoTracking()
            .Where(o => o.CountryId == engagement.CountryId && o.Classification <= open && o.Agreements.Any())
            .OrderByDescending(o => db.Positions.Count(p => p.OrganizationId == o.Id)).ThenBy(o => o.Id)
            .Select(o => new { o.Id, Agreement = o.Agreements.OrderBy(a => a.Id).First().Id })
            .FirstAsync();
        // The fullest organization of the same country with no relationship recorded yet: its panel shows the lowest level.
        var untied = await db.Organizations.AsNoTracking()
            .Where(o => o.CountryId == engagement.CountryId && o.Classification <= open && o.Relationship == null)
            .OrderByDescending(o => db.Positions.Count(p => p.OrganizationId == o.Id)).ThenBy(o => o.Id)
            .Select(o => o.Id).FirstAsync();
        var touchpoint = await db.TouchpointPeople.AsNoTracking()
            .Where(t => t.PersonId == person.Id && t.Touchpoint!.Classification <= open)
            .OrderByDescending(t => t.Touchpoint!.On).Select(t => t.TouchpointId).FirstAsync();
        // The fullest records only an administrator opens here: each read is written to the audit chain.
        const Classification sensitive = Classification.Confidential;
        var sensitiveOrganization = await db.Organizations.AsNoTracking().Where(o => o.Classification >= sensitive)
            .OrderByDescending(o => db.Positions.Count(p => p.OrganizationId == o.Id) + db.TouchpointOrganizations.Count(t => t.OrganizationId == o.Id))
            .ThenBy(o => o.Id).Select(o => o.Id).FirstAsync();
        var sensitivePerson = await db.People.AsNoTracking().Where(p => p.Classification >= sensitive)
            .OrderByDescending(p => db.TouchpointPeople.Count(t => t.PersonId == p.Id) + p.Positions.Count).ThenBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var sensitiveEngagement = await db.Engagements.AsNoTracking().Where(e => e.Classification >= sensitive)
            .OrderByDescending(e => e.Members.Count).ThenBy(e => e.Id).Select(e => e.Id).FirstAsync();
        var sensitiveTouchpoint = await db.Touchpoints.AsNoTracking().Where(t => t.Classification >= sensitive)
            .OrderByDescending(t => t.On).ThenBy(t => t.Id).Select(t => t.Id).FirstAsync();
        var task = await db.Tasks.AsNoTracking().OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        var document = await db.EngagementDocuments.AsNoTracking().Where(d => d.EngagementId == engagement.Id).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        var item = await db.ItineraryItems.AsNoTracking().Where(i => i.EngagementId == engagement.Id).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        var other = await db.People.AsNoTracking().Where(p => p.CountryId == engagement.CountryId && p.Id != person.Id).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();

        // The portrait route serves a stored photo: give the sample person one (a 1×1 PNG).
        db.PersonPhotos.Add(new PersonPhoto
        {
            PersonId = person.Id,
            ContentType = "image/png",
            Content = Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="),
            UpdatedAt = DateTime.UtcNow
        });
        await db.SaveChangesAsync();
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["desk"] = engagement.Desk,
            ["deskKey"] = Invariant(engagement.DeskId),
            ["iso3"] = engagement.Iso3,
            ["engagement"] = Invariant(engagement.Id),
            ["person"] = Invariant(person.Id),
            ["position"] = Invariant(person.Position),
            ["channel"] = Invariant(person.Channel),
            ["organization"] = Invariant(organization.Id),
            ["agreement"] = Invariant(organization.Agreement),
            ["untied"] = Invariant(untied),
            ["touchpoint"] = Invariant(touchpoint),
            ["task"] = Invariant(task),
            ["document"] = Invariant(document),
            ["item"] = Invariant(item),
            ["sensitiveOrganization"] = Invariant(sensitiveOrganization),
            ["sensitivePerson"] = Invariant(sensitivePerson),
            ["sensitiveEngagement"] = Invariant(sensitiveEngagement),
            ["sensitiveTouchpoint"] = Invariant(sensitiveTouchpoint),
            ["mergePair"] = $"a={Invariant(person.Id)}&b={Invariant(other)}",
        };
    }

    private static readonly DateOnly SampleDay = new(2026, 11, 24);

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
