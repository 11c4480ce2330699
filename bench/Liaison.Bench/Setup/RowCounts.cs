namespace Liaison.Bench.Setup;

/// <summary>The dataset's size in the tables TARGETS.md names.</summary>
public static class RowCounts
{
    private static readonly string[] Tables =
    [
        "Countries", "Organizations", "StandingSpans", "People", "PersonNames", "Positions", "Engagements", "EngagementMembers",
        "ItineraryItems", "Touchpoints", "Tasks", "EngagementDocuments", "AuditEntries", "SearchEntries",
    ];

    public static IReadOnlyDictionary<string, long> Read(Dataset dataset)
    {
        using var connection = dataset.OpenConnection();
        var counts = new Dictionary<string, long>();
        foreach (var table in Tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }
}
