using Liaison.Data;
using Liaison.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Imports;

/// <summary>
/// Imports the ParlGov tables of a folder: parties (families, renames, lineage), elections with seats and vote shares,
/// and cabinets turned into standing histories. Parties already on file (from Party Facts, with ParlGov ids from its link
/// file, or from an earlier run) are updated, not duplicated.
/// </summary>
public static partial class ParlGovImporter
{
    public static readonly string[] Files =
    [
        "01__datacore__Code.csv", "02__datacore__Country.csv", "21__parties__Party.csv", "23__parties__PartyNameChange.csv",
        "24__parties__PartyChange.csv", "31__elections__Election.csv", "32__elections__ElectionResult.csv",
        "41__cabinets__Cabinet.csv", "42__cabinets__CabinetParty.csv",
    ];

    private static readonly HashSet<string> Placeholders = new(["none", "etc", "one-seat", "no-seat", "no party affiliation", "others", "one seat", "no seat"], StringComparer.OrdinalIgnoreCase);

    public static async Task<ImportSummary> ImportAsync(LiaisonDbContext db, string directory, CancellationToken ct = default)
    {
        if (!Directory.Exists(directory))
        {
            throw new ImportInputException($"{directory}: folder not found (give the folder that holds the ParlGov tables).");
        }

        var t = ParlGovTables.Read(directory);
        var session = await ImportSession.BeginAsync(db, ImportKinds.ParlGov, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory))) + "/",
            ImportSession.Sha256Of(Files.Select(f => Path.Combine(directory, f))), ct);
        try
        {
            var parties = ImportParties(session, t);
            await ImportNamesAsync(session, t, parties, ct);
            await ImportLineageAsync(session, t, parties, ct);
            var elections = await ImportElectionsAsync(session, t, ct);
            await ImportResultsAsync(session, t, parties, elections, ct);
            await ImportStandingsAsync(session, t, parties, ct);
            return await session.FinishAsync(ct);
        }
        catch
        {
            await db.Database.RollbackTransactionAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>ParlGov party id → the organization it became or matched.</summary>
    private static Dictionary<int, Organization> ImportParties(ImportSession session, ParlGovTables t)
    {
        var parties = new Dictionary<int, Organization>();
        var p = t.Party;
        int Col(string name) => p.Column(name);
        var (id, country, family, shortName, english, native, ascii, nonLatin, wikipedia, founded, dissolved, description) =
            (Col("id"), Col("country"), Col("family"), Col("name_short"), Col("name_english"), Col("name"), Col("name_ascii"), Col("name_nonlatin"),
             Col("wikipedia"), Col("foundation_date"), Col("dissolution_date"), Col("description"));
        for (var i = 0; i < p.Rows.Count; i++)
        {
            var row = p.Rows[i];
            if (CsvTable.Int(row, id) is not { } partyId || IsPlaceholder(row, shortName, english)
                || !t.CountryIso3.TryGetValue(CsvTable.Int(row, country) ?? 0, out var iso3) || !session.CountryIds.TryGetValue(iso3, out var countryId))
            {
                session.Skip();
                continue;
            }

            var key = partyId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var script = CsvTable.Text(row, nonLatin);
            var name = CsvTable.Text(row, native);
            var incoming = new Organization
            {
                Kind = OrganizationKind.PoliticalParty,
                CountryId = countryId,
                NameEn = PartyFactsImporter.Clip(CsvTable.Text(row, english) ?? name ?? key, OrganizationConfiguration.NameLength)!,
                NameNative = PartyFactsImporter.Clip(script ?? name, OrganizationConfiguration.NameLength),
                NameRomanized = script is null ? null : PartyFactsImporter.Clip(CsvTable.Text(row, ascii) ?? name, OrganizationConfiguration.NameLength),
                Abbreviation = PartyFactsImporter.Clip(CsvTable.Text(row, shortName), 40),
                Family = FamilyOf(t.Codes.GetValueOrDefault(CsvTable.Int(row, family) ?? 0)),
                Founded = CsvTable.Date(row, founded),
                Dissolved = CsvTable.Date(row, dissolved),
                Description = PartyFactsImporter.Clip(CsvTable.Text(row, description), OrganizationConfiguration.DescriptionLength),
            };
            var source = ImportSession.RowOf(p, i);
            var existing = session.Match([(ExternalSchemes.ParlGov, key)], countryId, [incoming.NameEn, name, script]);
            if (existing is null)
            {
                session.Create(incoming, source, "parlgov:" + key);
            }
            else
            {
                session.Updated(existing, nameof(Organization), source, "parlgov:" + key, PartyFactsImporter.FillEmpty(existing, incoming));
            }

            var organization = existing ?? incoming;
            session.AddExternalId(organization, ExternalSchemes.ParlGov, key, source);
            session.AddExternalId(organization, ExternalSchemes.Wikipedia, PartyFactsImporter.Clip(CsvTable.Text(row, wikipedia), 500), source);
            parties[partyId] = organization;
        }

        return parties;
    }

    private static bool IsPlaceholder(string[] row, int shortName, int english) =>
        Placeholders.Contains(CsvTable.Text(row, shortName) ?? "") || Placeholders.Contains(CsvTable.Text(row, english) ?? "");

    private static IdeologyFamily? FamilyOf(string? code) => code switch
    {
        "com" => IdeologyFamily.CommunistWorkers,
        "soc" => IdeologyFamily.SocialistSocialDemocratic,
        "eco" => IdeologyFamily.Green,
        "lib" => IdeologyFamily.Liberal,
        "chr" => IdeologyFamily.ChristianDemocratic,
        "con" => IdeologyFamily.Conservative,
        "agr" => IdeologyFamily.Agrarian,
        "right" => IdeologyFamily.Nationalist,
        "spec" => IdeologyFamily.Other,
        _ => null,
    };

    /// <summary>Dated renames become former names (English, native and abbreviation), each valid until the next rename.</summary>
    private static async Task ImportNamesAsync(ImportSession session, ParlGovTables t, Dictionary<int, Organization> parties, CancellationToken ct)
    {
        var known = (await session.Db.OrganizationNames.IgnoreQueryFilters().AsNoTracking().Select(n => new { n.OrganizationId, n.Name }).ToListAsync(ct))
            .Select(n => (n.OrganizationId, n.Name)).ToHashSet();
        var n = t.NameChange;
        var (party, date, english, native, shortName) = (n.Column("party"), n.Column("date"), n.Column("name_english"), n.Column("name"), n.Column("name_short"));
        var changes = n.Rows.Select((row, i) => (Row: row, Index: i, Party: CsvTable.Int(row, party), Date: CsvTable.Date(row, date)))
            .Where(c => c.Party is not null && parties.ContainsKey(c.Party.Value))
            .GroupBy(c => c.Party!.Value);
        session.Skip(n.Rows.Count - changes.Sum(g => g.Count()));
        foreach (var group in changes)
        {
            var organization = parties[group.Key];
            var ordered = group.OrderBy(c => c.Date ?? DateOnly.MinValue).ToList();
            var added = new HashSet<string>(StringComparer.Ordinal) { organization.NameEn, organization.NameNative ?? "", organization.Abbreviation ?? "" };
            for (var i = 0; i < ordered.Count; i++)
            {
                var change = ordered[i];
                var validTo = i + 1 < ordered.Count ? ordered[i + 1].Date : null;
                var created = false;
                foreach (var (value, kind) in new[] { (english, OrganizationNameKind.Former), (native, OrganizationNameKind.Former), (shortName, OrganizationNameKind.FormerAbbreviation) })
                {
                    var text = PartyFactsImporter.Clip(CsvTable.Text(change.Row, value)?.Trim(), OrganizationConfiguration.NameLength);
                    if (text is null || !added.Add(text) || known.Contains((organization.Id, text)))
                    {
                        continue;
                    }

                    session.AddName(organization, new OrganizationName { Name = text, Kind = kind, ValidFrom = change.Date, ValidTo = validTo },
                        ImportSession.RowOf(n, change.Index), "parlgov:" + group.Key);
                    created = true;
                }

                if (!created)
                {
                    session.Skip();
                }
            }
        }
    }

    private static async Task ImportLineageAsync(ImportSession session, ParlGovTables t, Dictionary<int, Organization> parties, CancellationToken ct)
    {
        var known = (await session.Db.LineageLinks.AsNoTracking().Select(l => new { l.PredecessorId, l.SuccessorId, l.Kind }).ToListAsync(ct))
            .Select(l => (l.PredecessorId, l.SuccessorId, l.Kind)).ToHashSet();
        var c = t.PartyChange;
        var (party, partyNew, date, type) = (c.Column("party"), c.Column("party_new"), c.Column("date"), c.Column("type"));
        var seen = new HashSet<(Organization, Organization, LineageKind)>();
        for (var i = 0; i < c.Rows.Count; i++)
        {
            var row = c.Rows[i];
            if (!parties.TryGetValue(CsvTable.Int(row, party) ?? 0, out var predecessor) || !parties.TryGetValue(CsvTable.Int(row, partyNew) ?? 0, out var successor)
                || predecessor == successor)
            {
                session.Skip();
                continue;
            }

            var kind = t.Codes.GetValueOrDefault(CsvTable.Int(row, type) ?? 0) switch
            {
                "merged" or "joined" => LineageKind.MergedInto,
                "splinter" or "division" or "politician" => LineageKind.SplitFrom,
                _ => LineageKind.SucceededBy,
            };
            if (!seen.Add((predecessor, successor, kind)) || known.Contains((predecessor.Id, successor.Id, kind)))
            {
                session.Skip();
                continue;
            }

            var link = session.New(new LineageLink { PredecessorId = predecessor.Id, SuccessorId = successor.Id, Kind = kind, Date = CsvTable.Date(row, date), Note = SourcePrefix });
            var owned = session.CreatedOrganizations.Contains(predecessor) || session.CreatedOrganizations.Contains(successor);
            session.Created(link, nameof(LineageLink), ImportSession.RowOf(c, i), null, owned);
        }
    }
}
