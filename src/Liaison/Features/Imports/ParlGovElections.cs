using Liaison.Features.Countries;
using Liaison.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Features.Imports;

// Elections and results, then cabinets as standing spans: a cabinet governs from its start date until the next cabinet of
// its country starts; its parties govern (the prime minister's party leads) and the other parties with seats in the
// parliament elected before it are in opposition. Consecutive spans of the same standing are joined into one.
public static partial class ParlGovImporter
{
    public const string SourcePrefix = "ParlGov";
    private const int ParliamentType = 13;
    private const int EuropeanParliamentType = 1;

    private static async Task<Dictionary<int, Election>> ImportElectionsAsync(ImportSession session, ParlGovTables t, CancellationToken ct)
    {
        var existing = (await session.Db.Elections.ToListAsync(ct)).GroupBy(e => (e.CountryId, e.Kind, e.Date)).ToDictionary(g => g.Key, g => g.First());
        var elections = new Dictionary<int, Election>();
        var e = t.Election;
        var (id, type, country, date, seats) = (e.Column("id"), e.Column("type"), e.Column("country"), e.Column("date"), e.Column("seats_total"));
        for (var i = 0; i < e.Rows.Count; i++)
        {
            var row = e.Rows[i];
            ElectionKind? kind = CsvTable.Int(row, type) switch
            {
                ParliamentType => ElectionKind.Parliamentary,
                EuropeanParliamentType => ElectionKind.EuropeanParliament,
                _ => null,
            };
            if (CsvTable.Int(row, id) is not { } electionId || kind is null || CsvTable.Date(row, date) is not { } day
                || !t.CountryIso3.TryGetValue(CsvTable.Int(row, country) ?? 0, out var iso3) || !session.CountryIds.TryGetValue(iso3, out var countryId))
            {
                session.Skip();
                continue;
            }

            var source = ImportSession.RowOf(e, i);
            var total = CsvTable.Int(row, seats);
            if (existing.TryGetValue((countryId, kind.Value, day), out var election))
            {
                var previous = new Dictionary<string, object?>(StringComparer.Ordinal);
                if (election.SeatsTotal is null && total is not null)
                {
                    ImportSession.Set(previous, nameof(Election.SeatsTotal), election.SeatsTotal, total, v => election.SeatsTotal = v);
                }

                session.Updated(election, nameof(Election), source, $"parlgov-election:{electionId}", previous);
            }
            else
            {
                election = new Election { CountryId = countryId, Kind = kind.Value, Date = day, SeatsTotal = total, Notes = $"{SourcePrefix} election {electionId}" };
                existing[(countryId, kind.Value, day)] = session.New(election);
                session.Created(election, nameof(Election), source, $"parlgov-election:{electionId}", owned: false);
            }

            elections[electionId] = election;
        }

        return elections;
    }

    private static async Task ImportResultsAsync(ImportSession session, ParlGovTables t, Dictionary<int, Organization> parties, Dictionary<int, Election> elections, CancellationToken ct)
    {
        var existing = (await session.Db.ElectionResults.IgnoreQueryFilters().ToListAsync(ct)).ToDictionary(r => (r.ElectionId, r.OrganizationId));
        var r = t.Result;
        var (election, party, seats, share) = (r.Column("election"), r.Column("party"), r.Column("seats"), r.Column("vote_share"));
        for (var i = 0; i < r.Rows.Count; i++)
        {
            var row = r.Rows[i];
            if (!elections.TryGetValue(CsvTable.Int(row, election) ?? 0, out var e) || !parties.TryGetValue(CsvTable.Int(row, party) ?? 0, out var organization))
            {
                session.Skip();
                continue;
            }

            var (s, v) = (CsvTable.Int(row, seats), CsvTable.Number(row, share));
            if (existing.TryGetValue((e.Id, organization.Id), out var result))
            {
                var previous = new Dictionary<string, object?>(StringComparer.Ordinal);
                ImportSession.Set(previous, nameof(ElectionResult.Seats), result.Seats, s, x => result.Seats = x);
                ImportSession.Set(previous, nameof(ElectionResult.VoteShare), result.VoteShare, v, x => result.VoteShare = x);
                session.Updated(result, nameof(ElectionResult), ImportSession.RowOf(r, i), null, previous);
                continue;
            }

            result = session.New(new ElectionResult { ElectionId = e.Id, OrganizationId = organization.Id, Seats = s, VoteShare = v });
            existing[(e.Id, organization.Id)] = result;
            var owned = session.WasCreated(organization) || session.WasCreated(e);
            session.Created(result, nameof(ElectionResult), ImportSession.RowOf(r, i), null, owned);
        }
    }

    private sealed record Span(int OrganizationId, Standing Standing, bool Head, DateOnly From, DateOnly? To, string First, string Last);

