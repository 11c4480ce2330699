using System.Globalization;

namespace Liaison.Bench.Load;

/// <summary>The product's <c>Server-Timing: app;dur=12.34, db;dur=3.21, sql;desc="4"</c> header, read back.</summary>
public readonly record struct ServerTiming(double? AppMs, double? DbMs, int? SqlStatements)
{
    public static ServerTiming Read(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Server-Timing", out var values))
        {
            return default;
        }

        double? app = null, db = null;
        int? sql = null;
        foreach (var metric in values.SelectMany(v => v.Split(',')))
        {
            var parts = metric.Split(';', StringSplitOptions.TrimEntries);
            foreach (var parameter in parts.Skip(1))
            {
                var (key, value) = Split(parameter);
                switch (parts[0], key)
                {
                    case ("app", "dur"):
                        app = ParseDouble(value);
                        break;
                    case ("db", "dur"):
                        db = ParseDouble(value);
                        break;
                    case ("sql", "desc"):
                        sql = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
                        break;
                }
            }
        }

        return new ServerTiming(app, db, sql);
    }

    private static (string Key, string Value) Split(string parameter)
    {
        var equals = parameter.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (parameter, "") : (parameter[..equals], parameter[(equals + 1)..].Trim('"'));
    }

    private static double? ParseDouble(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
