using System.Globalization;
using Liaison.Features.Imports.Files;
using Liaison.Features.People;

namespace Liaison.Features.Imports.Wizard;

/// <summary>One spreadsheet row read as a position: its values, and the person and organization it names.</summary>
internal sealed class PositionRow(SpreadsheetRow source) : SheetRow(source)
{
    public override string Name => (PersonName ?? "") + " — " + (Values.GetValueOrDefault(nameof(Position.Title)) as string ?? "");
    public string? PersonName { get; set; }
    public string? OrganizationName { get; set; }
    public (int Id, int? CountryId)? Person { get; set; }
    public int? OrganizationId { get; set; }
}

/// <summary>Reads the mapped cells of a row into a <see cref="PositionRow"/>, checking them as the position form does.</summary>
internal static class PositionRowReader
{
    public static readonly (string Field, string Property)[] TextFields =
        [("title", nameof(Position.Title)), ("title_zh", nameof(Position.TitleZh)), ("note", nameof(Position.Note))];

    public static PositionRow Read(SpreadsheetRow source, SheetRowReader.CellOf cell, SheetRowReader.ErrorOf error)
    {
        var row = new PositionRow(source) { PersonName = cell(source, "person")?.Trim(), OrganizationName = cell(source, "organization")?.Trim() };
        SheetRowReader.ReadTexts(row, new PositionInput { OrganizationId = 0 }, TextFields, cell, error, required: "title", requiredMessage: "The title is required.");
        SheetRowReader.ReadId(row, cell, error);
        if (row.PersonName is null && row.Id is null)
        {
            row.Errors.Add(error(source, "person", "Name the person who holds the position."));
        }

        if (row.OrganizationName is null && row.Id is null)
        {
            row.Errors.Add(error(source, "organization", "Choose the organization."));
        }

        if (cell(source, "kind") is { } kind)
        {
            if (CellParsers.TryEnum<PositionKind>(kind, out var k))
            {
                row.Values[nameof(Position.Kind)] = k;
            }
            else
            {
                row.Errors.Add(error(source, "kind", "Unknown kind “{0}”: write one of {1}.", kind, CellParsers.Choices<PositionKind>()));
            }
        }

        if (cell(source, "rank") is { } rank)
        {
            if (int.TryParse(rank.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= 1000)
            {
                row.Values[nameof(Position.Rank)] = r;
            }
            else
            {
                row.Errors.Add(error(source, "rank", "The rank must be between {0} and {1}.", 1, 1000));
            }
        }

        DateOnly? Date(string field)
        {
            if (cell(source, field) is not { } text)
            {
                return null;
            }

            if (CellParsers.TryDate(text, yearAllowed: true, out var date) && date.Year >= 1800 && date <= Data.Clock.Today.AddYears(20))
            {
                row.Values[field == "from" ? nameof(Position.From) : nameof(Position.To)] = date;
                return date;
            }

            row.Errors.Add(error(source, field, "“{0}” is not a plausible date: write it as 2024-05-03.", text));
            return null;
        }

        var (from, to) = (Date("from"), Date("to"));
        if (from is not null && to is not null && to <= from)
        {
            row.Errors.Add(error(source, "to", "The end date must be after the start date."));
        }

        return row;
    }
}
