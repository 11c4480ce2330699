using Liaison.Features.Countries;
using Liaison.Features.Imports.Files;
using Liaison.Features.People;
using Liaison.Security;
using Liaison.Web;

namespace Liaison.Features.Imports.Wizard;

/// <summary>One spreadsheet row read as a person: the values of the fields it fills, keyed by the person's property.</summary>
internal sealed class PersonRow(SpreadsheetRow source)
{
    public SpreadsheetRow Source { get; } = source;
    public List<RowError> Errors { get; } = [];
    public int? Id { get; set; }
    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);
    public Country? Country { get; set; }
    public List<(ChannelKind Kind, string Value)> Channels { get; } = [];
    public List<string> OtherNames { get; } = [];
    public string? Organization { get; set; }
    public string? Position { get; set; }
    public int? OrganizationId { get; set; }
    public string Name => Values.GetValueOrDefault(nameof(Person.NameEn)) as string ?? "";
    public Classification? Classification => Values.GetValueOrDefault(nameof(Person.Classification)) as Classification?;
}

/// <summary>Reads the mapped cells of a row into a <see cref="PersonRow"/>, checking them as the person form does.</summary>
internal static class PersonRowReader
{
    /// <summary>Text fields: field key, person property, and the form's check (PersonInput's annotations).</summary>
    public static readonly (string Field, string Property)[] TextFields =
    [
        ("name_en", nameof(Person.NameEn)), ("name_zh", nameof(Person.NameZh)), ("name_native", nameof(Person.NameNative)),
        ("name_romanized", nameof(Person.NameRomanized)), ("family_name", nameof(Person.FamilyName)), ("given_name", nameof(Person.GivenName)),
        ("honorific", nameof(Person.Honorific)), ("diet", nameof(Person.Diet)), ("religion", nameof(Person.Religion)),
        ("biography", nameof(Person.Biography)), ("protocol_notes", nameof(Person.ProtocolNotes)),
        ("languages", nameof(Person.Languages)), ("tags", nameof(Person.Tags)),
    ];

    private static readonly (string Field, ChannelKind Kind)[] ChannelFields =
        [("email", ChannelKind.Email), ("phone", ChannelKind.Phone), ("mobile", ChannelKind.Mobile), ("wechat", ChannelKind.WeChat)];

    public delegate string? CellOf(SpreadsheetRow row, string field);

    public delegate RowError ErrorOf(SpreadsheetRow row, string field, string format, params object[] args);

    public static PersonRow Read(SpreadsheetRow source, CellOf cell, ErrorOf error, CountryLookup countries)
    {
        var row = new PersonRow(source);
        var input = new PersonInput();
        foreach (var (field, property) in TextFields)
        {
            if (cell(source, field) is { } text)
            {
                var value = property is nameof(Person.Languages) or nameof(Person.Tags) ? PersonEditor.NormalizeList(text) : text;
                row.Values[property] = value;
                typeof(PersonInput).GetProperty(property)!.SetValue(input, value);
            }
        }

        if (cell(source, "name_en") is null)
        {
            row.Errors.Add(error(source, "name_en", "The English name is required."));
        }

        foreach (var (property, messages) in RequestValidation.Validate(input).Where(e => e.Key != nameof(PersonInput.NameEn) || cell(source, "name_en") is not null))
        {
            var field = TextFields.FirstOrDefault(f => f.Property == property).Field ?? "name_en";
            row.Errors.AddRange(messages.Select(m => error(source, field, m)));
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

        ReadCodes(row, cell, error, countries);
        foreach (var (field, kind) in ChannelFields)
        {
            foreach (var value in (cell(source, field) ?? "").Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (value.Length > 1000 || value.Contains('\0', StringComparison.Ordinal))
                {
                    row.Errors.Add(error(source, field, "The address or number must be at most {0} characters.", 1000));
                }
                else if (kind == ChannelKind.Email && PeopleIndexer.ChannelKey(kind, value) is null)
                {
                    row.Errors.Add(error(source, field, "“{0}” is not an e-mail address.", value));
                }
                else
                {
                    row.Channels.Add((kind, value));
                }
            }
        }

        row.OtherNames.AddRange((cell(source, "other_names") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(n => n.Length <= PersonConfiguration.NameLength && !n.Contains('\0', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal));
        row.Organization = cell(source, "organization");
        row.Position = cell(source, "position");
        if (row.Position is { Length: > 300 })
        {
            row.Errors.Add(error(source, "position", "The title must be at most {0} characters.", 300));
        }
        else if (row.Position is not null && row.Organization is null)
        {
            row.Errors.Add(error(source, "position", "A position needs the organization it is held in."));
        }

        return row;
    }

    private static void ReadCodes(PersonRow row, CellOf cell, ErrorOf error, CountryLookup countries)
    {
        var source = row.Source;
        if (cell(source, "gender") is { } gender)
        {
            if (CellParsers.TryGender(gender, out var g))
            {
                row.Values[nameof(Person.Gender)] = g;
            }
            else
            {
                row.Errors.Add(error(source, "gender", "Unknown gender “{0}”: write female, male or other.", gender));
            }
        }

        if (cell(source, "birth_date") is { } born)
        {
            if (CellParsers.TryDate(born, yearAllowed: false, out var date) && date.Year >= 1800 && date <= Data.Clock.Today)
            {
                row.Values[nameof(Person.BirthDate)] = date;
                row.Values[nameof(Person.BirthYear)] = date.Year;
            }
            else
            {
                row.Errors.Add(error(source, "birth_date", "“{0}” is not a birth date: write it as 1961-05-24.", born));
            }
        }

        if (cell(source, "birth_year") is { } year)
        {
            if (!CellParsers.TryYear(year, out var y) || y < 1800 || y > Data.Clock.Today.Year)
            {
                row.Errors.Add(error(source, "birth_year", "“{0}” is not a birth year.", year));
            }
            else if (row.Values.GetValueOrDefault(nameof(Person.BirthYear)) is int fromDate && fromDate != y)
            {
                row.Errors.Add(error(source, "birth_year", "The birth year does not match the birth date."));
            }
            else
            {
                row.Values[nameof(Person.BirthYear)] = y;
            }
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
                row.Values[nameof(Person.CountryId)] = row.Country.Id;
            }
        }

        if (cell(source, "classification") is { } classification)
        {
            if (CellParsers.TryEnum<Classification>(classification, out var c))
            {
                row.Values[nameof(Person.Classification)] = c;
            }
            else
            {
                row.Errors.Add(error(source, "classification", "Unknown classification “{0}”: write one of {1}.", classification, CellParsers.Choices<Classification>()));
            }
        }
    }
}
