using Liaison.Features.Countries;
using Liaison.Features.Imports.Files;
using Liaison.Features.Organizations;
using Liaison.Security;
using Liaison.Web;

namespace Liaison.Features.Imports.Wizard;

/// <summary>One spreadsheet row read as an organization: the values of the fields it fills, keyed by the organization's property.</summary>
internal sealed class OrganizationRow(SpreadsheetRow source)
{
    public SpreadsheetRow Source { get; } = source;
    public List<RowError> Errors { get; } = [];
    public int? Id { get; set; }
    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);
    public Country? Country { get; set; }
    public List<string> OtherNames { get; } = [];
    public List<(string Scheme, string Value)> ExternalIds { get; } = [];
    public string Name => Values.GetValueOrDefault(nameof(Organization.NameEn)) as string ?? "";
    public Classification? Classification => Values.GetValueOrDefault(nameof(Organization.Classification)) as Classification?;

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

    public static OrganizationRow Read(SpreadsheetRow source, PersonRowReader.CellOf cell, PersonRowReader.ErrorOf error, CountryLookup countries)
    {
        var row = new OrganizationRow(source);
        var input = new OrganizationInput();
        foreach (var (field, property) in TextFields)
        {
            if (cell(source, field) is { } text)
            {
                row.Values[property] = text;
                typeof(OrganizationInput).GetProperty(property)!.SetValue(input, text);
            }
        }

        if (cell(source, "name_en") is null)
        {
            row.Errors.Add(error(source, "name_en", "The English name is required."));
        }

        foreach (var (property, messages) in RequestValidation.Validate(input).Where(e => e.Key != nameof(OrganizationInput.NameEn) || cell(source, "name_en") is not null))
        {
            var field = TextFields.FirstOrDefault(f => f.Property == property).Field ?? "name_en";
            row.Errors.AddRange(messages.Select(m => error(source, field, m)));
        }

        if (input.Website is { } website && (!Uri.TryCreate(website.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            row.Errors.Add(error(source, "website", "The website must be an http:// or https:// address."));
        }

        if (cell(source, "id") is { } id)
        {
            if (int.TryParse(id.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                row.Id = number;
            }
            else
            {
                row.Errors.Add(error(source, "id", "“{0}” is not a Liaison id (a whole number).", id));
            }
        }

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

        row.OtherNames.AddRange((cell(source, "other_names") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(n => n.Length <= OrganizationConfiguration.NameLength && !n.Contains('\0', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal));
        ReadCodes(row, cell, error, countries);
        return row;
    }

    private static void ReadCodes(OrganizationRow row, PersonRowReader.CellOf cell, PersonRowReader.ErrorOf error, CountryLookup countries)
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

        if (cell(source, "country") is { } country)
        {
            row.Country = countries.Find(country);
            if (row.Country is null)
            {
                row.Errors.Add(error(source, "country", "Unknown country “{0}”: write its ISO code (VNM, VN) or its name.", country));
            }
            else
            {
                row.Values[nameof(Organization.CountryId)] = (int?)row.Country.Id;
            }
        }

        if (cell(source, "classification") is { } classification)
        {
            if (CellParsers.TryEnum<Classification>(classification, out var c))
            {
                row.Values[nameof(Organization.Classification)] = c;
            }
            else
            {
                row.Errors.Add(error(source, "classification", "Unknown classification “{0}”: write one of {1}.", classification, CellParsers.Choices<Classification>()));
            }
        }
    }
}
