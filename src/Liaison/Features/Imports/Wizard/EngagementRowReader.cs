using Liaison.Data;
using Liaison.Features.Countries;
using Liaison.Features.Engagements;
using Liaison.Features.Imports.Files;

namespace Liaison.Features.Imports.Wizard;

/// <summary>One spreadsheet row read as an engagement: its values, and the countries, organizations, people and officer it names.</summary>
internal sealed class EngagementRow(SpreadsheetRow source) : SheetRow(source)
{
    public override string Name => Values.GetValueOrDefault(nameof(Engagement.Title)) as string ?? "";
    public DateOnly? StartsOn => Values.GetValueOrDefault(nameof(Engagement.StartsOn)) as DateOnly?;
    public DateOnly? EndsOn => Values.GetValueOrDefault(nameof(Engagement.EndsOn)) as DateOnly?;
    public EngagementStatus? Status { get; set; }
    public List<Country> OtherCountries { get; } = [];
    public List<string> OrganizationNames { get; } = [];
    public List<string> DelegationNames { get; } = [];
    public List<string> HostNames { get; } = [];
    public string? OwnerName { get; set; }

    /// <summary>Whether the last day was written (an update without it keeps the stored length).</summary>
    public bool EndsGiven { get; set; }

    public List<(int Id, int? CountryId)> Organizations { get; set; } = [];
    public List<(int Id, int? CountryId)> Delegation { get; set; } = [];
    public List<(int Id, int? CountryId)> Hosts { get; set; } = [];
    public string? OwnerId { get; set; }

    /// <summary>The lead country (its desk owns the engagement): the row's, else the first other country, else the first organization's.</summary>
    public int? LeadCountryId => Country?.Id ?? OtherCountries.FirstOrDefault()?.Id ?? Organizations.FirstOrDefault(o => o.CountryId is not null).CountryId;

    /// <summary>Every counterpart country: the lead, the others, then the organizations' countries.</summary>
    public IEnumerable<int> CountryIds =>
        new[] { LeadCountryId }.Concat(OtherCountries.Select(c => (int?)c.Id)).Concat(Organizations.Select(o => o.CountryId)).OfType<int>().Distinct();
}

/// <summary>Reads the mapped cells of a row into an <see cref="EngagementRow"/>, checking them as the engagement form does.</summary>
internal static class EngagementRowReader
{
    public static readonly (string Field, string Property)[] TextFields =
    [
        ("title", nameof(Engagement.Title)), ("title_zh", nameof(Engagement.TitleZh)), ("location", nameof(Engagement.Location)),
        ("purpose", nameof(Engagement.Purpose)), ("invitation_note", nameof(Engagement.InvitationNote)),
    ];

    public static EngagementRow Read(SpreadsheetRow source, SheetRowReader.CellOf cell, SheetRowReader.ErrorOf error, CountryLookup countries)
    {
        var row = new EngagementRow(source);
        SheetRowReader.ReadTexts(row, new EngagementInput(), TextFields, cell, error, required: "title", requiredMessage: "The title is required.");
        SheetRowReader.ReadId(row, cell, error);
        SheetRowReader.ReadCountryAndClassification(row, cell, error, countries);
        row.Values.Remove(nameof(Engagement.CountryId)); // the lead country is decided once the organizations are known
        ReadDates(row, cell, error);
        if (cell(source, "kind") is { } kind)
        {
            if (CellParsers.TryEnum<EngagementKind>(kind, out var k))
            {
                row.Values[nameof(Engagement.Kind)] = k;
            }
            else
            {
                row.Errors.Add(error(source, "kind", "Unknown kind “{0}”: write one of {1}.", kind, CellParsers.Choices<EngagementKind>()));
            }
        }

        if (cell(source, "status") is { } status)
        {
            if (CellParsers.TryEnum<EngagementStatus>(status, out var s))
            {
                row.Status = s;
            }
            else
            {
                row.Errors.Add(error(source, "status", "Unknown status “{0}”: write one of {1}.", status, CellParsers.Choices<EngagementStatus>()));
            }
        }

        foreach (var name in PersonIndex.Split(cell(source, "countries")))
        {
            if (countries.Find(name) is { } country)
            {
                row.OtherCountries.Add(country);
            }
            else
            {
                row.Errors.Add(error(source, "countries", "Unknown country “{0}”: write its ISO code (VNM, VN) or its name.", name));
            }
        }

        row.OrganizationNames.AddRange(PersonIndex.Split(cell(source, "organizations")));
        row.DelegationNames.AddRange(PersonIndex.Split(cell(source, "delegation")));
        row.HostNames.AddRange(PersonIndex.Split(cell(source, "hosts")));
        row.OwnerName = cell(source, "owner")?.Trim();
        return row;
    }

    private static void ReadDates(EngagementRow row, SheetRowReader.CellOf cell, SheetRowReader.ErrorOf error)
    {
        var source = row.Source;
        var earliest = new DateOnly(1900, 1, 1);
        var latest = Clock.Today.AddYears(20);
        DateOnly? Date(string field)
        {
            if (cell(source, field) is not { } text)
            {
                return null;
            }

            if (CellParsers.TryDate(text, yearAllowed: false, out var date) && date >= earliest && date <= latest)
            {
                return date;
            }

            row.Errors.Add(error(source, field, "“{0}” is not a plausible date: write it as 2024-05-03.", text));
            return null;
        }

        var starts = Date("starts_on");
        var ends = Date("ends_on");
        row.EndsGiven = ends is not null;
        if (cell(source, "starts_on") is null)
        {
            row.Errors.Add(error(source, "starts_on", "The first day is required."));
        }
        else if (starts is { } first)
        {
            var last = ends ?? first;
            if (last < first)
            {
                row.Errors.Add(error(source, "ends_on", "The last day cannot be before the first day."));
            }
            else if (last.DayNumber - first.DayNumber > 366)
            {
                row.Errors.Add(error(source, "ends_on", "The date is not plausible."));
            }
            else
            {
                row.Values[nameof(Engagement.StartsOn)] = first;
                row.Values[nameof(Engagement.EndsOn)] = last;
            }
        }

        if (Date("invitation_on") is { } invited)
        {
            row.Values[nameof(Engagement.InvitationOn)] = invited;
        }
    }
}
