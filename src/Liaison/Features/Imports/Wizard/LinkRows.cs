using Liaison.Data;
using Liaison.Features.Demo.Scale;

namespace Liaison.Features.Imports.Wizard;

/// <summary>
/// Rows that only link two records (a touchpoint's people, an engagement's organizations…) and so have no key for the
/// import session to assign: queued per batch and written in bulk after the session's rows, in the run's transaction.
/// </summary>
internal sealed class LinkRows(LiaisonDbContext db)
{
    private readonly List<(Type Type, List<object> Rows)> _lists = [];

    public void Add<T>(T row) where T : class
    {
        var list = _lists.FirstOrDefault(l => l.Type == typeof(T)).Rows;
        if (list is null)
        {
            _lists.Add((typeof(T), list = []));
        }

        list.Add(row);
    }

    /// <summary>Writes the queued rows (types in the order first queued) and empties the queue.</summary>
    public async Task WriteAsync(CancellationToken ct)
    {
        await using var bulk = new ScaleBulk(db);
        foreach (var (type, rows) in _lists)
        {
            await bulk.WriteAsync(type, rows, ct);
            rows.Clear();
        }
    }
}
