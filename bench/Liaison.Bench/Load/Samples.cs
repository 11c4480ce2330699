using System.Data.Common;
using System.Globalization;
using Liaison.Bench.Setup;

namespace Liaison.Bench.Load;

/// <summary>Record ids read straight from the database: everything for the administrator, the desk's for the desk officer.</summary>
public sealed record Samples(
    string[] People,
    string[] Organizations,
    string[] Countries,
    string[] Engagements,
    string[] Touchpoints,
    string[] Tasks,
    string[] Positions,
    string[] SearchTerms)
{
    private const int Count = 40;

    // A deterministic spread over the whole id range that reads the same in SQLite and PostgreSQL.
    private const string Spread = "ORDER BY ((t.\"Id\" % 10007) * 7919) % 10007, t.\"Id\" LIMIT 40";

    public static Samples Read(Dataset dataset, int? deskId)
    {
        using var connection = dataset.OpenConnection();
        var desk = deskId?.ToString(CultureInfo.InvariantCulture);
        string OnDesk(string countryColumn) => desk is null
            ? ""
            : $" AND {countryColumn} IN (SELECT \"Id\" FROM \"Countries\" WHERE \"DeskId\" = {desk}) AND t.\"Classification\" <= 1";

        return new Samples(
            Ids(connection, $"SELECT t.\"Id\" FROM \"People\" t WHERE t.\"MergedIntoId\" IS NULL{OnDesk("t.\"CountryId\"")} {Spread}"),
            Ids(connection, $"SELECT t.\"Id\" FROM \"Organizations\" t WHERE 1 = 1{OnDesk("t.\"CountryId\"")} {Spread}"),
            Ids(connection, $"SELECT t.\"Iso3\" FROM \"Countries\" t WHERE {(desk is null ? "t.\"DeskId\" IS NOT NULL" : $"t.\"DeskId\" = {desk}")} {Spread}"),
            Ids(connection, $"SELECT t.\"Id\" FROM \"Engagements\" t WHERE 1 = 1{OnDesk("t.\"CountryId\"")} {Spread}"),
            Ids(connection, $"SELECT t.\"Id\" FROM \"Touchpoints\" t WHERE 1 = 1{OnDesk("t.\"CountryId\"")} {Spread}"),
            Ids(connection, $"SELECT t.\"Id\" FROM \"Tasks\" t WHERE {(desk is null ? "1 = 1" : $"t.\"DeskId\" = {desk}")} {Spread}"),
            Ids(connection, $"SELECT t.\"PersonId\" || '/' || t.\"Id\" FROM \"Positions\" t JOIN \"People\" p ON p.\"Id\" = t.\"PersonId\" WHERE p.\"MergedIntoId\" IS NULL{(desk is null ? "" : $" AND p.\"CountryId\" IN (SELECT \"Id\" FROM \"Countries\" WHERE \"DeskId\" = {desk})")} {Spread}"),
            ReadSearchTerms(connection));
    }

    /// <summary>Names to search for in four scripts, taken from the people in the data.</summary>
    private static string[] ReadSearchTerms(DbConnection connection)
    {
        var names = Ids(connection, "SELECT t.\"NameNative\" FROM \"People\" t WHERE t.\"NameNative\" IS NOT NULL ORDER BY ((t.\"Id\" % 10007) * 7919) % 10007 LIMIT 4000");
        var english = Ids(connection, "SELECT t.\"FamilyName\" FROM \"People\" t WHERE t.\"FamilyName\" IS NOT NULL ORDER BY ((t.\"Id\" % 10007) * 7919) % 10007 LIMIT 400");
        var chinese = Ids(connection, "SELECT t.\"NameZh\" FROM \"People\" t WHERE t.\"NameZh\" IS NOT NULL ORDER BY ((t.\"Id\" % 10007) * 7919) % 10007 LIMIT 400");
        static bool In(string s, char from, char to) => s.Any(c => c >= from && c <= to);
        static string FirstWord(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First();
        var latin = english.Where(n => n.All(c => c < 0x250)).Take(5);
        var han = chinese.Where(n => In(n, '\u4e00', '\u9fff')).Take(5);
        var cyrillic = names.Where(n => In(n, '\u0400', '\u04ff')).Select(FirstWord).Take(5);
        var arabic = names.Where(n => In(n, '\u0600', '\u06ff')).Select(FirstWord).Take(5);
        return [.. latin.Concat(han).Concat(cyrillic).Concat(arabic).Distinct()];
    }

    private static string[] Ids(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var ids = new List<string>(Count);
        while (reader.Read())
        {
            ids.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return [.. ids];
    }
}
