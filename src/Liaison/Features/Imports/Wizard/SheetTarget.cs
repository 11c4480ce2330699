using Liaison.Data;
using Liaison.Features.Imports.Files;
using Liaison.Features.Search;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Features.Imports.Wizard;

public enum RowAction
{
    Create = 0,
    Update = 1,
    Unchanged = 2,
    Invalid = 3,
}

/// <summary>One problem of one row: the row as the spreadsheet numbers it, the column's header and a message in the user's language.</summary>
public sealed record RowError(int Row, string Column, string Message);

/// <summary>What an import does (or would do) with one row.</summary>
public sealed record RowOutcome(int Row, RowAction Action, int? RecordId, string Name, IReadOnlyList<RowError> Errors);

/// <summary>
/// A record type the wizard imports: reads mapped cells into records, matches them with records on file (as the user
/// sees them), and when applying creates or updates them through the import session. Rows come in batches.
/// </summary>
internal abstract class SheetTarget
{
    private readonly Dictionary<string, int> _fieldColumn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private Dictionary<int, int?> _desks = [];
    private readonly IReadOnlyList<string> _headers;

    protected SheetTarget(LiaisonDbContext db, ImportSession? session, IStringLocalizer localizer, IReadOnlyList<string> headers, IReadOnlyList<string> columns)
    {
        Db = db;
        Session = session;
        T = localizer;
        _headers = headers;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Length > 0)
            {
                _fieldColumn[columns[i]] = i;
            }
        }
    }

    protected LiaisonDbContext Db { get; }
    protected ImportSession? Session { get; }
    protected IStringLocalizer T { get; }

    /// <summary>Records created later in this run that look like records already on file (offered for merging).</summary>
    public int ProbableDuplicates { get; protected set; }

    protected CountryLookup Countries { get; private set; } = new([]);

    /// <summary>Loads the countries rows name, with their desks; record types load what else their rows name.</summary>
    public virtual async Task PrepareAsync(CancellationToken ct)
    {
        var countries = await Db.Countries.AsNoTracking().ToListAsync(ct);
        Countries = new CountryLookup(countries);
        _desks = countries.ToDictionary(c => c.Id, c => c.DeskId);
    }

    /// <summary>Reads and matches a batch; when <paramref name="apply"/> also creates and updates its valid rows.</summary>
    public abstract Task<IReadOnlyList<RowOutcome>> ProcessAsync(IReadOnlyList<SpreadsheetRow> rows, bool apply, CancellationToken ct);

    /// <summary>Work left once every batch is applied (search entries of updated records…).</summary>
    public abstract Task FinishAsync(CancellationToken ct);

    /// <summary>Called once a batch is written (e.g. to <see cref="Forget{TRecord}"/> its records).</summary>
    public virtual void Saved()
    {
    }

    /// <summary>
    /// Stops tracking the records of a saved batch: each save detects changes over everything tracked, so records kept
    /// from batch to batch would make a large import slow down as it goes.
    /// </summary>
    protected void Forget<TRecord>() where TRecord : class
    {
        foreach (var entry in Db.ChangeTracker.Entries<TRecord>().ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    protected bool Maps(string field) => _fieldColumn.ContainsKey(field);

    /// <summary>The cell of a mapped field as written, or null when unmapped or blank.</summary>
    protected string? Cell(SpreadsheetRow row, string field) =>
        _fieldColumn.TryGetValue(field, out var i) && i < row.Cells.Length && !string.IsNullOrWhiteSpace(row.Cells[i]) ? row.Cells[i] : null;

    protected string HeaderOf(string field) => _fieldColumn.TryGetValue(field, out var i) ? _headers[i] : "";

    /// <summary>A message for a field's column, translated (with arguments) for the user who runs the import.</summary>
    protected RowError Error(SpreadsheetRow row, string field, string format, params object[] args) =>
        new(row.Number, HeaderOf(field), args.Length == 0 ? T[format].Value : T[format, args].Value);

    /// <summary>"file.csv:12", kept within the provenance column's 200 characters.</summary>
    protected string SourceRow(SpreadsheetRow row)
    {
        var suffix = ":" + row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var name = Session?.Run.SourceName ?? "";
        return (name.Length + suffix.Length > 200 ? name[^(200 - suffix.Length)..] : name) + suffix;
    }

    /// <summary>
    /// Remembers the keys a row is known by in this file; when an earlier row had one of them, the row gets
    /// <paramref name="message"/> (with that row's number) and true is returned.
    /// </summary>
    protected bool Repeats(SheetRow row, IReadOnlyList<string> keys, string message, string field = "name_en")
    {
        if (keys.FirstOrDefault(_seen.ContainsKey) is { } repeated)
        {
            row.Errors.Add(Error(row.Source, field, message, _seen[repeated]));
            return true;
        }

        foreach (var key in keys)
        {
            _seen[key] = row.Source.Number;
        }

        return false;
    }

    /// <summary>The natural key of a dated record (a touchpoint, an engagement): its day, its country and its normalized text.</summary>
    protected static string DayKey(DateOnly day, int? countryId, string text) => $"{day:yyyy-MM-dd}|{countryId}|{TextNormalizer.Normalize(text)}";

    /// <summary>What a record type says when a row cannot be matched: its column, the same record twice in the file, an id not on file, several candidates.</summary>
    protected sealed record MatchMessages(string Field, string Repeated, string NoSuchId, string Several);

    /// <summary>
    /// The one record a row is: the one with its Liaison id (reported when there is none), else the only one of
    /// <paramref name="candidates"/> (several are reported); null for a new record, or when an earlier row of the file
    /// had the same id or <paramref name="key"/> (reported too). The key is only read for rows without an id.
    /// </summary>
    protected T? MatchOne<T>(SheetRow row, Func<string> key, IReadOnlyDictionary<int, T> byId, Func<string, IEnumerable<T>> candidates, Func<T, int> idOf, MatchMessages messages)
        where T : class
    {
        var own = row.Id is int given ? "#" + given.ToString(System.Globalization.CultureInfo.InvariantCulture) : key();
        if (Repeats(row, [own], messages.Repeated, messages.Field))
        {
            return null;
        }

        if (row.Id is int id)
        {
            if (!byId.TryGetValue(id, out var found))
            {
                row.Errors.Add(Error(row.Source, "id", messages.NoSuchId, id));
            }

            return found;
        }

        var matches = candidates(own).ToList();
        if (matches.Count > 1)
        {
            row.Errors.Add(Error(row.Source, messages.Field, messages.Several,
                matches.Count, string.Join(", ", matches.Select(c => "#" + idOf(c)).Order().Take(5))));
            return null;
        }

        return matches.FirstOrDefault();
    }

    /// <summary>
    /// Why the user may not write this row (a classification above their clearance, a country outside their desks, or
    /// a matched record they may not change), or null. <paramref name="outsideDesks"/> is the message for the desks.
    /// </summary>
    protected RowOutcome? Refusal(SheetRow row, Classification classification, int? countryId, Classification? storedClassification, int? storedCountryId, bool matched, string outsideDesks)
    {
        if (!Db.Scope.CanClassify(classification))
        {
            return new(row.Source.Number, RowAction.Invalid, null, row.Name, [Error(row.Source, "classification", "You cannot classify a record above your own clearance.")]);
        }

        return !MayWrite(classification, DeskOf(countryId), countryId is not null)
            || (matched && !MayWrite(storedClassification!.Value, DeskOf(storedCountryId), storedCountryId is not null))
            ? new(row.Source.Number, RowAction.Invalid, null, row.Name, [Error(row.Source, "country", outsideDesks)])
            : null;
    }

    /// <summary>Whether the user may write a record of this classification and desk (the directory's editing rights by default).</summary>
    protected virtual bool MayWrite(Classification classification, int? deskId, bool hasCountry) => Db.Scope.CanEdit(classification, deskId, hasCountry);

    protected int? DeskOf(int? countryId) => countryId is int c ? _desks.GetValueOrDefault(c) : null;

    /// <summary>Rows a batch found invalid, with cells beyond the header reported too.</summary>
    protected List<RowError> ExtraCells(SpreadsheetRow row) =>
        row.ExtraCells > 0 ? [new RowError(row.Number, "", T["The row has {0} more cells than the header row has columns.", row.ExtraCells].Value)] : [];
}
