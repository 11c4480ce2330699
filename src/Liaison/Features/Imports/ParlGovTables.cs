namespace Liaison.Features.Imports;

/// <summary>The ParlGov tables an import reads, each checked for the columns it needs before anything is written.</summary>
internal sealed class ParlGovTables
{
    public required Dictionary<int, string> Codes { get; init; }
    public required Dictionary<int, string> CountryIso3 { get; init; }
    public required CsvTable Party { get; init; }
    public required CsvTable NameChange { get; init; }
    public required CsvTable PartyChange { get; init; }
    public required CsvTable Election { get; init; }
    public required CsvTable Result { get; init; }
    public required CsvTable Cabinet { get; init; }
    public required CsvTable CabinetParty { get; init; }

    public static ParlGovTables Read(string directory)
    {
        CsvTable Table(int index, params string[] columns) => CsvTable.Read(Path.Combine(directory, ParlGovImporter.Files[index]), columns);
        var codes = Table(0, "id", "table_variable", "short");
        var countries = Table(1, "id", "name_short");
        return new ParlGovTables
        {
            Codes = ById(codes, "short"),
            CountryIso3 = ById(countries, "name_short"),
            Party = Table(2, "id", "country", "family", "name_short", "name_english", "name", "name_ascii", "name_nonlatin", "wikipedia",
                "foundation_date", "dissolution_date", "description"),
            NameChange = Table(3, "party", "date", "name", "name_english", "name_short"),
            PartyChange = Table(4, "party", "party_new", "date", "type"),
            Election = Table(5, "id", "type", "country", "date", "seats_total"),
            Result = Table(6, "election", "party", "seats", "vote_share"),
            Cabinet = Table(7, "id", "country", "start_date", "name", "previous_parliament_election"),
            CabinetParty = Table(8, "cabinet", "party", "pm"),
        };
    }

    private static Dictionary<int, string> ById(CsvTable table, string column)
    {
        var (id, value) = (table.Column("id"), table.Column(column));
        return table.Rows.Where(r => CsvTable.Int(r, id) is not null && CsvTable.Text(r, value) is not null)
            .GroupBy(r => CsvTable.Int(r, id)!.Value).ToDictionary(g => g.Key, g => CsvTable.Text(g.First(), value)!);
    }
}
