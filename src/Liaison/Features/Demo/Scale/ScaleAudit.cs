using System.Globalization;
using Liaison.Features.Audit;

namespace Liaison.Features.Demo.Scale;

// Audit entries as the product writes them (see AuditRecorder and AccountEvents): who changed or read what and when, over the
// years, chained on from the last entry so `liaison audit verify` walks the whole trail.
internal sealed class ScaleAudit(ScaleWorld world, Random random)
{
    private DateTime _at;
    private long _step;

    public string Previous { get; set; } = AuditChain.Genesis;

    public void Start(int total)
    {
        _at = ScaleOrganizations.At(world.Today.AddYears(-30));
        _step = Math.Max(1, (world.Today.AddYears(30).DayNumber - world.Today.DayNumber) * TimeSpan.TicksPerDay / Math.Max(1, total));
    }

    public List<AuditEntry> Create(int count)
    {
        var entries = new List<AuditEntry>(count);
        for (var i = 0; i < count; i++)
        {
            _at = _at.AddTicks(_step / 2 + random.NextInt64(_step));
            var (userId, userName) = world.Staff[random.Next(world.Staff.Count)];
            var (type, id, action, changes) = Describe();
            var entry = new AuditEntry
            {
                At = new DateTime(_at.Ticks - (_at.Ticks % 10), DateTimeKind.Utc),
                UserId = userId,
                UserName = userName,
                Action = action,
                EntityType = type,
                EntityId = id,
                Changes = changes,
                PreviousHash = Previous,
            };
            entry.Hash = AuditChain.ComputeHash(entry);
            Previous = entry.Hash;
            entries.Add(entry);
        }

        return entries;
    }

    private (string Type, string Id, string Action, string? Changes) Describe()
    {
        var person = world.People[random.Next(world.People.Count)];
        var day = DateOnly.FromDateTime(_at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return random.Next(10) switch
        {
            0 or 1 => ("Touchpoint", random.Next(1, 2_000_000).ToString(CultureInfo.InvariantCulture), AuditActions.Create,
                $"{{\"On\":\"{day}\",\"Channel\":\"Meeting\",\"Subject\":\"Meeting with {Escape(person.NameEn)}\",\"Classification\":\"Internal\",\"Version\":0}}"),
            2 => ("Person", Id(person.Id), AuditActions.Update, $"{{\"LastTouchpointOn\":[null,\"{day}\"],\"Version\":[0,1]}}"),
            3 => ("Person", Id(person.Id), AuditActions.Read, null),
            4 => ("Position", Id(person.Id), AuditActions.Update, $"{{\"To\":[null,\"{day}\"]}}"),
            5 => ("Organization", Id(person.Org.Id), AuditActions.Update, $"{{\"Description\":[null,\"Contacts through the {Escape(person.Org.Country.NameEn)} desk.\"]}}"),
            6 => ("Engagement", random.Next(1, 50_000).ToString(CultureInfo.InvariantCulture), AuditActions.Update, "{\"Status\":[\"Confirmed\",\"Completed\"]}"),
            7 => ("TaskItem", random.Next(1, 60_000).ToString(CultureInfo.InvariantCulture), AuditActions.Update, "{\"Status\":[\"Open\",\"Done\"]}"),
            _ => ("AppUser", world.Staff[random.Next(world.Staff.Count)].Id, AuditActions.SignIn, null),
        };
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
