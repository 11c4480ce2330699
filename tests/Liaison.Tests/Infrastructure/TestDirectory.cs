using Liaison.Data;
using Liaison.Features.Desks;
using Liaison.Features.Organizations;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Tests.Infrastructure;

/// <summary>A small, hand-checked directory: two desks, German governments since 1998, parties in China and Vietnam.</summary>
public sealed record TestDirectory(int WesternEurope, int SoutheastAsia, int Cpc, int Spd, int Cdu, int Greens, int Fdp, int VietnamContact, int RestrictedGerman)
{
    public const string WesternEuropeDesk = "Western Europe";
    public const string SoutheastAsiaDesk = "Southeast Asia";

    public static async Task<TestDirectory> SeedAsync(TestApp app) => await app.WithDbAsync(async db =>
    {
        var countries = await db.Countries.Where(c => new[] { "DEU", "FRA", "VNM", "LAO", "CHN" }.Contains(c.Iso3)).ToDictionaryAsync(c => c.Iso3);
        var we = new Desk { Name = WesternEuropeDesk, NameZh = "西欧", Countries = [countries["DEU"], countries["FRA"]] };
        var sea = new Desk { Name = SoutheastAsiaDesk, NameZh = "东南亚", Countries = [countries["VNM"], countries["LAO"]] };
        db.Desks.AddRange(we, sea);

        Organization Party(string iso3, string en, string? abbr, string? native, string? zh, IdeologyFamily family, Classification c) => new()
        {
            Kind = OrganizationKind.PoliticalParty,
            CountryId = countries[iso3].Id,
            NameEn = en,
            Abbreviation = abbr,
            NameNative = native,
            NameZh = zh,
            Family = family,
            Classification = c,
        };

        var cpc = Party("CHN", "Communist Party of China", "CPC", "中国共产党", "中国共产党", IdeologyFamily.CommunistWorkers, Classification.Public);
        cpc.NameRomanized = "Zhōngguó Gòngchǎndǎng";
        var spd = Party("DEU", "Social Democratic Party of Germany", "SPD", "Sozialdemokratische Partei Deutschlands", "德国社会民主党", IdeologyFamily.SocialistSocialDemocratic, Classification.Internal);
        var cdu = Party("DEU", "Christian Democratic Union", "CDU", "Christlich Demokratische Union Deutschlands", "基督教民主联盟", IdeologyFamily.ChristianDemocratic, Classification.Internal);
        var greens = Party("DEU", "Alliance 90/The Greens", "Grüne", "Bündnis 90/Die Grünen", "联盟90/绿党", IdeologyFamily.Green, Classification.Internal);
        var fdp = Party("DEU", "Free Democratic Party", "FDP", "Freie Demokratische Partei", "自由民主党", IdeologyFamily.Liberal, Classification.Internal);
        var vn = Party("VNM", "Mekong Friendship Association", "MFA", "Hội Hữu nghị Mê Kông", "湄公河友好协会", IdeologyFamily.Other, Classification.Internal);
        var restricted = Party("DEU", "Quiet Channel Circle", "QCC", "Kreis des stillen Kanals", "静默渠道圈", IdeologyFamily.Other, Classification.Restricted);
        db.Organizations.AddRange(cpc, spd, cdu, greens, fdp, vn, restricted);

        static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        void Span(Organization o, Standing s, string from, string? to, bool hog = false) =>
            o.Standings.Add(new StandingSpan { Standing = s, From = D(from), To = to is null ? null : D(to), HeadOfGovernment = hog, Source = "test fixture" });

        Span(cpc, Standing.LeadingRuling, "1949-10-01", null, hog: true);
        Span(spd, Standing.LeadingRuling, "1998-10-27", "2005-11-22", hog: true);
        Span(spd, Standing.CoalitionPartner, "2005-11-22", "2009-10-28");
        Span(spd, Standing.Opposition, "2009-10-28", "2013-12-17");
        Span(spd, Standing.CoalitionPartner, "2013-12-17", "2021-12-08");
        Span(spd, Standing.LeadingRuling, "2021-12-08", null, hog: true);
        Span(cdu, Standing.Opposition, "1998-10-27", "2005-11-22");
        Span(cdu, Standing.LeadingRuling, "2005-11-22", "2021-12-08", hog: true);
        Span(cdu, Standing.Opposition, "2021-12-08", null);
        Span(greens, Standing.CoalitionPartner, "1998-10-27", "2005-11-22");
        Span(greens, Standing.Opposition, "2005-11-22", "2021-12-08");
        Span(greens, Standing.CoalitionPartner, "2021-12-08", null);
        Span(fdp, Standing.Opposition, "1998-10-27", "2009-10-28");
        Span(fdp, Standing.CoalitionPartner, "2009-10-28", "2013-12-17");
        Span(fdp, Standing.ExtraParliamentary, "2013-12-17", "2017-10-24");
        Span(fdp, Standing.Opposition, "2017-10-24", "2021-12-08");
        Span(fdp, Standing.CoalitionPartner, "2021-12-08", null);
        await db.SaveChangesAsync();
        return new TestDirectory(we.Id, sea.Id, cpc.Id, spd.Id, cdu.Id, greens.Id, fdp.Id, vn.Id, restricted.Id);
    });
}
