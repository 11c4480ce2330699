using Liaison.Features.Countries;
using Liaison.Features.Organizations;
using Liaison.Security;
using T = Liaison.Features.Demo.DemoPeopleTitles;

namespace Liaison.Features.Demo;

// The national government and parliament of a country (created once, when the first post in them is generated) and a party leader's title.
internal sealed partial class DemoPeople
{
    private Organization Government(Country country)
    {
        if (!_governments.TryGetValue(country.Iso3, out var org))
        {
            var china = country.Iso3 == "CHN";
            org = new Organization
            {
                Kind = OrganizationKind.GovernmentBody,
                CountryId = country.Id,
                NameEn = china ? "State Council of the People's Republic of China" : "Government of " + country.NameEn,
                NameZh = china ? "中华人民共和国国务院" : (country.NameZh ?? country.NameEn) + "政府",
                Classification = Classification.Public,
                Description = "The national government: head of government, ministers and ambassadors.",
            };
            _governments[country.Iso3] = org;
            NewOrganizations.Add(org);
        }

        return org;
    }

    private Organization Parliament(Country country)
    {
        if (!_parliaments.TryGetValue(country.Iso3, out var org))
        {
            org = new Organization
            {
                Kind = OrganizationKind.GovernmentBody,
                CountryId = country.Id,
                NameEn = "Parliament of " + country.NameEn,
                NameZh = (country.NameZh ?? country.NameEn) + "议会",
                Classification = Classification.Public,
                Description = "The national legislature.",
            };
            _parliaments[country.Iso3] = org;
            NewOrganizations.Add(org);
        }

        return org;
    }

    private static Title LeaderTitle(string iso3, Organization org, NameCulture culture) =>
        org.Family == IdeologyFamily.CommunistWorkers ? (iso3 == "CUB" ? T.FirstSecretary : T.GeneralSecretary)
        : LeaderTitled.Contains(iso3) ? T.Leader
        : culture.Language is "fr" or "es" or "pt" or "en" ? T.President
        : T.Chair;
}
