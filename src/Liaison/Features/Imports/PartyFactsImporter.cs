using Liaison.Data;
using Liaison.Features.Organizations;

namespace Liaison.Features.Imports;

/// <summary>
/// Imports the Party Facts core parties file: one party per row with its names, abbreviation, country, years active,
/// Wikipedia link and ids. The ParlGov link file and the Wikidata file beside it, when present, add those ids.
/// </summary>
public static class PartyFactsImporter
{
    public const string LinkFile = "pf-link-parlgov.csv";
    public const string WikidataFile = "pf-wikidata.csv";
    private static readonly HashSet<string> ChineseCountries = ["CHN", "TWN", "HKG", "MAC"];

    public static async Task<ImportSummary> ImportAsync(LiaisonDbContext db, string path, CancellationToken ct = default)
    {
        var table = CsvTable.Read(path, "country", "partyfacts_id", "technical", "name_short", "name", "name_english", "name_other",
            "year_first", "year_last", "wikipedia", "description");
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var linkPath = Path.Combine(dir, LinkFile);
        var wikidataPath = Path.Combine(dir, WikidataFile);
        var parlgov = File.Exists(linkPath) ? ReadPairs(CsvTable.Read(linkPath, "partyfacts_id", "parlgov_id"), "parlgov_id") : [];
        var wikidata = File.Exists(wikidataPath) ? ReadPairs(CsvTable.Read(wikidataPath, "partyfacts_id", "wikidata_id"), "wikidata_id") : [];
        var files = new[] { path, linkPath, wikidataPath }.Where(File.Exists).ToList();
        var source = string.Join(" + ", files.Select(Path.GetFileName));

        var session = await ImportSession.BeginAsync(db, ImportKinds.PartyFacts, source, ImportSession.Sha256Of(files), ct);
        try
        {
            var c = new Columns(table);
            for (var i = 0; i < table.Rows.Count; i++)
            {
                ImportRow(session, table, i, c, parlgov, wikidata);
            }

            return await session.FinishAsync(ct);
        }
        catch
        {
            await db.Database.RollbackTransactionAsync(CancellationToken.None);
            throw;
        }
    }

    private sealed class Columns(CsvTable t)
    {
        public readonly int Country = t.Column("country"), Id = t.Column("partyfacts_id"), Technical = t.Column("technical"),
            Short = t.Column("name_short"), Name = t.Column("name"), English = t.Column("name_english"), Other = t.Column("name_other"),
            First = t.Column("year_first"), Last = t.Column("year_last"), Wikipedia = t.Column("wikipedia"), Description = t.Column("description");
    }

    private static void ImportRow(ImportSession session, CsvTable table, int index, Columns c, Dictionary<string, string> parlgovIds, Dictionary<string, string> wikidataIds)
    {
        var row = table.Rows[index];
        var id = CsvTable.Int(row, c.Id)?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Placeholder rows ("other", "independents", …) are not parties.
        if (id is null || CsvTable.Text(row, c.Technical) is not null
            || CsvTable.Text(row, c.Country) is not { } iso3 || !session.CountryIds.TryGetValue(iso3, out var countryId))
        {
            session.Skip();
            return;
        }

        var name = CsvTable.Text(row, c.Name);
        var others = OtherNames(CsvTable.Text(row, c.Other));
        var script = others.FirstOrDefault(IsNonLatin);
        var english = Clip(CsvTable.Text(row, c.English) ?? name ?? id, OrganizationConfiguration.NameLength);
        var parlgov = parlgovIds.GetValueOrDefault(id);
        var wikidata = wikidataIds.GetValueOrDefault(id);
        var wikipedia = CsvTable.Text(row, c.Wikipedia);
        var ids = string.Join(' ', new[] { ("partyfacts", id), ("parlgov", parlgov), ("wikidata", wikidata) }.Where(p => p.Item2 is not null).Select(p => $"{p.Item1}:{p.Item2}"));
        var source = ImportSession.RowOf(table, index);
        var first = CsvTable.Int(row, c.First);
        var last = CsvTable.Int(row, c.Last);
        var incoming = new Organization
        {
            Kind = OrganizationKind.PoliticalParty,
            CountryId = countryId,
            NameEn = english!,
            NameNative = Clip(script ?? name, OrganizationConfiguration.NameLength),
            NameRomanized = script is null ? null : Clip(name, OrganizationConfiguration.NameLength),
            NameZh = script is not null && ChineseCountries.Contains(iso3.ToUpperInvariant()) && script.Any(IsHan) ? Clip(script, OrganizationConfiguration.NameLength) : null,
            Abbreviation = Clip(CsvTable.Text(row, c.Short), 40),
            Founded = first is >= 1 and <= 9999 ? new DateOnly(first.Value, 1, 1) : null,
            Dissolved = last is >= 1 and <= 9999 ? new DateOnly(last.Value, 12, 31) : null,
            Description = Clip(CsvTable.Text(row, c.Description), OrganizationConfiguration.DescriptionLength),
        };

        var existing = session.Match(
            parlgov is null ? [(ExternalSchemes.PartyFacts, id)] : [(ExternalSchemes.PartyFacts, id), (ExternalSchemes.ParlGov, parlgov)],
            countryId, [english, name, script]);
        var organization = existing ?? incoming;
        if (existing is null)
        {
            session.Create(incoming, source, ids);
            foreach (var other in others.Where(n => n != script && n != name && n != english))
            {
                session.AddName(incoming, new OrganizationName { Name = Clip(other, OrganizationConfiguration.NameLength)!, Kind = OrganizationNameKind.Alias }, source, null);
            }
        }
        else
        {
            session.Updated(existing, nameof(Organization), source, ids, FillEmpty(existing, incoming));
        }

        session.AddExternalId(organization, ExternalSchemes.PartyFacts, id, source);
        session.AddExternalId(organization, ExternalSchemes.ParlGov, parlgov, source);
        session.AddExternalId(organization, ExternalSchemes.Wikidata, wikidata, source);
        session.AddExternalId(organization, ExternalSchemes.Wikipedia, Clip(wikipedia, 500), source);
    }

