namespace Liaison.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Bound from the <c>Liaison:Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Liaison:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start; always on for the embedded SQLite default.</summary>
    public bool MigrateOnStart { get; set; }

    /// <summary>Load demo data into an empty embedded database at first start.</summary>
    public bool DemoData { get; set; } = true;
}