    private static async Task ImportStandingsAsync(ImportSession session, ParlGovTables t, Dictionary<int, Organization> parties, CancellationToken ct)
    {
        var spans = StandingsFromCabinets(t, parties);
        var existing = (await session.Db.StandingSpans.IgnoreQueryFilters().Where(s => s.Source != null && s.Source.StartsWith(SourcePrefix)).ToListAsync(ct))
            .GroupBy(s => (s.OrganizationId, s.From, s.Standing, s.HeadOfGovernment)).ToDictionary(g => g.Key, g => g.First());
        var created = session.CreatedOrganizations.Select(o => o.Id).ToHashSet();
        foreach (var span in spans)
        {
            var source = PartyFactsImporter.Clip(span.First == span.Last ? $"{SourcePrefix}: cabinet {span.First}" : $"{SourcePrefix}: cabinets {span.First} – {span.Last}", 500);
            if (existing.TryGetValue((span.OrganizationId, span.From, span.Standing, span.Head), out var current))
            {
                var previous = new Dictionary<string, object?>(StringComparer.Ordinal);
                ImportSession.Set(previous, nameof(StandingSpan.To), current.To, span.To, v => current.To = v);
                session.Updated(current, nameof(StandingSpan), source, null, previous);
                continue;
            }

            var standing = session.New(new StandingSpan { OrganizationId = span.OrganizationId, Standing = span.Standing, HeadOfGovernment = span.Head, From = span.From, To = span.To, Source = source });
            session.Created(standing, nameof(StandingSpan), source, null, created.Contains(span.OrganizationId));
        }
    }

    private static List<Span> StandingsFromCabinets(ParlGovTables t, Dictionary<int, Organization> parties)
    {
        var c = t.Cabinet;
        var (id, country, start, name, election) = (c.Column("id"), c.Column("country"), c.Column("start_date"), c.Column("name"), c.Column("previous_parliament_election"));
        var cp = t.CabinetParty;
        var (cabinet, party, pm) = (cp.Column("cabinet"), cp.Column("party"), cp.Column("pm"));
        var members = cp.Rows.Where(r => CsvTable.Int(r, cabinet) is not null && CsvTable.Int(r, party) is not null)
            .ToLookup(r => CsvTable.Int(r, cabinet)!.Value, r => (Party: CsvTable.Int(r, party)!.Value, Pm: CsvTable.Int(r, pm) == 1));
        var res = t.Result;
        var (resElection, resParty, resSeats) = (res.Column("election"), res.Column("party"), res.Column("seats"));
        var seated = res.Rows.Where(r => CsvTable.Int(r, resSeats) is > 0 && CsvTable.Int(r, resElection) is not null && CsvTable.Int(r, resParty) is not null)
            .ToLookup(r => CsvTable.Int(r, resElection)!.Value, r => CsvTable.Int(r, resParty)!.Value);

        var perCabinet = new List<Span>();
        var cabinets = c.Rows.Where(r => CsvTable.Int(r, id) is not null && CsvTable.Date(r, start) is not null && CsvTable.Int(r, country) is not null)
            .Select(r => (Id: CsvTable.Int(r, id)!.Value, Country: CsvTable.Int(r, country)!.Value, Start: CsvTable.Date(r, start)!.Value,
                Name: CsvTable.Text(r, name) ?? "", Election: CsvTable.Int(r, election)))
            .GroupBy(x => x.Country);
        foreach (var group in cabinets)
        {
            var ordered = group.OrderBy(x => x.Start).ThenBy(x => x.Id).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var k = ordered[i];
                DateOnly? to = i + 1 < ordered.Count ? ordered[i + 1].Start : null;
                if (to == k.Start)
                {
                    continue;
                }

                var governing = new HashSet<int>();
                foreach (var (partyId, isPm) in members[k.Id])
                {
                    if (parties.TryGetValue(partyId, out var o) && governing.Add(o.Id))
                    {
                        perCabinet.Add(new Span(o.Id, isPm ? Standing.LeadingRuling : Standing.CoalitionPartner, isPm, k.Start, to, k.Name, k.Name));
                    }
                }

                foreach (var partyId in k.Election is { } e ? seated[e] : [])
                {
                    if (parties.TryGetValue(partyId, out var o) && governing.Add(o.Id))
                    {
                        perCabinet.Add(new Span(o.Id, Standing.Opposition, false, k.Start, to, k.Name, k.Name));
                    }
                }
            }
        }

        var joined = new List<Span>();
        foreach (var group in perCabinet.GroupBy(s => s.OrganizationId))
        {
            Span? open = null;
            foreach (var span in group.OrderBy(s => s.From))
            {
                if (open is not null && open.To == span.From && open.Standing == span.Standing && open.Head == span.Head)
                {
                    open = open with { To = span.To, Last = span.Last };
                    continue;
                }

                if (open is not null)
                {
                    joined.Add(open);
                }

                open = span;
            }

            joined.Add(open!);
        }

        return joined;
    }
}
