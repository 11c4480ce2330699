using Liaison.Features.Countries;
using Liaison.Features.Imports.Files;
using Liaison.Features.People;
using Liaison.Security;
using Liaison.Web;

namespace Liaison.Features.Imports.Wizard;

/// <summary>One spreadsheet row read as a person: its values, and the channels and position that come with it.</summary>
internal sealed class PersonRow(SpreadsheetRow source) : SheetRow(source)
{
    public List<(ChannelKind Kind, string Value)> Channels { get; } = [];
    public string? Organization { get; set; }
    public string? Position { get; set; }
    public int? OrganizationId { get; set; }
    /// <summary>The row's match keys (names, e-mail, phone), once worked out.</summary>
    public IReadOnlyList<string>? MatchKeys { get; set; }
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

    public static PersonRow Read(SpreadsheetRow source, SheetRowReader.CellOf cell, SheetRowReader.ErrorOf error, CountryLookup countries)
    {
        var row = new PersonRow(source);
        SheetRowReader.ReadTexts(row, new PersonInput(), TextFields, cell, error,
            (property, text) => property is nameof(Person.Languages) or nameof(Person.Tags) ? PersonEditor.NormalizeList(text) : text);
        SheetRowReader.ReadId(row, cell, error);
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

        SheetRowReader.ReadOtherNames(row, cell, PersonConfiguration.NameLength);
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

    private static void ReadCodes(PersonRow row, SheetRowReader.CellOf cell, SheetRowReader.ErrorOf error, CountryLookup countries)
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

        SheetRowReader.ReadCountryAndClassification(row, cell, error, countries);
    }
}
