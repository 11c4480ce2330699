using Liaison.Features.People;
using Liaison.Security;
using Liaison.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Touchpoints;

/// <summary>People for touchpoint tests, on top of <see cref="TestDirectory"/>: a German MP (Public), a Vietnamese official, a Chinese contact.</summary>
internal sealed record TouchpointPeople(TestDirectory Dir, int German, int GermanConfidential, int Vietnamese, int Chinese)
{
    public static async Task<TouchpointPeople> SeedAsync(TestApp app)
    {
        var dir = await TestDirectory.SeedAsync(app);
        return await app.WithDbAsync(async db =>
        {
            var countries = await db.Countries.Where(c => new[] { "DEU", "VNM", "CHN" }.Contains(c.Iso3)).ToDictionaryAsync(c => c.Iso3, c => c.Id);
            var german = new Person { NameEn = "Anna Schmidt", CountryId = countries["DEU"], Classification = Classification.Public };
            var secret = new Person { NameEn = "Bernd Geheim", CountryId = countries["DEU"], Classification = Classification.Confidential };
            var vietnamese = new Person { NameEn = "Nguyen Van An", NameNative = "Nguyễn Văn An", CountryId = countries["VNM"], Classification = Classification.Public };
            var chinese = new Person { NameEn = "Li Wei", NameNative = "李伟", NameZh = "李伟", CountryId = countries["CHN"], Classification = Classification.Public };
            db.People.AddRange(german, secret, vietnamese, chinese);
            await db.SaveChangesAsync();
            return new TouchpointPeople(dir, german.Id, secret.Id, vietnamese.Id, chinese.Id);
        });
    }

    public static Task<DateOnly?> LastTouchpointOfPersonAsync(TestApp app, int personId) =>
        app.WithDbAsync(db => db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.LastTouchpointOn).SingleAsync());

    public static Task<DateOnly?> LastTouchpointOfOrganizationAsync(TestApp app, int organizationId) =>
        app.WithDbAsync(db => db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.LastTouchpointOn).SingleAsync());
}
