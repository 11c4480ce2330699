using Liaison.Data;
using Liaison.Features.Imports.Files;
using Liaison.Features.Touchpoints;

namespace Liaison.Features.Imports.Wizard;

/// <summary>One spreadsheet row read as a touchpoint: its values, and the people, organizations and users it names.</summary>
internal sealed class TouchpointRow(SpreadsheetRow source) : SheetRow(source)
{
    public override string Name => Values.GetValueOrDefault(nameof(Touchpoint.Subject)) as string ?? "";
    public DateOnly? On => Values.GetValueOrDefault(nameof(Touchpoint.On)) as DateOnly?;
    public List<string> PeopleNames { get; } = [];
    public List<string> OrganizationNames { get; } = [];
    public List<string> OurSide { get; } = [];

    public List<(int Id, int? CountryId)> People { get; set; } = [];
    public List<(int Id, int? CountryId)> Organizations { get; set; } = [];
    public List<string> Participants { get; set; } = [];

    /// <summary>The country whose desk owns it: the first person's, else the first organization's, else the row's.</summary>
    public int? OwnerCountryId =>
        People.FirstOrDefault(p => p.CountryId is not null).CountryId ?? Organizations.FirstOrDefault(o => o.CountryId is not null).CountryId ?? Country?.Id;
}

/// <summary>Reads the mapped cells of a row into a <see cref="TouchpointRow"/>, checking them as the touchpoint form does.</summary>
internal static class TouchpointRowReader
{
    public static readonly (string Field, string Property)[] TextFields =
    [
        ("subject", nameof(Touchpoint.Subject)), ("medium", nameof(Touchpoint.Medium)), ("summary", nameof(Touchpoint.Summary)),
        ("follow_up", nameof(Touchpoint.FollowUp)),
    ];

    public static TouchpointRow Read(SpreadsheetRow source, SheetRowReader.CellOf cell, SheetRowReader.ErrorOf error, CountryLookup countries)
    {
        var row = new TouchpointRow(source);
        SheetRowReader.ReadTexts(row, new TouchpointInput(), TextFields, cell, error, required: "subject", requiredMessage: "The subject is required.");
        SheetRowReader.ReadId(row, cell, error);
        SheetRowReader.ReadCountryAndClassification(row, cell, error, countries);
        row.Values.Remove(nameof(Touchpoint.CountryId)); // the owning country is decided once the people are known
        if (cell(source, "date") is not { } date)
        {
            row.Errors.Add(error(source, "date", "The date is required."));
        }
        else if (!CellParsers.TryDate(date, yearAllowed: false, out var on))
        {
            row.Errors.Add(error(source, "date", "“{0}” is not a date: write it as 2024-05-03.", date));
        }
        else if (on > Clock.Today.AddDays(TouchpointEditor.MaxDaysAhead))
        {
            row.Errors.Add(error(source, "date", "A touchpoint records something that happened: its date cannot be in the future."));
        }
        else if (on < TouchpointEditor.Earliest)
        {
            row.Errors.Add(error(source, "date", "The date is too far in the past."));
        }
        else
        {
            row.Values[nameof(Touchpoint.On)] = on;
        }

        if (cell(source, "channel") is { } channel)
        {
            if (CellParsers.TryEnum<TouchpointChannel>(channel, out var c))
            {
                row.Values[nameof(Touchpoint.Channel)] = c;
            }
            else
            {
                row.Errors.Add(error(source, "channel", "Unknown channel “{0}”: write one of {1}.", channel, CellParsers.Choices<TouchpointChannel>()));
            }
        }

        row.PeopleNames.AddRange(PersonIndex.Split(cell(source, "people")));
        row.OrganizationNames.AddRange(PersonIndex.Split(cell(source, "organizations")));
        row.OurSide.AddRange(PersonIndex.Split(cell(source, "our_side")));
        return row;
    }
}
