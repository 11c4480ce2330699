using System.Globalization;
using Liaison.Features.Imports;

namespace Liaison.Tests.Imports;

/// <summary>"Who governed country X on date D" read straight from ParlGov's cabinet tables, independently of the importer.</summary>
internal sealed class ParlGovExpectation
{
    private readonly List<(int Id, string Iso3, DateOnly Start)> _cabinets;
    private readonly ILookup<int, (int Party, bool Pm)> _parties;

    public ParlGovExpectation(string dir)
    {
        var countries = CsvTable.Read(Path.Combine(dir, "02__datacore__Country.csv"), "id", "name_short");
        var iso3 = countries.Rows.ToDictionary(r => r[countries.Column("id")], r => r[countries.Column("name_short")]);
        var cabinets = CsvTable.Read(Path.Combine(dir, "41__cabinets__Cabinet.csv"), "id", "country", "start_date");
        _cabinets = cabinets.Rows.Select(r => (
            int.Parse(r[cabinets.Column("id")], CultureInfo.InvariantCulture),
            iso3[r[cabinets.Column("country")]],
            DateOnly.ParseExact(r[cabinets.Column("start_date")], "yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList();
        var members = CsvTable.Read(Path.Combine(dir, "42__cabinets__CabinetParty.csv"), "cabinet", "party", "pm");
        _parties = members.Rows.ToLookup(
            r => int.Parse(r[members.Column("cabinet")], CultureInfo.InvariantCulture),
            r => (int.Parse(r[members.Column("party")], CultureInfo.InvariantCulture), r[members.Column("pm")] == "1"));
    }

    public IEnumerable<string> Countries => _cabinets.Select(c => c.Iso3).Distinct().Order(StringComparer.Ordinal);

    /// <summary>The ParlGov party ids of the cabinet in office (the latest to start on or before the date), and the prime minister's party.</summary>
    public (HashSet<int> Parties, int? Pm) On(string iso3, DateOnly date)
    {
        var cabinet = _cabinets.Where(c => c.Iso3 == iso3 && c.Start <= date).OrderBy(c => c.Start).ThenBy(c => c.Id).LastOrDefault();
        if (cabinet == default)
        {
            return ([], null);
        }

        var parties = _parties[cabinet.Id].ToList();
        return (parties.Select(p => p.Party).ToHashSet(), parties.Where(p => p.Pm).Select(p => (int?)p.Party).FirstOrDefault());
    }
}
