using Liaison.Features.Countries;
using Liaison.Features.Imports.Files;
using Liaison.Features.Organizations;
using Liaison.Security;
using Liaison.Web;

namespace Liaison.Features.Imports.Wizard;

/// <summary>One spreadsheet row read as an organization: its values and its ids in outside data sets.</summary>
internal sealed class OrganizationRow(SpreadsheetRow source) : SheetRow(source)
{
    public List<(string Scheme, string Value)> ExternalIds { get; } = [];

    public IEnumerable<string> Names =>
        new[] { nameof(Organization.NameEn), nameof(Organization.NameZh), nameof(Organization.NameNative), nameof(Organization.NameRomanized) }
            .Select(p => Values.GetValueOrDefault(p) as string).OfType<string>();
}

/// <summary>Reads the mapped cells of a row into an <see cref="OrganizationRow"/>, checking them as the organization form does.</summary>
internal static class OrganizationRowReader
{
    private static readonly (string Field, string Property)[] TextFields =
    [
        ("name_en", nameof(Organization.NameEn)), ("name_zh", nameof(Organization.NameZh)), ("name_native", nameof(Organization.NameNative)),
        ("name_romanized", nameof(Organization.NameRomanized)), ("abbreviation", nameof(Organization.Abbreviation)),
        ("website", nameof(Organization.Website)), ("description", nameof(Organization.Description)),
    ];

    private static readonly (string Field, string Scheme)[] IdFields =
        [("partyfacts_id", ExternalSchemes.PartyFacts), ("parlgov_id", ExternalSchemes.ParlGov), ("wikidata_id", ExternalSchemes.Wikidata)];

    public static OrganizationRow Read(SpreadsheetRow source, SheetRowReader.CellOf cell, SheetRowReader.ErrorOf error, CountryLookup countries)
    {
        var row = new OrganizationRow(source);
        var input = new OrganizationInput();
        SheetRowReader.ReadTexts(row, input, TextFields, cell, error);
        if (input.Website is { } website && (!Uri.TryCreate(website.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            row.Errors.Add(error(source, "website", "The website must be an http:// or https:// address."));
        }

        SheetRowReader.ReadId(row, cell, error);
        foreach (var (field, scheme) in IdFields)
        {
            if (cell(source, field)?.Trim() is { } value)
            {
                if (value.Length > 500 || value.Contains('\0', StringComparison.Ordinal))
                {
                    row.Errors.Add(error(source, field, "This field must be at most {0} characters.", 500));
                }
                else
                {
                    row.ExternalIds.Add((scheme, value));
                }
            }
        }

        SheetRowReader.ReadOtherNames(row, cell, OrganizationConfiguration.NameLength);
        ReadCodes(row, cell, error, countries);
        return row;
    }

    private static void ReadCodes(OrganizationRow row, SheetRowReader.CellOf cell, SheetRowReader.ErrorOf error, CountryLookup countries)
    {
        var source = row.Source;
        if (cell(source, "kind") is { } kind)
        {
            if (CellParsers.TryEnum<OrganizationKind>(kind, out var k))
            {
                row.Values[nameof(Organization.Kind)] = k;
            }
            else
            {
                row.Errors.Add(error(source, "kind", "Unknown kind “{0}”: write one of {1}.", kind, CellParsers.Choices<OrganizationKind>()));
            }
        }

        if (cell(source, "family") is { } family)
        {
            if (CellParsers.TryEnum<IdeologyFamily>(family, out var f))
            {
                row.Values[nameof(Organization.Family)] = (IdeologyFamily?)f;
            }
            else
            {
                row.Errors.Add(error(source, "family", "Unknown ideology family “{0}”: write one of {1}.", family, CellParsers.Choices<IdeologyFamily>()));
            }
        }

        foreach (var (field, property) in new[] { ("founded", nameof(Organization.Founded)), ("dissolved", nameof(Organization.Dissolved)) })
        {
            if (cell(source, field) is { } text)
            {
                if (CellParsers.TryDate(text, yearAllowed: true, out var date) && date <= Data.Clock.Today)
                {
                    row.Values[property] = (DateOnly?)date;
                }
                else
                {
                    row.Errors.Add(error(source, field, "“{0}” is not a past date: write 1921-07-01 or a year.", text));
                }
            }
        }

        if (row.Values.GetValueOrDefault(nameof(Organization.Founded)) is DateOnly founded
            && row.Values.GetValueOrDefault(nameof(Organization.Dissolved)) is DateOnly dissolved && dissolved < founded)
        {
            row.Errors.Add(error(source, "dissolved", "The dissolution date cannot be before the founding date."));
        }

        SheetRowReader.ReadCountryAndClassification(row, cell, error, countries);
    }
}