    /// <summary>Imports fill what is empty and never overwrite a value someone (or another source) set.</summary>
    internal static Dictionary<string, object?> FillEmpty(Organization target, Organization source)
    {
        var previous = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(target.NameNative) && source.NameNative is { } native)
        {
            ImportSession.Set(previous, nameof(Organization.NameNative), target.NameNative, native, v => target.NameNative = v);
        }

        if (string.IsNullOrWhiteSpace(target.NameRomanized) && source.NameRomanized is { } romanized)
        {
            ImportSession.Set(previous, nameof(Organization.NameRomanized), target.NameRomanized, romanized, v => target.NameRomanized = v);
        }

        if (string.IsNullOrWhiteSpace(target.NameZh) && source.NameZh is { } zh)
        {
            ImportSession.Set(previous, nameof(Organization.NameZh), target.NameZh, zh, v => target.NameZh = v);
        }

        if (string.IsNullOrWhiteSpace(target.Abbreviation) && source.Abbreviation is { } abbreviation)
        {
            ImportSession.Set(previous, nameof(Organization.Abbreviation), target.Abbreviation, abbreviation, v => target.Abbreviation = v);
        }

        if (string.IsNullOrWhiteSpace(target.Description) && source.Description is { } description)
        {
            ImportSession.Set(previous, nameof(Organization.Description), target.Description, description, v => target.Description = v);
        }

        if (target.Founded is null && source.Founded is not null)
        {
            ImportSession.Set(previous, nameof(Organization.Founded), target.Founded, source.Founded, v => target.Founded = v);
        }

        if (target.Dissolved is null && source.Dissolved is not null)
        {
            ImportSession.Set(previous, nameof(Organization.Dissolved), target.Dissolved, source.Dissolved, v => target.Dissolved = v);
        }

        if (target.Family is null && source.Family is not null)
        {
            ImportSession.Set(previous, nameof(Organization.Family), target.Family, source.Family, v => target.Family = v);
        }

        return previous;
    }

    /// <summary>partyfacts_id → the other id; of several, the lowest (so both import orders link the same pair).</summary>
    private static Dictionary<string, string> ReadPairs(CsvTable table, string column)
    {
        var (pf, other) = (table.Column("partyfacts_id"), table.Column(column));
        return table.Rows
            .Select(r => (Pf: CsvTable.Text(r, pf), Other: CsvTable.Text(r, other)))
            .Where(p => p.Pf is not null && p.Other is not null)
            .GroupBy(p => p.Pf!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Other!).OrderBy(v => v.Length).ThenBy(v => v, StringComparer.Ordinal).First(), StringComparer.Ordinal);
    }

    /// <summary>"Pashto: name1 / name2; Chinese: name3" → the names without their language labels.</summary>
    private static List<string> OtherNames(string? text) =>
        text is null
            ? []
            : text.Split([" / ", ";"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(part => part.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0 and < 40 ? part[(colon + 2)..].Trim() : part)
                .Select(part => part.Trim('\u200E', '\u200F', ' '))
                .Where(part => part.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToList();

    private static bool IsNonLatin(string text) => text.Any(ch => char.IsLetter(ch) && ch > '\u024F' && ch is < '\u1E00' or > '\u1EFF');

    private static bool IsHan(char ch) => ch is >= '\u4E00' and <= '\u9FFF';

    internal static string? Clip(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
