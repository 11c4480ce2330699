using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Liaison.Data;

/// <summary>
/// Several SELECTs, each with its own parameters, ORDER BY and LIMIT, run as one UNION ALL statement. Each row says which
/// SELECT it came from in a first column, <c>"Query"</c>: the index given with that SELECT.
/// </summary>
internal static partial class SqlUnion
{
    public static FormattableString Of(IEnumerable<(int Index, FormattableString Sql)> selects)
    {
        var format = new StringBuilder();
        var arguments = new List<object?>();
        foreach (var (index, sql) in selects)
        {
            if (format.Length > 0)
            {
                format.Append("\nUNION ALL\n");
            }

            // The SELECT's own placeholders ({0}, {1}…) move past the arguments of the SELECTs before it.
            var offset = arguments.Count;
            var body = Placeholder().Replace(sql.Format, m => "{" + (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + offset).ToString(CultureInfo.InvariantCulture) + "}");
            format.Append(CultureInfo.InvariantCulture, $"SELECT {index} AS \"Query\", \"s{index}\".* FROM (\n{body}\n) AS \"s{index}\"");
            arguments.AddRange(sql.GetArguments());
        }

        return FormattableStringFactory.Create(format.ToString(), [.. arguments]);
    }

    [GeneratedRegex(@"(?<!\{)\{(\d+)\}")]
    private static partial Regex Placeholder();
}
