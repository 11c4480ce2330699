using System.Data.Common;
using System.Diagnostics;
using Liaison.Bench.Load;
using Liaison.Bench.Setup;
using Liaison.Data;
using Liaison.Security;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Bench.Figures;

/// <summary>
/// Read queries the pages run, timed in-process through EF Core (a context leased from a pool as the product's are,
/// AsNoTracking, projection) and through a plain DbCommand with EF's own SQL and parameters read into the same record.
/// Alternating rounds; medians.
/// </summary>
public static class EfVsAdo
{
    private const int Rounds = 9;
    private const int PerRound = 200;

    public sealed record PersonRow(int Id, string NameEn, string? NameNative, string? Country);

    public sealed record OrganizationHeader(int Id, string NameEn, string? Abbreviation, string? Country);

    public sealed record PositionRow(int Id, string Title, string? TitleZh, string Organization);

    public static async Task<IReadOnlyList<Figure>> MeasureAsync(Dataset dataset, Samples samples)
    {
        var iso3 = samples.Countries.FirstOrDefault() ?? "FRA";
        var organizationId = int.Parse(samples.Organizations.FirstOrDefault() ?? "1", System.Globalization.CultureInfo.InvariantCulture);
        var personId = int.Parse(samples.Positions.FirstOrDefault()?.Split('/')[0] ?? "1", System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            await CompareAsync(dataset, "50 people of a country with its name, by name",
                db => db.People.AsNoTracking().Where(p => p.Country!.Iso3 == iso3).OrderBy(p => p.NameEn)
                    .Select(p => new PersonRow(p.Id, p.NameEn, p.NameNative, p.Country!.NameEn)).Take(50),
                r => new PersonRow(r.GetInt32(0), r.GetString(1), Text(r, 2), Text(r, 3))),
            await CompareAsync(dataset, "an organization's header",
                db => db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
                    .Select(o => new OrganizationHeader(o.Id, o.NameEn, o.Abbreviation, o.Country!.NameEn)).Take(1),
                r => new OrganizationHeader(r.GetInt32(0), r.GetString(1), Text(r, 2), Text(r, 3))),
            await CompareAsync(dataset, "a person's positions",
                db => db.Positions.AsNoTracking().Where(p => p.PersonId == personId).OrderBy(p => p.Rank).ThenBy(p => p.Id)
                    .Select(p => new PositionRow(p.Id, p.Title, p.TitleZh, p.Organization!.NameEn)),
                r => new PositionRow(r.GetInt32(0), r.GetString(1), Text(r, 2), r.GetString(3))),
        ];
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static async Task<Figure> CompareAsync<T>(Dataset dataset, string name, Func<LiaisonDbContext, IQueryable<T>> query, Func<DbDataReader, T> read)
    {
        string sql;
        (string Name, object? Value)[] parameters;
        await using (var db = dataset.CreateDbContext(AccessScope.System))
        {
            using var command = query(db).CreateDbCommand();
            sql = command.CommandText;
            parameters = [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value))];
        }

        async Task<int> ViaEf()
        {
            await using var db = dataset.CreateDbContext(AccessScope.System);
            return (await query(db).ToListAsync()).Count;
        }

        async Task<int> ViaAdo()
        {
            await using var connection = dataset.OpenConnection();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (parameterName, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = parameterName;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(read(reader));
            }

            return rows.Count;
        }

        var efRows = await ViaEf();
        var adoRows = await ViaAdo();
        if (efRows != adoRows)
        {
            throw new InvalidOperationException($"EF and ADO.NET disagree on '{name}': {efRows} vs {adoRows} rows");
        }

        var ef = new List<double>();
        var ado = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            ef.Add(await TimeAsync(ViaEf));
            ado.Add(await TimeAsync(ViaAdo));
        }

        var efMedian = LatencyStats.Median(ef);
        var adoMedian = LatencyStats.Median(ado);
        var ratio = efMedian / adoMedian;
        return Figure.AtMost("EF Core vs ADO.NET", name, ratio, "×", 1.25,
            $"{ratio:0.00}× ({efMedian * 1000:0} vs {adoMedian * 1000:0} µs, {efRows} rows)",
            new { efMs = efMedian, adoMs = adoMedian, rows = efRows, sql });
    }

    private static async Task<double> TimeAsync(Func<Task<int>> action)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < PerRound; i++)
        {
            await action();
        }

        return clock.Elapsed.TotalMilliseconds / PerRound;
    }
}
